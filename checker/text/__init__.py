"""The text model: paragraphs, sentences, clauses and tokens of a document, built once.

Every later stage reads a `Passage` instead of splitting text itself. `Passage.flat` is the
plain text with each soft wrap (a line break inside a paragraph) turned into a space: the
same length as the plain text, so offsets into one are offsets into the other, and a
pattern read over `flat` sees a hard-wrapped paragraph as one line.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from checker.text.layout import soft_breaks
from checker.text.sentences import Break, clause_breaks, sentence_breaks, spans
from checker.text.tokens import Kind, Token, tokenize

__all__ = ["Kind", "Paragraph", "Passage", "Sentence", "Token", "read_text"]

# Characters that may stand between the start of a sentence and its first word, a Markdown
# heading's or emphasis's marks among them.
OPENING = " \t\"“‘'(-#*"
# How far a quoted sentence reaches at most on each side of the figure it quotes.
QUOTE_REACH = 300


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: flat[start:end], number `index` of its document."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence: flat[start:end] (its final mark included), number `index` of its document,
    in paragraph number `paragraph`."""

    index: int
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, eq=False)
class Passage:
    """A document's text cut into paragraphs, sentences and clauses, with its tokens."""

    plain: str
    flat: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    sentence_marks: Marks
    clause_marks: Marks

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the text, in order (computed on first use)."""
        return tokenize(self.flat)

    @functools.cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def tokens_in(self, start: int, end: int, kind: Kind | None = None) -> tuple[Token, ...]:
        """The tokens that start in flat[start:end], of `kind` when given."""
        low = bisect.bisect_left(self._token_starts, start)
        high = bisect.bisect_left(self._token_starts, end)
        found = self.tokens[low:high]
        return found if kind is None else tuple(t for t in found if t.kind is kind)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence `offset` is in (the one before, between sentences); None before any."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[index] if index >= 0 else None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph `offset` is in (the one before, between paragraphs)."""
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        return self.paragraphs[index] if index >= 0 else None

    def sentence_bounds(self, start: int, end: int, reach: int | None = None) -> tuple[int, int]:
        """The sentence around flat[start:end], without its final mark, at most `reach`
        characters either side when given."""
        return _bounds(self.sentence_marks, len(self.flat), start, end, reach)

    def clause_bounds(self, start: int, end: int, reach: int | None = None) -> tuple[int, int]:
        """The clause around flat[start:end] (a sentence, or a part of one up to a
        semicolon), without its final mark, at most `reach` characters either side."""
        return _bounds(self.clause_marks, len(self.flat), start, end, reach)

    def clauses(self) -> list[tuple[int, int]]:
        """(start, end) of every clause, without its final mark, in order; they cover the text."""
        starts = [0, *self.clause_marks.ends]
        ends = [*self.clause_marks.starts, len(self.flat)]
        return list(zip(starts, ends, strict=True))

    def clause_end(self, offset: int) -> int:
        """Where the first clause mark at or after `offset` starts (the end of the text
        without one)."""
        marks = self.clause_marks
        index = bisect.bisect_left(marks.starts, offset)
        return marks.starts[index] if index < len(marks.starts) else len(self.flat)

    def starts_sentence(self, offset: int) -> bool:
        """Whether only opening quotes, brackets or dashes stand between the start of a
        sentence (or a colon) and `offset`; or the close of a bold or italic lead that ends
        with a full stop ("**₩53,000.** Roughly where the shares trade")."""
        sentence = self.sentence_at(offset)
        left, flat, end = sentence.start if sentence else 0, self.flat, offset
        while end > left and flat[end - 1] in OPENING:
            end -= 1
        if end > left and not flat[end - 1].isspace():
            if flat[end - 1] in ".!?" and "*" in flat[end:offset]:
                return True
            return flat[end - 1] == ":"
        return not flat[left:end].strip()

    def same_sentence(self, first: int, second: int) -> bool:
        """Whether two offsets are in one sentence."""
        return self.sentence_at(first) == self.sentence_at(second)

    def quote(self, start: int, end: int, reach: int = QUOTE_REACH) -> str:
        """The sentence around flat[start:end] on one line, at most `reach` characters either
        side, with flat[start:end] in bold."""
        first, last = self.sentence_at(start), self.sentence_at(max(start, end - 1))
        left = max(first.start if first else 0, start - reach)
        right = min(last.end if last else len(self.flat), end + reach)
        flat = self.flat
        quoted = f"{flat[left:start]}**{flat[start:end]}**{flat[end:right]}"
        return " ".join(quoted.split())


def _bounds(marks: Marks, length: int, start: int, end: int, reach: int | None) -> tuple[int, int]:
    """From the end of the last mark before `start` to the start of the first mark from
    `end`, neither more than `reach` away (the window's edge when none is that close)."""
    low = 0 if reach is None else max(0, start - reach)
    high = length if reach is None else min(length, end + reach)
    before = bisect.bisect_right(marks.ends, start) - 1
    left = marks.ends[before] if before >= 0 and marks.starts[before] >= low else low
    after = bisect.bisect_left(marks.starts, end)
    found = after < len(marks.starts) and marks.ends[after] <= high
    return left, marks.starts[after] if found else high


@dataclass(frozen=True)
class Marks:
    """The marks that end sentences (or clauses), as sorted starts and ends."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, breaks: list[Break]) -> Marks:
        return cls(tuple(b.start for b in breaks), tuple(b.end for b in breaks))


# The models read last, by plain and by flat text: the stages of one document share one
# model whichever of the two strings they hold.
_READ: dict[str, Passage] = {}
_KEEP = 8


def read_text(plain: str) -> Passage:
    """The text model of a document's plain text, built once: asked again with the plain
    or the flat text of a recently read document, the same model."""
    passage = _READ.get(plain)
    if passage is None:
        passage = _build(plain)
        while len(_READ) >= 2 * _KEEP:
            del _READ[next(iter(_READ))]
        _READ[plain] = _READ[passage.flat] = passage
    return passage


def _build(plain: str) -> Passage:
    """Paragraphs, sentences and clauses of a plain text."""
    flat = _flatten(plain)
    marks = sentence_breaks(flat)
    paragraphs = _paragraphs(flat)
    starts = [p.start for p in paragraphs]
    sentences = []
    for start, end in spans(len(flat), marks):
        if flat[start:end].strip():
            paragraph = max(0, bisect.bisect_right(starts, start) - 1)
            sentences.append(Sentence(len(sentences), start, end, paragraph))
    clauses = clause_breaks(flat, marks)
    return Passage(plain, flat, paragraphs, tuple(sentences), Marks.of(marks), Marks.of(clauses))


def _flatten(plain: str) -> str:
    """The plain text with every soft wrap turned into a space."""
    soft = soft_breaks(plain)
    if not soft:
        return plain
    characters = list(plain)
    for offset in soft:
        characters[offset] = " "
    return "".join(characters)


def _paragraphs(flat: str) -> tuple[Paragraph, ...]:
    """Every non-blank paragraph: the lines of the flat text."""
    found, start = [], 0
    for piece in flat.split("\n"):
        if piece.strip():
            found.append(Paragraph(len(found), start, start + len(piece)))
        start += len(piece) + 1
    return tuple(found)
