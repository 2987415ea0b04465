"""The generic table reader: headings and tables in, drafts (records in the making) out.

Each table's header rows give its columns; each data row is aligned to them by content (row
repair); rows that print no program inherit the one above (merged cells); header rows that recur
inside a table (report forms) re-define the columns under them. Text lines between tables give
the section path and, in some documents, the program of the table next to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import regex

from jpkpi.primitives.period import document_era, guess_era
from jpkpi.primitives.text import normalize_text, split_label
from jpkpi.tables.model import Block, Cell, Table, TextLine
from jpkpi.understanding.align import Alignment, RowCell, align_row
from jpkpi.understanding.cells import (
    STATUS_WORDS,
    TYPE_WORDS,
    CellClass,
    classify,
    department_of,
    is_value,
    remembering_classes,
)
from jpkpi.understanding.columns import Column, path_to_column
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.interpretation import (
    RECORD_LAYOUTS,
    Layout,
    TableInterpretation,
    interpret_table,
    value_and_period,
)
from jpkpi.understanding.layouts import (
    FormContext,
    heading_above,
    heading_like,
    program_row_drafts,
    prose_indicators,
    read_field_lines,
    read_fields,
    region_drafts,
)
from jpkpi.understanding.merged import reassign_merged_programs
from jpkpi.understanding.programs import Program, looks_like_program, merge_programs, parse_program
from jpkpi.understanding.reposts import fill_reposted_names
from jpkpi.understanding.sections import (
    LineKind,
    SectionPath,
    classify_line,
    heading_level,
    numbered_like_known,
    section_title,
)
from jpkpi.understanding.vocabulary import (
    KIND_WORDS,
    Kind,
    Role,
    Vocabulary,
    current_vocabulary,
    header_kind,
    header_role,
)

_BULLET = regex.compile(r"^[・\-－]")
_KANA_LABEL = regex.compile(r"^[\p{Katakana}]\s")
_NUMBERED = regex.compile(r"^[0-9]{1,3}(?:[/~～][0-9]{1,3})?\s")
_PROGRAM_NUMBER = regex.compile(r"[0-9]{1,3}(?:\s*[/~～\-][0-9]{1,3})?")
#: Words of a program column's heading (as opposed to a program's own name).
_PROGRAM_HEADINGS = ("名称", "事業名", "施策名", "重点施策", "主な事業", "具体的")
_CIRCLED_LIST = regex.compile(r"[\u2460-\u2473]")


def cell_shape(text: str) -> str | None:
    """The look of a name cell that columns share: bullet, kana label, number, or plain."""
    t = text.strip()
    if _BULLET.match(t):
        return "bullet"
    if _KANA_LABEL.match(t):
        return "kana"
    if _NUMBERED.match(t):
        return "numbered"
    return "plain"


@dataclass
class TableContext:
    """What the document around a table says: sections, the program in force, the title."""

    section: list[str]
    program: Program | None = None
    known_programs: set[str] = field(default_factory=set)
    #: How often each value column is filled, pooled over the document's tables whose header
    #: is the same (by signature).
    fill_rates: dict[tuple, dict[int, float]] = field(default_factory=dict)
    #: The section path with its levels, for headings printed inside the table.
    section_entries: list[tuple[int, str]] = field(default_factory=list)
    #: The table's interpretation: value columns its header words leave unnamed take their
    #: role from it, and every value column its flags (見込 → estimate).
    interpretation: TableInterpretation | None = None


#: Fewer data rows than this under one header signature give no fill rates (too few to tell).
MIN_ROWS_FOR_FILL = 5
#: Data rows of one table counted for fill rates: a share, well measured long before the end of
#: a table of 100,000 rows, whose every row would otherwise be aligned twice.
MAX_ROWS_FOR_FILL = 2000
_VALUE_ROLES = (Role.BASELINE, Role.TARGET, Role.ACTUAL)


def header_signature(columns: dict[int, Column]) -> tuple:
    """What identifies a header across tables: each value column's role and fiscal year."""
    return tuple(
        (i, c.role, c.period.fiscal_year if c.period else None)
        for i, c in sorted(columns.items())
        if c.role in _VALUE_ROLES
    )


def fill_rates(tables: list[Table]) -> dict[tuple, dict[int, float]]:
    """For each header signature, the share of data rows that put a value in each column.

    Counted after aligning each row by content alone, so rows a label cell or a dropped cell
    moved are already counted where they belong.
    """
    filled: dict[tuple, Counter[int]] = {}
    rows_seen: Counter[tuple] = Counter()
    for table in tables:
        rows = table.rows()
        header_rows = _count_header_rows(rows)
        columns = single_group(header_columns(table, header_rows))
        signature = header_signature(columns)
        if not signature:
            continue
        value_columns = {i for i, *_ in signature}
        shapes = _column_shapes(rows[header_rows:])
        for row in rows[header_rows : header_rows + MAX_ROWS_FOR_FILL]:
            nonempty = [c for c in row if not c.empty]
            if not nonempty:
                continue
            if _is_header_row(nonempty):
                break  # a form: the columns change below here
            cells, _, alignment = _align(_prepare(nonempty), columns, table.n_cols, shapes, None)
            values = {
                col
                for cell, col in zip(cells, alignment.columns, strict=True)
                if col is not None and is_value(cell.cls)
            }
            if not values:
                continue
            rows_seen[signature] += 1
            filled.setdefault(signature, Counter()).update(values & value_columns)
    return {
        sig: {i: filled[sig][i] / n for i, *_ in sig}
        for sig, n in rows_seen.items()
        if n >= MIN_ROWS_FOR_FILL
    }


def read_blocks(blocks: list[Block]) -> list[Draft]:
    """Read a document's blocks (tables and text lines) into drafts, in document order."""
    with remembering_classes():
        return _read_blocks(blocks)


def _read_blocks(blocks: list[Block]) -> list[Draft]:
    """read_blocks, with each distinct cell text classified once."""
    drafts: list[Draft] = []
    path = SectionPath()
    plain = [b for b in blocks if not (isinstance(b, TextLine) and b.level is not None)]
    # The first line is the document's title (it repeats on every page) unless it reads as a
    # heading itself (a sheet that starts with 【…】).
    title = next(
        (
            normalize_text(b.text)
            for b in plain[:1]
            if isinstance(b, TextLine) and heading_level(b.text) is None
        ),
        None,
    )
    known_programs: set[str] = set()
    tables_read = 0
    rates = fill_rates([b for b in blocks if isinstance(b, Table)])
    heading_program: Program | None = None
    pending: Program | None = None
    program_lines: list[str] = []
    last_table_drafts: list[Draft] = []
    last_block_was_table = False

    def close_program_lines() -> None:
        nonlocal pending
        if not program_lines:
            return
        program = parse_program(program_lines[0])
        for more in program_lines[1:]:
            program = merge_programs(program, parse_program(more))
        program_lines.clear()
        orphans = [d for d in last_table_drafts if d.program is None and d.kind is Kind.ACTIVITY]
        if after_table and orphans:
            for d in orphans:
                d.program = program
                d.warnings.append("program read from the text printed after its table")
        else:
            pending = program

    after_table = False
    vocabulary = current_vocabulary()
    era = _era(blocks)
    form = FormContext()
    lines_by_page: dict[int | None, list[TextLine]] = {}
    for b in blocks:
        if isinstance(b, TextLine):
            lines_by_page.setdefault(b.provenance.page, []).append(b)
    pages_seen: set[int | None] = set()
    for block in blocks:
        if isinstance(block, TextLine) and block.level is not None:
            close_program_lines()
            known = normalize_text(block.text) in known_programs
            if known or numbered_like_known(normalize_text(block.text), known_programs):
                path.close_below(0)
                heading_program = parse_program(block.text)
            else:
                path.enter(block.level, section_title(block.text))
            last_block_was_table = False
            continue
        if isinstance(block, TextLine):
            kind = classify_line(block.text, title, known_programs)
            if kind is LineKind.PROGRAM and (program_lines or _starts_program(block.text)):
                if not program_lines:
                    after_table = last_block_was_table
                program_lines.append(block.text)
                continue
            if kind is LineKind.PROGRAM:  # a stray (目的) line with no program above it
                continue
            close_program_lines()
            if kind is LineKind.PROGRAM_HEADING:
                path.close_below(0)
                heading_program = parse_program(block.text)
            elif kind is LineKind.HEADING:
                level = heading_level(block.text)
                assert level is not None
                path.enter(level, section_title(block.text))
            last_block_was_table = False
            continue
        close_program_lines()
        page = block.provenance.page
        if page not in pages_seen:
            pages_seen.add(page)
            read_field_lines(lines_by_page.get(page, []), form, vocabulary)
        reading = interpret_table(block, vocabulary, era, tables_read)
        taken = _read_interpreted(
            block, reading, lines_by_page.get(page, []), form, vocabulary, path.titles()
        )
        if taken is not None:
            for d in taken:
                d.table = tables_read
            tables_read += 1
            drafts.extend(taken)
            last_table_drafts = taken
            last_block_was_table = True
            continue
        context = TableContext(
            path.titles(),
            pending or heading_program,
            known_programs,
            rates,
            list(path.entries),
            reading,
        )
        pending = None
        table_drafts = read_table(block, context)
        if reading.gives_records and _misnamed(table_drafts):
            # The row reader named no indicator, or took values for most names, where the
            # interpretation finds indicators (a header worded as it does not know): the
            # interpretation's reading stands when it names every indicator it reads.
            found = _drafts_of_regions(
                block, reading, lines_by_page.get(page, []), form, path.titles()
            )
            if found and all(d.indicator for d in found) and len(found) >= len(table_drafts):
                table_drafts = found
        for d in table_drafts:
            d.table = tables_read
        tables_read += 1
        for d in table_drafts:
            if d.program is not None and d.program_printed and d.program.name:
                number = f"{d.program.number} " if d.program.number else ""
                known_programs.add(normalize_text(number + d.program.name))
        drafts.extend(table_drafts)
        last_table_drafts = table_drafts
        last_block_was_table = True
    close_program_lines()
    fill_reposted_names(drafts)
    # Values without a name are kept where their table names other indicators (a name the
    # extraction lost); a table that names none holds no KPIs (a budget table, a chart's grid).
    named = {d.table for d in drafts if d.indicator}
    return [d for d in drafts if d.indicator or d.table in named]


def interpret_blocks(
    blocks: list[Block], vocabulary: Vocabulary | None = None
) -> list[TableInterpretation]:
    """The interpretation of each table of a document, as the reader computes it."""
    vocabulary = vocabulary or current_vocabulary()
    era = _era(blocks)
    tables = [b for b in blocks if isinstance(b, Table)]
    with remembering_classes():
        return [interpret_table(t, vocabulary, era, i) for i, t in enumerate(tables)]


def _era(blocks: list[Block]) -> str | None:
    """The era for years printed without one: the document's own, else the latest that fits."""
    return document_era(_texts(blocks)) or guess_era(_texts(blocks))


def _texts(blocks: list[Block]) -> Iterator[str]:
    """Every text of a document that may print a year: lines and cells with 年 in them (for the
    era its own dates name)."""
    for b in blocks:
        if isinstance(b, TextLine):
            if "年" in b.text:
                yield b.text
        else:
            for c in b.cells:
                if "年" in c.text:
                    yield c.text


#: Layouts that hold no indicators; a table read entirely as these gives no records.
_NOT_INDICATORS = (Layout.KEY_VALUE, Layout.MONEY, Layout.STAFF, Layout.EVALUATION)


def _read_interpreted(
    table: Table,
    reading: TableInterpretation,
    lines: list[TextLine],
    form: FormContext,
    vocabulary: Vocabulary,
    section: list[str],
) -> list[Draft] | None:
    """Drafts of a table whose interpretation shows a layout the row reader does not know
    (names above values, tables side by side, years without era, a form's fields, indicators
    written as prose); None for the tables the row reader reads."""
    layouts = [r.layout for r in reading.regions]
    if layouts == [Layout.PROGRAM_ROWS]:
        return program_row_drafts(table, reading.regions[0])
    prose = _prose_drafts(table, lines, form)
    if all(layout in _NOT_INDICATORS for layout in layouts):
        if Layout.KEY_VALUE in layouts:
            read_fields(table, form, vocabulary)
        return prose
    era_assumed = any(c.era_assumed for r in reading.regions for c in r.columns)
    # Tables side by side where one is not an indicator table (money beside indicators); side
    # by side indicator groups (数値目標 | KPI) are the row reader's kind groups.
    apart = len(layouts) > 1 and any(
        layout in (Layout.MONEY, Layout.STAFF, Layout.EVALUATION) for layout in layouts
    )
    turned = any(layout in (Layout.PERIODS_DOWN, Layout.BLOCKS) for layout in layouts)
    if not (apart or turned or Layout.NAME_ROWS in layouts or era_assumed):
        return prose or None
    return prose + _drafts_of_regions(table, reading, lines, form, section)


def _misnamed(drafts: list[Draft]) -> bool:
    """Whether the row reader named no indicator, or took values for more names than it got
    right (``30件(平成26年)`` as a name)."""
    named = misnamed = 0
    for d in drafts:
        if _names_indicator(d):
            named += 1
            if named > len(drafts) // 2:
                return False  # most names are names: the row reader's reading stands
        elif d.indicator:
            misnamed += 1
    return not named or misnamed > named


def _names_indicator(d: Draft) -> bool:
    """Whether a draft's name is a name, not a value taken for one (``30件(平成26年)``)."""
    name = split_label(d.indicator or "").text
    if not name:
        return False
    return value_and_period(name) is None and not is_value(classify(name))


def _drafts_of_regions(
    table: Table,
    reading: TableInterpretation,
    lines: list[TextLine],
    form: FormContext,
    section: list[str],
) -> list[Draft]:
    """Drafts of every region that holds indicators, under the heading printed right above it
    (a PDF's block heading), else under the document's section path."""
    drafts: list[Draft] = []
    split = len(reading.regions) > 1
    for region in reading.regions:
        if region.layout not in RECORD_LAYOUTS:
            continue
        heading = heading_above(lines, table, region if split else None)
        drafts.extend(
            region_drafts(table, reading, region, [heading] if heading else section, form)
        )
    return drafts


#: The first characters of a block heading (``≪…≫``, ``（５）…``, ``２ 事業目標``, ``＜…＞``).
_HEADING_STARTS = frozenset("≪(（<＜0123456789０１２３４５６７８９")


def _prose_drafts(table: Table, lines: list[TextLine], form: FormContext) -> list[Draft]:
    """Indicators written as prose lines inside a table's cells, under the heading row above."""
    out: list[Draft] = []
    heading: str | None = None
    for cell in table.cells:
        raw = cell.text.lstrip()
        spans = cell.colspan > 1 or table.n_cols == 1  # a heading row runs across the table
        if spans and len(raw) <= 40 and raw[:1] in _HEADING_STARTS and heading_like(raw):
            heading = normalize_text(raw)
        if "指標" in raw and regex.search(r"指標\s*[:：]", normalize_text(raw)):
            out.extend(
                prose_indicators(
                    cell.text, cell.provenance.page, [heading] if heading else [], form
                )
            )
    return out


def _starts_program(text: str) -> bool:
    """A program line that starts a program (not its (目的)/(内容) continuation)."""
    norm = normalize_text(text)
    return looks_like_program(norm) and not regex.match(r"^[(（](?:目的|内容)", norm)


# --- tables ------------------------------------------------------------------------------------


def _is_heading_row(cells: list[Cell]) -> bool:
    """A row that holds nothing but a section heading (``(7) 経済・雇用対策の推進``)."""
    if len(cells) != 1 or classify(cells[0].text) in (CellClass.QUANTITY, CellClass.MISSING):
        return False
    return heading_level(cells[0].text) is not None and not _is_program_line(cells[0].text)


def _is_program_row(cells: list[Cell]) -> bool:
    """A data row that holds nothing but a program line."""
    return len(cells) == 1 and _is_program_line(cells[0].text)


def _is_program_line(text: str) -> bool:
    """A whole program line in one cell: a bullet or number, then a name with 【再掲】, a
    department or (目的); a department marker before an indicator's name is not one."""
    norm = normalize_text(text)
    if not _starts_program(norm):
        return False
    return bool(regex.match(r"^(?:[-・一]\s|[0-9]{1,3}(?:[/~～][0-9]{1,3})?\s)", norm)) or bool(
        regex.search(r"再掲|[(（](?:目的|内容)[)）]", norm)
    )


def _is_header_row(cells: list[Cell]) -> bool:
    """A row of headings: no values, and mostly cells that name a role, or a KPI label."""
    cells = [c for c in cells if not c.empty]
    first = normalize_text(cells[0].text) if cells else ""
    numbered = len(cells) > 1 and cells[0].col == 0 and _PROGRAM_NUMBER.fullmatch(first)
    if numbered and _is_program_cell(cells[1].text):
        cells = cells[1:]  # "39 | 幼保小中高教育連携事業 | …": a program number, not a value
    classes = [classify(c.text) for c in cells]
    if not classes or any(is_value(k) or k in (CellClass.STATUS, CellClass.TYPE) for k in classes):
        return False
    headers = sum(k in (CellClass.HEADER, CellClass.PERIOD) for k in classes)
    others = sum(
        k not in (CellClass.HEADER, CellClass.PERIOD, CellClass.KIND)
        and not _is_program_cell(c.text)
        for c, k in zip(cells, classes, strict=True)
    )
    kpi_label = any(
        k is CellClass.LABEL and "KPI" in c.text.upper()
        for c, k in zip(cells, classes, strict=True)
    )
    return kpi_label or (headers >= 1 and headers >= others)


_ROLE_OF_READING = {"baseline": Role.BASELINE, "target": Role.TARGET, "actual": Role.ACTUAL}


def _with_reading(
    columns: dict[int, Column], reading: TableInterpretation | None, header_rows: int
) -> dict[int, Column]:
    """The header's columns, with what the table's interpretation adds where both read the same
    header: a value column whose words name no role (``R6見通し``, a synonym of 見込) takes the
    interpretation's, and a value column its flags (見込 → ``estimate``)."""
    if reading is None or len(reading.regions) != 1:
        return columns
    region = reading.regions[0]
    if region.layout is not Layout.ROWS or region.header_rows != tuple(range(header_rows)):
        return columns
    out = dict(columns)
    for cr in region.columns:
        role = _ROLE_OF_READING.get(cr.role)
        if role is None:
            continue
        old = out.get(cr.index)
        if old is None or old.role is None:
            left = [c for i, c in sorted(out.items()) if i < cr.index and c.role is not None]
            near = left[-1] if left else None
            out[cr.index] = Column(
                cr.index,
                role,
                near.kind if near else None,
                cr.period,
                near.group if near else None,
                cr.header,
                flags=cr.flags,
            )
        elif old.role is role and cr.flags and not old.flags:
            out[cr.index] = replace(old, flags=cr.flags)
    return out


def header_columns(table: Table, header_rows: int) -> dict[int, Column]:
    """The columns a table's leading header rows define."""
    grid = table.grid()
    columns: dict[int, Column] = {}
    for c in range(table.n_cols):
        path: list[tuple[int, str]] = []
        seen: set[int] = set()
        for r in range(header_rows):
            cell = grid[r][c]
            if cell is None or id(cell) in seen:
                continue
            seen.add(id(cell))
            if not cell.empty and not _is_program_cell(cell.text):
                path.append((cell.col, cell.text))
        if path:
            columns[c] = path_to_column(c, path, first_column=(c == 0))
    return columns


def _row_columns(cells: list[Cell]) -> dict[int, Column]:
    """The columns one recurring header row re-defines (report forms)."""
    out: dict[int, Column] = {}
    for cell in cells:
        if cell.empty or _is_program_cell(cell.text):
            continue
        out[cell.col] = path_to_column(cell.col, [(cell.col, cell.text)], first_column=False)
    return out


def _is_program_cell(text: str) -> bool:
    """A header-row cell that carries the program itself (``1 水産資源… 【水産振興課】``)."""
    norm = normalize_text(text)
    if not norm:
        return False
    if _PROGRAM_NUMBER.fullmatch(norm):
        return True
    if department_of(norm) is not None or looks_like_program(norm) or _NUMBERED.match(norm):
        return True
    if header_role(text) is Role.PROGRAM:
        # A program's own name, not the heading of a program column (事業名, 交付対象事業の名称).
        return len(norm) > 6 and not any(w in norm for w in _PROGRAM_HEADINGS)
    return len(norm) > 24 and classify(text) in (CellClass.TEXT, CellClass.PROSE)


def _count_header_rows(rows: list[list[Cell]]) -> int:
    """Leading rows that are headings."""
    n = 0
    for row in rows:
        nonempty = [c for c in row if not c.empty]
        if not nonempty:
            break
        # A row the source marks as headings (<th>) and that holds no values is a header row.
        marked = all(c.header for c in nonempty) and not any(
            is_value(classify(c.text)) for c in nonempty
        )
        first_program = n == 0 and all(_is_program_cell(c.text) for c in nonempty)
        if marked or first_program or _is_header_row(nonempty):
            n += 1
            continue
        break
    return n


def _column_shapes(rows: list[list[Cell]]) -> dict[int, str]:
    """The shape most name cells of each column share, where one clearly dominates."""
    counts: dict[int, Counter[str]] = {}
    for row in rows:
        for cell in row:
            if cell.empty or classify(cell.text) not in (CellClass.TEXT, CellClass.PROSE):
                continue
            shape = cell_shape(cell.text)
            if shape is not None:
                counts.setdefault(cell.col, Counter())[shape] += 1
    shapes: dict[int, str] = {}
    for col, counter in counts.items():
        shape, n = counter.most_common(1)[0]
        if n >= 2 and n >= 0.75 * sum(counter.values()):
            shapes[col] = shape
    return shapes


def single_group(columns: dict[int, Column]) -> dict[int, Column]:
    """Columns of a table with fewer than two kind groups all make one record together."""
    groups = {c.group for c in columns.values() if c.group is not None}
    if len(groups) >= 2:
        return columns
    return {i: replace(c, group=None) for i, c in columns.items()}


def _table_kind(columns: dict[int, Column], header_program: bool) -> Kind | None:
    """The kind a table's header announces, or what its layout implies."""
    for col in sorted(columns.values(), key=lambda c: c.index):
        if col.role is Role.KIND and col.kind is not None:
            return col.kind
    return Kind.ACTIVITY if header_program else None


@dataclass
class _RowParts:
    """A data row's cells, by what the alignment made of them."""

    program: list[str] = field(default_factory=list)
    section: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    groups: dict[int | None, dict[Role, list[tuple[str, Column]]]] = field(default_factory=dict)


def read_table(table: Table, context: TableContext) -> list[Draft]:
    """Read one table into drafts."""
    rows = table.rows()
    header_rows = _count_header_rows(rows)
    columns = _with_reading(
        single_group(header_columns(table, header_rows)), context.interpretation, header_rows
    )
    header_program: Program | None = None
    for row in rows[:header_rows]:
        header_program = _program_of_cells(row) or header_program
    kind = _table_kind(columns, header_program is not None) or Kind.KPI
    data_rows = rows[header_rows:]
    shapes = _column_shapes(data_rows)
    fill = context.fill_rates.get(header_signature(columns))
    program = header_program or context.program
    section_cell: str | None = None
    program_column = next((c.index for c in columns.values() if c.role is Role.PROGRAM), -1)
    inner = SectionPath(list(context.section_entries))
    spanning_kind: tuple[int, Kind] | None = None
    drafts: list[Draft] = []
    current: Draft | None = None
    header_seen_since: bool = False
    for r, row in enumerate(data_rows, start=header_rows):
        nonempty = [c for c in row if not c.empty]
        if not nonempty:
            continue
        if _is_header_row(nonempty):
            columns = single_group({**columns, **_row_columns(nonempty)})
            header_seen_since = True
            fill = None  # the document-wide fill rates were for the table's first header
            row_program = _program_of_cells(nonempty)
            if row_program is not None:
                # A program's own header row inside a table lists that program's 事業量.
                header_program = program = row_program
                kind = Kind.ACTIVITY
            continue
        if _is_heading_row(nonempty):
            # A heading printed as a row of the table (one cell across it): it opens a section.
            level = heading_level(nonempty[0].text)
            assert level is not None
            inner.enter(level, section_title(nonempty[0].text))
            program = header_program = None  # a new section: the program above it has ended
            continue
        if _is_program_row(nonempty):
            # A row that prints only a program (``- …【再掲】 【課】 (目的)…``) opens it for the
            # rows below.
            program = parse_program(nonempty[0].text)
            header_program = None
            continue
        if any(classify(c.text) is CellClass.FORM_LABEL for c in nonempty):
            _take_comment(current, nonempty)
            continue
        data_cells, header_cells = _split_mixed(nonempty)
        row_kind = spanning_kind[1] if spanning_kind and r < spanning_kind[0] else kind
        for cell in data_cells:
            if cell.rowspan > 1 and classify(cell.text) is CellClass.KIND:
                # 目標 / KPI / 事業量 printed once in a cell over several rows marks them all
                spanning_kind = (
                    r + cell.rowspan,
                    KIND_WORDS[normalize_text(cell.text).replace(" ", "")],
                )
        cells = _prepare(data_cells)
        cells, row_program = _take_program_cell(cells, columns)
        if row_program is not None:
            program, header_program = row_program, None
        for cell in cells:
            if cell.cls is CellClass.KIND:
                row_kind = KIND_WORDS[normalize_text(cell.text).replace(" ", "")]
        department = next(
            (department_of(c.text) for c in cells if c.cls is CellClass.DEPARTMENT), None
        )
        cells, by_pos, alignment = _align(cells, columns, table.n_cols, shapes, fill)
        parts = _RowParts()
        unread: list[str] = []
        for cell, col_index in zip(cells, alignment.columns, strict=True):
            if col_index is None:
                unread.extend(_unread_value(cell, by_pos))
                continue
            col = by_pos[col_index]
            if col is None or col.role is None:
                continue
            if col.role is Role.PROGRAM:
                parts.program.append(cell.text)
            elif col.role is Role.SECTION:
                parts.section.append(cell.text)
            elif col.role is Role.SUMMARY:
                parts.summary.append(cell.text)
            elif col.role not in (Role.IGNORE, Role.SUMMARY, Role.KIND):
                parts.groups.setdefault(col.group, {}).setdefault(col.role, []).append(
                    (cell.text, col)
                )
        if parts.section:
            section_cell = section_title(parts.section[0])
        printed_program = False
        program_col = next(
            (
                by_pos[c].index
                for c in alignment.columns
                if c is not None and by_pos[c] is not None and by_pos[c].role is Role.PROGRAM
            ),
            None,
        )
        if program_col is not None:
            program_column = program_col
        if parts.program:
            p = parse_program(parts.program[0])
            for more in parts.program[1:]:
                p = _join(p, parse_program(more))
            if p.name or p.number:
                program = p if header_program is None else _join(header_program, p)
                if parts.summary:
                    program = replace(program, summary=normalize_text(" ".join(parts.summary)))
                printed_program = True
        line = row[0].provenance.line
        section = inner.titles() + ([section_cell] if section_cell else [])
        made_here: list[Draft] = []
        for roles in parts.groups.values():
            names = roles.get(Role.INDICATOR, []) + roles.get(Role.KPI_LIST, [])
            group_kind = (
                next((c.kind for _, c in names if c.kind), None) or _group_kind(roles) or row_kind
            )
            if Role.KPI_LIST in roles:
                for text, _col in roles[Role.KPI_LIST]:
                    for label, name in _listed_indicators(text):
                        made_here.append(
                            Draft(
                                line,
                                Kind.KPI,
                                section,
                                program,
                                name,
                                label,
                                row=r,
                                program_printed=printed_program,
                            )
                        )
                continue
            if names:
                text, col = names[0]
                own_program = program if col.index > program_column else None
                d = Draft(
                    line,
                    group_kind,
                    section,
                    own_program,
                    text,
                    col.label,
                    row=r,
                    program_printed=printed_program,
                )
                d.department = department
                _fill(d, roles)
                made_here.append(d)
                current = d
                header_seen_since = False
            elif any(
                role in roles for role in (Role.BASELINE, Role.TARGET, Role.ACTUAL, Role.STATUS)
            ):
                if current is not None and header_seen_since:
                    _fill(current, roles)
                    if alignment.moved:
                        current.warnings.append(_moved_warning(line))
                    continue
                d = Draft(
                    line,
                    group_kind,
                    section,
                    program,
                    None,
                    None,
                    row=r,
                    program_printed=printed_program,
                )
                d.department = department
                _fill(d, roles)
                d.warnings.append("the row prints values but no indicator name")
                made_here.append(d)
        if alignment.moved:
            for d in made_here:
                d.warnings.append(_moved_warning(line))
        for d in made_here:
            d.page = row[0].provenance.page
            d.warnings.extend(unread)
        drafts.extend(made_here)
        if header_cells:
            columns = single_group({**columns, **_row_columns(header_cells)})
            header_seen_since = True
            fill = None
    reassign_merged_programs(drafts)
    return drafts


def _unread_value(cell: RowCell, by_pos: list[Column | None]) -> list[str]:
    """A warning for words left in a value column (``集計中`` under R5実績): not a value, and
    not dropped in silence."""
    col = by_pos[cell.pos] if cell.pos < len(by_pos) else None
    if col is None or col.role not in _VALUE_ROLES or is_value(cell.cls):
        return []
    if cell.cls in (CellClass.KIND, CellClass.DEPARTMENT, CellClass.STATUS, CellClass.EMPTY):
        return []
    where = f"under {normalize_text(col.header)}" if col.header else "in a value column"
    return [f"{cell.text.strip()!r} {where} is not a value; it was not read"]


def _take_comment(draft: Draft | None, cells: list[Cell]) -> None:
    """A report form's free-text row: its text becomes the current indicator's comment."""
    label = next(c for c in cells if classify(c.text) is CellClass.FORM_LABEL)
    if draft is None or "記入例" in label.text:
        return
    texts = [
        normalize_text(c.text)
        for c in cells
        if c is not label and classify(c.text) in (CellClass.TEXT, CellClass.PROSE)
    ]
    if texts:
        draft.comments.append(" ".join(texts))


def _program_of_cells(cells: list[Cell]) -> Program | None:
    """The program a header row prints in its cells (number, name, department), if any."""
    program: Program | None = None
    for cell in cells:
        if not cell.empty and _is_program_cell(cell.text):
            p = parse_program(cell.text)
            program = p if program is None else _join(program, p)
    if program is None or not (program.name or program.number):
        return None
    return program


def _take_program_cell(
    cells: list[RowCell], columns: dict[int, Column]
) -> tuple[list[RowCell], Program | None]:
    """A program line printed inside a data row of a table with no program column (``- …【再掲】
    【課】 (目的)…`` before the indicator): set it aside; the cells after it move back one."""
    if any(c.role is Role.PROGRAM for c in columns.values()):
        return cells, None
    for k, cell in enumerate(cells):
        if cell.cls in (CellClass.TEXT, CellClass.PROSE) and _is_program_line(cell.text):
            if k == len(cells) - 1:
                continue
            moved = [RowCell(c.pos - 1, c.text, c.cls, c.shape) for c in cells[k + 1 :]]
            return cells[:k] + moved, parse_program(cell.text)
    return cells, None


def _align(
    cells: list[RowCell],
    columns: dict[int, Column],
    n_cols: int,
    shapes: dict[int, str],
    fill: dict[int, float] | None,
) -> tuple[list[RowCell], list[Column | None], Alignment]:
    """Align a prepared row (kind markers and department cells set aside) to the columns."""
    cells = [c for c in cells if c.cls not in (CellClass.KIND, CellClass.DEPARTMENT)]
    width = max(n_cols, max((c.pos for c in cells), default=0) + 1)
    by_pos = [columns.get(i) for i in range(width)]
    return cells, by_pos, align_row(cells, by_pos, shapes, fill)


def _moved_warning(line: int | None) -> str:
    where = f"line {line}" if line is not None else "this row"
    return f"{where} does not line up with its header; cells were matched to columns by content"


def _join(first: Program, more: Program) -> Program:
    """A program printed across several cells: number, name and department in turn."""
    return Program(
        first.name or more.name,
        first.number or more.number,
        first.department or more.department,
        first.reposted or more.reposted,
        first.summary or more.summary,
    )


def _group_kind(roles: dict[Role, list[tuple[str, Column]]]) -> Kind | None:
    for entries in roles.values():
        for _, col in entries:
            if col.kind is not None:
                return col.kind
    return None


def _split_mixed(cells: list[Cell]) -> tuple[list[Cell], list[Cell]]:
    """A data row that ends in headings for the rows below: (data cells, heading cells)."""
    for i, cell in enumerate(cells):
        if i > 0 and classify(cell.text) is CellClass.HEADER and header_kind(cell.text) is None:
            rest = cells[i:]
            if all(classify(c.text) in (CellClass.HEADER, CellClass.PERIOD) for c in rest):
                return cells[:i], rest
    return cells, []


def _prepare(cells: list[Cell]) -> list[RowCell]:
    """Row cells for alignment: a label cell joins the name after it, which moves later cells."""
    out: list[RowCell] = []
    shift = 0
    i = 0
    while i < len(cells):
        cell = cells[i]
        cls = classify(cell.text)
        if (
            cls is CellClass.LABEL
            and i + 1 < len(cells)
            and classify(cells[i + 1].text) in (CellClass.TEXT, CellClass.PROSE)
        ):
            nxt = cells[i + 1]
            text = f"{cell.text.strip()} {nxt.text.strip()}"
            out.append(RowCell(cell.col - shift, text, CellClass.TEXT, cell_shape(text)))
            shift += nxt.col - cell.col
            i += 2
            continue
        out.append(RowCell(cell.col - shift, cell.text, cls, cell_shape(cell.text)))
        i += 1
    return out


def _fill(d: Draft, roles: dict[Role, list[tuple[str, Column]]]) -> None:
    """Put a row's cells into a draft by their columns' roles."""
    for text, _col in roles.get(Role.UNIT, []):
        d.unit = d.unit or text
    for text, _col in roles.get(Role.TYPE, []):
        d.indicator_type = TYPE_WORDS.get(normalize_text(text).replace(" ", ""), d.indicator_type)
    for text, col in roles.get(Role.BASELINE, []):
        d.baseline = d.baseline or ValueCell(text, col.period, col.header, col.flags)
    for text, _col in roles.get(Role.BASE_YEAR, []):
        d.base_year = d.base_year or text
    for text, col in roles.get(Role.TARGET_PERIOD, []):
        d.target_period = ValueCell(text, None, col.header)
    for text, col in roles.get(Role.TARGET, []):
        if classify(text) in (CellClass.QUANTITY, CellClass.MISSING) or col.period is not None:
            # a statement under a dated target heading keeps the column's period
            d.targets.append(ValueCell(text, col.period, col.header, col.flags))
        else:
            d.target_texts.append(text)
    for text, col in roles.get(Role.ACTUAL, []):
        d.actuals.append(ValueCell(text, col.period, col.header, col.flags))
    for text, _col in roles.get(Role.STATUS, []):
        norm = normalize_text(text).replace(" ", "")
        if norm in STATUS_WORDS:
            d.status = text


def _listed_indicators(text: str) -> list[tuple[str | None, str]]:
    """Indicators listed in one cell (``①A ②B ③C``) as (label, name) pairs."""
    norm = normalize_text(text)
    starts = [m.start() for m in _CIRCLED_LIST.finditer(norm)]
    if not starts:
        return [(None, norm)] if norm else []
    out = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(norm)
        labelled = split_label(norm[s:end])
        if labelled.text:
            out.append((labelled.label, labelled.text))
    return out
