"""Tests for the arithmetic checks: tolerances, bounds, and the findings they explain."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from checker.api import check
from checker.checks import Check, CheckContext, RuleRun
from checker.checks.arithmetic import (
    Bounds,
    MultipleParameters,
    base_period,
    figure_interval,
    implied_valuations,
    meet,
    multiple_mismatch,
    percent_change,
    ratio,
    stake_fraction,
    stated_change,
    sum_mismatch,
)
from checker.extract import extract_mentions
from checker.model import Claim, Finding, Qualifier
from checker.relations import Change, StatedNumber

DEFAULT_BOUNDS = Bounds(nearly_lower_fraction=0.9, about_tolerance=0.1, exact_tolerance=0.1)


def claim_of(text: str) -> Claim:
    """The claim of the one figure in `text`."""
    [mention] = extract_mentions(text, "doc.md")
    return Claim(mention, figure_id="F1")


def number(value: str, precision: str, qualifier: Qualifier) -> StatedNumber:
    return StatedNumber(Decimal(value), Decimal(precision), qualifier)


def findings_of(tmp_path: Path, texts: dict[str, str], rule: str, on: str) -> list[Finding]:
    """The findings of one rule on documents written to tmp_path."""
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = check([tmp_path], date=date.fromisoformat(on), select=[rule], fail_on="never")
    return [f for f in result.findings if f.rule == rule]


def context_of(tmp_path: Path, text: str, on: str) -> CheckContext:
    """The check context of one document, for calling a check with other parameters."""
    (tmp_path / "doc.md").write_text(text, encoding="utf-8")
    result = check([tmp_path], date=date.fromisoformat(on), fail_on="never")
    documents = {d.path: d for d in result.documents}
    return CheckContext(documents, result.claims, result.relations, result.facts)


# -- reading figures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$9.5 billion", (9.45e9, 9.55e9)),
        ("about $1.7 billion", (1.53e9, 1.87e9)),
        ("nearly $88 billion", (79.2e9, 88e9)),
        ("up to $3 billion", (0.0, 3e9)),
        ("more than $3 billion", (3e9, math.inf)),
    ],
)
def test_a_figure_allows_its_precision_and_qualifier(
    text: str, expected: tuple[float, float]
) -> None:
    assert figure_interval(claim_of(text)) == pytest.approx(expected)


def test_in_a_sum_a_cap_counts_in_full_and_a_list_reads_at_its_finest_precision() -> None:
    cap = claim_of("up to $3 billion")
    assert figure_interval(cap, caps_in_full=True) == pytest.approx((2.5e9, 3.5e9))
    assert figure_interval(cap, Decimal("5e7"), caps_in_full=True) == pytest.approx(
        (2.95e9, 3.05e9)
    )
    floor = claim_of("more than $3 billion")
    assert figure_interval(floor, Decimal("5e7"), caps_in_full=True) == (2.95e9, math.inf)


def test_intervals_meet_within_a_relative_tolerance() -> None:
    assert meet((1.0, 2.0), (2.0, 3.0))
    assert not meet((1.0, 1.9), (2.0, 3.0))
    assert not meet((1.0, 1.9), (2.0, 3.0), tolerance=0.05)
    assert meet((1.0, 1.9), (2.0, 3.0), tolerance=0.06)


# -- changes -----------------------------------------------------------------------------


def test_percent_change_spans_the_figures_precision() -> None:
    low, high = percent_change((41.565, 41.575), (44.5, 45.5))
    assert low == pytest.approx(-8.648, abs=1e-3)
    assert high == pytest.approx(-6.573, abs=1e-3)


@pytest.mark.parametrize(
    ("stated", "word", "expected"),
    [
        (number("12", "0.5", Qualifier.EXACT), False, (11.5, 12.5)),
        (number("-12", "0.5", Qualifier.EXACT), False, (-12.5, -11.5)),
        (number("-30", "0.5", Qualifier.ABOUT), False, (-33.0, -27.0)),
        (number("26", "0.5", Qualifier.NEARLY), False, (23.4, 26.0)),
        (number("100", "0", Qualifier.EXACT), True, (80.0, 120.0)),
        (number("100", "0", Qualifier.MORE_THAN), True, (100.0, math.inf)),
        (number("-50", "0", Qualifier.EXACT), True, (-55.0, -45.0)),
    ],
    ids=[
        "up-12",
        "down-12",
        "about-30-down",
        "almost-26",
        "doubled",
        "more-than-doubled",
        "halved",
    ],
)
def test_a_stated_change_allows(stated: StatedNumber, word: bool, expected: tuple) -> None:
    assert stated_change(stated, word, DEFAULT_BOUNDS) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("period", "named", "expected"),
    [
        ("2026-03", {"years_back": 1}, "2025-03"),
        ("2025", {"years_back": 1}, "2024"),
        ("2025-05", {"base_year": 2024}, "2024"),
        (None, {"years_back": 1}, None),
        ("2025", {}, None),
    ],
)
def test_the_base_period_of_a_change(period: str | None, named: dict, expected: str | None) -> None:
    change = Change(("F1",), "", StatedNumber(Decimal(5), Decimal(0), Qualifier.EXACT), **named)
    assert base_period(period, change) == expected


def test_a_change_is_checked_against_a_base_in_another_document(tmp_path: Path) -> None:
    texts = {
        "a.md": "In fiscal 2023 Acme reported revenue of $10 billion.\n",
        "b.md": "In fiscal 2024 Acme reported revenue of $15 billion, up 80 per cent year on "
        "year.\n",
    }
    [finding] = findings_of(tmp_path, texts, "change-mismatch", "2024-06-01")
    assert finding.path.endswith("b.md")
    assert "a.md" in finding.explanation
    assert "+50.0%" in finding.message
    texts["b.md"] = texts["b.md"].replace("80 per cent", "50 per cent")
    assert findings_of(tmp_path, texts, "change-mismatch", "2024-06-01") == []


def test_a_change_finding_shows_the_arithmetic(tmp_path: Path) -> None:
    texts = {"doc.md": "Quarterly revenue rose 40 per cent to $3.1 billion from $2.8 billion.\n"}
    [finding] = findings_of(tmp_path, texts, "change-mismatch", "2022-05-01")
    assert finding.message == (
        "'rose 40 per cent' does not fit '$3.1 billion' against '$2.8 billion' (+10.7%)"
    )
    assert "allows +39.5% to +40.5%" in finding.explanation
    assert "gives 3.92 billion USD" in finding.explanation


@pytest.mark.parametrize(
    ("stated", "flagged"),
    [("rose 19 pct", False), ("rose 57 pct", True), ("fell 10 pct", True)],
)
def test_a_newswire_pct_states_the_change(tmp_path: Path, stated: str, flagged: bool) -> None:
    text = f"Larkspur Oil said its net profit {stated} to 52.6 mln dlrs from 44.2 mln dlrs.\n"
    found = findings_of(tmp_path, {"wire.txt": text}, "change-mismatch", "1987-03-05")
    assert [f.message.split(" does not fit")[0] for f in found] == ([f"'{stated}'"] * flagged)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # A listed part larger than its total is reported, not dropped from the list.
        (
            "Larkspur booked charges totaling $198.9 million, of which $208.8 million related "
            "to its Canadian unit and $59.7 million to its Mexican unit.",
            True,
        ),
        (
            "Larkspur booked charges totaling $198.9 million, of which $139.2 million related "
            "to its Canadian unit and $59.7 million to its Mexican unit.",
            False,
        ),
        # Run-on notes: the list after "includes" belongs to the next year's note, not to the
        # amount before it.
        (
            "1985 includes tax benefit of 352,000, 96,000, and 570,000 dlrs.1986 4th qtr "
            "includes 850,000 dlrs writedowns, 499,000 dlr gain from sale.",
            False,
        ),
        # An addition after a list closed by "and" may lie beyond the total: not a part.
        (
            "Orbix paid $1.6bn in total for Kestrel: $1.2bn in cash and $0.4bn in shares, plus "
            "$0.3bn it has yet to pay.",
            False,
        ),
        (
            "Orbix paid $1.6bn in total for Kestrel: $1.2bn in cash and $0.6bn in shares, plus "
            "$0.3bn it has yet to pay.",
            True,
        ),
    ],
)
def test_a_list_that_follows_its_total_keeps_a_part_that_exceeds_it(
    tmp_path: Path, sentence: str, flagged: bool
) -> None:
    found = findings_of(tmp_path, {"note.txt": sentence + "\n"}, "sum-mismatch", "2018-01-15")
    assert len(found) == int(flagged)


@pytest.mark.parametrize(
    ("split", "flagged"),
    [
        ("Kestrel will pay $40 million in cash and $55 million in shares.", False),
        ("Kestrel will pay $60 million in cash and $55 million in shares.", True),
        # Another deal's payment in the next sentence is no split of this one.
        ("Orrin paid $60 million in cash and $55 million in shares for Dune in 2019.", False),
    ],
)
def test_a_price_paid_in_cash_and_shares_is_split_in_the_next_sentence(
    tmp_path: Path, split: str, flagged: bool
) -> None:
    text = (
        "Kestrel agreed to buy Larrow for $95 million in cash and stock, below the $210 "
        f"million Larrow was valued at. {split}\n"
    )
    found = findings_of(tmp_path, {"deal.md": text}, "sum-mismatch", "2023-01-12")
    assert len(found) == int(flagged)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Ostrava Energy's profit rose 25% to €150m last year. A year earlier the company "
            "made €100m.",
            True,
        ),
        (
            "Ostrava Energy's profit rose 50% to €150m last year. A year earlier the company "
            "made €100m.",
            False,
        ),
        (
            "Revenue at Dunmore climbed 12% year on year to £560m. In the previous year, "
            "revenue was £400m.",
            True,
        ),
        # The next sentence names no earlier period: its amount is no base.
        ("Revenue at Dunmore climbed 12% to £560m. Its rival made £400m.", False),
        # The year before's amount of another metric is no base.
        (
            "Acme's revenue rose 10% to $5bn last year. A year earlier, Acme bought Beta for $2bn.",
            False,
        ),
        (
            "Acme's revenue rose 10% to $5bn last year. In the previous year, its profit was $2bn.",
            False,
        ),
    ],
)
def test_a_changes_base_in_the_next_sentence(tmp_path: Path, text: str, flagged: bool) -> None:
    found = findings_of(tmp_path, {"doc.md": text + "\n"}, "change-mismatch", "2024-05-02")
    assert len(found) == int(flagged)


@pytest.mark.parametrize(("third", "flagged"), [("$30 million", False), ("$50 million", True)])
def test_a_colon_after_in_total_lists_the_parts(tmp_path: Path, third: str, flagged: bool) -> None:
    text = (
        "Kestrel raised $120 million in total: $50 million from Atlas Ventures, $40 million "
        f"from Birch Capital and {third} from existing backers.\n"
    )
    found = findings_of(tmp_path, {"doc.md": text}, "sum-mismatch", "2024-05-02")
    assert len(found) == int(flagged)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("星河科技2024年营收为500.2亿元，较2023年的400亿元增长40%。", True),
        ("星河科技2024年营收为500.2亿元，较2023年的400亿元增长25%。", False),
        ("星河科技2024年营收为500.2亿元，同比增长40%，上年同期为400亿元。", True),
        ("星河科技营收从400亿元增长40%至500.2亿元。", True),
        ("星河科技2024年营收500.2亿元，比上年的400亿元增长了25%。", False),
        ("星河科技净利润为80亿元，同比下降20%，上年同期为100亿元。", False),
        ("星河科技净利润为80亿元，同比下降40%，上年同期为100亿元。", True),
        # No base stated: nothing to check.
        ("星河科技2024年营收为500.2亿元，同比增长40%。", False),
    ],
)
def test_chinese_changes_with_their_base(tmp_path: Path, sentence: str, flagged: bool) -> None:
    found = findings_of(tmp_path, {"zh.md": sentence + "\n"}, "change-mismatch", "2025-03-21")
    assert len(found) == int(flagged)


# -- stakes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Harbourline has taken a 15% stake in payments start-up Corvex for $45 million. "
            "The deal values Corvex at $500 million.",
            True,
        ),
        (
            "Harbourline has taken a 15% stake in payments start-up Corvex for $75 million. "
            "The deal values Corvex at $500 million.",
            False,
        ),
        (
            "Tidewater Labs sold a 20 per cent holding to Mirren Group. Mirren paid £30m for "
            "the shares, which puts a value of £90m on Tidewater Labs.",
            True,
        ),
        # The next sentence values another company.
        (
            "Harbourline has taken a 15% stake in Corvex for $45 million. The deal values Beta "
            "Labs, a separate company, at $500 million.",
            False,
        ),
        (
            "Tidewater Labs sold a 20 per cent holding to Mirren Group. Mirren paid £18m for "
            "the shares, which puts a value of £90m on Tidewater Labs.",
            False,
        ),
    ],
)
def test_a_stakes_price_and_value_across_two_sentences(
    tmp_path: Path, text: str, flagged: bool
) -> None:
    found = findings_of(tmp_path, {"deal.md": text + "\n"}, "stake-mismatch", "2024-05-02")
    assert len(found) == int(flagged)


def test_a_stake_implies_a_value_before_and_after_the_purchase() -> None:
    stake = stake_fraction(number("10", "0.5", Qualifier.EXACT))
    assert stake == pytest.approx((0.095, 0.105))
    post, pre = implied_valuations((100.0, 100.0), stake)
    assert post == pytest.approx((952.38, 1052.63), abs=0.01)
    assert pre == pytest.approx((852.38, 952.63), abs=0.01)


def test_an_open_ended_stake_implies_no_upper_value() -> None:
    less_than_five = stake_fraction(number("5", "0.5", Qualifier.LESS_THAN))
    post, pre = implied_valuations((100.0, 100.0), less_than_five)
    assert post == (pytest.approx(2000.0), math.inf)
    assert pre[1] == math.inf


def test_a_stake_is_checked_against_the_valuation_of_its_company_and_month(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "Investors valued Beta at $2 billion in March 2021.\n",
        "b.md": "In March 2021 Beta sold a 5 per cent stake for $500 million.\n",
    }
    [finding] = findings_of(tmp_path, texts, "stake-mismatch", "2021-04-01")
    assert "buys 25% of the company, not 5%" in finding.explanation
    assert "same company and month" in finding.explanation
    texts["b.md"] = texts["b.md"].replace("$500 million", "$100 million")
    assert findings_of(tmp_path, texts, "stake-mismatch", "2021-04-01") == []


def test_a_stake_without_a_date_is_not_matched_to_other_figures(tmp_path: Path) -> None:
    texts = {
        "a.md": "Investors valued Beta at $2 billion in March 2021.\n",
        "b.md": "Beta sold a 5 per cent stake for $500 million.\n",
    }
    assert findings_of(tmp_path, texts, "stake-mismatch", "2021-03-20") == []


def test_an_undated_stake_is_read_against_its_own_documents_valuations(tmp_path: Path) -> None:
    text = (
        "Corvex raised $900 million this week at a valuation of $12 billion.\n\n"
        "Harbourline put in $150 million of that, and the $150 million buys it about 8% "
        "of Corvex.\n"
    )
    [finding] = findings_of(tmp_path, {"corvex.md": text}, "stake-mismatch", "2024-05-02")
    assert "elsewhere in the document; the price fits none" in finding.explanation
    assert "'$12 billion'" in finding.message
    fitting = text.replace("about 8%", "about 1.25%")
    assert findings_of(tmp_path, {"corvex.md": fitting}, "stake-mismatch", "2024-05-02") == []


def test_an_undated_stake_fitting_any_valuation_of_its_document_is_not_flagged(
    tmp_path: Path,
) -> None:
    text = (
        "Corvex raised $900 million this week at a valuation of $12 billion. Its staff "
        "sold shares this week at a valuation of $2 billion.\n\n"
        "Harbourline put in $150 million, and the $150 million buys it about 7.5% of Corvex.\n"
    )
    assert findings_of(tmp_path, {"corvex.md": text}, "stake-mismatch", "2024-05-02") == []
    alone = text.replace(" Its staff sold shares this week at a valuation of $2 billion.", "")
    assert findings_of(tmp_path, {"corvex.md": alone}, "stake-mismatch", "2024-05-02") != []


def test_an_undated_stake_is_not_read_against_another_documents_valuation(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "Corvex raised $900 million this week at a valuation of $12 billion.\n",
        "b.md": "Harbourline's $150 million buys it about 8% of Corvex.\n",
    }
    assert findings_of(tmp_path, texts, "stake-mismatch", "2024-05-02") == []


EQUATED_STAKE = (
    "Corvex was valued at $10 billion at its listing this week. Harbourline agreed to buy "
    "$150 million of stock alongside the offering, which at that valuation works out to "
    "about 3% of the company.\n"
)


def test_money_put_in_that_works_out_to_a_share_of_the_company_is_a_stake(
    tmp_path: Path,
) -> None:
    [finding] = findings_of(tmp_path, {"c.md": EQUATED_STAKE}, "stake-mismatch", "2024-05-02")
    assert "'$150 million' for 3% implies a value of 5 billion USD" in finding.message
    fitting = EQUATED_STAKE.replace("about 3%", "about 1.5%")
    assert findings_of(tmp_path, {"c.md": fitting}, "stake-mismatch", "2024-05-02") == []


def test_a_cheque_pointed_back_at_buys_the_stake_its_sentence_states(tmp_path: Path) -> None:
    text = (
        "In 2019 Harbourline put $250 million into Corvex at a post-money valuation of "
        "$1.2 billion. That cheque bought it 12 percent of the company.\n"
    )
    [finding] = findings_of(tmp_path, {"c.md": text}, "stake-mismatch", "2024-05-02")
    assert "'$250 million' for 12%" in finding.message
    fitting = text.replace("12 percent", "21 percent")
    assert findings_of(tmp_path, {"c.md": fitting}, "stake-mismatch", "2024-05-02") == []


def test_a_holding_worth_at_the_valuation_the_document_states(tmp_path: Path) -> None:
    text = (
        "Investors valued Corvex at US$32 billion this week.\n\n"
        "The founders together own 30 per cent of Corvex. At the new price their combined "
        "holding is worth US$14.5 billion.\n"
    )
    [finding] = findings_of(tmp_path, {"c.md": text}, "stake-mismatch", "2024-05-02")
    assert "'US$14.5 billion' for 30%" in finding.message
    fitting = text.replace("US$14.5 billion", "US$9.6 billion")
    assert findings_of(tmp_path, {"c.md": fitting}, "stake-mismatch", "2024-05-02") == []
    unnamed = text.replace("At the new price their", "Their")
    assert findings_of(tmp_path, {"c.md": unnamed}, "stake-mismatch", "2024-05-02") == []


def test_a_round_handing_investors_a_share_is_a_stake(tmp_path: Path) -> None:
    text = (
        "In March Corvex raised $6 billion at a $50 billion valuation, handing the new "
        "investors about 21% of the company.\n"
    )
    [finding] = findings_of(tmp_path, {"c.md": text}, "stake-mismatch", "2024-05-02")
    assert "'$6 billion' for 21%" in finding.message
    fitting = text.replace("about 21%", "about 12%")
    assert findings_of(tmp_path, {"c.md": fitting}, "stake-mismatch", "2024-05-02") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The cloud unit, with revenue of $3 billion, represents 30% of Corvex.",
        "Harbourline's $150 million works out to about 3% of the company's yearly spending.",
        "The $150 million fine amounts to 3% of Corvex.",
    ],
)
def test_an_amount_equated_with_a_share_is_no_stake_unless_it_is_money_put_in(
    tmp_path: Path, sentence: str
) -> None:
    text = "Corvex was valued at $10 billion at its listing this week. " + sentence + "\n"
    assert findings_of(tmp_path, {"c.md": text}, "stake-mismatch", "2024-05-02") == []


# -- comparisons -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        (number("2", "0", Qualifier.MORE_THAN), (2.0, math.inf)),
        (number("0.5", "0", Qualifier.LESS_THAN), (0.0, 0.5)),
        (number("3", "0", Qualifier.NEARLY), (2.7, 3.0)),
        (number("3", "0", Qualifier.ABOUT), (2.7, 3.3)),
        (number("2", "0", Qualifier.EXACT), (1.8, 2.2)),
    ],
    ids=["more-than-double", "less-than-half", "nearly-three", "about-three", "twice"],
)
def test_bounds_of_a_stated_multiple(stated: StatedNumber, expected: tuple) -> None:
    assert DEFAULT_BOUNDS.factor(stated) == pytest.approx(expected)


def test_bounds_come_from_the_rule_parameters() -> None:
    bounds = Bounds.of(MultipleParameters(nearly_lower_fraction=0.75, exact_tolerance=0.25))
    assert bounds.factor(number("4", "0", Qualifier.NEARLY)) == pytest.approx((3.0, 4.0))
    assert bounds.factor(number("2", "0", Qualifier.EXACT)) == pytest.approx((1.5, 2.5))


def test_ratio_spans_both_figures() -> None:
    assert ratio((79.2, 88.0), (27.55, 27.65)) == pytest.approx((2.864, 3.194), abs=1e-3)
    assert ratio((1.0, 2.0), (0.0, 1.0)) == (pytest.approx(1.0), math.inf)


def run_rule(check: Check, context: CheckContext, params: dict) -> list[Finding]:
    """The findings of one run of `check` with `params` over its defaults."""
    return check(RuleRun(context, "a-rule", "warning", check.bind(params)))


def test_nearly_bound_is_a_parameter_of_the_check(tmp_path: Path) -> None:
    text = "The fund now manages $30 billion, nearly four times the $10 billion it had.\n"
    context = context_of(tmp_path, text, "2022-02-01")
    assert len(run_rule(multiple_mismatch, context, {})) == 1
    assert run_rule(multiple_mismatch, context, {"nearly_lower_fraction": 0.6}) == []


# -- sums --------------------------------------------------------------------------------


def test_sum_tolerance_is_a_parameter_of_the_check(tmp_path: Path) -> None:
    text = "The $9.9 billion plan is made up of $6.1 billion of loans and $4.2 billion of equity.\n"
    context = context_of(tmp_path, text, "2023-03-01")
    [finding] = run_rule(sum_mismatch, context, {"tolerance": 0.01})
    assert finding.message == (
        "the parts of '$9.9 billion' add up to 10.3 billion USD, more than the total"
    )
    assert run_rule(sum_mismatch, context, {"tolerance": 0.05}) == []


def test_complete_parts_that_fall_short_are_flagged_but_incomplete_ones_are_not(
    tmp_path: Path,
) -> None:
    complete = (
        "The $10.5 billion plan is made up of $6 billion of loans and $3.5 billion of equity.\n"
    )
    [finding] = findings_of(tmp_path, {"doc.md": complete}, "sum-mismatch", "2023-03-01")
    assert finding.message.startswith("the parts given as all of '$10.5 billion' add up to only")
    incomplete = complete.replace("made up of", "including")
    assert findings_of(tmp_path, {"doc.md": incomplete}, "sum-mismatch", "2023-03-01") == []


def test_figures_in_two_currencies_are_compared_in_dollars(tmp_path: Path) -> None:
    text = "Revenue of €9.2 billion was more than five times the $2.4 billion of 2019.\n"
    [finding] = findings_of(tmp_path, {"doc.md": text}, "multiple-mismatch", "2023-03-01")
    assert "Converted to USD at 1 EUR =" in finding.explanation
    assert "(ECB reference rate, 2023-03-01)" in finding.explanation


@pytest.mark.parametrize(("listed", "flagged"), [("Rs 1,955", True), ("Rs 1,892", False)])
def test_a_discount_to_a_named_base_before_it(tmp_path: Path, listed: str, flagged: bool) -> None:
    text = (
        f"The stock of Kestrel Pay listed at {listed} on the NSE against its issue price of "
        "₹2,150, a 12 per cent discount, and slid through the session.\n"
    )
    found = findings_of(tmp_path, {"a.md": text}, "change-mismatch", "2021-11-18")
    assert len(found) == int(flagged)


def test_a_figure_with_contradictory_markers_takes_no_part_in_arithmetic(tmp_path: Path) -> None:
    text = "Orbix reported 2024 revenue of $777.1 billion yuan, up 29% from RMB 602.3 billion.\n"
    assert findings_of(tmp_path, {"a.md": text}, "change-mismatch", "2025-06-11") == []
    fixed = text.replace("$777.1 billion yuan", "RMB 777.1 billion")
    assert findings_of(tmp_path, {"b.md": fixed}, "change-mismatch", "2025-06-11") == []
    wrong = text.replace("$777.1 billion yuan", "RMB 977.1 billion")
    assert len(findings_of(tmp_path, {"c.md": wrong}, "change-mismatch", "2025-06-11")) == 1
