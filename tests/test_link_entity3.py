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
