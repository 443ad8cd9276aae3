"""The text model, linking and the relations take time in proportion to the text: ten times
the input takes well under fifteen times as long, even on input built to make a pattern
restart inside a run of digits or separators."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from checker.extract import extract_mentions
from checker.link import link_document
from checker.model import Document
from checker.text import read_text

SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 15
# Measurements over the limit taken again, the least kept: a linear stage measures 10-12x
# alone and more while other work shares the machine's cores.
ATTEMPTS = 3
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "a run of digits": lambda size: "1" * size,
    "a run of digits ending in a percent sign": lambda size: "1" * (size - 1) + "%",
    "digits and commas": lambda size: "1," * (size // 2),
    "digits and spaces": lambda size: "1 000 " * (size // 6),
    "digits and points": lambda size: "1." * (size // 2),
    "one sentence of stakes": lambda size: "bought 12% for $5 million " * (size // 26),
    "one sentence of a takeover's prices": lambda size: (
        "Harwick to buy Corvane\n\n" + "Harwick pays $5 million " * (size // 24)
    ),
    "stakes paid for by the sentence before": lambda size: (
        "Corvex raised $5 million. That cheque bought 12% of it. " * (size // 57)
    ),
}


def seconds_to_link(text: str) -> float:
    """The least CPU time of three runs of the text model, linking and relations on `text`
    (CPU time: on a shared machine, wall time counts the other processes' turns)."""
    # Extraction is timed by its own tests; inputs without a currency sign have no figures.
    mentions = extract_mentions(read_text(text).flat, "adversarial.txt") if "$" in text else []
    best = float("inf")
    for run in range(3):
        plain = text + " " * (run + 1)  # a text not read before, so the model is built again
        document = Document("adversarial.txt", plain, plain, "utf-8")
        started = time.process_time()
        link_document(document, mentions, first_id=1)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("make", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_ten_times_the_text_takes_less_than_fifteen_times_as_long(
    make: Callable[[int], str],
) -> None:
    ratio = float("inf")
    for _ in range(ATTEMPTS):
        small, large = seconds_to_link(make(SMALL)), seconds_to_link(make(LARGE))
        ratio = min(ratio, large / max(small, 1e-3))
        if ratio < MAX_RATIO:
            break
    assert ratio < MAX_RATIO, f"10x the text took {ratio:.1f}x as long"
