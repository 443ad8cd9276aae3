"""Inline suppression comments: read them from each document, apply them, report unused ones."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from checker.engine import Example, Rule
from checker.model import Document, Finding

COMMENT = re.compile(r"<!--\s*check-figures\s*:(?P<body>.*?)-->", re.DOTALL)
DIRECTIVE = re.compile(
    r"\s*(?P<kind>ignore-file|ignore|disable|enable)\s*(?:\[(?P<ids>[^\]]*\w[^\]]*)\])?\s*"
)
PLAIN_TEXT_SUFFIXES = frozenset({".txt"})
KINDS = "ignore[rule-id], disable[rule-id], enable[rule-id] or ignore-file[rule-id]"

UNUSED_SUPPRESSION = Rule(
    id="unused-suppression",
    title="A suppression comment that suppresses nothing",
    flags=(
        "A `<!-- check-figures: ignore[rule-id] -->`, `disable[rule-id]` or `ignore-file`\n"
        "comment under which the named rule finds nothing, a comment that names an unknown\n"
        "rule id, a malformed `check-figures:` comment, an `enable` with no `disable` before\n"
        "it, and in a plain-text file a comment that does not stand on a line of its own."
    ),
    why=(
        "Suppressions outlive the problems they were written for: the figure is fixed or the\n"
        "paragraph rewritten, and the comment stays, ready to hide the next real problem on\n"
        "those lines. A misspelt rule id silences nothing at all. Reporting them keeps every\n"
        "suppression meaning what it says."
    ),
    severity="info",
    check="built-in",
    examples=(
        Example(
            text="<!-- check-figures: ignore[missing-scale] -->\n"
            "Xiaomi was valued at $45 billion in its last round.\n",
            triggers=True,
            date="2015-01-05",
        ),
        Example(
            text="<!-- check-figures: ignore[missing-sacle] -->\n"
            "The startup raised $12 in its latest funding round, led by SoftBank.\n",
            triggers=True,
            date="2021-06-01",
        ),
        Example(
            text="<!-- check-figures: ignore[missing-scale] -->\n"
            "The startup raised $12 in its latest funding round, led by SoftBank.\n",
            triggers=False,
            date="2021-06-01",
        ),
        Example(
            text="<!-- check-figures: disable[currency-conflict] -->\n"
            "Xiaomi's $28 billion ($200 billion yuan) five-year investment in AI.\n"
            "<!-- check-figures: enable[currency-conflict] -->\n",
            triggers=False,
            date="2025-12-24",
        ),
    ),
    source="built-in",
)


@dataclass(frozen=True)
class Comment:
    """A `check-figures:` comment as written: where it is and its text."""

    path: str
    line: int
    column: int
    text: str


@dataclass(frozen=True)
class Suppression:
    """What one comment silences: a rule (None for every rule) on lines first..last of a file."""

    comment: Comment
    kind: str
    rule: str | None
    first_line: int
    last_line: int

    def covers(self, finding: Finding) -> bool:
        """Whether this suppression silences `finding`."""
        return (
            finding.path == self.comment.path
            and self.first_line <= finding.line <= self.last_line
            and (self.rule is None or finding.rule == self.rule)
        )


@dataclass(frozen=True)
class Notice:
    """A problem with a comment itself, reported as an unused-suppression finding."""

    comment: Comment
    message: str
    explanation: str


@dataclass(frozen=True)
class _Layout:
    """A document and its lines."""

    document: Document
    lines: list[str]


def read_suppressions(documents: Iterable[Document]) -> tuple[list[Suppression], list[Notice]]:
    """Every suppression in the documents, and the comments that cannot be used as written."""
    suppressions: list[Suppression] = []
    notices: list[Notice] = []
    for document in documents:
        document = document.unpack()
        if "check-figures" in document.text:
            found, problems = document_suppressions(document)
            suppressions.extend(found)
            notices.extend(problems)
    return suppressions, notices


def document_suppressions(document: Document) -> tuple[list[Suppression], list[Notice]]:
    """The suppressions one document's comments make, and its malformed or misplaced comments."""
    layout = _Layout(document, document.text.split("\n"))
    plain_text = PurePosixPath(document.path).suffix.lower() in PLAIN_TEXT_SUFFIXES
    suppressions: list[Suppression] = []
    notices: list[Notice] = []
    open_regions: list[Suppression] = []
    for match in COMMENT.finditer(document.text):
        comment, alone = _comment(layout, match)
        directive = DIRECTIVE.fullmatch(match["body"])
        if directive is None:
            notices.append(Notice(comment, f"{comment.text} is not a suppression", f"Use {KINDS}."))
        elif plain_text and not alone:
            notices.append(_not_alone(comment))
        elif directive["kind"] == "enable":
            closed = _close(open_regions, _ids(directive["ids"]), comment.line)
            suppressions.extend(closed)
            if not closed:
                notices.append(_stray_enable(comment))
        else:
            extent = _extent(layout, directive["kind"], match, alone)
            regions = [
                Suppression(comment, directive["kind"], rule, *extent)
                for rule in _ids(directive["ids"]) or [None]
            ]
            (open_regions if directive["kind"] == "disable" else suppressions).extend(regions)
    suppressions.extend(_close(open_regions, None, len(layout.lines)))
    return suppressions, notices


def _comment(layout: _Layout, match: re.Match[str]) -> tuple[Comment, bool]:
    """The comment of `match`, and whether it stands on lines of its own."""
    document = layout.document
    line, column = document.line_column(match.start())
    end_line, end_column = document.line_column(match.end())
    before = layout.lines[line - 1][: column - 1]
    after = layout.lines[end_line - 1][end_column - 1 :]
    text = " ".join(match[0].split())
    return Comment(document.path, line, column, text), not before.strip() and not after.strip()


def _ids(written: str | None) -> list[str]:
    """The rule ids inside the brackets; none means every rule."""
    return [part.strip() for part in (written or "").split(",") if part.strip()]


def _extent(layout: _Layout, kind: str, match: re.Match[str], alone: bool) -> tuple[int, int]:
    """The lines a comment covers (a disable's end is set by its enable)."""
    first, _ = layout.document.line_column(match.start())
    last, _ = layout.document.line_column(match.end())
    if kind == "ignore-file":
        return 1, len(layout.lines)
    if kind == "ignore" and alone:
        return next_paragraph(layout.lines, last)
    return first, last


def next_paragraph(lines: Sequence[str], after: int) -> tuple[int, int]:
    """The 1-based first and last line of the run of non-blank lines after line `after`."""
    first = after + 1
    while first <= len(lines) and not lines[first - 1].strip():
        first += 1
    last = first
    while last < len(lines) and lines[last].strip():
        last += 1
    return (first, last) if first <= len(lines) else (first, after)


def _close(
    open_regions: list[Suppression], rules: list[str] | None, line: int
) -> list[Suppression]:
    """End the open disable regions for `rules` (all when empty or None) at `line`."""
    closing = [r for r in open_regions if not rules or r.rule in rules]
    for region in closing:
        open_regions.remove(region)
    return [Suppression(r.comment, r.kind, r.rule, r.first_line, line) for r in closing]


def _not_alone(comment: Comment) -> Notice:
    return Notice(
        comment,
        f"{comment.text} is not on a line of its own",
        "In a plain-text file a suppression comment must stand alone on its line; "
        "it then covers the paragraph that follows it.",
    )


def _stray_enable(comment: Comment) -> Notice:
    return Notice(
        comment,
        f"{comment.text} has no disable before it",
        "An enable ends a disable of the same rule earlier in the file; this one ends nothing.",
    )


def apply_suppressions(
    findings: Sequence[Finding], suppressions: Sequence[Suppression]
) -> tuple[list[Finding], set[Comment]]:
    """The findings no suppression covers, and the comments that covered at least one."""
    by_path: dict[str, list[Suppression]] = {}
    for suppression in suppressions:
        by_path.setdefault(suppression.comment.path, []).append(suppression)
    kept: list[Finding] = []
    used: set[Comment] = set()
    for finding in findings:
        covering = [s for s in by_path.get(finding.path, ()) if s.covers(finding)]
        used.update(s.comment for s in covering)
        if not covering:
            kept.append(finding)
    return kept, used


def unused_notices(
    suppressions: Sequence[Suppression],
    used: Collection[Comment],
    ran: Collection[str],
    known: Collection[str],
) -> list[Notice]:
    """Comments that name unknown rules, and comments whose rules ran but found nothing there."""
    by_comment: dict[Comment, list[Suppression]] = {}
    for suppression in suppressions:
        by_comment.setdefault(suppression.comment, []).append(suppression)
    notices: list[Notice] = []
    for comment, parts in by_comment.items():
        rules = [p.rule for p in parts]
        unknown = sorted({r for r in rules if r is not None and r not in known})
        if unknown:
            notices.append(_unknown_rules(comment, unknown, known))
        relevant = [p for p in parts if p.rule is None or p.rule in ran]
        if relevant and comment not in used:
            notices.append(_unused(comment, relevant))
    return notices


def _unknown_rules(comment: Comment, unknown: list[str], known: Collection[str]) -> Notice:
    return Notice(
        comment,
        f"{comment.text} names unknown rule id(s): {', '.join(unknown)}",
        f"Known rule ids: {', '.join(sorted(known))}.",
    )


def _unused(comment: Comment, parts: list[Suppression]) -> Notice:
    part = parts[0]
    rules = ", ".join(p.rule for p in parts if p.rule) or "any rule"
    if part.first_line > part.last_line:
        where = "nothing: no paragraph follows it"
    elif part.kind == "ignore-file":
        where = "the whole file"
    elif part.first_line == part.last_line:
        where = f"line {part.first_line}"
    else:
        where = f"lines {part.first_line}–{part.last_line}"
    return Notice(
        comment,
        f"{comment.text} suppresses nothing",
        f"It covers {where}, where {rules} finds nothing. "
        "Remove the comment, or correct its rule id or its place.",
    )


def notice_findings(notices: Iterable[Notice], rule: Rule) -> list[Finding]:
    """The notices as findings of the unused-suppression rule, at its configured severity."""
    return [
        Finding(
            rule=rule.id,
            severity=rule.severity,
            path=n.comment.path,
            line=n.comment.line,
            column=n.comment.column,
            figures=(),
            message=n.message,
            explanation=n.explanation,
        )
        for n in notices
    ]
