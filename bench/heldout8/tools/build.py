#!/usr/bin/env python3
"""Build mentions.jsonl, expected.jsonl and consistent.jsonl from tools/spec.py.

Each mention is located by searching its text from the end of the previous labelled mention of
the same document; its `occurrence` is then counted the way the corpus README says (str.find
from one past the previous hit, over the whole file, front matter included).
Usage: python3 tools/build.py [--show]   (--show prints each mention with its context)
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import spec  # noqa: E402


def occurrence_at(text: str, needle: str, pos: int) -> int:
    n, at = 0, -1
    while True:
        at = text.find(needle, at + 1)
        if at < 0 or at > pos:
            raise AssertionError("unreachable")
        n += 1
        if at == pos:
            return n


def main() -> int:
    show = "--show" in sys.argv
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))}
    missing = set(docs) - set(spec.MENTIONS)
    extra = set(spec.MENTIONS) - set(docs)
    if missing or extra:
        sys.exit(f"spec/doc mismatch: missing {sorted(missing)} extra {sorted(extra)}")
    rows, ref = [], {}
    for name in sorted(docs):
        text, cursor, seen = docs[name], 0, {}
        for t, value, cur, entity, metric, period in spec.MENTIONS[name]:
            pos = text.find(t, cursor)
            if pos < 0:
                sys.exit(f"{name}: {t!r} not found after offset {cursor}")
            occ = occurrence_at(text, t, pos)
            cursor = pos + len(t)
            seen[t] = seen.get(t, 0) + 1
            ref[(name, t, seen[t])] = occ
            rows.append(
                {
                    "doc": name,
                    "text": t,
                    "occurrence": occ,
                    "value": float(value),
                    "currency": cur,
                    "entity": entity,
                    "metric": metric,
                    "period": period,
                }
            )
            if show:
                ctx = text[max(0, pos - 40) : pos + len(t) + 25].replace("\n", " ")
                print(
                    f"{name[:2]} {t!r:28} occ={occ} {value:>16g} {cur} {entity} {metric} "
                    f"{period} | ...{ctx}..."
                )

    def refs(items):
        out = []
        for d, t, k in items:
            if (d, t, k) not in ref:
                sys.exit(f"reference {(d, t, k)} is not a labelled mention")
            out.append({"doc": d, "text": t, "occurrence": ref[(d, t, k)]})
        return out

    expected = [
        {"id": f"E{i:02d}", "type": typ, "mentions": refs(ms), "explanation": why}
        for i, (typ, ms, why) in enumerate(spec.PROBLEMS, 1)
    ]
    consistent = [
        {"id": f"C{i:02d}", "mentions": refs(ms), "why_consistent": why}
        for i, (ms, why) in enumerate(spec.TRAPS, 1)
    ]
    for fname, items in (
        ("mentions.jsonl", rows),
        ("expected.jsonl", expected),
        ("consistent.jsonl", consistent),
    ):
        with open(ROOT / fname, "w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} mentions, {len(expected)} problems, {len(consistent)} traps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
