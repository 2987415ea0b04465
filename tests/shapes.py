"""Synthetic pages of table shapes found in public table-extraction test PDFs (issue 12, point 3).

Each function returns the PDF's bytes and the table as it is printed, row by row, with ``None``
where a merged cell continues. Pages are written operator by operator (Helvetica) so each one
shows exactly the drawing habit it is named for and nothing else.
"""

from __future__ import annotations

from tests.pdfgen import make_pdf

Rows = list[list[str | None]]

#: Helvetica advance widths (1/1000 em) of the characters used here; others count 556.
_WIDTHS = {
    " ": 278, ",": 278, ".": 278, "(": 333, ")": 333, "-": 333, "%": 889, "/": 278, ":": 278,
    "i": 222, "l": 222, "j": 222, "t": 278, "f": 278, "r": 333, "I": 278, "m": 833, "w": 722,
    "M": 833, "W": 944, "A": 667, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778,
    "H": 722, "N": 722, "O": 778, "P": 667, "R": 722, "S": 667, "T": 611, "U": 722, "V": 667,
    "Y": 667, "s": 500, "c": 500, "k": 500, "v": 500, "x": 500, "y": 500, "z": 500, "J": 500,
}  # fmt: skip


def text_width(text: str, size: float) -> float:
    """The printed width of ``text`` in Helvetica at ``size`` points."""
    return sum(_WIDTHS.get(ch, 556) for ch in text) * size / 1000


def _text(x: float, y: float, text: str, size: float = 10.0) -> str:
    """Text at (x, y) in PDF space (y up), escaped for a literal string."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 {size:g} Tf {x:g} {y:g} Td ({escaped}) Tj ET"


def _line(x0: float, y0: float, x1: float, y1: float) -> str:
    return f"{x0:g} {y0:g} m {x1:g} {y1:g} l S"


def _pdf(ops: list[str]) -> bytes:
    return make_pdf([("0.5 w\n" + "\n".join(ops)).encode()])


#: A small table of four columns and four rows; its header's first cell spans two rows' height
#: in no shape here, so each page can merge what it needs.
_ROWS = [
    ["Region", "Population", "Households", "Rate (%)"],
    ["North Ward", "128,400", "61,250", "12.5"],
    ["South Ward", "96,310", "44,870", "9.8"],
    ["East Ward", "143,020", "70,115", "14.1"],
]
_XS = [72.0, 192.0, 292.0, 392.0, 482.0]  # column edges
_TOP, _ROW = 700.0, 22.0  # the table's top edge and row height (PDF space)


def _cell_texts(rows: list[list[str]], xs: list[float], top: float, row: float) -> list[str]:
    return [
        _text(xs[c] + 4, top - row * (r + 1) + 7, text)
        for r, cells in enumerate(rows)
        for c, text in enumerate(cells)
        if text
    ]


def closed_path_border() -> tuple[bytes, Rows]:
    """The table's outer border is one closed path that starts mid-way along its top edge (so it
    is no rectangle to a reader that looks for four corners). The header's first cell,
    ``Statistics of the wards``, spans the first two columns with no rule between them."""
    x0, x1 = _XS[0], _XS[-1]
    bottom = _TOP - _ROW * 4
    mid = (x0 + x1) / 2
    border = (
        f"{mid:g} {_TOP:g} m {x1:g} {_TOP:g} l {x1:g} {bottom:g} l {x0:g} {bottom:g} l "
        f"{x0:g} {_TOP:g} l h S"
    )
    ops = [border]
    for r in range(1, 4):  # inner horizontal rules
        ops.append(_line(x0, _TOP - _ROW * r, x1, _TOP - _ROW * r))
    ops.append(_line(_XS[1], _TOP - _ROW, _XS[1], bottom))  # no rule inside the header's span
    for x in _XS[2:-1]:
        ops.append(_line(x, _TOP, x, bottom))
    head = ["Statistics of the wards", "", "Households", "Rate (%)"]
    ops += _cell_texts([head, *_ROWS[1:]], _XS, _TOP, _ROW)
    printed: Rows = [["Statistics of the wards", None, "Households", "Rate (%)"]]
    printed += [list(r) for r in _ROWS[1:]]
    return _pdf(ops), printed


def box_with_horizontal_rules() -> tuple[bytes, Rows]:
    """A box around the table and horizontal rules between its rows; no vertical rules inside,
    the columns stand apart by white space alone."""
    x0, x1 = _XS[0], _XS[-1]
    bottom = _TOP - _ROW * 4
    ops = [f"{x0:g} {bottom:g} {x1 - x0:g} {_ROW * 4:g} re S"]
    for r in range(1, 4):
        ops.append(_line(x0, _TOP - _ROW * r, x1, _TOP - _ROW * r))
    ops += _cell_texts(_ROWS, _XS, _TOP, _ROW)
    return _pdf(ops), [list(r) for r in _ROWS]


def ruled_header_unruled_body() -> tuple[bytes, Rows]:
    """A header row drawn as a ruled grid; the body rows under it have no rules at all, and a
    body cell may be blank."""
    x0, x1 = _XS[0], _XS[-1]
    ops = [f"{x0:g} {_TOP - _ROW:g} {x1 - x0:g} {_ROW:g} re S"]
    for x in _XS[1:-1]:
        ops.append(_line(x, _TOP, x, _TOP - _ROW))
    body = [list(r) for r in _ROWS[1:]] + [["West Ward", "88,640", "", "7.7"]]
    ops += _cell_texts([_ROWS[0]], _XS, _TOP, _ROW)
    ops += _cell_texts(body, _XS, _TOP - _ROW, 16.0)
    ops.append(_text(72, _TOP - _ROW - 16 * 5 - 30, "Source: ward offices, March 2024."))
    printed: Rows = [list(_ROWS[0])] + [list(r) for r in body]
    return _pdf(ops), printed


def label_value_pairs() -> tuple[bytes, Rows]:
    """A two-column table of labels and values without any rule, under a heading and above a
    paragraph."""
    pairs = [
        ["Project name", "Riverside cycling path"],
        ["Department", "Urban Planning"],
        ["Budget (thousand yen)", "40,501"],
        ["Start of work", "April 2023"],
        ["Completion", "March 2026"],
    ]
    ops = [_text(72, 740, "Project overview", 12)]
    for r, (label, value) in enumerate(pairs):
        y = 710 - 18 * r
        ops.append(_text(72, y, label))
        ops.append(_text(250, y, value))
    ops.append(_text(72, 600, "The path links the two parks along the river and opens in spring."))
    return _pdf(ops), [list(p) for p in pairs]


def close_header_words() -> tuple[bytes, Rows]:
    """A table without rules whose header words stand close together (one space apart) over
    columns of numbers that are right-aligned far apart."""
    header = ["Item", "Baseline FY2020", "Target FY2025", "Actual FY2024"]
    body = [
        ["Visitors", "1,629", "3,203", "2,950"],
        ["Events held", "12", "15", "14"],
        ["Members", "24", "22", "23"],
    ]
    ops = []
    # header cells: left edges packed one space apart after the first
    x = 190.0
    ops.append(_text(72, 700, header[0]))
    right_edges = []
    for text in header[1:]:
        ops.append(_text(x, 700, text))
        right_edges.append(x + text_width(text, 10))
        x += text_width(text, 10) + text_width(" ", 10) * 1.4
    for r, row in enumerate(body):
        y = 682 - 18 * r
        ops.append(_text(72, y, row[0]))
        for text, right in zip(row[1:], right_edges, strict=True):
            ops.append(_text(right - text_width(text, 10), y, text))
    return _pdf(ops), [header, *body]


def rotated_table(down: bool = False) -> tuple[bytes, Rows]:
    """A ruled table printed turned a quarter left on a portrait page (a landscape table in a
    portrait document): its text runs up the page (``down``: turned right, running down)."""
    # x' = 595 - y, y' = x: turned a quarter left; x' = y, y' = 842 - x: a quarter right
    ops = ["q 0 -1 1 0 0 842 cm" if down else "q 0 1 -1 0 595 0 cm"]
    xs = [60.0, 200.0, 320.0, 440.0, 540.0]
    top, row = 520.0, 24.0
    for r in range(5):
        ops.append(_line(xs[0], top - row * r, xs[-1], top - row * r))
    for x in xs:
        ops.append(_line(x, top, x, top - row * 4))
    ops += _cell_texts(_ROWS, xs, top, row)
    ops.append("Q")
    return _pdf(ops), [list(r) for r in _ROWS]


def rotated_table_down() -> tuple[bytes, Rows]:
    """The rotated table turned the other way: its text runs down the page."""
    return rotated_table(down=True)


def doubled_glyphs_in_small_text() -> tuple[bytes, Rows]:
    """A ruled table in 4-point text, where the real doubled letters of ``Bulletin`` and
    ``Committee`` stand less than a point apart, beside a word printed twice at a 0.3-point
    offset (fake bold)."""
    xs, top, row, size = [72.0, 150.0, 220.0], 700.0, 8.0, 4.0
    rows = [["Bulletin", "Committee"], ["Apple", "Ballroom"]]
    ops = []
    for r in range(3):
        ops.append(_line(xs[0], top - row * r, xs[-1], top - row * r))
    for x in xs:
        ops.append(_line(x, top, x, top - row * 2))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            ops.append(_text(xs[c] + 2, top - row * (r + 1) + 2, text, size))
    ops.append(_text(xs[0] + 2.3, top - row * 2 + 2, rows[1][0], size))  # fake bold copy
    return _pdf(ops), [list(r) for r in rows]


SHAPES = {
    "closed_path_border": closed_path_border,
    "box_with_horizontal_rules": box_with_horizontal_rules,
    "ruled_header_unruled_body": ruled_header_unruled_body,
    "label_value_pairs": label_value_pairs,
    "close_header_words": close_header_words,
    "rotated_table": rotated_table,
    "rotated_table_down": rotated_table_down,
    "doubled_glyphs_in_small_text": doubled_glyphs_in_small_text,
}
