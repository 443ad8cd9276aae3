"""The checks that rule files are written in: each turns the fact table into findings."""

from __future__ import annotations

from collections.abc import Callable

from checker.checks.arithmetic import (
    change_mismatch,
    multiple_mismatch,
    stake_mismatch,
    sum_mismatch,
)
from checker.checks.consistency import figure_conflict, fx_mismatch, period_conflict
from checker.checks.context import CheckContext
from checker.checks.currency import currency_conflict, missing_currency
from checker.checks.house import currency_code_required
from checker.checks.scale import missing_scale
from checker.model import Finding

Check = Callable[[CheckContext, str, str, dict], list[Finding]]

CHECKS: dict[str, Check] = {
    "conflicting_currency_markers": currency_conflict,
    "lost_magnitude": missing_scale,
    "unsettled_currency": missing_currency,
    "currency_code_required": currency_code_required,
    "conversion_disagrees": fx_mismatch,
    "same_fact_different_values": figure_conflict,
    "same_value_different_periods": period_conflict,
    "parts_against_total": sum_mismatch,
    "stated_change": change_mismatch,
    "stake_price_against_valuation": stake_mismatch,
    "stated_multiple": multiple_mismatch,
}

__all__ = ["CHECKS", "Check", "CheckContext"]
