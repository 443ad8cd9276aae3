"""Checks as data: parameters declared once in a dataclass, one object per rule run, checks
registered through the entry point group `check_figures.checks`."""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import pytest
from conftest import HOUSE_CHECKS_SITE
from helpers import REPO, run

from checker.checks import ENTRY_POINT_GROUP, Check, registered_checks
from checker.checks.registry import BUILT_IN_CHECKS
from checker.engine import RuleError, _parsed_rule, load_rule, load_rules

HOUSE_RULE = REPO / "examples" / "house-rules" / "valuation-currency-code.toml"


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """Checks and rule files read again from what sys.path holds now, and after the test."""
    registered_checks.cache_clear()
    _parsed_rule.cache_clear()
    yield
    registered_checks.cache_clear()
    _parsed_rule.cache_clear()


def fake_distribution(folder: Path, name: str, entry_points: str) -> Path:
    """A .dist-info folder (as an installed package leaves) registering `entry_points`."""
    info = folder / f"{name.replace('-', '_')}-9.9.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 9.9\n", "utf-8")
    (info / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\n{entry_points}", "utf-8")
    return folder


def test_pyproject_registers_exactly_the_built_in_checks() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["entry-points"][ENTRY_POINT_GROUP] == dict(BUILT_IN_CHECKS)


@pytest.mark.parametrize("name", [name for name, _ in BUILT_IN_CHECKS])
def test_every_built_in_check_declares_each_parameter_once_with_a_default(name: str) -> None:
    check = registered_checks()[name]
    assert isinstance(check, Check)
    declared = [item.name for item in fields(check.parameters)]
    assert sorted(check.defaults()) == sorted(check.kinds()) == sorted(declared)
    assert check.bind({}) == check.parameters()


def test_hidden_parameters_of_figure_conflict_are_declared(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(["explain", "figure-conflict"], capsys)
    assert status == 0
    assert "  max_ratio = 3.0\n" in out
    assert "  metrics = [" in out


def test_a_rule_file_value_overrides_the_default_in_the_declared_type() -> None:
    [rule] = [r for r in load_rules([HOUSE_RULE.parent]) if r.id == "valuation-currency-code"]
    params = registered_checks()[rule.check].bind(rule.params)
    assert params.metrics == ("valuation", "market_cap")
    assert params.above_usd == 1e9 and isinstance(params.above_usd, float)


def test_the_example_pack_check_is_registered_from_its_entry_point() -> None:
    check = registered_checks()["currency_code_required"]
    assert check.run.__module__ == "house_checks"
    assert Path(sys.modules["house_checks"].__file__).parent == HOUSE_CHECKS_SITE


@pytest.mark.usefixtures("fresh_registry")
def test_without_the_pack_installed_its_rule_names_an_unknown_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(HOUSE_CHECKS_SITE)])
    with pytest.raises(RuleError, match=r"unknown check 'currency_code_required'.*check_figures"):
        load_rule(HOUSE_RULE)


@pytest.mark.usefixtures("fresh_registry")
def test_an_entry_point_that_is_not_a_check_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = fake_distribution(tmp_path, "odd-pack", "odd = json:dumps\n")
    monkeypatch.syspath_prepend(str(site))
    with pytest.raises(RuleError, match=r"'odd' .* is not a check"):
        registered_checks()


@dataclass(frozen=True)
class Counted:
    """A parameter of a type no rule file value is read into."""

    times: int = 2


def test_a_parameter_of_an_unsupported_type_is_refused() -> None:
    with pytest.raises(RuleError, match=r"Counted: parameter\(s\) times must be typed float"):
        Check(lambda run: [], Counted).kinds()


@pytest.mark.usefixtures("fresh_registry")
def test_a_check_name_registered_twice_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = fake_distribution(
        tmp_path, "rival-pack", "stated_change = checker.checks.arithmetic:change_mismatch\n"
    )
    monkeypatch.syspath_prepend(str(site))
    with pytest.raises(RuleError, match="'stated_change' is registered twice"):
        registered_checks()


@pytest.mark.usefixtures("fresh_registry")
def test_an_installed_copy_of_this_product_does_not_shadow_the_running_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = "stated_change = checker.checks.gone:change_mismatch\n"
    monkeypatch.syspath_prepend(str(fake_distribution(tmp_path, "check-figures", stale)))
    assert registered_checks()["stated_change"].run.__module__ == "checker.checks.arithmetic"
