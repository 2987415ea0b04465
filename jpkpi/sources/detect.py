"""The kind of an input, found from its content (not only its name), and reading its bytes."""

from __future__ import annotations

import io
import os
import re
import select
import stat
import zipfile
from enum import Enum
from typing import BinaryIO, Protocol

from jpkpi.errors import (
    DamagedDocumentError,
    DocumentError,
    JpkpiError,
    LimitExceededError,
    MisnamedDocumentError,
    ParseTimeoutError,
    UnsupportedDocumentError,
)

#: File name endings a directory walk picks up.
SUPPORTED_SUFFIXES = (".txt", ".tsv", ".pdf", ".html", ".htm", ".xlsx", ".xls", ".csv")
#: Inputs larger than this are refused rather than read into memory; a file is read at most
#: this far plus one byte, so one that grows, or a pipe that never ends, is refused too.
MAX_INPUT_BYTES = 200 * 1024 * 1024
#: A named pipe (FIFO) is read until its writer closes it; if no writer connects, or nothing
#: arrives for this long, it is given up (``timeout``) rather than waited for forever.
PIPE_WAIT_SECONDS = 30.0
#: How much of a pipe or an unsized file is read at a time.
_CHUNK = 1024 * 1024
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


def _stream_name(source: object, name: str | None) -> str:
    """The display name of a file object: ``name``, else the base name of the file it opened."""
    if name:
        return name
    own = getattr(source, "name", None)
    if isinstance(own, str) and own:
        return own if own.startswith("<") else (os.path.basename(own) or own)
    return UNNAMED


#: What a path that is not a regular file is, for the error that refuses it.
_NOT_FILES = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_bytes(source: Source, name: str | None = None) -> tuple[str, bytes]:
    """The input's display name and content; what cannot be read raises DocumentError.

    Regular files are read, and named pipes (``mkfifo``, bounded by PIPE_WAIT_SECONDS); devices
    (``/dev/zero``, a terminal) and sockets are refused. At most MAX_INPUT_BYTES are taken.

    A file object must be binary: read in text mode, the bytes (and so the encoding jpkpi
    detects) are already gone, so a text-mode one is an error naming it.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        label = name or UNNAMED
        if len(source) > MAX_INPUT_BYTES:
            raise LimitExceededError(label, _too_large(len(source)))
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
            raise LimitExceededError(label, _too_large(None))
        return label, bytes(data)
    path = os.fspath(source)
    label = name or os.path.basename(path) or path
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            try:  # a folder a batch run could not look into comes here to be reported
                with os.scandir(path):
                    pass
            except OSError as e:
                raise DocumentError(
                    path, f"is a folder that cannot be read ({e.strerror})"
                ) from None
            raise UnsupportedDocumentError(path, "is a directory, not a file")
        for test, what in _NOT_FILES:
            if test(mode):
                raise UnsupportedDocumentError(path, f"is {what}, not a file")
        if stat.S_ISFIFO(mode):
            return label, _read_pipe(path)
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_INPUT_BYTES:
                raise LimitExceededError(path, _too_large(size))
            return label, _read_capped(f, path, size)
    except OSError as e:
        raise DocumentError(path, f"cannot be read ({e.strerror or e})") from None


def _too_large(size: int | None) -> str:
    """The reason an input past MAX_INPUT_BYTES is refused (its size, when known)."""
    limit = f"{MAX_INPUT_BYTES:,}"
    if size is None:
        return f"is more than the {limit} bytes jpkpi reads"
    return f"is {size:,} bytes, more than the {limit} jpkpi reads"


def _read_capped(f: BinaryIO, path: str, size: int) -> bytes:
    """A file's bytes, its stated ``size`` first, then whatever follows, at most the limit."""
    parts = [f.read(size)] if size else []
    total = len(parts[0]) if parts else 0
    while True:  # a file that grew, or one that states no size (/proc)
        chunk = f.read(min(_CHUNK, MAX_INPUT_BYTES + 1 - total))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        total += len(chunk)
        if total > MAX_INPUT_BYTES:
            raise LimitExceededError(path, _too_large(None))


def _read_pipe(path: str) -> bytes:
    """A named pipe's bytes until its writer closes it, waiting PIPE_WAIT_SECONDS at most for
    each piece (opened without blocking: a pipe no one writes to would hang ``open``)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    parts: list[bytes] = []
    total = 0
    poller = select.poll()  # not select(): it fails on descriptors past 1024
    poller.register(fd, select.POLLIN)
    try:
        while True:
            if not poller.poll(PIPE_WAIT_SECONDS * 1000):
                raise ParseTimeoutError(
                    path,
                    f"is a named pipe that sent nothing for {PIPE_WAIT_SECONDS:g} s; given up",
                )
            try:
                chunk = os.read(fd, min(_CHUNK, MAX_INPUT_BYTES + 1 - total))
            except BlockingIOError:
                continue
            if not chunk:  # the writer closed it
                return b"".join(parts)
            parts.append(chunk)
            total += len(chunk)
            if total > MAX_INPUT_BYTES:
                raise LimitExceededError(path, _too_large(None))
    finally:
        os.close(fd)


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
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 (or UTF-32) byte-order mark
        text = head.decode("utf-16", errors="ignore").lower()
        if "<table" in text or "<html" in text or "<!doctype html" in text:
            return SourceKind.HTML
        return SourceKind.TEXT
    if b"\x00" in head:
        return None
    return SourceKind.TEXT
