"""Hard-wrapping a text (as notes kept in a repository often are) changes no reading of it."""

from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import pytest

from checker.api import check
from checker.engine import Example, load_rules
from checker.text import read_text

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "docs"
WIDTH = 72
# Lines that stand on their own in Markdown: never wrapped into their neighbours.
STRUCTURE = ("#", "|", "- ", "* ", "---")
# Rules whose examples are single notes a writer may wrap anywhere.
ONE_LINE_RULES = ("stake-mismatch", "change-mismatch")
FRONT_MATTER = re.compile(r"---\n.*?\n---\n+", re.DOTALL)


def hard_wrap(text: str, width: int = WIDTH) -> str:
    """Each paragraph of `text` wrapped at `width` columns, front matter and structure kept.

    Words are never broken, not even at hyphens ("$90bn-$100bn" stays whole), as an editor
    that wraps lines does.
    """
    front = FRONT_MATTER.match(text)
    body = text[front.end() :] if front else text
    blocks = []
    for block in body.split("\n\n"):
        lines = block.split("\n")
        if any(line.lstrip().startswith(STRUCTURE) for line in lines) or not block.strip():
            blocks.append(block)
            continue
        wrapped = textwrap.fill(
            " ".join(lines), width, break_on_hyphens=False, break_long_words=False
        )
        blocks.append(wrapped)
    return (front.group() if front else "") + "\n\n".join(blocks)


def readings(folder: Path) -> tuple[dict[str, list[tuple]], list[tuple]]:
    """Per file, each figure's text, entity, metric and period in order; and the findings."""
    result = check([folder], jobs=1)
    facts = result.facts
    figures: dict[str, list[tuple]] = {}
    text_of = {}
    for row in facts.itertuples():
        name = Path(row.path).name
        shown = " ".join(row.text.split())
        text_of[row.id] = shown
        figures.setdefault(name, []).append((shown, row.entity, row.metric, row.period))
    findings = sorted(
        (Path(f.path).name, f.rule, tuple(text_of[i] for i in f.figures)) for f in result.findings
    )
    return figures, findings


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the development corpus {CORPUS} is absent")
def test_hard_wrapping_the_corpus_changes_no_figure_and_no_finding(tmp_path: Path) -> None:
    original, wrapped = tmp_path / "original", tmp_path / "wrapped"
    original.mkdir()
    wrapped.mkdir()
    for path in sorted(CORPUS.glob("*.md")):
        if path.name == "README.md":
            continue
        shutil.copy(path, original / path.name)
        (wrapped / path.name).write_text(hard_wrap(path.read_text()))

    figures, findings = readings(original)
    wrapped_figures, wrapped_findings = readings(wrapped)

    assert wrapped_figures == figures
    assert wrapped_findings == findings


def test_hard_wrap_keeps_paragraphs_and_front_matter() -> None:
    text = "---\ndate: 2020-01-01\n---\n\n# Title\n\n" + "Word " * 40 + "end.\n\n- item\n"
    wrapped = hard_wrap(text)

    assert wrapped.count("\n") > text.count("\n")
    assert read_text(wrapped).flat.split() == read_text(text).flat.split()
    assert len(read_text(wrapped).paragraphs) == len(read_text(text).paragraphs)


def triggering_examples(*rule_ids: str) -> list:
    """The examples that must trigger each of `rule_ids`, as pytest parameters."""
    rules = {rule.id: rule for rule in load_rules()}
    return [
        pytest.param(rule_id, example, id=f"{rule_id}-{index}")
        for rule_id in rule_ids
        for index, example in enumerate(rules[rule_id].examples)
        if example.triggers
    ]


@pytest.mark.parametrize(("rule_id", "example"), triggering_examples(*ONE_LINE_RULES))
def test_a_rule_example_wrapped_onto_two_lines_still_triggers(
    rule_id: str, example: Example, tmp_path: Path
) -> None:
    wrapped = textwrap.fill(example.text, len(example.text) // 2 + 1, break_on_hyphens=False)
    assert "\n" in wrapped
    path = tmp_path / "note.md"
    path.write_text(wrapped + "\n")

    result = check([path], date=example.date, select=[rule_id], fail_on="never")

    assert [f.rule for f in result.findings] == [rule_id]
