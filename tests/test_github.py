"""GitHub Actions output: annotations escaped so no message can break or inject a command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import copy_seeds, run

from checker.config import rule_catalog
from checker.model import CheckResult, Finding
from checker.report import github
from checker.report.github import escape_data, escape_property, render_github, step_summary
from checker.report.markdown import MARKS_LEGEND

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


def result_with(*findings: Finding) -> CheckResult:
    return CheckResult(
        documents=[],
        skipped=[],
        claims=[],
        relations=[],
        findings=list(findings),
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
    assert f"## Figures\n\n{MARKS_LEGEND}\n\n### `seeds/000_43460e9940a62e3e.txt`" in text


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
    assert "**[a.md:1:1](a.md#L1)** — lost" in text


def test_annotations_stay_within_github_limits_and_say_how_many_more() -> None:
    findings = [
        Finding(rule, severity, f"notes/{n:03}.md", n + 1, 1, (), f"problem {n}", "")
        for severity, rule, count in (
            ("error", "missing-scale", 14),
            ("warning", "missing-currency", 12),
            ("info", "unused-suppression", 30),
        )
        for n in range(count)
    ]
    lines = render_github(result_with(*findings)).splitlines()
    kinds = [line.split(" ", 1)[0] for line in lines]
    assert (kinds.count("::error"), kinds.count("::warning"), kinds.count("::notice")) == (
        10,
        10,
        10,
    )
    assert [line for line in lines if "problem 10" in line] == []
    assert lines[:10] == [line for line in lines if line.startswith("::error ")]
    assert "notes/009.md" in lines[9]
    last = lines[-1]
    assert last.startswith("::notice title=check-figures%3A more findings::")
    assert "27 more findings not annotated (4 error, 2 warning, 21 info)" in last
    assert "step summary" in last and "SARIF" in last


def test_no_extra_notice_within_the_limits() -> None:
    findings = [Finding("missing-scale", "error", "a.md", n, 1, (), "x", "") for n in range(1, 11)]
    lines = render_github(result_with(*findings)).splitlines()
    assert len(lines) == 10
    assert not any("more findings" in line for line in lines)


def test_step_summary_renders_no_markup_from_a_document() -> None:
    hostile = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](https://x.io/t.png)"
    finding = Finding(
        "missing-scale",
        "error",
        "notes/<b>x</b>.md",
        1,
        1,
        (),
        f"lost {hostile}",
        "# heading\n- <script>alert(1)</script>",
        quote=f"# Title {hostile} **$45** valuation",
    )
    text = step_summary(result_with(finding))
    for raw in ("<img", "<script", "<b>", "](javascript", "[i]", "](https", "\n# heading"):
        assert re.search(r"(?<!\\)" + re.escape(raw), text) is None, raw
    assert "\\<img src=x onerror=alert(1)\\>" in text


def test_step_summary_links_point_at_the_commit_on_github(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / ".git").mkdir()
    summary = project / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "acme/notes")
    monkeypatch.setenv("GITHUB_SHA", "0123abc")
    run(["seeds", "--format", "github", "-q"], capsys)
    text = summary.read_text(encoding="utf-8")
    assert (
        f"[{CONFLICT_DOC}:3](https://github.com/acme/notes/blob/0123abc/{CONFLICT_DOC}#L3)"
    ) in text
