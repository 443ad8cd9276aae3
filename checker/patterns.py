"""Patterns compiled on first use, so a run pays only for the patterns it matches with.

Compiling a `regex` pattern parses it in Python and costs up to several milliseconds; the
modules define a few hundred, of which a one-file English check uses a part (the Chinese,
table, filing and configuration patterns wait until a document needs them). `lazy(...)`
takes the arguments of `regex.compile` and returns an object that compiles on the first
attribute asked of it and from then on hands out the compiled pattern's own attributes
(`search`, `finditer`, ...), kept on the object so later calls cost what they cost on the
compiled pattern. `.pattern` is the source text without compiling, so patterns built from
other patterns (`rf"(?:{OTHER.pattern})..."`) stay lazy.

A command-line run also keeps the compiled patterns between runs (`use_store`), as Python keeps
bytecode: unpickling a compiled `regex` pattern hands its compiled code straight to the
engine, about a twentieth of the cost of parsing it again, which is most of what a one-file
check waits for once pandas is imported.
"""

from __future__ import annotations

import atexit
import io
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import cast

import regex

PatternKey = tuple[str, int, tuple[tuple[str, object], ...]]
# How many patterns a store keeps before it keeps only those its last run used: the code
# defines about 580, so a store past this holds patterns of versions no longer installed.
MAX_STORED = 2000


class _PatternsOnly(pickle.Unpickler):
    """Unpickles a store of compiled patterns and nothing else: the only callable it will
    name is the engine's own constructor of a compiled pattern."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"a pattern store may not name {module}.{name}")


class PatternStore:
    """Compiled patterns kept in one file between runs, keyed by pattern, flags and named
    lists; the file's name carries the `regex` and Python versions that compiled them. An
    unreadable file is an empty store, and a store that cannot be written is left as it was
    (the run is the same, only its start slower)."""

    def __init__(self, folder: Path) -> None:
        version = f"{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
        self.file = folder / f"patterns-{version}.pickle"
        self.patterns: dict[PatternKey, regex.Pattern[str]] = self._read()
        self.used: set[PatternKey] = set()
        self.added = False

    def _read(self) -> dict[PatternKey, regex.Pattern[str]]:
        try:
            loaded = _PatternsOnly(io.BytesIO(self.file.read_bytes())).load()
        except (OSError, pickle.UnpicklingError, EOFError, TypeError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def compiled(self, pattern: str, flags: int, kwargs: dict[str, object]) -> regex.Pattern[str]:
        """The pattern compiled, from the store when it holds it."""
        key = (pattern, int(flags), _hashable(kwargs))
        self.used.add(key)
        found = self.patterns.get(key)
        if found is None:
            found = regex.compile(pattern, flags, **kwargs)
            self.patterns[key] = found
            self.added = True
        return found

    def save(self) -> None:
        """Write the store atomically if this run compiled a pattern it did not hold; past
        `MAX_STORED` patterns, only those this run used."""
        if not self.added:
            return
        if len(self.patterns) > MAX_STORED:
            self.patterns = {key: self.patterns[key] for key in self.used}
        scratch = None
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, scratch = tempfile.mkstemp(dir=self.file.parent, suffix=".part")
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(self.patterns, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(scratch, self.file)
            self.added = False
        except OSError:
            if scratch is not None:
                Path(scratch).unlink(missing_ok=True)


def _hashable(kwargs: dict[str, object]) -> tuple[tuple[str, object], ...]:
    """Named lists and other keyword arguments as a key: lists become sorted tuples."""
    return tuple(
        sorted(
            (name, tuple(sorted(value)) if isinstance(value, (list, set, frozenset)) else value)
            for name, value in kwargs.items()
        )
    )


_store: PatternStore | None = None


def use_store(folder: Path) -> None:
    """Keep compiled patterns in `folder` between runs from now on (saved at exit, or when
    another folder is named)."""
    global _store
    if _store is None:
        atexit.register(_save_store)
    elif _store.file.parent == folder:
        return
    else:
        _store.save()
    _store = PatternStore(folder)


def _save_store() -> None:
    if _store is not None:
        _store.save()


def compiled(pattern: str, flags: int = 0, **kwargs: object) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags, **kwargs)`, from the store when one is in use."""
    if _store is None:
        return regex.compile(pattern, flags, **kwargs)
    return _store.compiled(pattern, flags, kwargs)


class LazyPattern:
    """A `regex` pattern that is compiled when one of its attributes is first asked for."""

    def __init__(self, pattern: str, flags: int = 0, **kwargs: object) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        if "_compiled" not in self.__dict__:
            self._compiled = compiled(self.pattern, self._flags, **self._kwargs)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuilt, (self.pattern, self._flags, self._kwargs))


def _rebuilt(pattern: str, flags: int, kwargs: dict[str, object]) -> LazyPattern:
    """A pickled LazyPattern, again uncompiled."""
    return LazyPattern(pattern, flags, **kwargs)


def lazy(pattern: str, flags: int = 0, **kwargs: object) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags, **kwargs)`, compiled on first use."""
    return cast("regex.Pattern[str]", LazyPattern(pattern, flags, **kwargs))


# A Han character: the test every Chinese pass makes first, so English text skips it.
HAN = lazy(r"\p{Han}")


def casefolded(text: str) -> str:
    """`text` case-folded as an IGNORECASE pattern reads it, to test cheaply whether a text
    holds a word that every match of a pattern contains: the one letter whose folding is
    longer ("İ", which such a pattern reads as an "i") folded to that letter."""
    return text.casefold().replace("i\u0307", "i")
