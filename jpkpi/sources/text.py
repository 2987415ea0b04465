"""Text extractions: bytes to lines, with the encodings Japanese documents come in."""

from __future__ import annotations

from jpkpi.errors import DamagedDocumentError, UnsupportedDocumentError

#: Encodings tried in order; UTF-8 (with or without BOM) first, then Shift_JIS as Windows writes it.
ENCODINGS = ("utf-8-sig", "cp932", "euc_jp")
#: Lines longer than this are cut (a text extraction has no lines this long; a binary file does).
MAX_LINE_CHARS = 100_000


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file, trying the encodings Japanese documents use."""
    if b"\x00" in data[:65536]:
        raise UnsupportedDocumentError(name, "is a binary file (it holds NUL bytes), not text")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DamagedDocumentError(name, "is not text in UTF-8, Shift_JIS or EUC-JP")


def text_lines(text: str) -> tuple[list[str], list[str]]:
    """The lines of a text, each cut at MAX_LINE_CHARS, and a warning for each line cut."""
    lines = text.splitlines()
    warnings = [
        f"line {n} is {len(line):,} characters long; only its first {MAX_LINE_CHARS:,} are read"
        for n, line in enumerate(lines, start=1)
        if len(line) > MAX_LINE_CHARS
    ]
    return [line[:MAX_LINE_CHARS] for line in lines], warnings
