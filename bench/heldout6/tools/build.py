"""Build mentions.jsonl, expected.jsonl and consistent.jsonl from spec.py.

Each mention's text is searched in its document starting at the end of the previous
mention of the same document; its occurrence is then counted exactly as the corpus README
says (str.find from one past the previous hit, from the start of the file, front matter
included). Run from anywhere: python3 tools/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spec

ROOT = Path(__file__).resolve().parent.parent


def occurrence_at(text: str, needle: str, pos: int) -> int:
    """1-based occurrence of needle that starts at pos (str.find from one past each hit)."""
    n, at = 0, -1
    while True:
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"{needle!r} not found at {pos}")
        n += 1
        if at == pos:
            return n
        if at > pos:
            raise ValueError(f"{needle!r}: no hit starts at {pos}")


def boundary_ok(text: str, start: int, end: int) -> bool:
    """The hit is not glued to a longer number or currency marker."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if text[start].isdigit() and (before.isdigit() or before in "$.,"):
        return False
    if text[start] == "$" and before.isalpha():
        return False
    glued = after.isdigit() or (after in ".," and text[end + 1 : end + 2].isdigit())
    return not (text[end - 1].isdigit() and glued)


def main() -> int:
    problems: list[str] = []
    lines: list[dict] = []
    index: dict[tuple[str, str, int], tuple[str, str, int]] = {}
    for num, items in spec.MENTIONS.items():
        name = spec.DOCS[num]
        text = (ROOT / "docs" / name).read_text(encoding="utf-8")
        cursor = 0
        seen: dict[str, int] = {}
        for needle, value, currency, entity, metric, period in items:
            pos = text.find(needle, cursor)
            if pos < 0:
                problems.append(f"{name}: {needle!r} not found after offset {cursor}")
                continue
            if not boundary_ok(text, pos, pos + len(needle)):
                problems.append(f"{name}: {needle!r} at {pos} is part of a longer amount")
            occ = occurrence_at(text, needle, pos)
            cursor = pos + len(needle)
            seen[needle] = seen.get(needle, 0) + 1
            index[(num, needle, seen[needle])] = (name, needle, occ)
            lines.append(
                {
                    "doc": name,
                    "text": needle,
                    "occurrence": occ,
                    "value": round(float(value), 4),
                    "currency": currency,
                    "entity": entity,
                    "metric": metric,
                    "period": period,
                }
            )

    def refs(items: list[tuple]) -> list[dict]:
        out = []
        for ref in items:
            key = (ref[0], ref[1], ref[2] if len(ref) > 2 else 1)
            if key not in index:
                problems.append(f"unknown reference {key}")
                continue
            name, needle, occ = index[key]
            out.append({"doc": name, "text": needle, "occurrence": occ})
        return out

    expected = [
        {"id": pid, "type": ptype, "mentions": refs(items), "explanation": why}
        for pid, ptype, items, why in spec.PROBLEMS
    ]
    consistent = [
        {"id": cid, "mentions": refs(items), "why_consistent": why}
        for cid, items, why in spec.TRAPS
    ]
    for fname, rows in (
        ("mentions.jsonl", lines),
        ("expected.jsonl", expected),
        ("consistent.jsonl", consistent),
    ):
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (ROOT / fname).write_text(body, encoding="utf-8")
    for p in problems:
        print("ERROR:", p)
    print(f"{len(lines)} mentions, {len(expected)} problems, {len(consistent)} traps")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
