"""Tokens of the flat text with their kind: money figure, percentage, date, number, currency
marker, capitalised name, word. Each kind is a pattern (data); the first that matches wins."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import regex

from checker.extract import lexicon as lx
from checker.patterns import lazy

MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()


class Kind(StrEnum):
    """What a token is."""

    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    NUMBER = "number"
    CURRENCY = "currency"
    NAME = "name"
    WORD = "word"


def _alternation(words: object) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_SYMBOL = _alternation(k for k in lx.SYMBOLS if not k.isalpha() or k == "rs")
_CODE = _alternation(lx.ISO_CODES)
_MAGNITUDE = _alternation(k for k in lx.MAGNITUDES if " " not in k)
_MONTH = _alternation(MONTHS)
# A number never restarts inside a run of digits or separators: it starts after none, and
# every repetition is possessive, so the tokenizer reads each character a bounded number of
# times.
_NUMBER = r"(?<![\p{Nd}.,])\p{Nd}++(?:[.,\u00a0\u202f]\p{Nd}{3}+(?!\p{Nd}))*+(?:\.\p{Nd}++)?+"
TOKEN_PATTERNS: tuple[tuple[Kind, str], ...] = (
    # "$5.2 billion", "US$41.57", "Rs 70", "€12bn"
    (
        Kind.MONEY,
        rf"(?i:(?:{_SYMBOL})\s?+|\b(?:{_CODE})\s++){_NUMBER}(?:\s?+(?i:{_MAGNITUDE})\b)?+",
    ),
    # "12%", "12.5 per cent", "3 percent"
    (Kind.PERCENT, rf"{_NUMBER}\s?+(?:%|(?i:per\s?cent|percent|pct)\b)"),
    # "December 2014", "Dec. 5, 2014", "2014-12-05"
    (Kind.DATE, rf"\b(?:{_MONTH})\.?+\s++(?:\p{{Nd}}{{1,2}},?+\s++)?+(?:19|20)\d\d\b"),
    (Kind.DATE, r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"),
    (Kind.NUMBER, _NUMBER),
    (Kind.CURRENCY, rf"(?i:{_SYMBOL})|\b(?:{_CODE})\b"),
    # "Time Warner", "Beta Robotics", "AOL"
    (Kind.NAME, r"\p{Lu}[\p{L}\p{Nd}&'’-]*+(?:[ \t]\p{Lu}[\p{L}\p{Nd}&'’-]*+)*+"),
    (Kind.WORD, r"\p{L}[\p{L}'’-]*+"),
)
TOKEN = lazy(
    "|".join(f"(?P<k{index}>{pattern})" for index, (_, pattern) in enumerate(TOKEN_PATTERNS))
)


@dataclass(frozen=True)
class Token:
    """A token of the flat text: flat[start:end], of kind `kind`."""

    kind: Kind
    start: int
    end: int
    text: str


def tokenize(flat: str) -> tuple[Token, ...]:
    """Every token of the flat text, in order."""
    tokens = []
    for match in TOKEN.finditer(flat):
        index = int(match.lastgroup[1:])
        tokens.append(Token(TOKEN_PATTERNS[index][0], *match.span(), match.group()))
    return tuple(tokens)
