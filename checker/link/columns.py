"""What a Markdown table tells linking about a figure in one of its cells: the column's header
names its metric ("| Raised |", "| IPO price |"), and the row's first cell names its company
("| Arm |") or the part of a company it belongs to ("| Latin America |", "| Cloud |")."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from checker.extract.markdown_tables import per_share
from checker.link.metrics import MetricReading, nearest_cue
from checker.model import Grade
from checker.patterns import lazy

# A table row: a line with a pipe, outer pipes or none ("| Arm | $51 |", "Arm | $51").
TABLE_ROW = lazy(r"(?m)^[^\n|]*\|[^\n]*$")
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

# A column header that is one year: reported ("2024", "FY2024", "FY 2023", "2023A") or an
# estimate, a forecast for the year ("2025E", "FY2026F").
YEAR_HEADER = lazy(r"(?:FY\s?)?(?P<year>(?:19|20)\d\d)(?:A|(?P<forecast>E|F))?", regex.IGNORECASE)


@dataclass(frozen=True)
class ColumnYear:
    """The year a column's header names, and whether the column forecasts it."""

    year: str
    forecast: bool


@dataclass(frozen=True)
class TableCell:
    """A figure's cell: its column's header, its row's first cell, the column's index, and the
    header's first cell (the table's title: "Net sales (DKK bn)")."""

    header: str
    row_label: str
    column: int
    corner: str = ""
    headers: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()

    def party_cells(self) -> tuple[str, str] | None:
        """The cells of its row under a deal table's target and buyer headers ("| Buyer |
        Target | Deal value |"), when the table has both columns."""
        target = _column_of(self.headers, TARGET_HEADER)
        buyer = _column_of(self.headers, BUYER_HEADER)
        if target is None or buyer is None or max(target, buyer) >= len(self.cells):
            return None
        return self.cells[target], self.cells[buyer]


# The headers of a deal table's columns that name the company bought and its buyer.
TARGET_HEADER = lazy(r"(?:target|acquired|acquiree|company bought|bought)", regex.IGNORECASE)
BUYER_HEADER = lazy(r"(?:buyer|acquirer|acquiror|bidder|purchaser)", regex.IGNORECASE)


def _column_of(headers: tuple[str, ...], pattern: regex.Pattern[str]) -> int | None:
    """The one column whose whole header `pattern` names, None for none or several."""
    found = [i for i, header in enumerate(headers) if pattern.fullmatch(header.strip(" *_"))]
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class _Row:
    """A body row of a table: its table's number, the offsets of its pipes, its first cell."""

    table: int
    pipes: list[int]
    label: str
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class MarkdownTables:
    """The Markdown tables of one text (a header row, a separator row, then rows), found once
    with the pipes of each body row, so that each figure's cell is looked up rather than read
    again."""

    row_starts: list[int]
    row_ends: list[int]
    rows: list[_Row]
    headers: list[list[str]]

    @classmethod
    def of(cls, text: str) -> MarkdownTables:
        tables = cls([], [], [], [])
        found = list(TABLE_ROW.finditer(text)) if "|" in text else []
        index = 0
        while index + 1 < len(found):
            header, separator = found[index], found[index + 1]
            adjacent = text.count("\n", header.end(), separator.start()) == 1
            if not adjacent or not SEPARATOR_ROW.fullmatch(separator.group(0)):
                index += 1
                continue
            tables.headers.append(_cells(header.group(0)))
            last = index + 1
            while (
                last + 1 < len(found)
                and text.count("\n", found[last].end(), found[last + 1].start()) == 1
            ):
                last += 1
                tables._add_row(found[last], len(tables.headers) - 1)
            index = last + 1
        return tables

    def _add_row(self, row: regex.Match, table: int) -> None:
        line = row.group(0)
        pipes = [row.start() + offset for offset, char in enumerate(line) if char == "|"]
        if not line.lstrip().startswith("|"):
            pipes.insert(0, row.start() - 1)
        self.row_starts.append(row.start())
        self.row_ends.append(row.end())
        cells = _cells(line)
        self.rows.append(_Row(table, pipes, cells[0], tuple(cells)))

    def cell(self, position: int) -> TableCell | None:
        """The cell of a body row of a table that `position` lies in, if any."""
        at = bisect.bisect_right(self.row_starts, position) - 1
        if at < 0 or position >= self.row_ends[at]:
            return None
        row = self.rows[at]
        header = self.headers[row.table]
        column = bisect.bisect_left(row.pipes, position) - 1
        if column < 1 or column >= len(header):
            return None
        return TableCell(header[column], row.label, column, header[0], tuple(header), row.cells)


def _cells(row: str) -> list[str]:
    """The cells of a table row, stripped: "| Arm | $51 |" gives ["Arm", "$51"]."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def column_metric(cell: TableCell | None) -> MetricReading | None:
    """The metric its column's header names (`table_column_header`), else the one its row's
    label names ("| Net profit | $5bn |"), else the table's title ("| Net sales (DKK bn) |
    2024 |"); None when none names one."""
    if cell is None:
        return None
    for words in (cell.header, cell.row_label, cell.corner):
        for metric, pattern in HEADER_METRIC_PATTERNS:
            if found := pattern.search(words):
                return MetricReading(metric, "table_column_header", found.group(0), Grade.STATED)
        if (cue := nearest_cue(f" {words} ", from_end=False)) is not None:
            return MetricReading(cue.metric, "table_column_header", cue.words, Grade.STATED)
    return None


def column_year(cell: TableCell | None) -> ColumnYear | None:
    """The year its column's header names ("| FY2024A |": 2024, "| 2025E |": 2025 forecast),
    else None."""
    found = YEAR_HEADER.fullmatch(cell.header) if cell is not None else None
    return ColumnYear(found["year"], found["forecast"] is not None) if found else None


def row_part(cell: TableCell | None, names_a_company: bool) -> str | None:
    """The part of a company a row is about when its label names no company, no period, no
    metric and no amount per share ("| Latin America | $4.45bn |"): its figures are a
    segment's, not the whole's."""
    if cell is None or names_a_company or not cell.row_label or per_share(cell.row_label):
        return None
    label = cell.row_label
    if PERIOD_LABEL.search(label) or nearest_cue(f" {label} ", from_end=False) is not None:
        return None
    return label
