"""Tests for the rules that compare figures: fx-mismatch, figure-conflict, period-conflict."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checker.api import check

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(tmp_path: Path, texts: dict[str, str], rule: str, on: date | None = None):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in check([tmp_path], date=on, select=[rule]).findings if f.rule == rule]


def test_fx_finding_shows_rate_date_implied_rate_and_deviation(tmp_path):
    (finding,) = run(
        tmp_path,
        {"a.txt": "Spotify ended the day worth $26.5 billion, or roughly SEK 160 billion."},
        "fx-mismatch",
        date(2018, 4, 4),
    )

    assert "ECB reference rate, 2018-04-04" in finding.explanation
    assert "The text implies 1 USD = 6.038 SEK" in finding.explanation
    assert "-28." in finding.explanation


def test_undated_conversion_passes_when_some_plausible_rate_agrees(tmp_path):
    text = "In 2021 and 2024 the bank priced it at $170 billion (₹15.3 lakh crore)."

    assert run(tmp_path, {"a.txt": text}, "fx-mismatch") == []


def test_undated_conversion_fails_when_no_plausible_rate_agrees(tmp_path):
    text = "In 2021 and 2024 the bank priced it at $10 billion (Rs 7,300 crore)."

    assert len(run(tmp_path, {"a.txt": text}, "fx-mismatch")) == 1


def test_seeds_have_no_fx_mismatch_nor_figure_conflict():
    findings = check([SEEDS]).findings

    assert not [f for f in findings if f.rule in ("fx-mismatch", "figure-conflict")]
    conflict = next(f for f in findings if f.rule == "currency-conflict")
    assert (
        "matches" in conflict.explanation
        and "ECB reference rate, 2025-12-24" in conflict.explanation
    )


def test_conflict_across_documents_cites_both_files(tmp_path):
    findings = run(
        tmp_path,
        {
            "a.md": "Shares in Snowflake rose. Snowflake's IPO price in September 2020 was $120 "
            "a share, its offer price.",
            "b.md": "Investors in Snowflake did well. Snowflake's offer price in September 2020 "
            "was $102 a share.",
        },
        "figure-conflict",
        date(2021, 3, 1),
    )

    (finding,) = findings
    assert finding.path.endswith("b.md")
    assert "a.md:1" in finding.explanation and "b.md:1" in finding.explanation


def test_two_roundings_of_one_amount_do_not_conflict(tmp_path):
    texts = {
        "a.md": "Investors in Jio cheered. Facebook paid Rs 43,573 crore for Jio in April 2020.",
        "b.md": "Investors in Jio cheered. Facebook paid Rs 43,574 crore for Jio in April 2020.",
    }

    assert run(tmp_path, texts, "figure-conflict", date(2020, 5, 1)) == []


def test_same_value_in_different_periods_is_a_period_conflict(tmp_path):
    texts = {
        "a.md": "Investors in WeWork lost. WeWork was valued at $47 billion in January 2018.",
        "b.md": "Investors in WeWork lost. WeWork was valued at $47 billion in January 2019.",
    }

    (finding,) = run(tmp_path, texts, "period-conflict", date(2021, 1, 1))
    assert finding.severity == "warning"
    assert "2018-01" in finding.explanation and "2019-01" in finding.explanation
