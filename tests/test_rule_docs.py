"""Rule documentation (`rules`, `explain`) for every rule, and user rule packs (`--rules`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import REPO, one_line_error, run

from checker import check
from checker.checks import registered_checks
from checker.config import rule_catalog
from checker.engine import SEVERITIES, Example, Rule, load_rule

HOUSE = REPO / "examples" / "house-rules"
HOUSE_RULES = [load_rule(path) for path in sorted(HOUSE.glob("*.toml"))]
EVERY_RULE = sorted(rule_catalog([HOUSE]), key=lambda rule: rule.id)
SECTIONS = ("What it flags", "Why it matters", "Parameters", "Examples")


@pytest.mark.parametrize("rule", EVERY_RULE, ids=[rule.id for rule in EVERY_RULE])
def test_explain_prints_every_section_of_every_rule(
    rule: Rule, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(["explain", rule.id, "--rules", str(HOUSE)], capsys)
    assert status == 0
    assert out.startswith(f"{rule.id} ({rule.severity}): {rule.title}\n")
    positions = [out.index(f"\n{section}\n") for section in SECTIONS]
    assert positions == sorted(positions)
    flat = " ".join(out.split())
    assert " ".join(rule.flags.split()) in flat
    assert " ".join(rule.why.split()) in flat
    for name in rule.params:
        assert f"  {name} = " in out
    if not rule.params:
        assert "\nParameters\n  none\n" in out
    for example in rule.examples:
        assert " ".join(example.text.split()) in flat


@pytest.mark.parametrize("rule", EVERY_RULE, ids=[rule.id for rule in EVERY_RULE])
def test_every_rule_has_every_section(rule: Rule) -> None:
    assert rule.title.strip() and rule.flags.strip() and rule.why.strip()
    assert rule.severity in SEVERITIES
    assert rule.check in registered_checks() or rule.source == "built-in"
    assert sum(e.triggers for e in rule.examples) >= 2
    assert sum(not e.triggers for e in rule.examples) >= 2


def test_rules_lists_id_default_severity_and_title(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["rules", "--rules", str(HOUSE)], capsys)
    assert status == 0
    rows = [line.split(None, 2) for line in out.splitlines()]
    assert rows == [[rule.id, rule.severity, rule.title] for rule in EVERY_RULE]
    assert ["valuation-currency-code", "warning"] in [row[:2] for row in rows]


def test_rules_command_reads_the_configured_rule_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "check-figures.toml").write_text(f'rules = ["{HOUSE.as_posix()}"]\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    assert "valuation-currency-code" in run(["rules"], capsys)[1]
    assert run(["explain", "valuation-currency-code"], capsys)[0] == 0


# --------------------------------------------------------------------------- user rule packs


@pytest.mark.parametrize(
    ("rule", "example"),
    [
        pytest.param(rule, example, id=f"{rule.id}[{index}]")
        for rule in HOUSE_RULES
        for index, example in enumerate(rule.examples)
    ],
)
def test_house_rule_fires_exactly_on_its_triggering_examples(
    rule: Rule, example: Example, tmp_path: Path
) -> None:
    path = tmp_path / "example.txt"
    path.write_text(example.text, encoding="utf-8")
    on = date.fromisoformat(example.date) if example.date else None
    result = check([path], date=on, rules=[HOUSE], select=[rule.id], fail_on="never")
    fired = [f for f in result.findings if f.rule == rule.id]
    assert bool(fired) is example.triggers, [f.message for f in fired]


def test_house_rule_pack_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.md"
    note.write_text("Xiaomi is now valued at $45 billion, after the round.\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    argv = ["note.md", "--date", "2015-01-05", "--format", "json", "-o", "-", "-q"]
    status, out, _ = run([*argv, "--rules", str(HOUSE), "--fail-on", "warning"], capsys)
    assert status == 1
    assert "valuation-currency-code" in out
    assert "Fix: write 'USD 45 billion'" in out
    assert "valuation-currency-code" not in run(argv, capsys)[1]


def test_a_rule_pack_can_tune_a_default_check(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    strict = (REPO / "rules" / "missing-scale.toml").read_text(encoding="utf-8")
    strict = strict.replace('id = "missing-scale"', 'id = "missing-scale-strict"')
    strict = strict.replace(
        "[[examples]]", "[params]\nimplausible_below_usd = 100\n\n[[examples]]", 1
    )
    (pack / "missing-scale-strict.toml").write_text(strict, encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text(
        "Acme raised $500 in its latest funding round. Zenit raised $5 in its funding round.\n",
        "utf-8",
    )
    result = check([note], rules=[pack], date="2021-06-01")
    strict_findings = [f for f in result.findings if f.rule == "missing-scale-strict"]
    assert [f.message.split("'")[1] for f in strict_findings] == ["$5"]


INVALID_RULES = [
    pytest.param('id = "x"\n', "missing or non-text key(s)", id="missing-keys"),
    pytest.param(
        (REPO / "rules" / "missing-scale.toml")
        .read_text(encoding="utf-8")
        .replace('check = "lost_magnitude"', 'check = "nope"'),
        "unknown check 'nope'",
        id="unknown-check",
    ),
    pytest.param(
        (REPO / "rules" / "missing-scale.toml")
        .read_text(encoding="utf-8")
        .replace('id = "missing-scale"', 'id = "Missing Scale"'),
        "lower-case letters, digits and hyphens",
        id="bad-id",
    ),
    pytest.param(
        (REPO / "rules" / "missing-scale.toml").read_text(encoding="utf-8"),
        "rule id 'missing-scale' is already defined",
        id="duplicate-id",
    ),
    pytest.param(
        'id = "x"\ntitle = "t"\nflags = "f"\nwhy = "w"\nseverity = "info"\n'
        'check = "lost_magnitude"\nparams = 3\n',
        "params must be a table",
        id="params-not-a-table",
    ),
]


@pytest.mark.parametrize(("content", "problem"), INVALID_RULES)
def test_invalid_rule_file_exits_2_with_its_path_and_problem(
    content: str,
    problem: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "house.toml").write_text(content, encoding="utf-8")
    (tmp_path / "note.txt").write_text("Xiaomi raised $1 billion.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, _, err = run(["note.txt", "--rules", "pack", "-q", "-o", "-"], capsys)
    line = one_line_error(status, err)
    assert str(pack / "house.toml") in line
    assert problem in line
