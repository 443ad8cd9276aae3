"""Per-unit amounts: the unit a figure is priced per, when the text says so.

"64 cents a share", "530 pence-a-share", "$40 an ounce", "£4.50 an hour", "$327 per
remittance", "每股25美元", "每份ADS 12美元", "450元/克". The constructions are data below,
each with examples; `with_per_unit` sets `Mention.per_unit` from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from checker.model import Mention
from checker.patterns import lazy

# Units a price is quoted per, written after "a"/"an"/"per" ("$40 an ounce", "£4 a leg").
# "a year" is left out on purpose: "$5bn a year" is a company's yearly flow, not a price.
ENGLISH_UNITS: tuple[str, ...] = (
    "share",  # "64 cents a share", "530 pence-a-share"
    "ADS",  # "$12.50 per ADS"
    "American depositary share",  # "$47 to $51 per American depositary share"
    "American depository share",
    "depositary share",
    "American depositary receipt",
    "depositary receipt",
    "ADR",  # "$30 an ADR"
    "unit",  # "$2 per unit"
    "ounce",  # "$40 an ounce"
    "troy ounce",
    "oz",
    "barrel",  # "$30 a barrel"
    "tonne",  # "$95 per tonne"
    "ton",
    "kilo",  # "£3 a kilo"
    "kilogram",
    "kg",
    "gram",
    "gallon",  # "$2 per gallon"
    "litre",  # "£1 a litre"
    "liter",
    "bushel",
    "kilowatt-hour",
    "kWh",
    "megawatt-hour",
    "MWh",
    "therm",
    "hour",  # "£4.50 an hour"
    "day",  # "$1 a day"
    "night",  # "£80 a night"
    "week",
    "month",  # "$15 a month"
    "person",  # "$40 per person"
    "head",  # "$40 a head"
    "capita",  # "$900 per capita"
    "leg",  # "£4 a leg"
    "ticket",
    "seat",
    "passenger",
    "customer",
    "subscriber",
    "user",
    "employee",
    "worker",
    "child",
    "pupil",
    "student",
    "member",
    "household",
    "family",
    "car",
    "vehicle",
    "phone",
    "handset",
    "copy",
    "item",
    "piece",
    "bottle",
    "pack",
    "box",
    "visit",
    "call",
    "minute",
    "mile",
    "square foot",
    "square metre",
    "square meter",
    "policy",
    "transaction",
    "download",
    "song",
    "track",
)
# What a per-share amount measures, written between the figure and its unit: "75 cents
# earnings per share", "20 pence dividend a share", "$3.10 net asset value per share".
PER_UNIT_MEASURES: tuple[str, ...] = (
    "earnings",
    "profit",
    "loss",
    "net",
    "income",
    "dividend",
    "payout",
    "book value",
    "net asset value",
    "asset value",
    "cash flow",
    "revenue",
    "sales",
)
# The base of a ratio, not an amount anyone has: "for every $1 invested", "$99.50 per $100
# of face value", "每投入1元" ("for every yuan put in"), "每赚6元" ("for every 6 yuan
# earned"). Its `per_unit` is RATIO.
RATIO = "ratio"
RATIO_BEFORE_EN = lazy(r"\b(?:for\s+(?:every|each)|per)\s+$", regex.IGNORECASE)
# Verbs after 每 that make the figure after them a ratio's base: "每卖出1元钱货" ("for every
# yuan of goods sold"), "每投入1元", "每花1美元".
CHINESE_RATIO_VERBS: tuple[str, ...] = (
    "投入",
    "投资",
    "卖出",
    "卖",
    "销售",
    "赚",
    "赚取",
    "花",
    "花费",
    "消费",
    "支出",
    "收入",
    "补贴",
)
# Words between "per" and a unit that say which kind of unit: "$0.41 per diluted share",
# "12p per ordinary share".
UNIT_QUALIFIERS: tuple[str, ...] = ("fully diluted", "diluted", "basic", "ordinary", "common")
# Words after "per" that do not name a unit a price is quoted per.
NOT_UNITS_AFTER_PER: tuple[str, ...] = ("cent", "centum", "annum", "year", "quarter", "cent.")
# Units of shares, whose price per unit is a share price rather than a unit price.
SHARE_UNITS: frozenset[str] = frozenset({"share", "ADS", "ADR", "股", "份ADS", "份ADR"})
# Depositary shares and receipts written out, compared in lower case.
DEPOSITARY_UNITS: frozenset[str] = frozenset(
    unit.lower() for unit in ENGLISH_UNITS if "deposit" in unit.lower()
)

# After the figure: "a share", "-a-share", "per share", "per remittance", "each", "apiece".
_UNIT_WORDS = "|".join(sorted((regex.escape(u) for u in ENGLISH_UNITS), key=len, reverse=True))
# "$5bn a month earlier" dates the figure; it is not a price per month.
_NOT_AFTER_UNIT = r"(?:earlier|ago|before|later|after|previously|since)\b"
_NOT_PER = "|".join(regex.escape(word) for word in NOT_UNITS_AFTER_PER)
_QUALIFIERS = "|".join(regex.escape(word) for word in UNIT_QUALIFIERS)
_MEASURES = "|".join(sorted((regex.escape(m) for m in PER_UNIT_MEASURES), key=len, reverse=True))
# Words that may name the per-unit measure between a figure and its unit: "$2.23 in diluted
# cash earnings per share", "$1.10 of adjusted earnings a share".
_MEASURE_LEAD = (
    r"(?:(?:in|of)[ \t]+(?:(?:diluted|basic|adjusted|cash|core|underlying|reported|"
    r"normali[sz]ed)[ \t]+){0,3})?"
)
ENGLISH_AFTER = lazy(
    rf"^(?:\s+|\s*-\s*)(?:{_MEASURE_LEAD}(?:{_MEASURES})\s+)?(?:"
    rf"(?:an?|per)(?:\s+|-)(?:(?:{_QUALIFIERS})\s+)?(?P<unit>{_UNIT_WORDS})(?:s|es)?\b"
    rf"(?!\s+{_NOT_AFTER_UNIT})"
    # A share named by its company: "£29.34 per Anglo share", "$54.20 per Twitter share".
    r"|(?:an?|per)\s+(?-i:(?:\p{Lu}[\p{L}&'’.-]*\s+){1,3})(?P<unit>share|ADS|ADR)s?\b"
    rf"|per(?:\s+|-)(?!(?:{_NOT_PER})\b)(?P<unit>[a-z]+(?:-[a-z]+)?)\b"
    rf"|(?P<each>each|apiece)\b)",
    regex.IGNORECASE,
)
# Chinese units: "每股", "每份ADS", "每吨", "每人" before the figure, "/股", "元/克" after it.
CHINESE_UNITS: tuple[str, ...] = (
    "份ADS",  # "每份ADS 12美元"
    "份ADR",
    "股",  # "每股25美元", "12港元/股"
    "吨",  # "每吨3000元", "3000元/吨"
    "克",  # "450元/克"
    "千克",
    "公斤",
    "盎司",
    "桶",  # "每桶80美元"
    "人",  # "每人500元"
    "台",
    "辆",
    "件",
    "张",
    "份",
    "小时",
    "天",
    "月",
    "平方米",
    "平米",
    "度",
)
_ZH_UNITS = "|".join(sorted((regex.escape(u) for u in CHINESE_UNITS), key=len, reverse=True))
# "每股25美元", "每股发行价为25美元", "每份ADS定价12美元": 每 + unit, then at most a few
# characters of price words before the figure.
CHINESE_BEFORE = lazy(rf"每(?P<unit>{_ZH_UNITS})[^\d\s，。；,;]{{0,6}}\s*$")
_ZH_RATIO_VERBS = "|".join(sorted(CHINESE_RATIO_VERBS, key=len, reverse=True))
RATIO_BEFORE_ZH = lazy(rf"每(?:{_ZH_RATIO_VERBS})\s*$")
CHINESE_AFTER = lazy(rf"^\s*(?:/|每)\s*(?P<unit>{_ZH_UNITS})")
# The first figure of a range or pair takes the second's unit: "from £2.50 to £4 a leg",
# "between $40 and $50 an ounce", "$40-$50 a barrel".
RANGE_BETWEEN = lazy(r"^\s*(?:to|and|or|-|–|—)\s*$", regex.IGNORECASE)
# A level takes the unit of its change written right after it: "valued at 19.20 dlrs, up 40
# cts a barrel", "at $41, a drop of 90 cents a barrel".
CHANGE_BETWEEN = lazy(
    r"^\s*,?\s*(?:up|down|off|(?:an?\s+)?(?:decline|drop|fall|rise|gain|increase|decrease)"
    r"\s+of)\s*$",
    regex.IGNORECASE,
)


def per_unit_after(after: str) -> str | None:
    """The unit named right after a figure ("a share", "-a-share", "per tonne", "each")."""
    match = ENGLISH_AFTER.match(after)
    if match:
        return "item" if match.group("each") else match.group("unit")
    match = CHINESE_AFTER.match(after)
    return match.group("unit") if match else None


def per_unit_before(before: str) -> str | None:
    """The unit named right before a figure ("每股", "每份ADS"), or RATIO for a ratio's base
    ("for every $1", "每投入1元")."""
    match = CHINESE_BEFORE.search(before[-12:])
    if match:
        return match.group("unit")
    if RATIO_BEFORE_ZH.search(before[-12:]) or RATIO_BEFORE_EN.search(before[-12:]):
        return RATIO
    return None


def with_per_unit(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each mention with `per_unit` set when the text prices it per a unit."""
    result = []
    for mention in mentions:
        unit = per_unit_after(text[mention.end : mention.end + 40]) or per_unit_before(
            text[max(0, mention.start - 12) : mention.start]
        )
        result.append(replace(mention, per_unit=unit) if unit else mention)
    for index in range(len(result) - 2, -1, -1):
        first, second = result[index], result[index + 1]
        if (
            first.per_unit is None
            and second.per_unit is not None
            and (
                RANGE_BETWEEN.match(text[first.end : second.start])
                or CHANGE_BETWEEN.match(text[first.end : second.start])
            )
        ):
            result[index] = replace(first, per_unit=second.per_unit)
    return result


def is_share_unit(unit: str | None) -> bool:
    """Whether a per-unit figure is a price per share (or per depositary share)."""
    return unit is not None and (
        unit in SHARE_UNITS
        or unit.lower() in ("share", "ads", "adr")
        or " ".join(unit.lower().split()) in DEPOSITARY_UNITS
    )
