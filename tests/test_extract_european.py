"""Tests for European money formatting: a decimal comma, dots between thousands and German
magnitudes and currency words, read only where the form cannot be English."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.extract import extract_mentions
from checker.extract import lexicon as lx
from checker.model import Qualifier
from checker.money import scale_factor


def figures(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(m.text, m.amount, m.currency) for m in extract_mentions(text)]


# Each row: an invented sentence, then every figure in it as (text, amount, currency).
READ: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Der Umsatz des Herstellers stieg auf 4,6 Mrd. Euro.", [("4,6 Mrd. Euro", "4.6e9", "EUR")]),
    ("Das Papier schloss bei 12,85 Euro.", [("12,85 Euro", "12.85", "EUR")]),
    ("Die Werft erhielt 7 Mrd. US-Dollar.", [("7 Mrd. US-Dollar", "7e9", "USD")]),
    ("Ein Auftrag über 2,5 Mio. Euro ging ein.", [("2,5 Mio. Euro", "2.5e6", "EUR")]),
    (
        "Erlös 18,4 Mrd. Euro (Vorjahr: 17,9 Mrd. Euro)",
        [("18,4 Mrd. Euro", "18.4e9", "EUR"), ("17,9 Mrd. Euro", "17.9e9", "EUR")],
    ),
    ("Der Gewinn lag bei EUR 2.345,6 Mio.", [("EUR 2.345,6 Mio.", "2345.6e6", "EUR")]),
    ("Die Rechnung lautete auf EUR 23.456,78.", [("EUR 23.456,78", "23456.78", "EUR")]),
    ("Ein Ticket kostet 3,5 €.", [("3,5 €", "3.5", "EUR")]),
    ("The Basel lender set aside CHF 1,8 Mrd. for claims.", [("CHF 1,8 Mrd.", "1.8e9", "CHF")]),
    ("Die Bank zahlte 3,2 Md. Franken.", [("3,2 Md. Franken", "3.2e9", "CHF")]),
    ("Ein Fonds von 2,75 Milliarden Euro.", [("2,75 Milliarden Euro", "2.75e9", "EUR")]),
    ("Die Stiftung erhielt 1 Milliarde Euro.", [("1 Milliarde Euro", "1e9", "EUR")]),
    (
        "Ein Zuschuss von 4,5 Millionen Schweizer Franken.",
        [("4,5 Millionen Schweizer Franken", "4.5e6", "CHF")],
    ),
    (
        "Die Reederei verdiente 6,2 Mrd. dänische Kronen.",
        [("6,2 Mrd. dänische Kronen", "6.2e9", "DKK")],
    ),
    (
        "Der Umsatz stieg auf 9,1 Mrd. schwedische Kronen.",
        [("9,1 Mrd. schwedische Kronen", "9.1e9", "SEK")],
    ),
    ("Die Brauerei meldete 1,3 Mrd. Pfund Umsatz.", [("1,3 Mrd. Pfund", "1.3e9", "GBP")]),
    ("Der Konzern setzte 480 Mrd. Yen um.", [("480 Mrd. Yen", "480e9", "JPY")]),
    ("Der Partner investierte 5,5 Mrd. Yuan.", [("5,5 Mrd. Yuan", "5.5e9", "CNY")]),
    ("Ein Budget von 350 Tsd. Euro.", [("350 Tsd. Euro", "350e3", "EUR")]),
    ("Ein Preisgeld von 7,5 Tausend Euro.", [("7,5 Tausend Euro", "7.5e3", "EUR")]),
    ("Die Kette verkaufte für 2,4 Mio. Dollar.", [("2,4 Mio. Dollar", "2.4e6", "USD")]),
    ("Der Verlust betrug 1,25 Mrd. EUR.", [("1,25 Mrd. EUR", "1.25e9", "EUR")]),
    ("Der Erlös betrug € 3,4 Mrd.", [("€ 3,4 Mrd.", "3.4e9", "EUR")]),
    ("Der Nachlass betrug 2.345.678 Euro.", [("2.345.678 Euro", "2345678", "EUR")]),
    ("Das Ergebnis sank auf -1,5 Mio. Euro.", [("-1,5 Mio. Euro", "-1.5e6", "EUR")]),
    (
        "The Oslo insurer reported 8,4 Mrd. norwegische Kronen.",
        [("8,4 Mrd. norwegische Kronen", "8.4e9", "NOK")],
    ),
    # One dot between thousands before a magnitude English never writes.
    (
        "Halder Werke reported revenue of 12.480 Mio. EUR, down from 13.105 Mio. EUR.",
        [("12.480 Mio. EUR", "12480e6", "EUR"), ("13.105 Mio. EUR", "13105e6", "EUR")],
    ),
    # Cents after a comma once a currency stands before them.
    ("The board proposes a dividend of CHF 7,40 per share.", [("CHF 7,40", "7.40", "CHF")]),
    # A bare amount with a decimal comma and a German magnitude in a sentence about money.
    ("Brevik then bought Tallo for 1,9 mrd upfront.", [("1,9 mrd", "1.9e9", None)]),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_european_forms_are_read(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert figures(text) == [(t, Decimal(a), c) for t, a, c in expected]


# English figures beside which nothing may change, and forms that may be English or whose
# magnitude is uncertain: each with what extraction must return.
UNCHANGED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The club paid 1,234 euros for the kit.", [("1,234 euros", "1234", "EUR")]),
    ("It will take another 2,3 or 4 years.", []),
    ("The ticket sold for $1,500 last week.", [("$1,500", "1500", "USD")]),
    ("The shop stocks sizes 1,5 and 10.", []),
    ("The fund holds €1.234 in cash.", [("€1.234", "1.234", "EUR")]),
    ("Revenue rose to €2.5 billion.", [("€2.5 billion", "2.5e9", "EUR")]),
    # German "Billion" is 10^12, English "billion" 10^9: neither is guessed.
    ("Die Schulden erreichen 2,5 Billionen Euro.", []),
    ("The Dutch group booked €2,5 billion.", []),
    ("Die Schulden erreichen EUR 1.234,5 Billionen.", []),
    # A decimal comma with nothing after it may be a list: left alone.
    ("Der Preis lag bei EUR 2,5.", []),
    # "Pfund" is also a weight: money only with a magnitude.
    ("Der Laden verkaufte 2,5 Pfund Kaffee.", []),
    # No currency: a size, not a figure this reader keeps.
    ("Die Stadt hat 1,5 Mio. Einwohner.", []),
    # Three digits after the comma and a German magnitude: "1,234 Mio." may be English.
    ("Sales were 1,234 Mio. Euro.", []),
    # "million" is English: its dot is a decimal point.
    ("Profit was 14.955 million euros.", [("14.955 million euros", "14.955e6", "EUR")]),
    # Two decimals after a comma with no currency before them: a list, not cents.
    ("Die Größen 9,70 und 10 sind vorrätig.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_english_and_uncertain_forms_keep_their_reading(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert figures(text) == [(t, Decimal(a), c) for t, a, c in expected]


def test_precision_is_half_the_last_written_digit_times_the_magnitude() -> None:
    one, two = extract_mentions("Erst 4,6 Mrd. Euro, dann 12,85 Euro, dann 7 Mrd. US-Dollar.")[:2]
    third = extract_mentions("Dann 7 Mrd. US-Dollar.")[0]
    assert (one.precision, one.scale_word) == (Decimal("0.05e9"), "Mrd.")
    assert (two.precision, two.scale_word) == (Decimal("0.005"), None)
    assert (third.precision, third.scale_word) == (Decimal("0.5e9"), "Mrd.")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Der Umsatz lag bei rund 4,6 Mrd. Euro.", Qualifier.ABOUT),
        ("Der Umsatz lag bei knapp 5 Mrd. Euro.", Qualifier.NEARLY),
        ("Die Bank zahlte mehr als 2,5 Mio. Franken.", Qualifier.MORE_THAN),
        ("Die Strafe beträgt bis zu 1,5 Mio. Euro.", Qualifier.UP_TO),
        ("Ein Auftrag über 1,5 Mio. Euro.", Qualifier.EXACT),
    ],
)
def test_german_qualifiers_are_read(text: str, qualifier: Qualifier) -> None:
    assert extract_mentions(text)[0].qualifier is qualifier


def test_kronen_alone_take_the_country_of_the_story() -> None:
    mention = extract_mentions("The Copenhagen shipper earned 7,5 Mio. Kronen in Denmark.")[0]
    assert (mention.text, mention.currency) == ("7,5 Mio. Kronen", "DKK")
    assert "DK" in mention.currency_note


def test_a_dash_between_two_figures_is_no_minus() -> None:
    mention = extract_mentions("Die Spanne liegt bei 4,1-4,6 Mrd. Euro.")[0]
    assert (mention.text, mention.amount) == ("4,6 Mrd. Euro", Decimal("4.6e9"))


def test_every_european_magnitude_has_its_scale_factor() -> None:
    for word, factor in lx.EUROPEAN_MAGNITUDES.items():
        assert scale_factor(word) == factor, word


@pytest.mark.parametrize(
    "text",
    [
        "Die Brenvik AG meldete 1.234,5 Mio. Euro, -2,75 Mrd. Euro und \u22123,1 Mio. EUR.",
        "Umsatz 4,1-4,6 Mrd. Euro; 12.345.678 Euro; 1,5,6 und 7.89 sowie 3, 4.",
    ],
)
def test_a_number_is_searched_for_only_where_its_sign_or_digit_stands(text: str) -> None:
    import regex

    from checker.extract.european import _NUMBER

    without = regex.compile(_NUMBER.pattern.removeprefix(r"(?=[-\u22120-9])"))

    assert without.pattern != _NUMBER.pattern
    for at in range(len(text) + 1):
        found, expected = _NUMBER.search(text, at), without.search(text, at)
        assert (found and found.span()) == (expected and expected.span())
