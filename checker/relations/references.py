"""Event references: a figure named as the amount of an event the story is about ("Analysts
said the $15.6 billion takeover gives Novo control", "a month after the $73.1 billion deal
closed", "the $3.9 billion settlement resolves most cases"). The words point back at an
event the text has told, so a check may hold the amount against the event's amount in the
headline and lead, or its date against the date the text told it at."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from checker.model import HEADLINE, LEAD, Claim, Relation
from checker.patterns import lazy
from checker.relations.base import NOCASE, Figure, Layout, Sentence

# "the $15.6 billion takeover", "The $34 billion deal", "the €9.8 billion sale": the definite
# article right before the amount and an event noun right after it (one modifier allowed:
# "the $34 billion cash deal"). Each kind of event is data: its nouns and an example a test
# runs. An offer or a bid is a deal's amount as the headline tells it ("Beta agrees €6.1bn
# takeover" ... "the €6.4 billion offer"); a settlement and a fine are events of their own,
# told by figures of that measure.
DEFINITE_BEFORE = lazy(r"\bthe\s+$", NOCASE)
EVENT_NOUNS: tuple[tuple[str, str, str], ...] = (
    (
        "deal",
        r"deal|takeover|acquisition|purchase|sale|merger|buyout|buy-out|transaction|agreement|"
        r"offer|bid",
        "Analysts said the $15.6 billion takeover gives Harwick control.",
    ),
    ("settlement", r"settlement", "Analysts said the $3.9 billion settlement ends the cases."),
    ("fine", r"fine|penalty", "Analysts said the €410 million fine was the largest yet."),
)
EVENT_NOUN_AFTER = tuple(
    (kind, lazy(rf"\s+(?:[\p{{Ll}}-]+\s+)?(?:{nouns})\b", NOCASE), example)
    for kind, nouns, example in EVENT_NOUNS
)
# The same event named before its amount: "The 2021 Turquoise Hill buyout, at $3.3 billion",
# "the Visa gain of $7.9 billion": the article, up to four capitalised words or a year (the
# event's party or date), one modifier, the noun, and "at", "of", "worth" or "for" right
# before the figure. Such a reference names its party or date, so only its date is held
# against the event told before (`retells`), never its amount against the headline's.
NAMED_BEFORE = r"(?:(?:\d{4}|\p{Lu}[\p{L}\p{N}'’&.-]*)\s+){0,4}"
EVENT_NOUN_BEFORE = tuple(
    (
        kind,
        lazy(
            rf"\b(?i:the)\s+{NAMED_BEFORE}(?:[\p{{Ll}}-]+\s+)?(?i:{nouns}),?\s+"
            r"(?i:at|of|worth|for)\s+$"
        ),
    )
    for kind, nouns, _ in EVENT_NOUNS
)
# A sentence that tells the event at another stage than its signing (closed, completed,
# cleared, blocked, abandoned): "agreed in 2021" and "the $5bn deal closed in 2022" are two
# dates of one deal, both right. A retelling is held against the first telling only when
# both or neither of their sentences tell such a stage.
LATER_STAGE = lazy(
    r"\b(?:clos(?:e|es|ed|ing)|complet(?:e|es|ed|ing|ion)|finali[sz](?:e|es|ed|ing)|"
    r"clear(?:s|ed)|approv(?:e|es|ed|al)|block(?:s|ed)|abandon(?:s|ed)|terminat(?:e|es|ed)|"
    r"collaps(?:e|es|ed)|scrap(?:s|ped)|lapse[sd]?|fell\s+through|went\s+through|"
    r"took\s+effect|paid\s+out)\b",
    NOCASE,
)
# A modifier that names another stage or another party's event is another event, told on the
# spot or before: "the $4bn rival bid", "the $12bn earlier offer", "the $3bn failed deal".
OTHER_EVENT_MODIFIER = lazy(
    r"\s+(?:rival|competing|counter|earlier|first|initial|previous|prior|original|opening|"
    r"revised|improved|raised|sweetened|higher|lower|new|fresh|second|third|final|latest|"
    r"failed|abandoned|aborted|collapsed|other|separate|another)\b",
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
# The metrics of a headline or lead figure that tells the story's deal (its measures are
# EVENT_MEASURES["deal"]; an event of another kind is told by its measure alone: "agreed to
# pay $3.7 billion to settle" tells the settlement, "fined €410 million" the fine).
DEAL_TELLING_METRICS = ("price_paid", "valuation")


@dataclass(frozen=True)
class DealReference(Relation):
    """The first figure is named as the amount of an event the text has told (`detail`: the
    words that name it; `event`: the kind of event, "deal", "settlement" or "fine",
    `EVENT_NOUNS`). A second figure, when there is one, is the telling it may retell: the one
    earlier figure of the document with the same amount and currency, when the sentences of
    both tell the event at one stage (`LATER_STAGE`)."""

    kind: ClassVar[str] = "deal_reference"
    event: str = "deal"
    named_before: bool = False
    """The noun comes before the figure and may name the event's party or date ("The 2021
    Turquoise Hill buyout, at $3.3 billion")."""


def deal_references(passage: Layout) -> Iterator[DealReference]:
    """Figures written as "the $X deal" (takeover, sale, offer, settlement, fine...) with no
    party after the noun, no modifier naming another event and no comparison before the
    article."""
    text = passage.text
    for sentence in passage.sentences:
        for figure in sentence.figures:
            found = _reference_words(text, figure, sentence.start, sentence.end)
            before = False
            if found is None:
                found, before = _named_before(text, figure, sentence.start), True
            if found is not None:
                retold = _retold(passage, sentence, figure)
                yield DealReference(
                    figures=(figure.id,) if retold is None else (figure.id, retold),
                    detail=found[1],
                    event=found[0],
                    named_before=before,
                )


def _named_before(text: str, figure: Figure, start: int) -> tuple[str, str] | None:
    """The kind of event and the words "the <event noun>, at <figure>" before a figure."""
    if not figure.usable or figure.per_share:
        return None
    low = max(start, figure.start - REACH - 20)
    for kind, pattern in EVENT_NOUN_BEFORE:
        if (match := pattern.search(text, low, figure.start)) is not None:
            return kind, text[match.start() : figure.end]
    return None


def _retold(passage: Layout, sentence: Sentence, figure: Figure) -> str | None:
    """The one figure before `figure` in the document with its amount and currency, when it
    stands in another sentence and both sentences or neither tell a later stage of an event
    (`LATER_STAGE`); None otherwise."""
    mention = figure.claim.mention
    earlier = [
        other
        for other in passage.figures_between(0, sentence.start)
        if other.end <= sentence.start
        and other.currency == figure.currency
        and other.claim.mention.amount == mention.amount
    ]
    if len(earlier) != 1 or not earlier[0].usable:
        return None
    told = passage.sentence_of(earlier[0])
    text = passage.text
    stages = {LATER_STAGE.search(text, s.start, s.end) is not None for s in (sentence, told)}
    return earlier[0].id if len(stages) == 1 else None


def _reference_words(text: str, figure: Figure, start: int, end: int) -> tuple[str, str] | None:
    """The kind of event and the words "the <figure> <event noun>" when they name an event
    told before, else None."""
    if not figure.usable or figure.per_share:
        return None
    article = DEFINITE_BEFORE.search(text, max(start, figure.start - 8), figure.start)
    if article is None or OTHER_EVENT_MODIFIER.match(text, figure.end, end):
        return None
    reach = min(end, figure.end + REACH)
    found = [
        (kind, noun)
        for kind, pattern, _ in EVENT_NOUN_AFTER
        if (noun := pattern.match(text, figure.end, reach)) is not None
    ]
    if not found:
        return None
    kind, noun = min(found, key=lambda item: item[1].end())
    if PARTY_AFTER.match(text, noun.end(), end):
        return None
    if COMPARED_BEFORE.search(text, max(start, article.start() - REACH), article.end()):
        return None
    return kind, text[article.start() : noun.end()]


# What a figure must be to tell an event of each kind anywhere in the text: a deal's price, a
# value it puts on the company or money put in ("agreed to buy Beta for $20 billion",
# "paid $3.3 billion for the 49%"), a settlement or a fine. A stake, a change, a part or a
# price per unit tells no deal's amount.
EVENT_METRICS = {"deal": ("price_paid", "valuation", "investment")}
EVENT_MEASURES = {
    "deal": ("", "deal", "bid"),
    "settlement": ("settlement",),
    "fine": ("fine",),
}


def tells_the_deal(claim: Claim, event: str = "deal") -> bool:
    """Whether a headline or lead figure states the amount of the story's deal (or of its
    event of another kind: a settlement, a fine, `EVENT_MEASURES`)."""
    if claim.place not in (HEADLINE, LEAD) or claim.is_target or claim.mention.per_unit is not None:
        return False
    if event != "deal":
        return claim.measure in EVENT_MEASURES.get(event, ())
    return (
        claim.metric in DEAL_TELLING_METRICS or claim.measure == "deal"
    ) and claim.measure in EVENT_MEASURES["deal"]


def tells_an_event_of(claim: Claim, event: str) -> bool:
    """Whether a figure tells the amount of an event of kind `event` (`EVENT_METRICS`,
    `EVENT_MEASURES`)."""
    if claim.is_target or claim.mention.per_unit is not None:
        return False
    if claim.measure not in EVENT_MEASURES.get(event, ()):
        return False
    metrics = EVENT_METRICS.get(event)
    return metrics is None or claim.metric in metrics or claim.measure in ("deal", "bid")
