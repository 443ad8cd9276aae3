"""Build mentions.jsonl, expected.jsonl and consistent.jsonl from tools/spec.py.

Mentions are located in document order: each one is searched from the end of the
previous mention; its occurrence is the 1-based index of that hit when counting with
str.find from one past the previous hit (as scoreboard.py / check_labels.py do).
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import spec  # noqa: E402

docs = {p.name[:2]: p for p in sorted((ROOT / "docs").glob("*.md"))}


def occurrence_at(text, needle, pos):
    n, at = 0, -1
    while True:
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(needle)
        n += 1
        if at == pos:
            return n


rows, index = [], {}
for num, ms in spec.DOCS.items():
    path = docs[num]
    text = path.read_text(encoding="utf-8")
    cursor, seen = 0, {}
    for t, value, cur, ent, metric, period in ms:
        pos = text.find(t, cursor)
        if pos < 0:
            sys.exit(f"{num}: {t!r} not found after offset {cursor}")
        occ = occurrence_at(text, t, pos)
        cursor = pos + len(t)
        seen[t] = seen.get(t, 0) + 1
        row = {
            "doc": path.name,
            "text": t,
            "occurrence": occ,
            "value": float(value),
            "currency": cur,
            "entity": ent,
            "metric": metric,
            "period": period,
        }
        rows.append(row)
        index[(num, t, seen[t])] = row
        if "--show" in sys.argv:
            ctx = text[max(0, pos - 25) : pos + len(t) + 15].replace("\n", "\\n")
            print(f"{num} occ{occ} {t!r:24} ...{ctx}...")


def ref(r):
    parts = r.split("|")
    num, t = parts[0], parts[1]
    k = int(parts[2]) if len(parts) > 2 else 1
    row = index.get((num, t, k))
    if row is None:
        sys.exit(f"unknown reference {r!r}")
    return {"doc": row["doc"], "text": row["text"], "occurrence": row["occurrence"]}


def dump(name, items):
    with open(ROOT / name, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


dump("mentions.jsonl", rows)
if hasattr(spec, "PROBLEMS"):
    dump(
        "expected.jsonl",
        [
            {"id": i, "type": t, "mentions": [ref(r) for r in refs], "explanation": e}
            for (i, t, refs, e) in spec.PROBLEMS
        ],
    )
    dump(
        "consistent.jsonl",
        [
            {"id": i, "mentions": [ref(r) for r in refs], "why_consistent": w}
            for (i, refs, w) in spec.TRAPS
        ],
    )
problems, traps = len(getattr(spec, "PROBLEMS", [])), len(getattr(spec, "TRAPS", []))
print(f"mentions {len(rows)}, problems {problems}, traps {traps}")
