"""English constructions that name whose figure it is: the company valued, bought, bid for
or invested in, and the party that pays. Each is read by `checker.text.constructions`; a new
one is an entry here with its examples (tests/test_constructions.py runs them)."""

from __future__ import annotations

from checker.link.text import NAME
from checker.text.constructions import Construction, Example

# Words that may stand between "at" or "for" and the figure ("at about $5bn").
QUALIFIER = (
    "[ about|roughly|around|nearly|almost|some|just|over|under | close to | more than | less than ]"
)
COMPANY_NOUNS = (
    "company|group|business|firm|owner|maker|operator|developer|start-up|startup|carmaker|chipmaker"
)
OFFER_NOUNS = "offer|bid|approach|proposal"


def english(name: str, pattern: str, decides: dict[str, str], *examples: Example) -> Construction:
    """An English construction, its roles filled by capitalised names."""
    return Construction(name, pattern, decides, examples, NAME)


VALUING = english(
    "valuing_subject",
    f"( valuing|values|valued|priced | price tag for ) ( TARGET | the <word>{{0,2}}? "
    f"{COMPANY_NOUNS} ~80 ) at {QUALIFIER} FIGURE",
    {"TARGET": "entity"},
    Example("The round valued Nimbus Labs at $4 billion.", {"TARGET": "Nimbus Labs"}),
    Example("a deal valuing Korro at roughly €900 million", {"TARGET": "Korro"}),
    Example("a sale that values the small payments company at about $2bn", {}),
    Example("Loyd put a price tag for Vessa at close to $1 billion.", {"TARGET": "Vessa"}),
    Example("The offer priced the shares at $12.", None),
)
SUBJECT_AFTER = english(
    "subject_after",
    "FIGURE [ of <word> ] [ that|which ] ( SUBJECT | the company|business|group|firm | it ) "
    "[ had|has ] ( raised|earned|made|generated|booked|reported|lost|paid|spent|invested|"
    "received | brought in )",
    {"SUBJECT": "entity"},
    Example("the $3 billion Orvane Motors raised last year", {"SUBJECT": "Orvane Motors"}),
    Example("the €400 million of revenue the business generated", {}),
    Example("the $80m that Tellis had invested", {"SUBJECT": "Tellis"}),
    Example("the $80m Tellis plans to invest", None),
)
PAID_FOR_AFTER = english(
    "paid_for_after",
    "FIGURE [ that|which ] ( BUYER | the company|business|group|firm | it ) [ had|has ] "
    "paid|spent|invested|offered for|on|in|into [ the|a|an ] [ <lower>{1,4}? ] TARGET",
    {"TARGET": "entity", "BUYER": "counterparty"},
    Example("the $2.1 billion it paid for Pell Systems", {"TARGET": "Pell Systems"}),
    Example(
        "the $900m Vantor spent on data-labelling firm Orrin",
        {"BUYER": "Vantor", "TARGET": "Orrin"},
    ),
    Example(
        "the $90m that Kessel had invested in Brannock", {"BUYER": "Kessel", "TARGET": "Brannock"}
    ),
    Example("the $2.1 billion it paid for the shares", None),
    Example("the $2.1 billion it raised for Pell", None),
)
DEAL_FOR_NAME = english(
    "deal_for_name",
    "FIGURE [ all-cash|all-stock|cash|stock|cash-and-stock ] TARGET "
    "takeover|acquisition|purchase|buyout|buy-out|deal(s) !with|between",
    {"TARGET": "entity"},
    Example("Harwick completes $68.7bn Corvane takeover", {"TARGET": "Corvane"}),
    Example("Harwick's $32 billion Pell Systems deal", {"TARGET": "Pell Systems"}),
    Example("the $5bn all-cash Orrin acquisition", {"TARGET": "Orrin"}),
    Example("a $5bn Orrin deal with Harwick", None),
    Example("a $5bn deal for Orrin", None),
)
DEAL_OF_NAME = english(
    "deal_of_name",
    "FIGURE [ all-cash|all-stock|cash|stock|cash-and-stock|agreed|hostile|proposed ] "
    "takeover|acquisition|purchase|buyout|buy-out of|for [ <word> 's ] TARGET",
    {"TARGET": "entity"},
    Example("Harwick agrees €6.1 billion takeover of Spain's Corvane", {"TARGET": "Corvane"}),
    Example("its $5bn all-cash acquisition of Orrin Labs", {"TARGET": "Orrin Labs"}),
    Example("a $5bn deal for Orrin", None),
    Example("a $5bn takeover of the unit", None),
)
OFFER_FOR = english(
    "offer_for",
    f"FIGURE <aside> {OFFER_NOUNS} for ( TARGET | its|their )",
    {"TARGET": "entity"},
    Example("a $6 billion offer for Brannock Foods", {"TARGET": "Brannock Foods"}),
    Example("its £50bn ($62bn) bid for Halvard", {"TARGET": "Halvard"}),
    Example("a £3bn approach for its consumer arm", {}),
    Example("a $6 billion offer price for Brannock", None),
)
OFFER = english(
    "offer_after",
    f"FIGURE <aside> [ takeover ] {OFFER_NOUNS} !price|range|period",
    {},
    Example("Orla's $2bn takeover approach was rejected.", {}),
    Example("Orla's $2bn offer period ends today.", None),
)
BID_FROM = english(
    "bid_from",
    "FIGURE <aside> [ <word> ] offer(s)|bid(s)|approach(s)|proposal(s) from|by BIDDER",
    {"BIDDER": "counterparty"},
    Example("rejected a $6.3bn bid from Caldor Group", {"BIDDER": "Caldor Group"}),
    Example("a $4 billion takeover proposal by Merrow", {"BIDDER": "Merrow"}),
    Example("a $4 billion proposal for Merrow", None),
)
FOR_NAME = english(
    "offer_for_name",
    "FIGURE <aside> for TARGET",
    {"TARGET": "entity"},
    Example("Quell offered $900 million for Dunmore in May.", {"TARGET": "Dunmore"}),
    Example("Quell offered $900 million for the shares.", None),
)
BOUGHT = english(
    "bought_for",
    f"( bought|buy|buys|buying|acquired|acquire|acquires|acquiring|purchased|purchase|"
    f"purchases | acquisition|purchase|takeover|buyout of ) [ its|their|the <lower>{{1,5}}? ] "
    f"TARGET for {QUALIFIER} FIGURE",
    {"TARGET": "entity"},
    Example("Vantor bought Pell Systems for $450 million.", {"TARGET": "Pell Systems"}),
    Example("the acquisition of Drumlin for about $2.3 billion", {"TARGET": "Drumlin"}),
    Example("agreed to buy its former parent Larrow for $2bn", {"TARGET": "Larrow"}),
    Example("Vantor bought the shares for $450 million.", None),
)
BOUGHT_BY = english(
    "bought_by",
    f"TARGET being|been|was|is|were bought|acquired|purchased by <lower>{{0,3}}? BUYER "
    f"<lower>{{0,4}}? for {QUALIFIER} FIGURE",
    {"TARGET": "entity", "BUYER": "counterparty"},
    Example(
        "Larrow being bought by Drumlin last year for $2bn",
        {"TARGET": "Larrow", "BUYER": "Drumlin"},
    ),
    Example(
        "Pell was acquired by the investment firm Corran for about $90m",
        {"TARGET": "Pell", "BUYER": "Corran"},
    ),
    Example("Pell was acquired for $90m", None),
)
# The company bought named before a relative clause that tells its purchase ("Arm, which
# SoftBank bought for £24.3 billion in 2017"): the company is the target, the relative
# clause's subject the buyer, though the clause around the figure names only the buyer.
BOUGHT_WHICH = english(
    "bought_which",
    "TARGET ~2 which|that BUYER [ had|has ] bought|acquired|purchased [ <lower>{0,3}? ] "
    f"for {QUALIFIER} FIGURE",
    {"TARGET": "entity", "BUYER": "counterparty"},
    Example(
        "Pellmore, which Vantor bought for £3.1 billion in 2015, is listed again.",
        {"TARGET": "Pellmore", "BUYER": "Vantor"},
    ),
    Example(
        "Drumlin, which Corran had acquired last year for about $90m",
        {"TARGET": "Drumlin", "BUYER": "Corran"},
    ),
    Example("Pellmore, which bought Vantor for £3.1 billion", None),
    Example("Pellmore, which Vantor sold for £3.1 billion", None),
)
SOLD = english(
    "sold_for",
    "( sell|sells|sold|selling|offload|offloads|offloaded|divest|divests|divested "
    "( ~30 stake|holding|interest|shareholding|shares [ <lower>{0,2}? ] in|of TARGET ~80 "
    "| ~30 of [ its|their|the ] TARGET ~80 | [ ~25 ] TARGET [ 's ] shares|stake|holding|stock ~80 "
    "| [ its|their ] TARGET [ to|back ~60 ] ) "
    "| sale|disposal of ~30 stake|holding|interest|shareholding|shares [ <lower>{0,2}? ] "
    f"in|of TARGET ~80 ) for {QUALIFIER} FIGURE",
    {"TARGET": "entity"},
    Example("Harwick agreed to sell its stake in Pell to Orrin for $2bn", {"TARGET": "Pell"}),
    Example("Harwick sells 5% of Larrow for €9bn", {"TARGET": "Larrow"}),
    Example(
        "Harwick will sell 22.3 million Larrow shares back to the group for €8.9 billion",
        {"TARGET": "Larrow"},
    ),
    Example(
        "Harwick sold Pell Systems to Orrin for about $450 million", {"TARGET": "Pell Systems"}
    ),
    Example("the sale of its holding in Drumlin for $90m", {"TARGET": "Drumlin"}),
    Example("Harwick sold shares to Orrin for $450 million", None),
    Example("Harwick sold to Orrin for $450 million", None),
    Example("Harwick sold Orrin a stake for $450 million", None),
    Example("Harwick will sue Orrin over the sale of Pell for $2bn in damages", None),
)
# Nouns that describe a company right before its name ("data-labelling startup Tessel",
# "the Danish brewer Kestrel").
DESCRIPTOR_NOUNS = (
    "startup|start-up|company|firm|group|maker|rival|business|operator|provider|developer|"
    "retailer|lender|insurer|chain|brewer|carrier|producer|manufacturer"
)
INVESTED_IN = english(
    "invested_in",
    "FIGURE ~60 ( in|into|for [ a ~30 in|of ] TARGET "
    f"| for [ the|a|an ] [ <word>{{1,2}}? ] {DESCRIPTOR_NOUNS} TARGET "
    "| of TARGET [ 's? ] shares*|stock* "
    "| acquisition|purchase|takeover|buyout of TARGET )",
    {"TARGET": "entity"},
    Example("Kestrel put $300 million into Oriel last year.", {"TARGET": "Oriel"}),
    Example("paid $1.2 billion for a 10 per cent stake in Vexa", {"TARGET": "Vexa"}),
    Example("bought $500 million of Talbot's shares", {"TARGET": "Talbot"}),
    Example("spent $2.5bn on the acquisition of Norrel", {"TARGET": "Norrel"}),
    Example("paid $250 million for data-labelling startup Tessel", {"TARGET": "Tessel"}),
    Example("paid $40 million for the Danish brewer Kestrel", {"TARGET": "Kestrel"}),
    Example("fined $1.5m for bribery. Indonesian officials", None),
    Example("raised $40m. Investors in Oriel", None),
)
STAKE_IN = english(
    "stake_in",
    "stake|holding|share|shares|interest|invest|invested|invests|investing|investment in TARGET",
    {"TARGET": "entity"},
    Example("Its $40 million stake in Quorra doubled.", {"TARGET": "Quorra"}),
    Example("an investment in Lomax worth $5m", {"TARGET": "Lomax"}),
    Example("a stake worth $40 million", None),
)
POSSESSIVE = english(
    "possessive_owner",
    "OWNER 's? <word>{0,3} FIGURE",
    {"OWNER": "entity"},
    Example("Farrow's funding round of $200 million", {"OWNER": "Farrow"}),
    Example("Farrow's revenue for the whole year was $200 million", None),
)
POSSESSIVE_RIGHT_BEFORE = english(
    "possessive_bidder",
    "BIDDER 's? [ own|proposed ] FIGURE",
    {"BIDDER": "counterparty"},
    Example("Halden's £14bn approach was rebuffed.", {"BIDDER": "Halden"}),
    Example("Halden's own £14bn", {"BIDDER": "Halden"}),
    Example("Tarn rejected Halden's proposed £14bn offer", {"BIDDER": "Halden"}),
    Example("Halden's first £14bn", None),
)
# Cue words that decide nothing themselves but tell a resolver how to read the clause.
SUBJECT_PRONOUN = english(
    "subject_pronoun",
    "( the company|group|firm|business|start-up|startup|chipmaker|carmaker|streamer | it ) "
    "( 's | was|is|had|has|would|will|could|reported|posted|raised|made|earned|lost|said|sold"
    "|ended|closed )",
    {},
    Example("Orvane said the company had $2bn in cash", {}),
    Example("it reported $2bn", {}),
    Example("the start-up's $40m round", {}),
    Example("the company' $2bn", None),
    Example("it rose to $2bn", None),
)
OFFER_VERB = english(
    "offer_verb",
    "proposed|proposes|proposing|offer|offered|offers|offering|bid|pitched",
    {},
    Example("Quell offered $900 million", {}),
    Example("Quell has proposed $12 a share", {}),
    Example("Quell's offerings raised $900 million", None),
)
STAKE_WORD = english(
    "stake_word",
    "stake|invest*",
    {},
    Example("a $40 million stake", {}),
    Example("the investors put in $40 million", {}),
    Example("$40 million of mistakes", None),
)
ITS = english(
    "its",
    "its",
    {},
    Example("its $40 million round", {}),
    Example("it's $40 million", None),
)
CONSTRUCTIONS: tuple[Construction, ...] = (
    VALUING,
    SUBJECT_AFTER,
    PAID_FOR_AFTER,
    DEAL_FOR_NAME,
    DEAL_OF_NAME,
    OFFER_FOR,
    OFFER,
    BID_FROM,
    FOR_NAME,
    BOUGHT,
    BOUGHT_BY,
    BOUGHT_WHICH,
    SOLD,
    INVESTED_IN,
    STAKE_IN,
    POSSESSIVE,
    POSSESSIVE_RIGHT_BEFORE,
    SUBJECT_PRONOUN,
    OFFER_VERB,
    STAKE_WORD,
    ITS,
)
