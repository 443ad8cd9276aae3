"""Benchmark: extraction throughput and whole-pipeline speed on a synthetic corpus.

Usage: python bench/benchmark.py [--copies N] [--jobs N]

The corpus is the seed articles (and the development corpus when ../shared is beside
the clone) copied N times into a temporary folder. Prints characters per second for
extraction alone and documents per second for the whole check.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from checker.api import check
from checker.extract import extract_mentions

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "docs"]


def source_files() -> list[Path]:
    return [p for folder in SOURCES if folder.is_dir() for p in sorted(folder.iterdir())]


def build_corpus(target: Path, copies: int) -> int:
    files = source_files()
    for copy in range(copies):
        folder = target / f"copy{copy:04d}"
        folder.mkdir(parents=True)
        for path in files:
            shutil.copy(path, folder / path.name)
    return copies * len(files)


def extraction_rate(rounds: int = 5) -> float:
    texts = [p.read_text(encoding="utf-8") for p in source_files()]
    characters = sum(len(t) for t in texts) * rounds
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            extract_mentions(text)
    return characters / (time.perf_counter() - started)


def pipeline_rate(folder: Path, documents: int, jobs: int) -> tuple[float, int]:
    started = time.perf_counter()
    result = check([folder], jobs=jobs, fail_on="never")
    elapsed = time.perf_counter() - started
    return documents / elapsed, len(result.claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    print(f"extraction alone: {extraction_rate():,.0f} characters/s")
    with tempfile.TemporaryDirectory() as tmp:
        documents = build_corpus(Path(tmp), args.copies)
        for jobs in sorted({1, args.jobs}):
            rate, figures = pipeline_rate(Path(tmp), documents, jobs)
            print(
                f"whole check, --jobs {jobs}: {documents} documents, {figures} figures, "
                f"{rate:,.1f} documents/s"
            )


if __name__ == "__main__":
    main()
