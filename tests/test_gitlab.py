"""The GitLab Code Quality report: GitLab's fields, fingerprints from the baseline's content."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from checker.baseline import figure_texts, finding_key, fingerprint
from checker.facts import FIGURE_COLUMNS
from checker.model import CheckResult, Document, Finding
from checker.report import render


def row(**values: object) -> dict[str, object]:
    figure = dict.fromkeys(FIGURE_COLUMNS)
    figure.update(values)
    return figure


LOST = Finding(
    "missing-scale", "error", "notes/a.md", 2, 9, ("F1",), "'$45' has lost its\nmagnitude", "x"
)
BARE = Finding("missing-currency", "warning", "notes/a.md", 5, 1, ("F2",), "'3 million'", "y")


def result(*findings: Finding) -> CheckResult:
    facts = pd.DataFrame(
        [
            row(id="F1", path="notes/a.md", start=30, end=33, line=2, column=9, text="$45"),
            row(id="F2", path="notes/a.md", start=50, end=59, line=5, column=1, text="3 million"),
        ]
    )
    return CheckResult(
        documents=[Document("notes/a.md", "", "", "utf-8")],
        skipped=[],
        claims=[],
        relations=[],
        findings=list(findings),
        facts=facts,
    )


@pytest.fixture(autouse=True)
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_issues_have_gitlab_fields_in_report_order() -> None:
    checked = result(BARE, LOST)
    issues = json.loads(render(checked, "gitlab"))
    assert [issue["check_name"] for issue in issues] == ["missing-scale", "missing-currency"]
    first = issues[0]
    assert first["description"] == "'$45' has lost its magnitude"
    assert first["severity"] == "major"
    assert issues[1]["severity"] == "minor"
    assert first["location"] == {"path": "notes/a.md", "lines": {"begin": 2}}
    key = finding_key(LOST, figure_texts(checked.facts), "notes/a.md")
    assert first["fingerprint"] == fingerprint(key)


def test_fingerprints_stay_when_lines_move_and_repeat_never() -> None:
    moved = json.loads(render(result(replace(LOST, line=40)), "gitlab"))
    assert moved[0]["fingerprint"] == json.loads(render(result(LOST), "gitlab"))[0]["fingerprint"]
    twice = json.loads(render(result(LOST, replace(LOST, line=7)), "gitlab"))
    assert len({issue["fingerprint"] for issue in twice}) == 2


def test_gitlab_report_is_deterministic() -> None:
    assert render(result(LOST, BARE), "gitlab") == render(result(BARE, LOST), "gitlab")
