"""Drafts to records: names and labels, units, exact observations, target statements, status."""

from __future__ import annotations

import copy
import functools
from collections import Counter
from dataclasses import replace
from decimal import Decimal, localcontext

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.numerals import EXACT
from jpkpi.primitives.period import (
    EITHER_YEAR,
    ERA_PATTERN,
    ORDINAL_YEAR,
    Period,
    arrow_years,
    find_period,
    find_span,
    months_counted,
    nth_year,
    parse_period,
    year_of,
)
from jpkpi.primitives.quantity import (
    PREFIX_QUALIFIERS,
    RATE_UNITS,
    SCALE_WORDS,
    SUFFIX_QUALIFIERS,
    WAY_LEAD,
    Part,
    Quantity,
    counter_of,
    normalize_unit,
    parse_quantity,
    split_scale,
    unit_qualifier,
)
from jpkpi.primitives.target import (
    DECREASE_WORDS,
    INCREASE_WORDS,
    NUMBER_START,
    SIGNED_POINTS,
    WHOLE_NUMBER,
    Amount,
    TargetStatement,
    change_levels,
    parse_direction_statement,
    parse_target_statement,
    with_goal,
)
from jpkpi.primitives.text import fold_width, normalize_text, split_label
from jpkpi.records.model import KpiRecord, Observation, Status
from jpkpi.tables.model import Provenance
from jpkpi.understanding.cells import (
    BARE_LIST,
    STATUS_WORDS,
    checked_status,
    department_of,
    heading_unit,
    keyed_end,
    level_after_colon,
    level_of_act,
    same_as_left,
    split_arrow,
    status_sentence,
    strip_departments,
    unit_word,
    value_and_period,
)
from jpkpi.understanding.doubts import not_a_name, period_key
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.interpretation import (
    innermost_heading,
    names_an_evaluation_year,
    ratio_gloss,
)
from jpkpi.understanding.layouts import unit_in_name
from jpkpi.understanding.programs import strip_repost_mark
from jpkpi.understanding.vocabulary import COUNT_END, MEASURE_END, current_vocabulary

#: Words in an indicator's name that make lower values better.
LOWER_IS_BETTER = ("減少", "削減", "低減", "抑制")
_SLASH = regex.compile(r"[/／]")
#: A name that ends with ``：`` and a number (``構内道路の舗装延長：320m``).
_VALUE_AFTER_NAME = regex.compile(
    r"(?:[:：]\s*|\s+)(?:約|延べ)?\s*[△▲\-]?[0-9][0-9,.]*\s*[^\s0-9]{0,4}$"
)


#: An indicator written as the sentence of its goal (弘前: ``リサイクル率14.9%を目指します。``,
#: ``自主防災組織結成率（世帯比率）を20%にします。``): the name, then the goal with its verb.
_SENTENCE_GOAL = regex.compile(
    r"(?P<name>.+?)(?P<tail>(?:約)?[0-9][0-9,.]*[^を]{0,6}を[^を]+ます。?"
    r"|(?<=[^0-9])を[^を]*[0-9][^を]*"
    r"(?:ます|[とに]する|[増減]やす|減らす|[高強]める|引き上げる|抑える|回復させる|維持する"
    # (…を、令和5年度に1件当たり90日以内に短縮する: a level to shorten or extend to)
    r"|短縮する|縮める|削減する|[伸延]ばす|向上させる|拡大する|確保する)。?)"
)


#: A name with its target in a bracket after it (``…の入館者数（目標：令和7年度 7万人/年）``).
_AIM_BRACKET = regex.compile(
    r"(?P<name>.+?)\s*[(（【]\s*(?:[A-Za-z0-9元]{1,4}年?度?)?目標値?\s*[:：\s]\s*"
    r"(?P<tail>[^()（）【】]+)[)）】]"
)
#: A name written as the sentence of the way it should move, no level (``…市民を増やします。``).
_DIRECTION_GOAL = regex.compile(r"(?P<name>[^を0-9]{2,}?)を(?P<tail>[^を0-9。]{2,10}ます)。?")

#: A name with a change to reach in brackets after it (``観光客の誘致(観光客数5%の増)``).
_BRACKETED_CHANGE = regex.compile(r"(?P<name>[^()]{2,}?)\s*\((?P<tail>[^()]*[0-9][^()]*)\)")
#: The departments that help, in brackets after the one in charge (``(関係課:商工課)``).
_RELATED_DEPARTMENTS = regex.compile(r"\s*\((?:関係|関連|連携|協力)[^():]{0,3}[:][^()]*\)\s*$")
#: A department's telephone extension or number after its name (``（内線241）``, ``(TEL 22-1111)``).
_CONTACT = regex.compile(r"\s*(?:\((?:内線|(?i:tel)|℡|☎|電話)[^()]*\)|内線\s*[0-9-]+)\s*$")
#: A unit of an indicator kept in points (a gap to an average; ``ポイント``, ``（ポイント）``,
#: ``ポイント差``, ``pt``, ``P``): its signed points are levels.
_POINT_UNIT = regex.compile(r"ポイント|ﾎﾟｲﾝﾄ|^[(（]?(?:pt|p)[)）]?$", regex.IGNORECASE)
#: Words that end as a measure does, then a bracket that holds the rest (``捕捉率（20％）``): a
#: name and its figure.
_NAME_WITH_BRACKET = regex.compile(
    rf"(?P<words>[^\s0-9()（）/／]*{MEASURE_END})[(（][^()（）]*[)）]"
)
#: A list's own word before the plain word of what it counts: a target, no second name
#: (``目標件数（100件）``, ``目標値``; ``計画策定率``, ``目標到達率`` are measures).
_LIST_WORDS = regex.compile(r"(?:目標|目安|見込|計画)(?:値|数|件数|人数|回数|量|額)")


def _second_name(tail: str) -> bool:
    """Whether the text after a name's slash is a second name with its figure in brackets
    (``捕捉率（20％）``), not a target stated in words before a bracket (``現状維持（120床）``,
    ``半減（10人）``, ``目標（100人）``)."""
    m = _NAME_WITH_BRACKET.fullmatch(tail)
    if m is None:
        return False
    words = m.group("words")
    if _LIST_WORDS.fullmatch(words):
        return False
    return parse_target_statement(words) is None and parse_direction_statement(words) is None


#: A name, a space, then a change it should make, the change's word closing the cell
#: (``観光入込客数（年間） 3万人増加``; not ``子育て世帯 20世帯増加した地区数``, a name).
_SPACED_CHANGE = regex.compile(
    r"(?P<name>.{2,}?\S)\s+(?P<tail>[0-9][0-9,.]*\S*?"
    rf"(?:{'|'.join(sorted(INCREASE_WORDS | DECREASE_WORDS, key=len, reverse=True))})"
    r"(?:させる|する|を目指す)?。?)"
)
#: A clause inside a name that holds a level of its own (``人口を…20,000人に維持し``), not a
#: number a count is per (``…を使った教室の1回当たり参加者数``).
_LEVEL_IN_CLAUSE = regex.compile(r"を[^を]*[0-9](?![0-9,.]*[^\s0-9]{0,2}(?:当たり|あたり))")
#: Longest name read as the sentence of its goal.
MAX_SENTENCE_NAME_CHARS = 80
#: The end of a name cut inside a number's own words (年間100人, 第2期, H30までに): no name.
_CUT_NAME = regex.compile(r"(?:^.{0,1}|第|年間|毎年|約|[A-Za-z])$")


def split_statement(name: str) -> tuple[str, TargetStatement | None, str | None]:
    """Split a trailing prose target off a name (``名前／4年で15人増加``): name, statement, text."""
    for m in _SLASH.finditer(name):
        head = name[: m.start()]
        if head.count("(") + head.count("（") > head.count(")") + head.count("）"):
            continue  # a slash inside parentheses (``(B/人口*1,000)``) is a formula
        tail = name[m.end() :].strip()
        if _second_name(tail):
            continue  # 被保護人員／捕捉率（20％） (大船渡): a second name, its figure in brackets
        statement = parse_target_statement(tail)
        if statement is not None:
            return name[: m.start()].strip(), statement, tail
    colon = level_after_colon(name)
    if colon is not None:
        # 新規就農者数：5年間で延べ10人 (産山): the name, and after the colon a target over a
        # span of its own or how much to move (a level alone says no list: left to the caller)
        tail = colon.group("level")
        statement = parse_target_statement(tail)
        if statement is not None and (statement.horizon_years or statement.change):
            return name[: colon.start()].strip(), statement, tail
    spaced = _SPACED_CHANGE.fullmatch(normalize_text(name))
    if spaced is not None and not _CUT_NAME.search(spaced.group("name")):
        # 観光入込客数（年間） 3万人増加 under KPI（目標） (八百津): the name, and after a space how
        # much it should move; a bare level after a space (就業相談者数 100人) stays a name's
        statement = parse_target_statement(spaced.group("tail"))
        if statement is not None and statement.change is not None:
            return spaced.group("name").strip(), statement, spaced.group("tail")
    aimed = _AIM_BRACKET.fullmatch(name)
    if aimed is not None:
        # 白神山地ビジターセンターの入館者数（目標：令和7年度 7万人/年） (西目屋): the name, and
        # its target in the bracket after it
        tail = aimed.group("tail").strip()
        statement = parse_target_statement(tail)
        if statement is not None:
            return aimed.group("name").strip(), statement, tail
    sentence = _SENTENCE_GOAL.fullmatch(name) if len(name) <= MAX_SENTENCE_NAME_CHARS else None
    if (
        sentence is not None
        and not _CUT_NAME.search(sentence.group("name"))
        # (a name that holds a level of its own, 人口を…20,000人に維持し、転出超過: two clauses)
        # (a number a count is per, …教室の1回当たり参加者数を, is no level: 七宗)
        and not _LEVEL_IN_CLAUSE.search(sentence.group("name"))
    ):
        tail = sentence.group("tail").rstrip("。").removeprefix("を").lstrip("、,， ")
        statement = parse_target_statement(tail)
        if statement is not None:
            return sentence.group("name").strip(), statement, tail
    bracketed = _BRACKETED_CHANGE.fullmatch(name)
    if bracketed is not None:
        # 観光客の誘致(観光客数5%の増) (十津川): the name, and in brackets how much it should move
        tail = bracketed.group("tail")
        statement = parse_target_statement(tail)
        if statement is not None and statement.change is not None:
            return bracketed.group("name").strip(), statement, tail
    moving = _DIRECTION_GOAL.fullmatch(name) if len(name) <= MAX_SENTENCE_NAME_CHARS else None
    if moving is not None:
        # 安全・安心な生活環境だと思う市民を増やします。: the name, and the way it should move
        statement = parse_direction_statement(moving.group("tail"))
        if statement is not None:
            return moving.group("name").strip(), statement, statement.text
    return name, None, None


#: A name of two measures, the second in brackets (``貸付件数（新規貸付件数）``): words only,
#: the bracket's ending as a measure's does, or a part the first counts (``（うち女性）``), not a
#: qualifier (``（国保）``).
_TWO_MEASURES = regex.compile(
    rf"(?P<first>[^()0-9]{{2,}}?)\s*\((?P<second>[^()0-9]*{COUNT_END}|うち[^()0-9]+)\)"
)


def _measure_pair(
    name: str, cells: list[ValueCell], default_unit: str | None
) -> tuple[str, str] | None:
    """The two measures a name gives, where every value of the record prints two numbers the
    same way, the second in brackets (大船渡 row 341: ``36（1）`` under
    ``貸付件数（新規貸付件数）``, the loans and the new ones among them); None otherwise."""
    m = _TWO_MEASURES.fullmatch(name)
    if m is None:
        return None
    values = [q for q in (_parse(c, default_unit) for c in cells) if q and q.value is not None]
    if not values or any(_inner(q, default_unit) is None for q in values):
        return None
    return m.group("first"), m.group("second")


def _inner(q: Quantity, default_unit: str | None) -> Quantity | None:
    """The plain number a value prints in brackets after it (``36（1）``: 1), if it prints one."""
    inner = _quantity(q.note, default_unit) if q.note else None
    if inner is None or inner.value is None or inner.flags or inner.parts or inner.note:
        return None
    return inner


def _as_parts(
    q: Quantity | None, pair: tuple[str, str] | None, default_unit: str | None
) -> Quantity | None:
    """A value of a name of two measures as the two parts it prints (``36（1）`` → 貸付件数 36,
    新規貸付件数 1, value null, as the spec's parts); any other value as it is."""
    if q is None or pair is None or q.value is None:
        return q
    inner = _inner(q, default_unit)
    if inner is None or inner.value is None:
        return q
    parts = (Part(pair[0], q.value, q.unit), Part(pair[1], inner.value, inner.unit or q.unit))
    return replace(q, value=None, parts=parts, note=None)


@functools.lru_cache(maxsize=1 << 10)
def _status(value: str | None, raw: str | None, computed: str | None) -> Status:
    """A status, one object for each distinct one (a long document's thousands of records
    share a few; a Status is immutable)."""
    return Status(value, raw, computed)


@functools.lru_cache(maxsize=1 << 10)
def _section(path: tuple[str, ...]) -> tuple[str, ...]:
    """A section path, one tuple for each distinct one (every record of a section shares it)."""
    return path


def _same_as_left(draft: Draft, warnings: list[str]) -> Draft:
    """The draft with each ``同左`` value read as the value printed in the cell left of it in
    its row, whatever list that cell is in (``現状値 100 | 目標値 同左``: hold the level; a chain
    of them, the first value; ``raw`` stays ``同左``), with a warning where that cell is in
    another list (an actual's column left of a target's); one with no cell left of it as
    printed. Where the cells carry no place, the cell before it in its own list."""
    listed = [
        *((v, "baseline") for v in ([draft.baseline] if draft.baseline else [])),
        *((v, "targets") for v in draft.targets),
        *((v, "actuals") for v in draft.actuals),
    ]
    if not any(same_as_left(v.text) for v, _ in listed):
        return draft
    xs = [_x_of(v) for v, _ in listed]
    placed = sorted((x, k) for k, x in enumerate(xs) if x is not None)
    resolved: dict[int, ValueCell] = {}
    order = [k for _, k in placed] + [k for k, x in enumerate(xs) if x is None]
    for k in order:
        cell, kind = listed[k]
        if not same_as_left(cell.text) or cell.value_text is not None:
            continue
        x = xs[k]
        if x is not None:
            # (in its own printed row: 上段 targets over 下段 actuals are two rows)
            before = [j for xj, j in placed if xj < x and _same_row(listed[j][0], cell)]
        else:
            before = [j for j in range(k) if listed[j][1] == kind]
        if not before:
            continue
        left, left_kind = listed[before[-1]]
        left = resolved.get(id(left), left)
        resolved[id(cell)] = replace(cell, value_text=left.value_text or left.text)
        if left_kind != kind:
            warnings.append(
                f"'同左' {_where(cell)} was read as the value left of it ({left.text.strip()!r}, "
                f"under {normalize_text(left.header)})"
            )
    out = copy.copy(draft)
    out.map_values(lambda v: resolved.get(id(v), v))
    return out


def _same_row(a: ValueCell, b: ValueCell) -> bool:
    """Whether two value cells stand in one printed row: the same grid row, or boxes that
    overlap from top to bottom; cells that carry no row are taken as one row's."""
    if a.where is None or b.where is None:
        return True
    if a.where.row is not None and b.where.row is not None:
        return a.where.row == b.where.row
    if a.where.bbox is not None and b.where.bbox is not None:
        return a.where.bbox[1] < b.where.bbox[3] and b.where.bbox[1] < a.where.bbox[3]
    return True


def _x_of(cell: ValueCell) -> float | None:
    """Where a value cell stands across its row: its column, or the left edge of its box."""
    where = cell.where
    if where is None:
        return None
    if where.column is not None:
        return float(where.column)
    return where.bbox[0] if where.bbox is not None else None


def _parse(cell: ValueCell, default_unit: str | None) -> Quantity | None:
    """A value cell's quantity with the column's unit, None where it is not a quantity; a note
    written where the value was expected (``※調査時点変更により未公表``) is a missing value.
    That reading needs the cell to stand in a value column, so it is made here and not by
    parse_quantity (whose ``※`` marker is the mark alone): a ``※`` line of a form elsewhere is
    a note, no missing value."""
    if cell.value_text is not None:  # name：value in one line: the value, raw the line
        named = _quantity(cell.value_text, default_unit)
        return replace(named, raw=cell.text) if named is not None else None
    q = _quantity(cell.text, default_unit)
    if q is None and (level := level_of_act(cell.text)) is not None:
        # 年間45万人の来訪 (国頭): the level, with its 年間, 延べ or 約, is the value; the act it
        # counts is a word of the indicator's name
        acted = _quantity(level, default_unit)
        return replace(acted, raw=cell.text) if acted is not None else None
    text = normalize_text(cell.text)
    if q is None and text.startswith("※") and not regex.search(r"[0-9]", text):
        dash = _quantity("－", default_unit)  # no value, in the column's unit
        return replace(dash, raw=cell.text) if dash is not None else None
    return q


@functools.lru_cache(maxsize=1 << 14)
def _quantity(text: str, default_unit: str | None) -> Quantity | None:
    """parse_quantity, None for a ParseError, tenths (``約6割``) in a ％ row read as percent;
    remembered, as a sheet's records repeat the same few values (``0``, ``1``, ``100``) in the
    same units thousands of times. A Quantity is immutable, so records may share one."""
    try:
        q = parse_quantity(text, default_unit=default_unit)
    except ParseError:
        return None
    if (
        q.unit == "割"
        and q.value is not None
        and default_unit
        and normalize_unit(default_unit) == "%"
    ):
        # 約6割 in a ％ row (北川): tenths, the row's percent (60 %)
        return replace(q, value=q.value.scaleb(1), unit="%")
    if q.unit and default_unit and "/" not in q.unit and "/" in normalize_unit(default_unit):
        # 1.2万円 in a 千円/人 row (本山): the row's count per person, its counter printed alone
        per = _quantity("1", default_unit)
        if per is not None and per.unit and per.unit.split("/")[0] == q.unit:
            return replace(q, unit=per.unit)
    return q


#: How a figure is counted and its unit in one bracket ending a name (``（年間・万人）``).
_COUNTED_UNIT = regex.compile(
    r"\s*[(（]\s*(?P<how>年間|延べ|累計)\s*[・･,、]\s*(?P<unit>[^()（）・･,、\s]{1,6})\s*[)）]$"
)


#: The level a sentence aims at, with the words that qualify it (``年間12万人``, ``累計500人``,
#: ``年間300人以上``), before the verb that sets it (にする, とする, を目指す).
_AIMED_LEVEL = regex.compile(
    # (a number whole: 1万2千人, not its 2千人; no level begins inside another number)
    rf"{NUMBER_START}(?:約|年間|毎年度?|累計|延べ)?{WHOLE_NUMBER}"
    r"[^\s0-9、。,をにとへのか()（）]{0,6}?"
    r"(?=\s*(?:に|と|を|まで|へ)(?:する|し|させ|増や|伸ば|高め|目指|維持|確保))"
)


def _aimed_level(text: str, default_unit: str | None, flags: frozenset[str]) -> Quantity | None:
    """The one level a name's sentence aims at (``…を累計500人にする``: 累計500人), read as a
    value of the record's unit; None where it names none or several."""
    found = _AIMED_LEVEL.findall(normalize_text(text))
    if len(found) != 1:
        return None
    q = _quantity(found[0], default_unit)
    if q is None or q.value is None or q.unit is None or q.unit in _RELATIVE_UNITS:
        return None  # (2倍にする, 1.5倍: how it compares; a bare number: of no unit it names)
    own = split_scale(normalize_unit(default_unit))[1] if default_unit else None
    if own and normalize_unit(q.unit) != own:
        return None  # 30世帯 in a 人 record, 週2回: another measure than the record's
    return replace(q, flags=q.flags | flags, raw=found[0])


def _stated_level(text: str) -> Quantity | None:
    """The level a target cell's statement names, with its unit (``5年間で延べ40人``: 40 人);
    None where the cell states none or names no unit."""
    statement = parse_target_statement(normalize_text(text))
    goal = statement.goal if statement is not None else None
    if goal is None or goal.value is None or goal.unit is None or goal.unit in _RELATIVE_UNITS:
        return None  # (5年間で1.2倍: how the target compares, not what is counted)
    counted = _share_count(text, statement, None) if statement is not None else None
    return counted or Quantity(goal.value, goal.unit, frozenset(), (), text)


def _printed_unit(quantities: list[Quantity]) -> str | None:
    """The unit most value cells print, with its scale word (``億円``), for bare cells."""
    counts = Counter(
        (SCALE_WORDS.get(q.scale, "") if q.scale != 1 else "") + q.unit
        for q in quantities
        if q.unit and (q.value is not None or q.parts)
    )
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _agrees(shown: set[str], unit: str) -> bool:
    """Whether a unit named outside the values (a name's bracket, a heading's) agrees with the
    units the value cells print: they print none, or that one alone."""
    return not shown or shown == {normalize_unit(unit)}


def _where(cell: ValueCell) -> str:
    """The place of a value cell in a warning: its column's heading."""
    return f"under {normalize_text(cell.header)}" if cell.header else "in a value column"


def _observation(
    cell: ValueCell,
    q: Quantity | None,
    period: Period | None,
    warnings: list[str] | None = None,
    notes: list[str] | None = None,
    states_target: bool = True,
) -> Observation | None:
    """The observation of a value cell, given its parsed quantity (None: not a value); what it
    cannot read is said in ``warnings`` and a note printed beside the value
    (``９人（延べ２４３日）``) goes to ``notes``, where it may state the target
    (``states_target``; an actual's note says how the actual moved, never the target)."""
    if q is None:
        if warnings is not None and cell.text.strip():
            warnings.append(f"{cell.text.strip()!r} {_where(cell)} is not a value; it was not read")
        return None
    if cell.flags - q.flags:
        q = replace(q, flags=q.flags | cell.flags)
    listed = [p.label for p in q.parts if BARE_LIST.fullmatch(p.label)]
    if warnings is not None and listed:
        # 基準値 10 目標 14 実績 15 in one cell: values of several lists, kept as parts
        warnings.append(
            f"{cell.text.strip()!r} {_where(cell)} labels its values by lists "
            f"({', '.join(listed)}): kept as parts of one value, not read as "
            "baselines, targets or actuals"
        )
    if q.note is not None and period is not None and period.fiscal_year is not None:
        # 184.3（4月～2月） under R5年度 (士幌): the year's months counted so far, the date it
        # stands at, as R5実績（4～2月） reads
        counted = months_counted(q.note, period.fiscal_year) if period.month is None else None
        if counted is not None:
            if warnings is not None:
                # (a reader may keep the column's year alone, F196-6, F197-4: the doubt said)
                said = (
                    "is the figure at the year's end"
                    if counted.month == _YEAR_END_MONTH
                    else "counts the year's months up to"
                )
                warnings.append(
                    f"{cell.text.strip()!r} {_where(cell)} {said} "
                    f"{counted.year}-{counted.month:02d} ({q.note}): dated there"
                )
            period, q = counted, replace(q, note=None)
    if q.note is not None and notes is not None and not ratio_gloss(cell.header):
        # (a bracket its heading names a ratio, 実績（達成率）, is that ratio: no note)
        if states_target:
            notes.append(q.note)
        if warnings is not None and not (states_target and _horizon_statement(q.note)):
            warnings.append(
                f"{cell.text.strip()!r} {_where(cell)}: only the value before ({q.note}) was "
                "read; the note is not a value"
            )
    q = _stored_number(q, cell)
    if (
        warnings is not None
        and period is not None
        and period.fiscal_year is not None
        and EITHER_YEAR.search(period.raw)
    ):
        note = (
            "years printed as 年（度） (a calendar or a fiscal year, by indicator) were read as "
            "fiscal years"
        )
        if note not in warnings:
            warnings.append(note)
    arrow = arrow_years(period.raw) if warnings is not None and period is not None else None
    if warnings is not None and period is not None and arrow is not None:
        # 目標値（R6→R7） (三田): the year the arrow moves the column to; 目標値（R7→R6）, the
        # first (a year brought forward, or a doubt)
        side = "after" if year_of(arrow[1]) > year_of(arrow[0]) else "before"
        note = (
            f"values under {normalize_text(period.raw)!r} were dated by the year {side} the "
            f"arrow, {'FY' if period.fiscal_year is not None else ''}{year_of(period)}"
        )
        if note not in warnings:
            warnings.append(note)
    if (
        warnings is not None
        and period is not None
        and period.month is None
        and _SECOND_HALF.search(period.raw)
    ):
        # R5実績（下期） beside R5実績（上期） (review 47): October to March, no whole year's figure
        note = (
            f"values under {normalize_text(period.raw)!r} count the year's second half "
            "(October to March): dated by the fiscal year alone"
        )
        if note not in warnings:
            warnings.append(note)
    if warnings is not None and period is not None and names_an_evaluation_year(period.raw):
        # H24評価 (豊橋): the year of the evaluation, which often reports the year before's
        note = (
            f"values under {normalize_text(period.raw)!r} were dated by the evaluation's year; "
            "an evaluation may report an earlier year's figures"
        )
        if note not in warnings:
            warnings.append(note)
    return Observation(q, period, cell.where)


#: The month a fiscal year ends in.
_YEAR_END_MONTH = 3
#: A heading's words for a fiscal year's second half (``（下期）``, ``下半期``, ``（10～3月）``).
_SECOND_HALF = regex.compile(r"下半?期|10\s*月?\s*[～~〜\-－]\s*(?:翌年?)?\s*3\s*月")


#: Units a target statement's level compares by, never the indicator's own.
_RELATIVE_UNITS = frozenset({"倍", "割", "分の"})
#: The arrow between the two sides of a heading over baseline→target cells.
_ARROW_SIDES = regex.compile(r"\s*(?:→|⇒|➡|->)\s*")
#: A name that defines its value as a ratio of lettered amounts (``単位あたりコスト(A/C)``).
_LETTER_RATIO = regex.compile(r"\(\s*[A-Z]+\s*/\s*[A-Z]")
#: A value heading that counts years from a date it does not print (``5年後``, ``10年後の目標``):
#: its target has no year the table gives (a plan's ``5ヵ年目標`` is the plan's end's).
_YEARS_AHEAD = regex.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*年後")


def _ordinal_period(cell: ValueCell, span: tuple[Period, Period] | None) -> Period | None:
    """The year an ``n年目`` heading names in the row's own span (上田: ``1年目 | 2年目 | 3年目``
    beside each row's 事業期間 ``R3～R5``: FY2021-2023), raw the heading (``nth_year``)."""
    return nth_year(innermost_heading(cell.header), span)


#: The powers of ten a cell's unit may have scaled its shown number by (千円: 3, 億: 8).
_SCALES = range(-3, 13)


def _stored_number(q: Quantity, cell: ValueCell) -> Quantity:
    """The number a workbook cell stores where its shown text rounds it (General shows
    ``73.1874145`` of ``73.18741450068399``), scaled as the shown one was (千円: ×1000); the
    quantity as read everywhere else (a cell whose text is more than the number)."""
    stored = cell.where.stored if cell.where is not None else None
    if stored is None or q.value is None:
        return q
    try:
        shown = Decimal(cell.text.strip())
    except ArithmeticError:
        return q
    if not shown.is_finite():
        return q
    with localcontext(EXACT):
        for k in _SCALES:
            if shown.scaleb(k) == q.value:
                return replace(q, value=Decimal(stored).scaleb(k))
    return q


def _arrow_periods(header: str) -> tuple[Period, Period] | None:
    """The two periods a heading joins by an arrow (``目標値（R6→R8）``: FY2024, FY2026): the
    years of an arrow cell's two targets where the row prints its baseline elsewhere (米原),
    else of its start and goal (``42→60`` under ``目標（H26→H31）``); None for any other
    heading."""
    sides = _ARROW_SIDES.split(innermost_heading(header))
    if len(sides) != 2 or not all(sides):
        return None
    first, then = find_period(sides[0]), find_period(sides[1])
    if first is None or then is None or year_of(first) >= year_of(then):
        return None
    return first, then


def _arrow_end(
    text: str, cell: ValueCell, period: Period | None, default_unit: str | None
) -> Observation | None:
    """One end of an arrow cell as an observation: its value, dated by its own brackets
    (``1.39（H24）``) or else by the column's period; ``raw`` the end as printed."""
    # (R2:100: the end keyed by its year, as 100（R2） in brackets)
    own = value_and_period(text) or keyed_end(text)
    q = _quantity(own[0] if own else text, default_unit)
    if q is None:
        return None
    return Observation(replace(q, raw=text), own[1] if own else period, cell.where)


#: A bracket after a value that names a target of its own period (``H32目標100万人``,
#: ``H32年度目標3万件``): the period, the list's word, the value.
_NOTED_TARGET = regex.compile(r"(?P<when>.+?)の?目標値?\s*[:：]?\s*(?P<value>[0-9].*)")


def _noted_target(note: str, cell: ValueCell, default_unit: str | None) -> Observation | None:
    """The target a value's bracket gives (``51万人（H32目標100万人）``): dated by the bracket's
    own period, ``raw`` the bracket's text; None where the bracket is no dated target."""
    m = _NOTED_TARGET.fullmatch(normalize_text(note))
    if m is None:
        return None
    when = find_period(m.group("when"))
    q = _quantity(m.group("value"), default_unit)
    if when is None or q is None or q.value is None:
        return None
    raw = normalize_text(note)
    period = replace(when, raw=raw[: m.start("value")].strip())
    return Observation(replace(q, raw=note), period, cell.where)


#: A span of years a total is counted over (``5年間で``, ``3か年で``, ``4年で``, with the years
#: in brackets, ``5年間（R3～R7）で``; not ``5年後に``).
_OVER_YEARS = regex.compile(
    r"[0-9]\s*(?:か|ヵ|ケ|カ|ヶ)?年間?\s*(?:[(（][^()（）]{1,16}[)）])?\s*で"
)
#: A bracket that prints a signed amount alone (``+1.5``).
_SIGNED_AMOUNT = regex.compile(r"\s*[+＋]\s*[0-9]")


def _horizon_statement(text: str) -> TargetStatement | None:
    """A note that states a target over a horizon or as a change (``５年間で１５人``), not a
    bare amount (``延べ２４３日``)."""
    statement = parse_target_statement(normalize_text(text))
    if statement is None or not (statement.horizon_years or statement.change):
        return None
    if statement.horizon_years is None and _SIGNED_AMOUNT.match(normalize_text(text)):
        return None  # (90.0（+1.5） under 最終目標 (八峰): an amount beside the level, no target)
    return statement


#: A unit cell that names another unit for one period in brackets (``人（H26は世帯）``).
_UNIT_EXCEPTION = regex.compile(
    r"(?P<unit>[^()]{1,6}?)\s*\(\s*(?P<when>[^()]*?[0-9元][^()]*?)\s*(?:は|のみ)\s*(?P<other>[^()]{1,6})\s*\)"
)
#: A bound closing a target statement (``県平均（1.33）以上``), maybe before the level in
#: brackets (``前年度実績以上（312）``): the flag its level takes.
_BOUND_TAIL = regex.compile(r"(?P<bound>以上|以下|以内|未満)(?:\s*[(（][^()（）]*[)）])?$")


#: The count a share makes, in brackets after it (``1%（約45人）``).
_SHARE_COUNT = regex.compile(
    r"%\s*[(（]\s*(?P<level>(?:約)?[0-9][0-9,.]*[^\s0-9()（）]{1,4})\s*[)）]"
)


def _share_count(
    text: str, statement: TargetStatement, default_unit: str | None
) -> Quantity | None:
    """The count a statement's share makes, printed in brackets after it (``村人口の1%（約45人）``:
    約45人); None where the goal is no share or no count follows it."""
    if statement.goal is None or statement.goal.unit != "%":
        return None
    share = _SHARE_COUNT.search(normalize_text(text))
    counted = _quantity(share.group("level"), None) if share is not None else None
    if counted is None or counted.value is None or not counted.unit:
        return None
    if default_unit is not None and counter_of(default_unit) != counter_of(counted.unit):
        return None  # (60%（約1,200人）in a ％ row, 1%（約45人）in a 世帯 row: not what it counts)
    return counted


def _stated_target(
    cell: ValueCell, statement: TargetStatement, default_unit: str | None, period: Period | None
) -> Observation | None:
    """The goal of a target statement in a dated target column (``５年間で１人`` under
    目標値(R7)): that period's target, in the column's unit; None where it states no level."""
    if period is None or statement.goal is None or statement.goal.value is None:
        return None
    counted = _share_count(cell.text, statement, default_unit)
    if counted is not None:
        # 村人口の1%（約45人）の移住 (国頭): a share of a whole, and in brackets the count it makes,
        # in what the row counts: that count is the target
        return Observation(replace(counted, raw=cell.text), period, cell.where)
    value: Decimal | None  # the goal has one; a rescaled goal may not
    value, unit = statement.goal.value, statement.goal.unit
    if unit is None and default_unit:  # 5年間で500 under 千円: the column's unit and scale
        scaled = parse_quantity(format(value, "f"), default_unit=default_unit)
        value, unit = scaled.value, scaled.unit
    flags = frozenset({"cumulative"}) if statement.cumulative else frozenset()
    bound = _BOUND_TAIL.search(statement.text)
    if bound is not None:  # 県平均（1.33）以上: the level is a floor
        flags |= {SUFFIX_QUALIFIERS[bound.group("bound")]}
    goal = Quantity(value, unit, flags, (), cell.text)
    return Observation(goal, period, cell.where)


#: A level a sentence dates (``令和6年度までに2.00以上``, ``令和4年度に26人``): the period, then
#: the level (its number, its unit, a bound).
_DATED_PERIOD = (
    rf"(?P<period>(?:{ERA_PATTERN})\s*(?:元|[0-9]{{1,2}})\s*(?:\([0-9]{{4}}\))?\s*"
    r"(?:年\s*[0-9]{1,2}\s*月(?:末)?|年度?(?:末)?)"
    r"|(?:19|20)[0-9]{2}\s*年度?(?:末)?)"
)
_LEVEL_WORDS = (
    # (a count the level is per before it, 1件当たり90日以内, 1人1日当たり850g: no level of its own)
    r"(?P<level>(?:(?:[0-9]+[^\s0-9、。,をにとへのか()（）]{0,3}?){1,2}(?:当たり|あたり))?"
    # (6万5千人, 笠松: a number in scale words, each with its digits)
    r"(?:約|年間|累計|延べ)?[0-9][0-9,.]*(?:[万億千百][0-9][0-9,.]*)*"
    r"[^\s0-9、。,をにとへのか()（）]{0,4})"
)
#: A level a sentence dates (``令和6年度までに2.00以上``, ``令和4年度に26人``, ``令和5（2023）年度
#: に1,150t``): the period, then the level (its number, its unit, a bound).
_DATED_LEVEL = regex.compile(
    rf"{_DATED_PERIOD}\s*(?:まで)?\s*(?:に(?:は)?)?\s*、?\s*{_LEVEL_WORDS}"
)
#: A level a sentence sets by a deadline as an earlier year's, printed in brackets
#: (``令和6年度までに平成30年度の水準（48.6万人）に回復させる``): the deadline's target.
_DATED_RETURN = regex.compile(
    rf"{_DATED_PERIOD}\s*までに\s*、?\s*(?:{ERA_PATTERN}|(?:19|20)[0-9]{{2}})[^、。()（）]{{0,12}}?"
    rf"の\s*(?:水準|値|数値|実績|規模)\s*[(（]\s*{_LEVEL_WORDS}\s*[)）]\s*(?:に|まで)\s*"
    # (…の値（4,500t）を46%削減する: a starting point, no target; the sentence must return to it)
    r"(?:回復|戻|取り戻|復帰)"
)
#: A level a sentence sets for each year of a span (七宗: ``令和4年度から令和6年度までの各年度に
#: 600人以上``): a target each year, the span as each one's raw.
_EACH_YEAR_LEVEL = regex.compile(
    rf"(?P<span>(?P<first>(?:{ERA_PATTERN})\s*(?:元|[0-9]{{1,2}})\s*年度)\s*から\s*"
    rf"(?P<last>(?:(?:{ERA_PATTERN})\s*)?(?:元|[0-9]{{1,2}})\s*年度)\s*(?:まで)?\s*の?\s*各年度)"
    rf"\s*(?:に(?:は)?|で)?\s*、?\s*{_LEVEL_WORDS}"
)
#: Most years a span of yearly targets may name (a longer one is no plan's).
_MAX_EACH_YEARS = 10
#: What follows a level a sentence starts from (``人から``, ``から``).
_STARTS_FROM = regex.compile(r"[^\s、。,]{0,4}?から")
#: Where a sentence starts from (``令和2（2020）年度の1,119tから``): the baseline's period, level.
_DATED_START = regex.compile(rf"{_DATED_PERIOD}\s*の\s*{_LEVEL_WORDS}\s*から")


def _later_targets(
    targets: list[Observation], dated: list[Observation], warnings: list[str]
) -> list[Observation]:
    """The targets a name's sentence dates after every target its columns give, where each is in
    the columns' counter (``年間1,200万円`` beside 千円 columns: 円); a level in another counter
    (``1シーズン`` of ``1シーズン3万人``) is not read, and said."""
    if any(t.period is None for t in targets):
        return []  # (an undated 目標 column's target may be the sentence's own)
    last = max((year_of(t.period) for t in targets if t.period is not None), default=0)
    # (what is counted, per whatever: 人/シーズン counts 人)
    counters = {counter_of(t.quantity.unit).split("/")[0] for t in targets if t.quantity.unit}
    out = []
    for obs in dated:
        if obs.period is None or year_of(obs.period) <= last:
            continue
        unit = obs.quantity.unit
        if unit is None or counter_of(unit).split("/")[0] not in counters:
            warnings.append(
                f"its sentence's level {obs.quantity.raw!r} for {obs.period.raw} is not in the "
                "unit of its target columns; it was not read"
            )
            continue
        out.append(obs)
    return out


#: The end of a verb's stem a level's unit may take in (``%削減す``, ``ha拡大``, ``km延ば``).
_VERB_STEM = regex.compile(
    r"\p{Hiragana}$|(?:"
    + "|".join(
        sorted(INCREASE_WORDS | DECREASE_WORDS | {"確保", "延", "伸"}, key=len, reverse=True)
    )
    + ")$"
)
#: A change word right after a level (``30%の削減``, ``10人増加``): how much to move, no level.
_CHANGE_AFTER = regex.compile(
    r"\s*の?\s*(?:" + "|".join(sorted(INCREASE_WORDS | DECREASE_WORDS, key=len, reverse=True)) + ")"
)


def _dated_levels(
    text: str, default_unit: str | None, flags: frozenset[str], where: Provenance | None
) -> tuple[Observation | None, list[Observation]]:
    """Where a sentence starts from and the targets it dates, in its order; no targets where any
    of them does not read, no start where it does not."""
    norm = normalize_text(text)
    out: list[Observation] = []
    for m in _DATED_LEVEL.finditer(norm):
        if _STARTS_FROM.match(norm, m.end()):
            continue  # 令和2年度に100人から: where the sentence starts, no target
        period = _period_of(m.group("period"))
        q = _quantity(m.group("level"), default_unit)
        if (
            period is None
            or q is None
            or q.value is None
            or (q.unit is not None and _VERB_STEM.search(q.unit))
            or _CHANGE_AFTER.match(norm, m.end())
        ):
            # (30%削減する, 50ha拡大する: a verb's stem taken for the unit; 30%の削減: how much
            # to change, no level; each is no target, and no target of the sentence is read)
            out = []
            break
        out.append(Observation(replace(q, flags=q.flags | flags), period, where))
    each = _EACH_YEAR_LEVEL.search(norm) if not out else None
    if each is not None:  # 令和4年度から令和6年度までの各年度に600人以上: that level each year
        era = regex.match(ERA_PATTERN, each.group("first"))
        tail = each.group("last")
        if era is not None and not regex.match(ERA_PATTERN, tail):
            tail = era.group() + tail  # 令和4年度から6年度まで: the first year's era
        first, last = _period_of(each.group("first")), _period_of(tail)
        q = _quantity(each.group("level"), default_unit)
        if (
            first is not None
            and last is not None
            and first.fiscal_year is not None
            and last.fiscal_year is not None
            and 0 < last.fiscal_year - first.fiscal_year < _MAX_EACH_YEARS
            and q is not None
            and q.value is not None
        ):
            raw = each.group("span")
            out = [
                Observation(
                    replace(q, flags=q.flags | flags),
                    Period(year, None, None, raw),
                    where,
                )
                for year in range(first.fiscal_year, last.fiscal_year + 1)
            ]
    back = _DATED_RETURN.search(norm) if not out else None
    if back is not None:  # ...までに平成30年度の水準（48.6万人）に: that level, by the deadline
        period = _period_of(back.group("period"))
        q = _quantity(back.group("level"), default_unit)
        if period is not None and q is not None and q.value is not None:
            out.append(Observation(replace(q, flags=q.flags | flags), period, where))
    start = None
    pair = change_levels(norm) if not out else None
    if pair is not None:
        # 年間9.8万人（令和元年度）から年間12万人（令和6年度）に増やします (苓北): where the
        # sentence starts, then its target, each dated by its bracket
        (a, pa), (b, pb) = pair
        qa, qb = _quantity(a, default_unit), _quantity(b, default_unit)
        when_a, when_b = _period_of(pa), _period_of(pb)
        if (
            qa is not None
            and qa.value is not None
            and qb is not None
            and qb.value is not None
            and when_a is not None
            and when_b is not None
        ):
            start = Observation(replace(qa, flags=qa.flags | flags), when_a, where)
            out = [Observation(replace(qb, flags=qb.flags | flags), when_b, where)]
            return start, out
    begun = _DATED_START.search(norm)
    if begun is not None:
        period = _period_of(begun.group("period"))
        q = _quantity(begun.group("level"), default_unit)
        if period is not None and q is not None and q.value is not None:
            start = Observation(replace(q, flags=q.flags | flags), period, where)
    return start, out


def _period_of(text: str | None) -> Period | None:
    if not text:
        return None
    try:
        return parse_period(text)
    except ParseError:
        # a base year's cell that says more than its period (H22～26年度の5年間): the period it
        # names
        return find_period(text)


def _once(observations: list[Observation]) -> list[Observation]:
    """The observations without those that repeat an earlier one's value for the same dated
    period (つくば: ``H31`` | 12 and ``目標値`` | 12 | ``目標年度`` H31): a record holds one
    observation a period and list. Values that differ for one period are both kept."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for o in observations:
        when = period_key(o.period)
        if when is not None and o.quantity.value is not None:
            key = (*when, o.quantity.value, o.quantity.unit)
            if key in seen:
                continue
            seen.add(key)
        kept.append(o)
    return kept


def _lower_is_better(
    indicator: str, statement: TargetStatement | None, targets: list[Observation]
) -> bool:
    if statement is not None and statement.direction in ("increase", "decrease"):
        return statement.direction == "decrease"
    if any(w in indicator for w in LOWER_IS_BETTER):
        return True
    # ダウン / 30 in the target cell (御所): the way printed over the level
    ways = [m for t in targets if (m := WAY_LEAD.match(fold_width(t.quantity.raw)))]
    if ways:
        return all(m.group("down") for m in ways)
    return any(t.quantity.value is not None and t.quantity.value < 0 for t in targets)


def _status_period(o: Observation) -> tuple[int, int] | None:
    """The period a status compares a target and an actual for: a fiscal year, else a calendar
    year (芦屋: 585,000人（令和元年） and 609,427人（令和元年見込）), never one with the other."""
    if o.period is None:
        return None
    if o.period.fiscal_year is not None:
        return (o.period.fiscal_year, 0)
    if o.period.year is not None and o.period.month is None:
        return (o.period.year, 1)
    return None


def compute_status(
    indicator: str,
    targets: list[Observation],
    actuals: list[Observation],
    statement: TargetStatement | None,
) -> str | None:
    """What the numbers say for the latest period with both a target and an actual cell."""
    by_year: dict[tuple[int, int], Observation] = {}
    for t in targets:
        key = _status_period(t)
        if key is not None and t.quantity.value is not None:
            by_year[key] = t
    pairs = []
    for a in actuals:
        key = _status_period(a)
        if key is None or key not in by_year:
            continue
        if a.quantity.value is None and "not_measured" not in a.quantity.flags:
            continue
        pairs.append((key, a, by_year[key]))
    if not pairs:
        return None
    _, actual, target = max(pairs, key=lambda p: p[0])
    if actual.quantity.value is None:
        return "not_measured"
    goal: Decimal = target.quantity.value  # type: ignore[assignment]
    value: Decimal = actual.quantity.value
    bound = target.quantity.flags
    directed = statement is not None and statement.direction in ("increase", "decrease")
    if directed:  # the statement's direction first, as the spec says
        lower = _lower_is_better(indicator, statement, targets)
        ok = value <= goal if lower else value >= goal
    elif "less_than" in bound or "more_than" in bound:
        # 5未満, 100超: the target's own bound, strictly
        ok = value < goal if "less_than" in bound else value > goal
    elif "at_most" in bound or "at_least" in bound:
        ok = value <= goal if "at_most" in bound else value >= goal  # 5以下 (宇和島), 200以上
    else:
        lower = _lower_is_better(indicator, statement, targets)
        ok = value <= goal if lower else value >= goal
    return "achieved" if ok else "not_achieved"


#: A footnote mark ending a name (``居住率*``, ``居住率※1``, ``総人口（注1）``) or the line of
#: the row it stands on (``（上段）``), no part of it.
_NAME_FOOTNOTE = regex.compile(
    r"\s*(?:(?:[*＊]{1,2}|※)[0-9]?|\(\s*注\s*[0-9]{1,2}\s*\)"
    # which line of a row of two indicators it is (鳴沢: 寄附件数（上段） over 寄附額（下段）)
    r"|\(\s*(?:上|中|下)段\s*\))$"
)


def draft_to_record(draft: Draft, document: str, adapter: str = "generic") -> KpiRecord:
    """Turn one draft into a ``jpkpi.kpi/1`` record."""
    warnings = list(draft.warnings)
    draft = _same_as_left(draft, warnings)
    department = draft.program.department if draft.program else None
    name_text = draft.indicator or ""
    if department_of(name_text):
        department = department or department_of(name_text)
        name_text = strip_departments(name_text)
    department = department or draft.department
    if department is not None:
        # 観光課（関係課：まちづくり課、商工課）(大館): the other departments are no part of it
        department = _RELATED_DEPARTMENTS.sub("", normalize_text(department)) or department
        # 農政課（内線241）(境): how to call it, no part of its name
        department = _CONTACT.sub("", department) or department
    labelled = split_label(name_text)
    label = draft.label or labelled.label
    name, statement, said_in_name = split_statement(labelled.text)
    # a footnote mark after the name (糸魚川: 市街地（用途地域）居住率*, as ※ is elsewhere)
    name = _NAME_FOOTNOTE.sub("", normalize_text(name)) or normalize_text(name)
    # an indicator marked 【再掲】 repeats one listed earlier, as a program so marked does
    name, reposted = strip_repost_mark(name)
    if reposted and draft.label is None and labelled.label is None:
        # 【再掲】②　釜石ファンクラブの会員数 (釜石): the mark first, then the row's label
        relabelled = split_label(name)
        if relabelled.label is not None:
            label, name = relabelled.label, relabelled.text
    doubt = not_a_name(name, current_vocabulary()) if name or draft.has_values() else None
    if doubt is not None:
        # 担当課, H30年度目標値, 6,000: a heading or a value in the name's place, read from a
        # layout otherwise than it is laid out
        warnings.append(
            f"its name {name!r} reads as {doubt}, not an indicator's name: the table may be "
            "laid out otherwise than it was read (see jpkpi explain)"
        )
    elif (level := level_after_colon(name)) is not None:
        # 池山水源・山吹水源の来訪者数：年間6万人 (産山): the name, then a level of a list the
        # cell does not name (its heading may: KPI：令和5年度の目標); the name is what precedes
        name = name[: level.start()].rstrip()
        warnings.append(
            f"its name cell prints {level.group('level')!r} after the name: not read as a value, "
            "as the cell does not say of which list or year"
        )
    elif _VALUE_AFTER_NAME.search(name):
        # 構内道路の舗装延長：320m, 就業相談者数 100人: a cell that prints a name and its value
        # together, read as a name; what it says of the value is not in the record
        warnings.append(f"its name {name!r} ends with a value: the cell may print name and value")
    unit_text = draft.unit
    unit_flags: frozenset[str] = frozenset()
    counted = _COUNTED_UNIT.search(name) if not unit_text else None
    if counted is not None and unit_word(counted.group("unit")):
        # 観光入込客数（年間・万人） under 目標指標（区分・単位） (沼田): how it is counted and its
        # unit in one bracket; the name without it
        name, unit_text = name[: counted.start()].strip(), counted.group("unit")
        unit_flags = frozenset({PREFIX_QUALIFIERS[counted.group("how")]})
    if unit_text:
        # 人（延べ） in the 単位 column: the unit, and each of the row's values cumulative
        unit_text, qualified = unit_qualifier(unit_text)
        unit_flags |= qualified
        excepted = _UNIT_EXCEPTION.fullmatch(normalize_text(unit_text))
        if excepted is not None:
            # 人（H26は世帯） (深浦): the row's unit, but for the year the bracket names
            unit_text = excepted.group("unit")
            warnings.append(
                f"its unit cell {normalize_text(draft.unit or '')!r} names another unit for "
                f"{excepted.group('when')}: read as {unit_text}, the values of that year "
                "included"
            )
        if unit_flags:
            draft = copy.copy(draft)
            draft.map_values(lambda vc: replace(vc, flags=vc.flags | unit_flags))
    cells = [
        c for c in ([draft.baseline] if draft.baseline else []) + draft.targets + draft.actuals
    ]
    # what the value cells print by themselves, read once where no 単位 cell gives the unit
    given = bool(unit_text and normalize_unit(unit_text))
    printed = [] if given else [q for q in (_parse(c, None) for c in cells) if q is not None]
    if not given:
        # 1,863人⇒1,900人 (大網白里): each end of an arrow cell prints the unit the bare values
        # beside it share, as a value cell would
        printed += [
            q
            for c in cells
            if c.value_text is None and (ends := split_arrow(c.text)) is not None
            for end in ends
            if (q := _quantity(end, None)) is not None
        ]
        # 5年間で延べ40人 in the target cell (鳴沢): the level its statement names prints the
        # unit the bare values beside it share
        printed += [
            q
            for c in draft.targets
            if _parse(c, None) is None and (q := _stated_level(c.text)) is not None
        ]
        aim = statement.goal if statement is not None else None
        if aim is not None and aim.unit and said_in_name:
            # …の入館者数を、令和6年3月までに年間1.2万人とする (七宗): the level the name's
            # sentence aims at prints the unit its bare values share
            printed.append(Quantity(aim.value, aim.unit, frozenset(), (), said_in_name))
    shown = {q.unit for q in printed if q.unit}
    # (a row's part in brackets, 特定健診受診率(男性), is no unit)
    carried = None if unit_text or draft.part else unit_in_name(name)
    if carried is not None and _agrees(shown, carried[1]):
        # no 単位 cell: a unit in parentheses ending the name is the unit, unless the values
        # print another (全国学力調査正答率(小学校) over 72.1%: a part of the name)
        name, unit_text = carried

    if not unit_text and draft.stated_unit and _agrees(shown, draft.stated_unit):
        # （単位：人、※印は％） over the names (上板): the unit stated for the row, unless its
        # cells print another (全4校)
        unit_text = draft.stated_unit

    if not unit_text and not _LETTER_RATIO.search(name):
        # no 単位 cell and none in the name: the unit the value columns' headings name in
        # brackets (酒田: R3実績（%） over bare 58.0), where they name one and no other, unless
        # the values print another, as for a name's; not for a ratio the name defines by
        # letters (神戸: 単位あたりコスト（A/C） under 百万円)
        headed = {u for c in cells if c.header and (u := heading_unit(c.header))}
        if len(headed) == 1 and _agrees(shown, next(iter(headed))):
            unit_text = headed.pop()

    # Units: the 単位 column, else a unit ending the name, else one the value columns' headings
    # name, else what the value cells print.
    column_unit = normalize_unit(unit_text) if unit_text else None
    if column_unit:
        core = split_scale(column_unit)[1]
        unit: str | None = core or None
        default_unit: str | None = column_unit
    else:
        # (集計中（H32目標200人）: the target in the bracket prints the unit the value cell lacks)
        printed += [
            in_bracket
            for q in list(printed)
            if q.note
            and (bracket_match := _NOTED_TARGET.fullmatch(normalize_text(q.note)))
            and (in_bracket := _quantity(bracket_match.group("value"), None)) is not None
        ]
        default_unit = _printed_unit(printed)
        unit = split_scale(default_unit)[1] if default_unit else None
        kinds = sorted({q.unit for q in printed if q.unit and q.value is not None})
        if len(kinds) > 1:
            # 1.4人/年 beside 4組/年: each value keeps its own; the record's unit is a choice
            warnings.append(
                f"its values print different units ({', '.join(kinds)}); the record's unit "
                f"{unit} is the one most of them print"
            )

    pair = _measure_pair(name, cells, default_unit)
    target_period = (
        draft.target_period.period or _period_of(draft.target_period.text)
        if draft.target_period
        else None
    )
    notes: list[str] = []
    baseline = None
    targets = []
    if draft.baseline is not None:
        base_period = draft.baseline.period or _period_of(draft.base_year)
        sides = _ARROW_SIDES.split(innermost_heading(draft.baseline.header), maxsplit=1)
        ends = (
            split_arrow(draft.baseline.text)
            if draft.baseline.value_text is None and len(sides) == 2
            else None
        )
        if ends is not None:
            # 42→60 under 現状値（H26）→目標値（H31） (坂祝): the baseline, then the target, each
            # dated by its own brackets, else by its side of the heading (else the row's base
            # year, the row's target period); a bracket ending the cell (50%→55%（R2）), taken
            # off it upstream, dates the target
            own = draft.baseline.period
            heading = normalize_text(draft.baseline.header)
            if own is not None and normalize_text(own.raw) in heading:
                own = None  # the column's period, not the cell's own bracket
            start_period = find_period(sides[0]) or _period_of(draft.base_year)
            goal_period = own or find_period(sides[1]) or target_period
            baseline = _arrow_end(ends[0], draft.baseline, start_period, default_unit)
            goal = _arrow_end(ends[1], draft.baseline, goal_period, default_unit)
            if goal is not None:
                targets.append(goal)
        else:
            parsed = _as_parts(_parse(draft.baseline, default_unit), pair, default_unit)
            baseline = _observation(draft.baseline, parsed, base_period, warnings, notes)
    span = find_span(draft.target_period.text) if draft.target_period else None
    points_at: int | None = None  # the year of the target whose points make the statement
    for cell in draft.targets:
        period = cell.period or target_period
        heading = innermost_heading(cell.header)
        if cell.period is None and ORDINAL_YEAR.search(heading):
            period = _ordinal_period(cell, span)  # 1年目 of the row's 事業期間, not its end
        if period is None and _YEARS_AHEAD.search(heading):
            # いわき's 現状値 | 5年後: five years after when, the table does not say
            note = (
                f"the target under {heading!r} has no year: its heading counts years from a "
                "date it does not name"
            )
            if note not in warnings:
                warnings.append(note)
        ends = split_arrow(cell.text) if cell.value_text is None else None
        if ends is not None:
            # 1.39（H24）→1.52（H31） under 目標値: the value the target starts from, then the
            # target, each dated by its own brackets, else by the column
            revised = _arrow_periods(cell.header)
            if revised is not None and baseline is not None:
                # 220→240 under 目標値（R6→R8） (米原): the first target, and the target the plan's
                # extension set for its new last year, each its heading's period
                for end, when in zip(ends, revised, strict=True):
                    target = _arrow_end(end, cell, when, default_unit)
                    if target is not None:
                        targets.append(target)
                continue
            # (42→60 under 目標（H26→H31）, no baseline of its own: the start is the baseline,
            # each end dated by its side of the heading's arrow)
            start_at, goal_at = revised if revised is not None else (period, period)
            start = _arrow_end(ends[0], cell, start_at, default_unit)
            goal = _arrow_end(ends[1], cell, goal_at, default_unit)
            unread = None  # why the start is no baseline, where it is none
            if revised is None and start is not None and find_period(ends[0]) is None:
                # 12→14 under R7目標（最終） (足寄: a note calls 14 the revised target): a start
                # with no year of its own is no baseline dated by the target's column, review 48
                unread = "prints no year and was not read"
            elif (
                revised is None
                and start is not None
                and goal is not None
                and start.period is not None
                and goal.period is not None
                and year_of(start.period) >= year_of(goal.period)
            ):
                # R7:120→150 under 目標（R7）: a target revised, its start no baseline (review 50)
                unread = "is dated no earlier than it: a revised target, not read"
            if unread is not None:
                warnings.append(
                    f"{cell.text.strip()!r} {_where(cell)}: {ends[1]} read as the target; "
                    f"{ends[0]}, where the arrow starts, {unread}"
                )
                start = None
            if (
                revised is None
                and goal is not None
                and goal.period is not None
                and period is not None
                and goal.period is not period
                and year_of(goal.period) != year_of(period)
            ):
                # R2:100→R6:120 under 目標（R7）: the end's own year, not the column's (review 50)
                warnings.append(
                    f"{cell.text.strip()!r} {_where(cell)}: its target is dated by its own "
                    f"{goal.period.raw}, not by the column's {period.raw}"
                )
            if baseline is None:
                baseline = start
            if goal is not None:
                targets.append(goal)
            continue
        parsed = _as_parts(_parse(cell, default_unit), pair, default_unit)
        # (a target cell that says only which way, 増加 or 減少, states that much: 酒田, 奈義;
        # one of signed percentage points for a percentage, 真岡's +5ポイント, how far it moves,
        # while a gap in points, 全国平均との差 in ポイント, has its level in points; the value
        # read with the unit cell after it says it whole: 10 | ％増（対H26）)
        text = normalize_text(cell.value_text or cell.text)
        points = not _POINT_UNIT.search(unit or "") and SIGNED_POINTS.fullmatch(text) is not None
        said = (
            None
            if parsed and not points
            else parse_target_statement(text) or parse_direction_statement(cell.text)
        )
        if said is not None:
            # a target stated in words: its level, where it states one, is the period's target
            # (５年間で１人); 現状維持 and 10%増 state none. Either way it is the statement.
            goal = _stated_target(cell, said, default_unit, period)
            if (
                goal is not None
                and said.horizon_years
                and goal.period is not None
                and normalize_unit(goal.quantity.unit or "") not in RATE_UNITS
                # (5年後に30,000人: a level at a point, the column's target, review 53)
                and _OVER_YEARS.search(normalize_text(cell.text))
            ):
                # 5年間で延べ30人 under 目標値（R7）: a total over the years, the statement
                # alone, as the spec's 4年で…1,665人確保 and 83 of 84 hand-written readings
                # keep it (浪江's 3年間で累計30件 under 最終目標（R6） is the other), so the
                # column's year is said, not read as the target's
                warnings.append(
                    f"{normalize_text(cell.text)!r} under {normalize_text(cell.header)}, a total "
                    f"over {said.horizon_years} years, was kept as the target statement alone; "
                    f"it may be the {normalize_text(goal.period.raw)} target too"
                )
                goal = None
            if goal is not None:
                targets.append(goal)
            if points and points_at is not None and statement is not None:
                # 中間目標 +3ポイント, 最終目標 +5ポイント: the later target's change is kept
                # (years compared where both are known; else the later column's, as printed)
                later = not (year_of(period) and points_at and year_of(period) < points_at)
                kept, other = (said, statement) if later else (statement, said)
                warnings.append(
                    f"{other.text!r} and {kept.text!r} are both changes in percentage points; "
                    f"only {kept.text!r}, the later target's, is kept as the target statement"
                )
                statement = kept
                points_at = max(points_at, year_of(period))
                continue
            if points and statement is None:
                points_at = year_of(period)
            elif statement is not None and (points or points_at is not None):
                # +3ポイント | 増加, 増加 | +5ポイント: two statements, one of them points
                warnings.append(
                    f"{text!r} under {normalize_text(innermost_heading(cell.header))} states a "
                    f"target too; {statement.text!r} is kept as the target statement"
                )
            statement = statement or said
            continue
        obs = _observation(cell, parsed, period, warnings, notes)
        if obs is not None:
            targets.append(obs)
    actuals = []
    for cell in draft.actuals:
        parsed = _as_parts(_parse(cell, default_unit), pair, default_unit)
        noted = _noted_target(parsed.note, cell, default_unit) if parsed and parsed.note else None
        if noted is not None:
            # 51万人（H32目標100万人） under 実績: the actual, and the target its bracket names
            targets.append(noted)
            parsed = replace(parsed, note=None) if parsed else parsed
        period = cell.period or _ordinal_period(cell, span)
        # (an actual's note says how it moved, 504.2（前年比+1.8%）: no target statement)
        obs = _observation(cell, parsed, period, warnings, notes, states_target=False)
        if obs is not None:
            actuals.append(obs)
    targets, actuals = _once(targets), _once(actuals)
    # actuals in period order, a calendar year by its year (由布's 2023年 after FY2022); an undated
    # one (最終 under no year) after the dated ones
    actuals.sort(
        key=lambda o: (
            o.period is None,
            (o.period.fiscal_year or o.period.year or 0) if o.period else 0,
        )
    )
    # targets in period order too, the undated where they stand (久留米 prints its final target
    # before the year's, 31年度目標値 | 実績値（29年度目標値）)
    if all(t.period is not None and t.period.fiscal_year is not None for t in targets):
        targets.sort(key=lambda o: o.period.fiscal_year or 0 if o.period else 0)

    baseline_q = (
        baseline.quantity if baseline is not None and baseline.quantity.value is not None else None
    )
    for text in draft.target_texts:
        read = parse_target_statement(text, baseline=baseline_q)
        if read is not None:
            statement = read
        elif normalize_text(text):
            warnings.append(
                f"the target {text.strip()!r} is neither a value nor a target statement; "
                "it was not read"
            )
    if statement is None and draft.name_direction:
        # (健康寿命【延伸】: which way to move, in a word of its name)
        statement = parse_direction_statement(draft.name_direction)
    for note in notes:  # 年３人（５年間で１５人）: the note states the target over the horizon
        statement = statement or _horizon_statement(note)
    if statement is not None and baseline_q is not None and statement.goal is not None:
        statement = parse_target_statement(statement.text, baseline=baseline_q) or statement

    if draft.stated_goal and not said_in_name:
        # 【目標】令和6年度に、…を年間13.0t (野田): the sentence under the row, read as a name's
        said_in_name = draft.stated_goal
        statement = statement or parse_target_statement(draft.stated_goal, baseline=baseline_q)
    if said_in_name and targets and baseline:
        # 鮎の販売額を、令和7年度に年間1,200万円とする。 beside R5目標 | R5実績 (舟形): a year the
        # sentence dates after every target column's is one more target, in their counter
        _, dated = _dated_levels(said_in_name, default_unit, unit_flags, draft.indicator_where)
        targets = targets + _later_targets(targets, dated, warnings)
    elif said_in_name:
        # 出生数を令和4年度に26人、令和6年度に30人とする (下條): a name that states its targets,
        # each level the sentence dates the target of that year; where it says where it starts
        # (神山: 令和2（2020）年度の1,119tから), that is the baseline
        stated_below = said_in_name == draft.stated_goal
        start, dated = _dated_levels(
            said_in_name,
            default_unit,
            unit_flags,
            draft.stated_goal_where if stated_below else draft.indicator_where,
        )
        if stated_below and (dated or statement is not None):
            warnings.append(
                f"its target was read from a sentence in a row of its own under it "
                f"({draft.stated_goal!r})"
            )
        if dated and statement is not None and not targets:
            # 令和4年度に26人、令和6年度に30人とする: the last level it dates is where it ends up,
            # and the numbers decide its way (毎年1人ずつ増やし、…年間16人: 16, no 1)
            last = dated[-1].quantity
            if last.value is not None:
                statement = with_goal(statement, Amount(last.value, last.unit), baseline_q)
        targets = targets or dated
        baseline = baseline or start
    if said_in_name and not targets and target_period is not None and statement is not None:
        # …の入館者数を年間12万人にする beside a 目標年度 column's R5 (紀宝): the level the
        # sentence aims at is that year's target
        aimed = _aimed_level(said_in_name, default_unit, unit_flags)
        if aimed is not None:
            targets = [Observation(aimed, target_period, draft.indicator_where)]
    if unit is None and not targets and not actuals and baseline is None:
        # a record whose only figure is its target statement's level (北塩原: 総人口：2,289人
        # （令和12年時点）を維持すること): that level's unit
        said_unit = statement.goal.unit if statement is not None and statement.goal else None
        if said_unit in _RELATIVE_UNITS:
            said_unit = None  # 5年間で1.2倍: how the target compares, not what is counted
        unit = split_scale(said_unit)[1] or None if said_unit else None
    printed_status = None
    draft_status = draft.status.strip() if draft.status else None
    if draft.status:
        raw = normalize_text(draft.status).replace(" ", "")
        ticked = checked_status(raw)  # ■達成 □未達成: the word ticked is what is printed
        sentence = status_sentence(raw)  # 目標値を達成しました。: the sentence's word
        printed_status = (
            STATUS_WORDS.get(ticked or raw)
            or (STATUS_WORDS[sentence[1]] if sentence is not None else None)
            or draft.status_meaning
        )
        if ticked is not None:
            draft_status = ticked
    computed = compute_status(name, targets, actuals, statement)
    status = None
    if printed_status is not None or computed is not None:
        status = _status(printed_status, draft_status, computed)
        if (
            printed_status is not None
            and computed is not None
            and printed_status != computed
            and draft.status is not None  # printed_status implies it: this tells mypy
        ):
            warnings.append(
                f"the document says {draft.status.strip()} but the numbers say {computed}"
            )
    program = draft.program
    return KpiRecord(
        document=document,
        indicator=name or None,  # type: ignore[arg-type]
        kind=draft.kind.value,
        page=draft.page,
        line=draft.line,
        section=_section(tuple(draft.section)),
        program=program.name if program else None,
        program_no=program.number if program else None,
        department=department,
        reposted=reposted or (program.reposted if program else False),
        indicator_type=draft.indicator_type,
        label=label,
        unit=unit,
        baseline=baseline,
        targets=tuple(targets),
        actuals=tuple(actuals),
        target_statement=statement,
        status=status,
        warnings=tuple(dict.fromkeys(warnings)),
        adapter=adapter,
        indicator_cell=draft.indicator_where if name else None,
        extra={"comment": "\n".join(draft.comments) or None},
    )
