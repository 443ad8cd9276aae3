#!/usr/bin/env python3
"""Build mentions.jsonl, expected.jsonl and consistent.jsonl from spec.py.

Occurrences are counted the way the corpus README says (and scoreboard.py does):
str.find from one past the previous hit, over the whole file, front matter included.
Each labelled mention is searched for after the end of the previous labelled mention of
the same document, so mentions come out in document order and never overlap.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import spec  # noqa: E402

ECB = {"USD", "EUR", "GBP", "INR", "ZAR", "CNY", "HKD", "JPY", "SGD", "SEK", "CHF"}


def occurrence_at(text: str, needle: str, pos: int) -> int:
    """1-based occurrence index of needle whose hit starts at pos."""
    at, n = -1, 0
    while True:
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"{needle!r} not found at {pos}")
        n += 1
        if at == pos:
            return n
        if at > pos:
            raise ValueError(f"{needle!r}: no hit starts at {pos}")


def main() -> int:
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").iterdir())}
    missing = set(docs) ^ set(spec.MENTIONS)
    if missing:
        sys.exit(f"documents and spec differ: {sorted(missing)}")
    by_num = {name[:2]: name for name in docs}

    rows = []
    # (doc, text, k-th labelled) -> (doc, text, occurrence)
    index: dict[tuple[str, str, int], dict] = {}
    for name, items in spec.MENTIONS.items():
        text = docs[name]
        cursor = 0
        seen = defaultdict(int)
        for needle, value, cur, entity, metric, period in items:
            pos = text.find(needle, cursor)
            if pos < 0:
                sys.exit(f"{name}: {needle!r} not found after offset {cursor}")
            occ = occurrence_at(text, needle, pos)
            cursor = pos + len(needle)
            seen[needle] += 1
            row = {
                "doc": name,
                "text": needle,
                "occurrence": occ,
                "value": float(value),
                "currency": cur,
                "entity": entity,
                "metric": metric,
                "period": period,
            }
            rows.append(row)
            index[(name, needle, seen[needle])] = row

    def resolve(ref: str) -> dict:
        parts = ref.split("|")
        num, needle = parts[0], parts[1]
        k = int(parts[2]) if len(parts) > 2 else 1
        name = by_num[num]
        row = index.get((name, needle, k))
        if row is None:
            sys.exit(f"unresolved reference {ref!r}")
        return {"doc": name, "text": needle, "occurrence": row["occurrence"]}

    def check_pair(kind: str, iid: str, refs: list[dict]) -> None:
        rs = [
            next(
                r
                for r in rows
                if r["doc"] == m["doc"]
                and r["text"] == m["text"]
                and r["occurrence"] == m["occurrence"]
            )
            for m in refs
        ]
        curs = [r["currency"] for r in rs]
        if len(rs) == 2 and all(curs) and curs[0] != curs[1]:
            bad = [c for c in curs if c not in ECB]
            if bad:
                sys.exit(
                    f"{kind} {iid}: two-figure cross-currency pair uses {bad}, which the ECB "
                    "check cannot convert; add the stated rate as a third figure"
                )

    expected = []
    for i, (typ, refs, expl) in enumerate(spec.PROBLEMS, 1):
        ms = [resolve(r) for r in refs]
        iid = f"E{i:02d}"
        check_pair("problem", iid, ms)
        expected.append({"id": iid, "type": typ, "mentions": ms, "explanation": expl})

    consistent = []
    for i, (refs, why) in enumerate(spec.TRAPS, 1):
        ms = [resolve(r) for r in refs]
        iid = f"C{i:02d}"
        check_pair("trap", iid, ms)
        consistent.append({"id": iid, "mentions": ms, "why_consistent": why})

    def dump(path: Path, items: list[dict]) -> None:
        path.write_text(
            "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8"
        )

    dump(ROOT / "mentions.jsonl", rows)
    dump(ROOT / "expected.jsonl", expected)
    dump(ROOT / "consistent.jsonl", consistent)
    print(
        f"{len(docs)} documents, {len(rows)} mentions, {len(expected)} problems, "
        f"{len(consistent)} consistent cases"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
