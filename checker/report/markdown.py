"""The Markdown report: summary, findings with their arithmetic, and the figures per document."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from itertools import groupby
from typing import Any

from checker.model import REPORT_HEADING, CheckResult, Document, Finding
from checker.report import (
    exit_reason,
    figure_rows,
    severity_counts,
    severity_rank,
    sorted_findings,
)

SEVERITY_HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "Info"}

FIGURE_TABLE_HEADER = (
    "| id | line | figure | amount | currency | qualifier | entity | metric | period "
    "| value in USD |",
    "|---|---:|---|---:|---|---|---|---|---|---:|",
)

MISSING = "—"

# Characters that start Markdown inline syntax anywhere in a line. An underscore only opens
# or closes emphasis at a word edge, so "market_cap" stays as it is.
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<>|])|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")


def render_markdown(result: CheckResult, figure_tables: bool = True) -> str:
    """The Markdown report, in a fixed order and without timestamps.

    Without `figure_tables` the per-document tables of figures are left out.
    """
    figures = figure_rows(result.facts)
    sections = [
        REPORT_HEADING,
        summary_section(result, len(figures)),
        findings_section(result.findings, {row["id"]: row for row in figures}),
        figures_section(result.documents, figures, result.base_currency)
        if figure_tables
        else "## Figures\n\nLeft out of this summary; see the full report.",
        merged_names_section(result),
        skipped_section(result),
    ]
    return "\n\n".join(sections) + "\n"


def summary_section(result: CheckResult, figure_count: int) -> str:
    """Counts of the run and the exit status with its reason."""
    counts = severity_counts(result.findings)
    by_severity = ", ".join(f"{count} {severity}" for severity, count in counts.items())
    return "\n".join(
        [
            "## Summary",
            "",
            f"- Documents read: {len(result.documents)}",
            f"- Files skipped: {len(result.skipped)}",
            f"- Figures found: {figure_count}",
            f"- Findings: {len(result.findings)} ({by_severity})",
            *hidden_lines(result),
            "",
            exit_reason(result, code_mark="`"),
        ]
    )


def hidden_lines(result: CheckResult) -> list[str]:
    """Lines saying how many findings suppressions and the baseline hid, when any did."""
    lines = []
    if result.suppressed:
        lines.append(f"- Suppressed by comments or per-file ignores: {result.suppressed}")
    if result.baselined or result.baseline_unmatched:
        lines.append(
            f"- In the baseline: {result.baselined} "
            f"({result.baseline_unmatched} baseline entries no longer found)"
        )
    return lines


def findings_section(findings: list[Finding], figures_by_id: dict[str, dict[str, Any]]) -> str:
    """Findings grouped by severity, then by rule id."""
    if not findings:
        return "## Findings\n\nNo findings."
    # Stable: inside one severity and rule, findings keep the report order of sorted_findings.
    ordered = sorted(sorted_findings(findings), key=lambda f: (severity_rank(f.severity), f.rule))
    blocks = ["## Findings"]
    for severity, in_severity in groupby(ordered, key=lambda f: f.severity):
        blocks.append(f"### {SEVERITY_HEADINGS.get(severity, severity.capitalize())}")
        for rule, in_rule in groupby(in_severity, key=lambda f: f.rule):
            blocks.append(f"#### {code_span(rule)}")
            blocks.extend(finding_block(finding, figures_by_id) for finding in in_rule)
    return "\n\n".join(blocks)


def finding_block(finding: Finding, figures_by_id: dict[str, dict[str, Any]]) -> str:
    """One finding: location and message, the quoted sentence, the arithmetic, the figures."""
    location = f"{finding.path}:{finding.line}:{finding.column}"
    parts = [f"**{escape_inline(location)}** — {escape_inline(finding.message)}"]
    if finding.quote.strip():
        parts.append(blockquote(finding.quote))
    if finding.explanation.strip():
        parts.append(fenced(finding.explanation, "text"))
    if finding.figures:
        labels = [figure_label(figure_id, figures_by_id) for figure_id in finding.figures]
        parts.append("Figures: " + ", ".join(labels))
    return "\n\n".join(parts)


def figure_label(figure_id: str, figures_by_id: dict[str, dict[str, Any]]) -> str:
    """A figure id with its surface text, e.g. F12 `$28 billion`."""
    row = figures_by_id.get(figure_id)
    if row is None or not row.get("text"):
        return escape_inline(figure_id)
    return f"{escape_inline(figure_id)} {code_span(row['text'])}"


def figures_section(
    documents: list[Document], figures: list[dict[str, Any]], base_currency: str | None = None
) -> str:
    """One table of figures per document, documents in path order."""
    documents_by_path = {document.path: document for document in documents}
    paths = sorted(documents_by_path.keys() | {row["path"] for row in figures})
    if not paths:
        return "## Figures\n\nNo documents read."
    rows_by_path = {path: list(rows) for path, rows in groupby(figures, key=lambda r: r["path"])}
    blocks = ["## Figures"]
    for path in paths:
        blocks.append(f"### {code_span(path)}")
        document = documents_by_path.get(path)
        if document is not None:
            blocks.append(document_line(document))
        blocks.append(figure_table(rows_by_path.get(path, []), base_currency))
    return "\n\n".join(blocks)


def document_line(document: Document) -> str:
    """The document's date, where the date came from, and its encoding."""
    date = document.date.isoformat() if document.date else "unknown"
    return (
        f"Date: {date} (source: {escape_inline(document.date_source)}) · "
        f"encoding: {escape_inline(document.encoding)}"
    )


def figure_table(rows: list[dict[str, Any]], base_currency: str | None = None) -> str:
    """The figures of one document as a Markdown table, or a note that it has none.

    With a base currency the table has one more column, the value in that currency.
    """
    if not rows:
        return "No figures."
    header, rule = FIGURE_TABLE_HEADER
    if base_currency:
        header, rule = f"{header} value in {escape_inline(base_currency)} |", f"{rule}---:|"
    lines = [header, rule]
    for row in rows:
        cells = figure_cells(row)
        if base_currency:
            cells.append(
                format_value(
                    row.get("value_base"), row.get("value_base_low"), row.get("value_base_high")
                )
            )
        lines.append(table_row(cells))
    return "\n".join(lines)


def figure_cells(row: dict[str, Any]) -> list[str]:
    """The cells of one figure's table row, in FIGURE_TABLE_HEADER order."""
    return [
        row["id"],
        str(row["line"]),
        row["text"],
        format_amount(row["amount"]),
        row.get("currency") or MISSING,
        row.get("qualifier") or MISSING,
        *(_graded(row, name) for name in ("entity", "metric", "period")),
        format_value(row.get("value_usd"), row.get("value_usd_low"), row.get("value_usd_high")),
    ]


def _graded(row: dict[str, Any], name: str) -> str:
    """An attribute's cell, with its grade when the figure's clause does not state it."""
    value, grade = row.get(name), row.get(f"{name}_grade")
    if not value:
        return MISSING
    return value if grade in (None, "stated") else f"{value} ({grade})"


def merged_names_section(result: CheckResult) -> str:
    """The spellings of names that were read as one company."""
    if not result.merged_names:
        return "## Merged names\n\nNone."
    lines = ["## Merged names", "", "| written | read as | in |", "|---|---|---|"]
    lines.extend(
        table_row([merge.variant, merge.name, ", ".join(merge.paths)])
        for merge in result.merged_names
    )
    return "\n".join(lines)


def skipped_section(result: CheckResult) -> str:
    """The files that were not checked, and why."""
    if not result.skipped:
        return "## Skipped files\n\nNone."
    lines = ["## Skipped files", "", "| path | reason |", "|---|---|"]
    lines.extend(
        table_row([file.path, file.reason])
        for file in sorted(result.skipped, key=lambda f: (f.path, f.reason))
    )
    return "\n".join(lines)


def table_row(cells: Iterable[str]) -> str:
    """A Markdown table row; each cell on one line with its special characters escaped."""
    return "| " + " | ".join(escape_inline(" ".join(cell.split())) for cell in cells) + " |"


def escape_inline(text: str) -> str:
    """Text that renders as itself inside a Markdown line or table cell."""
    return _INLINE_SPECIAL.sub(lambda match: "\\" + match.group(0), text)


def code_span(text: str) -> str:
    """An inline code span holding `text` verbatim, however many backticks it contains."""
    flat = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{padding}{flat}{padding}{fence}"


def fenced(text: str, info: str) -> str:
    """A fenced code block holding `text` line for line."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text.rstrip()}\n{fence}"


def blockquote(text: str) -> str:
    """`text` (already Markdown, with the flagged figure in bold) as a blockquote."""
    return "\n".join(f"> {line}".rstrip() for line in text.strip().splitlines())


def format_amount(amount: float | None) -> str:
    """An amount with thousands separators and no float noise: 1125000000.0 → 1,125,000,000."""
    if amount is None:
        return MISSING
    return f"{Decimal(repr(amount)).normalize():,f}"


def format_value(value: float | None, low: float | None, high: float | None) -> str:
    """A converted value to the unit (cents below 1,000), or its range when only that is known."""
    if value is not None:
        return _units(value)
    if low is not None and high is not None:
        return f"{_units(low)}–{_units(high)}"
    return MISSING


def _units(value: float) -> str:
    return f"{value:,.2f}" if abs(value) < 1000 else f"{value:,.0f}"
