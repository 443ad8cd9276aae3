"""Comparisons: a stated multiple between two figures ("X, more than ten times the Y")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

import regex

from checker.extract import lexicon as lx
from checker.model import HEADLINE, LEAD, Qualifier, Relation
from checker.patterns import lazy
from checker.relations.base import (
    DIGITS,
    NOCASE,
    NUMBER,
    NUMBER_WORD_ALT,
    NUMBER_WORDS,
    PERIODS_BASE,
    QUALIFIER_ALT,
    Figure,
    Layout,
    Sentence,
    StatedNumber,
    anchored_outside,
    antecedent,
    figure_at,
    price_named,
    subject_before,
)
from checker.relations.references import tells_the_deal

# The period owning a multiple's reference, without the space after it: "double last year's".
PERIODS_BASE_WORDS = PERIODS_BASE.removesuffix(r"\s+")
MULTIPLE_PHRASE = lazy(
    rf"(?:\b(?P<q>{QUALIFIER_ALT})\s+)?\b(?:(?P<word>double|twice|triple|treble|quadruple|half)|"
    rf"(?:{NUMBER}|(?P<n>{NUMBER_WORD_ALT}))(?:\s+|-)(?:times|fold)\b|"
    # An analyst's multiple written with a sign: "4.5x FY2024 net profit", "12× sales".
    rf"(?P<x>{DIGITS})\s?[x×](?=\s+(?:its\s+|the\s+)?(?:FY\s?|fiscal\s+)?(?:19|20)\d\d))"
    r"(?:\s+(?:as\s+(?:much|large|big|high|valuable)\s+as|that\s+of|what))?"
    rf"(?:\s+{PERIODS_BASE_WORDS})?",
    NOCASE,
)
MULTIPLE_WORDS = {"double": 2, "twice": 2, "triple": 3, "treble": 3, "quadruple": 4, "half": 0.5}
# A word every MULTIPLE_PHRASE match contains: a sentence without one needs no try of the
# pattern, whose optional qualifier is otherwise tried at every position.
MULTIPLE_HINT = lazy("|".join([*MULTIPLE_WORDS, "times", "fold", r"\d\s?[x×]"]), NOCASE)


@dataclass(frozen=True)
class Comparison(Relation):
    """The first figure stated as a multiple (`stated`) of the second; `anchor`: the first
    figure is outside the sentence that states the comparison."""

    kind: ClassVar[str] = "multiple"
    stated: StatedNumber
    anchor: bool = False


# A reference described before its amount: "more than three times a standard tool at around
# €180 million", "twice the old plant's cost of $2bn" (a short noun phrase, no comma).
DESCRIBED_REFERENCE = lazy(
    r"\s+(?:an?|the|its|their)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:at|of|worth|costing|priced\s+at)\s+",
    NOCASE,
)
# A sentence whose subject is the story's deal itself, not an amount: "The takeover is Acme's
# largest ever, more than three times the $26.2 billion it paid for Beta".
DEAL_SUBJECT = lazy(
    r"\W*(?:the|this|that)\s+(?:[\p{Ll}-]+\s+)?(?:deal|takeover|acquisition|purchase|merger|"
    r"buyout|transaction)\s+(?:is|was|would\s+be|will\s+be|makes|made)\b",
    NOCASE,
)
# A price named instead of stated after a multiple: "more than four times the offer price".
PRICE_NAMED_AFTER = lazy(r"\s*the\s+(?P<desc>(?:[\p{L}-]+\s+){0,2}price)\b", NOCASE)
# The base an amount is earned on, told right after it: "a profit of £1.59 billion on revenue
# of £15.4 billion, more than three times ...": what follows compares the amount, not its base.
EARNED_ON_BEFORE = lazy(
    rf"\bon\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?:revenues?|sales|turnover)\s+of\s+"
    rf"(?:(?:{QUALIFIER_ALT})\s+)?$",
    NOCASE,
)
# A multiple of what a named company states, not of a figure written there: "almost three
# times what Fortescue took in over its year", "twice that of Beta".
COMPANY_NAMED_AFTER = lazy(r"\s+(?P<name>\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})")
NAMES_WHAT = lazy(r"(?:\bwhat|\bthat\s+of|\bthose\s+of)$", NOCASE)


def multiple_relations(passage: Layout) -> Iterator[Comparison]:
    """Stated multiples between two figures: "X, more than ten times the Y"."""
    text = passage.text
    for index, sentence in enumerate(passage.sentences):
        if not sentence.figures or MULTIPLE_HINT.search(text, sentence.start, sentence.end) is None:
            continue
        inside = [(f.start, f.end) for f in sentence.figures]
        # The figures compared with so far in the sentence, and what was compared with each:
        # in "X is double A and triple B" the second multiple is X's again, not A's.
        compared_with: dict[str, Figure | None] = {}
        for match in MULTIPLE_PHRASE.finditer(text, sentence.start, sentence.end):
            if any(start <= match.start() < end for start, end in inside):
                continue
            before = _head_figure(passage, sentence, match.start())
            if before is not None and before.id in compared_with:
                before = compared_with[before.id]
                if before is None:
                    continue
            reference = (
                figure_at(passage, sentence, match.end())
                or _described_reference(passage, sentence, match.end())
                or _named_price(passage, match.end(), sentence.end, before)
                or _company_named(passage, index, match, before)
                or _metric_named(passage, match.end(), sentence.end, before)
            )
            if reference is None:
                continue
            subject = (
                before
                or antecedent(passage, index, reference)
                or _deal_told(passage, sentence, reference)
            )
            if subject is None and "," not in text[match.end() : reference.start]:
                # "X is double A and triple B" with no figure X: A is compared with, never the
                # subject of the next multiple.
                compared_with[reference.id] = None
            if subject is None or subject is reference or subject.per_share != reference.per_share:
                continue
            compared_with[reference.id] = subject
            yield Comparison(
                figures=(subject.id, reference.id),
                detail=" ".join(match.group(0).split()),
                stated=_multiple_stated(match),
                anchor=anchored_outside(sentence, subject),
            )


def _head_figure(passage: Layout, sentence: Sentence, position: int) -> Figure | None:
    """The figure a multiple at `position` compares: the nearest before it in its clause, or
    the one before that when the nearest is only the base it was earned on ("profit of $3bn
    on sales of $20bn, twice ...")."""
    nearest = subject_before(passage, sentence, position)
    if nearest is None:
        return None
    opening = passage.text[max(sentence.start, nearest.start - 60) : nearest.start]
    if EARNED_ON_BEFORE.search(opening) is None:
        return nearest
    return subject_before(passage, sentence, nearest.start)


def _company_named(
    passage: Layout, index: int, match: regex.Match, subject: Figure | None
) -> Figure | None:
    """What a named company states, as the reference of "three times what Beta took in": the
    one figure of that company in the sentence (before the multiple) or the sentence before,
    of the subject's metric and kind (a total or a price per share)."""
    if subject is None or not NAMES_WHAT.search(match.group(0)):
        return None
    sentence = passage.sentences[index]
    named = COMPANY_NAMED_AFTER.match(passage.text, match.end(), sentence.end)
    if named is None:
        return None
    name = named.group("name")
    previous = passage.previous(index)
    figures = [
        *(previous.figures if previous else ()),
        *(f for f in sentence.figures if f.end <= match.start()),
    ]
    found = [
        f
        for f in figures
        if f is not subject
        and f.usable
        and f.per_share == subject.per_share
        and f.claim.entity == name
        and f.claim.metric == subject.claim.metric
    ]
    return found[0] if len(found) == 1 else None


# A company's result named by its year and metric after a multiple, instead of its amount:
# "about 12 times its 2024 revenue", "4.5x FY2024 net profit", "more than three times 2024
# sales". Each metric word with the metric and basis of the figure it names (a bare profit is
# the net one).
METRIC_WORDS: dict[str, tuple[str, str]] = {
    "revenue": ("revenue", ""),
    "revenues": ("revenue", ""),
    "sales": ("revenue", ""),
    "turnover": ("revenue", ""),
    "net profit": ("profit", "net"),
    "net income": ("profit", "net"),
    "net earnings": ("profit", "net"),
    "profit": ("profit", "net"),
    "earnings": ("profit", "net"),
    "operating profit": ("profit", "operating"),
}
METRIC_NAMED_AFTER = lazy(
    r"\s+(?:(?:its|the\s+company's|the\s+group's|the)\s+)?(?:FY\s?|fiscal\s+)?"
    r"(?P<year>(?:19|20)\d\d)(?:['’]s)?\s+(?P<metric>"
    + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(METRIC_WORDS, key=len)[::-1])
    + r")\b(?!\s+(?:growth|margin|guidance|target|forecast|estimate|consensus))",
    NOCASE,
)
# What a result compared with a price may be: a company's value, what is paid for it.
PRICED_METRICS = frozenset({"valuation", "market_cap", "price_paid"})
# Periods a year's result is told over; a quarter's or a half's is not the year's.
YEAR_SPANS = ("", "year")


def _metric_named(passage: Layout, start: int, end: int, subject: Figure | None) -> Figure | None:
    """The result a multiple names by its year and metric ("worth about $19bn, about 12 times
    its 2024 revenue"): the one amount the document states for that metric, basis and year,
    in the subject's currency, for a subject that is a company's value or price. A figure whose
    text states the year is preferred; one with no period of its own is taken only when the
    document states that result for no year at all. None when the amounts found differ or
    there are none."""
    named = METRIC_NAMED_AFTER.match(passage.text, start, end)
    if named is None or subject is None or subject.claim.metric not in PRICED_METRICS:
        return None
    metric, basis = METRIC_WORDS[" ".join(named.group("metric").lower().split())]
    year = named.group("year")
    candidates = [
        f
        for f in passage.figures
        if f is not subject
        and f.usable
        and not f.per_share
        and f.currency == subject.currency
        and f.claim.metric == metric
        and (f.claim.basis or "net" if metric == "profit" else f.claim.basis) == basis
        and f.claim.period_span in YEAR_SPANS
        and not f.claim.is_target
    ]
    stated = [f for f in candidates if f.claim.explicit_period and f.claim.period == year]
    unstated = [f for f in candidates if not f.claim.explicit_period]
    if not stated and len(unstated) < len(candidates):
        return None
    found = stated or unstated
    return found[0] if found and len({f.amount for f in found}) == 1 else None


def _deal_told(passage: Layout, sentence: Sentence, reference: Figure) -> Figure | None:
    """The deal a sentence compares when the deal is its subject ("The takeover is ...,
    three times the $26.2 billion it paid for Beta"): the one amount the headline and lead
    state for the story's deal, in the reference's currency."""
    if not DEAL_SUBJECT.match(passage.text, sentence.start, sentence.end):
        return None
    told = [f for f in passage.figures if f is not reference and _tells_the_deal(f, reference)]
    if reference.claim.place in (HEADLINE, LEAD) or len({f.amount for f in told}) != 1:
        return None
    return told[0]


def _tells_the_deal(figure: Figure, reference: Figure) -> bool:
    """Whether a figure of the headline or lead states the deal's amount, in the reference's
    currency."""
    return (
        tells_the_deal(figure.claim)
        and figure.usable
        and not figure.per_share
        and figure.currency == reference.currency
    )


def _described_reference(passage: Layout, sentence: Sentence, start: int) -> Figure | None:
    """The figure a short noun phrase right after the multiple leads to ("three times a
    standard EUV tool at around €180 million")."""
    described = DESCRIBED_REFERENCE.match(passage.text, start, sentence.end)
    return figure_at(passage, sentence, described.end()) if described else None


def _named_price(passage: Layout, start: int, end: int, subject: Figure | None) -> Figure | None:
    """The price a descriptor right after the multiple names ("more than four times the offer
    price"): the one figure the document introduces as that price, per share as the subject."""
    named = PRICE_NAMED_AFTER.match(passage.text, start, end)
    if named is None or subject is None:
        return None
    return price_named(passage, named.group("desc"), subject)


def _multiple_stated(match: regex.Match) -> StatedNumber:
    """The multiple a comparison states ("more than ten times" is 10, qualifier more_than)."""
    qualifier = lx.QUALIFIERS.get((match.group("q") or "").lower(), Qualifier.EXACT)
    if match.group("word"):
        return StatedNumber(
            Decimal(str(MULTIPLE_WORDS[match.group("word").lower()])), Decimal(0), qualifier
        )
    if match.group("x"):
        return StatedNumber(Decimal(match.group("x")), Decimal(0), qualifier)
    number = match.group("n").lower()
    value = Decimal(NUMBER_WORDS[number]) if number in NUMBER_WORDS else Decimal(number)
    return StatedNumber(value, Decimal(0), qualifier)
