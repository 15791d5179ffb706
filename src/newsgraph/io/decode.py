"""Turn the bytes of an input file into text, or say clearly why not.

newsgraph reads UTF-8. A byte-order mark selects UTF-8, UTF-16 or UTF-32
instead. Anything else that is not valid UTF-8 is refused with an
:class:`~newsgraph.errors.InputError` that names the file and, where the
bytes look like a known legacy encoding, the ``iconv`` command that fixes it.
Files with NUL bytes, or mostly control bytes, are refused as binary.

Examples:
    >>> decode_bytes("مرحبا".encode("utf-8"), "a.txt")
    'مرحبا'
    >>> decode_bytes(b"\\xef\\xbb\\xbfhello", "a.txt")
    'hello'
    >>> decode_bytes("hé".encode("utf-16"), "a.txt")
    'hé'
    >>> try:
    ...     decode_bytes(b"caf\\xe9 au lait", "a.txt")
    ... except InputError as err:
    ...     print(err.message.replace("; ", ";\\n"))
    not UTF-8 (bad byte at offset 3);
    looks like Latin-1/cp1252;
    re-encode as UTF-8, e.g. iconv -f latin1 -t utf-8 a.txt > a.utf8.txt
"""

from __future__ import annotations

import codecs
import shlex
from pathlib import PurePath

from newsgraph.errors import InputError

__all__ = ["decode_bytes", "check_not_binary", "SNIFF_BYTES"]

#: How many leading bytes are inspected for NUL and control bytes.
SNIFF_BYTES = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that are control characters in every ASCII-based encoding (tab, LF, FF, CR excluded).
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}
#: The same bytes, for ``bytes.translate`` to delete (counting them in C, not byte by byte).
_CONTROL_BYTES = bytes(sorted(_CONTROL))


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def check_not_binary(head: bytes, path: str) -> None:
    """Raise :class:`InputError` when ``head`` (the first bytes of a file) looks binary.

    A NUL byte, or more than 10% control bytes, means binary. Call it only
    on files without a UTF-16/32 byte-order mark, whose text has NUL bytes.

    Examples:
        >>> check_not_binary(b"plain text", "a.txt")
        >>> check_not_binary(b"PK\\x03\\x04\\x00\\x00", "a.txt")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsgraph.errors.InputError: a.txt: binary file (contains NUL bytes), not text; ...
    """
    sample = head[:SNIFF_BYTES]
    if b"\x00" in sample:
        raise InputError(
            "binary file (contains NUL bytes), not text; give a UTF-8 .txt, .html or .jsonl file "
            "(a UTF-16 file needs a byte-order mark)",
            path=path,
        )
    if sample and (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample) > 0.10:
        raise InputError(
            "binary file (mostly control bytes), not text; give a UTF-8 .txt, .html or .jsonl file",
            path=path,
        )


def _legacy_hint(data: bytes, path: str) -> str:
    """Say which legacy encoding ``data`` most likely is in, with the fix."""
    high = [b for b in data[:SNIFF_BYTES] if b >= 0x80]
    src = PurePath(path)
    out = shlex.quote(str(src.with_name(f"{src.stem}.utf8{src.suffix}")))
    fix = "re-encode as UTF-8, e.g. iconv -f {enc} -t utf-8 " + shlex.quote(path) + " > " + out
    # In Windows-1256 half of the Arabic letters are bytes 0xC1-0xDF, where
    # Latin-1 has capital accented letters, which are rare in running text.
    upper = sum(0xC1 <= b <= 0xDF for b in high)
    if len(high) >= 20 and upper / len(high) > 0.4:
        return "looks like Windows-1256 (Arabic); " + fix.format(enc="windows-1256")
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "the encoding is not recognised; " + fix.format(enc="ENCODING")
    return "looks like Latin-1/cp1252; " + fix.format(enc="latin1")


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a whole file: BOM-marked UTF-8/16/32, else strict UTF-8.

    Args:
        data: the file's bytes.
        path: the file name, used in error messages.

    Returns:
        The text, without a byte-order mark. Line ends are left as they are.

    Raises:
        InputError: binary data, or text that is not UTF-8 (with a hint).
    """
    bom = _bom_encoding(data)
    if bom is not None:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as err:
            raise InputError(
                f"starts with a {bom.upper().replace('-SIG', '')} byte-order mark but is not valid "
                f"{bom.replace('-sig', '').upper()} (bad bytes at offset {err.start}); re-save it as UTF-8",
                path=path,
            ) from None
    check_not_binary(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not UTF-8 (bad byte at offset {err.start}); {_legacy_hint(data, path)}", path=path
        ) from None
