"""Check for a figure that lost its magnitude word: "its $45 valuation" for $45 billion."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from checker.checks.context import CheckContext, format_amount
from checker.model import Claim, Finding
from checker.money import scale_factor

DEFAULT_METRICS = ("valuation", "market_cap", "funding", "revenue", "profit", "loss", "investment")


def written_number(claim: Claim) -> Decimal:
    """The number as written, without its magnitude: 4.62 for "₹4.62 lakh crore"."""
    mention = claim.mention
    factor = scale_factor(mention.scale_word) if mention.scale_word else None
    return (abs(mention.amount) / (factor or 1)).normalize()


def _evidence_index(claims: list[Claim]) -> dict[tuple[str, Decimal], list[Claim]]:
    """Scaled figures grouped by (entity, number as written), for a lookup per candidate."""
    index: dict[tuple[str, Decimal], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.mention.scale_word and claim.entity and claim.metric != "share_price":
            index[(claim.entity, written_number(claim))].append(claim)
    return index


def missing_scale(context: CheckContext, rule: str, severity: str, params: dict) -> list[Finding]:
    """Figures whose amount no company could have for their metric, with the word they lost.

    A figure whose words name no metric ("At Rs 4.62 lakh, Jio would rank fifth") is
    flagged only when the same company's figure with the same digits and a larger
    magnitude shows what it lost.
    """
    metrics = tuple(params.get("metrics", DEFAULT_METRICS))
    implausible_below = float(params.get("implausible_below_usd", 1_000_000))
    index = _evidence_index(context.claims)
    findings = []
    for claim in context.claims:
        if claim.metric not in (*metrics, "other") or claim.mention.currency is None:
            continue
        usd = context.usd(claim)
        if usd is None or max(abs(usd[0]), abs(usd[1])) >= implausible_below:
            continue
        evidence = _best_evidence(claim, index.get((claim.entity or "", written_number(claim)), []))
        if claim.metric == "other" and (evidence is None or evidence.metric not in metrics):
            continue
        if _written_in_myriads(claim) and evidence is None:
            continue
        findings.append(_finding(context, rule, severity, claim, usd, evidence, implausible_below))
    return findings


def _written_in_myriads(claim: Claim) -> bool:
    """Whether the figure is written in 万 ("20万元", "300万港元"), the everyday unit of
    Chinese amounts: it states its magnitude, and a small one is an individual's or a small
    business's amount, not a lost 亿."""
    factor = scale_factor(claim.mention.scale_word) if claim.mention.scale_word else None
    return factor is not None and 10**4 <= factor < 10**6


def _best_evidence(claim: Claim, candidates: list[Claim]) -> Claim | None:
    """The same entity's figure with the same digits and a larger magnitude, nearest first."""
    larger = [c for c in candidates if abs(c.mention.amount) > abs(claim.mention.amount)]
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
