"""Hostile-input harness: about 150 broken or malicious inputs, each run through the CLI.

Every case is generated at run time in a temporary folder (nothing binary is committed) and
run as `python -m checker` in a subprocess with a timeout. From outside, each run must show:

- no crash: no Python traceback, no "internal error" line, no document skipped with an
  "internal error" reason, and an exit status the README documents for that input;
- no hang: the run ends within the documented time budget (30 s to read and 30 s to analyse
  a document) plus start-up slack. A small adversarial file that the time limit skips is the
  documented outcome, not a hang: it is counted as "slow" (a failure with --strict-time);
- nothing dropped: every file under the checked folder is in the JSON report's `documents`,
  as checked or as skipped with a reason; a figure's offsets point at its text in the file
  as decoded with the encoding the report names; a legacy-encoded file is read with the
  right encoding or skipped;
- nothing injected: the Markdown report and the GitHub step summary, rendered with
  markdown-it-py (CommonMark with GFM tables), hold no HTML tag, image, link or heading from
  a document; the annotations cannot start a workflow command; SARIF, JUnit, JSON and
  GitLab reports parse.

Run: `python bench/hostile.py` (from the repository root; `--only NAME` for some cases,
`--workers N` for parallel runs, `--keep` to keep the temporary folder). It prints a line
per failure and the summary "cases=N crashes=.. hangs=.. dropped=.. injections=..", and
exits 1 when anything failed. Running as root, folder permissions do not stop reading, so
the unreadable-folder cases show that such a folder is read, not that it is skipped.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import re
import socket
import stat
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parent.parent
# The documented budget: reading a document and analysing it each get 30 s (README).
DOCUMENT_BUDGET = 60.0
# Start-up, the cross-document stage and reports, on a loaded 2-core machine.
SLACK = 90.0
# The time limit the adversarial files of 100 KB or less get (through --config): a third
# of the default, so that one that is not linear shows as "slow" without holding the run.
SMALL_FILE_SECONDS = 10.0
FORMATS = ("json", "markdown", "sarif", "junit", "gitlab")
REPORT_FILES = {
    "json": "r.json",
    "markdown": "r.md",
    "sarif": "r.sarif",
    "junit": "r.junit.xml",
    "gitlab": "r.gitlab.json",
}
GITHUB_ENV = {
    "GITHUB_SERVER_URL": "https://github.com",
    "GITHUB_REPOSITORY": "acme/news",
    "GITHUB_SHA": "0123456789abcdef0123456789abcdef01234567",
}
BLOB_BASE = "https://github.com/acme/news/blob/0123456789abcdef0123456789abcdef01234567/"
# The HTML the report writes itself (folded tables).
REPORT_TAGS = frozenset({"details", "summary"})
MARK = "PWN"
# Devices the cases write to, with their numbers, restored if a run replaced one.
DEVICES = {"/dev/full": (1, 7), "/dev/null": (1, 3)}

# A control pair: a missing-scale finding whose quote carries whatever is put in {payload}.
STATED = "Xiaomi's valuation reached $45 billion in 2018, the company said.\n"
FLAGGED = (
    "Convincing investors it is worth more than double its $45 valuation {payload} will be hard.\n"
)
CONTROL = "Orion Robotics raised $12 billion in its 2024 funding round, the company said.\n"

PAYLOADS = {
    "script": '<script>alert("PWN1")</script>',
    "img": '<img src=x onerror=alert("PWN2")>',
    "js-link": "[PWNLINK](javascript:alert(1))",
    "data-link": "[PWNDATA](data:text/html;base64,PHNjcmlwdD4=)",
    "remote-image": "![PWNIMG](https://evil.example/PWN.png)",
    "ref-image": "![PWNREF][r]\n\n[r]: https://evil.example/PWN.png",
    "anchor": '<a href="https://evil.example/PWN">PWNA</a>',
    "table-close": "</table></td> PWNT",
    "pipes": "PWNPIPE|PWNPIPE2",
    "backticks": "`PWNTICK` and ``PWNTICK2``",
    "emphasis": "*PWNEM* __PWNSTRONG__ ~~PWNSTRIKE~~",
    "autolink": "https://evil.example/PWNAUTO and www.evil.example and PWN@evil.example",
    "angle-autolink": "<https://evil.example/PWNANGLE>",
    "math": "$PWNMATH$ and $$PWNMATH2$$",
    "entity": "&lt;script&gt;PWNENT&#60;/script&#62; &amp;",
    "heading": "\n# PWNHEAD heading\n",
    "setext": "\nPWNSETEXT\n===\n",
    "html-comment": "<!-- PWNCOMMENT",
    "details": "<details open><summary>PWNSUM</summary>",
    "iframe": '<iframe src="https://evil.example/PWN"></iframe>',
    "style": "<style>body{display:none}</style>PWNSTYLE",
    "list": "\n- PWNLIST item\n1. PWNNUM\n",
    "blockquote-break": "\n\n> PWNQUOTE\n\n",
    "fence": "\n```\nPWNFENCE\n```\n",
    "mermaid-break": "\n```mermaid\ngraph TD; PWNMER-->B\n```\n",
    "control-chars": "\u0001\u001bPWNCTRL\u007f\u009b",
}


@dataclass
class Case:
    """One hostile input and what a correct run looks like from outside."""

    name: str
    files: dict[str | bytes, bytes | str] = field(default_factory=dict)
    setup: Callable[[Path, Path], None] | None = None
    args: list[str] = field(default_factory=list)
    statuses: frozenset[int] = frozenset({0, 1})
    budget_documents: int = 0
    reports: bool = True
    control: bool = True
    stdout_path: str | None = None
    error_words: tuple[str, ...] = ()
    encodings: dict[str, frozenset[str]] = field(default_factory=dict)
    markers: tuple[str, ...] = ()
    api: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    twice: bool = False
    time_limit: float | None = None


@dataclass
class Outcome:
    """What went wrong in one case, by kind."""

    name: str
    problems: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, kind: str, detail: str) -> None:
        self.problems.setdefault(kind, []).append(detail)


# --------------------------------------------------------------------------- cases

CASES: list[Case] = []


def case(**kwargs: object) -> Case:
    """Register a case."""
    made = Case(**kwargs)  # type: ignore[arg-type]
    CASES.append(made)
    return made


def flagged_pair(payload: str) -> dict[str | bytes, bytes | str]:
    """Two notes that give a missing-scale finding whose quote holds `payload`."""
    return {"stated.txt": STATED, "flagged.txt": FLAGGED.format(payload=payload)}


def flagged_many(payloads: list[str]) -> dict[str | bytes, bytes | str]:
    """A stated figure and one note per payload, each with a missing-scale finding quoting it."""
    files: dict[str | bytes, bytes | str] = {"stated.txt": STATED}
    for index, payload in enumerate(payloads):
        files[f"flagged{index}.txt"] = FLAGGED.format(payload=payload)
    return files


def chunks(items: list, size: int) -> list[list]:
    """`items` in consecutive groups of `size`."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def numbers_cases() -> None:
    for code in (0x10D40, 0x1E4F0, 0x11F50):
        digit = chr(code)
        case(
            name=f"digit-U+{code:04X}",
            files={
                "digits.txt": f"Acme raised ${digit}5 billion and $4{digit} million; {digit * 12} "
                f"units, {digit}{digit}.{digit}% of ¥{digit}亿元 and 4{digit},{digit}00 yuan.\n"
            },
        )
    others = "".join(
        chr(code) for code in (0x0660, 0x06F5, 0x0966, 0xFF15, 0x1D7CE, 0x2464, 0x00B2)
    )
    case(
        name="digits-other-scripts",
        files={
            f"d{i}.txt": f"Acme raised ${d}5 billion, {d * 30} and 4{d}.{d}% of ¥{d}亿元.\n"
            for i, d in enumerate(others)
        },
    )
    case(name="zero-restated-hk", files={"z.txt": "It crossed HK$0 trillion (US$71.3 billion).\n"})
    case(
        name="zero-restated-usd",
        files={
            "z.txt": "Acme is worth $0 billion (about HK$5 billion), its rival 0 yuan ($0).\n",
            "s.txt": "Acme paid $0 for a 0% stake worth $5 billion, up 0% from $0.\n",
        },
    )
    nines = "9" * 400
    case(name="400-digits", files={"n.txt": f"Acme raised ${nines} in 2024.\n"})
    case(
        name="400-digits-billion",
        files={"n.txt": f"Acme is valued at ${nines} billion (HK${nines} billion).\n"},
    )
    case(name="400-digits-yi", files={"n.txt": f"阿里巴巴的估值为{nines}亿元，约{nines}亿美元。\n"})
    case(
        name="huge-forms",
        files={
            "g.txt": "Acme raised $" + ",".join(["999"] * 140) + " billion (HK$1 billion).\n",
            "e.txt": "Acme raised $1e400 billion and $1E-400 trillion.\n",
            "t.txt": f"Acme is worth $0.{'0' * 300}1 billion (about HK${nines} billion).\n",
        },
    )


def walk_cases() -> None:
    def nested(depth: int) -> Callable[[Path, Path], None]:
        def build(docs: Path, out: Path) -> None:
            folder = str(docs)
            for _ in range(depth):
                folder += "/d"
                os.mkdir(folder)
            Path(folder, "deep.txt").write_text(CONTROL)

        return build

    case(name="nested-1100", setup=nested(1100))

    def unreadable(docs: Path, out: Path) -> None:
        (docs / "locked").mkdir()
        (docs / "locked" / "inside.txt").write_text(CONTROL)
        os.chmod(docs / "locked", 0)

    case(name="unreadable-folder", setup=unreadable)

    def unreadable_config_parent(docs: Path, out: Path) -> None:
        os.chmod(docs.parent, 0o311)

    case(name="unreadable-config-parent", setup=unreadable_config_parent)
    for name, make in (
        ("pyproject-folder", lambda p: (p / "pyproject.toml").mkdir()),
        ("config-loop", lambda p: os.symlink("check-figures.toml", p / "check-figures.toml")),
        ("pyproject-fifo", lambda p: os.mkfifo(p / "pyproject.toml")),
        ("pyproject-binary", lambda p: (p / "pyproject.toml").write_bytes(b"\x00\xff\xfe" * 50)),
        ("config-devzero", lambda p: os.symlink("/dev/zero", p / "check-figures.toml")),
    ):
        statuses = frozenset({0, 1, 2})
        case(name=name, setup=lambda docs, out, make=make: make(docs), statuses=statuses)
    case(
        name="names-latin1",
        files={b"caf\xe9.txt": CONTROL, b"x\xfe.md": STATED, b"bad\x80n\xc3.html": CONTROL},
    )
    case(name="names-colliding", files={b"\xff.txt": CONTROL, b"\xfe.txt": STATED})

    def bad_folder(docs: Path, out: Path) -> None:
        folder = os.path.join(os.fsencode(docs), b"fold\xe9r")
        os.mkdir(folder)
        Path(os.fsdecode(os.path.join(folder, b"n.txt"))).write_text(CONTROL)

    case(name="name-folder-latin1", setup=bad_folder)
    case(
        name="names-odd",
        files={
            "a\nb.txt": CONTROL,
            "tab\there.md": STATED,
            "-": CONTROL,
            "--format.txt": STATED,
            " .txt": STATED,
        },
    )
    for target in ("json", "markdown", "github"):
        case(
            name=f"stdout-full-{target}",
            args=["--format", target, "-o", "-"],
            reports=False,
            stdout_path="/dev/full",
            statuses=frozenset({2}),
            error_words=("standard output",),
        )
    case(
        name="stdout-full-terminal",
        args=["--no-report"],
        reports=False,
        stdout_path="/dev/full",
        files=flagged_pair("x"),
        statuses=frozenset({2}),
        error_words=("standard output",),
    )
    case(
        name="csv-full",
        args=["--figures-csv", "/dev/full"],
        statuses=frozenset({2}),
        error_words=("/dev/full",),
    )
    case(
        name="summary-is-folder",
        env={"GITHUB_STEP_SUMMARY": "{out}"},
        statuses=frozenset({2}),
        error_words=("append",),
    )
    case(
        name="summary-full",
        env={"GITHUB_STEP_SUMMARY": "/dev/full"},
        statuses=frozenset({2}),
        error_words=("/dev/full",),
    )
    case(
        name="write-baseline-under-a-file",
        args=["--write-baseline", "{docs}/control.txt/b.json"],
        statuses=frozenset({2}),
        error_words=("b.json",),
    )
    case(
        name="cache-dir-is-file", args=["--cache-dir", "{docs}/stated.txt"], files=flagged_pair("x")
    )


def config_cases() -> None:
    bad_values = {
        "time-string": 'time-limit = "big"',
        "time-nan": "time-limit = nan",
        "time-inf": "time-limit = inf",
        "time-negative": "time-limit = -1",
        "time-list": "time-limit = [1]",
        "unknown-key": "colour = 1",
        "fail-on-number": "fail-on = 3",
        "select-string": 'select = "missing-scale"',
        "date-bad": 'date = "yesterday"',
        "currency-bad": 'base-currency = "XXX"',
        "rules-number": "rules = 5",
        "tolerance-nan": "[params.currency-conflict]\nmatch_tolerance = nan",
        "tolerance-negative": "[params.currency-conflict]\nmatch_tolerance = -0.5",
        "param-unknown": "[params.missing-scale]\nmystery = 1",
        "severity-bad": '[severity]\nmissing-scale = "fatal"',
        "tool-pasted": '[tool.check-figures]\nfail-on = "warning"',
        "toml-syntax": "fail-on = ",
    }
    for name, body in bad_values.items():
        case(
            name=f"config-{name}",
            files={"check-figures.toml": body + "\n", **flagged_pair("x")},
            statuses=frozenset({2}),
            error_words=("check-figures.toml",),
        )
    case(
        name="pyproject-not-table",
        files={"pyproject.toml": '[tool]\ncheck-figures = "all"\n', **flagged_pair("x")},
        statuses=frozenset({2}),
        error_words=("pyproject.toml",),
    )
    pack = (ROOT / "rules" / "missing-scale.toml").read_text(encoding="utf-8")
    pack = pack.replace('id = "missing-scale"', 'id = "house-scale"')

    # The shipped rule sets only what differs from its check's defaults, so a bad parameter
    # is appended as a [params] table of its own.
    def with_params(*lines: str) -> str:
        return pack.rstrip("\n") + "\n\n[params]\n" + "\n".join(lines) + "\n"

    bad_packs = {
        "param-string": with_params('implausible_below_usd = "big"'),
        "param-nan": with_params("implausible_below_usd = nan"),
        "param-negative": with_params("implausible_below_usd = -5"),
        "param-unknown": with_params("mystery = 1"),
        "top-unknown": "colour = 'red'\n" + pack,
        "example-unknown": pack.replace("triggers = true", "triggers = true\nmystery = 1", 1),
        "check-unknown": pack.replace('check = "lost_magnitude"', 'check = "no_such_check"'),
        "metrics-string": with_params('metrics = "valuation"'),
    }
    for name, body in bad_packs.items():
        case(
            name=f"pack-{name}",
            setup=lambda docs, out, body=body: _write_pack(out, body),
            args=["--rules", "{out}/pack"],
            statuses=frozenset({2}),
            error_words=("house.toml",),
        )
    case(
        name="pack-latin1",
        setup=lambda docs, out: _write_pack(
            out, pack.replace("A figure", "Caf\xe9 figure"), "latin-1"
        ),
        args=["--rules", "{out}/pack"],
        statuses=frozenset({2}),
        error_words=("house.toml",),
    )
    case(
        name="pack-is-file",
        args=["--rules", "{docs}/stated.txt"],
        files=flagged_pair("x"),
        statuses=frozenset({2}),
        error_words=("stated.txt",),
    )
    case(
        name="pack-folder-named-toml",
        setup=lambda docs, out: (out / "pack" / "x.toml").mkdir(parents=True),
        args=["--rules", "{out}/pack"],
        statuses=frozenset({0, 1, 2}),
    )


def _write_pack(out: Path, body: str, encoding: str = "utf-8") -> None:
    (out / "pack").mkdir()
    (out / "pack" / "house.toml").write_bytes(body.encode(encoding, "replace"))


def cli_misuse_cases() -> None:
    usage = frozenset({2})
    for name, args in (
        ("missing-path", ["{docs}/nope"]),
        ("jobs-zero", ["--jobs", "0"]),
        ("format-unknown", ["--format", "pdf"]),
        ("date-bad", ["--date", "2025-13-45"]),
        ("baseline-missing", ["--baseline", "{out}/none.json"]),
        ("baseline-binary", ["--baseline", "{out}/binary.json"]),
        ("baseline-wrong-json", ["--baseline", "{out}/list.json"]),
        ("config-missing", ["--config", "{out}/none.toml"]),
        ("scheduler-without-dask", ["--scheduler", "tcp://127.0.0.1:1"]),
    ):
        case(
            name=f"cli-{name}",
            args=args,
            statuses=usage,
            setup=_baseline_files,
            files=flagged_pair("x"),
        )
    case(name="cli-only-empty-folder", control=False, statuses=usage, error_words=("no",))
    for name, command in (
        ("explain-unknown", ["explain", "no-such-rule"]),
        ("rules-missing-pack", ["rules", "--rules", "/no/such/pack"]),
        ("no-arguments", []),
    ):
        case(name=f"cli-{name}", api=json.dumps(command), statuses=usage)


def _baseline_files(docs: Path, out: Path) -> None:
    (out / "binary.json").write_bytes(b"\x00\xff" * 20)
    (out / "list.json").write_text('[1, 2, {"fingerprint": null}]')


API_SCRIPTS = {
    "api-string-path": ("check({docs!r})", "ok"),
    "api-missing-path": ("check([{docs!r} + '/nope'])", "ValueError"),
    "api-empty-list": ("check([])", "ValueError"),
    "api-none": ("check(None)", "TypeError|ValueError"),
    "api-number": ("check(42)", "TypeError|ValueError"),
    "api-bytes-path": ("check(os.fsencode({docs!r}))", "ok|TypeError|ValueError"),
    "api-time-nan": ("check({docs!r}, time_limit=float('nan'))", "ValueError"),
    "api-fail-on-bad": ("check({docs!r}, fail_on='fatal')", "ValueError"),
    "api-params-nan": (
        "check({docs!r}, params={{'currency-conflict': {{'match_tolerance': float('nan')}}}})",
        "ValueError",
    ),
    "api-unknown-option": ("check({docs!r}, colour='red')", "TypeError"),
}


def api_cases() -> None:
    for name, (call, expected) in API_SCRIPTS.items():
        case(
            name=name,
            api=call,
            statuses=frozenset({0}),
            files=flagged_pair("x"),
            error_words=(expected,),
        )


def pathological_cases() -> None:
    runs = {
        "digit-run": "7" * 100_000,
        "digit-run-10k": "7" * 10_000,
        "comma-ones": "1," * 50_000,
        "space-thousands": "1 000 " * 17_000,
        "dollars": "$" * 100_000,
        "dollar-ones": "$1 " * 33_000,
        "dollar-millions": "$" + "1,000," * 16_000 + "000",
        "billions": "billion " * 12_500,
        "dollar-billions": "$1 billion billion " * 5_000,
        "capitalised": "Acme Orion Robotics Holdings " * 3_500,
        "parentheses": "(" * 50_000 + "$1" + ")" * 50_000,
        "parentheses-money": "($1 (HK$2 (US$3 " * 6_000,
        "chinese-digits": "一二三四五六七八九十百千万亿" * 7_000,
        "chinese-yi": "亿元" * 50_000,
        "chinese-money": "估值为45亿元，" * 12_000,
        "dots": "1." * 50_000,
        "percent": "1% " * 33_000,
        "stake-words": "a 1% stake in " * 7_000,
        "currency-codes": "USD HK$ RMB ¥ € £ " * 6_000,
        "mixed-separators": "1,1.1 1'1,1_1 " * 7_000,
        "years": "2024 2025 " * 10_000,
        "quarters": "Q1 Q2 Q3 Q4 FY2024 " * 5_000,
        "dashes": "$1-$2-$3-" * 10_000,
        "long-word": "a" * 100_000,
        "whitespace": " \t" * 50_000 + "$1 billion",
        "newlines": "\n" * 100_000 + "$1 billion",
        "invisible-run": "\u200b" * 50_000 + "$1 billion",
        "combining": "4\u0301" * 50_000,
    }
    for group in chunks(list(runs.items()), 3):
        case(
            name="run-" + "+".join(name for name, _ in group),
            files={f"{name}.txt": text + "\n" for name, text in group},
            time_limit=SMALL_FILE_SECONDS,
        )
    html_runs = {
        "unclosed-tags": "<b><i><div>" * 10_000 + "Acme raised $1 billion",
        "unclosed-comment": "<!-- " + "$1 billion " * 10_000,
        "unclosed-script": "<script>" + "var a = '$1 billion';" * 5_000,
        "unclosed-attribute": '<a href="' + "$1 billion " * 10_000,
        "unclosed-title": "<title>" + "Acme $1 billion " * 6_000,
        "entity-run": "&amp;" * 20_000 + "&#x24;1 billion",
        "broken-entities": "&#99999999999999999999; &#x110000; &#0; &bogus; " * 2_000,
        "deep-nesting": "<div>" * 20_000 + "Acme raised $1 billion" + "</div>" * 20_000,
        "meta-dates": '<meta name="date" content="2025-99-99">' * 3_000,
    }
    for group in chunks(list(html_runs.items()), 3):
        case(
            name="html-" + "+".join(name for name, _ in group),
            files={f"{name}.html": text + "\n" for name, text in group},
            time_limit=SMALL_FILE_SECONDS,
        )
    case(
        name="markdown-tables",
        files={
            "t.md": "| a | $1 billion |\n" * 10_000,
            "w.md": "|" + " $1 |" * 20_000 + "\n|" + "---|" * 20_000 + "\n",
        },
        time_limit=SMALL_FILE_SECONDS,
    )


def big_cases() -> None:
    seeds = " ".join(
        path.read_text(encoding="utf-8").replace("\n", " ")
        for path in sorted((ROOT / "seeds").glob("*.txt"))
    )

    def one_line(docs: Path, out: Path) -> None:
        text = (seeds + " ") * (1_000_000 // (len(seeds) + 1) + 1)
        (docs / "one-line.txt").write_text(text[:1_000_000])

    def big_html(docs: Path, out: Path) -> None:
        paragraphs = [f"<p>{part}</p>\n" for part in seeds.split(". ")]
        block = "".join(paragraphs) + "<div><span><b>"
        html = "<html><head><title>Archive</title></head><body>\n"
        html += block * (10_000_000 // len(block) + 1)
        (docs / "big.html").write_text(html[:10_000_000])

    case(name="big-1mb-one-line", setup=one_line, budget_documents=1)
    case(name="big-10mb-html", setup=big_html, budget_documents=1)

    def oversized(docs: Path, out: Path) -> None:
        with (docs / "huge.txt").open("wb") as handle:
            handle.truncate(25_000_000)

    case(name="oversized-sparse", setup=oversized)


def injection_cases() -> None:
    for group in chunks(list(PAYLOADS.items()), 3):
        case(
            name="inject-" + "+".join(name for name, _ in group),
            files=flagged_many([payload for _, payload in group]),
            markers=tuple(m for _, p in group if "\n" not in p and (m := _marker(p))),
        )
    everything = " ".join(p for p in PAYLOADS.values() if "\n" not in p)
    case(name="inject-all-in-one", files=flagged_pair(everything), markers=("PWN1",))
    case(
        name="inject-markdown-doc",
        files={"stated.md": STATED, "flagged.md": FLAGGED.format(payload=PAYLOADS["script"])},
        markers=("PWN1",),
    )
    case(
        name="inject-html-entities",
        files={
            "stated.html": f"<p>{STATED}</p>",
            "flagged.html": "<p>"
            + FLAGGED.format(
                payload="&lt;img src=x onerror=alert(&quot;PWN2&quot;)&gt; "
                "&#91;PWNL&#93;(javascript:x)"
            )
            + "</p>",
        },
        markers=("PWN2",),
    )
    case(
        name="inject-entity-name",
        files={
            "a.txt": "<b>PWNCo</b> Holdings raised $45 billion in 2018.\n",
            "b.txt": "Analysts said <b>PWNCo</b> Holdings raised $45 million in 2018.\n",
        },
    )
    case(
        name="inject-entity-pipes",
        files={
            "a.txt": "PWNA|Corp raised $45 billion in 2018. "
            "[Evil](https://evil.example/PWN) Corp lost $3 billion.\n",
            "b.txt": "PWNA|Corp raised $45 million in 2018. "
            "[Evil](https://evil.example/PWN) Corp lost $3 million.\n",
        },
    )
    case(
        name="inject-front-matter",
        files={
            "stated.md": '---\ntitle: "<script>PWN</script>"\n'
            'date: "<img src=x onerror=PWN>"\n---\n' + STATED,
            "flagged.md": FLAGGED.format(payload="x"),
        },
    )
    case(
        name="inject-line-separators",
        files=flagged_pair(
            "\u2028# PWNLS\u2029<script>PWN</script>\u0085- PWNNEL\r# PWNCR\x0b\x0c"
        ),
    )
    file_names = {
        "fn-script": "<script>PWNF.txt",
        "fn-img": "<img src=x onerror=alert(PWNF)>.txt",
        "fn-link": "[PWNFL](javascript:alert(1)).txt",
        "fn-scheme": "javascript:alert(PWNF).txt",
        "fn-image": "![PWNFI](evil.png).txt",
        "fn-heading": "# PWNFH.txt",
        "fn-pipes": "PWNPIPE|PWNPIPE2.txt",
        "fn-backticks": "`PWNTICK`.txt",
        "fn-emphasis": "*PWNEM*.txt",
        "fn-math": "$PWNMATH$.txt",
        "fn-table": "</table>PWNT.txt",
        "fn-command": "%0A::error::PWNCMD,x=1.txt",
        "fn-newline-command": "a\n::error file=x::PWNCMD.txt",
        "fn-autolink": "https:evil.example PWN@evil.example.txt",
        "fn-mermaid": "```mermaid PWN.txt",
    }
    for group in chunks(list(file_names.items()), 3):
        files: dict[str | bytes, bytes | str] = {
            name: FLAGGED.format(payload="x") for _, name in group
        }
        case(
            name="inject-" + "+".join(name for name, _ in group),
            files={**files, "stated.txt": STATED},
        )
    case(
        name="inject-step-summary",
        files=flagged_pair(everything),
        markers=("PWN1",),
        env={"GITHUB_STEP_SUMMARY": "{out}/summary.md"},
    )


def _marker(payload: str) -> str | None:
    found = re.search(r"PWN\w*", payload)
    return found.group(0) if found else None


def report_cases() -> None:
    case(name="reports-inside", files=flagged_pair("x"), twice=True)
    for fmt, suffix in (
        ("json", "txt"),
        ("sarif", "md"),
        ("junit", "html"),
        ("github", "txt"),
    ):
        case(
            name=f"report-renamed-{fmt}",
            files=flagged_pair(PAYLOADS["script"]),
            setup=lambda docs, out, fmt=fmt, suffix=suffix: _pre_report(docs, fmt, suffix),
        )


def _pre_report(docs: Path, fmt: str, suffix: str) -> None:
    """Write a report of `docs` into `docs` under a readable name, as a first run would."""
    target = docs / f"old-report.{suffix}"
    command = [sys.executable, "-m", "checker", str(docs), "--format", fmt, "-o", str(target)]
    subprocess.run([*command, "-q", "--no-cache"], env=_env({}), capture_output=True, timeout=300)


def invisible_cases() -> None:
    invisibles = {
        "zwsp": "\u200b",
        "soft-hyphen": "\u00ad",
        "word-joiner": "\u2060",
        "bom": "\ufeff",
        "rlo": "\u202e",
        "lri": "\u2066",
        "zwj": "\u200d",
        "nbsp": "\u00a0",
        "narrow-nbsp": "\u202f",
        "mongolian": "\u180e",
    }
    texts = {}
    for name, char in invisibles.items():
        texts[name] = (
            f"Xiaomi's valuation reached ${char}4{char}5{char} billion{char} in 2018. "
            f"Orion raised US{char}${char}12.{char}5 mil{char}lion and 4{char},{char}500 yuan "
            f"({char}HK$3{char}.5 bn{char}).\n"
        )
    for group in chunks(list(texts.items()), 3):
        files: dict[str | bytes, bytes | str] = {f"{name}.txt": text for name, text in group}
        files.update({f"{name}.html": f"<p>{text}</p>" for name, text in group})
        case(name="invisible-" + "+".join(name for name, _ in group), files=files)


def encoding_cases() -> None:
    chinese = (
        "小米公司的估值達到四百五十億美元，投資者認為這家公司的前景非常樂觀。雷軍表示公司將繼續擴張。\n"
        * 3
    )
    samples = {
        "big5": (chinese, "big5", {"big5", "cp950", "big5hkscs"}),
        "gb18030": (
            chinese.replace("達", "达")
            .replace("認為", "认为")
            .replace("這家", "这家")
            .replace("樂觀", "乐观")
            .replace("雷軍", "雷军")
            .replace("將繼續擴張", "将继续扩张"),
            "gb18030",
            {"gb18030", "gbk", "gb2312"},
        ),
        "shift-jis": (
            "ソニーの売上高は九兆円に達した。投資家はこの会社の将来を楽観している。\n" * 3,
            "shift_jis",
            {"shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213"},
        ),
        "euc-kr": (
            "삼성전자의 시가총액은 사백조 원에 달했다. 투자자들은 이 회사의 미래를 낙관한다.\n" * 3,
            "euc_kr",
            {"euc_kr", "cp949"},
        ),
        "cp1251": (
            "Компания Яндекс привлекла 45 миллиардов рублей, сообщили в компании.\n" * 3,
            "cp1251",
            {"cp1251"},
        ),
        "cp1252": (
            "Société Générale raised €45 billion — “a record”, said Ms Müller.\n" * 3,
            "cp1252",
            {"cp1252", "latin_1"},
        ),
        "utf-16-le-bom": (STATED, "utf-16", {"utf_16"}),
        "utf-8-bom": (STATED, "utf-8-sig", {"utf_8_sig", "utf_8"}),
    }
    for name, (text, encoding, accepted) in samples.items():
        case(
            name=f"encoding-{name}",
            files={f"{name}.txt": _encode(text, encoding)},
            encodings={f"{name}.txt": frozenset(codecs.lookup(a).name for a in accepted)},
        )
    case(name="encoding-utf-16-no-bom", files={"u16.txt": STATED.encode("utf-16-le")})
    case(name="encoding-utf-32-bom", files={"u32.txt": STATED.encode("utf-32")})
    case(
        name="encoding-broken-utf8",
        files={"bad.txt": STATED.encode() + b"\xc3\x28 \xe2\x82 $4\xff5 billion\n"},
    )
    case(
        name="encoding-mixed",
        files={"mix.txt": _encode(chinese, "big5") + "Société €5 billion".encode("cp1252")},
    )
    case(
        name="encoding-big5-html",
        files={"b.html": b'<meta charset="big5"><p>' + _encode(chinese, "big5") + b"</p>"},
    )
    case(
        name="encoding-lone-surrogate-bytes",
        files={"s.txt": b"Acme raised $4\xed\xa0\x80 5 billion.\n"},
    )


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)


def special_file_cases() -> None:
    case(name="file-empty", files={"empty.txt": b""})
    case(name="file-whitespace", files={"blank.txt": b" \n\t\n"})
    case(name="file-binary", files={"bin.txt": os.urandom(4096)})
    case(name="file-random-no-nul", files={"r.txt": bytes(b for b in os.urandom(8192) if b)})
    case(name="file-nul-middle", files={"nul.txt": STATED.encode() + b"\x00" + STATED.encode()})
    case(name="file-png-named-md", files={"img.md": b"\x89PNG\r\n\x1a\n" + os.urandom(200)})
    case(
        name="file-unsupported", files={"a.pdf": b"%PDF-1.4", "noext": STATED, "UPPER.TXT": STATED}
    )
    case(name="file-hidden", files={".hidden.txt": STATED})
    case(name="dot-folder", files={".git/notes.txt": STATED, ".cache/x.md": STATED})

    def links(docs: Path, out: Path) -> None:
        os.symlink("loop-b.txt", docs / "loop-a.txt")
        os.symlink("loop-a.txt", docs / "loop-b.txt")
        os.symlink("self.txt", docs / "self.txt")
        os.symlink("nowhere.txt", docs / "dangling.txt")
        os.symlink("/dev/zero", docs / "zero.txt")
        os.symlink("/dev/urandom", docs / "random.md")
        os.symlink(".", docs / "here")
        os.symlink("..", docs / "up")
        os.symlink("/proc/self/fd/0", docs / "stdin.txt")

    case(name="links", setup=links)

    def fifo(docs: Path, out: Path) -> None:
        os.mkfifo(docs / "pipe.txt")
        os.mkfifo(docs / "pipe.md")

    case(name="fifo", setup=fifo)

    def sock(docs: Path, out: Path) -> None:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(docs / "s.txt"))
        server.close()

    case(name="socket", setup=sock)
    case(name="folder-named-txt", setup=lambda docs, out: (docs / "folder.txt").mkdir())
    front = {
        "unclosed": "---\ndate: 2025-01-01\n" + STATED,
        "bad-date": "---\ndate: 2025-13-45\n---\n" + STATED,
        "list-date": "---\ndate: [2025, 1]\n---\n" + STATED,
        "yaml-bomb": "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ndate: 2025-01-01\n---\n" + STATED,
        "python-tag": "---\ndate: !!python/object/apply:os.system ['touch PWNED']\n---\n" + STATED,
        "huge": "---\n" + "k: v\n" * 100_000 + "date: 2025-01-01\n---\n" + STATED,
        "year-zero": "---\ndate: 0000-00-00\n---\n" + STATED,
        "far-future": "---\ndate: 9999-12-31\n---\n" + STATED,
        "bom": "\ufeff---\ndate: 2025-01-01\n---\n" + STATED,
    }
    for group in chunks(list(front.items()), 3):
        case(
            name="front-matter-" + "+".join(n for n, _ in group),
            files={f"{n}.md": t for n, t in group},
        )
    case(
        name="html-meta-dates",
        files={
            "m.html": '<meta name="date" content="99999-01-01">'
            '<meta property="article:published_time" content="2025-02-30T99:99">'
            + f"<p>{STATED}</p>"
        },
    )
    case(name="dateline-bad", files={"d.txt": "BEIJING, Feb 31 (Reuters) - " + STATED})
    case(
        name="suppression-hostile",
        files={
            "s.md": "<!-- check-figures: ignore[no-such-rule, <script>PWN</script>] -->\n"
            "<!-- check-figures: ignore -->\n<!-- check-figures: ignore[ -->\n"
            + FLAGGED.format(payload="x"),
            "stated.txt": STATED,
        },
    )


def combination_cases() -> None:
    def everything(docs: Path, out: Path) -> None:
        for index, payload in enumerate(PAYLOADS.values()):
            (docs / f"p{index}.md").write_text(FLAGGED.format(payload=payload))
        (docs / "stated.txt").write_text(STATED)
        (docs / "big5.txt").write_bytes(
            ("小米估值達到四百五十億美元" + PAYLOADS["script"]).encode("big5") * 4
        )
        (docs / "bin.txt").write_bytes(b"\x00" * 10)
        (docs / "empty.md").write_bytes(b"")
        os.symlink("nowhere", docs / "dangling.txt")
        os.mkfifo(docs / "pipe.txt")
        os.makedirs(docs / "a" / "b" / "c")
        (docs / "a" / "b" / "c" / "caf\udce9.txt").write_text(
            FLAGGED.format(payload=PAYLOADS["img"])
        )
        (docs / "a" / "<img src=x onerror=PWN>.md").write_text(
            "$" + "9" * 400 + " billion " + chr(0x10D40)
        )
        (docs / "a" / "z.txt").write_text(
            "It crossed HK$0 trillion (US$71.3 billion). " + "1,1," * 5000
        )

    case(name="combo-everything", setup=everything)
    case(name="combo-everything-jobs2", setup=everything, args=["--jobs", "2"])
    case(
        name="combo-everything-cached",
        setup=everything,
        args=["--cache-dir", "{out}/cache"],
        twice=True,
    )

    def many(docs: Path, out: Path) -> None:
        for index in range(60):
            payload = list(PAYLOADS.values())[index % len(PAYLOADS)]
            (docs / f"n{index:02}.txt").write_text(FLAGGED.format(payload=payload) + STATED)

    case(name="combo-many-folded", setup=many, args=["--jobs", "2"], markers=("PWN",))
    case(
        name="combo-injection-big5",
        files={
            "stated.txt": STATED,
            "flagged.txt": (
                "小米公司的估值達到四百五十億美元，投資者認為前景樂觀。\n"
                + FLAGGED.format(payload=PAYLOADS["script"] + PAYLOADS["img"])
            ).encode("big5"),
        },
        markers=("PWN1",),
    )
    case(
        name="combo-invisible-injection",
        files=flagged_pair("\u200b<scr\u200bipt>PWN</script>\u202e[PWNL](javascript:x)\u00ad"),
    )
    case(
        name="combo-report-inside-injection",
        files=flagged_pair(PAYLOADS["script"]),
        args=["--format", "markdown", "-o", "{docs}/inside.md"],
        twice=True,
    )


def build_cases() -> list[Case]:
    """Every case, in a fixed order."""
    if not CASES:
        for group in (
            big_cases,
            numbers_cases,
            walk_cases,
            config_cases,
            cli_misuse_cases,
            api_cases,
            pathological_cases,
            injection_cases,
            report_cases,
            invisible_cases,
            encoding_cases,
            special_file_cases,
            combination_cases,
        ):
            group()
    return CASES


# --------------------------------------------------------------------------- running


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    env["PYTHONPATH"] = str(ROOT)
    env["CHECK_FIGURES_CACHE_DIR"] = tempfile.gettempdir() + "/hostile-cache-unused"
    env["PYTHONWARNINGS"] = "default"
    env.update(extra)
    return env


def _lay_out(item: Case, folder: Path) -> tuple[Path, Path]:
    docs, out = folder / "docs", folder / "out"
    docs.mkdir(parents=True)
    out.mkdir()
    (folder / ".git").mkdir()
    if item.control:
        (docs / "control.txt").write_text(CONTROL)
    for name, content in item.files.items():
        path = os.path.join(
            os.fsencode(docs), name if isinstance(name, bytes) else os.fsencode(name)
        )
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
    if item.setup is not None:
        item.setup(docs, out)
    return docs, out


def _command(item: Case, docs: Path, out: Path) -> list[str]:
    fill = {"docs": str(docs), "out": str(out)}
    if item.api is not None and item.api.startswith("["):
        return [sys.executable, "-m", "checker", *json.loads(item.api)]
    if item.api is not None:
        script = (
            "import json, os, pathlib\nfrom checker import check\n"
            f"try:\n    result = {item.api.format(docs=str(docs))}\n"
            "    print(json.dumps({'outcome': 'ok', 'status': result.exit_status}))\n"
            "except Exception as error:\n"
            "    print(json.dumps({'outcome': type(error).__name__, 'mro': [c.__name__ for c in "
            "type(error).__mro__], 'message': str(error)}))\n"
        )
        return [sys.executable, "-c", script]
    command = [sys.executable, "-m", "checker", str(docs)]
    if item.reports:
        for fmt in FORMATS:
            command += ["--format", fmt, "-o", str(out / REPORT_FILES[fmt])]
        command += ["--format", "github", "-o", "-"]
    command += [arg.format(**fill) for arg in item.args]
    if item.time_limit is not None:
        limit = out / "time-limit.toml"
        limit.write_text(f"time-limit = {item.time_limit}\n")
        command += ["--config", str(limit)]
    return command


def run_case(item: Case, base: Path) -> Outcome:
    """Lay out one case, run it (twice when asked) and judge it from outside."""
    outcome = Outcome(item.name)
    folder = base / re.sub(r"[^\w.-]", "_", item.name)
    docs, out = _lay_out(item, folder)
    env = _env({key: value.format(docs=docs, out=out) for key, value in item.env.items()})
    if item.reports and "GITHUB_STEP_SUMMARY" not in item.env:
        env["GITHUB_STEP_SUMMARY"] = str(out / "summary.md")
        env.update(GITHUB_ENV)
    command = _command(item, docs, out)
    timeout = SLACK + DOCUMENT_BUDGET * item.budget_documents
    start = time.monotonic()
    runs = 2 if item.twice else 1
    first_json = None
    for attempt in range(runs):
        present = Counter(expected_entries(docs))
        result = _run(command, folder, env, timeout, item.stdout_path)
        _guard_devices(outcome)
        if result is None:
            outcome.add("hangs", f"no exit within {timeout:.0f} s")
            break
        _judge_run(item, outcome, result, docs, out, present)
        if item.twice and attempt == 0:
            first_json = _load_json(out / "r.json")
        elif item.twice and first_json is not None:
            _judge_rerun(outcome, first_json, _load_json(out / "r.json"))
    outcome.seconds = time.monotonic() - start
    _restore_permissions(folder)
    return outcome


def _guard_devices(outcome: Outcome) -> None:
    """A run must never replace a device it was asked to write to (as root it could)."""
    for name, (major, minor) in DEVICES.items():
        if not stat.S_ISCHR(os.lstat(name).st_mode):
            outcome.add("other", f"the run replaced the device {name} with a regular file")
            os.unlink(name)
            os.mknod(name, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
            os.chmod(name, 0o666)


def _guarded(item: Case, base: Path) -> Outcome:
    """Run one case; a failure of the harness itself is reported, not raised."""
    try:
        return run_case(item, base)
    except Exception as error:
        outcome = Outcome(item.name)
        outcome.add("other", f"harness error: {type(error).__name__}: {str(error)[:200]}")
        return outcome


def _run(
    command: list[str], cwd: Path, env: dict[str, str], timeout: float, stdout_path: str | None
) -> subprocess.CompletedProcess[bytes] | None:
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.PIPE  # noqa: SIM115
    try:
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdout=stdout,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return None
        return subprocess.CompletedProcess(command, process.returncode, out or b"", err)
    finally:
        if stdout_path:
            stdout.close()  # type: ignore[union-attr]


def _judge_run(
    item: Case,
    outcome: Outcome,
    result: subprocess.CompletedProcess[bytes],
    docs: Path,
    out: Path,
    present: Counter[str],
) -> None:
    stdout = result.stdout.decode("utf-8", "replace")
    stderr = result.stderr.decode("utf-8", "replace")
    for stream, text in (("stdout", stdout), ("stderr", stderr)):
        if "Traceback (most recent call last)" in text or "Exception ignored" in text:
            outcome.add("crashes", f"traceback on {stream}: {_tail(text)}")
        if "internal error" in text:
            outcome.add("crashes", f"internal error on {stream}: {_tail(text)}")
    if item.api is not None and not item.api.startswith("["):
        _judge_api(item, outcome, stdout)
        return
    if result.returncode not in item.statuses:
        outcome.add(
            "other", f"exit {result.returncode}, expected {sorted(item.statuses)}: {_tail(stderr)}"
        )
    if result.returncode == 2:
        _judge_error_line(item, outcome, stderr)
        return
    if not item.reports:
        return
    report = _load_json(out / "r.json")
    if report is None:
        outcome.add("other", "no JSON report")
        return
    _judge_documents(item, outcome, report, docs, present)
    _judge_formats(outcome, out, stdout)
    markdown = (out / "r.md").read_text(encoding="utf-8")
    for label, text in (("markdown", markdown), ("step summary", _summary(item, out))):
        for problem in markdown_injections(text, docs):
            outcome.add("injections", f"{label}: {problem}")
    for marker in item.markers:
        if marker not in markdown:
            outcome.add("other", f"payload marker {marker} never reached the report (vacuous case)")


def _summary(item: Case, out: Path) -> str:
    path = Path(
        item.env.get("GITHUB_STEP_SUMMARY", str(out / "summary.md")).format(out=out, docs="")
    )
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def _judge_api(item: Case, outcome: Outcome, stdout: str) -> None:
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if not lines:
        outcome.add("crashes", f"API script printed nothing: {_tail(stdout)}")
        return
    answer = json.loads(lines[-1])
    accepted = item.error_words[0].split("|")
    names = ["ok"] if answer["outcome"] == "ok" else answer.get("mro", [])
    if not any(name in accepted for name in names):
        kind = "crashes" if answer["outcome"] not in ("ok", "ValueError", "TypeError") else "other"
        outcome.add(
            kind,
            f"API gave {answer['outcome']} ({answer.get('message', '')[:150]}), "
            f"expected {accepted}",
        )


def _judge_error_line(item: Case, outcome: Outcome, stderr: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip() and "warning:" not in line]
    if len(lines) != 1:
        outcome.add("other", f"exit 2 with {len(lines)} error lines: {_tail(stderr)}")
        return
    missing = [word for word in item.error_words if word not in lines[0]]
    if missing:
        outcome.add("other", f"error line does not name {missing}: {lines[0][:200]}")


def _judge_documents(
    item: Case, outcome: Outcome, report: dict, docs: Path, present: Counter[str]
) -> None:
    listed = Counter(document["path"] for document in report["documents"])
    missing = present - listed
    for path in sorted(missing):
        outcome.add("dropped", f"not in the report: {path!r}")
    by_path = {document["path"]: document for document in report["documents"]}
    for document in report["documents"]:
        reason = document.get("reason") or ""
        if document["status"] == "skipped" and not reason:
            outcome.add("dropped", f"skipped without a reason: {document['path']!r}")
        if reason.startswith("internal error"):
            outcome.add("crashes", f"{document['path']}: {reason}")
        if "time limit" in reason and not item.budget_documents:
            outcome.add("slow", f"{document['path']}: {reason}")
    if item.control:
        control = by_path.get(shown(os.path.join(os.fsencode(docs), b"control.txt")))
        if control is None or control["status"] != "ok":
            outcome.add("dropped", f"the control document was not checked: {control}")
    for name, accepted in item.encodings.items():
        document = by_path.get(shown(os.path.join(os.fsencode(docs), os.fsencode(name))))
        if document and document["status"] == "ok":
            used = codecs.lookup(document.get("encoding") or "ascii").name
            if used not in accepted:
                outcome.add(
                    "dropped",
                    f"{name} read as {used}, not one of {sorted(accepted)}: garbage marked ok",
                )
    _judge_offsets(outcome, report, by_path)


def _judge_offsets(outcome: Outcome, report: dict, by_path: dict[str, dict]) -> None:
    """Each figure's text is what the decoded file holds between its offsets."""
    texts: dict[str, str | None] = {}
    for figure in report["figures"]:
        path = figure["path"]
        if path not in texts:
            texts[path] = _decoded(path, by_path.get(path, {}).get("encoding"))
        text = texts[path]
        if text is None:
            continue
        span = text[figure["start"] : figure["end"]]
        if _loose(span) != _loose(figure["text"]):
            outcome.add(
                "dropped", f"{figure['id']} {figure['text']!r} but the file has {span!r} there"
            )
            return


def _decoded(path: str, encoding: str | None) -> str | None:
    if not encoding or "\ufffd" in path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    text = data.decode(encoding, "replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _loose(text: str) -> str:
    return re.sub(r"[\s\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069\u180e]+", "", text)


def _judge_formats(outcome: Outcome, out: Path, stdout: str) -> None:
    for fmt in ("sarif", "gitlab"):
        data = _load_json(out / REPORT_FILES[fmt])
        if data is None:
            outcome.add("other", f"{fmt} report does not parse")
    sarif = _load_json(out / REPORT_FILES["sarif"])
    if isinstance(sarif, dict) and (
        sarif.get("version") != "2.1.0" or not isinstance(sarif.get("runs"), list)
    ):
        outcome.add("other", "SARIF without version 2.1.0 and runs")
    try:
        ET.parse(out / REPORT_FILES["junit"])
    except (ET.ParseError, OSError) as error:
        outcome.add("other", f"JUnit report does not parse: {error}")
    for line in stdout.splitlines():
        problem = annotation_problem(line)
        if problem:
            outcome.add("injections", f"annotation: {problem}: {line[:160]!r}")


ANNOTATION = re.compile(r"::(error|warning|notice)(?: (?P<props>[^:]*))?::(?P<message>.*)")
PROPERTY = re.compile(r"(file|line|col|endColumn|endLine|title)=[^,:]*")


def annotation_problem(line: str) -> str | None:
    """Why a line of the `github` format is not one well-formed annotation, or None."""
    found = ANNOTATION.fullmatch(line)
    if found is None:
        return "not an annotation"
    props = found.group("props")
    if props and not all(PROPERTY.fullmatch(part) for part in props.split(",")):
        return "a property that is not the tool's"
    return None


def _judge_rerun(outcome: Outcome, first: dict | None, second: dict | None) -> None:
    if first is None or second is None:
        return
    if len(first["findings"]) != len(second["findings"]) or len(first["figures"]) != len(
        second["figures"]
    ):
        outcome.add(
            "other",
            f"second run differs: {len(first['figures'])} -> {len(second['figures'])} figures, "
            f"{len(first['findings'])} -> {len(second['findings'])} findings",
        )


def _load_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def shown(path: bytes | str) -> str:
    """A path as the checker shows it: POSIX, bytes that are not UTF-8 as U+FFFD."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "replace")


def expected_entries(docs: Path) -> Iterator[str]:
    """Every file the checker must list: all but folders and what is inside dot-folders."""
    pending = [os.fsencode(docs)]
    while pending:
        folder = pending.pop()
        try:
            children = list(os.scandir(folder))
        except OSError:
            yield shown(folder)
            continue
        for child in children:
            is_dir = child.is_dir(follow_symlinks=False)
            if is_dir and child.name.startswith(b"."):
                continue
            if is_dir:
                pending.append(child.path)
            else:
                yield shown(child.path)


def _tail(text: str) -> str:
    return " | ".join(text.strip().splitlines()[-3:])[:300]


def _folders(top: Path) -> list[bytes]:
    """Every folder at and below `top`, parents first, without recursion or following links."""
    found, pending = [], [os.fsencode(top)] if top.is_dir() else []
    while pending:
        folder = pending.pop()
        os.chmod(folder, 0o755)
        found.append(folder)
        with os.scandir(folder) as listing:
            pending += [c.path for c in listing if c.is_dir(follow_symlinks=False)]
    return found


def _restore_permissions(folder: Path) -> None:
    _folders(folder)


def _remove(top: Path) -> None:
    """Delete `top`, however deep (shutil.rmtree recurses)."""
    for folder in reversed(_folders(top)):
        with os.scandir(folder) as listing:
            for child in listing:
                if not child.is_dir(follow_symlinks=False):
                    os.unlink(child.path)
        os.rmdir(folder)


# --------------------------------------------------------------------------- injection


def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")


SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
CODE = re.compile(r"(`+)(?:(?!\1).)*?\1|^```.*?^```", re.S | re.M)
LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
AUTOLINK = re.compile(r"(?<!\\)(?:https?://|www\.)\S*evil|\bPWN\w*@evil")
MATH = re.compile(r"(?<![\\$])\$(?=\S)[^$\n]*PWN[^$\n]*(?<=\S)(?<!\\)\$")


def markdown_injections(text: str, docs: Path) -> list[str]:
    """What a document managed to render in the Markdown `text`: tags, links, images, headings."""
    problems: list[str] = []
    tokens = _markdown().parse(text)
    for index, token in enumerate(tokens):
        if token.type == "html_block":
            problems += _html_problems(token.content)
        elif token.type == "heading_open":
            problems += _heading_problems(token, tokens[index + 1].content)
        elif token.type == "fence" and token.info.strip() not in ("", "mermaid"):
            problems.append(f"code fence opened by a document: {token.info[:80]!r}")
        elif token.type == "fence" and "```" in token.content:
            problems.append("a fence inside a fence")
        elif token.type == "inline":
            problems += _inline_problems(token, docs)
    plain = LINK_TARGET.sub("]", CODE.sub("", text))
    problems += [
        f"bare URL GitHub would link: {m.group(0)[:80]!r}" for m in AUTOLINK.finditer(plain)
    ]
    problems += [f"math GitHub would render: {m.group(0)[:80]!r}" for m in MATH.finditer(plain)]
    return problems


def _heading_problems(token: object, title: str) -> list[str]:
    """A heading inside a quote or list, or one other than a company's (h3) led by a payload."""
    inside = token.level > 0  # type: ignore[attr-defined]
    led = title.lstrip("*`[\\").startswith(MARK)
    if inside or (led and token.tag != "h3"):  # type: ignore[attr-defined]
        return [f"heading from a document: {title[:80]!r}"]
    return []


def _inline_problems(token: object, docs: Path) -> list[str]:
    problems: list[str] = []
    children = token.children or []  # type: ignore[attr-defined]
    text = "".join(child.content for child in children if child.type in ("text", "code_inline"))
    if text.lstrip().startswith("PWNPIPE2"):
        problems.append("a pipe from a document split a table cell")
    for position, child in enumerate(children):
        following = children[position + 1].content if position + 1 < len(children) else ""
        if child.type == "html_inline":
            problems += _html_problems(child.content)
        elif child.type == "image":
            problems.append(f"image: {child.attrGet('src')!r}")
        elif child.type == "link_open":
            href = str(child.attrGet("href") or "")
            if not report_link(href, docs):
                problems.append(f"link to {href[:100]!r}")
        elif child.type in ("em_open", "strong_open", "s_open") and following.startswith(MARK):
            problems.append(f"{child.type[:-5]} from a document: {following[:60]!r}")
        elif child.type == "code_inline" and child.content.startswith(MARK):
            problems.append(f"code span from a document: {child.content[:60]!r}")
    return problems


def _html_problems(content: str) -> list[str]:
    tags = {tag.lower() for tag in re.findall(r"</?([A-Za-z][\w-]*)", content)}
    foreign = sorted(tags - REPORT_TAGS)
    if foreign or MARK in content:
        return [f"raw HTML: {content.strip()[:100]!r}"]
    return []


def report_link(href: str, docs: Path) -> bool:
    """Whether `href` is one of the report's own links: to a checked file, as it is shown."""

    if href.startswith(BLOB_BASE):
        href = href[len(BLOB_BASE) :]
        base = docs.parent
    elif SCHEME.match(href):
        return False
    else:
        base = docs.parent / "out"
    target = unquote(href.split("#", 1)[0])
    if not target:
        return href.startswith("#")
    return os.path.normpath(os.path.join(str(base), target)) in set(expected_entries(docs))


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", action="append", help="run the cases whose name contains this")
    parser.add_argument("--workers", type=int, default=max(4, os.cpu_count() or 1))
    parser.add_argument(
        "--strict-time",
        action="store_true",
        help="also fail when a small adversarial file is skipped by the time limit",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args(argv)
    cases = build_cases()
    if args.only:
        cases = [item for item in cases if any(part in item.name for part in args.only)]
    if args.list:
        print("\n".join(item.name for item in cases))
        return 0
    base = Path(tempfile.mkdtemp(prefix="hostile-"))
    start = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            outcomes = list(pool.map(lambda item: _guarded(item, base), cases))
    finally:
        if not args.keep:
            _remove(base)
        else:
            print(f"kept {base}", file=sys.stderr)
    counts = Counter()
    for outcome in outcomes:
        for kind, details in outcome.problems.items():
            counts[kind] += 1
            for detail in details[:3]:
                print(f"FAIL {outcome.name} [{kind}] {detail}")
    slowest = sorted(outcomes, key=lambda o: -o.seconds)[:3]
    print("slowest: " + ", ".join(f"{o.name} {o.seconds:.0f} s" for o in slowest))
    print(
        f"cases={len(outcomes)} crashes={counts['crashes']} hangs={counts['hangs']} "
        f"dropped={counts['dropped']} injections={counts['injections']} other={counts['other']} "
        f"slow={counts['slow']} seconds={time.monotonic() - start:.0f}"
    )
    failed = {kind for kind in counts if kind != "slow" or args.strict_time}
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
