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

# Currency names written after the amount; matched longest first.
# 元 and 块 are generic ("港币100元" is HK$100): see GENERIC_UNITS.
CURRENCY_NAMES: dict[str, str] = {
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
    "瑞士法郎": "CHF",
    "瑞郎": "CHF",
    "奈拉": "NGN",
    "韩元": "KRW",
    "韓元": "KRW",
    "韩币": "KRW",
    "卢比": "INR",
    "印度卢比": "INR",
    "巴基斯坦卢比": "PKR",
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
    "卢布": "RUB",
    "泰铢": "THB",
    "林吉特": "MYR",
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
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "A$": "AUD",
    "C$": "CAD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
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
