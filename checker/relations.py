"""Arithmetic the text states between figures: totals and parts, changes, stakes, comparisons.

Every finder reads one document sentence by sentence. It looks back at most to the
previous sentence of the paragraph, or to earlier figures the text marks explicitly
("a further $500 million", "has already put $394 million"), so the work grows with the
length of the document and never with the square of its figures.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

import regex

from checker.extract import lexicon as lx
from checker.extract import states_restatement
from checker.model import Claim, Qualifier, Relation
from checker.text import Passage as TextPassage

SUM = "sum"
CHANGE = "change"
STAKE = "stake"
MULTIPLE = "multiple"

QUALIFIER_ORDER: tuple[Qualifier, ...] = tuple(Qualifier)
_QUALIFIER_ALT = "|".join(
    regex.escape(q) for q in sorted(lx.QUALIFIERS, key=len, reverse=True) if q != "approx."
)
_NUMBER_WORDS = {w: v for w, v in lx.UNITS.items() if 2 <= v <= 20}
_NUMBER_WORD_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
NOCASE = regex.IGNORECASE

PERCENT = (
    rf"(?:(?P<q>{_QUALIFIER_ALT})\s+)?(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
    r"(?!\s+points?\b)"
)
FILLER = regex.compile(
    rf"[\s,]*(?:(?:the|its|their|his|her|a|an|of|only|just|{_QUALIFIER_ALT})\s+)*", NOCASE
)
BLOCKER = regex.compile(r";|\b(?:while|whereas|but|although|though)\b|,\s+and\b", NOCASE)
ANAPHOR = regex.compile(
    r"\W*(?:The\s+(?:result|figure|total|sum|amount|gain|increase|rise|jump|drop|fall|"
    r"decline)|That|This|Which)\b"
)
NOT_A_VALUE_AFTER = regex.compile(r"^\s*(?:threshold|mark|milestone|barrier|level)\b", NOCASE)
CLOSING = regex.compile(r"\s*[)\]]")
# An amount below this with no magnitude word is a price per share or per unit.
PER_UNIT_BELOW = 10_000
PER_SHARE_AFTER = regex.compile(r"^\s*(?:(?:a|per)\s+share|each|apiece)\b", NOCASE)

# -- changes -----------------------------------------------------------------------------
UP = (
    "rose|rise|rises|risen|rising|up|grew|grow|grows|grown|growing|growth|increased|increases|"
    "increase|increasing|gained|gains|gain|jumped|jumps|jump|climbed|climbs|climb|surged|"
    "surges|surge|soared|soars|advanced|higher|more|above|premium"
)
DOWN = (
    "fell|fall|falls|fallen|falling|down|dropped|drops|drop|declined|declines|decline|"
    "decreased|decreases|decrease|slumped|slump|plunged|plunge|tumbled|sank|slid|slipped|"
    "shrank|shrunk|lower|less|below|discount|lost"
)
DOWN_WORDS = frozenset(DOWN.split("|"))
CHANGE_VERB_FIRST = regex.compile(
    rf"\b(?P<dir>{UP}|{DOWN})(?:\s+(?:by|of|some))?\s+{PERCENT}", NOCASE
)
CHANGE_PERCENT_FIRST = regex.compile(
    rf"(?:\b(?:a|an)\s+)?{PERCENT}\s+(?P<dir>more|higher|above|premium|rise|increase|jump|gain|"
    r"growth|less|lower|below|discount|drop|fall|decline|decrease|slump|plunge)\b",
    NOCASE,
)
CHANGE_WORD = regex.compile(
    rf"(?:\b(?P<q>{_QUALIFIER_ALT})\s+)?\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b",
    NOCASE,
)
WORD_FACTORS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5}
TO_NEW = regex.compile(
    r"(?:\s+(?:in\s+[\p{L}\s-]{1,30}?|year[- ](?:on|over)[- ]year|on\s+the\s+year|"
    r"from\s+a\s+year\s+(?:earlier|ago)))?\s*,?\s*(?:to|at)\s+",
    NOCASE,
)
FROM_BASE = regex.compile(
    r"[\s,]*(?:(?:from|on|over|than|against|compared\s+(?:with|to)|versus|vs\.?)\s+)?", NOCASE
)
BASE_BEFORE = regex.compile(
    rf"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|from)\s+{FILLER.pattern}$", NOCASE
)
NUMBER_NEXT = regex.compile(r"[\s(]*(?:about\s+|some\s+)?\d")
DESCRIPTOR = regex.compile(
    r"[\s,]*(?:(?P<prep>from|on|over|than|compared\s+(?:with|to)|versus)\s+)?"
    r"(?P<desc>[^,;.()]{1,60})",
    NOCASE,
)
BASE_YEAR = regex.compile(r"^(?:the\s+)?(?:(?:fiscal|FY)\s*)?(?P<y>(?:19|20)\d\d)\b", NOCASE)
YEAR_BACK = regex.compile(
    r"^(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+"
    r"year|last\s+year|the\s+same\s+(?:period|quarter|month|half)\s+(?:a\s+year\s+(?:earlier|ago)|"
    r"last\s+year|of\s+the\s+previous\s+year))\b",
    NOCASE,
)
YEAR = regex.compile(r"(?<![\d$€£¥₹.,])(?:19|20)\d\d(?![\d%])")
YEAR_ON_YEAR = regex.compile(r"\byear[- ]on[- ]year\b|\byear[- ]over[- ]year\b", NOCASE)
# Which price a descriptor names ("where the deal was priced"), and how the text
# introduces a figure that is that price ("sold 180 million shares at $45 each").
PRICE_ROLES: tuple[tuple[str, regex.Pattern, regex.Pattern, regex.Pattern], ...] = (
    (
        "the reference price",
        regex.compile(r"\breference\b", NOCASE),
        regex.compile(r"\breference\s+price\s+of\s*$", NOCASE),
        regex.compile(r"^\s*reference\s+price\b", NOCASE),
    ),
    (
        "the opening price",
        regex.compile(r"\bopen(?:ed|ing)?\b", NOCASE),
        regex.compile(
            r"\bopen(?:ed|ing)?(?:\s+on\s+\p{L}+)?\s+at\s*$|\bopening\s+price\s+of\s*$", NOCASE
        ),
        regex.compile(r"^\s*opening\s+price\b", NOCASE),
    ),
    (
        "the closing price",
        regex.compile(r"\bclos(?:e|ed|ing)\b", NOCASE),
        regex.compile(r"\bclos(?:ed|ing)(?:\s+on\s+\p{L}+)?\s+at\s*$|\bclose\s+of\s*$", NOCASE),
        regex.compile(r"^\s*clos(?:e|ing\s+price)\b", NOCASE),
    ),
    (
        "the offer price",
        regex.compile(r"\boffer\b|\bpriced\b|\b(?:IPO|issue|listing)\s+price\b", NOCASE),
        regex.compile(
            r"\b(?:sold|offered|issued|selling|priced)\b[^.;]{0,60}?\bat\s*$|"
            r"\b(?:offer|IPO|issue)\s+price\s+of\s*$",
            NOCASE,
        ),
        regex.compile(r"^\s*(?:a\s+share\s+)?(?:offer|IPO|issue)\s+price\b", NOCASE),
    ),
)

# -- comparisons -------------------------------------------------------------------------
MULTIPLE_PHRASE = regex.compile(
    rf"(?:\b(?P<q>{_QUALIFIER_ALT})\s+)?\b(?:(?P<word>double|twice|triple|treble|quadruple|half)|"
    rf"(?P<n>\d+(?:\.\d+)?|{_NUMBER_WORD_ALT})(?:\s+|-)(?:times|fold))\b"
    r"(?:\s+(?:as\s+(?:much|large|big|high|valuable)\s+as|that\s+of|what))?",
    NOCASE,
)
MULTIPLE_WORDS = {"double": 2, "twice": 2, "triple": 3, "treble": 3, "quadruple": 4, "half": 0.5}

# -- stakes ------------------------------------------------------------------------------
STAKE_PERCENT = regex.compile(PERCENT, NOCASE)
HOLDING_VERBS = r"owns?|owned|holds?|held|kept|keeps|keeping|retains?|retained"
STAKE_VERB_BEFORE = regex.compile(
    r"\b(?P<verb>for|buys?|bought|buying|purchas(?:e|es|ed|ing)|acquired?|acquires|acquiring|"
    r"handed|hands|hand|gives?|gave|giving|sold|sells?|selling|takes?|took|taking|gets?|got|"
    rf"getting|{HOLDING_VERBS})\b(?:\s+(?:a\s+stake\s+of|[\p{{L}}'’.-]+)){{0,4}}?\s*$",
    NOCASE,
)
HOLDING = regex.compile(HOLDING_VERBS, NOCASE)
PRICE_AFTER_TRANSACTION = regex.compile(
    r"\b(?:for|worth|rais(?:e|es|ed|ing)|fetch(?:es|ed|ing)?|cost(?:s|ing)?|pa(?:id|ys?|ying))\b",
    NOCASE,
)
PRICE_AFTER_HOLDING = regex.compile(r"\bworth\b|\bvalued\s+at\b", NOCASE)
STAKE_AFTER = regex.compile(
    r"^(?:\s+(?:stake|holding|interest|equity)\b|\s+of\s+(?:the\s+(?:company|firm|group|business|"
    r"start-?up|carmaker|venture|unit)\b|itself\b|it\b|its\s+(?:shares|equity|stock)\b|\p{Lu})|"
    r"\s+in\s+\p{Lu}|\s*[,.;]|\s+(?:and|at|when|for|from|to|while|on|works|implies|implying|"
    r"values|valuing|gives|giving)\b|\s*$)"
)
VALUATION_BEFORE = regex.compile(
    r"(?:\bvalu(?:ed|es|ing)\b(?:\s+[\p{L}'’&.,-]+){0,10}?\s+at|\bvaluations?\s+of|"
    r"\bworks?\s+out\s+at|"
    r"\b(?:market|equity)\s+value\s+of|\bmarket\s+capitali[sz]ation\s+of|"
    r"(?<!\b(?:stake|holding|position|shares)(?:\s+now)?\s)\bworth|\bpriced\s+at)\s+"
    rf"(?:(?:{_QUALIFIER_ALT}|the|a|an)\s+)*$",
    NOCASE,
)
VALUATION_AFTER = regex.compile(
    r"^\s*(?:[\p{L}-]+\s+)?valuation\b|^\s*market\s+(?:value|cap)", NOCASE
)
ENTERPRISE_BEFORE = regex.compile(r"\benterprise\s+value\s+of\s+(?:\p{L}+\s+)*$", NOCASE)
ENTERPRISE_AFTER = regex.compile(r"[^,;.]{0,25}\b(?:including|incl\.?|with)\s+debt\b", NOCASE)
AT_AFTER_PERCENT = regex.compile(r"\s+at\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:valuation\s+of\s+)?")

# -- sums --------------------------------------------------------------------------------
LIST_CUE = regex.compile(
    r"\b(?P<cue>made\s+up\s+of|split\s+(?:between|among|across|into)|consist(?:s|ed|ing)?\s+of|"
    r"compris(?:es|ed|ing)|composed\s+of|broken\s+down\s+(?:into|as)|divided\s+(?:between|among|"
    r"into)|of\s+which|including|includes|allocated\s+(?:to|between|among|across)|"
    r"spread\s+(?:across|between|over))\b|(?P<colon>:)(?=\s)",
    NOCASE,
)
INCOMPLETE_CUES = ("of which", "including", "includes")
LIST_SEPARATOR = regex.compile(
    r",\s*(?:and\s+|or\s+|plus\s+)?|;\s*|\s+(?:and|plus|as\s+well\s+as)\s+", NOCASE
)
LIST_STOP = regex.compile(r";|\b(?:while|whereas|but|which|who)\b", NOCASE)
COUNT_NOUNS = (
    "parts|pillars|components|elements|segments|divisions|units|businesses|tranches|"
    "instalments|installments|items|pieces|areas|categories|streams|sources|investors|backers|"
    "buyers|bidders|lenders|banks|funds|partners|shareholders"
)
PARTY_NOUNS = frozenset(
    "investors backers buyers bidders lenders banks funds partners shareholders".split()
)
COUNT = regex.compile(
    rf"\b(?P<n>\d+|{_NUMBER_WORD_ALT})\s+(?:[\p{{L}}-]+\s+)?(?P<noun>{COUNT_NOUNS})\b", NOCASE
)
TOTAL_BEFORE = regex.compile(
    r"\b(?:together,?\s+(?:they\s+)?(?:amount(?:ed)?|add(?:ed)?\s+up|come|came|total(?:l?ed)?)"
    r"(?:\s+to)?|(?:a|the)\s+(?:combined\s+)?total\s+of|totall?ing|add(?:s|ed|ing)?\s+up\s+to|"
    rf"altogether|in\s+all|in\s+total|all\s+told|combined)\s+(?:(?:{_QUALIFIER_ALT})\s+)?$",
    NOCASE,
)
TOTAL_AFTER = regex.compile(r"^\s*(?:in\s+total|in\s+all|altogether|all\s+told|combined)\b", NOCASE)
TOGETHER_START = regex.compile(
    r"\W*(?:together|combined|altogether|in\s+all|in\s+total|all\s+told|between\s+them)\b", NOCASE
)
OF_THE_START = regex.compile(r"\W*(?:of|from)\s+(?:the|its|this|that|their)\s+", NOCASE)
OF_THAT_START = regex.compile(r"\W*(?:of|from)\s+(?:that|this|the\s+total|it|which)\b", NOCASE)
CUMULATIVE_BEFORE = regex.compile(
    r"(?:\btotal(?:\s+[\p{L}-]+){0,2}\s+(?:now\s+)?(?:rises|rose|risen|climbs|climbed|increases|"
    r"increased|grows|grew|goes|went|comes|came|reaches|reached|stands|stood|is|was)(?:\s+at|"
    r"\s+to)?|\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|lift(?:s|ing|ed)?|rais(?:es|ing|ed)"
    r"|push(?:es|ing|ed)?)\s+(?:its|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}total\s+"
    r"(?:[\p{L}-]+\s+)?to|\bfor\s+a\s+total\s+of)\s+"
    rf"(?:(?:{_QUALIFIER_ALT})\s+)?$",
    NOCASE,
)
INCREMENT_MARKER = regex.compile(
    r"\b(?:a\s+further|another|an\s+additional|additional|a\s+new|fresh|added|adds|adding|"
    r"extra)\b[^.;$€£¥₹\d]{0,20}$",
    NOCASE,
)
PRIOR_MARKER = regex.compile(
    r"\b(?:already|so\s+far|to\s+date|previously|first|initial(?:ly)?|earlier|original(?:ly)?)"
    r"\b[^.;$€£¥₹\d]{0,25}$",
    NOCASE,
)
MONEY_IN_METRICS = frozenset({"investment", "price_paid", "funding"})
# How far back (in characters) a running total looks for its prior amount and increment.
RUNNING_TOTAL_REACH = 2000


@dataclass(frozen=True)
class StatedNumber:
    """A percentage or multiple as written: its value, half a unit of its last digit, qualifier."""

    value: Decimal
    precision: Decimal
    qualifier: Qualifier

    def encoded(self) -> tuple[tuple[str, float], ...]:
        """The number as Relation.values entries."""
        return (
            ("stated", float(self.value)),
            ("precision", float(self.precision)),
            ("qualifier", float(QUALIFIER_ORDER.index(self.qualifier))),
        )


def stated_number(relation: Relation) -> StatedNumber | None:
    """The percentage or multiple a change, stake or comparison relation states."""
    values = dict(relation.values)
    if "stated" not in values:
        return None
    return StatedNumber(
        Decimal(str(values["stated"])),
        Decimal(str(values["precision"])),
        QUALIFIER_ORDER[int(values["qualifier"])],
    )


def relation_value(relation: Relation, key: str) -> float | None:
    """One structured number of a relation ("complete", "base_year", ...), or None."""
    return dict(relation.values).get(key)


@dataclass(frozen=True)
class Figure:
    """A claim with what its place in the text says about it."""

    claim: Claim
    restates: bool
    per_share: bool
    in_range: bool

    @property
    def id(self) -> str:
        """The claim's figure id."""
        return self.claim.figure_id

    @property
    def start(self) -> int:
        """Where the figure starts in the text."""
        return self.claim.mention.start

    @property
    def end(self) -> int:
        """Where the figure ends in the text."""
        return self.claim.mention.end

    @property
    def usable(self) -> bool:
        """Whether it can take part in arithmetic: not a restatement, not a range bound."""
        return not self.restates and not self.in_range

    @property
    def currency(self) -> str | None:
        """The figure's currency, or None."""
        return self.claim.mention.currency

    @property
    def amount(self) -> Decimal:
        """The figure's amount as written, without sign."""
        return abs(self.claim.mention.amount)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the document: its span, its paragraph and its usable figures."""

    start: int
    end: int
    paragraph: int
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Passage:
    """A document's text cut into sentences, with every figure placed in its sentence."""

    text: str
    sentences: tuple[Sentence, ...]
    figures: tuple[Figure, ...]
    starts: tuple[int, ...]
    figure_starts: tuple[int, ...]

    def sentence_of(self, figure: Figure) -> Sentence:
        """The sentence a figure is written in."""
        return self.sentences[max(0, bisect.bisect_right(self.starts, figure.start) - 1)]

    def figures_between(self, start: int, end: int) -> tuple[Figure, ...]:
        """The figures that start in text[start:end]."""
        low = bisect.bisect_left(self.figure_starts, start)
        return self.figures[low : bisect.bisect_left(self.figure_starts, end)]

    def previous(self, index: int, same_paragraph: bool = True) -> Sentence | None:
        """The sentence before sentence `index` (only within its paragraph, by default)."""
        if index == 0:
            return None
        before = self.sentences[index - 1]
        if same_paragraph and before.paragraph != self.sentences[index].paragraph:
            return None
        return before

    @functools.cached_property
    def introduced_prices(self) -> dict[str, tuple[Figure, ...]]:
        """For each price role ("the offer price"), the figures the text introduces as it."""
        return {
            role: tuple(
                f for f in self.figures if f.usable and _introduced_as(self, f, before, after)
            )
            for role, _, before, after in PRICE_ROLES
        }


def arithmetic_relations(text: TextPassage, claims: list[Claim]) -> list[Relation]:
    """Sums, changes, stakes and comparisons one document states, with the figures they relate."""
    passage = read_passage(text, claims)
    found: dict[tuple[str, tuple[str, ...]], Relation] = {}
    for finder in (sum_relations, change_relations, stake_relations, multiple_relations):
        for relation in finder(passage):
            found.setdefault((relation.kind, relation.figures), relation)
    return list(found.values())


def read_passage(model: TextPassage, claims: Sequence[Claim]) -> Passage:
    """Sentences, paragraphs and figures of a text."""
    text = model.flat
    ordered = sorted(claims, key=lambda c: c.mention.start)
    figures = tuple(_figure(text, ordered, i) for i in range(len(ordered)))
    starts = [f.start for f in figures]
    sentences = []
    for start, end, paragraph in ((s.start, s.end, s.paragraph) for s in model.sentences):
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        sentences.append(Sentence(start, end, paragraph, figures[low:high]))
    sentence_starts = tuple(s.start for s in sentences)
    return Passage(text, tuple(sentences), figures, sentence_starts, tuple(starts))


def _figure(text: str, claims: Sequence[Claim], index: int) -> Figure:
    """Claim `index`: whether it restates the one before, is a price per share, is a range."""
    claim = claims[index]
    mention = claim.mention
    restates = index > 0 and states_restatement(text[claims[index - 1].mention.end : mention.start])
    after = text[mention.end : mention.end + 20]
    per_share = (
        claim.metric == "share_price"
        or PER_SHARE_AFTER.match(after) is not None
        or (mention.scale_word is None and abs(mention.amount) < PER_UNIT_BELOW)
    )
    return Figure(claim, restates, per_share, mention.range_group is not None)


def _figure_at(passage: Passage, sentence: Sentence, position: int) -> Figure | None:
    """The usable figure that starts at `position`, past articles and qualifier words."""
    for figure in sentence.figures:
        if figure.start >= position:
            if FILLER.fullmatch(passage.text, position, figure.start) is None:
                return None
            return figure if figure.usable else None
    return None


def _subject_before(
    passage: Passage, sentence: Sentence, position: int, exclude: Sequence[Figure] = ()
) -> Figure | None:
    """The nearest usable figure before `position` in its clause."""
    for figure in reversed(sentence.figures):
        if figure.end > position or any(figure is e for e in exclude) or not figure.usable:
            continue
        if BLOCKER.search(passage.text, figure.end, position):
            return None
        return figure
    return None


def _antecedent(passage: Passage, index: int, partner: Figure) -> Figure | None:
    """What "That" or "The result" at the start of sentence `index` refers to."""
    sentence = passage.sentences[index]
    if not ANAPHOR.match(passage.text, sentence.start, sentence.end):
        return None
    previous = passage.previous(index, same_paragraph=False)
    if previous is None:
        return None
    for figure in reversed(previous.figures):
        after = passage.text[figure.end : figure.end + 20]
        if (
            figure.usable
            and figure.per_share == partner.per_share
            and figure.currency == partner.currency
            and not NOT_A_VALUE_AFTER.match(after)
        ):
            return figure
    return None


def _stated(number: str, qualifier: str | None, sign: int = 1) -> StatedNumber:
    """A written percentage ("12", "1.15") with half a unit of its last digit and qualifier."""
    value = Decimal(number)
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    precision = Decimal(5) * Decimal(10) ** -(places + 1)
    found = lx.QUALIFIERS.get((qualifier or "").lower(), Qualifier.EXACT)
    return StatedNumber(value * sign, precision, found)


# -- changes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangePhrase:
    """A stated change ("up 36 per cent", "a 12% drop", "doubled") and where it is written."""

    start: int
    end: int
    stated: StatedNumber
    word_multiple: bool
    direct_object: bool = False


def change_relations(passage: Passage) -> Iterator[Relation]:
    """Stated percent changes and doublings with the new value and the base they relate."""
    for index, sentence in enumerate(passage.sentences):
        for phrase in _change_phrases(passage.text, sentence):
            relation = _change_relation(passage, index, phrase)
            if relation is not None:
                yield relation


def _change_phrases(text: str, sentence: Sentence) -> list[ChangePhrase]:
    """The change phrases of a sentence that are not inside a figure, in order."""
    phrases: dict[int, ChangePhrase] = {}
    for pattern in (CHANGE_VERB_FIRST, CHANGE_PERCENT_FIRST):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            direction = match.group("dir").lower()
            stated = _stated(
                match.group("num"), match.group("q"), -1 if direction in DOWN_WORDS else 1
            )
            phrase = ChangePhrase(*match.span(), stated, False, direction in ("above", "below"))
            phrases.setdefault(match.start("num"), phrase)
    for match in CHANGE_WORD.finditer(text, sentence.start, sentence.end):
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


def _change_relation(passage: Passage, index: int, phrase: ChangePhrase) -> Relation | None:
    """The new value and base of a change phrase, or None when the text does not give them."""
    text, sentence = passage.text, passage.sentences[index]
    roles = _roles_after(passage, sentence, phrase)
    if roles is None:
        return None
    new, base = roles
    if new is None and base is None:
        base = _base_before(passage, sentence, phrase.start)
    if new is None:
        new = _subject_before(passage, sentence, (base or phrase).start, [base] if base else [])
    if new is None and base is not None:
        new = _antecedent(passage, index, base)
    if new is None:
        return None
    values = phrase.stated.encoded() + ((("word_multiple", 1.0),) if phrase.word_multiple else ())
    detail = text[phrase.start : phrase.end]
    if base is None:
        described = _described_base(passage, sentence, new, phrase)
        if described is None:
            return None
        values += described.values
        base, detail = described.base, f"{detail} {described.words}"
    if base is not None and (base is new or base.per_share != new.per_share):
        return None
    figures = (new.id, base.id) if base is not None else (new.id,)
    return Relation(CHANGE, figures, detail, values + _anchor(sentence, new))


def _anchor(sentence: Sentence, first: Figure) -> tuple[tuple[str, float], ...]:
    """Marks a relation whose first figure is outside the sentence that states it."""
    return () if sentence.start <= first.start < sentence.end else (("anchor", 1.0),)


def _roles_after(
    passage: Passage, sentence: Sentence, phrase: ChangePhrase
) -> tuple[Figure | None, Figure | None] | None:
    """New value and base stated after the phrase: "to N from B", "from B to N", "than B".

    None when the change is about something other than money ("rose 87% to 936,172 cars").
    """
    text = passage.text
    new = base = None
    cursor = phrase.end
    to_new = TO_NEW.match(text, cursor, sentence.end)
    if to_new:
        new = _figure_at(passage, sentence, to_new.end())
        if new is None and NUMBER_NEXT.match(text, to_new.end(), sentence.end):
            return None
        if new is not None:
            cursor = _past_restatement(passage, sentence, new)
    from_base = FROM_BASE.match(text, cursor, sentence.end)
    if from_base:
        base = _figure_at(passage, sentence, from_base.end())
    if base is not None and new is None:
        to_new = TO_NEW.match(text, _past_restatement(passage, sentence, base), sentence.end)
        new = _figure_at(passage, sentence, to_new.end()) if to_new else None
    return new, base


def _past_restatement(passage: Passage, sentence: Sentence, figure: Figure) -> int:
    """Where the text goes on after a figure and any restatement of it ("X (Y)")."""
    figures = sentence.figures
    position = next(i for i, f in enumerate(figures) if f is figure)
    if position + 1 < len(figures) and figures[position + 1].restates:
        bracket = CLOSING.match(passage.text, figures[position + 1].end, sentence.end)
        return bracket.end() if bracket else figures[position + 1].end
    return figure.end


def _base_before(passage: Passage, sentence: Sentence, position: int) -> Figure | None:
    """B in "N, against B, an increase of P%" or "N, compared with B, up P%"."""
    candidate = _subject_before(passage, sentence, position)
    if candidate is None:
        return None
    window = passage.text[max(sentence.start, candidate.start - 40) : candidate.start]
    return candidate if BASE_BEFORE.search(window) else None


class Described(NamedTuple):
    """A base the text names without stating it: what to look up, or the figure it names."""

    values: tuple[tuple[str, float], ...]
    base: Figure | None
    words: str


def _described_base(
    passage: Passage, sentence: Sentence, new: Figure, phrase: ChangePhrase
) -> Described | None:
    """A base named but not stated: "from 2024", "a year earlier", "from the offer price".

    The name follows the change ("up 8% from 2024 to $5 billion") or its new value
    ("rose 8% to $5 billion from 2024").
    """
    text = passage.text
    year_back = (("years_back", 1.0),)
    if on_year := YEAR_ON_YEAR.search(text, phrase.end, sentence.end):
        return Described(year_back, None, on_year.group(0)) if _dated(text, sentence) else None
    positions = [phrase.end]
    if new.start > phrase.end:
        positions.append(_past_restatement(passage, sentence, new))
    for position in positions:
        match = DESCRIPTOR.match(text, position, sentence.end)
        if match is None or not (match.group("prep") or phrase.direct_object):
            continue
        description = match.group("desc").strip()
        words = " ".join(match.group(0).split())
        if year := BASE_YEAR.match(description):
            return Described((("base_year", float(year.group("y"))),), None, words)
        if YEAR_BACK.match(description):
            return Described(year_back, None, words) if _dated(text, sentence) else None
        if base := _price_named(passage, description, new):
            return Described((), base, words)
    return None


def _dated(text: str, sentence: Sentence) -> bool:
    """Whether a sentence names a year, so its figures' period is the text's, not a default."""
    return YEAR.search(text, sentence.start, sentence.end) is not None


def _price_named(passage: Passage, description: str, new: Figure) -> Figure | None:
    """The one figure of the document that is the price a descriptor names."""
    for role, named, _, _ in PRICE_ROLES:
        if not named.search(description):
            continue
        found = [
            figure
            for figure in passage.introduced_prices[role]
            if figure is not new
            and figure.per_share == new.per_share
            and figure.currency == new.currency
        ]
        return found[0] if len(found) == 1 else None
    return None


def _introduced_as(
    passage: Passage, figure: Figure, before: regex.Pattern, after: regex.Pattern
) -> bool:
    """Whether the text around a figure introduces it as a given price."""
    sentence = passage.sentence_of(figure)
    prefix = passage.text[max(sentence.start, figure.start - 100) : figure.start]
    suffix = passage.text[figure.end : min(sentence.end, figure.end + 40)]
    return before.search(prefix) is not None or after.match(suffix) is not None


# -- comparisons -------------------------------------------------------------------------


def multiple_relations(passage: Passage) -> Iterator[Relation]:
    """Stated multiples between two figures: "X, more than ten times the Y"."""
    text = passage.text
    for index, sentence in enumerate(passage.sentences):
        inside = [(f.start, f.end) for f in sentence.figures]
        for match in MULTIPLE_PHRASE.finditer(text, sentence.start, sentence.end):
            if any(start <= match.start() < end for start, end in inside):
                continue
            reference = _figure_at(passage, sentence, match.end())
            if reference is None:
                continue
            subject = _subject_before(passage, sentence, match.start()) or _antecedent(
                passage, index, reference
            )
            if subject is None or subject is reference or subject.per_share != reference.per_share:
                continue
            stated = _multiple_stated(match)
            detail = " ".join(match.group(0).split())
            values = stated.encoded() + _anchor(sentence, subject)
            yield Relation(MULTIPLE, (subject.id, reference.id), detail, values)


def _multiple_stated(match: regex.Match) -> StatedNumber:
    """The multiple a comparison states ("more than ten times" is 10, qualifier more_than)."""
    qualifier = lx.QUALIFIERS.get((match.group("q") or "").lower(), Qualifier.EXACT)
    if match.group("word"):
        return StatedNumber(
            Decimal(str(MULTIPLE_WORDS[match.group("word").lower()])), Decimal(0), qualifier
        )
    number = match.group("n").lower()
    value = Decimal(_NUMBER_WORDS[number]) if number in _NUMBER_WORDS else Decimal(number)
    return StatedNumber(value, Decimal(0), qualifier)


# -- stakes ------------------------------------------------------------------------------


def stake_relations(passage: Passage) -> Iterator[Relation]:
    """Stakes for a price ("paid $1.82 million for a 10 percent stake"), with any valuation."""
    text = passage.text
    for index, sentence in enumerate(passage.sentences):
        for match in STAKE_PERCENT.finditer(text, sentence.start, sentence.end):
            verb = _stake_verb(text, sentence, match)
            if verb is None:
                continue
            relation = _stake_relation(passage, index, match, HOLDING.fullmatch(verb) is not None)
            if relation is not None:
                yield relation


def _stake_verb(text: str, sentence: Sentence, match: regex.Match) -> str | None:
    """The verb that makes a percentage a stake ("bought 10%", "for a 10% stake"), if any."""
    before = text[max(sentence.start, match.start() - 60) : match.start()]
    after = text[match.end() : min(sentence.end, match.end() + 40)]
    verb = STAKE_VERB_BEFORE.search(before)
    if verb is None or STAKE_AFTER.match(after) is None:
        return None
    return verb.group("verb").lower()


def _stake_relation(
    passage: Passage, index: int, match: regex.Match, holding: bool
) -> Relation | None:
    """The price of a stake and the valuations its sentence (or the one before) states."""
    text, sentence = passage.text, passage.sentences[index]
    valuations, enterprise = _valuations_in(passage, sentence)
    at = AT_AFTER_PERCENT.match(text, match.end(), sentence.end)
    if at and (right := _figure_at(passage, sentence, at.end())) and right not in valuations:
        valuations.append(right)
    prices = [
        f
        for f in sentence.figures
        if f.usable and not f.per_share and f not in valuations and f not in enterprise
    ]
    price = _stake_price(text, prices, match, holding)
    if price is None:
        return None
    if not valuations and not enterprise and (previous := passage.previous(index)):
        valuations = _valuations_in(passage, previous)[0]
    if enterprise and not valuations:
        return None
    stated = _stated(match.group("num"), match.group("q"))
    detail = text[min(price.start, match.start()) : max(price.end, match.end())]
    figures = (price.id, *(v.id for v in valuations if v is not price))
    dated = (("dated", 1.0),) if _dated(text, sentence) else ()
    return Relation(STAKE, figures, detail, stated.encoded() + dated)


def _stake_price(
    text: str, prices: list[Figure], match: regex.Match, holding: bool
) -> Figure | None:
    """What the stake cost or is worth: "$N for 10%", "bought 10% for $N", "10%, worth $N"."""
    before = [f for f in prices if f.end <= match.start()]
    if before and not holding and not BLOCKER.search(text, before[-1].end, match.start()):
        return before[-1]
    after = [f for f in prices if f.start >= match.end()]
    if not after or BLOCKER.search(text, match.end(), after[0].start):
        return None
    linking = PRICE_AFTER_HOLDING if holding else PRICE_AFTER_TRANSACTION
    return after[0] if linking.search(text, match.end(), after[0].start) else None


def _valuations_in(passage: Passage, sentence: Sentence) -> tuple[list[Figure], list[Figure]]:
    """Figures the sentence states as a valuation, and those it states as enterprise values."""
    valuations, enterprise = [], []
    for figure in sentence.figures:
        if not figure.usable or figure.per_share:
            continue
        before = passage.text[max(sentence.start, figure.start - 80) : figure.start]
        after = passage.text[figure.end : min(sentence.end, figure.end + 40)]
        if ENTERPRISE_BEFORE.search(before) or ENTERPRISE_AFTER.match(after):
            enterprise.append(figure)
        elif VALUATION_BEFORE.search(before) or VALUATION_AFTER.match(after):
            valuations.append(figure)
    return valuations, enterprise


# -- sums --------------------------------------------------------------------------------


def sum_relations(passage: Passage) -> Iterator[Relation]:
    """A total and its parts: listed after it, totalled after them, or added to a running total."""
    for index, sentence in enumerate(passage.sentences):
        yield from _listed_parts(passage, sentence)
        yield from _parts_of_the_total(passage, sentence)
        yield from _totalled_parts(passage, index)
        yield from _breakdown_next(passage, index)


def _listed_parts(passage: Passage, sentence: Sentence) -> Iterator[Relation]:
    """Parts listed after their total: "$9.5 billion, made up of $5 billion and $4.5 billion"."""
    text = passage.text
    for cue in LIST_CUE.finditer(text, sentence.start, sentence.end):
        total = _subject_before(passage, sentence, cue.start())
        if total is None or total.per_share or cue.start() - total.end > 80:
            continue
        stop = LIST_STOP.search(text, cue.end(), sentence.end)
        end = stop.start() if stop else sentence.end
        parts = _parts(sentence, total, cue.end(), end)
        count = COUNT.search(text, total.end, end)
        if cue.group("colon") and not (count or regex.search(r"\bplus\b", text[cue.end() : end])):
            continue
        name = " ".join((cue.group("cue") or ":").lower().split())
        if len(parts) < (1 if name in INCOMPLETE_CUES else 2):
            continue
        complete = (
            name not in INCOMPLETE_CUES
            and stop is None
            and _every_item_has_figure(text, cue.end(), end, parts)
            and (count is None or _count(count) == len(parts))
        )
        yield _sum(total, parts, name, complete)


def _parts_of_the_total(passage: Passage, sentence: Sentence) -> Iterator[Relation]:
    """Parts of a total named first: "Of the $600 million raised, $400 million came from Asia"."""
    opening = OF_THE_START.match(passage.text, sentence.start, sentence.end)
    total = _figure_at(passage, sentence, opening.end()) if opening else None
    if total is None or total.per_share:
        return
    stop = LIST_STOP.search(passage.text, total.end, sentence.end)
    parts = _parts(sentence, total, total.end, stop.start() if stop else sentence.end)
    if parts:
        yield _sum(total, parts, "of the total", False)


def _parts(sentence: Sentence, total: Figure, start: int, end: int) -> list[Figure]:
    """Figures in text[start:end] of a sentence that can be parts of `total`."""
    return [
        f
        for f in sentence.figures
        if start <= f.start < end
        and f.usable
        and not f.per_share
        and f is not total
        and f.amount <= total.amount
        and f.currency == total.currency
    ]


def _every_item_has_figure(text: str, start: int, end: int, parts: list[Figure]) -> bool:
    """Whether each item of the list "A, B and C" between start and end carries an amount."""
    position = start
    items = []
    for separator in LIST_SEPARATOR.finditer(text, start, end):
        if not any(f.start < separator.start() < f.end for f in parts):
            items.append((position, separator.start()))
            position = separator.end()
    items.append((position, end))
    return all(
        any(item_start <= f.start < item_end for f in parts)
        for item_start, item_end in items
        if text[item_start:item_end].strip(" .")
    )


def _count(match: regex.Match) -> int:
    """The number of "three pillars" or "13 investors"."""
    number = match.group("n").lower()
    return int(number) if number.isdigit() else _NUMBER_WORDS[number]


def _sum(total: Figure, parts: Sequence[Figure], cue: str, complete: bool) -> Relation:
    """A sum relation: the total first, then the parts."""
    return Relation(
        SUM, (total.id, *(p.id for p in parts)), cue, (("complete", 1.0 if complete else 0.0),)
    )


def _totalled_parts(passage: Passage, index: int) -> Iterator[Relation]:
    """Totals after their parts: "A, B and C, worth $X in total", "Together they amount to $X"."""
    text, sentence = passage.text, passage.sentences[index]
    for total in sentence.figures:
        if not total.usable or total.per_share:
            continue
        before = text[max(sentence.start, total.start - 80) : total.start]
        after = text[_past_restatement(passage, sentence, total) : sentence.end]
        cumulative = CUMULATIVE_BEFORE.search(before) is not None
        if not (cumulative or TOTAL_BEFORE.search(before) or TOTAL_AFTER.match(after)):
            continue
        parts = _parts(sentence, total, sentence.start, total.start)
        if len(parts) >= 2:
            yield _sum(total, parts, "in total", True)
        elif cumulative:
            running = _running_total(passage, sentence, total, parts)
            if running is not None:
                yield running
        elif not parts and TOGETHER_START.match(text, sentence.start, sentence.end):
            previous = passage.previous(index)
            earlier = _parts(previous, total, previous.start, previous.end) if previous else []
            if len(earlier) >= 2:
                yield _sum(total, earlier, "together", True)


def _running_total(
    passage: Passage, sentence: Sentence, total: Figure, parts: list[Figure]
) -> Relation | None:
    """A prior amount plus an increment: "It later added $4 billion, for a total of $10 billion"."""
    earlier = [
        f
        for f in passage.figures_between(total.start - RUNNING_TOTAL_REACH, total.start)
        if f.usable and not f.per_share and f.currency == total.currency and f.amount < total.amount
    ]
    increment = parts[0] if parts else _last_marked(passage, earlier, INCREMENT_MARKER)
    if increment is None:
        return None
    prior = _last_marked(passage, [f for f in earlier if f is not increment], PRIOR_MARKER)
    if prior is None:
        return None
    return _sum(total, [prior, increment], "running total", True)


def _last_marked(passage: Passage, figures: list[Figure], marker: regex.Pattern) -> Figure | None:
    """The last of `figures` with `marker` ("a further", "already") just before it."""
    for figure in reversed(figures):
        if marker.search(passage.text, max(0, figure.start - 40), figure.start):
            return figure
    return None


def _breakdown_next(passage: Passage, index: int) -> Iterator[Relation]:
    """A total among "13 investors" or in "three parts", broken down in the next sentence."""
    text, sentence = passage.text, passage.sentences[index]
    if index + 1 >= len(passage.sentences):
        return
    following = passage.sentences[index + 1]
    if following.paragraph != sentence.paragraph:
        return
    totals = [f for f in sentence.figures if f.usable and not f.per_share]
    if len(totals) != 1:
        return
    total = totals[0]
    parts = _parts(following, total, following.start, following.end)
    parts = [p for p in parts if p.amount < total.amount]
    if len(parts) < 2:
        return
    if OF_THAT_START.match(text, following.start, following.end):
        yield _sum(total, parts, "of that", False)
        return
    count = COUNT.search(text, sentence.start, sentence.end)
    if count is None or len(parts) != len([f for f in following.figures if f.usable]):
        return
    party = count.group("noun").lower() in PARTY_NOUNS
    metrics = {total.claim.metric, *(p.claim.metric for p in parts)}
    if not party or metrics <= MONEY_IN_METRICS:
        yield _sum(total, parts, f"{count.group('n')} {count.group('noun')}", False)
