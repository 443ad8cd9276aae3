"""The cross-document stages stay near-linear: 10x the figures take well under 15x the CPU
time (a quadratic stage would take about 100x)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "linearity.py"


def load_benchmark():
    spec = importlib.util.spec_from_file_location("linearity", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_ten_times_the_figures_take_less_than_fifteen_times_as_long():
    benchmark = load_benchmark()
    benchmark.time_cross_document(benchmark.WARM_UP_DOCUMENTS)
    small = benchmark.time_cross_document(200)
    large = benchmark.time_cross_document(2000)

    assert (small.figures, large.figures) == (2000, 20000)
    assert large.findings > small.findings > 0
    assert large.seconds / small.seconds < 15
