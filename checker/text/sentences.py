"""Where sentences and clauses end, read over the flat text (soft wraps already spaces)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from checker.patterns import lazy
from checker.text.lexicon import ABBREVIATIONS, CLAUSE_MARKS, CLOSERS, WIDE_TERMINATORS

# A full stop, question or exclamation mark (and any closing quotes) before a space or the
# end; a wide full stop anywhere; a paragraph break. Possessive, so a run of marks is read once.
_CLOSER = f"[{regex.escape(CLOSERS)}]"
# A full stop glued to the next sentence, as pasted text often leaves it ("last year.A slim
# rise", "in millions.Operating profit"): after a word of two or more small letters, before a
# capital that starts a word ("A " or "Operating"). Not a decimal ("3.5"), an initialism
# ("U.S.A", "e.g.The": one letter before the stop), a capitalised name with a domain
# ("Amazon.Com": a capital before the stop's word) or a code ("report.PDF").
GLUED_STOP = r"(?<=(?<![\p{L}\d.])\p{Ll}{2,}+)\.(?=\p{Lu}(?:\p{Ll}|\s))"
TERMINATOR = lazy(rf"[.!?]++{_CLOSER}*+(?=\s|$)|{GLUED_STOP}|[{WIDE_TERMINATORS}]++{_CLOSER}*+|\n")
CLAUSE_MARK = lazy(rf"[{CLAUSE_MARKS}](?=\s|$)|；")
# The word a full stop ends: "Mr", "U.S", "e.g", "J".
WORD_BEFORE = lazy(r"(?:\p{L}++\.)*+\p{L}++$")
ABBREVIATION_REACH = 12


@dataclass(frozen=True)
class Break:
    """A mark that ends a sentence or clause: text[start:end] is the mark itself."""

    start: int
    end: int


def sentence_breaks(flat: str) -> list[Break]:
    """Every sentence end of the flat text, in order."""
    return [Break(*match.span()) for match in TERMINATOR.finditer(flat) if _ends(flat, match)]


def clause_breaks(flat: str, sentences: list[Break]) -> list[Break]:
    """Every clause end: the sentence ends and the semicolons, in order."""
    marks = [Break(*match.span()) for match in CLAUSE_MARK.finditer(flat)]
    return sorted(sentences + marks, key=lambda b: b.start)


def _ends(flat: str, match: regex.Match) -> bool:
    """Whether a terminator ends its sentence: not the full stop of "Mr." or "U.S."."""
    mark = match.group()
    if mark[0] != "." or len(mark.rstrip(CLOSERS)) > 1:
        return True
    word = WORD_BEFORE.search(flat, max(0, match.start() - ABBREVIATION_REACH), match.start())
    if word is None:
        return True
    written = word.group()
    initial = len(written) == 1 and written.isupper()
    return not initial and written not in ABBREVIATIONS


def spans(length: int, breaks: list[Break]) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces `breaks` cut a text of `length` into, each ending after
    its break."""
    start = 0
    for item in breaks:
        yield start, item.end
        start = item.end
    yield start, length
