"""Setting a run's long-lived results aside from the garbage collector while the run lasts.

A run keeps what it has found (documents, a million figures' claims, the fact table, the
findings) to its end, and every full collection would traverse all of it again: a cost that
grows faster than the corpus. `set_aside` freezes what is tracked so far (`gc.freeze`);
objects no longer referenced are still freed, and everything is handed back to the
collector when the run ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Allowed(threading.local):
    """Whether this thread's run may set objects aside."""

    value = False


_ALLOWED = _Allowed()


@contextmanager
def results_set_aside() -> Iterator[None]:
    """A run during which `set_aside` freezes what is tracked, unfrozen when it ends. Nothing
    is set aside when the process already froze objects of its own, which the run must not
    hand back."""
    if gc.get_freeze_count() or _ALLOWED.value:
        yield
        return
    _ALLOWED.value = True
    try:
        yield
    finally:
        _ALLOWED.value = False
        gc.unfreeze()


def set_aside() -> None:
    """Every object tracked so far left alone by the garbage collector until the run ends
    (inside `results_set_aside`; nothing otherwise)."""
    if _ALLOWED.value:
        gc.freeze()
