"""CSV files as Japanese open data publishes them: UTF-8 (with or without BOM) or Shift_JIS
(CP932), comma or semicolon (or tab) separated; the encoding and delimiter are detected.

Rows come out as TAB-separated lines, so a CSV table goes through the same reader as a text
extraction (one row per line, one line per CSV record).
"""

from __future__ import annotations

import csv
import io

import regex

from jpkpi.errors import DamagedDocumentError
from jpkpi.primitives.quantity import starts_with_number
from jpkpi.primitives.text import CELL_LINE_BREAK

#: Delimiters the sniffer may choose.
DELIMITERS = ",;\t"
#: The delimiter is sniffed from the first 50 lines within this many characters (the whole text
#: is not split into lines just to take 50).
SNIFF_CHARS = 1_000_000


def sniff_delimiter(text: str) -> str | None:
    """The delimiter of a CSV text, or None when it does not look like CSV."""
    sample = "\n".join(text[:SNIFF_CHARS].splitlines()[:50])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
    except csv.Error:
        counts = {d: sample.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else None
    return dialect.delimiter


def looks_like_csv(text: str, name: str) -> bool:
    """Whether a text file is CSV rather than a TAB-separated extraction."""
    if name.lower().endswith(".csv"):
        return True
    head = text[:20000]
    if "\t" in head:
        return False
    lines = [line for line in head.splitlines() if line.strip()][:30]
    if len(lines) < 2:
        return False
    delimiter = sniff_delimiter(head)
    return delimiter is not None and sum(delimiter in line for line in lines) >= 0.6 * len(lines)


def csv_lines(text: str, name: str = "<csv>") -> tuple[list[str], list[int]]:
    """A CSV text's records as TAB-separated lines (TABs inside cells become spaces, line breaks
    CELL_LINE_BREAK), with the file line each starts on; a record with one cell is a line of text,
    unless that cell is a value."""
    delimiter = sniff_delimiter(text) or ","
    out = []
    rows: list[tuple[int, list[str]]] = []
    # newline="": records end at CR LF, LF or a lone CR (old Mac exports), as csv expects
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        start = 1
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as e:
        raise DamagedDocumentError(name, f"is not readable CSV ({e})") from None
    numbers = []
    records = []
    for start, row in rows:
        numbers.append(start)
        cells = [_one_line(c) if ("\n" in c or "\t" in c or "\r" in c) else c for c in row]
        while cells and not cells[-1].strip():
            cells.pop()
        records.append((row, cells))
    inside = _inside_tables(records)
    for k, (row, cells) in enumerate(records):
        if len(cells) > 1:
            out.append("\t".join(cells))
        elif cells and (inside[k] or (len(row) > 1 and starts_with_number(cells[0]))):
            # a value alone in its row (a wrapped form's last target), or a heading between
            # two rows of one table (Ⅰ 心豊かな子どもが育つ), stays in its table
            out.append(cells[0] + "\t")
        else:
            out.append(cells[0].replace(CELL_LINE_BREAK, " ") if cells else "")
    return out, numbers


#: One-cell records in a row between two rows of a table that stay in it as its rows (headings
#: of the rows below); more are text between two tables.
MAX_INNER_LINES = 3


#: One-cell records that are a note or a caption of the next table, never a heading of rows
#: (``※数値は速報値``, ``表2 事業費``).
_NOTE_START = regex.compile(
    r"^\s*(?:※|\*|＊|注|[(（]注|(?:図表|別表|表|図|資料|参考)\s*[0-9０-９])"
)


def _inside_tables(records: list[tuple[list[str], list[str]]]) -> list[bool]:
    """For each record (as read, its cells), whether it is a one-cell record between two rows of
    several cells of the same width (one table), with at most MAX_INNER_LINES such records, no
    blank one and no note among them."""
    widths = [len(row) if len(cells) > 1 else 0 for row, cells in records]
    inside = [False] * len(records)
    k = 0
    while k < len(records):
        if widths[k] or not records[k][1] or k == 0 or not widths[k - 1]:
            k += 1
            continue
        end = k
        while end < len(records) and not widths[end] and records[end][1]:
            end += 1
        run = [records[j][1][0] for j in range(k, end)]
        if (
            end < len(records)
            and widths[end] == widths[k - 1]
            and end - k <= MAX_INNER_LINES
            and not any(_NOTE_START.match(text) for text in run)
        ):
            for j in range(k, end):
                inside[j] = True
        k = end
    return inside


def _one_line(cell: str) -> str:
    """A cell that breaks its text over lines, for a TAB-separated line: TABs become spaces and
    each line break CELL_LINE_BREAK, so the table keeps the cell's lines."""
    lines = [" ".join(line.replace("\t", " ").split()) for line in cell.splitlines()]
    return CELL_LINE_BREAK.join(line for line in lines if line)
