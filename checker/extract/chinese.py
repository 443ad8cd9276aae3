"""Find money figures in Chinese text: numerals, 万/亿 magnitudes, currency words and qualifiers.

A figure is a numeral (Arabic digits, full-width or not, or Chinese numerals)
with a currency marker before it ("人民币 50元", "￥300", "US$5亿") or after it
("36.57亿元", "两美元又三美分", "20个比特币"). A numeral without a currency marker
is not money here ("奖池36.57亿"). 元 and 块 are generic after another marker
("港币100元" is HK$100); when a symbol and a currency word disagree ("US$5亿人民币")
both are kept as markers and the word gives the currency.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

import regex

from checker.extract.lexicon_zh import (
    AMBIGUOUS_NAMES,
    BARE_CUE_REACH,
    BARE_FOLLOWERS,
    COUNT_AFTER,
    COUNTERS,
    CURRENCY_NAMES,
    DIFFERENCE_NOUNS,
    DIGITS,
    FULL_WIDTH_DIGITS,
    GENERIC_UNITS,
    KUAI_FOLLOWERS,
    LARGE_UNITS,
    LATIN_PREFIXES,
    LIST_CONNECTORS,
    LONE_MAGNITUDE_AFTER,
    MEASURE_WORDS,
    MINUS_SIGNS,
    MONEY_CUES,
    MORE_THAN_MARKS,
    NOT_LONE_MAGNITUDE_AFTER,
    NOT_MONEY_AFTER_YUAN,
    NOT_MONEY_CUES,
    NOT_QUALIFIERS,
    PREFIXES,
    PRICE_BAND_WORDS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    RANGE_CONNECTORS,
    SEGMENT_NOUNS,
    SEGMENT_REACH,
    SMALL_UNITS,
    STANDALONE_SUBUNITS,
    SUBUNIT_JOINERS,
    SUBUNITS,
    VAGUE_BEFORE,
    YEN_SIGN_CONTEXT_CHARS,
)
from checker.model import Mention, Qualifier
from checker.patterns import HAN, compiled, lazy

_ZH_NUMERAL_CHARS = "".join([*DIGITS, *SMALL_UNITS, *LARGE_UNITS])
_UNIT_CHARS = "".join([*SMALL_UNITS, *LARGE_UNITS])
_LARGE_CHARS = "".join(LARGE_UNITS)
_SPACES = " \t\u3000\xa0"
_DIGIT = "[0-9０-９]"
# Grouping is "," or "，" ("28，900 美元"); after a currency sign "，" separates two prices
# ("$20，300美圆" is $20 and 300美圆). Typed text spaces the decimal point ("3 . 2 亿美元")
# only before Chinese words.
_WIDE_GROUP = rf"(?<![$＄￥¥€£￡]{_DIGIT}{{1,3}})，{_DIGIT}{{3}}(?!{_DIGIT})"
_DECIMAL = rf"[.．]{_DIGIT}+|(?: [.．] ?| ?[.．] ){_DIGIT}+(?= *\p{{Han}})"
_ARABIC = rf"{_DIGIT}+(?:,{_DIGIT}{{3}}|{_WIDE_GROUP})*(?:{_DECIMAL})?"
# An Arabic number may stand apart from its magnitude: "800 万美元", "3.45 亿元".
_SPACED_MAGNITUDE = rf"[{_SPACES}]{{1,2}}(?=[{_LARGE_CHARS}])"
_NUMERAL_TOKEN = lazy(rf"{_ARABIC}|[{_ZH_NUMERAL_CHARS}{MORE_THAN_MARKS}]")
_NUMERAL_RUN = lazy(
    rf"(?:(?<![A-Za-z0-9０-９.．]){_ARABIC}(?:{_SPACED_MAGNITUDE})?|[{_ZH_NUMERAL_CHARS}])"
    rf"(?:{_ARABIC}|[{_ZH_NUMERAL_CHARS}]|[{MORE_THAN_MARKS}](?=[{_UNIT_CHARS}]|\p{{Han}}))*"
)
_LOW_END = lazy(rf"(?:{_NUMERAL_RUN.pattern})[{_SPACES}]*\Z")
_SPACE_RUN = lazy(rf"[{_SPACES}]+")
_NOT_DIGITS = lazy(rf"[{_SPACES},，]")
_ALL_NAMES = frozenset([*CURRENCY_NAMES, *AMBIGUOUS_NAMES])
_CUE = lazy("|".join(map(regex.escape, MONEY_CUES)))
_NOT_CUE = lazy("|".join(map(regex.escape, NOT_MONEY_CUES)))
# "5亿的估值", "7.76万亿的目标市值": a money noun within a few characters after 的.
_CUE_AFTER_DE = lazy(rf"\p{{Han}}{{0,3}}?(?:{_CUE.pattern})")
_SEGMENT_AFTER = lazy(
    rf"\p{{Han}}{{0,{SEGMENT_REACH}}}?(?:{'|'.join(map(regex.escape, SEGMENT_NOUNS))})"
)
_CLAUSE_BREAK = lazy(r"[，,。；;！!？?：:\n（()）]")
_SENTENCE_BREAK = lazy(r"[。；;！!？?\n]")
_PARAGRAPH_BREAK = lazy(r"\n")
_ZERO_DIGITS = frozenset(ch for ch, value in DIGITS.items() if value == 0)
MAX_NUMERAL_CHARS = 40
"""A longer numeral is noise (a pasted digit table), never an amount; as MAX_NUMBER_CHARS in
english.py. The bound also keeps reading a long run of numeral characters linear."""


@dataclass(frozen=True)
class Numeral:
    """A parsed number: its value, the place value of its last stated digit, its magnitude."""

    value: Decimal
    place: Decimal
    scale_word: str | None = None
    more_than: bool = False


@dataclass(frozen=True)
class CurrencyWord:
    """A currency word after an amount, with where it ends and what it says."""

    iso: str | None
    end: int
    generic: bool
    factor: Decimal = Decimal(1)
    note: str = ""


def find_mentions(text: str, path: str = "") -> list[Mention]:
    """Every money figure written the Chinese way in `text`, in order of position."""
    if _may_hold_figure().search(text) is None:
        return []
    mentions: list[Mention] = []
    consumed = 0
    for run in _NUMERAL_RUN.finditer(text):
        if run.start() < consumed:
            continue
        mention = _mention_at(text, run.start(), run.end(), consumed, path)
        if mention is not None:
            mentions.append(mention)
            consumed = mention.end
    return _with_range_lows(text, mentions, path)


@lru_cache(maxsize=1)
def _may_hold_figure() -> regex.Pattern[str]:
    """What a text must hold to hold a Chinese figure. Every currency word, counter, sub-unit
    and magnitude holds a Han character, as does the context that makes "¥" a yuan sign; a
    figure without one has a prefix written without Han before its digits ("RMB 50",
    "￥300"). Compiled on first use, as the prefixes are tested for Han characters."""
    unmarked = [name for name in PREFIXES if HAN.search(name) is None]
    return compiled(r"\p{Han}|" + "|".join(map(regex.escape, unmarked)))


def _signed(text: str, mention: Mention) -> Mention:
    """A minus sign right before a figure that is not the end of a range or a code
    ("净利润-6.295亿", "Q1净利润-0.1亿") makes it negative; the span takes the sign."""
    start = mention.start
    if start == 0 or text[start - 1] not in MINUS_SIGNS:
        return mention
    before = text[start - 2 : start - 1]
    if before and (before in _ZH_NUMERAL_CHARS or (before.isascii() and before.isalnum())):
        return mention
    return replace(
        mention, start=start - 1, text=text[start - 1 : mention.end], amount=-mention.amount
    )


def _with_range_lows(text: str, mentions: list[Mention], path: str) -> list[Mention]:
    """Read both ends of ranges and lists that state the unit once: "70-80亿元" is 70亿 to
    80亿 yuan, "4万-6万美元" 4万 to 6万 dollars, "下调950和915元" 950 and 915 yuan.

    A range's group is minus one minus its offset, so that it never meets the English
    extractor's (positive) groups.
    """
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        first = _first_of_pair(text, mention, previous, path)
        if first is None and (
            previous is None or previous.end != _skip_spaces_back(text, mention.start - 1)
        ):
            mention = _signed(text, mention)
        elif first is not None and first.range_group is not None:
            mention = replace(
                mention,
                currency=mention.currency or first.currency,
                currency_markers=mention.currency_markers or first.currency_markers,
                qualifier=Qualifier.RANGE_HIGH,
                range_group=first.range_group,
            )
        earlier = [mention]
        while first is not None:
            if result and result[-1].end > first.start:
                result.pop()
            earlier.insert(0, first)
            previous = result[-1] if result else None
            more = first.range_group is None
            first = _first_of_pair(text, first, previous, path) if more else None
        result.extend(earlier)
    return result


def _first_of_pair(
    text: str, second: Mention, previous: Mention | None, path: str
) -> Mention | None:
    """The first amount of a range or list whose last amount is `second`, read with its
    magnitude and currency when it states none of its own; None when none is written."""
    cut = _skip_spaces_back(text, second.start)
    connector = _longest_ending_at(text, cut, 0, (*RANGE_CONNECTORS, *LIST_CONNECTORS))
    if connector is None:
        return None
    is_range = connector in RANGE_CONNECTORS
    first_end = _skip_spaces_back(text, cut - len(connector))
    joined = previous if previous is not None and previous.end == first_end else None
    run = _LOW_END.search(text, max(0, first_end - 30), first_end)
    if joined is not None and (run is None or joined.scale_word is not None):
        return _paired(joined, second, is_range) if is_range else None
    if run is None or (previous is not None and previous.end > run.start() and joined is None):
        return None
    first = _first_amount(text, run.group(), second)
    if first is None:
        return None
    start = joined.start if joined else run.start()
    amount, place, scale_word = first
    stated = Mention(
        path=path,
        start=start,
        end=first_end,
        text=text[start:first_end],
        amount=amount,
        currency=joined.currency if joined else None,
        currency_markers=joined.currency_markers if joined else (),
        scale_word=scale_word,
        qualifier=_qualifier(text, start, first_end, Numeral(amount, place)),
        precision=place / 2,
    )
    if is_range:
        return _paired(stated, second, is_range)
    if joined is not None or stated.amount <= 0:
        return None
    return replace(stated, currency=second.currency, currency_markers=second.currency_markers)


def _first_amount(
    text: str, numeral_text: str, second: Mention
) -> tuple[Decimal, Decimal, str | None] | None:
    """Amount, last-digit place and magnitude of the first numeral of a pair, taking the
    second's magnitude ("70" in "70-80亿元") and unit ("3" in "3-5美分") when it has none."""
    first = parse_numeral(numeral_text)
    second_run = _NUMERAL_RUN.match(text, second.start + (text[second.start] in MINUS_SIGNS))
    second_numeral = parse_numeral(second_run.group()) if second_run else None
    if first is None or second_numeral is None or not second_numeral.value:
        return None
    unit = abs(second.amount) / second_numeral.value
    scale = parse_numeral(f"1{second.scale_word}") if second.scale_word else None
    if first.scale_word is None and scale is not None:
        unit *= scale.value
    return first.value * unit, first.place * unit, first.scale_word or second.scale_word


def _paired(first: Mention, second: Mention, is_range: bool) -> Mention | None:
    """The first end of a range, when it is below the second and in the same currency."""
    if not 0 < first.amount < second.amount:
        return None
    if first.currency not in (None, second.currency) and second.currency is not None:
        return None
    return replace(
        first,
        currency=first.currency or second.currency,
        currency_markers=first.currency_markers or second.currency_markers,
        currency_note=first.currency_note or second.currency_note,
        qualifier=Qualifier.RANGE_LOW if first.qualifier == Qualifier.EXACT else first.qualifier,
        range_group=-(first.start + 1) if is_range else None,
    )


def settle_bare_amounts(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give a Chinese amount with no currency word ("净利润预计4.77亿") the currency of the
    figure before it in its sentence or paragraph, else yuan when the document writes yuan
    figures or none with a currency; recorded as inferred. Others are left open."""
    return [
        _settled(text, mentions, index) if _is_bare_chinese(mention) else mention
        for index, mention in enumerate(mentions)
    ]


def _is_bare_chinese(mention: Mention) -> bool:
    return (
        mention.currency is None
        and not mention.currency_markers
        and not mention.currency_note
        and bool(mention.scale_word)
        and all(ch in _UNIT_CHARS for ch in mention.scale_word or "")
    )


def _settled(text: str, mentions: list[Mention], index: int) -> Mention:
    mention = mentions[index]
    for breaks, scope in ((_SENTENCE_BREAK, "sentence"), (_PARAGRAPH_BREAK, "paragraph")):
        earlier = _earlier_currency(text, mentions, index, breaks)
        if earlier is not None:
            why = f"inferred: the {scope}'s figure {earlier.text!r} before it is {earlier.currency}"
            return replace(mention, currency=earlier.currency, currency_note=why)
    stated = [m.currency for m in mentions if m.currency_markers and m.currency]
    if not stated or "CNY" in stated:
        why = "inferred: a Chinese amount with no currency word is yuan unless the text names"
        why += f" another; the document writes {stated.count('CNY')} yuan figures"
        return replace(mention, currency="CNY", currency_note=why)
    return mention


def _earlier_currency(
    text: str, mentions: list[Mention], index: int, breaks: regex.Pattern[str]
) -> Mention | None:
    """The nearest figure before mentions[index] with a stated currency, with no break between."""
    mention = mentions[index]
    for earlier in reversed(mentions[:index]):
        if breaks.search(text, earlier.end, mention.start):
            return None
        if earlier.currency_markers and earlier.currency:
            return earlier
    return None


def _mention_at(text: str, start: int, end: int, consumed: int, path: str) -> Mention | None:
    """The figure at text[start:end], dropping leading tokens that belong to a word ("统一")."""
    for token in _NUMERAL_TOKEN.finditer(text, start, end):
        if end - token.start() > MAX_NUMERAL_CHARS:
            continue
        numeral = parse_numeral(text[token.start() : end]) or _lone_magnitude(
            text, token.start(), end
        )
        if numeral is not None and not _is_vague(text, token.start()):
            return _figure(text, token.start(), end, numeral, consumed, path)
    return None


def _lone_magnitude(text: str, start: int, end: int) -> Numeral | None:
    """Magnitudes with no digit that an amount passes ("销售额破亿", "市值破万亿"): one of
    them, more than."""
    units = text[start:end]
    if not units or any(ch not in LARGE_UNITS for ch in units):
        return None
    if _longest_ending_at(text, start, 0, LONE_MAGNITUDE_AFTER) is None:
        return None
    if _longest_ending_at(text, start, 0, NOT_LONE_MAGNITUDE_AFTER) is not None:
        return None
    value = Decimal(1)
    for ch in units:
        value *= LARGE_UNITS[ch]
    return Numeral(value, value, units, more_than=True)


def parse_numeral(numeral: str) -> Numeral | None:
    """Read a numeral such as "36.57亿", "１．０７５３", "四十九兆九千五百九十二億", "100多万"
    or "3 . 2 亿"."""
    numeral = _SPACE_RUN.sub("", numeral)
    tokens = _NUMERAL_TOKEN.findall(numeral)
    words = [token for token in tokens if token not in MORE_THAN_MARKS]
    if not words or "".join(tokens) != numeral:
        return None
    value_place = _value_of(words)
    if value_place is None:
        return None
    value, place = value_place
    return Numeral(value, place, _scale_word(words), len(words) != len(tokens))


def _value_of(tokens: list[str]) -> tuple[Decimal, Decimal] | None:
    """Value and last-digit place of numeral tokens, split at their largest myriad unit."""
    myriads = [LARGE_UNITS[token] for token in tokens if token in LARGE_UNITS]
    if not myriads:
        return _section_value(tokens)
    unit = max(myriads)
    split = min(i for i, token in enumerate(tokens) if LARGE_UNITS.get(token) == unit)
    left = _value_of(tokens[:split]) if split else None
    if left is None:
        return None
    value, place = left[0] * unit, left[1] * unit
    rest = tokens[split + 1 :]
    if not rest:
        return value, place
    right = _remainder_value(rest, unit)
    if right is None or right[0] >= unit:
        return None
    return value + right[0], right[1]


def _remainder_value(tokens: list[str], unit: int) -> tuple[Decimal, Decimal] | None:
    """The part after a myriad unit: "五" in "两万五" is 5000, "零五" in "一万零五" is 5."""
    if len(tokens) == 1 and tokens[0] in DIGITS:
        place = Decimal(unit) / 10
        return DIGITS[tokens[0]] * place, place
    while tokens and tokens[0] in _ZERO_DIGITS:
        tokens = tokens[1:]
    return _value_of(tokens) if tokens else None


def _section_value(tokens: list[str]) -> tuple[Decimal, Decimal] | None:
    """Value of tokens below 万: digits and 十/百/千, or a plain digit string."""
    if not any(token in SMALL_UNITS for token in tokens):
        return _plain_value(tokens)
    total, place = Decimal(0), Decimal(1)
    pending: tuple[Decimal, Decimal] | None = None
    last_unit: int | None = None
    after_zero = False
    for token in tokens:
        if token in SMALL_UNITS:
            unit = SMALL_UNITS[token]
            if (last_unit is not None and unit >= last_unit) or (pending is None and total):
                return None
            digit, digit_place = pending or (Decimal(1), Decimal(1))
            total, place = total + digit * unit, digit_place * unit
            pending, last_unit, after_zero = None, unit, False
        elif token in _ZERO_DIGITS:
            after_zero = True
        elif pending is not None:
            return None
        else:
            pending = _plain_value([token])
    if pending is None:
        return total, place
    if last_unit is not None and not after_zero and tokens[-1] in DIGITS:
        implied = Decimal(last_unit) / 10
        return total + pending[0] * implied, implied
    return total + pending[0], pending[1]


def _plain_value(tokens: list[str]) -> tuple[Decimal, Decimal] | None:
    """One Arabic number ("1,000.5") or Chinese digits read one by one ("二〇一五")."""
    if len(tokens) == 1 and tokens[0] not in DIGITS:
        digits = _NOT_DIGITS.sub("", tokens[0].translate(FULL_WIDTH_DIGITS))
        decimals = len(digits.partition(".")[2])
        return Decimal(digits), Decimal(1).scaleb(-decimals)
    if all(token in DIGITS for token in tokens):
        return Decimal("".join(str(DIGITS[token]) for token in tokens)), Decimal(1)
    return None


def _scale_word(tokens: list[str]) -> str | None:
    """The magnitude characters after the last digit: "亿" in "36.57亿", "千" in "8千".

    In an all-Chinese numeral, 十/百/千 alone are part of the number ("一千元"), not a magnitude.
    """
    trailing: list[str] = []
    for token in reversed(tokens):
        if token not in SMALL_UNITS and token not in LARGE_UNITS:
            break
        trailing.append(token)
    arabic = any(token[0] not in _ZH_NUMERAL_CHARS for token in tokens)
    if not trailing or not (arabic or any(token in LARGE_UNITS for token in trailing)):
        return None
    return "".join(reversed(trailing))


def _is_vague(text: str, start: int) -> bool:
    """Whether a numeral starting with a unit follows 几 or 数 ("几百万元", "数亿美元")."""
    return text[start] in _UNIT_CHARS and start > 0 and text[start - 1] in VAGUE_BEFORE


def _figure(
    text: str, start: int, end: int, numeral: Numeral, consumed: int, path: str
) -> Mention | None:
    """The mention around a numeral: with a currency marker, or in a clause about money."""
    prefix = _prefix_before(text, start, consumed)
    suffix = _currency_after(text, end)
    if prefix is None and suffix is None:
        return _bare_amount(text, start, end, numeral, path)
    if not _prefix_reads_here(text, end, numeral, prefix, suffix):
        return None
    markers = _markers(prefix, suffix)
    amount, place, finish = numeral.value, numeral.place, end
    if suffix is not None:
        amount, place, finish = amount * suffix.factor, place * suffix.factor, suffix.end
        amount, place, finish = _add_subunits(text, finish, suffix.iso, suffix, amount, place)
        if not _suffix_is_money(text, finish, suffix, numeral):
            return None
    first = prefix[0] if prefix else start
    stated = suffix is not None and not suffix.generic and suffix.iso is not None
    return Mention(
        path=path,
        start=first,
        end=finish,
        text=text[first:finish],
        amount=amount,
        currency=suffix.iso if stated and suffix else (markers[0] if markers else None),
        currency_markers=markers,
        currency_note=suffix.note if suffix else "",
        scale_word=numeral.scale_word,
        qualifier=_qualifier(text, start, finish, numeral, first),
        precision=place / 2,
    )


def _bare_amount(text: str, start: int, end: int, numeral: Numeral, path: str) -> Mention | None:
    """An amount in 万 or 亿 with no currency word, in a clause about money ("被罚30万")."""
    if not _reads_as_bare_money(text, start, end, numeral):
        return None
    return Mention(
        path=path,
        start=start,
        end=end,
        text=text[start:end],
        amount=numeral.value,
        currency=None,
        scale_word=numeral.scale_word,
        qualifier=_qualifier(text, start, end, numeral),
        precision=numeral.place / 2,
    )


def _reads_as_bare_money(text: str, start: int, end: int, numeral: Numeral) -> bool:
    """Whether an amount with no currency word is money: a magnitude 万 or 亿, no measure word
    after it ("30万辆"), and a money cue in its clause or right after it ("1400亿市值")."""
    if not any(ch in _LARGE_CHARS for ch in numeral.scale_word or ""):
        return False
    at = _skip_spaces(text, end)
    if _in_price_band(text, at):
        return True
    follower = _longest_starting_at(text, at, BARE_FOLLOWERS)
    if follower is not None:
        at += len(follower)
    # A measure word counts only right after the number ("84万股"); after 的 it starts the
    # noun the amount describes ("30亿的股票回购").
    if follower != "的" and _longest_starting_at(text, at, MEASURE_WORDS) is not None:
        return False
    if _names_a_difference(text, at, follower) and _money_sentence(text, start):
        return True
    cue_after = _longest_starting_at(text, at, MONEY_CUES) is not None
    if follower == "的":
        return _CUE_AFTER_DE.match(text, at) is not None
    if follower is None and text[at : at + 1].isalnum():
        return cue_after
    return cue_after or _money_clause(text, start)


def _in_price_band(text: str, at: int) -> bool:
    """Whether a band word and a market segment follow ("以上高端纯电市场", "级SUV"), with no
    measure word right after the band word ("以上人口")."""
    band = _longest_starting_at(text, at, PRICE_BAND_WORDS)
    if band is None:
        return False
    at += len(band)
    if _longest_starting_at(text, at, MEASURE_WORDS) is not None:
        return False
    return _SEGMENT_AFTER.match(text, at) is not None


def _money_clause(text: str, start: int, breaks: regex.Pattern[str] = _CLAUSE_BREAK) -> bool:
    """Whether the clause before offset `start` speaks of money ("净利润预计", "被罚")."""
    floor = max(0, start - BARE_CUE_REACH)
    for found in breaks.finditer(text, floor, start):
        floor = found.end()
    scope = _NOT_CUE.sub(" ", text[floor:start])
    return _CUE.search(scope) is not None


def _money_sentence(text: str, start: int) -> bool:
    """Whether the sentence before offset `start` speaks of money."""
    return _money_clause(text, start, _SENTENCE_BREAK)


def _names_a_difference(text: str, at: int, follower: str | None) -> bool:
    """Whether a gap noun follows the amount, right after it or after 的 ("2万亿的差距")."""
    return follower in (None, "的") and _longest_starting_at(text, at, DIFFERENCE_NOUNS) is not None


def _markers(prefix: tuple[int, str, bool] | None, suffix: CurrencyWord | None) -> tuple[str, ...]:
    """ISO codes of the markers, in text order; a generic 元 only counts when alone."""
    markers = [prefix[1]] if prefix else []
    if suffix is not None and suffix.iso is not None and not (suffix.generic and markers):
        markers.append(suffix.iso)
    return tuple(dict.fromkeys(markers))


def _prefix_reads_here(
    text: str,
    end: int,
    numeral: Numeral,
    prefix: tuple[int, str, bool] | None,
    suffix: CurrencyWord | None,
) -> bool:
    """Whether a prefix-only figure is money: not "美元 50次", and "$20" only with 万/亿."""
    if prefix is None or suffix is not None:
        return True
    if prefix[2]:
        return any(ch in (numeral.scale_word or "") for ch in LARGE_UNITS)
    return end >= len(text) or text[end] not in COUNT_AFTER


def _prefix_before(text: str, start: int, consumed: int) -> tuple[int, str, bool] | None:
    """(start, ISO code, is Latin) of a currency marker written just before the digits."""
    cut = start
    while cut > consumed and text[cut - 1] in _SPACES:
        cut -= 1
    qualifier = _longest_ending_at(text, cut, consumed, QUALIFIERS_BEFORE)
    if qualifier is not None and _longest_ending_at(text, cut - len(qualifier), consumed, PREFIXES):
        cut -= len(qualifier)
    for table, latin in ((PREFIXES, False), (LATIN_PREFIXES, True)):
        name = _longest_ending_at(text, cut, consumed, table)
        if name is not None:
            return cut - len(name), table[name], latin
    if cut > consumed and text[cut - 1] == "¥" and _in_chinese_context(text, cut - 1):
        return cut - 1, "CNY", False
    return None


def _in_chinese_context(text: str, index: int) -> bool:
    """Whether a Han character is within a few characters of text[index]."""
    window = text[max(0, index - YEN_SIGN_CONTEXT_CHARS) : index + YEN_SIGN_CONTEXT_CHARS + 1]
    return HAN.search(window) is not None


def _currency_after(text: str, end: int) -> CurrencyWord | None:
    """The currency word after a numeral ("元", "美元", "个比特币", "美分"), if any."""
    at = _skip_spaces(text, end)
    name = _longest_starting_at(text, at, _ALL_NAMES)
    if name in AMBIGUOUS_NAMES and _longest_starting_at(text, at, CURRENCY_NAMES) != name:
        iso, note = _shared_name_currency(text, name)
        return CurrencyWord(iso, at + len(name), generic=False, note=note)
    if name is None and text[at : at + 1] in COUNTERS:
        counted = _longest_starting_at(text, at + 1, CURRENCY_NAMES)
        if counted is not None and CURRENCY_NAMES[counted] in COUNTERS[text[at]]:
            return CurrencyWord(CURRENCY_NAMES[counted], at + 1 + len(counted), generic=False)
    if name is not None:
        finish = at + len(name)
        if name in GENERIC_UNITS and text.startswith("人民币", finish):
            return CurrencyWord("CNY", finish + len("人民币"), generic=False)
        return CurrencyWord(CURRENCY_NAMES[name], finish, generic=name in GENERIC_UNITS)
    subunit = _longest_starting_at(text, at, SUBUNITS)
    if subunit is not None and subunit in STANDALONE_SUBUNITS:
        iso, factor = SUBUNITS[subunit]
        return CurrencyWord(iso, at + len(subunit), generic=False, factor=factor)
    return None


def _suffix_is_money(text: str, finish: int, suffix: CurrencyWord, numeral: Numeral) -> bool:
    """Whether the currency word 元 or 块 itself ends a money figure rather than a word
    ("一元化", "三块蛋糕", "4万块GPU"); "25亿美元组建" and "1亿元组建" are money."""
    following = text[finish : finish + 1]
    if not following or not suffix.generic or text[finish - 1] not in "元圆块":
        return True
    if text[finish - 1] == "块":
        return following in KUAI_FOLLOWERS or not following.isalnum()
    large = any(ch in _LARGE_CHARS for ch in numeral.scale_word or "")
    return large or following not in NOT_MONEY_AFTER_YUAN


def _shared_name_currency(text: str, name: str) -> tuple[str | None, str]:
    """The currency a name several countries share stands for in this text, and why."""
    default, countries = AMBIGUOUS_NAMES[name]
    named = sorted({iso for country, iso in countries.items() if country in text})
    if len(named) == 1:
        return named[0], f"inferred: '{name}' read as {named[0]}: the text names its country"
    if default is not None and not named:
        return default, f"inferred: '{name}' read as {default}, its usual meaning"
    return None, f"no currency: '{name}' is shared by several currencies and the text names none"


def _add_subunits(
    text: str, finish: int, iso: str | None, suffix: CurrencyWord, amount: Decimal, place: Decimal
) -> tuple[Decimal, Decimal, int]:
    """Extend a main-unit amount by its fractional parts: "五元三毛", "50元6角三分"."""
    factor = suffix.factor
    while True:
        at = finish
        for joiner in SUBUNIT_JOINERS:
            if text.startswith(joiner, at):
                at += len(joiner)
                break
        run = _NUMERAL_RUN.match(text, at)
        part = parse_numeral(run.group()) if run else None
        name = _longest_starting_at(text, run.end(), SUBUNITS) if run else None
        if run is None or part is None or name is None:
            return amount, place, finish
        part_iso, part_factor = SUBUNITS[name]
        if part_iso != iso or part_factor >= factor or part.value * part_factor >= factor:
            return amount, place, finish
        amount, place = amount + part.value * part_factor, part.place * part_factor
        finish, factor = run.end() + len(name), part_factor


def _qualifier(
    text: str, start: int, end: int, numeral: Numeral, prefix_start: int | None = None
) -> Qualifier:
    """The qualifier written before the figure (or between its currency prefix and its
    digits: "人民币约5亿"), after it ("左右"), or inside it ("100多万")."""
    for at in dict.fromkeys((start, start if prefix_start is None else prefix_start)):
        cut = _skip_spaces_back(text, at)
        before = _longest_ending_at(text, cut, 0, QUALIFIERS_BEFORE)
        if before is not None and _longest_ending_at(text, cut, 0, NOT_QUALIFIERS) is None:
            return QUALIFIERS_BEFORE[before]
    after = _longest_starting_at(text, end, QUALIFIERS_AFTER)
    if after is not None:
        return QUALIFIERS_AFTER[after]
    return Qualifier.MORE_THAN if numeral.more_than else Qualifier.EXACT


def _longest_starting_at(text: str, at: int, names: Iterable[str]) -> str | None:
    """The longest of `names` that text has at offset `at`."""
    if not -len(text) <= at < len(text):
        return None
    candidates = _by_character(tuple(names), 0).get(text[at], ())
    found = [name for name in candidates if text.startswith(name, at)]
    return max(found, key=len) if found else None


def _longest_ending_at(text: str, at: int, floor: int, names: Iterable[str]) -> str | None:
    """The longest of `names` ending at offset `at` of text and starting at or after `floor`."""
    end = min(at, len(text))
    if at <= floor or end <= 0:
        return None
    candidates = _by_character(tuple(names), -1).get(text[end - 1], ())
    found = [name for name in candidates if at - len(name) >= floor and text.endswith(name, 0, at)]
    return max(found, key=len) if found else None


@lru_cache(maxsize=64)
def _by_character(names: tuple[str, ...], index: int) -> dict[str, tuple[str, ...]]:
    """`names` grouped by their first (index 0) or last (index -1) character, in their order:
    only those can start or end at an offset holding that character."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[index], []).append(name)
    return {character: tuple(group) for character, group in groups.items()}


def _skip_spaces(text: str, at: int) -> int:
    """The first offset from `at` that is not a space."""
    while at < len(text) and text[at] in _SPACES:
        at += 1
    return at


def _skip_spaces_back(text: str, at: int) -> int:
    """The offset just after the last non-space before `at`."""
    while at > 0 and text[at - 1] in _SPACES:
        at -= 1
    return at
