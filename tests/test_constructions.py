"""The construction engine: its pattern language, and every construction's examples."""

from __future__ import annotations

import pytest

from checker.link.constructions_en import CONSTRUCTIONS
from checker.text import Kind, read_text
from checker.text.constructions import (
    Construction,
    Example,
    PatternError,
    compile_pattern,
)

NAME = r"[A-Z]\w*"
CASES = [
    pytest.param(construction, example, id=f"{construction.name}[{index}]")
    for construction in CONSTRUCTIONS
    for index, example in enumerate(construction.examples)
]


def roles_at_first_figure(construction: Construction, text: str) -> dict[str, str] | None:
    """The roles the construction fills at the sentence's first money figure (None: no match)."""
    passage = read_text(text)
    figures = passage.tokens_in(0, len(text), Kind.MONEY)
    start, end = (figures[0].start, figures[0].end) if figures else (0, 0)
    found = construction.around(passage.flat, start, end)
    return None if found is None else construction.roles(found)


@pytest.mark.parametrize(("construction", "example"), CASES)
def test_construction_fills_its_roles_on_each_example(
    construction: Construction, example: Example
) -> None:
    assert roles_at_first_figure(construction, example.text) == example.roles


@pytest.mark.parametrize("construction", CONSTRUCTIONS, ids=[c.name for c in CONSTRUCTIONS])
def test_every_construction_has_a_matching_and_a_failing_example(
    construction: Construction,
) -> None:
    assert any(e.roles is not None for e in construction.examples)
    assert any(e.roles is None for e in construction.examples)
    for role in construction.decides:
        assert any(e.roles and role in e.roles for e in construction.examples)


def test_construction_names_are_unique() -> None:
    names = [c.name for c in CONSTRUCTIONS]
    assert len(names) == len(set(names))


def toy(pattern: str) -> Construction:
    return Construction("toy", pattern, {"BUYER": "counterparty", "TARGET": "entity"}, (), NAME)


@pytest.mark.parametrize(
    ("pattern", "text", "roles"),
    [
        (
            "BUYER bought TARGET for FIGURE",
            "Then Acme bought Beta for $5",
            {"BUYER": "Acme", "TARGET": "Beta"},
        ),
        ("BUYER bought TARGET for FIGURE", "Acme bought Beta for a total of $5", None),
        (
            "BUYER bought|acquired TARGET for FIGURE",
            "Acme acquired Beta for $5",
            {"BUYER": "Acme", "TARGET": "Beta"},
        ),
        (
            "bought [ the <lower>{1,2}? ] TARGET for FIGURE",
            "bought the rival group Beta for $5",
            {"TARGET": "Beta"},
        ),
        (
            "bought [ the <lower>{1,2}? ] TARGET for FIGURE",
            "bought the big rival group Beta for $5",
            None,
        ),
        ("( bought | paid for ) TARGET at FIGURE", "paid for Beta at $5", {"TARGET": "Beta"}),
        ("FIGURE bid(s) from BUYER", "$5 bids from Acme", {"BUYER": "Acme"}),
        ("FIGURE bid(s) from BUYER", "$5 bidding from Acme", None),
        ("FIGURE <aside> bid from BUYER", "$5 (£4) bid from Acme", {"BUYER": "Acme"}),
        ("FIGURE bid !price", "$5 bid price", None),
        ("FIGURE bid !price", "$5 bid from Acme", {}),
        ("TARGET 's FIGURE", "Beta's $5", {"TARGET": "Beta"}),
        ("TARGET 's FIGURE", "Beta $5", None),
        ("TARGET 's FIGURE", "Beta' $5", None),
        ("TARGET 's? FIGURE", "Beta' $5", {"TARGET": "Beta"}),
        ("FIGURE ~10 in TARGET", "$5 invested in Beta", {"TARGET": "Beta"}),
        ("FIGURE ~10 in TARGET", "$5 in total. Then in Beta", None),
        ("FIGURE ~10 in TARGET", "$5 of 2.5 in Beta", {"TARGET": "Beta"}),
        ("FIGURE ~10 in TARGET", "$5 was then invested in Beta", None),
        ("stake in TARGET", "a $5 stake in Beta", {"TARGET": "Beta"}),
        ("stake in TARGET", "a $5 mistake in Beta", None),
    ],
)
def test_pattern_language(pattern: str, text: str, roles: dict[str, str] | None) -> None:
    construction = toy(pattern)
    start = text.index("$")
    found = construction.around(text, start, start + 2)
    assert (None if found is None else construction.roles(found)) == roles


@pytest.mark.parametrize(
    "pattern",
    [
        "bought ( TARGET",
        "bought [ TARGET )",
        "Bought TARGET",
        "<noun> TARGET",
        "a | b",
        "x ]",
        "for FIGURE in TARGET",
    ],
)
def test_unreadable_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(PatternError):
        compile_pattern(pattern, NAME)
