"""A per-file cache of the per-document stages (extract, link, relations), keyed by content.

An entry's key is a hash of everything the per-document stages read: the document's path,
text, date and date grade, and a fingerprint of the code and rule files that ran. A re-run
on an unchanged archive therefore costs only reading the files and the cross-document stage.
Entries are pickles written atomically; an entry that cannot be read is a miss, never an
error. The folder is outside the checked folders: `$CHECK_FIGURES_CACHE_DIR`, else
`$XDG_CACHE_HOME/check-figures`, else `~/.cache/check-figures`.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.link import LinkedDocument
    from checker.model import Document

CACHE_DIR_VARIABLE = "CHECK_FIGURES_CACHE_DIR"
FORMAT = b"check-figures cache 1"
PACKAGE_ROOT = Path(__file__).resolve().parent


def default_cache_dir() -> Path:
    """Where the cache lives unless the caller names a folder."""
    named = os.environ.get(CACHE_DIR_VARIABLE)
    if named:
        return Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "check-figures"


@functools.cache
def code_fingerprint() -> str:
    """A hash of the checker's code and default rules: any change to either empties the cache."""
    digest = hashlib.sha256(FORMAT)
    sources = sorted(PACKAGE_ROOT.rglob("*.py"))
    rules = PACKAGE_ROOT.parent / "rules"
    if rules.is_dir():
        sources += sorted(rules.glob("*.toml"))
    for source in sources:
        digest.update(source.relative_to(PACKAGE_ROOT.parent).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def document_key(document: Document) -> str:
    """The cache key of one document's per-document results."""
    digest = hashlib.sha256(code_fingerprint().encode())
    dated = (document.date, document.date_grade, document.date_window)
    for part in (document.path, repr(dated), document.plain):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class DocumentCache:
    """Linked documents stored by key under one folder (two-level fan-out by key prefix)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_cache_dir()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def has(self, document: Document) -> bool:
        """Whether an entry for `document` is stored (it may still turn out unreadable)."""
        return self._entry(document_key(document)).is_file()

    def load(self, document: Document) -> LinkedDocument | None:
        """The cached results for `document`, or None on a miss or an unreadable entry."""
        try:
            with self._entry(document_key(document)).open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def store(self, document: Document, linked: LinkedDocument) -> None:
        """Write one entry atomically; when the folder cannot be written the run goes on
        uncached (the results are the same, only slower)."""
        entry = self._entry(document_key(document))
        scratch = None
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, scratch = tempfile.mkstemp(dir=entry.parent, suffix=".part")
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(linked, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(scratch, entry)
        except OSError:
            if scratch is not None:
                Path(scratch).unlink(missing_ok=True)

    def clear(self) -> int:
        """Delete every entry and the compiled patterns kept beside them; the number of
        entries removed."""
        if not self.folder.is_dir():
            return 0
        removed = sum(1 for _ in self.folder.glob("*/*.pickle"))
        shutil.rmtree(self.folder, ignore_errors=True)
        return removed
