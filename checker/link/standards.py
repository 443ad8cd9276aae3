"""The accounting standard or listing a figure is reported under, when its sentence says.

A company listed in two places reports twice: "net profit of 191.5 yuan" in its A-share
results and "191.9 yuan" in the results it files in Hong Kong under HKFRS; "under IFRS" and
"under US GAAP", "non-GAAP" and reported figures differ the same way. Figures reported
under different standards are different bases and are not compared with each other, nor
with a figure whose text names no standard. The cues are data below, each with an example.
"""

from __future__ import annotations

import bisect
import functools
import itertools

import regex

from checker.model import Mention
from checker.patterns import casefolded, lazy
from checker.text import read_text

# (standard, cue pattern): the nearest cue in the figure's sentence names its standard.
STANDARD_CUES: tuple[tuple[str, str], ...] = (
    # "under HKFRS", "按香港财务报告准则", "在港交所公告全年业绩" (results announced in Hong Kong).
    (
        "HKFRS",
        r"\bHKFRS\b|\bHong Kong Financial Reporting Standards?\b|香港财务报告准则|"
        r"(?:在|于)(?:香港)?(?:港交所|联交所)(?:发布|公告|披露|公布)|港股公告|H股公告",
    ),
    # "under IFRS", "按国际财务报告准则".
    (
        "IFRS",
        r"(?<!non-)\bIFRS\b|\bInternational Financial Reporting Standards?\b|"
        r"(?<!非)国际财务报告准则",
    ),
    # "non-IFRS profit", "非国际财务报告准则".
    ("non-IFRS", r"\bnon-IFRS\b|非国际财务报告准则"),
    # "under US GAAP", "美国通用会计准则".
    ("US GAAP", r"(?<!non-)\bU\.?S\.? GAAP\b|(?<!非)美国通用会计准则"),
    # "non-GAAP earnings", "非通用会计准则".
    ("non-GAAP", r"\bnon-GAAP\b|非(?:美国)?通用会计准则"),
    # "under Chinese accounting standards", "按中国企业会计准则", "A股公告".
    (
        "CAS",
        r"\b(?:Chinese|PRC|China) accounting standards?\b|\bPRC GAAP\b|中国企业会计准则|"
        r"A股公告",
    ),
)
# Words every cue above contains, one at least, in any case: a text without any of them names
# no standard, and `_cues` does not search it ("IFRS", "non-GAAP", "Hong Kong Financial
# Reporting Standards", "Chinese accounting standards", "按国际财务报告准则", "A股公告").
STANDARD_WORDS = (
    "hkfrs",
    "ifrs",
    "financial reporting standard",
    "gaap",
    "accounting standard",
    "财务报告准则",
    "通用会计准则",
    "企业会计准则",
    "港交所",
    "联交所",
    "股公告",
)
STANDARD_PATTERNS = tuple(
    (standard, lazy(pattern, regex.IGNORECASE)) for standard, pattern in STANDARD_CUES
)


def figure_standard(text: str, mention: Mention) -> str:
    """The standard or listing the figure's sentence reports it under ("HKFRS", "US GAAP"),
    the cue nearest the figure first; "" when the sentence names none."""
    start, end = read_text(text).sentence_bounds(mention.start, mention.end)
    cues = _cues(text)
    first = bisect.bisect_left(cues, (start,))
    found = [
        (min(abs(cue_start - mention.start), abs(cue_end - mention.end)), standard)
        for cue_start, cue_end, standard in itertools.takewhile(
            lambda cue: cue[1] <= end, cues[first:]
        )
    ]
    return min(found)[1] if found else ""


@functools.lru_cache(maxsize=4)
def _cues(text: str) -> list[tuple[int, int, str]]:
    """Every standard cue of the text, in order of position (read once per document)."""
    folded = casefolded(text)
    if not any(word in folded for word in STANDARD_WORDS):
        return []
    return sorted(
        (cue.start(), cue.end(), standard)
        for standard, pattern in STANDARD_PATTERNS
        for cue in pattern.finditer(text)
    )


def with_standard(basis: str, standard: str) -> str:
    """The basis a figure is compared on: its kind ("net", "pretax") and, when the text names
    one, the standard it is reported under ("net, HKFRS")."""
    return ", ".join(part for part in (basis, standard) if part)
