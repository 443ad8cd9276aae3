"""The event a figure tells: a listing's proceeds, a fine, a settlement.

Two documents often tell one event with different guesses of whose figure it is and what it
measures (the buyer for one, the company bought for the other; a Chinese name and an English
one). The event a figure tells is an attribute of its own, graded like the others: *stated*
when the event's noun is in the figure's clause ("fined €410 million", "对其处以182.28亿元罚款"),
*inferred* when it is only in its sentence ("raised $26.5 billion by selling 1.5 per cent of
its shares, the largest initial public offering ever"). Cross-document checks key on it
(`checker.checks.consistency`): an IPO happens once, so its proceeds need no period to be one
fact; an amount written to the digit with the same event noun in two documents is one event.

Each kind is data: its nouns in English and Chinese, the metrics a figure telling it may have,
and examples a test runs (tests/test_events_across_documents.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from checker.model import Claim, Evidence, Grade
from checker.patterns import lazy

NOCASE = regex.IGNORECASE


@dataclass(frozen=True)
class EventCue:
    """One kind of event: its nouns (English matched on word boundaries, any case but the
    abbreviations written in capitals; Chinese as written), the metrics and finer measures a
    figure telling it may have, and example sentences with the figure that tells it."""

    kind: str
    english: str
    chinese: str
    metrics: tuple[str, ...]
    examples: tuple[tuple[str, str], ...]
    measures: tuple[str, ...] = ("",)


EVENT_CUES: tuple[EventCue, ...] = (
    EventCue(
        "ipo",
        r"(?-i:IPO)s?|initial\s+public\s+offerings?|flotation|(?:stock[-\s]?market|trading|"
        r"market)\s+debut|went\s+public|listing",
        r"首次公开募股|首次公开发行|(?<![A-Za-z])IPO|招股|(?:在|于)[^，。；、]{1,12}上市",
        ("funding",),
        (
            ("Corvane raised $3.15 billion in its initial public offering.", "$3.15 billion"),
            ("Pellmore raised $1.2bn in its London flotation on Tuesday.", "$1.2bn"),
            ("瑞丰科技首次公开募股募资约45.6亿港元。", "45.6亿港元"),
        ),
        ("", "proceeds"),
    ),
    EventCue(
        "fine",
        r"fined|fines?|penalty|penalties",
        r"罚款|罚没款?|罚单",
        ("other", "price_paid"),
        (
            ("Regulators fined Quorra €412.5 million in March 2021.", "€412.5 million"),
            ("2021年4月，监管部门对瑞丰处以53.17亿元罚款。", "53.17亿元"),
        ),
        ("", "fine"),
    ),
    EventCue(
        "settlement",
        r"settle(?:d|s)?|settlement",
        r"和解",
        ("other", "price_paid"),
        (("Mossgiel agreed to pay $1.235 billion to settle the claims.", "$1.235 billion"),),
        ("", "settlement"),
    ),
)
# How far from a figure, within its sentence, an event's noun is read (a sentence of a
# thousand figures is not read once for each).
EVENT_REACH = 200
EVENT_PATTERNS = tuple(
    (cue, lazy(rf"\b(?:{cue.english})\b", NOCASE), lazy(cue.chinese)) for cue in EVENT_CUES
)
# Words that make a figure of a listing another amount than the listing's proceeds, or the
# listing another than the company's first: an over-allotment ("the greenshoe would lift
# proceeds to $29.4 billion"), a second or dual listing, a follow-on or a secondary sale.
NOT_THE_LISTING = lazy(
    r"\b(?:greenshoe|green\s+shoe|over-?allotment|secondary|second|dual|follow-on|"
    r"re-?listing|relist(?:ed|ing)?|spin-?off|direct\s+listing|SPAC)\b"
    r"|超额配售|绿鞋|二次上市|双重上市|回归|分拆",
    NOCASE,
)


def figure_event(
    text: str, claim: Claim, clause: tuple[int, int], sentence: tuple[int, int]
) -> tuple[str, Evidence] | None:
    """The event a figure tells and its evidence: the kind whose noun stands in its clause
    (stated) or else in its sentence (inferred), among the kinds its metric and measure may
    tell; None when no noun or two kinds are named, for a target, or a price per unit."""
    if claim.is_target or claim.mention.per_unit is not None:
        return None
    for (start, end), grade in ((clause, Grade.STATED), (sentence, Grade.INFERRED)):
        found = [
            (cue.kind, match.group(0))
            for cue, english, chinese in EVENT_PATTERNS
            if claim.metric in cue.metrics and claim.measure in cue.measures
            for match in (english.search(text, start, end) or chinese.search(text, start, end),)
            if match is not None
        ]
        if len({kind for kind, _ in found}) > 1:
            return None
        if found:
            kind, words = found[0]
            if kind == "ipo" and NOT_THE_LISTING.search(text, sentence[0], sentence[1]):
                return None
            return kind, Evidence("event_noun", words, grade)
    return None
