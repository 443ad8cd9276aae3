"""Tests for the rule pack: every rule's examples, the shape of each rule file, load errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.api import check
from checker.checks import registered_checks
from checker.engine import (
    SEVERITIES,
    Example,
    Rule,
    RuleError,
    default_rules_dir,
    load_rule,
    load_rules,
)

RULES = load_rules()


def example_param(rule: Rule, index: int, example: Example) -> object:
    """One example as a test case, id "rule-id[index]"."""
    return pytest.param(rule, example, id=f"{rule.id}[{index}]")


EXAMPLES = [
    example_param(rule, index, example)
    for rule in RULES
    for index, example in enumerate(rule.examples)
]
RULE_FILES = sorted(default_rules_dir().glob("*.toml"))


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_fires_exactly_on_its_triggering_examples(
    rule: Rule, example: Example, tmp_path: Path
) -> None:
    path = tmp_path / "example.txt"
    path.write_text(example.text, encoding="utf-8")
    on = date.fromisoformat(example.date) if example.date else None
    result = check([path], date=on, select=[rule.id], fail_on="never")
    fired = [f for f in result.findings if f.rule == rule.id]
    assert bool(fired) is example.triggers, (
        f"{rule.id} {'did not fire' if example.triggers else 'fired'} on: {example.text}\n"
        + "\n".join(f.message for f in fired)
    )


@pytest.mark.parametrize("path", RULE_FILES, ids=[p.stem for p in RULE_FILES])
def test_rule_file_has_every_section(path: Path) -> None:
    rule = load_rule(path)
    assert rule.id == path.stem
    assert rule.title.strip()
    assert rule.flags.strip()
    assert rule.why.strip()
    assert rule.severity in SEVERITIES
    assert rule.check in registered_checks()
    assert sum(e.triggers for e in rule.examples) >= 4
    assert sum(not e.triggers for e in rule.examples) >= 4


def test_rule_pack_has_the_files_the_catalog_loads() -> None:
    assert [rule.id for rule in RULES] == [path.stem for path in RULE_FILES]


VALID_RULE = """\
id = "demo-rule"
title = "A demo rule"
severity = "warning"
check = "unsettled_currency"
flags = "Something."
why = "Because."
"""


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (VALID_RULE.replace('why = "Because."\n', ""), "why"),
        (VALID_RULE + 'colour = "red"\n', "colour"),
        (VALID_RULE.replace('"warning"', '"fatal"'), "severity"),
        (VALID_RULE.replace('"unsettled_currency"', '"no_such_check"'), "no_such_check"),
        (VALID_RULE + "this is = not [toml\n", "cannot read"),
    ],
    ids=["missing-key", "unknown-key", "bad-severity", "unknown-check", "invalid-toml"],
)
def test_load_rule_names_the_file_and_the_problem(
    content: str, problem: str, tmp_path: Path
) -> None:
    path = tmp_path / "demo-rule.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_rule(path)
    assert str(path) in str(raised.value)
    assert problem in str(raised.value)


def test_valid_rule_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "demo-rule.toml"
    path.write_text(VALID_RULE, encoding="utf-8")
    rule = load_rule(path)
    assert (rule.id, rule.severity, rule.check) == ("demo-rule", "warning", "unsettled_currency")
