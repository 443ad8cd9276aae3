"""Relations the text states between figures, one module and one frozen dataclass per kind:
restatements, sums, changes, stakes, comparisons (multiples) and references to the story's
deal. Checks import the types;
`find_relations` is the one entry point of the stage."""

from __future__ import annotations

from checker.model import Claim, Relation
from checker.relations.base import StatedNumber, read_passage
from checker.relations.changes import Change, change_relations
from checker.relations.comparisons import Comparison, multiple_relations
from checker.relations.references import DealReference, deal_references
from checker.relations.restatement import Restatement, restatements
from checker.relations.stakes import Stake, stake_relations
from checker.relations.sums import Sum, sum_relations
from checker.text import Passage

__all__ = [
    "Change",
    "Comparison",
    "DealReference",
    "Relation",
    "Restatement",
    "Stake",
    "StatedNumber",
    "Sum",
    "arithmetic_relations",
    "find_relations",
]

FINDERS = (sum_relations, change_relations, stake_relations, multiple_relations, deal_references)


def find_relations(text: Passage, claims: list[Claim]) -> list[Relation]:
    """Every relation one document states: restatements first, then the arithmetic."""
    return [*restatements(text.flat, claims), *arithmetic_relations(text, claims)]


def arithmetic_relations(text: Passage, claims: list[Claim]) -> list[Relation]:
    """Sums, changes, stakes and comparisons one document states, with the figures they relate."""
    passage = read_passage(text, claims)
    found: dict[tuple[str, tuple[str, ...]], Relation] = {}
    for finder in FINDERS:
        for relation in finder(passage):
            found.setdefault((relation.kind, relation.figures), relation)
    return list(found.values())
