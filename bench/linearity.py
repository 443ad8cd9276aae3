"""Benchmark: the cross-document stages (fact table and rules) on synthetic figures.

Usage: python bench/linearity.py [--small N] [--factor K]

Builds N documents of ten figures each, and K times as many, about companies that recur
across documents (as a news archive does), with some figures contradicting each other.
Times the fact table and every rule on both in the same run and prints the ratio; a
linear design gives a ratio near K, an all-pairs design one near K squared.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from checker.checks import CheckContext
from checker.engine import load_rules, run_rules
from checker.facts import build_fact_table
from checker.model import Claim, Document, Evidence, Mention, Relation

FIGURES_PER_DOCUMENT = 10
# A first, small run pays the one-time costs (imports, rate tables, pattern compiles) that
# would otherwise weigh on the small timed run only.
WARM_UP_DOCUMENTS = 20
# Every synthetic figure states its company, metric and period in its own clause.
STATED = tuple((name, Evidence("synthetic")) for name in ("entity", "metric", "period"))
METRICS = ("valuation", "revenue", "profit", "funding", "investment")


@dataclass(frozen=True)
class Timing:
    documents: int
    figures: int
    seconds: float
    findings: int


def synthetic_corpus(documents: int, seed: int = 7) -> tuple[dict[str, Document], list[Claim]]:
    """`documents` one-paragraph notes, ten figures each, about documents/4 companies."""
    rng = random.Random(seed)
    companies = [f"Company{index:06d}" for index in range(max(1, documents // 4))]
    by_path: dict[str, Document] = {}
    claims: list[Claim] = []
    for number in range(documents):
        path = f"doc{number:07d}.md"
        words, spans = [], []
        for _ in range(FIGURES_PER_DOCUMENT):
            amount = rng.choice((45, 46, 72, 76, 120, 102))
            start = sum(len(w) + 1 for w in words)
            words.append(f"${amount} billion.")
            spans.append((start, amount))
        text = "\n".join(words)
        by_path[path] = Document(path, text, text, "utf-8", date(2020, 1 + number % 12, 15))
        for start, amount in spans:
            mention = Mention(
                path,
                start,
                start + len(f"${amount} billion"),
                f"${amount} billion",
                Decimal(amount) * 10**9,
                "USD",
                ("USD",),
                precision=Decimal("0.5e9"),
            )
            claims.append(
                Claim(
                    mention,
                    f"F{len(claims) + 1}",
                    entity=rng.choice(companies),
                    metric=rng.choice(METRICS),
                    period=f"20{rng.randint(14, 19)}",
                    explicit_period=True,
                    evidence=STATED,
                )
            )
    return by_path, claims


def time_cross_document(documents: int) -> Timing:
    """CPU seconds for the fact table and all rules on a synthetic corpus of this size (CPU
    time, so that other work on the machine does not weigh on one run more than another)."""
    by_path, claims = synthetic_corpus(documents)
    rules = load_rules()
    started = time.process_time()
    facts = build_fact_table(claims, by_path)
    relations: list[Relation] = []
    findings = run_rules(rules, CheckContext(by_path, claims, relations, facts))
    return Timing(documents, len(claims), time.process_time() - started, len(findings))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=200, help="documents in the small run")
    parser.add_argument("--factor", type=int, default=10, help="how many times larger")
    args = parser.parse_args()
    time_cross_document(WARM_UP_DOCUMENTS)
    small = time_cross_document(args.small)
    large = time_cross_document(args.small * args.factor)
    for timing in (small, large):
        print(
            f"{timing.figures:>7} figures over {timing.documents:>6} documents: "
            f"{timing.seconds:7.2f} s, {timing.findings} findings"
        )
    print(f"time ratio {large.seconds / small.seconds:.1f} for {args.factor}x the figures")


if __name__ == "__main__":
    main()
