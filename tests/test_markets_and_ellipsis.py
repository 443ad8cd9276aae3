"""Currency markers of other markets' papers, the currency of bare cents beside another
dollar's, names that are amounts or terms, a period of a clause of its own, and changes
measured against a year or against the same figure told twice. Every sentence was written
for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import claim_for, claims_of

from checker.api import check
from checker.link.dates import inferred_window

ON = date(2021, 3, 10)

MARKERS = [
    ("Kasoa Telecom presented a cheque of GH¢9.9million to the trust.", "GH¢9.9million", "GHS"),
    ("Kasoa Telecom's profit before tax rose to GH₵1.6 billion.", "GH₵1.6 billion", "GHS"),
    ("Volta Bank increased its pre-tax profit by 6% to ¢611 million.", "¢611 million", "GHS"),
    ("Kasoa Telecom's revenue was GHS 2.1 billion.", "GHS 2.1 billion", "GHS"),
    ("Rift Mobile posted a net profit of KSh 62.1 billion.", "KSh 62.1 billion", "KES"),
    ("Rift Mobile posted a net profit of Ksh62.1bn.", "Ksh62.1bn", "KES"),
    ("Najd Bank's profits stood at SR4.96 billion in the half.", "SR4.96 billion", "SAR"),
    ("Najd Bank's profits stood at SR 4.96 billion in the half.", "SR 4.96 billion", "SAR"),
    ("Doha Lenders earned QR14.4 billion last year.", "QR14.4 billion", "QAR"),
    ("Creekside Homes made Dh6.2 billion in sales.", "Dh6.2 billion", "AED"),
    ("Creekside Homes made Dhs 3 billion in sales.", "Dhs 3 billion", "AED"),
    ("Straits Lending earned RM8.1 billion in 2020.", "RM8.1 billion", "MYR"),
    ("Nusa Telekom earned Rp5 trillion in 2020.", "Rp5 trillion", "IDR"),
    ("Padma Phone earned Tk 3,000 crore in 2020.", "Tk 3,000 crore", "BDT"),
    ("Hanbit Media paid Wn4.8 billion for half the paper.", "Wn4.8 billion", "KRW"),
    ("Windhoek Breweries' sales reached N$67 million.", "N$67 million", "NAD"),
]


@pytest.mark.parametrize(("sentence", "figure", "currency"), MARKERS)
def test_a_markets_own_currency_marker_is_read(tmp_path, sentence, figure, currency):
    assert claim_for(tmp_path, sentence, figure, ON).mention.currency == currency


@pytest.mark.parametrize(
    "sentence",
    [
        "The SR71 flew at 3,500 km an hour in 1976.",
        "Its RM2 model sold 300 units.",
        "Fans paid $5 for the DH6 print.",
    ],
)
def test_letters_before_a_number_without_a_magnitude_are_not_money(tmp_path, sentence):
    assert [c.mention.text for c in claims_of(tmp_path, sentence, ON)] in ([], ["$5"])


def test_a_currency_glued_to_digits_is_no_company(tmp_path):
    claim = claim_for(tmp_path, "Ksh62.1bn was the profit of Rift Mobile.", "Ksh62.1bn", ON)
    assert claim.entity == "Rift Mobile"


def test_a_terms_acronym_is_no_company(tmp_path):
    text = (
        "Harbourfront Office Trust (HOT) reported a distribution per unit (DPU) of 2.16 "
        "Singapore cents for the quarter."
    )
    assert claim_for(tmp_path, text, "2.16 Singapore cents", ON).entity in (
        "HOT",
        "Harbourfront Office Trust",
    )


@pytest.mark.parametrize(
    ("text", "figure", "currency"),
    [
        (
            "Harbourfront Office Trust paid 2.16 Singapore cents a unit, a fall of 4% from the "
            "2.25 cents a year earlier.",
            "2.25 cents",
            "SGD",
        ),
        ("Koala Air paid 12 Australian cents a share, up from 10 cents.", "10 cents", "AUD"),
        (
            "Koala Air paid 12 Australian cents a share. Orchard Inc paid 24 cents.",
            "24 cents",
            "USD",
        ),
        ("Orchard Inc paid 24 cents a share, up from 20 cents.", "20 cents", "USD"),
    ],
)
def test_bare_cents_take_the_dollar_of_the_figure_before_them(tmp_path, text, figure, currency):
    assert claim_for(tmp_path, text, figure, ON).mention.currency == currency


def test_a_period_after_a_conceding_clause_is_that_clauses(tmp_path):
    text = (
        "Consolidated revenue at Zorvath of $50 million was up 10 percent, though up 8 "
        "percent excluding the acquisition it made in 2020."
    )
    assert claim_for(tmp_path, text, "$50 million", None).period is None
    plain = "Consolidated revenue at Zorvath was $50 million in 2020, up 10 percent."
    assert claim_for(tmp_path, plain, "$50 million", None).period == "2020"


def _findings(folder: Path, notes: dict[str, str]) -> list[tuple[str, str]]:
    for name, text in notes.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = check([folder])
    return [(f.rule, f.message) for f in result.findings]


def _flags(folder: Path, text: str, rule: str) -> bool:
    """Whether `rule` flags a one-note folder holding `text`."""
    return any(found == rule for found, _ in _findings(folder, {"a.md": text}))


def test_a_quarters_change_against_a_year_is_not_read_as_the_years(tmp_path):
    notes = {
        "a.md": "Quarterly revenue at Zorvath was $50 million, up 10 percent from $45.5 "
        "million. Consolidated revenue of $50 million was up 10 percent compared to 2019.",
        "b.md": "Zorvath's revenue was $300 million in 2019 and $350 million in 2020.",
    }
    assert not [f for f in _findings(tmp_path, notes) if f[0] == "change-mismatch"]


def test_a_years_change_against_a_year_is_checked(tmp_path):
    notes = {
        "a.md": "Kestrel's net earnings for the year were $50 million. That was 19% less "
        "than in 2022. Kestrel's net earnings were $60 million in 2022.",
    }
    assert [f for f in _findings(tmp_path, notes) if f[0] == "change-mismatch"]


def test_a_figure_told_twice_is_not_its_own_changes_base(tmp_path):
    notes = {
        "a.md": "---\ntitle: Zorvath revenue of $163.7bn represents 34.6% increase over 2021\n"
        "date: 2022-10-31\n---\nZorvath revenue of $163.7bn represents 34.6% increase over "
        "2021\n\nAnalysts expect Zorvath revenue of $163.7bn for the year.\n",
    }
    assert not [f for f in _findings(tmp_path, notes) if f[0] == "change-mismatch"]


@pytest.mark.parametrize(
    ("text", "figure", "currency", "amount"),
    [
        (
            "Veldt Mobile paid 475 South African cents a share.",
            "475 South African cents",
            "ZAR",
            4.75,
        ),
        ("Brouwerij Maas paid 40 euro cents, up from 32 cents.", "40 euro cents", "EUR", 0.40),
        ("Brouwerij Maas paid 40 euro cents, up from 32 cents.", "32 cents", "EUR", 0.32),
        ("Lagos Cement paid 30 kobo a share.", "30 kobo", "NGN", 0.30),
        ("Pune Software paid 50 paise a share.", "50 paise", "INR", 0.50),
        ("Brouwerij Maas sold the brewery for 2 million euros.", "2 million euros", "EUR", 2e6),
    ],
)
def test_the_hundredths_of_other_currencies(tmp_path, text, figure, currency, amount):
    mention = claim_for(tmp_path, text, figure, ON).mention
    assert (mention.currency, float(mention.amount)) == (currency, pytest.approx(amount))


DECLARED = (
    "*Edited transcript of the Koala Air results briefing. All amounts are in Australian "
    "dollars unless a speaker says otherwise.*\n\nCFO: Revenue was $19.8 billion, and the "
    "US$500 million note was repaid.\n"
)


def test_a_documents_declared_dollar_is_what_a_bare_dollar_sign_means(tmp_path):
    revenue = claim_for(tmp_path, DECLARED, "$19.8 billion", ON).mention
    assert revenue.currency == "AUD"
    assert "All amounts are in Australian dollars" in revenue.currency_note
    assert claim_for(tmp_path, DECLARED, "US$500 million", ON).mention.currency == "USD"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("All figures in C$ unless otherwise stated. Maple Rail earned $2 billion.", "CAD"),
        ("Amounts are expressed in NZD. Kiwi Dairy earned $2 billion.", "NZD"),
        ("Acme earned $2 billion. Prices in euros rose.", "USD"),
        ("Acme earned $2 billion; figures in US dollars.", "USD"),
    ],
)
def test_only_another_dollar_declared_changes_the_dollar_sign(tmp_path, text, currency):
    assert claim_for(tmp_path, text, "$2 billion", ON).mention.currency == currency


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Revenue at Koala Air was $19.8 billion, up 81 per cent on last year's $9.1 billion.",
            True,
        ),
        (
            "Revenue at Koala Air was $19.8 billion, up 118 per cent on last year's $9.1 billion.",
            False,
        ),
        ("Revenue at Koala Air was $19.8 billion, up 81% from 2022's $9.1 billion.", True),
    ],
)
def test_a_change_from_a_periods_base(tmp_path, text, flagged):
    assert _flags(tmp_path, text, "change-mismatch") is flagged


SEGMENTS = (
    "Koala Domestic delivered underlying EBIT of $1.33 billion, Koala International $0.95 "
    "billion, Jetstream $0.54 billion and Koala Loyalty $0.48 billion"
)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (f"{SEGMENTS}, so together the four segments earned $3.5 billion.", True),
        (f"{SEGMENTS}. Together the four segments earned $3.5 billion.", True),
        (f"{SEGMENTS}, so together the four segments earned $3.3 billion.", False),
        (f"{SEGMENTS}, so together the five segments earned $3.5 billion.", False),
    ],
)
def test_a_total_that_counts_the_parts_before_it(tmp_path, text, flagged):
    assert _flags(tmp_path, text, "sum-mismatch") is flagged


def test_a_company_introduced_in_full_is_named_in_full(tmp_path):
    text = "Zorvath Robotics raised $40 million in March. Zorvath said revenue was $12 million."
    assert claim_for(tmp_path, text, "$12 million", ON).entity == "Zorvath Robotics"


def test_a_longer_name_written_after_the_short_one_is_not_the_company_in_full(tmp_path):
    text = "Tesco made a profit of £2bn in 2020. Tesco Bank made a profit of £0.6bn in 2020."
    assert claim_for(tmp_path, text, "£2bn", ON).entity == "Tesco"


def test_a_title_case_headline_introduces_no_full_name(tmp_path):
    text = (
        "---\ntitle: Zorvath Raises $10 Billion At A $62 Billion Valuation\n---\n"
        "Zorvath said on Monday it had raised $10 billion.\n"
    )
    assert claim_for(tmp_path, text, "$10 billion", ON).entity == "Zorvath"


def test_a_short_form_introduced_in_one_document_is_the_full_name_in_another(tmp_path):
    notes = {
        "a.md": "Kestrel Robotics was valued at $4 billion in March 2021. Kestrel makes arms.",
        "b.md": "Kestrel was valued at $5 billion in March 2021.",
    }
    for name, text in notes.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = check([tmp_path])
    assert {c.entity for c in result.claims} == {"Kestrel Robotics"}
    assert [f.rule for f in result.findings] == ["figure-conflict"]


def test_years_of_a_cycle_the_text_names_do_not_date_it():
    text = (
        "The board sold the 2023-27 rights for $6 billion, with 74 matches in 2023 and 2024 "
        "and 84 matches in 2025 and 2026."
    )
    assert inferred_window(text) is None
    assert inferred_window("Profits rose in 2004, the 2004-05 budget said.")[0] == 2004


@pytest.mark.parametrize(
    ("text", "figure", "currency"),
    [
        ("Kenya Airways' loss narrowed to Sh 3.8 billion.", "Sh 3.8 billion", "KES"),
        ("Kenya Airways' loss narrowed to Shs12bn.", "Shs12bn", "KES"),
        (
            "Kuwaiti operator Zain made 61 million dinars in Kuwait, Kuwait's regulator said; "
            "customers rose in Kuwait and in Iraq.",
            "61 million dinars",
            "KWD",
        ),
    ],
)
def test_a_currency_name_of_several_countries_read_from_the_story(tmp_path, text, figure, currency):
    assert claim_for(tmp_path, text, figure, ON).mention.currency == currency


def test_one_country_among_two_named_alike_settles_no_currency(tmp_path):
    text = "Zain made 61 million dinars; it trades in Kuwait and in Iraq."
    assert claim_for(tmp_path, text, "61 million dinars", ON).mention.currency is None


def test_a_bare_amount_among_amounts_of_an_unread_unit_is_no_figure(tmp_path):
    text = (
        "Equity investments had a market value of 10,901 billion at the end of June, "
        "fixed-income investments 4,037 billion kroner and real estate 345 billion kroner."
    )
    assert claims_of(tmp_path, text, ON) == []


def test_a_dividend_paid_is_no_price_paid(tmp_path):
    text = "Petrona paid RM32 billion in dividends to the government last year."
    assert claim_for(tmp_path, text, "RM32 billion", ON).metric == "other"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Kestrel's revenue of $9 billion is double the $4.5 billion of Beta and triple "
            "the $3 billion of Gamma.",
            False,
        ),
        (
            "Kestrel's revenue of $9 billion is double the $4.5 billion of Beta and triple "
            "the $2 billion of Gamma.",
            True,
        ),
    ],
)
def test_a_second_multiple_in_a_sentence_is_its_subjects_again(tmp_path, text, flagged):
    assert _flags(tmp_path, text, "multiple-mismatch") is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Zain added 3 million new customers, raising its customer base to 44.4 million.",
        "Subscribers at Kestrel Mobile rose 8 percent in the year to 2.4 million.",
    ],
)
def test_a_bare_amount_a_counted_noun_reaches_is_a_count(tmp_path, text):
    assert claims_of(tmp_path, text, ON) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Its customers paid 5 million for the service in the year.", "5 million"),
        ("Subscribers rose to 20 million and revenue to 3 billion.", "3 billion"),
    ],
)
def test_a_money_word_after_the_counted_noun_keeps_the_amount_money(tmp_path, text, figure):
    assert [c.mention.text for c in claims_of(tmp_path, text, ON)] == [figure]


def test_the_old_cedi_code_is_read_as_the_cedi(tmp_path):
    text = "Volta Bank will pay shareholders GHC79.50m in dividends."
    assert claim_for(tmp_path, text, "GHC79.50m", ON).mention.currency == "GHS"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Minority interests 2.5 mln debit vs 2.4 mln debit\nProfit 206.3 mln vs 154.2 mln\n",
            "154.2 mln",
        ),
        (
            "Parent pretax profit 1.82 billion marks vs 1.62 billion. Turnover comprised "
            "domestic sales 6.47 billion vs 6.84 billion, foreign sales 7.62 billion vs 8.51 "
            "billion.",
            "6.84 billion",
        ),
    ],
)
def test_amounts_beside_words_that_are_no_unit_stay_figures(tmp_path, text, figure):
    assert figure in [c.mention.text for c in claims_of(tmp_path, text, ON)]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Koala Air made a profit of AED 17.2 billion, more than double last year's "
            "AED 10.6 billion.",
            True,
        ),
        (
            "Koala Air made a profit of AED 22.2 billion, more than double last year's "
            "AED 10.6 billion.",
            False,
        ),
    ],
)
def test_a_multiple_of_a_periods_figure(tmp_path, text, flagged):
    assert _flags(tmp_path, text, "multiple-mismatch") is flagged
