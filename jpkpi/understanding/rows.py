"""The row reader: one table with its header's columns in, drafts out.

Each data row is aligned to the columns by content (row repair); rows that print no program
inherit the one above (merged cells); header rows that recur inside a table (report forms)
re-define the columns under them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.period import find_period
from jpkpi.primitives.quantity import parse_quantity
from jpkpi.primitives.target import parse_target_statement
from jpkpi.primitives.text import normalize_text, split_label
from jpkpi.tables.model import Cell, Provenance, Table
from jpkpi.understanding.align import Alignment, RowCell, align_row
from jpkpi.understanding.cells import (
    BREAKDOWN_CHARS,
    WHOLE_WORDS,
    CellClass,
    baseline_year,
    block_kind,
    breakdown_word,
    classify,
    department_of,
    derived_row_note,
    grades_row,
    input_row_note,
    is_value,
    kind_words_only,
    list_column,
    list_flags,
    list_of,
    money_group,
    money_word,
    name_without_gloss,
    printed_status,
    reference_row_note,
    row_series_list,
    same_as_left,
    staff_group,
    type_of,
    typed_kind,
    unit_word,
)
from jpkpi.understanding.columns import Column
from jpkpi.understanding.drafts import (
    Draft,
    ValueCell,
    column_value,
    units_after,
    with_own_unit,
)
from jpkpi.understanding.headers import (
    NUMBERED,
    VALUE_ROLES,
    HeaderSignature,
    count_header_rows,
    header_columns,
    header_signature,
    heading_rows,
    is_header_row,
    is_program_cell,
    row_columns,
    single_group,
    table_kind,
    with_reading,
)
from jpkpi.understanding.interpretation import (
    TableInterpretation,
)
from jpkpi.understanding.merged import reassign_merged_programs
from jpkpi.understanding.notices import notice
from jpkpi.understanding.programs import (
    Program,
    looks_like_program,
    parse_program,
    program_heading,
)
from jpkpi.understanding.sections import (
    CAPTION_LEVEL,
    DocumentHeadings,
    SectionPath,
    is_heading,
    opens_with_note_mark,
    section_title,
)
from jpkpi.understanding.vocabulary import (
    COUNT_END,
    KIND_WORDS,
    Kind,
    Role,
    current_vocabulary,
    header_kind,
    header_role,
    reference_word,
    remarks,
    row_kind,
    strongest_role,
)


def _inputs_block(rows: list[list[Cell]], first: int, group: Cell) -> bool:
    """Whether a group cell is merged down over what the program puts in (住田: ``投入量`` over
    ``事業費`` | ``従事職員数``), whatever the group's own word: every row names the program's
    money by one of its own money words or its staff by a staff word alone, and both appear
    (a block of measured money, 農業産出額 | 製造品出荷額, or of 介護職員数 is indicators)."""
    block = rows[first : first + group.rowspan]
    if len(block) < 2:
        return False
    seen: set[str] = set()
    for row in block:
        name = next(
            (
                c
                for c in row
                if c is not group
                and not c.empty
                and not is_value(classify(c.text))
                and not unit_word(c.text)
            ),
            None,
        )
        what = _input_of(name.text) if name is not None else None
        if what is None:
            return False
        seen.add(what)
    return seen == {"money", "staff"}


def _input_of(name: str) -> str | None:
    """``money`` for a name that is the program's money (a money word of its own, 事業費,
    人件費), ``staff`` for one that ends in a staff word (正職員, 従事職員数), else None."""
    bare = regex.sub(r"[(（][^()（）]*[)）]$", "", normalize_text(name).replace(" ", ""))
    if money_word(bare) and money_group(bare):
        return "money"
    counted = bare.removesuffix("数")
    staff = current_vocabulary().votes(counted).get("staff")
    if staff is not None and any(counted.endswith(word) for word in staff[1]):
        return "staff"
    return None


_BULLET = regex.compile(r"^[・\-－]")

_KANA_LABEL = regex.compile(r"^[\p{Katakana}]\s")


_CIRCLED_LIST = regex.compile(r"[\u2460-\u2473]")
#: A row's kana letter alone in its cell (``ア``; a Latin letter may be a grade, ``B``).
_LONE_LETTER = regex.compile(r"\p{Katakana}")


def cell_shape(text: str) -> str | None:
    """The look of a name cell that columns share: bullet, kana label, a letter alone, number,
    or plain."""
    t = text.strip()
    if _BULLET.match(t):
        return "bullet"
    if _KANA_LABEL.match(t):
        return "kana"
    if _LONE_LETTER.fullmatch(t):
        return "letter"  # (ア | イ in a column of their own before the names, 太地)
    if NUMBERED.match(t):
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
    fill_rates: Mapping[HeaderSignature, dict[int, float]] = field(default_factory=dict)
    #: The section path with its levels, for headings printed inside the table.
    section_entries: list[tuple[float, str]] = field(default_factory=list)
    #: The table's interpretation: value columns its header words leave unnamed take their
    #: role from it, and every value column its flags (見込 → estimate).
    interpretation: TableInterpretation | None = None
    #: The levels the document gives its heading styles (headings inside the table rank so).
    headings: DocumentHeadings = field(default_factory=DocumentHeadings)


def starts_program(text: str) -> bool:
    """A program line that starts a program (not its (目的)/(内容) continuation)."""
    norm = normalize_text(text)
    return looks_like_program(norm) and not regex.match(r"^[(（](?:目的|内容)", norm)


def _is_heading_row(cells: list[Cell]) -> bool:
    """A row that holds nothing but a section heading (``(7) 経済・雇用対策の推進``)."""
    if len(cells) != 1 or classify(cells[0].text) in (CellClass.QUANTITY, CellClass.MISSING):
        return False
    return is_heading(cells[0].text) and not is_program_line(cells[0].text)


def _is_program_row(cells: list[Cell]) -> bool:
    """A data row that holds nothing but a program line."""
    return len(cells) == 1 and is_program_line(cells[0].text)


def is_program_line(text: str) -> bool:
    """A whole program line in one cell: a bullet or number, then a name with 【再掲】, a
    department or (目的); a department marker before an indicator's name is not one."""
    norm = normalize_text(text)
    if not starts_program(norm):
        return False
    return bool(regex.match(r"^(?:[-・一]\s|[0-9]{1,3}(?:[/~～][0-9]{1,3})?\s)", norm)) or bool(
        regex.search(r"再掲|[(（](?:目的|内容)[)）]", norm)
    )


def column_shapes(rows: list[list[Cell]]) -> dict[int, str]:
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


class Placed(NamedTuple):
    """A cell's text as the alignment placed it: under which column, read from where."""

    text: str
    col: Column
    where: Provenance | None


@dataclass
class _RowParts:
    """A data row's cells, by what the alignment made of them."""

    program: list[str] = field(default_factory=list)
    section: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    groups: dict[int | None, dict[Role, list[Placed]]] = field(default_factory=dict)


def read_table(table: Table, context: TableContext) -> list[Draft]:
    """Read one table into drafts."""
    rows = table.rows()
    first, header_rows = heading_rows(context.interpretation, count_header_rows(rows))
    columns = with_reading(
        single_group(header_columns(table, header_rows, first)),
        context.interpretation,
        header_rows,
        first,
    )
    header_program: Program | None = None
    heads_its_values = False  # a program printed in the header row of its values' columns
    for row in rows[:header_rows]:
        # (a policy heading its own year row, 施策2-1 … | 令和3年度 | …, heads KPIs, no 事業量)
        filled = [c for c in row if not c.empty]
        policy = _policy_heading(filled)
        own = policy or _program_of_cells(row)
        header_program = own or header_program
        fields = (_department_field(filled, k) for k in range(len(filled)))
        department = next((name for name in fields if name), None)
        if own is None and header_program is not None and department is not None:
            # 事業名 | … over 担当課 | 地域づくり課 (a form's fields above the header): its
            # department
            header_program = replace(header_program, department=department)
        heads_its_values = heads_its_values or (
            own is not None and policy is None and _heads_values(row)
        )
    announced = table_kind(columns, heads_its_values)
    kind = announced or Kind.KPI
    data_rows = rows[header_rows:]
    columns = by_content(columns, data_rows)
    # the header's rows as printed, and their columns: a block of rows may print them again
    opening = [
        [normalize_text(c.text) for c in row if not c.empty] for row in rows[first:header_rows]
    ]
    opening_columns = columns
    header_block: list[list[str]] = []  # header rows printed since a row of another kind
    shapes = column_shapes(data_rows)
    fill = context.fill_rates.get(header_signature(columns))
    program = header_program or context.program
    section_cell: str | None = None
    program_column = next((c.index for c in columns.values() if c.role is Role.PROGRAM), -1)
    kind_columns = {c.index for c in columns.values() if c.role is Role.KIND}
    inner = SectionPath(list(context.section_entries))
    spanning_kind: tuple[int, Kind] | None = None
    drafts: list[Draft] = []
    current: Draft | None = None
    skipping = False  # below an input row (インプット), whose list rows are not read
    header_seen_since: bool = False
    list_col = list_column(data_rows)
    money_until = -1  # rows under a group cell that names the program's money
    merged_down: dict[int, int] = {}  # column → the row a cell merged down over it ends before
    down_cells: dict[int, Cell] = {}  # column → the cell merged down over it, last seen
    printed = table.spans_printed
    # name cells whose lines end in a sentence explaining the name: the name alone, by place
    glossless: dict[tuple[Provenance | None, str], str] = {
        (c.provenance, c.text): name
        for c in table.cells
        if len(c.lines) > 1 and (name := name_without_gloss(c)) != c.text
    }
    program_until = -1  # the row a program cell the source spans over its rows ends before
    for r, row in enumerate(data_rows, start=header_rows):
        # (only where the source prints its spans: an inferred span may be a row shifted)
        covered = frozenset(c for c, until in merged_down.items() if r < until and printed)
        for down in (c for c in row if c.rowspan > 1):
            for c in range(down.col, down.col + down.colspan):
                merged_down[c] = max(merged_down.get(c, 0), r + down.rowspan)
                down_cells[c] = down
        nonempty = [c for c in row if not c.empty]
        if not nonempty:
            continue
        group = next(
            (
                c
                for c in nonempty
                # (百万円 merged down a 単位 column is the rows' unit, no group of money rows;
                # 執行体制 down 正職員 | 人件費 (神川) groups the program's staff)
                if c.rowspan > 1
                and (
                    money_group(c.text)
                    or staff_group(c.text)
                    or _inputs_block(data_rows, r - header_rows, c)
                )
                and not unit_word(c.text)
            ),
            None,
        )
        labels = [c for c in nonempty if c.col == list_col and list_of(c.text)]
        if (
            group is not None
            and labels
            and (
                not money_word(group.text)
                or _counts(group.text)
                or any("目標" in c.text for c in labels)
            )
        ):
            # 観光消費額, 補助金交付件数 (a count, not an amount: 決算額 is money), 寄附金額 over
            # 目標 | 実績 rows (飛騨): an indicator's lists; 事業費 over 計画 | 実績 stays money
            group = None
        if group is not None:
            money_until = r + group.rowspan
            if not (money_group(group.text) or staff_group(group.text)):
                # 投入量 over 事業費 | 従事職員数 (住田): the rows' names say what they are
                notice(
                    f"the rows under {normalize_text(group.text)!r} give the program's money "
                    "and staff: not read as indicators"
                )
        if r < money_until:
            continue  # 事業費 merged down 事業費 | うち国・県支出金 | うち一般財源: no indicators
        row_list: Role | None = None
        said: Cell | None = None
        if list_col is not None:
            said = next((c for c in nonempty if c.col == list_col), None)
            row_list = list_of(said.text) if said is not None else None
            if row_list is not None:
                # 目標 / 実績 in a 区分 column: the row lists that kind of value
                nonempty = [c for c in nonempty if c is not said]
                if not nonempty:
                    continue
        if (
            row_list is None
            and current is not None
            and said is not None
            and grades_row(said.text, [c.text for c in nonempty if c is not said])
        ):
            continue  # 評価 | B | B | A under 目標値 and 実績値: the indicator's grades
        if (
            row_list is None
            and list_col is not None
            and said is not None
            and any(is_value(classify(c.text)) for c in nonempty)
        ):
            # 達成度 under 目標値 and 実績: a ratio derived from them, not a list of its own
            if current is not None:
                current.warnings.append(derived_row_note(said.text, f"under {current.indicator}"))
            continue
        # a kind's heading across the table between its rows (利根's 数値目標 | 重要業績評価指標
        # （KPI）): a heading of the rows below, no heading of the columns
        across_kind = (
            kind_words_only(nonempty[0].text)
            if len(nonempty) == 1 and nonempty[0].colspan >= table.n_cols - 1
            else None
        )
        kind_across = across_kind is not None
        # (a row the interpretation reads as a heading, one cell across the whole table: 牧之原's
        # “輝く”高台開発プロジェクト, in no heading's style; 御所's 基本目標1 …, whose 目標 is no
        # column's heading)
        across = kind_across or (
            context.interpretation is not None
            and context.interpretation.row_roles[r] == "section"
            and len(nonempty) == 1
            and nonempty[0].colspan >= table.n_cols - 1
            and classify(nonempty[0].text) in (CellClass.TEXT, CellClass.HEADER)
        )
        if row_list is None and is_header_row(nonempty) and not across:
            header_block.append([normalize_text(c.text) for c in nonempty])
            if header_block == opening:
                # the table's whole header printed again over a block of its rows (御所: each
                # <tbody> repeats it): the columns as the table's header gave them (not where an
                # upper row differs: 目標値 › R4 | R5, then 実績値 › R4 | R5)
                columns = opening_columns
            else:
                columns = single_group(
                    by_content(
                        {**columns, **row_columns(nonempty, columns)},
                        data_rows[r - header_rows + 1 : r - header_rows + 1 + MAX_CHECKED_ROWS],
                    )
                )
            header_seen_since = True
            fill = None  # the document-wide fill rates were for the table's first header
            row_program = _program_of_cells(nonempty)
            named = table_kind(columns, False)
            policy = _policy_heading(nonempty)
            if policy is not None:
                # 施策2-1 観光・交流の推進 | 令和3年度 | …: a policy's block of the table, its
                # KPIs under a year row of their own (a policy measures outcomes, no 事業量)
                header_program = program = policy
                kind = named or Kind.KPI
            elif row_program is not None:
                # A program's own header row inside a table lists that program's 事業量.
                header_program = program = row_program
                kind = Kind.ACTIVITY
            elif named is not None:
                kind = named  # 成果指標 | 指標名 | 目標値 … under the program's fields: its kind
            continue
        header_block = []
        heading_program = program_heading(nonempty[0].text) if len(nonempty) == 1 else None
        if heading_program is not None:
            program, header_program = heading_program, None
            continue
        if across_kind is not None:
            kind = across_kind  # (利根's 重要業績評価指標（KPI）)
        if _is_heading_row(nonempty) or across:
            # A heading printed as a row of the table (one cell across it): it opens a section.
            level = context.headings.level(nonempty[0].text, inner)
            # (a heading in no style is the innermost section: the next such row replaces it)
            inner.enter(
                level if level is not None else CAPTION_LEVEL + 1, section_title(nonempty[0].text)
            )
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
        note = len(nonempty) == 1 and opens_with_note_mark(normalize_text(nonempty[0].text))
        if note or (current is not None and _remark_row(nonempty)):
            # ≪成果と見直し≫ and its sentences across the row under an indicator: its comment;
            # a note alone in its row (利府: ※ 重点事業1の事業費（R4決算）：412,580千円), spanned
            # or not, likewise, and never an indicator
            if current is not None:
                current.comments.append(normalize_text(nonempty[0].text))
            continue
        if _field_row(nonempty, columns):
            continue  # 基本的方向 | a sentence across the value columns: a form's field
        data_cells, header_cells = _split_mixed(nonempty, columns)
        spread: list[str] = []  # targets merged across their years, each year's
        data_cells = _each_years_target(data_cells, columns, row_list, spread)
        kind_here = spanning_kind[1] if spanning_kind and r < spanning_kind[0] else kind
        for data_cell in data_cells:
            marked = block_kind(data_cell.text)
            if marked is not None and data_cell.rowspan > 1:
                # 目標 / KPI / 事業量 / 活動指標 printed once in a cell over several rows marks
                # them all
                spanning_kind = (r + data_cell.rowspan, marked)
                kind_here = marked
            elif marked is not None and len(data_cells) > 1:
                kind_here = marked  # 区分 | 活動指標 beside the name: this row's kind
        cells = prepare_row(data_cells, columns)
        cells, row_program = _take_program_cell(cells, columns)
        if row_program is not None:
            program, header_program = row_program, None
        own_kind: Kind | None = None  # a kind word the row prints in a cell of its own
        column_kind: Kind | None = None  # the row's word in a column of kinds (種類 | 活動)
        for cell in cells:
            if cell.cls is CellClass.KIND:
                kind_here = own_kind = KIND_WORDS[normalize_text(cell.text).replace(" ", "")]
        department = next(
            (department_of(c.text) for c in cells if c.cls is CellClass.DEPARTMENT), None
        )
        referenced = next(
            (c.text for c in cells if c.pos in kind_columns and reference_word(c.text)), None
        )
        if referenced is not None:
            # 区分 | 参考 beside 活動 and 成果 (小海): a row given for reference
            notice(reference_row_note(f"row {r + 1} of the table at {table.place}", referenced))
            continue
        cells, by_pos, alignment = align_cells(cells, columns, table.n_cols, shapes, fill, covered)
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
            elif col.role is Role.KIND:
                # 種類 | 活動 / 成果 (興部): the row's kind, as the word names one before 指標
                column_kind = row_kind(cell.text) or column_kind
            elif col.role not in (Role.IGNORE, Role.SUMMARY):
                parts.groups.setdefault(col.group, {}).setdefault(col.role, []).append(
                    Placed(cell.text, col, cell.where)
                )
        if row_list is not None:
            flags = list_flags(said.text) if said is not None else frozenset()
            merged = [c.provenance for c in nonempty if c.rowspan > 1]
            for roles in parts.groups.values():
                # a 基準値 cell merged down beside the list's rows keeps its baseline; a cell of
                # the row's own lists the row's value, as the other columns' cells do
                kept = [
                    p for p in roles.get(Role.BASELINE, []) if any(p.where is m for m in merged)
                ]
                listed = [e for role in VALUE_ROLES for e in roles.pop(role, []) if e not in kept]
                if flags:  # 目標（見込み）: forecasts, as under a 見込 heading
                    listed = [
                        p._replace(col=replace(p.col, flags=p.col.flags | flags)) for p in listed
                    ]
                if listed:
                    roles[row_series_list(row_list, (p.col.period for p in listed))] = listed
                if kept:
                    roles[Role.BASELINE] = [*kept, *roles.get(Role.BASELINE, [])]
        if parts.section:
            section_cell = section_title(parts.section[0])
        printed_program = False
        program_col = next(
            (
                placed.index
                for placed in (by_pos[c] for c in alignment.columns if c is not None)
                if placed is not None and placed.role is Role.PROGRAM
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
                spans = [c for c in row if c.rowspan > 1 and c.col == program_column]
                # a program cell the source draws or marks over the rows below (a ruled PDF
                # cell's box, a rowspan): those rows are its own, whatever their values say
                program_until = max(
                    (r + c.rowspan for c in spans if printed or c.provenance.bbox is not None),
                    default=r + 1,
                )
        line = row[0].provenance.line
        section = inner.titles() + ([section_cell] if section_cell else [])
        made_here: list[Draft] = []
        _join_unnamed_lists(parts.groups)
        for roles in parts.groups.values():
            names = roles.get(Role.INDICATOR, []) + roles.get(Role.KPI_LIST, [])
            group_kind = (
                column_kind
                # 重点目標 | … under 重点目標・KPI: the row's own word, where its heading names two
                or (own_kind if any(_names_two_kinds(p.col.header) for p in names) else None)
                or next((p.col.kind for p in names if p.col.kind), None)
                or _group_kind(roles)
                or kind_here
            )
            if Role.KPI_LIST in roles:
                for text, _col, where in roles[Role.KPI_LIST]:
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
                                indicator_where=where,
                            )
                        )
                continue
            if names:
                text, col, where = names[0]
                text = glossless.get((where, text), text)  # 年少人口比率 over its gloss (塩竈)
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
                    indicator_where=where,
                )
                d.department = department
                _fill(d, roles)
                if row_list is None:
                    from_above = [down_cells[c] for c in sorted(covered)]
                    _merged_from_above(d, from_above, columns, col.group)
                if d.indicator_type == "input":
                    if current is not None:
                        current.warnings.append(input_row_note(text))
                    current, skipping = None, True  # its list rows are not the row above's
                    continue
                skipping = False
                # KPI① over the names names a kind, as a kind column does
                named_kind = announced is not None or col.kind is not None
                d.kind = typed_kind(d.kind, d.indicator_type, named_kind)
                made_here.append(d)
                current = d
                header_seen_since = False
            elif skipping and row_list is not None:
                continue  # a list row of an input row
            elif any(
                role in roles for role in (Role.BASELINE, Role.TARGET, Role.ACTUAL, Role.STATUS)
            ):
                if current is not None and (header_seen_since or row_list is not None):
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
            d.warnings.extend(spread)
            d.program_spanned = not printed_program and r < program_until
        drafts.extend(made_here)
        if header_cells:
            columns = single_group({**columns, **row_columns(header_cells)})
            header_seen_since = True
            fill = None
    reassign_merged_programs(drafts)
    _breakdown_names(table, header_rows, columns, drafts)
    return drafts


def _breakdown_names(
    table: Table, header_rows: int, columns: dict[int, Column], drafts: list[Draft]
) -> None:
    """Rows under one name merged down beside a 区分 column (見附: 特定健診受診率 over 男性 |
    ％ | 38.2 … and 女性 | ％ | 45.6 …): each row is the name's part the word says."""
    types = [i for i, c in columns.items() if c.role is Role.TYPE]
    names = [i for i, c in columns.items() if c.role is Role.INDICATOR]
    if len(types) == 1 and len(names) == 1:
        drafts[:] = name_parts(table, header_rows, names[0], types[0], drafts)
    elif not types and header_rows:
        drafts[:] = parts_under_one_heading(table, header_rows, names, drafts)


def parts_under_one_heading(
    table: Table, header_rows: int, names: Sequence[int], drafts: list[Draft]
) -> list[Draft]:
    """The drafts of rows under one heading over two name columns side by side (``names``, the
    columns read as indicators' names), a name merged down the first
    over short words in the second (富加: 成果指標 over both, 65歳の平均自立期間 over 男性 and 女性;
    南丹: 観光入込客数 over 園部 | 八木 | 日吉 | 美山 | 計), each row named by the name's part
    its word says, or, where a word names the whole (計), that row the indicator and the parts
    unread (name_parts); unchanged where the first column letters its rows or the second names
    counts of their own (観光振興 beside 観光客数 | 宿泊者数, ア beside 移住相談件数)."""
    if len(names) != 2 or names[1] != names[0] + 1:
        return drafts
    first = names[0]
    grid = table.grid()
    head = grid[header_rows - 1][first] if header_rows - 1 < len(grid) else None
    if head is None or head.col != first or head.colspan != 2:
        return drafts
    firsts = [grid[r][first] for r in range(header_rows, len(grid))]
    seconds = [grid[r][first + 1] for r in range(header_rows, len(grid))]
    lettered = any(c is not None and cell_shape(c.text) in ("letter", "numbered") for c in firsts)
    named = any(
        c is not None
        and c.col == first + 1
        and (_counts(c.text) or regex.search(r"(?:率|額)$", normalize_text(c.text)))
        for c in seconds
    )
    if lettered or named:
        return drafts
    return name_parts(table, header_rows, first, first + 1, drafts)


def name_parts(
    table: Table,
    header_rows: int,
    name_col: int,
    part_col: int,
    drafts: list[Draft],
    longest: int = BREAKDOWN_CHARS,
) -> list[Draft]:
    """The drafts, each of a row under a name merged down over several rows, beside a column of
    words of ``longest`` characters at most that are no type, kind, list, period or heading word,
    named by the name's part its row prints (``特定健診受診率(男性)``); unchanged where any of
    the column's words is no such part. Where one of the words names the whole (与謝野's
    ``加悦地域 | 岩滝地域 | 野田川地域 | 計``), its row is the indicator under the name alone and
    the parts' rows give no draft: they break it down (F388-5)."""
    grid = table.grid()
    words: dict[int, str] = {}
    printed: dict[int, str] = {}  # each row's word as printed
    units: dict[int, str] = {}
    for r in range(header_rows, table.n_rows):
        cell = grid[r][part_col]
        if cell is None or cell.empty or cell.row != r or cell.col != part_col:
            continue  # (a name spanning the column too: no word of it)
        word = normalize_text(cell.text).replace(" ", "")
        if unit_word(word):
            # 件 | 人 beside one name: each row's unit where every word is one (施設 among 在宅 |
            # 居住系 is a part)
            units[r] = words[r] = word
            continue
        bracketed = _PART_WITH_UNIT.fullmatch(word)
        if bracketed is not None and unit_word(bracketed.group("unit")):
            word = bracketed.group("part")  # 男性（%）: the part, then its unit
            units[r] = bracketed.group("unit")
        if _FOR_REFERENCE_WHOLE.fullmatch(word):
            continue  # (八丈: 計（参考）under 空路 | 海路, a sum given for reference: no part)
        printed[r] = word
        word = _IN_BRACKETS.sub(r"\g<inner>", word)  # (（空路）: the part, its brackets aside)
        if not breakdown_word(word, longest):
            # a type, kind or list column after all; R5 | R6 under one name (its years, read as
            # such); 指標 | 活動計画 (a heading's words, no part of a name)
            return drafts
        words[r] = word
    # beside each merged name: all its words units (消費生活相談 over 件 | 人), the rows' units and
    # no parts; some of them parts (在宅 | 施設 | 居住系, 施設 a counter too), all parts
    rows_of: dict[int, list[int]] = defaultdict(list)
    for r in words:
        name = grid[r][name_col]
        rows_of[id(name) if name is not None else -r].append(r)
    for rows in rows_of.values():
        if all(units.get(r) == words[r] for r in rows):
            for r in rows:
                del words[r]
        else:
            for r in rows:
                if units.get(r) == words[r]:
                    del units[r]
    for d in drafts:
        if d.row in units and d.unit is None:
            d.unit = units[d.row]
        if d.row in units and d.row not in words and d.indicator is None:
            name = grid[d.row][name_col]
            if name is not None and not name.empty and name.rowspan > 1:
                d.indicator = normalize_text(name.text)  # (消費生活相談 over 件 | 人: two units)
                d.warnings = [w for w in d.warnings if "no indicator name" not in w]
    if not words:
        return drafts
    # the words beside each name merged down: parts where they are two or more, and differ
    # (a 出典 merged beside the name's 目標 | 実績 rows, or repeated on each, is none)
    under: dict[int, list[str]] = defaultdict(list)
    for r, word in sorted(words.items()):
        name = grid[r][name_col]
        if name is not None and word not in under[id(name)]:
            under[id(name)].append(word)
    # the names whose whole's row (計) has a draft with values of its own: only then are the
    # parts' rows its breakdown (a blank 計 row leaves the parts as they are)
    summed_names = {
        id(cell)
        for d in drafts
        if d.row is not None
        and words.get(d.row) in WHOLE_WORDS
        and d.has_values()
        and (cell := grid[d.row][name_col]) is not None
    }
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        if d.row is None or d.row not in words:
            continue
        name = grid[d.row][name_col]
        if name is None or name.empty or name.rowspan < 2:
            continue  # a name of its own row: the word is no part of it
        word, said = words[d.row], under[id(name)]
        # (the interpretation's reading names a row by its word where the name spans it)
        as_printed = (word, printed.get(d.row, word))
        own = normalize_text(d.indicator or "").replace(" ", "")  # (（海路）: as the word is)
        whole = d.indicator if d.indicator and own not in as_printed else normalize_text(name.text)
        if own in as_printed:
            d.indicator_where = name.provenance
        d.warnings = [w for w in d.warnings if "no indicator name" not in w]
        summed = [w for w in said if w in WHOLE_WORDS]
        if len(summed) == 1 and len(said) > 2 and id(name) in summed_names:
            # 加悦地域 | 岩滝地域 | 野田川地域 | 計 beside 織物業の新規就業者数: the 計 row's values
            # are the indicator's, the others its breakdown
            if word in WHOLE_WORDS:
                d.indicator, d.indicator_where = normalize_text(name.text), name.provenance
                parts = ", ".join(w for w in said if w != word)
                d.warnings.append(
                    f"read from its {word!r} row; the rows beside its name that break it down "
                    f"({parts}) were not read as indicators, their values and targets with them"
                )
            else:
                out.pop()
            continue
        if len(said) < 2 or whole.endswith(f"({word})"):
            # one word beside the name (人口10万対 on both its rows) is no part of it; a part
            # given once (by the 区分 column's reading and again by the interpretation's) stays
            d.indicator = whole
        else:
            d.indicator = f"{whole}({word})"
            d.part = word
    return out


def _counts(name: str) -> bool:
    """Whether a name measures a count or a share (補助金交付件数, 補助金利用者), not an amount of
    money (決算額, 交付金額)."""
    norm = normalize_text(name)
    return _COUNTED.search(norm) is not None and not norm.endswith("額")


#: A name that ends as a count or a share does (COUNT_END).
_COUNTED = regex.compile(rf"{COUNT_END}$")


#: A whole given for reference beside its parts (``計（参考）``, ``合計(参考値)``).
_FOR_REFERENCE_WHOLE = regex.compile(r"(?:合計|小計|総計|計)[(（]参考値?[)）]")
#: A word in brackets of its own (``（空路）``).
_IN_BRACKETS = regex.compile(r"^[(（](?P<inner>[^()（）]+)[)）]$")
#: A part with its unit in brackets after it (``男性（%）``).
_PART_WITH_UNIT = regex.compile(r"(?P<part>.+?)[(（](?P<unit>[^()（）]+)[)）]")


#: Columns a remark spans, at the least, to be a row of its own (not a name beside values).
MIN_REMARK_SPAN = 3


def _remark_row(cells: list[Cell]) -> bool:
    """A remark printed across a table's row: one cell of sentences (。) over several columns,
    no value in it."""
    if len(cells) != 1 or cells[0].colspan < MIN_REMARK_SPAN or "。" not in cells[0].text:
        return False
    return classify(cells[0].text) in (CellClass.TEXT, CellClass.PROSE)


def _field_row(cells: list[Cell], columns: dict[int, Column]) -> bool:
    """A form's field printed inside a table: a label, then words in one cell across two value
    columns or more (``基本的方向 | 自然と有機農業のまちの魅力を発信し…``), and no value."""
    if len(cells) != 2 or any(is_value(classify(c.text)) for c in cells):
        return False
    wide = cells[1]
    covered = [columns.get(i) for i in range(wide.col, wide.col + wide.colspan) if i in columns]
    words = classify(wide.text) in (CellClass.TEXT, CellClass.PROSE, CellClass.DESCRIPTION)
    across = sum(c is not None and c.role in VALUE_ROLES for c in covered) >= 2
    # above the table's real header the columns are not known yet: a sentence across three
    # columns or more is a field's value all the same
    sentence = wide.colspan >= 3 and "。" in wide.text
    return words and (across or sentence)


#: Data rows under a header whose cells are looked at to check its columns' roles.
MAX_CHECKED_ROWS = 50


def by_content(columns: dict[int, Column], rows: list[list[Cell]]) -> dict[int, Column]:
    """The header's columns, checked against what the rows under them hold: where one other
    column names the indicators, a column an indicator word heads over a period that holds
    values alone lists actuals (指標の推移 › R2); where the header names no indicator column, a
    column its heading calls a value column (重点目標: 目標) but that holds words and no value
    is the indicator column."""
    texts: Counter[int] = Counter()
    values: Counter[int] = Counter()
    for row in rows[:MAX_CHECKED_ROWS]:
        filled = [c for c in row if not c.empty]
        if filled and is_header_row(filled):
            break
        for cell in row:
            if cell.empty or cell.colspan > 1:
                continue
            cls = classify(cell.text)
            if is_value(cls) or cls is CellClass.STATEMENT:
                values[cell.col] += 1
            elif cls in (CellClass.TEXT, CellClass.PROSE):
                texts[cell.col] += 1
    out = dict(columns)
    named = [i for i, c in columns.items() if c.role is Role.INDICATOR]
    undated = [i for i in named if columns[i].period is None]
    for i in named:
        if len(undated) == 1 and columns[i].period is not None and values[i] and not texts[i]:
            # 指標の推移 over R2 | R3 | R4 (小樽), right of 指標名: an indicator word over dated
            # columns of values, each year's values (as a bare period heading lists actuals)
            out[i] = replace(columns[i], role=Role.ACTUAL)
    has_indicator = any(c.role in (Role.INDICATOR, Role.KPI_LIST) for c in out.values())
    if has_indicator or not any(c.role in VALUE_ROLES and values[i] for i, c in out.items()):
        # words in a value column beside an indicator column are a row shifted, for the
        # aligner to mend; with no value column holding values, no column is checked
        return out
    for i, col in sorted(out.items()):
        if col.role in VALUE_ROLES and texts[i] and not values[i]:
            out[i] = replace(col, role=Role.INDICATOR, period=None)
            break
    return out


def _unread_value(cell: RowCell, by_pos: list[Column | None]) -> list[str]:
    """A warning for words left in a value column (``集計中`` under R5実績): not a value, and
    not dropped in silence."""
    col = by_pos[cell.pos] if cell.pos < len(by_pos) else None
    if col is not None and col.role is Role.IGNORE and is_value(cell.cls) and remarks(col.header):
        # 参考値（R3） | 110: a reference's number beside the indicator's, said as unread
        header = normalize_text(col.header)
        return [f"{cell.text.strip()!r} under {header} is a reference, not this indicator's value"]
    if cell.cls is CellClass.QUANTITY and (col is None or col.role in VALUE_ROLES):
        # 移住者数 | 120人 | 130人 | 140人 | 10%増 | 150人 under four value headings: the number
        # the aligner left out for the statement, past the last heading, is said as unread
        where = f"under {normalize_text(col.header)} " if col is not None and col.header else ""
        return [
            f"{cell.text.strip()!r} {where}was not read: the row prints more values than its "
            "headings name"
        ]
    if col is None or col.role not in VALUE_ROLES or is_value(cell.cls):
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


def _heads_values(cells: list[Cell]) -> bool:
    """Whether a header row heads value columns (a period, 目標, 実績 beside the program's
    name), not a form's field alone (日置: ``事業名 | 過疎地域移住定住促進事業`` over the grid)."""
    return any(
        find_period(cell.text) is not None
        or header_role(cell.text) in (Role.TARGET, Role.ACTUAL, Role.BASELINE)
        for cell in cells
        if not cell.empty
    )


def _policy_heading(cells: list[Cell]) -> Program | None:
    """The policy a header row's first cell heads with its number (``施策2-1 観光・交流の推進``),
    a heading word that names no 事業; None otherwise."""
    return program_heading(cells[0].text, policy_only=True) if cells else None


def _department_field(cells: list[Cell], k: int) -> str | None:
    """The department cell ``k`` of a header row names, where the cell before it labels one
    (``担当課 | 企画政策課``)."""
    if not k or classify(cells[k].text) is not CellClass.TEXT:
        return None
    votes = current_vocabulary().votes(normalize_text(cells[k - 1].text))
    if strongest_role(votes) != "department":
        return None
    return normalize_text(cells[k].text).replace(" ", "")


def _program_of_cells(cells: list[Cell]) -> Program | None:
    """The program a header row prints in its cells (number, name, department), if any."""
    program: Program | None = None
    department: str | None = None
    for k, cell in enumerate(cells):
        if k and header_role(cells[k - 1].text) is Role.SUMMARY:
            continue  # 事業の概要 | 「山の都総合戦略」に基づき…: what it does, not its name
        named = _department_field(cells, k)
        if named is not None:
            department = named
            continue
        if not cell.empty and is_program_cell(cell.text):
            p = parse_program(cell.text)
            program = p if program is None else _join(program, p)
    if program is None or not (program.name or program.number):
        return None
    if department is not None and program.department is None:
        program = replace(program, department=department)
    return program


def _take_program_cell(
    cells: list[RowCell], columns: dict[int, Column]
) -> tuple[list[RowCell], Program | None]:
    """A program line printed inside a data row of a table with no program column (``- …【再掲】
    【課】 (目的)…`` before the indicator): set it aside; the cells after it move back one."""
    if any(c.role is Role.PROGRAM for c in columns.values()):
        return cells, None
    for k, cell in enumerate(cells):
        if cell.cls in (CellClass.TEXT, CellClass.PROSE) and is_program_line(cell.text):
            if k == len(cells) - 1 or unit_word(cells[k + 1].text):
                # (【再掲】 ふるさと納税寄附額 | 万円 | …: a reposted indicator before its unit,
                # no program before an indicator's name)
                continue
            moved = [replace(c, pos=c.pos - 1) for c in cells[k + 1 :]]
            return cells[:k] + moved, parse_program(cell.text)
    return cells, None


def align_cells(
    cells: list[RowCell],
    columns: dict[int, Column],
    n_cols: int,
    shapes: dict[int, str],
    fill: dict[int, float] | None,
    covered: frozenset[int] = frozenset(),
) -> tuple[list[RowCell], list[Column | None], Alignment]:
    """Align a prepared row (kind markers and department cells set aside) to the columns; no
    cell goes into a ``covered`` column (a cell merged down from above fills it)."""
    cells = [c for c in cells if c.cls not in (CellClass.KIND, CellClass.DEPARTMENT)]
    width = max(n_cols, max((c.pos for c in cells), default=0) + 1)
    by_pos = [columns.get(i) for i in range(width)]
    return cells, by_pos, align_row(cells, by_pos, shapes, fill, covered=covered)


#: What the warning on a row whose cells were matched to columns by content says (the reader
#: counts the rows that carry it: understanding.reader._misaligned).
MOVED = "does not line up with its header"


def _moved_warning(line: int | None) -> str:
    where = f"line {line}" if line is not None else "this row"
    return f"{where} {MOVED}; cells were matched to columns by content"


def _join(first: Program, more: Program) -> Program:
    """A program printed across several cells: number, name and department in turn."""
    return Program(
        first.name or more.name,
        first.number or more.number,
        first.department or more.department,
        first.reposted or more.reposted,
        first.summary or more.summary,
    )


#: What joins two kinds' words in one heading (``重点目標・KPI``, ``数値目標及びKPI``).
_KIND_JOINS = regex.compile(r"(?:[・/／、]|及び)+")


def _names_two_kinds(header: str) -> bool:
    """Whether a heading names two kinds (``重点目標・KPI``): each row says which it is."""
    parts = _KIND_JOINS.split(normalize_text(header).replace(" ", ""))
    return len({k for part in parts if (k := header_kind(part)) is not None}) > 1


def _group_kind(roles: dict[Role, list[Placed]]) -> Kind | None:
    for entries in roles.values():
        for placed in entries:
            if placed.col.kind is not None:
                return placed.col.kind
    return None


def _join_unnamed_lists(groups: dict[int | None, dict[Role, list[Placed]]]) -> None:
    """Join to a row's ungrouped columns, where its name is, the groups a list's word alone
    made (阿賀野: `目標` under each of `H28年度 | H29年度 | H30年度`, beside the final target and
    the name): one indicator's values, no records of their own. Groups a kind heads (数値目標 |
    KPI) stay apart."""
    named = [g for g, roles in groups.items() if Role.INDICATOR in roles or Role.KPI_LIST in roles]
    if named != [None]:
        return  # (a name under a kind's heading, 犬山's 成果指標, keeps its group's own values)
    home = groups[None]
    for g in [g for g in groups if g is not None]:
        roles = groups[g]
        if any(p.col.kind is not None for placed in roles.values() for p in placed):
            continue
        for role, placed in roles.items():
            home.setdefault(role, []).extend(placed)
        del groups[g]


def _prints_a_figure(text: str) -> bool:
    """Whether a cell that reads as a heading prints a figure of its own: a number that is no
    period's (``目標14``, ``実績12月末``), or a target statement (``基準（R2）から5ポイント増``)."""
    norm = normalize_text(text)
    if parse_target_statement(norm) is not None or _COMPARED_TO.search(norm):
        return True  # (R2実績以上, 前年度実績以上, 令和7年度までに達成: a level against a year)
    return any(ch.isdigit() for ch in norm) and find_period(norm) is None


#: Words that state a level against another (``以上``, ``比``, ``上回る``, ``までに``), which no
#: heading of the rows below prints (review 49).
_COMPARED_TO = regex.compile(r"以上|以下|未満|比|上回|下回|までに|維持")


def _split_mixed(cells: list[Cell], columns: Mapping[int, Column]) -> tuple[list[Cell], list[Cell]]:
    """A data row that ends in headings for the rows below: (data cells, heading cells). A
    remark under 備考 is none (御所's ``現状値は暦年``), nor is a cell that prints a figure of
    its own (``目標14``: a value unread, said, not a heading that relabels the rows below as
    targets, review 48)."""
    for i, cell in enumerate(cells):
        col = columns.get(cell.col)
        if col is not None and col.header and remarks(col.header):
            continue
        if i > 0 and classify(cell.text) is CellClass.HEADER and header_kind(cell.text) is None:
            rest = cells[i:]
            if all(
                classify(c.text) in (CellClass.HEADER, CellClass.PERIOD)
                and not _prints_a_figure(c.text)
                for c in rest
            ):
                return cells[:i], rest
    return cells, []


def _each_years_target(
    cells: list[Cell], columns: Mapping[int, Column], row_list: Role | None, said: list[str]
) -> list[Cell]:
    """The row's cells with a target merged across the years it holds for put under each year:
    one saying so (赤井川: ``毎年度 12件以上`` across R3 … R7 on a row its 区分 calls 目標), or a
    bare level, which is read so with a note in ``said`` (庄原: ``3`` across 目標値 › R3 | R4 |
    R5, as the interpretation reads 滝沢's); a running total (``15（累計）``) under the last year
    alone, said too; words merged so stay the first column's."""
    if all(c.colspan < 2 for c in cells):
        return cells  # (most rows: nothing merged across)
    out: list[Cell] = []
    for cell in cells:
        first = columns.get(cell.col) if cell.colspan > 1 else None
        lists_targets = row_list is Role.TARGET or (
            row_list is None and first is not None and first.role is Role.TARGET
        )
        if first is None or not lists_targets:
            out.append(cell)
            continue
        spanned = [columns.get(k) for k in range(cell.col, cell.col + cell.colspan)]
        years = {
            (c.period.fiscal_year, c.period.year, c.period.month)
            for c in spanned
            if c is not None and c.period is not None and c.role is first.role
        }
        if len(years) < cell.colspan:
            out.append(cell)
            continue
        try:
            q = parse_quantity(cell.text)
        except ParseError:
            out.append(cell)
            continue
        heads = [c.header.split("›")[-1].strip() for c in spanned if c is not None]
        if "cumulative" in q.flags and "annual" not in q.flags and q.value is not None:
            # 15（累計） across R3 | R4 | R5: a running total over the span, the last year's
            said.append(
                f"{normalize_text(cell.text)!r}, a running total merged across the years from "
                f"{heads[0]} to {heads[-1]}, was read as the last year's target"
            )
            out.append(replace(cell, col=cell.col + cell.colspan - 1, colspan=1))
            continue
        if "annual" not in q.flags and q.value is not None:
            said.append(
                f"{normalize_text(cell.text)!r} is merged across the years from {heads[0]} to "
                f"{heads[-1]}: read as each year's target"
            )
        elif "annual" not in q.flags:
            out.append(cell)
            continue
        out.extend(
            replace(cell, col=k, colspan=1) for k in range(cell.col, cell.col + cell.colspan)
        )
    return out


def prepare_row(cells: list[Cell], columns: Mapping[int, Column] | None = None) -> list[RowCell]:
    """Row cells for alignment: a label cell joins the name after it, which moves later cells,
    unless the header heads the label's column and the name's apart (江差: ``区分 | 指標`` over
    ``KPI① | ニシンの漁獲量``): the joined cell then stands in the name's column."""
    out: list[RowCell] = []
    shift = 0
    i = 0
    while i < len(cells):
        cell = cells[i]
        # (同左 in a row of values stands for the value before it: a value to place)
        cls = CellClass.QUANTITY if same_as_left(cell.text) else classify(cell.text)
        if (
            cls is CellClass.LABEL
            and i + 1 < len(cells)
            and (
                classify(cells[i + 1].text) in (CellClass.TEXT, CellClass.PROSE)
                # (貝塚: ③ beside 創業支援事業による創業件数, words a heading might print, under
                # the names' heading: a name all the same)
                or _under_names(cells[i + 1], columns)
            )
        ):
            nxt = cells[i + 1]
            text = f"{cell.text.strip()} {nxt.text.strip()}"
            # the name's cell: the record's name is printed there, its label (①) beside it
            where = nxt.provenance
            named = (columns or {}).get(nxt.col)
            apart = (
                named is not None
                and named.role is Role.INDICATOR
                and (columns or {}).get(cell.col) not in (None, named)
            )
            at = nxt.col if apart else cell.col  # (headed apart: nothing moves)
            out.append(RowCell(at - shift, text, CellClass.TEXT, cell_shape(text), where))
            if not apart:
                shift += nxt.col - cell.col
            i += 2
            continue
        out.append(
            RowCell(cell.col - shift, cell.text, cls, cell_shape(cell.text), cell.provenance)
        )
        i += 1
    return out


def _under_names(cell: Cell, columns: Mapping[int, Column] | None) -> bool:
    """Whether a cell of words stands under the names' heading (the indicator column)."""
    col = (columns or {}).get(cell.col)
    return (
        col is not None and col.role is Role.INDICATOR and classify(cell.text) is CellClass.HEADER
    )


def _value_cell(placed: Placed) -> ValueCell:
    """A value cell under its column; a period printed in the cell (``1,500人(R2)``) is its own."""
    text, col, where = placed
    return column_value(text, col.period, col.header, col.flags, where)


def _merged_from_above(
    d: Draft, merged: Sequence[Cell], columns: Mapping[int, Column], group: int | None
) -> None:
    """A dash merged down from an indicator's row over this indicator's, in a value column of
    its name's ``group`` (潟上: ``―（新規指標）`` under 基準値 beside two new KPIs, a program
    merged beside them; not 上市's goal beside its KPIs, a group of its own): it says the same of
    both, and is this row's value too, with a warning. (A number so merged is each row's where
    ``shared_values`` finds it shared; beside a merged program it may be the program's; where
    it is left merged, this row says it was read for the row above alone.) A
    baseline's year merged down so (田尻: ``基準年度`` ``R2`` beside two KPIs) is each one's."""
    for cell in dict.fromkeys(merged):  # (a cell merged across columns: once)
        col = columns.get(cell.col)
        if cell.empty or col is None:
            continue
        if col.role is Role.BASE_YEAR and d.base_year is None:
            d.base_year = cell.text
            continue
        if col.role not in (Role.BASELINE, Role.TARGET, Role.ACTUAL):
            continue
        if col.group != group:
            continue
        if classify(cell.text) is CellClass.QUANTITY:
            # (a figure left merged by shared_values: the rows' units differ, or a name is
            # merged beside it; it was read for the row above)
            d.warnings.append(
                f"{normalize_text(cell.text)!r} under {normalize_text(col.header)}, merged down "
                "over this row from a row above, was read for that row alone"
            )
            continue
        if classify(cell.text) is not CellClass.MISSING:
            continue
        _fill(d, {col.role: [Placed(cell.text, col, cell.provenance)]})
        d.warnings.append(
            f"{normalize_text(cell.text)!r} under {normalize_text(col.header)}, merged over this "
            "row and the row above, was read for both"
        )


def _fill(d: Draft, roles: dict[Role, list[Placed]]) -> None:
    """Put a row's cells into a draft by their columns' roles."""
    units = roles.get(Role.UNIT, [])
    for text, _col, _ in units:
        d.unit = d.unit or text
    # 指標値 | 単位 | 実績値 | 単位 over 3.5 | 万人 | 36,210 | 人 (海津): each value's own unit
    after = units_after((u.col.index, u.text) for u in units)

    def cell(placed: Placed) -> ValueCell:
        vc = _value_cell(placed)
        unit = after.get(placed.col.index + 1)
        return with_own_unit(vc, unit) if unit is not None else vc

    for text, _col, _ in roles.get(Role.TYPE, []):
        d.indicator_type = type_of(text) or d.indicator_type
    for placed in roles.get(Role.BASELINE, []):
        d.baseline = d.baseline or cell(placed)
    for text, _col, _ in roles.get(Role.BASE_YEAR, []):
        d.base_year = d.base_year or text
    for text, col, where in roles.get(Role.TARGET_PERIOD, []):
        if baseline_year(text):
            # 基準（R元） on the first of a KPI's rows of years (肝付): the baseline's year, no
            # target's; left for the row's values to be dated otherwise (or said undated)
            d.base_year = d.base_year or text
            continue
        d.target_period = ValueCell(text, None, col.header, where=where)
    for placed in roles.get(Role.TARGET, []):
        text, col = placed.text, placed.col
        if classify(text) in (CellClass.QUANTITY, CellClass.MISSING) or col.period is not None:
            # a statement under a dated target heading keeps the column's period
            d.targets.append(cell(placed))
        else:
            d.target_texts.append(text)
    for placed in roles.get(Role.ACTUAL, []):
        d.actuals.append(cell(placed))
    for text, _col, _ in roles.get(Role.STATUS, []):
        printed = printed_status(text)
        if printed is not None:
            d.status = printed


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
