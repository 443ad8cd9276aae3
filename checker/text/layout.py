"""Paragraphs: which line breaks are soft wraps inside a paragraph and which end one.

A line break is a soft wrap when a writer's editor had to break the line there: the line
and the first word of the next one do not fit in the width the text is wrapped at, which the
widest of the document's other lines that go on into a next line shows. A blank line, a
heading, a list item, a table row, an indented line or front matter ends a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from checker.text.lexicon import (
    MAX_WRAP_WIDTH,
    MIN_WRAP_WIDTH,
    PARAGRAPH_CLOSERS,
    PARAGRAPH_OPENERS,
)

OPENER = regex.compile("|".join(f"(?:{pattern})" for _, pattern in PARAGRAPH_OPENERS))
CLOSER = regex.compile("|".join(f"(?:{pattern})" for _, pattern in PARAGRAPH_CLOSERS))
FENCE = regex.compile(r"---[ \t]*")
FIRST_WORD = regex.compile(r"\S++")


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
    joinable = [
        index + 1 < len(lines) and _may_join(lines[index], lines[index + 1])
        for index in range(len(lines))
    ]
    joinable[:fixed] = [False] * fixed
    candidates = [line for line, joins in zip(lines, joinable, strict=True) if joins]
    widest = sorted((line.width for line in candidates), reverse=True)[:2]
    soft = []
    for index, line in enumerate(lines):
        if joinable[index]:
            width = _width_without(line, widest)
            word = FIRST_WORD.match(lines[index + 1].text)
            if width >= MIN_WRAP_WIDTH and line.width + 1 + len(word.group()) > width:
                soft.append(line.end)
    return soft


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


def _may_join(line: Line, following: Line) -> bool:
    """Whether the break between two lines can be a soft wrap at all."""
    return (
        not line.blank
        and not following.blank
        and line.width <= MAX_WRAP_WIDTH
        and following.width <= MAX_WRAP_WIDTH
        and CLOSER.search(line.text) is None
        and OPENER.match(following.text) is None
    )
