"""The period a figure belongs to: stated in its clause, carried over from the clauses before
it, or the document's date."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import regex

from checker.extract import states_restatement
from checker.link import zh
from checker.link.names import DATELINE
from checker.link.text import COMPARATIVE_LABEL
from checker.model import Mention
from checker.patterns import HAN, casefolded, lazy
from checker.text import read_text

TARGET_CUES = lazy(
    r"\b(?:target|targets|targeting|goal|aims?|aiming|forecast|expects?|expected|could|"
    r"would|projected|plans? to|outlook|guidance|dangled|mooted|touted|talked of|"
    r"pencill?ed in|estimates?|consensus|predicted|anticipated)\b",
    regex.IGNORECASE,
)
# An actual measured against a forecast after it: "net profit of $3.1bn beat our estimate",
# "the $8.83 billion was already ahead of the company's guidance". The forecast is another
# figure's; the one before it is no target.
MEASURED_AGAINST_BEFORE = lazy(
    r"\b(?:beat|beats|beating|missed|misses|topped|exceeded|exceeds|surpassed|outstripped|"
    r"(?:came|comes|was|were|is|are)\s+(?:in\s+)?(?:already\s+|well\s+|just\s+)?"
    r"(?:above|below|ahead\s+of|short\s+of|in\s+line\s+with|behind))"
    r"\s+(?:[\p{L}'’-]+\s+){0,3}$",
    regex.IGNORECASE,
)
TARGET_DEADLINE = lazy(r"\bby (?:the end of )?(?:19|20)\d\d\b", regex.IGNORECASE)
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
YEAR = r"(?:19|20)\d\d"
SHORT_YEAR = r"(?:19|20)?\d\d"
QUARTER_ENDS = {"first": 3, "second": 6, "third": 9, "fourth": 12, "final": 12}
HALF_ENDS = {"first": 6, "second": 12}
NUMBER_WORDS = {
    word: i + 1
    for i, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split()
    )
}
# What a comparison's base follows: "from $60.9 billion", "against a loss of €75 million",
# "four times the $27 billion", "65 per cent more than the $10.7 billion".
# A year's possessive stands where the article does: "barely above 2023's SEK 247.9 billion",
# "up from last year's $3 billion".
# A period that owns the figure right after it: "2023's SEK 247.9 billion", a comparative's
# label "(H1 2016: £777m)".
POSSESSIVE_GAP = lazy(r"['’]s\s+|\s*[:–—-]\s*|\s+(?=\p{Sc}|[A-Z]{3}\s?\d)")
_BASE_DETERMINER = r"(?:the|a|its|(?:19|20)\d\d['’]s|last\s+year['’]s)"
COMPARISON_BASE_BEFORE = lazy(
    r"(?:\b(?:from|times|(?:rather|higher|lower|bigger|smaller|larger) than)\s+"
    rf"(?:{_BASE_DETERMINER}\s+)?|"
    r"\b(?:against|versus|vs\.?|compared (?:with|to))\s+(?:(?:the|a|an|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:of\s+)?|"
    rf"\b(?:(?:more|less) than|above|below)\s+{_BASE_DETERMINER}\s+|"
    rf"{COMPARATIVE_LABEL})$",
    regex.IGNORECASE,
)
# Nouns that name a comparison's base by its period: "nearly double the price of a year
# earlier", "above the level of last year".
COMPARED_NOUNS = ("price", "level", "figure", "value", "valuation", "amount", "total", "size")
# What a period of a comparison's base follows when no figure stands for the base:
# "69 per cent higher than a year earlier", "up from the same period", "trades at 6 times
# 2024 revenue", "compared unfavourably with 2003's 784m euro figure", "less than half the
# previous year's".
COMPARED_PERIOD_BEFORE = lazy(
    r"(?:\b(?:than|times|(?:up|down) from|against|versus|vs\.?|"
    r"compared (?:\p{L}+ly )?(?:with|to))\s+|"
    r"\b(?:half|double|twice|triple|treble|a\s+third|a\s+quarter)\s+(?:the\s+|its\s+)?)"
    rf"(?:(?:(?:the|its|their)\s+)?(?:{'|'.join(COMPARED_NOUNS)})\s+(?:of|in|from)\s+)?$",
    regex.IGNORECASE,
)
PHRASE_BREAK = lazy(r",\s|，|\s[-–—]\s")
# A verb or word that brings in another party's figure to measure one against ("raising $25.6bn
# and beating Alibaba's $25bn listing in 2014", "more than Kestrel's $3bn round in 2019"): a
# period after that figure dates it, not the figure compared with it.
OTHER_PARTY_BEFORE = lazy(
    r"\b(?:beat(?:ing|s)?|surpass(?:ing|ed|es)?|overtak(?:ing|es|en)|overtook|"
    r"eclips(?:ing|ed|es)|dwarf(?:ing|ed|s)?|outstrip(?:ping|ped|s)?|outpac(?:ing|ed|es)|"
    r"top(?:ping|ped)|than|compared (?:with|to)|versus|vs\.?|ahead of|behind)\b",
    regex.IGNORECASE,
)
# What stands between a possessive year and its figure: "2003's 784m euro figure".
POSSESSIVE_GAPS = frozenset({"'s ", "’s ", "' ", "’ "})
POSSESSIVE_GAP_MAX = max(len(gap) for gap in POSSESSIVE_GAPS)
# How far after a period a figure of its phrase may stand, in characters.
PHRASE_REACH = 60
# "$24.6 million and $25.1 million for 2019 and 2018, respectively": the years in order of the
# figures before them.
RESPECTIVE_YEARS = lazy(
    r"(?P<years>(?:fiscal\s+)?(?:19|20)\d\d(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:fiscal\s+)?(?:19|20)\d\d)+),?\s+respectively\b",
    regex.IGNORECASE,
)
LISTED_YEAR = lazy(r"(?:19|20)\d\d")
# The years listed before the figures they date, in order: "For the three months ended
# September 30, 2024 and 2023, net income was $12.9 billion and $13.2 billion, respectively".
# How many months a period ending in a named month lasts: "the nine months to", "six
# months ended".
MONTHS_SPAN = (
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[- ]months? (?:to|ended|ending|through)"
)
LEADING_YEARS = lazy(
    rf"(?:{MONTHS_SPAN} |"
    r"\b(?P<whole>(?:fiscal )?years? (?:ended|ending|to) ))?"
    rf"(?:(?P<m>{MONTH_ALT})\.? (?:\d{{1,2}},? )?)?"
    r"(?P<years>(?:19|20)\d\d(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:19|20)\d\d)+)\b",
    regex.IGNORECASE,
)
RESPECTIVELY = lazy(r"\s*,?\s*respectively\b", regex.IGNORECASE)
# What joins the figures of such a list: "$12.9 billion and $13.2 billion", "$4, $5 and $6".
LISTED_FIGURES_GAP = lazy(r"\s*(?:,\s*(?:and\s+)?|and\s+)", regex.IGNORECASE)
MONTHS_TO_BEFORE = lazy(rf"{MONTHS_SPAN}(?: the end of)? $", regex.IGNORECASE)
# A definite figure that a relative clause goes on to describe: "the $43 billion at which it
# raised money in 2023", "the RMB 50 billion it earned in 2023", "the £2bn that it paid in
# 2019". A period inside that clause is the figure's own, whatever the main clause dates.
DEFINITE_BEFORE = lazy(r"\bthe\s+(?:[\p{Ll}-]+\s+)?$", regex.IGNORECASE)
# Verbs that tell an amount as having happened: "the RMB 50 billion it earned", "the $40m it
# raised", "the $8.83 billion booked in the third quarter".
ACTUAL_VERBS: tuple[str, ...] = (
    "earned",
    "made",
    "reported",
    "posted",
    "booked",
    "recorded",
    "generated",
    "delivered",
    "raised",
    "paid",
    "spent",
    "lost",
    "received",
    "collected",
    "fetched",
    "sold",
    "bought",
    "invested",
    "brought in",
    "took in",
    "was valued",
    "were valued",
)
ACTUAL_VERB = "|".join(verb.replace(" ", r"\s+") for verb in ACTUAL_VERBS)
# Who a relative clause after a figure says did it: "it", "the company".
RELATIVE_SUBJECT = r"(?:it|they|he|she|we|the\s+(?:company|group|firm|bank|business))"
RELATIVE_CLAUSE_AFTER = lazy(
    rf"\s+(?:(?:at|for|with|by|on)\s+which|which|that|{RELATIVE_SUBJECT}\s+(?:had\s+|has\s+)?"
    rf"(?:{ACTUAL_VERB}))\b",
    regex.IGNORECASE,
)
# A figure told as an actual of a period, whatever forecast its sentence makes: a definite
# figure ("the", "its", ...) or one set off by a comma and "what", then the verb of having
# happened, with or without its subject, and right after it the period ("brokers expect it to
# beat the RMB 50.7 billion it earned in 2023", "the $8.83 billion booked in the third quarter
# was ahead of guidance", "the 1,208.8 billion yen of operating income we earned in fiscal
# 2022", "$2bn, what it made in 2022"). It is no target or forecast.
ACTUAL_FIGURE_BEFORE = lazy(r"\b(?:the|its|their|our)\s+(?:[\p{Ll}-]+\s+)?$", regex.IGNORECASE)
ARTICLE = lazy(r"the\s+", regex.IGNORECASE)
ACTUAL_AFTER = lazy(
    r"(?P<comma>\s*,\s*what\s+|\s+(?:(?:which|that)\s+)?)"
    r"(?:of\s+(?:[\p{Ll}-]+\s+){1,3})?"
    rf"(?:(?:{RELATIVE_SUBJECT}|(?-i:\p{{Lu}}[\p{{L}}&.-]+))\s+)?(?:had\s+|has\s+)?"
    rf"(?:{ACTUAL_VERB})\s+(?:(?:in|during|for|over|through|at\s+the\s+end\s+of)\s+)?",
    regex.IGNORECASE,
)
# A comma and a word that opens a clause of its own, conceding or contrasting ("revenue of $50
# million was up 10%, though up 8% excluding the acquisition made in 2020", ", while its
# rival earned $3bn in 2019"): a period after it is that clause's, not the figure's before it.
CLAUSE_OPENER_AFTER_COMMA = lazy(
    r",\s+(?:(?:even\s+)?though|although|albeit|while|whilst|whereas|but|despite|excluding|"
    r"except)\b",
    regex.IGNORECASE,
)
# A comma and a word that opens a clause drawing a consequence ("EBITDA of $5.2bn at 2022's
# prices, so the $9bn valuation is 1.7 times that"): a period before it is its own clause's,
# not the figure's after it.
CONSEQUENCE_AFTER_COMMA = lazy(
    r",\s+(?:and\s+)?(?:so|hence|thus|therefore|meaning|which\s+means)\b", regex.IGNORECASE
)
# A relative clause about the moment a period names: "in February 2020, when it raised".
WHEN_AFTER = lazy(r",?\s+when\b", regex.IGNORECASE)
FRONT_MATTER = lazy(r"\A---[ \t]*\n(?:.*\n)*?---[ \t]*(?:\n|\Z)")
TITLE = lazy(r"^title:[ \t]*(?P<title>.*)$", regex.MULTILINE)
HEADLINE = lazy(r"\A\s*(?P<title>[^\n.!?]{1,150})\n")
APPOSITION = lazy(r"\s*[,(]\s*(?:the\s+|its\s+)?", regex.IGNORECASE)
# A day of the week something happened on: "on Thursday".
ON_WEEKDAY = r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "March 2024", "Sept. 30, 2023".
MONTH_YEAR = rf"\b(?P<m>{MONTH_ALT})\.? (?:\d{{1,2}},? )?(?P<y>{YEAR})\b"
# "on 3 June", "on June 3rd": a day of a month with no year.
DAY_MONTH = (
    rf"\b(?:\d{{1,2}} (?P<m>{MONTH_ALT})\b(?!\.? \d)|"
    rf"(?P<m2>{MONTH_ALT})\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?!,? \d))"
)
MONTHS_TO_MONTH = (
    rf"(?<=\bmonths? (?:to|ended|ending|through) (?:the end of )?)(?P<m>{MONTH_ALT})\b"
    r"(?!\.? \d)"
)
# "the second quarter", "the quarter ended June", "the July-September quarter", "Q3 2024".
QUARTER = (
    rf"\b(?:(?P<ord>first|second|third|fourth|final)[- ]quarter|(?P<half>first|second)[- ]half|"
    rf"quarter (?:to|ended|ending) (?:\d{{1,2}} )?(?P<m>{MONTH_ALT})\.?(?: \d{{1,2}},?)?|"
    # "the July-September quarter", "the October to December quarter"
    rf"(?:{MONTH_ALT})\.?(?:\s*[-–]\s*|\s+to\s+)(?P<m>{MONTH_ALT})\.? quarter)"
    rf"(?:\s+of)?(?:\s+(?:the\s+)?(?:(?P<fiscal>fiscal(?: year)?|FY) ?(?P<fy>{SHORT_YEAR})|"
    rf"(?P<y>{YEAR})|(?P<rel>this|last|next) year))?\b|"
    rf"\b(?P<qh>[QH])(?P<n>[1-4]) ?(?:(?P<fiscal2>FY) ?(?P<fy2>{SHORT_YEAR})|(?P<y2>{YEAR}))\b"
)
MONTH_STEMS = tuple(sorted({month[:3] for month in MONTHS}))
# Patterns whose every match starts a few characters before a word the case-folded text
# writes, as (words, characters before the word): `_period_matches` tries them only at those
# places instead of searching the whole text. "March 2024" starts at a month's first three
# letters, "on 3 June" 2 or 3 characters before them, "the first quarter" 6 or 7 before
# "quarter".
ANCHORED_PATTERNS: dict[str, tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]] = {
    MONTH_YEAR: ((MONTH_STEMS, (0,)),),
    DAY_MONTH: ((MONTH_STEMS, (0, 2, 3)),),
    MONTHS_TO_MONTH: ((MONTH_STEMS, (0,)),),
    QUARTER: (
        (("quarter",), (0, 6, 7)),  # "quarter ended June", "first quarter", "second-quarter"
        (("half",), (6, 7)),  # "first half", "second-half"
        (MONTH_STEMS, (0,)),  # "the July-September quarter"
        (("q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"), (0,)),  # "Q3 2024", "H1 FY24"
    ),
}
PERIOD_PATTERNS = (
    *zh.PERIOD_PATTERNS,
    (
        # When a loan or contract ends is not the period of its amount.
        "vague",
        rf"\b(?:maturity(?: date)? (?:of|in)|matur(?:e|es|ing|ed) (?:in|on)|due (?:in|on)|"
        rf"expir(?:es|ing|y) (?:in|on))\s+(?:(?:{MONTH_ALT})\.?\s+)?(?:\d{{1,2}},?\s+)?{YEAR}\b",
    ),
    (
        "fiscal_end",
        rf"\byear (?:to|ended|ending) (?:\d{{1,2}} )?(?P<m>{MONTH_ALT})\.?(?: \d{{1,2}},?)?"
        rf"(?: (?P<y>{YEAR}))?\b",
    ),
    ("quarter", QUARTER),
    (
        "same_period",
        rf"\b(?:the )?same (?:period|quarter|half|months?) (?:(?:of|in|last) (?P<y>{YEAR})|"
        r"a year (?:earlier|before|ago)|(?:of|in) the previous year|last year)",
    ),
    ("month", MONTH_YEAR),
    ("fiscal", rf"\b(?:fiscal(?: year)?|FY) ?(?P<y>{SHORT_YEAR})\b"),
    ("since", rf"\bsince (?:(?:the )?(?:start|end|middle) of )?(?:{MONTH_ALT} )?{YEAR}\b"),
    # Never the digits of an amount: "2088.24 亿元", "2047 万元", "2030 per cent".
    ("year", rf"(?<![\d$€£¥.,])(?P<y>{YEAR})(?![\d%]|[.,]\d|\s?(?:per ?cent|percent|[亿万]))"),
    (
        "years_back",
        rf"\b(?:(?P<q>almost|nearly|about|some|more than|over) )?"
        rf"(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})"
        r"(?: years? (?P<dir>ago|since|earlier|before|later)| (?P<since>ago|since))\b",
    ),
    (
        "relative",
        r"\b(?P<rel>the (?:following|next) year|the year after|a year later|"
        r"last year|this year|next year|a year (?:earlier|before)|previous year|"
        r"last month|this month|"
        r"the year before|(?:previous|prior|preceding) quarter|a quarter (?:earlier|before)|"
        r"(?:is|are) (?:now )?(?:valued|worth)|now|"
        rf"{ON_WEEKDAY})\b",
    ),
    ("day_month", DAY_MONTH),
    (
        "bare_month",
        rf"\b(?:in|as|since|until|from|last|early|late|mid-?)\s+(?P<m>{MONTH_ALT})\b(?!\.? \d)",
    ),
    # A month of the document's own year: "this February's tender", "due this December".
    ("this_month", rf"\bthis\s+(?P<m>{MONTH_ALT})\b(?!\.? \d)"),
    # The month a span of months ends in, its year left to the document's date: "the three
    # months to December", "the nine months ended September" (`_span` reads the length).
    ("bare_month", MONTHS_TO_MONTH),
    (
        # The whole year of the period stated nearby, told apart from its quarter: "Net sales
        # for the year were $23.1 billion" after a fourth quarter's figures.
        "whole_year",
        r"\b(?:(?:for|in|over|during)\s+the\s+(?:full\s+|whole\s+|entire\s+)?year|"
        r"full[- ]year)\b(?!\s+(?:to|ended|ending|before|earlier|ago|after)\b)",
    ),
    (
        "vague",
        r"\b(?:(?:around |at )?the turn of the (?:year|decade)|since then|back then|"
        r"at one (?:stage|point))\b",
    ),
)
COMPILED_PATTERNS = tuple(
    (kind, lazy(pattern, regex.IGNORECASE)) for kind, pattern in PERIOD_PATTERNS
)
# A year after the period stated nearby ("a loss in 2000 turned into a profit the following
# year"); with no stated period to count from, no period.
LATER_YEAR = ("the following year", "the next year", "the year after", "a year later")
# A year before it ("sales of $4m, against $5m a year earlier"); with none, the year before the
# document's date.
EARLIER_YEAR = ("a year earlier", "a year before", "previous year", "the year before")
# Years named by counting from the document's date.
YEAR_OFFSETS = {"last year": -1, "this year": 0, "next year": 1}
# Months counted from the document's date: "implied last month" is the month before its date.
MONTH_OFFSETS = {"last month": -1, "this month": 0}
# Kinds of period counted from the nearest period stated before them ("the same quarter a
# year earlier", "上年同期").
SAME_PERIOD_KINDS = ("same_period", "zh_same_period")
# Kinds of period that are a day of announcement more often than a reporting period ("7月31日
# 披露", "said on 3 June"): no anchor for a same period a year earlier.
DAY_KINDS = ("day_month", "bare_month", "this_month", "zh_month_only")
# Kinds of period placed only by counting from the document's date.
DATE_COUNTED_KINDS = ("day_month", "bare_month", "this_month", "since")
# Every Chinese pattern has a Han character in each of its matches: a text without one needs
# no try of them.
CHINESE_KINDS = frozenset(kind for kind, _ in zh.PERIOD_PATTERNS)
# Words every match of a kind's patterns contains, in any case (one of them at least; the
# text before a lookbehind's match counts): a text that has none of them (`casefolded`) has
# no period of the kind, and `_period_matches` does not search it for one. A kind not listed
# is always searched. "due in 2027", "the turn of the year", "year to March", "Q3 2024", "same
# period last year", "fiscal 2023", "FY24", "since 2019", "two years ago".
PERIOD_WORDS: dict[str, tuple[str, ...]] = {
    "vague": ("matur", "due", "expir", "turn of the", "then", "at one"),
    "fiscal_end": ("year",),
    "quarter": ("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"),
    "same_period": ("same",),
    "fiscal": ("fiscal", "fy"),
    "since": ("since",),
    # "two years ago", "three years earlier", "20 years later", "five since".
    "years_back": (
        *("ago", "since", "year earlier", "years earlier", "year before", "years before"),
        *("year later", "years later"),
    ),
}
# The kinds of period that can anchor the relative ones ("a year earlier", "the same period").
REFERENCE_KINDS = (
    "fiscal_end",
    "quarter",
    "month",
    "fiscal",
    "year",
    "day_month",
    "bare_month",
    "this_month",
    *(kind for kind, _ in zh.PERIOD_PATTERNS if kind != "zh_same_period"),
)


@dataclass(frozen=True)
class FigurePeriod:
    """What the text says about a figure's time.

    `period` is "YYYY", "YYYY-MM" or None. `explicit`: the figure's clause states it.
    `inferred`: it is carried over from the nearest earlier clause of the paragraph that
    states one, or from the headline of an undated document. Neither: the document's date.
    """

    period: str | None
    is_target: bool = False
    explicit: bool = False
    inferred: bool = False
    span: str = ""
    words: str = ""


@dataclass(frozen=True)
class Resolved:
    """A period, and whether it is a fiscal year (or part of one) rather than a calendar one.
    An empty period is a time the text states but that cannot be placed ("around the turn of
    the year"). `span` is how long a period ending in its month lasts when the text says
    ("quarter", "half", "9 months"), so a quarter and the nine months to the same month differ.
    `words` are the words that state it; `carried`: its year comes from the period stated
    nearby, not from its own words ("for the year")."""

    period: str
    fiscal: bool = False
    span: str = ""
    words: str = ""
    carried: bool = False

    @property
    def year(self) -> int:
        return int(self.period[:4])

    @property
    def month(self) -> int | None:
        return int(self.period[5:7]) if len(self.period) > 4 else None


UNPLACED = Resolved("")


@dataclass(frozen=True)
class PeriodMatch:
    """A period expression in the text, with its kind and the rank of its pattern."""

    kind: str
    rank: int
    start: int
    end: int
    match: regex.Match

    def group(self, name: str) -> str | None:
        """The text of the named group, None when it took no part or the pattern has none."""
        return self.match.group(name) if name in self.match.re.groupindex else None


@dataclass(frozen=True)
class Anchor:
    """What relative expressions resolve against: the document's date, the period stated
    nearby (in the clause, else carried over), and the month fiscal years end in."""

    doc_date: date | None
    reference: Resolved | None
    fiscal_end_month: int = 12

    @property
    def placed(self) -> Resolved | None:
        """The period stated nearby when it can be placed in time: a time the text states but
        no "YYYY-MM" places (a half, "around the turn of the year") places nothing relative
        to it."""
        return self.reference if self.reference is not None and self.reference.period else None


@dataclass
class DocumentPeriods:
    """The period expressions of one document, its clauses, and the period each clause
    carries over from the clauses before it; computed once per document."""

    text: str
    doc_date: date | None
    figures: Sequence[Mention]
    figure_starts: list[int]
    matches: list[PeriodMatch]
    match_starts: list[int]
    clause_starts: list[int]
    clause_ends: list[int]
    bases: frozenset[int]
    restating: frozenset[int]
    fiscal_ends: list[tuple[int, int]]
    carried: list[Resolved | None] = field(default_factory=list)
    respective: dict[int, Resolved] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, doc_date: date | None, figures: Sequence[Mention]) -> DocumentPeriods:
        raw = _period_matches(text)
        starts, ends = _clauses(text)
        restating = frozenset(
            i
            for i in range(1, len(figures))
            if states_restatement(text[figures[i - 1].end : figures[i].start])
        )
        matches = _merge_appositions(text, raw)
        periods = cls(
            text=text,
            doc_date=doc_date,
            figures=figures,
            figure_starts=[m.start for m in figures],
            matches=matches,
            match_starts=[m.start for m in matches],
            clause_starts=starts,
            clause_ends=ends,
            bases=_comparison_bases(text, figures, starts, restating),
            restating=restating,
            fiscal_ends=[
                (m.start, MONTHS[(m.group("m") or "").lower()])
                for m in raw
                if m.kind == "fiscal_end"
            ],
        )
        periods.carried = periods._carry(_headline_frame(text, doc_date))
        periods.respective = _respective_years(text, figures)
        return periods

    def figure_period(self, index: int, clause: tuple[int, int], days: bool = True) -> FigurePeriod:
        """The period of the figure at `index` of `figures`, whose clause is `clause` (a
        single day not among the candidates when `days` is False).

        A period of the clause comes first: one with no other figure between it and this
        figure, then one it shares with the figures around it ("In 2020 it earned $721
        million on revenue of $31.5 billion"), the nearest within one comma phrase first. A
        period after a comparison base ("against $31.5 billion in 2020") is that base's
        alone, and a comparison base takes no other. Without one, the period carried over
        from the paragraph; else the document's date.
        """
        mention = self.figures[index]
        is_target = _is_target(self.text, mention, clause) and not self._told_as_actual(
            mention, clause[1]
        )
        if (listed := self.respective.get(index)) is not None:
            span = listed.span or ("year" if len(listed.period) == 4 else "")
            return FigurePeriod(listed.period, is_target, True, span=span, words=listed.words)
        carried = self.carried[self._clause_index(mention.start)]
        stated = self._stated(index, clause, carried, days)
        if stated is not None:
            if (
                is_target
                and index in self.bases
                and self._before_the_documents_year(stated)
                and not _target_after(self.text, mention, clause[1])
            ):
                is_target = False
            return FigurePeriod(
                stated.period or None,
                is_target,
                explicit=bool(stated.period) and not stated.carried,
                inferred=stated.carried,
                span=stated.span,
                words=stated.words,
            )
        if index in self.bases:
            return FigurePeriod(None, is_target)
        if carried is not None:
            return FigurePeriod(
                carried.period, is_target, inferred=True, span=carried.span, words=carried.words
            )
        default = f"{self.doc_date.year}-{self.doc_date.month:02d}" if self.doc_date else None
        return FigurePeriod(default, is_target)

    def _before_the_documents_year(self, stated: Resolved) -> bool:
        """Whether a stated period ends before the document's year: a comparison base of
        such a period is an actual figure even in a forecast's clause ("expects revenue of
        $80m in 2024, up from $35m in 2023"), unless its own phrase makes it a target ("the
        $120 billion the banks dangled last year")."""
        doc_date = self.doc_date
        return bool(stated.period) and doc_date is not None and stated.year < doc_date.year

    def _stated(
        self, index: int, clause: tuple[int, int], carried: Resolved | None, days: bool
    ) -> Resolved | None:
        mention = self.figures[index]
        matches = self._matches_in(*clause)
        if not days:
            matches = [m for m in matches if not names_a_day(self.text[m.start : m.end])]
        anchor = self._anchor([m for m in matches if not self._of_a_base(m)], carried, clause[0])
        if (relative := self._in_relative_clause(mention, matches, clause[1])) is not None:
            resolved = _resolve(relative, anchor)
            if resolved is not None:
                return resolved
        ranked = []
        for match in self._whole_year_last_resort(
            mention, [m for m in matches if not self._dates_the_story(m)]
        ):
            if _sealed_off(self.text, match, mention, clause[0]):
                continue
            before = match.end <= mention.start
            gap = (match.end, mention.start) if before else (mention.end, match.start)
            if before and WHEN_AFTER.match(self.text, match.end, mention.start):
                ranked.append((True, False, False, False, gap[1] - gap[0], match.rank, match))
                continue
            if not before and self._leads_a_later_figure(index, match, clause[1]):
                continue
            if not before and CLAUSE_OPENER_AFTER_COMMA.search(self.text, *gap):
                continue
            if CONSEQUENCE_AFTER_COMMA.search(self.text, *gap):
                continue
            if not before and self._of_another_party(index, match):
                continue
            own = (not before and self._adjacent(index, gap)) or (
                before and POSSESSIVE_GAP.fullmatch(self.text, *gap) is not None
            )
            if (self._compared(match) and not _dates_next(self.text, match, mention)) or (
                not own and (index in self.bases or self._base_owned(match))
            ):
                continue
            crosses = PHRASE_BREAK.search(self.text, *gap) is not None
            shared = not self._adjacent(index, gap)
            if shared and not before and crosses:
                continue
            after_a_comma = crosses and not before
            counted = own and _counts_from_reference(match)
            ranked.append(
                (not counted, shared, crosses, after_a_comma, gap[1] - gap[0], match.rank, match)
            )
        for _, shared, *_, match in sorted(ranked, key=lambda r: r[:6]):
            if match.kind in SAME_PERIOD_KINDS:
                earlier = [
                    m
                    for m in matches
                    if m.end <= match.start and m.kind not in DAY_KINDS and not self._of_a_base(m)
                ]
                resolved = _resolve(match, self._anchor(earlier[::-1], carried, clause[0]))
            else:
                resolved = _resolve(match, anchor)
            if resolved is not None:
                return resolved
            if not shared and match.kind not in ("fiscal_end", "whole_year"):
                return UNPLACED
        return None

    def _told_as_actual(self, mention: Mention, clause_end: int) -> bool:
        """Whether the words after a figure tell it as an actual of a period the text names
        right after the verb (`ACTUAL_AFTER`): "the RMB 50.7 billion it earned in 2023"."""
        text = self.text
        told = ACTUAL_AFTER.match(text, mention.end, clause_end)
        if told is None:
            return False
        if not told.group("comma").strip() and not ACTUAL_FIGURE_BEFORE.search(
            text, max(0, mention.start - 30), mention.start
        ):
            return False
        article = ARTICLE.match(text, told.end(), clause_end)
        starts = {told.end(), article.end() if article else told.end()}
        return any(m.start in starts for m in self._matches_in(told.end(), clause_end))

    def _in_relative_clause(
        self, mention: Mention, matches: list[PeriodMatch], clause_end: int
    ) -> PeriodMatch | None:
        """The first period of a relative clause that describes a definite figure, up to the
        clause's first comma ("the $43 billion at which it raised $500 million in 2023")."""
        text = self.text
        opener = RELATIVE_CLAUSE_AFTER.match(text, mention.end, clause_end)
        if opener is None or not DEFINITE_BEFORE.search(
            text, max(0, mention.start - 20), mention.start
        ):
            return None
        phrase_break = PHRASE_BREAK.search(text, opener.end(), clause_end)
        end = phrase_break.start() if phrase_break else clause_end
        return next(
            (
                m
                for m in matches
                if opener.end() <= m.start
                and m.end <= end
                and not self._compared(m)
                and m.kind not in SAME_PERIOD_KINDS
            ),
            None,
        )

    def _leads_a_later_figure(self, index: int, match: PeriodMatch, clause_end: int) -> bool:
        """Whether a period after the figure's phrase opens the phrase of the next figure of
        the clause ("净利润为3.2亿元，上年同期为2.1亿元"): the period is that figure's."""
        following = bisect.bisect_left(self.figure_starts, match.end)
        if following >= len(self.figures):
            return False
        text, next_start = self.text, self.figures[following].start
        return (
            next_start < clause_end
            and next_start - match.end <= PHRASE_REACH
            and PHRASE_BREAK.search(text, self.figures[index].end, match.start) is not None
            and PHRASE_BREAK.search(text, match.end, next_start) is None
        )

    def _of_another_party(self, index: int, match: PeriodMatch) -> bool:
        """Whether a period after the figure follows another figure that a comparison with
        another party brings in between them (`OTHER_PARTY_BEFORE`): the period is that
        figure's."""
        between = [
            i
            for i in self._figures_between(self.figures[index].end, match.start)
            if not self._together(i, index)
        ]
        if not between:
            return False
        other = self.figures[between[0]]
        return (
            OTHER_PARTY_BEFORE.search(self.text, self.figures[index].end, other.start) is not None
        )

    def _adjacent(self, index: int, gap: tuple[int, int]) -> bool:
        """Whether no other figure stands in `gap`, restatements of this figure and the other
        end of its range aside."""
        return all(self._together(i, index) for i in self._figures_between(*gap))

    def _together(self, other: int, index: int) -> bool:
        group = self.figures[index].range_group
        return (
            self._restates(other, index)
            or self._restates(index, other)
            or (group is not None and self.figures[other].range_group == group)
        )

    def _compared(self, match: PeriodMatch) -> bool:
        """Whether a period follows a comparison word: "higher than a year earlier"."""
        before = max(0, match.start - 30)
        if COMPARED_PERIOD_BEFORE.search(self.text, before, match.start) is not None:
            return True
        return zh.compared_period(self.text, before, match.start, match.end)

    def _base_owned(self, match: PeriodMatch) -> bool:
        """Whether a period follows a comparison base within one comma phrase of its clause
        ("against $31.5 billion in 2020")."""
        owner = bisect.bisect_left(self.figure_starts, match.start) - 1
        if owner not in self.bases:
            return False
        end = self.figures[owner].end
        return (
            self._clause_index(end) == self._clause_index(match.start)
            and PHRASE_BREAK.search(self.text, end, match.start) is None
        )

    def _of_a_base(self, match: PeriodMatch) -> bool:
        return self._compared(match) or self._base_owned(match)

    def _whole_year_last_resort(
        self, mention: Mention, matches: list[PeriodMatch]
    ) -> list[PeriodMatch]:
        """The periods of a clause, without "for the year" when the clause states another
        period that is no comparison's base: that one dates the figure ("profits for the year
        included $3.65bn for the final three months of 2004"); "for the year" only says which
        span of the nearby period is meant. After the figure, "for the year" is its own only
        right after it ("$23.1 billion for the year", not "£59m, and it expects a rise in
        full-year revenues")."""
        if any(m.kind != "whole_year" and not self._of_a_base(m) for m in matches):
            return [m for m in matches if m.kind != "whole_year"]
        return [
            m
            for m in matches
            if m.kind != "whole_year"
            or m.end <= mention.start
            or not self.text[mention.end : m.start].strip()
        ]

    def _restates(self, later: int, earlier: int) -> bool:
        """Whether figure `later` restates figure `earlier` ("X (Y)", "X, or about Y")."""
        return later > earlier and all(i in self.restating for i in range(earlier + 1, later + 1))

    def _figures_between(self, start: int, end: int) -> range:
        starts = self.figure_starts
        return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))

    def _matches_in(self, start: int, end: int) -> list[PeriodMatch]:
        first = bisect.bisect_left(self.match_starts, start)
        last = bisect.bisect_left(self.match_starts, end)
        return [m for m in self.matches[first:last] if m.end <= end]

    def _clause_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.clause_starts, offset) - 1)

    @functools.cached_property
    def _story_dates(self) -> list[tuple[int, int]]:
        """The spans that date the story: its front matter and its datelines."""
        return [(0, _body_start(self.text)), *(d.span() for d in DATELINE.finditer(self.text))]

    def _dates_the_story(self, match: PeriodMatch) -> bool:
        """Whether a period is the story's date: in its front matter ("date: 1987-03-05") or a
        dateline's day ("HOUSTON, March 4 - Acme said its loss..."). It may place the clause's
        other periods but is no figure's."""
        return any(start <= match.start < end for start, end in self._story_dates)

    def _anchor(self, matches: list[PeriodMatch], carried: Resolved | None, at: int) -> Anchor:
        """The anchor of a clause's relative periods: its first period that can be placed on
        its own, else the period carried over."""
        fiscal_end = self._fiscal_end_month(at)
        first = Anchor(self.doc_date, carried, fiscal_end)
        placed = (
            _resolve(m, first) for m in matches if m.kind in REFERENCE_KINDS or _names_a_year(m)
        )
        reference = next((p for p in placed if p is not None), None) or carried
        return Anchor(self.doc_date, reference, fiscal_end)

    def _fiscal_end_month(self, offset: int) -> int:
        """The month fiscal years end in: that of the nearest "year to <month>" before
        `offset`, else of the first in the document, else December."""
        if not self.fiscal_ends:
            return 12
        before = bisect.bisect_left(self.fiscal_ends, (offset,))
        return self.fiscal_ends[max(before - 1, 0)][1]

    def _carry(self, headline: Resolved | None) -> list[Resolved | None]:
        """For each clause, the period stated by the nearest earlier clause of its paragraph
        (for an undated document, the headline's when none does)."""
        passage = read_text(self.text)
        body_start = _body_start(self.text)
        carried: list[Resolved | None] = []
        paragraph, current = None, headline
        for start, end in zip(self.clause_starts, self.clause_ends, strict=True):
            if start < body_start:
                carried.append(None)
                continue
            if (at := passage.paragraph_at(start)) != paragraph:
                paragraph, current = at, headline
            carried.append(current)
            matches = [m for m in self._matches_in(start, end) if not self._of_a_base(m)]
            current = self._anchor(matches, current, start).reference
        return carried


def _dates_next(text: str, match: PeriodMatch, mention: Mention) -> bool:
    """Whether a period is the possessive right before the figure ("compared with 2003's 784m
    euro figure"): it dates that figure, even after a comparison word."""
    return (
        0 <= mention.start - match.end <= POSSESSIVE_GAP_MAX
        and text[match.end : mention.start] in POSSESSIVE_GAPS
    )


def _respective_years(text: str, figures: Sequence[Mention]) -> dict[int, Resolved]:
    """The year of each figure of "A and B for 2019 and 2018, respectively": the figures right
    before the list of years, in the same sentence, one year each in order."""
    found: dict[int, Resolved] = {}
    starts = [m.start for m in figures]
    for listing in RESPECTIVE_YEARS.finditer(text):
        years = LISTED_YEAR.findall(listing.group("years"))
        before = bisect.bisect_left(starts, listing.start())
        chosen = list(range(before - len(years), before))
        if not chosen or chosen[0] < 0:
            continue
        if not read_text(text).same_sentence(figures[chosen[0]].start, listing.start()):
            continue
        for index, year in zip(chosen, years, strict=True):
            found[index] = Resolved(year, words=listing.group(0))
    for respectively in RESPECTIVELY.finditer(text):
        found.update(_years_listed_before(text, figures, starts, respectively.start()))
    return found


def _years_listed_before(
    text: str, figures: Sequence[Mention], starts: list[int], end: int
) -> dict[int, Resolved]:
    """The period of each figure of a list ending in "respectively" at `end`, from the years
    the same sentence lists before the figures ("For the three months ended September 30,
    2024 and 2023, ... $12.9 billion and $13.2 billion, respectively"): as many figures, one
    year each in order, joined by "and" or commas; the years ended a month are years."""
    last = bisect.bisect_left(starts, end) - 1
    if last < 0 or text[figures[last].end : end].strip(" ,"):
        return {}
    passage = read_text(text)
    listed = [
        m
        for m in LEADING_YEARS.finditer(text, max(0, figures[last].start - 400), end)
        if passage.same_sentence(m.start(), end)
    ]
    if not listed:
        return {}
    leading = listed[-1]
    years = LISTED_YEAR.findall(leading.group("years"))
    chosen = list(range(last - len(years) + 1, last + 1))
    if chosen[0] < 0 or figures[chosen[0]].start < leading.end():
        return {}
    gaps = [text[figures[a].end : figures[b].start] for a, b in itertools.pairwise(chosen)]
    if not all(LISTED_FIGURES_GAP.fullmatch(gap) for gap in gaps):
        return {}
    whole = leading.group("whole") is not None
    named = leading.group("m") and not whole
    month = MONTHS[leading.group("m").lower().rstrip(".")] if named else None
    count = (leading.group("n") or "").lower()
    span = "year" if whole else f"{NUMBER_WORDS.get(count, count)} months" if count else ""
    return {
        index: Resolved(f"{year}-{month:02d}" if month else year, span=span, words=leading[0])
        for index, year in zip(chosen, years, strict=True)
    }


def _period_matches(text: str) -> list[PeriodMatch]:
    """Every period expression of the text; of two that overlap, the earlier pattern's."""
    found: list[PeriodMatch] = []
    starts: list[int] = []
    chinese = HAN.search(text) is not None
    folded = casefolded(text)
    places = _places_of(text)
    for rank, (kind, pattern) in enumerate(COMPILED_PATTERNS):
        if kind in CHINESE_KINDS and not chinese:
            continue
        if kind in PERIOD_WORDS and not any(word in folded for word in PERIOD_WORDS[kind]):
            continue
        for match in _matches(pattern, text, places):
            at = bisect.bisect_left(starts, match.end())
            if at and found[at - 1].end > match.start():
                continue
            found.insert(at, PeriodMatch(kind, rank, match.start(), match.end(), match))
            starts.insert(at, match.start())
    return found


def _places_of(text: str) -> Callable[[str], list[int]] | None:
    """Where the text, case-folded, writes a word: every place, in order, read once per word;
    None when folding changes the text's length (as "ß" or "İ" does), where places in the
    folded text are not the text's."""
    folded = text.casefold()
    if len(folded) != len(text):
        return None

    @functools.cache
    def places(word: str) -> list[int]:
        found, at = [], folded.find(word)
        while at >= 0:
            found.append(at)
            at = folded.find(word, at + 1)
        return found

    return places


def _matches(
    pattern: regex.Pattern[str], text: str, places: Callable[[str], list[int]] | None
) -> Iterator[regex.Match[str]]:
    """What `pattern.finditer(text)` finds. A pattern of `ANCHORED_PATTERNS` is matched only
    at the places its matches can start (its words' `places`, less their offsets), in order,
    each after the last match found: the first place it matches from a position is where a
    search from there finds it."""
    anchors = ANCHORED_PATTERNS.get(pattern.pattern)
    if anchors is None or places is None:
        yield from pattern.finditer(text)
        return
    starts = {
        at - offset
        for words, offsets in anchors
        for word in words
        for at in places(word)
        for offset in offsets
    }
    end = 0
    for start in sorted(starts):
        if start >= end and (match := pattern.match(text, start)) is not None:
            yield match
            end = match.end()


def _merge_appositions(text: str, matches: list[PeriodMatch]) -> list[PeriodMatch]:
    """One period for "fiscal 2023, the year to March 2024", labelled by the year it ends."""
    merged: list[PeriodMatch] = []
    for match in matches:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and {previous.kind, match.kind} == {"fiscal", "fiscal_end"}
            and APPOSITION.fullmatch(text, previous.end, match.start)
        ):
            ending, named = (
                (previous, match) if previous.kind == "fiscal_end" else (match, previous)
            )
            kept = ending if ending.group("y") else named
            merged[-1] = replace(kept, start=previous.start, end=match.end)
            continue
        merged.append(match)
    return merged


def _clauses(text: str) -> tuple[list[int], list[int]]:
    clauses = read_text(text).clauses()
    return [start for start, _ in clauses], [end for _, end in clauses]


def _comparison_bases(
    text: str, figures: Sequence[Mention], clause_starts: list[int], restating: frozenset[int]
) -> frozenset[int]:
    """The figures a comparison is made against, and their restatements."""
    bases: set[int] = set()
    for index, mention in enumerate(figures):
        clause_start = clause_starts[bisect.bisect_right(clause_starts, mention.start) - 1]
        before = text[max(clause_start, mention.start - 40) : mention.start]
        joined = index in restating or (
            mention.range_group is not None
            and figures[index - 1].range_group == mention.range_group
        )
        if COMPARISON_BASE_BEFORE.search(before) or (joined and index - 1 in bases):
            bases.add(index)
    return frozenset(bases)


def _body_start(text: str) -> int:
    front = FRONT_MATTER.match(text)
    return front.end() if front else 0


def _headline_frame(text: str, doc_date: date | None) -> Resolved | None:
    """For an undated document, the period its headline names ("Tesla's 2021 shows ...")."""
    if doc_date is not None:
        return None
    front = FRONT_MATTER.match(text)
    title = TITLE.search(front.group()) if front else HEADLINE.match(text)
    if title is None:
        return None
    anchor = Anchor(None, None)
    placed = (
        _resolve(m, anchor)
        for m in _period_matches(title.group("title"))
        if m.kind in REFERENCE_KINDS
    )
    return next((p for p in placed if p is not None), None)


WEEKDAY = lazy(ON_WEEKDAY, regex.IGNORECASE)


def names_a_day(words: str) -> bool:
    """Whether period words name the day of the week something happened ("on Thursday"); a
    dated day may end a period ("the half ended January 31") and is not one of these."""
    return WEEKDAY.fullmatch(words) is not None


def counted_from_document_date(words: str) -> bool:
    """Whether period words place a figure by counting from the document's date ("nearly four
    years since", "last year", "in March") rather than by naming a year or counting from a
    year the text names ("in 2001", "the following year")."""
    for rank, (kind, pattern) in enumerate(COMPILED_PATTERNS):
        match = pattern.fullmatch(words)
        if match is None:
            continue
        found = PeriodMatch(kind, rank, 0, len(words), match)
        if kind in ("relative", "years_back"):
            return not _counts_from_reference(found)
        if kind == "quarter":
            return not any(match.groupdict().get(name) for name in ("y", "y2", "fy", "fy2"))
        return kind in DATE_COUNTED_KINDS
    return False


def _counts_from_reference(match: PeriodMatch) -> bool:
    """Whether a period is counted from another the text states ("the following year", "a
    year earlier", "two years later"): written after a figure, it gives that figure a period
    other than the one it is counted from, even when that one stands closer."""
    if match.kind == "relative":
        return (match.group("rel") or "").lower() in (*LATER_YEAR, *EARLIER_YEAR)
    return match.kind == "years_back" and (match.group("dir") or "").lower() in (
        "earlier",
        "before",
        "later",
    )


def _sealed_off(text: str, match: PeriodMatch, mention: Mention, floor: int) -> bool:
    """Whether a period stands inside parentheses that do not hold the figure: "£988m (H1
    2016: £777m)" dates the £777m in them, not the £988m before them."""
    opened = text.rfind("(", floor, match.start)
    if opened < 0 or text.find(")", opened, match.start) >= 0:
        return False
    closed = text.find(")", match.end)
    if closed < 0:
        return False
    return not opened < mention.start < closed


def _is_target(text: str, mention: Mention, clause: tuple[int, int]) -> bool:
    """A forecast or goal: a cue before the figure in its clause, or after it in its comma
    phrase ("$180 billion would raise"), or a deadline ("by 2028")."""
    start, end = clause
    if TARGET_DEADLINE.search(text, start, end) or TARGET_CUES.search(text, start, mention.start):
        return True
    if zh.is_target(text, mention):
        return True
    return _target_after(text, mention, end)


def _target_after(text: str, mention: Mention, clause_end: int) -> bool:
    """A target cue after the figure in its comma phrase: "$180 billion would raise", "the
    $120 billion the banks dangled"."""
    phrase_end = PHRASE_BREAK.search(text, mention.end, clause_end)
    end = phrase_end.start() if phrase_end else clause_end
    return any(
        MEASURED_AGAINST_BEFORE.search(text, mention.end, cue.start()) is None
        for cue in TARGET_CUES.finditer(text, mention.end, end)
    )


def _resolve(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    """The period a match names, with its span and words."""
    resolved = RESOLVERS[match.kind](match, anchor)
    if resolved is None or not resolved.period:
        return resolved
    return replace(resolved, span=resolved.span or _span(match), words=match.match.group(0))


def _span(match: PeriodMatch) -> str:
    """How long the period lasts when the words say: "nine months to September" is 9 months,
    a fiscal or calendar year a year; "" for a month or a moment."""
    if match.kind in ("fiscal", "fiscal_end", "year", "whole_year"):
        return "year"
    if match.kind == "quarter":
        half = match.group("half") or (match.group("qh") or "").upper() == "H"
        return "half" if half else "quarter"
    before = MONTHS_TO_BEFORE.search(match.match.string, max(0, match.start - 40), match.start)
    if before:
        count = before.group("n").lower()
        return f"{NUMBER_WORDS.get(count, count)} months"
    return ""


def _fiscal_end(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    year = match.group("y")
    return Resolved(year, fiscal=True) if year else None


def _fiscal(match: PeriodMatch, anchor: Anchor) -> Resolved:
    year = match.group("y") or ""
    return Resolved(year if len(year) == 4 else f"20{year}", fiscal=True)


def _month(match: PeriodMatch, anchor: Anchor) -> Resolved:
    return Resolved(f"{match.group('y')}-{MONTHS[(match.group('m') or '').lower()]:02d}")


def _year(match: PeriodMatch, anchor: Anchor) -> Resolved:
    return Resolved(match.group("y") or "")


def _month_only(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    """A month named without its year: the latest one up to the document's date."""
    name = match.group("m") or match.group("m2") or ""
    return _latest_month(MONTHS[name.lower()], anchor.doc_date)


def _month_this_year(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    """ "This February": the month of the document's year, before or after its date."""
    if anchor.doc_date is None:
        return None
    return Resolved(f"{anchor.doc_date.year}-{MONTHS[match.group('m').lower()]:02d}")


def _latest_month(month: int, doc_date: date | None) -> Resolved | None:
    if doc_date is None:
        return None
    year = doc_date.year if month <= doc_date.month else doc_date.year - 1
    return Resolved(f"{year}-{month:02d}")


def _quarter(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    """A quarter or half by the month it ends. Without a year of its own, the year of the
    period stated nearby ("For fiscal 2025 ... In the fourth quarter"), else the latest one up
    to the document's date. A fiscal one is counted back from the month fiscal years end."""
    end_month = _quarter_end_month(match)
    if end_month is None:
        return None
    fiscal = bool(match.group("fiscal") or match.group("fiscal2"))
    year_text = match.group("fy") or match.group("fy2") or match.group("y") or match.group("y2")
    relative = (match.group("rel") or "").lower()
    if year_text:
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    elif relative and anchor.doc_date is not None:
        year = anchor.doc_date.year + {"this": 0, "last": -1, "next": 1}[relative]
    elif anchor.placed is not None and not (match.group("m") and anchor.doc_date):
        year, fiscal = anchor.placed.year, anchor.placed.fiscal
    else:
        return _latest_month(end_month, anchor.doc_date)
    if match.group("m") or not fiscal or anchor.fiscal_end_month == 12:
        return Resolved(f"{year}-{end_month:02d}", fiscal)
    months = year * 12 + anchor.fiscal_end_month - 1 - (12 - end_month)
    return Resolved(f"{months // 12}-{months % 12 + 1:02d}", fiscal)


def _quarter_end_month(match: PeriodMatch) -> int | None:
    """The month a quarter or half ends, counted in a year that ends in December."""
    if name := match.group("m"):
        return MONTHS[name.lower()]
    if ordinal := match.group("ord"):
        return QUARTER_ENDS[ordinal.lower()]
    if half := match.group("half"):
        return HALF_ENDS[half.lower()]
    number = int(match.group("n") or 0)
    if (match.group("qh") or "").upper() == "H":
        return 6 * number if number <= 2 else None
    return 3 * number


def _same_period(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    """ "The same period in 2020": the months of the period stated nearby, in that year."""
    reference = anchor.placed
    if reference is None:
        return None
    year = match.group("y")
    return _shifted(reference, 12 * (int(year) - reference.year) if year else -12)


def _shifted(period: Resolved, months: int) -> Resolved:
    """The period `months` later (earlier when negative), at the same precision."""
    if period.month is None:
        return Resolved(str(period.year + months // 12), period.fiscal)
    total = period.year * 12 + period.month - 1 + months
    return Resolved(f"{total // 12}-{total % 12 + 1:02d}", period.fiscal)


def _years_back(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    """ "Eight years earlier" (than the period stated nearby), "almost nine years since" (the
    document's date, placed at the middle of the year the words allow)."""
    count_text = (match.group("n") or "").lower()
    count = int(count_text) if count_text.isdigit() else NUMBER_WORDS[count_text]
    direction = (match.group("dir") or match.group("since") or "").lower()
    if direction in ("earlier", "before", "later"):
        if anchor.placed is None:
            return None
        sign = 1 if direction == "later" else -1
        return Resolved(str(anchor.placed.year + sign * count))
    if anchor.doc_date is None:
        return None
    shift = {"almost": 6, "nearly": 6, "more than": -6, "over": -6}.get(
        (match.group("q") or "").lower(), 0
    )
    months = anchor.doc_date.year * 12 + anchor.doc_date.month - 1 - 12 * count + shift
    return Resolved(str(months // 12))


def _names_a_year(match: PeriodMatch) -> bool:
    """Whether a relative period names a year by counting from the document's date ("last
    year", "this year"): it anchors the ones counted from it ("A year earlier, ...")."""
    return match.kind == "relative" and (match.group("rel") or "").lower() in YEAR_OFFSETS


def _relative(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    relative = (match.group("rel") or "").lower()
    if "quarter" in relative:
        reference = anchor.placed
        return _shifted(reference, -3) if reference and reference.month else None
    if relative in LATER_YEAR:
        return _shifted(anchor.placed, 12) if anchor.placed is not None else None
    if relative in EARLIER_YEAR:
        if anchor.placed is not None:
            return _shifted(anchor.placed, -12)
        relative = "last year"
    doc_date = anchor.doc_date
    if doc_date is None:
        return None
    if relative in YEAR_OFFSETS:
        return Resolved(str(doc_date.year + YEAR_OFFSETS[relative]))
    month = doc_date.year * 12 + doc_date.month - 1 + MONTH_OFFSETS.get(relative, 0)
    return Resolved(f"{month // 12}-{month % 12 + 1:02d}")


def _whole_year(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    """ "For the year": the whole year of the quarter or month stated nearby (fiscal if it
    is); with no such part of a year nearby, another period of the clause decides."""
    placed = anchor.placed
    if placed is None or placed.month is None:
        return None
    year = str(placed.year)
    return Resolved(year, fiscal=placed.fiscal, span="year", words=match.match[0], carried=True)


def _vague(match: PeriodMatch, anchor: Anchor) -> Resolved:
    return UNPLACED


def _since(match: PeriodMatch, anchor: Anchor) -> Resolved | None:
    """ "Since 2009": a state that lasts to the document's date."""
    doc_date = anchor.doc_date
    return Resolved(f"{doc_date.year}-{doc_date.month:02d}") if doc_date else None


def _chinese(match: PeriodMatch, anchor: Anchor) -> Resolved:
    year = anchor.placed.year if anchor.placed else None
    return Resolved(zh.chinese_period(match.kind, match.match, anchor.doc_date, year))


RESOLVERS = {
    **{kind: _chinese for kind, _ in zh.PERIOD_PATTERNS},
    "zh_same_period": _same_period,
    "fiscal_end": _fiscal_end,
    "quarter": _quarter,
    "same_period": _same_period,
    "month": _month,
    "fiscal": _fiscal,
    "year": _year,
    "years_back": _years_back,
    "relative": _relative,
    "day_month": _month_only,
    "bare_month": _month_only,
    "this_month": _month_this_year,
    "vague": _vague,
    "since": _since,
    "whole_year": _whole_year,
}
