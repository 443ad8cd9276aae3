"""What each figure describes (entity, metric, period) and how figures relate in the text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from checker.extract import states_restatement
from checker.link.currency import settle_elliptical_currencies
from checker.link.entities import TRANSACTION_METRICS, figure_entity
from checker.link.grades import metric_evidence
from checker.link.metrics import TRADING_CUES, figure_basis, figure_metrics, unit_metric
from checker.link.names import DocumentNames, normalize_entity
from checker.link.periods import DocumentPeriods
from checker.link.text import clause_bounds
from checker.model import Claim, Document, Mention, Relation
from checker.relations import Sum, find_relations
from checker.text import Passage, read_text

__all__ = ["LinkedDocument", "link_document", "normalize_entity"]


@dataclass(frozen=True)
class LinkedDocument:
    """The claims and text relations of one document."""

    claims: list[Claim]
    relations: list[Relation]
    short_names: dict[str, str] = field(default_factory=dict)


def link_document(document: Document, mentions: Sequence[Mention], first_id: int) -> LinkedDocument:
    """Give every mention its entity, metric and period; find equivalences between them."""
    passage = read_text(document.plain)
    text = passage.flat
    names = DocumentNames.of(text)
    listed = TRADING_CUES.search(text) is not None
    claims = []
    clauses = [clause_bounds(text, m.start, m.end) for m in mentions]
    metrics = figure_metrics(text, mentions, clauses, listed)
    metrics = [
        unit_metric(text, mention, clause, metric) or metric
        for mention, clause, metric in zip(mentions, clauses, metrics, strict=True)
    ]
    periods = DocumentPeriods.of(text, document.date, mentions)
    for offset, (mention, metric) in enumerate(zip(mentions, metrics, strict=True)):
        clause_start, clause_end = clauses[offset]
        entity, counterparty = figure_entity(text, mention, clause_start, metric, names)
        entity, counterparty = names.shortest(entity), names.shortest(counterparty)
        period = periods.figure_period(offset, (clause_start, clause_end))
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
                basis=figure_basis(text, mention, metric, clause_start, clause_end),
            )
        )
    claims = _share_across_equivalences(text, claims)
    claims = _with_metric_evidence(text, claims, clauses)
    claims = settle_elliptical_currencies(text, claims, clauses)
    relations = find_relations(passage, claims)
    claims = _parts_share_their_total(_investors_keep_their_target(passage, claims), relations)
    return LinkedDocument(claims, relations, names.short_names)


def _with_metric_evidence(
    text: str, claims: list[Claim], clauses: Sequence[tuple[int, int]]
) -> list[Claim]:
    """Each claim with the evidence for its metric, unless a resolver recorded it already;
    a restatement has the evidence of the figure it restates."""
    result: list[Claim] = []
    for claim, clause in zip(claims, clauses, strict=True):
        evidence = claim.evidence_for("metric")
        if evidence is None and result and _restates(text, result[-1].mention, claim.mention):
            evidence = result[-1].evidence_for("metric")
        if evidence is None:
            evidence = metric_evidence(text, claim.mention, claim.metric, clause)
        if evidence is not None and claim.evidence_for("metric") is None:
            claim = replace(claim, evidence=(*claim.evidence, ("metric", evidence)))
        result.append(claim)
    return result


def _investors_keep_their_target(passage: Passage, claims: list[Claim]) -> list[Claim]:
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
            and passage.paragraph_at(previous.mention.start)
            == passage.paragraph_at(claim.mention.start)
        ):
            result[offset] = replace(
                claim, entity=previous.entity, counterparty=previous.counterparty
            )
    return result


def _parts_share_their_total(claims: list[Claim], relations: list[Relation]) -> list[Claim]:
    """The parts of a total describe the company the total does: "turnover of €59.6 billion,
    split between Beauty & Wellbeing at €12.5 billion, ..." are all Unilever's."""
    index = {claim.figure_id: offset for offset, claim in enumerate(claims)}
    result = list(claims)
    for relation in relations:
        if not isinstance(relation, Sum):
            continue
        total = result[index[relation.figures[0]]]
        if total.entity is None:
            continue
        for part_id in relation.figures[1:]:
            part = result[index[part_id]]
            if part.entity != total.entity:
                investor = part.entity if part.metric in TRANSACTION_METRICS else None
                counterparty = part.counterparty or investor
                result[index[part_id]] = replace(
                    part, entity=total.entity, counterparty=counterparty
                )
    return result


def _restates(text: str, first: Mention, second: Mention) -> bool:
    return states_restatement(text[first.end : second.start])


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
