"""Read results tables line by line ("Shr 1.20 dlrs vs 1.05 dlrs", "Net 6.7 mln vs 5.1 mln")
and the unit captions of filings ("(in thousands)", "$ in millions")."""

from __future__ import annotations

import bisect
from dataclasses import replace
from decimal import Decimal

import regex

from checker.extract import lexicon as lx
from checker.model import Mention, Qualifier
from checker.patterns import lazy
from checker.text.sentences import sentence_breaks

# A line's label: the metric its amounts give, and what they are ("money", "per_share" for
# an amount per share, "count" for a number of shares, which is never money).
# Examples: "Shr 1.20 dlrs vs 1.05 dlrs", "Net loss 31.9 mln vs loss 3,288,000",
# "Revs 120.5 mln vs 110.3 mln", "Avg shrs 47.1 mln vs 41.2 mln".
LINE_LABELS: dict[str, tuple[str, str]] = {
    "shr": ("profit", "per_share"),
    "shr profit": ("profit", "per_share"),
    "shr loss": ("loss", "per_share"),
    "oper shr": ("profit", "per_share"),
    "oper shr profit": ("profit", "per_share"),
    "oper shr loss": ("loss", "per_share"),
    "shr diluted": ("profit", "per_share"),
    "primary shr": ("profit", "per_share"),
    "fully diluted shr": ("profit", "per_share"),
    "net": ("profit", "money"),
    "net profit": ("profit", "money"),
    "net income": ("profit", "money"),
    "net loss": ("loss", "money"),
    "oper net": ("profit", "money"),
    "oper net profit": ("profit", "money"),
    "oper net loss": ("loss", "money"),
    "pretax net": ("profit", "money"),
    "pre-tax profit": ("profit", "money"),
    "pretax profit": ("profit", "money"),
    "revs": ("revenue", "money"),
    "rev": ("revenue", "money"),
    "revenues": ("revenue", "money"),
    "revenue": ("revenue", "money"),
    "sales": ("revenue", "money"),
    "net sales": ("revenue", "money"),
    "sales revenue": ("revenue", "money"),
    "turnover": ("revenue", "money"),
    "avg shrs": ("other", "count"),
    "avg shares": ("other", "count"),
    "shrs": ("other", "count"),
    "shares": ("other", "count"),
    "shrs outstanding": ("other", "count"),
}

# Lines that start a block for another period ("Year", "Nine mths", "4th qtr").
PERIOD_WORDS: tuple[str, ...] = (
    "qtr",
    "quarter",
    "1st qtr",
    "2nd qtr",
    "3rd qtr",
    "4th qtr",
    "first qtr",
    "second qtr",
    "third qtr",
    "fourth qtr",
    "three mths",
    "3 mths",
    "six mths",
    "6 mths",
    "nine mths",
    "9 mths",
    "12 mths",
    "year",
    "1st half",
    "2nd half",
    "first half",
    "second half",
    "half",
)

# Words in a cell that say what its amount is ("vs loss 21 cts", "profit 56 cts").
CELL_SIGNS: dict[str, str] = {"loss": "loss", "profit": "profit"}

# Captions that state the unit of the amounts after them, and the magnitude they give.
CAPTIONS: dict[str, str] = {
    "in thousands": "thousand",
    "in millions": "million",
    "in billions": "billion",
    "in 000's": "thousand",
    "in 000s": "thousand",
    "000's omitted": "thousand",
    "000s omitted": "thousand",
    "in thousands of dollars": "thousand",
    "in millions of dollars": "million",
}

# Words that may stand between the opening parenthesis and the unit of a caption:
# "(dollars in thousands)", "(Amounts in thousands, except percentages)",
# "(All amounts expressed in thousands of U.S. Dollars)", "(columnar dollars in millions)",
# "(tables in millions, except per share amounts)".
CAPTION_LEAD_WORDS: tuple[str, ...] = (
    "all",
    "amounts",
    "dollar",
    "dollars",
    "columnar",
    "tables",
    "figures",
    "are",
    "expressed",
    "stated",
    "presented",
    "reported",
)


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_LABEL = _alternation(list(LINE_LABELS))
_PERIOD = _alternation(list(PERIOD_WORDS))
_UNIT_NAMES = [name for name in lx.NAMES if "." not in name] + list(lx.SUBUNITS)
_MAGNITUDE = _alternation(["mln", "bln", "billion", "million", "trillion", "thousand"])
_TABLE_LINE = lazy(
    rf"^[ \t]*(?P<label>(?i:{_LABEL}))[ \t]+(?P<cells>[^\n]*?)[ \t.]*$", regex.MULTILINE
)
_PERIOD_LINE = lazy(
    rf"^[ \t]*(?P<period>(?i:(?:[0-9]{{4}}\s+)?(?:{_PERIOD})))(?:\s+(?i:to|ended)[^\n]*)?[ \t:]*$",
    regex.MULTILINE,
)
_HEADLINE_PERIOD = lazy(rf"\b(?P<period>(?i:{_PERIOD}))\b")
_CELL = lazy(
    rf"""(?P<sign>(?i:{_alternation(list(CELL_SIGNS))})\s+)?
    (?P<number>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)
    (?:\s*(?P<mag>(?i:{_MAGNITUDE}))\b)?
    (?:\s*(?P<unit>(?i:U\.S\.\s+dlrs|{_alternation(_UNIT_NAMES)}))(?![\p{{L}}]))?
    (?:\s+(?i:a|per)\s+(?i:shr|share))?""",
    regex.VERBOSE,
)
_VERSUS = lazy(r"\s+vs\.?\s+", regex.IGNORECASE)
_CAPTION = lazy(
    rf"\(\s*(?:(?P<sign>[$€£¥])\s*)?(?:(?i:{_alternation(list(CAPTION_LEAD_WORDS))})\s+){{0,4}}"
    rf"(?P<caption>(?i:{_alternation(list(CAPTIONS))}))"
    rf"(?:[^()\n]{{0,60}})\)|(?P<bare_sign>[$€£¥])\s*(?P<bare>(?i:in (?:thousands|millions)))\b"
)
_BLOCK_END = lazy(r"\n[ \t]*\n")


def read_results_tables(text: str, path: str = "") -> tuple[list[Mention], list[tuple[int, int]]]:
    """Figures of every results table in `text`, and the spans it read: whole rows of share
    counts and per-share amounts, and the cells it read of rows of money.

    A table is a run of labelled lines of which at least one compares ("vs"); its amounts
    take the unit their line states, else the one the table states first; per-share lines
    are marked `per_unit="share"`; share counts give no figure. A cell of money the reader
    does not read ("before minorities $76.6 mln stg", a currency sign) is left to the prose
    reader, which cannot tell a cell per share from a total.
    """
    mentions: list[Mention] = []
    read: list[tuple[int, int]] = []
    lines = list(_TABLE_LINE.finditer(text))
    if not any(_VERSUS.search(line["cells"]) for line in lines):
        return [], []
    table_unit = _first_unit(lines)
    periods = TablePeriods(text)
    for index, line in enumerate(lines):
        if not _VERSUS.search(line["cells"]) and not _next_to_comparison(index, lines):
            continue
        metric, kind = LINE_LABELS[_SPACES.sub(" ", line["label"].lower())]
        if kind == "count":
            read.append(line.span())
            continue
        period = periods.before(line.start())
        figures, cells = _line_figures(text, path, line, (metric, kind, period), table_unit)
        mentions.extend(figures)
        read.extend(cells if kind == "money" else [line.span()])
    return mentions, read


_SPACES = lazy(r"\s+")


def _next_to_comparison(index: int, lines: list[regex.Match]) -> bool:
    """A one-column line inside a table whose neighbours compare ("Shr 30 cts" in a block)."""
    neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
    return any(_VERSUS.search(n["cells"]) for n in neighbours)


def _first_unit(lines: list[regex.Match]) -> str | None:
    """The first currency the table's money lines state (per-share sub-units aside)."""
    for line in lines:
        if LINE_LABELS[_SPACES.sub(" ", line["label"].lower())][1] != "money":
            continue
        for cell in _VERSUS.split(line["cells"]):
            match = _CELL.match(cell.strip())
            if match and match["unit"] and _unit_currency(match["unit"])[1] == 1:
                return _unit_currency(match["unit"])[0]
    return None


def _unit_currency(unit: str) -> tuple[str, Decimal]:
    """The currency and fraction a unit word stands for ("dlrs": USD 1, "cts": USD 0.01)."""
    word = _SPACES.sub(" ", unit.lower())
    if word in lx.SUBUNITS:
        return lx.SUBUNITS[word]
    if word == "u.s. dlrs":
        return "USD", Decimal(1)
    return lx.NAMES[word], Decimal(1)


class TablePeriods:
    """The period headers of a story ("Year", "Nine mths"), read once."""

    def __init__(self, text: str) -> None:
        headers = list(_PERIOD_LINE.finditer(text))
        self.starts = [match.start() for match in headers]
        self.names = [_SPACES.sub(" ", match["period"].lower()) for match in headers]
        match = _HEADLINE_PERIOD.search(_headline(text))
        self.headline = _SPACES.sub(" ", match["period"].lower()) if match else None

    def before(self, position: int) -> str | None:
        """The period header nearest above a row, else the period the headline names."""
        index = bisect.bisect_left(self.starts, position)
        return self.names[index - 1] if index else self.headline

    def in_table(self, position: int) -> bool:
        """Whether a header line of the table, not the headline, gives a row its period."""
        return bisect.bisect_left(self.starts, position) > 0


_FRONT_MATTER = lazy(r"\A---[ \t]*\n(?:[^\n]*\n)*?---[ \t]*(?:\n|\Z)")
HEADLINE_REACH = 400


def _headline(text: str) -> str:
    """The story's first line of text, after any front matter (between two "---" lines)."""
    front = _FRONT_MATTER.match(text)
    start = front.end() if front else 0
    while start < len(text) and text[start] in " \t\n":
        start += 1
    end = text.find("\n", start, start + HEADLINE_REACH)
    return text[start : end if end >= 0 else start + HEADLINE_REACH]


def _line_figures(
    text: str,
    path: str,
    line: regex.Match,
    reading: tuple[str, str, str | None],
    table_unit: str | None,
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The figures of one row, left to right, and the spans of the cells read; the row's own
    unit fills cells without one."""
    metric, kind, period = reading
    cells = _cells(line)
    matches = [(offset, _CELL.match(cell)) for offset, cell in cells]
    stated = [m["unit"] for _, m in matches if m and m["unit"]]
    line_unit = stated[0] if stated else None
    figures, spans = [], []
    for column, (offset, match) in enumerate(matches):
        if match is None:
            continue
        unit = match["unit"] or line_unit
        figures.append(
            _figure(text, path, offset, match, unit, table_unit, (metric, kind, period, column))
        )
        spans.append((offset + match.start(), offset + match.end()))
    return figures, spans


def _cells(line: regex.Match) -> list[tuple[int, str]]:
    """Each "vs"-separated cell of a row with its offset in the text."""
    start = line.start("cells")
    cells, previous = [], 0
    raw = line["cells"]
    for separator in _VERSUS.finditer(raw):
        cells.append((start + previous, raw[previous : separator.start()]))
        previous = separator.end()
    cells.append((start + previous, raw[previous:]))
    return cells


def _figure(
    text: str,
    path: str,
    offset: int,
    match: regex.Match,
    unit: str | None,
    table_unit: str | None,
    place: tuple[str, str, str | None, int],
) -> Mention:
    metric, kind, period, column = place
    if match["sign"]:
        metric = CELL_SIGNS[match["sign"].strip().lower()]
    currency, fraction = _unit_currency(unit) if unit else (table_unit, Decimal(1))
    magnitude = match["mag"].lower() if match["mag"] else None
    factor = lx.MAGNITUDES[magnitude] if magnitude else Decimal(1)
    number = match["number"]
    decimals = len(number.partition(".")[2])
    start = offset + match.start("number")
    end = offset + match.end()
    while end > start and text[end - 1] in " \t.":
        end -= 1
    return Mention(
        path=path,
        start=start,
        end=end,
        text=text[start:end],
        amount=Decimal(number.replace(",", "")) * factor * fraction,
        currency=currency,
        currency_markers=(currency,) if unit and currency else (),
        currency_note="" if unit or currency is None else _table_note(currency),
        scale_word=magnitude,
        qualifier=Qualifier.EXACT,
        precision=Decimal("0.5") * Decimal(10) ** -decimals * factor * fraction,
        per_unit="share" if kind == "per_share" else None,
        table_metric=metric,
        table_period=period,
        table_column=column,
    )


def _table_note(currency: str) -> str:
    return f"inferred: the results table states its amounts in {currency}"


def apply_captions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Scale the figures that write no magnitude under a caption "(in thousands)".

    A caption in a heading line holds until the next caption; one inside a sentence holds
    for the block after it (the table it introduces) unless that block is prose. Amounts
    with decimals or priced per share are left alone (captions say "except per share
    data"). Past its scope, a caption still scales a bare amount in a sentence that writes
    its other amounts in the caption's unit ("a $109 thousand decrease ... and an increase
    of $604").
    """
    scopes = _caption_scopes(text)
    if not scopes:
        return mentions
    scaled = [_scaled(text, mention, scopes) for mention in mentions]
    reading = _Captions(scopes, [mark.end for mark in sentence_breaks(text)], scaled)
    return [_carried(text, mention, reading) for mention in scaled]


def _caption_scopes(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, magnitude, caption as written) for every caption."""
    found = list(_CAPTION.finditer(text))
    scopes = []
    for index, match in enumerate(found):
        caption = (match["caption"] or match["bare"]).lower()
        magnitude = CAPTIONS.get(caption, "million" if "million" in caption else "thousand")
        following = found[index + 1].start() if index + 1 < len(found) else len(text)
        end = following if _in_heading(text, match.start()) else _next_block_end(text, match)
        scopes.append((match.end(), min(end, following), magnitude, match.group(0)))
    return scopes


def _in_heading(text: str, position: int) -> bool:
    """Whether the caption stands in a short line of its own that is not a sentence."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return len(line) <= 120 and not line.endswith((".", ":"))


def _next_block_end(text: str, caption: regex.Match) -> int:
    """The end of the block after the caption's own block (the table it introduces); a
    block of prose is not that table, so the caption then ends with its own block."""
    first = _BLOCK_END.search(text, caption.end())
    if first is None:
        return len(text)
    second = _BLOCK_END.search(text, first.end())
    block_end = second.start() if second else len(text)
    if _holds_prose(text[first.end() : block_end]):
        return first.start()
    return block_end


PROSE_MIN_WORDS = 10
"""A line of at least this many words ending in a full stop is prose, not a table row
("| Advisory | $1,250 |" and "Total revenue 4,724 4,647" are short or end without one)."""


def _holds_prose(block: str) -> bool:
    """Whether a block has a line of prose."""
    return any(
        "|" not in line and line.rstrip().endswith(".") and len(line.split()) >= PROSE_MIN_WORDS
        for line in block.splitlines()
    )


def _scalable(text: str, mention: Mention) -> bool:
    """A whole amount with no magnitude of its own, not priced per share."""
    if mention.scale_word is not None or mention.per_unit is not None or mention.precision < 0.5:
        return False
    return not _PER_SHARE_AFTER.match(text, mention.end)


def _scaled(text: str, mention: Mention, scopes: list[tuple[int, int, str, str]]) -> Mention:
    if not _scalable(text, mention):
        return mention
    for start, end, magnitude, caption in scopes:
        if start <= mention.start < end:
            return _times(mention, magnitude, f"inferred: the caption {caption!r} states the unit")
    return mention


def _times(mention: Mention, magnitude: str, note: str) -> Mention:
    factor = lx.MAGNITUDES[magnitude]
    return replace(
        mention,
        amount=mention.amount * factor,
        precision=mention.precision * factor,
        scale_word=magnitude,
        scale_note=note,
    )


class _Captions:
    """The captions of a text, and the magnitudes each of its sentences writes out, by
    currency ("$109 thousand": USD 1000)."""

    def __init__(
        self,
        scopes: list[tuple[int, int, str, str]],
        sentence_ends: list[int],
        mentions: list[Mention],
    ) -> None:
        self.scopes = scopes
        self.starts = [scope[0] for scope in scopes]
        self.sentence_ends = sentence_ends
        self.written: dict[tuple[int, str | None], list[tuple[int, Decimal]]] = {}
        for mention in mentions:
            if mention.scale_word in lx.MAGNITUDES and not mention.scale_note:
                key = (self.sentence(mention.start), mention.currency)
                factor = lx.MAGNITUDES[mention.scale_word]
                self.written.setdefault(key, []).append((mention.start, factor))

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_ends, offset)

    def before(self, offset: int) -> tuple[int, int, str, str] | None:
        """The last caption that starts before `offset`."""
        index = bisect.bisect_right(self.starts, offset)
        return self.scopes[index - 1] if index else None

    def written_around(self, mention: Mention) -> set[Decimal]:
        """The magnitudes the other figures of the mention's sentence and currency write."""
        key = (self.sentence(mention.start), mention.currency)
        return {factor for start, factor in self.written.get(key, []) if start != mention.start}


def _carried(text: str, mention: Mention, captions: _Captions) -> Mention:
    """A bare amount after a caption whose sentence writes every other magnitude as the
    caption's ("$109 thousand ... $604" under "(in thousands)"), scaled as the caption says."""
    scope = captions.before(mention.start)
    if scope is None or not _scalable(text, mention):
        return mention
    _, _, magnitude, caption = scope
    if captions.written_around(mention) != {lx.MAGNITUDES[magnitude]}:
        return mention
    why = f"inferred: the caption {caption!r} states the unit and the sentence writes its"
    return _times(mention, magnitude, f"{why} other amounts in {magnitude}s")


_PER_SHARE_AFTER = lazy(r"\s*(?:a|per)\s+(?:diluted\s+)?share", regex.IGNORECASE)
