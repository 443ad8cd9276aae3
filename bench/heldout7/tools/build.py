#!/usr/bin/env python3
"""Build mentions.jsonl, expected.jsonl and consistent.jsonl from tools/spec.py.

Each labelled mention is located in its document by searching for its text from the
end of the previous labelled mention. Its occurrence is then counted the way the corpus
README describes (str.find from one past the previous hit, over the whole file, front
matter included), so overlapping hits such as "$8" inside "$8bn" count.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spec

ROOT = Path(__file__).resolve().parent.parent


def occurrence_at(text: str, needle: str, pos: int) -> int:
    """1-based occurrence of needle that starts at pos, counting overlapping hits."""
    n = 0
    at = -1
    while True:
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"{needle!r} not found at {pos}")
        n += 1
        if at == pos:
            return n
        if at > pos:
            raise ValueError(f"{needle!r}: no hit starts at {pos}")


def build_mentions() -> tuple[list[dict], dict]:
    rows: list[dict] = []
    index: dict[tuple[str, str, int], tuple[str, str, int]] = {}
    for doc, items in spec.MENTIONS.items():
        text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
        cursor = 0
        seen: dict[str, int] = {}
        for surface, value, cur, entity, metric, period in items:
            pos = text.find(surface, cursor)
            if pos < 0:
                raise SystemExit(f"{doc}: {surface!r} not found after offset {cursor}")
            occ = occurrence_at(text, surface, pos)
            cursor = pos + len(surface)
            seen[surface] = seen.get(surface, 0) + 1
            index[(doc, surface, seen[surface])] = (doc, surface, occ)
            rows.append(
                {
                    "doc": doc,
                    "text": surface,
                    "occurrence": occ,
                    "value": float(value),
                    "currency": cur,
                    "entity": entity,
                    "metric": metric,
                    "period": period,
                }
            )
    return rows, index


def resolve(index: dict, ref: tuple) -> dict:
    doc, surface = ref[0], ref[1]
    k = ref[2] if len(ref) > 2 else 1
    key = (doc, surface, k)
    if key not in index:
        raise SystemExit(f"unknown mention reference {key}")
    d, t, occ = index[key]
    return {"doc": d, "text": t, "occurrence": occ}


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    mentions, index = build_mentions()
    expected = []
    for i, (kind, refs, why) in enumerate(spec.PROBLEMS, 1):
        expected.append(
            {
                "id": f"E{i:02d}",
                "type": kind,
                "mentions": [resolve(index, r) for r in refs],
                "explanation": why,
            }
        )
    consistent = []
    for i, (refs, why) in enumerate(spec.TRAPS, 1):
        consistent.append(
            {
                "id": f"C{i:02d}",
                "mentions": [resolve(index, r) for r in refs],
                "why_consistent": why,
            }
        )
    write_jsonl(ROOT / "mentions.jsonl", mentions)
    write_jsonl(ROOT / "expected.jsonl", expected)
    write_jsonl(ROOT / "consistent.jsonl", consistent)
    print(f"{len(mentions)} mentions, {len(expected)} problems, {len(consistent)} traps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
