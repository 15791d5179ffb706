"""newsgraph.malloc: glibc's thresholds set once, unless the user set them in the environment."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

_CALL = "from newsgraph.malloc import keep_freed_memory as k; print(k(), k())"


def _run(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    out = subprocess.run([sys.executable, "-c", _CALL], env={**clean, **env}, capture_output=True, text=True)
    return out.stdout.strip()


@pytest.mark.skipif(sys.platform != "linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_thresholds_are_set_on_glibc() -> None:
    assert _run() == "True True"


def test_the_users_environment_wins() -> None:
    assert _run(MALLOC_TRIM_THRESHOLD_="131072") == "False False"
    assert _run(MALLOC_MMAP_THRESHOLD_="131072") == "False False"
