"""Whose figure it is: the clause subject, possessive, valued company or transaction target."""

from __future__ import annotations

import regex

from checker.link.names import PROPER_NOUN, DocumentNames
from checker.link.text import NAME
from checker.model import Mention

STAKE_TARGET = regex.compile(
    rf"\b(?:stake|holding|share|shares|interest|invest(?:ed|s|ing|ment)?)\s+in\s+(?P<name>{NAME})"
)
AGENT_BEFORE = regex.compile(r"\b(?:from|by|to|with|against|than|behind|over)\s+$")
SUBJECT_PRONOUN = regex.compile(
    r"\b(?:the (?:company|group|firm|business|start-?up|chipmaker|carmaker|streamer)|it)"
    r"(?:['’]s|\s+(?:was|is|had|has|would|will|could|reported|posted|raised|made|earned|lost|"
    r"said|sold|ended|closed))\b"
)
LISTED_BEFORE = regex.compile(rf"{NAME}(?:,|,?\s+(?:and|or))\s+$")
LISTED_AFTER = regex.compile(rf"(?:,|,?\s+(?:and|or))\s+{NAME}")
VALUING = regex.compile(
    rf"\b(?:valuing|values|valued|priced|price tag for)\s+(?P<name>{NAME})\s+at\s*$"
)
TRANSACTION_METRICS = frozenset({"investment", "price_paid"})
INVESTED_IN = regex.compile(
    rf"^(?:[^.;]|\.(?=\d)){{0,60}}?\b(?:(?:in|into|for)\s+(?:a\s+[^.;]{{0,30}}?\s+(?:in|of)\s+)?"
    rf"(?P<name>{NAME})|of\s+(?P<name>{NAME})['’]?s?\s+(?:shares|stock)|"
    rf"(?:acquisition|purchase|takeover|buyout)\s+of\s+(?P<name>{NAME}))"
)


def figure_entity(
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
            if main in names.investors and subject not in names.investors:
                return subject, main
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
