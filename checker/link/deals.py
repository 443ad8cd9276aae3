"""The deal a story is about, read from its headline: who buys whom. In a takeover story the
buyer is usually the name the text repeats most, so a price or a value the text gives without
naming its company would otherwise go to the buyer; the headline says it is the target's.

Each construction is data: its roles (BUYER, TARGET), a pattern over the headline, and an
example a test runs.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from checker.link.names import DocumentNames
from checker.link.places import headline_span
from checker.patterns import lazy

# A seller's headline ("Harwick sells Corvane stake") is left out: the seller's own debts and
# proceeds fill such a story, so its unnamed figures are not the stake's company's.
NAME = r"\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Lu}|\d)[\p{L}\p{N}'’&.-]*){0,3}?"
# A money or price token of a headline: "$16.5bn", "€8.9 billion", "180p-a-share".
MONEY = r"(?:[$€£¥₹]|US\$|HK\$|Rs\.?\s?)?\d[\d.,]*(?:\s?(?i:bn|billion|m|million|trillion)\b|\S*)"
DEAL_NOUN = r"(?i:deal|takeover|purchase|acquisition|merger|buyout|buy-out)"
STORY_DEALS: tuple[tuple[str, str], ...] = (
    (
        "Harwick to buy Corvane for $16.5bn",
        rf"(?P<BUYER>{NAME})\s+(?i:(?:agrees?|agreed|plans?|is\s+set|set|moves?|offers?|"
        r"bids?)\s+)?(?i:to\s+)?(?i:buys?|acquires?|take\s+over|takes\s+over|swallows?|"
        rf"snaps?\s+up|purchases?)\s+(?i:rival\s+|peer\s+)?(?P<TARGET>{NAME})\b",
    ),
    (
        "Harwick closes $71.3bn Corvane deal",
        rf"(?P<BUYER>{NAME})\s+(?i:closes|completes|seals|clinches|wins|agrees|signs|finali[sz]es|"
        rf"strikes)\s+(?i:its\s+|a\s+|the\s+)?(?:{MONEY}\s+)?(?P<TARGET>{NAME})\s+{DEAL_NOUN}\b",
    ),
    (
        "Harwick's $32 Billion Corvane Deal",
        rf"(?P<BUYER>{NAME})['’]s\s+(?:{MONEY}\s+)?(?P<TARGET>{NAME})\s+{DEAL_NOUN}\b",
    ),
    (
        "Harwick agrees €6.1 billion takeover of Spain's Corvane",
        rf"(?P<BUYER>{NAME})\s+(?i:agrees|agreed|announces|announced|launches|launched|makes|"
        r"made|seals|sealed|strikes|struck|clinches|clinched)\s+(?i:an?\s+|its\s+)?"
        rf"(?:{MONEY}\s+)?(?:[\p{{Ll}}-]+\s+)?{DEAL_NOUN}\s+(?i:of|for)\s+"
        rf"(?:\p{{Lu}}\p{{L}}+['’]s\s+)?(?P<TARGET>{NAME})\b",
    ),
    (
        "Corvane agrees 180p-a-share takeover by Harwick",
        rf"(?P<TARGET>{NAME})\s+(?:agrees|accepts|backs|recommends)\s+(?:an?\s+)?(?:{MONEY}\s+)?"
        rf"(?:[\p{{Ll}}-]+\s+)?(?:{DEAL_NOUN}|offer|bid)\s+(?:by|from)\s+(?P<BUYER>{NAME})\b",
    ),
)
STORY_DEAL_PATTERNS = tuple((example, lazy(pattern)) for example, pattern in STORY_DEALS)


@dataclass(frozen=True)
class StoryDeal:
    """The deal a headline tells: the company bought (or whose shares change hands) and the
    other party, with the headline's words."""

    target: str
    buyer: str
    words: str


def story_deal(text: str, names: DocumentNames) -> StoryDeal | None:
    """The deal the document's headline tells, when one construction names two different
    companies the body also names; None otherwise (or when constructions disagree)."""
    span = headline_span(text)
    if span is None:
        return None
    found = [
        deal
        for _, pattern in STORY_DEAL_PATTERNS
        for match in pattern.finditer(text, *span)
        if (deal := _deal_of(match, names)) is not None
    ]
    return found[0] if len({(d.target, d.buyer) for d in found}) == 1 else None


def _deal_of(match: regex.Match, names: DocumentNames) -> StoryDeal | None:
    target = names.shortest(names.clean_capitals(match.group("TARGET")))
    buyer = names.shortest(names.clean_capitals(match.group("BUYER")))
    if target is None or buyer is None or target == buyer:
        return None
    return StoryDeal(target, buyer, match.group(0))
