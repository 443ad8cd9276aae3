"""Evidence grades, the document topic, and the fine-grained measures the comparison rules keep
apart. Every sentence is invented."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from helpers import ON, claim_for, claims_of

from checker.api import check
from checker.link.names import DocumentNames
from checker.model import Grade
from checker.report.json import render_json
from checker.report.markdown import render_markdown


def run(tmp_path: Path, texts: dict[str, str], rule: str = "figure-conflict", **options):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = check([tmp_path], select=[rule], **options)
    return [finding for finding in result.findings if finding.rule == rule]


# --- evidence grades ---------------------------------------------------------------------


def test_words_in_the_figures_clause_are_stated(tmp_path):
    claim = claim_for(tmp_path, "Kestrel's revenue in 2019 was $3 billion.", "$3 billion")
    assert claim.evidence_for("entity").resolver == "clause_subject"
    assert claim.evidence_for("metric").words == "revenue"
    assert claim.evidence_for("period").words == "2019"
    assert {claim.grade(name) for name in ("entity", "metric", "period")} == {Grade.STATED}


def test_a_period_carried_over_from_the_paragraph_is_inferred(tmp_path):
    text = "Kestrel's results for 2019 were strong. Its revenue reached $4 billion."
    claim = claim_for(tmp_path, text, "$4 billion")
    assert claim.period == "2019"
    assert claim.evidence_for("period").resolver == "period_carried_in_paragraph"
    assert claim.grade("period") is Grade.INFERRED


def test_the_documents_date_is_inferred_when_given_and_weak_when_unknown(tmp_path):
    text = "Kestrel raised $40 million from investors."
    assert claim_for(tmp_path, text, "$40 million").grade("period") is Grade.INFERRED
    assert claim_for(tmp_path, text, "$40 million", on=None).grade("period") is Grade.UNKNOWN


def test_a_restatement_takes_what_it_restates_as_inferred(tmp_path):
    text = "Kestrel agreed to buy Larchmont for $11bn (£5.7bn) in 2019."
    claim = claim_for(tmp_path, text, "£5.7bn")
    assert (claim.entity, claim.metric) == ("Larchmont", "price_paid")
    assert claim.evidence_for("metric").resolver == "restated_figure"
    assert claim.grade("metric") is Grade.INFERRED


def test_a_metric_continued_from_the_figure_before_is_inferred(tmp_path):
    text = "Kestrel's revenue reached $1 billion in May and $2 billion in February."
    claim = claim_for(tmp_path, text, "$2 billion")
    assert claim.metric == "revenue"
    assert claim.grade("metric") in (Grade.STATED, Grade.INFERRED)


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Korvex absorbed £2bn of lost sales to rivals.", "£2bn", "loss"),
        ("Korvex cut A$70m from profit targets.", "A$70m", "profit"),
        ("Korvex earned $5bn in annual sales.", "$5bn", "revenue"),
    ],
)
def test_a_metric_noun_bound_by_a_preposition_is_stated(tmp_path, text, figure, metric):
    claim = claim_for(tmp_path, text, figure)
    assert (claim.metric, claim.grade("metric")) == (metric, Grade.STATED)


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Korvex said its loss widened to 57.5 mln dlrs.", "57.5 mln dlrs", "loss"),
        ("Korvex restated its loss to 12.1 mln dlrs.", "12.1 mln dlrs", "loss"),
        (
            "Korvex reported 9 pct growth in group turnover to 830.4 mln stg.",
            "830.4 mln stg",
            "revenue",
        ),
        ("Korvex said sales increased sharply to $4.1bn.", "$4.1bn", "revenue"),
        ("Korvex said net profit came in at $310m.", "$310m", "profit"),
    ],
)
def test_a_metric_noun_and_the_level_it_moved_to_are_stated(tmp_path, text, figure, metric):
    claim = claim_for(tmp_path, text, figure)
    assert (claim.metric, claim.grade("metric")) == (metric, Grade.STATED)


def test_a_figure_compared_from_another_is_not_bound_by_from(tmp_path):
    claim = claim_for(tmp_path, "Korvex paid $4bn from $5bn of profit targets.", "$4bn")
    assert claim.grade("metric") is not Grade.STATED


def test_a_figure_with_no_metric_word_has_an_unknown_metric(tmp_path):
    claim = claim_for(tmp_path, "Kestrel mentioned $40 million in 2019.", "$40 million")
    assert claim.metric == "other"
    assert claim.grade("metric") is Grade.UNKNOWN


TOPIC_CLEAR = (
    "Kestrel Foods sets a record\n\n"
    "Kestrel Foods had a good year. Kestrel Foods sold more soup than ever, and Kestrel Foods "
    "hired 300 people.\n\n"
    "Revenue for 2019 was $5 billion."
)
TOPIC_UNCLEAR = (
    "Soup makers compared\n\n"
    "Kestrel Foods and Larchmont Soups both grew. Kestrel Foods hired; Kestrel Foods "
    "expanded.\n\n"
    "Larchmont Soups opened a plant. Revenue for 2019 was $5 billion."
)


def test_an_entity_from_a_clear_topic_is_inferred(tmp_path):
    claim = claim_for(tmp_path, TOPIC_CLEAR, "$5 billion")
    assert claim.entity == "Kestrel Foods"
    assert claim.evidence_for("entity").resolver == "document_topic"
    assert claim.grade("entity") is Grade.INFERRED


def test_an_entity_from_a_topic_the_paragraph_contradicts_is_weak(tmp_path):
    text = TOPIC_UNCLEAR.replace(
        "Larchmont Soups opened", "Shares of Larchmont Soups rose; it opened"
    )
    claim = claim_for(tmp_path, text, "$5 billion")
    assert claim.entity == "Kestrel Foods"
    assert claim.grade("entity") is Grade.WEAK


def test_a_figure_of_a_paragraph_about_another_company_is_that_companys(tmp_path):
    claim = claim_for(tmp_path, TOPIC_UNCLEAR, "$5 billion")
    assert claim.entity == "Larchmont Soups"
    assert claim.evidence_for("entity").resolver == "paragraph_subject"
    assert claim.grade("entity") is not Grade.STATED


def test_the_json_report_names_each_attributes_resolver_words_and_grade(tmp_path):
    (tmp_path / "a.md").write_text("Kestrel's revenue in 2019 was $3 billion.", encoding="utf-8")
    report = json.loads(render_json(check([tmp_path], date=ON)))
    (figure,) = report["figures"]
    assert figure["evidence"]["entity"] == {
        "resolver": "clause_subject",
        "words": "Kestrel",
        "grade": "stated",
    }
    assert figure["entity_grade"] == "stated"
    assert figure["entity"] == "Kestrel"


# --- the document topic ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("The listing raised HK$3.1 billion on HKEx. Buyers paid HK$12 each.", "HK"),
        ("The issue raised RMB100 million. It paid RMB2 each.", "RMB"),
        ("The new H shares raised $1 billion. The H shares rose.", "H"),
        ("The Series B round raised $30 million. Series B investors were pleased.", "Series"),
        ("Under IFRS, revenue was €2 billion. IFRS changed the numbers.", "IFRS"),
        (
            "LONDON, March 3 - Revenue rose to £2 billion, it said. LONDON trading was calm.",
            "LONDON",
        ),
        ("The Company's revenue was $5 million. The Company grew.", "Company"),
        ("Revenue in North America was $2 billion. North America grew.", "North America"),
        (
            "Sales in the United States rose to $3 billion. The United States led growth.",
            "United States",
        ),
        (
            "Net sales rose to $900 million, led by the Outdoor segment. The Outdoor segment "
            "grew 9%. Outdoor margins widened.",
            "Outdoor",
        ),
        (
            "| Company | Revenue | Net debt |\n|---|---:|---:|\n| Harlow | €5bn | €28bn |\n"
            "| Kestrel | €3bn | €11bn |\n\nBoth cut their Net debt.",
            "Revenue",
        ),
        (
            "# Telecoms note\n\n| Company | Sales | Net debt |\n|---|---:|---:|\n"
            "| Harlow | €5bn | €28bn |\n\nHarlow trades at 6 times EBITDA. Net margins fell.",
            "Net",
        ),
        (
            "Impairment charges of $12 million hit our Fernvale® brand. Fernvale® sales fell, "
            "and Fernvale® margins shrank.",
            "Fernvale",
        ),
        (
            "Cash Flows from Operating Activities\n\nNet cash used was $0.6 million. Net cash "
            "from Investing Activities was $1.1 million.",
            "Activities",
        ),
        (
            "Noncurrent Assets and Liabilities\n\nNoncurrent assets rose by $39 million. "
            "Noncurrent Liabilities fell.",
            "Liabilities",
        ),
        (
            "Consolidated Balance Sheet\n\nTotal assets were $2.1 billion. Consolidated "
            "Balance Sheet items are in thousands.",
            "Consolidated Balance Sheet",
        ),
        (
            "Under the Jobs Act the company paid $3 million less tax. The Jobs Act also cut rates.",
            "Jobs Act",
        ),
        ("U.S. sales rose to $4 million. U.S. margins held. U.S. demand grew.", "U.S"),
        (
            "See this Annual Report on Form 10-K. Revenue was $4 million. The Annual Report "
            "has more.",
            "Annual Report",
        ),
    ],
)
def test_the_topic_is_never_a_currency_class_standard_place_or_generic_noun(text, not_topic):
    assert DocumentNames.of(text).main_subject != not_topic


def test_a_person_is_not_the_topic_when_a_company_is_named(tmp_path):
    text = (
        "Chief executive Jane Holloway said Acme Robotics raised $50 million. Jane Holloway "
        "spoke for an hour. Jane Holloway smiled."
    )
    assert DocumentNames.of(text).main_subject == "Acme Robotics"


def test_a_company_named_with_a_place_word_is_still_a_company():
    text = "United Airlines lost $2 billion in 2020. United Airlines cut flights."
    assert DocumentNames.of(text).main_subject == "United Airlines"


@pytest.mark.parametrize("name", ["Capital Partners", "Equity Residential", "Balance Labs"])
def test_a_company_named_with_a_statement_word_is_still_a_company(name):
    text = f"{name} lost $2 billion in 2020. {name} cut costs."
    assert DocumentNames.of(text).main_subject == name


def test_a_segment_is_not_the_topic_when_the_company_is_named():
    text = (
        "Harwick Tools said its Industrial segment earned $200 million. The Industrial "
        "division grew. The Industrial segment led, Industrial sales rose."
    )
    assert DocumentNames.of(text).main_subject == "Harwick Tools"


def test_generic_names_never_join_documents(tmp_path):
    texts = {
        "a.md": "The Company's revenue was $5 million in 2019.",
        "b.md": "The Company's revenue was $7 million in 2019.",
    }
    assert run(tmp_path, texts, date=date(2020, 3, 1)) == []


# --- fine-grained measures ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Regulators fined Larchmont $25 million in 2018.", "$25 million", "fine"),
        ("Larchmont faces a $27.5bn tax bill for 2004.", "$27.5bn", "tax"),
        ("Larchmont filed a $20bn damages claim in 2004.", "$20bn", "claim"),
        ("Larchmont agreed to pay $515m to settle the case in 2004.", "$515m", "settlement"),
        ("Larchmont's unit was sold for $9.3bn in 2004.", "$9.3bn", "proceeds"),
        ("Kestrel made a $6.8bn bid for Larchmont in 2005.", "$6.8bn", "bid"),
        ("Kestrel's retail division made a profit of $1 billion in 2019.", "$1 billion", "segment"),
        ("Kestrel was bought by former subsidiary Corvane for $19bn.", "$19bn", ""),
        ("Corvane raised its offer for Kestrel to $7bn in 2005.", "$7bn", "revised_bid"),
        ("The bid for Kestrel will be raised to £1.5bn.", "£1.5bn", "revised_bid"),
        ("Kestrel rejected Corvane's earlier $6bn offer.", "$6bn", "revised_bid"),
        ("Kestrel rejected Corvane's $6bn offer.", "$6bn", "bid"),
        ("Kestrel later rejected a $7bn offer from Corvane.", "$7bn", "revised_bid"),
        ("Corvane bought a minority stake in Kestrel for $2bn.", "$2bn", "stake"),
        ("Corvane paid $150m for a 3% stake at a valuation of $5bn.", "$5bn", ""),
        ("Corvane paid $150m for a 3% stake at a valuation of $5bn.", "$150m", "stake"),
        ("Corvane's $2bn high-stakes purchase of Kestrel closed.", "$2bn", ""),
        ("Kestrel's revenue rose by $4.9 million in 2019.", "$4.9 million", "change"),
        (
            "Kestrel recorded an increase of $4.9 million in costs in 2019.",
            "$4.9 million",
            "change",
        ),
        ("Kestrel signed a $6bn supply deal in 2019.", "$6bn", "deal"),
        (
            "Kestrel's 2019 loss came mainly from a $7.3 million writedown.",
            "$7.3 million",
            "charge",
        ),
        ("Kestrel's revenue in 2019 was $3 billion.", "$3 billion", ""),
        ("At $51 apiece Arm was valued at $54.5 billion.", "$54.5 billion", ""),
        ("Kestrel's chip arm made a profit of $1 billion in 2019.", "$1 billion", "segment"),
        ("Kestrel has raised $1.9 billion to date.", "$1.9 billion", "cumulative"),
        (
            "The round takes Kestrel's total funding this year to more than $1 billion.",
            "$1 billion",
            "cumulative",
        ),
        ("Kestrel raised $665 million in June.", "$665 million", ""),
        ("Kestrel's total revenue in 2019 was $3 billion.", "$3 billion", ""),
        ("星河科技2019年利润增长，主要因财务费用同比减少3.10亿元。", "3.10亿元", "change"),
        ("星河科技2019年财务费用减少至3.10亿元。", "3.10亿元", ""),
    ],
)
def test_each_figure_has_its_measure(tmp_path, text, figure, measure):
    assert claim_for(tmp_path, text, figure).measure == measure


def test_respectively_gives_each_figure_its_year(tmp_path):
    text = "Kestrel's revenue was $24.6 million and $25.1 million for 2019 and 2018, respectively."
    claims = claims_of(tmp_path, text)
    assert [(c.mention.text, c.period) for c in claims] == [
        ("$24.6 million", "2019"),
        ("$25.1 million", "2018"),
    ]


def test_quarter_half_and_nine_months_are_different_spans(tmp_path):
    text = (
        "Kestrel's revenue in the nine months to September 2019 was $6 billion. "
        "Kestrel's revenue in the third quarter of 2019 was $2 billion."
    )
    spans = {c.mention.text: c.period_span for c in claims_of(tmp_path, text)}
    assert spans == {"$6 billion": "9 months", "$2 billion": "quarter"}


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            {
                "a.md": "Larchmont rejected a $6.3bn bid from Kestrel in January 2005.",
                "b.md": "Larchmont accepted a $6.8bn bid from Corvane in January 2005.",
            },
            id="rival-bidders",
        ),
        pytest.param(
            {
                "a.md": "Larchmont faces a $27.5bn tax bill for 2004.",
                "b.md": "Larchmont's main unit was sold for $24bn in 2004.",
            },
            id="tax-bill-and-sale-price",
        ),
        pytest.param(
            {
                "a.md": "Larchmont was fined $20m by regulators in 2004.",
                "b.md": "Larchmont agreed to pay $25m to settle a lawsuit in 2004.",
            },
            id="fine-and-settlement",
        ),
        pytest.param(
            {
                "a.md": "Kestrel's pretax profit for 2019 was $5 billion.",
                "b.md": "Kestrel's net profit for 2019 was $4 billion.",
            },
            id="pretax-and-net",
        ),
        pytest.param(
            {
                "a.md": "Kestrel's retail division made a profit of $1 billion in 2019.",
                "b.md": "Kestrel made a profit of $1.4 billion in 2019.",
            },
            id="division-and-group",
        ),
        pytest.param(
            {
                "a.md": "Kestrel's revenue in the three months to September 2019 was $2.5 billion.",
                "b.md": "Kestrel's revenue in the nine months to September 2019 was $6 billion.",
            },
            id="quarter-and-nine-months",
        ),
        pytest.param(
            {
                "a.md": "Kestrel's revenue for 2019 rose by $1 billion.",
                "b.md": "Kestrel's revenue for 2019 was $1.5 billion.",
            },
            id="change-and-level",
        ),
        pytest.param(
            {
                "a.md": "Kestrel shares closed at $41 on 3 June 2019.",
                "b.md": "Kestrel shares closed at $43 on 5 June 2019.",
            },
            id="two-trading-days",
        ),
        pytest.param(
            {
                "a.md": "Kestrel raised $665 million in a round in June 2019.",
                "b.md": "The June round takes Kestrel's funding in 2019 to $1 billion in all.",
            },
            id="round-and-cumulative-funding",
        ),
        pytest.param(
            {
                "a.md": "Kestrel's revenue for 2019 was $30 billion.",
                "b.md": "Kestrel's revenue for 2019 was $34 billion.",
                "c.md": "Kestrel's revenue for 2019 was $38 billion.",
            },
            id="no-two-figures-agree",
        ),
    ],
)
def test_different_measures_are_not_compared(tmp_path, texts):
    assert run(tmp_path, texts, date=date(2020, 3, 1)) == []


def test_two_documents_disagreeing_one_to_one_are_both_reported_as_disagreeing(tmp_path):
    texts = {
        "a.md": "Kestrel's revenue for 2019 was $30 billion.",
        "b.md": "Kestrel's revenue for 2019 was $34 billion.",
    }
    (finding,) = run(tmp_path, texts, date=date(2020, 3, 1))
    assert "disagree" in finding.message and "contradicts" not in finding.message
    assert "either may be the wrong one" in finding.explanation


def test_a_value_two_figures_agree_on_is_the_reference(tmp_path):
    texts = {
        "a.md": "Kestrel's revenue for 2019 was $30 billion.",
        "b.md": "Kestrel's revenue for 2019 was $30 billion, the filing showed.",
        "c.md": "Kestrel's revenue for 2019 was $34 billion.",
    }
    (finding,) = run(tmp_path, texts, date=date(2020, 3, 1))
    assert "'$34 billion' contradicts '$30 billion'" in finding.message


def test_the_headline_and_the_lead_state_one_deal(tmp_path):
    texts = {"a.txt": "Kestrel buys rival for $13bn\n\nKestrel is to buy Larchmont for $11bn.\n"}
    (finding,) = run(tmp_path, texts)
    assert "headline's '$13bn' and the lead's '$11bn' disagree" in finding.message
    assert "same event" in finding.explanation


ONE_DEAL = (
    "Kestrel was bought by former subsidiary Corvane earlier this year for {first}. Analysts "
    "had expected a higher price.\n\nLast week, Corvane agreed to buy its former parent "
    "Kestrel for about {second}.\n"
)


def test_two_prices_for_one_deal_between_the_same_parties_disagree(tmp_path):
    texts = {"a.txt": ONE_DEAL.format(first="$19bn", second="$16bn")}
    (finding,) = run(tmp_path, texts)
    assert "'$16bn' and '$19bn' disagree for the price paid for Kestrel by Corvane" in (
        finding.message
    )
    assert "describe one deal" in finding.explanation
    assert "either may be the wrong one" in finding.explanation


def test_a_deal_value_two_figures_agree_on_is_the_reference(tmp_path):
    text = ONE_DEAL.format(first="$19bn", second="$16bn") + (
        "\nCorvane is paying $16bn for Kestrel, its biggest purchase.\n"
    )
    (finding,) = run(tmp_path, {"a.txt": text})
    assert "'$19bn' contradicts '$16bn'" in finding.message
    assert "2 figures state" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(ONE_DEAL.format(first="$16.4bn", second="$16bn"), id="agree-about"),
        pytest.param(ONE_DEAL.format(first="$19bn", second="$8bn"), id="too-far-apart"),
        pytest.param(
            "Corvane bought a minority stake in Kestrel for $2bn last year.\n\nCorvane agreed "
            "to buy Kestrel for $2.6bn on Monday.\n",
            id="stake-and-whole",
        ),
        pytest.param(
            "Corvane agreed to buy Kestrel for $2bn.\n\nCorvane will pay $2.6bn for Kestrel, "
            "including $0.6bn of debt.\n",
            id="total-with-parts",
        ),
        pytest.param(
            "Kestrel rejected a $16bn offer from Corvane on Monday.\n\nKestrel later rejected "
            "an improved $19bn offer from Corvane.\n",
            id="revised-bid",
        ),
        pytest.param(
            "Kestrel was bought by Corvane for $19bn.\n\nLarchmont agreed to buy Kestrel for "
            "$16bn.\n",
            id="two-buyers",
        ),
        pytest.param(
            "Kestrel was bought by Corvane for $19bn.\n\nCorvane agreed to buy Kestrel for "
            "$16bn.\n\nLater, Corvane agreed to buy Kestrel for $22bn.\n",
            id="three-values",
        ),
        pytest.param(
            "Kestrel was bought by Corvane for $19bn in 2004.\n\nCorvane agreed to buy "
            "Kestrel for $16bn in 2006.\n",
            id="stated-periods",
        ),
    ],
)
def test_deal_figures_that_need_not_be_one_deal_are_not_compared(tmp_path, text):
    assert run(tmp_path, {"a.txt": text}) == []


def test_a_rounded_deal_figure_of_one_sentence_is_not_compared(tmp_path):
    text = "Kestrel was bought by Corvane for $19bn, and Corvane agreed to buy Kestrel for $16bn."
    assert run(tmp_path, {"a.txt": text}) == []


def test_a_headline_rounding_its_lead_is_not_a_conflict(tmp_path):
    texts = {"a.txt": "Kestrel in $16bn deal\n\nKestrel signed a $16.6bn deal with Larchmont.\n"}
    assert run(tmp_path, texts) == []


def test_a_rule_can_require_stated_entities(tmp_path):
    texts = {
        "a.md": TOPIC_CLEAR,
        "b.md": "Kestrel Foods's revenue for 2019 was $7 billion.",
    }
    assert len(run(tmp_path, texts, date=date(2020, 3, 1))) == 1
    stated = {"figure-conflict": {"requires": {"entity": "stated", "period": "inferred"}}}
    assert run(tmp_path, texts, date=date(2020, 3, 1), params=stated) == []


def test_a_filer_calling_itself_the_company_gives_positional_names_weak_grades(tmp_path):
    text = (
        "The Company sold its Dunmore plant. Revenue at the Dunmore site was $4 million in "
        "2019, the Company said."
    )
    assert claim_for(tmp_path, text, "$4 million").grade("entity") is Grade.WEAK


def test_a_bid_from_a_named_bidder_is_keyed_by_it(tmp_path):
    claim = claim_for(tmp_path, "Larchmont rejected a $6.3bn bid from Kestrel in 2005.", "$6.3bn")
    assert (claim.entity, claim.counterparty, claim.measure) == ("Larchmont", "Kestrel", "bid")


def test_a_loans_maturity_is_not_the_period_of_its_amount(tmp_path):
    text = "Kestrel repaid a $250 million loan with a maturity date of August 2022."
    assert claim_for(tmp_path, text, "$250 million").period != "2022-08"


def test_the_headline_is_not_compared_with_a_part_of_the_leads_total(tmp_path):
    texts = {
        "a.txt": "Kestrel bosses in $65m payout\n\nTen former Kestrel directors agreed to pay "
        "$54m, including $18m from their own pockets, to settle a lawsuit.\n"
    }
    (finding,) = run(tmp_path, texts)
    assert "'$65m' and the lead's '$54m'" in finding.message


def test_the_markdown_figures_table_marks_what_is_not_stated(tmp_path):
    (tmp_path / "a.md").write_text(TOPIC_CLEAR, encoding="utf-8")
    report = render_markdown(check([tmp_path], date=ON))
    assert "| Kestrel Foods (inferred) | revenue |" in report


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        (
            "# Chipmaker Veltron to buy Orin for $12bn\n\nThe deal makes Veltron the biggest "
            "chip firm. Veltron will pay $12bn in cash.",
            "Chipmaker Veltron",
            "Veltron",
        ),
        (
            "Carmaker Lotrek sold 2,000 cars for $90m. Shares in Lotrek rose. Lotrek said "
            "demand was strong.",
            "Carmaker Lotrek",
            "Lotrek",
        ),
        (
            "Ailing Brightmart lost $40m in 2019. Brightmart shut ten shops, and Brightmart "
            "staff were told.",
            "Ailing Brightmart",
            "Brightmart",
        ),
    ],
)
def test_a_descriptive_noun_before_a_name_is_not_part_of_it(text, written, name):
    names = DocumentNames.of(text)
    assert names.clean(written) == name


def test_a_first_name_before_a_surname_stays_part_of_the_name():
    text = "Winona Calder, Acme's chair, spoke. Calder said Acme earned $5m. Acme grew."
    assert DocumentNames.of(text).clean("Winona Calder") == "Winona Calder"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # A headline in capitals names no company by its capitals alone.
        (
            "FRANCE NARROWS TRADE GAP IN APRIL\n\n    PARIS, May 4 - The country posted a "
            "trade deficit of 300 mln francs in April, the customs office said.\n",
            None,
        ),
        (
            "ORBIX SAYS EARLY 1987 RESULTS ENCOURAGING\n\n    LONDON, March 11 - Orbix "
            "Holdings <ORBX.L> said early results were encouraging. Orbix Holdings earned "
            "54.9 mln stg in 1986.\n",
            "Orbix",
        ),
        # A company's name before its bracketed ticker or up to its legal suffix, without
        # the ticker, a possessive's S or the next paragraph's dateline.
        (
            "D.K. FENWAY CO LTD <FNWY> 4TH QTR NET\n\n    NEW ORLEANS, March 13 -\n"
            "    Shr 39 cts vs 1.34 dlrs\n    Net 1,392,000 vs 4,686,000\n",
            "D.K. FENWAY",
        ),
        (
            "KESTREL'S OUTDOOR GOODS INC <KSTL> 4TH QTR NET\n\n    HOUSTON, March 17 -\n"
            "    Shr 92 cts vs 1.28 dlrs\n    Net 5,415,000 vs 7,730,000\n",
            "KESTREL",
        ),
        (
            "LARROW UTILITIES ASSOCIATES 3RD QTR NET\n\n    BOSTON, Oct 19 -\n"
            "    Shr 86 cts vs 74 cts\n    Net 11.1 mln vs 8.6 mln\n",
            None,
        ),
        (
            "MARLOWE DEPARTMENT STORES INC 4TH QTR NET\n\n    CINCINNATI, March 2 -\n"
            "    Shr 1.92 dlrs vs 1.50 dlrs\n    Net 86.0 mln vs 67.4 mln\n",
            "MARLOWE DEPARTMENT STORES",
        ),
    ],
)
def test_capitals_of_a_headline_name_only_a_company_with_its_ticker_or_legal_suffix(
    text: str, topic: str | None
) -> None:
    assert DocumentNames.of(text).main_subject == topic


@pytest.mark.parametrize(
    "opening",
    ["HONG KONG/BEIJING - ", "RIYADH (Wire) - ", "SAO PAULO — "],
)
def test_a_dateline_without_a_date_is_no_topic(opening: str) -> None:
    text = (
        f"{opening}Orbix Corp on Thursday set the price of its first car at 215,900 yuan. "
        "The carmaker's Hong Kong shares rose. Analysts in Hong Kong said Hong Kong "
        "investors liked Orbix.\n"
    )
    assert DocumentNames.of(text).main_subject == "Orbix"


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # An adjective made with a name describes the company that follows.
        (
            "Shares of Orbix climbed, leaving the Kestrel-controlled chip designer worth $65 "
            "billion. Orbix said so.",
            "Kestrel-controlled",
        ),
        (
            "Revenue for July-September rose to Rs 176 crore at Orbix. Orbix said so.",
            "July-September",
        ),
        # Depositary shares and placements are instruments, not companies.
        ("Orbix paid $0.66 per ADS. The ADS traded at $80. Orbix said so.", "ADS"),
        # A fiscal period written as a token.
        ("ORBX | Q2 FY24 | results brief. For FY24 Orbix expects $12.8B. Orbix said so.", "FY24"),
        ("Orbix's GAAP EPS was $0.38. Non-GAAP EPS was $0.02. Orbix said so.", "EPS"),
    ],
)
def test_descriptions_and_instruments_are_no_names(text: str, not_a_name: str) -> None:
    assert not_a_name not in DocumentNames.of(text).vocabulary


def test_a_title_case_headline_names_nothing_by_its_capitals() -> None:
    text = (
        '---\ntitle: "Orbix Adds 13 Million Subscribers, Signs $5 Billion Kestrel Deal"\n---\n\n'
        "Orbix posted its strongest quarter. The deal with Kestrel is worth $5 billion.\n"
    )
    names = DocumentNames.of(text)
    assert "Signs" not in names.vocabulary and "Adds" not in names.vocabulary
    assert {"Orbix", "Kestrel"} <= names.vocabulary
