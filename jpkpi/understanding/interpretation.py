"""An explicit reading of one table: its rows' and columns' roles, scored from evidence.

``interpret_table`` is a pure function of a table, the vocabulary and the document's era. It
looks at what each cell holds first (a quantity, a period, a short label, prose), finds the rows
that hold values and the rows above them that do not (the header), splits tables printed side by
side in one ruled grid, and then lets header words vote together with each column's content and
position. The result is a frozen value that ``jpkpi explain`` prints, that tests assert on, and
that ``understanding.layouts`` maps to drafts.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum
from typing import Any, cast

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.period import (
    ERA_PATTERN,
    ERAS,
    LATEST_ERALESS_YEAR,
    Period,
    count_periods,
    find_eraless_period,
    find_period,
    find_span,
    glossed_year,
    months_end_under,
    parse_period,
    periods_in,
    reads_as_period,
    without_periods,
    year_of,
)
from jpkpi.primitives.quantity import (
    COUNTERS,
    DASHES,
    FOOTNOTE_MARK,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    dash_only,
    normalize_unit,
    parse_quantity,
)
from jpkpi.primitives.target import TREND_WORDS
from jpkpi.primitives.text import (
    RANGE_MARKS,
    fold_width,
    normalize_text,
    noun_head,
    split_label,
    unwrapped_unit,
    without_closing_brackets,
)
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import (
    BARE_LIST,
    BRACKETED,
    FINALITY_FLAGS,
    KANA_ORDER,
    MARKS,
    MONEY_WORD_VOTE,
    ROW_LETTER,
    CellClass,
    bare_label,
    classify,
    is_value,
    kind_words_only,
    money_group,
    named_period_inside,
    named_values,
    part_name,
    prints_named_values,
    shared_names,
    split_labelled_pair,
    split_pair,
    status_sentence,
    total_name,
    type_of,
    unit_note,
    unit_only,
    unit_word,
    value_and_period,
)
from jpkpi.understanding.programs import program_heading
from jpkpi.understanding.sections import is_heading
from jpkpi.understanding.vocabulary import (
    Role,
    Vocabulary,
    current_vocabulary,
    for_reference,
    header_role,
    reference_figures,
    reference_word,
    row_kind,
    strongest_role,
)

#: What the reasons of a column of the rows' list labels (目標 / 実績 down a column) say.
LIST_LABELS = "name a row's list"


class Layout(str, Enum):
    """How a region of a table lays out its indicators (or that it holds none)."""

    ROWS = "rows"  # one indicator a row, its values across under period headings
    PROGRAM_ROWS = "program_rows"  # one program a row; its indicators in named column slots
    NAME_ROWS = "name_rows"  # each indicator's name (and unit) on a row of its own above its values
    PERIODS_DOWN = "periods_down"  # one indicator a column, the periods down the side
    BLOCKS = "blocks"  # stacked blocks: a name row, a row of periods, then 計画/実績 rows
    KEY_VALUE = "key_value"  # form fields: label | value
    MONEY = "money"  # the program's own money (事業費, 決算, 財源): not indicators
    STAFF = "staff"  # staff numbers (執行体制): not indicators
    EVALUATION = "evaluation"  # evaluation words and their reasons
    OTHER = "other"  # nothing the reader can map


#: Header and row-label votes for indicators (words, a kind, 単位, value headings) a region
#: needs before values under periods are read as indicators.
MIN_INDICATOR_EVIDENCE = 5.0
#: Evidence of indicators from a column that names each row's list (目標 / 実績).
_LISTED_ROWS = 2.0
#: Indicator evidence of rows labelled as a baseline or a target among years down the side.
_PLANNED_ROWS = 3.0
#: Votes a money, staff or evaluation region needs: a lone weak word (区分) makes no topic.
MIN_TOPIC_EVIDENCE = 2.0
#: Layouts whose regions give records.
RECORD_LAYOUTS = (
    Layout.ROWS,
    Layout.NAME_ROWS,
    Layout.PROGRAM_ROWS,
    Layout.PERIODS_DOWN,
    Layout.BLOCKS,
)
_VALUE_ROLES = ("baseline", "target", "actual")
#: Between the cells of a column's heading path, outermost first (``令和5年度 › 目標``).
HEADING_SEPARATOR = " › "

#: Roles of the vocabulary that qualify a column (its kind, an estimate, a revision) or a form's
#: field: never the role of a column by themselves.
_NOT_COLUMN_ROLES = (
    "kind.kpi", "kind.goal", "kind.activity", "estimate", "field", "values", "revised", "unchanged",
    "period_field", "year_field", "survey",
)  # fmt: skip
#: Roles of a column's own heading that make its numbers no indicator's values (事業費 under
#: R6): money, staff, a ratio, a judgement.
NOT_VALUE_TOPICS = ("money", "staff", "ratio", "evaluation", "status")
#: Roles of a form's field labels (事業名, 所属名, No., 根拠法令…).
_FIELD_ROLES = frozenset({"program", "department", "program_no", "field"})
_LABEL_CHARS = 16
#: A cell longer than this is a paragraph: it names no column and makes no header row.
_PROSE_CHARS = 60
#: A text ended by 。 and longer than this is a sentence, as long as it is.
_SENTENCE_CHARS = 24
_UNITISH = regex.compile(
    r"^[(（]?(?:単位[:：])?\s*(?:[千万億百]?[\p{Han}\p{Katakana}\p{Hiragana}a-zA-Zａ-ｚＡ-Ｚ%％㎡㎘ℓ]{1,4}"
    r"(?:[/／・][千万億百]?[\p{Han}\p{Katakana}a-zA-Zａ-ｚＡ-Ｚ]{1,4})?)[)）]?$"
)


#: ``単位：千円`` in a header: the unit of the values under it.
_STATED_UNIT = regex.compile(r"単位\s*[:：]\s*([^\s)）]{1,6})")
#: ``活動目標（単位）``, ``指標名(単位)``: names that carry their unit in brackets.
_UNIT_IN_NAMES = regex.compile(r".+[(（]単位[)）]")
#: A name ending in a short bracket, as a unit is written after it (``（回）``, ``（百万円）``).
_UNIT_ENDING = regex.compile(r"\S[(（](?P<u>[^()（）0-9\s]{1,4})[)）]\s*$")
#: Units that make a column the program's money, not an indicator's values.
CURRENCY = frozenset({"円", "千円", "万円", "百万円", "億円"})
#: Longest unit word written in kanji alone that is taken for a unit without being a counter
#: (事業所; 基礎交付 is a word, not a unit).
_HAN_UNIT_CHARS = 3


def _unit_word(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a cell is a unit word: a counter (人, 件, 品目), a scaled 円 or 人 (千円, which the
    vocabulary calls money too), else a short word that names no role of the vocabulary (目標値
    and 実績 are a row's list, not units)."""
    norm = normalize_text(text).replace(" ", "")
    if not _UNITISH.match(norm):
        return False
    core = unwrapped_unit(norm)
    if normalize_unit(core) in COUNTERS:
        return True
    if core.lstrip("千万億百") in ("円", "人"):
        return True  # (三島: （千円） under a KPI's name, whose 千円 the vocabulary calls money)
    if vocabulary.votes(core) or regex.search(r"\p{Hiragana}", core):
        return False  # (やや遅れ: a word of a sentence; a unit with kana is a counter above)
    return not (regex.fullmatch(r"\p{Han}+", core) and len(core) > _HAN_UNIT_CHARS)


@dataclass(frozen=True)
class CellEvidence:
    """What one cell holds, computed once: its class, the period it names, whether it is short."""

    cls: CellClass
    period: Period | None
    era_assumed: bool
    text: str

    @property
    def value(self) -> bool:
        """A number or a missing-value marker."""
        return is_value(self.cls)

    @property
    def texty(self) -> bool:
        """Words (a name, a label, prose), not a value or a period."""
        return self.cls in (CellClass.TEXT, CellClass.PROSE, CellClass.HEADER, CellClass.LABEL)


@dataclass(frozen=True)
class ColumnReading:
    """One column's role with its score, the runner-up and the reasons for both."""

    index: int
    role: str
    score: float
    runner_up: str | None
    runner_up_score: float
    reasons: tuple[str, ...]
    header: str
    period: Period | None = None
    flags: frozenset[str] = frozenset()
    era_assumed: bool = False
    #: For a program-per-row export: which indicator slot the column belongs to (``⑤ア``).
    slot: str | None = None
    #: Whether a header word of weight 1 or more voted for the role (not the cells alone).
    headed: bool = False
    #: For a column of value pairs (``6,000 ／ 5,214`` under ``H27年度（目標／実績）``): the
    #: list of each half, in the order printed.
    pair: tuple[str, str] | None = None
    #: For a column of value pairs of one list under two years (``650／760`` under
    #: ``目標値（R5／R7）``): the period of each half, in the order printed.
    pair_periods: tuple[Period, Period] | None = None
    #: For a column of value pairs, the heading's two list words (``目標値``, ``実績値``): a
    #: cell may label each half by their first characters (水上: ``目 1,000`` / ``実 640``).
    pair_words: tuple[str, str] | None = None
    #: For a column of value pairs under a heading that joins its lists by a middle dot: only
    #: cells that label their halves are pairs (``12（5）`` there is a value and its note).
    pair_labelled_only: bool = False
    #: For an indicator's column under periods down the side, where the indicator's name spans
    #: a column for each list (南関: ``KPI① 加工品の販売額（千円）`` over ``目標値 | 実績値``): the
    #: list this column's cells give.
    listed: str | None = None
    #: For an indicator's column under periods down the side, the kind its headings name where
    #: they name one (磐梯: ``数値目標`` over ``総人口`` beside ``重要業績評価指標（KPI）``).
    kind: str | None = None
    #: For an indicator's column under periods down the side, the unit a row labelled 単位
    #: under the names prints for it (高浜: ``千人``).
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``jpkpi explain --format json``."""
        return {
            "slot": self.slot,
            "column": self.index,
            "role": self.role,
            "score": round(self.score, 2),
            "runner_up": self.runner_up,
            "runner_up_score": round(self.runner_up_score, 2),
            "reasons": list(self.reasons),
            "header": self.header,
            "period": self.period.to_dict() if self.period else None,
            "flags": sorted(self.flags),
            "pair": list(self.pair) if self.pair else None,
            "pair_periods": [p.to_dict() for p in self.pair_periods] if self.pair_periods else None,
            "listed": self.listed,
            "kind": self.kind,
            "unit": self.unit,
        }


@dataclass(frozen=True)
class RowReading:
    """One row of a region whose rows say what their values are (the periods down the side, or
    transposed blocks): the list and the period its label names, or that it names or dates."""

    index: int
    role: str  # "values", "periods" (a block's row of periods) or "name" (a block's name row)
    list: str | None = None  # baseline, target or actual, for a row of values
    period: Period | None = None
    label: str = ""
    flags: frozenset[str] = frozenset()
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``jpkpi explain --format json``."""
        return {
            "row": self.index,
            "role": self.role,
            "list": self.list,
            "period": self.period.to_dict() if self.period else None,
            "label": self.label,
            "flags": sorted(self.flags),
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class RegionReading:
    """A block of columns read as one table (two tables printed side by side are two regions)."""

    first_col: int
    end_col: int
    layout: Layout
    header_rows: tuple[int, ...]
    body_rows: tuple[int, ...]
    columns: tuple[ColumnReading, ...]
    confidence: float
    reasons: tuple[str, ...]
    kind: str | None = None
    #: Where the periods are printed: over the value columns (``header``), down the side
    #: (``side``), in a row of each block (``blocks``), or inside the value cells (``cells``).
    period_axis: str = "header"
    #: For periods down the side and transposed blocks: what each row's label says.
    rows: tuple[RowReading, ...] = ()

    def column(self, index: int) -> ColumnReading | None:
        """The reading of the column at that index, if it is in this region."""
        return next((c for c in self.columns if c.index == index), None)

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``jpkpi explain --format json``."""
        return {
            "columns": [self.first_col, self.end_col],
            "layout": self.layout.value,
            "kind": self.kind,
            "header_rows": list(self.header_rows),
            "body_rows": list(self.body_rows),
            "period_axis": self.period_axis,
            "confidence": round(self.confidence, 2),
            "reasons": list(self.reasons),
            "column_roles": [c.to_dict() for c in self.columns],
            "row_roles": [r.to_dict() for r in self.rows],
        }


@dataclass(frozen=True)
class TableInterpretation:
    """The reading of a whole table: each row's role and each region's layout and columns."""

    table: int
    page: int | None
    n_rows: int
    n_cols: int
    row_roles: tuple[str, ...]
    regions: tuple[RegionReading, ...]
    era: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
    #: Read turned a quarter: the printed table's first column is its header (one indicator a
    #: column); rows and columns here are the turned table's (understanding.orientation).
    turned: bool = False

    @property
    def gives_records(self) -> bool:
        """Whether any region holds indicators."""
        return any(r.layout in RECORD_LAYOUTS for r in self.regions)

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``jpkpi explain --format json``."""
        return {
            "table": self.table,
            "page": self.page,
            "size": [self.n_rows, self.n_cols],
            "era_assumed": self.era,
            "turned": self.turned,
            "row_roles": list(self.row_roles),
            "regions": [r.to_dict() for r in self.regions],
            "warnings": list(self.warnings),
        }


# --- evidence -------------------------------------------------------------------------------------


def cell_evidence(cell: Cell, era: str | None) -> CellEvidence:
    """What a cell holds; an era-less year (``20年度実績``) is read in the document's era."""
    cls = classify(cell.text)
    inside = value_and_period(cell.text) if is_value(cls) or cls is CellClass.TEXT else None
    if inside is not None:
        return CellEvidence(CellClass.QUANTITY, inside[1], False, cell.text)
    period = find_period(cell.text) if not is_value(cls) else None
    assumed = False
    if period is None and era and not is_value(cls):
        period = find_eraless_period(cell.text, era)
        assumed = period is not None
    return CellEvidence(cls, period, assumed, cell.text)


#: Rows of a table whose cells are weighed one by one; the rows below them are taken as the
#: body goes on (a table of 100,000 rows is read in its first rows, then mapped row by row).
MAX_EVIDENCE_ROWS = 2000


class _Evidence(dict[int, CellEvidence]):
    """Each cell's evidence by id, computed the first time it is asked for, once for each
    distinct text (evidence is the text's alone; a sheet of 70,000 filled cells holds 18,000
    texts, and finding the periods inside each copy of them took two seconds)."""

    def __init__(self, cells: dict[int, Cell], era: str | None) -> None:
        super().__init__()
        self._cells = cells
        self._era = era
        self._by_text: dict[str, CellEvidence] = {}

    @property
    def era(self) -> str | None:
        """The era the document dates itself in, for years printed without one."""
        return self._era

    def __missing__(self, key: int) -> CellEvidence:
        cell = self._cells[key]
        value = self._by_text.get(cell.text)
        if value is None:
            value = self._by_text[cell.text] = cell_evidence(cell, self._era)
        self[key] = value
        return value


def _bulk_row_role(cells: list[Cell]) -> str:
    """A row below the weighed ones: values where a cell holds one, else words."""
    nonempty = [c for c in cells if not c.empty]
    if not nonempty:
        return "empty"
    return "values" if any(is_value(classify(c.text)) for c in nonempty) else "text"


def _row_role(cells: list[Cell], ev: dict[int, CellEvidence], vocabulary: Vocabulary) -> str:
    """A row's role from its own cells: values, header, name, fields, prose or empty."""
    nonempty = [c for c in cells if not c.empty]
    if not nonempty:
        return "empty"
    if len(nonempty) in (2, 4):
        evs = [ev[id(c)] for c in nonempty]
        if (
            not any(e.cls is CellClass.QUANTITY for e in evs)
            and all(set(vocabulary.votes(c.text)) & _FIELD_ROLES for c in nonempty[0::2])
            and _alternates_label_value(nonempty, evs)
        ):
            return "fields"  # 事業開始年度 | －: a form's field, whose dash is no missing value
    if len(nonempty) >= 3 and _years_with_one_bare(nonempty, ev):
        return "header"  # H22 | H25 | H27 | H29 | 31: periods, the last printed bare
    if _western_years(nonempty) or _years_among_headings(nonempty, ev, vocabulary):
        # 2014 | 2015 | … | 2019 | 2019 (富津): years, printed without 年度; 成果指標 | 単位 |
        # 策定時（2018年度） | 2020 … 2023 | 2024見込 | 目標値（2024） (喜茂別): among headings
        return "header"
    if _bare_year_run(nonempty):
        return "header"  # 28 | 29 | 30 | 31 | 32 under 年度 (七ヶ浜): era-less years
    if _money_field(nonempty, vocabulary):
        return "fields"
    # The first value found makes a row of values: the rest of its cells (a program row's
    # paragraphs) are not weighed, which took most of the reading of a large sheet.
    if any(ev[id(c)].value for c in nonempty):
        return "values"
    evs = [ev[id(c)] for c in nonempty]
    # A period heading is short (``20年度実績``); a period inside a longer text
    # (事業名（令和６年度）) does not make a header row.
    periods = sum(e.period is not None and len(normalize_text(e.text)) <= 16 for e in evs)
    if periods >= 2:
        return "header"
    voted = sum(bool(column_votes(vocabulary, c.text)) for c in nonempty)
    # A label spanning several rows at the left (単位あたりコスト over its unit rows) is the
    # rows' group, not a second cell of this row.
    own = [c for c in nonempty if c.rowspan == 1] if len(nonempty) > 1 else nonempty
    if len(own) == 1 and all(c.col < own[0].col for c in nonempty if c is not own[0]):
        text = normalize_text(own[0].text)
        band = len(nonempty) == 1 or (own[0].colspan > 1 and own[0] is nonempty[-1])
        stated = _STATED_UNIT.search(text)
        if band and stated is not None and len(text) <= stated.end() + 1:
            # （単位：人） across the table (宗像): the unit of the rows below, a band
            return "section"
        if band and (is_heading(text) or program_heading(text) is not None):
            # Ⅰ 心豊かな子どもが育つ, or 【社会成果指標】 across the row beside a group's cell
            # merged down from it: a heading of the rows below
            return "section"
        return "prose" if _paragraph(text) else "name"
    shared = shared_names(nonempty)
    if any(prints_named_values(c, shared) for c in nonempty):
        # 相談件数：52件 / 改修補助件数：3件, ・イベント来場者数 6,000人: indicators' values, named
        # in the cell
        return "values"
    form_labels = sum(bool(set(vocabulary.votes(c.text)) & _FIELD_ROLES) for c in nonempty[0::2])
    # (a row whose every cell is a heading, No | KPI | 単位 | 基準値 | 基準年度 | 目標値 …, is a
    # header even where some of its words are a form's labels: 真庭)
    if form_labels and _alternates_label_value(nonempty, evs) and voted < len(nonempty):
        return "fields"
    if voted * 2 >= len(nonempty):
        # 内容 | a paragraph on what the strategy does: a heading's word beside a paragraph
        # makes no header, whatever the paragraph's words vote
        return "prose" if any(_paragraph(c.text) for c in nonempty) else "header"
    if _alternates_label_value(nonempty, evs):
        return "fields"
    return "text"


def _money_field(cells: list[Cell], vocabulary: Vocabulary) -> bool:
    """A form's money field printed inside a table above its grid (宝達志水: ``決算額 | 24,350``
    across the value columns, ``財源内訳 | 国県支出金 0 | その他 12,000 | …``): a label that
    names money, then values that span several columns or each print their own key."""
    if len(cells) < 2 or cells[0].colspan > 1 or cells[0].rowspan > 1:
        return False
    if "money" not in vocabulary.votes(normalize_text(cells[0].text).replace(" ", "")):
        return False
    rest = cells[1:]
    if len(rest) == 1:
        return rest[0].colspan >= 2 and is_value(classify(rest[0].text))
    return all(_KEYED_AMOUNT.fullmatch(normalize_text(c.text)) for c in rest)


#: A keyed amount in a cell of a money field (``国県支出金 0``, ``一般財源 12,350``).
_KEYED_AMOUNT = regex.compile(r"[^\s0-9]{1,12}\s*[△▲-]?[0-9][0-9,]*")


#: Words a column prints alone to bound each row's target, and the flag each gives it.
BOUND_WORDS = {word: SUFFIX_QUALIFIERS[word] for word in ("以上", "以下", "未満", "超")}


def _paragraph(text: str) -> bool:
    """A paragraph: a long text, or a sentence ended by 。 (no header cell is either)."""
    text = normalize_text(text)
    return len(text) > _PROSE_CHARS or (len(text) > _SENTENCE_CHARS and text.endswith("。"))


#: A judgement's mark in a cell of its own: ○ △ ×, or a grade letter (Ａ, B).
_MARK = regex.compile(f"[{MARKS}]|[A-ES]")


#: A heading that only says its column numbers the rows.
#: (川口, 二本松, 小牧: 記号 over ア | イ, the kana that mark a 主要施策成果's 事業の実績 rows)
_NUMBERING_HEAD = regex.compile(r"(?:No|NO|no)\.?|番号|記号|№|#|＃")

#: Words in 【】 inside a header cell.
_BRACKETED = regex.compile(r"【[^】]*】")
#: A year printed bare among era years in a header row (``31`` after ``H29``).
_BARE_YEAR = regex.compile(r"[0-9]{1,2}|元")


#: An era year in a header cell (``H29``, ``平成29年度``): its era and number.
_ERA_YEAR = regex.compile(rf"(?P<era>{ERA_PATTERN})\s*(?P<n>[0-9]{{1,2}}|元)")


def _bare_year(
    grid: list[list[Cell | None]], ev: dict[int, CellEvidence], heads: tuple[int, ...], col: int
) -> CellEvidence | None:
    """A header cell that is a bare year among era years (``31`` in ``H22 | … | H29 | 31``):
    the fiscal year of that era, the era named in the row's own cells, the nearest one left of
    it where they name two (``H30 | R元 | 2 | 3``: 令和); a warning says so."""
    for r in heads:
        cell = grid[r][col]
        n = _bare_year_text(cell) if cell is not None else None
        if cell is None or n is None:
            continue
        named = [
            (other.col, m.group("era"))
            for other in dict.fromkeys(c for c in grid[r] if c is not None)
            # (the row's own cells: 基準値（H30） merged down beside R元 | 2 | 3 names no era
            # of theirs)
            if other is not cell and other.row == r and ev[id(other)].period is not None
            if (m := _ERA_YEAR.search(normalize_text(other.text)))
        ]
        left = [era for c, era in named if c < col]
        eras = {era for _, era in named}
        if left:
            era = left[-1]
        elif len(eras) == 1:
            era = eras.pop()
        else:
            return None
        year = ERAS[era] + _era_number(n) - 1
        return CellEvidence(CellClass.PERIOD, Period(year, None, None, cell.text), True, cell.text)
    return None


#: A heading over years printed bare (七ヶ浜: ``年度`` over ``28 | 29 | 30``).
_YEAR_HEADINGS = frozenset({"年度", "年", "年度別", "年次", "年度推移"})


def _year_under_year_heading(
    grid: list[list[Cell | None]], ev: dict[int, CellEvidence], heads: tuple[int, ...], col: int
) -> CellEvidence | None:
    """A header cell that is a bare year under a heading of years alone spanning it (七ヶ浜:
    ``年度`` over ``28 | 29 | 30 | 31 | 32``): that year in the document's era (``年度``: a fiscal
    year; ``年``: a calendar year), said as assumed; None where the document names no era. A
    heading that names the era with the word (高砂: ``令和（年度）`` over ``元 | 3 | 4``) gives
    that era, not assumed."""
    era = ev.era if isinstance(ev, _Evidence) else None
    for k, r in enumerate(heads):
        cell = grid[r][col]
        text = normalize_text(cell.text).replace(" ", "") if cell is not None else ""
        if cell is None or cell.row != r or not _BARE_YEAR.fullmatch(text):
            continue
        over = [
            normalize_text(o.text).replace(" ", "")
            for h in heads[:k]
            if (o := grid[h][col]) is not None and o.colspan > 1
        ]
        word = next((w for w in over if w in _YEAR_HEADINGS), None)
        named = next((m for w in over if (m := _ERA_HEADING.fullmatch(w))), None)
        if named is not None:
            word = named.group("word") or "年度"
        if word is None or (era is None and named is None):
            return None
        year = text + ("年" if word == "年" else "年度")
        if named is not None:
            found = find_period(named.group("era") + year)
        else:
            found = find_eraless_period(year, era) if era is not None else None
        if found is None:
            return None
        assumed = named is None
        return CellEvidence(CellClass.PERIOD, replace(found, raw=cell.text), assumed, cell.text)
    return None


#: A heading that names an era and the word of its years alone, over years printed bare
#: (``令和（年度）``, ``平成 年度``).
_ERA_HEADING = regex.compile(rf"(?P<era>{ERA_PATTERN})[(（]?(?P<word>年度|年)?[)）]?")


#: A Western year printed bare (``2015``).
_WESTERN_YEAR = regex.compile(r"(?:19[5-9]|20[0-9])[0-9]")
#: The widest step between neighbouring bare years of a header row (census years: 5).
_YEAR_STEP = 5


def _bare_year_run(cells: list[Cell]) -> bool:
    """A row whose own cells are three or more bare years one after another (七ヶ浜: ``28 | 29 |
    30 | 31 | 32`` under ``年度``), every other cell a heading merged down from above: years
    printed without their era, no row of values (which names itself or its list)."""
    if not cells:
        return False
    row = max(c.row for c in cells)
    own = [c for c in cells if c.row == row]
    if len(own) < 3 or any(c.colspan > 1 for c in own):
        return False
    years = []
    for c in own:
        text = normalize_text(c.text).replace(" ", "")
        if not _BARE_YEAR.fullmatch(text):
            return False
        years.append(_era_number(text))
    return all(b == a + 1 for a, b in itertools.pairwise(years))


def _grouped_bare_years(
    row_roles: tuple[str, ...], rows: Sequence[Sequence[Cell]], grid: list[list[Cell | None]]
) -> tuple[str, ...]:
    """The roles with a row of bare years under a header's groups made a header row (高砂:
    ``元 | 3 | 4 | 5 | 5 | 8`` under ``基準値 | 実績値 | 目標値`` under ``令和（年度）``): three or
    more years, rising within each group of the row above, where a new group may start again
    (基準値 | 目標値 | 実績値 over ``元 | 5 | 8 | 3 | 4 | 5``; a row of counts names itself, or
    does not rise within the groups)."""
    roles = list(row_roles)
    for r in range(1, len(roles)):
        if roles[r] != "values" or roles[r - 1] != "header":
            continue
        own = [c for c in rows[r] if c.row == r and not c.empty]
        if len(own) < 3 or any(c.colspan > 1 for c in own):
            break
        texts = [normalize_text(c.text).replace(" ", "") for c in own]
        if not all(_BARE_YEAR.fullmatch(t) for t in texts):
            break
        years = [_era_number(t) for t in texts]
        above = [grid[r - 1][c.col] for c in own]
        if any(a is None for a in above) or not any(a.colspan > 1 for a in above if a):
            break
        steps = zip(itertools.pairwise(years), itertools.pairwise(above), strict=True)
        if all(b > a or x is not y for (a, b), (x, y) in steps):
            roles[r] = "header"
        break
    return tuple(roles)


def _western_year_text(cell: Cell, suffixed: bool = False) -> str | None:
    """The four digits of a Western year printed bare in a header cell, maybe with a footnote's
    mark (二宮: ``2022※2``, the column's note; ``2022注2``), or None; with ``suffixed``, maybe
    with 年度 or 年 after it too (西目屋's ``2022年度``, first of ``2022年度 | 2023 | 2024``)."""
    text = _NOTE_NUMBER.sub("", FOOTNOTE_MARK.sub("", normalize_text(cell.text))).replace(" ", "")
    text = _YEAR_GLOSS.sub("", text)  # (町田: 2026（最終）, the plan's last year)
    if suffixed:
        text = text.removesuffix("度").removesuffix("年")
    return text if _WESTERN_YEAR.fullmatch(text) else None


#: A bracket after a year heading that says which of the plan's years it is (``（最終）``), or
#: what its figure is (``（見込）``).
_YEAR_GLOSS = regex.compile(
    r"[(（](?:最終|中間|最終年度|目標年度|見込み?|実績|速報値?|暫定値?|目標)[)）]$"
)
#: A bare Western year with the word of its list (``2024見込``, ``2023実績``): a heading.
_WORDED_YEAR = regex.compile(r"(?:19[5-9]|20[0-9])[0-9]\s*年?度?\s*(?:見込み?|実績|目標|速報)")
#: A numbered note's mark written with 注 after a heading (``2022注2``).
_NOTE_NUMBER = regex.compile(r"\s*注\s*[0-9]{1,2}\s*$")


def _western_years(cells: list[Cell]) -> bool:
    """A row of three or more bare Western years that run forward (富津: ``2014 | 2015 | … |
    2019 | 2019`` under 基準値 | 実績値 | 目標値; 西目屋: ``2022年度 | 2023 | 2024``, the first
    with its 年度): years, not values; steps of at most five years, a year repeated where a
    target falls in the last actual's year."""
    years = []
    for i, c in enumerate(cells):
        # (西目屋: 2022年度 | 2023 | 2024, 年度 printed on the first year only)
        text = _western_year_text(c, suffixed=i == 0)
        if text is None:
            return False
        years.append(int(text))
    steps = [b - a for a, b in itertools.pairwise(years)]
    return len(years) >= 3 and all(0 <= d <= _YEAR_STEP for d in steps) and any(steps)


def _years_among_headings(
    cells: list[Cell], ev: dict[int, CellEvidence], vocabulary: Vocabulary
) -> bool:
    """A header row that holds three or more bare Western years running forward among headings
    (喜茂別: ``成果指標 | 単位 | 策定時（2018年度） | 2020 … 2023 | 2024見込 | 目標値（2024）``),
    no value beside them but a year with its list's word (``2024見込``)."""
    years = [c for c in cells if _western_year_text(c) is not None]
    if len(years) < 3 or not _western_years(years):
        return False
    taken = {id(c) for c in years}
    others = [c for c in cells if id(c) not in taken]
    if any(
        ev[id(c)].cls is CellClass.QUANTITY and not _WORDED_YEAR.fullmatch(normalize_text(c.text))
        for c in others
    ):
        return False
    # (a heading beside them names a list or a period, 策定時（2018年度）, 目標値（2024）, and no
    # cell is a unit: 登録団体会員数 | 人 | 2010 | 2012 | 2015 | 2020 is a row of values)
    if any(unit_word(c.text) for c in others):
        return False
    return any(
        ev[id(c)].period is not None
        or _WORDED_YEAR.fullmatch(normalize_text(c.text))
        or set(column_votes(vocabulary, c.text)) & {*_VALUE_ROLES, "estimate"}
        for c in others
    )


def _western_year(
    grid: list[list[Cell | None]], rows: tuple[int, ...], col: int
) -> CellEvidence | None:
    """A header cell that is a bare Western year in a row of such (``2015``; ``rows``, the header
    rows _western_years found): that fiscal year, as a bare year in a KPI header is (the spec's
    ``目標値 (R7)``)."""
    for r in rows:
        cell = grid[r][col]
        text = _western_year_text(cell) if cell is not None else None
        if cell is not None and text is None and _WORDED_YEAR.fullmatch(normalize_text(cell.text)):
            text = normalize_text(cell.text).strip()[:4]  # 2024見込: the year, its word votes
        if cell is not None and text is not None:
            year = Period(int(text), None, None, cell.text)
            return CellEvidence(CellClass.PERIOD, year, False, cell.text)
    return None


def _bare_year_text(cell: Cell) -> str | None:
    """The number of a year printed bare in a header cell (``31``, ``元``, ``5※`` with its
    footnote's mark), or None."""
    text = FOOTNOTE_MARK.sub("", normalize_text(cell.text)).replace(" ", "")
    return text if _BARE_YEAR.fullmatch(text) else None


def _years_with_one_bare(cells: list[Cell], ev: dict[int, CellEvidence]) -> bool:
    """A header row of era years with a year or two printed bare (``H22 | H25 | H27 | H29 |
    H27 | 31``): every cell a short period but at most two bare numbers of one or two digits,
    which are years in that row, not values; or as many bare numbers as run on one by one from
    an era year (置戸: ``R元 | 2 | 3 | 4 | 5※``), the era printed on the first year only."""
    bare = periods = 0
    runs_on = True  # every bare number one more than the year before it
    before: int | None = None  # the number of the year before, era or bare
    for c in cells:  # the first cell that is neither ends it (a row of 50,000 values)
        text = normalize_text(c.text)
        n = _bare_year_text(c)
        if n is not None:
            bare += 1
            year = _era_number(n)
            runs_on = runs_on and before is not None and year == before + 1
            before = year
        elif ev[id(c)].period is not None and len(text) <= 12:
            periods += 1
            era_year = _ERA_YEAR.fullmatch(
                text.replace(" ", "").removesuffix("度").removesuffix("年")
            )
            before = None if era_year is None else _era_number(era_year.group("n"))
        else:
            return False
    # (a run that starts in the row's first column is a year-rows table's row, R3 | 4 | 5 | 6:
    # a year and its values; a header's years stand right of the names)
    run_on = runs_on and bare >= 2 and periods >= 1 and min(c.col for c in cells) > 0
    if bare > 2 and not run_on:
        return False
    return bare >= 1 and (periods >= 2 or run_on)


def _era_number(n: str) -> int:
    """The number of an era year (``元``: 1)."""
    return 1 if n == "元" else int(n)


def _alternates_label_value(cells: list[Cell], evs: list[CellEvidence]) -> bool:
    """Label | value pairs: short labels in turn with their contents (a form's fields)."""
    if len(cells) < 2:
        return False
    labels = cells[0::2]
    return all(
        len(normalize_text(c.text).replace(" ", "")) <= 24 and e.cls is not CellClass.PROSE
        for c, e in zip(labels, evs[0::2], strict=True)
    )


#: The first entry of a legend printed in a heading: a mark, a colon, its meaning.
_LEGEND = regex.compile(r"[○◎〇×△▲●◯－―\-]\s*[:：]")


def heads_value_list(vocabulary: Vocabulary, header: str) -> bool:
    """Whether a column's innermost heading (``令和5年度 › 目標``: 目標) votes first for a list
    of values: a baseline, targets or actuals."""
    votes = column_votes(vocabulary, innermost_heading(header))
    if not votes:
        return False
    return max(votes, key=lambda role: (votes[role][0], role)) in _VALUE_ROLES


def column_votes(vocabulary: Vocabulary, text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    """What a header cell's words vote for (none for a cell longer than a heading), words in 【】
    left out: they describe a bracketed target, not the column or row."""
    norm = normalize_text(text).replace(" ", "")
    if len(norm) > 30:
        # a heading followed by its legend (弘前: H25目標値に対する達成率 ○:目標を達成済み
        # ×:…): the heading before the legend's first mark
        legend = _LEGEND.search(norm)
        norm = norm[: legend.start()] if legend is not None else norm
        if len(norm) > 30 or not norm:
            return {}
    # Words inside 【】 describe a bracketed target, not the column (項目（単位）【数値目標】).
    norm = _BRACKETED.sub("", norm)
    votes = vocabulary.votes(norm)
    rest = without_periods(norm)
    if rest and rest != norm:
        # the words beside a period, alone (令和6年度予定: 予定, a word that votes only alone)
        votes = {**vocabulary.votes(rest), **votes}
    if _between_periods(norm):
        # H21→R元（ポイント）(御坊): how much the value moved between two years, computed
        votes = {**votes, "ratio": (4.0, ("→",))}
    if _COMPARED_WITH.search(_TRAILING_BRACKET.sub("", norm)):
        # コロナ禍以前との比較（R5） (久米島), 基準値との差: the value set against another, no list
        # (時系列比較（第5次プランとの比較） over years compares in its bracket only: a group)
        votes = {**votes, "ratio": (4.0, ("との比較",))}
    return votes


#: A heading that sets the value against something: ``…との比較``, ``…との差``.
_COMPARED_WITH = regex.compile(r"との(?:比較|差)$")
#: A bracket at the end of a heading (its year, unit or note).
_TRAILING_BRACKET = regex.compile(r"\([^()]*\)$")


#: A heading of two bare periods joined by an arrow, maybe a unit in brackets after.
_PERIOD_ARROW = regex.compile(r"(?P<a>[^→⇒()]{1,10})[→⇒](?P<b>[^→⇒()]{1,10})(?:\([^()]*\))?")


def _between_periods(norm: str) -> bool:
    """Whether a heading names the change between two periods (``H21→R元``): both ends a
    period and nothing else (``現状値(H26)→目標値(H31)`` names two lists, and is no change)."""
    m = _PERIOD_ARROW.fullmatch(norm)
    return m is not None and all(
        find_period(m.group(end)) is not None and not without_periods(m.group(end)).strip()
        for end in ("a", "b")
    )


def _head_votes(vocabulary: Vocabulary, text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    """A header cell's votes, where a ratio or a judgement heads it without the words of its
    gloss: ``進捗率（中間目標値に対して）`` is a ratio; its 目標 says against what, and lists no
    targets."""
    votes = column_votes(vocabulary, text)
    norm = normalize_text(text).replace(" ", "")
    head = _GLOSS_TAIL.sub("", norm)
    if head == norm or not head:
        return votes
    own = column_votes(vocabulary, head)
    if set(own) & {"ratio", "status", "evaluation"} or ratio_gloss(text, vocabulary):
        return own
    return votes


def ratio_gloss(text: str, vocabulary: Vocabulary | None = None) -> bool:
    """Whether a heading names a list of values and, in brackets after it, the ratio its cells
    print in brackets after each value (長野: ``H28実績（達成率）`` over ``701（94.9%）``): the
    column is that list, the bracket no value of the indicator."""
    vocabulary = vocabulary or current_vocabulary()
    norm = normalize_text(text).replace(" ", "")
    gloss = _GLOSS_TAIL.search(norm)
    if gloss is None or gloss.start() == 0:
        return False
    own = column_votes(vocabulary, norm[: gloss.start()])
    return any(r in own for r in _VALUE_ROLES) and "ratio" in column_votes(
        vocabulary, gloss.group()
    )


#: A bracketed gloss after a heading (``（中間目標値に対して）``).
_GLOSS_TAIL = regex.compile(r"[(（][^()（）]*[)）]$")


@functools.lru_cache(maxsize=8)
def _without_indicator(vocabulary: Vocabulary) -> Vocabulary:
    """The vocabulary without its indicator words: what a heading names besides an indicator
    (数値目標 without 数値目標 is 目標, a target)."""
    return Vocabulary(tuple(e for e in vocabulary.entries if e[0] != "indicator"))


def _judged_head(vocabulary: Vocabulary, text: str) -> bool:
    """Whether a header ``XのY`` is about Y, a judgement (達成状況, 評価), and names no list of
    values, whatever X names (``施策目標の達成状況`` lists no targets)."""
    head = noun_head(text)
    if not head:
        return False
    v = column_votes(vocabulary, head)
    return bool({"status", "evaluation"} & set(v)) and not any(r in v for r in _VALUE_ROLES)


# --- the reading ----------------------------------------------------------------------------------


def interpret_table(
    table: Table, vocabulary: Vocabulary | None = None, era: str | None = None, index: int = 0
) -> TableInterpretation:
    """Read a table's structure: row roles, regions, each region's layout and column roles."""
    vocabulary = vocabulary or Vocabulary.default()
    rows = table.rows()
    grid = table.grid()
    ev = _Evidence({id(c): c for c in table.cells}, era)
    limit = min(table.n_rows, MAX_EVIDENCE_ROWS)
    row_roles = _bands_as_sections(
        _names_above_values(
            tuple(
                _row_role(row, ev, vocabulary) if r < limit else _bulk_row_role(row)
                for r, row in enumerate(rows)
            ),
            rows,
            ev,
        ),
        rows,
        ev,
        table.n_cols,
    )
    row_roles = _grouped_bare_years(row_roles, rows, grid)
    row_roles, form_rows = _fields_over_header(row_roles, rows)
    row_roles = _label_value_form(row_roles, rows, vocabulary, ev)
    # (the form's fields above, 事業期間 平成30年度～令和2年度 among them, head no column)
    header_rows = tuple(r for r in _leading_header_rows(row_roles, rows) if r >= form_rows)
    slots = _program_rows(table, grid, vocabulary)
    if slots is not None:
        regions = [slots]
    else:
        points = _split_points(table, grid, ev, header_rows, vocabulary)
        whole = (
            _read_region(table, grid, ev, row_roles, header_rows, 0, table.n_cols, vocabulary)
            if len(points) > 1 and _periods_at_side(grid, ev, row_roles, vocabulary)
            else None
        )
        if whole is not None and whole.layout is Layout.PERIODS_DOWN:
            # 南関: indicators' names spanning their lists' columns look like tables side by
            # side, but one column of periods down the side dates them all
            regions = [whole]
        else:
            regions = [
                part
                for lo, hi in points
                for part in _blocks_apart(
                    grid,
                    ev,
                    _read_region(table, grid, ev, row_roles, header_rows, lo, hi, vocabulary),
                    vocabulary,
                )
            ]
    regions = _totals(regions, grid)
    warnings: list[str] = []
    assumed = any(c.era_assumed for r in regions for c in r.columns if r.layout in RECORD_LAYOUTS)
    if assumed:
        warnings.append(
            f"years printed without their era were read as {era} (the document's era), or in "
            f"the era before where {era} would put them after {LATEST_ERALESS_YEAR}"
        )
    return TableInterpretation(
        index,
        table.provenance.page if table.provenance.page is not None else _first_page(table),
        table.n_rows,
        table.n_cols,
        row_roles,
        tuple(regions),
        era if assumed else None,
        tuple(warnings),
    )


def _periods_at_side(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    row_roles: tuple[str, ...],
    vocabulary: Vocabulary,
) -> bool:
    """Whether the first column labels every row of values with a period (the side of periods
    down the side), so that a grid split into regions is worth reading whole as well; a total
    (累計) or a rate (進捗率) may label a row under them."""
    rows = [r for r, role in enumerate(row_roles[:MAX_EVIDENCE_ROWS]) if role == "values"]
    if len(rows) < 2:
        return False
    for r in rows:
        cell = grid[r][0]
        if cell is None or cell.empty:
            return False
        e = ev[id(cell)]
        if e.value:
            return False
        said = e.period is not None or _TOTAL_HEADING.search(normalize_text(cell.text))
        if not said and not worked_out(cell.text, vocabulary):
            return False
    return True


#: What a row under the periods may say instead of a period's values: how they went.
_RATE_ROLES = frozenset({"ratio", "status", "evaluation"})
#: A row label that compares two lists or two years (佐渡: ``目標と実績の比較``, ``実績と目標の
#: 差``, ``目標との差``, ``目標比``, ``前年度比``, ``増減``): worked out, no list of its own.
_DIFFERENCE_LABEL = regex.compile(
    r"(?:目標|計画|実績|基準)値?(?:と(?:目標|計画|実績|基準)値?の?|との?)(?:比較|差|乖離)"
    r"|^(?:目標|計画|前年(?:度|同期)?|対前年(?:度|同期)?|基準年度?)(?:値)?(?:比|差)$"
    # 差 alone under 目標値 | 実績値 beside it; 差（実績－計画） (中札内), its formula in brackets
    r"|^差(?:異|分)?(?:[(（][^()（）]{1,12}[)）])?$"
    # (増減, 直近1年の増減 (幸田), 対前年増減, 増減（直近1年）: how much a row moved, no period's
    # values)
    r"|(?:^|の|対?前年(?:度|同期)?)増減(?:数|値|分)?(?:[(（][^()（）]{1,12}[)）])?$"
)


def worked_out(label: str, vocabulary: Vocabulary) -> bool:
    """Whether a row label names what is worked out from a row's lists (a rate, an evaluation,
    a difference: ``達成率``, ``目標との差``), not a list of values."""
    if set(column_votes(vocabulary, label)) & _RATE_ROLES:
        return True
    return _derived_heading(label)


#: What a row still needs to reach its target (添田: ``目標達成に必要な年あたり増加数``,
#: ``目標までの残り``, ``目標値まであと``).
_TO_GO = regex.compile(r"目標値?(?:達成)?(?:に必要な?|までの?(?:残り|差|必要)|まで(?:あと|残り))")


def _derived_heading(text: str) -> bool:
    """Whether a column heading names a figure worked out from the row's lists: a difference
    or a ratio of two (``目標との差``, ``前年度比``) or what is left to reach the target."""
    norm = normalize_text(text).replace(" ", "")
    # (前年度比（R5－R4実績）, 上富田: the years compared, in brackets after it)
    bare = regex.sub(r"[(（][^()（）]{1,12}[)）]$", "", norm)
    return any(
        _DIFFERENCE_LABEL.search(t) is not None or _TO_GO.search(t) is not None
        for t in dict.fromkeys((norm, bare))
    )


#: A heading that only brackets the years a figure compares (``（R5－R4）``, ``(R5-R4実績)``).
_COMPARED_YEARS = regex.compile(r"[(（][^()（）]{1,12}[-－‐−~～][^()（）]{1,12}[)）]")


#: A heading of a column that sums others: ``KPI増加分の累計``, ``合計``, ``5か年計``.
_TOTAL_HEADING = regex.compile(r"累計|合計|総計|小計|計$")
#: Rows a total column's cells must be checked in, and agree in, to be read as sums.
_TOTAL_ROWS = 2


def _totals(regions: list[RegionReading], grid: list[list[Cell | None]]) -> list[RegionReading]:
    """Columns whose heading says they sum others (累計) and whose every cell is the sum of its
    row's dated values of the same list: totals, not values of a period (遊佐's
    ``KPI増加分の累計`` = 500 + 1,000 + 1,500). Checked by the numbers, never by the word alone."""
    dated: dict[str, list[int]] = {}
    year_by_col = {
        c.index: year_of(c.period)
        for region in regions
        for c in region.columns
        if c.period is not None
    }
    for region in regions:
        if region.layout not in (Layout.ROWS, Layout.NAME_ROWS):
            continue
        for c in region.columns:
            if c.role in _VALUE_ROLES and c.period is not None:
                dated.setdefault(c.role, []).append(c.index)
    out = []
    for region in regions:
        columns = region.columns
        for c in region.columns:
            # (今別: 3か年の実績合計（令和3～5年度）, the years it sums in its heading)
            span = find_span(c.header) if c.period is not None else None
            # (檜原: 3か年計 beside years whose rows say their list, 目標 or 実績: any dated list)
            listed = ("target", "actual", "value") if c.role == "value" else (c.role,)
            parts = sorted({i for r in listed for i in dated.get(r, ()) if i != c.index})
            if span is not None:
                # (the years it names, each of them: 実績合計（令和3～5年度） beside R2 | … | R5)
                low, high = year_of(span[0]), year_of(span[1])
                if low is None or high is None:
                    continue
                parts = [i for i in parts if low <= (year_by_col.get(i) or 0) <= high]
                if len(parts) != high - low + 1:
                    continue
            if (
                c.role not in ("target", "actual", "value")
                or (c.period is not None and span is None)
                or not _TOTAL_HEADING.search(normalize_text(c.header).replace(" ", ""))
                or len(parts) < 2
            ):
                continue
            if _sums_rows(grid, region.body_rows, c.index, parts):
                why = f"each of its cells is the sum of its row's dated {'/'.join(listed)}s"
                columns = tuple(_recast(x, "total", why) if x is c else x for x in columns)
        out.append(replace(region, columns=columns) if columns is not region.columns else region)
    return out


def _sums_rows(
    grid: list[list[Cell | None]], rows: Sequence[int], col: int, parts: list[int]
) -> bool:
    """Whether, in every body row where the column holds a number, it is the sum of the row's
    numbers in ``parts`` (and there are enough such rows to tell); a row whose parts print no
    number (松前: ``3年間で延べ3,000人`` merged across the years) tells nothing either way."""
    checked = 0
    for r in rows:
        total = _cell_number(grid[r][col])
        if total is None:
            continue
        cells = list({id(c): c for p in parts if (c := grid[r][p]) is not None}.values())
        values = [v for c in cells if (v := _cell_number(c)) is not None]
        if not values and cells and all(c.colspan > 1 for c in cells):
            continue  # (one statement merged across the years: no sum to check)
        if len(values) < 2 or sum(values) != total:
            return False
        checked += 1
    return checked >= _TOTAL_ROWS


def _cell_number(cell: Cell | None) -> Decimal | None:
    """The number a cell prints, scale words applied; None for no number."""
    if cell is None:
        return None
    try:
        return parse_quantity(cell.text).value
    except ParseError:
        return None


def _names_above_values(
    roles: tuple[str, ...], rows: Sequence[Sequence[Cell]], ev: dict[int, CellEvidence]
) -> tuple[str, ...]:
    """A heading row right above a row of values that prints no name of its own is that row's
    name (``① 婚姻率`` over ``5.5‰ | 5.4‰ …``), not a section: a heading opens rows that name
    themselves."""
    out = list(roles)
    for r, role in enumerate(roles):
        if role != "section":
            continue
        below = next((k for k in range(r + 1, len(roles)) if roles[k] != "empty"), None)
        if (
            below is not None
            and roles[below] == "values"
            and not any(ev[id(c)].texty for c in rows[below] if not c.empty)
        ):
            out[r] = "name"
    return tuple(out)


#: Shortest name a row of values prints of its own, for a band above it to be a section.
_OWN_NAME_CHARS = 5


def _bands_as_sections(
    roles: tuple[str, ...],
    rows: Sequence[Sequence[Cell]],
    ev: dict[int, CellEvidence],
    n_cols: int,
) -> tuple[str, ...]:
    """A row that is one cell across the whole table, below the first row, is a section when
    the rows of values under it print names of their own (白馬: `暮らし_安心してみんなが暮らせる
    村` across the grid, then `子育て支援 | 子育て支援センターの年間利用者数 | 人 | …`): a band
    that groups the rows, not a row of the header and not the name of the values below it."""
    out = list(roles)
    for r in range(len(roles) - 1, 0, -1):  # from the bottom: a band over a band is one too
        cells = [c for c in rows[r] if not c.empty]
        if roles[r] not in ("name", "text", "header") or len(cells) != 1:
            continue
        if cells[0].colspan < max(n_cols - 1, 3) or ev[id(cells[0])].value:
            continue
        below = next(
            (k for k in range(r + 1, len(roles)) if out[k] not in ("empty", "section")), None
        )
        if (
            below is not None
            and roles[below] == "values"
            and (
                # (数値目標 | 重要業績評価指標（KPI） across the body, 利根: the kind of the rows
                # below, whose names may be short: 出生数)
                kind_words_only(cells[0].text) is not None
                or any(
                    ev[id(c)].texty and len(normalize_text(c.text)) >= _OWN_NAME_CHARS
                    for c in rows[below]
                    if not c.empty
                )
            )
        ):
            out[r] = "section"
    return tuple(out)


def _first_page(table: Table) -> int | None:
    return next((c.provenance.page for c in table.cells if c.provenance.page is not None), None)


#: Roles a form's label votes for (担当課, 事業期間, 総事業費, 事業名, 番号).
_FORM_LABEL_ROLES = frozenset({*_FIELD_ROLES, "period_field", "year_field", "money"})
#: Fewest labels of a form's own fields (not money) a label | value table needs to be a form.
_FORM_FIELDS = 2


def _label_value_form(
    row_roles: tuple[str, ...],
    rows: Sequence[Sequence[Cell]],
    vocabulary: Vocabulary,
    ev: dict[int, CellEvidence],
) -> tuple[str, ...]:
    """A table of label | value rows whose labels are mostly a form's (六ヶ所: 地域再生計画の名称
    | … , 担当課 | 企画調整課, 事業期間 | 2019年度～2021年度, 総事業費（千円） | 48,300), or whose
    values are of three kinds or more (馬路: a plan's name, its period, a population, money and a
    paragraph; one indicator's values are of one): every row a field of the form, its 総事業費
    no indicator's target. Rows of two fields side by side (常陸大宮: 政策プロジェクト | … |
    対象年度 | 令和6年度) are read pair by pair."""
    filled = [[c for c in row if not c.empty] for row in rows]
    # (rows of one pair and rows of two may mix: 政策目標 | a sentence across the value columns
    # between 計画期間 | … | 策定日 | … rows, 設楽)
    if len(filled) < 2 or not {len(row) for row in filled} <= {2, 4}:
        return row_roles
    pairs = [row[k : k + 2] for row in filled for k in range(0, len(row), 2)]
    if _mixed_fields(pairs, ev, vocabulary):
        return tuple("fields" for _ in row_roles)
    roles = [set(vocabulary.votes(normalize_text(p[0].text).replace(" ", ""))) for p in pairs]
    form = sum(bool(r & _FORM_LABEL_ROLES) for r in roles)
    # (money labels alone make no form: 観光消費額（百万円） | 5,000 is an indicator's target)
    fields = sum(bool(r & (_FORM_LABEL_ROLES - {"money"})) for r in roles)
    if form * 2 < len(pairs) or fields < _FORM_FIELDS:
        return row_roles
    return tuple("fields" for _ in row_roles)


#: Fewest rows of a label | value table whose values' kinds make it a form.
_MIXED_FIELD_ROWS = 3
#: Fewest kinds of value (a name, a period, a value, a paragraph) a form's fields hold.
_MIXED_FIELD_KINDS = 3
#: What a span of periods prints besides its periods.
_SPAN_MARKS = regex.compile(rf"[\s{RANGE_MARKS}()（）]+")


def _mixed_fields(
    pairs: list[list[Cell]], ev: dict[int, CellEvidence], vocabulary: Vocabulary
) -> bool:
    """Whether label | value rows are a form's fields by what their right cells hold: names,
    periods, values and paragraphs, three kinds or more, beside labels that are neither values
    nor periods (a column of years down the side is a table's)."""
    if len(pairs) < _MIXED_FIELD_ROWS:
        return False
    kinds: set[str] = set()
    for label, value in pairs:
        said, held = ev[id(label)], ev[id(value)]
        if said.value or _period_alone(said) or _paragraph(label.text):
            return False
        if _heads_values(value.text, held, vocabulary) or (
            "indicator" in column_votes(vocabulary, label.text)
            and set(column_votes(vocabulary, value.text)) & {*_VALUE_ROLES, "estimate"}
        ):
            # 指標 | 目標値（令和6年度）, KPI（平成31年度） | KPI実績及び達成状況: a KPI table's
            # header over its rows
            return False
        if held.value:
            kinds.add("value")
        elif _paragraph(value.text):
            kinds.add("paragraph")
        elif _period_alone(held):
            kinds.add("period")
        elif held.texty:
            # (市の人口 | 16,547人（2021年4月末、住民基本台帳）: a description dated inside)
            kinds.add("name" if held.period is None else "dated")
    return len(kinds) >= _MIXED_FIELD_KINDS


#: Longest heading of a value column without a period (``目標値``, ``R6目標``, ``実績``).
_VALUE_HEADING_CHARS = 10
#: Most characters a value column's heading keeps besides its list words and periods
#: (``目標値（R7・当初）`` keeps ``値・``; a plan's name ending in 計画, ``三原村地方創生計画``,
#: keeps ``三原村地方創生``).
_HEADING_REST_CHARS = 4


def _heads_values(text: str, evidence: CellEvidence, vocabulary: Vocabulary) -> bool:
    """Whether a cell is a value column's heading: it votes a list (目標, 実績, 基準, 見込) and
    names a period or is short (``目標値（令和6年度）``; not a plan's name, ``…推進計画``, nor a
    date with a note in brackets that names a list, 吉備中央's ``令和5年12月末（R5実績は年度途中の
    数値）``)."""
    words = _NOTE_BRACKET.sub("", normalize_text(text))
    votes = column_votes(vocabulary, words)
    if not set(votes) & {*_VALUE_ROLES, "estimate"}:
        return False
    rest = without_periods(words).replace(" ", "")
    for _, said in votes.values():
        for word in said:
            rest = rest.replace(word, "")
    if len(rest) > _HEADING_REST_CHARS:
        return False  # 三原村地方創生計画: a plan's name that ends in 計画, no list's heading
    short = len(normalize_text(text).replace(" ", "")) <= _VALUE_HEADING_CHARS
    return evidence.period is not None or short


#: A bracket that holds a note, not a heading's qualifier (longer than a year or a list word).
_NOTE_BRACKET = regex.compile(r"[(（][^()（）]{7,}[)）]")


def _period_alone(evidence: CellEvidence) -> bool:
    """Whether a cell prints a period or a span of periods and nothing else (``R2年度～R6年度``)."""
    if evidence.period is None:
        return False
    return not _SPAN_MARKS.sub("", without_periods(normalize_text(evidence.text)))


def _fields_over_header(
    row_roles: tuple[str, ...], rows: Sequence[Sequence[Cell]]
) -> tuple[tuple[str, ...], int]:
    """A row of values alone between a form's fields and a header (北秋田: ``事業期間 | … |
    総事業費 | 24,600千円`` under ``事業名 | … | 担当課``, over ``KPI | 単位 | 事業開始前 |
    H30 …``), where rows of values follow that header: a field of the form, not the body. The
    roles, and the first row below the form's fields (0 where there is no such row)."""
    roles = list(row_roles)
    for i in range(1, len(roles) - 2):
        if not (roles[i] == "values" and roles[i - 1] == "fields" and roles[i + 1] == "header"):
            continue
        if any(r not in ("fields", "header", "name", "text") for r in roles[:i]):
            break
        below = i + 1
        while below < len(roles) and roles[below] == "header":
            below += 1
        if roles[below : below + 2] == ["values", "values"]:
            roles[i] = "fields"
            return tuple(roles), i + 1
        break
    # 宝達志水: 事業名 | 決算額 | 財源内訳 | 事業の概要 fields, then 成果 | 単位 | 26年度 … over
    # rows of values: the fields are the form's, the header starts below them
    top = 0
    while top < len(roles) and roles[top] == "fields":
        top += 1
    below = top
    while below < len(roles) and roles[below] == "header":
        below += 1
    # (a header's first row merged down into its second, 西脇's 施策 | No. | まちづくり指標 over
    # 指標値の推移's years, is no form's fields)
    apart = all(c.row + c.rowspan <= top for row in rows[:top] for c in row)
    if top and apart and below > top and roles[below : below + 2] == ["values", "values"]:
        return tuple(roles), top
    return tuple(roles), 0


def _leading_header_rows(
    row_roles: tuple[str, ...], rows: Sequence[Sequence[Cell]]
) -> tuple[int, ...]:
    """The header: rows before the first row of values that are not names or fields of a form."""
    first_values = next((i for i, r in enumerate(row_roles) if r == "values"), None)
    if first_values is None:
        return ()
    # (安曇野: a 事業's name and 担当課, then its 事業の成果 prose, then the indicators' header:
    # a prose row with a header row after it ends what stands above it; 白子's note row right
    # under the header, the values below it, does not)
    start = max(
        (
            i + 1
            for i in range(first_values)
            if row_roles[i] == "prose" and "header" in row_roles[i + 1 : first_values]
        ),
        default=0,
    )
    out = []
    for i in range(start, first_values):
        if row_roles[i] in ("header", "name", "text", "fields"):
            out.append(i)
    # rows the header's cells reach down into (令和2年度 over 当初見込み, its neighbours
    # merged over both rows) complete the header
    reached = {
        r
        for i in out
        if row_roles[i] == "header"
        for c in rows[i]
        if c.rowspan > 1
        for r in range(i + 1, i + c.rowspan)
    }
    # A name row right above the first values belongs to the body (name-above-values layout)
    # when a period header stands above it.
    while (
        out
        and row_roles[out[-1]] in ("name", "text")
        and "header" in row_roles[: out[-1]]
        and out[-1] not in reached
    ):
        out.pop()
    return tuple(out)


def _header_text(
    grid: list[list[Cell | None]], header_rows: tuple[int, ...], col: int
) -> list[Cell]:
    """The distinct header cells above a column, outermost first."""
    seen: set[int] = set()
    out = []
    for r in header_rows:
        cell = grid[r][col]
        if cell is not None and not cell.empty and id(cell) not in seen:
            seen.add(id(cell))
            out.append(cell)
    return out


def innermost_heading(header: str) -> str:
    """The innermost part of a column's heading path, normalized (``目標値 › 1年目`` →
    ``1年目``)."""
    return normalize_text(header).split(HEADING_SEPARATOR.strip())[-1].strip()


def _ends_in_unit(text: str) -> bool:
    """Whether a name ends with its unit in brackets (``不祥事事例等情報提供回数（回）``): a
    counter or a scaled unit, not a note (``（累計）``, ``（男性）``)."""
    m = _UNIT_ENDING.search(text)
    return m is not None and unit_word(m.group("u"))


def _heading_period(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    heads: tuple[int, ...],
    col: int,
    vocabulary: Vocabulary,
    by_title: bool = True,
) -> CellEvidence | None:
    """The heading cell that dates a column: the innermost one over it that names a period
    (``計画期間（R2～R4）`` over ``R2``: R2). A title across the whole table dates only a column
    whose own heading names targets or actuals and no year (``令和5年度 KPI一覧`` over ``目標値``,
    ``実績値``; not ``基準値``, ``目標年度``),
    and only where it names one year, no span (``…（計画期間：令和2年度～令和6年度）``, ``R2-R6``,
    ``…から…まで``) and no date a count stands at (``令和5年3月31日時点``), in a table with no
    column of each row's years (``by_title``: 目標年度 dates its row's target): never a No., a
    name or a year column (南知多's ``平成27年度の指標名``, over four of its sixteen columns, is
    no title)."""
    width = len(grid[0]) if grid else 0
    cells = _header_text(grid, heads, col)
    for at, cell in enumerate(reversed(cells)):
        if not ev[id(cell)].period:
            continue
        outer = cells[: len(cells) - 1 - at]
        year = _year_over_count_date(ev, outer, cell, width)
        if year is None:
            year = _year_over_revision_date(ev, outer, cell, width, vocabulary)
        if year is not None:
            return year
        if width > 2 and cell.colspan >= width:
            inner = cells[-1] if cells[-1] is not cell else None
            votes = column_votes(vocabulary, inner.text) if inner is not None else {}
            if (
                not by_title
                or inner is None
                or ev[id(inner)].period is not None
                or not _TITLE_DATED & set(votes)
                or "baseline" in votes
                or _NOT_ONE_YEAR.search(normalize_text(cell.text))
                or find_span(cell.text) is not None
            ):
                continue
        found = ev[id(cell)]
        listed = _listed_period(cell, col)
        if listed is not None:
            return replace(found, period=listed)
        months = (
            months_end_under(cell.text, [c.text for c in cells[len(cells) - at :]])
            if at and found.period is not None and found.period.month is None
            else None
        )
        return replace(found, period=months) if months is not None else found
    return None


#: What separates the years a heading lists, one a column under it (``実績値（R3／R4／R5）``).
_LIST_MARK = regex.compile(r"[／/・、,，]")


def _listed_period(cell: Cell, col: int) -> Period | None:
    """The year a heading spanning several columns lists for ``col``, where it lists one year a
    column in order (出水: ``実績値（R3／R4／R5）`` over three columns with no heading of their
    own: R3, R4, R5), its ``raw`` the year as printed; None for any other heading."""
    if cell.colspan < 2 or find_span(cell.text) is not None:
        return None
    text = normalize_text(cell.text)
    listed = periods_in(text)
    if len(listed) != cell.colspan or len(_LIST_MARK.findall(text)) < cell.colspan - 1:
        return None
    keys = [(p.fiscal_year or p.year or 0) for p in listed]
    if keys != sorted(set(keys)):
        return None  # (in order, none twice)
    return listed[col - cell.col]


def _year_over_count_date(
    ev: dict[int, CellEvidence], outer: list[Cell], inner: Cell, width: int
) -> CellEvidence | None:
    """The heading that names a fiscal year over a heading naming only the day its figure was
    counted (田舎館: ``令和5年度`` over ``実績（令和6年3月末現在）`` and
    ``実績（令和6年7月末現在）``): the year dates the column, the day says when its figure
    stood; None elsewhere."""
    period = ev[id(inner)].period
    if period is None or period.month is None or not COUNT_DATE.search(inner.text):
        return None
    e = _fiscal_year_over(ev, outer, width)
    if e is None or e.period is None or e.period.fiscal_year is None:
        return None
    fy, counted = e.period.fiscal_year, (period.year or 0, period.month)
    # the day must fall in that year or the next, the year's figure counted at its end or
    # after (令和6年度 over 実績（令和5年3月末現在）, a day before it began, is no count of it)
    return e if (fy, 4) <= counted < (fy + 2, 4) else None


def _fiscal_year_over(
    ev: dict[int, CellEvidence], outer: list[Cell], width: int
) -> CellEvidence | None:
    """The innermost heading over a dated one that names a period, where that period is a
    fiscal year alone (``令和5年度``, not a date, nor a title across the whole table); None
    where it is anything else or there is none."""
    for cell in reversed(outer):
        e = ev[id(cell)]
        if e.period is None or (width > 2 and cell.colspan >= width):
            continue
        if e.period.fiscal_year is None or e.period.month is not None or not _a_year(e):
            return None
        return e
    return None


def _year_over_revision_date(
    ev: dict[int, CellEvidence],
    outer: list[Cell],
    inner: Cell,
    width: int,
    vocabulary: Vocabulary,
) -> CellEvidence | None:
    """The heading that names the year of the targets under a heading naming when they were
    revised (藤井寺: ``目標値（R6）`` over ``当初`` and ``改定後（R5.3）``): the year dates the
    column, the month is the revision's; None elsewhere. The revision falls before the year's
    end (a heading dated after it revises nothing of that year)."""
    period = ev[id(inner)].period
    if (
        period is None
        or period.month is None
        or "revised" not in vocabulary.votes(without_periods(inner.text))
    ):
        return None
    e = _fiscal_year_over(ev, outer, width)
    if e is None or e.period is None or e.period.fiscal_year is None:
        return None
    return e if (period.year or 0, period.month) < (e.period.fiscal_year + 1, 4) else None


#: The words that make a date the day a figure was counted (``令和6年7月末現在``, ``3月31日時点``).
COUNT_DATE = regex.compile(r"現在|時点")
#: Lists a title naming the report's year dates: that year's targets and actuals (a baseline
#: is an earlier year's).
_TITLE_DATED = frozenset({"target", "actual"})


def _names_a_year(e: CellEvidence) -> bool:
    """Whether a cell is a year, perhaps with a word (R6, 2025年度, R6見込, 令和6年度（2024年度）):
    short, or a year with its other name."""
    return e.period is not None and (
        len(normalize_text(e.text)) <= 12 or glossed_year(e.text) is not None
    )


#: A heading that asks which year, with no year of its own (``基準年度``, ``把握年度``, ``年度``).
_ASKS_WHICH_YEAR = regex.compile(
    r"(?:基準|把握|調査|測定|計測|集計|達成|目標|実績|現状値?の?|基準値の?)?(?:年度|年次|年)"
)


def _names_beside(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    rows: list[int] | tuple[int, ...],
    col: int,
) -> bool:
    """Whether the column right of ``col`` holds words in most rows, no units (the names a
    column of row codes stands beside; where none does, the codes are all the rows are named
    by)."""
    width = max((len(row) for row in grid), default=0)
    return (
        col + 1 < width
        and _share(grid, ev, rows, col + 1, lambda e: e.texty and not unit_word(e.text)) >= 0.5
    )


def _year_number(e: CellEvidence) -> bool:
    """Whether a body cell holds a bare Western year number alone (``2019``): a value elsewhere,
    a year under a heading that asks which year."""
    return _WESTERN_YEAR.fullmatch(normalize_text(e.text).replace(" ", "")) is not None


def _asks_which_year(header: str) -> bool:
    """Whether a heading asks which year, naming none of its own (``基準年度``, ``把握年度``,
    ``基準年度（西暦）``; not ``最終年度（R7）``, ``中間年度``, ``令和元年度``, which name one)."""
    heading = innermost_heading(header)
    if find_period(heading) is not None:
        return False
    return _ASKS_WHICH_YEAR.fullmatch(BRACKETED.sub("", heading).replace(" ", "")) is not None


def _a_year(e: CellEvidence) -> bool:
    """Whether a cell holds a year alone (R6, 2025年度): a column of such is each row's years."""
    return not e.value and _names_a_year(e)


#: What makes a title name more or less than one year: a span written otherwise than with ～
#: (から, まで, a dash between years), or a date a count stands at (時点, 現在, 末, a month).
_NOT_ONE_YEAR = regex.compile(
    r"から|まで|[0-9元]\s*年度?\s*[-－‐―]|[0-9]\s*[-－‐]\s*[A-Z]?[0-9]|時点|現在|末|月"
    r"|[0-9元]\s*年度?\s*(?:版|策定|改訂|改定|作成)"
)


def _split_points(
    table: Table,
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    header_rows: tuple[int, ...],
    vocabulary: Vocabulary,
) -> list[tuple[int, int]]:
    """Column ranges of tables printed side by side: a second name column with values to its
    left starts a new region (money on the left, indicators on the right)."""
    if not header_rows:
        return [(0, table.n_cols)]
    body = [r for r in range(min(table.n_rows, MAX_EVIDENCE_ROWS)) if r not in header_rows]

    def wordy(col: int) -> bool:
        """Whether a column's cells are mostly words, as a column of names' are; a dash (a
        slot left empty, 新郷's `―` where a 事業 set one KPI) counts for neither."""
        words = _share(grid, ev, body, col, lambda e: e.texty)
        if words >= _NAMES_SHARE:
            return True
        dashes = _share(grid, ev, body, col, lambda e: e.cls is CellClass.MISSING)
        # (words the most of the cells and the rest dashes; a column of dashes with a word or
        # two, ―, ―, ―, 非公表, is a value column)
        return words >= 0.5 and words >= _NAMES_SHARE * (1 - dashes)

    def names(col: int) -> Cell | None:
        """The heading naming indicators over a column of words whose own heading starts at it
        (``平成27年度の指標名`` over ``活動 | 実績値 | 成果 | 実績値``), if it is one."""
        heads = _header_text(grid, header_rows, col)
        if len(heads) < 2 or heads[-1].col != col or not wordy(col):
            return None
        return next(
            (h for h in heads[:-1] if "indicator" in column_votes(vocabulary, h.text)), None
        )

    def _heading_votes(col: int, role: str) -> bool:
        """Whether a column's own heading votes for ``role`` (indicator: 指標名, 成果指標)."""
        return _own_heading_votes(grid, header_rows, col, vocabulary, role)

    starts = [0]
    for col in range(1, table.n_cols):
        heads = _header_text(grid, header_rows, col)
        if not heads:
            continue
        left = range(starts[-1], col)
        votes = column_votes(vocabulary, heads[0].text)
        strong = (
            heads[0].col == col
            and votes.get("indicator", (0.0,))[0] >= 3
            # (指標の推移 over R2 | R3 | R4, 小樽: the indicators' values year by year, no names)
            and wordy(col)
        )
        # (長生: 活動指標 over No. | 指標名 | 単位 | values, then 成果指標 over the same: a heading
        # that names indicators, starting here over a column of names and values of its own)
        spanned = range(col, col + heads[0].colspan)
        strong = strong or (
            heads[0].col == col
            and heads[0].colspan >= 3
            and votes.get("indicator", (0.0,))[0] >= 3
            # (a column of names under a heading of its own that names them, 指標名: not a
            # column of remarks, 評価・課題, under a heading of results)
            and any(wordy(c) and _heading_votes(c, "indicator") for c in spanned if c != col)
            and any(_share(grid, ev, body, c, lambda e: e.value) >= _VALUES_SHARE for c in spanned)
        )
        # a second column of names under the heading over the first, after the first's values
        # (南知多: 指標名 over 活動 | 実績値 | 成果 | 実績値): each names its own values
        over = names(col)
        before = [c for c in left if over is not None and names(c) is over]
        repeated = (
            over is not None
            and bool(before)
            # after the first's values (KPI② › 単位 right beside KPI② › 指標, 新郷, is none)
            and any(
                _share(grid, ev, body, c, lambda e: e.value) >= _VALUES_SHARE
                for c in range(before[-1] + 1, col)
            )
            # values of its own, under the same heading, right of it
            and any(
                _share(grid, ev, body, c, lambda e: e.value) >= _VALUES_SHARE
                for c in range(col + 1, over.col + over.colspan)
            )
        )
        if not (strong or repeated) or (strong and _trend_words(grid, ev, body, col)):
            continue  # (指標の動き | 上昇 / 低下, 飯田: how each row moved, no names)
        value_cols = [
            c
            for c in left
            if _share(grid, ev, body, c, lambda e: e.value) >= 0.3
            and not _ordinal(grid, body, c)
            and not _codes(grid, body, c)
            and not _numbers_by_heading(grid, header_rows, c, vocabulary)
            # (鎌倉: 交付金額（千円） merged down over each program's KPI rows: the program's
            # money beside its name, merged as the name is, no table of its own)
            and not (
                _heading_votes(c, "money")
                and _merged_over_rows(grid, body, c)
                and any(
                    _heading_votes(n, "program") and _merged_over_rows(grid, body, n)
                    for n in left
                    if n < c
                )
            )
        ]
        values_right = any(
            _share(grid, ev, body, c, lambda e: e.value) >= 0.3
            for c in range(col + 1, table.n_cols)
        )
        if value_cols and values_right:  # a name column with values on both sides
            starts.append(col)
    return [(s, e) for s, e in zip(starts, [*starts[1:], table.n_cols], strict=True)]


def _merged_over_rows(grid: list[list[Cell | None]], rows: list[int], col: int) -> bool:
    """Whether each cell a column prints in ``rows`` is merged down over two rows or more (a
    program's figure beside the indicators it groups), one such cell at least."""
    cells = {
        id(c): c for r in rows if (c := grid[r][col]) is not None and not c.empty and c.col == col
    }
    return bool(cells) and all(c.rowspan >= 2 for c in cells.values())


def _own_heading_votes(
    grid: list[list[Cell | None]],
    header_rows: tuple[int, ...],
    col: int,
    vocabulary: Vocabulary,
    role: str,
) -> bool:
    """Whether a column's own (innermost) heading votes for ``role``."""
    heads = _header_text(grid, header_rows, col)
    return bool(heads) and role in column_votes(vocabulary, heads[-1].text)


def _numbers_by_heading(
    grid: list[list[Cell | None]], header_rows: tuple[int, ...], col: int, vocabulary: Vocabulary
) -> bool:
    """Whether a column's own heading says its numbers number the rows' programs (``No.``,
    ``番号``: 1, 3, 41 …), values of no table."""
    return _own_heading_votes(grid, header_rows, col, vocabulary, "program_no")


def _trend_words(
    grid: list[list[Cell | None]], ev: dict[int, CellEvidence], rows: list[int], col: int
) -> bool:
    """Whether a column's cells are words of how a row moved or is to move (上昇, 低下, 横ばい),
    the rest dashes: a trend or a direction, never an indicator's name."""
    texts = list(_own_texts(grid, rows, col))
    words = [t for t in texts if t not in DASHES]
    return bool(words) and all(t in TREND_WORDS for t in words)


#: Share of a column's cells that are words for it to be a second group's name column.
_NAMES_SHARE = 0.8
#: Share of a column's cells that are values for it to be a value column of a group.
_VALUES_SHARE = 0.3

#: Body rows, at the least, a label merged down all of them must span to be their group.
_GROUP_ROWS = 3


def _one_cell_over(
    grid: list[list[Cell | None]], rows: list[int], col: int, vocabulary: Vocabulary
) -> bool:
    """Whether one cell covers ``col`` in every one of ``rows`` (a label merged down them) while
    a column right of it holds words that change from row to row (the rows' own names): one
    indicator's name merged over its 目標 and 実績 rows stays a name."""
    if len({id(grid[r][col]) for r in rows}) != 1 or grid[rows[0]][col] is None:
        return False
    for c in range(col + 1, len(grid[rows[0]])):
        words = [x for x in (grid[r][c] for r in rows) if x is not None and not x.empty]
        if any(
            is_value(classify(x.text)) or row_list(vocabulary, x.text)[0] is not None for x in words
        ):
            continue  # values, or 目標 / 実績 naming each row's list: no names
        if len({id(x) for x in words}) > 1:
            return True
    return False


def _groups_rows(
    grid: list[list[Cell | None]], rows: list[int], col: int, vocabulary: Vocabulary
) -> bool:
    """Whether ``col`` groups rows the column right of it names (志布志: ``事業費`` merged over
    国庫支出金 … 一般財源, ``人件費`` over its three, ``活動指標`` over ア | イ): at least two
    cells merged down, together over most of the rows, each beside words that change from row
    to row. A name merged over its own 目標 and 実績 rows is no group."""
    anchors = {id(grid[r][col]): grid[r][col] for r in rows if grid[r][col] is not None}
    merged = [c for c in anchors.values() if c is not None and c.rowspan > 1 and c.col == col]
    if len(merged) < 2 or col + 1 >= len(grid[rows[0]]):
        return False
    named = False  # whether some group's rows print names, not letters alone
    covered = sum(1 for r in rows if any(grid[r][col] is c for c in merged))
    if covered * 2 <= len(rows):
        return False
    for cell in merged:
        beside = [grid[r][col + 1] for r in range(cell.row, cell.row + cell.rowspan)]
        words = [
            x
            for x in beside
            if x is not None
            and not x.empty
            and x.col == col + 1
            and not is_value(classify(x.text))
            and row_list(vocabulary, x.text)[0] is None
            # (千円/t | 千円/日 under 単位あたりコスト(A/C): one name's units; ア | イ: letters)
            and (
                ROW_LETTER.fullmatch(normalize_text(x.text))
                or not (_unit_word(x.text, vocabulary) or unit_only(normalize_text(x.text)))
            )
        ]
        if len({id(x) for x in words}) < 2:
            return False
        named = named or any(not ROW_LETTER.fullmatch(normalize_text(x.text)) for x in words)
    # (a group over letters alone is the name of its lettered rows: 成果指標 over A … E)
    return named


def _own_texts(
    grid: list[list[Cell | None]], rows: list[int] | tuple[int, ...], col: int
) -> Iterator[str]:
    """The texts of the cells that start at ``col`` in ``rows`` (spaces removed), not empty;
    a cell that runs on across the next columns (a group's heading row) is no column's own."""
    for r in rows:
        cell = grid[r][col]
        if cell is None or cell.empty or cell.col != col or cell.row != r or cell.colspan > 1:
            continue
        yield normalize_text(cell.text).replace(" ", "")


def _ordinal(
    grid: list[list[Cell | None]],
    rows: list[int] | tuple[int, ...],
    col: int,
    *,
    marks: bool = False,
    gaps: bool = False,
    single: bool = False,
) -> bool:
    """A column of row numbers (``No.``: 1, 2, 3 …; with ``marks``, ①, ②, ③ and (1), (2) …
    too; with ``gaps``, numbers that rise with gaps, 1, 2, 4, 5, 7: a list's own numbers with
    some indicators shown elsewhere, under the names' heading spanning them), which labels rows
    rather than measuring; with ``single`` (a heading that says it numbers the rows), a first
    mark alone on the one row (記号 over ア, not a bare 1)."""
    numbers = []
    marked = False  # some cell numbers with a mark, not bare digits
    for text in _own_texts(grid, rows, col):
        number = _row_number(text)
        if number is None:
            return False
        numbers.append(number)
        if not regex.fullmatch(r"[0-9]+", text):  # (str.isdigit takes ② too)
            if not marks:
                return False
            marked = True
    pairs = list(itertools.pairwise(numbers))
    # ① ② under 活動指標, ① ② again under 成果指標: marks may start again at ① for a group
    restart = 1 if marked else None
    rising = all((a < b if gaps else b == a + 1) or b == restart for a, b in pairs) and any(
        a < b for a, b in pairs
    )
    if single and numbers == [1] and marked:
        # (記号 | ア over one row: the first mark, under a heading that says so; a bare 1 under
        # No. may number a program as well, read by its heading)
        rising = True
    elif len(numbers) < 2 or not rising:
        return False
    # ①②③ number every row that holds anything (or a span from above covers it there), but
    # the program's money rows (コスト merged down 事業費 | 人件費), a total's and a part's,
    # whatever the marks (君津: ア イ ウ, then 計（イ＋ウ）; 土浦: ア イ, then （うち…）)
    return not marked or not any(
        (grid[r][col] is None or grid[r][col].empty)  # type: ignore[union-attr]
        and any(c is not None and not c.empty for c in grid[r])
        and not _money_row(grid, r)
        and not _total_row(grid, r)
        and not _part_row(grid, r)
        for r in rows
    )


def _part_row(grid: list[list[Cell | None]], r: int) -> bool:
    """Whether a row's first filled cell names a part of the row above (土浦: ``（うち電動アシスト
    付自転車）`` under ア, イ, its number cell empty)."""
    return part_name(_first_filled(grid, r))


def _total_row(grid: list[list[Cell | None]], r: int) -> bool:
    """Whether a row's first filled cell calls it a total (``計（イ＋ウ）``, ``合計``)."""
    return total_name(_first_filled(grid, r))


def _first_filled(grid: list[list[Cell | None]], r: int) -> str:
    """The text of a row's first filled cell; empty where it has none."""
    return next((c.text for c in grid[r] if c is not None and not c.empty), "")


def _money_row(grid: list[list[Cell | None]], r: int) -> bool:
    """Whether a row lies under a cell at the table's left, merged down or not, that names the
    program's money (コスト, 事業費; 飯綱: ``事業費 | 決算額（千円） | 決算`` closing a grid marked
    ア … エ)."""
    first = grid[r][0] if grid[r] else None
    return first is not None and money_group(first.text)


#: Cells of one header row that print the same word: from this many, the word is every
#: column's, and tells one column from another less than a word over it alone.
MIN_SHARED_WORD = 4


def _shared_words(
    grid: list[list[Cell | None]], heads: tuple[int, ...]
) -> frozenset[tuple[int, str]]:
    """The (row, text) of header words printed in MIN_SHARED_WORD cells or more of their header
    row (``実績`` under each of five years; not ``現状`` over one column beside them); found once
    a table, for every column to look up."""
    counts: Counter[tuple[int, str]] = Counter()
    for r in heads:
        starts = {id(c): c for c in grid[r] if c is not None and c.row == r and not c.empty}
        counts.update((r, normalize_text(c.text)) for c in starts.values())
    shared = {k for k, n in counts.items() if n >= MIN_SHARED_WORD}
    # 目標 | 実績 in turn under each year: two list words that tell the columns apart, each
    # the column's own, not a word every column shares
    lists = Counter(r for r, text in shared if header_role(text) in _LIST_HEADER_ROLES)
    return frozenset((r, text) for r, text in shared if lists[r] < 2)


#: The header roles of a list of values (a row of words naming them in turn is no shared word).
_LIST_HEADER_ROLES = frozenset({Role.TARGET, Role.ACTUAL, Role.BASELINE})


def _shared_word(shared: frozenset[tuple[int, str]], cell: Cell) -> bool:
    """Whether ``cell``'s text is one of its header row's shared words (_shared_words)."""
    return (cell.row, normalize_text(cell.text)) in shared


def _values_left(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    rows: list[int],
    col: int,
    lo: int = 0,
) -> bool:
    """Whether values stand left of ``col`` in ``rows``, from the region's first column ``lo``:
    a row's numbering stands before its values (①②③ at a form's right end mark rows for another
    list; 江別's ① ② opening the right of two grids side by side number its own rows)."""
    return any(
        c is not None and c.col < col and c.row == r and ev[id(c)].value
        for r in rows
        for c in grid[r][lo:col]
    )


def _lettered(texts: list[str]) -> bool:
    """Whether a column's texts letter its rows: single Latin letters running A, B, C …, each
    either the next letter or A again (a new group), one run of two or more at least (記号 A, B
    | A, B, C, D, E: keys into a list of names; grades Ａ, Ｃ, Ｂ do not run in order)."""
    letters = [fold_width(t).upper() for t in texts]
    if len(letters) < 2 or not all(len(t) == 1 and "A" <= t <= "Z" for t in letters):
        return False
    if letters[0] != "A":
        return False
    steps = list(itertools.pairwise(letters))
    ordered = all(b == "A" or ord(b) == ord(a) + 1 for a, b in steps)
    return ordered and any(ord(b) == ord(a) + 1 for a, b in steps)


def _row_number(text: str) -> int | None:
    """The number a row's label cell prints: ``3``, ``③``, ``(3)``, or the place of a kana in
    the order that labels items (``ウ``: 3); None for anything else."""
    if regex.fullmatch(r"[0-9]{1,3}", text):
        return int(text)
    if len(text) == 1 and "\u2460" <= text <= "\u2473":  # ① … ⑳
        return ord(text) - 0x2460 + 1
    if len(text) == 1 and text in KANA_ORDER:
        return KANA_ORDER.index(text) + 1
    m = regex.fullmatch(r"\(([0-9]{1,2})\)", text)
    return int(m.group(1)) if m else None


#: A numbered label: one word and a number (``指標①``, ``KPI2``, ``目標 3``, ``KPI(1)``).
_NUMBERED_LABEL = regex.compile(
    r"(?P<stem>[^\d\s\u2460-\u2473()（）]{1,8}?)\s*"
    r"(?:[\u2460-\u2473]|[0-9]{1,2}|[(（][0-9]{1,2}[)）])"
)


def _numbered_labels(
    grid: list[list[Cell | None]], rows: list[int] | tuple[int, ...], col: int
) -> bool:
    """A column of numbered labels (``指標①``, ``指標②``, ``指標③`` beside the names): one
    word with a number on every row that prints anything but a dash, the word the same, two
    numbers or more; they label the rows, the names stand beside them."""
    stems, seen = set(), set()
    for text in _own_texts(grid, rows, col):
        if text in DASHES:
            continue  # (坂井: - on the row of a program that set no KPI)
        m = _NUMBERED_LABEL.fullmatch(text)
        if m is None or find_period(text) is not None:
            return False  # (H29, R3: an era's letter and a year, a period, no label)
        stems.add(m.group("stem"))
        seen.add(text)
    return len(stems) == 1 and len(seen) >= 2


#: A heading whose last word says its cells are codes (``施策目標コード``, ``事業番号``).
_CODE_HEADING = regex.compile(r"(?:コード|番号|ID|ＩＤ)\s*$")
#: Share of a column's cells that must be row codes (a note's label, 注記, may close it).
_CODED_SHARE = 0.75


#: The marks between an outline number's levels (``1-1``, ``1.2``, ``1ー1``).
_OUTLINE_DASH = r"[-.‐－ー−]"
#: A number of an outline: two or three levels (``1-1``, ``2-3-1``, ``1ー1``).
_OUTLINE_NUMBER = regex.compile(rf"[0-9]{{1,2}}(?:{_OUTLINE_DASH}[0-9]{{1,2}}){{1,2}}")


def _named_by_cells(col: int, role: str, reason: str, header: str) -> ColumnReading:
    """A column whose cells alone say its role (the rows' labels, the programs' codes), with
    the score such evidence gets and no runner-up."""
    return ColumnReading(col, role, 3.0, None, 0.0, (reason,), header)


def _outline_numbers(texts: Sequence[str]) -> bool:
    """Whether a column's cells are numbers of an outline (``1-1``, ``1-2``, ``2-1``), two at
    least, each printed once and in the outline's order."""
    keys = []
    for text in texts:
        m = _OUTLINE_NUMBER.fullmatch(normalize_text(text).replace(" ", ""))
        if m is None:
            return False
        keys.append(tuple(int(n) for n in regex.split(_OUTLINE_DASH, m.group(0))))
    return len(keys) >= 2 and len(set(keys)) == len(keys) and keys == sorted(keys)


#: A row's code of letters and numbers (``LP2-01``, ``A-1``, ``K3.2``): no name.
_ROW_CODE = regex.compile(
    r"[A-Za-z]{1,4}[0-9]{0,3}(?:[-.][0-9]{1,3}){0,3}|[A-Za-z]{0,4}[0-9]{1,3}(?:[-.][0-9]{1,3}){1,3}"
)


def _codes(grid: list[list[Cell | None]], rows: list[int] | tuple[int, ...], col: int) -> bool:
    """A column of codes (主要施策コード ``11204``, ``11204``, ``11302``): bare digits of one
    length, four or more, none a year, and one code on two rows or more, as a program's code is
    printed beside each of its indicators; they name, they do not measure."""
    codes = []
    for text in _own_texts(grid, rows, col):
        if not regex.fullmatch(r"[0-9]{4,10}", text):
            return False
        codes.append(text)
    return (
        len(codes) >= 2
        and len({len(c) for c in codes}) == 1
        and not all(1900 <= int(c) <= 2100 for c in codes)
        and len(set(codes)) < len(codes)
    )


def _units_agree(grid: list[list[Cell | None]], rows: list[int], col: int) -> tuple[int, int]:
    """In how many rows a column's word is the unit the row's values carry, of the rows whose
    values carry one (``台`` beside ``109台`` agrees; ``当初`` beside ``109台`` does not)."""
    agree = carried = 0
    for r in rows:
        own = grid[r][col]
        if own is None or own.empty:
            continue
        word = normalize_text(own.text).strip("()（）")
        units = set()
        for c, cell in enumerate(grid[r]):
            if c == col or cell is None or cell.empty or cell is own:
                continue
            try:
                q = parse_quantity(cell.text)
            except ParseError:
                continue
            if q.unit:
                units.add(q.unit)
        if units:
            carried += 1
            agree += any(word == u or word in u or u in word for u in units)
    return agree, carried


def _share(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    rows: list[int] | tuple[int, ...],
    col: int,
    test: Any,
) -> float:
    """The share of a column's non-empty cells (each cell counted once) that pass a test."""
    cells = []
    seen: set[int] = set()
    for r in rows:
        cell = grid[r][col]
        if cell is None or cell.empty or id(cell) in seen or cell.col != col:
            continue
        seen.add(id(cell))
        cells.append(cell)
    if not cells:
        return 0.0
    return sum(bool(test(ev[id(c)])) for c in cells) / len(cells)


def _names_values(grid: list[list[Cell | None]], r: int, lo: int, hi: int) -> bool:
    """Whether a row's cells in columns ``lo``–``hi`` print values beside their names (与那原:
    ``・案内所利用者数　12,000人`` under 成果目標, the same name and 10,480人 under 成果実績)."""
    own = [c for c in grid[r][lo:hi] if c is not None and c.row == r and c.col >= lo]
    shared = shared_names(own)
    return bool(shared) and any(named_values(c, shared) for c in own)


def _region_votes(
    table: Table,
    lo: int,
    hi: int,
    header_rows: tuple[int, ...],
    vocabulary: Vocabulary,
    form_rows: frozenset[int] = frozenset(),
) -> dict[str, float]:
    """What the region's header cells and row labels vote for, summed."""
    # A Counter, whose missing roles count 0, of float weights: typeshed's Counter counts ints.
    votes = cast("dict[str, float]", Counter())
    # a money word beside each year of a header (東広島's H25決算 | H26決算 | …: each year's
    # settled figure) is one piece of evidence, however many years print it
    dated_money: set[str] = set()
    for cell in table.cells:
        if cell.row in form_rows:
            continue  # (a form's field above the header, 決算額 | 24,350: the program's, no row's)
        in_header = cell.row in header_rows
        # a heading over this region and the one before (南知多's 平成27年度の指標名 over two
        # groups of names and values) is this region's heading too
        over = in_header and cell.col < lo < cell.col + cell.colspan <= hi
        if not (lo <= cell.col < hi or over) or cell.empty:
            continue
        leftmost = cell.col - lo <= 2 and cell.row < MAX_EVIDENCE_ROWS
        if not (in_header or leftmost):
            continue
        for role, (weight, _) in column_votes(vocabulary, cell.text).items():
            if not in_header and role in (*_VALUE_ROLES, "unit", "estimate"):
                continue  # a row named うち基準内繰入金 is not a baseline heading
            if not in_header and role.startswith("kind.") and cell.colspan >= hi - lo:
                continue  # 数値目標 across the body (利根): the kind of the rows under it only
            if role == "money" and in_header:
                words = without_periods(cell.text)
                if words != cell.text:
                    if words in dated_money:
                        continue
                    dated_money.add(words)
            votes[role] += weight
    return votes


def _kinds_cover_more_rows(
    grid: list[list[Cell | None]], body: list[int], lo: int, vocabulary: Vocabulary
) -> bool:
    """Whether the body rows whose label (a cell of the region's first column) names a kind of
    indicator (活動指標, 成果指標) outnumber those whose label names money (事業費), the two
    kinds of label in one column: a table of indicators with the program's money rows on top."""
    kinds = money = 0
    for r in body:
        cell = grid[r][lo]
        if cell is None or cell.empty:
            continue
        votes = column_votes(vocabulary, cell.text)
        if any(k.startswith("kind.") for k in votes):
            kinds += 1
        elif "money" in votes:
            money += 1
    return money > 0 and kinds > money


def names_an_evaluation_year(heading: str) -> bool:
    """Whether a heading is a year and 評価 alone (豊橋's ``H24評価``): the year an evaluation
    was made, whose figures a column of numbers under it gives."""
    return "評価" in heading and (
        normalize_text(without_periods(heading)).replace(" ", "") == "評価"
    )


#: The highest grade a scale of numbered grades prints (1–5, 1–10).
_TOP_GRADE = 10


def _grades(grid: list[list[Cell | None]], rows: list[int], col: int) -> bool:
    """Whether a column's numbers are numbered grades: whole numbers of 1 to 10 only (R4評価 over
    3 | 4 | 2: a 5-point scale's grades, no indicator's values)."""
    numbers = []
    for text in _own_texts(grid, rows, col):
        try:
            q = parse_quantity(text)
        except ParseError:
            continue
        if q.value is not None:
            numbers.append(q.value)
    return bool(numbers) and all(
        n == n.to_integral_value() and 1 <= n <= _TOP_GRADE for n in numbers
    )


#: Fewest rows of counts for a table to be a tally of them.
_TALLY_ROWS = 2
#: Headings of a tally's classes: results an evaluation sorts indicators into.
_RESULT_CLASS = regex.compile(r"達成|改善|順調|遅れ|悪化|横ばい|[ＡＢＣＤA-D]評価")


def _tally_rows(
    grid: list[list[Cell | None]], heads: tuple[int, ...], rows: list[int], lo: int, hi: int
) -> bool:
    """Whether the rows count indicators by result: the first column of counts headed as a
    count (指標本数, 件数), two or more beside it headed by results (目標達成, 未達成, 改善), and
    in four rows of five the first count the sum of the others (安平: 指標本数 22 | 目標達成
    7（31.8%） | 基準値より改善 4 | 未達成 11); no indicator's values (a 累計 after yearly
    actuals, a 計 | 男性 | 女性 target are no tally: their headings name no results)."""
    counted = summed = 0
    columns: list[int] | None = None
    for r in rows:
        numbers: list[int] = []
        cols: list[int] = []
        for c in grid[r][lo:hi]:
            if c is None or c.row != r or c.empty:
                continue
            try:
                q = parse_quantity(c.text)
            except ParseError:
                continue
            if q.value is not None and q.value == q.value.to_integral_value():
                numbers.append(int(q.value))
                cols.append(c.col)
        if len(numbers) < 3:
            continue
        counted += 1
        if numbers[0] == sum(numbers[1:]):
            summed += 1
            columns = columns or cols
    if columns is None or counted < _TALLY_ROWS or summed * 5 < counted * 4:
        return False
    heading = [
        normalize_text(cells[-1].text) if (cells := _header_text(grid, heads, col)) else ""
        for col in columns
    ]
    return "数" in heading[0] and sum(bool(_RESULT_CLASS.search(h)) for h in heading[1:]) >= 2


def _read_region(
    table: Table,
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    row_roles: tuple[str, ...],
    header_rows: tuple[int, ...],
    lo: int,
    hi: int,
    vocabulary: Vocabulary,
) -> RegionReading:
    """One region's layout, body and columns."""
    reasons: list[str] = []
    region_rows = [
        r
        for r in range(min(table.n_rows, MAX_EVIDENCE_ROWS))
        if any(c is not None and lo <= c.col < hi and not c.empty for c in grid[r][lo:hi])
    ]
    value_rows = [
        r
        for r in region_rows
        if row_roles[r] == "values"
        and (
            any(
                c is not None and c.col >= lo and c.row == r and ev[id(c)].value
                for c in grid[r][lo:hi]
            )
            or _names_values(grid, r, lo, hi)
        )
    ]
    # the form's fields above the header (宝達志水's 決算額 | 24,350 over 成果 | 単位 | 26年度)
    top = min(header_rows, default=0)
    form_rows = frozenset(r for r in range(top) if row_roles[r] == "fields")
    votes = _region_votes(table, lo, hi, header_rows, vocabulary, form_rows)
    kind = max((k for k in votes if k.startswith("kind.")), key=lambda k: votes[k], default=None)
    if not value_rows:
        fields = sum(row_roles[r] == "fields" for r in region_rows)
        layout = Layout.KEY_VALUE if fields else Layout.OTHER
        reasons.append(f"no row holds a value; {fields} rows are label | value fields")
        return RegionReading(lo, hi, layout, (), (), (), 0.9 if fields else 0.5, tuple(reasons))
    heads = tuple(r for r in header_rows if r in region_rows)
    # a title over the table dates no column where a column of each row's years does (目標年度,
    # 目標年, 達成期限 over R6 | R7: known by its cells, whatever its heading says)
    below = [r for r in value_rows if r not in heads]
    year_cols = {
        col for col in range(lo, hi) if below and _share(grid, ev, below, col, _a_year) >= 0.5
    }
    # header rows of bare Western years (2014 | 2015 | …), found once for every column
    western_rows: list[int] = []
    for r in heads:
        own = [c for c in grid[r][lo:hi] if c is not None and c.row == r and not c.empty]
        if _western_years(own) or _years_among_headings(own, ev, vocabulary):
            western_rows.append(r)
    western = tuple(western_rows)
    periods = {
        col: _heading_period(grid, ev, heads, col, vocabulary, not year_cols)
        or _bare_year(grid, ev, heads, col)
        or _year_under_year_heading(grid, ev, heads, col)
        or _western_year(grid, western, col)
        for col in range(lo, hi)
    }
    period_cols = [c for c, e in periods.items() if e is not None]
    body = _body(table, grid, ev, row_roles, heads, lo, hi, period_cols)
    topic = {k: votes.get(k, 0.0) for k in ("money", "staff", "evaluation")}
    # Evidence of indicators: indicator words, a kind announced, a 単位 heading, and headings
    # that name baseline, target or actual columns.
    topic["indicator"] = (
        votes.get("indicator", 0.0)
        + sum(v for k, v in votes.items() if k.startswith("kind."))
        + 0.5 * votes.get("unit", 0.0)
        + sum(votes.get(k, 0.0) for k in _VALUE_ROLES)
        # (熊谷: 項目 | 単位 over ヵ所 | 人 beside each row's counts by year: a 単位 column whose
        # cells are counters, what indicators print and a statistics table of money does not)
        + (_UNITS_HELD if votes.get("unit") and _units_column(grid, heads, body, lo, hi) else 0.0)
    )
    reasons.append(
        "header and row-label votes: " + ", ".join(f"{k} {v:g}" for k, v in topic.items())
    )
    other_topic = max(topic["money"], topic["staff"], topic["evaluation"])
    # (a heading that names indicators or their kind says money rows are indicators all the
    # same: 池田's 成果指標 訪問型サービス事業費 …)
    named = votes.get("indicator", 0.0) >= _NAMING_VOTE or any(k.startswith("kind.") for k in votes)
    money_rows = 0 if named else _rows_name_money(grid, ev, body, lo, hi, vocabulary)
    if money_rows:
        # 事業費 | うち一般財源 down the side under H25実績 | H26計画 …: the program's money
        # over years, whatever the years' headings say
        reasons.append(f"each of its {money_rows} rows names money")
    tally = not money_rows and _tally_rows(grid, heads, body, lo, hi)
    if tally:
        # 指標本数 | 目標達成 | 基準値より改善 | 未達成 over 22 | 7（31.8%） | 4 | 11 (安平):
        # a count of indicators by result, no indicators
        reasons.append("each row's first count is the sum of the counts beside: a tally")
    # (古座川: 事業費 merged down three rows of money, 活動指標 and 成果指標 down ten rows of
    # indicators, one 区分 column: the rows the labels cover say what the table mostly holds)
    outweighed = other_topic >= MIN_TOPIC_EVIDENCE and topic["indicator"] < other_topic
    # (weighed only where the words would make the region another topic's)
    kinds_cover = (
        outweighed and not money_rows and _kinds_cover_more_rows(grid, body, lo, vocabulary)
    )
    if kinds_cover:
        reasons.append("row labels naming kinds of indicators cover more rows than money's")
    if money_rows or tally or (outweighed and not kinds_cover):
        turned = (
            None
            if money_rows or tally
            else _periods_down(grid, ev, heads, value_rows, lo, hi, vocabulary, topic, kind)
        )
        if turned is not None and _measured_down(turned, vocabulary):
            # 区分 | （百万円） in the headings (赤村), a weak word each, over names across and
            # a 基準値 row down the side: indicators, as money over years has no baseline
            return replace(
                turned,
                reasons=(
                    *turned.reasons,
                    "weak words of another topic in its headings are outweighed by a "
                    "baseline row under names that vote for no other topic",
                ),
            )
        topic_name = (
            "money"
            if money_rows
            else "evaluation"
            if tally
            else max(("money", "staff", "evaluation"), key=lambda k: topic[k])
        )
        return RegionReading(
            lo, hi, Layout(topic_name), heads, tuple(body), (), 0.7, tuple(reasons), kind
        )
    turned = _periods_down(grid, ev, heads, value_rows, lo, hi, vocabulary, topic, kind)
    if turned is None:
        turned = _lists_down(grid, ev, heads, value_rows, lo, hi, vocabulary, kind)
    if turned is None:
        turned = _blocks(grid, ev, region_rows, lo, hi, vocabulary, kind)
    if turned is not None:
        return turned
    # Names above values: value rows whose row above holds only a name.
    value_body = {r for r in body if row_roles[r] == "values"}
    pairs = sum(
        k > 0 and row_roles[body[k - 1]] == "name" for k, r in enumerate(body) if r in value_body
    )
    layout = Layout.ROWS
    if pairs and period_cols and pairs * 2 >= len(value_body):
        layout = Layout.NAME_ROWS
        reasons.append(
            f"{pairs} of {len(value_body)} rows of values stand under a row that holds only a "
            f"name, under {len(period_cols)} period columns"
        )
    shared = _shared_words(grid, heads)
    columns = _dated_by_corner(
        grid,
        heads,
        lo,
        _grouping_program(
            vocabulary,
            _values_beside_targets(
                _one_baseline(
                    _starting_point(
                        _earlier_final_value(
                            _one_indicator(
                                tuple(
                                    _read_column(
                                        grid,
                                        ev,
                                        heads,
                                        body,
                                        col,
                                        lo,
                                        vocabulary,
                                        periods.get(col),
                                        layout,
                                        shared,
                                    )
                                    for col in range(lo, hi)
                                ),
                                vocabulary,
                            )
                        ),
                        vocabulary,
                    )
                ),
                vocabulary,
            ),
            grid,
            body,
        ),
    )
    if any(LIST_LABELS in " ".join(c.reasons) for c in columns):
        # (目標 / 実績 down a 区分 column beside 指標名: each name's target and actual rows, as
        # indicators print them; a salary table lists no targets, review 48)
        topic["indicator"] += _LISTED_ROWS
    if topic["indicator"] < MIN_INDICATOR_EVIDENCE and layout is Layout.ROWS:
        # Values under periods, but nothing says they are indicators (a salary table's rates
        # by year): shown by explain, not read as records.
        reasons.append(
            "values, but no heading or row label says they are indicators (indicator "
            f"evidence {topic['indicator']:g}, {MIN_INDICATOR_EVIDENCE:g} needed)"
        )
        layout = Layout.OTHER
    if (
        layout is Layout.ROWS
        and hi < table.n_cols  # (another region, right of it, holds the values)
        and any(c.role == "program_no" for c in columns)
        and not any(c.role in (*_VALUE_ROLES, "value", "pair") for c in columns)
    ):
        # 施策目標コード | 施策目標名 | 主担当課 beside the indicators' own table (鳥羽): programs
        # with their codes and departments, no value of any indicator
        reasons.append("a program's code, name and department, and no column of values")
        layout = Layout.OTHER
    names_kind = _names_kind(columns, vocabulary)
    if names_kind is None and kind is not None and _groups_kind(columns, vocabulary, kind):
        kind = None  # 基本目標 over the groups beside 指標名 (春日部): the groups', not the rows'
    kind = None if _names_kinds(columns, vocabulary) else names_kind or kind
    confidence = _confidence(columns, layout)
    return RegionReading(
        lo, hi, layout, heads, tuple(body), columns, confidence, tuple(reasons), kind
    )


#: The reason a value column that prints no period takes the one in the header's corner.
DATED_BY_CORNER = "dated by the period alone in the header's corner"


def _dated_by_corner(
    grid: list[list[Cell | None]],
    heads: tuple[int, ...],
    lo: int,
    columns: tuple[ColumnReading, ...],
) -> tuple[ColumnReading, ...]:
    """Target and actual columns that print no period, where the header's top-left cell holds
    a period alone over the rows' numbers, names and units and over no value (東伊豆:
    ``令和6年度`` spanning ``No. | 重要業績評価指標（KPI） | 単位``, beside ``取組前（R元） |
    R5実績 | 目標 › 当初 | 修正 | 実績``): that period's, the sheet's year; the others keep
    their own. An undated target column is dated so only beside a target column of a later
    year (``最終目標（R7）``): alone it may be the plan's final target."""
    corner = grid[heads[0]][lo] if heads and grid[heads[0]] else None
    if corner is None or corner.row != heads[0] or corner.colspan < 2:
        return columns
    text = normalize_text(corner.text)
    if not reads_as_period(text):
        return columns
    spanned = range(corner.col, corner.col + corner.colspan)
    under = [c for c in columns if c.index in spanned]
    if not any(c.role == "indicator" for c in under) or any(
        c.role in (*_VALUE_ROLES, "value", "pair") for c in under
    ):
        return columns
    period = replace(parse_period(text), raw=corner.text.strip())
    # an undated target is the corner year's only beside a target dated later (東伊豆's
    # 最終目標（R7）); alone it may as well be the plan's final target (review 23)
    later = any(
        c.role == "target" and c.period is not None and year_of(c.period) > year_of(period)
        for c in columns
    )
    undated = {
        c.index
        for c in columns
        if c.period is None and (c.role == "actual" or (c.role == "target" and later))
    }
    if not undated:
        return columns
    why = f"{DATED_BY_CORNER} ({text})"
    return tuple(
        replace(c, period=period, reasons=(*c.reasons, why)) if c.index in undated else c
        for c in columns
    )


def _names_kind(columns: tuple[ColumnReading, ...], vocabulary: Vocabulary) -> str | None:
    """The kind the indicator column's own heading names (成果指標 → kpi): nearer the names than
    a kind word over a column that groups the rows (基本目標 merged down beside them), so it
    decides; None when that heading names no kind. Of several indicator columns the best voted
    is the names' (高野: 重要業績評価指標（KPI） beside KPIの達成に寄与した主な事業, its 事業)."""
    header = _indicator_heading(columns)
    if header is None:
        return None
    *outer, inner = header.split(HEADING_SEPARATOR)
    if any(_kinds(vocabulary, text) for text in outer):
        return None  # 数値目標 over 評価指標: the heading over the names says it, as it is
    kinds = _kinds(vocabulary, inner)
    return kinds[0] if len(kinds) == 1 else None


#: Roles of a column of words that groups the rows, beside their names.
_GROUP_ROLES = ("ignore", "program", "section")


def _groups_kind(columns: tuple[ColumnReading, ...], vocabulary: Vocabulary, kind: str) -> bool:
    """Whether only the heading of a column that groups the rows names ``kind`` (春日部's
    ``基本目標`` over ``基本目標1 …`` beside ``指標名``): the kind of the groups it names, not of
    the rows; no other column's heading names it."""
    names = _indicator_heading(columns)
    first = next((c.index for c in columns if c.role == "indicator"), None)
    if names is None or first is None:
        return False
    # (left of the names, as groups stand: 数値目標達成度 right of the values grades them)
    grouping = [c for c in columns if c.role in _GROUP_ROLES and c.index < first]
    others = [c for c in columns if c not in grouping]

    def says(c: ColumnReading) -> bool:
        return bool(c.header) and kind in _kinds(vocabulary, innermost_heading(c.header))

    return any(says(c) for c in grouping) and not any(says(c) for c in others)


def _names_kinds(columns: tuple[ColumnReading, ...], vocabulary: Vocabulary) -> bool:
    """Whether the indicator column's own heading names two kinds (広島's ``基本目標／KPI``):
    its rows are of either, each row's group says which, and the region has no one kind."""
    header = _indicator_heading(columns)
    if header is None:
        return False
    inner = header.split(HEADING_SEPARATOR)[-1]
    # (joined: 基本目標／KPI, 基本目標及びKPI; a bracket only glosses, 数値目標（成果指標）)
    parts = [
        p for p in regex.split(r"[／/・、,]|及び|並びに|と", normalize_text(inner)) if p.strip()
    ]
    return len(parts) > 1 and sum(bool(_kinds(vocabulary, p)) for p in parts) > 1


def _best_indicator(columns: tuple[ColumnReading, ...]) -> ColumnReading | None:
    """The indicator column that names the rows: the best voted, the leftmost of equals."""
    named = [c for c in columns if c.role == "indicator"]
    return max(named, key=lambda c: (c.score, -c.index)) if named else None


def _indicator_heading(columns: tuple[ColumnReading, ...]) -> str | None:
    """The heading of the column that names the region's indicators (_best_indicator); None
    where there is none or it has no heading."""
    best = _best_indicator(columns)
    return best.header if best is not None and best.header else None


def _kinds(vocabulary: Vocabulary, text: str) -> list[str]:
    """The kinds a header text's words vote for (``kind.kpi``, …)."""
    return [k for k in column_votes(vocabulary, text) if k.startswith("kind.")]


def _one_indicator(
    columns: tuple[ColumnReading, ...], vocabulary: Vocabulary
) -> tuple[ColumnReading, ...]:
    """One indicator column a region, unless headings name several (数値目標 › 指標 beside
    KPI › 指標, two groups): the best voted (the leftmost of equals) names the rows; a column
    only its words made an indicator (事業区分, 評価の理由) is shown as ignored, with the reason.
    Of two headed name columns side by side (項目 | 指標), the one before the best names the
    program its indicators measure."""
    named = [c for c in columns if c.role == "indicator"]
    best = _best_indicator(columns)
    if len(named) < 2 or best is None:
        return columns
    why = f"column {best.index} names the indicators with more evidence ({best.score:g})"
    # 分野 | 項目 | 指標 | values: named columns side by side, no value between them, go from
    # the group to the indicator; the one beside the values names the rows, the one before it
    # the program they measure
    values = [c.index for c in columns if c.role in _VALUE_ROLES]
    outer = {
        c.index
        for c in named
        if c is not best
        and c.headed
        and best.headed
        and not any(r.startswith("kind.") for r in column_votes(vocabulary, c.header))
        and c.index < best.index
        and not any(c.index < v < best.index for v in values)
        and all(
            # (甲府: 取組項目の名称 | 担当課 | 目標区分 | 目標（単位）: the efforts' own fields)
            x.role in ("indicator", "ignore", "label", "department")
            for x in columns
            if c.index < x.index < best.index
        )
    }
    program = max(outer, default=None)
    return tuple(
        _recast(c, "program", f"its names stand before column {best.index}'s, the indicators'")
        if c.index == program
        else c
        if c.role != "indicator" or c is best or c.headed
        else _recast(c, "ignore", why)
        for c in columns
    )


#: A heading of a value measured at an end (最終値), no target's (最終目標値).
_FINAL_VALUE = regex.compile(r"最終値")


def _earlier_final_value(columns: tuple[ColumnReading, ...]) -> tuple[ColumnReading, ...]:
    """A final value (``最終値``) left of every other value column and dated before each that is
    dated (犬山: ``第5次計画最終値（R4）`` before ``R5実績`` and the R6, R8 targets), or, where none
    is dated, one its heading says is an earlier plan's (``第5次``, ``前計画``, ``前期``), is that
    plan's end, this one's starting point: the baseline, where no other column is one (the
    current plan's ``計画最終値（R7）`` after a 基準値 is its target still)."""
    if any(c.role == "baseline" for c in columns):
        return columns
    values = [c for c in columns if c.role in _VALUE_ROLES]
    for c in values:
        inner = innermost_heading(c.header)
        if c.period is None or not _FINAL_VALUE.search(inner) or "目標" in inner:
            continue
        others = [o for o in values if o is not c]
        dated = [o for o in others if o.period is not None]
        if not others or not all(o.index > c.index for o in others):
            continue
        if all(year_of(o.period) > year_of(c.period) for o in dated) and (
            dated or _EARLIER_PLAN.search(inner)
        ):
            why = f"{EARLIER_FINAL} dated before every other value: the starting point"
            return tuple(_recast(x, "baseline", why) if x is c else x for x in columns)
    return columns


def _starting_point(
    columns: tuple[ColumnReading, ...], vocabulary: Vocabulary
) -> tuple[ColumnReading, ...]:
    """A value column read as actuals only for its date, whose heading names a point in time by
    words that vote for no role (川内: ``全域解除時（H28.6）``, the day the evacuation order was
    lifted), left of every other value column and dated before each, beside columns a heading
    word makes actuals and targets: the starting point, the baseline (where no column is one)."""
    if any(c.role == "baseline" for c in columns):
        return columns
    values = sorted((c for c in columns if c.role in _VALUE_ROLES), key=lambda c: c.index)
    if len(values) < 3:
        return columns
    first, others = values[0], values[1:]
    inner = innermost_heading(first.header)
    words = without_periods(inner).strip(" ()（）")
    if not words:
        # 震災前 over H23.3.11 (広野): the words stand over the date, in the heading above it;
        # not a heading over the other values too (生坂: 子育て支援事業 over 2022年度 | 2023年度 …,
        # the table's title)
        outer = first.header.rpartition(HEADING_SEPARATOR)[0]
        if outer and any(o.header.startswith(outer + HEADING_SEPARATOR) for o in others):
            return columns
        inner = first.header.replace(HEADING_SEPARATOR, " ")
        words = without_periods(inner).strip(" ()（）")
    if (
        first.role != "actual"
        or first.headed
        or first.period is None
        or len(words) < 2
        or column_votes(vocabulary, inner)
        or not all(
            o.period is not None and year_of(o.period) > year_of(first.period) for o in others
        )
        or not any(o.role == "actual" and o.headed for o in others)
        or not any(o.role == "target" for o in others)
    ):
        return columns
    why = f"{STARTING_POINT} ({inner})"
    return tuple(_recast(x, "baseline", why) if x is first else x for x in columns)


#: A word for a kind of indicator the vocabulary may not know (``効率性指標``, ``満足度指標``).
_UNKNOWN_KIND = regex.compile(r"[\p{Han}\p{Katakana}ー]{1,6}指標")
#: A heading of a target each year holds (``年間目標``, ``単年度目標``, ``目標値（毎年度）``).
_YEARLY_HEADING = regex.compile(r"(?:年間|毎年度?の?|単年度)目標|目標値?[(（]毎年度?[)）]")
#: The reason a final value is read as the baseline (the row reader follows it).
EARLIER_FINAL = "an earlier plan's final value"
#: The reason a dated point in time before every other value is read as the baseline.
STARTING_POINT = "a point in time named before every other value"
#: A heading naming an earlier plan or half (第5次計画, 前計画, 前期, 旧計画).
_EARLIER_PLAN = regex.compile(r"第[0-9０-９一二三四五六七八九十]+次|前計画|前期|旧計画|前回")


#: A heading of the value at the plan's revision (``改訂時（R4）``).
_REVISION = regex.compile(r"改訂時")


def _one_baseline(columns: tuple[ColumnReading, ...]) -> tuple[ColumnReading, ...]:
    """One baseline a region: a column voted a baseline under a heading of targets (最終目標値 ›
    当初（H32）) is the target first set; where a 基準値 column comes first, a later column voted
    a baseline (平成28（現状値） after 平成25（基準値）) is the value now, an actual. A 改訂時
    column yields to any other baseline column and, after an actual, is an actual itself."""
    under = "under a heading of targets, the target first set"
    columns = tuple(
        _recast(c, "target", f"{under} ({c.header})")
        if c.role == "baseline" and "基準" not in c.header and _under_targets(c.header)
        else c
        for c in columns
    )
    # (改訂時（R4）: the value at the plan's revision, a baseline only where no column of the
    # plan's start stands beside it and no actual before it, review 51)
    revised = [
        c
        for c in columns
        if c.role == "baseline"
        and _REVISION.search(c.header)
        and any(o.role == "actual" and o.index < c.index for o in columns)
    ]
    columns = tuple(
        _recast(c, "actual", "a revision's value after the actuals before it")
        if c in revised
        else c
        for c in columns
    )
    bases = [c for c in columns if c.role == "baseline"]
    if len(bases) < 2:
        return columns
    first = next((c for c in bases if not _REVISION.search(c.header)), bases[0])
    why = f"column {first.index} holds the baseline: a later one is the value now"
    # only a column that is not itself a 基準 column (基準年度 | 基準値 are one baseline); one
    # under a heading of targets (最終目標値 › 当初（H32）) is the target first set
    return tuple(
        c
        if c.role != "baseline" or c is first or "基準" in c.header or _beside(c, first)
        else _recast(c, "actual", why)
        for c in columns
    )


def _beside(column: ColumnReading, other: ColumnReading) -> bool:
    """Whether two columns stand under one spanning heading for the same period, each a part of
    it (策定時（H26） › 男性 | 女性): one list of values, broken down."""
    outer, _, inner = column.header.rpartition(" › ")
    return bool(outer and inner) and (
        other.header.rpartition(" › ")[0] == outer and column.period == other.period
    )


def _values_beside_targets(
    columns: tuple[ColumnReading, ...], vocabulary: Vocabulary
) -> tuple[ColumnReading, ...]:
    """``指標値`` alone lists targets (``指標値 | 実績値``); beside a column its own heading names
    the targets of the same period (養父: ``目標値 | 指標値 | 達成状況`` under one year) and no
    actual column, it is the value reached: an actual."""
    if any(c.role == "actual" for c in columns):
        return columns
    own = {
        c.index: column_votes(vocabulary, c.header.split(HEADING_SEPARATOR)[-1])
        for c in columns
        if c.role == "target"
    }
    # the heading votes a target only through 指標値, its word for values
    by_values = {
        i for i, v in own.items() if "values" in v and set(v["target"][1]) <= set(v["values"][1])
    }
    named = [c for c in columns if c.index in own and c.index not in by_values]
    if not named or not by_values:
        return columns

    def period(c: ColumnReading) -> tuple[int | None, int | None] | None:
        return None if c.period is None else (c.period.fiscal_year, c.period.year)

    return tuple(
        _recast(c, "actual", f"beside column {named[0].index}'s targets: the value reached")
        if c.index in by_values
        and c.period is not None
        and any(period(n) == period(c) for n in named)
        else c
        for c in columns
    )


def _under_targets(header: str) -> bool:
    """Whether a column's heading above its own names targets (``最終目標値 › 当初（H32）``)."""
    *outer, _own = header.split(HEADING_SEPARATOR)
    return any(header_role(h) is Role.TARGET for h in outer)


def _grouping_program(
    vocabulary: Vocabulary,
    columns: tuple[ColumnReading, ...],
    grid: list[list[Cell | None]],
    body: list[int],
) -> tuple[ColumnReading, ...]:
    """A column left of the indicators whose cells are numbered titles (重点課題 ``1-1 子どもを…``
    merged down over its indicators; 施策 ``(1) 農業者の確保・育成対策`` beside each) names the
    program those rows measure, where no other column does: a number and a title are a
    program's, not an indicator's; so are names merged down over groups of named indicators
    (湯梨浜: ``健康づくり推進（4項目）`` beside its four), where they are neither a kind of
    indicator (活動指標) nor money (事業費). Not under a heading that names a kind of indicator
    (基本目標: the goals the rows serve are no programs)."""
    if any(c.role == "program" for c in columns):
        return columns
    names = [c.index for c in columns if c.role == "indicator"]
    if len(names) != 1:
        return columns
    out = []
    for c in columns:
        if (
            c.index < names[0]
            and c.role in ("ignore", "group")  # a name column the indicators' outvoted
            and not any(r.startswith("kind.") for r in column_votes(vocabulary, c.header))
        ):
            if _numbered_titles(grid, body, c.index):
                c = _recast(c, "program", "its cells are numbered titles beside the indicators")
            elif c.role == "group" and _parent_names(vocabulary, grid, body, c.index):
                c = _recast(c, "program", "its cells are names over groups of indicators")
        out.append(c)
    return tuple(out)


#: An indicator vote a heading gives by naming indicators (指標, 成果指標), more than 項目's.
_NAMING_VOTE = 3.0


def _rows_name_money(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    body: list[int],
    lo: int,
    hi: int,
    vocabulary: Vocabulary,
) -> int:
    """How many body rows there are where two or more are and each row's name, its first words
    left of its values, is money (``事業費``, ``うち一般財源``, ``人件費``); 0 otherwise."""
    named = 0
    for r in body:
        name = next(
            (
                c
                for c in grid[r][lo:hi]
                if c is not None and not c.empty and c.row == r and not ev[id(c)].value
            ),
            None,
        )
        if name is None:
            continue
        votes = column_votes(vocabulary, name.text)
        if strongest_role(votes) != "money" and not money_group(name.text):
            return 0
        if _RATIO_NAME.search(normalize_text(name.text)):
            return 0  # 自主財源比率, 経常収支比率: ratios of money, indicators
        others = [c for c in grid[r][lo:hi] if c is not None and c is not name and not c.empty]
        if any(_other_unit(c.text) for c in others):
            return 0  # a % or a count beside it: an indicator's value, not money
        named += 1
    return named if named >= 2 else 0


#: The end of a name that makes it a ratio (``経常収支比率``, ``自主財源の割合``).
_RATIO_NAME = regex.compile(r"(?:率|比|割合|度)\s*(?:[(（][^()（）]*[)）])?$")


def _other_unit(text: str) -> bool:
    """Whether a cell prints a unit other than money, alone or after its number (``%``, ``件``)."""
    norm = normalize_text(text).replace(" ", "")
    try:
        unit = parse_quantity(norm).unit
    except ParseError:
        unit = norm if norm in COUNTERS else None
    return unit is not None and normalize_unit(unit) not in CURRENCY


def _lists_values(grid: list[list[Cell | None]], rows: list[int], col: int) -> bool:
    """Whether most of a column's own cells list names with their values, ``・name value`` or
    ``name：value`` lines (大田原's 実績 cells): values, though their words are many."""
    own = _column_cells(grid, rows, col)
    listed = sum(prints_named_values(c) for c in own)
    return bool(own) and listed * 2 >= len(own)


def _parent_names(
    vocabulary: Vocabulary, grid: list[list[Cell | None]], body: list[int], col: int
) -> bool:
    """Whether the cells that start in ``col`` among ``body``'s rows are words that name no kind
    of indicator (活動指標, 各務原's 客観的指標) and no money: a parent's names (a program's),
    not a group's word."""
    own = _column_cells(grid, body, col)
    return bool(own) and not any(
        is_value(classify(c.text))
        or money_group(c.text)
        or normalize_text(c.text).replace(" ", "").endswith("指標")
        or any(r.startswith("kind.") or r == "money" for r in column_votes(vocabulary, c.text))
        for c in own
    )


def _numbered_titles(grid: list[list[Cell | None]], body: list[int], col: int) -> bool:
    """Whether every cell that starts in ``col`` among ``body``'s rows opens with a number and
    they are several, or run down over several rows."""
    own = _column_cells(grid, body, col)
    # most of them words (a short title, ``1 農業``, may read as a quantity)
    words = sum(not is_value(classify(c.text)) for c in own)
    return (
        (len(own) >= 2 or any(c.rowspan > 1 for c in own))
        and words * 2 > len(own)
        and all(_numbered_title(c.text) for c in own)
    )


def _numbered_title(text: str) -> bool:
    """Whether a text is a number and a title (``1-1 子どもを…``, ``(1) 農業者の…``): the number
    a program takes from it (parse_program), then two characters or more."""
    labelled = split_label(normalize_text(text))
    return labelled.number is not None and len(labelled.text) >= 2


def _recast(column: ColumnReading, role: str, why: str) -> ColumnReading:
    """A column read again in the light of its region: the new role, the old one as runner-up
    with its score, and the reason."""
    return replace(
        column,
        role=role,
        runner_up=column.role,
        runner_up_score=column.score,
        reasons=(*column.reasons, why),
    )


#: What a row label may hold besides its list word and its period: brackets, 値, 年度末 …
_LABEL_NOISE = regex.compile(
    r"[0-9０-９.．()（）\[\]【】\s・/／:：~～\-－]|令和|平成|昭和|[RHSＲＨＳ]|年度末|年度|年期|年|月末|月|末|度|値|元"
    # how final a period's figure is (R2/3年期（速報値）, R5年度（確定値）): still a period's label
    r"|速報|確定|暫定"
    # which of the plan's years (R6目標（最終）, 中間目標（R4）, 刈谷's 延長後目標（R4）, the plan
    # extended; 牧之原's 令和8年度（前期目標）, the first half's end): still a period's label
    r"|最終|中間|延長後|前期|後期"
    # a year counted so far (三原: R6年度途中（12月末）): still the year's label, dated at the
    # month it prints; without one (R6年度途中) its values are said to be a part (doubts)
    r"|途中"
)


def _lists_down(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    heads: tuple[int, ...],
    value_rows: list[int],
    lo: int,
    hi: int,
    vocabulary: Vocabulary,
    kind: str | None,
) -> RegionReading | None:
    """One indicator's card: its name heads one column of values, each row's label names the
    row's list (``基準値``, ``目標値``, ``実績値`` down the side; a list printed twice for two
    years), and a column beside the values holds each value's period (``8,450t | 平成26年度``).
    Read as the periods down the side, each row's period taken from its period cell."""
    if len(value_rows) < 2 or not heads:
        return None
    labels = []
    for r in value_rows:
        cell = grid[r][lo]
        if cell is None or cell.empty or cell.col != lo or cell.row != r or ev[id(cell)].value:
            return None
        lst, flags = row_list(vocabulary, cell.text)
        if lst is None:
            return None  # a row that names no list: not a card
        labels.append((r, cell, lst, flags))
    if len({lst for _, _, lst, _ in labels}) < 2:
        return None
    value_cols = [
        col for col in range(lo + 1, hi) if _share(grid, ev, value_rows, col, lambda e: e.value)
    ]
    period_cols = [
        col
        for col in range(lo + 1, hi)
        if col not in value_cols
        and _share(grid, ev, value_rows, col, lambda e: e.period is not None) == 1.0
    ]
    if len(value_cols) != 1 or len(period_cols) != 1:
        return None
    value_col, period_col = value_cols[0], period_cols[0]
    if any(
        col not in (value_col, period_col) and _share(grid, ev, value_rows, col, lambda e: True)
        for col in range(lo + 1, hi)
    ):
        return None  # a third column of something: not a card of one indicator
    over = _header_text(grid, heads, value_col)
    if not over or over[-1].col != value_col or not ev[id(over[-1])].texty:
        return None
    name = over[-1]
    if ev[id(name)].period is not None or set(column_votes(vocabulary, name.text)) & {
        *_VALUE_ROLES,
        "estimate",
        "unit",
    }:
        return None  # 目標値 | 年度 across the top: the table runs the usual way
    rows = []
    for r, cell, lst, flags in labels:
        when = grid[r][period_col]
        period = ev[id(when)].period if when is not None and not when.empty else None
        label = normalize_text(cell.text)
        why = (f"its label names {lst}; its period is printed beside the value",)
        rows.append(RowReading(r, "values", lst, period, label, flags, why))
    columns = (
        ColumnReading(lo, "ignore", 3.0, None, 0.0, ("its cells name each row's list",), ""),
        ColumnReading(
            value_col,
            "indicator",
            3.0,
            None,
            0.0,
            ("a name heads the one column of values",),
            normalize_text(name.text),
        ),
        ColumnReading(
            period_col, "period", 3.0, None, 0.0, ("its cells are the values' periods",), ""
        ),
    )
    reasons = (
        f"{len(labels)} rows of values are labelled by their list in column {lo}, each with "
        f"its period in column {period_col}; one name heads the values",
    )
    return RegionReading(
        lo,
        hi,
        Layout.PERIODS_DOWN,
        heads,
        tuple(value_rows),
        columns,
        0.7,
        reasons,
        kind,
        "side",
        tuple(rows),
    )


def _self_dated_row(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    r: int,
    lo: int,
    hi: int,
    vocabulary: Vocabulary,
) -> bool:
    """Whether a row under the periods down the side names the targets and no period, and every
    value it holds prints its own (浦臼: 目標値 | 40,000（H31） | 10（H27～H31累計）)."""
    label = grid[r][lo]
    assert label is not None
    if row_list(vocabulary, label.text)[0] != "target":
        return False  # (現状値 | 38,000（R元）: a second baseline the reading would drop)
    own = [c for c in grid[r][lo + 1 : hi] if c is not None and c.row == r and not c.empty]
    return bool(own) and all(ev[id(c)].value and ev[id(c)].period is not None for c in own)


def _only_a_label(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a row label is a period and list words only (``令和4年度``, ``目標（R7.3）``,
    ``計画値``), not a name that holds a period (``令和2年国勢調査人口``)."""
    rest = _LABEL_NOISE.sub("", normalize_text(text))
    for _role, (_, words) in column_votes(vocabulary, text).items():
        for word in words:
            if "~" not in word:
                rest = rest.replace(word, "")
    return len(rest) <= 1


#: The longest row label that names its row's list (``目標（R7.3）``, ``実績値``).
_ROW_LABEL_CHARS = 12


def row_list(vocabulary: Vocabulary, text: str) -> tuple[str | None, frozenset[str]]:
    """The list a row label names (計画 → target, 実績 → actual, 基準値 → baseline) and the
    flags it adds (見込 → estimate: an actual, or a target where 目標 is said too)."""
    # (its periods do not count: H27/28年期（基準値） is a short label of a long period)
    if len(without_periods(normalize_text(text)).replace(" ", "")) > _ROW_LABEL_CHARS or not (
        _only_a_label(text, vocabulary)
    ):
        return None, frozenset()  # a name (実績報告件数), not a row label (計画, 目標（R7.3）)
    votes = {
        role: vote
        for role, vote in column_votes(vocabulary, text).items()
        if not all("~" in w for w in vote[1])  # a synonym alone does not label a row
    }
    named = [r for r in _VALUE_ROLES if r in votes]
    if "estimate" in votes:
        return ("target" if "target" in votes else "actual"), frozenset({"estimate"})
    if not named:
        return None, frozenset()
    return max(named, key=lambda r: votes[r][0]), frozenset()


def _column_cells(grid: list[list[Cell | None]], rows: list[int], col: int) -> list[Cell]:
    """The non-empty cells that start in column ``col`` on one of ``rows``, top to bottom (a
    cell merged down from a row above, or across from a column left, is not one of them)."""
    return [
        cell
        for r in rows
        if (cell := grid[r][col]) is not None
        and not cell.empty
        and cell.col == col
        and cell.row == r
    ]


def _own_cells(grid: list[list[Cell | None]], r: int, lo: int, hi: int) -> list[Cell]:
    """The non-empty cells that start in row r between columns lo and hi, left to right."""
    row = grid[r][lo:hi]
    return [c for c in row if c is not None and c.row == r and c.col >= lo and not c.empty]


def bare_unit(text: str) -> str | None:
    """The unit a heading cell prints alone, in brackets or not, maybe after 単位 (``（t）``,
    ``（千t）``, ``（単位：ha）``, ``人``); None for any other heading (``（男性）``,
    ``（R2）``)."""
    norm = unwrapped_unit(normalize_text(text).replace(" ", ""))
    if not norm:
        return None
    latin = regex.fullmatch(r"[千万百]?[A-Za-z%㎡㎥㎞㎏²³/0-9]{1,6}", norm) is not None
    if latin and (norm.isdigit() or find_period(norm) is not None):
        return None  # (R2), (2): a year or a number, no unit
    return norm if latin or unit_word(norm) else None


#: Longest unit a cell on a row labelled 単位 holds (``百万円(税込)``, ``千t-CO2``).
_UNIT_CHARS = 10


def _labelled_unit(text: str, e: CellEvidence) -> str | None:
    """The unit a cell on a row labelled 単位 prints: any short text that is no value and no
    period (``軒``, ``区画``, ``t-CO2``, ``百万円(税込)``): the label says what the cell is."""
    norm = normalize_text(text).replace(" ", "")
    if not 0 < len(norm) <= _UNIT_CHARS or e.value or e.period is not None:
        return None
    return bare_unit(text) or norm


#: Why a column under an indicator's name beside its lists is not read (美幌's 管内順位).
NONE_OF_ITS_LISTS = "none of the lists of the name over it"
#: Why a column of another topic beside indicators across is not read (交付対象事業費（千円）, a
#: 達成率, 職員数): the words, after the topic named.
BESIDE_NAMES = "beside the indicators, none of them"
#: Least summed weight of a topic's votes that makes a name across the program's money or
#: staff: a strong word of the vocabulary (事業費: 3), or weaker ones together (区分 + 千円);
#: 観光消費額's 額, a synonym's half vote of 金額 (1.5), alone is not enough.
_TOPIC_NAMED = 2.0


def _beside_lists(
    grid: list[list[Cell | None]],
    heads: tuple[int, ...],
    outer: Cell,
    col: int,
    vocabulary: Vocabulary,
) -> bool:
    """Whether a column stands right under a name (``outer``) that spans other columns headed,
    right under it too, by its lists (``目標 | 実績 | 管内順位`` under KPI③), and its own heading
    names nothing itself (no indicator's word, no kind's, no longer than a short label): a
    figure of that indicator's, not a name (a KPI② beside KPI①'s lists under a group heading,
    基本目標1, is an indicator of its own)."""
    mine = _header_text(grid, heads, col)
    if len(mine) < 2 or mine[-2] is not outer:
        return False
    own = normalize_text(mine[-1].text).replace(" ", "")
    votes = column_votes(vocabulary, own)
    if (
        len(own) > _FIGURE_HEADING_CHARS
        or "indicator" in votes
        or any(k.startswith("kind.") for k in votes)
    ):
        return False
    for other in range(outer.col, outer.col + outer.colspan):
        over = _header_text(grid, heads, other) if other != col else []
        if (
            len(over) >= 2
            and over[-2] is outer
            and over[-1].col == other
            and set(column_votes(vocabulary, over[-1].text)) & {*_VALUE_ROLES, "estimate"}
        ):
            return True
    return False


#: Longest heading of a figure beside an indicator's lists under its name (``管内順位``).
_FIGURE_HEADING_CHARS = 8


def _years_again(
    grid: list[list[Cell | None]], labelled: list[tuple[int, Cell, CellEvidence]], col: int
) -> bool:
    """Whether a column prints each labelled row's year again as a bare western year
    (``2018`` beside ``30年度（基準）``), in every row that prints anything."""
    seen = 0
    for r, _label, e in labelled:
        cell = grid[r][col]
        if cell is None or cell.empty or cell.row != r:
            continue
        text = normalize_text(cell.text).replace(" ", "")
        year = e.period.fiscal_year or e.period.year if e.period is not None else None
        if year is None or text != str(year):
            return False
        seen += 1
    return seen >= 2


def _cell_text(grid: list[list[Cell | None]], r: int, col: int) -> str:
    """The text of the cell at a row and column ('' where none)."""
    cell = grid[r][col] if col < len(grid[r]) else None
    return cell.text if cell is not None else ""


#: A basic goal of the plan, numbered and named (``基本目標1　産業の活力を高め…``, ``基本目標Ⅲ
#: …``): the title of a group of the plan's indicators.
_NUMBERED_GOAL = regex.compile(
    r"基本目標[0-9０-９\u2160-\u216b\u2460-\u2473]{1,2}[\s:：.．、]*[^\s0-9０-９]{4,}"
)


def _headed_kind(vocabulary: Vocabulary, over: list[Cell], grouped: bool = False) -> str | None:
    """The kind the headings over a column name, the innermost that names one (``数値目標`` →
    kind.goal, ``重要業績評価指標（KPI）`` → kind.kpi); None where none does. Where the headings
    are ``grouped`` (_kind_of_groups), a numbered, named basic goal over names (刈谷: ``基本目標1
    産業の活力を高め…`` over ① and ②) groups them, as a 基本目標 band row groups the rows under
    it: it names no kind."""
    for cell in reversed(over):
        if grouped and _NUMBERED_GOAL.match(normalize_text(cell.text)):
            continue
        votes = column_votes(vocabulary, cell.text)
        named = [k for k in votes if k.startswith("kind.")]
        if named:
            return max(named, key=lambda k: votes[k][0])
    return None


def _described_rows(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    heads: tuple[int, ...],
    lo: int,
    value_cols: list[int],
    vocabulary: Vocabulary,
) -> tuple[dict[int, dict[int, str]], dict[int, frozenset[str]], tuple[int, ...]] | None:
    """Header rows under the names that describe each indicator's column, each labelled in
    the period column (高浜): a ``単位`` row of units (``千人 | 軒 | 人``), by row and column;
    below a names row, rows of short counting notes (``集計 | 7～8月計 | 年度末現在 | 延べ``)
    and the flags their words give each column (``延べ``: cumulative), and those rows. None
    where a labelled row says it is something else (a list, a period)."""
    units_by: dict[int, dict[int, str]] = {}
    flags: dict[int, frozenset[str]] = {}
    note_rows: list[int] = []
    named = False  # whether a row of names stands above
    for r in heads:
        label = grid[r][lo]
        own = [c for col in value_cols if (c := grid[r][col]) is not None and c.row == r]
        if label is None or label.row != r or label.col != lo or label.rowspan > 1 or not own:
            named = named or bool(own)
            continue
        votes = set(column_votes(vocabulary, label.text))
        e = ev[id(label)]
        if "unit" in votes:
            # (a cell that is no unit, a value or a year, leaves its column without one)
            units_by[r] = {
                c.col: u for c in own if c.colspan == 1 and (u := _labelled_unit(c.text, ev[id(c)]))
            }
            continue
        if (
            named
            and r > heads[0]
            and e.texty
            and e.period is None
            and not votes & {*_VALUE_ROLES, "estimate", "indicator"}
            and not any(ev[id(c)].value for c in own)
            and not any(
                set(column_votes(vocabulary, c.text)) & {*_VALUE_ROLES, "estimate", "indicator"}
                for c in own
            )
        ):
            note_rows.append(r)
            for c in own:
                flag = PREFIX_QUALIFIERS.get(normalize_text(c.text).replace(" ", ""))
                if flag == "cumulative":
                    flags[c.col] = flags.get(c.col, frozenset()) | {flag}
            continue
        named = True
    return units_by, flags, tuple(note_rows)


#: A bracket closing a name (its unit, ``（百万円）``), which says nothing of the name's topic.
_UNIT_CLOSING = regex.compile(r"[(（][^()（）]*[)）]\s*$")


def _measured_down(reading: RegionReading, vocabulary: Vocabulary) -> bool:
    """Whether a periods-down reading is of indicators whatever weak words of money or staff its
    headings hold: read as such, one of its rows is a baseline, and none of its names votes for
    another topic (事業費, 職員数 across would)."""
    if reading.layout is not Layout.PERIODS_DOWN:
        return False
    if not any(row.role == "values" and row.list == "baseline" for row in reading.rows):
        return False
    names = [c.header for c in reading.columns if c.role == "indicator"]
    return bool(names) and not any(
        _named_topics(vocabulary, n) & set(NOT_VALUE_TOPICS) for n in names
    )


def _named_topics(vocabulary: Vocabulary, name: str) -> set[str]:
    """The topics a name across votes for with a summed weight of ``_TOPIC_NAMED`` or more,
    without the bracket closing it: ④…の販売額（百万円）'s scale word names no topic, nor does
    観光消費額's 額 (東広島), money only through its synonym 金額, a half vote."""
    votes = column_votes(vocabulary, _UNIT_CLOSING.sub("", name))
    return {topic for topic, (weight, _) in votes.items() if weight >= _TOPIC_NAMED}


def _lists_before_periods(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    value_rows: list[int],
    lo: int,
    hi: int,
    vocabulary: Vocabulary,
) -> bool:
    """Whether every row of values names its list in the first column (基準値, 実績, 目標; a cell
    merged down over several rows names each) and its period in the second, names of values to
    their right (岩出: ``区分 | 年度 | ①観光入込客数（千人） …``)."""
    if lo + 2 >= hi or len(value_rows) < 2:
        return False
    for r in value_rows:
        listed, dated = grid[r][lo], grid[r][lo + 1]
        if listed is None or listed.empty or dated is None or dated.empty:
            return False
        if listed.col != lo or dated.col != lo + 1 or dated.row != r:
            return False
        if ev[id(listed)].period is not None or row_list(vocabulary, listed.text)[0] is None:
            return False
        if ev[id(dated)].period is None or ev[id(dated)].value:
            return False
    return True


#: Indicator evidence of a 単位 column whose cells are counters (ヵ所, 人, 件).
_UNITS_HELD = 1.0
#: Share of a 単位 column's cells that must be unit words, money's (円) excepted.
_UNITS_SHARE = 0.8


#: A word of one to three kana or kanji alone, as a 単位 column prints a counter (店舗, 軒, 区画).
_SHORT_COUNTER = regex.compile(r"\s*[\p{Han}\p{Katakana}\p{Hiragana}ー]{1,3}\s*")


def _units_column(
    grid: list[list[Cell | None]], heads: tuple[int, ...], body: list[int], lo: int, hi: int
) -> bool:
    """Whether a column headed 単位 holds counters in most body rows, none of them money's: the
    units of indicators' counts (ヵ所, 人), not a money table's 千円."""
    for col in range(lo, hi):
        over = _header_text(grid, heads, col)
        if not over or "単位" not in normalize_text(over[-1].text):
            continue
        texts = [t for t in _own_texts(grid, body, col) if t.strip()]
        if len(texts) < 2:
            continue
        # (一関: 回 | 店舗 under 単位: a short word under that heading is a counter too)
        units = [t for t in texts if unit_word(normalize_unit(t)) or _SHORT_COUNTER.fullmatch(t)]
        if any("円" in t for t in units):
            continue
        if len(units) >= _UNITS_SHARE * len(texts):
            return True
    return False


def _periods_down(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    heads: tuple[int, ...],
    value_rows: list[int],
    lo: int,
    hi: int,
    vocabulary: Vocabulary,
    topic: dict[str, float],
    kind: str | None,
) -> RegionReading | None:
    """Indicators in columns and the periods down the side: every row of values is labelled
    by a period in the first column (or in the second, the first naming each row's list: 岩出's
    ``区分 | 年度``, 実績 merged down beside 令和3–5年度), and the headings over the value columns
    are names."""
    lists_first = _lists_before_periods(grid, ev, value_rows, lo, hi, vocabulary)
    at = lo + 1 if lists_first else lo  # the column of the rows' periods
    labelled = []
    rates: list[str] = []
    for r in value_rows:
        cell = grid[r][at]
        if cell is None or cell.empty or cell.col != at:
            return None
        if _TOTAL_HEADING.search(
            without_closing_brackets(normalize_text(cell.text).replace(" ", ""))
        ):
            # 累計 under the years: the column's sum, no period's value; 3か年計（R3～R5） (門川)
            # names the years it sums
            continue
        if worked_out(cell.text, vocabulary):
            rates.append(normalize_text(cell.text))  # H30達成率, 進捗率 (秦野): how it went
            continue
        e = ev[id(cell)]
        if e.period is None and _self_dated_row(grid, ev, r, at, hi, vocabulary):
            labelled.append((r, cell, e))  # 目標値 | 40,000（H31） | 5（H31）: each cell's own
            continue
        if e.period is None or e.value or not _only_a_label(cell.text, vocabulary):
            return (
                None  # 令和2年国勢調査人口 names a quantity; a row label is 令和4年度, 目標（R7）
            )
        labelled.append((r, cell, e))
    if len({(e.period.fiscal_year, e.period.year) for _, _, e in labelled if e.period}) < 2:
        return None
    value_rows = [r for r, _, _ in labelled]  # (a rate row's cells, spanning lists, say no more)
    # 年度 | 区分 | names …: beside each period, the list its row gives (H28 | 目標, H28 | 実績)
    lists_by = lo if lists_first else _list_column(grid, labelled, lo + 1, hi, vocabulary)
    # 年度 | 数値の区分 (確定値, 速報値, 見込値) | names …: how final each row's figures are
    final_by = _finality_column(grid, labelled, lo + 1) if lists_by is None else None
    texts = [
        col
        for col in range(at + 1, hi)
        if col not in (lists_by, final_by)
        and _share(grid, ev, value_rows, col, lambda e: e.texty) >= 0.5
    ]
    if texts:
        return None  # names in the body (年度 | 指標名 | 目標値 …): one indicator a row
    value_cols = [
        col
        for col in range(at + 1, hi)
        if col not in (lists_by, final_by) and _share(grid, ev, value_rows, col, lambda e: e.value)
    ]
    # 和暦 | 西暦 (美幌: 30年度（基準） | 2018): each row's year printed again, no indicator's
    dated = [(r, cell, e) for r, cell, e in labelled if e.period is not None]
    again = [col for col in value_cols if _years_again(grid, dated, col)]
    value_cols = [col for col in value_cols if col not in again]
    # (刈谷: 基本目標１ … over its KPIs' names: groups of the plan, naming no kind)
    grouped = _kind_of_groups(grid, heads, lo, hi, vocabulary)
    names: dict[int, str] = {}
    lists: dict[int, str] = {}
    unread: dict[int, str] = {}  # columns under an indicator's name that are none of its lists
    beside: dict[int, tuple[str, str]] = {}  # columns of another topic beside the names
    kinds: dict[int, str | None] = {}  # the kind each column's headings name
    col_units: dict[int, str] = {}  # the unit a 単位 row under the names gives each column
    # 単位 | 千人 | 軒 and 集計 | 7～8月計 | 延べ under the names (高浜): rows that describe
    # each column, labelled in the period column, read apart from the names
    described = _described_rows(grid, ev, heads, at, value_cols, vocabulary)
    if described is None:
        return None
    units_by, notes_by, note_rows = described
    named_heads = tuple(r for r in heads if r not in units_by and r not in note_rows)
    for col in value_cols:
        over = _header_text(grid, named_heads, col)
        spanned_unit = bare_unit(over[-1].text) if len(over) > 2 else None
        if spanned_unit is not None and over[-1].colspan > 1:
            # KPI① 村内事業所への新規雇用者数 over 目標 | 実績 over （人） across both (大衡):
            # the unit of the name's lists, which the headings above name
            col_units[col] = spanned_unit
            over = over[:-1]
        if not over or over[-1].col != col or ev[id(over[-1])].period is not None:
            return None  # a period over a value column: the periods run across, not down
        labelled_unit = next((units[col] for units in units_by.values() if col in units), None)
        if labelled_unit is not None:
            votes = column_votes(vocabulary, over[-1].text)
            if not ev[id(over[-1])].texty or set(votes) & {*_VALUE_ROLES, "estimate"}:
                return None  # (a list's word over the unit: no name)
            names[col] = normalize_text(over[-1].text)
            col_units[col] = labelled_unit
            continue
        unit = bare_unit(over[-1].text)
        if unit is not None and len(over) > 1:
            # units on a header row of their own under the names (北大東: さとうきび生産量 over
            # （t）): the name with its unit
            name_cell = over[-2]
            if name_cell.col != col or name_cell.colspan != 1 or not ev[id(name_cell)].texty:
                return None
            if ev[id(name_cell)].period is not None:
                return None
            names[col] = f"{normalize_text(name_cell.text)}({unit})"
            # (矢祭: 活動指標 | 成果指標 over the names: each column's kind)
            kinds[col] = _headed_kind(vocabulary, over[:-1], grouped)
            continue
        votes = column_votes(vocabulary, over[-1].text)
        if not ev[id(over[-1])].texty and not set(votes) & {*_VALUE_ROLES, "estimate"}:
            return None  # (目標 | 実績 under a name are list words, not names: read below)
        kinds[col] = _headed_kind(vocabulary, over, grouped)
        # (a scale word closing the name, ③ふるさと納税寄附額（百万円） (上天草), names no topic)
        topics = _named_topics(vocabulary, over[-1].text)
        if topics & set(NOT_VALUE_TOPICS) and "indicator" not in votes and not kinds[col]:
            # 交付対象事業費（千円） beside the indicators: the program's money (not KPI③
            # 地域デジタル通貨の決済額（千円）, 磐梯, whose heading names an indicator), said
            beside[col] = (normalize_text(over[-1].text), min(topics & set(NOT_VALUE_TOPICS)))
            continue
        if set(votes) & {*_VALUE_ROLES, "estimate"}:
            # 目標値, 実績値 over a column: a list, the indicator's name spanning its lists above
            # it (南関: KPI① 加工品の販売額（千円） over 目標値 | 実績値), else no indicator
            outer = over[-2] if len(over) > 1 else None
            named = [r for r in _VALUE_ROLES if r in votes]
            if outer is None and len(over) == 1 and for_reference(over[-1].text):
                # （参考）単年度実績 beside 目標値（累計） | 実績値（累計） (精華): no list of it
                unread[col] = normalize_text(over[-1].text)
                continue
            if outer is None and len(over) == 1 and named and ev[id(over[-1])].period is None:
                # 年度 | 目標 | 実績 and no name in the table (牧之原's cards: the name is the
                # heading right above it): one nameless indicator's lists, read only where
                # every value column is such a list (checked below)
                names[col] = ""
                lists[col] = max(named, key=lambda k: votes[k][0])
                continue
            if (
                outer is None
                or outer.colspan < 2
                or not ev[id(outer)].texty
                or ev[id(outer)].period is not None
                or not named
            ):
                return None
            names[col] = normalize_text(outer.text)
            lists[col] = max(named, key=lambda k: votes[k][0])
            continue
        outer = over[-2] if len(over) > 1 else None
        if outer is not None and _beside_lists(grid, named_heads, outer, col, vocabulary):
            # 管内順位 beside 目標 | 実績 under KPI③ ふるさと寄附件数（件） (美幌): a figure of
            # the indicator's that is none of its lists, no indicator of its own
            unread[col] = f"{normalize_text(over[-1].text)} under {normalize_text(outer.text)}"
            continue
        names[col] = normalize_text(over[-1].text)
    value_cols = [col for col in value_cols if col in names]
    if not names:
        return None
    nameless = [col for col in value_cols if not names[col]]
    if nameless and (
        len(nameless) != len(value_cols) or len({lists[col] for col in nameless}) != len(nameless)
    ):
        return None  # (a list's word beside names, or one list twice: no card of one indicator)
    for col in value_cols:
        # （単位：千人） over ① | ②, （単位：千頭） over ③ (足寄): a heading over the names that
        # states the unit of the columns under it
        stated = next(
            (u for c in _header_text(grid, named_heads, col)[:-1] if (u := unit_note(c.text))),
            None,
        )
        if stated is not None and col not in col_units:
            col_units[col] = stated
    with_units = sum(
        bool(regex.search(r"[(（][^()（）]{1,8}[)）]$", n)) or col in col_units
        for col, n in names.items()
    )
    # Bare names (人口, 世帯数) are no evidence of indicators: a statistics table has them too;
    # rows that give a baseline or a target (基準値（R元）, 目標値（R7）, 海田) are, as years of
    # statistics have none.
    planned = any(
        row_list(vocabulary, cell.text)[0] in ("baseline", "target") for _, cell, _ in labelled
    )
    evidence = topic["indicator"] + 2.0 * with_units + (_PLANNED_ROWS if planned else 0.0)
    reasons = [
        f"{len(labelled)} rows of values are labelled by a period in column {at}; "
        f"{len(names)} value columns are headed by names ({with_units} with a unit)"
    ]
    reasons += [f"the row {label!r} gives rates, no period's values: not read" for label in rates]
    reasons += [
        f"the header row {normalize_text(_cell_text(grid, r, at))!r} gives each column's unit"
        for r in units_by
    ]
    reasons += [
        f"the header row {normalize_text(_cell_text(grid, r, at))!r} says how each column is "
        "counted: no name, no value"
        for r in note_rows
    ]
    layout = Layout.PERIODS_DOWN
    if evidence < MIN_INDICATOR_EVIDENCE:
        reasons.append(
            "values under names, but too little says they are indicators (indicator "
            f"evidence {evidence:g}, {MIN_INDICATOR_EVIDENCE:g} needed)"
        )
        layout = Layout.OTHER
    rows = []
    for r, cell, e in labelled:
        said = grid[r][lists_by] if lists_by is not None else None
        lst, flags = row_list(vocabulary, said.text if said is not None else cell.text)
        why = (f"its label names {lst}",) if lst else ("a bare period labels actuals",)
        label = normalize_text(cell.text)
        if said is not None:
            label = f"{label} {normalize_text(said.text)}"
        final = grid[r][final_by] if final_by is not None else None
        if final is not None and not final.empty:
            label = f"{label} {normalize_text(final.text)}"
            flags = flags | FINALITY_FLAGS.get(_finality(final.text) or "", frozenset())
        rows.append(RowReading(r, "values", lst or "actual", e.period, label, flags, why))
    # (幸田's 5年3月末 down the side, no era printed: read in the document's era, said)
    assumed = any(e.era_assumed for _, _, e in labelled)
    columns = [
        ColumnReading(
            at, "period", 3.0, None, 0.0, ("its cells are periods",), "", era_assumed=assumed
        )
    ]
    columns += [
        ColumnReading(
            col,
            "period",
            3.0,
            None,
            0.0,
            ("its cells print each row's year again, in the western calendar",),
            normalize_text(_cell_text(grid, heads[-1], col)) if heads else "",
        )
        for col in again
    ]
    columns += [
        ColumnReading(col, "ignore", 0.0, None, 0.0, (NONE_OF_ITS_LISTS,), text)
        for col, text in unread.items()
    ]
    columns += [
        ColumnReading(col, "ignore", 0.0, None, 0.0, (f"{said} {BESIDE_NAMES}",), text)
        for col, (text, said) in beside.items()
    ]
    if lists_by is not None:
        columns.append(
            ColumnReading(
                lists_by, "label", 3.0, None, 0.0, ("its cells name each row's list",), ""
            )
        )
    columns += [
        ColumnReading(
            col,
            "indicator",
            3.0,
            None,
            0.0,
            (
                f"a name spanning its lists heads a column of {lists[col]}s"
                if col in lists
                else "a name heads a column of values",
            ),
            names[col],
            flags=notes_by.get(col, frozenset()),
            listed=lists.get(col),
            kind=kinds.get(col),
            unit=col_units.get(col),
        )
        for col in value_cols
    ]
    confidence = 0.8 if layout is Layout.PERIODS_DOWN else 0.4
    if kind is not None and grouped:
        kind = None  # 刈谷: 基本目標1 … over its KPIs' names, the groups' word, not the columns'
    return RegionReading(
        lo,
        hi,
        layout,
        heads,
        tuple(r for r, _, _ in labelled),
        tuple(columns),
        confidence,
        tuple(reasons),
        kind,
        "side",
        tuple(rows),
    )


def _kind_of_groups(
    grid: list[list[Cell | None]], heads: tuple[int, ...], lo: int, hi: int, vocabulary: Vocabulary
) -> bool:
    """Whether every heading over the columns that names a kind is a numbered, named basic goal
    and one at least spans several names (刈谷: ``基本目標1　産業の活力を高め…`` over ① and ②,
    ``基本目標３`` over ⑤): groups of the plan, whose columns' indicators they name no kind of. A
    basic goal over each one name alone may be that goal's own measure (review 44)."""
    named = {
        id(c): c
        for r in heads
        for c in grid[r][lo:hi]
        if c is not None
        and not c.empty
        and any(k.startswith("kind.") for k in column_votes(vocabulary, c.text))
    }
    return (
        bool(named)
        and all(_NUMBERED_GOAL.match(normalize_text(c.text)) for c in named.values())
        and any(c.colspan > 1 for c in named.values())
    )


#: A finality word alone (``確定値``, ``速報``, ``見込み``): cells.FINALITY_FLAGS gives its flags.
_FINALITY = regex.compile(rf"(?P<word>{'|'.join(FINALITY_FLAGS)})み?値?")


def _finality(text: str) -> str | None:
    """The finality word a cell prints alone (``確定値``, ``速報``), else None."""
    m = _FINALITY.fullmatch(normalize_text(text).replace(" ", ""))
    return m.group("word") if m else None


def _finality_column(
    grid: list[list[Cell | None]], labelled: list[tuple[int, Cell, CellEvidence]], col: int
) -> int | None:
    """``col`` where, beside each row's period, every cell says how final the row's figures are
    (竹原: 確定値 | 速報値 | 見込値, a dash on the targets' row), two words at least; else None."""
    words = set()
    for r, _, _ in labelled:
        cell = grid[r][col] if col < len(grid[r]) else None
        if cell is None or cell.empty or dash_only(normalize_text(cell.text).replace(" ", "")):
            continue
        word = _finality(cell.text)
        if word is None:
            return None
        words.add(word)
    return col if len(words) >= 2 else None


def _list_column(
    grid: list[list[Cell | None]],
    labelled: list[tuple[int, Cell, CellEvidence]],
    col: int,
    hi: int,
    vocabulary: Vocabulary,
) -> int | None:
    """``col`` where, beside each row's period, its every cell names the list the row gives
    (基準値, 目標, 実績), and some period labels more than one row or the column names two lists
    or more; else None."""
    if col + 1 >= hi:
        return None
    periods = [(e.period.fiscal_year, e.period.year) for _, _, e in labelled if e.period]
    repeated = len(set(periods)) < len(periods)
    said: set[str] = set()
    for r, _, _ in labelled:
        cell = grid[r][col]
        if cell is None or cell.empty or cell.row != r or cell.col != col:
            return None
        listed = row_list(vocabulary, cell.text)[0]
        if listed is None or not (repeated or BARE_LIST.fullmatch(bare_label(cell.text))):
            # (目標達成 | 目標未達成 | 実績値確定 in an 評価 column, 計画初年度 in 備考: words that
            # open with a list's, no lists; a column of one row a year must print them alone,
            # review 47)
            return None
        said.add(listed)
    if len(set(periods)) == len(periods) and len(said) < 2:
        # one row a period, all of one list: no column of lists (上天草's 2019年度 | 基準値 …
        # 2024年度 | 目標値, one row a period, names three)
        return None
    return col


def _names_block(
    first: Cell, rest: list[Cell], ev: dict[int, CellEvidence], vocabulary: Vocabulary
) -> bool:
    """Whether a row opens a transposed block by its label (``成果指標名``, ``指標名``: the
    indicator's strongest vote) and a name beside it, whatever values further fields of the row
    print (``令和5年度目標値 | 23``)."""
    votes = vocabulary.votes(normalize_text(first.text).replace(" ", ""))
    if strongest_role(votes) != "indicator":
        return False
    return bool(rest) and ev[id(rest[0])].texty and not ev[id(rest[0])].value


def values_label(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a row's label names the indicator's values and no list of them (``値``,
    ``数値``, ``指標値``): each column's heading says which list its value is."""
    votes = vocabulary.votes(normalize_text(text).replace(" ", ""))
    return strongest_role(votes) == "values"


#: Period cells a row needs to be a block's row of periods.
_MIN_BLOCK_PERIODS = 2


def _blocks_apart(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    region: RegionReading,
    vocabulary: Vocabulary,
) -> list[RegionReading]:
    """Transposed blocks printed side by side (郡山: ``成果指標1 | name``, ``単位: | kg``,
    ``区分 | 平成25年度 | …`` three times across): one region a block, split where a row of
    periods prints its label again; the region as it is otherwise."""
    if region.layout is not Layout.BLOCKS:
        return [region]
    starts: list[int] = []
    for row in region.rows:
        if row.role != "periods":
            continue
        cells = _own_cells(grid, row.index, region.first_col, region.end_col)
        labels = [
            c.col
            for k, c in enumerate(cells)
            if ev[id(c)].period is None
            and k + 1 < len(cells)
            and ev[id(cells[k + 1])].period is not None
        ]
        if len(labels) > len(starts):
            starts = labels
    if len(starts) < 2:
        return [region]
    bounds = [region.first_col, *starts[1:], region.end_col]
    parts = [
        _blocks(grid, ev, list(region.body_rows), lo, hi, vocabulary, region.kind)
        for lo, hi in itertools.pairwise(bounds)
    ]
    return [p for p in parts if p is not None] or [region]


#: Roles of a heading that stands beside the years in a header row, never in a block's row of
#: periods.
_HEADED_LISTS = frozenset({"baseline", "unit"})


def _blocks(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    region_rows: list[int],
    lo: int,
    hi: int,
    vocabulary: Vocabulary,
    kind: str | None,
) -> RegionReading | None:
    """Transposed blocks: each block a name row, a row of periods, then rows of values whose
    first cell names their list (計画, 実績). Every row of values must be labelled so, under a
    row of periods."""
    rows: list[RowReading] = []
    period_seen = False
    era_assumed = False  # a row of periods printed without their era (25年度 … 30年度)
    for r in region_rows:
        cells = _own_cells(grid, r, lo, hi)
        if not cells:
            continue
        first, rest = cells[0], cells[1:]
        evs = [ev[id(c)] for c in rest]
        if sum(e.period is not None and not e.value for e in evs) >= _MIN_BLOCK_PERIODS:
            era_assumed = era_assumed or any(e.era_assumed for e in evs)
            if any(
                e.period is None and set(column_votes(vocabulary, c.text)) & _HEADED_LISTS
                for c, e in zip(rest, evs, strict=True)
            ):
                # 基準値 | 単位 | R4年度 | R5年度: a header of columns beside the years, over rows
                # that each list one kind (目標 / 実績); no block's row of periods
                return None
            rows.append(RowReading(r, "periods", label=normalize_text(first.text)))
            period_seen = True
            continue
        lst, flags = row_list(vocabulary, first.text)
        empty_list_row = lst is not None and period_seen and not rest
        if lst is None and _names_block(first, rest, ev, vocabulary):
            # 成果指標名 | name | 令和5年度目標値 | 23: the block's name, its final target beside
            once = {id(c): c for c in cells}.values()  # a merged name once
            rows.append(
                RowReading(r, "name", label=" | ".join(normalize_text(c.text) for c in once))
            )
            period_seen = False
            continue
        if period_seen and any(e.value for e in evs) and worked_out(first.text, vocabulary):
            continue  # 目標と実績の比較, 達成率 under a block's lists: worked out from them
        if any(e.value for e in evs) or ev[id(first)].value or empty_list_row:
            if lst is None and period_seen and values_label(first.text, vocabulary):
                # 値 under 年度 | 2015（平成27）年度 基準値 | 2021（令和3）年度 … (三浦's cards): a
                # row of the indicator's values, each column's heading naming its list
                rows.append(
                    RowReading(
                        r,
                        "values",
                        "actual",
                        None,
                        normalize_text(first.text),
                        frozenset(),
                        (f"its label ({normalize_text(first.text)}) names the values, its "
                         "columns' headings their lists (a bare year's the actual)",),
                    )
                )  # fmt: skip
                continue
            if lst is None or not period_seen or ev[id(first)].period is not None:
                return None
            rows.append(
                RowReading(
                    r,
                    "values",
                    lst,
                    None,
                    normalize_text(first.text),
                    flags,
                    (f"its label names {lst}",),
                )
            )
            continue
        rows.append(RowReading(r, "name", label=" | ".join(normalize_text(c.text) for c in cells)))
        period_seen = False  # a new block starts
    values = [x for x in rows if x.role == "values"]
    # (one row of values passes where a name row heads it and its label names the values, so
    # each heading of the row of periods names its list: 三浦's one card a table)
    carded = [x.index for x in rows[:1] if x.role == "name"] and all(
        values_label(x.label, vocabulary) for x in values
    )
    if len(values) < (1 if carded else 2):
        return None
    blocks = sum(x.role == "periods" for x in rows)
    columns = (
        ColumnReading(
            lo,
            "label",
            3.0,
            None,
            0.0,
            ("its cells name each row's list",),
            "",
            era_assumed=era_assumed,
        ),
    )
    return RegionReading(
        lo,
        hi,
        Layout.BLOCKS,
        (),
        tuple(x.index for x in rows),
        columns,
        0.8,
        (
            f"{blocks} blocks: a row of periods, under it {len(values)} rows of values "
            "labelled by their list (計画, 実績 …)",
        ),
        kind,
        "blocks",
        tuple(rows),
    )


def _body(
    table: Table,
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    row_roles: tuple[str, ...],
    heads: tuple[int, ...],
    lo: int,
    hi: int,
    period_cols: list[int],
) -> list[int]:
    """The body: the run of rows after the header whose value columns hold values or nothing.

    A row whose value columns hold words (an evaluation, a reason) ends it: the rest of the grid
    is a form printed below the table.
    """
    start = max(heads) + 1 if heads else 0
    out = []
    for r in range(start, table.n_rows):
        cells = [c for c in grid[r][lo:hi] if c is not None and c.row == r and not c.empty]
        if not cells:
            continue
        if r >= MAX_EVIDENCE_ROWS:
            out.append(r)  # past the weighed rows the body goes on to the table's end
            continue
        in_values = [c for c in cells if c.col in period_cols or c.col > min(period_cols or [hi])]
        words = [
            c
            for c in in_values
            if ev[id(c)].texty and len(normalize_text(c.text)) > 8 and c.colspan == 1
        ]
        spanning_words = [
            c
            for c in cells
            if ev[id(c)].texty and c.colspan > 1 and c.col < min(period_cols or [lo])
        ]
        no_values = not any(ev[id(c)].value for c in cells)
        if no_values and (words or spanning_words) and row_roles[r] != "name":
            shared = shared_names(cells)
            if any(prints_named_values(c, shared) for c in words):
                out.append(r)  # 相談件数：52件, ・HP閲覧件数 312,480件: values with their names
                continue
            one = len({id(c) for c in cells}) == 1  # (a spanning cell fills several places)
            if one and spanning_words and _values_follow(grid, ev, r + 1, lo, hi):
                continue  # 【算出方法】… across the row under each indicator: its note
            break
        out.append(r)
    return out


def _values_follow(
    grid: list[list[Cell | None]], ev: dict[int, CellEvidence], r: int, lo: int, hi: int
) -> bool:
    """Whether the next row with cells of its own, from ``r``, holds a value: a note row
    between two rows of values (三木's 【算出方法】 under each indicator) does not end the body,
    nor do headings one after another across the table (真庭: a 基本目標, then its 施策)."""
    for k in range(r, len(grid)):
        cells = [c for c in grid[k][lo:hi] if c is not None and c.row == k and not c.empty]
        if len({id(c) for c in cells}) == 1 and cells[0].colspan > 1 and not ev[id(cells[0])].value:
            continue  # a further heading across the table
        if cells:
            return any(ev[id(c)].value for c in cells)
    return False


#: Two list words of a heading joined by a slash (``目標／実績``, ``計画/実績``) or a middle dot
#: (``目標値・実績値``), or the second in brackets after the first (``実績値（29年度目標値）``).
_PAIRED_LISTS = regex.compile(
    r"(?P<a>[^\s/／・()（）]{1,6})\s*(?P<join>[/／・])\s*(?P<b>[^\s/／・()（）]{1,6})"
    r"|^(?P<a>[^/／()（）]{1,8})\s*[(（](?P<b>[^/／()（）]{1,12})[)）]$"
)


@dataclass(frozen=True)
class _PairedLists:
    """The two lists a heading names for the two values of each cell under it, the words that
    name them, and whether a middle dot joins them (a dot joins words of a name too, so only
    cells that label their halves by those words read as pairs)."""

    lists: tuple[str, str]
    words: tuple[str, str]
    dotted: bool


def _pair_lists(vocabulary: Vocabulary, header_cells: list[Cell]) -> _PairedLists | None:
    """The two lists a heading names joined by a slash (``H27年度（目標／実績）``: target,
    actual) or a middle dot (``目標値・実績値``), or with the second in brackets
    (``実績値（29年度目標値）``: actual, target), innermost heading first; None unless both
    halves name a list, and different ones."""
    for cell in reversed(header_cells):
        # (観光・交流 目標／実績: a dot between words of a name, then the lists' slash; every
        # start is tried, the matches overlapping)
        for m in _PAIRED_LISTS.finditer(normalize_text(cell.text), overlapped=True):
            halves = (m.group("a"), m.group("b"))
            votes = [column_votes(vocabulary, half) for half in halves]
            named = [[r for r in ("baseline", "target", "actual") if r in v] for v in votes]
            if any(len(n) != 1 for n in named) or named[0] == named[1]:
                continue
            # the list words the cells may label their halves by: the vocabulary's words the
            # halves print (R3目標 → 目標, 目標値 → 目標)
            words = (votes[0][named[0][0]][1][0], votes[1][named[1][0]][1][0])
            return _PairedLists((named[0][0], named[1][0]), words, m.group("join") == "・")
    return None


#: Two years in a heading's brackets, joined by a slash (``目標値（R5／R7）``).
_PAIRED_YEARS = regex.compile(
    r"^(?P<name>[^()（）]{1,8}?)\s*[(（]\s*(?P<a>[^()（）/／]{1,10}?)\s*[/／]\s*"
    r"(?P<b>[^()（）/／]{1,10}?)\s*[)）]$"
)


def _paired_years(
    vocabulary: Vocabulary, header_cells: list[Cell]
) -> tuple[str, Period, Period] | None:
    """The list a heading names and the two years in its brackets, the values of each printed
    in turn in its cells (``目標値（R5／R7）`` over ``650／760``: the targets of FY2023 and
    FY2025); None unless the heading names one list and each half one year, the first earlier."""
    for cell in reversed(header_cells):
        m = _PAIRED_YEARS.fullmatch(normalize_text(cell.text))
        if m is None:
            continue
        votes = column_votes(vocabulary, m.group("name"))
        named = [r for r in ("baseline", "target", "actual") if r in votes]
        first, second = find_period(m.group("a")), find_period(m.group("b"))
        if len(named) != 1 or first is None or second is None:
            return None
        if count_periods(m.group("a")) != 1 or count_periods(m.group("b")) != 1:
            return None
        if not 0 < year_of(first) < year_of(second):
            return None
        return named[0], replace(first, raw=m.group("a")), replace(second, raw=m.group("b"))
    return None


#: A cell that prints a rank (``1位``, ``第3位``, ``12位タイ``).
_RANK_CELL = regex.compile(r"第?[0-9]+\s*位(?:タイ)?")


def _ranks_beside(grid: list[list[Cell | None]], rows: list[int], col: int) -> bool:
    """Whether a column ranks the place among others beside rows that count in other units:
    most of its cells that print something other than a dash are ranks (``1位``), and most of
    their rows print no rank in any other cell (a row whose indicator is a rank does)."""
    ranked = 0
    printed = 0
    elsewhere = 0
    for r in rows:
        cell = grid[r][col] if col < len(grid[r]) else None
        if cell is None or cell.row != r or cell.col != col or cell.empty:
            continue
        text = normalize_text(cell.text).replace(" ", "")
        if classify(text) is CellClass.MISSING:
            continue
        printed += 1
        if _RANK_CELL.fullmatch(text) is None:
            continue
        ranked += 1
        elsewhere += any(
            "位" in c.text for c in grid[r] if c is not None and c is not cell and c.row == r
        )
    return ranked >= 2 and ranked * 2 > printed and elsewhere * 2 < ranked


def _share_pairs(
    grid: list[list[Cell | None]], rows: list[int], col: int, paired: _PairedLists | None = None
) -> float:
    """The share of a column's own non-empty cells that print two values (split_pair), or two
    labelled by the words of its heading (split_labelled_pair; under a dotted heading only
    those)."""
    texts = list(_own_texts(grid, rows, col))
    if not texts:
        return 0.0
    words = paired.words if paired is not None else None
    return sum(
        (words is not None and split_labelled_pair(t, words) is not None)
        or (not (paired is not None and paired.dotted) and split_pair(t) is not None)
        for t in texts
    ) / len(texts)


#: Columns right of a column of kind words looked at for the names beside them.
_NAMES_NEAR = 3
#: Longest label beside a row (``A``, ``①``, ``KPI1``); a name is longer.
_LABEL_TEXT_CHARS = 4


#: A heading and a gloss in brackets after it (``事業名（担当課）``).
_GLOSSED_HEAD = regex.compile(r"(?P<head>[^()（）]+)[(（](?P<gloss>[^()（）]+)[)）]")


def _names_right(grid: list[list[Cell | None]], rows: list[int], col: int) -> bool:
    """Whether a column close right of ``col`` holds names (words longer than a label): a
    column of 成果指標 / 活動指標 beside them says each row's kind; with none (南砺: 成果指標 |
    A | % | 52.3) it names the rows itself."""
    width = len(grid[0]) if grid else 0
    for other in range(col + 1, min(col + 1 + _NAMES_NEAR, width)):
        texts = list(_own_texts(grid, rows, other))
        named = sum(classify(t) is CellClass.TEXT and len(t) > _LABEL_TEXT_CHARS for t in texts)
        if texts and named * 2 >= len(texts):
            return True
    return False


def _progress_words(grid: list[list[Cell | None]], rows: list[int], col: int) -> bool:
    """Whether a column's cells are a few distinct short words without digits (達成, 順調,
    要努力): classes of progress, one a row."""
    texts = list(_own_texts(grid, rows, col))
    if len(texts) < 2 or len(set(texts)) > 6:
        return False
    return all(len(t) <= 5 and not regex.search(r"[0-9０-９]", t) for t in texts)


def _read_column(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    heads: tuple[int, ...],
    body: list[int],
    col: int,
    lo: int,
    vocabulary: Vocabulary,
    period_ev: CellEvidence | None,
    layout: Layout,
    shared: frozenset[tuple[int, str]] = frozenset(),
) -> ColumnReading:
    """Score each role for one column from its header words, content and position (``shared``:
    the header words every column shares, _shared_words)."""
    header_cells = _header_text(grid, heads, col)
    header = HEADING_SEPARATOR.join(normalize_text(c.text) for c in header_cells)
    scores = cast("dict[str, float]", Counter())  # float weights, as in _region_votes
    reasons: dict[str, list[str]] = {}

    def vote(role: str, weight: float, why: str) -> None:
        scores[role] += weight
        reasons.setdefault(role, []).append(f"{why} ({weight:+.1f})")

    depth = len(header_cells)
    headed: set[str] = set()
    unit_named = False
    for k, cell in enumerate(header_cells):
        inner = 1.0 if k == depth - 1 else 0.6  # the innermost header cell weighs most
        is_shared = _shared_word(shared, cell)
        stated = _STATED_UNIT.search(normalize_text(cell.text))
        in_names = _UNIT_IN_NAMES.fullmatch(normalize_text(cell.text).replace(" ", ""))
        for role, (weight, words) in _head_votes(vocabulary, cell.text).items():
            if role == "unit" and (stated or in_names):
                continue  # 単位：円 gives the unit of the values under it: no unit column
            if is_shared:  # 実績 over every year says less of each than 現状 over one
                vote(role, weight * inner * 0.5, f"header word {'/'.join(words)}, over many")
                continue
            vote(role, weight * inner, f"header word {'/'.join(words)}")
            if weight * inner >= 1.0:
                headed.add(role)
        if in_names:
            vote("indicator", 2.0 * inner, "its header says its names carry their unit")
            headed.add("indicator")
            unit_named = True
        if stated and normalize_unit(stated.group(1)) in CURRENCY:
            vote("money", 4.0 * inner, f"its header gives its values' unit {stated.group(1)}")
    glossed = (
        _GLOSSED_HEAD.fullmatch(normalize_text(header_cells[-1].text).replace(" ", ""))
        if header_cells
        else None
    )
    if (
        glossed is not None
        and "program" in column_votes(vocabulary, glossed.group("head"))
        and "department" in column_votes(vocabulary, glossed.group("gloss"))
    ):
        # 事業名（担当課） over 「さくらのまち日立」観光交流推進事業（観光物産課） (日立): the
        # programs' names, each with its department in brackets, read from the name
        vote("program", 1.0, "its heading names programs, their department in brackets")
    if header_cells and _judged_head(vocabulary, header_cells[-1].text):
        # 基本目標の評価 (勝山): a judgement of X, whose 目標 names no list of values under it
        for role in _VALUE_ROLES:
            if scores.get(role, 0) > 0:
                about = normalize_text(header_cells[-1].text)
                vote(role, -scores[role], f"its heading judges what it names ({about})")
    sample = [r for r in body if r < MAX_EVIDENCE_ROWS]
    own_texts = list(_own_texts(grid, sample, col))  # (the column's own cells, read once)
    types = [type_of(text) for text in own_texts]
    if len(types) >= 2 and all(types):
        # アウトカム（活動効果） | アウトプット（活動結果）: each row's indicator type
        typed = "its cells name each row's indicator type (アウトカム, アウトプット, インプット)"
        return ColumnReading(col, "type", 4.0, None, 0.0, (typed,), header)
    kinds = [row_kind(text) for text in own_texts]
    whole = any(normalize_text(t).endswith("指標") for t in own_texts)
    # (a kind of indicator the vocabulary does not know, 効率性指標 beside 成果指標 and 活動指標
    # (泰阜), is still a kind: the row reader reads it as the spec's default, with a warning)
    unknown = [t for t, k in zip(own_texts, kinds, strict=True) if k is None]
    known = len(kinds) - len(unknown)
    if (
        known >= 2
        and len(unknown) < known
        # (参考 beside 活動 and 成果, 小海: a row given for reference, which the reader leaves)
        and all(
            _UNKNOWN_KIND.fullmatch(normalize_text(t).replace(" ", "")) or reference_word(t)
            for t in unknown
        )
        and (not whole or _names_right(grid, sample, col))
    ):
        # 種別 | 成果 / 活動: each row's kind, the word its 成果指標 or 活動指標 would name
        said = "its cells name each row's kind (成果 → kpi, 活動 → activity)"
        return ColumnReading(col, "kind", 4.0, None, 0.0, (said,), header)
    if own_texts and all(normalize_text(t).replace(" ", "") in BOUND_WORDS for t in own_texts):
        # 水準 | 以上 / 以下 (奥州): which side of its target each row is to stay on
        said = "its cells say which side of the target to stay on (以上, 以下)"
        return ColumnReading(col, "bound", 4.0, None, 0.0, (said,), header)
    reference = next((c for c in header_cells if reference_figures(c.text)), None)
    if reference is not None:
        # （参考）香川県の目標値（R7） (土庄): another body's figures beside the indicator's;
        # （参考）改訂前の目標値 (三笠): targets a revision replaced
        said = (
            "its heading gives figures for reference, not the indicator's own list "
            f"({normalize_text(reference.text)})"
        )
        return ColumnReading(col, "ignore", 4.0, None, 0.0, (said,), header)
    # (the own heading, or the one over it where the own heading only brackets the years
    # compared: 前年度比 over (R5-R4), 宇美; not 目標と実績の比較 over 目標値（R5） | 実績値（R5）)
    worked = next(
        (
            c
            for k, c in enumerate(reversed(header_cells[-2:]))
            if _derived_heading(c.text)
            and (k == 0 or _COMPARED_YEARS.fullmatch(normalize_text(header_cells[-1].text)))
        ),
        None,
    )
    if (
        worked is not None
        and layout is Layout.ROWS
        and _share(grid, ev, sample, col, lambda e: e.value) >= 0.5
    ):
        # 目標達成に必要な年あたり増加数 (添田), 目標との差, 前年度比 over each row's numbers: a
        # figure worked out from the row's lists, none of them (over words, 向上 | 低下, a
        # judgement, read below)
        said = (
            f"its heading names a figure worked out from the row's values "
            f"({normalize_text(worked.text)})"
        )
        return ColumnReading(col, "ignore", 4.0, None, 0.0, (said,), header)
    ranked_by = next((c for c in header_cells if "順位" in normalize_text(c.text)), None)
    if (
        ranked_by is not None
        and not any(
            r in _VALUE_ROLES for c in header_cells for r in column_votes(vocabulary, c.text)
        )
        and _ranks_beside(grid, sample, col)
    ):
        # 県内順位（R5） over 1位 | 12位 beside rows in 億円 and 人 (平内): where the place
        # stands among others, no value of the row's indicator
        said = (
            f"its heading names a rank ({normalize_text(ranked_by.text)}) and its cells rank "
            "the place (N位) beside rows that count in other units"
        )
        return ColumnReading(col, "ignore", 4.0, None, 0.0, (said,), header)
    innermost = column_votes(vocabulary, header_cells[-1].text) if header_cells else {}
    if innermost and max(innermost, key=lambda r: innermost[r][0]) == "note":
        # 備考: remarks beside each row (事業終了につき、評価せず), neither names nor values
        said = f"its heading says it holds remarks ({normalize_text(header_cells[-1].text)})"
        return ColumnReading(col, "ignore", 3.0, None, 0.0, (said,), header)
    ratio = next((c for c in header_cells if "ratio" in _head_votes(vocabulary, c.text)), None)
    if ratio is not None and sum(is_value(classify(t)) for t in own_texts) * 2 > len(own_texts):
        # 達成度(R2) over 95%, 100%: how far the row's actual got to its target, not a value of
        # the indicator (its period heading does not make it that year's actual); over marks
        # (Ａ, Ｂ) it is a judgement, read below
        derived = f"its heading names a ratio of the row's values ({normalize_text(ratio.text)})"
        return ColumnReading(col, "ignore", 4.0, None, 0.0, (derived,), header)
    # ①②③ number the rows where the column has no heading of its own (指標名 over the marks
    # and the names beside them); under a heading of its own (KPI) they may be names' marks
    # (or a heading that only says it numbers them: No. over ① ② ③, 信濃)
    numbering = bool(header_cells) and bool(
        _NUMBERING_HEAD.fullmatch(normalize_text(header_cells[-1].text).replace(" ", ""))
    )
    marks = not header_cells or header_cells[-1].colspan > 1 or numbering
    # 指標項目 spanning the numbers and the names: numbers with gaps are the names' labels
    spanning = column_votes(vocabulary, header_cells[-1].text) if marks and header_cells else {}
    gaps = "indicator" in spanning and not any(r in spanning for r in _VALUE_ROLES)
    if (
        _ordinal(grid, sample, col, marks=marks, gaps=gaps, single=numbering)
        and not _values_left(grid, ev, sample, col, lo)
        # 2 | 3 under 施策目標 › 平成31年度: that year's values; 1 | 2 | 3 under 令和6年度 › No.
        # (東伊豆: the year in the corner over the numbers and the names): the rows' numbers
        and (period_ev is None or numbering)
    ):
        return ColumnReading(
            col, "label", 3.0, None, 0.0, ("its cells count the rows: 1, 2, 3 …",), header
        )
    if _numbered_labels(grid, sample, col):
        return _named_by_cells(
            col, "label", "its cells are one word numbered (指標①, 指標②): the rows' labels", header
        )
    if numbering and _outline_numbers(own_texts) and _names_beside(grid, ev, sample, col):
        # No. over 1-1 | 1-2 | 2-1 beside the names (上里): each row's own number in the plan's
        # outline, one a row, no program's printed again beside its indicators
        return _named_by_cells(
            col,
            "label",
            "its heading numbers the rows, its cells an outline's numbers, one a row",
            header,
        )
    if _codes(grid, sample, col):
        return _named_by_cells(
            col,
            "program_no",
            "its cells are codes: bare digits of one length, one code on several rows",
            header,
        )
    # (a heading that ends in a code's word: コード, 番号, ID)
    code_heading = bool(
        header_cells and own_texts and _CODE_HEADING.search(normalize_text(header_cells[-1].text))
    )
    if code_heading and all(regex.fullmatch(r"[0-9][0-9\-.]*", t) for t in own_texts):
        # 施策目標コード over 111, 114 (鳥羽): its own heading ends in a code's word, whatever
        # words before it vote (目標), and its cells are bare numbers: codes, no values
        return _named_by_cells(
            col,
            "program_no",
            "its heading ends in a code's word (コード, 番号) over bare numbers: codes",
            header,
        )
    if (
        code_heading
        and sum(bool(_ROW_CODE.fullmatch(normalize_text(t).replace(" ", ""))) for t in own_texts)
        >= _CODED_SHARE * len(own_texts)
        and _names_beside(grid, ev, sample, col)
    ):
        # 指標ID over LP2-01, LP2-02 (土浦): each row's code, beside the names (指標 in the
        # heading names the indicators it codes, not their names)
        return _named_by_cells(
            col,
            "label",
            "its heading ends in a code's word (ID, 番号) over letters and numbers: row codes",
            header,
        )
    if _lettered(own_texts) and not any(
        r in ("evaluation", "status", "ratio")
        for c in header_cells
        for r in column_votes(vocabulary, c.text)
    ):
        return _named_by_cells(
            col,
            "label",
            "its cells letter the rows in order (A, B, C …, from A again in each group)",
            header,
        )
    paired = _pair_lists(vocabulary, header_cells)
    if paired is not None and _share_pairs(grid, sample, col, paired) < 0.5:
        paired = None  # (a dotted pair of lists whose cells print no pairs: not one)
    pair = paired.lists if paired is not None else None
    dated_pair = _paired_years(vocabulary, header_cells) if pair is None else None
    if pair or (dated_pair and _share_pairs(grid, sample, col) >= 0.5):
        if pair is not None:
            pair_said = f"its cells print two values, {pair[0]} ／ {pair[1]} as its heading says"
            pair_period, halves_dated = (period_ev.period if period_ev is not None else None), None
        else:
            assert dated_pair is not None
            pair_list, first, second = dated_pair
            pair_said = (
                f"its cells print two {pair_list}s, of {first.raw} ／ {second.raw} as its "
                "heading says"
            )
            pair, pair_period, halves_dated = (pair_list, pair_list), None, (first, second)
        return ColumnReading(
            col,
            "pair",
            3.0,
            None,
            0.0,
            (pair_said,),
            header,
            pair_period,
            pair=pair,
            pair_periods=halves_dated,
            pair_words=paired.words if paired is not None else None,
            pair_labelled_only=paired is not None and paired.dotted,
        )
    values = _share(grid, ev, sample, col, lambda e: e.value)
    marked = _share(grid, ev, sample, col, lambda e: _MARK.fullmatch(normalize_text(e.text)))
    missing = _share(grid, ev, sample, col, lambda e: e.cls is CellClass.MISSING)
    if marked and marked + missing == 1:
        # ○ | × | Ａ | Ｂ under 改善・悪化 or 達成度, a － where nothing was judged: marks of a
        # judgement, even under a year; its － is no missing value
        return ColumnReading(
            col,
            "evaluation",
            3.0,
            None,
            0.0,
            (f"{marked:.0%} of its cells are marks (○, ×, Ａ), the rest dashes: a judgement",),
            header,
        )
    judged = _share(grid, ev, sample, col, lambda e: e.cls is CellClass.STATUS)
    sentenced = _share(grid, ev, sample, col, lambda e: status_sentence(e.text) is not None)
    if (
        sentenced >= 0.5
        and header_cells
        and "status" in column_votes(vocabulary, header_cells[-1].text)
    ):
        # 評価 over 目標値を達成しました。… (芦屋): each row's judgement says it in its first
        # sentence
        said = f"{sentenced:.0%} of its cells open with a sentence saying whether the target was"
        return ColumnReading(col, "status", 3.0, None, 0.0, (said + " reached",), header)
    if judged and judged + missing < 1 and _progress_words(grid, sample, col):
        # 達成 | 順調 | 要努力 down a column (進捗状況): progress classes, of which 達成 says
        # the target was reached (the others are no status: the records keep none)
        return ColumnReading(
            col,
            "status",
            3.0,
            None,
            0.0,
            (
                f"its cells are a few short progress words, {judged:.0%} of them saying the "
                "target was reached (達成)",
            ),
            header,
        )
    if judged and judged + missing == 1:
        # 達成 | 未達成 down a column (達成状況(H30)): each row's own word on its target
        return ColumnReading(
            col,
            "status",
            3.0,
            None,
            0.0,
            (f"{judged:.0%} of its cells say whether the target was reached (達成, 未達成)",),
            header,
        )
    texts = _share(grid, ev, sample, col, lambda e: e.texty)
    # (words only: a column of numbers is no list of labels nor of units, and is not weighed so)
    listed = (
        _share(grid, ev, sample, col, lambda e: row_list(vocabulary, e.text)[0] is not None)
        if texts
        else 0.0
    )
    if texts and listed >= 0.8:
        # 目標値 / 実績 / 当初 down a column: the label of each row's list, read with the rows
        return ColumnReading(
            col,
            "ignore",
            0.0,
            None,
            0.0,
            (f"{listed:.0%} of its cells {LIST_LABELS} (目標値, 実績): the rows' labels",),
            header,
        )
    units = (
        _share(grid, ev, sample, col, lambda e: _unit_word(e.text, vocabulary)) if texts else 0.0
    )
    if values >= 0.5 and scores.get("indicator", 0) > 0:
        # an indicator column holds names: a heading word (指標, KPI) over numbers is outvoted
        vote("indicator", -scores["indicator"], f"{values:.0%} of its cells are values, not names")
    if texts >= 0.5 and values < 0.5 and not _lists_values(grid, sample, col):
        # 目標項目 over 人口, 活力人口 … (小松): a list's word (目標) over names is outvoted too
        # (not over cells that list names with their values: 大田原's 実績)
        for role in _VALUE_ROLES:
            if scores.get(role, 0) > 0:
                vote(role, -scores[role], f"{texts:.0%} of its cells are words, not values")
    periods = _share(grid, ev, sample, col, _names_a_year)
    # 基準年度 | H26 … — : years and a dash for a row that has none, no value measured
    measured = _share(grid, ev, sample, col, lambda e: e.value and e.cls is not CellClass.MISSING)
    if periods < 0.8 and _asks_which_year(header):
        # 基準年度 | 2019 (茨城町, 府中), 把握年度 | 2024 (奈井江): bare years under a heading that
        # asks which year are each row's years, not values of 2,019
        years = _share(grid, ev, sample, col, _year_number)
        if years >= 0.5:
            periods = max(periods, years)
            measured = _share(
                grid,
                ev,
                sample,
                col,
                lambda e: e.value and e.cls is not CellClass.MISSING and not _year_number(e),
            )
    # (a dash where a row has no year yet: 東かがわ's 目標達成年度 R5 | ― | R4 | ― | R5)
    # (a dash alone: なし says more)
    dashes = _share(
        grid, ev, sample, col, lambda e: dash_only(normalize_text(e.text).replace(" ", ""))
    )
    dated_share = periods / (1 - dashes) if dashes < 1 else 0.0
    dating = (periods >= 0.8 or (dated_share >= 0.8 and periods >= 0.5)) and not measured
    if values and not dating:
        vote("value", 3 * values, f"{values:.0%} of its cells are values")
    if dating and layout is Layout.ROWS:
        # 目標年度 | 29年度: each row's own year, the period of the row's undated target
        vote("target_period", 2.5 * periods, f"{periods:.0%} of its cells are periods")
        if scores.pop("status", None) is not None:
            # 達成年度 | H29: the year the target is to be reached, no judgement of it
            reasons.setdefault("target_period", []).append("years are no status words")
        if scores.pop("indicator", None) is not None:
            # KPI › 目標月 | H28.3 (坂井): a heading over the names' columns too, whose word is
            # no evidence that a column of dates names anything
            reasons.setdefault("target_period", []).append("dates are no indicators' names")
    elif texts and units < 0.8:
        vote("indicator", 2 * texts, f"{texts:.0%} of its cells are words")
    if texts >= 0.5 and not units and scores.get("unit", 0) > 0:
        # 単位施策 over 4-1 観光の振興 (桑名): a heading's 単位 over titles, no units
        long_words = _share(grid, ev, sample, col, lambda e: e.texty and len(e.text.strip()) > 6)
        if long_words >= 0.5:
            vote("unit", -scores["unit"], f"{long_words:.0%} of its cells are too long for units")
    if units and texts:
        vote("unit", 2 * units, f"{units:.0%} of its cells are short unit words")
        agree, carried = _units_agree(grid, sample, col)
        if carried >= 2 and agree * 2 < carried:
            vote(
                "unit",
                -2 * units,
                f"its words are not the units its rows' values carry ({agree} of {carried})",
            )
    heading_cell = header_cells[-1] if header_cells else None
    if (
        units >= 0.8
        and heading_cell is not None
        and heading_cell.col < col
        and scores.get("indicator", 0) > 0
        # (units by the primitives' counters, not short names: 人口 | 出生数 | 世帯 are names)
        and _share(grid, ev, sample, col, lambda e: unit_word(e.text)) >= 0.8
        # (the column the heading starts over holds the names: words, not values nor a No.)
        and _share(grid, ev, sample, heading_cell.col, lambda e: e.texty and not e.value) >= 0.8
        and not _share(grid, ev, sample, heading_cell.col, lambda e: unit_word(e.text))
    ):
        # 成果指標 merged over the names and a column of 万t | 百万円 | 人 (四日市): the heading
        # names the column it starts over; this one, under it too, holds the rows' units
        vote(
            "indicator",
            -scores["indicator"],
            f"its heading starts over the column to its left, and {units:.0%} of its cells are "
            "units",
        )
    if unit_named and texts:
        # 目標（単位） over 不祥事事例等情報提供回数（回） (甲府): the names its header promises,
        # each with its unit in brackets
        bracketed = _share(grid, ev, sample, col, lambda e: _ends_in_unit(e.text))
        if bracketed >= 0.5:
            vote("indicator", 2.0 * bracketed, f"{bracketed:.0%} of its names end in a unit")
    if col == lo and texts:
        vote("indicator", 0.5, "it is the region's first column")
    if texts and len(sample) >= _GROUP_ROWS and _one_cell_over(grid, sample, col, vocabulary):
        # 活動目標（指標）及び達成状況 down the left of every row: the rows' group, no names
        vote("indicator", -scores.get("indicator", 0.0), "one cell spans all its rows")
        vote("group", 2.0, "one cell spans all its rows")
    if (
        # (the first column, or the first after the rows' numbers under a heading that names no
        # indicators: 塩谷's No. | 区分 | 成果目標; not 信濃's No. | KPI merged over its years)
        (
            col == lo
            or (
                col == lo + 1
                and _ordinal(grid, sample, lo, marks=True)
                and not (
                    header_cells and "indicator" in column_votes(vocabulary, header_cells[-1].text)
                )
            )
        )
        and texts
        and not scores.get("program")
        and _groups_rows(grid, sample, col, vocabulary)
    ):
        # 事業費 merged over 国庫支出金 | 一般財源 …, 活動指標 over ア | イ (志布志): the rows'
        # groups; the column beside names each row
        vote("indicator", -scores.get("indicator", 0.0), "its cells group the rows beside")
        vote("group", 2.0, "most of its rows lie under cells merged over rows named beside")
    if period_ev is not None:
        vote("value", 2.0, f"its header names a period ({normalize_text(period_ev.text)})")
    # A value column's list: the innermost header word that names one, else a bare period lists
    # actuals; 見込 is an estimate, a target under a 目標 heading that spans it.
    flags: frozenset[str] = frozenset()
    role_of_value = None
    # the innermost cell that names a role decides, a word every column shares (実績 under each
    # year) only where no cell of this column's own names one (現状 over 実績)
    inward = list(enumerate(reversed(header_cells)))
    for k, cell in sorted(inward, key=lambda kc: _shared_word(shared, kc[1])):  # (stable)
        # 計画1年目（H29） under 実績値: the plan's year by its place, its 計画 no list's word
        v = column_votes(vocabulary, named_period_inside(cell.text) or cell.text)
        if values >= 0.5 and "indicator" in v and not any(r in v for r in _VALUE_ROLES):
            # 数値目標 over values (ニセコ: 250人以下（H32）): the indicator's word hid the list's
            # word inside it (目標), and the values say the column is no indicator's
            v = {**column_votes(_without_indicator(vocabulary), cell.text), **v}
        named = [r for r in _VALUE_ROLES if r in v]
        if named and _judged_head(vocabulary, cell.text):
            continue  # 施策目標の達成状況: how the target went, values listed by their years
        if (
            named == ["target"]
            and "values" in v
            and cell.colspan > 1
            and set(v["target"][1]) <= set(v["values"][1])
        ):
            # 指標値の推移 spanning the years: the indicator's values year by year, not a list
            # of targets (its target has a column of its own, 目標値（H30年度）)
            continue
        if "estimate" in v:
            if "baseline" in v and v["baseline"][0] < v["estimate"][0]:
                # 当初見込み: a forecast, no baseline; a baseline's own word as strong as 見込 names
                # the list (笛吹: 現状（H23見込）, the baseline an estimate)
                named = [r for r in named if r != "baseline"]
            flags = frozenset({"estimate"})
            reasons.setdefault("value", []).append(
                f"header word {'/'.join(v['estimate'][1])} marks an estimate"
            )
            outer = [column_votes(vocabulary, c.text) for c in header_cells[: depth - 1 - k]]
            if any("target" in o for o in outer):
                role_of_value = "target"
                break
            if not named and any("baseline" in o for o in outer):
                # 基準値 over R6年度（見込） (宇土): the baseline, an estimate
                role_of_value = "baseline"
                break
            if not named:
                role_of_value = "actual"
                break
        if named:
            role_of_value = max(named, key=lambda r: v[r][0])
            if role_of_value == "target" and _YEARLY_HEADING.match(
                normalize_text(cell.text).replace(" ", "")
            ):
                # 年間目標 (檜原): a level each year, no year's; its values are annual
                flags = flags | {"annual"}
            break
    inner_votes = column_votes(vocabulary, header_cells[-1].text) if header_cells else {}
    if role_of_value is not None:
        # 関連予算（R7当初・千円） (徳之島): 当初 votes a baseline, 予算 and 千円 the program's
        # money more strongly: its own heading names money, its 当初 the budget's first
        # version (a cell across columns, 事業費 18,640千円, is a program's line, no heading)
        money = inner_votes.get("money", (0.0, ()))[0]
        if (
            header_cells[-1].colspan == 1
            and money >= MONEY_WORD_VOTE  # (予算 3, 補助金 2; not 区分 1, a word of many headings)
            and all(
                money > inner_votes[r][0] for r in (*_VALUE_ROLES, "estimate") if r in inner_votes
            )
        ):
            role_of_value = None
            flags = frozenset()
        else:
            inner_votes = {}
    inner_topic = [r for r in NOT_VALUE_TOPICS if r in inner_votes]
    if (
        inner_topic
        and period_ev is not None
        and values >= 0.5
        and names_an_evaluation_year(header_cells[-1].text)
        and not _grades(grid, sample, col)
    ):
        # H24評価 | H25評価 over numbers (豊橋's 政策分析): each year's evaluation's figures,
        # the indicator's values measured for it (a grade column holds words, not numbers)
        scores.pop(inner_topic[0], None)
        inner_topic = []
    if inner_topic and scores.get(inner_topic[0]):
        # R6 over 事業費: the year dates the program's money, whose numbers list no actuals
        scores.pop("value", None)
        reasons.setdefault(inner_topic[0], []).append(
            f"its own heading names {inner_topic[0]}, under the period: no indicator's values"
        )
    elif role_of_value is None and period_ev is not None:
        if _PLAN_END.search(normalize_text(header_cells[-1].text)) and any(
            "period_field" in column_votes(vocabulary, c.text) for c in header_cells[:-1]
        ):
            # 計画期間（R2～R6） over 最終年度 (大衡): the end of the plan's own period, whose value
            # is its target (not R2 | R3 | R4 under it, the years' values)
            role_of_value = "target"
            reasons.setdefault("value", []).append(
                "its heading names the plan's own period: a target for its end"
            )
        else:
            role_of_value = "actual"
            reasons.setdefault("value", []).append("a bare period heading lists actuals")
    if scores.get("value", 0) and role_of_value:
        scores[role_of_value] = scores.pop("value") + scores.get(role_of_value, 0)
        reasons[role_of_value] = reasons.pop("value", []) + reasons.get(role_of_value, [])
    if (not values or dating) and period_ev is None:
        # A value role needs values under it or a period over it: a heading word alone
        # (事業実績（C）over a column of names) is outvoted by what the column holds.
        for role in _VALUE_ROLES:
            if scores.pop(role, None) is not None:
                reasons.setdefault("ignore", []).append(
                    f"header votes {role} but no value is under it"
                )
    if values >= 0.5 and not texts and scores.get("unit", 0) > 0:
        # 単位コスト（R5・円） over 428,889 (坂戸): the cost of one unit of output, a number; a
        # unit column holds words
        vote("unit", -scores["unit"], f"{values:.0%} of its cells are values, no unit words")
    for noise in _NOT_COLUMN_ROLES:
        scores.pop(noise, None)
    if layout is Layout.NAME_ROWS and col == lo and not values:
        vote("group", 1.0, "a label spanning several name rows")
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] <= 0.5:
        return ColumnReading(col, "ignore", 0.0, None, 0.0, ("nothing votes for a role",), header)
    (role, score), *rest = ranked
    runner, runner_score = rest[0] if rest else (None, 0.0)
    why = tuple(reasons.get(role, []))
    return ColumnReading(
        col,
        role,
        score,
        runner,
        runner_score,
        why,
        header,
        period_ev.period if period_ev and role in _VALUE_ROLES else None,
        flags if role in _VALUE_ROLES else frozenset(),
        bool(period_ev and period_ev.era_assumed),
        headed=role in headed,
    )


#: A heading that names the end of a period over it (最終年度, 終期, 期末, 目標年度).
_PLAN_END = regex.compile(r"最終|終期|期末|目標年")


def _confidence(columns: tuple[ColumnReading, ...], layout: Layout) -> float:
    """How sure the reading is: the margin of each column's role over its runner-up."""
    relevant = [c for c in columns if c.role != "ignore"]
    if not relevant:
        return 0.0
    margins = [(c.score - c.runner_up_score) / c.score if c.score else 0.0 for c in relevant]
    has_name = any(c.role in ("indicator", "group") for c in columns) or layout is Layout.NAME_ROWS
    has_value = any(c.role in _VALUE_ROLES for c in columns)
    base = sum(margins) / len(margins)
    return round(base * (1.0 if has_name and has_value else 0.5), 2)


# --- one program a row: a flat export of evaluation sheets -----------------------------------

_SLOT_FIELD = regex.compile(
    r"^(?P<group>[\u2460-\u2473]?)[^\n]*?(?:\n|\s)*(?P<label>[\p{Katakana}])\s*[:：]\s*(?P<field>名称|単位)$"
)
_SLOT_VALUE = regex.compile(
    r"^(?P<group>[\u2460-\u2473])[^\n]*?(?:\n|\s)+(?P<label>[\p{Katakana}])$"
)
#: Header rows looked at for a program-per-row export's field names.
_EXPORT_HEADER_ROWS = 5


def _program_rows(
    table: Table, grid: list[list[Cell | None]], vocabulary: Vocabulary
) -> RegionReading | None:
    """A flat export (one program a row) whose header names indicator slots in pairs
    (``⑤ 活動指標 … ア：名称`` / ``ア：単位``) and their values in blocks of columns, each block's
    period printed over it (a workbook's text box: ``１年目（令和２年度実績）``)."""
    for h in range(min(_EXPORT_HEADER_ROWS, table.n_rows)):
        names: dict[str, ColumnReading] = {}
        columns: list[ColumnReading] = []
        for cell in (c for c in grid[h] if c is not None and c.row == h):
            text = cell.text.strip()
            m = _SLOT_FIELD.match(text)
            if m:
                slot = m.group("group") + m.group("label")
                role = "indicator" if m.group("field") == "名称" else "unit"
                votes = vocabulary.votes(text)
                kind = max(
                    (k for k in votes if k.startswith("kind.")),
                    key=lambda k: votes[k][0],
                    default=None,
                )
                reading = ColumnReading(
                    cell.col,
                    role,
                    4.0,
                    None,
                    0.0,
                    (f"header names slot {slot}'s {m.group('field')}",),
                    normalize_text(text),
                    slot=slot,
                    flags=frozenset({kind}) if kind else frozenset(),
                )
                columns.append(reading)
                if role == "indicator":
                    names[slot] = reading
        if len(names) < 2:
            continue
        for cell in (c for c in grid[h] if c is not None and c.row == h):
            m = _SLOT_VALUE.match(cell.text.strip())
            if not m or m.group("group") + m.group("label") not in names:
                continue
            over = next(
                (o for o in table.overlays if o.col <= cell.col < o.col + o.colspan and o.row <= h),
                None,
            )
            period = find_period(over.text) if over is not None else None
            votes = vocabulary.votes(over.text) if over is not None else {}
            value_role = max(
                (r for r in _VALUE_ROLES if r in votes), key=lambda r: votes[r][0], default=None
            )
            # over is None only where period is: the last test tells mypy, and never decides
            if period is None or value_role is None or over is None:
                columns.append(
                    ColumnReading(
                        cell.col,
                        "ignore",
                        0.0,
                        None,
                        0.0,
                        ("no period or list is printed over this block of values",),
                        normalize_text(cell.text),
                        slot=m.group("group") + m.group("label"),
                    )
                )
                continue
            columns.append(
                ColumnReading(
                    cell.col,
                    value_role,
                    4.0,
                    None,
                    0.0,
                    (f"the text printed over its block says {normalize_text(over.text)}",),
                    normalize_text(cell.text),
                    period=Period(period.fiscal_year, period.year, period.month, over.text),
                    slot=m.group("group") + m.group("label"),
                )
            )
        for cell in (c for c in grid[h] if c is not None and c.row == h):
            votes = vocabulary.votes(cell.text)
            fields = {
                r: v for r, v in votes.items() if r in ("program", "department", "program_no")
            }
            if fields and not _SLOT_FIELD.match(cell.text.strip()):
                role = max(fields, key=lambda r: fields[r][0])
                # the longest word decides between 事務事業名 and 基本事業名's 事業名
                strength = fields[role][0] + max(len(w) for w in fields[role][1]) / 10
                columns.append(
                    ColumnReading(
                        cell.col,
                        role,
                        strength,
                        None,
                        0.0,
                        (f"header word {'/'.join(fields[role][1])}",),
                        normalize_text(cell.text),
                    )
                )
        best: dict[str, ColumnReading] = {}
        for c in columns:
            if c.role in ("program", "department", "program_no") and (
                c.role not in best or c.score > best[c.role].score
            ):
                best[c.role] = c
        kept = tuple(
            c
            for c in columns
            if c.role not in ("program", "department", "program_no") or best.get(c.role) is c
        )
        body = tuple(r for r in range(h + 1, table.n_rows))
        return RegionReading(
            0,
            table.n_cols,
            Layout.PROGRAM_ROWS,
            (h,),
            body,
            tuple(sorted(kept, key=lambda c: c.index)),
            0.9,
            (f"{len(names)} indicator slots named in row {h}, one program a row",),
        )
    return None
