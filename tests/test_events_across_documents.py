"""One event told by two documents: the tellings meet on the event's company or amount
though their other guesses differ. Every sentence is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import claim_for

from checker.api import check
from checker.link.events import EVENT_CUES


def run(tmp_path: Path, texts: dict[str, str], rule: str, on: date | None = None):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in check([tmp_path], date=on, select=[rule]).findings if f.rule == rule]


def test_a_relative_clause_telling_a_purchase_names_the_company_bought(tmp_path):
    text = (
        "**Darnell.** Orrin agreed on Friday to buy the Cambridge firm for $5.3 billion.\n\n"
        "It is the latest to leave. Pellmore, which Vantor bought for £14.6 billion in 2017 "
        "and listed in New York, is the one that got away."
    )
    claim = claim_for(tmp_path, text, "£14.6 billion")
    assert (claim.entity, claim.counterparty, claim.metric) == ("Pellmore", "Vantor", "price_paid")


def test_a_purchase_told_with_another_year_elsewhere_is_a_period_conflict(tmp_path):
    texts = {
        "a.md": "Vantor bought Pellmore in July 2016 for £14.6 billion. Pellmore makes chips.",
        "b.md": (
            "Orrin agreed to buy Darnell for $5.3 billion. It is the latest to leave. "
            "Pellmore, which Vantor bought for £14.6 billion in 2017, got away."
        ),
    }
    (finding,) = run(tmp_path, texts, "period-conflict", date(2024, 4, 27))
    assert "2016-07" in finding.explanation and "2017" in finding.explanation


@pytest.mark.parametrize(
    ("kind", "text", "figure"),
    [(cue.kind, text, figure) for cue in EVENT_CUES for text, figure in cue.examples],
)
def test_each_event_kinds_examples_tell_it(tmp_path, kind, text, figure):
    claim = claim_for(tmp_path, text, figure)
    assert claim.event == kind
    assert claim.evidence_for("event") is not None


def test_an_over_allotment_is_no_telling_of_the_listings_proceeds(tmp_path):
    text = "If the greenshoe is used, Corvane's IPO proceeds rise to $3.6 billion."
    assert claim_for(tmp_path, text, "$3.6 billion").event == ""


IPO_WIRE = (
    "---\ndate: 2023-05-10\ntitle: Corvane raises $3.15 billion in IPO\n---\n\n"
    "Corvane priced its shares at $21 each on Wednesday. {extra}"
)
IPO_COLUMN = (
    "---\ndate: {day}\ntitle: Corvane's debut\n---\n\n"
    "Corvane shares rose 8% on their first day of trading. The company raised {amount} "
    "by selling 12 per cent of its shares, the largest initial public offering on the exchange."
)


def test_two_stories_of_one_ipo_with_two_proceeds_conflict(tmp_path):
    texts = {
        "a.md": IPO_WIRE.format(extra=""),
        "b.md": IPO_COLUMN.format(day="2023-05-11", amount="$3.51 billion"),
    }
    (finding,) = run(tmp_path, texts, "figure-conflict")
    assert "$3.51 billion" in finding.message and "$3.15 billion" in finding.message
    assert "IPO proceeds" in finding.message


@pytest.mark.parametrize(
    ("day", "amount", "extra"),
    [
        ("2023-05-11", "$3.15 billion", ""),  # the same amount
        ("2024-02-01", "$3.51 billion", ""),  # a story months later
        ("2023-05-11", "$5.1 billion", ""),  # too far apart to be one amount misread
        # the wire states both values itself
        ("2023-05-11", "$3.51 billion", "The offering raised $3.51 billion with the greenshoe."),
    ],
)
def test_two_ipo_stories_that_need_not_tell_one_amount_do_not_conflict(
    tmp_path, day, amount, extra
):
    texts = {
        "a.md": IPO_WIRE.format(extra=extra),
        "b.md": IPO_COLUMN.format(day=day, amount=amount),
    }
    assert run(tmp_path, texts, "figure-conflict") == []


def test_two_companies_ipos_are_two_events(tmp_path):
    texts = {
        "a.md": IPO_WIRE.format(extra=""),
        "b.md": IPO_COLUMN.format(day="2023-05-11", amount="$3.51 billion").replace(
            "Corvane", "Pellmore"
        ),
    }
    assert run(tmp_path, texts, "figure-conflict") == []


FINE_A = (
    "---\ndate: 2022-07-22\n---\n\n2021年4月，瑞丰科技因滥用市场地位被监管部门处以{amount}罚款。\n"
)
FINE_B = (
    "---\ndate: 2023-07-08\n---\n\n"
    "2020年4月，{payer}因“二选一”被处以{amount}罚款，随后其上市计划被暂停。\n"
)


def test_one_fine_written_to_the_digit_and_dated_twice_is_a_period_conflict(tmp_path):
    texts = {
        "a.md": FINE_A.format(amount="53.17亿元"),
        "b.md": FINE_B.format(payer="瑞丰科技", amount="53.17亿元"),
    }
    (finding,) = run(tmp_path, texts, "period-conflict")
    assert "2020-04" in finding.message and "2021-04" in finding.message
    assert "significant digits" in finding.explanation


@pytest.mark.parametrize(
    ("payer", "amount"),
    [
        ("瑞丰科技", "53.2亿元"),  # written with three digits: two fines may share it
        ("华嘉集团", "53.17亿元"),  # another company's fine
    ],
)
def test_fines_that_need_not_be_one_are_not_dated_twice(tmp_path, payer, amount):
    texts = {
        "a.md": FINE_A.format(amount=amount),
        "b.md": FINE_B.format(payer=payer, amount=amount),
    }
    assert run(tmp_path, texts, "period-conflict") == []


def test_an_english_fine_told_twice_with_two_dates_is_a_period_conflict(tmp_path):
    texts = {
        "a.md": "Regulators fined Quorra €412.5 million in March 2021 over its data practices.",
        "b.md": "Quorra, which paid a €412.5 million fine in March 2020, is appealing.",
    }
    (finding,) = run(tmp_path, texts, "period-conflict", date(2023, 1, 5))
    assert "€412.5 million" in finding.message


def test_a_company_only_guessed_from_a_headline_names_no_other_payer(tmp_path):
    texts = {
        "a.md": (
            '---\ndate: 2022-07-22\ntitle: "平台罚单盘点：华嘉罚款创纪录"\n---\n\n'
            "这是又一家平台企业收到巨额罚单。2021年4月，国家市场监督管理总局认定瑞丰科技在网络零售平台"
            "服务市场实施“二选一”，对其处以53.17亿元罚款。\n"
        ),
        "b.md": FINE_B.format(payer="瑞丰科技", amount="53.17亿元"),
    }
    (finding,) = run(tmp_path, texts, "period-conflict")
    assert "2020-04" in finding.message and "2021-04" in finding.message
    assert "of 瑞丰科技" in finding.message
