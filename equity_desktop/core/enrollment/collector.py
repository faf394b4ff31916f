"""Python's cycle collector held back while a state file's results are built.

Measuring 100,000 schools makes some three million objects, none of them in a reference cycle. The collector
wakes every few hundred new objects and, as they pile up, looks through all of them again and again: a third
of the time of measure_table, and more than half of building the screening list, went to it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside the block (as it was before: a block inside another changes nothing)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
