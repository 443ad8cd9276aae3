"""Adversarial inputs take linear time: 10x the input takes less than 15x as long, per stage.

A ratio, never an absolute time: the machine is shared. Each stage is timed on a 5 KB and a
50 KB input made of one repeated unit (a digit run, "1,1,1", "$$$", ...), each the best of
several runs in the process's own CPU time with the garbage collector paused. A pattern that
restarts inside a run shows as 100x for 10x the input at any size, so the small sizes keep
the suite fast. A ratio over the limit is measured again (`RETRIES`) and the least kept: a
disturbance does not last, and a quadratic stage fails every time.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from checker.budget import can_limit, time_limit
from checker.corpus import find_document_date, html_to_plain
from checker.extract import extract_mentions
from checker.link import link_document
from checker.model import Document

SMALL, LARGE = 5_000, 50_000
MAX_RATIO = 15
# Below 10 ms a timing measures the interpreter's caches and start-up, not the algorithm:
# 2 ms on 10 KB then 40 ms on 100 KB, but 150 ms on 300 KB (linear from there).
FLOOR_SECONDS = 0.01
LARGE_LIMIT = 60  # seconds: a stage slower than this on the large input fails rather than hangs
# Measurements over the limit taken again, the least kept: a linear stage measured 10-13x
# alone, and 15-16x twice in a row while a benchmark ran on both cores.
RETRIES = 2

UNITS = {
    "digit-run": "9",
    "comma-list": "1,",
    "spaced-thousands": "1 000 ",
    "dollar-signs": "$",
    "dollar-ones": "$1 ",
    "dollar-thousands": "$1,000,",
    "billion-billion": "billion ",
    "capitalised-words": "Acme ",
    "definite-figures": "Orbix's profit for 2024 was £1bn. The £1.2bn profit of Orbix rose. ",
    "small-bids": "Orbix turned down a £46 bid. ",
    "nested-parentheses": "(",
    "chinese-digits": "一二三四五六七八九十百千万亿",
    "html-unclosed-tags": "<p",
    "html-unclosed-quotes": '<a title="',
    "html-many-tags": "<div>",
    "html-unclosed-title": "<title>",
}
# Units timed for extraction only: money-like fragments no other stage reads differently.
EXTRACT_UNITS = {
    "dollar-then-digits": "$" + "9" * 50 + " ",
    "dollar-thousands-unclosed": "$1,000",
    "letters-and-digits": "a1 ",
    "indian-groups": "12,34,",
    "decimal-dots": "1.2.",
    "invisible-characters": "$2\u200b8\u2060",
    "wire-amounts": "1.5 mln dlrs vs ",
    "full-width-digits": "＄２８，",
    "results-table-rows": "Net 1.5 mln vs 1.2 mln\nYear\n",
    "lakh-crore": "Rs 1 lakh crore ",
}


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _read(text: str) -> object:
    plain, _ = html_to_plain(text)
    return find_document_date(text, plain, is_html=True)


def _extract(text: str) -> object:
    return extract_mentions(text, "x.html")


def _link_stage(text: str) -> Callable[[], object]:
    """Linking alone: the mentions are found before the clock starts."""
    mentions = extract_mentions(text, "x.txt")
    document = Document(path="x.txt", text=text, plain=text, encoding="utf-8")
    return lambda: link_document(document, mentions, first_id=1)


def _seconds(run: Callable[[], object], repeat: int) -> float:
    """The least CPU time of `repeat` runs. CPU time, not wall time: on a shared machine the
    other processes' turns would count in wall time and move the ratio by several points;
    the best of several runs leaves out what still disturbs one (caches, page faults). The
    garbage collector is paused, since its passes grow with every object alive, not with
    the text."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.process_time()
            run()
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def _ratio(stage: str, unit: str) -> float:
    small, large = _fill(unit, SMALL), _fill(unit, LARGE)
    if stage == "link":
        small_run, large_run = _link_stage(small), _link_stage(large)
    else:
        function = _read if stage == "read" else _extract
        small_run, large_run = (lambda: function(small)), (lambda: function(large))
    small_seconds = _seconds(small_run, 5)
    with time_limit(LARGE_LIMIT):
        large_seconds = _seconds(large_run, 3 if small_seconds < 0.05 else 2)
    return large_seconds / max(small_seconds, FLOOR_SECONDS)


@pytest.mark.skipif(not can_limit(), reason="needs the real-time timer to bound a hang")
@pytest.mark.parametrize(
    ("stage", "name"),
    [
        pytest.param(stage, name, id=f"{stage}-{name}")
        for stage in ("read", "extract", "link")
        for name in UNITS
    ]
    + [pytest.param("extract", name, id=f"extract-{name}") for name in EXTRACT_UNITS],
)
def test_ten_times_the_input_takes_less_than_fifteen_times_as_long(stage: str, name: str) -> None:
    unit = UNITS.get(name) or EXTRACT_UNITS[name]
    ratio = _ratio(stage, unit)
    for _ in range(RETRIES):
        if ratio < MAX_RATIO:
            break
        ratio = min(ratio, _ratio(stage, unit))
    assert ratio < MAX_RATIO, f"{stage} on {name}: 10x the input took {ratio:.1f}x as long"


@pytest.mark.skipif(not can_limit(), reason="needs the real-time timer to bound a hang")
def test_a_line_of_blanks_before_the_first_line_end_links_in_linear_time() -> None:
    """A headline is looked for after leading blanks (checker/link/places.py): before they were
    taken possessively, a 5 KB line of them before one line end took minutes."""
    small, large = (" \t" * (size // 2) + "Acme raised $1 billion\n" for size in (SMALL, LARGE))
    ratio = _least_link_ratio(small, large)
    assert ratio < MAX_RATIO, f"10x the blanks took {ratio:.1f}x as long"


@pytest.mark.skipif(not can_limit(), reason="needs the real-time timer to bound a hang")
def test_a_long_markdown_table_row_links_in_linear_time() -> None:
    """Each cell of a table row is found among the row's pipes, read once per row: reading
    the row again for every figure took 32x the time for 10x the row."""
    small, large = (
        "| a | b |\n|---|---|\n" + "| $1 " * (size // 5) + "|\n" for size in (SMALL, LARGE)
    )
    ratio = _least_link_ratio(small, large)
    assert ratio < MAX_RATIO, f"10x the row took {ratio:.1f}x as long"


def _least_link_ratio(small: str, large: str) -> float:
    """The linking stage's time on `large` over its time on `small`, measured again while
    over the limit (at most RETRIES more times), the least kept: a busy machine slows one
    measurement, not the stage."""
    ratio = float("inf")
    for _ in range(RETRIES + 1):
        with time_limit(LARGE_LIMIT):
            measured = _seconds(_link_stage(large), 2) / max(
                _seconds(_link_stage(small), 5), FLOOR_SECONDS
            )
        ratio = min(ratio, measured)
        if ratio < MAX_RATIO:
            break
    return ratio
