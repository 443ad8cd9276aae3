"""Restatements: the same amount stated twice, "X (Y)", "X, or about Y", "X, equivalent to Y"."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import ClassVar

import regex

from checker.extract import restates
from checker.model import Claim, Relation
from checker.patterns import lazy

# Words near a conversion that give its rate: the conversion is the writer's, not the market's
# ("at the time", "(then £720m)": at a rate of a day the text does not give).
STATED_RATE = lazy(
    r"\b(?:to the|per|a) (?:dollar|euro|pound|yen|rupee|yuan)\b|\bexchange rate of\b|"
    r"\bat the time\b|\bthen[- ]prevailing\b|\(\s*then\b|"
    r"\bassum\w+ (?:a rate|an exchange rate|Rs|₹|\$)",
    regex.IGNORECASE,
)
# How far around the two figures the words that state a rate may be, in characters.
STATED_RATE_REACH = 120
# What separates two restatements inside one parenthetical: "(£2.9bn; $9.4bn)",
# "(£2.9bn, $9.4bn)", "(£2.9bn or $9.4bn)".
FURTHER_RESTATEMENT = lazy(r"\s*(?:[;,/]|\s+or\b)\s*(?:about\s+|roughly\s+)?")
# Words joining figures inside a parenthetical that then restates an expression, not the one
# figure before it: "NZD $2.6m less fees of NZD $0.2m (AUD $2.4m less fees of $0.2m)".
EXPRESSION_WORDS = lazy(r"\b(?:less|plus|minus|net of)\b", regex.IGNORECASE)


@dataclass(frozen=True)
class Restatement(Relation):
    """The second figure restates the first (usually in another currency); `stated_rate`:
    the text gives the rate of the conversion ("at Rs 70 to the dollar", "at the time")."""

    kind: ClassVar[str] = "equivalence"
    stated_rate: bool = False


def restatements(flat: str, claims: list[Claim]) -> list[Restatement]:
    """Each figure that restates the figure just before it, and each further figure of the
    same parenthetical that restates the figure before the parenthesis ("260bn roubles
    (£2.9bn; $9.4bn)": both restate the roubles)."""
    found = []
    opened: Claim | None = None
    for first, second in itertools.pairwise(claims):
        between = flat[first.mention.end : second.mention.start]
        if opened is not None and FURTHER_RESTATEMENT.fullmatch(between):
            found.append(_restatement(flat, opened, second))
            continue
        opened = None
        if restates(flat, first.mention, second.mention) and not _restates_expression(
            flat, between, second
        ):
            found.append(_restatement(flat, first, second))
            opened = first if between.rstrip().endswith("(") else None
    return found


def _restatement(flat: str, first: Claim, second: Claim) -> Restatement:
    start, end = first.mention.start, second.mention.end
    window = (max(0, start - STATED_RATE_REACH), min(len(flat), end + STATED_RATE_REACH))
    return Restatement(
        figures=(first.figure_id, second.figure_id),
        detail=flat[start:end],
        stated_rate=STATED_RATE.search(flat, *window) is not None,
    )


def _restates_expression(flat: str, between: str, second: Claim) -> bool:
    """Whether the parenthetical the second figure opens goes on to join it to more figures
    ("(AUD $2.4m less fees of $0.2m)"): it restates a whole expression."""
    if not between.rstrip().endswith("("):
        return False
    close = flat.find(")", second.mention.end, second.mention.end + STATED_RATE_REACH)
    return close >= 0 and EXPRESSION_WORDS.search(flat, second.mention.end, close) is not None
