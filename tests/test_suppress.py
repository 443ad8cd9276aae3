"""Inline suppression: each comment form, where it applies, and the reports of unused ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import check
from checker.engine import Example
from checker.model import Finding
from checker.report import render
from checker.suppress import UNUSED_SUPPRESSION, next_paragraph

LOST = "The startup raised $12 in its latest funding round, led by SoftBank."
CONFLICT = "Xiaomi's $28 billion ($200 billion yuan) five-year investment in AI."
DATE = "2025-12-24"


def findings_in(tmp_path: Path, name: str, text: str, **options: object) -> list[Finding]:
    """The findings of one document (dated, never failing), in order."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check([path], **{"date": DATE, "fail_on": "never", **options}).findings


def located(findings: list[Finding]) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in findings]


def test_without_comments_both_findings_are_reported(tmp_path: Path) -> None:
    found = findings_in(tmp_path, "a.md", f"{LOST}\n\n{CONFLICT}\n")
    assert located(found) == [("missing-scale", 1), ("currency-conflict", 3)]


def test_ignore_at_the_end_of_a_line_covers_that_line(tmp_path: Path) -> None:
    text = f"{LOST} <!-- check-figures: ignore[missing-scale] -->\n\n{LOST}\n"
    assert located(findings_in(tmp_path, "a.md", text)) == [("missing-scale", 3)]


def test_ignore_on_its_own_line_covers_the_next_paragraph(tmp_path: Path) -> None:
    text = f"<!-- check-figures: ignore[missing-scale] -->\n\nFunding news.\n{LOST}\n\n{LOST}\n"
    assert located(findings_in(tmp_path, "a.md", text)) == [("missing-scale", 6)]


def test_ignore_names_only_its_rules(tmp_path: Path) -> None:
    text = f"<!-- check-figures: ignore[missing-scale] -->\n{LOST} {CONFLICT}\n"
    assert located(findings_in(tmp_path, "a.md", text)) == [("currency-conflict", 2)]


def test_ignore_with_several_rules_and_without_brackets(tmp_path: Path) -> None:
    both = f"{LOST} {CONFLICT}"
    named = f"<!-- check-figures: ignore[missing-scale, currency-conflict] -->\n{both}\n"
    assert findings_in(tmp_path, "a.md", named) == []
    bare = f"<!-- check-figures: ignore -->\n{both}\n"
    assert findings_in(tmp_path, "b.md", bare) == []


def test_disable_until_enable(tmp_path: Path) -> None:
    text = (
        f"{LOST}\n\n<!-- check-figures: disable[missing-scale] -->\n\n{LOST}\n\n{LOST}\n\n"
        f"<!-- check-figures: enable[missing-scale] -->\n\n{LOST}\n"
    )
    assert located(findings_in(tmp_path, "a.md", text)) == [
        ("missing-scale", 1),
        ("missing-scale", 11),
    ]


def test_disable_without_enable_runs_to_the_end_of_the_file(tmp_path: Path) -> None:
    text = f"{LOST}\n<!-- check-figures: disable -->\n{LOST}\n\n{CONFLICT}\n"
    assert located(findings_in(tmp_path, "a.md", text)) == [("missing-scale", 1)]


def test_ignore_file(tmp_path: Path) -> None:
    text = f"{LOST}\n\n{CONFLICT}\n\n<!-- check-figures: ignore-file[currency-conflict] -->\n"
    assert located(findings_in(tmp_path, "a.md", text)) == [("missing-scale", 1)]


def test_plain_text_comment_on_its_own_line(tmp_path: Path) -> None:
    text = f"<!-- check-figures: ignore[missing-scale] -->\n{LOST}\n\n{LOST}\n"
    assert located(findings_in(tmp_path, "a.txt", text)) == [("missing-scale", 4)]


def test_plain_text_comment_inside_a_line_is_reported_not_applied(tmp_path: Path) -> None:
    text = f"{LOST} <!-- check-figures: ignore[missing-scale] -->\n"
    found = findings_in(tmp_path, "a.txt", text)
    assert located(found) == [("missing-scale", 1), ("unused-suppression", 1)]
    assert "is not on a line of its own" in found[1].message


def test_html_comment_before_a_paragraph(tmp_path: Path) -> None:
    text = (
        "<html><body>\n<!-- check-figures: ignore[missing-scale] -->\n"
        f"<p>{LOST}</p>\n\n<p>{LOST}</p>\n</body></html>\n"
    )
    assert located(findings_in(tmp_path, "a.html", text)) == [("missing-scale", 5)]


# --------------------------------------------------------------------------- unused


def test_a_suppression_that_suppresses_nothing_is_reported_at_info(tmp_path: Path) -> None:
    text = f"{CONFLICT}\n\n<!-- check-figures: ignore[missing-scale] -->\nNo figures here.\n"
    found = findings_in(tmp_path, "a.md", text)
    unused = found[-1]
    assert located(found) == [("currency-conflict", 1), ("unused-suppression", 3)]
    assert (unused.severity, unused.column, unused.figures) == ("info", 1, ())
    assert unused.message == "<!-- check-figures: ignore[missing-scale] --> suppresses nothing"
    assert "line 4" in unused.explanation


def test_unknown_rule_ids_are_reported(tmp_path: Path) -> None:
    text = f"<!-- check-figures: ignore[missing-sacle] -->\n{LOST}\n"
    found = findings_in(tmp_path, "a.md", text)
    assert located(found) == [("unused-suppression", 1), ("missing-scale", 2)]
    assert "names unknown rule id(s): missing-sacle" in found[0].message


def test_malformed_comments_and_stray_enables_are_reported(tmp_path: Path) -> None:
    text = (
        "<!-- check-figures: ignroe[missing-scale] -->\n\n"
        "Nothing.\n\n<!-- check-figures: enable[missing-scale] -->\n\n"
        f"<!-- check-figures: ignore[] -->\n{LOST}\n"
    )
    found = findings_in(tmp_path, "a.md", text)
    assert [(f.rule, f.line, f.message.split(" -->")[-1]) for f in found] == [
        ("unused-suppression", 1, " is not a suppression"),
        ("unused-suppression", 5, " has no disable before it"),
        ("unused-suppression", 7, " is not a suppression"),
        ("missing-scale", 8, found[-1].message),
    ]


def test_suppressions_for_rules_that_did_not_run_are_not_reported(tmp_path: Path) -> None:
    text = f"<!-- check-figures: ignore[missing-scale] -->\n{CONFLICT}\n"
    found = findings_in(tmp_path, "a.md", text, select=["currency-conflict", "unused-suppression"])
    assert located(found) == [("currency-conflict", 2)]


def test_unused_suppression_takes_severity_and_can_be_ignored(tmp_path: Path) -> None:
    text = "<!-- check-figures: ignore[missing-scale] -->\nNothing.\n"
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    raised = check([path], severity={"unused-suppression": "error"})
    assert [(f.rule, f.severity) for f in raised.findings] == [("unused-suppression", "error")]
    assert raised.exit_status == 1
    assert check([path], ignore=["unused-suppression"]).findings == []


def test_suppressed_findings_are_counted_in_reports(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"<!-- check-figures: ignore -->\n{LOST} {CONFLICT}\n", encoding="utf-8")
    result = check([path], date=DATE)
    assert (result.findings, result.suppressed, result.exit_status) == ([], 2, 0)
    assert json.loads(render(result, "json"))["summary"]["suppressed"] == 2
    assert "- Suppressed by comments or per-file ignores: 2" in render(result, "markdown")


@pytest.mark.parametrize(
    "example",
    UNUSED_SUPPRESSION.examples,
    ids=[f"unused-suppression[{i}]" for i in range(len(UNUSED_SUPPRESSION.examples))],
)
def test_builtin_rule_examples(example: Example, tmp_path: Path) -> None:
    found = findings_in(tmp_path, "example.txt", example.text, date=example.date)
    fired = [f for f in found if f.rule == UNUSED_SUPPRESSION.id]
    assert bool(fired) is example.triggers, [f.message for f in found]


@pytest.mark.parametrize(
    ("lines", "after", "paragraph"),
    [
        (["c", "a", "b", "", "d"], 1, (2, 3)),
        (["c", "", "", "a", "", "d"], 1, (4, 4)),
        (["c", ""], 1, (3, 1)),
        (["c"], 1, (2, 1)),
    ],
)
def test_next_paragraph(lines: list[str], after: int, paragraph: tuple[int, int]) -> None:
    assert next_paragraph(lines, after) == paragraph
