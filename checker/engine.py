"""Load rule files, run each rule's check, apply severity, selection and --fail-on."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from checker.checks import CHECKS, CheckContext
from checker.model import Finding

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
FAIL_ON_CHOICES: tuple[str, ...] = ("error", "warning", "info", "never")
REQUIRED_KEYS: tuple[str, ...] = ("id", "title", "flags", "why", "severity", "check")
OPTIONAL_KEYS: tuple[str, ...] = ("params", "examples")


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Example:
    """A text that must (or must not) make its rule fire."""

    text: str
    triggers: bool
    date: str | None = None


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
    """Every rule in the default pack and the given folders, sorted by id."""
    rules: dict[str, Rule] = {}
    for directory in [default_rules_dir(), *directories]:
        if not directory.is_dir():
            raise RuleError(f"{directory}: not a folder of rule files")
        for path in sorted(directory.glob("*.toml")):
            rule = load_rule(path)
            rules[rule.id] = rule
    return [rules[key] for key in sorted(rules)]


def load_rule(path: Path) -> Rule:
    """Read and validate one rule file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise RuleError(f"{path}: cannot read rule file: {error}") from error
    missing = [key for key in REQUIRED_KEYS if not isinstance(data.get(key), str)]
    if missing:
        raise RuleError(f"{path}: missing or non-text key(s): {', '.join(missing)}")
    unknown = sorted(set(data) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise RuleError(f"{path}: unknown key(s): {', '.join(unknown)}")
    if data["severity"] not in SEVERITIES:
        raise RuleError(f"{path}: severity must be one of {', '.join(SEVERITIES)}")
    if data["check"] not in CHECKS:
        raise RuleError(
            f"{path}: unknown check {data['check']!r}; known: {', '.join(sorted(CHECKS))}"
        )
    return Rule(
        id=data["id"],
        title=data["title"],
        flags=data["flags"].strip(),
        why=data["why"].strip(),
        severity=data["severity"],
        check=data["check"],
        params=dict(data.get("params", {})),
        examples=tuple(_example(path, item) for item in data.get("examples", [])),
        source=str(path),
    )


def _example(path: Path, item: object) -> Example:
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise RuleError(f"{path}: every [[examples]] entry needs a text")
    if not isinstance(item.get("triggers"), bool):
        raise RuleError(f"{path}: every [[examples]] entry needs triggers = true or false")
    return Example(text=item["text"], triggers=item["triggers"], date=item.get("date"))


def select_rules(
    rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> list[Rule]:
    """The rules that --select and --ignore leave; unknown ids are an error."""
    known = {rule.id for rule in rules}
    for rule_id in [*select, *ignore]:
        if rule_id not in known:
            raise RuleError(f"unknown rule id {rule_id!r}; known: {', '.join(sorted(known))}")
    chosen = [r for r in rules if not select or r.id in select]
    return [r for r in chosen if r.id not in ignore]


def run_rules(rules: Sequence[Rule], context: CheckContext) -> list[Finding]:
    """Every finding of every rule, in a stable order."""
    findings: list[Finding] = []
    for rule in rules:
        findings.extend(CHECKS[rule.check](context, rule.id, rule.severity, rule.params))
    return sorted(findings, key=lambda f: (f.path, f.line, f.column, f.rule, f.figures))


def exit_status(findings: Sequence[Finding], fail_on: str) -> int:
    """1 when a finding is at or above the --fail-on severity, else 0."""
    if fail_on == "never":
        return 0
    threshold = SEVERITIES.index(fail_on)
    return int(any(SEVERITIES.index(f.severity) <= threshold for f in findings))
