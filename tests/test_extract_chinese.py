"""Chinese money extraction: numerals, magnitudes, currencies, sub-units, qualifiers, non-money."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.extract.chinese import find_mentions, parse_numeral
from checker.model import Qualifier

# (text, surface of the one figure found, amount in the main unit, ISO currency)
FIGURES = [
    ("江苏彩民15元中大乐透1600万 奖池36.57亿", "15元", "15", "CNY"),
    ("其中，四川彩友中得1注1000万元基本头奖；", "1000万元", "10000000", "CNY"),
    ("奖池金额攀升至36.57亿元。", "36.57亿元", "3657000000", "CNY"),
    ("１欧元可以", "１欧元", "1", "EUR"),
    ("兑换１．０７５３美元", "１．０７５３美元", "1.0753", "USD"),
    ("兑换1.0092瑞士法郎", "1.0092瑞士法郎", "1.0092", "CHF"),
    ("中国资金净流出1200亿美元", "1200亿美元", "120000000000", "USD"),
    ("以每股1.95港元", "1.95港元", "1.95", "HKD"),
    ("港币余额为5亿港币", "5亿港币", "500000000", "HKD"),
    ("央行到期定存单5306亿台币", "5306亿台币", "530600000000", "TWD"),
    ("发行3亿新台币债券", "3亿新台币", "300000000", "TWD"),
    ("东芝重组另需1万亿日元", "1万亿日元", "1000000000000", "JPY"),
    ("10日元5日本銭", "10日元5日本銭", "10.05", "JPY"),
    ("达到445奈拉兑换", "445奈拉", "445", "NGN"),
    ("投资1000亿韩元", "1000亿韩元", "100000000000", "KRW"),
    ("售价999卢比", "999卢比", "999", "INR"),
    ("收购价为20亿澳元", "20亿澳元", "2000000000", "AUD"),
    ("融资5亿加元", "5亿加元", "500000000", "CAD"),
    ("估值30亿新加坡元", "30亿新加坡元", "3000000000", "SGD"),
    ("罚款2亿欧元", "2亿欧元", "200000000", "EUR"),
    ("年薪50万英镑", "50万英镑", "500000", "GBP"),
    ("十五美元", "十五美元", "15", "USD"),
    ("十美元", "十美元", "10", "USD"),
    ("苹果折扣一美元", "一美元", "1", "USD"),
    ("这台电脑两美元", "两美元", "2", "USD"),
    ("这台电脑两美元又三美分", "两美元又三美分", "2.03", "USD"),
    ("这个手机壳五元三毛", "五元三毛", "5.3", "CNY"),
    ("50元6角三分", "50元6角三分", "50.63", "CNY"),
    ("我有一千元", "一千元", "1000", "CNY"),
    ("市值三千亿元", "三千亿元", "300000000000", "CNY"),
    ("为四十九兆九千五百九十二億元，", "四十九兆九千五百九十二億元", "49959200000000", "CNY"),
    ("一亿五千万元", "一亿五千万元", "150000000", "CNY"),
    ("两万五千元", "两万五千元", "25000", "CNY"),
    ("两万五元", "两万五元", "25000", "CNY"),
    ("一万零五元", "一万零五元", "10005", "CNY"),
    ("壹万贰仟元整", "壹万贰仟元", "12000", "CNY"),
    ("小米斥资百万美元购买金山云股权", "百万美元", "1000000", "USD"),
    ("总额2,000亿元", "2,000亿元", "200000000000", "CNY"),
    ("总额１，０００元", "１，０００元", "1000", "CNY"),
    ("8亿元人民币", "8亿元人民币", "800000000", "CNY"),
    ("人民币  50元", "人民币  50元", "50", "CNY"),
    ("人民币 8千元", "人民币 8千元", "8000", "CNY"),
    ("支付4人民币", "4人民币", "4", "CNY"),
    ("募资RMB 50亿", "RMB 50亿", "5000000000", "CNY"),
    ("售价￥300，", "￥300", "300", "CNY"),
    ("售价¥300元", "¥300元", "300", "CNY"),
    ("港币100元", "港币100元", "100", "HKD"),
    ("以US$5亿收购", "US$5亿", "500000000", "USD"),
    ("我有20个比特币", "20个比特币", "20", "BTC"),
    ("手续费三美分", "三美分", "0.03", "USD"),
    ("还剩三块五毛", "三块五毛", "3.5", "CNY"),
    ("花了三块钱", "三块钱", "3", "CNY"),
    ("统一5亿元", "5亿元", "500000000", "CNY"),
    ("我们有 202107211321363588510367 美元", "202107211321363588510367 美元",
     "202107211321363588510367", "USD"),
]  # fmt: skip

# Text in which no money figure is written.
NOT_MONEY = [
    "五角大楼宣布了作战计划",
    "标准普尔指数下降",
    "人民币 美元",
    "人民币美元",
    "发议时，订单号 A202107211321363588510367 可用作",
    "奖池36.57亿，销量1600万",
    "一元化管理",
    "二元论",
    "三块蛋糕",
    "一块儿去",
    "十分重要",
    "三分之一",
    "兑换美元 50次",
    "几百万元",
    "数十亿美元",
    "售价$20",
    "2015年",
]


@pytest.mark.parametrize(("text", "surface", "amount", "currency"), FIGURES)
def test_figure(text: str, surface: str, amount: str, currency: str) -> None:
    [mention] = find_mentions(text, "a.txt")
    assert (mention.text, mention.amount, mention.currency) == (surface, Decimal(amount), currency)
    assert text[mention.start : mention.end] == surface
    assert mention.path == "a.txt"


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert find_mentions(text) == []


def test_two_currencies_are_two_figures() -> None:
    mentions = find_mentions("这个手机壳花费你五美元和花费我三块")
    assert [(m.text, m.amount, m.currency) for m in mentions] == [
        ("五美元", Decimal(5), "USD"),
        ("三块", Decimal(3), "CNY"),
    ]


def test_suffix_binds_before_the_next_amount() -> None:
    mentions = find_mentions("4人民币5美元")
    assert [(m.text, m.currency) for m in mentions] == [("4人民币", "CNY"), ("5美元", "USD")]


def test_symbols_between_chinese_prices() -> None:
    mentions = find_mentions("在下面的价格中选一个，$20，300美圆, ￥300, ok?")
    assert [(m.text, m.amount, m.currency) for m in mentions] == [
        ("300美圆", Decimal(300), "USD"),
        ("￥300", Decimal(300), "CNY"),
    ]


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("8亿元人民币", ("CNY",)),
        ("港币100元", ("HKD",)),
        ("US$5亿人民币", ("USD", "CNY")),
    ],
)
def test_currency_markers(text: str, markers: tuple[str, ...]) -> None:
    [mention] = find_mentions(text)
    assert mention.currency_markers == markers


@pytest.mark.parametrize(
    ("text", "scale_word", "precision"),
    [
        ("36.57亿元", "亿", Decimal("0.005") * 10**8),
        ("1万亿日元", "万亿", Decimal("0.5") * 10**12),
        ("百万美元", "百万", Decimal("0.5") * 10**6),
        ("三千亿元", "千亿", Decimal("0.5") * 10**11),
        ("四十九兆九千五百九十二億元", "億", Decimal("0.5") * 10**8),
        ("一千元", None, Decimal(500)),
        ("15元", None, Decimal("0.5")),
        ("50元6角三分", None, Decimal("0.005")),
    ],
)
def test_scale_word_and_precision(text: str, scale_word: str | None, precision: Decimal) -> None:
    [mention] = find_mentions(text)
    assert (mention.scale_word, mention.precision) == (scale_word, precision)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("约5亿美元", Qualifier.ABOUT),
        ("大约5亿美元", Qualifier.ABOUT),
        ("近5亿美元", Qualifier.NEARLY),
        ("将近一千元", Qualifier.NEARLY),
        ("超过100亿港元", Qualifier.MORE_THAN),
        ("逾3000万元", Qualifier.MORE_THAN),
        ("营收100多亿元", Qualifier.MORE_THAN),
        ("至少2亿元", Qualifier.AT_LEAST),
        ("最多2亿元", Qualifier.UP_TO),
        ("不到5万元", Qualifier.LESS_THAN),
        ("1000万元左右", Qualifier.ABOUT),
        ("最近5亿元", Qualifier.EXACT),
        ("5亿元", Qualifier.EXACT),
    ],
)
def test_qualifier(text: str, qualifier: Qualifier) -> None:
    [mention] = find_mentions(text)
    assert mention.qualifier == qualifier


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十五", 15),
        ("一百五", 150),
        ("一百零五", 105),
        ("二〇一五", 2015),
        ("四十九兆九千五百九十二億", 49959200000000),
        ("1万亿", 10**12),
        ("3千5百万", 35000000),
    ],
)
def test_parse_numeral(numeral: str, value: int) -> None:
    parsed = parse_numeral(numeral)
    assert parsed is not None
    assert parsed.value == value


@pytest.mark.parametrize("numeral", ["万", "十百", "一万两万", "一二千"])
def test_parse_numeral_rejects(numeral: str) -> None:
    assert parse_numeral(numeral) is None


@given(
    st.text(
        alphabet="0123456789０１,，.．一二两十百千万亿兆零元块角分美港人民币又和多约个比特 $￥¥",
        max_size=30,
    )
)
def test_surface_is_the_text_at_its_offsets(text: str) -> None:
    for mention in find_mentions(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.currency in mention.currency_markers
