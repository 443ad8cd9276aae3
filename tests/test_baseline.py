"""The baseline: written from a run, matched by content, surviving edits elsewhere in a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import copy_seeds, json_report, one_line_error, run, write_notes

from checker import check
from checker.baseline import render_baseline

LOST_SCALE_DOC = "seeds/000_43460e9940a62e3e.txt"
LOST_NOTE = "notes/lost.md"
LOST = "The startup raised $12 in its latest funding round, led by SoftBank."


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the three short notes, made the working directory."""
    write_notes(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_baseline(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    """Write .baseline.json from a run of the notes; the run's status and report."""
    return json_report(["notes", "--write-baseline", ".baseline.json", *argv], capsys)


def test_writing_a_baseline_records_every_finding(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, report = write_baseline(capsys)
    assert (status, report["findings"], report["summary"]["baselined"]) == (0, [], 3)
    baseline = json.loads(Path(".baseline.json").read_text(encoding="utf-8"))
    assert baseline["version"] == 1
    entries = {(e["rule"], e["path"]): e for e in baseline["findings"]}
    assert sorted(entries) == [
        ("currency-conflict", "notes/conflict.md"),
        ("missing-currency", "notes/bare.md"),
        ("missing-scale", LOST_NOTE),
    ]
    assert entries[("currency-conflict", "notes/conflict.md")]["quoted"] == [
        "$200 billion yuan",
        "$28 billion",
    ]
    assert all(e["count"] == 1 and len(e["fingerprint"]) == 20 for e in entries.values())
    first = Path(".baseline.json").read_bytes()
    write_baseline(capsys)
    assert Path(".baseline.json").read_bytes() == first


def test_baseline_hides_known_findings(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_baseline(capsys)
    status, report = json_report(["notes", "--baseline", ".baseline.json"], capsys)
    assert (status, report["findings"], report["summary"]["baselined"]) == (0, [], 3)


def test_baseline_survives_edits_elsewhere_in_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_seeds(tmp_path)
    monkeypatch.chdir(tmp_path)
    json_report(["seeds", "--write-baseline", ".baseline.json"], capsys)
    document = tmp_path / LOST_SCALE_DOC
    text = document.read_text(encoding="utf-8")
    edited = "An editor's note added at the top.\n\nAnd a second paragraph.\n\n" + text.replace(
        "one of the world’s largest startups", "one of the largest startups in the world"
    )
    document.write_text(edited, encoding="utf-8")
    status, report = json_report(["seeds", "--baseline", ".baseline.json"], capsys)
    assert (status, report["findings"], report["summary"]["baselined"]) == (0, [], 3)
    status, report = json_report(["seeds"], capsys)
    moved = next(f for f in report["findings"] if f["rule"] == "missing-scale")
    assert moved["line"] == 11, "the finding did move four lines down"


def test_new_findings_are_reported_past_the_baseline(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_baseline(capsys)
    with (project / LOST_NOTE).open("a", encoding="utf-8") as document:
        document.write("\nIt raised $7 in its next funding round, led by Tiger.\n")
    status, report = json_report(["notes", "--baseline", ".baseline.json"], capsys)
    assert status == 1
    assert [(f["rule"], f["path"]) for f in report["findings"]] == [("missing-scale", LOST_NOTE)]
    assert "$7" in report["findings"][0]["message"]


def test_fixed_findings_leave_unmatched_entries(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_baseline(capsys)
    document = project / LOST_NOTE
    document.write_text(
        document.read_text(encoding="utf-8").replace("$12", "$12 million"), encoding="utf-8"
    )
    _, report = json_report(["notes", "--baseline", ".baseline.json"], capsys)
    assert report["summary"]["baselined"] == 2
    assert report["summary"]["baseline_unmatched"] == 1
    run(["notes", "--baseline", ".baseline.json", "-o", "report.md", "-q"], capsys)
    markdown = Path("report.md").read_text(encoding="utf-8")
    assert "- In the baseline: 2 (1 baseline entries no longer found)" in markdown


def test_baseline_counts_repeated_findings(tmp_path: Path) -> None:
    document = tmp_path / "a.txt"
    document.write_text(f"{LOST}\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    result = check([document], date="2021-06-01")
    baseline.write_text(render_baseline(result, baseline), encoding="utf-8")
    document.write_text(f"{LOST}\n\n{LOST}\n", encoding="utf-8")
    again = check([document], date="2021-06-01", baseline=baseline)
    assert [(f.rule, f.line) for f in again.findings] == [("missing-scale", 3)]
    assert again.baselined == 1


def test_baseline_paths_are_relative_to_the_baseline_file(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_baseline(capsys)
    monkeypatch.chdir(project / "notes")
    status, report = json_report([".", "--baseline", "../.baseline.json"], capsys)
    assert (status, report["findings"]) == (0, [])


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such baseline file"),
        ("not json", "cannot read baseline"),
        ('{"version": 7, "findings": []}', "not a check-figures baseline"),
        ('{"version": 1, "findings": [{"rule": "x"}]}', "needs a fingerprint and a count"),
    ],
    ids=["missing", "not-json", "wrong-version", "bad-entry"],
)
def test_unusable_baselines_exit_2_naming_the_file(
    content: str | None, problem: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if content is not None:
        Path("baseline.json").write_text(content, encoding="utf-8")
    status, _, err = run(["notes", "--baseline", "baseline.json", "-q", "-o", "-"], capsys)
    line = one_line_error(status, err)
    assert "baseline.json" in line
    assert problem in line
