"""Check for a figure that lost its magnitude word: "its $45 valuation" for $45 billion."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal

from checker.checks.context import CheckContext, format_amount
from checker.checks.registry import RuleRun, check
from checker.extract.lexicon_zh import DIGITS
from checker.model import Claim, Finding, Grade
from checker.money import scale_factor
from checker.relations import Restatement

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
# Significant digits (trailing zeros aside) a figure written in full digits needs before the
# same digits with a magnitude elsewhere show it lost one: "Rs 4,447" yes, "1000元" no.
ROUND_DIGITS = 3
# Magnitude words written against the number ("$4bn", "£7m"); others take a space.
ATTACHED_WORDS = ("bn", "m", "mn", "tn", "trn", "k")
# The words a restatement a power of a thousand larger than its figure shows were lost.
LOST_WORDS = ((3, "thousand"), (6, "million"), (9, "billion"), (12, "trillion"))
# How far, as a factor, a restatement's ratio to its figure may stray from that power of a
# thousand at any rate of the document's window (a thousand lies far beyond it either way).
RESTATED_SLACK = 3.0


def significant_digits(claim: Claim) -> int:
    """The significant digits an amount is written with, trailing zeros aside: 3 for "$8.83
    billion", 4 for "$111.1 billion", 2 for "$110 billion", 1 for "$5 billion"."""
    return len(written_number(claim).as_tuple().digits)


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
    not in pence or cents ("the previous 220p offer")."""
    mention = claim.mention
    return (
        mention.currency is not None
        and mention.per_unit is None
        and not mention.in_subunits
        and claim.metric not in PER_UNIT_METRICS
        and mention.amount != 0
        and writes_a_digit(claim)
    )


def _round(claim: Claim) -> bool:
    """Whether a figure's digits are too few to tie it to another by themselves: "1000元"
    and "1000万元" in one text are as often two amounts as one."""
    return significant_digits(claim) < ROUND_DIGITS


def _in_full_digits(claim: Claim) -> bool:
    """Whether a figure carries its size in its digits ("$710,000"): only the same digits,
    not round ones, written with a magnitude elsewhere ("Rs 4,447 crore", then "the Rs 4,447
    Blinkit bet") show it lost one, never its size alone."""
    return written_number(claim) >= FULL_DIGITS


@dataclass(frozen=True)
class ScaleParameters:
    """Parameters of `lost_magnitude`."""

    metrics: tuple[str, ...] = DEFAULT_METRICS
    """Company-level metrics whose figures are checked."""
    implausible_below_usd: float = 1_000_000
    """A company-level figure worth less than this in USD has no credible magnitude."""
    repeat_within_paragraphs: float = 3
    """How many paragraphs apart a bare figure may repeat one written with a magnitude."""
    company_words: tuple[str, ...] = ("backlog", "order book", "net debt", "cash pile")
    """Words that, stated for a figure of no listed metric ("a backlog of about €36"), make it
    a company-level amount all the same."""


@check(ScaleParameters)
def missing_scale(run: RuleRun[ScaleParameters]) -> list[Finding]:
    """Figures that lost their magnitude word.

    Flagged when the same company's figure (or, with no company named, the same document's)
    with the same digits and a larger magnitude states a company-level metric, the figure's
    own metric being that one or none ("At Rs 4.62 lakh, Jio would rank fifth"); when the
    figure's own words state a company-level metric ("its $45 valuation") with an amount no
    company has and no magnitude word; when a bare figure repeats one of its document written
    with a magnitude and tied to it (`_tie`); or when its restatement in another currency is
    a power of a thousand larger (`lost_in_restatement`). Prices per unit, retail prices and
    exchange rates never are.
    """
    context, rule, severity = run.context, run.rule, run.severity
    metrics, implausible_below = run.params.metrics, run.params.implausible_below_usd
    lookup = Lookup(context, metrics, implausible_below, run.params.repeat_within_paragraphs)
    restated = _restatement_partners(context)
    findings = []
    for claim in context.claims:
        usd = context.usd(claim)
        if usd is None or max(abs(usd[0]), abs(usd[1])) >= implausible_below:
            continue
        if _candidate(claim) and not (_in_full_digits(claim) and _round(claim)):
            evidence, tie = _evidence(claim, lookup)
            if evidence is not None or (
                not _in_full_digits(claim)
                and _states_company_metric(claim, metrics, run.params.company_words)
            ):
                findings.append(
                    _finding(
                        context, rule, severity, claim, usd, (evidence, tie), implausible_below
                    )
                )
                continue
        lost = lost_in_restatement(context, claim, usd, restated.get(claim.figure_id, []))
        if lost is not None:
            findings.append(_restated_finding(context, rule, severity, claim, *lost))
    return _one_per_range(context, findings)


def _one_per_range(context: CheckContext, findings: list[Finding]) -> list[Finding]:
    """One finding for a range whose ends both lost their magnitude ("$100 to $150 per
    quarter" where "$100 to $150 million" was meant): the later end joins the first's."""
    kept: list[Finding] = []
    first_of_range: dict[tuple[str, int], int] = {}
    for finding in findings:
        claim = context.by_id[finding.figures[0]]
        group = claim.mention.range_group
        key = (claim.mention.path, group) if group is not None else None
        if key is None or key not in first_of_range:
            if key is not None:
                first_of_range[key] = len(kept)
            kept.append(finding)
            continue
        first = kept[first_of_range[key]]
        line = f"{claim.figure_id} '{claim.mention.text}', the other end of its range, lost it too."
        lines = first.explanation.split("\n")
        fix = next((i for i, text in enumerate(lines) if text.startswith("Fix:")), len(lines))
        lines.insert(fix, line)
        kept[first_of_range[key]] = replace(
            first, figures=(*first.figures, claim.figure_id), explanation="\n".join(lines)
        )
    return kept


class Lookup:
    """Where a figure's evidence is looked up: figures that state a company-level metric with
    a magnitude (`_evidence_index`), figures with a magnitude by document, currency and digits
    (`_repeat_index`), every figure's paragraph, and how many paragraphs (`reach`) a repeat
    may be away. Each index is built when a figure first asks for it: a corpus with no
    figure small enough to have lost its magnitude builds none."""

    def __init__(
        self, context: CheckContext, metrics: tuple[str, ...], floor: float, reach: float
    ) -> None:
        self._context, self._metrics, self._floor, self.reach = context, metrics, floor, reach

    @functools.cached_property
    def metric_evidence(self) -> dict[tuple, list[Claim]]:
        return _evidence_index(self._context.claims, self._metrics)

    @functools.cached_property
    def repeats(self) -> dict[tuple, list[Claim]]:
        return _repeat_index(self._context, self._floor)

    @functools.cached_property
    def paragraphs(self) -> dict[str, int]:
        return _paragraphs(self._context)


def _evidence(claim: Claim, lookup: Lookup) -> tuple[Claim | None, str]:
    """The figure that shows what `claim` lost, and what ties a repeat to it ("" for a
    company-level metric's evidence)."""
    same_document = lookup.metric_evidence.get(
        ("in", claim.mention.path, written_number(claim)), []
    )
    found = _best_evidence(claim, lookup.metric_evidence.get(_whose(claim), []) + same_document)
    if found is not None or claim.mention.scale_word is not None:
        return found, ""
    ties = {
        other.figure_id: tie
        for other in lookup.repeats.get(_repeat_key(claim), [])
        if (tie := _tie(claim, other, lookup.paragraphs, lookup.reach))
    }
    candidates = [
        other for other in lookup.repeats.get(_repeat_key(claim), []) if other.figure_id in ties
    ]
    found = _best_evidence(claim, candidates, any_metric=True)
    return found, ties[found.figure_id] if found is not None else ""


def _repeat_key(claim: Claim) -> tuple[str, str | None, Decimal]:
    """A document, a currency and a number as written: what a figure and its repeat share."""
    return (claim.mention.path, claim.mention.currency, written_number(claim))


def _repeat_index(context: CheckContext, floor: float) -> dict[tuple, list[Claim]]:
    """Figures written with a magnitude word, not priced per unit, at least `floor` US
    dollars: what a bare figure with the same digits in the same document may have lost."""
    index: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in context.claims:
        mention = claim.mention
        usd = context.usd(claim)
        if (
            mention.scale_word
            and mention.per_unit is None
            and claim.metric not in PER_UNIT_METRICS
            and usd is not None
            and min(abs(usd[0]), abs(usd[1])) >= floor
        ):
            index[_repeat_key(claim)].append(claim)
    return index


def _paragraphs(context: CheckContext) -> dict[str, int]:
    """The paragraph number of every figure in its document."""
    rows = context.facts[["id", "paragraph"]].itertuples(index=False)
    return {row.id: int(row.paragraph) for row in rows}


def _tie(claim: Claim, other: Claim, paragraphs: dict[str, int], reach: float) -> str:
    """What makes a bare figure and a figure with the same digits and a magnitude one amount
    written twice ("" when nothing does): the company named in the bare figure's own words and
    not guessed for the other, the other in the headline (which states the story's figure),
    or both within `reach` paragraphs (one passage of the story)."""
    if (
        claim.entity is not None
        and claim.entity == other.entity
        and claim.grade("entity") is Grade.STATED
        and other.grade("entity") is not Grade.WEAK
    ):
        return f"both are {claim.entity}'s"
    if other.place == "headline":
        return "the headline states the story's figure"
    first, second = paragraphs.get(claim.figure_id), paragraphs.get(other.figure_id)
    if first is not None and second is not None and abs(first - second) <= reach:
        return f"both stand within {reach:g} paragraphs of each other"
    return ""


def _restatement_partners(context: CheckContext) -> dict[str, list[Claim]]:
    """For each figure, the figures that restate it or that it restates ("$1.5 (£799,000)")."""
    partners: dict[str, list[Claim]] = defaultdict(list)
    for relation in context.relations:
        if isinstance(relation, Restatement):
            first, second = (context.by_id[figure] for figure in relation.figures)
            partners[first.figure_id].append(second)
            partners[second.figure_id].append(first)
    return partners


def lost_in_restatement(
    context: CheckContext, claim: Claim, usd: tuple[float, float], partners: list[Claim]
) -> tuple[Claim, str] | None:
    """The restatement of a bare figure that is a power of a thousand larger in US dollars
    (within `RESTATED_SLACK`) at every rate the document's date allows, and the magnitude
    word that power stands for: "$1.5 (£799,000)" lost "million". A price the text states
    per unit never is."""
    mention = claim.mention
    if (
        mention.scale_word
        or mention.per_unit is not None
        or mention.amount == 0
        or written_number(claim) >= FULL_DIGITS
        or (claim.metric in PER_UNIT_METRICS and claim.grade("metric") is Grade.STATED)
    ):
        return None
    low, high = sorted(abs(value) for value in usd)
    for partner in partners:
        other = context.usd(partner)
        if other is None or partner.mention.currency == mention.currency or low <= 0:
            continue
        other_low, other_high = sorted(abs(value) for value in other)
        for exponent, word in LOST_WORDS:
            power = 10.0**exponent
            if (
                low * power / RESTATED_SLACK <= other_low
                and other_high <= high * power * RESTATED_SLACK
            ):
                return partner, word
    return None


def _states_company_metric(claim: Claim, metrics: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """A figure with no magnitude word whose own words state a company-level metric, or one of
    the company-level `words` for a figure of no listed metric."""
    if claim.mention.scale_word is not None or claim.grade("metric") is not Grade.STATED:
        return False
    return claim.metric in metrics or _metric_words(claim) in words


def _metric_words(claim: Claim) -> str:
    """The words a figure's metric was read from, in lower case with single spaces."""
    evidence = claim.evidence_for("metric")
    return " ".join(evidence.words.lower().split()) if evidence is not None else ""


def _best_evidence(claim: Claim, candidates: list[Claim], any_metric: bool = False) -> Claim | None:
    """The figure with the same digits, currency and a larger magnitude, of the claim's
    metric or (when the claim states none, or `any_metric`) any, nearest first."""
    larger = [
        c
        for c in candidates
        if abs(c.mention.amount) > abs(claim.mention.amount)
        and c.mention.currency == claim.mention.currency
        and (any_metric or claim.metric in (c.metric, "other"))
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
    found: tuple[Claim | None, str],
    implausible_below: float,
) -> Finding:
    mention = claim.mention
    evidence, tie = found
    metric = claim.metric.replace("_", " ")
    if claim.metric == "other":
        metric = _metric_words(claim) or metric
    whose = f"{claim.entity}'s " if claim.entity else "a "
    amount = (
        f"{format_amount(mention.amount, mention.currency)} "
        f"(about {format_amount(usd[1], 'USD')}), below the "
        f"{format_amount(implausible_below, 'USD')}"
    )
    if tie:
        first = f"{claim.figure_id} '{mention.text}' is {amount} of a company-level amount."
    else:
        first = (
            f"{claim.figure_id} '{mention.text}' states {whose}{metric} as {amount} that any "
            f"company's {metric} reported in the news would reach."
        )
    lines = [first]
    if evidence is not None:
        word = evidence.mention.scale_word
        what = (
            f"writes the same digits in {mention.currency} with the magnitude '{word}' ({tie})"
            if tie
            else f"gives {claim.entity}'s {evidence.metric.replace('_', ' ')} with the same "
            f"digits and the magnitude '{word}'"
        )
        lines.append(
            f"Evidence: {evidence.figure_id} '{evidence.mention.text}' "
            f"({context.where(evidence)}) {what}."
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


def _restated_finding(
    context: CheckContext, rule: str, severity: str, claim: Claim, partner: Claim, word: str
) -> Finding:
    """The finding of a figure whose restatement shows the magnitude it lost."""
    mention = claim.mention
    message = (
        f"'{mention.text}' has lost its magnitude; its restatement "
        f"'{partner.mention.text}' is about a {word} times larger"
    )
    lines = [
        f"{claim.figure_id} '{mention.text}' is restated as {partner.figure_id} "
        f"'{partner.mention.text}' ({context.where(partner)}), which is about a {word} times "
        f"'{mention.text}' at the exchange rates of the document's date.",
        f"Fix: write '{_with_scale(mention.text, word)}'.",
    ]
    return context.finding(rule, severity, [claim, partner], message, "\n".join(lines))


def _with_scale(text: str, word: str | None, lost_from: str | None = None) -> str:
    """The figure's text with the evidence's magnitude in place of its own (or none)."""
    if not word:
        return text
    if lost_from and text.lower().endswith(lost_from.lower()):
        return f"{text[: -len(lost_from)]}{word}"
    number_end = max(i for i, char in enumerate(text) if char.isdigit()) + 1
    gap = "" if word.lower() in ATTACHED_WORDS or not word.isascii() else " "
    return f"{text[:number_end]}{gap}{word}{text[number_end:]}"
