"""The checks that rule files are written in: each turns the fact table into findings.

A check is a function of one `RuleRun` declared with `@check(ParametersDataclass)`, and it is
registered under a name through the entry point group `check_figures.checks`
(`registered_checks`), the built-in ones as a rule pack's own.
"""

from __future__ import annotations

from checker.checks.context import CheckContext
from checker.checks.registry import (
    ENTRY_POINT_GROUP,
    Check,
    RuleRun,
    check,
    registered_checks,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "Check",
    "CheckContext",
    "RuleRun",
    "check",
    "registered_checks",
]
