"""Scale benchmark: generated news-like corpora of growing size, checked end to end.

Usage:
  python bench/scale.py [--sizes 1000,10000] [--jobs 1] [--dense] [--keep DIR]
  python bench/scale.py --measure FOLDER --jobs N [--no-cache]    (one run, JSON on stdout)

Each corpus has documents of about 4 KB written from sentence templates: companies drawn
from a skewed (Zipf-like) distribution so that the same companies recur across documents,
several currencies and periods, restatements in a second currency, and a planted conflict in
about one document in twenty (the same company, metric and year with another value).
Realistic density is 5 to 15 figures per document; `--dense` packs about 40.

Every size is checked in a fresh process, so CPU time (user + system, with the pool's
workers) and peak memory (the largest resident set of the process and its workers) belong
to that run alone. Printed per size: wall and CPU seconds, documents and MB per CPU-second,
characters per CPU-second, peak memory, figures and findings. The last line compares the
CPU growth between the two largest sizes with the growth in documents.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SYLLABLES = ("nor", "vex", "tal", "ira", "quen", "dor", "mak", "sil", "bro", "zen", "pal", "ora")
SUFFIXES = ("", " Holdings", " Group", " Labs", " Motors", " Capital", " Systems")
CURRENCIES = (("${n} {m}", "USD"), ("£{n}{s}", "GBP"), ("€{n} {m}", "EUR"), ("{n} {m} yuan", "CNY"))
MAGNITUDES = (("million", "m"), ("billion", "bn"))
METRIC_SENTENCES = (
    "{company} was valued at {money} in {period}, according to people familiar with the deal.",
    "{company} reported revenue of {money} for {period}, ahead of analysts' forecasts.",
    "In {period} {company} raised {money} in a funding round led by {investor}.",
    "{company} made a net profit of {money} in {period}, its filing showed.",
    "{investor} agreed to pay {money} for a stake in {company} in {period}.",
)
FILLER = (
    "Analysts said the market remained cautious about the sector's prospects.",
    "The company declined to comment on the figures when contacted on Tuesday.",
    "Shares in the group have moved sharply over the past twelve months.",
    "Regulators are expected to review the arrangement before the end of the year.",
    "Executives told staff that hiring would continue in the coming quarters.",
    "Rivals have been cutting prices to defend their share of the market.",
)
MONTHS = ("January", "March", "May", "July", "September", "November")
DOCUMENT_BYTES = 4000


def company_names(count: int, rng: random.Random) -> list[str]:
    """`count` distinct invented company names."""
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        names.add(word + rng.choice(SUFFIXES))
    return sorted(names)


def money_text(company: str, amount: float, magnitude: int) -> str:
    """An amount in the company's own currency, with one of the magnitude spellings."""
    template, _ = CURRENCIES[sum(map(ord, company)) % len(CURRENCIES)]
    word, short = MAGNITUDES[magnitude]
    return template.format(n=f"{amount:g}", m=word, s=short)


def true_amount(company: str, sentence: int, year: int) -> float:
    """The one value the corpus gives a company's metric for a year, so repeats agree."""
    seed = random.Random(f"{company}|{sentence}|{year}")
    return round(seed.uniform(1, 900), seed.choice((0, 1)))


def document(index: int, names: list[str], rng: random.Random, dense: bool) -> str:
    """One news-like document of about DOCUMENT_BYTES characters."""
    weights = [1 / (rank + 1) for rank in range(len(names))]
    company, investor = rng.choices(names, weights=weights, k=2)
    figures = rng.randint(30, 50) if dense else rng.randint(5, 15)
    year = rng.randint(2012, 2024)
    lines = [f"{company} in focus as investors weigh {year} results", ""]
    for figure in range(figures):
        period = f"{rng.choice(MONTHS)} {year}" if rng.random() < 0.5 else str(year)
        choice = rng.randrange(len(METRIC_SENTENCES))
        amount = true_amount(company, choice, year)
        if index % 20 == 0 and figure == 1:
            amount = round(amount * 1.4, 1)
        money = money_text(company, amount, choice % len(MAGNITUDES))
        lines.append(
            METRIC_SENTENCES[choice].format(
                company=company, investor=investor, money=money, period=period
            )
        )
        if not dense:
            lines.extend(rng.sample(FILLER, 2))
    sentences = lines[2:]
    body = [" ".join(sentences[i : i + 6]) for i in range(0, len(sentences), 6)]
    text = " ".join(body)
    padding = " ".join(rng.choice(FILLER) for _ in range(max(0, DOCUMENT_BYTES - len(text)) // 70))
    return "\n\n".join([lines[0], *body, padding]) + "\n"


def build_corpus(folder: Path, size: int, dense: bool, seed: int = 7) -> int:
    """Write `size` documents under `folder` (100 per subfolder); their total characters."""
    rng = random.Random(seed)
    names = company_names(max(20, size // 10), rng)
    characters = 0
    for index in range(size):
        target = folder / f"part{index // 100:05d}" / f"doc{index:07d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = document(index, names, rng, dense)
        target.write_text(text, encoding="utf-8")
        characters += len(text)
    return characters


def measure(folder: Path, jobs: int, cache: Path | None) -> dict[str, float]:
    """Check `folder` in this process; wall, CPU (with workers), peak memory, counts."""
    from checker.api import check

    started = time.perf_counter()
    result = check([folder], jobs=jobs, fail_on="never", cache=cache or False)
    wall = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall": wall,
        "cpu": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime,
        "peak_mb": max(own.ru_maxrss, workers.ru_maxrss) / 1024,
        "documents": len(result.documents),
        "figures": len(result.claims),
        "findings": len(result.findings),
    }


def run_size(folder: Path, jobs: int, extra: list[str]) -> dict[str, float]:
    """`measure` in a fresh interpreter, so each size's CPU and memory are its own."""
    argv = [sys.executable, __file__, "--measure", str(folder), "--jobs", str(jobs), *extra]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def print_row(size: int, row: dict[str, float], characters: int, label: str = "") -> None:
    """One size's line: times, rates, memory and counts."""
    print(
        f"{size:>7} docs{f' ({label})' if label else ''}: wall {row['wall']:.1f} s, "
        f"CPU {row['cpu']:.1f} s, {row['documents'] / row['cpu']:.0f} docs/CPU-s, "
        f"{characters / 1e6 / row['cpu']:.2f} MB/CPU-s, "
        f"{characters / row['cpu']:,.0f} chars/CPU-s, peak {row['peak_mb']:.0f} MB, "
        f"{row['figures']:.0f} figures, {row['findings']:.0f} findings",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--dense", action="store_true")
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    parser.add_argument(
        "--warm", action="store_true", help="also time a re-run that reads the per-file cache"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.jobs, args.cache)))
        return 0
    sizes = [int(size) for size in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        for size in sizes:
            folder = base / f"{'dense' if args.dense else 'news'}-{size}"
            characters = build_corpus(folder, size, args.dense)
            row = run_size(folder, args.jobs, [])
            rows.append(row)
            print_row(size, row, characters)
            if args.warm:
                cache = ["--cache", str(base / f"cache-{size}")]
                run_size(folder, args.jobs, cache)
                print_row(size, run_size(folder, args.jobs, cache), characters, "warm cache")
    if len(rows) >= 2:
        small, large = rows[-2], rows[-1]
        print(
            f"growth {sizes[-2]} -> {sizes[-1]}: documents x{sizes[-1] / sizes[-2]:.1f}, "
            f"CPU x{large['cpu'] / small['cpu']:.1f}, peak memory x"
            f"{large['peak_mb'] / small['peak_mb']:.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
