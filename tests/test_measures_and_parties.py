"""Different measures, parts, per-share estimates, changes paired with the wrong figures and
another party's figure or date, as other outlets' results stories write them. Every sentence,
company and figure here was invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import claim_for, claims_of

from checker.api import check
from checker.extract import extract_mentions
from checker.link.names import DocumentNames
from checker.link.places import figure_places
from checker.model import HEADLINE
from checker.text import read_text

# An interim report's bullets run into one paragraph, each measure named as the report names
# it: the parent's shareholders' profit, the period's net profit, total comprehensive income,
# the group's revenue, a line's sales, a segment and its corresponding profit. Old readings
# compared them all as one profit and one revenue.
INTERIM = """Dellmore Holdings interim report

Financial Performance - For the six months ended June 30, 2022, Dellmore's unaudited profit \
attributable to shareholders was HKD 1.872 billion, compared to HKD 1.640 billion in 2021. - \
Dellmore's net profit for the six months ended June 30, 2022, was HKD 1,655,310,400, up from \
HKD 1,402,118,950 in the previous year. - Dellmore's total comprehensive income for the six \
months ended June 30, 2022, was HKD 1,964,220,510, compared to HKD 1,311,004,200 in the previous \
year. - Dellmore's basic profit attributable to shareholders for the six months ended June 30, \
2022 was HKD 1,872,400,000. - Dellmore's revenue for the six months ended June 30, 2022, was \
HKD 5,310,992,004. Property Sales and Revenue - Dellmore's total property sales revenue for the \
six months ended June 30, 2022 was HKD 7.2281 billion, up from HKD 5.1032 billion in 2021. - The \
hotel segment generated revenue of HKD 2,118,400,000 in the six months ended June 30, 2022, with \
a corresponding profit of HKD 611,250,300, compared to HKD 1,904,000,000 and HKD 402,118,000 in \
the previous year. Rental Income and Occupancy - Dellmore's total rental income for the six \
months ended June 30, 2022 was HKD 1.3391 billion.
"""
ON = date(2022, 9, 1)


def _check(tmp_path, text: str, on: date) -> list:
    """The findings of a folder holding `text` alone, dated `on`."""
    folder = tmp_path / "run"
    folder.mkdir()
    (folder / "story.md").write_text(text, encoding="utf-8")
    return check([folder], date=on).findings


@pytest.mark.parametrize(
    ("figure", "basis", "measure"),
    [
        ("HKD 1.872 billion", "attributable", ""),
        ("HKD 1.640 billion", "attributable", ""),
        ("HKD 1,655,310,400", "net", ""),
        ("HKD 1,402,118,950", "net", ""),
        ("HKD 1,964,220,510", "comprehensive", ""),
        ("HKD 1,311,004,200", "comprehensive", ""),
        ("HKD 5,310,992,004", "", ""),
        ("HKD 7.2281 billion", "", "line: property sales"),
        ("HKD 5.1032 billion", "", "line: property sales"),
        ("HKD 2,118,400,000", "", "segment"),
        ("HKD 611,250,300", "", "segment"),
        ("HKD 1,904,000,000", "", "segment"),
        ("HKD 402,118,000", "", "segment"),
        ("HKD 1.3391 billion", "", "line: rental"),
    ],
)
def test_each_measure_of_an_interim_report_is_its_own(tmp_path, figure, basis, measure):
    claim = claim_for(tmp_path, INTERIM, figure, on=ON)
    assert (claim.basis, claim.measure) == (basis, measure)


def test_different_measures_of_one_report_are_no_conflict(tmp_path):
    findings = _check(tmp_path, INTERIM, ON)
    assert [(f.rule, f.message) for f in findings] == []


def test_the_same_measure_stated_twice_differently_is_still_a_conflict(tmp_path):
    text = INTERIM.replace(
        "was HKD 1.3391 billion.",
        "was HKD 1.3391 billion. - Dellmore's total rental income for the six months ended June "
        "30, 2022 was HKD 1.6120 billion, the report said. - Dellmore's total rental income for "
        "the six months ended June 30, 2022 was HKD 1.3391 billion, its chairman said.",
    )
    findings = _check(tmp_path, text, ON)
    assert [(f.rule, "HKD 1.6120 billion" in f.message) for f in findings] == [
        ("figure-conflict", True)
    ]


@pytest.mark.parametrize(
    ("text", "figure", "basis"),
    [
        # The cue is of the second figure's phrase only.
        (
            "Tarrow's operating income was 412.5 billion yen, and net income attributable to "
            "Tarrow Group stood at 301.2 billion yen.",
            "412.5 billion yen",
            "operating",
        ),
        (
            "Tarrow's operating income was 412.5 billion yen, and net income attributable to "
            "Tarrow Group stood at 301.2 billion yen.",
            "301.2 billion yen",
            "attributable",
        ),
        ("Tarrow earned $2.9 billion attributable to shareholders in 2022.", "$2.9 billion", ""),
        ("Tarrow's attributable profit rose to $2.9 billion in 2022.", "$2.9 billion", ""),
        ("星河电器2022年归母净利润18.42亿元。", "18.42亿元", "attributable"),
    ],
)
def test_attributable_is_the_figures_own_phrase(tmp_path, text, figure, basis):
    claim = claim_for(tmp_path, text, figure)
    expected = basis or "attributable"
    assert claim.basis == expected


def test_a_headline_repeating_the_attributable_amount_takes_its_period(tmp_path):
    text = (
        "星河电器：2022年净利润18.42亿元 同比增长\n\n"
        "星河电器3月5日披露年报，2022年实现归母净利润18.42亿元。\n"
    )
    first = claims_of(tmp_path, text, on=date(2023, 3, 6))[0]
    assert first.period == "2022"


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # The noun right after the figure is its own.
        (
            "Automotive sales made up the bulk of the $61.2 billion in total revenue.",
            "$61.2 billion",
            "",
        ),
        (
            "Corvane booked $4.1 billion in advertising revenue.",
            "$4.1 billion",
            "line: advertising",
        ),
        ("Its $2 billion subscription revenue grew.", "$2 billion", "line: subscription"),
        ("Corvane's revenue rose to $9.3 billion in 2022.", "$9.3 billion", ""),
        # A sentence turning to the whole is no longer about the part.
        (
            "The retail division made $40m in profit, while the group made $130m.",
            "$130m",
            "",
        ),
        (
            "The retail division made $40m in profit, against $31m a year earlier.",
            "$31m",
            "segment",
        ),
    ],
)
def test_a_line_or_part_is_the_figures_own(tmp_path, text, figure, measure):
    assert claim_for(tmp_path, text, figure).measure == measure


def test_a_common_noun_section_label_is_no_company(tmp_path):
    text = (
        "Results Overview - For 2022, Quillon's revenue was $3.1 billion. Dividends and "
        "Shareholder Returns - The board declared $0.40 a share.\n\n**Key Highlights**\n\n"
        "Quillon said it would grow."
    )
    names = DocumentNames.of(read_text(text).flat)
    written = set(names.in_span(text, 0, len(text)))
    assert "Quillon" in written
    assert not written & {"Results Overview", "Dividends", "Shareholder Returns", "Key Highlights"}


def test_a_company_written_as_a_label_stays_a_company(tmp_path):
    text = "Brennock Lumen - The company said revenue was $3.1 billion, Brennock Lumen added."
    names = DocumentNames.of(text)
    assert "Brennock Lumen" in names.in_span(text, 0, len(text))


ZH_PART = """星河电器昨日晚间公布了2023年上半年业绩报告。\
报告显示，今年上半年星河电器营收1520.36亿元，同比增长31.2%。

其中，空调业务营收1184.20亿元，同比增长40.5%；空调业务毛利率22.1%。
"""


def test_a_part_that_qiizhong_opens_is_no_group_figure(tmp_path):
    claim = claim_for(tmp_path, ZH_PART, "1184.20亿元", on=date(2023, 8, 30))
    assert claim.metric == "other"
    assert _check(tmp_path, ZH_PART, date(2023, 8, 30)) == []


def test_qiizhong_before_a_shorter_period_keeps_the_companys_metric(tmp_path):
    text = (
        "星河电器上半年实现营收412.8亿元，同比增长10%。其中，第二季度，星河电器实现营收221.5亿元。"
    )
    assert claim_for(tmp_path, text, "221.5亿元").metric == "revenue"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "星河电器昨日公布了业绩报告。报告显示营收1520.36亿元。\n\n其中，空调业务营收1184.20亿元。\n",
            False,
        ),
        ("星河电器营收1520.36亿元\n\n报告显示，星河电器营收1520.36亿元。\n", True),
        ("Quillon buys Brenna for $3bn\n\nQuillon agreed to pay $3bn for Brenna.\n", True),
    ],
)
def test_a_first_paragraph_of_sentences_is_no_headline(text, headline):
    assert (HEADLINE in figure_places(text, extract_mentions(text, "note.md"))) == headline


EPS = """Quorvel Systems' Q3 results

Quorvel Systems fell short of estimates with EPS of $2.16 a share and revenues of $14.71 \
billion. Analysts were expecting EPS of $2.20 a share and revenues of $15.02 billion. The \
estimates of 14 analysts ranged from profit of $2.05 to profit of $2.31.
"""


@pytest.mark.parametrize("figure", ["$2.05", "$2.31"])
def test_estimates_continuing_per_share_figures_are_per_share(tmp_path, figure):
    claim = claim_for(tmp_path, EPS, figure)
    assert claim.metric == "other"
    assert claim.evidence_for("metric").resolver == "continued_per_share"


def test_per_share_estimates_are_no_lost_magnitude(tmp_path):
    assert _check(tmp_path, EPS, date(2021, 10, 20)) == []


def test_a_profit_far_from_per_share_figures_keeps_its_metric(tmp_path):
    text = (
        "Quorvel Systems earned $2.16 a share in 2022.\n\nThe board met in May to review the "
        "plan.\n\nQuorvel's annual profit was $2.3 in 2022, it said."
    )
    assert claim_for(tmp_path, text, "$2.3").metric == "profit"


def test_a_rise_to_a_level_named_in_words_is_not_paired_with_the_open(tmp_path):
    text = (
        "Brantley Energy hit a record high of ₹1,248 on Friday. Brantley Energy shares opened "
        "at ₹1210.40 against a previous close of ₹1208.90 and soon rose 3.1 per cent to a "
        "record high."
    )
    assert _check(tmp_path, text, date(2021, 10, 20)) == []


def test_a_rise_to_a_figure_is_still_checked(tmp_path):
    text = (
        "Brantley Energy shares opened at ₹1210.40 and soon rose 9.1 per cent to ₹1248.00 "
        "from ₹1208.90."
    )
    findings = _check(tmp_path, text, date(2021, 10, 20))
    assert [f.rule for f in findings] == ["change-mismatch"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Sales rose to Rs. 5120.40 crore last year.A modest rise of 6.10% was recorded.",
            ["Sales rose to Rs. 5120.40 crore last year.", "A modest rise of 6.10% was recorded."],
        ),
        (
            "It rose in crore.Operating profit surged.",
            ["It rose in crore.", "Operating profit surged."],
        ),
        ("U.S.A sales and Amazon.Com rose 3.5 per cent.", None),
        ("He cited e.g.The Brennock case.", None),
    ],
)
def test_a_full_stop_glued_to_a_capital_ends_a_sentence(text, sentences):
    passage = read_text(text)
    found = [text[s.start : s.end].strip() for s in passage.sentences]
    assert found == (sentences or [text])


def test_a_glued_sentence_break_keeps_a_change_with_its_own_figures(tmp_path):
    text = (
        "Brantley's revenue zoomed 18.20% to Rs. 5120.40 crore for the quarter as compared to "
        "Rs. 4332.00 crore a year earlier.A slim rise of 6.10% was recorded in the Net profit to "
        "Rs. 810.20 crore From Rs. 763.60 crore."
    )
    assert _check(tmp_path, text, date(2021, 10, 20)) == []


VALUATIONS = """Motorvia becomes a unicorn

Motorvia has raised $180 million at a valuation of about $1.3 billion, people said on Tuesday.

The round made Motorvia the second used-car platform to reach a $1 billion valuation this year.

Last month, Zipcart raised $300 million. The investment nearly doubled Zipcart's valuation \
from $1 billion last November to almost $1.9 billion.
"""


def test_a_possessive_names_whose_valuation_it_is(tmp_path):
    claims = [c for c in claims_of(tmp_path, VALUATIONS, on=date(2021, 10, 13))]
    last_billion = [c for c in claims if c.mention.text == "$1 billion"][-1]
    assert last_billion.entity == "Zipcart"
    assert last_billion.period == "2020-11"


def test_a_bid_named_by_its_bidder_stays_the_targets(tmp_path):
    text = (
        "Brenna Mining rejects bid\n\nA report from investment firm Harlow Partners values "
        "Brenna Mining shares at A$7.17 to A$8.24, against Quillon's bid of A$6.35 a share.\n"
    )
    claim = claim_for(tmp_path, text, "A$6.35")
    assert (claim.entity, claim.counterparty) == ("Brenna Mining", "Quillon")


LISTING = """Norvane raises US$14.2 billion in record listing

Norvane Petroleum priced its IPO in December 2019, raising US$14.2 billion.

Norvane Petroleum (Norvane) priced its IPO last week, raising US$14.2 billion and beating \
Chinese firm Kestrel's US$13 billion listing in 2016.
"""


def test_a_year_after_the_party_a_figure_beats_is_that_partys(tmp_path):
    claims = claims_of(tmp_path, LISTING, on=date(2019, 12, 20))
    raised = [c for c in claims if c.mention.text == "US$14.2 billion"][-1]
    beaten = next(c for c in claims if c.mention.text == "US$13 billion")
    assert raised.period != "2016"
    assert beaten.period == "2016"
    assert _check(tmp_path, LISTING, date(2019, 12, 20)) == []


def test_a_thing_sold_for_its_price_is_the_figures_subject(tmp_path) -> None:
    text = (
        "Record sales at Harwood Auctions\n\n"
        "Harwood Auctions said the season was its best.\n\n"
        "- Mara Quint's triptych Blue Hours sells for US$88.2 million at Harwood in 2014.\n"
        "- Olek Brandt's Harbour Lights sells for US$61.5 million at Corvel in November 2014.\n"
    )
    entities = [c.entity for c in claims_of(tmp_path, text, date(2015, 3, 1))]
    assert entities[0] != entities[1]
    result = check([tmp_path], date=date(2015, 3, 1), fail_on="never")
    assert [f for f in result.findings if f.rule == "figure-conflict"] == []


def test_a_holding_sold_for_its_price_stays_the_companys(tmp_path) -> None:
    text = "Harwick sold Pell Systems to Orrin for about $450 million in May.\n"
    assert claim_for(tmp_path, text, "$450 million", date(2024, 6, 1)).entity == "Pell Systems"


def test_results_lines_with_fiscal_comparatives_keep_their_measures(tmp_path) -> None:
    text = (
        "Harcourt Stores results\n\n"
        "- Total sales (inc VAT) up 4.6 per cent to £18,420 million (2022/23: £17,610 million)\n\n"
        "- Underlying profit before tax up 6.2 per cent to £541 million (2022/23: £509 million)\n\n"
        "Statutory\n\n"
        "- Revenue (ex VAT) up 4.5 per cent to £16,730 million (2022/23: £16,010 million)\n\n"
        "- Profit before tax down 1.4 per cent to £470 million (2022/23: £477 million)\n"
    )
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    result = check([tmp_path], date=date(2024, 5, 8), fail_on="never")
    assert [f for f in result.findings if f.rule == "figure-conflict"] == []


def test_an_earnings_estimate_after_a_per_share_line_is_per_share(tmp_path) -> None:
    text = (
        "TORONTO - Harlow Bank earned $2.41 billion in its latest quarter.\n"
        "On an adjusted basis, Harlow reported $1.87 in diluted cash earnings per share.\n"
        "Analysts on average had expected a profit of $1.83, according to a survey.\n"
    )
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    result = check([tmp_path], date=date(2024, 5, 24), fail_on="never")
    assert [f for f in result.findings if f.rule == "missing-scale"] == []
