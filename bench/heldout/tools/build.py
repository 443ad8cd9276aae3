#!/usr/bin/env python3
"""Writes mentions.jsonl, expected.jsonl and consistent.jsonl from the label spec in spec.py.

Each document's mentions are listed in document order; the occurrence index is computed
here, counted as scoreboard.py counts it (str.find from one past the previous hit), by
locating each mention at or after the end of the previous one.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spec import DOCS, PROBLEMS, TRAPS

ROOT = Path(__file__).resolve().parent.parent
B, M, K = 1e9, 1e6, 1e3
tags = {}
lines = []
bad = 0
for doc, items in DOCS.items():
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    pos = 0
    for it in items:
        t, value, cur, ent, metric, period = it[:6]
        tag = it[6] if len(it) > 6 else None
        at = text.find(t, pos)
        if at < 0:
            print(f"NOT FOUND {doc}: {t!r} after {pos}")
            bad += 1
            continue
        # occurrence = number of str.find hits up to and including `at`
        occ, h = 0, -1
        while True:
            h = text.find(t, h + 1)
            occ += 1
            if h == at:
                break
        end = at + len(t)
        after = text[end : end + 2]
        before = text[at - 1] if at else " "
        if (
            after[:1].isalnum()
            or (after[:1] == "." and after[1:2].isdigit())
            or before.isalnum()
            or (t[-1].isdigit() and after[:1] == "," and text[end + 1 : end + 2].isdigit())
        ):
            print(f"SUSPECT boundary {doc}: {text[max(0, at - 15) : end + 15]!r} for {t!r}")
        gap = text[pos:at]
        lines.append(
            {
                "doc": doc,
                "text": t,
                "occurrence": occ,
                "value": float(value),
                "currency": cur,
                "entity": ent,
                "metric": metric,
                "period": period,
            }
        )
        if tag:
            assert tag not in tags, tag
            tags[tag] = {"doc": doc, "text": t, "occurrence": occ}
        pos = end


def refs(ts):
    return [tags[t] for t in ts]


with open(ROOT / "mentions.jsonl", "w", encoding="utf-8") as f:
    for line in lines:
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
with open(ROOT / "expected.jsonl", "w", encoding="utf-8") as f:
    for i, (typ, ts, expl) in enumerate(PROBLEMS, 1):
        f.write(
            json.dumps(
                {"id": f"E{i:02d}", "type": typ, "mentions": refs(ts), "explanation": expl},
                ensure_ascii=False,
            )
            + "\n"
        )
with open(ROOT / "consistent.jsonl", "w", encoding="utf-8") as f:
    for i, (ts, why) in enumerate(TRAPS, 1):
        f.write(
            json.dumps(
                {"id": f"C{i:02d}", "mentions": refs(ts), "why_consistent": why}, ensure_ascii=False
            )
            + "\n"
        )
print(f"{len(lines)} mentions, {len(PROBLEMS)} problems, {len(TRAPS)} traps, {bad} not found")
