"""A time limit per document and stage, so that no input can make a run hang; skip reasons.

The limit is a real-time timer (SIGALRM) whose handler raises `OverBudget` in the code that
is running, including inside a long `regex` match (the `regex` module checks for signals
while it matches). Where there is no such timer (Windows, or a thread other than the main
one) the work runs without a limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

DEFAULT_SECONDS = 30.0
# After the limit the timer keeps firing at this interval until the work stops: an OverBudget
# raised where Python cannot pass it on (a garbage-collector callback, a __del__) is lost,
# and the next one ends the work.
REFIRE_SECONDS = 0.5


class OverBudget(BaseException):
    """The time limit ran out. A BaseException, so no `except Exception` in a stage swallows it."""


def can_limit() -> bool:
    """Whether this process and thread can set the real-time timer."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget in the body once `seconds` have passed; no limit when None or 0."""
    if not seconds or not can_limit():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _over_budget)
    signal.setitimer(signal.ITIMER_REAL, seconds, REFIRE_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _over_budget(signum: int, frame: FrameType | None) -> None:
    raise OverBudget


def over_budget_reason(seconds: float, stage: str) -> str:
    """The reason shown for a document skipped by the time limit."""
    return f"took longer than the {seconds:g} s time limit per document ({stage}); not checked"


def internal_error_reason(stage: str, error: Exception) -> str:
    """'internal error in STAGE: Type: message', on one line and at most about 200 characters."""
    message = " ".join(f"{type(error).__name__}: {error}".split())
    if len(message) > 200:
        message = message[:199] + "…"
    return f"internal error in {stage}: {message}"
