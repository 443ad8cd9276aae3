"""What each figure describes (entity, metric, period) and how figures relate in the text."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import regex

from checker.extract import states_restatement
from checker.model import Claim, Document, Mention, Relation

CLAUSE_BREAK = regex.compile(r"(?<!\b(?:[A-Z]|Inc|Corp|Ltd|Co|No|St|vs|U\.S))[.!?;](?=\s|$)|\n")
PROPER_NOUN = regex.compile(
    r"(?<![\p{L}\d])(?:[A-Z][\p{L}\d&.-]*[\p{L}\d]|[A-Z])(?:\s+(?:&\s+)?[A-Z][\p{L}\d&.-]*[\p{L}\d])*"
)
LEGAL_SUFFIXES = regex.compile(
    r"(?:\s+(?:Inc|Corp|Corporation|Ltd|Limited|Group|Holdings?|Co|PLC|plc|LLC|AG|SA|NV|SE)\.?)+$"
)

# Capitalised words that open sentences or name times, places of trading or
# currencies rather than companies.
NOT_ENTITIES: frozenset[str] = frozenset(
    """The A An This That These Those It Its In On At For By With From As But And Or If
    When While After Before Since During Under Over About Some Most Many More Less Both
    Each Every Such Even Still Also Yet So Then There Here Their They He She We I You
    Our Your His Her Who What Which Why How Where Not No Nor All Any Only Just Now
    January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Q1 Q2 Q3 Q4 H1 H2 FY CEO CFO IPO SPAC US U.S. UK EU
    AI EV EVs NYSE Nasdaq HKEx NSE BSE LSE Rs SEK USD EUR GBP JPY CNY INR RMB Bulls
    Bears Investors Analysts Bankers Shares People Sources Reuters Bloomberg Chinese
    American Japanese Indian European British Swedish German French Dutch Asian Western
    Eastern Together Reflecting Despite Although Though However Meanwhile Nonetheless
    Converted Adding Selling Buyers Early Private Co-founder Chief Senior Vice President
    Final Thesis Upside Downside Investors Phase Read Leave Related Author Comments""".split()
)

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
        r"worth|priced at|deal value|offer value|bid\b|offer\b|takeover",
    ),
    (
        "funding",
        r"raised|raise|raising|funding|round|fundraise|proceeds|rights issue|listing "
        r"brought|IPO",
    ),
    (
        "price_paid",
        r"paid|pays|paying|buy|bought|acquire|acquired|purchase|for (?:a |its )?"
        r"[\d.]+ ?(?:per ?cent|percent|%)|stake",
    ),
    (
        "investment",
        r"invest|investment|invested|commitment|committed|cheque|check\b|put in|"
        r"injects?|capital injection|lifeline|rescue",
    ),
    ("revenue", r"revenue|revenues|sales|turnover|brought in|booked"),
    ("profit", r"profit|net income|earnings|operating income|earned"),
    ("loss", r"loss|losses|lost|losing"),
)
SHARE_CONTEXT = r"\b(?:shares?|each|apiece|stock|opened|closed|range|per share|a share)\b"
TARGET_CUES = regex.compile(
    r"\b(?:target|targets|targeting|goal|aims?|aiming|forecast|expects?|expected|could|"
    r"would|projected|plans? to|outlook|guidance)\b|\bby (?:the end of )?(?:19|20)\d\d\b",
    regex.IGNORECASE,
)
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
QUARTERS = {"first": 3, "second": 6, "third": 9, "fourth": 12, "1": 3, "2": 6, "3": 9, "4": 12}
PERIOD_PATTERNS = (
    (
        "quarter",
        regex.compile(
            r"\b(?:(?P<ord>first|second|third|fourth) quarter(?: of)?(?: fiscal)? "
            r"(?P<y>(?:19|20)\d\d)|Q(?P<q>[1-4]) ?(?:FY ?)?(?P<y2>(?:19|20)\d\d))\b",
            regex.IGNORECASE,
        ),
    ),
    (
        "month",
        regex.compile(
            rf"\b(?P<m>{MONTH_ALT})\.? (?:\d{{1,2}},? )?(?P<y>(?:19|20)\d\d)\b", regex.IGNORECASE
        ),
    ),
    (
        "fiscal",
        regex.compile(r"\b(?:fiscal(?: year)?|FY) ?(?P<y>(?:19|20)?\d\d)\b", regex.IGNORECASE),
    ),
    (
        "year",
        regex.compile(r"(?<![\d$€£¥.,])(?P<y>(?:19|20)\d\d)(?![\d%]|\s?(?:per ?cent|percent))"),
    ),
    (
        "relative",
        regex.compile(
            r"\b(?P<rel>last year|this year|next year|a year earlier|previous year|"
            r"(?:is|are) (?:now )?(?:valued|worth)|now)\b",
            regex.IGNORECASE,
        ),
    ),
    ("bare_month", regex.compile(rf"\bin (?P<m>{MONTH_ALT})\b(?!\.? \d)", regex.IGNORECASE)),
)
STAKE_TARGET = regex.compile(
    r"\b(?:stake|holding|share|shares|interest|invest(?:ed|s|ing|ment)?)\s+in\s+(?P<name>[A-Z][\p{L}\d&.-]*(?:\s+[A-Z][\p{L}\d&.-]*)*)"
)
NAME = r"[A-Z][\p{L}\d&.-]*(?:\s+[A-Z][\p{L}\d&.-]*)*"
VALUING = regex.compile(
    rf"\b(?:valuing|values|valued|priced|price tag for)\s+(?P<name>{NAME})\s+at\s*$"
)


@dataclass(frozen=True)
class LinkedDocument:
    """The claims and text relations of one document."""

    claims: list[Claim]
    relations: list[Relation]


def link_document(document: Document, mentions: Sequence[Mention], first_id: int) -> LinkedDocument:
    """Give every mention its entity, metric and period; find equivalences between them."""
    text = document.plain
    names = DocumentNames.of(text)
    claims = []
    for offset, mention in enumerate(mentions):
        clause_start, clause_end = _clause_bounds(text, mention.start, mention.end)
        metric = _metric(text, mention, clause_start, clause_end)
        entity, counterparty = _entity(text, mention, clause_start, metric, names)
        period, is_target = _period(text, mention, clause_start, clause_end, document.date)
        claims.append(
            Claim(
                mention=mention,
                figure_id=f"F{first_id + offset}",
                entity=entity,
                counterparty=counterparty,
                metric=metric,
                period=period,
                is_target=is_target,
            )
        )
    claims = _share_across_equivalences(text, claims)
    return LinkedDocument(claims, _equivalences(text, claims))


def normalize_entity(name: str) -> str:
    """A company name without possessive, legal suffix or surrounding punctuation."""
    name = regex.sub(r"['’]s?$", "", name.strip(' ,.;:()"“”'))
    return LEGAL_SUFFIXES.sub("", name).strip()


@dataclass(frozen=True)
class DocumentNames:
    """The proper names of one document and the one it is mostly about.

    A capitalised word counts as a name only if the document also capitalises it
    somewhere other than at the start of a sentence, so "Convincing investors..."
    or "Because an enterprise value..." never become companies.
    """

    vocabulary: frozenset[str]
    main_subject: str | None

    @classmethod
    def of(cls, text: str) -> DocumentNames:
        vocabulary = frozenset(
            _first_word(m.group(0))
            for m in PROPER_NOUN.finditer(text)
            if not _starts_sentence(text, m.start())
        )
        names = cls(vocabulary - NOT_ENTITIES, None)
        counts = Counter(names.in_span(text, 0, len(text)))
        if not counts:
            return names
        subject = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return cls(names.vocabulary, subject)

    def in_span(self, text: str, start: int, end: int) -> list[str]:
        """The names in text[start:end], in order, normalized."""
        found = []
        for match in PROPER_NOUN.finditer(text, start, end):
            name = self.clean(match.group(0))
            if name:
                found.append(name)
        return found

    def clean(self, phrase: str) -> str | None:
        """The phrase without leading non-name words, or None when no name is left."""
        words = phrase.split()
        while words and _first_word(words[0]) not in self.vocabulary:
            words.pop(0)
        name = normalize_entity(" ".join(words)) if words else ""
        return name or None


def _first_word(phrase: str) -> str:
    return regex.sub(r"['’]s?$", "", phrase.split()[0])


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    return (
        start == 0
        or regex.search(r"(?:[.!?:]\s+[\"“‘(]?|\n\s*[\"“‘(-]?\s*|^\s*)$", before) is not None
    )


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - 300)
    for match in CLAUSE_BREAK.finditer(text, left, start):
        left = match.end()
    right_match = CLAUSE_BREAK.search(text, end, min(len(text), end + 300))
    return left, right_match.start() if right_match else min(len(text), end + 300)


TRANSACTION_METRICS = frozenset({"investment", "price_paid"})
INVESTED_IN = regex.compile(
    rf"^[^.;]{{0,60}}?\b(?:in|into|for)\s+(?:a\s+[^.;]{{0,30}}?\s+(?:in|of)\s+)?(?P<name>{NAME})"
)


def _entity(
    text: str, mention: Mention, clause_start: int, metric: str, names: DocumentNames
) -> tuple[str | None, str | None]:
    """Whose figure it is; for a transaction, the company invested in and the investor."""
    before = text[clause_start : mention.start]
    if valuing := VALUING.search(before):
        valued = names.clean(valuing.group("name"))
        if valued:
            return valued, None
    possessive = regex.search(rf"(?P<name>{NAME})['’]s?\s+(?:[\p{{L}}-]+\s+){{0,3}}$", before)
    owner = names.clean(possessive.group("name")) if possessive else None
    subject = owner or _last(names.in_span(text, clause_start, mention.start))
    if metric in TRANSACTION_METRICS or _stake_words(text, clause_start, mention.end):
        target = _transaction_target(text, mention, clause_start, names)
        if target and target != subject:
            return target, subject
        if subject and names.main_subject and subject != names.main_subject:
            return names.main_subject, subject
    return (subject or names.main_subject), None


def _last(items: list[str]) -> str | None:
    return items[-1] if items else None


def _stake_words(text: str, start: int, end: int) -> bool:
    return regex.search(r"\b(?:stake|invest\w*)\b", text[start : end + 60]) is not None


def _transaction_target(
    text: str, mention: Mention, clause_start: int, names: DocumentNames
) -> str | None:
    """Y in "X invested $N in Y", "paid $N for a stake in Y", "a stake in Y for $N"."""
    after = INVESTED_IN.match(text[mention.end : mention.end + 160])
    if after and (name := names.clean(after.group("name"))):
        return name
    stake = STAKE_TARGET.search(text[clause_start : mention.end + 120])
    if stake and (name := names.clean(stake.group("name"))):
        return name
    return None


def _metric(text: str, mention: Mention, clause_start: int, clause_end: int) -> str:
    after = text[mention.end : min(clause_end, mention.end + 40)]
    before = text[clause_start : mention.start]
    immediate_after = regex.match(r"\s*(?:of\s+)?(?:[\p{L}-]+[\s,.;:]*){0,2}", after)
    if immediate_after and (cue := _nearest_cue(immediate_after.group(0), from_end=False)):
        return cue
    if _reads_as_share_price(text, mention, clause_start, clause_end):
        return "share_price"
    for scope in (immediate_after.group(0) if immediate_after else "", before[-60:], after, before):
        best = _nearest_cue(scope, from_end=scope is not after and scope is not immediate_after)
        if best:
            return best
    return "other"


def _reads_as_share_price(text: str, mention: Mention, clause_start: int, clause_end: int) -> bool:
    """A small amount with no magnitude in a sentence about shares is a price per share."""
    if mention.scale_word is not None or abs(mention.amount) >= 10_000:
        return False
    clause = text[clause_start:clause_end]
    return regex.search(SHARE_CONTEXT, clause, regex.IGNORECASE) is not None


def _nearest_cue(scope: str, from_end: bool) -> str | None:
    found: list[tuple[int, int, str]] = []
    for rank, (metric, pattern) in enumerate(METRIC_CUES):
        for match in regex.finditer(rf"\b(?:{pattern})", scope, regex.IGNORECASE):
            distance = len(scope) - match.end() if from_end else match.start()
            found.append((distance, rank, metric))
    return min(found)[2] if found else None


def _period(
    text: str, mention: Mention, clause_start: int, clause_end: int, doc_date: date | None
) -> tuple[str | None, bool]:
    clause = text[clause_start:clause_end]
    is_target = TARGET_CUES.search(clause) is not None
    candidates = []
    for kind, pattern in PERIOD_PATTERNS:
        for match in pattern.finditer(clause):
            period = _resolve_period(kind, match, doc_date)
            if period:
                distance = abs(clause_start + match.start() - mention.start)
                candidates.append((distance, period))
    if not candidates:
        default = f"{doc_date.year}-{doc_date.month:02d}" if doc_date else None
        return default, is_target
    return min(candidates)[1], is_target


def _resolve_period(kind: str, match: regex.Match, doc_date: date | None) -> str | None:
    if kind == "quarter":
        year = match.group("y") or match.group("y2")
        quarter = match.group("ord") or match.group("q")
        return f"{year}-{QUARTERS[quarter.lower()]:02d}"
    if kind == "month":
        return f"{match.group('y')}-{MONTHS[match.group('m').lower()]:02d}"
    if kind == "fiscal":
        year = match.group("y")
        return year if len(year) == 4 else f"20{year}"
    if kind == "year":
        return match.group("y")
    if doc_date is None:
        return None
    if kind == "bare_month":
        month = MONTHS[match.group("m").lower()]
        year = doc_date.year if month <= doc_date.month else doc_date.year - 1
        return f"{year}-{month:02d}"
    relative = match.group("rel").lower()
    if relative in ("last year", "a year earlier", "previous year"):
        return str(doc_date.year - 1)
    if relative == "next year":
        return str(doc_date.year + 1)
    if relative == "this year":
        return str(doc_date.year)
    return f"{doc_date.year}-{doc_date.month:02d}"


def _restates(text: str, first: Mention, second: Mention) -> bool:
    return states_restatement(text[first.end : second.start])


def _equivalences(text: str, claims: list[Claim]) -> list[Relation]:
    """ "X (Y)", "X, or about Y", "X, equivalent to Y": the same amount stated twice."""
    relations = []
    for first, second in itertools.pairwise(claims):
        if _restates(text, first.mention, second.mention):
            relations.append(Relation("equivalence", (first.figure_id, second.figure_id)))
    return relations


def _share_across_equivalences(text: str, claims: list[Claim]) -> list[Claim]:
    """A restatement describes what the figure it restates describes."""
    result = list(claims)
    for i in range(1, len(result)):
        first, second = result[i - 1], result[i]
        if _restates(text, first.mention, second.mention):
            result[i] = replace(
                second,
                entity=first.entity,
                counterparty=first.counterparty,
                metric=first.metric,
                period=first.period or second.period,
                is_target=first.is_target,
            )
    return result
