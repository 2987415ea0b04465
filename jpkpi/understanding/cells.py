"""What a data cell holds, read from its content: a name, a quantity, a period, a status word…

Row repair aligns cells to header columns by these classes rather than by position, since
extractions drop or add empty cells.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from enum import Enum

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.morphology import tokenize
from jpkpi.primitives.period import (
    ERA_PATTERN,
    Period,
    find_eraless_period,
    find_period,
    find_span,
    glossed_year,
    parse_period,
    without_periods,
    year_of,
)
from jpkpi.primitives.quantity import (
    COUNTERS,
    CUMULATIVE_PREFIXES,
    DASHES,
    FOOTNOTE_MARK,
    counter_of,
    parse_quantity,
)
from jpkpi.primitives.target import (
    DECREASE_WORDS,
    INCREASE_WORDS,
    TREND_WORDS,
    YEAR_BEFORE,
    Amount,
    parse_target_statement,
)
from jpkpi.primitives.text import RANGE_MARKS, fold_width, join_lines, normalize_text, split_label
from jpkpi.tables.model import Cell
from jpkpi.understanding.vocabulary import (
    KIND_WORDS,
    Kind,
    Role,
    current_vocabulary,
    header_kind,
    header_role,
    row_kind,
    strongest_role,
    voted_list,
)

#: Printed achievement words and what they mean. (``概ね達成`` is not one: a class of progress
#: below the target, 90 % of it in 遠野's legend, as 順調 is.)
STATUS_WORDS: dict[str, str] = {
    "達成": "achieved",
    "未達成": "not_achieved",
    "未達": "not_achieved",
    "未計測": "not_measured",
}
#: 種別 words and the indicator type they name.
TYPE_WORDS: dict[str, str] = {"アウトプット": "output", "アウトカム": "outcome"}
#: A bracketed part of a text (a gloss after a word, ``アウトカム（活動効果）``, ``目標（見込み）``,
#: which does not change what the word names; a heading's bracket, ``基準年度（西暦）``).
BRACKETED = regex.compile(r"[(（][^()（）]*[)）]")
#: The third link of a logic model: what the program puts in (its money, its staff), measured
#: by no indicator of the spec's (``インプット``, or in Japanese ``投入量``: 忠岡's 区分 column).
INPUT_WORDS = frozenset({"インプット", "投入量", "投入"})


def input_row_note(name: str) -> str:
    """The warning for a row typed インプット: what the program puts in (委託料, 円), measured by
    no indicator; it goes on the indicator above, and the row's list rows are skipped too."""
    return f"the input row {normalize_text(name)!r} was not read as an indicator"


def reference_row_note(row: str, mark: str) -> str:
    """The warning for a row its kind column marks as given for reference (小海's 区分 ``参考``),
    which both readers leave out; ``row`` says which row, as each reader can."""
    return (
        f"{row} is marked {normalize_text(mark)!r} in its kind column: given for reference, not "
        "read as an indicator"
    )


def typed_kind(kind: Kind, indicator_type: str | None, kind_named: bool) -> Kind:
    """A row's kind once its type is known: an output is an activity where nothing (a heading,
    a label over the names) names a kind."""
    if indicator_type == "output" and not kind_named and kind is Kind.KPI:
        return Kind.ACTIVITY
    return kind


def type_of(text: str) -> str | None:
    """The indicator type a 区分 cell names (``アウトカム（活動効果）`` → outcome), ``input``
    for ``インプット（活動）``; a bracketed gloss after the word does not count."""
    bare = BRACKETED.sub("", normalize_text(text)).replace(" ", "")
    bare = _TYPE_STAGE.sub("", bare)  # 最終アウトカム, 中間アウトカム: an outcome at its stage
    if bare in INPUT_WORDS:
        return "input"
    return TYPE_WORDS.get(bare)


#: A word before an indicator type that says at which stage of the logic model it stands.
_TYPE_STAGE = regex.compile(r"^(?:最終|中間|初期|直接|短期|中期|長期)(?=アウト)")


#: The words a department's name ends with (福祉課, 企画室, 観光センター, 教育委員会).
_DEPARTMENT_ENDS = "課|室|局|部|係|所|館|センター|委員会"
#: A department's name in square or lenticular brackets (``【保健課】``, ``［市民病院］``).
_DEPARTMENT = regex.compile(
    rf"[【\[［]\s*(?P<name>[^【】\[\]［］]*?(?:{_DEPARTMENT_ENDS}|病院|院))\s*[】\]］]"
)
#: A department's name, as a department column prints it (not an association or a company that
#: carries a program out: ``（一社）四万十市観光協会``).
DEPARTMENT_NAME = regex.compile(rf"[^()（）\s]{{1,20}}(?:{_DEPARTMENT_ENDS})")
#: A list's separators between department names (``経済部産業振興課，経済部農業課``).
_LISTED = regex.compile(r"\s*[,，、]\s*")


def names_departments(text: str) -> bool:
    """Whether a cell names only departments, one or a list (``科学技術・特区推進課``)."""
    parts = _LISTED.split(normalize_text(text))
    return all(DEPARTMENT_NAME.fullmatch(p) for p in parts)


#: A report form's field label (``【KPI達成】の場合 …``): what follows it is free text.
_FORM_LABEL = regex.compile(r"^[【\[［].{1,20}[】\]］].*(?:場合|記入|記述|取組内容|理由)")
#: A target written as prose starts with its number or horizon (``4年で…``, ``1.67（現状値）…``),
#: or with the year before it is set against (``前年比1,000台減``, ``前年並み``).
_STATEMENT_START = regex.compile(rf"^(?:[0-9]|年間|延べ|総額|累計|{YEAR_BEFORE}(?:比|並))")
#: A target written as a level and the act it counts (国頭: ``年間45万人の来訪``, ``延べ1.2万人の
#: 参加``, ``年間3件の創業``): the level is the target, the act a word of the indicator's name.
_LEVEL_OF_ACT = regex.compile(r"(?P<level>[^の]{0,12}?[0-9][^の]{0,12})の(?P<act>\p{Han}{2,4})")
#: Longest phrase read as a level and its act (a longer one is a sentence).
_ACT_PHRASE_CHARS = 30
#: An act's last character that makes it a measure, not an act (``65歳以上の就業率``,
#: ``10年の平均``): the phrase names an indicator.
_MEASURE_ACT = regex.compile(r"[数率額量費高値均計]$")
#: Counters of a date or a span, not of what an indicator counts (``4月1日現在``, ``10年の…``).
TIME_COUNTERS = frozenset({"日", "月", "年"})
#: A target that holds a level printed where a value goes (``現状維持``, ``現状値を維持``), maybe
#: with that level in brackets after it (龍郷: ``現状維持（14団体）``).
_HOLD_LEVEL = regex.compile(
    r"(?:現状|現在|基準|前年度?)(?:値|水準)?[をの]?維持(?:[(（][^()（）]*[0-9][^()（）]*[)）])?"
)
#: A value after a colon (``H28実績：648百万円``): what a heading never prints.
_COLON_VALUE = regex.compile(r"[:：]\s*[△▲\-]?[0-9]")
#: A direction word alone (増加, 減少): a target that says which way and no level.
_WAY_WORDS = INCREASE_WORDS | DECREASE_WORDS
#: How a unit cell's count is made, before its scale (``延べ千人``, ``累計百万円``).
_COUNTED_AS = regex.compile(r"^(?:延べ|延|累計)")
#: A gloss in brackets closing a unit cell (``（750ml換算）``): what the unit counts by.
_TRAILING_GLOSS = regex.compile(r"[(（][^()（）]{1,12}[)）]$")
_UNIT_LABEL = regex.compile(r"^[十百千万億兆]{1,3}[^\d十百千万億兆一二三四五六七八九〇]{1,3}$")
_BULLETED = regex.compile(r"^[・\-－•]|/")
_PROSE_START = regex.compile(r"^\s*[(（](?:目的|内容)[)）]")
_LONG_TEXT = 60
#: A horizon before a value heading (5ヵ年目標, 3年後目標, 10か年計画): the number counts years.
_HORIZON = regex.compile(r"[ヵカケヶか箇]?年[後間]?の?(?:目標|計画|実績|見込)")
#: A total or mean over years as a heading (橋本's ``3年間計``, ``5か年累計``, ``3年平均``): the
#: number counts years, as no value's unit is these words.
_YEARS_TOTAL = regex.compile(r"[ヵカケヶか箇]?年間?の?(?:計|合計|累計|小計|平均)")
#: Roles of a value column's heading: a "unit" naming one makes a heading of the cell.
_VALUE_HEADINGS = frozenset({Role.TARGET, Role.ACTUAL, Role.BASELINE})


class CellClass(str, Enum):
    """The kinds of content a cell can hold."""

    EMPTY = "empty"
    LABEL = "label"
    KIND = "kind"
    QUANTITY = "quantity"
    MISSING = "missing"
    PERIOD = "period"
    STATUS = "status"
    TYPE = "type"
    HEADER = "header"
    DEPARTMENT = "department"
    PROSE = "prose"
    FORM_LABEL = "form_label"
    DESCRIPTION = "description"
    STATEMENT = "statement"
    TEXT = "text"


def department_of(text: str) -> str | None:
    """The 所管課 named in a ``【…課】``-style marker, normalized; None when there is none."""
    m = _DEPARTMENT.search(normalize_text(text))
    return normalize_text(m.group("name")).replace(" ", "") if m else None


def strip_departments(text: str) -> str:
    """The text without its ``【…課】`` markers."""
    return normalize_text(_DEPARTMENT.sub(" ", normalize_text(text)))


#: While a document is read, each distinct cell text is classified once: the reader looks at a
#: cell several times, and a large table's distinct texts outnumber the shared cache (whose
#: cycling then made a 100,000-row table take twice as long).
_DOCUMENT_CLASSES: contextvars.ContextVar[dict[str, CellClass] | None] = contextvars.ContextVar(
    "jpkpi_document_classes", default=None
)


@contextlib.contextmanager
def remembering_classes() -> Iterator[None]:
    """Within the block, classify() remembers every text it has seen (one document's read)."""
    token = _DOCUMENT_CLASSES.set({})
    try:
        yield
    finally:
        _DOCUMENT_CLASSES.reset(token)


def classify(text: str) -> CellClass:
    """The class of a cell's content."""
    memo = _DOCUMENT_CLASSES.get()
    if memo is None:
        return _classify(text)
    cls = memo.get(text)
    if cls is None:
        cls = memo[text] = _classify(text)
    return cls


#: A year of a plan named by its place, its period in brackets (会津若松: ``計画1年目（H29）``,
#: ``5年目（R3見込）``; ``第2期（R2）``, ``初年度（H27）``).
_NAMED_PERIOD = regex.compile(
    r"(?:計画)?(?:第?[0-9一二三四五六七八九十]{1,2}(?:年目|年度目|年次|期末?)|初年度|中間年度?|最終年度?)"
    r"[(（](?P<period>[^()（）]{2,12})[)）]"
)


def named_period_inside(text: str) -> str | None:
    """The bracketed period of a heading that names a year of a plan by its place
    (``計画1年目（H29）`` → ``H29``, ``5年目（R3見込）`` → ``R3見込``): its 計画 names no list of
    targets; None for any other text."""
    m = _NAMED_PERIOD.fullmatch(normalize_text(text).replace(" ", ""))
    return m.group("period") if m is not None else None


#: A cell that repeats the value left of it in its row (椎葉: ``2,000 | 同左 | 同左`` under
#: H29 | H30 | H31): read as that value, ``raw`` as printed.
SAME_AS_LEFT = frozenset({"同左"})


#: A row named only by a rank, maybe in brackets (``（全国順位）``, ``県内順位``), under the
#: indicator it ranks.
_RANK_ROW = regex.compile(r"[(（]?[^()（）]{0,8}順位[)）]?")


def ranks_above(name: str, values: Iterable[str]) -> bool:
    """Whether a row named only by a rank (``（全国順位）``) and printing ranks (``1位``) gives
    the rank of the indicator above it (伊仙): no values of an indicator of its own."""
    return bool(_RANK_ROW.fullmatch(normalize_text(name).replace(" ", ""))) and any(
        normalize_text(v).endswith("位") for v in values
    )


def same_as_left(text: str) -> bool:
    """Whether a cell says it repeats the one left of it (``同左``): in a value column, that
    value (a text row's 同左 repeats words, and stays a word)."""
    return normalize_text(text).replace(" ", "") in SAME_AS_LEFT


#: A title numbered by a bare number and a space before its words (``3　活力・情報発信``), two
#: kanji at least among them (``5 ヘクタール`` is an area).
_NUMBERED_TITLE = regex.compile(
    r"[0-9]{1,2}\s+(?P<words>(?=(?:.*\p{Han}){2})[\p{Han}\p{Katakana}ー・]{4,})"
)


#: Words a count's thing opens or closes with (the counters, and 区 of 小学校区).
_COUNTED_ENDS = (*sorted(COUNTERS), "区", "校区")


def numbered_title(text: str) -> bool:
    """Whether a cell is a title numbered by a bare number and a space (``3　活力・情報発信``),
    its words opening and closing with no counter (``5 事業所``, ``3 小中学校``, ``2 観光施設``,
    ``4 小学校区`` count things, review 53)."""
    titled = _NUMBERED_TITLE.fullmatch(fold_width(text).strip())
    if titled is None:
        return False
    words = titled.group("words")
    return not (words.startswith(_COUNTED_ENDS) or words.endswith(_COUNTED_ENDS))


#: A unit that names what is measured, ending in a count's or a rate's noun after words of
#: its own (``日平均利用者数``, ``歳児健診受診率``): the text is an indicator's name.
_MEASURE_NAME = regex.compile(r"\p{Han}{2,}[数率]$")


#: Counters that are headings' words too (事業 over programs' names).
_HEADING_COUNTERS = frozenset({"事業"})


#: A fiscal year written as its first and last months (小林: ``2021.4～2022.3``; ``R3.4～R4.3``):
#: April of one year to March of the next.
_FISCAL_YEAR_SPAN = regex.compile(
    r"(?P<a>(?:19|20)[0-9]{2}|(?:R|H|令和|平成)[0-9元]{1,2})[./年]0?4月?[～~〜\-ー]"
    r"(?P<b>(?:19|20)[0-9]{2}|(?:R|H|令和|平成)[0-9]{1,2})[./年]0?3月?"
)


def _one_fiscal_year(text: str) -> bool:
    """Whether a span of months is one fiscal year (2021.4～2022.3; not 2021.4～2023.3)."""
    span = find_span(text)
    return span is not None and span[0].fiscal_year == span[1].fiscal_year is not None


@functools.lru_cache(maxsize=8192)
def _classify(text: str) -> CellClass:
    """The class of a cell's content (cached across documents for common texts)."""
    norm = normalize_text(text)
    if not norm:
        return CellClass.EMPTY
    bare = norm.replace(" ", "")
    if (bare in STATUS_WORDS and bare != "未計測") or checked_status(bare) is not None:
        return CellClass.STATUS
    if bare in TYPE_WORDS:
        return CellClass.TYPE
    if bare in KIND_WORDS:
        return CellClass.KIND
    named = _NAMED_PERIOD.fullmatch(bare)
    if named is not None and find_period(named.group("period")) is not None:
        return CellClass.PERIOD  # 計画1年目（H29）, 5年目（R3見込）: a year of the plan, by name
    if glossed_year(bare) is not None:
        return CellClass.PERIOD  # 2022（R4）, 2019（R元）: a year with its era name, no value
    if _FISCAL_YEAR_SPAN.fullmatch(bare) and _one_fiscal_year(bare):
        return CellClass.PERIOD  # 2021.4～2022.3 (小林): a fiscal year by its months, no range
    if numbered_title(text):
        return CellClass.TEXT  # 1　市民生活 (海老名's 分野): a numbered title, no 1 of a unit
    try:
        q = parse_quantity(text)
    except ParseError:
        pass
    else:
        if _UNIT_LABEL.match(_TRAILING_GLOSS.sub("", _COUNTED_AS.sub("", bare))):
            # 千円, 百万円: a unit heading in a 単位 column, not 1,000 yen; also with a gloss in
            # brackets after it (都農: 千本（750ml換算）) or how it is counted before (新上五島:
            # 延べ千人)
            return CellClass.TEXT
        if q.unit and _HORIZON.match(q.unit) and header_role(q.unit) in _VALUE_HEADINGS:
            return CellClass.HEADER  # 5ヵ年目標, 3年後目標: a horizon heading, not the quantity 5
        if q.unit and _YEARS_TOTAL.fullmatch(q.unit):
            return CellClass.HEADER  # 3年間計: the heading of a total over years, not 3 years
        if q.unit and q.unit.startswith("次") and header_role(q.unit[1:]) is not None:
            return CellClass.HEADER  # 1次評価, 2次評価: the first and second round's heading
        if q.unit and _MEASURE_NAME.search(q.unit):
            return CellClass.TEXT  # 1日平均利用者数, 3歳児健診受診率: a name opening with a digit
        return CellClass.QUANTITY if (q.value is not None or q.parts) else CellClass.MISSING
    if value_and_period(text) is not None:
        return CellClass.QUANTITY  # 1,500人(R2): a value with its period
    if split_arrow(text) is not None:
        return CellClass.QUANTITY  # 1.39（H24）→1.52（H31）: where a value starts and is to go
    if _keyed_text(norm):
        return CellClass.QUANTITY  # H27：1人 H28：1人, 目標 15 実績 17: keyed values
    try:
        parse_period(text)
    except ParseError:
        pass
    else:
        return CellClass.PERIOD
    labelled = split_label(text)
    if labelled.label and not labelled.text:
        return CellClass.LABEL
    if _STATEMENT_START.match(norm) or _HOLD_LEVEL.fullmatch(bare):
        statement = parse_target_statement(norm)
        if statement is not None and (
            statement.horizon_years or statement.change or statement.direction == "maintain"
        ):
            return CellClass.STATEMENT
        if level_of_act(bare) is not None:
            return CellClass.STATEMENT
    if bare in _WAY_WORDS:
        return CellClass.STATEMENT  # 増加 in a target cell: a target that says only which way
    if _FORM_LABEL.match(norm):
        return CellClass.FORM_LABEL
    if _DEPARTMENT.fullmatch(norm):
        return CellClass.DEPARTMENT
    if _PROSE_START.match(norm):
        return CellClass.DESCRIPTION  # a program's (目的)/(内容): never an indicator
    if len(norm) > _LONG_TEXT:
        return CellClass.PROSE
    if (
        len(bare) <= 16
        # (事業所 in a 単位 cell, 上里: a counter, whose 事業 names no program column)
        and (bare not in COUNTERS or bare in _HEADING_COUNTERS)
        and header_role(text) is not None
        and not _BULLETED.match(norm)
        and not _COLON_VALUE.search(norm)  # (参考)H28実績:648百万円: a note that gives a value
    ):
        return CellClass.HEADER
    return CellClass.TEXT


def counted_goal(text: str) -> Amount | None:
    """The level a target phrase states of something counted (``年間45万人の来訪``: 45万人;
    ``村人口の1%（約45人）の移住``: 1 %); None where it states none, a change (``10人の増加``), a
    span of its own (``5年間で延べ10人``), or a level of a date's counter (``4月1日``)."""
    statement = parse_target_statement(text)
    if statement is None or statement.change or statement.horizon_years:
        return None
    goal = statement.goal
    if goal is None or goal.value is None or not goal.unit:
        return None
    counter = counter_of(goal.unit)
    return goal if counter in COUNTERS and counter not in TIME_COUNTERS else None


def level_of_act(text: str) -> str | None:
    """The level of a target written with the act it counts (``年間45万人の来訪`` →
    ``年間45万人``); None where the text is no such phrase, its level is no count, or it
    states a change (``10人の増加``, ``20%の削減``) or a span of its own."""
    bare = normalize_text(text).replace(" ", "")
    m = _LEVEL_OF_ACT.fullmatch(bare) if len(bare) <= _ACT_PHRASE_CHARS else None
    if m is None or m.group("act") in TREND_WORDS or _MEASURE_ACT.search(m.group("act")):
        return None  # (10人の増加: a change to make, no level; 65歳以上の就業率: a name)
    if counted_goal(bare) is None:
        return None
    try:
        q = parse_quantity(m.group("level"))
    except ParseError:
        return None
    counter = counter_of(q.unit) if q.unit else None
    if q.value is None or counter not in COUNTERS or counter in TIME_COUNTERS:
        return None  # (1 農林産品の安定生産: a numbered title, no level of a counter)
    return m.group("level")


#: A level after a colon ending a name (``…の来訪者数：年間6万人``, ``…：5年間で延べ10人``).
_COLON_LEVEL = regex.compile(r"\s*[:：]\s*(?P<level>[^:：]{1,20})$")


def level_after_colon(name: str) -> regex.Match[str] | None:
    """The colon and the level that end a name where what follows the colon is a value or a
    target statement naming a level with its unit (a name's own words after a colon name no
    level, and a colon inside a bracket is the bracket's: ``（基準値：令和元年度末 3,921人）``)."""
    m = _COLON_LEVEL.search(name)
    if m is None or m.start() < 2:
        return None
    head = name[: m.start()]
    if head.count("(") + head.count("（") > head.count(")") + head.count("）"):
        return None
    # (交通：1日平均利用者数, 健康：3歳児健診受診率: a category, then a name that opens with a
    # number; its class says it is a name)
    cls = classify(m.group("level"))
    if cls is CellClass.QUANTITY:
        return m
    if cls is not CellClass.STATEMENT:
        return None
    statement = parse_target_statement(m.group("level"))
    goal = statement.goal if statement is not None else None
    return m if goal is not None and goal.value is not None and goal.unit else None


def is_value(cls: CellClass) -> bool:
    """Whether a class holds an observation's value (a number or a missing marker)."""
    return cls in (CellClass.QUANTITY, CellClass.MISSING)


#: A span of periods inside a value's parentheses (``2009～14年``).
_SPAN = regex.compile(rf"[^{RANGE_MARKS}]+[{RANGE_MARKS}][^{RANGE_MARKS}]+")
#: A span and what the value is over it (ニセコ: ``H27-31の合計``, the strategy's five years).
_SUMMED_SPAN = regex.compile(rf"(?P<span>.+?[{RANGE_MARKS}\-－].+?)(?:の)?(?:合計|累計|平均|計)")
#: A dated period (a month named) and a short note without digits after it.
_PERIOD_THEN_NOTE = regex.compile(r"(?P<p>.+?月(?:末|時点|現在)?)\s*(?P<note>[^\d()（）]{1,14})")
#: A year and nothing else, without its era: ``22年度``, ``3年``, ``24年度末``.
_BARE_YEAR = regex.compile(
    rf"\s*(?:\d{{1,2}}\s*[{RANGE_MARKS}]\s*)?(?:\d{{1,2}}|元)\s*年(?:度)?(?:末|平均)?\s*"
)
_VALUE_WITH_PERIOD = regex.compile(r"^(?P<value>.+?)\s*[(（](?P<period>[^()（）]+)[)）]$")
#: A period in brackets before the value, set off by a colon (神石高原: ``（H31まで）：28世帯``).
_PERIOD_THEN_VALUE = regex.compile(
    r"^[(（](?P<period>[^()（）]{2,12})[)）]\s*[:：]\s*(?P<value>\S.*)$"
    # （H30）38.5 (岡垣): without the colon, an era's year or a 年 (（2019）45.2% may be a count)
    r"|^[(（](?P<period>(?:[RHS]|令和|平成|昭和)[^()（）]{1,10}|[^()（）]{1,10}年度?)[)）]"
    r"\s*(?P<value>[0-9].*)$"
    # [H26] 16 (深谷): the year in square brackets before the value, a space between
    r"|^[\[［](?P<period>[^\[\]［］]{2,12})[\]］]\s*[:：]?\s*(?P<value>\S.*)$"
)
#: Text ending in more parenthesised groups than a value and its period ever have (a PDF font
#: without a Unicode map gives ``(cid:2057)(cid:2119)…``): not a value, and each group would
#: be one more level of recursion through _classify.
_MAX_GROUPS = 3


def _many_groups(text: str) -> bool:
    """Whether ``text`` ends in more than _MAX_GROUPS parenthesised groups (read from the end,
    so a long text costs no more than its last groups)."""
    end = len(text.rstrip())
    for _ in range(_MAX_GROUPS + 1):
        if end == 0 or text[end - 1] not in ")）":
            return False
        start = max(text.rfind("(", 0, end - 1), text.rfind("（", 0, end - 1))
        if start < 0 or any(c in text[start + 1 : end - 1] for c in "()（）"):
            return False
        end = len(text[:start].rstrip())
    return True


#: A period a value is to be reached by, then the value (``令和7年度までに50件/年``).
_DEADLINE_THEN_VALUE = regex.compile(
    r"(?P<period>(?:令和|平成|[RH])\s*(?:元|[0-9]{1,2})\s*年度?(?:末)?|[0-9]{4}\s*年度?(?:末)?)"
    r"(?P<by>まで(?:に)?)\s*(?P<value>[0-9].*)"
)


#: How final a figure is, in the words a sheet prints beside it (a bracket, a heading, a column
#: of its own), and the flags each gives (確定, 速報, 暫定: none, a first count is the year's
#: actual as F74-8 reads it; 見込: estimate).
FINALITY_FLAGS: dict[str, frozenset[str]] = {
    "確定": frozenset(),
    "速報": frozenset(),
    "暫定": frozenset(),
    "見込": frozenset({"estimate"}),
}


def figure_flags(word: str) -> frozenset[str]:
    """The flags a word naming what a figure is gives it, where a note or legend calls values so
    (``見込値``, ``推計値``: estimate; ``速報値``, ``暫定値``, ``基準値``: none)."""
    flags = {flag for said, gives in FINALITY_FLAGS.items() if said in word for flag in gives}
    if FORECAST_WORD.search(word):
        flags.add("estimate")
    return frozenset(flags)


#: The value lists a note's or legend's word names (``基準値は…``, ``目標値です``).
LIST_WORDS = {
    "目標値": "target",
    "目標": "target",
    "基準値": "baseline",
    "現状値": "baseline",
    "実績値": "actual",
}


def bracket_flags(period: Period) -> frozenset[str]:
    """The flags the words beside a value's own period say (``609,427人（令和元年見込）``: the
    year's forecast, ``estimate``; ``（R2速報値）``: none; ``（H27～H30累計）``:
    ``cumulative``), as a heading's or the cell's own would."""
    said = without_periods(normalize_text(period.raw))
    flags: set[str] = set()
    for word, gives in FINALITY_FLAGS.items():
        if word in said:
            flags |= gives
    if any(word in said for word in CUMULATIVE_PREFIXES):
        flags.add("cumulative")  # 鮫川: 28（H27～H30累計）, the total since H27
    return frozenset(flags)


def value_and_period(text: str, era: str | None = None) -> tuple[str, Period] | None:
    """A value printed with its period in parentheses (``3,823人(平成26年)``): the value's
    text and the period; None for any other text. With ``era``, a year printed without one
    (``54.6%（22年度）``) is read in it (the caller says so in a warning)."""
    led = _PERIOD_THEN_VALUE.match(normalize_text(text)) if text.lstrip()[:1] in "(（[［" else None
    if led is not None and is_value(_classify(led.group("value"))):
        # （H31まで）：28世帯, （H30）38.5 (岡垣): the period first, then the value
        try:
            period = parse_period(led.group("period"))
        except ParseError:
            return None
        return led.group("value"), replace(period, raw=led.group("period"))
    by = _DEADLINE_THEN_VALUE.fullmatch(normalize_text(text))
    if by is not None and is_value(_classify(by.group("value"))):
        # 令和7年度までに50件/年 (京都): the period a target is to be reached by, then the value
        try:
            period = parse_period(by.group("period"))
        except ParseError:
            return None
        return by.group("value"), replace(period, raw=by.group("period") + by.group("by"))
    # 9,884（R元）※ (下呂): a footnote's mark after the value's year, no part of it (the folded
    # text's characters stand one for one with the printed ones)
    footnote = FOOTNOTE_MARK.search(fold_width(text))
    text = text[: footnote.start()] if footnote is not None else text
    if not text.rstrip().endswith((")", "）")) or _many_groups(text):
        return None
    m = _VALUE_WITH_PERIOD.match(normalize_text(text))
    if m is None or not is_value(_classify(m.group("value"))):
        return None
    last = (m.group("value").split() or [""])[-1]
    if glossed_year(f"{last}({m.group('period')})") is not None:
        return None  # 基準値 2019（R元）: a heading's year with its era name, no value 2019
    if "予定" in m.group("period"):
        return None  # ―（R7調査予定） (多古): when the next survey is due, not the value's year
    if era is not None:
        bare = m.group("period")
        eraless = find_eraless_period(bare, era) if _BARE_YEAR.fullmatch(bare) else None
        return (m.group("value"), eraless) if eraless is not None else None
    try:
        period = parse_period(m.group("period"))
    except ParseError:
        # a period with a note after it: 87%（H28.6月調査結果）, 65.5万人（H29.3月住民基本台帳人口）
        found = _PERIOD_THEN_NOTE.fullmatch(m.group("period"))
        summed = _SUMMED_SPAN.fullmatch(m.group("period"))
        span = regex.sub(r"[\-－]", "～", summed.group("span")) if summed else m.group("period")
        spanned = find_period(span) if _SPAN.fullmatch(span) else None
        if spanned is not None:  # 25人（2009～14年）: measured over a span, dated by its end
            period = spanned
        elif found is None:
            return None
        else:
            try:
                period = parse_period(found.group("p"))
            except ParseError:
                return None
    return m.group("value"), Period(
        period.fiscal_year, period.year, period.month, m.group("period")
    )


#: The lists a row can name in a 区分 column: 目標 / 実績 / 基準 (and 計画, 見込 …).
_LIST_ROLES = {Role.TARGET: Role.TARGET, Role.ACTUAL: Role.ACTUAL, Role.BASELINE: Role.BASELINE}


#: A part's mark before a row's name (一戸: ``（内訳）奥中山地区``): the row gives a part of the
#: indicator named above it, no indicator of its own.
PART_MARK = regex.compile(r"^[(（]\s*内訳\s*[)）]")


def part_name(text: str) -> bool:
    """Whether a row's name says it is a part of the row above (``（うち電動アシスト付自転車）``,
    ``うち外国人``)."""
    return normalize_text(text).lstrip(" (（").startswith("うち")


#: A word where a unit would stand that names what a row measures and no counter (羅臼's 区分:
#: ``数量``, ``金額``, ``割合``; a line over the grid may give each its unit). ``件数`` and
#: ``人数`` count in 件 and 人.
MEASURE_WORD = regex.compile(r"数量|金額|割合|面積")


def status_word(text: str) -> bool:
    """Whether a cell says, in one of STATUS_WORDS, whether its target was reached (達成,
    未達成, or one of them ticked among check boxes): the row's printed status."""
    bare = normalize_text(text).replace(" ", "")
    return bare in STATUS_WORDS or checked_status(bare) is not None


#: A judgement's first sentence that says the target was reached, or not (芦屋's 評価 cells:
#: ``目標値を達成しました。`` over the reasons), and the status word it stands for.
_STATUS_SENTENCES = (
    (regex.compile(r"(?:目標値?(?:を|は))?達成(?:しました|した|しています|できました)"), "達成"),
    (
        regex.compile(
            r"(?:目標値?(?:を|は|に))?(?:達成(?:できませんでした|できなかった|していません|しません"
            r"でした)|届きませんでした|届かなかった)"
        ),
        "未達成",
    ),
)


def printed_status(text: str) -> str | None:
    """The printed status a status column's cell gives a row: the cell itself where it is a
    status word (達成, ■達成 □未達成), the first sentence where that says it alone
    (``目標値を達成しました。``); None otherwise. Both reading paths take it from here."""
    if status_word(text):
        return text
    sentence = status_sentence(text)
    return sentence[0] if sentence is not None else None


def status_sentence(text: str) -> tuple[str, str] | None:
    """The first sentence of a cell where it says alone whether the target was reached
    (``目標値を達成しました。``), as printed, and its status word (達成, 未達成); None otherwise."""
    lines = [x for x in normalize_text(text).splitlines() if x.strip()] or [""]
    first, stop, _ = lines[0].partition("。")
    for sentence, word in _STATUS_SENTENCES:
        if sentence.fullmatch(first.replace(" ", "")):
            return first + stop, word
    return None


#: Check boxes a form prints before each choice, filled and empty.
_FILLED_BOXES = "■☑☒✓✔"
_EMPTY_BOXES = "□☐"
_BOXED = regex.compile(
    f"(?P<box>[{_FILLED_BOXES}{_EMPTY_BOXES}])\\s*(?P<word>[^{_FILLED_BOXES}{_EMPTY_BOXES}\\s]+)"
)


def checked_status(text: str) -> str | None:
    """The status word ticked among a cell's check boxes (大田 ``■達成　□未達成``: 達成); None
    unless the cell is check boxes only, exactly one of them filled, its word a status word."""
    norm = normalize_text(text).replace(" ", "")
    if not norm or norm[0] not in _FILLED_BOXES + _EMPTY_BOXES:
        return None
    boxes = list(_BOXED.finditer(norm))
    if "".join(m.group(0) for m in boxes) != norm:
        return None
    ticked = [m.group("word") for m in boxes if m.group("box") in _FILLED_BOXES]
    if len(ticked) != 1 or ticked[0] not in STATUS_WORDS:
        return None
    return ticked[0]


#: One line of a cell that prints an indicator's name, then its value (``防犯灯の設置：2基``).
_NAMED_VALUE = regex.compile(r"(?P<name>[^:：]{2,40}?)\s*[:：]\s*(?P<value>\S.{0,30})")


#: A listed line that prints a name, then its value in brackets (南城: ``・斎場御嶽の入場者数
#: （40万人）``): a mark must lead it, and the bracket must hold a quantity (not a unit:
#: 人口（人）).
_BRACKETED_VALUE = regex.compile(
    r"[・●○◆◇■□•◦]\s*(?P<name>[^()（）]{2,40}?)\s*[(（]\s*(?P<value>[^()（）]{1,20}?)\s*[)）]"
)
#: Marks that lead a listed line (``・案内所利用者数　12,000人``).
LINE_MARKS = "・●○◆◇■□•◦"
#: One line that prints a name, a space and a value (``・案内所利用者数　12,000人``): a name
#: only where another cell of the row prints the same name (shared_names).
_SPACED_VALUE = regex.compile(rf"[{LINE_MARKS}]?\s*(?P<name>\S.{{1,40}}?)\s+(?P<value>\S{{1,20}})")


def _cell_lines(cell: Cell) -> list[str]:
    """A cell's non-blank lines, stripped."""
    return [x.strip() for t in cell.line_texts() for x in t.splitlines() if x.strip()]


def _spaced(line: str) -> tuple[str, str] | None:
    """A line's name and value where it prints ``name value`` (the value a quantity); None for
    a line that is itself a value (``年間 1,000人``, ``延べ 52人``: a qualifier, no name)."""
    norm = normalize_text(line)
    if is_value(classify(norm)):
        return None
    # the space before a value led by a word (``受講者数 延べ40人``, ``入場者数 約3万人``) is one
    # normalization drops between two Japanese characters: looked for in the printed spacing
    m = _SPACED_VALUE.fullmatch(norm) or _SPACED_VALUE.fullmatch(" ".join(fold_width(line).split()))
    if m is None:
        return None
    if is_value(classify(m.group("value"))) and not is_value(classify(m["name"])):
        return normalize_text(m.group("name")), m.group("value")
    return None


def name_before_value(cell: Cell) -> str | None:
    """The name a cell prints before its one value, a space between (``タブレット端末導入校数
    3校``, maybe wrapped before its value); None for any other cell."""
    lines = _cell_lines(cell)
    pair = _spaced(join_lines(lines)) if lines else None
    return pair[0] if pair is not None else None


def listed_values(cell: Cell) -> list[tuple[str, str, str]] | None:
    """Each line of a cell that lists ``・name value`` lines (大田原: ``・イベント来場者数
    6,000人``), as (name, value, line); None unless every line is led by a mark and ends in a
    value after a space."""
    lines = _cell_lines(cell)
    out = []
    for line in lines:
        if line[0] not in LINE_MARKS:
            return None
        spaced = _spaced(line[1:])
        if spaced is None:
            return None
        out.append((spaced[0], spaced[1], line))
    return out or None


def prints_named_values(cell: Cell, shared: frozenset[str] = frozenset()) -> bool:
    """Whether a cell prints indicators' values with their names, ``name：value`` lines
    (named_values) or ``・name value`` lines (listed_values): values, though words are many."""
    return named_values(cell, shared) is not None or listed_values(cell) is not None


def shared_names(cells: Iterable[Cell]) -> frozenset[str]:
    """The names that two or more cells of one row print before a value, a space between
    (与那原: ``・案内所利用者数　12,000人`` under 成果目標 and ``・案内所利用者数　10,480人`` under
    成果実績; 大崎's name wrapped over two lines, its value after it): the row's indicators,
    named in each cell beside their values."""
    seen: Counter[str] = Counter()
    for cell in cells:
        lines = _cell_lines(cell)
        pairs = [_spaced(line) for line in lines]
        if len(lines) > 1 and not all(pairs):
            pairs = [_spaced(join_lines(lines))]  # one name wrapped before its value
        seen.update({p[0] for p in pairs if p is not None})
    return frozenset(n for n, k in seen.items() if k >= 2)


def named_values(
    cell: Cell, shared: frozenset[str] = frozenset()
) -> list[tuple[str, str, str]] | None:
    """Each line of a cell that prints ``name：value`` lines, as (name, value, line); None
    unless every line is one (the value a quantity) and the names are not all periods or the
    words of a list (``H27：1人``, ``目標　15``: one indicator's values, keyed_lines). A line
    ``name value`` counts where its name is one of ``shared``, the names the row's other cells
    print beside their values; such a name wrapped over lines before its value (大崎) is one."""
    lines = _cell_lines(cell)
    out = _named_lines(lines, shared)
    if out is None and shared and len(lines) > 1:
        out = _named_lines([join_lines(lines)], shared)
    if out and keyed_lines(cell) is not None:
        return None
    return out or None


def named_values_noted(
    cell: Cell, shared: frozenset[str] = frozenset()
) -> list[tuple[str, str, str]] | None:
    """named_values, or the one ``name：value`` line a cell starts with where every line after
    it is a note in brackets (八重瀬: ``プランター設置率：100%`` over ``【5年間の設置目標に対す
    る…割合】`` and ``（5年間設置目標：800基 …）``): the notes say more of it, and name no
    indicator. A note that is a period alone (``（H30年度）``, the value's own year) is no such
    note: the cell is not read so."""
    lines = _cell_lines(cell)
    noted = len(lines) > 1 and all(
        bracket_note(x) and not _NUMBERED_LINE.match(normalize_text(x)) for x in lines[1:]
    )  # ((2)ハブ咬傷件数：5件（H28年度）: a second indicator, no note)
    if not noted:
        return named_values(cell, shared)
    if any(find_period(x) is not None and not _NOTE_WORDS.search(x) for x in lines[1:]):
        # 移住者数：120人 over （H30年度）: the value with its own year, as one line prints it
        return _named_lines(["".join(lines)], shared)
    first = _named_lines(lines[:1], shared)
    if first is None or keyed_lines(Cell(cell.row, cell.col, lines[0])) is not None:
        return None  # (目標：60人, H30：120人: one indicator's keyed values, no names)
    return first


#: Words of a note in brackets that make it more than a period (``（5年間設置目標：800基）``).
_NOTE_WORDS = regex.compile(r"[:：]|目標|実績|設置|割合|累計|計画")


#: A line opened by a list number (``(2)``, ``②``): an entry of its own, no note.
_NUMBERED_LINE = regex.compile(r"[(（][0-9０-９]{1,2}[)）]|[\u2460-\u2473]")
#: A line that is a note in brackets, whole.
_BRACKET_NOTE = regex.compile(r"[【(\[].*[】)\]]")


def bracket_note(line: str) -> bool:
    """Whether a line is a note in brackets, whole (``（H27：120匹）``, ``【…割合】``)."""
    return _BRACKET_NOTE.fullmatch(normalize_text(line)) is not None


def bare_names(cell: Cell) -> list[str]:
    """The names a cell lists without values, each line led by a mark and printing no number
    (南城: ``・周辺整備工事の完了`` under 活動目標 beside cells of ``・name（value）``); empty for
    any other cell."""
    lines = _cell_lines(cell)
    if not lines or not all(
        line[0] in LINE_MARKS and not regex.search(r"[0-9０-９]", line) for line in lines
    ):
        return []
    return [normalize_text(line[1:]).strip() for line in lines]


def _named_lines(lines: list[str], shared: frozenset[str]) -> list[tuple[str, str, str]] | None:
    """Each line's name and value (named_values), None unless every line prints one."""
    out = []
    for line in lines:
        m = _NAMED_VALUE.fullmatch(normalize_text(line)) or _BRACKETED_VALUE.fullmatch(
            normalize_text(line)
        )
        if m is None:
            spaced = _spaced(line) if shared else None
            if spaced is None or spaced[0] not in shared:
                return None
            out.append((spaced[0], spaced[1], line))
            continue
        name = m.group("name").strip()
        if not is_value(classify(m.group("value"))) or is_value(classify(name)):
            return None
        out.append((name, m.group("value"), line))
    return out


#: One line of a cell that keys its value: ``H27：1人``, ``R元：―``, ``目標　15``, ``実績 17``.
_KEYED_LINE = regex.compile(r"(?P<key>[^\s:：]{1,10}?)\s*(?:[:：]\s*|\s+)(?P<value>\S.{0,30})")
#: A key that is a period by itself (no name around it): ``H27``, ``R元``, ``2019年度``.
PERIOD_KEY = regex.compile(
    rf"(?:{ERA_PATTERN})\s?(?:[0-9]{{1,2}}|元)(?:年度?)?|(?:19|20)[0-9]{{2}}(?:年度?)?",
    regex.IGNORECASE,
)


def _line_key(key: str) -> Period | Role | None:
    """What a key before a value names: a period by itself (``H27``, ``R元``; ``raw`` the key)
    or a list's word (``目標``, ``実績``); None for anything else (a name)."""
    if PERIOD_KEY.fullmatch(key):
        try:
            return replace(parse_period(key), raw=key)
        except ParseError:
            return None
    # (目標達成率 80, 実績比 90: a ratio or a difference whose name opens with a list's word, no
    # key, review 47; 最終目標 300, 中間目標 are keys)
    if _LIST_WORD_THEN_MEASURE.match(bare_label(key)):
        return None
    return list_of(key)


#: The kana that label a list's items in order (ア, イ, ウ …).
KANA_ORDER = "アイウエオカキクケコサシスセソタチツテト"
#: The words of a total (``合計``, ``小計``).
TOTAL_WORD = r"合計|小計|総計|計"
#: A row's name that calls it a total (``合計``, ``小計``, ``合計（ア＋イ）``: the rows it adds up;
#: 笛吹: ``果樹３品目の出荷量（計）``, what it totals, then the word in brackets).
_TOTAL_NAME = regex.compile(
    rf"(?:{TOTAL_WORD})\s*(?:[(（][^()（）]{{1,20}}[)）])?|[^()（）]+[(（](?:{TOTAL_WORD})[)）]"
)


def total_name(text: str) -> bool:
    """Whether a row's name calls it a total (``計（イ＋ウ）``, ``合計``, ``出荷量（計）``)."""
    return _TOTAL_NAME.fullmatch(normalize_text(text).replace(" ", "")) is not None


#: A list's word alone, as a 区分 column or a key prints it (``基準値``, ``実績``, ``実績見込``).
BARE_LIST = regex.compile(r"(?:基準|目標|計画|実績|見込み?|予定|当初)(?:値|見込み?)?")
#: A list's word followed by what makes the words a measure of their own (``実績比``, ``目標差``,
#: ``目標達成率``).
_LIST_WORD_THEN_MEASURE = regex.compile(
    r"(?:基準|目標|計画|実績|見込み?|予定|当初)値?(?:比|差|達成|率|割合)"
)


def bare_label(text: str) -> str:
    """A label without its brackets and spaces (``実績（見込）`` → ``実績``)."""
    return BRACKETED.sub("", normalize_text(text)).replace(" ", "")


#: A slash between two keyed values on one line (``R5：11,000人／R6：13,000人``): before a key
#: and its colon.
_KEYED_SLASH = regex.compile(r"\s*[/／]\s*(?=[^\s:：/／]{1,10}[:：])")


def _keyed_text(norm: str) -> bool:
    """Whether a text is nothing but keyed values, ``key：value`` with a period for key
    (``H26：0人``, ``H27：1人 H28：1人``) or a list's word before a value (``目標 15 実績 17``)."""
    tokens = [
        t
        for part in _KEYED_SLASH.split(norm)
        for piece in _labelled_parts(part)
        for t in piece.split()
    ]
    if not tokens or not any(c.isdigit() for c in norm):
        return False
    i = 0
    while i < len(tokens):
        # (H27:1人, a period and its value; 目標14人, a list's word glued to its value; a
        # list's word before a colon is a named value's line, 基準値：3人（2014年度）, read
        # elsewhere)
        m = _KEYED_LINE.fullmatch(tokens[i]) if ":" in tokens[i] else None
        if m is None or not isinstance(_line_key(m.group("key")), Period):
            m = _glued_listed(tokens[i], len(tokens) > 1)
        if m is not None:
            value = m.group("value")
            i += 1
        elif i + 1 < len(tokens) and isinstance(_line_key(tokens[i]), Role):
            value = tokens[i + 1]
            i += 2
        else:
            return False
        if not is_value(_classify(value)):
            return False
    return True


def keyed_lines(cell: Cell) -> list[tuple[Period | Role, str, str]] | None:
    """Each line of a cell whose lines key one indicator's values, as (key, value, line): a
    period (上ノ国 ``H27：1人`` … ``R元：4人`` under 実績値の推移: a year series in one cell) or
    a list (大田 ``目標　15`` / ``実績　17`` under H27年度). None unless every line is keyed, by
    keys of one sort, its value a value or a dash."""
    lines = [x.text for x in cell.lines] if cell.lines else cell.text.splitlines()
    out: list[tuple[Period | Role, str, str]] = []
    # (西原: R5：11,000人／R6：13,000人, two keyed values on one line, a slash between)
    segments = [seg for x in lines for seg in _KEYED_SLASH.split(x)]
    if len(segments) == len(lines):
        # (目標 14 実績 15: two values keyed by their lists on one line)
        segments = [part for x in lines for part in _labelled_raw_parts(x)]
    for line in (x.strip() for x in segments):
        if not line:
            continue
        norm = normalize_text(line)
        # (目標14人: a list's word glued to its value, no space or colon between)
        m = _KEYED_LINE.fullmatch(norm) or _glued_listed(norm, len(segments) > 1)
        key = _line_key(m.group("key")) if m is not None else None
        if (
            m is None
            or key is None
            or not is_value(classify(m.group("value").strip()))
            # (目標－ 実績15人 cut nowhere: 実績15人 is the actual's, not the target's, review 48)
            or BARE_LIST.match(m.group("value").strip()) is not None
        ):
            return None
        out.append((key, m.group("value").strip(), line))
    if not out or len({isinstance(k, Period) for k, _, _ in out}) > 1:
        return None
    if len(out) == 1 and _ARROW_SIGN.search(out[0][1]) is not None:
        # (R2:100→R6:120 alone: where an arrow starts and where it goes, each end keyed by its
        # year, no one value of R2; R7:120→130 among R5:100, R6:110 lines stays the list's,
        # review 50)
        return None
    return out


def _glued_listed(text: str, among_others: bool) -> regex.Match[str] | None:
    """A list's word glued to the value it keys (``目標14人``, ``実績見込19人``): a number and a
    unit word, or a bare number where other keyed values stand beside it (``目標14 実績15``):
    ``目標1`` alone is a heading's number (the first goal), no target of 1."""
    m = _GLUED_LISTED.fullmatch(text)
    unit = m.group("unit") if m is not None else ""
    # (実績12月末, 計画5か年, 実績15人目標達成: a date, a span, words after the unit: no value
    # the word keys, review 48)
    if m is None or not (unit_word(unit) if unit else among_others):
        return None
    return m


def keyed_by_lists(text: str) -> bool:
    """Whether a cell's text is values keyed by their lists, two or more (``目標 14 実績 15``,
    ``実績 80`` over ``目標 100（R7）``): a year closing it is its last value's, not the cell's."""
    keyed = keyed_lines(Cell(0, 0, text))
    return keyed is not None and len(keyed) > 1 and not isinstance(keyed[0][0], Period)


#: A cell of two values joined by a slash (``6,000 ／ 5,214``, ``25.0 ／ ―``), or the second in
#: brackets after the first (``17,861人（16,507人）``).
_PAIRED_VALUES = regex.compile(
    r"(?P<a>[^/／]+?)\s*[/／]\s*(?P<b>[^/／]+)|(?P<a>[^()（）]+?)\s*[(（](?P<b>[^()（）]+)[)）]"
)


#: The sign of an arrow between two ends of a cell.
_ARROW_SIGN = regex.compile(r"→|⇒|➡|->")
#: Two values joined by an arrow: where a value starts and where it is to go.
_ARROW = regex.compile(r"(?P<a>[^→⇒➡]+?)\s*(?:→|⇒|➡|->)\s*(?P<b>[^→⇒➡]+)")


def split_arrow(text: str) -> tuple[str, str] | None:
    """The two ends of a cell ``1.39（H24）→1.52（H31）``: the value a target starts from and
    the target, each a value (with its period in brackets, or none); None for any other text
    (``高校の入学者数40人（2014年度）→…`` names an indicator, so it is no pair of values)."""
    norm = normalize_text(text).strip()
    if _ARROW_SIGN.search(norm) is None:
        return None
    m = _ARROW.fullmatch(norm)
    if m is None:
        return None
    ends = (m.group("a").strip(), m.group("b").strip())
    if not all(is_value(_classify(end)) for end in ends):
        return None
    return ends


def keyed_end(text: str) -> tuple[str, Period] | None:
    """An end of an arrow keyed by its year (``R2:100``, ``2020年度：10``): the value and that
    year; None for any other text."""
    keyed = keyed_lines(Cell(0, 0, text))
    if keyed is None or len(keyed) != 1 or not isinstance(keyed[0][0], Period):
        return None
    return keyed[0][1], keyed[0][0]


def split_pair(text: str) -> tuple[str, str] | None:
    """The two halves of a cell of two values joined by a slash or the second in brackets, each
    a value or a dash."""
    m = _PAIRED_VALUES.fullmatch(normalize_text(text).strip())
    if m is None:
        return None
    halves = (m.group("a").strip(), m.group("b").strip())
    for half in halves:
        cls = classify(half)
        if not (is_value(cls) or cls is CellClass.MISSING):
            return None
    return halves


#: The word of a list that opens a line of a cell (``目標``, ``実績値``, ``実績見込``).
_LIST_WORD = r"(?:目標|計画)値?|実績値?(?:見込み?)?|見込み?値?"
#: What parts a list's word from its value: a colon, a space, or nothing before a number
#: (``目標14人``: normalizing drops a space between kanji, and some sheets print none).
_LIST_WORD_END = r"(?P<sep>\s*[:：]\s*|\s+|(?=[-+△▲]?[0-9]))"
#: A line of a cell that opens with the list its value belongs to (さぬき: ``目標 14`` over
#: ``実績 15`` in a cell under ``平成28年度``): the list's word and the value.
_LISTED_LINE = regex.compile(rf"^\s*(?P<word>{_LIST_WORD}){_LIST_WORD_END}(?P<value>\S.*?)\s*$")
#: A list's word glued to the number it keys (``目標14人``, ``実績見込19``).
_GLUED_LISTED = regex.compile(
    rf"(?P<key>{_LIST_WORD})(?P<value>[-+△▲]?[0-9][0-9,.]*\s*(?P<unit>[^\s0-9]{{0,6}}))"
)
#: A list's word before a value, where a labelled value of a line begins.
_LISTED_KEY = regex.compile(
    # (目標－ 実績15人: a dash after the word is that list's missing value, review 48)
    rf"(?:{_LIST_WORD})(?=\s*[:：]\s*\S|\s+\S|[-+△▲]?[0-9]|[-－―ー—‐](?![0-9]))"
)
#: What a value ends with, where the next list's word may follow with no space
#: (``目標14人実績15人``: a digit, a sign, a bracket, or a unit's kanji or kana; normalizing
#: drops a space between kanji).
_VALUE_END = regex.compile(r"[\s0-9%％)）\p{Han}\p{Katakana}\p{Hiragana}]")


def listed_lines(lines: Sequence[str]) -> list[tuple[str, str, str, frozenset[str]]] | None:
    """Each labelled value of a cell as (list, raw, value, flags) where every line opens with a
    list's word, each list once, before a value or a dash (``目標 14`` / ``実績 15``, or both on
    one line: a target and an actual of the column's period; ``計画 8``, a target; ``実績 9``
    alone: an actual; ``実績見込 10``, an actual flagged a forecast); None elsewhere. A value
    that prints its own year (``目標 100（R7）``) keeps it where the caller reads it."""
    out: list[tuple[str, str, str, frozenset[str]]] = []
    parts = [part for x in lines for part in _labelled_raw_parts(x)]
    for line in parts:
        m = _LISTED_LINE.match(normalize_text(line))
        if m is None or (
            # (目標1 alone, 実績12月末: a glued word keys only what _glued_listed takes)
            not m.group("sep")
            and _glued_listed(normalize_text(line).strip(), len(parts) > 1) is None
        ):
            return None
        value, word = m.group("value"), m.group("word")
        kind = classify(value)
        if not (is_value(kind) or kind is CellClass.MISSING):
            return None
        listed = "target" if word.startswith(("目標", "計画")) else "actual"
        out.append((listed, line.strip(), value, list_flags(word)))
    if not out or len({listed for listed, _, _, _ in out}) != len(out):
        return None
    return out


def _labelled_parts(line: str) -> list[str]:
    """A line cut before each list word that follows a value (``目標 14 実績 15``,
    ``目標14人実績15人``: two parts); the line whole where it does not open with a list's word."""
    if _LISTED_LINE.match(line) is None:
        return [line]
    # (a list's word is found whole, so 実績見込19人 is not cut before 見込)
    starts = [m.start() for m in _LISTED_KEY.finditer(line) if m.start() > 0]
    cuts = [0, *(at for at in starts if _VALUE_END.match(line, at - 1)), len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(cuts)]


def _labelled_raw_parts(line: str) -> list[str]:
    """_labelled_parts of a line as printed: cut where its width-folded text is cut (one
    character for one, so full-width digits and spaces stay as printed)."""
    folded = fold_width(line)
    parts = _labelled_parts(folded)
    if len(parts) < 2:
        return [line]
    out, at = [], 0
    for part in parts:
        start = folded.index(part, at)
        out.append(line[start : start + len(part)])
        at = start + len(part)
    return out


def split_labelled_pair(
    text: str, words: tuple[str, str]
) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The two halves of a cell of two values, each after a label that opens one of the two
    list words of its heading (水上: ``目 1,000`` / ``実 640`` under ``目標値・実績値``), in the
    heading's order: each half's labelled text (its raw) and its value. None unless the cell
    opens with one word's label and the other's follows its value, each value a value or a
    dash, and the labels tell the words apart."""
    # (（目）1,000（実）640: a label in brackets, one that opens a word, is a label)
    flat = _BRACKETED_LABEL.sub(
        lambda m: m.group(1) + " " if any(w.startswith(m.group(1)) for w in words) else m.group(0),
        normalize_text(text),
    ).strip()
    first = _label_at(flat, 0, words)
    if first is None:
        return None
    which, size = first
    other = words[1 - which]
    for at in range(size + 1, len(flat)):
        second = _label_at(flat, at, (other,))
        if second is None:
            continue
        halves = (flat[:at].strip(), flat[at:].strip())
        values = (_after_label(halves[0], size), _after_label(halves[1], second[1]))
        classes = [classify(v) if v else None for v in values]
        if not all(k is not None and (is_value(k) or k is CellClass.MISSING) for k in classes):
            return None
        pairs = ((halves[0], values[0]), (halves[1], values[1]))
        return pairs if which == 0 else (pairs[1], pairs[0])
    return None


#: A short label in brackets before a value (``（目）``, ``(実)``).
_BRACKETED_LABEL = regex.compile(r"[(（]\s*([^\s()（）0-9]{1,4})\s*[)）]\s*")


def _after_label(half: str, size: int) -> str:
    """A labelled half's value: what follows its label of ``size`` characters and a colon."""
    return half[size:].strip().lstrip(":：").strip()


def _label_at(flat: str, at: int, words: tuple[str, ...]) -> tuple[int, int] | None:
    """Which of ``words`` a label at ``at`` opens, and the label's length: the longest opening
    of one word that the text prints there, and no other word's; None where none is printed
    or the label opens two words alike (目標 and 目安 share 目)."""
    best: tuple[int, int] | None = None
    for i, word in enumerate(words):
        size = next((n for n in range(len(word), 0, -1) if flat.startswith(word[:n], at)), 0)
        if size and (best is None or size > best[1]):
            best = (i, size)
        elif size and best is not None and size == best[1]:
            return None
    return best


#: The marks a form prints for a judgement (○, ×, ◎ …).
MARKS = "○◎◯●△▲×✕☓"
#: Marks that tick a row's box among choices (○, 〇, ◯, ●, ✓, ✔, レ).
TICKS = "○〇◯●✓✔レ"


def is_tick(text: str) -> bool:
    """Whether a cell prints a tick alone (``○`` under 見込み: that choice is the row's)."""
    bare = normalize_text(text).replace(" ", "")
    return len(bare) == 1 and bare in TICKS


#: A mark and the words a legend defines it by (``○目標達成``, ``×：目標未達成``).
#: (a mark in brackets after its word, ``「達成」・・・「◎」``, defines nothing after it)
_LEGEND_ENTRY = regex.compile(
    f"(?P<m>[{MARKS}]|(?<![A-Za-z0-9])[A-E](?=\\s*[:：]))(?![」』)）\\]])\\s*[:：=＝・…]*\\s*"
    f"(?P<d>[^\\s{MARKS}/／,、「」『』]+)"
)

#: A legend entry that prints the words first and the mark after, each in brackets (与那原:
#: ``「達成」・・・「◎」　「未達成」・・・「未」``): the mark may be a character of its own.
_LEGEND_REVERSED = regex.compile(
    r"「(?P<d>[^「」]{1,12})」\s*[:：=＝・…→]+\s*「(?P<m>[^「」\s]{1,2})」"
)


def status_legend(texts: Iterable[str]) -> dict[str, str]:
    """The marks a legend line defines by whether a target was reached (``達成度：○目標達成
    ×目標未達成 ー評価不能``: ○ achieved, × not_achieved), from lines that define at least two
    marks; a mark defined otherwise (評価不能, 進捗なし) or twice differently is left out."""
    meanings: dict[str, set[str | None]] = {}
    for text in texts:
        norm = normalize_text(text)
        for m in _MARK_AS_SHARE.finditer(norm):
            # (飯豊: ※「○目標値と同等」は、目標値の95％以上100％未満: a mark a note makes a share
            # below all of the target, whatever its legend's words say)
            meanings.setdefault(m.group("m"), set()).add("not_achieved")
        entries = [
            *_LEGEND_ENTRY.finditer(norm),
            *_LEGEND_REVERSED.finditer(norm),
            *_LEGEND_BRACKETED.finditer(norm),
        ]
        if len(entries) < 2:
            continue
        line: dict[str, str | None] = {}
        shares: set[str] = set()
        for m in entries:
            line[m.group("m")] = _legend_meaning(m.group("d"))
            if _SHARE_BELOW.search(m.group("d")):
                shares.add(m.group("m"))
        reached = [mark for mark, meaning in line.items() if meaning == "achieved"]
        said_reached = any(
            line[m.group("m")] == "achieved" and "達成" in m.group("d") for m in entries
        )
        for m in entries:
            words = m.group("d")
            if line[m.group("m")] is None and "達成" not in words and _FELL_SHORT.search(words):
                # (諫早: B：R6目標値を下回った beside A：R6目標値を達成)
                line[m.group("m")] = "not_achieved" if said_reached else None
        # (評価 ○：目標を達成 ×：未達成　進捗 A：進捗率80%以上: two scales on one line, marks and
        # letters; a share on one scale says nothing of the other's reached mark, review 46; a
        # mark defined by neither, 藤里's ◎：重点KPI, is on no scale)
        scaled = {mark for mark, meaning in line.items() if meaning is not None or mark in shares}
        one_scale = len({mark.isascii() for mark in scaled}) == 1
        if len(reached) == 1 and one_scale:
            # A：目標を達成 B：目標の80%以上 C：目標の80%未満 (三種, 稲沢; ◎ ○ △ in 安八, 能代):
            # one mark is the target reached, so a share of it below 100% is a mark of one not
            # reached (概ね達成 or 一部達成 says no share, and stays unread, F15-22)
            # (岡垣: A：R6目標値を達成 B：目標値に届かないが基準値より改善 C：基準値より悪化:
            # worse than the baseline is short of a target set at or beyond it)
            for m in entries:
                if line[m.group("m")] is None and (
                    _SHARE_BELOW.search(m.group("d")) or _WORSE_THAN_BASE.search(m.group("d"))
                ):
                    line[m.group("m")] = "not_achieved"
        for mark, meaning in line.items():
            meanings.setdefault(mark, set()).add(meaning)
    letters = {mark: found for mark, found in meanings.items() if mark.isascii()}
    if any(len(found) != 1 or None in found for found in letters.values()):
        # A：目標を大きく上回る B：概ね達成 …: letters that grade a degree are a grade scale, no
        # status, though one letter means the target reached
        meanings = {mark: found for mark, found in meanings.items() if mark not in letters}
    return {
        mark: meaning
        for mark, found in meanings.items()
        if len(found) == 1 and (meaning := next(iter(found))) is not None
    }


#: A legend entry with its words in brackets after the mark (田上: ``○（達成）×（未達成）を付す``;
#: ``A（拡充）、B（現状維持）、C（縮小）で示す``, another scale the same letters grade, whose words
#: then leave a letter defined twice differently, review 48).
_LEGEND_BRACKETED = regex.compile(
    rf"(?P<m>[{MARKS}]|(?<![A-Za-z0-9])[A-E])\s*[(（](?P<d>[^()（）]{{1,16}})[)）]"
)
#: A note that makes a mark a share below all of the target (飯豊: ``※「○目標値と同等」は、
#: 目標値の95％以上100％未満です``; ``※○は目標値の95%以上100%未満``): the mark.
_MARK_AS_SHARE = regex.compile(
    # (what stands between the mark and は is its own words: no other mark, colon or space)
    rf"[「『]?(?P<m>[{MARKS}]|(?<![A-Za-z0-9])[A-E](?![A-Za-z0-9]))"
    rf"[^「」『』。:：\s{MARKS}]{{0,12}}?[」』]?\s*"
    r"(?:は|[:：])\s*、?\s*(?:目標値?の)?\s*(?:[0-9]{1,2}\s*[%％]\s*以上\s*)?"
    r"(?:[0-9]{1,2}|100)\s*[%％]\s*未満"
)


#: Words of a legend's definition that make it a forecast or a judgement, not a result
#: (東近江: ``△目標の達成には取組の強化が必要``, what it takes to reach the target; 田上:
#: ``○・×（H30単年度目標の達成状況）``, what the marks judge).
_NOT_A_RESULT = ("見込", "困難", "可能", "できる", "予定", "努力", "必要", "状況")
#: 達成 denied (弘前: ``×:目標を達成できない``, ``達成していない``, ``達成せず``): not achieved.
_NOT_REACHED = regex.compile(
    # (岡垣: B：目標値に届かないが基準値より改善, the target not reached)
    r"達成(?:でき|し|され)?(?:ない|ず|ていない|なかった)|不達成|(?:届か|達し)(?:ない|ず|なかった)"
    r"|達していない"
)
#: A legend's definition that the target was fallen short of (諫早: ``B：R6目標値を下回った``):
#: not reached only beside a mark defined as reached in words (``A：R6目標値を達成``); for an
#: indicator where less is better it is the target reached (``○：目標値を下回った（達成）``),
#: so alone, or with 達成 in its own words, it says nothing (review 49).
_FELL_SHORT = regex.compile(r"目標値?を下回(?!ら(?:な|ず)|ること)")
#: A legend's definition of a result worse than the baseline (``基準値より悪化``).
_WORSE_THAN_BASE = regex.compile(
    # (福生: C：事業開始前より悪化, the starting point by its name)
    # (土浦: C：基準値から横ばい又は悪化, no better than the start)
    r"(?:基準値?|事業開始前|策定時|現状値)(?:より|から|と比べて?)"
    r"(?:横ばい\s*(?:又は|または|もしくは|・|、)?\s*)?悪化|基準値?を下回"
)
#: A bracket that says a grade counts forecasts too (岡垣: ``A：R6目標値を達成（見込を含む）``):
#: the mark still says whether the target is reached.
_FORECASTS_COUNTED = regex.compile(r"[(（]\s*見込み?(?:値)?を?含む\s*[)）]")
#: A definition by degree (``目標の80%以上``, ``概ね達成``, ``一部達成``): a grade, not whether it
#: was reached (``100%以上`` is the target reached).
_DEGREE = regex.compile(r"(?<![0-9.])(?!100\s*[%％])[0-9]+\s*(?:%|％|割)|概ね|おおむね|一部")


#: A legend's definition by a share of the target below all of it (``目標の80%以上``, ``8割未満``,
#: ``50%以上80%未満``), where no word of degree (概ね, 一部) blurs it.
_SHARE_BELOW = regex.compile(
    r"^(?!.*(?:概ね|おおむね|一部|ほぼ|ほとんど|やや|順調))(?=.*(?<![0-9.])(?:[1-9]?[0-9]\s*(?:%|％)|[1-9]\s*割))"
    r".*(?:以上|未満|以下|を超え)"
)


def _legend_meaning(words: str) -> str | None:
    """achieved, not_achieved or None for a legend's definition of a mark: None where it speaks
    of a forecast or a chance (``目標を達成できる見込み``, ``達成は困難``) or of a degree
    (``目標の80%以上``, ``概ね達成``), not of the result."""
    words = _FORECASTS_COUNTED.sub("", words)
    if any(w in words for w in _NOT_A_RESULT) or _DEGREE.search(words):
        return None
    if "未達" in words or _NOT_REACHED.search(words):
        return "not_achieved"
    if "達成" in words or words.endswith(("以上", "と同等", "を上回った")):
        return "achieved"
    return None


#: A grade or a mark a judgement prints (``A``, ``Ｂ``, ``S``, ``○``), or a dash for none.
_GRADE = regex.compile(f"[A-Za-zＡ-Ｚａ-ｚ][+＋\\-－]?|[{MARKS}]|[{regex.escape(DASHES)}]")


def grades_row(label: str, texts: Iterable[str]) -> bool:
    """Whether a row labelled by a judgement (広陵's ``評価`` under ``目標値`` and ``実績値``)
    holds nothing but grades or marks, one a year: the indicator's judgement, no list of
    values and no indicator of its own."""
    votes = current_vocabulary().votes(normalize_text(label).replace(" ", ""))
    if not ({"evaluation", "status"} & set(votes)) or {"target", "actual", "baseline"} & set(votes):
        return False
    shown = [normalize_text(t).replace(" ", "") for t in texts]
    shown = [t for t in shown if t]
    return bool(shown) and all(_GRADE.fullmatch(t) for t in shown)


def derived_row_note(label: str, where: str) -> str:
    """The warning for a row of a list column that lists no value of its own (達成度)."""
    return (
        f"the {normalize_text(label)!r} row {where} is not a target or actual list; it was not read"
    )


def list_flags(text: str) -> frozenset[str]:
    """The flags a row label gives its values: ``estimate`` where it says 見込 (a forecast,
    ``目標（見込み）``), as a 見込 heading gives its column's (spec); ``cumulative`` where it
    says 累計 or 延べ (浦幌: ``計画（累計）`` over ``実績（累計）``: running totals, as the spec's
    累計 written in the cell)."""
    norm = normalize_text(text)
    flags = {"estimate"} if "見込" in norm else set()
    if "累計" in norm or "延べ" in norm:
        flags.add("cumulative")
    return frozenset(flags)


def list_of(text: str) -> Role | None:
    """The value list a short row label names (``目標``, ``実績値``, ``目標（見込み）``: a
    bracketed qualifier does not count to its length), if it names one."""
    norm = normalize_text(text).replace(" ", "")
    bare = BRACKETED.sub("", norm)
    if not bare or len(bare) > 6:
        return None
    if classify(text) not in (CellClass.HEADER, CellClass.KIND):
        # a list's word of the vocabulary, alone (計画, 予定 over 実績 in row pairs; 浦幌's
        # 計画（累計）: the word before its qualifier)
        votes = current_vocabulary().votes(bare)
        voted = strongest_role(votes)
        return voted_list(bare) if voted is not None and votes[voted][1] == (bare,) else None
    role = header_role(norm)
    return _LIST_ROLES.get(role) if role is not None else None


def row_series_list(row_list: Role, periods: Iterable[Period | None]) -> Role:
    """The list a row's label gives its values: a baseline's word along several periods (弘前:
    ``現状値`` under H22 … H24, below a 目標値 row) lists the values each year reached, the
    actuals, as a baseline is one value; any other label, its own list."""
    if row_list is Role.BASELINE and len({p for p in periods if p is not None}) > 1:
        return Role.ACTUAL
    return row_list


def stacked_lists(text: str) -> tuple[Role, ...] | None:
    """The list each line of a stacked cell gives, where a heading says so: ``上段：目標値　下段：
    実績値`` (each indicator's rows: targets above, actuals below) → (target, actual). None
    unless at least two positions are named, each with a word of a list."""
    norm = normalize_text(text).replace(" ", "")
    found = {
        _STACK_POSITIONS[m.group("at")]: list_of(m.group("what")) for m in _STACKED.finditer(norm)
    }
    if set(found) not in ({0, 2}, {0, 1, 2}) or None in found.values():
        return None  # one position alone, or 中段 without the others: no order to read
    return tuple(role for _, role in sorted(found.items()) if role is not None)


#: Where a line stands in a stacked cell, top down.
_STACK_POSITIONS = {"上": 0, "中": 1, "下": 2}
#: ``上段：目標値``, ``下段は実績``, ``上段が目標値``, ``(上段)計画``: a position, then the list's
#: word (up to the next position, a bracket or a separator).
_STACKED = regex.compile(
    r"[(（]?(?P<at>[上中下])段[)）]?\s*[:：はが=＝]?\s*(?P<what>[^\s:：、,，()（）/／・]+?)"
    r"(?=[\s、,，()（）/／・]|[上中下]段|$)"
)


def list_column(rows: list[list[Cell]]) -> int | None:
    """The column whose data cells say which list each row gives (区分: 目標 / 実績 in turn),
    where one does: most of its cells name a list, and at least two lists appear."""
    named: dict[int, Counter[Role]] = {}
    filled: Counter[int] = Counter()
    for row in rows[:MAX_LIST_ROWS]:
        for cell in row:
            if cell.empty or cell.colspan > 1:
                continue  # a form field's value or a heading across the table
            role = list_of(cell.text)
            if role is None and header_role(cell.text) is not None:
                continue  # the column's own heading (区分), repeated over each block
            filled[cell.col] += 1
            if role is not None:
                named.setdefault(cell.col, Counter())[role] += 1
    best = [
        col
        for col, roles in named.items()
        if len(roles) >= 2 and sum(roles.values()) >= LIST_SHARE * filled[col]
    ]
    return min(best) if best else None


#: Share of a list column's cells that name a list (the rest: 達成度 rows derived from them).
LIST_SHARE = 0.6

#: Data rows looked at to find a table's list column.
MAX_LIST_ROWS = 200


#: Longest group cell read as naming the program's money (``事業費``, ``財源内訳``).
_MONEY_GROUP_CHARS = 8


def money_group(text: str) -> bool:
    """Whether a cell at the left of a block of rows, merged down or not, names the program's
    money (嬬恋: ``事業費`` over 事業費 | うち国・県支出金 | うち一般財源 in 千円; 飯綱: ``事業費``
    alone): the block's rows are no indicators."""
    return _group_topic(text) == "money"


def staff_group(text: str) -> bool:
    """Whether a cell merged down a block of rows is a staff word alone (神川: ``執行体制`` over
    正職員 | 会計年度任用職員 | 人件費): the program's staff, no indicators. A heading that
    only holds such a word (``職員の資質向上``, ``職員研修``: a 行政改革 plan's aims) is no
    staff block: its rows are indicators."""
    return _group_topic(text, whole="staff") == "staff"


def _group_topic(text: str, whole: str | None = None) -> str | None:
    """The vocabulary's strongest role for a short group cell (money, staff …), None for a
    longer one; for the role ``whole``, only where one of its words is the cell's whole text."""
    norm = normalize_text(text).replace(" ", "")
    if not norm or len(norm) > _MONEY_GROUP_CHARS:
        return None
    votes = current_vocabulary().votes(norm)
    if not votes:
        return None
    role = max(votes, key=lambda r: votes[r][0])
    if role == whole and norm not in votes[role][1]:
        return None
    return role


#: Weight of a money vote that a word of the program's money gives (事業費 3, 補助金 2), above a
#: synonym's (観光消費額: 額 ~ 金額, 1.5).
MONEY_WORD_VOTE = 2.0


def money_word(text: str) -> bool:
    """Whether a cell names the program's money by one of the vocabulary's own money words
    (``事業費``, ``補助金``), not by a measure the vocabulary only relates to money
    (``観光消費額``)."""
    norm = normalize_text(text).replace(" ", "")
    return current_vocabulary().votes(norm).get("money", (0.0, ()))[0] >= MONEY_WORD_VOTE


#: A kind's word before 指標, as a cell over a block of rows prints it (``活動指標``, ``成果指標``).
_KIND_INDICATOR = regex.compile(r"[\p{Han}\p{Katakana}ー]{1,6}指標")


#: Brackets a heading may print kind words in (``【数値目標】``, ``重要業績評価指標（KPI）``).
_KIND_BRACKETS = regex.compile(r"[()（）【】\[\]［］〔〕]")


def kind_words_only(text: str) -> Kind | None:
    """The kind a cell names that prints kind words and nothing else (``数値目標``, ``【KPI】``,
    ``重要業績評価指標（KPI）``); None for any other text (``■目標を達成したKPI`` says more)."""
    parts = [p for p in _KIND_BRACKETS.split(normalize_text(text).replace(" ", "")) if p]
    kinds = {block_kind(p) for p in parts}
    return kinds.pop() if len(kinds) == 1 and None not in kinds else None


def block_kind(text: str) -> Kind | None:
    """The kind a cell printed once over several rows names for them: a kind word (目標, KPI,
    事業量), or a kind's word before 指標 (阿久比: ``活動指標`` down the activity rows, ``成果指標``
    down the others; 神川: ``活動指標（アウトプット）``)."""
    if classify(text) is CellClass.KIND:
        return KIND_WORDS[normalize_text(text).replace(" ", "")]
    norm = normalize_text(text).replace(" ", "")
    # (its type glossed in brackets after it, 神川's 活動指標（アウトプット）: the kind's word)
    bare = _TRAILING_GLOSS.sub("", norm)
    if _KIND_INDICATOR.fullmatch(bare):
        return header_kind(bare)
    # a cell that is one of the vocabulary's kind words whole (広島's ``基本目標`` merged down
    # beside the 総生産 rows): that kind
    whole = [
        k for k, (_, words) in current_vocabulary().votes(norm).items()
        if k.startswith("kind.") and norm in words
    ]  # fmt: skip
    return Kind(whole[0].removeprefix("kind.")) if len(whole) == 1 else None


def unit_word(text: str) -> bool:
    """Whether a text is a unit alone: a counter (``人``, ``件``), maybe after a scale word
    (``万円``), or a scaled or per-unit unit (``千円/t``), as no name is."""
    bare = normalize_text(text).replace(" ", "")
    return unit_only(bare) or bare.lstrip("千万億百") in COUNTERS


#: Characters of the words a change is said with (増, 減, 向上, 削減…), before reading a sentence.
_CHANGE_CHARS = regex.compile(r"[増減向上削伸]")


def qualified_unit(text: str) -> bool:
    """Whether a unit cell prints a unit, alone or with words that qualify the value before it
    (伊平屋: ``延べ人以上``, how it is counted and a bound; ``％増（対H26）``, a change): read
    with that value, as if printed in its cell."""
    if unit_word(text):
        return True
    norm = normalize_text(text).replace(" ", "")
    if not norm or norm[0].isdigit():
        return False
    try:
        q = parse_quantity("1" + norm)
    except ParseError:
        if not _CHANGE_CHARS.search(norm):
            return False  # (no word of a change: no sentence to read, the hot path stays cheap)
        said = parse_target_statement("1" + norm)
        return said is not None and said.change is not None and said.goal is None
    return q.unit is not None and q.value is not None


#: Longest word of a breakdown (男性, 女性, 小学生, 中学生, 新規就農者).
BREAKDOWN_CHARS = 6


#: Words that name the whole the parts make up (総数 | うち外国人, 計 | 男性 | 女性): under a
#: period's heading, that column's values are the indicator's own; beside rows under one name
#: (加悦地域 | 岩滝地域 | 計), that row's are.
WHOLE_WORDS = frozenset({"総数", "計", "合計", "全体", "総計", "全体数"})


def breakdown_word(word: str, longest: int = BREAKDOWN_CHARS) -> bool:
    """Whether a short word names a part of what an indicator counts (``男性``, ``小学校``): no
    type, kind, list, period (one printed without its era too, ``29年度``), unit or heading
    word, no sentence."""
    if not word or len(word) > longest or "。" in word or unit_word(word):
        return False
    if type_of(word) or row_kind(word) or list_of(word) or find_period(word) is not None:
        return False
    if find_eraless_period(word, "平成") is not None:
        return False
    return not current_vocabulary().votes(word)


#: A bracket ending a value column's heading: ``R3実績（%）``, ``目標値（R2～R6）（人）``,
#: ``実績（単位：千円）``.
_HEADING_BRACKET = regex.compile(r"[(（](?:単位\s*[:：]\s*)?(?P<u>[^()（）]{1,6})[)）]\s*$")


#: A unit a heading states with 単位 anywhere in it (``項目（単位:百万円）【数値目標】``).
_STATED_IN_HEADING = regex.compile(r"[(（]\s*単位\s*[:：]\s*(?P<u>[^()（）]{1,6}?)\s*[)）]")
#: A text that says only a unit, maybe in brackets (``（単位：人）``, ``単位：千円``, 函南's
#: ``【単位：千人】``).
UNIT_NOTE = regex.compile(
    r"[(（【〔［\[]?単位\s*[:：]\s*(?P<u>[^()（）【】〔〕［］\[\]]{1,8}?)\s*[)）】〕］\]]?"
)


#: Words a remark says of a figure, no unit nor name of it: a forecast (見込, 推計, the words
#: ``FORECAST_WORD`` holds), a provisional or final count (速報, 暫定, 確定), a round one (概数),
#: one due (予定), one given for reference (参考).
FORECAST_WORD = regex.compile(r"見込|推計")
FIGURE_REMARK = regex.compile(rf"{FORECAST_WORD.pattern}|速報|暫定|確定|予定|概数|参考")
#: How a note names what its mark sets apart (``※印を付した``, ``＊の付いた``, ``※のある``).
MARKED_BY = r"(?:を付した|の付いた|が付いた|を付けた|のある|の)"
#: Words of a remark that count its line's value otherwise than its year says (暦年, a day).
_COUNTED_OTHERWISE = regex.compile(r"暦年|年度末|現在|時点|月末")


#: Remarks that say no more than that a value is the baseline.
_BASELINE_REMARKS = frozenset(
    {"基準値", "基準", "基準年", "基準年度", "現状値", "現況値", "策定時", "計画策定時", "当初値"}
)
#: A remark's words with their source in brackets after them (``基準値（町民意識調査）``).
_SOURCED = regex.compile(r"(?P<word>[^()（）]{1,10})[(（](?P<source>[^()（）]{1,20})[)）]")


def baseline_remark(remark: str) -> bool:
    """Whether a remark beside a measured value says no more than that it is the baseline
    (七ヶ浜's ``基準値`` on the 2019 line, ``策定時``): the vocabulary's baseline words alone, maybe
    with their source in brackets (``基準値（町民意識調査）``; no year, figure or 見込 there)."""
    said = normalize_text(remark).replace(" ", "")
    sourced = _SOURCED.fullmatch(said)
    if sourced is not None and not (
        regex.search(r"[0-9]", sourced.group("source")) or FIGURE_REMARK.search(said)
    ):
        said = sourced.group("word")
    # (the word alone: 基準値を下回る, 基準値比 and 基準値未満 compare with the baseline, no more)
    return said in _BASELINE_REMARKS


def baseline_year(text: str) -> bool:
    """Whether a cell of years names the baseline's year by a baseline word alone beside it
    (吉富's ``基準（H31）``, 肝付's ``基準（R元）``), not a target statement (``R7（現状維持）``)
    nor a comparison (``基準比``)."""
    word = without_periods(normalize_text(text)).replace(" ", "").strip("()（）")
    return word in _BASELINE_REMARKS and classify(text) is CellClass.HEADER


def remark_qualifies(remark: str, year: str) -> bool:
    """Whether a remark beside a value of one year (a long table's line, a block's year row)
    qualifies it (``見込値``, ``速報値``, ``暦年（1～12月）の値``) or dates it otherwise than
    ``year`` (``令和4年度の値`` on a 2023 line), which a table of one value a year and column has
    no place for."""
    remark = normalize_text(remark).strip()
    if not remark:
        return False
    if FIGURE_REMARK.search(remark) or _COUNTED_OTHERWISE.search(remark):
        return True
    own = find_period(normalize_text(year))
    said = find_period(remark)
    return said is not None and (own is None or year_of(said) != year_of(own))


def unit_note(text: str) -> str | None:
    """The unit a text that says only that states (``（単位：人）`` across a table, on the line
    above it, in a cell of its own), where it names a unit; None otherwise."""
    norm = normalize_text(text)
    m = UNIT_NOTE.fullmatch(norm) or _UNIT_BUT.fullmatch(norm)
    if m is None or not (unit_word(m.group("u")) or _NAMED_UNIT.fullmatch(m.group("u"))):
        return None
    return m.group("u").replace(" ", "")


def closing_unit_but(text: str) -> str | None:
    """The unit a title's closing bracket states for the rows that print none (呉's caption:
    ``活動指標・成果指標の推移（単位：千人。ただし、指標名の後に（ ）で単位を示したものはその単位に
    よる。）``); None where it closes with no such note."""
    norm = normalize_text(text).rstrip()
    m = _UNIT_BUT.search(norm)
    if m is None or m.end() != len(norm) or not unit_word(m.group("u")):
        return None
    return m.group("u").replace(" ", "")


#: A unit note's clause that leaves rows whose names print a unit in that unit (松阪: ``ただし、
#: KPI名の末尾に単位を記載したものはその単位``).
_NAMES_KEEP = (
    # (呉: 指標名の後に（ ）で単位を示したものはその単位による: the bracket it is printed in)
    r"(?:KPI|指標)?名?の?(?:末尾|後ろ|後)に(?:\s*[(（]\s*[)）]\s*で)?単位を(?:記載|表示|付|示)した"
    r"(?:もの|指標|項目)は(?:その単位(?:による)?|それによる|除く)"
    # (宇治田原: ③と④の単位は指標名の末尾に記載: the rows it names print theirs)
    r"|(?P<keys>[^。()（）]{1,20}?)の単位は(?:KPI|指標)?名?の?(?:末尾|後ろ|後)に"
    r"(?:\s*[(（]\s*[)）]\s*で)?(?:記載|表示|示)(?:しています|している|した|する)?"
)
#: A unit note that leaves out the rows printing another (豊富: ``（単位：人。％表示のものを
#: 除く）``): the unit of the others, which print none.
_UNIT_BUT = regex.compile(
    r"[(（]\s*単位\s*[:：]\s*(?P<u>[^()（）。、,\s]{1,8}?)\s*[。、,]\s*(?:ただし\s*[、,]?)?"
    # (only rows left out by what they print, ％表示のもの: rows named, 満足度を除く, would be
    # given a unit they do not have)
    r"(?:(?:[%％]|パーセント)\s*(?:表示|表記)?の?(?:もの|指標|項目)?を除く"
    # (松阪: ただし、KPI名の末尾に単位を記載したものはその単位: rows whose names print a unit)
    rf"|{_NAMES_KEEP})。?\s*[)）]"
)
#: A unit note's clause that leaves rows whose names print a unit in that unit (松阪).
NAMES_KEEP_UNIT = regex.compile(_NAMES_KEEP)


def names_keeping_units(text: str) -> str | None:
    """The keys of the rows a unit note leaves their names' units (宇治田原: ``③と④の単位は指標名の
    末尾に記載``: ``③と④``); None where it names no rows (呉: every row that prints one)."""
    m = NAMES_KEEP_UNIT.search(normalize_text(text))
    return m.group("keys") if m is not None and m.group("keys") else None


#: A unit a text says it is in so many words, though no counter of the vocabulary (函南's
#: ``【単位：指数】``): a short word, no digits, no list.
_NAMED_UNIT = regex.compile(
    r"(?!下記|各欄|別途|別紙|別表|右記|左記|次)[\p{Han}\p{Katakana}ー]{1,3}"
)


def marked_units(text: str) -> tuple[str, str, str] | None:
    """The unit a heading states for its rows, the mark some rows carry and their own unit
    (上板: ``重要業績評価指標（KPI）（単位：人、※印は％）`` → 人, ※, ％); None where it states
    no such pair."""
    m = _MARKED_UNITS.search(normalize_text(text))
    if m is None or not unit_word(m.group("u")) or not unit_word(m.group("marked")):
        return None
    return m.group("u").replace(" ", ""), m.group("mark"), m.group("marked").replace(" ", "")


#: A unit stated in brackets with another for the rows a mark sets apart
#: (``（単位：人、※印は％）``).
_MARKED_UNITS = regex.compile(
    r"[(（]\s*単位\s*[:：]\s*(?P<u>[^()（）、,，]{1,6}?)\s*[、,，]\s*"
    r"(?P<mark>[※*＊☆★◎○●◇◆])\s*(?:印|マーク)?(?:の(?:付いた)?(?:指標|もの|項目))?\s*は\s*"
    r"(?P<marked>[^()（）、,，]{1,6}?)\s*[)）]"
)


def stated_unit(text: str) -> str | None:
    """The unit a longer text states in brackets (``基本目標2 …（単位：千人）``; 登別's ``施策（１）
    観光の振興　［単位：千人（単位を付記した指標を除く）］``, leaving out the rows whose names print
    their own), where it names a unit; None otherwise."""
    norm = normalize_text(text)
    m = _STATED_IN_HEADING.search(norm) or _STATED_IN_BAND.search(norm)
    if m is None or not (unit_word(m.group("u")) or _latin_unit(m.group("u"))):
        return None
    return m.group("u").replace(" ", "")


#: A unit a band states in square or lenticular brackets, maybe leaving out the rows that print
#: their own unit (``［単位：千人（単位を付記した指標を除く）］``, ``【単位：件】``); rows left out
#: by name (``満足度を除く``) are not read, since they would take a unit they do not have.
_STATED_IN_BAND = regex.compile(
    r"[［【〔\[]\s*単位\s*[:：]\s*(?P<u>[^()（）［］【】〔〕\[\]、。,\s]{1,6}?)\s*"
    r"(?:[(（]\s*(?:単位を(?:付記|記載|併記|表示|明記)した|[%％]表示の)(?:指標|もの|項目)?を除く"
    r"\s*[)）]\s*)?[］】〕\]]"
)


#: Units of Latin letters a 単位： label may state (``m³``, ``ha``, ``kWh``), powers as printed.
_LATIN_UNIT = regex.compile(
    r"(?:m|km|cm|mm|ha|a|t|kg|g|l|kl|L|kL|kWh|MWh|Wh|kW|MW|t-CO2|GB|TB)[2-3²³]?"
)


def _latin_unit(text: str) -> bool:
    """Whether a text a 単位： label names is a unit of Latin letters (四万十's ``林業（単位：
    m³）``), which no counter list holds but a number reads with (``58,200m³``)."""
    bare = normalize_text(text).replace(" ", "")
    if not _LATIN_UNIT.fullmatch(bare):
        return False
    try:
        return parse_quantity("1" + bare).unit == bare
    except ParseError:
        return False


def heading_unit(heading: str) -> str | None:
    """The unit a value column's heading names in its closing bracket (``R3実績（%）`` → ``%``,
    ``実績（千円）`` → ``千円``) or states with 単位 in a heading over it: a counter or a scaled
    unit alone, never a period or a word (``実績（見込）``, ``目標値（R8）``); None where the
    heading names none."""
    norm = normalize_text(heading)
    # else a unit a heading over it states (神戸: 項目（単位:百万円）【数値目標】 over the years;
    # （単位：千円） over 基準値(R1), whose own bracket names a year)
    for m in (_HEADING_BRACKET.search(norm), _STATED_IN_HEADING.search(norm)):
        if m is None:
            continue
        unit = m.group("u").replace(" ", "")
        if regex.fullmatch(r"[A-Z]+/[A-Z]+", unit):
            return None  # 実績（A/B）: a ratio of lettered amounts, no unit
        if unit_word(unit):
            return unit
    return None


#: A line that can be a name: no sentence or clause mark, ending as a noun or a bracket does.
_NAME_LINE = regex.compile(r"[^。、,]{2,40}[\p{Han}\p{Katakana}ー)）%％]")


def name_without_gloss(cell: Cell) -> str:
    """A name cell's name without the sentence printed under it that explains it (塩竈:
    ``年少人口比率`` over ``0歳から14歳までの人口の割合。``): the first line, where the lines after
    it make one sentence ending in 。 and the first is no sentence; the cell's text otherwise."""
    lines = [ln.strip() for ln in cell.line_texts()]
    if len(lines) < 2 or not lines[-1].endswith("。") or not _NAME_LINE.fullmatch(lines[0]):
        return cell.text  # (a first line that is a clause, 働きながら…, is no name)
    if sum(ln.count("。") for ln in lines[1:]) != 1:
        return cell.text  # (more than one sentence: prose, not a gloss)
    if _continues(lines[1]):
        # …近代化が図れ十分 / な基盤整備が行われていると思いますか。 (有田川): one question
        # wrapped inside its phrase, no name over a gloss (まちづくりに満足… starts one)
        return cell.text
    return lines[0]


#: Parts of speech that never start a sentence: a line that starts with one goes on with the
#: line above it (``な``, ``が``, ``を``, ``て``).
_CONTINUING_POS = frozenset({"助詞", "助動詞", "接尾辞"})


def _continues(line: str) -> bool:
    """Whether a line starts inside the phrase the line above began: with a particle, an
    auxiliary or a suffix (``な基盤整備が…``), not a word of its own (``まちづくりに…``)."""
    tokens = tokenize(line[:8])
    return bool(tokens) and tokens[0].pos[0] in _CONTINUING_POS


def unit_only(text: str) -> bool:
    """Whether a cell holds only a unit that no name would be (``千円/t``, ``千円``): a per-unit
    or a scaled unit, never a short name (人口, 来場者)."""
    bare = text.replace(" ", "")
    shape = regex.fullmatch(
        r"(?P<scale>[千万億百])?[\p{Han}a-zA-Z%]{1,3}(?P<per>[/／][千万億百]?[\p{Han}a-zA-Z]{1,3})?",
        bare,
    )
    return shape is not None and bool(shape.group("scale") or shape.group("per"))


#: A row's letter in its group or list (ア, イ; A, B): a label, no name of its own.
ROW_LETTER = regex.compile(r"[A-ZＡ-Ｚ\p{Katakana}]")


#: A heading's own number or mark (``（ⅰ）``, ``①``, ``2.``, ``■``).
_HEADING_NUMBER = regex.compile(
    r"^(?:[(（][^)）]{1,4}[)）]|[\u2460-\u2473]|[0-9]{1,2}[.．]?|[■□◆◇・])\s*"
)
#: The longest heading, without its number, that can be only a kind's name.
_KIND_HEADING_CHARS = 8
#: A heading's tail that says the table below lists the kind named before it (数値目標の進捗,
#: KPIの達成状況): the heading still names only that kind.
_LISTING_TAIL = regex.compile(r"の?(?:進捗(?:状況)?|達成状況|実現状況|一覧|推移)$")
#: A kind's word after the words that say whose it is (``地域再生計画に記載した数値目標``).
_QUALIFIED_KIND = regex.compile(r".{2,30}?(?:した|する|における|に係る|の)(?P<kind>[^の]{2,8})")


#: A bracketed word after a kind's name in a heading (田尻: ``（1）数値目標（人口）``;
#: ``数値目標（KGI）``): two characters or more, never a number (``数値目標（1）``) or one letter
#: (``KPI（A）``): a label.
_QUALIFIER_TAIL = regex.compile(
    r"[(（](?![0-9０-９①-⑳一二三四五六七八九十]+[)）]|[A-Za-zＡ-Ｚａ-ｚア-ン][)）])[^()（）]{1,12}[)）]$"
)
#: Kind words that head a chapter of a strategy, whatever follows them (基本目標（しごと）: a
#: chapter of KPIs).
_CHAPTER_KINDS = frozenset({"基本目標", "重点目標"})


#: A list of indicators named whole in brackets (``＜活動指標＞``, ``【成果指標】``; not
#: ``【目標】``, which says more than a kind's name).
_ENCLOSED = regex.compile(
    r"[<＜〈《≪【\[](?P<inner>[^<>＜＞〈〉《》≪≫【】\[\]]*指標)[>＞〉》≫】\]]"
)


def kind_heading(heading: str) -> Kind | None:
    """The kind a heading names when it is, after its number, only a kind's word
    (``（ⅰ）基本目標`` → goal, ``2 数値目標の進捗`` too, and ``…に記載した数値目標の実現状況``;
    not ``基本目標1 地域で暮らす…``, a chapter of KPIs, nor ``(3)数値目標の考え方``)."""
    rest = _LISTING_TAIL.sub("", _HEADING_NUMBER.sub("", normalize_text(heading)).replace(" ", ""))
    enclosed = _ENCLOSED.fullmatch(rest)
    if enclosed is not None:
        rest = enclosed.group("inner")  # (茅野: ＜活動指標＞, a row of the grid over its rows)
    qualified = _QUALIFIER_TAIL.search(rest)
    if qualified is not None and rest[: qualified.start()] not in _CHAPTER_KINDS:
        # 数値目標（人口）: the kind, then what it measures (基本目標（1）, a chapter, is not one)
        rest = rest[: qualified.start()]
    qualified = _QUALIFIED_KIND.fullmatch(rest)
    if qualified is not None and len(rest) > _KIND_HEADING_CHARS:
        # ①地域再生計画に記載した数値目標の実現状況 (十津川): the kind the heading ends with
        rest = qualified.group("kind")
    if not rest or len(rest) > _KIND_HEADING_CHARS:
        return None
    kind = header_kind(rest)
    if kind is None:
        return None
    if rest == _BARE_TARGET:
        return None  # (紀北: 目標の達成状況 over 目標指標 rows, the targets met, no goals)
    words = {w for role, w, _ in current_vocabulary().entries if role.startswith("kind.")}
    return kind if rest in words or rest in KIND_WORDS else None


#: 目標 alone, a kind's word in a column of kinds (目標 / KPI) but over a table no more than
#: "the targets" (``目標の達成状況``): as a heading it names no kind.
_BARE_TARGET = "目標"
