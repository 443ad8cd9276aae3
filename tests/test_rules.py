"""Tests for the rule pack: every rule's examples, the shape of each rule file, load errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from checker.api import check
from checker.checks import registered_checks
from checker.cli import explanation
from checker.engine import (
    SEVERITIES,
    Example,
    Rule,
    RuleError,
    default_rules_dir,
    load_rule,
    load_rules,
)
from checker.report.json import render_json

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
    if example.flags:
        assert sorted(named_figures(render_json(result), rule.id)) == sorted(example.flags)


def named_figures(report: str, rule_id: str) -> list[str]:
    """The texts of the figures the rule's findings name, read from the JSON report."""
    data = json.loads(report)
    texts = {figure["id"]: figure["text"] for figure in data["figures"]}
    return [
        texts[figure_id]
        for finding in data["findings"]
        if finding["rule"] == rule_id
        for figure_id in finding["figures"]
    ]


def test_every_triggering_example_names_its_figures() -> None:
    unnamed = [
        f"{rule.id}: {e.text[:40]}"
        for rule in RULES
        for e in rule.examples
        if e.triggers and not e.flags
    ]
    assert unnamed == []


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

EXAMPLE = """
[[examples]]
text = "Acme was valued at $5bn."
triggers = {triggers}
flags = {flags}
"""


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (VALID_RULE.replace('why = "Because."\n', ""), "why"),
        (VALID_RULE + 'colour = "red"\n', "colour"),
        (VALID_RULE.replace('"warning"', '"fatal"'), "severity"),
        (VALID_RULE.replace('"unsettled_currency"', '"no_such_check"'), "no_such_check"),
        (VALID_RULE + "this is = not [toml\n", "cannot read"),
        (VALID_RULE + EXAMPLE.format(triggers="false", flags='"$5bn"'), "needs triggers = true"),
        (VALID_RULE + EXAMPLE.format(triggers="true", flags='"$6bn"'), "'$6bn' is not in"),
        (VALID_RULE + EXAMPLE.format(triggers="true", flags="5"), "examples.flags must be"),
        (VALID_RULE + EXAMPLE.format(triggers="true", flags='["$5bn", ""]'), "flags must be"),
    ],
    ids=[
        "missing-key",
        "unknown-key",
        "bad-severity",
        "unknown-check",
        "invalid-toml",
        "flags-on-passing-example",
        "flags-not-in-text",
        "flags-not-text",
        "flags-empty-text",
    ],
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


def test_example_flags_load_as_one_text_or_a_list(tmp_path: Path) -> None:
    path = tmp_path / "demo-rule.toml"
    path.write_text(VALID_RULE + EXAMPLE.format(triggers="true", flags='"$5bn"'), "utf-8")
    assert load_rule(path).examples[0].flags == ("$5bn",)
    listed = EXAMPLE.replace("$5bn.", "$5bn, not $6bn.").format(
        triggers="true", flags='["$6bn", "$5bn"]'
    )
    path.write_text(VALID_RULE + listed, "utf-8")
    assert load_rule(path).examples[0].flags == ("$6bn", "$5bn")


def test_named_figures_reads_the_findings_figure_texts() -> None:
    report = json.dumps(
        {
            "figures": [{"id": "F1", "text": "$5bn"}, {"id": "F2", "text": "$6bn"}],
            "findings": [
                {"rule": "demo-rule", "figures": ["F2"]},
                {"rule": "other-rule", "figures": ["F1"]},
            ],
        }
    )
    assert named_figures(report, "demo-rule") == ["$6bn"]


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_explain_shows_the_figures_each_example_names(rule: Rule) -> None:
    shown = [line for line in explanation(rule).splitlines() if line.startswith("    names: ")]
    expected = [
        "    names: " + ", ".join(f"'{figure}'" for figure in example.flags)
        for example in rule.examples
        if example.flags
    ]
    assert shown == expected
