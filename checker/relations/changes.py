"""Changes: a stated percent change or doubling with the new value and the base it relates
("jumped 76% to $1.13bn (£600m) for the three months to December, from $639m")."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar, NamedTuple

import regex

from checker.extract import lexicon as lx
from checker.extract import lexicon_zh as lx_zh
from checker.extract import states_restatement
from checker.model import EARNED_OVER_TIME, Qualifier, Relation
from checker.patterns import HAN, lazy
from checker.relations.base import (
    ANAPHOR,
    DIGITS,
    FILLER,
    NOCASE,
    PERCENT,
    PERIODS_BASE,
    QUALIFIER_ALT,
    Figure,
    Layout,
    Sentence,
    StatedNumber,
    anchored_outside,
    antecedent,
    dated,
    figure_at,
    may_state_percent,
    past_restatement,
    price_named,
    stated_percent,
    subject_before,
)
from checker.relations.comparisons import Comparison
from checker.text.tokens import MONTHS

UP = (
    "rose|rise|rises|risen|rising|up|grew|grow|grows|grown|growing|growth|increased|increases|"
    "increase|increasing|gained|gains|gain|jumped|jumps|jump|climbed|climbs|climb|surged|"
    "surges|surge|soared|soars|advanced|higher|more|above|premium|widened|widens|widen|widening"
)
DOWN = (
    "fell|fall|falls|fallen|falling|down|dropped|drops|drop|declined|declines|decline|"
    "decreased|decreases|decrease|slumped|slump|plunged|plunge|tumbled|sank|slid|slipped|"
    "shrank|shrunk|lower|less|below|discount|lost|narrowed|narrows|narrow|narrowing"
)
DOWN_WORDS = frozenset(DOWN.split("|"))
CHANGE_VERB_FIRST = lazy(rf"\b(?P<dir>{UP}|{DOWN})(?:\s+(?:by|of|some))?\s+{PERCENT}", NOCASE)
CHANGE_PERCENT_FIRST = lazy(
    rf"(?:\b(?:a|an)\s+)?{PERCENT}\s+(?P<dir>more|higher|above|premium|rise|increase|jump|gain|"
    r"growth|less|lower|below|discount|drop|fall|decline|decrease|slump|plunge|narrowing|"
    r"widening)\b",
    NOCASE,
)
WORD_FACTORS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5}
# A change stated as a fraction, in percent: "rose by a third", "fell by half". A fraction is
# a rounded statement, read as about that much.
FRACTION_PERCENTS = {
    "a tenth": Decimal(10),
    "a fifth": Decimal(20),
    "a quarter": Decimal(25),
    "a third": Decimal(100) / 3,
    "half": Decimal(50),
    "two-thirds": Decimal(200) / 3,
    "two thirds": Decimal(200) / 3,
    "three-quarters": Decimal(75),
    "three quarters": Decimal(75),
}
CHANGE_FRACTION = lazy(
    rf"\b(?P<dir>{UP}|{DOWN})\s+by\s+(?P<frac>{'|'.join(FRACTION_PERCENTS)})\b", NOCASE
)
CHANGE_WORD = lazy(
    rf"(?:\b(?P<q>{QUALIFIER_ALT})\s+)?\b(?P<verb>{'|'.join(WORD_FACTORS)})\b", NOCASE
)
# A month, with its year when written: "December", "March 2004".
MONTH = rf"(?:{'|'.join(MONTHS)})\b(?:\s+(?:19|20)\d\d\b)?"
# The verb every CHANGE_WORD match contains: a sentence without one needs no try of the pattern,
# whose optional qualifier is otherwise tried at every position.
CHANGE_WORD_HINT = lazy("|".join(WORD_FACTORS), NOCASE)
# The period a change is over, written between its new value and its base: "to $1.13bn for
# the three months to December, from $639m", "to $5 billion in 2024, against $4 billion",
# "to $205m during October to December, from $142m", "to $2.1bn last year from $950m".
PERIOD_BETWEEN = (
    r"(?:(?:last|this)\s+(?:year|quarter|month)\b|"
    r"(?:for|in|during|over)\s+(?:the\s+)?(?:(?:(?:three|six|nine|twelve|\d{1,2})\s+months|"
    r"(?:first|second|third|fourth|final)\s+(?:quarter|half)|(?:fiscal\s+)?year|quarter|half)"
    r"(?:\s+(?:to|ended|ending)(?:\s+\d{1,2})?\s+\p{L}++(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?)?|"
    rf"{MONTH}\s+(?:to|-|–)\s+{MONTH}|"
    r"(?:fiscal\s+)?(?:19|20)\d\d\b))"
)
# A results brief's base in brackets after the change: "¥282.5bn, -36.6% (prior year
# ¥528.9bn)", "rose 12% to €1.2bn (previous year: €1.07bn)", "(vs $4.1bn)", "(PY: $4.1bn)".
BRACKETED_BASE = (
    r"\(\s*(?:(?:the\s+)?(?:prior|previous|last)\s+year|(?:a\s+)?year\s+(?:earlier|ago)|PY|"
    r"vs\.?|versus)\s*:?\s*"
)
# A signed percentage right after a figure and a comma, as results briefs write a change:
# "Operating profit ¥282.5bn, -36.6% (prior year ¥528.9bn)", "Revenue €1.2bn, +12%".
SIGNED_CHANGE = lazy(rf",\s*(?P<sign>[+\-−–])(?P<num>{DIGITS})\s?%")
# The words between a change, or its base and restatement, and the new value: "to", "at",
# after a period the base is over ("from £3.24bn ($6.13bn) in 2003 to £2.89bn").
TO_NEW = lazy(
    rf"(?:\s+(?:{PERIOD_BETWEEN}|in\s+[\p{{L}}\s-]{{1,30}}?|year[- ](?:on|over)[- ]year|"
    r"on\s+the\s+year|from\s+a\s+year\s+(?:earlier|ago)))?\s*,?\s*(?:to|at)\s+",
    NOCASE,
)
FROM_BASE = lazy(
    rf"[\s,]*(?:{PERIOD_BETWEEN}[\s,]+(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+|"
    rf"{BRACKETED_BASE}|"
    r"(?:(?:from|on|over|than|against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    rf"(?:{PERIODS_BASE})?)?)",
    NOCASE,
)
# What a base right before a change follows: "against B", "compared with B", and a few words
# naming it, "against its issue price of B", "versus a profit of B".
BASE_BEFORE = lazy(
    rf"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|from)\s+{FILLER.pattern}"
    r"(?:(?:[\p{L}-]+\s+){1,3}of\s+)?$",
    NOCASE,
)
# A move told by its two ends, which a next sentence may measure: "rose to £29.0 billion from
# £22.8 billion", "went from 390p to 287p".
MOVE_TO_BEFORE = lazy(r"\bto\s+$", NOCASE)
MOVE_FROM_BEFORE = lazy(r"\bfrom\s+$", NOCASE)
MOVE_FROM_BETWEEN = lazy(r"[\s,]*from\s+", NOCASE)
MOVE_TO_BETWEEN = lazy(r"[\s,]*to\s+", NOCASE)
# A restatement in another currency set off by a comma only, which `states_restatement`
# leaves to the currencies to tell: "C$8.3 billion, about US$6.1 billion".
APPOSED_RESTATEMENT = lazy(r"\s*,\s*(?:about|around|roughly|some|nearly|approximately)?\s*", NOCASE)
# A new value and the base it is compared with: "$3.1 billion, compared with $1.4 billion".
MOVE_AGAINST_BETWEEN = lazy(
    r"[\s,]*(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+from)\s+", NOCASE
)
NUMBER_NEXT = lazy(r"[\s(]*(?:about\s+|some\s+)?\d")
# A level named in words after a change's "to", up to the end of its phrase: "to its
# all-time high level", "to a record", "to a two-year low", "to the highest since 2008".
# A clause that opens with a subject of its own right before a change: "as total income rose
# 4.6%", "while group sales fell 2%", "and its costs climbed 8%"; not a pronoun that points
# back at the figures ("as it rose 5%", "which was up 5%").
OWN_SUBJECT = lazy(
    r"\b(?:as|while|whereas|but|and|although|though)\s+(?!(?:it|they|this|that|which)\b)"
    r"(?:(?:its|their|the|total|group)\s+)*\p{L}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+$",
    NOCASE,
)
# A level named in words right before the new value it is: "rose 21% to a record S$11.4
# billion", "to a new high of $5 billion", "to an all-time high of €2bn".
LEVEL_BEFORE_FIGURE = lazy(
    r"(?:a|an|its|their|the)\s+(?:new\s+|fresh\s+)?(?:record(?:[\s-]high)?|all-time\s+high|"
    r"(?:\d+|multi|two|three|five|ten)-year\s+high|high|peak)(?:\s+of)?\s+",
    NOCASE,
)
LEVEL_IN_WORDS = lazy(r"(?:its|their|the|a|an|new|fresh|record|all-time)\b[^,;.()]*", NOCASE)
DESCRIPTOR = lazy(
    r"[\s,]*(?:(?P<prep>from|on|over|than|compared\s+(?:with|to)|versus)\s+)?"
    r"(?P<desc>[^,;.()]{1,60})",
    NOCASE,
)
# A base named by its quarter or half of the year: "the third", "the second quarter".
ORDINAL_PERIOD = lazy(
    r"(?:the\s+)?(?P<ord>first|second|third|fourth)(?:\s+(?P<span>quarter|half))?", NOCASE
)
# An amount told for an ordinal period right after it: "just €2.6 billion in the third".
TOLD_IN_ORDINAL = lazy(
    r"\s+(?:in|for|during)\s+the\s+(?P<ord>first|second|third|fourth)\b"
    r"(?:\s+(?:quarter|half))?(?!\s+\p{L})",
    NOCASE,
)
# Words that tell a figure as a whole year's: "net earnings for the year were", "full-year
# revenue", "annual sales", "in the year to March".
WHOLE_YEAR_TOLD = lazy(
    r"\b(?:for|in|over)\s+the\s+(?:(?:full|whole|financial|fiscal)\s+)?year\b|"
    r"\b(?:full|whole)[\s-]year\b|\bannual\b|\byear[\s-]on[\s-]year\b",
    NOCASE,
)
BASE_YEAR = lazy(r"^(?:in\s+)?(?:the\s+)?(?:(?:fiscal|FY)\s*)?(?P<y>(?:19|20)\d\d)\b", NOCASE)
YEAR_BACK = lazy(
    r"^(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+"
    r"year|last\s+year|the\s+same\s+(?:period|quarter|month|half)\s+(?:a\s+year\s+(?:earlier|ago)|"
    r"last\s+year|of\s+the\s+previous\s+year))\b",
    NOCASE,
)
# A sentence that opens on the period before the one just stated: "A year earlier, ...", "In
# the previous year, ...", "The year before, ...", "In the same period last year, ...".
PERIOD_BEFORE_OPENING = lazy(
    r"\W*(?:in\s+)?(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|"
    r"preceding)\s+(?:year|quarter|half)|the\s+(?:year|quarter)\s+before|the\s+same\s+"
    r"(?:period|quarter|half)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year))\b",
    NOCASE,
)
# Chinese changes: the direction and the percentage ("同比增长25%", "下降了3.2%").
# Prices' verbs and "增" and "减" alone count too ("上涨25%", "同比增25%").
ZH_UP = (*lx_zh.CHANGE_UP_VERBS, "上涨", "增")
ZH_DOWN = (*lx_zh.CHANGE_DOWN_VERBS, "下跌", "减")
ZH_DOWN_WORDS = frozenset(ZH_DOWN)
ZH_CHANGE = lazy(rf"(?P<dir>{'|'.join((*ZH_UP, *ZH_DOWN))})了?(?:约|近)?(?P<num>\d+(?:\.\d+)?)\s?%")
# The new value right after the change: "增长25%至500亿元", "增长25%到".
ZH_NEW_AFTER = lazy(r"\s*(?:至|到|达到|达)\s*")
# The base right after "from": "从400亿元增长".
ZH_FROM_BEFORE = lazy(r"(?:从|由)\s*$")
# The base after the new value, introduced by a comparison: "500亿元，较上年同期的400亿元",
# "500亿元，比2023年的400亿元", "500亿元，相比去年的400亿元".
ZH_COMPARED_BEFORE = lazy(r"[，,、\s]*(?:较|比|相比|相较于?|对比)[^，。；,;%]{0,12}?")
# Nothing but a comma, "了" or "同比" between a figure and the change that follows it.
ZH_SHORT_GAP = lazy(r"[，,\s]*(?:同比|环比)?(?:分别)?")
# The base after the change, as last year's figure: "，上年同期为400亿元".
ZH_BASE_AFTER = lazy(r"[，,；;\s]*(?:上年同期|去年同期|上年|去年|上一年)(?:为|是|的)?\s*")
# Words that put a share-price move within one trading session, whose base is the close
# before it: "jumped 21% to $139.40 in early trading on Thursday", "fell 5% to 300p at the
# open". A move over a longer time ("this year", "since March") has another base.
SESSION_MOVE = lazy(
    r"\b(?:in\s+(?:early\s+|late\s+|morning\s+|afternoon\s+|midday\s+|pre-?market\s+|"
    r"after-?hours\s+|heavy\s+|thin\s+)?trading|at\s+the\s+open(?:ing\s+bell)?|"
    r"(?:pre-?market|intraday)\b)",
    NOCASE,
)
LONGER_MOVE = lazy(
    r"\b(?:since|this\s+(?:year|month|week)|year\s+to\s+date|so\s+far|over\s+the|in\s+(?:the\s+)?"
    r"(?:past|last)\s+(?:year|month|week|\d+))\b",
    NOCASE,
)
# A Chinese sentence that opens by pointing back at the figures before it: "据此计算，净利润
# 同比增长60.8%" (calculated from these, net profit grew 60.8%).
ZH_POINTING_BACK = lazy(r"\W*(?:据此|由此|按此|以此)(?:计算|测算|推算|估算)?[，,]?")
# The base right before it, after the new value: "净利润为300亿元……；上年同期为166亿元".
ZH_BASE_BEFORE = lazy(r"(?:上年同期|去年同期|上年|去年|上一年)(?:为|是|的)?\s*$")
YEAR_ON_YEAR = lazy(r"\byear[- ]on[- ]year\b|\byear[- ]over[- ]year\b", NOCASE)


@dataclass(frozen=True)
class Change(Relation):
    """A stated change of the first figure from the second (the base). Without a second
    figure, the base is named by its period: `base_year` ("from 2024") or `years_back` ("a
    year earlier"). `word_multiple`: the change is a word ("doubled"), read as a multiple;
    `anchor`: the new value is outside the sentence that states the change."""

    kind: ClassVar[str] = "change"
    stated: StatedNumber
    word_multiple: bool = False
    base_year: int | None = None
    years_back: int | None = None
    anchor: bool = False


@dataclass(frozen=True)
class ChangePhrase:
    """A stated change ("up 36 per cent", "a 12% drop", "doubled") and where it is written."""

    start: int
    end: int
    stated: StatedNumber
    word_multiple: bool
    direct_object: bool = False


def change_relations(passage: Layout) -> Iterator[Change | Comparison]:
    """Stated percent changes and doublings with the new value and the base they relate.

    A change's new value or base is a figure of its sentence, or of the sentence before when
    it opens by pointing back ("That is an increase of 17%"): any other sentence without one
    is skipped. A doubling whose sentence states both values ("net income more than doubled to
    $1.97 billion from $1.03 billion") is a multiple of the base, as "more than double the
    $1.03 billion" would be (`as_comparison`)."""
    chinese = HAN.search(passage.text) is not None
    for index, sentence in enumerate(passage.sentences):
        if not sentence.figures:
            if chinese and ZH_POINTING_BACK.match(passage.text, sentence.start, sentence.end):
                yield from _zh_changes_told_before(passage, index)
            if not ANAPHOR.match(passage.text, sentence.start, sentence.end):
                continue
        for phrase in _change_phrases(passage.text, sentence):
            relation = _change_relation(passage, index, phrase)
            if relation is not None:
                yield as_comparison(relation)
        if chinese:
            yield from _zh_changes(passage, sentence)


def as_comparison(change: Change) -> Change | Comparison:
    """A word multiple between two stated figures as the multiple it states ("doubled" is
    twice the base); any other change unchanged."""
    if not change.word_multiple or len(change.figures) != 2:
        return change
    stated = change.stated
    factor = StatedNumber(stated.value / 100 + 1, Decimal(0), stated.qualifier)
    return Comparison(
        figures=change.figures, detail=change.detail, stated=factor, anchor=change.anchor
    )


def _zh_changes(passage: Layout, sentence: Sentence) -> Iterator[Change]:
    """Chinese changes whose new value and base the sentence states: "从400亿元增长25%至500亿
    元", "500亿元，较上年同期的400亿元增长25%", "500亿元，同比增长25%，上年同期为400亿元"."""
    text = passage.text
    figures = [f for f in sentence.figures if f.usable and not f.per_share]
    for match in ZH_CHANGE.finditer(text, sentence.start, sentence.end):
        before = [f for f in figures if f.end <= match.start()]
        after = [f for f in figures if f.start >= match.end()]
        roles = _zh_roles(text, before, after, match)
        if roles is None:
            continue
        new, base = roles
        if new.currency != base.currency or new is base:
            continue
        sign = -1 if match.group("dir") in ZH_DOWN_WORDS else 1
        yield Change(
            figures=(new.id, base.id),
            detail=match.group(0),
            stated=stated_percent(match.group("num"), None, sign),
        )


def _zh_changes_told_before(passage: Layout, index: int) -> Iterator[Change]:
    """A Chinese change that points back ("据此计算，净利润同比增长60.8%") at the one new value
    and base the sentence before states ("净利润为300.41亿元；上年同期为166.22亿元")."""
    text, sentence = passage.text, passage.sentences[index]
    previous = passage.previous(index)
    if previous is None:
        return
    amounts = [f for f in previous.figures if f.usable and not f.per_share]
    pairs = []
    for position, base in enumerate(amounts):
        if not ZH_BASE_BEFORE.search(text, max(previous.start, base.start - 8), base.start):
            continue
        earlier = [f for f in amounts[:position] if f.currency == base.currency]
        if earlier:
            pairs.append((earlier[-1], base))
    changes = list(ZH_CHANGE.finditer(text, sentence.start, sentence.end))
    if len(pairs) != 1 or len(changes) != 1:
        return
    (new, base), match = pairs[0], changes[0]
    sign = -1 if match.group("dir") in ZH_DOWN_WORDS else 1
    yield Change(
        figures=(new.id, base.id),
        detail=f"{match.group(0)} (the sentence before)",
        stated=stated_percent(match.group("num"), None, sign),
        anchor=True,
    )


def _zh_roles(
    text: str, before: list[Figure], after: list[Figure], match: regex.Match
) -> tuple[Figure, Figure] | None:
    """The new value and the base of a Chinese change, or None when the sentence does not
    give both in one of the three constructions."""
    if after and before and ZH_NEW_AFTER.fullmatch(text, match.end(), after[0].start):
        base = before[-1]
        if ZH_FROM_BEFORE.search(text, max(0, base.start - 4), base.start):
            return after[0], base
        return None
    if len(before) >= 2 and ZH_COMPARED_BEFORE.fullmatch(text, before[-2].end, before[-1].start):
        if ZH_SHORT_GAP.fullmatch(text, before[-1].end, match.start()):
            return before[-2], before[-1]
        return None
    if (
        before
        and after
        and ZH_SHORT_GAP.fullmatch(text, before[-1].end, match.start())
        and ZH_BASE_AFTER.fullmatch(text, match.end(), after[0].start)
    ):
        return before[-1], after[0]
    return None


def _change_phrases(text: str, sentence: Sentence) -> list[ChangePhrase]:
    """The change phrases of a sentence that are not inside a figure, in order."""
    phrases: dict[int, ChangePhrase] = {}
    percent_patterns = (CHANGE_VERB_FIRST, CHANGE_PERCENT_FIRST)
    percents = may_state_percent(text, sentence)
    for pattern in percent_patterns if percents else ():
        for match in pattern.finditer(text, sentence.start, sentence.end):
            direction = match.group("dir").lower()
            stated = stated_percent(
                match.group("num"), match.group("q"), -1 if direction in DOWN_WORDS else 1
            )
            phrase = ChangePhrase(*match.span(), stated, False, direction in ("above", "below"))
            phrases.setdefault(match.start("num"), phrase)
    for match in SIGNED_CHANGE.finditer(text, sentence.start, sentence.end) if percents else ():
        sign = 1 if match.group("sign") == "+" else -1
        stated = stated_percent(match.group("num"), None, sign)
        phrases.setdefault(
            match.start("num"), ChangePhrase(match.start("sign"), match.end(), stated, False)
        )
    for match in CHANGE_FRACTION.finditer(text, sentence.start, sentence.end):
        sign = -1 if match.group("dir").lower() in DOWN_WORDS else 1
        percent = FRACTION_PERCENTS[match.group("frac").lower()] * sign
        stated = StatedNumber(percent, Decimal(0), Qualifier.ABOUT)
        phrases.setdefault(match.start("frac"), ChangePhrase(*match.span(), stated, False))
    word = CHANGE_WORD_HINT.search(text, sentence.start, sentence.end) is not None
    for match in CHANGE_WORD.finditer(text, sentence.start, sentence.end) if word else ():
        factor = Decimal(str(WORD_FACTORS[match.group("verb").lower()]))
        qualifier = lx.QUALIFIERS.get((match.group("q") or "").lower(), Qualifier.EXACT)
        stated = StatedNumber((factor - 1) * 100, Decimal(0), qualifier)
        phrases.setdefault(match.start("verb"), ChangePhrase(*match.span(), stated, True))
    inside = [(f.start, f.end) for f in sentence.figures]
    return [
        p
        for _, p in sorted(phrases.items())
        if not any(start <= p.start < end for start, end in inside)
    ]


def _change_relation(passage: Layout, index: int, phrase: ChangePhrase) -> Change | None:
    """The new value and base of a change phrase, or None when the text does not give them."""
    text, sentence = passage.text, passage.sentences[index]
    roles = _roles_after(passage, sentence, phrase)
    if roles is None:
        return None
    new, base = roles
    if new is None and base is None and _own_subject_before(passage, sentence, phrase):
        return None
    if new is None and base is None:
        base = _base_before(passage, sentence, phrase.start)
    if new is None:
        new = subject_before(passage, sentence, (base or phrase).start, [base] if base else [])
    if new is None and base is not None:
        new = antecedent(passage, index, base)
    pointing = ANAPHOR.match(text, sentence.start, sentence.end)
    if new is None and base is None and pointing and pointing.end() <= phrase.end:
        new, base = _told_before(passage, index)
    if new is None:
        return None
    detail = text[phrase.start : phrase.end]
    described = Described(None, None, None, "")
    if base is None:
        described = (
            _described_base(passage, sentence, new, phrase)
            or _base_next(passage, index, new)
            or _previous_close(passage, sentence, new)
        )
        if described is None:
            return None
        base, detail = described.base, f"{detail} {described.words}"
    if base is not None and (base is new or base.per_share != new.per_share):
        return None
    return Change(
        figures=(new.id, base.id) if base is not None else (new.id,),
        detail=detail,
        stated=phrase.stated,
        word_multiple=phrase.word_multiple,
        base_year=described.base_year,
        years_back=described.years_back,
        anchor=anchored_outside(sentence, new),
    )


def _roles_after(
    passage: Layout, sentence: Sentence, phrase: ChangePhrase
) -> tuple[Figure | None, Figure | None] | None:
    """New value and base stated after the phrase: "to N from B", "from B to N", "than B".

    None when the change is about something other than money ("rose 87% to 936,172 cars").
    """
    text = passage.text
    new = base = None
    cursor = phrase.end
    to_new = TO_NEW.match(text, cursor, sentence.end)
    if to_new:
        new = figure_at(passage, sentence, to_new.end())
        if new is None and (level := LEVEL_BEFORE_FIGURE.match(text, to_new.end(), sentence.end)):
            new = figure_at(passage, sentence, level.end())
        if new is None and NUMBER_NEXT.match(text, to_new.end(), sentence.end):
            return None
        if new is None and _names_another_level(passage, sentence, to_new.end()):
            return None
        if new is not None:
            cursor = past_restatement(passage, sentence, new)
    from_base = FROM_BASE.match(text, cursor, sentence.end)
    if from_base:
        base = figure_at(passage, sentence, from_base.end())
    if base is not None and new is None:
        to_new = TO_NEW.match(text, past_restatement(passage, sentence, base), sentence.end)
        new = figure_at(passage, sentence, to_new.end()) if to_new else None
    return new, base


def _own_subject_before(passage: Layout, sentence: Sentence, phrase: ChangePhrase) -> bool:
    """Whether a new clause with a subject of its own opens between the last figure and the
    change ("pre-tax profit jumped to £510 million from £262 million as total income rose
    4.6%"): the change is that subject's, not the figures' before it."""
    before = [f for f in sentence.figures if f.end <= phrase.start]
    if not before:
        return False
    gap = passage.text[before[-1].end : phrase.start]
    return OWN_SUBJECT.search(gap) is not None


def _names_another_level(passage: Layout, sentence: Sentence, position: int) -> bool:
    """Whether the words after a change's "to" name a level in words, with no figure in its
    phrase ("soon rose 2.2 per cent to its all-time high level", "climbed 4% to a record"):
    the change ends at that level, stated elsewhere if at all, not at a figure of the clause."""
    text = passage.text
    level = LEVEL_IN_WORDS.match(text, position, sentence.end)
    if level is None:
        return False
    return not any(position <= f.start < level.end() for f in sentence.figures)


def _told_before(passage: Layout, index: int) -> tuple[Figure | None, Figure | None]:
    """What a change that opens by pointing back ("That is an increase of 17 per cent", "That
    left them 36 per cent below the offer price") measures: the one move "to N from B" (or
    "from B to N", "N, compared with B") of the sentence before, else its last amount as the
    new value alone."""
    previous = passage.previous(index)
    if previous is None:
        return None, None
    text = passage.text
    amounts = [f for f in previous.figures if f.usable]
    moves = []
    for first, second in itertools.pairwise(amounts):
        if first.currency != second.currency or first.per_share != second.per_share:
            continue
        lead = text[max(previous.start, first.start - 8) : first.start]
        gap = text[past_restatement(passage, previous, first) : second.start]
        forward = MOVE_TO_BEFORE.search(lead) and MOVE_FROM_BETWEEN.fullmatch(gap)
        if forward or MOVE_AGAINST_BETWEEN.fullmatch(gap):
            moves.append((first, second))
        elif MOVE_FROM_BEFORE.search(lead) and MOVE_TO_BETWEEN.fullmatch(gap):
            moves.append((second, first))
    if len(moves) == 1:
        return moves[0]
    if moves or not amounts:
        return None, None
    last = len(amounts) - 1
    while last > 0 and _restates_before(text, amounts[last - 1], amounts[last]):
        last -= 1
    return amounts[last], None


def _restates_before(text: str, earlier: Figure, later: Figure) -> bool:
    """Whether `later` restates `earlier` in another currency right after it ("C$8.3
    billion, about US$6.1 billion")."""
    gap = text[earlier.end : later.start]
    if earlier.currency == later.currency:
        return False
    return states_restatement(gap) or APPOSED_RESTATEMENT.fullmatch(gap) is not None


def _base_before(passage: Layout, sentence: Sentence, position: int) -> Figure | None:
    """B in "N, against B, an increase of P%" or "N, compared with B, up P%"."""
    candidate = subject_before(passage, sentence, position)
    if candidate is None:
        return None
    window = passage.text[max(sentence.start, candidate.start - 40) : candidate.start]
    return candidate if BASE_BEFORE.search(window) else None


class Described(NamedTuple):
    """A base the text names without stating it: the year or how many years back to look it
    up, or the figure it names; and the words that name it."""

    base_year: int | None
    years_back: int | None
    base: Figure | None
    words: str


def _described_base(
    passage: Layout, sentence: Sentence, new: Figure, phrase: ChangePhrase
) -> Described | None:
    """A base named but not stated: "from 2024", "a year earlier", "from the offer price".

    The name follows the change ("up 8% from 2024 to $5 billion") or its new value
    ("rose 8% to $5 billion from 2024").
    """
    text = passage.text
    if on_year := YEAR_ON_YEAR.search(text, phrase.end, sentence.end):
        return Described(None, 1, None, on_year.group(0)) if dated(text, sentence) else None
    positions = [phrase.end]
    if new.start > phrase.end:
        positions.append(past_restatement(passage, sentence, new))
    for position in positions:
        match = DESCRIPTOR.match(text, position, sentence.end)
        if match is None or not (match.group("prep") or phrase.direct_object):
            continue
        description = match.group("desc").strip()
        words = " ".join(match.group(0).split())
        if year := BASE_YEAR.match(description):
            if not _told_for_a_year(passage, new):
                return None
            return Described(int(year.group("y")), None, None, words)
        if YEAR_BACK.match(description):
            return Described(None, 1, None, words) if dated(text, sentence) else None
        if base := price_named(passage, description, new):
            return Described(None, None, base, words)
        if base := _period_named(passage, sentence, new, description):
            return Described(None, None, base, words)
    return None


def _told_for_a_year(passage: Layout, new: Figure) -> bool:
    """Whether a new value measured against a year ("up 13.6% compared to 2013") is a whole
    year's: a level at a moment (a market value "up 140% from 2024"), a flow whose period is a
    year, or one its sentence tells as a year's ("for the year", "full-year"). A quarter's
    revenue "compared to 2013" is measured against that quarter, not the year."""
    period = new.claim.period
    if new.claim.metric not in EARNED_OVER_TIME or (period is not None and period.isdigit()):
        return True
    own = passage.sentence_of(new)
    return WHOLE_YEAR_TOLD.search(passage.text, own.start, own.end) is not None


def _period_named(
    passage: Layout, sentence: Sentence, new: Figure, description: str
) -> Figure | None:
    """The base a change names by its quarter or half ("a 71% jump on the third", "up 9% on
    the first half"): the one amount of its sentence or the sentence before that the text
    tells for that period ("just €2.6 billion in the third"), in the new value's currency."""
    named = ORDINAL_PERIOD.fullmatch(description)
    if named is None:
        return None
    ordinal = named.group("ord").lower()
    previous = passage.previous(bisect.bisect_right(passage.starts, sentence.start) - 1)
    figures = [*(previous.figures if previous else ()), *sentence.figures]
    found = [
        f
        for f in figures
        if f is not new
        and f.usable
        and f.currency == new.currency
        and f.per_share == new.per_share
        and (told := TOLD_IN_ORDINAL.match(passage.text, f.end)) is not None
        and told.group("ord").lower() == ordinal
    ]
    return found[0] if len(found) == 1 else None


def _base_next(passage: Layout, index: int, new: Figure) -> Described | None:
    """The base the next sentence of the paragraph states after naming the period before
    ("... rose 25% to €150m last year. A year earlier the company made €100m"): its one
    amount, in the new value's currency and of its metric (a purchase the year before is no
    base of a revenue)."""
    following = passage.following(index)
    if following is None:
        return None
    opening = PERIOD_BEFORE_OPENING.match(passage.text, following.start, following.end)
    amounts = [f for f in following.figures if f.usable]
    if opening is None or len(amounts) != 1:
        return None
    base = amounts[0]
    if base.currency != new.currency or base.per_share != new.per_share:
        return None
    if base.claim.metric != new.claim.metric or new.claim.metric == "other":
        return None
    words = " ".join(opening.group(0).split()).strip(" ,")
    return Described(None, None, base, f"(next sentence: {words})")


def _previous_close(passage: Layout, sentence: Sentence, new: Figure) -> Described | None:
    """The close a share price moved from within a trading session ("Splunk closed at $120.09
    on Wednesday. Its shares jumped 16% to $139.40 in early trading"): the one closing price
    of the company the text states before the move's sentence."""
    text = passage.text
    if not new.per_share or new.claim.entity is None:
        return None
    if not SESSION_MOVE.search(text, sentence.start, sentence.end):
        return None
    if LONGER_MOVE.search(text, sentence.start, sentence.end):
        return None
    closes = [
        f
        for f in passage.introduced_prices["the closing price"]
        if f.end <= sentence.start
        and f.per_share
        and f.currency == new.currency
        and f.claim.entity == new.claim.entity
    ]
    if len(closes) != 1:
        return None
    return Described(None, None, closes[0], "(from the close stated before)")
