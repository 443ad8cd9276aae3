"""The Markdown report: summary, findings index, findings, companies over time, figures.

Everything a document wrote (quotes, figure texts, names, file names) is escaped, so no HTML
tag, link, image, heading or math from a document is rendered; the report is deterministic.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np
import pandas as pd

from checker.model import REPORT_HEADING, CheckResult, Document, Finding
from checker.report import (
    ROW_ORDER,
    exit_reason,
    figure_count,
    iter_figure_rows,
    named_facts,
    plain_records,
    rows_by_id,
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
FLAGGED = "⚑"
COMPARED = "↔"
MARKS_LEGEND = (
    f"{FLAGGED} a figure a finding flags; {COMPARED} a figure a finding compares it with."
)

# With more documents than this, the per-document figure tables and the per-company tables
# are folded (<details>), so the findings come first.
FOLD_ABOVE_DOCUMENTS = 50

# The metrics the per-company timeline draws, with the words it uses for them.
TIMELINE_METRICS = {
    "valuation": "valuation",
    "market_cap": "market value",
    "funding": "funding",
    "revenue": "revenue",
}
# Metrics that say nothing about what a figure measures: left out of the per-company tables
# unless a finding names the figure.
UNKNOWN_METRICS = frozenset({"other", None})
# The attributes whose evidence grade the per-company table shows, when the fact table has
# a `<attribute>_grade` column.
GRADED_ATTRIBUTES = ("entity", "metric", "period", "currency")
# The fact-table columns the per-company tables and timelines read.
COMPANY_COLUMNS = frozenset(
    {
        *("id", "path", "start", "end", "line", "text", "metric", "period"),
        *("value_usd", "value_usd_low", "value_usd_high"),
        *(f"{attribute}_grade" for attribute in GRADED_ATTRIBUTES),
    }
)

# Characters that start Markdown inline syntax anywhere in a line ($ opens math on GitHub,
# ~ strikethrough, & an entity). An underscore only opens or closes emphasis at a word edge,
# so "market_cap" stays as it is.
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<>|$~&!])|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
# What GitHub turns into a link without brackets: "https://", "www.", an e-mail address.
_AUTOLINK = re.compile(r"(?<=[A-Za-z])(:)(?=//)|(?<=\b[Ww][Ww][Ww])(\.)|(@)")
# What makes a block at the start of a line: a heading, a list item, a setext underline.
_LINE_START = re.compile(r"^(?:(#{1,6}|[+-]|-{2,}|=+)|(\d{1,9})([.)]))(?=\s|$)")
# What a Mermaid label keeps: letters, digits, spaces and a little punctuation.
_MERMAID_UNSAFE = re.compile(r"[^\w .,'/+-]")
_EXPLANATION_ITEM = re.compile(r"^\s*[-*] ")


def render_markdown(
    result: CheckResult,
    figure_tables: bool = True,
    link_folder: Path | None = None,
    link_base: str | None = None,
) -> str:
    """The Markdown report, in a fixed order and without timestamps.

    Without `figure_tables` the per-document tables of figures are left out. Links to
    documents are relative to `link_folder` (the report's folder; the working folder when
    None), or, with `link_base`, that URL followed by the path from `link_folder`.
    """
    return "".join(iter_markdown(result, figure_tables, link_folder, link_base))


def iter_markdown(
    result: CheckResult,
    figure_tables: bool = True,
    link_folder: Path | None = None,
    link_base: str | None = None,
) -> Iterator[str]:
    """The Markdown report of `render_markdown` in pieces, one document's figures at a time."""
    by_id = rows_by_id(named_facts(result.facts, result.findings))
    marks = figure_marks(result.findings)
    links = Links(link_folder, link_base)
    fold = len(result.documents) > FOLD_ABOVE_DOCUMENTS
    sections: list[Callable[[], Iterable[str]]] = [
        lambda: [REPORT_HEADING],
        lambda: [summary_section(result, figure_count(result.facts))],
        lambda: [findings_index(result.findings, links)],
        lambda: [findings_section(result.findings, by_id, links)],
        lambda: iter_companies_section(result.facts, marks, links, fold),
        lambda: (
            iter_figures_section(result.documents, result.facts, result.base_currency, marks, fold)
            if figure_tables
            else ["## Figures\n\nLeft out of this summary; see the full report."]
        ),
        lambda: [merged_names_section(result)],
        lambda: [skipped_section(result)],
    ]
    yield from joined(section() for section in sections)
    yield "\n"


def joined(sections: Iterable[Iterable[str]]) -> Iterator[str]:
    """The pieces of the sections, a blank line between two sections; empty sections left out."""
    started = False
    for section in sections:
        opened = False
        for piece in section:
            if not piece:
                continue
            if started and not opened:
                yield "\n\n"
            opened = started = True
            yield piece


@dataclass(frozen=True)
class Links:
    """Links from the report to the documents, with GitHub's #L line anchors.

    Relative to `folder` (the working folder when None), or under the URL `base` (a GitHub
    blob URL ending in "/") with the path from `folder`.
    """

    folder: Path | None
    base: str | None = None
    _urls: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def target(self, path: str, line: int | None = None) -> str:
        """The URL of a document (and line), percent-encoded."""
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = self._url(path)
        return f"{url}#L{line}" if line else url

    def _url(self, path: str) -> str:
        """The URL of a document, worked out once per path (each of its figures links to it)."""
        relative = path
        if self.folder is not None:
            relative = os.path.relpath(os.path.abspath(path), os.path.abspath(self.folder))
        url = quote(Path(relative).as_posix(), safe="/")
        if self.base and not url.startswith("../"):
            url = self.base + url
        return url

    def link(self, text: str, path: str, line: int | None = None) -> str:
        """A Markdown link with escaped text to a document line."""
        return f"[{escape_inline(text)}]({self.target(path, line)})"


def figure_marks(findings: Iterable[Finding]) -> dict[str, list[tuple[str, bool]]]:
    """Figure id to the (rule, flagged) pairs of the findings that name it."""
    marks: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for finding in sorted_findings(findings):
        for position, figure_id in enumerate(finding.figures):
            entry = (finding.rule, position == 0)
            if entry not in marks[figure_id]:
                marks[figure_id].append(entry)
    return marks


def mark_of(figure_id: str, marks: dict[str, list[tuple[str, bool]]]) -> str:
    """⚑ when a finding flags the figure, ↔ when one only compares with it, else nothing."""
    entries = marks.get(figure_id, [])
    if any(flagged for _, flagged in entries):
        return FLAGGED
    return COMPARED if entries else ""


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


def findings_index(findings: list[Finding], links: Links) -> str:
    """One table row per finding: severity, rule, a link to the line, the message."""
    if not findings:
        return ""
    lines = ["## Findings index", "", "| severity | rule | where | message |", "|---|---|---|---|"]
    for finding in sorted_findings(findings):
        where = links.link(f"{finding.path}:{finding.line}", finding.path, finding.line)
        message = escape_inline(" ".join(finding.message.split()))
        lines.append(f"| {finding.severity} | {code_span(finding.rule)} | {where} | {message} |")
    return "\n".join(lines)


def findings_section(
    findings: list[Finding], figures_by_id: dict[str, dict[str, Any]], links: Links | None = None
) -> str:
    """Findings grouped by severity, then by rule id."""
    if not findings:
        return "## Findings\n\nNo findings."
    links = links or Links(None)
    # Stable: inside one severity and rule, findings keep the report order of sorted_findings.
    ordered = sorted(sorted_findings(findings), key=lambda f: (severity_rank(f.severity), f.rule))
    blocks = ["## Findings"]
    for severity, in_severity in groupby(ordered, key=lambda f: f.severity):
        blocks.append(f"### {SEVERITY_HEADINGS.get(severity, severity.capitalize())}")
        for rule, in_rule in groupby(in_severity, key=lambda f: f.rule):
            blocks.append(f"#### {code_span(rule)}")
            blocks.extend(finding_block(finding, figures_by_id, links) for finding in in_rule)
    return "\n\n".join(blocks)


def finding_block(
    finding: Finding, figures_by_id: dict[str, dict[str, Any]], links: Links | None = None
) -> str:
    """One finding: location and message, the quoted sentence, the arithmetic, the figures."""
    links = links or Links(None)
    location = f"{finding.path}:{finding.line}:{finding.column}"
    where = links.link(location, finding.path, finding.line)
    parts = [f"**{where}** — {escape_inline(' '.join(finding.message.split()))}"]
    flagged = figures_by_id.get(finding.figures[0], {}) if finding.figures else {}
    if finding.quote.strip():
        parts.append(blockquote(quote_markdown(finding.quote, flagged.get("text"))))
    if finding.explanation.strip():
        parts.append(explanation_list(finding.explanation))
    if finding.figures:
        labels = [figure_label(figure_id, figures_by_id) for figure_id in finding.figures]
        parts.append("Figures: " + ", ".join(labels))
    return "\n\n".join(parts)


def quote_markdown(quote: str, flagged_text: str | None) -> str:
    """A finding's quote as safe Markdown: the flagged figure in bold, the rest as text.

    The quote holds the document's words with the figure between ** marks; everything is
    escaped, then the marks around the figure are put back.
    """
    flat = " ".join(quote.split())
    figure = " ".join((flagged_text or "").split())
    marker = f"**{figure}**"
    if not figure or marker not in flat:
        return escape_line_start(escape_inline(flat))
    left, _, right = flat.partition(marker)
    bold = f"**{escape_inline(figure)}**"
    return escape_line_start(escape_inline(left)) + bold + escape_inline(right)


def explanation_list(explanation: str) -> str:
    """The explanation as a list that wraps: a line per item, "- " lines nested under the last."""
    items = []
    parent = False
    for raw in explanation.strip().splitlines():
        if not raw.strip():
            continue
        nested = bool(_EXPLANATION_ITEM.match(raw)) and parent
        text = _EXPLANATION_ITEM.sub("", raw, count=1) if nested else raw
        parent = parent or not nested
        body = escape_line_start(escape_inline(" ".join(text.split())))
        items.append(f"{'  ' if nested else ''}- {body}")
    return "\n".join(items)


def figure_label(figure_id: str, figures_by_id: dict[str, dict[str, Any]]) -> str:
    """A figure id with its surface text, e.g. F12 `$28 billion`."""
    row = figures_by_id.get(figure_id)
    if row is None or not row.get("text"):
        return escape_inline(figure_id)
    return f"{escape_inline(figure_id)} {code_span(row['text'])}"


# --------------------------------------------------------------------------- companies


def iter_companies_section(
    facts: Any,
    marks: dict[str, list[tuple[str, bool]]],
    links: Links,
    fold: bool = False,
) -> Iterator[str]:
    """For each company figures in two or more documents are about: its figures and timeline."""
    companies = shared_companies(facts, marks)
    if not companies:
        return
    yield (
        "## Companies\n\n"
        "Companies that figures in two or more documents are about: their figures by metric "
        "and period across the documents (a figure of no known metric only when a finding "
        f"names it). {MARKS_LEGEND}"
    )
    shown = [column for column in facts.columns if column in COMPANY_COLUMNS]
    records = plain_records(facts[shown], sorted(p for found in companies.values() for p in found))
    for name in sorted(companies, key=lambda n: (n.casefold(), n)):
        rows = sorted((records[p] for p in companies[name]), key=_table_row_order)
        rows.sort(key=_company_row_order)
        yield "\n\n" + company_block(name, rows, marks, links, fold)


def shared_companies(facts: Any, marks: dict[str, list[tuple[str, bool]]]) -> dict[str, list[int]]:
    """Company to the positions in the fact table of its figures, for companies of 2+ documents.

    A figure counts when it names a company and a known metric, or when a finding names it.
    """
    if facts is None or len(facts) == 0 or "entity" not in facts:
        return {}
    entity = _text_column(facts, "entity")
    metric = _text_column(facts, "metric")
    known = metric.notna() & ~metric.isin(UNKNOWN_METRICS - {None})
    counted = entity.notna() & (entity != "") & (known | _text_column(facts, "id").isin(marks))
    table = pd.DataFrame({"entity": entity[counted], "path": _text_column(facts, "path")[counted]})
    documents = table.groupby("entity", sort=False)["path"].nunique()
    positions = np.flatnonzero(counted.to_numpy())
    return {
        name: positions[found].tolist()
        for name, found in table.groupby("entity", sort=False).indices.items()
        if documents[name] >= 2
    }


def _text_column(facts: Any, name: str) -> pd.Series:
    """A column as text with its missing values as None (all None when the table lacks it)."""
    if name not in facts:
        return pd.Series([None] * len(facts), dtype=object)
    column = facts[name].reset_index(drop=True)
    return (
        column.astype(object)
        .where(column.notna(), None)
        .map(lambda value: None if value is None else str(value))
    )


def company_block(
    name: str,
    rows: list[dict[str, Any]],
    marks: dict[str, list[tuple[str, bool]]],
    links: Links,
    fold: bool,
) -> str:
    """One company's heading, then its table and timeline (folded on big folders)."""
    body = [company_table(rows, marks, links)]
    chart = timeline_chart(name, rows, marks)
    if chart:
        body.append(chart)
    documents = len({row["path"] for row in rows})
    heading = f"### {escape_line_start(escape_inline(name))}"
    summary = f"{len(rows)} figures in {documents} documents"
    return heading + "\n\n" + (folded(summary, "\n\n".join(body)) if fold else "\n\n".join(body))


def _table_row_order(row: dict[str, Any]) -> tuple:
    """The order `iter_figure_rows` gives rows in."""
    return tuple(row[column] for column in ROW_ORDER)


def _company_row_order(row: dict[str, Any]) -> tuple:
    return (row.get("metric") or "", row.get("period") or "~", row["path"], row["start"])


def company_table(
    rows: list[dict[str, Any]], marks: dict[str, list[tuple[str, bool]]], links: Links
) -> str:
    """One company's figures: metric, period, as written, in USD, where, evidence, findings."""
    graded = [a for a in GRADED_ATTRIBUTES if any(f"{a}_grade" in row for row in rows)]
    header = "| metric | period | figure | value in USD | document | "
    header += "evidence | findings |" if graded else "findings |"
    rule = "|---|---|---|---:|---|" + ("---|---|" if graded else "---|")
    lines = [header, rule]
    for row in rows:
        mark = mark_of(row["id"], marks)
        text = escape_inline(" ".join(row["text"].split()))
        figure = f"**{text}** {mark}" if mark == FLAGGED else f"{text} {mark}".rstrip()
        cells = [
            escape_inline(row.get("metric") or MISSING),
            escape_inline(row.get("period") or MISSING),
            figure,
            format_value(row.get("value_usd"), row.get("value_usd_low"), row.get("value_usd_high")),
            links.link(f"{row['path']}:{row['line']}", row["path"], row["line"]),
        ]
        if graded:
            cells.append(evidence_cell(row, graded))
        cells.append(findings_cell(row["id"], marks))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def evidence_cell(row: dict[str, Any], attributes: list[str]) -> str:
    """The evidence grade of each attribute the fact table grades, e.g. "entity stated"."""
    grades = [
        f"{attribute} {row[f'{attribute}_grade']}"
        for attribute in attributes
        if row.get(f"{attribute}_grade")
    ]
    return escape_inline(", ".join(grades)) or MISSING


def findings_cell(figure_id: str, marks: dict[str, list[tuple[str, bool]]]) -> str:
    """The rules of the findings naming a figure, ⚑ where the finding flags it."""
    entries = marks.get(figure_id, [])
    return ", ".join(f"{FLAGGED if f else COMPARED} {code_span(rule)}" for rule, f in entries)


def timeline_chart(
    name: str, rows: list[dict[str, Any]], marks: dict[str, list[tuple[str, bool]]]
) -> str:
    """A Mermaid timeline of the company's valuation, market value, funding and revenue."""
    events: dict[str, Counter[tuple[str, float, str]]] = defaultdict(Counter)
    for row in rows:
        label = TIMELINE_METRICS.get(row.get("metric") or "")
        value = row.get("value_usd")
        if label is None or value is None or not row.get("period"):
            continue
        flag = f" {FLAGGED}" if mark_of(row["id"], marks) == FLAGGED else ""
        events[row["period"]][(label, value, flag)] += 1
    if not events:
        return ""
    lines = ["```mermaid", "timeline", f"    title {mermaid_text(name)} in USD"]
    for period in sorted(events):
        texts = [
            mermaid_text(f"{label} {short_usd(value)}{flag}{f' x{count}' if count > 1 else ''}")
            for (label, value, flag), count in sorted(events[period].items())
        ]
        lines.append(f"    {mermaid_text(period)} : " + " : ".join(texts))
    lines.append("```")
    return "\n".join(lines)


def short_usd(value: float) -> str:
    """A dollar value as a chart label: '45 billion', '1.82 million', '82.4', '45'."""
    size = abs(value)
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if size >= factor:
            return f"{value / factor:.3g} {word}"
    if size >= 1000:
        return f"{value:,.0f}".replace(",", " ")
    return f"{value:.2f}".rstrip("0").rstrip(".")


def mermaid_text(text: str) -> str:
    """A label Mermaid shows as text: only letters, digits, spaces and . , ' / + - ⚑ kept."""
    kept = "".join(c if c == FLAGGED else _MERMAID_UNSAFE.sub(" ", c) for c in text)
    return " ".join(kept.split()) or "?"


# --------------------------------------------------------------------------- figures


def iter_figures_section(
    documents: list[Document],
    facts: Any,
    base_currency: str | None = None,
    marks: dict[str, list[tuple[str, bool]]] | None = None,
    fold: bool = False,
) -> Iterator[str]:
    """One table of figures per document, documents in path order (folded on big folders)."""
    documents_by_path = {document.path: document for document in documents}
    figure_paths = set() if facts is None or len(facts) == 0 else set(facts["path"])
    paths = sorted(documents_by_path.keys() | {str(path) for path in figure_paths})
    if not paths:
        yield "## Figures\n\nNo documents read."
        return
    marks = marks or {}
    yield f"## Figures\n\n{MARKS_LEGEND}"
    groups = groupby(iter_figure_rows(facts), key=lambda row: row["path"])
    group = next(groups, None)
    for path in paths:
        rows: list[dict[str, Any]] = []
        if group is not None and group[0] == path:
            rows = list(group[1])
            group = next(groups, None)
        yield "\n\n" + document_block(
            path, documents_by_path.get(path), rows, base_currency, marks, fold
        )


def document_block(
    path: str,
    document: Document | None,
    rows: list[dict[str, Any]],
    base_currency: str | None,
    marks: dict[str, list[tuple[str, bool]]],
    fold: bool,
) -> str:
    """One document's heading, date line and table of figures (folded on big folders)."""
    parts = [] if document is None else [document_line(document)]
    parts.append(figure_table(rows, base_currency, marks))
    heading = f"### {code_span(path)}"
    if fold:
        flagged = sum(mark_of(row["id"], marks) == FLAGGED for row in rows)
        return (
            heading + "\n\n" + folded(f"{len(rows)} figures, {flagged} flagged", "\n\n".join(parts))
        )
    return "\n\n".join([heading, *parts])


def folded(summary: str, body: str) -> str:
    """`body` in a <details> block that opens on a click, with a plain-text summary."""
    return f"<details>\n<summary>{html.escape(summary)}</summary>\n\n{body}\n\n</details>"


def document_line(document: Document) -> str:
    """The document's date, where the date came from, and its encoding."""
    date = document.date.isoformat() if document.date else "unknown"
    return (
        f"Date: {date} (source: {escape_inline(document.date_source)}) · "
        f"encoding: {escape_inline(document.encoding)}"
    )


def figure_table(
    rows: list[dict[str, Any]],
    base_currency: str | None = None,
    marks: dict[str, list[tuple[str, bool]]] | None = None,
) -> str:
    """The figures of one document as a Markdown table, or a note that it has none.

    With a base currency the table has one more column, the value in that currency.
    """
    if not rows:
        return "No figures."
    marks = marks or {}
    header, rule = FIGURE_TABLE_HEADER
    if base_currency:
        header, rule = f"{header} value in {escape_inline(base_currency)} |", f"{rule}---:|"
    lines = [header, rule]
    for row in rows:
        cells = [escape_cell(cell) for cell in figure_cells(row)]
        mark = mark_of(row["id"], marks)
        if mark:
            cells[0] = f"{cells[0]} {mark}"
        if mark == FLAGGED:
            cells[2] = f"**{cells[2]}**"
        if base_currency:
            cells.append(
                format_value(
                    row.get("value_base"), row.get("value_base_low"), row.get("value_base_high")
                )
            )
        lines.append("| " + " | ".join(cells) + " |")
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
        _value_cell(row),
    ]


def _value_cell(row: dict[str, Any]) -> str:
    """The value in US dollars, or why there is none when a rate source does not cover the
    document's date ("— (no rate: 1975-03-02 is before every rate history shipped ...)")."""
    value = format_value(row.get("value_usd"), row.get("value_usd_low"), row.get("value_usd_high"))
    note = row.get("rate_note")
    return f"{value} (no rate: {note})" if value == MISSING and note else value


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
    return "| " + " | ".join(escape_cell(cell) for cell in cells) + " |"


def escape_cell(text: str) -> str:
    """A table cell: on one line, escaped, and never starting a block."""
    return escape_line_start(escape_inline(" ".join(text.split())))


@lru_cache(maxsize=4096)
def escape_inline(text: str) -> str:
    """Text that renders as itself inside a Markdown line or table cell, never as a link
    (remembered: a report escapes the same metric, period and name in many cells)."""
    escaped = _INLINE_SPECIAL.sub(lambda match: "\\" + match.group(0), text)
    return _AUTOLINK.sub(lambda match: "\\" + match.group(0), escaped)


def escape_line_start(text: str) -> str:
    """Text that does not start a heading, a list item or an underline where a line starts."""
    match = _LINE_START.match(text)
    if match is None:
        return text
    if match.group(1):
        return "\\" + text
    digits = match.group(2)
    return f"{digits}\\{text[len(digits) :]}"


def code_span(text: str) -> str:
    """An inline code span holding `text` verbatim, however many backticks it contains."""
    flat = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{padding}{flat}{padding}{fence}"


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
