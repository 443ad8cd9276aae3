#!/usr/bin/env python3
"""Build mentions.jsonl, expected.jsonl and consistent.jsonl from tools/spec.py.

Each mention is located by searching for its text from the end of the previous mention
in the same document; its `occurrence` is then the 1-based index of that hit when
counting hits of the text from the start of the file with str.find from one past the
previous hit (the rule scoreboard.py and check_labels.py use).
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
        if at < 0:
            raise ValueError(f"{needle!r} not found at {pos}")
        n += 1
        if at == pos:
            return n


def main() -> None:
    rows, refs = [], {}
    for key, name in spec.DOCS.items():
        text = (ROOT / "docs" / name).read_text(encoding="utf-8")
        cursor, seen = 0, {}
        for mtext, value, cur, entity, metric, period in spec.MENTIONS.get(key, []):
            pos = text.find(mtext, cursor)
            if pos < 0:
                raise SystemExit(f"{name}: {mtext!r} not found after offset {cursor}")
            occ = occurrence_of(text, mtext, pos)
            cursor = pos + len(mtext)
            seen[mtext] = seen.get(mtext, 0) + 1
            ref = {"doc": name, "text": mtext, "occurrence": occ}
            refs[f"{key}:{mtext}#{seen[mtext]}"] = ref
            if seen[mtext] == 1:
                refs[f"{key}:{mtext}"] = ref
            rows.append(
                {
                    **ref,
                    "value": float(value),
                    "currency": cur,
                    "entity": entity,
                    "metric": metric,
                    "period": period,
                }
            )

    def resolve(r):
        if r not in refs:
            raise SystemExit(f"unknown mention reference {r!r}")
        return refs[r]

    with open(ROOT / "mentions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(ROOT / "expected.jsonl", "w", encoding="utf-8") as f:
        for pid, ptype, ms, expl in spec.PROBLEMS:
            f.write(
                json.dumps(
                    {
                        "id": pid,
                        "type": ptype,
                        "mentions": [resolve(m) for m in ms],
                        "explanation": expl,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    with open(ROOT / "consistent.jsonl", "w", encoding="utf-8") as f:
        for tid, ms, why in spec.TRAPS:
            f.write(
                json.dumps(
                    {"id": tid, "mentions": [resolve(m) for m in ms], "why_consistent": why},
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(f"{len(rows)} mentions, {len(spec.PROBLEMS)} problems, {len(spec.TRAPS)} traps")


if __name__ == "__main__":
    main()
