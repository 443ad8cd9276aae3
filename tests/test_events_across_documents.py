"""One event told by two documents: the tellings meet on the event's company or amount
though their other guesses differ. Every sentence is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import claim_for

from checker.api import check


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
