"""Filing captions as annual reports write them (which bare amounts a caption "(in thousands)"
scales and which it leaves alone), and what linking reads from results-table rows and
captions. Every passage is invented."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checker.api import analyse_document, check
from checker.extract import extract_mentions
from checker.model import Claim, Document, Evidence, Grade

D = Decimal

# (passage, [(value, currency), ...]).
CAPTIONED_PASSAGES: list[tuple[str, list[tuple[Decimal, str | None]]]] = [
    (
        "Notes to the accounts\n(dollars in thousands)\n\nLease income was $812 in the year.",
        [(D("812000"), "USD")],
    ),
    (
        "Segment data\n(Amounts in thousands, except percentages and per share amounts)\n\n"
        "Freight costs rose to $2,450.",
        [(D("2450000"), "USD")],
    ),
    (
        "Harbour Lines Ltd. notes\n"
        "(All amounts expressed in thousands of U.S. Dollars, except share data)\n\n"
        "Payables to affiliates were $310 (2018: $275).",
        [(D("310000"), "USD"), (D("275000"), "USD")],
    ),
    (
        "Results by region (columnar dollars in millions except per share amounts)\n\n"
        "Europe contributed $1,105 of the total.",
        [(D("1105e6"), "USD")],
    ),
    (
        "Supplementary tables (tables in millions, except per share amounts)\n\n"
        "Capital returned was $96.",
        [(D("96e6"), "USD")],
    ),
    (
        "Summary\n(amounts are expressed in thousands)\n\nThe accrual stood at $77.",
        [(D("77000"), "USD")],
    ),
    (
        "A roll-forward of the warranty reserve is as follows (in thousands):\n\n"
        "As of June 30, 2019 and 2018, the Company had $45,000 and $12,000, respectively, "
        "accrued for late-payment penalties on its supplier contracts.",
        [(D("45000"), "USD"), (D("12000"), "USD")],
    ),
    (
        "The components of other expense are as follows (in thousands):\n\n"
        "| Freight | $1,250 |\n| Storage | $480 |\n\nThe board approved the plan.",
        [(D("1250000"), "USD"), (D("480000"), "USD")],
    ),
    (
        "Our cash flows are summarised below (in thousands):\n\nOperating activities\n\n"
        "Working capital used $120 thousand, offset by a $35 thousand decrease in receivables"
        " and an increase of $512 in accrued liabilities.",
        [(D("120000"), "USD"), (D("35000"), "USD"), (D("512000"), "USD")],
    ),
    (
        "Our cash flows are summarised below (in thousands):\n\nOperating activities\n\n"
        "The loss was $2.1 million, offset by a $35 thousand decrease in receivables and an"
        " increase of $512 in accrued liabilities.",
        [(D("2.1e6"), "USD"), (D("35000"), "USD"), (D("512"), "USD")],
    ),
    (
        "Operating activities\n\nWorking capital used $120 thousand and an increase of $512 in"
        " accrued liabilities.",
        [(D("120000"), "USD"), (D("512"), "USD")],
    ),
    (
        "Our cash flows are summarised below (in thousands):\n\nOperating activities\n\n"
        "Working capital used $120 thousand. An increase of $512 in accrued liabilities"
        " followed in the next period.",
        [(D("120000"), "USD"), (D("512"), "USD")],
    ),
    (
        "Equity (in thousands, except per share data)\n\nThe dividend was $2 per share.",
        [(D("2"), "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONED_PASSAGES)
def test_captioned_passages(text: str, expected: list[tuple[Decimal, str | None]]) -> None:
    assert [(m.amount, m.currency) for m in extract_mentions(text)] == expected


def test_a_scale_carried_from_the_sentence_names_the_caption_and_the_sentence() -> None:
    text = CAPTIONED_PASSAGES[8][0]
    carried = extract_mentions(text)[-1]
    assert (carried.text, carried.scale_word) == ("$512", "thousand")
    assert carried.scale_note.startswith("inferred: the caption '(in thousands)'")
    assert "other amounts in thousands" in carried.scale_note


def test_a_caption_above_prose_is_not_read_as_scaling_it() -> None:
    text = CAPTIONED_PASSAGES[6][0]
    assert all(not m.scale_note for m in extract_mentions(text))


def _linked(text: str) -> dict[str, Claim]:
    document = Document(path="t.txt", text=text, plain=text, encoding="utf-8", date=WIRE_DATE)
    return {claim.mention.text: claim for claim in analyse_document(document).claims}


WIRE_DATE = date(1987, 3, 4)
QUARTER_STORY = """HARBOUR MILLS INC <HBM> 4TH QTR LOSS

    DENVER, March 4 -
    Oper shr loss 12 cts vs profit 30 cts
    Oper net loss 1,250,000 vs profit 3,100,000
    Revs 41.2 mln vs 39.8 mln
    1986 Year
    Revs 160.4 mln vs 151.0 mln
"""


@pytest.mark.parametrize(
    ("figure", "metric", "label", "period", "grade"),
    [
        ("1,250,000", "loss", "Oper net loss", "1986-12", Grade.INFERRED),
        ("3,100,000", "profit", "profit", "1985-12", Grade.INFERRED),
        ("41.2 mln", "revenue", "Revs", "1986-12", Grade.INFERRED),
        ("39.8 mln", "revenue", "Revs", "1985-12", Grade.INFERRED),
        ("160.4 mln", "revenue", "Revs", "1986", Grade.STATED),
        ("151.0 mln", "revenue", "Revs", "1985", Grade.INFERRED),
    ],
)
def test_a_table_row_gives_its_metric_and_its_table_period(
    figure: str, metric: str, label: str, period: str, grade: Grade
) -> None:
    claim = _linked(QUARTER_STORY)[figure]
    assert (claim.metric, claim.period) == (metric, period)
    assert claim.evidence_for("metric") == Evidence("table_row_label", label, Grade.STATED)
    table = claim.evidence_for("period")
    assert (table.resolver, table.grade) == ("table_period", grade)
    assert claim.entity == "HARBOUR MILLS"


def test_a_quarter_long_before_the_story_is_left_to_the_text() -> None:
    late = QUARTER_STORY.replace("4TH QTR", "3RD QTR")
    claim = _linked(late)["41.2 mln"]
    assert claim.evidence_for("period").resolver != "table_period"


def test_a_caption_scale_is_in_the_figure_evidence() -> None:
    text = CAPTIONED_PASSAGES[0][0]
    (claim,) = _linked(text).values()
    scale = claim.evidence_for("scale")
    assert (scale.resolver, scale.grade) == ("caption", Grade.INFERRED)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # A label with words the reader does not know: the prose reader reads the cell.
        ("    Net profit after minorities 41.3 mln stg vs 38.0 mln.", ["41.3 mln stg", "38.0 mln"]),
        # A currency sign in a cell: the prose reader keeps both markers.
        ("    Net profit $41.3 mln stg vs 38.0 mln.", ["$41.3 mln stg", "38.0 mln"]),
    ],
)
def test_a_money_cell_the_table_reader_cannot_read_is_read_as_prose(
    row: str, expected: list[str]
) -> None:
    text = f"HOLLOWAY GROUP PLC YEAR\n\n    Pre-tax profit 60.2 mln stg vs 55.1 mln.\n{row}\n"
    texts = [m.text for m in extract_mentions(text, "wire.txt")]
    assert texts == ["60.2 mln stg", "55.1 mln", *expected]


def test_a_sign_and_a_currency_word_in_a_table_cell_conflict(tmp_path) -> None:
    text = "HOLLOWAY GROUP PLC YEAR\n\n    Pre-tax profit 60.2 mln stg vs 55.1 mln.\n"
    text += "    Net profit $41.3 mln stg vs 38.0 mln.\n"
    (tmp_path / "wire.txt").write_text(text, encoding="utf-8")
    rules = [f.rule for f in check([tmp_path], select=["currency-conflict"]).findings]
    assert rules == ["currency-conflict"]


def test_an_unread_cell_of_a_per_share_row_is_not_read_as_a_total() -> None:
    text = "HOLLOWAY GROUP PLC YEAR\n\n    Shr primary 1.32 dlrs vs 1.13 dlrs\n"
    text += "    Net 6.1 mln vs 5.2 mln\n"
    read = {m.text: m.per_unit for m in extract_mentions(text, "wire.txt")}
    assert read == {"1.13 dlrs": "share", "6.1 mln": None, "5.2 mln": None}
