"""The JSON report: the machine-readable contract of `check-figures --format json`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from checker.facts import FIGURE_COLUMNS
from checker.model import CheckResult, Claim, Document, Finding, SkippedFile
from checker.report import figure_count, iter_figure_rows, severity_counts, sorted_findings
from checker.report.stream import Streamed, json_pieces

VERSION = 1
BASE_COLUMNS = ("value_base", "value_base_low", "value_base_high")


def render_json(result: CheckResult) -> str:
    """The JSON report: same result, same bytes."""
    return "".join(iter_json(result))


def iter_json(result: CheckResult) -> Iterator[str]:
    """The JSON report in pieces, the figures made one at a time as they are written."""
    columns = [*FIGURE_COLUMNS, *(BASE_COLUMNS if result.base_currency else ())]
    claims = {claim.figure_id: claim for claim in result.claims}
    report = {
        "version": VERSION,
        **({"base_currency": result.base_currency} if result.base_currency else {}),
        "documents": document_entries(result.documents, result.skipped),
        "figures": Streamed(
            figure_entry(row, columns, claims.get(row["id"]))
            for row in iter_figure_rows(result.facts)
        ),
        "findings": Streamed(finding_entry(f) for f in sorted_findings(result.findings)),
        "merged_names": [
            {"written": m.variant, "read_as": m.name, "paths": list(m.paths)}
            for m in result.merged_names
        ],
        "summary": summary(result, figure_count(result.facts)),
    }
    yield from json_pieces(report, allow_nan=False)
    yield "\n"


def figure_entry(row: dict[str, Any], columns: list[str], claim: Claim | None) -> dict[str, Any]:
    """One figure: the contract's columns, then the evidence of its attributes (None if none)."""
    return {
        **{column: row.get(column) for column in columns},
        "evidence": evidence_entry(claim) if claim is not None else None,
    }


def evidence_entry(claim: Claim) -> dict[str, dict[str, str]]:
    """Per attribute, the resolver that decided it, from which words, and its grade."""
    return {
        name: {"resolver": item.resolver, "words": item.words, "grade": item.grade.value}
        for name, item in claim.evidence
    }


def document_entries(documents: list[Document], skipped: list[SkippedFile]) -> list[dict[str, Any]]:
    """Every read document and every skipped file, in path order."""
    entries = [
        {
            "path": document.path,
            "date": document.date.isoformat() if document.date else None,
            "date_source": document.date_source,
            "status": "ok",
            "reason": None,
            "encoding": document.encoding,
        }
        for document in documents
    ]
    entries += [
        {
            "path": file.path,
            "date": None,
            "date_source": None,
            "status": "skipped",
            "reason": file.reason,
            "encoding": None,
        }
        for file in skipped
    ]
    return sorted(entries, key=lambda entry: (entry["path"], entry["status"]))


def finding_entry(finding: Finding) -> dict[str, Any]:
    """One finding as the contract spells it, plus the quoted sentence."""
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "figures": list(finding.figures),
        "message": finding.message,
        "explanation": finding.explanation,
        "quote": finding.quote,
    }


def summary(result: CheckResult, figure_count: int) -> dict[str, int]:
    """Counts of the run and its exit status."""
    return {
        "documents": len(result.documents),
        "skipped": len(result.skipped),
        "figures": figure_count,
        **severity_counts(result.findings),
        "suppressed": result.suppressed,
        "baselined": result.baselined,
        "baseline_unmatched": result.baseline_unmatched,
        "exit_status": result.exit_status,
    }
