"""Linking as an explicit ordered list of named resolvers, which README's "How it works" lists."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from helpers import REPO

from checker.corpus import read_corpus
from checker.extract import extract_mentions
from checker.link import RESOLVERS, Linking, link_document
from checker.model import Claim
from checker.text import read_text

BEGIN = "<!-- resolvers: generated from checker.link.RESOLVERS -->\n"
END = "<!-- /resolvers -->\n"


def resolver_list() -> str:
    """The README block: one numbered line per resolver, wrapped as the README is."""
    items = [
        textwrap.fill(
            f"{number}. `{resolver.name}` (decides {', '.join(resolver.decides)}): {resolver.doc}",
            width=90,
            subsequent_indent=" " * (len(str(number)) + 2),
        )
        for number, resolver in enumerate(RESOLVERS, 1)
    ]
    return "".join(f"{item}\n" for item in items)


def test_readme_lists_the_resolvers_in_their_order() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    listed = readme.split(BEGIN, 1)[1].split(END, 1)[0]
    assert listed == resolver_list(), "README's resolver list is out of date:\n" + resolver_list()


def test_every_resolver_has_a_unique_name_a_docstring_and_decides_something() -> None:
    names = [resolver.name for resolver in RESOLVERS]
    assert len(set(names)) == len(names)
    for resolver in RESOLVERS:
        assert resolver.doc and resolver.decides


def test_each_claim_attribute_is_first_decided_by_one_resolver() -> None:
    attributes = [a for resolver in RESOLVERS[:7] for a in resolver.decides]
    assert len(set(attributes)) == len(attributes)
    assert {"entity", "counterparty", "metric", "period", "basis", "measure"} <= set(attributes)
    assert set(attributes) - {"evidence"} <= set(Claim.__dataclass_fields__)


def test_the_linking_loop_runs_the_resolvers_in_order(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "On Monday Helix reported revenue of $10 billion in 2023, split between Cloud "
        "Services at $6 billion and Devices at $4 billion.\n",
        encoding="utf-8",
    )
    (document,) = read_corpus([path], date_override=date(2024, 1, 5))
    mentions = extract_mentions(read_text(document.plain).flat, document.path)
    linking = Linking.of(document, mentions, 1)
    last = [resolver.name for resolver in RESOLVERS].index("part_of_total")
    for resolver in RESOLVERS[:last]:
        resolver.run(linking)
    assert [claim.entity for claim in linking.claims[1:]] != ["Helix", "Helix"]
    RESOLVERS[last].run(linking)
    assert [claim.entity for claim in linking.claims[1:]] == ["Helix", "Helix"]
    assert linking.claims[1].evidence_for("entity").resolver == "part_of_total"
    assert link_document(document, mentions, 1).claims == linking.claims
