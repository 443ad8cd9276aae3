"""Whose figure it is: the clause subject, possessive, valued company or transaction target."""

from __future__ import annotations

from dataclasses import dataclass

from checker.link import zh
from checker.link.constructions_en import (
    BID_FROM,
    BOUGHT,
    BOUGHT_BY,
    BOUGHT_WHICH,
    DEAL_FOR_NAME,
    DEAL_OF_NAME,
    FOR_NAME,
    INVESTED_IN,
    ITS,
    OFFER,
    OFFER_FOR,
    OFFER_VERB,
    PAID_FOR_AFTER,
    POSSESSIVE,
    POSSESSIVE_RIGHT_BEFORE,
    SOLD,
    STAKE_IN,
    STAKE_WORD,
    SUBJECT_AFTER,
    SUBJECT_PRONOUN,
    VALUING,
)
from checker.link.names import DocumentNames, is_product
from checker.link.text import NAME
from checker.model import Mention
from checker.patterns import lazy

AGENT_BEFORE = lazy(r"\b(?:from|by|to|with|against|than|behind|over)\s+$")
LISTED_BEFORE = lazy(rf"{NAME}(?:,|,?\s+(?:and|or))\s+$")
LISTED_AFTER = lazy(rf"(?:,|,?\s+(?:and|or))\s+{NAME}")
FOLLOWS_A_FIGURE = lazy(r"(?:\d|\b(?:million|billion|trillion|crore|lakh|bn|m))\s+$")
TRANSACTION_METRICS = frozenset({"investment", "price_paid"})
# Metrics a company's possessive makes its own whatever deal its clause tells ("doubled
# Cars24's valuation from $1 billion", "Kestrel's revenue of $2bn"); a bid or price per share
# ("Xstrata's bid of A$6.35 a share") stays the target's.
OWNED_METRICS = frozenset({"valuation", "market_cap", "revenue", "profit", "loss"})
# A subject that is itself sold, right before its price: "Francis Bacon's triptych sells for
# US$142.4 million", "the Mayfair tower sold for £1.3bn", "the painting fetched $91m". The
# figure is the price of the thing its clause names, not of the story's topic.
SOLD_ITSELF = lazy(
    r"\b(?:sells|sold|went|goes|going|fetch(?:es|ed)?)\s+(?:for\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|just over|more than)\s+)?$"
)
# How far before a figure's clause the company a relative clause tells the purchase of may
# stand ("Arm, which SoftBank bought for £24.3 billion": the comma starts the clause).
WHICH_REACH = 80
# Metrics an investor named as a clause's subject gives of the company it invests in ("SoftBank
# valued the start-up at $8bn", "paid 31p a share for the holding"); an investor's own debt
# or bill is its own.
INVESTOR_TOPIC_METRICS = frozenset(
    {"valuation", "market_cap", "funding", "investment", "price_paid", "share_price"}
)


@dataclass(frozen=True)
class EntityReading:
    """Whose figure it is, and why: the resolver that decided the entity, the words it read,
    and whether the entity came only from the document's topic (no name in the clause)."""

    entity: str | None
    counterparty: str | None = None
    resolver: str = ""
    words: str = ""
    from_topic: bool = False


def figure_entity(
    text: str, mention: Mention, clause_start: int, metric: str, names: DocumentNames
) -> EntityReading:
    """Whose figure it is; for a transaction, the company invested in and the investor."""
    if (chinese := zh.figure_entity(text, mention, metric)) is not None:
        entity, counterparty, how = chinese
        return EntityReading(entity, counterparty, how, entity or "")
    before = text[clause_start : mention.start]
    main = names.main_subject
    if valuing := VALUING.search(before):
        valued = names.clean(valuing.group("TARGET") or "")
        if valued or main:
            return EntityReading(
                valued or main, None, "valuing_subject", valuing.group(0).strip(), not valued
            )
    if deal := _deal_for_name(text, mention, clause_start, names):
        return deal
    if stated := _subject_after(text, mention, names):
        return stated
    if offer := _offer_for(text, mention, clause_start, names):
        return offer
    possessive = POSSESSIVE.search(before)
    owner = names.clean(possessive.group("OWNER")) if possessive else None
    if owner:
        subject, agent, how = owner, None, "possessive_owner"
    else:
        subject, agent, how = _clause_subject(text, clause_start, mention, metric, names)
    words = possessive.group(0).strip() if owner else (subject or "")
    # A possessive names whose value, revenue or round it is, whatever deal the clause tells
    # ("The investment nearly doubled Cars24's valuation from $1 billion" is Cars24's value);
    # only a price or an investment is the target's rather than the owner's.
    owned_value = owner is not None and metric in OWNED_METRICS
    if metric in TRANSACTION_METRICS or (
        not owned_value and _stake_words(text, clause_start, mention.end)
    ):
        target, named_buyer = _transaction_target(text, mention, clause_start, names)
        if target and target != subject:
            return EntityReading(target, named_buyer or subject, "transaction_target", target)
        if target:
            clause_names = names.in_span(text, clause_start, mention.start)
            buyer = named_buyer or next((name for name in clause_names if name != target), None)
            return EntityReading(target, buyer, "transaction_target", target)
        if subject and SOLD_ITSELF.search(
            text, max(clause_start, mention.start - 40), mention.start
        ):
            return EntityReading(subject, None, "sold_itself", subject)
        if subject and main and subject != main:
            if main in names.investors and subject not in names.investors:
                return EntityReading(subject, main, "transaction_investor_topic", subject)
            return EntityReading(main, subject, "transaction_topic", subject, from_topic=True)
        if subject and not agent:
            agent = _investor_in_clause(text, clause_start, mention, subject, names)
    if agent and subject != agent:
        if subject:
            return EntityReading(subject, agent, how, words, how == "subject_pronoun")
        return EntityReading(main, agent, "document_topic", "", from_topic=True)
    if (
        subject
        and not owner
        and subject in names.investors
        and main
        and subject != main
        and metric in INVESTOR_TOPIC_METRICS
    ):
        return EntityReading(main, subject, "investor_not_topic", subject, from_topic=True)
    if subject:
        return EntityReading(subject, None, how, words, how == "subject_pronoun")
    return EntityReading(main, None, "document_topic", "", from_topic=True)


def _investor_in_clause(
    text: str, clause_start: int, mention: Mention, subject: str, names: DocumentNames
) -> str | None:
    """An investor the clause names besides the company invested in ("Kestrel ... has put
    $300 million into the company")."""
    found = names.in_span(text, clause_start, mention.start)
    return next((name for name in found if name != subject and name in names.investors), None)


def _deal_for_name(
    text: str, mention: Mention, clause_start: int, names: DocumentNames
) -> EntityReading | None:
    """The company a deal's value names right after it ("completes $68.7bn Corvane
    takeover", "Harwick's $32 billion Pell deal", "a €6.1 billion takeover of France's
    Corvane"): the company bought, the nearest other name of the clause before the figure
    the buyer."""
    deal = DEAL_FOR_NAME.match(text, mention.end, min(len(text), mention.end + 80))
    deal = deal or DEAL_OF_NAME.match(text, mention.end, min(len(text), mention.end + 80))
    if not deal or (target := names.clean(deal.group("TARGET"))) is None:
        return None
    buyer = _last_other(names.in_span(text, clause_start, mention.start), {target})
    return EntityReading(target, buyer, "deal_for_name", deal.group(0).strip())


def _subject_after(text: str, mention: Mention, names: DocumentNames) -> EntityReading | None:
    """The company a relative clause after the figure names: "the $3.3 billion Hyundai
    Motor India raised", "the €7.9 billion of revenue the business generated"; the company
    bought when the clause says what was paid for ("the $6.9 billion it paid for Pell"),
    with the payer as the other party."""
    after = SUBJECT_AFTER.match(text, mention.end, min(len(text), mention.end + 80))
    if not after:
        return None
    named = names.clean(after.group("SUBJECT")) if after.group("SUBJECT") else None
    if after.group("SUBJECT") and named is None:
        return None
    entity = named or names.main_subject
    bought = PAID_FOR_AFTER.match(text, mention.end, min(len(text), mention.end + 160))
    if bought and (target := names.clean(bought.group("TARGET"))) and target != entity:
        return EntityReading(target, entity, "paid_for_after", bought.group(0).strip())
    if entity is None:
        return None
    return EntityReading(entity, None, "subject_after", after.group(0).strip(), named is None)


def _offer_for(
    text: str, mention: Mention, clause_start: int, names: DocumentNames
) -> EntityReading | None:
    """The company an offer is for, and the bidder: "GSK rejected Unilever's £50 billion
    offer for its consumer health arm" is about GSK's business; "Kraft Heinz proposed
    $50 a share" is about the document's subject, with Kraft Heinz bidding; "Kraft Heinz's
    £143bn approach was rebuffed" names the bidder only, so the company is left unknown."""
    clause_names = names.in_span(text, clause_start, mention.start)
    offer = OFFER_FOR.match(text, mention.end, min(len(text), mention.end + 120))
    if offer:
        bidder = clause_names[-1] if clause_names else None
        if offer.group("TARGET"):
            target = names.clean(offer.group("TARGET"))
        else:
            target = _last_other(clause_names, {bidder, *names.persons})
        words = offer.group(0).strip()
        return EntityReading(target, bidder, "offer_for", words) if target else None
    if bid_from := BID_FROM.match(text, mention.end, min(len(text), mention.end + 80)):
        bidder = names.clean(bid_from.group("BIDDER").rstrip("."))
        target = _last_other(clause_names, {bidder, *names.persons}) or names.main_subject
        if bidder and target and target != bidder:
            return EntityReading(target, bidder, "bid_from", bid_from.group(0).strip())
    if bidder := _possessive_bidder(text, mention, clause_start, names):
        target = _last_other(clause_names, {bidder, *names.persons})
        return EntityReading(target, bidder, "possessive_bidder", bidder)
    main = names.main_subject
    near_before = text[max(clause_start, mention.start - 50) : mention.start]
    offered_for = FOR_NAME.match(text, mention.end, min(len(text), mention.end + 80))
    if offered_for and OFFER_VERB.search(near_before):
        target = names.clean(offered_for.group("TARGET").rstrip("."))
        if target:
            bidder = _last_other(clause_names, {target})
            return EntityReading(target, bidder, "offer_for", offered_for.group(0).strip())
    if clause_names and main and OFFER_VERB.search(near_before) and main not in clause_names:
        return EntityReading(main, clause_names[-1], "offer_verb_topic", clause_names[-1], True)
    return None


def _last_other(clause_names: list[str], excluded: set[str | None]) -> str | None:
    """The nearest name of the clause before the figure that is not `excluded` (the bidder,
    and a person when the name sought is the company bid for)."""
    return next((name for name in reversed(clause_names) if name not in excluded), None)


def _possessive_bidder(
    text: str, mention: Mention, clause_start: int, names: DocumentNames
) -> str | None:
    """The bidder of "X's £143bn approach": a possessive right before an offer's value names
    who offers, not whom the offer is for, which only another name of the clause can be."""
    if not OFFER.match(text, mention.end, min(len(text), mention.end + 80)):
        return None
    before = text[clause_start : mention.start]
    possessive = POSSESSIVE_RIGHT_BEFORE.search(before)
    return names.clean(possessive.group("BIDDER")) if possessive else None


def _in_enumeration(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is one of a list of names ("joined Apple,
    Microsoft and Alphabet")."""
    return bool(
        LISTED_BEFORE.search(text[max(0, start - 80) : start]) or LISTED_AFTER.match(text, end)
    )


def _clause_subject(
    text: str, clause_start: int, mention: Mention, metric: str, names: DocumentNames
) -> tuple[str | None, str | None, str]:
    """The name the figure's clause is about, a bidder or investor it names ("from X"), and
    how the name was found (`clause_subject`, `subject_pronoun`, `its_subject`).

    A name introduced by "from" or "by" is the party making an offer or an investment,
    not the company the figure describes; "the company" or "it" after the last name
    points back to the document's subject, and "its" to the clause's first subject. A name
    right after another figure ("the $483 million BowX holds") belongs to that figure, and a
    product's, plan's or tier's ("ChatGPT Plus costs $20", "Acme's Teams plan costs $300")
    is none: the price is the seller's.
    """
    subject = first_subject = agent = None
    last_end = clause_start
    previous_was_agent = False
    for start, end, name in names.named_phrases(text, clause_start, mention.start):
        if FOLLOWS_A_FIGURE.search(text, clause_start, start) or is_product(text, start, end, name):
            continue
        listed = _in_enumeration(text, start, end)
        before = text[max(clause_start, start - 8) : start]
        if AGENT_BEFORE.search(before) or (listed and previous_was_agent):
            agent, previous_was_agent = name, True
        elif (name not in names.persons or metric == "other") and not (subject and listed):
            subject, previous_was_agent = name, False
            first_subject = first_subject or name
        last_end = end
    between = text[last_end : mention.start]
    if subject and SUBJECT_PRONOUN.search(between):
        return names.main_subject, agent, "subject_pronoun"
    if first_subject and ITS.search(between):
        return first_subject, agent, "its_subject"
    return subject, agent, "clause_subject"


def _stake_words(text: str, start: int, end: int) -> bool:
    return STAKE_WORD.search(text[start : end + 60]) is not None


def _transaction_target(
    text: str, mention: Mention, clause_start: int, names: DocumentNames
) -> tuple[str | None, str | None]:
    """Y in "X invested $N in Y", "paid $N for a stake in Y", "a stake in Y for $N", "X
    bought Y for $N", with X when a passive names it ("Y was bought by X for $N"); the
    company whose shares or business are sold, not the seller, in "X sells 5% of Y for $N",
    "X sold Y to Z for $N"."""
    after = INVESTED_IN.match(text[mention.end : mention.end + 160])
    if after and (name := names.clean(after.group("TARGET"))):
        return name, None
    bought = BOUGHT.search(text, clause_start, mention.start)
    if bought and (name := names.clean(bought.group("TARGET"))):
        return name, None
    passive = BOUGHT_BY.search(text, clause_start, mention.start)
    if passive and (name := names.clean(passive.group("TARGET"))):
        return name, names.clean(passive.group("BUYER"))
    told = BOUGHT_WHICH.search(text, max(0, clause_start - WHICH_REACH), mention.start)
    if told and (name := names.clean(told.group("TARGET"))):
        return name, names.clean(told.group("BUYER"))
    sold = SOLD.search(text, clause_start, mention.start)
    if sold and (name := names.clean(sold.group("TARGET"))):
        return name, None
    stake = STAKE_IN.search(text[clause_start : mention.end + 120])
    if stake and (name := names.clean(stake.group("TARGET"))):
        return name, None
    return None, None
