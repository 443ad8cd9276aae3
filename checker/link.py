"""What each figure describes (entity, metric, period) and how figures relate in the text."""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import regex

from checker.extract import states_restatement
from checker.model import Claim, Document, Mention, Relation
from checker.relations import arithmetic_relations

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
    Final Thesis Upside Downside Investors Phase Read Leave Related Author Comments
    Chairman Chairwoman Founder Director Minister President Analyst Note Explainer
    China India Japan Germany France Britain England Sweden Italy Spain Russia Brazil
    Canada Mexico Australia Korea Singapore Indonesia Africa Europe Asia America
    Americas Saudi Arabia New Anglo-Dutch Anglo-American South-East North-East
    Pan-European Netherlands Switzerland Ireland Israel Turkey Taiwan Vietnam
    London Paris Tokyo Beijing Shanghai Shenzhen Mumbai Delhi Stockholm Amsterdam Frankfurt
    Hong Kong Washington Wall Street Silicon Valley California Texas York Kingdom States
    NASDAQ TSE TYO HKEX SGX SIX ASX TSX Dow Jones""".split()
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
SENTENCE_BREAK = regex.compile(r"(?<!\b(?:[A-Z]|Inc|Corp|Ltd|Co|No|St|vs|U\.S))[.!?](?=\s|$)|\n")
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
PERIOD_OF_FIGURE = regex.compile(
    r"\s*\)?\s*(?:in|for|of|during)\s+(?:the\s+)?(?:same\s+\w+\s+(?:in|of)\s+|fiscal\s+)?"
)
COMPARISON_BASE_BEFORE = regex.compile(
    r"\b(?:from|against|versus|vs\.?|compared with|compared to|times|(?:rather|higher|lower|"
    r"bigger|smaller|larger) than)\s+(?:the\s+|a\s+|its\s+)?$"
)
THRESHOLD_BEFORE = regex.compile(
    r"\b(?:clear|clears|cleared|top|tops|topped|pass|passes|passed|surpass\w*|exceed\w*|"
    r"cross|crosses|crossed|break|breaks|broke|hit|hits)\s+(?:the\s+)?$"
)
PERIOD_PATTERNS = (
    (
        "fiscal_end",
        regex.compile(
            rf"\byear (?:to|ended|ending) (?:\d{{1,2}} )?(?P<m>{MONTH_ALT})\.?(?: \d{{1,2}},?)? "
            r"(?P<y>(?:19|20)\d\d)\b",
            regex.IGNORECASE,
        ),
    ),
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
            r"(?:is|are) (?:now )?(?:valued|worth)|now|"
            r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
            regex.IGNORECASE,
        ),
    ),
    (
        "bare_month",
        regex.compile(
            rf"\b(?:in|as|since|until|from|last|early|late|mid-?)\s+(?P<m>{MONTH_ALT})\b(?!\.? \d)",
            regex.IGNORECASE,
        ),
    ),
)
NAME = r"[A-Z][\p{L}\d&.-]*(?:\s+[A-Z][\p{L}\d&.-]*)*"
STAKE_TARGET = regex.compile(
    rf"\b(?:stake|holding|share|shares|interest|invest(?:ed|s|ing|ment)?)\s+in\s+(?P<name>{NAME})"
)
NAME_MARKER = regex.compile(r"['’]s\b|\s+\((?:NYSE|NASDAQ|Nasdaq|LSE|TSE|NSE|BSE|HKEX|SIX)\b")
NOT_A_COMPANY_AFTER = regex.compile(r"[ \t]*:|[ \t]+(?:\d|[A-Z]\b(?!['’&.]))")
BODY_LINE = regex.compile(r"^(?![-#]|\w+:\s)(?P<p>\S.*)$", regex.MULTILINE)
AGENT_BEFORE = regex.compile(r"\b(?:from|by|to|with|against|than|behind|over)\s+$")
SUBJECT_PRONOUN = regex.compile(
    r"\b(?:the (?:company|group|firm|business|start-?up|chipmaker|carmaker|streamer)|it)"
    r"(?:['’]s|\s+(?:was|is|had|has|would|will|could|reported|posted|raised|made|earned|lost|"
    r"said|sold|ended|closed))\b"
)
LISTED_BEFORE = regex.compile(rf"{NAME}(?:,|,?\s+(?:and|or))\s+$")
LISTED_AFTER = regex.compile(rf"(?:,|,?\s+(?:and|or))\s+{NAME}")
PERSON = regex.compile(
    rf"\b(?:[Cc]hief [Ee]xecutive|CEO|[Cc]o-?founder|[Ff]ounder|[Cc]hair(?:man|woman)|boss|"
    rf"Mr|Ms|Mrs)\.?,?\s+(?P<name>{NAME})|(?P<name>{NAME}),\s+(?:its|the|who)\b"
)
TRANSACTION_OBJECT = regex.compile(
    rf"\b(?:(?:stake|holding|interest|invest\w*|put|control|rescue|bailout|takeover|"
    rf"acquisition|bid|offer|approach)\b[^.;\n]{{0,60}}?\b(?:in|into|of|for)|"
    rf"valuing|values|valued) (?:the )?(?P<name>{NAME})"
)
TRANSACTION_SUBJECT = regex.compile(
    rf"(?P<name>{NAME}) (?:(?!to\b)\w+ ){{0,2}}?(?:invest(?:s|ed)|inject(?:s|ed)|committed|"
    rf"wrote a cheque|put|putting|paid|bought|buys|agreed to (?:take|buy|invest|acquire))\b"
)
VALUING = regex.compile(
    rf"\b(?:valuing|values|valued|priced|price tag for)\s+(?P<name>{NAME})\s+at\s*$"
)


@dataclass(frozen=True)
class LinkedDocument:
    """The claims and text relations of one document."""

    claims: list[Claim]
    relations: list[Relation]
    short_names: dict[str, str] = field(default_factory=dict)


def link_document(document: Document, mentions: Sequence[Mention], first_id: int) -> LinkedDocument:
    """Give every mention its entity, metric and period; find equivalences between them."""
    text = document.plain
    names = DocumentNames.of(text)
    listed = TRADING_CUES.search(text) is not None
    claims = []
    clauses = [_clause_bounds(text, m.start, m.end) for m in mentions]
    metrics = _carry_metrics(text, mentions, clauses, listed)
    figure_ends = sorted(m.end for m in mentions)
    for offset, (mention, metric) in enumerate(zip(mentions, metrics, strict=True)):
        clause_start, clause_end = clauses[offset]
        entity, counterparty = _entity(text, mention, clause_start, metric, names)
        entity, counterparty = names.shortest(entity), names.shortest(counterparty)
        period, is_target, explicit = _period(
            text, mention, (clause_start, clause_end), document.date, figure_ends
        )
        claims.append(
            Claim(
                mention=mention,
                figure_id=f"F{first_id + offset}",
                entity=entity,
                counterparty=counterparty,
                metric=metric,
                period=period,
                is_target=is_target,
                explicit_period=explicit,
                basis=_basis(text, mention, metric, clause_start, clause_end),
            )
        )
    claims = _share_across_equivalences(text, claims)
    relations = _equivalences(text, claims) + arithmetic_relations(document, claims)
    return LinkedDocument(claims, relations, names.short_names)


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
    short_names: dict[str, str] = field(default_factory=dict)
    investors: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str) -> DocumentNames:
        names = cls(_name_words(text) - NOT_ENTITIES, None)
        written = Counter(names.in_span(text, 0, len(text)))
        if not written:
            return names
        short_names = _short_forms(written)
        scores: Counter[str] = Counter()
        for name, count in written.items():
            scores[short_names.get(name, name)] += count
        for name, weight in _subject_evidence(text, names):
            scores[short_names.get(name, name)] += weight
        subject = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        investors = frozenset(
            short_names.get(name, name)
            for match in TRANSACTION_SUBJECT.finditer(text)
            for name in names.in_span(text, match.start("name"), match.end("name"))[-1:]
        )
        persons = frozenset(
            name
            for match in PERSON.finditer(text)
            if (name := names.clean(match.group("name"))) and name != subject
        )
        return cls(names.vocabulary, subject, short_names, investors, persons)

    def shortest(self, name: str | None) -> str | None:
        """The short form the document also uses for a long name ("Jio" for "Jio Platforms")."""
        return self.short_names.get(name, name) if name else None

    def in_span(self, text: str, start: int, end: int) -> list[str]:
        """The names in text[start:end], in order, normalized; tickers and model names left out."""
        found = []
        for match in PROPER_NOUN.finditer(text, start, end):
            name = self.name_at(text, match)
            if name:
                found.append(name)
        return found

    def name_at(self, text: str, match: regex.Match) -> str | None:
        """The company name a capitalised phrase gives, or None (tickers, model names)."""
        if NOT_A_COMPANY_AFTER.match(text, match.end()):
            return None
        return self.clean(match.group(0))

    def clean(self, phrase: str) -> str | None:
        """The first run of name words in the phrase, normalized; None when there is none."""
        words = phrase.split()
        while words and _first_word(words[0]) not in self.vocabulary:
            words.pop(0)
        for index, word in enumerate(words[1:], start=1):
            if _first_word(word) in NOT_ENTITIES:
                words = words[:index]
                break
        name = normalize_entity(" ".join(words)) if words else ""
        return name or None


def _name_words(text: str) -> frozenset[str]:
    """Capitalised words the document uses as names.

    A word is a name when it is capitalised mid-sentence, written with a possessive or a
    ticker ("Nvidia's", "Nvidia (NASDAQ: NVDA)"), or opens two or more sentences and is
    never written in lower case.
    """
    mid_sentence: set[str] = set()
    sentence_openers: Counter[str] = Counter()
    for match in PROPER_NOUN.finditer(text):
        word = _first_word(match.group(0))
        if not _starts_sentence(text, match.start()) or NAME_MARKER.match(
            text, match.start() + len(word)
        ):
            mid_sentence.add(word)
        else:
            sentence_openers[word] += 1
    lower_words = set(regex.findall(r"(?<![\p{L}\d])\p{Ll}[\p{L}-]*", text))
    repeated = {
        word
        for word, count in sentence_openers.items()
        if count >= 2 and word.lower() not in lower_words
    }
    return frozenset(mid_sentence | repeated)


def _short_forms(written: Counter[str]) -> dict[str, str]:
    """Long names whose leading words the document also uses alone, mapped to that short form.

    A short form that starts two different long names ("Vodafone" for both "Vodafone Idea"
    and "Vodafone Group Services") is ambiguous and maps neither.
    """
    expansions: dict[str, list[str]] = {}
    for name in written:
        words = name.split()
        for size in range(1, len(words)):
            prefix = " ".join(words[:size])
            if prefix in written:
                expansions.setdefault(prefix, []).append(name)
    short_forms: dict[str, str] = {}
    for short, longs in sorted(expansions.items(), key=lambda kv: len(kv[0])):
        if len(longs) == 1:
            short_forms.setdefault(longs[0], short)
    return short_forms


def _subject_evidence(text: str, names: DocumentNames) -> list[tuple[str, int]]:
    """Extra weight for the name a document is about: first in its title or opening
    sentence, or the company money goes into; less for the investor putting it in."""
    evidence = []
    for opening in _openings(text):
        found = names.in_span(text, *opening)
        if found:
            evidence.append((found[0], 3))
    for match in TRANSACTION_OBJECT.finditer(text):
        found = names.in_span(text, match.start("name"), match.end("name"))
        if found:
            evidence.append((found[0], 2))
    for match in TRANSACTION_SUBJECT.finditer(text):
        found = names.in_span(text, match.start("name"), match.end("name"))
        if found:
            evidence.append((found[-1], -2))
    return evidence


def _openings(text: str) -> list[tuple[int, int]]:
    """The span of the title (front matter or first heading) and of the first sentence."""
    spans = []
    title = regex.search(r"^(?:title:\s*|#\s+)(?P<t>.+)$", text, regex.MULTILINE)
    if title:
        spans.append((title.start("t"), title.end("t")))
    for paragraph in BODY_LINE.finditer(text):
        end = CLAUSE_BREAK.search(text, paragraph.start("p"))
        spans.append((paragraph.start("p"), end.start() if end else paragraph.end("p")))
        break
    return spans


def _first_word(phrase: str) -> str:
    return regex.sub(r"['’]s?$", "", phrase.split()[0])


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    return (
        start == 0
        or regex.search(r"(?:[.!?:]\s+[\"“‘(]?|\n\s*[\"“‘(-]?\s*|^\s*)$", before) is not None
    )


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return _bounds(CLAUSE_BREAK, text, start, end, reach=300)


def _bounds(breaks: regex.Pattern, text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The span around text[start:end] up to the nearest `breaks` on each side, at most
    `reach` characters away."""
    left = max(0, start - reach)
    for match in breaks.finditer(text, left, start):
        left = match.end()
    right = breaks.search(text, end, min(len(text), end + reach))
    return left, right.start() if right else min(len(text), end + reach)


TRANSACTION_METRICS = frozenset({"investment", "price_paid"})
INVESTED_IN = regex.compile(
    rf"^[^.;]{{0,60}}?\b(?:(?:in|into|for)\s+(?:a\s+[^.;]{{0,30}}?\s+(?:in|of)\s+)?"
    rf"(?P<name>{NAME})|of\s+(?P<name>{NAME})['’]?s?\s+(?:shares|stock))"
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
    subject, agent = (
        (owner, None) if owner else _clause_subject(text, clause_start, mention, metric, names)
    )
    main = names.main_subject
    if metric in TRANSACTION_METRICS or _stake_words(text, clause_start, mention.end):
        target = _transaction_target(text, mention, clause_start, names)
        if target and target != subject:
            return target, subject
        if subject and main and subject != main:
            return main, subject
    if agent and subject != agent:
        return (subject or main), agent
    if subject and not owner and subject in names.investors and main and subject != main:
        return main, subject
    return (subject or main), None


def _in_enumeration(text: str, match: regex.Match) -> bool:
    """Whether a name is one of a list of names ("joined Apple, Microsoft and Alphabet")."""
    return bool(
        LISTED_BEFORE.search(text[max(0, match.start() - 80) : match.start()])
        or LISTED_AFTER.match(text, match.end())
    )


def _clause_subject(
    text: str, clause_start: int, mention: Mention, metric: str, names: DocumentNames
) -> tuple[str | None, str | None]:
    """The name the figure's clause is about, and a bidder or investor it names ("from X").

    A name introduced by "from" or "by" is the party making an offer or an investment,
    not the company the figure describes; "the company" or "it" after the last name
    points back to the document's subject.
    """
    subject = agent = None
    last_end = clause_start
    previous_was_agent = False
    for match in PROPER_NOUN.finditer(text, clause_start, mention.start):
        name = names.name_at(text, match)
        if not name:
            continue
        listed = _in_enumeration(text, match)
        before = text[max(clause_start, match.start() - 8) : match.start()]
        if AGENT_BEFORE.search(before) or (listed and previous_was_agent):
            agent, previous_was_agent = name, True
        elif (name not in names.persons or metric == "other") and not (subject and listed):
            subject, previous_was_agent = name, False
        last_end = match.end()
    if subject and SUBJECT_PRONOUN.search(text[last_end : mention.start]):
        return names.main_subject, agent
    return subject, agent


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


def _metric(
    text: str, mention: Mention, clause_start: int, clause_end: int, listed: bool
) -> str | None:
    """The metric from the cue words around the figure, a value set by trading in a listed
    company's shares read as market capitalisation; None when no word gives one."""
    metric = _cue_metric(text, mention, clause_start, clause_end)
    if metric in ("valuation", None) and _reads_as_market_value(text, mention, metric, listed):
        return "market_cap"
    return metric


def _basis(text: str, mention: Mention, metric: str, clause_start: int, clause_end: int) -> str:
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


def _carry_metrics(
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
    start, end = _sentence_bounds(text, mention.start, mention.end)
    sentence = text[start:end]
    if PRIVATE_VALUE_CUES.search(sentence):
        return False
    if not (TRADING_CUES.search(sentence) or (listed and mention.scale_word is not None)):
        return False
    return metric == "valuation" or VALUE_VERBS.search(text[start : mention.start]) is not None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return _bounds(SENTENCE_BREAK, text, start, end, reach=400)


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


def _period(
    text: str,
    mention: Mention,
    clause: tuple[int, int],
    doc_date: date | None,
    figure_ends: Sequence[int],
) -> tuple[str | None, bool, bool]:
    """The figure's period, whether it is a target, and whether the text states the period
    (rather than it being the document's date by default).

    A period right after another figure ("against $31.5 billion in 2020") belongs to that
    figure; "the year to March 2024" outranks "fiscal 2023" in the same clause.
    """
    clause_start, clause_end = clause
    text_of_clause = text[clause_start:clause_end]
    is_target = TARGET_CUES.search(text_of_clause) is not None
    candidates = []
    taken: list[tuple[int, int]] = []
    for rank, (kind, pattern) in enumerate(PERIOD_PATTERNS):
        for match in pattern.finditer(text_of_clause):
            start = clause_start + match.start()
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            if _belongs_to_other_figure(text, start, mention, figure_ends):
                continue
            period = _resolve_period(kind, match, doc_date)
            if period:
                priority = 0 if kind == "fiscal_end" else 1
                candidates.append((priority, abs(start - mention.start), rank, period))
    if not candidates:
        default = f"{doc_date.year}-{doc_date.month:02d}" if doc_date else None
        return default, is_target, False
    period = min(candidates)[3]
    if COMPARISON_BASE_BEFORE.search(text[max(clause_start, mention.start - 30) : mention.start]):
        return period, is_target, False
    return period, is_target, True


def _belongs_to_other_figure(
    text: str, start: int, mention: Mention, figure_ends: Sequence[int]
) -> bool:
    index = bisect.bisect_right(figure_ends, start) - 1
    if index < 0 or figure_ends[index] == mention.end:
        return False
    return PERIOD_OF_FIGURE.fullmatch(text[figure_ends[index] : start]) is not None


def _resolve_period(kind: str, match: regex.Match, doc_date: date | None) -> str | None:
    if kind == "quarter":
        year = match.group("y") or match.group("y2")
        quarter = match.group("ord") or match.group("q")
        return f"{year}-{QUARTERS[quarter.lower()]:02d}"
    if kind == "month":
        return f"{match.group('y')}-{MONTHS[match.group('m').lower()]:02d}"
    if kind == "fiscal_end":
        return match.group("y")
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
