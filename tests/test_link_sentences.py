"""One-sentence notes, each linked to its company, metric and period, and the evidence each
attribute records. Every sentence is invented."""

from __future__ import annotations

import pytest
from helpers import claim_for, claims_of

# (sentence, figure, entity, metric, period), with the document dated 15 June 2020.
SENTENCES = [
    (
        "Xiaomi was valued at $45 billion in December 2014.",
        "$45 billion",
        "Xiaomi",
        "valuation",
        "2014-12",
    ),
    (
        "Investors valued Brightwave at $3.2 billion in March 2019.",
        "$3.2 billion",
        "Brightwave",
        "valuation",
        "2019-03",
    ),
    (
        "The round valued Kelpie Robotics at $800 million in 2018.",
        "$800 million",
        "Kelpie Robotics",
        "valuation",
        "2018",
    ),
    (
        "Norland's valuation reached $12 billion in 2017.",
        "$12 billion",
        "Norland",
        "valuation",
        "2017",
    ),
    (
        "In May 2016 Quillfeather was valued at about $1.5 billion.",
        "$1.5 billion",
        "Quillfeather",
        "valuation",
        "2016-05",
    ),
    (
        "Corvane is now worth $7 billion, according to the latest round in 2020.",
        "$7 billion",
        "Corvane",
        "valuation",
        "2020-06",
    ),
    (
        "A tender offer in April 2021 valued Pellucid at $9.4 billion.",
        "$9.4 billion",
        "Pellucid",
        "valuation",
        "2021-04",
    ),
    (
        "Halvard's pre-money valuation was $600 million in 2015.",
        "$600 million",
        "Halvard",
        "valuation",
        "2015",
    ),
    (
        "Brightwave raised $250 million in a Series C round in 2019.",
        "$250 million",
        "Brightwave",
        "funding",
        "2019",
    ),
    (
        "In January 2018, Tessaly raised $40 million from investors.",
        "$40 million",
        "Tessaly",
        "funding",
        "2018-01",
    ),
    (
        "Orrin Health has raised $1.2 billion in funding since 2016.",
        "$1.2 billion",
        "Orrin Health",
        "funding",
        "2020-06",
    ),
    (
        "Mossgiel closed a $75 million funding round in February 2020.",
        "$75 million",
        "Mossgiel",
        "funding",
        "2020-02",
    ),
    (
        "Quillfeather's latest round, in 2017, raised $300 million.",
        "$300 million",
        "Quillfeather",
        "funding",
        "2017",
    ),
    (
        "The start-up Zephyrine raised €30 million in 2019.",
        "€30 million",
        "Zephyrine",
        "funding",
        "2019",
    ),
    (
        "Dunmore Labs raised $18 million in seed funding in March 2015.",
        "$18 million",
        "Dunmore Labs",
        "funding",
        "2015-03",
    ),
    (
        "Ashgrove made a $5 billion offer for Benthic in 2018.",
        "$5 billion",
        "Benthic",
        "valuation",
        "2018",
    ),
    (
        "Ashgrove bid $6.1 billion for Benthic in October 2018.",
        "$6.1 billion",
        "Benthic",
        "valuation",
        "2018-10",
    ),
    (
        "Benthic rejected a $5.5 billion takeover approach from Ashgrove in 2018.",
        "$5.5 billion",
        "Benthic",
        "valuation",
        "2018",
    ),
    (
        "Corvane's £2 billion bid for Tarrow was rebuffed in 2019.",
        "£2 billion",
        "Tarrow",
        "valuation",
        "2019",
    ),
    (
        "Tarrow received a takeover offer worth £2.4 billion in June 2019.",
        "£2.4 billion",
        "Tarrow",
        "valuation",
        "2019-06",
    ),
    (
        "In 2016 Fennick offered $900 million for Larchmont.",
        "$900 million",
        "Larchmont",
        "valuation",
        "2016",
    ),
    (
        "Ashgrove agreed to buy Benthic for $7 billion in 2019.",
        "$7 billion",
        "Benthic",
        "price_paid",
        "2019",
    ),
    (
        "In March 2017 Fennick bought Larchmont for $450 million.",
        "$450 million",
        "Larchmont",
        "price_paid",
        "2017-03",
    ),
    (
        "Corvane paid $1.1 billion for Tarrow in 2020.",
        "$1.1 billion",
        "Tarrow",
        "price_paid",
        "2020",
    ),
    (
        "Pellucid completed the acquisition of Drummond for $2.3 billion in 2018.",
        "$2.3 billion",
        "Drummond",
        "price_paid",
        "2018",
    ),
    (
        "Halvard sold its stake in Quorra for $120 million in 2016.",
        "$120 million",
        "Quorra",
        "price_paid",
        "2016",
    ),
    (
        "Tessaly invested $500 million in Mossgiel in 2019.",
        "$500 million",
        "Mossgiel",
        "investment",
        "2019",
    ),
    (
        "In May 2020, Orrin Health put $80 million into Dunmore Labs.",
        "$80 million",
        "Dunmore Labs",
        "investment",
        "2020-05",
    ),
    (
        "Fennick paid $300 million for a 10% stake in Zephyrine in 2018.",
        "$300 million",
        "Zephyrine",
        "price_paid",
        "2018",
    ),
    (
        "Corvane took a 20% stake in Tarrow for $150 million in 2017.",
        "$150 million",
        "Tarrow",
        "price_paid",
        "2017",
    ),
    (
        "Ashgrove invested a further $40 million in Kelpie Robotics in 2021.",
        "$40 million",
        "Kelpie Robotics",
        "investment",
        "2021",
    ),
    (
        "Brightwave's revenue in 2019 was $2.1 billion.",
        "$2.1 billion",
        "Brightwave",
        "revenue",
        "2019",
    ),
    (
        "Norland reported revenue of $5.6 billion for 2018.",
        "$5.6 billion",
        "Norland",
        "revenue",
        "2018",
    ),
    ("In 2017 Corvane's sales rose to €3.4 billion.", "€3.4 billion", "Corvane", "revenue", "2017"),
    ("Tarrow's turnover was £780 million in 2016.", "£780 million", "Tarrow", "revenue", "2016"),
    (
        "Pellucid made a net profit of $310 million in 2019.",
        "$310 million",
        "Pellucid",
        "profit",
        "2019",
    ),
    ("Halvard's net income for 2018 was $95 million.", "$95 million", "Halvard", "profit", "2018"),
    ("Quorra earned $44 million in 2015.", "$44 million", "Quorra", "profit", "2015"),
    (
        "Larchmont posted a loss of $120 million in 2019.",
        "$120 million",
        "Larchmont",
        "loss",
        "2019",
    ),
    ("Mossgiel lost $60 million in 2017.", "$60 million", "Mossgiel", "loss", "2017"),
    (
        "Drummond's operating profit rose to £210 million in 2018.",
        "£210 million",
        "Drummond",
        "profit",
        "2018",
    ),
    (
        "Zephyrine's revenue in the first quarter of 2019 was €45 million.",
        "€45 million",
        "Zephyrine",
        "revenue",
        "2019-03",
    ),
    (
        "Tessaly's sales for the year to March 2018 were $1.4 billion.",
        "$1.4 billion",
        "Tessaly",
        "revenue",
        "2018",
    ),
    (
        "Brightwave priced its shares at $22 each in its IPO in 2019.",
        "$22",
        "Brightwave",
        "share_price",
        "2019",
    ),
    ("Norland shares closed at $48 on 3 June.", "$48", "Norland", "share_price", "2020-06"),
    (
        "Corvane set its offer price at $17 a share in 2018.",
        "$17",
        "Corvane",
        "share_price",
        "2018",
    ),
    ("Tarrow's shares opened at $31 in March 2020.", "$31", "Tarrow", "share_price", "2020-03"),
    (
        "Pellucid's market value passed $100 billion in 2020.",
        "$100 billion",
        "Pellucid",
        "market_cap",
        "2020",
    ),
    (
        "Halvard's market capitalisation was $12 billion in January 2019.",
        "$12 billion",
        "Halvard",
        "market_cap",
        "2019-01",
    ),
    ("Regulators fined Quorra $25 million in 2018.", "$25 million", "Quorra", "other", "2018"),
    ("Larchmont was fined £4 million in May 2017.", "£4 million", "Larchmont", "other", "2017-05"),
    (
        "Mossgiel paid a $10 million penalty in 2019.",
        "$10 million",
        "Mossgiel",
        "other",
        "2019",
    ),
    (
        "Drummond raised $1.2 billion in its IPO in 2019.",
        "$1.2 billion",
        "Drummond",
        "funding",
        "2019",
    ),
    (
        "Zephyrine's listing in 2018 raised €400 million.",
        "€400 million",
        "Zephyrine",
        "funding",
        "2018",
    ),
    (
        "Tessaly's IPO brought in $650 million in April 2020.",
        "$650 million",
        "Tessaly",
        "funding",
        "2020-04",
    ),
    (
        "Orrin Health raised $2 billion in a flotation in 2017.",
        "$2 billion",
        "Orrin Health",
        "funding",
        "2017",
    ),
    (
        "Dunmore Labs announced a $500 million buyback in 2019.",
        "$500 million",
        "Dunmore Labs",
        "other",
        "2019",
    ),
    (
        "In 2018 Kelpie Robotics spent $70 million buying back shares.",
        "$70 million",
        "Kelpie Robotics",
        "other",
        "2018",
    ),
    (
        "Brightwave took out a $300 million loan in 2016.",
        "$300 million",
        "Brightwave",
        "investment",
        "2016",
    ),
    (
        "Ashgrove expects revenue of $9 billion next year.",
        "$9 billion",
        "Ashgrove",
        "revenue",
        "2021",
    ),
    (
        "Benthic's 2017 revenue of $3.3 billion beat forecasts.",
        "$3.3 billion",
        "Benthic",
        "revenue",
        "2017",
    ),
    (
        "Fennick earned $12 million in the second half of 2018.",
        "$12 million",
        "Fennick",
        "profit",
        "2018-12",
    ),
    (
        "Brightwave posted a loss of $40 million in 2010 and a profit of $25 million the "
        "following year.",
        "$25 million",
        "Brightwave",
        "profit",
        "2011",
    ),
    (
        "Kelpie Robotics posted a loss of $12 million in 2015 and a profit of $3 million a year "
        "later.",
        "$3 million",
        "Kelpie Robotics",
        "profit",
        "2016",
    ),
    (
        "Fennick reported revenue of $90 million in 2016, against $70 million the year before.",
        "$70 million",
        "Fennick",
        "revenue",
        "2015",
    ),
]


def test_the_table_has_at_least_sixty_sentences():
    assert len(SENTENCES) >= 60


@pytest.mark.parametrize(("text", "figure", "entity", "metric", "period"), SENTENCES)
def test_a_one_sentence_note_is_linked(tmp_path, text, figure, entity, metric, period):
    claim = claim_for(tmp_path, text, figure)
    assert (claim.entity, claim.metric, claim.period) == (entity, metric, period)
    assert claim.evidence_for("metric") is not None


# A figure's head noun follows it directly; words after a preposition or conjunction that
# opens a new phrase ("after its sales warning") are not what the figure measures.
NOT_HEAD_NOUNS = [
    ("Corvane shares fell to $12 from $14 after its sales warning.", "$14", "share_price"),
    ("Tarrow stock rose to $9 from $7 since its revenue update.", "$7", "share_price"),
    ("Norland shares slid to $30 from $41 following the profit alert.", "$41", "share_price"),
]


@pytest.mark.parametrize(("text", "figure", "metric"), NOT_HEAD_NOUNS)
def test_words_after_a_new_phrase_are_no_head_noun(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric


# Semicolon-separated list items carry their metric cue at their head; an item naming no
# metric takes, figure by figure, the metrics of the item before it when it holds as many
# figures (`parallel_list_item`).
LIST_ITEMS = "Quillon raised €90 million in a seed round in May 2017 at a €210 million valuation; "
PARALLEL_ITEMS = [
    (LIST_ITEMS + "€330 million in January 2018 at about €1.9 billion; and €550 million in "
     "April 2019 at €4.6 billion.", "€330 million", "funding", "parallel_list_item"),
    (LIST_ITEMS + "€330 million in January 2018 at about €1.9 billion; and €550 million in "
     "April 2019 at €4.6 billion.", "€1.9 billion", "valuation", "parallel_list_item"),
    (LIST_ITEMS + "€330 million in January 2018 at about €1.9 billion; and €550 million in "
     "April 2019 at €4.6 billion.", "€550 million", "funding", "parallel_list_item"),
    (LIST_ITEMS + "€330 million in January 2018 at about €1.9 billion; and €550 million in "
     "April 2019 at €4.6 billion.", "€4.6 billion", "valuation", "parallel_list_item"),
    # An item with a cue of its own reads it.
    (LIST_ITEMS + "revenue was €30 million in 2018 against €12 million.", "€30 million",
     "revenue", "metric_from_cues"),
    # An item with another number of figures is no parallel of the one before.
    (LIST_ITEMS + "€330 million followed in January 2018.", "€330 million", "valuation",
     "continues_previous"),
    # A semicolon inside parentheses separates restatements, not items.
    ("Dervan spent 61.4 trillion rupiah ($6.8bn; £3.6bn) on imports in 2019, well over its "
     "plan of 15.5 trillion rupiah.", "15.5 trillion rupiah", "other", "no_cue"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "metric", "resolver"), PARALLEL_ITEMS)
def test_a_list_item_naming_no_metric_takes_the_item_befores(
    tmp_path, text, figure, metric, resolver
):
    claim = claim_for(tmp_path, text, figure)
    evidence = claim.evidence_for("metric")
    assert (claim.metric, evidence.resolver) == (metric, resolver)
    if resolver == "parallel_list_item":
        assert evidence.grade.value == "inferred" and "as '" in evidence.words


# A deal's value is the price paid for what it buys; "the deal values X at" is a valuation.
DEAL_VALUES = [
    ("The value of the deal for Brisco Labs was $3.4 billion in 2019.", "$3.4 billion",
     "price_paid"),
    ("Orrin Foods put the transaction value at $910 million.", "$910 million", "price_paid"),
    ("The deal values Orrin Foods at $910 million.", "$910 million", "valuation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "metric"), DEAL_VALUES)
def test_a_deals_value_is_a_price_paid(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric


DEAL_TABLE = """Halvern Oil and Costel Energy have each bought a rival.

| Announced | Buyer | Target | Deal value |
|---|---|---|---|
| Mar 2021 | Halvern Oil | Sandrik Gas | $14.2bn |
| Jul 2022 | Costel Energy | Brava Fields | $6.8bn |

Halvern Oil agreed to buy Sandrik Gas; Costel Energy took over Brava Fields.
"""


def test_a_deal_tables_target_and_buyer_columns_name_a_rows_parties(tmp_path):
    found = {
        claim.mention.text: (claim.entity, claim.counterparty, claim.metric)
        for claim in claims_of(tmp_path, DEAL_TABLE, name="deals.md")
    }
    assert found == {
        "$14.2bn": ("Sandrik Gas", "Halvern Oil", "price_paid"),
        "$6.8bn": ("Brava Fields", "Costel Energy", "price_paid"),
    }
    claim = claim_for(tmp_path, DEAL_TABLE, "$6.8bn", name="deals.md")
    assert claim.evidence_for("entity").resolver == "table_deal_columns"


def _metric_of(tmp_path, text: str, figure: str, occurrence: int = 1) -> tuple[str, str]:
    """The metric of the `occurrence`-th figure written as `figure`, and its resolver."""
    found = [c for c in claims_of(tmp_path, text, name="note.md") if c.mention.text == figure]
    claim = found[occurrence - 1]
    return claim.metric, claim.evidence_for("metric").resolver


# A figure no words of its own name takes the metric of the same amount stated elsewhere in its
# document with words of its own (`repeated_amount`); a headline's figure is the body's.
REPEATED_AMOUNTS = [
    ("---\ntitle: \"Corvex doubles down on Lumina with another $6bn\"\n---\n\nCorvex is to "
     "invest a further $6bn in Lumina, the robotics start-up.\n", "$6bn", 1, "investment",
     "repeated_amount"),
    ("Tarnby closed 2024 with group sales of NOK 81.4bn, up 4%.\n\nMarine contributed "
     "NOK 50.2bn and Energy NOK 31.2bn, for the group total of NOK 81.4bn.\n", "NOK 81.4bn", 2,
     "revenue", "repeated_amount"),
    # Two metrics for one amount: the text does not settle which the bare figure repeats.
    ("Holbrin raised $2bn in March. Its rival Pexa had revenue of $2bn in 2019.\n\nAt $2bn, "
     "the sums are large.\n", "$2bn", 3, "other", "no_cue"),
    # An amount with no magnitude word and below a company's scale is not read as a repeat.
    ("Dunmore's shares closed at $450 on Friday.\n\nAt $450, the stock is not cheap.\n",
     "$450", 2, "share_price", "share_context"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "occurrence", "metric", "resolver"), REPEATED_AMOUNTS)
def test_a_figure_with_no_cue_repeats_an_amount_stated_with_one(
    tmp_path, text, figure, occurrence, metric, resolver
):
    assert _metric_of(tmp_path, text, figure, occurrence) == (metric, resolver)


# The parts of a total whose own words name no metric are of the total's metric.
PARTS_OF_TOTALS = [
    ("- **Proceeds:** Olsted sold 20 million shares for gross proceeds of $1.6 billion.\n"
     "- **Who got the money:** Olsted itself sold only a small slice. Of the $1.6 billion, the "
     "company received about $400 million and selling shareholders $1.2 billion.\n",
     "$400 million", "funding"),
    ("Fenwick Pharma's group sales were CHF 40.5bn in 2024.\n\nMedicines contributed "
     "CHF 31.2bn and Diagnostics CHF 9.3bn, for a total of CHF 40.5bn.\n", "CHF 31.2bn",
     "revenue"),
    ("Fenwick Pharma's group sales were CHF 40.5bn in 2024.\n\nMedicines contributed "
     "CHF 31.2bn and Diagnostics CHF 9.3bn, for a total of CHF 40.5bn.\n", "CHF 9.3bn",
     "revenue"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "metric"), PARTS_OF_TOTALS)
def test_a_part_naming_no_metric_is_of_its_totals(tmp_path, text, figure, metric):
    claim = claim_for(tmp_path, text, figure, name="note.md")
    evidence = claim.evidence_for("metric")
    assert (claim.metric, evidence.resolver, evidence.grade.value) == (
        metric,
        "part_of_total",
        "inferred",
    )


# What a contract, a licence or a partnership is worth is no company's value.
CONTRACT_VALUES = [
    ("Pellor also announced a 10-year agreement worth more than $3 billion to stream "
     "Harbour League games.", "$3 billion", "other"),
    ("The 2022 satellite contract alone was worth $1.4 billion to Arvex.", "$1.4 billion",
     "other"),
    ("The deal values Orrin Foods at $910 million.", "$910 million", "valuation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "metric"), CONTRACT_VALUES)
def test_a_contracts_worth_is_no_company_value(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric


# A company-level amount right after a price per share, restating it for the whole company, is
# the company's value at that price, or the price paid when the sentence buys it; a dividend's
# total is neither.
WHOLE_AT_SHARE_PRICES = [
    ("Their first proposal, made in March, was $31 a share, or roughly $4.2 billion.",
     "$4.2 billion", "valuation"),
    ("Harlow Dynamics was in talks with Brisk last year at a price near $150 a share, about "
     "$12 billion.", "$12 billion", "valuation"),
    ("The second approach lifted the price to £18.40 a share and the total to £9 billion.",
     "£9 billion", "valuation"),
    ("Tamsin Capital agreed to buy Orlo Systems for $9.25 a share, or $2.1 billion.",
     "$2.1 billion", "price_paid"),
    ("Verrin will pay a dividend of 80 cents a share, or $1.1 billion.", "$1.1 billion", "other"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "metric"), WHOLE_AT_SHARE_PRICES)
def test_a_whole_company_amount_at_a_price_per_share(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric


# A value whose own cue names a bidder's offer or proposal is the offer's, not a market value,
# even in a story about listed shares.
OFFER_VALUES = [
    ("Kessel shares rose 4% on Monday. Its suitor Darrow's final proposal valued Kessel at "
     "about £21.5 billion.", "£21.5 billion", "valuation"),
    ("Kessel shares rose 4% on Monday. Darrow came back with £23 billion and then with a "
     "final offer of £24 billion.", "£23 billion", "valuation"),
    ("Kessel shares rose 4% on Monday, which gives the company a market value of about "
     "£19 billion.", "£19 billion", "market_cap"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "metric"), OFFER_VALUES)
def test_an_offers_value_is_no_market_value(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric


# A price per share named by its company ("per Kessel share") is a price per share, and an
# amount with no magnitude that repeats it is one too, whatever word follows it.
REPEATED_SHARE_PRICES = [
    ("Darrow offered £31.15 per Kessel share on Tuesday.\n\nKessel shares closed at £28.10, "
     "below the £31.15 headline value of Darrow's proposal.\n", "£31.15", 1, "share_price"),
    ("Darrow offered £31.15 per Kessel share on Tuesday.\n\nKessel shares closed at £28.10, "
     "below the £31.15 headline value of Darrow's proposal.\n", "£31.15", 2, "share_price"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "occurrence", "metric"), REPEATED_SHARE_PRICES)
def test_an_amount_repeating_a_price_per_share_is_one(tmp_path, text, figure, occurrence, metric):
    assert _metric_of(tmp_path, text, figure, occurrence)[0] == metric


# A lender's provision for bad loans is no loss of the period; income before tax is a profit.
BANK_RESULTS = [
    ("The provision for credit losses at Corven Bank was $2.2 billion in the quarter.",
     "$2.2 billion", "other"),
    ("The increase reflected net reserve builds of $700 million at Corven Bank.",
     "$700 million", "other"),
    ("Corven Bank's net charge-offs of $1.6 billion rose in the quarter.", "$1.6 billion",
     "other"),
    ("Corven Bank's income before income tax expense was $11.5 billion in the quarter.",
     "$11.5 billion", "profit"),
    ("Corven Bank reported a net loss of $300 million in the quarter.", "$300 million", "loss"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "metric"), BANK_RESULTS)
def test_a_banks_provisions_are_no_loss_and_income_before_tax_is_a_profit(
    tmp_path, text, figure, metric
):
    assert claim_for(tmp_path, text, figure).metric == metric


# A payment owed when a deal fails is a break fee, a lender's loan book and a cash balance are
# no investment: all other.
BREAK_FEES_AND_BALANCES = [
    ("Under the merger agreement Halden has agreed to pay Orsk $1.8 billion, about 6% of the "
     "price, if the deal is blocked.", "$1.8 billion", "other"),
    ("The $600 million Brisk paid to walk away now looks cheap.", "$600 million", "other"),
    ("Halden paid $4 billion for Orsk in 2021.", "$4 billion", "price_paid"),
    ("Return on equity was 19%, and Corven Bank's loan book grew to $310 billion.",
     "$310 billion", "other"),
    ("That is a large cheque even for Halden, which ended 2024 with $41.2 billion in cash and "
     "marketable securities.", "$41.2 billion", "other"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "metric"), BREAK_FEES_AND_BALANCES)
def test_a_break_fee_and_a_balance_are_no_price_or_investment(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric
