"""The kind of an input, found from its content (not only its name), and reading its bytes."""

from __future__ import annotations

import os
from enum import Enum

from jpkpi.errors import DocumentError

#: Inputs larger than this are refused rather than read into memory.
MAX_INPUT_BYTES = 200 * 1024 * 1024


class SourceKind(str, Enum):
    """The kinds of input jpkpi knows."""

    PDF = "pdf"
    XLSX = "xlsx"
    XLS = "xls"
    HTML = "html"
    TEXT = "text"


def read_bytes(
    source: str | os.PathLike[str] | bytes, name: str | None = None
) -> tuple[str, bytes]:
    """The input's display name and content; a path that cannot be read raises DocumentError."""
    if isinstance(source, bytes | bytearray):
        return name or "<bytes>", bytes(source)
    path = os.fspath(source)
    label = name or os.path.basename(path) or path
    try:
        size = os.path.getsize(path)
        if os.path.isdir(path):
            raise DocumentError(label, "is a directory, not a file")
        if size > MAX_INPUT_BYTES:
            raise DocumentError(
                label, f"is {size:,} bytes, more than the {MAX_INPUT_BYTES:,} jpkpi reads"
            )
        with open(path, "rb") as f:
            return label, f.read()
    except OSError as e:
        raise DocumentError(label, f"cannot be read ({e.strerror or e})") from None


def detect_kind(data: bytes) -> SourceKind | None:
    """The kind of a file from its first bytes; None when it is none jpkpi reads."""
    head = data[:2048]
    if head.lstrip().startswith(b"%PDF"):
        return SourceKind.PDF
    if head.startswith(b"PK\x03\x04"):
        return SourceKind.XLSX if b"xl/" in data[:65536] else None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return SourceKind.XLS
    lowered = head.lower()
    if b"<table" in lowered or b"<html" in lowered or b"<!doctype html" in lowered:
        return SourceKind.HTML
    if b"\x00" in head:
        return None
    return SourceKind.TEXT
