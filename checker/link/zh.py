"""What a figure in a Chinese sentence describes: cue words for metrics, periods and the
company, as data, read by small hooks in metrics.py, periods.py and entities.py."""

from __future__ import annotations

import functools
from datetime import date

import regex

from checker.model import Mention
from checker.patterns import HAN, lazy

# Metric cue words, matched longest first: the words right after a figure ("15亿美元收购",
# "1亿美元首轮融资", "1400亿市值") win over the nearest before it in its clause ("估值达到",
# "净利润为"), then the words later in its clause.
METRIC_CUES: dict[str, tuple[str, ...]] = {
    "valuation": ("估值", "投后估值", "投前估值", "估价"),
    "market_cap": ("市值", "总市值", "流通市值"),
    "funding": ("融资", "募资", "募集资金", "募得", "首轮融资", "轮融资", "募集"),
    "revenue": ("营收", "营业收入", "收入", "销售额", "营业额", "总营收"),
    "profit": ("净利润", "利润", "盈利", "净利", "归母净利润", "扣非净利润", "赚", "净赚"),
    "loss": ("亏损", "净亏损", "亏", "亏掉"),
    "investment": ("入股", "投资", "注资", "增资", "投入", "出资", "战略投资"),
    # 套现: cashed out by selling shares ("实控人套现逾27亿元").
    "price_paid": ("收购", "买下", "作价", "斥资", "对价", "交易对价", "收购价", "套现"),
    "share_price": (
        *("股价", "每股", "发行价", "/股", "收盘价", "开盘价", "转让价格", "询价", "EPS"),
        *("每股收益", "每股盈利", "每股利润", "股息", "红利"),
    ),
    # Fines, wealth, rates, and amounts per person, per period or per unit ("月收入6435元",
    # "中一签盈利20万元", "日赚1.98亿元", "4000元/月"), which are no company's total.
    "other": (
        "罚款",
        "被罚",
        "罚",
        "罚金",
        "赔偿",
        "身价",
        "财富",
        "汇率",
        "补贴",
        "月收入",
        "月薪",
        "年薪",
        "人均",
        "一签",
        "每赚",
        "日赚",
        "日均",
        "每天",
        "每月",
        "每年",
        "每人",
        "一天",
        "/月",
        "/年",
        "/人",
        "/斤",
        "/吨",
        "/台",
        "/辆",
        "注册资本",
        "认缴",
        "成本",
        "费用",
        "限额",
        "上限",
        "下限",
        "门槛",
    ),
}

# A company name ends in one of these ("腾讯公司", "小米集团", "宁德时代科技"), or is the
# subject before one of SUBJECT_ENDS ("美团被罚", "字节跳动的估值", "比亚迪宣布").
NAME_SUFFIXES: tuple[str, ...] = (
    "公司",
    "集团",
    "科技",
    "股份",
    "银行",
    "控股",
    "汽车",
    "证券",
    "资本",
    "基金",
    "保险",
    "电子",
    "网络",
    "能源",
    "医药",
    "智能",
    "半导体",
    "实业",
    "传媒",
    "生物",
)
# Adverbs right after a sentence's subject, before its verb ("星展同时宣布", "Prosus首次减持",
# "海川也将"): the subject ends where one starts.
SUBJECT_ADVERBS: tuple[str, ...] = (
    *("同时", "首次", "再次", "随后", "此前", "已经", "正式", "也将", "也已", "还将", "则将"),
    *("截至", "截止", "预计", "预测", "预估", "据此"),
    *("近日", "日前", "今日", "昨日", "本周", "周一", "周二", "周三", "周四", "周五", "周六"),
    "周日",
)
SUBJECT_ENDS: tuple[str, ...] = (
    "的",
    "宣布",
    "完成",
    "获得",
    "获",
    "以",
    "被",
    "将",
    "拟",
    "已",
    "在",
    "于",
    "向",
    "称",
    "表示",
    "发布",
    "实现",
    "上半年",
    "下半年",
    "前三季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "今年",
    "去年",
    "本轮",
    "近日",
    "日前",
    "同比",
    "因",
    "年化",  # "Lumora年化收入": annualised, a modifier of the metric after the subject
    *(cue for cues in METRIC_CUES.values() for cue in cues),
    *SUBJECT_ADVERBS,
)
# A period or a view opening a sentence before its subject or metric ("第三季度营业利润",
# "全年总收入", "分季度看，"), and the first word of a metric's name ("营业利润", "经营现金流"):
# no company.
PERIOD_OPENERS: tuple[str, ...] = (
    *("第一季度", "第二季度", "第三季度", "第四季度", "上半年", "下半年", "前三季度", "全年"),
    *("分季度看", "分业务看", "整体来看", "总体来看", "上一财年", "上财年", "本财年"),
)
METRIC_PREFIXES: tuple[str, ...] = (
    *("营业", "经营", "税前", "税后", "毛利", "总收入", "净利息", "手续费", "佣金", "利息"),
)

# Words that open a sentence where a subject would, but are no company: "公司预计",
# "归属于上市公司股东的净利润", "其中", "报告期内".
NOT_NAMES: tuple[str, ...] = (
    *("公司", "该公司", "本公司", "上市公司", "归属", "归母", "扣非", "预计", "其中", "报告期"),
    *("本次", "本轮", "此次", "该", "这", "其", "他", "她", "我", "你", "对此", "对比"),
    *("相当于", "截至", "截止", "数据", "财报", "公告", "根据", "按照", "如果", "若", "但"),
    *("而", "以", "在", "从", "由", "与", "和", "全年", "单季", "同期", "上年", "据", "规模"),
    # "按当前汇率计算" (at today's rate), "当时市场对其估值" (the market then), "上市数日后"
    # (days after listing), "三家公司合计" (the three companies together).
    *("按", "当时", "上市", "合计", "总计", "两家", "三家", "几家", "多家", "各家"),
    # A count that opens a noun phrase: "一则新闻", "一家公司", "一位投资人".
    *("一则", "一家", "一位", "一名", "一个", "一笔"),
    *METRIC_PREFIXES,
    # Conjunctions that join a second verb to the subject before: "并另派", "且将".
    *("并", "且", "另"),
)

# Words that make a figure a forecast or a goal when its sentence has one before it:
# "公司预计2025年净利润1.35亿元—1.55亿元", "预估为23.23万亿韩元".
TARGET_WORDS: tuple[str, ...] = (
    *("预计", "预估", "预期", "预测", "目标", "指引", "有望", "计划", "力争", "或将", "将达"),
)

# Words before an amount in its clause that make it an amount per unit, per person or per
# period ("每吨", "每百元营业收入", "人均", "一天收入", "中一签盈利"), no company's total;
# "每股" and "10派" make it a per-share amount.
PER_UNIT_OPENERS: tuple[str, ...] = (
    *("每", "人均", "年均", "日均", "户均", "单日", "一天", "日收入", "日赚", "一签", "单价"),
)

# Words that end the name of a business, not a company: "量贩零食业务", "汽车板块".
BUSINESS_UNITS: tuple[str, ...] = ("业务", "板块", "部门", "事业部", "事业群", "分部")
# Words after 投资/收购 that start no company's name: "投资建设", "投资金额", "收购价格".
NOT_TARGETS: tuple[str, ...] = (
    *("建设", "设立", "新建", "扩建", "兴建", "开发", "研发", "生产", "成立", "运营", "布局"),
    *("总额", "金额", "规模", "收益", "回报", "价值", "价格", "资金", "者", "人", "方", "机构"),
    *("了", "约", "超", "近", "逾", "不", "事项", "项目", "标的", "资产", "股权", "股份"),
    # A verb's auxiliary after the noun 投资 ("这笔投资将在明年1月完成"): no company follows.
    *("将", "已", "于"),
)

# Words opening a clause whose figure is a part of the total before it ("营收598.9亿美元，
# 其中广告收入581.4亿美元"): a segment's amount, not the company's metric.
PART_OPENERS: tuple[str, ...] = ("其中", "其中的", "包括")

# Verbs whose object is the company a transaction figure is about ("收购饿了么", "入股蔚来").
TARGET_VERBS: tuple[str, ...] = ("收购", "入股", "投资", "注资", "增资", "买下", "购买", "认购")
# Words that open a sentence before its subject: "2024年5月，", "近日，", "据悉".
OPENERS: tuple[str, ...] = (
    *("据悉", "据了解", "据报道", "据消息人士", "消息人士称", "当地时间", "财报显示", "数据显示"),
    *("近日", "日前", "此前", "目前", "今年", "去年", "同时", "另外", "同年", "当年", "次年"),
    # Conjunctions that turn to another subject: "而Lumora年化收入为25亿美元" ("whereas Lumora's").
    *("而", "但", "不过", "相比之下", "与此同时"),
)

# Chinese periods: (kind, pattern). A year with its month or quarter comes before the year.
PERIOD_PATTERNS: tuple[tuple[str, str], ...] = (
    # The same months a year before the period stated nearby: "上年同期为2.1亿元" after
    # "2024年净利润3.2亿元" is 2023's; "2022年同期" names the year.
    ("zh_same_period", r"(?:上年|去年|上一年度?|(?P<y>(?:19|20)\d\d)\s*年)同期"),
    ("zh_month", r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?"),
    # A month of the year stated before it: "2021年4月……同年10月" is October 2021.
    ("zh_same_year_month", r"(?:同年|当年)\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?"),
    (
        "zh_quarter",
        r"(?:(?P<y>(?:19|20)\d\d)\s*年(?:度)?\s*(?:的)?)?"
        r"(?:第(?P<q>[一二三四1-4])季度|(?P<q1>[一二三四])季度|(?<=\p{Han}|年)[Qq](?P<q2>[1-4])(?![\d])|"
        r"(?P<h>上|下)半年|(?P<nine>前三季度)|第(?P<fiscal>[一二三四1-4])财(?:政)?季(?:度)?)",
    ),
    ("zh_year", r"(?P<y>(?:19|20)\d\d)\s*(?:财)?年(?:度)?"),
    ("zh_relative", r"(?P<rel>今年|去年|明年)"),
    ("zh_month_only", r"(?<![\d年个])(?P<m>1[0-2]|[1-9])月(?:份)?"),
)
QUARTER_NUMBERS: dict[str, int] = {"一": 1, "二": 2, "三": 3, "四": 4}
RELATIVE_YEARS: dict[str, int] = {"今年": 0, "去年": -1, "明年": 1}

_PARAGRAPH_START = lazy(r"\n")
_PART_OPENING = lazy(r"\s*(?:" + "|".join(map(regex.escape, PART_OPENERS)) + ")")
# A part opener set off by a comma at the head of a sentence governs the whole sentence, up to
# its full stop or semicolon: "其中，汽车业务营收2088亿元，同比增长91%" ("of which, the car
# business's revenue was ...").
_PART_SENTENCE_OPENING = lazy(
    r"\s*(?:" + "|".join(map(regex.escape, PART_OPENERS)) + r")\s*[，,]"
    # Not a span of the period stated before ("其中，第三季度净利润预计为1.15亿元", "其中，第二季
    # 度，腾讯实现营收2047.85亿元"): the company's own figure for a shorter period.
    r"(?!\s*(?:(?:19|20)\d\d\s*年)?(?:第[一二三四1-4]季度|[一二三四]季度|[上下]半年|前三季度|"
    r"\d{1,2}\s*月|[Qq][1-4]|单季))"
)
_PER_UNIT = lazy(
    r"(?P<share>每[\d一二三四五六七八九十]*股|(?<![\d.])\d+股?派)|"
    + "|".join(map(regex.escape, PER_UNIT_OPENERS))
)
_MONEY_AMOUNT = lazy(r"\d[\d.,]*\s*[万亿]*\s*(?:\p{Han}{0,2}元|\p{Sc})")
_SUBJECT_SENTENCE = lazy(r"[。！？!?\n]")
_TARGET_WORD = lazy("|".join(map(regex.escape, TARGET_WORDS)))
_NOT_NAME = lazy("|".join(map(regex.escape, NOT_NAMES)))
_NOT_TARGET = lazy("|".join(map(regex.escape, (*NOT_NAMES, *NOT_TARGETS))))
_SENTENCE_START = lazy(r"[。！？；!?;\n]")
_CLAUSE_START = lazy(r"[，,。！？；!?;：:\n]")
_CUE_BY_LENGTH = sorted(
    ((cue, metric) for metric, cues in METRIC_CUES.items() for cue in cues),
    key=lambda item: -len(item[0]),
)
_CUE = lazy("|".join(regex.escape(cue) for cue, _ in _CUE_BY_LENGTH))
_METRIC_OF = dict(_CUE_BY_LENGTH)
_NAME_CHARACTERS = lazy(r"[\p{Han}A-Za-z0-9·&]+")
_SUBJECT_END = lazy(
    "|".join(regex.escape(end) for end in sorted(SUBJECT_ENDS, key=len, reverse=True))
    + r"|(?:19|20)\d\d\s*年|\d|[：:（(]"
)
_OPENING = lazy(
    r"^(?:\s|[，,、：:“”\"]|"
    + "|".join(regex.escape(word) for word in OPENERS)
    + r"|(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
    + r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    + "|"
    + "|".join(regex.escape(word) for word in PERIOD_OPENERS)
    # A front-matter key before a headline ("title: \"...").
    + r"|title\s*:\s*[\"'“]?)+"
)
# The party a fine is imposed on: "依法对星河出行股份有限公司处以人民币80亿元罚款".
_PENALISED = lazy(r"对(?P<name>[\p{Han}A-Za-z0-9·&]{2,20}?)(?:依法)?(?:处以|处|罚款)")
# An owner before the company or business it owns: "巴菲特旗下的伯克希尔", "X集团旗下“东游记”".
_OWNER = lazy(r"(?P<owner>[\p{Han}A-Za-z·]{2,12}?)旗下的?")
_SUFFIXED_NAME = lazy(
    r"[\p{Han}A-Za-z0-9]{1,10}?(?:" + "|".join(map(regex.escape, NAME_SUFFIXES)) + ")"
)
_TARGET = lazy(
    "(?:"
    + "|".join(map(regex.escape, TARGET_VERBS))
    + r")(?P<name>[\p{Han}A-Za-z][\p{Han}A-Za-z0-9]{1,11}?)"
    r"(?=[，,。！？；、\s]|的|股份|股权|\d|$|全部|部分|旗下|公司)"
)
# A company bought named in Latin letters after a description ("收购动漫流媒体平台Crunchyroll").
_LATIN_TARGET = lazy(
    "(?:"
    + "|".join(map(regex.escape, TARGET_VERBS))
    + r")\p{Han}{0,12}?(?P<name>[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9])(?![A-Za-z0-9])"
)
# "对X而言" ("for X"): the company a sentence is about, before what is said of it.
_FOR_TOPIC = lazy(r"对(?P<name>[\p{Han}A-Za-z0-9·&]{2,12}?)而言")


def is_chinese_figure(text: str, mention: Mention) -> bool:
    """Whether the figure is written in a Chinese sentence."""
    return HAN.search(text, max(0, mention.start - 6), min(len(text), mention.end + 6)) is not None


def metric_cue(text: str, mention: Mention) -> tuple[str, str] | None:
    """The metric of a figure in a Chinese sentence and the cue words that state it (for the
    figure's evidence), None when no cue does. An amount per unit ("每10股派8元",
    "每百元营业收入中的成本为84.89元") is a share price or "other"."""
    if not is_chinese_figure(text, mention):
        return None
    clause_start = _start_of(_CLAUSE_START, text, mention.start)
    per_units = list(_PER_UNIT.finditer(text, clause_start, mention.start))
    per_unit = per_units[-1] if per_units else None
    # A unit governs the amount of money right after it, not a later one that a metric cue of
    # its own introduces: "以每股14美元的价格募资约44亿美元" ("raised about 4.4 billion dollars
    # at 14 dollars a share") raised money; "每万片/月产能对应市值集中在158-198亿美元区间——海力士
    # 160.45亿美元" and "中一签的盈利空间大约在3000元至2.6万元之间" stay amounts per unit.
    if per_unit is not None and _own_cue_after_amount(text, per_unit.end(), mention.start):
        per_unit = None
    if per_unit is not None:
        return ("share_price" if per_unit.group("share") else "other"), per_unit.group()
    if text[max(0, mention.start - 1) : mention.start] == "每":
        return "other", "每"
    if (part := _PART_OPENING.match(text, clause_start, mention.start)) is not None:
        return "other", part.group()
    sentence_start = _start_of(_SENTENCE_START, text, mention.start)
    if (part := _PART_SENTENCE_OPENING.match(text, sentence_start, mention.start)) is not None:
        return "other", part.group().strip()
    clause_end = _CLAUSE_START.search(text, mention.end)
    after = text[mention.end : clause_end.start() if clause_end else len(text)][:8]
    before = list(_CUE.finditer(text, clause_start, mention.start))
    cue = _CUE.match(after) or (before[-1] if before else None) or _CUE.search(after)
    return (_METRIC_OF[cue.group()], cue.group()) if cue else None


def _own_cue_after_amount(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds an amount of money and, after it, a metric cue."""
    amount = _MONEY_AMOUNT.search(text, start, end)
    return amount is not None and _CUE.search(text, amount.end(), end) is not None


def is_target(text: str, mention: Mention) -> bool:
    """Whether a Chinese sentence states the figure as a forecast or goal ("预计", "目标")."""
    if not is_chinese_figure(text, mention):
        return False
    start = _start_of(_SUBJECT_SENTENCE, text, mention.start)
    return _TARGET_WORD.search(text, start, mention.start) is not None


def figure_entity(
    text: str, mention: Mention, metric: str
) -> tuple[str | None, str | None, str] | None:
    """Whose figure it is in a Chinese sentence, and for a transaction the investor: the
    subject of the sentence ("美团被罚", "字节跳动的估值"), else of the paragraph's first
    sentence, else of the headline (weakly); the
    object of 收购/入股 for a transaction. A name the text glosses in Latin letters
    ("新加坡星展集团（DBS）") is given so. None when the figure is not in a Chinese sentence.
    The third item: the resolver, `zh_sentence_subject` for a company of the figure's own
    sentence, `zh_paragraph_subject` carried from the paragraph's first sentence,
    `zh_headline_subject` from the headline."""
    if not is_chinese_figure(text, mention):
        return None
    start = _start_of(_SENTENCE_START, text, mention.start)
    end_match = _SENTENCE_START.search(text, mention.end)
    sentence_end = end_match.start() if end_match else len(text)
    if (penalised := _penalised(text, start, mention.start)) is not None:
        return _glossed(text, penalised), None, "zh_sentence_subject"
    subject = _subject(text[start : mention.start])
    how = "zh_sentence_subject"
    if subject is None:
        how = "zh_paragraph_subject"
        paragraph = _start_of(_PARAGRAPH_START, text, mention.start)
        first_end = _SENTENCE_START.search(text, paragraph, mention.start)
        if first_end is not None:
            subject = _penalised(text, paragraph, first_end.start()) or _subject(
                text[paragraph : first_end.start()]
            )
    if subject is None and (headline := _headline_subject(text, mention.start)) is not None:
        subject, how = headline, "zh_headline_subject"
    if metric in ("price_paid", "investment"):
        latin = _LATIN_TARGET.search(text, mention.end, sentence_end)
        if latin is not None and latin.group("name") != subject:
            return latin.group("name"), _glossed(text, subject), "zh_sentence_subject"
        for target in _TARGET.finditer(text, start, sentence_end):
            name = target.group("name")
            if name != subject and not _NOT_TARGET.match(name):
                return _glossed(text, name), _glossed(text, subject), "zh_sentence_subject"
    return _glossed(text, subject), None, how if subject is not None else "zh_sentence_subject"


# A headline: the front matter's title or the text's first line.
_TITLE = lazy(r"(?m)^title\s*:\s*(?P<words>[^\n]+)$")
_FIRST_LINE = lazy(r"\A\s*(?P<words>[^\n]+)")


def _headline_subject(text: str, before: int) -> str | None:
    """The company the document's headline opens with ("星展银行2024年净利润创新高"), for a
    figure after it whose sentence, clause and paragraph name none."""
    reach = min(len(text), 2000)
    headline = _TITLE.search(text, 0, reach) or _FIRST_LINE.match(text, 0, reach)
    if headline is None or headline.end() > before:
        return None
    words = headline.group("words").strip().strip("\"“”'")
    return _penalised(words, 0, len(words)) or _subject(words)


# A Chinese name glossed in Latin letters in brackets: "新加坡星展集团（DBS）",
# "斯泰兰蒂斯（Stellantis）"; not a phrase glossed with a comma ("（Brain–Computer
# Interface, BCI）"), nor one opening with an article.
_GLOSS = lazy(
    r"(?P<han>\p{Han}{2,16})[（(](?!(?:The|A|An)\b)"
    r"(?P<latin>[A-Z][A-Za-z0-9&.' -]{0,38}[A-Za-z0-9.])[）)]"
)


# At most this many characters between a name's stem and the company suffix its gloss ends
# with ("金融集团" of "华岳金融集团").
GLOSS_REST_MAX = 6


@functools.lru_cache(maxsize=8)
def _glosses(text: str) -> tuple[tuple[str, str], ...]:
    """The Chinese words right before each Latin gloss of the text, and the gloss."""
    return tuple((found.group("han"), found.group("latin")) for found in _GLOSS.finditer(text))


def _glossed(text: str, name: str | None) -> str | None:
    """The Latin name the text glosses a Chinese `name` with: the Chinese words before the
    gloss end with the name ("欧洲汽车巨头斯泰兰蒂斯（Stellantis）" for "斯泰兰蒂斯"), or with its
    stem, a word or two and a company suffix ("新加坡星展集团（DBS）" for "星展" and "星展银行",
    "华岳金融集团" for "华岳"). Else `name`."""
    if not name or not HAN.search(name):
        return name
    stem = name
    for suffix in NAME_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            break
    for han, latin in _glosses(text):
        if han.endswith(name):
            return latin
        at = han.rfind(stem)
        rest = han[at + len(stem) :] if at >= 0 else ""
        if rest and len(rest) <= GLOSS_REST_MAX and rest.endswith(NAME_SUFFIXES):
            return latin
    return name


def _penalised(text: str, start: int, end: int) -> str | None:
    """The party a fine stated between `start` and `end` is imposed on ("对星河公司处以")."""
    found = _PENALISED.search(text, start, end)
    if found is None or _NOT_NAME.match(found.group("name")):
        return None
    return found.group("name")


def _subject(before: str) -> str | None:
    """The company a Chinese sentence opens with, before the words that follow a subject; of
    "X旗下的Y", the company Y that X owns, unless Y is a business of X ("X旗下量贩零食业务")."""
    opening = _OPENING.match(before)
    rest = before[opening.end() :] if opening else before
    if (topic := _FOR_TOPIC.match(rest)) is not None and not _NOT_NAME.match(topic.group("name")):
        return topic.group("name")
    if (owner := _OWNER.match(rest)) is not None:
        owned = _named_subject(rest[owner.end() :].lstrip('“”"「」'))
        if owned is not None and not owned.endswith(BUSINESS_UNITS):
            return owned
        return _named_subject(owner.group("owner") + "的")
    return _named_subject(rest)


def _named_subject(rest: str) -> str | None:
    """The company a clause opens with: a name with a company suffix, or the words before
    the first word that follows a subject."""
    if (named := _SUFFIXED_NAME.match(rest)) is not None and not _NOT_NAME.match(named.group()):
        return named.group()
    end = _SUBJECT_END.search(rest, 1)
    name = (
        rest[: end.start()].split()[-1].strip('“”"「」')
        if end and rest[: end.start()].strip()
        else ""
    )
    if not 2 <= len(name) <= 12 or _NOT_NAME.match(name) or _CUE.match(name):
        return None
    return name if _NAME_CHARACTERS.fullmatch(name) else None


# Words before a period that make it the base of a comparison ("与上年同期相比", "较去年末
# 增长"), unless a figure is attached to the period, whose own period it is ("较2023年的
# 2.89亿元", "上年同期为2.1亿元").
COMPARISON_WORDS: tuple[str, ...] = ("相较于", "相较", "相比", "对比", "与", "较", "比")
PERIOD_OF_FIGURE: tuple[str, ...] = ("时为", "时的", "的", "为", "是")
_COMPARED_BEFORE = lazy(rf"(?:{'|'.join(COMPARISON_WORDS)})\s*$")
_FIGURE_OF_PERIOD = lazy(
    rf"\s*(?:[底末初]|年底|年末|年初)?(?:{'|'.join(PERIOD_OF_FIGURE)})\s*"
    r"(?:约|近|超过?|逾|人民币)?\s*[\d$€£¥]"
)


def compared_period(text: str, before: int, start: int, end: int) -> bool:
    """Whether the period text[start:end] is what a figure is compared against, not the
    period of a figure attached to it (comparison words within text[before:start])."""
    if _COMPARED_BEFORE.search(text, before, start) is None:
        return False
    return _FIGURE_OF_PERIOD.match(text, end) is None


def chinese_period(kind: str, match: regex.Match, doc_date: date | None, year: int | None) -> str:
    """The period ("YYYY" or "YYYY-MM") a Chinese period expression names; "" when it cannot
    be placed. `year` is the year stated nearby, used when a quarter has none; a month with
    no year ("7月31日公告"), or a quarter that would fall after the document's date, is the
    latest one up to that date."""
    own = match.groupdict().get("y")
    if kind == "zh_month_only":
        year = None
    if kind == "zh_same_year_month":
        return f"{year}-{int(match.group('m')):02d}" if year is not None else ""
    base = int(own) if own else year if year is not None else doc_date.year if doc_date else None
    if kind == "zh_year":
        return own or ""
    if kind == "zh_relative":
        if doc_date is None:
            return ""
        return str(doc_date.year + RELATIVE_YEARS[match.group("rel")])
    month = _month_of(kind, match)
    if base is None or month is None:
        return ""
    if not own and doc_date is not None and (base, month) > (doc_date.year, doc_date.month):
        base = doc_date.year if month <= doc_date.month else doc_date.year - 1
    return f"{base}-{month:02d}"


def _month_of(kind: str, match: regex.Match) -> int | None:
    """The month a Chinese month or quarter ends; None for a half (上半年 ends in June as the
    second quarter does, and the two are reported side by side), for 前三季度 (nine months),
    which no "YYYY-MM" tells apart, and for a fiscal quarter (第二财季) of a fiscal year the
    text does not date."""
    if kind in ("zh_month", "zh_month_only"):
        return int(match.group("m"))
    if match.group("h") or match.group("nine") or match.group("fiscal"):
        return None
    quarter = match.group("q") or match.group("q1") or match.group("q2") or ""
    number = QUARTER_NUMBERS.get(quarter) or (int(quarter) if quarter.isdigit() else 0)
    return 3 * number if number else None


def _start_of(breaks: regex.Pattern[str], text: str, at: int) -> int:
    """The offset just after the last break before `at` (0 when there is none)."""
    start = max(0, at - 300)
    for found in breaks.finditer(text, start, at):
        start = found.end()
    return start
