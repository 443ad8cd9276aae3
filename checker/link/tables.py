"""What a results-table row and a filing caption tell linking: the row label's metric, the
table's period by its column, the caption's scale; each with its evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from checker.extract.tables import CELL_SIGNS, TablePeriods
from checker.link.metrics import MetricReading
from checker.model import Evidence, Grade, Mention
from checker.patterns import lazy

# The quarters a table's period words name, by the month a calendar quarter ends.
QUARTER_ENDS: dict[str, int] = {
    "1st qtr": 3,
    "first qtr": 3,
    "2nd qtr": 6,
    "second qtr": 6,
    "3rd qtr": 9,
    "third qtr": 9,
    "4th qtr": 12,
    "fourth qtr": 12,
}
# A year written with the table's period: "1986 year" (the header "1986 Year").
YEAR_PERIOD = lazy(r"^(?P<y>(?:19|20)\d\d) year$")
# Results come out within a few months of a quarter's end: a calendar quarter that ended
# longer before the story is a fiscal one, whose months the words do not give.
REPORTING_LAG_MONTHS = 4
_ROW_LABEL = lazy(r"[^\n0-9]*")


@dataclass(frozen=True)
class TablePeriod:
    """A table row's period: "YYYY" or "YYYY-MM", its span, and its evidence."""

    period: str
    span: str
    evidence: Evidence


def table_metric(plain: str, mention: Mention) -> MetricReading | None:
    """The metric a table row's label states ("Net loss 2,345,000": loss), or a cell's own
    sign ("vs profit 11,200,000"); None off tables, for per-share rows and for "other"."""
    if mention.table_metric in (None, "other") or mention.per_unit is not None:
        return None
    line_start = plain.rfind("\n", 0, mention.start) + 1
    before = plain[line_start : mention.start].split()
    if len(before) > 1 and before[-1].lower() in CELL_SIGNS and before[-2].lower() == "vs":
        words = before[-1]
    else:
        words = _ROW_LABEL.match(plain, line_start, mention.start).group().strip()
    return MetricReading(mention.table_metric, "table_row_label", words, Grade.STATED)


def table_period(
    mention: Mention, headers: TablePeriods, doc_date: date | None
) -> TablePeriod | None:
    """The period of a table row's figure: a written year ("1986 Year"), or a quarter
    ("4th qtr") that ended at most REPORTING_LAG_MONTHS before the document's date; the
    "vs" column is the same period a year earlier. Stated when a header line of the table
    writes it, inferred from the headline or for the comparison column; None when the
    words and the date do not place it (a year or nine months with no year written)."""
    words = mention.table_period
    if words is None or mention.table_column not in (0, 1):
        return None
    placed = _placed(words, doc_date)
    if placed is None:
        return None
    year, month, span = placed
    year -= mention.table_column
    in_table = headers.in_table(mention.start)
    grade = Grade.STATED if in_table and mention.table_column == 0 else Grade.INFERRED
    where = "table" if in_table else "headline"
    said = words if mention.table_column == 0 else f"{words}, the year before (vs column)"
    period = f"{year}-{month:02d}" if month else str(year)
    return TablePeriod(period, span, Evidence("table_period", f"{said} ({where})", grade))


def _placed(words: str, doc_date: date | None) -> tuple[int, int | None, str] | None:
    """Year, end month (None for a year) and span the period words give."""
    if (written := YEAR_PERIOD.match(words)) is not None:
        return int(written["y"]), None, "year"
    end_month = QUARTER_ENDS.get(words)
    if end_month is None or doc_date is None:
        return None
    year = doc_date.year if end_month < doc_date.month else doc_date.year - 1
    if (doc_date.year - year) * 12 + doc_date.month - end_month > REPORTING_LAG_MONTHS:
        return None
    return year, end_month, "quarter"


def scale_evidence(mention: Mention) -> tuple[tuple[str, Evidence], ...]:
    """The evidence of a magnitude a caption gave the figure ("(in thousands)"), if any."""
    if not mention.scale_note:
        return ()
    return (("scale", Evidence("caption", mention.scale_note, Grade.INFERRED)),)
