"""Clauses and sentences as the text model cuts them, and what a name looks like."""

from __future__ import annotations

from checker.text import read_text

# A name: capitalised words, which may wrap onto the next line but never run past a blank
# line or a full stop ("in March. Acme paid" names no "March Acme"); a stop after an initial
# or an abbreviation continues it ("U.S. Steel", "J.P. Morgan", "Acme Inc. Holdings").
_NAME_GOES_ON = r"(?<!(?<!\b(?:[A-Z]|Inc|Corp|Co|Ltd|Bros|St))\.)(?:[ \t]+|[ \t]*\n[ \t]*)"
# An elided French or Italian article opening a name ("L'Oréal", "D'Ieteren"): a capital
# and an apostrophe before the name's capitalised word ("I'M" and "OSHMAN'S" are none).
ELIDED = r"(?:[A-Z]['’](?=[A-Z]\p{Ll}))?"
# A name that starts in lower case or with digits and has a capital inside ("xAI", "eBay",
# "easyJet", "23andMe"): a name only where the text uses it as one (`names.py` decides).
INNER_CAPITAL = r"(?:\p{Ll}{1,6}|\d{1,3}\p{Ll}{1,4})(?=\p{Lu})"
NAME = (
    rf"(?:{ELIDED}[A-Z]|{INNER_CAPITAL})[\p{{L}}\d&.-]*"
    rf"(?:{_NAME_GOES_ON}[A-Z][\p{{L}}\d&.-]*)*"
)
# What the text at a name's start must look like, as `NAME` opens (a capital, or the lower
# case or digits of `INNER_CAPITAL` and then a capital): tested first, it spares a search for
# names the lookbehinds before them at nearly every character; the names found are the same.
NAME_CAN_START = r"(?=[A-Z]|\p{Ll}{1,6}+\p{Lu}|\d{1,3}+\p{Ll}{1,4}+\p{Lu})"
# A possessive's endings, as the pattern ['’]s?$ reads them.
APOSTROPHES = ("'", "’")
POSSESSIVE_ENDINGS = ("'s", "’s")
# How far a figure's clause or sentence reaches at most on each side, in characters.
# A results line's comparative in parentheses, right before its figure: "£988m (H1 2016:
# £777m)", "$1,334.0m (2012 - $1,309.0m)", "$4.3 million (2018 $19.6 million)". The figure
# is a comparison base: of the figure before it, at the period the label names.
COMPARATIVE_LABEL = (
    r"\(\s*(?:(?:H[12]|Q[1-4]|FY|fiscal)\s*)?(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?\s*[:–—-]?\s*"
)
CLAUSE_REACH = 300
SENTENCE_REACH = 400


def first_word(phrase: str) -> str:
    """The first word of a phrase without its possessive ("Acme's" gives "Acme")."""
    word = phrase.split()[0]
    if word.endswith(POSSESSIVE_ENDINGS):
        return word[:-2]
    return word[:-1] if word.endswith(APOSTROPHES) else word


def starts_sentence(text: str, start: int) -> bool:
    """Whether a sentence (or a colon's list) starts at `start`."""
    return start == 0 or read_text(text).starts_sentence(start)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]."""
    return read_text(text).clause_bounds(start, end, reach=CLAUSE_REACH)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]."""
    return read_text(text).sentence_bounds(start, end, reach=SENTENCE_REACH)
