"""Bands into sub-rows: one ruled band that stacks several KPI rows, split into one row each.

Municipal sheets are often ruled only between programs: the band between two rules holds a
program and two to six KPI rows set apart by white space alone, so each column's cell holds
one line per KPI. Where the band's value cells agree on k lines (by their baselines on a PDF
page, by their count elsewhere), the band is k sub-rows: each value line starts one, a name's
lines go to the sub-row they stand beside (a name wrapped over two lines stays one name), and
a cell that cannot be split (a program printed once) spans them all. Where the columns
disagree the band gets the best split and a warning naming the page and band; a value is
never glued from two lines.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, replace
from statistics import median

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.quantity import parse_quantity
from jpkpi.primitives.text import fold_width, join_lines, normalize_text
from jpkpi.tables.model import Cell, CellLine, Provenance, Table
from jpkpi.understanding.cells import (
    CellClass,
    classify,
    is_value,
    listed_lines,
    same_as_left,
    unit_word,
)
from jpkpi.understanding.vocabulary import Role, header_role

#: Most lines a name cell may hold for its lines to be matched to sub-rows (the contiguous
#: groupings tried grow as C(lines - 1, k - 1)).
MAX_MATCHED_LINES = 24

#: Most sub-rows one band is split into.
MAX_SUB_ROWS = 12

#: A line stands beside a sub-row's value line when their baselines differ by less than this
#: share of the band's line pitch.
BESIDE = 0.45

#: A line narrower than this share of a cell's widest line stops short: it ends a name, as a
#: wrapped line runs to the cell's edge.
SHORT_LINE = 0.8

#: Two groupings of a name's lines whose fit differs by less than this share of the pitch
#: cannot be told apart.
AMBIGUOUS_FIT = 0.25


@dataclass(frozen=True)
class Band:
    """One band that was split: its row in the source table, where its sub-rows start in the
    split table, how many there are, and what was doubtful."""

    row: int
    first: int
    count: int
    warnings: tuple[str, ...] = ()
    #: The band could not be split and was left whole: nothing read from it is kept.
    unread: bool = False


@dataclass(frozen=True)
class BandSplit:
    """A table with its bands split into sub-rows, and the bands split (every intermediate
    kept, for explain and the debug views)."""

    table: Table
    bands: tuple[Band, ...]

    def band_of(self, row: int) -> Band | None:
        """The band a row of the split table belongs to, if it was one."""
        for band in self.bands:
            if band.first <= row < band.first + band.count:
                return band
        return None


#: The end of a line whose text goes on in the next: a joining mark or an open bracket.
_CONTINUES = regex.compile(r"[・、,，(（「【〔〈《\-－～]\s*$")

#: A number with a leading zero (``01``, ``0200``): a code (予算科目, 事業番号), not a value.
_CODE = regex.compile(r"^\s*0[0-9]+\s*$")


def _is_value_line(text: str) -> bool:
    return is_value(classify(text)) and not _CODE.match(fold_width(text))


def _is_paragraph(cell: Cell, rows: int = 0) -> bool:
    """A cell of running text (sentences, a program's (目的)) or of vertical writing (one or two
    characters a line, and not one line a row): printed once for a band's rows, never cut
    between them."""
    texts = cell.line_texts()
    single = sum(len(t.strip()) == 1 for t in texts)
    vertical = len(texts) >= 4 and len(texts) != rows and single * 2 >= len(texts)
    if vertical and all(len(t.strip()) <= 2 for t in texts):
        return not all(_is_value_line(t) for t in texts)
    return any("。" in t for t in texts) or classify(" ".join(texts)) is CellClass.DESCRIPTION


def _code_columns(table: Table) -> set[int]:
    """Columns whose numbers are mostly codes (``0200``, ``01``): a stack of numbers there is a
    list of codes, not the values of several rows."""
    numbers: Counter[int] = Counter()
    codes: Counter[int] = Counter()
    # whether a line is a number, and a code, once per distinct text (a sheet repeats its
    # texts); a cell without text or lines has no line to look at
    seen: dict[str, tuple[bool, bool]] = {}
    for cell in table.cells:
        if not cell.lines and not cell.text:
            continue
        for text in cell.line_texts():
            kind = seen.get(text)
            if kind is None:
                # fold_width folds one character for one, a space to a space: a text's first
                # folded character is its first one folded, and prose needs no more folding
                number = fold_width(text.strip()[:1]).isdigit()
                code = number and bool(_CODE.match(fold_width(text).strip()))
                kind = seen[text] = (number, code)
            if kind[0]:
                numbers[cell.col] += 1
                codes[cell.col] += kind[1]
    return {col for col, n in numbers.items() if codes[col] * 3 >= n}


#: Most characters a heading line printed inside a band's value cell holds (``R3``, ``(実績)``).
MAX_HEAD_LINE = 12


def _value_stack(cell: Cell) -> tuple[tuple[CellLine, ...], tuple[CellLine, ...]] | None:
    """A cell's heading lines and value lines when it stacks values: two values or more, or,
    on a page, short headings over one value or more (``R3`` ``(実績)`` over ``104人``: a band
    that prints its own header row)."""
    if not cell.lines:  # one line (most cells of a large sheet): no stack
        return None
    lines = tuple(ln for ln in cell.lines if ln.text.strip())
    if not lines or not _is_value_line(lines[-1].text):
        return None  # a stack ends in a value: a paragraph's other lines need no look
    first = next((i for i, ln in enumerate(lines) if _is_value_line(ln.text)), len(lines))
    head, values = lines[:first], lines[first:]
    if not values or not all(_is_value_line(ln.text) for ln in values):
        return None
    if head and (
        any(ln.y is None or len(ln.text.strip()) > MAX_HEAD_LINE for ln in head)
        or any(classify(ln.text) in (CellClass.PROSE, CellClass.STATEMENT) for ln in head)
    ):
        return None
    if len(values) == 2 and _GLOSS_LINE.fullmatch(fold_width(values[1].text).strip()):
        return None  # 7 over （31.8%） (安平): one value and its share in brackets, no two rows
    if len(values) < 2 and not head:
        return None
    return head, values


#: A value line wholly in brackets under a value: the value's gloss (its share, a total).
_GLOSS_LINE = regex.compile(r"[(（][^()（）]+[)）]")


def split_bands(table: Table) -> BandSplit:
    """The table with each band that stacks several KPI rows split into one row each, and each
    row that pairs indicators in one cell (``開催回数／参加者数``) split into one row each."""
    pairs = _pair_plans(table)
    labelled = _label_plans(table)
    if not pairs and not labelled and not any(len(c.lines) > 1 for c in table.cells):
        return BandSplit(table, ())
    # only a row with a cell of several lines can stack values: the others are not gathered
    # (a large sheet's 380,000 cells, of which a few thousand break their text)
    stacked = {cell.row for cell in table.cells if cell.lines}
    by_row: dict[int, list[Cell]] = {}
    for cell in table.cells:
        if cell.row in stacked:
            by_row.setdefault(cell.row, []).append(cell)
    codes = _code_columns(table)
    headings = _Headings(table)
    frames = [
        f
        for r, cells in sorted(by_row.items())
        if (f := _frame(table, r, cells, codes, headings)) is not None
    ]
    once = _once_columns(table, frames)
    plans = {f.row: _plan_band(f, once) for f in frames}
    plans.update({r: plan for r, plan in pairs.items() if r not in plans})
    # labels pair a row's lines where the lines do not line up (a name wrapped, 同左 beside it)
    plans.update(labelled)
    if not plans:
        return BandSplit(table, ())
    # Where each source row starts in the split table.
    start: list[int] = []
    n = 0
    for r in range(table.n_rows):
        start.append(n)
        n += plans[r].count if r in plans and not plans[r].unread else 1
    start.append(n)
    cells_out: list[Cell] = []
    for cell in table.cells:
        plan = plans.get(cell.row)
        if plan is None or plan.unread or cell.rowspan > 1 or id(cell) not in plan.parts:
            end = start[min(cell.row + cell.rowspan, table.n_rows)]
            cells_out.append(replace(cell, row=start[cell.row], rowspan=end - start[cell.row]))
            continue
        for i, lines in enumerate(plan.parts[id(cell)]):
            if lines:
                cells_out.append(_sub_cell(cell, start[cell.row] + i, lines))
    cells_out.sort(key=lambda c: (c.row, c.col))
    overlays = tuple(
        replace(
            c, row=start[c.row], rowspan=start[min(c.row + c.rowspan, table.n_rows)] - start[c.row]
        )
        for c in table.overlays
    )
    bands = tuple(
        Band(r, start[r], 1 if plan.unread else plan.count, tuple(plan.warnings), plan.unread)
        for r, plan in sorted(plans.items())
    )
    return BandSplit(replace(table, cells=tuple(cells_out), n_rows=n, overlays=overlays), bands)


@dataclass
class _Plan:
    count: int
    #: For each cell split (by id), its lines for each sub-row (an empty list: nothing there).
    parts: dict[int, list[list[CellLine]]]
    warnings: list[str]
    unread: bool = False


def _sub_cell(cell: Cell, row: int, lines: list[CellLine]) -> Cell:
    """The part of a band's cell that one sub-row takes."""
    bbox = cell.provenance.bbox
    ys = [ln.y for ln in lines if ln.y is not None]
    tops = [ln.top for ln in lines if ln.top is not None]
    if bbox is not None and ys and len(tops) == len(lines):  # the box around its lines' glyphs
        bbox = (
            min(ln.x0 if ln.x0 is not None else bbox[0] for ln in lines),
            min(tops),
            max(ln.x1 if ln.x1 is not None else bbox[2] for ln in lines),
            max(ys),
        )
    elif bbox is not None and ys:
        x0s = [ln.x0 for ln in lines if ln.x0 is not None]
        x1s = [ln.x1 for ln in lines if ln.x1 is not None]
        height = max(1.0, _pitch_of(ys) if len(ys) > 1 else bbox[3] - bbox[1])
        bbox = (
            min(x0s) if x0s else bbox[0],
            max(bbox[1], min(ys) - height),
            max(x1s) if x1s else bbox[2],
            max(ys),
        )
    texts = [ln.text for ln in lines]
    text = join_lines(texts) if ys else " ".join(t.strip() for t in texts if t.strip())
    provenance: Provenance = replace(cell.provenance, bbox=bbox)
    return replace(
        cell,
        row=row,
        rowspan=1,
        text=text,
        provenance=provenance,
        lines=tuple(lines) if (ys or len(lines) > 1) else (),
    )


def _pitch_of(ys: list[float]) -> float:
    gaps = [b - a for a, b in itertools.pairwise(sorted(ys)) if b - a > 0.5]
    return median(gaps) if gaps else 0.0


def _where(table: Table, cell: Cell) -> str:
    """The place of a band for a warning: page and row, or the sheet cell, or the line."""
    p = cell.provenance
    if p.page is not None:
        return f"page {p.page}, table row {cell.row + 1}"
    if p.address is not None:
        return f"{p.sheet + ' ' if p.sheet else ''}{p.address}"
    if p.line is not None:
        return f"line {p.line}"
    return f"table row {cell.row + 1}"


#: The mark between the parts of a cell that pairs indicators, or their values.
_PAIR_MARK = regex.compile(r"\s*[／/]\s*")

#: Most indicators one cell pairs.
MAX_PAIRED = 4

#: The mark between the parts of a unit cell beside paired values (a unit each: ``回・人``).
_SHARED_MARK = regex.compile(r"\s*[・／/]\s*")


def _pair_plans(table: Table) -> dict[int, _Plan]:
    """Rows that pair k indicators in one cell with k values in each value cell, split at the
    mark (留萌: ``開催回数／参加者数`` over ``4回／延べ612人`` and ``5回／延べ701人``): k rows,
    each its part, every other cell of the row but a value repeated in each (the program, a
    target year, a dash), a unit cell split too (``回・人``, ``回／人``). The name cell must split
    into k whole names (``健康寿命（男性／女性）`` and ``平均正答率 小学校／中学校`` are one
    indicator's breakdown) and two value cells or more into k values each, with no cell of the
    row split otherwise (a subsidy's ``1/2`` beside a plain name splits nothing), and no heading
    over the values may pair its words so (``実績／目標``: each cell one indicator's pair)."""
    rows: dict[int, list[Cell]] = {}
    for cell in table.cells:
        if cell.rowspan == 1 and not cell.lines and ("／" in cell.text or "/" in cell.text):
            rows.setdefault(cell.row, []).append(cell)
    plans: dict[int, _Plan] = {}
    grid = table.grid() if rows else []
    for r, cells in rows.items():
        split = {id(c): _PAIR_MARK.split(c.text.strip()) for c in cells}
        counts = {len(parts) for parts in split.values()}
        if len(counts) != 1 or not 2 <= (k := counts.pop()) <= MAX_PAIRED:
            continue
        classes = {i: [classify(p) for p in parts] for i, parts in split.items()}
        names = [
            i
            for i, parts in split.items()
            if all(_whole_name(p) for p in parts) and not _categories(parts)
        ]
        units = [i for i, parts in split.items() if all(unit_word(p) for p in parts)]
        values = [i for i, cls in classes.items() if all(is_value(c) for c in cls)]
        if (
            len(names) != 1
            or len(values) < 2
            or len(names) + len(units) + len(values) != len(cells)
        ):
            continue
        value_cols = {c.col for c in cells if id(c) in values}
        if any(_pairs_above(grid, r, col) for col in value_cols):
            continue
        parts = {i: [[CellLine(p)] for p in split[i]] for i in (*names, *units, *values)}
        said: list[str] = []
        for c in grid[r]:
            if c is None or c.row != r or c.rowspan != 1 or id(c) in parts:
                continue
            texts = c.line_texts()
            shared = _SHARED_MARK.split(texts[0].strip()) if len(texts) == 1 else []
            if len(shared) == k and all(unit_word(p) for p in shared):
                parts[id(c)] = [[CellLine(p)] for p in shared]  # 回・人: a unit each
            elif texts and classify(c.text) is not CellClass.QUANTITY:
                parts[id(c)] = [[CellLine(t) for t in texts]] * k  # printed once: each's (a dash)
            elif texts and (j := _part_of_unit(c.text, split[values[0]])) is not None:
                # 800人 printed once beside 4回／612人: the part of its unit's
                parts[id(c)] = [[CellLine(t) for t in texts] if i == j else [] for i in range(k)]
            elif texts:
                parts[id(c)] = [[] for _ in range(k)]
                said.append(
                    f"{normalize_text(c.text)!r}, printed once beside the paired indicators of "
                    f"table row {r + 1}, may be either one's: not read"
                )
        plans[r] = _Plan(k, parts, said)
    return plans


#: A circled number that labels one of the indicators a row lists in each cell (①, ②, …).
_CIRCLED = regex.compile(r"[\u2460-\u2473]")


def _labelled(text: str) -> list[str] | None:
    """The parts of a cell that lists its lines under circled numbers in order (``①観光入込客数
    ②村内宿泊施設の延べ宿泊者数``: two parts), its line breaks joined; None for any other cell."""
    flat = text.replace("\n", "").strip()
    marks = list(_CIRCLED.finditer(flat))
    if len(marks) < 2 or marks[0].start() != 0:
        return None
    if [ord(m.group()) - 0x2460 for m in marks] != list(range(len(marks))):
        return None
    ends = [m.start() for m in marks[1:]] + [len(flat)]
    parts = [flat[m.end() : end].strip() for m, end in zip(marks, ends, strict=True)]
    return parts if all(parts) else None


def _label_plans(table: Table) -> dict[int, _Plan]:
    """Rows that list k indicators under circled numbers in their cells (椎葉: ``①観光入込客数
    ②村内宿泊施設の延べ宿泊者数`` beside ``①千人②人泊``, ``①132.4 ②18,620``, ``①145.0 ②同左``):
    k rows, each cell's part of the same number in each, a cell printed once (the 施策, a dash)
    in every one. The name cell must list whole names and two value cells or more values (or
    ``同左``), every labelled cell of the row the same count: the label pairs the parts, where
    their lines need not stand beside each other (a wrapped name, ``（累計）`` on a line of its
    own)."""
    plans: dict[int, _Plan] = {}
    rows = sorted({c.row for c in table.cells if "\u2461" in c.text})  # (a ② in some cell)
    grid = table.grid() if rows else []
    for r in rows:
        cells = [c for k, c in enumerate(grid[r]) if c is not None and c.row == r and c.col == k]
        found = {id(c): _labelled(c.text) for c in cells}
        listed = {i: lines for i, lines in found.items() if lines is not None}
        counts = {len(parts) for parts in listed.values()}
        if (
            len(listed) < 3
            or len(counts) != 1
            or any(c.rowspan > 1 for c in cells if id(c) in listed)
        ):
            continue
        k = counts.pop()
        names = [i for i, parts in listed.items() if all(_whole_name(p) for p in parts)]
        values = [
            i
            for i, parts in listed.items()
            if all(is_value(classify(p)) or same_as_left(p) for p in parts)
        ]
        if len(names) != 1 or len(values) < 2:
            continue
        parts = {i: [[CellLine(p)] for p in listed[i]] for i in listed}
        said: list[str] = []
        name_col = next(c.col for c in cells if id(c) == names[0])
        for c in cells:
            if id(c) in parts or c.rowspan != 1 or not c.text.strip():
                continue
            flat = c.text.replace("\n", "").strip()
            one = _CIRCLED.match(flat)
            if one is not None and not _CIRCLED.search(flat, one.end()):
                # ①147.9 alone: that number's part, the others print nothing there
                at = ord(one.group()) - 0x2460
                rest = flat[one.end() :].strip()
                parts[id(c)] = [[CellLine(rest)] if i == at else [] for i in range(k)]
                if at >= k:
                    said.append(
                        f"{flat!r} in table row {r + 1} names an indicator the row does not "
                        f"list ({k} listed): not read"
                    )
            elif (
                c.col > name_col  # (a row's number left of the names is every one's)
                and is_value(classify(flat))
                and any(ch.isdigit() for ch in fold_width(flat))
            ):
                # a number with no label beside labelled ones: whose it is, the row does not say
                parts[id(c)] = [[] for _ in range(k)]
                said.append(
                    f"{flat!r} in table row {r + 1}, printed without a number beside the "
                    f"indicators listed ①…, may be any one's: not read"
                )
            else:  # the 施策, a dash: each one's
                parts[id(c)] = [[CellLine(t) for t in c.line_texts()]] * k
        plans[r] = _Plan(k, parts, said)
    return plans


def _balanced(text: str) -> bool:
    """Whether a text closes each bracket it opens (``健康寿命（男性`` does not)."""
    return text.count("(") + text.count("（") == text.count(")") + text.count("）")


def _whole_name(text: str) -> bool:
    """Whether a part of a paired name cell is a whole indicator's name: words of three
    characters or more, no space inside (``平均正答率 小学校``: a stem and a category, the
    pair a breakdown of one indicator), its brackets closed (``健康寿命（男性``)."""
    bare = text.strip()
    return (
        classify(bare) is CellClass.TEXT
        and len(bare) >= _MIN_NAME_CHARS
        and not any(ch.isspace() for ch in bare)
        and _balanced(bare)
    )


#: Fewest characters a paired indicator's name holds (男性／女性 are categories, no names).
_MIN_NAME_CHARS = 3


def _categories(parts: list[str]) -> bool:
    """Whether a paired name cell pairs categories of one indicator, not indicators: short
    parts of one ending (``小学校／中学校``), or a stem printed once after the last part
    (``小学生／中学生の参加者数``)."""
    bare = [p.strip() for p in parts]
    if (
        all(len(p) <= _CATEGORY_CHARS for p in bare)
        and _shared_ending(bare) >= _CATEGORY_ENDING
        and bare[0][-1] not in _MEASURES  # (転入者数／転出者数: two counts, two indicators)
    ):
        return True
    return "の" in bare[-1] and all("の" not in p and len(p) <= _CATEGORY_CHARS for p in bare[:-1])


#: Longest part read as a category (小学校, 男性, 中学生).
_CATEGORY_CHARS = 4
#: Fewest characters short parts share at their end to be categories of one thing (学校).
_CATEGORY_ENDING = 2
#: Last characters of a measure's name (a count, a rate, an amount): names of indicators.
_MEASURES = frozenset("数率量額度値高")


def _shared_ending(texts: list[str]) -> int:
    """How many characters every text ends with alike."""
    n = 0
    while all(len(t) > n for t in texts) and len({t[len(t) - 1 - n] for t in texts}) == 1:
        n += 1
    return n


def _part_of_unit(text: str, parts: list[str]) -> int | None:
    """The one part of a paired value (``4回／612人``) whose unit a value printed once beside
    it (``800人``) shares; None where none or several do."""
    try:
        unit = parse_quantity(text).unit
        units = [parse_quantity(p).unit for p in parts]
    except ParseError:
        return None
    found = [i for i, u in enumerate(units) if u is not None and u == unit]
    return found[0] if len(found) == 1 else None


def _pairs_above(grid: list[list[Cell | None]], r: int, col: int) -> bool:
    """Whether a heading over column ``col`` above row ``r`` pairs its words at a slash
    (``実績／目標（R5）``)."""
    for row in grid[:r]:
        cell = row[col] if col < len(row) else None
        if cell is None or cell.colspan > 1 or not ("／" in cell.text or "/" in cell.text):
            continue  # (a group row spanning the table, 移住／定住の促進, heads no column)
        # (a row of paired values above, 4回／延べ612人, is no heading)
        if not any(is_value(classify(p)) for p in _PAIR_MARK.split(cell.text.strip())):
            return True
    return False


@dataclass
class _Frame:
    """A band that stacks k rows: its cells, its value stacks and, on a page, the rows'
    baselines."""

    row: int
    k: int
    own: list[Cell]
    stacks: dict[int, tuple[CellLine, ...]]
    ys: list[float] | None
    #: The distance between two rows' baselines, and between two lines of text.
    pitch: float
    where: str
    line_pitch: float = 1.0
    #: The band's first row is its own header row, printed above its values.
    headed: bool = False


class _Headings:
    """The columns headed as indicators above a row, read from the table's top rows when first
    asked for (most tables never ask)."""

    #: Header rows read at most: a heading stands at the top.
    MAX_ROWS = 10

    def __init__(self, table: Table) -> None:
        self._table = table
        self._found: dict[int, set[int]] = {}

    def indicators(self, above: int) -> set[int]:
        """The columns under a heading that reads as indicators, in the rows above ``above``."""
        above = min(above, self.MAX_ROWS)
        if above not in self._found:
            self._found[above] = {
                col
                for c in self._table.cells
                if c.row < above and not c.empty and header_role(c.text) is Role.INDICATOR
                for col in range(c.col, c.col + c.colspan)
            }
        return self._found[above]


def _frame(
    table: Table, r: int, cells: list[Cell], codes: set[int], headings: _Headings
) -> _Frame | None:
    """The rows a band stacks, or None where it holds one row."""
    own = [c for c in cells if c.rowspan == 1 and c.col not in codes]
    if any(len(c.line_texts()) > 1 and listed_lines(c.line_texts()) for c in own):
        # 目標 14 / 実績 15 under 平成28年度 (さぬき): one indicator's lists of a year, each line
        # labelled, no rows stacked
        return None
    # (a cell without lines holds no stack: most cells of a large sheet)
    found = {id(c): s for c in own if c.lines and (s := _value_stack(c)) is not None}
    if not found:
        return _list_frame(table, cells, own, headings)
    stacks = {i: values for i, (_head, values) in found.items()}
    heads = {i: head for i, (head, _values) in found.items() if head}
    counts = Counter(len(s) for s in stacks.values())
    k, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if k > MAX_SUB_ROWS or (k == 1 and len(heads) < 2):
        return None
    # Evidence that the band holds k rows, not one cell that happens to stack values: two
    # value columns agree, or a name or unit column breaks into as many lines or more.
    names = [
        c
        for c in own
        if id(c) not in stacks and len(c.line_texts()) >= k and not _is_paragraph(c, k)
    ]
    if counts[k] < 2 and not names:
        return None
    ref = [s for s in stacks.values() if len(s) == k]
    if all(ln.y is not None for s in ref for ln in s):
        ys = [median(float(s[i].y) for s in ref) for i in range(k)]  # type: ignore[arg-type]
        if len(heads) >= 2:
            # the band prints its own header row above its values: one more row, first
            head_y = median(float(h[-1].y) for h in heads.values())  # type: ignore[arg-type]
            if head_y < ys[0]:
                ys = [head_y, *ys]
                k += 1
                stacks = {i: (*heads.get(i, ()), *values) for i, values in stacks.items()}
        pitch = _pitch_of(ys) or 1.0
        line_pitch = _line_pitch(own, pitch)
        return _Frame(
            r, k, own, stacks, ys, pitch, _where(table, cells[0]), line_pitch, bool(heads)
        )
    return _Frame(r, k, own, stacks, None, 1.0, _where(table, cells[0]))


#: Most lines one listed item may wrap over (a name; longer items are paragraphs: effects,
#: reasons).
MAX_ITEM_LINES = 3

#: A line that starts an item of a list (``・婚姻届出数``), and a list mark anywhere in a line.
_ITEM = regex.compile(r"^\s*[・●○◆◇■□•◦]")
_MARK = regex.compile(r"(?:^|\s)[・●○◆◇■□•◦]")


def _list_frame(
    table: Table, cells: list[Cell], own: list[Cell], headings: _Headings
) -> _Frame | None:
    """A band without values whose cell lists its rows as items, each led by a mark and maybe
    wrapped (``・婚姻届出数`` / ``・出生数`` / ``・新築住宅着工棟`` ``数``, a sheet of KPIs whose
    values are still blank): a sub-row at each item's first line. Every such cell of the band
    must agree on the count; a cell with two items on one line (lists printed side by side)
    lists nothing here."""
    lists: dict[int, list[float]] = {}  # the items' baselines, by column
    for c in own:
        lines = [ln for ln in c.lines if ln.text.strip()]
        if len(lines) < 2 or any(ln.y is None for ln in lines) or not _ITEM.match(lines[0].text):
            continue
        if any(len(_MARK.findall(ln.text)) > 1 for ln in lines):
            continue
        starts = _item_starts([ln.text for ln in lines])
        longest = max(b - a for a, b in itertools.pairwise([*starts, len(lines)]))
        if len(starts) >= 2 and longest <= MAX_ITEM_LINES and not _is_paragraph(c, len(starts)):
            lists[c.col] = [float(lines[i].y) for i in starts]  # type: ignore[arg-type]
    # lists beside an indicator column's (the projects of each KPI) may hold fewer items: the
    # column headed as the indicators' decides, where one is
    # (one list alone decides by itself: the headings are not read)
    if not lists:
        return None
    # a value printed once in the band, where no list stands under an indicators' heading (豊岡:
    # `45件` beside the projects `○豊岡エキシビション` / `○メディア・…招聘` under 2017年度事業):
    # the band is one row, its lists the items of that row (上市's goal value printed once
    # beside a list of KPI names still splits)
    if not set(lists) & headings.indicators(cells[0].row) and any(
        c.col not in lists and not c.empty and _is_value_line(c.text) for c in own
    ):
        return None
    named = (
        [col for col in lists if col in headings.indicators(cells[0].row)] if len(lists) > 1 else []
    )
    if len(named) == 1:
        ys = lists[named[0]]
    elif len({len(v) for v in lists.values()}) == 1:
        ys = next(iter(lists.values()))
    else:
        return None
    if len(ys) > MAX_SUB_ROWS:
        return None
    pitch = _pitch_of(ys) or 1.0
    line_pitch = _line_pitch(own, pitch)
    return _Frame(cells[0].row, len(ys), own, {}, ys, pitch, _where(table, cells[0]), line_pitch)


def _item_starts(texts: list[str]) -> list[int]:
    """The lines that start a listed item: led by a mark, with the item before closed (a line
    ``・健診等)`` after ``・健康増進(健康教`` goes on inside its bracket, its ``・`` the
    text's own)."""
    starts: list[int] = []
    depth = 0
    for i, text in enumerate(texts):
        if _ITEM.match(text) and depth <= 0:
            starts.append(i)
            depth = 0
        depth += sum(text.count(o) for o in "(（「【") - sum(text.count(c) for c in ")）」】")
    return starts


def _line_pitch(own: list[Cell], pitch: float) -> float:
    """The distance between two lines of text in a band's cells (at most the rows' pitch)."""
    gaps = [
        float(b.y) - float(a.y)  # type: ignore[arg-type]
        for c in own
        for a, b in itertools.pairwise(ln for ln in c.lines if ln.y is not None)
        if b.y - a.y > 0.5  # type: ignore[operator]
    ]
    return min(pitch, median(gaps)) if gaps else pitch


def _vote(frame: _Frame, cell: Cell) -> str | None:
    """What one band says of a text cell's column: ``rows`` (a line group beside each row),
    ``once`` (printed once for the band: one line, or one continuous text), or nothing."""
    lines = [ln for ln in cell.lines if ln.text.strip()] or (
        [CellLine(cell.text)] if cell.text.strip() else []
    )
    m, k = len(lines), frame.k
    if m == 0:
        return None
    # lines each led by a mark (・消火栓の設置数 / ・消防車両の更新): a listed item each
    listed = len(_item_starts([ln.text.strip() for ln in lines])) == m
    if m == 1:
        return None if listed else "once"  # (one item beside a band's rows: says nothing)
    if frame.ys is None:
        return "rows" if m == k else None
    if m < k:
        return "once"  # fewer lines than rows: not one group beside each
    if m == k:
        return "rows" if listed else None
    if m >= k + 2 and not any(_short_lines(lines)[:-1]):
        return "once"  # every line but the last runs to the edge: one text, wrapped
    fit, _rows, _doubt = _by_anchor(lines, frame.ys, frame.line_pitch)
    return "rows" if fit <= BESIDE * frame.line_pitch * k else "once"


#: The weight of a column heading's words among the bands' votes on how a column is printed.
HEADING_VOTE = 1.5

#: Column headings whose text is printed once for a band's rows, and those printed a row each.
_ONCE_ROLES = frozenset({Role.PROGRAM, Role.SUMMARY, Role.SECTION, Role.KIND})
_ROWS_ROLES = frozenset({Role.INDICATOR, Role.UNIT, Role.TARGET_PERIOD, Role.BASE_YEAR})


def _heading_votes(table: Table, frames: list[_Frame]) -> dict[int, dict[str, float]]:
    """What the heading above each column says of it: a program's column holds one text a
    band, an indicator's or a unit's one a row (a vote, not a verdict)."""
    votes: dict[int, dict[str, float]] = {}
    if not frames:
        return votes
    first = min(f.row for f in frames)
    for cell in table.cells:
        if cell.row >= first or cell.colspan > 1 or cell.empty:
            continue
        role = header_role(cell.text)
        vote = "once" if role in _ONCE_ROLES else "rows" if role in _ROWS_ROLES else None
        if vote is not None:
            own = votes.setdefault(cell.col, {})
            own[vote] = own.get(vote, 0.0) + HEADING_VOTE
    return votes


def _once_columns(table: Table, frames: list[_Frame]) -> set[int]:
    """Columns whose text is printed once for a band's rows (a program, its summary), by the
    votes of every band of the table and of the column's heading."""
    votes = _heading_votes(table, frames)
    for frame in frames:
        for cell in frame.own:
            if (
                id(cell) in frame.stacks
                or _is_paragraph(cell, frame.k)
                or _is_value_line(cell.text)
            ):
                continue
            vote = _vote(frame, cell)
            if vote is not None:
                own = votes.setdefault(cell.col, {})
                own[vote] = own.get(vote, 0.0) + 1.0
    return {col for col, v in votes.items() if v.get("once", 0.0) > v.get("rows", 0.0)}


def _plan_band(frame: _Frame, once: set[int]) -> _Plan:
    """How one band splits: each cell's lines for each row, and the doubts."""
    k, where = frame.k, frame.where
    warnings: list[str] = []
    parts: dict[int, list[list[CellLine]]] = {}
    if frame.ys is not None:
        ys, pitch = frame.ys, frame.pitch
        disagree = False
        for cell in frame.own:
            lines = [ln for ln in cell.lines if ln.text.strip()]
            if not lines:
                continue
            if id(cell) in frame.stacks:
                values = [ln for ln in lines if _is_value_line(ln.text)]
                head = lines[: len(lines) - len(values)] if frame.headed else []
                rows, ok = _nearest(lines[len(head) :], ys, pitch)
                rows[0] = head + rows[0]
                disagree |= not ok or len(lines) - len(head) > k
                parts[id(cell)] = rows
            elif _is_paragraph(cell, k) or cell.col in once:
                continue  # printed once for them all
            elif len(lines) == 1 and not _is_value_line(lines[0].text):
                continue  # one line beside several rows: printed once for them all
            else:
                _fit, rows, doubt = _by_anchor(lines, ys, frame.line_pitch)
                if doubt:
                    warnings.append(
                        f"{where}: the band holds {k} rows; which of them "
                        f"{normalize_preview(cell)} belongs to is a guess"
                    )
                parts[id(cell)] = rows
        if disagree:
            warnings.append(
                f"{where}: the band holds {k} rows, but its value columns do not line up; "
                "values were placed by their baselines"
            )
        return _Plan(k, parts, warnings)
    # Without a place on a page, lines pair only by their order: a cell whose lines do not
    # number the band's rows cannot be matched, and the band is left unread, not guessed.
    for cell in frame.own:
        lines = [ln for ln in cell.lines if ln.text.strip()]
        if _is_paragraph(cell, k) or (cell.col in once and id(cell) not in frame.stacks):
            continue
        if len(lines) == k:
            parts[id(cell)] = [[ln] for ln in lines]
        elif len(lines) > 1 or (len(lines) == 1 and _is_value_line(lines[0].text)):
            warnings.append(
                f"{where}: the band holds {k} rows, but {normalize_preview(cell)} has "
                f"{len(lines)} line{'s' if len(lines) > 1 else ''}; the band was not read"
            )
    if warnings:
        return _Plan(k, {}, warnings, unread=True)
    return _Plan(k, parts, warnings)


def normalize_preview(cell: Cell) -> str:
    """A cell's text for a warning: quoted, shortened."""
    text = " ".join(cell.line_texts())
    return repr(text if len(text) <= 30 else text[:29] + "…")


def _nearest(
    lines: list[CellLine], ys: list[float], pitch: float
) -> tuple[list[list[CellLine]], bool]:
    """Each line to the sub-row whose value baseline it stands beside; whether all did."""
    rows: list[list[CellLine]] = [[] for _ in ys]
    ok = True
    for ln in lines:
        assert ln.y is not None
        # (a line midway between two sub-rows, 大鰐's name beside its two-line cells, goes to
        # the upper one whichever reader placed its glyphs: distances are compared to 0.01 pt)
        y = float(ln.y)
        i = min(range(len(ys)), key=lambda j: (round(abs(ys[j] - y), 2), j))
        if abs(ys[i] - ln.y) > BESIDE * pitch or rows[i]:
            ok = False
        rows[i].append(ln)
    return rows, ok


def _by_anchor(
    lines: list[CellLine], ys: list[float], pitch: float
) -> tuple[float, list[list[CellLine]], bool]:  # pitch: the text's line pitch
    """A name's lines cut into one contiguous group per sub-row, the cut whose groups stand
    best beside their value lines (all aligned at their tops, centres or bottoms, as a sheet
    aligns one column): how far its groups stand from their rows in all, the groups, and
    whether another cut fits almost as well."""
    k = len(ys)
    m = len(lines)
    if m <= k or m > MAX_MATCHED_LINES:
        rows, _ok = _nearest(lines, ys, pitch)
        fit = sum(min(abs(float(ln.y or 0.0) - y) for y in ys) for ln in lines)
        return fit, rows, m > k
    by_y = [float(ln.y) for ln in lines]  # type: ignore[arg-type]
    # A line that wraps runs to the cell's edge; only a name's last line may stop short.
    short = _short_lines(lines)
    fits: list[tuple[float, tuple[int, ...]]] = []
    for cuts in itertools.combinations(range(1, m), k - 1):
        bounds = (0, *cuts, m)
        best = min(
            sum(
                abs(_anchor(by_y[a:b], mode) - ys[i])
                for i, (a, b) in enumerate(itertools.pairwise(bounds))
            )
            for mode in ("top", "centre", "bottom")
        )
        wrapped_short = sum(
            short[j] for a, b in itertools.pairwise(bounds) for j in range(a, b - 1)
        )
        # a line that ends in a joining mark (``社・`` over ``団体``) goes on in the next line
        cut_open = sum(_CONTINUES.search(lines[b - 1].text) is not None for b in bounds[1:-1])
        fits.append((best + (wrapped_short + cut_open) * pitch / 2, bounds))
    fits.sort()
    best_fit, bounds = fits[0]
    doubt = len(fits) > 1 and fits[1][0] - best_fit < AMBIGUOUS_FIT * pitch
    rows = [list(lines[a:b]) for a, b in itertools.pairwise(bounds)]
    return best_fit, rows, doubt


def _short_lines(lines: list[CellLine]) -> list[bool]:
    """Which lines stop short of the cell's widest (a wrapped line runs to the edge)."""
    widths = [(ln.x1 - ln.x0) if ln.x0 is not None and ln.x1 is not None else 0.0 for ln in lines]
    widest = max(widths, default=0.0)
    return [widest > 0 and w < SHORT_LINE * widest for w in widths]


def _anchor(ys: list[float], mode: str) -> float:
    if mode == "top":
        return ys[0]
    if mode == "bottom":
        return ys[-1]
    return (ys[0] + ys[-1]) / 2
