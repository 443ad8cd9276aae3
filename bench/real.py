"""Trust on real text in one run: review lines for every real folder, mutation recall, scoreboard.

Prints, from the shared instruments beside the checkout (`../shared/tools`):

- `review.py` on `../shared/real/bbc-business` undated and with `--date 2005-01-15`, and on
  every other folder of `../shared/real/`, with the shared judgments and the project's own
  (`bench/real-judgments.jsonl`);
- `mutate.py` on the BBC folder for three seeds (plant, check the mutated copy, score it
  against the clean report), one line per seed and the pooled recall per mutation type; with
  `--mutate`, on other folders of `../shared/real/` as well (other outlets, decades and
  languages: recall that does not rest on one outlet's phrasing);
- `scoreboard.py` on the labelled development corpus, and on each labelled corpus in
  `bench/heldout*` (written by helpers who never read the checker's code; see their READMEs).

Usage: python bench/real.py [--shared ../shared] [--seeds 1,2,3] [--skip-mutation]
                            [--mutate bbc-business,reuters-1987,filings]
"""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKER = f"{shlex.quote(sys.executable)} -m checker"
OWN_JUDGMENTS = ROOT / "bench" / "real-judgments.jsonl"
DATED_RUN = ("bbc-business", "2005-01-15")
MUTATION_CORPUS = "bbc-business"
FINDINGS_OR_CLEAN = (0, 1)
PLANTED_ROW = re.compile(r"^\s+(\S+/\S+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s*$")


def run(argv: list[str], accepted: tuple[int, ...] = (0,)) -> str:
    """Standard output of a command run from the checkout; exits with its error if it fails."""
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    if done.returncode not in accepted:
        sys.exit(f"{' '.join(argv)} exited {done.returncode}\n{done.stderr[-2000:]}")
    return done.stdout


def last_line(output: str, prefix: str) -> str:
    """The last line of `output` that starts with `prefix`."""
    lines = [line for line in output.splitlines() if line.startswith(prefix)]
    return lines[-1] if lines else f"{prefix} (no such line)"


def review_lines(shared: Path) -> list[str]:
    """One review line per real folder (and one for the dated BBC run)."""
    judgments = ["--judgments", str(shared / "real" / "judgments.jsonl")]
    if OWN_JUDGMENTS.exists():
        judgments += ["--judgments", str(OWN_JUDGMENTS)]
    tool = [sys.executable, str(shared / "tools" / "review.py")]
    folders = sorted(folder.name for folder in (shared / "real").iterdir() if folder.is_dir())
    runs: list[tuple[str, str | None]] = [(name, None) for name in folders]
    runs.insert(1 + [name for name, _ in runs].index(DATED_RUN[0]), DATED_RUN)
    lines = []
    for name, date in runs:
        argv = [*tool, str(shared / "real" / name), *judgments, "--command", CHECKER]
        argv += ["--show-unjudged", "0"] + (["--date", date] if date else [])
        label = f"{name} --date {date}" if date else name
        lines.append(f"{label}: {last_line(run(argv), 'review:')}")
    return lines


def mutation_lines(shared: Path, seeds: list[int], name: str = MUTATION_CORPUS) -> list[str]:
    """Plant, check and score a real folder once per seed; then recall pooled over the seeds."""
    tool = [sys.executable, str(shared / "tools" / "mutate.py")]
    corpus = shared / "real" / name
    planted: Counter[str] = Counter()
    detected: Counter[str] = Counter()
    lines = []
    prefix = "" if name == MUTATION_CORPUS else f"{name} "
    with tempfile.TemporaryDirectory() as scratch:
        clean = Path(scratch) / "clean.json"
        checker = [*shlex.split(CHECKER), str(corpus), "--format", "json"]
        run([*checker, "-o", str(clean), "-q"], accepted=FINDINGS_OR_CLEAN)
        for seed in seeds:
            outdir = Path(scratch) / f"seed{seed}"
            run([*tool, "plant", str(corpus), str(outdir), "--seed", str(seed)])
            report = outdir / "report.json"
            checked = [*shlex.split(CHECKER), str(outdir / "docs"), "--format", "json"]
            run([*checked, "-o", str(report), "-q"], accepted=FINDINGS_OR_CLEAN)
            scored = run([*tool, "score", str(outdir), str(report), "--clean", str(clean)])
            for line in scored.splitlines():
                row = PLANTED_ROW.match(line)
                if row:
                    planted[row[1]] += int(row[2])
                    detected[row[1]] += int(row[3])
            lines.append(f"{prefix}seed {seed}: {last_line(scored, 'mutation:')}")
    total_planted, total_detected = sum(planted.values()), sum(detected.values())
    by_type = ",".join(f"{kind}:{detected[kind]}/{planted[kind]}" for kind in sorted(planted))
    recall = total_detected / total_planted if total_planted else 0.0
    lines.append(
        f"{prefix}mutation (seeds {','.join(map(str, seeds))}): planted={total_planted} "
        f"detected={total_detected} recall={recall:.3f} by_type={by_type}"
    )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--skip-mutation", action="store_true")
    parser.add_argument("--mutate", default=MUTATION_CORPUS, help="real folders to mutate")
    args = parser.parse_args()
    if not (args.shared / "tools").is_dir():
        sys.exit(f"bench/real.py: no shared instruments at {args.shared}")
    for line in review_lines(args.shared):
        print(line, flush=True)
    if not args.skip_mutation:
        seeds = [int(seed) for seed in args.seeds.split(",")]
        for name in args.mutate.split(","):
            for line in mutation_lines(args.shared, seeds, name):
                print(line, flush=True)
    scoreboard = [sys.executable, str(args.shared / "tools" / "scoreboard.py")]
    scored = run([*scoreboard, str(args.shared / "corpus"), "--command", CHECKER])
    print(last_line(scored, "score:"))
    for corpus in sorted(ROOT.glob("bench/heldout*")):
        scored = run([*scoreboard, str(corpus), "--command", CHECKER])
        print(f"{corpus.name}: {last_line(scored, 'score:')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
