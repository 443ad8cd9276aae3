"""Extraction reads adversarial runs in linear time: 10x the input takes under 15x as long."""

from __future__ import annotations

import gc
import time

import pytest

from checker.extract import extract_mentions

# Each unit is repeated to about 10 KB and 100 KB; the ratio of the times is what is pinned.
ADVERSARIAL_UNITS: dict[str, str] = {
    "dollar then digits": "$" + "9" * 50 + " ",
    "thousands groups": "$1,000",
    "bare digit groups": "1,1,",
    "spaced thousands": "1 000 ",
    "dollar signs": "$",
    "magnitudes": "billion ",
    "letters and digits": "a1 ",
    "Indian groups": "12,34,",
    "decimal dots": "1.2.",
    "invisible characters": "$2\u200b8\u2060",
    "wire amounts": "1.5 mln dlrs vs ",
    "full-width digits": "＄２８，",
    "results table rows": "Net 1.5 mln vs 1.2 mln\nYear\n",
    "lakh crore": "Rs 1 lakh crore ",
}


# Below this many seconds a run measures the timer and the caches, not the patterns.
TIMER_FLOOR = 0.01


def _seconds(text: str, runs: int) -> float:
    """The best of `runs` timings, so that a busy machine's pauses do not count; the garbage
    collector is paused, since its passes grow with every object alive, not with the text."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.perf_counter()
            extract_mentions(text)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("unit", list(ADVERSARIAL_UNITS.values()), ids=list(ADVERSARIAL_UNITS))
def test_ten_times_the_input_takes_less_than_fifteen_times_as_long(unit: str) -> None:
    small = unit * (10_000 // len(unit))
    large = unit * (100_000 // len(unit))
    small_time, large_time = _seconds(small, runs=5), _seconds(large, runs=3)
    assert large_time / max(small_time, TIMER_FLOOR) < 15
