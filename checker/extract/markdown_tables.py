"""Read the bare amounts of Markdown tables whose header or caption states their currency and
scale ("Key financials (RMB bn) | FY2023A | FY2024A", "| Net sales (DKK bn) | 2024 |", a
caption line "All figures in EUR million" just above): "| Revenue | 276.7 |" is RMB 276.7bn.

Conservative: a cell is read only when it is a bare number and nothing in its column header or
row label makes it something else (a percentage, a margin, a ratio, a count of shares or
people, a year); amounts per share are read only as per share, never scaled.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from checker.extract import lexicon as lx
from checker.model import Mention, Qualifier
from checker.patterns import lazy


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# Scales a table states, and the magnitude each gives. Single letters are read only touching
# or right after a currency ("US$m", "€ m", "DKKbn"), never before one.
# Examples: "RMB bn", "€ million", "in $ millions", "(EUR '000)", "millions of euros".
TABLE_SCALES: dict[str, str] = {
    "thousand": "thousand",
    "thousands": "thousand",
    "'000": "thousand",
    "'000s": "thousand",
    "000s": "thousand",
    "k": "thousand",
    "million": "million",
    "millions": "million",
    "mn": "million",
    "mln": "million",
    "mio": "million",
    "mm": "million",
    "m": "million",
    "billion": "billion",
    "billions": "billion",
    "bn": "billion",
    "bln": "billion",
    "b": "billion",
    "trillion": "trillion",
    "trillions": "trillion",
    "tn": "trillion",
}
_SPELLED_SCALES = [word for word in TABLE_SCALES if len(word) > 1 and word[0] != "'"]

# Words that say a column's or row's numbers are not amounts of money: percentages, margins,
# growth, ratios and multiples, counts of shares, people, units or users, per-unit amounts
# other than per share, rates and yields. Examples: "Net margin (%)", "YoY growth",
# "P/E (x)", "Net debt/EBITDA", "Shares outstanding (m)", "Employees", "Revenue per user".
NEVER_MONEY_CUES: tuple[str, ...] = (
    r"%",
    r"percent(?:age)?",
    r"per\s+cent",
    r"pct",
    r"margins?",
    r"growth",
    r"y-?o-?y",
    r"y/y",
    r"q/q",
    r"change",
    r"chg",
    r"cagr",
    r"ratios?",
    r"multiples?",
    r"x",
    r"times",
    r"(?<!per\s)(?<!/\s?)shares?(?!\s+price)",
    r"employees",
    r"headcount",
    r"staff",
    r"workforce",
    r"units?",
    r"users?",
    r"customers?",
    r"subscribers?",
    r"members?",
    r"stores?",
    r"deliveries",
    r"volumes?",
    r"tonnes?",
    r"barrels?",
    r"days?",
    r"bps",
    r"basis\s+points?",
    r"pp",
    r"yields?",
    r"rates?",
    r"roe|roa|roic|roce",
    r"p/e|p/b|ev/ebitda|pe",
    r"per\s+(?!share\b|ads\b)\p{L}+",
    r"number\s+of|no\.\s+of|count",
    r"rank(?:ing)?|no\.|#|position|age|score|rating|weight(?:ing)?|stake",
    r"\p{L}+\s*/\s*(?!share\b)\p{L}+",
)
NEVER_MONEY = lazy(
    r"(?:^|(?<![\p{L}\p{N}]))(?:" + "|".join(NEVER_MONEY_CUES) + r")(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)

# Words that say a column's or row's numbers are prices per share ("EPS (RMB)", "DPS",
# "Dividend per share", "Share price (US$)").
PER_SHARE_CUES: tuple[str, ...] = (
    r"eps",
    r"dps",
    r"bvps",
    r"per\s+(?:share|ads)",
    r"/\s*share",
    r"share\s+price",
)
PER_SHARE = lazy(r"\b(?:" + "|".join(PER_SHARE_CUES) + r")\b", regex.IGNORECASE)

# Headers and labels of a column or row of years: "Year", "Period", "FY", "Founded".
PERIOD_HEADER = lazy(
    r"\b(?:years?|period|fy|fiscal|founded|established|listed|since|dates?)\b", regex.IGNORECASE
)
YEAR_CELL = lazy(r"(?:19|20)\d\d")

_CURRENCY_NAMES = [n for n in lx.NAMES if "." not in n and n not in lx.COUNTRY_NAMES]
_SYMBOL = _alternation([s for s in lx.SYMBOLS if not s[0].isalpha() or "$" in s])
_CURRENCY = (
    rf"(?P<cur>(?i:{_SYMBOL})|\b(?:{_alternation(sorted(lx.ISO_CODES))})"
    rf"|\b(?i:{_alternation(_CURRENCY_NAMES)})\b)"
)
# A unit as a table states it: currency then scale ("RMB bn", "US$m", "$ in millions",
# "EUR million"), or scale then currency ("millions of euros", "billion DKK").
UNIT = lazy(
    rf"{_CURRENCY}[ \t]*(?:in[ \t]+)?(?P<scale>(?i:{_alternation(list(TABLE_SCALES))}))"
    rf"(?![\p{{L}}\p{{N}}])"
    rf"|\b(?P<scale>(?i:{_alternation(_SPELLED_SCALES)}))[ \t]+(?:(?i:of)[ \t]+)?"
    rf"(?:(?i:the)[ \t]+)?{_CURRENCY}(?![\p{{L}}])",
)
# A currency alone, for prices per share: "EPS (RMB)", "Share price (US$)".
CURRENCY_ONLY = lazy(rf"{_CURRENCY}(?![\p{{L}}])")

# A cell that is a number and nothing else: "276.7", "1,204", "-3.5", "(12.0)", "**45.0**".
BARE_NUMBER = lazy(
    r"(?P<wrap>\*{0,2})(?P<open>\()?(?P<number>(?P<minus>[-\u2212\u2013])?"
    r"(?P<digits>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?))"
    r"(?(open)\))(?P=wrap)"
)
SEPARATOR = lazy(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*")
CAPTION_MAX_CHARS = 160
"""A line above a table longer than this is prose, not its caption."""


@dataclass(frozen=True)
class Unit:
    """The currency and scale a header, label or caption states, with its words."""

    currency: str
    scale: str | None
    words: str


@dataclass(frozen=True)
class Cell:
    """One cell of a table row: its stripped text and where that text starts."""

    start: int
    text: str


@dataclass(frozen=True)
class Table:
    """A Markdown table: the caption line above it (or ""), its header cells, its body rows."""

    caption: str
    header: list[Cell]
    rows: list[list[Cell]]


def stated_unit(words: str) -> Unit | None:
    """The currency and scale `words` state ("Net sales (DKK bn)": DKK, billion), else None."""
    found = UNIT.search(words)
    if found is None:
        return None
    return Unit(_currency(found["cur"]), TABLE_SCALES[found["scale"].lower()], found.group(0))


def stated_currency(words: str) -> Unit | None:
    """The currency `words` state with or without a scale ("EPS (RMB)": CNY)."""
    if (unit := stated_unit(words)) is not None:
        return unit
    found = CURRENCY_ONLY.search(words)
    return Unit(_currency(found["cur"]), None, found.group(0)) if found else None


def _currency(token: str) -> str:
    """The ISO code of a currency token ("US$": USD, "RMB": CNY, "euros": EUR)."""
    key = token.lower()
    if key in lx.SYMBOLS:
        return lx.SYMBOLS[key]
    if token.upper() in lx.ISO_CODES:
        return lx.CODE_ALIASES.get(token.upper(), token.upper())
    return lx.NAMES[key]


def never_money(words: str) -> bool:
    """Whether a header or label says its numbers are not money ("Net margin (%)", "Employees")."""
    return NEVER_MONEY.search(words) is not None


def per_share(words: str) -> bool:
    """Whether a header or label says its numbers are prices per share ("EPS (RMB)", "DPS")."""
    return PER_SHARE.search(words) is not None


def find_tables(text: str) -> list[Table]:
    """Every Markdown table of `text`: a line with a pipe over a separator line ("|---|---|"),
    then the lines with a pipe right below."""
    if "|" not in text:
        return []
    lines = _lines(text)
    tables, index = [], 0
    while index + 1 < len(lines):
        (start, line), (_, below) = lines[index], lines[index + 1]
        if "|" not in line or "|" not in below or not SEPARATOR.fullmatch(below):
            index += 1
            continue
        last = index + 2
        while last < len(lines) and "|" in lines[last][1] and lines[last][1].strip():
            last += 1
        rows = [_row_cells(s, body) for s, body in lines[index + 2 : last]]
        tables.append(Table(_caption(lines, index), _row_cells(start, line), rows))
        index = last
    return tables


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of `text` with its offset."""
    found, start = [], 0
    for line in text.split("\n"):
        found.append((start, line))
        start += len(line) + 1
    return found


def _caption(lines: list[tuple[int, str]], header: int) -> str:
    """The line right above a table's header, or above one blank line, when it is short and
    not itself a table row."""
    for above in (header - 1, header - 2):
        if above < 0:
            return ""
        line = lines[above][1].strip()
        if line:
            return line if "|" not in line and len(line) <= CAPTION_MAX_CHARS else ""
    return ""


def _row_cells(start: int, line: str) -> list[Cell]:
    """The cells of a row, outer pipes or none: "| Revenue | 276.7 |" and "Revenue | 276.7"."""
    cells, offset = [], 0
    parts = line.split("|")
    for number, part in enumerate(parts):
        outer = number in (0, len(parts) - 1) and not part.strip()
        if not outer:
            lead = len(part) - len(part.lstrip())
            cells.append(Cell(start + offset + lead, part.strip()))
        offset += len(part) + 1
    return cells


def read_markdown_tables(text: str, path: str = "") -> list[Mention]:
    """The money figures of the bare numeric cells of every table that states its unit."""
    mentions: list[Mention] = []
    for table in find_tables(text):
        corner = table.header[0].text if table.header else ""
        table_unit = stated_unit(table.caption) or stated_unit(corner)
        table_currency = table_unit or stated_currency(table.caption) or stated_currency(corner)
        for row in table.rows:
            for column, cell in enumerate(row[1:], start=1):
                header = table.header[column].text if column < len(table.header) else ""
                names = (header, row[0].text)
                mention = _cell_figure(path, cell, names, (table_unit, table_currency))
                if mention is not None:
                    mentions.append(mention)
    return mentions


def _cell_figure(
    path: str, cell: Cell, names: tuple[str, str], table: tuple[Unit | None, Unit | None]
) -> Mention | None:
    """The figure of one cell, given its column header and row label and the unit and the
    currency its table states, else None."""
    header, label = names
    table_unit, table_currency = table
    number = BARE_NUMBER.fullmatch(cell.text)
    if number is None or never_money(header) or never_money(label):
        return None
    if YEAR_CELL.fullmatch(number["number"]) and (
        PERIOD_HEADER.search(header) or PERIOD_HEADER.search(label)
    ):
        return None
    if per_share(header) or per_share(label):
        unit = stated_currency(label) or stated_currency(header) or table_currency
        return _mention(path, cell, number, unit, per_unit=True) if unit else None
    unit = stated_unit(label) or stated_unit(header) or table_unit
    if unit is None or unit.scale is None:
        return None
    return _mention(path, cell, number, unit, per_unit=False)


def _mention(path: str, cell: Cell, number: regex.Match, unit: Unit, per_unit: bool) -> Mention:
    """A cell's number as a figure in the unit: scaled unless it is a price per share."""
    factor = lx.MAGNITUDES[unit.scale] if unit.scale and not per_unit else Decimal(1)
    digits = number["digits"]
    decimals = len(digits.partition(".")[2])
    negative = bool(number["minus"] or number["open"])
    amount = Decimal(digits.replace(",", "")) * factor
    start = cell.start + number.start("number")
    note = f"inferred: the table header or caption {unit.words!r} states the currency"
    return Mention(
        path=path,
        start=start,
        end=cell.start + number.end("number"),
        text=number["number"],
        amount=-amount if negative else amount,
        currency=unit.currency,
        currency_note=note,
        scale_word=None if per_unit else unit.scale,
        scale_note="" if per_unit else f"inferred: the table states its amounts in {unit.words!r}",
        qualifier=Qualifier.EXACT,
        precision=Decimal("0.5") * Decimal(10) ** -decimals * factor,
        per_unit="share" if per_unit else None,
    )
