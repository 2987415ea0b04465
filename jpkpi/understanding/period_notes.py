"""Periods a note under a table gives some rows' values by the rows' numbers (阿見: ``※基準値は
平成29年度の値。ただし、No.2は平成29年（1月～12月）の値、No.4は平成30年度来訪者アンケートの値``).

The note must name the column's list (基準値, 現状値) and first the period its heading prints:
that is how it is known to speak of this column. Each row it names afterwards by its number takes
the period the note gives it; a number no row is known by dates nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.numerals import kanji_to_int
from jpkpi.primitives.period import (
    ERA_PATTERN,
    Period,
    count_periods,
    find_period,
    find_span,
    parse_period,
    year_of,
)
from jpkpi.primitives.text import normalize_text, sentence_around
from jpkpi.tables.model import Table
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.unit_notes import (
    ROW_KEY,
    ROW_KEY_RUN,
    ROW_KEYS,
    named_keys,
    note_key,
    row_key,
)

#: A note that opens with a list's word and the period of its values (``※基準値は平成29年度の値``).
_OPENING = regex.compile(
    # (高浜: 策定時（R3）は令和3年度の値です。ただし、④は…令和2年度の値を策定時と: the column
    # by its heading, bracket and all)
    r"※?\s*(?P<list>基準値|現状値|策定時|事業開始前)(?:\s*[(（][^()（）]{1,12}[)）])?"
    r"(?:の(?:値|数値))?\s*は\s*(?P<period>[^、。,]{2,20}?)"
    # (木城: 事業開始前の値は令和2年2月末現在（①③⑤は令和元年度の1年間の値）: a day)
    r"\s*(?:の(?:値|数値|実績)|現在|時点)"
)
#: A reason a statement gives before what it says (``…を休業したため、``, ``…が未集計のため、``),
#: read past.
REASON_FIRST = r"(?:[^。]{0,30}?ため\s*[、,]\s*)?"
#: Rows by their numbers and the period of their values (``No.2は平成29年（1月～12月）の値``;
#: 士幌: ``No.4のみ平成27年度に実施した町民アンケートの結果``).
_BY_KEY = regex.compile(
    rf"(?P<keys>{ROW_KEYS})\s*(?:(?:の[^、。,は]{{0,6}})?は|のみ)\s*"
    # (王滝: No.2は令和2年度に施設を休業したため、令和元年度の値を基準値: the reason first)
    rf"{REASON_FIRST}"
    r"(?P<period>[^、。,]{2,30}?)\s*(?:の\s*1\s*年間)?\s*の(?:値|数値|実績|結果)"
)
#: A calendar year's twelve months in brackets after it (``平成29年（1月～12月）``): that year.
_WHOLE_CALENDAR_YEAR = regex.compile(r"\s*[(（]\s*1\s*月?\s*[～~〜\-－]\s*12\s*月\s*[)）]")


@dataclass(frozen=True)
class PeriodNote:
    """What such a note says: the list it speaks of, the period of its column, and the period it
    gives each row's value by the row's number."""

    list: str
    period: Period
    by_key: dict[str, Period]


def _period_of(text: str) -> Period | None:
    """The period a note gives a value (``平成29年（1月～12月）``: the calendar year 2017;
    ``平成30年度来訪者アンケート``: FY2018); None where it names a span or several periods
    (``平成27年度から平成29年度までの平均``: no one year, as a numbered note's dates nothing)."""
    whole = _WHOLE_CALENDAR_YEAR.search(text)
    if whole is None and (count_periods(text) != 1 or find_span(text) is not None):
        return None
    if whole is not None:
        try:
            year = parse_period(text[: whole.start()])
        except ParseError:
            return None
        return year if year.month is None else None
    return find_period(text)


def read_period_note(texts: Iterable[str]) -> PeriodNote | None:
    """The first note among ``texts`` that dates a list's column and gives some rows another
    period by their numbers; None where none does."""
    for text in texts:
        norm = normalize_text(text)
        opening = _OPENING.match(norm)
        if opening is None:
            continue
        period = find_period(opening.group("period"))
        if period is None:
            continue
        by_key: dict[str, Period] = {}
        for m in _BY_KEY.finditer(norm, opening.end()):
            given = _period_of(m.group("period"))
            if given is None:
                continue
            for key in regex.findall(ROW_KEY, m.group("keys")):
                by_key[note_key(key)] = given
        if by_key:
            return PeriodNote(opening.group("list"), period, by_key)
    return None


def _under_noted_column(base: ValueCell | None, note: PeriodNote) -> bool:
    """Whether a baseline is dated as the column the note first dates (its heading's period),
    not otherwise by its own cell."""
    return (
        base is not None
        and base.period is not None
        and (base.period.fiscal_year, base.period.year)
        == (note.period.fiscal_year, note.period.year)
    )


def dated_by_period_note(drafts: Sequence[Draft], texts: Iterable[str]) -> None:
    """Each named row's baseline dated as the note under its table says, where the value stands
    under the column the note first dates (its heading's period); its raw stays the heading."""
    note = read_period_note(texts)  # (its list, 基準値 or 現状値, is the baseline)
    if note is None:
        return
    known = {row_key(d.label, d.indicator) for d in drafts}
    unknown = [k for k in note.by_key if k not in known]
    if unknown:
        # (※1 策定時の値は平成26年度の実績（No.4のみ平成27年度…） over rows no number names No.4:
        # which row the note sets apart is not known, so each row dated by the column is in doubt)
        for d in drafts:
            if _under_noted_column(d.baseline, note):
                d.warnings.append(
                    f"the note under the table gives row {', '.join(unknown)} a year of its own, "
                    f"but no row is numbered so: this row's {note.list} may be of another year"
                )
    for d in drafts:
        key = row_key(d.label, d.indicator)
        given = note.by_key.get(key) if key is not None else None
        base = d.baseline
        if given is None or base is None or base.period is None:
            continue
        if not _under_noted_column(base, note):
            continue  # (a value dated otherwise, by its own cell: not the column the note dates)
        dated = Period(given.fiscal_year, given.year, given.month, base.period.raw)
        d.baseline = replace(base, period=dated)
        fy = "FY" if given.fiscal_year is not None else ""
        d.warnings.append(
            f"its {note.list} is dated {fy}{year_of(given)}, as the note under the table says "
            f"of row {key}, not the column's {base.period.raw.strip()}"
        )


#: A note that names rows by their numbers first (神栖's row inside the grid: ``※以下の
#: No.3・No.4は、令和元年度の中間見直しで追加した指標です。``; 筑後's ``※No.3～No.5は…``, a run of
#: numbers) and, in a later sentence, the period of the list's column for them (``この2指標の
#: 基準値欄は、平成30年度の値です。``), or in the same sentence, naming the column (筑後:
#: ``…のため、「策定時」欄には令和3年度末の値を記載しています。``).
_KEYS_FIRST = regex.compile(rf"(?P<keys>{ROW_KEY_RUN})\s*は")
_LIST_COLUMN_IS = regex.compile(
    r"。[^。]{0,12}?(?P<list>基準値|現状値)欄?\s*は、?\s*"
    # (厚真: この2指標の基準値は、表頭の平成26年度ではなく令和2年度の値です: the heading's year set
    # aside first)
    r"(?:[^、。,，()（）]{2,14}?ではなく、?\s*)?"
    # (津奈木: 基準値は令和3年度の値で、実績はR4から記載: the sentence goes on)
    r"(?P<period>[^、。,，]{2,20}?)\s*の(?:値|数値|実績値?)(?:です|である|。|$"
    # (… の値で、 the sentence going on, but to no row of its own: 基準値は令和3年度の値で、
    # No.3のみ令和4年度の値です sets a row apart, which this reading would not)
    r"|で[、,](?![^。]*(?:(?:KPI|No\.?)\s*[0-9]|[\u2460-\u2473]|のみ|除き|除く|ただし)))"
)
_LIST_COLUMN_HOLDS = regex.compile(
    # (本巣: 基準値の欄には令和4年度の数値を記載)
    r"[「『]?(?P<list>基準値|現状値|策定時)[」』]?\s*の?\s*欄\s*(?:に|で)?は、?\s*"
    # (下松: この2指標の基準値欄には、H30ではなくR3の実績を記載: the heading's year, set aside)
    r"(?:[^、。,，()（）]{2,10}?ではなく、?\s*)?"
    # (酒々井: 「現状値」欄にはR4実績を記載: the year and its list's word, no の between)
    r"(?P<period>[^、。,，()（）]{2,20}?)\s*(?:の(?:値|数値|実績値?)|実績値?(?=を記載))"
    r"(?:を記載|です|である|。|[)）]|$)"
)


#: A note's sentence that gives numbered rows' baseline a period of its own (球磨: ``No.4の基準値
#: は、体験プログラムの受付窓口を一元化した令和3年度の値``): the keys, the list and the period.
_KEYED_LIST_IS = regex.compile(
    rf"(?P<keys>{ROW_KEY_RUN})\s*の\s*(?P<list>基準値|現状値)欄?\s*は、?[^。]{{0,40}}?"
    r"(?P<period>(?:令和|平成|R|H)\s*(?:[0-9]{1,2}|元)\s*年度?|20[0-9]{2}\s*年度?)\s*"
    r"の\s*(?:値|数値|実績値?)"
)


def dated_by_row_note(drafts: Sequence[Draft], texts: Iterable[str]) -> None:
    """Each row a note names by its number first, then says the list's column holds another
    period for (神栖: ``※以下のNo.3・No.4は、…追加した指標です。この2指標の基準値欄は、平成30年度の
    値です。`` under ``基準値（H28）``), its baseline dated so, with a warning; its raw stays the
    heading. A note that names no row of the table dates nothing."""
    for text in texts:
        norm = normalize_text(text)
        named = _KEYS_FIRST.search(norm)
        if named is None:
            continue
        column = _LIST_COLUMN_IS.search(norm, named.end())
        held = _LIST_COLUMN_HOLDS.search(norm, named.end()) if column is None else None
        column = column or held
        if column is None:
            continue
        given = _period_of(column.group("period"))
        if given is None:
            continue
        keys = named_keys(named.group("keys"))
        if keys is None:
            continue  # (No.1～No.30, KPI1～No.3: a run read in part would date some rows alone)
        said = f"a note says of its row ({sentence_around(norm, column.start() + 1, column.end())})"
        for d in drafts:
            base = d.baseline
            if row_key(d.label, d.indicator) not in keys or base is None or base.period is None:
                continue
            if held is not None and held.group("list") not in normalize_text(base.header):
                continue  # (「策定時」欄 names the column by its heading: this one's, or none)
            _baseline_dated(d, given, column.group("list"), said)


def dated_by_keyed_list_note(drafts: Sequence[Draft], texts: Iterable[str]) -> None:
    """Each row a note's sentence names by its number as the subject of its baseline's period
    (球磨: ``※2 No.4の基準値は、…を一元化した令和3年度の値（令和元年度は集計していない）。`` under
    ``基準値（R元）``), its baseline dated so, with a warning; its raw stays the heading."""
    for text in texts:
        norm = normalize_text(text)
        for m in _KEYED_LIST_IS.finditer(norm):
            given = _period_of(m.group("period"))
            keys = named_keys(m.group("keys"))
            if given is None or keys is None:
                continue
            said = f"a note says of its row ({sentence_around(norm, m.start(), m.end())})"
            for d in drafts:
                base = d.baseline
                if row_key(d.label, d.indicator) in keys and base is not None and base.period:
                    _baseline_dated(d, given, m.group("list"), said)


def _baseline_dated(d: Draft, given: Period, listed: str, said: str) -> None:
    """The draft's baseline dated ``given`` where its column dates it otherwise, with a warning
    naming its list and what ``said`` so; its raw stays the heading."""
    base = d.baseline
    assert base is not None and base.period is not None
    if (base.period.fiscal_year, base.period.year) == (given.fiscal_year, given.year):
        return
    d.baseline = replace(
        base, period=Period(given.fiscal_year, given.year, given.month, base.period.raw)
    )
    d.warnings.append(
        f"its {listed} is dated {given.raw.strip()}, as {said}, not the column's "
        f"{base.period.raw.strip()}"
    )


#: A row across a grid that counts the rows below it (檜枝岐: ``▽ 以下の２指標は令和4年度の
#: 計画変更で追加（基準値欄は令和３年度の値）``), then names their list's column as
#: ``_LIST_COLUMN_HOLDS`` reads it: how many rows.
_FOLLOWING_ROWS = regex.compile(
    r"以下の\s*(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*(?:つの)?\s*(?:指標|項目|KPI)\s*は"
)


def dated_by_following_rows(table: Table, drafts: Sequence[Draft]) -> None:
    """The baselines of the rows a row across the grid names as the next ones (檜枝岐: ``以下の２
    指標は…（基準値欄は令和３年度の値）`` over the last two indicators, under ``基準値（R元）``)
    dated so, with a warning; its raw stays the heading. The column must be the one the row
    names, and there must be as many rows under it as it says."""
    for row in table.rows():
        filled = [c for c in row if not c.empty]
        if len(filled) != 1 or filled[0].colspan < table.n_cols - 1:
            continue
        norm = normalize_text(filled[0].text)
        m = _FOLLOWING_ROWS.search(norm)
        column = _LIST_COLUMN_HOLDS.search(norm, m.end()) if m is not None else None
        given = _period_of(column.group("period")) if column is not None else None
        if m is None or column is None or given is None:
            continue
        listed = column.group("list")
        count = kanji_to_int(m.group("n"))  # (２ folded to 2, 二 read)
        if count is None:
            continue
        below = sorted(
            (d for d in drafts if d.row is not None and d.row > filled[0].row),
            key=lambda d: d.row or 0,
        )
        if len(below) < count:
            continue
        for d in below[:count]:
            base = d.baseline
            if base is None or base.period is None or listed not in normalize_text(base.header):
                continue
            _baseline_dated(d, given, listed, f"the row above it says ({norm.strip()})")


#: A statement that names a column by its heading and the day its values were counted at (尾鷲:
#: ``※H23欄は平成24年3月末現在の値``; 高岡's 備考: ``2025年3月末の実績は2025年2月末時点の値``): the
#: heading, the list it speaks of (実績: the actuals alone), and the day.
_COLUMN_AS_OF = regex.compile(
    r"(?:^|(?<=[\s、。,，(（※]))(?P<heading>[^\s、。,，()（）※]{2,14}?)\s*"
    r"(?:欄|の(?P<list>実績値?|数値|値))\s*は、?\s*(?P<when>[^、。,，]{4,20}?)\s*"
    r"(?:現在|時点)の?(?:値|数値|実績値?)"
)


def _day_of(text: str) -> Period | None:
    """The month of a year a statement dates values at (``令和6年1月末``: 2024-01, FY2023), or
    None where it names no month or does not read."""
    try:
        when = parse_period(text)
    except ParseError:
        return None
    if when.month is None or when.year is None or when.fiscal_year is None:
        return None
    return when


def heading_levels(v: ValueCell) -> list[str]:
    """The levels of a value's heading, outermost first, each without spaces (``基準値`` ›
    ``（R2）``): what a note names a column by."""
    return [h.replace(" ", "").strip() for h in normalize_text(v.header).split("›")]


def dated_by_column_note(d: Draft, texts: Iterable[str]) -> None:
    """Date the draft's values under a column a statement names by its heading at the day it
    gives, where that day refines the column's period: the end of its fiscal year (尾鷲:
    ``※H23欄は平成24年3月末現在の値`` under ``H23``: 2012-03), or another month of its year where
    the heading prints one already (高岡: ``2025年3月末の実績は2025年2月末時点の値``: 2025-02, the
    actual alone). A day inside a column dated by its year alone leaves it (F313-5: the year
    stands)."""
    for text in texts:
        norm = normalize_text(text)
        for m in _COLUMN_AS_OF.finditer(norm):
            when = _day_of(m.group("when"))
            if when is None:
                continue
            said = sentence_around(norm, m.start(), m.end())
            if len(regex.findall(r"現在|時点", said)) > 1:
                # (田舎館: …令和6年3月末現在の数値（速報）と、令和6年7月末現在の数値（確定）)
                continue  # two days: which column holds which is not said here
            named = m.group("heading").replace(" ", "")
            _date_column(d, named, when, said, actuals_only="実績" in (m.group("list") or ""))


def _date_column(d: Draft, named: str, when: Period, said: str, actuals_only: bool) -> None:
    """Each value of the draft under the heading ``named`` (at any level of its header; its
    actuals alone where the statement speaks of 実績) dated ``when``, where that refines its
    period (see :func:`dated_by_column_note`)."""

    def dated(v: ValueCell) -> ValueCell:
        p = v.period
        if p is None or named not in heading_levels(v):
            return v
        year_end = p.month is None and (when.year, when.month) == ((p.fiscal_year or 0) + 1, 3)
        refined = p.month is not None and when.fiscal_year == p.fiscal_year
        if not (year_end or refined) or (p.year, p.month) == (when.year, when.month):
            return v
        d.warnings.append(
            f"its value {normalize_text(v.text)!r} is dated {when.raw.strip()}, as a note says "
            f"({said})"
        )
        return replace(v, period=Period(p.fiscal_year, when.year, when.month, p.raw))

    if actuals_only:
        d.actuals = [dated(v) for v in d.actuals]
    else:
        d.map_values(dated)


#: A note that gives the period of a column whose heading names none (いすみ: ``※1 事業開始前
#: （現時点）は令和2年度末の値です。`` over the 交付金 form's undated baseline column): the heading
#: and the period.
_UNDATED_COLUMN_IS = regex.compile(
    r"(?:^|(?<=[\s、。※0-9]))(?P<heading>[^\s、。,，※]{2,20}?)\s*欄?\s*は、?\s*"
    r"(?P<period>[^、。,，\s]{2,16}?)\s*(?:現在|時点)?\s*の(?:値|数値|実績値?)\s*(?:です|である)?"
    r"\s*(?:。|$)"
)


#: Words of a note that set some rows apart from what it says of the others.
_SETS_APART = regex.compile(r"ただし|但し|を除く|除き|のみ")


def dated_by_heading_note(d: Draft, texts: Iterable[str], table: Table) -> None:
    """Date the draft's undated values under a heading that names no period (``事業開始前
    （現時点）``) as a note that names the heading whole says (``…は令和2年度末の値です``), with a
    warning quoting it; a value its heading or cell dates already stays. The period's raw is the
    heading as ``table`` prints it. A note that sets rows apart (``ただし、幸福度は…``) is read by
    the readings of such notes, not here."""
    for text in texts:
        norm = normalize_text(text)
        if _SETS_APART.search(norm):
            continue
        for m in _UNDATED_COLUMN_IS.finditer(norm):
            try:
                when = parse_period(m.group("period"))
            except ParseError:
                continue
            if when.fiscal_year is None and when.year is None:
                continue
            named = m.group("heading").replace(" ", "")
            said = sentence_around(norm, m.start(), m.end()).strip()

            def dated(v: ValueCell, named: str = named, when: Period = when) -> ValueCell:
                if v.period is not None or not v.header:
                    return v
                if named not in heading_levels(v):
                    return v
                printed = next(
                    (
                        c.text.strip()
                        for c in table.cells
                        if normalize_text(c.text).replace(" ", "") == named
                    ),
                    named,
                )
                return replace(v, period=replace(when, raw=printed))

            before = [v.period for v in d.value_cells()]
            d.map_values(dated)
            if [v.period for v in d.value_cells()] != before:
                d.warnings.append(
                    f"its values under {named} are dated {when.raw.strip()}, as a note says "
                    f"({said})"
                )


#: A row's own remark dating one of its values at a day (楢葉's 備考 ``R2欄は令和3年2月末現在``;
#: 山武: ``…。R5は令和5年12月末現在``; 芦北: ``令和6年1月末現在`` alone): the heading it names, if
#: any, and the day.
_REMARK_AS_OF = regex.compile(
    r"(?:^|(?<=[\s、。,，(（※]))(?:(?P<heading>[^\s、。,，()（）※は]{2,10}?)\s*欄?\s*は、?\s*)?"
    r"(?P<when>[^\s、。,，()（）は]{4,16}?)\s*(?:現在|時点)(?:の(?:値|数値|実績値?))?\s*(?:です)?"
    r"(?=$|[、。,，(（])"
)


def dated_by_row_remark(
    d: Draft, remarks: Iterable[str], said_by: str = "its row's remark"
) -> None:
    """Date at the day it gives the one actual of the draft's row that the row's own remark dates
    (楢葉's 備考 ``R2欄は令和3年2月末現在``: the R2 actual, 2021-02; 芦北: ``令和6年1月末現在``, the
    actual whose fiscal year holds that day), as a value's own note does (F305-6): a remark
    speaks of its row's value, not of the column (a heading's own day inside its year leaves it,
    F313-5).
    The day must fall in the value's fiscal year; a remark naming two days, or a day no actual's
    year holds, dates nothing."""
    for text in remarks:
        norm = normalize_text(text)
        found = list(_REMARK_AS_OF.finditer(norm))
        if len(found) != 1:
            continue
        m = found[0]
        when = _day_of(m.group("when"))
        if when is None:
            continue
        heading = (m.group("heading") or "").replace(" ", "")
        if not heading and m.group().strip() != norm.strip().rstrip("。"):
            continue  # (令和6年度末現在、…箇所数は661箇所: a day the remark describes, no value's)
        heading = regex.sub(r"(?:の?実績値?)$", "", heading)
        # (R5実績は…: the heading a year, the actual of that fiscal year; else its words)
        year = find_period(heading) if heading else None

        def names(v: ValueCell, heading: str = heading, year: Period | None = year) -> bool:
            if year is not None:
                return v.period is not None and year_of(v.period) == year_of(year)
            return any(h == heading or h.startswith(heading) for h in heading_levels(v))

        target = date_actual_at_day(d, when, names if heading else None)
        if target is None:
            continue
        said = sentence_around(norm, m.start(), m.end())
        d.warnings.append(
            f"its actual {normalize_text(target.text)!r} is dated {when.raw.strip()}, as {said_by} "
            f"says ({said})"
        )


def date_actual_at_day(
    d: Draft, when: Period, names: Callable[[ValueCell], bool] | None = None
) -> ValueCell | None:
    """Date at ``when``'s year and month the one actual of the draft (that ``names`` accepts,
    where given) dated by ``when``'s fiscal year alone, its fiscal year and raw kept (a row's own
    remark or count-day column: when its figure was counted); the actual so dated, or None
    where no single one is."""
    own = [
        a
        for a in d.actuals
        if a.period is not None
        and a.period.month is None
        and a.period.fiscal_year == when.fiscal_year
        and (names is None or names(a))
    ]
    if len(own) != 1 or when.month is None:
        return None
    target = own[0]
    p = target.period
    assert p is not None
    d.actuals = [
        replace(a, period=Period(p.fiscal_year, when.year, when.month, p.raw)) if a is target else a
        for a in d.actuals
    ]
    return target


#: A ただし clause setting apart the rows whose names hold a word, and what it says of their
#: values (奄美: ``ただし、幸福度は2023年度（令和5年度）に実施した…調査の結果です``).
_EXCEPT_BY_WORD = regex.compile(
    r"ただし[、,]?\s*(?P<word>[^\s、。,，は()（）0-9.]{2,12}?)(?:について)?は[、,]?\s*"
    r"(?P<rest>[^。]*)"
)
#: The period such a clause opens with, a bracket glossing it in the other calendar passed
#: (``2023年度（令和5年度）``).
_OPENING_PERIOD = regex.compile(
    r"(?P<when>[^()（）、。,，のにでをが]{2,14}?(?:\s*[(（][^()（）]{2,12}[)）])?)"
    r"(?=[のにでをが、。,，]|$)"
)


#: A year opening a clause, whatever words follow it (``平成29年度市民アンケート``).
_LEADING_YEAR = regex.compile(
    rf"\s*(?:(?:{ERA_PATTERN})\s*(?:[0-9]{{1,2}}|元)|(?:19|20)[0-9]{{2}})\s*年度?"
)


def opening_period(text: str) -> Period | None:
    """The period a clause opens with (``2023年度（令和5年度）に実施した…``, ``平成29年度市民
    アンケート``); None where it opens with none, or the period does not parse whole."""
    opening = _OPENING_PERIOD.match(text)
    try:
        return parse_period(opening.group("when")) if opening is not None else None
    except ParseError:
        pass
    year = _LEADING_YEAR.match(text)  # (平成29年度市民アンケート: the year, then the survey)
    try:
        return parse_period(year.group()) if year is not None else None
    except ParseError:
        return None


def excepted_rows(text: str) -> dict[str, tuple[Period | None, str]]:
    """The rows a note's ただし clauses set apart by a word of their names, each with the
    period the clause gives their values (None where it opens with none, or the period does
    not parse whole) and the clause; a row's number (``No.2``, read by ``read_period_note``)
    is no word."""
    found: dict[str, tuple[Period | None, str]] = {}
    for m in _EXCEPT_BY_WORD.finditer(normalize_text(text)):
        word, rest = m.group("word"), m.group("rest")
        if regex.fullmatch(ROW_KEYS, word) or word in found:
            continue
        found[word] = (opening_period(rest), m.group(0).strip())
    return found


#: A ただし clause setting apart rows by their numbers (``ただし、No.2は…``, ``ただしKPI②は…``).
_EXCEPT_BY_KEY = regex.compile(
    rf"ただし[、,]?\s*(?P<keys>{ROW_KEYS})\s*(?:の[^、。,，は]{{0,12}})?は"
)


#: Rows a note sets apart by number in brackets (湖南: ``（No.3を除く）``).
_EXCEPTED_IN_BRACKETS = regex.compile(rf"[(（]\s*(?P<keys>{ROW_KEYS})\s*を?除く\s*[)）]")


def excepted_keys(text: str) -> set[str]:
    """The numbers of the rows a note's ただし clauses set apart (``ただし、No.2は…``: ``2``), or
    a bracket after what it says (``（No.3を除く）``), as ``row_key`` gives a row's."""
    norm = normalize_text(text)
    by_clause = {
        note_key(key)
        for m in _EXCEPT_BY_KEY.finditer(norm)
        for key in regex.findall(ROW_KEY, m.group("keys"))
    }
    in_brackets = {
        key
        for m in _EXCEPTED_IN_BRACKETS.finditer(norm)
        for key in named_keys(m.group("keys")) or ()
    }
    return by_clause | in_brackets


__all__ = [
    "REASON_FIRST",
    "PeriodNote",
    "dated_by_column_note",
    "dated_by_following_rows",
    "dated_by_period_note",
    "dated_by_row_note",
    "excepted_keys",
    "excepted_rows",
    "opening_period",
    "read_period_note",
]
