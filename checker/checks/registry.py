"""Checks as data: a check is a function of one rule run plus the dataclass of its parameters.

Checks are registered through the entry point group `check_figures.checks`, the built-in ones
exactly as a rule pack's own: `BUILT_IN_CHECKS` is the product's table of that group (the
`[project.entry-points."check_figures.checks"]` table of pyproject.toml says the same, and a
test keeps the two equal), and every other installed distribution may add checks to it.
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import Generic, TypeVar

from checker.errors import RuleError

if typing.TYPE_CHECKING:
    from checker.checks.context import CheckContext
    from checker.model import Claim, Finding

P = TypeVar("P")
ENTRY_POINT_GROUP = "check_figures.checks"
DISTRIBUTION = "check-figures"
BUILT_IN_CHECKS: tuple[tuple[str, str], ...] = (
    ("conflicting_currency_markers", "checker.checks.currency:currency_conflict"),
    ("lost_magnitude", "checker.checks.scale:missing_scale"),
    ("unsettled_currency", "checker.checks.currency:missing_currency"),
    ("conversion_disagrees", "checker.checks.consistency:fx_mismatch"),
    ("same_fact_different_values", "checker.checks.consistency:figure_conflict"),
    ("same_value_different_periods", "checker.checks.consistency:period_conflict"),
    ("parts_against_total", "checker.checks.arithmetic:sum_mismatch"),
    ("stated_change", "checker.checks.arithmetic:change_mismatch"),
    ("stake_price_against_valuation", "checker.checks.arithmetic:stake_mismatch"),
    ("stated_multiple", "checker.checks.arithmetic:multiple_mismatch"),
)
"""The built-in checks: name and `module:attribute`, as the entry point group lists them."""

NUMBER = "a number"
TEXT_LIST = "a list of text"
_KINDS: dict[object, str] = {
    float: NUMBER,
    tuple[str, ...]: TEXT_LIST,
    dict[str, str]: "a table",
    bool: "true or false",
    str: "text",
}


@dataclass(frozen=True)
class RuleRun(Generic[P]):
    """One run of one rule: what the checks share, the rule's id and severity, its parameters."""

    context: CheckContext
    rule: str
    severity: str
    params: P

    def finding(self, claims: list[Claim], message: str, explanation: str) -> Finding:
        """A finding of this rule, located at the first claim."""
        return self.context.finding(self.rule, self.severity, claims, message, explanation)


@dataclass(frozen=True)
class Check(Generic[P]):
    """A check that rule files name: its function and the dataclass of its parameters.

    The dataclass declares every parameter the check reads, once, with its default; the rule
    loader, `explain` and the configuration read them from here.
    """

    run: Callable[[RuleRun[P]], list[Finding]]
    parameters: type[P]

    def __call__(self, run: RuleRun[P]) -> list[Finding]:
        return self.run(run)

    def defaults(self) -> dict[str, object]:
        """Every parameter with its default, as a rule file would write it (lists, tables)."""
        return {item.name: _as_toml(_default(item)) for item in dataclasses.fields(self.parameters)}

    def kinds(self) -> dict[str, str]:
        """What sort of value each parameter takes, as an error message names it."""
        kinds = {name: _KINDS.get(hint) for name, hint in _hints(self.parameters).items()}
        unsupported = sorted(name for name, kind in kinds.items() if kind is None)
        if unsupported:
            raise RuleError(
                f"{self.parameters.__name__}: parameter(s) {', '.join(unsupported)} must be "
                "typed float, tuple[str, ...], dict[str, str], bool or str"
            )
        return {name: kind for name, kind in kinds.items() if kind is not None}

    def bind(self, values: Mapping[str, object]) -> P:
        """The parameters object of a rule: `values` over the defaults, in the declared types."""
        hints = _hints(self.parameters)
        return self.parameters(
            **{name: _typed(value, hints[name]) for name, value in values.items()}
        )


def check(parameters: type[P]) -> Callable[[Callable[[RuleRun[P]], list[Finding]]], Check[P]]:
    """Declare a function of a rule run as a check with the parameters dataclass `parameters`."""

    def declare(run: Callable[[RuleRun[P]], list[Finding]]) -> Check[P]:
        return Check(run, parameters)

    return declare


@functools.cache
def registered_checks() -> dict[str, Check]:
    """Every check by name: the built-in ones, then those other installed packages register."""
    built_in = [EntryPoint(name, value, ENTRY_POINT_GROUP) for name, value in BUILT_IN_CHECKS]
    checks: dict[str, Check] = {}
    for point in [*built_in, *_installed_entry_points()]:
        if point.name in checks:
            raise RuleError(f"check {point.name!r} is registered twice ({point.value})")
        checks[point.name] = _loaded(point)
    return checks


def _installed_entry_points() -> list[EntryPoint]:
    """The group's entry points of installed packages other than this one (whose table is
    BUILT_IN_CHECKS; an installed copy of it may be another checkout's)."""
    return [
        point
        for point in entry_points(group=ENTRY_POINT_GROUP)
        if point.dist is None or _normalized(point.dist.name) != DISTRIBUTION
    ]


def _normalized(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _loaded(point: EntryPoint) -> Check:
    try:
        loaded = point.load()
    except (ImportError, AttributeError) as error:
        raise RuleError(
            f"check {point.name!r} ({point.value}) cannot be loaded: {error}"
        ) from error
    if not isinstance(loaded, Check):
        raise RuleError(
            f"check {point.name!r} ({point.value}) is not a check: declare it with "
            "checker.checks.check(ParametersDataclass)"
        )
    loaded.kinds()
    return loaded


@functools.cache
def _hints(parameters: type) -> dict[str, object]:
    hints = typing.get_type_hints(parameters)
    return {item.name: hints[item.name] for item in dataclasses.fields(parameters)}


def _default(item: dataclasses.Field) -> object:
    if item.default_factory is not dataclasses.MISSING:
        return item.default_factory()
    return item.default


def _as_toml(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def _typed(value: object, hint: object) -> object:
    """A rule file's value in the declared type: a number as float, a list as a tuple."""
    if hint is float:
        return float(value)  # type: ignore[arg-type]
    if hint == tuple[str, ...]:
        return tuple(value)  # type: ignore[arg-type]
    if hint == dict[str, str]:
        return dict(value)  # type: ignore[arg-type]
    return value
