"""A rule pack's own Python check, shipped outside the product: a large figure must state its
ISO currency code.

Installed with the rule pack (`pip install examples/house-checks`), it registers itself
through the entry point group `check_figures.checks` (see this folder's pyproject.toml);
the rule files that name it are in `examples/house-rules/`.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from checker.checks import RuleRun, check
from checker.checks.context import format_amount, format_interval
from checker.model import Claim, Finding

DIGITS = regex.compile(r"\d(?:[\d,.]*\d)?")


@dataclass(frozen=True)
class CodeParameters:
    """Parameters of `currency_code_required`."""

    metrics: tuple[str, ...] = ("valuation",)
    """The metrics whose figures must state their code."""
    above_usd: float = 1e9
    """Figures worth more than this in USD must state their code."""


@check(CodeParameters)
def currency_code_required(run: RuleRun[CodeParameters]) -> list[Finding]:
    """Figures of `metrics` worth more than `above_usd` written without their ISO code."""
    context, metrics, above = run.context, run.params.metrics, run.params.above_usd
    findings = []
    for claim in context.claims:
        currency = claim.mention.currency
        if claim.metric not in metrics or currency is None or states_code(claim, currency):
            continue
        usd = context.usd(claim)
        if usd is None or usd[0] <= above:
            continue
        threshold = format_amount(above, "USD")
        findings.append(
            run.finding(
                [claim],
                f"'{claim.mention.text}' is a {claim.metric.replace('_', ' ')} over {threshold} "
                f"without its currency code",
                f"It reads as {format_interval(usd[0], usd[1], 'USD')}. House style states the "
                f"ISO 4217 code on every {', '.join(metrics)} figure over {threshold}, so no "
                f"reader has to guess which dollar or yuan is meant.  "
                f"Fix: write '{with_code(claim, currency)}'.",
            )
        )
    return findings


def states_code(claim: Claim, currency: str) -> bool:
    """Whether the figure as written carries its ISO code ("USD 45 billion", "45bn EUR")."""
    return regex.search(rf"(?<![A-Za-z]){currency}(?![A-Za-z])", claim.mention.text) is not None


def with_code(claim: Claim, currency: str) -> str:
    """The figure written with its code first: '$45 billion' becomes 'USD 45 billion'."""
    digits = DIGITS.search(claim.mention.text)
    number = digits.group(0) if digits else claim.mention.text
    scale = f" {claim.mention.scale_word}" if claim.mention.scale_word else ""
    return f"{currency} {number}{scale}"
