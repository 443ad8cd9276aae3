"""Money as newswires, results tables and filings write it: every line invented, each with the
value and currency it must give (and, for tables, the line's metric and per-share flag)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checker.corpus import find_document_date
from checker.extract import extract_mentions

D = Decimal

# (text, [(value, currency), ...]) for prose wire lines.
WIRE_LINES: list[tuple[str, list[tuple[Decimal, str | None]]]] = [
    ("Profits rose to 12.5 mln dlrs from 9.1 mln.", [(D("12.5e6"), "USD"), (D("9.1e6"), "USD")]),
    ("The utility will spend 3.4 billion dlrs on new plants.", [(D("3.4e9"), "USD")]),
    ("Its backlog stood at 211 mln dlrs at year end.", [(D("211e6"), "USD")]),
    ("The bank lent 40 mln U.S. dlrs to the mining group.", [(D("40e6"), "USD")]),
    ("Ottawa approved a 75 mln Canadian dlrs grant.", [(D("75e6"), "CAD")]),
    ("The miner raised 120 mln Australian dlrs in a rights issue.", [(D("120e6"), "AUD")]),
    ("The developer paid 2.3 billion Hong Kong dlrs for the site.", [(D("2.3e9"), "HKD")]),
    ("Its net earnings reached 3.1 billion H.K. Dlrs last year.", [(D("3.1e9"), "HKD")]),
    ("The tycoon paid 450 mln HK dlrs for the tower.", [(D("450e6"), "HKD")]),
    ("The port authority spent 640 mln Singapore dlrs.", [(D("640e6"), "SGD")]),
    ("The dairy group earned 18 mln New Zealand dlrs.", [(D("18e6"), "NZD")]),
    ("The board declared a dividend of 64 cts a share.", [(D("0.64"), "USD")]),
    ("It paid a special dividend of 1.50 dlrs per share.", [(D("1.50"), "USD")]),
    ("The stake was sold for one dlr a share.", [(D("1"), "USD")]),
    ("Pretax profit rose to 85.1 mln stg.", [(D("85.1e6"), "GBP")]),
    ("The brewer's turnover reached 1.2 billion stg last year.", [(D("1.2e9"), "GBP")]),
    ("Exports were worth 20.61 billion marks in January.", [(D("20.61e9"), "DEM")]),
    ("The carmaker invested 500 mln D-marks in the plant.", [(D("500e6"), "DEM")]),
    ("The insurer wrote premiums of 3.2 billion lire.", [(D("3.2e9"), "ITL")]),
    ("The chemicals group earned 410 mln guilders.", [(D("410e6"), "NLG")]),
    ("The airline ordered jets worth 4.5 billion baht.", [(D("4.5e9"), "THB")]),
    ("The bank set aside 900 mln Swedish crowns.", [(D("900e6"), "SEK")]),
    ("The shipyard lost 250 mln Danish crowns.", [(D("250e6"), "DKK")]),
    ("Oil revenue rose to 12 billion Norwegian crowns.", [(D("12e9"), "NOK")]),
    ("The group earned 1.1 billion French francs.", [(D("1.1e9"), "FRF")]),
    ("The holding bought shares worth 3 billion Belgian francs.", [(D("3e9"), "BEF")]),
    ("The insurer wrote 2 billion Swiss francs of premiums.", [(D("2e9"), "CHF")]),
    ("The steel firm lost 30 mln Austrian schillings.", [(D("30e6"), "ATS")]),
    ("The utility borrowed 8 billion pesetas.", [(D("8e9"), "ESP")]),
    ("The cement maker earned 700 mln Philippine pesos.", [(D("700e6"), "PHP")]),
    ("The mill lost 90 mln Pakistani rupees.", [(D("90e6"), "PKR")]),
    ("The refinery earned 45 mln Kuwaiti dinars.", [(D("45e6"), "KWD")]),
    ("The cooperative earned 300 mln Kenyan shillings.", [(D("300e6"), "KES")]),
    ("Output rose 5 pct to 1.5 mln dlrs.", [(D("1.5e6"), "USD")]),
    ("Sales rose 12 pct in the quarter.", []),
    ("The index gained 3.4 pct.", []),
    ("Its loss narrowed to -14 mln dlrs.", [(D("-14e6"), "USD")]),
    ("The fund recorded a change of \u221214 mln dlrs.", [(D("-14e6"), "USD")]),
    ("The fund recorded a change of \u20133.5 mln stg.", [(D("-3.5e6"), "GBP")]),
    ("The accord covers 12 Euro zone countries.", []),
    ("Finance ministers of the 19 euro area states met.", []),
    ("The year 2024 marks the bank's centenary.", []),
    ("The team won 3 games in a row.", []),
    ("The bank reported assets of 1.2 bln dlrs.", [(D("1.2e9"), "USD")]),
    (
        "The debt totals 4.5 billion dlrs, up from 3.9 billion dlrs.",
        [
            (D("4.5e9"), "USD"),
            (D("3.9e9"), "USD"),
        ],
    ),
    ("It sold the unit for 47.5 mln dlrs cash.", [(D("47.5e6"), "USD")]),
    ("Crude closed at 18.25 dlrs a barrel.", [(D("18.25"), "USD")]),
    ("The paper raised its price to 35 cts.", [(D("0.35"), "USD")]),
    ("The bid values the company at about 2.1 billion dlrs.", [(D("2.1e9"), "USD")]),
]

# Constructions where the wire states a unit once for two figures, quotes share prices in
# fractions or joins words by hyphens: (text, [(surface, value, currency, per unit), ...]).
Reading = tuple[str, Decimal, str | None, str | None]
WIRE_CONSTRUCTIONS: list[tuple[str, list[Reading]]] = [
    # the other side of a comparison takes the unit of the first
    (
        "Output fell to 21 billion marks from 24.35 billion in 1985.",
        [
            ("21 billion marks", D("21e9"), "DEM", None),
            ("24.35 billion", D("24.35e9"), "DEM", None),
        ],
    ),
    (
        "Sales reached 3.1bn rupees, against 2.4bn a year earlier.",
        [("3.1bn rupees", D("3.1e9"), "INR", None), ("2.4bn", D("2.4e9"), "INR", None)],
    ),
    (
        "The unit posted a 12.4 mln dlr loss, after a 9.8 mln profit a year before.",
        [("12.4 mln dlr", D("12.4e6"), "USD", None), ("9.8 mln", D("9.8e6"), "USD", None)],
    ),
    (
        "Exports earned 640 mln guilders, as compared to 1985's 598 mln.",
        [("640 mln guilders", D("640e6"), "NLG", None), ("598 mln", D("598e6"), "NLG", None)],
    ),
    (
        "TORONTO, May 6 - The bank earned 40 mln dlrs, up from 31 mln.",
        [("40 mln dlrs", D("40e6"), "CAD", None), ("31 mln", D("31e6"), "CAD", None)],
    ),
    # a unit carried within the sentence
    (
        "Revenue of 80 mln Canadian dlrs came with an operating loss of 2.3 mln.",
        [("80 mln Canadian dlrs", D("80e6"), "CAD", None), ("2.3 mln", D("2.3e6"), "CAD", None)],
    ),
    (
        "Profit was 3.8 mln dlrs in 1986, and 3.1 mln in 1985.",
        [("3.8 mln dlrs", D("3.8e6"), "USD", None), ("3.1 mln", D("3.1e6"), "USD", None)],
    ),
    # ... but not over a restatement in another currency, nor from a count
    (
        "The unit sold for 300 mln euros (250 mln stg), and brought in around 40 mln of revenue.",
        [
            ("300 mln euros", D("300e6"), "EUR", None),
            ("250 mln stg", D("250e6"), "GBP", None),
            ("40 mln", D("40e6"), None, None),
        ],
    ),
    ("The harvest could reach 14 mln tonnes, versus 12.2 mln last season.", []),
    ("Traffic rose to 4.2 mln passengers from 3.9 mln.", []),
    ("The group sold 30 mln shares and 2 mln warrants.", []),
    # the first end of a pair takes the unit the second states
    (
        "Analysts expect 110 to 125 mln dlrs in savings.",
        [("110", D("110e6"), "USD", None), ("125 mln dlrs", D("125e6"), "USD", None)],
    ),
    (
        "Profits rose from 2.15 to 2.6 bln crowns.",
        [("2.15", D("2.15e9"), "SEK", None), ("2.6 bln crowns", D("2.6e9"), "SEK", None)],
    ),
    (
        "The bank expects a payout of 45-50 cts a share.",
        [("45", D("0.45"), "USD", "share"), ("50 cts", D("0.50"), "USD", "share")],
    ),
    (
        "The price could fall to seventy or sixty cents.",
        [("seventy", D("0.70"), "USD", None), ("sixty cents", D("0.60"), "USD", None)],
    ),
    (
        "It plans to raise between 3 and 4 mln stg.",
        [("3", D("3e6"), "GBP", None), ("4 mln stg", D("4e6"), "GBP", None)],
    ),
    # ... never a day of a date or a year
    (
        "Net profit rose in the six months to June 30 to 45 mln dlrs.",
        [("45 mln dlrs", D("45e6"), "USD", None)],
    ),
    ("Sales rose in 1986 to 210 mln dlrs.", [("210 mln dlrs", D("210e6"), "USD", None)]),
    # fractions: with a unit, and bare share quotes
    ("The company offered 12-5/8 dlrs a share.", [("12-5/8 dlrs", D("12.625"), "USD", "share")]),
    ("The coupon was cut by 3-1/2 cts.", [("3-1/2 cts", D("0.035"), "USD", None)]),
    (
        "Acme's stock closed up 3/8 at 21-1/4.",
        [("3/8", D("0.375"), None, "share"), ("21-1/4", D("21.25"), None, "share")],
    ),
    (
        "Widget Corp shares fell 1-1/4 to 40-3/4 after it said profit would drop to 5 mln dlrs.",
        [
            ("1-1/4", D("1.25"), "USD", "share"),
            ("40-3/4", D("40.75"), "USD", "share"),
            ("5 mln dlrs", D("5e6"), "USD", None),
        ],
    ),
    (
        "Acme stock closed up 1/2 at 9-7/8.\n    Zenith closed at 14-1/8, off 1/4.",
        [
            ("1/2", D("0.5"), None, "share"),
            ("9-7/8", D("9.875"), None, "share"),
            ("14-1/8", D("14.125"), None, "share"),
            ("1/4", D("0.25"), None, "share"),
        ],
    ),
    ("Call money rose 1/4 to 7-7/8 pct.", []),
    ("The bank cut its rate by 1/8 point.", []),
    ("The stock was quoted at 3/4 of a point.", []),
    # hyphenated compounds, dollar cents, names broken over lines
    ("It secured a 4.5-mln-dlr credit line.", [("4.5-mln-dlr", D("4.5e6"), "USD", None)]),
    ("It signed a 1.2-billion-dlr contract.", [("1.2-billion-dlr", D("1.2e9"), "USD", None)]),
    ("The par value is 20 H.K. cents a share.", [("20 H.K. cents", D("0.20"), "HKD", "share")]),
    (
        "Holders get a par value of 40 H.K.\nCents a share.",
        [("40 H.K.\nCents", D("0.40"), "HKD", "share")],
    ),
    (
        "The miner paid a dividend of 12 Australian cents.",
        [("12 Australian cents", D("0.12"), "AUD", None)],
    ),
    (
        "The board approved 75 mln Hong Kong\ndlrs of spending.",
        [("75 mln Hong Kong\ndlrs", D("75e6"), "HKD", None)],
    ),
    ("It launched a 21.25-dlr-a-share cash offer.", [("21.25-dlr", D("21.25"), "USD", "share")]),
    ("The audit found a 3bn-euro gap.", [("3bn-euro", D("3e9"), "EUR", None)]),
    ("The recall left a billion-dollar hole in its budget.", []),
    ("He bought a 10-pound bag of rice.", []),
    (
        "Forecasts ranged from 1.85 to 2.05 billion H.K. Dlrs.",
        [("1.85", D("1.85e9"), "HKD", None), ("2.05 billion H.K. Dlrs", D("2.05e9"), "HKD", None)],
    ),
    ("The group paid 35 mln N.Z.\nDlrs.", [("35 mln N.Z.\nDlrs", D("35e6"), "NZD", None)]),
    # a bare level after a price move is in the move's unit
    (
        "Dunmore shares jumped 14p to 212 after the bid.",
        [("14p", D("0.14"), "GBP", None), ("212", D("2.12"), "GBP", None)],
    ),
    ("Crude fell 40 cts to 18 in late trade.", [("40 cts", D("0.40"), "USD", None)]),
    ("The index rose 12 points to 1,840.", []),
]

# Stories whose dateline or country words settle a name that depends on the country.
COUNTRY_STORIES: list[tuple[str, Decimal, str, str]] = [
    ("PARIS, March 3 - The group earned 300 mln francs.", D("300e6"), "FRF", "inferred"),
    ("BRUSSELS, March 3 - The bank earned 2 billion francs.", D("2e9"), "BEF", "inferred"),
    ("ZURICH, March 3 - The insurer earned 90 mln francs.", D("90e6"), "CHF", "inferred"),
    ("MANILA, June 2 - The bank earned 80 mln pesos.", D("80e6"), "PHP", "inferred"),
    ("BOGOTA, June 2 - Coffee exports earned 900 mln pesos.", D("900e6"), "COP", "inferred"),
    (
        "STOCKHOLM, May 4 - The truck maker earned 1.4 billion crowns.",
        D("1.4e9"),
        "SEK",
        "inferred",
    ),
    ("COPENHAGEN, May 4 - The brewer earned 600 mln crowns.", D("600e6"), "DKK", "inferred"),
    ("OSLO, May 4 - The oil firm earned 3 billion crowns.", D("3e9"), "NOK", "inferred"),
    ("TORONTO, April 1 - The bank earned 200 mln dlrs.", D("200e6"), "CAD", "inferred"),
    ("SYDNEY, April 1 - The miner earned 150 mln dlrs.", D("150e6"), "AUD", "inferred"),
    ("PERTH, April 1 - The final dividend is 12 cents.", D("0.12"), "AUD", "inferred"),
    ("HONG KONG, May 2 - The bank will pay 31 cts a share.", D("0.31"), "HKD", "inferred"),
    ("KARACHI, Feb 2 - The textile mill lost 40 mln rupees.", D("40e6"), "PKR", "inferred"),
    ("NAIROBI, Feb 2 - The tea board earned 70 mln shillings.", D("70e6"), "KES", "inferred"),
    ("The Belgian holding earned 5 billion francs.", D("5e9"), "BEF", "inferred"),
    ("TEHRAN, June 1 - The budget is 900 trillion rials.", D("900e12"), "IRR", "inferred"),
    ("The Omani oil firm earned 2 bln rials.", D("2e9"), "OMR", "inferred"),
    ("The Danish brewer earned 800 mln crowns.", D("800e6"), "DKK", "inferred"),
    ("The company earned 50 mln francs.", D("50e6"), "CHF", "weak"),
]

TABLE_STORY = """ACME INDUSTRIES INC <ACME> 4TH QTR NET

    CHICAGO, March 4 -
    Shr 1.20 dlrs vs 1.05 dlrs
    Net 6.7 mln vs 5.1 mln
    Revs 120.5 mln vs 110.3 mln
    Avg shrs 5.6 mln vs 5.4 mln
    Year
    Shr loss 40 cts vs profit 2.10 dlrs
    Net loss 2,345,000 vs profit 11,200,000
    Oper net 3.1 mln vs 9.8 mln
    Sales 480.2 mln vs 455.0 mln
 Reuter
"""

# (text, value, currency, metric, per share, period, column) of every figure of TABLE_STORY.
TABLE_FIGURES = [
    ("1.20 dlrs", D("1.20"), "USD", "profit", True, "4th qtr", 0),
    ("1.05 dlrs", D("1.05"), "USD", "profit", True, "4th qtr", 1),
    ("6.7 mln", D("6.7e6"), "USD", "profit", False, "4th qtr", 0),
    ("5.1 mln", D("5.1e6"), "USD", "profit", False, "4th qtr", 1),
    ("120.5 mln", D("120.5e6"), "USD", "revenue", False, "4th qtr", 0),
    ("110.3 mln", D("110.3e6"), "USD", "revenue", False, "4th qtr", 1),
    ("40 cts", D("0.40"), "USD", "loss", True, "year", 0),
    ("2.10 dlrs", D("2.10"), "USD", "profit", True, "year", 1),
    ("2,345,000", D("2345000"), "USD", "loss", False, "year", 0),
    ("11,200,000", D("11200000"), "USD", "profit", False, "year", 1),
    ("3.1 mln", D("3.1e6"), "USD", "profit", False, "year", 0),
    ("9.8 mln", D("9.8e6"), "USD", "profit", False, "year", 1),
    ("480.2 mln", D("480.2e6"), "USD", "revenue", False, "year", 0),
    ("455.0 mln", D("455.0e6"), "USD", "revenue", False, "year", 1),
]

STERLING_TABLE = """WIDGET HOLDINGS PLC 1986 YEAR

    LONDON, March 9 -
    Shr 24.8p vs 17.8p
    Pretax profit 41.5 mln stg vs 33.2 mln
    Turnover 390.1 mln vs 350.6 mln
"""

# (passage, [(value, currency), ...]) in filing style: captions, parentheses, signs.
FILING_PASSAGES: list[tuple[str, list[tuple[Decimal, str | None]]]] = [
    (
        "NOTES TO THE FINANCIAL STATEMENTS (in thousands, except per share data)\n\n"
        "Deferred revenue was $88,848 at year end.",
        [(D("88848000"), "USD")],
    ),
    (
        "SEGMENT RESULTS (in millions)\n\nThe segment earned $412 in the year.",
        [(D("412e6"), "USD")],
    ),
    (
        "SELECTED DATA ($ in millions)\n\nCapital spending was $1,204 in 2019.",
        [(D("1204e6"), "USD")],
    ),
    ("SUMMARY (in 000's)\n\nThe reserve stood at $5,120.", [(D("5120000"), "USD")]),
    ("RESULTS (in thousands)\n\nDiluted earnings were $1.25 per share.", [(D("1.25"), "USD")]),
    ("RESULTS (in thousands)\n\nRevenue was $3.4 million in the period.", [(D("3.4e6"), "USD")]),
    ("The charge was $(3.4) million in the quarter.", [(D("-3.4e6"), "USD")]),
    ("Other income was ($2.1 million) for the year.", [(D("-2.1e6"), "USD")]),
    ("The currency effect was \u20ac\u221214 million.", [(D("-14e6"), "EUR")]),
    ("The currency effect was \u20ac-14 million.", [(D("-14e6"), "EUR")]),
    ("Net cash used was -$12.5 million.", [(D("-12.5e6"), "USD")]),
    ("The company recorded a gain of $4.2 million.", [(D("4.2e6"), "USD")]),
    ("Goodwill of $1.1 billion was impaired.", [(D("1.1e9"), "USD")]),
    (
        "The following table shows costs (in thousands):\n\n| Advisory | $1,250 |\n\n"
        "Later the company paid $300 in fees.",
        [(D("1250000"), "USD"), (D("300"), "USD")],
    ),
    ("Costs were $2\u200b8 billion.", [(D("28e9"), "USD")]),
    ("Costs were $28\u2060billion.", [(D("28e9"), "USD")]),
    ("Costs were $\u202e28 million.", [(D("28e6"), "USD")]),
    ("Costs were $2\u00ad8 million.", [(D("28e6"), "USD")]),
    ("\ufeffCosts were \uff04\uff12\uff18 million.", [(D("28e6"), "USD")]),
    ("Costs were US\uff0428 billion.", [(D("28e9"), "USD")]),
    ("Costs were \uffe13 million.", [(D("3e6"), "GBP")]),
    ("The price was 28\uff0c900 dollars in total.", [(D("28900"), "USD")]),
    ("Loss of 1.5 mln dlrs or 12 cts per share.", [(D("1.5e6"), "USD"), (D("0.12"), "USD")]),
    (
        "The lot was sold for NZD $2.4m (AUD $2.2m).",
        [(D("2.4e6"), "NZD"), (D("2.2e6"), "AUD")],
    ),
    ("The fee was CAD $350,000 in the year.", [(D("350000"), "CAD")]),
]


def _readings(text: str) -> list[tuple[Decimal, str | None]]:
    return [(m.amount, m.currency) for m in extract_mentions(text)]


@pytest.mark.parametrize(("text", "expected"), WIRE_LINES)
def test_wire_lines(text: str, expected: list[tuple[Decimal, str | None]]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(("text", "expected"), WIRE_CONSTRUCTIONS)
def test_wire_constructions(text: str, expected: list[Reading]) -> None:
    readings = [(m.text, m.amount, m.currency, m.per_unit) for m in extract_mentions(text)]
    assert readings == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Output fell to 21 billion marks from 24.35 billion.", "the other side of a comparison"),
        ("Revenue of 8 mln stg came with a loss of 2.3 mln.", "the unit carried from"),
        ("Dunmore shares jumped 14p to 212 after the bid.", "the unit of the price move"),
    ],
)
def test_a_carried_unit_is_recorded_as_inferred(text: str, words: str) -> None:
    carried = extract_mentions(text)[-1]
    assert carried.currency_markers == ()
    assert carried.currency_note.startswith(f"inferred: {words}")


def test_a_carried_unit_names_the_figure_that_states_it() -> None:
    last = extract_mentions("Sales of 9 mln dlrs compared with 8 mln and 7 mln.")[-1]
    assert "'9 mln dlrs'" in last.currency_note


@pytest.mark.parametrize(("text", "value", "currency", "grade"), COUNTRY_STORIES)
def test_country_dependent_names(text: str, value: Decimal, currency: str, grade: str) -> None:
    (mention,) = extract_mentions(text)
    assert (mention.amount, mention.currency) == (value, currency)
    assert mention.currency_note.startswith(f"{grade}:")


def test_dinars_without_a_country_stay_money_with_an_open_currency() -> None:
    (mention,) = extract_mentions("The contract is worth 20 mln dinars.")
    assert (mention.amount, mention.currency) == (D("20e6"), None)
    assert mention.currency_note.startswith("no currency:")


@pytest.mark.parametrize(
    ("text", "value", "currency", "metric", "per_share", "period", "column"), TABLE_FIGURES
)
def test_results_table(
    text: str,
    value: Decimal,
    currency: str,
    metric: str,
    per_share: bool,
    period: str,
    column: int,
) -> None:
    by_text = {m.text: m for m in extract_mentions(TABLE_STORY)}
    mention = by_text[text]
    assert (mention.amount, mention.currency, mention.table_metric) == (value, currency, metric)
    assert (mention.per_unit == "share") is per_share
    assert (mention.table_period, mention.table_column) == (period, column)


def test_share_counts_in_a_table_are_never_money() -> None:
    texts = {m.text for m in extract_mentions(TABLE_STORY)}
    assert not texts & {"5.6 mln", "5.4 mln"}
    assert len(texts) == len(TABLE_FIGURES)


def test_a_table_takes_the_unit_its_lines_state() -> None:
    figures = [
        (m.text, m.amount, m.currency, m.table_metric) for m in extract_mentions(STERLING_TABLE)
    ]
    assert figures == [
        ("24.8p", D("0.248"), "GBP", "profit"),
        ("17.8p", D("0.178"), "GBP", "profit"),
        ("41.5 mln stg", D("41.5e6"), "GBP", "profit"),
        ("33.2 mln", D("33.2e6"), "GBP", "profit"),
        ("390.1 mln", D("390.1e6"), "GBP", "revenue"),
        ("350.6 mln", D("350.6e6"), "GBP", "revenue"),
    ]


@pytest.mark.parametrize(("text", "expected"), FILING_PASSAGES)
def test_filing_passages(text: str, expected: list[tuple[Decimal, str | None]]) -> None:
    assert _readings(text) == expected


def test_a_caption_scale_is_recorded_as_inferred() -> None:
    (mention,) = extract_mentions("RESULTS (in thousands)\n\nRevenue was $88,848.")
    assert mention.scale_word == "thousand"
    assert mention.scale_note.startswith("inferred:")


@pytest.mark.parametrize(
    "text",
    ["Costs were $2\u200b8 billion.", "Costs were $28\u2060billion.", "\ufeffCost: ＄２８ million"],
)
def test_offsets_stay_on_the_original_text(text: str) -> None:
    (mention,) = extract_mentions(text)
    assert text[mention.start : mention.end] == mention.text
    assert mention.text[0] in "$＄" and mention.text[-1] == "n"


@pytest.mark.parametrize("digit", ["\U00010d40", "\U0001e4f0", "\U00011f50"])
def test_rare_unicode_digits_are_not_numbers_and_never_crash(digit: str) -> None:
    assert extract_mentions(f"It paid ${digit}{digit} billion, or {digit * 3} 亿元.") == []


def test_a_run_of_digits_is_noise_not_a_figure() -> None:
    assert extract_mentions("$" + "9" * 400 + " billion") == []
    assert extract_mentions("$" + "9" * 30) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Roe | May 1, 2024", date(2024, 5, 1)),
        ("By Jane Roe · 3 June 2023", date(2023, 6, 3)),
        ("NEW YORK, March 25 - Acme said fiscal 1986 net rose.", None),
        ("NEW YORK, March 25 - Acme said FY 1986 sales rose.", None),
        ("NEW YORK, March 25, 1987 - Acme said fiscal 1986 net rose.", date(1987, 3, 25)),
    ],
)
def test_bylines_and_datelines(line: str, expected: date | None) -> None:
    text = f"{line}\n\nBody text.\n"
    assert find_document_date(text, text, False)[0] == expected


def test_a_tax_line_of_a_results_table_is_money() -> None:
    found = [m.text for m in extract_mentions("    Tax 44.5 mln vs 46.5 mln.\n", "x.txt")]
    assert found == ["44.5 mln", "46.5 mln"]
