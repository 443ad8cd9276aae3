"""The typed records that flow between pipeline stages: documents, mentions, claims, findings."""

from __future__ import annotations

import bisect
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from checker.engine import Rule


# What a figure can measure; "unit_price" is a price per unit or of a product ("$40 an
# ounce"), "exchange_rate" a currency's price in another; "other" is everything else.
METRICS: tuple[str, ...] = (
    "valuation",
    "market_cap",
    "funding",
    "revenue",
    "profit",
    "loss",
    "investment",
    "price_paid",
    "share_price",
    "unit_price",
    "exchange_rate",
    "other",
)

# The first line of every Markdown report, so the corpus reader never checks a report.
# What an amount earned over a span of time measures: a day names when it was reported, not
# the span ("reported revenue of $12.1 billion on Thursday").
EARNED_OVER_TIME = ("revenue", "profit", "loss")
REPORT_HEADING = "# check-figures report"


class Grade(StrEnum):
    """How firmly the text settles one attribute of a figure, strongest first.

    stated: the deciding words are in the figure's own clause ("Xiaomi's revenue in 2024");
    inferred: carried from context (the paragraph's period, a parallel figure's currency,
    a clear document topic); weak: carried from context that is itself doubtful (an
    uncertain document topic, a date guessed from the years a text mentions); unknown:
    nothing settles it.
    """

    STATED = "stated"
    INFERRED = "inferred"
    WEAK = "weak"
    UNKNOWN = "unknown"

    @property
    def strength(self) -> int:
        """3 for stated down to 0 for unknown, so that grades compare with >=."""
        return _GRADE_STRENGTH[self]


_GRADE_STRENGTH = {Grade.STATED: 3, Grade.INFERRED: 2, Grade.WEAK: 1, Grade.UNKNOWN: 0}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why one attribute of a figure has its value: the resolver that decided it, from which
    words, and how firmly (`grade`)."""

    resolver: str
    words: str = ""
    grade: Grade = Grade.STATED


class Qualifier(StrEnum):
    """How a figure bounds the true amount, as the text states it."""

    EXACT = "exact"
    ABOUT = "about"
    NEARLY = "nearly"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    UP_TO = "up_to"
    RANGE_LOW = "range_low"
    RANGE_HIGH = "range_high"


# Qualifiers that bound a figure from above ("up to $3 billion") or from below ("more than
# $10 billion"), leaving its interval open at the other end.
CAP_QUALIFIERS = (Qualifier.UP_TO, Qualifier.LESS_THAN)
FLOOR_QUALIFIERS = (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
OPEN_ENDED_QUALIFIERS = (*CAP_QUALIFIERS, *FLOOR_QUALIFIERS)


@dataclass(frozen=True)
class Document:
    """One decoded input file.

    `text` is the whole decoded file; `plain` is what extraction reads (the same
    string for text and Markdown, the visible text for HTML). `plain_to_text`
    maps each offset of `plain` to its offset in `text` (None means identity).
    `date_window` is the first and last year an inferred date may fall in, when no date
    is stated (`date_grade` inferred).

    A run holds the documents it has analysed packed (`pack`): `text` and `plain` empty and
    kept compressed, the line starts kept; `unpack` gives the texts back.
    """

    path: str
    text: str
    plain: str
    encoding: str
    date: date | None = None
    date_source: str = "unknown"
    date_grade: Grade = Grade.UNKNOWN
    date_window: tuple[int, int] | None = None
    plain_to_text: tuple[int, ...] | None = None
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _packed: tuple[bytes, bytes | None] | None = field(default=None, repr=False, compare=False)

    def pack(self) -> Document:
        """The document with `text` and `plain` compressed (`plain` not again when it is the
        text) and its line starts found, so that line numbers need no text."""
        if self._packed is not None:
            return self
        plain = None if self.plain == self.text else _compressed(self.plain)
        return replace(
            self,
            text="",
            plain="",
            _line_starts=self._line_starts or _line_starts(self.text),
            _packed=(_compressed(self.text), plain),
        )

    def unpack(self) -> Document:
        """The document with its texts, itself when it is not packed."""
        if self._packed is None:
            return self
        text, plain = (None if data is None else _decompressed(data) for data in self._packed)
        return replace(self, text=text, plain=text if plain is None else plain, _packed=None)

    def text_offset(self, plain_offset: int) -> int:
        """Offset in the decoded file of an offset in `plain`."""
        if self.plain_to_text is None:
            return plain_offset
        if plain_offset >= len(self.plain_to_text):
            return len(self.unpack().text)
        return self.plain_to_text[plain_offset]

    def line_column(self, text_offset: int) -> tuple[int, int]:
        """1-based line and column of an offset in the decoded file."""
        starts = self._line_starts or _line_starts(self.text)
        if not self._line_starts:
            object.__setattr__(self, "_line_starts", starts)
        line = bisect.bisect_right(starts, text_offset)
        return line, text_offset - starts[line - 1] + 1


def _compressed(text: str) -> bytes:
    """`text` as compressed UTF-8 (any string, lone surrogates too), at the fastest level:
    every document of a run is packed."""
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def _decompressed(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8", "surrogatepass")


def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    found = text.find("\n")
    while found >= 0:
        starts.append(found + 1)
        found = text.find("\n", found + 1)
    return tuple(starts)


@dataclass(frozen=True)
class SkippedFile:
    """An input path that was not checked, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A monetary figure as written: amount, magnitude and currency markers.

    Offsets are into `Document.plain`. `amount` is in whole units of the
    currency as written ("3,836p" is 38.36). `currency` is the reading the
    evidence supports; `currency_markers` keeps every marker the text attaches
    to the figure, so "$200 billion yuan" has markers ("USD", "CNY"). `per_unit` names
    the unit an amount is priced per when the text says so ("share" for "64 cents a share",
    "ounce" for "$40 an ounce", "股" for "每股25美元"); None for a total.

    A figure read from a results table ("Net 6.7 mln vs 5.1 mln") carries the line's metric
    (`table_metric`, one of METRICS), the table's period as written ("4th qtr", "nine mths",
    "year") and its column (0 for the period reported, 1 for the comparison "vs" period).
    `scale_note` says why a magnitude the figure does not write was applied ("inferred:
    caption '(in thousands)'"). `in_subunits`: the amount is written in pence or cents
    ("220p", "25c"), as prices per share or per item are, never a company's totals.
    """

    path: str
    start: int
    end: int
    text: str
    amount: Decimal
    currency: str | None
    currency_markers: tuple[str, ...] = ()
    currency_note: str = ""
    scale_word: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    precision: Decimal = Decimal(0)
    range_group: int | None = None
    per_unit: str | None = None
    table_metric: str | None = None
    table_period: str | None = None
    table_column: int | None = None
    scale_note: str = ""
    in_subunits: bool = False


# Where a figure stands (`Claim.place`): the headline, or the lead (the body's first sentence).
HEADLINE = "headline"
LEAD = "lead"


@dataclass(frozen=True, slots=True)
class Claim:
    """A mention with what it describes: entity, metric and period.

    `measure` is a finer kind of amount within the metric when the text says ("fine", "tax",
    "claim", "bid", "change", "per_unit", "segment"...); `period_span` how long the period
    lasts ("quarter", "half", "9 months", "year") when the text says; `place` "headline" or
    "lead" (the body's first sentence) when the figure stands there; `event` the kind of event
    the figure tells ("ipo", "fine", "settlement") when its clause or sentence names one
    (`checker.link.events`)."""

    mention: Mention
    figure_id: str
    entity: str | None = None
    counterparty: str | None = None
    metric: str = "other"
    period: str | None = None
    is_target: bool = False
    explicit_period: bool = False
    inferred_period: bool = False
    basis: str = ""
    evidence: tuple[tuple[str, Evidence], ...] = ()
    measure: str = ""
    period_span: str = ""
    place: str = ""
    event: str = ""

    def evidence_for(self, attribute: str) -> Evidence | None:
        """The evidence recorded for `attribute` (entity, counterparty, metric, basis, period,
        currency), or None when no resolver recorded any."""
        for name, item in self.evidence:
            if name == attribute:
                return item
        return None

    def grade(self, attribute: str) -> Grade:
        """The grade of `attribute`: unknown when no resolver recorded evidence for it."""
        item = self.evidence_for(attribute)
        return item.grade if item else Grade.UNKNOWN


@dataclass(frozen=True)
class Relation:
    """A relation the text states between figures: their ids in role order, and the words
    that state it. Each kind (`checker.relations`: Restatement, Sum, Change, Stake,
    Comparison) is a subclass with its own named fields; `kind` names it."""

    kind: ClassVar[str] = "relation"
    figures: tuple[str, ...]
    detail: str


@dataclass(frozen=True, slots=True)
class Deferred:
    """Text kept as the function that writes it and the arguments it writes from, written
    each time it is read: `Deferred(str.upper, ("loss",))` reads as "LOSS"."""

    write: Callable[..., str]
    args: tuple[object, ...]

    def __str__(self) -> str:
        return self.write(*self.args)


class _Text:
    """A finding's text attribute: given as text or as a `Deferred`, read as text. A run's
    hundreds of thousands of findings hold the figures their texts are written from, not
    the finished texts, which a report writes one finding at a time."""

    def __init__(self, default: str | None = None) -> None:
        self._default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = owner.__dict__[f"_{name}"]

    def __get__(self, finding: object, owner: type | None = None) -> str:
        if finding is None:
            if self._default is None:
                raise AttributeError("no default")  # a dataclass field without a default
            return self._default
        value = self._slot.__get__(finding)
        return value if isinstance(value, str) else str(value)

    def __set__(self, finding: object, value: str | Deferred) -> None:
        self._slot.__set__(finding, value)

    def given(self, finding: object) -> str | Deferred:
        """The value as given: text, or the `Deferred` that writes it."""
        return self._slot.__get__(finding)


@dataclass(frozen=True)
class Finding:
    """A rule's verdict on one or more figures, with the evidence that explains it.

    `message`, `explanation` and `quote` may be given as a `Deferred`: they read as the
    text it writes, written when read.
    """

    __slots__ = (
        "_explanation",
        "_message",
        "_quote",
        "column",
        "figures",
        "line",
        "path",
        "rule",
        "severity",
    )
    rule: str
    severity: str
    path: str
    line: int
    column: int
    figures: tuple[str, ...]
    message: str = _Text()  # type: ignore[assignment]
    explanation: str = _Text()  # type: ignore[assignment]
    quote: str = _Text("")  # type: ignore[assignment]

    @property
    def has_quote(self) -> bool:
        """Whether the finding has a quote, without writing a deferred one."""
        given = Finding.__dict__["quote"].given(self)
        return not isinstance(given, str) or bool(given)

    def with_quote(self, quote: str | Deferred) -> Finding:
        """The finding with `quote`, its other texts as given (a deferred one not written)."""
        return Finding(*self._given()[:-1], quote)

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        """Pickled as its constructor's arguments, deferred texts as given."""
        return Finding, self._given()

    def _given(self) -> tuple[object, ...]:
        """The constructor's arguments: the values as given, a deferred text not written."""
        return tuple(
            descriptor.given(self) if isinstance(descriptor, _Text) else descriptor.__get__(self)
            for descriptor in (Finding.__dict__[item.name] for item in fields(Finding))
        )


@dataclass(frozen=True)
class NameMerge:
    """A spelling of a name folded into the commoner one ("Xioami" into "Xiaomi")."""

    variant: str
    name: str
    paths: tuple[str, ...]


@dataclass
class CheckResult:
    """Everything one run produced, handed to the report emitters and the CLI.

    `documents` are packed (`Document.pack`): `unpack` one to read its text.
    `facts` is the fact table (pandas DataFrame), one row per figure; its
    columns are listed in `checker.facts.FIGURE_COLUMNS`, plus `value_base`,
    `value_base_low` and `value_base_high` when `base_currency` is set.
    `rules` are the rules that ran, with their configured severity and parameters.
    `suppressed` counts findings silenced by inline comments or per-file ignores,
    `baselined` those hidden by the baseline, and `baseline_unmatched` the
    baseline entries no finding matched any more.
    """

    documents: list[Document]
    skipped: list[SkippedFile]
    claims: list[Claim]
    relations: list[Relation]
    findings: list[Finding]
    facts: object
    fail_on: str = "error"
    exit_status: int = 0
    merged_names: tuple[NameMerge, ...] = ()
    rules: list[Rule] = field(default_factory=list)
    base_currency: str | None = None
    suppressed: int = 0
    baselined: int = 0
    baseline_unmatched: int = 0

    @property
    def figures(self) -> object:
        """The fact table (pandas DataFrame), one row per figure; the same object as `facts`."""
        return self.facts
