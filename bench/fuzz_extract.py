"""Fuzz the per-document stages (decoding, HTML stripping, extraction, linking) with atheris.

Usage: python bench/fuzz_extract.py [--collect=DIR] [atheris/libFuzzer options] [CORPUS_DIR]
e.g.   python bench/fuzz_extract.py --collect=/tmp/crashes -max_total_time=600 /tmp/corpus

Only the `checker` package is instrumented. Each input is a file's bytes: it is decoded as
the corpus stage decodes a file, read as text and as HTML, and extracted and linked; any
exception is a crash (libFuzzer stops and saves the input as crash-<sha1>). With
--collect=DIR the run goes on instead: the first input of each distinct crash (exception
type and the innermost `checker` line) is written to DIR with its traceback. Turn each
crash into a regression test before fixing it.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import traceback
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["checker"]):
    from checker.api import analyse_document
    from checker.corpus import decode_bytes, html_to_plain
    from checker.extract import extract_mentions
    from checker.model import Document

# Money-like fragments libFuzzer starts from (it mutates and splices them).
SEEDS = (
    "Xiaomi was valued at $45 billion in 2014.",
    "It crossed HK$0 trillion (US$71.3 billion).",
    "腾讯去年营收5601亿元，约合800亿美元。",
    "<p>Revenue rose to &pound;3.2bn &amp; profit to €1,250 million.</p>",
    "Uber paid $1.2bn for a 15% stake, valuing it at $8 billion, up 50% from $5.3bn.",
)


# Tokens libFuzzer splices into inputs (-dict): markers, magnitudes, separators, digits that
# `\\d` accepts but `decimal` does not, invisible characters, HTML.
DICTIONARY = (
    "$",
    "US$",
    "HK$",
    "€",
    "£",
    "¥",
    "元",
    "亿元",
    "万",
    "美元",
    "yuan",
    "billion",
    "bn",
    "million",
    "trillion",
    "per cent",
    "%",
    "stake",
    "valued at",
    "worth",
    "rose",
    "to",
    "from",
    "(",
    ")",
    ",",
    ".",
    "，",
    "1,000",
    "1 000",
    "0",
    "99999999999999999999",
    "\U00010d40",
    "\U0001e4f0",
    "\U00011f50",
    "\u0663",
    "\uff15",
    "\u200b",
    "\u00ad",
    "\u2060",
    "\ufeff",
    "\u202e",
    "<p>",
    "</p>",
    "<script>",
    "&amp;",
    "&#36;",
    "&nbsp;",
    "\n\n",
    "Acme",
    "Ltd",
)
COLLECT: list[Path] = []  # the --collect folder, when given
SEEN: set[str] = set()


def test_one_input(data: bytes) -> None:
    """Run the stages on one input; with --collect, record a crash instead of stopping."""
    if not COLLECT:
        run_stages(data)
        return
    try:
        run_stages(data)
    except Exception as error:
        record_crash(COLLECT[0], data, error)


def record_crash(folder: Path, data: bytes, error: Exception) -> None:
    """Write the input and traceback of the first crash with this signature."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "/checker/" in f.filename]
    where = f"{frames[-1].filename.rsplit('/checker/', 1)[1]}:{frames[-1].lineno}" if frames else ""
    signature = f"{type(error).__name__}@{where}"
    if signature in SEEN:
        return
    SEEN.add(signature)
    name = hashlib.sha1(signature.encode()).hexdigest()[:12]
    (folder / f"{name}.bin").write_bytes(data)
    trace = "".join(traceback.format_exception(error))
    (folder / f"{name}.txt").write_text(f"{signature}\n{data!r}\n\n{trace}", encoding="utf-8")
    print(f"CRASH {signature} ({len(data)} bytes) -> {folder / name}.bin", flush=True)


def run_stages(data: bytes) -> None:
    """Decode, strip, extract and link one input; only a raised exception is a finding."""
    try:
        text, _ = decode_bytes(data)
    except ValueError:
        return  # binary or undecodable input is a documented skip, not a crash
    plain, offsets = html_to_plain(text)
    assert len(plain) == len(offsets)
    assert all(0 <= offset < len(text) for offset in offsets)
    for source in (text, plain):
        extract_mentions(source, "fuzz.txt")
    analyse_document(Document(path="fuzz.txt", text=text, plain=text, encoding="utf-8"))


def seed_corpus(folders: list[str]) -> None:
    """Write SEEDS into each empty corpus folder given on the command line."""
    for folder in map(Path, folders):
        if folder.is_dir() and not any(folder.iterdir()):
            for seed in SEEDS:
                data = seed.encode("utf-8")
                (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def dictionary_file() -> Path:
    """DICTIONARY as a libFuzzer dictionary file (UTF-8 bytes, escaped)."""
    lines = []
    for token in DICTIONARY:
        escaped = "".join(
            chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\x{b:02x}"
            for b in token.encode("utf-8")
        )
        lines.append(f'"{escaped}"')
    path = Path(tempfile.gettempdir()) / "fuzz_extract.dict"
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def main() -> None:
    args = [arg for arg in sys.argv if not arg.startswith("--collect=")]
    COLLECT.extend(
        Path(a.removeprefix("--collect=")) for a in sys.argv if a.startswith("--collect=")
    )
    for folder in COLLECT:
        folder.mkdir(parents=True, exist_ok=True)
    seed_corpus([arg for arg in args[1:] if not arg.startswith("-")])
    if not any(arg.startswith("-max_len") for arg in args):
        args.append("-max_len=2000")
    if not any(arg.startswith("-dict") for arg in args):
        args.append(f"-dict={dictionary_file()}")
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
