"""Tests for the rules that compare figures: fx-mismatch, figure-conflict, period-conflict."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.api import analyse_document, check
from checker.corpus import read_corpus

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(tmp_path: Path, texts: dict[str, str], rule: str, on: date | None = None):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in check([tmp_path], date=on, select=[rule]).findings if f.rule == rule]


def test_fx_finding_shows_rate_date_implied_rate_and_deviation(tmp_path):
    (finding,) = run(
        tmp_path,
        {"a.txt": "Spotify ended the day worth $26.5 billion, or roughly SEK 160 billion."},
        "fx-mismatch",
        date(2018, 4, 4),
    )

    assert "ECB reference rate, 2018-04-04" in finding.explanation
    assert "The text implies 1 USD = 6.038 SEK" in finding.explanation
    assert "-28." in finding.explanation


def test_undated_conversion_passes_when_some_plausible_rate_agrees(tmp_path):
    text = "In 2021 and 2024 the bank priced it at $170 billion (₹15.3 lakh crore)."

    assert run(tmp_path, {"a.txt": text}, "fx-mismatch") == []


def test_undated_conversion_fails_when_no_plausible_rate_agrees(tmp_path):
    text = "In 2021 and 2024 the bank priced it at $10 billion (Rs 7,300 crore)."

    assert len(run(tmp_path, {"a.txt": text}, "fx-mismatch")) == 1


def test_seeds_have_no_fx_mismatch_nor_figure_conflict():
    findings = check([SEEDS]).findings

    assert not [f for f in findings if f.rule in ("fx-mismatch", "figure-conflict")]
    conflict = next(f for f in findings if f.rule == "currency-conflict")
    assert (
        "matches" in conflict.explanation
        and "ECB reference rate, 2025-12-24" in conflict.explanation
    )


def test_conflict_across_documents_cites_both_files(tmp_path):
    findings = run(
        tmp_path,
        {
            "a.md": "Shares in Snowflake rose. Snowflake's IPO price in September 2020 was $120 "
            "a share, its offer price.",
            "b.md": "Investors in Snowflake did well. Snowflake's offer price in September 2020 "
            "was $102 a share.",
        },
        "figure-conflict",
        date(2021, 3, 1),
    )

    (finding,) = findings
    assert finding.path.endswith("b.md")
    assert "a.md:1" in finding.explanation and "b.md:1" in finding.explanation


def test_two_roundings_of_one_amount_do_not_conflict(tmp_path):
    texts = {
        "a.md": "Investors in Jio cheered. Facebook paid Rs 43,573 crore for Jio in April 2020.",
        "b.md": "Investors in Jio cheered. Facebook paid Rs 43,574 crore for Jio in April 2020.",
    }

    assert run(tmp_path, texts, "figure-conflict", date(2020, 5, 1)) == []


def test_same_value_in_different_periods_is_a_period_conflict(tmp_path):
    texts = {
        "a.md": "Investors in WeWork lost. WeWork was valued at $47 billion in January 2018.",
        "b.md": "Investors in WeWork lost. WeWork was valued at $47 billion in January 2019.",
    }

    (finding,) = run(tmp_path, texts, "period-conflict", date(2021, 1, 1))
    assert finding.severity == "warning"
    assert "2018-01" in finding.explanation and "2019-01" in finding.explanation


def test_a_years_revenue_is_not_compared_with_part_of_the_year(tmp_path):
    texts = {
        "a.md": "Investors in Acme cheered. Acme's revenue for 2021 was $30 billion.",
        "b.md": "Investors in Acme cheered. Acme's revenue in the six months to June 2021 was "
        "$14 billion.",
    }

    assert run(tmp_path, texts, "figure-conflict", date(2022, 2, 1)) == []


def test_a_point_in_time_value_of_a_year_is_compared_with_its_months(tmp_path):
    texts = {
        "a.md": "Investors in Acme cheered. Acme was valued at $30 billion in 2021.",
        "b.md": "Investors in Acme cheered. Acme was valued at $14 billion in June 2021.",
    }

    assert len(run(tmp_path, texts, "figure-conflict", date(2022, 2, 1))) == 1


def test_a_bare_loss_is_the_net_loss(tmp_path):
    texts = {
        "a.md": "WeWork shelved its listing. WeWork's net loss for 2018 was $1.9 billion.",
        "b.md": "WeWork agreed a merger. WeWork lost $1.6 billion in 2018.",
    }

    (finding,) = run(tmp_path, texts, "figure-conflict", date(2021, 3, 27))
    assert "WeWork loss for 2018" in finding.message


def test_an_operating_loss_is_not_the_net_loss(tmp_path):
    texts = {
        "a.md": "Spotify listed in New York. Spotify's operating loss for 2017 was €378 million.",
        "b.md": "Spotify listed in New York. Spotify lost €1.235 billion in 2017.",
    }

    assert run(tmp_path, texts, "figure-conflict", date(2018, 4, 4)) == []


def test_revenue_of_the_year_a_document_is_about_counts_as_stated(tmp_path):
    text = (
        "Analyst note: Tesla's 2021 shows the operating leverage\n\n"
        "Revenue for the year reached $53.8 billion, against $31.5 billion in 2020.\n\n"
        "Cash generation is strong. Automotive sales made up the bulk of the $58.3 billion in "
        "total revenue."
    )

    (finding,) = run(tmp_path, {"a.txt": text}, "figure-conflict")
    assert "'$58.3 billion' contradicts '$53.8 billion' for Tesla revenue for 2021" in (
        finding.message
    )
    assert "carried over from the sentences before it" in finding.explanation


def test_a_value_at_a_moment_does_not_take_a_period_carried_over(tmp_path):
    text = (
        "Acme first backed Beta in 2020, when it put in $400 million. Acme's total "
        "investment in Beta rises to $700 million.\n\nMore news follows."
    )

    assert run(tmp_path, {"a.md": text}, "figure-conflict", date(2024, 10, 3)) == []


def test_a_document_stating_both_values_tells_them_apart(tmp_path):
    texts = {
        "a.md": "Rivian listed on Wednesday. Rivian closed at a market value of $88 billion. At "
        "the session's high Rivian's market value was $100 billion.",
        "b.md": "Rivian's market value was $88 billion in November 2021.",
    }

    assert run(tmp_path, texts, "figure-conflict", date(2021, 11, 11)) == []


def test_a_document_stating_one_value_is_compared(tmp_path):
    texts = {
        "a.md": "Rivian listed on Wednesday. At the session's high Rivian's market value was "
        "$100 billion.",
        "b.md": "Rivian's market value was $88 billion in November 2021.",
    }

    assert len(run(tmp_path, texts, "figure-conflict", date(2021, 11, 11))) == 1


@pytest.mark.parametrize(
    ("about", "exact", "triggers"),
    [("about $72 billion", "$76 billion", True), ("about $8 billion", "$7.6 billion", False)],
)
def test_about_is_the_rounding_of_its_last_digit(tmp_path, about, exact, triggers):
    texts = {
        "a.md": f"Toyota invested in Uber. The deal valued Uber at {about} in August 2018.",
        "b.md": f"Toyota invested in Uber. Uber was valued at {exact} in August 2018.",
    }

    assert bool(run(tmp_path, texts, "figure-conflict", date(2019, 5, 11))) is triggers


def test_a_comparison_base_dated_by_its_own_words_is_a_period_conflict(tmp_path):
    texts = {
        "a.md": "Shares of Snowflake soared. Snowflake is worth eight times the $12.4 billion "
        "valuation of its last private round in February 2020.",
        "b.md": "Shares of Snowflake soared. Snowflake was worth five times the $12.4 billion at "
        "which it had raised money privately in February 2019.",
    }

    (finding,) = run(tmp_path, texts, "period-conflict", date(2024, 2, 29))
    assert "2019-02" in finding.explanation and "2020-02" in finding.explanation


APPROACH = (
    "Beta rebuffs Acme. Beta turned down an offer from Acme worth £115 billion in February 2017."
)
REBUFFED = "Gamma sold its arm. Nine years after 2017, Acme's £143bn approach was rebuffed."


def test_a_bidders_offer_is_about_the_company_its_other_offers_that_year_name(tmp_path):
    texts = {"a.md": APPROACH, "b.md": REBUFFED}

    (finding,) = run(tmp_path, texts, "figure-conflict", date(2025, 12, 9))
    assert "'£143bn' and '£115 billion' disagree for Beta valuation" in finding.message
    assert "Beta is the only company Acme's other valuation figures of 2017" in (
        finding.explanation
    )


def test_a_bidder_with_offers_for_two_companies_that_year_names_none(tmp_path):
    texts = {
        "a.md": APPROACH,
        "b.md": REBUFFED,
        "c.md": "Delta rebuffs Acme. Delta turned down an offer from Acme worth £20 billion in "
        "May 2017.",
    }

    assert run(tmp_path, texts, "figure-conflict", date(2025, 12, 9)) == []


RESCUE = (
    "Acme takes control of Beta. People close to the deal describe three parts: $5 billion of "
    "new debt, a tender offer for up to $3 billion of shares and the early release of a "
    "$1.5 billion equity commitment. Together they amount to $9.5 billion."
)


@pytest.mark.parametrize(("debt", "triggers"), [("$5 billion", True), ("$4 billion", False)])
def test_the_one_part_two_breakdowns_of_a_total_give_differently_conflicts(
    tmp_path, debt, triggers
):
    texts = {
        "a.md": RESCUE,
        "b.md": "Beta plans a listing. After the failed flotation of 2019, Acme invested in Beta "
        f"through a rescue presented as a $9.5 billion package, made up of {debt} of debt, a "
        "tender offer for up to $3 billion of shares and $2.5 billion of accelerated equity "
        "funding.",
    }

    findings = run(tmp_path, texts, "figure-conflict", date(2019, 10, 23))
    equity = [f for f in findings if "'$2.5 billion' contradicts '$1.5 billion'" in f.message]
    assert len(equity) == triggers
    assert all(
        "the other parts agree ('$5 billion', '$3 billion')" in f.explanation for f in equity
    )


def test_two_conversions_of_one_pair_that_disagree_are_both_reported(tmp_path):
    text = (
        "Ortolan agreed to buy the mill for £2.4bn ($4.4bn), its board said.\n\n"
        "It will also return $900m (£650m) to its shareholders."
    )

    (finding,) = run(tmp_path, {"a.txt": text}, "fx-mismatch")

    assert len(finding.figures) == 4
    assert "1 GBP = 1.833 USD and 1 GBP = 1.385 USD" in finding.message
    assert "F4 '£650m' restates F3 '$900m'" in finding.explanation
    assert "4.4 billion USD / 2.4 billion GBP = 1 GBP to 1.833 USD" in finding.explanation
    assert "no exchange-rate date is needed" in finding.explanation


def test_the_conversion_outside_the_documents_agreeing_conversions_is_the_one_flagged(
    tmp_path,
):
    text = (
        "Ortolan agreed to buy the mill for £2.4bn ($4.4bn), its board said.\n\n"
        "The mill earned £310m ($570m) and paid £45m ($83m) in tax.\n\n"
        "It will also return $900m (£650m) to its shareholders."
    )

    (finding,) = run(tmp_path, {"a.txt": text}, "fx-mismatch")

    assert len(finding.figures) == 2
    assert "'£650m' for '$900m' implies 1 GBP = 1.385 USD" in finding.message
    assert "the document's other conversions imply 1 GBP = 1.833–1.844 USD" in finding.message


@pytest.mark.parametrize(
    "second",
    [
        "It will also return $1.65bn (£900m) to its shareholders.",
        "In 1996 the mill was sold for $900m (£650m) to its present owners.",
        "It will also return about $900m (£650m) to its shareholders.",
        "It will also return more than $900m (£650m) to its shareholders.",
        "Its shares closed at 650p ($9.00) on the news.",
        "It will also return $900m (£650m at the time) to its shareholders.",
        "A court awarded it £2bn ($2.4bn), a sum it may never see.",
    ],
)
def test_own_rate_evidence_abstains_unless_the_text_states_comparable_exact_conversions(
    tmp_path, second
):
    text = f"Ortolan agreed to buy the mill for £2.4bn ($4.4bn), its board said.\n\n{second}"

    assert run(tmp_path, {"a.txt": text}, "fx-mismatch") == []


def test_a_conversion_the_dated_check_flags_is_reported_once(tmp_path):
    text = (
        "Ortolan agreed to buy the mill for £2.4bn ($4.4bn), its board said.\n\n"
        "It will also return $900m (£650m) to its shareholders."
    )

    (finding,) = run(tmp_path, {"a.txt": text}, "fx-mismatch", date(2005, 1, 14))

    assert "exchange rate of the document's date" in finding.message
    assert "The document's own conversions disagree as well" in finding.explanation
    assert "F2 '$4.4bn' restates F1 '£2.4bn'" in finding.explanation


def test_a_lost_magnitude_shown_by_a_restatement_is_not_also_an_fx_mismatch(tmp_path):
    text = "Ortolan said it paid £1.5 ($2.8bn) for the rival steelmaker last week."
    findings = check([_written(tmp_path, text)], date=date(2005, 1, 14)).findings

    assert [f.rule for f in findings] == ["missing-scale"]


def _written(tmp_path: Path, text: str) -> Path:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_figure_with_no_year_of_its_own_is_of_the_documents_stated_year(tmp_path):
    text = (
        "In January 2005 Ortolan agreed to buy the mill for £2.4bn ($4.4bn).\n\n"
        "It plans to return $900m (£650m) to its shareholders."
    )

    (finding,) = run(tmp_path, {"a.txt": text}, "fx-mismatch", date(2005, 1, 14))

    assert "The document's own conversions disagree as well" in finding.explanation


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # £2.4bn is 2.5-5.2 billion dollars at every GBP/USD rate since 1984: never $7.5bn.
        ("Acme Holdings agreed to buy Beta Retail for £2.4bn ($7.5bn) in cash.", "$7.5bn"),
        ("Tollbridge paid ¥90bn ($3bn) for the rail operator.", "$3bn"),
        # Agrees at some rate of the history: the date is unknown, so nothing is said.
        ("Acme Holdings agreed to buy Beta Retail for £2.4bn ($4.4bn) in cash.", None),
        ("Tollbridge paid ¥90bn ($800m) for the rail operator.", None),
    ],
)
def test_an_undated_conversion_wrong_at_every_rate_is_an_info_note(
    tmp_path: Path, sentence: str, flagged: str | None
) -> None:
    (tmp_path / "note.md").write_text(sentence + "\n", encoding="utf-8")
    result = check([tmp_path])
    notes = [f for f in result.findings if f.rule == "fx-mismatch"]
    if flagged is None:
        assert notes == []
        return
    texts = {claim.figure_id: claim.mention.text for claim in result.claims}
    assert [(f.severity, texts[f.figures[0]]) for f in notes] == [("info", flagged)]
    assert "at any exchange rate from 1984" in notes[0].message
    assert result.exit_status == 0


def test_a_dated_conversion_is_not_also_an_undated_note(tmp_path: Path) -> None:
    text = "---\ndate: 2005-01-15\n---\nAcme Holdings bought Beta Retail for £2.4bn ($7.5bn).\n"
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    notes = [f for f in check([tmp_path]).findings if f.rule == "fx-mismatch"]
    assert [f.severity for f in notes] == ["error"]


@pytest.mark.parametrize(("headline", "triggers"), [("$2.4bn", True), ("$2.1bn", False)])
def test_a_headline_is_read_against_the_amount_its_leads_conversion_stands_for(
    tmp_path: Path, headline: str, triggers: bool
) -> None:
    text = (
        f"Kestrel pays {headline} to leave Larchmont pact\n\n"
        "Kestrel is to pay Larchmont 1.55bn euros ($2bn) to end their partnership.\n"
    )
    found = run(tmp_path, {"a.txt": text}, "figure-conflict", date(2005, 2, 14))
    assert len(found) == int(triggers)
    assert all("converts another figure of the lead" in f.explanation for f in found)


def test_an_undated_conversion_does_not_narrow_the_leads_figure(tmp_path: Path) -> None:
    text = (
        "Kestrel pays $2.4bn to leave Larchmont pact\n\n"
        "Kestrel is to pay Larchmont 1.55bn euros ($2bn) to end their partnership.\n"
    )
    assert run(tmp_path, {"a.txt": text}, "figure-conflict") == []


@pytest.mark.parametrize(
    ("lead", "triggers"),
    [("($2bn; £1.1bn)", True), ("($2bn; £1bn)", False), ("($2.4bn; £1.3bn)", False)],
)
def test_a_leads_conversion_is_read_to_the_decimals_of_its_sibling_conversion(
    tmp_path: Path, lead: str, triggers: bool
) -> None:
    text = (
        "Kestrel pays $2.4bn to leave Larchmont pact\n\n"
        f"Kestrel is to pay Larchmont 1.55bn euros {lead} to end their partnership.\n"
    )
    found = run(tmp_path, {"a.txt": text}, "figure-conflict")
    assert len(found) == int(triggers)
    assert all("read to the decimals of '£1.1bn'" in f.explanation for f in found)


TAKEOVER = (
    "Tarn Exchange to pick a buyer\n\n"
    "The Tarn Exchange is to pick a preferred bidder this month, its board said.\n\n"
    "A £1.3bn offer from Halden has already been rejected, while Orvane may yet bid. "
    "Talks have stalled, and Mr Dunn has grown impatient since Halden's {second} offer was "
    "turned down in December.{more}\n"
)


@pytest.mark.parametrize(
    ("second", "more", "triggers"),
    [
        ("£1.6bn", "", True),
        ("£1.3bn", "", False),
        # Halden's deal figures name two companies: the possessive offer's is unknown.
        ("£1.6bn", " Halden also made a £2bn offer for Pellow Markets.", False),
    ],
)
def test_a_bidders_possessive_offer_is_for_the_company_its_other_offer_names(
    tmp_path: Path, second: str, more: str, triggers: bool
) -> None:
    text = TAKEOVER.format(second=second, more=more)
    found = run(tmp_path, {"a.txt": text}, "figure-conflict")
    assert len(found) == int(triggers)
    assert all(
        "the bid for Tarn Exchange by Halden" in f.message
        and "Tarn Exchange is the only company Halden's other deal figures" in f.explanation
        for f in found
    )


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Corvane agreed to buy its former parent and rival Tarrow for about $16bn.", "$16bn"),
        (
            "The market is shrinking, with Tarrow being bought by Corvane last year for $19bn.",
            "$19bn",
        ),
    ],
)
def test_the_company_bought_is_the_deals_entity_and_the_buyer_its_party(
    tmp_path: Path, sentence: str, figure: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Markets\n\nHalvard reported results. {sentence}\n", encoding="utf-8")
    (document,) = read_corpus([path])
    (claim,) = [c for c in analyse_document(document).claims if c.mention.text == figure]
    assert (claim.entity, claim.counterparty) == ("Tarrow", "Corvane")


def test_market_values_of_stories_of_two_days_are_two_moments(tmp_path: Path) -> None:
    texts = {
        "june.md": "---\ndate: 2022-06-10\n---\nShares of Routely fell 4% on Friday, giving it "
        "a market value of $1.3 billion in June.\n",
        "january.md": "---\ndate: 2023-01-13\n---\nRoutely said it would buy Fernwave.\n\n"
        "Routely, which reported revenue of $310 million for 2022, has a market value of about "
        "$1.1 billion.\n",
    }
    assert run(tmp_path, texts, "figure-conflict") == []


def test_two_market_values_in_one_story_still_conflict(tmp_path: Path) -> None:
    text = (
        "---\ndate: 2022-06-10\n---\nRoutely had a market value of $1.3 billion in June. "
        "Investors note that Routely's market value of $2.6 billion in June makes it the "
        "largest rival.\n"
    )
    assert len(run(tmp_path, {"one.md": text}, "figure-conflict")) == 1


@pytest.mark.parametrize(
    "part",
    [
        "Its US revenue was $2.9bn.",
        "Revenue in Europe was $1.3bn.",
        "European sales were $1.3bn.",
        "Domestic sales came to $2.9bn.",
    ],
)
def test_a_markets_revenue_is_no_contradiction_of_the_total(tmp_path: Path, part: str) -> None:
    text = f"Northwind's revenue was $4.2bn (£3.3bn) in 2023. {part}\n"
    assert run(tmp_path, {"a.md": text}, "figure-conflict", date(2024, 5, 2)) == []


def test_stated_rows_are_built_when_asked_for_and_equal_each_time(tmp_path):
    from checker.checks import CheckContext
    from checker.checks.consistency import ConflictParameters, StatedRows, _fact_rows

    (tmp_path / "a.txt").write_text(
        "Pelmar Foods reported revenue of $4 billion in 2019.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Pelmar Foods reported revenue of $5 billion in 2019.\n", encoding="utf-8"
    )
    result = check([tmp_path], fail_on="never", date="2020-01-02")
    documents = {d.path: d for d in result.documents}
    context = CheckContext(documents, result.claims, result.relations, result.facts)
    stated = StatedRows(context, _fact_rows(context, ConflictParameters()), 0.05)
    assert len(stated) == 2 and list(stated) == [c.figure_id for c in result.claims]
    first, again = (stated[result.claims[0].figure_id] for _ in range(2))
    assert first == again and first is not again
    assert first.entity == "Pelmar Foods" and first.reading.low < 4e9 < first.reading.high
    assert "F99" not in stated
    with pytest.raises(KeyError):
        stated["F99"]


def test_one_story_stating_an_amount_at_two_periods_tells_them_apart(tmp_path: Path) -> None:
    text = "Kestrel raised $25 million in 2019 and another $25 million in 2021.\n"
    assert run(tmp_path, {"a.md": text}, "period-conflict", date(2022, 1, 12)) == []


def test_two_stories_dating_one_round_differently_conflict(tmp_path: Path) -> None:
    texts = {
        "march.md": "Fernwave raised $30 million in a Series B round in March 2021, led by "
        "Northgate Ventures.\n",
        "june.md": "Fernwave, which raised $30 million in a Series B round in June 2021, is "
        "hiring.\n",
    }
    (finding,) = run(tmp_path, texts, "period-conflict", date(2021, 7, 12))
    assert "Fernwave" in finding.message


PROFIT_2018 = (
    "Orbix is the most profitable miner. Orbix earned a net profit of $111.1 billion in 2018."
)
PROFIT_2017 = (
    "Brokers said the net profit of $111.1 billion Orbix earned in 2017 was the number to beat."
)


@pytest.mark.parametrize(
    ("texts", "flagged"),
    [
        # One document, an exact amount of four significant digits, two years: a slip.
        ({"a.md": f"{PROFIT_2018}\n\n{PROFIT_2017}\n"}, True),
        # A round amount may repeat from one year to the next.
        (
            {
                "a.md": f"{PROFIT_2018.replace('111.1', '110')}\n\n"
                f"{PROFIT_2017.replace('111.1', '110')}\n"
            },
            False,
        ),
        # Two documents: a flow may be reported alike for two periods by two stories.
        ({"a.md": PROFIT_2018 + "\n", "b.md": PROFIT_2017 + "\n"}, False),
    ],
    ids=["one-document", "round-amount", "two-documents"],
)
def test_a_flow_with_the_same_precise_amount_in_two_periods_of_one_story(tmp_path, texts, flagged):
    found = run(tmp_path, texts, "period-conflict", date(2019, 12, 11))
    assert len(found) == int(flagged)


@pytest.mark.parametrize(("later", "flagged"), [("£1.2bn", True), ("£1.1bn", False)])
def test_a_definite_figure_points_back_at_the_fact_its_story_stated(tmp_path, later, flagged):
    text = (
        "Kestrel Bank's pre-tax profit for 2024 reached £1.1bn, up from £438m in 2023.\n\n"
        f"The {later} pre-tax profit puts Kestrel Bank ahead of several rivals.\n"
    )
    found = run(tmp_path, {"a.md": text}, "figure-conflict", date(2025, 4, 24))
    assert len(found) == int(flagged)
    claims = analyse_document(next(iter(read_corpus([tmp_path / "a.md"])))).claims
    later_claim = next(c for c in claims if c.mention.text == later and c.mention.start > 80)
    assert later_claim.period == "2024"
    assert later_claim.evidence_for("period").resolver == "antecedent_period"


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        # Another company reports in the sentence before: the topic is only weakly the one.
        (
            "Carmaker Orbix, which competes with Kestrel, reported 2024 revenue of RMB 777.1 "
            "billion. Net profit climbed 34% to RMB 40.25 billion in 2024.",
            False,
        ),
        ("Kestrel's shares rose. Net profit climbed 34% to RMB 40.25 billion in 2024.", True),
    ],
)
def test_a_topic_read_right_after_another_companys_figure_is_weak(tmp_path, second, flagged):
    text = (
        "Kestrel Battery reported 2024 net profit of RMB 50.7 billion. Kestrel Battery said "
        "sales fell. Kestrel Battery shares rose.\n\n"
        f"{second}\n"
    )
    found = run(tmp_path, {"a.md": text}, "figure-conflict", date(2025, 5, 20))
    assert len(found) == int(flagged)


DEAL_STORY = """---
date: 2024-02-05
title: "Harwick to buy Corvane for $16.5bn"
---

Harwick agreed on Monday to buy drug maker Corvane in a deal with an enterprise value of
$16.5 billion, its largest ever.

The equity value is about $11.5 billion; Harwick also takes on $5 billion of net debt.

Analysts said the $15.6 billion takeover gives Harwick control of its supply chain.
"""


def test_a_figure_named_as_the_storys_deal_is_held_against_the_headline_and_lead(tmp_path):
    [finding] = run(tmp_path, {"deal.md": DEAL_STORY}, "figure-conflict", date(2024, 2, 5))
    assert "'the $15.6 billion takeover' does not match the deal's '$16.5bn'" in finding.message
    assert "No figure of the document states" in finding.explanation


@pytest.mark.parametrize(
    ("written", "instead"),
    [
        pytest.param("about $11.5 billion;", "about $15.6 billion;", id="states-another-amount"),
        pytest.param(
            "the $15.6 billion takeover gives",
            "the $15.6 billion takeover of Lumen gives",
            id="names-a-party",
        ),
        pytest.param(
            "Analysts said the $15.6 billion takeover gives",
            "It is bigger than the $15.6 billion takeover that gave",
            id="compared-with-another",
        ),
        pytest.param(
            "its largest ever.", "after a $12 billion bid in 2023.", id="two-deals-in-the-lead"
        ),
    ],
)
def test_a_figure_named_as_a_deal_is_not_flagged_when_the_text_leaves_room(
    tmp_path, written, instead
):
    assert written in DEAL_STORY
    text = DEAL_STORY.replace(written, instead)
    assert run(tmp_path, {"deal.md": text}, "figure-conflict", date(2024, 2, 5)) == []


SETTLEMENT_STORY = """---
date: 2023-06-14
title: "Orlen Bank to pay $2.6 billion over mis-sold loans"
---

Orlen Bank agreed on Wednesday to pay $2.6 billion to settle claims by the regulator that it
mis-sold car loans. The bank will pay $1.5 billion in redress and a $1.1 billion penalty.

Analysts said the $2.9 billion settlement ends most of the regulator's cases against it.
"""

OFFER_STORY = """---
date: 2024-09-02
title: "Valmont agrees €4.3 billion takeover of Norvik Energy"
---

Valmont has agreed to buy control of Norvik Energy in a deal that values the company at
€4.3 billion.

Norvik had revenue of €410 million last year. Analysts said the €4.8 billion offer leaves
little room for a rival.
"""

RIVAL_TALKS_STORY = """---
date: 2024-04-08
title: "Harwick to buy Corvane for $52bn"
---

Harwick agreed on Monday to buy Corvane for $310 a share, a deal with an enterprise value of
about $52 billion.

Corvane was in talks with Lumen Group last year at a price reported near $280 a share, about
$50 billion, before those talks ended.

The $25 billion deal is Harwick's largest.
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            SETTLEMENT_STORY,
            "'the $2.9 billion settlement' does not match the settlement's '$2.6 billion'",
            id="settlement",
        ),
        pytest.param(
            OFFER_STORY,
            "'the €4.8 billion offer' does not match the deal's '€4.3 billion'",
            id="offer",
        ),
    ],
)
def test_a_figure_named_as_the_storys_event_is_held_against_the_headline_and_lead(
    tmp_path, text, message
):
    [finding] = run(tmp_path, {"story.md": text}, "figure-conflict")
    assert message in finding.message


def test_another_buyers_amount_does_not_name_the_referring_figure(tmp_path):
    text = RIVAL_TALKS_STORY.replace("The $25 billion deal", "The $45 billion deal")
    [finding] = run(tmp_path, {"story.md": text}, "figure-conflict")
    assert "'The $45 billion deal' does not match the deal's '$52bn'" in finding.message
    # The same rough amount from a party the headline names does name it.
    same_party = text.replace("with Lumen Group last year", "with Harwick last year")
    assert run(tmp_path, {"story.md": same_party}, "figure-conflict") == []


@pytest.mark.parametrize(
    ("written", "instead"),
    [
        pytest.param("the €4.8 billion offer", "the €4.8 billion rival offer", id="rival"),
        pytest.param("the €4.8 billion offer", "the €4.8 billion earlier offer", id="earlier"),
        pytest.param("the €4.8 billion offer", "the €4.8 billion offer from Kestrel", id="party"),
    ],
)
def test_an_offer_of_another_stage_or_party_is_not_held_against_the_deal(
    tmp_path, written, instead
):
    text = OFFER_STORY.replace(written, instead)
    assert run(tmp_path, {"story.md": text}, "figure-conflict") == []


def test_a_penalty_is_not_held_against_the_settlement_it_is_part_of(tmp_path):
    # The lead tells the settlement; the penalty, a part of it, is told after the lead.
    text = SETTLEMENT_STORY.replace("$2.9 billion settlement", "$1.3 billion penalty")
    assert run(tmp_path, {"story.md": text}, "figure-conflict") == []


def test_the_parts_of_a_total_do_not_hide_the_total_from_another_document(tmp_path):
    texts = {
        "a.md": "---\ndate: 2024-03-22\n---\n\nCorvex's offering raised $748 million, of which "
        "$519.5 million went to the company and $228.5 million to existing holders.\n",
        "b.md": "---\ndate: 2025-10-01\n---\n\n| Company | Listed | Raised |\n|---|---|---|\n"
        "| Corvex | Mar 2024 | $784m |\n| Lumora | Sep 2023 | $660m |\n",
    }
    [finding] = run(tmp_path, texts, "figure-conflict")
    assert "'$784m' and '$748 million' disagree" in finding.message


def test_a_period_counted_from_a_date_the_command_line_gives_all_documents_is_not_compared(
    tmp_path,
):
    texts = {
        "a.md": "Last month Helix agreed to pay $850m to settle the suit.\n",
        "b.md": "In January, Helix agreed to pay $850m to settle the suit.\n",
    }
    assert run(tmp_path, texts, "period-conflict", date(2005, 1, 15)) == []
    texts = {name: f"---\ndate: {day}\n---\n\n{text}" for (name, text), day in zip(
        texts.items(), ("2005-01-15", "2005-02-01"), strict=True
    )}  # fmt: skip
    [finding] = run(tmp_path, texts, "period-conflict")
    assert "dated 2005-01 here but 2004-12" in finding.message


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("A buyback of up to A$400 million (about US$215 million) starts next month.", True),
        ("A buyback of up to A$400 million (about US$272 million) starts next month.", False),
        ("Sales were more than A$1.2 billion (US$810 million) in the year.", False),
        ("Sales were more than A$1.2 billion (US$480 million) in the year.", True),
    ],
)
def test_a_conversion_restates_the_bound_a_qualifier_sets(
    tmp_path: Path, text: str, flags: bool
) -> None:
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    found = check([tmp_path], date=date(2024, 8, 29), select=["fx-mismatch"]).findings
    assert bool([f for f in found if f.rule == "fx-mismatch"]) is flags


RETOLD_DEAL = """---
date: 2025-06-02
---

When Valmont agreed in March 2022 to buy Norvik for about $14 billion in cash and stock, the
price looked rich. Norvik's revenue was $610 million in 2024.

I keep coming back to the $14 billion agreement struck in March 2021.
"""


@pytest.mark.parametrize(
    ("written", "instead", "flagged"),
    [
        pytest.param("", "", True, id="retold-with-another-date"),
        pytest.param("struck in March 2021", "struck in March 2022", False, id="same-date"),
        pytest.param("struck in March 2021", "that closed in March 2023", False, id="closing"),
        pytest.param("struck in March 2021", "struck in 2022", False, id="year-holds-month"),
        pytest.param(
            "Norvik's revenue was",
            "Ostra sold a plant for $14 billion; revenue was",
            False,
            id="two-tellings-of-the-amount",
        ),
        pytest.param("the $14 billion agreement", "the $14 billion rival bid", False, id="rival"),
    ],
)
def test_an_event_named_again_with_another_date_is_a_period_conflict(
    tmp_path, written, instead, flagged
):
    text = RETOLD_DEAL.replace(written, instead) if written else RETOLD_DEAL
    found = run(tmp_path, {"a.md": text}, "period-conflict")
    assert len(found) == int(flagged)
    if flagged:
        assert "'the $14 billion agreement' is dated 2021-03 here" in found[0].message
        assert "same $14 billion deal as of 2022-03" in found[0].message


def test_an_event_named_before_its_amount_is_dated_against_its_telling(tmp_path):
    text = (
        "---\ndate: 2024-08-30\n---\n\nOstrava paid $2.7 billion in November 2021 for the 40% "
        "of Kestrel Mining it did not own.\n\nThe 2020 Kestrel Mining buyout, at $2.7 billion, "
        "now looks cheap.\n"
    )
    [finding] = run(tmp_path, {"a.md": text}, "period-conflict")
    assert "is dated 2020 here" in finding.message
    # The buyout's amount repeats the price paid stated before (`repeated_amount`), so the
    # two figures are one fact dated twice: the finding may be that fact's or the retold
    # event's, and names the other date either way.
    assert "2021-11" in finding.message
