"""Entity and metric on unseen text, round 3: every sentence invented for these tests (new
companies, new figures)."""

from __future__ import annotations

from pathlib import Path

from helpers import claims_of

NOTE = """---
date: 2024-08-29
title: "Tarrow FY24: underlying profit slips, buyback resumes"
---

TARROW RAIL -- FY24 RESULT -- DESK NOTE

Result: underlying profit before tax came in at A$1.31 billion, down 9%.

Segments: Tarrow Freight A$0.61 billion, Tarrow Passenger A$0.44 billion.

Legal: the A$80 million VRCC settlement was agreed in May.
"""


def test_a_name_before_a_currency_sign_of_letters_is_a_name_and_a_title_period_is_not(
    tmp_path: Path,
) -> None:
    claims = {c.mention.text: c for c in claims_of(tmp_path, NOTE, None, "note.md")}
    assert claims["A$1.31 billion"].entity == "Tarrow"
    assert claims["A$0.61 billion"].entity == "Tarrow Freight"
    assert claims["A$0.44 billion"].entity == "Tarrow Passenger"


ACCENTED_DATELINE = """---
date: 2025-02-06
title: "Belmira Banco posts record R$12.4 billion profit for 2024"
---

SÃO TOMÉ - Belmira Banco, Iberia's largest lender by deposits, reported recurring profit of
R$12.4 billion for 2024 on Tuesday, up 8% from R$11.5 billion a year earlier.
"""


def test_an_accented_dateline_place_is_no_company(tmp_path: Path) -> None:
    claims = claims_of(tmp_path, ACCENTED_DATELINE, None, "wire.md")
    assert {c.entity for c in claims} == {"Belmira Banco"}


def test_a_payment_to_settle_or_a_penalty_is_no_price_paid(tmp_path: Path) -> None:
    text = (
        "Harlow Bank agreed on Monday to pay $2.4 billion to settle claims by the consumer "
        "regulator. The bank will pay $1.1 billion in redress to customers and a $1.3 billion "
        "civil penalty. The penalty is six times the $210 million the bank paid in 2019.\n\n"
        "Legal: the A$90 million settlement over cancelled fares splits into a A$70 million "
        "penalty and about A$20 million of refunds.\n\n"
        "Harlow Bank paid $3.2 billion for Corvid Cards in 2021."
    )
    claims = {c.mention.text: c for c in claims_of(tmp_path, text, None)}
    for figure in ("$2.4 billion", "$1.1 billion", "$1.3 billion", "$210 million"):
        assert claims[figure].metric == "other", figure
    for figure in ("A$90 million", "A$70 million", "A$20 million"):
        assert claims[figure].metric == "other", figure
    assert claims["$3.2 billion"].metric == "price_paid"


def test_two_sums_one_company_paid_to_settle_one_matter_are_still_compared(
    tmp_path: Path,
) -> None:
    from datetime import date

    from checker.api import check

    texts = {
        "a.md": "Harlow Bank agreed in March 2023 to pay $240 million to settle the claims.\n",
        "b.md": "In March 2023 Harlow Bank agreed to pay $310 million to settle the claims.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path], date=date(2023, 6, 1), select=["figure-conflict"])
    assert [f.rule for f in report.findings] == ["figure-conflict"]


TAKEOVER = """---
date: 2024-05-30
title: "Harwick agrees €4.2 billion takeover of Spain's Corvane"
---

MADRID - Harwick has agreed to buy control of Corvane, one of Spain's largest wind-farm
operators. Harwick will pay €21.50 a share. The block alone will cost about €2.1 billion.
"""


def test_a_headline_takeover_of_a_company_makes_the_storys_deal_figures_its(
    tmp_path: Path,
) -> None:
    claims = {c.mention.text: c for c in claims_of(tmp_path, TAKEOVER, None, "deal.md")}
    assert claims["€4.2 billion"].entity == "Corvane"
    assert claims["€4.2 billion"].counterparty == "Harwick"
    assert claims["€21.50"].entity == "Corvane"


def test_a_currency_adjective_is_no_company(tmp_path: Path) -> None:
    text = (
        "Tarrow Rail reports in US dollars. Its Canadian-dollar revenue of C$3.4 billion came "
        "mostly from freight.\n"
    )
    claims = {c.mention.text: c for c in claims_of(tmp_path, text, None)}
    assert claims["C$3.4 billion"].entity == "Tarrow Rail"
