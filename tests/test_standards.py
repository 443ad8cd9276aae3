"""Figures reported under an accounting standard or listing the text names are a basis of their
own, on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.api import check
from checker.extract import extract_mentions
from checker.link.standards import figure_standard


@pytest.mark.parametrize(
    ("text", "figure", "standard"),
    [
        ("Under IFRS, Acme earned $5.1bn in 2020, against $4.9bn under US GAAP.", "$5.1bn", "IFRS"),
        ("Under IFRS, Acme earned $5.1bn in 2020, against $4.9bn under US GAAP.", "$4.9bn",
         "US GAAP"),
        ("Its non-IFRS profit was 3.2 billion yuan.", "3.2 billion yuan", "non-IFRS"),
        ("Its non-GAAP earnings reached $3bn.", "$3bn", "non-GAAP"),
        ("Under HKFRS the group's net profit was HK$8bn.", "HK$8bn", "HKFRS"),
        ("按非国际财务报告准则，公司经调整利润为5亿元。", "5亿元", "non-IFRS"),
        ("甲公司在港交所公告全年业绩，归母净利润19.95亿元。", "19.95亿元", "HKFRS"),
        ("按中国企业会计准则，公司净利润为19.51亿元。", "19.51亿元", "CAS"),
        ("Acme earned $5bn in 2020. Rivals report under IFRS.", "$5bn", ""),
    ],
)  # fmt: skip
def test_the_standard_a_sentence_names_is_the_figures(text, figure, standard):
    (mention,) = [m for m in extract_mentions(text, "a.txt") if m.text == figure]
    assert figure_standard(text, mention) == standard


def conflicts(tmp_path: Path, first: str, second: str) -> list:
    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    found = check([tmp_path], select=["figure-conflict"]).findings
    return [f for f in found if f.rule == "figure-conflict"]


PLAIN = "Acme results\n\nAcme said its net profit for 2025 was 19.51 billion yuan, up 5%.\n"


def test_figures_under_different_standards_are_not_compared(tmp_path):
    hong_kong = (
        "Acme filing\n\nUnder HKFRS, Acme said its net profit for 2025 was 19.95 billion yuan.\n"
    )
    assert conflicts(tmp_path, hong_kong, PLAIN) == []


def test_chinese_results_announced_in_hong_kong_are_another_basis(tmp_path):
    hong_kong = "甲公司业绩\n\n甲公司在港交所公告全年业绩，2025年归母净利润191.95亿元。\n"
    a_share = "甲公司业绩\n\n甲公司2025年归属于上市公司股东的净利润为191.51亿元。\n"
    assert conflicts(tmp_path, hong_kong, a_share) == []
    unmarked = hong_kong.replace("在港交所", "")
    assert conflicts(tmp_path, unmarked, a_share)


def test_the_same_basis_still_conflicts(tmp_path):
    other = "Acme filing\n\nAcme said its net profit for 2025 was 19.95 billion yuan, up 5%.\n"
    assert conflicts(tmp_path, other, PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "Veltano reported under HKFRS and under ifrs, its non-IFRS profit and non-gaap sales.",
        "Under U.S. GAAP and PRC GAAP, and Hong Kong Financial Reporting Standards, Orlik earned.",
        "Under International Financial Reporting Standard 16 and Chinese accounting standards.",
        "按香港财务报告准则，按国际财务报告准则，非国际财务报告准则，美国通用会计准则。",
        "中国企业会计准则；在港交所公告全年业绩；于香港联交所披露；港股公告；H股公告；A股公告。",
        "UNDER İFRS AND THE PRC ACCOUNTİNG STANDARDS, KESTRA REPORTED.",
        "Brisel Foods earned $4m; no standard is named here.",
        "Under HKFRS the Tarvo group's net profit was HK$8bn.",
    ],
)
def test_a_text_searched_for_cues_only_where_their_words_are_finds_them_all(
    text, monkeypatch
) -> None:
    from checker.link import standards

    standards._cues.cache_clear()
    guarded = standards._cues(text)
    monkeypatch.setattr(standards, "STANDARD_WORDS", ("",))
    standards._cues.cache_clear()

    assert standards._cues(text) == guarded
    standards._cues.cache_clear()
