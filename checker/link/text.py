"""Where clauses and sentences begin and end, and what a name looks like."""

from __future__ import annotations

import regex

CLAUSE_BREAK = regex.compile(
    r"(?<!\b(?:[A-Z]|Inc|Corp|Ltd|Co|No|St|vs|U\.S))[.!?;](?=\s|$)|[。！？；]|\n"
)
SENTENCE_BREAK = regex.compile(
    r"(?<!\b(?:[A-Z]|Inc|Corp|Ltd|Co|No|St|vs|U\.S))[.!?](?=\s|$)|[。！？]|\n"
)
NAME = r"[A-Z][\p{L}\d&.-]*(?:\s+[A-Z][\p{L}\d&.-]*)*"


def first_word(phrase: str) -> str:
    return regex.sub(r"['’]s?$", "", phrase.split()[0])


def starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    return (
        start == 0
        or regex.search(r"(?:[.!?:]\s+[\"“‘(]?|\n\s*[\"“‘(-]?\s*|^\s*)$", before) is not None
    )


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return _bounds(CLAUSE_BREAK, text, start, end, reach=300)


def _bounds(breaks: regex.Pattern, text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The span around text[start:end] up to the nearest `breaks` on each side, at most
    `reach` characters away."""
    left = max(0, start - reach)
    for match in breaks.finditer(text, left, start):
        left = match.end()
    right = breaks.search(text, end, min(len(text), end + reach))
    return left, right.start() if right else min(len(text), end + reach)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return _bounds(SENTENCE_BREAK, text, start, end, reach=400)
