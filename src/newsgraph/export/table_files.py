"""Writing table rows: CSV, TSV, JSON Lines or Parquet files, and pandas DataFrames.

The rows come from :mod:`newsgraph.export.tables` (:func:`~newsgraph.export.tables.event_rows`,
:func:`~newsgraph.export.tables.official_rows`), which re-exports these names.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from newsgraph.errors import ConfigError

__all__ = ["TABLE_FORMATS", "as_frame", "write_table"]

#: Formats :func:`write_table` writes.
TABLE_FORMATS = ("csv", "tsv", "jsonl", "parquet")

_FLOAT = frozenset({"latitude", "longitude"})
_INT = frozenset({"n_reports", "killed", "injured", "arrested"})
_TSV_SPACES = str.maketrans({"\t": " ", "\r": " ", "\n": " "})


def as_frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> Any:
    """A pandas DataFrame of ``rows`` (with ``columns`` even when empty), or ``rows`` without pandas.

    Examples:
        >>> out = as_frame([{"a": 1}], ["a"])
        >>> list(out["a"]) if not isinstance(out, list) else [r["a"] for r in out]
        [1]
    """
    try:
        import pandas as pd
    except ImportError:
        return rows
    return pd.DataFrame(rows, columns=list(columns))


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ConfigError("Parquet output needs pyarrow: pip install 'newsgraph[analysis]' "
                          "(or pip install pyarrow)") from None
    return pyarrow


def write_table(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], fmt: str,
    out: str | os.PathLike[str] | IO[bytes],
) -> None:
    """Write ``rows`` as CSV, TSV, JSON Lines (UTF-8) or Parquet to a path or a binary stream.

    TSV replaces tabs and line breaks inside values by spaces. Parquet keeps
    ``latitude``/``longitude`` as doubles and ``n_reports`` as integers.

    Raises:
        ConfigError: for an unknown format, or Parquet without pyarrow.

    Examples:
        >>> buf = io.BytesIO()
        >>> write_table([{"a": "x\\ty", "n_reports": 2}], ["a", "n_reports"], "tsv", buf)
        >>> buf.getvalue().decode()
        'a\\tn_reports\\nx y\\t2\\n'
    """
    if fmt not in TABLE_FORMATS:
        raise ConfigError(f"unknown table format {fmt!r}; use one of {', '.join(TABLE_FORMATS)}")
    rows = list(rows)
    if fmt == "parquet":
        pa = _pyarrow()
        schema = pa.schema([(c, pa.float64() if c in _FLOAT else pa.int64() if c in _INT else pa.string())
                            for c in columns])
        table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows], schema=schema)
        sink = out if not isinstance(out, (str, os.PathLike)) else os.fspath(out)
        pa.parquet.write_table(table, sink)
        return
    if fmt == "jsonl":
        text = "".join(json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False) + "\n" for r in rows)
    else:
        buf = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buf, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([_cell(r.get(c)) for c in columns] for r in rows)
        else:
            buf.write("\t".join(columns) + "\n")
            for r in rows:
                cells = (_cell(r.get(c)).translate(_TSV_SPACES) for c in columns)
                buf.write("\t".join(cells) + "\n")
        text = buf.getvalue()
    data = text.encode("utf-8")
    if isinstance(out, (str, os.PathLike)):
        Path(out).write_bytes(data)
    else:
        out.write(data)
