"""The header of a table, for the row reader: which leading rows are headings, the columns
they define (role, kind, period, group), and what the table's interpretation adds to them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TypeAlias

import regex

from jpkpi.primitives.period import ERA_PATTERN, reads_as_period, without_periods
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.align import DERIVED, RATIO
from jpkpi.understanding.cells import (
    CellClass,
    classify,
    department_of,
    is_value,
    kind_words_only,
)
from jpkpi.understanding.columns import Column, path_to_column
from jpkpi.understanding.interpretation import (
    EARLIER_FINAL,
    HEADING_SEPARATOR,
    LIST_LABELS,
    STARTING_POINT,
    ColumnReading,
    Layout,
    TableInterpretation,
    innermost_heading,
    names_an_evaluation_year,
)
from jpkpi.understanding.programs import looks_like_program
from jpkpi.understanding.vocabulary import (
    Kind,
    Role,
    current_vocabulary,
    header_role,
)

NUMBERED = regex.compile(r"^[0-9]{1,3}(?:[/~～][0-9]{1,3})?\s")

_PROGRAM_NUMBER = regex.compile(r"[0-9]{1,3}(?:\s*[/~～\-][0-9]{1,3})?")


#: Words of a program column's heading (as opposed to a program's own name).
_PROGRAM_HEADINGS = ("名称", "事業名", "施策名", "重点施策", "主な事業", "具体的")

VALUE_ROLES = (Role.BASELINE, Role.TARGET, Role.ACTUAL)

#: A header's identity across tables: (column index, role, fiscal year) of each value column.
HeaderSignature: TypeAlias = tuple[tuple[int, Role | None, int | None], ...]


def header_signature(columns: dict[int, Column]) -> HeaderSignature:
    """What identifies a header across tables: each value column's role and fiscal year."""
    return tuple(
        (i, c.role, c.period.fiscal_year if c.period else None)
        for i, c in sorted(columns.items())
        if c.role in VALUE_ROLES
    )


def is_header_row(cells: list[Cell]) -> bool:
    """A row of headings: no values, and mostly cells that name a role, or a KPI label."""
    cells = [c for c in cells if not c.empty]
    first = normalize_text(cells[0].text) if cells else ""
    numbered = len(cells) > 1 and cells[0].col == 0 and _PROGRAM_NUMBER.fullmatch(first)
    if numbered and is_program_cell(cells[1].text):
        cells = cells[1:]  # "39 | 幼保小中高教育連携事業 | …": a program number, not a value
    classes = [classify(c.text) for c in cells]
    if not classes or any(is_value(k) or k in (CellClass.STATUS, CellClass.TYPE) for k in classes):
        return False
    headers = sum(k in (CellClass.HEADER, CellClass.PERIOD) for k in classes)
    others = sum(
        k not in (CellClass.HEADER, CellClass.PERIOD, CellClass.KIND)
        and not is_program_cell(c.text)
        for c, k in zip(cells, classes, strict=True)
    )
    kpi_label = any(
        k is CellClass.LABEL and "KPI" in c.text.upper()
        for c, k in zip(cells, classes, strict=True)
    )
    return kpi_label or (headers >= 1 and headers >= others)


_ROLE_OF_READING = {
    "baseline": Role.BASELINE,
    "target": Role.TARGET,
    "actual": Role.ACTUAL,
    "target_period": Role.TARGET_PERIOD,
    "kind": Role.KIND,  # 種類 | 活動 / 成果: each row's kind (興部)
}
_VALUE_COLUMN_ROLES = frozenset({Role.BASELINE, Role.TARGET, Role.ACTUAL})
#: The score of an interpretation's "ignore" for a column of numbers computed from the row's
#: own values (a ratio, a change between two years).
_DERIVED_SCORE = 4.0


def with_reading(
    columns: dict[int, Column],
    reading: TableInterpretation | None,
    header_rows: int,
    first: int = 0,
) -> dict[int, Column]:
    """The header's columns, with what the table's interpretation adds where both read the same
    header: a value column whose words name no role (``R6見通し``, a synonym of 見込) takes the
    interpretation's, and a value column its flags (見込 → ``estimate``); a column of each
    row's year that the words take for values (目標年度) dates the row's target; a column of
    marks under a year (改善・悪化: ○ ×) is ignored, and a name column before the indicators'
    (項目 before 指標) names the program."""
    if reading is None or len(reading.regions) != 1:
        return columns
    region = reading.regions[0]
    if region.layout is not Layout.ROWS or region.header_rows != tuple(range(first, header_rows)):
        return columns
    out = dict(columns)
    _names_from_reading(out, region.columns)
    for cr in region.columns:
        old = out.get(cr.index)
        if cr.role == "evaluation" and old is not None and old.role in _VALUE_COLUMN_ROLES:
            # ○ | × | Ａ under a year (改善・悪化, 達成度): marks of a judgement, whose － is
            # no missing value of the year
            out[cr.index] = replace(old, role=Role.IGNORE, flags=old.flags | {DERIVED})
            continue
        if cr.role == "kind" and old is not None and old.role is Role.TYPE:
            # 区分 over 人口目標 / サブ目標 (小松): the heading's word is a type's, its cells
            # name each row's kind
            out[cr.index] = replace(old, role=Role.KIND)
            continue
        if cr.role == "program" and old is not None and old.role in (Role.INDICATOR, Role.UNIT):
            # 項目 before 指標: the program the indicators beside it measure (and 単位施策 over
            # 4-1 観光の振興, 桑名: a heading's 単位 over the programs' titles)
            out[cr.index] = replace(old, role=Role.PROGRAM)
            continue
        if (
            cr.role == "ignore"
            and cr.score >= _DERIVED_SCORE
            and old is not None
            # (前年対比 over 155.8% (小海): a heading the header words leave without a role)
            and old.role in (*_VALUE_COLUMN_ROLES, Role.STATUS, None)
        ):
            # H21→R元（ポイント）, 達成度(R2) over numbers (御坊), 達成率(%) after each year's
            # actual (御所): computed from the row's values, which the interpretation says from
            # the whole heading; no list of values, no judgement
            ratio = {RATIO} if old.role is Role.STATUS else set()
            out[cr.index] = replace(old, role=Role.IGNORE, flags=old.flags | {DERIVED} | ratio)
            continue
        role = _ROLE_OF_READING.get(cr.role)
        if role is None:
            continue
        # a column of each row's year under a heading the words take for values (目標年度
        # over 29年度) dates the row's target instead
        # (達成年度 over H29, which the words take for a status: the year the target is for)
        periods = (
            role is Role.TARGET_PERIOD
            and old is not None
            and old.role in (*_VALUE_COLUMN_ROLES, Role.STATUS)
        )
        # a second baseline column (平成28（現状値） after 平成25（基準値）) is the value now
        now = old is not None and old.role is Role.BASELINE and cr.runner_up == "baseline"
        # 当初見込み: a forecast (見込) the words took for a baseline (当初)
        forecast = old is not None and old.role is Role.BASELINE and "estimate" in cr.flags
        if (
            old is not None
            and old.role is Role.BASE_YEAR
            and role is Role.BASELINE
            and not _NAMES_A_YEAR.search(without_periods(normalize_text(cr.header)))
        ):
            # H25（基準） over 812 (鎌ケ谷): the words took 基準 for a column of base years,
            # its cells are the baselines' values
            out[cr.index] = replace(old, role=Role.BASELINE, period=cr.period or old.period)
            continue
        # 第5次計画最終値（R4）, the words' target (計画): an earlier plan's final value, the
        # starting point the interpretation finds by its date and place
        # 全域解除時（H28.6） before the years' actuals and targets (川内): a point in time the
        # words took for a year's actuals, the starting point by its date and place
        earlier = (
            role is Role.BASELINE
            and old is not None
            and (
                (old.role is Role.TARGET and any(r.startswith(EARLIER_FINAL) for r in cr.reasons))
                or (
                    old.role is Role.ACTUAL
                    and any(r.startswith(STARTING_POINT) for r in cr.reasons)
                )
            )
        )
        if earlier and old is not None:
            out[cr.index] = replace(old, role=Role.BASELINE)
            continue
        if (
            old is not None
            and old.role is Role.STATUS
            and role is Role.ACTUAL
            and cr.period is not None
            and names_an_evaluation_year(innermost_heading(cr.header))
        ):
            # H24評価 over numbers (豊橋): the year's figures the words took for a judgement
            out[cr.index] = replace(old, role=Role.ACTUAL, period=cr.period)
            continue
        if (now or forecast) and old is not None and role is not Role.BASELINE:
            out[cr.index] = replace(old, role=role, flags=cr.flags or old.flags)
        elif old is None or old.role is None or periods:
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


def _names_from_reading(out: dict[int, Column], readings: Sequence[ColumnReading]) -> None:
    """Where the header's words put the indicators under a column the interpretation reads as
    the rows' list labels (太地: 項目 over 目標 / 実績), and the interpretation finds the names
    under a heading the words took for a type (``区分 ／ 指標名`` over 企画展・特別展の開催回数):
    the names' column is the interpretation's, the labels' column is left to the list reader."""
    said = {cr.index: cr for cr in readings}
    wrong = [
        i
        for i, c in out.items()
        if c.role is Role.INDICATOR
        and i in said
        and said[i].role == "ignore"
        and any(LIST_LABELS in r for r in said[i].reasons)
    ]
    names = [
        cr.index
        for cr in readings
        if cr.role == "indicator"
        and (old := out.get(cr.index)) is not None
        and old.role is Role.TYPE
    ]
    if len(wrong) != 1 or len(names) != 1:
        return
    out[wrong[0]] = replace(out[wrong[0]], role=Role.IGNORE)
    out[names[0]] = replace(out[names[0]], role=Role.INDICATOR)
    for i, c in list(out.items()):
        if c.role is Role.TYPE and i < names[0] and said.get(i) and said[i].role != "type":
            # (ア | イ under the same heading, before the names: no type, a row's letter)
            out[i] = replace(c, role=None)


#: Words of a heading that make its column one of years (基準年度, 基準年次, 基準時点).
_NAMES_A_YEAR = regex.compile(r"年度|年次|時点|年$|年月")


def header_columns(table: Table, header_rows: int, first: int = 0) -> dict[int, Column]:
    """The columns a table's leading header rows define (from row ``first``: a form's fields
    printed in the rows above the header are no column's heading)."""
    grid = table.grid()
    columns: dict[int, Column] = {}
    for c in range(table.n_cols):
        path: list[tuple[int, str]] = []
        seen: set[int] = set()
        across: Kind | None = None
        for r in range(first, header_rows):
            cell = grid[r][c]
            if cell is None or id(cell) in seen:
                continue
            seen.add(id(cell))
            if r and cell.colspan >= table.n_cols and kind_words_only(cell.text) is not None:
                # 数値目標 across the table under its headings (利根): the kind of the rows
                # below, no heading of a column, whose 目標 would make every value a target
                across = kind_words_only(cell.text)
                continue
            if not cell.empty and not is_program_cell(cell.text):
                path.append((cell.col, cell.text))
        if path:
            column = path_to_column(c, path, first_column=(c == 0))
            columns[c] = replace(column, kind=column.kind or across)
    return columns


def heading_rows(reading: TableInterpretation | None, header_rows: int) -> tuple[int, int]:
    """The first and the end of a table's leading rows that head its columns: past the form's
    fields its interpretation finds above its header (刈羽: ``施策 | 2-1 …`` and ``担当課 | … |
    施策の事業費 | …`` in the ``<thead>`` over ``成果指標 | 単位 | …`` and ``目標 | 実績``), to
    the header's last row, before a heading across the table that the counting took for one
    (御所's ``基本目標1 …``); ``(0, header_rows)`` elsewhere."""
    if reading is None or len(reading.regions) != 1:
        return 0, header_rows
    heads = reading.regions[0].header_rows
    if not heads or heads != tuple(range(heads[0], heads[-1] + 1)):
        return 0, header_rows
    end = heads[-1] + 1
    if end < header_rows:
        # a heading across the table right under its header (御所: ``基本目標1 …`` in a
        # ``<th colspan>`` opening each ``<tbody>``), which the counting takes for the header's
        # last row and every column's innermost heading: a section of the rows below
        below = reading.row_roles[end:header_rows]
        if heads[0] or not all(role == "section" for role in below):
            return 0, header_rows
        return 0, end
    above = reading.row_roles[: heads[0]]
    if not above or not all(role == "fields" for role in above):
        return 0, header_rows
    return heads[0], heads[-1] + 1


def row_columns(cells: list[Cell], before: Mapping[int, Column] | None = None) -> dict[int, Column]:
    """The columns one recurring header row re-defines (report forms). A cell that prints a
    period alone over a column whose heading ended in one (早川: a block's own year row,
    ``令和6年度`` under the table's ``目標値 › 令和7年度``) gives that heading its new period and
    keeps the words above it."""
    out: dict[int, Column] = {}
    for cell in cells:
        if cell.empty or is_program_cell(cell.text):
            continue
        path = [(cell.col, cell.text)]
        old = before.get(cell.col) if before is not None else None
        outer = old.header.split(HEADING_SEPARATOR)[:-1] if old is not None else []
        if (
            old is not None
            and old.period is not None
            and outer
            and reads_as_period(normalize_text(cell.text))
        ):
            path = [*((cell.col, text) for text in outer), *path]
        column = path_to_column(cell.col, path, first_column=False)
        if column.role in _VALUE_COLUMN_ROLES and "estimate" in current_vocabulary().votes(
            cell.text
        ):
            # H30年見込 under 目標値: a forecast, whichever list the words above give it
            column = replace(column, flags=column.flags | {"estimate"})
        out[cell.col] = column
    return out


#: A heading that starts with a year: ``2017年度事業``, ``R5年度の取組``.
_DATED_HEADING = regex.compile(
    rf"(?:(?:{ERA_PATTERN})(?:[0-9]{{1,2}}|元)|(?:19|20)[0-9]{{2}})年度?の?(?P<rest>.*)"
)


def is_program_cell(text: str) -> bool:
    """A header-row cell that carries the program itself (``1 水産資源… 【水産振興課】``)."""
    norm = normalize_text(text)
    if not norm:
        return False
    if _PROGRAM_NUMBER.fullmatch(norm):
        return True
    if department_of(norm) is not None or looks_like_program(norm) or NUMBERED.match(norm):
        return True
    if header_role(text) is Role.PROGRAM:
        # A program's own name, not the heading of a program column (事業名, 交付対象事業の名称)
        # nor a year's heading over what was done in it (豊岡: 2017年度事業).
        dated = _DATED_HEADING.fullmatch(norm.replace(" ", ""))
        return (
            len(norm) > 6
            and not any(w in norm for w in _PROGRAM_HEADINGS)
            and (dated is None or len(dated.group("rest")) > 6)
        )
    return len(norm) > 24 and classify(text) in (CellClass.TEXT, CellClass.PROSE)


def count_header_rows(rows: list[list[Cell]]) -> int:
    """Leading rows that are headings."""
    n = 0
    for i, row in enumerate(rows):
        nonempty = [c for c in row if not c.empty]
        if not nonempty:
            break
        if n and _reaches_values(row, rows, i):
            break  # a group cell of the body (重点課題 merged down beside its indicators)
        # A row the source marks as headings (<th>) and that holds no values is a header row.
        marked = all(c.header for c in nonempty) and not any(
            is_value(classify(c.text)) for c in nonempty
        )
        first_program = n == 0 and all(is_program_cell(c.text) for c in nonempty)
        if marked or first_program or is_header_row(nonempty):
            n += 1
            continue
        break
    return n


def _reaches_values(row: list[Cell], rows: list[list[Cell]], i: int) -> bool:
    """Whether a cell that starts in row ``i`` is merged down into a row that holds values: a
    heading's cell reaches down only through the header, so its row starts the body."""
    for c in row:
        if c.rowspan > 1 and not c.empty:
            below = rows[i + 1 : i + c.rowspan]
            if any(is_value(classify(x.text)) for r in below for x in r if not x.empty):
                return True
    return False


def single_group(columns: dict[int, Column]) -> dict[int, Column]:
    """Columns of a table with fewer than two kind groups all make one record together."""
    groups = {c.group for c in columns.values() if c.group is not None}
    if len(groups) >= 2:
        return columns
    return {i: replace(c, group=None) for i, c in columns.items()}


def table_kind(columns: dict[int, Column], header_program: bool) -> Kind | None:
    """The kind a table's header announces, or what its layout implies."""
    for col in sorted(columns.values(), key=lambda c: c.index):
        if col.role is Role.KIND and col.kind is not None:
            return col.kind
    if header_program:
        return Kind.ACTIVITY
    # no kind column: the names' own heading says it (成果指標 | 指標名 | 目標値 …)
    named = {c.kind for c in columns.values() if c.role is Role.INDICATOR and c.kind is not None}
    return named.pop() if len(named) == 1 else None
