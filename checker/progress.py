"""A progress bar on standard error for long runs, shown only to a person at a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

MIN_DOCUMENTS = 50

Item = TypeVar("Item")


def tracked(items: Iterable[Item], total: int) -> Iterator[Item]:
    """`items`, with a bar on standard error when it is a terminal and there are more than
    MIN_DOCUMENTS of them; the bar is erased when the work is done."""
    if total <= MIN_DOCUMENTS or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import track

    console = Console(file=sys.stderr, highlight=False)
    yield from track(
        items, total=total, description="Checking documents", console=console, transient=True
    )
