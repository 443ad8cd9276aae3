"""The pipeline as one call: paths in, a CheckResult out (what the CLI and Python users run)."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path

from checker.checks import CheckContext
from checker.corpus import read_corpus
from checker.engine import exit_status, load_rules, run_rules, select_rules
from checker.extract import extract_mentions
from checker.facts import build_fact_table, merge_similar_names
from checker.link import LinkedDocument, link_document
from checker.model import CheckResult, Claim, Document, NameMerge, Relation, SkippedFile


def check(
    paths: Sequence[str | os.PathLike],
    *,
    date: date | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    fail_on: str = "error",
    rules_dirs: Sequence[Path] = (),
    jobs: int = 1,
) -> CheckResult:
    """Check the documents under `paths` and return figures, findings and the exit status."""
    rules = select_rules(load_rules(rules_dirs), select, ignore)
    documents: list[Document] = []
    skipped: list[SkippedFile] = []
    for item in read_corpus(paths, date_override=date):
        (skipped if isinstance(item, SkippedFile) else documents).append(item)
    claims, relations = _link_all(documents, jobs)
    variant_paths = _paths_by_name(claims)
    claims, merges = merge_similar_names(claims)
    by_path = {d.path: d for d in documents}
    facts = build_fact_table(claims, by_path)
    context = CheckContext(by_path, claims, relations, facts)
    findings = run_rules(rules, context)
    return CheckResult(
        documents=documents,
        skipped=skipped,
        claims=claims,
        relations=relations,
        findings=findings,
        facts=facts,
        fail_on=fail_on,
        exit_status=exit_status(findings, fail_on),
        merged_names=tuple(
            NameMerge(variant, name, tuple(sorted(variant_paths[variant])))
            for variant, name in sorted(merges.items())
        ),
    )


def _paths_by_name(claims: list[Claim]) -> dict[str, set[str]]:
    """The files each entity or counterparty name is written in."""
    paths: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        for name in (claim.entity, claim.counterparty):
            if name:
                paths[name].add(claim.mention.path)
    return paths


def analyse_document(document: Document) -> LinkedDocument:
    """Extract and link one document, numbering its figures from F1."""
    mentions = extract_mentions(document.plain, document.path)
    return link_document(document, mentions, first_id=1)


def _link_all(documents: list[Document], jobs: int) -> tuple[list[Claim], list[Relation]]:
    """Per-document stages, in a process pool when jobs > 1; figure ids numbered in order."""
    claims: list[Claim] = []
    relations: list[Relation] = []
    for linked in _analyse(documents, jobs):
        offset = len(claims)
        claims.extend(replace(c, figure_id=_shift(c.figure_id, offset)) for c in linked.claims)
        relations.extend(
            replace(r, figures=tuple(_shift(f, offset) for f in r.figures))
            for r in linked.relations
        )
    return claims, relations


def _analyse(documents: list[Document], jobs: int) -> Iterable[LinkedDocument]:
    if jobs <= 1 or len(documents) < 2 * jobs:
        return map(analyse_document, documents)
    return _in_pool(documents, jobs)


def _in_pool(documents: list[Document], jobs: int) -> Iterator[LinkedDocument]:
    chunk = max(1, min(64, len(documents) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(analyse_document, documents, chunksize=chunk)


def _shift(figure_id: str, offset: int) -> str:
    return f"F{int(figure_id[1:]) + offset}"
