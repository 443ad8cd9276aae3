"""Tests for the report emitters: JSON contract, Markdown report, atomic writes, summary."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from rich.console import Console

from checker.facts import FIGURE_COLUMNS
from checker.model import CheckResult, Document, Finding, SkippedFile
from checker.report import (
    FORMATS,
    figure_rows,
    iter_figure_rows,
    render,
    report_chunks,
    write_atomically,
    write_report,
)
from checker.report.json import render_json
from checker.report.markdown import render_markdown
from checker.report.stream import Streamed, json_pieces
from checker.report.terminal import print_summary

CONFLICT = Finding(
    rule="currency-conflict",
    severity="error",
    path="seeds/b.txt",
    line=3,
    column=25,
    figures=("F3", "F2"),
    message="“$200 billion yuan” carries two currencies: USD and CNY",
    explanation="$200 billion read as USD  = 200,000,000,000 USD\n"
    "200 billion yuan at 7.1 = 28,169,014,085 USD",
    quote="It invested $28 billion (**$200 billion yuan**) last year.",
)
NO_CURRENCY = Finding(
    rule="missing-currency",
    severity="warning",
    path="seeds/a.md",
    line=2,
    column=7,
    figures=("F1",),
    message="“about 3 million” has no currency",
    explanation="No currency marker, and no other figure in the sentence settles one.",
    quote="Sales of **about 3 million** units.",
)


def figure(**values: object) -> dict[str, object]:
    row = dict.fromkeys(FIGURE_COLUMNS)
    row.update(currency_note="", counterparty=None, value_usd_low=None, value_usd_high=None)
    row.update(values)
    return row


def facts() -> pd.DataFrame:
    rows = [
        figure(
            id="F1",
            path="seeds/a.md",
            start=40,
            end=55,
            line=2,
            column=7,
            text="about 3 million",
            amount=3_000_000.0,
            currency=None,
            qualifier="about",
            entity="Foo | Bar\nLtd",
            metric="revenue",
            period="2024",
            value_usd=float("nan"),
            currency_note="no marker",
        ),
        figure(
            id="F2",
            path="seeds/b.txt",
            start=12,
            end=23,
            line=3,
            column=12,
            text="$28 billion",
            amount=28_000_000_000.0,
            currency="USD",
            qualifier="exact",
            entity="Xiaomi",
            metric="investment",
            period="2025",
            value_usd=28_000_000_000.0,
        ),
        figure(
            id="F3",
            path="seeds/b.txt",
            start=25,
            end=42,
            line=3,
            column=25,
            text="$200 billion yuan",
            amount=200_000_000_000.0,
            currency="CNY",
            qualifier="exact",
            entity="Xiaomi",
            metric="investment",
            period=None,
            value_usd=28_169_014_084.5,
            value_usd_low=27e9,
            value_usd_high=29e9,
        ),
    ]
    return pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))


def check_result(findings: list[Finding] | None = None) -> CheckResult:
    documents = [
        Document(
            path="seeds/b.txt",
            text="",
            plain="",
            encoding="gb18030",
            date=date(2025, 12, 24),
            date_source="text",
        ),
        Document(path="seeds/a.md", text="", plain="", encoding="utf-8"),
    ]
    return CheckResult(
        documents=documents,
        skipped=[SkippedFile(path="seeds/c.pdf", reason="unsupported file type .pdf")],
        claims=[],
        relations=[],
        findings=[CONFLICT, NO_CURRENCY] if findings is None else findings,
        facts=facts(),
        fail_on="error",
        exit_status=1,
    )


# JSON


def test_json_has_exactly_the_contract_keys_and_types() -> None:
    report = json.loads(render_json(check_result()))

    assert list(report) == [
        "version", "documents", "figures", "findings", "merged_names", "summary"
    ]  # fmt: skip
    assert report["version"] == 1
    for document in report["documents"]:
        assert {"path", "date", "date_source", "status", "reason"} <= document.keys()
    contract_figure_keys = {"id", "path", "start", "end", "line", "column", "text", "amount",
                            "currency", "qualifier", "entity", "counterparty", "metric",
                            "period", "value_usd"}  # fmt: skip
    for row in report["figures"]:
        assert contract_figure_keys <= row.keys()
        assert all(type(row[key]) is int for key in ("start", "end", "line", "column"))
        assert type(row["amount"]) is float
    for finding in report["findings"]:
        assert {"rule", "severity", "path", "line", "column", "figures", "message",
                "explanation", "quote"} == finding.keys()  # fmt: skip
        assert isinstance(finding["figures"], list)


def test_json_documents_include_the_skipped_file_in_path_order() -> None:
    documents = json.loads(render_json(check_result()))["documents"]

    assert [d["path"] for d in documents] == ["seeds/a.md", "seeds/b.txt", "seeds/c.pdf"]
    assert documents[0]["date"] is None
    assert documents[1] == {"path": "seeds/b.txt", "date": "2025-12-24",
                                 "date_source": "text", "status": "ok", "reason": None,
                                 "encoding": "gb18030"}  # fmt: skip
    assert documents[2]["status"] == "skipped"
    assert documents[2]["reason"] == "unsupported file type .pdf"


def test_json_figures_turn_nan_into_null() -> None:
    figures = json.loads(render_json(check_result()))["figures"]

    assert [f["id"] for f in figures] == ["F1", "F2", "F3"]
    assert figures[0]["value_usd"] is None
    assert figures[0]["currency"] is None
    assert figures[1]["value_usd"] == 28_000_000_000.0
    assert figures[2]["period"] is None
    assert figures[2]["value_usd_low"] == 27e9


def test_json_findings_error_first_with_flagged_figure_first() -> None:
    findings = json.loads(render_json(check_result()))["findings"]

    assert [f["rule"] for f in findings] == ["currency-conflict", "missing-currency"]
    assert findings[0]["figures"] == ["F3", "F2"]


def test_json_summary_counts() -> None:
    summary = json.loads(render_json(check_result()))["summary"]

    assert summary == {"documents": 2, "skipped": 1, "figures": 3, "error": 1, "warning": 1,
                       "info": 0, "suppressed": 0, "baselined": 0, "baseline_unmatched": 0,
                       "exit_status": 1}  # fmt: skip


def test_json_is_deterministic() -> None:
    first = render_json(check_result())
    result = check_result(findings=[NO_CURRENCY, CONFLICT])
    result.documents.reverse()
    result.facts = result.facts.iloc[::-1]

    assert render_json(check_result()) == first
    assert render_json(result) == first
    assert first.endswith("}\n")


# Markdown


def test_markdown_summary() -> None:
    report = render_markdown(check_result())

    assert report.startswith("# check-figures report\n")
    assert "- Documents read: 2" in report
    assert "- Files skipped: 1" in report
    assert "- Figures found: 3" in report
    assert "- Findings: 2 (1 error, 1 warning, 0 info)" in report
    assert "Exit status 1: 1 finding at or above `error` (--fail-on error)." in report


def test_markdown_exit_status_zero_says_why() -> None:
    result = check_result(findings=[NO_CURRENCY])
    result.exit_status = 0

    assert "Exit status 0: no finding at or above `error` (--fail-on error)." in render_markdown(
        result
    )


def test_markdown_findings_grouped_by_severity_then_rule() -> None:
    report = render_markdown(check_result())

    headings = [line for line in report.splitlines() if line.startswith("#")]
    assert headings[3:8] == ["## Findings", "### Errors", "#### `currency-conflict`",
                             "### Warnings", "#### `missing-currency`"]  # fmt: skip
    assert (
        "**[seeds/b.txt:3:25](seeds/b.txt#L3)** — “\\$200 billion yuan” carries two currencies"
    ) in report
    assert "> It invested \\$28 billion (**\\$200 billion yuan**) last year." in report
    assert (
        "- \\$200 billion read as USD = 200,000,000,000 USD\n"
        "- 200 billion yuan at 7.1 = 28,169,014,085 USD\n"
    ) in report
    assert "```" not in report
    assert "Figures: F3 `$200 billion yuan`, F2 `$28 billion`" in report


def test_markdown_exit_status_with_fail_on_never() -> None:
    result = check_result()
    result.fail_on, result.exit_status = "never", 0

    assert "Exit status 0: findings never fail the run (--fail-on never)." in render_markdown(
        result
    )


def test_markdown_without_findings() -> None:
    assert "## Findings\n\nNo findings." in render_markdown(check_result(findings=[]))


def test_markdown_figure_tables_per_document() -> None:
    report = render_markdown(check_result())

    assert "### `seeds/a.md`\n\nDate: unknown (source: unknown) · encoding: utf-8" in report
    assert "### `seeds/b.txt`\n\nDate: 2025-12-24 (source: text) · encoding: gb18030" in report
    assert (
        "| F2 ↔ | 3 | \\$28 billion | 28,000,000,000 | USD | exact | Xiaomi | investment | 2025 "
        "| 28,000,000,000 |"
    ) in report
    assert (
        "| F3 ⚑ | 3 | **\\$200 billion yuan** | 200,000,000,000 | CNY | exact | Xiaomi "
        "| investment | — | 28,169,014,084 |"
    ) in report
    assert report.index("### `seeds/a.md`") < report.index("### `seeds/b.txt`")


def test_markdown_table_cells_escape_pipes_and_join_lines() -> None:
    report = render_markdown(check_result())

    assert "| Foo \\| Bar Ltd | revenue | 2024 | — |" in report
    assert "| **about 3 million** | 3,000,000 | — | about |" in report


def test_markdown_skipped_files() -> None:
    report = render_markdown(check_result())

    assert "## Skipped files\n\n| path | reason |\n|---|---|\n" in report
    assert "| seeds/c.pdf | unsupported file type .pdf |" in report

    result = check_result()
    result.skipped = []
    assert render_markdown(result).endswith("## Skipped files\n\nNone.\n")


def test_markdown_is_deterministic() -> None:
    shuffled = check_result(findings=[NO_CURRENCY, CONFLICT])
    shuffled.documents.reverse()

    assert render_markdown(shuffled) == render_markdown(check_result())


# Dispatch and writing


def test_render_dispatches_by_format() -> None:
    assert FORMATS == ("markdown", "json", "sarif", "github", "junit", "gitlab")
    assert render(check_result(), "json") == render_json(check_result())
    assert render(check_result(), "markdown") == render_markdown(check_result())
    assert render(check_result(), "junit").startswith('<?xml version="1.0" encoding="UTF-8"?>')
    with pytest.raises(ValueError, match="markdown, json, sarif, github, junit, gitlab"):
        render(check_result(), "xml")


def test_write_atomically_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "figures.md"

    write_atomically(target, "first\n")
    write_atomically(target, "second — ünïcode\n")

    assert target.read_bytes() == "second — ünïcode\n".encode()
    assert [p.name for p in target.parent.iterdir()] == ["figures.md"]


def test_write_atomically_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "figures.md"
    write_atomically(target, "old\n")

    with pytest.raises(UnicodeEncodeError):
        write_atomically(target, "bad \ud800 surrogate")

    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["figures.md"]


def test_write_atomically_keeps_the_old_file_when_a_piece_fails(tmp_path: Path) -> None:
    target = tmp_path / "figures.json"
    write_atomically(target, "old\n")

    def pieces() -> Iterator[str]:
        yield "new, half written"
        raise RuntimeError("the report could not be made")

    with pytest.raises(RuntimeError):
        write_atomically(target, pieces())

    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["figures.json"]


# Streaming


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": [], "b": {}, "c": [{}], "d": [[1, [2, []]], {"e": None}]},
        {"text": 'line one\nline two — ünïcode \u2028 "quoted"', "n": 1.5, "ok": True},
        [{"nested": {"deeper": [1, 2, {"x": "y"}]}}, "plain"],
        {"ints": [0, -7, 10**30, True, False], "floats": [-0.0, 1e16, 1.5e-7, 2.675, 1e308]},
        {"tuple": (1, ("a", None)), "empty tuple": ()},
        {"controls": "tab\tbell\x07 nul\x00 emoji \U0001f600 \\ /", "float": float("inf")},
        [float("nan"), {"x": float("-inf")}],
    ],
)
def test_json_pieces_write_the_bytes_of_json_dumps(value: object) -> None:
    expected = json.dumps(value, indent=2, ensure_ascii=False)
    assert "".join(json_pieces(value)) == expected
    streamed = {"head": value, "items": Streamed(iter([value, value])), "none": Streamed(iter([]))}
    plain = {"head": value, "items": [value, value], "none": []}
    assert "".join(json_pieces(streamed)) == json.dumps(plain, indent=2, ensure_ascii=False)


def test_a_streamed_item_writes_its_keys_as_json_dumps_converts_them() -> None:
    item = {3: "int key", 2.5: "float key", None: 1, False: 0, "s": {7: [()]}}

    written = "".join(json_pieces({"items": Streamed(iter([item]))}))

    assert written == json.dumps({"items": [item]}, indent=2, ensure_ascii=False)


def test_json_pieces_refuse_nan_when_asked() -> None:
    assert "".join(json_pieces([float("nan")])) == "[\n  NaN\n]"
    with pytest.raises(ValueError):
        "".join(json_pieces({"x": Streamed(iter([float("nan")]))}, allow_nan=False))


def many_figures_result(documents: int, per_document: int) -> CheckResult:
    rows = [
        figure(
            id=f"F{number}",
            path=f"notes/{number % documents:02d}.md",
            start=number,
            end=number + 3,
            line=1,
            column=number + 1,
            text="$45",
            amount=45.0,
            currency="USD",
            qualifier="exact",
            entity="Acme",
            metric="revenue",
            period="2024",
            value_usd=45.0,
        )
        for number in range(documents * per_document)
    ]
    paths = sorted({row["path"] for row in rows})
    return replace(
        check_result(findings=[]),
        documents=[Document(path=path, text="", plain="", encoding="utf-8") for path in paths],
        facts=pd.DataFrame(rows, columns=list(FIGURE_COLUMNS)),
    )


def test_json_report_is_made_one_figure_at_a_time() -> None:
    result = many_figures_result(documents=3, per_document=4)
    pieces = list(report_chunks(result, "json"))
    assert "".join(pieces) == render_json(result)
    holding = [piece.count('"id": "F') for piece in pieces]
    assert sum(holding) == 12
    assert max(holding) == 1


def test_markdown_report_is_made_one_document_at_a_time() -> None:
    result = many_figures_result(documents=3, per_document=4)
    pieces = list(report_chunks(result, "markdown"))
    assert "".join(pieces) == render_markdown(result)
    tables = [piece for piece in pieces if "| F" in piece and "### `notes/" in piece]
    assert [piece.count("### `notes/") for piece in tables] == [1, 1, 1]


def test_figure_rows_in_batches_keep_the_report_order() -> None:
    table = many_figures_result(documents=3, per_document=4).facts.sample(frac=1, random_state=3)
    ordered = figure_rows(table)
    assert list(iter_figure_rows(table, batch=5)) == ordered
    positions = [(row["path"], row["start"]) for row in ordered]
    assert positions == sorted(positions)


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_report_writes_the_rendered_report(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "out" / f"report.{fmt}"
    write_report(check_result(), fmt, str(target))
    expected = render(check_result(), fmt, str(target))
    assert target.read_bytes() == expected.encode("utf-8")
    assert [p.name for p in target.parent.iterdir()] == [target.name]


# Terminal


def summary_text(result: CheckResult, report_paths: tuple[str, ...] = ()) -> str:
    buffer = io.StringIO()
    print_summary(result, Console(file=buffer, width=80), report_paths=report_paths)
    return buffer.getvalue()


def test_terminal_prints_findings_then_counts_reports_and_exit_status() -> None:
    text = summary_text(check_result(), report_paths=("reports/figures.md",))

    assert text.splitlines() == [
        "seeds/b.txt:3:25: error currency-conflict “$200 billion yuan” carries two currencies: "
        "USD and CNY",
        "seeds/a.md:2:7: warning missing-currency “about 3 million” has no currency",
        "Found 2 findings (1 error, 1 warning, 0 info) in 2 documents (1 skipped, 3 figures).",
        "report: reports/figures.md",
        "Exit status 1: 1 finding at or above error (--fail-on error).",
    ]
    assert "\x1b[" not in text


def test_terminal_shows_every_finding_each_on_one_line() -> None:
    many = [replace(NO_CURRENCY, line=line) for line in range(1, 14)]
    many.append(replace(NO_CURRENCY, line=20, message="“about 3\nmillion” has no currency"))
    text = summary_text(check_result(findings=many))

    assert text.count("missing-currency “about") == 14
    assert "seeds/a.md:20:7: warning missing-currency “about 3 million” has no currency\n" in text
    assert "more" not in text


def test_figure_rows_keep_booleans_as_booleans() -> None:
    table = pd.DataFrame([{"id": "F1", "path": "a.md", "start": 0, "end": 3, "flag": True}])

    assert figure_rows(table) == [{"id": "F1", "path": "a.md", "start": 0, "end": 3, "flag": True}]


def test_markdown_base_currency_column() -> None:
    result = check_result()
    result.base_currency = "EUR"
    result.facts = result.facts.assign(
        value_base=[None, 25e9, 26e9], value_base_low=[None, 25e9, 25e9],
        value_base_high=[None, 25e9, 27e9],
    )  # fmt: skip

    report = render_markdown(result)

    assert (
        "| period | value in USD | value in EUR |\n"
        "|---|---:|---|---:|---|---|---|---|---|---:|---:|\n"
    ) in report
    assert "| 28,000,000,000 | 25,000,000,000 |" in report
    assert "| 2024 | — | — |" in report


def test_terminal_lines_show_undecodable_file_names_with_replacement_characters() -> None:
    odd = replace(NO_CURRENCY, path="seeds/caf\udce9.md", message="lone \ud800 half")
    text = summary_text(check_result(findings=[odd]))
    assert "seeds/caf\ufffd.md:2:7: warning missing-currency lone ? half" in text
