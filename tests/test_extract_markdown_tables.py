"""Bare amounts in Markdown tables that state their currency and scale in a header, a row label
or a caption line ("Key financials (RMB bn)", "| Net sales (DKK bn) |", "All figures in EUR
million"), which cells stay no figure, and what linking reads for them. Every table is
invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.api import analyse_document
from checker.extract import extract_mentions
from checker.extract.markdown_tables import find_tables, stated_unit
from checker.model import Document

D = Decimal

HEADER_UNIT_NO_OUTER_PIPES = """# Korrin Power: results

Korrin Power reported its full-year results.

Key figures (RMB bn) | FY2022A | FY2023A | FY2024E
|---|---|---|---|
| Revenue | 118.4 | 131.9 | 140.0 |
| Adjusted net profit | 9.6 | 12.05 | 13.0 |
"""

# (table, [(text, amount, currency, scale word), ...]): every bare cell the unit covers.
POSITIVE_TABLES: list[tuple[str, list[tuple[str, Decimal, str, str]]]] = [
    (
        HEADER_UNIT_NO_OUTER_PIPES,
        [
            ("118.4", D("118.4e9"), "CNY", "billion"),
            ("131.9", D("131.9e9"), "CNY", "billion"),
            ("140.0", D("140.0e9"), "CNY", "billion"),
            ("9.6", D("9.6e9"), "CNY", "billion"),
            ("12.05", D("12.05e9"), "CNY", "billion"),
            ("13.0", D("13.0e9"), "CNY", "billion"),
        ],
    ),
    (
        "| Net sales (DKK bn) | 2023 | 2024 |\n|---|---|---|\n| Nordics | 8.2 | 9.1 |\n",
        [("8.2", D("8.2e9"), "DKK", "billion"), ("9.1", D("9.1e9"), "DKK", "billion")],
    ),
    (
        "All figures in EUR million\n\n| | 2023 | 2024 |\n|---|---|---|\n"
        "| Turnover | 1,204 | 1,377.5 |\n| Operating loss | (45) | -12 |\n",
        [
            ("1,204", D("1204e6"), "EUR", "million"),
            ("1,377.5", D("1377.5e6"), "EUR", "million"),
            ("45", D("-45e6"), "EUR", "million"),
            ("-12", D("-12e6"), "EUR", "million"),
        ],
    ),
    (
        "| US$m | H1 2023 | H1 2024 |\n|:---|---:|---:|\n| Revenue | 640 | 712 |\n",
        [("640", D("640e6"), "USD", "million"), ("712", D("712e6"), "USD", "million")],
    ),
    (
        "| Segment (in $ millions) | 2024 |\n|---|---|\n| Cloud | **2,310** |\n",
        [("2,310", D("2310e6"), "USD", "million")],
    ),
    (
        "| Item | Revenue (€ million) | Staff |\n|---|---|---|\n| Paris | 88.5 | 410 |\n",
        [("88.5", D("88.5e6"), "EUR", "million")],
    ),
    (
        "Amounts in millions of euros\n| Item | 2024 |\n|---|---|\n| Sales | 310 |\n",
        [("310", D("310e6"), "EUR", "million")],
    ),
]


@pytest.mark.parametrize(("table", "expected"), POSITIVE_TABLES)
def test_bare_cells_of_a_table_that_states_currency_and_scale_are_money(
    table: str, expected: list[tuple[str, Decimal, str, str]]
) -> None:
    found = [(m.text, m.amount, m.currency, m.scale_word) for m in extract_mentions(table)]
    assert found == expected
    for mention in extract_mentions(table):
        assert table[mention.start : mention.end] == mention.text
        assert "table header or caption" in mention.currency_note


def test_precision_is_the_last_decimal_times_the_scale() -> None:
    by_text = {m.text: m for m in extract_mentions(HEADER_UNIT_NO_OUTER_PIPES)}
    assert by_text["118.4"].precision == D("0.05e9")
    assert by_text["12.05"].precision == D("0.005e9")


# Tables whose cells are never money, each with why.
NEVER_MONEY_TABLES: list[tuple[str, str]] = [
    (
        "| (RMB bn) | 2023 | 2024 |\n|---|---|---|\n| Net margin (%) | 8.1 | 9.4 |\n"
        "| Revenue growth | 12.0 | 15.5 |\n| Gearing ratio | 0.4 | 0.3 |\n",
        "margin, growth and ratio rows",
    ),
    (
        "| (US$m) | 2024 |\n|---|---|\n| P/E (x) | 14.2 |\n| EV/EBITDA | 8.8 |\n"
        "| Net debt/EBITDA | 1.9 |\n",
        "multiples",
    ),
    (
        "| (€ million) | 2024 |\n|---|---|\n| Shares outstanding | 412 |\n| Employees | 5,120 |\n"
        "| Units sold | 880 |\n| Active users | 31 |\n",
        "counts of shares, people, units and users",
    ),
    (
        "| Figures in US$ bn | Year |\n|---|---|\n| Tarn Ltd | 2021 |\n",
        "a year in a period column",
    ),
    (
        "| (RMB bn) | 2024 |\n|---|---|\n| Revenue | RMB 44.0bn |\n",
        "a cell with its own currency marker is left to the prose reader (read once, there)",
    ),
    (
        "| Price (US$) | 2024 |\n|---|---|\n| Revenue | 51.2 |\n",
        "a currency with no scale is no unit for totals",
    ),
    (
        "| Company | Revenue | Profit |\n|---|---|---|\n| Tarn Ltd | 51.2 | 4.4 |\n",
        "no unit stated at all",
    ),
    (
        "All figures in GBP million\n\n| Company | Rank | Margin |\n|---|---|---|\n"
        "| Wexley | 3 | 11.5 |\n",
        "a rank column and a margin column",
    ),
]


@pytest.mark.parametrize(("table", "why"), NEVER_MONEY_TABLES)
def test_cells_that_are_not_money_stay_no_figure(table: str, why: str) -> None:
    bare = [m for m in extract_mentions(table) if m.text[:1].isdigit() or m.text[:1] in "-("]
    assert bare == [], why


def test_cell_with_its_own_marker_is_read_once_by_the_prose_reader() -> None:
    table = "| (RMB bn) | 2024 |\n|---|---|\n| Revenue | RMB 44.0bn |\n"
    (mention,) = extract_mentions(table)
    assert (mention.text, mention.amount, mention.currency_note) == ("RMB 44.0bn", D("44.0e9"), "")


def test_per_share_rows_are_read_per_share_and_never_scaled() -> None:
    table = (
        "| Key data (RMB bn) | 2024 |\n|---|---|\n| Revenue | 50.5 |\n| EPS (RMB) | 1.84 |\n"
        "| Dividend per share | 0.60 |\n"
    )
    by_text = {m.text: m for m in extract_mentions(table)}
    assert by_text["50.5"].per_unit is None and by_text["50.5"].amount == D("50.5e9")
    for text, amount in (("1.84", D("1.84")), ("0.60", D("0.60"))):
        assert (by_text[text].amount, by_text[text].per_unit) == (amount, "share")
        assert (by_text[text].currency, by_text[text].scale_word) == ("CNY", None)


def test_a_currency_only_table_reads_only_its_per_share_rows() -> None:
    table = "| Price (US$) | 2024 |\n|---|---|\n| Share price | 23.10 |\n| Revenue | 51.2 |\n"
    mentions = extract_mentions(table)
    assert [(m.text, m.amount, m.currency, m.per_unit) for m in mentions] == [
        ("23.10", D("23.10"), "USD", "share")
    ]


@pytest.mark.parametrize(
    ("words", "currency", "scale"),
    [
        ("Key financials (RMB bn)", "CNY", "billion"),
        ("DKK billion", "DKK", "billion"),
        ("US$m", "USD", "million"),
        ("€ million", "EUR", "million"),
        ("in $ millions", "USD", "million"),
        ("All figures in EUR million", "EUR", "million"),
        ("(CHF '000)", "CHF", "thousand"),
        ("in billions of yen", "JPY", "billion"),
    ],
)
def test_units_a_header_or_caption_states(words: str, currency: str, scale: str) -> None:
    unit = stated_unit(words)
    assert unit is not None and (unit.currency, unit.scale) == (currency, scale)


@pytest.mark.parametrize(
    "words", ["Price (US$)", "Revenue", "Shares (m)", "2024", "Margin %", "Market share"]
)
def test_words_without_currency_and_scale_state_no_unit(words: str) -> None:
    assert stated_unit(words) is None


def test_front_matter_rule_under_a_line_with_a_pipe_is_no_table() -> None:
    text = "---\ntitle: Tarn | results (US$m)\n---\n\nRevenue | 51\n"
    assert find_tables(text) == []


def test_linked_figures_take_row_metric_column_year_and_estimates_are_forecasts() -> None:
    document = Document("k.md", HEADER_UNIT_NO_OUTER_PIPES, HEADER_UNIT_NO_OUTER_PIPES, "utf-8")
    claims = {c.mention.text: c for c in analyse_document(document).claims}
    assert (claims["118.4"].metric, claims["118.4"].period) == ("revenue", "2022")
    assert (claims["131.9"].metric, claims["131.9"].period) == ("revenue", "2023")
    assert claims["12.05"].metric == "profit" and claims["12.05"].period == "2023"
    assert (claims["140.0"].period, claims["140.0"].is_target) == ("2024", True)
    assert claims["131.9"].is_target is False
    assert dict(claims["131.9"].evidence)["period"].resolver == "table_column_header"
    assert claims["131.9"].entity == "Korrin Power"


def test_row_label_names_a_segment_and_the_table_title_its_metric() -> None:
    text = (
        "# Tarvik Foods grows\n\nTarvik Foods published its segments.\n\n"
        "| Net sales (DKK bn) | 2023 | 2024 |\n|---|---|---|\n| Europe | 4.1 | 4.6 |\n"
    )
    claims = {
        c.mention.text: c for c in analyse_document(Document("t.md", text, text, "utf-8")).claims
    }
    assert (claims["4.6"].measure, claims["4.6"].period) == ("segment", "2024")
    assert (claims["4.6"].entity, claims["4.6"].metric) == ("Tarvik Foods", "revenue")


def test_a_row_labelled_with_a_metric_is_the_topic_company_s_not_a_company_of_that_name() -> None:
    text = (
        "# Holm Pharma results\n\nHolm Pharma reported on Tuesday.\n\n"
        "| DKK bn | 2023 | 2024 |\n|---|---|---|\n| Profit before tax | 25.0 | 26.1 |\n"
        "| Operating profit | 27.9 | 30.1 |\n"
    )
    claims = {
        c.mention.text: c for c in analyse_document(Document("h.md", text, text, "utf-8")).claims
    }
    for figure in ("25.0", "26.1", "27.9", "30.1"):
        assert (claims[figure].entity, claims[figure].metric) == ("Holm Pharma", "profit")


def test_a_per_share_row_is_no_segment() -> None:
    text = (
        "# Korrin Power\n\nKorrin Power reported.\n\n"
        "| RMB bn | 2024 |\n|---|---|\n| EPS (RMB) | 1.84 |\n| Europe | 3.2 |\n"
    )
    claims = {
        c.mention.text: c for c in analyse_document(Document("k.md", text, text, "utf-8")).claims
    }
    assert claims["1.84"].measure == "per_unit" and claims["1.84"].mention.per_unit == "share"
    assert claims["1.84"].metric == "other"
    assert claims["3.2"].measure == "segment"
