"""Drafts from a table interpretation: the layouts the row reader does not know.

``interpretation.interpret_table`` says what each region of a table is; this module maps the
regions that hold indicators to drafts (one indicator a row, or each name on its own row above
its values), reads a form's fields (事務事業名, 所属名, No.) into the program the tables below
belong to, and reads indicators written as prose lines (``指標：補助件数【数値目標：…40件】``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.period import (
    ERA_PATTERN,
    Period,
    find_eraless_period,
    find_period,
    find_span,
    parse_period,
    reads_as_period,
    without_periods,
    year_of,
)
from jpkpi.primitives.quantity import (
    RATE_UNITS,
    dash_only,
    normalize_unit,
    parse_quantity,
    split_scale,
)
from jpkpi.primitives.target import (
    DECREASE_WORDS,
    INCREASE_WORDS,
    MAINTAIN_WORDS,
    TargetStatement,
    parse_target_statement,
)
from jpkpi.primitives.text import (
    RANGE_MARKS,
    enclosed,
    normalize_text,
    noun_head,
    round_enclosed,
    split_label,
    unwrapped_unit,
)
from jpkpi.tables.model import Cell, Provenance, Table, TextLine
from jpkpi.understanding.cells import (
    LINE_MARKS,
    ROW_LETTER,
    TYPE_WORDS,
    UNIT_NOTE,
    CellClass,
    bare_names,
    baseline_remark,
    block_kind,
    bracket_flags,
    bracket_note,
    classify,
    derived_row_note,
    grades_row,
    input_row_note,
    is_value,
    list_column,
    list_flags,
    list_of,
    listed_lines,
    listed_values,
    marked_units,
    money_group,
    money_word,
    name_before_value,
    name_without_gloss,
    named_values_noted,
    names_departments,
    printed_status,
    reference_row_note,
    row_series_list,
    shared_names,
    split_labelled_pair,
    split_pair,
    stacked_lists,
    staff_group,
    stated_unit,
    status_word,
    type_of,
    typed_kind,
    unit_note,
    unit_only,
    unit_word,
    value_and_period,
)
from jpkpi.understanding.drafts import (
    Draft,
    ValueCell,
    column_value,
    units_after,
    with_own_unit,
)
from jpkpi.understanding.interpretation import (
    BESIDE_NAMES,
    CURRENCY,
    HEADING_SEPARATOR,
    NONE_OF_ITS_LISTS,
    RECORD_LAYOUTS,
    ColumnReading,
    Layout,
    RegionReading,
    TableInterpretation,
    bare_unit,
    innermost_heading,
    values_label,
    worked_out,
)
from jpkpi.understanding.notices import notice
from jpkpi.understanding.period_notes import date_actual_at_day
from jpkpi.understanding.programs import Program, numbered_name, parse_program, program_heading
from jpkpi.understanding.sections import heading_level
from jpkpi.understanding.unit_notes import ROW_KEY
from jpkpi.understanding.vocabulary import (
    Kind,
    Role,
    Vocabulary,
    current_vocabulary,
    for_reference,
    header_kind,
    reference_word,
    remarks,
    row_kind,
    strongest_role,
    voted_list,
)
from jpkpi.understanding.year_basis import count_years, header_bases

_KINDS = {"kind.activity": Kind.ACTIVITY, "kind.kpi": Kind.KPI, "kind.goal": Kind.GOAL}
_BRACKET_TARGET = regex.compile(r"\s*【\s*(?P<t>[^【】]*?)\s*】\s*$")
_PAREN_UNIT = regex.compile(
    r"\s*(?:[(（]\s*(?:単位\s*[:：]\s*)?(?P<u>[^()（）]{1,8})\s*[)）]"
    # or in square brackets (山鹿: 観光入込客数［千人］), or tortoise-shell ones (松茂: 〔千人〕)
    r"|[\[［]\s*(?:単位\s*[:：]\s*)?(?P<u>[^\[\]［］]{1,8})\s*[\]］]"
    r"|〔\s*(?:単位\s*[:：]\s*)?(?P<u>[^〔〕]{1,8})\s*〕)\s*$"
)
#: A parenthesized formula or reference (``A／C``, ``B/人口*1,000``) is not a unit.
_FORMULA = regex.compile(
    r"^[A-ZＡ-Ｚ\s/／*＊+＋\-－・,，0-9０-９\p{Han}]*[A-ZＡ-Ｚ][A-ZＡ-Ｚ\s/／*＊+＋\-－]*$"
)
_KPI_NUMBER = regex.compile(r"KPI[\u2460-\u2473\u3251-\u325f0-9]+", regex.IGNORECASE)
#: A label word numbered (``成果指標1``, ``活動指標②``).
_NUMBERED_WORD = regex.compile(r"\p{Han}{1,6}[0-9\u2460-\u2473]{1,2}")
_PROGRAM_NO = regex.compile(r"^(?:NO|No|no|Ｎｏ|ＮＯ)[.．]?\s*(?P<n>[0-9０-９]{1,4})$")
_PERIOD_NOTE = regex.compile(r"【\s*事業(?:実施)?期間\s*】\s*(?P<p>[^【】]+?)\s*$")
_HEADING = regex.compile(r"^(?:≪.+≫|[(（][0-9０-９]{1,2}[)）].+|[0-9０-９]{1,2}\s+\S.*|＜.+＞)$")


@dataclass
class FormContext:
    """What a form's fields say about the tables below them: program, number, department."""

    program: str | None = None
    program_no: str | None = None
    department: str | None = None
    period: str | None = None
    #: The fiscal year a field says the form reports on (``対象年度 令和6年度``: 2024).
    report_year: int | None = None
    #: The indicator the fields just above a table name, for that table only (see NamedField).
    indicator: NamedField | None = None
    #: The list each line of an indicator's rows gives, where a note right above the table says
    #: (魚津: ``※数値目標、KPIは、上段が目標値、下段が実績値``), for that table only.
    stacked: tuple[Role, ...] | None = None
    #: The span of years that note names (磐梯: ``※R3～R5の各欄は、上段が目標値…``), if any.
    stacked_span: tuple[Period, Period] | None = None
    #: The label each field was read under (``整理番号``), so that a qualified label of the same
    #: field (``前年度整理番号``, the number the program had the year before) does not replace it.
    labels: dict[str, str] = field(default_factory=dict)
    #: The weight of the word each field was read under: a field named by a weaker word (施策名
    #: beside 事務事業名, the policy the program serves) does not replace it.
    weights: dict[str, float] = field(default_factory=dict)
    #: Each field that names a span of years, its label and value as one text, and the span's
    #: last year (印西: ``前計画 第2次基本計画（…） 平成28年度～平成32年度``: FY2020).
    spans: list[tuple[str, Period]] = field(default_factory=list)

    def qualifies(self, role: str, label: str) -> bool:
        """Whether ``label`` only qualifies the one the field ``role`` was read under (ends
        with it and is longer): another field, which must not replace it."""
        before = self.labels.get(role)
        return before is not None and label != before and label.endswith(before)

    def as_program(self) -> Program | None:
        """The program the form names, or None."""
        if not (self.program or self.program_no):
            return None
        return Program(self.program, self.program_no, self.department)


def read_fields(
    table: Table, form: FormContext, vocabulary: Vocabulary, rows: Iterable[int] | None = None
) -> None:
    """Take a key-value table's program, department and number into the form context (of
    ``rows`` only, where given: a form's fields printed in the table's first rows)."""
    wanted = None if rows is None else set(rows)
    for r, row in enumerate(table.rows()):
        if wanted is not None and r not in wanted:
            continue
        cells = [c for c in row if not c.empty]
        k = 0
        if (
            len(cells) >= 4
            and _BLOCK_NUMBER.fullmatch(normalize_text(cells[0].text).replace(" ", ""))
            and classify(cells[1].text) in (CellClass.TEXT, CellClass.HEADER)
            and not vocabulary.votes(normalize_text(cells[1].text))
            and form.weights.get("program", 0.0) == 0.0
        ):
            # 安曇野: (1) | 安曇野暮らし移住定住促進事業 | 担当課 | 政策経営課 heading a 事業's
            # block: the block's number and its 事業, then its fields
            form.program = parse_program(cells[1].text).name or None  # (【新規】 is no name)
            form.program_no = normalize_text(cells[0].text).replace(" ", "")
            form.labels["program"] = form.labels["program_no"] = ""
            form.weights["program"] = 0.0
            k = 2
        while k + 1 < len(cells):
            label, value = cells[k].text, cells[k + 1].text
            if k + 2 < len(cells) and _number_then_name(
                label, value, cells[k + 2].text, vocabulary
            ):
                # 事業番号・事業名 | 1-① | 観光誘客…, 基本事業 | 26-2 | 防災意識の…: the number,
                # then the name (a stronger label's pair replaces a weaker one's: 基本事業 over
                # 施策)
                named = regex.sub(r"[(（][^)）]*[)）]", "", normalize_text(label))
                weight = vocabulary.votes(named)["program"][0]
                if not form.qualifies("program", named) and weight >= form.weights.get(
                    "program", weight
                ):
                    before = form.labels.get("program")
                    form.program = normalize_text(cells[k + 2].text) or None
                    form.labels["program"] = named
                    form.weights["program"] = weight
                    # the number goes with its name, unless a field of its own gave it
                    if form.labels.get("program_no") in (None, before):
                        form.program_no = normalize_text(value)
                        form.labels["program_no"] = named
                k += 3
                continue
            _take_field(form, label, value, vocabulary)
            span = find_span(value)
            if span is not None:
                said = f"{normalize_text(label)} {normalize_text(value)}".replace(" ", "")
                form.spans.append((said, span[1]))
            k += 2


#: A 事業's number in brackets heading its block (``(1)``, ``（２）``).
_BLOCK_NUMBER = regex.compile(r"[(（][0-9]{1,2}[)）]")
#: Longest label of a field that names an indicator (``KPI その1``, ``数値目標1``, ``指標名``).
_NAMING_LABEL_CHARS = 12
#: Longest indicator name a field prints (a longer text is a description of it).
_FIELD_NAME_CHARS = 60


@dataclass(frozen=True)
class NamedField:
    """An indicator named by a form's field above its table (つくば: ``KPI その1 | 平成27年度から
    …新規プロジェクトの創出数 | 指標担当部課等 | 科学技術・特区推進課``), for a table that lists its
    values by kind (目標 / 実績 rows) and prints no name of its own."""

    name: str
    label: str
    where: Provenance
    kind: Kind | None = None
    department: str | None = None


def indicator_field(table: Table, vocabulary: Vocabulary) -> NamedField | None:
    """The one field of ``table`` whose short label votes for an indicator (its strongest vote,
    or a kind: ``数値目標1``) and whose value beside it is a name: words, no value, no heading
    word. None where no field or more than one names an indicator: which name a table below
    takes must not be a guess."""
    found: list[NamedField] = []
    department: str | None = None
    for row in table.rows():
        cells = [c for c in row if not c.empty]
        for label, value in itertools.pairwise(cells):
            text = normalize_text(label.text)
            said = normalize_text(value.text)
            votes = vocabulary.votes(text)
            if len(text.replace(" ", "")) > _NAMING_LABEL_CHARS or not votes:
                continue
            if names_departments(said):
                # 指標担当部課等 | 科学技術・特区推進課: whatever the label's words, a department
                department = said.replace(" ", "")
                continue
            if vocabulary.votes(said):
                continue  # a heading beside a heading
            strongest = strongest_role(votes)
            kind = header_kind(text)
            if "indicator" not in votes or (strongest != "indicator" and kind is None):
                continue
            if classify(said) is not CellClass.TEXT or not 0 < len(said) <= _FIELD_NAME_CHARS:
                continue
            found.append(NamedField(said, text, value.provenance, kind))
    if len(found) != 1:
        return None
    return replace(found[0], department=department)


#: A label that says its value carries a code in brackets (``事業名（コード）``).
_CODE_LABEL = regex.compile(r"[(（]\s*(?:コード|番号|No\.?|ＮＯ)\s*[)）]")
#: A name with its code in brackets after it (``額田ダシまつり補助事業（130321）``).
_CODE_AFTER = regex.compile(
    r"(?P<name>.+?)\s*[(（]\s*(?P<code>[0-9A-Za-z][0-9A-Za-z\-‐－]{1,11})\s*[)）]"
)
#: A program's number as forms print it: digits, letters, dashes and circled numbers, no word.
_PROGRAM_CODE = regex.compile(r"[0-9A-Za-z\u2460-\u2473][0-9A-Za-z\u2460-\u2473\-‐－ー.・()]{0,11}")


def _number_then_name(label: str, value: str, after: str, vocabulary: Vocabulary) -> bool:
    """Whether a field labelled for a program (``事業番号・事業名``, ``基本事業``) prints a code,
    then the name in the next cell (no label of its own, no code)."""
    votes = vocabulary.votes(regex.sub(r"[(（][^)）]*[)）]", "", normalize_text(label)))
    return (
        "program" in votes
        and bool(_PROGRAM_CODE.fullmatch(normalize_text(value).replace(" ", "")))
        and not _PROGRAM_CODE.fullmatch(normalize_text(after).replace(" ", ""))
        and not vocabulary.votes(normalize_text(after))
    )


def _take_field(form: FormContext, label: str, value: str, vocabulary: Vocabulary) -> bool:
    named = regex.sub(r"[(（][^)）]*[)）]", "", normalize_text(label))
    votes = vocabulary.votes(named)
    head = noun_head(named)
    crossing = any("の" in word for _, words in votes.values() for word in words)  # 事業の名称
    if head and not crossing and vocabulary.votes(head):
        votes = vocabulary.votes(head)  # 基本事業の目的: a field about the program, no program
    if not votes:
        return False
    role = max(votes, key=lambda r: votes[r][0])
    weight = votes[role][0]
    if form.qualifies(role, named) or weight < form.weights.get(role, weight):
        return False
    text = normalize_text(value)
    if role == "period_field":
        form.period = text or form.period
        return True
    if role == "year_field":
        # 対象年度 | 令和6年度: one fiscal year (a span, or a year with words, names none)
        try:
            year = parse_period(text)
        except ParseError:
            return True
        if year.fiscal_year is not None and "年度" in text:
            form.report_year = year.fiscal_year
            form.labels[role] = named
        return True
    if role == "program":
        if form.program is not None and "program_no" not in form.labels:
            form.program_no = None  # the number the weaker field's name carried (② 学校教育の充実)
        if form.program is not None and form.program != text:
            form.period = None  # another program's form: the period read before was its own
        m = _PERIOD_NOTE.search(text)
        if m:
            form.period = m.group("p")
            text = text[: m.start()].strip()
        coded = _CODE_AFTER.fullmatch(text)
        if coded and _CODE_LABEL.search(normalize_text(label)) and "program_no" not in form.labels:
            # 事業名（コード） | 額田ダシまつり補助事業（130321）: the label says the code follows
            text = coded.group("name")
            form.program_no = coded.group("code")
        circled = regex.match(r"([\u2460-\u2473])\s*(\S.*)", text)
        numbered = numbered_name(text)
        if circled:  # ① 市内企業の経営支援: the number is the program's
            text = circled.group(2)
            if "program_no" not in form.labels:  # (a number field of the form's own stands)
                form.program_no = circled.group(1)
        elif numbered and "program_no" not in form.labels:
            # 施策 | 3-2 農業の振興 (奥州): the number is the program's, the rest its name
            form.program_no, text = numbered
        form.program = text or None
    elif role == "department":
        form.department = text.replace(" ", "") or None
    elif role == "program_no" and _PROGRAM_CODE.fullmatch(text.replace(" ", "")):
        form.program_no = text
    else:
        return False
    form.labels[role] = named
    form.weights[role] = weight
    return True


def read_field_lines(lines: list[TextLine], form: FormContext, vocabulary: Vocabulary) -> None:
    """Fields printed as text outside tables: ``NO. 10``, or a label with its value beside it."""
    for k, line in enumerate(lines):
        text = normalize_text(line.text)
        m = _PROGRAM_NO.match(text)
        if m:
            form.program_no = normalize_text(m.group("n"))
            continue
        if len(text) > 8 or not vocabulary.votes(text):
            continue
        others = lines[:k] + lines[k + 1 :]
        value = _beside(line, others) or _below(line, others)
        if value is not None:
            _take_field(form, text, value.text, vocabulary)


def _beside(label: TextLine, others: list[TextLine]) -> TextLine | None:
    """The line printed right of a label on the same baseline, within 120 points."""

    def gap(box: tuple[float, ...], ob: tuple[float, ...]) -> float | None:
        same_line = min(box[3], ob[3]) - max(box[1], ob[1]) > 0.5 * (box[3] - box[1])
        return ob[0] - box[2] if same_line and box[2] - 1 <= ob[0] < box[2] + 120 else None

    return _nearest(label, others, gap)


def _below(label: TextLine, others: list[TextLine]) -> TextLine | None:
    """The line printed right under a label (a boxed value below ``No.``)."""

    def gap(box: tuple[float, ...], ob: tuple[float, ...]) -> float | None:
        # A value under a label may be centred in a box wider than the label.
        near = ob[0] < box[2] + 40 and ob[2] > box[0] - 10
        return ob[1] - box[3] if near and -1 <= ob[1] - box[3] < 30 else None

    return _nearest(label, others, gap)


def _nearest(
    label: TextLine,
    others: list[TextLine],
    gap: Callable[[tuple[float, ...], tuple[float, ...]], float | None],
) -> TextLine | None:
    """The other line of the label's page at the smallest gap (None: not in that place)."""
    box = label.provenance.bbox
    if box is None:
        return None
    best: tuple[float, TextLine] | None = None
    for other in others:
        ob = other.provenance.bbox
        if ob is None or other.provenance.page != label.provenance.page:
            continue
        g = gap(box, ob)
        if g is not None and (best is None or g < best[0]):
            best = (g, other)
    return best[1] if best else None


def heading_like(text: str) -> bool:
    """A block heading's look: ``≪事業実績等≫``, ``（５）…``, ``２ 事業目標``, ``＜…＞``."""
    return bool(_HEADING.match(normalize_text(text)))


def heading_above(lines: list[TextLine], table: Table, region: RegionReading | None) -> str | None:
    """The block heading printed above a table (≪事業実績等≫, (5)…); for a region of a table
    printed beside another, the heading that stands over the region's columns."""
    page = table.provenance.page
    top = table.provenance.bbox[1] if table.provenance.bbox else None
    x_range = _region_x(table, region) if region is not None else None
    whole = table_x(table)
    candidates = []
    for line in lines:
        if line.provenance.page != page or line.provenance.bbox is None or top is None:
            continue
        lb = line.provenance.bbox
        text = normalize_text(line.text)
        if lb[3] > top + 1 or top - lb[3] > 60 or not _HEADING.match(text):
            continue
        if x_range is not None and not (x_range[0] - 5 <= lb[0] <= x_range[1]):
            continue
        # (two headings side by side over two tables, 佐用: the one over this table's columns
        # first, whatever a fraction of a point between their baselines says)
        beside = whole is not None and not (lb[0] < whole[1] and lb[2] > whole[0])
        candidates.append((beside, top - lb[3], text))
    return min(candidates)[2] if candidates else None


def table_x(table: Table) -> tuple[float, float] | None:
    """The horizontal extent of a table's cells, where the source places them."""
    boxes = [c.provenance.bbox for c in table.cells if c.provenance.bbox]
    return (min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else None


def _region_x(table: Table, region: RegionReading) -> tuple[float, float] | None:
    xs = [
        c.provenance.bbox
        for c in table.cells
        if c.provenance.bbox and region.first_col <= c.col < region.end_col
    ]
    if not xs:
        return None
    return min(b[0] for b in xs), max(b[2] for b in xs)


def _own_unit(vc: ValueCell, col: int, units: Mapping[int, str]) -> ValueCell:
    """A value read with the unit of the unit column right after it (drafts.with_own_unit),
    where the row's unit columns differ; a value with no unit column right after it keeps the
    record's."""
    after = units.get(col + 1)
    return with_own_unit(vc, after) if after is not None else vc


def region_drafts(
    table: Table,
    reading: TableInterpretation,
    region: RegionReading,
    section: list[str],
    form: FormContext,
) -> list[Draft]:
    """Drafts of one region that holds indicators."""
    if region.layout is Layout.PERIODS_DOWN:
        return _periods_down_drafts(table, reading, region, section, form)
    if region.layout is Layout.BLOCKS:
        return _block_drafts(table, reading, region, section, form)
    named = named_value_columns(table, region)
    if named:
        return _named_value_drafts(table, reading, region, named, section, form)
    if listed_indicators(table, region):
        return _listed_drafts(table, reading, region, section, form)
    kind = _KINDS.get(
        region.kind or "", Kind.ACTIVITY if region.layout is Layout.NAME_ROWS else Kind.KPI
    )
    grid = table.grid()
    warnings = list(reading.warnings)
    drafts: list[Draft] = []
    indicator_col = next((c.index for c in region.columns if c.role == "indicator"), None)
    units = [c for c in region.columns if c.role == "unit"]
    unit_col = max(units, key=lambda c: c.score).index if units else None  # the surest one
    # (columns headed 単位 whose cells are units: 海津's 指標値 | 単位 | 実績値 | 単位)
    unit_cols = {c.index for c in units if "単位" in innermost_heading(c.header)}
    # 単位（年間） over the units (河津): how every row's values are counted, as 人（年間） says
    # of its row
    counted = next(
        (
            m.group("how")
            for c in units
            if c.index == unit_col
            and (m := _COUNTED_HEADING.fullmatch(innermost_heading(c.header).replace(" ", "")))
        ),
        None,
    )
    labels = [c.index for c in region.columns if c.role == "label"]
    label_col = labels[0] if labels else None
    # each row's own target year (目標年度 | 29年度), for its targets that name none
    dated = next((c for c in region.columns if c.role == "target_period"), None)
    # 基準値 | 基準年度 | 実績値 | 実績年度 | 目標値 | 目標年度 (白馬): a column of periods for
    # each list, each dating the list its heading names
    datings = period_columns(region)
    # 中間評価 over 中間目標値 | 年度 | 中間実績 (十津川): a column of periods under the same upper
    # heading as value columns dates those values, whichever list each is
    grouped = _grouped_datings(grid, region)
    datings = [(c, listed) for c, listed in datings if c.index not in grouped.values()]
    dated_lists = list(datings)  # every column of periods with the list it dates
    # whether each column of periods dates the actuals, worked out once a column (the grouped
    # ones too: the first column of periods, 十津川's, may be one)
    actual_years = {
        c.index: dates_the_actuals(region, c, dated_lists)
        for c in region.columns
        if c.role == "target_period"
    }
    if len(datings) > 1:
        dated = next((c for c, listed in datings if listed == "target"), None)
        dated_list = "target"
    else:
        dated_list = datings[0][1] if datings else "target"  # the one column's list
        datings = []
    # One program a row (No. | 所管課 | 事務事業名 | 指標 …): the row's program, its department,
    # and the No. numbers the programs, not the indicators.
    program_col = next((c.index for c in region.columns if c.role == "program"), None)
    department_col = next((c.index for c in region.columns if c.role == "department"), None)
    code_col = next((c.index for c in region.columns if c.role == "program_no"), None)
    if program_col is None and department_col is None and code_col is None:
        # one program a row, its name in the table printed beside (養父: No | 交付対象事業の名称 |
        # 事業費 on the left of the KPIs): the row's program, number and department
        program_col, department_col, program_number_col, row_number_col = _program_columns_left(
            table, reading, region
        )
        label_col = label_col if label_col is not None else row_number_col
    else:
        program_number_col = row_number_col = None
    # programs merged down over their indicators' rows beside a No. a row (塩谷: 移住・定住 over
    # 1 | 2, 地域間交流 beside 5 alone): the No. numbers the indicators, in every row
    programs_merged = _merged_over_numbers(grid, region, program_col, label_col)
    type_col = next((c.index for c in region.columns if c.role == "type"), None)
    status_cols = _status_columns(region)
    kind_col = next((c.index for c in region.columns if c.role == "kind"), None)
    if kind_col is None:
        kind_col = _kind_column_left(grid, reading, region)
    value_cols = [c for c in region.columns if c.role in ("baseline", "target", "actual", "pair")]
    if not value_cols:
        return []
    first_value = min(c.index for c in value_cols)
    pending: tuple[str, Cell] | None = None
    body = {
        r: [c for c in grid[r][region.first_col : region.end_col] if c is not None and c.row == r]
        for r in region.body_rows
    }
    # 区分: 目標 / 実績 in turn: each row lists that kind of value, under the header's periods
    list_col = list_column(list(body.values()))
    if list_col is not None:
        # 最終 over values, naming no list (仙北): each row's 区分 says which list its cell is
        value_cols += [c for c in region.columns if c.role == "value"]
    # 年度別の推移（上段：目標値　下段：実績値）: each indicator's rows list in turn
    stacked = _stacked_heading(grid, region, form.stacked, form.stacked_span)
    # 信濃: a name merged down over rows that each print their own year (事業開始前（H29.3）,
    # H29年度 …) in a column of periods: each row's values are that year's
    years = dated if dated is not None and years_down(table, region) else None
    if years is not None:
        dated = None  # the column dates every value of its row, not only a target
    current: Draft | None = None
    current_name: Cell | None = None  # the cell that names ``current``
    outer = section
    bands: list[str] = []  # the headings across the table in force, outermost first
    band_marked = False  # whether the innermost came from a row naming a kind's indicator
    region_kind, kind_banded = kind, False  # (whether a heading across the table named a kind)
    banner_program: Program | None = None  # a program's heading across the table, in force
    reference_band: str | None = None  # a heading that gives the rows below for reference
    numbered_banner = False  # whether the No. column numbered the program (then the rows below)
    band_period: Period | None = None  # a year across the table, dating the rows below
    band_unit: str | None = None  # a unit stated across the table, for the rows below
    names = next((c for c in region.columns if c.role == "indicator"), None)
    marks: tuple[str, str, str] | None = None  # （単位：人、※印は％） over the names (上板)
    if names is not None and HEADING_SEPARATOR not in names.header:
        # （単位：千人） in the corner over the names (檜枝岐): the unit of every row
        band_unit = unit_note(names.header)
        marks = marked_units(names.header)
    table_unit = band_unit  # the unit stated over the names, for every row
    banner_stated = False  # whether the band_unit is one a program's band stated
    # the rows that are headings of sections (a program's or a year's band across the table is
    # no part of a run of headings)
    headings = tuple(
        role if role != "section" or _section_band(grid, r, region) else "band"
        for r, role in enumerate(reading.row_roles)
    )
    for r in _rows_with_headings(region, reading):
        own = body.get(r) or [
            c for c in grid[r][region.first_col : region.end_col] if c is not None and c.row == r
        ]
        if reading.row_roles[r] == "section":
            # a heading across the table (【社会成果指標】): the rows below are its, up to the
            # next. Headings one after another nest (白馬: 基本目標, then 施策); a later run of
            # k headings replaces the innermost k in force.
            # (a CSV's band: 基本目標2 … in its first cell, the rest of the row empty cells)
            filled_cells = [c for c in own if not c.empty] or [
                # (高石's CSV: 施策1　健幸のまちづくり in the first cell, left of this region,
                # the money beside the programs read apart: the band is the whole row's)
                c
                for c in grid[r]
                if c is not None and c.row == r and not c.empty
            ]
            if not filled_cells and not own:
                continue
            heading = next(
                (c for c in filled_cells if c.colspan > 1),
                filled_cells[0] if filled_cells else own[-1],
            )
            # （参考）事業費・従事職員 across the table (日之影): the rows below, to the next
            # heading, are given for reference (the program's money and staff), no indicators
            reference_band = normalize_text(heading.text) if for_reference(heading.text) else None
            if reference_band is not None:
                notice(
                    f"the rows under {reference_band!r} at {table.place} are given for "
                    "reference: not read as indicators"
                )
                continue
            year_band = printed_period(heading.text) if not without_periods(heading.text) else None
            if year_band is not None:
                # 平成27年度 across the table (雲南): the year of the undated values below it
                band_period = year_band
                continue
            # (高石: 施策1　健幸のまちづくり across a table whose 事業名 column names each row's
            # program: the band is a section over those programs, not a program of its own)
            banner = program_heading(heading.text) if program_col is None else None
            if banner is not None:
                # 施策6-1 市民参画と協働の推進 across the table: the program of the rows below,
                # with the unit it states for them (登別: …［単位：千人（…を除く）］); a later
                # program's band that states none leaves its rows the table's unit
                banner_program, numbered_banner = banner, False
                # (施策1 …　事業費（単位：千円）: the program's money, no unit of its KPIs)
                moneyed = _PROGRAM_MONEY.search(normalize_text(heading.text))
                banner_unit = stated_unit(heading.text) if moneyed is None else None
                if banner_unit is not None or banner_stated:
                    band_unit = banner_unit or table_unit
                banner_stated = banner_unit is not None
                continue
            unit_band = unit_note(heading.text)
            if unit_band is not None:
                # （単位：人） across the table (宗像): the unit of the rows below, to the next
                band_unit = unit_band
                continue
            if _heading_kind(heading.text) is None:
                # a section's heading ends the program, the year and the unit whose rows it
                # follows (a kind's, 【成果指標】 under 施策6-1, does not); it may state its own
                # unit (基本目標2 …（単位：人）)
                banner_program, band_period, numbered_banner = None, None, False
                band_unit = stated_unit(heading.text)
            band_marked = False
            if r == 0 or headings[r - 1] != "section":
                # the first of a run of headings: it replaces as many as the run holds
                bands = bands[: max(len(bands) - _run_length(headings, r), 0)]
            bands.append(normalize_text(heading.text))  # as printed, 【】 and all
            section = [*outer, *bands]
            # 【数値目標】 over its rows, 【重要業績評価指標（KPI）】 over others: their kind
            # (a later heading that names none gives the region's kind back)
            banded = _heading_kind(heading.text)
            if banded is not None or kind_banded:
                kind = banded or region_kind
            kind_banded = kind_banded or banded is not None
            continue
        if reference_band is not None:
            continue  # (a row under （参考）事業費・従事職員)
        filled = list({id(c): c for c in own if not c.empty}.values())  # (a span, once)
        money = _heading_beside_money(filled, indicator_col)
        if money is not None:
            # （１）移住・定住の促進 across No. and the names, then 施策の事業費（千円） | 18,420
            # (筑北): the program of the rows below, and its money, no indicator
            heading, money_label = money
            banner_program, numbered_banner = parse_program(heading.text), False
            notice(
                f"the row {normalize_text(heading.text)!r} heads the rows below as their "
                f"program; {normalize_text(money_label.text)!r} beside it is the program's money: "
                "not read as an indicator"
            )
            continue
        spent = _money_line(filled, indicator_col)
        if spent is not None:
            # 施策に係る事業費（決算額） merged across No. and the names under the indicators
            # (幕別): the program's money, a line of the sheet's own, no indicator
            notice(
                f"the row {normalize_text(spent.text)!r}, across the numbers and the names, "
                "gives the program's money: not read as an indicator"
            )
            continue
        marked = _money_marked_row(filled, indicator_col)
        if marked is not None:
            # (1) | さしま茶・梅山豚のブランド力の強化　【事業費】 | 千円 | 6,800 … (境): the
            # program of the rows below, numbered in the No. column; its money no indicator
            number = next((normalize_text(c.text) for c in filled if c.col == code_col), None)
            banner_program = replace(parse_program(marked), number=number)
            numbered_banner = number is not None
            notice(
                f"the row {marked!r} at {table.place} heads the rows below as their program; "
                "the amounts it prints are the program's money: not read as an indicator"
            )
            continue
        block = _block_cell(grid, r, region)
        if block is not None and (money_group(block.text) or staff_group(block.text)):
            # コスト merged down 事業費 | 人件費 (千円), 執行体制 down 正職員 | 人件費 (神川): the
            # program's money and staff
            continue
        said = (
            next((c for c in own if c.col == list_col and not c.empty), None)
            if list_col is not None
            else None
        )  # (an empty 区分 cell says nothing: a row of its own, 【参考】)
        if (
            said is not None
            and current is not None
            and worked_out(said.text, current_vocabulary())
            and not grades_row(said.text, [c.text for c in own if c is not said])
        ):
            # 計画 | 実績 | 差（実績－計画） under each name (中札内): a row worked out from the
            # lists above it, no list of its own
            current.warnings.append(derived_row_note(said.text, f"under {current.indicator}"))
            continue
        row_list = list_of(said.text) if said is not None else None
        label = said if row_list is not None else None  # the row's list label (目標（見込み）)
        if row_list is not None:
            own = [c for c in own if c is not said]
        elif (
            said is not None
            and current is not None
            and grades_row(said.text, [c.text for c in own if c is not said])
        ):
            continue  # 評価 | B | B | A under 目標値 and 実績値: the indicator's grades
        elif said is not None and any(is_value(classify(c.text)) for c in own):
            # 達成度 under 目標値 and 実績: a ratio derived from them, not a list of its own
            if current is not None:
                current.warnings.append(derived_row_note(said.text, f"under {current.indicator}"))
            continue
        values = _missing_across_spread(
            [c for c in own if any(v.index == c.col for v in value_cols) and not c.empty],
            value_cols,
        )
        if indicator_col is not None and any(c.col == indicator_col and not c.empty for c in own):
            # ― merged down over two indicators' 基準値 (浪江): a dash says each has none, where a
            # figure merged so may be their total (read for the first alone)
            values = sorted(
                [*values, *_dashes_from_above(grid, r, value_cols, indicator_col)],
                key=lambda c: c.col,
            )
        # Each cell classified once: words name, values measure.
        texts = [c for c in own if not c.empty and not is_value(classify(c.text))]
        # the row's line beside the name of the indicator above, merged down over both
        line = _stacked_line(grid, r, indicator_col, current_name)
        when = (
            next((c for c in own if c.col == years.index and not c.empty), None)
            if years is not None
            else None
        )
        if line and values and current is not None and when is not None:
            for cell in values:  # a further year of the indicator named beside it
                _add_value(current, *_dated_value(region, cell, when))
            continue
        if line and len(values) < len([c for c in own if not c.empty]):
            line = 0  # a row with a label or a unit of its own (B | 件 under 成果指標): its own
        line_list = stacked[2][line] if stacked is not None and line < len(stacked[2]) else None
        dates = _dates_row(own) if line and current is not None else None
        if dates:
            # (H26年度) under 13,096, (H31年度) under 13,100 (五島): the years of the values
            # printed right above, beside the name merged over both rows
            assert current is not None
            _date_values_above(current, grid, r, dates)
            continue
        if line and values and current is not None and row_list is None:
            if line_list is None:
                # a second row of values beside a name merged over both, and no heading says
                # what it holds: not read, and said
                current.warnings.append(
                    f"row {r + 1}: a further row of values beside {current.indicator!r} was not "
                    "read: no heading says what it lists"
                )
                continue
            for cell in values:
                listed = _stacked_role(region, stacked, cell, line_list)
                _add_value(current, listed, _listed_value(region, cell, label))
            continue
        if (
            region.layout is Layout.NAME_ROWS
            and texts
            and len(texts) == len([c for c in own if not c.empty])
        ):
            words = [c for c in texts if c.col < first_value or c.colspan > 1]
            if words:
                pending = (words[-1].text, words[-1])
                continue
        if not values:
            run_on = [c for c in own if not c.empty]
            if (
                current is not None
                and current_name is not None
                and current_name.row + current_name.rowspan == r
                and len(run_on) == 1
                and run_on[0].col == indicator_col
                and round_enclosed(normalize_text(run_on[0].text))
            ):
                # 南大東: `（航空便・船便の合計）` alone on the line under KPI①'s name and values,
                # in the names' column: the name's closing words, run on to a line of its own
                current.indicator = f"{current.indicator or ''}{normalize_text(run_on[0].text)}"
            continue
        name_cell = next((c for c in texts if c.col == indicator_col), None)
        outside: NamedField | None = None  # the field above that names the indicator
        said = next((c for c in own if c.col == indicator_col), None)
        if (
            said is not None
            and classify(said.text) is CellClass.MISSING
            and all(classify(c.text) is CellClass.MISSING for c in values)
        ):
            continue  # ― for the indicator and for every value: the row names none
        if name_cell is None:
            # a name left of the values, in a column read as nothing else (not 事業区分's unit-
            # like words where the indicator cell says －)
            name_cell = next(
                (c for c in texts if c.col < first_value and _free(region, c.col)),
                None,
            )
        marked_name: tuple[str, Kind, str] | None = None
        marked_key: str | None = None  # a row's number before the mark (3 【KPI】…)
        marked_words: str | None = None  # words before the mark that are no heading
        if name_cell is None and indicator_col is not None:
            # 基本目標１ 安定した雇用をつくる 〔数値目標〕町内事業所の従業者数（人） merged across
            # No., the names and the units, its values beside (鏡石): a band that heads the rows
            # below and, after the kind's mark, an indicator of that kind with its values
            spanning = next((c for c in texts if c.col < indicator_col < c.col + c.colspan), None)
            marked_name = _kind_marked_name(spanning.text) if spanning is not None else None
            if spanning is not None and marked_name is not None:
                name_cell = spanning
                head = marked_name[0]
                if head and heading_level(head) is not None:
                    bands = [*(bands[:-1] if band_marked else bands), head]
                    section, band_marked = [*outer, *bands], True
                elif regex.fullmatch(_MARKED_KEY, head):
                    marked_key = head  # (3 【KPI】観光入込客数: the row's number, no heading)
                elif head:
                    marked_words = head  # (a program's name, ふるさと納税推進事業 【KPI】…)
        periods = {c.index: c.period for c in region.columns}
        row_listed = (
            str(row_series_list(row_list, (periods.get(c.col) for c in values)).value)
            if row_list is not None
            else None
        )
        if row_listed is not None and name_cell is None and current is not None:
            # the next list of the indicator whose name spans this row too; its value under the
            # 基準値 column is the baseline, where the row above left it blank (長万部: 策定時 on
            # the 実績 line, under 目標 | (blank) | 17,000 …)
            for cell in values:
                above = grid[current.row][cell.col] if current.row is not None else None
                col_read = region.column(cell.col)
                under_baseline = col_read is not None and col_read.role == "baseline"
                baseline = (
                    row_listed == "actual"
                    and under_baseline
                    and current.baseline is None
                    and (above is None or above.empty)
                )
                if row_listed == "actual" and under_baseline and not baseline:
                    # (both lines print a value under 基準値: which is the baseline is no guess)
                    current.warnings.append(
                        f"row {r + 1} prints {cell.text.strip()!r} under the baseline's column "
                        "beside the name's line's own: read as its row's list says"
                    )
                listed = "baseline" if baseline else row_listed
                _add_value(current, listed, _listed_value(region, cell, label))
            continue
        group_cell = _group_label(grid, r, region)
        group = group_cell.text if group_cell is not None else None
        if marked_name is not None:
            name = marked_name[2]
        elif name_cell is not None:
            name = name_without_gloss(name_cell)
        elif pending is not None:
            name = pending[0]
        elif group is not None and not all(classify(c.text) is CellClass.MISSING for c in values):
            name = ""  # a row of the group with no name row of its own: the group names it
        elif (
            form.indicator is not None
            and row_list is not None
            and indicator_col is None
            and current is None
            and not drafts
        ):
            # 目標 | 517 | 1,034 … / 実績 | 522 | - … under a field naming the one indicator
            # (KPI その1 | …の創出数): the field names the rows
            outside = form.indicator
            name = outside.name
        else:
            continue
        where = name_cell or (pending[1] if pending else values[0])
        typed = _spanned_text(grid, r, type_col)
        indicator_type = type_of(typed) if typed is not None else None
        if indicator_type == "input":
            if current is not None:
                current.warnings.append(input_row_note(name))
            current = None  # its list rows are not the row above's
            continue
        d = _new_draft(region, section, form, where, r, marked_name[1] if marked_name else kind)
        if banner_program is not None:
            d.program, d.program_printed = banner_program, True
        if outside is not None:
            d.indicator_where, d.label = outside.where, outside.label
            d.kind = outside.kind or d.kind
            d.department = outside.department or d.department
        printed_unit = (
            next(
                (
                    # (三島: （千円） under a KPI's name, a unit in brackets of its own)
                    unwrapped_unit(normalize_text(c.text))
                    for c in own
                    if c.col == unit_col
                    and not c.empty
                    and classify(c.text) is not CellClass.MISSING  # ― : no unit printed
                ),
                None,
            )
            if unit_col is not None
            else None
        )
        _name_into(d, name, group, printed_unit)
        parent = _whole_of_part(grid, r, label_col, d, current)
        if parent is not None:
            # うち親子留学 under 山村留学生…の受入人数, its No. merged over both (北相木): a part
            # of the row above (its 内数), named with it
            d.indicator = f"{parent}({normalize_text(d.indicator or '')})"
            if current is not None and current.indicator_where is not None:
                d.indicator_where = current.indicator_where  # (the whole's name, as 男性 / 女性)
        if block is not None and ROW_LETTER.fullmatch(d.indicator or "") and block_kind(block.text):
            # 活動指標 | ア (志布志): the group's word and the row's letter; the name stands in
            # the group's list elsewhere in the document
            d.label, d.indicator = d.indicator, normalize_text(block.text).replace(" ", "")
        if indicator_type is not None:
            d.indicator_type = indicator_type
            d.kind = typed_kind(d.kind, indicator_type, region.kind is not None)
        if group_cell is not None:  # the group's label names it, not the row's own cells
            d.indicator_where = group_cell.provenance
        name_unit = unit_in_name(d.indicator) if d.indicator and band_unit else None
        # (檜枝岐歌舞伎の観覧者数（人） under （単位：千人）: the row names its own unit; not
        # 尾瀬国立公園入山者数（檜枝岐村側）, a place in brackets)
        own_unit = name_unit is not None and unit_word(name_unit[1])
        if band_unit is not None and _not_of_band(band_unit, d.indicator, values):
            own_unit = True  # (観光客満足度 | 70% under ［単位：千人］: the band's unit is not its)
        d.unit = d.unit or printed_unit or (None if own_unit else band_unit)
        if marks is not None and not d.unit:
            # （単位：人、※印は％） over the names: the rows' unit where their cells print none,
            # ％ for a row marked ※ (※特定健康診査受診率), its mark no part of the name
            d.stated_unit = marks[0]
            if marks[1] in (d.indicator or ""):
                d.indicator = normalize_text((d.indicator or "").replace(marks[1], ""))
                d.stated_unit = marks[2]
        if (
            counted is not None
            and d.unit
            and not regex.search(r"[(（]", d.unit)
            and normalize_unit(d.unit) not in RATE_UNITS
        ):
            d.unit = f"{d.unit}({counted})"  # (a rate, ％ or ポイント, is no year's sum)
        number = None
        # the row's own date of its latest value (直近値の時点), with the column that prints it
        latest: tuple[Cell, ColumnReading] | None = None
        if dated is not None:
            # (a year merged down over the rows of one program dates each: 上田's 事業期間)
            year = _spanned_cell(grid, r, dated.index)
            if year is not None and dated_list == "actual":
                latest = (year, dated)
            elif year is not None and dated_list == "baseline":
                d.base_year = year.text  # 基準値 | 基準年度 | R2年度: the baseline's year alone
            elif year is not None:
                d.target_period = ValueCell(year.text, header=dated.header, where=year.provenance)
        for dating, listed in datings:
            year = _spanned_cell(grid, r, dating.index)
            if year is None or dating is dated:
                continue
            if listed == "baseline":
                d.base_year = year.text
            elif listed == "actual":
                latest = (year, dating)
        if label_col is not None and marked_name is None:
            number = _spanned_text(grid, r, label_col)
        elif program_number_col is not None:
            number = _spanned_text(grid, r, program_number_col)  # the program's No, left
        dept = _spanned_text(grid, r, department_col)
        if dept is not None and program_col is None:
            d.department = dept  # 担当課 beside each indicator
        if program_col is not None:
            # a program merged over its indicators' rows names each of them
            name_of = _program_text(grid, r, program_col)
            if name_of is not None:
                printed = parse_program(name_of)  # 【再掲】観光の振興, (1) 農業者の…
                program_cell = grid[r][program_col]
                label_cell = grid[r][label_col] if label_col is not None else None
                # a program merged over more rows than the No. beside it numbers itself
                # (``1-1 子どもを…``) and the No. numbers the indicators; else the No. numbers
                # the program
                merged = (
                    program_cell is not None
                    and label_cell is not None
                    and program_cell.rowspan > label_cell.rowspan
                ) or programs_merged
                numbers_rows = row_number_col is not None and label_col == row_number_col
                if number is not None and (merged or printed.number or numbers_rows):
                    # (a program that prints its own number, 3-1 子育て支援の充実, leaves the
                    # No. beside it to the indicator)
                    d.label = number
                elif number is not None:
                    printed = replace(printed, number=number)
                # (a department the program's cell prints in brackets, 日立: …事業（観光物産課）)
                dept = dept or printed.department
                d.program = replace(printed, department=dept or d.department)
                d.program_printed = program_cell in own
                d.department = dept or d.department
            if len(labels) > 1:  # No. numbers the program, 指標① labels the indicator
                d.label = _spanned_text(grid, r, labels[1])
        elif number is not None:
            d.label = number
        if marked_key is not None:
            d.label = marked_key
        if marked_words is not None:
            d.warnings.append(
                f"the words before its kind's mark ({marked_words}) are no heading: not read"
            )
        code = next(
            (normalize_text(c.text) for c in own if c.col == code_col and not c.empty), None
        )
        if code is not None and numbered_banner:
            d.label = code  # (1) numbered the program's row, 1 and 2 its indicators (境)
        elif code is not None and program_col is None and form.program is not None:
            # the form names the one program (事務事業名 | ゆず産地強化…, 北川): No. numbers its
            # indicators, 1 and 2 under each group
            d.label = d.label or code
        elif code is not None and program_col is None:  # the program's code, its name elsewhere
            program = d.program or Program(None, department=d.department)
            d.program = replace(program, number=code)
        spans: list[str] = []  # the spans of years that dated the row's values
        # 指標値 | 単位 | 実績値 | 単位 over 3.5 | 万人 | 36,210 | 人 (海津): each value's own unit
        row_units = units_after((c.col, c.text) for c in own if c.col in unit_cols and not c.empty)
        # the name's first line's remark calls its measured value the baseline and it prints no
        # target (七ヶ浜: 2019（R元） | | 24,860 | 基準値), asked only of a line that opens a draft
        based = when is not None and _based_by_remark(region, own, values)
        for cell in values:
            if when is not None:
                listed_when, value = _dated_value(region, cell, when, based)
                _add_value(d, listed_when, value)
                if based and listed_when == "baseline":
                    d.warnings.append(
                        f"{normalize_text(cell.text)!r} on its first line, "
                        f"{normalize_text(when.text)}, was read as the baseline, as the line's "
                        "remark says"
                    )
                continue
            col = region.column(cell.col)
            assert col is not None
            if col.pair is not None:  # 6,000 ／ 5,214 under 目標／実績: one value of each
                labelled = (
                    split_labelled_pair(cell.text, col.pair_words) if col.pair_words else None
                )
                plain = (
                    split_pair(cell.text)
                    if labelled is None and not col.pair_labelled_only
                    else None
                )
                halves = labelled or (((h, h) for h in plain) if plain is not None else None)
                if halves is None:
                    d.warnings.append(
                        f"{normalize_text(cell.text)!r} under {col.header} is not two values "
                        f"({'／'.join(col.pair)}); it was not read"
                    )
                    continue
                halves_dated = col.pair_periods or (col.period, col.period)
                for listed_half, (raw, half), half_period in zip(
                    col.pair, halves, halves_dated, strict=True
                ):
                    vc = ValueCell(
                        raw,
                        half_period,
                        col.header,
                        col.flags,
                        cell.provenance,
                        value_text=half if raw != half else None,
                    )
                    _add_value(d, listed_half, vc)
                continue
            lines = listed_lines(cell.line_texts()) if col.role == "actual" else None
            if lines is not None and col.period is not None and not row_listed:
                # 目標 14 / 実績 15 under 平成28年度 (さぬき): each line's word says its list
                for listed_line, raw, figure, line_flags in lines:
                    # (100（R7） on a target line: the year it prints, as column_value reads)
                    read = column_value(
                        figure, col.period, col.header, col.flags | line_flags, None
                    )
                    vc = ValueCell(
                        raw,
                        read.period,
                        col.header,
                        read.flags,
                        cell.provenance,
                        value_text=read.text if read.text != raw else None,
                    )
                    _add_value(d, listed_line, _own_unit(vc, cell.col, row_units))
                continue
            # a 基準値 cell merged down beside the list's rows keeps its baseline
            kept = col.role == "baseline" and cell.rowspan > 1
            listed = row_listed if row_listed and not kept else col.role
            if line_list is not None and not kept:
                listed = _stacked_role(region, stacked, cell, line_list)
            if listed == "value":
                continue  # a value under no list's heading, on a row that names none
            # (a baseline merged down beside 目標値（累計） | 実績値（累計）, 袋井: the lists'
            # label says nothing of it)
            vc = _own_unit(
                _listed_value(region, cell, None if kept else label), cell.col, row_units
            )
            if cell.col in grouped and vc.period is None:
                vc = _group_dated(vc, grid, r, grouped[cell.col], spans)
            running = _running_total_across(region, cell, col, listed, vc)
            last = None
            if running is not None:
                # 3年間で延べ60人 across 目標値 › 令和3年度 … 令和5年度 (甲賀): the total to reach
                # over the span, the last year's target, as rows.py reads 15（累計）; a statement
                # over years has its doubt said where its target is read (records.build)
                last, over_years = running
                vc = replace(vc, period=last.period, header=last.header)
                if not (over_years and over_years.horizon_years):
                    d.warnings.append(
                        f"{normalize_text(cell.text)!r}, a running total merged across the years "
                        f"from {innermost_heading(col.header)} to "
                        f"{innermost_heading(last.header)}, was read as the last year's target"
                    )
            _add_value(d, listed, vc)
            spanned = [] if last is not None else _spanned_columns(region, cell, col, listed, vc)
            for also in spanned:
                # 65.0 merged across 後期目標値 › R1 | R2 | R3 | R4 (滝沢): each year's target
                _add_value(d, listed, replace(vc, period=also.period, header=also.header))
            if spanned:
                d.warnings.append(
                    f"{normalize_text(cell.text)!r} is merged across the years from "
                    f"{innermost_heading(col.header)} to {innermost_heading(spanned[-1].header)}: "
                    "read as each year's target"
                )
        if spans:
            d.warnings.append(
                f"values dated by a span of years ({', '.join(dict.fromkeys(spans))}) were "
                "read as the span's last year"
            )
        if latest is not None:
            year, dating = latest
            measured = printed_period(year.text)
            if measured is not None and actual_years[dating.index]:
                # 直近値 | 直近値の時点 R1年: the actual's period; a finality word beside the year
                # (時点 R6年度（見込）, せたな) flags the value it dates, as a 見込 heading would
                finality = bracket_flags(measured)
                d.actuals = [
                    a if a.period else replace(a, period=measured, flags=a.flags | finality)
                    for a in d.actuals
                ]
                # 把握時点 R6.3.31 beside R5実績 (和木): the day in the actual's fiscal year is
                # when the row's own figure was counted, its year and month
                date_actual_at_day(d, measured)
            elif d.target_period is None:
                # 目標値 | 実績値 | 達成年度 R6: the undated target's year
                d.target_period = ValueCell(year.text, header=dating.header, where=year.provenance)
        if band_period is not None:  # 目標値 | 実績値 under a year across the table
            d.targets = [v if v.period else replace(v, period=band_period) for v in d.targets]
            d.actuals = [v if v.period else replace(v, period=band_period) for v in d.actuals]
        row_named = _spanned_text(grid, r, kind_col)
        if row_named is not None and reference_word(row_named):
            # 区分 | 参考 beside 活動 and 成果 (小海): the row is given for reference
            notice(reference_row_note(f"the row {d.indicator!r} at {table.place}", row_named))
            continue
        named_kind = row_kind(row_named) if row_named is not None else None
        if named_kind is None and row_named and kind_col is not None:
            # 区分 | 効率性指標 (泰阜): a kind the vocabulary does not know, the spec's default
            named_kind = Kind.KPI
            d.warnings.append(
                f"its kind {normalize_text(row_named)!r} is none the vocabulary knows: read as kpi"
            )
        if named_kind is None and block is not None:
            named_kind = block_kind(block.text)  # 成果指標 merged down its rows
        if block is not None and d.indicator_type is None:
            # 活動指標（アウトプット） merged down its rows (北川): their type too
            d.indicator_type = _block_type(block.text)
        if named_kind is not None:  # 種別 | 活動: the row's own kind
            d.kind = named_kind
        headed = program_heading(block.text) if block is not None and d.program is None else None
        if headed is not None:
            # 施策（1） 「…」を創る in the column that groups the rows (広島): their program
            d.program = replace(headed, department=d.department)
            d.program_printed = block in own
        for status_at in status_cols:  # the latest year's status the row prints (流山)
            stated = _spanned_text(grid, r, status_at)
            verdict = printed_status(stated) if stated is not None else None
            if verdict is not None:  # 達成, or 目標値を達成しました。 over its reasons (芦屋)
                d.status = verdict
                break
        d.warnings.extend(warnings)
        drafts.append(d)
        current, current_name = d, name_cell
        pending = None
    return drafts


def _grouped_datings(grid: list[list[Cell | None]], region: RegionReading) -> dict[int, int]:
    """Each value column dated by the one column of periods under the same upper heading
    (``中間評価`` over ``中間目標値 | 年度 | 中間実績``, ``事後評価`` over ``最終目標値 | 年度 |
    最終実績``): value column → that column of periods. Empty unless two or more such groups
    stand side by side (one group is the table's own period column, read as before)."""
    if len(region.header_rows) < 2:
        return {}
    top = region.header_rows[0]
    found: dict[int, int] = {}
    groups = 0
    for col in region.columns:
        if col.role != "target_period":
            continue
        head = grid[top][col.index]
        if head is None or head.row != top or head.colspan < 2 or head.col == col.index:
            continue
        inside = range(head.col, head.col + head.colspan)
        periods = [c for c in region.columns if c.index in inside and c.role == "target_period"]
        values = [c for c in region.columns if c.index in inside and c.role in _DATED_ROLES]
        if len(periods) != 1 or not values:
            continue
        groups += 1
        found.update((v.index, col.index) for v in values)
    return found if groups > 1 else {}


#: The lists a column of periods under their upper heading dates.
_DATED_ROLES = ("baseline", "target", "actual")


def _group_dated(
    v: ValueCell, grid: list[list[Cell | None]], r: int, col: int, spans: list[str]
) -> ValueCell:
    """A value dated by the row's cell in its group's column of periods; a span (``H22∼24``, a
    value over those years) by its last year, the span added to ``spans`` for the warning."""
    year = _spanned_cell(grid, r, col)
    if year is None:
        return v
    text = normalize_text(year.text)
    if find_span(text) is not None:
        period = end_of(text)
        if period is not None:
            spans.append(text)
    else:
        period = printed_period(year.text)
    return replace(v, period=period) if period is not None else v


def _unread_notes(cell: Cell, read: str) -> list[str]:
    """Warnings for the lines of a ``name：value`` cell under the line read that print a figure
    (八重瀬: ``ハブ捕獲数：年間150匹`` over ``（H27：120匹）``): a note, not read, said."""
    said = []
    line = normalize_text(read).strip()
    for text in cell.line_texts():
        note = normalize_text(text).strip()
        if not note or note in line or not regex.search(r"[0-9]", note):
            continue
        if not bracket_note(note):
            continue  # another name：value line: an indicator of its own, read as one
        if find_period(note) is not None and not regex.search(r"[:：]", note):
            continue  # （H30年度）: the value's own year
        said.append(f"the note {note!r} under {line!r} holds a figure; it was not read")
    return said


def named_value_columns(table: Table, region: RegionReading) -> list[int]:
    """The columns of a region whose heading names a list (成果目標, 成果実績) and whose cells print
    the indicators' names with their values, a ``name：value`` line each (恩納), in at least
    half of its rows, the others holding nothing or a dash; empty when there are none."""
    grid = table.grid()
    lists = list_columns(region)
    if not lists:
        return []
    # the names each row's cells print beside their values, once a row (not once a column)
    shared = {
        r: _row_names(grid, r, region) or _lone_name(grid, r, lists) for r in region.body_rows
    }
    counts: dict[int, tuple[int, int, int]] = {}  # name：value cells, other cells, dashes
    for col in lists:
        named = other = dashes = 0
        for r in region.body_rows:
            cell = grid[r][col]
            if cell is None or cell.row != r or cell.col != col or cell.empty:
                continue
            if named_values_noted(cell, shared[r]) is not None:
                named += 1
            elif classify(cell.text) is CellClass.MISSING:
                dashes += 1
            elif not bare_names(cell):
                other += 1
        counts[col] = (named, other, dashes)
    found = [c for c, (n, o, _) in counts.items() if n and n * 2 >= len(region.body_rows) and not o]
    if not found:
        return []
    # beside them, a list column of such cells in fewer rows and dashes in the rest (今帰仁-like:
    # 成果実績 all dashes before any result, or a result in one row of three)
    return sorted(c for c, (n, o, d) in counts.items() if c in found or (not o and n + d))


def _dashes_from_above(
    grid: list[list[Cell | None]], r: int, value_cols: Sequence[ColumnReading], indicator_col: int
) -> list[Cell]:
    """The cells of row ``r``'s value columns merged down from a row above with another
    indicator's name that say no value is there (``―``, ``未設定``; no figure): each row it spans
    has none."""
    out = []
    for v in value_cols:
        cell = grid[r][v.index]
        if cell is None or cell.row >= r or cell.col != v.index or cell.empty:
            continue
        if grid[cell.row][indicator_col] is grid[r][indicator_col]:
            continue  # (one indicator's rows: its value, read on its first row)
        # (西興部: 未設定 merged down over two activities' rows under 基準値: each one's, as a
        # dash is)
        if classify(cell.text) is CellClass.MISSING and not any(ch.isdigit() for ch in cell.text):
            out.append(cell)
    return out


def _whole_of_part(
    grid: list[list[Cell | None]],
    r: int,
    label_col: int | None,
    d: Draft,
    above: Draft | None,
) -> str | None:
    """The name of the indicator a row is a part of (its 内数): the row's name opens with うち
    and its number is the cell merged down from the row of the indicator right above it (北相木:
    No. ``1`` over 山村留学生…の受入人数 and うち親子留学); None elsewhere (a うち row numbered on
    its own is an indicator of its own)."""
    if label_col is None or above is None or above.row is None or above.indicator is None:
        return None
    name = normalize_text(d.indicator or "")
    if not name.startswith("うち") or normalize_text(above.indicator).startswith("うち"):
        return None
    number = grid[r][label_col]
    if number is None or number.empty or number.row >= r or number.row > above.row:
        return None
    if grid[above.row][label_col] is not number:
        return None
    # (観光入込客数 / うち外国人観光客数 / うち県外客数 under one No.: each a part of the whole,
    # not of the part above it, review 46)
    whole = _PART_NAMED.fullmatch(normalize_text(above.indicator))
    return whole.group("whole") if whole is not None else normalize_text(above.indicator)


#: A part named with its whole (``観光入込客数(うち外国人観光客数)``): the whole.
_PART_NAMED = regex.compile(r"(?P<whole>.+?)\(うち[^()]*\)")


def list_columns(region: RegionReading) -> list[int]:
    """The columns of a region whose heading names a list its ``name value`` cells give
    (成果目標, 成果実績)."""
    vocabulary = current_vocabulary()
    return [c.index for c in region.columns if _named_list(c, vocabulary) is not None]


def listed_indicators(table: Table, region: RegionReading) -> bool:
    """Whether a region's indicator cells list ``・name value`` lines, one an indicator (大田原:
    ``・イベント来場者数 6,000人`` over the next KPI), in at least half of its body rows, the others
    empty or a dash: the name column prints each indicator with its target."""
    grid = table.grid()
    column = next((c.index for c in region.columns if c.role == "indicator"), None)
    if column is None:
        return False
    listed = other = 0
    for r in region.body_rows:
        cell = grid[r][column]
        if cell is None or cell.row != r or cell.empty:
            continue
        if listed_values(cell) is not None:
            listed += 1
        elif classify(cell.text) is not CellClass.MISSING:
            other += 1
    return bool(listed) and listed * 2 >= len(region.body_rows) and not other


#: Character pairs two names share, at the least, to be one indicator's long and short names.
_MIN_SHARED_PAIRS = 1


def _pairs(name: str) -> set[str]:
    """A name's character pairs (its bigrams), spaces and marks left out."""
    bare = regex.sub(r"[\s・「」『』()（）]", "", normalize_text(name))
    return {bare[k : k + 2] for k in range(len(bare) - 1)}


def _same_order(names: list[str], shorter: list[str]) -> bool:
    """Whether each of ``shorter`` (a list column's own names for the indicators, often
    shortened: ``HP閲覧件数`` for ``市ホームページの年間閲覧件数``) shares most with the name in its
    own place: the lines list the same indicators in the same order."""
    if len(names) != len(shorter):
        return False
    for k, short in enumerate(shorter):
        shared = [len(_pairs(short) & _pairs(name)) for name in names]
        if shared[k] < _MIN_SHARED_PAIRS or shared[k] < max(shared):
            return False
    return True


def _listed_drafts(
    table: Table,
    reading: TableInterpretation,
    region: RegionReading,
    section: list[str],
    form: FormContext,
) -> list[Draft]:
    """Indicators listed as ``・name value`` lines in the indicator column's cells, each value
    the target it sets (the region has no target column of its own), and the value columns'
    cells listing as many lines for the same indicators in the same order, maybe named shorter
    (``・HP閲覧件数 312,480件``): one draft a line, under the row's program from the region left
    of it. A column whose lines do not match the names' is not read, and said."""
    grid = table.grid()
    name_col = next(c for c in region.columns if c.role == "indicator")
    column = name_col.index
    # the list the values beside the names give: the one the names' heading says (KPI（基準値）),
    # else the targets the KPIs set, where no column of the region lists targets
    voted = voted_list(without_periods(name_col.header) or name_col.header)
    has_targets = any(c.role == "target" for c in region.columns)
    beside = str(voted.value) if voted is not None else (None if has_targets else "target")
    value_cols = [c for c in region.columns if c.role in ("baseline", "target", "actual")]
    roles = {c.role: c.index for c in region.columns}
    if "program" in roles or "department" in roles or "program_no" in roles:
        program_col, department_col = roles.get("program"), roles.get("department")
        number_col = roles.get("program_no", roles.get("label"))
    else:
        program_col, department_col, number_col, _ = _program_columns_left(table, reading, region)
    kind = _KINDS.get(region.kind or "", Kind.KPI)
    drafts: list[Draft] = []
    for r in region.body_rows:
        cell = grid[r][column]
        lines = listed_values(cell) if cell is not None and cell.row == r else None
        if cell is None or lines is None:
            continue
        names = [name for name, _, _ in lines]
        row: list[Draft] = []
        for name, value, line in lines:
            d = _new_draft(region, section, form, cell, r, kind)
            _name_into(d, name, None)
            d.warnings.extend(reading.warnings)
            if beside is not None:
                vc = ValueCell(line, None, name_col.header, where=cell.provenance)
                _add_value(d, beside, replace(vc, value_text=value))
            else:
                d.warnings.append(
                    f"{value!r} beside the name under {name_col.header} was not read: the region "
                    "has a target column of its own and the heading names no list for it"
                )
            named_program = _spanned_text(grid, r, program_col)
            if named_program is not None:
                printed = parse_program(named_program)
                number = _spanned_text(grid, r, number_col)
                if number is not None and printed.number is None:
                    printed = replace(printed, number=number)
                d.program, d.program_printed = printed, True
            dept = _spanned_text(grid, r, department_col)
            if dept is not None:
                d.department = dept.replace(" ", "")
            row.append(d)
        for col in value_cols:
            own = grid[r][col.index]
            if own is None or own.row != r or own.empty:
                continue
            listed = listed_values(own)
            if listed is None or not _same_order(names, [n for n, _, _ in listed]):
                for d in row:
                    d.warnings.append(
                        f"{normalize_text(own.text)!r} under {col.header} does not list the "
                        f"indicators of {normalize_text(cell.text)!r} line by line; not read"
                    )
                continue
            for d, (_, value, line) in zip(row, listed, strict=True):
                vc = ValueCell(line, col.period, col.header, col.flags, own.provenance)
                _add_value(d, col.role, replace(vc, value_text=value))
        drafts.extend(row)
    return drafts


#: A heading's period that says by when (``KPI（平成32年3月まで）``): a target's horizon.
_BY_WHEN = regex.compile(r"まで\s*[)）]?$")


def _named_list(col: ColumnReading, vocabulary: Vocabulary) -> str | None:
    """The list a column of ``name value`` cells gives: the one its heading's words name
    (成果目標: target, its 成果 half-voting actual); under a heading that names none but a period
    (大崎: ``KPI（平成32年3月まで）`` | ``KPI（平成27年度）``), a period to reach by lists targets,
    a year the results; None for any other heading."""
    votes = vocabulary.votes(normalize_text(col.header).replace(" ", ""))
    weight = {r: votes[r][0] for r in ("baseline", "target", "actual") if r in votes}
    if weight:
        return max(weight, key=lambda r: weight[r])
    if find_period(col.header) is None:
        return None
    return "target" if _BY_WHEN.search(normalize_text(col.header)) else "actual"


def _named_value_drafts(
    table: Table,
    reading: TableInterpretation,
    region: RegionReading,
    named: list[int],
    section: list[str],
    form: FormContext,
) -> list[Draft]:
    """Indicators printed as ``name：value`` lines in the cells of list columns (恩納: `H27成果
    目標（指標）` over `防犯灯の設置：2基` / `防犯カメラの設置：1基`, `H27成果実績（指標）` over
    the same names with their results): one draft a name, its values found by name in each
    such column of its row (a dash there: no value), under the row's program."""
    vocabulary = current_vocabulary()
    grid = table.grid()
    program_col = next((c.index for c in region.columns if c.role == "program"), None)
    code_col = next((c.index for c in region.columns if c.role == "program_no"), None)
    lists = []
    for index in named:
        col = region.column(index)
        assert col is not None
        listed = _named_list(col, vocabulary)
        assert listed is not None
        lists.append((col, listed, printed_period(col.header)))
    drafts: list[Draft] = []
    for r in region.body_rows:
        cells = {c: grid[r][c.index] for c, _, _ in lists}
        shared = _row_names(grid, r, region) or _lone_name(grid, r, list_columns(region))
        read = {
            c.index: named_values_noted(cell, shared) or [(n, "", n) for n in bare_names(cell)]
            for c, cell in cells.items()
            if cell is not None and cell.row == r
        }
        names = list(dict.fromkeys(n for c, _, _ in lists for n, _, _ in read.get(c.index, [])))
        for name in names:
            where = next(
                cells[c] for c, _, _ in lists if any(n == name for n, _, _ in read.get(c.index, []))
            )
            assert where is not None
            # the kind the heading of the list the name is first printed under names
            # (南城: 活動目標（指標） over activities, 成果目標（指標） over KPIs)
            first = next(
                c for c, _, _ in lists if any(n == name for n, _, _ in read.get(c.index, []))
            )
            d = _new_draft(region, section, form, where, r, _list_heading_kind(first.header))
            _name_into(d, name, None)
            d.warnings.extend(reading.warnings)
            named_program = _spanned_text(grid, r, program_col)
            code = _spanned_text(grid, r, code_col)
            if named_program is not None or code is not None:
                printed = parse_program(named_program) if named_program else Program(None)
                if code is not None:
                    printed = replace(printed, number=normalize_text(code))
                d.program = replace(printed, department=printed.department or d.department)
                d.program_printed = True
            for col, listed, period in lists:
                cell = cells[col]
                if cell is None or cell.row != r:
                    continue
                line = next(((v, t) for n, v, t in read.get(col.index, []) if n == name), None)
                if line is not None and line[0]:
                    own = value_and_period(line[0])  # 移住者数：120人（H30年度）: its own year
                    value, when = (own[0], own[1]) if own is not None else (line[0], period)
                    vc = ValueCell(line[1], when, col.header, col.flags, cell.provenance)
                    _add_value(d, listed, replace(vc, value_text=value))
                    d.warnings.extend(_unread_notes(cell, line[1]))
                elif classify(cell.text) is CellClass.MISSING:
                    vc = ValueCell(cell.text, period, col.header, col.flags, cell.provenance)
                    _add_value(d, listed, vc)
            drafts.append(d)
    return drafts


#: A period alone in brackets, as a row under values prints each one's year (``（H26年度）``).
_BRACKETED_PERIOD = regex.compile(r"[(（]\s*(?P<p>[^()（）]{2,12})\s*[)）]")


def _dates_row(cells: list[Cell]) -> dict[int, Period] | None:
    """The periods a row prints alone, each in its own cell (``（H26年度）`` | ``（H31年度）``),
    by column; None unless every filled cell is one."""
    dates: dict[int, Period] = {}
    for cell in cells:
        if cell.empty:
            continue
        norm = normalize_text(cell.text)
        m = _BRACKETED_PERIOD.fullmatch(norm)
        found = find_period(m.group("p")) if m else None
        if found is None or (m is not None and classify(m.group("p")) is not CellClass.PERIOD):
            return None
        dates[cell.col] = replace(found, raw=norm)
    return dates or None


def dates_under_values(table: Table, region: RegionReading) -> bool:
    """Whether a region's body has rows that print only the years of the values right above
    them (五島: ``（H26年度）`` under 現状's ``13,096``): the regions' reading dates them."""
    grid = table.grid()
    for r in region.body_rows:
        own = [
            c for c in grid[r][region.first_col : region.end_col] if c is not None and c.row == r
        ]
        if r > 0 and _dates_row(own):
            return True
    return False


def _date_values_above(
    d: Draft, grid: list[list[Cell | None]], r: int, dates: dict[int, Period]
) -> None:
    """Give the values ``d`` read from the row above ``r`` the periods ``dates`` prints under
    them, column by column."""
    above = {col: grid[r - 1][col] for col in dates if r > 0}
    for col, period in dates.items():
        cell = above.get(col)
        if cell is None or cell.empty:
            continue
        if d.baseline is not None and d.baseline.where == cell.provenance:
            d.baseline = replace(d.baseline, period=period)
        d.targets = [
            replace(v, period=period) if v.where == cell.provenance else v for v in d.targets
        ]
        d.actuals = [
            replace(v, period=period) if v.where == cell.provenance else v for v in d.actuals
        ]


def _row_names(grid: list[list[Cell | None]], r: int, region: RegionReading) -> frozenset[str]:
    """The names cells of a region's row print beside their values, each in two or more cells
    (``・案内所利用者数　12,000人`` | ``・案内所利用者数　10,480人``); none where the row names its
    indicator in a cell of its own (``参加者数 | 男性 50人 | 男性 45人``: a breakdown, no names)."""
    own = [c for c in grid[r][region.first_col : region.end_col] if c is not None and c.row == r]
    shared = shared_names(own)
    names = {c.index for c in region.columns if c.role == "indicator"}
    named_apart = any(
        c.col in names
        and not c.empty
        and not any(normalize_text(c.text).lstrip(LINE_MARKS + " ").startswith(n) for n in shared)
        for c in own
    )
    return frozenset() if named_apart else shared


def _lone_name(grid: list[list[Cell | None]], r: int, lists: list[int]) -> frozenset[str]:
    """The name a row's one list cell prints before its value where each other list cell of
    the row is a dash (今帰仁: ``タブレット端末導入校数 3校`` under 成果目標 beside
    ``―（H29年度へ繰越）`` under 成果実績): the row's indicator, named once; none otherwise."""
    own = [c for col in lists if (c := grid[r][col]) is not None and c.row == r and not c.empty]
    names = [n for c in own if (n := name_before_value(c)) is not None]
    if len(names) != 1 or not any(classify(c.text) is CellClass.MISSING for c in own):
        return frozenset()
    return frozenset(names)


def _list_heading_kind(header: str) -> Kind | None:
    """The kind a list column's heading names for the indicators it lists, its 目標 read as the
    指標 it sets (南城: ``H26活動目標（指標）`` activities, ``H26成果目標（指標）`` KPIs)."""
    return header_kind(header) or header_kind(normalize_text(header).replace("目標", "指標"))


def printed_period(text: str) -> Period | None:
    """The period a cell or heading prints, its ``raw`` the text as printed (normalized)."""
    found = find_period(text)
    return replace(found, raw=normalize_text(text)) if found is not None else None


def _section_band(grid: list[list[Cell | None]], r: int, region: RegionReading) -> bool:
    """Whether a row across the table heads a section: not a program's heading (施策6-1 …) and
    not a period alone (平成27年度)."""
    cell = next(
        (c for c in grid[r][region.first_col : region.end_col] if c is not None and not c.empty),
        None,
    )
    if cell is None:
        return True
    text = normalize_text(cell.text)
    return program_heading(text) is None and bool(without_periods(text))


def _run_length(roles: tuple[str, ...], r: int) -> int:
    """How many section rows the run that row ``r`` belongs to holds, from its first to its
    last (a heading's place in a run of headings one after another)."""
    start = r
    while start > 0 and roles[start - 1] == "section":
        start -= 1
    end = r
    while end + 1 < len(roles) and roles[end + 1] == "section":
        end += 1
    return end - start + 1


#: Words of a year column's own heading that say when each row's value was measured
#: (調査年度, 測定時点, 実績年度, 直近値の時点).
_MEASURED_WHEN = regex.compile(r"調査|測定|時点|実績|直近|最新|現況")
#: Words of a year column's own heading that say when a target falls due (達成年度, 目標年度,
#: 期限).
_DUE_WHEN = regex.compile(r"達成|目標|期限")
#: Words of the heading left of a year column that name the latest measured value, which the year
#: beside it dates (直近値 | 年度, 最新値 | 統計年次).
_LATEST_VALUE = regex.compile(r"直近|最新|現況|調査")


def dates_the_actuals(
    region: RegionReading, column: ColumnReading, datings: Sequence[tuple[ColumnReading, str]]
) -> bool:
    """Whether a column of years right of the actuals (by its place) dates them, decided once
    for the column from the innermost headings (a title across the table says nothing of it):
    where its heading says when a value was measured (調査年度, 直近値の時点) or the heading left
    of it names the latest value (直近値 | 年度); else unless an undated target column has no
    year column of its own, whose year it then is (目標値 | 実績値 | 達成年度: R6, the target's;
    前橋's 目標値 | 目標年度 | 計画終了時値 | 基準年度: the actual's)."""
    own = innermost_heading(column.header)
    if _DUE_WHEN.search(own):
        return False  # 直近値 | 達成年度: the year the target is due, not when a value was measured
    if _MEASURED_WHEN.search(own):
        return True
    left = region.column(column.index - 1)
    if left is not None and _LATEST_VALUE.search(innermost_heading(left.header)):
        return True
    undated = any(c.role == "target" and c.period is None for c in region.columns)
    target_years = any(listed == "target" and c is not column for c, listed in datings)
    return not undated or target_years


def dated_by(region: RegionReading, col: ColumnReading) -> str:
    """The list a column of periods dates: the one its heading names, else, where its heading
    names none (伊是名: ``基準値 | (年度)`` over ``31,250人 | (23年度)``), the list of the column
    right left of it; else the targets."""
    votes = current_vocabulary().votes(normalize_text(col.header).replace(" ", ""))
    if not {"baseline", "target", "actual"} & set(votes):
        left = region.column(col.index - 1)
        if left is not None and left.role in ("baseline", "actual"):
            return left.role
    return _dated_list(col.header)


def period_columns(region: RegionReading) -> list[tuple[ColumnReading, str]]:
    """Each column of periods of a region with the list it dates (dated_by, lists_dated)."""
    return lists_dated(
        region, [(c, dated_by(region, c)) for c in region.columns if c.role == "target_period"]
    )


def lists_dated(
    region: RegionReading, datings: list[tuple[ColumnReading, str]]
) -> list[tuple[ColumnReading, str]]:
    """The list each column of periods dates, where a second one is headed as an earlier one
    (前橋: 従前値 | 基準年度 | 目標値 | 目標年度 | 計画終了時値 | 基準年度): that one dates the
    list of the column left of it, which no column dates yet, not the earlier one's list."""
    seen: set[str] = set()
    lists = []
    for col, listed in datings:
        left = region.column(col.index - 1)
        if (
            listed in seen
            and left is not None
            and left.role in ("baseline", "target", "actual")
            and left.role not in seen
        ):
            listed = left.role
        seen.add(listed)
        lists.append((col, listed))
    return lists


def _dated_list(header: str) -> str:
    """The list a column of periods dates, by its heading: ``基準年度`` the baseline, ``実績年度``
    the actuals, ``目標年度`` (or a heading that names no list) the targets."""
    votes = current_vocabulary().votes(normalize_text(header).replace(" ", ""))
    if "baseline" in votes and ("target" not in votes or votes["baseline"][0] > votes["target"][0]):
        # (計画策定時 › 年度, 津別: 策定時 names the baseline more strongly than 計画 a target)
        return "baseline"
    return "actual" if _dates_actuals(header) else "target"


def _dates_actuals(header: str) -> bool:
    """Whether a column of each row's period dates the row's latest value, not its target: its
    heading names the actual's list and no target (``直近値の時点``, ``実績の年度``)."""
    votes = current_vocabulary().votes(normalize_text(header).replace(" ", ""))
    return "actual" in votes and "target" not in votes


def years_down(table: Table, region: RegionReading) -> bool:
    """Whether an indicator's name is merged down over rows that each print their own period
    in the region's column of periods (信濃: `博物館入館者数（人）` over `事業開始前（H29.3）`,
    `H29年度`, `H30年度`, `H31年度`, each row's 目標値 and 実績値 that year's)."""
    indicator = next((c.index for c in region.columns if c.role == "indicator"), None)
    dated = next((c.index for c in region.columns if c.role == "target_period"), None)
    if indicator is None or dated is None:
        return False
    grid = table.grid()
    spans = 0
    for r in region.body_rows:
        name = grid[r][indicator]
        if name is None or name.row != r or name.rowspan < 2 or name.empty:
            continue
        rows = range(r, min(r + name.rowspan, len(grid)))
        periods = set()
        for k in rows:
            cell = grid[k][dated]
            period = find_period(cell.text) if cell is not None and cell.row == k else None
            if period is None:
                return False  # a row beside the name without a year of its own
            periods.add((period.fiscal_year, period.year, period.month))
        if len(periods) < len(rows):
            return False
        spans += 1
    return spans > 0


def _dated_value(
    region: RegionReading, cell: Cell, when: Cell, based: bool = False
) -> tuple[str | None, ValueCell]:
    """A value on a row that prints its own period (``when``): that period's, in its column's
    list; a row labelled as the baseline (事業開始前（H29.3）, its value merged over 目標値 and
    実績値), or whose remark calls it so (``based``), gives the baseline; a value merged down
    over several such rows under a heading that names its own period is that period's (岩国's
    基準値（H30） beside R元 | R2)."""
    col = region.column(cell.col)
    assert col is not None
    if col.period is not None and cell.rowspan > 1:
        # (merged down from the baseline's row too: 最終目標値（R6） over every row, a target)
        return col.role, column_value_cell(region, cell)
    label = normalize_text(when.text)
    listed = col.role
    if "baseline" in current_vocabulary().votes(label.replace(" ", "")):
        listed = "baseline"
    elif based and listed == "actual":
        listed = "baseline"  # 2019（R元） | (no target) | 24,860 | 基準値 (七ヶ浜)
    period = printed_period(when.text)
    value = ValueCell(cell.text, period, label, col.flags | list_flags(label), cell.provenance)
    return listed, value


def _based_by_remark(region: RegionReading, own: list[Cell], values: list[Cell]) -> bool:
    """Whether a row's remark (a cell under a 備考 heading) says no more than that the row gives
    the baseline (``基準値``), and the row prints no target beside its measured value."""
    if any((col := region.column(c.col)) is not None and col.role == "target" for c in values):
        return False
    return any(
        (col := region.column(cell.col)) is not None
        and col.role == "ignore"
        and remarks(innermost_heading(col.header))
        and baseline_remark(cell.text)
        for cell in own
    )


def stacked_rows(table: Table, region: RegionReading, note: tuple[Role, ...] | None = None) -> bool:
    """Whether a heading (or ``note``, a line right above the table) says which list each row
    of an indicator gives (``上段：目標値　下段：実績値``) and an indicator's name is merged down
    beside rows that hold nothing but values."""
    indicator = next((c.index for c in region.columns if c.role == "indicator"), None)
    grid = table.grid()
    if indicator is None or _stacked_heading(grid, region, note) is None:
        return False
    value_cols = {c.index for c in region.columns if c.role in ("baseline", "target", "actual")}
    body = set(region.body_rows)
    for r in region.body_rows:
        name = grid[r][indicator] if indicator < len(grid[r]) else None
        if name is None or name.row != r or name.rowspan < 2 or name.empty or r + 1 not in body:
            continue
        below = [
            c
            for c in grid[r + 1][region.first_col : region.end_col]
            if c is not None and c.row == r + 1 and not c.empty
        ]
        if below and all(c.col in value_cols for c in below):
            return True
    return False


def _stacked_heading(
    grid: list[list[Cell | None]],
    region: RegionReading,
    note: tuple[Role, ...] | None = None,
    span: tuple[Period, Period] | None = None,
) -> tuple[int, int, tuple[Role, ...]] | None:
    """The columns a heading over the region spans and the list each line of an indicator's
    rows gives under it, where the heading says (``上段：目標値　下段：実績値``); where no heading
    does, a note right above the table (``note``) says it of the columns of the years it names
    (``span``: R3～R5), or of every column that lists targets or actuals."""
    for r in region.header_rows:
        for cell in grid[r][region.first_col : region.end_col]:
            if cell is None or cell.row != r:
                continue
            lists = stacked_lists(cell.text)
            if lists is not None:
                return cell.col, cell.col + cell.colspan, lists
    if note is None:
        return None
    # (磐梯: ※R3～R5の各欄は、上段が目標値、下段が実績値 over 基準値（R元） | R3 | R4 | R5: the
    # columns of the years it names, or of every list where it names none; a baseline's column
    # keeps its own wherever it stands, _stacked_role)
    listed = [
        c.index
        for c in region.columns
        if c.role in ("target", "actual", "value", "pair")
        and (span is None or _within(c.period, span))
    ]
    return (min(listed), max(listed) + 1, note) if listed else None


def _within(period: Period | None, span: tuple[Period, Period]) -> bool:
    """Whether a column's period lies in a span of years (``R3～R5``)."""
    first, last = year_of(span[0]), year_of(span[1])
    return (
        period is not None
        and first is not None
        and last is not None
        and (first <= (year_of(period) or 0) <= last)
    )


def _stacked_line(
    grid: list[list[Cell | None]], r: int, indicator_col: int | None, name: Cell | None
) -> int:
    """Which line of its indicator a row is, where the cell that names it (``name``, read in
    the indicator column) is merged down over several rows (0: its own row, or no such name)."""
    if name is None or indicator_col is None or not 0 <= indicator_col < len(grid[r]):
        return 0
    if grid[r][indicator_col] is not name or name.rowspan < 2:
        return 0
    return r - name.row


def _stacked_role(
    region: RegionReading,
    stacked: tuple[int, int, tuple[Role, ...]] | None,
    cell: Cell,
    line_list: Role,
) -> str:
    """The list a value cell goes to on a stacked line: the line's, under the heading that says
    so; its column's own role elsewhere (a 基準値 column beside it)."""
    col = region.column(cell.col)
    assert col is not None
    # (a 基準値 column among them keeps its baseline, review 49)
    if stacked is not None and stacked[0] <= cell.col < stacked[1] and col.role != "baseline":
        return line_list.value
    return col.role


#: The lists a missing word merged across columns speaks for in each of them.
_SPREAD_LISTS = frozenset({"baseline", "target", "actual"})


def _missing_across_spread(cells: list[Cell], value_cols: Sequence[ColumnReading]) -> list[Cell]:
    """The row's value cells with a missing word merged across value columns (扶桑, 匝瑳:
    ``中止`` across R3実績 | R4実績; 白石: ``―`` across 2022年度's 目標値 | 実績値, a KPI added
    later) read once under each of them: each column's missing value, not the first one's
    alone (a grid row meets a merged cell once a column)."""
    by_index = {c.index: c for c in value_cols}
    out: list[Cell] = []
    for cell in dict.fromkeys(cells):  # (the merged cell once, as a grid row meets it)
        spanned = [by_index.get(k) for k in range(cell.col, cell.col + cell.colspan)]
        if (
            cell.colspan < 2
            or classify(cell.text) is not CellClass.MISSING
            or None in spanned
            or not {c.role for c in spanned if c is not None} <= _SPREAD_LISTS
        ):
            out.append(cell)
            continue
        out.extend(
            replace(cell, col=k, colspan=1) for k in range(cell.col, cell.col + cell.colspan)
        )
    return out


def _free(region: RegionReading, col: int) -> bool:
    """Whether a column holds names for all the interpretation says (no other role)."""
    reading = region.column(col)
    return reading is None or reading.role in ("indicator", "ignore")


def _target_years(
    region: RegionReading, cell: Cell, col: ColumnReading, listed: str, value: ValueCell
) -> list[ColumnReading]:
    """The target columns a cell is merged across, its own first, where each has a year of its
    own and the value names none itself; none for a cell across two lists (信濃's 事業開始前
    value across 目標値 | 実績値), across one year's columns (高山's 目標値（R元） over 平日 |
    休日) or for actuals (a value measured once)."""
    if listed != "target" or cell.colspan < 2 or col.period is None or value.period != col.period:
        return []  # (an actual merged over two years was measured once: not each year's)
    spanned = [region.column(k) for k in range(cell.col, cell.col + cell.colspan)]
    # (the columns' own role: under bare years, which list actuals, a row its label calls 目標
    # lists targets, 中之条: 目標 | 毎年度 20 across R3 … R7)
    periods = [c.period for c in spanned if c is not None and c.role == col.role]
    if len(periods) != cell.colspan or None in periods or len(set(periods)) != len(periods):
        return []
    return [c for c in spanned if c is not None]


def _spanned_columns(
    region: RegionReading, cell: Cell, col: ColumnReading, listed: str, value: ValueCell
) -> list[ColumnReading]:
    """The further columns a target merged across several years stands for (``65.0`` across
    後期目標値 › R1 | R2 | R3 | R4): each of its years' (_target_years), for a value."""
    if not is_value(classify(cell.text)):
        return []  # (熊本地震の影響により集計休止 across H27 | H28 | H29: said once, as before)
    return _target_years(region, cell, col, listed, value)[1:]


#: Words that make a level each year's (``年間20人``, ``各年20人``, ``毎年20人``; not the horizon
#: of ``3年間で``, ``3か年間で``).
_EACH_YEARS = regex.compile(r"(?<![0-9０-９一二三四五六七八九十かヵケカヶ箇])年間|各年|毎年")


def _running_total_across(
    region: RegionReading, cell: Cell, col: ColumnReading, listed: str, value: ValueCell
) -> tuple[ColumnReading, TargetStatement | None] | None:
    """The last of the target columns a running total is merged across (_target_years), with the
    statement the cell makes, if any: a total the cell says is one (``15（累計）``, ``3年間で延べ
    60人``) or a level over as many years as it spans (``3年間で60人`` across three years); None
    elsewhere, and for a level each year's (``3年間で年間20人``, ``毎年20人（累計60人）``: each
    year's target, review 44)."""
    spanned = _target_years(region, cell, col, listed, value)
    text = normalize_text(cell.text)
    if not spanned or _EACH_YEARS.search(text):
        return None
    statement = parse_target_statement(text)
    try:
        counted = "cumulative" in parse_quantity(text).flags
    except ParseError:
        counted = False
    stated = (
        statement is not None
        and statement.goal is not None
        and (statement.cumulative or statement.horizon_years == cell.colspan)
    )
    return (spanned[-1], statement) if counted or stated else None


def column_value_cell(region: RegionReading, cell: Cell) -> ValueCell:
    """A value cell under its column; a period printed in the cell is its own
    (``3,823人(平成26年)``)."""
    col = region.column(cell.col)
    assert col is not None
    period = _whole_year(region, cell, col.period, col.header) if cell.colspan > 1 else col.period
    return column_value(cell.text, period, col.header, col.flags, cell.provenance)


def _whole_year(
    region: RegionReading, cell: Cell, period: Period | None, header: str
) -> Period | None:
    """The period of a value merged across columns that date parts of one fiscal year and the
    whole of it (浜頓別: ``71.4`` across ``上期（4～9月） | 下期（10～3月） | 年度計`` under
    ``H29実績``): that year, not the first part's months; the first column's period elsewhere
    (a level merged across two dates of one year, ``R6.9末 | R7.3末``, keeps the first's)."""
    if period is None or period.month is None or period.fiscal_year is None:
        return period
    spanned = [region.column(k) for k in range(cell.col, cell.col + cell.colspan)]
    periods = {c.period for c in spanned if c is not None}
    if len(periods) < 2 or {p.fiscal_year if p else None for p in periods} != {period.fiscal_year}:
        return period
    if not any(p is not None and p.month is None for p in periods):
        return period  # (R6.9末 | R7.3末: a level at two dates, no year's parts and its whole)
    return Period(period.fiscal_year, None, None, header.rpartition(HEADING_SEPARATOR)[0] or header)


def _listed_value(region: RegionReading, cell: Cell, label: Cell | None) -> ValueCell:
    """A value cell under its column, with the flags its row's list label gives it (目標（見込み）:
    ``estimate``)."""
    value = column_value_cell(region, cell)
    flags = list_flags(label.text) if label is not None else frozenset()
    return replace(value, flags=value.flags | flags) if flags else value


def _new_draft(
    region: RegionReading,
    section: list[str],
    form: FormContext,
    where: Cell,
    row: int,
    kind: Kind | None = None,
) -> Draft:
    """A draft for one indicator of a region, placed at the cell that names it."""
    program = form.as_program()
    kind = kind or _KINDS.get(region.kind or "", Kind.KPI)
    d = Draft(None, kind, list(section), program, row=row, program_printed=program is not None)
    d.page, d.line = where.provenance.page, where.provenance.line
    d.indicator_where = where.provenance
    d.department = form.department
    return d


def _add_value(d: Draft, lst: str | None, vc: ValueCell) -> None:
    """Put a value cell into the draft's list: baseline (the first), targets or actuals."""
    if lst == "baseline":
        d.baseline = d.baseline or vc
    elif lst == "target":
        d.targets.append(vc)
    else:
        d.actuals.append(vc)


def _periods_down_drafts(
    table: Table,
    reading: TableInterpretation,
    region: RegionReading,
    section: list[str],
    form: FormContext,
) -> list[Draft]:
    """One indicator a column; each row's label says the period and the list of its values."""
    grid = table.grid()
    drafts = []
    for col in region.columns:
        # (管内順位 under KPI③'s name, 美幌; 交付対象事業費（千円） beside the names)
        for why in col.reasons:
            if why == NONE_OF_ITS_LISTS or why.endswith(BESIDE_NAMES):
                notice(
                    f"the column {col.header!r} of the table at {table.place} is {why}: not read"
                )
    # 集計期間 | 年度（4月～翌年3月） | 暦年（1月～12月） under the names (南相木): each
    # column's year basis
    bases = header_bases(table, region.header_rows)
    status_row = _status_row_below(grid, region)  # (達成状況 under the years, once a table)
    # columns of one indicator (its name spanning a column for each list) read as one
    groups: dict[tuple[str, int], list[ColumnReading]] = {}
    for col in region.columns:
        if col.role != "indicator":
            continue
        spanned = _spanning_name(grid, region, col)
        key = (col.header, spanned) if col.listed is not None else (col.header, col.index)
        if not col.header and col.listed is not None:
            key = ("", -1)  # 年度 | 目標 | 実績, no name (牧之原's cards): one indicator's lists
        groups.setdefault(key, []).append(col)
    for cols in groups.values():
        col = cols[0]
        head = next(
            (
                cell
                for r in reversed(region.header_rows)
                if (cell := grid[r][col.index]) is not None
                # the name's own cell, over a list's (目標値 under KPI① 加工品の販売額), its
                # unit's on a row of their own (さとうきび生産量 over （t）, 北大東) or a note's
                # of how it is counted (延べ, 高浜)
                and (
                    normalize_text(cell.text) == col.header
                    if col.listed is not None
                    else col.header.startswith(normalize_text(cell.text))
                )
                and not cell.empty
                and bare_unit(cell.text) is None
            ),
            None,
        )
        first = head or grid[region.body_rows[0]][col.index]
        assert first is not None
        d = _new_draft(region, section, form, first, first.row, _KINDS.get(col.kind or ""))
        d.unit = col.unit  # (高浜: 千人 on the 単位 row under the name)
        _name_into(d, col.header, None)
        labelled = split_label(head.text) if head is not None else None
        if labelled is not None and labelled.label and labelled.text and d.indicator:
            # ア　情報発信件数（件） heading a column of values (守谷): its label, then its name
            d.label = labelled.label
            d.indicator = d.indicator.removeprefix(labelled.label).strip()
        if not col.header:
            d.indicator_where = None  # (a card's name is the heading over it, no cell's)
        corner = grid[first.row][region.first_col] if head is not None else None
        own = normalize_text(corner.text).replace(" ", "") if corner is not None else ""
        if corner is not None and corner is not head and _KPI_NUMBER.fullmatch(own):
            d.label = own  # KPI① beside the name heading a card's values
        if d.label is None and head is not None:
            d.label = _number_over(grid, region, head)
        d.department = _own_department(table, reading, form) or d.department
        dated_rows = {row.index for row in region.rows if row.period is not None}
        merged: dict[int, str] = {}
        running: dict[int, str] = {}
        for row in region.rows:
            for each in cols:
                cell = grid[row.index][each.index]
                if cell is None or cell.empty or cell.col != each.index:
                    continue  # (a baseline merged over the lists is read at its first column)
                flags = row.flags | each.flags  # (延べ on a row saying how it is counted)
                # (目標値 | 40,000（H31）, 浦臼: a row naming no period, each value its own)
                vc = column_value(cell.text, row.period, row.label, flags, cell.provenance)
                listed = row.list
                if each.listed is not None and row.list != "baseline":
                    listed = each.listed  # 目標値 | 実績値 under the name: the column's list
                    vc = replace(vc, header=f"{row.label} {each.header}")
                    if listed == "target" and row.list != "target" and "estimate" in row.flags:
                        # 和水: R6（見込） over a KPI's 目標 | 実績: the year's figure is the
                        # forecast, its target the plan's, no estimate
                        vc = replace(vc, flags=vc.flags - {"estimate"} | each.flags)
                if cell.row != row.index:
                    # 富加: a target merged down over the years' rows is each year's target,
                    # said; a running total's (累計) is not repeated: its one target may be the
                    # span's end, which the cell does not say
                    if listed != "target" or cell.row not in dated_rows or row.period is None:
                        continue
                    if "累計" in col.header:
                        running.setdefault(id(cell), normalize_text(cell.text))
                        continue
                    merged.setdefault(id(cell), normalize_text(cell.text))
                _add_value(d, listed, vc)
        verdict = (
            _status_under(grid, status_row, [each.index for each in cols])
            if status_row is not None
            else None
        )
        if verdict is not None:
            d.status = verdict
        if bases.get(col.index, "fiscal") != "fiscal":
            count_years(d, bases[col.index])  # (暦年: the rows' years are calendar years)
        d.warnings.extend(reading.warnings)
        d.warnings.extend(
            f"the target {text!r} merged down over several years' rows was read as each of "
            "those years' target"
            for text in merged.values()
        )
        d.warnings.extend(
            f"the target {text!r} merged down over several years' rows of a running total was "
            "read for its first year only: it may be the span's end"
            for text in running.values()
        )
        if d.has_values():
            drafts.append(d)
    return drafts


def _number_over(grid: list[list[Cell | None]], region: RegionReading, head: Cell) -> str | None:
    """The KPI number printed right over a name heading its column (智頭: ``KPI1`` over
    町外からの移住者数, each spanning the name's 目標値 | 実績値), or None."""
    for r in region.header_rows:
        cell = grid[r][head.col]
        if r >= head.row or cell is None or cell.col != head.col or cell.colspan != head.colspan:
            continue
        own = normalize_text(cell.text).replace(" ", "")
        if _KPI_NUMBER.fullmatch(own):
            return own
    return None


def _status_row_below(grid: list[list[Cell | None]], region: RegionReading) -> int | None:
    """The row under the years that prints each indicator's status (智頭: ``達成状況（令和6年度）``
    over 未達成 | 達成 …, each word under its indicator's columns), where every cell of that row
    but its label is a status word or a dash; of several such rows, the one its label dates
    latest (None where one is undated); None where there is none."""
    last = max(region.body_rows, default=-1)
    found: list[tuple[int, int]] = []  # (the year its label names, the row)
    for r in range(last + 1, len(grid)):
        cells = [
            c
            for c in grid[r][region.first_col + 1 : region.end_col]
            if c is not None and c.row == r
        ]
        printed = list({id(c): c for c in cells if not c.empty}.values())
        words = [c for c in printed if classify(c.text) is not CellClass.MISSING]
        if not words or any(printed_status(c.text) is None for c in words):
            continue
        label = grid[r][region.first_col]
        period = find_period(label.text) if label is not None else None
        found.append((year_of(period) if period is not None else 0, r))
    if not found or (len(found) > 1 and any(year == 0 for year, _ in found)):
        return None  # (達成状況 twice, one undated: which is the latest is not said)
    return max(found)[1]


def _status_under(grid: list[list[Cell | None]], r: int, cols: Sequence[int]) -> str | None:
    """The status row ``r`` prints under an indicator's columns, the first printed; None where
    nothing is printed there."""
    for col in cols:
        cell = grid[r][col]
        if cell is not None and not cell.empty:
            return printed_status(cell.text)
    return None


def _spanning_name(grid: list[list[Cell | None]], region: RegionReading, col: ColumnReading) -> int:
    """The first column of the header cell that names an indicator over its lists' columns."""
    for r in reversed(region.header_rows):
        cell = grid[r][col.index]
        if cell is not None and cell.colspan > 1 and normalize_text(cell.text) == col.header:
            return cell.col
    return col.index


def _own_department(table: Table, reading: TableInterpretation, form: FormContext) -> str | None:
    """The department a table's own field row names (``担当課 | 農林水産課`` under a card's
    values): that table's indicators are that department's, whatever the form's fields say."""
    vocabulary = current_vocabulary()
    grid = table.grid()
    for r, role in enumerate(reading.row_roles):
        if role != "fields":
            continue
        cells = [c for c in grid[r] if c is not None and c.row == r and not c.empty]
        cells = list({id(c): c for c in cells}.values())
        if len(cells) == 2:
            own = FormContext()
            if _take_field(own, cells[0].text, cells[1].text, vocabulary) and own.department:
                return own.department
    return None


#: What a block's draft says when no name row stands above its values (a caption may name it).
NO_NAME_ABOVE = "but no name is printed above its block"


def _block_drafts(
    table: Table,
    reading: TableInterpretation,
    region: RegionReading,
    section: list[str],
    form: FormContext,
) -> list[Draft]:
    """Transposed blocks: a name row (``指標名 | name | 単位 | unit``), a row of periods, then
    rows of values each labelled by its list."""
    grid = table.grid()
    drafts: list[Draft] = []
    d: Draft | None = None
    periods: dict[int, Period] = {}
    baselines: set[int] = set()
    targets: set[int] = set()  # the columns a heading of the row of periods calls targets
    vocabulary = current_vocabulary()
    for row in region.rows:
        cells = list(  # a merged cell once
            {
                id(c): c
                for c in grid[row.index][region.first_col : region.end_col]
                if c is not None and c.row == row.index and not c.empty
            }.values()
        )
        if row.role == "name":
            named = _block_name(region, section, form, cells, row.index)
            if d is not None and not periods and not d.has_values():
                # the block's name printed over several rows (成果指標1 | name, then 単位: | kg;
                # a 単位 row's unit outranks one read from a name's brackets)
                if named.indicator is None:
                    d.unit = named.unit or d.unit
                    continue
                drafts.pop()
            d = named
            d.warnings.extend(reading.warnings)
            _typed_by_group(d, grid, row.index)
            drafts.append(d)
            periods = {}
        elif row.role == "periods":
            periods, baselines, targets = {}, set(), set()
            for c in cells[1:]:
                p = printed_period(c.text)
                if p is None and reading.era is not None:
                    p = find_eraless_period(c.text, reading.era)  # 25年度 on a 平成 sheet
                if p is not None:
                    periods[c.col] = p
                heading_list = voted_list(without_periods(c.text) or c.text)
                if heading_list is Role.BASELINE:
                    baselines.add(c.col)  # 区分 | 基準値（R2） | R4 …: that column's one value
                elif heading_list is Role.TARGET:
                    targets.add(c.col)
        elif d is not None:
            # (a row labelled 値: each column's heading names its list, 三浦's 目標値 too)
            headed = targets if values_label(row.label or "", vocabulary) else set()
            for c in cells[1:]:
                vc = ValueCell(c.text, periods.get(c.col), row.label, row.flags, c.provenance)
                # (増毛: 基準値 merged down the 目標 and 実績 rows: the block's baseline)
                listed = "baseline" if c.col in baselines else row.list
                _add_value(d, "target" if c.col in headed else listed, vc)
        else:
            d = _block_name(region, section, form, [], row.index)
            d.warnings.append(
                f"row {row.index + 1} of table {reading.table + 1} holds values, {NO_NAME_ABOVE}"
            )
            drafts.append(d)
            for c in cells[1:]:
                vc = ValueCell(c.text, periods.get(c.col), row.label, row.flags, c.provenance)
                _add_value(d, "baseline" if c.col in baselines else row.list, vc)
    return [x for x in drafts if x.has_values()]


def _typed_by_group(d: Draft, grid: list[list[Cell | None]], r: int) -> None:
    """A block under a label merged down the table's left (目的（アウトカム）, 手段（アウトプット）)
    is of the type that label names."""
    cell = grid[r][0] if grid[r] else None
    if cell is None or cell.rowspan < 2 or d.indicator_type is not None:
        return
    d.indicator_type = _block_type(cell.text)


def _block_type(text: str) -> str | None:
    """The one indicator type a group's label names (``手段（アウトプット）``: output), if any."""
    norm = normalize_text(text)
    types = {t for word, t in TYPE_WORDS.items() if word in norm}
    return types.pop() if len(types) == 1 else None


def _block_name(
    region: RegionReading, section: list[str], form: FormContext, cells: list[Cell], row: int
) -> Draft:
    """A block's draft from its name row: ``指標名 | name | 単位 | unit``, or a name alone."""
    vocabulary = current_vocabulary()
    name: str | None = None
    unit: str | None = None
    label: str | None = None
    kind: Kind | None = None
    targets: list[ValueCell] = []
    where = cells[0] if cells else None
    k = 0
    while k < len(cells):
        labelled_unit = UNIT_NOTE.fullmatch(normalize_text(cells[k].text))
        if labelled_unit:  # 単位：件 in one cell
            unit = labelled_unit.group("u")
            k += 1
            continue
        votes = vocabulary.votes(normalize_text(cells[k].text).replace(" ", ""))
        nxt = cells[k + 1] if k + 1 < len(cells) else None
        if "unit" in votes and nxt is not None:
            unit = nxt.text
            k += 2
            continue
        if (
            "target" in votes
            and "indicator" not in votes
            and nxt is not None
            and is_value(classify(nxt.text))
        ):
            # 令和5年度目標値 | 23 on the name's row: the block's final target, dated by its label
            period = printed_period(cells[k].text)
            targets.append(ValueCell(nxt.text, period, cells[k].text, where=nxt.provenance))
            k += 2
            continue
        if (
            "indicator" in votes
            and nxt is not None
            and name is None
            and not UNIT_NOTE.fullmatch(normalize_text(nxt.text))
        ):
            # (KPI①　UIJターンによる移住者数 | 単位：人 (増毛): the name itself, its unit beside)
            name, where = nxt.text, nxt
            own = normalize_text(cells[k].text).replace(" ", "")
            if _KPI_NUMBER.fullmatch(own) or _NUMBERED_WORD.fullmatch(own):
                label = own  # KPI①, 成果指標1 names the block: the record's label
                kind = header_kind(own)
            k += 2
            continue
        if name is None:
            name, where = cells[k].text, cells[k]
        k += 1
    assert where is not None or not cells
    d = _new_draft(region, section, form, where or Cell(row, region.first_col, ""), row)
    if name is not None:
        _name_into(d, name, None)
    d.unit = d.unit or (normalize_text(unit) if unit else None)
    d.label = label
    d.targets.extend(targets)
    if kind is not None:
        d.kind = kind  # 活動指標1: an activity, whatever the table's headings said
    return d


#: A zero as a spreadsheet export writes it into a field left empty (``0``, ``0.0``).
_ZERO = regex.compile(r"0+(?:\.0+)?")


def _filled(text: str) -> str | None:
    """A text field of a flat export as filled in: None where it is empty or a zero, which the
    export writes into fields left empty (大船渡: the 事務事業ID of row 314, the unit of row
    384's 営業係数; a slot's name that is a number is passed over likewise)."""
    return None if not text or _ZERO.fullmatch(text) else text


def program_row_drafts(table: Table, region: RegionReading) -> list[Draft]:
    """Drafts of a flat export: each row a program, each named slot an indicator of it."""
    grid = table.grid()
    by_role: dict[str, int] = {
        c.role: c.index for c in region.columns if c.role in ("program", "department", "program_no")
    }
    slots: dict[str, dict[str, list[ColumnReading]]] = {}
    for c in region.columns:
        if c.slot is not None:
            slots.setdefault(c.slot, {}).setdefault(c.role, []).append(c)
    drafts: list[Draft] = []
    for r in region.body_rows:
        row = {c.col: c for c in grid[r] if c is not None and c.row == r}

        def text(col: int | None, row: dict[int, Cell] = row) -> str:
            cell = row.get(col) if col is not None else None
            return normalize_text(cell.text) if cell is not None else ""

        program_name = text(by_role.get("program"))
        if not program_name:
            continue
        program = Program(
            program_name,
            _filled(text(by_role.get("program_no"))),
            text(by_role.get("department")) or None,
        )
        for slot, parts in slots.items():
            name_col = parts.get("indicator", [None])[0]
            if name_col is None:
                continue
            name = text(name_col.index)
            if not name or is_value(classify(name)):
                continue  # an empty slot, or a number left where a name belongs
            kind = next((_KINDS[k] for k in name_col.flags if k in _KINDS), Kind.KPI)
            d = Draft(None, kind, [], program, name, slot[-1], row=r, program_printed=True)
            d.department = program.department
            cell = row[name_col.index]
            d.indicator_where = cell.provenance
            d.page, d.line = cell.provenance.page, _sheet_row(cell) or cell.provenance.line
            unit_col = parts.get("unit", [None])[0]
            d.unit = _filled(text(unit_col.index)) if unit_col is not None else None
            for role in ("baseline", "target", "actual"):
                for col in parts.get(role, []):
                    value = row.get(col.index)
                    if value is None or value.empty:
                        continue
                    vc = ValueCell(value.text, col.period, col.header, col.flags, value.provenance)
                    _add_value(d, role, vc)
            drafts.append(d)
    return drafts


def _merged_over_numbers(
    grid: list[list[Cell | None]], region: RegionReading, program: int | None, label: int | None
) -> bool:
    """Whether some program cell of the region is merged down over more rows than any No. cell
    beside it: the programs group the rows, the No. numbers each row."""
    if program is None or label is None:
        return False
    cells = [(grid[r][program], grid[r][label]) for r in region.body_rows]
    # (a No. a row, every one printed: blanks under a program's No. leave it the program's)
    return any(p is not None and p.rowspan > 1 for p, _ in cells) and all(
        n is not None and not n.empty and n.rowspan == 1 for _, n in cells
    )


def _sheet_row(cell: Cell) -> int | None:
    """The sheet row of a workbook cell, from its address (``B12`` → 12)."""
    address = cell.provenance.address or ""
    m = regex.search(r"([0-9]+)$", address)
    return int(m.group(1)) if m else None


def _status_columns(region: RegionReading) -> list[int]:
    """The region's status columns to read a row's printed status from, in the order to try:
    the first alone, or where each is dated (流山: 目標 | 実績 | 評価 under each year) the
    latest first, so that a row's status is that of the latest year that prints one."""
    cols = [c for c in region.columns if c.role == "status"]
    periods = [c.period or find_period(c.header) for c in cols]  # (a status has no list's year)
    years = [p.fiscal_year or p.year if p else None for p in periods]
    dated = [(y, c) for y, c in zip(years, cols, strict=True) if y is not None]
    if len(dated) < 2 or len({y for y, _ in dated}) < len(dated):
        return [c.index for c in cols[:1]]
    # the dated ones latest first, then any undated (総合評価 beside the years' 評価)
    latest_first = [c.index for _, c in sorted(dated, key=lambda yc: -yc[0])]
    return latest_first + [c.index for y, c in zip(years, cols, strict=True) if y is None]


def _spanned_cell(grid: list[list[Cell | None]], r: int, col: int | None) -> Cell | None:
    """The cell standing in row ``r`` of column ``col``, one merged over the row included;
    None where it is empty."""
    cell = grid[r][col] if col is not None else None
    return cell if cell is not None and not cell.empty else None


def _spanned_text(grid: list[list[Cell | None]], r: int, col: int | None) -> str | None:
    """The text standing in row ``r`` of column ``col``, a cell merged over the row included."""
    cell = _spanned_cell(grid, r, col)
    return normalize_text(cell.text) if cell is not None else None


#: A line that is only a program's number (``1``, ``(2)``, ``3-1``).
_NUMBER_LINE = regex.compile(r"[(（]?[0-9０-９]{1,2}(?:[-－ー][0-9０-９]{1,2})?[)）.．]?")


def _program_text(grid: list[list[Cell | None]], r: int, col: int) -> str | None:
    """The text of the program cell standing in row ``r``, a number printed on a line of its own
    kept apart from the name after it (三好: ``1`` over ``訪れてよし観光交流プロジェクト``)."""
    cell = _spanned_cell(grid, r, col)
    if cell is None:
        return None
    lines = [normalize_text(x.text) for x in cell.lines]
    if len(lines) > 1 and _NUMBER_LINE.fullmatch(lines[0].replace(" ", "")):
        return f"{lines[0]} {normalize_text(cell.text)[len(lines[0]) :].strip()}"
    return normalize_text(cell.text)


def _rows_with_headings(region: RegionReading, reading: TableInterpretation) -> list[int]:
    """The region's body rows and the headings across the table among them or right above
    them (西条: ``施策3-1 農林水産業の振興`` under the header, before its indicators' rows)."""
    if not region.body_rows:
        return []
    start = max(region.header_rows) + 1 if region.header_rows else region.body_rows[0]
    end = region.body_rows[-1] + 1
    body = set(region.body_rows)
    return [
        r for r in range(min(start, end), end) if r in body or reading.row_roles[r] == "section"
    ]


#: Longest heading read as a kind's name.
_KIND_HEADING_CHARS = 16


#: A kind's name in brackets inside a cell (``〔数値目標〕``, ``【KPI】``): the words before it, and
#: the name after it.
_KIND_MARK_INSIDE = regex.compile(
    r"^(?P<head>.*?)\s*(?P<mark>[【〔［\[＜<《][^【】〔〕［］\[\]＜＞<>《》]{2,12}[】〕］\]＞>》])\s*"
    r"(?P<name>\S.*)$"
)


#: A row's number printed before a kind's mark (``3``, ``(1)``, ``①``, ``No.3``).
_MARKED_KEY = rf"[(（]?{ROW_KEY}[)）.]?"


def _kind_marked_name(text: str) -> tuple[str, Kind, str] | None:
    """A cell that prints a kind's name in brackets before an indicator's name (鏡石: ``基本目標１
    安定した雇用をつくる 〔数値目標〕町内事業所の従業者数（人）``): the words before the mark (a
    heading, or nothing), the kind, and the name; None for any other text."""
    m = _KIND_MARK_INSIDE.match(normalize_text(text))
    if m is None:
        return None
    kind = _heading_kind(m.group("mark"))
    return (m.group("head").strip(), kind, m.group("name").strip()) if kind is not None else None


def _heading_kind(text: str) -> Kind | None:
    """The kind a heading across the table names for the rows below it, where it is a kind's
    name and nothing else, in brackets or not (東吾妻: ``【数値目標】``,
    ``【重要業績評価指標（KPI）】``; 厚真: ``活動指標``, ``成果指標``); a numbered heading
    (``基本目標1 …``) or one with other words names a group, no kind."""
    norm = normalize_text(text).replace(" ", "")
    bracketed = enclosed(norm)
    # (厚真: 活動指標 alone, unbracketed; a bracket of one character is no kind's name)
    inner = bracketed if bracketed is not None and len(bracketed) >= 2 else norm
    if len(inner) > _KIND_HEADING_CHARS:
        return None
    votes = current_vocabulary().votes(inner)
    kinds = [role for role in votes if role.startswith("kind.")]
    # every word of it is a kind's word (重要業績評価指標 and KPI); 【目標】 or 【施策の成果指標】
    # say more than a kind
    rest = inner.upper()  # (the vocabulary matches KPI and kpi alike)
    for role in kinds:
        for word in votes[role][1]:
            rest = rest.replace(word.upper(), "")
    if not kinds or regex.sub(r"[()（）・/／]", "", rest):
        return None
    return header_kind(inner)


#: Roles of the columns left of a region that place its rows' programs.
_PROGRAM_ROLES = ("program", "department", "program_no")


def _program_columns_left(
    table: Table, reading: TableInterpretation, region: RegionReading
) -> tuple[int | None, int | None, int | None, int | None]:
    """The program, department, number and row-number columns of the nearest region left of
    this one read as no indicators (money, fields, a programs' table), by the role the region's
    reading gave them, else their own headings' strongest word (``交付対象事業の名称``,
    ``担当課``, ``No``); beside a code column and no program column, its names column names the
    programs (鳥羽). Only where each of its body rows prints its own program: the columns that
    say whose indicators this region's rows are. A No. that numbers rows of one program is the
    rows' (the last). Nones where there are none."""
    before = [
        r
        for r in reading.regions
        if r.end_col <= region.first_col and r.layout not in RECORD_LAYOUTS
    ]
    if not before:
        return None, None, None, None
    grid = table.grid()
    vocabulary = current_vocabulary()
    found: dict[str, int] = {}
    weights: dict[str, float] = {}
    for col in range(before[-1].first_col, before[-1].end_col):
        heads = [
            cell
            for cell in (grid[r][col] for r in region.header_rows)
            if cell is not None and cell.col == col and not cell.empty
        ]
        if not heads:
            continue
        read = before[-1].column(col)
        role = read.role if read is not None and read.role in _PROGRAM_ROLES else None
        votes = vocabulary.votes(normalize_text(heads[-1].text).replace(" ", ""))
        role = role or strongest_role(votes)
        weight = votes[role][0] if role in votes else 0.0
        # (八峰: 施策 | 事業名 left of the indicators, both a program's heading: 事業名, the
        # stronger word, names the programs the rows measure; 施策 groups them)
        if role in _PROGRAM_ROLES and (role not in found or weight > weights[role]):
            found[role], weights[role] = col, weight
    program = found.get("program")
    if program is None and "program_no" in found:
        # 施策目標コード | 施策目標名 (鳥羽): the names beside the codes are the programs'
        program = next((c.index for c in before[-1].columns if c.role == "indicator"), None)
    if program is None:
        return None, None, None, None
    # one program a row: its cells start in (nearly) every body row
    starts = {grid[r][program].row for r in region.body_rows if grid[r][program] is not None}  # type: ignore[union-attr]
    if len(starts) * 2 < len(region.body_rows):
        return None, None, None, None
    number = found.get("program_no")
    if number is not None and _numbers_rows_of_a_program(grid, region.body_rows, number, program):
        # (No. 1 | 2 beside one 事業 printed on both rows: the rows' numbers, their labels)
        return program, found.get("department"), None, number
    return program, found.get("department"), number, None


def _numbers_rows_of_a_program(
    grid: list[list[Cell | None]], rows: Sequence[int], number: int, program: int
) -> bool:
    """Whether a number column prints another number on rows of the same program and each
    number once (八峰: No. 1 to 7, 1 and 2 beside 道の駅みねはま活性化事業 on both): it numbers the
    rows, not the programs (a No. printed twice beside one program, 1 | 1, numbers it)."""
    numbers: dict[str, set[str]] = {}
    printed: list[str] = []
    for r in rows:
        name, no = grid[r][program], grid[r][number]
        if name is None or no is None or name.empty or no.empty or no.row != r:
            continue
        printed.append(normalize_text(no.text))
        numbers.setdefault(normalize_text(name.text), set()).add(printed[-1])
    return len(set(printed)) == len(printed) and any(len(n) > 1 for n in numbers.values())


def _kind_column_left(
    grid: list[list[Cell | None]], reading: TableInterpretation, region: RegionReading
) -> int | None:
    """The column right left of this region, in a region read as no indicators, whose rows
    each name a kind of indicator (江北: 決算額（千円） | 区分 over 活動 / 成果, then 指標名): the
    kind of each row of this one; None where there is none."""
    col = region.first_col - 1
    if col < 0 or not any(
        r.first_col <= col < r.end_col and r.layout not in RECORD_LAYOUTS for r in reading.regions
    ):
        return None
    named = [
        cell.text
        for r in region.body_rows
        if (cell := grid[r][col]) is not None and cell.row == r and not cell.empty
    ]
    if len(named) < len(region.body_rows) or len(set(named)) < 2:
        return None
    return col if all(row_kind(t) is not None for t in named) else None


def _heading_beside_money(cells: list[Cell], indicator_col: int | None) -> tuple[Cell, Cell] | None:
    """The heading and the money label of a row that heads a program and prints its money
    (筑北: ``（１）移住・定住の促進`` merged across No. and the names, then ``施策の事業費（千円）``
    over the years' amounts): its first cell spans the indicator column with words, and its one
    other text names money by a money word, beside values. None for any other row (``cells``:
    the row's filled cells, each once)."""
    if indicator_col is None or len(cells) < 3:
        return None
    first = cells[0]
    if (
        first.colspan < 2
        or not first.col <= indicator_col < first.col + first.colspan
        or classify(first.text) is not CellClass.TEXT
    ):
        return None
    texts = [c for c in cells[1:] if not is_value(classify(c.text))]
    if len(texts) != 1 or not money_word(texts[0].text):
        return None
    return first, texts[0]


def _money_marked_row(cells: list[Cell], indicator_col: int | None) -> str | None:
    """The program's name of a row that marks its name as the program's money in lenticular or
    square brackets at its end and prints amounts (境: ``さしま茶・梅山豚のブランド力の強化
    【事業費】`` over 千円 and the years' 事業費): the name without the mark. None for any other
    row (``cells``: the row's filled cells, each once; a gloss in round brackets, ``進捗率
    （事業費ベース）``, says how an indicator is counted)."""
    name = next((c for c in cells if c.col == indicator_col), None)
    if name is None or not any(is_value(classify(c.text)) for c in cells if c is not name):
        return None
    m = _MONEY_MARK.fullmatch(normalize_text(name.text))
    if m is None or not money_word(m.group("inner")) or money_word(m.group("name")):
        return None  # (事業費【千円】 names the money itself: the rows' own line, not a program)
    if not any(normalize_unit(c.text) in CURRENCY for c in cells if c is not name):
        return None  # (企業誘致補助件数【補助金】 | 件: an indicator that counts grants)
    return m.group("name").strip()


#: A name with a mark in lenticular or square brackets at its end (``…の強化　【事業費】``).
_MONEY_MARK = regex.compile(r"(?P<name>.+?)\s*[【\[［](?P<inner>[^【】\[\]［］]{1,8})[】\]］]")


def _money_line(cells: list[Cell], indicator_col: int | None) -> Cell | None:
    """The name of a row that prints the program's money across the numbers and the names
    (幕別: ``施策に係る事業費（決算額）`` merged over No. | 優先順位 | 成果指標, then 千円 and the
    years' amounts): its first cell opens left of the indicator column and spans it, names money
    by a money word, and the rest of the row is values, dashes and a unit. None otherwise (an
    indicator of money in its own numbered row is an indicator; ``cells``: the row's filled
    cells, each once)."""
    if indicator_col is None or len(cells) < 2:
        return None
    first = cells[0]
    if not first.col < indicator_col < first.col + first.colspan or not money_word(first.text):
        return None
    rest = [classify(c.text) for c in cells[1:]]
    if not any(is_value(k) for k in rest) or not all(
        is_value(k) or k is CellClass.MISSING or unit_word(c.text)
        for k, c in zip(rest, cells[1:], strict=True)
    ):
        return None
    return first


def _block_cell(grid: list[list[Cell | None]], r: int, region: RegionReading) -> Cell | None:
    """A cell merged down a block of body rows in the region's first column, read as no names
    (区分: 活動指標 over two rows, コスト over 事業費 and 人件費): the block's word. In a column
    that groups the rows (志布志's 区分), a cell over one row is its row's group too."""
    cell = grid[r][region.first_col]
    reading = region.column(region.first_col)
    grouping = reading is not None and reading.role == "group"  # 対象指標 over one row too
    if cell is None or cell.empty or cell.row not in region.body_rows:
        return None
    if cell.rowspan < 2 and not (grouping and cell.colspan == 1):
        return None
    return (
        cell if reading is None or grouping or reading.role in ("ignore", "kind", "type") else None
    )


def _group_label(grid: list[list[Cell | None]], r: int, region: RegionReading) -> Cell | None:
    """The label of a row group inside the body: a cell spanning several body rows in the
    region's first column (単位あたりコスト(A/C) over its rows). A label that spans the header
    too (事業実績(C)) is the table's, not a group of rows, and names nothing."""
    cell = grid[r][region.first_col]
    if cell is None or cell.rowspan < 2 or cell.empty or cell.row not in region.body_rows:
        return None
    # a No. or a program spanning its rows numbers or names them, a 基本目標 beside the
    # indicator column groups them: only a label in the indicator column names its rows
    reading = region.column(region.first_col)
    return cell if reading is None or reading.role == "indicator" else None


#: A name in 【】 first in its cell, something after it (``【移住者数】年間100人を維持``).
_LED_BY_NAME = regex.compile(r"【\s*(?P<name>[^【】]{2,40}?)\s*】\s*(?P<rest>\S.*)")
#: A short word in 【】 before a name (``【達成】``, ``【-】``): the row's status, if it is one.
_STATUS_TAG = regex.compile(
    r"[【［\[]\s*(?P<tag>[^【】［］\[\]]{1,6}?)\s*[】］\]]\s*(?P<rest>\S.*)"
)
#: Two ends joined by an arrow.
_KEYED_ARROW = regex.compile(r"(?P<a>[^→⇒➡]+?)\s*(?:→|⇒|➡)\s*(?P<b>[^→⇒➡]+)")
#: A value keyed by its year (``H26：1,053千人``).
_KEYED_VALUE = regex.compile(r"(?P<p>[^:：→]{1,12}?)\s*[:：]\s*(?P<v>\S.*)")


def split_led_name(d: Draft) -> None:
    """A name in 【】 first in its cell with what follows it taken apart (小豆島's
    ``【観光客入込客数】`` over ``H26：1,053千人 → H31：1,158千人``): the name, then where the
    indicator starts and is to go, each keyed by its year, or its target in words starting with
    its level (``【移住者数】年間100人を維持``, ``【特定健診受診率】40％に向上``). A tag in 【】
    (【新規】, 【重点】, 【アウトカム】) and a group's name over an indicator's own
    (``【子育て支援】保育所待機児童数 0人を維持``) leave the name as it is."""
    status = _STATUS_TAG.fullmatch(normalize_text(d.indicator or ""))
    if status is not None and (
        status_word(status.group("tag")) or dash_only(status.group("tag").replace(" ", ""))
    ):
        # 【達成】雲海ビューポイント等を訪れる観光客数 (野迫川): the status printed before the name
        if status_word(status.group("tag")) and d.status is None:
            d.status = status.group("tag")
        d.indicator = status.group("rest")
        return
    led = _LED_BY_NAME.fullmatch(normalize_text(d.indicator or ""))
    if led is None or _tag(led.group("name")):
        return
    rest = led.group("rest")
    ends = _keyed_arrow(rest)
    if ends is not None:
        (start, first), (goal, then) = ends
        d.baseline = d.baseline or ValueCell(first, start, start.raw, where=d.indicator_where)
        d.targets.append(ValueCell(then, goal, goal.raw, where=d.indicator_where))
        d.indicator = led.group("name")
    elif (
        _LEVEL_FIRST.match(rest)
        and not _NAME_NUMBER.match(rest)
        and parse_target_statement(rest) is not None
    ):
        d.target_texts.append(rest)
        d.indicator = led.group("name")


#: One labelled part of a name cell (``【指標名】…``, ``【算出方法】…``, ``【目標】…``).
_LABELLED_PART = regex.compile(r"【\s*(?P<label>[^【】]{1,8}?)\s*】\s*(?P<text>[^【】]*)")
#: A name with its target after a label in angle brackets (平生: ``…新規雇用者数＜目標＞5年間で
#: 延べ60人``, the label on the cell's second line).
_NAME_THEN_GOAL = regex.compile(
    r"(?P<name>[^<>＜＞〈〉《》【】]{2,60}?)\s*[<＜〈《【]\s*(?P<label>[^<>＜＞〈〉《》【】]{1,6}?)\s*"
    r"[>＞〉》】]\s*(?P<goal>[^【】]*\S)"
)
#: A target's own year before its level (``令和5年度　年間60組``, ``平成31年度に年間3,000万円``).
_YEAR_FIRST = regex.compile(
    rf"(?P<period>(?:{ERA_PATTERN})\s*(?:[0-9]{{1,2}}|元)\s*年度?末?|(?:19|20)[0-9]{{2}}\s*年度?末?)"
    r"\s*(?:までに|に)?\s*(?P<rest>\S.*)"
)


def split_labelled_name(d: Draft) -> None:
    """A name cell made of labelled lines (真鶴: ``【指標名】くらしかる真鶴の利用組数``,
    ``【算出方法】年度内の利用組数…``, ``【目標】令和5年度　年間60組``): the name is the part the
    label of a name heads, the target the part a target's label heads (dated by its own year
    where it prints one, else a statement); how the value is made (算出方法) is no part of it.
    So does a name followed by its target after a label in angle brackets (平生: ``…＜目標＞…``)."""
    norm = normalize_text(d.indicator or "")
    found = _name_then_goal(norm) or _labelled_lines(norm)
    if found is None:
        return
    name, goals = found
    d.indicator = name
    for label, goal in goals:
        dated = _YEAR_FIRST.fullmatch(goal)
        period = printed_period(dated.group("period")) if dated is not None else None
        level = dated.group("rest") if dated is not None else goal
        if period is not None and classify(level) is CellClass.QUANTITY:
            d.targets.append(ValueCell(level, period, label, where=d.indicator_where))
        else:
            d.target_texts.append(goal)


#: A bracket closing a name that gives the row's base year (葛城: ``道の駅かつらぎの利用者数
#: ［基準年度：R元］``, on the cell's second line): the label and the year.
_NAME_BASE_YEAR = regex.compile(
    r"(?P<name>.*\S)\s*[［\[(（【〔]\s*(?P<label>[^［］\[\]()（）【】〔〕:：]{1,6}?)\s*[:：]\s*"
    rf"(?P<year>(?:{ERA_PATTERN})\s*(?:[0-9]{{1,2}}|元)\s*年?度?|(?:19|20)[0-9]{{2}}\s*年?度?)\s*"
    r"[］\])）】〕]"
)


def split_base_year_name(d: Draft) -> None:
    """A name closing in its row's base year (``［基準年度：R元］``): the name, and the year its
    baseline is of where no heading dated it (a baseline heading with no year, ``基準値``)."""
    m = _NAME_BASE_YEAR.fullmatch(normalize_text(d.indicator or ""))
    if m is None or printed_period(m.group("year")) is None:
        return
    votes = current_vocabulary().votes(m.group("label").replace(" ", ""))
    if strongest_role(votes) != "baseline":
        return
    d.indicator = m.group("name")
    if d.base_year is None:
        d.base_year = m.group("year")


def _name_then_goal(norm: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A name, then its target after a target's label in angle brackets (平生:
    ``企業誘致等による新規雇用者数＜目標＞5年間で延べ60人``): the name and [(label, target)]."""
    then = _NAME_THEN_GOAL.fullmatch(norm)
    if then is None or "target" not in current_vocabulary().votes(then.group("label")):
        return None
    return then.group("name"), [(then.group("label"), then.group("goal"))]


def _labelled_lines(norm: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A name cell wholly of two or more 【label】 parts: the part a name's label heads, and
    each part a target's label heads; None where no part names the indicator."""
    if not norm.startswith("【"):
        return None
    parts = list(_LABELLED_PART.finditer(norm))
    if len(parts) < 2 or sum(len(m.group(0)) for m in parts) != len(norm):
        return None
    vocabulary = current_vocabulary()
    name: str | None = None
    goals: list[tuple[str, str]] = []
    for m in parts:
        label, text = m.group("label"), m.group("text").strip()
        votes = vocabulary.votes(label.replace(" ", ""))
        if "indicator" in votes and name is None and text:
            name = text
        elif "target" in votes and text:
            goals.append((label, text))
    return (name, goals) if name is not None else None


#: Words of a program's band that speak of its money (事業費, 予算): a unit it states is theirs.
_PROGRAM_MONEY = regex.compile(r"事業費|予算|決算|交付金額")
#: A name that counts a rate (満足度, リピーター率, 割合): no count a band's unit could scale.
_RATE_NAME = regex.compile(r"(?:率|割合|満足度)(?:[(（][^()（）]*[)）])?$")
#: A value that prints its own unit after its number (``70%``, ``1,050人``).
_VALUE_UNIT = regex.compile(r"[0-9][0-9,.]*\s*(?P<u>[^\s0-9,.()（）]{1,4})$")


def _not_of_band(unit: str, name: str | None, values: Sequence[Cell]) -> bool:
    """Whether a unit a band or a line states for its rows is not this row's: the row counts a
    rate where the band counts something else (リピーター率 under ［単位：千人］), or one of its
    values prints a unit of its own (``70%``)."""
    rate = normalize_unit(unit) in RATE_UNITS
    if not rate and _RATE_NAME.search(normalize_text(name or "")):
        return True
    for cell in values:
        m = _VALUE_UNIT.search(normalize_text(cell.text).replace(" ", ""))
        own = m.group("u") if m is not None else ""
        same = own and normalize_unit(split_scale(own)[1]) == normalize_unit(split_scale(unit)[1])
        if own and unit_word(own) and not same:
            return True
    return False


#: A unit column's heading that says how every value is counted (``単位（年間）``).
_COUNTED_HEADING = regex.compile(r"単位\s*[(（](?P<how>年間|延べ|累計)[)）]")
#: An arrow between where an indicator starts and where it is to go.
_ARROW_MARK = regex.compile(r"\s*(?:→|⇒|➡)\s*")
#: A bracket after the target, saying where the figures come from (``（市調査）``).
_SOURCE_TAIL = regex.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def split_arrow_name(d: Draft) -> None:
    """A name cell that goes on with where the indicator starts and is to go (新見:
    ``主な観光施設の入り込み客数32万人 → 35万人（市調査）``): the name, its baseline and its
    target, where both ends are values and the draft has neither; a year in brackets after an
    end (``32万人（R1）→35万人（R6）``) is that end's period, another bracket after the target (a
    source) is dropped. A name whose ends are words (``転出超過227人 → 転入超過1人以上``) stays as
    printed."""
    if d.baseline is not None or d.targets or not d.indicator:
        return
    parts = _ARROW_MARK.split(normalize_text(d.indicator))
    if len(parts) != 2:
        return
    left = parts[0].strip()
    goal = _arrow_end(parts[1]) or _arrow_end(_SOURCE_TAIL.sub("", parts[1]))
    if goal is None:
        return
    for i, ch in enumerate(left):
        if not ch.isdigit() or (i and (left[i - 1].isdigit() or left[i - 1] in ",.")):
            continue
        start = _arrow_end(left[i:])
        if start is None:
            continue
        name = left[:i].strip()
        if len(name) < _NAME_BEFORE_ARROW:
            return
        d.baseline = ValueCell(start[0], start[1], "", where=d.indicator_where)
        d.targets.append(ValueCell(goal[0], goal[1], "", where=d.indicator_where))
        d.indicator = name
        return


def _arrow_end(text: str) -> tuple[str, Period | None] | None:
    """An arrow's end read as a value and the year in brackets after it, if any (``32万人（R1）``
    → ``32万人``, FY2019; cells.value_and_period): a number, with a unit and no bracket after
    it (the ``1)`` of ``（R1）`` is no value); None for words."""
    dated = value_and_period(text)
    value, period = dated if dated is not None else (text.strip(), None)
    try:
        q = parse_quantity(value)
    except ParseError:
        return None
    if q.value is None or (q.unit is not None and _BRACKET.search(q.unit)):
        return None
    return value, period


_BRACKET = regex.compile(r"[()（）]")


#: Fewest characters of a name before the values an arrow joins.
_NAME_BEFORE_ARROW = 2


#: A target in words that starts with its level (``年間100人を維持``, ``40％に向上``, ``上記のうち、
#: 年間50人を維持``), not with a name of its own.
_LEVEL_FIRST = regex.compile(r"(?:上記のうち[、,]?\s*)?(?:年間|毎年度?|約|延べ|累計)?\s*[0-9０-９]")
#: A number that starts a name, not a level (``65歳以上の…``, ``3歳児…``, ``1人当たり…``).
_NAME_NUMBER = regex.compile(
    r"(?:上記のうち[、,]?\s*)?[0-9０-９]+\s*(?:歳|才|代|世代|年生|か月|ヶ月|人当たり|人あたり)"
)
#: Tags printed in 【】 before a name: what kind of entry it is, not what is counted.
_TAG_WORDS = frozenset(
    {"新規", "新", "重点", "拡充", "継続", "再掲", "改善", "充実", "成果", "活動", "目標", "参考",
     "追加", "見直し", "変更", "新設", "修正", "廃止"}
)  # fmt: skip
#: The longest tag a short 【】 text may be without a counted thing's word (数, 率, 額 …).
_TAG_CHARS = 3
_COUNTED_HEAD = regex.compile(r"[数率額量者件人]")


def _tag(text: str) -> bool:
    """Whether a text in 【】 before the rest of a cell is a tag (新規, 重点, アウトカム, a kind's
    word), not an indicator's name."""
    bare = text.replace(" ", "")
    if len(bare) <= _TAG_CHARS and not _COUNTED_HEAD.search(bare):
        return True  # 【追加】, 【観光】: a short word with no counted thing is a tag
    return bare in _TAG_WORDS or bare in TYPE_WORDS or header_kind(bare) is not None


def _keyed_arrow(text: str) -> tuple[tuple[Period, str], tuple[Period, str]] | None:
    """The two ends of ``H26：1,053千人 → H31：1,158千人``, each its period and value; None
    unless both ends are a value keyed by a period."""
    arrow = _KEYED_ARROW.fullmatch(normalize_text(text))
    if arrow is None:
        return None
    out = []
    for end in (arrow.group("a"), arrow.group("b")):
        m = _KEYED_VALUE.fullmatch(end)
        period = find_period(m.group("p")) if m is not None else None
        if m is None or period is None or not is_value(classify(m.group("v"))):
            return None
        out.append((period, m.group("v").strip()))
    return out[0], out[1]


#: A fiscal year written without its era (``30年度``), read in the document's era later.
_ERALESS_YEAR = regex.compile(r"(?:[0-9]{1,2}|元)年度?")
#: One year's level in a name's 【】 (``30年度：20億円``), the year maybe without its era, maybe
#: followed by the word target (鮭川: ``R7目標：25,000``).
_YEARS_LEVEL = regex.compile(
    r"(?P<when>[^:：]{1,12}?)\s*(?:の?目標値?)?\s*[:：]\s*(?P<level>[^:：]+)"
)


def _bracket_targets(text: str) -> list[str]:
    """The targets a name's 【】 gives: one level (``【０】``), or a level a year (奈半利:
    ``【30年度：20億円／31年度：25億円】``), each written ``level（year）`` as a value with its own
    year is, for the year's era to be read as a cell's (``20億円（30年度）``)."""
    parts = regex.split(r"\s*[／/、]\s*", text.strip())
    keyed = [_YEARS_LEVEL.fullmatch(part) for part in parts]
    if not all(
        k is not None
        and classify(k.group("level")) is CellClass.QUANTITY
        and (
            reads_as_period(k.group("when"))
            or _ERALESS_YEAR.fullmatch(k.group("when").replace(" ", "")) is not None
        )
        for k in keyed
    ):
        return [text]
    return [f"{k.group('level')}（{k.group('when')}）" for k in keyed if k is not None]


def _names_other_list(level: str) -> bool:
    """Whether a level's bracket names a list other than the target (``25,000（R2実績）``)."""
    inside = value_and_period(level)
    said = voted_list(inside[1].raw) if inside is not None else None
    return said is not None and said is not Role.TARGET


def _bracket_words(text: str) -> str | None:
    """What words in a name's 【】 say, where they are no level nor unit: ``direction``, one
    word of which way to move (``延伸``, ``増加``, ``維持``); ``phrase``, words of a way to move
    with more (``上昇抑制``, ``低下防止``, ``人口減少対策``); ``level`` for a level in words
    (``ゼロ``); None for anything else (``%``)."""
    norm = normalize_text(text).replace(" ", "")
    if norm in _LEVEL_WORDS_IN_BRACKETS:
        return "level"
    if regex.search(r"[0-9]", norm):
        return None
    if norm in INCREASE_WORDS | DECREASE_WORDS | MAINTAIN_WORDS:
        return "direction"
    return "phrase" if any(w in norm for w in _MOVING_WORDS) else None


#: Words in a name's 【】 that state a level (``【ゼロ】``: 0).
_LEVEL_WORDS_IN_BRACKETS = frozenset({"ゼロ", "0"})
#: Words of a move that make a phrase in a name's 【】 one of which way (``上昇抑制``), two
#: characters or more (``増`` alone is in too many words).
_MOVING_WORDS = tuple(
    w for w in sorted(INCREASE_WORDS | DECREASE_WORDS | {"上昇", "低下", "悪化"}) if len(w) > 1
)


#: A sentence (words with kana) that closes on its indicator's name in brackets (``…もらう（指標：
#: 体験参加者の町内茶販売店での購入額）``): the name.
_NAMED_IN_SENTENCE = regex.compile(
    r"(?=[^()（）]*\p{Hiragana})[^()（）]{4,}[(（]\s*指標\s*[:：]\s*(?P<name>[^()（）]{2,})[)）]"
)


def _name_into(d: Draft, name: str, group: str | None, unit: str | None = None) -> None:
    """Name, unit in parentheses and a 【】 target, from a name cell's text. Beside a 単位 cell
    (``unit``) a parenthesized tail that is not that unit stays in the name:
    ``歩行者通行量（休日）`` over 人 says which count, not its unit."""
    text = normalize_text(name)
    # A template's own prefix (``(項目)年間提供食数``) and a ※ note after the name are not the name.
    text = regex.sub(r"^[(（]\s*(?:項目|指標|指標名)\s*[)）]\s*", "", text)
    text = regex.sub(r"\s*※.*$", "", text) or text
    wrapped = regex.fullmatch(r"[(（]([^()（）]+)[)）]", text)
    if wrapped:
        text = wrapped.group(1)
    named = _NAMED_IN_SENTENCE.fullmatch(text)
    if named is not None:
        # 宇治田原: 宇治茶の魅力を体感し、…もらう（指標：体験参加者のうち「また来たい」と答えた人の
        # 割合）: the sentence says what is sought, the bracket names the indicator
        text = named.group("name").strip()
    m = _BRACKET_TARGET.search(text)
    bracket_unit = None
    said = _bracket_words(m.group("t")) if m and m.group("t") else None
    if m and said == "direction":
        # 健康寿命【延伸】 (小城): a target in words, which way to move, no unit; beside number
        # targets too (待機児童数【減少】, review 52)
        d.name_direction = m.group("t")
        text = text[: m.start()]
    elif m and said == "phrase":
        # 要介護認定率【上昇抑制】, 出生率【低下防止】, 空き家数【増加の抑止】: which way, in words
        # the reader does not weigh (a rise held back is no rise), said unread (reviews 51, 52)
        d.warnings.append(
            f"its name's 【{m.group('t')}】 says which way it is to move in words not read: no "
            "target statement"
        )
        text = text[: m.start()]
    elif m and not said and not regex.search(r"[0-9]", m.group("t")) and _unit_like(m["t"]):
        bracket_unit = m.group("t")  # 市民満足度【%】: the unit in brackets, no target
        text = text[: m.start()]
    elif m and m.group("t"):
        # (a level with its own year in brackets, 25,000（R7）, is that year's: 鮭川's 【R7目標：
        # 25,000】; one whose bracket names another list, 25,000（R2実績）, is no target's)
        d.targets.extend(
            column_value(level, None, "【】", frozenset(), d.indicator_where)
            if not _names_other_list(level)
            else ValueCell(level, None, "【】", where=d.indicator_where)
            for level in _bracket_targets(m.group("t"))
        )
        text = text[: m.start()]
    carried = unit_in_name(text)
    if carried is not None and unit is not None and not _same_unit(carried[1], unit):
        carried = None
    if group:
        # The row group names the indicator (単位あたりコスト(A/C)); the row's own text says
        # its unit (千円/t, or 届出・証明取扱件数(単位:円)), else the group's name does
        # (試験栽培品目数（品目） over its 目標値 and 実績 rows).
        d.indicator = normalize_text(group)
        d.unit = text if unit_only(text) else (carried[1] if carried else bracket_unit)
        own = unit_in_name(d.indicator)
        if own is not None and d.unit in (None, own[1]):
            d.indicator, d.unit = own
        return
    if carried is not None and unit is not None:
        d.indicator, d.unit = carried  # the 単位 cell says the same unit
    else:
        # (without a 単位 cell, the records stage weighs a unit in the name against the units
        # the values print: 移住者数（転入世帯） over 約60世帯 keeps its bracket)
        d.indicator = text
        if bracket_unit is not None:
            d.unit = d.unit or bracket_unit


def _same_unit(a: str, b: str) -> bool:
    """Whether two unit texts name one unit (``％`` and ``%``, ``単位:人`` and ``人``)."""
    return unit_key(a) == unit_key(b)


def unit_key(text: str) -> str:
    """A unit's text without the 単位： that may lead it, normalized (``単位：千円`` → ``千円``)."""
    return regex.sub(r"^単位\s*[:：]\s*", "", normalize_unit(text).replace(" ", ""))


def unit_in_name(name: str) -> tuple[str, str] | None:
    """A unit in parentheses at the end of a name (``被保険者数（人）``): the name without it and
    the unit (the spec: it is the indicator's unit and leaves the name); None for other
    parentheses (``(1市2町)``, ``(A/C)``)."""
    m = _PAREN_UNIT.search(name)
    if m is not None and _unit_like(m.group("u")):
        return name[: m.start()].strip(), m.group("u")
    led = _LEADING_UNIT.fullmatch(name)
    if led is not None and unit_word(led.group("u")):
        # （千t）柿の出荷量 (五條, under （単位）指標名): the unit before the name, as after it
        return led.group("rest").strip(), led.group("u")
    # 観光入込客数（千人）（延べ）: the unit closes the name proper, a note of how the count is
    # made follows it and stays in the name; so does it inside one bracket after the unit
    # (喬木: いちご狩り体験の受入人数（単位：千人、延べ） → …受入人数（延べ）, 千人)
    noted = _UNIT_THEN_NOTE.search(name)
    if noted is not None:
        if not _unit_like(noted.group("u")):
            return None
        return (name[: noted.start()].strip() + noted.group("note")).strip(), noted.group("u")
    joined = _UNIT_AND_NOTE.search(name)
    if joined is None or not _unit_like(joined.group("u")):
        return None
    if not (joined.group("said") or unit_word(joined.group("u"))):
        return None  # 参加者数（市内・延べ）: where it is counted, no unit
    return (name[: joined.start()].strip() + f"({joined.group('how')})").strip(), joined.group("u")


#: A unit in brackets opening a name (``（千t）柿の出荷量``), then the name, no digit first.
_LEADING_UNIT = regex.compile(
    r"\s*[(（〔]\s*(?P<u>[^()（）〔〕\s]{1,6})\s*[)）〕]\s*(?P<rest>[^\s0-9].*)"
)
#: How a figure is counted, in a note after its unit.
_COUNTED = r"(?:延べ|累計|推計|見込み?|概算|暫定|速報値?|実数)"
#: A unit in brackets followed by a bracketed note of how the figure is counted
#: (``（千人）（延べ）``, ``（百万円）（推計）``).
_UNIT_THEN_NOTE = regex.compile(
    r"\s*[(（〔]\s*(?P<u>[^()（）〔〕]{1,8})\s*[)）〕]"
    rf"(?P<note>\s*[(（〔]\s*{_COUNTED}\s*[)）〕])\s*$"
)
#: The same in one bracket, the unit stated first (``（単位：件、累計）``, ``（千人・延べ）``).
_UNIT_AND_NOTE = regex.compile(
    r"\s*[(（〔]\s*(?P<said>単位\s*[:：]\s*)?(?P<u>[^()（）〔〕、,・:：]{1,6})\s*[、,・]\s*"
    rf"(?P<how>{_COUNTED})\s*[)）〕]\s*$"
)


#: The kana a unit may print (``か所``, ``か月``, ``円/人あたり``).
_KANA_UNITS = regex.compile(r"か所|か月|ヶ月|あたり|当たり")


def _unit_like(text: str) -> bool:
    """Whether a parenthesized tail is a unit (``t``, ``千円``, ``単位:円``), not a note or a
    formula (``NSI値平均``, ``A/C``, ``4月1日時点``): short, no digits, and read as a unit."""
    bare = normalize_text(text).replace(" ", "")
    if not bare or len(bare) > 6 or _FORMULA.match(bare) or regex.search(r"[0-9]", bare):
        return False
    if regex.search(
        r"(?:率|値|比|平均|時点|割合|額|度|のみ|延べ|累計|推計|見込み?|概算|暫定)$", bare
    ):
        return False  # the name of a quantity or a note (解決率, NSI値平均), not its unit
    if regex.search(r"延べ|累計", bare):
        return False  # (延べ人数): how the value is counted, a note of the name
    if regex.search(r"\p{Han}\s*[-－−+＋÷×]\s*\p{Han}", bare):
        return False  # (社会増減数（転入－転出）, 中種子): how it is computed, no unit
    if regex.search(r"\p{Hiragana}", _KANA_UNITS.sub("", bare)):
        return False  # (子育て支援分, 大和): words of the name, as no unit but か所 prints kana
    if regex.fullmatch(r"(?:年|月|週|日)間|単年度?|毎年度?|年度", bare):
        return False  # (年間): over what time the value counts, a note of the name
    if regex.fullmatch(r"(?:休|平|祝|土|土日|土日祝)日|[土日]曜日?|土日祝", bare):
        return False  # (歩行者通行量（休日）, 高知): which days are counted, no unit 日
    try:
        q = parse_quantity("1" + bare)
    except ParseError:
        return False
    return q.unit is not None


def _page_of(cell: Cell) -> int | None:
    return cell.provenance.page


# --- indicators written as prose lines -----------------------------------------------------------

_TYPE_MARK = regex.compile(
    r"[＜<]\s*[^＜＞<>]*?[(（]\s*(?P<t>アウトプット|アウトカム)\s*[)）]\s*[＞>]"
)
_INDICATOR_LINE = regex.compile(
    r"指標\s*[:：]\s*(?P<name>[^【\n]+?)\s*"
    r"(?:【\s*数値目標\s*[:：]\s*(?P<goal>.+?)】|(?=\s*・\s*指標|[＜<※]|$))",
    regex.DOTALL,
)
_TYPES = {"アウトプット": "output", "アウトカム": "outcome"}


def prose_indicators(
    text: str,
    page: int | None,
    section: list[str],
    form: FormContext,
    where: Provenance | None = None,
) -> list[Draft]:
    """Indicators written as lines (``・指標：補助件数【数値目標：補助件数40件（…）】``) in one
    cell (``where``)."""
    norm = normalize_text(text)
    drafts = []
    marks = [(m.start(), _TYPES[m.group("t")]) for m in _TYPE_MARK.finditer(norm)]
    for m in _INDICATOR_LINE.finditer(norm):
        kind_of = next((t for pos, t in reversed(marks) if pos < m.start()), None)
        name = normalize_text(m.group("name")).rstrip("・ ")
        if not name:
            continue
        d = Draft(None, Kind.KPI, list(section), form.as_program(), name)
        d.indicator_where = where
        d.department = form.department
        d.page = page
        d.indicator_type = kind_of
        goal = m.group("goal")
        if goal:
            _goal_into(d, name, goal, form)
        drafts.append(d)
    return drafts


def _goal_into(d: Draft, name: str, goal: str, form: FormContext) -> None:
    """A 数値目標 written after the name: a number with its unit becomes a target."""
    body = regex.split(r"[(（]", goal, maxsplit=1)[0].strip()
    if body.startswith(name):
        body = body[len(name) :].strip()
    period = end_of(form.period) if form.period else None
    dated = value_and_period(body)
    if dated is not None:  # 令和7年度までに50件/年: by its own year, not the 事業実施期間's end
        d.targets.append(ValueCell(dated[0], dated[1], "数値目標", where=d.indicator_where))
    elif classify(body) is CellClass.QUANTITY:
        d.targets.append(ValueCell(body, period, "数値目標", where=d.indicator_where))
    elif body:
        d.target_texts.append(body)


def end_of(text: str) -> Period | None:
    """The last year of a period range (``令和5年度～8年度`` → FY2026), the range as raw."""
    parts = regex.split(rf"[{RANGE_MARKS}\-－]", text)
    first = find_period(parts[0])
    if first is None:
        return None
    if len(parts) == 1:
        return replace(first, raw=text)
    era_match = regex.match(rf"\s*({ERA_PATTERN})", normalize_text(parts[0]))
    last = find_period(parts[-1])
    if last is None and era_match:
        # (ERAS has the initials too; a bare number, H22∼24's 24, is that era's year)
        bare = parts[-1].strip()
        last = find_eraless_period(bare + "年度" if bare.isdigit() else bare, era_match.group(1))
    if last is None:
        return None
    return Period(last.fiscal_year, last.year, last.month, text)
