"""Checks on the arithmetic a text states: parts against totals, changes, stakes, multiples."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

import pandas as pd

from checker.checks.consistency import meets
from checker.checks.context import CheckContext, format_amount
from checker.checks.registry import RuleRun, check
from checker.model import (
    CAP_QUALIFIERS,
    FLOOR_QUALIFIERS,
    OPEN_ENDED_QUALIFIERS,
    Claim,
    Finding,
    Qualifier,
    Relation,
)
from checker.money import Rate, at_middle_rate, at_rate, stated_interval
from checker.relations import Change, Comparison, Stake, StatedNumber, Sum

Interval = tuple[float, float]
R = TypeVar("R", bound=Relation)
VALUATION_METRICS = ("valuation", "market_cap")
# Metrics whose figure with no basis written is the net one ("profit of $3m").
BASIS_IMPLIED_METRICS = ("profit", "loss")


@dataclass(frozen=True)
class Scaled:
    """Figures on one scale: the amounts they allow, the amounts as written, the rates used."""

    unit: str
    intervals: tuple[Interval, ...]
    nominal: tuple[float, ...]
    rates: tuple[Rate, ...]

    def amount(self, value: float) -> str:
        """An amount in the unit of the comparison."""
        return format_amount(value, self.unit or None)

    def shown(self, index: int) -> str:
        """The interval of figure `index`: '4.95 billion–5.05 billion USD'."""
        return shown(self.intervals[index], self.unit)

    def describe(self) -> str:
        """How the figures were put on one scale, for an explanation."""
        if not self.rates:
            return f"All figures are in {self.unit or 'the same unit'}."
        rates = "; ".join(dict.fromkeys(rate.describe() for rate in self.rates))
        return f"Converted to {self.unit} at {rates}."


@dataclass(frozen=True)
class Stated:
    """A relation of the text with its figures, put on one scale."""

    relation: Relation
    claims: list[Claim]
    scaled: Scaled

    def named(self, context: CheckContext, index: int) -> str:
        """Figure `index` as F3 '$5 billion' (path:line) = 4.95 billion–5.05 billion USD."""
        claim = self.claims[index]
        where = context.where(claim)
        return f"{claim.figure_id} '{claim.mention.text}' ({where}) = {self.scaled.shown(index)}"

    def located(self) -> list[Claim]:
        """The claims, first the one in the sentence that states the relation."""
        if isinstance(self.relation, Change | Comparison) and self.relation.anchor:
            return [self.claims[1], self.claims[0], *self.claims[2:]]
        return self.claims


@dataclass(frozen=True)
class Bounds:
    """How a stated multiple reads as an interval ("nearly three times" is 2.7 to 3)."""

    nearly_lower_fraction: float
    about_tolerance: float
    exact_tolerance: float

    @classmethod
    def of(cls, params: MultipleParameters) -> Bounds:
        """The bounds a rule's parameters set."""
        return cls(params.nearly_lower_fraction, params.about_tolerance, params.exact_tolerance)

    def factor(self, stated: StatedNumber) -> Interval:
        """The multiples a phrase allows: "more than N times" is N or more, and so on."""
        value = float(stated.value)
        if stated.qualifier in FLOOR_QUALIFIERS:
            return value, math.inf
        if stated.qualifier in CAP_QUALIFIERS:
            return 0.0, value
        if stated.qualifier is Qualifier.NEARLY:
            return value * self.nearly_lower_fraction, value
        about = stated.qualifier is Qualifier.ABOUT
        spread = self.about_tolerance if about else self.exact_tolerance
        return value * (1 - spread), value * (1 + spread)


def figure_interval(
    claim: Claim, precision: Decimal | None = None, caps_in_full: bool = False
) -> Interval:
    """The amounts a figure allows, from its stated precision and qualifier.

    With `caps_in_full`, "up to $3 billion" counts as $3 billion and "more than $3
    billion" as at least $3 billion: how an itemised total adds its parts.
    """
    mention = claim.mention
    slack = mention.precision if precision is None else precision
    qualifier = mention.qualifier
    if caps_in_full and qualifier in OPEN_ENDED_QUALIFIERS:
        low, high = stated_interval(abs(mention.amount), slack, Qualifier.EXACT.value)
        return float(low), math.inf if qualifier in FLOOR_QUALIFIERS else float(high)
    low, high = stated_interval(abs(mention.amount), slack, qualifier.value)
    return float(low), float(high)


def on_one_scale(
    context: CheckContext, claims: Sequence[Claim], intervals: Sequence[Interval]
) -> Scaled | None:
    """The intervals in the figures' common currency, or in USD at the documents' rates."""
    written = tuple(float(abs(claim.mention.amount)) for claim in claims)
    currencies = {claim.mention.currency for claim in claims}
    if len(currencies) == 1:
        return Scaled(next(iter(currencies)) or "", tuple(intervals), written, ())
    if None in currencies:
        return None
    converted, nominal, rates = [], [], []
    for claim, (low, high), amount in zip(claims, intervals, written, strict=True):
        currency = claim.mention.currency or "USD"
        rate = context.rate_to_usd(claim, currency) if currency != "USD" else None
        if currency != "USD" and rate is None:
            return None
        if rate is None:
            converted.append((low, high))
            nominal.append(amount)
            continue
        converted.append((at_rate(low, rate)[0], at_rate(high, rate)[1]))
        nominal.append(at_middle_rate(amount, rate))
        rates.append(rate)
    return Scaled("USD", tuple(converted), tuple(nominal), tuple(rates))


def meet(a: Interval, b: Interval, tolerance: float = 0.0) -> bool:
    """Whether two intervals overlap, or come within a relative tolerance of each other."""
    return a[0] <= b[1] * (1 + tolerance) and b[0] <= a[1] * (1 + tolerance)


def shown(interval: Interval, unit: str) -> str:
    """'12.5 billion EUR', '27.3 billion–40.7 billion USD', 'at least 3 billion USD'."""
    low, high = interval
    if math.isinf(high):
        return f"at least {format_amount(low, unit or None)}"
    if format_amount(low, None) == format_amount(high, None):
        return format_amount(low, unit or None)
    return f"{format_amount(low, None)}–{format_amount(high, unit or None)}"


def percent_text(value: float) -> str:
    """'+15.5%', '-7.6%', '+213.5%'."""
    return "unbounded" if math.isinf(value) else f"{value:+,.1f}%"


def percents_shown(interval: Interval) -> str:
    """'-8.6% to -6.6%', '+100.0% or more' for a percent interval."""
    low, high = interval
    if percent_text(low) == percent_text(high):
        return percent_text(low)
    if math.isinf(high):
        return f"{percent_text(low)} or more"
    if math.isinf(low):
        return f"{percent_text(high)} or less"
    return f"{percent_text(low)} to {percent_text(high)}"


def times_text(value: float) -> str:
    """'7.63 times', 'unbounded'."""
    return "unbounded" if math.isinf(value) else f"{value:.3g} times"


def _stated_relations(context: CheckContext, kind: type[R]) -> Iterator[tuple[R, list[Claim]]]:
    """The relations of one kind with their claims; none with a figure whose currency markers
    contradict each other ("$777.1 billion yuan"): its amount is in no known currency, and
    currency-conflict reports it."""
    for relation in context.relations:
        if isinstance(relation, kind):
            claims = [context.by_id[f] for f in relation.figures if f in context.by_id]
            if len(claims) == len(relation.figures) and not any(
                len(set(claim.mention.currency_markers)) > 1 for claim in claims
            ):
                yield relation, claims


# -- sum-mismatch ------------------------------------------------------------------------


@dataclass(frozen=True)
class SumParameters:
    """Parameters of `parts_against_total`."""

    tolerance: float = 0.01
    """Relative slack beyond the stated precision of the parts and the total."""


@check(SumParameters)
def sum_mismatch(run: RuleRun[SumParameters]) -> list[Finding]:
    """Parts that add up to more than their total, or complete parts that fall short of it."""
    context, rule, severity = run.context, run.rule, run.severity
    tolerance = run.params.tolerance
    findings = []
    for relation, claims in _stated_relations(context, Sum):
        total, parts = claims[0], claims[1:]
        precision = _list_precision(parts)
        intervals = [figure_interval(total)]
        intervals += [figure_interval(p, precision, caps_in_full=True) for p in parts]
        scaled = on_one_scale(context, claims, intervals)
        if scaled is None:
            continue
        added = (
            sum(low for low, _ in scaled.intervals[1:]),
            sum(high for _, high in scaled.intervals[1:]),
        )
        exceeds = added[0] > scaled.intervals[0][1] * (1 + tolerance)
        if exceeds or (relation.complete and added[1] < scaled.intervals[0][0] * (1 - tolerance)):
            stated = Stated(relation, claims, scaled)
            findings.append(_sum_finding(context, rule, severity, stated, added, tolerance))
    return findings


def _list_precision(parts: Sequence[Claim]) -> Decimal | None:
    """An itemised list is read at the precision of its most precise item, in one currency."""
    if len({p.mention.currency for p in parts}) != 1:
        return None
    return min(p.mention.precision for p in parts)


def _sum_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    stated: Stated,
    added: Interval,
    tolerance: float,
) -> Finding:
    """The finding for parts that do not add up, with every part listed."""
    relation, scaled = stated.relation, stated.scaled
    total = stated.claims[0]
    summed = sum(scaled.nominal[1:])
    difference = summed - scaled.nominal[0]
    complete = isinstance(relation, Sum) and relation.complete
    lines = [
        f"Total: {stated.named(context, 0)}.",
        f"Parts ('{relation.detail}'; "
        f"{'given as complete' if complete else 'not given as complete'}):",
    ]
    lines += [f"- {stated.named(context, i)}" for i in range(1, len(stated.claims))]
    lines += [
        f"Sum of the parts: {scaled.amount(summed)} ({shown(added, scaled.unit)} within the "
        f"stated precision), {'+' if difference >= 0 else '-'}"
        f"{scaled.amount(abs(difference))} against the total.",
        scaled.describe(),
        "Tolerance: each figure's stated precision and qualifier (an itemised list at the "
        "precision of its most precise item, a cap such as 'up to' counted in full), plus "
        f"{tolerance:.0%} of the total.",
        f"Fix: correct the part that is wrong, or state the total as {scaled.amount(summed)}.",
    ]
    if summed > scaled.nominal[0]:
        message = f"the parts of '{total.mention.text}' add up to {scaled.amount(summed)}"
        message += ", more than the total"
    else:
        message = f"the parts given as all of '{total.mention.text}' add up to only "
        message += scaled.amount(summed)
    return context.finding(rule, severity, stated.located(), message, "\n".join(lines))


# -- change-mismatch ---------------------------------------------------------------------


@dataclass(frozen=True)
class MultipleParameters:
    """Parameters of `stated_multiple`: how a word multiple reads as an interval."""

    nearly_lower_fraction: float = 0.9
    """"nearly N times" means between nearly_lower_fraction x N and N."""
    about_tolerance: float = 0.1
    """"about N times" means N x (1 +/- about_tolerance)."""
    exact_tolerance: float = 0.1
    """"N times", "doubled", "twice", "half" mean N x (1 +/- exact_tolerance)."""


@dataclass(frozen=True)
class ChangeParameters(MultipleParameters):
    """Parameters of `stated_change`."""

    tolerance_points: float = 0.1
    """Percentage points of slack beyond the stated precision and qualifiers: a percentage
    worked out from other roundings of the same figures ("jumped 48.5 per cent" for 48.40%,
    "rose 5.93 per cent" for 5.94%) is not a contradiction a reader would correct."""
    requires: dict[str, str] = field(default_factory=lambda: dict(LOOKUP_REQUIRES))
    """The evidence grade a base or valuation found elsewhere by company and period needs."""


@check(ChangeParameters)
def change_mismatch(run: RuleRun[ChangeParameters]) -> list[Finding]:
    """A stated percent change or doubling that the two values it relates contradict."""
    context, rule, severity, params = run.context, run.rule, run.severity, run.params
    bounds = Bounds.of(params)
    slack = params.tolerance_points
    groups = FactGroups.shared(context, params.requires)
    findings = []
    for relation, claims in _stated_relations(context, Change):
        new, number = claims[0], relation.stated
        base = claims[1] if len(claims) > 1 else groups.change_base(context, new, relation)
        if base is None or _repeats(new, base):
            continue
        scaled = on_one_scale(context, [new, base], [figure_interval(new), figure_interval(base)])
        if scaled is None or scaled.intervals[1][0] <= 0:
            continue
        computed = percent_change(scaled.intervals[0], scaled.intervals[1])
        allowed = stated_change(number, relation.word_multiple, bounds)
        if allowed[0] - slack <= computed[1] and computed[0] <= allowed[1] + slack:
            continue
        stated = Stated(relation, [new, base], scaled)
        findings.append(_change_finding(context, rule, severity, stated, number, allowed))
    return findings


def _repeats(new: Claim, base: Claim) -> bool:
    """Whether a change's base states the very amount of its new value: the same figure told
    twice (a headline and its body), which no stated change can be measured from."""
    first, second = new.mention, base.mention
    return first.currency == second.currency and first.amount == second.amount


def percent_change(new: Interval, base: Interval) -> Interval:
    """The percent changes from any base in `base` to any value in `new`."""
    return (new[0] / base[1] - 1) * 100, (new[1] / base[0] - 1) * 100


def stated_change(stated: StatedNumber, word_multiple: bool, bounds: Bounds) -> Interval:
    """The percent changes a phrase allows: "up 12%" is 11.5 to 12.5, "doubled" 80 to 120."""
    if word_multiple:
        factor = StatedNumber(stated.value / 100 + 1, Decimal(0), stated.qualifier)
        low, high = bounds.factor(factor)
        return (low - 1) * 100, (high - 1) * 100
    low, high = stated_interval(stated.value, stated.precision, stated.qualifier.value)
    return float(low), float(high)


def _change_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    stated: Stated,
    number: StatedNumber,
    allowed: Interval,
) -> Finding:
    """The finding for a change the values contradict, with the change they give."""
    relation, scaled = stated.relation, stated.scaled
    new, base = stated.claims
    new_value, base_value = scaled.nominal
    middle = (new_value / base_value - 1) * 100
    computed = percent_change(scaled.intervals[0], scaled.intervals[1])
    change = float(number.value)
    looked_up = "" if len(relation.figures) > 1 else ", the same company, metric and period"
    lines = [
        f"New value: {stated.named(context, 0)}.",
        f"Base: {stated.named(context, 1)}{looked_up}.",
        f"Computed: {scaled.amount(new_value)} against {scaled.amount(base_value)} is "
        f"{percent_text(middle)} ({percents_shown(computed)} within the figures' stated "
        "precision).",
        f"Stated: '{relation.detail}' allows {percents_shown(allowed)}.",
        scaled.describe(),
        f"Fix: state the change as {percent_text(middle)}, or check the figures: "
        f"{percent_text(change)} from {scaled.amount(base_value)} gives "
        f"{scaled.amount(base_value * (1 + change / 100))}.",
    ]
    message = (
        f"'{relation.detail}' does not fit '{new.mention.text}' against "
        f"'{base.mention.text}' ({percent_text(middle)})"
    )
    return context.finding(rule, severity, stated.located(), message, "\n".join(lines))


# -- stake-mismatch ----------------------------------------------------------------------


@dataclass(frozen=True)
class StakeParameters:
    """Parameters of `stake_price_against_valuation`."""

    tolerance: float = 0.1
    """Relative slack between the implied and the stated valuation."""
    requires: dict[str, str] = field(default_factory=lambda: dict(LOOKUP_REQUIRES))
    """The evidence grade a valuation found elsewhere by company and period needs."""


@check(StakeParameters)
def stake_mismatch(run: RuleRun[StakeParameters]) -> list[Finding]:
    """A price for a percentage stake that implies a valuation the text contradicts."""
    context, rule, severity = run.context, run.rule, run.severity
    tolerance = run.params.tolerance
    groups = FactGroups.shared(context, run.params.requires)
    findings = []
    for relation, claims in _stated_relations(context, Stake):
        price, number = claims[0], relation.stated
        valuations = claims[1:] or groups.valuations(context, price, relation)
        if not valuations:
            continue
        involved = [price, *valuations]
        scaled = on_one_scale(context, involved, [figure_interval(c) for c in involved])
        if scaled is None:
            continue
        post, pre = implied_valuations(scaled.intervals[0], stake_fraction(number))
        readings = (post,) if relation.held else (post, pre)
        if any(meet(v, r, tolerance) for v in scaled.intervals[1:] for r in readings):
            continue
        stated = Stated(relation, involved, scaled)
        findings.append(_stake_finding(context, rule, severity, stated, number, tolerance))
    return findings


def stake_fraction(stated: StatedNumber) -> Interval:
    """The stake as a fraction, from the stated percentage, its precision and qualifier."""
    low, high = stated_interval(stated.value, stated.precision, stated.qualifier.value)
    return float(low) / 100, min(float(high), 100.0) / 100


def implied_valuations(price: Interval, stake: Interval) -> tuple[Interval, Interval]:
    """The company's value after the purchase (price / stake) and before it (less the price)."""
    if stake[0] <= 0:
        return (price[0] / stake[1], math.inf), (price[0] / stake[1] - price[0], math.inf)
    post = (price[0] / stake[1], price[1] / stake[0])
    pre = (max(post[0] - price[0], 0.0), post[1] - price[1])
    return post, pre


def _stake_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    stated: Stated,
    number: StatedNumber,
    tolerance: float,
) -> Finding:
    """The finding for a stake price against a valuation, with the stake it buys."""
    relation, scaled = stated.relation, stated.scaled
    price, valuation = stated.claims[0], stated.claims[1]
    stake = stake_fraction(number)
    percent = float(number.value)
    paid = scaled.nominal[0]
    implied = paid / (percent / 100) if percent else math.inf
    post, pre = implied_valuations(scaled.intervals[0], stake)
    bought = paid / scaled.nominal[1] * 100
    source = _valuation_source(relation)
    lines = [
        f"Price: {stated.named(context, 0)}, for {stake[0] * 100:.4g}%–{stake[1] * 100:.4g}% "
        f"of the company ('{relation.detail}').",
        f"Implied value of the whole company: {scaled.amount(implied)} after the purchase "
        f"({shown(post, scaled.unit)}), {shown(pre, scaled.unit)} before it.",
    ]
    lines += [
        f"Stated valuation{source}: {stated.named(context, i)}."
        for i in range(1, len(stated.claims))
    ]
    lines += [
        f"At {scaled.amount(scaled.nominal[1])} the price buys {bought:.3g}% of the company, "
        f"not {percent:g}%.",
        scaled.describe(),
        "Tolerance: the stated precision and qualifiers of the price and the stake, the value "
        f"before or after the purchase, plus {tolerance:.0%} on the valuation.",
        f"Fix: a stake of about {bought:.2g}%, or a valuation near {scaled.amount(implied)}.",
    ]
    message = (
        f"'{price.mention.text}' for {percent:g}% implies a value of {scaled.amount(implied)}, "
        f"not the stated '{valuation.mention.text}'"
    )
    return context.finding(rule, severity, stated.located(), message, "\n".join(lines))


def _valuation_source(relation: Stake) -> str:
    """Where a stake's valuation came from when its sentence states none: the same company's
    figures of the month the sentence names, or its own document's of the stake's period."""
    if len(relation.figures) > 1:
        return ""
    if relation.dated:
        return " (same company and month, from the figures)"
    if relation.latest:
        return " (the company's latest valuation in the document, named 'at the new price')"
    return " (same company and period, elsewhere in the document; the price fits none)"


# -- multiple-mismatch -------------------------------------------------------------------


@dataclass(frozen=True)
class ComparisonParameters(MultipleParameters):
    """Parameters of `stated_multiple`."""

    misread_factor: float = 10
    """A ratio this many times off the stated multiple (either way) is a comparison read
    with the wrong figure ("the remaining $10 billion, almost double the $157 billion": the
    round's valuation is compared), not a slip, and is left alone."""


@check(ComparisonParameters)
def multiple_mismatch(run: RuleRun[ComparisonParameters]) -> list[Finding]:
    """A comparison ("more than double", "nearly three times") the two figures contradict."""
    context, rule, severity = run.context, run.rule, run.severity
    bounds = Bounds.of(run.params)
    findings = []
    for relation, claims in _stated_relations(context, Comparison):
        number = relation.stated
        scaled = on_one_scale(context, claims, [figure_interval(c) for c in claims])
        if scaled is None or scaled.intervals[1][1] <= 0:
            continue
        computed = ratio(scaled.intervals[0], scaled.intervals[1])
        allowed = bounds.factor(number)
        if _misread(computed, allowed, run.params.misread_factor):
            continue
        if not meet(computed, allowed):
            stated = Stated(relation, claims, scaled)
            findings.append(_multiple_finding(context, rule, severity, stated, computed, allowed))
    return findings


def _misread(computed: Interval, allowed: Interval, factor: float) -> bool:
    """Whether the figures' ratio lies more than `factor` times beyond what the text allows."""
    return computed[1] * factor < allowed[0] or (
        not math.isinf(allowed[1]) and computed[0] > allowed[1] * factor
    )


def ratio(subject: Interval, reference: Interval) -> Interval:
    """The multiples of any reference value in `reference` that `subject` allows."""
    high = subject[1] / reference[0] if reference[0] > 0 else math.inf
    return subject[0] / reference[1], high


def _multiple_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    stated: Stated,
    computed: Interval,
    allowed: Interval,
) -> Finding:
    """The finding for a comparison the values contradict, with their ratio."""
    relation, scaled = stated.relation, stated.scaled
    subject, reference = stated.claims
    middle = scaled.nominal[0] / scaled.nominal[1]
    if math.isinf(allowed[1]):
        allowed_text = f"{allowed[0]:.3g} times or more"
    else:
        allowed_text = f"{allowed[0]:.3g} to {allowed[1]:.3g} times"
    lines = [
        f"Figure: {stated.named(context, 0)}.",
        f"Compared with: {stated.named(context, 1)}.",
        f"Computed: {times_text(middle)} ({computed[0]:.3g} to {times_text(computed[1])} within "
        "the figures' stated precision and qualifiers).",
        f"Stated: '{relation.detail}', read as {allowed_text} (the rule's bounds).",
        scaled.describe(),
        f"Fix: describe it as about {middle:.2g} times, or check the figures.",
    ]
    message = (
        f"'{subject.mention.text}' is {times_text(middle)} '{reference.mention.text}', "
        f"not '{relation.detail}'"
    )
    return context.finding(rule, severity, stated.located(), message, "\n".join(lines))


# -- the fact table ----------------------------------------------------------------------

# A base or valuation found elsewhere by company and period needs a company from at least a
# clear topic and a period at least carried over.
LOOKUP_REQUIRES = {"entity": "inferred", "period": "inferred"}


class FactGroups:
    """The fact table grouped by entity, metric and period, for bases and valuations."""

    def __init__(self, facts: pd.DataFrame, requires: dict[str, str] | None = None) -> None:
        """Index the figure ids of the fact table by (entity, metric, period), keeping only
        figures whose evidence meets `requires` (the grade each attribute needs)."""
        requires = requires or LOOKUP_REQUIRES
        grades = [f"{attribute}_grade" for attribute in requires]
        keyed = facts[["id", "entity", "metric", "period", *grades]]
        keyed = keyed.dropna(subset=["entity", "period"])
        keyed = keyed[meets(keyed, requires)]
        ids = keyed["id"].to_numpy()
        indices = keyed.groupby(["entity", "metric", "period"], sort=False).indices
        self._ids: dict[tuple[str, str, str], list[str]] = {
            key: ids[positions].tolist() for key, positions in indices.items()
        }

    @classmethod
    def shared(cls, context: CheckContext, requires: dict[str, str]) -> FactGroups:
        """The groups of the context's fact table for `requires`, built once per context."""
        return context.shared(
            ("fact_groups", tuple(sorted(requires.items()))), lambda: cls(context.facts, requires)
        )

    def figures(self, entity: str, metrics: Sequence[str], period: str) -> list[str]:
        """Figure ids of one entity and period, for any of `metrics`, in fact-table order."""
        return [i for metric in metrics for i in self._ids.get((entity, metric, period), [])]

    def change_base(self, context: CheckContext, new: Claim, relation: Change) -> Claim | None:
        """The base of a change named by its period ("from 2024", "a year earlier")."""
        period = base_period(new.period, relation)
        if period is None or new.entity is None:
            return None
        ids = self.figures(new.entity, [new.metric], period)
        candidates = [context.by_id[i] for i in ids if i != new.figure_id]
        # Net earnings a year earlier, not the operating earnings beside them.
        candidates = [c for c in candidates if _basis(c) == _basis(new)]
        return _agreed(context, _same_document_first(new, candidates))

    def valuations(self, context: CheckContext, price: Claim, relation: Stake) -> list[Claim]:
        """The valuations stated for a stake's company in the stake's period.

        A stake whose sentence names a month is looked up in every document, and only when
        the figures of that company and month agree on one value. A stake whose sentence
        names no date is read against every valuation its own document states for that
        company and period, so it contradicts the text only if it fits none of them.
        """
        period = price.period
        if price.entity is None or period is None:
            return []
        if relation.latest and not relation.dated:
            return self.latest_valuations(context, price, relation)
        own = set(relation.figures) | context.restatements_of(price.figure_id)
        candidates = _valuation_candidates(
            context, self.figures(price.entity, VALUATION_METRICS, period), own
        )
        if not relation.dated:
            return [c for c in candidates if c.mention.path == price.mention.path]
        if len(period) != 7:
            return []
        agreed = _agreed(context, _same_document_first(price, candidates))
        return [agreed] if agreed else []

    def latest_valuations(
        self, context: CheckContext, price: Claim, relation: Stake
    ) -> list[Claim]:
        """The valuations of a stake's company its own document states for the latest period
        it states one for: what "at the new price" names."""
        by_period: dict[tuple[int, int], list[Claim]] = {}
        own = set(relation.figures) | context.restatements_of(price.figure_id)
        for key in self._keys_by_entity.get(price.entity or "", []):
            _, metric, period = key
            if metric not in VALUATION_METRICS:
                continue
            claims = [
                c
                for c in _valuation_candidates(context, self._ids[key], own)
                if c.mention.path == price.mention.path
            ]
            if claims:
                by_period.setdefault(_period_end(period), []).extend(claims)
        return by_period[max(by_period)] if by_period else []

    @functools.cached_property
    def _keys_by_entity(self) -> dict[str, list[tuple[str, str, str]]]:
        """The (entity, metric, period) keys of each entity, in the table's order, indexed
        once rather than searched for every stake."""
        index: dict[str, list[tuple[str, str, str]]] = {}
        for key in self._ids:
            index.setdefault(key[0], []).append(key)
        return index


def _valuation_candidates(context: CheckContext, ids: list[str], own: set[str]) -> list[Claim]:
    """The figures of `ids` a stake may be read against: not its own figures or their
    restatements, not a target, not a bound ("more than $5 billion")."""
    return [
        context.by_id[i]
        for i in ids
        if i not in own
        and not context.by_id[i].is_target
        and context.by_id[i].mention.qualifier not in OPEN_ENDED_QUALIFIERS
    ]


def _period_end(period: str) -> tuple[int, int]:
    """A period ("2024", "2024-05") as the year and month it ends in."""
    year, _, month = period.partition("-")
    return int(year), int(month) if month else 12


def _basis(claim: Claim) -> str:
    """A figure's basis, a bare profit or loss being the net one."""
    if claim.basis or claim.metric not in BASIS_IMPLIED_METRICS:
        return claim.basis
    return "net"


def base_period(period: str | None, relation: Change) -> str | None:
    """The period a change's base is named by: "from 2024", or a year before `period`."""
    if relation.base_year is not None:
        return str(relation.base_year)
    back = relation.years_back
    if back is None or period is None:
        return None
    year_text, _, rest = period.partition("-")
    if not year_text.isdigit():
        return None
    return f"{int(year_text) - int(back)}" + (f"-{rest}" if rest else "")


def _same_document_first(claim: Claim, candidates: list[Claim]) -> list[Claim]:
    """The candidates from the claim's own document, or all of them when it has none."""
    same = [c for c in candidates if c.mention.path == claim.mention.path]
    return same or candidates


def _agreed(context: CheckContext, candidates: list[Claim]) -> Claim | None:
    """The first candidate when all of them allow one common value, else None."""
    if not candidates:
        return None
    scaled = on_one_scale(context, candidates, [figure_interval(c) for c in candidates])
    if scaled is None:
        return None
    low = max(interval[0] for interval in scaled.intervals)
    high = min(interval[1] for interval in scaled.intervals)
    return candidates[0] if low <= high else None
