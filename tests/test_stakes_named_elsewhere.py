"""Stakes whose valuation or price the text names instead of stating next to them, and periods
named by "this <month>" or by a comparison's base. Every sentence is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import claim_for

from checker.api import check

ON = date(2025, 3, 10)


def stake_findings(tmp_path: Path, text: str) -> list[str]:
    """The stake-mismatch messages on one note dated `ON`."""
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    result = check([tmp_path], date=ON, select=["stake-mismatch"], fail_on="never")
    return [f.message for f in result.findings if f.rule == "stake-mismatch"]


SHARE_SALE = (
    "A share sale completed last month valued Lumio at $32 billion. That is short of the "
    "$40 billion valuation of September 2021.\n\n"
    "Jane Perk and her co-founder together own 30 per cent of Lumio. At the new price their "
    "combined holding is worth {worth}.\n"
)


def test_a_holding_worth_at_the_new_price_is_read_against_the_latest_valuation(
    tmp_path: Path,
) -> None:
    found = stake_findings(tmp_path, SHARE_SALE.format(worth="$14 billion"))
    assert len(found) == 1
    assert "'$14 billion' for 30%" in found[0] and "'$32 billion'" in found[0]


def test_a_holding_that_fits_the_latest_valuation_is_not_flagged(tmp_path: Path) -> None:
    # 30% of the $32 billion of last month; 30% of the older $40 billion would be $12 billion.
    assert stake_findings(tmp_path, SHARE_SALE.format(worth="$9.6 billion")) == []


ROUND = (
    "Quikly has closed a $360 million funding round at a valuation of $5 billion, the company "
    "said on Friday.\n\n"
    "- Orion Capital put in $100 million; {clause}.\n"
)


def test_a_clause_after_a_semicolon_that_points_back_at_the_price_makes_a_stake(
    tmp_path: Path,
) -> None:
    found = stake_findings(tmp_path, ROUND.format(clause="at the new valuation that buys it 4%"))
    assert len(found) == 1 and "'$100 million' for 4%" in found[0]


def test_a_clause_after_a_semicolon_about_another_buyer_is_no_stake_price(tmp_path: Path) -> None:
    assert stake_findings(tmp_path, ROUND.format(clause="Vela bought 4% from staff")) == []


def test_this_month_is_the_month_of_the_documents_year(tmp_path: Path) -> None:
    text = "This February's tender put the figure at $91.5 billion.\n"
    assert claim_for(tmp_path, text, "$91.5 billion", on=ON).period == "2025-02"
    later = "The plant is due to open this December at a cost of $2 billion.\n"
    assert claim_for(tmp_path, later, "$2 billion", on=ON).period == "2025-12"


def test_a_period_that_names_a_comparisons_base_is_not_the_figures(tmp_path: Path) -> None:
    text = (
        "The tender of last month valued Stripo at $91.5 billion, nearly double the price "
        "of a year earlier.\n"
    )
    assert claim_for(tmp_path, text, "$91.5 billion", on=ON).period == "2025-02"
    plain = "Sales were $4 billion, against $3 billion a year earlier.\n"
    assert claim_for(tmp_path, plain, "$3 billion", on=ON).period == "2024"


DEAL_STORY = """---
date: 2024-06-10
title: "Nexo completes $68.7 billion purchase of Gamewell"
---

Nexo said on Friday it had completed its {lead} acquisition of the games maker Gamewell.

{subject} Nexo's largest ever, {multiple} the $26.2 billion it paid for Linkly in 2016.
"""


def multiple_findings(tmp_path: Path, **parts: str) -> list[str]:
    """The multiple-mismatch messages on the deal story with `parts` filled in."""
    text = DEAL_STORY.format(**{"lead": "$68.7 billion", "subject": "The takeover is", **parts})
    (tmp_path / "story.md").write_text(text, encoding="utf-8")
    result = check([tmp_path], select=["multiple-mismatch"], fail_on="never")
    return [f.message for f in result.findings if f.rule == "multiple-mismatch"]


def test_a_multiple_whose_subject_is_the_deal_compares_the_deal_the_headline_tells(
    tmp_path: Path,
) -> None:
    found = multiple_findings(tmp_path, multiple="more than three times")
    assert found == ["'$68.7 billion' is 2.62 times '$26.2 billion', not 'more than three times'"]


def test_a_deal_multiple_that_fits_is_not_flagged(tmp_path: Path) -> None:
    assert multiple_findings(tmp_path, multiple="more than twice") == []


def test_a_multiple_whose_subject_is_not_the_deal_takes_no_deal(tmp_path: Path) -> None:
    found = multiple_findings(
        tmp_path, subject="Its games revenue is now", multiple="more than three times"
    )
    assert found == []


def test_a_headline_and_lead_that_state_two_deal_amounts_give_no_subject(tmp_path: Path) -> None:
    found = multiple_findings(tmp_path, lead="$75 billion", multiple="more than three times")
    assert found == []


@pytest.mark.parametrize(("price", "flags"), [("$400 million", True), ("$600 million", False)])
def test_a_stake_of_a_new_business_named_after_the_percentage(
    tmp_path: Path, price: str, flags: bool
) -> None:
    text = (
        f"The telecoms group Etel is paying {price} for 50.03 per cent of a new Camel app, a "
        "deal that values the app business at about $1.2 billion.\n"
    )
    assert bool(stake_findings(tmp_path, text)) is flags


@pytest.mark.parametrize(("worth", "flags"), [("$500 million", True), ("$1.35 billion", False)])
def test_a_sale_worth_an_amount_that_transferred_a_percentage_prices_it(
    tmp_path: Path, worth: str, flags: bool
) -> None:
    text = (
        "Staff of Revolo sold shares to new investors at a $45 billion valuation. The "
        f"secondary sale, worth about {worth}, transferred roughly 3 per cent of the company "
        "to investors.\n"
    )
    assert bool(stake_findings(tmp_path, text)) is flags


def test_a_stake_price_is_never_held_against_its_own_restatement(tmp_path: Path) -> None:
    text = "Indo Media is buying a 26% stake in Jagro in a deal worth 25m euros ($34.1m)."
    assert stake_findings(tmp_path, text + "\n") == []
    stated = text + " The deal values Jagro at 150m euros.\n"
    assert len(stake_findings(tmp_path, stated)) == 1
