"""Tests for the link stage: whose figure it is, which metric, which period, equivalences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import regex
from helpers import claim_for, claims_of

from checker.api import analyse_document
from checker.corpus import read_corpus
from checker.facts import merge_similar_names
from checker.link.deals import STORY_DEALS, story_deal
from checker.link.metrics import (
    SHARE_PRICE_BASIS,
    SHARE_PRICE_BASIS_ANY,
    VALUE_BASIS,
    VALUE_BASIS_ANY,
)
from checker.link.names import DocumentNames
from checker.link.text import NAME
from checker.model import Document


def read(
    tmp_path: Path, text: str, on: date | None = date(2020, 6, 15), name: str = "article.txt"
) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (document,) = read_corpus([path], date_override=on)
    return document


@pytest.mark.parametrize(
    ("text", "figure", "entity", "counterparty"),
    [
        ("Analysts like Xiaomi's $28 billion plan for AI.", "$28 billion", "Xiaomi", None),
        ("The deal, valuing Uber at $72 billion, closed.", "$72 billion", "Uber", None),
        (
            "Shares of Snowflake jumped. Snowflake raised $3.4 billion.",
            "$3.4 billion",
            "Snowflake",
            None,
        ),
        (
            "On Monday, Toyota paid $500 million for a stake in Uber, a deal Uber welcomed.",
            "$500 million",
            "Uber",
            "Toyota",
        ),
        (
            "This week Facebook will invest $5.7 billion in Jio Platforms, owned by Reliance.",
            "$5.7 billion",
            "Jio Platforms",
            "Facebook",
        ),
        (
            "Shares of Unilever rose after it turned down an offer from Kraft Heinz worth "
            "$143 billion.",
            "$143 billion",
            "Unilever",
            "Kraft Heinz",
        ),
    ],
)
def test_entity_patterns(tmp_path, text, figure, entity, counterparty):
    claim = claim_for(tmp_path, text, figure)

    assert (claim.entity, claim.counterparty) == (entity, counterparty)


@pytest.mark.parametrize(
    ("text", "figure", "entity", "counterparty"),
    [
        (
            "Helix Corp had a strong year. Helix Corp grew again. Vantor Labs, the chip "
            "designer, raised $300 million last week.",
            "$300 million",
            "Vantor Labs",
            None,
        ),
        (
            "On Monday Zenith will invest Rs 9,999 crore ($1.2 billion) in Orion Networks for "
            "a stake.",
            "Rs 9,999 crore",
            "Orion Networks",
            "Zenith",
        ),
        (
            "Acme rallied on Tuesday. Acme gained again. Northwind Traders ended the day at "
            "$12 billion.",
            "$12 billion",
            "Northwind Traders",
            None,
        ),
        (
            "Rivian listed on Wednesday. Rivian shares opened higher, valuing the "
            "electric-truck maker at about $88 billion.",
            "$88 billion",
            "Rivian",
            None,
        ),
        (
            "Jio plans a listing. Jio could raise more than the $3.3 billion Hyundai Motor "
            "India raised in 2024.",
            "$3.3 billion",
            "Hyundai Motor India",
            None,
        ),
        (
            "Gamma has had a busy decade. Last year Beta rejected Acme's £50 billion offer for its "
            "consumer arm.",
            "£50 billion",
            "Beta",
            "Acme",
        ),
        (
            "Unilever rejected the approach. Unilever shares rose on Friday. Kraft Heinz "
            "proposed $50 a share in cash.",
            "$50",
            "Unilever",
            "Kraft Heinz",
        ),
        ("On Wednesday Nvidia overtook Apple as its market value topped $3 trillion.",
         "$3 trillion", "Nvidia", None),
        (
            "The deal gives Nimbus about $1.3 billion: the $483 million Spacco holds in trust "
            "plus an $800 million placement.",
            "$800 million",
            "Nimbus",
            None,
        ),
        (
            "Vodafone's $183 billion acquisition of Mannesmann in 2000 is still the record.",
            "$183 billion",
            "Mannesmann",
            "Vodafone",
        ),
    ],
)  # fmt: skip
def test_clause_level_entity_patterns(tmp_path, text, figure, entity, counterparty):
    claim = claim_for(tmp_path, text, figure)

    assert (claim.entity, claim.counterparty) == (entity, counterparty)


def test_parts_of_a_total_describe_the_totals_company(tmp_path):
    text = (
        "On Monday Helix reported revenue of $10 billion in 2023, split between Cloud Services at "
        "$6 billion and Devices at $4 billion."
    )

    assert {claim_for(tmp_path, text, f).entity for f in ("$6 billion", "$4 billion")} == {"Helix"}


def test_a_transaction_continuing_the_one_before_keeps_its_target(tmp_path):
    text = (
        "Kestrel will invest a further $500 million in Aerion. Kestrel first backed Aerion "
        "in 2020 and has already put $300 million into the company. With the new tranche "
        "its total commitment rises to $800 million."
    )

    for figure in ("$300 million", "$800 million"):
        claim = claim_for(tmp_path, text, figure)
        assert (claim.entity, claim.counterparty) == ("Aerion", "Kestrel")


def test_figure_without_a_name_in_its_sentence_is_the_documents_subject(tmp_path):
    text = (
        "Nvidia became the most valuable chipmaker this year. Nvidia shares rose again.\n\n"
        "Revenue rose to $130.5 billion in fiscal 2025."
    )

    assert claim_for(tmp_path, text, "$130.5 billion").entity == "Nvidia"


def test_title_names_the_documents_subject(tmp_path):
    text = (
        "---\ntitle: Nvidia passes Intel\n---\n\n"
        "Shares in Nvidia rose while those of Intel lagged; Intel fell and Intel slid.\n\n"
        "Sales were $26 billion in the quarter to April 2024."
    )

    assert claim_for(tmp_path, text, "$26 billion").entity == "Nvidia"


def test_a_name_that_only_opens_sentences_counts_when_used_twice(tmp_path):
    text = "Snowflake raised $3.4 billion. Snowflake closed at $253.93 a share."

    assert claim_for(tmp_path, text, "$253.93").entity == "Snowflake"


def test_a_listed_name_after_the_subject_is_not_the_subject(tmp_path):
    text = (
        "Shares in Tesla rose. Tesla joined Apple, Microsoft and Alphabet on Monday as a "
        "company valued at $1 trillion."
    )

    assert claim_for(tmp_path, text, "$1 trillion").entity == "Tesla"


def test_short_form_of_a_long_name_is_one_company(tmp_path):
    text = (
        "A unit, Jio Platforms, sold a stake for Rs 43,574 crore. Later Jio raised "
        "Rs 1,52,056 crore, and investors in Jio cheered."
    )
    claims = claims_of(tmp_path, text)

    # One company, reported by the name the text introduces it with.
    assert {c.entity for c in claims} == {"Jio Platforms"}


def test_long_name_in_another_document_merges_into_the_short_form(tmp_path):
    linked = analyse_document(
        read(tmp_path, "The unit, Jio Platforms, sold shares; investors in Jio paid $5 billion.")
    )
    other = analyse_document(
        read(tmp_path, "The unit, Jio Platforms, raised $6 billion.", name="other.txt")
    ).claims
    claims, merges = merge_similar_names([*linked.claims, *other], linked.short_names)

    assert {c.entity for c in claims} == {"Jio"}
    assert merges == {"Jio Platforms": "Jio"}


def test_misspelling_one_edit_away_merges_into_the_commoner_spelling(tmp_path):
    text = "Shares of Xiaomi rose. Xiaomi raised $1.1 billion; Xiaomi is valued at $45 billion."
    claims = claims_of(tmp_path, text)
    misspelt = analyse_document(
        read(tmp_path, "Shares of Xioami rose: Xioami raised $1 billion.", name="other.txt")
    ).claims
    merged, merges = merge_similar_names([*claims, *misspelt])

    assert merges == {"Xioami": "Xiaomi"}
    assert {c.entity for c in merged} == {"Xiaomi"}
    kept = len(claims)
    assert all(after is before for after, before in zip(merged[:kept], claims, strict=True))
    assert all(after is not before for after, before in zip(merged[kept:], misspelt, strict=True))


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Xiaomi is valued at $45 billion.", "$45 billion", "valuation"),
        ("Uber's $45 valuation looked odd.", "$45", "valuation"),
        ("Snowflake raised $3.4 billion in its listing.", "$3.4 billion", "funding"),
        ("Revenue for the year reached $53.8 billion.", "$53.8 billion", "revenue"),
        ("Net income of $5.5 billion was a record.", "$5.5 billion", "profit"),
        ("Uber lost $1.8 billion in 2018.", "$1.8 billion", "loss"),
        ("Nvidia agreed to invest $5 billion in Intel.", "$5 billion", "investment"),
        ("Telia paid $115 million for 1.4 per cent of Spotify.", "$115 million", "price_paid"),
        ("The stock closed at $41.57 on Friday.", "$41.57", "share_price"),
        ("Free cash flow was $5.0 billion.", "$5.0 billion", "other"),
        ("Telvane ended June with $4.2 billion in cash and investments.", "$4.2 billion",
         "other"),
        ("Telvane holds cash, cash equivalents and short-term investments of $4.2 billion.",
         "$4.2 billion", "other"),
        ("In 2020 it earned $721 million on revenue of $31.5 billion.", "$721 million", "profit"),
        ("It had raised money at the $12.4 billion at which it was valued.", "$12.4 billion",
         "valuation"),
    ],
)  # fmt: skip
def test_metric_cues(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Northwind (NYSE: NWT) shares closed higher. For British investors, the $12 billion "
         "closing value is about £9 billion.", "$12 billion", "market_cap"),
        ("Early this year a group led by Kestrel bought in at just $48 billion.",
         "$48 billion", "valuation"),
        ("Management guided to revenue of about €4.2 billion and operating income of "
         "€548 million.", "€4.2 billion", "revenue"),
        ("Nvidia closed above $3 trillion in stock market value on Wednesday.", "$3 trillion",
         "market_cap"),
        ("Spotify said it paid out a record $10 billion to rights holders.", "$10 billion",
         "other"),
        ("Amazon owns about 20 per cent, a stake now worth roughly $17.6 billion.",
         "$17.6 billion", "other"),
        ("It will lift spending on software by about 40 per cent to $1.7 billion.",
         "$1.7 billion", "other"),
        ("Vodafone's $183 billion acquisition of Mannesmann is still the record.",
         "$183 billion", "price_paid"),
        ("Of that, $1.4 billion went into its Asian offshoots.", "$1.4 billion", "investment"),
        ("Selling 2.5 per cent at $180 billion would raise about $4.5 billion.",
         "$180 billion", "valuation"),
        ("Product revenue was up 38 per cent at $2.67 billion.", "$2.67 billion", "revenue"),
        ("It rejected a $143bn approach from a rival.", "$143bn", "valuation"),
        ("The rescue ends with $2.5 billion of accelerated equity funding from Kestrel.",
         "$2.5 billion", "investment"),
        ("The rupee traded at Rs 76 to the dollar this week.", "Rs 76", "exchange_rate"),
        ("At the issue price Kestrel was valued at about Rs 1.2 lakh crore.",
         "Rs 1.2 lakh crore", "valuation"),
        ("The listing valued Orbix at $4.1 billion after its shares closed up 20%.",
         "$4.1 billion", "valuation"),
        ("The Rs 9,000 crore offering is the largest this year.", "Rs 9,000 crore", "funding"),
        ("Orbix is thought to be offering about $2bn to end the pact.", "$2bn", "other"),
        ("Kestrel launches Rs 6,500 crore QIP.", "Rs 6,500 crore", "funding"),
        ("Orbix completed a $13 billion Series F financing.", "$13 billion", "funding"),
        ("Kestrel Capital led with about $1.3 billion.", "$1.3 billion", "investment"),
        ("EBITDA rose 25% to EUR 992.1 million from EUR 743.0 million.", "EUR 992.1 million",
         "profit"),
        ("The shares sold at the top of a price band of Rs 410 to Rs 432.", "Rs 432",
         "share_price"),
        ("That is double the £12bn that Orbix handed over for it in 2016.", "£12bn", "price_paid"),
    ],
)  # fmt: skip
def test_metric_cues_in_context(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric


def test_comparison_base_takes_the_metric_of_the_figure_compared_with_it(tmp_path):
    text = (
        "Rivian's shares closed their first session at $100.23, valuing the company at nearly "
        "$88 billion, more than five times the $27.6 billion of its last private round."
    )

    assert claim_for(tmp_path, text, "$88 billion").metric == "market_cap"
    assert claim_for(tmp_path, text, "$27.6 billion").metric == "valuation"


def test_private_words_after_the_next_figure_do_not_make_a_market_value_private(tmp_path):
    text = (
        "Snowflake listed in September 2020 at $120 a share and was worth about $70 billion by "
        "the end of its first day, five times the $12.4 billion at which it raised money "
        "privately."
    )

    assert claim_for(tmp_path, text, "$70 billion").metric == "market_cap"
    assert claim_for(tmp_path, text, "$12.4 billion").metric == "valuation"


def test_value_set_by_trading_is_market_cap(tmp_path):
    text = "The shares closed up 5 per cent, valuing Rivian at almost $88 billion."

    assert claim_for(tmp_path, text, "$88 billion").metric == "market_cap"


def test_value_of_a_private_round_stays_valuation(tmp_path):
    text = "The shares closed higher; private trades had valued Spotify at $23.5 billion."

    assert claim_for(tmp_path, text, "$23.5 billion").metric == "valuation"


def test_figure_without_a_cue_continues_the_metric_before_it(tmp_path):
    text = "Nvidia's market value first reached $1 trillion in May 2023 and $2 trillion in 2024."

    assert claim_for(tmp_path, text, "$2 trillion").metric == "market_cap"


@pytest.mark.parametrize(
    ("text", "figure", "period", "explicit"),
    [
        ("Revenue was $9 billion in the third quarter of 2019.", "$9 billion", "2019-09", True),
        ("It raised $2 billion in December 2014.", "$2 billion", "2014-12", True),
        ("It lost $1 billion in 2013.", "$1 billion", "2013", True),
        ("Revenue rose to $8 billion last year.", "$8 billion", "2019", True),
        ("It raised $3 billion in December.", "$3 billion", "2019-12", True),
        ("It raised $3 billion in March.", "$3 billion", "2020-03", True),
        ("As recently as January it was priced at $47 billion.", "$47 billion", "2020-01", True),
        ("The shares closed at $41.57 on Friday.", "$41.57", "2020-06", True),
        ("Xiaomi is valued at $45 billion.", "$45 billion", "2020-06", True),
        ("Xiaomi has $45 billion of cash.", "$45 billion", "2020-06", False),
        ("Profit was ¥5.35 trillion in fiscal 2023, the year to March 2024.", "¥5.35 trillion",
         "2024", True),
        ("Sales rose to $53.8 billion, against $31.5 billion in 2020.", "$53.8 billion", "2020-06",
         False),
    ],
)  # fmt: skip
def test_period_patterns(tmp_path, text, figure, period, explicit):
    claim = claim_for(tmp_path, text, figure)

    assert (claim.period, claim.explicit_period) == (period, explicit)


@pytest.mark.parametrize(
    ("text", "figure", "is_target"),
    [
        ("Lumora expects revenue of $80m in 2020, up from $35m in 2019.", "$80m", True),
        ("Lumora expects revenue of $80m in 2020, up from $35m in 2019.", "$35m", False),
        ("Tarrow forecast a profit of $9m for 2021, compared with $7m in 2019.", "$7m", False),
        ("The price is far below the $120m that bankers dangled in 2019.", "$120m", True),
        ("It expects sales of $5m this year, against $4m forecast in 2019.", "$4m", True),
    ],
)
def test_a_past_comparison_base_in_a_forecast_is_an_actual(tmp_path, text, figure, is_target):
    assert claim_for(tmp_path, text, figure).is_target is is_target


@pytest.mark.parametrize(
    ("figure", "is_target"), [("$12.1 billion", False), ("$11.9 billion", True)]
)
def test_an_analysts_estimate_is_a_target(tmp_path, figure, is_target):
    text = "Kestrel's revenue was $12.1 billion, beating the average estimate of $11.9 billion."
    assert claim_for(tmp_path, text, figure).is_target is is_target


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Each plane lists at about $120m, Corvel said in 2019.", "$120m", "other"),
        ("Kestrel sold 180 million shares at $45 each in 2019.", "$45", "share_price"),
    ],
)
def test_each_is_a_price_per_share_only_after_the_figure(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        (
            "Kestrel reported first-quarter revenue of $9 billion on Thursday.",
            "$9 billion",
            "2020-03",
        ),
        ("Kestrel's shares closed at $41 on Thursday.", "$41", "2020-06"),
        ("Kestrel earned $2m in the half ended January 31.", "$2m", "2020-01"),
    ],
)
def test_a_weekday_is_when_an_amount_earned_over_time_was_reported(tmp_path, text, figure, period):
    assert claim_for(tmp_path, text, figure).period == period


def test_target_is_kept_apart_from_actuals(tmp_path):
    text = "Xiaomi is targeting revenue of $100 billion by 2028."
    claim = claim_for(tmp_path, text, "$100 billion")

    assert claim.is_target
    assert claim.period == "2028"


def test_undated_document_has_no_default_period(tmp_path):
    assert (
        claim_for(tmp_path, "Xiaomi has $45 billion of cash.", "$45 billion", None).period is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi's $28 billion ($200 billion yuan) plan.",
        "It paid 19 million yuan, or about 3 million dollars.",
        "The bid was €10 billion, equivalent to $11 billion.",
        "The $26.5 billion closing value comes to roughly SEK 160 billion.",
    ],
)
def test_equivalence_patterns(tmp_path, text):
    linked = analyse_document(read(tmp_path, text))
    first, second = linked.claims

    assert [(r.kind, r.figures) for r in linked.relations if r.kind == "equivalence"] == [
        ("equivalence", (first.figure_id, second.figure_id))
    ]
    assert (second.entity, second.metric) == (first.entity, first.metric)


def test_two_figures_in_a_list_are_not_equivalent(tmp_path):
    linked = analyse_document(read(tmp_path, "It raised $5 billion and $3 billion."))

    assert not [r for r in linked.relations if r.kind == "equivalence"]


@pytest.mark.parametrize(
    ("text", "figure", "basis"),
    [
        ("The shares closed at $41.57 on Friday.", "$41.57", "close"),
        ("The stock opened at $42 on Friday.", "$42", "open"),
        ("On a fully diluted count it was worth $82.4 billion.", "$82.4 billion", "fully diluted"),
        ("Toyota became the first to clear ¥5 trillion in profit.", "¥5 trillion", "threshold"),
        (
            "It closed its first day at $100.73, 29 per cent above the offer price.",
            "$100.73",
            "debut",
        ),
        ("The shares were sold at the offer price of $78.", "$78", "offer"),
    ],
)
def test_basis_keeps_different_kinds_of_value_apart(tmp_path, text, figure, basis):
    assert claim_for(tmp_path, text, figure).basis == basis


@pytest.mark.parametrize(
    ("text", "figure", "entity", "counterparty"),
    [
        (
            "Gamma sold its ice cream arm. It is almost nine years since Acme's £143bn approach "
            "was rebuffed.",
            "£143bn",
            None,
            "Acme",
        ),
        ("Last year Beta rejected Acme's £50 billion bid.", "£50 billion", "Beta", "Acme"),
        (
            "Shares rose. Snowflake's $120 offer price was set on Tuesday.",
            "$120",
            "Snowflake",
            None,
        ),
        (
            "Tarn rejected Halden's proposed £2bn offer in March.",
            "£2bn",
            "Tarn",
            "Halden",
        ),
        (
            "Tarn gave up. Its boss, Mr Dunn, grew angry after Halden's £2bn bid failed.",
            "£2bn",
            None,
            "Halden",
        ),
    ],
)
def test_a_bidders_possessive_is_not_the_company_bid_for(
    tmp_path, text, figure, entity, counterparty
):
    claim = claim_for(tmp_path, text, figure)

    assert (claim.entity, claim.counterparty) == (entity, counterparty)


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        ("Following the merger, Larkspur Foods earned $5m in the year.", "$5m", "Larkspur Foods"),
        (
            "TRENTON, May 2 - Commenting on a rise in turnover to $830m, Larkspur Foods said "
            "demand held up.",
            "$830m",
            "Larkspur Foods",
        ),
        ("Citing weak demand, Orchid Mills cut its forecast to $40m.", "$40m", "Orchid Mills"),
        # A company whose name ends in -ing is still one.
        (
            "Pelling on Monday said it earned $12m in the quarter. Pelling employs 900 people.",
            "$12m",
            "Pelling",
        ),
    ],
)
def test_a_participle_opening_a_sentence_is_no_company(tmp_path, text, figure, entity):
    assert claim_for(tmp_path, text, figure).entity == entity


def test_a_datelines_day_is_no_figures_period_but_places_the_clause(tmp_path):
    loss = claim_for(
        tmp_path,
        "HOUSTON, March 4 - Orchid Oil said its loss widened to 57.5 mln dlrs.",
        "57.5 mln dlrs",
        date(1987, 3, 4),
    )
    assert loss.evidence_for("period") is None or loss.evidence_for("period").words != "March 4"
    gain = claim_for(
        tmp_path,
        "CHICAGO, Oct 19 - Larkspur Corp expects a 3.0 mln dlr gain in the fourth quarter.",
        "3.0 mln dlr",
        date(1987, 10, 19),
    )
    assert gain.period == "1987-12"


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Larkspur made a pre-tax profit of £120m in the year.", "£120m", ""),
        ("Larkspur made a profit before tax of £120m in the year.", "£120m", ""),
        ("Larkspur faces a £120m tax bill.", "£120m", "tax"),
    ],
)
def test_pre_tax_names_a_basis_not_a_tax_bill(tmp_path, text, figure, measure):
    assert claim_for(tmp_path, text, figure).measure == measure


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Halden's £3bn offer for SGX was rejected. The SGX's board met on Monday.", "SGX"),
        ("Halden raised £3bn when it listed on the SGX, and Halden's shares rose.", "Halden"),
    ],
)
def test_an_exchange_written_as_an_owner_is_a_company(
    tmp_path: Path, text: str, entity: str
) -> None:
    assert claim_for(tmp_path, text, "£3bn").entity == entity


def test_a_full_name_ending_in_a_persons_surname_is_a_person(tmp_path):
    text = (
        "Talks with Beta\n\nAcme Robotics bosses have held talks with Beta Systems, its chief "
        "has said. Mr Holloway was upbeat.\n\nJane Holloway met Beta chief executive Tom Reed "
        "amid rumours the German group may raise its bid to £1.5bn from its initial £1.3bn "
        "offer.\n"
    )
    assert claim_for(tmp_path, text, "£1.5bn").entity == "Beta"


@pytest.mark.parametrize(
    ("text", "figure", "share_price"),
    [
        ("Larkspur closed in New York last night at 64 dlrs, down 2 dlrs.", "64 dlrs", True),
        ("Larkspur closed its first day of trading at $38.20.", "$38.20", True),
        (
            "Amounts in 2017 include write-offs of $1.4 related to stores closed in "
            "connection with the sale of the markets.",
            "$1.4",
            False,
        ),
        ("The deal closed in March, and Larkspur paid $2.1 in fees.", "$2.1", False),
    ],
)
def test_only_a_market_that_closes_at_a_level_makes_a_share_price(
    tmp_path, text, figure, share_price
):
    assert (claim_for(tmp_path, text, figure).metric == "share_price") is share_price


def test_a_name_never_runs_past_a_full_stop_or_a_blank_line(tmp_path):
    text = "Acme bought Beta for $5bn in March.\n\nAcme paid $5bn for data startup Beta in March.\n"
    claims = claims_of(tmp_path, text, date(2024, 4, 1))
    assert [(c.entity, c.counterparty) for c in claims] == [("Beta", "Acme"), ("Beta", "Acme")]


@pytest.mark.parametrize("name", ["U.S. Steel", "J.P. Morgan"])
def test_a_stop_after_an_initial_continues_a_name(name):
    assert regex.fullmatch(NAME, name) is not None


@pytest.mark.parametrize("name", ["L'Ombrine", "D’Arvella Group"])
def test_an_elided_article_opens_a_name(name):
    assert regex.fullmatch(NAME, name) is not None


@pytest.mark.parametrize("words", ["OSHMAN'S", "I'M", "don't", "Acme's"])
def test_a_possessive_or_a_contraction_is_no_elided_article(words):
    assert regex.fullmatch(NAME, words) is None


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        ("The start-up vQuill has raised $40 million, which values vQuill at $300 million.",
         "$300 million", "vQuill"),
        ("Harwick said vQuill's revenue was $12 million last year, up from $7 million.",
         "$12 million", "vQuill"),
        ("Harwick valued the marketplace 42andUp at $2 billion, and 42andUp agreed.",
         "$2 billion", "42andUp"),
    ],
)  # fmt: skip
def test_a_name_starting_in_lower_case_is_a_company_where_used_as_one(
    tmp_path, text, figure, entity
):
    assert claim_for(tmp_path, text, figure).entity == entity


def test_a_word_with_an_inner_capital_not_used_as_a_name_is_none(tmp_path):
    text = "Harwick's sales of iWidget handsets reached $3 billion, Harwick said."
    assert claim_for(tmp_path, text, "$3 billion").entity == "Harwick"
    assert "iWidget" not in DocumentNames.of(text).vocabulary


def test_a_nationality_before_a_word_in_lower_case_is_no_company(tmp_path):
    text = (
        "Corvane had a record year. Corvane's chief executive said so, and Corvane's shares "
        "rose. The Swiss group booked sales of CHF 8.4 billion, helped by Israeli buyers."
    )
    assert claim_for(tmp_path, text, "CHF 8.4 billion").entity == "Corvane"
    assert DocumentNames.of(text).in_span(text, 0, len(text)).count("Swiss") == 0


def test_a_nationality_inside_a_longer_name_stays_part_of_it():
    text = "Shares of Swiss Harrow rose after Swiss Harrow's results. Swiss Harrow said so."
    assert "Swiss Harrow" in DocumentNames.of(text).in_span(text, 0, len(text))


def test_a_name_with_an_elided_article_is_a_company(tmp_path):
    text = (
        "Harwick will sell part of its holding in L'Ombrine this week. L'Ombrine had sales "
        "of €12.5 billion last year, and Harwick's own sales were €40 billion."
    )
    assert claim_for(tmp_path, text, "€12.5 billion").entity == "L'Ombrine"


def test_a_comparison_base_takes_the_measure_of_the_figure_compared_with_it(tmp_path):
    text = (
        "Larkspur Chemie said foreign sales fell to 27.18 billion marks in 1986 from 31.92 "
        "billion in 1985."
    )
    base = claim_for(tmp_path, text, "31.92 billion")
    assert base.measure == "segment"
    evidence = base.evidence_for("measure")
    assert (evidence.resolver, evidence.words, evidence.grade.value) == (
        "comparison_base",
        "foreign sales",
        "inferred",
    )


TABLE_NOTE = """---
date: 2025-11-02
title: Listings
---

Orbix and Kestrel Robotics listed last year.

| Company | IPO price | Raised | Valued at IPO | First-day close |
|---|---|---|---|---|
| Orbix | $21 | $640m | $7.2bn | $25.10 |
| Kestrel Robotics | $18 | $410m | $3.9bn | $17.40 |

Revenue by region for 2024:

| Region | Revenue |
|---|---|
| North America | $1.82bn |
| Latin America | $0.44bn |
"""


@pytest.mark.parametrize(
    ("figure", "entity", "metric", "measure"),
    [
        ("$21", "Orbix", "share_price", ""),
        ("$640m", "Orbix", "funding", ""),
        ("$7.2bn", "Orbix", "valuation", ""),
        ("$25.10", "Orbix", "share_price", ""),
        ("$410m", "Kestrel Robotics", "funding", ""),
        ("$17.40", "Kestrel Robotics", "share_price", ""),
        ("$1.82bn", None, "revenue", "segment"),
        ("$0.44bn", None, "revenue", "segment"),
    ],
)
def test_a_markdown_table_cell_takes_its_column_header_and_row_label(
    tmp_path, figure, entity, metric, measure
):
    claim = claim_for(tmp_path, TABLE_NOTE, figure, name="note.md")
    assert claim.metric == metric
    assert claim.evidence_for("metric").resolver == "table_column_header"
    if entity is not None:
        assert claim.entity == entity
        assert claim.evidence_for("entity").resolver == "table_row_label"
    assert claim.measure == measure


def test_a_year_after_times_dates_the_multiple_base_not_the_price(tmp_path):
    text = "At $45.82 the stock of Orbix trades at roughly 6 times 2024 revenue."
    claim = claim_for(tmp_path, text, "$45.82", date(2025, 10, 1))
    assert claim.period != "2024"


@pytest.mark.parametrize(
    ("text", "per_share"),
    [
        ("Kestrel offered £47 per share. Orbix turned down a £46.50 bid last week.", True),
        ("Kestrel offered £47 per share. Orbix was valued at £44 in its last round.", False),
        ("Kestrel offered £47 per share.\n\nOrbix turned down a £46.50 bid last week.", False),
    ],
    ids=["bid-after-per-share", "valuation-is-not-a-bid", "another-paragraph"],
)
def test_a_bid_of_a_price_per_shares_size_after_one_is_one_too(tmp_path, text, per_share):
    figure = "£46.50" if "£46.50" in text else "£44"
    claim = claim_for(tmp_path, text, figure)
    assert (claim.metric == "share_price") is per_share
    assert (claim.evidence_for("metric").resolver == "parallel_per_share") is per_share


def test_an_investors_own_debt_is_its_own(tmp_path):
    text = (
        "Orbix's owners will ask Kestrel, the buyer of its unit, to repay a loan. State-owned "
        "Kestrel bought the unit for $9.3bn. Kestrel already faces a similar $540m repayment "
        "demand from banks. Orbix said Orbix would sue."
    )
    assert claim_for(tmp_path, text, "$540m").entity == "Kestrel"


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("Its loss of $761m was lower than 2003's $1.2bn loss.", "$1.2bn", "2003"),
        (
            "Revenue rose to $38bn in 2024, but net profit fell to about $1bn, less than half "
            "the previous year's.",
            "$1bn",
            "2024",
        ),
        (
            "Orbix profits compared unfavourably with 2003's 784m euro figure. For the year as "
            "a whole, its operating profits fell 46% to 1.6bn euros.",
            "1.6bn euros",
            "2005-01",
        ),
    ],
)
def test_a_possessive_year_dates_its_comparison_base_alone(tmp_path, text, figure, period):
    assert claim_for(tmp_path, text, figure, date(2005, 1, 15)).period == period


@pytest.mark.parametrize("quarter", ["July-September quarter", "July to September quarter"])
def test_a_quarter_named_by_its_months(tmp_path, quarter):
    text = (
        "For FY24 Orbix reported a net profit of Rs 351 crore. In the "
        f"{quarter}, net profit jumped 389 per cent to Rs 176 crore from Rs 36 crore."
    )
    claim = claim_for(tmp_path, text, "Rs 176 crore", date(2024, 11, 26))
    assert (claim.period, claim.period_span) == ("2024-09", "quarter")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Corvex shares closed at Rs 57, 35% below the Rs 76 IPO price of August.", "Rs 76"),
        ("Corvex shares fell below their $38 issue price on Friday.", "$38"),
        ("The $12.50 listing price gave Corvex a value of $2 billion.", "$12.50"),
    ],
)
def test_the_price_one_share_was_sold_at_is_a_share_price(tmp_path, text, figure):
    assert claim_for(tmp_path, text, figure).metric == "share_price"


@pytest.mark.parametrize("headline", [example for example, _ in STORY_DEALS])
def test_each_story_deal_construction_reads_its_example(headline):
    text = f"{headline}\n\nHarwick said on Monday that Corvane would join it, and Corvane agreed.\n"
    deal = story_deal(text, DocumentNames.of(text))
    assert deal is not None and (deal.target, deal.buyer) == ("Corvane", "Harwick")


TAKEOVER_STORY = """---
date: 2024-02-05
title: "Harwick to buy Corvane for $16.5bn"
---

Harwick agreed on Monday to buy drug maker Corvane for $63.50 a share.

Harwick said the price values the business at $16.5 billion. Lumen, which Harwick looked at
first, was valued at $9 billion.
"""


def test_a_takeover_storys_deal_figures_are_the_targets(tmp_path):
    claims = claims_of(tmp_path, TAKEOVER_STORY, None, "story.md")
    value = next(c for c in claims if c.mention.text == "$16.5 billion")
    assert (value.entity, value.counterparty) == ("Corvane", "Harwick")
    assert value.evidence_for("entity").resolver == "story_deal_target"
    per_share = next(c for c in claims if c.mention.text == "$63.50")
    assert per_share.entity == "Corvane"
    other_company = next(c for c in claims if c.mention.text == "$9 billion")
    assert other_company.entity != "Corvane"


CAPITALS_TAKEOVER_STORY = """---
date: 2024-02-05
title: "HARWICK TO BUY CORVANE FOR $16.5 BILLION IN CASH"
---

HARWICK TO BUY CORVANE FOR $16.5 BILLION IN CASH

Harwick Industries agreed on Monday to buy Corvane, the drug maker, for $63.50 a share.
Harwick said it would pay with cash on hand. Harwick's shares fell 2%, and Harwick's
chief executive called the deal a good fit.
"""


def test_a_capitals_headline_names_the_companies_the_body_writes_in_mixed_case(tmp_path):
    text = CAPITALS_TAKEOVER_STORY
    deal = story_deal(text, DocumentNames.of(text))
    assert deal is not None and (deal.target, deal.buyer) == ("Corvane", "Harwick")
    claims = claims_of(tmp_path, text, None, "story.md")
    headline = [c for c in claims if c.mention.text == "$16.5 BILLION"]
    assert headline and all(
        (c.entity, c.counterparty) == ("Corvane", "Harwick Industries") for c in headline
    )


def test_capitals_are_read_as_the_mixed_case_name_only_when_the_body_writes_one():
    text = "RIVERTON TO BUY CORVANE\n\nHarwick said Corvane would keep its brand.\n"
    names = DocumentNames.of(text)
    assert names.clean_capitals("CORVANE") == "Corvane"
    assert names.clean_capitals("RIVERTON") is None
    assert story_deal(text, names) is None


@pytest.mark.parametrize(
    ("text", "figure", "entity", "counterparty"),
    [
        (
            "Harwick's offer dwarfs the $2.4 billion it paid for valve maker Pell Systems.",
            "$2.4 billion",
            "Pell Systems",
            "Harwick",
        ),
        (
            "Analysts recalled the $700m Vantor spent on Orrin in 2019.",
            "$700m",
            "Orrin",
            "Vantor",
        ),
    ],
)
def test_what_a_relative_clause_says_was_paid_for_is_the_company_bought(
    tmp_path, text, figure, entity, counterparty
):
    claim = claim_for(tmp_path, text, figure)
    assert (claim.entity, claim.counterparty) == (entity, counterparty)
    assert claim.evidence_for("entity").resolver == "paid_for_after"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Harwick will sell 4.1 million Larrow shares back to the group for €2.2 billion.",
         "€2.2 billion"),
        ("Harwick sells 5% of Larrow for €900 million.", "€900 million"),
        ("Harwick agreed to sell its stake in Larrow to Orrin for $1.4 billion.", "$1.4 billion"),
        ("Harwick sold Larrow to Orrin for about $450 million in 2019.", "$450 million"),
    ],
)  # fmt: skip
def test_a_sale_price_is_the_company_sold_not_the_sellers(tmp_path, text, figure):
    claim = claim_for(tmp_path, f"{text} Harwick's shares rose.", figure)
    assert claim.entity == "Larrow"
    assert claim.counterparty in ("Harwick", "Orrin")


COLUMN_OF_TWO_COMPANIES = """---
title: "Opinion: why Harwick should have paid up for Corvane"
---

Harwick walked away from Corvane last year. Harwick said the price was too high, Harwick's
board agreed, and Harwick's shares rose on the news.

This week Corvane showed what it might have been worth. It priced its shares at $31 and
closed its first day at $74. Revenue was $610 million in 2024.

Analysts polled by Tessaly had expected revenue of $580 million for Harwick this year.
"""


def test_a_paragraph_about_another_company_than_the_topic_is_that_companys(tmp_path):
    claims = {c.mention.text: c for c in claims_of(tmp_path, COLUMN_OF_TWO_COMPANIES, None)}
    assert claims["$74"].entity == "Corvane"
    assert claims["$610 million"].entity == "Corvane"
    assert claims["$74"].evidence_for("entity").resolver == "paragraph_subject"


def test_a_company_named_only_after_a_preposition_is_no_paragraph_subject(tmp_path):
    text = COLUMN_OF_TWO_COMPANIES.replace(" for Harwick this year", " this year")
    claims = {c.mention.text: c for c in claims_of(tmp_path, text, None)}
    assert claims["$580 million"].entity != "Tessaly"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Harwick completes $41.2bn Corvane takeover after long fight", "$41.2bn"),
        ("Harwick's $9 billion all-cash Corvane acquisition closed on Monday.", "$9 billion"),
    ],
)
def test_a_deal_value_before_a_name_and_a_deal_noun_is_that_companys(tmp_path, text, figure):
    claim = claim_for(tmp_path, f"{text}. Harwick and Corvane agreed.", figure)
    assert (claim.entity, claim.counterparty) == ("Corvane", "Harwick")
    assert claim.evidence_for("entity").resolver == "deal_for_name"


def test_a_sellers_headline_tells_no_deal_target(tmp_path):
    story = TAKEOVER_STORY.replace(
        "Harwick to buy Corvane for $16.5bn", "Harwick sells Corvane stake"
    )
    claims = claims_of(tmp_path, story, None, "story.md")
    assert all(c.evidence_for("entity").resolver != "story_deal_target" for c in claims)


def test_a_currency_or_magnitude_written_with_a_capital_is_no_company(tmp_path):
    text = (
        "Corvane raised its order book to 112 Mrd. Euro, Corvane said. The Euro weakened "
        "as Corvane's revenue rose to 31,1 Mrd. Euro and the Dollar held.\n"
    )
    claims = claims_of(tmp_path, text, None, "note.md")
    assert {c.entity for c in claims} == {"Corvane"}


AUTHORITY_STORY = """---
date: 2021-10-20
title: "Corvane pays to settle loan case"
---

Corvane agreed to pay about $475 million to settle the case, Corvane said on Tuesday.

The Financial Conduct Authority fined the bank £147 million, while the Justice
Department collects roughly $175 million under a plea by Corvane.
"""


def test_an_authority_that_fines_is_not_the_company_fined(tmp_path):
    claims = {c.mention.text: c for c in claims_of(tmp_path, AUTHORITY_STORY, None, "s.md")}
    fine = claims["£147 million"]
    assert (fine.entity, fine.counterparty) == ("Corvane", "Financial Conduct Authority")
    assert fine.evidence_for("entity").resolver == "authority_not_topic"
    assert claims["$175 million"].entity == "Corvane"


def test_a_line_of_business_in_a_table_row_is_no_company(tmp_path):
    text = (
        "Corvane's sales grew in the quarter, Corvane said.\n\n"
        "| DKK billion | Q3 2023 |\n|---|---|\n| Rare disease | 4.3 |\n| Lumora | 2.1 |\n"
    )
    claims = {c.mention.text: c for c in claims_of(tmp_path, text, None, "t.md")}
    assert claims["4.3"].entity == "Corvane"
    assert claims["2.1"].entity == "Lumora"


def test_a_name_kept_in_lower_case_only_in_a_file_path_is_still_a_name(tmp_path):
    text = (
        '---\ntitle: "notes/companies/lumora.md -- FY25"\n---\n\n'
        "Lumora FY25 (year to March 2025): revenue $1.93 billion, up 3.9% from $1.86 billion.\n"
    )
    claims = claims_of(tmp_path, text, None, "note.md")
    assert {c.entity for c in claims} == {"Lumora"}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Lumora's preferred shares, PETR4 on the exchange, closed at R$36.40.", "R$36.40"),
        ("Revenue of RMB155.2 billion beat RMB152.4 billion, Lumora said.", "RMB155.2 billion"),
        ("FY2025E revenue of RMB 382.0bn is our forecast for Lumora.", "RMB 382.0bn"),
        ("The price band of the Offer for Lumora has been fixed at ₹72 per share.", "₹72"),
    ],
)
def test_codes_and_defined_terms_are_no_company(tmp_path, sentence, figure):
    text = f"Lumora reported results on Monday, Lumora said.\n\n{sentence}\n"
    claim = claim_for(tmp_path, text, figure, name="note.md")
    assert claim.entity == "Lumora"


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("Lumora proposed a final dividend of R$0.91 per share.", "R$0.91", "other"),
        ("Lumora's earnings per share rose to $1.52 a share.", "$1.52", "other"),
        ("Lumora will pay a payout of $6.0 per share this year.", "$6.0", "other"),
        ("Lumora shares closed at $41 a share on Friday.", "$41", "share_price"),
        ("Lumora offered $63.50 a share in cash for Corvane.", "$63.50", "share_price"),
    ],
)
def test_what_a_company_pays_or_earns_per_share_is_no_share_price(
    tmp_path, sentence, figure, metric
):
    assert claim_for(tmp_path, sentence, figure).metric == metric


def test_an_amount_with_a_company_magnitude_is_no_share_price(tmp_path):
    text = (
        "Capital spending will be US$38 billion this year.\n\n"
        "The board is expected to approve a dividend of NT$4.5 per share, up from NT$4, "
        "along with capital appropriations of about 15.25 billion.\n"
    )
    claims = {c.mention.text: c for c in claims_of(tmp_path, text, None, "t.md")}
    assert claims["15.25 billion"].metric == "other"
    assert claims["15.25 billion"].mention.currency is None


def test_rupees_counted_in_crore_lend_no_currency_to_billions(tmp_path):
    text = (
        "Revenue was $19.28 billion, up 3.9%.\n\n"
        "Net profit Rs 26,713 crore vs Rs 26,233 crore; Q4 alone Rs 7,033 crore. Net profit "
        "from large deals totalled 11.6 billion.\n"
    )
    claims = {c.mention.text: c for c in claims_of(tmp_path, text, None, "t.md")}
    assert claims["11.6 billion"].mention.currency is None


@pytest.mark.parametrize(
    "window",
    [
        "the fully diluted value of the startup, before the new money, was",
        "its pre-tax profit for the quarter rose to",
        "shares closed at a record high on their first day of trading at",
        "the group said it would spend on new offices in",
        "reopening and unfinished talks left the offered price",
        "",
    ],
)
def test_one_search_for_any_basis_cue_finds_a_window_each_cue_would(window: str) -> None:
    """`figure_basis` passes over a window its joined cue pattern finds nothing in."""
    for cues, joined in (
        (VALUE_BASIS, VALUE_BASIS_ANY),
        (SHARE_PRICE_BASIS, SHARE_PRICE_BASIS_ANY),
    ):
        each = any(pattern.search(window) for _, pattern in cues)
        assert (joined.search(window) is not None) == each


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # A country or a business city is never the company of a figure.
        (
            "Nigeria fined Mtel N330 billion. Mtel paid $1.7 billion in Lagos.",
            "$1.7 billion",
            "Mtel",
        ),
        (
            "Vexo Air said on Monday that Dubai earned AED 10.9 billion for it.",
            "AED 10.9 billion",
            "Vexo Air",
        ),
        # Capitals glued to digits ("R250" of an amount in rand, "A380") are no company.
        (
            "Mtel is worth about R250 billion, and its A380 order cost $9 billion.",
            "$9 billion",
            "Mtel",
        ),
    ],
)
def test_places_and_codes_are_never_the_company(
    tmp_path: Path, text: str, figure: str, entity: str
) -> None:
    assert claim_for(tmp_path, text, figure).entity == entity


NOTEBOOK_OF_SECTIONS = """---
title: "Harbour notebook: Corvane, Tessaly and Drumlin"
---

Three harbour stories this week. Corvane leads them: Corvane listed in May and Corvane's
shares rose, and Corvane said its order book was full.

## Tessaly

The shipping line reported a record profit of $2.4 billion for the year to June, against
a loss of $310 million the year before.

## The Harwick deal

Harwick agreed to buy the ferry operator in 2021. The operator's revenue was $880 million.

**And Drumlin?**

The port builder priced its listing at $14 a share and raised $620 million.

**Quarrel.** Orrin, which Harwick bought for $3.3 billion last year, is the one that got away.
"""


def test_a_figure_left_to_the_topic_is_the_company_its_section_heading_names(tmp_path):
    claims = {c.mention.text: c for c in claims_of(tmp_path, NOTEBOOK_OF_SECTIONS, None)}
    assert claims["$2.4 billion"].entity == "Tessaly"
    assert claims["$310 million"].entity == "Tessaly"
    assert claims["$2.4 billion"].evidence_for("entity").resolver == "section_heading"
    assert claims["$14"].entity == "Drumlin"
    assert claims["$620 million"].entity == "Drumlin"


def test_a_heading_naming_a_deal_or_a_sentence_naming_another_company_keeps_the_topic(tmp_path):
    claims = {c.mention.text: c for c in claims_of(tmp_path, NOTEBOOK_OF_SECTIONS, None)}
    # "The Harwick deal" names the buyer of a deal, not the section's company.
    assert claims["$880 million"].entity != "Harwick"
    # The sentence names Orrin before the figure: no section's company for it.
    assert claims["$3.3 billion"].evidence_for("entity").resolver != "section_heading"


def test_a_dateline_in_bold_is_no_section_heading(tmp_path):
    text = (
        "**PORT LOUIS** - Corvane rose 12% on its first day, closing at $31. Corvane said "
        "Corvane's order book was full. The stock opened at $29.\n"
    )
    claims = claims_of(tmp_path, text, None)
    assert all(c.evidence_for("entity").resolver != "section_heading" for c in claims)


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        (
            "Much of Corvane's income rests on plans: Vessa Plus costs $20 a month.",
            "$20",
            "Corvane",
        ),
        (
            "Corvane said Corvane's Crew Plus plan for five users now costs $300 a year.",
            "$300",
            "Corvane",
        ),
        (
            "Shares of Corvane rose. Its Gold membership costs Rs 200 a quarter.",
            "Rs 200",
            "Corvane",
        ),
        (
            "Corvane's shares rose. A Helix Pro system, at about $350 million, sold out.",
            "$350 million",
            "Corvane",
        ),
        (
            "Corvane's shares rose. Vessa Arcade, Corvane's subscription service, costs $16.99 a "
            "month.",
            "$16.99",
            "Corvane",
        ),
    ],
)
def test_a_product_plan_or_tier_is_no_company_its_price_is_the_sellers(
    tmp_path, text, figure, entity
):
    assert claim_for(tmp_path, text, figure, None).entity == entity


def test_a_companys_plan_or_a_verb_after_its_name_is_no_product(tmp_path):
    text = (
        "Shares of Harwick rose. The Harwick plan puts $2 billion into ports. "
        "Harwick plans a service that costs $9 a month."
    )
    claims = {c.mention.text: c for c in claims_of(tmp_path, text, None)}
    assert claims["$2 billion"].entity == "Harwick"
    assert claims["$9"].entity == "Harwick"


def test_a_companys_name_up_to_its_legal_suffix_before_a_dash_is_no_dateline(tmp_path):
    text = (
        "ORRIN PLC - FULL YEAR TO 31 MARCH 2024 - DESK NOTES (not for\n"
        "publication as written)\n\n"
        "1. Headline: group net income KES 41.5bn, down 12 per cent.\n"
    )
    claims = claims_of(tmp_path, text, None)
    assert claims[0].entity == "ORRIN"


CALL = """---
date: 2025-02-20
title: "Walmo Q4 earnings call: edited excerpt"
---

*Edited excerpt from Walmo's fourth-quarter earnings call.*

**Dan Miller, President and CEO:** Thanks. Fourth-quarter revenue was $180.6 billion.

**Dan Miller:** Advertising grew to $4.4 billion for the year.
"""


def test_a_speakers_label_is_no_section_heading(tmp_path: Path) -> None:
    claims = claims_of(tmp_path, CALL, None, "call.md")
    assert {c.entity for c in claims} == {"Walmo"}


FILING = """---
date: 2024-11-01
title: "Morgan Chase: management's discussion of third-quarter 2024 results"
---

## Consolidated results of operations

For the three months ended September 30, 2024 and 2023, the Firm reported net income of
$12.9 billion and $13.2 billion, respectively. Card Services earned $3.5 billion.

Total net revenue was $43.3 billion, driven by Card Services and Asset & Wealth Management.
The Firm gave shares to the Morgan Chase Foundation.
"""


def test_a_filer_that_calls_itself_the_firm_is_the_company_its_title_names(
    tmp_path: Path,
) -> None:
    claims = {c.mention.text: c for c in claims_of(tmp_path, FILING, None, "filing.md")}
    assert claims["$12.9 billion"].entity == "Morgan Chase"
    assert claims["$43.3 billion"].entity == "Morgan Chase"
    assert claims["$12.9 billion"].grade("entity").value == "weak"


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Pellor closed up 4%; its STOCK opened lower and rose; shares slid.",
        "Varnel closed at a record; it finished at $12 and ended the day flat.",
        "On its first day of trading, by the end of its first day, the first-day close.",
        "Its stock market value and market capitalization, market capitalisation and value.",
        "Quorin's close was firm; in the session, the closing price and closing value.",
        "Shares in the group have moved sharply; the market remained cautious.",
        "Lorvex was valued at $5 billion in a funding round.",
        "",
    ],
)
def test_a_text_without_the_trading_words_has_no_trading_cue(text: str) -> None:
    from checker.link.metrics import TRADING_CUES, names_trading

    assert names_trading(text) == (TRADING_CUES.search(text) is not None)
