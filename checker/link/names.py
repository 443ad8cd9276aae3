"""The proper names of a document, and the company it is mostly about."""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from checker.extract.lexicon import (
    EUROPEAN_MAGNITUDES,
    GLUED_LETTERS_WITH_MAGNITUDE,
    ISO_CODES,
    SYMBOLS,
)
from checker.link.metrics import MEASURE_CUE_PATTERNS, METRIC_CUE_PATTERNS
from checker.link.text import (
    ELIDED,
    INNER_CAPITAL,
    NAME,
    NAME_CAN_START,
    first_word,
    starts_sentence,
)
from checker.patterns import lazy
from checker.text import read_text

# Words that may wrap onto the next line but never run past a blank line.
_PHRASE_GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
PROPER_NOUN = lazy(
    rf"(?<![\p{{L}}\d]){NAME_CAN_START}(?:(?:[A-Z]\.){{2,}}(?=[ \t]+[A-Z])|"
    rf"(?:{ELIDED}[A-Z]|{INNER_CAPITAL})[\p{{L}}\d&.-]*[\p{{L}}\d]|[A-Z])"
    rf"(?:{_PHRASE_GAP}(?:&{_PHRASE_GAP})?[A-Z][\p{{L}}\d&.-]*[\p{{L}}\d])*"
)
LEGAL_SUFFIXES = lazy(
    r"(?:\s+(?:Inc|Corp|Corporation|Ltd|Limited|Group|Holdings?|Co|PLC|plc|LLC|AG|SA|NV|SE|"
    r"INC|CORP|CORPORATION|LTD|LIMITED|CO|COS|LLC)\.?)+$"
)

# Stock exchanges by their short names: mostly where a company's shares trade ("listed on
# the NYSE"), so no name, unless the document writes one as an owner (`OWNING_EXCHANGE`).
EXCHANGES: frozenset[str] = frozenset(
    "NYSE Nasdaq NASDAQ HKEx HKEX NSE BSE LSE TSE TYO SGX SIX ASX TSX".split()
)
# An exchange written with a possessive is a company the document writes about ("the LSE's
# board rejected the bid", "Nasdaq's shareholders"), not only a place of trading.
OWNING_EXCHANGE = lazy(rf"(?<![\p{{L}}\d])(?P<name>{'|'.join(sorted(EXCHANGES))})['’]s\b")
# Capitalised words that open sentences or name times, places of trading or
# currencies rather than companies.
NOT_NAME_WORDS: frozenset[str] = (
    frozenset(
        """The A An This That These Those It Its In On At For By With From As But And Or If
    When While After Before Since During Under Over About Some Most Many More Less Both
    Each Every Such Even Still Also Yet So Then There Here Their They He She We I You
    Our Your His Her Who What Which Why How Where Not No Nor All Any Only Just Now
    January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Q1 Q2 Q3 Q4 H1 H2 FY CEO CFO IPO SPAC US U.S. UK EU
    AI EV EVs Rs SEK USD EUR GBP JPY CNY INR RMB ADS ADSs ADR ADRs QIP ETF EPS ROE CAGR Bulls
    Bears Investors Analysts Bankers Shares People Sources Reuters Bloomberg Chinese
    American Japanese Indian European British Swedish German French Dutch Asian Western
    Eastern Together Reflecting Despite Although Though However Meanwhile Nonetheless
    Converted Adding Selling Buyers Early Private Co-founder Chief Senior Vice President
    Final Thesis Upside Downside Investors Phase Read Leave Related Author Comments
    Chairman Chairwoman Founder Director Minister President Analyst Note Explainer Mr Ms Mrs Dr
    New Anglo-Dutch Anglo-American South-East North-East Pan-European Dow Jones
    M&A R&D P&L Q&A""".split()
    )
    | frozenset(
        # Generic nouns, share classes and series, accounting standards: capitalised in filings and
        # headlines ("the Company", "Series B", "under IFRS"), never a company's own name.
        """Company Companies Firm Group Board Directors Management Segment Segments Division
    Divisions Region Regions Series Class IFRS GAAP IAS HKFRS FRS Notes Statements Fiscal
    VAT GST""".split()
    )
    | frozenset(
        # Labels of financial measures, capitalised in table headers and bullet lists ("| Net
        # debt |", "- Revenue of $412 million"), never a company's own name.
        """Net Gross Adjusted Underlying Operating Pretax Pre-tax EBITDA EBIT EBITA Revenue Revenues
    Earnings Capex""".split()
    )
    | frozenset(
        # Terms a prospectus or a data box capitalises ("the price band of the Offer", "Price
        # (21 Mar close): HK$160"), never a company's own name.
        """Offer Issue Price Prices Target Listing Dividend Bid Bids""".split()
    )
    # Row labels of newswire results tables ("Oper net loss 3,014,000", "Avg shrs").
    | frozenset("Oper Shr Shrs Revs Avg Qtr Mths".split())
    | ISO_CODES
    | EXCHANGES
)
# Currencies' names, capitalised in some styles ("4,6 Mrd. Euro", "the Dollar weakened"),
# and magnitudes' abbreviations ("Mrd.", "Mio."): never a company.
CURRENCY_NAMES: frozenset[str] = frozenset(
    """Euro Euros Dollar Dollars US-Dollar Yen Yuan Renminbi Pound Pounds Franc Francs Franken
    Rupee Rupees Krona Kronor Krone Kroner Kronen Rouble Roubles Ruble Rubles Lira Ringgit Baht
    Rand Peso Pesos""".split()
) | frozenset({magnitude.rstrip(".") for magnitude in EUROPEAN_MAGNITUDES} | {"Bio", "Mn", "Bn"})
# Words for a nationality or a region's people: as one word before a word in lower case they
# describe ("the Swiss group", "Kenyan unit", "Israeli veterans", "African fintech"), and are
# no company; in a longer name they stay part of it ("Swiss Re", "Canadian Pacific").
DEMONYMS: frozenset[str] = frozenset(
    """Swiss Kenyan Ethiopian African Nigerian Ghanaian Egyptian Moroccan Israeli Saudi Emirati
    Qatari Kuwaiti Turkish Russian Ukrainian Polish Czech Hungarian Austrian Belgian Danish
    Norwegian Finnish Irish Scottish Welsh Italian Spanish Portuguese Greek Argentine
    Argentinian Brazilian Mexican Chilean Colombian Peruvian Canadian Australian Korean
    Taiwanese Singaporean Indonesian Malaysian Thai Vietnamese Filipino Pakistani Bangladeshi
    Latin-American South-African""".split()
)
DESCRIBED_AFTER = lazy(r"[ \t]+\p{Ll}")
# The last word of an authority's name, and regulators' short names: a government, court or
# regulator that fines, guarantees or collects is not the company a figure is about ("the
# Financial Conduct Authority fined the bank £147 million", "the Confederation guarantees
# CHF 9 billion").
AUTHORITY_WORDS: frozenset[str] = frozenset(
    """Authority Commission Department Ministry Court Regulator Agency Government
    Confederation Parliament Council Bureau Treasury Tribunal Administration Prosecutor
    Prosecutors Senate Congress Police""".split()
)
AUTHORITY_NAMES: frozenset[str] = frozenset(
    """SEC FCA FINMA DOJ FTC CMA SFO IRS HMRC CFTC OCC FDIC BaFin ESMA SEBI Sebi CSRC ASIC
    Fed""".split()
)
# Countries and places: never a company on their own, but part of a name such as
# "Hyundai Motor India" or "Bank of America".
PLACES: frozenset[str] = frozenset(
    """China India Japan Germany France Britain England Sweden Italy Spain Russia Brazil
    Canada Mexico Australia Korea Singapore Indonesia Africa Europe Asia America
    Americas Saudi Arabia Netherlands Switzerland Ireland Israel Turkey Taiwan Vietnam
    London Paris Tokyo Beijing Shanghai Shenzhen Mumbai Delhi Stockholm Amsterdam Frankfurt
    Hong Kong Washington Wall Street Silicon Valley California Texas York Kingdom States
    North South East West Northern Southern Eastern Central Latin Middle Pacific Asia-Pacific
    Nordic Scandinavia U.S U.K U.S.A
    Nigeria Kenya Ghana Egypt Morocco Ethiopia Senegal Tanzania Uganda Rwanda Zambia Angola
    Algeria Tunisia Qatar Kuwait Bahrain Oman Lebanon Iran Iraq Pakistan Bangladesh Lanka
    Thailand Malaysia Philippines Argentina Chile Colombia Peru Venezuela Poland Norway
    Denmark Finland Austria Belgium Portugal Greece Hungary Romania Ukraine Kazakhstan
    Zealand Dubai Abu Dhabi Riyadh Jeddah Doha Cairo Lagos Abuja Nairobi Johannesburg
    Casablanca Istanbul Moscow Seoul Jakarta Manila Bangkok Kuala Lumpur Sydney Melbourne
    Toronto Vancouver Montreal Zurich Geneva Milan Madrid Rome Berlin Munich Brussels Dublin
    Edinburgh Luxembourg Bangalore Bengaluru Chennai Hyderabad Karachi Lahore Dhaka Taipei
    Osaka Hangzhou Guangzhou Chicago Boston Seattle Atlanta Houston Dallas Miami Delaware
    Florida Nevada Ohio Michigan Illinois Massachusetts Cambridge Oxford Perth Brisbane
    Adelaide Calgary Ottawa Quebec Monterrey Guadalajara Guinea Pilbara""".split()
)
# The nouns of financial statements and their section headings, capitalised in filings
# ("Cash Flows from Operating Activities", "Noncurrent Assets and Liabilities", "Consolidated
# Balance Sheet", "Selected Financial Data", "Pension Plans", "Amounts in 2017 represent"),
# and the words that qualify them. A name made of these words only, one of them a noun, is a
# heading or a line item, never a company ("Capital Group" and "Equity Residential" are).
STATEMENT_NOUNS: frozenset[str] = frozenset(
    """activities assets liabilities proceeds amounts flows flow balance sheet sheets data
    information guarantees property total totals adjustment adjustments depreciation
    amortization distribution distributions loans plans balances expenses expense income
    taxes leases equity capital resources liquidity operations results obligations
    commitments contingencies receivables payables inventories goodwill intangibles
    investments borrowings dividends compensation benefits pensions provisions reserves
    costs charges impairment restructuring acquisitions overview summary highlights
    comparison revenues revenue earnings equipment plant plan analysis reinvestment profit
    profits loss losses sales
    retirement timing libor sofr euribor sonia shibor hibor report reports statement
    statements notes note""".split()
)
STATEMENT_QUALIFIERS: frozenset[str] = frozenset(
    """consolidated noncurrent non-current current variable rate quarterly annual financial
    free cash net other contract pension deferred accrued operating investing financing
    selected key fixed gross long-term short-term interest segment supplementary unaudited
    and of from the for qtr oper""".split()
)
STATEMENT_WORDS = STATEMENT_NOUNS | STATEMENT_QUALIFIERS
# Section labels: a run of capitalised words opening a line, a bullet or a sentence and closed
# by a spaced dash or bold marks ("Financial Performance - For the six months ...", "**Rental
# Income and Occupancy**", "... rose 5%. Dividends and Shareholder Returns - The board ...").
# One made of common nouns only (words of `STATEMENT_WORDS` or `SECTION_WORDS`, or words the
# document also writes in lower case) heads a section and names no company; "Acme Corp -
# results" or "**Veltrona**" does not qualify, as their words are no common nouns.
SECTION_WORDS: frozenset[str] = frozenset(
    """performance outlook guidance strategy review returns return shareholder shareholders
    occupancy sales rental leasing market markets business businesses development developments
    risk risks valuation trends trend fundamentals fundamental expectations estimates history
    background growth margin margins profitability investment portfolio pipeline products
    customers employees governance sustainability recent latest interim half-year full-year
    year quarter financials position debt funding deals news update updates conclusion
    takeaways details context price prices stock shares share trading rates dividend
    comment comments key highlights metrics figures numbers""".split()
)
SECTION_CONNECTORS: frozenset[str] = frozenset("and & of the for in on".split())
SECTION_LABEL = lazy(
    r"(?:^|(?<=[.!?\]][ \t]+))(?:[ \t]*[-*•][ \t]+)?(?P<bold>\*\*)?"
    r"(?P<label>\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:and|&|of|the|for|in|on|\p{Lu}[\p{L}'’-]*)){0,5})"
    r"(?(bold)\*\*|[ \t]+[-–—][ \t]+(?=\p{Lu}))",
    regex.MULTILINE,
)


@functools.lru_cache(maxsize=4)
def section_labels(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the text's section labels made of common nouns only
    (`SECTION_LABEL`), in order."""
    starts: list[int] = []
    ends: list[int] = []
    lower: set[str] | None = None
    for match in SECTION_LABEL.finditer(text):
        words = [
            word.lower()
            for word in match.group("label").split()
            if word.lower() not in SECTION_CONNECTORS
        ]
        if not words:
            continue
        unknown = [word for word in words if word not in STATEMENT_WORDS | SECTION_WORDS]
        if unknown:
            lower = lower if lower is not None else set(LOWER_WORD.findall(text))
            if any(word not in lower for word in unknown):
                continue
        starts.append(match.start("label"))
        ends.append(match.end("label"))
    return starts, ends


# The last word of a product's tier or plan: "ChatGPT Plus", "the Pro version", "Max"
# alone, "£45 a month for Ultra". A clause's name ending so is what is sold, not who sells
# it: the price is the company's that sells it.
PRODUCT_TIERS: frozenset[str] = frozenset(
    "Plus Pro Max Ultra Premium Basic Lite Ultimate Metal Extra Mini Teams".split()
)
# What follows a product's name rather than a company's: a tier, version or membership noun
# ("its Gold membership", "the Pro version", "Mario Kart World bundle"), a trade mark's sign
# ("sales of Glucora® were"), a machine after an
# indefinite article ("a High-NA EUV system", "a standard EUV tool"), or an apposition that
# makes it one ("Game Pass, Acme's subscription service,"). Not "plan", "package" or "model":
# "the Acme plan", "the Acme package" are as often the company's scheme or offer.
PRODUCT_AFTER = lazy(
    r"[ \t]+(?:subscription|membership|tier|version|edition|bundle)\b|[®™]"
    r"|,[ \t]+\p{Lu}[\p{L}\d&.-]*(?:[ \t]+\p{Lu}[\p{L}\d&.-]*)*['’]s[ \t]+"
    r"(?:[\p{Ll}-]+[ \t]+)?(?:plan|subscription|service|product|app|brand|console)\b"
)
MACHINE_AFTER = lazy(r"[ \t]+(?:system|tool|machine|device)\b")
INDEFINITE_BEFORE = lazy(r"\b[Aa]n?[ \t]+(?:[\p{Ll}-]+[ \t]+)?$")
# A sentence's capitalised article read as the phrase's first word ("A High-NA EUV system").
INDEFINITE_OPENING = lazy(r"An?[ \t]+")


def is_product(text: str, start: int, end: int, name: str) -> bool:
    """Whether the name at text[start:end] names a product, plan or tier rather than a
    company (`PRODUCT_TIERS`, `PRODUCT_AFTER`, `MACHINE_AFTER`)."""
    if name.split()[-1] in PRODUCT_TIERS or PRODUCT_AFTER.match(text, end) is not None:
        return True
    return MACHINE_AFTER.match(text, end) is not None and (
        INDEFINITE_BEFORE.search(text, max(0, start - 30), start) is not None
        or INDEFINITE_OPENING.match(text, start, end) is not None
    )


# The last word of a law's name: "the Jobs Act", "the Inflation Reduction Act".
LAW_WORDS: frozenset[str] = frozenset("Act Acts Law Directive Regulation".split())
NOT_ENTITIES = NOT_NAME_WORDS | PLACES | CURRENCY_NAMES


def is_authority(name: str | None) -> bool:
    """Whether a name is a government's, a court's or a regulator's (`AUTHORITY_WORDS`)."""
    if not name:
        return False
    words = name.split()
    return words[-1] in AUTHORITY_WORDS or name in AUTHORITY_NAMES


# A name made of these words only, one of them a place, is a place ("the United States",
# "United Arab Emirates"), while "United Airlines" and "United" are companies.
PLACE_NAME_WORDS = PLACES | frozenset("United Arab Emirates Republic".split())
# The last word of a sea's, a strait's or a canal's name: two or more words ending so name a
# place ("the Red Sea", "the Strait of Hormuz" read as "Strait", "the Suez Canal", "the
# Persian Gulf"), never a company ("Sea" alone is one).
WATER_WORDS: frozenset[str] = frozenset("Sea Seas Ocean Gulf Canal Strait Straits River".split())
# A word that opens a sentence is a name when a possessive, a ticker or a relative clause
# telling its purchase by a named buyer follows it ("Arm, which SoftBank bought for...").
NAME_MARKER = lazy(
    r"['’]s\b|\s+\((?:NYSE|NASDAQ|Nasdaq|LSE|TSE|NSE|BSE|HKEX|SIX)\b"
    r"|,\s+which\s+\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}\s+(?:had\s+|has\s+)?"
    r"(?:bought|acquired|purchased)\b"
)
# Not a letter that opens a currency's sign ("Qantas Domestic A$1.07 billion", "Itaú R$41
# billion"): the figure follows the name.
NOT_A_COMPANY_AFTER = lazy(r"[ \t]*:|[ \t]+(?:\d|[A-Z]\b(?!['’&.$]))|[$€£¥\d]")
# A letter or two before "shares" is a share class ("H shares", "A-shares").
SHARE_CLASS_AFTER = lazy(r"[ \t-]*shares?\b", regex.IGNORECASE)
# A capitalised token glued to a currency sign or digits ("HK$5", "US$", "RMB100") is a
# currency marker, not a name.
ATTACHED_BEFORE = lazy(r"[$€£¥\d]$")
# A dateline opening a paragraph ("LONDON, March 3 -", "MIAMI, Fla., Feb 26 -", "SÃO PAULO,
# Feb 6 -", its capitals perhaps accented): its place is where the story was filed, not what
# it is about.
DATELINE = lazy(
    r"(?m)^[ \t]*(?:\p{Lu}[\p{Lu}.'-]+(?:[ \t]+\p{Lu}[\p{Lu}.'-]+)*)"
    r"(?:,[ \t]+[A-Z][a-z]+\.?)?,[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})\b"
)
# A dateline without a date: places in capitals, perhaps an agency, then a dash
# ("HONG KONG/BEIJING - Xiaomi set", "RIYADH (Wire) - Aramco priced").
# Not a company's name up to its legal suffix ("ACME PLC - FULL YEAR - DESK NOTES").
PLACE_DATELINE = lazy(
    r"(?m)^[ \t]*(?P<places>\p{Lu}[\p{Lu}.'-]+(?:(?:[ \t]+|[ \t]*/[ \t]*)\p{Lu}[\p{Lu}.'-]+)*)"
    r"(?<!\b(?:INC|CORP|CORPORATION|CO|LTD|LIMITED|PLC|LLC|AG|SA|NV|SE|GROUP|HOLDINGS?)\.?)"
    r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+[-–—][ \t]"
)
# A sentence opened by a participle ("Following the merger, ...", "Commenting on a rise in
# turnover, ...", "Citing weak demand, ..."): a capitalised word ending in -ing right after a
# sentence start and followed by a determiner, or a preposition and a lower-case word. A
# company whose name ends so ("Boeing said", "Boeing to cut jobs", "Boeing on Monday") is
# never followed by that.
PARTICIPLE_AFTER = lazy(
    r"\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those|our|weak|strong|higher|lower)"
    r"|(?:on|at|about|from|with|for|over|after|up|through)\s+\p{Ll}+)\b"
)
# Where a sentence opens: the text's start, after a full stop or a line break, or after a
# dateline's dash ("LONDON, March 4 - Commenting on ...").
SENTENCE_OPENING_BEFORE = lazy(r"(?:\A|[.!?:;]\s+|\n[ \t]*|\s[-–—]\s+)[\"“'‘]?$")
# How far into its line a dateline's place can end, in characters.
DATELINE_REACH = 40
# A company's verb right after a sentence's first word: "Xiaomi was valued", "Quorra earned",
# "Fernwave, which raised".
SUBJECT_VERB_AFTER = lazy(
    r"(?:['’]s)?(?:,\s+which)?\s+(?:was|is|raised|raises|reported|posted|earned|lost|made|"
    r"closed|bought|buys|paid|pays|agreed|set|priced|expects|took|takes|rejected|received|"
    r"offered|invested|completed|sold|sells|announced|spent|shares|plans|said|won|filed)\b"
)
# How a text uses a word that starts in lower case as a company's name ("xAI has bought",
# "eBay's sales", "easyJet plc", "the airline easyJet"): a possessive, a legal suffix or a
# company's verb after it, or a noun that describes a company before it.
INNER_NAME_AFTER = lazy(
    r"['’]s\b|\s+(?:Inc|Corp|Corporation|Ltd|Limited|Group|Holdings?|PLC|plc|LLC|AG|SA|NV|SE)\b"
    r"|(?:,\s+which)?\s+(?:(?:has|had|have|will|would|said|says)\s+)?(?:was|is|raised|raises|"
    r"reported|reports|posted|earned|lost|made|bought|buys|paid|pays|agreed|priced|expects|took|"
    r"takes|rejected|received|offered|invested|completed|sold|sells|announced|spent|plans|won|"
    r"filed|said|says|valued|acquired|acquires|swallows|swallowed)\b"
)
INNER_NAME_BEFORE = lazy(
    r"\b(?:company|start-?up|firm|rival|owner|maker|group|retailer|airline|carrier|lender|"
    r"operator|developer|platform|marketplace|subsidiary|parent)\s+$"
)
# A reporting company's defined term ("the Company", "the Group"): the document names its
# filer by it, so a name found by position in a clause is not the company that reports.
SELF_REFERENCE = lazy(
    r"\b(?:the|The) (?:Company|Firm|Group|Partnership|Trust|Fund)\b(?!['’]s? \p{Lu})"
)
# A filer writing of itself in the first person ("our operations", "our net sales").
FIRST_PERSON = lazy(r"\b[Oo]ur\b")
FIRST_PERSON_MIN = 3
# A text this short (a note of a sentence or two) gets no second chance to capitalise a name
# mid-sentence, so there a sentence opener followed by a company's verb counts as a name.
SHORT_NOTE = 600
# Capitalised openers of financial prose that are never a company on their own.
COMMON_OPENERS: frozenset[str] = frozenset(
    """revenue revenues sales turnover profit profits earnings income loss losses investors
    analysts regulators shareholders shares stock officials government management it
    everyone nobody company firm group bank board lenders banks buyers sellers bidders
    demand output spending growth inflation prices costs debt cash proceeds payments""".split()
)
# How far ahead of the next name the topic's score must be for the topic to be clear: at
# least this factor times the runner-up, and this many points more.
TOPIC_LEAD_FACTOR = 1.5
TOPIC_LEAD_POINTS = 2
# A topic named fewer times than this (counting the title and opening's extra weight) is too
# thinly evidenced to carry figures that name no company.
TOPIC_MIN_SCORE = 4
# The extra weight of the name a title or opening sentence gives first; in a document that
# calls its reporting company by a defined term ("the Firm"), the title is where it is named.
OPENING_WEIGHT = 3
SELF_NAMED_OPENING_WEIGHT = 8
# Not after a capitalised word: a name that cannot be followed as the pattern asks from a
# run's first word cannot be from a later one either, and trying every word of "Acme Acme
# Acme ..." again would take time growing with the square of the run.
NOT_MID_NAME = r"(?<![A-Z][\p{L}\d&.-]*?\s*?)"
# Where a name can start, and its longest run of capitalised words; `_names_then` tries the
# words after each shorter run itself, as a pattern "{NAME}<tail>" would by backtracking
# (which the regex module does in time growing with the square of the run).
NAME_RUN = lazy(rf"{NAME_CAN_START}{NOT_MID_NAME}{NAME}")
NAME_WORD = lazy(rf"{ELIDED}[A-Z][\p{{L}}\d&.-]*")
BODY_LINE = lazy(r"^(?![-#]|\w+:\s)(?P<p>\S.*)$", regex.MULTILINE)
# A person: the name after a title ("chief executive Jane Doe"), or before an apposition
# that makes one ("Jane Doe, who", "Jane Doe, its founder").
PERSON_AFTER_TITLE = lazy(
    rf"\b(?:[Cc]hief [Ee]xecutive|CEO|[Cc]o-?founder|[Ff]ounder|[Cc]hair(?:man|woman)|boss|"
    rf"Mr|Ms|Mrs)\.?,?\s+(?P<name>{NAME})"
)
PERSON_APPOSITION = lazy(
    r",\s+(?:who\b|(?:its|the|their)\s+"
    r"(?:chief|founder|co-?founder|chair\w*|boss|president|head|billionaire)\b)"
)
TRANSACTION_OBJECT = lazy(
    rf"\b(?:(?:stake|holding|interest|invest\w*|put|control|rescue|bailout|takeover|"
    rf"acquisition|bid|offer|approach)\b(?:[^.;\n]|\.(?=\d)){{0,60}}?\b(?:in|into|of|for)|"
    rf"valuing|values|valued) (?:the )?(?P<name>{NAME})"
)
# The verbs of a company that invests or buys, and what follows its name ("Acme's board
# agreed to buy"): a space always stands before the verb, so a text where the verb alone is
# never written has no such name (`TRANSACTION_VERB_ALONE`, quick to search for).
TRANSACTION_VERBS = (
    r"(?:invest(?:s|ed)?|inject(?:s|ed)|"
    r"committed|wrote a cheque|put|putting|paid|bought|buys|acquir(?:es|ed)|"
    r"(?:takes|took|taking) control|"
    r"agreed to (?:take|buy|invest|acquire))\b"
)
TRANSACTION_VERB = lazy(r"(?:['’]s)? (?:(?!to\b)[^\s.;]+ ){0,3}?" + TRANSACTION_VERBS)
TRANSACTION_VERB_ALONE = lazy(r"\b" + TRANSACTION_VERBS)
# Nouns that describe a company or a person before its name at the start of a headline or
# sentence: "Carmaker Lotus", "Retailer Brightmart", "Ailing Acme", "Tycoon Jane Doe".
DESCRIPTOR = lazy(
    r"\p{Lu}\p{Ll}*maker|Retailer|Insurer|Lender|Miner|Brewer|Airline|Carrier|Broadcaster|"
    r"Publisher|Rival|Regulator|Supermarket|Conglomerate|Giant|Firm|Start-?up|Telecoms|"
    r"Chipmaker|Tycoon|Billionaire|Entrepreneur|Activist|Ailing|Troubled|Struggling|Embattled"
)
# What follows the name of a part or a product of a company rather than the company: "the
# Industrial segment", "its Consumer division", "our Brightleaf® brand". Not "unit": "the
# Acme unit" is as often Acme's unit.
PART_OR_BRAND_WORDS = ("segment", "division", "®", "™")
PART_OR_BRAND_AFTER = lazy(
    r" (?:(?:business |operating |reportable |reporting )?(?:segments?|divisions?)|"
    r"reporting units?)\b|[ \t]?[®™]"
)
# A line written in capitals only (a newswire headline, a filing's heading): its capitals say
# nothing of names ("FRANCE REDUCES TRADE DEFICIT IN FEBRUARY", "1986 YEAR NET"), except a
# company's name before its bracketed ticker or up to its legal suffix ("D.H. HOLMES CO LTD
# <HLME> 4TH QTR NET", "FEDERATED DEPARTMENT STORES INC 4TH QTR NET").
CAPS_LINE = lazy(r"[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*")
CAPS_LINE_REACH = 200
WIRE_TICKER = lazy(r"<[A-Z\d.]{1,10}>")
CAPS_LEGAL_SUFFIX = lazy(
    r"\b(?:INC|CORP|CORPORATION|CO|COS|LTD|LIMITED|PLC|LLC|AG|SA|NV|SE|GROUP|HOLDINGS?|"
    r"BANCORP)\b\.?"
)
# Words of a capitals headline after which the company's name starts: "SIEMENS RAISES STAKE
# IN ORBIX <ORBX>", "RECOMMENDATION REITERATED ON WANG LABS <WANB>" (not OF: "BANK OF
# BOSTON CORP").
CAPS_NAME_BREAK = lazy(r"\b(?:IN|ON|FOR|TO|AT|BY|FROM|WITH|INTO)[ \t]+")
# A title-case line: at least TITLE_MIN_WORDS words of four letters or more, TITLE_SHARE of
# them capitalised ("Arm Shares Jump 25% In Nasdaq Debut After $4.87 Billion IPO").
TITLE_WORD = lazy(r"(?<![\p{L}\d])\p{L}[\p{L}'’-]{3,}")
TITLE_MIN_WORDS = 3
TITLE_SHARE = 0.8
# A line in capitals only is read as a capitals line (`CAPS_LINE`), not a title.
LOWER_CASE = lazy(r"\p{Ll}")
# The ending of an adjective made with a name: "the SoftBank-controlled chip designer", "the
# London-listed group", "a Tencent-backed start-up".
HYPHEN_ADJECTIVE = lazy(
    r"-(?:controlled|listed|based|backed|owned|led|born|made|focused|registered|"
    r"headquartered|funded|run|linked|affiliated|quoted|traded|style|sized|related|bound)$"
)
# A fiscal period written as a token: "FY24", "FY2024", "Q2'23", "1H24", "H1", "Q3FY18".
PERIOD_TOKEN = lazy(r"(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H)(?:FY)?|FY)['’]?(?:\d{2}|\d{4})?[AEF]?")
# A code of capitals run into digits: a ticker ("PETR4"), a currency glued to its amount
# ("RMB172.4"), a period ("FY2025E"), a drug class or a virus ("GLP-1", "COVID-19"). Never a
# company's name nor part of one.
CODE_TOKEN = lazy(r"\p{Lu}{2,}-?\d[\p{L}\d.,]*")
# Capitals in parentheses after words in lower case, which they may abbreviate: "net property
# income (NPI)", "earnings per share (EPS)"; small words may be left out of the initials.
TERM_ACRONYM = lazy(
    r"(?P<words>(?:\b\p{Ll}[\p{Ll}-]*\s+){1,9})\(\s*(?P<acronym>\p{Lu}{2,6})s?\s*\)"
)
ACRONYM_SMALL_WORDS = frozenset({"of", "and", "the", "to", "for", "on", "per", "in", "a"})
# A currency's letters glued to the amount ("Ksh62.1bn", "SR4.96", "GHS9.9m"): the figure,
# never a name that starts there.
_CURRENCY_LETTERS = sorted(
    {key for key in SYMBOLS if key.isalpha()}
    | {letters.lower() for letters in GLUED_LETTERS_WITH_MAGNITUDE if letters.isalpha()}
    | {code.lower() for code in ISO_CODES},
    key=len,
    reverse=True,
)
CURRENCY_GLUED_TO_DIGITS = lazy(rf"(?i:{'|'.join(_CURRENCY_LETTERS)})\d")
# One or two capitals (or a capital and a small letter) and then only digits, standing
# alone: a model, a grade or a currency glued to its amount ("A380", "G7", "R250" of "R250
# billion", "Ps62.3" of "Ps62.3 billion"), never a company on its own ("S4 Capital" is one).
CAPITALS_AND_DIGITS = lazy(r"(?:\p{Lu}{1,2}|\p{Lu}\p{Ll})\d[\d.,]*")
# A capital right after an apostrophe glued to a letter is a possessive's or a contraction's
# ("OSHMAN'S", "DON'T"), never where a name starts ("'New World'" is a quotation).
AFTER_APOSTROPHE = lazy(r"\p{L}['’]$")
POSSESSIVE_S = lazy(r"['’]s?$")
# A word in lower case, not part of a path, an address or a file name ("notes/infosys.md",
# "www.acme.com"): those keep a name's letters in lower case without using it as a word.
LOWER_WORD = lazy(r"(?<![\p{L}\d/.@])\p{Ll}[\p{L}-]*+(?![/@]|\.\w)")
TITLE_LINE = lazy(r"^(?:title:\s*|#\s+)(?P<t>.+)$", regex.MULTILINE)
# A title that opens with a name and a colon: "JPMorgan Chase: management's discussion".
TITLE_LABEL = lazy(r"[\"'“]?(?P<name>\p{Lu}[\p{L}\d&.'’ -]{1,60}?)\s*:")


def normalize_entity(name: str) -> str:
    """A company name without possessive, legal suffix or surrounding punctuation."""
    name = POSSESSIVE_S.sub("", name.strip(' ,.;:()"“”'))
    return LEGAL_SUFFIXES.sub("", name).strip()


@dataclass(frozen=True)
class NameIndex:
    """Every capitalised phrase of one text (`PROPER_NOUN` read over all of it) with the name
    it gives, so that the names of a span are looked up rather than read again per figure."""

    text: str
    starts: list[int]
    ends: list[int]
    names: list[str | None]

    @classmethod
    def of(cls, text: str, names: DocumentNames, matches: list[regex.Match[str]]) -> NameIndex:
        """The index of `matches`, the phrases `PROPER_NOUN.finditer(text)` finds."""
        return cls(
            text,
            [m.start() for m in matches],
            [m.end() for m in matches],
            [names.name_at(text, m) for m in matches],
        )

    def names_in(self, names: DocumentNames, start: int, end: int) -> list[str]:
        """What `names.scan(text, start, end)` gives."""
        return [name for _, _, name in self.phrases_in(names, start, end)]

    def phrases_in(
        self, names: DocumentNames, start: int, end: int
    ) -> Iterator[tuple[int, int, str]]:
        """What `names.phrases(text, start, end)` gives. Read from `start`, the pattern finds
        the phrases read over the whole text once it stands outside them; before that (a
        span starting inside a phrase) and in a phrase the span's end cuts, it is read."""
        text, starts, ends = self.text, self.starts, self.ends
        at = bisect.bisect_left(starts, start) - 1
        while start < end and at >= 0 and ends[at] > start:
            match = PROPER_NOUN.search(text, start, end)
            if match is None:
                return
            if name := names.name_at(text, match):
                yield match.start(), match.end(), name
            start = match.end()
            at = bisect.bisect_left(starts, start) - 1
        at += 1
        while at < len(starts) and ends[at] <= end:
            if name := self.names[at]:
                yield starts[at], ends[at], name
            at += 1
        if at < len(starts) and starts[at] < end:
            yield from names.phrases(text, starts[at], end)


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
    topic_clear: bool = False
    self_named: bool = False
    index: NameIndex | None = field(default=None, compare=False, repr=False)
    full_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str) -> DocumentNames:
        phrases = list(PROPER_NOUN.finditer(text))
        found = _name_words(text, phrases) - NOT_ENTITIES - _term_acronyms(text)
        vocabulary = frozenset(
            {word for word in found if not _never_a_name(word)} | _owning_exchanges(text)
        )
        index = NameIndex.of(text, cls(vocabulary, None), phrases)
        names = cls(vocabulary, None, index=index)
        written = Counter(names.in_span(text, 0, len(text)))
        if not written:
            return names
        short_names = _short_forms(written)
        scores: Counter[str] = Counter()
        for name, count in written.items():
            scores[short_names.get(name, name)] += count
        # The verb is written a few times a story at most: searched for once ahead, it spares
        # trying it after each of the story's dozens of names (`_names_then`'s `rare_tail`);
        # a story that never writes it alone is not searched.
        subjects = (
            [(start, end) for start, end, _ in _names_then(text, TRANSACTION_VERB, rare_tail=True)]
            if TRANSACTION_VERB_ALONE.search(text)
            else []
        )
        for name, weight in _subject_evidence(text, names, subjects):
            scores[short_names.get(name, name)] += weight
        persons = _with_full_names(
            frozenset(name for found in _persons(text) if (name := names.clean(found))), written
        )
        for part in _parts_and_brands(text, names, phrases) | _dateline_places(text, names):
            scores.pop(short_names.get(part, part), None)
        for product in _products(text, names, phrases):
            # "Vessa Pro" is Vessa's product: the company stays a candidate.
            if product not in short_names:
                scores.pop(product, None)
        if not scores:
            return names
        ranked = _topic_ranking(scores, persons)
        subject = ranked[0][0]
        investors = frozenset(
            short_names.get(name, name)
            for start, end in subjects
            for name in names.in_span(text, start, end)[-1:]
        )
        return cls(
            names.vocabulary,
            subject,
            short_names,
            investors,
            persons - {subject},
            _clearly_ahead(ranked),
            _names_itself(text),
            names.index,
            _introduced_in_full(text, names.index, short_names),
        )

    def shortest(self, name: str | None) -> str | None:
        """The short form the document also uses for a long name ("Jio" for "Jio Platforms")."""
        return self.short_names.get(name, name) if name else None

    def in_span(self, text: str, start: int, end: int) -> list[str]:
        """The names in text[start:end], in order, normalized; tickers and model names left out."""
        if self.index is not None and self.index.text is text:
            return self.index.names_in(self, start, end)
        return self.scan(text, start, end)

    def named_phrases(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """The start, end and name of each phrase of text[start:end] that names one, in order:
        the spans of the names `in_span` gives."""
        if self.index is not None and self.index.text is text:
            return self.index.phrases_in(self, start, end)
        return self.phrases(text, start, end)

    def scan(self, text: str, start: int, end: int) -> list[str]:
        """`in_span` read from the text itself, without the document's index."""
        return [name for _, _, name in self.phrases(text, start, end)]

    def phrases(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """`named_phrases` read from the text itself, without the document's index."""
        for match in PROPER_NOUN.finditer(text, start, end):
            if name := self.name_at(text, match):
                yield match.start(), match.end(), name

    def name_at(self, text: str, match: regex.Match) -> str | None:
        """The company name a capitalised phrase gives, or None (tickers, model names, a
        currency marker glued to a sign or digits, a share class, a single letter, a
        dateline's place)."""
        phrase = match.group(0)
        if (
            len(phrase) < 2
            or _after_apostrophe(text, match.start())
            or _beyond_capitals_company(text, match)
            or WIRE_TICKER.match(text, max(0, match.start() - 1)) is not None
            or (NOT_A_COMPANY_AFTER.match(text, match.end()) and not LEGAL_SUFFIXES.search(phrase))
            or ATTACHED_BEFORE.search(text, max(0, match.start() - 1), match.start())
            or (len(phrase) <= 2 and SHARE_CLASS_AFTER.match(text, match.end()))
            or CAPITALS_AND_DIGITS.fullmatch(phrase) is not None
            or CURRENCY_GLUED_TO_DIGITS.match(phrase) is not None
            or _in_dateline(text, match)
            or _on_lines(section_labels(text), match.start())
            or _opening_participle(text, match)
            or (
                phrase.split()[-1] in DEMONYMS
                and all(word in NOT_NAME_WORDS for word in phrase.split()[:-1])
                and DESCRIBED_AFTER.match(text, match.end())
            )
        ):
            return None
        return self.clean(phrase)

    def clean(self, phrase: str) -> str | None:
        """The first run of name words in the phrase, normalized; None when there is none."""
        return _cleaned(phrase, self.vocabulary)

    def clean_capitals(self, phrase: str) -> str | None:
        """`clean` for a phrase written in capitals only (a headline "CISCO TO BUY SPLUNK"):
        each word is read as the name word the document writes in mixed case with the same
        letters ("Cisco"), when it writes exactly one, the words after it as the document
        writes them or capitalised ("CISCO SYSTEMS": "Cisco Systems"); a phrase with lower-case
        letters as `clean` reads it."""
        if LOWER_CASE.search(phrase):
            return self.clean(phrase)
        mixed = _mixed_case_words(self.vocabulary)
        first, *rest = phrase.split()
        if (name := mixed.get(first_word(first))) is None:
            return None
        return self.clean(" ".join([name, *(mixed.get(word, word.capitalize()) for word in rest)]))


@functools.lru_cache(maxsize=4096)
def _cleaned(phrase: str, vocabulary: frozenset[str]) -> str | None:
    """`DocumentNames.clean` for a document's `vocabulary`, read once per phrase: a document
    writes the same names again and again."""
    words = phrase.split()
    while words and first_word(words[0]) not in vocabulary:
        words.pop(0)
    for index, word in enumerate(words[1:], start=1):
        if first_word(word) in NOT_NAME_WORDS or _code_word(word):
            words = words[:index]
            break
    if _is_place(words) or _is_statement_label(words):
        return None
    name = normalize_entity(" ".join(words))
    return name or None


@functools.lru_cache(maxsize=64)
def _mixed_case_words(vocabulary: frozenset[str]) -> dict[str, str]:
    """The document's name words not written in capitals only, by their letters in capitals
    ("CISCO": "Cisco"); a spelling two name words share ("EBAY" for "eBay" and "Ebay") is
    left out."""
    spellings: dict[str, set[str]] = {}
    for word in vocabulary:
        if LOWER_CASE.search(word):
            spellings.setdefault(word.upper(), set()).add(word)
    return {upper: next(iter(words)) for upper, words in spellings.items() if len(words) == 1}


def _code_word(word: str) -> bool:
    """Whether a word is a period ("FY24", "Q2", "FY2025E"), a code of capitals and digits
    ("PETR4", "RMB172.4") or a currency's letters glued to an amount ("N330")."""
    return (
        PERIOD_TOKEN.fullmatch(word) is not None
        or CODE_TOKEN.fullmatch(word) is not None
        or CURRENCY_GLUED_TO_DIGITS.match(word) is not None
    )


@functools.lru_cache(maxsize=4)
def _title_case_lines(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the short lines written in title case ("Netflix Adds 13.1
    Million Subscribers, Signs $5 Billion WWE Deal"): their capitals say nothing of names."""
    starts, ends, start = [], [], 0
    for line in text.split("\n"):
        if len(line) <= CAPS_LINE_REACH and LOWER_CASE.search(line):
            words = TITLE_WORD.findall(line)
            capitalised = sum(1 for word in words if word[0].isupper())
            if len(words) >= TITLE_MIN_WORDS and capitalised >= TITLE_SHARE * len(words):
                starts.append(start)
                ends.append(start + len(line))
        start += len(line) + 1
    return starts, ends


def _on_lines(lines: tuple[list[int], list[int]], position: int) -> bool:
    """Whether `position` lies on one of `lines` (their sorted starts and ends)."""
    starts, ends = lines
    at = bisect.bisect_right(starts, position) - 1
    return at >= 0 and position < ends[at]


def _never_a_name(word: str) -> bool:
    """Whether a capitalised word describes rather than names: an adjective made with a
    company's name ("SoftBank-controlled", "London-listed"), a fiscal period ("FY24", "Q2'23")
    or a compound of words that are never names ("July-September", a currency's adjective
    "Canadian-dollar")."""
    if HYPHEN_ADJECTIVE.search(word) or _code_word(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(
        part in NOT_ENTITIES or part in DEMONYMS or part.capitalize() in CURRENCY_NAMES
        for part in parts
    )


def _opening_participle(text: str, match: regex.Match) -> bool:
    """Whether a one-word phrase is the participle opening its sentence (`PARTICIPLE_AFTER`)."""
    phrase = match.group(0)
    return (
        phrase.endswith("ing")
        and " " not in phrase
        and SENTENCE_OPENING_BEFORE.search(text, max(0, match.start() - 5), match.start())
        is not None
        and PARTICIPLE_AFTER.match(text, match.end()) is not None
    )


def _term_acronyms(text: str) -> frozenset[str]:
    """The capitals a text defines as short for words in lower case ("distribution per unit
    (DPU)", "gross gaming revenue (GGR)"): a term of the trade, never a company."""
    found = set()
    for match in TERM_ACRONYM.finditer(text):
        words, acronym = match.group("words").split(), match.group("acronym")
        for size in range(len(acronym), min(len(words), len(acronym) + 3) + 1):
            tail = words[-size:]
            every = "".join(word[0] for word in tail)
            content = "".join(word[0] for word in tail if word not in ACRONYM_SMALL_WORDS)
            if acronym.lower() in (every, content):
                found.add(acronym)
                break
    return frozenset(found)


def _owning_exchanges(text: str) -> frozenset[str]:
    """The exchanges the text writes as owners (`OWNING_EXCHANGE`): companies of its story."""
    return frozenset(match.group("name") for match in OWNING_EXCHANGE.finditer(text))


def _is_place(words: list[str]) -> bool:
    """Whether a run of name words names a place: all place words, one of them a place, or
    a sea's or canal's name (`WATER_WORDS`)."""
    firsts = [first_word(word) for word in words]
    if len(firsts) > 1 and firsts[-1] in WATER_WORDS:
        return True
    return all(word in PLACE_NAME_WORDS for word in firsts) and any(
        word in PLACES for word in firsts
    )


def _is_statement_label(words: list[str]) -> bool:
    """Whether a run of name words is a financial statement's heading or line item (all
    statement words, `STATEMENT_NOUNS` and `STATEMENT_QUALIFIERS`; "Consolidated" alone
    too), or a law ("the Jobs Act")."""
    if len(words) > 1 and words[-1] in LAW_WORDS:
        return True
    return all(word.lower().rstrip(".:") in STATEMENT_WORDS for word in words)


def _names_itself(text: str) -> bool:
    """Whether the document refers to its reporting company by a defined term or in the first
    person rather than by name."""
    if SELF_REFERENCE.search(text):
        return True
    return sum(1 for _ in FIRST_PERSON.finditer(text)) >= FIRST_PERSON_MIN


def _topic_ranking(scores: Counter[str], persons: frozenset[str]) -> list[tuple[str, int]]:
    """Candidate topics, best first; persons only when no company is named at all."""
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    companies = [item for item in ranked if item[0] not in persons]
    return companies or ranked


def _clearly_ahead(ranked: list[tuple[str, int]]) -> bool:
    """Whether the best topic leads the runner-up by enough to carry figures that name no
    company of their own."""
    top = ranked[0][1]
    if top < TOPIC_MIN_SCORE:
        return False
    if len(ranked) < 2:
        return True
    second = max(ranked[1][1], 0)
    return top >= TOPIC_LEAD_FACTOR * second and top - second >= TOPIC_LEAD_POINTS


def _in_dateline(text: str, match: regex.Match) -> bool:
    """Whether a name is the place of a dateline opening its line."""
    low = max(0, match.start() - DATELINE_REACH - 1)
    newline = text.rfind("\n", low, match.start())
    if newline < 0 < low:
        return False
    line_start = newline + 1
    if match.start() - line_start > DATELINE_REACH:
        return False
    dateline = DATELINE.match(text, line_start) or PLACE_DATELINE.match(text, line_start)
    return dateline is not None and match.end() <= dateline.end()


def _uncommon(word: str) -> bool:
    """Whether a capitalised word is no common noun of financial prose ("Revenue", "Profit",
    "Regulators"): not a metric or measure cue, not a listed common opener."""
    lower = word.lower()
    return lower not in COMMON_OPENERS and not any(
        pattern.fullmatch(lower) for _, pattern in METRIC_CUE_PATTERNS + MEASURE_CUE_PATTERNS
    )


def _name_words(text: str, phrases: list[regex.Match[str]]) -> frozenset[str]:
    """Capitalised words the document uses as names, from its capitalised `phrases`
    (`PROPER_NOUN.finditer(text)`).

    A word is a name when it is capitalised mid-sentence, written with a possessive or a
    ticker ("Nvidia's", "Nvidia (NASDAQ: NVDA)"), or opens sentences, two or more of them,
    followed by another capitalised word ("General Motors ended") or by a company's verb
    ("Xiaomi was valued", "Quorra earned") in a short note when it is no common noun, and is
    never written in lower case.
    """
    mid_sentence: set[str] = set()
    sentence_openers: Counter[str] = Counter()
    descriptors: set[tuple[str, str]] = set()
    title_lines = _title_case_lines(text)
    for match in phrases:
        if _after_apostrophe(text, match.start()):
            continue
        if not match.group(0)[0].isupper():
            if _used_as_name(text, match):
                mid_sentence.add(first_word(match.group(0)))
            continue
        if _on_lines(title_lines, match.start()):
            continue
        if (capitals := _capitals_line(text, match.start())) is not None:
            company_start, company_end = _company_span(text, *capitals)
            head = PROPER_NOUN.search(text, company_start, company_end)
            if head and match.start() <= head.start() < match.end() <= company_end:
                mid_sentence.add(first_word(head.group(0)))
            continue
        words = match.group(0).split()
        opens = starts_sentence(text, match.start())
        while len(words) > 1 and first_word(words[0]) in NOT_NAME_WORDS:
            words, opens = words[1:], False
        word = first_word(words[0])
        if not opens or NAME_MARKER.match(text, match.start() + len(match.group(0).split()[0])):
            mid_sentence.add(word)
        else:
            if len(words) > 1:
                descriptors.add((word, first_word(words[1])))
            subject = (
                len(text) <= SHORT_NOTE
                and SUBJECT_VERB_AFTER.match(text, match.end())
                and _uncommon(word)
            )
            sentence_openers[word] += 2 if len(words) > 1 or subject else 1
    lower_words = set(LOWER_WORD.findall(text))
    repeated = {
        word
        for word, count in sentence_openers.items()
        if count >= 2 and word.lower() not in lower_words
    }
    starting = mid_sentence | set(sentence_openers)
    return frozenset(mid_sentence | (repeated - _descriptors(descriptors, starting)))


def _used_as_name(text: str, match: regex.Match) -> bool:
    """Whether a word that starts in lower case or with digits and has a capital inside
    ("xAI", "eBay", "23andMe") is used as a company's name where `match` finds it: written
    with a possessive or a legal suffix, followed by a company's verb, or after a noun that
    describes a company ("the start-up xAI"); "iPhone sales" is none."""
    end = match.start() + len(match.group(0).split()[0])
    return (
        INNER_NAME_AFTER.match(text, end) is not None
        or INNER_NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
    )


def _capitals_line(text: str, position: int) -> tuple[int, int] | None:
    """The bounds of the line around `position` when it is a short line written in capitals
    only (`CAPS_LINE`, at most `CAPS_LINE_REACH` characters), else None."""
    start = text.rfind("\n", max(0, position - CAPS_LINE_REACH), position) + 1
    if start == 0 and position > CAPS_LINE_REACH:
        return None
    end = text.find("\n", position, start + CAPS_LINE_REACH + 1)
    end = len(text) if end < 0 and len(text) - start <= CAPS_LINE_REACH else end
    if end < 0 or CAPS_LINE.fullmatch(text, start, end) is None:
        return None
    return start, end


def _company_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the company a capitals line names lies: up to its bracketed ticker, else up to
    its last legal suffix, from the line's start or the last word that ends a headline's
    phrase before it (`CAPS_NAME_BREAK`: "STAKE IN", "RECOMMENDATION ON"); empty at `start`
    when the line names none."""
    ticker = WIRE_TICKER.search(text, start, end)
    company_end = ticker.start() if ticker is not None else start
    if ticker is None:
        for suffix in CAPS_LEGAL_SUFFIX.finditer(text, start, end):
            company_end = suffix.end()
    company_start = start
    for cut in CAPS_NAME_BREAK.finditer(text, start, company_end):
        company_start = cut.end()
    return company_start, company_end


def _beyond_capitals_company(text: str, match: regex.Match) -> bool:
    """Whether a phrase on a capitals line lies past the company the line opens with (or the
    line names none): its capitals say nothing of a name."""
    capitals = _capitals_line(text, match.start())
    return capitals is not None and match.end() > _company_span(text, *capitals)[1]


def _after_apostrophe(text: str, start: int) -> bool:
    """Whether a capitalised phrase starts right after an apostrophe (`AFTER_APOSTROPHE`)."""
    return AFTER_APOSTROPHE.search(text, max(0, start - 2), start) is not None


def _descriptors(openers: set[tuple[str, str]], starting: set[str]) -> set[str]:
    """Descriptive nouns that open a sentence or headline before a name the text also writes
    alone ("Chipmaker Veltron to buy ...", then "Veltron will pay")."""
    return {
        word for word, following in openers if DESCRIPTOR.fullmatch(word) and following in starting
    }


def _introduced_in_full(text: str, index: NameIndex, short_names: dict[str, str]) -> dict[str, str]:
    """The long name of each short form the document writes only after it ("Manchester
    United ... United"), by short form: a name introduced in full and then shortened. A
    longer name written after its short form ("Tesco ... Tesco Bank") names a part of the
    company, not the company in full; nor does a headline in title case introduce one
    ("Databricks Raises $10 Billion")."""
    first: dict[str, int] = {}
    for start, name in zip(index.starts, index.names, strict=True):
        if name is not None:
            first.setdefault(name, start)
    headlines = _title_case_lines(text)
    return {
        short: name
        for name, short in short_names.items()
        if name in first
        and short in first
        and first[name] < first[short]
        and not _on_lines(headlines, first[name])
    }


def _short_forms(written: Counter[str]) -> dict[str, str]:
    """Long names whose leading words the document also uses alone, mapped to that short form.

    A short form that starts two different long names ("Vodafone" for both "Vodafone Idea"
    and "Vodafone Group Services") is ambiguous and maps neither.
    """
    expansions: dict[str, list[str]] = {}
    # Only prefixes as long as some written name can be one: a run of capitalised words read
    # as one long name would otherwise be joined again for every word it has.
    sizes = sorted({len(name.split()) for name in written})
    for name in written:
        words = name.split()
        for size in sizes:
            if size >= len(words):
                break
            prefix = " ".join(words[:size])
            if prefix in written:
                expansions.setdefault(prefix, []).append(name)
    short_forms: dict[str, str] = {}
    for short, longs in sorted(expansions.items(), key=lambda kv: len(kv[0])):
        if len(longs) == 1:
            short_forms.setdefault(longs[0], short)
    return short_forms


def _subject_evidence(
    text: str, names: DocumentNames, subjects: list[tuple[int, int]]
) -> list[tuple[str, int]]:
    """Extra weight for the name a document is about: first in its title or opening
    sentence, or the company money goes into; less for the investor putting it in (the
    names of `subjects`, those before a transaction verb)."""
    evidence = []
    # A filer that calls itself "the Firm" or "the Company" names itself only in the title.
    titled = TITLE_LINE.search(text) is not None
    title_weight = SELF_NAMED_OPENING_WEIGHT if titled and _names_itself(text) else OPENING_WEIGHT
    for number, opening in enumerate(_openings(text)):
        title = titled and number == 0
        found = names.in_span(text, *opening)
        if not found and title:
            found = _named_before_colon(text, names, opening)
        if found:
            evidence.append((found[0], title_weight if title else OPENING_WEIGHT))
    for match in TRANSACTION_OBJECT.finditer(text):
        found = names.in_span(text, match.start("name"), match.end("name"))
        if found:
            evidence.append((found[0], 2))
    for start, end in subjects:
        found = names.in_span(text, start, end)
        if found:
            evidence.append((found[-1], -2))
    return evidence


def _names_then(
    text: str, tail: regex.Pattern, at: int = 0, rare_tail: bool = False
) -> Iterator[tuple[int, int, int]]:
    """The names `tail` follows, from `at`, as the pattern "{NOT_MID_NAME}(?P<name>{NAME})"
    followed by `tail` finds them: from each place a name can start, its longest run of
    capitalised words that `tail` follows, the search going on after the tail. Each as the
    name's start and end and the tail's end.

    With `rare_tail` (a tail seldom written, so that searching for it ahead costs less than
    trying it after every run), a run is tried only when the next place the tail matches is
    inside it or at its end: the same names, without trying the tail after every run."""
    upcoming = tail.search(text, at) if rare_tail else None
    while (upcoming is not None or not rare_tail) and (run := NAME_RUN.search(text, at)):
        at = run.end()
        if upcoming is not None and upcoming.start() <= run.start():
            upcoming = tail.search(text, run.start() + 1)
        if rare_tail and (upcoming is None or upcoming.start() > run.end()):
            continue
        if (after := tail.match(text, run.end())) is not None:
            yield run.start(), run.end(), after.end()
            at = after.end()
            continue
        words = NAME_WORD.finditer(text, run.start(), run.end())
        ends = [word.end() for word in words][:-1]
        for end in reversed(ends):
            if after := tail.match(text, end):
                yield run.start(), end, after.end()
                at = after.end()
                break


def _parts_and_brands(text: str, names: DocumentNames, phrases: list[regex.Match[str]]) -> set[str]:
    """The names of a company's parts and brands ("the Industrial segment", "Brightleaf®")
    among the text's capitalised `phrases`, which are never the document's topic: figures
    that name no company are the whole company's."""
    if not any(word in text for word in PART_OR_BRAND_WORDS):
        return set()
    return {
        name
        for match in phrases
        if PART_OR_BRAND_AFTER.match(text, match.end()) and (name := names.clean(match.group(0)))
    }


def _products(text: str, names: DocumentNames, phrases: list[regex.Match[str]]) -> set[str]:
    """The names of products, plans and tiers among the text's capitalised `phrases`
    (`is_product`: "the Pro version", "its Gold membership"), never the document's topic."""
    return {
        name
        for match in phrases
        if (name := names.clean(match.group(0)))
        and is_product(text, match.start(), match.end(), name)
    }


def _dateline_places(text: str, names: DocumentNames) -> set[str]:
    """The places of the text's datelines ("LONDON, March 3 -", "HONG KONG/BEIJING -"), which
    are never its topic, wherever else the text names them."""
    written = [dateline.group(0).split(",")[0].strip() for dateline in DATELINE.finditer(text)]
    for dateline in PLACE_DATELINE.finditer(text):
        written.extend(place.strip() for place in dateline.group("places").split("/"))
    return {place for words in written if (place := names.clean(words))}


def _with_full_names(persons: frozenset[str], written: Counter[str]) -> frozenset[str]:
    """The persons, with every longer name of the text that ends in one of their surnames
    ("Werner Seifert met ..." where "Mr Seifert" is a person)."""
    surnames = {person.split()[-1] for person in persons}
    return persons | {
        name for name in written if len(name.split()) > 1 and name.split()[-1] in surnames
    }


def _persons(text: str) -> Iterator[str]:
    """The names of persons, as one pattern with the alternatives `PERSON_AFTER_TITLE` and
    a name `PERSON_APPOSITION` follows finds them: at each place the first alternative that
    matches, the search going on after it."""
    titled = PERSON_AFTER_TITLE.search(text)
    apposed = next(_names_then(text, PERSON_APPOSITION, rare_tail=True), None)
    while titled is not None or apposed is not None:
        if titled is not None and (apposed is None or titled.start() <= apposed[0]):
            yield titled.group("name")
            at = titled.end()
        else:
            yield text[apposed[0] : apposed[1]]
            at = apposed[2]
        if titled is not None and titled.start() < at:
            titled = PERSON_AFTER_TITLE.search(text, at)
        if apposed is not None and apposed[0] < at:
            apposed = next(_names_then(text, PERSON_APPOSITION, at, rare_tail=True), None)


def _named_before_colon(text: str, names: DocumentNames, opening: tuple[int, int]) -> list[str]:
    """The company a title names before its colon ("JPMorgan Chase: management's discussion
    of results"), which a name followed by a colon (a label's form) elsewhere is not taken
    for: no number in it ("Item 6:") and named again in the document ("the JPMorgan Chase
    Foundation")."""
    label = TITLE_LABEL.match(text, *opening)
    if label is None:
        return []
    words = label.group("name").split()
    # A period after the name is the title's, not the name's ("Qantas FY24: ...").
    while words and _code_word(words[-1]):
        words.pop()
    if not words or any(first_word(word) in NOT_NAME_WORDS for word in words):
        return []
    if any(char.isdigit() for word in words for char in word):
        return []
    if text.count(" ".join(words)) < 2:
        return []
    if _is_place(words) or _is_statement_label(words):
        return []
    name = names.clean(" ".join(words)) or normalize_entity(" ".join(words))
    return [name] if name else []


def _openings(text: str) -> list[tuple[int, int]]:
    """The span of the title (front matter or first heading) and of the first sentence."""
    spans = []
    title = TITLE_LINE.search(text)
    if title:
        spans.append((title.start("t"), title.end("t")))
    for paragraph in BODY_LINE.finditer(text):
        spans.append((paragraph.start("p"), read_text(text).clause_end(paragraph.start("p"))))
        break
    return spans
