"""House-style checks for teams' own rule packs: a large figure must state its ISO currency code."""

from __future__ import annotations

import regex

from checker.checks.context import CheckContext, format_amount, format_interval
from checker.model import Claim, Finding

DEFAULT_METRICS = ("valuation",)
DIGITS = regex.compile(r"\d(?:[\d,.]*\d)?")


def currency_code_required(
    context: CheckContext, rule: str, severity: str, params: dict
) -> list[Finding]:
    """Figures of `metrics` worth more than `above_usd` written without their ISO code."""
    metrics = tuple(params.get("metrics", DEFAULT_METRICS))
    above = float(params.get("above_usd", 1e9))
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
            context.finding(
                rule,
                severity,
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
