"""Filing captions as annual reports write them: which bare amounts a caption "(in thousands)"
scales and which it leaves alone. Every passage is invented."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.extract import extract_mentions

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
