"""A document's date when nothing states it: a window of years its text bounds.

A news story reports what happened in the past or is happening now ("profits rose in
2004", "sales in 2004 were"); it was written in or after the latest such year. That year
only bounds the date from below: a story of 2005 may recall a treaty of 1994 and nothing
later. A year the text looks forward to ("double by 2010", "expected in 2006", "the
2005-06 budget") or only counts from ("since 2000") is not when it was written; a year it
plans for bounds it from above ("plans to hire 10,000 people in 2005" was written by 2005),
and without one the window reaches the end of the rate history.

The latest reported year is the text's own present when the text says so of it: a
present-time word in its clause ("the deficit for 2004 now stands at", "so far in 2004") or
a reporting period of that year ("the last three months of 2004", "profits for 2004",
"2004 results"). Results are published during their period or soon after it, so such a
text was written in that year or the next (`REPORTING_LAG_YEARS`). A present tense alone
is no such evidence: "Turkey has recovered from a crisis in 2001" and "Jet began flying in
1993 and now has rivals" were written years after the year they name (in the BBC folder a
quarter of the stories that name a year name none later than two years before they were
written). The inferred date is that window with grade inferred; conversions check every
rate in it.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from checker.model import Document, Grade
from checker.money import last_rate_year
from checker.patterns import lazy

# A year as written, not a decade ("the 1990s"), a span ("2005-06") or an amount.
YEAR = lazy(r"(?<![\d$€£¥.,/-])(?:19|20)\d\d(?![\d%]|['’]?s\b|\s*[-–/]\s*\d)")
# A span of years written with a dash or a slash: "2023-27", "2008–2017".
YEAR_SPAN = lazy(r"(?<![\d.,])(?P<start>(?:19|20)\d\d)\s*[-–/]\s*(?P<end>(?:19|20)\d\d|\d\d)(?!\d)")
# How many years a span covers for its years to be a cycle's rather than a fiscal year's
# ("2004-05" is one fiscal year; "2023-27" five years of rights).
MIN_CYCLE_YEARS = 3
# Words right after a year that make it a label for a plan: "the 2006 budget".
NOT_REPORTED_AFTER = lazy(r"^\s+(?:budget|spending round|plan|target|forecast)s?\b")
# A month's name, which may stand between a bound word and its year.
MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# Words right before a year that make it a target, a start or a bound rather than a year
# the text reports: "by 2010", "until 2008", "since 2000", "from 1999", "before 2007",
# "in the run-up to 2006", "beyond 2010", "until March 2006", "ahead of the 2008 Games".
NOT_REPORTED_BEFORE = lazy(
    r"\b(?:by|until|till|through|since|from|before|beyond|towards?|"
    r"by the end of|by the middle of|up to|ahead of|target(?:ing|ed)?)\s+"
    r"(?:(?:the|early|mid|end of|middle of|start of|beginning of|fiscal|financial|"
    r"year|of|late|" + MONTHS + r")\s+)*$",
    regex.IGNORECASE,
)
# Words in a year's clause that put it in the future or the conditional: "will", "is
# expected to", "forecast", "plans", "aims", "upbeat about the prospects for", "confident that".
# Lower case only: "May 2004" is a month.
FUTURE_WORDS = lazy(
    r"\b(?:will|won't|would|shall|expected|expects?|expecting|forecasts?|forecast(?:ing)?|"
    r"predict(?:s|ed|ing)?|projected|projections?|plans?|planned|planning|aims?|aiming|"
    r"targets?|intends?|hop(?:es?|ed|ing)|could|should|might|may|going to|set to|"
    r"next year|estimates? for|outlook|guidance|scheduled|pledged?|promised?|earmarked|"
    r"slated|budgeted|prospects|look(?:s|ed|ing)? forward|"
    r"(?:optimistic|pessimistic|upbeat|gloomy|confident) (?:about|that))\b"
)
SENTENCE_START = lazy(r"[.!?](?=\s)|\n")
# Where the words about a year stop: "Profits rose in 2004, and sales will double" reports
# 2004.
CLAUSE_BREAK = lazy(r"[.!?;,:](?=\s|$)|\n|\s[-–—]\s|\b(?:and|but|while|whereas)\b")
# How far back the words before a year are read.
BEFORE_REACH = 40
# Words in a year's clause that make it the text's present: "the deficit for 2004 now
# stands at", "so far in 2004", "2004 has been good so far".
PRESENT_WORDS = lazy(
    r"\b(?:now|currently|so far|to date|at present|this year|year to date)\b", regex.IGNORECASE
)
# A reporting period of the year, right before it: "the last three months of 2004", "the
# first half of 2004", "profits for 2004", "results for 2004", "full-year 2004".
PERIOD_BEFORE = lazy(
    r"(?:\b(?:first|second|third|fourth|last|final)\s+(?:quarter|half|(?:\w+\s+)?months)"
    r"\s+of|\b(?:profits?|losses|loss|sales|revenues?|earnings|results|turnover)\s+for|"
    r"\b(?:full|financial|fiscal)[- ]year)\s+$",
    regex.IGNORECASE,
)
# A reporting period of the year, right after it: "2004 results", "2004 profits".
PERIOD_AFTER = lazy(
    r"^\s+(?:results|profits?|earnings|sales|revenues?|turnover)\b", regex.IGNORECASE
)
# A text whose latest reported year is its present was written in that year or the next:
# a results story of early 2005 reports the last three months of 2004.
REPORTING_LAG_YEARS = 1


def reported_years(text: str) -> list[int]:
    """The years the text reports in the past or present tense, in order of position."""
    return _of_kind(_classified_years(text), "reported")


def planned_years(text: str) -> list[int]:
    """The years the text looks forward to in the future or conditional ("will double in
    2010", "plans to hire in 2005"), in order of position."""
    return _of_kind(_classified_years(text), "planned")


def present_years(text: str) -> list[int]:
    """The reported years the text speaks of as its present: a present-time word in the
    year's clause or a reporting period of the year, in order of position."""
    return [
        year
        for year, kind, match in _classified_years(text)
        if kind == "reported" and _is_present(text, match)
    ]


def inferred_window(text: str) -> tuple[int, int] | None:
    """The years the document was probably written in: the latest reported year and the
    next when the text speaks of that year as its present; otherwise from that year to the
    earliest year it plans for after that, or to the end of the rate history; None when
    the text reports none."""
    classified = _classified_years(text)
    years = _of_kind(classified, "reported")
    if not years:
        return None
    latest = max(years)
    if any(
        year == latest and kind == "reported" and _is_present(text, match)
        for year, kind, match in classified
    ):
        return latest, latest + REPORTING_LAG_YEARS
    later_plans = [year for year in _of_kind(classified, "planned") if year > latest]
    return latest, min(later_plans) if later_plans else max(latest, last_rate_year())


def _of_kind(classified: list[tuple[int, str, regex.Match[str]]], kind: str) -> list[int]:
    """The years of `_classified_years` of one kind, in order of position."""
    return [year for year, found, _ in classified if found == kind]


def _classified_years(text: str) -> list[tuple[int, str, regex.Match[str]]]:
    """Each year written as a year, with "reported", "planned" (future or conditional
    words in its scope) or "bound" (a start, a target or a plan label, or a year of a cycle
    of three years or more the text names), and its match."""
    cycles = _cycles(text)
    years = []
    for match in YEAR.finditer(text):
        year = int(match.group(0))
        within = any(start <= year <= end for start, end in cycles)
        years.append((year, "bound" if within else _kind(text, match), match))
    return years


def _cycles(text: str) -> list[tuple[int, int]]:
    """The spans of three years or more the text names ("the 2023-27 rights", "for
    2008-2017"): a contract's or a plan's cycle, whose years the text counts through (74
    matches in 2023 and 2024, 84 in 2025 and 2026) rather than reports as past."""
    spans = []
    for match in YEAR_SPAN.finditer(text):
        start, end = int(match.group("start")), match.group("end")
        last = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
        if last - start >= MIN_CYCLE_YEARS - 1:
            spans.append((start, last))
    return spans


def _kind(text: str, match: regex.Match[str]) -> str:
    """ "bound", "planned" or "reported" for one written year."""
    before = text[max(0, match.start() - BEFORE_REACH) : match.start()]
    if NOT_REPORTED_BEFORE.search(before) or NOT_REPORTED_AFTER.match(
        text[match.end() : match.end() + 30]
    ):
        return "bound"
    if FUTURE_WORDS.search(_scope(text, match.start(), match.end())):
        return "planned"
    return "reported"


def _is_present(text: str, match: regex.Match[str]) -> bool:
    """Whether the year's clause has a present-time word, or the year is a reporting
    period ("the last three months of 2004", "2004 results")."""
    before = text[max(0, match.start() - BEFORE_REACH) : match.start()]
    return bool(
        PRESENT_WORDS.search(_clause(text, match.start(), match.end()))
        or PERIOD_BEFORE.search(before)
        or PERIOD_AFTER.match(text[match.end() : match.end() + 30])
    )


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


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before `start`, from the last clause break (at most 200
    characters)."""
    left = max(0, start - 200)
    for match in CLAUSE_BREAK.finditer(text, left, start):
        left = match.end()
    return text[left:start]


def _clause(text: str, start: int, end: int) -> str:
    """The clause around `start`..`end`: from the clause break before it to the one after
    it, at most 200 characters each side."""
    left = start - len(_clause_before(text, start))
    right_match = CLAUSE_BREAK.search(text, end, min(len(text), end + 200))
    right = right_match.start() if right_match else min(len(text), end + 200)
    return text[left:right]


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
