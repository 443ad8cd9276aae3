"""What each figure describes (entity, metric, period) and how figures relate in the text."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from checker.extract import states_restatement
from checker.link.entities import TRANSACTION_METRICS, figure_entity
from checker.link.evidence import (
    RESTATED_ATTRIBUTES,
    carried,
    entity_evidence,
    figure_evidence,
    inferred,
    period_evidence,
)
from checker.link.metrics import TRADING_CUES, figure_basis, figure_measure, figure_metrics
from checker.link.names import DocumentNames, normalize_entity
from checker.link.periods import DocumentPeriods
from checker.link.places import figure_places
from checker.link.text import clause_bounds
from checker.model import Claim, Document, Mention, Relation
from checker.relations import SUM, arithmetic_relations

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
    periods = DocumentPeriods.of(text, document.date, mentions)
    places = figure_places(text, mentions)
    for offset, (mention, reading) in enumerate(zip(mentions, metrics, strict=True)):
        clause_start, clause_end = clauses[offset]
        metric = reading.metric
        found = figure_entity(text, mention, clause_start, metric, names)
        entity, counterparty = names.shortest(found.entity), names.shortest(found.counterparty)
        period = periods.figure_period(offset, (clause_start, clause_end))
        basis = figure_basis(text, mention, metric, clause_start, clause_end)
        measure = figure_measure(text, mention, metric, clauses[offset])
        evidence = figure_evidence(
            entity_evidence(
                found,
                names,
                names.in_span(text, clause_start, mention.start),
                names.in_span(text, text.rfind("\n\n", 0, mention.start) + 1, mention.start),
            ),
            reading,
            period_evidence(period, document),
            basis,
            measure,
        )
        claims.append(
            Claim(
                mention=mention,
                figure_id=f"F{first_id + offset}",
                entity=entity,
                counterparty=counterparty,
                metric=metric,
                period=period.period,
                is_target=period.is_target,
                explicit_period=period.explicit,
                inferred_period=period.inferred,
                basis=basis,
                evidence=evidence,
                measure=measure[0],
                period_span=period.span,
                place=places[offset],
            )
        )
    claims = _share_across_equivalences(text, claims)
    relations = _equivalences(text, claims) + arithmetic_relations(document, claims)
    claims = _parts_share_their_total(_investors_keep_their_target(text, claims), relations)
    return LinkedDocument(claims, relations, names.short_names)


def _investors_keep_their_target(text: str, claims: list[Claim]) -> list[Claim]:
    """A transaction figure with no investor of its own continues the transaction before it
    in the paragraph: "Toyota has put $394 million into Joby. With the new tranche its total
    commitment rises to $994 million" is Toyota's money in Joby."""
    result = list(claims)
    for offset in range(1, len(result)):
        previous, claim = result[offset - 1], result[offset]
        if (
            claim.metric in TRANSACTION_METRICS
            and claim.counterparty is None
            and previous.counterparty is not None
            and previous.counterparty != previous.entity
            and claim.entity in (previous.counterparty, previous.entity)
            and "\n" not in text[previous.mention.end : claim.mention.start]
        ):
            result[offset] = inferred(
                replace(claim, entity=previous.entity, counterparty=previous.counterparty),
                ("entity", "counterparty"),
                "continues_transaction",
                previous.mention.text,
            )
    return result


def _parts_share_their_total(claims: list[Claim], relations: list[Relation]) -> list[Claim]:
    """The parts of a total describe the company the total does: "turnover of €59.6 billion,
    split between Beauty & Wellbeing at €12.5 billion, ..." are all Unilever's."""
    index = {claim.figure_id: offset for offset, claim in enumerate(claims)}
    result = list(claims)
    for relation in relations:
        if relation.kind != SUM:
            continue
        total = result[index[relation.figures[0]]]
        if total.entity is None:
            continue
        for part_id in relation.figures[1:]:
            part = result[index[part_id]]
            if part.entity != total.entity:
                investor = part.entity if part.metric in TRANSACTION_METRICS else None
                counterparty = part.counterparty or investor
                result[index[part_id]] = inferred(
                    replace(part, entity=total.entity, counterparty=counterparty),
                    ("entity",),
                    "part_of_total",
                    total.mention.text,
                )
    return result


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
            shared = replace(
                second,
                entity=first.entity,
                counterparty=first.counterparty,
                metric=first.metric,
                period=first.period or second.period,
                is_target=first.is_target,
                measure=first.measure,
                period_span=first.period_span if first.period else second.period_span,
            )
            result[i] = carried(shared, first, RESTATED_ATTRIBUTES, "restated_figure")
    return result
