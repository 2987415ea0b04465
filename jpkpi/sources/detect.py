"""The kind of an input, found from its content (not only its name), and reading its bytes."""

from __future__ import annotations

import io
import os
import re
import zipfile
from enum import Enum
from typing import Protocol

from jpkpi.errors import (
    DamagedDocumentError,
    DocumentError,
    JpkpiError,
    LimitExceededError,
    MisnamedDocumentError,
    UnsupportedDocumentError,
)

#: File name endings a directory walk picks up.
SUPPORTED_SUFFIXES = (".txt", ".tsv", ".pdf", ".html", ".htm", ".xlsx", ".xls", ".csv")
#: Inputs larger than this are refused rather than read into memory.
MAX_INPUT_BYTES = 200 * 1024 * 1024
#: A file that starts with a tag is HTML if a ``<table`` appears this early.
HTML_SNIFF_BYTES = 1024 * 1024
_MARKUP_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*<[A-Za-z!?]")


class SourceKind(str, Enum):
    """The kinds of input jpkpi knows."""

    PDF = "pdf"
    XLSX = "xlsx"
    XLS = "xls"
    HTML = "html"
    TEXT = "text"


class BinaryReadable(Protocol):
    """A binary file object: ``read()`` gives bytes (``open(f, "rb")``, ``io.BytesIO``)."""

    def read(self, size: int = -1, /) -> bytes:
        """Up to ``size`` bytes (all that are left when -1)."""
        ...


#: A document ``jpkpi.parse`` reads: a path, its bytes, or a binary file object.
Source = str | os.PathLike[str] | bytes | bytearray | BinaryReadable

#: The input name that means standard input on the command line.
STDIN = "-"
#: The document name of what was read from standard input (``record_id`` ``<stdin>#1`` …).
STDIN_NAME = "<stdin>"
#: The document name of bytes and file objects that carry no name of their own.
UNNAMED = "<bytes>"


def _too_large(label: str, size: int) -> LimitExceededError:
    """The error of an input past MAX_INPUT_BYTES."""
    return LimitExceededError(
        label, f"is {size:,} bytes, more than the {MAX_INPUT_BYTES:,} jpkpi reads"
    )


def _stream_name(source: object, name: str | None) -> str:
    """The display name of a file object: ``name``, else the base name of the file it opened."""
    if name:
        return name
    own = getattr(source, "name", None)
    if isinstance(own, str) and own:
        return own if own.startswith("<") else (os.path.basename(own) or own)
    return UNNAMED


def read_bytes(source: Source, name: str | None = None) -> tuple[str, bytes]:
    """The input's display name and content; what cannot be read raises DocumentError.

    A file object must be binary: read in text mode, the bytes (and so the encoding jpkpi
    detects) are already gone, so a text-mode one is an error naming it.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        label = name or UNNAMED
        if len(source) > MAX_INPUT_BYTES:
            raise _too_large(label, len(source))
        return label, bytes(source)
    if hasattr(source, "read"):
        label = _stream_name(source, name)
        try:
            data = source.read(MAX_INPUT_BYTES + 1)
        except OSError as e:
            raise DocumentError(label, f"cannot be read ({e.strerror or e})") from None
        if not isinstance(data, bytes | bytearray):
            raise JpkpiError(
                f"{label}: is a file object opened in text mode (its read() gives "
                f"{type(data).__name__}); open it in binary mode ('rb'): jpkpi reads bytes "
                "and finds the encoding itself"
            )
        if len(data) > MAX_INPUT_BYTES:
            raise LimitExceededError(
                label, f"is more than the {MAX_INPUT_BYTES:,} bytes jpkpi reads"
            )
        return label, bytes(data)
    path = os.fspath(source)
    label = name or os.path.basename(path) or path
    try:
        if os.path.isdir(path):
            raise UnsupportedDocumentError(path, "is a directory, not a file")
        size = os.path.getsize(path)
        if size > MAX_INPUT_BYTES:
            raise _too_large(path, size)
        with open(path, "rb") as f:
            return label, f.read()
    except OSError as e:
        raise DocumentError(path, f"cannot be read ({e.strerror or e})") from None


#: What a file's name promises, and the kind its content must then be.
_NAMED_KINDS = {".pdf": "a PDF", ".xlsx": "an XLSX", ".xls": "an XLS"}


def check_name_matches(path: str, kind: SourceKind | None, data: bytes) -> None:
    """A file named ``.pdf`` (or ``.xlsx``, ``.xls``) whose content is not one is an error."""
    suffix = os.path.splitext(path)[1].lower()
    expected = _NAMED_KINDS.get(suffix)
    if expected is None or (kind is not None and expected.endswith(kind.value.upper())):
        return
    if suffix in (".xls", ".xlsx") and kind in (SourceKind.XLS, SourceKind.XLSX):
        return  # an .xls saved as .xlsx (or the reverse) is common; the content decides
    if (
        suffix == ".xlsx"
        and data.startswith(b"PK\x03\x04")
        and not zipfile.is_zipfile(io.BytesIO(data))  # cut before its first xl/ part
    ):
        raise DamagedDocumentError(path, "is not a readable XLSX file (a damaged zip)")
    start = data[:16].decode("latin-1").encode("unicode_escape").decode("ascii")
    raise MisnamedDocumentError(
        path, f"is named {suffix} but is not {expected} file (it starts with '{start}')"
    )


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
    if (
        _MARKUP_START.match(head)
        and b"<table" in data[:HTML_SNIFF_BYTES].lower()  # after a long preamble of markup
    ):
        return SourceKind.HTML
    if b"\x00" in head:
        return None
    return SourceKind.TEXT
