"""Text extractions: bytes to lines, with the encodings Japanese documents come in."""

from __future__ import annotations

import codecs

from jpkpi.errors import DamagedDocumentError, LimitExceededError, UnsupportedDocumentError

#: Encodings tried in order; UTF-8 (with or without BOM) first, then Shift_JIS as Windows writes it.
ENCODINGS = ("utf-8-sig", "cp932", "euc_jp")
#: Byte-order marks that name a text's encoding whatever else it holds (Excel's "Unicode text"
#: and many CSV exports are UTF-16 with a BOM); UTF-32's come first, as they start like UTF-16's.
BOM_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Lines longer than this are cut (a text extraction has no lines this long; a binary file does).
MAX_LINE_CHARS = 100_000
#: A text or CSV file of more lines is refused: each line costs tens of microseconds and some
#: hundreds of bytes to read, so a file of millions of short lines would take minutes and GiBs.
MAX_LINES = 500_000
#: What str.splitlines splits on (CR LF counts once); counted before any line is made.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file: by its byte-order mark (UTF-16, UTF-32) when the rest reads as that
    and holds no NUL, else trying the encodings Japanese documents use."""
    for bom, encoding in BOM_ENCODINGS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break  # not UTF-16 after all: a binary file that starts like one
            if "\x00" not in text[:65536]:
                return text
            break
    if b"\x00" in data[:65536]:
        raise UnsupportedDocumentError(name, "is a binary file (it holds NUL bytes), not text")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DamagedDocumentError(name, "is not text in UTF-8, Shift_JIS or EUC-JP")


def check_line_count(text: str, name: str) -> None:
    """Refuse a text of more than MAX_LINES lines before any line is made (LimitExceededError)."""
    breaks = sum(text.count(c) for c in _LINE_BREAKS) - text.count("\r\n")
    lines = breaks + (1 if text and text[-1] not in _LINE_BREAKS else 0)
    if lines > MAX_LINES:
        raise LimitExceededError(
            name, f"has {lines:,} lines, more than the {MAX_LINES:,} jpkpi reads"
        )


def text_lines(text: str) -> tuple[list[str], list[str]]:
    """The lines of a text, each cut at MAX_LINE_CHARS, and a warning for each line cut."""
    lines = text.splitlines()
    warnings = [
        f"line {n} is {len(line):,} characters long; only its first {MAX_LINE_CHARS:,} are read"
        for n, line in enumerate(lines, start=1)
        if len(line) > MAX_LINE_CHARS
    ]
    return [line[:MAX_LINE_CHARS] for line in lines], warnings
