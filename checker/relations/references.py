"""Deal references: a figure named as the amount of the deal the story is about ("Analysts said
the $15.6 billion takeover gives Novo control", "a month after the $73.1 billion deal
closed"). The words point back at a deal the text has told, so a check may hold the amount
against the deal's value in the headline and lead."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from checker.model import HEADLINE, LEAD, Claim, Relation
from checker.patterns import lazy
from checker.relations.base import NOCASE, Figure, Layout

# "the $15.6 billion takeover", "The $34 billion deal", "the €9.8 billion sale": the definite
# article right before the amount and a deal noun right after it (one modifier allowed: "the
# $34 billion cash deal").
DEFINITE_BEFORE = lazy(r"\bthe\s+$", NOCASE)
DEAL_NOUN_AFTER = lazy(
    r"\s+(?:[\p{Ll}-]+\s+)?(?:deal|takeover|acquisition|purchase|sale|merger|buyout|"
    r"transaction|agreement)\b",
    NOCASE,
)
# A party named after the noun ("the $9bn deal for Beta", "the $2bn sale of its unit to
# Acme") makes it another deal, told on the spot, not a reference back.
PARTY_AFTER = lazy(r"\s+(?:for|of|with|by|from|to|between)\b", NOCASE)
# A deal compared with the one told ("its largest since the $68bn deal", "bigger than the
# $5bn purchase") is another one; a time told from it ("a month after the $73.1 billion deal
# closed") is not.
COMPARED_BEFORE = lazy(
    r"\b(?:since|than|like|unlike|besides|beyond|over|"
    r"compared\s+(?:with|to)|including|topping|eclips(?:es|ed|ing)|surpass(?:es|ed|ing))"
    r"\s+the\s+$",
    NOCASE,
)
REACH = 40
# The metrics and finer measures of a headline or lead figure that tells the story's deal.
DEAL_TELLING_METRICS = ("price_paid", "valuation")
DEAL_TELLING_MEASURES = ("", "deal", "bid")


@dataclass(frozen=True)
class DealReference(Relation):
    """The one figure is named as the amount of a deal the text has told, with no party of
    its own (`detail`: the words that name it)."""

    kind: ClassVar[str] = "deal_reference"


def deal_references(passage: Layout) -> Iterator[DealReference]:
    """Figures written as "the $X deal" (takeover, sale, acquisition...) with no party after
    the noun and no comparison before the article."""
    text = passage.text
    for sentence in passage.sentences:
        for figure in sentence.figures:
            words = _reference_words(text, figure, sentence.start, sentence.end)
            if words is not None:
                yield DealReference(figures=(figure.id,), detail=words)


def _reference_words(text: str, figure: Figure, start: int, end: int) -> str | None:
    """The words "the <figure> <deal noun>" when they name a deal told before, else None."""
    if not figure.usable or figure.per_share:
        return None
    article = DEFINITE_BEFORE.search(text, max(start, figure.start - 8), figure.start)
    noun = DEAL_NOUN_AFTER.match(text, figure.end, min(end, figure.end + REACH))
    if article is None or noun is None:
        return None
    if PARTY_AFTER.match(text, noun.end(), end):
        return None
    if COMPARED_BEFORE.search(text, max(start, article.start() - REACH), article.end()):
        return None
    return text[article.start() : noun.end()]


def tells_the_deal(claim: Claim) -> bool:
    """Whether a headline or lead figure states the amount of the story's deal."""
    return (
        claim.place in (HEADLINE, LEAD)
        and not claim.is_target
        and claim.mention.per_unit is None
        and (claim.metric in DEAL_TELLING_METRICS or claim.measure == "deal")
        and claim.measure in DEAL_TELLING_MEASURES
    )
