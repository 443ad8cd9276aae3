"""The evidence of each attribute of a figure: which resolver decided it, from which words,
and how firmly the text settles it (stated, inferred, weak)."""

from __future__ import annotations

from dataclasses import replace

from checker.link.entities import EntityReading
from checker.link.metrics import MetricReading
from checker.link.names import DocumentNames
from checker.link.periods import FigurePeriod
from checker.model import Claim, Document, Evidence, Grade

# Resolvers that find a company by where its name stands rather than by a construction.
POSITIONAL_RESOLVERS = frozenset(
    {
        "document_topic",
        "clause_subject",
        "subject_pronoun",
        "transaction_topic",
        "investor_not_topic",
        "offer_verb_topic",
        "its_subject",
        "story_deal_target",
        "authority_not_topic",
    }
)
# Resolvers that carry a company from another sentence than the figure's.
CARRIED_RESOLVERS = frozenset({"zh_paragraph_subject"})
# Attributes a restatement ("$11bn (£5.7bn)") takes from the figure it restates.
RESTATED_ATTRIBUTES = ("entity", "counterparty", "metric", "period", "measure")


def entity_evidence(
    reading: EntityReading,
    names: DocumentNames,
    clause_names: list[str],
    paragraph_names: list[str],
) -> tuple[tuple[str, Evidence], ...]:
    """Evidence for entity and counterparty (see `_topic_grade` for an entity from the
    document's topic). A clause subject among several names of the clause is inferred (the
    signals disagree). In a document that calls its reporting company "the Company" or "the
    Group", a name found only by its position (topic, clause subject) is weak, and so is the
    company of the figure's paragraph (`paragraph_subject`)."""
    if reading.entity is None:
        return _party_evidence(reading, clause_names)
    if names.self_named and reading.resolver in POSITIONAL_RESOLVERS:
        grade = Grade.WEAK
    elif reading.resolver in ("paragraph_subject", "zh_headline_subject"):
        # The company of the paragraph's sentences before the figure, or of a Chinese
        # headline, not of its own words: enough to file the figure, never to compare it.
        grade = Grade.WEAK
    elif reading.resolver == "section_heading":
        # The company its section's heading names, not the figure's own words.
        grade = Grade.INFERRED
    elif reading.from_topic:
        grade = _topic_grade(names, reading, paragraph_names)
    elif reading.resolver in CARRIED_RESOLVERS or (
        reading.resolver == "clause_subject" and len(set(clause_names)) > 1
    ):
        grade = Grade.INFERRED
    else:
        grade = Grade.STATED
    entity = ("entity", Evidence(reading.resolver, reading.words, grade))
    return (entity, *_party_evidence(reading, clause_names))


def _party_evidence(
    reading: EntityReading, clause_names: list[str]
) -> tuple[tuple[str, Evidence], ...]:
    """Evidence for the counterparty, stated when the clause names it before the figure; also
    for a figure whose text names only the party ("Acme's £5bn bid was rejected")."""
    if not reading.counterparty:
        return ()
    grade = Grade.STATED if reading.counterparty in clause_names else Grade.INFERRED
    return (("counterparty", Evidence(reading.resolver, reading.counterparty, grade)),)


def _topic_grade(names: DocumentNames, reading: EntityReading, paragraph_names: list[str]) -> Grade:
    """The grade of an entity taken from the document's topic. The paragraph before the figure
    may name other companies (not the topic, not the figure's own counterparty): when the last
    of them comes after the paragraph's last mention of the topic, the grade is weak, unless
    the clause points back with "the company" or "it" to a topic that is clearly ahead and
    named in the paragraph; when the paragraph names others but not the topic, it is weak
    unless the topic is clearly ahead. Inferred otherwise."""
    own = {names.shortest(reading.entity), names.shortest(reading.counterparty)}
    named = [names.shortest(name) for name in paragraph_names]
    others = [name for name in named if name not in own]
    topic_named = names.shortest(reading.entity) in named
    pointed = reading.resolver == "subject_pronoun" and names.topic_clear and topic_named
    if others and others[-1] == named[-1] and not pointed:
        return Grade.WEAK
    if others and not topic_named and not names.topic_clear:
        return Grade.WEAK
    return Grade.INFERRED


def period_evidence(period: FigurePeriod, document: Document) -> tuple[tuple[str, Evidence], ...]:
    """Evidence for the period: stated in the clause, carried over in the paragraph (or from
    an undated document's headline), or the document's date."""
    if period.period is None:
        return ()
    if period.explicit:
        evidence = Evidence("period_in_clause", period.words, Grade.STATED)
    elif period.inferred:
        evidence = Evidence("period_carried_in_paragraph", period.words, Grade.INFERRED)
    else:
        grade = Grade.INFERRED if document.date_grade is Grade.STATED else Grade.WEAK
        evidence = Evidence("document_date", document.date_source, grade)
    return (("period", evidence),)


# How a figure's measure is carried from another figure or its sentence's subject.
CARRIED_MEASURES = ("comparison_base", "corresponding_figure", "part_subject")


def figure_evidence(
    entity: tuple[tuple[str, Evidence], ...],
    metric: MetricReading,
    period: tuple[tuple[str, Evidence], ...],
    basis: str,
    measure: tuple[str, str, str],
) -> tuple[tuple[str, Evidence], ...]:
    """Every attribute's evidence, in a fixed order; a measure carried from a compared figure
    (`comparison_base`), from the figure it corresponds to (`corresponding_figure`) or from its
    sentence's subject (`part_subject`) is inferred, one its own words or table row state is
    stated."""
    items = [*entity, ("metric", metric.evidence), *period]
    if basis:
        items.append(("basis", Evidence("basis_from_cues", basis, Grade.STATED)))
    kind, words, resolver = measure
    if kind:
        grade = Grade.INFERRED if resolver in CARRIED_MEASURES else Grade.STATED
        items.append(("measure", Evidence(resolver, words, grade)))
    return tuple(items)


def carried(claim: Claim, source: Claim, attributes: tuple[str, ...], resolver: str) -> Claim:
    """`claim` with the evidence of `attributes` taken from `source`, at most inferred; an
    attribute `source` has no evidence for keeps the claim's own while it keeps a value."""
    replaced = {
        name for name in attributes if source.evidence_for(name) or not getattr(claim, name)
    }
    kept = [(name, item) for name, item in claim.evidence if name not in replaced]
    for name in attributes:
        item = source.evidence_for(name)
        if item is not None:
            grade = min(item.grade, Grade.INFERRED, key=lambda g: g.strength)
            kept.append((name, Evidence(resolver, item.words, grade)))
    return replace(claim, evidence=tuple(kept))


def inferred(claim: Claim, attributes: tuple[str, ...], resolver: str, words: str) -> Claim:
    """`claim` with `attributes` decided from context by `resolver` (grade at most inferred)."""
    kept = [(name, item) for name, item in claim.evidence if name not in attributes]
    for name in attributes:
        previous = claim.evidence_for(name)
        grade = Grade.INFERRED
        if previous is not None and previous.grade.strength < grade.strength:
            grade = previous.grade
        kept.append((name, Evidence(resolver, words, grade)))
    return replace(claim, evidence=tuple(kept))
