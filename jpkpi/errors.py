"""The exceptions jpkpi raises; every one of them is a :class:`JpkpiError`."""

from __future__ import annotations


class JpkpiError(Exception):
    """Base of every error the library raises, so callers can catch jpkpi's failures at once."""


class ParseError(JpkpiError, ValueError):
    """A string is not what a primitive parser expected; names the text and where it went wrong."""

    def __init__(self, message: str, *, text: str, position: int | None = None) -> None:
        super().__init__(message)
        self.text = text
        self.position = position

    def __reduce__(self):  # keep picklable across process pools
        return (_rebuild_parse_error, (str(self), self.text, self.position))


def _rebuild_parse_error(message: str, text: str, position: int | None) -> ParseError:
    return ParseError(message, text=text, position=position)


class DocumentError(JpkpiError):
    """A file cannot be read as a document; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):
        return (DocumentError, (self.path, self.reason))
