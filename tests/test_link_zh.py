"""Linking figures in Chinese sentences: company, metric and period from Chinese cue data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.api import analyse_document, check
from checker.corpus import read_corpus
from checker.model import Document

ON = date(2024, 6, 15)

# (sentence, figure, entity, counterparty, metric, period); the document is dated 2024-06-15.
# 上半年, 下半年 and 前三季度 are periods no "YYYY-MM" tells apart from a quarter or a
# month: left unplaced.
SENTENCES = [
    ("小米集团宣布完成新一轮融资，估值达到450亿美元。", "450亿美元", "小米集团", None, "valuation",
     "2024-06"),
    ("2024年5月，字节跳动的估值为2680亿美元。", "2680亿美元", "字节跳动", None, "valuation",
     "2024-05"),
    ("星河科技完成5亿元B轮融资。", "5亿元", "星河科技", None, "funding", "2024-06"),
    ("云帆公司获得1亿美元首轮融资。", "1亿美元", "云帆公司", None, "funding", "2024-06"),
    ("蔚来汽车2023年营收556亿元。", "556亿元", "蔚来汽车", None, "revenue", "2023"),
    ("华星股份2023年营业收入为120亿元，同比增长12%。", "120亿元", "华星股份", None, "revenue",
     "2023"),
    ("比亚迪2024年第一季度净利润45.7亿元。", "45.7亿元", "比亚迪", None, "profit", "2024-03"),
    ("青松科技上半年净亏损3.2亿元。", "3.2亿元", "青松科技", None, "loss", None),
    ("金桥科技下半年营收预计10亿元。", "10亿元", "金桥科技", None, "revenue", None),
    ("远航集团上半年净利润预计4.77亿-6.27亿。", "6.27亿", "远航集团", None, "profit", None),
    ("理想汽车2023年第四季度亏损5亿元。", "5亿元", "理想汽车", None, "loss", "2023-12"),
    ("青松科技2024年前三季度净亏损3.2亿元。", "3.2亿元", "青松科技", None, "loss", None),
    ("阿里巴巴集团以15亿美元收购饿了么。", "15亿美元", "饿了么", "阿里巴巴集团", "price_paid",
     "2024-06"),
    ("海川控股斥资8亿元收购蓝鲸物流。", "8亿元", "蓝鲸物流", "海川控股", "price_paid", "2024-06"),
    ("腾讯公司入股蔚来，投资金额为10亿元。", "10亿元", "蔚来", "腾讯公司", "investment",
     "2024-06"),
    ("红杉资本投资3000万美元入股星辰智能。", "3000万美元", "星辰智能", "红杉资本", "investment",
     "2024-06"),
    ("美团被罚34亿元。", "34亿元", "美团", None, "other", "2024-06"),
    ("2023年，恒远银行因违规被罚款500万元。", "500万元", "恒远银行", None, "other", "2023"),
    ("宁德时代总市值突破1万亿。", "1万亿", "宁德时代", None, "market_cap", "2024-06"),
    ("2024年3月，长风证券的市值达到800亿元。", "800亿元", "长风证券", None, "market_cap",
     "2024-03"),
    ("光明乳业股价收于每股25元。", "25元", "光明乳业", None, "share_price", "2024-06"),
    ("天启医药发行价为每股18.5港元。", "18.5港元", "天启医药", None, "share_price", "2024-06"),
    ("2022年，北辰能源营收300亿元。", "300亿元", "北辰能源", None, "revenue", "2022"),
    ("东方电子2024年4月营收8.5亿元。", "8.5亿元", "东方电子", None, "revenue", "2024-04"),
    ("当地时间1月28日，远方软件发布第二财季财报，营收81亿美元。", "81亿美元", "远方软件", None,
     "revenue", None),
    ("据悉，云帆公司完成融资，估值达到45亿美元。", "45亿美元", "云帆公司", None, "valuation",
     "2024-06"),
    ("去年，南山集团净利润为20亿元。", "20亿元", "南山集团", None, "profit", "2023"),
    ("金桥科技2024年下半年营收预计70-80亿元。", "70", "金桥科技", None, "revenue", None),
    ("星河科技的年化收入为30亿美元。而Lumora年化收入为25亿美元。", "25亿美元", "Lumora", None,
     "revenue", "2024-06"),
    # The party a fine is imposed on, not the authority that imposes it.
    ("监管部门宣布，依法对星河出行股份有限公司处以人民币8亿元罚款。", "人民币8亿元",
     "星河出行股份有限公司", None, "other", "2024-06"),
    # A time word and a reason do not make a subject: "同年10月，", "因同类行为".
    ("2023年3月，海丰重工被罚2亿元。同年10月，云帆科技因同类行为被罚3.4亿元。", "3.4亿元",
     "云帆科技", None, "other", "2023-10"),
    # "X旗下Y": the company Y that X owns; a business of X stays X's.
    ("东方集团旗下“云游记”完成900万美元天使轮融资。", "900万美元", "云游记", None, "funding",
     "2024-06"),
    ("南山集团旗下零售业务营收达50亿元。", "50亿元", "南山集团", None, "revenue", "2024-06"),
    # An owner before "旗下" is not the buyer; the company bought follows 认购.
    ("海川旗下的金石资本认购蓝鲸汽车2亿股，作价18亿港元。", "18亿港元", "蓝鲸汽车", "金石资本",
     "price_paid", "2024-06"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure", "entity", "counterparty", "metric", "period"), SENTENCES
)
def test_chinese_sentence_is_linked(
    text: str,
    figure: str,
    entity: str,
    counterparty: str | None,
    metric: str,
    period: str,
) -> None:
    document = Document(path="a.txt", text=text, plain=text, encoding="utf-8", date=ON)
    [claim] = [c for c in analyse_document(document).claims if c.mention.text == figure]
    assert (claim.entity, claim.counterparty, claim.metric, claim.period) == (
        entity,
        counterparty,
        metric,
        period,
    )


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("万达股份拟每10股派8.5元。", "8.5元", "share_price"),
        ("华光电子拟10派2元。", "2元", "share_price"),
        ("星火科技每股收益为1.2元。", "1.2元", "share_price"),
        ("这款应用一天收入1000元。", "1000元", "other"),
        ("中一签的盈利约为2.6万元。", "2.6万元", "other"),
        ("平台人均消费300元。", "300元", "other"),
        ("每吨价格上调200元。", "200元", "unit_price"),
    ],
)
def test_amounts_per_unit_are_no_company_total(text: str, figure: str, metric: str) -> None:
    document = Document(path="a.txt", text=text, plain=text, encoding="utf-8", date=ON)
    [claim] = [c for c in analyse_document(document).claims if c.mention.text == figure]
    assert claim.metric == metric


@pytest.mark.parametrize(
    ("text", "is_target"),
    [
        ("远航集团预计2024年净利润1.35亿元—1.55亿元。", True),
        ("远航集团2024年净利润目标为2亿元。", True),
        ("远航集团2023年净利润1.35亿元。", False),
    ],
)
def test_forecasts_are_targets(text: str, is_target: bool) -> None:
    document = Document(path="a.txt", text=text, plain=text, encoding="utf-8", date=ON)
    claims = analyse_document(document).claims
    assert [c.is_target for c in claims] == [is_target] * len(claims)


def test_a_chinese_headline_in_front_matter_names_no_key_as_company(tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text(
        '---\ndate: 2024-06-15\ntitle: "星河出行被罚80亿元"\n---\n\n'
        "监管部门宣布，依法对星河出行处以80亿元罚款。按当前汇率计算，80亿元约合11亿美元。\n",
        encoding="utf-8",
    )
    claims = check([note]).claims
    assert [c.entity for c in claims] == ["星河出行"] * 4
    carried = claims[2].evidence_for("entity")
    assert (carried.resolver, carried.grade.value) == ("zh_paragraph_subject", "inferred")


def test_a_range_agrees_with_a_figure_inside_it(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "海丰重工：2023年亏损26亿元—34亿元。\n\n海丰重工2023年亏损26亿元到34亿元。\n\n"
        "海丰重工2023年亏损30亿元。\n",
        encoding="utf-8",
    )
    assert [f.rule for f in check([note], date="2024-02-01").findings] == []


def test_a_range_disagrees_with_a_figure_outside_it(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "海丰重工：2023年亏损26亿元—34亿元。\n\n海丰重工2023年亏损50亿元。\n", encoding="utf-8"
    )
    assert [f.rule for f in check([note], date="2024-02-01").findings] == ["figure-conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "赛力斯集团2024年净利润为-18亿元到-15亿元。",
        "张三出资300万元设立远帆科技。",
        "远帆科技2023年营收22万元。",
        "远帆科技市值突破万亿元。\n\n远帆科技推出的新品售价最高近百万元。",
    ],
)
def test_no_lost_magnitude_in_negative_or_myriad_amounts(tmp_path: Path, text: str) -> None:
    note = tmp_path / "note.txt"
    note.write_text(text + "\n", encoding="utf-8")
    assert [f.rule for f in check([note], date="2024-06-15").findings] == []


def test_a_period_after_a_comma_belongs_to_the_next_figure() -> None:
    text = "注：远航集团Q1净利润3.23亿，2025年Q4净利润3.33亿，环比下降。"
    document = Document(
        path="a.txt", text=text, plain=text, encoding="utf-8", date=date(2026, 4, 20)
    )
    periods = [(c.mention.text, c.period) for c in analyse_document(document).claims]
    assert periods == [("3.23亿", "2026-03"), ("3.33亿", "2025-12")]


def test_a_month_without_year_is_the_latest_one() -> None:
    text = "2025年，远航集团营收10亿元。远航集团7月31日公告，回购金额不低于1亿元。"
    document = Document(
        path="a.txt", text=text, plain=text, encoding="utf-8", date=date(2026, 8, 1)
    )
    periods = [(c.mention.text, c.period) for c in analyse_document(document).claims]
    assert periods == [("10亿元", "2025"), ("1亿元", "2026-07")]


def test_a_part_of_a_total_and_a_quarter_without_year() -> None:
    text = "当地时间1月28日，远方网络发布第四季度财报，营收598亿美元，其中广告收入581亿美元。"
    document = Document(
        path="a.txt", text=text, plain=text, encoding="utf-8", date=date(2026, 1, 29)
    )
    claims = [(c.mention.text, c.metric, c.period) for c in analyse_document(document).claims]
    assert claims == [("598亿美元", "revenue", "2025-12"), ("581亿美元", "other", "2025-12")]


def _periods(text: str, on: date) -> list[tuple[str, str | None]]:
    document = Document(path="a.txt", text=text, plain=text, encoding="utf-8", date=on)
    return [(c.mention.text, c.period) for c in analyse_document(document).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "星河科技2024年净利润为3.2亿元，上年同期为2.1亿元。",
            [("3.2亿元", "2024"), ("2.1亿元", "2023")],
        ),
        (
            "远方电子预计2025年归母净利润为1.5亿元，上年同期亏损0.8亿元。",
            [("1.5亿元", "2025"), ("0.8亿元", "2024")],
        ),
        (
            "远方电子2025年第三季度营收12亿元，去年同期为9亿元。",
            [("12亿元", "2025-09"), ("9亿元", "2024-09")],
        ),
    ],
)
def test_the_same_period_a_year_earlier_is_the_next_figures(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _periods(text, date(2026, 1, 20)) == expected


def test_a_compared_period_belongs_to_the_figure_it_is_attached_to() -> None:
    text = "星河科技2025年流动负债10.9亿元，较2023年的2.9亿元大增。"
    assert _periods(text, date(2026, 3, 1)) == [("10.9亿元", "2025"), ("2.9亿元", "2023")]


def test_a_period_compared_against_is_not_the_figures() -> None:
    text = "星河科技1月26日公告，2025年度预计净利润29亿元左右，与上年同期相比增长约300%。"
    assert _periods(text, date(2026, 1, 27)) == [("29亿元", "2025")]


def test_a_time_that_cannot_be_placed_is_no_anchor_for_the_same_period(tmp_path):
    # 上半年 is a time the text states but no "YYYY-MM" places; 上年同期 after it used to
    # shift that empty period and crash the document's linking.
    text = "星河科技昨日公布，2025年上半年营收为128.6亿元，较上年同期的97.4亿元增长32%。\n"
    path = tmp_path / "zh.md"
    path.write_text(text, encoding="utf-8")
    (document,) = read_corpus([path])
    claims = analyse_document(document).claims
    assert [(c.mention.text, c.entity) for c in claims] == [
        ("128.6亿元", "星河科技"),
        ("97.4亿元", "星河科技"),
    ]
