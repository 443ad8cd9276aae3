"""Chinese money extraction: numerals, magnitudes, currencies, sub-units, qualifiers, non-money."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.extract import chinese, extract_mentions
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
        assert mention.currency is None or mention.currency in mention.currency_markers


# Chinese as it is typed: spaced magnitudes and decimal points, full-width separators and
# digits, traditional magnitudes; every currency by its Chinese name.
TYPED_FIGURES = [
    ("这家初创公司完成了 800 万美元的种子轮", "800 万美元", "8000000", "USD"),
    ("微软将投资 600 亿美元建设数据中心", "600 亿美元", "60000000000", "USD"),
    ("本季度收入为 3 . 2 亿美元", "3 . 2 亿美元", "320000000", "USD"),
    ("公司上半年营收 3.45 亿元", "3.45 亿元", "345000000", "CNY"),
    ("该集团去年净赚 84 亿港元", "84 亿港元", "8400000000", "HKD"),
    ("这款电动车售价 28，900 美元", "28，900 美元", "28900", "USD"),
    ("募得２８億元", "２８億元", "2800000000", "CNY"),
    ("年度預算為3萬元", "3萬元", "30000", "CNY"),
    ("向丹麦政府缴纳835亿丹麦克朗", "835亿丹麦克朗", "83500000000", "DKK"),
    ("瑞典央行注入20亿瑞典克朗", "20亿瑞典克朗", "2000000000", "SEK"),
    ("挪威主权基金亏损300亿挪威克朗", "300亿挪威克朗", "30000000000", "NOK"),
    ("这笔交易价值12亿瑞士法郎", "12亿瑞士法郎", "1200000000", "CHF"),
    ("台积电拨出500亿新台币", "500亿新台币", "50000000000", "TWD"),
    ("现代汽车投资2万亿韩元", "2万亿韩元", "2000000000000", "KRW"),
    ("泰国央行拨款30亿泰铢", "30亿泰铢", "3000000000", "THB"),
    ("俄企被罚5000万卢布", "5000万卢布", "50000000", "RUB"),
    ("该行向印尼工厂贷款1.5万亿印尼盾", "1.5万亿印尼盾", "1500000000000", "IDR"),
    ("越南子公司营收8万亿越南盾", "8万亿越南盾", "8000000000000", "VND"),
    ("巴西子公司融资6亿雷亚尔", "6亿雷亚尔", "600000000", "BRL"),
    ("在南非投资15亿兰特", "15亿兰特", "1500000000", "ZAR"),
    ("土耳其工厂耗资40亿土耳其里拉", "40亿土耳其里拉", "4000000000", "TRY"),
    ("迪拜项目总额20亿阿联酋迪拉姆", "20亿阿联酋迪拉姆", "2000000000", "AED"),
    ("合同金额为5亿沙特里亚尔", "5亿沙特里亚尔", "500000000", "SAR"),
    ("马来西亚工厂投入3亿林吉特", "3亿林吉特", "300000000", "MYR"),
    ("墨西哥工厂耗资90亿墨西哥比索", "90亿墨西哥比索", "9000000000", "MXN"),
    ("澳洲矿山估值45亿澳元", "45亿澳元", "4500000000", "AUD"),
    ("新加坡子公司融资2亿新加坡元", "2亿新加坡元", "200000000", "SGD"),
    ("波兰工厂投资10亿兹罗提", "10亿兹罗提", "1000000000", "PLN"),
    # 元 guards words like 元素 only when 元 itself is the currency word.
    ("微软投入25亿美元组建新公司", "25亿美元", "2500000000", "USD"),
    ("完成1亿美元首轮融资", "1亿美元", "100000000", "USD"),
    ("出资1亿元组建合资公司", "1亿元", "100000000", "CNY"),
    ("以18亿日元宇宙飞船项目为例", "18亿日元", "1800000000", "JPY"),
    # A minus sign before a figure that does not end a range.
    ("公司净利润-3000万元，同比转亏", "-3000万元", "-30000000", "CNY"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "amount", "currency"), TYPED_FIGURES)
def test_typed_figure(text: str, surface: str, amount: str, currency: str) -> None:
    [mention] = find_mentions(text)
    assert (mention.text, mention.amount, mention.currency) == (surface, Decimal(amount), currency)
    assert text[mention.start : mention.end] == surface


@pytest.mark.parametrize(
    ("text", "currency", "note"),
    [
        ("丹麦制药公司营收800亿克朗", "DKK", "inferred: '克朗' read as DKK"),
        ("墨西哥工厂投资50亿比索", "MXN", "inferred: '比索' read as MXN"),
        ("该公司在印度售出手机，营收20亿卢比", "INR", "inferred: '卢比' read as INR"),
        ("营收800亿克朗", None, "no currency: '克朗' is shared by several currencies"),
    ],
)
def test_shared_currency_name_is_read_from_the_country(
    text: str, currency: str | None, note: str
) -> None:
    [mention] = find_mentions(text)
    assert mention.currency == currency
    assert mention.currency_note.startswith(note)


# (text, every figure as (surface, amount, currency, qualifier))
RANGES = [
    ("公司预计全年营收70-80亿元", [("70", "7e9", "CNY", "range_low"),
                                  ("80亿元", "8e9", "CNY", "range_high")]),
    ("种子轮融资4万-6万美元", [("4万", "4e4", "USD", "range_low"),
                             ("6万美元", "6e4", "USD", "range_high")]),
    ("影响区间为500亿至4,500亿美元", [("500亿", "5e10", "USD", "range_low"),
                                    ("4,500亿美元", "4.5e11", "USD", "range_high")]),
    ("降幅为1.15万亿 - 2.125万亿美元", [("1.15万亿", "1.15e12", "USD", "range_low"),
                                     ("2.125万亿美元", "2.125e12", "USD", "range_high")]),
    ("单价约3-5美分", [("3", "0.03", "USD", "about"), ("5美分", "0.05", "USD", "range_high")]),
    ("人民币70-80亿元", [("人民币70", "7e9", "CNY", "range_low"),
                       ("80亿元", "8e9", "CNY", "range_high")]),
    ("净利润预计4.77亿-6.27亿", [("4.77亿", "4.77e8", None, "range_low"),
                               ("6.27亿", "6.27e8", None, "range_high")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), RANGES)
def test_both_ends_of_a_range(text: str, figures: list[tuple[str, str, str, str]]) -> None:
    mentions = find_mentions(text)
    assert [(m.text, m.amount, m.currency, m.qualifier.value) for m in mentions] == [
        (surface, Decimal(amount), currency, qualifier)
        for surface, amount, currency, qualifier in figures
    ]
    assert len({m.range_group for m in mentions}) == 1
    assert mentions[0].range_group is not None


@pytest.mark.parametrize("text", ["2024-5亿元", "GLP-1亿元"])
def test_a_year_or_code_before_a_dash_is_no_range(text: str) -> None:
    [mention] = find_mentions(text)
    assert (mention.qualifier, mention.range_group, mention.amount > 0) == (
        Qualifier.EXACT,
        None,
        True,
    )


# Amounts in 万/亿 with no currency word in a clause about money.
BARE = [
    ("他在最火的时候日赚近2亿", "2亿", "200000000", Qualifier.NEARLY),
    ("这家餐馆因违规被罚30万。", "30万", "300000", Qualifier.EXACT),
    ("该公司总市值突破1万亿", "1万亿", "1000000000000", Qualifier.EXACT),
    ("上映首周票房破15亿，", "15亿", "1500000000", Qualifier.EXACT),
    ("一家1400亿市值的饮料龙头", "1400亿", "140000000000", Qualifier.EXACT),
    ("本轮融资5亿的估值", "5亿", "500000000", Qualifier.EXACT),
    ("今日成交金额约8000万左右", "8000万", "80000000", Qualifier.ABOUT),
    ("行业资金流向：30.5亿净流入半导体", "30.5亿", "3050000000", Qualifier.EXACT),
    ("Q1净利润-0.1亿，同比转亏", "-0.1亿", "-10000000", Qualifier.EXACT),
    # Price bands: a band word and a market segment after the amount.
    ("这款车稳居25万以上纯电SUV市场前列", "25万", "250000", Qualifier.EXACT),
    ("主打15万级纯电SUV", "15万", "150000", Qualifier.EXACT),
    ("新品定位在8万以内的车型", "8万", "80000", Qualifier.EXACT),
    # Entry prices, parent-company valuations, "around" after the amount.
    ("租电方案不到18万的入手门槛", "18万", "180000", Qualifier.LESS_THAN),
    ("剔除少数股东权益后，归母口径约1.2万亿。", "1.2万亿", "1200000000000", Qualifier.ABOUT),
    ("归母估值落在0.9万亿附近", "0.9万亿", "900000000000", Qualifier.EXACT),
    # A gap between money figures of the sentence.
    ("两家券商的估值相差甚远，约6000亿的差距", "6000亿", "600000000000", Qualifier.ABOUT),
    # A magnitude with no digit, passed: one unit, more than.
    ("新品上市三个月销售额破亿", "亿", "100000000", Qualifier.MORE_THAN),
    ("这家公司的市值突破万亿", "万亿", "1000000000000", Qualifier.MORE_THAN),
    ("暑期档单日票房过亿，", "亿", "100000000", Qualifier.MORE_THAN),
]


@pytest.mark.parametrize(("text", "surface", "amount", "qualifier"), BARE)
def test_amount_without_currency_word_in_a_money_clause(
    text: str, surface: str, amount: str, qualifier: Qualifier
) -> None:
    [mention] = find_mentions(text)
    assert (mention.text, mention.amount, mention.currency, mention.qualifier) == (
        surface,
        Decimal(amount),
        None,
        qualifier,
    )


# Counts and quantities: measure words, nouns counted, clauses with no money cue.
COUNTS = [
    "这家公司采购了4万块GPU",
    "全年销量30万辆",
    "累计出货10万台",
    "平台拥有5000万用户",
    "景区接待游客2亿人次",
    "营收增长的同时，用户突破5000万",
    "控股股东拟减持不超过84万股",
    "投资者数量超过2亿",
    "融资客数量达到600万户",
    "该县人口约80万",
    "年产能从350万辆削减至250万辆",
    "5000万的用户",
    # Band words and gaps without a segment or a money sentence; magnitudes not passed.
    "两款车型的销量约2万的差距",
    "车间达到10万级洁净标准",
    "覆盖300万以上人口的城市",
    "注册会员数量过亿",
    "短视频播放量破亿",
    "上亿用户",
]


@pytest.mark.parametrize("text", COUNTS)
def test_counts_are_not_money(text: str) -> None:
    assert find_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "currencies", "note"),
    [
        ("营收5亿美元，净利润1亿。", ["USD", "USD"], "inferred: the sentence's figure '5亿美元'"),
        ("公司营收10亿元。\n其中净利润预计2亿。", ["CNY", "CNY"], "inferred: a Chinese amount"),
        ("公司营收10亿美元。\n净利润2亿，同比增长。", ["USD", "USD"], "inferred: every other"),
        ("他被罚30万。", ["CNY"], "inferred: a Chinese amount with no currency word is yuan"),
    ],
)
def test_amounts_without_currency_word_take_the_currency_of_their_context(
    text: str, currencies: list[str], note: str
) -> None:
    mentions = extract_mentions(text)
    assert [m.currency for m in mentions] == currencies
    assert mentions[-1].currency_note.startswith(note)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("净利润为9.2亿元-11亿元，同比增长", [("9.2亿元", "9.2e8", "range_low"),
                                          ("11亿元", "1.1e9", "range_high")]),
        ("汽油价格每吨分别下调350和330元", [("350", "350", "exact"), ("330元", "330", "exact")]),
        ("三年收入分别为1.5亿、2.5亿、3.6亿元", [("1.5亿", "1.5e8", "exact"),
                                             ("2.5亿", "2.5e8", "exact"),
                                             ("3.6亿元", "3.6e8", "exact")]),
        ("营收从8亿元-6亿元", [("8亿元", "8e8", "exact"), ("6亿元", "6e8", "exact")]),
        ("折合人民币约3.2万亿（按汇率计算）", [("人民币约3.2万亿", "3.2e12", "about")]),
        ("多只个股市值超千亿大关", [("千亿", "1e11", "exact")]),
        ("对应约6.5万亿的目标市值", [("6.5万亿", "6.5e12", "about")]),
    ],
)  # fmt: skip
def test_lists_and_ranges_that_state_the_unit_once(
    text: str, figures: list[tuple[str, str, str]]
) -> None:
    mentions = find_mentions(text)
    assert [(m.text, m.amount, m.qualifier.value) for m in mentions] == [
        (surface, Decimal(amount), qualifier) for surface, amount, qualifier in figures
    ]


@pytest.mark.parametrize(
    ("text", "surface", "amount"),
    [
        ("公司完成超亿元B轮融资", "亿元", "100000000"),
        ("累计获得超万亿美元订单", "万亿美元", "1000000000000"),
    ],
)
def test_a_passed_magnitude_with_a_currency_word(text: str, surface: str, amount: str) -> None:
    [mention] = find_mentions(text)
    assert (mention.text, mention.amount, mention.qualifier) == (
        surface,
        Decimal(amount),
        Qualifier.MORE_THAN,
    )


@pytest.mark.parametrize("text", ["他的身价已跌破万亿美元", "全年营收未破亿"])
def test_a_magnitude_fallen_below_or_not_reached_gives_no_amount(text: str) -> None:
    assert find_mentions(text) == []


NAMES = ("美元", "元", "港元", "亿", "亿元", "约", "大约", "US$", "$")


@given(
    st.lists(st.sampled_from([*NAMES, "5", " ", "x", "大", "港"]), max_size=12).map("".join),
    st.integers(0, 40),
    st.integers(0, 5),
)
def test_longest_name_lookups_match_a_plain_scan(text, at, floor):
    """At every offset the extractor asks about (a position in the text or past its end)."""

    def plain_starting() -> str | None:
        found = [name for name in NAMES if text.startswith(name, at)]
        return max(found, key=len) if found else None

    def plain_ending() -> str | None:
        found = [n for n in NAMES if at - len(n) >= floor and text.endswith(n, 0, at)]
        return max(found, key=len) if found else None

    assert chinese._longest_starting_at(text, at, NAMES) == plain_starting()
    assert chinese._longest_ending_at(text, at, floor, NAMES) == plain_ending()


def test_every_figure_word_holds_a_han_character() -> None:
    """The Chinese pass skips a text with no Han character and no prefix written without one
    ("RMB", "￥"): it relies on every currency word, counter, sub-unit and magnitude holding one."""
    from checker.extract import lexicon_zh
    from checker.patterns import HAN

    tables = (
        lexicon_zh.CURRENCY_NAMES,
        lexicon_zh.AMBIGUOUS_NAMES,
        lexicon_zh.COUNTERS,
        lexicon_zh.SUBUNITS,
        lexicon_zh.LARGE_UNITS,
    )
    assert all(HAN.search(word) for table in tables for word in table)


@pytest.mark.parametrize(
    ("text", "surface"),
    [("The fee was RMB 50 in cash.", "RMB 50"), ("Tickets cost ￥300 each.", "￥300")],
)
def test_a_prefix_without_han_is_read_in_text_without_han(text: str, surface: str) -> None:
    assert [m.text for m in find_mentions(text)] == [surface]


def test_text_without_han_or_a_chinese_prefix_has_no_chinese_figure() -> None:
    assert find_mentions("Sales rose to $40 and 3,000 units in 2023, up 5%.") == []


def test_a_measure_word_after_de_starts_the_noun_the_amount_describes() -> None:
    texts = [m.text for m in extract_mentions("华岭银行宣布一项规模20亿的股票回购计划。")]
    assert texts == ["20亿"]
    assert [m.text for m in extract_mentions("华岭银行回购了84万股。")] == []
