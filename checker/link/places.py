"""Where a figure stands in its document: the headline, the lead (the body's first sentence)
or the rest. A headline and its lead tell one story, so their figures describe one event."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from checker.model import HEADLINE, LEAD, Mention
from checker.patterns import lazy
from checker.text.lexicon import WIDE_TERMINATORS
from checker.text.sentences import GLUED_STOP

FRONT_MATTER = lazy(r"\A---[ \t]*\n(?:.*\n)*?---[ \t]*(?:\n|\Z)")
TITLE = lazy(r"^title:[ \t]*(?P<title>.*)$", regex.MULTILINE)
# A headline: the body's first line, short, not ending a sentence, then a blank line.
HEADLINE_LINE = lazy(r"\s*+(?:#+[ \t]+)?(?P<title>[^\n]{1,150}?)[ \t]*\n[ \t]*\n")
SENTENCE_END = lazy(
    rf"(?<!\b(?:[A-Z]|Mr|Ms|Mrs|Dr|St|Inc|Corp|Ltd|Co|U\.S))[.!?](?=\s|$)|{GLUED_STOP}|"
    rf"[{WIDE_TERMINATORS}]"
)
# What a headline does not end with: a sentence's or a clause's mark, Chinese ones too. A line
# with a wide full stop inside ("...业绩报告。报告显示,...") holds sentences: a paragraph, no
# headline, whatever it ends with.
NOT_HEADLINE_ENDS = ".!?:;," + WIDE_TERMINATORS + "；，、："


def figure_places(text: str, mentions: Sequence[Mention]) -> list[str]:
    """For each mention: "headline", "lead" or ""."""
    spans = _headline_and_lead(text)
    if spans is None:
        return [""] * len(mentions)
    (head_start, head_end), (lead_start, lead_end) = spans
    places = []
    for mention in mentions:
        if head_start <= mention.start and mention.end <= head_end:
            places.append(HEADLINE)
        elif lead_start <= mention.start and mention.end <= lead_end:
            places.append(LEAD)
        else:
            places.append("")
    return places


def headline_span(text: str) -> tuple[int, int] | None:
    """The span of the document's headline, or None when it has none."""
    spans = _headline_and_lead(text)
    return spans[0] if spans else None


def _headline_and_lead(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the headline and of the lead, or None when the document has no headline."""
    front = FRONT_MATTER.match(text)
    body = front.end() if front else 0
    title = TITLE.search(front.group()) if front else None
    if title is not None:
        head = (title.start("title"), title.end("title"))
    else:
        line = HEADLINE_LINE.match(text, body)
        if line is None or line.group("title").rstrip()[-1:] in NOT_HEADLINE_ENDS:
            return None
        if any(mark in line.group("title") for mark in WIDE_TERMINATORS):
            return None
        head, body = (line.start("title"), line.end("title")), line.end()
    lead_start = body + len(text[body:]) - len(text[body:].lstrip())
    paragraph_end = text.find("\n\n", lead_start)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    end = SENTENCE_END.search(text, lead_start, paragraph_end)
    return head, (lead_start, end.end() if end else paragraph_end)
