"""Which table holds blocks of one indicator each, its name on a row of its own across the
table over one row a year (壬生: ``年度 | 目標値 | 実績値 | 備考`` over ``KPI 2-1　道の駅みぶ…の
来場者数（単位：千人）`` across the table, then ``基準値（令和元年度） | 812`` and
``令和2年度 | 830 | 655``), read as the table of one indicator a row it lays out.

The evidence is the rows' shapes, not their words: the header names a list (目標値, 実績値) over
each value column; every block opens with one cell of words across the table and holds two
rows or more whose first cell is a year alone, or a list's word with its year (a baseline's
row, its value merged across the lists), and whose other cells are values or nothing. A
remark that qualifies a year's value (見込値, 速報値) or counts it otherwise (暦年, a day,
another year) leaves the table as it is, as a long table's does. The wide
table keeps every cell it takes where it was printed; each list's years become its columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from jpkpi.primitives.period import find_period
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import CellClass, classify, is_value, remark_qualifies
from jpkpi.understanding.interpretation import row_list
from jpkpi.understanding.vocabulary import Vocabulary

#: The lists in the order the wide table lays them out.
_LISTS = ("baseline", "actual", "target")
#: Fewest blocks that show the layout, and fewest year rows a block holds.
_MIN_BLOCKS = 2
_MIN_YEARS = 2
#: Longest first cell read as a year or a list's word with its year (a name is longer).
_KEY_CHARS = 14
#: A value's place in the wide table: its list (by ``_LISTS``), the list's heading as printed,
#: its year and the year as printed (empty where the heading prints it).
_Slot = tuple[int, str, int, str]


def _text(cell: Cell | None) -> str:
    return normalize_text(cell.text).strip() if cell is not None else ""


def _own(row: list[Cell | None], r: int) -> list[Cell]:
    """The printed cells that start on row ``r``, left to right."""
    seen: list[Cell] = []
    for cell in row:
        # (a cell merged across stands in each column it covers: taken once, by identity)
        if (
            cell is not None
            and cell.row == r
            and not cell.empty
            and not any(c is cell for c in seen)
        ):
            seen.append(cell)
    return seen


def _list_columns(header: Sequence[Cell | None], vocabulary: Vocabulary) -> dict[int, str]:
    """The value columns right of the first, by the list their heading names."""
    lists: dict[int, str] = {}
    for col, cell in enumerate(header):
        if col == 0 or cell is None or cell.col != col:
            continue
        role = row_list(vocabulary, _text(cell))[0]
        if role in _LISTS:
            lists[col] = role
    return lists


def _opens_block(own: list[Cell], width: int) -> bool:
    """Whether a row is one cell across the table that is no value and no year (an
    indicator's name; ``KPI 2-2 転入者数（単位：人）`` reads as a label's words)."""
    if len(own) != 1 or own[0].colspan < width - 1:
        return False
    cls = classify(own[0].text)
    return not is_value(cls) and cls not in (CellClass.PERIOD, CellClass.MISSING)


def _slot_of_key(text: str, vocabulary: Vocabulary) -> tuple[str | None, int] | None:
    """What a row's first cell says: (None, year) for a year alone, (list, year) for a list's
    word with its year (``基準値（令和元年度）``); None for anything else."""
    norm = text.replace(" ", "")
    period = find_period(norm)
    if not norm or len(norm) > _KEY_CHARS or period is None or is_value(classify(norm)):
        return None
    year = period.fiscal_year or period.year
    if year is None:
        return None
    role = row_list(vocabulary, norm)[0]
    if role is None:  # (a year alone: the period is the whole cell)
        return (None, year) if period.raw.replace(" ", "") == norm else None
    return (role, year) if role in _LISTS else None


def widened(table: Table, vocabulary: Vocabulary) -> Table | None:
    """The table of one indicator a row that blocks of one indicator each lay out, with the
    cells where they were printed; None for any other table."""
    width = table.n_cols
    if table.n_rows < 1 + _MIN_BLOCKS * (1 + _MIN_YEARS) or width < 3:
        return None
    # (the cheap tests first, on the first two rows: most tables open with their indicators)
    first, second = table.rows()[:2]
    if any(is_value(classify(c.text)) for c in first):
        return None
    opening = [c for c in second if not c.empty]
    if opening and not _opens_block(opening, width):
        return None  # (a row of names and values, or a second header row: no block opens)
    grid = table.grid()
    header = grid[0]
    lists = _list_columns(header, vocabulary)
    if not lists:
        return None
    remarks = [
        col
        for col, cell in enumerate(header)
        if col and col not in lists and cell is not None and "note" in vocabulary.votes(_text(cell))
    ]
    blocks: list[tuple[Cell, dict[_Slot, Cell]]] = []
    slots: dict[_Slot, Cell] = {}
    for r in range(1, table.n_rows):
        row = grid[r]
        own = _own(row, r)
        if not own:
            continue
        if _opens_block(own, width):
            blocks.append((own[0], {}))
            continue
        key = _slot_of_key(_text(row[0]), vocabulary)
        if not blocks or key is None or row[0] is None or row[0] is not own[0]:
            return None
        if any(remark_qualifies(_text(row[c]), _text(row[0])) for c in remarks):
            return None  # (暦年の値, 見込値, 令和4年度の値: the value is not what its row says)
        role, year = key
        placed = blocks[-1][1]
        for cell in own[1:]:
            if cell.col in remarks:
                continue
            if cell.col not in lists or not is_value(classify(cell.text)):
                return None  # (words under a list: not a block of values)
            if role is not None:
                slot: _Slot = (_LISTS.index(role), _text(row[0]), year, "")
            else:
                word = lists[cell.col]
                slot = (_LISTS.index(word), _text(header[cell.col]), year, _text(row[0]))
            if slot in placed:
                return None  # (a year listed twice in one list: no one value a slot)
            placed[slot] = cell
            slots.setdefault(slot, row[0])
    if len(blocks) < _MIN_BLOCKS or any(len(p) < _MIN_YEARS for _, p in blocks):
        return None
    return _wide(table, header, blocks, sorted(slots), slots)


def _wide(
    table: Table,
    header: Sequence[Cell | None],
    blocks: list[tuple[Cell, dict[_Slot, Cell]]],
    slots: list[_Slot],
    keys: dict[_Slot, Cell],
) -> Table:
    """The wide table: an empty heading over the names, a baseline's row word over its
    values, each list's heading over its years; one row a block."""
    cells: list[Cell] = [Cell.at(0, 0, "", 2, 1, table.provenance, ())]
    col = 1
    for word in dict.fromkeys((slot[0], slot[1]) for slot in slots):
        at = [s for s in slots if (s[0], s[1]) == word]
        first = at[0]
        if not first[3]:  # a row's word with its year (基準値（令和元年度）): one column each
            for s in at:
                cells.append(Cell.at(0, col, s[1], 2, 1, keys[s].provenance, ()))
                col += 1
            continue
        heading = next(c for c in header if c is not None and _text(c) == first[1])
        cells.append(Cell.at(0, col, heading.text, 1, len(at), heading.provenance, ()))
        for s in at:
            cells.append(Cell.at(1, col, keys[s].text, 1, 1, keys[s].provenance, ()))
            col += 1
    place = {s: i + 1 for i, s in enumerate(slots)}
    for b, (name, placed) in enumerate(blocks):
        cells.append(Cell.at(2 + b, 0, name.text, 1, 1, name.provenance, name.lines))
        for s, value in placed.items():
            cells.append(Cell.at(2 + b, place[s], value.text, 1, 1, value.provenance, value.lines))
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(
        tuple(cells), 2 + len(blocks), 1 + len(slots), table.provenance, spans_printed=True
    )


__all__ = ["widened"]
