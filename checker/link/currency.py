"""The currency of an elliptical amount: the other side of a comparison with a currency amount.

"to 2.9 billion dlrs this year from 2.4 billion", "7.6 billion francs against 5.1
billion", "4.3bn rupees ($98m; £52m), against 2.7bn a year earlier", "up from 1.1bn
to 1.4bn euros": the bare amount is in the currency its parallel figure states. The
connectors are data below; the currency is recorded with grade inferred.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from checker.extract.lexicon import INDIAN_MAGNITUDES
from checker.model import Claim, Evidence, Grade, Mention
from checker.patterns import lazy
from checker.text import read_text

RESOLVER = "comparison-ellipsis"
# Words between a currency amount and the bare amount after it that make the two the sides
# of one comparison: "X against Y", "X, compared with Y", "X vs Y", "X, up from Y", "X
# from Y", "X after Y", "X versus Y", "to X ... from Y". A few words of period may stand
# between ("2.9 billion dlrs this year from 2.4 billion").
FORWARD_CONNECTORS: tuple[str, ...] = (
    "against",  # "7.6 billion francs against 5.1 billion"
    "compared with",  # "$5m, compared with 4m"
    "compared to",
    "versus",
    "vs",  # "Net 6.7 mln dlrs vs 5.1 mln"
    "vs.",
    "up from",  # "3bn euros, up from 2.5bn"
    "down from",
    "from",  # "rose to 2.9 billion dlrs this year from 2.4 billion"
    "after",  # "4bn rupees after 3.1bn"
)
# Words between a bare amount and the currency amount after it: "from 2.4 billion to 2.9
# billion dlrs", "between 5 and 6 million euros" is a range and settled in extraction.
BACKWARD_CONNECTORS: tuple[str, ...] = ("to",)
# Money words near a bare amount that make it money rather than a count: "paid", "its
# budget", "a loss of". "sales" is left out on purpose: "vehicle sales rose to 4.7 million"
# counts cars.
MONEY_WORDS: tuple[str, ...] = (
    r"pa(?:id|ys?|ying|yments?)",  # "paid 3 million"
    r"costs?|costing",
    r"sp(?:end|ent|ends|ending)",
    r"worth",  # "worth 5 billion"
    r"valu(?:ed|ing|ations?)",
    r"pric(?:e|es|ed|ing)",
    r"revenues?|turnover",
    r"profits?|earnings|(?:net |operating )?income",
    r"loss(?:es)?|lost",
    r"budgets?|debts?|deficits?|surplus(?:es)?",
    r"fund(?:s|ed|ing)?|rais(?:ed|es|ing)|capital|cash",
    r"financ(?:e|ed|ing)",  # "added 150 million to its Series C financing"
    r"(?-i:Series\s+[A-K])",  # a funding round: "added 150 million to its Series C"
    r"invest(?:s|ed|ing|ments?)?|put|putting|pumped|poured|injected",
    r"fin(?:es?|ed)|fees?|bills?|tax(?:es)?|dividends?",
    r"salar(?:y|ies)|wages?|bonus(?:es)?|compensation|damages|settlement",
    r"loans?|lent|borrow(?:ed|ing)?|lend(?:ing)?",
    r"bids?|offer(?:ed)?|deals?",
    r"subsid(?:y|ies)|aid|grants?|reserves|assets|deposits|savings",
    r"dollars?|euros?|pounds|yen|yuan|rupees|francs|marks",
)
_WORDS = r"(?:[\p{L}'’-]+\s+){0,4}"
_CONNECTORS = "|".join(
    regex.escape(word) for word in sorted(FORWARD_CONNECTORS, key=len, reverse=True)
)
# The other side named by what it measures, between the connector and the amount: "a
# deficit of 539 mln dlrs from a surplus of 295 mln", "a loss of 250 mln vs profit 28 mln".
_MONEY_ALTERNATION = "|".join(MONEY_WORDS)
MEASURE_NAMED = rf"(?:(?:[\p{{Ll}}-]+\s+){{0,2}}of\s+|(?:{_MONEY_ALTERNATION})\s+)?"
FORWARD = lazy(
    rf"^[\s,;]*{_WORDS}(?:{_CONNECTORS})\s+"
    r"(?:(?:the|a|an|its|their|about|around|roughly|some|nearly|almost|just|only)\s+)*"
    r"(?:(?:previous|prior|last|same|year|year's|period|period's|quarter|quarter's)\s+)*"
    rf"{MEASURE_NAMED}$",
    regex.IGNORECASE,
)
BACKWARD = lazy(
    rf"^\s*(?:{'|'.join(BACKWARD_CONNECTORS)})\s+(?:(?:about|around|roughly|some|nearly)\s+)?$",
    regex.IGNORECASE,
)
BACKWARD_LEAD = lazy(r"\bfrom\s+(?:(?:about|around|roughly|some|nearly)\s+)?$")
_NOT_COUNTED = (
    r"of|in|on|at|to|from|for|by|and|or|a|an|the|this|that|last|next|year|years|more|less|"
    r"than|was|were|is|are|has|had|have|with|per|over|under|its|their|his|her"
)
# Words right after a bare amount that make it a count: "15 million books", "4.7 million
# vehicles", "159 million camera phones", "400 million people"; not a noun after a
# preposition ("fined the company 40 million for misleading discounts").
COUNT_AFTER = lazy(
    rf"^\s+(?:(?!(?:{_NOT_COUNTED})\b)[\p{{Ll}}-]+\s+){{0,2}}?(?!(?:{_NOT_COUNTED})\b)"
    r"[\p{Ll}-]+s\b"
)
_MONEY = lazy(rf"\b(?:{_MONEY_ALTERNATION})\b", regex.IGNORECASE)
# Where the words about a bare amount stop: a conjunction that starts another statement.
SCOPE_STOP = lazy(r"[,;:()]|\s[-–—]\s|\b(?:while|whereas|but|and)\b")
CONTEXT_RESOLVER = "money-words"
# A number the bare amount is compared with, whatever its unit: "Turnover 38.01 billion
# marks vs 42.72 billion", "Deposits 118.1 billion vs 111.0 billion". The amount is in the
# unit of that number; the comparison is not the place to ask for a currency.
NUMBER_PARTNER = lazy(
    rf"\d[\d.,]*\s*(?:[\p{{L}}.]+[\s,]+){{0,6}}(?:{_CONNECTORS})\s+"
    rf"(?:(?:the|a|an|its|about|around|roughly|some|nearly)\s+)*{MEASURE_NAMED}$",
    regex.IGNORECASE,
)
PARENTHETICAL = lazy(r"\([^()]*\)")
# A bare amount in a money context whose paragraph states every earlier amount of the same
# metric in one currency takes that currency, graded inferred.
PARAGRAPH_RESOLVER = "paragraph-currency"
PARAGRAPH_WORDS = "the same kind of amount earlier in the paragraph, all in one currency"
# Metrics too loose to say two amounts are of one kind.
UNSETTLED_METRICS = ("other",)
NOTES = {RESOLVER: "the other side of a comparison with", PARAGRAPH_RESOLVER: "as"}
# Extraction's notes on a currency it settled from context, by the grade they give.
EXTRACTION_RESOLVER = "extraction-context"
EXTRACTION_GRADES: tuple[str, ...] = ("inferred", "weak")
# How many figures back the currency amount may be ("4.3bn rupees ($98m; £52m), against").
MAX_BACK = 4


def settle_elliptical_currencies(
    text: str, claims: Sequence[Claim], clauses: Sequence[tuple[int, int]]
) -> list[Claim]:
    """Claims whose bare amount is the other side of a comparison with a currency amount,
    given that amount's currency with grade inferred; other bare amounts with the money
    words of their clause, if any, as evidence; every other claim unchanged."""
    result = list(claims)
    for index, claim in enumerate(result):
        if claim.mention.currency is not None:
            result[index] = _with_extraction_grade(claim)
            continue
        found = _parallel(text, result, index)
        if found is not None:
            partner, words = found
            result[index] = _with_currency(claim, partner.mention, words)
            continue
        claim = _with_money_context(text, claim, clauses[index])
        settled = _paragraph_currency(text, result, index) if _has_money_words(claim) else None
        if settled is not None:
            claim = _with_currency(claim, settled.mention, PARAGRAPH_WORDS, PARAGRAPH_RESOLVER)
        result[index] = claim
    return result


def _has_money_words(claim: Claim) -> bool:
    evidence = claim.evidence_for("currency")
    return evidence is not None and evidence.resolver == CONTEXT_RESOLVER


def _paragraph_currency(text: str, claims: Sequence[Claim], index: int) -> Claim | None:
    """The latest currency amount of the same metric earlier in the bare amount's paragraph,
    when every such amount there states one currency ("Estimates of its profit ranged up to
    3.1 billion H.K. dlrs. ... The 1985 net profit was 2.72 billion"): the paragraph has
    settled the currency of that kind of amount, written in the same form (`_same_form`).
    None for a metric the text does not name, or when the paragraph mixes currencies for it."""
    claim = claims[index]
    if claim.metric in UNSETTLED_METRICS:
        return None
    passage = read_text(text)
    paragraph = passage.paragraph_at(claim.mention.start)
    same = []
    for other in reversed(claims[:index]):
        if passage.paragraph_at(other.mention.start) != paragraph:
            break
        if (
            other.metric == claim.metric
            and other.mention.currency is not None
            and _same_form(other.mention, claim.mention)
        ):
            same.append(other)
    same.reverse()
    if len({other.mention.currency for other in same}) != 1:
        return None
    return same[-1]


def _same_form(donor: Mention, bare: Mention) -> bool:
    """Whether two amounts are written as one kind: both per unit or both totals, and with
    magnitudes of one system ("Rs 7,033 crore" lends no currency to "11.6 billion": a text
    that counts rupees in crore writes other money in billions)."""
    if (donor.per_unit is None) != (bare.per_unit is None):
        return False
    return bare.scale_word is None or _in_crore(donor) == _in_crore(bare)


def _in_crore(mention: Mention) -> bool:
    return mention.scale_word in INDIAN_MAGNITUDES


def _with_extraction_grade(claim: Claim) -> Claim:
    """A currency extraction settled from context (its note starts "inferred:" or "weak:":
    a dateline, a unit carried from a parallel figure) graded as that note says."""
    grade = next((g for g in EXTRACTION_GRADES if claim.mention.currency_note.startswith(g)), None)
    if grade is None or claim.evidence_for("currency") is not None:
        return claim
    evidence = Evidence(EXTRACTION_RESOLVER, claim.mention.currency_note, Grade(grade))
    return replace(claim, evidence=(*claim.evidence, ("currency", evidence)))


def money_words(text: str, mention: Mention, clause: tuple[int, int]) -> str | None:
    """The money words of a bare amount's clause near it ("paid", "budget"), or None when
    there are none or the amount counts things ("15 million books")."""
    clause_start, clause_end = clause
    after = text[mention.end : min(clause_end, mention.end + 60)]
    if COUNT_AFTER.match(after):
        return None
    if stop := SCOPE_STOP.search(after):
        after = after[: stop.start()]
    before = text[max(clause_start, mention.start - 60) : mention.start]
    if stop := _last(SCOPE_STOP, before):
        before = before[stop:]
    found = _MONEY.findall(before) + _MONEY.findall(after)
    return ", ".join(found) if found else None


def _last(pattern: regex.Pattern, text: str) -> int | None:
    """The end of the last match of `pattern` in `text`, or None."""
    matches = list(pattern.finditer(text))
    return matches[-1].end() if matches else None


def _with_money_context(text: str, claim: Claim, clause: tuple[int, int]) -> Claim:
    """A bare amount with the money words of its context recorded as evidence (grade
    unknown: they make it money, they do not say which currency)."""
    before = text[max(0, claim.mention.start - 80) : claim.mention.start]
    if NUMBER_PARTNER.search(before.split(". ")[-1]):
        return claim
    words = money_words(text, claim.mention, clause)
    if words is None:
        return claim
    evidence = Evidence(CONTEXT_RESOLVER, words, Grade.UNKNOWN)
    return replace(claim, evidence=(*claim.evidence, ("currency", evidence)))


def _parallel(text: str, claims: Sequence[Claim], index: int) -> tuple[Claim, str] | None:
    """The currency amount this bare amount is compared with, and the words that say so."""
    mention = claims[index].mention
    for earlier in reversed(claims[max(0, index - MAX_BACK) : index]):
        between = text[earlier.mention.end : mention.start]
        if not read_text(text).same_sentence(earlier.mention.start, mention.start):
            break
        words = PARENTHETICAL.sub("", between)
        if earlier.mention.currency_markers and FORWARD.match(words):
            return earlier, " ".join(words.split())
    if index + 1 < len(claims):
        later = claims[index + 1]
        between = text[mention.end : later.mention.start]
        if (
            later.mention.currency is not None
            and later.mention.scale_word == mention.scale_word
            and BACKWARD.match(between)
            and BACKWARD_LEAD.search(text[max(0, mention.start - 40) : mention.start])
        ):
            return later, f"from {mention.text} to {later.mention.text}"
    return None


def _with_currency(claim: Claim, partner: Mention, words: str, resolver: str = RESOLVER) -> Claim:
    currency = partner.currency
    relation = NOTES[resolver]
    note = f"inferred: {relation} {partner.text!r} ({words})"
    mention = replace(claim.mention, currency=currency, currency_note=note)
    evidence = Evidence(resolver, words, Grade.INFERRED)
    kept = tuple(item for item in claim.evidence if item[0] != "currency")
    return replace(claim, mention=mention, evidence=(*kept, ("currency", evidence)))
