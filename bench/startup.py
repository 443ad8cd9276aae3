"""Start-up benchmark: the wall time of short check-figures commands, median of several runs.

Usage:
  python bench/startup.py [--runs 10] [--tree PATH ...] [--compile]
  python bench/startup.py --tree /tmp/main-checkout --tree .    (before and after, in turn)

Each command runs in a fresh interpreter (this one, `sys.executable`) with the checkout first
on PYTHONPATH: this one, or each `--tree` given, the trees taking turns run by run so that a
changing load weighs on each alike. The numbers are what a user waits for: `--version`,
`--help`, `rules`, and a one-file check with one USD figure (no conversion) and with one GBP
figure (converted to USD through the currency registry). Two floors are printed first: the
bare interpreter (`-c pass`, which includes the environment's site start-up) and
`import pandas`, which every check needs for its fact table. A check keeps its compiled
patterns in the cache folder between runs (as Python keeps bytecode): the one-file checks are
timed with that store as a previous run left it, and once more with it emptied before each
run, as on a machine's first run (the cache folder is a scratch one). Per command and tree: the
median and the fastest wall time and the median CPU time (user + system) in seconds. On a
busy machine the wall time varies with the load; the CPU time less.

`--compile` writes the trees' bytecode first (`compileall`), as installing the package does.
Without it, where PYTHONDONTWRITEBYTECODE is set (as in the development environment),
every run compiles check-figures' sources again, about a quarter of a second of CPU.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR_VARIABLE = "CHECK_FIGURES_CACHE_DIR"
DOCUMENTS = {
    "usd": "Acme was valued at $45 billion in 2014.\n",
    "gbp": "Acme was valued at £45 billion in 2014.\n",
}


COLD = "patterns not stored"


def commands(folder: Path) -> dict[str, list[str]]:
    """The timed commands, by label; the floors run the interpreter without check-figures. A
    label that ends with COLD runs with the stored patterns deleted first."""
    check = ["-m", "checker"]
    one = ["--no-cache", "-q", "-o", os.devnull]
    usd = [*check, str(folder / "usd.md"), *one]
    return {
        "python -c pass (floor)": ["-c", "pass"],
        "import pandas (floor)": ["-c", "import pandas"],
        "--version": [*check, "--version"],
        "--help": [*check, "--help"],
        "rules": [*check, "rules"],
        "one file, $45 billion": usd,
        "one file, £45 billion": [*check, str(folder / "gbp.md"), *one],
        f"one file, $, {COLD}": usd,
    }


def timed(arguments: list[str], environment: dict[str, str], folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one run of the interpreter with `arguments`, in `folder` (not
    in a checkout: `python -m` imports from the working folder before PYTHONPATH)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *arguments],
        env=environment,
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per command (default 10)")
    parser.add_argument(
        "--tree", type=Path, action="append", help="a checkout to time (repeat to compare)"
    )
    parser.add_argument("--compile", action="store_true", help="write the bytecode first")
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.tree or [ROOT]]
    for tree in trees if args.compile else ():
        command = [sys.executable, "-m", "compileall", "-q", str(tree / "checker")]
        subprocess.run(command, check=True)
    bytecode = "with bytecode" if args.compile else "bytecode as found"
    print(f"median of {args.runs} runs ({bytecode}), seconds; trees run in turn:")
    with tempfile.TemporaryDirectory() as scratch:
        for number, tree in enumerate(trees, 1):
            print(f"  [{number}] {tree}: imports {_imported_from(tree, Path(scratch))}")
    print(f"{'command':<26} {'tree':>4} {'wall':>7} {'fastest':>8} {'cpu':>7}")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, text in DOCUMENTS.items():
            (folder / f"{name}.md").write_text(text, encoding="utf-8")
        for label, arguments in commands(folder).items():
            runs = _interleaved(arguments, trees, args.runs, folder, label.endswith(COLD))
            for number, tree in enumerate(trees, 1):
                walls = [wall for wall, _ in runs[tree]]
                cpu = statistics.median(cpu for _, cpu in runs[tree])
                wall, fastest = statistics.median(walls), min(walls)
                print(f"{label:<26} {number:>4} {wall:7.3f} {fastest:8.3f} {cpu:7.3f}")
    return 0


def _imported_from(tree: Path, folder: Path) -> str:
    """The file `import checker` loads with `tree` on PYTHONPATH (it should be in `tree`)."""
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    probe = [sys.executable, "-c", "import checker; print(checker.__file__)"]
    result = subprocess.run(probe, env=environment, cwd=folder, capture_output=True, text=True)
    return result.stdout.strip() or result.stderr.strip()


def _interleaved(
    arguments: list[str], trees: list[Path], runs: int, folder: Path, cold: bool
) -> dict[Path, list[tuple[float, float]]]:
    """Wall and CPU seconds of `runs` runs per tree, the trees taking turns (a load that
    comes and goes then weighs on each tree alike), each tree with its own cache folder; an
    untimed run first leaves the folder as a previous run would, unless `cold` empties it
    before every run."""
    timings: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in trees}
    caches = {tree: folder / f"cache-{number}" for number, tree in enumerate(trees)}
    for tree in trees:
        timed(arguments, _environment(tree, caches[tree]), folder)
    for _ in range(runs):
        for tree in trees:
            if cold:
                shutil.rmtree(caches[tree], ignore_errors=True)
            timings[tree].append(timed(arguments, _environment(tree, caches[tree]), folder))
    return timings


def _environment(tree: Path, cache: Path) -> dict[str, str]:
    """The environment of a timed run: `tree` first on the path, `cache` the cache folder."""
    return {**os.environ, "PYTHONPATH": str(tree), CACHE_DIR_VARIABLE: str(cache)}


if __name__ == "__main__":
    raise SystemExit(main())
