"""Paragraphs: which line breaks are soft wraps inside a paragraph and which end one.

A line break is a soft wrap when a writer's editor had to break the line there: the line
and the first word of the next one do not fit in the width the text is wrapped at, which the
widest of the document's other lines that go on into a next line shows. A blank line, a
heading, a list item, a table row, an indented line or front matter ends a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.patterns import lazy
from checker.text.lexicon import (
    CONTINUING_WORDS,
    LIST_ITEMS,
    MAX_WRAP_WIDTH,
    MIN_WRAP_WIDTH,
    PARAGRAPH_CLOSERS,
    PARAGRAPH_OPENERS,
)

OPENER = lazy("|".join(f"(?:{pattern})" for _, pattern in PARAGRAPH_OPENERS))
LIST_ITEM = lazy("|".join(f"(?:{pattern})" for _, pattern in LIST_ITEMS))
LIST_INTRODUCED = lazy(r":\s*$")
# The indentation that continues a list item on the next line.
INDENT = lazy(r"[ \t]{1,6}\S")
CLOSER = lazy("|".join(f"(?:{pattern})" for _, pattern in PARAGRAPH_CLOSERS))
FENCE = lazy(r"---[ \t]*")
# The first word of a line, as a wrapper keeps it whole: a currency code or marker and the
# amount after it are one ("KES 117.2bn", "Rs 2,150", "US$ 40m" are not broken).
FIRST_WORD = lazy(r"(?:(?:\p{Lu}{3}|Rs\.?|US\$|HK\$|S\$|A\$|C\$)[ \t](?=\d))?\S++")
LAST_WORD = lazy(r"\p{L}++$")
LOWER_START = lazy(r"\p{Ll}")
ENDS_SENTENCE = lazy(r"[.!?;:][\"”’')\]]*$")


@dataclass(frozen=True)
class Line:
    """One line of the text: where it starts and ends (without its line break)."""

    start: int
    end: int
    text: str

    @property
    def width(self) -> int:
        """Its length without trailing spaces."""
        return len(self.text.rstrip())

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def lines_of(text: str) -> list[Line]:
    """The lines of `text`, with their offsets."""
    lines, start = [], 0
    for piece in text.split("\n"):
        lines.append(Line(start, start + len(piece), piece))
        start += len(piece) + 1
    return lines


def soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks of `text` that are soft wraps inside a paragraph."""
    lines = lines_of(text)
    fixed = _front_matter_lines(lines)
    in_item = _list_item_lines(lines)
    joinable = [
        index + 1 < len(lines)
        and _may_join(lines[index], lines[index + 1], in_item[index] and in_item[index + 1])
        for index in range(len(lines))
    ]
    joinable[:fixed] = [False] * fixed
    candidates = [line for line, joins in zip(lines, joinable, strict=True) if joins]
    widest = sorted((line.width for line in candidates), reverse=True)[:2]
    return [
        line.end
        for index, line in enumerate(lines)
        if joinable[index] and _wraps(line, lines[index + 1], _width_without(line, widest))
    ]


def _wraps(line: Line, following: Line, width: int) -> bool:
    """Whether the break after `line` is a soft wrap, given the width the other lines show.

    A sentence that plainly goes on (the line ends on a comma or a word such as "of" or
    "the", or the next line starts in lower case) wraps. Otherwise the width decides: the
    line and the next line's first word would not have fitted. With too few other lines to
    show a width, a line that ends a sentence wraps and one that does not (a title) stands
    alone.
    """
    text = line.text.rstrip()
    going_on = following.text.lstrip()
    ends_sentence = ENDS_SENTENCE.search(text) is not None
    last = LAST_WORD.search(text)
    if (
        text.endswith(",")
        or (last is not None and last.group().lower() in CONTINUING_WORDS)
        or (not ends_sentence and LOWER_START.match(going_on) is not None)
    ):
        return True
    if width >= MIN_WRAP_WIDTH:
        return line.width + 1 + len(FIRST_WORD.match(going_on).group()) > width
    return ends_sentence


def _width_without(line: Line, widest: list[int]) -> int:
    """The width the text is wrapped at as the other lines that go on show it: the widest
    of them (0 when there is none)."""
    if line.width == widest[0]:
        return widest[1] if len(widest) > 1 else 0
    return widest[0]


def _front_matter_lines(lines: list[Line]) -> int:
    """How many lines the front matter block takes (0 without one)."""
    if not lines or not FENCE.fullmatch(lines[0].text):
        return 0
    for index in range(1, len(lines)):
        if FENCE.fullmatch(lines[index].text):
            return index + 1
    return 0


def _may_join(line: Line, following: Line, same_item: bool = False) -> bool:
    """Whether the break between two lines can be a soft wrap at all; `same_item`: the next
    line is an indented continuation of the list item `line` is in."""
    return (
        not line.blank
        and not following.blank
        and line.width <= MAX_WRAP_WIDTH
        and following.width <= MAX_WRAP_WIDTH
        and CLOSER.search(line.text) is None
        and (same_item or OPENER.match(following.text) is None)
        and not _starts_list_item(line, following)
    )


def _list_item_lines(lines: list[Line]) -> list[bool]:
    """For each line, whether it is in a list item: it starts one, or it is an indented line
    right after a line of one ("- the state covers losses once the buyer has absorbed\n
    the first $5 billion"), as Markdown continues an item."""
    inside: list[bool] = []
    for index, line in enumerate(lines):
        starts = LIST_ITEM.match(line.text) is not None
        goes_on = (
            index > 0
            and inside[index - 1]
            and not line.blank
            and INDENT.match(line.text) is not None
            and LIST_ITEM.match(line.text.lstrip()) is None
        )
        inside.append(starts or goes_on)
    return inside


def _starts_list_item(line: Line, following: Line) -> bool:
    """Whether `following` is an item of a list: after a colon or another item."""
    if LIST_ITEM.match(following.text) is None:
        return False
    return LIST_ITEM.match(line.text) is not None or LIST_INTRODUCED.search(line.text) is not None
