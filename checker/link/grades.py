"""How firmly a figure's own words state its metric: stated, or inferred from context.

A metric is stated when a construction below binds its word to the figure: the word
right after it ("its $45 valuation", "$130.5 of revenue", "$12 in its latest funding
round") or right before it with only qualifiers between ("valued at $45", "revenue of
$5", "raised $12"). A cue elsewhere in the clause, a continued or compared figure, or a
loose verb ("worth", "lost", "paid": said of anything) only infers it.
"""

from __future__ import annotations

import regex

from checker.model import Evidence, Grade, Mention
from checker.patterns import lazy

RESOLVER = "metric-words"
# Words naming a metric right after the figure, up to three words on ("£2 pretax profit",
# "$5 in annual sales", "£1.5 of lost sales", "A$68 from profit targets"), by metric.
STATED_AFTER: dict[str, str] = {
    "valuation": r"valuation|value|price tag|takeover|deal|bid|offer|merger|acquisition",
    "market_cap": r"market (?:value|valuation|cap(?:itali[sz]ation)?)",
    "funding": r"funding|round|financing|fundraising|rights issue|IPO|flotation",
    "revenue": r"revenues?|sales|turnover",
    "profit": r"profits?|net income|earnings|operating income",
    "loss": r"loss(?:es)?|lost (?:sales|revenues?|business|income|earnings)",
    "investment": r"investment",
    "price_paid": r"takeover|deal|acquisition|purchase|buyout",
}
# Words naming a metric right before the figure, with only qualifiers between.
# A period between a metric's noun and its verb keeps the metric bound to the figure:
# "revenue in 2019 was $3 billion", "profit for the first half rose to $2 billion".
_PERIOD_GAP = (
    r"(?:\s+(?:in|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:19|20)\d\d|year|quarter|half))?"
)
# A verb or preposition giving the metric's level: "revenue was", "turnover rose to", "its
# loss widened to", "growth in group turnover to", "profit came in at".
_MOVES = (
    r"rose|fell|grew|jumped|increased|decreased|declined|dropped|climbed|slipped|widened|"
    r"narrowed|reduced|restated|totall?ed|amounted|improved|soared|surged|plunged|slumped"
)
_LEVEL_VERB = rf"(?:of|was|were|to|(?:{_MOVES})(?:\s+\w+)?\s+to|came in at|stood at)"
STATED_BEFORE: dict[str, str] = {
    "valuation": r"valued (?:\S+ )?at|valuing (?:\S+ ){0,3}at|"
    rf"valuation{_PERIOD_GAP} (?:of|was)|value of|"
    r"deal (?:worth|valued at)|(?:takeover|bid|offer) (?:worth|of)",
    "market_cap": r"market (?:value|valuation|cap(?:itali[sz]ation)?) of",
    "funding": r"raised|raising|raises|funding of|round of",
    "revenue": rf"(?:revenues?|sales|turnover){_PERIOD_GAP} {_LEVEL_VERB}",
    "profit": rf"(?:profits?|net income|earnings){_PERIOD_GAP} {_LEVEL_VERB}",
    "loss": rf"(?:net |pretax |pre-tax |operating )?loss{_PERIOD_GAP} {_LEVEL_VERB}",
    "investment": r"investment of|invested|investing",
    "price_paid": r"(?:acquired|bought|bought out|took over) (?:\S+ ){1,3}for",
}
_QUALIFIERS = (
    r"(?:(?:about|around|roughly|some|nearly|almost|just|only|more than|less than|over|"
    r"under|up to|at least|a record|an estimated|a)\s+)*"
)
# A preposition binding a metric's noun to the figure before it: "$130.5 of revenue",
# "$12 in funding", "A$68 from profit targets".
AFTER_PREPOSITION = r"\s*(?:(?:of|in|from)\s+)?"
STATED_AFTER_PATTERNS = {
    metric: lazy(rf"^{AFTER_PREPOSITION}(?:[\p{{L}}-]+\s+){{0,3}}?(?:{words})\b", regex.IGNORECASE)
    for metric, words in STATED_AFTER.items()
}
STATED_BEFORE_PATTERNS = {
    metric: lazy(rf"\b(?:{words})\s+{_QUALIFIERS}$", regex.IGNORECASE)
    for metric, words in STATED_BEFORE.items()
}
# A metric's noun as the label of the figure right after it: "Market cap: HK$980", "Revenue:
# $5.1bn", "Net income - $300m" (a key-data line, a fact box).
STATED_LABEL_PATTERNS = {
    metric: lazy(rf"\b(?:{words})\s*(?::|\s-|–)\s*{_QUALIFIERS}$", regex.IGNORECASE)
    for metric, words in STATED_AFTER.items()
}
# Words that end the reach of an after-cue: "$45 to $50 of revenue" is not "$45 of revenue".
AFTER_STOP = lazy(r"[,;:()]|\b(?:to|from|than|and|or|against|with|on|at|but)\b")
_AFTER_PREPOSITION = lazy(AFTER_PREPOSITION, regex.IGNORECASE)


def metric_evidence(
    text: str, mention: Mention, metric: str, clause: tuple[int, int]
) -> Evidence | None:
    """The evidence for a figure's metric: stated when its words bind the metric to the
    figure, inferred otherwise; None for "other" (no metric)."""
    if metric == "other":
        return None
    if mention.per_unit is not None:
        return Evidence("per-unit", mention.per_unit, Grade.STATED)
    clause_start, clause_end = clause
    after = text[mention.end : min(clause_end, mention.end + 50)]
    bound = _AFTER_PREPOSITION.match(after)
    if stop := AFTER_STOP.search(after, bound.end() if bound else 0):
        after = after[: stop.start()]
    before = text[max(clause_start, mention.start - 60) : mention.start]
    after_pattern = STATED_AFTER_PATTERNS.get(metric)
    if after_pattern is not None and (match := after_pattern.match(after)):
        return Evidence(RESOLVER, " ".join(match.group(0).split()), Grade.STATED)
    before_pattern = STATED_BEFORE_PATTERNS.get(metric)
    if before_pattern is not None and (match := before_pattern.search(before)):
        return Evidence(RESOLVER, " ".join(match.group(0).split()), Grade.STATED)
    label = text[max(0, mention.start - 40) : mention.start]
    label_pattern = STATED_LABEL_PATTERNS.get(metric)
    if label_pattern is not None and (match := label_pattern.search(label)):
        return Evidence(RESOLVER, " ".join(match.group(0).split()), Grade.STATED)
    return Evidence(RESOLVER, "", Grade.INFERRED)
