"""missing-scale on invented stories: a figure repeated without its magnitude, and a bare
figure whose restatement in another currency shows the magnitude it lost."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.api import check
from checker.model import Finding

ON = date(2005, 1, 15)
FILLER = "Analysts said the sector had a quiet week and trading volumes stayed thin."


def lost(tmp_path: Path, text: str, on: date | None = ON) -> list[Finding]:
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    found = check([tmp_path], date=on, select=["missing-scale"]).findings
    return [f for f in found if f.rule == "missing-scale"]


@pytest.mark.parametrize(
    ("text", "evidence", "fix"),
    [
        (
            "Dravon agrees $4bn rival deal\n\n"
            "Dravon has agreed to pay $4 for its smaller rival, the firm said.\n",
            "$4bn",
            "$4bn",
        ),
        (
            "Wine growers get 70m euro aid\n\n"
            "The government will hand the wine industry 70 euros in aid this year.\n",
            "70m euro",
            "70m euros",
        ),
        (
            "Lending rose by £1.6bn in May, more than the £1.4bn expected and above the "
            "£1.4 recorded in April, the central bank said.\n",
            "£1.4bn",
            "£1.4bn",
        ),
        (
            "Quorra Holdings\n\nQuorra said it had set aside $850m for the claims.\n\n"
            f"{FILLER}\n\n{FILLER}\n\n{FILLER}\n\n"
            "In March Quorra agreed to pay $850 to settle the suit.\n",
            "$850m",
            "$850m",
        ),
        (
            "Budget news\n\nMinisters met on Monday.\n\n"
            "The statistics office found a £3.2bn surplus in the accounts.\n\n"
            f"{FILLER}\n\n{FILLER}\n\n"
            "The revision lifts the measure over five years by £3.2 in total.\n",
            "£3.2bn",
            "£3.2bn",
        ),
    ],
)
def test_a_figure_repeated_without_its_magnitude(
    tmp_path: Path, text: str, evidence: str, fix: str
) -> None:
    (finding,) = lost(tmp_path, text)
    assert f"'{evidence}'" in finding.explanation
    assert f"Fix: write '{fix}'." in finding.explanation


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        (
            "Orvane's cloud business reached $6.3 billion for the year. Shares rose 4%.\n\n"
            "We think that $6.3 business can become a large share of our income.\n",
            "$6.3",
        ),
        (
            "Pellam arranged $2.75 billion of debt. Selling shares would cost more.\n\n"
            "The $2.75 package lets it buy back shares without diluting holders.\n",
            "$2.75",
        ),
    ],
)
def test_an_amount_that_sizes_a_business_is_no_share_price(
    tmp_path: Path, text: str, bare: str
) -> None:
    (finding,) = lost(tmp_path, text)
    assert f"'{bare}' has lost its magnitude" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # far apart, the company only guessed for one, not in the headline: two amounts
        "Markets today\n\nThe Arden fund's assets reached $40bn in May.\n\n"
        + f"{FILLER}\n\n" * 5
        + "Velo paid a fee of $40 for the report, brokers said.\n",
        # the bare figure has a magnitude of its own: a smaller amount, not a lost word
        "Harvest news\n\n协创数据拟募集资金不超过80亿元。\n\n"
        "对投资额度达到80万元的短剧加强管理。\n",
        # the figure with the magnitude is itself below a company-level size
        "Lira change\n\nThe one-million lira note will become the new one-lira coin.\n",
        # a price per unit
        "Oilco's $30bn plan\n\nOilco said crude at $30 a barrel would still pay for it.\n",
    ],
)
def test_no_repeat_without_a_tie(tmp_path: Path, text: str) -> None:
    assert lost(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Vantor agreed to pay a $1.5 (£799,000) fine for the breach.\n", "$1.5 million"),
        ("Pellam plans to raise $100 (£52m) from the share sale.\n", "$100 million"),
        ("Kestrel is seeking to buy the minority for about $5.4 (£3.7bn).\n", "$5.4 billion"),
        ("The state will borrow 2bn euros ($2.6) for roads and ports.\n", "$2.6 billion"),
    ],
)
def test_a_restatement_shows_the_magnitude_a_figure_lost(
    tmp_path: Path, text: str, fix: str
) -> None:
    (finding,) = lost(tmp_path, text)
    assert f"Fix: write '{fix}'." in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "A coffee costs $1 (1,100 won) in the capital.\n",
        "The minimum wage rose to £4.50 (Rs 380) an hour.\n",
        "Pellam's shares opened at $100 (£52) each.\n",
        "Pellam raised $100m (£52m) from the sale.\n",
    ],
)
def test_a_conversion_at_the_rate_is_no_lost_magnitude(tmp_path: Path, text: str) -> None:
    assert lost(tmp_path, text) == []


def test_an_undated_restatement_must_be_off_at_every_rate(tmp_path: Path) -> None:
    text = "The note of 1,000,000 lira (0.70 dollars) was withdrawn.\n"
    assert lost(tmp_path, text, on=None) == []


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Korvex said it had absorbed over £2.5 of lost sales to rivals.\n", "loss"),
        ("Korvex cut A$74 from profit targets for two projects.\n", "profit"),
        # A metric's noun as the label of a key-data line.
        ("Key data. Price: HK$16. Market cap: HK$98. Net cash: RMB 7bn.\n", "market cap"),
    ],
)
def test_a_metric_bound_by_a_preposition_shows_a_lost_magnitude(
    tmp_path: Path, text: str, metric: str
) -> None:
    (finding,) = lost(tmp_path, text)
    assert f"implausibly small for a {metric}" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Korvex said staff earned £4.50 an hour from profit-sharing.\n",
        "Korvex gave a $50,000 prize from its profits to the winner.\n",
        "Korvex shares fell to $12 from $14 in a day of profit warnings.\n",
        "Key data. Price: HK$16. Dividend: HK$2. Net cash: RMB 7bn.\n",
    ],
)
def test_small_amounts_near_a_metric_word_stay_out(tmp_path: Path, text: str) -> None:
    assert lost(tmp_path, text) == []


def test_a_range_whose_ends_both_lost_their_magnitude_is_one_finding(tmp_path):
    text = (
        "---\ndate: 2020-02-01\n---\nLarkspur expects the charge to reach $100 million per "
        "quarter in 2020 and $150 million in 2021. The charge will then rise to $100 to $150 "
        "per quarter.\n"
    )
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = check([tmp_path])
    (finding,) = [f for f in result.findings if f.rule == "missing-scale"]
    texts = {c.figure_id: c.mention.text for c in result.claims}
    assert [texts[f] for f in finding.figures] == ["$100", "$100 million", "$150"]
    assert "'$150', the other end of its range, lost it too." in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        # An offer in pence is a price per share, however small.
        "This values Larkmoor at £610.4 million, a 7p increase over the previous 220p offer.",
        # A bid of a price per share's size after one in the paragraph is one too.
        "Orbix received an improved offer from Kestrel of £47 per share. The offer came a day "
        "after Orbix turned down a £46.50 bid made up of shares and cash.",
        # A move in cents makes the figure a share price, not the profit after it.
        "Kiwora rose 25c or 6.79 per cent to $3.93 after its net profit rose 55 per cent to "
        "$18.4m.",
        # A security's denomination.
        "The buyer of the notes gets the $100 face value at maturity.",
    ],
    ids=["pence", "parallel-per-share", "cents-move", "face-value"],
)
def test_prices_per_share_and_denominations_never_lost_a_magnitude(
    tmp_path: Path, text: str
) -> None:
    assert lost(tmp_path, text + "\n") == []


@pytest.mark.parametrize(
    ("later", "flagged"),
    [
        # Full digits that repeat a figure written with its magnitude lost it.
        ("The Rs 4,447 Kestrel bet has turned into the crown jewel.", True),
        # Full digits alone carry their size.
        ("The Rs 4,312 Kestrel bet has turned into the crown jewel.", False),
    ],
)
def test_full_digits_that_repeat_a_figure_with_a_magnitude(
    tmp_path: Path, later: str, flagged: bool
) -> None:
    text = (
        "Orbix bought Kestrel in June 2022 in an all-stock deal worth Rs 4,447 crore.\n\n"
        f'{FILLER}\n\nOne analyst said: "{later}"\n'
    )
    assert len(lost(tmp_path, text, date(2024, 11, 26))) == int(flagged)


def test_round_full_digits_are_no_repeat_of_a_figure_with_a_magnitude(tmp_path: Path) -> None:
    text = "早两天买还能省1000元左右。\n\n本场直播预估销售额约500万至1000万元区间。\n"
    assert lost(tmp_path, text, date(2025, 8, 1)) == []


def test_a_backlog_stated_without_its_magnitude_is_too_small(tmp_path: Path) -> None:
    text = (
        "Harwick Lithography's sales reached €28.3 billion in 2024. New bookings came to "
        "€7.1 billion in the fourth quarter, leaving a backlog of about €36.\n"
    )
    (finding,) = lost(tmp_path, text)
    assert "implausibly small for a backlog" in finding.message


def test_a_backlog_with_its_magnitude_is_no_finding(tmp_path: Path) -> None:
    text = "Harwick Lithography's backlog stood at about €36 billion at the end of 2024.\n"
    assert lost(tmp_path, text) == []
