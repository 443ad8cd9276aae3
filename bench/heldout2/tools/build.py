#!/usr/bin/env python3
"""Build mentions.jsonl, expected.jsonl and consistent.jsonl from tools/spec.py.

Each document's mentions are listed in spec.py in document order as
(tag, text, value, currency, entity, metric, period). The occurrence of each text is
computed here: the mention is searched from the end of the previous mention, and its
occurrence is the number of hits of str.find (from one past the previous hit, as
scoreboard.py counts) up to and including that position. Problems and traps refer to
mentions by tag.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import spec  # noqa: E402


def occurrence_of(text: str, needle: str, pos: int) -> int:
    n, at = 0, -1
    while True:
        at = text.find(needle, at + 1)
        if at < 0 or at > pos:
            break
        n += 1
    return n


def main() -> None:
    rows, by_tag = [], {}
    for doc, items in spec.MENTIONS.items():
        text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
        cursor = 0
        for tag, needle, value, cur, ent, metric, period in items:
            pos = text.find(needle, cursor)
            if pos < 0:
                sys.exit(f"{doc}: {needle!r} not found after offset {cursor} (tag {tag})")
            occ = occurrence_of(text, needle, pos)
            cursor = pos + len(needle)
            row = {
                "doc": doc,
                "text": needle,
                "occurrence": occ,
                "value": float(value),
                "currency": cur,
                "entity": ent,
                "metric": metric,
                "period": period,
            }
            rows.append(row)
            if tag:
                if tag in by_tag:
                    sys.exit(f"duplicate tag {tag}")
                by_tag[tag] = {"doc": doc, "text": needle, "occurrence": occ}

    def refs(tags):
        out = []
        for t in tags:
            if t not in by_tag:
                sys.exit(f"unknown tag {t}")
            out.append(by_tag[t])
        return out

    with open(ROOT / "mentions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(ROOT / "expected.jsonl", "w", encoding="utf-8") as f:
        order = [
            "currency-conflict",
            "missing-scale",
            "missing-currency",
            "fx-mismatch",
            "figure-conflict",
            "sum-mismatch",
            "change-mismatch",
            "stake-mismatch",
            "multiple-mismatch",
            "period-conflict",
        ]
        probs = sorted(
            spec.PROBLEMS, key=lambda p: order.index(p[1])
        )  # stable: document order within a type
        for n, (_pid, ptype, tags, expl) in enumerate(probs, 1):
            f.write(
                json.dumps(
                    {"id": f"E{n:02d}", "type": ptype, "mentions": refs(tags), "explanation": expl},
                    ensure_ascii=False,
                )
                + "\n"
            )
    with open(ROOT / "consistent.jsonl", "w", encoding="utf-8") as f:
        for n, (_cid, tags, why) in enumerate(spec.TRAPS, 1):
            f.write(
                json.dumps(
                    {"id": f"C{n:02d}", "mentions": refs(tags), "why_consistent": why},
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(f"{len(rows)} mentions, {len(spec.PROBLEMS)} problems, {len(spec.TRAPS)} traps")


if __name__ == "__main__":
    main()
