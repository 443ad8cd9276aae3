"""What every relation finder shares: the document's figures placed in the sentences of the
text model, the number a relation states, and how the text points at a figure.

Every finder reads one document sentence by sentence. It looks back at most to the previous
sentence of the paragraph, or to earlier figures the text marks explicitly ("a further $500
million", "has already put $394 million"), so the work grows with the length of the
document and never with the square of its figures.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import regex

from checker.extract import lexicon as lx
from checker.extract import states_restatement
from checker.model import Claim, Qualifier
from checker.patterns import lazy
from checker.text import Passage as TextPassage

QUALIFIER_ALT = "|".join(
    regex.escape(q) for q in sorted(lx.QUALIFIERS, key=len, reverse=True) if q != "approx."
)
NUMBER_WORDS = {w: v for w, v in lx.UNITS.items() if 2 <= v <= 20}
NUMBER_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A period owning the base of a change or a multiple: "up 81% on last year's $9.1 billion",
# "from 2022's $4bn", "more than double last year's AED 10.6 billion".
PERIODS_BASE = (
    r"(?:(?:the\s+)?(?:last|previous|prior|same)\s+(?:year|quarter|half|period)|"
    r"(?:19|20)\d\d|a\s+year\s+earlier)['’]s\s+"
)
NOCASE = regex.IGNORECASE
# What a company is worth: a private round's or deal's value, or a market's.
VALUE_METRICS = frozenset({"valuation", "market_cap"})
# A number as relations read it ("12", "1.15"). It starts only where no digit or point stands
# before it and is read possessively, so a pattern never restarts inside a run of digits:
# the time to match grows with the length of the text, not its square.
DIGITS = r"(?<![\d.])\d++(?:\.\d++)?+"
NUMBER = rf"(?P<n>{DIGITS})"

PERCENT = (
    rf"(?:(?P<q>{QUALIFIER_ALT})\s+)?(?P<num>{DIGITS})\s?(?:%|per\s?cent\b|percent\b|pct\b)"
    r"(?!\s+points?\b)"
)
# What every PERCENT match contains (a digit, then "%", "per" or newswire's "pct"), found far
# faster: a sentence without it states no percentage, so the patterns built on PERCENT need
# not be tried there.
PERCENT_HINT = lazy(r"\d\s?(?:%|per|pct)", NOCASE)
FILLER = lazy(rf"[\s,]*(?:(?:the|its|their|his|her|a|an|of|only|just|{QUALIFIER_ALT})\s+)*", NOCASE)
BLOCKER = lazy(r";|\b(?:while|whereas|but|although|though)\b|,\s+and\b", NOCASE)
ANAPHOR = lazy(
    r"\W*(?:The\s+(?:result|figure|total|sum|amount|gain|increase|rise|jump|drop|fall|"
    r"decline)|That|This|Which)\b"
)
NOT_A_VALUE_AFTER = lazy(r"^\s*(?:threshold|mark|milestone|barrier|level)\b", NOCASE)
CLOSING = lazy(r"\s*[)\]]")
# More figures than this in one sentence are not prose (see read_passage).
MAX_SENTENCE_FIGURES = 40
# An amount below this with no magnitude word is a price per share or per unit.
PER_UNIT_BELOW = 10_000
PER_SHARE_AFTER = lazy(r"^\s*(?:(?:a|per)\s+share|each|apiece)\b", NOCASE)

YEAR = lazy(r"(?<![\d$€£¥₹.,])(?:19|20)\d\d(?![\d%])")
# Which price a descriptor names ("where the deal was priced"), and how the text
# introduces a figure that is that price ("sold 180 million shares at $45 each").
PRICE_ROLES: tuple[tuple[str, regex.Pattern, regex.Pattern, regex.Pattern], ...] = (
    (
        "the reference price",
        lazy(r"\breference\b", NOCASE),
        lazy(r"\breference\s+price\s+of\s*$", NOCASE),
        lazy(r"^\s*reference\s+price\b", NOCASE),
    ),
    (
        "the opening price",
        lazy(r"\bopen(?:ed|ing)?\b", NOCASE),
        lazy(r"\bopen(?:ed|ing)?(?:\s+on\s+\p{L}+)?\s+at\s*$|\bopening\s+price\s+of\s*$", NOCASE),
        lazy(r"^\s*opening\s+price\b", NOCASE),
    ),
    (
        "the closing price",
        lazy(r"\bclos(?:e|ed|ing)\b", NOCASE),
        lazy(r"\bclos(?:ed|ing)(?:\s+on\s+\p{L}+)?\s+at\s*$|\bclose\s+of\s*$", NOCASE),
        lazy(r"^\s*clos(?:e|ing\s+price)\b", NOCASE),
    ),
    (
        "the offer price",
        lazy(r"\boffer\b|\bpriced\b|\b(?:IPO|issue|listing)\s+price\b", NOCASE),
        lazy(
            r"\b(?:sold|offered|issued|selling|priced)\b[^.;,]{0,60}?\bat\s*$|"
            r"\b(?:offer|IPO|issue)\s+price\s+of\s*$",
            NOCASE,
        ),
        lazy(r"^\s*(?:a\s+share\s+)?(?:offer|IPO|issue)\s+price\b", NOCASE),
    ),
)


@dataclass(frozen=True)
class StatedNumber:
    """A percentage or multiple as written: its value, half a unit of its last digit, qualifier."""

    value: Decimal
    precision: Decimal
    qualifier: Qualifier


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


def may_state_percent(text: str, sentence: Sentence) -> bool:
    """Whether a sentence may state a percentage (`PERCENT_HINT`); False means it cannot."""
    return PERCENT_HINT.search(text, sentence.start, sentence.end) is not None


@dataclass(frozen=True)
class Layout:
    """The sentences of a document's text model, with every figure placed in its sentence."""

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

    def following(self, index: int) -> Sentence | None:
        """The sentence after sentence `index` within its paragraph."""
        if index + 1 >= len(self.sentences):
            return None
        after = self.sentences[index + 1]
        return after if after.paragraph == self.sentences[index].paragraph else None

    @functools.cached_property
    def introduced_prices(self) -> dict[str, tuple[Figure, ...]]:
        """For each price role ("the offer price"), the figures the text introduces as it."""
        return {
            role: tuple(
                f for f in self.figures if f.usable and introduced_as(self, f, before, after)
            )
            for role, _, before, after in PRICE_ROLES
        }


def read_passage(model: TextPassage, claims: Sequence[Claim]) -> Layout:
    """Sentences, paragraphs and figures of a text. A sentence with more figures than
    `MAX_SENTENCE_FIGURES` is a table or a list run together, not prose: no relation is read
    in it, which also bounds the work on a sentence."""
    text = model.flat
    ordered = sorted(claims, key=lambda c: c.mention.start)
    figures = tuple(_figure(text, ordered, i) for i in range(len(ordered)))
    starts = [f.start for f in figures]
    sentences = []
    for start, end, paragraph in ((s.start, s.end, s.paragraph) for s in model.sentences):
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        placed = figures[low:high] if high - low <= MAX_SENTENCE_FIGURES else ()
        sentences.append(Sentence(start, end, paragraph, placed))
    sentence_starts = tuple(s.start for s in sentences)
    return Layout(text, tuple(sentences), figures, sentence_starts, tuple(starts))


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


def figure_at(passage: Layout, sentence: Sentence, position: int) -> Figure | None:
    """The usable figure that starts at `position`, past articles and qualifier words."""
    for figure in sentence.figures:
        if figure.start >= position:
            if FILLER.fullmatch(passage.text, position, figure.start) is None:
                return None
            return figure if figure.usable else None
    return None


def subject_before(
    passage: Layout, sentence: Sentence, position: int, exclude: Sequence[Figure] = ()
) -> Figure | None:
    """The nearest usable figure before `position` in its clause."""
    for figure in reversed(sentence.figures):
        if figure.end > position or any(figure is e for e in exclude) or not figure.usable:
            continue
        if BLOCKER.search(passage.text, figure.end, position):
            return None
        return figure
    return None


def antecedent(passage: Layout, index: int, partner: Figure) -> Figure | None:
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


def stated_percent(number: str, qualifier: str | None, sign: int = 1) -> StatedNumber:
    """A written percentage ("12", "1.15") with half a unit of its last digit and qualifier."""
    value = Decimal(number)
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    precision = Decimal(5) * Decimal(10) ** -(places + 1)
    found = lx.QUALIFIERS.get((qualifier or "").lower(), Qualifier.EXACT)
    return StatedNumber(value * sign, precision, found)


def past_restatement(passage: Layout, sentence: Sentence, figure: Figure) -> int:
    """Where the text goes on after a figure and any restatement of it ("X (Y)")."""
    figures = sentence.figures
    position = next(i for i, f in enumerate(figures) if f is figure)
    if position + 1 < len(figures) and figures[position + 1].restates:
        bracket = CLOSING.match(passage.text, figures[position + 1].end, sentence.end)
        return bracket.end() if bracket else figures[position + 1].end
    return figure.end


def dated(text: str, sentence: Sentence) -> bool:
    """Whether a sentence names a year, so its figures' period is the text's, not a default."""
    return YEAR.search(text, sentence.start, sentence.end) is not None


def introduced_as(
    passage: Layout, figure: Figure, before: regex.Pattern, after: regex.Pattern
) -> bool:
    """Whether the text around a figure introduces it as a given price."""
    sentence = passage.sentence_of(figure)
    prefix = passage.text[max(sentence.start, figure.start - 100) : figure.start]
    suffix = passage.text[figure.end : min(sentence.end, figure.end + 40)]
    return before.search(prefix) is not None or after.match(suffix) is not None


def anchored_outside(sentence: Sentence, first: Figure) -> bool:
    """Whether a relation's first figure is outside the sentence that states the relation."""
    return not sentence.start <= first.start < sentence.end


def price_named(passage: Layout, description: str, new: Figure) -> Figure | None:
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
