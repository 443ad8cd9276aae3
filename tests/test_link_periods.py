"""Tests for the periods of the link stage: which period a figure's text gives it, how
relative periods resolve, what a sentence carries over to the next, and targets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import claim_for, claims_of

from checker.api import check


def period_of(tmp_path: Path, text: str, figure: str, on: date | None) -> tuple:
    claim = claim_for(tmp_path, text, figure, on, name="article.md")
    return claim.period, claim.explicit_period, claim.inferred_period


@pytest.mark.parametrize(
    ("text", "figure", "on", "expected"),
    [
        pytest.param(
            "It lost $6.75 billion (€6.35 billion) in 2022 on revenue of $1.66 billion.",
            "$6.75 billion", date(2024, 11, 13), ("2022", True, False), id="after-restatement",
        ),
        pytest.param(
            "The prospectus showed revenue of $1.8 billion for 2018 and a net loss of "
            "$1.9 billion.",
            "$1.9 billion", date(2019, 10, 23), ("2018", True, False), id="shared-with-before",
        ),
        pytest.param(
            "In 2018 Toyota put $500 million into Uber at a valuation of $72 billion.",
            "$500 million", date(2024, 10, 3), ("2018", True, False), id="frame-before-figures",
        ),
        pytest.param(
            "The offering raised $11.9 billion, the most since Facebook collected $16 billion "
            "in 2012.",
            "$11.9 billion", date(2021, 11, 11), ("2021-11", False, False),
            id="not-shared-back-across-a-comma",
        ),
        pytest.param(
            "That is eight times the $12.4 billion valuation of its last private round in "
            "February 2020.",
            "$12.4 billion", date(2020, 9, 17), ("2020-02", True, False),
            id="comparison-base-own-period",
        ),
        pytest.param(
            "For fiscal 2025 revenue rose to $130.5 billion from $60.9 billion.",
            "$60.9 billion", date(2025, 3, 1), (None, False, False),
            id="comparison-base-takes-no-other-period",
        ),
        pytest.param(
            "Revenue was $17.7 billion, 65 per cent more than the $10.7 billion of the same "
            "period in 2020, and net income came to $2.3 billion.",
            "$2.3 billion", date(2021, 2, 1), ("2021-02", False, False),
            id="base-period-not-shared-forward",
        ),
        pytest.param(
            "In the fourth quarter, operating income reached €477 million, against a loss of "
            "€75 million in the final quarter of 2023.",
            "€75 million", date(2025, 2, 4), ("2023-12", True, False), id="final-quarter",
        ),
        pytest.param(
            "In the fourth quarter, operating income reached €477 million, against a loss of "
            "€75 million in the final quarter of 2023.",
            "€477 million", date(2025, 2, 4), ("2024-12", True, False),
            id="quarter-without-year-latest-before-date",
        ),
        pytest.param(
            "On 6 February Toyota became the first company worth more than ¥50 trillion, two "
            "weeks after beating the record NTT had set in 1987.",
            "¥50 trillion", date(2024, 5, 8), ("2024-02", True, False),
            id="day-month-within-the-comma-phrase",
        ),
        pytest.param(
            "It made 5.35 trillion yen in fiscal 2023, the year to March 2024, and in February "
            "2023 it became the first company worth more than 50 trillion yen.",
            "50 trillion yen", date(2024, 10, 3), ("2023-02", True, False),
            id="nearer-month-beats-fiscal-year",
        ),
        pytest.param(
            "It made 5.35 trillion yen in fiscal 2023, the year to March 2024, and in February "
            "2023 it became the first company worth more than 50 trillion yen.",
            "5.35 trillion yen", date(2024, 10, 3), ("2024", True, False),
            id="fiscal-year-named-by-its-end",
        ),
        pytest.param(
            "Revenue in the quarter to April more than tripled to $26 billion.",
            "$26 billion", date(2024, 6, 6), ("2024-04", True, False), id="quarter-to-month",
        ),
        pytest.param(
            "In the first half of this year revenue doubled to $1.54 billion.",
            "$1.54 billion", date(2019, 10, 23), ("2019-06", True, False), id="half-year",
        ),
        pytest.param(
            "Rivian lost $994 million in the first half of 2021, against $377 million a year "
            "earlier.",
            "$377 million", date(2021, 11, 11), ("2020-06", True, False),
            id="a-year-earlier-than-the-clause",
        ),
        pytest.param(
            "For the fiscal year to January 2024, sales were $60.9 billion, nearly four times "
            "the $27 billion of the year before.",
            "$27 billion", date(2024, 6, 6), ("2023", True, False), id="the-year-before",
        ),
        pytest.param(
            "In October-December 2020, Jio earned Rs 3,489 crore, up from Rs 3,020 crore in "
            "the previous quarter.",
            "Rs 3,020 crore", None, ("2020-09", True, False), id="previous-quarter",
        ),
        pytest.param(
            "In 2018 Toyota put $500 million into Uber. Eight years earlier it had bought "
            "$50 million of Tesla stock.",
            "$50 million", date(2024, 10, 3), ("2010", True, False), id="years-earlier",
        ),
        pytest.param(
            "It is almost nine years since Kraft Heinz's £143bn approach was rebuffed.",
            "£143bn", date(2025, 12, 9), ("2017", True, False), id="years-since",
        ),
        pytest.param(
            "After a tender at the end of the first quarter, Uber put its value at $62 billion, "
            "and around the turn of the year a group bought in at just $48 billion.",
            "$48 billion", date(2018, 8, 28), (None, False, False), id="time-that-cannot-be-placed",
        ),
        pytest.param(
            "After a tender at the end of the first quarter, Uber put its value at $62 billion, "
            "and around the turn of the year a group bought in at just $48 billion.",
            "$62 billion", date(2018, 8, 28), ("2018-03", True, False),
            id="period-before-beats-period-after-a-comma",
        ),
        pytest.param(
            "Its last private round was in February 2020, when it raised $479 million.",
            "$479 million", date(2020, 9, 17), ("2020-02", True, False), id="when-clause",
        ),
        pytest.param(
            "Analysts expect Helix to beat this year the $5.1 billion it earned in 2023.",
            "$5.1 billion", date(2025, 2, 3), ("2023", True, False),
            id="relative-clause-after-a-definite-figure",
        ),
        pytest.param(
            "Today's price is double the $40 billion at which Helix raised $300 million in "
            "March 2022, and more than the market expected.",
            "$40 billion", date(2025, 2, 3), ("2022-03", True, False),
            id="relative-clause-with-a-figure-inside",
        ),
        pytest.param(
            "Helix expects to earn this year $5.1 billion, which is what it earned in 2023.",
            "$5.1 billion", date(2025, 2, 3), ("2025", True, False),
            id="no-relative-clause-after-an-indefinite-figure",
        ),
        pytest.param(
            "Revenue for the three months to December rose 12.5% to $8.83 billion.",
            "$8.83 billion", date(2024, 1, 24), ("2023-12", True, False),
            id="months-to-a-bare-month",
        ),
        pytest.param(
            "In January, Helix agreed to pay $850m to settle the suit - a sum in line with the "
            "fees it collected in 2003 - and to change its practices.",
            "$850m", date(2005, 1, 15), ("2005-01", True, False), id="dashed-aside-is-a-phrase",
        ),
        pytest.param(
            "That is short of the $64 billion implied last month, when Helix sold its stake.",
            "$64 billion", date(2023, 9, 14), ("2023-08", True, False), id="last-month",
        ),
        pytest.param(
            "Shares were below the $90bn-$100bn band shown to note holders in April.",
            "$90bn", date(2019, 5, 11), ("2019-04", True, False), id="range-shares-its-period",
        ),
    ],
)  # fmt: skip
def test_period_in_the_figures_clause(tmp_path, text, figure, on, expected):
    assert period_of(tmp_path, text, figure, on) == expected


def test_fiscal_quarter_counts_back_from_the_month_the_fiscal_year_ends(tmp_path):
    text = (
        "For fiscal 2025, the year to January 2025, revenue rose to $130.5 billion. In the "
        "fourth quarter, revenue grew to $39.3 billion. Momentum carried into the first "
        "quarter of fiscal 2026, when revenue was $44.1 billion."
    )

    assert period_of(tmp_path, text, "$39.3 billion", None) == ("2025-01", True, False)
    assert period_of(tmp_path, text, "$44.1 billion", None) == ("2025-04", True, False)


def test_calendar_quarter_is_not_shifted_by_another_companys_fiscal_year(tmp_path):
    text = "Nvidia's year to January 2025 was strong. Intel's revenue in Q4 2024 was $14 billion."

    assert period_of(tmp_path, text, "$14 billion", None) == ("2024-12", True, False)


def test_sentence_without_a_period_takes_the_one_before_it_in_its_paragraph(tmp_path):
    text = (
        "SoftBank's involvement goes back to 2017, when it committed $4.4 billion. Of that, "
        "$3 billion bought shares.\n\nThe group holds $2 billion of cash."
    )

    assert period_of(tmp_path, text, "$3 billion", date(2021, 3, 27)) == ("2017", False, True)
    assert period_of(tmp_path, text, "$2 billion", date(2021, 3, 27)) == (
        "2021-03",
        False,
        False,
    )


def test_a_span_up_to_now_is_not_carried_over(tmp_path):
    text = "Facebook has been banned in China since 2009. Xiaomi is now valued at $45 billion."

    assert period_of(tmp_path, text, "$45 billion", None) == (None, False, False)


def test_undated_documents_headline_year_frames_its_figures(tmp_path):
    text = (
        '---\ntitle: "Analyst note: Tesla\'s 2021 shows the operating leverage"\n---\n\n'
        "Cash generation is strong. Automotive sales made up most of the $58.3 billion in "
        "total revenue."
    )

    assert period_of(tmp_path, text, "$58.3 billion", None) == ("2021", False, True)


def test_dated_documents_headline_year_does_not_replace_its_date(tmp_path):
    text = (
        '---\ntitle: "Tesla\'s 2021 shows the operating leverage"\n---\n\n'
        "Automotive sales made up most of the $58.3 billion in total revenue."
    )

    assert period_of(tmp_path, text, "$58.3 billion", date(2022, 2, 1)) == (
        "2022-02",
        False,
        False,
    )


@pytest.mark.parametrize(
    ("text", "figure", "target"),
    [
        ("Tesla was valued at more than $1 trillion, after Hertz said it would buy cars.",
         "$1 trillion", False),
        ("The bid, pitched at $115 billion, would have been the largest takeover.",
         "$115 billion", False),
        ("Selling 2.5 per cent at $180 billion would raise about $4.5 billion.",
         "$180 billion", True),
        ("That is far from the $120 billion that bankers dangled in front of management.",
         "$120 billion", True),
        ("Xiaomi expects revenue of $100 billion.", "$100 billion", True),
    ],
)  # fmt: skip
def test_target_cues_before_the_figure_or_in_its_comma_phrase(tmp_path, text, figure, target):
    assert claim_for(tmp_path, text, figure, date(2021, 10, 26), "article.md").is_target is target


@pytest.mark.parametrize(
    ("text", "figure", "target", "period"),
    [
        # A figure told as an actual of a past period is no forecast, whatever its sentence
        # forecasts.
        ("Brokers expect Veltrona to beat this year the RMB 31.4 billion it earned in 2020.",
         "RMB 31.4 billion", False, "2020"),
        ("Analysts said the $6.12 billion booked in the second quarter was ahead of guidance.",
         "$6.12 billion", False, "2021-06"),
        ("Investors hope Quarrow will top the $40m it raised last year.",
         "$40m", False, "2020"),
        ("The 812.4 billion yen of operating income we earned in fiscal 2019 lets us aim "
         "higher.", "812.4 billion yen", False, "2019"),
        ("Marlin plans to double sales from $2.5bn, what it made in 2019.",
         "$2.5bn", False, "2019"),
        # Still forecasts: no verb of having happened, or no period right after it.
        ("Brokers expect Veltrona to earn RMB 31.4 billion in 2022.",
         "RMB 31.4 billion", True, "2022"),
        ("Brokers expect Veltrona to beat the RMB 31.4 billion it earned, most of it abroad.",
         "RMB 31.4 billion", True, None),
        ("Analysts expect $6.12 billion booked in the second quarter.",
         "$6.12 billion", True, "2021-06"),
        # An actual measured against a forecast after it is no forecast itself.
        ("Adjusted net profit of RMB 21.7bn beat our estimate by 3%.",
         "RMB 21.7bn", False, None),
        ("Sales of $4.05 billion came in ahead of the company's guidance.",
         "$4.05 billion", False, None),
        ("Sales of $4.05 billion would beat the company's guidance.",
         "$4.05 billion", True, None),
    ],
)  # fmt: skip
def test_a_figure_told_as_an_actual_of_a_period_is_no_target(
    tmp_path, text, figure, target, period
):
    claim = claim_for(tmp_path, text, figure, date(2021, 10, 26), "article.md")
    assert claim.is_target is target
    if period is not None:
        assert claim.period == period


def test_a_year_counted_from_the_documents_date_anchors_a_year_earlier(tmp_path):
    text = (
        "---\ndate: 2024-05-02\n---\nOstrava Energy's profit rose 25% to €150m last year. "
        "A year earlier the company made €100m.\n"
    )
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    claims = check([tmp_path]).claims
    assert [(c.mention.text, c.period) for c in claims] == [("€150m", "2023"), ("€100m", "2022")]


def test_a_repeated_amount_keeps_the_period_it_was_stated_with(tmp_path):
    text = (
        "Helix raised $2 billion at a $40 billion valuation in December 2024.\n\n"
        "Its last round, in September 2023, valued it at $25 billion. For British readers, "
        "the $40 billion valuation is about £32 billion.\n"
    )
    claims = [
        c for c in claims_of(tmp_path, text, date(2025, 1, 20), "a.md")
        if c.mention.text == "$40 billion"
    ]  # fmt: skip
    assert [(c.period, c.inferred_period) for c in claims] == [
        ("2024-12", False),
        ("2024-12", True),
    ]
    evidence = claims[1].evidence_for("period")
    assert evidence.resolver == "repeated_figure_period"
    assert "repeats '$40 billion'" in evidence.words
    unrepeated = text.replace("$40 billion valuation in", "$41 billion valuation in")
    assert period_of(tmp_path, unrepeated, "$40 billion", date(2025, 1, 20))[0] == "2023-09"


def test_years_listed_before_figures_respectively_date_them_in_order(tmp_path: Path) -> None:
    text = (
        "For the three months ended September 30, 2024 and 2023, the Firm reported net income "
        "of $12.9 billion and $13.2 billion, respectively, a decrease of 2%.\n"
    )
    on = date(2024, 10, 30)
    first, second = (claim_for(tmp_path, text, f, on) for f in ("$12.9 billion", "$13.2 billion"))
    assert (first.period, second.period) == ("2024-09", "2023-09")
    assert first.period_span == second.period_span == "3 months"
    # "the Firm" is the filer's defined term, no company's name.
    assert first.entity is None


def test_years_ended_a_month_listed_before_figures_are_years(tmp_path: Path) -> None:
    text = (
        "During the years ended December 31, 2019, 2018, and 2017 the Company capitalized "
        "costs of $0.5 million, $0.1 million, and $0.3 million, respectively.\n"
    )
    on = date(2020, 3, 1)
    periods = [claim_for(tmp_path, text, f, on) for f in ("$0.5 million", "$0.3 million")]
    assert [(c.period, c.period_span) for c in periods] == [("2019", "year"), ("2017", "year")]


def test_for_the_year_is_the_whole_year_of_the_quarter_stated_before(tmp_path: Path) -> None:
    text = (
        "Korvo reported a fourth-quarter net loss of $71 million on net sales of $8.1 billion. "
        "Net sales for the year were $23.1 billion.\n"
    )
    on = date(2024, 3, 4)
    year = claim_for(tmp_path, text, "$23.1 billion", on)
    assert (year.period, year.period_span, year.explicit_period) == ("2023", "year", False)
    assert claim_for(tmp_path, text, "$8.1 billion", on).period_span == "quarter"
    found = check([tmp_path], date=on, select=["figure-conflict"], fail_on="never").findings
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Brindle Foods' notes are due in 2027; the loan matures on March 2029 and expires in 2031.",
        "At the turn of the decade Kovra Labs was small; since then, and back then, at one point.",
        "In the year to June 30, 2024 Quillon earned $4m, against the year ended March 2023.",
        "Sales rose in the first-quarter of fiscal 2023 and in the second half; Q3 2024, H1 FY24.",
        "The same period last year, the same quarter of 2021; fiscal year 2022 and FY 23.",
        "Revenue has doubled since the start of 2019 and since March 2020.",
        "THE SAME PERIOD A YEAR AGO; FİSCAL 2023 AND FY2024, DUE İN 2026, SİNCE 2018.",
        "Orvane Motors sold $3bn of cars in May 2022, two years ago; since then it is worth more.",
        "Twelve years earlier, 3 years before, about ten YEARS LATER, nearly two years since.",
        "Selvik was worth $2bn a year before, one year later; before the end of the year, a deal.",
    ],
)
def test_a_kind_searched_only_where_its_words_are_finds_every_period(text, monkeypatch) -> None:
    from checker.link import periods

    guarded = [(m.kind, m.start, m.end) for m in periods._period_matches(text)]
    listed = set(periods.PERIOD_WORDS)
    monkeypatch.setattr(periods, "PERIOD_WORDS", {})
    unguarded = [(m.kind, m.start, m.end) for m in periods._period_matches(text)]

    assert guarded == unguarded
    assert {kind for kind, _, _ in unguarded} & listed


@pytest.mark.parametrize(
    "text",
    [
        "5 May 2020 Tolvane said; on June 3rd and 15 MARCH, in Sept. 30, 2023 and Dec 2019.",
        "May 2021. 3 may; the nine months ended September, the six months to the end of June.",
        "Strasse: Kessler sold 12 Juli... the three months through ſeptember 2022, 7 OCT.",
        "Maybe marching in Octobers; a Mayfair decade; 12 march2020 and 30 Decembers.",
        "Ein Straße: März 2021, 4 June",
        "First quarter, SECOND-QUARTER of fiscal 2023, the fourth quarter 2021; final quarter.",
        "The first half, second-half, the quarter ended 31 March, Q3 2024, h1 FY24, Q2 FY 23.",
        "The July-September quarter, the October to December quarter of 2020; quarterly halves.",
    ],
)
def test_an_anchored_pattern_tried_only_before_its_words_finds_what_a_search_finds(text) -> None:
    from checker.link import periods

    places = periods._places_of(text)
    for pattern in (p for _, p in periods.COMPILED_PATTERNS):
        if pattern.pattern in periods.ANCHORED_PATTERNS:
            found = [m.span() for m in periods._matches(pattern, text, places)]
            assert found == [m.span() for m in pattern.finditer(text)]


def test_a_years_possessive_dates_a_comparison_base_in_a_forecast(tmp_path) -> None:
    text = (
        "Net sales at Varnholm for 2024 were SEK 181.3 billion.\n\n"
        "Consensus has 2025 sales near SEK 185 billion, barely above 2023's SEK 176.0 billion.\n"
    )
    base = claims_of(tmp_path, text, date(2025, 1, 25))[-1]
    assert (base.mention.text, base.period, base.is_target) == ("SEK 176.0 billion", "2023", False)


def test_a_period_in_parentheses_dates_only_the_figures_in_them(tmp_path) -> None:
    text = "Highlights:\nOperating profit up 12% to £640m (H1 2023: £571m)\n"
    claims = claims_of(tmp_path, text, date(2024, 7, 28))
    assert [(c.mention.text, c.period) for c in claims] == [
        ("£640m", "2024-07"),
        ("£571m", "2023-06"),
    ]


def test_a_results_lines_comparative_is_a_base_of_its_lines_measure(tmp_path) -> None:
    text = (
        "Highlights\n\n"
        "Underlying profit before tax $84.2m (2023 - $80.1m)\n\n"
        "Reported profit before tax $61.0m (2023 - $57.9m)\n"
    )
    claims = claims_of(tmp_path, text, date(2024, 3, 1))
    assert [(c.mention.text, c.period, c.basis) for c in claims] == [
        ("$84.2m", "2024-03", "adjusted pretax"),
        ("$80.1m", "2023", "adjusted pretax"),
        ("$61.0m", "2024-03", "pretax"),
        ("$57.9m", "2023", "pretax"),
    ]


def test_a_parenthetical_dated_to_another_period_is_a_comparative(tmp_path) -> None:
    text = "Kestrel Software FY25: revenue Rs 41,250 crore (Rs 38,900 crore in FY24).\n"
    claims = claims_of(tmp_path, text, date(2025, 5, 2))
    assert [(c.mention.text, c.period) for c in claims] == [
        ("Rs 41,250 crore", "2025"),
        ("Rs 38,900 crore", "2024"),
    ]
    result = check([tmp_path], date=date(2025, 5, 2), fail_on="never")
    assert not [r for r in result.relations if r.kind == "equivalence"]


def test_the_digits_of_an_amount_are_no_year(tmp_path) -> None:
    text = "2024年上半年，华岭汽车营收1850.36亿元，其中汽车业务营收2047.85 亿元。\n"
    periods = {c.mention.text: c.period for c in claims_of(tmp_path, text, date(2024, 9, 1))}
    assert "2047" not in {periods["2047.85 亿元"], periods["1850.36亿元"]}


def test_a_figures_parenthetical_closes_the_basis_words_before_it(tmp_path) -> None:
    text = (
        "Highlights:\n"
        "OPERATING PROFIT up 12% to £640M (H1 2023: £571m)\n"
        "Profit after tax up 9% to £498m (H1 2023: £457m)\n"
    )
    bases = [c.basis for c in claims_of(tmp_path, text, date(2024, 7, 28))]
    assert bases == ["operating", "operating", "", ""]
