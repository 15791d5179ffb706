"""Write a build's files into an output folder so that a reader never finds a mix or a leftover.

Every file of one build (``graph.ttl`` … ``summary.json``) is first written
into a hidden staging folder inside the output folder; only when all of
them are complete are they moved over the old ones, one rename each
(``summary.json`` last, so its presence means the set is whole). A build
killed while exporting therefore leaves the previous files as they were,
plus a staging folder that the next build into that folder removes, along
with any older leftover temporary file (``.graph.ttl.XXXX.tmp``).

Two builds writing into one folder at the same time are refused: the
output folder itself is locked (``flock`` on its directory handle, no lock
file added).

Examples:
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> def write(stage):
    ...     _ = (stage / "graph.ttl").write_text("new")
    >>> _ = (out / ".graph.ttl.abc123.tmp").write_text("left by a killed build")
    >>> write_folder(out, write, {"articles": 1})
    ['graph.ttl', 'summary.json']
    >>> sorted(p.name for p in out.iterdir())
    ['graph.ttl', 'summary.json']
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import GraphError

__all__ = ["STAGING_PREFIX", "write_folder"]

#: Name prefix of the staging folder a build writes into before moving its files.
STAGING_PREFIX = ".newsgraph-staging-"
# Temporary files of io.atomic (".NAME.XXXXXXXX.tmp") for the files a build writes.
_LEFTOVER = re.compile(r"^\.(graph\.[\w.]+|summary\.json)\.[\w-]+\.tmp$")


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise GraphError("another build is writing into this folder; wait for it to end",
                                 path=str(folder)) from exc
            raise
        yield
    finally:
        os.close(fd)


def _remove_leftovers(folder: Path) -> list[str]:
    removed = []
    for entry in folder.iterdir():
        if entry.name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry.name)
        elif _LEFTOVER.match(entry.name) and entry.is_file():
            entry.unlink(missing_ok=True)
            removed.append(entry.name)
    return removed


def write_folder(out_dir: Path, write: Callable[[Path], None], summary: dict[str, Any]) -> list[str]:
    """Write a build's files into ``out_dir``, all or nothing; return the names written.

    Args:
        out_dir: the output folder (created if missing).
        write: writes the graph files into the folder it is given (the staging folder).
        summary: the build summary; written as ``summary.json`` with an ``outputs`` list.

    Raises:
        GraphError: when another build is writing into ``out_dir``.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with _locked(out_dir):
        _remove_leftovers(out_dir)
        stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
        try:
            write(stage)
            names = sorted(p.name for p in stage.iterdir() if p.is_file() and not p.name.startswith("."))
            summary = {**summary, "outputs": [n for n in names if n.startswith("graph.")]}
            (stage / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n",
                                                encoding="utf-8")
            for fh in [stage / n for n in names] + [stage / "summary.json"]:
                with open(fh, "rb") as f:
                    os.fsync(f.fileno())
            for name in names:
                os.replace(stage / name, out_dir / name)
            os.replace(stage / "summary.json", out_dir / "summary.json")
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    return sorted([*names, "summary.json"])
