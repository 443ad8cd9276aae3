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
    """A run during which `set_aside` freezes what is tracked. When it ends, everything is
    unfrozen, unless the process had frozen objects of its own before (the command line
    freezes what its imports made): those must stay frozen, and what the run set aside
    stays frozen with them (freed all the same when no longer referenced; a run makes no
    cyclic garbage that would need the collector)."""
    if _ALLOWED.value:
        yield
        return
    owned = gc.get_freeze_count() == 0
    _ALLOWED.value = True
    try:
        yield
    finally:
        _ALLOWED.value = False
        if owned:
            gc.unfreeze()


def set_aside() -> None:
    """Every object tracked so far left alone by the garbage collector (inside
    `results_set_aside`; nothing otherwise)."""
    if _ALLOWED.value:
        gc.freeze()
