"""Bulleted blocks: indicators written inside a text cell, each a bullet line naming it and the
lines under it keying its values.

交付金 verification sheets print each KPI so, in one tall cell beside the program's text
(四万十: ``◆H27新植面積`` over ``目標：2ha`` / ``実績：2.14ha``, or ``◆ぶしゅかん新植面積`` over
``H26：0.9ha →H31：12ha`` / ``（H27到達点：3.04ha）``). Read as rows, the cell is cut into its
lines and each line is read apart: a value without a name, a value taken for a name. Read
whole, each block is one indicator: a list's word keys a value into that list (dated by the
column's heading where the line names no period), a period alone keys the ends of an arrow
(where the indicator starts, where it is to go), and a period with a list's word keys both.

A cell may also write each indicator as a card without a bullet (伊豆の国: a name line over
``R2年度　5.5万人（基準値）``, ``R3年度　6.1万人``, ``R8年度　20万人（目標値）`` and
``【評価：B】``):
each line a period, a space and a value, the list in brackets after it (a bare period keys an
actual, a 現状値 after the 基準値 the latest actual), the card's grade in 【評価：…】; a card
named as given for reference (``（参考）…事業費``) is no indicator.

A cell with a bullet line that no keyed line follows (``◆英語版観光パンフレットの作成　5,000部``:
what was done) is not read as blocks, nor a table whose rows print values of their own; a key
no rule reads (a period alone, without an arrow) is kept out with a warning naming the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.period import ERA_PATTERN, Period, find_period, parse_period, year_of
from jpkpi.primitives.text import BULLET_MARKS, fold_width, normalize_text
from jpkpi.tables.model import Cell, CellLine, Provenance, Table
from jpkpi.understanding.cells import (
    DEPARTMENT_NAME,
    PERIOD_KEY,
    CellClass,
    classify,
    department_of,
    is_value,
)
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.programs import Program, parse_program
from jpkpi.understanding.vocabulary import (
    Kind,
    Role,
    Vocabulary,
    for_reference,
    header_kind,
    header_role,
)

#: The classes of a cell that prints a value of its own (a dash alone fills any blank cell).
_OWN_VALUES = frozenset({CellClass.QUANTITY})

#: Most rows above the first block read as its heading.
MAX_HEADER_ROWS = 3

#: Marks that start a bullet line (the marks split_label drops before a name).
BULLETS = BULLET_MARKS

_BULLET_ANYWHERE = regex.compile(f"[{BULLETS}]")

#: The roles whose words key a value into a list, and the list each fills.
_LIST_ROLES = {"baseline": "baseline", "target": "target", "actual": "actual"}

#: ``key：value``: a key of a period, a list's word or both, a colon, a value.
_SEGMENT = regex.compile(r"(?P<key>[^\s:：]{1,12}?)\s*[:：]\s*(?P<value>\S(?:.*\S)?)")
#: The mark between where an indicator starts and where it is to go.
_ARROW = regex.compile(r"\s*(?:→|⇒|➡|->)\s*")
#: A period at the head of a key (``H27到達点``: H27, then a list's word).
_PERIOD_HEAD = regex.compile(rf"(?P<period>{PERIOD_KEY.pattern})(?P<rest>.*)", regex.IGNORECASE)
#: A cell that may hold cards: a period then a space then a digit somewhere in it (cheap).
_CARD_START = regex.compile(rf"(?:{PERIOD_KEY.pattern})\s+[0-9]", regex.IGNORECASE)
#: A heading line inside the cell (``【交付金事業のKPI】``): no indicator, no value.
_HEADING_LINE = regex.compile(r"[【\[［〔<＜≪].*[】\]］〕>＞≫]")


@dataclass(frozen=True)
class Key:
    """What a value's key names: its period, its list, or both (``H27到達点``)."""

    period: Period | None
    listed: str | None


@dataclass(frozen=True)
class Keyed:
    """One ``key：value`` of a block: the key, the value's text and the text as printed."""

    key: Key
    value: str
    raw: str


@dataclass(frozen=True)
class Block:
    """One indicator written as a bullet line and the keyed lines under it."""

    name: str
    lines: tuple[tuple[Keyed, ...], ...]
    where: Provenance
    #: The grade a card prints for the indicator (``【評価：B】``: ``B``).
    status: str | None = None


def _cell_lines(cell: Cell) -> list[tuple[str, CellLine | None]]:
    if cell.lines:
        return [(ln.text.strip(), ln) for ln in cell.lines if ln.text.strip()]
    texts = regex.split(r"[\n\u2028]", cell.text)
    return [(t.strip(), None) for t in texts if t.strip()]


def _list_word(text: str, vocabulary: Vocabulary) -> str | None:
    """The list a key's word names where the word is a list's word by itself (``目標``,
    ``実績値``, ``到達点``); a longer key (``補助実績``) names something else."""
    bare = text.strip()
    if not bare:
        return None
    for word in (bare, bare.removesuffix("値")):
        for role, entry, _weight in vocabulary.entries:
            if role in _LIST_ROLES and entry.lstrip("=") == word:
                return _LIST_ROLES[role]
    return None


def _key(text: str, vocabulary: Vocabulary) -> Key | None:
    """A value's key, read as a period, a list's word, or a period then a list's word."""
    norm = normalize_text(text).replace(" ", "")
    m = _PERIOD_HEAD.fullmatch(norm)
    if m is not None:
        try:
            period = replace(parse_period(m.group("period")), raw=text.strip())
        except ParseError:
            return None
        rest = m.group("rest")
        if not rest:
            return Key(period, None)
        listed = _list_word(rest, vocabulary)
        return Key(period, listed) if listed else None
    listed = _list_word(norm, vocabulary)
    return Key(None, listed) if listed else None


def keyed_line(text: str, vocabulary: Vocabulary) -> tuple[Keyed, ...] | None:
    """A line's ``key：value`` segments (two where an arrow joins them), or None unless every
    segment is keyed by a period or a list's word and holds a value, a dash or 集計中."""
    norm = text.strip()
    if norm[:1] in "(（" and norm[-1:] in ")）":
        norm = norm[1:-1].strip()
    out = []
    for part in _ARROW.split(norm):
        m = _SEGMENT.fullmatch(part.strip())
        if m is None:
            return None
        key = _key(m.group("key"), vocabulary)
        value = m.group("value")
        cls = classify(value)
        if key is None or not (is_value(cls) or cls is CellClass.MISSING):
            return None
        out.append(Keyed(key, value, part.strip()))
    return tuple(out) if out else None


#: ``period value（list）``: a period, a space, a value, a list's word in brackets after it.
_SPACED = regex.compile(
    rf"(?P<period>{PERIOD_KEY.pattern})\s+(?P<value>\S(?:.*?\S)?)"
    r"(?:\s*[(（](?P<listed>[^()（）]{1,6})[)）])?",
    regex.IGNORECASE,
)
#: A card's grade line (``【評価：B】``).
_GRADE_LINE = regex.compile(r"【\s*評価\s*[:：]\s*(?P<grade>[^【】\s]{1,4})\s*】")
#: Fewest keyed lines under a name for a card (one dated value is a note, not a card).
_CARD_LINES = 2


def spaced_line(text: str, vocabulary: Vocabulary) -> Keyed | None:
    """A card's line (``R2年度　5.5万人（基準値）``): its period, its list where a bracket after
    the value names one (none: the period's actual), and its value; a target's line may hold a
    statement in place of a level (``R8年度　基準値より1割増（目標値）``). None for any other."""
    # (the space between a period and words is one normalize_text would drop)
    m = _SPACED.fullmatch(fold_width(text).strip())
    if m is None:
        return None
    listed = _list_word(m.group("listed"), vocabulary) if m.group("listed") else "actual"
    if listed is None:
        return None
    try:
        period = replace(parse_period(m.group("period")), raw=m.group("period"))
    except ParseError:
        return None
    value = normalize_text(m.group("value"))
    cls = classify(value)
    if not (is_value(cls) or cls is CellClass.MISSING) and listed != "target":
        return None
    return Keyed(Key(period, listed), value, text.strip())


def card_blocks(cell: Cell, vocabulary: Vocabulary) -> list[Block] | None:
    """The cards a cell writes (a name line over spaced lines, maybe a grade line), or None
    unless every line is part of one; a card given for reference is dropped."""
    lines = _cell_lines(cell)
    if not lines or any(t[:1] in BULLETS for t, _ in lines):
        return None
    cards: list[tuple[str, CellLine | None, list[Keyed], str | None]] = []
    for text, line in lines:
        keyed = spaced_line(text, vocabulary)
        grade = _GRADE_LINE.fullmatch(normalize_text(text).strip())
        if keyed is not None and cards and cards[-1][3] is None:
            cards[-1][2].append(keyed)
        elif grade is not None and cards and cards[-1][2] and cards[-1][3] is None:
            name, where, keys, _ = cards[-1]
            cards[-1] = (name, where, keys, grade.group("grade"))
        elif keyed is None and grade is None and _is_name(text) and ":" not in text:
            if cards and len(cards[-1][2]) < _CARD_LINES:
                return None  # a name with fewer lines under it: no card
            cards.append((normalize_text(text), line, [], None))
        else:
            return None
    if not cards or len(cards[-1][2]) < _CARD_LINES:
        return None
    return [
        Block(name, tuple((k,) for k in keys), _line_place(cell, where), status)
        for name, where, keys, status in cards
        if not for_reference(name)
    ] or None


def _is_name(text: str) -> bool:
    return bool(text) and not is_value(classify(text))


def blocks_of(cell: Cell, vocabulary: Vocabulary) -> list[Block] | None:
    """The blocks a cell writes, or None unless the cell is made of them: every line a heading
    (``【交付金事業のKPI】``), a bullet line with keyed lines under it, or a keyed line."""
    lines = _cell_lines(cell)
    if not any(t[:1] in BULLETS for t, _ in lines):
        return None
    blocks: list[Block] = []
    name: str | None = None
    name_line: CellLine | None = None
    keyed: list[tuple[Keyed, ...]] = []
    wrapped = True

    def close() -> bool:
        if name is None:
            return True
        if not keyed:
            return False
        blocks.append(Block(name, tuple(keyed), _line_place(cell, name_line)))
        return True

    for text, line in lines:
        if text[:1] in BULLETS:
            if not close():
                return None
            name = normalize_text(text[1:])
            name_line, keyed, wrapped = line, [], True
            if not _is_name(name):
                return None
            continue
        found = keyed_line(text, vocabulary)
        if found is not None and name is not None:
            keyed.append(found)
            wrapped = False
            continue
        if _HEADING_LINE.fullmatch(normalize_text(text)) and (name is None or keyed):
            if not close():
                return None
            name = None
            continue
        if name is not None and wrapped and _is_name(text):
            name = normalize_text(name + text)  # a name wrapped onto the next line
            continue
        return None
    if not close():
        return None
    return blocks or None


def _line_place(cell: Cell, line: CellLine | None) -> Provenance:
    """Where a line of a cell stands: its own box on a page, else the cell's place."""
    if line is not None and None not in (line.x0, line.top, line.x1, line.y):
        assert line.x0 is not None and line.top is not None
        assert line.x1 is not None and line.y is not None
        return replace(cell.provenance, bbox=(line.x0, line.top, line.x1, line.y))
    return cell.provenance


def _header_periods(header: str) -> dict[str, Period]:
    """The period a column's heading gives each list it names: ``H27目標とH27実績`` (each list
    after its period), ``目標（H31）とH27到達点`` (a period in brackets after the list's word);
    a heading with one period alone dates every list."""
    norm = normalize_text(header).replace(" ", "")
    out: dict[str, Period] = {}
    for m in regex.finditer(
        rf"(?P<before>(?:{ERA_PATTERN})(?:[0-9]{{1,2}}|元)(?:年度?)?)?"
        r"(?P<word>目標|実績|到達点|基準|現状|見込)(?:値)?"
        rf"(?:[(（](?P<after>(?:{ERA_PATTERN})(?:[0-9]{{1,2}}|元)(?:年度?)?)[)）])?",
        norm,
    ):
        role = header_role(m.group("word"))
        listed = _LIST_ROLES.get(role.value) if role is not None else None
        if m.group("word") == "到達点":
            listed = "actual"
        said = m.group("before") or m.group("after")
        if listed is None or said is None:
            continue
        try:
            out.setdefault(listed, replace(parse_period(said), raw=header))
        except ParseError:
            continue
    if not out:
        found = find_period(header)
        if found is not None:
            return {listed: found for listed in ("baseline", "target", "actual")}
    return out


def _block_draft(block: Block, header: str, kind: Kind) -> Draft:
    """One block's draft: each keyed value into its list, dated by its key or the heading."""
    d = Draft(None, kind, indicator=block.name)
    d.indicator_where = block.where
    d.page = block.where.page
    dated = _header_periods(header)
    for line in block.lines:
        for i, seg in enumerate(line):
            listed = seg.key.listed
            if listed is None and len(line) == 2:
                listed = "baseline" if i == 0 else "target"  # where it starts → where it goes
            if listed is None:
                d.warnings.append(
                    f"'{seg.raw}' under '{block.name}' names a period but no list: not read"
                )
                continue
            period = seg.key.period or dated.get(listed)
            read = ValueCell(seg.raw, period, header, where=block.where, value_text=seg.value)
            if listed == "target" and not is_value(classify(seg.value)):
                d.target_texts.append(seg.value)  # 基準値より1割増: a statement, no level
                continue
            if listed == "baseline" and d.baseline is not None and _later(read, d.baseline):
                listed = "actual"  # （現状値） after an earlier year's （基準値）: the value now
            if listed == "baseline":
                if d.baseline is not None:
                    d.warnings.append(
                        f"'{block.name}' keys two baselines; '{seg.raw}' was not read"
                    )
                    continue
                d.baseline = read
            elif listed == "target":
                d.targets.append(read)
            else:
                d.actuals.append(read)
    d.status = block.status
    for vc in (d.baseline, *d.targets, *d.actuals):
        if vc is not None and vc.period is None:
            d.warnings.append(
                f"'{vc.text}' under '{block.name}' has no period: neither its line nor its "
                f"column's heading ({normalize_text(header)}) names one"
            )
    return d


def _later(cell: ValueCell, than: ValueCell) -> bool:
    """Whether a value's period comes after another's (both dated)."""
    if cell.period is None or than.period is None:
        return False
    return year_of(cell.period) > year_of(than.period)


#: A bracketed marker after a program's name that names its grant or budget (``【基礎交付分】``,
#: ``【上乗せ交付分（タイプⅡ）】``): no part of the name.
_TRAILING_MARKER = regex.compile(r"\s*【(?P<mark>[^【】]*)】\s*$")


def _program_of(cell: Cell) -> Program:
    """A program cell's name: its first line, with the lines its brackets run on to (a marker
    wrapped at the cell's edge), without a grant marker after it; the sentences under it are
    the program's description, not its name."""
    lines = [t for t, _ in _cell_lines(cell)]
    name = lines[0]
    if len(lines) > 1 and parse_program(name).name is None:
        name = f"{name} {lines[1]}"  # 2-1 over 世界遺産を核とした観光の振興: its number, its name
        lines = lines[1:]
    for more in lines[1:]:
        if name.count("【") <= name.count("】") and name.count("（") <= name.count("）"):
            break
        name += more
    m = _TRAILING_MARKER.search(name)
    if m is not None and "再掲" not in m.group("mark") and department_of(name) is None:
        name = name[: m.start()]
    return parse_program(name)


def _program_columns(grid: list[list[Cell | None]], cols: list[int], rows: list[int]) -> list[int]:
    """The program columns, the one whose cells name programs most (a first line ending in
    事業: ``ぶしゅかんの産地化推進事業【基礎交付分】``) last, as the one a row's program is read
    from; a column of bodies that carry programs out (主な事業主体) names none."""

    def share(col: int) -> float:
        named = [
            _TRAILING_MARKER.sub("", _cell_lines(c)[0][0]).endswith("事業")
            for r in rows
            if (c := grid[r][col]) is not None and not c.empty
        ]
        return sum(named) / len(named) if named else 0.0

    def labels(col: int) -> bool:
        """Whether the source marks the column's cells as the rows' own headings (``<th
        scope="row">`` of 伊豆の国's 施策 beside its 主な取組): the rows' programs."""
        cells = [c for r in rows if (c := grid[r][col]) is not None and not c.empty]
        return bool(cells) and all(c.header for c in cells)

    return sorted(cols, key=lambda col: (labels(col), share(col), col))


def bulleted_drafts(table: Table, vocabulary: Vocabulary, section: Sequence[str]) -> list[Draft]:
    """The drafts of a table whose indicators are bulleted blocks in its cells; empty when no
    cell is made of blocks, or where the rows print values of their own besides the blocks.
    Each row's program is its cell under a program heading (the rightmost such, as a narrower
    grouping stands right of a wider one); its department a cell of the row that names one."""
    found = [
        (cell, b)
        for cell in table.cells
        if (_BULLET_ANYWHERE.search(cell.text) and (b := blocks_of(cell, vocabulary)))
        or (_CARD_START.search(cell.text) and (b := card_blocks(cell, vocabulary)))
    ]
    if not found:
        return []
    grid = table.grid()
    first = min(cell.row for cell, _ in found)
    blocked = {id(cell) for cell, _ in found}
    if any(
        id(c) not in blocked and classify(c.text) in _OWN_VALUES
        for c in table.cells
        if c.row >= first
    ):
        # values of their own in the rows (a KPI grid with one ◆ remark beside it): the rows
        # are the table's indicators, read as a grid; the blocks are not read apart from them
        return []
    # the heading: the rows above the blocks, at most a header's depth (not the data of rows
    # that print no block above the first that does)
    top = max(0, first - MAX_HEADER_ROWS)
    headers = {
        col: normalize_text(
            " ".join(
                c.text
                for r in range(top, first)
                if (c := grid[r][col]) is not None and c.row == r and not c.empty
            )
        )
        for col in range(table.n_cols)
    }
    program_cols = _program_columns(
        grid,
        [
            col
            for col, h in headers.items()
            if header_role(h) is Role.PROGRAM and "department" not in vocabulary.votes(h)
        ],
        sorted({cell.row for cell, _ in found}),
    )
    out = []
    for cell, blocks in sorted(found, key=lambda cb: (cb[0].row, cb[0].col)):
        header = headers.get(cell.col, "")
        kind = header_kind(header) or Kind.KPI
        row = grid[cell.row]
        program = next(
            (
                _program_of(p)
                for col in reversed(program_cols)
                if col < cell.col and (p := row[col]) is not None and not p.empty
            ),
            None,
        )
        # the department: a cell of the row that names one (…課), whatever its heading says
        # (主な事業主体 names an association as well: （一社）四万十市観光協会)
        department = next(
            (
                normalize_text(p.text)
                for p in row
                if p is not None
                and p.row == cell.row
                and id(p) not in blocked
                and DEPARTMENT_NAME.fullmatch(normalize_text(p.text))
            ),
            None,
        )
        for block in blocks:
            d = _block_draft(block, header, kind)
            d.section = list(section)
            d.program = program
            d.program_printed = program is not None
            d.department = department or (program.department if program else None)
            d.row = cell.row
            out.append(d)
    return out


__all__ = [
    "BULLETS",
    "Block",
    "Key",
    "Keyed",
    "blocks_of",
    "bulleted_drafts",
    "card_blocks",
    "keyed_line",
    "spaced_line",
]
