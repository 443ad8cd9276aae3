"""Load rule files, run each rule's check, apply severity, selection and --fail-on."""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from checker.checks import CheckContext
from checker.checks.context import figure_quote
from checker.checks.registry import NUMBER, Check, RuleRun, registered_checks
from checker.choices import SEVERITIES
from checker.errors import RuleError
from checker.heap import set_aside
from checker.model import Deferred, Finding

REQUIRED_KEYS: tuple[str, ...] = ("id", "title", "flags", "why", "severity", "check")
OPTIONAL_KEYS: tuple[str, ...] = ("params", "examples")
EXAMPLE_KEYS: tuple[str, ...] = ("text", "triggers", "date", "flags")
RULE_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Example:
    """A text that must (or must not) make its rule fire; `flags` are the texts, as written,
    of the figures its finding must name (empty when the example does not say)."""

    text: str
    triggers: bool
    date: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One rule of the catalog, as its TOML file defines it."""

    id: str
    title: str
    flags: str
    why: str
    severity: str
    check: str
    params: dict = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    source: str = ""


def default_rules_dir() -> Path:
    """The rule pack: `rules/` beside the package in a checkout, package data when installed."""
    checkout = Path(__file__).resolve().parent.parent / "rules"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("checker.rules")))


def load_rules(directories: Iterable[Path] = ()) -> list[Rule]:
    """Every rule in the default pack and the given folders, sorted by id; ids must be unique."""
    rules: dict[str, Rule] = {}
    for directory in [default_rules_dir(), *directories]:
        if not directory.is_dir():
            raise RuleError(f"{directory}: not a folder of rule files")
        for path in sorted(directory.glob("*.toml")):
            rule = load_rule(path)
            if rule.id in rules:
                raise RuleError(
                    f"{path}: rule id {rule.id!r} is already defined in {rules[rule.id].source}"
                )
            rules[rule.id] = rule
    return [rules[key] for key in sorted(rules)]


def parameter_kind(value: object) -> str:
    """What sort of value a parameter holds, as an error message names it."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return NUMBER
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        kinds = {parameter_kind(item) for item in value}
        return f"a list of {kinds.pop().removeprefix('a ')}" if len(kinds) == 1 else "a list"
    return "a table"


def parameter_problem(value: object, kind: str) -> str | None:
    """What is wrong with a parameter value of the declared kind, or None.

    A number must be finite and not negative; an empty list fits any list kind.
    """
    actual = parameter_kind(value)
    if actual != kind and not (value == [] and kind.startswith("a list")):
        return f"must be {kind}, not {value!r}"
    if actual == NUMBER and not (math.isfinite(value) and value >= 0):
        return f"must be a finite number, not negative, not {value!r}"
    return None


def load_rule(path: Path) -> Rule:
    """Read and validate one rule file; a file is parsed again only when it changes."""
    try:
        status = path.stat()
    except OSError as error:
        raise RuleError(f"{path}: cannot read rule file: {error}") from error
    return _parsed_rule(path, status.st_mtime_ns, status.st_size)


@functools.lru_cache(maxsize=1024)
def _parsed_rule(path: Path, mtime_ns: int, size: int) -> Rule:
    """The rule in `path` as it is at that modification time and size."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise RuleError(f"{path}: cannot read rule file: {error}") from error
    problem = _shape_problem(data)
    if problem:
        raise RuleError(f"{path}: {problem}")
    return Rule(
        id=data["id"],
        title=data["title"],
        flags=data["flags"].strip(),
        why=data["why"].strip(),
        severity=data["severity"],
        check=data["check"],
        params={**registered_checks()[data["check"]].defaults(), **data.get("params", {})},
        examples=tuple(_example(path, item) for item in data.get("examples", [])),
        source=str(path),
    )


def _shape_problem(data: dict) -> str | None:
    """What is wrong with a rule file's keys and values, or None."""
    missing = [key for key in REQUIRED_KEYS if not isinstance(data.get(key), str)]
    if missing:
        return f"missing or non-text key(s): {', '.join(missing)}"
    unknown = sorted(set(data) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        return f"unknown key(s): {', '.join(unknown)}"
    if not RULE_ID.fullmatch(data["id"]):
        return f"id {data['id']!r} must be lower-case letters, digits and hyphens"
    if data["severity"] not in SEVERITIES:
        return f"severity must be one of {', '.join(SEVERITIES)}"
    checks = registered_checks()
    if data["check"] not in checks:
        return (
            f"unknown check {data['check']!r}; known: {', '.join(sorted(checks))} (a rule pack's "
            "own check is registered through the entry point group check_figures.checks)"
        )
    if not isinstance(data.get("params", {}), dict):
        return "params must be a table ([params])"
    if not isinstance(data.get("examples", []), list):
        return "examples must be an array of tables ([[examples]])"
    return _params_problem(data["check"], checks[data["check"]], data.get("params", {}))


def _params_problem(name: str, check: Check, params: Mapping[str, object]) -> str | None:
    """The first parameter the check does not declare, or whose value does not fit the kind
    it declares, or None."""
    kinds = check.kinds()
    for key, value in params.items():
        if key not in kinds:
            accepted = ", ".join(sorted(kinds)) or "none"
            return f"unknown key 'params.{key}' for check {name!r}; accepted: {accepted}"
        problem = parameter_problem(value, kinds[key])
        if problem:
            return f"params.{key} {problem}"
    return None


def _example(path: Path, item: object) -> Example:
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise RuleError(f"{path}: every [[examples]] entry needs a text")
    unknown = sorted(set(item) - set(EXAMPLE_KEYS))
    if unknown:
        accepted = ", ".join(EXAMPLE_KEYS)
        raise RuleError(f"{path}: unknown key 'examples.{unknown[0]}'; accepted: {accepted}")
    if not isinstance(item.get("triggers"), bool):
        raise RuleError(f"{path}: every [[examples]] entry needs triggers = true or false")
    return Example(
        text=item["text"],
        triggers=item["triggers"],
        date=item.get("date"),
        flags=_example_flags(path, item),
    )


def _example_flags(path: Path, item: dict) -> tuple[str, ...]:
    """The figures an example's finding names: one text or a list, each found in the text."""
    flags = item.get("flags", [])
    flags = [flags] if isinstance(flags, str) else flags
    if not isinstance(flags, list) or not all(isinstance(f, str) and f for f in flags):
        raise RuleError(f"{path}: examples.flags must be a figure's text or a list of them")
    if flags and not item["triggers"]:
        raise RuleError(f"{path}: examples.flags needs triggers = true")
    if missing := [f for f in flags if f not in item["text"]]:
        raise RuleError(f"{path}: examples.flags {missing[0]!r} is not in the example's text")
    return tuple(flags)


def select_rules(
    rules: Sequence[Rule],
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
) -> list[Rule]:
    """The rules that run: `select` (every rule when None) and `extend_select`, less `ignore`."""
    chosen = {rule.id for rule in rules} if select is None else {*select, *extend_select}
    return [rule for rule in rules if rule.id in chosen and rule.id not in ignore]


def configure_rule(rule: Rule, severity: str | None, params: Mapping[str, object]) -> Rule:
    """The rule with a configured severity and parameter values in place of its defaults."""
    return replace(rule, severity=severity or rule.severity, params={**rule.params, **params})


def run_rules(rules: Sequence[Rule], context: CheckContext) -> list[Finding]:
    """Every finding of every rule, in a stable order."""
    findings: list[Finding] = []
    checks = registered_checks()
    for rule in rules:
        check = checks[rule.check]
        findings.extend(check(RuleRun(context, rule.id, rule.severity, check.bind(rule.params))))
        set_aside()
    return [_quoted(finding, context) for finding in in_order(findings)]


def _quoted(finding: Finding, context: CheckContext) -> Finding:
    """The finding with the sentence of its first figure quoted, that figure in bold, when
    it has no quote (`CheckContext.finding` gives one); written when read."""
    claim = context.by_id.get(finding.figures[0]) if finding.figures else None
    if claim is None or finding.has_quote:
        return finding
    return finding.with_quote(Deferred(figure_quote, (context.document(claim), claim.mention)))


def in_order(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in their stable order: path, line, column, rule, figures."""
    return sorted(findings, key=lambda f: (f.path, f.line, f.column, f.rule, f.figures))


def exit_status(findings: Sequence[Finding], fail_on: str) -> int:
    """1 when a finding is at or above the --fail-on severity, else 0."""
    if fail_on == "never":
        return 0
    threshold = SEVERITIES.index(fail_on)
    return int(any(SEVERITIES.index(f.severity) <= threshold for f in findings))
