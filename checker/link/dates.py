"""A document's date when nothing states it: the latest year its text reports.

A news story reports what happened in the past or is happening now ("profits rose in
2004", "sales in 2004 were"); it was written in or soon after the latest such year. A
year the text looks forward to ("double by 2010", "expected in 2006", "the 2005-06
budget") or only counts from ("since 2000") is not when it was written. The inferred date
is a window of years with grade inferred; conversions check every rate in it.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from checker.model import Document, Grade

# A year as written, not a decade ("the 1990s"), a span ("2005-06") or an amount.
YEAR = regex.compile(r"(?<![\d$€£¥.,/-])(?:19|20)\d\d(?![\d%]|['’]?s\b|\s*[-–/]\s*\d)")
# Words right after a year that make it a label for a plan: "the 2006 budget".
NOT_REPORTED_AFTER = regex.compile(r"^\s+(?:budget|spending round|plan|target|forecast)s?\b")
# Words right before a year that make it a target, a start or a bound rather than a year
# the text reports: "by 2010", "until 2008", "since 2000", "from 1999", "before 2007",
# "in the run-up to 2006", "beyond 2010".
NOT_REPORTED_BEFORE = regex.compile(
    r"\b(?:by|until|till|through|since|from|before|beyond|towards?|"
    r"by the end of|by the middle of|up to|ahead of|target(?:ing|ed)?)\s+"
    r"(?:(?:the\s+)?(?:early|mid|end of|middle of|start of|beginning of|fiscal|financial|"
    r"year|of|late)\s+)*$",
    regex.IGNORECASE,
)
# Words in a year's clause that put it in the future or the conditional: "will", "is
# expected to", "forecast", "plans", "aims".
# Lower case only: "May 2004" is a month.
FUTURE_WORDS = regex.compile(
    r"\b(?:will|won't|would|shall|expected|expects?|expecting|forecasts?|forecast(?:ing)?|"
    r"predict(?:s|ed|ing)?|projected|projections?|plans?|planned|planning|aims?|aiming|"
    r"targets?|intends?|hopes?|could|should|might|may|going to|set to|"
    r"next year|estimates? for|outlook|guidance|scheduled|pledged?|promised?|earmarked|"
    r"slated|budgeted)\b"
)
SENTENCE_START = regex.compile(r"[.!?](?=\s)|\n")
# Where the words about a year stop: "Profits rose in 2004, and sales will double" reports
# 2004.
CLAUSE_BREAK = regex.compile(r"[.!?;,:](?=\s|$)|\n|\s[-–—]\s|\b(?:and|but|while|whereas)\b")
# A year reported in the past tense was written in that year or later: how many years
# later the window reaches.
LATER_YEARS = 5
# How far back the words before a year are read.
BEFORE_REACH = 40


def reported_years(text: str) -> list[int]:
    """The years the text reports in the past or present tense, in order of position."""
    years = []
    for match in YEAR.finditer(text):
        before = text[max(0, match.start() - BEFORE_REACH) : match.start()]
        if NOT_REPORTED_BEFORE.search(before) or NOT_REPORTED_AFTER.match(
            text[match.end() : match.end() + 30]
        ):
            continue
        if FUTURE_WORDS.search(_scope(text, match.start(), match.end())):
            continue
        years.append(int(match.group(0)))
    return years


def inferred_window(text: str) -> tuple[int, int] | None:
    """The years the document was probably written in: from the latest reported year to
    LATER_YEARS after it; None when the text reports none."""
    years = reported_years(text)
    if not years:
        return None
    latest = max(years)
    return latest, latest + LATER_YEARS


def with_inferred_date(document: Document) -> Document:
    """The document with an inferred date window when no date is stated; unchanged when
    a date is stated or the text reports no year."""
    if document.date is not None or document.date_grade is not Grade.UNKNOWN:
        return document
    window = inferred_window(document.plain)
    if window is None:
        return document
    return replace(
        document,
        date_source=f"inferred from the text: {window[0]}-{window[1]}",
        date_grade=Grade.INFERRED,
        date_window=window,
    )


def _scope(text: str, start: int, end: int) -> str:
    """The words that can put a year in the future: its sentence up to it ("would grow by
    4% in 2005 and 4.2% in 2006"), and after it up to a clause break ("Profits rose in 2004
    and sales will double" reports 2004); at most 200 characters each side."""
    left = max(0, start - 200)
    for match in SENTENCE_START.finditer(text, left, start):
        left = match.end()
    right_match = CLAUSE_BREAK.search(text, end, min(len(text), end + 200))
    right = right_match.start() if right_match else min(len(text), end + 200)
    return text[left:right]
