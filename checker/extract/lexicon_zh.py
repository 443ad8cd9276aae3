"""Lexicons for Chinese money extraction: numerals, magnitudes, currencies, qualifiers."""

from decimal import Decimal

from checker.model import Qualifier

# Chinese digits, including the traditional and the financial ("大写") forms.
DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "贰": 2,
    "貳": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}

# Units below ten thousand: they multiply the digit before them.
SMALL_UNITS: dict[str, int] = {
    "十": 10,
    "拾": 10,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
}

# Myriad units: they multiply everything before them ("三千亿" is 3000 × 10^8).
# 兆 is 10^12, as in Recognizers-Text and in Taiwan and Japan.
LARGE_UNITS: dict[str, int] = {
    "万": 10**4,
    "萬": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "兆": 10**12,
}

# Written inside a numeral before its magnitude: "100多万元", "三十余亿美元".
MORE_THAN_MARKS: str = "多余"

# Arabic digits in full width, read as their ASCII forms.
FULL_WIDTH_DIGITS: dict[int, str] = str.maketrans("０１２３４５６７８９．", "0123456789.")

# The ISO 4217 currencies by their common Chinese names (simplified and traditional), with
# the country where the bare name is shared: "835亿丹麦克朗" (DKK), "20亿瑞典克朗" (SEK),
# "5000万巴西雷亚尔" (BRL), "3亿阿联酋迪拉姆" (AED). A bare shared name ("克朗", "比索") is in
# AMBIGUOUS_NAMES, read from the countries the document names.
WORLD_CURRENCIES: dict[str, tuple[str, ...]] = {
    "DKK": ("丹麦克朗",),
    "SEK": ("瑞典克朗",),
    "NOK": ("挪威克朗",),
    "ISK": ("冰岛克朗",),
    "CZK": ("捷克克朗",),
    "CHF": ("瑞士法郎", "瑞郎"),
    "XOF": ("西非法郎", "非洲金融共同体法郎"),
    "XAF": ("中非法郎",),
    "XPF": ("太平洋法郎",),
    "RUB": ("卢布", "俄罗斯卢布", "盧布", "俄羅斯盧布"),
    "BYN": ("白俄罗斯卢布",),
    "INR": ("印度卢比", "印度盧比"),
    "PKR": ("巴基斯坦卢比",),
    "LKR": ("斯里兰卡卢比",),
    "NPR": ("尼泊尔卢比",),
    "MUR": ("毛里求斯卢比",),
    "IDR": ("印尼盾", "印度尼西亚盾", "印尼卢比"),
    "VND": ("越南盾",),
    "THB": ("泰铢", "泰銖"),
    "MYR": ("林吉特", "马来西亚林吉特", "令吉", "马币"),
    "PHP": ("菲律宾比索",),
    "MXN": ("墨西哥比索",),
    "ARS": ("阿根廷比索",),
    "CLP": ("智利比索",),
    "COP": ("哥伦比亚比索",),
    "UYU": ("乌拉圭比索",),
    "CUP": ("古巴比索",),
    "DOP": ("多米尼加比索",),
    "BRL": ("雷亚尔", "巴西雷亚尔", "巴西雷亞爾", "雷亞爾"),
    "ZAR": ("兰特", "南非兰特", "南非蘭特"),
    "TRY": ("土耳其里拉",),
    "AED": ("阿联酋迪拉姆",),
    "MAD": ("摩洛哥迪拉姆",),
    "SAR": ("沙特里亚尔", "沙特阿拉伯里亚尔"),
    "QAR": ("卡塔尔里亚尔",),
    "OMR": ("阿曼里亚尔",),
    "IRR": ("伊朗里亚尔",),
    "YER": ("也门里亚尔",),
    "KWD": ("科威特第纳尔",),
    "BHD": ("巴林第纳尔",),
    "JOD": ("约旦第纳尔",),
    "IQD": ("伊拉克第纳尔",),
    "DZD": ("阿尔及利亚第纳尔",),
    "TND": ("突尼斯第纳尔",),
    "LYD": ("利比亚第纳尔",),
    "RSD": ("塞尔维亚第纳尔",),
    "EGP": ("埃及镑", "埃镑"),
    "ILS": ("以色列新谢克尔", "新谢克尔", "谢克尔"),
    "KES": ("肯尼亚先令",),
    "TZS": ("坦桑尼亚先令",),
    "UGX": ("乌干达先令",),
    "SOS": ("索马里先令",),
    "ETB": ("埃塞俄比亚比尔",),
    "GHS": ("加纳塞地", "塞地"),
    "NGN": ("奈拉", "尼日利亚奈拉"),
    "BDT": ("孟加拉塔卡", "塔卡"),
    "MMK": ("缅元", "缅甸元", "缅甸缅元"),
    "LAK": ("老挝基普", "基普"),
    "KHR": ("柬埔寨瑞尔", "瑞尔"),
    "MNT": ("蒙古图格里克", "图格里克"),
    "KZT": ("哈萨克斯坦坚戈", "坚戈"),
    "UZS": ("乌兹别克斯坦苏姆",),
    "KGS": ("吉尔吉斯斯坦索姆",),
    "TJS": ("塔吉克斯坦索莫尼", "索莫尼"),
    "AZN": ("阿塞拜疆马纳特",),
    "TMT": ("土库曼斯坦马纳特",),
    "GEL": ("格鲁吉亚拉里",),
    "AMD": ("亚美尼亚德拉姆",),
    "UAH": ("乌克兰格里夫纳", "格里夫纳"),
    "PLN": ("波兰兹罗提", "兹罗提"),
    "HUF": ("匈牙利福林", "福林"),
    "RON": ("罗马尼亚列伊", "列伊"),
    "BGN": ("保加利亚列弗", "列弗"),
    "PEN": ("秘鲁索尔", "秘鲁新索尔"),
    "VES": ("委内瑞拉玻利瓦尔", "玻利瓦尔"),
    "PYG": ("巴拉圭瓜拉尼",),
    "BOB": ("玻利维亚诺",),
    "FJD": ("斐济元",),
    "BND": ("文莱元",),
    "XDR": ("特别提款权",),
}

# Names several countries share, read from the countries a document names: "50亿克朗" in a
# story about 丹麦 is DKK. The first value is the reading when no listed country is named
# (None: the currency is left open).
AMBIGUOUS_NAMES: dict[str, tuple[str | None, dict[str, str]]] = {
    "克朗": (
        None,
        {"丹麦": "DKK", "瑞典": "SEK", "挪威": "NOK", "冰岛": "ISK", "捷克": "CZK"},
    ),
    "比索": (
        None,
        {
            "墨西哥": "MXN",
            "菲律宾": "PHP",
            "阿根廷": "ARS",
            "智利": "CLP",
            "哥伦比亚": "COP",
            "乌拉圭": "UYU",
        },
    ),
    "卢比": (
        "INR",
        {"印度": "INR", "巴基斯坦": "PKR", "斯里兰卡": "LKR", "尼泊尔": "NPR", "印尼": "IDR"},
    ),
    "法郎": ("CHF", {"瑞士": "CHF", "西非": "XOF", "中非": "XAF"}),
    "里拉": ("TRY", {"土耳其": "TRY"}),
    "迪拉姆": ("AED", {"阿联酋": "AED", "迪拜": "AED", "阿布扎比": "AED", "摩洛哥": "MAD"}),
    "里亚尔": (
        None,
        {"沙特": "SAR", "卡塔尔": "QAR", "阿曼": "OMR", "伊朗": "IRR", "也门": "YER"},
    ),
    "第纳尔": (
        None,
        {
            "科威特": "KWD",
            "巴林": "BHD",
            "约旦": "JOD",
            "伊拉克": "IQD",
            "阿尔及利亚": "DZD",
            "突尼斯": "TND",
            "利比亚": "LYD",
            "塞尔维亚": "RSD",
        },
    ),
    "先令": (None, {"肯尼亚": "KES", "坦桑尼亚": "TZS", "乌干达": "UGX", "索马里": "SOS"}),
    "马纳特": (None, {"阿塞拜疆": "AZN", "土库曼斯坦": "TMT"}),
}

# Currency names written after the amount; matched longest first.
# 元 and 块 are generic ("港币100元" is HK$100): see GENERIC_UNITS.
CURRENCY_NAMES: dict[str, str] = {
    **{name: iso for iso, names in WORLD_CURRENCIES.items() for name in names},
    "元": "CNY",
    "圆": "CNY",
    "块": "CNY",
    "块钱": "CNY",
    "人民币": "CNY",
    "人民幣": "CNY",
    "人民币元": "CNY",
    "美元": "USD",
    "美圆": "USD",
    "美金": "USD",
    "港元": "HKD",
    "港币": "HKD",
    "港幣": "HKD",
    "港圆": "HKD",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "澳門幣": "MOP",
    "日元": "JPY",
    "日圆": "JPY",
    "日圓": "JPY",
    "日币": "JPY",
    "日幣": "JPY",
    "欧元": "EUR",
    "歐元": "EUR",
    "英镑": "GBP",
    "英鎊": "GBP",
    "台币": "TWD",
    "台幣": "TWD",
    "新台币": "TWD",
    "新台幣": "TWD",
    "韩元": "KRW",
    "韓元": "KRW",
    "韩币": "KRW",
    "澳元": "AUD",
    "澳币": "AUD",
    "澳大利亚元": "AUD",
    "加元": "CAD",
    "加币": "CAD",
    "加拿大元": "CAD",
    "新加坡元": "SGD",
    "新元": "SGD",
    "新西兰元": "NZD",
    "纽元": "NZD",
    "比特币": "BTC",
}

# Names that mean "the money unit" rather than a currency when another marker says which.
GENERIC_UNITS: frozenset[str] = frozenset({"元", "圆", "块"})

# Characters that, right after 元, make a word that is not money ("一元化", "二元论", "元素").
NOT_MONEY_AFTER_YUAN: str = "化素件论組组次宇宙老首帅旦复音"

# Characters that may follow 块 when it counts money ("三块。", "三块钱", "三块五毛").
KUAI_FOLLOWERS: str = "钱錢毛角分"

# Counter words allowed between an amount and a currency that is counted: "20个比特币".
COUNTERS: dict[str, frozenset[str]] = {"个": frozenset({"BTC"}), "枚": frozenset({"BTC"})}

# Fractional units: currency and value in the main unit. They extend a main-unit
# amount of the same currency ("五元三毛", "两美元又三美分").
SUBUNITS: dict[str, tuple[str, Decimal]] = {
    "角": ("CNY", Decimal("0.1")),
    "毛": ("CNY", Decimal("0.1")),
    "分": ("CNY", Decimal("0.01")),
    "美分": ("USD", Decimal("0.01")),
    "欧分": ("EUR", Decimal("0.01")),
    "便士": ("GBP", Decimal("0.01")),
    "港仙": ("HKD", Decimal("0.01")),
    "日本銭": ("JPY", Decimal("0.01")),
    "日本钱": ("JPY", Decimal("0.01")),
}

# Fractional units that count as money on their own ("三美分"); 角, 毛 and 分 do
# not ("五角大楼", "十分", "三分之一").
STANDALONE_SUBUNITS: frozenset[str] = frozenset(
    {"美分", "欧分", "便士", "港仙", "日本銭", "日本钱"}
)

# Words joining a main-unit amount to its fractional part: "两美元又三美分".
SUBUNIT_JOINERS: tuple[str, ...] = ("又", "零", "和")

# Currency markers written before the amount: "人民币 50元", "RMB 50", "￥300".
PREFIXES: dict[str, str] = {
    **{name: iso for name, iso in CURRENCY_NAMES.items() if name[0] not in "元圆块"},
    "RMB": "CNY",
    "￥": "CNY",
}

# Prefixes read in Chinese text only when a Chinese magnitude or currency word
# follows the digits ("US$5亿", "¥300元"); otherwise the English extractor owns them.
LATIN_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "US＄": "USD",
    "HK$": "HKD",
    "HK＄": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "A$": "AUD",
    "C$": "CAD",
    "$": "USD",
    "＄": "USD",
    "€": "EUR",
    "£": "GBP",
    "￡": "GBP",
    "USD": "USD",
    "HKD": "HKD",
    "CNY": "CNY",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
}

# ¥ is yuan in Chinese text and yen elsewhere: read it when a Han character is this close.
YEN_SIGN_CONTEXT_CHARS: int = 10

# Characters after a prefix-only amount that make it a count, not money ("美元 50次").
COUNT_AFTER: str = "次个件人家只张名位年月日天倍股条辆台项份岁度号期届%％"

# Words before an amount that vague it ("几百万元", "数亿美元"): no figure is read.
VAGUE_BEFORE: str = "几幾数數"

# Qualifiers written before the amount; matched longest first.
QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "约": Qualifier.ABOUT,
    "約": Qualifier.ABOUT,
    "大约": Qualifier.ABOUT,
    "大約": Qualifier.ABOUT,
    "约为": Qualifier.ABOUT,
    "大概": Qualifier.ABOUT,
    "近": Qualifier.NEARLY,
    "将近": Qualifier.NEARLY,
    "將近": Qualifier.NEARLY,
    "接近": Qualifier.NEARLY,
    "超过": Qualifier.MORE_THAN,
    "超過": Qualifier.MORE_THAN,
    "逾": Qualifier.MORE_THAN,
    "多": Qualifier.MORE_THAN,
    "多于": Qualifier.MORE_THAN,
    "高于": Qualifier.MORE_THAN,
    "至少": Qualifier.AT_LEAST,
    "最少": Qualifier.AT_LEAST,
    "不少于": Qualifier.AT_LEAST,
    "最多": Qualifier.UP_TO,
    "最高": Qualifier.UP_TO,
    "多达": Qualifier.UP_TO,
    "不超过": Qualifier.UP_TO,
    "不到": Qualifier.LESS_THAN,
    "不足": Qualifier.LESS_THAN,
    "少于": Qualifier.LESS_THAN,
    "低于": Qualifier.LESS_THAN,
}

# Words that end in a qualifier but are not one: "最近" (recently), "附近" (nearby), "很多".
NOT_QUALIFIERS: frozenset[str] = frozenset({"最近", "附近", "很多", "许多"})

# Qualifiers written after the amount: "1000万元左右".
QUALIFIERS_AFTER: dict[str, Qualifier] = {"左右": Qualifier.ABOUT, "上下": Qualifier.ABOUT}

# Words joining the two ends of a range: "70-80亿元", "4万-6万美元", "500亿至4,500亿美元".
RANGE_CONNECTORS: tuple[str, ...] = ("-", "－", "–", "—", "~", "～", "〜", "至", "到")

# Words joining amounts of a list that states the unit once: "下调950和915元", "3、5亿元".
LIST_CONNECTORS: tuple[str, ...] = ("和", "与", "及", "、")

# Words that make a clause about money, so that an amount with 万 or 亿 and no currency word
# in it is money: "日赚近2亿", "被罚30万", "总市值突破1万亿", "净利润预计4.77亿-6.27亿",
# "票房破40亿", "1400亿市值" (the cue may also follow the amount directly).
MONEY_CUES: tuple[str, ...] = (
    "赚",
    "罚",
    "赔",
    "市值",
    "估值",
    "身价",
    "净利润",
    "净利",
    "利润",
    "盈利",
    "毛利",
    "营收",
    "营业收入",
    "收入",
    "营业额",
    "销售额",
    "成交额",
    "交易额",
    "成交金额",
    "票房",
    "GMV",
    "融资",
    "募资",
    "募集",
    "投资",
    "投入",
    "出资",
    "斥资",
    "耗资",
    "注资",
    "增资",
    "收购",
    "买下",
    "亏损",
    "亏",
    "成本",
    "金额",
    "资金",
    "价格",
    "售价",
    "作价",  # "收购沃尔沃轿车，作价18亿": priced at
    "对价",  # consideration paid
    "报价",
    "定价",
    "价值",
    "净流入",
    "净流出",
    "净买入",
    "净卖出",
    "资产",
    "负债",
    "债务",
    "贷款",
    "现金",
    "预算",
    "费用",
    "开支",
    "支出",
    "补贴",
    "奖金",
    "薪酬",
    "年薪",
    "分红",
    "派息",
    "回购",
    "税",
    "花费",
    "花了",
    "卖出",
    "卖了",
    "售出",
    "出售",
    "拍出",
    "归母",
    "入手",
)

# How far back (in characters, within the clause) a money cue is looked for.
BARE_CUE_REACH: int = 40

# Words that contain a money cue but speak of people or counts: "投资者超过5000万".
NOT_MONEY_CUES: tuple[str, ...] = (
    "投资者",
    "投资人",
    "投资方",
    "税务局",
    "资产负债率",
    "收入者",
    "价格指数",
)

# Measure words and units after an amount that make it a count or a quantity, not money:
# "4万块GPU", "30万辆", "10万台", "5000万用户", "2亿人次", "84万股", "120万桶/日".
MEASURE_WORDS: tuple[str, ...] = (
    *"块辆台个人名家件部吨股张套户次头只份片桶条项篇座栋架艘枚颗粒瓶箱袋包杯单笔例册本首集位支所间根升方亩平米度字注票手年月日天倍岁号期届",
    "千瓦",
    "千瓦时",
    "平方米",
    "平方公里",
    "公里",
    "公顷",
    "人次",
    "用户",
    "网友",
    "观众",
    "粉丝",
    "会员",
    "员工",
    "职工",
    "工人",
    "居民",
    "游客",
    "企业",
    "公司",
    "门店",
    "车辆",
    "订单",
    "token",
    "Token",
    "tokens",
    "%",
    "％",
)

# Minus signs written right before an amount: "Q1净利润-0.1亿", "净利润−3000万元".
MINUS_SIGNS: str = "-－−"

# Words that may follow an amount with no currency word in a money clause: "约5亿左右",
# "5亿以上", "营收5亿同比增长"; so may punctuation, a space, the end of the text, a range
# connector and a money cue ("1400亿市值"). "的" only when no measure word follows it.
BARE_FOLLOWERS: tuple[str, ...] = (
    "大关",
    "关口",
    "左右",
    "上下",
    "以上",
    "以下",
    "以内",
    "多",
    "余",
    "的",
    "同比",
    "环比",
    "较",
    "增长",
    "下降",
    "增加",
    "减少",
    "用于",
    "附近",
)

# Verbs of change by direction: "同比增长25%", "下降至6.2亿元", "减少6.2亿元".
CHANGE_UP_VERBS: tuple[str, ...] = ("增加", "增长", "上升", "提升", "提高", "扩大")
CHANGE_DOWN_VERBS: tuple[str, ...] = ("减少", "下降", "降低", "下滑", "回落", "缩减", "缩小")

# A price band: an amount with no currency word, a band word and, a few characters on, a
# market segment ("40万以上高端纯电市场", "30万级SUV", "20万以内的车型"). The amount is money
# whatever its clause says.
PRICE_BAND_WORDS: tuple[str, ...] = ("以上", "以下", "以内", "级")
SEGMENT_NOUNS: tuple[str, ...] = (
    "市场",
    "车型",
    "价位",
    "价格带",
    "价格区间",
    "区间",
    "轿车",
    "SUV",
    "MPV",
)
SEGMENT_REACH: int = 6

# Nouns for the gap between two figures: after an amount ("约2万亿的差距") they make it money
# when its sentence speaks of money ("估值上限5.7万亿，两者之间约2万亿的差距"), never in a
# sentence that does not ("两款车销量约2万的差距").
DIFFERENCE_NOUNS: tuple[str, ...] = ("差距", "差额", "价差", "落差")

# Words before a magnitude written with no digit that make it an amount of one unit, passed:
# "销售额破亿" (more than 1亿), "完成超亿元融资", "票房过亿". "上亿" and "数亿" stay vague.
LONE_MAGNITUDE_AFTER: tuple[str, ...] = ("破", "过", "超", "逾", "突破")

# The same words negated or turned down, which give no amount: "身价跌破万亿美元" (fell below),
# "营收未破亿".
NOT_LONE_MAGNITUDE_AFTER: tuple[str, ...] = ("跌破", "未破", "不破", "没破", "未过", "未超", "不超")
