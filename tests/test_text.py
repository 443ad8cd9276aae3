"""Tests for the text model: paragraphs, sentences, clauses and tokens, built once."""

from __future__ import annotations

import pytest

from checker.text import Kind, read_text

WRAPPED = (
    "Acme Robotics said on Tuesday that its quarterly revenue rose to $5.2\n"
    "billion, helped by strong demand for warehouse machines in Europe and\n"
    "the United States. Profit was $800 million.\n"
)


def sentences(text: str) -> list[str]:
    passage = read_text(text)
    return [passage.flat[s.start : s.end].strip() for s in passage.sentences]


def paragraphs(text: str) -> list[str]:
    passage = read_text(text)
    return [passage.flat[p.start : p.end] for p in passage.paragraphs]


def test_flat_text_has_the_length_and_offsets_of_the_plain_text() -> None:
    passage = read_text(WRAPPED)

    assert len(passage.flat) == len(WRAPPED)
    assert passage.flat.index("$5.2 billion") == WRAPPED.index("$5.2\nbillion")
    assert paragraphs(WRAPPED) == [" ".join(WRAPPED.split())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One paragraph here.\n\nAnother one there.", 2),
        ("# Results\nRevenue rose to $5 billion in 2024.", 2),
        ("Revenue by unit:\n- Cloud: $3 billion\n- Devices: $2 billion", 3),
        ("| unit | revenue |\n| cloud | $3 billion |", 2),
        ("---\ndate: 2024-01-01\ntitle: Acme\n---\nAcme grew.", 5),
        ("Acme sees gains\nAcme Robotics said its revenue rose 5% to $5.2 billion in 2024.", 2),
        ("这家公司完成了5000万美元融资。\n本轮投资方包括多家基金。", 2),
        (
            "NOTE: figures include the acquisition of\n98.8 pct of Beta.\n"
            "    Net 1.2 mln vs 3.4 mln",
            2,
        ),
    ],
)
def test_paragraph_ends(text: str, expected: int) -> None:
    assert len(read_text(text).paragraphs) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi was valued at $45 billion in\nDecember 2014.",
        "Delta bought 20 per cent of Epsilon for €2 billion,\nvaluing the company at €4 billion.",
        "The $500 million\ninvestment buys the fund roughly 5 per cent.",
        "Talks sped up after the chief executive of Beta Stores resigned\nin May. As part of the "
        "deal, Acme - owner of two national chains\n- will assume $6bn of the debt of Beta, "
        "bringing the total value\nof the deal to $17bn.",
    ],
)
def test_a_line_that_goes_on_is_joined(text: str) -> None:
    assert len(read_text(text).paragraphs) == 1


def test_a_currency_code_and_its_amount_wrap_as_one_word() -> None:
    # Wrapped at 72 columns: "KES" alone would have fitted after "Pesa", "KES 117.2bn" not.
    note = (
        "2. Revenue: total revenue was a record for the group this year, ahead of\n"
        "the forecast. Service revenue lines came from payments at Pesa\n"
        "KES 117.2bn, voice KES 81.0bn, mobile data KES 53.6bn and fixed service\n"
        "KES 14.4bn. Those four lines add up to KES 266.2bn.\n"
    )
    assert len(read_text(note).paragraphs) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith of Acme Corp. joined Beta Inc. in Jan. 2020. He left.",
            ["Mr. Smith of Acme Corp. joined Beta Inc. in Jan. 2020.", "He left."],
        ),
        (
            "U.S. sales rose 3.5% to $1.25 billion, e.g. in Texas. J. P. Smith said so.",
            ["U.S. sales rose 3.5% to $1.25 billion, e.g. in Texas.", "J. P. Smith said so."],
        ),
        ('He said "it was a record." Profit fell!', ['He said "it was a record."', "Profit fell!"]),
        ("营收增长了。利润下降！估值多少？", ["营收增长了。", "利润下降！", "估值多少？"]),
        (
            "Rs. 70 to the dollar vs. 68 a year ago. Good.",
            ["Rs. 70 to the dollar vs. 68 a year ago.", "Good."],
        ),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_know_their_paragraph() -> None:
    passage = read_text("Revenue rose. Profit fell.\n\nCosts were flat.")

    assert [s.paragraph for s in passage.sentences] == [0, 0, 1]
    assert passage.same_sentence(0, 5)
    assert not passage.same_sentence(0, 20)


def test_clauses_end_at_semicolons_and_sentence_ends() -> None:
    text = "Revenue rose to $5 billion; profit fell. Costs were flat."
    passage = read_text(text)
    start = text.index("$5")

    assert passage.clause_bounds(start, start + 10) == (0, text.index(";"))
    assert [text[a:b].strip() for a, b in passage.clauses()] == [
        "Revenue rose to $5 billion",
        "profit fell",
        "Costs were flat",
        "",
    ]


def test_tokens_have_kinds() -> None:
    text = "Beta Robotics paid $5.2 billion for 12% of Gamma in December 2014, or 1,250 USD."
    kinds = {(t.kind, t.text) for t in read_text(text).tokens}

    assert {
        (Kind.NAME, "Beta Robotics"),
        (Kind.MONEY, "$5.2 billion"),
        (Kind.PERCENT, "12%"),
        (Kind.DATE, "December 2014"),
        (Kind.NUMBER, "1,250"),
        (Kind.CURRENCY, "USD"),
        (Kind.WORD, "paid"),
    } <= kinds
    percent = text.index("12%")
    assert [t.text for t in read_text(text).tokens_in(percent, percent + 3)] == ["12%"]


def test_a_sentence_is_quoted_with_its_figure_in_bold() -> None:
    passage = read_text(WRAPPED)
    start = WRAPPED.index("$800")

    assert passage.quote(start, start + len("$800 million")) == "Profit was **$800 million**."


def test_the_model_is_built_once_per_text() -> None:
    passage = read_text(WRAPPED)

    assert read_text(WRAPPED) is passage
    assert read_text(passage.flat) is passage


@pytest.mark.parametrize(
    "text",
    [
        'He said: "Acme (the maker) won." Then\tBeta -- and “Gamma” -- lost.\n\n  (Delta) rose.',
        "Notes:  ‘Orla’ and 'Pym' - both: - Quill.",
        " \t\n",
    ],
)
def test_starts_sentence_reads_what_stands_before_the_offset_in_its_sentence(text) -> None:
    passage = read_text(text)
    for offset in range(len(text) + 1):
        sentence = passage.sentence_at(offset)
        before = passage.flat[sentence.start if sentence else 0 : offset].rstrip(" \t\"“‘'(-")
        expected = not before.strip() or before.endswith(":")
        assert passage.starts_sentence(offset) == expected
