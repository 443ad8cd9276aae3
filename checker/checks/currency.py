"""Checks on a figure's currency: contradictory markers, and no marker at all."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from checker.checks.context import CheckContext, format_amount, format_interval, ratio_text
from checker.checks.registry import RuleRun, check
from checker.extract.lexicon import MAGNITUDES
from checker.link.currency import CONTEXT_RESOLVER as MONEY_CONTEXT
from checker.model import Claim, Finding, Mention
from checker.money import Rate, at_rate, stated_interval
from checker.patterns import lazy

# What a figure's text holds besides words: digits, separators, signs of sign.
BARE_NUMBER_PARTS = lazy(r"[\d.,+\-\s]+")
CURRENCY_NAMES = {
    "USD": "US dollars",
    "EUR": "euros",
    "GBP": "pounds sterling",
    "JPY": "yen",
    "CNY": "yuan",
    "INR": "rupees",
    "SEK": "Swedish kronor",
    "HKD": "Hong Kong dollars",
    "SGD": "Singapore dollars",
}


@dataclass(frozen=True)
class CurrencyParameters:
    """Parameters of `conflicting_currency_markers` and `unsettled_currency`."""

    match_tolerance: float = 0.05
    """How far apart two readings in USD may be and still be one amount (relative)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure's amount read in one currency, as a USD interval with the rate used."""

    currency: str
    low: float
    high: float
    rate: Rate | None


def stated_usd(context: CheckContext, claim: Claim, currency: str) -> Reading | None:
    """The interval the figure states (precision and qualifier), read in `currency`, in USD."""
    rate = context.rate_to_usd(claim, currency)
    return None if rate is None else reading_at(claim.mention, currency, rate)


def reading_at(mention: Mention, currency: str, rate: Rate) -> Reading:
    """The interval `mention` states, read in `currency`, in USD at every rate of `rate`."""
    low, high = stated_interval(mention.amount, mention.precision, mention.qualifier.value)
    bounds = [*at_rate(float(low), rate), *at_rate(float(high), rate)]
    return Reading(currency, min(bounds), max(bounds), rate)


def overlaps(a: Reading, b: Reading, tolerance: float) -> bool:
    """Whether two readings can be the same amount, allowing a relative `tolerance`."""
    return a.low <= b.high * (1 + tolerance) and b.low <= a.high * (1 + tolerance)


@check(CurrencyParameters)
def currency_conflict(run: RuleRun[CurrencyParameters]) -> list[Finding]:
    """A figure with two different currency markers: "$200 billion yuan"."""
    context, rule, severity = run.context, run.rule, run.severity
    tolerance = run.params.match_tolerance
    findings = []
    bare_ends = _bare_range_ends(context)
    taken_by_an_end = set(bare_ends.values())
    for claim in context.claims:
        markers = claim.mention.currency_markers
        if len(set(markers)) < 2 or claim.figure_id in taken_by_an_end:
            continue
        restated = context.restated.get(claim.figure_id)
        lines = [_marker_line(claim)]
        partner = bare_ends.get(claim.figure_id)
        if partner is not None:
            lines.append(
                f"{partner} '{context.by_id[partner].mention.text}' takes them as the "
                "other end of its range."
            )
        lines += _readings_against(context, claim, restated, tolerance)
        names = " or ".join(CURRENCY_NAMES.get(c, c) for c in markers)
        lines.append(f"Fix: keep one currency marker, so the reader knows whether it is {names}.")
        involved = [claim, *([context.by_id[partner]] if partner else [])]
        involved += [restated] if restated else []
        message = (
            f"'{claim.mention.text}' carries contradictory currency markers ({', '.join(markers)})"
        )
        findings.append(context.finding(rule, severity, involved, message, "\n".join(lines)))
    return findings


def _bare_range_ends(context: CheckContext) -> dict[str, str]:
    """For each figure whose markers the other end of its range takes without writing any
    ("between 25 mln and $30 mln marks"), that end's id: one range, one contradiction."""
    ends: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in context.claims:
        if claim.mention.range_group is not None and len(set(claim.mention.currency_markers)) > 1:
            ends[(claim.mention.path, claim.mention.range_group)].append(claim)
    partners = {}
    for group in ends.values():
        bare = [c for c in group if _writes_no_marker(c.mention)]
        written = [c for c in group if c not in bare]
        if len(written) == 1 and len(bare) == 1:
            partners[written[0].figure_id] = bare[0].figure_id
    return partners


def _writes_no_marker(mention: Mention) -> bool:
    """Whether a figure's text is only a number and magnitude words ("25 mln")."""
    words = BARE_NUMBER_PARTS.sub(" ", mention.text.lower()).split()
    return all(word in MAGNITUDES for word in words)


def _marker_line(claim: Claim) -> str:
    markers = ", ".join(claim.mention.currency_markers)
    return f"{claim.figure_id} '{claim.mention.text}' is marked with {markers} at once."


def _readings_against(
    context: CheckContext, claim: Claim, restated: Claim | None, tolerance: float
) -> list[str]:
    lines = []
    reference = _reference_reading(context, restated)
    if restated is not None:
        lines.append(
            f"It restates {restated.figure_id} '{restated.mention.text}' "
            f"({context.where(restated)})."
        )
    for currency in claim.mention.currency_markers:
        reading = stated_usd(context, claim, currency)
        amount = format_amount(claim.mention.amount, currency)
        if reading is None:
            lines.append(f"- Read as {currency}: no exchange rate is known for {currency}.")
            continue
        usd = format_interval(reading.low, reading.high, "USD")
        line = f"- Read as {currency}: {amount}"
        if currency != "USD":
            line += f" = {usd} at {reading.rate.describe()}"
        if reference is not None:
            verdict = "matches" if overlaps(reading, reference, tolerance) else "does not match"
            middle = (reading.low + reading.high) / 2
            ref_middle = (reference.low + reference.high) / 2
            line += (
                f"; {ratio_text(middle, ref_middle)} against the restated "
                f"{format_interval(reference.low, reference.high, 'USD')}: {verdict}"
            )
        lines.append(line + ".")
    return lines


def _reference_reading(context: CheckContext, restated: Claim | None) -> Reading | None:
    if restated is None or restated.mention.currency is None:
        return None
    return stated_usd(context, restated, restated.mention.currency)


@check(CurrencyParameters)
def missing_currency(run: RuleRun[CurrencyParameters]) -> list[Finding]:
    """An amount in a money context (money words in its clause, or a restatement of a
    currency amount) with no currency marker that its context does not settle; never a
    count of things or people."""
    context, rule, severity = run.context, run.rule, run.severity
    tolerance = run.params.match_tolerance
    findings = []
    for claim in context.claims:
        if claim.mention.currency is not None:
            continue
        restated = context.restated.get(claim.figure_id)
        if restated is None and not _in_money_context(claim):
            continue
        lines = [f"{claim.figure_id} '{claim.mention.text}' has no currency marker."]
        if claim.mention.currency_note:
            lines.append(f"Context: {claim.mention.currency_note}.")
        candidates = _candidate_currencies(context, claim)
        if restated is not None and restated.mention.currency:
            lines += _restatement_readings(context, claim, restated, candidates, tolerance)
        else:
            lines.append(f"Currencies in this document: {', '.join(candidates)}.")
        lines.append(
            f"Fix: write the currency, e.g. '${claim.mention.text}' or "
            f"'{claim.mention.text} euros', whichever is meant."
        )
        involved = [claim, restated] if restated else [claim]
        message = f"'{claim.mention.text}' has no currency and its context does not settle one"
        findings.append(context.finding(rule, severity, involved, message, "\n".join(lines)))
    return findings


def _in_money_context(claim: Claim) -> bool:
    """Whether the linking stage found money words about the bare amount."""
    evidence = claim.evidence_for("currency")
    return evidence is not None and evidence.resolver == MONEY_CONTEXT


def _candidate_currencies(context: CheckContext, claim: Claim) -> list[str]:
    path = claim.mention.path
    seen = {c.mention.currency for c in context.claims if c.mention.path == path}
    return sorted(c for c in seen if c) or ["USD"]


def _restatement_readings(
    context: CheckContext, claim: Claim, restated: Claim, candidates: list[str], tolerance: float
) -> list[str]:
    reference = stated_usd(context, restated, restated.mention.currency)
    lines = [
        f"It restates {restated.figure_id} '{restated.mention.text}' ({context.where(restated)})"
        + (
            f", which is {format_interval(reference.low, reference.high, 'USD')} at "
            f"{reference.rate.describe()}."
            if reference
            else "."
        )
    ]
    for currency in dict.fromkeys(["USD", *candidates]):
        reading = stated_usd(context, claim, currency)
        if reading is None or reference is None:
            continue
        verdict = "consistent" if overlaps(reading, reference, tolerance) else "inconsistent"
        lines.append(
            f"- As {currency}: {format_amount(claim.mention.amount, currency)} = "
            f"{format_interval(reading.low, reading.high, 'USD')}: {verdict} with the restated "
            "figure."
        )
    return lines
