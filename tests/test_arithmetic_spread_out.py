"""Stakes, multiples and sums whose figures the text spreads over a clause or two: a multiple
of what a named company states, a profit compared past the revenue it was earned on, a stake
sold by a holder, a breakdown by segment with its total in the next sentence, amounts added
to the parts of the sentence before. Every sentence is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.api import check
from checker.model import Finding

ON = "2024-05-02"


def findings_of(tmp_path: Path, text: str, rule: str) -> list[Finding]:
    """The findings of one rule on one note dated `ON`."""
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    result = check([tmp_path], date=date.fromisoformat(ON), select=[rule], fail_on="never")
    return [f for f in result.findings if f.rule == rule]


# -- multiples ---------------------------------------------------------------------------

NAMED = (
    "Corvane Mining reported net profit of $2.1 billion for the year to June 2024 on revenue "
    "of $9.4 billion. Halden Resources' revenue for the half, {amount}, was almost three "
    "times what Corvane took in over its whole year.\n"
)


@pytest.mark.parametrize(("amount", "flagged"), [("$15.2 billion", True), ("$27.1 billion", False)])
def test_a_multiple_of_what_a_named_company_states(
    tmp_path: Path, amount: str, flagged: bool
) -> None:
    found = findings_of(tmp_path, NAMED.format(amount=amount), "multiple-mismatch")
    assert len(found) == int(flagged)
    if flagged:
        assert "'$9.4 billion'" in found[0].message


def test_a_named_company_with_two_figures_of_the_metric_is_no_reference(tmp_path: Path) -> None:
    text = (
        "Corvane Mining reported revenue of $9.4 billion for the year to June 2024, after "
        "revenue of $8.8 billion a year earlier. Halden Resources' revenue for the half, "
        "$15.2 billion, was almost three times what Corvane took in.\n"
    )
    assert findings_of(tmp_path, text, "multiple-mismatch") == []


EARNED_ON = (
    "Brisca Foods made an underlying operating profit of {profit} in 2023 on underlying "
    "revenue of €11.3 billion, more than three times the €520 million it made in 2022.\n"
)


@pytest.mark.parametrize(("profit", "flagged"), [("€1.21 billion", True), ("€1.71 billion", False)])
def test_a_multiple_after_the_revenue_a_profit_was_earned_on_compares_the_profit(
    tmp_path: Path, profit: str, flagged: bool
) -> None:
    found = findings_of(tmp_path, EARNED_ON.format(profit=profit), "multiple-mismatch")
    assert len(found) == int(flagged)
    if flagged:
        assert found[0].message.startswith(f"'{profit}' is 2.33 times '€520 million'")


# -- stakes ------------------------------------------------------------------------------

SOLD = (
    "In March 2024 Torvik Group agreed to sell 20% of Selmar Energy, its power arm, to a "
    "pension fund for $1.8 billion, valuing Selmar at {value}.\n"
)


@pytest.mark.parametrize(("value", "flagged"), [("$7.6 billion", True), ("$9 billion", False)])
def test_a_stake_sold_by_a_holder_implies_the_value_after_the_sale_only(
    tmp_path: Path, value: str, flagged: bool
) -> None:
    # $1.8 billion for 20% is $9 billion; $7.6 billion fits only a value before new money,
    # and none goes into Selmar when its parent sells shares it holds.
    found = findings_of(tmp_path, SOLD.format(value=value), "stake-mismatch")
    assert len(found) == int(flagged)


def test_a_company_selling_a_stake_in_itself_may_be_valued_before_the_money(
    tmp_path: Path,
) -> None:
    text = (
        "In March 2024 Selmar Energy agreed to sell a 20% stake to a pension fund for $1.8 "
        "billion, valuing Selmar at $7.2 billion.\n"
    )
    assert findings_of(tmp_path, text, "stake-mismatch") == []


# -- sums --------------------------------------------------------------------------------

SEGMENTS = (
    "Net income by segment for the quarter was $3.1 billion in Retail Banking, $2.2 billion "
    "in Markets and $0.9 billion in Wealth. The bank's net income for the quarter was {total}.\n"
)


@pytest.mark.parametrize(("total", "flagged"), [("$5.4 billion", True), ("$6.2 billion", False)])
def test_a_breakdown_by_segment_against_the_total_of_the_next_sentence(
    tmp_path: Path, total: str, flagged: bool
) -> None:
    found = findings_of(tmp_path, SEGMENTS.format(total=total), "sum-mismatch")
    assert len(found) == int(flagged)


def test_a_breakdown_by_segment_that_may_fall_short_is_not_flagged(tmp_path: Path) -> None:
    # Unallocated costs or eliminations may be left out of the segments listed.
    assert findings_of(tmp_path, SEGMENTS.format(total="$6.9 billion"), "sum-mismatch") == []


def test_a_breakdown_by_segment_with_a_loss_is_not_checked(tmp_path: Path) -> None:
    text = (
        "Net income by segment for the quarter was $3.1 billion in Retail Banking, $2.2 billion "
        "in Markets and a loss of $0.9 billion in Corporate. The bank's net income for the "
        "quarter was $4.4 billion.\n"
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


ADDED = (
    "Grocery sales at Plenmart were $61.4 billion, general merchandise $22.3 billion and fuel "
    "$8.1 billion. Add other income of $0.9 billion and you get to total revenue of {total}.\n"
)


@pytest.mark.parametrize(
    ("total", "flagged"),
    [("$96.2 billion", True), ("$88.2 billion", True), ("$92.7 billion", False)],
)
def test_an_amount_added_to_the_parts_before_gives_their_total(
    tmp_path: Path, total: str, flagged: bool
) -> None:
    found = findings_of(tmp_path, ADDED.format(total=total), "sum-mismatch")
    assert len(found) == int(flagged)


def test_an_addition_after_a_comparison_adds_to_no_list(tmp_path: Path) -> None:
    text = (
        "Grocery sales at Plenmart were $61.4 billion, up from $58.0 billion. Add other income "
        "of $0.9 billion and you get to total revenue of $70.2 billion.\n"
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


ZH_BUYBACK = (
    "星河科技宣布将回购不超过5%的股份，回购价格对应公司整体估值约800亿元。"
    "按此估值计算，回购总价{price}。\n"
)


@pytest.mark.parametrize(
    ("price", "flagged"),
    [("最多约25亿元", True), ("最多约40亿元", False), ("约25亿元", False)],
)
def test_a_chinese_buyback_capped_in_stake_and_price_at_a_stated_valuation(
    tmp_path: Path, price: str, flagged: bool
) -> None:
    # At most 5% of 800亿元 costs at most 40亿元; a price that is not a cap ("约25亿元") may
    # buy less than the most the buyback allows, and is not compared.
    found = findings_of(tmp_path, ZH_BUYBACK.format(price=price), "stake-mismatch")
    assert len(found) == int(flagged)


def test_a_chinese_stake_priced_in_its_own_sentence(tmp_path: Path) -> None:
    text = "星河科技以60亿元收购约20%的股权，交易估值为200亿元。\n"
    assert len(findings_of(tmp_path, text, "stake-mismatch")) == 1
    fixed = text.replace("200亿元", "300亿元")
    assert findings_of(tmp_path, fixed, "stake-mismatch") == []


def test_parts_told_with_their_own_segments_keep_their_companies(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text(ADDED.format(total="$92.7 billion"), encoding="utf-8")
    result = check([tmp_path], date=date.fromisoformat(ON), fail_on="never")
    [relation] = [r for r in result.relations if r.kind == "sum"]
    assert relation.own_subjects
