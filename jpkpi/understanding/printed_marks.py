"""Marks printed in cells that stand for something else, read before the table is.

A cell that prints only ``〃`` (or ``同上``) says "the same as the cell above", so it is read as
that cell's text (龍ケ崎's second indicator of one 主要事業, 広島's ``〃`` under
``現状維持以上（2020年）``); only a mark alone in its cell, under a cell of the same column and
width, is resolved. A mark a note of the document explains (``※「新」は今回の見直しで新たに設定
したKPIです``), printed apart before a cell's text (``新 開業率``), is no part of that text. A
symbol a note says marks a kind of indicator (``※◆は総合戦略の数値目標、無印は重要業績評価指標
（KPI）です。``), printed alone in a cell of a row, makes that row's indicator of that kind. A
corner cell that names an era and a unit (``平成（年度）``) makes the bare numbers beside or
below it (``18 | 19 | 20``) the years they stand for."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import replace

import regex

from jpkpi.primitives.period import ERA_PATTERN
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import classify, is_value
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.vocabulary import Kind, header_kind

#: A ditto mark alone in a cell: 〃 (or its look-alikes ″ and 〃〃), 同上.
_DITTO = regex.compile(r"[〃″]{1,2}|同\s*上")


def is_ditto(text: str) -> bool:
    """Whether a cell's whole text is a ditto mark."""
    return _DITTO.fullmatch(normalize_text(text)) is not None


def resolve_dittos(table: Table) -> Table:
    """The table with each ditto cell holding the text of the cell above it in its column (the
    same table where none is printed). A chain of marks takes the first text above it."""
    if not any(is_ditto(c.text) for c in table.cells if len(c.text) <= 4):
        return table
    grid = table.grid()
    resolved: dict[tuple[int, int], Cell] = {}
    for cell in table.cells:
        if len(cell.text) > 4 or not is_ditto(cell.text) or cell.row == 0:
            continue
        above = grid[cell.row - 1][cell.col]
        if above is None or above.col != cell.col or above.colspan != cell.colspan:
            continue
        source = resolved.get((above.row, above.col), above)
        if source.empty or is_ditto(source.text):
            continue
        resolved[(cell.row, cell.col)] = replace(cell, text=source.text, lines=source.lines)
    if not resolved:
        return table
    cells = tuple(resolved.get((c.row, c.col), c) for c in table.cells)
    return replace(table, cells=cells)


#: A corner cell that names the era and the unit of the bare numbers beside or below it (佐渡:
#: ``平成（年度）`` over ``18 | 19 | 20``; ``年度（平成）``, ``令和(年)``).
_ERA_CORNER = regex.compile(
    rf"(?P<era>{ERA_PATTERN})\s*[(（]\s*(?P<unit>年度|年)\s*[)）]"
    rf"|(?P<unit2>年度|年)\s*[(（]\s*(?P<era2>{ERA_PATTERN})\s*[)）]"
)
#: A year printed bare, its era and unit in the corner (``18``, ``元``).
_BARE_YEAR = regex.compile(r"[0-9]{1,2}|元")
#: Fewest bare years beside a corner for it to name theirs.
_MIN_BARE_YEARS = 2


def _rising(cells: list[Cell]) -> bool:
    """Whether bare years run earliest first (``18 | 19 | 20``, ``26 | 27 | 28 | 31``, census
    years ``17 | 22 | 27``), as a corner's years do."""
    years = [1 if normalize_text(c.text) == "元" else int(normalize_text(c.text)) for c in cells]
    return all(a < b for a, b in itertools.pairwise(years))


def with_era_years(table: Table) -> Table:
    """The table with each bare year beside or below an era corner (``平成（年度）`` | ``18`` |
    ``19``) read as the year it stands for (``平成18年度``), where two or more stand so; the same
    table where no corner is printed."""
    corners = [
        (cell, m)
        for cell in table.cells
        # (every corner holds 年: most cells need no folding)
        if len(cell.text) <= 12
        and "年" in cell.text
        and (m := _ERA_CORNER.fullmatch(normalize_text(cell.text)))
    ]
    if not corners:
        return table
    grid = table.grid()
    read: dict[tuple[int, int], Cell] = {}
    for corner, m in corners:
        era, unit = m.group("era") or m.group("era2"), m.group("unit") or m.group("unit2")
        right = [c for c in grid[corner.row][corner.col + corner.colspan :] if c is not None]
        next_row = corner.row + corner.rowspan
        below = (
            [c for row in grid[next_row:] if (c := row[corner.col]) is not None]
            if corner.colspan == 1
            # a corner over several columns: the row right under its span (平成（年度） over
            # 18 | 19 | 20), never the values further down
            else [
                c for c in grid[next_row][corner.col : corner.col + corner.colspan] if c is not None
            ]
            if next_row < len(grid)
            else []
        )
        for line in (right, below):
            bare = [
                c
                for c in dict.fromkeys(line)  # (a merged cell once)
                if _BARE_YEAR.fullmatch(normalize_text(c.text))
            ]
            if len(bare) < _MIN_BARE_YEARS or not _rising(bare):
                continue  # (years run earliest first)
            for c in bare:
                text = f"{era}{normalize_text(c.text)}{unit}"
                read[(c.row, c.col)] = replace(c, text=text, lines=())
    if not read:
        return table
    return replace(table, cells=tuple(read.get((c.row, c.col), c) for c in table.cells))


#: A note that says what a mark printed in the table means: ``※「新」は今回の見直しで新たに設定
#: したKPIです`` (広島), ``「再」は再掲``. One character: a quoted word (``「目標」は…`` under
#: cells that print ``目標 15``) says what a word means, and is no mark; a sign (``「△」は
#: マイナス``) is part of the number it stands before.
_LEGEND = regex.compile(r"「(?P<mark>[^「」\s\d△▲+\-±－―ー※*＊])」\s*(?:は|:|=)")


def legend_marks(texts: Iterable[str]) -> frozenset[str]:
    """The marks the document's notes explain (``新`` from ``※「新」は…``)."""
    return frozenset(m.group("mark") for t in texts for m in _LEGEND.finditer(normalize_text(t)))


def without_marks(table: Table, marks: frozenset[str]) -> Table:
    """The table with each explained mark taken off the front of a cell that prints it apart
    from its text (``新 開業率`` → ``開業率``; ``新規就農者数``, unspaced, keeps it)."""
    if not marks:
        return table
    either = "|".join(map(regex.escape, sorted(marks)))
    front = regex.compile(rf"\s*(?:{either})[\s\u3000]+(?=[^\s\d])")
    cells = tuple(
        replace(c, text=c.text[m.end() :], lines=())
        if (m := front.match(c.text)) and not is_value(classify(c.text))
        else c
        for c in table.cells
    )
    if all(a is b for a, b in zip(cells, table.cells, strict=True)):
        return table
    return replace(table, cells=cells)


#: A note saying a symbol marks a kind of indicator: ``◆は総合戦略の数値目標``.
_KIND_LEGEND = regex.compile(
    r"(?P<mark>[◆◇■□●○★☆◎])\s*(?:印)?\s*(?:は|:|=)\s*(?P<what>[^、。,]{2,30})"
)


#: Words of a legend that grades rows (``◎：数値目標を達成``): what it says is no kind.
_JUDGED = regex.compile(r"達成|判定|順調|遅れ|改善|悪化|上回|下回|見込|評価(?!指標)")


def legend_kinds(texts: Iterable[str]) -> dict[str, Kind]:
    """The symbols the document's notes say mark a kind of indicator (``◆`` → goal from
    ``※◆は総合戦略の数値目標``)."""
    found: dict[str, Kind] = {}
    for text in texts:
        for m in _KIND_LEGEND.finditer(normalize_text(text)):
            if _JUDGED.search(m.group("what")):
                continue  # ◎：数値目標を達成: a grade's legend, no kind
            kind = header_kind(m.group("what"))
            if kind is not None:
                found.setdefault(m.group("mark"), kind)
    return found


def without_kind_marks(table: Table, kinds: dict[str, Kind]) -> tuple[Table, dict[int, Kind]]:
    """The table with each cell of a column of kind symbols emptied (牧之原's ◆ before the
    names, whatever stands left of it), and the kind of each row whose cell printed one (each row
    a cell merged down covers, too). A column of such symbols holds nothing else but at most its
    heading; a mark in a column of grades (◎ ○ △) stays."""
    if not kinds:
        return table, {}
    by_col: dict[int, list[Cell]] = {}
    for c in table.cells:
        if not c.empty and c.colspan == 1:  # (a row across the table is no cell of a column)
            by_col.setdefault(c.col, []).append(c)
    marked_cols = {
        col
        for col, cells in by_col.items()
        if sum(normalize_text(c.text).strip() in kinds for c in cells) >= 1
        and sum(normalize_text(c.text).strip() not in kinds for c in cells) <= 1
        and all(
            len(normalize_text(c.text).replace(" ", "")) <= _MARK_HEADING_CHARS
            for c in cells
            if normalize_text(c.text).strip() not in kinds
        )
    }
    if not marked_cols:
        return table, {}
    rows: dict[int, Kind] = {}
    cells_out = []
    for c in table.cells:
        kind = kinds.get(normalize_text(c.text).strip())
        if kind is not None and c.col in marked_cols:
            for r in range(c.row, c.row + c.rowspan):
                rows[r] = kind
            c = replace(c, text="", lines=())
        cells_out.append(c)
    return replace(table, cells=tuple(cells_out)), rows


def with_noted_marks(drafts: Iterable[Draft], marks: frozenset[str]) -> None:
    """Read each value a mark the document's notes explain trails (斜里's ``1,046r`` beside
    ``※表中の「r」は、…修正したものです``) as the number before the mark; ``raw`` keeps it.
    A mark no note explains is left to the value's own reading (a unit, a warning)."""
    letters = [m for m in marks if m.isascii() and m.isalpha()]
    if not letters:
        return
    trailing = regex.compile(
        rf"(?P<value>[0-9][0-9,.]*)\s*(?:{'|'.join(map(regex.escape, sorted(letters)))})"
    )

    def read(v: ValueCell) -> ValueCell:
        m = trailing.fullmatch(normalize_text(v.text)) if v.value_text is None else None
        return replace(v, value_text=m.group("value")) if m is not None else v

    for d in drafts:
        d.map_values(read)


#: A legend entry for a symbol a table prints in place of a value (最上: ``「－」該当数値なし``,
#: ``「…」数値不詳``): the symbol, then what it says.
_SYMBOL_LEGEND = regex.compile(
    r"「(?P<mark>[^「」\s\d]{1,2})」\s*[:：は=]?\s*(?P<what>[^「」\s、。]{2,10})"
)
#: What a legend may say a symbol stands for, and the marker word of the spec's flag it reads as.
_SYMBOL_MEANINGS = (
    (regex.compile(r"該当(?:数値|者|事業|値)?(?:なし|無し)|皆無"), "なし"),
    (regex.compile(r"不詳|不明|未公表|秘匿"), "―"),
)


def symbol_legend(texts: Iterable[str]) -> dict[str, str]:
    """The symbols a legend on the page defines as a kind of missing value, each with the word
    that reads as that flag (``「－」該当数値なし``: － → なし, flag none; ``「…」数値不詳``: … → a
    dash, missing)."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _SYMBOL_LEGEND.finditer(normalize_text(text)):
            word = next(
                (w for pattern, w in _SYMBOL_MEANINGS if pattern.search(m.group("what"))), None
            )
            if word is not None:
                found.setdefault(m.group("mark"), word)
    return found


def with_symbol_legend(drafts: Iterable[Draft], legend: dict[str, str]) -> None:
    """Read each value that prints only a symbol the page's legend defines as the flag the
    legend gives it (``－`` defined as 該当数値なし: none, not missing); ``raw`` keeps it."""
    if not legend:
        return

    def read(v: ValueCell) -> ValueCell:
        word = legend.get(normalize_text(v.text).replace(" ", "")) if v.value_text is None else None
        return replace(v, value_text=word) if word is not None else v

    for d in drafts:
        d.map_values(read)


#: The longest heading a column of kind symbols may print over them (``区分``, ``種別``).
_MARK_HEADING_CHARS = 4


#: A judgement's mark printed before a value (大槌's 実績 ``◎ 24``, ``○ 10``, ``△9`` under a
#: legend ◎○ 達成 / △ 未達成): the number after it is the value.
_MARKED_VALUE = regex.compile(r"\s*(?P<mark>[◎○〇●×△▲])\s*(?P<value>[0-9][0-9,.]*\S{0,6})\s*")
#: Marks that are never a number's sign: where two of them lead values of one list, a △ before
#: a value of that list is the same kind of mark, no minus.
_JUDGING_MARKS = frozenset("◎○〇●×")
#: Fewest values a judging mark leads in one list for the marks to be read as judgements.
_MIN_MARKED = 2


def with_judged_values(drafts: Iterable[Draft]) -> None:
    """Read each value a judgement's mark leads (``◎ 24``) as the number after the mark, in a
    table whose lists print such marks before two or more of their values, on the rows whose
    own list prints one (a △ before a value of a row with no ◎ or ○, 社会増減数's ``△50``, is a
    minus, the spec's negative); ``raw`` keeps the mark."""
    drafts = list(drafts)
    found: list[tuple[Draft, str, dict[int, str], int]] = []
    judging: dict[str, int] = {}
    for d in drafts:
        for name, cells in (("targets", d.targets), ("actuals", d.actuals)):
            values: dict[int, str] = {}
            marks = 0
            for v in cells:
                m = _MARKED_VALUE.fullmatch(normalize_text(v.text))
                if v.value_text is None and m is not None:
                    values[id(v)] = m.group("value")
                    marks += m.group("mark") in _JUDGING_MARKS
            if values:
                found.append((d, name, values, marks))
                judging[name] = judging.get(name, 0) + marks
    for d, name, values, marks in found:
        if judging[name] < _MIN_MARKED or not marks:
            continue
        cells = d.targets if name == "targets" else d.actuals
        cells[:] = [replace(v, value_text=values[id(v)]) if id(v) in values else v for v in cells]
