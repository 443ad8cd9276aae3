"""What each figure describes (entity, metric, period) and how figures relate in the text."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import regex

from checker.extract import states_restatement
from checker.link.currency import settle_elliptical_currencies
from checker.link.entities import TRANSACTION_METRICS, figure_entity
from checker.link.evidence import (
    RESTATED_ATTRIBUTES,
    carried,
    entity_evidence,
    figure_evidence,
    inferred,
    period_evidence,
)
from checker.link.grades import metric_evidence
from checker.link.metrics import (
    TRADING_CUES,
    MetricReading,
    figure_basis,
    figure_measure,
    figure_metrics,
    unit_metric,
)
from checker.link.names import DocumentNames, normalize_entity
from checker.link.periods import DocumentPeriods
from checker.link.places import figure_places
from checker.link.text import clause_bounds
from checker.model import Claim, Document, Evidence, Grade, Mention, Relation
from checker.relations import Sum, find_relations
from checker.text import Passage, read_text

# Every place two line breaks follow one another (overlapping: three line breaks give two).
BLANK_LINE = regex.compile(r"(?=\n\n)")

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
        _unit_reading(text, mention, clause, reading)
        for mention, clause, reading in zip(mentions, clauses, metrics, strict=True)
    ]
    periods = DocumentPeriods.of(text, document.date, mentions)
    places = figure_places(text, mentions)
    blank_lines = [match.start() for match in BLANK_LINE.finditer(text)]
    for offset, (mention, reading) in enumerate(zip(mentions, metrics, strict=True)):
        clause_start, clause_end = clauses[offset]
        metric = reading.metric
        found = figure_entity(text, mention, clause_start, metric, names)
        entity, counterparty = names.shortest(found.entity), names.shortest(found.counterparty)
        period = periods.figure_period(offset, (clause_start, clause_end))
        basis = figure_basis(text, mention, metric, clause_start, clause_end)
        measure = figure_measure(text, mention, metric, clauses[offset])
        paragraph_start = _after_blank_line(blank_lines, mention.start)
        evidence = figure_evidence(
            entity_evidence(
                found,
                names,
                names.in_span(text, clause_start, mention.start),
                names.in_span(text, paragraph_start, mention.start) if found.from_topic else [],
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
    claims = _with_metric_evidence(text, claims, clauses)
    claims = settle_elliptical_currencies(text, claims, clauses)
    relations = find_relations(passage, claims)
    claims = _parts_share_their_total(_investors_keep_their_target(passage, claims), relations)
    return LinkedDocument(claims, relations, names.short_names)


def _after_blank_line(blank_lines: list[int], offset: int) -> int:
    """Where the text after the last blank line before `offset` starts (its second line
    break), 0 without one: `text.rfind("\\n\\n", 0, offset) + 1` from the blank lines'
    offsets, sorted."""
    before = bisect.bisect_right(blank_lines, offset - 2) - 1
    return blank_lines[before] + 1 if before >= 0 else 0


def _unit_reading(
    text: str, mention: Mention, clause: tuple[int, int], reading: MetricReading
) -> MetricReading:
    """The metric reading of a price per unit, a retail price or an exchange-rate level
    (`unit_metric`), which overrides what the cue words say; else `reading` unchanged."""
    unit = unit_metric(text, mention, clause, reading.metric)
    if unit is None:
        return reading
    return MetricReading(unit, "unit_metric", mention.per_unit or "", Grade.STATED)


def _with_metric_evidence(
    text: str, claims: list[Claim], clauses: Sequence[tuple[int, int]]
) -> list[Claim]:
    """Each claim's metric grade capped by whether its own words bind the metric to it
    (`metric_evidence`): a cue word elsewhere in the clause, or a loose verb ("worth", "lost",
    "paid"), names the metric but only infers that this figure is it. A restatement keeps
    what it carried from the figure it restates."""
    result: list[Claim] = []
    for offset, (claim, clause) in enumerate(zip(claims, clauses, strict=True)):
        current = claim.evidence_for("metric")
        restated = offset and _restates(text, claims[offset - 1].mention, claim.mention)
        binding = None if restated else metric_evidence(text, claim.mention, claim.metric, clause)
        if binding is not None and (
            current is None or binding.grade.strength < current.grade.strength
        ):
            capped = (
                Evidence(current.resolver, current.words, binding.grade) if current else binding
            )
            kept = tuple(item for item in claim.evidence if item[0] != "metric")
            claim = replace(claim, evidence=(*kept, ("metric", capped)))
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
                result[index[part_id]] = inferred(
                    replace(part, entity=total.entity, counterparty=counterparty),
                    ("entity",),
                    "part_of_total",
                    total.mention.text,
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
