"""Invented articles in the styles of other outlets (technology news, annual-report prose,
Chinese financial news, Indian business news, a results press release, crypto and Japanese
company news, a wire results story and its follow-up, a company's year in figures, a feature
on a founder's stake, a startup's rounds and sale told by five stories, a listed company's
results told by four), every figure consistent: no finding may fire on them. Planting an
error into a copy (a changed headline figure, conversion, change, restatement, part of a
total or stake's worth) must be caught. Every sentence was written for these tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from checker.api import check

OUTLETS = Path(__file__).parent / "data" / "invented_outlets"

# (file, text as written, planted text, rule that must flag it)
PLANTED = [
    ("tech-a1.md", "# Streamly raises $250m", "# Streamly raises $280m", "figure-conflict"),
    ("tech-a1.md", "has raised $250m (£198m)", "has raised $250m (£298m)", "fx-mismatch"),
    ("tech-a1.md", "was $1.8bn, up from", "was $1.8bn, up 80% from", "change-mismatch"),
    ("tech-a4.md", "410 billion yen ($2.7bn)", "410 billion yen ($27bn)", "fx-mismatch"),
    ("wire-in1.md", "up 18% from Rs 1,055 crore", "up 28% from Rs 1,055 crore", "change-mismatch"),
    (
        "news-harwick.md",
        "to $2.1bn last year from $950m",
        "to $2.1bn last year from $1.2bn",
        "multiple-mismatch",
    ),
    ("news-harwick.md", "and $1.5bn in shares", "and $2.5bn in shares", "sum-mismatch"),
    ("feature-brightmart.md", "worth about £330m", "worth about £500m", "stake-mismatch"),
    (
        "tech-c2.md",
        "sales rose 18% to $4.2 billion",
        "sales rose 18% to $4.6 billion",
        "figure-conflict",
    ),
    ("tech-b4.md", "Routely will pay $40 million", "Routely will pay $60 million", "sum-mismatch"),
    (
        "zh-z1.md",
        "净利润为3.2亿元，上年同期为2.1亿元",
        "净利润为3.2亿元，同比增长80%，上年同期为2.1亿元",
        "change-mismatch",
    ),
    (
        "wire-jp1.md",
        "245.6 billion yen ($1.6 billion)",
        "245.6 billion yen ($16 billion)",
        "fx-mismatch",
    ),
]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "outlets"
    shutil.copytree(OUTLETS, folder)
    return folder


def test_consistent_articles_of_other_outlets_raise_no_finding(tmp_path):
    result = check([_copy(tmp_path)])
    assert len(result.documents) == 28
    assert [(f.rule, f.path, f.message) for f in result.findings] == []


def test_each_planted_error_is_caught_and_nothing_else(tmp_path):
    for index, (name, written, planted, rule) in enumerate(PLANTED):
        folder = _copy(tmp_path / str(index))
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert written in text
        path.write_text(text.replace(written, planted), encoding="utf-8")
        findings = check([folder]).findings
        assert {f.rule for f in findings} == {rule}, (planted, findings)
        assert all(Path(f.path).name == name for f in findings)
