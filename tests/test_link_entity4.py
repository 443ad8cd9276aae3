"""Entity and metric on unseen text, round 4: every sentence invented for these tests (new
companies, new figures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import claims_of

SEA_TITLE = """---
date: 2025-03-04
title: "Podcast: 'The Black Sea paid for our year' - a broker on Halvorsen Line's 2024"
---

*Edited transcript of an episode recorded on Tuesday 4 March. Host: Jo Marr. Guest: a
shipping broker.*

**HOST:** Halvorsen Line reported this morning. What stood out?

**GUEST:** The Black Sea detours. Revenue came in at $14.2 billion, against $12.8 billion
in 2023, and EBIT was $2.1 billion.

**HOST:** And the dividend?

**GUEST:** A dividend of $4.10 a share, and a buyback of up to $500 million.
"""


def test_a_sea_named_in_the_title_is_no_topic(tmp_path: Path) -> None:
    claims = {c.mention.text: c for c in claims_of(tmp_path, SEA_TITLE, None, "pod.md")}
    for figure in ("$14.2 billion", "$12.8 billion", "$2.1 billion", "$500 million"):
        assert claims[figure].entity in ("Halvorsen", "Halvorsen Line"), figure


ZH_RESULTS = """---
date: 2025-02-12
title: "华岳银行2024年净利润创新高"
---

新加坡华岳金融集团（Huayue Financial）周二公布，2024年净利润为52亿新元，同比增长9%。

全年总收入为131亿新元。其中，净利息收入88亿新元，手续费及佣金收入21亿新元。

股东回报方面，华岳将每股季度股息上调至0.42新元，并另派每股0.10新元的资本回报股息。华岳同时宣布一项规模15亿的股票回购计划。

分季度看，第四季度营收33亿新元；第三季度营业利润17亿新元。
"""


def test_a_chinese_name_glossed_in_latin_letters_is_given_so(tmp_path: Path) -> None:
    """A Chinese name glossed in brackets ("新加坡华岳金融集团（Huayue Financial）") is given in
    its Latin form wherever the text names it, by its stem ("华岳") or another suffix
    ("华岳银行"); a sentence's subject swallows no adverb ("华岳同时宣布"); a figure whose
    sentence opens with a period or a metric's name ("第三季度营业利润") and names no company
    takes the headline's, weakly."""
    claims = {c.mention.text: c for c in claims_of(tmp_path, ZH_RESULTS, None, "zh.md")}
    for figure in ("52亿新元", "0.42新元", "0.10新元", "15亿"):
        assert claims[figure].entity == "Huayue Financial", figure
    for figure in ("131亿新元", "88亿新元", "21亿新元", "33亿新元", "17亿新元"):
        claim = claims[figure]
        assert claim.entity == "Huayue Financial", figure
        evidence = claim.evidence_for("entity")
        assert evidence is not None and evidence.grade.value == "weak", figure


@pytest.mark.parametrize(
    ("text", "figure", "entity", "counterparty"),
    [
        # "对X而言": the sentence is about X.
        ("对青禾而言，上一财年净利润为420亿日元。", "420亿日元", "青禾", None),
        # A company bought named in Latin letters after its description.
        ("青禾2021年以9.5亿美元收购动漫流媒体平台Moonreel。", "9.5亿美元", "Moonreel", "青禾"),
        # "截至" ends the subject: "云杉截至2024年3月的财年营收".
        ("云杉截至2024年3月的财年营收为310亿日元。", "310亿日元", "云杉", None),
    ],
)
def test_chinese_subjects_without_swallowed_words(
    tmp_path: Path, text: str, figure: str, entity: str, counterparty: str | None
) -> None:
    claims = {c.mention.text: c for c in claims_of(tmp_path, text, None, "zh.md")}
    assert (claims[figure].entity, claims[figure].counterparty) == (entity, counterparty)


FIVE_NUMBERS = """---
title: "Corvane Motors in five numbers"
---

**€41.2 billion.** Corvane's revenue in 2024, 6% more than the €38.9 billion of 2023.

**€18.40.** Roughly where the shares trade, which puts the 2.1 billion shares at about
€38.6 billion.
"""


def test_a_word_opening_the_sentence_after_a_bold_lead_is_no_name(tmp_path: Path) -> None:
    claims = {c.mention.text: c for c in claims_of(tmp_path, FIVE_NUMBERS, None, "five.md")}
    assert claims["€38.6 billion"].entity == "Corvane Motors"


def test_an_abbreviation_joined_by_an_ampersand_is_no_company(tmp_path: Path) -> None:
    text = (
        "Halden Telecom reported net sales of NOK 41.2 billion for 2024. Free cash flow before "
        "M&A reached NOK 6.1 billion, and R&D spending was NOK 5.5 billion."
    )
    claims = {c.mention.text: c for c in claims_of(tmp_path, text)}
    assert claims["NOK 6.1 billion"].entity == "Halden Telecom"
    assert claims["NOK 5.5 billion"].entity == "Halden Telecom"


def test_a_trade_marked_brand_or_a_drug_class_is_no_company(tmp_path: Path) -> None:
    text = (
        '---\ntitle: "Meridia Pharma annual report 2024"\n---\n\n'
        "Meridia Pharma's sales rose 18% to DKK 96,120 million in 2024. Growth was driven by "
        "the SGLT-2 franchise: sales of Dulcora® and Velmira® were DKK 31,204 million and "
        "DKK 12,877 million, respectively."
    )
    claims = {c.mention.text: c for c in claims_of(tmp_path, text, None, "report.md")}
    assert claims["DKK 31,204 million"].entity == "Meridia Pharma"
    assert claims["DKK 12,877 million"].entity == "Meridia Pharma"


def test_a_metric_label_in_capitals_or_a_fiscal_quarter_is_no_company(
    tmp_path: Path,
) -> None:
    text = (
        "Half-year - For the six months to June, Tallis Land's profit attributable "
        "to shareholders was HKD 2.1 billion. OPERATING PROFIT up 12% to HKD 2.6 billion.\n\n"
        "In Q3FY24 revenue was HKD 5.2 billion."
    )
    claims = {c.mention.text: c for c in claims_of(tmp_path, text)}
    for figure in ("HKD 2.6 billion", "HKD 5.2 billion"):
        assert claims[figure].entity == "Tallis Land", figure
