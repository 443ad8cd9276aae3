"""What a figure measures (valuation, revenue, ...) and on what basis."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from checker.link.text import sentence_bounds
from checker.model import Mention

METRIC_CUES: tuple[tuple[str, str], ...] = (
    (
        "other",
        r"to the (?:dollar|euro|pound|yen)|(?:rupee|dollar|yen|euro|pound|yuan) (?:was )?trading|"
        r"exchange rate|per (?:dollar|euro)|wealth|fortune|net worth|credit line|fee\b|"
        r"free cash flow|capex|capital expenditure|buyback|buy back|order\b|threshold|mark\b",
    ),
    (
        "share_price",
        r"a share|per share|each\b|share price|shares? (?:opened|closed|fell|rose|traded)|"
        r"opened (?:on \p{L}+ )?at|closed at|offer price|reference price|price range|"
        r"range\b|apiece",
    ),
    (
        "market_cap",
        r"market (?:cap(?:italisation|italization)?|value)|stock market value|"
        r"(?:worth|valued at) .{0,20}on the stock market|market valuation",
    ),
    (
        "valuation",
        r"valuation|valued|valuing|values\b|valuable|price tag|enterprise value|equity value|"
        r"worth|priced at|deal value|offer value|bid\b|(?<!tender )offer\b|takeover|implied",
    ),
    (
        "funding",
        r"raised|raise|raising|funding|round|fundraise|proceeds|rights issue|listing "
        r"brought|IPO|listing\b|private placement|new debt|of debt",
    ),
    (
        "price_paid",
        r"paid|pays|paying|buy|bought|acquire|acquired|purchase|tender offer|for (?:a |its )?"
        r"[\d.]+ ?(?:per ?cent|percent|%)|stake",
    ),
    (
        "investment",
        r"invest|investment|invested|commitment|committed|cheque|check\b|put|putting|tranche|"
        r"earmark\w*|lent|loan|"
        r"injects?|capital injection|lifeline|rescue",
    ),
    ("revenue", r"revenue|revenues|sales|turnover|brought in|booked"),
    ("profit", r"profit|net income|earnings|operating income|earned"),
    ("loss", r"loss|losses|lost|losing"),
)
METRIC_CUE_PATTERNS = tuple(
    (metric, regex.compile(rf"\b(?:{cues})", regex.IGNORECASE)) for metric, cues in METRIC_CUES
)
IMMEDIATE_AFTER = regex.compile(
    r"\s*(?:(?:of|in)\s+)?(?!(?:on|against|from|than|to|with|at)\b)(?:[\p{L}-]+[\s,.;:]*){0,3}"
)
PRICE_LEVEL_AFTER = regex.compile(r"\s+at which\b")
NEW_STOCK_AFTER = regex.compile(r"\s+(?:of|in)\s+(?:[\p{L}-]+\s+)?(?:stock|new shares)\b")
TRADING_CUES = regex.compile(
    r"\b(?:shares?|stock)\b[^.;]{0,60}?\b(?:closed|opened|finished|ended|rose|fell|jumped|"
    r"touched|traded|climbed|slid)\b|\bclosed (?:above|below|at|its first|the day)|"
    r"\bfinished at\b|\bended the day\b|\bfirst day of trading\b|\bstock market value\b|"
    r"\bmarket (?:value|capitali[sz]ation)\b|['’]s close\b|\bin the session\b"
)
PRIVATE_VALUE_CUES = regex.compile(
    r"\b(?:private(?:ly)?|round|offer price|tender|pre-money|post-money|funding|fully diluted|"
    r"enterprise value|implied|bid|takeover|at which|IPO valuation|listing valuation|deal|"
    r"merger|acquisition|SPAC|offer|approach)\b",
    regex.IGNORECASE,
)
VALUE_VERBS = regex.compile(
    r"\b(?:worth|valued|valuing|reached|passed|closed above|finished at|ended the day at|"
    r"topped|tops|crossed|hit|past|above)\b|\bat\s+$"
)
SHARE_PRICE_BASIS = tuple(
    (kind, regex.compile(pattern, regex.IGNORECASE))
    for kind, pattern in (
        ("close", r"\bclos(?:ed|ing)\b|\bfinished\b|\bended the (?:day|session)\b"),
        ("open", r"\bopen(?:ed|ing)\b"),
        (
            "offer",
            r"\boffer price\b|\bIPO price\b|\bpriced (?:its|the)|\blisted\b.{0,30}\bat\b|"
            r"\bsold\b.{0,40}\bshares\b.{0,10}\bat\b",
        ),
        ("range", r"\brange\b|\bto \$"),
        ("intraday", r"\btouched\b|\bhigh\b|\blow\b|\bmidday\b|\bbroke through\b"),
    )
)
VALUE_BASIS = tuple(
    (kind, regex.compile(pattern, regex.IGNORECASE))
    for kind, pattern in (
        ("fully diluted", r"\bfully diluted\b|\boptions\b|\brestricted stock\b"),
        ("outstanding", r"\boutstanding\b"),
        ("pre-money", r"\bpre-money\b|\bbefore (?:the |any )?(?:new|fresh) (?:money|capital)\b"),
        ("post-money", r"\bpost-money\b|\bafter (?:the new money|it)\b"),
        ("enterprise", r"\benterprise value\b|\bincluding debt\b"),
        ("equity", r"\bequity value\b|\bequity valuation\b|\bvalued \w+['’]s equity\b"),
        ("operating", r"\boperating\b"),
        ("net", r"\bnet (?:income|profit|loss)\b"),
        ("adjusted", r"\badjusted\b|\bunderlying\b"),
        ("quarter", r"\bquarter\b|\bQ[1-4]\b"),
    )
)
SHARE_CONTEXT = r"\b(?:shares?|each|apiece|stock|opened|closed|range|per share|a share)\b"
THRESHOLD_BEFORE = regex.compile(
    r"\b(?:clear|clears|cleared|top|tops|topped|pass|passes|passed|surpass\w*|exceed\w*|"
    r"cross|crosses|crossed|break|breaks|broke|hit|hits)\s+(?:the\s+)?$"
)


def _metric(
    text: str, mention: Mention, clause_start: int, clause_end: int, listed: bool
) -> str | None:
    """The metric from the cue words around the figure, a value set by trading in a listed
    company's shares read as market capitalisation; None when no word gives one."""
    metric = _cue_metric(text, mention, clause_start, clause_end)
    if metric in ("valuation", None) and _reads_as_market_value(text, mention, metric, listed):
        return "market_cap"
    return metric


def figure_basis(
    text: str, mention: Mention, metric: str, clause_start: int, clause_end: int
) -> str:
    """What kind of price or value a figure is, when the text says ("closing", "fully
    diluted", "pre-money"); figures of different kinds are not compared."""
    if THRESHOLD_BEFORE.search(text[max(clause_start, mention.start - 40) : mention.start]):
        return "threshold"
    cues = SHARE_PRICE_BASIS if metric == "share_price" else VALUE_BASIS
    window = text[max(clause_start, mention.start - 80) : min(clause_end, mention.end + 60)]
    found = [
        (abs(m.start() - (mention.start - max(clause_start, mention.start - 80))), kind)
        for kind, pattern in cues
        for m in pattern.finditer(window)
    ]
    return min(found)[1] if found else ""


def figure_metrics(
    text: str, mentions: Sequence[Mention], clauses: Sequence[tuple[int, int]], listed: bool
) -> list[str]:
    """Each figure's metric; a figure with no cue of its own that continues a figure of the
    same paragraph and size ("reached $1 trillion in May and $2 trillion in February",
    "Apple finished at $2.99 trillion") takes that figure's metric, otherwise "other"."""
    metrics: list[str] = []
    for index, (mention, (clause_start, clause_end)) in enumerate(
        zip(mentions, clauses, strict=True)
    ):
        metric = _metric(text, mention, clause_start, clause_end, listed)
        if metric is None and index and _continues(text, mentions[index - 1], mention):
            metric = metrics[-1]
        metrics.append(metric or "other")
    return metrics


def _continues(text: str, previous: Mention, mention: Mention) -> bool:
    """Whether a figure follows the previous one in the same paragraph at a similar size."""
    if "\n" in text[previous.end : mention.start]:
        return False
    low, high = sorted((abs(previous.amount), abs(mention.amount)))
    return low > 0 and high / low <= 10


def _cue_metric(text: str, mention: Mention, clause_start: int, clause_end: int) -> str | None:
    after = text[mention.end : min(clause_end, mention.end + 40)]
    before = text[clause_start : mention.start]
    if PRICE_LEVEL_AFTER.match(after):
        return "valuation"
    if NEW_STOCK_AFTER.match(after):
        return "investment"
    immediate_after = IMMEDIATE_AFTER.match(after)
    if immediate_after and (cue := _nearest_cue(immediate_after.group(0), from_end=False)):
        return cue
    if _reads_as_share_price(text, mention, clause_start, clause_end):
        return "share_price"
    for scope in (before[-60:], after, before):
        best = _nearest_cue(scope, from_end=scope is not after)
        if best:
            return best
    return None


def _reads_as_market_value(text: str, mention: Mention, metric: str | None, listed: bool) -> bool:
    """A company's value set by trading in its shares, not by a deal or a private round."""
    start, end = sentence_bounds(text, mention.start, mention.end)
    sentence = text[start:end]
    if PRIVATE_VALUE_CUES.search(sentence):
        return False
    if not (TRADING_CUES.search(sentence) or (listed and mention.scale_word is not None)):
        return False
    return metric == "valuation" or VALUE_VERBS.search(text[start : mention.start]) is not None


def _reads_as_share_price(text: str, mention: Mention, clause_start: int, clause_end: int) -> bool:
    """A small amount with no magnitude in a sentence about shares is a price per share."""
    if mention.scale_word is not None or abs(mention.amount) >= 10_000:
        return False
    clause = text[clause_start:clause_end]
    return regex.search(SHARE_CONTEXT, clause, regex.IGNORECASE) is not None


def _nearest_cue(scope: str, from_end: bool) -> str | None:
    found: list[tuple[int, int, str]] = []
    for rank, (metric, pattern) in enumerate(METRIC_CUE_PATTERNS):
        for match in pattern.finditer(scope):
            distance = len(scope) - match.end() if from_end else match.start()
            found.append((distance, rank, metric))
    return min(found)[2] if found else None
