"""Scale benchmark: generated news-like corpora of growing size, checked end to end.

Usage:
  python bench/scale.py [--sizes 1000,10000] [--jobs 1] [--compare-jobs 2] [--dense]
                        [--keep DIR] [--warm] [--no-peers]
  python bench/scale.py --sizes 1000,10000,100000     (the 100,000-document corpus too)
  python bench/scale.py --measure FOLDER --jobs N     (one run, JSON on stdout)

Each corpus has documents of about 4 KB written from sentence templates: companies drawn
from a skewed (Zipf-like) distribution so that the same companies recur across documents,
several currencies and periods, restatements in a second currency, and a planted conflict in
about one document in twenty (the same company, metric and year with another value).
Realistic density is 5 to 15 figures per document; `--dense` packs about 40.

Every size is checked in a fresh process, so CPU time (user + system, with the pool's
workers) and peak memory (the largest resident set of the process and its workers) belong
to that run alone. Printed per size: wall and CPU seconds, documents and MB per CPU-second,
characters per CPU-second, peak memory, figures and findings. The last line compares the
CPU growth between the two largest sizes with the growth in documents. `--compare-jobs N`
also checks each size with N worker processes and prints the wall-time speedup.

In the same run, on a 1 MB sample of the first corpus, the characters per CPU-second of
reading and decoding the files (the floor), check-figures' extraction alone, check-figures
end to end (after its imports, as the peers' are left out too), and the two peer
libraries on the same text, each document passed whole:
quantulum3 (`parser.parse`) and Recognizers-Text's currency model (`recognize_currency`),
printed with the ratios between them. The peers are optional benchmark dependencies
(`pip install quantulum3 recognizers-text-suite 'emoji<2'`); a peer that is not installed
is named and skipped.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from itertools import accumulate
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
SAMPLE_CHARACTERS = 1_000_000
PEER_INSTALL = "pip install quantulum3 recognizers-text-suite 'emoji<2'"


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


def zipf_weights(count: int) -> list[float]:
    """Cumulative weights 1/rank over `count` names, for `random.choices(cum_weights=...)`:
    the same draws as its `weights=`, without summing them again for every document."""
    return list(accumulate(1 / (rank + 1) for rank in range(count)))


def document(
    index: int, names: list[str], weights: Sequence[float], rng: random.Random, dense: bool
) -> str:
    """One news-like document of about DOCUMENT_BYTES characters; `weights` are the names'
    cumulative weights (`zipf_weights`)."""
    company, investor = rng.choices(names, cum_weights=weights, k=2)
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
    weights = zipf_weights(len(names))
    characters = 0
    for index in range(size):
        target = folder / f"part{index // 100:05d}" / f"doc{index:07d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = document(index, names, weights, rng, dense)
        target.write_text(text, encoding="utf-8")
        characters += len(text)
    return characters


def measure(folder: Path, jobs: int, cache: Path | None) -> dict[str, float]:
    """Check `folder` in this process; wall, CPU (with workers; also without the CPU of
    importing the checker), peak memory, counts."""
    from checker.api import check

    imported = time.process_time()
    started = time.perf_counter()
    result = check([folder], jobs=jobs, fail_on="never", cache=cache or False)
    wall = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
    return {
        "wall": wall,
        "cpu": cpu,
        "cpu_after_import": cpu - imported,
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


def sample_files(folder: Path, characters: int) -> list[Path]:
    """The first documents of a corpus, in path order, up to `characters` characters."""
    chosen, total = [], 0
    for path in sorted(folder.rglob("*.txt")):
        if total >= characters:
            break
        chosen.append(path)
        total += len(path.read_text(encoding="utf-8"))
    return chosen


def cpu_rate(work: Callable[[], int], minimum: float = 1.0) -> float:
    """Characters per CPU-second of `work` (which returns the characters it read), repeated
    until it has used `minimum` CPU-seconds."""
    characters, started = 0, time.process_time()
    while True:
        characters += work()
        spent = time.process_time() - started
        if spent >= minimum:
            return characters / spent


def decode_floor(paths: list[Path]) -> Callable[[], int]:
    """Reading and decoding the sample's files: what any tool pays."""
    return lambda: sum(len(path.read_bytes().decode("utf-8")) for path in paths)


def each_text(texts: list[str], read: Callable[[str], object]) -> Callable[[], int]:
    """`read` applied to every text of the sample, one document at a time."""

    def work() -> int:
        for text in texts:
            read(text)
        return sum(map(len, texts))

    return work


def peer_readers() -> dict[str, Callable[[str], object] | str]:
    """Each peer's reader, or why it cannot run (not installed)."""
    readers: dict[str, Callable[[str], object] | str] = {}
    try:
        from quantulum3 import parser

        readers["quantulum3"] = parser.parse
    except ImportError as error:
        readers["quantulum3"] = f"not installed ({error})"
    try:
        from recognizers_number_with_unit import recognize_currency
        from recognizers_text import Culture

        readers["Recognizers-Text currency model"] = lambda text: recognize_currency(
            text, Culture.English
        )
    except ImportError as error:
        readers["Recognizers-Text currency model"] = f"not installed ({error})"
    return readers


def compare_peers(folder: Path, scratch: Path) -> None:
    """Floor, extraction, end to end and the peers on one 1 MB sample, with the ratios."""
    from checker.extract import extract_mentions

    paths = sample_files(folder, SAMPLE_CHARACTERS)
    texts = [path.read_text(encoding="utf-8") for path in paths]
    characters = sum(map(len, texts))
    copy = scratch / "sample"
    copy.mkdir(parents=True, exist_ok=True)
    for path in paths:
        shutil.copy(path, copy / path.name)
    whole = run_size(copy, 1, [])
    rates: dict[str, float | str] = {
        "reading and decoding the files (the floor)": cpu_rate(decode_floor(paths)),
        "check-figures extraction alone": cpu_rate(each_text(texts, extract_mentions)),
        "check-figures end to end, --jobs 1": characters / whole["cpu_after_import"],
    }
    for name, reader in peer_readers().items():
        if isinstance(reader, str):
            rates[name] = reader
            continue
        reader(texts[0][:200])
        rates[name] = cpu_rate(each_text(texts, reader), minimum=0.0)
    print_peers(rates, len(paths), characters)


def print_peers(rates: dict[str, float | str], documents: int, characters: int) -> None:
    """The sample's rates, each of ours with its ratio to every peer that ran."""
    print(f"sample: {documents} documents, {characters:,} characters; characters per CPU-second:")
    peers = {
        name: rate
        for name, rate in rates.items()
        if not name.startswith(("check-figures", "reading")) and isinstance(rate, float)
    }
    floor = rates["reading and decoding the files (the floor)"]
    for name, rate in rates.items():
        if isinstance(rate, str):
            print(f"  {name}: {rate}; {PEER_INSTALL}")
            continue
        ratios = []
        if name.startswith("check-figures"):
            ratios = [f"{rate / peer:.1f}x {peer_name}" for peer_name, peer in peers.items()]
            ratios.append(f"the floor is {floor / rate:,.0f}x faster")
        extra = f" ({', '.join(ratios)})" if ratios else ""
        print(f"  {name}: {rate:,.0f}{extra}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--compare-jobs", type=int, metavar="N", help="also check each size with N processes"
    )
    parser.add_argument("--dense", action="store_true")
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    parser.add_argument(
        "--warm", action="store_true", help="also time a re-run that reads the per-file cache"
    )
    parser.add_argument(
        "--no-peers", action="store_true", help="skip the 1 MB comparison with the peers"
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
            if args.compare_jobs:
                other = run_size(folder, args.compare_jobs, [])
                print_row(size, other, characters, f"--jobs {args.compare_jobs}")
                print(f"        wall speedup x{row['wall'] / other['wall']:.2f}", flush=True)
            if args.warm:
                cache = ["--cache", str(base / f"cache-{size}")]
                run_size(folder, args.jobs, cache)
                print_row(size, run_size(folder, args.jobs, cache), characters, "warm cache")
            if size == sizes[0] and not args.no_peers:
                compare_peers(folder, Path(scratch))
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
