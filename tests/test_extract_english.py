"""Tests for English money extraction: every written form of a figure, and what is never money."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import english, extract_mentions
from checker.model import Qualifier


def figures(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(m.text, m.amount, m.currency) for m in extract_mentions(text)]


def D(value: str) -> Decimal:
    return Decimal(value)


# Each row: the sentence, then every figure in it as (surface text, amount, currency).
FORMS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # symbols and symbol prefixes
    ("It raised $5 million.", [("$5 million", "5e6", "USD")]),
    ("It raised US$5 million.", [("US$5 million", "5e6", "USD")]),
    ("It raised HK$5 million.", [("HK$5 million", "5e6", "HKD")]),
    ("It raised S$5 million.", [("S$5 million", "5e6", "SGD")]),
    ("It raised A$5 million.", [("A$5 million", "5e6", "AUD")]),
    ("It raised C$5 million.", [("C$5 million", "5e6", "CAD")]),
    ("It raised NT$5 million.", [("NT$5 million", "5e6", "TWD")]),
    ("It raised R$5 million.", [("R$5 million", "5e6", "BRL")]),
    ("It raised €5 million.", [("€5 million", "5e6", "EUR")]),
    ("It raised £5 million.", [("£5 million", "5e6", "GBP")]),
    ("Toyota made ¥5 trillion in Japan.", [("¥5 trillion", "5e12", "JPY")]),
    ("It raised ₹5 million.", [("₹5 million", "5e6", "INR")]),
    ("It raised ₩5 million.", [("₩5 million", "5e6", "KRW")]),
    # ISO codes before and after
    ("It raised USD 5 million.", [("USD 5 million", "5e6", "USD")]),
    ("It raised 5 million USD.", [("5 million USD", "5e6", "USD")]),
    ("It raised RMB 5 million.", [("RMB 5 million", "5e6", "CNY")]),
    ("It raised CNY 5 million.", [("CNY 5 million", "5e6", "CNY")]),
    ("It raised HKD 5 million.", [("HKD 5 million", "5e6", "HKD")]),
    ("It raised EUR 5 million.", [("EUR 5 million", "5e6", "EUR")]),
    ("It raised GBP 5 million.", [("GBP 5 million", "5e6", "GBP")]),
    ("It raised JPY 5 million.", [("JPY 5 million", "5e6", "JPY")]),
    ("It raised INR 5 million.", [("INR 5 million", "5e6", "INR")]),
    ("It raised SAR 5 million.", [("SAR 5 million", "5e6", "SAR")]),
    ("Revenue reached SEK 160 billion.", [("SEK 160 billion", "160e9", "SEK")]),
    # currency names
    ("It raised 5 million dollars.", [("5 million dollars", "5e6", "USD")]),
    ("It raised 5 million yuan.", [("5 million yuan", "5e6", "CNY")]),
    ("It raised 5 million renminbi.", [("5 million renminbi", "5e6", "CNY")]),
    ("It raised 5 million euros.", [("5 million euros", "5e6", "EUR")]),
    ("It raised 5 million pounds.", [("5 million pounds", "5e6", "GBP")]),
    ("It raised 5 million yen.", [("5 million yen", "5e6", "JPY")]),
    ("It raised 5 million rupees.", [("5 million rupees", "5e6", "INR")]),
    ("It raised 5 million riyals.", [("5 million riyals", "5e6", "SAR")]),
    # magnitudes
    ("It paid $5 thousand.", [("$5 thousand", "5e3", "USD")]),
    ("It paid $5 million.", [("$5 million", "5e6", "USD")]),
    ("It paid $5 billion.", [("$5 billion", "5e9", "USD")]),
    ("It paid $5 trillion.", [("$5 trillion", "5e12", "USD")]),
    ("It paid $5k.", [("$5k", "5e3", "USD")]),
    ("It paid $5m.", [("$5m", "5e6", "USD")]),
    ("It paid $5mn.", [("$5mn", "5e6", "USD")]),
    ("It paid $5bn.", [("$5bn", "5e9", "USD")]),
    ("It paid $5b.", [("$5b", "5e9", "USD")]),
    ("It paid $5tn.", [("$5tn", "5e12", "USD")]),
    ("It paid Rs 5 crore.", [("Rs 5 crore", "5e7", "INR")]),
    ("It paid Rs 5 lakh.", [("Rs 5 lakh", "5e5", "INR")]),
    ("Jio was worth Rs 4.62 lakh crore.", [("Rs 4.62 lakh crore", "4.62e12", "INR")]),
    ("Reliance spent Rs 1,52,056 crore.", [("Rs 1,52,056 crore", "1.52056e12", "INR")]),
    # digits, grouping and decimals
    ("It paid $1,200.", [("$1,200", "1200", "USD")]),
    ("It paid $1.82.", [("$1.82", "1.82", "USD")]),
    ("Xiaomi paid $1.82 million for it.", [("$1.82 million", "1820000", "USD")]),
    # hyphenated and spelled-out amounts
    ("It closed a $1.1-billion round.", [("$1.1-billion", "1.1e9", "USD")]),
    ("It paid two billion dollars.", [("two billion dollars", "2e9", "USD")]),
    ("Half a billion dollars was raised.", [("Half a billion dollars", "0.5e9", "USD")]),
    ("It was worth a billion dollars.", [("a billion dollars", "1e9", "USD")]),
    # ranges: two mentions each
    ("It is worth $40bn-$50bn.", [("$40bn", "40e9", "USD"), ("$50bn", "50e9", "USD")]),
    (
        "It is worth between $1 billion and $2 billion.",
        [("$1 billion", "1e9", "USD"), ("$2 billion", "2e9", "USD")],
    ),
    ("It is worth $1-2 billion.", [("$1", "1e9", "USD"), ("2 billion", "2e9", "USD")]),
    ("Shares traded at $44 to $50.", [("$44", "44", "USD"), ("$50", "50", "USD")]),
    ("Revenue rose from $5bn to $8bn.", [("$5bn", "5e9", "USD"), ("$8bn", "8e9", "USD")]),
    # pence, accounting negatives, restatements
    ("Shares closed at 3,836p.", [("3,836p", "38.36", "GBP")]),
    ("The annual revenue is ($99.99).", [("$99.99", "-99.99", "USD")]),
    (
        "Facebook will invest Rs 43,574 crore ($5.7 billion) in Jio.",
        [("Rs 43,574 crore", "435.74e9", "INR"), ("$5.7 billion", "5.7e9", "USD")],
    ),
    # "¥" read from the document's words
    ("Toyota, Japan's largest carmaker, earned ¥5 trillion.", [("¥5 trillion", "5e12", "JPY")]),
    (
        "Xiaomi, the Chinese phone maker, earned ¥5 billion, about 5 billion yuan.",
        [("¥5 billion", "5e9", "CNY"), ("5 billion yuan", "5e9", "CNY")],
    ),
    # bare amounts: settled or not by the context
    (
        "Kingsoft Cloud is losing about 19 million yuan, or about 3 million in the third quarter.",
        [("19 million yuan", "19e6", "CNY"), ("3 million", "3e6", None)],
    ),
    (
        "Bharti Airtel was worth Rs 2.73 lakh crore and Vodafone Idea a little over 11,200 crore.",
        [("Rs 2.73 lakh crore", "2.73e12", "INR"), ("11,200 crore", "112e9", "INR")],
    ),
    # a capital R glued to an amount with a magnitude: South African rand
    (
        "Vuka is worth about R250 billion and lost R2.6bn in 2015.",
        [("R250 billion", "250e9", "ZAR"), ("R2.6bn", "2.6e9", "ZAR")],
    ),
    # a capital N glued to an amount with a magnitude: Nigerian naira
    (
        "Interest income at Ekwe Bank rose to N84.2 billion from N61.5 billion.",
        [("N84.2 billion", "84.2e9", "NGN"), ("N61.5 billion", "61.5e9", "NGN")],
    ),
    # crore abbreviated after a rupee amount, and after lakh
    (
        "Profit jumps to Rs 412Cr; Varanasi Mills nears the Rs 3 lakh cr mark.",
        [("Rs 412Cr", "4.12e9", "INR"), ("Rs 3 lakh cr", "3e12", "INR")],
    ),
    # a per-share measure named between the figure and its unit
    (
        "Harlow reported $1.87 in diluted cash earnings per share, up from $1.70 a share.",
        [("$1.87", "1.87", "USD"), ("$1.70", "1.70", "USD")],
    ),
    # the full-width yen sign in an English text about Japan
    (
        "TOKYO - Kanoda now forecasts ￥420 billion (US$3.8 billion) in net profit.",
        [("￥420 billion", "420e9", "JPY"), ("US$3.8 billion", "3.8e9", "USD")],
    ),
    # MM, financial shorthand for million
    (
        "Corvane will pay up to $85.0MM in milestones, including $10.0 MM on approval.",
        [("$85.0MM", "85e6", "USD"), ("$10.0 MM", "10e6", "USD")],
    ),
    # a magnitude misspelled by a doubled or dropped letter
    (
        "The plant is worth VND120 trillion ($5.1 billlion), up from $4 bilion.",
        [
            ("VND120 trillion", "120e12", "VND"),
            ("$5.1 billlion", "5.1e9", "USD"),
            ("$4 bilion", "4e9", "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[text for text, _ in FORMS])
def test_extracts_every_form(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert figures(text) == [
        (surface, D(amount), currency) for surface, amount, currency in expected
    ]


NEVER_MONEY: list[tuple[str, list[str]]] = [
    ("Kingsoft Cloud (HKEx: 3888) raised $500 million in funding.", ["$500 million"]),
    ("ZTE (Shenzhen: 000063) paid 2 billion yuan for the stake.", ["2 billion yuan"]),
    ("Xiaomi was founded in 2018 and raised $4.7 billion.", ["$4.7 billion"]),
    ("The SU7 costs 215,900 yuan.", ["215,900 yuan"]),
    ("The Mi A1 sold for $235 in India.", ["$235"]),
    ("Xiaomi trades at 54x earnings and is valued at $50 billion.", ["$50 billion"]),
    ("With a P/E of 54.47, the stock is worth $30 billion.", ["$30 billion"]),
    ("Revenue rose 233% to $3 billion.", ["$3 billion"]),
    ("Sales rose 10 percent to 5 billion euros.", ["5 billion euros"]),
    ("It sold 350,000 units worth $2 billion.", ["$2 billion"]),
    ("WhatsApp has 400 million people in India and Jio raised $10 billion.", ["$10 billion"]),
    ("Alibaba spent $1 billion on a 32-billion-parameter model.", ["$1 billion"]),
    ("Toyota delivered 3.59 million vehicles and earned ¥5 trillion.", ["¥5 trillion"]),
    ("Kingsoft Cloud (HKEx: 3888) fell.", []),
    ("ZTE (Shenzhen: 000063) fell.", []),
    ("It was founded in 2018.", []),
    ("The P/E of 54.47 looks rich at 54x.", []),
    ("Shares rose 233% and sales 10 percent.", []),
    ("It delivered 3.59 million vehicles and sold 350,000 units to 400 million people.", []),
    ("Unemployment of more than five million weighed on spending.", []),
    ("Hanbit shares closed at 83,900 won; analysts expected 7.9 won.", ["83,900 won", "7.9 won"]),
    ("Hanbit pays a dividend of 361 won a share.", ["361 won"]),
    ("Candidate 306 won the vote and Team 3 won the cup.", []),
    (
        "Menlo led a 750 million round that valued Corvex at $18.4 billion.",
        ["750 million", "$18.4 billion"],
    ),
    ("Its 400 million users and 3 million vehicles, with $2bn of sales.", ["$2bn"]),
    ("The R2 road and the model R5 cost $3 million; AR250 billion is no rand.", ["$3 million"]),
    ("The R1T pickup and the R2B code sold 40,000 units.", []),
    ("Harwick is back above a billion in sales.", []),
    ("The course gives 12 cr of credit; the N95 mask and model N2 sold 3 million units.", []),
    (
        "Harwick raised a billion dollars and then half a billion more.",
        ["a billion dollars", "half a billion"],
    ),
    (
        "Net profit 12 mln dlrs vs 10 mln\n    Tools and dies four mln vs 10 mln",
        ["12 mln dlrs", "10 mln", "four mln", "10 mln"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEVER_MONEY, ids=[t for t, _ in NEVER_MONEY])
def test_tickers_years_models_ratios_and_counts_are_never_money(
    text: str, expected: list[str]
) -> None:
    assert [m.text for m in extract_mentions(text)] == expected


def test_a_plus_after_a_figure_makes_it_a_floor() -> None:
    [floor] = extract_mentions("It is short of the $64 billion-plus implied in August.")
    assert floor.qualifier is Qualifier.AT_LEAST
    added = extract_mentions("It paid $5bn plus $2bn in shares.")
    assert [m.qualifier for m in added] == [Qualifier.EXACT, Qualifier.EXACT]


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("about", Qualifier.ABOUT),
        ("around", Qualifier.ABOUT),
        ("roughly", Qualifier.ABOUT),
        ("nearly", Qualifier.NEARLY),
        ("almost", Qualifier.NEARLY),
        ("more than", Qualifier.MORE_THAN),
        ("over", Qualifier.MORE_THAN),
        ("at least", Qualifier.AT_LEAST),
        ("up to", Qualifier.UP_TO),
        ("less than", Qualifier.LESS_THAN),
        ("under", Qualifier.LESS_THAN),
    ],
)
def test_qualifier_before_the_figure(phrase: str, qualifier: Qualifier) -> None:
    (mention,) = extract_mentions(f"Xiaomi raised {phrase} $5 million in the round.")
    assert mention.text == "$5 million"
    assert mention.qualifier.value == qualifier.value


def test_unqualified_figure_is_exact() -> None:
    (mention,) = extract_mentions("Xiaomi raised $5 million in the round.")
    assert mention.qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Analysts see $40bn-$50bn for the listing.", "40e9", "50e9"),
        ("It is worth between $1 billion and $2 billion.", "1e9", "2e9"),
        ("The round valued it at $1-2 billion.", "1e9", "2e9"),
        ("Shares were priced at $44 to $50.", "44", "50"),
    ],
)
def test_range_gives_low_and_high_in_one_group(text: str, low: str, high: str) -> None:
    first, second = extract_mentions(text)
    assert (first.amount, second.amount) == (D(low), D(high))
    assert first.qualifier.value == "range_low"
    assert second.qualifier.value == "range_high"
    assert first.range_group is not None
    assert first.range_group == second.range_group
    assert first.currency == second.currency == "USD"


def test_from_to_is_a_change_not_a_range() -> None:
    first, second = extract_mentions("Revenue rose from $5bn to $8bn.")
    assert (first.amount, second.amount) == (D("5e9"), D("8e9"))
    assert first.qualifier == second.qualifier == Qualifier.EXACT
    assert first.range_group is None
    assert second.range_group is None


def test_yen_sign_reads_as_yen_in_a_japanese_text() -> None:
    text = "Toyota posted ¥5.35 trillion of operating profit, a record for a Japanese company."
    (mention,) = extract_mentions(text)
    assert mention.currency == "JPY"
    assert "yen" in mention.currency_note


def test_yen_sign_reads_as_yuan_in_a_chinese_text() -> None:
    text = "Xiaomi, based in Beijing, China, spent ¥20 billion on research, or 20 billion yuan."
    first, _ = extract_mentions(text)
    assert first.text == "¥20 billion"
    assert first.currency == "CNY"
    assert "yuan" in first.currency_note


def test_parentheses_after_a_figure_restate_it_and_stay_positive() -> None:
    mentions = extract_mentions("Facebook will invest Rs 43,574 crore ($5.7 billion) in Jio.")
    assert [m.amount > 0 for m in mentions] == [True, True]


def test_bare_restatement_says_why_it_has_no_currency() -> None:
    text = (
        "Kingsoft Cloud is losing about 19 million yuan, or about 3 million in the third quarter."
    )
    _, bare = extract_mentions(text)
    assert bare.currency is None
    assert bare.currency_markers == ()
    assert "19 million yuan" in bare.currency_note


def test_conflicting_markers_are_all_kept() -> None:
    (mention,) = extract_mentions("Xiaomi invested $200 billion yuan in AI.")
    assert mention.text == "$200 billion yuan"
    assert mention.currency_markers == ("USD", "CNY")


# --------------------------------------------------------------------------- properties

WORDS = st.sampled_from(
    [
        "Xiaomi",
        "raised",
        "about",
        "nearly",
        "more than",
        "between",
        "and",
        "to",
        "from",
        "or",
        "billion",
        "million",
        "crore",
        "lakh",
        "yuan",
        "dollars",
        "euros",
        "Rs",
        "USD",
        "in",
        "2018",
        "(",
        ")",
        "-",
        "%",
        ",",
        ".",
        "valued at",
        "half a",
        "two",
        "p",
    ]
)
AMOUNTS = st.builds(
    lambda prefix, number, suffix: f"{prefix}{number}{suffix}",
    st.sampled_from(["", "$", "US$", "€", "£", "¥", "₹", "HK$", "RMB ", "Rs "]),
    st.one_of(
        st.integers(min_value=0, max_value=10**12).map(str),
        st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}"),
        st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
    ),
    st.sampled_from(["", "bn", "m", "k", " billion", " million", "-billion", " yuan", "p"]),
)
SEPARATORS = st.sampled_from([" ", " ", ", ", "-", " (", ") ", "\n", "\n\n"])
TEXTS = st.lists(st.tuples(st.one_of(WORDS, AMOUNTS), SEPARATORS), max_size=25).map(
    lambda parts: "".join(token + separator for token, separator in parts)
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_mentions_quote_their_span_and_do_not_overlap(text: str) -> None:
    mentions = extract_mentions(text)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text == text[mention.start : mention.end]
    spans = [(m.start, m.end) for m in mentions]
    assert spans == sorted(spans)
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose 12-5/8 to 1,234 300 euros, then three hundred and two, then a half million.",
        "It paid $4.5bn, 12 5/8 and 3/4/87 for twenty-one firms; 1 000 000 yen is forty-five.",
        "Nine, 9,9,9 and 1,23,456 were read, and a quarter billion dollars in 2021.",
        "",
        "no numbers at all here",
    ],
)
def test_number_matches_are_those_of_the_joined_pattern(text):
    found = [(m.span(), m.groupdict()) for m in english.number_matches(text)]
    assert found == [(m.span(), m.groupdict()) for m in english.NUMBER_RE.finditer(text)]
    assert found or not any(ch.isdigit() for ch in text)


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            [
                "1",
                "12",
                ",",
                ".",
                " ",
                "-",
                "/",
                "5",
                "8",
                "three",
                "hundred",
                "and",
                "half",
                "million",
                "euros",
                "yen",
                "a",
                "x",
                "000",
                "\u00a0",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_number_matches_agree_with_finditer_on_any_text(text):
    found = [(m.span(), m.groupdict()) for m in english.number_matches(text)]
    assert found == [(m.span(), m.groupdict()) for m in english.NUMBER_RE.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mil" for million, as Malaysian and Singaporean papers write it.
        ("Orbix in US$275 mil takeover of Kestrel", [("US$275 mil", 275_000_000, "USD", None)]),
        # A currency name with a possessive is the next sentence's subject, not the unit.
        (
            "Token prices slide below $68K\nBitcoin's price then fell further",
            [("$68K", 68_000, "USD", None)],
        ),
        # A depositary share written out is a share.
        (
            "priced at $18 per American depositary share",
            [("$18", 18, "USD", "American depositary share")],
        ),
        # An amount after "per" is the base of a ratio: "$99.50 per $100 of face value".
        (
            "buyers paid $98.75 per $100 of face value",
            [("$98.75", 98.75, "USD", None), ("$100", 100, "USD", "ratio")],
        ),
    ],
)
def test_magnitudes_possessives_and_units_after_the_figure(
    text: str, expected: list[tuple[str, float, str, str | None]]
) -> None:
    found = [
        (m.text, float(m.amount), m.currency, m.per_unit) for m in extract_mentions(text, "x.md")
    ]
    assert found == [(t, float(a), c, u) for t, a, c, u in expected]


def test_an_amount_in_pence_or_cents_is_written_in_subunits() -> None:
    found = {
        m.text: m.in_subunits
        for m in extract_mentions("a 7p rise on the 220p offer and £2.27", "x.md")
    }
    assert found == {"7p": True, "220p": True, "£2.27": False}


@pytest.mark.parametrize(
    ("text", "figure", "currency"),
    [
        # A sentence that names the currency of its bare amount settles it.
        (
            "Orbix made $120 billion. In yuan, the total is roughly 873 billion.",
            "873 billion",
            "CNY",
        ),
        # A list item is a sentence of its own: the item before settles nothing.
        (
            "- **History:** the round raised $0.8 billion.\n"
            "- **Revenue:** it came to 2.81 billion, and SEK 9 billion of loans.",
            "2.81 billion",
            None,
        ),
    ],
)
def test_a_bare_amount_takes_the_currency_its_sentence_names(text, figure, currency) -> None:
    found = {m.text: m.currency for m in extract_mentions(text, "x.md")}
    assert found[figure] == currency


@pytest.mark.parametrize(
    ("text", "ranged"),
    [
        ("a range of $40bn-$50bn", True),
        ("$1-2 billion", True),
        # A bare number dashed onto a currency amount is the range's higher end.
        ("priced at the top of the Rs 371-390 band", True),
        ("penalties of between $50-100,000", False),
        # A larger amount first: a dash between two amounts, not a range.
        ("totalling 63.0 billion marks - 44.1 billion of which was intramarginal", False),
    ],
)
def test_a_dash_joins_a_range_only_from_the_lower_amount(text: str, ranged: bool) -> None:
    groups = {m.range_group for m in extract_mentions(text, "x.txt")}
    assert (groups != {None}) is ranged


def test_pesos_glued_to_an_amount_with_a_magnitude() -> None:
    assert figures("Net debt was Ps62.3 billion; the PS5 costs $499.") == [
        ("Ps62.3 billion", D("62.3e9"), "MXN"),
        ("$499", D("499"), "USD"),
    ]


def test_a_magnitude_after_the_currency_word_may_wrap_across_a_line() -> None:
    assert figures("It cost 3 rupees lakh\ncrore.") == [
        ("3 rupees lakh\ncrore", Decimal("3e12"), "INR")
    ]


def test_a_per_share_measure_between_figure_and_unit_makes_it_per_share() -> None:
    (first, _) = extract_mentions(
        "Harlow reported $1.87 in diluted cash earnings per share, up from $1.70 a share."
    )
    assert first.per_unit == "share"


def test_the_full_width_yen_sign_in_chinese_text_is_yuan() -> None:
    (mention,) = extract_mentions("华岭科技营收￥5200亿，同比增长。")
    assert mention.currency == "CNY"


def test_a_per_share_line_after_a_blank_line_prices_no_figure_before_it() -> None:
    text = (
        "Profit for the period amounted to HK$238 million\n\nBasic earnings per share was HK$1.01\n"
    )
    assert [m.per_unit for m in extract_mentions(text)] == [None, None]
