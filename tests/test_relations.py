"""Tests for the arithmetic relations found in text: sums, changes, stakes and comparisons."""

from __future__ import annotations

import pytest

from checker.extract import extract_mentions
from checker.model import Claim, Qualifier, Relation
from checker.relations import (
    Change,
    Comparison,
    DealReference,
    Restatement,
    Stake,
    Sum,
    arithmetic_relations,
    find_relations,
)
from checker.relations.base import read_passage
from checker.relations.references import EVENT_NOUNS
from checker.text import read_text

CHANGE, MULTIPLE, STAKE, SUM = Change.kind, Comparison.kind, Stake.kind, Sum.kind


def relations_of(text: str, metrics: dict[str, str] | None = None) -> list[Relation]:
    """The arithmetic relations of `text`, with figures named by their text."""
    mentions = extract_mentions(text, "doc.md")
    claims = [
        Claim(m, figure_id=m.text, metric=(metrics or {}).get(m.text, "other")) for m in mentions
    ]
    return arithmetic_relations(read_text(text), claims)


def only(text: str, kind: str, metrics: dict[str, str] | None = None) -> Relation:
    """The one relation of `kind` in `text`."""
    found = [r for r in relations_of(text, metrics) if r.kind == kind]
    assert len(found) == 1, found
    return found[0]


def none_of(text: str, kind: str) -> None:
    assert [r for r in relations_of(text) if r.kind == kind] == []


# -- sums --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures", "complete"),
    [
        (
            "The $10 billion fund is made up of $6 billion of equity and $4 billion of debt.",
            ("$10 billion", "$6 billion", "$4 billion"),
            True,
        ),
        (
            "Sales of €9.1 billion were split between Europe at €5.2 billion and Asia at "
            "€3.9 billion.",
            ("€9.1 billion", "€5.2 billion", "€3.9 billion"),
            True,
        ),
        (
            "Revenue of $8 billion, including $3 billion from services, beat forecasts.",
            ("$8 billion", "$3 billion"),
            False,
        ),
        (
            "The plan costs $5 billion, of which $2 billion goes to plants.",
            ("$5 billion", "$2 billion"),
            False,
        ),
        (
            "The bank will get roughly $2 billion of capital: $1.2 billion of shares plus a "
            "$700 million loan.",
            ("$2 billion", "$1.2 billion", "$700 million"),
            True,
        ),
        (
            "The $4.5bn deal will be paid with $3bn in cash and $1.5bn in shares.",
            ("$4.5bn", "$3bn", "$1.5bn"),
            False,
        ),
    ],
    ids=["made-up-of", "split-between", "including", "of-which", "colon-plus", "paid-with"],
)
def test_parts_listed_after_their_total(
    text: str, figures: tuple[str, ...], complete: bool
) -> None:
    relation = only(text, SUM)
    assert relation.figures == figures
    assert relation.complete is complete


def test_a_list_with_an_item_without_an_amount_is_not_complete() -> None:
    relation = only(
        "The $20 billion budget is split between cloud at $8 billion, devices at $9 billion "
        "and services, whose share was not disclosed.",
        SUM,
    )
    assert relation.complete is False


def test_a_count_that_the_amounts_do_not_match_leaves_the_list_incomplete() -> None:
    relation = only(
        "Its $30 billion is allocated to three pillars: $10 billion and $15 billion.", SUM
    )
    assert relation.complete is False


def test_a_colon_without_a_count_or_plus_is_no_list() -> None:
    none_of("Revenue rose to $5 billion: analysts had expected $4 billion and $4.5 billion.", SUM)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Purchases totalled 63.0 billion marks - 44.1 billion of which was intramarginal.",
            ("63.0 billion marks", "44.1 billion"),
        ),
        (
            "The group raised £5bn, £3bn of which came from banks and £2.5bn from bonds.",
            ("£5bn", "£3bn", "£2.5bn"),
        ),
    ],
)
def test_a_part_named_before_of_which_belongs_to_the_total_before_it(text, figures) -> None:
    relation = only(text, SUM)
    assert relation.figures == figures
    assert relation.complete is False


def test_examples_of_the_last_part_leave_the_list_whole() -> None:
    relation = only(
        "The Rs 9,000 crore IPO consisted of a fresh issue of Rs 4,000 crore and an offer for "
        "sale of Rs 5,000 crore by existing shareholders, including Kestrel and Orbix.",
        SUM,
    )
    assert relation.figures == ("Rs 9,000 crore", "Rs 4,000 crore", "Rs 5,000 crore")
    assert relation.complete is True


def test_a_list_of_parts_ends_before_a_comparison() -> None:
    relations = relations_of(
        "Orbix raised $40 billion: $30 billion from Kestrel and the remaining $10 billion from "
        "others, almost double the $157 billion at which it raised money last year."
    )
    (relation,) = [r for r in relations if r.kind == SUM]
    assert relation.figures == ("$40 billion", "$30 billion", "$10 billion")


def test_a_colon_list_that_opens_with_an_amount_breaks_down_the_total() -> None:
    relation = only(
        "Orbix returned $9.5 billion to shareholders in the year: $7 billion in share "
        "repurchases and about $2.5 billion in dividends.",
        SUM,
    )
    assert relation.figures == ("$9.5 billion", "$7 billion", "$2.5 billion")
    assert relation.complete is True


def test_an_addition_after_a_list_closed_by_and_is_left_out_and_leaves_it_incomplete() -> None:
    relation = only(
        "Orbix paid $1.6bn in total for Kestrel: $1.2bn in cash and $0.4bn in shares, plus "
        "$0.3bn it has yet to pay.",
        SUM,
    )
    assert relation.figures == ("$1.6bn", "$1.2bn", "$0.4bn")
    assert relation.complete is False


def test_parts_totalled_after_them() -> None:
    relation = only(
        "It sold $2 billion of bonds, took a $700 million loan and a $300 million grant, "
        "a package worth about $3 billion in total.",
        SUM,
    )
    assert relation.figures == ("$3 billion", "$2 billion", "$700 million", "$300 million")
    assert relation.complete is True


def test_together_refers_to_the_parts_of_the_previous_sentence() -> None:
    relation = only(
        "The rescue has three parts: a $2 billion loan, $1 billion of shares and a $1 billion "
        "guarantee. Together they amount to $4 billion.",
        SUM,
    )
    assert relation.figures == ("$4 billion", "$2 billion", "$1 billion", "$1 billion")


def test_of_that_breaks_down_the_previous_sentence() -> None:
    relation = only(
        "The fund raised $600 million. Of that, $350 million went to software and $200 million "
        "to hardware.",
        SUM,
    )
    assert relation.figures == ("$600 million", "$350 million", "$200 million")
    assert relation.complete is False


def test_parts_of_a_total_named_at_the_start_of_the_sentence() -> None:
    relation = only(
        "Of the $600 million raised, $400 million came from Asia and $300 million from Europe.",
        SUM,
    )
    assert relation.figures == ("$600 million", "$400 million", "$300 million")
    assert relation.complete is False
    none_of("Of the 12 banks on the loan, three lent $1 billion each.", SUM)


def test_a_running_total_adds_the_prior_amount_and_the_increment() -> None:
    text = (
        "Acme will invest a further $150 million in Beta.\n\n"
        "Acme has already put $250 million into the company. With the new money its total "
        "investment rises to $400 million."
    )
    relation = only(text, SUM)
    assert relation.figures == ("$400 million", "$250 million", "$150 million")
    assert relation.complete is True


def test_a_total_among_investors_broken_down_in_the_next_sentence() -> None:
    metrics = dict.fromkeys(["$900 million", "$400 million", "$300 million"], "investment")
    relation = only(
        "The start-up sold shares to two investors for $900 million. Alpha paid $400 million "
        "and Beta $300 million.",
        SUM,
        metrics,
    )
    assert relation.figures == ("$900 million", "$400 million", "$300 million")


def test_a_breakdown_among_investors_needs_money_coming_in() -> None:
    metrics = {"$900 million": "investment", "$400 million": "loss", "$300 million": "loss"}
    text = "Five investors put in $900 million. Alpha lost $400 million and Beta $300 million."
    assert [r for r in relations_of(text, metrics) if r.kind == SUM] == []


def test_a_restatement_is_not_a_part() -> None:
    relation = only(
        "It offered £20 billion ($25 billion), made up of £16 billion in cash and £4 billion "
        "in shares.",
        SUM,
    )
    assert relation.figures == ("£20 billion", "£16 billion", "£4 billion")


# -- changes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures", "stated"),
    [
        pytest.param(
            "Revenue rose 40 per cent to $3.1 billion from $2.8 billion.",
            ("$3.1 billion", "$2.8 billion"),
            40,
            id="to-from",
        ),
        pytest.param(
            "Revenue was $4.12 billion, up 22 per cent from $3.38 billion.",
            ("$4.12 billion", "$3.38 billion"),
            22,
            id="up-from",
        ),
        pytest.param(
            "Sales were $9.4 billion, 30 per cent more than the $7.2 billion of 2021.",
            ("$9.4 billion", "$7.2 billion"),
            30,
            id="more-than",
        ),
        pytest.param(
            "Profit fell 10% from €1.2 billion to €800 million.",
            ("€800 million", "€1.2 billion"),
            -10,
            id="from-to",
        ),
        pytest.param(
            "The price was $36, about 20 per cent below the $45 set earlier.",
            ("$36", "$45"),
            -20,
            id="below",
        ),
        pytest.param(
            "Revenue reached $12.6 billion, against $9.8 billion in 2021, an increase of "
            "29 per cent.",
            ("$12.6 billion", "$9.8 billion"),
            29,
            id="against",
        ),
        pytest.param(
            "Operating profit doubled to ¥900 billion from ¥600 billion.",
            ("¥900 billion", "¥600 billion"),
            100,
            id="doubled",
        ),
        pytest.param(
            "Net income halved to $2 billion from $4.1 billion.",
            ("$2 billion", "$4.1 billion"),
            -50,
            id="halved",
        ),
        pytest.param(
            "Profit more than doubled to $2.1bn last year from $950m.",
            ("$2.1bn", "$950m"),
            100,
            id="period-between",
        ),
        pytest.param(
            "Sales fell by half to $4bn from $8bn.",
            ("$4bn", "$8bn"),
            -50,
            id="by-half",
        ),
        pytest.param(
            "Sales rose by a quarter to $5bn from $4bn.",
            ("$5bn", "$4bn"),
            25,
            id="by-a-quarter",
        ),
        pytest.param(
            "- Operating profit ¥282.5bn, -36.6% (prior year ¥528.9bn).",
            ("¥282.5bn", "¥528.9bn"),
            -36.6,
            id="results-brief-signed-with-bracketed-base",
        ),
        pytest.param(
            "Net revenue rose 12% to €1.2bn (previous year: €1.07bn).",
            ("€1.2bn", "€1.07bn"),
            12,
            id="bracketed-previous-year",
        ),
    ],
)
def test_change_with_both_values_in_the_sentence(
    text: str, figures: tuple[str, str], stated: int
) -> None:
    """A word multiple ("doubled", "halved") between two stated figures is the multiple it
    states (1 + change / 100), any other change its percentage."""
    found = [r for r in relations_of(text) if r.kind in (CHANGE, "multiple")]
    assert len(found) == 1, found
    relation = found[0]
    assert relation.figures == figures
    number = relation.stated
    expected = 1 + stated / 100 if relation.kind == "multiple" else stated
    assert number is not None and float(number.value) == expected
    assert (relation.kind == "multiple") == any(
        word in text for word in ("doubled", "halved", "tripled")
    )


def test_change_reads_precision_and_qualifier_of_the_percentage() -> None:
    text = "It closed at $61.20, almost 22.5 per cent above the $50."
    number = only(text, CHANGE).stated
    assert number is not None
    assert (float(number.value), float(number.precision), number.qualifier) == (
        22.5,
        0.05,
        Qualifier.NEARLY,
    )


def test_change_of_a_previous_sentence_figure() -> None:
    text = (
        "Profit reached a record ¥3.1 trillion.\n\n"
        "The result was up 40 per cent from ¥2.2 trillion."
    )
    relation = only(text, CHANGE)
    assert relation.figures == ("¥3.1 trillion", "¥2.2 trillion")
    assert relation.anchor is True


def test_the_antecedent_skips_thresholds_and_restatements() -> None:
    text = (
        "Profit reached ¥3.1 trillion ($21 billion), passing the ¥3 trillion threshold. "
        "That was up 40 per cent from ¥2.2 trillion."
    )
    assert only(text, CHANGE).figures == ("¥3.1 trillion", "¥2.2 trillion")


def test_change_from_a_named_price() -> None:
    text = (
        "The group sold 10 million shares at $20 each. The stock opened at $21 and closed at "
        "$23, up 15% from the offer price."
    )
    relation = only(text, CHANGE)
    assert relation.figures == ("$23", "$20")
    assert relation.detail == "up 15% from the offer price"


def test_change_from_a_price_named_with_its_value() -> None:
    text = "Its shares closed at $54, 20 per cent below the previous close of $60."
    assert only(text, CHANGE).figures == ("$54", "$60")


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 sales jumped 50% year on year to $3 billion.",
        "In 2024 sales rose 50 per cent from a year earlier to $3 billion.",
        "In 2024 sales rose 50 per cent to $3 billion from a year earlier.",
    ],
)
def test_change_on_the_year_before_the_new_value(text: str) -> None:
    relation = only(text, CHANGE)
    assert relation.figures == ("$3 billion",)
    assert relation.years_back == 1


def test_change_from_a_year_is_looked_up_by_period() -> None:
    text = "Its market value reached $95 billion in June 2025, up 140% from 2024."
    relation = only(text, CHANGE)
    assert relation.figures == ("$95 billion",)
    assert relation.base_year == 2024


def test_change_on_a_year_earlier_needs_a_dated_sentence() -> None:
    dated = only(
        "In the first quarter of 2025 revenue was $8.2 billion, 12 per cent higher than "
        "a year earlier.",
        CHANGE,
    )
    assert dated.years_back == 1
    none_of("Revenue was $8.2 billion, 12 per cent higher than a year earlier.", CHANGE)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Deliveries rose 87 per cent to 936,172 cars after revenue of $5 billion.",
            id="count-not-money",
        ),
        pytest.param("Revenue rose 9 per cent to $6.3 billion.", id="no-base"),
        pytest.param(
            "Apple's sales rose 8 per cent to $90 billion, while Samsung's fell 5 per cent "
            "from $70 billion.",
            id="other-clause",
        ),
        pytest.param(
            "The stock closed at $23, up 15% from the $5 billion raised.",
            id="per-share-against-company",
        ),
    ],
)
def test_no_change_relation_without_a_money_base(text: str) -> None:
    none_of(text, CHANGE)


# -- stakes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures", "stake"),
    [
        pytest.param(
            "Acme paid $300 million for a 10 per cent stake in Beta at a valuation of $1 billion.",
            ("$300 million", "$1 billion"),
            10,
            id="valuation-of",
        ),
        pytest.param(
            "Delta bought 20 per cent of Epsilon for €2 billion, valuing the company at "
            "€4 billion.",
            ("€2 billion", "€4 billion"),
            20,
            id="valuing-at",
        ),
        pytest.param(
            "Its $40 million cheque, for 2 per cent of the start-up, came when it was valued "
            "at $5 billion.",
            ("$40 million", "$5 billion"),
            2,
            id="valued-at",
        ),
        pytest.param(
            "Selling 4 per cent at $60 billion would raise about $2.4 billion.",
            ("$2.4 billion", "$60 billion"),
            4,
            id="selling-at",
        ),
        pytest.param(
            "The group kept 15 per cent, a holding worth roughly €900 million.",
            ("€900 million",),
            15,
            id="holding-worth",
        ),
        pytest.param(
            "The insurer's $120 million bought it about 1.5 per cent of the company at the "
            "$8 billion offer valuation.",
            ("$120 million", "$8 billion"),
            1.5,
            id="offer-valuation",
        ),
        pytest.param(
            "That is short of the $48 billion implied in May, when Orbix bought the 20 per cent "
            "of Kestrel held by its pension fund for about $9.6 billion.",
            ("$9.6 billion",),
            20,
            id="price-after-the-purchase",
        ),
    ],
)
def test_stake_with_its_price_and_valuation(
    text: str, figures: tuple[str, ...], stake: float
) -> None:
    relation = only(text, STAKE)
    assert relation.figures == figures
    number = relation.stated
    assert number is not None and float(number.value) == stake


def test_stake_takes_the_valuation_of_the_previous_sentence() -> None:
    text = (
        "The deal values Gamma at about $20 billion. "
        "The $500 million buys roughly 5 per cent of the company."
    )
    assert only(text, STAKE).figures == ("$500 million", "$20 billion")


def test_an_enterprise_value_is_not_the_valuation_of_a_stake() -> None:
    none_of(
        "Kappa paid $50 million for 5 per cent, at an enterprise value of $1.5 billion "
        "including debt.",
        STAKE,
    )


def test_a_dated_stake_without_valuation_is_marked_for_lookup() -> None:
    relation = only("In March 2021 Acme paid $500 million for 5 per cent of Beta.", STAKE)
    assert relation.figures == ("$500 million",)
    assert relation.dated is True


@pytest.mark.parametrize(
    "text",
    [
        "Apple earned $100 billion, with iPhones accounting for 50 per cent of revenue.",
        "The fund, which owns 5 per cent of Apple, reported revenue of $2 billion.",
        "It bought new shares at $12.50 each for a stake of roughly 6 per cent.",
    ],
    ids=["share-of-revenue", "holding-without-worth", "per-share-price"],
)
def test_no_stake_without_a_price_for_it(text: str) -> None:
    none_of(text, STAKE)


# -- comparisons -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures", "factor", "qualifier"),
    [
        pytest.param(
            "Operating profit of $3.9 billion was more than ten times the $310 million of 2019.",
            ("$3.9 billion", "$310 million"),
            10,
            Qualifier.MORE_THAN,
            id="more-than-ten",
        ),
        pytest.param(
            "Sales were $14.2 billion, nearly four times the $3.8 billion of the year before.",
            ("$14.2 billion", "$3.8 billion"),
            4,
            Qualifier.NEARLY,
            id="nearly-four",
        ),
        pytest.param(
            "The loss of $400 million was less than half the $700 million of 2022.",
            ("$400 million", "$700 million"),
            0.5,
            Qualifier.LESS_THAN,
            id="less-than-half",
        ),
        pytest.param(
            "Sales were ¥3.6 trillion, twice the ¥1.2 trillion of 2015.",
            ("¥3.6 trillion", "¥1.2 trillion"),
            2,
            Qualifier.EXACT,
            id="twice",
        ),
        pytest.param(
            "Its value hit $41 billion.\nThat is more than 6 times the $6.2 billion of its "
            "last round.",
            ("$41 billion", "$6.2 billion"),
            6,
            Qualifier.MORE_THAN,
            id="that-anaphora",
        ),
        pytest.param(
            "Lumora priced its IPO at $33 and closed its first day at $115.50, more than four "
            "times the offer price.",
            ("$115.50", "$33"),
            4,
            Qualifier.MORE_THAN,
            id="named-offer-price",
        ),
        pytest.param(
            "A new Lumora press, at about €350 million, costs more than three times a standard "
            "press at around €180 million.",
            ("€350 million", "€180 million"),
            3,
            Qualifier.MORE_THAN,
            id="described-reference",
        ),
    ],
)
def test_comparison_between_two_figures(
    text: str, figures: tuple[str, str], factor: float, qualifier: Qualifier
) -> None:
    relation = only(text, MULTIPLE)
    assert relation.figures == figures
    number = relation.stated
    assert number is not None
    assert (float(number.value), number.qualifier) == (factor, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "Persuading lenders it is worth more than double its $30 valuation will be hard.",
        "Its closing value is more than three times the $9.3 billion set in June.",
        "The shares trade at 30 times earnings, on revenue of $4 billion.",
        "Half a billion dollars gave the fund roughly 2 per cent of the insurer.",
        "Lumora priced its shares at $33 and sold more at $35; they closed at $140, four times "
        "the offer price.",
        "Sales of $9 billion were twice the old plant's output, at $4 billion a year later.",
    ],
    ids=[
        "no-subject-figure",
        "noun-subject",
        "no-reference-figure",
        "half-inside-a-figure",
        "two-offer-prices-introduced",
        "described-reference-across-a-comma",
    ],
)
def test_no_comparison_without_two_figures(text: str) -> None:
    none_of(text, MULTIPLE)


# -- reading the text --------------------------------------------------------------------


def test_passage_keeps_figures_in_their_sentences_and_paragraphs() -> None:
    text = "Revenue was $5 billion. Profit was $1 billion.\n\nCosts were $4 billion."
    mentions = extract_mentions(text, "doc.md")
    passage = read_passage(read_text(text), [Claim(m, figure_id=m.text) for m in mentions])
    assert [[f.id for f in s.figures] for s in passage.sentences] == [
        ["$5 billion"],
        ["$1 billion"],
        ["$4 billion"],
    ]
    assert [s.paragraph for s in passage.sentences] == [0, 0, 1]
    assert passage.previous(1) is passage.sentences[0]
    assert passage.previous(2) is None
    assert passage.previous(2, same_paragraph=False) is passage.sentences[1]


def test_relations_are_deterministic_and_unique() -> None:
    text = "The $10 billion fund is made up of $6 billion of equity and $4 billion of debt."
    first, second = relations_of(text), relations_of(text)
    assert first == second
    assert len({(r.kind, r.figures) for r in first}) == len(first)


# -- across sentences and restatements ---------------------------------------------------


def test_a_stake_whose_percentage_the_sentence_before_states() -> None:
    text = (
        "Acme has bought 12% of Beta Robotics. Acme is paying $30 million for the stake, "
        "which values the start-up at $250 million."
    )
    relation = only(text, STAKE)

    assert isinstance(relation, Stake)
    assert relation.figures == ("$30 million", "$250 million")
    assert relation.stated.value == 12


def test_a_stake_bought_for_the_sum_the_sentence_before_states() -> None:
    relation = only(
        "The July 2022 round of Orbix raised $800 million. Investors took roughly an 18% stake "
        "for that sum, at a post-money valuation of $4.4 billion.",
        STAKE,
    )
    assert relation.figures == ("$800 million", "$4.4 billion")
    assert float(relation.stated.value) == 18


def test_a_stake_is_not_carried_into_another_paragraph() -> None:
    text = (
        "Acme has bought 12% of Beta Robotics.\n\nAcme is paying $30 million for the stake, "
        "which values the start-up at $250 million."
    )
    none_of(text, STAKE)


def test_a_price_for_something_else_is_not_the_stake_of_the_sentence_before() -> None:
    text = (
        "Acme has bought 12% of Beta Robotics. It also paid $30 million for a warehouse, "
        "which it values at $250 million."
    )
    none_of(text, STAKE)


def test_a_total_whose_parts_follow_in_the_next_sentence() -> None:
    text = (
        "Gamma raised $90 million from three investors. Delta put in $40 million, Epsilon "
        "$30 million and Zeta $20 million."
    )
    metrics = dict.fromkeys(("$90 million", "$40 million", "$30 million", "$20 million"), "funding")
    relation = only(text, SUM, metrics)

    assert relation.figures == ("$90 million", "$40 million", "$30 million", "$20 million")


@pytest.mark.parametrize(
    ("text", "figures", "complete"),
    [
        (
            "The regulator agreed a deal totalling $375m with Corvel. It was made up of $250m "
            "to repay gains, and $125m in penalties.",
            ("$375m", "$250m", "$125m"),
            True,
        ),
        (
            "Harlow set aside £90m for the scheme. The sum is split between £60m for roads "
            "and £30m for rail.",
            ("£90m", "£60m", "£30m"),
            True,
        ),
        (
            "Pendry paid $40m last year. This includes $10m in fees and $5m in taxes.",
            ("$40m", "$10m", "$5m"),
            False,
        ),
    ],
)
def test_parts_listed_by_the_next_sentence(
    text: str, figures: tuple[str, ...], complete: bool
) -> None:
    relation = only(text, SUM)

    assert isinstance(relation, Sum)
    assert (relation.figures, relation.complete) == (figures, complete)


@pytest.mark.parametrize(
    "text",
    [
        # two amounts before: which one the next sentence lists is not said
        "Sales were $90m and profit $12m. It was made up of $60m and $30m from exports.",
        # another paragraph
        "Harlow set aside £90m for the scheme.\n\nIt is split between £60m and £30m.",
        # the next sentence does not point back
        "Harlow set aside £90m for the scheme. Kent's plan is split between £60m and £30m.",
    ],
)
def test_no_parts_listed_by_the_next_sentence_without_a_clear_total(text: str) -> None:
    none_of(text, SUM)


def test_a_change_with_a_restatement_and_a_period_before_its_base() -> None:
    text = (
        "Quarterly profit at Omega jumped 228% to $1.13bn (£600m) for the three months to "
        "December, from $639m."
    )
    relation = only(text, CHANGE)

    assert isinstance(relation, Change)
    assert relation.figures == ("$1.13bn", "$639m")
    assert relation.stated.value == 228


@pytest.mark.parametrize(
    ("text", "figures", "stated"),
    [
        (
            "Sales at Corvane slipped 11% from £3.24bn ($6.13bn) in 2003 to £2.89bn in 2004.",
            ("£2.89bn", "£3.24bn"),
            -11,
        ),
        (
            "Net profit at Lumio rose by 44% to $205.4m (£110m) during October to December, "
            "from $142m a year earlier.",
            ("$205.4m", "$142m"),
            44,
        ),
        ("Revenue at Tarsk grew 8% in 2004 to $5.4bn from $5bn.", ("$5.4bn", "$5bn"), 8),
    ],
)
def test_a_change_with_a_period_between_its_values(
    text: str, figures: tuple[str, str], stated: int
) -> None:
    relation = only(text, CHANGE)

    assert isinstance(relation, Change)
    assert relation.figures == figures
    assert relation.stated.value == stated


def test_a_restatement_knows_whether_the_text_states_its_rate() -> None:
    stated = "Acme paid Rs 700 crore ($100 million) at Rs 70 to the dollar."
    market = "Acme paid Rs 700 crore ($100 million) for the plant."

    def restatement(text: str) -> Restatement:
        claims = [Claim(m, figure_id=m.text) for m in extract_mentions(text, "doc.md")]
        (found,) = [r for r in find_relations(read_text(text), claims) if r.kind == "equivalence"]
        assert isinstance(found, Restatement)
        return found

    assert restatement(stated).stated_rate is True
    assert restatement(market).stated_rate is False


def test_a_parenthetical_that_restates_an_expression_pairs_no_single_figure() -> None:
    text = "The lot sold for NZD $2.6m less fees of NZD $0.2m (AUD $2.4m less fees of $0.2m)."
    claims = [Claim(m, figure_id=m.text) for m in extract_mentions(text, "doc.md")]
    found = [r for r in find_relations(read_text(text), claims) if r.kind == "equivalence"]
    assert found == []


# -- restatements --------------------------------------------------------------------------


def _restated_pairs(text: str) -> list[tuple[str, str]]:
    mentions = extract_mentions(text, "doc.md")
    claims = [Claim(m, figure_id=m.text) for m in mentions]
    return [
        relation.figures
        for relation in find_relations(read_text(text), claims)
        if isinstance(relation, Restatement)
    ]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Tarrow paid 9bn rand ($1.5bn; £800m) for the mine.",
            [("9bn rand", "$1.5bn"), ("9bn rand", "£800m")],
        ),
        (
            "Profit rose to 2bn euros ($2.6bn, £1.4bn) last year.",
            [("2bn euros", "$2.6bn"), ("2bn euros", "£1.4bn")],
        ),
        # A parenthesis closed before the next figure ends the restatement.
        ("It paid 2bn euros ($2.6bn), and £1.4bn more later.", [("2bn euros", "$2.6bn")]),
        # Words other than a separator make the next figure no restatement.
        ("Sales were 2bn euros ($2.6bn, up from $2.1bn).", [("2bn euros", "$2.6bn")]),
    ],
)
def test_every_figure_of_a_parenthetical_restates_the_figure_before_it(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    assert _restated_pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Net income was $38 million, or $0.41 per diluted share, in the quarter.",
        "It earned 73 mln dlrs, or 5.15 dlrs a share, last year.",
        "The offer values Tarrow at £1.3bn, or 530p a share.",
    ],
)
def test_an_amount_per_share_does_not_restate_a_total(text: str) -> None:
    assert _restated_pairs(text) == []


def test_a_price_per_share_restated_in_another_currency_is_a_restatement() -> None:
    assert _restated_pairs("Tarrow offered 530p ($10) a share.") == [("530p", "$10")]


def test_a_conversion_made_then_is_a_restatement_at_a_rate_of_its_own() -> None:
    text = "In 2015 Corvel paid $1.1bn (then £720m) for a rival."
    mentions = extract_mentions(text, "doc.md")
    claims = [Claim(m, figure_id=m.text) for m in mentions]
    (relation,) = [r for r in find_relations(read_text(text), claims) if isinstance(r, Restatement)]
    assert (relation.figures, relation.stated_rate) == (("$1.1bn", "£720m"), True)


def test_a_change_stated_as_a_fraction_is_read_as_about_that_much() -> None:
    number = only("Sales rose by a third to $12bn from $9bn.", CHANGE).stated
    assert number is not None and number.qualifier is Qualifier.ABOUT
    assert round(float(number.value), 2) == 33.33


def test_what_a_stake_named_the_sentence_before_is_worth() -> None:
    text = (
        "Ms Doyle owns 22% of Larkfield. Her stake is worth about £330m at the valuation of "
        "£1.5bn set in June."
    )
    relation = only(text, STAKE)
    assert relation.figures == ("£330m", "£1.5bn")
    assert relation.held and float(relation.stated.value) == 22


def test_a_signed_percentage_with_no_base_named_relates_no_figures() -> None:
    text = "Sales were ¥282.5bn, -36.6%, with costs of ¥528.9bn."
    assert [r for r in relations_of(text) if r.kind == CHANGE] == []


# -- event references --------------------------------------------------------------------

EVENT_REFERENCE = DealReference.kind


@pytest.mark.parametrize(("kind", "example"), [(kind, ex) for kind, _, ex in EVENT_NOUNS])
def test_each_event_nouns_example_names_an_event_of_its_kind(kind: str, example: str) -> None:
    relation = only(example, EVENT_REFERENCE)
    assert isinstance(relation, DealReference)
    assert relation.event == kind
    assert not relation.named_before


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "The 2019 Ostrava Mining buyout, at $2.7 billion, looks cheap now.",
            "The 2019 Ostrava Mining buyout, at $2.7 billion",
        ),
        (
            "Analysts called the Kestrel takeover, worth €4.2bn, rich.",
            "the Kestrel takeover, worth €4.2bn",
        ),
    ],
)
def test_an_event_named_before_its_amount_is_a_reference_that_names_its_party(
    text: str, detail: str
) -> None:
    relation = only(text, EVENT_REFERENCE)
    assert isinstance(relation, DealReference)
    assert (relation.detail, relation.named_before) == (detail, True)


@pytest.mark.parametrize(
    ("text", "retold"),
    [
        pytest.param(
            "Valmont agreed in May 2020 to buy Norvik for $4.2 billion. Investors cheered. "
            "The $4.2 billion deal struck in May 2019 still looks cheap.",
            True,
            id="one-telling",
        ),
        pytest.param(
            "Valmont agreed in May 2020 to buy Norvik for $4.2 billion. Investors cheered. "
            "The $4.2 billion deal closed in May 2021.",
            False,
            id="a-later-stage",
        ),
        pytest.param(
            "Valmont agreed to buy Norvik for $4.2 billion and Ostra for $4.2 billion. "
            "The $4.2 billion deal struck in May 2019 still looks cheap.",
            False,
            id="two-tellings",
        ),
    ],
)
def test_a_reference_retells_the_one_earlier_figure_of_its_amount(text: str, retold: bool) -> None:
    relation = only(text, EVENT_REFERENCE)
    assert len(relation.figures) == (2 if retold else 1)
