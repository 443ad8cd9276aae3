"""The checks that rule files are written in: each turns the fact table into findings."""

from __future__ import annotations

from collections.abc import Callable

from checker.checks.context import CheckContext
from checker.checks.currency import currency_conflict, missing_currency
from checker.checks.scale import missing_scale
from checker.model import Finding

Check = Callable[[CheckContext, str, str, dict], list[Finding]]

CHECKS: dict[str, Check] = {
    "conflicting_currency_markers": currency_conflict,
    "lost_magnitude": missing_scale,
    "unsettled_currency": missing_currency,
}

__all__ = ["CHECKS", "Check", "CheckContext"]
