"""Keep the memory of the models' large arrays for reuse instead of returning it to the system.

The NER models allocate and free arrays of several megabytes for every batch of articles. glibc's
``malloc`` serves blocks that large with ``mmap`` and unmaps them when freed (its threshold moves,
but only up to 32 MB, and the heap is trimmed as soon as its top is free), so the next batch
faults in fresh pages, which the kernel zeroes first: ``perf`` on an Arabic extraction put the
kernel's page clearing at 6 to 8% of the NER's time. :func:`keep_freed_memory` sets the two
thresholds (``M_MMAP_THRESHOLD`` and ``M_TRIM_THRESHOLD``, the ``mallopt`` equivalents of glibc's
``MALLOC_MMAP_THRESHOLD_`` and ``MALLOC_TRIM_THRESHOLD_``) so that such blocks come from the heap
and freed memory stays there for the next batch. The process keeps its peak size instead of
shrinking between batches; the build's peak itself does not grow (README, "Speed").

The command line calls it once at start-up (the build's workers are forked, so they inherit it).
It does nothing off glibc (macOS, musl), or when either environment variable is set, which then
decides.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

__all__ = ["keep_freed_memory"]

_M_TRIM_THRESHOLD = -1  # glibc's malloc.h
_M_MMAP_THRESHOLD = -3
_ENV = {"MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_"}  # the user's own choice wins
_DONE = False


def keep_freed_memory(mmap_threshold: int = 256 << 20, trim_threshold: int = 512 << 20) -> bool:
    """Have glibc serve blocks under ``mmap_threshold`` bytes from the heap and keep up to
    ``trim_threshold`` bytes of freed heap; True when it took effect (once per process)."""
    global _DONE
    if _DONE:
        return True
    if not sys.platform.startswith("linux") or _ENV & set(os.environ):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    _DONE = bool(mallopt(_M_MMAP_THRESHOLD, mmap_threshold)) and bool(
        mallopt(_M_TRIM_THRESHOLD, trim_threshold)
    )
    return _DONE
