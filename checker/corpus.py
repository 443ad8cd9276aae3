"""Read the input corpus: find the files, decode them, strip HTML to text and date each document.

This is the only stage that touches the file system. Every path it is given ends up as a
`Document` or as a `SkippedFile` with the reason; nothing is dropped silently except the
contents of dot-folders such as `.git`.
"""

from __future__ import annotations

import codecs
import datetime
import html as html_lib
import json
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from html.entities import html5 as HTML5_ENTITIES
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import regex

from checker.budget import OverBudget, internal_error_reason, over_budget_reason, time_limit
from checker.model import REPORT_HEADING, Document, Grade, SkippedFile
from checker.patterns import HAN, lazy

if TYPE_CHECKING:
    import pathspec

READABLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
IGNORE_FILES = (".gitignore", ".ignore")
# 20 MB: a news archive's largest pages are a few MB; the time limit per document (see
# checker/budget.py) bounds what a large file can cost, so the size limit only bounds memory.
MAX_BYTES = 20_000_000
# Two file names that differ only in bytes that are not UTF-8 are shown alike (U+FFFD).
SAME_NAME_REASON = (
    "another file is shown under the same name (its name is not valid UTF-8); rename one"
)

# --------------------------------------------------------------------------- finding files


class _Entry(NamedTuple):
    """A file found in the input: the path as shown to the user, and why it is skipped, if it is."""

    shown: str
    path: Path
    skip_reason: str | None = None


def read_corpus(
    paths: Sequence[str | os.PathLike],
    date_override: datetime.date | None = None,
    max_bytes: int = MAX_BYTES,
    seconds: float | None = None,
    is_excluded: Callable[[str], bool] | None = None,
    respect_ignore_files: bool = True,
) -> Iterator[Document | SkippedFile]:
    """Yield a Document or a SkippedFile for each file in `paths`; folders are walked sorted.

    Files `is_excluded` accepts (by shown path) are left out, and so are files and folders
    that a `.gitignore` or `.ignore` names, unless `respect_ignore_files` is false. Reading
    one file takes at most `seconds` (None: no limit); a file that takes longer is skipped.
    """
    seen_files: set[str] = set()
    seen_names: set[str] = set()
    for given in paths:
        for entry in _entries(os.fspath(given), respect_ignore_files):
            real = os.path.abspath(entry.path)
            if real in seen_files or (is_excluded is not None and is_excluded(entry.shown)):
                continue
            seen_files.add(real)
            if entry.shown in seen_names:
                yield SkippedFile(entry.shown, SAME_NAME_REASON)
                continue
            seen_names.add(entry.shown)
            if entry.skip_reason is not None:
                yield SkippedFile(entry.shown, entry.skip_reason)
            else:
                yield _read_within(entry, date_override, max_bytes, seconds)


def _read_within(
    entry: _Entry, date_override: datetime.date | None, max_bytes: int, seconds: float | None
) -> Document | SkippedFile:
    """Read one file within the time limit; a crash or an overrun skips it with the reason."""
    try:
        with time_limit(seconds):
            return _read_document(entry, date_override, max_bytes)
    except OverBudget:
        return SkippedFile(entry.shown, over_budget_reason(seconds or 0, "while reading"))
    except Exception as error:
        return SkippedFile(entry.shown, internal_error_reason("corpus", error))


def shown_path(path: str | os.PathLike) -> str:
    """A path as reports show it: POSIX form, bytes that are not UTF-8 shown as U+FFFD."""
    text = Path(path).as_posix()
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _entries(given: str, respect_ignore_files: bool) -> list[_Entry]:
    """The files one input argument stands for, sorted by the path shown to the user."""
    if not given or not os.path.lexists(given):
        return [_Entry(given and shown_path(given), Path(given), "no such file or directory")]
    root = Path(given)
    if _is_folder(root):
        ignores = _ancestor_ignores(root) if respect_ignore_files else None
        return sorted(_walk(root, ignores), key=lambda entry: entry.shown)
    return [_Entry(shown_path(root), root)]


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


class _Ignores(NamedTuple):
    """The ignore files that apply in a folder: (their folder, their patterns), outermost first."""

    specs: tuple[tuple[Path, pathspec.PathSpec], ...]

    def within(self, folder: Path) -> _Ignores:
        """These ignores plus the ignore files of `folder` itself."""
        spec = _read_ignore_files(folder)
        return self if spec is None else _Ignores((*self.specs, (folder, spec)))

    def ignores(self, path: Path, is_dir: bool) -> bool:
        """Whether the innermost ignore file that decides about `path` leaves it out."""
        for folder, spec in reversed(self.specs):
            relative = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
            decision = spec.check_file(relative).include
            if decision is not None:
                return decision
        return False


def _read_ignore_files(folder: Path) -> pathspec.PathSpec | None:
    """The patterns of `.gitignore` and `.ignore` in `folder`, or None when it has neither."""
    lines: list[str] = []
    for name in IGNORE_FILES:
        try:
            lines += (folder / name).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
    if not lines:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _ancestor_ignores(root: Path) -> _Ignores:
    """The ignore files above `root`, up to the top of its git repository (none outside one)."""
    folders: list[Path] = []
    for folder in Path(os.path.abspath(root)).parents:
        folders.append(folder)
        if os.path.lexists(folder / ".git"):
            break
    else:
        return _Ignores(())
    ignores = _Ignores(())
    for folder in reversed(folders):
        ignores = ignores.within(folder)
    return ignores


def _walk(root: Path, ignores: _Ignores | None) -> Iterator[_Entry]:
    """Every file below `root`, without recursion; dot-folders are left out, hidden files listed.

    With `ignores` (None: ignore files are not read), what an ignore file names is left out.
    """
    absolute = Path(os.path.abspath(root))
    pending = [(root, absolute, ignores)]
    while pending:
        folder, folder_abs, inherited = pending.pop()
        here = inherited.within(folder_abs) if inherited is not None else None
        try:
            with os.scandir(folder) as listing:
                children = list(listing)
        except OSError as error:
            yield _Entry(shown_path(folder), folder, _cannot_read(error))
            continue
        for child in children:
            path = folder / child.name
            is_dir = _is_dir(child)
            if here is not None and here.ignores(folder_abs / child.name, is_dir):
                continue
            if child.name.startswith("."):
                if not is_dir:
                    yield _Entry(shown_path(path), path, "hidden file")
            elif is_dir and child.is_symlink():
                yield _Entry(shown_path(path), path, "symbolic link to a folder (not followed)")
            elif is_dir:
                pending.append((path, folder_abs / child.name, here))
            else:
                yield _Entry(shown_path(path), path)


def _is_dir(child: os.DirEntry[str]) -> bool:
    try:
        return child.is_dir()
    except OSError:
        return False


# --------------------------------------------------------------------------- reading files


def _read_document(
    entry: _Entry, date_override: datetime.date | None, max_bytes: int
) -> Document | SkippedFile:
    suffix = entry.path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        kind = f"'{suffix}'" if suffix else "(no extension)"
        return SkippedFile(entry.shown, f"unsupported file type {kind}")
    try:
        text, encoding = decode_bytes(_load_bytes(entry.path, max_bytes))
    except ValueError as error:
        return SkippedFile(entry.shown, str(error))
    if fmt := report_format(text):
        return SkippedFile(entry.shown, f"a check-figures report ({fmt}; its figures are quotes)")
    is_html = suffix in HTML_SUFFIXES
    plain, plain_to_text = html_to_plain(text) if is_html else (text, None)
    if date_override is not None:
        found, source = date_override, "option"
    else:
        found, source = find_document_date(text, plain, is_html)
    return Document(
        path=entry.shown,
        text=text,
        plain=plain,
        encoding=encoding,
        date=found,
        date_source=source,
        date_grade=Grade.UNKNOWN if found is None else Grade.STATED,
        plain_to_text=plain_to_text,
    )


# How each report format the tool writes begins, so that a report saved inside a checked
# folder (under any name) is not read back as a document. JSON formats are parsed instead.
_JUNIT_START = lazy(r'\A(?:<\?xml[^>]*>\s*)?<testsuites?\b[^>]*\bname="check-figures"')
_GITHUB_COMMAND = lazy(r"::(?:error|warning|notice|debug|group|endgroup)\b[^\n]*")
_GITHUB_LINES = 20  # the lines looked at: a file of workflow commands is a GitHub report


def report_format(text: str) -> str | None:
    """The report format ("Markdown", "JSON", ...) of a check-figures report, or None."""
    if text.startswith(REPORT_HEADING + "\n"):
        return "Markdown"
    head = text.lstrip("\ufeff \t\n")
    if head.startswith(("{", "[")):
        return _json_report_format(head)
    if _JUNIT_START.match(head):
        return "JUnit XML"
    lines = [line for line in head.split("\n", _GITHUB_LINES)[:_GITHUB_LINES] if line.strip()]
    if lines and all(_GITHUB_COMMAND.fullmatch(line.strip()) for line in lines):
        return "GitHub annotations"
    return None


def _json_report_format(text: str) -> str | None:
    """The JSON report format (JSON, SARIF or GitLab Code Quality) of `text`, or None."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if isinstance(data, dict) and {"documents", "figures", "findings"} <= data.keys():
        return "JSON"
    if isinstance(data, dict) and _sarif_tool(data) == "check-figures":
        return "SARIF"
    if isinstance(data, list) and data and all(_is_code_quality_issue(item) for item in data):
        return "GitLab Code Quality"
    return None


def _sarif_tool(data: dict) -> object:
    """The tool name of a SARIF log's first run, or None."""
    runs = data.get("runs")
    if not isinstance(runs, list) or not runs or not isinstance(runs[0], dict):
        return None
    driver = (
        runs[0].get("tool", {}).get("driver", {}) if isinstance(runs[0].get("tool"), dict) else {}
    )
    return driver.get("name") if isinstance(driver, dict) else None


def _is_code_quality_issue(item: object) -> bool:
    return isinstance(item, dict) and {"check_name", "fingerprint", "location"} <= item.keys()


def _load_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file; ValueError with the reason when it cannot or should not be read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > max_bytes:
            raise ValueError(_too_large(info.st_size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        reason = "broken symbolic link" if path.is_symlink() else "no such file or directory"
        raise ValueError(reason) from None
    except OSError as error:
        raise ValueError(_cannot_read(error)) from None
    if len(data) > max_bytes:
        raise ValueError(_too_large(len(data), max_bytes))
    if not data:
        raise ValueError("empty file")
    return data


def _cannot_read(error: OSError) -> str:
    return f"cannot read: {error.strerror or error}"


def _too_large(size: int, limit: int) -> str:
    shown_size, shown_limit = _human_size(size), _human_size(limit)
    if shown_size == shown_limit:
        shown_size, shown_limit = f"{size:,} bytes", f"{limit:,} bytes"
    return f"file is {shown_size}, larger than the {shown_limit} limit"


def _human_size(size: int) -> str:
    """25_300_000 -> '25.3 MB', 20_000_000 -> '20 MB', 512 -> '512 bytes'."""
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


# --------------------------------------------------------------------------- decoding


# Encodings charset-normalizer may propose when a file is not UTF-8: the ones news archives
# use (Chinese, Japanese, Korean, Cyrillic, Western European).
_DETECTABLE = ("gb18030", "big5", "cp932", "euc_jp", "cp949", "cp1251", "cp1252", "latin_1")
# Its proposal is taken when the text it gives has at most this much "mess" (its measure of
# unlikely character sequences) and at least this many non-ASCII letters to go on.
_CONFIDENT_MESS = 0.1
_MIN_EVIDENCE = 8
# A fallback decoding messier than this is garbage: the file is skipped, not read.
_GARBAGE_MESS = 0.5


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes and name the encoding used; "\\r\\n" and lone "\\r" become "\\n".

    Tried in order: UTF-8 with BOM, UTF-16 with BOM, UTF-8; then GB18030 (only when the
    result is Chinese text), cp1252 or latin-1, unless charset-normalizer confidently reads
    another encoding (Big5, Shift-JIS, EUC-KR, cp1251, ...). Raises ValueError for binary
    data and for text no encoding reads without garbage.
    """
    text, encoding = _decode(data)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8) and (text := _decode_strictly(data, "utf-8-sig")):
        return text, "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_strictly(data, "utf-16")
        if text is not None and "\x00" not in text:
            return text, "utf-16"
    if b"\x00" in data:
        raise ValueError("binary content (NUL bytes)")
    text = _decode_strictly(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    return _confirmed(data, *_fallback(data))


def _fallback(data: bytes) -> tuple[str, str]:
    """The fixed chain after UTF-8: GB18030 when it gives Chinese, cp1252, latin-1."""
    for encoding in ("gb18030", "cp1252"):
        text = _decode_strictly(data, encoding)
        if text is not None and (encoding != "gb18030" or _looks_chinese(text)):
            return text, encoding
    return data.decode("latin-1"), "latin-1"


def _confirmed(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    """The fallback decoding, or charset-normalizer's when it reads the bytes clearly better.

    Better means: less mess than the fallback's decoding (a tie keeps the fallback), little
    mess at all, and enough non-ASCII letters to tell encodings apart.
    """
    import charset_normalizer
    from charset_normalizer.md import mess_ratio

    results = charset_normalizer.from_bytes(data, cp_isolation=list(_DETECTABLE))
    ours = next((m for m in results if _same_codec(m.encoding, encoding)), None)
    best = results.best()
    if best is not None and not _same_codec(best.encoding, encoding):
        detected = str(best)
        if (
            best.chaos <= _CONFIDENT_MESS
            and (ours is None or best.chaos < ours.chaos)
            and _foreign_letters(detected) >= _MIN_EVIDENCE
        ):
            return detected, best.encoding
    if mess_ratio(text, _GARBAGE_MESS) >= _GARBAGE_MESS:
        raise ValueError(
            f"unknown text encoding: not UTF-8, and {encoding} gives garbage "
            "(save the file as UTF-8)"
        )
    return text, encoding


def _same_codec(first: str, second: str) -> bool:
    return codecs.lookup(first).name == codecs.lookup(second).name


def _foreign_letters(text: str) -> int:
    """How many letters outside ASCII the text has: the evidence an encoding rests on."""
    return sum(1 for char in text if ord(char) > 0x7F and char.isalpha())


def _decode_strictly(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_chinese(text: str) -> bool:
    """True when GB18030 gave real Chinese, not cp1252 punctuation misread as rare characters.

    A cp1252 quote or dash followed by a letter reads in GB18030 as a rare character whose
    second byte is that ASCII letter; common Chinese characters have two high bytes.
    """
    hanzi = HAN.findall(text)
    misread = sum(1 for char in hanzi if _has_ascii_trail_byte(char))
    return bool(hanzi) and misread * 2 < len(hanzi)


def _has_ascii_trail_byte(char: str) -> bool:
    encoded = char.encode("gb18030")
    return len(encoded) == 2 and encoded[1] < 0x80


# --------------------------------------------------------------------------- HTML

# Tags that start a new line of visible text; the rest are removed without a trace.
_NEWLINE_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
    | {"header", "footer", "table", "ul", "ol", "blockquote", "title", "td", "th", "dl", "dt"}
    | {"dd", "hr", "pre", "nav", "aside", "main", "figure", "figcaption", "address"}
)
# Start tags that mean the <head> is over even if "</head>" is missing.
_BODY_START_TAGS = (_NEWLINE_TAGS - {"title"}) | {"body"}
# Possessive: the alternatives start differently, and backtracking into them made a long
# run of unclosed attribute quotes quadratic.
_TAG = lazy(r"""<(/?)([A-Za-z][A-Za-z0-9:-]*+)((?:"[^"]*+"|'[^']*+'|[^'">]++)*+)>""")
_UNCLOSED_TAG = lazy(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^>]*)>?")
_BOGUS_COMMENT = lazy(r"<[!?/][^>]*>?")
# Elements whose content is not markup: dropped (script, style) or kept as text (title, textarea).
_CLOSING_TAGS = {
    name: lazy(rf"</{name}(?![A-Za-z0-9:-])[^>]*>?", regex.IGNORECASE)
    for name in ("script", "style", "title", "textarea")
}
_HIDDEN_CONTENT = frozenset({"script", "style"})
_CHARACTER_REFERENCE = lazy(
    r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{0,31};?)"
)
_ATTRIBUTE = lazy(r"""([^\s"'<>/=]+)(?:\s*=\s*(?|"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


class _Token(NamedTuple):
    """A piece of HTML: a run of text, or a start or end tag (name in lower case)."""

    kind: str
    start: int
    end: int
    name: str = ""
    attributes: str = ""


def html_to_plain(html: str) -> tuple[str, tuple[int, ...]]:
    """The visible text of an HTML page, and for each of its characters the offset in `html`.

    Script, style and head contents are dropped (the title is kept), block tags become
    "\\n" (mapped to the tag's "<"), and each entity becomes its text (mapped to its "&").
    """
    pieces: list[str] = []
    offsets: list[int] = []
    in_head = in_title = False
    for token in _html_tokens(html):
        if token.kind == "text":
            if in_title or not in_head:
                _add_text(html, token.start, token.end, pieces, offsets)
            continue
        in_head = _head_continues(in_head, token)
        if token.name == "title":
            in_title = token.kind == "start"
        if token.name in _NEWLINE_TAGS:
            pieces.append("\n")
            offsets.append(token.start)
    return "".join(pieces), tuple(offsets)


def _head_continues(in_head: bool, token: _Token) -> bool:
    if token.name == "head":
        return token.kind == "start"
    return in_head and not (token.kind == "start" and token.name in _BODY_START_TAGS)


def _html_tokens(html: str) -> Iterator[_Token]:
    """Split HTML into text runs and tags; comments, declarations and script/style are left out."""
    pos = 0
    while (lt := html.find("<", pos)) != -1:
        if lt > pos:
            yield _Token("text", pos, lt)
        if html.startswith("<!--", lt):
            close = html.find("-->", lt + 4)
            pos = len(html) if close == -1 else close + 3
        elif tag := _TAG.match(html, lt) or _UNCLOSED_TAG.match(html, lt):
            kind = "end" if tag[1] else "start"
            token = _Token(kind, lt, tag.end(), tag[2].lower(), tag[3])
            yield token
            pos = tag.end()
            if kind == "start" and token.name in _CLOSING_TAGS:
                pos = yield from _element_content(html, token)
        elif bogus := _BOGUS_COMMENT.match(html, lt):
            pos = bogus.end()
        else:
            yield _Token("text", lt, lt + 1)
            pos = lt + 1
    if pos < len(html):
        yield _Token("text", pos, len(html))


def _element_content(html: str, start_tag: _Token) -> Iterator[_Token]:
    """Tokens for the unparsed content of a script, style, title or textarea element.

    Returns (as the generator's value) the offset where parsing resumes.
    """
    closing = _CLOSING_TAGS[start_tag.name].search(html, start_tag.end)
    content_end = closing.start() if closing else len(html)
    if start_tag.name not in _HIDDEN_CONTENT and content_end > start_tag.end:
        yield _Token("text", start_tag.end, content_end)
    if closing is None:
        return len(html)
    yield _Token("end", closing.start(), closing.end(), start_tag.name)
    return closing.end()


def _add_text(html: str, start: int, end: int, pieces: list[str], offsets: list[int]) -> None:
    """Append html[start:end] with character references decoded, and each character's offset."""
    pos = start
    for reference in _CHARACTER_REFERENCE.finditer(html, start, end):
        length = _reference_length(reference[0])
        if not length:
            continue
        at = reference.start()
        pieces.append(html[pos:at])
        offsets.extend(range(pos, at))
        decoded = html_lib.unescape(html[at : at + length])
        pieces.append(decoded)
        offsets.extend([at] * len(decoded))
        pos = at + length
    pieces.append(html[pos:end])
    offsets.extend(range(pos, end))


def _reference_length(reference: str) -> int:
    """How many characters of `reference` (which starts with "&") form a character reference.

    Numeric references always do; a named one needs its ";" unless it is one of the legacy
    names browsers also accept bare ("&amp", "&nbsp"); 0 when there is no reference.
    """
    if reference.startswith("&#"):
        return len(reference)
    name = reference[1:]
    if name.endswith(";") and name in HTML5_ENTITIES:
        return len(reference)
    bare = name.rstrip(";")
    for length in range(len(bare), 1, -1):
        if bare[:length] in HTML5_ENTITIES:
            return 1 + length
    return 0


def _attributes(source: str) -> dict[str, str]:
    """The attributes of a tag (the text after its name), names in lower case, values unescaped."""
    found: dict[str, str] = {}
    for attribute in _ATTRIBUTE.finditer(source):
        found.setdefault(attribute[1].lower(), html_lib.unescape(attribute[2] or ""))
    return found


# --------------------------------------------------------------------------- dates

_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
# "Dec 24, 2025", "Dec.24 2025", "24 December 2025", "2014-12-29", "2025/12/24",
# "2024年5月1日"; year optional in the first two forms.
_DATE = (
    rf"(?:{_MONTH}\s*{_DAY}(?:,?\s*{_YEAR})?"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s*{_YEAR})?"
    rf"|{_YEAR}[-/.](?P<month>[01]?\d)[-/.]{_DAY}"
    rf"|{_YEAR}\s*年\s*(?P<month>[01]?\d)\s*月\s*{_DAY}\s*[日号])"
)
_TIME = (
    r"(?:(?:T|,?\s+(?:at\s+)?)[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{1,5})?)?"
)
_DATE_VALUE = lazy(_WEEKDAY + _DATE, regex.IGNORECASE)
_DATE_LINE = lazy(_WEEKDAY + _DATE + _TIME, regex.IGNORECASE)
_LABELLED_DATELINE = lazy(
    rf"(?:published|updated|last updated|posted|date|发布时间|发布日期|发表时间|更新时间|日期|时间)"
    rf"(?:\s+on)?\s*[:：]?\s*{_WEEKDAY}{_DATE}(?!\w)",
    regex.IGNORECASE,
)
# "BEIJING, Dec 29 (Reuters) -", "SAN FRANCISCO, Calif., 24 May -", "BEIJING Dec 29 2014 -"
_CITY_DATELINE = lazy(
    r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)*)?,?\s+"
    rf"(?i:{_DATE})\s*(?:\([^)\n]{{1,40}}\)\s*)?(?:--?|–|—)"
)
_YEAR_IN_LINE = lazy(r"(?<![\d$.,])(?:19|20)\d\d(?!\d|%|[.,]\d)")
# Words before a year that make it a fiscal year, never the year of the story's dateline.
FISCAL_YEAR_WORDS: tuple[str, ...] = ("fiscal", "fiscal year", "financial year", "fy", "f.y.")
_FISCAL_BEFORE = lazy(
    r"\b(?:" + "|".join(regex.escape(w) for w in FISCAL_YEAR_WORDS) + r")\s*'?$",
    regex.IGNORECASE,
)
# "By Jane Doe | May 1, 2024", "By Jane Doe, Reuters · 1 May 2024": a byline with a full date.
_BYLINE = lazy(rf"by\s+[^|·•\n]{{1,80}}?\s*[|·•—–]\s*{_WEEKDAY}{_DATE}(?!\w)", regex.IGNORECASE)
_FRONT_MATTER = lazy(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", regex.DOTALL)
_FRONT_MATTER_DATE = lazy(r"^date[ \t]*:[ \t]*(.*?)[ \t]*$", regex.MULTILINE)
_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
    "<time>",
)
_LINE_DECORATION = " \t\xa0\u3000*_#>|"


def find_document_date(text: str, plain: str, is_html: bool) -> tuple[datetime.date | None, str]:
    """The document's date and its source: "front-matter", "meta", "text" or "unknown".

    Front matter and meta tags are read from `text` (the whole file), datelines from `plain`.
    A date mentioned inside a sentence is never taken for the document's date.
    """
    if (found := _front_matter_date(text)) is not None:
        return found, "front-matter"
    if is_html and (found := _meta_date(text)) is not None:
        return found, "meta"
    if (found := _dateline_date(plain)) is not None:
        return found, "text"
    return None, "unknown"


def _front_matter_date(text: str) -> datetime.date | None:
    """The `date:` of a YAML front matter block at the very start of the file."""
    block = _FRONT_MATTER.match(text)
    value = block and block[1] and _FRONT_MATTER_DATE.search(block[1])
    return _parse_date_value(value[1].strip("\"'")) if value else None


def _meta_date(html: str) -> datetime.date | None:
    """The publication date in <meta> tags, by key priority, else the first <time datetime>."""
    found: dict[str, datetime.date] = {}
    for token in _html_tokens(html):
        key, value = _dated_tag(token)
        if key in _META_DATE_KEYS and key not in found:
            parsed = _parse_date_value(value)
            if parsed is not None:
                found[key] = parsed
    return next((found[key] for key in _META_DATE_KEYS if key in found), None)


def _dated_tag(token: _Token) -> tuple[str, str]:
    """The date key and value of a <meta> or <time> start tag; ("", "") for other tokens."""
    if token.kind != "start" or token.name not in ("meta", "time"):
        return "", ""
    attributes = _attributes(token.attributes)
    if token.name == "time":
        return "<time>", attributes.get("datetime", "")
    key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop", "")
    return key.lower(), attributes.get("content", "")


def _parse_date_value(value: str) -> datetime.date | None:
    """The date a field such as `date: 2019-05-11T10:00:00Z` or `content="May 11, 2019"` holds."""
    match = _DATE_VALUE.match(value.strip())
    return _date_of(match, None) if match else None


def _dateline_date(plain: str) -> datetime.date | None:
    """The date of the first line that is a date, or that opens with a dateline."""
    for line in plain.splitlines():
        found = _line_date(line.strip(_LINE_DECORATION))
        if found is not None:
            return found
    return None


def _line_date(line: str) -> datetime.date | None:
    """A date line, a byline with a date, or a dateline that states its year.

    A dateline without a year ("BEIJING, Dec 29 -") takes the first year later on the line,
    unless it is a fiscal year ("NEW YORK, March 25 - ... fiscal 1986"): that is not the
    year of the story, and the dateline then gives no date.
    """
    if date_only := _DATE_LINE.fullmatch(line):
        return _date_of(date_only, None)
    dateline = _LABELLED_DATELINE.match(line) or _CITY_DATELINE.match(line) or _BYLINE.match(line)
    if dateline is None:
        return None
    year = _YEAR_IN_LINE.search(line, dateline.end())
    if year is not None and _FISCAL_BEFORE.search(line, dateline.end(), year.start()):
        year = None
    return _date_of(dateline, int(year[0]) if year else None)


def _date_of(match: regex.Match[str], fallback_year: int | None) -> datetime.date | None:
    """The date a `_DATE` match spells out; None when it has no year or does not exist."""
    year = int(match["year"]) if match["year"] else fallback_year
    if year is None:
        return None
    month = match["month"]
    month_number = int(month) if month.isdigit() else _MONTH_NUMBERS[month[:3].lower()]
    try:
        return datetime.date(year, month_number, int(match["day"]))
    except ValueError:
        return None
