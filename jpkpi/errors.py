"""The exceptions jpkpi raises; every one of them is a :class:`JpkpiError`.

A :class:`DocumentError` names the file and the reason; its subclasses say what kind of
failure it was (``error.kind``: ``empty``, ``encrypted``, ``timeout`` …), so a batch run can
list failed files by kind and a caller can catch just the kinds it cares about.
"""

from __future__ import annotations

from collections.abc import Callable


class JpkpiError(Exception):
    """Base of every error the library raises, so callers can catch jpkpi's failures at once."""


class ParseError(JpkpiError, ValueError):
    """A string is not what a primitive parser expected; names the text and where it went wrong."""

    def __init__(self, message: str, *, text: str, position: int | None = None) -> None:
        super().__init__(message)
        self.text = text
        self.position = position

    def __reduce__(  # keep picklable across process pools
        self,
    ) -> tuple[Callable[[str, str, int | None], ParseError], tuple[str, str, int | None]]:
        return (_rebuild_parse_error, (str(self), self.text, self.position))


def _rebuild_parse_error(message: str, text: str, position: int | None) -> ParseError:
    return ParseError(message, text=text, position=position)


def printable_name(name: str) -> str:
    """A file name as records and messages give it: bytes that are not UTF-8 (kept by Python
    as lone surrogates, which no UTF-8 output can hold) shown as ``\\xff``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


class DocumentError(JpkpiError):
    """A file cannot be read as a document; the message names the file and the reason."""

    #: A short, stable name of the kind of failure (the ``kind`` of ``jpkpi parse --errors``).
    kind = "unreadable"

    def __init__(self, path: str, reason: str) -> None:
        path = printable_name(path)
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(  # keep the subclass and its fields across process pools
        self,
    ) -> tuple[type[DocumentError], tuple[str, str]]:
        return (type(self), (self.path, self.reason))


class EmptyDocumentError(DocumentError):
    """The file holds nothing (no bytes, or only white space)."""

    kind = "empty"


class UnsupportedDocumentError(DocumentError):
    """The content is of a kind jpkpi does not read (or a directory was given as a file)."""

    kind = "unsupported"


class MisnamedDocumentError(UnsupportedDocumentError):
    """The name promises one kind (``.pdf``) but the content is another."""

    kind = "misnamed"


class EncryptedDocumentError(DocumentError):
    """The file is encrypted with a password that was not given (or with a scheme jpkpi cannot
    read)."""

    kind = "encrypted"


class WrongPasswordError(EncryptedDocumentError):
    """A password was given for an encrypted PDF, and it is not the PDF's password."""

    kind = "wrong_password"


class DamagedDocumentError(DocumentError):
    """The file is of a kind jpkpi reads but is truncated, corrupt or wrongly encoded."""

    kind = "damaged"


class NoTextError(DocumentError):
    """A PDF without a text layer (a scan): OCR must come first."""

    kind = "no_text"


class LimitExceededError(DocumentError):
    """The input passes a bound jpkpi sets against exhausting the machine (size, depth, ratio)."""

    kind = "too_large"


class MissingDependencyError(DocumentError):
    """Reading this kind of file needs an optional package that is not installed."""

    kind = "dependency"


class ParseTimeoutError(DocumentError):
    """Parsing the file took longer than the time limit allowed (``--timeout``)."""

    kind = "timeout"


class OutOfMemoryError(LimitExceededError):
    """Parsing the file needed more memory than the limit allowed (``--memory-limit``)."""

    kind = "memory"


class WorkerCrashedError(DocumentError):
    """The process parsing the file died (killed, or crashed in native code)."""

    kind = "crashed"


class AdapterError(DocumentError):
    """An installed adapter's own code failed on the file (its bug, not jpkpi's nor the file's)."""

    kind = "adapter"


class InternalError(DocumentError):
    """A bug in jpkpi met while parsing this file; the message asks for a report."""

    kind = "internal"


class OutputError(JpkpiError):
    """An output cannot be written (a missing folder, a full disk); names the output and why."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason

    def __reduce__(  # keep the fields across process pools
        self,
    ) -> tuple[type[OutputError], tuple[str, str]]:
        return (type(self), (self.target, self.reason))
