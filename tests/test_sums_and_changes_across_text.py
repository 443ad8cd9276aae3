"""Sums and changes whose parts the text spreads out: a list totalled after it, a part and
"the remaining" amount of a total stated elsewhere, a loss that narrows, a share price that
moves from the close stated before. Every sentence is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import claim_for

from checker.api import check
from checker.model import Finding, Qualifier

ON = "2024-05-02"


class Flagged(list[Finding]):
    """A rule's findings on a note, with the note's figures as written, by id."""

    written: dict[str, str]


def findings_of(tmp_path: Path, text: str, rule: str) -> Flagged:
    """The findings of one rule on one note dated `ON`."""
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    result = check([tmp_path], date=date.fromisoformat(ON), select=[rule], fail_on="never")
    found = Flagged(f for f in result.findings if f.rule == rule)
    found.written = {c.figure_id: c.mention.text for c in result.claims}
    return found


def flagged(findings: Flagged) -> set[str]:
    """The figures the findings name, as written."""
    return {findings.written[i] for finding in findings for i in finding.figures}


RESCUE_LIST = """The rescue of Harbour Bank rests on three measures:

- the central bank offers liquidity of up to $100 billion;
- a further $100 billion of assistance carries a state guarantee;
- the state covers up to $9 billion (about €8 billion) of losses, once the buyer has absorbed
  the first $5 billion.

In all, those three measures add up to {total}.
"""


def test_a_counted_list_whose_items_do_not_add_up_to_its_total(tmp_path: Path) -> None:
    findings = findings_of(tmp_path, RESCUE_LIST.format(total="$259 billion"), "sum-mismatch")
    assert len(findings) == 1
    assert flagged(findings) == {"$259 billion", "$100 billion", "$9 billion"}
    assert "209" in findings[0].explanation


def test_a_counted_list_that_adds_up_is_not_flagged(tmp_path: Path) -> None:
    assert findings_of(tmp_path, RESCUE_LIST.format(total="$209 billion"), "sum-mismatch") == []


def test_a_count_that_is_not_the_number_of_items_is_no_sum(tmp_path: Path) -> None:
    text = RESCUE_LIST.format(total="$259 billion").replace("those three", "those four")
    assert findings_of(tmp_path, text, "sum-mismatch") == []


def test_a_total_after_prose_is_no_list_total(tmp_path: Path) -> None:
    text = (
        "Northwind sold its ports unit for $4 billion. It sold its rail arm for $3 billion.\n\n"
        "In all, those two sales bring in $9 billion, with fees."
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


def test_add_up_to_states_a_total_not_a_cap(tmp_path: Path) -> None:
    claim = claim_for(tmp_path, "The three loans add up to $900 million.", "$900 million")
    assert claim.mention.qualifier is Qualifier.EXACT
    capped = claim_for(tmp_path, "The bank may lend up to $900 million.", "$900 million")
    assert capped.mention.qualifier is Qualifier.UP_TO


@pytest.mark.parametrize(
    ("rest", "flags"),
    [("$2.4 billion", True), ("$1.4 billion", False)],
)
def test_a_part_and_the_remaining_amount_make_the_total_stated_before(
    tmp_path: Path, rest: str, flags: bool
) -> None:
    text = (
        "Quillon raised $10 billion in its latest funding round.\n\n"
        "Quillon said $8.6 billion had already been committed and that it expected the "
        f"remaining {rest} to arrive by the autumn."
    )
    findings = findings_of(tmp_path, text, "sum-mismatch")
    assert bool(findings) is flags
    if flags:
        assert flagged(findings) == {"$10 billion", "$8.6 billion", rest}


def test_the_remaining_amount_after_a_part_in_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "Corvane raised €1.7 billion in a Series C round at a valuation of €11.7 billion.\n\n"
        "Brightline led the round with €1.3 billion. Other backers supplied the remaining "
        "€600 million."
    )
    findings = findings_of(tmp_path, text, "sum-mismatch")
    assert flagged(findings) == {"€1.7 billion", "€1.3 billion", "€600 million"}


def test_the_remaining_amount_is_not_checked_against_a_total_of_another_year(
    tmp_path: Path,
) -> None:
    text = (
        "Quillon raised $10 billion in 2023.\n\n"
        "In 2024, $3 billion came from Astor and the remaining $2 billion from Bexley."
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


def test_the_remaining_amount_with_two_candidate_totals_is_not_checked(tmp_path: Path) -> None:
    text = (
        "Quillon raised $10 billion in March and $12 billion in a round it closed this week.\n\n"
        "Quillon said $8 billion had been committed and the remaining $1 billion was pending."
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


@pytest.mark.parametrize(
    ("total", "flags"),
    [("KES 276.2bn", True), ("KES 266.2bn", False)],
)
def test_a_sentence_that_counts_the_parts_before_it_totals_them(
    tmp_path: Path, total: str, flags: bool
) -> None:
    text = (
        "Service revenue lines: payments KES 117.2bn, voice KES 81.0bn, data KES 53.6bn, "
        f"fixed lines KES 14.4bn. Those four lines add up to {total}."
    )
    assert bool(findings_of(tmp_path, text, "sum-mismatch")) is flags


def test_a_count_that_is_not_the_number_of_parts_before_totals_nothing(tmp_path: Path) -> None:
    text = (
        "Service revenue lines: payments KES 117.2bn, voice KES 81.0bn, data KES 53.6bn, "
        "fixed lines KES 14.4bn. Those three lines add up to KES 276.2bn."
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


ROUNDS_LIST = """The largest rounds of the half:

- Palmo (Ghana): $400 million, August 2021
- Sendr (Kenya): $250 million, February 2022
- Tuka (Senegal): $200 million, September 2021

Between them, those three rounds brought in {total}.
"""


def test_a_list_whose_count_brought_in_a_total_is_a_sum(tmp_path: Path) -> None:
    assert findings_of(tmp_path, ROUNDS_LIST.format(total="$1.05 billion"), "sum-mismatch")
    assert not findings_of(tmp_path, ROUNDS_LIST.format(total="$850 million"), "sum-mismatch")


def test_amounts_of_no_named_kind_are_not_parts_of_another(tmp_path: Path) -> None:
    # Neither the part, the rest nor the loss is a kind of sum the text names (revenue,
    # funding...): the rest is checked against no total.
    text = (
        "Korvo raised Rs 9,100 crore in its listing.\n\n"
        "Rs 4,100 crore was fresh money. The remaining Rs 5,000 crore went to early backers.\n\n"
        "Buyers are sitting on a paper loss of about Rs 20,000 crore after one day."
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


@pytest.mark.parametrize(
    ("sentence", "flags"),
    [
        (
            "Its net loss was ¥970.1 billion, which it called a 57 percent narrowing from "
            "the ¥1.71 trillion lost a year earlier.",
            True,
        ),
        (
            "Its net loss was ¥970.1 billion, which it called a 43 percent narrowing from "
            "the ¥1.71 trillion lost a year earlier.",
            False,
        ),
        ("Its net loss narrowed 57% to $970 million from $1.71 billion.", True),
        ("Its net loss widened 30% to $1.56 billion from $1.20 billion.", False),
        ("Its net loss widened 60% to $1.56 billion from $1.20 billion.", True),
    ],
)
def test_a_loss_that_narrows_or_widens_is_a_change(
    tmp_path: Path, sentence: str, flags: bool
) -> None:
    text = f"Tamsin Holdings reported its annual results. {sentence}"
    assert bool(findings_of(tmp_path, text, "change-mismatch")) is flags


CLOSE_THEN_MOVE = (
    "Harlow Systems agreed to be bought at $157 a share, a premium of about 31% to its close "
    "of $120.09 on Wednesday. Harlow shares jumped {move} to $139.40 in early trading on "
    "Thursday{tail}."
)


@pytest.mark.parametrize(
    ("move", "tail", "flags"),
    [
        ("21%", "", True),
        ("16%", "", False),
        ("21%", ", and have risen since March", False),
    ],
)
def test_a_share_price_move_in_a_session_is_from_the_close_stated_before(
    tmp_path: Path, move: str, tail: str, flags: bool
) -> None:
    text = CLOSE_THEN_MOVE.format(move=move, tail=tail)
    findings = findings_of(tmp_path, text, "change-mismatch")
    assert bool(findings) is flags
    if flags:
        assert flagged(findings) == {"$139.40", "$120.09"}


def test_a_move_without_a_session_word_has_no_base_from_the_close(tmp_path: Path) -> None:
    text = (
        "Harlow Systems closed at $120.09 on Wednesday. Harlow shares have climbed 40% to "
        "$139.40, their highest level."
    )
    assert findings_of(tmp_path, text, "change-mismatch") == []


def test_a_move_after_two_closes_has_no_base(tmp_path: Path) -> None:
    text = (
        "Harlow Systems closed at $120.09 on Tuesday and closed at $125.00 on Wednesday. "
        "Harlow shares jumped 21% to $139.40 in early trading on Thursday."
    )
    assert findings_of(tmp_path, text, "change-mismatch") == []


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "Its revenue rose to £29.0 billion from £22.8 billion a year earlier. That is an "
            "increase of 17 per cent.",
            True,
        ),
        (
            "Its revenue rose to £29.0 billion from £22.8 billion a year earlier. That is an "
            "increase of 27 per cent.",
            False,
        ),
        (
            "Its revenue went from £22.8 billion to £29.0 billion. This was a rise of 17%.",
            True,
        ),
        (
            "Kelda priced its shares at $51 on Wednesday. The stock closed at $63.59 on "
            "Thursday. That was a gain of 35 per cent on the offer price.",
            True,
        ),
        (
            "Kelda priced its shares at $51 on Wednesday. The stock closed at $63.59 on "
            "Thursday. That was a gain of 25 per cent on the offer price.",
            False,
        ),
        (
            "Priced at 390p, Rooly shares closed at 287p. That left them 36 per cent below the "
            "offer price.",
            True,
        ),
        # Two moves before: which one "that" measures is not settled.
        (
            "Sales rose to $5 billion from $4 billion and costs to $3 billion from $2 billion. "
            "That is an increase of 40 per cent.",
            False,
        ),
    ],
)
def test_a_change_that_points_back_measures_the_sentence_before(
    tmp_path: Path, text: str, flags: bool
) -> None:
    assert bool(findings_of(tmp_path, text, "change-mismatch")) is flags


@pytest.mark.parametrize(("stated", "flags"), [("60.8", True), ("80.7", False)])
def test_a_chinese_change_that_points_back_measures_the_sentence_before(
    tmp_path: Path, stated: str, flags: bool
) -> None:
    text = (
        "蓝鲸汽车发布2023年年报。归属于上市公司股东的净利润为300.41亿元，约合41.6亿美元；"
        f"上年同期为166.22亿元。据此计算，净利润同比增长{stated}%。"
    )
    assert bool(findings_of(tmp_path, text, "change-mismatch")) is flags


@pytest.mark.parametrize(("stated", "flags"), [("45", True), ("121", False)])
def test_the_increase_of_a_figure_compared_in_the_sentence_before(
    tmp_path: Path, stated: str, flags: bool
) -> None:
    text = (
        "The provision for credit losses was $3.1 billion, compared with $1.4 billion in the "
        f"prior-year period. The increase of {stated}% reflected reserve builds of $1.0 billion."
    )
    assert bool(findings_of(tmp_path, text, "change-mismatch")) is flags


PARTS_LIST = """The package has three parts:

- R$100 billion in new payments to governments;
- R$32 billion in obligations Sarco will carry out itself;
- R$28 billion already spent on remediation.

Together the three parts make up the {total} headline figure.
"""


def test_a_list_its_count_makes_up_is_a_sum(tmp_path: Path) -> None:
    assert findings_of(tmp_path, PARTS_LIST.format(total="R$170 billion"), "sum-mismatch")
    assert not findings_of(tmp_path, PARTS_LIST.format(total="R$160 billion"), "sum-mismatch")


@pytest.mark.parametrize(("stated", "flags"), [("19", True), ("9", False)])
def test_a_change_from_a_year_named_in_the_base(tmp_path: Path, stated: str, flags: bool) -> None:
    text = (
        "Korvo's net earnings in 2022 were C$9.1 billion.\n\n"
        f"Korvo's net earnings in 2023 were C$8.3 billion. That was {stated}% less than in 2022."
    )
    assert bool(findings_of(tmp_path, text, "change-mismatch")) is flags


SUNCO = """| Sunco (in millions of C$) | 2023 | 2022 |
|---|---:|---:|
| Net earnings | 8,295 | 9,077 |
| Adjusted operating earnings | 7,232 | 13,281 |

Net earnings for the year were C$8.3 billion, about US$6.1 billion. That was {stated}% less
than in 2022.
"""


@pytest.mark.parametrize(("stated", "flags"), [("19", True), ("9", False)])
def test_a_change_from_a_named_year_takes_the_base_of_the_same_basis(
    tmp_path: Path, stated: str, flags: bool
) -> None:
    found = findings_of(tmp_path, SUNCO.format(stated=stated), "change-mismatch")
    assert bool(found) is flags
    if flags:
        assert "'C$8.3 billion' against '9,077'" in found[0].message


def test_a_colon_inside_a_comparison_label_opens_no_list(tmp_path: Path) -> None:
    text = (
        "Half-year highlights:\n"
        "OPERATING PROFIT up 12% to £640M (H1 2023: £571m)\n"
        "Profit after tax up 9% to £498m (H1 2023: £457m)\n"
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []


def test_a_colon_outside_parentheses_still_opens_a_list(tmp_path: Path) -> None:
    text = "Orvane returned $9.5 billion: $6.5 billion in buybacks and $2.5 billion in dividends.\n"
    (finding,) = findings_of(tmp_path, text, "sum-mismatch")
    assert "$9.5 billion" in finding.message


def test_a_change_with_a_subject_of_its_own_is_not_the_figures_before(tmp_path: Path) -> None:
    text = (
        "Pre-tax profit at Harlow Exchange jumped to £410 million from £262 million as total "
        "income rose 4.6%.\n"
    )
    assert findings_of(tmp_path, text, "change-mismatch") == []


def test_a_change_whose_pronoun_points_back_is_still_checked(tmp_path: Path) -> None:
    text = "Revenue at Harlow rose to £800 million from £700 million, as it rose 24%.\n"
    (finding,) = findings_of(tmp_path, text, "change-mismatch")
    assert "rose 24%" in finding.message


def test_the_remaining_amount_completes_a_total_told_before_it(tmp_path: Path) -> None:
    text = (
        "Vessa agreed to sell 90% of its pipeline unit for $3.6 billion to Orrin.\n\n"
        "Orrin will pay $3.0 billion on closing and the remaining $600 million in five years.\n\n"
        "The sale is the largest in Vessa's plan to sell $12.4 billion of assets by 2027.\n"
    )
    assert findings_of(tmp_path, text, "sum-mismatch") == []
