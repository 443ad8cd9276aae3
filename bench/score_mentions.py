"""Score check-figures' money extraction against hand-labelled mentions.

Usage: python bench/score_mentions.py LABELS.jsonl FOLDER [--show missed,wrong,extra]

LABELS.jsonl holds one labelled money mention a line: {"doc", "text", "occurrence",
"value", "currency"} (`text` is the exact substring of the file, `occurrence` its 1-based
index among the, possibly overlapping, occurrences of that substring). FOLDER holds the
documents. Each labelled document is read the way the checker reads it and its mentions
extracted; a label is right when an extracted mention overlapping its span has the label's
value (relative tolerance 1e-6) and currency. Span precision is the share of the mentions
extracted from the labelled documents that overlap a labelled mention. The last line is
`mentions: labels=N right=R rate=X span_precision=P`.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker.corpus import read_corpus
from checker.extract import extract_mentions
from checker.model import Document, Mention

SHOW_KINDS = ("missed", "wrong", "extra")


@dataclass(frozen=True)
class Label:
    """One hand-labelled money mention."""

    doc: str
    text: str
    occurrence: int
    value: float
    currency: str


@dataclass
class Score:
    """Counts over a label set, with the cases behind them for --show."""

    labels: int = 0
    right: int = 0
    wrong: int = 0
    missed: int = 0
    extracted: int = 0
    extracted_on_labels: int = 0
    unlocated: list[Label] = field(default_factory=list)
    cases: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in SHOW_KINDS})

    @property
    def rate(self) -> float:
        return self.right / self.labels if self.labels else 0.0

    @property
    def span_precision(self) -> float:
        return self.extracted_on_labels / self.extracted if self.extracted else 1.0


def read_labels(path: Path) -> list[Label]:
    """The labels of a JSON-lines file, in file order."""
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels.append(
                Label(
                    doc=row["doc"],
                    text=row["text"],
                    occurrence=int(row.get("occurrence", 1)),
                    value=float(row["value"]),
                    currency=row["currency"],
                )
            )
    return labels


def locate(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    """Span of the occurrence-th (1-based, overlaps counted) appearance of needle in text."""
    at = -1
    for _ in range(max(occurrence, 1)):
        at = text.find(needle, at + 1)
        if at < 0:
            return None
    return at, at + len(needle)


def plain_span(document: Document, span: tuple[int, int]) -> tuple[int, int]:
    """A span of the file's text as a span of the document's plain text (where mentions live)."""
    offsets = document.plain_to_text
    if offsets is None:
        return span
    return bisect.bisect_left(offsets, span[0]), bisect.bisect_left(offsets, span[1])


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def is_right(label: Label, mention: Mention) -> bool:
    """The mention reads the label's value and currency."""
    return mention.currency == label.currency and math.isclose(
        float(mention.amount), label.value, rel_tol=1e-6, abs_tol=1e-9
    )


def read_document(path: Path) -> Document | None:
    """The document as the checker reads it, or None when the checker skips the file."""
    for item in read_corpus([path]):
        return item if isinstance(item, Document) else None
    return None


def describe(mention: Mention) -> str:
    return f"{mention.text!r} -> {mention.amount} {mention.currency}"


def score_document(doc: str, labels: list[Label], document: Document, score: Score) -> None:
    """Add one document's labels and extracted mentions to the score."""
    mentions = extract_mentions(document.plain, document.path)
    spans: list[tuple[int, int]] = []
    for label in labels:
        found = locate(document.text, label.text, label.occurrence)
        if found is None:
            score.unlocated.append(label)
            score.missed += 1
            continue
        span = plain_span(document, found)
        spans.append(span)
        touching = [m for m in mentions if overlaps((m.start, m.end), span)]
        wanted = f"{doc}: {label.text!r} = {label.value:g} {label.currency}"
        if any(is_right(label, m) for m in touching):
            score.right += 1
        elif touching:
            score.wrong += 1
            score.cases["wrong"].append(f"{wanted}; read {', '.join(map(describe, touching))}")
        else:
            score.missed += 1
            score.cases["missed"].append(wanted)
    score.extracted += len(mentions)
    for mention in mentions:
        if any(overlaps((mention.start, mention.end), span) for span in spans):
            score.extracted_on_labels += 1
        else:
            score.cases["extra"].append(f"{doc}: {describe(mention)}")


def score_labels(labels: Sequence[Label], folder: Path) -> Score:
    """Score every labelled document of `folder` against its labels."""
    score = Score(labels=len(labels))
    by_doc: dict[str, list[Label]] = {}
    for label in labels:
        by_doc.setdefault(label.doc, []).append(label)
    for doc, doc_labels in by_doc.items():
        document = read_document(folder / doc)
        if document is None:
            score.unlocated.extend(doc_labels)
            score.missed += len(doc_labels)
            continue
        score_document(doc, doc_labels, document, score)
    return score


def report(score: Score, show: Sequence[str]) -> list[str]:
    """The lines to print: the cases asked for, the counts, and the summary line."""
    lines = []
    for kind in show:
        lines.extend(f"{kind}: {case}" for case in score.cases[kind])
    lines.extend(f"unlocated label: {label}" for label in score.unlocated)
    lines += [
        f"labelled mentions: {score.labels}",
        f"found with the right value and currency: {score.right}",
        f"found span but wrong value or currency: {score.wrong}",
        f"missed: {score.missed}",
        f"extracted in labelled documents: {score.extracted},"
        f" overlapping a label: {score.extracted_on_labels}",
        f"mentions: labels={score.labels} right={score.right} rate={score.rate:.3f}"
        f" span_precision={score.span_precision:.3f}",
    ]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path)
    parser.add_argument("folder", type=Path)
    parser.add_argument(
        "--show",
        default="",
        help=f"comma-separated cases to list: {', '.join(SHOW_KINDS)}",
    )
    args = parser.parse_args(argv)
    show = [kind for kind in args.show.split(",") if kind]
    unknown = [kind for kind in show if kind not in SHOW_KINDS]
    if unknown:
        parser.error(f"unknown --show kind: {', '.join(unknown)}")
    score = score_labels(read_labels(args.labels), args.folder)
    print("\n".join(report(score, show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
