"""Stakes: a price paid for a percentage of a company, with the valuations stated with it
("paid $1.82 million for a 10 percent stake, valuing it at $18.2 million")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import ClassVar

import regex

from checker.extract import lexicon_zh as lx_zh
from checker.model import Qualifier, Relation
from checker.patterns import HAN, lazy
from checker.relations.base import (
    BLOCKER,
    NOCASE,
    PERCENT,
    QUALIFIER_ALT,
    VALUE_METRICS,
    Figure,
    Layout,
    Sentence,
    StatedNumber,
    dated,
    figure_at,
    may_state_percent,
    stated_percent,
)

STAKE_PERCENT = lazy(PERCENT, NOCASE)
HOLDING_VERBS = r"owns?|owned|holds?|held|kept|keeps|keeping|retains?|retained"
# Verbs that equate an amount with a share of a company without saying it buys the share
# ("$175 million of stock, which works out to about 3% of the company"): a stake only when
# the amount is money put in or paid (`INVESTED_METRICS`), never a revenue or a fine.
EQUATING_VERBS = r"works?\s+out\s+(?:to|at)|amounts?\s+to|represents?|represented|equals?"
EQUATING = lazy(EQUATING_VERBS, NOCASE)
INVESTED_METRICS = frozenset({"investment", "funding", "price_paid"})
STAKE_VERB_BEFORE = lazy(
    r"\b(?P<verb>for|buys?|bought|buying|purchas(?:e|es|ed|ing)|acquired?|acquires|acquiring|"
    r"handed|hands|hand|handing|gives?|gave|giving|sold|sells?|selling|takes?|took|taken|taking|"
    r"gets?|got|transfer(?:s|red|ring)?|"
    rf"getting|{HOLDING_VERBS}|{EQUATING_VERBS})\b(?:\s+(?:a\s+stake\s+of|[\p{{L}}'’.-]+)){{0,4}}?\s*$",
    NOCASE,
)
HOLDING = lazy(HOLDING_VERBS, NOCASE)
PRICE_AFTER_TRANSACTION = lazy(
    r"\b(?:for|worth|rais(?:e|es|ed|ing)|fetch(?:es|ed|ing)?|cost(?:s|ing)?|pa(?:id|ys?|ying))\b",
    NOCASE,
)
# The price of a purchase told after it: "bought 25% of Beta for about $16bn".
PRICE_FOR = lazy(r"\bfor\b", NOCASE)
PRICE_AFTER_HOLDING = lazy(r"\bworth\b|\bvalued\s+at\b", NOCASE)
STAKE_AFTER = lazy(
    r"^(?:\s+(?:stake|holding|interest|equity)\b|\s+of\s+(?:the\s+(?:company|firm|group|business|"
    r"start-?up|carmaker|venture|unit)\b(?!['’])|itself\b|it\b|its\s+(?:shares|equity|stock)\b|"
    r"(?:an?\s+(?:new\s+)?)?\p{Lu}[\p{L}&.-]*\b(?!['’]))|"
    r"\s+in\s+\p{Lu}|\s*[,.;]|\s+(?:and|at|when|for|from|to|while|on|works|implies|implying|"
    r"values|valuing|gives|giving)\b|\s*$)"
)
VALUATION_BEFORE = lazy(
    r"(?:\bvalu(?:ed|es|ing)\b(?:\s+[\p{L}'’&.,-]+){0,10}?\s+at|\bvaluations?\s+of|"
    r"\bworks?\s+out\s+at|\b(?:puts?|putting|places?|placed|placing)\s+a\s+value\s+of|"
    r"\b(?:market|equity)\s+value\s+of|\bmarket\s+capitali[sz]ation\s+of|"
    r"(?<!\b(?:stake|holding|position|shares|sale|deal|purchase|transaction|block)(?:\s+now)?,?\s)"
    r"\bworth|\bpriced\s+at)\s+"
    rf"(?:(?:{QUALIFIER_ALT}|the|a|an)\s+)*$",
    NOCASE,
)
VALUATION_AFTER = lazy(r"^\s*(?:[\p{L}-]+\s+)?valuation\b|^\s*market\s+(?:value|cap)", NOCASE)
ENTERPRISE_BEFORE = lazy(r"\benterprise\s+value\s+of\s+(?:\p{L}+\s+)*$", NOCASE)
ENTERPRISE_AFTER = lazy(r"[^,;.]{0,25}\b(?:including|incl\.?|with)\s+debt\b", NOCASE)
# A price paid for a stake the sentence before states: "$30 million for the stake".
STAKE_NAMED_AGAIN = lazy(
    r"\b(?:for|on)\s+(?:the|that|this|its|their)\s+(?:new\s+)?(?:stake|holding|shares)\b",
    NOCASE,
)
# A stake bought for the sum the sentence before states: "an 18% stake for that sum".
SUM_NAMED_BACK = lazy(
    r"\s+(?:stake|holding|interest)?\s*for\s+(?:that|this|the)\s+(?:sum|amount|money|cash)\b",
    NOCASE,
)
# How far the words that point back at an earlier sentence's money are read.
REACH = 80
# A sentence that opens by pointing back at the money the sentence before states: "That cheque
# bought it about 15 percent", "The investment gives it 8%".
MONEY_POINTED_AT = lazy(
    r"\W*(?:that|this|the)\s+(?:cheque|check|investment|money|sum|amount|payment)\b", NOCASE
)
# A valuation the sentence names without stating it: "At the new price their holding is worth".
VALUATION_NAMED = lazy(
    r"\bat\s+(?:the|that|this)\s+(?:new\s+|current\s+|latest\s+)?(?:price|valuation)\b", NOCASE
)
# An offer's price named instead of stated: "At the offer price, that holding is worth".
OFFER_NAMED = lazy(
    r"\bat\s+the\s+(?:offer|bid|takeover|buyout|tender)(?:\s+price)?\b(?![\s,]*(?:of|was|is)\b)",
    NOCASE,
)
# The company a stake is in, named right after its percentage: "24.7% of Toyota Industries".
COMPANY_AFTER_PERCENT = lazy(
    r"\s+of\s+(?P<name>\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*(?:[ \t]+\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*){0,3})"
    r"\b(?!['’])"
)
# What the stake the sentence before states is worth: "Her stake is worth about £330m".
STAKE_WORTH_AGAIN = lazy(
    r"\b(?:her|his|its|their|the|that|this)\s+(?:[\p{L}-]+\s+)?(?:stake|holding)\s+"
    r"(?:(?:is|was|will\s+be|would\s+be)\s+)?(?:now\s+)?(?:worth|valued\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)?$",
    NOCASE,
)
# A sentence that opens by pointing back at the deal just told: "The deal values", "This
# values", "The investment puts a value of".
DEAL_POINTED_AT = lazy(
    r"\W*(?:(?:the|this|that)\s+(?:deal|investment|purchase|transaction|price|stake|sale)|"
    r"this|that|it)\s+(?:values?|valuing|puts?|places?|implies|gives?)\b",
    NOCASE,
)
# A clause after a break that points back at the amount before it as what buys the stake:
# "put in $100 million; at the new valuation that buys it about 4 per cent", "...; which
# gives it 8%".
POINTS_BACK_TO_PRICE = lazy(
    r"\s*(?:at\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:price|valuation)\s+)?"
    r"(?:that|this|which)\s+(?:(?:cheque|check|money|sum|investment|amount)\s+)?"
    r"(?:buys?|bought|gives?|gave|gets?|got|secures?|secured)\b",
    NOCASE,
)
# A holder selling shares of another company it holds ("agreed to sell 10% of Beta Metals to
# Gamma for $3.4 billion"): the money goes to the seller, not into the company, so the price
# implies only the company's value as it stands, as a holding's worth does.
SELLING = lazy(r"sells?|sold|selling", NOCASE)
HELD_COMPANY_AFTER = lazy(
    r"(?:\s+(?:stake|holding|interest))?\s+(?:of|in)\s+\p{Lu}[\p{L}&.-]*\b(?!['’])"
)
# A Chinese stake bought or sold at a stated valuation, and its price: "将回购不超过7.6%的股份，
# 回购价格对应集团整体估值约5671亿元", then "按此估值计算，回购总价最多约231亿元". A cap on the
# stake ("不超过") and a cap on the price ("最多") bound the same purchase: the most it may
# cost is the price of the most it may buy, so the two caps are compared as stated.
ZH_STAKE = lazy(
    r"(?P<verb>回购|收购|购买|买入|出售|认购|增持)(?P<company>[^，。；,;\d%]{0,20}?)"
    r"(?P<q>不超过|不超|最多|至多|约|逾)?(?P<num>\d+(?:\.\d+)?)\s?%的?(?:股份|股权|股票)"
)
# The valuation of the company a stake is in, named by the company ("认购角川约10%的股份……角川的
# 整体估值约为2500亿日元"), up to this many sentences after the stake.
ZH_NAMED_VALUATION_REACH = 3
ZH_NAMED_VALUATION = lazy(
    r"(?P<name>(?:(?!的)[\p{Han}A-Za-z0-9·&]){2,20})的?(?:整体|总体)?估值(?:约为|约|为|达)?\s*$"
)
# Names that name no company in particular: "公司的估值" may be any company's.
ZH_GENERIC_NAMES = frozenset({"公司", "该公司", "集团", "该集团", "企业", "银行", "平台", "标的"})
# What may stand between a price written first and the stake's verb: its restatement in
# brackets ("以约500亿日元（约合3.2亿美元）认购").
ZH_BRACKETED = lazy(r"\s*(?:[（(][^（）()]*[）)])?\s*")
ZH_STAKE_CAPS = frozenset({"不超过", "不超", "最多", "至多"})
# Subscribing for new shares ("认购") puts money into the company: the price may then
# imply its value before the money too.
ZH_NEW_SHARES = "认购"
# A price stated right before the stake's verb: "以60亿元收购约20%的股权".
ZH_PRICE_FIRST = lazy(r"以(?:约|近|逾)?$")
ZH_VALUATION_BEFORE = lazy(r"估值(?:约为|约|为|达)?$")
ZH_VALUATION_POINTED_AT = lazy(r"\W*按(?:此|该|这一|上述)估值")
ZH_PRICE_BEFORE = lazy(
    r"(?:总价|总额|价款|金额|对价|耗资|花费)(?:[^，。；\d]{0,4}?)(?P<cap>最多|至多|不超过|上限为?)?"
    r"(?:约|约为|为)?$"
)
AT_AFTER_PERCENT = lazy(r"\s+at\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:valuation\s+of\s+)?")


@dataclass(frozen=True)
class Stake(Relation):
    """The first figure is the price of (or what is worth) the `stated` percentage of a
    company, the others the valuations the text states with it; `dated`: the sentence names
    a year, so the company's valuation may be looked up for the stake's period; `held`: what
    a holding is worth or what a holder sells it for, not a price paid into the company, so
    no pre-money reading applies; `latest`: the
    sentence names the valuation without stating it ("at the new price"), so it is the
    company's latest valuation the document states."""

    kind: ClassVar[str] = "stake"
    stated: StatedNumber
    dated: bool = False
    held: bool = False
    latest: bool = False


def stake_relations(passage: Layout) -> Iterator[Stake]:
    """Stakes for a price ("paid $1.82 million for a 10 percent stake"), with any valuation,
    and prices paid for "the stake" whose percentage the sentence before states."""
    text = passage.text
    chinese = HAN.search(text) is not None
    for index, sentence in enumerate(passage.sentences):
        if chinese:
            yield from _zh_stakes(passage, index)
        stakes = _stake_percents(text, sentence)
        for match, verb in stakes:
            relation = _stake_relation(passage, index, match, verb)
            if relation is not None:
                yield relation
        if not stakes and (previous := passage.previous(index)):
            earlier = _stake_percents(text, previous)
            percent = earlier[-1][0] if earlier else None
            if percent and (
                relation := _stake_named_again(passage, index, percent)
                or _stake_worth_again(passage, index, percent)
            ):
                yield relation


def _zh_stakes(passage: Layout, index: int) -> Iterator[Stake]:
    """A Chinese stake with the valuation its sentence states and its price, stated in the
    sentence or in the next one, which opens by pointing back at the valuation ("按此估值计算，
    回购总价最多约231亿元"). No money goes into the company, so only the value after it applies."""
    text, sentence = passage.text, passage.sentences[index]
    if not may_state_percent(text, sentence):
        return
    for match in ZH_STAKE.finditer(text, sentence.start, sentence.end):
        valuations = [
            f
            for f in sentence.figures
            if f.usable
            and f.start > match.end()
            and ZH_VALUATION_BEFORE.search(text, max(sentence.start, f.start - 12), f.start)
        ]
        if not valuations:
            valuations = _zh_valuation_named(passage, index, match.group("company"))
        if len(valuations) != 1:
            continue
        following = passage.following(index)
        places = [sentence]
        if following and ZH_VALUATION_POINTED_AT.match(text, following.start, following.end):
            places.append(following)
        prices = [
            (f, found)
            for place in places
            for f in place.figures
            if f.usable
            and f is not valuations[0]
            and (found := ZH_PRICE_BEFORE.search(text, max(place.start, f.start - 16), f.start))
        ]
        first = [
            f
            for f in sentence.figures
            if f.usable
            and f.end <= match.start()
            and ZH_BRACKETED.fullmatch(text, f.end, match.start())
            and ZH_PRICE_FIRST.search(text, max(sentence.start, f.start - 3), f.start)
        ]
        if first and not prices and match.group("q") not in ZH_STAKE_CAPS:
            yield _zh_stake(
                text, match, first[0], valuations[0], text[first[0].start : match.end()]
            )
            continue
        if len(prices) != 1:
            continue
        price, words = prices[0]
        capped = match.group("q") in ZH_STAKE_CAPS
        if capped and words.group("cap") is None:
            continue
        detail = f"{match.group(0)} ... {text[words.start() : price.end]}"
        relation = _zh_stake(text, match, price, valuations[0], detail)
        if capped:
            # Both caps are maxima: the stake is read at its figure, as the price is.
            relation = replace(relation, stated=stated_percent(match.group("num"), None))
        yield relation


def _zh_valuation_named(passage: Layout, index: int, company: str) -> list[Figure]:
    """The valuation a later sentence states for the company a stake is in, named as its last
    words ("认购日本出版和游戏公司角川约10%的股份" ... "角川的整体估值约为2500亿日元"): the figures
    of the next `ZH_NAMED_VALUATION_REACH` sentences after "<name>的估值", when they state one
    amount; [] otherwise."""
    text = passage.text
    company = company.strip()
    found = []
    for later in passage.sentences[index + 1 : index + 1 + ZH_NAMED_VALUATION_REACH]:
        for f in later.figures:
            named = ZH_NAMED_VALUATION.search(text, max(later.start, f.start - 30), f.start)
            name = named.group("name") if named else ""
            if (
                f.usable
                and not f.per_share
                and name not in ZH_GENERIC_NAMES
                and len(name) >= 2
                and company.endswith(name)
            ):
                found.append(f)
    return found[:1] if len({f.amount for f in found}) == 1 else []


def _zh_stake(
    text: str, match: regex.Match, price: Figure, valuation: Figure, detail: str
) -> Stake:
    """A Chinese stake of `match` for `price` at `valuation`, read with its written qualifier."""
    written = lx_zh.QUALIFIERS_BEFORE.get(match.group("q") or "", Qualifier.EXACT)
    return Stake(
        figures=(price.id, valuation.id),
        detail=detail,
        stated=replace(stated_percent(match.group("num"), None), qualifier=written),
        held=match.group("verb") != ZH_NEW_SHARES,
    )


def _stake_percents(text: str, sentence: Sentence) -> list[tuple[regex.Match, str]]:
    """The percentages a sentence states as stakes, each with the verb that makes it one."""
    found: list[tuple[regex.Match, str]] = []
    if not may_state_percent(text, sentence):
        return found
    for match in STAKE_PERCENT.finditer(text, sentence.start, sentence.end):
        verb = _stake_verb(text, sentence, match)
        if verb is not None:
            found.append((match, verb))
    return found


def _stake_named_again(passage: Layout, index: int, percent: regex.Match) -> Stake | None:
    """ "Acme has bought 12% of Beta. Acme is paying $30 million for the stake, which values
    the start-up at $250 million": the price of "the stake" the sentence before states."""
    text, sentence = passage.text, passage.sentences[index]
    named = STAKE_NAMED_AGAIN.search(text, sentence.start, sentence.end)
    if named is None:
        return None
    valuations, enterprise = _valuations_in(passage, sentence)
    prices = [f for f in _amounts(sentence, valuations, enterprise) if f.end <= named.start()]
    if not prices or BLOCKER.search(text, prices[-1].end, named.start()) or enterprise:
        return None
    price = prices[-1]
    words = text[price.start : named.end()]
    return _earlier_stake(text, sentence, percent, (price, *valuations), words, held=False)


def _stake_worth_again(passage: Layout, index: int, percent: regex.Match) -> Stake | None:
    """ "Ms Doe owns 22% of Acme. Her stake is worth about £330m at the valuation of £1.5bn":
    what the stake the sentence before states is worth, with the valuation stated with it."""
    text, sentence = passage.text, passage.sentences[index]
    worth = next(
        (f for f in sentence.figures if STAKE_WORTH_AGAIN.search(text, sentence.start, f.start)),
        None,
    )
    if worth is None or not worth.usable or worth.per_share:
        return None
    valuations, enterprise = _valuations_in(passage, sentence)
    valuations = [v for v in valuations if v is not worth]
    named = VALUATION_NAMED.search(text, sentence.start, sentence.end) is not None
    if not valuations and not enterprise and OFFER_NAMED.search(text, sentence.start, worth.start):
        valuations = _offer_valuation(passage, sentence, percent, worth)
    if enterprise or not (valuations or named):
        return None
    words = text[sentence.start : worth.end].strip()
    stake = _earlier_stake(text, sentence, percent, (worth, *valuations), words, held=True)
    return replace(stake, latest=named and not valuations)


def _offer_valuation(
    passage: Layout, sentence: Sentence, percent: regex.Match, worth: Figure
) -> list[Figure]:
    """What an offer values the company a holding is in, named "at the offer price" ("Delta
    owns 31% of Beta. At the offer price, that holding is worth about $2bn", after "a deal
    worth about $5bn for Beta"): the valuations the text states before it for the company
    named after the stake, in the holding's currency, when they state one amount."""
    named = COMPANY_AFTER_PERCENT.match(passage.text, percent.end())
    if named is None:
        return []
    name = named.group("name")
    found = [
        f
        for f in passage.figures_between(0, sentence.start)
        if f.usable
        and not f.per_share
        and f.currency == worth.currency
        and f.claim.metric in VALUE_METRICS
        and f.claim.entity is not None
        and (name == f.claim.entity or name.startswith(f"{f.claim.entity} "))
        and not f.claim.is_target
    ]
    return found[:1] if len({f.amount for f in found}) == 1 else []


def _earlier_stake(
    text: str,
    sentence: Sentence,
    percent: regex.Match,
    figures: tuple[Figure, ...],
    words: str,
    held: bool,
) -> Stake:
    """The stake the sentence before states as `percent`, with this sentence's figures."""
    return Stake(
        figures=tuple(f.id for f in figures),
        detail=f"{percent.group()} ... {words}",
        stated=stated_percent(percent.group("num"), percent.group("q")),
        dated=dated(text, sentence),
        held=held,
    )


def _stake_verb(text: str, sentence: Sentence, match: regex.Match) -> str | None:
    """The verb that makes a percentage a stake ("bought 10%", "for a 10% stake"), if any."""
    before = text[max(sentence.start, match.start() - 60) : match.start()]
    after = text[match.end() : min(sentence.end, match.end() + 40)]
    verb = STAKE_VERB_BEFORE.search(before)
    if verb is None or STAKE_AFTER.match(after) is None:
        return None
    return verb.group("verb").lower()


def _stake_relation(passage: Layout, index: int, match: regex.Match, verb: str) -> Stake | None:
    """The price of a stake and the valuations its sentence (or the one before) states."""
    text, sentence = passage.text, passage.sentences[index]
    valuations, enterprise = _valuations_in(passage, sentence)
    at = AT_AFTER_PERCENT.match(text, match.end(), sentence.end)
    if at and (right := figure_at(passage, sentence, at.end())) and right not in valuations:
        valuations.append(right)
    prices = _amounts(sentence, valuations, enterprise)
    price = _stake_price(text, prices, match, verb) or _price_named_back(passage, index, match)
    if price is None or (EQUATING.fullmatch(verb) and price.claim.metric not in INVESTED_METRICS):
        return None
    if not valuations and not enterprise and (previous := passage.previous(index)):
        valuations = _valuations_in(passage, previous)[0]
    if not valuations and not enterprise:
        valuations = _valuations_next(passage, index, price)
    if enterprise and not valuations:
        return None
    named = VALUATION_NAMED.search(text, sentence.start, sentence.end) is not None
    return Stake(
        figures=(price.id, *(v.id for v in valuations if v is not price)),
        detail=text[min(price.start, match.start()) : max(price.end, match.end())],
        stated=stated_percent(match.group("num"), match.group("q")),
        dated=dated(text, sentence),
        held=_sold_by_holder(text, match, verb),
        latest=named and not valuations,
    )


def _sold_by_holder(text: str, match: regex.Match, verb: str) -> bool:
    """Whether a stake is sold by a holder of another company ("sold 10% of Beta Metals"):
    no money goes into the company, so only the value after the sale is implied."""
    return (
        SELLING.fullmatch(verb) is not None
        and HELD_COMPANY_AFTER.match(text, match.end(), match.end() + 60) is not None
    )


def _stake_price(text: str, prices: list[Figure], match: regex.Match, verb: str) -> Figure | None:
    """What the stake cost or is worth: "$N for 10%", "bought 10% for $N", "10%, worth $N".
    A purchase told with its price after it ("when Acme bought the 25% of Beta for $16bn")
    is priced there, not by a figure before its verb ("the $64bn implied when ...")."""
    holding = HOLDING.fullmatch(verb) is not None
    after = [f for f in prices if f.start >= match.end()]
    linking = PRICE_AFTER_HOLDING if holding else PRICE_AFTER_TRANSACTION
    after_price = (
        after[0]
        if after
        and not BLOCKER.search(text, match.end(), after[0].start)
        and linking.search(text, match.end(), after[0].start)
        else None
    )
    if after_price and verb != "for" and PRICE_FOR.search(text, match.end(), after_price.start):
        return after_price
    before = [f for f in prices if f.end <= match.start()]
    if before and not holding and _priced_before(text, before[-1], match):
        return before[-1]
    return after_price


def _priced_before(text: str, price: Figure, match: regex.Match) -> bool:
    """Whether the amount before a stake's percentage is its price: nothing breaks the
    clause between them, or the clause after the last break points back at the amount."""
    breaks = list(BLOCKER.finditer(text, price.end, match.start()))
    if not breaks:
        return True
    return POINTS_BACK_TO_PRICE.match(text, breaks[-1].end(), match.start()) is not None


def _price_named_back(passage: Layout, index: int, match: regex.Match) -> Figure | None:
    """The price of a stake bought "for that sum" in the sentence after the one stating the
    sum ("The round raised $800 million. Investors took an 18% stake for that sum"): that
    sentence's last amount."""
    text, sentence = passage.text, passage.sentences[index]
    previous = passage.previous(index)
    if previous is None:
        return None
    named = SUM_NAMED_BACK.match(text, match.end(), min(sentence.end, match.end() + REACH))
    opening = min(match.start(), sentence.start + REACH)
    if named is None and MONEY_POINTED_AT.match(text, sentence.start, opening) is None:
        return None
    amounts = _amounts(previous, *_valuations_in(passage, previous))
    return amounts[-1] if amounts else None


def _valuations_next(passage: Layout, index: int, price: Figure) -> list[Figure]:
    """The valuations of the next sentence of the paragraph when it opens by pointing back at
    the deal ("... for $45 million. The deal values Corvex at $500 million"), of the company
    the stake is in."""
    following = passage.following(index)
    if following is None or not DEAL_POINTED_AT.match(passage.text, following.start, following.end):
        return []
    valuations, enterprise = _valuations_in(passage, following)
    company = price.claim.entity
    if enterprise or company is None:
        return []
    return [v for v in valuations if v.claim.entity == company]


def _amounts(
    sentence: Sentence, valuations: list[Figure], enterprise: list[Figure]
) -> list[Figure]:
    """The sentence's usable totals that are not stated as valuations: what may be paid."""
    return [
        f
        for f in sentence.figures
        if f.usable and not f.per_share and f not in valuations and f not in enterprise
    ]


def _valuations_in(passage: Layout, sentence: Sentence) -> tuple[list[Figure], list[Figure]]:
    """Figures the sentence states as a valuation, and those it states as enterprise values."""
    valuations, enterprise = [], []
    for figure in sentence.figures:
        if not figure.usable or figure.per_share:
            continue
        before = passage.text[max(sentence.start, figure.start - 80) : figure.start]
        after = passage.text[figure.end : min(sentence.end, figure.end + 40)]
        if ENTERPRISE_BEFORE.search(before) or ENTERPRISE_AFTER.match(after):
            enterprise.append(figure)
        elif VALUATION_BEFORE.search(before) or VALUATION_AFTER.match(after):
            valuations.append(figure)
    return valuations, enterprise
