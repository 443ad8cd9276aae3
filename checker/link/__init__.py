"""What each figure describes (entity, metric, period) and how figures relate in the text."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from checker.extract import states_restatement
from checker.link.entities import figure_entity
from checker.link.metrics import TRADING_CUES, figure_basis, figure_metrics
from checker.link.names import DocumentNames, normalize_entity
from checker.link.periods import figure_period
from checker.link.text import clause_bounds
from checker.model import Claim, Document, Mention, Relation
from checker.relations import arithmetic_relations

__all__ = ["LinkedDocument", "link_document", "normalize_entity"]


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
    clauses = [clause_bounds(text, m.start, m.end) for m in mentions]
    metrics = figure_metrics(text, mentions, clauses, listed)
    figure_ends = sorted(m.end for m in mentions)
    for offset, (mention, metric) in enumerate(zip(mentions, metrics, strict=True)):
        clause_start, clause_end = clauses[offset]
        entity, counterparty = figure_entity(text, mention, clause_start, metric, names)
        entity, counterparty = names.shortest(entity), names.shortest(counterparty)
        period, is_target, explicit = figure_period(
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
                basis=figure_basis(text, mention, metric, clause_start, clause_end),
            )
        )
    claims = _share_across_equivalences(text, claims)
    relations = _equivalences(text, claims) + arithmetic_relations(document, claims)
    return LinkedDocument(claims, relations, names.short_names)


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
