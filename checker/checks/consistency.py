"""Checks that compare figures with each other: conversions, the same fact stated twice."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from typing import NamedTuple

import pandas as pd

from checker.checks.context import (
    CheckContext,
    format_amount,
    format_interval,
    ratio_text,
    where,
)
from checker.checks.currency import Reading, overlaps, reading_at, stated_usd
from checker.checks.registry import RuleRun, check
from checker.checks.scale import lost_in_restatement, significant_digits
from checker.facts import GRADED_ATTRIBUTES, repeated_groups
from checker.link.periods import counted_from_document_date
from checker.model import (
    EARNED_OVER_TIME,
    HEADLINE,
    LEAD,
    METRICS,
    OPEN_ENDED_QUALIFIERS,
    Claim,
    Deferred,
    Document,
    Finding,
    Grade,
    Mention,
    Qualifier,
)
from checker.money import (
    MAX_STALE_DAYS,
    NBP_FIRST_DAY,
    Rate,
    cross_rate,
    fx_rate,
    last_rate_year,
    stated_interval,
    through_quote,
)
from checker.relations import DealReference, Restatement, Sum
from checker.relations.references import tells_an_event_of, tells_the_deal

# Market quotes of an item or a currency ("$42 a barrel for February delivery", "65 dollars a
# barrel" in two days' briefings, "33 cents a gallon" of propane and "43 cents" of kerosene):
# the fact table keys neither the item priced nor the day, so two quotes are never one fact.
QUOTE_METRICS = ("unit_price", "exchange_rate")
COMPARED_METRICS = tuple(metric for metric in METRICS if metric not in ("other", *QUOTE_METRICS))
# What a company pays for a wrong (a fine, a settlement) is no price of anything and is
# reported as "other"; two such amounts of one company, of one measure, are still one fact,
# compared as two prices paid are.
PAID_FOR_A_WRONG = ("fine", "settlement")
# Metrics measured over a period rather than at a moment: a year of them is not a quarter.
FLOW_METRICS = EARNED_OVER_TIME
# Bases a figure has when the text names none: a bare profit or loss is the net one.
IMPLIED_BASES = ("net",)
# "About X" is X give or take one unit of its last non-zero digit, or this fraction if wider.
ABOUT_SLACK = 0.025
# What makes two figures one fact, besides a period that is the same or contains the other:
# the company, metric, basis and finer measure (a tax bill is not a sale price), the bidder
# of a bid (rival bids are two facts), the span of a flow's period (a quarter is not nine
# months), the currency and the year.
FACT_KEYS = ["entity", "metric", "basis", "measure", "party", "span", "currency", "year"]
# Measures keyed by the party that makes them: rival bids for one company are two facts.
PARTY_MEASURES = ("bid", "revised_bid")
# A period's span as the text words it, in one vocabulary: "three months to" is a quarter.
SPAN_NAMES = {"3 months": "quarter", "6 months": "half", "12 months": "year"}
# The grade each compared attribute needs by default: an entity from a clear topic will do,
# a metric carried from the figure it continues or restates, a period carried over.
DEFAULT_REQUIRES = {"entity": "inferred", "metric": "inferred", "period": "inferred"}
# period-conflict compares dates, so the date must be the figure's own.
PERIOD_REQUIRES = {"entity": "inferred", "metric": "inferred", "period": "stated"}
# Metrics whose one amount happens once: a flow (revenue, profit, loss) can repeat a value.
PERIOD_METRICS = ("valuation", "market_cap", "funding", "investment", "price_paid", "share_price")
# The first year an undated document's conversion is checked at (the first rate the shipped
# histories have, NBP_FIRST_DAY), and the year a currency was introduced where it is later.
HISTORY_START = NBP_FIRST_DAY.year
INTRODUCED = {"EUR": 1999}
# The measures of each metric that name one deal between two parties: a price paid for a
# company (plain, a deal, a bid) and a bid's value. A revised bid, a change, a stake, a
# segment or a settlement is no deal's amount.
DEAL_MEASURES = {"price_paid": ("", "deal", "bid"), "valuation": ("bid",)}
# The fact-table columns same-fact-different-values reads: its filtered copies of the table
# hold only these (a million figures' copies of every column would double the run's memory).
CONFLICT_COLUMNS = [
    "id",
    "path",
    "event",
    "entity",
    "entity_via",
    "counterparty",
    "metric",
    "basis",
    "measure",
    "period",
    "period_span",
    "currency",
    "target",
    "place",
    *(f"{attribute}_grade" for attribute in GRADED_ATTRIBUTES),
]
# The fact-table columns same-value-different-periods reads.
PERIOD_COLUMNS = [
    "id",
    "path",
    "entity",
    "counterparty",
    "metric",
    "measure",
    "currency",
    "amount",
    "period",
    "target",
    "explicit_period",
    *(f"{attribute}_grade" for attribute in GRADED_ATTRIBUTES),
]
# Share prices of a trading moment: two days' closes are two facts, and a period names no day.
MOMENT_BASES = ("close", "open", "intraday", "range")
# Values set by trading that move from day to day: two stories of the same month may rightly
# give a company two market values, so they are one fact only in stories of the same day.
STORY_MOMENT_METRICS = ("market_cap",)


@dataclass(frozen=True)
class FxParameters:
    """Parameters of `conversion_disagrees`."""

    tolerance: float = 0.05
    """Relative slack beyond the stated precision, at the document date's exchange rate."""
    own_rate_margin: float = 0.25
    """Relative slack beyond the stated precision by which a conversion's implied rate may
    differ from the document's other conversions between the same two currencies."""


@check(FxParameters)
def fx_mismatch(run: RuleRun[FxParameters]) -> list[Finding]:
    """Two figures the text states as the same amount in different currencies, which differ
    beyond the stated precision and `tolerance` at the document date's exchange rate; or
    whose implied rate differs from the document's own other conversions of the same pair
    beyond their precision and `own_rate_margin` (`_own_rate_findings`, needs no date). A
    conversion that shows a lost magnitude is the missing-scale rule's to report."""
    context, rule, severity = run.context, run.rule, run.severity
    tolerance = run.params.tolerance
    findings = []
    settled: set[tuple[str, str]] = set()
    conversions = [
        pair for pair in _conversions(context) if not _shows_lost_magnitude(context, pair)
    ]
    groups = _same_pair_groups(context, conversions)
    for first, second in conversions:
        verdict = _market_verdict(context, (first, second), tolerance)
        if verdict.settled:
            settled.add((first.figure_id, second.figure_id))
        if verdict.readings is None:
            undated = _undated_note(context, rule, (first, second), tolerance)
            if undated is not None:
                settled.add((first.figure_id, second.figure_id))
                findings.append(undated)
            continue
        finding = _fx_finding(context, rule, severity, verdict.readings, (second, first), tolerance)
        also = _own_rate_also(context, groups, (first, second), run.params.own_rate_margin)
        if also:
            finding = replace(finding, explanation=f"{finding.explanation}\n{also}")
        findings.append(finding)
    return findings + _own_rate_findings(context, run, groups, settled)


@dataclass(frozen=True)
class MarketVerdict:
    """What the market rate says of a conversion: `settled` when it decides it (it disagrees,
    or agrees at the document's stated date); `readings` (converted, original) when it
    disagrees."""

    settled: bool = False
    readings: tuple[Reading, Reading] | None = None


def _market_verdict(
    context: CheckContext, pair: tuple[Claim, Claim], tolerance: float
) -> MarketVerdict:
    """The conversion at the market rate: undecided with no date or rate source, or when it
    fits some rate of an inferred window or of the year its clause states."""
    first, second = pair
    document = context.document(first)
    if document.date is None and document.date_window is None:
        return MarketVerdict()
    original = stated_usd(context, _bound(first), first.mention.currency)
    converted = stated_usd(context, _bound(second), second.mention.currency)
    if original is None or converted is None:
        return MarketVerdict()
    if overlaps(original, converted, tolerance):
        direct = None if document.date else _pair_readings(pair, context.years(document))
        if direct is None or overlaps(*direct, tolerance):
            return MarketVerdict(settled=document.date is not None)
        original, converted = direct
    if any(_outside_history(document, r) for r in (original, converted)):
        return MarketVerdict()
    if _agrees_in_own_year(document, pair, tolerance):
        return MarketVerdict()
    return MarketVerdict(settled=True, readings=(converted, original))


def _bound(claim: Claim) -> Claim:
    """A figure as the number it writes: a conversion restates the bound of "up to A$400
    million (about US$215 million)", not every amount below it."""
    qualifier = claim.mention.qualifier
    if qualifier not in OPEN_ENDED_QUALIFIERS:
        return claim
    return replace(claim, mention=replace(claim.mention, qualifier=Qualifier.EXACT))


def _pair_readings(
    pair: tuple[Claim, Claim], years: Sequence[int]
) -> tuple[Reading, Reading] | None:
    """Both figures in the second one's currency over the pair's own rates of `years`, when
    neither currency is the dollar: each currency's dollar range taken apart would allow
    combinations no day had (the euro's best year against the pound's worst)."""
    first, second = pair
    base, quote = first.mention.currency, second.mention.currency
    if base is None or quote is None or "USD" in (base, quote):
        return None
    rate, same = fx_rate(base, quote, None, years), fx_rate(quote, quote, None)
    if rate is None or same is None:
        return None
    return reading_at(first.mention, base, rate), reading_at(second.mention, quote, same)


def _undated_note(
    context: CheckContext, rule: str, pair: tuple[Claim, Claim], tolerance: float
) -> Finding | None:
    """In a document with no date at all, an `info` note on a conversion that disagrees at
    every rate the shipped histories quote for both currencies over every year a document
    could have been written in (`HISTORY_START` to the last rate): whatever its date, the
    conversion is wrong. Never a failing finding, since the date is unknown."""
    first, second = pair
    document = context.document(first)
    if document.date is not None or document.date_window is not None:
        return None
    years = _history_years(first.mention.currency, second.mention.currency)
    if years is None:
        return None
    readings = _pair_readings(pair, years) or [_reading_over(claim, years) for claim in pair]
    if None in readings or overlaps(readings[0], readings[1], tolerance):
        return None
    original, converted = readings
    unit = original.rate.quote if original.rate else "USD"
    rates = "; ".join(r.rate.describe() for r in readings if r.currency != "USD")
    lines = [
        f"{second.figure_id} '{second.mention.text}' restates {first.figure_id} "
        f"'{first.mention.text}' ({context.where(first)}); the document states no date.",
        f"Over every rate from {years[0]} to {years[-1]}: '{first.mention.text}' is "
        f"{format_interval(original.low, original.high, unit)} and '{second.mention.text}' "
        f"is {format_interval(converted.low, converted.high, unit)} ({rates}).",
        f"Tolerance: the precision and qualifiers as written, plus {tolerance:.0%}.",
        "Fix: correct one of the two amounts, or give the document its date (--date) to "
        "check it at that day's rate.",
    ]
    message = (
        f"'{second.mention.text}' is not '{first.mention.text}' at any exchange rate from "
        f"{years[0]} to {years[-1]} (the document's date is unknown)"
    )
    return context.finding(rule, "info", [second, first], message, "\n".join(lines))


@functools.cache
def _history_years(*currencies: str | None) -> tuple[int, ...] | None:
    """Every year from `HISTORY_START` (or the currency's introduction) to the last rate,
    when a shipped history quotes each currency in USD in all of them; else None."""
    years = tuple(range(HISTORY_START, last_rate_year() + 1))
    for currency in currencies:
        if currency is None:
            return None
        since = INTRODUCED.get(currency, HISTORY_START)
        if not all(_year_covered(currency, "USD", year) for year in years if year >= since):
            return None
    return years


def _reading_over(claim: Claim, years: tuple[int, ...]) -> Reading | None:
    """The figure's stated interval in USD over the rates of all `years`."""
    mention = claim.mention
    rate = fx_rate(mention.currency, "USD", None, years)
    return None if rate is None else reading_at(mention, mention.currency, rate)


def _shows_lost_magnitude(context: CheckContext, pair: tuple[Claim, Claim]) -> bool:
    """Whether one figure of the conversion lost a magnitude its restatement shows ("£1.5
    ($2.8bn)"): missing-scale reports that, so the conversion is not reported twice."""
    for claim, partner in (pair, pair[::-1]):
        usd = context.usd(claim)
        if usd is not None and lost_in_restatement(context, claim, usd, [partner]):
            return True
    return False


def _outside_history(document: Document, reading: Reading) -> bool:
    """Whether no rate source covers the document's date (a 1987 story and the ECB history
    from 1999), or some year of its inferred window: the conversion cannot be checked at
    every rate it may have been made at, so it is not checked."""
    rate = reading.rate
    if rate is None:
        return False
    if document.date is not None and rate.on is not None:
        return abs((rate.on - document.date).days) > MAX_STALE_DAYS
    window = document.date_window
    if window is None:
        return False
    return not all(
        _year_covered(rate.base, rate.quote, year) for year in range(window[0], window[1] + 1)
    )


def _agrees_in_own_year(document: Document, pair: tuple[Claim, Claim], tolerance: float) -> bool:
    """Whether the text places the figures in a year before the document's ("a loss of 684bn
    yen ($6.4bn) in 2000") and the conversion agrees at some rate of that year: it may have
    been made then, so it is not a mismatch."""
    year = _own_past_year(document, pair)
    if year is None:
        return False
    readings = [_reading_in_year(claim, year) for claim in pair]
    if None in readings:
        return False
    return overlaps(readings[0], readings[1], tolerance)


def _own_past_year(document: Document, pair: tuple[Claim, Claim]) -> int | None:
    """The year the figures' own clause states for them, when it is before the year the
    document was written in; None for a target, or a period only carried from other
    sentences (the year is uncertain, so the conversion is checked at the document's date)."""
    written = document.date.year if document.date else (document.date_window or (None,))[0]
    for claim in pair:
        evidence = claim.evidence_for("period")
        if claim.is_target or not claim.period or evidence is None:
            continue
        if evidence.grade is not Grade.STATED or counted_from_document_date(evidence.words):
            continue
        year = int(claim.period[:4])
        return year if written is not None and year < written else None
    return None


def _reading_in_year(claim: Claim, year: int) -> Reading | None:
    """The figure's stated interval in USD over the rates of `year`; None when no source
    covers the whole year."""
    if not _year_covered(claim.mention.currency, "USD", year):
        return None
    return _reading_over(claim, (year,))


def _year_covered(base: str, quote: str, year: int) -> bool:
    """Whether a rate source quotes `base` in `quote` during `year` (not a clipped year)."""
    rate = fx_rate(base, quote, None, (year,))
    return rate is not None and (rate.span is None or rate.span[0].year <= year)


def _conversions(context: CheckContext) -> Iterator[tuple[Claim, Claim]]:
    """Equivalences between figures in two different, unambiguous currencies, converted at
    the market rate (a conversion at a rate the text states is not the market's to check)."""
    for relation in context.relations:
        if not isinstance(relation, Restatement):
            continue
        first, second = (context.by_id[figure] for figure in relation.figures[:2])
        currencies = (first.mention.currency, second.mention.currency)
        if None in currencies or currencies[0] == currencies[1]:
            continue
        if any(len(set(c.mention.currency_markers)) > 1 for c in (first, second)):
            continue
        if not relation.stated_rate:
            yield first, second


def _fx_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    readings: tuple[Reading, Reading],
    pair: tuple[Claim, Claim],
    tolerance: float,
) -> Finding:
    flagged, reference = pair
    rate, ref_rate = (reading.rate for reading in readings)
    ref_currency, flag_currency = reference.mention.currency, flagged.mention.currency
    expected = _expected_amount(reference, ref_rate, rate)
    implied = _implied(flagged, reference)
    market = cross_rate(ref_rate, rate)
    lines = [
        f"{flagged.figure_id} '{flagged.mention.text}' restates {reference.figure_id} "
        f"'{reference.mention.text}' ({context.where(reference)}).",
        f"At {ref_rate.describe()} and {rate.describe()}, "
        f"{format_amount(reference.mention.amount, ref_currency)} is "
        f"{format_interval(expected[0], expected[1], flag_currency)}.",
        _implied_rate_line(flagged, reference, market),
        f"Tolerance: the precision and qualifiers as written, plus {tolerance:.0%}.",
        f"Fix: restate {format_amount(reference.mention.amount, ref_currency)} as about "
        f"{format_amount((expected[0] + expected[1]) / 2, flag_currency)}, or correct "
        f"'{reference.mention.text}'.",
    ]
    deviation = "one of them is zero" if implied is None else ratio_text(implied, market)
    message = (
        f"'{flagged.mention.text}' is not '{reference.mention.text}' at the exchange rate "
        f"of the document's date ({deviation})"
    )
    return context.finding(rule, severity, [flagged, reference], message, "\n".join(lines))


def _implied(flagged: Claim, reference: Claim) -> float | None:
    """Units of the flagged figure's currency per unit of the reference's, as the text has
    it; None when the reference amount is zero ("HK$0 trillion (US$71.3 billion)")."""
    if reference.mention.amount == 0:
        return None
    return float(flagged.mention.amount) / float(reference.mention.amount)


def _implied_rate_line(flagged: Claim, reference: Claim, market: float) -> str:
    ref_currency, flag_currency = reference.mention.currency, flagged.mention.currency
    market_text = f"the market rate was 1 {ref_currency} = {market:.4g} {flag_currency}"
    implied = _implied(flagged, reference)
    if implied is None:
        return f"A zero amount restated as non-zero implies no rate; {market_text}."
    return (
        f"The text implies 1 {ref_currency} = {implied:.4g} {flag_currency}; {market_text} "
        f"({ratio_text(implied, market)})."
    )


def _expected_amount(reference: Claim, ref_rate: Rate, rate: Rate) -> tuple[float, float]:
    """The reference amount in the flagged figure's currency, over both rate intervals."""
    bounds = through_quote(float(reference.mention.amount), ref_rate, rate)
    return min(bounds), max(bounds)


# Qualifiers whose figure is as exact as its digits: only such figures imply a rate (a bound,
# "more than $1bn", or an approximation, "about £500m", says less than its digits).
RATE_QUALIFIERS = (Qualifier.EXACT,)
# Metrics of a price per unit: a price is set per market, so its conversion is compared only
# with other unit prices ("$99 (£69)" against "$2bn (£1.1bn)" compares two kinds of amount).
UNIT_PRICE_METRICS = ("unit_price", "share_price")


@dataclass(frozen=True)
class Conversion:
    """A conversion the text states, oriented by its currency pair: `base` in the pair's
    first currency (alphabetically), `quote` in the other; `low`-`high` the units of quote
    per unit of base that the figures imply at the precision they are written with;
    `written` the figure and its restatement in the text's order."""

    base: Claim
    quote: Claim
    low: float
    high: float
    written: tuple[Claim, Claim]

    @property
    def implied(self) -> float:
        return float(self.quote.mention.amount) / float(self.base.mention.amount)

    @property
    def ids(self) -> tuple[str, str]:
        return self.base.figure_id, self.quote.figure_id

    def agrees(self, other: Conversion, margin: float) -> bool:
        """Whether the two implied rates meet within their precision and `margin`."""
        return max(self.low, other.low) <= min(self.high, other.high) * (1 + margin)


def _own_rate_findings(
    context: CheckContext,
    run: RuleRun[FxParameters],
    groups: list[list[Conversion]],
    settled: set[tuple[str, str]],
) -> list[Finding]:
    """Conversions whose implied rate disagrees with the document's own other conversions
    between the same two currencies: with three or more, each one outside the agreeing
    majority; with two, both as disagreeing. A conversion the market rate has settled
    (flagged, or confirmed at a stated date) is left to that verdict."""
    margin = run.params.own_rate_margin
    findings = []
    for group in groups:
        fresh = [c for c in group if not ({c.ids, c.ids[::-1]} & settled)]
        if len(group) == 2 and len(fresh) == 2 and not group[0].agrees(group[1], margin):
            findings.append(_own_rate_finding(context, run, group, []))
            continue
        majority = _agreeing_majority(group, margin)
        for outlier in fresh if majority else []:
            if not any(outlier.agrees(other, margin) for other in majority):
                findings.append(_own_rate_finding(context, run, [outlier], majority))
    return findings


def _own_rate_also(
    context: CheckContext,
    groups: list[list[Conversion]],
    pair: tuple[Claim, Claim],
    margin: float,
) -> str:
    """The document's own conversions of the pair that the flagged one disagrees with, as a
    line for its finding: the same verdict without a date ("" when there are none)."""
    ids = (pair[0].figure_id, pair[1].figure_id)
    for group in groups:
        flagged = next((c for c in group if set(c.ids) == set(ids)), None)
        if flagged is None:
            continue
        others = [c for c in group if c is not flagged and not flagged.agrees(c, margin)]
        if not others:
            return ""
        lines = [_conversion_line(context, c) for c in (flagged, *others)]
        return "The document's own conversions disagree as well, without any date:\n" + (
            "\n".join(lines)
        )
    return ""


def _same_pair_groups(
    context: CheckContext, conversions: list[tuple[Claim, Claim]]
) -> list[list[Conversion]]:
    """The comparable conversions of each document and currency pair, two or more each:
    the same years, and unit prices only with unit prices."""
    groups: dict[tuple, list[Conversion]] = defaultdict(list)
    for pair in conversions:
        conversion = _conversion(pair)
        if conversion is None:
            continue
        key = (
            conversion.base.mention.path,
            conversion.base.mention.currency,
            conversion.quote.mention.currency,
            _rate_years(context.document(pair[0]), pair),
            any(claim.metric in UNIT_PRICE_METRICS for claim in pair),
        )
        groups[key].append(conversion)
    return [group for group in groups.values() if len(group) > 1]


def _conversion(pair: tuple[Claim, Claim]) -> Conversion | None:
    """The conversion oriented by its currency pair, when both figures are exact, positive
    and not prices per unit of something ("$40 an ounce")."""
    if any(
        claim.mention.qualifier not in RATE_QUALIFIERS
        or claim.mention.amount <= 0
        or claim.mention.per_unit is not None
        for claim in pair
    ):
        return None
    base, quote = sorted(pair, key=lambda claim: claim.mention.currency or "")
    base_low, base_high = _exact_interval(base.mention)
    quote_low, quote_high = _exact_interval(quote.mention)
    return Conversion(base, quote, quote_low / base_high, quote_high / base_low, pair)


def _exact_interval(mention: Mention) -> tuple[float, float]:
    low, high = stated_interval(mention.amount, mention.precision, mention.qualifier.value)
    return float(low), float(high)


def _rate_years(document: Document, pair: tuple[Claim, Claim]) -> frozenset[int]:
    """The years the text places the conversion's figures in, or else the year of the
    document's stated date (a target's year is not when it was converted): two conversions
    of different years may rightly imply different rates."""
    years = frozenset(
        int(claim.period[:4]) for claim in pair if claim.period and not claim.is_target
    )
    if years or document.date is None:
        return years
    return frozenset((document.date.year,))


def _agreeing_majority(group: list[Conversion], margin: float) -> list[Conversion]:
    """The largest set of conversions that all agree with each other, when it is more than
    half of the group and no other set of that size exists; else none."""
    for size in range(len(group), len(group) // 2, -1):
        sets = [
            list(subset)
            for subset in itertools.combinations(group, size)
            if all(a.agrees(b, margin) for a, b in itertools.combinations(subset, 2))
        ]
        if sets:
            return sets[0] if len(sets) == 1 else []
    return []


def _own_rate_finding(
    context: CheckContext,
    run: RuleRun[FxParameters],
    flagged: list[Conversion],
    majority: list[Conversion],
) -> Finding:
    """A conversion against the document's agreeing majority, or two that disagree."""
    first = flagged[0]
    base, quote = first.base.mention.currency, first.quote.mention.currency
    others = majority or flagged[1:]
    reference = _rate_range(others)
    lines = [_conversion_line(context, c) for c in (*flagged, *majority)]
    lines.append(
        f"{first.implied:.4g} is {ratio_text(first.implied, sum(reference) / 2)} against "
        f"{_rate_text(reference)}: beyond the precision written plus "
        f"{run.params.own_rate_margin:.0%}. One document converts at one rate unless it "
        "states another (a year, a rate of its own)."
    )
    lines.append(
        "Evidence: the document's own conversions between these currencies; no exchange-rate "
        "date is needed."
    )
    if majority:
        rate = sum(reference) / 2
        in_quote = float(first.base.mention.amount) * rate
        in_base = float(first.quote.mention.amount) / rate
        lines.append(
            f"Fix: at the document's own rate '{first.base.mention.text}' is about "
            f"{format_amount(in_quote, quote)} and '{first.quote.mention.text}' about "
            f"{format_amount(in_base, base)}; correct the one that is wrong."
        )
        original, restated = first.written
        subject = f"'{restated.mention.text}' for '{original.mention.text}'"
        message = (
            f"{subject} implies 1 {base} = {first.implied:.4g} {quote}; the document's other "
            f"conversions imply 1 {base} = {_rate_text(reference)} {quote}"
        )
    else:
        lines.append("Fix: correct whichever of the two conversions is wrong.")
        message = (
            f"Two conversions of {base} to {quote} in one document imply different rates: "
            + " and ".join(f"1 {base} = {c.implied:.4g} {quote}" for c in flagged)
        )
    claims = [claim for c in flagged for claim in (c.quote, c.base)]
    return run.finding(sorted(claims, key=lambda c: c.mention.start), message, "\n".join(lines))


def _conversion_line(context: CheckContext, conversion: Conversion) -> str:
    original, restated = conversion.written
    base, quote = conversion.base.mention.currency, conversion.quote.mention.currency
    return (
        f"{restated.figure_id} '{restated.mention.text}' restates {original.figure_id} "
        f"'{original.mention.text}' ({context.where(original)}): "
        f"{format_amount(conversion.quote.mention.amount, quote)} / "
        f"{format_amount(conversion.base.mention.amount, base)} = 1 {base} to "
        f"{conversion.implied:.4g} {quote} ({_rate_text((conversion.low, conversion.high))} "
        "at the precision written)."
    )


def _rate_range(conversions: list[Conversion]) -> tuple[float, float]:
    """The implied rates' span over `conversions` (their middles)."""
    rates = [c.implied for c in conversions]
    return min(rates), max(rates)


def _rate_text(span: tuple[float, float]) -> str:
    low, high = span
    return f"{low:.4g}" if f"{low:.4g}" == f"{high:.4g}" else f"{low:.4g}–{high:.4g}"


@dataclass(frozen=True, slots=True)
class Stated:
    """One figure as a row of a comparison group: its claim, the interval it states, and the
    company it is about, with the party (`via`) through which it was found when the figure's
    own text names only that party."""

    claim: Claim
    reading: Reading
    entity: str
    via: str | None = None

    @property
    def order(self) -> tuple[str, int]:
        return self.claim.mention.path, self.claim.mention.start


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A total the text gives as complete ("made up of", "together they amount to"), with
    its parts."""

    total: Stated
    parts: tuple[Stated, ...]


@dataclass(frozen=True)
class Limits:
    """When two figures of a group are compared: values at most `max_ratio` apart, and the
    metrics measured over a period (`flows`), for which a carried-over period counts."""

    max_ratio: float
    flows: frozenset[str]


@dataclass(frozen=True)
class ConflictParameters:
    """Parameters of `same_fact_different_values`."""

    rounding: float = 0.001
    """Relative slack beyond the stated precision within which two values are one."""
    about: float = ABOUT_SLACK
    """"About X" is X give or take its last non-zero digit, or this fraction if wider."""
    max_ratio: float = 3.0
    """Values further apart than this ratio are two facts, not a conflict."""
    metrics: tuple[str, ...] = COMPARED_METRICS
    """The metrics compared."""
    flow_metrics: tuple[str, ...] = FLOW_METRICS
    """Metrics measured over a period: a year of them is not a quarter."""
    implied_bases: tuple[str, ...] = IMPLIED_BASES
    """Bases a figure has when the text names none: a bare profit is the net one."""
    requires: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_REQUIRES))
    """The evidence grade each compared attribute needs (stated, inferred, weak, unknown)."""
    same_event_ratio: float = 1.5
    """A headline figure and its lead's further apart than this are two amounts, not one."""
    conversion_tolerance: float = 0.05
    """Relative slack, beyond the precision as written, of a lead's figure converted at the
    market rate when a headline is read against it."""


@check(ConflictParameters)
def figure_conflict(run: RuleRun[ConflictParameters]) -> list[Finding]:
    """The same entity, metric and period stated with values that cannot all be true."""
    context, rule, severity, params = run.context, run.rule, run.severity, run.params
    tolerance = params.rounding
    limits = Limits(params.max_ratio, frozenset(params.flow_metrics))
    keyed = _fact_rows(context, params)
    stated = StatedRows(context, keyed, params.about)
    findings, seen = [], set()
    days = _story_days(context)
    wholes = keyed[~keyed["id"].isin(_sum_parts(context) | dated_twice_figures(context))]
    for group in _comparable_groups(wholes, stated, limits.flows, days):
        clusters = _clusters(group, tolerance)
        if len(clusters) < 2:
            continue
        reference = _reference_cluster(clusters)
        if len(clusters) > 2 and len(reference) < 2:
            continue
        one_to_one = len(clusters) == 2 and all(len(cluster) == 1 for cluster in clusters)
        references = References(reference)
        for cluster in clusters:
            if cluster is not reference:
                for pair in _conflicts(context, cluster, references, limits):
                    seen.add(frozenset(s.claim.figure_id for s in pair))
                    findings.append(
                        _conflict_finding(
                            context, rule, severity, pair, tolerance, one_to_one=one_to_one
                        )
                    )
    for pair, agreed in _odd_parts(context, keyed, stated, limits, tolerance):
        if frozenset(s.claim.figure_id for s in pair) not in seen:
            seen.add(frozenset(s.claim.figure_id for s in pair))
            findings.append(_conflict_finding(context, rule, severity, pair, tolerance, agreed))
    event = SameEvent(params.about, tolerance, params.conversion_tolerance)
    for pair, written, sibling in _headline_and_lead(context, event, params.same_event_ratio):
        if frozenset(s.claim.figure_id for s in pair) not in seen:
            seen.add(frozenset(s.claim.figure_id for s in pair))
            findings.append(
                _same_event_finding(context, rule, severity, pair, event, written, sibling)
            )
    for pair, agreeing in _one_deal(context, event, params.same_event_ratio):
        if frozenset(s.claim.figure_id for s in pair) not in seen:
            seen.add(frozenset(s.claim.figure_id for s in pair))
            findings.append(_one_deal_finding(context, rule, severity, pair, event, agreeing))
    for pair, relation, agreeing in _deal_references(context, event, params.same_event_ratio):
        if frozenset(s.claim.figure_id for s in pair) not in seen:
            seen.add(frozenset(s.claim.figure_id for s in pair))
            findings.append(
                _deal_reference_finding(context, rule, severity, pair, relation, agreeing)
            )
    for pair in _once_events(context, keyed, event, params):
        if frozenset(s.claim.figure_id for s in pair) not in seen:
            findings.append(_once_event_finding(context, rule, severity, pair, event))
    return findings


# Events a company goes through once, with the metric of the amount that tells each: an
# initial public offering raises its proceeds once, so two documents' proceeds of one
# company's IPO are one fact though neither states a period.
ONCE_EVENTS = {"ipo": ("funding",)}
ONCE_EVENT_AMOUNTS = {"ipo": "IPO proceeds"}
# Two tellings of a once-only event are compared when their stories' stated dates are at most
# this many days apart: news of the same weeks, not a retrospective that may count the
# over-allotment the first reports had not.
ONCE_EVENT_DAYS = 31


def _once_events(
    context: CheckContext, keyed: pd.DataFrame, event: SameEvent, params: ConflictParameters
) -> Iterator[tuple[Stated, Stated]]:
    """Two documents' amounts of one company's once-only event (`ONCE_EVENTS`: an IPO's
    proceeds), each figure telling it by an event noun in its clause or sentence
    (`checker.link.events`), grouped by company, event, metric, basis and currency (a
    group-by on the fact table, not pairs), compared without a period. Only stories with
    stated dates at most `ONCE_EVENT_DAYS` apart, no two different stated years, exactly two
    values at most `same_event_ratio` apart, never a part of a total, and never a document's
    figure with a value its own document also states."""
    facts = keyed[keyed["event"].isin(list(ONCE_EVENTS))]
    if facts.empty:
        return
    fits = pd.Series(
        [
            metric in ONCE_EVENTS[kind]
            for kind, metric in zip(facts["event"], facts["metric"], strict=True)
        ],
        index=facts.index,
        dtype=bool,
    )
    dates = {
        path: document.date
        for path, document in context.documents.items()
        if document.date is not None and document.date_grade is Grade.STATED
    }
    parts = _sum_parts(context)
    facts = facts[fits & facts["path"].isin(list(dates)) & ~facts["id"].isin(list(parts))]
    keys = ["entity", "event", "metric", "basis", "currency"]
    ids = facts["id"].to_numpy()
    for positions in repeated_groups(facts, keys):
        group = [
            _stated(context, figure, event.about, context.by_id[figure].entity or "", None)
            for figure in ids[positions]
            if context.by_id[figure].mention.qualifier not in OPEN_ENDED_QUALIFIERS
        ]
        if len({s.claim.mention.path for s in group}) < 2:
            continue
        clusters = _clusters(group, event.rounding)
        if len(clusters) != 2:
            continue
        pair = _once_event_pair(clusters, dates, params.same_event_ratio)
        if pair is not None and not any(
            _states_the_value(context, pair[index], pair[1 - index], event) for index in (0, 1)
        ):
            yield pair


def _once_event_pair(
    clusters: list[list[Stated]], dates: Mapping[str, date], max_ratio: float
) -> tuple[Stated, Stated] | None:
    """The first figure of the odd value with the first figure of the other value in another
    document whose story is told within `ONCE_EVENT_DAYS` of its own, when neither document
    states both values and no two stated years differ."""
    reference = _reference_cluster(clusters)
    odd = next(cluster for cluster in clusters if cluster is not reference)
    both = {s.claim.mention.path for s in odd} & {s.claim.mention.path for s in reference}
    years = {
        s.claim.period[:4]
        for cluster in clusters
        for s in cluster
        if s.claim.explicit_period and s.claim.period
    }
    if both or len(years) > 1:
        return None
    for stated in sorted(odd, key=lambda s: s.order):
        for other in sorted(reference, key=lambda s: s.order):
            apart = abs((dates[stated.claim.mention.path] - dates[other.claim.mention.path]).days)
            low, high = sorted(_middle(s.reading) for s in (stated, other))
            if apart <= ONCE_EVENT_DAYS and low > 0 and high / low <= max_ratio:
                return stated, other
    return None


def _states_the_value(context: CheckContext, told: Stated, other: Stated, event: SameEvent) -> bool:
    """Whether a figure's document states the other telling's value in any figure of its
    currency (the proceeds with an over-allotment, another tranche): the document tells the
    two amounts apart itself."""
    facts = context.facts
    rows = facts.loc[
        (facts["path"] == told.claim.mention.path)
        & (facts["currency"] == told.claim.mention.currency),
        "id",
    ]
    return any(
        _agree(_stated(context, figure, event.about, "", None), other, event.rounding)
        for figure in rows
        if figure != told.claim.figure_id
    )


def _once_event_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    pair: tuple[Stated, Stated],
    event: SameEvent,
) -> Finding:
    """Two documents' amounts of one company's once-only event that disagree."""
    claim, reference = (stated.claim for stated in pair)
    what = f"{pair[0].entity}'s {ONCE_EVENT_AMOUNTS.get(claim.event, claim.event)}"
    lines = [
        f"{claim.figure_id} '{claim.mention.text}' ({context.where(claim)}) and "
        f"{reference.figure_id} '{reference.mention.text}' ({context.where(reference)}) both "
        f"tell {what}: each names the event ("
        + ", ".join(
            f"'{item.words}'" for c in (claim, reference) if (item := c.evidence_for("event"))
        )
        + f"), a company goes through it once, and the two stories are dated at most "
        f"{ONCE_EVENT_DAYS} days apart, so they are one fact although neither states a period.",
        f"- {claim.figure_id}: {_reading_text(pair[0])}.",
        f"- {reference.figure_id}: {_reading_text(pair[1])}.",
        "The intervals do not overlap, allowing the precision and qualifiers as written "
        f"(values within {event.rounding:.1%} are read as one rounded figure); each document "
        "states only its own value, so either may be the wrong one.",
        "Fix: make the figures agree (transposed digits are a common cause), or say what "
        "differs between them (an over-allotment, a second listing).",
    ]
    message = f"'{claim.mention.text}' and '{reference.mention.text}' disagree for {what}"
    return context.finding(rule, severity, [claim, reference], message, "\n".join(lines))


def _sum_parts(context: CheckContext) -> set[str]:
    """The figures the text states as parts of a total ("raised $748 million; its own shares
    brought $519.5 million"): each is a share of a fact, not the fact, so it is compared with
    other figures only as a part of its breakdown (`_odd_parts`). Read once per check run."""
    return context.shared("sum parts", lambda: _parts_of_sums(context))


def _parts_of_sums(context: CheckContext) -> set[str]:
    return {
        figure
        for relation in context.relations
        if isinstance(relation, Sum)
        for figure in relation.figures[1:]
    }


def _deal_references(
    context: CheckContext, event: SameEvent, max_ratio: float
) -> Iterator[tuple[tuple[Stated, Stated], DealReference, int]]:
    """A figure the text names as the story's deal ("the $15.6 billion takeover",
    `DealReference`) against the deal its headline and lead state, when those state one
    value, at most `max_ratio` apart from it, and no figure of the document, of any metric,
    states the referring figure's value (it may name the equity value, the net debt or
    another amount the story gives). Yields the pair, the reference and how many headline
    and lead figures state the deal's value."""
    relations = [
        r
        for r in context.relations
        if isinstance(r, DealReference) and not r.named_before and r.figures[0] in context.by_id
    ]
    paths = {context.by_id[r.figures[0]].mention.path for r in relations}
    documents: dict[str, list[Claim]] = defaultdict(list)
    for claim in context.claims:
        if claim.mention.path in paths and claim.mention.currency is not None:
            documents[claim.mention.path].append(claim)
    for relation in relations:
        claim = context.by_id[relation.figures[0]]
        if claim.place in (HEADLINE, LEAD) or claim.is_target or claim.mention.currency is None:
            continue
        told = _stated(context, claim.figure_id, event.about, claim.entity or "", None)
        others = [
            _stated(context, c.figure_id, event.about, c.entity or "", None)
            for c in documents[claim.mention.path]
            if c is not claim
            and c.mention.currency == claim.mention.currency
            and c.mention.qualifier not in OPEN_ENDED_QUALIFIERS
        ]
        parties = _story_parties(documents[claim.mention.path])
        if any(
            _agree(told, other, event.rounding)
            for other in others
            if not _another_partys(other.claim, parties)
        ):
            continue
        tellers = [o for o in others if tells_the_deal(o.claim, relation.event)]
        deals = _clusters(tellers, event.rounding)
        if len(deals) != 1:
            continue
        reference = min(deals[0], key=lambda s: s.order)
        low, high = sorted(_middle(s.reading) for s in (told, reference))
        if low > 0 and high / low <= max_ratio:
            yield (told, reference), relation, len(deals[0])


def _story_parties(claims: list[Claim]) -> set[str]:
    """The buyers, bidders and payers the headline and lead name for the story's event."""
    return {
        claim.counterparty
        for claim in claims
        if claim.place in (HEADLINE, LEAD) and claim.counterparty is not None
    }


def _another_partys(claim: Claim, parties: set[str]) -> bool:
    """Whether a figure's clause names a buyer or bidder the headline and lead do not ("was
    in talks with Merck at about $40 billion" in a story of Pfizer's deal): its amount is
    that party's event, not another amount of the story's (an equity value, a debt)."""
    return (
        bool(parties)
        and claim.counterparty is not None
        and claim.counterparty not in parties
        and claim.grade("counterparty") is Grade.STATED
    )


def _agree(a: Stated, b: Stated, rounding: float) -> bool:
    """Whether two figures' intervals meet, or their values are one rounded figure."""
    return overlaps(a.reading, b.reading, 0.0) or _within(a, b, rounding)


def _deal_reference_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    pair: tuple[Stated, Stated],
    relation: DealReference,
    agreeing: int,
) -> Finding:
    """A figure named as the story's deal whose value is not the deal's."""
    claim, reference = (stated.claim for stated in pair)
    lines = [
        f"{claim.figure_id} '{claim.mention.text}' ({context.where(claim)}) is written as "
        f"'{relation.detail}': the {relation.event} the story has told, with no other party "
        "named.",
        f"The headline and lead state that {relation.event} as {reference.figure_id} "
        f"'{reference.mention.text}' ({context.where(reference)})"
        + (f", in {agreeing} figures that agree." if agreeing > 1 else "."),
        f"- {claim.figure_id}: {_reading_text(pair[0])}.",
        f"- {reference.figure_id}: {_reading_text(pair[1])}.",
        f"No figure of the document states {claim.figure_id}'s value, so it names no other "
        "amount the story gives (an equity value, a debt, a part); a figure of a buyer or payer "
        "the headline and lead do not name is that party's own event.",
        "Fix: make the figures agree (transposed digits are a common cause), or say which "
        "other deal or measure the later figure is.",
    ]
    message = (
        f"'{relation.detail}' does not match the {relation.event}'s "
        f"'{reference.mention.text}' in the headline and lead"
    )
    return context.finding(rule, severity, [claim, reference], message, "\n".join(lines))


@dataclass(frozen=True)
class SameEvent:
    """How figures of one event are read: `about` and `rounding` as for any comparison, and
    `conversion` the slack of a figure converted at the market rate."""

    about: float
    rounding: float
    conversion: float


def _headline_and_lead(
    context: CheckContext, event: SameEvent, max_ratio: float
) -> Iterator[tuple[tuple[Stated, Stated], bool, Claim | None]]:
    """A headline figure and the one figure of the lead (the body's first sentence) of the same
    currency and of a compatible metric and measure, leaving out the parts of a total ("$54m,
    including $18m from their own pockets"): the headline tells the lead's story, so they are
    one event even when neither states a period. A lead's conversion is read to the decimals
    of its sibling conversion (`_sibling_conversion`). Yields the pairs whose values
    disagree, at most `max_ratio` apart, whether they disagree as written (or only with
    the amount the lead's figure converts, `_off_the_converted`), and the sibling read."""
    facts = context.facts
    rows = facts.loc[
        facts["place"].isin((HEADLINE, LEAD)) & facts["currency"].notna(), ["id", "path"]
    ]
    parts = _sum_parts(context)
    ids = rows["id"].to_numpy()
    for positions in repeated_groups(rows, ["path"]):
        claims = [context.by_id[figure] for figure in ids[positions]]
        heads = [c for c in claims if c.place == HEADLINE and _tells_an_event(c)]
        leads = [
            c for c in claims if c.place == LEAD and _tells_an_event(c) and c.figure_id not in parts
        ]
        for head in heads:
            same = [lead for lead in leads if _one_event(head, lead)]
            rivals = [other for other in heads if _one_event(other, head)]
            if len(same) != 1 or len(rivals) != 1:
                continue
            sibling = _sibling_conversion(context, same[0])
            lead = same[0].mention if sibling is None else _at_precision(same[0], sibling)
            pair = (
                _stated(context, head.figure_id, event.about, head.entity or "", None),
                Stated(same[0], _mention_reading(lead, event.about), same[0].entity or ""),
            )
            low, high = sorted(_middle(s.reading) for s in pair)
            if low <= 0 or high / low > max_ratio:
                continue
            written = not _agree(*pair, event.rounding) and not _rounds_to(head.mention, lead)
            if written or _off_the_converted(context, head, same[0], event.conversion):
                yield pair, written, sibling


def _sibling_conversion(context: CheckContext, claim: Claim) -> Claim | None:
    """Another conversion of the amount the figure converts, in another currency and of the
    same scale word, that states more decimals ("1.55bn euros ($2bn; £1.1bn)": '£1.1bn' for
    '$2bn'): one amount converted into two currencies side by side is converted to one
    precision, so the rounder one is read to the finer one's decimals ($2.0bn)."""
    index = context.shared("restatements by figure", lambda: _restatement_index(context))
    conversions = sorted(
        conversion
        for original in index.originals.get(claim.figure_id, ())
        for conversion in index.conversions.get(original, ())
    )
    mention = claim.mention
    siblings = [
        other
        for _, second in conversions
        if second != claim.figure_id
        and (other := context.by_id[second]).mention.currency not in (None, mention.currency)
        and mention.scale_word is not None
        and other.mention.scale_word == mention.scale_word
        and Qualifier.EXACT is mention.qualifier is other.mention.qualifier
        and 0 < other.mention.precision < mention.precision
    ]
    return min(siblings, key=lambda other: other.mention.precision, default=None)


class RestatementIndex(NamedTuple):
    """The document's restatements looked up by figure: the figures each one restates, and
    the (order, figure) of each figure's restatements."""

    originals: dict[str, list[str]]
    conversions: dict[str, list[tuple[int, str]]]


def _restatement_index(context: CheckContext) -> RestatementIndex:
    """The restatements of every document, indexed once for the lookups of a run."""
    index = RestatementIndex(defaultdict(list), defaultdict(list))
    restatements = (r for r in context.relations if isinstance(r, Restatement))
    for order, relation in enumerate(restatements):
        first, second = relation.figures
        index.originals[second].append(first)
        index.conversions[first].append((order, second))
    return index


def _at_precision(claim: Claim, sibling: Claim) -> Mention:
    """The figure's mention read to the decimals its sibling conversion states."""
    return replace(claim.mention, precision=sibling.mention.precision)


def _mention_reading(mention: Mention, about: float) -> Reading:
    low, high = _interval(mention, about)
    return Reading(mention.currency, float(low), float(high), None)


def _off_the_converted(context: CheckContext, head: Claim, lead: Claim, tolerance: float) -> bool:
    """Whether the lead's figure converts another figure of the lead ("1.55bn euros ($2bn)"),
    agreeing with it at the market rate, and the headline figure is none of the figures it
    converts at that rate: the conversion is rounder than the amount it stands for, so its
    written precision does not cover a headline that states more digits ("$2.4bn")."""
    partners = [
        other
        for pair in _conversions(context)
        if lead in pair and (other := pair[1] if pair[0] is lead else pair[0]).place == LEAD
    ]
    own = stated_usd(context, lead, lead.mention.currency)
    said = stated_usd(context, head, head.mention.currency)
    if own is None or said is None:
        return False
    sources = [
        reading
        for partner in partners
        if (reading := stated_usd(context, partner, partner.mention.currency)) is not None
        and overlaps(reading, own, tolerance)
    ]
    return bool(sources) and not any(overlaps(said, r, tolerance) for r in sources)


def _rounds_to(first: Mention, second: Mention) -> bool:
    """Whether the rounder of two amounts is the other rounded or cut to its last digit, as
    headlines do ("$16bn" for the lead's "$16.6bn")."""
    coarse, fine = sorted((first, second), key=lambda m: m.precision, reverse=True)
    unit = 2 * coarse.precision
    if unit <= 0:
        return False
    steps = fine.amount / unit
    return coarse.amount / unit in (steps.to_integral_value(ROUND_FLOOR), round(steps))


def _tells_an_event(claim: Claim) -> bool:
    """A headline or lead figure that can name an event: a level (not a change, a price per
    unit or a share price) that is not a target."""
    return (
        not claim.is_target
        and claim.metric not in ("share_price", "unit_price")
        and claim.measure not in ("change", "per_unit")
    )


def _one_event(head: Claim, lead: Claim) -> bool:
    """Whether two figures can be the same amount of one event: one currency, no two
    different periods stated, the same measure when both name one, and the same metric
    unless one has none (a headline often names only the event: "in $7bn gas deal")."""
    if head.mention.currency != lead.mention.currency:
        return False
    if head.explicit_period and lead.explicit_period and head.period != lead.period:
        return False
    if head.measure and lead.measure:
        return head.measure == lead.measure
    if head.measure or lead.measure:
        return False
    return head.metric == lead.metric or "other" in (head.metric, lead.metric)


def _same_event_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    pair: tuple[Stated, Stated],
    event: SameEvent,
    written: bool,
    sibling: Claim | None = None,
) -> Finding:
    head, lead = (stated.claim for stated in pair)
    what = (head.measure or head.metric).replace("_", " ")
    lines = [
        f"{head.figure_id} '{head.mention.text}' in the headline ({context.where(head)}) and "
        f"{lead.figure_id} '{lead.mention.text}' in the lead ({context.where(lead)}) tell the "
        f"same story: the only {what} figures in {head.mention.currency} of each, so they "
        "describe the same event, although neither need state a period.",
        f"- {head.figure_id}: {_reading_text(pair[0])}.",
        f"- {lead.figure_id}: {_reading_text(pair[1])}.",
        *_sibling_lines(lead, sibling),
        _same_event_verdict(event, written),
        "Fix: make the headline and the lead agree, or say what differs between them.",
    ]
    message = (
        f"the headline's '{head.mention.text}' and the lead's '{lead.mention.text}' disagree "
        f"for the same {what}"
    )
    return context.finding(rule, severity, [head, lead], message, "\n".join(lines))


def _sibling_lines(lead: Claim, sibling: Claim | None) -> list[str]:
    if sibling is None:
        return []
    return [
        f"'{lead.mention.text}' is read to the decimals of '{sibling.mention.text}' "
        f"({sibling.figure_id}), which converts the same amount beside it."
    ]


def _same_event_verdict(event: SameEvent, written: bool) -> str:
    if written:
        return (
            "The intervals do not overlap, allowing the precision and qualifiers as written "
            f"(values within {event.rounding:.1%} are read as one rounded figure); either may "
            "be the wrong one."
        )
    return (
        "The lead's figure converts another figure of the lead at the market rate, and the "
        "headline's is not that amount at the document date's rate (allowing the precision as "
        f"written and {event.conversion:.0%}); either may be the wrong one."
    )


def _one_deal(
    context: CheckContext, event: SameEvent, max_ratio: float
) -> Iterator[tuple[tuple[Stated, Stated], int]]:
    """Figures of one document for the same deal between two named parties (`_deal_key`):
    a company is bought by one buyer, or bid for by one bidder at one stage, once, so they
    are one event even when no period is stated. A figure whose text names only the bidder
    takes the company that bidder's other deal figures of the document name (`_bid_for`).
    Only when they state exactly two values (abstaining with more), at most `max_ratio`
    apart, and never figures of one sentence or a figure the text ties to another by
    anything but a conversion (a total and its parts, a change, a stake's price, a
    multiple), which the text itself tells apart. Yields the odd figure with the reference,
    and how many figures state the reference's value."""
    tied = {
        figure
        for relation in context.relations
        if not isinstance(relation, (Restatement, DealReference))
        for figure in relation.figures
    }
    claims = [claim for claim in context.claims if claim.figure_id not in tied]
    bid_for = _bid_for(claims)
    groups: dict[tuple[str | None, ...], list[Stated]] = defaultdict(list)
    for claim in claims:
        via = _only_bidder(claim, bid_for)
        entity = bid_for[(claim.mention.path, claim.counterparty)] if via else claim.entity
        key = _deal_key(claim, entity, via is not None)
        if key is not None and entity is not None:
            groups[key].append(_stated(context, claim.figure_id, event.about, entity, via))
    for stated in groups.values():
        clusters = _clusters(stated, event.rounding)
        if len(clusters) != 2:
            continue
        reference = _reference_cluster(clusters)
        odd = next(cluster for cluster in clusters if cluster is not reference)
        pair = _one_deal_pair(context, odd, reference, max_ratio)
        if pair is not None:
            yield pair, len(reference)


def _bid_for(claims: list[Claim]) -> dict[tuple[str, str | None], str]:
    """The one company each buyer's or bidder's deal figures of a document name, by
    document and party ("a £4bn offer from Acme" for Beta); none for a party whose deal
    figures name two companies."""
    companies: dict[tuple[str, str | None], set[str | None]] = defaultdict(set)
    for claim in claims:
        if _deal_key(claim, claim.entity) is not None:
            companies[(claim.mention.path, claim.counterparty)].add(claim.entity)
    return {party: found.pop() for party, found in companies.items() if len(found) == 1}


def _only_bidder(claim: Claim, bid_for: dict[tuple[str, str | None], str]) -> str | None:
    """The party of a deal figure whose text names only the party ("Acme's £5bn bid was
    rejected"), when that party's other deal figures of the document name one company."""
    if claim.entity is not None or claim.counterparty is None:
        return None
    if claim.grade("counterparty") is not Grade.STATED:
        return None
    return claim.counterparty if (claim.mention.path, claim.counterparty) in bid_for else None


def _deal_key(
    claim: Claim, entity: str | None, through_party: bool = False
) -> tuple[str | None, ...] | None:
    """What makes a figure one deal's amount in its document: `entity`, the company its
    clause names as bought or bid for (or, `through_party`, the one its party's other deal
    figures name), the buyer or bidder, the metric and measure of a deal (`DEAL_MEASURES`: a
    price paid, a bid's value; never a revised bid, a change or a stake), the basis (a value
    including debt is another amount) and the currency; None for any other figure, a target
    or a figure with a stated period (those are compared by period)."""
    if claim.metric not in DEAL_MEASURES or claim.measure not in DEAL_MEASURES[claim.metric]:
        return None
    if claim.is_target or claim.explicit_period or None in (entity, claim.counterparty):
        return None
    if entity == claim.counterparty or claim.mention.currency is None:
        return None
    if not through_party and claim.grade("entity") is not Grade.STATED:
        return None
    if claim.grade("counterparty").strength < Grade.INFERRED.strength:
        return None
    return (
        claim.mention.path,
        entity,
        claim.counterparty,
        claim.metric,
        claim.measure,
        claim.basis,
        claim.mention.currency,
    )


def _one_deal_pair(
    context: CheckContext, odd: list[Stated], reference: list[Stated], max_ratio: float
) -> tuple[Stated, Stated] | None:
    """The first figure of `odd` with the first reference figure it is not tied to, when
    their values are at most `max_ratio` apart."""
    for stated in sorted(odd, key=lambda s: s.order):
        for other in sorted(reference, key=lambda s: s.order):
            if _same_passage(context, stated.claim, other.claim):
                continue
            low, high = sorted(_middle(s.reading) for s in (stated, other))
            if low > 0 and high / low <= max_ratio:
                return stated, other
    return None


def _one_deal_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    pair: tuple[Stated, Stated],
    event: SameEvent,
    agreeing: int,
) -> Finding:
    """Two values of one deal: against a value several figures agree on, the odd one is
    singled out; one against one, neither is."""
    claim, reference = (stated.claim for stated in pair)
    what = (claim.measure or claim.metric).replace("_", " ")
    key = f"the {what} for {pair[0].entity} by {claim.counterparty}"
    if agreeing > 1:
        verdict = (
            f"{agreeing} figures state {reference.figure_id}'s value; {claim.figure_id} is the "
            "odd one."
        )
        message = f"'{claim.mention.text}' contradicts '{reference.mention.text}' for {key}"
    else:
        verdict = "Each is the only figure for its value; either may be the wrong one."
        message = f"'{claim.mention.text}' and '{reference.mention.text}' disagree for {key}"
    lines = [
        f"{claim.figure_id} '{claim.mention.text}' ({context.where(claim)}) and "
        f"{reference.figure_id} '{reference.mention.text}' ({context.where(reference)}) are "
        f"both {key}: the same company, the same other party and the same measure in one "
        "document describe one deal, although neither states a period.",
        *(
            f"{s.claim.figure_id}'s sentence names {s.via} but not the company the figure is "
            f"for: {s.entity} is the only company {s.via}'s other deal figures in the document "
            "are for."
            for s in pair
            if s.via
        ),
        f"- {claim.figure_id}: {_reading_text(pair[0])}.",
        f"- {reference.figure_id}: {_reading_text(pair[1])}.",
        "The intervals do not overlap, allowing the precision and qualifiers as written "
        f"(values within {event.rounding:.1%} are read as one rounded figure).",
        verdict,
        "Fix: make the figures agree, or say what differs between them (a raised or earlier "
        "offer, a stake, a date).",
    ]
    return context.finding(rule, severity, [claim, reference], message, "\n".join(lines))


def _fact_rows(context: CheckContext, params: ConflictParameters) -> pd.DataFrame:
    """The rule's comparable fact-table rows, with their year and the basis they differ by."""
    implied = list(params.implied_bases)
    flows = list(params.flow_metrics)
    read = [column for column in CONFLICT_COLUMNS if column != "entity_via"]
    facts = _entities_through_counterparty(context.facts[read])[CONFLICT_COLUMNS]
    keyed = _keyed_facts(facts, params.metrics, params.requires)
    return keyed.assign(
        year=keyed["period"].str[:4],
        basis=keyed["basis"].fillna("").mask(keyed["basis"].isin(implied), ""),
        party=_party(keyed),
        span=_span(keyed).where(keyed["metric"].isin(flows), ""),
    )


def _party(facts: pd.DataFrame) -> pd.Series:
    """The bidder of a bid or offer, "" for other measures. A bid whose bidder the text does
    not name is its own party (keyed by its figure id), as it may be a rival's."""
    bids = facts["measure"].isin(PARTY_MEASURES)
    return facts["counterparty"].fillna(facts["id"]).where(bids, "").astype(str)


def _span(facts: pd.DataFrame) -> pd.Series:
    """How long each figure's period lasts: a year for a year-only period, else as the text
    words it ("quarter", "half", "9 months"), "" when it does not say."""
    spans = facts["period_span"].fillna("").replace(SPAN_NAMES)
    return spans.mask(facts["period"].str.len() == 4, "year")


def meets(facts: pd.DataFrame, requires: dict[str, str]) -> pd.Series:
    """Rows whose evidence is at least the grade `requires` names for each attribute."""
    keep = pd.Series(True, index=facts.index)
    strengths = {grade.value: grade.strength for grade in Grade}
    for attribute, needed in requires.items():
        grades = facts[f"{attribute}_grade"].fillna(Grade.UNKNOWN.value)
        keep &= grades.map(strengths) >= Grade(needed).strength
    return keep


def _entities_through_counterparty(facts: pd.DataFrame) -> pd.DataFrame:
    """Figures whose text names only the other party of a deal ("Kraft Heinz's £143bn
    approach was rebuffed") take the one company that party's figures of the same metric and
    year are about, with the party in `entity_via`; a party with figures about two companies
    that year gives none. A group-by on party, metric and year, not a search over pairs."""
    keys = ["counterparty", "metric", "year"]
    rows = facts.assign(year=facts["period"].str[:4])
    named = rows[rows["entity"].notna() & rows["counterparty"].notna()]
    companies = named.groupby(keys)["entity"].agg(["first", "nunique"])
    only = companies.loc[companies["nunique"] == 1, "first"].rename("found")
    found = rows.join(only, on=keys)["found"].where(rows["entity"].isna())
    return facts.assign(
        entity=facts["entity"].fillna(found),
        entity_via=facts["counterparty"].where(found.notna()),
        entity_grade=facts["entity_grade"].mask(found.notna(), Grade.INFERRED.value),
    )


def _story_days(context: CheckContext) -> dict[str, str]:
    """The day each document's story tells of: its stated date, or the document itself when
    none is stated (a day no other story shares)."""
    return {
        path: document.date.isoformat()
        if document.date is not None and document.date_grade is Grade.STATED
        else path
        for path, document in context.documents.items()
    }


def _comparable_groups(
    keyed: pd.DataFrame, stated: StatedRows, flows: frozenset[str], days: dict[str, str]
) -> Iterator[list[Stated]]:
    """Figures grouped by entity, metric, basis, currency and period, with the intervals they
    state. A year-only period joins every month of its year, except for a metric measured
    over a period (revenue, profit, loss), where a year and a quarter are different amounts.
    A basis that is what the text means when it names none ("net" for a loss) is no basis.

    Figures are compared in the currency they are written in: converting two documents'
    figures at their own dates' rates would make one amount disagree with itself. A market
    value is compared only with those of stories of the same day (`STORY_MOMENT_METRICS`).
    """
    moments = keyed["basis"].isin(MOMENT_BASES)
    keyed = keyed[(keyed["metric"] != "share_price") | ((keyed["basis"] != "") & ~moments)]
    in_one_story = keyed["metric"].isin(STORY_MOMENT_METRICS)
    keyed = keyed.assign(story=keyed["path"].map(days).where(in_one_story, ""))
    ids, periods, metrics = (keyed[name].to_numpy() for name in ("id", "period", "metric"))
    for positions in repeated_groups(keyed, [*FACT_KEYS, "story"]):
        group = [stated[figure] for figure in ids[positions]]
        joins = metrics[positions[0]] not in flows
        yield from _by_period(group, list(periods[positions]), year_joins_months=joins)


def _keyed_facts(
    facts: pd.DataFrame, metrics: Sequence[str], requires: dict[str, str]
) -> pd.DataFrame:
    """Fact-table rows that can be compared: a company, a period, a currency, one of the
    rule's metrics, an actual figure rather than a target, and evidence at least as firm as
    the rule `requires` for each attribute."""
    facts = facts.assign(measure=facts["measure"].fillna(""))
    paid = (facts["metric"] == "other") & facts["measure"].isin(PAID_FOR_A_WRONG)
    if paid.any():
        facts = facts.assign(metric=facts["metric"].mask(paid, "price_paid"))
    return facts[
        facts["entity"].notna()
        & facts["period"].notna()
        & facts["currency"].notna()
        & facts["metric"].isin(metrics)
        & ~facts["target"]
        & meets(facts, requires)
    ]


def _by_period(
    stated: list[Stated], periods: list[str], year_joins_months: bool
) -> Iterator[list[Stated]]:
    by_period: dict[str, list[Stated]] = {}
    for figure, period in zip(stated, periods, strict=True):
        by_period.setdefault(period, []).append(figure)
    if not year_joins_months:
        yield from (group for group in by_period.values() if len(group) > 1)
        return
    year_only = [s for period, group in by_period.items() if len(period) == 4 for s in group]
    months = sorted(period for period in by_period if len(period) > 4)
    for group in [by_period[month] + year_only for month in months] or [year_only]:
        if len(group) > 1:
            yield group


class StatedRows(Mapping[str, Stated]):
    """Each keyed row's figure, by id, with the company the row gives it: built when a group
    asks for it rather than held for every comparable figure of the corpus at once."""

    def __init__(self, context: CheckContext, keyed: pd.DataFrame, about: float) -> None:
        self._context, self._about = context, about
        self._rows = pd.Index(keyed["id"])
        self._entities = keyed["entity"].to_numpy()
        self._vias = keyed["entity_via"].to_numpy()
        self._ranges: dict[tuple[str, int], list[Mention]] = defaultdict(list)
        for claim in context.claims:
            if claim.mention.range_group is not None:
                self._ranges[(claim.mention.path, claim.mention.range_group)].append(claim.mention)

    def __getitem__(self, figure: str) -> Stated:
        row = self._rows.get_loc(figure)
        via = self._vias[row]
        return _stated(
            self._context,
            figure,
            self._about,
            self._entities[row],
            via if isinstance(via, str) else None,
            self._ranges,
        )

    def __contains__(self, figure: object) -> bool:
        return figure in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _stated(
    context: CheckContext,
    figure_id: str,
    about: float,
    entity: str,
    via: str | None,
    ranges: dict[tuple[str, int], list[Mention]] | None = None,
) -> Stated:
    """The figure's interval as written, in its own currency; an end of a range stands for
    the whole range ("26亿元-34亿元" agrees with a later "30亿元")."""
    claim = context.by_id[figure_id]
    group = claim.mention.range_group
    ends = (ranges or {}).get((claim.mention.path, group), []) if group is not None else []
    ends = ends or [claim.mention]
    intervals = [_interval(mention, about) for mention in ends]
    low, high = min(low for low, _ in intervals), max(high for _, high in intervals)
    reading = Reading(claim.mention.currency, float(low), float(high), None)
    return Stated(claim, reading, entity, via)


def _interval(mention: Mention, about: float) -> tuple[Decimal | float, Decimal | float]:
    if mention.qualifier.value == "about" and mention.amount and mention.precision > 0:
        return _about_interval(mention.amount, mention.precision, about)
    return stated_interval(mention.amount, mention.precision, mention.qualifier.value)


def _about_interval(amount: Decimal, precision: Decimal, about: float) -> tuple[float, float]:
    """ "About X" as one source's rounding of a figure another states: X give or take one
    unit of its last non-zero digit ("about $8 billion": $7-9 billion), or `about` of X if
    that is wider."""
    unit = 2 * precision
    while amount % (unit * 10) == 0:
        unit *= 10
    middle = float(amount)
    slack = max(float(unit), about * abs(middle))
    return middle - slack, middle + slack


def _clusters(group: list[Stated], rounding: float) -> list[list[Stated]]:
    """Figures whose intervals chain into each other, found by one sweep in value order.

    Intervals that only touch ("$45 billion" ends where "$46 billion" starts) are apart,
    unless the two values are within `rounding` of each other (Rs 43,573 and 43,574 crore).
    """
    clusters: list[list[Stated]] = []
    reach = float("-inf")
    for stated in sorted(group, key=lambda s: (s.reading.low, s.order)):
        if clusters and (stated.reading.low < reach or _within(stated, clusters[-1][-1], rounding)):
            clusters[-1].append(stated)
        else:
            clusters.append([stated])
            reach = float("-inf")
        reach = max(reach, stated.reading.high)
    return clusters


def _within(a: Stated, b: Stated, rounding: float) -> bool:
    middle_a, middle_b = _middle(a.reading), _middle(b.reading)
    return abs(middle_a - middle_b) <= rounding * max(abs(middle_a), abs(middle_b))


def _reference_cluster(clusters: list[list[Stated]]) -> list[Stated]:
    """The value most figures agree on; on a tie, the one stated first. With more than two
    values, a value only one figure states is no reference (the caller abstains)."""
    return min(clusters, key=lambda c: (-len(c), min(s.order for s in c)))


def _conflicts(
    context: CheckContext,
    cluster: list[Stated],
    references: References,
    limits: Limits,
) -> list[tuple[Stated, Stated]]:
    """Each figure of a cluster with the first reference figure it can be compared with.

    A document that states both values (a figure in each cluster) tells them apart as two
    facts; whether it contradicts itself is for the comparison within it, so its figures are
    not compared with the other value in another document.
    """
    both = {s.claim.mention.path for s in cluster} & references.paths
    apart = references.apart_from(both)
    own = {path: references.within(path) for path in both}
    pairs = []
    for stated in sorted(cluster, key=lambda s: s.order):
        match = own.get(stated.claim.mention.path, apart).first(context, stated, limits)
        if match is not None:
            pairs.append((stated, match))
    return pairs


class References:
    """A group's reference cluster in text order, prepared once for all its other clusters."""

    def __init__(self, reference: list[Stated]) -> None:
        self._ordered = sorted(reference, key=lambda s: s.order)
        self.paths = {s.claim.mention.path for s in reference}
        self._all = Candidates(self._ordered)

    def apart_from(self, paths: set[str]) -> Candidates:
        """The reference figures of documents other than `paths`."""
        if not paths:
            return self._all
        return Candidates([s for s in self._ordered if s.claim.mention.path not in paths])

    def within(self, path: str) -> Candidates:
        """The reference figures of the document `path`."""
        return Candidates([s for s in self._ordered if s.claim.mention.path == path])


class Candidates:
    """The reference figures a figure may be compared with, in text order, and their middle
    values in value order: a figure further than `max_ratio` from the nearest value on each
    side is comparable with none of them, found without comparing it with each."""

    def __init__(self, ordered: list[Stated]) -> None:
        self._ordered = ordered
        middles = sorted(_middle(s.reading) for s in ordered)
        self._middles = None if any(math.isnan(m) for m in middles) else middles

    def first(self, context: CheckContext, stated: Stated, limits: Limits) -> Stated | None:
        """The first figure, in text order, that `stated` can be compared with, or None."""
        if self._out_of_reach(_middle(stated.reading), limits.max_ratio):
            return None
        return next((o for o in self._ordered if _comparable(context, stated, o, limits)), None)

    def _out_of_reach(self, middle: float, max_ratio: float) -> bool:
        """Whether every figure's value is too far from `middle` (`_too_far`): the nearest
        below and the nearest from `middle` up are, as the ratio only grows further out."""
        if self._middles is None or math.isnan(middle):
            return False
        at = bisect.bisect_left(self._middles, middle)
        nearest = self._middles[max(at - 1, 0) : at + 1]
        return all(_too_far(middle, value, max_ratio) for value in nearest)


def _comparable(context: CheckContext, a: Stated, b: Stated, limits: Limits) -> bool:
    """Whether two figures of one group claim the same fact.

    Within a document both periods must be stated (figures that only carry the document's
    date are too often different moments of a story); across documents at least one. A
    period carried over from the sentences before the figure counts as stated for a metric
    measured over a period (`limits.flows`: "Revenue for the year reached ..."), which always
    belongs to some period, but not for a value at a moment, which is more often the story's
    present. Values further apart than `max_ratio` are more likely two facts than one fact
    misstated, and a lost magnitude is the missing-scale rule's to report.
    """
    first, second = a.claim, b.claim
    stated = sum(_states_period(claim, limits.flows) for claim in (first, second))
    if stated < (2 if first.mention.path == second.mention.path else 1):
        return False
    if _too_far(_middle(a.reading), _middle(b.reading), limits.max_ratio):
        return False
    if _other_parties(first, second):
        return False
    return not _same_passage(context, first, second)


def _too_far(first: float, second: float, max_ratio: float) -> bool:
    """Whether two values are not both positive or are further apart than `max_ratio`."""
    low, high = (second, first) if second < first else (first, second)
    return low <= 0 or high / low > max_ratio


def _other_parties(first: Claim, second: Claim) -> bool:
    """Whether two deal figures name different other parties (Verizon's deal for a company
    and Qwest's are two deals)."""
    parties = {first.counterparty, second.counterparty}
    return None not in parties and len(parties) == 2


def _odd_parts(
    context: CheckContext,
    keyed: pd.DataFrame,
    stated: StatedRows,
    limits: Limits,
    rounding: float,
) -> Iterator[tuple[tuple[Stated, Stated], list[Stated]]]:
    """The one part two documents give differently in the same complete breakdown of the
    same total: when the totals and every other part agree, the parts left over are one fact.
    Yields the later part with the earlier one, and the parts both documents agree on."""
    for group in _breakdowns(context, keyed, stated):
        for first, second in itertools.combinations(group, 2):
            if _same_total(first, second, limits.flows, rounding):
                odd = _left_over(first.parts, second.parts, rounding)
                if odd and _comparable(context, *odd[0], limits):
                    yield odd


def _breakdowns(
    context: CheckContext, keyed: pd.DataFrame, stated: StatedRows
) -> Iterator[list[Breakdown]]:
    """Complete breakdowns whose parts are all comparable figures, grouped by their total's
    company, metric, basis, currency and year, in text order."""
    sums = {
        relation.figures[0]: relation.figures[1:]
        for relation in context.relations
        if isinstance(relation, Sum)
        and relation.complete
        and all(figure in stated for figure in relation.figures)
    }
    totals = keyed[keyed["id"].isin(sums)]
    ids, paths = totals["id"].to_numpy(), totals["path"].to_numpy()
    for positions in repeated_groups(totals, FACT_KEYS):
        if len(set(paths[positions])) > 1:
            yield sorted(
                (Breakdown(stated[t], tuple(stated[p] for p in sums[t])) for t in ids[positions]),
                key=lambda breakdown: breakdown.total.order,
            )


def _same_total(
    first: Breakdown, second: Breakdown, flows: frozenset[str], rounding: float
) -> bool:
    """Totals of two documents that are one figure: the same period, or a month of a year
    stated alone for a value at a moment, and values that agree."""
    a, b = first.total, second.total
    periods = sorted((a.claim.period or "", b.claim.period or ""), key=len)
    same_period = periods[0] == periods[1] or (
        len(periods[0]) == 4 and a.claim.metric not in flows and periods[1].startswith(periods[0])
    )
    paths = {a.claim.mention.path, b.claim.mention.path}
    return len(paths) == 2 and same_period and _agree(a, b, rounding)


def _left_over(
    first: tuple[Stated, ...], second: tuple[Stated, ...], rounding: float
) -> tuple[tuple[Stated, Stated], list[Stated]] | None:
    """The later and the earlier part when all other parts of two breakdowns pair off by
    value, and the parts that pair off; None unless exactly one part of each is left, of the
    same company and metric, and the two values disagree."""
    if len(first) != len(second):
        return None
    unmatched, agreed, left = list(second), [], []
    for part in first:
        match = next((o for o in unmatched if _agree(part, o, rounding)), None)
        if match is None:
            left.append(part)
        else:
            unmatched.remove(match)
            agreed.append(part)
    if len(left) != 1 or len(unmatched) != 1:
        return None
    earlier, later = left[0], unmatched[0]
    if (earlier.entity, earlier.claim.metric) != (later.entity, later.claim.metric):
        return None
    if earlier.reading.currency != later.reading.currency or _agree(earlier, later, rounding):
        return None
    return (later, earlier), agreed


def _agree(a: Stated, b: Stated, rounding: float) -> bool:
    """Two figures of one currency whose intervals chain, or that are one rounded value."""
    same_currency = a.reading.currency == b.reading.currency
    return same_currency and len(_clusters([a, b], rounding)) == 1


def _states_period(claim: Claim, flows: frozenset[str]) -> bool:
    return claim.explicit_period or (claim.inferred_period and claim.metric in flows)


def _same_passage(context: CheckContext, a: Claim, b: Claim) -> bool:
    """Figures of one sentence, or tied by a relation, are meant as different facts."""
    if a.mention.path != b.mention.path:
        return False
    if b.figure_id in context.related_figures(a.figure_id):
        return True
    return context.same_sentence(a, b)


def _conflict_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    pair: tuple[Stated, Stated],
    tolerance: float,
    agreed: list[Stated] | None = None,
    one_to_one: bool = False,
) -> Finding:
    """The finding of two figures of one fact that disagree. One against one, neither is
    singled out as the wrong one; against a value several figures agree on, the odd one is.
    Its texts are written when read (a large corpus has hundreds of thousands)."""
    claims = [pair[0].claim, pair[1].claim]
    one_to_one = one_to_one and claims[0].mention.path != claims[1].mention.path
    written_from = (context.documents, pair, tolerance, agreed, one_to_one)
    message = Deferred(_conflict_message, written_from)
    explanation = Deferred(_conflict_explanation, written_from)
    return context.finding(rule, severity, claims, message, explanation)


def _conflict_key(pair: tuple[Stated, Stated]) -> str:
    """What both figures are: "Acme revenue for 2024" ("(and 2024-03)" when the periods differ)."""
    stated, other = pair
    claim = stated.claim
    key = f"{stated.entity} {claim.metric.replace('_', ' ')} for {claim.period}"
    if other.claim.period != claim.period:
        key += f" (and {other.claim.period})"
    return key


def _conflict_message(
    _documents: Mapping[str, Document],
    pair: tuple[Stated, Stated],
    _tolerance: float,
    _agreed: list[Stated] | None,
    one_to_one: bool,
) -> str:
    """The message of `_conflict_finding`, from the arguments its explanation is written from."""
    first, second = (f"'{stated.claim.mention.text}'" for stated in pair)
    verb = "and {} disagree" if one_to_one else "contradicts {}"
    return f"{first} {verb.format(second)} for {_conflict_key(pair)}"


def _conflict_explanation(
    documents: Mapping[str, Document],
    pair: tuple[Stated, Stated],
    tolerance: float,
    agreed: list[Stated] | None,
    one_to_one: bool,
) -> str:
    stated, other = pair
    claim, reference = stated.claim, other.claim
    lines = [
        f"{claim.figure_id} '{claim.mention.text}' ({where(documents, claim)}) and "
        f"{reference.figure_id} '{reference.mention.text}' ({where(documents, reference)}) "
        f"are both {_conflict_key(pair)}.",
        *(
            ["Each is the only figure for this fact; either may be the wrong one."]
            if one_to_one
            else []
        ),
        f"- {claim.figure_id}: {_reading_text(stated)}.",
        f"- {reference.figure_id}: {_reading_text(other)}.",
        f"The intervals do not overlap, allowing the precision and qualifiers as written "
        f"(values within {tolerance:.1%} are read as one rounded figure); {claim.figure_id} is "
        f"{ratio_text(_middle(stated.reading), _middle(other.reading))} against "
        f"{reference.figure_id}.",
        *(
            f"{c.figure_id}'s sentence names no period: {c.period} is carried over from the "
            "sentences before it, or from the undated document's headline."
            for c in (claim, reference)
            if c.inferred_period
        ),
        *(
            f"{s.claim.figure_id}'s sentence names {s.via} but not the company the figure is "
            f"about: {s.entity} is the only company {s.via}'s other {s.claim.metric} figures "
            f"of {s.claim.period[:4]} are about."
            for s in pair
            if s.via
        ),
        *_breakdown_lines(pair, agreed),
        "Fix: make the figures agree, or say what differs between them (basis, date, measure).",
    ]
    return "\n".join(lines)


def _breakdown_lines(pair: tuple[Stated, Stated], agreed: list[Stated] | None) -> list[str]:
    """Why two parts of two breakdowns are one fact, when that is how they were paired."""
    if not agreed:
        return []
    parts = ", ".join(f"'{s.claim.mention.text}'" for s in agreed)
    return [
        "Both documents give the same total as a complete list of parts; the other parts "
        f"agree ({parts}), so {pair[0].claim.figure_id} and {pair[1].claim.figure_id} are "
        "the same part."
    ]


def _reading_text(stated: Stated) -> str:
    reading, mention = stated.reading, stated.claim.mention
    return (
        f"{format_amount(mention.amount, mention.currency)} {mention.qualifier.value}, "
        f"read as {format_interval(reading.low, reading.high, reading.currency)}"
    )


def _middle(reading: Reading) -> float:
    high = reading.high if reading.high != float("inf") else reading.low
    return (reading.low + high) / 2


@dataclass(frozen=True)
class PeriodParameters:
    """Parameters of `same_value_different_periods`."""

    metrics: tuple[str, ...] = PERIOD_METRICS
    """The metrics compared."""
    requires: dict[str, str] = field(default_factory=lambda: dict(PERIOD_REQUIRES))
    """The evidence grade each compared attribute needs; the date must be the figure's own."""
    flow_metrics: tuple[str, ...] = FLOW_METRICS
    """Metrics a company may report the same amount of in two periods, compared only within
    one document and only for exact amounts written with `flow_min_digits` significant
    digits."""
    flow_min_digits: float = 3
    """The significant digits a flow's amount needs to be compared: "$111.1 billion" earned in
    2018 and in 2017 is a slip, "$5 billion" of revenue in two years may be true."""


@check(PeriodParameters)
def period_conflict(run: RuleRun[PeriodParameters]) -> list[Finding]:
    """The same value for the same entity and metric dated to different periods, unless one
    sentence states the amount at each of them and so tells them apart itself ("raised $25
    million in 2019 and another $25 million in 2021")."""
    context, rule, severity, params = run.context, run.rule, run.severity, run.params
    findings, seen = [], set()
    for first_of, _ in _dated_twice(context, params):
        seen.add(frozenset(first_of.values()))
        claims = [context.by_id[f] for f in first_of.values()]
        findings.append(_period_finding(context, rule, severity, claims))
    for reference, told, relation in _retold_events(context):
        if frozenset((reference.figure_id, told.figure_id)) not in seen:
            seen.add(frozenset((reference.figure_id, told.figure_id)))
            findings.append(_retold_finding(context, rule, severity, reference, told, relation))
    for claims in _one_amount_of_an_event(context):
        if frozenset(c.figure_id for c in claims) not in seen:
            findings.append(_event_amount_finding(context, rule, severity, claims))
    return findings


# Significant digits an amount must be written with for two documents' figures of the same
# kind of event ("182.28亿元 罚款", "a €412.5 million fine") to be one event on their amount
# alone, whatever company each document's guesses give it: amounts written to the digit
# like this are not two events' by chance ("$5 billion" or "£24.3 billion" may be).
EVENT_AMOUNT_DIGITS = 4


def _one_amount_of_an_event(context: CheckContext) -> Iterator[list[Claim]]:
    """Figures of several documents that tell the same kind of event (`event`, its noun in
    the figure's own clause) with the same amount and currency, written exactly with at least
    `EVENT_AMOUNT_DIGITS` significant digits, each dated by its own words, to periods that
    differ and do not nest: one event dated twice. A group-by on event, currency and amount;
    abstains when the figures name two different companies (a company only guessed, graded
    weak, names none), and when one sentence states the amount at each period."""
    facts = context.facts
    rows = facts[
        (facts["event"] != "")
        & (facts["event_grade"] == Grade.STATED.value)
        & (facts["period_grade"] == Grade.STATED.value)
        & facts["explicit_period"].astype(bool)
        & facts["period"].notna()
        & facts["currency"].notna()
        & ~facts["target"].astype(bool)
    ]
    ids = rows["id"].to_numpy()
    for positions in repeated_groups(rows, ["event", "currency", "amount"]):
        claims = [
            claim
            for figure in ids[positions]
            if (claim := context.by_id[figure]).mention.qualifier is Qualifier.EXACT
            and significant_digits(claim) >= EVENT_AMOUNT_DIGITS
            and _own_date_counts(context, claim)
        ]
        first_of: dict[str, Claim] = {}
        for claim in claims:
            first_of.setdefault(claim.period or "", claim)
        dated = list(first_of.values())
        if len(dated) < 2 or _periods_nest(list(first_of)) or _told_apart(context, dated):
            continue
        if len({claim.mention.path for claim in dated}) < 2:
            continue
        named = {
            claim.entity
            for claim in claims
            if claim.entity is not None and claim.grade("entity") is not Grade.WEAK
        }
        if len(named) > 1:
            continue
        yield dated


def _event_amount_finding(
    context: CheckContext, rule: str, severity: str, claims: list[Claim]
) -> Finding:
    """One event's amount, written to the digit, dated to two periods by two documents."""
    ordered = sorted(claims, key=lambda c: (c.mention.path, c.mention.start))
    flagged, first = ordered[-1], ordered[0]
    event = flagged.event
    named = next(
        (c.entity for c in ordered if c.entity and c.grade("entity") is not Grade.WEAK), None
    )
    whose = f" of {named}" if named else ""
    message = (
        f"the {event}{whose} '{flagged.mention.text}' is dated {flagged.period} here but "
        f"{first.period} in {context.where(first)}"
    )
    lines = [
        f"{c.figure_id} '{c.mention.text}' ({context.where(c)}) tells a {c.event} "
        f"('{item.words}' in its clause) and is dated {c.period} by its own words."
        for c in ordered
        if (item := c.evidence_for("event")) is not None
    ]
    lines.append(
        f"The amount is written to the digit ({significant_digits(flagged)} significant digits) "
        f"in each, for the same kind of event, and no figure names another company: it is one "
        f"{event}, which cannot have happened in both {first.period} and {flagged.period}."
    )
    lines.append(f"Fix: check which date is right ({', '.join(c.period or '' for c in ordered)}).")
    return context.finding(rule, severity, [flagged, *ordered[:-1]], message, "\n".join(lines))


def _retold_finding(
    context: CheckContext,
    rule: str,
    severity: str,
    reference: Claim,
    told: Claim,
    relation: DealReference,
) -> Finding:
    """An event named again with another date than the one it was told with."""
    amount, event = told.mention.text, relation.event
    message = (
        f"'{relation.detail}' is dated {reference.period} here, but the text told the same "
        f"{amount} {event} as of {told.period} ({context.where(told)})"
    )
    lines = [
        f"{told.figure_id} '{amount}' ({context.where(told)}) tells a {event} and is dated "
        f"{told.period} by its own words.",
        f"{reference.figure_id} '{reference.mention.text}' ({context.where(reference)}) is "
        f"written as '{relation.detail}', naming a {event} the text has told, and is dated "
        f"{reference.period} by its own words.",
        f"No other figure before it in the document states {amount}, and neither sentence "
        "tells a later stage of the event (closing, completion, approval), so both name one "
        f"{event}: it cannot have been made in both {told.period} and {reference.period}.",
        f"Fix: check which date is right ({told.period} or {reference.period}), or name the "
        "other event the later figure is.",
    ]
    return context.finding(rule, severity, [reference, told], message, "\n".join(lines))


def _retold_events(
    context: CheckContext,
) -> Iterator[tuple[Claim, Claim, DealReference]]:
    """A figure named as an event ("the $20 billion agreement struck in September 2021", "The
    2021 Turquoise Hill buyout, at $3.3 billion", `DealReference`) that retells the one
    earlier figure of its document with the same amount (its second figure), when that figure tells
    an event of the same kind (`tells_an_event_of`) and each states a period of its own that
    the other's neither equals nor contains: the text has told the event on one date and
    names it with another. The entity and metric guesses of the two figures are not
    compared: the amount, the event noun and the document tie them."""
    for relation in context.relations:
        if not isinstance(relation, DealReference) or len(relation.figures) < 2:
            continue
        reference, told = (context.by_id.get(figure) for figure in relation.figures)
        if reference is None or told is None or not tells_an_event_of(told, relation.event):
            continue
        if not all(_own_stated_period(context, claim) for claim in (reference, told)):
            continue
        if reference.period != told.period and not _periods_nest([reference.period, told.period]):
            yield reference, told, relation


def _own_stated_period(context: CheckContext, claim: Claim) -> bool:
    """Whether a figure's period is stated in its own words and stands on its document."""
    return (
        claim.explicit_period
        and claim.period is not None
        and claim.grade("period") is Grade.STATED
        and _own_date_counts(context, claim)
    )


def _dated_twice(
    context: CheckContext, params: PeriodParameters
) -> Iterator[tuple[dict[str, str], list[str]]]:
    """Each amount the rule finds dated to several periods: the first figure of each period
    (by period), and every figure of the amount's group."""
    metrics = (*params.metrics, *params.flow_metrics)
    keyed = _keyed_facts(context.facts[PERIOD_COLUMNS], metrics, params.requires)
    keyed = keyed[keyed["explicit_period"].astype(bool)]
    flow = keyed["metric"].isin(params.flow_metrics)
    keyed = keyed.assign(party=_party(keyed), document=keyed["path"].where(flow, ""))
    keys = ["entity", "metric", "measure", "party", "currency", "amount", "document"]
    ids, periods = keyed["id"].to_numpy(), keyed["period"].to_numpy()
    for positions in repeated_groups(keyed, keys):
        first_of: dict[str, str] = {}
        for period, figure in zip(periods[positions], ids[positions], strict=True):
            if _own_date_counts(context, context.by_id[figure]):
                first_of.setdefault(period, figure)
        if len(first_of) < 2 or _periods_nest(list(first_of)):
            continue
        claims = [context.by_id[figure] for figure in first_of.values()]
        if _told_apart(context, claims):
            continue
        if claims[0].metric in params.flow_metrics and not all(
            claim.mention.qualifier is Qualifier.EXACT
            and significant_digits(claim) >= params.flow_min_digits
            for claim in claims
        ):
            continue
        yield first_of, list(ids[positions])


def dated_twice_figures(context: CheckContext) -> set[str]:
    """The figures of amounts that period-conflict (at its default parameters) finds dated to
    several periods: the same company's same metric and measure, the same amount written with
    each of two stated periods. A misdated repeat is one fact dated twice, not two facts, so
    figure-conflict does not compare these figures with the values of either period
    ("reported 2024 net profit of RMB 50.7 billion ... In 2023 it earned RMB 44.1 billion
    ... the RMB 50.7 billion it earned in 2023": the last figure repeats the 2024 amount
    with the wrong year; it does not state a second 2023 profit). The date is what is wrong,
    and period-conflict reports it."""
    return {
        figure for _, figures in _dated_twice(context, PeriodParameters()) for figure in figures
    }


def _own_date_counts(context: CheckContext, claim: Claim) -> bool:
    """Whether a figure's period stands on its own document: a period counted from the
    document's date ("last month", "in January") when that date is the one `--date` gives
    every document is no period of this document's story."""
    evidence = claim.evidence_for("period")
    if evidence is None or not counted_from_document_date(evidence.words):
        return True
    return context.documents[claim.mention.path].date_source != "option"


def _told_apart(context: CheckContext, claims: list[Claim]) -> bool:
    """Whether one sentence states the amount at each of its periods ("raised $25 million in
    2019 and another $25 million in 2021"): the text itself tells them apart."""
    return all(context.same_sentence(claims[0], claim) for claim in claims[1:])


def _periods_nest(periods: list[str]) -> bool:
    """Whether every period is a month of one year stated alone ("2019" and "2019-10")."""
    years = {p[:4] for p in periods}
    return len(years) == 1 and any(len(p) == 4 for p in periods)


def _period_finding(
    context: CheckContext, rule: str, severity: str, claims: list[Claim]
) -> Finding:
    """The finding of one value dated to several periods; its texts are written when read."""
    ordered = sorted(claims, key=lambda c: (c.mention.path, c.mention.start))
    written_from = (context.documents, ordered)
    message = Deferred(_period_message, written_from)
    explanation = Deferred(_period_explanation, written_from)
    return context.finding(rule, severity, [ordered[-1], *ordered[:-1]], message, explanation)


def _period_message(documents: Mapping[str, Document], ordered: list[Claim]) -> str:
    flagged, first = ordered[-1], ordered[0]
    return (
        f"'{flagged.mention.text}' {flagged.metric.replace('_', ' ')} of {flagged.entity} is "
        f"dated {flagged.period} here but {first.period} in {where(documents, first)}"
    )


def _period_explanation(documents: Mapping[str, Document], ordered: list[Claim]) -> str:
    flagged = ordered[-1]
    lines = [
        f"{c.figure_id} '{c.mention.text}' ({where(documents, c)}) is dated {c.period}."
        for c in ordered
    ]
    metric = flagged.metric.replace("_", " ")
    lines.append(
        f"The same {metric} of {flagged.entity} cannot first be reached in more than one period; "
        "one of the dates is probably wrong, unless the text means two separate events."
    )
    lines.append(f"Fix: check which period is right ({', '.join(c.period for c in ordered)}).")
    return "\n".join(lines)
