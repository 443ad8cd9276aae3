"""What a Markdown table tells linking about a figure in one of its cells: the column's header
names its metric ("| Raised |", "| IPO price |"), and the row's first cell names its company
("| Arm |") or the part of a company it belongs to ("| Latin America |", "| Cloud |")."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from checker.link.metrics import MetricReading, nearest_cue
from checker.model import Grade
from checker.patterns import lazy

# A table row: a line that opens and closes with a pipe.
TABLE_ROW = lazy(r"(?m)^[ \t]*\|.*\|[ \t]*$")
# The separator under a table's header: "|---|:--:|".
SEPARATOR_ROW = lazy(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*")
# Headers that name a price per share before the general metric cues read them ("IPO price"
# would read as funding, "First-day close" as nothing): "| IPO price |", "| Close |".
HEADER_METRIC_CUES: tuple[tuple[str, str], ...] = (
    (
        "share_price",
        r"(?:ipo|issue|offer|listing|share|opening|closing|reference)\s+price|"
        r"(?:first-day\s+|day-one\s+)?(?:close|closing|open|opening)",
    ),
)
HEADER_METRIC_PATTERNS = tuple(
    (metric, lazy(rf"\b(?:{pattern})\b", regex.IGNORECASE))
    for metric, pattern in HEADER_METRIC_CUES
)
# A row label that dates its row rather than naming what it is about: "2023", "Q4 2023",
# "Sep 2023", "FY24", "H1".
PERIOD_LABEL = lazy(
    r"\b(?:(?:19|20)\d\d|FY\s?\d\d|Q[1-4]|H[12]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class TableCell:
    """A figure's cell: its column's header, its row's first cell, and the column's index."""

    header: str
    row_label: str
    column: int


@dataclass(frozen=True)
class MarkdownTables:
    """The Markdown tables of one text (a header row, a separator row, then rows), found once
    so that each figure's cell is looked up rather than read again."""

    text: str
    starts: list[int]
    ends: list[int]
    headers: list[list[str]]

    @classmethod
    def of(cls, text: str) -> MarkdownTables:
        starts, ends, headers = [], [], []
        rows = list(TABLE_ROW.finditer(text)) if "|" in text else []
        index = 0
        while index + 1 < len(rows):
            header, separator = rows[index], rows[index + 1]
            adjacent = text.count("\n", header.end(), separator.start()) == 1
            if not adjacent or not SEPARATOR_ROW.fullmatch(separator.group(0)):
                index += 1
                continue
            last = index + 1
            while (
                last + 1 < len(rows)
                and text.count("\n", rows[last].end(), rows[last + 1].start()) == 1
            ):
                last += 1
            starts.append(separator.end())
            ends.append(rows[last].end())
            headers.append(_cells(header.group(0)))
            index = last + 1
        return cls(text, starts, ends, headers)

    def cell(self, position: int) -> TableCell | None:
        """The cell of a body row of a table that `position` lies in, if any."""
        at = bisect.bisect_right(self.starts, position) - 1
        if at < 0 or position >= self.ends[at]:
            return None
        line_start = self.text.rfind("\n", 0, position) + 1
        line_end = self.text.find("\n", position)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        column = line[: position - line_start].count("|") - 1
        cells, header = _cells(line), self.headers[at]
        if column < 1 or column >= len(header) or not cells:
            return None
        return TableCell(header[column], cells[0], column)


def _cells(row: str) -> list[str]:
    """The cells of a table row, stripped: "| Arm | $51 |" gives ["Arm", "$51"]."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def column_metric(cell: TableCell | None) -> MetricReading | None:
    """The metric its column's header names (`table_column_header`), else the one its row's
    label names ("| Net profit | $5bn |"); None when neither names one."""
    if cell is None:
        return None
    for words in (cell.header, cell.row_label):
        for metric, pattern in HEADER_METRIC_PATTERNS:
            if found := pattern.search(words):
                return MetricReading(metric, "table_column_header", found.group(0), Grade.STATED)
        if (cue := nearest_cue(f" {words} ", from_end=False)) is not None:
            return MetricReading(cue.metric, "table_column_header", cue.words, Grade.STATED)
    return None


def row_part(cell: TableCell | None, names: list[str]) -> str | None:
    """The part of a company a row is about when its label names no company, no period and
    no metric ("| Latin America | $4.45bn |"): its figures are a segment's, not the whole's."""
    if cell is None or names or not cell.row_label:
        return None
    label = cell.row_label
    if PERIOD_LABEL.search(label) or nearest_cue(f" {label} ", from_end=False) is not None:
        return None
    return label
