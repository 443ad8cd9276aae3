"""Check for a figure that lost its magnitude word: "its $45 valuation" for $45 billion."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from checker.checks.context import CheckContext, format_amount
from checker.checks.registry import RuleRun, check
from checker.extract.lexicon_zh import DIGITS
from checker.model import Claim, Finding, Grade
from checker.money import scale_factor

DEFAULT_METRICS = ("valuation", "market_cap", "funding", "revenue", "profit", "loss", "investment")


def written_number(claim: Claim) -> Decimal:
    """The number as written, without its magnitude: 4.62 for "₹4.62 lakh crore"."""
    mention = claim.mention
    factor = scale_factor(mention.scale_word) if mention.scale_word else None
    return (abs(mention.amount) / (factor or 1)).normalize()


# Metrics that are never a company-level amount, whatever their size.
PER_UNIT_METRICS = ("share_price", "unit_price", "exchange_rate")
# A number written with this many whole units or more carries its size in its digits
# ("$710,000", "£46,998"): it has not lost a magnitude word.
FULL_DIGITS = Decimal(1000)


def writes_a_digit(claim: Claim) -> bool:
    """Whether the figure's numeral has a digit; "百万元" and "破亿" are magnitude words only,
    which can neither lose a magnitude nor show one another lost."""
    return any(ch.isdigit() or ch in DIGITS for ch in claim.mention.text)


def _evidence_index(claims: list[Claim], metrics: tuple[str, ...]) -> dict[tuple, list[Claim]]:
    """Figures that can show what another lost: a magnitude word, a company-level metric the
    words state, a company (or, within one document, none), grouped by (company or path,
    number as written) for a lookup per candidate."""
    index: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        mention = claim.mention
        if not writes_a_digit(claim):
            continue
        if (
            mention.scale_word
            and claim.metric in metrics
            and claim.grade("metric") is Grade.STATED
            and mention.per_unit is None
        ):
            index[_whose(claim)].append(claim)
        if mention.scale_word and claim.metric in metrics and mention.per_unit is None:
            index[("in", mention.path, written_number(claim))].append(claim)
    return index


def _whose(claim: Claim) -> tuple[str, str, Decimal]:
    """The key a figure and its evidence share: the company, or the document when no
    company is named, with the number as written."""
    if claim.entity is not None and claim.grade("entity") is not Grade.WEAK:
        return ("entity", claim.entity, written_number(claim))
    return ("path", claim.mention.path, written_number(claim))


def _candidate(claim: Claim) -> bool:
    """Whether a figure could have lost a magnitude: money, not priced per unit, not a rate,
    not written in full digits."""
    mention = claim.mention
    return (
        mention.currency is not None
        and mention.per_unit is None
        and claim.metric not in PER_UNIT_METRICS
        and written_number(claim) < FULL_DIGITS
        and mention.amount != 0
        and writes_a_digit(claim)
    )


@dataclass(frozen=True)
class ScaleParameters:
    """Parameters of `lost_magnitude`."""

    metrics: tuple[str, ...] = DEFAULT_METRICS
    """Company-level metrics whose figures are checked."""
    implausible_below_usd: float = 1_000_000
    """A company-level figure worth less than this in USD has no credible magnitude."""


@check(ScaleParameters)
def missing_scale(run: RuleRun[ScaleParameters]) -> list[Finding]:
    """Figures that lost their magnitude word.

    Flagged when the same company's figure (or, with no company named, the same document's)
    with the same digits and a larger magnitude states a company-level metric, the figure's
    own metric being that one or none ("At Rs 4.62 lakh, Jio would rank fifth"); or when the
    figure's own words state a company-level metric ("its $45 valuation") with an amount no
    company has and no magnitude word. Prices per unit, retail prices and exchange rates
    never are.
    """
    context, rule, severity = run.context, run.rule, run.severity
    metrics, implausible_below = run.params.metrics, run.params.implausible_below_usd
    index = _evidence_index(context.claims, metrics)
    findings = []
    for claim in context.claims:
        if not _candidate(claim):
            continue
        usd = context.usd(claim)
        if usd is None or max(abs(usd[0]), abs(usd[1])) >= implausible_below:
            continue
        same_document = index.get(("in", claim.mention.path, written_number(claim)), [])
        evidence = _best_evidence(claim, index.get(_whose(claim), []) + same_document)
        if evidence is None and not _states_company_metric(claim, metrics):
            continue
        findings.append(_finding(context, rule, severity, claim, usd, evidence, implausible_below))
    return findings


def _states_company_metric(claim: Claim, metrics: tuple[str, ...]) -> bool:
    """A figure with no magnitude word whose own words state a company-level metric."""
    return (
        claim.mention.scale_word is None
        and claim.metric in metrics
        and claim.grade("metric") is Grade.STATED
    )


def _best_evidence(claim: Claim, candidates: list[Claim]) -> Claim | None:
    """The figure with the same digits, currency and a larger magnitude, of the claim's
    metric or (when the claim states none) any, nearest first."""
    larger = [
        c
        for c in candidates
        if abs(c.mention.amount) > abs(claim.mention.amount)
        and c.mention.currency == claim.mention.currency
        and claim.metric in (c.metric, "other")
    ]
    if not larger:
        return None

    def closeness(other: Claim) -> tuple[int, int, int]:
        return (
            other.mention.path != claim.mention.path,
            other.metric != claim.metric,
            abs(other.mention.start - claim.mention.start),
        )

    return min(larger, key=closeness)


def _finding(
    context: CheckContext,
    rule: str,
    severity: str,
    claim: Claim,
    usd: tuple[float, float],
    evidence: Claim | None,
    implausible_below: float,
) -> Finding:
    mention = claim.mention
    metric = claim.metric.replace("_", " ")
    whose = f"{claim.entity}'s " if claim.entity else "a "
    lines = [
        f"{claim.figure_id} '{mention.text}' states {whose}{metric} as "
        f"{format_amount(mention.amount, mention.currency)} "
        f"(about {format_amount(usd[1], 'USD')}), "
        f"below the {format_amount(implausible_below, 'USD')} that any company's {metric} "
        "reported in the news would reach."
    ]
    if evidence is not None:
        word = evidence.mention.scale_word
        lines.append(
            f"Evidence: {evidence.figure_id} '{evidence.mention.text}' ({context.where(evidence)}) "
            f"gives {claim.entity}'s {evidence.metric.replace('_', ' ')} with the same digits and "
            f"the magnitude '{word}'."
        )
        lines.append(f"Fix: write '{_with_scale(mention.text, word, mention.scale_word)}'.")
        message = (
            f"'{mention.text}' has lost its magnitude; "
            f"'{evidence.mention.text}' is stated elsewhere"
        )
    else:
        lines.append("Fix: add the magnitude word (thousand, million, billion) that was meant.")
        message = (
            f"'{mention.text}' is implausibly small for a {metric}: a magnitude word is missing"
        )
    involved = [claim, evidence] if evidence else [claim]
    return context.finding(rule, severity, involved, message, "\n".join(lines))


def _with_scale(text: str, word: str | None, lost_from: str | None = None) -> str:
    """The figure's text with the evidence's magnitude in place of its own (or none)."""
    if not word:
        return text
    if lost_from and text.lower().endswith(lost_from.lower()):
        return f"{text[: -len(lost_from)]}{word}"
    return f"{text} {word}"
