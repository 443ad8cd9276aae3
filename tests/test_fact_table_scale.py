"""The fact table at scale: the same table whichever way its inputs arrive, with repeated
values held once."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from checker import check
from checker.facts import build_fact_table, usd_interval, years_mentioned
from checker.money import at_rate, fx_rate

NOTES = {
    "one.md": "Brindle Foods reported revenue of $5 billion in 2019.\n\n"
    "Later that year Brindle Foods raised €40 million from investors.\n",
    "two.md": "Brindle Foods reported revenue of $5 billion in 2019, its filing showed.\n",
}


def checked(tmp_path: Path):
    for name, text in NOTES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path], fail_on="never", date="2020-03-01")


def test_positions_from_the_per_document_stage_give_the_table_found_from_the_texts(
    tmp_path: Path,
) -> None:
    result = checked(tmp_path)
    by_path = {document.path: document for document in result.documents}
    found_again = build_fact_table(result.claims, by_path)
    assert result.facts["paragraph"].tolist() == [0, 1, 0]
    pd.testing.assert_frame_equal(result.facts, found_again, check_exact=True)


def test_equal_evidence_and_figure_texts_are_held_once(tmp_path: Path) -> None:
    result = checked(tmp_path)
    first, _, third = result.claims
    assert first.mention.path != third.mention.path
    assert first.evidence is third.evidence
    texts = result.facts["text"]
    assert texts[0] == texts[2] == "$5 billion"
    assert texts[0] is texts[2]


def test_a_value_in_dollars_is_the_amount_converted_at_the_rate(tmp_path: Path) -> None:
    result = checked(tmp_path)
    euros = result.claims[1]
    document = next(d for d in result.documents if d.path == euros.mention.path)
    rate = fx_rate("EUR", "USD", document.date, years_mentioned(document))
    low, high = sorted(at_rate(float(euros.mention.amount), rate))
    assert usd_interval(euros, document, years_mentioned(document)) == (low, high)
    assert 40e6 < low <= high < 60e6


def test_numbers_are_typed_columns_and_a_missing_value_is_nan(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Orrin Tools raised $12 million in 2018.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Orrin Tools spent about 3 million in 2019.\n", encoding="utf-8")
    facts = check([tmp_path], fail_on="never", date="2020-03-01").facts
    assert facts["start"].dtype == "int64" and facts["line"].dtype == "int64"
    assert facts["value_usd"].dtype == "float64"
    assert facts["value_usd"].isna().tolist() == [False, True]
    assert facts["value_usd"].iloc[0] == 12e6


def test_a_number_column_with_no_value_at_all_is_what_a_list_of_them_gives(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.md").write_text("Orrin Tools spent about 3 million in 2019.\n", encoding="utf-8")
    result = check([tmp_path], fail_on="never", date="2020-03-01")
    by_path = {document.path: document for document in result.documents}
    none = build_fact_table([], by_path)
    assert result.facts["value_usd"].tolist() == [None]
    pd.testing.assert_series_equal(
        result.facts["value_usd"], pd.Series([None], name="value_usd"), check_exact=True
    )
    assert none["start"].dtype == pd.Series([]).dtype


def test_equal_words_and_markers_of_figures_are_held_once(tmp_path: Path) -> None:
    result = checked(tmp_path)
    first, _, third = result.claims
    assert first.mention.currency_markers == third.mention.currency_markers == ("USD",)
    assert first.mention.currency_markers is third.mention.currency_markers
    assert first.mention.scale_word is third.mention.scale_word
    assert first.entity is third.entity
