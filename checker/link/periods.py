"""The period a figure belongs to, resolved against the document's date."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date

import regex

from checker.model import Mention

TARGET_CUES = regex.compile(
    r"\b(?:target|targets|targeting|goal|aims?|aiming|forecast|expects?|expected|could|"
    r"would|projected|plans? to|outlook|guidance)\b|\bby (?:the end of )?(?:19|20)\d\d\b",
    regex.IGNORECASE,
)
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
QUARTERS = {"first": 3, "second": 6, "third": 9, "fourth": 12, "1": 3, "2": 6, "3": 9, "4": 12}
PERIOD_OF_FIGURE = regex.compile(
    r"\s*\)?\s*(?:in|for|of|during)\s+(?:the\s+)?(?:same\s+\w+\s+(?:in|of)\s+|fiscal\s+)?"
)
COMPARISON_BASE_BEFORE = regex.compile(
    r"\b(?:from|against|versus|vs\.?|compared with|compared to|times|(?:rather|higher|lower|"
    r"bigger|smaller|larger) than)\s+(?:the\s+|a\s+|its\s+)?$"
)
PERIOD_PATTERNS = (
    (
        "fiscal_end",
        regex.compile(
            rf"\byear (?:to|ended|ending) (?:\d{{1,2}} )?(?P<m>{MONTH_ALT})\.?(?: \d{{1,2}},?)? "
            r"(?P<y>(?:19|20)\d\d)\b",
            regex.IGNORECASE,
        ),
    ),
    (
        "quarter",
        regex.compile(
            r"\b(?:(?P<ord>first|second|third|fourth) quarter(?: of)?(?: fiscal)? "
            r"(?P<y>(?:19|20)\d\d)|Q(?P<q>[1-4]) ?(?:FY ?)?(?P<y2>(?:19|20)\d\d))\b",
            regex.IGNORECASE,
        ),
    ),
    (
        "month",
        regex.compile(
            rf"\b(?P<m>{MONTH_ALT})\.? (?:\d{{1,2}},? )?(?P<y>(?:19|20)\d\d)\b", regex.IGNORECASE
        ),
    ),
    (
        "fiscal",
        regex.compile(r"\b(?:fiscal(?: year)?|FY) ?(?P<y>(?:19|20)?\d\d)\b", regex.IGNORECASE),
    ),
    (
        "year",
        regex.compile(r"(?<![\d$€£¥.,])(?P<y>(?:19|20)\d\d)(?![\d%]|\s?(?:per ?cent|percent))"),
    ),
    (
        "relative",
        regex.compile(
            r"\b(?P<rel>last year|this year|next year|a year earlier|previous year|"
            r"(?:is|are) (?:now )?(?:valued|worth)|now|"
            r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
            regex.IGNORECASE,
        ),
    ),
    (
        "bare_month",
        regex.compile(
            rf"\b(?:in|as|since|until|from|last|early|late|mid-?)\s+(?P<m>{MONTH_ALT})\b(?!\.? \d)",
            regex.IGNORECASE,
        ),
    ),
)


def figure_period(
    text: str,
    mention: Mention,
    clause: tuple[int, int],
    doc_date: date | None,
    figure_ends: Sequence[int],
) -> tuple[str | None, bool, bool]:
    """The figure's period, whether it is a target, and whether the text states the period
    (rather than it being the document's date by default).

    A period right after another figure ("against $31.5 billion in 2020") belongs to that
    figure; "the year to March 2024" outranks "fiscal 2023" in the same clause.
    """
    clause_start, clause_end = clause
    text_of_clause = text[clause_start:clause_end]
    is_target = TARGET_CUES.search(text_of_clause) is not None
    candidates = []
    taken: list[tuple[int, int]] = []
    for rank, (kind, pattern) in enumerate(PERIOD_PATTERNS):
        for match in pattern.finditer(text_of_clause):
            start = clause_start + match.start()
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            if _belongs_to_other_figure(text, start, mention, figure_ends):
                continue
            period = _resolve_period(kind, match, doc_date)
            if period:
                priority = 0 if kind == "fiscal_end" else 1
                candidates.append((priority, abs(start - mention.start), rank, period))
    if not candidates:
        default = f"{doc_date.year}-{doc_date.month:02d}" if doc_date else None
        return default, is_target, False
    period = min(candidates)[3]
    if COMPARISON_BASE_BEFORE.search(text[max(clause_start, mention.start - 30) : mention.start]):
        return period, is_target, False
    return period, is_target, True


def _belongs_to_other_figure(
    text: str, start: int, mention: Mention, figure_ends: Sequence[int]
) -> bool:
    index = bisect.bisect_right(figure_ends, start) - 1
    if index < 0 or figure_ends[index] == mention.end:
        return False
    return PERIOD_OF_FIGURE.fullmatch(text[figure_ends[index] : start]) is not None


def _resolve_period(kind: str, match: regex.Match, doc_date: date | None) -> str | None:
    if kind == "quarter":
        year = match.group("y") or match.group("y2")
        quarter = match.group("ord") or match.group("q")
        return f"{year}-{QUARTERS[quarter.lower()]:02d}"
    if kind == "month":
        return f"{match.group('y')}-{MONTHS[match.group('m').lower()]:02d}"
    if kind == "fiscal_end":
        return match.group("y")
    if kind == "fiscal":
        year = match.group("y")
        return year if len(year) == 4 else f"20{year}"
    if kind == "year":
        return match.group("y")
    if doc_date is None:
        return None
    if kind == "bare_month":
        month = MONTHS[match.group("m").lower()]
        year = doc_date.year if month <= doc_date.month else doc_date.year - 1
        return f"{year}-{month:02d}"
    relative = match.group("rel").lower()
    if relative in ("last year", "a year earlier", "previous year"):
        return str(doc_date.year - 1)
    if relative == "next year":
        return str(doc_date.year + 1)
    if relative == "this year":
        return str(doc_date.year)
    return f"{doc_date.year}-{doc_date.month:02d}"
