"""GitHub Actions output: annotations escaped so no message can break or inject a command."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import copy_seeds, run

from checker.config import rule_catalog
from checker.model import CheckResult, Finding
from checker.report import github
from checker.report.github import escape_data, escape_property, render_github, step_summary

CONFLICT_DOC = "seeds/003_b2869171261bb7ce.txt"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_seeds(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def unescape(text: str) -> str:
    """What the runner reads back from an escaped value."""
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def result_with(finding: Finding) -> CheckResult:
    return CheckResult(
        documents=[],
        skipped=[],
        claims=[],
        relations=[],
        findings=[finding],
        facts=None,
        rules=rule_catalog(),
    )


def test_escape_data_encodes_percent_and_line_breaks() -> None:
    assert escape_data("50% up\r\nnext: a, b") == "50%25 up%0D%0Anext: a, b"


def test_escape_property_also_encodes_colon_and_comma() -> None:
    assert escape_property("C:\\notes, 2024\n%") == "C%3A\\notes%2C 2024%0A%25"


def test_hostile_message_stays_one_annotation_and_round_trips() -> None:
    message = "'$5,000' is 100% wrong\n::error file=x::injected\r\n%0A already encoded"
    finding = Finding(
        rule="missing-scale",
        severity="info",
        path="notes/a,b: draft.md",
        line=7,
        column=3,
        figures=(),
        message=message,
        explanation="",
    )
    (line,) = render_github(result_with(finding)).splitlines()
    command, _, data = line.partition("::")[2].partition("::")
    level, _, properties = command.partition(" ")
    parsed = dict(item.split("=", 1) for item in properties.split(","))
    assert level == "notice"
    assert unescape(parsed["file"]) == "notes/a,b: draft.md"
    assert unescape(parsed["title"]) == "missing-scale: A figure lost its magnitude word"
    assert (parsed["line"], parsed["col"]) == ("7", "3")
    assert unescape(data) == message


def test_seeds_annotations(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["seeds", "--format", "github", "-q"], capsys)
    assert status == 1
    lines = out.splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::error", "::warning"]
    conflict = next(line for line in lines if f"file={CONFLICT_DOC}," in line)
    assert conflict.startswith(
        f"::error file={CONFLICT_DOC},line=3,col=23,endColumn=40,"
        "title=currency-conflict%3A One figure carries contradictory currency markers::"
    )
    assert "'$200 billion yuan' carries contradictory currency markers" in conflict
    assert "%0A" in conflict, "the explanation follows the message on its own lines"


def test_step_summary_gets_the_markdown_report(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = project / "summary.md"
    summary.write_text("# Earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run(["seeds", "--format", "github", "-q"], capsys)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Earlier step\n# check-figures report\n")
    assert "## Figures\n\n### `seeds/000_43460e9940a62e3e.txt`" in text


def test_step_summary_is_left_alone_for_other_formats(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = project / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run(["seeds", "--output", "report.md", "-q"], capsys)
    assert not summary.exists()


def test_oversized_step_summary_leaves_out_the_figure_tables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    finding = Finding("missing-scale", "error", "a.md", 1, 1, (), "lost", "")
    monkeypatch.setattr(github, "STEP_SUMMARY_LIMIT", 10)
    text = step_summary(result_with(finding))
    assert "## Figures\n\nLeft out of this summary; see the full report." in text
    assert "**a.md:1:1** — lost" in text
