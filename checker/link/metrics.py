"""What a figure measures (valuation, revenue, ...) and on what basis."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from checker.extract import lexicon_zh as lx_zh
from checker.extract.units import is_share_unit
from checker.link import zh
from checker.link.text import COMPARATIVE_LABEL, sentence_bounds
from checker.model import Evidence, Grade, Mention
from checker.patterns import lazy

INFERRED = Grade.INFERRED


@dataclass(frozen=True)
class MetricReading:
    """A figure's metric, the resolver that decided it, its words, and how firmly."""

    metric: str
    resolver: str
    words: str = ""
    grade: Grade = Grade.STATED

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.resolver, self.words, self.grade)


# A penalty, a settlement of claims or what is paid to those wronged ("fined", "a civil
# penalty", "to settle claims", "redress to consumers"); not "fine-tune" nor "settled in cash".
PENALTY_WORDS = (
    r"fines?(?!-)|fined|penalt(?:y|ies)|settlements?|(?:to )?settle(?:d|s)?(?! in\b)|redress|"
    r"compensation|damages|restitution"
)
METRIC_CUES: tuple[tuple[str, str], ...] = (
    (
        "other",
        r"to the (?:dollar|euro|pound|yen)|"
        r"(?:rupee|dollar|yen|euro|pound|yuan) (?:was |is )?trad(?:ing|es|ed)|"
        r"exchange rate|per (?:dollar|euro)|wealth|fortune|net worth|credit line|fees?|"
        # A security's denomination: "the $100 face value", "at par value of $1,000".
        r"(?:face|par|nominal) value|"
        r"free cash flow|capex|capital expenditure|spending|buybacks?|buy back|"
        # A balance of cash: "$26.1 billion in cash and investments", "cash and equivalents".
        r"cash,? (?:(?:and )?(?:cash )?equivalents,? )?and (?:short-term |marketable )?"
        r"investments|cash and (?:cash )?equivalents|"
        r"(?:the|an?|this|that) order|threshold|mark|net debt|paid out|"
        # What a company pays its owners is no price paid: "paid RM32 billion in dividends",
        # "returned C$4.4 billion to them".
        r"dividends?|payouts?|returned|capital returns?|shareholder returns?|"
        r"paper (?:loss|gain)(?:es|s)?|buying back|bought back|buys back|"
        r"(?:stake|holding|position|shareholding)s? (?:\w+ ){0,2}worth|gain(?:ed|s)?|"
        # Orders taken and not yet delivered: "Orders reached a record", "new bookings came to",
        # "a backlog of about".
        r"orders|order (?:intake|backlog|book)|bookings|backlog|"
        # What flows through a business is not its revenue: "the value of payments handled",
        # "gross order value", "gross transaction value of", "value moved over the year".
        # (A deal's "transaction value" is its price, a price_paid cue below.)
        r"gross (?:order|merchandise|transaction|payments?) (?:value|volume)s?|"
        r"(?:order|merchandise|payments?|processed|trade|transaction) volumes?|"
        r"(?:order|merchandise|payments?|trade) values?|"
        r"value of (?:the )?(?:orders|payments|transactions|goods|trade)|"
        r"processed volume|value moved|GMV|GTV|TPV|"
        # A balance of cash net of debt, or held in securities: "net cash of roughly",
        # "$95.7 billion in cash and marketable securities".
        r"net cash(?! paid)|cash and (?:marketable )?securities|cash and marketable|"
        # What a lender has lent out: "the loan book grew to", "its loan portfolio of".
        r"loan (?:book|portfolio)s?|lending book|"
        # Pay of a person: "awards worth as much as", "his pay package was valued at".
        r"(?:awards?|pay|pay packages?|packages?|bonus(?:es)?|compensation|salary|salaries)"
        r" (?:\w+ ){0,2}(?:worth|valued)|"
        # What a contract, a licence or a partnership is worth is no company's value: "a
        # 10-year agreement worth more than", "the lander contract alone was worth".
        r"(?:contracts?|agreements?|licen[cs]es?|partnerships?|sponsorships?)"
        r" (?:\w+ ){0,2}(?:worth|valued at)|"
        # What a lender sets aside for loans that may go bad is no loss of the period: "the
        # provision for credit losses was", "net reserve builds of", "net charge-offs of".
        r"provisions? for (?:credit |loan |bad[- ]debt )?losses|loan[- ]loss provisions?|"
        r"credit[- ]loss provisions?|(?:net )?reserve (?:builds?|releases?)|(?:net )?charge-offs?|"
        # A figure per customer is no company total: "revenue per active customer was".
        r"(?:average )?revenue per (?:\w+ ){0,2}(?:customer|user|subscriber|member|account)s?|"
        r"ARPU|ARPAC|"
        # What a company is made to pay for a wrong is no price of anything: "a $1.7 billion
        # civil penalty", "the A$80 million settlement", "set compensation of", "redress".
        rf"{PENALTY_WORDS}",
    ),
    (
        "share_price",
        r"a share|per share|each(?!\s+(?!(?:in|on|at|for|and|to|by|from|with|or|but|as|of|"
        r"the|a|an|after|before|when|while)\b)\p{Ll})|share price|"
        r"shares? (?:opened|closed|fell|rose|traded)|"
        r"opened (?:on \p{L}+ )?at|closed at|offer price|reference price|price range|"
        # The price one share was sold at: "the Rs 76 IPO price", "its $38 issue price".
        r"(?:IPO|issue|listing|flotation|float|placing|subscription|strike|exercise) price|"
        r"range|price band|apiece|"
        # A share's last close or an analyst's target: "a premium to Splunk's close of".
        r"['’]s close of|closing price|target price|price target|"
        # A move in cents or pence is a share price's: "Seeka rose 25c or 6.8 per cent to".
        r"(?:rose|fell|gained|lost|added|climbed|dropped|slipped|jumped|eased|firmed|shed|slid|"
        r"rallied)\s+\d+(?:\.\d+)?\s?(?:c|p|cents?|pence)\b",
    ),
    (
        "market_cap",
        r"market (?:cap(?:italisation|italization)?|value)|stock market value|"
        r"(?:worth|valued at) .{0,20}on the stock market|market valuation|"
        r"(?:stock )?market (?:is |was )?(?:paying|valuing|pricing)",
    ),
    # A deal's value is the price paid for what the deal buys, named before the words of a
    # valuation it contains ("value") can claim it: "| Deal value |", "the value of the deal",
    # "a transaction value of $59.5bn".
    (
        "price_paid",
        r"deal value|value of the (?:deal|transaction|takeover|acquisition|purchase)|"
        r"transaction value",
    ),
    # New shares a company issues are money it raises, even where their size is what they are
    # "worth": "a fresh issue of shares worth Rs 5,500 crore", "the total Offer size is".
    (
        "funding",
        r"(?:fresh|new) issue(?: of (?:[\w-]+ ){0,4}?(?:shares|stock))?"
        r"(?: (?:worth|aggregating|of|totalling)(?: up to| about)?)?|"
        r"(?:offer|issue|IPO|offering) size(?: (?:is|was|of|at))?",
    ),
    (
        "valuation",
        # A value an estimate puts a figure at: "the tender put the figure at", "a valuation put
        # at around" (not "claims, which the company put at").
        r"(?:put|puts|putting) (?:the|its|a|their) (?:figure|value|valuation|price) at|"
        r"(?:valuations?|value|worth) (?:(?:was|is|been|being) )?put at|"
        r"valuations?|valued|valuing|values?|valuable|price tag|enterprise value|equity value|"
        r"worth|priced at|offer value|bids?|(?<!tender )offer(?:ed)?|takeover|implied|"
        r"mergers?|approach(?:es)?|tender price|for the whole(?: of)?",
    ),
    (
        "funding",
        # What a sale of shares or a round brought in is money raised, not revenue: "The sale of
        # 3 billion shares brought in", "those four rounds brought in" (first: "rounds" alone
        # is a shorter cue of the same place).
        r"(?:rounds?|shares|IPO|listing|flotation|offering|placement|issue|Series [A-K])\b"
        r"[^.;,]{0,40}?\bbrought in|"
        r"raised|raises?|raising|funding|financing|(?-i:Series [A-K])|rounds?|fundraise|proceeds|"
        r"rights issue|listing "
        r"brought|(?:IPO|listing|flotation|offering) brought in|IPO|listing|private placement|"
        # "offering" as a noun ("the Rs 18,300 crore offering"), not a verb ("is offering").
        r"new debt|of debt|(?<!\b(?:is|are|was|were|be|been|being)\s)offerings?|QIP|"
        r"qualified institutional placement|placing",
    ),
    (
        "price_paid",
        r"paid|pays?|paying|buys?|buying|bought|acquire|acquired|acquisitions?|purchases?|"
        r"spent|spends?|sold|sells?|sale|tender offer|handed over|forked out|shelled out|"
        r"for (?:a |its )?(?:roughly |about |nearly |almost |some |close to )?"
        r"[\d.]+ ?(?:per ?cent|percent|%)|stakes?",
    ),
    (
        "investment",
        r"invest(?:s|ed|ing|ments?)?|commitments?|committed|commits?|committing|cheques?|checks?|put|putting|"
        r"tranches?|earmark\w*|lent|loans?|injects?|injected|capital injection|lifeline|rescue|"
        r"bets?|(?:went|goes|go) into|equity (?:funding|financing|injection)|"
        # A round's investor: "Thrive Capital led with about $1.3 billion".
        r"led (?:the round |the financing )?with",
    ),
    ("revenue", r"revenues?|sales|turnover|brought in|booked"),
    (
        "profit",
        r"profits?|net income|earnings|operating income|earned|EBITDA|EBIT|"
        # "Income before income tax expense was", "pre-tax income of".
        r"income before (?:income )?tax(?:es|ation)?(?: expense)?|pre-?tax income",
    ),
    ("loss", r"loss|losses|lost|losing|loses"),
)
METRIC_CUE_PATTERNS = tuple(
    (metric, lazy(rf"\b(?:{cues})(?![\p{{L}}\d])", regex.IGNORECASE))
    for metric, cues in METRIC_CUES
)
IMMEDIATE_AFTER = lazy(
    r"\s*(?:(?:of|in)\s+)?(?!(?:on|against|from|than|to|with|at|and|or|but|while|plus|after|"
    r"before|since|following|amid|despite|as|when|because|ahead|until|during)\b)"
    r"(?:[\p{L}-]+\s*){0,3}"
)
PARENTHETICAL = lazy(r"^\s*\([^()]*\)")
AFTER_SCOPE_END = lazy(r"[,;:(]|\s[-–—]\s")
# A price level a trade was made at: "bought in at $2bn", "the round came in at $310m" (but
# "net profit came in at $310m" is a profit's level).
PRICE_LEVEL_BEFORE = lazy(
    r"\b(?:bought(?: in)?|buying|buys?(?: in)?|invest(?:s|ed|ing)?|sold|selling|sells?|"
    r"(?<!\b(?:profits?|revenues?|sales|turnover|earnings|income|loss(?:es)?)\s+)came in)"
    r"\s+(?:(?:[^.;,]|\.(?=\d)){0,30}?\s)?at\s+(?:(?:just|about|roughly|around|nearly|almost|"
    r"the|full|an?)\s+)*$",
    regex.IGNORECASE,
)
COMPARED_WITH_BEFORE = lazy(
    r"(?:\b(?:times|from|against|versus|vs\.?|compared with|compared to)\s+"
    rf"(?:(?:the|its|a|an)\s+)?|{COMPARATIVE_LABEL})$"
)
PRICE_LEVEL_AFTER = lazy(r"\s+at which\b")
EXCHANGE_RATE_AFTER = lazy(
    r"\s+(?:to|per|against) (?:the|one|a|each) (?:dollar|euro|pound|yen|rupee|yuan|franc)\b",
    regex.IGNORECASE,
)
# The ends of a price band written after a figure with no magnitude: "priced at the top of the
# Rs 371-390 band" (both "Rs 371" and "390"), "a price band of ₹72 to ₹76" is PRICE_BAND's.
BAND_AFTER = lazy(
    r"(?:\s*(?:[-–—]|to)\s*\p{Sc}?\s?\d[\d,.]*)?\s*(?:price\s+)?band\b", regex.IGNORECASE
)
# What a business sold, written as an amount right after "sold" ("Wegovy alone sold DKK 21.8
# billion in the nine months") is its sales; not what it sold shares, bonds or a business for
# ("sold $2bn of bonds", "sold the unit for $2bn", "sold $500m worth of stock").
SOLD_AMOUNT_BEFORE = lazy(
    r"\bsold\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|just over|"
    r"just under|a record)\s+)*$",
    regex.IGNORECASE,
)
SOLD_WHAT_AFTER = lazy(
    r"\s*(?:of|worth|to|in\s+(?:new\s+|its\s+|the\s+)?(?:shares|stock|bonds|debt|notes|"
    r"equity|assets))\b",
    regex.IGNORECASE,
)
# A payment made every period is no price paid for a business or a stake: "agreed to pay
# around $60 million a year to train its AI models", "pledged to pay at least $75 billion a
# year", "customers each pay it over $1 million a year".
RECURRING_AFTER = lazy(
    r"\s+(?:(?:a|per|each|every)\s+(?:year|month|quarter|week|day)|annually|monthly|yearly)\b",
    regex.IGNORECASE,
)
# A payment in a sentence about a penalty or a settlement is the penalty's ("agreed to pay
# $3.7 billion to settle claims", "the $185 million the bank paid in 2016", after "The
# penalty is nine times"): no price paid for a business or a stake.
PAYMENT_VERB = lazy(r"pa(?:y|ys|id|ying)", regex.IGNORECASE)
# A payment owed when a deal fails is a break fee, no price of what the deal buys: "has agreed
# to pay Kelso $2.3 billion if the deal is blocked", "the $1 billion it paid to walk away".
BREAK_PAYMENT = lazy(
    r"\bif (?:the |a )?(?:deal|merger|takeover|acquisition|transaction|it|regulators)\b"
    r"[^.;]{0,30}?\b(?:blocked|blocks?|fails?|collapses?|falls? through|terminated|"
    r"walks? away)\b|\bto walk away\b|\btermination fee\b|\bbreak(?:-up)? fee\b",
    regex.IGNORECASE,
)
PENALTY = lazy(rf"\b(?:{PENALTY_WORDS})\b", regex.IGNORECASE)
NEW_STOCK_AFTER = lazy(r"\s+(?:of|in)\s+(?:[\p{L}-]+\s+){0,2}(?:stock|new shares)\b(?!\s+market)")
TRADING_CUES = lazy(
    r"\b(?i:shares?|stock)\b[^.;]{0,60}?\b(?:closed|opened|finished|ended|rose|fell|jumped|"
    r"touched|traded|climbed|slid)\b|\bclosed (?:above|below|at|its first|the day)|"
    r"\bfinished at\b|\bended the day\b|\bfirst day of trading\b|\bstock market value\b|"
    r"\bmarket (?:value|capitali[sz]ation)\b|['’]s close\b|\bin the session\b|"
    r"\bclosing (?:value|price)\b|\b(?:by the end of|on) its first day\b|"
    r"\bfirst-day (?:value|close)\b"
)
# Words every trading cue contains, one at least, as written: a text without any of them has
# no cue and is not searched for one ("shares closed", "market capitalisation", "on its first
# day", "Acme's close").
TRADING_WORDS = (
    *("closed", "opened", "finished", "ended", "rose", "fell", "jumped", "touched", "traded"),
    *("climbed", "slid", "first day", "market value", "market capitali", "s close"),
    *("in the session", "closing ", "first-day "),
)
PRIVATE_VALUE_CUES = lazy(
    r"\b(?:private(?:ly)?|round|tender|pre-money|post-money|funding|fully diluted|"
    r"enterprise value|equity value|implied|bid|takeover|at which|IPO valuation|"
    r"listing valuation|deal|merger|acquisition|SPAC|approach|paid(?! no\b)|bought|"
    # A value at the price new shares were sold at: "At the issue price the company was valued
    # at", "The listing valued Reddit at".
    r"(?:issue|IPO|listing|flotation) price|(?:listing|IPO|flotation|float|offering) valued|"
    # A sale of existing shares, a round by its letter, a deal's price or a buyer's agreement:
    # "valued at $32 billion in its latest employee share sale", "agreed to buy Tiffany ... for
    # the whole" (not "Hertz said it would buy 100,000 of its cars").
    r"share sale|secondary|(?-i:Series [A-K])|price tag|"
    r"(?:agree(?:d|s)?|offer(?:ed|s)?|deal|move|bid|plans?) to (?:buy|acquire)|"
    r"(?<!(?:above|below|over|under) the )offer(?: price)?|invest(?:s|ed|ing|ment)?|put|stake|"
    # A bidder's proposal, and the value a deal's price puts on the whole: "BHP's final
    # proposal valued Anglo at", "paid R$6.3 billion for 49.9% of XP, a price that valued XP at".
    r"proposals?|proposed|price that valu(?:ed|es)|"
    r"(?<!market )valuation|raised|raising)\b",
    regex.IGNORECASE,
)


# A metric cue that names a deal's offer: a value read from it is the offer's.
DEAL_CUE_WORDS = lazy(
    r"offer(?:ed|s)?|bids?|bidding|proposals?|proposed|takeover|approach(?:es)?|mergers?|"
    r"tender(?: price)?|price tag",
    regex.IGNORECASE,
)


def _any_cue(cues: tuple[tuple[str, regex.Pattern[str]], ...]) -> regex.Pattern[str]:
    """One pattern that finds a match in a text exactly when one of `cues` does: a window
    with no cue is passed over in one search instead of one per cue."""
    return lazy("|".join(f"(?:{pattern.pattern})" for _, pattern in cues), regex.IGNORECASE)


VALUE_VERBS = lazy(
    r"\b(?:worth|valued|valuing|reached|passed|closed above|finished at|ended the day at|"
    r"topped|tops|crossed|hit|past|above)\b|\bat\s+$"
)
SHARE_PRICE_BASIS = tuple(
    (kind, lazy(pattern, regex.IGNORECASE))
    for kind, pattern in (
        # A price of a moment that happens once (the first day of trading) is one fact.
        ("debut", r"\bfirst (?:day|session|trading day)\b|\bdebut\b"),
        ("close", r"\bclos(?:ed|ing)\b|\bfinished\b|\bended the (?:day|session)\b"),
        ("open", r"\bopen(?:ed|ing)\b"),
        (
            "offer",
            r"(?<!\b(?:above|below|over|under|to|from) the )\b(?:offer|IPO) price\b|"
            r"\bpriced (?:its|the)|\blisted\b.{0,30}\bat\b|"
            r"\bsold\b.{0,40}\bshares\b.{0,10}\bat\b",
        ),
        ("range", r"\brange\b|\bto \$"),
        ("intraday", r"\btouched\b|\bhigh\b|\blow\b|\bmidday\b|\bbroke through\b"),
    )
)
VALUE_BASIS = tuple(
    (kind, lazy(pattern, regex.IGNORECASE))
    for kind, pattern in (
        ("fully diluted", r"\bfully diluted\b|\boptions\b|\brestricted stock\b"),
        ("outstanding", r"\boutstanding\b"),
        ("pre-money", r"\bpre-money\b|\bbefore (?:the |any )?(?:new|fresh) (?:money|capital)\b"),
        ("post-money", r"\bpost-money\b|\bafter (?:the new money|it)\b"),
        ("enterprise", r"\benterprise value\b|\bincluding debt\b"),
        ("equity", r"\bequity value\b|\bequity valuation\b|\bvalued \w+['’]s equity\b"),
        ("pretax", r"\bpre-?tax\b|\bbefore tax(?:ation|es)?\b"),
        ("gross", r"\bgross\b"),
        # Sales with value added tax in them are not the revenue without it.
        ("including tax", r"\binc(?:l\.?|\.|luding)?\s+VAT\b"),
        ("ebitda", r"\bEBITDA\b|\bEBIT\b"),
        ("operating", r"\boperating\b|\b(?:profit|income|earnings|loss)\s+from\s+operations\b"),
        # Total comprehensive income adds the gains and losses booked outside the income
        # statement to the period's profit: "total comprehensive income for the period was
        # $4.5bn" is no net profit.
        ("comprehensive", r"\bcomprehensive (?:income|loss|profit|earnings)\b|综合收益"),
        ("net", r"\bnet (?:income|profit|loss)\b"),
        ("adjusted", r"\badjusted\b|\bunderlying\b"),
        ("quarter", r"\bquarter\b|\bQ[1-4]\b"),
    )
)
# The share of a profit or loss that belongs to the parent's shareholders, minority interests
# left out: "profit attributable to shareholders of $2.9bn" is not "the net profit for the
# period of $2.6bn" (which counts the minorities' share), whatever else the text calls either.
# A figure so described has the basis "attributable" (with a kind other than net, that kind
# too: "pretax profit attributable to owners" is "pretax, attributable").
ATTRIBUTABLE = lazy(
    r"\battributable\b|\b(?:to|for) (?:the )?(?:owners|(?:ordinary |common )?shareholders|"
    r"(?:ordinary |common )?stockholders|equity holders) of (?:the )?(?:company|parent|group)\b|"
    r"归母|归属于(?:上市公司|母公司)?(?:普通股)?股东",
    regex.IGNORECASE,
)
ATTRIBUTABLE_KINDS = ("", "net")
# The cue must be of the figure's own phrase: between the last profit noun before the figure
# (or just ahead of it: "attributable profit", "归母净利润") and the figure, or right after the
# figure ("$2.9bn attributable to shareholders"); "operating income of $1.2bn and net income
# attributable to owners of $0.9bn" makes only the second figure attributable.
PROFIT_NOUN = lazy(
    r"\b(?:profits?|income|earnings|loss(?:es)?|result)\b|净利润|净利|利润|净亏损|亏损",
    regex.IGNORECASE,
)
ATTRIBUTABLE_AHEAD = 25
ATTRIBUTABLE_AFTER = lazy(
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:attributable|(?:to|for) (?:the )?(?:owners|shareholders|"
    r"stockholders|equity holders)\b)",
    regex.IGNORECASE,
)
SHARE_PRICE_BASIS_ANY = _any_cue(SHARE_PRICE_BASIS)
METRIC_CUE_ANY = _any_cue(METRIC_CUE_PATTERNS)
VALUE_BASIS_ANY = _any_cue(VALUE_BASIS)
# Finer measures within one metric: a tax bill, a fine, a damages claim and a sale price of
# one company are different amounts, as are a division's figure and the group's, an offer and
# a completed deal. The nearest cue to the figure (after it first) names its measure:
#   "a $27.5bn tax bill" -> tax; "fined $20m" -> fine; "a $20bn damages claim" -> claim;
#   "agreed to pay $515m to settle" -> settlement; "sold for $9.3bn" -> proceeds;
#   "a $6.8bn bid" -> bid; "the retail division made $40m" -> segment;
#   "bought a stake in Beta for $2bn" -> stake;
#   "a $6bn gas supply deal" -> deal; "monthly payments of $4" -> instalment;
#   "a $51m writedown" -> charge (a part of a loss, not the loss).
# Markets a company's figure may be a part of: countries, regions and their adjectives.
REGION_WORDS = (
    r"(?-i:US|U\.S\.|UK|EU)|domestic|international|overseas|foreign|European|American|"
    r"North\s+American|Latin\s+American|Asian|Chinese|Japanese|Indian|German|French|British|"
    r"Europe|Asia|China|Japan|India|Germany|France|Britain|North\s+America|Latin\s+America|"
    r"the\s+Americas|emerging\s+markets?"
)
MEASURE_CUES: tuple[tuple[str, str], ...] = (
    ("fine", r"fines?|fined|penalt(?:y|ies)"),
    # "pre-tax profit", "profit after tax" name a profit's basis, not a tax bill.
    (
        "tax",
        r"(?<!\b(?:pre|after|post)-?|\b(?:before|after)\s)tax(?:es)?(?: bills?| claims?| demands?)?"
        r"|back taxes",
    ),
    ("claim", r"damages|claims?|compensation|lawsuits?|sued|suing|sues"),
    ("settlement", r"settle(?:d|s|ments?)?"),
    ("proceeds", r"proceeds|sale of|sold|auction(?:ed)?|sale price"),
    # A stake's price is not the company's: "bought a stake in Kestrel for $2bn".
    ("stake", r"(?<!-)stakes?|shareholdings?"),
    (
        "bid",
        r"bids?|offers?|offered|approach|proposal|tender|rejected|rebuffed|turned down|spurned",
    ),
    ("debt", r"debts?|loans?|bonds?|borrow(?:ed|ing|ings)?|owes?|owed"),
    ("charge", r"write-?downs?|write-?offs?|impairments?|impairment charges?"),
    # A former division is a company of its own ("bought by former subsidiary Kestrel").
    (
        "segment",
        # "arm" in lower case only: "Arm" is a company's name.
        r"(?<!\bformer\s)(?:divisions?|divisional|units?|(?-i:arms?)|segments?|subsidiar(?:y|ies))|"
        # A market's share of the whole: "its US revenue", "European sales", "sales in China".
        rf"(?:{REGION_WORDS})\s+(?:revenues?|sales|turnover|profits?|earnings)|"
        rf"(?:revenues?|sales|turnover|profits?|earnings)\s+(?:in|from)\s+(?:the\s+)?"
        rf"(?:{REGION_WORDS})",
    ),
    ("deal", r"deals?|contracts?|agreements?"),
    ("instalment", r"(?:monthly|quarterly|annual|weekly|yearly) (?:payments?|instal+ments?)"),
    # Money raised or put in over several rounds is not one round's: "takes its total funding
    # this year to more than $1 billion", "has raised $4bn to date", "$900m in all".
    (
        "cumulative",
        r"total(?:led|ling|s)?|in all|all told|altogether|so far|to date|cumulative(?:ly)?|"
        r"combined|in aggregate",
    ),
)
# A revenue or income named by a line of business ("property sales revenue", "rental income",
# "advertising revenue", "$5bn in subscription sales") is that line's, a part of the group's
# revenue or a measure of its own (contracted property sales, interest income), never the
# group's revenue or profit: its measure is "line: <the line>", so two lines are two measures
# and the same line in two texts is one. The line must name the metric noun the figure is
# bound to: the last such noun of its clause before it, or the noun right after it.
BUSINESS_LINES = (
    r"property|properties|real estate|rental|rent|leasing|advertising|ad|ads|subscriptions?|"
    r"licen[cs]ing|royalty|royalties|services?|products?|hardware|software|cloud|devices?|"
    r"handsets?|smartphones?|vehicles?|cars?|automotive|auto|trucks?|aircraft|ticket|"
    r"box[- ]office|merchandise|merchandising|interest|non-interest|fees?|commissions?|"
    r"brokerage|trading|gaming|games?|streaming|content|hotels?|hospitality|tourism|retail|"
    r"wholesale|e-commerce|online|digital|print|broadcast(?:ing)?|mining|oil|gas|fuel|power|"
    r"electricity|chips?|semiconductors?|memory|drugs?|pharmaceuticals?|insurance|premiums?|"
    r"investment|food|beverages?|beer|tobacco|fashion|apparel|luxury|cosmetics|beauty|"
    r"construction|engineering|logistics|freight|shipping|cargo|passenger|steel|cement|coal|"
    r"copper|gold|other"
)
LINE_NOUN = r"(?:revenues?|income|sales|turnover|profits?|earnings)"
METRIC_NOUN = lazy(rf"\b{LINE_NOUN}\b", regex.IGNORECASE)
# A line of business as written, with "sales" after it when it is one ("property sales").
_LINE = rf"(?P<line>(?:{BUSINESS_LINES})(?:\s+sales)?)"
LINE_BEFORE_NOUN = lazy(rf"\b{_LINE}\s+{LINE_NOUN}\b", regex.IGNORECASE)
LINE_AFTER = lazy(
    rf"\s+(?:(?:in|of|from)\s+)?(?:the\s+)?(?P<words>(?:[\p{{L}}-]+\s+){{0,2}}?){LINE_NOUN}\b",
    regex.IGNORECASE,
)
LINE_WORDS = lazy(rf"{_LINE}\s+$", regex.IGNORECASE)
LINE_METRICS = ("revenue", "profit", "loss")


def business_line(text: str, mention: Mention, metric: str, clause: tuple[int, int]) -> str:
    """The line of business the figure's metric noun names ("property sales", "rental"),
    "" when none does (`BUSINESS_LINES`)."""
    if metric not in LINE_METRICS:
        return ""
    if (after := LINE_AFTER.match(text, mention.end, clause[1])) is not None:
        # The noun right after the figure is its own ("the $58.3bn in total revenue").
        line = LINE_WORDS.search(after.group("words"))
        return _line_name(line) if line else ""
    nouns = list(METRIC_NOUN.finditer(text, clause[0], mention.start))
    if not nouns:
        return ""
    line = LINE_BEFORE_NOUN.search(text, max(clause[0], nouns[-1].start() - 40), nouns[-1].end())
    if line is None or line.end() != nouns[-1].end():
        return ""
    return _line_name(line)


def _line_name(line: regex.Match[str]) -> str:
    """A line of business's words, in lower case with single spaces."""
    return " ".join(line.group("line").lower().split())


# A figure the text names as the counterpart of the one before it in its sentence ("the
# property segment made revenue of $3.9bn, with a corresponding profit of $1.2bn", "sales
# and profits of $4bn and $1bn respectively") is of that figure's part of the company.
CORRESPONDING = lazy(
    r"\b(?:corresponding|respective|respectively|accompanying)\b", regex.IGNORECASE
)
# A sentence whose subject is a part of the company ("The property segment generated revenue
# of $3.9bn, with a profit of $1.2bn, against $4.8bn and $0.5bn a year earlier") states the
# part's figures throughout, unless it turns to the whole or to another subject ("while the
# group earned", "whereas total revenue").
PART_SUBJECT_MEASURES = ("segment",)
SUBJECT_TURN = lazy(
    r"\b(?:group|company|firm|overall|total|whole|consolidated|while|whereas|but|however)\b|"
    r"[;:]",
    regex.IGNORECASE,
)
# Measures a corresponding figure does not take over: a change or a price per unit is the
# earlier figure's own kind of amount, not a part of the company.
NOT_CARRIED_MEASURES = ("change", "per_unit")


# An offer at one stage of a bidding is not the offer at another: a bid raised, sweetened or
# improved, an earlier, first or new one, or one made later or again, said before the figure
# ("raised its offer to $19bn", "the bid will be raised to £1.5bn", "upped its bid to", "its
# earlier $16bn offer", "later rejected a $19bn offer").
REVISED_BID_BEFORE = lazy(
    r"\b(?:(?:rais|increas|lift|improv|sweeten|revis|boost|up)(?:e|es|ed|ped|ing|s)?\s+"
    r"(?:(?:its|their|the|his|her|this|that)\s+)?(?:(?!an?\s)[\p{L}-]+\s+)?"
    r"(?:offer|bid|approach|proposal)s?"
    r"|(?:raised|increased|lifted|improved|sweetened|revised|upped|boosted)\s+to"
    r"|(?:higher|improved|sweetened|increased|revised|raised|new|fresh|earlier|previous|initial|"
    r"original|first|second|third|final|latest)\s+(?:[\p{L}-]+\s+)?$"
    r"|(?:later|then|again|subsequently|another|now)\b)",
    regex.IGNORECASE,
)
# Measures read only from the noun after the figure ("a $6bn deal"): before it, "the deal
# valued Beta at $2bn" is the context of a valuation, not its measure.
HEAD_NOUN_MEASURES = frozenset({"deal"})
# Measures read only for figures of some metrics: a stake names what a price paid or an
# investment bought, while "a 3% stake at a valuation of $5bn" values the whole company.
MEASURE_METRICS = {
    "stake": ("price_paid", "investment"),
    "cumulative": ("funding", "investment"),
}
MEASURE_CUE_PATTERNS = tuple(
    (measure, lazy(rf"\b(?:{cues})\b", regex.IGNORECASE)) for measure, cues in MEASURE_CUES
)
# A change or difference is not a level: "an increase of $4.9 million", "fell by $2bn".
CHANGE_BEFORE = lazy(
    r"\b(?:(?:increase|decrease|rise|fall|drop|decline|jump|gain|reduction|growth|change|"
    r"difference|improvement|deterioration|swing|shortfall|hike|cut)s?\s+(?:of|by)|"
    r"(?:up|down|rose|fell|increased|decreased|grew|declined|dropped|jumped|climbed|slipped|"
    r"cut|raised|lifted|lowered)\s+by)\s+(?:(?:about|around|roughly|nearly|almost|some|just|"
    r"over|more than|less than)\s+)?$",
    regex.IGNORECASE,
)
# The same in Chinese: a verb of change right before the figure, with no "至"/"到" ("to")
# between, gives the change ("同比减少6.2亿元", "a year-on-year decrease of 620 million
# yuan"); "减少至6.2亿元" ("fell to") gives the level.
CHANGE_VERBS_ZH: tuple[str, ...] = (*lx_zh.CHANGE_UP_VERBS, *lx_zh.CHANGE_DOWN_VERBS)
CHANGE_BEFORE_ZH = lazy(rf"(?:{'|'.join(CHANGE_VERBS_ZH)})了?(?:约|近|超过?|逾)?\s*$")
# "a $2.43 billion decrease in receivables": a change named right after the figure.
CHANGE_AFTER = lazy(
    r"\s+(?:net\s+)?(?:increase|decrease|rise|fall|drop|decline|reduction|improvement|"
    r"deterioration|swing|jump|gain)s?\b(?!\s+(?:in|of)\s+(?:value|price))",
    regex.IGNORECASE,
)
MEASURE_BEFORE_REACH = 50
# Where the phrase of a figure in a list starts: measure cues before it belong to another item.
PHRASE_START = lazy(r"[,;:(]|\band\b|\bor\b")
# Metrics that are prices of one unit already.
# Nouns an amount with no magnitude word sizes when written right before them: "that $4.4
# business", "the $5.25 package", "a $45 deal". Such an amount is the size of a business, a
# deal or a financing, never a price per share, whatever the sentence says of shares ("that
# $4.4 business can become a meaningful share of our income").
SIZED_NOUN_AFTER = lazy(
    r"\s+(?:business|company|firm|group|operation|division|unit|arm|subsidiary|brand|empire|"
    r"deal|package|bet|takeover|acquisition|buyout|merger|purchase|fund|facility|programme|"
    r"program|project|contract|order|industry|market|settlement)\b",
    regex.IGNORECASE,
)
PRICE_METRICS = ("share_price", "unit_price")
# Words of a sentence about a share's price. A market opens or closes at a level ("closed at",
# "closed its first day at", "opened higher"); "restaurants closed" and "the deal closed"
# are no share's price.
SHARE_CONTEXT = lazy(
    r"\b(?:shares?|each|apiece|stock|range|per share|a share|"
    r"(?:opened|closed)\b[^.;]{0,40}?\b(?:at|up|down|higher|lower|unchanged|flat))\b",
    regex.IGNORECASE,
)
THRESHOLD_BEFORE = lazy(
    r"\b(?:clear|clears|cleared|top|tops|topped|pass|passes|passed|surpass\w*|exceed\w*|"
    r"cross|crosses|crossed|break|breaks|broke|hit|hits)\s+(?:the\s+)?$"
)


def _metric(
    text: str, mention: Mention, clause: tuple[int, int], next_start: int, listed: bool
) -> MetricReading | None:
    """The metric from the cue words around the figure, a value set by trading in a listed
    company's shares read as market capitalisation; None when no word gives one."""
    if (chinese := zh.metric_cue(text, mention)) is not None:
        return MetricReading(chinese[0], "zh_metric_cue", chinese[1])
    reading = _cue_metric(text, mention, *clause)
    if (
        reading is not None
        and reading.metric == "price_paid"
        and (recurring := RECURRING_AFTER.match(text, mention.end, clause[1]))
    ):
        return MetricReading("other", "recurring_payment", recurring.group(0).strip())
    if (
        reading is not None
        and reading.metric == "price_paid"
        and PAYMENT_VERB.fullmatch(reading.words)
        and (penalty := PENALTY.search(text, *sentence_bounds(text, mention.start, mention.end)))
    ):
        return MetricReading("other", "penalty_payment", penalty.group(0), INFERRED)
    if (
        reading is not None
        and reading.metric == "price_paid"
        and PAYMENT_VERB.fullmatch(reading.words)
        and (
            broken := BREAK_PAYMENT.search(text, *sentence_bounds(text, mention.start, mention.end))
        )
    ):
        return MetricReading("other", "break_payment", broken.group(0), INFERRED)
    metric = reading.metric if reading else None
    # A value whose own cue is a deal's ("offered $30bn", "a final offer of") is no value set by
    # trading in the shares.
    if reading is not None and DEAL_CUE_WORDS.fullmatch(reading.words):
        return reading
    if metric in ("valuation", None) and _reads_as_market_value(
        text, mention, metric, next_start, listed
    ):
        return MetricReading("market_cap", "market_value_reading", reading.words if reading else "")
    return reading


def figure_basis(
    text: str, mention: Mention, metric: str, clause_start: int, clause_end: int
) -> str:
    """What kind of price or value a figure is, when the text says ("closing", "fully
    diluted", "pre-money"); figures of different kinds are not compared."""
    if THRESHOLD_BEFORE.search(text[max(clause_start, mention.start - 40) : mention.start]):
        return "threshold"
    share_price = metric == "share_price"
    cues = SHARE_PRICE_BASIS if share_price else VALUE_BASIS
    clause_start = _past_a_figures_parenthetical(text, clause_start, mention.start)
    window = text[max(clause_start, mention.start - 80) : min(clause_end, mention.end + 60)]
    kind = ""
    if (SHARE_PRICE_BASIS_ANY if share_price else VALUE_BASIS_ANY).search(window) is not None:
        found = [
            (abs(m.start() - (mention.start - max(clause_start, mention.start - 80))), kind)
            for kind, pattern in cues
            for m in pattern.finditer(window)
        ]
        kind = min(found)[1] if found else ""
    if (
        kind
        and kind != "adjusted"
        and not share_price
        and _adjusted_head(text, mention, clause_start)
    ):
        kind = f"adjusted {kind}"
    if metric in ("profit", "loss") and _attributable(text, mention, clause_start, clause_end):
        return "attributable" if kind in ATTRIBUTABLE_KINDS else f"{kind}, attributable"
    return kind


# A parenthetical holding a figure ("(H1 2016: £777m)", "(2012 - $1,309.0m)") closes what its
# figure's words say: the basis words before it are the earlier figure's, not the next one's
# ("OPERATING PROFIT up 27% to £988M (H1 2016: £777m) Profit after tax UP 43% to £952m").
FIGURES_PARENTHETICAL = lazy(r"\([^()]*\d[^()]*\)")


def _past_a_figures_parenthetical(text: str, start: int, figure_start: int) -> int:
    """`start`, or the end of the last parenthetical with a figure in it before the figure."""
    floor = max(start, figure_start - 80)
    ends = [found.end() for found in FIGURES_PARENTHETICAL.finditer(text, floor, figure_start)]
    return ends[-1] if ends else start


def without_attributable(basis: str) -> str:
    """The basis with its "attributable" part left out ("attributable" -> "", "pretax,
    attributable" -> "pretax")."""
    return ", ".join(part for part in basis.split(", ") if part and part != "attributable")


def _attributable(text: str, mention: Mention, clause_start: int, clause_end: int) -> bool:
    """Whether the figure's own phrase says it is the parent's shareholders' share
    (`ATTRIBUTABLE`, read as `ATTRIBUTABLE_AFTER` and `PROFIT_NOUN` say)."""
    if ATTRIBUTABLE_AFTER.match(text, mention.end, clause_end) is not None:
        return True
    start = max(clause_start, mention.start - 120)
    nouns = list(PROFIT_NOUN.finditer(text, start, mention.start))
    if not nouns:
        return False
    region = max(start, nouns[-1].start() - ATTRIBUTABLE_AHEAD)
    return ATTRIBUTABLE.search(text, region, mention.start) is not None


# An adjusted figure's head words right before it, with no other figure between: "Underlying
# profit before tax $196.1m" is adjusted and before tax, "Reported profit before tax $135.0m"
# only before tax; the two are different measures.
ADJUSTED_HEAD = lazy(
    r"\b(?:adjusted|underlying)\b"
    r"(?:[^\d$€£¥]|\d[\d.,]*\s*(?:%|per\s*cent|percent|pc)\b){0,60}$",
    regex.IGNORECASE,
)


def _adjusted_head(text: str, mention: Mention, clause_start: int) -> bool:
    start = max(clause_start, mention.start - 70)
    return ADJUSTED_HEAD.search(text, start, mention.start) is not None


def figure_metrics(
    text: str, mentions: Sequence[Mention], clauses: Sequence[tuple[int, int]], listed: bool
) -> list[MetricReading]:
    """Each figure's metric and why; a figure with no cue of its own that continues a figure
    of the same paragraph and size ("reached $1 trillion in May and $2 trillion in February",
    "Apple finished at $2.99 trillion") takes that figure's metric (inferred), otherwise
    "other" (unknown)."""
    readings: list[MetricReading] = []
    for index, (mention, clause) in enumerate(zip(mentions, clauses, strict=True)):
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        reading = _metric(text, mention, clause, next_start, listed)
        previous = mentions[index - 1] if index else None
        if previous and _compared_with(text, previous, mention, clause):
            base = _as_comparison_base(text, mention, readings[-1].metric, next_start)
            if base:
                reading = MetricReading(base, "comparison_base", readings[-1].words, INFERRED)
        elif reading is None and previous and _continues(text, previous, mention):
            reading = MetricReading(
                readings[-1].metric, "continues_previous", readings[-1].words, INFERRED
            )
        readings.append(reading or MetricReading("other", "no_cue", "", Grade.UNKNOWN))
    return parallel_list_items(text, mentions, readings)


# Readings that no words of the figure's own gave: a figure so read may take the metric of the
# same amount stated elsewhere in its document with words of its own (`repeated_amount`).
UNREAD = frozenset({"no_cue", "continues_previous"})
# Readings that are not the figure's own words, which a repeated amount does not copy.
NOT_OWN_READINGS = UNREAD | {"comparison_base", "parallel_list_item", "repeated_amount"}
# A repeated amount must be a company-level one: a magnitude word or at least this much.
REPEATED_AMOUNT_MIN = 1_000_000


def repeated_amounts(
    mentions: Sequence[Mention], readings: Sequence[MetricReading]
) -> list[MetricReading]:
    """The metric of a figure no words of its own name, from the same amount in the same
    currency stated elsewhere in its document with a metric its own words give
    (`repeated_amount`, inferred): a headline's "Amazon doubles down with another $4bn" is the
    "$4 billion" the body says Amazon is to invest; "for the group total of CHF 60.5bn" is the
    "group sales of CHF 60.5bn" the text stated before. When the same amount is stated as
    different metrics, or as none the words give, the figure stays as it was."""
    result = list(readings)
    stated: dict[tuple[str | None, object], list[int]] = defaultdict(list)
    for index, (mention, reading) in enumerate(zip(mentions, readings, strict=True)):
        if _company_amount(mention) and reading.resolver not in NOT_OWN_READINGS:
            stated[(mention.currency, mention.amount)].append(index)
    for index, (mention, reading) in enumerate(zip(mentions, readings, strict=True)):
        if reading.metric != "other" or reading.resolver not in UNREAD:
            continue
        if not _company_amount(mention):
            continue
        told = {
            (readings[other].metric, mentions[other].text)
            for other in stated.get((mention.currency, mention.amount), ())
            if other != index
        }
        metrics = {metric for metric, _ in told}
        if len(metrics) != 1 or metrics <= {"other"} or metrics & set(PRICE_METRICS):
            continue
        metric, words = min(told)
        result[index] = MetricReading(metric, "repeated_amount", words, INFERRED)
    return result


def _company_amount(mention: Mention) -> bool:
    """Whether a figure is written at a company's scale: a magnitude word or a large amount,
    in a known currency and not per unit."""
    return (
        mention.currency is not None
        and mention.per_unit is None
        and (mention.scale_word is not None or abs(mention.amount) >= REPEATED_AMOUNT_MIN)
    )


# What separates the items of a list within one sentence: "revenue rose to $4bn from $3bn;
# operating profit to $900m from $700m; net profit to $600m from $450m".
LIST_ITEM_BREAK = lazy(r";")
# Readings an item's figure may take over from the item before: none that its own words gave.
PARALLEL_OVERRIDES = frozenset({"no_cue", "continues_previous", "comparison_base"})


def parallel_list_items(
    text: str, mentions: Sequence[Mention], readings: list[MetricReading]
) -> list[MetricReading]:
    """The metrics of a sentence's list items that name none of their own
    (`parallel_list_item`, inferred): items separated by semicolons carry their metric cue at
    their head ("a €105 million seed round in June 2023 at a €240 million valuation; €385
    million in December 2023 at about €2 billion"); an item with no metric cue among its words,
    holding as many figures as the item before it, gives each figure the metric of the figure
    in the same position of that item (€385 million a round's, €2 billion a valuation)."""
    readings = list(readings)
    cues = [reading.words or reading.metric for reading in readings]
    sentences: dict[tuple[int, int], list[int]] = {}
    for index, mention in enumerate(mentions):
        sentences.setdefault(sentence_bounds(text, mention.start, mention.end), []).append(index)
    for (start, end), figures in sentences.items():
        if len(figures) < 2 or LIST_ITEM_BREAK.search(text, start, end) is None:
            continue
        items = _list_items(text, mentions, figures, start, end)
        for before, item in itertools.pairwise(items):
            if not item.figures or len(item.figures) != len(before.figures):
                continue
            if _names_a_metric(text, mentions, item):
                continue
            for earlier, index in zip(before.figures, item.figures, strict=True):
                told = readings[earlier]
                if readings[index].resolver in PARALLEL_OVERRIDES and told.metric != "other":
                    cues[index] = cues[earlier]
                    words = f"{cues[earlier]}; as '{mentions[earlier].text}'"
                    readings[index] = MetricReading(
                        told.metric, "parallel_list_item", words, INFERRED
                    )
    return readings


@dataclass(frozen=True)
class ListItem:
    """One semicolon-separated item of a sentence: its span and its figures' indices."""

    start: int
    end: int
    figures: tuple[int, ...]


def _list_items(
    text: str, mentions: Sequence[Mention], figures: list[int], start: int, end: int
) -> list[ListItem]:
    """The semicolon-separated items of the sentence text[start:end], with their figures; a
    semicolon inside parentheses separates restatements, not items ("59.2 trillion rupiah
    ($6.58bn; £3.5bn)")."""
    breaks = [
        m.start()
        for m in LIST_ITEM_BREAK.finditer(text, start, end)
        if text.count("(", start, m.start()) <= text.count(")", start, m.start())
    ]
    starts, ends = [start, *(b + 1 for b in breaks)], [*breaks, end]
    return [
        ListItem(
            item_start,
            item_end,
            tuple(i for i in figures if item_start <= mentions[i].start < item_end),
        )
        for item_start, item_end in zip(starts, ends, strict=True)
    ]


def _names_a_metric(text: str, mentions: Sequence[Mention], item: ListItem) -> bool:
    """Whether the words of a list item, its figures aside, name a metric of their own."""
    words, at = [], item.start
    for index in item.figures:
        words.append(text[at : mentions[index].start])
        at = mentions[index].end
    words.append(text[at : item.end])
    return METRIC_CUE_ANY.search(" ".join(words)) is not None


def _compared_with(text: str, previous: Mention, mention: Mention, clause: tuple[int, int]) -> bool:
    """Whether a figure with no words of its own is the base the figure before it in the
    sentence is measured against ("valuing it at $88 billion, five times the $27.6 billion")."""
    clause_start, clause_end = clause
    before = text[max(clause_start, mention.start - 30) : mention.start]
    sentence_start, _ = sentence_bounds(text, mention.start, mention.end)
    return (
        previous.start >= sentence_start
        and COMPARED_WITH_BEFORE.search(before) is not None
        and _immediate_cue(_words_after(text, mention, clause_end)) is None
    )


def _as_comparison_base(text: str, mention: Mention, compared: str, next_start: int) -> str | None:
    """The metric of a comparison base: that of the figure compared with it, a private
    round's value rather than a market value when the base says so."""
    if compared == "other":
        return None
    if compared == "market_cap" and PRIVATE_VALUE_CUES.search(text[mention.end : next_start]):
        return "valuation"
    return compared


def _continues(text: str, previous: Mention, mention: Mention, max_ratio: float = 10) -> bool:
    """Whether a figure follows the previous one in the same paragraph at a similar size."""
    if "\n" in text[previous.end : mention.start]:
        return False
    low, high = sorted((abs(previous.amount), abs(mention.amount)))
    return low > 0 and high / low <= max_ratio


def _words_after(text: str, mention: Mention, clause_end: int) -> str:
    """The words after a figure up to the next comma, colon or dash, past a parenthetical
    restatement: "£50 billion ($58 billion) offer" gives " offer"."""
    after = text[mention.end : min(clause_end, mention.end + 60)]
    after = PARENTHETICAL.sub("", after)[:40]
    if scope_end := AFTER_SCOPE_END.search(after):
        after = after[: scope_end.start()]
    return after


def _immediate_cue(after: str) -> MetricReading | None:
    """The metric the words right after a figure name ("$2.67 billion of revenue")."""
    immediate_after = IMMEDIATE_AFTER.match(after)
    cue = nearest_cue(immediate_after.group(0), from_end=False) if immediate_after else None
    return MetricReading(cue.metric, "metric_from_head_noun", cue.words) if cue else None


def _cue_metric(
    text: str, mention: Mention, clause_start: int, clause_end: int
) -> MetricReading | None:
    after = _words_after(text, mention, clause_end)
    before = text[clause_start : mention.start]
    if found := EXCHANGE_RATE_AFTER.match(after):
        return MetricReading("other", "exchange_rate_after", found.group(0).strip())
    if found := PRICE_LEVEL_AFTER.match(after):
        # A small amount in a sentence about shares is a price per share, even at the level
        # a trade was made at ("the $11 at which that stock has been trading").
        if _reads_as_share_price(text, mention, clause_start, clause_end):
            return MetricReading("share_price", "share_context", "")
        return MetricReading("valuation", "price_level_after", found.group(0).strip())
    if mention.scale_word is None and (found := BAND_AFTER.match(text, mention.end, clause_end)):
        return MetricReading("share_price", "price_band_after", found.group(0).strip())
    if found := NEW_STOCK_AFTER.match(after):
        return MetricReading("investment", "new_stock_after", found.group(0).strip())
    if mention.scale_word and (found := PRICE_LEVEL_BEFORE.search(before)):
        return MetricReading("valuation", "price_level_before", found.group(0).strip())
    if cue := _immediate_cue(after):
        return cue
    if (found := SOLD_AMOUNT_BEFORE.search(before)) and not SOLD_WHAT_AFTER.match(after):
        return MetricReading("revenue", "sold_amount", found.group(0).strip())
    if mention.scale_word is None and (found := SIZED_NOUN_AFTER.match(after)):
        return MetricReading("other", "sized_noun_after", found.group(0).strip())
    if _reads_as_share_price(text, mention, clause_start, clause_end):
        return MetricReading("share_price", "share_context", "")
    for scope in (before[-60:], after, before):
        best = nearest_cue(scope, from_end=scope is not after)
        if best:
            return best
    return None


def _reads_as_market_value(
    text: str, mention: Mention, metric: str | None, next_start: int, listed: bool
) -> bool:
    """A company's value set by trading in its shares, not by a deal or a private round.

    Only the words up to the next figure count: "worth $70 billion, five times the $12.4
    billion at which it raised money privately" is a market value.
    """
    start, end = sentence_bounds(text, mention.start, mention.end)
    scope = text[start : min(end, max(next_start, mention.end))]
    if PRIVATE_VALUE_CUES.search(scope):
        return False
    if not (names_trading(scope) or (listed and mention.scale_word is not None)):
        return False
    return metric == "valuation" or VALUE_VERBS.search(text[start : mention.start]) is not None


# Currencies whose unit is worth so little that one share costs tens of thousands of them
# ("closed up 3.6 percent at 83,900 won"): the most a price of one share is written with in
# them, instead of SHARE_PRICE_MAX.
SHARE_PRICE_MAX = 10_000
SHARE_PRICE_MAX_BY_CURRENCY: dict[str, float] = {
    "KRW": 10_000_000,
    "JPY": 1_000_000,
    "IDR": 10_000_000,
    "VND": 10_000_000,
    "IRR": 10_000_000,
    "COP": 10_000_000,
    "CLP": 10_000_000,
    "HUF": 1_000_000,
}


def names_trading(text: str) -> bool:
    """Whether the text has a trading cue (`TRADING_CUES`); one without `TRADING_WORDS` is
    not searched."""
    return any(word in text for word in TRADING_WORDS) and TRADING_CUES.search(text) is not None


def _reads_as_share_price(text: str, mention: Mention, clause_start: int, clause_end: int) -> bool:
    """A small amount with no magnitude in a sentence about shares is a price per share."""
    most = SHARE_PRICE_MAX_BY_CURRENCY.get(mention.currency or "", SHARE_PRICE_MAX)
    if mention.scale_word is not None or abs(mention.amount) >= most:
        return False
    clause = text[clause_start:clause_end]
    return SHARE_CONTEXT.search(clause) is not None


def nearest_cue(scope: str, from_end: bool) -> MetricReading | None:
    """The metric of the cue nearest the figure in `scope`, with the cue's words."""
    found: list[tuple[int, int, str, str]] = []
    for rank, (metric, pattern) in enumerate(METRIC_CUE_PATTERNS):
        for match in pattern.finditer(scope):
            distance = len(scope) - match.end() if from_end else match.start()
            found.append((distance, rank, metric, match.group(0)))
    if not found:
        return None
    _, _, metric, words = min(found)
    return MetricReading(metric, "metric_from_cues", words)


def figure_measure(
    text: str, mention: Mention, metric: str, clause: tuple[int, int]
) -> tuple[str, str]:
    """The finer measure of a figure within its metric, and the words that say it ("" for a
    plain level): a change, a price per unit of a company-level metric, or the nearest measure
    cue in its clause. A share price is its own measure: only a change sets one."""
    clause_start, clause_end = clause
    before = text[max(clause_start, mention.start - MEASURE_BEFORE_REACH) : mention.start]
    if change := CHANGE_BEFORE.search(before) or CHANGE_BEFORE_ZH.search(before):
        return "change", change.group(0).strip()
    if change := CHANGE_AFTER.match(text, mention.end, clause_end):
        return "change", change.group(0).strip()
    if metric in PRICE_METRICS:
        return "", ""
    if mention.per_unit:
        return "per_unit", mention.per_unit
    if phrase_start := list(PHRASE_START.finditer(before)):
        before = before[phrase_start[-1].end() :]
    after = _words_after(text, mention, clause_end)
    head = IMMEDIATE_AFTER.match(after)
    head_noun = head.group(0) if head else ""
    for scope, from_end in ((after, False), (before, True)):
        found = [
            (len(scope) - match.end() if from_end else match.start(), measure, match.group(0))
            for measure, pattern in MEASURE_CUE_PATTERNS
            if measure not in HEAD_NOUN_MEASURES
            and metric in MEASURE_METRICS.get(measure, (metric,))
            for match in pattern.finditer(scope)
        ] + [
            (match.start(), measure, match.group(0))
            for measure, pattern in MEASURE_CUE_PATTERNS
            if measure in HEAD_NOUN_MEASURES and not from_end
            for match in pattern.finditer(head_noun)
        ]
        if found:
            _, measure, words = min(found)
            if measure == "bid" and (revised := REVISED_BID_BEFORE.search(before)):
                return "revised_bid", revised.group(0).strip()
            return measure, words
    if line := business_line(text, mention, metric, clause):
        return f"line: {line}", line
    return "", ""


# Per-unit, retail and exchange-rate figures: never a company-level amount.
# A retail price of a product, stated right before a small figure: "the console costs $299",
# "priced at £339", "a price tag under £80,000", "subscriptions for about $180".
RETAIL_BEFORE = lazy(
    r"\b(?:costs?|costing|retails? (?:at|for)|priced at|sells? for|selling for|"
    r"on sale (?:at|for)|price tag (?:of|under|over|around|at)|retail price of|"
    r"subscriptions? (?:for|at|of)|tickets? (?:for|at|cost)|fares? of)\s+"
    r"(?:(?:about|around|roughly|just|only|under|over|less than|more than|upwards of)\s+)*$",
    regex.IGNORECASE,
)
# ... or right after it: "the existing firm's $500 price tag", "a $299 retail price".
RETAIL_AFTER = lazy(
    r"^\s+(?:retail )?(?:price tag|retail price|ticket price|cover price|sticker price)\b",
    regex.IGNORECASE,
)
# Retail prices are small: a figure with a magnitude word or above this is a deal's price.
RETAIL_MAX = 100_000
# An exchange-rate level: a currency's price in another, "one euro worth $1.3218", "the
# dollar fell to 103.5 yen", "sterling rose to $1.93", "Rs 76 to the dollar" (the last is
# EXCHANGE_RATE_AFTER). Only small figures without a magnitude word.
RATE_LEVEL_BEFORE = lazy(
    r"\b(?:(?:one|a|each|the|1)\s+(?:US\s+)?(?:dollar|euro|pound|yen|yuan|rupee|franc|mark)|"
    r"sterling|greenback|dollar|euro|yen|yuan|rupee|pound)s?\b"
    r"(?:\s+(?:was|is|were|had|has|having|been|being|had been|has been|at|edged|fell|rose|"
    r"slipped|climbed|dropped|jumped|slid|gained|weakened|strengthened|traded|trading|"
    r"stood|ended|closed|finished|hit|reached|touched|firmed|eased|worth|buying|bought|"
    r"buys|fetching|fetched|fetches|higher|lower|up|down|back|against|the|a|an|new|record|"
    r"average|value|rate|barrier|break through|expected to|with|"
    r"high|low|of|to|from|at|around|about|near|nearly|almost|above|below|under|over|"
    r"beyond|past|through|more than|less than|[\p{L}]+ly))+\s*$",
    regex.IGNORECASE,
)
RATE_LEVEL_FIGURE_AFTER = lazy(
    r"^\s+(?:was |is |were )?(?:worth|buying|bought|buys|fetch(?:ed|es|ing)?|"
    r"traded at|trading at|at|equal to|equals)\s+(?:about\s+|around\s+)?[$€£¥]",
    regex.IGNORECASE,
)
RATE_MAX = 10_000


# What a company pays or earns per share, which is no price of a share: "a dividend of 64
# cents a share", "EPS of $1.20", "net income per ADS", "R$0.91 per share in dividends".
PER_SHARE_INCOME = lazy(
    r"\b(?:dividends?|payouts?|distributions?|shareholder payments?|EPS|earnings|"
    r"(?:net\s+)?(?:income|profit|loss)\s+(?:per|a)\s+(?:share|ADS|ADR))\b",
    regex.IGNORECASE,
)
PER_SHARE_INCOME_REACH = 60


def _paid_or_earned_per_share(text: str, mention: Mention, clause: tuple[int, int]) -> bool:
    """Whether a per-share amount is a dividend or earnings, named near it in its clause."""
    start = max(clause[0], mention.start - PER_SHARE_INCOME_REACH)
    end = min(clause[1], mention.end + PER_SHARE_INCOME_REACH)
    return PER_SHARE_INCOME.search(text, start, end) is not None


def unit_metric(text: str, mention: Mention, clause: tuple[int, int], metric: str) -> str | None:
    """The metric of a price per unit, a retail price or an exchange-rate level, which no
    company-level rule compares: "share_price" for a price per share ("64 cents a share",
    "530 pence-a-share", "$45 each" among shares), "unit_price" for other units ("$40 an
    ounce", "£4 a leg") and products ("the console costs $299"), "exchange_rate" for a
    currency's price ("one euro worth $1.3218", "the dollar fell to 103.5 yen"); None for
    any other figure."""
    clause_start, clause_end = clause
    if mention.per_unit is not None:
        if is_share_unit(mention.per_unit) and _paid_or_earned_per_share(text, mention, clause):
            return "other"
        if is_share_unit(mention.per_unit) or (
            mention.per_unit == "item" and _reads_as_share_price(text, mention, *clause)
        ):
            return "share_price"
        return "unit_price"
    if mention.scale_word is not None:
        return None
    # A per-share amount read from the words of a sentence, not from a unit, after a dividend
    # or earnings ("a special dividend of Rs 2", "GAAP loss per share $0.38", "a dividend of
    # NT$4.5 per share, up from NT$4") is no price of a share either; "shares were down at
    # 325.5p as analysts worried over future earnings" is one.
    if metric == "share_price" and PER_SHARE_INCOME.search(
        text, max(clause_start, mention.start - PER_SHARE_INCOME_REACH), mention.start
    ):
        return "other"
    before = text[clause_start : mention.start][-80:]
    after = text[mention.end : clause_end][:40]
    if abs(mention.amount) < RATE_MAX and (
        RATE_LEVEL_BEFORE.search(before)
        or (abs(mention.amount) == 1 and RATE_LEVEL_FIGURE_AFTER.match(after))
    ):
        return "exchange_rate"
    if abs(mention.amount) < RETAIL_MAX and (
        RETAIL_BEFORE.search(before) or RETAIL_AFTER.match(after)
    ):
        return "unit_price"
    return None
