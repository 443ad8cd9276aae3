"""Sums, changes, stakes and multiples told in the constructions of a second round of unseen
text: a total named after its parts ("for the group total of"), pieces counted and totalled
in the next sentence ("Together they make up the"), a Chinese breakdown opened by 其中 whose
last item is the rest, a counted list that began a sentence earlier. Every sentence is
invented."""

from __future__ import annotations

from pathlib import Path

from helpers import claim_for
from test_sums_and_changes_across_text import findings_of, flagged

# -- sums ---------------------------------------------------------------------------------

GROUP_TOTAL = (
    "Valdane closed the year with group sales of CHF 40,2 mrd.\n\n"
    "Instruments contributed CHF 31,4 mrd and Services CHF {services}, for the group total of "
    "CHF 40,2 mrd.\n"
)


def test_parts_named_before_the_group_total_they_exceed(tmp_path: Path) -> None:
    findings = findings_of(tmp_path, GROUP_TOTAL.format(services="12,8 mrd"), "sum-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"CHF 40,2 mrd.", "CHF 31,4 mrd", "CHF 12,8 mrd"}


def test_parts_that_make_the_group_total_are_not_flagged(tmp_path: Path) -> None:
    text = GROUP_TOTAL.format(services="8,8 mrd")
    assert findings_of(tmp_path, text, "sum-mismatch") == []


PIECES = (
    "Harlow Motors will put up to $4.1 billion into Quenby.\n\n"
    "The money comes in three pieces: $2.2 billion of Quenby shares, $0.9 billion for half of a "
    "battery venture and a {loan} loan due in 2027. Together they make up the $4.1 billion "
    "headline.\n"
)


def test_pieces_made_up_together_in_the_next_sentence(tmp_path: Path) -> None:
    findings = findings_of(tmp_path, PIECES.format(loan="$1.6 billion"), "sum-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"$4.1 billion", "$2.2 billion", "$0.9 billion", "$1.6 billion"}


def test_pieces_that_make_up_the_headline_are_not_flagged(tmp_path: Path) -> None:
    assert findings_of(tmp_path, PIECES.format(loan="$1 billion"), "sum-mismatch") == []


ZH_BREAKDOWN = (
    "---\ndate: 2024-05-02\n---\n\n"
    "2023年，华岭银行全年总收入为186亿元。其中，利息收入120亿元，手续费收入31亿元，{rest}。\n"
)


def test_a_chinese_breakdown_closed_by_the_rest_falls_short(tmp_path: Path) -> None:
    text = ZH_BREAKDOWN.format(rest="其他收入25亿元")
    findings = findings_of(tmp_path, text, "sum-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"186亿元", "120亿元", "31亿元", "25亿元"}
    assert "only" in findings[0].message


def test_a_chinese_breakdown_closed_by_the_rest_that_adds_up(tmp_path: Path) -> None:
    text = ZH_BREAKDOWN.format(rest="其他收入35亿元")
    assert findings_of(tmp_path, text, "sum-mismatch") == []


def test_a_chinese_breakdown_without_the_rest_may_leave_parts_out(tmp_path: Path) -> None:
    text = ZH_BREAKDOWN.format(rest="投资收益25亿元")
    assert findings_of(tmp_path, text, "sum-mismatch") == []


def test_a_chinese_sentence_of_changes_is_no_breakdown(tmp_path: Path) -> None:
    text = (
        "---\ndate: 2024-05-02\n---\n\n"
        "2023年，华岭银行全年总收入为186亿元。其中，利息收入120亿元，上年同期为100亿元，"
        "其他收入25亿元。\n"
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


def test_the_remaining_amount_closes_an_english_breakdown(tmp_path: Path) -> None:
    text = (
        "Corrin Health raised $800 million in March. Of that, $500 million went to its "
        "clinics, $150 million to research and the remaining $100 million to debt.\n"
    )
    findings = findings_of(tmp_path, text, "sum-mismatch")
    assert len(findings) == 1
    assert "only" in findings[0].message


COUNTED_BACK = (
    "Ostrava Capital will provide $12 billion of a $20 billion round that values Pellion at "
    "$90 billion. It has also pledged $7 billion to a data-centre venture, and in May agreed "
    "to buy the chip designer Brisk for $2.5 billion. Those three commitments add up to "
    "{total}.\n"
)


def test_a_counted_list_that_began_a_sentence_earlier(tmp_path: Path) -> None:
    findings = findings_of(tmp_path, COUNTED_BACK.format(total="$17.5 billion"), "sum-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"$17.5 billion", "$12 billion", "$7 billion", "$2.5 billion"}


def test_a_counted_list_that_began_a_sentence_earlier_and_adds_up(tmp_path: Path) -> None:
    text = COUNTED_BACK.format(total="$21.5 billion")
    assert findings_of(tmp_path, text, "sum-mismatch") == []


def test_a_counted_list_without_also_does_not_reach_back(tmp_path: Path) -> None:
    text = COUNTED_BACK.format(total="$17.5 billion").replace("has also pledged", "has pledged")
    assert findings_of(tmp_path, text, "sum-mismatch") == []


def test_a_counted_list_does_not_reach_back_to_two_candidates(tmp_path: Path) -> None:
    text = COUNTED_BACK.format(total="$17.5 billion").replace(
        "of a $20 billion round", "and $3 billion in loans to a round"
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


# -- multiples of a result named by its year and metric -------------------------------------

VALUED_ON_REVENUE = (
    "Tarnwell's revenue rose 14% to $3.10 billion in 2024, from $2.72 billion in 2023.\n\n"
    "At $41 a share, its 700 million shares are worth about $28.7 billion, {multiple} its 2024 "
    "revenue.\n"
)


def test_a_value_as_a_multiple_of_the_years_revenue(tmp_path: Path) -> None:
    text = VALUED_ON_REVENUE.format(multiple="roughly 15 times")
    findings = findings_of(tmp_path, text, "multiple-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"$28.7 billion", "$3.10 billion"}


def test_a_value_that_is_the_multiple_it_states(tmp_path: Path) -> None:
    text = VALUED_ON_REVENUE.format(multiple="about nine times")
    assert findings_of(tmp_path, text, "multiple-mismatch") == []


def test_a_multiple_written_with_x_of_net_profit(tmp_path: Path) -> None:
    text = (
        "- Net profit: €2.40 billion, a record, on sales of €19.3 billion.\n"
        "- Valuation: the shares are worth about €31 billion, or {x} FY2024 net profit.\n"
    )
    findings = findings_of(tmp_path, text.format(x="6.5x"), "multiple-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"€31 billion", "€2.40 billion"}
    assert findings_of(tmp_path, text.format(x="13x"), "multiple-mismatch") == []


def test_an_undated_result_is_not_taken_when_another_year_is_stated(tmp_path: Path) -> None:
    text = (
        "- Net profit: €2.40 billion, vs €1.90 billion a year earlier.\n"
        "- Valuation: the shares are worth about €31 billion, or 6.5x FY2024 net profit.\n"
    )
    assert findings_of(tmp_path, text, "multiple-mismatch") == []


def test_a_multiple_of_a_year_the_document_does_not_state_is_left_alone(tmp_path: Path) -> None:
    text = VALUED_ON_REVENUE.format(multiple="roughly 15 times").replace(
        "its 2024 revenue", "its 2025 revenue"
    )
    assert findings_of(tmp_path, text, "multiple-mismatch") == []


def test_a_multiple_of_a_metric_stated_twice_differently_is_left_alone(tmp_path: Path) -> None:
    text = (
        "Tarnwell's 2024 revenue was $3.10 billion. With its new unit, its 2024 revenue came "
        "to $3.40 billion.\n\n"
        "Its shares are worth about $28.7 billion, roughly 15 times its 2024 revenue.\n"
    )
    assert findings_of(tmp_path, text, "multiple-mismatch") == []


def test_a_multiple_of_a_quarter_is_not_the_year(tmp_path: Path) -> None:
    text = (
        "Tarnwell's fourth-quarter revenue was $0.9 billion.\n\n"
        "Its shares are worth about $28.7 billion, roughly 15 times its 2024 revenue.\n"
    )
    assert findings_of(tmp_path, text, "multiple-mismatch") == []


# -- changes ------------------------------------------------------------------------------


def test_a_change_to_a_record_new_value(tmp_path: Path) -> None:
    text = "Marrow Bank's 2024 net profit rose {p} to a record €6.3 billion from €5.6 billion.\n"
    findings = findings_of(tmp_path, text.format(p="25%"), "change-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"€6.3 billion", "€5.6 billion"}
    assert findings_of(tmp_path, text.format(p="12.5%"), "change-mismatch") == []


def test_a_change_to_a_new_high_of(tmp_path: Path) -> None:
    text = "Orders climbed 40% to a new high of $8.4 billion from $5.2 billion.\n"
    assert len(findings_of(tmp_path, text, "change-mismatch")) == 1


QUARTERS = (
    "Orders came in unevenly. Bookings were $2.2 billion in the first quarter, $3.1 billion in "
    "the second and only $1.8 billion in the third. The fourth quarter brought $4.5 billion, "
    "{change} on the third.\n"
)


def test_a_change_on_a_quarter_named_by_its_ordinal(tmp_path: Path) -> None:
    findings = findings_of(tmp_path, QUARTERS.format(change="a 50% jump"), "change-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"$4.5 billion", "$1.8 billion"}


def test_a_change_on_a_quarter_that_fits(tmp_path: Path) -> None:
    text = QUARTERS.format(change="a 150% jump")
    assert findings_of(tmp_path, text, "change-mismatch") == []


def test_a_quarter_the_text_gives_no_amount_for_is_no_base(tmp_path: Path) -> None:
    text = QUARTERS.format(change="a 50% jump").replace(" and only $1.8 billion in the third", "")
    assert findings_of(tmp_path, text, "change-mismatch") == []


def test_a_third_round_is_no_third_quarter(tmp_path: Path) -> None:
    text = (
        "Pendle raised $40 million in the third round and $90 million in the fourth. The "
        "fourth quarter brought $4.5 billion of orders, a 50% jump on the third.\n"
    )
    assert findings_of(tmp_path, text, "change-mismatch") == []


# -- stakes -------------------------------------------------------------------------------

OFFER = (
    "Garrow Holdings agreed to take Pellam Works private in a deal worth about $12 billion, "
    "offering $41 per share.\n\n"
    "Garrow already owns 30% of Pellam Works. At the offer price, that holding is worth about "
    "{worth}.\n"
)


def test_a_holding_worth_at_the_offer_price(tmp_path: Path) -> None:
    findings = findings_of(tmp_path, OFFER.format(worth="$5.5 billion"), "stake-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"$5.5 billion", "$12 billion"}


def test_a_holding_worth_its_share_of_the_offer(tmp_path: Path) -> None:
    assert findings_of(tmp_path, OFFER.format(worth="$3.6 billion"), "stake-mismatch") == []


def test_an_offer_for_another_company_is_not_the_holdings_value(tmp_path: Path) -> None:
    text = OFFER.format(worth="$5.5 billion").replace("30% of Pellam Works", "30% of Dunmore")
    assert findings_of(tmp_path, text, "stake-mismatch") == []


ZH_SUBSCRIBED = (
    "---\ndate: 2024-05-02\n---\n\n"
    "华岭科技周二宣布，将以约80亿元（约合11亿美元）认购游戏公司青岚约{p}%的股份。\n\n"
    "根据公告，华岭将以每股12元的价格认购青岚新发行的股票。按此计算，青岚的整体估值约为400亿元。\n"
)


def test_a_chinese_stake_against_the_valuation_named_by_its_company(tmp_path: Path) -> None:
    findings = findings_of(tmp_path, ZH_SUBSCRIBED.format(p="10"), "stake-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"80亿元", "400亿元"}


def test_a_chinese_stake_that_fits_the_named_valuation(tmp_path: Path) -> None:
    assert findings_of(tmp_path, ZH_SUBSCRIBED.format(p="20"), "stake-mismatch") == []


def test_a_chinese_valuation_of_another_company_is_not_read(tmp_path: Path) -> None:
    text = ZH_SUBSCRIBED.format(p="10").replace("青岚的整体估值", "华岭的整体估值")
    assert findings_of(tmp_path, text, "stake-mismatch") == []


def test_a_chinese_valuation_of_a_generic_company_is_not_read(tmp_path: Path) -> None:
    text = (
        ZH_SUBSCRIBED.format(p="10")
        .replace("游戏公司青岚", "该公司")
        .replace("青岚的整体估值", "公司的整体估值")
    )
    assert findings_of(tmp_path, text, "stake-mismatch") == []


def test_a_part_keeps_its_stated_company_when_the_totals_is_only_weak(tmp_path: Path) -> None:
    text = COUNTED_BACK.format(total="$17.5 billion")
    bought = claim_for(tmp_path, text, "$2.5 billion")
    assert bought.entity == "Brisk"
