"""Per-unit amounts, rates, comparison ellipsis, money context and inferred dates, on
invented sentences."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from checker.api import check
from checker.extract import extract_mentions
from checker.link.dates import inferred_window, present_years, reported_years
from checker.money import last_rate_year
from checker.report import render


def findings(tmp_path: Path, text: str, rule: str, on: date | None = None) -> list:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return [f for f in check([tmp_path], date=on, select=[rule]).findings if f.rule == rule]


def claim(tmp_path: Path, text: str, figure: str, on: date | None = None):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return next(c for c in check([tmp_path], date=on).claims if c.mention.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Bidders offered 410 pence-a-share for the grocer.", "410 pence", "share"),
        ("Rents rose to £12 a night at the hostel.", "£12", "night"),
        ("Copper was quoted at $7,100 per tonne.", "$7,100", "tonne"),
        ("Fees went up from £3 to £5 a ticket.", "£3", "ticket"),
        ("Average spending was $85 per visitor.", "$85", "visitor"),
        ("The tickets sold at $20 apiece.", "$20", "item"),
        ("该公司每股发行价为18美元。", "18美元", "股"),
        ("白银报价为7元/克。", "7元", "克"),
        ("Profit was $3bn a month earlier.", "$3bn", None),
        ("It expects 82 cents earnings per share this year.", "82 cents", "share"),
        ("Grain was valued at 6.40 dlrs, up 12 cts a bushel on the week.", "6.40 dlrs", "bushel"),
        ("For every $1 invested, the fund returned $1.40.", "$1", "ratio"),
        ("补贴每投入1元，可带动8元消费。", "1元", "ratio"),
        ("Profit rose to $4bn, up $1bn on the year.", "$4bn", None),
        ("Net income was $38m, or $0.41 per diluted share.", "$0.41", "share"),
        ("The board declared 12p per ordinary share.", "12p", "share"),
        # A share named by its company.
        ("Darrow offered £31.15 per Kessel share in cash.", "£31.15", "share"),
        ("Holders get $48.20 a Brisk Foods share.", "$48.20", "share"),
    ],
)
def test_per_unit_constructions(text, figure, unit):
    mention = next(m for m in extract_mentions(text) if m.text == figure)
    assert mention.per_unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Gadgetco said the new tablet costs $349 in stores.", "$349", "unit_price"),
        ("Brightway bid 275 pence a share for Lumen.", "275 pence", "share_price"),
        ("Gold traded at $1,210 an ounce on Monday.", "$1,210", "unit_price"),
        ("The dollar slipped to 108.4 yen in Tokyo.", "108.4 yen", "exchange_rate"),
        ("At the close, one euro was worth $1.1520.", "$1.1520", "exchange_rate"),
    ],
)
def test_prices_and_rates_are_not_company_figures(tmp_path, text, figure, metric):
    assert claim(tmp_path, text, figure, date(2015, 6, 1)).metric == metric


@pytest.mark.parametrize(
    "text",
    [
        "Planters paid growers £6 a sack, and Harvestco's revenue rose.",
        "Rentco charges $29 a month for the service.",
        "The studio's award came with a $50,000 prize.",
        "Norvale booked a profit of $0.9 million in the quarter.",
        "Norvale's profit was $710,000 in the quarter.",
        "The handset is priced at £339 by Phonely.",
        "Surcharges went from £3.50 to £6 a leg at Skyfly.",
        "Vouchers worth £250 were handed out by the fund.",
        "Crude lost more than $3 to $51.20 on Tuesday.",
    ],
)
def test_missing_scale_spares_prices_small_amounts_and_written_magnitudes(tmp_path, text):
    assert findings(tmp_path, text, "missing-scale", date(2015, 6, 1)) == []


def test_missing_scale_needs_a_stated_company_metric(tmp_path):
    assert findings(tmp_path, "Zentro raised $7 in its funding round.", "missing-scale")
    assert not findings(tmp_path, "Zentro's staff were each worth $7 to it.", "missing-scale")


def test_missing_scale_finds_the_same_digits_with_a_magnitude(tmp_path):
    text = "Korvex's revenue was $3.4 billion last year. Korvex said the $3.4 was a record."
    (finding,) = findings(tmp_path, text, "missing-scale", date(2015, 6, 1))
    assert "$3.4 billion" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The publisher sold 15 million books, and paid €2m in royalties to $5m in fees.",
        "Carmakers sold 4.2 million vehicles in 2014, against $3bn of imports and €1bn.",
        "The country's population rose to 82 million, while its debt was $2bn and €1bn.",
    ],
)
def test_missing_currency_never_fires_on_counts(tmp_path, text):
    assert findings(tmp_path, text, "missing-currency") == []


def test_a_noun_after_a_preposition_makes_no_count_of_a_fine(tmp_path):
    text = (
        "Orbix paid $800 in duties. The regulator fined the company 40 million for misleading "
        "discounts, and the watchdog added a €150m penalty."
    )
    (finding,) = findings(tmp_path, text, "missing-currency")
    assert "'40 million'" in finding.message


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Norvane paid $4.1 billion for Kestrel and €900m for Aldo. Norvane also takes on "
            "about 6.2 billion of Kestrel's net debt.",
            "6.2 billion",
        ),
        (
            "Tessaly raised €30 million and Brightwell raised $45 million. Orlin added 20 "
            "million to its Series B in May.",
            "20 million",
        ),
    ],
)
def test_an_owners_money_noun_and_a_funding_series_make_a_bare_amount_money(tmp_path, text, figure):
    (finding,) = findings(tmp_path, text, "missing-currency", date(2021, 6, 1))
    assert f"'{figure}'" in finding.message


def test_an_owners_count_after_of_stays_a_count(tmp_path):
    text = "Norvane paid $4.1 billion and €900m. It sold 3 million of Kestrel's new phones."
    assert findings(tmp_path, text, "missing-currency", date(2021, 6, 1)) == []


@pytest.mark.parametrize(
    ("text", "figure", "currency"),
    [
        ("Output rose to 3.1 billion francs this year from 2.6 billion. It cost $2m.",
         "2.6 billion", "CHF"),
        ("Profit was 5.2bn rupees ($120m; £64m), against 3.9bn a year earlier.", "3.9bn",
         "INR"),
        ("Sales were 8.1bn euros, compared with 7.4bn. It paid $1m.", "7.4bn", "EUR"),
        ("Its budget swung to a deficit of 61.2 mln dlrs from a surplus of 40.5 mln. It paid €1m.",
         "40.5 mln", "USD"),
        ("Trading showed a loss of 9.3 billion yen against profit 2.1 billion. It paid $1m.",
         "2.1 billion", "JPY"),
    ],
)  # fmt: skip
def test_an_elliptical_amount_takes_its_comparisons_currency(tmp_path, text, figure, currency):
    found = claim(tmp_path, text, figure)
    assert found.mention.currency == currency
    assert found.grade("currency").value == "inferred"


def test_a_bare_amount_compared_with_a_bare_amount_of_a_named_measure_is_not_asked_for(
    tmp_path,
):
    text = "Tax 80.5 mln dlrs vs 70.1 mln, before a special loss 12.4 mln vs profit 3.2 mln."
    assert findings(tmp_path, text, "missing-currency") == []


def test_a_paragraph_that_states_one_currency_for_a_kind_of_amount_settles_it(tmp_path):
    text = (
        "Analysts put its net profit for last year at 3.1 billion HK dlrs. Results are due on "
        "Tuesday. The 1985 net profit was 2.72 billion.\n\nIts US unit earned $145m."
    )
    found = claim(tmp_path, text, "2.72 billion")
    assert (found.mention.currency, found.grade("currency").value) == ("HKD", "inferred")
    assert findings(tmp_path, text, "missing-currency") == []


@pytest.mark.parametrize(
    "text",
    [
        "Its profit was 3 billion yen and its unit's profit $2m. The 1985 profit was 2.7 billion.",
        "Its profit was 3.1 billion yen.\n\nThe 1985 profit was 2.72 billion. It paid $2m.",
        "It paid 3 billion yen for the plant. The 1985 profit was 2.72 billion. It paid $2m.",
    ],
)
def test_a_paragraph_that_mixes_or_lacks_the_kind_of_amount_settles_nothing(tmp_path, text):
    assert findings(tmp_path, text, "missing-currency")


def test_missing_currency_still_fires_in_a_money_context(tmp_path):
    text = "Fees were €4m and $2m. Nordco said it paid 3 million to settle."
    assert findings(tmp_path, text, "missing-currency")


def test_financing_is_a_money_context(tmp_path):
    text = "Kora, which operates in nine countries, added 150 million to its financing."
    assert findings(tmp_path, text, "missing-currency")
    counts = (
        "Kora, which operates in nine countries, has 150 million users after a series of deals."
    )
    assert findings(tmp_path, counts, "missing-currency") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Profits rose in 2011 and sales will double by 2015.", [2011]),
        ("It has grown since 2001. In 2009 it lost money.", [2009]),
        ("The 2012 budget is set. Revenue in May 2010 fell.", [2010]),
        ("Analysts expect growth in 2013. The firm made a loss in 2011.", [2011]),
        ("Turnover peaked in the late 1990s.", []),
    ],
)
def test_reported_years_leave_out_targets_starts_and_plans(text, years):
    assert reported_years(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Its credit lines were extended until March 2016.", []),
        ("Roads are being built ahead of the 2016 Games.", []),
        ("Ostrander hoped to return to profit in 2016.", []),
        ("Ostrander was upbeat about the prospects for 2016.", []),
        ("Its chairman is confident that sales can grow in 2016.", []),
        ("Sales fell in 2015; Ostrander was gloomy about the first half of 2016.", [2015]),
    ],
)
def test_bounds_with_a_month_or_an_article_and_outlooks_are_not_reported_years(text, years):
    assert reported_years(text) == years


@pytest.mark.parametrize(
    "text",
    [
        "The trade deficit for the first nine months of 2011 now stands at £20bn.",
        "Quarrington said pre-tax profits for 2011 rose 12% to £40m.",
        "Quarrington's 2011 results showed a loss of £3m.",
        "Sales of heat pumps in 2011 are up 8% so far.",
        "Exports fell 3% in the last three months of 2011.",
    ],
)
def test_a_year_the_text_speaks_of_as_its_present_dates_it_that_year_or_the_next(text):
    assert present_years(text) == [2011]
    assert inferred_window(text) == (2011, 2012)


@pytest.mark.parametrize(
    "text",
    [
        "Telvanor has recovered well from a banking crisis in 2001.",
        "Zorvex began flying in 2001 and now has three rivals.",
        "Brennick took over in 2001; the firm is now the largest in Wales.",
        "Profits fell in 2001 after a fire at the mill.",
    ],
)
def test_a_present_tense_or_a_present_word_in_another_clause_does_not_date_a_text(text):
    assert present_years(text) == []
    assert inferred_window(text) == (2001, last_rate_year())


def test_a_conversion_in_a_present_year_fails_at_every_rate_of_that_year_and_the_next(tmp_path):
    # £100m is $120m only at the weak pound of the 2020s, never in 2011 or 2012.
    present = "Quarrington said pre-tax profits for 2011 were £100m ($120m)."
    assert [f.severity for f in findings(tmp_path, present, "fx-mismatch")] == ["error"]
    right = "Quarrington said pre-tax profits for 2011 were £100m ($160m)."
    assert findings(tmp_path, right, "fx-mismatch") == []
    recalled = "Quarrington made pre-tax profits of £100m ($120m) in 2011, before the fire."
    assert findings(tmp_path, recalled, "fx-mismatch") == []


def test_no_reported_year_leaves_the_date_unknown():
    assert inferred_window("Nothing happened, and it will in 2030.") is None


def test_an_undated_conversion_never_fails(tmp_path):
    # Wrong at every GBP/USD rate since 1984: an info note, never a failing finding.
    wrong = findings(tmp_path, "Acme paid $100m (£20m) for the plant.", "fx-mismatch")
    assert [finding.severity for finding in wrong] == ["info"]
    # Right at some rate of the history: with no date, nothing to say.
    assert findings(tmp_path, "Acme paid $100m (£62m) for the plant.", "fx-mismatch") == []


def test_an_inferred_date_fails_only_at_every_rate_of_its_window(tmp_path):
    slip = "In 2012 Acme paid $100m (£20m) for the plant."
    fine = "In 2012 Acme paid $100m (£62m) for the plant."
    assert findings(tmp_path, slip, "fx-mismatch")
    assert findings(tmp_path, fine, "fx-mismatch") == []


def test_a_window_checks_two_non_dollar_currencies_at_their_own_cross_rate(tmp_path):
    # 1 EUR stayed under 0.94 GBP from 2012 on, so 100m euros is never £125m; each
    # currency's dollar range taken apart (a strong euro, a weak pound) would allow it.
    slip = "In 2012 Acme paid 100m euros (£125m) for the plant."
    fine = "In 2012 Acme paid 100m euros (£85m) for the plant."
    (finding,) = findings(tmp_path, slip, "fx-mismatch")
    assert (
        "1 EUR = " in finding.explanation
        and " GBP (ECB reference rate, range over 2012-01-01" in (finding.explanation)
    )
    assert findings(tmp_path, fine, "fx-mismatch") == []


def test_an_old_year_the_text_recalls_bounds_its_date_only_from_below(tmp_path):
    recalled = "Under the 1996 charter Acme paid $192m (£100m) for the plant."
    assert inferred_window(recalled)[0] == 1996
    assert inferred_window(recalled)[1] > 2020
    assert findings(tmp_path, recalled, "fx-mismatch") == []


def test_a_year_the_text_plans_for_bounds_its_date_from_above(tmp_path):
    planned = "In 2001 Acme paid $200m (£100m) for the plant. It plans to open it in 2003."
    assert inferred_window(planned) == (2001, 2003)
    assert findings(tmp_path, planned, "fx-mismatch")
    unbounded = "In 2001 Acme paid $200m (£100m) for the plant."
    assert findings(tmp_path, unbounded, "fx-mismatch") == []


def test_a_conversion_in_the_figures_own_past_year_is_checked_at_that_years_rates(tmp_path):
    then = "Acme turned a loss in 2001 into a 100bn yen ($800m) profit the following year."
    assert findings(tmp_path, then, "fx-mismatch", date(2020, 6, 1)) == []
    carried = "Acme made a profit in 2002. It earned 100bn yen ($800m), it said."
    assert findings(tmp_path, carried, "fx-mismatch", date(2020, 6, 1))
    now = "Acme earned 100bn yen ($800m) this year."
    assert findings(tmp_path, now, "fx-mismatch", date(2020, 6, 1))
    wrong_then = "Acme turned a loss in 2001 into a 100bn yen ($300m) profit the following year."
    assert findings(tmp_path, wrong_then, "fx-mismatch", date(2020, 6, 1))


def test_a_year_counted_from_the_documents_date_does_not_excuse_a_conversion(tmp_path):
    counted = "It is nearly four years since Acme made its £50 billion ($58 billion) offer."
    assert findings(tmp_path, counted, "fx-mismatch", date(2025, 12, 9))


def test_a_date_before_any_rate_source_is_not_checked(tmp_path):
    text = "Acme paid $100m (£20m) for the plant."
    assert findings(tmp_path, text, "fx-mismatch", date(1975, 3, 2)) == []


def test_the_report_says_why_a_figure_has_no_rate(tmp_path):
    (tmp_path / "a.txt").write_text("Acme paid $100m (£20m) for the plant.", encoding="utf-8")
    result = check([tmp_path], date=date(1975, 3, 2))
    notes = dict(zip(result.facts["text"], result.facts["rate_note"], strict=True))
    assert notes["$100m"] == ""
    assert "1975-03-02 is before every rate history shipped" in notes["£20m"]
    assert "— (no rate: 1975-03-02 is before" in render(result, "markdown")
    (figure,) = [f for f in json.loads(render(result, "json"))["figures"] if f["text"] == "£20m"]
    assert figure["rate_note"] == notes["£20m"]


def test_a_1987_conversion_is_checked_at_the_older_rate_source(tmp_path):
    text = "Acme paid $100m (£20m) for the plant."
    (finding,) = findings(tmp_path, text, "fx-mismatch", date(1987, 3, 2))
    assert "NBP" in finding.explanation


@pytest.mark.parametrize(
    "text", ["It crossed HK$0 trillion (US$71.3 billion).", "worth $0 billion (about HK$5 billion)"]
)
def test_a_zero_amount_restated_does_not_crash(tmp_path, text):
    (finding,) = findings(tmp_path, text, "fx-mismatch", date(2020, 1, 6))
    assert "one of them is zero" in finding.message


def test_a_range_with_contradictory_markers_is_one_finding_on_the_end_that_writes_them(
    tmp_path,
):
    text = "The fund faces losses of between 25 mln and $30 mln marks on its credits.\n"
    (finding,) = findings(tmp_path, text, "currency-conflict", date(1987, 3, 5))
    assert finding.message.startswith("'$30 mln marks' carries contradictory currency markers")
    assert "'25 mln' takes them as the other end of its range" in finding.explanation
    assert len(finding.figures) == 2


def test_a_figure_with_contradictory_markers_leaves_the_documents_currency_settled(tmp_path):
    text = (
        "Holloway Group said pre-tax profit rose to $54.9 mln stg from 33.4 mln stg on "
        "turnover that lifted to 1.70 billion from 1.13 billion. It holds investments of "
        "47.1 mln stg.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    found = check([tmp_path], date=date(1987, 3, 5)).findings
    assert [f.rule for f in found] == ["currency-conflict"]


def test_an_amount_compared_with_a_contradictory_figure_takes_the_documents_currency(tmp_path):
    text = (
        "Holloway Group said pre-tax profit rose to 54.9 mln stg from 33.4 mln stg. The "
        "placing raised $160.7 mln stg and lifted shareholders' funds to 352 mln. It holds "
        "investments of 47.1 mln stg.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = check([tmp_path], date=date(1987, 3, 11))
    assert [f.rule for f in result.findings] == ["currency-conflict"]
    funds = next(c for c in result.claims if c.mention.text == "352 mln")
    assert funds.mention.currency == "GBP"
    assert "whose markers agree" in funds.mention.currency_note
