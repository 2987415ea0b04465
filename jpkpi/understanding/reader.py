"""The document reader: a document's blocks (text lines and tables) in, drafts out.

Text lines give the section path and, in some documents, the program of the table next to
them; each table is interpreted (``interpretation``), and read by the layouts the
interpretation alone knows (``layouts``) or by the row reader (``rows``).
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

import regex

from jpkpi import budget
from jpkpi.errors import ParseError
from jpkpi.primitives.period import (
    ERA_PATTERN,
    FISCAL_YEAR_TEXT,
    LATEST_ERALESS_YEAR,
    Period,
    arrow_years,
    count_periods,
    document_era,
    find_eraless_period,
    find_period,
    find_span,
    fiscal_year_of,
    glossed_year,
    guess_era,
    nth_year,
    parse_period,
    periods_in,
    reads_as_period,
    relative_period,
    without_periods,
    year_in_fiscal_year,
    year_of,
)
from jpkpi.primitives.quantity import (
    FOOTNOTE_MARK,
    SUFFIX_QUALIFIERS,
    Quantity,
    counter_of,
    normalize_unit,
    parse_quantity,
    split_scale,
)
from jpkpi.primitives.target import TARGET_WORD, parse_change_sentence
from jpkpi.primitives.text import (
    fold_width,
    join_lines,
    normalize_text,
    sentence_around,
    split_label,
    without_closing_brackets,
)
from jpkpi.tables.model import Block, Cell, Provenance, Table, TextLine
from jpkpi.tables.packed import PackedBlocks
from jpkpi.understanding.bands import BandSplit, split_bands
from jpkpi.understanding.breakdowns import split_by_breakdown
from jpkpi.understanding.bulleted import bulleted_drafts
from jpkpi.understanding.cells import (
    FORECAST_WORD,
    KANA_ORDER,
    MARKED_BY,
    MEASURE_WORD,
    NAMES_KEEP_UNIT,
    PART_MARK,
    ROW_LETTER,
    TOTAL_WORD,
    TYPE_WORDS,
    CellClass,
    baseline_year,
    classify,
    closing_unit_but,
    derived_row_note,
    figure_flags,
    input_row_note,
    is_tick,
    is_value,
    kind_heading,
    level_after_colon,
    money_word,
    names_keeping_units,
    numbered_title,
    ranks_above,
    remembering_classes,
    stacked_lists,
    status_legend,
    total_name,
    type_of,
    typed_kind,
    unit_note,
    unit_word,
    value_and_period,
)
from jpkpi.understanding.cells import (
    stated_unit as unit_stated_in,
)
from jpkpi.understanding.component_rows import without_component_rows
from jpkpi.understanding.continued import join_continued, says_continued
from jpkpi.understanding.dated_rows import joined_period_bands, joined_year_rows
from jpkpi.understanding.doubts import doubt_drafts, not_a_name, period_key
from jpkpi.understanding.drafts import (
    Draft,
    ValueCell,
    column_value,
    own_remarks,
    with_own_unit,
)
from jpkpi.understanding.fill import FillRates, fill_rates
from jpkpi.understanding.goal_lines import goal_heading, goal_line_draft
from jpkpi.understanding.headers import HeaderSignature, count_header_rows
from jpkpi.understanding.interpretation import (
    BOUND_WORDS,
    HEADING_SEPARATOR,
    RECORD_LAYOUTS,
    ColumnReading,
    Layout,
    RegionReading,
    TableInterpretation,
    column_votes,
    heads_value_list,
    innermost_heading,
    interpret_table,
    row_list,
)
from jpkpi.understanding.keyed import spread_keyed_values
from jpkpi.understanding.keyed_lines import TARGET_YEAR_LABEL, KeyedLines
from jpkpi.understanding.layouts import (
    NO_NAME_ABOVE,
    FormContext,
    dates_the_actuals,
    dates_under_values,
    end_of,
    heading_above,
    heading_like,
    indicator_field,
    named_value_columns,
    period_columns,
    printed_period,
    program_row_drafts,
    prose_indicators,
    read_field_lines,
    read_fields,
    region_drafts,
    split_arrow_name,
    split_base_year_name,
    split_labelled_name,
    split_led_name,
    stacked_rows,
    table_x,
    unit_in_name,
    years_down,
)
from jpkpi.understanding.long_format import pivoted
from jpkpi.understanding.noted_values import NOTE_MARK, levels_from_notes, note_mark
from jpkpi.understanding.notices import LISTS_UNREAD, UNREAD_VALUES, notice
from jpkpi.understanding.orientation import transposed, transposed_wide
from jpkpi.understanding.period_notes import (
    REASON_FIRST,
    dated_by_column_note,
    dated_by_following_rows,
    dated_by_heading_note,
    dated_by_keyed_list_note,
    dated_by_period_note,
    dated_by_row_note,
    dated_by_row_remark,
    excepted_keys,
    excepted_rows,
    opening_period,
    read_period_note,
)
from jpkpi.understanding.printed_marks import (
    legend_kinds,
    legend_marks,
    resolve_dittos,
    symbol_legend,
    with_era_years,
    with_judged_values,
    with_noted_marks,
    with_symbol_legend,
    without_kind_marks,
    without_marks,
)
from jpkpi.understanding.programs import Program, merge_programs, numbered_name, parse_program
from jpkpi.understanding.reposts import fill_reposted_names
from jpkpi.understanding.revisions import settle_revisions
from jpkpi.understanding.rows import (
    MOVED,
    TableContext,
    is_program_line,
    name_parts,
    parts_under_one_heading,
    read_table,
    starts_program,
)
from jpkpi.understanding.sections import (
    CAPTION_LEVEL,
    NOTE_OPENER,
    DocumentHeadings,
    LineKind,
    SectionPath,
    classify_line,
    heading_level,
    heading_style,
    note_like,
    numbered_like_known,
    opens_with_note_mark,
    section_title,
)
from jpkpi.understanding.shaded_values import read_by_look
from jpkpi.understanding.shared_values import with_shared_values
from jpkpi.understanding.unit_notes import (
    MONEY_WORD,
    ROW_KEY_RUN,
    ROW_KEYS,
    UnitNote,
    named_keys,
    names_by_word,
    quoted_units_until,
    read_unit_note,
    row_key,
    unmatched_keys,
    year_units_noted,
)
from jpkpi.understanding.vocabulary import (
    KIND_WORDS,
    Kind,
    Role,
    Vocabulary,
    current_vocabulary,
    for_reference,
    header_kind,
    holds_placeholder,
    remarks,
    row_kind,
    sample_row,
    strongest_role,
)
from jpkpi.understanding.year_basis import counted_by_row
from jpkpi.understanding.year_blocks import widened


def read_blocks(blocks: Sequence[Block]) -> list[Draft]:
    """Read a document's blocks (tables and text lines) into drafts, in document order.

    Each table is taken from ``blocks`` when its turn comes and let go after (a PackedBlocks
    decodes it then), so a long document's tables are not all held as objects at once."""
    with remembering_classes():
        return _read_blocks(blocks)


def _survey(
    blocks: Iterable[Block], splits: dict[int, BandSplit] | None
) -> tuple[Mapping[HeaderSignature, dict[int, float]], list[str], dict[int | None, list[TextLine]]]:
    """One pass over a document's blocks for what its reading needs of the whole: the fill
    rates of its tables' columns (bands split), the texts that may print a year (_texts), and
    its text lines by page. Each table's split goes into ``splits`` (by its index among the
    blocks) unless it is None (a long document's tables, packed, are not all held at once)."""
    year_texts: list[str] = []
    lines_by_page: dict[int | None, list[TextLine]] = {}

    def tables() -> Iterator[Table]:
        for index, b in enumerate(blocks):
            if isinstance(b, TextLine):
                lines_by_page.setdefault(b.provenance.page, []).append(b)
                year_texts.extend(_texts((b,)))
                continue
            split = split_bands(b)
            if splits is not None:
                splits[index] = split
            year_texts.extend(_texts((split.table,)))
            yield split.table

    if splits is None:  # the tables are not kept: counted now, in this one pass
        return fill_rates(tables()), year_texts, lines_by_page
    kept = list(tables())
    return FillRates(lambda: kept), year_texts, lines_by_page


def _opens_sections(first: TextLine, blocks: Sequence[Block]) -> bool:
    """Whether a document's first line is a heading of its sections: of a fixed style, or of a
    style another line of the document prints again (Ⅰ …, then Ⅱ …)."""
    if heading_level(first.text) is not None:
        return True
    style = heading_style(first.text)
    return style is not None and any(
        isinstance(b, TextLine)
        and normalize_text(b.text) != normalize_text(first.text)  # (a running header: no)
        and heading_style(b.text) == style
        for b in blocks
    )


def _first_plain(blocks: Iterable[Block]) -> Block | None:
    """The first block that is not a heading line (a sheet's name, an HTML heading)."""
    return next((b for b in blocks if not (isinstance(b, TextLine) and b.level is not None)), None)


def _read_blocks(blocks: Sequence[Block]) -> list[Draft]:
    """read_blocks, with each distinct cell text classified once."""
    drafts: list[Draft] = []
    path = SectionPath()
    first = _first_plain(blocks)
    # The first line is the document's title (it repeats on every page) unless it reads as a
    # heading itself (a sheet that starts with 【…】, or with Ⅰ … where Ⅱ … follows); a heading
    # of a style the document prints once (第2章 前期実行計画の検証 atop 宇部's sheet) is its title
    title = (
        normalize_text(first.text)
        if isinstance(first, TextLine) and not _opens_sections(first, blocks)
        else None
    )
    known_programs: set[str] = set()
    styles = DocumentHeadings()
    tables_read = 0
    continued: set[int] = set()  # the tables whose caption says they continue the one above
    # a short document's tables are split once and kept; a packed one's split again in turn
    splits: dict[int, BandSplit] | None = (
        None if isinstance(blocks, PackedBlocks) and blocks.packed else {}
    )
    rates, year_texts, lines_by_page = _survey(blocks, splits)
    texts = [line.text for lines in lines_by_page.values() for line in lines]
    marks, kinds = legend_marks(texts), legend_kinds(texts)
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
    era = _era_of(year_texts)
    report_year = _report_year(title)
    plan = _plan_span(title)
    form = FormContext()
    pages_seen: set[int | None] = set()
    caption: TextLine | None = None
    previous: Block | None = None
    prior: Block | None = None
    above: Table | None = None  # the table read last
    goals: Kind | None = None  # the kind of goal lines under the heading just read, if any
    keyed = KeyedLines()  # indicators written as labelled lines, one field a line
    # headings printed side by side on one line, each with the section path it opens (佐用:
    # １ 基本目標の数値目標 over the left table, ２ 重要業績評価指標（KPI） over the right)
    side_by_side: list[tuple[TextLine, list[tuple[float, str]]]] = []
    for index, block in enumerate(blocks):
        previous, prior = prior, block
        if isinstance(block, Table):
            budget.check(f"the table at {block.place}")
            keyed.end()  # (a table ends a run of labelled lines)
        if isinstance(block, TextLine):
            # 指標名：観光入込客数 then 基準値：543万人（令和元年度） … (豊川's text version)
            a_field, opened = keyed.read(block, path.titles(), vocabulary)
            if opened is not None:
                opened.table = -1 - index  # (lines of their own: no table's neighbour)
                drafts.append(opened)
            if a_field:
                continue
        if isinstance(block, TextLine) and block.level is not None:
            close_program_lines()
            known = normalize_text(block.text) in known_programs
            if known or numbered_like_known(normalize_text(block.text), known_programs):
                path.close_below(0)
                heading_program = parse_program(block.text)
            elif block.level == SHEET_LEVEL and (
                _titled_within(block, blocks[index + 1] if index + 1 < len(blocks) else None)
                or _named_in_fields(block, blocks[index + 1 : index + 1 + _FIELD_BLOCKS])
                or note_like(block.text)
            ):
                # the form's title, or an exhibit's number (資料4), which is no section
                path.close_below(SHEET_LEVEL)
            else:
                path.enter(block.level, section_title(block.text))
                side_by_side = _beside_headings(side_by_side, block, list(path.entries))
            goals = goal_heading(block.text, vocabulary)
            last_block_was_table = False
            continue
        if isinstance(block, TextLine) and goals is not None:
            # 総人口：2,289人（令和12年時点）を維持すること under 最上位目標: a goal line
            goal = goal_line_draft(block, goals, path.titles(), vocabulary)
            if goal is not None:
                goal.table = -1 - index  # (a table of its own: no other draft is its neighbour)
                drafts.append(goal)
                continue
        goals = None  # a run of goal lines ends at any other block
        if isinstance(block, TextLine):
            kind = classify_line(block.text, title, known_programs)
            if kind is LineKind.PROGRAM and (program_lines or starts_program(block.text)):
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
                level = styles.level(block.text, path)
                if level is not None:
                    path.enter(level, section_title(block.text))
                    side_by_side = _beside_headings(side_by_side, block, list(path.entries))
            elif (
                kind is LineKind.NOTE
                and _caption_like(block.text, title)
                and not _printed_beside(block, first)
                and not _printed_beside(block, previous)
            ):
                caption = block
            last_block_was_table = False
            continue
        close_program_lines()
        split = splits.pop(index) if splits is not None else split_bands(block)
        unsplit, block = block, split.table
        # the fields of the table right above (nothing printed between) may name this table's
        # one indicator
        form.indicator = (
            indicator_field(above, vocabulary) if above is not None and previous is above else None
        )
        above = unsplit
        # 上段が目標値、下段が実績値 in a note right above the table: each indicator's lines
        above_text = previous.text if isinstance(previous, TextLine) else ""
        form.stacked = stacked_lists(above_text) if above_text else None
        form.stacked_span = find_span(above_text) if form.stacked is not None else None
        # (of headings side by side, the one over the table: its section path)
        entries = _heading_over(side_by_side, block) or list(path.entries)
        section = [title for _, title in entries]
        # a short line right above the table, with nothing between: its heading
        caption_text = (
            normalize_text(caption.text) if caption is not None and caption is previous else None
        )
        if caption_text is not None:
            section = [*section, caption_text]
        caption = None
        # (海老名: a <caption> read as the heading right above its table, numbered as an
        # indicator is (KPI①　…), names the table's one nameless row as a caption line does; a
        # heading of another kind (人口の推移) heads a section)
        said = (
            normalize_text(section_title(previous.text)) if isinstance(previous, TextLine) else ""
        )
        numbered = bool(said) and section[-1:] == [said] and _NUMBERED_CAPTION.match(said)
        heading = said if numbered else None
        if heading is None and index >= 2 and _unit_line(previous) is not None:
            # KPI①　町公式ホームページ…の年間閲覧数, then （単位：千件） as the table's <caption>
            # (精華): the numbered heading over the unit line names the table's indicator
            over = blocks[index - 2]
            said = normalize_text(section_title(over.text)) if isinstance(over, TextLine) else ""
            if said and said in section[-2:] and _NUMBERED_CAPTION.match(said):
                heading = said
        page = block.provenance.page
        if page not in pages_seen:
            pages_seen.add(page)
            read_field_lines(lines_by_page.get(page, []), form, vocabulary)
        # indicators written as bulleted blocks in text cells are read from the cells whole,
        # before the band splitter cut them into lines
        bulleted = bulleted_drafts(unsplit, vocabulary, section)
        if bulleted:
            _dated(bulleted, era, _reported(form, report_year))
            if any(d.status for d in bulleted):
                # 【評価：B】 in a card: the grade, a status where the page's legend defines it
                page_lines = [x.text for x in lines_by_page.get(page, [])]
                legend = status_legend([*page_lines, *(c.text for c in unsplit.cells)])
                for d in bulleted:
                    if d.status is not None:
                        d.status_meaning = legend.get(normalize_text(d.status).replace(" ", ""))
            for d in bulleted:
                d.table = tables_read
            tables_read += 1
            drafts.extend(bulleted)
            last_table_drafts = bulleted
            last_block_was_table = True
            continue
        block = without_marks(block, marks)  # 新 開業率 beside ※「新」は…: 開業率
        block, marked = without_kind_marks(block, kinds)  # ◆ beside ※◆は…数値目標: a goal
        block, reading = _oriented_reading(block, vocabulary, era, tables_read)
        if last_table_drafts and _units_defined(block, reading, last_table_drafts):
            # (鳥取: No. | 成果指標 | 定義 | 単位 under the grid of values: their units)
            tables_read += 1
            last_block_was_table = True
            continue
        if last_table_drafts and _values_keyed(block, reading, last_table_drafts):
            # (湯浅: No. | H25 | H26 | … under the grid of names: their values by number)
            tables_read += 1
            last_block_was_table = True
            continue
        taken = _read_interpreted(
            block, reading, lines_by_page.get(page, []), form, vocabulary, section
        )
        if taken is not None:
            taken = _by_unit_and_part_columns(block, reading, _parts_of_rows(block, reading, taken))
            _read_around(taken, caption_text or heading, reading)
            # (添田's CSV: 数値目標 | KPI in a 区分 column, as the row reader's tables are read)
            _kinds_of_rows(block, reading, taken)
            report = _reported(form, report_year)
            taken = _around_table(
                block, reading, taken, (blocks, index), previous, marked, era, report, plan, form
            )
            for d in taken:
                d.table = tables_read
            _units_as_in_table_above(previous, taken, drafts)
            taken = _settled(block, reading, split, taken, vocabulary, tables_read)
            _without_coded_values(taken, lines_by_page.get(page, []))
            if isinstance(previous, TextLine) and says_continued(previous.text):
                continued.add(tables_read)
            tables_read += 1
            drafts.extend(taken)
            last_table_drafts = taken
            last_block_was_table = True
            continue
        context = TableContext(
            section,
            pending or heading_program,
            known_programs,
            rates,
            # the line right above the table heads it, below every heading in force
            entries + ([(CAPTION_LEVEL, caption_text)] if caption_text else []),
            reading,
            styles,
        )
        pending = None
        table_drafts = read_table(block, context)
        if (
            not reading.gives_records
            and table_drafts
            and not any(d.has_values() or d.stated_goal for d in table_drafts)
        ):
            # 施策の達成度（重み付け平均） | 98.7% under 指標の重み付け | No.1:3 … (東秩父): a
            # form's fields the row reader took for names of indicators it read nothing for,
            # where the interpretation finds no indicators: no records, said
            notice(
                f"the table at {block.place} names no indicator with a value "
                f"({', '.join(normalize_text(d.indicator or '') for d in table_drafts[:3])}): "
                "not read as indicators; see jpkpi explain"
            )
            table_drafts = []
        valueless = reading.gives_records and _valueless(table_drafts, reading, vocabulary)
        # (names and values read on rows apart, or names from the rows' type column: the row
        # reader's count of names is no count of indicators)
        moved_off = reading.gives_records and (
            _moved_off_names(block, reading, table_drafts) or _names_apart(table_drafts)
        )
        if reading.gives_records and (
            valueless
            or moved_off
            or _misnamed(table_drafts)
            or _names_elsewhere(block, reading, table_drafts)
            or _names_under_value_heading(block, reading, table_drafts, vocabulary)
            or _deeper_header(block, reading)
            or _misaligned(table_drafts, reading)
            or _moved_unnamed(table_drafts, reading)
        ):
            # The row reader named no indicator, or took values for most names, where the
            # interpretation finds indicators (a header worded as it does not know): the
            # interpretation's reading stands when it names every indicator it reads, and as
            # many as the row reader (any number, where the row reader read no value at all).
            found = _drafts_of_regions(block, reading, lines_by_page.get(page, []), form, section)
            named = [d for d in table_drafts if d.indicator]
            # where the row reader put names and values on rows apart, its count of names says
            # nothing (昭和: a legend row under the table, A：3指標 B：2指標, named beside five
            # names it read no value for)
            if (
                found
                and all(d.indicator for d in found)
                and (
                    valueless
                    or len(found) >= len(named)
                    or moved_off
                    or _header_names(block, reading, named)
                )
            ):
                if len(found) < len(named) and not moved_off:
                    found[0].warnings.append(
                        f"the header rules named {len(named)} indicators in this table but read "
                        f"no value; its interpretation reads {len(found)} (see jpkpi explain)"
                    )
                table_drafts = found
        of_form = form.as_program()
        _read_around(table_drafts, caption_text or heading, reading)
        _departments_of_rows(block, reading, table_drafts)
        _types_of_rows(block, reading, table_drafts)
        _kinds_of_rows(block, reading, table_drafts)
        table_drafts = _without_input_rows(block, reading, table_drafts)
        table_drafts = _parts_of_rows(block, reading, table_drafts)
        table_drafts = _by_unit_and_part_columns(block, reading, table_drafts)
        _years_beside(block, reading, table_drafts)
        table_drafts = _years_of_blocks(block, reading, table_drafts)
        report = _reported(form, report_year)
        table_drafts = _around_table(
            block, reading, table_drafts, (blocks, index), previous, marked, era, report, plan, form
        )
        for d in table_drafts:
            d.table = tables_read
            if d.program is None and of_form is not None:
                # the form's 事務事業名 and 課名 fields name the program and its department
                d.program = of_form
            if d.program is None or d.program is of_form:
                # (岡垣: 計画の名称 | 担当課 over the grid, no program: the form's department
                # is its indicators')
                d.department = d.department or form.department
        _units_as_in_table_above(previous, table_drafts, drafts)
        table_drafts = _settled(block, reading, split, table_drafts, vocabulary, tables_read)
        _without_coded_values(table_drafts, lines_by_page.get(page, []))
        _marks_by_legend(block, reading, table_drafts, lines_by_page.get(page, []))
        if isinstance(previous, TextLine) and says_continued(previous.text):
            continued.add(tables_read)
        tables_read += 1
        for d in table_drafts:
            if d.program is not None and d.program_printed and d.program.name:
                number = f"{d.program.number} " if d.program.number else ""
                known_programs.add(normalize_text(number + d.program.name))
        drafts.extend(table_drafts)
        last_table_drafts = table_drafts
        last_block_was_table = True
    close_program_lines()
    _planned_years(drafts, _issued(blocks))
    with_noted_marks(drafts, marks)  # 1,046r beside ※表中の「r」は…修正したもの: 1,046
    with_symbol_legend(drafts, symbol_legend(texts))  # － beside 「－」該当数値なし: none
    fill_reposted_names(drafts)
    drafts = _joined_by_label(join_continued(drafts, continued), vocabulary)
    _names_from_lists(drafts, blocks)
    # Values without a name are kept where their table names other indicators (a name the
    # extraction lost); a table that names none holds no KPIs (a budget table, a chart's grid).
    naming_tables = {d.table for d in drafts if d.indicator}
    return [d for d in drafts if d.indicator or d.table in naming_tables]


#: A date printed with its month (``平成28年5月``, ``2016年5月``): when a document was written.
_DATE_WITH_MONTH = regex.compile(
    rf"(?:(?:{ERA_PATTERN})\s*(?:元|[0-9]{{1,2}})|(?:19|20)[0-9]{{2}})\s*年\s*[0-9]{{1,2}}\s*月"
)


#: Words after a date that make it another date than the document's own: the plan it was
#: drawn up on, a span's start (an as-of date, 現在 or 時点, bounds the actuals all the same).
_CITED_DATE = regex.compile(r"\s*(?:[0-9]{1,2}\s*日\s*)?(?:策定|改訂|改定|から|[～〜~])")


def _issued(blocks: Sequence[Block]) -> tuple[tuple[int, int], str] | None:
    """The latest date with its month the document prints in its lines (``平成28年5月``), as
    (year, month) and the text: no year after it has ended when the document was written."""
    latest: tuple[tuple[int, int], str] | None = None
    for block in blocks:
        if not isinstance(block, TextLine):
            continue
        text = fold_width(block.text)
        for m in _DATE_WITH_MONTH.finditer(text):
            if _CITED_DATE.match(text, m.end()):
                continue  # 効果検証（平成27年10月策定）: the plan's date, not the document's
            found = find_period(m.group())
            if found is None or found.year is None or found.month is None:
                continue
            when = (found.year, found.month)
            if latest is None or when > latest[0]:
                latest = (when, normalize_text(m.group()))
    return latest


def _planned_years(drafts: list[Draft], issued: tuple[tuple[int, int], str] | None) -> None:
    """Values under a bare year (``H28``, read as actuals) for a year that had not ended when
    the document was written (五島's 平成28年5月 plan over H28 … H31) are what it plans: its
    targets, with a warning that says so."""
    if issued is None:
        return
    for d in drafts:
        # (a heading under which the row's targets stand too lists both, by rows: 目標 | 実績)
        listing = {v.header for v in d.targets}
        later = [
            v
            for v in d.actuals
            if _ends_after(v.period, issued[0]) and _bare_heading(v) and v.header not in listing
        ]
        if not later:
            continue
        d.actuals = [v for v in d.actuals if v not in later]
        d.targets.extend(later)
        headings = ", ".join(dict.fromkeys(normalize_text(v.header) for v in later))
        d.warnings.append(
            f"values under {headings} are for years not ended by the document's date "
            f"({issued[1]}): read as targets, not actuals"
        )


def _ends_after(period: Period | None, when: tuple[int, int]) -> bool:
    """Whether a period ends after (year, month)."""
    if period is None:
        return False
    if period.fiscal_year is not None and period.month is None:
        return (period.fiscal_year + 1, 3) > when
    if period.year is not None:
        return (period.year, period.month or 12) > when
    return False


def _bare_heading(v: ValueCell) -> bool:
    """Whether a value's column heading is a period alone (``H28``), naming no list."""
    parts = [p for p in v.header.split(HEADING_SEPARATOR.strip()) if p.strip()]
    return bool(parts) and not any(without_periods(p) for p in parts)


#: A legend line that defines codes printed in a column (草津: ``※事業効果　1：本事業は…
#: 2：…``): the column's heading, then its first code and a colon.
_CODE_LEGEND = regex.compile(r"^[※＊*]?\s*(?P<word>[^\s:：0-9※＊*]{2,12}?)\s*[0-9]\s*[:：]")
#: Codes a legend line must define to be one.
_MIN_CODES = 2


def _without_coded_values(drafts: list[Draft], lines: Sequence[TextLine]) -> None:
    """Drop the values read from columns whose heading a legend on the page defines as codes
    (草津: ``事業効果`` and ``今後の方針`` under ``事業終了後の実績値``, cells ``1`` … ``4`` that
    the notes define: ``※事業効果　1：…　2：…``): a judgement's code, no indicator's value."""
    coded = set()
    for line in lines:
        text = normalize_text(line.text)
        m = _CODE_LEGEND.match(text)
        if m and len(regex.findall(r"[0-9]\s*[:：]", text)) >= _MIN_CODES:
            coded.add(m.group("word"))
    if not coded:
        return

    def kept(v: ValueCell) -> bool:
        return normalize_text(v.header).split(HEADING_SEPARATOR.strip())[-1].strip() not in coded

    for d in drafts:
        d.targets = [v for v in d.targets if kept(v)]
        d.actuals = [v for v in d.actuals if kept(v)]


#: A row of its own that states the targets of the indicators above it in a sentence (野田:
#: ``【目標】令和6年度に、のだ塩の生産量を年間13.0t、荒海ホタテの水揚量を年間350tとする。``).
_GOAL_ROW = regex.compile(
    r"^\s*(?:[【［\[＜<〈]\s*(?:数値|KPI)?目標値?\s*[】］\]＞>〉]|(?:数値)?目標値?\s*[:：])"
    r"\s*(?P<body>\S.*)$"
)
#: What joins a name to the rest of its clause (``…の生産量を``).
_CLAUSE_PARTICLE = regex.compile(r"^\s*[をがは、]\s*")


def _goals_in_rows_below(table: Table, drafts: list[Draft]) -> list[Draft]:
    """The targets a sentence in a row of its own states for the indicators above it, back to
    the previous such row (野田's ``【目標】`` rows, merged across the table or in its first cell
    alone): each indicator it names, as a whole name followed by its clause (the longest name
    where one holds another: 外国人観光客数 is no 観光客数), takes that clause with the sentence's
    lead (``令和6年度に、``) as a statement whose dated levels are its targets (records.build,
    which says so in a warning where they read). The row itself is no indicator (a reader that
    took it for one, in a CSV's first column, gave a nameless draft)."""
    done = -1
    goal_rows: set[int] = set()
    for r, row in enumerate(table.rows()):
        cells = [c for c in row if not c.empty]
        if len(cells) != 1 or not (cells[0].colspan * 2 >= table.n_cols or cells[0].col == 0):
            continue
        m = _GOAL_ROW.match(normalize_text(cells[0].text))
        if m is None:
            continue
        body = m.group("body")
        block = [d for d in drafts if d.row is not None and done < d.row < r and d.indicator]
        done = r
        goal_rows.add(r)
        found: list[tuple[int, int, Draft]] = []
        for d in sorted(block, key=lambda d: -len(normalize_text(d.indicator or ""))):
            name = normalize_text(d.indicator or "")
            for hit in regex.finditer(regex.escape(name), body):
                a, b = hit.span()
                inside = any(a < end and start < b for start, end, _ in found)
                bounded = a == 0 or body[a - 1] in _BEFORE_NAME  # (家庭系ごみ排出量: no ごみ排出量)
                if inside or not bounded or not _NAME_THEN_CLAUSE.match(body, b):
                    continue
                found.append((a, b, d))
                break  # (its first whole mention)
        found.sort(key=lambda f: f[0])
        for k, (_, b, d) in enumerate(found):
            if d.targets:
                continue
            end = found[k + 1][0] if k + 1 < len(found) else len(body)
            rest = _CLAUSE_PARTICLE.sub("", body[b:end])
            d.stated_goal = f"{body[: found[0][0]]}{rest}".strip(" 、。")
            d.stated_goal_where = cells[0].provenance
    return [d for d in drafts if not (d.row in goal_rows and not d.has_values())]


#: What follows a name that its clause goes on from (``…の生産量を``, ``…数は``, a comma).
_NAME_THEN_CLAUSE = regex.compile(r"\s*(?:を|が|は|、|,|[0-9])")
#: What may stand right before a name in such a sentence (its start, a comma, a period, に).
_BEFORE_NAME = frozenset("、。,，にでは）)」 ")


#: The roles of a column of values.
_VALUE_ROLES = frozenset({"baseline", "target", "actual", "value"})


def _values_keyed(table: Table, reading: TableInterpretation, above: list[Draft]) -> bool:
    """Give the drafts of the table above the values this table lists by their numbers alone
    (湯浅: ``No. | H25 | H26 | H27 | H28 | 備考`` under ``No. | 施策 | 成果指標 | …``, the same
    numbers, no names), each with a warning naming the table; whether it did. Every number must
    be one row's of the table above, and each of those rows one of this table's."""
    if len(reading.regions) != 1:
        return False
    region = reading.regions[0]
    labels = [c for c in region.columns if c.role == "label"]
    values = [c for c in region.columns if c.role in ("baseline", "target", "actual")]
    if (
        len(labels) != 1
        or len(values) < 2
        or any(c.period is None for c in values)
        or any(c.role in ("indicator", "kpi_list", "program") for c in region.columns)
    ):
        return False
    # (a row whose No. numbered its program beside it, 3 | 農業の振興 | 柑橘類の出荷量: that No.)
    numbered = ((d.label or (d.program.number if d.program else None), d) for d in above)
    keyed = {row_key(label, None): d for label, d in numbered}
    grid = table.grid()
    rows = [(r, grid[r][labels[0].index]) for r in region.body_rows]
    keys = [row_key(c.text, None) if c is not None else None for _, c in rows]
    if None in keys or len(set(keys)) != len(keys) or set(keys) != set(keyed) or len(keys) < 2:
        return False
    for (r, _), key in zip(rows, keys, strict=True):
        d = keyed[key]
        read: list[str] = []
        for col in values:
            cell = grid[r][col.index]
            if cell is None or cell.empty or cell.row != r:
                continue
            vc = column_value(cell.text, col.period, col.header, col.flags, cell.provenance)
            if col.role == "baseline" and d.baseline is None:
                d.baseline = vc
            elif col.role == "target":
                d.targets.append(vc)
            elif col.role == "actual":
                d.actuals.append(vc)
            else:
                continue
            read.append(innermost_heading(col.header))
        if read:
            d.warnings.append(
                f"its values under {', '.join(read)} were read from the table at {table.place}, "
                f"which lists them by its number ({key}) alone"
            )
    return True


def _units_defined(table: Table, reading: TableInterpretation, above: list[Draft]) -> bool:
    """Give the drafts of the table above their units where this table lists the same
    indicators in the same order (two at least) with a 単位 column and no values (鳥取's 指標の
    定義と単位: ``No. | 成果指標 | 定義 | 単位`` under a grid that prints no unit), each with a
    warning naming the table; whether it did (the table then holds nothing more to read)."""
    regions = [r for r in reading.regions if r.layout in RECORD_LAYOUTS]
    if len(regions) != 1:
        return False
    region = regions[0]
    names = [c.index for c in region.columns if c.role == "indicator"]
    units = [c.index for c in region.columns if c.role == "unit"]
    if len(names) != 1 or len(units) != 1 or any(c.role in _VALUE_ROLES for c in region.columns):
        return False
    grid = table.grid()
    rows: list[tuple[Cell, Cell | None]] = []
    for r in region.body_rows:
        name = grid[r][names[0]]
        if name is not None and not name.empty:
            rows.append((name, grid[r][units[0]]))
    if len(rows) < 2 or len(rows) != len(above):
        return False
    said = [normalize_text(n.text).replace(" ", "") for n, _ in rows]
    if said != [normalize_text(d.indicator or "").replace(" ", "") for d in above]:
        return False
    for (_, unit), d in zip(rows, above, strict=True):
        text = normalize_text(unit.text).strip() if unit is not None else ""
        if not text or not unit_word(text):
            continue
        printed = _printed_units(d)
        if d.unit is None and not printed:
            d.unit = text
            d.warnings.append(
                f"its unit ({text}) read from the table that defines it ({table.place})"
            )
        elif {normalize_unit(u) for u in ({d.unit} if d.unit else printed)} != {
            normalize_unit(text)
        }:
            # (the grid's 1,234人 or （単位：人） beside a definition in 千人 or ％: which is right
            # is for a reader to check; the grid's own stands)
            own = d.unit or ", ".join(sorted(printed))
            d.warnings.append(
                f"the table that defines it ({table.place}) gives its unit as {text}, where the "
                f"grid gives {own}: the grid's stands"
            )
    return True


def _printed_units(d: Draft) -> set[str]:
    """The units the draft's values print themselves (``1,234人``: 人)."""
    return {u for u in _value_units(d) if u is not None}


def _settled(
    table: Table,
    reading: TableInterpretation,
    split: BandSplit,
    drafts: list[Draft],
    vocabulary: Vocabulary,
    index: int,
) -> list[Draft]:
    """A table's drafts, whichever reader read them, once what every reading owes them is done:
    the bands' doubts, keyed cells spread, revised targets settled, the doubts weighed and a
    table that gave nothing named."""
    drafts = _band_warnings(split, drafts)
    drafts = _without_derived_rows(drafts, vocabulary)
    drafts = [d for d in drafts if not _period_row(d, vocabulary)]
    spread_keyed_values(table, drafts)
    _kana_labels(drafts)
    drafts = _goals_in_rows_below(table, drafts)
    settle_revisions(drafts, vocabulary)
    for d in drafts:
        _ordinal_years_dated(d)
    doubt_drafts(table, reading, drafts, vocabulary)
    _note_unread(table, reading, drafts, index)
    return drafts


#: A name opening with a kana glued to a word that is no katakana (``ア移住相談件数``: a PDF's
#: ``ア　移住相談件数`` whose space was not printed as a character).
_KANA_GLUED = regex.compile(r"(?P<kana>\p{Katakana})(?=[\p{Han}\p{Hiragana}「『(（])")


def _kana_labels(drafts: list[Draft]) -> None:
    """The kana that open a table's names in their order (川俣: ``ア移住相談件数``, then
    ``イ移住体験ツアーの参加者数``), glued to the name where a PDF dropped the space between,
    are the names' labels, where the table's unlabelled names open ア, イ … one after another
    and a word that is no katakana follows each (``イベント参加者数`` is a name)."""
    named = [d for d in drafts if d.indicator and d.label is None]
    glued = [_KANA_GLUED.match(normalize_text(d.indicator or "")) for d in named]
    if len(named) < 2 or not all(glued):
        return
    kana = "".join(m.group("kana") for m in glued if m is not None)
    if kana != KANA_ORDER[: len(kana)]:
        return
    for d in named:
        d.label, d.indicator = (
            normalize_text(d.indicator or "")[0],
            normalize_text(d.indicator or "")[1:],
        )


def _note_fields_over_indicators(
    table: Table, reading: TableInterpretation, vocabulary: Vocabulary
) -> None:
    """A document warning for a table read as a form's fields whose first row heads indicators
    (北九州: ``事業名等 | 概要 | KPI（平成31年度） | KPI実績及び達成状況`` over cells that print a
    name and its value on two lines): a layout not read, whose values would be lost unsaid.
    Where most rows below are fields too (栗山: ``政策分野 | 1.生活環境 | 政策項目 | ごみ処理``
    over 事業名 | … and 計画 | …), the first row is one more field, heading nothing."""
    below = reading.row_roles[1:]
    if below and sum(role == "fields" for role in below) * 2 >= len(below):
        return
    first = [c for c in table.cells if c.row == 0 and not c.empty]
    heads = [c for c in first if "indicator" in column_votes(vocabulary, c.text)]
    numbers = sum(any(ch.isdigit() for ch in fold_width(c.text)) for c in table.cells if c.row > 0)
    if heads and len(first) >= 3 and numbers >= 2:
        notice(
            f"the table at {table.place} reads as a form's fields, but its first row heads "
            f"indicators ({normalize_text(heads[0].text)}) over cells with numbers: its "
            "indicators were not read; see jpkpi explain"
        )


#: Least confidence of a table's reading for a table that gave nothing to be named as a loss.
MIN_NOTED_CONFIDENCE = 0.5


def _note_unread(
    table: Table, reading: TableInterpretation, drafts: list[Draft], index: int
) -> None:
    """A document warning for a table whose interpretation finds indicators but that gave no
    draft with a name: whatever it holds was lost, and no record is there to say so. Where the
    table gave records, a region of it printed beside the others whose names none of them
    carries (弘前: 関連指標 right of the 指標 grid) is named the same way."""
    _note_money_with_lists(table, reading, index)
    if not reading.gives_records:
        if not (
            _note_unread_values(table, reading, index) or _note_headless_rows(table, reading, index)
        ):
            _note_listed_values(table, reading, index, bool(drafts))
        return
    if any(d.indicator for d in drafts):
        for region, names in _unread_rows(table, reading, drafts, current_vocabulary()):
            shown = ", ".join(repr(n) for n in names[:_NAMES_SHOWN])
            more = f" and {len(names) - _NAMES_SHOWN} more" if len(names) > _NAMES_SHOWN else ""
            notice(
                f"the table at {table.place} (table {index + 1} read): rows below the ones read "
                f"name {shown}{more} in the indicator column (columns {region.first_col + 1}-"
                f"{region.end_col}) and gave no record; see jpkpi explain"
            )
        for region in _unread_regions(table, reading, drafts):
            heads = [c.header for c in region.columns if c.role == "indicator" and c.header]
            under = f" (indicators under {heads[0]})" if heads else ""
            notice(
                f"the table at {table.place} (table {index + 1} read): its columns "
                f"{region.first_col + 1}-{region.end_col}{under} gave no record; see jpkpi "
                "explain"
            )
        return
    fields = sum(role == "fields" for role in reading.row_roles)
    if fields * 2 >= len(reading.row_roles):
        return  # a form's fields
    if (
        max((r.confidence for r in reading.regions if r.layout in RECORD_LAYOUTS), default=0.0)
        < MIN_NOTED_CONFIDENCE
    ):
        # a reading too unsure of itself to speak of a loss, but for lists its labels name
        _note_listed_values(table, reading, index, bool(drafts))
        return
    columns = [
        c.header or f"column {c.index + 1}"
        for r in reading.regions
        for c in r.columns
        if c.role == "indicator"
    ]
    what = f" (indicators under {', '.join(dict.fromkeys(columns))})" if columns else ""
    notice(
        f"the table at {table.place} (table {index + 1} read): its interpretation finds "
        f"indicators{what}, but no record was read from it; see jpkpi explain"
    )


#: The vote of a word that names a list of values outright (基準値, 目標値, 実績: 3; 当初 and 計画,
#: which a budget prints too: 2).
_LIST_NAMED = 3.0


def _note_money_with_lists(table: Table, reading: TableInterpretation, index: int) -> None:
    """A document warning for a region read as the program's money whose headings name a
    baseline and a target (風間浦: 基準値（H30） | R4実績 | … | 目標値（R6）, each over
    数量（t） | 金額（千円））: a budget prints no 基準値, so these may be indicators counted in
    money, left unread; said, never read."""
    grid = table.grid()
    vocabulary = current_vocabulary()
    for region in reading.regions:
        if region.layout is not Layout.MONEY or not region.body_rows:
            continue
        heads = {
            id(c): c
            for r in region.header_rows
            for c in grid[r][region.first_col : region.end_col]
            if c is not None and not c.empty
        }
        # (a word that names the list outright, 基準値 or 目標値: not a budget's 当初 or 計画,
        # weaker words a program's money prints too, review 44)
        said = {
            role
            for c in heads.values()
            if (votes := column_votes(vocabulary, c.text))
            and votes[role := max(votes, key=lambda k: (votes[k][0], k))][0] >= _LIST_NAMED
        }
        if {"baseline", "target"} <= said:
            notice(
                f"the table at {table.place} (table {index + 1}) reads as money, but its "
                "headings name a baseline and a target: its rows may be indicators counted in "
                "money, not read; see jpkpi explain"
            )


#: Most rows a table of named values under no heading may have to be said as a fragment.
_FRAGMENT_ROWS = 6
#: Fewest values a fragment's row prints beside its name.
_FRAGMENT_VALUES = 3


def _note_listed_values(
    table: Table, reading: TableInterpretation, index: int, drafted: bool
) -> None:
    """A document warning for a table that gave no named record but whose labels name two of
    the lists of an indicator's values (基準値, 目標値, 実績値) beside values (愛西's cards: a
    heading ``数値目標 社会増減数…`` over ``基準値 | △182人（2018年）`` and ``目標値 | ±0人``, and a
    card whose target is a statement, ``5年間で累計30人``): a table of indicators lost, said,
    where the document's other tables gave records and no warning would name it. A table read
    as the program's money or staff (事業費 over 計画 | 実績) is what it says, and named no loss."""
    if any(r.layout in (Layout.MONEY, Layout.STAFF) for r in reading.regions):
        return
    vocabulary = current_vocabulary()
    lists = {
        listed
        for c in table.cells
        if not c.empty and (listed := row_list(vocabulary, c.text)[0]) is not None
    }
    values = sum(is_value(classify(c.text)) for c in table.cells if not c.empty)
    if len(lists) >= _LISTS_NAMED and values >= _LISTS_NAMED:
        what = " (its rows name no indicator)" if drafted else ""
        notice(
            f"the table at {table.place} (table {index + 1}): its labels name "
            f"{' and '.join(sorted(lists))} lists beside values, but {LISTS_UNREAD}{what}; see "
            "jpkpi explain"
        )


#: Lists a table's labels must name, and values it must print, to be named as a loss.
_LISTS_NAMED = 2


def _note_headless_rows(table: Table, reading: TableInterpretation, index: int) -> bool:
    """A document warning for a small table under no heading whose rows each name something and
    print values beside it (ふじみ野's CSV: a note line between two rows of a grid leaves the row
    after it a table of its own, ``4 | 図書館の年間貸出冊数 | 千冊 | 1,052 | …``; 美波's PDF: a note
    row splits a grid of 目標 and 実績 rows, the rows below it a table of their own): a piece of
    a table whose heading stands elsewhere, not read, and said."""
    if table.n_rows > _FRAGMENT_ROWS or any(role == "header" for role in reading.row_roles):
        return False
    names: list[str] = []
    for row in table.rows():
        classes = [classify(c.text) for c in row if not c.empty]
        named = next((c.text for c in row if classify(c.text) is CellClass.TEXT), None)
        if sum(is_value(k) for k in classes) < _FRAGMENT_VALUES:
            return False
        # (美波: 目標 and 実績 rows under a name merged over both, the second naming nothing)
        if named is not None:
            names.append(normalize_text(named))
    if names:
        notice(
            f"the table at {table.place} (table {index + 1}): rows of values under no heading "
            f"({', '.join(repr(n) for n in names)}) were not read; see jpkpi explain"
        )
    return bool(names)


def _note_unread_values(table: Table, reading: TableInterpretation, index: int) -> bool:
    """A document warning for a table that prints values under a target heading and another
    list's, but that no heading or row label says holds indicators (二本松: 区分 | 平成27年12月1日
    現在 | 推計（平成32年） | 目標（平成32年） over 総人口 | 55,648人 | …): not read, and said."""
    for region in reading.regions:
        if region.layout is not Layout.OTHER:
            continue
        targets = [c.header for c in region.columns if c.role == "target" and c.header]
        others = [c for c in region.columns if c.role in ("actual", "baseline")]
        if targets and others:
            notice(
                f"the table at {table.place} (table {index + 1}): {UNREAD_VALUES} "
                f"({targets[0]}): no heading or row label says they are indicators; see jpkpi "
                "explain"
            )
            return True
    return False


#: Names a warning about unread rows shows before it counts the rest.
_NAMES_SHOWN = 3


def _unread_rows(
    table: Table, reading: TableInterpretation, drafts: list[Draft], vocabulary: Vocabulary
) -> list[tuple[RegionReading, list[str]]]:
    """For each region read into records: the names its indicator column prints in rows past
    the body, beside cells in its value columns, that no draft carries (渡嘉敷: the body ended
    at a row of words under the years, and the indicators below it were lost)."""
    grid = table.grid()
    named = [normalize_text(d.indicator).replace(" ", "") for d in drafts if d.indicator]
    out = []
    for region in reading.regions:
        if region.layout not in RECORD_LAYOUTS or not region.body_rows:
            continue
        column = next((c.index for c in region.columns if c.role == "indicator"), None)
        if column is None:
            continue
        names = []
        for r in range(region.body_rows[-1] + 1, len(grid)):
            cell = grid[r][column]
            if cell is None or cell.empty or cell.row != r:
                continue
            if (
                classify(cell.text) is not CellClass.TEXT
                or _GOAL_ROW.match(normalize_text(cell.text))  # 【目標】…: read as the goal above
                or is_program_line(cell.text)
                or note_like(cell.text)
                or strongest_role(column_votes(vocabulary, cell.text)) not in (None, "indicator")
            ):
                # a value, a paragraph, a note, a program's line or a form's label (判断理由):
                # no indicator's name
                continue
            beside = [
                c for c in grid[r][column + 1 : region.end_col] if c is not None and c.row == r
            ]
            if not any(_numbers_something(c.text) for c in beside):
                continue
            if all(c.empty or reads_as_period(normalize_text(c.text)) for c in beside):
                continue  # 施策2-2 … | 令和2年度調査 | …: a block's own year row, read as one
            # (the record's name is the cell's, less a label, a unit, a target or a note after
            # it: 被保険者数（人） gave 被保険者数; a read 観光客数 says nothing of
            # 観光客数（外国人）)
            if not any(n in _name_forms(cell.text) for n in named):
                names.append(normalize_text(cell.text))
        if names:
            out.append((region, names))
    return out


def _name_forms(text: str) -> set[str]:
    """The forms a name cell's text takes as a record's name (spaces out): as printed, without
    its label (①), without a unit word, a 【】 target or a ※ note after it."""
    norm = normalize_text(text)
    bare = split_label(norm).text
    forms = {norm, bare}
    for form in (norm, bare):
        forms.add(regex.sub(r"\s*(?:【[^【】]*】|※.*)$", "", form))
        carried = unit_in_name(form)
        if carried is not None and unit_word(carried[1]):
            forms.add(carried[0])  # (人, 千円: a unit; 外国人 says which count)
    return {f.replace(" ", "") for f in forms if f}


def _numbers_something(text: str) -> bool:
    """Whether a cell beside a name prints a number the way a value does (``9件``,
    ``登録件数9件（達成率90%）``), not inside a sentence or as a year alone."""
    cls = classify(text)
    if cls is CellClass.QUANTITY:
        return True
    return cls in (CellClass.TEXT, CellClass.HEADER) and bool(
        regex.search(r"[0-9][0-9,.]*\s*(?:[^\s0-9年度月日()（）]{1,3})", normalize_text(text))
    )


def _unread_regions(
    table: Table, reading: TableInterpretation, drafts: list[Draft]
) -> list[RegionReading]:
    """The regions of a table read into records whose indicator column's names no draft
    carries: a region beside the others, sure enough of itself, that was not read."""
    if len(reading.regions) < 2:
        return []
    grid = table.grid()
    named = [normalize_text(d.indicator).replace(" ", "") for d in drafts if d.indicator]
    unread = []
    for region in reading.regions:
        if region.layout not in RECORD_LAYOUTS or region.confidence < MIN_NOTED_CONFIDENCE:
            continue
        column = next((c.index for c in region.columns if c.role == "indicator"), None)
        if column is None:
            continue
        texts = {
            normalize_text(cell.text).replace(" ", "")
            for r in region.body_rows
            if (cell := grid[r][column]) is not None and not cell.empty
        }
        if texts and not any(t in n or n in t for t in texts for n in named):
            unread.append(region)
    return unread


def _bounds_beside(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> None:
    """A column of 以上 / 以下 alone beside the targets (奥州's 水準): each row's targets take the
    flag its word gives (at_least, at_most), as ``1,550以上`` in one cell would."""
    bounds = [c.index for r in reading.regions for c in r.columns if c.role == "bound"]
    if len(bounds) != 1:
        return  # (tables side by side, each with its own: whose rows are whose is not kept)
    grid = table.grid()
    for d in drafts:
        if d.row is None or not 0 <= d.row < len(grid):
            continue
        cell = grid[d.row][bounds[0]]
        if cell is None or cell.empty:
            continue
        flag = BOUND_WORDS.get(normalize_text(cell.text).replace(" ", ""))
        if flag is not None:
            d.targets = [replace(v, flags=v.flags | {flag}) for v in d.targets]


#: A value printed with a sign of its own (``＋15``, ``△3``, ``-2``).
_SIGNED = regex.compile(r"^\s*[+＋\-－−△▲]")


#: A target printed with a plus sign, maybe after its list's word (``＋15``, ``目標+10%``).
_PLUS_SIGNED = regex.compile(rf"\s*(?:{TARGET_WORD})?[+＋]")
#: One printed after its list's word (``目標+10%``).
_WORDED_PLUS = regex.compile(rf"\s*{TARGET_WORD}[+＋]")


def _increases_as_statements(drafts: list[Draft]) -> None:
    """A target printed with a plus sign (世羅: ``＋15`` under ``R7（目標）`` beside 12, 15, 19, 22
    and a 備考 ``目標値はR2（基準）からの増加数``) on a row whose other values print no sign, or
    after the target's word on any row (``目標+10%``), is an increase over a level, no level: its
    text becomes the target statement, with a warning. (A row of signed values, 社会増減数's
    ``△45`` and ``＋10``, counts changes itself.)"""
    for d in drafts:
        # (目標+10%: the list's word before the sign, review 49 H6)
        signed = [t for t in d.targets if _PLUS_SIGNED.match(normalize_text(t.text))]
        levels = [v for v in (d.baseline, *d.actuals) if v is not None]
        # (目標+10% says an increase by its words, levels printed beside it or not: review 50)
        worded = any(_WORDED_PLUS.match(normalize_text(t.text)) for t in signed)
        if not signed or (
            not worded
            and (not levels or any(_SIGNED.match(normalize_text(v.text)) for v in levels))
        ):
            continue
        d.targets = [t for t in d.targets if t not in signed]
        d.target_texts.extend(t.text for t in signed)
        d.warnings.append(
            f"its target {', '.join(repr(t.text.strip()) for t in signed)} is printed as an "
            "increase, not a level: kept as a statement, not a target value"
        )


#: A target heading that closes with the bound of every target under it (多賀:
#: ``目標値（R6）（以上）``).
_HEADING_BOUND = regex.compile(r"[(（](?P<bound>以上|以下)[)）]$")


def _bounded_by_heading(drafts: list[Draft]) -> None:
    """Targets under a heading that closes with ``（以上）`` or ``（以下）`` take that bound, as
    ``900以上`` in the cell would; a cell that prints its own bound (``44.0以下``) keeps it."""
    for d in drafts:
        bounded = []
        for v in d.targets:
            m = _HEADING_BOUND.search(normalize_text(v.header).replace(" ", ""))
            if m is not None and not any(w in normalize_text(v.text) for w in BOUND_WORDS):
                v = replace(v, flags=v.flags | {SUFFIX_QUALIFIERS[m.group("bound")]})
            bounded.append(v)
        d.targets = bounded


def _around_table(
    table: Table,
    reading: TableInterpretation,
    drafts: list[Draft],
    at: tuple[Sequence[Block], int],
    previous: Block | None,
    marked: Mapping[int, Kind],
    era: str | None,
    report: tuple[int, str] | None,
    plan: tuple[int, int] | None,
    form: FormContext,
) -> list[Draft]:
    """A table's drafts, whichever reader read them, with what the blocks around it say of
    them: the notes under it (``at``: the document's blocks and the table's index), the line
    above it, the headings over its rows, the document's era, report year and plan span, the
    form's fields, and each row's count basis."""
    notes = _notes_after(*at, table.provenance)
    drafts = _settled_around(table, reading, drafts, previous, marked, notes)
    if _marks_unexplained(drafts, notes):
        # (the blocks over the table are asked only for a value's mark no note under explains:
        # most tables print none, and a PDF's tables above would be decoded to ask)
        notes = replace(notes, above=_marked_notes_before(*at))
    if isinstance(previous, TextLine):
        _listed_by_caption(drafts, previous.text)
    _bounded_by_marked_note(drafts, *at)
    _heading_dated(drafts, previous)
    _baselines_dated_by_section(drafts)
    _dated(drafts, era, report, plan, notes)
    _row_marked_values_dated(table, drafts)
    _row_remark_flagged(table, drafts)
    _row_remark_dated(table, drafts)
    _row_remark_target_dated(table, drafts)
    _row_remark_cumulative(table, drafts)
    _row_remark_unit(table, drafts)
    # ※以下のNo.3・No.4は…。この2指標の基準値欄は、平成30年度の値です。 in a row of the grid (神栖)
    in_grid = _note_rows(table)
    dated_by_row_note(drafts, [*notes.texts, *in_grid])
    dated_by_keyed_list_note(drafts, [*notes.texts, *in_grid, *notes.bodies.values()])
    _keyed_actual_noted(drafts, [*in_grid, *notes.texts, *notes.bodies.values()])
    year_units_noted(drafts, [*in_grid, *notes.texts, *notes.bodies.values()])
    quoted_units_until(drafts, [*in_grid, *notes.texts, *notes.bodies.values()])
    # ▽ 以下の２指標は…（基準値欄は令和３年度の値） across the grid over the last two rows (檜枝岐)
    dated_by_following_rows(table, drafts)
    # ※H23欄は平成24年3月末現在の値 under the table (尾鷲), or a row's own remark (高岡's 備考
    # 2025年3月末の実績は2025年2月末時点の値)
    as_of: dict[int, list[Cell]] = {}  # the cells that name a day, by row (most tables: none)
    for c in table.cells:
        if "現在" in c.text or "時点" in c.text:
            as_of.setdefault(c.row, []).append(c)
    # (numbered notes speak for what points to their marks; where no cell prints a mark, as
    # under いすみ's grid, a numbered note that names a heading whole speaks for its column)
    unmarked = () if any("※" in c.text for c in table.cells) else tuple(notes.bodies.values())
    for d in drafts:
        remarks = list(own_remarks(d, as_of.get(d.row, []))) if d.row is not None else []
        dated_by_column_note(d, [*notes.texts, *in_grid, *remarks])
        # ※1 事業開始前（現時点）は令和2年度末の値です。 under the 交付金 form (いすみ)
        dated_by_heading_note(d, [*notes.texts, *unmarked], table)
        dated_by_row_remark(d, remarks)
    if isinstance(previous, TextLine) and _note_over(previous, *at):
        # ※目標値は、いずれも計画最終年度（令和7年度）の値です。 right over the grid (阪南)
        for d in drafts:
            _statement_dated(d, [previous.text])
        dated_by_period_note(drafts, [previous.text])
    _dated_by_form(drafts, form)
    _dated_by_named_plan(drafts, form)
    caption = [previous.text] if isinstance(previous, TextLine) else []
    _one_year_as_of(drafts, [*caption, *notes.texts], era)
    kpis = _numbers_kpis(reading, [row_key(d.label, d.indicator) for d in drafts])
    _dated_to_year_ends(drafts, previous, notes.texts, tuple(notes.bodies.values()), kpis)
    read_by_look(table, drafts, [*caption, *notes.texts, *notes.bodies.values()])
    counted_by_row(
        table,
        drafts,
        previous.text if isinstance(previous, TextLine) else None,
        notes.bodies,
        [*notes.texts, *in_grid],
    )
    return drafts


#: A heading of names that says what each name's cell prints after a colon (産山:
#: ``重要業績評価指標（KPI）：令和5年度の目標``): the part after the colon.
_HEADING_AFTER_COLON = regex.compile(r"[:：]\s*(?P<list>[^:：]{2,20})$")


def _targets_in_names(reading: TableInterpretation, drafts: list[Draft]) -> None:
    """Names that print a level after a colon (``池山水源・山吹水源の来訪者数：年間6万人``) under
    a names' heading whose part after its colon names a dated list of targets (``KPI：令和5年度の
    目標``): the level is that year's target, read from the name's cell; the name is what
    precedes the colon. Under any other heading the record says what it could not read."""
    heading = _names_heading(reading)
    if heading is None or (said := _HEADING_AFTER_COLON.search(heading)) is None:
        return
    part = said.group("list")
    votes = column_votes(current_vocabulary(), part)
    period = find_period(part)
    if period is None or not votes or max(votes, key=lambda k: (votes[k][0], k)) != "target":
        return
    for d in drafts:
        level = level_after_colon(d.indicator) if d.indicator else None
        if level is None or d.targets or d.indicator is None:
            continue
        if classify(level.group("level")) is not CellClass.QUANTITY:
            continue  # 5年間で延べ10人: a statement of its own span, not the heading year's level
        # (移住者数：20人（R7）: a level that prints its own year keeps it)
        level_text = level.group("level")
        d.targets.append(column_value(level_text, period, part, frozenset(), d.indicator_where))
        d.indicator = d.indicator[: level.start()].rstrip()


def _names_heading(reading: TableInterpretation) -> str | None:
    """The innermost heading of a table's one indicator column; None where it has none or
    several."""
    heads = [c.header for r in reading.regions for c in r.columns if c.role == "indicator"]
    return innermost_heading(heads[0]) if len(heads) == 1 else None


def _names_heading_dates_targets(reading: TableInterpretation, drafts: list[Draft]) -> None:
    """The year a names' heading gives the targets its names state (若桜:
    ``成果指標と目標（令和6年度）`` over ``…の入込客数を年間5万人に増やす``): the period of each
    such name's aimed level, where the row has no target and no target year of its own; and
    the undated 【】 targets the names print, where the heading's own 【】 names them (小城:
    ``成果指標【目標値（令和7年度）】``). The heading must name targets and exactly one period; a
    name that states no level gives no target."""
    heading = _names_heading(reading)
    if heading is None:
        return
    # (小城: 成果指標【目標値（令和7年度）】, the 【】 of the heading saying what the names' 【】
    # print)
    inner = regex.search(r"【(?P<t>[^【】]+)】", normalize_text(heading))
    part = inner.group("t") if inner is not None else heading
    if "target" not in column_votes(current_vocabulary(), part) or count_periods(part) != 1:
        return
    # (the year must be the target's: 目標（令和6年度）, 令和6年度目標; not 基準年度：令和元年度,
    # 令和2年度設定 or 令和5年度末時点, which date something else)
    said = _TARGET_YEAR.search(normalize_text(part).replace(" ", ""))
    found = find_period(said.group("p")) if said is not None else None
    if found is None:
        return
    period = replace(found, raw=heading)
    for d in drafts:
        if d.indicator is None:
            continue
        # (小城: 成果指標【目標値（令和7年度）】 over 観光入込客数【60万人】: the 【】 targets the
        # names print are that year's)
        d.targets = [
            replace(t, period=period) if t.period is None and t.header == "【】" else t
            for t in d.targets
        ]
        if d.targets or d.target_period is not None:
            continue
        d.target_period = ValueCell(heading, period, heading, where=d.indicator_where)


def _section_dates_targets(drafts: list[Draft], caption: str | None = None) -> None:
    """The year a heading over the table says its targets are due (交野: ``（1）みんなで子どもを
    育み…（目標年度：令和8年度）`` over an undated 目標値 column): the period of each target that
    names none, where the row has no target year of its own. The heading must give one period
    after a label of a target's year (keyed_lines.TARGET_YEAR_LABEL: 目標年度, 達成年度, 目標時期);
    an interim year (中間目標年度) dates no final target and is left alone. The line right over
    the table (``caption``) is read so too, where it is no section (奥多摩: ``■前期5か年の施策指標
    （目標年度：令和元年度）``)."""
    # (a caption, short and no sentence nor reference: 計画期間は…目標年度：令和12年度とし、本表は
    # 中間見直し…の目標を示す。 or （参考）第2期計画の目標年度 dates no column of this table)
    norm = normalize_text(caption or "").strip()
    titled = bool(norm) and len(norm) <= _CAPTION_CHARS and "。" not in norm
    titled = titled and not for_reference(norm) and "参考" not in norm
    for d in drafts:
        if d.target_period is not None or not any(t.period is None for t in d.targets):
            continue
        if any("中間" in t.header for t in d.targets if t.period is None):
            continue  # (中間目標値 under a title's 目標年度: the interim target is another year's)
        from_caption = titled and caption not in d.section
        headings = [*([caption] if from_caption and caption else []), *d.section]
        for heading in reversed(headings):
            said = _STATED_TARGET_YEAR.search(normalize_text(heading))
            found = find_period(said.group("p")) if said is not None else None
            if said is None or found is None or count_periods(said.group("p")) != 1:
                continue
            if said.group("label").startswith("中間"):
                break  # (中間目標年度：令和5年度 over 中間目標値 | 最終目標値)
            raw = said.group(0).strip()
            d.target_period = ValueCell(raw, replace(found, raw=raw), heading, where=None)
            if from_caption and heading == caption:
                d.warnings.append(
                    f"its target's year is the one the line over the table states ({raw})"
                )
            break


#: Longest line over a table read as its title for the year its targets are due.
_CAPTION_CHARS = 40
#: A heading's statement of the year its targets are due (``目標年度：令和8年度``).
_STATED_TARGET_YEAR = regex.compile(
    rf"(?P<label>{TARGET_YEAR_LABEL.pattern})\s*[:：]\s*(?P<p>[^()（）、,，。]{{2,16}})"
)


#: A heading that names a term and dates it in brackets (鋸南: ``第9期（R5.4～R6.3）``).
_DATED_TERM = regex.compile(r"(?P<term>[^()（）]{1,12}?)\s*[(（](?P<period>[^()（）]{2,20})[)）]")


def _dated_by_named_term(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> None:
    """Values under a heading that only names a term (``第9期`` under 目標値), where another
    heading of the same header names that term and dates it (``第9期（R5.4～R6.3）`` under 実績値):
    that term's period, its raw the heading as printed."""
    heads = {r for region in reading.regions for r in region.header_rows}
    dated: dict[str, Period] = {}
    for cell in table.cells:
        if cell.row not in heads:
            continue
        m = _DATED_TERM.fullmatch(normalize_text(cell.text))
        period = find_period(m.group("period")) if m is not None else None
        if m is not None and period is not None:
            dated.setdefault(m.group("term").replace(" ", ""), period)
    if not dated:
        return

    def dated_cell(v: ValueCell) -> ValueCell:
        if v.period is not None:
            return v
        term = innermost_heading(v.header).replace(" ", "")
        period = dated.get(term)
        return replace(v, period=replace(period, raw=term)) if period is not None else v

    for d in drafts:
        d.map_values(dated_cell)


#: A line over a table that says its rows' units are those of a table above (佐久穂: ``※単位は
#: （１）の表のとおりです。``, ``単位は上表と同じ``).
_UNITS_AS_ABOVE = regex.compile(
    r"単位は[^。]{0,20}?(?:表|上記|前掲)[^。]{0,6}?(?:とおり|通り|同じ|同様)"
)


#: A unit cell's text that is no unit (a sentence: 上表と同じ, 別表のとおり).
_UNIT_NOT_READ = regex.compile(r"\p{Hiragana}|表")


def _units_as_in_table_above(
    previous: Block | None, table_drafts: list[Draft], drafts: Sequence[Draft]
) -> None:
    """Where the line right above a table says its units are those of a table above, each row
    that prints none takes the unit of the row of the same number and name in the table read
    last (its scale word too: 百万円), a unit that reads as one; a row found nowhere there is said
    in a warning."""
    if not isinstance(previous, TextLine) or not _UNITS_AS_ABOVE.search(
        normalize_text(previous.text)
    ):
        return
    # (the rows of the table read last; a unit that reads as one, not a sentence read as one)
    last = max((d.table for d in drafts if d.table is not None), default=None)
    earlier = [
        (d.label, normalize_text(d.indicator), d.unit)
        for d in drafts
        if d.indicator and d.table == last and d.unit and not _UNIT_NOT_READ.search(d.unit)
    ]
    for d in table_drafts:
        if d.unit or not d.indicator:
            continue
        name = normalize_text(d.indicator)
        # the row of its number and name; of its name alone where either prints no number
        units = {
            u
            for label, other, u in earlier
            if other == name and (label == d.label or label is None or d.label is None)
        }
        unit = units.pop() if len(units) == 1 else None
        if unit is not None:
            d.unit = unit
        else:
            d.warnings.append(
                f"the line above its table says the units are a table's above "
                f"({normalize_text(previous.text)}), but no row of its number and name was "
                "found there: its unit was not read"
            )


def _kpis_by_number(
    reading: TableInterpretation, keys: Sequence[str | None], missing: Sequence[str]
) -> bool:
    """Whether the KPIs a note names by number (``KPI③``) that no row is known by are the rows
    the table numbers so: every key the note misses names a KPI, no row is labelled KPI, and the
    column of the rows' names is headed as the KPIs' (``KPI``, ``重要業績評価指標（KPI）``)."""
    return all(k.startswith("KPI") for k in missing) and _numbers_kpis(reading, keys)


def _numbers_kpis(reading: TableInterpretation, keys: Sequence[str | None]) -> bool:
    """Whether a note's ``KPI③`` names the row a table numbers ③: no row is labelled KPI, and
    the column of the rows' names is headed as the KPIs' (``KPI``, ``重要業績評価指標（KPI）``)."""
    if any(k is not None and k.startswith("KPI") for k in keys):
        return False
    return any(
        c.role == "indicator" and ("KPI" in c.header or "重要業績評価指標" in c.header)
        for region in reading.regions
        for c in region.columns
    )


def _settled_around(
    table: Table,
    reading: TableInterpretation,
    drafts: list[Draft],
    previous: Block | None,
    marked: Mapping[int, Kind],
    notes: Notes | None = None,
) -> list[Draft]:
    """A table's drafts with what the table and the lines around it say of each row: the bounds
    and forecast ticks beside the values, the unit a line right above states (``（単位：％）``)
    or a note under it gives by the rows' numbers (``※単位は千人。ただし、No.3は百万円``), no rows
    of an average or a total, names in 【】 taken apart, and the kind a legend's symbol marks its
    row with (``◆``)."""
    _bounds_beside(table, reading, drafts)
    _bounded_by_heading(drafts)
    _increases_as_statements(drafts)
    _estimates_marked(table, reading, drafts)
    _targets_in_names(reading, drafts)
    _names_heading_dates_targets(reading, drafts)
    _section_dates_targets(drafts, previous.text if isinstance(previous, TextLine) else None)
    _dated_by_named_term(table, reading, drafts)
    with_judged_values(drafts)  # ◎ 24 | △ 22 under a legend of marks: 24 and 22
    stated_unit = _unit_line(previous)
    # （単位：千人。ただし、KPI名の末尾に単位を記載したものはその単位） (松阪): a name's own unit
    # stands, 人 as printed, not the line's scale
    names_keep = (
        stated_unit is not None
        and isinstance(previous, TextLine)
        and bool(NAMES_KEEP_UNIT.search(normalize_text(previous.text)))
    )
    listed_units = _listed_units(previous) if stated_unit is None else {}
    keeping_keys = (
        names_keeping_units(previous.text)
        if names_keep and isinstance(previous, TextLine)
        else None
    )
    keeping = named_keys(keeping_keys) or set() if keeping_keys else set()
    kept = _with_revision_rows(
        _without_summary_rows(table, _without_reference_rows(table, _without_notes(drafts)))
    )
    kept = without_component_rows(table, kept)  # 受診者数 | 対象者数 | 受診率 under 受診率's name
    measured = _measured_units(previous)
    for d in kept:
        # （単位：数量＝t、金額＝百万円…） over a 区分 column of 数量 | 金額 … (羅臼): each row's
        # word there stands for the unit the line gives it
        word = normalize_text(d.unit or "").replace(" ", "")
        if word in measured:
            d.unit = measured[word]
    if notes is not None:
        kept = _without_rows_noted_apart(kept, [*notes.texts, *notes.bodies.values()])
    keyed = (
        read_unit_note(notes.texts, numbered=notes.bodies.values(), marked=notes.bodies)
        if notes is not None
        else None
    )
    # (※ 満足度（単位：点）は… under the last of the tables printing this one's header: the
    # rows here whose names end in 満足度 take 点 too, and no other row is told of the note)
    shared = keyed is None and notes is not None and notes.shared_units is not None
    if shared and notes is not None:
        keyed = notes.shared_units
    if keyed is None and stated_unit is None and isinstance(previous, TextLine):
        # （単位：人。ただしKPI②は千円、KPI⑤は百万円） right above the grid (島本), or its caption
        # (大和: （単位：人。ただし寄附額は百万円）): the rows' units, a row's by its key or word
        # (a list of units alone, （単位：人、組、％）, is each row's in turn: read below)
        above = read_unit_note([previous.text], title=True)
        keyed = (
            above
            if above is not None
            and (above.by_key or above.by_word or above.marked_rows)
            and not _heads_columns(table, reading, above.by_word)
            else None
        )
    if keyed is not None and kept:  # (a form's table above the grid has no rows to give units)
        keys = [row_key(d.label, d.indicator) for d in kept]
        missing = unmatched_keys(keyed, keys)
        if missing and _kpis_by_number(reading, keys, missing):
            # （単位：人、ただしKPI③は％） over rows ①–④ under a KPI heading (大蔵): the KPIs
            # the note names are the rows the column of KPIs numbers so
            keyed = replace(
                keyed, by_key={k.removeprefix("KPI"): u for k, u in keyed.by_key.items()}
            )
            missing = unmatched_keys(keyed, keys)
        if missing:
            # ※単位は千人。ただし、No.3は百万円 beside rows labelled KPI1 …: the note speaks of
            # rows this table does not number so; no row is given its units
            notice(
                f"a note under the table at {table.place} gives units by number "
                f"({', '.join(missing)}), but no row is numbered so: its units were not read"
            )
            keyed = None
    if keyed is not None and kept:
        # (※単位 ア：回 イ：人 under 活動指標 ア, イ and 成果指標 ア, イ again, review 53: a key
        # that labels two rows names neither for sure)
        named = [row_key(d.label, d.indicator) for d in kept]
        repeated = {k for k in keyed.by_key if named.count(k) > 1}
        if repeated:
            keyed = replace(
                keyed, by_key={k: u for k, u in keyed.by_key.items() if k not in repeated}
            )
            for d, key in zip(kept, named, strict=True):
                if key in repeated:
                    d.warnings.append(
                        f"a note under the table gives the row {key} a unit, but {key} labels "
                        "more than one row here: the note's unit was not read"
                    )
    if (
        keyed is not None
        and keyed.marked_rows
        and kept
        and not any(_marked_row_unit(keyed, d, table) for d in kept)
    ):
        # （単位：件　※印を付した指標は人） over rows none of whose names closes with ※ (the mark
        # in a column of its own, on a value): which rows are in 人 is not known
        for d in kept:
            d.warnings.append(
                f"the unit note gives the rows marked {', '.join(keyed.marked_rows)} a unit of "
                "their own, but no row's name closes with the mark: its units were not read"
            )
        keyed = None
    for d in kept:
        split_labelled_name(d)  # 【指標名】… 【算出方法】… 【目標】…: the name, its target
        split_led_name(d)
        split_base_year_name(d)  # 道の駅かつらぎの利用者数［基準年度：R元］
        split_arrow_name(d)  # 入り込み客数32万人 → 35万人（市調査）: its baseline and target
        carried = unit_in_name(d.indicator) if d.indicator else None
        own = (
            carried is not None
            # (宇治田原's （ha） on a row the note names as printing its unit: the note says it
            # is one, whatever the vocabulary knows; not 移住者数（女性） on another, review 52)
            and (unit_word(carried[1]) or row_key(d.label, d.indicator) in keeping)
            and (
                names_keep
                or not _same_counter(carried[1], stated_unit)
                or normalize_unit(carried[1]) != normalize_unit(stated_unit or "")
            )
        )
        if (
            own
            and carried is not None
            and not names_keep
            and _same_counter(carried[1], stated_unit)
            and split_scale(normalize_unit(carried[1]))[0] == 1
        ):
            # 美化活動の参加者数（人） under （単位：千人） (長瀞, 下郷): the name's own unit
            # is the row's, as the spec reads a unit closing a name; the line says otherwise,
            # and 人 may only name the line's counter (入込客数（千人） under （単位：人） says
            # its own scale outright, 松野)
            d.warnings.append(
                f"its name closes with its unit ({carried[1]}) where the line over the table "
                f"says {stated_unit}: read in {carried[1]}, as the name says"
            )
        by_number = (
            keyed.by_key.get(key)
            if keyed is not None
            and stated_unit is not None
            and (key := row_key(d.label, d.indicator))
            else None
        )
        if (
            by_number is not None
            and keyed is not None
            and not (d.unit or own)
            and _keyed_unit(keyed, d) == by_number
        ):
            # （単位：人） over the grid, ※③の単位は「件」、④の単位は「千人」です。 under it (能勢):
            # the note names the row, and speaks over the line's unit for every row
            d.unit = by_number
        if not (d.unit or own or _prints_other_unit(d, stated_unit)):
            # (a name that ends with a unit of another kind, 外国人宿泊者の割合（％） under
            # （単位：千人） (中之条), or with a scale of its own, 寄附額（千円） under （単位：
            # 百万円）, or the line's counter unscaled, 参加者数（人） under （単位：千人）, keeps
            # it: the line above speaks for the other rows; so do values that print a unit of
            # another kind, 82.4% under （単位：人。％表示のものを除く） (豊富))
            d.unit = stated_unit
        if (
            d.unit is not None
            and keyed is not None
            and normalize_text(d.unit).strip() == MONEY_WORD
            and MONEY_WORD in keyed.by_word
        ):
            # 金額 in the 単位 column, （金額の単位：千円） over the table (東串良): the note's unit
            d.unit = keyed.by_word[MONEY_WORD]
            d.warnings.append(f"its 単位 cell says 金額; its unit, {d.unit}, is the note's")
        if d.unit is None and keyed is not None and not (carried and unit_word(carried[1])):
            d.unit = (
                _marked_row_unit(keyed, d, table)
                or _keyed_unit(keyed, d)
                or _marked_word_unit(keyed, d, table)
            )
            if shared and d.unit is not None and notes is not None:
                # (a note under another table: said, for a reader to check it is this row's)
                d.warnings.append(
                    f"its unit, {d.unit}, is from a note under a later table of the same "
                    f"header ({'; '.join(notes.shared_said)})"
                )
            if (
                d.unit is None
                and keyed.by_word
                and keyed.default is None
                and not keyed.by_key
                and not shared
            ):
                # (単位　人数：人　金額：千円 over a row named by none of its words: said, not
                # left unitless in silence)
                d.warnings.append(
                    f"the unit note over the table gives units by words of the rows' names "
                    f"({', '.join(keyed.by_word)}); {d.indicator!r} ends in none of them, so its "
                    "unit was not read"
                )
        if d.unit is None and listed_units and not (carried and unit_word(carried[1])):
            _listed_units_into(d, listed_units)
        d.kind = marked.get(d.row, d.kind) if d.row is not None else d.kind
    if notes is not None:
        levels_from_notes(kept, notes.bodies)  # ※2参照 under 目標値（H31）: the note's level
    # UIターン者数（平成29年度）, （平成30年度）… (伊仙): one indicator, a row a year; the same
    # KPIs under 令和5年度 and 令和6年度 band rows (川俣): one indicator, a block a year
    return joined_period_bands(joined_year_rows(kept))


#: A row's label that says the row revises the one above (琴浦: ``（H29.3見直し）`` under
#: ふるさと納税寄附件数, a new 目標値 in the row): when (a period), then a revision's word.
_REVISION_ROW = regex.compile(
    r"[(（]?\s*(?P<when>[^()（）]{1,16}?)\s*(?:見直し|改定|改訂|修正|変更)後?\s*[)）]?"
)


def _with_revision_rows(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each revision row folded into the indicator above it: a row labelled
    only by a dated revision (``（H29.3見直し）``, ``（令和元年度見直し）``) that prints targets
    and nothing else, in the indicator's unit or none, replaces its target in the same column,
    with a warning that names both (the target replaced is kept as superseded); a second
    revision row folds into the same indicator. A name that ends in a revision's word
    (``第2次観光振興計画の改定``) is an indicator of its own."""
    kept: list[Draft] = []
    last_row: int | None = None  # the last row of the indicator above, revisions included
    for d in drafts:
        above = kept[-1] if kept else None
        label = _REVISION_ROW.fullmatch(normalize_text(d.indicator or "").replace(" ", ""))
        if (
            above is None
            or label is None
            or find_period(label.group("when")) is None
            or d.baseline is not None
            or d.actuals
            or not d.targets
            or (d.unit is not None and d.unit != above.unit)
            or d.row is None
            or last_row is None
            or d.row != last_row + 1
        ):
            kept.append(d)
            last_row = d.row
            continue
        last_row = d.row
        for new in d.targets:
            old = next((t for t in above.targets if t.header == new.header), None)
            above.targets = [new if t is old else t for t in above.targets]
            if old is None:
                above.targets.append(new)
            else:
                above.superseded.append(old)
            above.warnings.append(
                f"the target {normalize_text(old.text) if old else '(none)'} under "
                f"{normalize_text(new.header)} was revised to {normalize_text(new.text)} by the "
                f"row {normalize_text(d.indicator or '')!r} below it"
            )
    return kept


def _estimates_marked(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> None:
    """A column of marks headed 見込 beside one headed 確定 (周南's 事後評価シート: `評価値の種別`
    over `確定 | 見込み`, ○ in one of them): a row marked under 見込 has a forecast for its
    actual, flagged ``estimate`` as a 見込 heading over the value would be."""

    def own(header: str) -> str:
        return normalize_text(header.split(HEADING_SEPARATOR)[-1]).replace(" ", "")

    # (whatever role the marks gave the columns: ○, 〇 or ✓ in one of 確定 | 見込み)
    columns = [c for r in reading.regions for c in r.columns]
    marked = [c.index for c in columns if own(c.header) in ("見込", "見込み")]
    if len(marked) != 1 or not any(own(c.header) == "確定" for c in columns):
        return  # (達成見込み over ○ △: whether the target will be reached, no forecast)
    grid = table.grid()
    for d in drafts:
        if d.row is None or not 0 <= d.row < len(grid):
            continue
        cell = grid[d.row][marked[0]]
        if cell is not None and is_tick(cell.text):
            d.actuals = [replace(v, flags=v.flags | {"estimate"}) for v in d.actuals]


def _years_beside(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> None:
    """The row reader's rows with a list's year printed in a column of periods, as the
    interpretation reads them (layouts.period_columns): a baseline's year
    (伊是名: ``基準値 | (年度)`` over ``31,250人 | (23年度)``), or the period of the row's
    undated actuals where the column dates them (layouts.dates_the_actuals; 前橋: ``追跡調査値 |
    調査年度`` over ``471,205人 | 平成23``)."""
    if len(reading.regions) != 1:
        return
    region = reading.regions[0]
    dated = period_columns(region)
    beside: dict[str, ColumnReading] = {}
    for c, listed in dated:
        if listed == "actual" and not dates_the_actuals(region, c, dated):
            continue  # (実績値 | 達成年度 beside an undated 目標値: the target's year)
        beside.setdefault(listed, c)
    if "baseline" not in beside and "actual" not in beside:
        return
    grid = table.grid()
    for d in drafts:
        if d.row is None or not 0 <= d.row < len(grid):
            continue
        for listed, column in beside.items():
            cell = grid[d.row][column.index]
            if cell is None or cell.empty or cell.row != d.row:
                continue
            if listed == "baseline" and d.baseline is not None:
                if not (d.baseline.period or d.base_year):
                    d.base_year = cell.text
            elif listed == "actual" and any(a.period is None for a in d.actuals):
                period = printed_period(cell.text)
                if period is not None:
                    d.actuals = [a if a.period else replace(a, period=period) for a in d.actuals]
                    if d.target_period is not None and d.target_period.where == cell.provenance:
                        # (目標値 | 直近値 | 年度: the year the row reader gave the target is
                        # the latest value's, not the target's too)
                        d.target_period = None


#: Headings of a column of the rows' own years (武雄's 年度), not of when targets fall due.
_ROW_YEAR_WORDS = frozenset({"年度", "年", "年次", ""})


def _years_of_blocks(
    table: Table, reading: TableInterpretation, drafts: list[Draft]
) -> list[Draft]:
    """A column of years left of the names, each year merged down over a block of rows (武雄:
    ``年度 | 区分 | 指標名 | 単位 | 目標値 | 実績値``, 令和2年度 over four rows, the same four
    indicators under each year): each row's year dates its undated targets and actuals, and an
    indicator printed under several years is one record with a value of each year."""
    if len(reading.regions) != 1:
        return drafts
    region = reading.regions[0]
    names = next((c.index for c in region.columns if c.role == "indicator"), None)
    years = next(
        (
            c
            for c in region.columns
            if c.role == "target_period"
            and names is not None
            and c.index < names
            # (年度, a year of the rows; not 目標年度, the year their targets are due)
            and without_periods(innermost_heading(c.header)).replace(" ", "") in _ROW_YEAR_WORDS
        ),
        None,
    )
    if years is None:
        return drafts
    grid = table.grid()
    column = [grid[r][years.index] for r in region.body_rows]
    if not any(c is not None and c.rowspan > 1 for c in column):
        return drafts  # (a year on each row: the row's target year, as 目標年度 is)
    for d in drafts:
        cell = grid[d.row][years.index] if d.row is not None and 0 <= d.row < len(grid) else None
        period = printed_period(cell.text) if cell is not None and not cell.empty else None
        if cell is None or period is None:
            continue
        if _baseline_block(d, cell.text, period):
            continue
        d.targets = [v if v.period else replace(v, period=period) for v in d.targets]
        d.actuals = [v if v.period else replace(v, period=period) for v in d.actuals]
        if d.target_period is not None and d.target_period.where == cell.provenance:
            d.target_period = None
    kept: list[Draft] = []
    first: dict[tuple[object, ...], Draft] = {}
    for d in drafts:
        key = (d.indicator, d.unit, d.kind, d.program.name if d.program else None)
        home = first.get(key)
        years_of = {v.period.fiscal_year for v in (*d.targets, *d.actuals) if v.period}
        taken = (
            {v.period.fiscal_year for v in (*home.targets, *home.actuals) if v.period}
            if home is not None
            else set()
        )
        if (
            home is None
            or not d.indicator
            or not years_of
            or years_of & taken
            or (
                d.baseline is not None
                and (home.baseline is None or d.baseline.text != home.baseline.text)
            )
            or (d.status is not None and d.status != home.status)
        ):
            # (a block whose own baseline or printed status differs is a record of its own)
            first.setdefault(key, d)
            kept.append(d)
            continue
        home.targets.extend(d.targets)
        home.actuals.extend(d.actuals)
        home.warnings.extend(w for w in d.warnings if w not in home.warnings)
    return kept


def _baseline_block(d: Draft, text: str, period: Period) -> bool:
    """Read a row of a block whose year cell names the baseline (吉富: ``基準（H31）`` over the
    first block, ``2022（R4）`` … over the next) as the row's baseline of that year: its one
    value, under whichever list it stands (the target cells shaded blank), with a warning. A
    row of several values there is left as it was, said."""
    if not baseline_year(text) or d.baseline:
        return False
    values = [v for v in (*d.targets, *d.actuals) if classify(v.text) is not CellClass.MISSING]
    where = normalize_text(text)
    if len(values) != 1:
        d.warnings.append(
            f"the block {where!r} names the baseline, but its row prints {len(values)} values: "
            "they were read under their columns' lists"
        )
        return False
    d.baseline = replace(values[0], period=replace(period, raw=text))
    d.targets, d.actuals = [], []
    d.warnings.append(
        f"{values[0].text!r} under {normalize_text(values[0].header)} in the block {where!r} "
        "was read as the baseline of that year"
    )
    return True


def _period_row(d: Draft, vocabulary: Vocabulary) -> bool:
    """Whether a draft is a row of periods taken for an indicator: its name only says years
    (``年度``) and its cells, if any were kept, only print years (瑞浪's empty block: ``年度 |
    25年度 …``)."""
    cells = [c for c in (d.baseline, *d.targets, *d.actuals) if c is not None]
    if d.target_texts:
        return False
    if any(is_value(classify(c.text)) or classify(c.text) is CellClass.MISSING for c in cells):
        return False
    name = normalize_text(d.indicator or "").replace(" ", "")
    periods = all(
        find_period(c.text) is not None or find_eraless_period(c.text, "平成") is not None
        for c in cells
    )  # (the era does not matter, only whether the cell says a year: 平成 reads any of them)
    return periods and (
        not_a_name(name, vocabulary) == "a period"
        or "target_period" in vocabulary.votes(name)
        or name in _PERIOD_WORDS
    )


#: Names of a row or column of years (``年度 | 25年度 | 26年度 …``).
_PERIOD_WORDS = frozenset({"年度", "年", "年次", "時期"})


#: Longest row name read as a heading of derived values (``達成率``, ``達成状況評価``).
_DERIVED_CHARS = 12
#: Roles of a row's name that make its values derived from the indicator above it.
_DERIVED_ROLES = frozenset({"ratio", "evaluation"})


def _without_derived_rows(drafts: list[Draft], vocabulary: Vocabulary) -> list[Draft]:
    """A table's drafts without the rows named as a ratio or a judgement of the indicator
    above them (宇陀: ``達成率 | 66.4% | …`` and ``達成状況評価 | C | …`` under ``重要業績評価指標
    KPI(1)``): they are no indicator; the indicator above says they were not read."""
    kept: list[Draft] = []
    for d in drafts:
        name = normalize_text(d.indicator or "").replace(" ", "")
        votes = vocabulary.votes(name) if 0 < len(name) <= _DERIVED_CHARS else {}
        rest = name
        for _, words in votes.values():
            for word in sorted(words, key=len, reverse=True):
                rest = rest.replace(word.lstrip("="), "")
        above = kept[-1] if kept else None
        if (
            votes
            and not rest  # only the heading's words (達成率), not a ratio's name (事業進捗率)
            and above is not None
            and above.indicator
            and strongest_role(votes) in _DERIVED_ROLES
            and "indicator" not in votes
        ):
            above.warnings.append(derived_row_note(name, f"under {above.indicator}"))
            continue
        kept.append(d)
    return kept


#: A row named only by a heading word and the label of an indicator listed elsewhere
#: (``重要業績評価指標 KPI(1)``).
_LABELLED_ROW = regex.compile(
    r"(?P<head>[^\d]*?)\s*(?P<label>KPI\s*(?:[\u2460-\u2473]|[(（]?[0-9]{1,2}[)）]?))"
)


def _label_key(label: str) -> str:
    return regex.sub(r"[\s()（）]", "", normalize_text(label))


def _joined_by_label(drafts: list[Draft], vocabulary: Vocabulary) -> list[Draft]:
    """Rows named only by a heading word and a label (宇陀: ``重要業績評価指標 KPI(1)`` over the
    years) give their values to the indicator of that label listed in an earlier table under
    the same heading (``KPI(1) | 合計特殊出生率 | … | 基準値 | 目標値``): one record."""
    kept: list[Draft] = []
    for d in drafts:
        m = _LABELLED_ROW.fullmatch(normalize_text(d.indicator or ""))
        head = m.group("head").replace(" ", "") if m else ""
        if m and (not head or set(vocabulary.votes(head)) <= {"indicator", "kind.kpi"}):
            key = _label_key(m.group("label"))
            listed = next(
                (
                    x
                    for x in reversed(kept)
                    if x.label
                    and x.table != d.table
                    and x.section == d.section
                    and _label_key(x.label) == key
                ),
                None,
            )
            if listed is not None:
                listed.baseline = listed.baseline or d.baseline
                listed.targets.extend(d.targets)
                listed.actuals.extend(d.actuals)
                listed.warnings.extend(d.warnings)
                listed.status = listed.status or d.status
                continue
        kept.append(d)
    return kept


#: The heading of a lettered list of indicator names: ``③ 対象指標名（…）``, ``成果指標名``,
#: or the group alone with its gloss (志布志: ``⑤ 活動指標（事務事業の活動量を表す指標）``).
_LIST_HEADING = regex.compile(
    r"(?:[①-⑳]|[(（]?[0-9]+[.)）])?\s*(?P<group>[^\s①-⑳()（）]*指標)(?P<named>名称?)?\s*"
    r"(?:[(（][^()（）]*[)）])?\s*(?:[＊*※].*)?"  # its gloss, an instruction (＊数字は記入しない)
)


def _names_from_lists(drafts: list[Draft], blocks: Sequence[Block]) -> None:
    """Rows named only by their group and a letter (南砺's 指標の推移: ``成果指標 | A | % | 52.3``;
    志布志: ``活動指標 | ア | 頭``) take the name and unit the document lists under that group
    and letter elsewhere (``④ 成果指標名`` over ``A | 自然環境…美しく保たれると思う市民の割合 |
    %``; ``⑤ 活動指標（…）`` over ``名称 | 単位`` and ``ア | 異常産ワクチンの接種頭数 | 頭``, beside
    other boxes of the form), their kind from the group's word, and a warning saying where the
    name was read."""
    keyed = [
        d
        for d in drafts
        if d.indicator
        and d.label
        and len(d.label) == 1
        and _LIST_HEADING.fullmatch(normalize_text(d.indicator) + "名")
    ]
    if not keyed:
        return
    names: dict[tuple[str, str], tuple[str, str | None, Provenance]] = {}
    for block in blocks:
        if isinstance(block, Table):
            _lettered_names(block, names)
    for d in keyed:
        group = normalize_text(d.indicator or "")
        found = names.get((group, fold_width(d.label or "").upper()))
        if found is None:
            d.warnings.append(
                f"named only by its group {group!r} and letter {d.label!r}; no list of "
                f"{group}名 in the document gives the name"
            )
            continue
        d.indicator, d.indicator_where = found[0], found[2]
        d.unit = d.unit or found[1]
        d.kind = header_kind(group) or d.kind
        d.warnings.append(f"its name was read from the list of {group}名 ({d.label})")


def _lettered_names(
    table: Table, names: dict[tuple[str, str], tuple[str, str | None, Provenance]]
) -> None:
    """Add the lettered names a table lists under group headings: a heading cell alone in its
    columns (``④ 成果指標名``) opens its group from there to the next heading right of it;
    below it, a letter, then the name and the unit to its right within those columns (other
    boxes of the form may stand left of them)."""
    groups: list[tuple[int, int, str]] = []  # first column, end column, group
    width = max((c.col + c.colspan for c in table.cells), default=0)
    for row in table.rows():
        cells = [c for c in row if not c.empty]
        headings = []
        for c in cells:
            heading = _LIST_HEADING.fullmatch(normalize_text(c.text))
            if heading is None or (heading.group("named") is None and c.colspan < 2):
                continue  # (a group's word alone, in one column, is a row's group, no heading)
            if not any(x is not c and c.col <= x.col < c.col + c.colspan for x in cells):
                headings.append((c.col, heading.group("group")))
        # each heading's list runs right to the next heading (or the table's edge): 単位 beside
        if headings:
            ends = [col for col, _ in headings[1:]] + [width]
            for (lo, group), hi in zip(headings, ends, strict=True):
                groups = [g for g in groups if g[1] <= lo or g[0] >= hi]
                groups.append((lo, hi, group))
            continue
        for lo, hi, group in groups:
            own = [c for c in cells if lo <= c.col < hi]
            if len(own) < 2:
                continue
            letter = fold_width(normalize_text(own[0].text)).upper()
            if ROW_LETTER.fullmatch(letter):
                unit = normalize_text(own[2].text) if len(own) > 2 else None
                names.setdefault(
                    (group, letter), (normalize_text(own[1].text), unit, own[1].provenance)
                )


def interpret_blocks(
    blocks: Sequence[Block], vocabulary: Vocabulary | None = None, limit: int | None = None
) -> list[TableInterpretation]:
    """The interpretation of each table of a document, as the reader computes it (each table
    taken from ``blocks`` in turn, as read_blocks takes them); of the first ``limit`` tables
    only, when given (a warning that describes a few tables need not interpret them all)."""
    vocabulary = vocabulary or current_vocabulary()
    era = _era(split_bands(b).table if isinstance(b, Table) else b for b in blocks)
    tables = (split_bands(b).table for b in blocks if isinstance(b, Table))
    with remembering_classes():
        return [
            _oriented_reading(t, vocabulary, era, i)[1]
            for i, t in enumerate(itertools.islice(tables, limit))
        ]


def _oriented_reading(
    table: Table, vocabulary: Vocabulary, era: str | None, index: int
) -> tuple[Table, TableInterpretation]:
    """A table as it is read (turned a quarter where its first column is its header) and its
    interpretation. Ditto marks (``〃``) are read as the cell above them first, bare years
    under an era corner as the years they stand for, and a value merged over several
    indicators' rows as each one's; a table of one value a line is read as the table of one
    indicator a row it lays out."""
    table = with_shared_values(with_era_years(resolve_dittos(table)))
    # 成果指標 | 年度 | 区分 | 値, one value a line (藤岡's open data): the table it lays out
    # 年度 | 目標値 | 実績値 over blocks of one indicator each, its name across the table (壬生)
    table = pivoted(table, vocabulary) or widened(table, vocabulary) or table
    turned = transposed(table, vocabulary) or transposed_wide(table, vocabulary)
    if turned is None:
        return table, interpret_table(table, vocabulary, era, index)
    return turned, replace(interpret_table(turned, vocabulary, era, index), turned=True)


#: A document's own number printed at a corner (``資料4``, ``別紙1``, ``様式第2号``).
_DOCUMENT_LABEL = regex.compile(
    r"(?:参考)?(?:資料|別紙|別表|別添|様式)(?:第)?[0-9\-‐－]+(?:号)?(?:[-‐－][0-9]+)?"
)
#: A page number (``3/7``, ``- 3 -``) or a line that starts with a date (``平成29年6月作成``).
_PAGE_OR_DATE = regex.compile(
    r"[-‐－]?\s*[0-9]+\s*(?:/\s*[0-9]+)?\s*[-‐－]?$"
    rf"|(?:{ERA_PATTERN})\s*(?:[0-9]+|元)\s*[年.]\s*[0-9]+\s*月"
    r"|(?:19|20)[0-9]{2}\s*年\s*[0-9]+\s*月"
)
#: Longest line read as the heading of the table right below it.
MAX_CAPTION = 30


#: A caption that numbers its indicator: ``数値目標①　婚姻率``, ``KPI2: 出生数``.
_NUMBERED_CAPTION = regex.compile(
    r"^(?P<label>(?:数値目標|重要業績評価指標|KPI|成果指標|活動指標|指標|目標)\s*"
    r"[\u2460-\u2473\u3251-\u325f0-9]+"
    # (牧之原's cards: ① 静波海岸・相良サンビーチの海水浴客数（千人） over 年度 | 目標 | 実績)
    r"|[\u2460-\u2473])\s*[:：.]?\s*(?P<name>\S.*)$",
    regex.IGNORECASE,
)


#: A group label that sums or averages the rows above it (``目標1の平均``, ``合計``, ``小計``).
_SUMMARY_GROUP = regex.compile(rf"(?:^|の)(?:平均|{TOTAL_WORD})$")


def _without_summary_rows(table: Table, drafts: list[Draft]) -> list[Draft]:
    """The drafts without the rows a group label merged beside them calls an average or a
    total of the rows above (御坊's ``目標1の平均`` beside 満足度 / 不満度), nor the rows that give
    the numerator and denominator of the ratio above them (東白川's ``（分子）受診者数``): no
    indicators of their own. Each one left out is said in a document warning."""
    kept: list[Draft] = []
    for d in drafts:
        group = normalize_text(d.program.name or "") if d.program is not None else ""
        if _SUMMARY_GROUP.search(group.replace(" ", "")):
            notice(f"the rows of {group} ({d.indicator}) sum or average the rows above: not read")
            continue
        part = _RATIO_PART.match(normalize_text(d.indicator or ""))
        if part is not None and kept:
            # （分子）受診者数 / （分母）対象者数 under 特定健診受診率 (東白川): the two counts the
            # ratio above is worked out from, no indicators of their own
            notice(
                f"the row {normalize_text(d.indicator or '')!r} gives the {part.group('part')} "
                f"of {kept[-1].indicator!r} above it: not read as an indicator"
            )
            continue
        summed = _sums_rows_above(d, kept)
        whole = _whole_of_parts(table, d, kept[-len(summed) :]) if summed else None
        if summed and whole is not None:
            # 移住者数 merged over （内訳）一戸地区 | （内訳）奥中山地区 | 計 (一戸): the
            # indicator is the 計 row, named by the cell merged over its parts
            del kept[-len(summed) :]
            kept.append(whole)
            notice(
                f"the rows printed under {whole.indicator!r} are its parts (内訳): its values "
                "were read from the row that sums them"
            )
            continue
        if summed is not None:
            # ア and イ, then 合計（ア＋イ） | 件 | 23 | 31 … (榛東): each value the sum of the rows
            # right above, no indicator of its own
            notice(
                f"the row {normalize_text(d.indicator or '')!r} sums the rows above it "
                f"({', '.join(summed)}): not read as an indicator"
            )
            continue
        ranks = [v.text for v in (d.baseline, *d.targets, *d.actuals) if v is not None]
        if kept and ranks_above(d.indicator or "", ranks):
            # （全国順位） under 合計特殊出生率 (伊仙): where the indicator above ranks, no
            # indicator of its own
            notice(
                f"the row {normalize_text(d.indicator or '')!r} gives the rank of "
                f"{kept[-1].indicator!r} above it: not read as an indicator"
            )
            continue
        kept.append(d)
    return kept


#: Fewest values a total row and the rows above must print alike for it to be their sum.
_SUMMED_VALUES = 2


def _whole_of_parts(table: Table, total: Draft, parts: Sequence[Draft]) -> Draft | None:
    """The indicator a total row stands for where the rows it sums are its parts: each marked
    （内訳）, the first in a cell of its own row beside the name merged over them all (一戸:
    移住者数 beside （内訳）一戸地区, then （内訳）奥中山地区, then 計); the total's values under
    the first's name and label, said. None where the rows are indicators of their own (a first
    row that marks itself no part: 移住者数 over （内訳）うち子育て世帯 and 計). (Rows labelled
    beside one name merged over them are read by rows.parts_under_one_heading.)"""
    if len(parts) < 2 or not _marked_parts(table, parts):
        return None
    first = parts[0]
    whole = replace(
        total, indicator=first.indicator, label=first.label, indicator_where=first.indicator_where
    )
    whole.warnings = [
        *total.warnings,
        f"its values are the row {normalize_text(total.indicator or '')!r}'s, which sums the "
        "parts (内訳) printed under its name",
    ]
    return whole


def _marked_parts(table: Table, parts: Sequence[Draft]) -> bool:
    """Whether each row after the first marks itself （内訳）, and the first does so in a cell of
    its own beside its name (一戸)."""
    if PART_MARK.match(normalize_text(parts[0].indicator or "")):
        return False
    if not all(PART_MARK.match(normalize_text(p.indicator or "")) for p in parts[1:]):
        return False
    first_row = parts[0].row
    return first_row is not None and any(
        c.row == first_row and PART_MARK.match(normalize_text(c.text))
        for c in table.rows()[first_row]
    )


def _sums_rows_above(d: Draft, above: Sequence[Draft]) -> list[str] | None:
    """The names of the rows right above the draft whose values it adds up, where its name calls
    it a total and each of its values (two at least) is the sum of theirs in the same list and
    period: a total is read from the figures, never from its name alone. None elsewhere."""
    if not total_name(d.indicator or ""):
        return None

    def numbers(draft: Draft) -> dict[tuple[str, Period | None], Decimal]:
        lists = [("baseline", draft.baseline)] if draft.baseline is not None else []
        lists += [("target", v) for v in draft.targets] + [("actual", v) for v in draft.actuals]
        found: dict[tuple[str, Period | None], Decimal] = {}
        for listed, v in lists:
            q = _read_alone(v)
            if q is not None and q.value is not None:
                found[listed, v.period] = q.value
        return found

    own = numbers(d)
    shared = set(own)
    sums: dict[tuple[str, Period | None], Decimal] = dict.fromkeys(own, Decimal(0))
    names: list[str] = []
    for r in reversed(above):  # (the rows right above, one more each turn: once each)
        name = normalize_text(r.indicator or "")
        if name.startswith("うち"):
            return None  # (うち日帰り | うち宿泊 | 計, 南小国: the parts of the indicator 計 is)
        found = numbers(r)
        shared &= found.keys()
        if len(shared) < _SUMMED_VALUES:
            return None  # (fewer keys in common can only grow fewer)
        for k in shared:
            sums[k] += found[k]
        names.insert(0, name)
        if len(names) >= 2 and all(own[k] == sums[k] for k in shared):
            return names
    return None


#: A word a note quotes (``「うち」``, ``「うち新島」``), its text the group ``{}``.
_QUOTE = r"[「『](?P<{}>[^「」『』]{{1,10}})[」』]"
#: A word a note quotes (``「うち新島」``).
_QUOTED = regex.compile(_QUOTE.format("quoted"))
#: A note that quotes the word the names of some rows open with, or the rows' whole names, and
#: says those rows are given for reference, no indicators (奥出雲: ``※1 「うち」の行は、No.2
#: 観光入込客数の内訳（参考値）であり、KPIではない。``): the words.
_NO_INDICATOR = r"(?:KPI|指標|成果指標)(?:では|で)(?:ない|なく|ありません|はない)"
_NOTED_APART = regex.compile(
    # (下呂: ※No.1の「うち」は地区別の内訳（参考）。KPIは市全体の値。: the rows, without 行;
    # 新島: ※①の「うち新島」「うち式根島」は…内訳（参考値）で、KPIではありません: rows listed whole)
    r"(?P<listed>(?:[「『][^「」『』]{1,10}[」』]\s*(?:[、・と]|及び|および)?\s*)*)"
    + _QUOTE.format("word")
    + r"\s*の?\s*(?:行|欄|指標)?\s*は[^。]*?"
    # (和木: ※No.3の「うち」の行は内訳です。ＫＰＩは主要3施設の計の値です。: the rows a breakdown)
    rf"(?:{_NO_INDICATOR}|参考値|参考として|[(（]参考[)）]|内訳(?:です|である)?(?=。|$))"
    # 朝倉: ※1 No.1の（内訳）は…参考として示したもので、KPIではありません: the word in the brackets
    # the rows print it in, where the note says they are no indicators (五霞's ※（内数）の行は、
    # 直上の指標の内訳を参考として掲げたもの keeps its row a record, F357)
    rf"|(?P<word>[(（][^()（）「」]{{1,6}}[)）])\s*の?\s*(?:行|欄|指標)?\s*は[^。]*?{_NO_INDICATOR}"
)


#: What a note calls rows it names whole to set them apart: a breakdown or reference figures.
_BREAKDOWN_SAID = regex.compile(r"内訳|参考")


def _without_rows_noted_apart(drafts: list[Draft], notes: Sequence[str]) -> list[Draft]:
    """The drafts but those of rows a note under the table sets apart by the word their names
    open with as given for reference, no indicators (奥出雲: ``「うち」の行は…内訳（参考値）であり、
    KPIではない``), or by their whole names (新島: ``「うち新島」「うち式根島」は…内訳（参考値）で、
    KPIではありません``), which match whole names only and only where the note calls them a
    breakdown or reference figures, each said in a document warning."""
    names = {normalize_text(d.indicator or "").replace(" ", "") for d in drafts}
    words: list[str] = []  # words some rows' names open with (奥出雲's 「うち」)
    whole: set[str] = set()  # rows a note names whole (新島)
    for n in notes:
        text = normalize_text(n)
        for m in _NOTED_APART.finditer(text):
            quoted = [
                *(w.replace(" ", "") for w in _QUOTED.findall(m.group("listed") or "")),
                m.group("word").replace(" ", ""),
            ]
            inner = quoted[0][1:-1] if m.group("listed") is None else None
            if inner is not None and inner in names and _BREAKDOWN_SAID.search(text[m.start() :]):
                # (奥州: （うち海外向け）は…参考として示したもので、成果指標ではありません: the
                # row printed so, its name the bracket's words)
                whole.add(inner)
                continue
            if len(quoted) == 1 and quoted[0] not in names:
                words.append(m.group("word"))
                continue
            # rows named whole: only where the note calls them a breakdown or reference figures
            # and no indicators (not 当初計画のKPIではありません of indicators added later:
            # review 45)
            said = text[m.start() :]
            if regex.search(_NO_INDICATOR, said) and _BREAKDOWN_SAID.search(said):
                whole.update(quoted)
    if not words and not whole:
        return drafts
    kept: list[Draft] = []
    for d in drafts:
        name = normalize_text(d.indicator or "").replace(" ", "")
        word = name if name in whole else None
        if word is None:
            opening = (w for w in words if name.startswith(w.replace(" ", "")))
            word = next((w for w in opening if name != w.replace(" ", "")), None)
        if word is not None:
            notice(
                f"the row {name!r} is one a note sets apart (「{word}」): not read as an indicator"
            )
            continue
        kept.append(d)
    return kept


#: A heading that names the plan's own indicators first (``KPIの一覧``, ``数値目標の達成状況``).
_PLAN_LIST = regex.compile(r"(?:KPI|重要業績評価指標|成果指標|数値目標)(?:の|[(（]|$)")


def _reference_heading(heading: str) -> bool:
    """Whether a heading marks what is under it as given for reference (``（参考）関連する統計``,
    an ``<h3>【参考】</h3>`` alone), not a heading that names the plan's own indicators first
    (``（参考）KPIの一覧``: the rows it heads are KPIs, review 50; not ``（参考）関連指標``)."""
    norm = normalize_text(heading).replace(" ", "")
    if not (for_reference(norm) or _REFERENCE_ALONE.fullmatch(norm) or norm == "参考"):
        return False
    rest = _REFERENCE_ALONE.sub("", norm)
    # (（参考）関連指標, （参考）市の人口（KPI外）: other figures, whatever words they hold)
    return _PLAN_LIST.match(rest) is None or "外" in rest


#: A cell that says no more than that its row is given for reference (``（参考）``).
_REFERENCE_ALONE = regex.compile(r"[(（【\[]参考[)）】\]]")


#: A name that is a note's sentences: words closing on 。 (豊郷: ``No.3は、…年度合計です。No.4は、
#: …寄附の額です。`` in a CSV's 注記 row under the grid).
_NOTE_SENTENCES = regex.compile(r"[^。]{4,}。(?:[^。]{4,}。)*")


def _without_notes(drafts: list[Draft]) -> list[Draft]:
    """The drafts but those named by a note's sentences that hold no value (a grid's own note
    row, 注記 | No.3は、…です。): a note, no indicator."""
    return [
        d
        for d in drafts
        if d.has_values()
        or not _NOTE_SENTENCES.fullmatch(normalize_text(d.indicator or "").replace(" ", ""))
    ]


def _without_reference_rows(table: Table, drafts: list[Draft]) -> list[Draft]:
    """The drafts without the rows whose name marks them as given for reference only (丸森:
    ``（参考）町の人口`` under the KPIs' years), nor the sub-rows whose name is the program's money
    in brackets under each indicator (周防大島: ``（関連事業費）`` in 千円): no indicators. Each one
    left out is said in a document warning. A heading over the table marked so (豊中:
    ``（参考）関連する統計`` over 服部緑地の来園者数 | 3,210 …) leaves out every row under it."""
    under = {h for d in drafts for h in d.section if _reference_heading(h)}
    for heading in sorted(under):
        names = [d.indicator or "" for d in drafts if heading in d.section]
        notice(
            f"the rows under the heading {heading!r} ({', '.join(map(repr, names))}) are given "
            "for reference: not read as indicators"
        )
    drafts = [d for d in drafts if not any(h in under for h in d.section)]
    printed = {id(c.provenance): c.text for c in table.cells}
    # (境港: （参考） alone in the No. column of a row, its name beside it)
    marked = {
        c.row
        for c in table.cells
        if _REFERENCE_ALONE.fullmatch(normalize_text(c.text).replace(" ", ""))
    }
    # (川南: a 記入要領 sheet's grid of ①○○教室の開催回数, ②○○教室の参加者数: every name a
    # placeholder's, the form's example)
    example = len(drafts) > 1 and all(holds_placeholder(d.indicator) for d in drafts)
    kept: list[Draft] = []
    for d in drafts:
        name = normalize_text(d.indicator or "")
        if example:
            notice(
                f"the row {name!r} is the form's example (every name of its table holds a "
                "placeholder, ○○): not read as an indicator"
            )
            continue
        if for_reference(name) or d.row in marked:
            notice(f"the row {name!r} is given for reference: not read as an indicator")
            continue
        if len(name.replace(" ", "")) <= _REMARKS_NAME and remarks(name):
            # (木津川: 備考 | ※2 | ※1 | 計画の最終年度, a turned table's remarks column)
            notice(f"the row {name!r} holds remarks: not read as an indicator")
            continue
        if sample_row(d.label, name):
            notice(f"the row {name!r} is the form's example: not read as an indicator")
            continue
        if _VACANT_NUMBER.fullmatch(name.replace(" ", "")):
            notice(f"the row {name!r} keeps a number no indicator holds: not read")
            continue
        if _describes_survey(name):
            notice(f"the row {name!r} describes the survey: not read as an indicator")
            continue
        cell = printed.get(id(d.indicator_where)) if d.indicator_where is not None else None
        bracketed = _BRACKETED_NAME.fullmatch(normalize_text(cell or "").replace(" ", ""))
        if kept and bracketed is not None and money_word(bracketed.group("inner")):
            notice(
                f"the row {normalize_text(cell or '')!r} under {kept[-1].indicator!r} gives the "
                "program's money: not read as an indicator"
            )
            continue
        kept.append(d)
    return kept


#: Longest name of a row that is a remarks heading alone (``備考``, ``摘要``, ``特記事項``).
_REMARKS_NAME = 4
#: A row that keeps its number for an indicator dropped (藤里: ``（欠番）`` with dashes across).
_VACANT_NUMBER = regex.compile(r"[(（【\[]?欠番[)）】\]]?")


def _describes_survey(name: str) -> bool:
    """Whether a row's name is the vocabulary's survey words alone, a bracket's too (赤磐:
    ``有効回収数（回収率）`` above the アンケート indicators): how many answered, no indicator."""
    vocabulary = current_vocabulary()
    parts = [p for p in regex.split(r"[()（）]", name.replace(" ", "")) if p]
    return bool(parts) and all("survey" in vocabulary.votes(p) for p in parts)


#: A name printed wholly in brackets (``（関連事業費）``): a sub-row of the row above.
_BRACKETED_NAME = regex.compile(r"[(（](?P<inner>[^()（）]{1,12})[)）]")


#: A row that names the numerator or the denominator of the ratio above it (``（分子）受診者数``).
_RATIO_PART = regex.compile(r"[(（]\s*(?P<part>分子|分母)\s*[)）]")


#: A unit line that names a unit for each list (南あわじ: ``（単位：実績値は千人、目標値は万人）``).
_LISTED_UNITS = regex.compile(r"[(（]\s*単位\s*[:：]\s*(?P<body>[^()（）]+?は[^()（）]+)[)）]")
#: One list's unit in such a line (``実績値は千人``).
_LISTED_UNIT = regex.compile(r"(?P<word>[^、,は\s]{1,6})\s*は\s*(?P<unit>[^、,\s]{1,6})")


#: A line over the grid that gives one unit per word the rows print in their unit column
#: (羅臼: ``（単位：数量＝t、金額＝百万円、人数＝人、割合＝％）``).
_MEASURED_UNITS = regex.compile(r"[(（]\s*単位\s*[:：]\s*(?P<body>[^()（）]+?[=＝][^()（）]+)[)）]")
#: One word's unit in such a line (``金額＝百万円``).
_MEASURED_UNIT = regex.compile(r"(?P<word>[^、,=＝\s]{1,6})\s*[=＝]\s*(?P<unit>[^、,=＝\s]{1,6})")


def _measured_units(line: Block | None) -> dict[str, str]:
    """The unit a line right above a table gives each word its rows print where a unit would
    stand (``数量＝t、金額＝百万円``: 数量 → t, 金額 → 百万円), where each word it pairs is given a
    unit; empty otherwise."""
    if not isinstance(line, TextLine):
        return {}
    m = _MEASURED_UNITS.search(normalize_text(line.text))
    if m is None:
        return {}
    pairs = [(p.group("word"), p.group("unit")) for p in _MEASURED_UNIT.finditer(m.group("body"))]
    if not pairs or not all(_a_unit(unit) for _, unit in pairs):
        return {}
    return dict(pairs)


def _a_unit(text: str) -> bool:
    """Whether a unit line's word is a unit (``千円``, ``t``, ``トン``, ``ha``), not a word of
    what is measured (``金額``)."""
    if unit_word(text):
        return True
    if MEASURE_WORD.fullmatch(text) or not regex.fullmatch(r"[^\s0-9]{1,4}", text):
        return False
    try:
        return parse_quantity(f"1{text}").unit is not None
    except ParseError:
        return False


def _listed_units(line: Block | None) -> dict[str, str]:
    """The unit a line right above a table gives each list's heading word, where it names two
    lists or more (``実績値は千人、目標値は万人``: 実績値 → 千人, 目標値 → 万人); empty
    otherwise."""
    if not isinstance(line, TextLine):
        return {}
    m = _LISTED_UNITS.search(normalize_text(line.text))
    if m is None:
        return {}
    vocabulary = current_vocabulary()
    out: dict[str, str] = {}
    for part in _LISTED_UNIT.finditer(m.group("body")):
        word, unit = part.group("word"), part.group("unit")
        if not set(vocabulary.votes(word)) & {"baseline", "target", "actual"} or not unit_word(
            unit
        ):
            return {}
        out[word] = unit
    return out if len(out) >= 2 else {}


def _listed_units_into(d: Draft, units: Mapping[str, str]) -> None:
    """Each bare value of a draft read in the unit the line gives its list (the list's word in
    its column's heading, else the list the draft put it in: an actual under ``R5実績`` takes
    実績値's), and the draft's unit the one they share (千人 and 万人: 人). All or nothing: where
    a value's list gets no unit from the line (a 基準値 the line does not name), none is read
    so, with a warning; a draft whose values print their own unit keeps them."""
    vocabulary = current_vocabulary()
    by_list: dict[str, str] = {}
    for word, unit in units.items():
        for listed in ("baseline", "target", "actual"):
            if listed in vocabulary.votes(word):
                by_list[listed] = unit

    def unit_of(v: ValueCell, listed: str) -> str | None:
        heading = normalize_text(v.header).replace(" ", "")
        named = next((u for word, u in units.items() if word in heading), None)
        return named or by_list.get(listed)

    cells: list[tuple[ValueCell, str]] = [(v, "target") for v in d.targets]
    cells += [(v, "actual") for v in d.actuals]
    if d.baseline is not None:
        cells.append((d.baseline, "baseline"))
    bare = [(v, listed) for v, listed in cells if _bare_number(v)]
    if not bare:
        return
    if any(unit_of(v, listed) is None for v, listed in bare):
        d.warnings.append(
            f"the line above the table gives units by list ({', '.join(units)}), but not for "
            "every value of this row: its values were read without a unit"
        )
        return
    cores = {split_scale(normalize_unit(unit_of(v, listed) or ""))[1] for v, listed in bare}
    if len(cores) != 1:
        return
    read = {id(v): with_own_unit(v, unit_of(v, listed) or "") for v, listed in bare}
    d.map_values(lambda v: read.get(id(v), v))
    d.unit = cores.pop()


def _read_alone(v: ValueCell) -> Quantity | None:
    """A value cell read by itself, with no column's unit (None where it is no quantity)."""
    try:
        return parse_quantity(v.value_text or v.text)
    except ParseError:
        return None


def _bare_number(v: ValueCell) -> bool:
    """Whether a value cell prints a number and no unit of its own."""
    q = _read_alone(v)
    return q is not None and q.value is not None and q.unit is None


def _keyed_unit(note: UnitNote, d: Draft) -> str | None:
    """The unit a note under the table gives a draft (by its number, else the note's default),
    unless its values print units of their own (``45.2%``)."""
    cells = (v for v in (d.baseline, *d.targets, *d.actuals) if v is not None)
    if any((q := _read_alone(v)) is not None and q.unit is not None for v in cells):
        return None
    return note.unit_of(row_key(d.label, d.indicator), d.indicator)


def _marked_row_unit(note: UnitNote, d: Draft, table: Table) -> str | None:
    """The unit a note gives the rows whose name, as printed, closes with its mark (桐生:
    ``新規創業者数※`` under ``（単位：件　※印を付した指標は人）``: 人); None for any other row."""
    if not note.marked_rows or d.indicator_where is None:
        return None
    printed = next((c.text for c in table.cells if c.provenance is d.indicator_where), None)
    if printed is None:
        return None
    # (新規創業者数※（累計）: brackets after the mark close the name too)
    text = without_closing_brackets(_ANY_MARK.sub("※", normalize_text(printed)).rstrip())
    for mark, unit in note.marked_rows.items():
        if regex.search(rf"{regex.escape(mark)}(?![0-9])$", text):
            return unit
    return None


def _marked_word_unit(note: UnitNote, d: Draft, table: Table) -> str | None:
    """The unit a numbered note gives by a word of the row's name (由仁: ``※1 入園者数は千人単位で
    記載``), where the row prints the note's mark (in its name or its 単位 cell) and its name
    ends in the word; None elsewhere (another row that ends in 入園者数 but prints no ※1)."""
    if not note.by_mark or d.row is None or d.row >= table.n_rows:
        return None
    printed = " ".join(normalize_text(c.text) for c in table.cells if c.row == d.row)
    for mark, (word, unit) in note.by_mark.items():
        if regex.search(rf"{regex.escape(mark)}(?![0-9])", printed) and names_by_word(
            d.indicator, word
        ):
            return unit
    return None


def _heads_columns(table: Table, reading: TableInterpretation, words: Mapping[str, str]) -> bool:
    """Whether every word a unit note keys its units by heads a column of the table (八峰:
    ``■事業別の成果指標（決算額の単位：千円）`` over a grid whose 決算額（千円） column is the
    programs' money): the note speaks of that column, no row's name."""
    if not words:
        return False
    # (the columns no indicator is read from: a money region's, a money or ignored column; an
    # indicator's name heading its column, 智頭's years-down table, is the row the note keys)
    texts = [
        normalize_text(c.text)
        for region in reading.regions
        for c in table.cells
        if c.row in region.header_rows
        and region.first_col <= c.col < region.end_col
        and not c.empty
        and (
            region.layout not in RECORD_LAYOUTS
            or ((read := region.column(c.col)) is not None and read.role in ("money", "ignore"))
        )
    ]
    return all(any(w in t for t in texts) for w in words)


def _prints_other_unit(d: Draft, stated: str | None) -> bool:
    """Whether every value of the draft prints a unit, each counting another thing than
    ``stated`` (82.4% under （単位：人。％表示のものを除く）); a row of bare numbers, or of one
    value printing 件 among bare ones, takes the stated unit."""
    if stated is None:
        return False
    units = _value_units(d)
    return bool(units) and all(u is not None and not _same_counter(u, stated) for u in units)


def _value_units(d: Draft) -> list[str | None]:
    """The unit each value of the draft prints (None for a bare number), its missing-value
    markers and cells that are no quantity left out."""
    units = []
    for v in d.value_cells():
        try:
            q = parse_quantity(v.value_text or v.text)
        except ParseError:
            continue
        if q.value is not None:
            units.append(q.unit)
    return units


def _same_counter(unit: str, other: str | None) -> bool:
    """Whether two units count the same thing, whatever their scale (人 and 千人)."""
    return other is not None and counter_of(unit) == counter_of(other)


def _unit_line(line: Block | None) -> str | None:
    """The unit a line right above a table states for its values (御坊's ``（単位：％）``), where
    the line says that alone or ends with it (下郷's caption ``表１　…の推移（単位：万人）``) and
    names a unit; None otherwise."""
    if not isinstance(line, TextLine):
        return None
    said = unit_note(line.text) or closing_unit_but(line.text)
    if said is None and _UNIT_CLOSING.search(normalize_text(line.text)):
        said = unit_stated_in(line.text)
    blank = _BLANK_UNIT.search(normalize_text(line.text)) if said is None else None
    if blank is not None and unit_word(blank.group("u")):
        said = blank.group("u")  # (the rows that print a unit keep theirs)
    return said


#: A line that ends with the unit of what follows (``…の推移（単位：万人）``).
_UNIT_CLOSING = regex.compile(r"[(（]\s*単位\s*[:：][^()（）]{1,8}[)）]\s*$")
#: A line that gives the unit of the rows whose 単位 cell is blank (堺's caption: ``※単位欄が空欄の
#: 指標は、単位を「件」とします。``).
_BLANK_UNIT = regex.compile(
    r"単位欄?が?(?:空欄|空白|未記入)の(?:指標|項目|もの|行)?は、?\s*(?:単位を|単位は)?\s*"
    r"[「『]?(?P<u>[^」』。、,\s]{1,6}?)[」』]?\s*(?:とします|とする|です|である|。|$)"
)


def _read_around(drafts: list[Draft], caption: str | None, reading: TableInterpretation) -> None:
    """What the text around a table says of its drafts: the line above it may name its one
    indicator, the heading over it their type."""
    _named_by_caption(drafts, caption)
    _typed_by_section(drafts, reading)


def _named_by_caption(drafts: list[Draft], caption: str | None) -> None:
    """A table of one nameless row of values under its periods, right under a short line: the
    line names the indicator (``数値目標①　婚姻率`` over ``平成25（基準値）| 平成27 | …``), its
    number is the label and its kind word the kind; the line no longer counts as a section."""
    if caption is None or len(drafts) != 1 or drafts[0].indicator or not drafts[0].has_values():
        return
    d = drafts[0]
    numbered = _NUMBERED_CAPTION.match(caption)
    name = numbered.group("name") if numbered else caption
    unit = _UNIT_CLOSING.search(name)  # 海老名駅周辺の休日歩行者通行量（単位：人）
    if unit is not None:
        d.unit = d.unit or unit_stated_in(unit.group())
        name = name[: unit.start()].strip()
    if not name or is_value(classify(name)):
        return
    d.indicator = name
    d.warnings = [w for w in d.warnings if NO_NAME_ABOVE not in w]  # (the caption names it)
    if numbered:
        d.label = numbered.group("label")
        d.kind = header_kind(d.label) or d.kind
    section = list(d.section)
    while section and section[-1] != caption and unit_note(section[-1]) is not None:
        section.pop()  # (（単位：千件） between the caption and the table, 精華: no section)
    if section and section[-1] == caption:
        d.section = section[:-1]
    d.warnings.append(f"indicator named by the line above its table ({caption})")


#: The level sheet_to_blocks gives a sheet's name, above every heading of the sheet.
SHEET_LEVEL = -1
#: Shortest sheet name taken for the form's title when the title repeats it (``KPI`` or
#: ``集計`` inside a title says too little to be that title).
MIN_TITLE_SHEET_NAME = 4


def _titled_within(sheet: TextLine, first: Block | None) -> bool:
    """Whether a sheet's name only repeats the title its sheet opens with (事業実施結果報告 over
    ``…交付金（地方創生先行型）に係る事業実施結果報告``): the title is no section, nor its copy."""
    name = normalize_text(sheet.text).replace(" ", "")
    if len(name) < MIN_TITLE_SHEET_NAME or first is None:
        return False
    if isinstance(first, TextLine):
        opening = first.text
    else:
        top = [c for c in first.cells if c.row == 0 and not c.empty]
        if len(top) != 1:  # a title row is one cell (a header row is several)
            return False
        opening = top[0].text
    return name in normalize_text(opening).replace(" ", "")


def _named_in_fields(sheet: TextLine, following: Sequence[Block]) -> bool:
    """Whether a sheet's name is the value of a field in the first rows of its first table
    (郡山's sheet 地球温暖化防止対策事業 and its 事務事業名 | 地球温暖化防止対策事業): the form's
    program, no section."""
    name = normalize_text(sheet.text).replace(" ", "")
    table = next((b for b in following if isinstance(b, Table)), None)
    if len(name) < MIN_TITLE_SHEET_NAME or table is None:
        return False
    return any(
        normalize_text(c.text).replace(" ", "") == name and c.col > 0
        for c in table.cells
        if c.row < _FIELD_ROWS
    )


#: The first rows of a sheet's first table in which its name may stand as a field's value,
#: and the blocks after the name in which that table is looked for.
_FIELD_ROWS = 3
_FIELD_BLOCKS = 4


def _names_a_department(text: str) -> bool:
    """Whether a cell under a department heading names one: words, not a value (山都: 担当課
    heads a form's field, and R3実績's ``86件`` stands under it in the indicators' rows)."""
    return classify(text) in (CellClass.TEXT, CellClass.DEPARTMENT)


def _departments_of_rows(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> None:
    """Each row's department from a department column (所管課 | 都市計画課 beside each
    indicator), and its program's number from a number column (``No. | 41`` beside the
    program's name), for the drafts the row reader read without them."""
    if len(reading.regions) != 1:
        return
    columns = reading.regions[0].columns
    department = next((c.index for c in columns if c.role == "department"), None)
    number = next((c.index for c in columns if c.role == "program_no"), None)
    if department is None and number is None:
        return
    grid = table.grid()
    for d in drafts:
        if d.row is None or d.row >= len(grid):
            continue
        if department is not None and d.department is None:
            cell = grid[d.row][department]
            if cell is not None and not cell.empty and _names_a_department(cell.text):
                d.department = normalize_text(cell.text)
        if (
            number is not None
            and d.program is not None
            and d.program_printed  # (not a program from a heading above, which rows share)
            and d.program.number is None
        ):
            cell = grid[d.row][number]
            if cell is None or cell.empty or cell.row != d.row:
                continue
            if d.label == normalize_text(cell.text):
                continue  # (the No. numbers the form's one program's indicators: their label)
            d.program = replace(d.program, number=normalize_text(cell.text))


def _types_of_rows(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> None:
    """Each row's indicator type from the column the interpretation reads as types by its cells
    (南陽: `段階 | 最終アウトカム / 中間アウトカム / アウトプット`, merged over their rows), for the
    drafts the row reader read without one; an output is an activity where no heading of the
    table names a kind."""
    if len(reading.regions) != 1:
        return
    region = reading.regions[0]
    col = next((c.index for c in region.columns if c.role == "type"), None)
    if col is None:
        return
    grid = table.grid()
    for d in drafts:
        if d.row is None or d.row >= len(grid) or d.indicator_type is not None:
            continue
        cell = grid[d.row][col]
        found = type_of(cell.text) if cell is not None and not cell.empty else None
        if found in ("output", "outcome"):
            d.indicator_type = found
            d.kind = typed_kind(d.kind, found, region.kind is not None)


#: A heading over the parts of a name (栗原's and 刈谷's ``内訳``; ``区分``, ``種別``, ``対象別``):
#: not a source, a method or a note beside it (``出典``, ``算出方法``).
_BREAKDOWN_HEADING = regex.compile(r"内訳|区分|種別|別$")
#: Longest part of a name in a column the interpretation would take for names (刈谷's 内訳:
#: `文化関係グループ・サークル数`).
_PART_CHARS = 20


def _kinds_of_rows(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> None:
    """A row whose cell left of the names is a kind's word alone (忍野: ``数値目標`` in the
    ``区分`` column over the 総人口 row, ``①`` … over the KPIs') is of that kind."""
    if len(reading.regions) != 1:
        return
    region = reading.regions[0]
    names = next((c.index for c in region.columns if c.role == "indicator"), None)
    if names is None:
        return
    grid = table.grid()
    for d in drafts:
        if d.row is None or not 0 <= d.row < len(grid):
            continue
        for cell in grid[d.row][region.first_col : names]:
            word = normalize_text(cell.text).replace(" ", "") if cell is not None else ""
            # (a kind's word whole, not 目標, which labels a row's list: row_kind says so)
            kind = row_kind(word) if word in KIND_WORDS else None
            if kind is not None and cell is not None and cell.row == d.row:
                d.kind = kind
                break


def _without_input_rows(
    table: Table, reading: TableInterpretation, drafts: list[Draft]
) -> list[Draft]:
    """Drafts less those whose row's own cell left of the names types it as an input (忠岡:
    ``投入量`` in the ``区分`` column beside 活動指標 and 成果指標, over 事業費 | 従事職員数 |
    フォロワー1人当たり事業費): what the program puts in, no indicator; the indicator read
    before it says so, as the row reader's input rows do."""
    if len(reading.regions) != 1:
        return drafts
    region = reading.regions[0]
    names = next((c.index for c in region.columns if c.role == "indicator"), None)
    if names is None or names == region.first_col:
        return drafts
    grid = table.grid()

    def input_cell(d: Draft) -> Cell | None:
        """The row's own cell left of the names that types it as an input, if any."""
        row = grid[d.row] if d.row is not None and 0 <= d.row < len(grid) else []
        return next(
            (
                c
                for c in row[region.first_col : names]
                if c is not None and c.row == d.row and type_of(c.text) == "input"
            ),
            None,
        )

    typed = {id(d): cell for d in drafts if (cell := input_cell(d)) is not None}
    if not typed:
        return drafts  # (most tables: the grid is scanned no further)
    # the columns of those cells that type other rows as the logic model does (忠岡's 活動指標,
    # 成果指標), not 投入量 | 産出量 in a plan of materials, whose rows are indicators
    columns = {c.col for c in typed.values()}
    typing = {
        c.col
        for r, row in enumerate(grid)
        for c in (row[col] for col in columns)
        if c is not None and c.row == r and _logic_model_word(c.text)
    }
    kept: list[Draft] = []
    for d in drafts:
        cell = typed.get(id(d))
        if cell is None or cell.col not in typing:
            kept.append(d)
            continue
        # (the row's name from its names' column: a row that did not line up may have been
        # named by its type cell)
        row = grid[d.row] if d.row is not None else []
        name_cell = row[names] if names < len(row) else None
        name = name_cell.text if name_cell is not None and not name_cell.empty else d.indicator
        said = input_row_note(name or cell.text)
        if kept:
            kept[-1].warnings.append(said)
        else:
            notice(said)
    return kept


#: Points two headings' baselines may differ by and still stand on one line.
_SAME_LINE = 2.0


def _beside_headings(
    run: list[tuple[TextLine, list[tuple[float, str]]]],
    line: TextLine,
    path: list[tuple[float, str]],
) -> list[tuple[TextLine, list[tuple[float, str]]]]:
    """The headings printed on one line so far, with ``line`` (and the section path it opened)
    added where it stands on the line of the last of them, right of it; else ``line`` alone."""
    box = line.provenance.bbox
    if run and box is not None:
        last = run[-1][0].provenance
        if (
            last.bbox is not None
            and last.page == line.provenance.page
            and abs(last.bbox[3] - box[3]) <= _SAME_LINE
            and box[0] >= last.bbox[2]
        ):
            return [*run, (line, path)]
    return [(line, path)]


def _heading_over(
    run: list[tuple[TextLine, list[tuple[float, str]]]], table: Table
) -> list[tuple[float, str]] | None:
    """The section path of the one heading, among headings printed side by side on one line
    above the table on its page, that stands over the table's columns; None where the headings
    are not side by side or none or several stand over it."""
    extent = table_x(table)
    if len(run) < 2 or extent is None or run[0][0].provenance.page != table.provenance.page:
        return None
    x0, x1 = extent
    over = [
        path
        for line, path in run
        if (b := line.provenance.bbox) is not None and b[0] < x1 and b[2] > x0
    ]
    return over[0] if len(over) == 1 else None


def _logic_model_word(text: str) -> bool:
    """Whether a cell types its row by the logic model other than as an input: an output or an
    outcome (アウトプット, アウトカム), or a kind of indicator (活動指標, 成果指標)."""
    return type_of(text) in ("output", "outcome") or row_kind(text) is not None


def _by_unit_and_part_columns(
    table: Table, reading: TableInterpretation, drafts: list[Draft]
) -> list[Draft]:
    """What the columns say of either reader's drafts: a unit merged down over their rows, then
    the breakdown their values' columns name (breakdowns.split_by_breakdown)."""
    _units_merged_down(table, reading, drafts)
    return split_by_breakdown(table, reading, drafts)


def _units_merged_down(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> None:
    """A unit cell merged down a 単位 column over several rows (匝瑳: ``百万円`` beside three
    indicators) is the unit of each row it spans, where the source draws the span (a rowspan,
    merged cells, a ruled PDF cell's box) and the row prints none of its own; either reader
    reads only the row the cell starts in."""
    grid = table.grid()
    units = [c.index for region in reading.regions for c in region.columns if c.role == "unit"]
    for d in drafts:
        if d.unit or d.row is None:
            continue
        for col in units:
            cell = grid[d.row][col] if col < len(grid[d.row]) else None
            if (
                cell is not None
                and not cell.empty
                and cell.row < d.row <= cell.row + cell.rowspan - 1
                and (table.spans_printed or cell.provenance.bbox is not None)
                and unit_word(cell.text)
            ):
                d.unit = cell.text
                break


def _parts_of_rows(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> list[Draft]:
    """Rows under one name merged down beside the column right of it, which the interpretation
    leaves unread though its words could name indicators (栗原: 域内産業への新規参入者 over
    誘致企業 | 新規就農者 | 創業企業 under 内訳; 刈谷's 文化協会会員数): each row is the name's part
    its word says, where the column's heading says it holds parts; where a word names their
    whole (与謝野's 計), that row is the indicator and the parts' rows give no draft."""
    if len(reading.regions) != 1:
        return drafts
    region = reading.regions[0]
    for name, part in itertools.pairwise(region.columns):
        if name.role == "indicator":
            if (
                part.index == name.index + 1
                and part.role == "ignore"
                and part.runner_up == "indicator"
                and _BREAKDOWN_HEADING.search(normalize_text(part.header))
                and region.header_rows
            ):
                first = max(region.header_rows) + 1
                return name_parts(table, first, name.index, part.index, drafts, _PART_CHARS)
            return drafts
    return drafts


def _typed_by_section(drafts: list[Draft], reading: TableInterpretation) -> None:
    """Drafts under a heading that says アウトプット or アウトカム (``活動目標及び活動実績
    （アウトプット）``) are of that type; an output is an activity where the table's own
    headings name no kind. A heading that is only a kind's word (``（ⅰ）基本目標``) gives its
    kind where the table's headings and the draft's label name none."""
    said = not any(region.kind for region in reading.regions)
    for d in drafts:
        if not d.section:
            continue
        heading = normalize_text(d.section[-1])
        kind = kind_heading(heading) or (Kind.GOAL if _POPULATION_GOAL.search(heading) else None)
        if kind is not None and said and not (d.label and header_kind(d.label)):
            d.kind = kind  # （ⅰ）基本目標 over a table whose headings (and labels) name no kind
        if d.indicator_type is not None:
            continue
        types = [t for word, t in TYPE_WORDS.items() if word in heading]
        if len(types) != 1:
            continue
        d.indicator_type = types[0]
        if types[0] == "output" and said and d.kind is Kind.KPI:
            d.kind = Kind.ACTIVITY


#: A heading over a town's population targets (``2 目標人口``, ``人口目標の達成状況``): the
#: figures the strategy's 人口ビジョン sets, goals (宇城, 萩).
_POPULATION_GOAL = regex.compile(r"目標人口|人口目標|人口の将来展望")


def _printed_beside(line: TextLine, other: Block | None) -> bool:
    """Whether a line is printed on the line of another, beside it (the issuer ``南九州市`` at
    the right of the sheet's title, ``高知県四万十市`` at the right of a count line): the page's
    furniture, not a caption of the table below, which stands on a line of its own."""
    if not isinstance(other, TextLine) or other is line:
        return False
    a, b = line.provenance, other.provenance
    if a.page != b.page or a.bbox is None or b.bbox is None:
        return False
    overlap = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    return overlap > 0.5 * min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])


def _caption_like(text: str, title: str | None) -> bool:
    """A line that can head the table right below it: short, not the document's title, not a
    sentence or a note (``※…``, ``（単位：千円）``)."""
    norm = normalize_text(text)
    limit = 2 * MAX_CAPTION if _NUMBERED_CAPTION.match(norm) else MAX_CAPTION
    if not norm or len(norm) > limit or norm == title:
        return False
    if any(ch in norm for ch in "。:：※") or norm[0] in "(（注*＊":
        return False
    if _DOCUMENT_LABEL.fullmatch(norm.replace(" ", "")) or _PAGE_OR_DATE.match(norm):
        return False  # 資料4, 別紙1, 3/7, 平成29年6月作成: the document's furniture
    return not is_value(classify(norm))


def _band_warnings(split: BandSplit, drafts: list[Draft]) -> list[Draft]:
    """The drafts of a table without those of a band left unread, and each band's doubts on the
    drafts read from it (a band left unread: on every other draft of the table)."""
    if not any(band.warnings for band in split.bands):
        return drafts
    unread = [band for band in split.bands if band.unread]
    kept: list[Draft] = []
    for d in drafts:
        band = split.band_of(d.row) if d.row is not None else None
        if band is not None and band.unread:
            continue
        doubts = [
            *(band.warnings if band is not None else ()),
            *(w for b in unread for w in b.warnings),
        ]
        if d.row is None:
            doubts = [w for b in split.bands for w in b.warnings]
        for w in doubts:
            if w not in d.warnings:
                d.warnings.append(w)
        kept.append(d)
    return kept


def _report_year(title: str | None) -> int | None:
    """The fiscal year a document reports on, as its title names it (``まちづくり指標の実績
    （令和3年度）``: 2021); None where the title names no fiscal year."""
    if not title:
        return None
    if find_span(title) is not None:
        return None  # 第2期総合戦略（令和2年度～令和6年度）: a plan's span, no one year
    if "年度" not in title:
        return None
    # (大津市総合計画2017 … 施策評価シート（令和５年度）: the year a plan's name carries is no
    # year of the report; the first the title prints as a 年度 is)
    found = next((p for p in periods_in(title) if "年度" in p.raw), None) or find_period(title)
    return found.fiscal_year if found is not None else None


def _plan_span(title: str | None) -> tuple[int, int] | None:
    """The first and last fiscal years a plan's title spans (``第七次実施計画（平成27年度～
    平成31年度）``: 2015, 2019); None where the title names no such span."""
    span = find_span(title) if title else None
    if span is None:
        return None
    first, last = span[0].fiscal_year, span[1].fiscal_year
    return (first, last) if first is not None and last is not None and first < last else None


def _reported(form: FormContext, title_year: int | None) -> tuple[int, str] | None:
    """The fiscal year the document reports on and where it says so: a form's own field
    (``対象年度 令和6年度``) before the title's year, which may be the year it was written in."""
    if form.report_year is not None:
        return form.report_year, f"{form.labels.get('year_field', '対象年度')} field"
    return (title_year, "title") if title_year is not None else None


def _dated(
    drafts: list[Draft],
    era: str | None,
    report: tuple[int, str] | None = None,
    plan: tuple[int, int] | None = None,
    notes: Notes | None = None,
) -> None:
    """A row's own target year printed without its era (目標年度 ``29年度``) read in the era
    the table's reading assumed for its headings (its warning says which); a value under a
    heading that names its year relative to the report's (``当該年度実績``, ``前年度実績``) dated
    from the year the report names (``report``: the year and where it is named), with a
    warning; an n-year target dated by the title's n-year span."""
    if report is not None:
        for d in drafts:
            _relative_dated(d, *report)
    if era:
        _era_dated(drafts, era)
    if report is not None:
        for d in drafts:
            _title_dated(d, *report)
            _future_actuals(d, *report)
    if plan is not None:
        for d in drafts:
            _span_dated(d, plan)
    if notes is not None:
        figure_flags = _marked_figure_flags(notes.texts, notes.bodies)
        flags_said = "under"
        if not figure_flags and notes.above:
            figure_flags, flags_said = _marked_figure_flags(notes.above, {}), "over"
        # (what the notes say of marked values, read once a table as their flags are)
        marked = _marked_periods([*notes.texts, *notes.bodies.values()], notes.bodies)
        names = [normalize_text(d.indicator or "") for d in drafts]  # (a note's words name rows)
        for d in drafts:
            if notes.numbered:
                _note_dated(d, notes.numbered)
            if notes.bodies or notes.texts:
                _noted_forecasts(d, notes.bodies, notes.texts)
            if notes.bodies:
                _noted_count_dates(d, notes.bodies)
                _note_statement_dated(d, notes.bodies)
            _statement_dated(d, [*reversed(d.section), *notes.texts], names)
            _marked_values_dated(d, marked)
            _marked_values_flagged(d, figure_flags, flags_said)
        # ※基準値は平成29年度の値。ただし、No.2は平成29年（1月～12月）の値 (阿見): those rows' own
        dated_by_period_note(drafts, [*notes.texts, *notes.bodies.values()])


#: A numbered note under a table (``※1 現状値は令和元年度の値です。``): its mark and its text
#: (``※5年度の値は…`` starts with a year, not a note's number).
_NUMBERED_NOTE = regex.compile(
    r"\s*(?P<mark>(?:※|注)\s*[0-9]{1,2})(?![0-9年月日])[\s.:)]*(?P<body>\S.*)"
)


#: How many blocks after a table its numbered notes are looked for in (they stand right under it).
_NOTE_BLOCKS = 30


@dataclass(frozen=True)
class Notes:
    """The notes printed under a table: the one period each numbered note names (``※1`` →
    FY2019), and the text of each unnumbered ※ note right under it (a statement may date a
    column by its heading: ``※基準値は平成26年度の数値``)."""

    numbered: Mapping[str, Period]
    texts: tuple[str, ...] = ()
    #: The text of each numbered note (``※2`` → ``観光客数の目標値（H31）は、…2.4万人…``).
    bodies: Mapping[str, str] = field(default_factory=dict)
    #: A note giving units by words of rows' names (``※ 満足度（単位：点）は…``) under the last
    #: of a run of tables printing this one's header, this one having no note of its own (大網白里:
    #: one table a 基本目標, the notes under the last): read for those words' units alone.
    shared_units: UnitNote | None = None
    #: The notes ``shared_units`` was read from, as printed.
    shared_said: tuple[str, ...] = ()
    #: Notes over the table, among the form's fields, that say what its marked figures are
    #: (生駒: ``注記 | ※を付した値は令和6年2月末時点の見込値。``): read for those flags alone.
    above: tuple[str, ...] = ()


#: A caption that opens with a list's word in brackets (佐々: ``【目標値】各年度の目標`` over
#: ``No. | KPI | 単位 | R3年度 … R6年度``, ``【実績値】…`` over the next grid).
_LIST_CAPTION = regex.compile(r"\s*[【\[［〔]\s*(?P<word>[^【】\[\]［］〔〕]{1,8}?)\s*[】\]］〕]")


#: The words in a caption's brackets that name its table's list, and the list.
_CAPTION_LISTS = {"目標値": Role.TARGET, "実績値": Role.ACTUAL}
#: Words of a list after the brackets (``と実績の推移``): a caption of another list too.
_CAPTION_WORDS = {"目標": Role.TARGET, "実績": Role.ACTUAL}


def _listed_by_caption(drafts: list[Draft], caption: str) -> None:
    """Where the caption right over the table opens with a list's own word in brackets
    (``【目標値】各年度の目標``, ``【実績値】…``) and names no other list after it, the caption is
    that list's, not a section over the rows; a target list's moves the actuals read under
    headings that are a period alone (``R3年度``: a bare year lists actuals) to the targets,
    with a warning quoting it. A goal's or a section's word (``【数値目標】…``, ``【目標】安心して
    暮らせるまち``) and a caption of two lists (``【目標値】と実績の推移``) list nothing."""
    m = _LIST_CAPTION.match(normalize_text(caption))
    word = m.group("word").replace(" ", "") if m is not None else ""
    listed = _CAPTION_LISTS.get(word)
    if m is None or listed is None:
        return
    rest = normalize_text(caption)[m.end() :]
    if any(other in rest for other, role in _CAPTION_WORDS.items() if role is not listed):
        return
    said = normalize_text(caption).strip()

    def bare_year(v: ValueCell) -> bool:
        heading = normalize_text(v.header).replace(" ", "")
        return v.period is not None and v.period.raw.replace(" ", "") == heading

    for d in drafts:
        if d.section and d.section[-1] == said:
            d.section = d.section[:-1]
        moved = [a for a in d.actuals if bare_year(a)] if listed is Role.TARGET else []
        if not moved:
            continue
        d.actuals = [a for a in d.actuals if not bare_year(a)]
        d.targets = [*d.targets, *moved]
        d.warnings.append(
            f"its values under bare years were read as targets, as the caption over the table "
            f"says ({said})"
        )


def _same_header(blocks: Sequence[Block], index: int, others: Sequence[int]) -> bool:
    """Whether each table at ``others`` prints the first row the table at ``index`` prints,
    each decoded only until one differs (a packed document's tables are decoded to ask)."""

    def first_row(i: int) -> tuple[tuple[int, str], ...] | None:
        block = blocks[i]
        if not isinstance(block, Table):
            return None
        # (cells in row-major order: the first row's, no further)
        first = itertools.takewhile(lambda c: c.row == 0, block.cells)
        return tuple((c.col, normalize_text(c.text)) for c in first)

    own = first_row(index)
    return own is not None and all(first_row(i) == own for i in others)


#: Most points a note's line may stand below its table's bottom edge and still be placed right
#: under it (one or two lines' gap).
_UNDER_GAP = 16.0


#: A box on a PDF page: (x0, top, x1, bottom) in points.
Box = tuple[float, float, float, float]
#: How many blocks either side of a table the tables printed beside it are looked for in.
_BESIDE_BLOCKS = 2


def _beside(blocks: Sequence[Block], index: int, place: Provenance) -> list[Box]:
    """The boxes of the PDF tables printed beside the table at ``index`` (its neighbours among
    the blocks, on its page, their rows level with its own, wholly left or right of it); each
    is decoded to ask (a packed document's)."""
    own = place.bbox
    found: list[Box] = []
    if own is None:
        return found
    for j in range(max(0, index - _BESIDE_BLOCKS), min(len(blocks), index + 1 + _BESIDE_BLOCKS)):
        if j == index or _line_at(blocks, j) is not None:
            continue
        block = blocks[j]
        box = block.provenance.bbox
        if box is None or block.provenance.page != place.page:
            continue
        level = max(box[1], own[1]) < min(box[3], own[3])
        if level and (box[2] <= own[0] or box[0] >= own[2]):
            found.append(box)
    return found


def _placed(
    line: TextLine, table: Provenance | None, beside: Callable[[], list[Box]]
) -> str | None:
    """Where a note's line stands by a PDF table of its page: ``aside`` where it lies wholly left
    or right of the table and under a table printed ``beside`` it, ``under`` where it is printed
    right under the table's band, within its left and right edges; None elsewhere, or where
    either has no place (a note flush left of a narrow table is still its own)."""
    box, own = line.provenance.bbox, table.bbox if table is not None else None
    if box is None or own is None or table is None or line.provenance.page != table.page:
        return None
    if box[2] <= own[0] or box[0] >= own[2]:
        return "aside" if any(b[0] < box[2] and box[0] < b[2] for b in beside()) else None
    return "under" if -1.0 <= box[1] - own[3] <= _UNDER_GAP else None


def _own_notes_under(blocks: Sequence[Block], index: int, place: Provenance) -> bool:
    """Whether a note's line stands right under the table at ``index``, within its edges: each
    of two tables side by side then has notes of its own (鬼北), and takes none printed under the
    other; a table with none shares the page's (坂祝's ＊印は見込値です under the left of two
    tables speaks of a value of the right one)."""
    for i in range(index + 1, min(len(blocks), index + 1 + _NOTE_BLOCKS)):
        line = _line_at(blocks, i)
        # (list: no table beside is asked of, only whether the line is right under this one)
        if line is not None and _placed(line, place, list) == "under":
            return opens_with_note_mark(normalize_text(line.text))
    return False


def _note_table_lines(blocks: Sequence[Block], index: int) -> list[str] | None:
    """The rows of the table at ``index`` as note lines, where each row is a note's mark and its
    words (高浜's CSV: ``※1 | 策定時（R3）は令和3年度の値です。ただし、④は…``, a sheet's notes cut
    into cells); None for any other table, and for a PDF's (its packed tables are not decoded
    to ask: a PDF's notes under a grid are lines)."""
    if isinstance(blocks, PackedBlocks):
        return None
    table = blocks[index]
    if not isinstance(table, Table) or not table.cells or table.n_cols > _NOTE_TABLE_COLUMNS:
        return None
    rows: dict[int, list[str]] = {}
    for cell in table.cells:
        if not cell.empty:
            rows.setdefault(cell.row, []).append(cell.text.strip())
    lines = [normalize_text(" ".join(texts)) for _, texts in sorted(rows.items())]
    # (注1 | …, a numbered note's mark with no colon, as a line of notes reads it: review 49)
    if not all(opens_with_note_mark(x) or _NUMBERED_NOTE.match(x) for x in lines):
        return None
    return lines


#: Most columns of a table whose rows are notes (a mark and its words, and a spare column).
_NOTE_TABLE_COLUMNS = 3


def _notes_after(blocks: Sequence[Block], index: int, place: Provenance | None = None) -> Notes:
    """The notes under the table at ``index``: each unnumbered ※ line before the next table, and
    the one
    period each numbered note names (``※1`` → FY2019 from ``※1 現状値は令和元年度の値です。``),
    read from the first run of numbered notes after it, past tables with none under them (a
    table split over pages, its notes at the end), and no further (a document numbers its
    notes again under each table). A numbered note naming no period, or several (a span counts
    its two ends), dates nothing. Where the table has no note of its own, a note under the last
    of the tables after it that print its header, giving units by words of rows' names alone,
    is kept as ``shared_units``."""
    found: dict[str, Period] = {}
    texts: list[str] = []
    bodies: dict[str, str] = {}
    noted = False  # (a run of notes that dates nothing is still this table's)
    tables: list[int] = []  # the tables after this one, up to the notes under the last
    later: list[str] = []  # the unnumbered notes under the last of them
    boxes: list[list[Box]] = []  # the tables printed beside this one, found once if asked

    def side() -> list[Box]:
        if not boxes:
            own = place is not None and _own_notes_under(blocks, index, place)
            boxes.append(_beside(blocks, index, place) if place is not None and own else [])
        return boxes[0]

    closed = False  # (past those notes: a table or a line of words after them)
    last: tuple[str, str] | None = None  # the note a wrapped line may go on: its kind and key
    for i in range(index + 1, min(len(blocks), index + 1 + _NOTE_BLOCKS)):
        line = _line_at(blocks, i)
        noted_rows = _note_table_lines(blocks, i) if line is None and not tables else None
        if line is None and noted_rows is None:  # a table
            if noted:
                break
            closed = closed or bool(later)
            if not closed:
                tables.append(i)
            continue
        placed = _placed(line, place, side) if line is not None else None
        if placed == "aside":
            continue  # (the note under a table beside this one)
        beside = placed == "under" and bool(tables)  # (past the table beside it, right under it)
        printed = [line.text] if line is not None else noted_rows or []
        for text in (t for x in printed for t in _notes_of_line(normalize_text(x))):
            m = _NUMBERED_NOTE.fullmatch(text)
            if m is not None and _of_numbered_table(m, blocks, index):
                text, m = "※" + m.group("body")[1:], None  # (※２の基準値は…: of this table)
            if m is None:
                if not opens_with_note_mark(text):
                    if last is not None and line is not None and _goes_on(last, texts, bodies):
                        # (合志: ※3 No.3の実績欄…の関係から、 / それぞれ前年…を記載している。: a
                        # note wrapped onto the next line, its sentence unfinished)
                        _go_on(last, texts, bodies, text)
                        continue
                    closed = closed or bool(later)
                    last = None
                elif not tables or beside:
                    texts.append(text)  # (a numbered note dates only what points to its mark)
                    last = ("text", str(len(texts) - 1))
                elif not closed:
                    later.append(text)
                    last = None
                continue
            noted = True
            mark = m.group("mark").replace(" ", "")
            last = ("body", note_mark(mark)) if note_mark(mark) not in bodies else None
            bodies.setdefault(note_mark(mark), m.group("body"))
            if count_periods(m.group("body")) != 1 or mark in found:
                continue
            period = find_period(m.group("body"))
            if period is not None:
                found[mark] = period
    shared = None
    if later and not texts and not bodies:
        run = read_unit_note(later)
        if run is not None and run.by_word and not (run.by_key or run.by_mark or run.default):
            shared = run if _same_header(blocks, index, tables) else None
    said = tuple(normalize_text(t).strip() for t in later) if shared is not None else ()
    return Notes(found, tuple(texts), bodies, shared, said)


def _goes_on(last: tuple[str, str], texts: list[str], bodies: dict[str, str]) -> bool:
    """Whether the note read last stops mid-sentence (``…の関係から、``), so the next line of
    words is its own, wrapped."""
    kind, key = last
    said = texts[int(key)] if kind == "text" else bodies.get(key, "")
    return bool(said) and said.rstrip()[-1:] in "、,，" and len(said) < _WRAPPED_NOTE_CHARS


def _go_on(last: tuple[str, str], texts: list[str], bodies: dict[str, str], line: str) -> None:
    """Join a wrapped line to the note read last."""
    kind, key = last
    if kind == "text":
        texts[int(key)] += line.strip()
    else:
        bodies[key] += line.strip()


#: Longest note a wrapped line is joined to (a paragraph's lines are no note's).
_WRAPPED_NOTE_CHARS = 400


#: The number a caption opens with (``２　重要業績評価指標（KPI）``, ``(2) 成果指標``).
_CAPTION_NUMBER = regex.compile(r"\s*[(（]?(?P<n>[0-9]{1,2})(?:[)）.．、]|\s)")


def _of_numbered_table(note: regex.Match[str], blocks: Sequence[Block], index: int) -> bool:
    """Whether a note that opens with a mark and の (竜王: ``※２の基準値は令和元年度…、目標値は
    令和7年度…の値です。``) speaks of the table at ``index`` by the number its caption, the line
    right above it, opens with (``２　重要業績評価指標（KPI）``): then it is that table's
    statement, not a numbered note a heading must point to. A number that is not the caption's
    (a row's ``No.``, another table), or a mark a cell of the table prints, leaves it a numbered
    note."""
    if not note.group("body").startswith("の") or index < 1:
        return False
    caption = _line_at(blocks, index - 1)
    if caption is None:
        return False
    m = _CAPTION_NUMBER.match(normalize_text(caption.text))
    mark = regex.sub(r"\D", "", note.group("mark"))
    if m is None or int(m.group("n")) != int(mark):
        return False
    # (a cell of the table that prints the mark, 観光客数※２, points to the note: it is that
    # row's, no statement of the whole table)
    table = blocks[index]
    printed = note_mark(note.group("mark"))
    return not (
        isinstance(table, Table)
        and any(
            printed in note_mark(c.text) for c in table.cells if "※" in c.text or "注" in c.text
        )
    )


#: Where one note ends and the next begins inside a line (二宮: a paragraph of notes whose line
#: breaks the page printed as spaces): a sentence's end or a space, then a note's mark.
_NEXT_NOTE = regex.compile(r"(?:(?<=。)\s*|\s+)(?=※|注\s*[0-9])")


def _notes_of_line(text: str) -> list[str]:
    """The notes a line holds: one a note, or, for a line that opens with a note's mark, each
    note that starts after a sentence's end or a space (``※1 …の値です。 ※2 …見込値です。``,
    ``注1 … 注2 …``)."""
    if not opens_with_note_mark(text) and not _NUMBERED_NOTE.match(text):
        return [text]
    return [part for part in _NEXT_NOTE.split(text) if part.strip()]


#: An unnumbered note that makes every target a floor or a ceiling, no level of its own (結城:
#: ``※目標値は、いずれも記載の数値以上を目指すものです。``).
_BOUND_NOTE = regex.compile(r"^※\s*目標(?:値|数値)?は[^0-9０-９]*?(?P<bound>以上|以下)")


def _bounded_by_marked_note(drafts: list[Draft], blocks: Sequence[Block], index: int) -> None:
    """Targets under a heading that ends in a bare ``※`` (``目標値（R7）※``) take the bound of
    the first unnumbered note after the table that says every target is a floor or a ceiling
    (``※目標値は、いずれも記載の数値以上を目指すものです。``), as ``900以上`` in the cell would;
    the note may stand under a later table the same mark heads."""
    marked = [
        v
        for d in drafts
        for v in d.targets
        if normalize_text(v.header).replace(" ", "").endswith("※")
    ]
    if not marked:
        return
    flag = None
    for i in range(index + 1, min(len(blocks), index + 1 + _NOTE_BLOCKS)):
        line = _line_at(blocks, i)
        if line is None:
            block = blocks[i]
            if isinstance(block, Table) and _marks_targets(block):
                continue  # (a later table whose target headings carry the same mark: 結城)
            return  # another table: its notes are its own
        text = normalize_text(line.text)
        if not text.startswith("※") or "目標" not in text:
            continue
        m = _BOUND_NOTE.match(text)
        if m is None or _NEGATED_BOUND.match(text, m.end()):
            return  # the mark's note says something else, or a bound it negates: no bound
        flag = SUFFIX_QUALIFIERS[m.group("bound")]
        break
    if flag is None:
        return
    for d in drafts:
        d.targets = [
            replace(v, flags=v.flags | {flag}) if any(v is w for w in marked) else v
            for v in d.targets
        ]


#: A bound the note negates (``…基準値以下とならないこと``): which way it bounds is not plain.
_NEGATED_BOUND = regex.compile(r"\s*(?:と|に)?\s*(?:なら|しない|ではない|を下回らない)")


def _marks_targets(table: Table) -> bool:
    """Whether a table's heading cells (its first rows) end in a bare ``※``."""
    return any(
        normalize_text(c.text).replace(" ", "").endswith("※") for c in table.cells if c.row < 3
    )


def _line_at(blocks: Sequence[Block], index: int) -> TextLine | None:
    """The text line at ``index`` of a document's blocks, or None for a table (a packed table
    is not decoded to say so)."""
    if isinstance(blocks, PackedBlocks):
        return blocks.line_at(index)
    block = blocks[index]
    return block if isinstance(block, TextLine) else None


def _pointed_mark(heading: str) -> str | None:
    """The one numbered note's mark a heading points to (``現状値※1``: ``※1``), as printed;
    None where it points to none or to several."""
    marks = NOTE_MARK.findall(heading)
    return marks[0] if len(marks) == 1 else None


def _note_dated(d: Draft, notes: Mapping[str, Period]) -> None:
    """Date the draft's undated values whose heading points to a numbered note that names one
    period (輪島: ``現状値※1`` over the values, ``※1 現状値は令和元年度の値です。`` under the
    table), with a warning naming the note."""

    def period_of(heading: str) -> tuple[Period, str] | None:
        mark = _pointed_mark(heading)
        if mark is None or mark not in notes:
            return None
        return notes[mark], heading

    _dated_by_heading(d, period_of, "values dated by the numbered notes their headings point to")


def _note_over(previous: Block | None, blocks: Sequence[Block], index: int) -> bool:
    """Whether the line right above the table at ``index`` is an unnumbered note of its own:
    not a numbered note, nor one of the notes under a table above it (a run of ※ lines that
    follows a table is that table's)."""
    if not isinstance(previous, TextLine):
        return False
    text = normalize_text(previous.text)
    if not opens_with_note_mark(text) or _NUMBERED_NOTE.fullmatch(text):
        return False
    for i in range(index - 2, -1, -1):
        line = _line_at(blocks, i)
        if line is None:
            return False  # (a table above, then only notes: they are its notes)
        if not opens_with_note_mark(normalize_text(line.text)):
            return True
    return True


def _note_statement_dated(d: Draft, bodies: Mapping[str, str]) -> None:
    """Date the draft's undated values whose heading points to a numbered note that says, of
    that heading, which period its values are of, among other sentences (七飯: ``計画策定時※1``
    over the baselines, ``※1 計画策定時の値は、令和元年度の実績値です。ただし、※2を付した値は
    平成30年度の…``: a note of two periods, which the one-period reading leaves aside), with a
    warning quoting the statement."""

    def period_of(heading: str) -> tuple[Period, str] | None:
        noted = _pointed_note(heading, bodies)
        if noted is None:
            return None
        body = noted[1]
        # (策定時（※1）: the heading without the mark and the bracket it stood in)
        bare = regex.sub(r"[(（]\s*[)）]", "", NOTE_MARK.sub("", heading)).strip()
        for said, found in _heading_periods([body]).items():
            if _OF_VALUES.sub("", said) == bare and _periods_explained(body, found[0]):
                return found
        return None

    _dated_by_heading(d, period_of, "values dated by the numbered notes their headings point to")


def _periods_explained(body: str, stated: Period) -> bool:
    """Whether every period a note of several sentences names is the one it states for its
    heading or one it gives marked values (``※2を付した値は平成30年度``) or numbered rows
    (``ただし、No.2は平成30年度の値``, which ``dated_by_period_note`` reads): a period it names
    otherwise (``一部の指標は平成30年度の値``) leaves the heading's rows in doubt."""

    def key(p: Period) -> tuple[int | None, int | None, int | None]:
        return p.fiscal_year, p.year, p.month

    known = {key(stated)} | {key(p) for p, _ in _marked_periods([body], {}).values()}
    by_rows = read_period_note([body])
    if by_rows is not None:
        known |= {key(p) for p in by_rows.by_key.values()}
    return all(key(p) in known for p in periods_in(normalize_text(body)))


#: What a statement's heading may add to the column's (``計画策定時の値``, ``基準値の数値``).
_OF_VALUES = regex.compile(r"の(?:値|数値)$")
#: A note's statement that the values a mark sets apart are of another period (七飯:
#: ``※2を付した値は平成30年度の実績値です``; 由布's 備考: ``*は2023年（1月～12月）の速報値``): the
#: mark's number, if any, and the period (a bracket after it, the months it spans, is passed).
_MARKED_VALUES = regex.compile(
    # (※ alone: ＊印を付した数値は、令和7年3月末時点の見込値です says when a forecast was made,
    # which _MARKED_FIGURES reads; this would date the values by it)
    rf"※\s*(?P<n>[0-9]{{0,2}})\s*(?:印?{MARKED_BY}(?:値|数値))?は、?"
    r"(?P<when>[^、。,，()（）の]{2,16}?)\s*(?:[(（][^()（）]{1,12}[)）])?"
    r"の(?:(?!を基|判明|比較|推計|に対)[^、。,，()（）]){0,8}?(?:値|数値|実績値?)"
    # (the clause ends on the value word: not ※は令和6年度の実績値が判明次第記載, nor *は2022年度の
    # 数値を基に推計した値, which speak of another year's figure, not of the value's own)
    r"(?=です|である|とし|とする|となる|。|$|\s*[(（、,])"
)

#: A numbered note saying the value pointed to is of a year (廿日市: ``※2 No.5の目標値は、
#: 令和5年度の中間見直しにより、…2027年度の値としたもの``): the year right before ``の値とした``
#: or ``の値です``.
_NOTED_YEAR = rf"(?P<when>(?:[0-9]{{4}}|(?:{ERA_PATTERN})\s*(?:[0-9]{{1,2}}|元))\s*年度?)"
_NOTE_SETS_YEAR = regex.compile(
    rf"{_NOTED_YEAR}の(?:目標|実績)?(?:値|数値)(?:と(?:した|する|している|なる)|です|である)"
)
#: A numbered note saying which year's value its marked baseline is (高島: ``※1 …のため、
#: 令和元年度の値を基準値としています。``): the year, the statement ending there (not ``…の値を
#: 基準値として10％の増加を目指す``, a target's purpose).
_NOTE_SETS_BASE_YEAR = regex.compile(
    rf"{_NOTED_YEAR}の(?:実績)?(?:値|数値)"
    r"を(?:基準値|現状値)と(?:した|する|して(?:いる|います|おります))\s*(?:$|。)"
)
#: The key a baseline-only period of a numbered note is kept under, after its mark.
_BASELINE_ONLY = ":baseline"


def _marked_periods(
    texts: Sequence[str], bodies: Mapping[str, str]
) -> dict[str, tuple[Period, str]]:
    """The period each note among ``texts`` gives the values a mark sets apart, by the mark
    (``※2``; ``※`` for a bare one), and the words that say so; and the year each numbered note
    among ``bodies`` says the values pointing to it are of (``2027年度の値としたもの``)."""
    marked: dict[str, tuple[Period, str]] = {}
    found: list[tuple[str, regex.Match[str], str]] = []
    for text in texts:
        norm = _ANY_MARK.sub("※", normalize_text(text))
        found.extend((f"※{m.group('n')}", m, norm) for m in _MARKED_VALUES.finditer(norm))
    for mark, body in bodies.items():
        norm = normalize_text(body)
        m = _NOTE_SETS_YEAR.search(norm)
        if m is not None:
            found.append((mark, m, norm))
        based = _NOTE_SETS_BASE_YEAR.search(norm)
        if based is not None:
            found.append((mark + _BASELINE_ONLY, based, norm))
    for mark, m, norm in found:
        try:
            period = parse_period(m.group("when"))
        except ParseError:
            continue
        # (the warning quotes the whole sentence that says so, not the match alone)
        sentence = sentence_around(norm, m.start(), m.end())
        marked.setdefault(mark, (period, sentence.replace(" ", "")))
    return marked


#: A digit: a value printed before a mark (``1,200*``; a bare ``※`` prints none).
_DIGIT = regex.compile(r"[0-9]")
#: The marks a note or a cell sets values apart with (``※``, ``*``, ``＊``), as one.
_ANY_MARK = regex.compile(r"[*＊]")


def _marked_values_dated(
    d: Draft,
    marked: Mapping[str, tuple[Period, str]],
    said_by: str = "the note under the table says",
) -> None:
    """Re-date the draft's values that carry a mark a note says dates them otherwise (七飯:
    ``1,152※2`` under 計画策定時, ``ただし、※2を付した値は平成30年度の実績値です``; 廿日市: ``50※2``
    under 目標値（2025年度）, ``※2 …2027年度の値としたもの``; ``marked``: _marked_periods), with a
    warning naming the value and where it is said (``said_by``); a value whose cell prints its
    own year keeps it."""
    if not marked:
        return
    used: list[str] = []

    def dated(cell: ValueCell) -> ValueCell:
        mark = _value_mark(cell)
        if mark is None:
            return cell
        found = marked.get(mark[0])
        if found is None and cell is d.baseline:
            found = marked.get(mark[0] + _BASELINE_ONLY)  # (…の値を基準値としています)
        text = normalize_text(cell.text).replace(" ", "")
        if found is None or find_period(text[: mark[1]]) is not None:
            return cell
        if not _DIGIT.search(text[: mark[1]]):
            return cell  # (※ alone where a value was expected: missing, of no year)
        period, said = found
        if (
            cell.period is not None
            and period.month is not None
            and period.fiscal_year == cell.period.fiscal_year
        ):
            # (大洗: ``76*`` under 令和5年度, ``＊は令和6年3月31日時点の速報値``: a day inside the
            # column's fiscal year re-dates nothing; F304-3, F313-5 keep the fiscal year)
            return cell
        used.append(f"{cell.text.strip()} ({said})")
        raw = cell.period.raw if cell.period is not None else said
        # (※印の数値は、令和5年度の見込値です: a forecast's)
        flags = cell.flags | {"estimate"} if FORECAST_WORD.search(said) else cell.flags
        return replace(cell, period=replace(period, raw=raw), flags=flags)

    d.map_values(dated)
    if used:
        d.warnings.append(f"values dated as {said_by} of their mark: " + "; ".join(used))


def _row_marked_values_dated(table: Table, drafts: list[Draft]) -> None:
    """Re-date the values whose mark a cell of their own row says dates them otherwise (由布:
    ``372.4*`` under 2023年度実績, its row's 備考 ``*は2023年（1月～12月）の速報値``: calendar
    2023), with a warning naming the value and the remark; the name and values are no remark."""
    marking: dict[int, list[Cell]] = {}  # the cells that print a mark, by row (most: none)
    for c in table.cells:
        if "※" in c.text or _ANY_MARK.search(c.text):
            marking.setdefault(c.row, []).append(c)
    if not marking:
        return
    for d in drafts:
        if d.row is None or d.row not in marking:
            continue
        taken = {d.indicator_where} | {v.where for v in d.value_cells()}
        texts = [c.text for c in marking[d.row] if c.provenance not in taken]
        if texts:
            _marked_values_dated(d, _marked_periods(texts, {}), "the row's own remark says")


#: A remark that calls its row's actual a forecast or a first figure (白石's 備考: ``実績値は3月31日
#: 時点の見込額（出納整理期間の受入分を含まない）``): the word.
_REMARK_FIGURE = regex.compile(
    # (the subject a word of its own: not the 値 of 目標値, 基準値, 推計値; or a year, 忠岡's
    # R6は見込値（令和7年3月実施分を含まない）, 木島平's H30実績は平成31年2月末現在の見込値, whose
    # actual alone the remark speaks of)
    rf"(?:^|(?<=[\s、。,，(（※]))(?:(?P<year>(?:{ERA_PATTERN})\s*(?:[0-9]{{1,2}}|元)\s*(?:年度?)?"
    r"|(?:19|20)[0-9]{2}\s*年度?)(?:の?実績値?|の(?:数値|値))?|実績値?|数値|値)\s*は、?"
    # (白老: ②のR5は、令和6年3月分が未集計のため、4月～2月の実績に…: the reason first)
    rf"{REASON_FIRST}[^。、]{{0,20}}?"
    r"(?P<word>見込み?(?:額|値|数)?|推計値|速報値|暫定値)(?=です|である|。|$|\s*[(（]"
    # (西会津: 2023年度実績は、令和6年2月末までの実績に3月分の見込みを加えた値: partly a forecast)
    r"|を(?:加えた|含めた|含む))"
)
#: Words such a remark must hold (most cells hold none: the pattern is not tried on them); a
#: value that holds one says what it is itself (``27（見込）``), whatever the remark.
_FIGURE_IN_CELL = regex.compile(r"見込|推計|速報|暫定")


def _row_remark_flagged(table: Table, drafts: list[Draft]) -> None:
    """Flag the one actual of a row that a remark of that row (a cell no value or name of the
    draft is) calls a forecast or a first figure (白石: one line a year, its 備考 ``実績値は3月31日
    時点の見込額``: that year's actual is an estimate), or the actual of the year the remark
    names (忠岡: ``R6は見込値…`` beside R4 | R5 | R6), with a warning quoting the remark; a row
    of several actuals whose remark names no year is left (it names none of them)."""
    remarked: dict[int, tuple[Provenance, str, frozenset[str], Period | None]] = {}
    for c in table.cells:
        if not _FIGURE_IN_CELL.search(c.text):
            continue
        text = normalize_text(c.text).strip()
        m = _REMARK_FIGURE.search(text)
        if m is not None and (flags := figure_flags(m.group("word"))):
            year = find_period(m.group("year")) if m.group("year") else None
            if m.group("year") and (year is None or "estimate" not in flags):
                # (a year that does not read; H29は速報値, a first figure of a year among final
                # ones, which 松山's expectation, as F74-8, leaves unflagged)
                continue
            remarked[c.row] = (c.provenance, text, flags, year)
    if not remarked:
        return
    row_of = {id(c.provenance): c.row for c in table.cells}
    for d in drafts:
        taken = {id(d.indicator_where)} | {id(v.where) for v in d.value_cells()}
        for row, (where, text, flags, year) in remarked.items():
            if id(where) in taken:
                continue  # (the remark is the draft's own value or name)
            own = [a for a in d.actuals if row_of.get(id(a.where)) == row]
            if year is not None:
                own = [
                    a for a in own if a.period is not None and year_of(a.period) == year_of(year)
                ]
            if len(own) != 1 or own[0].flags >= flags or _FIGURE_IN_CELL.search(own[0].text):
                continue
            d.actuals = [replace(a, flags=a.flags | flags) if a is own[0] else a for a in d.actuals]
            d.warnings.append(
                f"its actual {normalize_text(own[0].text)!r} was flagged as its row's remark "
                f"says ({text})"
            )


#: A note that speaks of rows by their numbers first (小谷, a row of the grid: ``※③の令和5年度実績は
#: 令和6年3月末時点の見込値です``; 西伊豆: ``※③の令和4年度実績は、…令和4年1月～12月（暦年）の
#: 来場者数です``): the rows, and what it says of them.
_KEYED_NOTE = regex.compile(rf"^※?\s*(?P<keys>{ROW_KEYS})\s*の\s*(?P<rest>.+)$")
#: What such a note says of one year's actual: the year, then that it is counted by the calendar
#: year it names (``令和4年1月～12月（暦年）``).
_YEAR_ACTUAL_CALENDAR = regex.compile(
    rf"^(?P<year>{FISCAL_YEAR_TEXT})の?"
    r"実績値?\s*は、?[^。]{0,40}?"
    rf"(?P<calendar>(?:{ERA_PATTERN})\s*(?:[0-9]{{1,2}}|元)\s*年|(?:19|20)[0-9]{{2}}\s*年)\s*"
    r"(?:1\s*月\s*[～~〜-]\s*12\s*月)?\s*[(（]\s*暦年\s*[)）]"
)


#: A note's words on one year's actual (``令和5年度実績は``, ``2023年度の実績値は``).
_YEAR_ACTUAL = regex.compile(
    rf"^{FISCAL_YEAR_TEXT}\s*の?\s*"
    r"実績値?\s*は"
)


def _keyed_actual_noted(drafts: list[Draft], texts: Sequence[str]) -> None:
    """A note that names rows by number and says of one year's actual that it is a forecast
    (小谷: ``※③の令和5年度実績は…見込値です``: flagged ``estimate``) or a calendar year's figure
    (西伊豆: ``※③の令和4年度実績は、…令和4年1月～12月（暦年）の来場者数です``: re-dated), read for
    that year's actual of those rows, with a warning quoting it; a note naming no year of an
    actual, or a year no actual of the row has, changes nothing."""
    for text in texts:
        keyed = _KEYED_NOTE.match(normalize_text(text).strip())
        keys = named_keys(keyed.group("keys")) if keyed is not None else None
        if keyed is None or not keys:
            continue
        rest = keyed.group("rest")
        # (高鍋: ``R6の見込は令和7年2月末時点です`` dates a forecast, no actual)
        actual_named = _YEAR_ACTUAL.match(rest) is not None
        for d in drafts:
            if actual_named and row_key(d.label, d.indicator) in keys:
                # (多可: ``※KPI②の令和5年度実績は令和5年12月末時点の数値``: that actual's day, as
                # the row's own remark would say)
                dated_by_row_remark(d, [rest], said_by="a note naming its row")
        figure = _REMARK_FIGURE.match(rest)
        calendar = _YEAR_ACTUAL_CALENDAR.match(rest)
        flags = figure_flags(figure.group("word")) if figure is not None else frozenset()
        said = figure.group("year") if figure is not None else None
        said = said or (calendar.group("year") if calendar is not None else None)
        year = find_period(said) if said else None
        if year is None or year.fiscal_year is None or not (calendar or "estimate" in flags):
            continue
        counted = find_period(calendar.group("calendar")) if calendar is not None else None
        for d in drafts:
            if row_key(d.label, d.indicator) not in keys:
                continue
            own = [a for a in d.actuals if a.period and a.period.fiscal_year == year.fiscal_year]
            if len(own) != 1:
                continue
            cell = own[0]
            raw = cell.period.raw if cell.period is not None else ""
            if counted is not None and counted.year is not None:
                new = replace(cell, period=Period(None, counted.year, None, raw))
            elif "estimate" in flags:
                new = replace(cell, flags=cell.flags | flags)
            else:
                continue
            if new == cell or (counted is None and _FIGURE_IN_CELL.search(cell.text)):
                continue  # (1,105（見込）: the cell says so itself)
            d.actuals = [new if a is cell else a for a in d.actuals]
            d.warnings.append(
                f"its actual {normalize_text(cell.text)!r} was read as a note says of its row "
                f"({normalize_text(text).strip()})"
            )


#: A remark on a row that says its target is another plan's target of a named year (東栄's 備考
#: ``目標値は、総合戦略（第2期）の令和6年度目標値を引用``): the year, right before 目標. A year the
#: remark gives of something else (``目標値は令和4年度に見直し``) dates no target.
_REMARK_TARGET_YEAR = regex.compile(
    r"(?:^|(?<=[\s、。,，(（※]))目標値?\s*は、?[^。]{0,30}?"
    rf"(?P<year>{FISCAL_YEAR_TEXT})\s*の?目標"
    # (cited: 令和4年度の目標達成を受けて上方修正 says what happened that year, dates nothing)
    r"値?\s*(?:を\s*)?(?:引用|準用|採用|使用|転記)"
)


def _row_remark_target_dated(table: Table, drafts: list[Draft]) -> None:
    """Date the draft's one target by the year a remark of its row gives it (東栄: ``25`` under
    ``目標値（R7）`` beside ``目標値は、総合戦略（第2期）の令和6年度目標値を引用``: FY2024), ``raw``
    the remark's year, with a warning quoting the remark."""
    remarks = [c for c in table.cells if "目標" in c.text and "年度" in c.text]
    if not remarks:
        return
    for d in drafts:
        if len(d.targets) != 1 or d.row is None:
            continue
        target = d.targets[0]
        for text in own_remarks(d, remarks):
            m = _REMARK_TARGET_YEAR.search(text)
            said = find_period(m.group("year")) if m is not None else None
            if said is None or (
                target.period is not None and year_of(target.period) == year_of(said)
            ):
                continue
            d.targets = [replace(target, period=said)]
            heading = f", not by its heading {target.period.raw}" if target.period else ""
            d.warnings.append(
                f"its target is dated {said.raw}, as its row's remark says ({text}){heading}"
            )
            break


#: A remark that calls its row's actuals and targets running totals (上三川: ``実績値・目標値とも
#: 2021年度からの累計``; 西和賀: ``基準値は令和2年度単年。実績値・目標値は2021年度からの累計``):
#: the lists.
_REMARK_CUMULATIVE = regex.compile(
    r"(?:^|(?<=[\s、。,，(（※]))"
    # (芳賀: R9目標値はR6～R9の4年間の累計, one year's target alone)
    r"(?P<year>(?:R|H|令和|平成)\s*[0-9元]{1,2}(?:年度)?|20[0-9]{2}年度)?\s*"
    r"(?P<lists>(?:実績値?|目標値?|基準値)(?:\s*[・、及]\s*(?:実績値?|目標値?|基準値))*)"
    # (宜野湾: 目標値はR3からの累計、実績値は単年度: the clause ends at its comma; 鋸南:
    # 基準値・実績値・目標値とも平成20年度からの累計本数, what is counted after 累計)
    r"\s*(?:は|とも)、?[^。、]{0,16}?累計(?:値|\p{Han}{0,2}数)?(?=です|である|。|、|,|，|$|\s*[(（])"
)


def _flagged_cumulative(v: ValueCell, year: Period | None) -> ValueCell:
    """A value flagged ``cumulative``, where it is of ``year`` (any, where None)."""
    if year is not None and (v.period is None or v.period.fiscal_year != year.fiscal_year):
        return v
    return replace(v, flags=v.flags | {"cumulative"})


def _row_remark_cumulative(table: Table, drafts: list[Draft]) -> None:
    """Flag ``cumulative`` the values of the lists a remark of the draft's row (a cell no value or
    name of the draft is) calls running totals (上三川: ``実績値・目標値とも2021年度からの累計``:
    the actuals and targets, not the baseline; 鋸南: ``基準値・実績値・目標値とも…累計本数``, the
    baseline too; 芳賀: ``R9目標値はR6～R9の4年間の累計``, the values of the year it names alone),
    with a warning quoting the remark."""
    remarks = [c for c in table.cells if "累計" in c.text]
    if not remarks:
        return
    for d in drafts:
        for text in own_remarks(d, remarks):
            m = _REMARK_CUMULATIVE.search(text)
            if m is None:
                continue
            lists = m.group("lists")
            year = find_period(m.group("year")) if m.group("year") else None
            if m.group("year") and (year is None or year.fiscal_year is None):
                continue

            flagged = functools.partial(_flagged_cumulative, year=year)
            before = [v.flags for v in d.value_cells()]
            d.map_lists(lists, flagged)
            if [v.flags for v in d.value_cells()] != before:  # (R9目標値 beside no R9 value)
                d.warnings.append(
                    f"its values were flagged as running totals, as its row says ({text})"
                )
            break


#: A remark that gives its row's unit (大河原's 備考: ``単位：千人（主催者発表）``; 長南's
#: ``単位はｔ。農協出荷分のみ``, ``金額は千円単位``): the unit.
_REMARK_UNIT = regex.compile(
    r"(?:^|(?<=[\s、。,，(（※]))単位\s*(?:[:：]|は)\s*(?P<unit>[^\s、。,，()（）]{1,6}?)"
    r"(?:です|である)?(?=$|[\s、。,，()（）])"
    r"|(?:^|(?<=[\s、。,，(（※]))(?:金額|数値|値)は\s*(?P<unit>[^\s、。,，()（）は]{1,4})単位"
    r"(?:で(?:記載|表示|計上))?(?:です|である)?(?=$|[\s、。,，()（）])"
)


def _row_remark_unit(table: Table, drafts: list[Draft]) -> None:
    """Give a draft with no unit of its own the unit a remark of its row names (大河原: no 単位
    column nor bracket in the name, the 備考 ``単位：千人（主催者発表）``), where it reads as a unit
    (a scale word makes the values ×1,000), with a warning quoting the remark."""
    remarks = [c for c in table.cells if "単位" in c.text]
    if not remarks:
        return
    for d in drafts:
        if d.unit is not None:
            for text in own_remarks(d, remarks):
                # 多気: 人 in the 単位 column, the 備考 R5年度以降の実績値は千人単位で記載: some of
                # its values in another scale, which ones the remark says in words
                some = _SOME_IN_SCALE.search(normalize_text(text))
                if some is not None and unit_word(some.group("unit")):
                    d.warnings.append(
                        f"its row's remark says some of its values are written in "
                        f"{some.group('unit')} ({normalize_text(text)}): they were read as printed"
                    )
                    break
            continue
        for text in own_remarks(d, remarks):
            m = _REMARK_UNIT.search(text)
            if m is None or not unit_word(m.group("unit")):
                continue
            d.unit = m.group("unit")
            d.warnings.append(f"its unit {d.unit} was read from its row's remark ({text})")
            break


#: A remark saying some of its row's values are written in a scaled unit (多気: ``R5年度以降の
#: 実績値は千人単位で記載``): the unit.
_SOME_IN_SCALE = regex.compile(
    r"(?:以降|以前|まで|から|のみ)の?(?:実績値?|目標値?|数値|値)?は\s*"
    r"(?P<unit>[千万百億][^\s、。,，()（）は]{1,3}?)\s*単位"
)


def _note_rows(table: Table) -> list[str]:
    """The notes a table prints in rows of their own, one cell alone in its row that opens with
    a note's mark (神栖: a shaded ``※以下のNo.3・No.4は…`` between two rows of its grid), or
    across the whole grid, speaking of the rows below it (南伊豆: ``▼以下のNo.３・No.４は…``)."""
    out: list[str] = []
    for row in table.rows():
        filled = [c for c in row if not c.empty]
        if len(filled) != 1:
            continue
        norm = normalize_text(filled[0].text)
        if opens_with_note_mark(norm) or (
            filled[0].colspan >= table.n_cols - 1 and _ROWS_BELOW.match(norm)
        ):
            out.append(filled[0].text)
    return out


#: A text that opens by speaking of the rows below it, after a mark at most (``▼以下の``).
_ROWS_BELOW = regex.compile(r"[^\p{Han}\p{Hiragana}\p{Katakana}\p{L}\p{N}]{0,2}\s*以下の")


#: A remark on a row that says which period its baseline is of (士別's 備考: ``基準値は平成29年度
#: 市民アンケート``): the list's word and what follows it.
_REMARK_BASELINE = regex.compile(
    r"(?:^|(?<=[\s、。,，(（※]))(?P<list>基準値|現状値|策定時)(?:の(?:値|数値))?\s*は、?\s*"
    r"(?P<rest>[^。]*)"
)


def _row_remark_dated(table: Table, drafts: list[Draft]) -> None:
    """Date the draft's baseline as a remark of its row (a cell no value or name of the draft
    is) says, where the remark names the baseline's heading and opens what it says of it with
    a period (士別: ``基準値（H28）`` over 52.4, its 備考 ``基準値は平成29年度市民アンケート``:
    FY2017, not the heading's FY2016), with a warning quoting the remark; ``raw`` stays the
    heading."""
    words = ("基準値", "現状値", "策定時")
    remarks = [c for c in table.cells if any(w in c.text for w in words)]
    if not remarks:
        return
    for d in drafts:
        base = d.baseline
        if base is None or base.period is None or d.row is None:
            continue
        heading = normalize_text(base.header).replace(" ", "")
        for text in own_remarks(d, remarks):
            m = _REMARK_BASELINE.search(text)
            said = opening_period(m.group("rest")) if m and m.group("list") in heading else None
            if said is None or (said.fiscal_year, said.year) == (
                base.period.fiscal_year,
                base.period.year,
            ):
                continue
            d.baseline = replace(base, period=replace(said, raw=base.period.raw))
            d.warnings.append(
                f"its baseline is dated {said.raw}, as its row's remark says ({text}), not by "
                f"its heading {base.period.raw}"
            )
            break


#: A note that calls the values a mark (``※``, ``＊``) sets apart forecasts or first figures (津:
#: ``2023年度実績のうち「※」を付した数値は見込値です``; 坂祝: ``＊印は見込値です``): the mark's
#: number, if any, and the word.
_MARKED_FIGURES = regex.compile(
    rf"[「『]?(?:※|[*＊])\s*(?P<n>[0-9]{{0,2}})(?P<q>[」』])?\s*"
    # (下郷: R6欄の「＊」は…: a quoted mark alone, no 印を付した)
    rf"(?:印?{MARKED_BY}(?:値|数値|もの)|印|(?(q)(?=は)|(?!)))は、?\s*"
    # (江差: ＊印を付した数値は、令和7年3月末時点の見込値です: the day the forecast was made;
    # 下郷: 令和7年1月末時点の実績に基づく見込値;
    # 京丹後: 令和2年1月末時点の実績をもとにした年度末の見込値です)
    r"(?:[^、。,，()（）]{2,16}?(?:時点|現在)の"
    r"(?:[^、。,，()（）]{0,8}?(?:に基づく|による|をもとにした|を基にした))?)?"
    r"(?:年度末の)?(?P<word>見込み?値?|推計値|速報値|暫定値)(?=です|である|。|$|\s*[(（])"
)


def _marks_unexplained(drafts: Sequence[Draft], notes: Notes) -> bool:
    """Whether a value of the drafts closes with a note's mark (``10,650※``) and no note under
    the table says what the marked figures are: only then are the notes over it asked."""
    if _marked_figure_flags(notes.texts, notes.bodies):
        return False
    return any(
        _value_mark(v) is not None
        for d in drafts
        for v in (d.baseline, *d.targets, *d.actuals)
        if v is not None
    )


def _marked_notes_before(blocks: Sequence[Block], index: int) -> tuple[str, ...]:
    """The notes over the table at ``index`` that say what the values a mark sets apart are
    (生駒's CSV: ``注記 | ※を付した値は令和6年2月末時点の見込値。`` among the fields over the
    grid), in lines or in a table of fields (its words in its first two columns), back to the
    grid before it."""
    found: list[str] = []
    for i in range(index - 1, max(-1, index - 1 - _NOTE_BLOCKS), -1):
        line = _line_at(blocks, i)
        if line is not None:
            texts = [line.text]
        else:
            block = blocks[i]
            cells = block.cells if isinstance(block, Table) else ()
            if any(c.col > 1 for c in cells if not c.empty):
                break  # (a grid of its own: its notes are its own)
            texts = [c.text for c in cells]
        found.extend(t for t in texts if _MARKED_FIGURES.search(normalize_text(t)))
    return tuple(found)


def _marked_figure_flags(
    texts: Sequence[str], bodies: Mapping[str, str]
) -> dict[str, frozenset[str]]:
    """The flag each note among ``texts`` gives the values its mark sets apart (``「※」を付した
    数値は見込値です``: ``※`` → estimate; ``速報値``: none), and each numbered note of
    ``bodies`` that only says what its marked figures are; read once a table."""
    flags: dict[str, frozenset[str]] = {}
    for text in texts:
        for m in _MARKED_FIGURES.finditer(normalize_text(text)):
            flags.setdefault(f"※{m.group('n')}", figure_flags(m.group("word")))
    for mark, body in bodies.items():
        own = _NUMBERED_FIGURE.match(normalize_text(body).strip())
        if own is not None:
            flags.setdefault(mark, figure_flags(own.group("word")))
    return flags


#: A numbered note that says no more than that the figures its mark sets apart are forecasts
#: (高島: ``※2　令和6年3月末時点の見込値です（確定値は…公表します）``), its subject the marked value
#: (a 速報値 so noted keeps no flag: 飯舘's expectations, F178, write none).
_NUMBERED_FIGURE = regex.compile(
    # (尾鷲: ※1 令和5年度の販売額は、令和6年5月末時点の見込値です: what the marked figure is, first)
    r"(?:[^、。,，()（）\s]{2,24}?は\s*、?\s*)?"
    r"(?:[^、。,，()（）\s]{2,16}?(?:時点|現在)の)?"
    # (見込みです, 見込の数値です, 見込値となっています: the same, worded otherwise, review 52)
    r"(?P<word>見込み?(?:値|の数値)?|推計値)(?:です|である|となっています|となる)?(?:$|。|\s*[(（])"
)


def _value_mark(cell: ValueCell) -> tuple[str, int] | None:
    """The note's mark a value cell closes with, as a note names it (``6,050※``: ``※``;
    ``1,234*1``: ``※1``), and where it starts in the cell's folded text; None for none."""
    text = normalize_text(cell.text).replace(" ", "")
    mark = FOOTNOTE_MARK.search(text)
    if mark is None:
        return None
    return _ANY_MARK.sub("※", mark.group().strip()), mark.start()


def _marked_values_flagged(
    d: Draft, flags: Mapping[str, frozenset[str]], where: str = "under"
) -> None:
    """Flag the draft's actuals (and baseline) that carry a mark a note calls forecasts (津:
    ``6,050※`` under 2023年度 実績, ``「※」を付した数値は見込値です``: an estimate), with a
    warning naming them; a target so marked is left, and so are values a note calls first counts
    (``速報値``: no flag, and nothing said)."""
    if not flags:
        return
    used: list[str] = []

    def flagged(cell: ValueCell) -> ValueCell:
        mark = _value_mark(cell)
        flag = flags.get(mark[0]) if mark is not None else None
        if not flag:
            return cell
        used.append(cell.text.strip())
        return replace(cell, flags=cell.flags | flag)

    d.actuals = [flagged(v) for v in d.actuals]
    d.baseline = flagged(d.baseline) if d.baseline is not None else None
    if used:
        d.warnings.append(
            f"values flagged as the note {where} the table says of their mark: " + ", ".join(used)
        )


#: The words a note calls its figures forecasts by (``見込値``, ``見込み``, ``見込額``).
_FORECAST_FIGURE = r"見込(?:み)?(?:値|額|数)?"
#: A note that calls the actual figures it is pointed to from forecasts (二宮: ``※2 2022年度の
#: 実績値は、令和4年8月末時点の見込値です``): it names the actuals, then calls them 見込.
_FORECAST_NOTE = regex.compile(rf"実績.*{_FORECAST_FIGURE}(?:です|である|となって|を|。|$)")
#: A note calling its heading's figures forecasts without naming a list (真鶴: ``※R6年度は、
#: 令和7年1月末時点の見込値です。`` under ``R6年度※`` among the actuals): 見込 its predicate.
_FORECAST_WORDS = regex.compile(rf"{_FORECAST_FIGURE}(?:です|である|。|$)")
#: Words that say a note's 見込 is not what its figures are (``見込値を除いた確定値``,
#: ``見込みを実績に置き換えた``).
_NOT_FORECAST = regex.compile(
    r"見込[^。]{0,6}?(?:を除|ではな|でな)|確定値(?:です|である|。)|置き?換"
)


def _calls_forecast(note: str) -> bool:
    """Whether a note an actual's heading points to calls its figures forecasts: it says so of
    the actuals (``…の実績値は、…見込値です``), or says 見込値 naming no target (a note on the
    targets, ``目標値は…見込値``, flags no actual)."""
    return bool(_FORECAST_NOTE.search(note)) or (
        "目標" not in note and bool(_FORECAST_WORDS.search(note)) and not _NOT_FORECAST.search(note)
    )


def _bare_pointed_note(header: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """The mark and words of the unnumbered ※ note a heading ending in a bare ※ points to
    (``R6年度※``), the one that opens by naming that heading (``※R6年度の実績値は、…``)."""
    heading = normalize_text(innermost_heading(header)).replace(" ", "")
    if not heading.endswith("※") or NOTE_MARK.search(heading):
        return None
    name = heading[:-1]
    # (蓬田: 実績※ under 令和5年度, ※令和5年度の実績は、…見込値です: the heading named with the
    # year over it)
    path = [normalize_text(p).replace(" ", "") for p in header.split(HEADING_SEPARATOR.strip())]
    names = [name, *(f"{outer}の{name}" for outer in path[:-1] if outer)]
    for text in texts:
        body = regex.sub(r"^※\s*", "", normalize_text(text)).replace(" ", "")
        subject = body.partition("は")[0]
        # (※R6年度の実績値は、…見込値: its actuals; ※R6年度の目標値は、…実績見込みを基に…: a
        # note on its targets, which flags no actual)
        if (
            name
            and any(body.startswith(n) and body[len(n) :].startswith(("の", "は")) for n in names)
            and "目標" not in subject
        ):
            return "※", body
    return None


def _pointed_note(header: str, bodies: Mapping[str, str]) -> tuple[str, str] | None:
    """The mark and the text of the one numbered note a value's heading points to (``R6実績※1``:
    ``※1`` and its note's words); None where it points to none, or to a note not found."""
    pointed = _pointed_mark(normalize_text(header).replace(" ", ""))
    mark = note_mark(pointed) if pointed is not None else None
    body = bodies.get(mark) if mark is not None else None
    return (mark, body) if mark is not None and body is not None else None


def _noted_forecasts(d: Draft, bodies: Mapping[str, str], texts: Sequence[str] = ()) -> None:
    """Flag as forecasts the actuals under a heading that points to one numbered note saying its
    actual figures are forecasts (二宮: ``2022※2`` over 実績値, ``※2 2022年度の実績値は、…の見込値
    です`` under the table), or with a bare ※ to an unnumbered note (``texts``) that names the
    heading so (豊富: ``R6年度※``, ``※R6年度の実績値は、…見込値です``), with a warning naming the
    note; a note calling targets forecasts (``目標値は…見込値``) flags nothing."""
    used: list[str] = []

    def flagged(cell: ValueCell) -> ValueCell:
        noted = _pointed_note(cell.header, bodies) or _bare_pointed_note(cell.header, texts)
        if noted is None or not _calls_forecast(normalize_text(noted[1])):
            return cell
        mark = noted[0]
        used.append(f"{innermost_heading(cell.header)} ({mark})")
        return replace(cell, flags=cell.flags | {"estimate"})

    d.actuals = [flagged(a) for a in d.actuals]
    if used:
        d.warnings.append(
            "actuals flagged as forecasts, as the notes their headings point to say: "
            + ", ".join(dict.fromkeys(used))
        )


#: A note's statement of the day its heading's figures were counted (``R6実績は、令和6年12月末
#: 現在の数値です``): the heading, は, the day, 現在 or 時点, then nothing or what the figure is.
_COUNTED_AT = regex.compile(
    r"(?:^|(?<=[\s、。,，]))(?P<heading>[^\s、。,，は]{1,12}?)は、?(?P<date>[^、。,，はの]{4,16}?)\s*"
    r"(?:現在|時点)(?:の(?:数値|値|実績値?|集計値?))?\s*(?:です|でした)?\s*(?:$|[、。,，(（])"
)


def _noted_count_dates(d: Draft, bodies: Mapping[str, str]) -> None:
    """Date to the month its note gives the actuals under a heading that points to one
    numbered note saying, of that heading, when its figures were counted (川南: ``R6実績※1``
    over the actuals, ``※1 R6実績は、令和6年12月末現在の数値です`` under the table), as a
    heading's own count date does (田舎館: ``実績（令和6年3月末現在）``), with a warning naming the
    note and the day. The day must fall in the column's year (a count of a later year dates
    nothing), and a note calling the figures forecasts dates nothing (the day is the
    forecast's)."""
    used: list[str] = []

    def dated(cell: ValueCell) -> ValueCell:
        noted = _pointed_note(cell.header, bodies)
        own = cell.period
        if noted is None or own is None or own.fiscal_year is None or own.month is not None:
            return cell
        mark, body = noted
        text = normalize_text(body)
        if _FORECAST_NOTE.search(text):
            return cell  # (a forecast's date is when it was made: 二宮's 8月末時点の見込値)
        bare = NOTE_MARK.sub("", normalize_text(cell.header).replace(" ", ""))
        for at in _COUNTED_AT.finditer(text):
            day = find_period(at.group("date"))
            if (
                at.group("heading") != innermost_heading(bare).replace(" ", "")
                or day is None
                or day.month is None
                or day.fiscal_year != own.fiscal_year
            ):
                continue
            used.append(f"{innermost_heading(cell.header)} ({mark}: {at.group('date')})")
            return replace(cell, period=Period(own.fiscal_year, day.year, day.month, own.raw))
        return cell

    d.actuals = [dated(a) for a in d.actuals]
    if used:
        d.warnings.append(
            "actuals dated to the day the numbered notes their headings point to say they were "
            "counted: " + ", ".join(dict.fromkeys(used))
        )


def _dated_by_heading(
    d: Draft, period_of: Callable[[str], tuple[Period, str] | None], why: str
) -> None:
    """Date the draft's values that print no year of their own and whose heading names none,
    by the period ``period_of`` finds for the heading (and the words that say so), with one
    warning that quotes each; the period's ``raw`` is the heading, as a heading's is."""
    used: list[str] = []

    def dated(cell: ValueCell) -> ValueCell:
        heading = normalize_text(cell.header).replace(" ", "")
        # (宍粟: 事業開始前（現時点）, dated by 事業開始前の欄は令和2年度末の値: the heading without
        # the bracket that closes it, which names no year)
        # (王滝: 基準値※, the mark pointing to the note that dates it)
        bare = regex.sub(r"[※＊*][0-9]{0,2}$", "", without_closing_brackets(heading))
        found = (
            (period_of(heading) or (period_of(bare) if bare != heading else None))
            if (cell.period is None)
            else None
        )
        if found is None or find_period(cell.value_text or cell.text) is not None:
            return cell  # (北斗: H31：25人 prints its own year)
        period, said = found
        year = period.fiscal_year if period.fiscal_year is not None else period.year
        used.append(f"{said} → {'FY' if period.fiscal_year is not None else ''}{year}")
        return replace(cell, period=replace(period, raw=heading))

    d.map_values(dated)
    if used:
        d.warnings.append(f"{why} ({'; '.join(dict.fromkeys(used))})")


#: A statement that dates a column by its heading (防府's group row ``基準年度値は平成22年度、
#: 現状値は令和元年度の調査結果``; a note ``※基準値は平成26年度の数値``): the heading, は, the
#: period, then nothing or what the value is of (の数値, の国勢調査結果, の住民基本台帳人口, 時点,
#: 現在) up to the next pause, or up to a bracket after what it is of (士幌: ``策定時の値は
#: 平成26年度の実績（No.4のみ…）``, the bracket an exception the note reads apart); a period
#: followed by anything else (``目標値は令和3年度に上方修正``, ``目標値は令和3年度の見直しで
#: 修正``: when it was revised) dates nothing.
_HEADING_IS = regex.compile(
    r"(?:^|(?<=[\s:：(（【「、。,，※]))(?P<heading>[^\s:：()（）【】「」、。,，※]{1,12}?)は、?"
    r"(?P<when>[^、。,，;；)）の]{2,16}?)(?:時点|現在)?"
    r"(?P<of>の[^、。,，;；)）]{0,14}?(?:調査|結果|人口|データ|数値|値|実績値?|統計値?|状況|時点|現在))?"
    r"(?:です|でした|となります)?(?(of)(?=$|[、。,，;；)）(])|(?=$|[、。,，;；)）]))"
)


#: A statement's period in a bracket after the words that name it
#: (``いずれも計画最終年度（令和7年度``: the bracket's close lies past the statement's match).
_NAMED_YEAR = regex.compile(
    r"(?:いずれも|すべて|全て)?\s*[^\s()（）0-9]{0,10}?(?:年度|年)\s*[(（]\s*(?P<period>[^()（）]{2,12})"
)


#: What must follow such a bracket for the statement to date its heading: its close, then
#: nothing or what the value is (``）の値です``, ``）の実績値``; not ``）の前年度の値``,
#: ``）の1.2倍の値``).
_NAMED_YEAR_TAIL = regex.compile(
    r"\s*[)）]\s*(?:の(?:実績|目標|推計|見込み?)?(?:数値|値)|の実績|の目標)?"
    r"\s*(?:です|でした|となります)?\s*(?:$|[、。,，;；])"
)


#: A year and its gloss in the other calendar, the bracket left open where a statement's
#: match ends (``2022年度（令和4年度``).
_GLOSSED_YEAR = regex.compile(r"(?P<year>[^()（）]{2,12}?)\s*[(（](?P<gloss>[^()（）]{2,12})")


def _glossed(when: str) -> bool:
    """Whether a statement's period is a year and its gloss, the bracket the same year in the
    other calendar (``2022年度（令和4年度``), not a word (``令和4年度（見込み``: a forecast,
    ``2030年度（中間目標``)."""
    m = _GLOSSED_YEAR.fullmatch(when)
    if m is None:
        return False
    year, gloss = find_period(m.group("year")), find_period(m.group("gloss"))
    return year is not None and gloss is not None and year_of(year) == year_of(gloss)


def _heading_periods(texts: Sequence[str]) -> dict[str, tuple[Period, str]]:
    """The period each statement among ``texts`` names for a heading, and the statement, the
    first statement of a heading winning (a section row nearest the values first, then the
    notes); a statement whose period does not parse whole dates nothing."""
    found: dict[str, tuple[Period, str]] = {}
    for text in texts:
        norm = normalize_text(text)
        for m in _HEADING_IS.finditer(norm):
            # (策定時の数値は…: the heading 策定時)
            # (事業開始前の欄は…: the column named with 欄)
            heading = regex.sub(r"の?欄$", "", _OF_VALUES.sub("", m.group("heading")))
            when = m.group("when").strip()
            if heading in found:
                continue
            named = _NAMED_YEAR.fullmatch(when)
            bracketed = named is not None or _glossed(when)
            if bracketed and not _NAMED_YEAR_TAIL.match(norm, m.end("when")):
                continue  # (基準年度（平成30年度）の1.2倍: a year the statement counts from)
            if m.group("of") and norm[m.end() : m.end() + 1] in "(（" and m.end() < len(norm):
                # 策定時の値は平成26年度の実績（No.4のみ平成27年度…の結果）(士幌): a bracket after
                # what it is of must be an exception the row-note reader reads whole; another
                # (（No.2は平成30年度）, （一部H27）) leaves the heading undated
                excepted = read_period_note([norm])
                if excepted is None or not excepted.by_key:
                    continue
            try:
                # (いずれも計画最終年度（令和7年度: the year a word names, in its bracket;
                # 2022年度（令和4年度: a year and its gloss, the bracket closed past the match)
                period = parse_period(named.group("period") if named else when + ")" * bracketed)
            except ParseError:
                continue
            said = f"{m.group('heading')}は{when}" + ")" * bracketed
            found[heading] = (period, said)
    return found


def _statement_dated(d: Draft, texts: Sequence[str], names: Sequence[str] = ()) -> None:
    """Date the draft's undated values whose heading a statement of its section rows or of
    the unnumbered notes under its table dates (防府: values under a bare ``基準年度値``
    heading, the group row above them saying ``基準年度値は平成22年度``), with a warning naming
    the statement. A row the text sets apart by a word of its name (奄美: ``ただし、幸福度は
    2023年度…``) takes the period the text gives it, where the text dates one heading; where
    it dates several, or gives no year, the row's values stay undated with a warning; a word
    none of the table's rows (``names``) holds leaves the text dating nothing, said."""
    if not any(v.period is None for v in (d.baseline, *d.targets, *d.actuals) if v):
        return
    periods: dict[str, tuple[Period, str] | None] = {}
    name = normalize_text(d.indicator or "")
    heads = {normalize_text(v.header).replace(" ", "") for v in d.value_cells()}
    for text in texts:
        stated = _heading_periods([text])
        # (奄美: ※策定時の数値は2022年度…。ただし、幸福度は2023年度…: the rows the text sets
        # apart by a word of their names take the period it gives them, or none; a word that
        # is a heading of this row's values is a statement of its own, no exception)
        excepted = (
            [(w, e) for w, e in excepted_rows(text).items() if w not in heads] if stated else []
        )
        # (幸福度は2023年度の調査結果 reads as a statement of a heading 幸福度 too: it is the
        # exception's, dating no column)
        stated = {h: f for h, f in stated.items() if h not in dict(excepted)}
        unknown = [w for w, _ in excepted if names and not any(w in n for n in names)]
        if unknown:
            d.warnings.append(
                f"the text under the table dates {', '.join(stated)} but sets apart rows by a "
                f"word no row's name holds ({', '.join(unknown)}): it dated nothing"
            )
            continue
        own = next((e for w, e in excepted if w in name), None)
        # (王滝: ※基準値は令和2年度の値です。ただし、No.2は…令和元年度の値を基準値: the row the
        # clause numbers takes the year it gives, or none where it gives none)
        key = row_key(d.label, d.indicator)
        if stated and own is None and key is not None and key in excepted_keys(text):
            keyed = read_period_note([text])
            given = keyed.by_key.get(key) if keyed is not None else None
            norm = normalize_text(text)
            at = norm.find("ただし")
            own = (given, sentence_around(norm, at, at + 3) if at >= 0 else norm.strip())
        for heading, found in stated.items():
            if own is None:
                periods.setdefault(heading, found)
            elif own[0] is not None and len(stated) == 1:
                periods.setdefault(heading, (own[0], own[1]))
            elif heading not in periods:
                periods[heading] = None
                d.warnings.append(
                    f"its values under {heading} were left undated: the text under the table "
                    f"dates that column but sets this row apart without saying its year for it "
                    f"({own[1]})"
                )
    if not periods:
        return
    _dated_by_heading(d, periods.get, "values dated by what the text says of their heading")


#: A target heading for a plan's whole length in years (``5か年目標``, ``5年間の目標``).
_YEARS_TARGET = regex.compile(r"([0-9]+)(?:[かヵカケヶ箇]年|年間)(?:の)?目標(?:値)?")


#: A year of a plan by its place alone (``1年目``, ``第2年次``), no year of its own.
_ORDINAL_YEAR = regex.compile(r"(?:計画)?第?(?P<n>[0-9]{1,2})(?:年目|年度目|年次)")


def _ordinal_years_dated(d: Draft) -> None:
    """Values under a plan's years by their place (``1年目`` … ``5年目``) that the heading over
    them dates by the plan's span (筑前: ``実績値（計画期間 R2→R6）``, read as its last year), each
    dated by its place in the span (1年目: FY2020, 5年目: FY2024), ``raw`` the ordinal heading,
    with a warning; a place past the span's end leaves the value as it was."""
    moved: list[str] = []

    def dated(cell: ValueCell) -> ValueCell:
        p = cell.period
        place = _ORDINAL_YEAR.fullmatch(innermost_heading(cell.header).replace(" ", ""))
        if p is None or p.fiscal_year is None or place is None or cell.header == p.raw:
            return cell
        span = find_span(p.raw) or arrow_years(p.raw)
        if span is None or span[0].fiscal_year is None or span[1].fiscal_year is None:
            return cell
        year = span[0].fiscal_year + int(place.group("n")) - 1
        if year > span[1].fiscal_year:
            return cell
        moved.append(innermost_heading(cell.header))
        return replace(cell, period=Period(year, None, None, innermost_heading(cell.header)))

    d.map_values(dated)
    if moved:
        d.warnings.append(
            f"values under the plan's years by place ({', '.join(dict.fromkeys(moved))}) were "
            "dated by their place in the span the heading over them names"
        )


def _span_dated(d: Draft, plan: tuple[int, int]) -> None:
    """A year-less target under a heading naming the plan's length (``5か年目標``) dated by the
    last year of the title's span when the span is that many years long (野々市's
    ``第七次実施計画（平成27年度～平成31年度）``), with a warning; any other length stays
    undated."""
    if d.target_period is not None:
        return
    first, last = plan
    length = last - first + 1
    named: list[str] = []

    def dated(cell: ValueCell) -> ValueCell:
        heading = normalize_text(cell.header).replace(" ", "")
        m = _YEARS_TARGET.fullmatch(heading)
        if cell.period is not None or m is None or int(m.group(1)) != length:
            return cell
        named.append(heading)
        return replace(cell, period=Period(last, None, None, heading))

    d.targets = [dated(v) for v in d.targets]
    if named:
        d.warnings.append(
            f"the target under {named[0]}, which names no year, was read as the last year of "
            f"the {length}-year span the title names, FY{last}"
        )


def _era_dated(drafts: list[Draft], era: str) -> None:
    """Target years and values printed without their era, read in the document's era."""
    for d in drafts:
        if d.target_period is not None and d.target_period.period is None:
            year = find_eraless_period(d.target_period.text, era)
            d.target_period = replace(d.target_period, period=year)
        years: list[str] = []
        if d.baseline is not None and d.baseline.period is None and d.base_year:
            # a base year printed without its era beside the baseline (（23年度）)
            base = find_period(d.base_year) or find_eraless_period(d.base_year, era)
            if base is not None and find_period(d.base_year) is None:
                years.append(normalize_text(d.base_year))
            d.baseline = replace(d.baseline, period=base) if base is not None else d.baseline
        d.map_values(functools.partial(_dated_value, era=era, years=years))
        if years:
            d.warnings.append(
                f"the years its values print without their era ({', '.join(years)}) were read "
                f"as {era} (the document's era), or in the era before where {era} would put "
                f"them after {LATEST_ERALESS_YEAR}"
            )


#: A note that says one year's figures stand on an earlier day than the others' (置戸: ``※5年度の
#: 値は、令和6年1月末現在の数値です``; 豊能's caption: ``ただし2024年度は12月末現在``).
#: The year opens the note (``※``, ``注``, ``（注）``) or follows its ただし (``※KPI②は…。令和6年度
#: は…`` speaks of one indicator); the day is written out or with dots (``R6.1末``), and
#: ``現在`` or ``時点`` follows it, not ``時点の（実績）見込み``, ``時点での見込み`` (when a
#: forecast was made, not its day).
_ONE_YEAR_AS_OF = regex.compile(
    rf"(?:^{NOTE_OPENER}|ただし[、,]?)\s*"
    rf"(?P<year>(?:{ERA_PATTERN})?\s*(?:[0-9]{{1,4}}|元)\s*年度)"
    r"(?:の(?:値|数値|実績値?|データ))?(?:は|については)[、,]?\s*"
    rf"(?P<date>(?:(?:{ERA_PATTERN})?\s*(?:[0-9]{{1,4}}|元)\s*(?:年|\.)\s*)?"
    r"(?P<month>[0-9]{1,2})\s*(?:月\s*)?(?:末|[0-9]{1,2}\s*日|\.\s*[0-9]{1,2})?)\s*"
    r"(?:現在|時点(?![^、。]{0,5}見込))"
)


#: The month a fiscal year ends in.
_YEAR_END_MONTH = 3


def _one_year_as_of(drafts: list[Draft], texts: Sequence[str], era: str | None) -> None:
    """Where the table's caption or a note under it says one fiscal year's figures stand on a
    day of its own (``※5年度の値は、令和6年1月末現在``), each actual of that year with no month
    of its own is dated on that month (FY2023 at 2024-01), the year without era read in the
    document's; a target is the whole year's, whatever day its actual stands on."""
    days: dict[int, tuple[int, int]] = {}  # a fiscal year: the calendar year and month
    for text in texts:
        for m in _ONE_YEAR_AS_OF.finditer(normalize_text(text)):
            year = find_period(m.group("year")) or (
                find_eraless_period(m.group("year"), era) if era else None
            )
            if year is None or year.fiscal_year is None:
                continue
            month = int(m.group("month"))
            if not 1 <= month <= 12:
                continue
            on = find_period(m.group("date"))
            calendar = on.year if on is not None and on.year is not None else None
            if calendar is None:  # 12月末 in FY2024: December 2024; 1月末: January 2025
                calendar = year_in_fiscal_year(year.fiscal_year, month)
            # (the year's own end, 令和6年3月末 for FY2023, says no other day)
            if fiscal_year_of(calendar, month) == year.fiscal_year and month != _YEAR_END_MONTH:
                days[year.fiscal_year] = (calendar, month)
    if not days:
        return

    def on_day(cell: ValueCell) -> ValueCell:
        p = cell.period
        if p is None or p.month is not None or p.fiscal_year not in days:
            return cell
        calendar, month = days[p.fiscal_year]
        return replace(cell, period=replace(p, year=calendar, month=month))

    for d in drafts:
        d.actuals = [on_day(a) for a in d.actuals]


#: A caption that says each year's figure stands at that year's end (``KPIの推移（各年度末現在）``).
_EACH_YEAR_END = regex.compile(r"各年度末")


#: A heading that says each year's figure stands on a day of that calendar year (洋野:
#: ``実績値（各年3月31日現在）`` over ``R5 | R6 | R7``): the month.
_EACH_YEARS_DAY = regex.compile(
    r"各年\s*(?P<month>[0-9]{1,2})\s*月(?:\s*[0-9]{1,2}\s*日|末)?"
    # (道志: 国勢調査（10月1日現在） over H27 | R2, each census on its day of that year)
    r"|[(（]\s*(?P<month>[0-9]{1,2})\s*月\s*[0-9]{1,2}\s*日\s*(?:現在|時点)\s*[)）]\s*›"
)


#: A note under a table that says all its figures stand at each year's end (岩泉: ``※数値は各年度末
#: （3月31日）現在のものです``): its subject is the table's figures, not one row's, nor one list's
#: (``※実績値は各年度末現在`` says nothing of the targets, and 井原's expectation keeps even its
#: actuals plain fiscal years).
_NOTE_YEAR_ENDS = regex.compile(
    r"※?\s*(?:数値|値|各指標の(?:数値|値))\s*は、?\s*各年度末\s*"
    r"(?:[(（]\s*3\s*月\s*31\s*日\s*[)）])?\s*(?:現在|時点)"
)


#: A note under a table that says a numbered row's figures stand at each year's end, on the day
#: it names (宇和島: ``※2 No.4は各年度末（3月31日）現在の登録者数``; 加西, 十島, 剣淵): that row's
#: values, its baseline and targets too, as every hand-written reading of such a note dates
#: them (涌谷's bare ``No.4は各年度末の登録者数`` names no day, and its reading moves nothing).
_KEYED_YEAR_ENDS = regex.compile(
    # (※2 is the note's own mark, ※② a row's: a bare number after ※ or 注 names no row)
    rf"(?:(?<![※注0-9])|(?<=[※注])(?![0-9]))(?P<keys>{ROW_KEY_RUN})\s*は\s*、?\s*各年度末\s*"
    r"[(（]\s*3\s*月\s*31\s*日\s*[)）]\s*(?:現在|時点)"
)


#: What a year-end note says its row counts (``…現在の登録者数``): the words after 現在の, up to
#: a closing copula (五ヶ瀬: ``…時点の登録物件数である。``).
_COUNTED_AFTER = regex.compile(
    r"(?:現在|時点)の\s*(?P<noun>[^、。,，()（）\s]{2,20}?)(?:です|である|となる|とする)?(?:[、。,，()（）\s]|$)"
)


def _counted_tail(note: str) -> str:
    """The last two characters of what a year-end note says its row counts (``登録者数``: 者数),
    a row's name must end with; empty where it names nothing."""
    m = _COUNTED_AFTER.search(normalize_text(note))
    return m.group("noun")[-2:] if m is not None else ""


def _dated_to_year_ends(
    drafts: list[Draft],
    above: Block | None,
    notes: Sequence[str],
    numbered: Sequence[str] = (),
    kpis: bool = False,
) -> None:
    """Where the line right above a table (its caption) says its figures stand at each year's
    end (早川: ``KPIの推移（各年度末現在）``), or a note under it opens so (岩泉: ``※数値は各年度末
    （3月31日）現在のものです``), each fiscal year its values are dated by ends in March of the
    next calendar year, as ``2024年度末`` does, but for the rows the note's ただし sets apart by a
    word of their names (``ただし、龍泉洞の入洞者数は各年度…の合計です``); where a value's own
    heading says they stand on a day of each year (洋野: ``実績値（各年3月31日現在）`` over
    ``R5``), the year is that calendar year's, on that month (2023-03, FY2022); a heading of its
    own that says only that (東海: ``年度末値`` over ``R3``) dates them at their year's end as the
    caption does; a note, among ``notes`` or the ``numbered`` ones, that says so of numbered rows
    on the year-end's day (``No.4は各年度末（3月31日）現在の登録者数``) dates those rows', its
    ``KPI⑤`` the row numbered ⑤ where the table numbers its ``kpis`` so. A month printed already
    stands."""
    caption = isinstance(above, TextLine) and bool(
        _EACH_YEAR_END.search(normalize_text(above.text))
    )
    noted = [t for t in notes if _NOTE_YEAR_ENDS.match(normalize_text(t))]
    apart = [w for t in noted for w in excepted_rows(t)]
    keys = {k for t in noted for k in excepted_keys(t)}
    names = [normalize_text(d.indicator or "") for d in drafts]
    said = "; ".join(normalize_text(t).strip() for t in noted)
    if noted and (
        any(not any(w in n for n in names) for w in apart)
        or keys - {row_key(d.label, d.indicator) for d in drafts}
    ):
        # (ただし、観光客数は… beside 観光入込客数, ただし、No.9は… in a table of No.1–3: the
        # note sets apart rows it does not name so; which rows it dates is not known)
        for d in drafts:
            d.warnings.append(
                "a note under the table dates the figures at each year's end but sets apart rows "
                f"by words or numbers no row here answers to ({said}): its years were left as "
                "their headings give them"
            )
        noted = []

    # (湖南: 実績値は各年10月1日現在の値です（No.3を除く）: row 3 keeps the heading's years)
    off_day = {
        k for t in notes if _EACH_YEARS_DAY.search(normalize_text(t)) for k in excepted_keys(t)
    }

    def ended(cell: ValueCell, by_note: bool, by_day: bool = True) -> ValueCell:
        p = cell.period
        if p is None or p.fiscal_year is None or p.month is not None:
            return cell
        day = _EACH_YEARS_DAY.search(normalize_text(cell.header)) if cell.header else None
        if day is not None and not by_day:
            return cell
        if day is not None and find_period(cell.text) is None:
            month = int(day.group("month"))
            if 1 <= month <= 12:
                year = p.fiscal_year  # (R5 under 各年3月31日: 令和5年, the calendar year)
                return replace(
                    cell,
                    period=replace(
                        p, fiscal_year=fiscal_year_of(year, month), year=year, month=month
                    ),
                )
        if caption or by_note or _year_end_heading(cell.header):
            return replace(cell, period=replace(p, year=p.fiscal_year + 1, month=3))
        return cell

    # (宇和島: ※2 No.4は各年度末（3月31日）現在の登録者数: that row alone, said with the note)
    # (a numbered note may stand under another table of the page, its rows numbered alike: it
    # dates a row here only where the row counts what the note names, 登録者数 review 45)
    keyed: dict[str, tuple[str, str]] = {
        key: (normalize_text(t).strip(), "" if t in notes else _counted_tail(t))
        for t in (*notes, *numbered)
        for m in _KEYED_YEAR_ENDS.finditer(normalize_text(t))
        for named in named_keys(m.group("keys")) or ()
        # (五ヶ瀬: KPI⑤は、各年度末（3月31日）時点の… under a KPI column numbering ①–⑤)
        for key in [named.removeprefix("KPI") if kpis else named]
    }
    for d, name in zip(drafts, names, strict=True):
        key = row_key(d.label, d.indicator)
        sentence, tail = keyed.get(key or "", ("", ""))
        own = sentence if sentence and name.endswith(tail) else None
        by_note = own is not None or (
            bool(noted) and not (any(w in name for w in apart) or key in keys)
        )
        before = [v.period for v in d.value_cells()]
        by_day = key not in off_day
        d.map_values(functools.partial(ended, by_note=by_note, by_day=by_day))
        if not by_day and any(
            _EACH_YEARS_DAY.search(normalize_text(v.header)) for v in d.value_cells() if v.header
        ):
            d.warnings.append(
                "its values were left as their headings' years, not dated at the day the heading "
                "gives: a note under the table sets its row apart"
            )
        if by_note and [v.period for v in d.value_cells()] != before:
            d.warnings.append(
                f"its values were dated at each year's end, as the note under the table says "
                f"({own or said})"
            )


#: A heading over years that says each figure stands at its year's end (東海: ``年度末値`` over
#: ``R3 | R4 | R5``; ``年度末実績``, ``各年度末現在値``, ``実績値（年度末）``), no year of its own.
_YEAR_END_HEADING = regex.compile(
    r"(?:各)?年度末(?:現在|時点)?(?:実績)?(?:値|の値|の数値)?"
    # (東浦: 実績値（各年度3月31日現在）, the fiscal year's last day)
    r"|実績値?\s*[(（]\s*(?:各)?年度(?:末|\s*3\s*月\s*(?:31\s*日|末))(?:現在|時点)?\s*[)）]"
)


def _year_end_heading(header: str) -> bool:
    """Whether a part of a value's heading is a year-end word alone (``年度末値 › R3``)."""
    parts = normalize_text(header).split(HEADING_SEPARATOR.strip())
    return any(_YEAR_END_HEADING.fullmatch(part.replace(" ", "")) for part in parts)


#: A target heading for the whole of a program's period (``事業目標（全体）``, ``最終目標``).
_WHOLE_PERIOD = regex.compile(r"全体|最終|計画期間|事業期間|期間全体")


#: A heading that names a plan's last year without printing it (印西: ``基準値（第2次基本計画最終
#: 年度）``): the plan's name.
_PLAN_LAST_YEAR = regex.compile(
    r"(?P<plan>[^\s()（）、,]{2,16}?計画)\s*の?\s*(?:最終年度|最終年|終了年度|最終)"
)


def _dated_by_named_plan(drafts: list[Draft], form: FormContext) -> None:
    """Date the values under a heading naming a plan's last year (印西: ``基準値（第2次基本計画
    最終年度）``) by the one field of the form that names that plan with its span (``前計画
    第2次基本計画（…） 平成28年度～平成32年度``: FY2020), with a warning naming the field;
    nothing where no field, or fields naming different years, name it."""
    if not form.spans:
        return
    used: dict[int, str] = {}

    def dated(v: ValueCell) -> ValueCell:
        m = _PLAN_LAST_YEAR.search(normalize_text(v.header).replace(" ", ""))
        if v.period is not None or m is None:
            return v
        ends = {(p.fiscal_year, p.year): (said, p) for said, p in form.spans if m["plan"] in said}
        if len(ends) != 1:
            return v
        said, end = next(iter(ends.values()))
        used[id(v)] = said
        return replace(v, period=replace(end, raw=innermost_heading(v.header)))

    for d in drafts:
        used.clear()
        d.map_values(dated)
        if used:
            d.warnings.append(
                "values under a heading naming a plan's last year dated by the field that gives "
                f"its span ({next(iter(used.values()))})"
            )


def _dated_by_form(drafts: list[Draft], form: FormContext) -> None:
    """A target for the whole of the program's period, printed without a year (雄武:
    ``事業目標（全体）`` beside ``年度目標値（H25）``), is for the last year of the period the
    form's field names (``事業期間 平成25年度～平成29年度``; raw the field's text)."""
    if not form.period:
        return
    span = find_span(form.period)
    if span is not None:
        # 1年目 | 2年目 … under 実績値, the form's 計画期間 令和2年度～令和6年度 (設楽): each
        # year of the plan its values are for
        in_plan = functools.partial(_in_plan_year, span=span)
        for d in drafts:
            d.map_values(in_plan)
    end = end_of(form.period)
    if end is None:  # 平成18年度～（継続）: no last year
        return
    # (最終年度 under a plan of 令和3年4月1日～令和8年3月31日, 平塚: the fiscal year its heading
    # names, FY2025, not the plan's last day; 最終年度末 names that day)
    fiscal = replace(end, year=None, month=None) if end.fiscal_year is not None else end
    for d in drafts:
        if d.target_period is not None:
            continue
        d.targets = [
            replace(t, period=fiscal if _FISCAL_YEAR_WORD.search(normalize_text(t.header)) else end)
            if t.period is None and _WHOLE_PERIOD.search(normalize_text(t.header))
            else t
            for t in d.targets
        ]


#: A heading that names a fiscal year, not its end (``最終年度``; not ``最終年度末``).
_FISCAL_YEAR_WORD = regex.compile(r"年度(?!\s*末)")
#: A target's year beside its word: ``目標（令和6年度）``, ``目標値(R6)``, ``令和6年度目標``.
_TARGET_YEAR = regex.compile(
    rf"目標値?[(（](?P<p>(?:{ERA_PATTERN})?[0-9元]{{1,4}}年?度?)[)）]"
    rf"|(?P<p>(?:{ERA_PATTERN})[0-9元]{{1,2}}年?度?)(?:の)?目標"
)


def _in_plan_year(v: ValueCell, span: tuple[Period, Period]) -> ValueCell:
    """A value under an ``n年目`` heading with no period of its own, dated in the plan's span:
    the innermost heading of its path that counts a year (上士幌's ``1年目`` over ``目標値 |
    実績値``)."""
    if v.period is not None:
        return v
    parts = normalize_text(v.header).split(HEADING_SEPARATOR.strip())
    year = next(
        (y for part in reversed(parts) if (y := nth_year(part.strip(), span)) is not None), None
    )
    return replace(v, period=year) if year is not None else v


#: Weight of a heading word below which it alone does not make a column's values actuals.
_FIRM_ACTUAL = 3.0


def _future_actuals(d: Draft, report_year: int, said_by: str) -> None:
    """Values read as actuals of a fiscal year later than the one after the year the document
    reports on (羽後: ``到達値（R7）`` on a 令和5年度 sheet), under a heading whose word for an
    actual is a weak one (到達値: reached, or to be reached): nothing can have been measured for
    that year yet, so the value is its target, with a warning; under a heading of a
    projection (社人研推計（2040年）) it is neither, and is set aside with a warning. A forecast
    (見込) or a heading that says 実績 is left as read."""
    moved: list[str] = []
    projected: list[str] = []
    kept = []
    for a in d.actuals:
        # (a calendar year, 2040年, as late as a fiscal year: no measurement yet)
        year = year_of(a.period) if a.period is not None else None
        votes = current_vocabulary().votes(normalize_text(a.header).replace(" ", ""))
        # (a heading no word reads, 将来値（2040年） (東海), is as weak: a bare period's column
        # is read as actuals for want of a word)
        weak = not votes or (
            "actual" in votes and votes["actual"][0] < _FIRM_ACTUAL and "target" not in votes
        )
        if year is None or year <= report_year + 1 or "estimate" in a.flags or not weak:
            kept.append(a)
            continue
        if _PROJECTION.search(normalize_text(a.header)):
            # 社人研推計（2040年）: a projection of the future, neither a measurement nor the
            # municipality's aim
            d.superseded.append(a)
            projected.append(normalize_text(a.header))
            continue
        moved.append(normalize_text(a.header))
        d.targets.append(a)
    if moved or projected:
        d.actuals = kept
    if moved:
        d.warnings.append(
            f"values under {', '.join(dict.fromkeys(moved))} were read as targets: that year "
            f"comes after the one after FY{report_year}, the year the {said_by} names, so "
            "nothing can have been measured for it"
        )
    if projected:
        d.warnings.append(
            f"values under {', '.join(dict.fromkeys(projected))} project a year after "
            f"FY{report_year + 1}: neither an actual nor a target, not read"
        )


#: A heading of projected figures (``社人研推計（2040年）``, ``将来推計``, ``予測値``).
_PROJECTION = regex.compile(r"推計|予測|見通し|社人研")


def _relative_dated(d: Draft, report_year: int, said_by: str) -> None:
    """Date the draft's values whose heading names their year relative to the report's."""
    named: list[str] = []

    def dated(cell: ValueCell) -> ValueCell:
        if cell.period is not None:
            return cell
        period = relative_period(normalize_text(cell.header), report_year)
        if period is None:
            return cell
        named.append(f"{normalize_text(cell.header)} FY{period.fiscal_year}")
        return replace(cell, period=period)

    d.map_values(dated)
    if named:
        d.warnings.append(
            f"headings that name their year relative to the report's were read from the year "
            f"its {said_by} names, FY{report_year} ({'; '.join(dict.fromkeys(named))})"
        )


def _title_dated(d: Draft, report_year: int, said_by: str) -> None:
    """A bare 目標値 | 実績値 pair still undated once every other dating is done: the year the
    report's title names, with a warning (大町: 目標値 | 実績値 with no year on a sheet titled
    令和6年度: an evaluation reports its own year's target and actual; a 最終目標 or a 直近値
    names another year)."""
    _pair_dated(d, report_year, None, frozenset(), f"the {said_by} names, FY{report_year}")


def _pair_dated(
    d: Draft, fiscal_year: int, raw: str | None, flags: frozenset[str], said: str
) -> None:
    """Date a draft's bare 目標値 | 実績値 pair (no year, no word of another time), the pair
    alone and not where a 目標年度 column dates the row's target: ``fiscal_year``, ``raw`` the
    text that named it (None: each heading), ``flags`` added to the actual, and a warning that
    ends with ``said``."""
    if d.target_period is not None:
        return  # a 目標年度 column dates the row's target (and says the pair is no one year's)
    bare = [v for v in d.actuals if v.period is None and _plain(v, "実績")]
    paired = [v for v in d.targets if v.period is None and _plain(v, "目標")]
    if not bare:
        # 実績値 › 速報値 | 確定値 (大多喜): one year's figure printed twice, as it stood and as
        # it was fixed; both dated, the later settled to stand where it holds a number
        bare = _finality_pair([v for v in d.actuals if v.period is None])
    if len(paired) != 1 or not bare or len(bare) > 2:
        return

    def dated(cell: ValueCell) -> Period:
        return Period(fiscal_year, None, None, raw or normalize_text(cell.header))

    d.targets = [replace(v, period=dated(v)) if v is paired[0] else v for v in d.targets]
    d.actuals = [
        replace(v, period=dated(v), flags=v.flags | flags) if any(v is b for b in bare) else v
        for v in d.actuals
    ]
    d.warnings.append(
        f"values under {normalize_text(paired[0].header)} and {normalize_text(bare[0].header)}"
        f", which name no year, were read as the year {said}"
    )


def _finality_pair(cells: list[ValueCell]) -> list[ValueCell]:
    """Two undated actuals under 実績 › 速報値 | 確定値 (the one figure as it stood and as it was
    fixed), in that order; empty for any other cells."""
    if len(cells) != 2:
        return []
    inner = [innermost_heading(v.header).replace(" ", "") for v in cells]
    outer = [normalize_text(v.header).replace(" ", "") for v in cells]
    if not all("実績" in o for o in outer):
        return []
    if regex.fullmatch(r"速報値?", inner[0]) and regex.fullmatch(r"確定値?", inner[1]):
        return cells
    return []


#: A heading that names one year and nothing else, but that its figures are forecasts
#: (``令和5年度``, ``令和6年度（見込）``).
_YEAR_HEADING_ESTIMATE = regex.compile(r"[(（]?\s*見込み?\s*[)）]?\s*$")


def _heading_dated(drafts: list[Draft], above: Block | None) -> None:
    """A bare 目標値 | 実績値 pair under a heading right above its table that names one year
    alone (淡路: ``<h3>令和5年度</h3>``, ``<h3>令和6年度（見込）</h3>`` over two copies of one
    grid): that year's target and actual, the actual an estimate where the heading says 見込;
    with a warning, as the title's year dates such a pair."""
    if not isinstance(above, TextLine):
        return
    text = normalize_text(above.text)
    # (令和6年度（見込）, 令和6年度見込: the vocabulary's estimate word, a forecast)
    estimate = "estimate" in current_vocabulary().votes(text)
    bare_text = _YEAR_HEADING_ESTIMATE.sub("", text)
    try:
        year = parse_period(bare_text)
    except ParseError:
        # 2024年度（令和6年度） (大多喜): a year with its other name, one year still
        glossed = glossed_year(bare_text)
        if glossed is None or without_periods(bare_text).strip(" ()（）"):
            return
        year = glossed
    if year.fiscal_year is None or year.month is not None:
        return
    flags = frozenset({"estimate"}) if estimate else frozenset()
    for d in drafts:
        _pair_dated(d, year.fiscal_year, text, flags, f"the heading above the table names ({text})")


#: A bracket closing a heading across the table (``…追加したKPI（起点値：R2）``).
_CLOSING_BRACKET = regex.compile(r"[(（](?P<inner>[^()（）]+)[)）]\s*$")
#: A list's word and its period inside it (``起点値：R2``; ``目標値：R7、起点値：R2``).
_LISTED_PERIOD = regex.compile(r"(?P<word>[^\s:：、,]{2,6})\s*[:：]\s*(?P<period>[^\s、,]{1,12})")


def _baselines_dated_by_section(drafts: list[Draft]) -> None:
    """The baseline of the rows under a heading across the table that dates the baseline
    for them (飯南: ``▼令和3年3月の見直しで追加したKPI（起点値：Ｒ２）`` over two rows under a
    ``起点値（Ｒ元）`` column): that year's, with a warning; the other rows keep the column's."""
    vocabulary = current_vocabulary()
    for d in drafts:
        if d.baseline is None or not d.section:
            continue
        closing = _CLOSING_BRACKET.search(d.section[-1])
        pairs = _LISTED_PERIOD.finditer(closing.group("inner")) if closing is not None else ()
        m = next(
            (
                p
                for p in pairs
                if strongest_role(vocabulary.votes(p.group("word"))) == "baseline"
                and not p.group("word").endswith("日")  # 基準日: the day a figure stands on
            ),
            None,
        )
        if m is None:
            continue
        try:
            period = parse_period(m.group("period"))
        except ParseError:
            continue
        if d.baseline.period is not None and period_key(d.baseline.period) == period_key(period):
            continue
        said = normalize_text(m.group())
        d.baseline = replace(d.baseline, period=replace(period, raw=said))
        d.warnings.append(f"its baseline is dated by the heading above its rows ({said})")


def _plain(v: ValueCell, word: str) -> bool:
    """Whether a value's column heading is its list's word alone (``実績値``, ``目標``): no
    year, and no word that names another time (最終, 直近); the headings over it may name the
    indicator's slot only (新郷: ``KPI① › 実績値``)."""
    *outer, inner = normalize_text(v.header).split(HEADING_SEPARATOR.strip())
    if regex.fullmatch(rf"{word}値?", inner.replace(" ", "")) is None:
        return False
    vocabulary = current_vocabulary()

    def slot(part: str) -> bool:
        """A heading that names the indicator's slot (KPI①) and no time (最終, 中間)."""
        votes = column_votes(vocabulary, part)
        return (
            find_period(part) is None
            and bool(votes)
            and all(r == "indicator" or r.startswith("kind.") for r in votes)
        )

    return all(slot(part) for part in outer)


def _dated_value(cell: ValueCell, era: str, years: list[str]) -> ValueCell:
    """A value that prints its own year without the era (``54.6%（22年度）``), dated in the
    document's era (its year added to ``years``); any other value as it is."""
    if not cell.text.rstrip().endswith((")", "）")) or value_and_period(cell.text):
        return cell
    inside = value_and_period(cell.text, era)
    if inside is None:
        return cell
    text, period = inside
    years.append(normalize_text(period.raw))
    return replace(cell, text=text, period=period)


def _era(blocks: Iterable[Block]) -> str | None:
    """The era for years printed without one: the document's own, else the latest that fits."""
    return _era_of(list(_texts(blocks)))


def _era_of(texts: list[str]) -> str | None:
    """_era, from the document's texts that may print a year (_texts)."""
    return document_era(texts) or guess_era(texts)


def _texts(blocks: Iterable[Block]) -> Iterator[str]:
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
    if not prose and not any(layout in RECORD_LAYOUTS for layout in layouts):
        prose = _sentence_drafts(table, form, section)
    fields = sum(role == "fields" for role in reading.row_roles)
    if Layout.KEY_VALUE in layouts or (fields and fields * 2 >= len(reading.row_roles)):
        # a form's fields (事務事業名 | …, 部課名 | …), also where a code among them (整理番号 |
        # 0412) kept the table from reading as fields alone; a row of names alone is a list's
        # heading (黒部: 基本事業 | 事業メニュー | 計画期間 over the program list), no fields
        named = [r for r, role in enumerate(reading.row_roles) if role != "name"]
        read_fields(table, form, vocabulary, named)
    else:
        # a form's fields in the table's own first rows, above its header (北秋田: 事業名 | … |
        # 担当課 | 観光課 over KPI | 単位 | …): the program the rows below measure
        heads = [r for region in reading.regions for r in region.header_rows]
        top = [
            r
            for r, role in enumerate(reading.row_roles[: min(heads, default=0)])
            if role == "fields"
        ]
        if top:
            read_fields(table, form, vocabulary, top)
    if all(layout in _NOT_INDICATORS for layout in layouts):
        if not prose and Layout.KEY_VALUE in layouts:
            _note_fields_over_indicators(table, reading, vocabulary)
        return prose
    era_assumed = any(c.era_assumed for r in reading.regions for c in r.columns)
    # Tables side by side where one is not an indicator table (money beside indicators); side
    # by side indicator groups (数値目標 | KPI) are the row reader's kind groups.
    apart = len(layouts) > 1 and any(
        layout in (Layout.MONEY, Layout.STAFF, Layout.EVALUATION) for layout in layouts
    )
    # the programs' codes, names and departments printed left of the indicators' own table
    # (鳥羽): the indicators' region takes its rows' programs from there
    apart = apart or (
        len(layouts) > 1
        and Layout.ROWS in layouts[1:]
        and any(
            r.layout is Layout.OTHER and any(c.role == "program_no" for c in r.columns)
            for r in reading.regions[:-1]
        )
    )
    turned = any(layout in (Layout.PERIODS_DOWN, Layout.BLOCKS) for layout in layouts)
    # A No. column numbers the rows: the row reader has no role for a row's own label.
    numbered = any(c.role == "label" for r in reading.regions for c in r.columns)
    # Two values in a cell under a heading naming both lists (目標／実績): the row reader reads
    # one value a cell.
    paired = any(c.role == "pair" for r in reading.regions for c in r.columns)
    # An indicator's name merged down over rows of values alone, under a heading that says
    # which list each row is (上段：目標値　下段：実績値): the regions' reading follows it.
    stacked = any(
        stacked_rows(table, r, form.stacked)
        or years_down(table, r)
        or bool(named_value_columns(table, r))
        or dates_under_values(table, r)
        for r in reading.regions
        if r.layout is Layout.ROWS
    )
    # Indicator groups side by side, each with its own name column under its own heading
    # (活動指標 | 成果指標, each 指標名 | 単位 | H30実績 | R1目標 | R1実績): one record a name.
    groups = sum(_names_own_indicators(r) for r in reading.regions) > 1
    # A column of periods beside each list (基準年度, 実績年度, 目標年度): the row reader dates one
    # list from a row's own period.
    datings = any(
        sum(c.role == "target_period" for c in r.columns) > 1
        for r in reading.regions
        if r.layout is Layout.ROWS
    )
    if not (
        apart
        or turned
        or numbered
        or paired
        or stacked
        or groups
        or datings
        or Layout.NAME_ROWS in layouts
        or era_assumed
        or _titled_programs_merged(table, reading)
    ):
        return prose or None
    rows = _drafts_of_regions(table, reading, lines, form, section)
    # (宇治田原: …もらう（指標：…の割合） in a row's name cell: the row's name, read with its
    # values, no prose indicator of its own)
    read_names = {id(d.indicator_where) for d in rows if d.indicator_where is not None}
    return [d for d in prose if id(d.indicator_where) not in read_names] + rows


#: Most characters a numbered program's title merged down beside its KPIs may print (``2-1-1
#: 移住・定住の促進``; seed 001's ``48 母子保健出産期支援事業 【保健課】 (目的) …`` is a program
#: line).
_PROGRAM_TITLE_CHARS = 30


def _titled_program(text: str) -> bool:
    """Whether a program cell is a numbered title (``3　活力・情報発信``, ``2-1-1 移住・定住の
    促進``): short, a number then its words."""
    norm = normalize_text(text)
    return numbered_title(text) or (
        len(norm) <= _PROGRAM_TITLE_CHARS and numbered_name(norm) is not None
    )


def _titled_programs_merged(table: Table, reading: TableInterpretation) -> bool:
    """Whether a program column prints numbered titles merged down over their indicators' rows
    (森町: ``3　活力・情報発信`` over No. 11–13, 基本の柱): the row reader takes such a cell, on its
    first row, for the row's name; the regions' reading gives it to each row as its program."""
    grid = table.grid()
    for region in reading.regions:
        for col in region.columns:
            if col.role != "program":
                continue
            if any(
                (c := grid[r][col.index]) is not None and c.rowspan > 1 and _titled_program(c.text)
                for r in region.body_rows
            ):
                return True
    return False


def _names_own_indicators(region: RegionReading) -> bool:
    """Whether a region lists indicators by name in a column of its own, beside values."""
    roles = [c.role for c in region.columns]
    return (
        region.layout is Layout.ROWS
        and "indicator" in roles
        and any(r in ("baseline", "target", "actual", "value") for r in roles)
    )


def _deeper_header(table: Table, reading: TableInterpretation) -> bool:
    """Whether the interpretation reads more header rows than the row reader counts (a cell of
    the header's second row under a heading its neighbours span: 令和2年度 over 当初見込み), or
    a paragraph row above the header that the row reader counts as the header's first row
    (鹿島's 内容 | <what the strategy does>), or a heading row under it that the row reader
    counts as the header's last (東吾妻's 【数値目標】)."""
    if len(reading.regions) != 1 or reading.regions[0].layout is not Layout.ROWS:
        return False
    heads = reading.regions[0].header_rows
    roles = reading.row_roles
    if not heads:
        return False
    end = heads[-1] + 1
    if heads != tuple(range(heads[0], end)) or "header" in roles[end:]:
        return False  # a header repeated in the body (a second block) is the row reader's
    if any(roles[r] == "fields" for r in heads):
        return False
    counted = count_header_rows([list(row) for row in table.rows()])
    if counted > end and all(roles[r] == "section" for r in range(end, counted)):
        # a heading across the table right under the header (東吾妻's 【数値目標】), which the
        # row reader counts as a further header row and reads the columns' headings from
        return True
    if heads[0]:
        # a paragraph above the header (内容 | what the strategy does), which the row reader
        # counts as the header's first row and reads the header's columns from
        return counted >= end and all(roles[r] in ("prose", "empty") for r in range(heads[0]))
    return end > counted


def _header_names(table: Table, reading: TableInterpretation, named: list[Draft]) -> bool:
    """Whether a name the row reader read is a cell of the header rows the interpretation
    finds (神石高原: ``KPI達成に有効であったと評価した委員数``, a heading of the header's second
    row, read as an indicator): the row reader's extra names are no indicators."""
    heads = {r for region in reading.regions for r in region.header_rows}
    texts = {normalize_text(c.text) for c in table.cells if c.row in heads}
    return any(normalize_text(d.indicator or "") in texts for d in named)


#: Least confidence of a table's interpretation that reads it instead of the row reader where
#: the row reader matched most rows' cells to columns by content.
_SURE_READING = 0.9
#: The confidence of an interpretation whose columns stand over a row reader that matched rows
#: by content and lost their names.
_FAIRLY_SURE_READING = 0.8


def _misaligned(drafts: list[Draft], reading: TableInterpretation) -> bool:
    """Whether the row reader matched most rows' cells to columns by content (they did not
    line up with the header it counted: 栗山's 区分 spanning a group column and the ① column)
    and so read one list twice for a period, where the interpretation reads the table as one
    region of rows and is sure of each column; or read one list twice where the interpretation
    finds a target and an actual column for that period (羽幌's ``H26計画 | H26実績``)."""
    if not (
        any(_doubled(d) for d in drafts)  # the row reader read one list twice for a period
        and len(reading.regions) == 1
        and reading.regions[0].layout is Layout.ROWS
        and reading.regions[0].confidence >= _SURE_READING
    ):
        return False
    moved = sum(any(MOVED in w for w in d.warnings) for d in drafts)
    return moved * 2 > len(drafts) or _two_lists_a_period(reading.regions[0])


def _moved_unnamed(drafts: list[Draft], reading: TableInterpretation) -> bool:
    """Whether the row reader, matching a row's cells to columns by content, left a row of
    values without a name (北川: the first row of each group beside its 区分 cell merged down,
    ``活動指標（アウトプット）`` read as its unit), where the interpretation reads the table as one
    region of rows it is sure of."""
    return (
        len(reading.regions) == 1
        and reading.regions[0].layout is Layout.ROWS
        and reading.regions[0].confidence >= _SURE_READING
        and any(
            not d.indicator and d.has_values() and any(MOVED in w for w in d.warnings)
            for d in drafts
        )
    )


def _moved_off_names(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> bool:
    """Whether the row reader, matching a row's cells to columns by content, named a row from
    the column the interpretation reads as each row's indicator type (甘楽: the 区分 cell
    ``インプット（投入量）`` merged down beside the first row of each group), where the
    interpretation reads the table as one region of rows it is fairly sure of: the row
    reader's names, and their count, say nothing then."""
    moved = [
        d.indicator_where
        for d in drafts
        if d.indicator and d.indicator_where is not None and any(MOVED in w for w in d.warnings)
    ]
    if (
        not moved  # (most tables: every row lined up, no place to look up)
        or len(reading.regions) != 1
        or reading.regions[0].layout is not Layout.ROWS
        or reading.regions[0].confidence < _FAIRLY_SURE_READING
    ):
        return False
    roles = {c.index: c.role for c in reading.regions[0].columns}
    column_of = {cell.provenance: cell.col for cell in table.cells}
    return any(roles.get(column_of.get(where, -1)) == "type" for where in moved)


def _two_lists_a_period(region: RegionReading) -> bool:
    """Whether the interpretation reads a target column and an actual column for one period
    (羽幌: ``H26計画 | H26実績``): two lists, where the row reader read one twice."""

    def when(c: ColumnReading) -> tuple[int | None, int | None] | None:
        return (c.period.fiscal_year, c.period.year) if c.period is not None else None

    targets = {when(c) for c in region.columns if c.role == "target" and c.period is not None}
    return any(c.role == "actual" and when(c) in targets for c in region.columns)


def _doubled(d: Draft) -> bool:
    """Whether a draft holds two values of one list for one period (計画 and 実績 under a
    year both read as actuals)."""
    for values in (d.targets, d.actuals):
        periods = [
            (v.period.fiscal_year, v.period.year, v.period.month)
            for v in values
            if v.period is not None
        ]
        if len(periods) != len(set(periods)):
            return True
    return False


def _misnamed(drafts: list[Draft]) -> bool:
    """Whether the row reader named no indicator, took values for more names than it got
    right (``30件(平成26年)`` as a name), or read as many nameless rows of values as names
    without values (a two-row header it did not follow)."""
    if _names_apart(drafts):
        return True
    named = misnamed = 0
    for d in drafts:
        if _names_indicator(d):
            named += 1
            if named > len(drafts) // 2:
                return False  # most names are names: the row reader's reading stands
        elif d.indicator:
            misnamed += 1
    return not named or misnamed > named


def _names_apart(drafts: list[Draft]) -> bool:
    """Whether the row reader read names on rows of their own and values on others, as many
    nameless rows of values as names without values: a header the rows did not follow."""
    bare_names = sum(bool(d.indicator) and not d.has_values() for d in drafts)
    return (
        bool(bare_names) and sum(not d.indicator and d.has_values() for d in drafts) >= bare_names
    )


def _valueless(drafts: list[Draft], reading: TableInterpretation, vocabulary: Vocabulary) -> bool:
    """Whether the row reader named indicators but read no value for any of them, where the
    interpretation finds columns of values whose headings name no money (a spanning group row
    under the header taken for the header's second row, so every column became a name column;
    not KPIs listed beside the program's 事業費, which hold no value of theirs)."""
    if not drafts or any(d.has_values() for d in drafts) or not any(d.indicator for d in drafts):
        return False
    return any(
        c.role in ("baseline", "target", "actual", "value")
        and "money" not in vocabulary.votes(c.header)
        for r in reading.regions
        if r.layout in (Layout.ROWS, Layout.NAME_ROWS)
        for c in r.columns
    )


def _names_elsewhere(table: Table, reading: TableInterpretation, drafts: list[Draft]) -> bool:
    """Whether the row reader's names repeat one word (a category, not indicators) and stand
    outside the columns the interpretation reads as indicators (``当初`` from a 区分 column,
    where 成果指標 heads the names): the header rules read the table otherwise than its
    evidence does."""
    columns = {
        (r.first_col, c.index)
        for r in reading.regions
        if r.layout is Layout.ROWS
        for c in r.columns
        if c.role == "indicator"
    }
    if not columns or not drafts:
        return False
    names = [normalize_text(d.indicator) for d in drafts if d.indicator]
    if len(names) < 3 or len(set(names)) * 2 > len(names):
        return False  # distinct names: the header rules' reading is not contradicted
    texts = {
        normalize_text(cell.text)
        for cell in table.cells
        if any(cell.col <= index < cell.col + cell.colspan for _, index in columns)
    }
    outside = sum(1 for d in drafts if d.indicator and normalize_text(d.indicator) not in texts)
    return outside * 2 > len(drafts)


def _names_under_value_heading(
    table: Table, reading: TableInterpretation, drafts: list[Draft], vocabulary: Vocabulary
) -> bool:
    """Whether most of the row reader's names come from a column the interpretation leaves
    unread under a heading that names a list of values, beside an indicator column of its own
    (``目標（R6）`` over ``村人口の1%（約45人）の移住``: targets the row reader took for names)."""
    unread = {
        c.index
        for r in reading.regions
        if r.layout is Layout.ROWS and any(c.role == "indicator" for c in r.columns)
        for c in r.columns
        if c.role == "ignore" and heads_value_list(vocabulary, c.header)
    }
    if not unread:
        return False
    column_of = {cell.provenance: cell.col for cell in table.cells}
    named = [d.indicator_where for d in drafts if d.indicator and d.indicator_where is not None]
    under = sum(column_of.get(where, -1) in unread for where in named)
    return bool(named) and under * 2 > len(named)


def _names_indicator(d: Draft) -> bool:
    """Whether a draft's name is a name, not a value taken for one (``30件(平成26年)``)."""
    name = split_label(d.indicator or "").text
    if not name:
        return False
    return value_and_period(name) is None and not is_value(classify(name))


#: Where a numbered heading starts on a line (``２ 活動指標の推移``, ``(3) 成果指標``): at the
#: line's start or after a space, the number then a space.
_HEADING_START = regex.compile(
    r"(?:^|(?<=\s))(?:[0-9０-９]{1,2}|[(（][0-9０-９]{1,2}[)）])\s+(?=\S)"
)


def side_by_side_headings(line: str, n: int) -> list[str] | None:
    """The ``n`` numbered headings a line prints one after the other (a workbook's row of two
    headings over two tables side by side: ``２ 活動指標の推移 ３ 成果指標の推移``), each with its
    number, where the line opens with the first and holds exactly ``n``; None elsewhere."""
    norm = normalize_text(line).strip()
    starts = [m.start() for m in _HEADING_START.finditer(norm)]
    if n < 2 or len(starts) != n or starts[0] != 0:
        return None
    parts = [norm[a:b].strip() for a, b in itertools.pairwise([*starts, len(norm)])]
    numbers = [int(fold_width(regex.sub(r"[^0-9０-９]", "", p.split()[0]))) for p in parts]
    if any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return None  # (2 tables 3 rows: figures, not headings counted on)
    return parts


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
    legend: dict[str, str] | None = None
    read = [r for r in reading.regions if r.layout in RECORD_LAYOUTS]
    # (阿武's workbook: ２ 活動指標の推移 over the left table, ３ 成果指標の推移 over the right,
    # one line of the sheet: each region's heading, left to right, where no box places them)
    beside = side_by_side_headings(section[-1], len(read)) if split and section else None
    for region in reading.regions:
        if region.layout not in RECORD_LAYOUTS:
            continue
        heading = heading_above(lines, table, region if split else None)
        if heading is None and beside is not None:
            heading = beside[read.index(region)]
        found = region_drafts(table, reading, region, [heading] if heading else section, form)
        if region.header_rows:
            # 南丹: 観光入込客数 merged over 園部 | … | 計 under one 成果指標 over both columns,
            # read as the rows reader reads 富加's parts
            names = [c.index for c in region.columns if c.role == "indicator"]
            found = parts_under_one_heading(table, region.header_rows[-1] + 1, names, found)
        marks = [c.index for c in region.columns if c.role == "evaluation"]
        if marks and found:
            if legend is None:
                legend = status_legend([*(x.text for x in lines), *(c.text for c in table.cells)])
            _marks_read(table, marks[0], found, legend)
        drafts.extend(found)
    return drafts


def _marks_by_legend(
    table: Table, reading: TableInterpretation, drafts: list[Draft], lines: list[TextLine]
) -> None:
    """The marks of a table's one column of judgements (評価 over A | B), read as statuses where
    a legend on the page (``lines``) defines them by the target (岡垣:
    ``評価 A：R6目標値を達成（見込を含む） B：目標値に届かないが基準値より改善 C：基準値より悪化``
    under the grid), for the drafts of a table of one region (the regions reader reads each
    region's marks itself)."""
    if len(reading.regions) != 1 or not any(d.status is None for d in drafts):
        return
    marks = [c.index for c in reading.regions[0].columns if c.role == "evaluation"]
    if len(marks) != 1:
        return
    legend = status_legend([*(x.text for x in lines), *(c.text for c in table.cells)])
    if legend:
        _marks_read(table, marks[0], drafts, legend)


def _marks_read(table: Table, col: int, drafts: list[Draft], legend: dict[str, str]) -> None:
    """Each draft's mark in a column of marks, as its printed status where a legend on the
    page defines the mark by the target (``○目標達成 ×目標未達成``, ``「達成」・・・「◎」``); a mark
    no legend defines is a grade, not read as a status, and a mark beside a row of several
    indicators judges their program, none of them."""
    grid = table.grid()
    per_row = Counter(d.row for d in drafts)
    for d in drafts:
        if d.status is not None or d.row is None or per_row[d.row] > 1:
            continue  # (one mark over a row of several indicators judges the program: 恩納)
        cell = grid[d.row][col]
        mark = normalize_text(cell.text).replace(" ", "") if cell is not None else ""
        if mark in legend:
            d.status, d.status_meaning = mark, legend[mark]


#: The first characters of a block heading (``≪…≫``, ``（５）…``, ``２ 事業目標``, ``＜…＞``).
_HEADING_STARTS = frozenset("≪(（<＜0123456789０１２３４５６７８９")


def _sentence_drafts(table: Table, form: FormContext, section: list[str]) -> list[Draft]:
    """Goals written as sentences in a table no layout reads (千葉's 成果目標: ``…普及率を43%
    (H22当初)から52.9%(H26末)に増加させる。``, or a line ``千葉市の河川整備率　45.2%(H23)→74.0%
    (H26)`` under a purpose sentence): one draft a sentence, its name, the level it starts from as
    the baseline and the level to reach as the target, each dated by its bracket, the sentence
    its target statement; a row's own number before it labels it."""
    out: list[Draft] = []
    for row in table.rows():
        cells = [c for c in row if not c.empty]
        number = next(
            (
                normalize_text(c.text)
                for c in cells[:1]
                if regex.fullmatch(r"[0-9]{1,3}", normalize_text(c.text))
            ),
            None,
        )
        for cell in cells:
            texts = [x for t in cell.line_texts() for x in t.splitlines() if x.strip()]
            found = [s for s in (parse_change_sentence(t) for t in texts) if s is not None]
            if not found and len(texts) > 1:
                joined = parse_change_sentence(join_lines(texts))
                found = [joined] if joined is not None else []
            for sentence in found:
                d = Draft(None, Kind.KPI, list(section), form.as_program(), sentence.name)
                d.indicator_where = cell.provenance
                d.page, d.line = cell.provenance.page, cell.provenance.line
                d.department = form.department
                d.label = number
                d.baseline = ValueCell(
                    sentence.start,
                    _bracket_period(sentence.start_period),
                    where=cell.provenance,
                    value_text=sentence.start_level,
                )
                d.targets.append(
                    ValueCell(
                        sentence.end,
                        _bracket_period(sentence.end_period),
                        where=cell.provenance,
                        value_text=sentence.end_level,
                    )
                )
                if sentence.statement is not None:
                    d.target_texts.append(sentence.statement)
                out.append(d)
    return out


def _bracket_period(text: str) -> Period | None:
    """The period a level's bracket prints (``H21``, ``H22当初``; ``H25末``: the fiscal year's
    end, as ``年度末``), its raw the bracket's text."""
    norm = normalize_text(text)
    # (only an era's year alone before 末 is a fiscal year's end: R2.3末 and R2年末 say more)
    end = regex.fullmatch(rf"(?P<year>(?:{ERA_PATTERN})\s*(?:[0-9]{{1,2}}|元))\s*末", norm)
    found = find_period(end.group("year") + "年度末" if end else norm)
    return replace(found, raw=norm) if found is not None else None


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
                    cell.text,
                    cell.provenance.page,
                    [heading] if heading else [],
                    form,
                    cell.provenance,
                )
            )
    return out
