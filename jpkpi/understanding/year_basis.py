"""Year bases, row by row: a column or a unit cell that says how each indicator's years are
counted.

A KPI table's era years (``H27``, ``現況（H23）``) are fiscal years (spec), unless the table says
otherwise for a row. Some print the basis beside each indicator in a column of its own (金山:
``集計 | 暦年`` or ``年度``; 軽井沢: ``集計期間 | 暦年`` or ``年度末``, with a note that 暦年 counts
January to December and 年度末 at 31 March): a 暦年 row's years are calendar years, a 年度末
row's values are counted at the fiscal year's end, as ``2024年度末`` is. Only years read from
the headings are counted so: a year a value cell prints keeps its own reading, and a row's
years from 基準年度/目標年度 columns are read later, as any row's. A day of a month (播磨:
``集計時点 | 5月1日``) dates each of the row's fiscal years at that month. (``累計`` in such a
column, 皆野's ``集計方法``, flags nothing: the spec's ``cumulative`` is 累計 written in the value
cell, F73-7.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import regex

from jpkpi.primitives.period import Period, find_period, year_in_fiscal_year
from jpkpi.primitives.text import (
    normalize_text,
    sentence_around,
    split_label,
    without_closing_brackets,
)
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.drafts import Draft, ValueCell, own_remarks
from jpkpi.understanding.noted_values import NOTE_MARK, note_mark
from jpkpi.understanding.unit_notes import ROW_KEY, ROW_KEY_RUN, named_keys, note_key, row_key
from jpkpi.understanding.vocabulary import Kind

#: The words a basis column prints, and how each counts a row's years.
BASES = {"暦年": "calendar", "年度": "fiscal", "会計年度": "fiscal", "年度末": "fiscal_end"}

#: Fewest rows a column must say a basis for to be read as a basis column.
MIN_ROWS = 2

#: Fewest columns a header row must say a basis for to be read as each column's basis.
MIN_COLUMNS = 2

#: Most other cells such a column may hold (its heading, over one or two rows).
MAX_OTHER_CELLS = 2


#: A day of a month a row's figures are counted at (``5月1日``, ``3月31日現在``, ``毎年9月末``).
_MONTH_BASIS = regex.compile(
    r"(?:毎年|各年度?)?(?P<m>[0-9]{1,2})月(?:[0-9]{1,2}日|末日?)(?:現在|時点)?"
)
#: Words of a basis column that count a single year (the fiscal year, as read anyway).
_SINGLE_YEAR = frozenset({"単年度", "単年", "各年度"})


def basis_of(text: str) -> str | None:
    """The basis a cell of a basis column names: calendar, fiscal, fiscal_end or ``month:N``
    (a day of month N); None for any other text."""
    word = _MONTHS_GLOSS.sub("", normalize_text(text).replace(" ", ""))
    if word in BASES:
        return BASES[word]
    if word in _SINGLE_YEAR:
        return "fiscal"
    month = _MONTH_BASIS.fullmatch(word)
    if month is not None and 1 <= int(month.group("m")) <= 12:
        return f"month:{int(month.group('m'))}"
    return None


#: The months a basis word spells out after it (``暦年（1月～12月）``, ``年度（4月～翌年3月）``).
_MONTHS_GLOSS = regex.compile(r"[(（][^()（）]*月[^()（）]*[)）]$")


def header_bases(table: Table, header_rows: tuple[int, ...]) -> dict[int, str]:
    """Each column's year basis where a header row under the names says it column by column
    (南相木: ``集計期間 | 年度（4月～翌年3月） | … | 暦年（1月～12月）`` under the KPIs' names):
    the columns whose cell names a basis; nothing where fewer than two cells of the row name
    one."""
    grid = table.grid()
    for r in header_rows:
        own = [c for c in grid[r] if c is not None and c.row == r and not c.empty]
        said = {c.col: b for c in own if c.colspan == 1 and (b := basis_of(c.text)) is not None}
        if len(said) >= MIN_COLUMNS:
            return said
    return {}


def basis_column(table: Table) -> int | None:
    """The column whose cells, but for its heading, each name a year basis, where one of them
    is not the fiscal year the years are read as anyway; None when there is none."""
    said: dict[int, list[str]] = {}
    other: dict[int, int] = {}
    for cell in table.cells:
        if cell.empty:
            continue
        if not any(ch in cell.text for ch in "年月"):  # (most cells need no folding)
            other[cell.col] = other.get(cell.col, 0) + 1
            continue
        basis = basis_of(cell.text)
        if basis is not None and cell.colspan == 1:
            said.setdefault(cell.col, []).append(basis)
        else:
            other[cell.col] = other.get(cell.col, 0) + 1
    found = [
        col
        for col, bases in said.items()
        if len(bases) >= MIN_ROWS
        and other.get(col, 0) <= MAX_OTHER_CELLS
        and any(b != "fiscal" for b in bases)
    ]
    return found[0] if len(found) == 1 else None


def _counted(period: Period | None, basis: str) -> Period | None:
    """A fiscal year read from a heading, counted as the row's basis says; a calendar year a
    heading prints, as a fiscal year where the row is counted so."""
    if (
        basis == "fiscal"
        and period is not None
        and period.fiscal_year is None
        and period.year is not None
        and period.month is None
    ):
        return replace(period, fiscal_year=period.year, year=None)  # (2021年 counted by 年度)
    if (
        basis == "fiscal"
        and period is not None
        and period.fiscal_year is not None
        and period.year == period.fiscal_year + 1
        and period.month == 3
    ):
        # (川口: R6.3末 over a row counted by 年度: the fiscal year that month closes)
        return replace(period, year=None, month=None)
    if period is None or period.fiscal_year is None or period.year is not None:
        return period  # (a date or a calendar year the heading prints stays as printed)
    if basis == "calendar":
        return replace(period, fiscal_year=None, year=period.fiscal_year)
    if basis == "calendar_prev":  # (R6の欄は令和5年の数値)
        return replace(period, fiscal_year=None, year=period.fiscal_year - 1)
    if basis == "fiscal_end":
        return replace(period, year=period.fiscal_year + 1, month=3)
    if basis == "fiscal_prev_end":  # (2023年度欄は2023年3月31日現在: FY2022's end)
        fiscal_year = period.fiscal_year
        return replace(period, fiscal_year=fiscal_year - 1, year=fiscal_year, month=3)
    if basis.startswith("ending:"):  # 酒造年度（7月～翌年6月）: by the span's last month
        month = int(basis.removeprefix("ending:"))
        year = period.fiscal_year + 1
        return replace(period, fiscal_year=year if month >= 4 else year - 1, year=year, month=month)
    if basis.startswith("month:"):  # 5月1日: that month of the fiscal year (1-3: the next year's)
        month = int(basis.removeprefix("month:"))
        return replace(period, year=year_in_fiscal_year(period.fiscal_year, month), month=month)
    return period


#: A unit cell that says in brackets how its row's years are counted (本巣: ``人（暦年）``,
#: ``件（年度末現在）``, 剣淵: ``冊（各年度末）``).
_UNIT_BASIS = regex.compile(
    r"(?P<unit>.*?)\s*[(（]\s*(?:各)?(?P<basis>暦年|年度末)\s*(?:現在)?\s*[)）]"
)


#: A name's bracket that says its figures are counted by calendar year (``来園者数（暦年）``).
_NAME_CALENDAR = regex.compile(r"[(（]\s*暦年\s*[)）]")


#: A caption or a line over a table that says its years are calendar years (神津島:
#: ``表2　来島者数・移住相談件数（暦年：1月～12月）``).
_CAPTION_CALENDAR = regex.compile(r"[(（]\s*暦年\s*(?:[:：][^()（）]*)?[)）]")


def counted_by_row(
    table: Table,
    drafts: list[Draft],
    caption: str | None = None,
    notes: Mapping[str, str] | None = None,
    unnumbered: Sequence[str] = (),
) -> None:
    """Each draft's years counted as its row's basis cell says (暦年: calendar years; 年度末: the
    fiscal year's end), where the table has a basis column, or as its unit cell says in
    brackets after the unit (``人（暦年）``: the unit is 人, the years calendar years). A name's
    bracket (大船渡's ``観光入込客数（暦年）`` under ``１年目（令和２年度実績）``) says how the
    figure is counted, not the year a heading that says 年度 names: that fiscal year stands;
    under a heading that prints a bare era year (清水: ``柿田川公園の来園者数（暦年）`` under
    ``R3``), the year is the calendar year. A ``caption`` (the line right above the table) that
    says so in brackets (``（暦年：1月～12月）``) counts every row's years so, but for a heading
    that says 年度. A name that points to a numbered note (``notes``: each note's text by its
    mark) saying its figures are counted by calendar year (日の出: ``観光入込客数※1``, ``※1 …は、
    暦年（1月～12月）で集計しています``) counts that row's years so, under headings that say 年度
    too (氷見: ``観光入込客数※`` under ``2021年度``: the note speaks of this row alone, as a name's
    bracket does not); one saying each column holds
    the previous calendar year's figure (諏訪: ``…は、…各欄に前年（1月～12月）の数値を記載``)
    makes each of the row's years the calendar year before; a bare mark (``待機児童数※``) points
    to the ``unnumbered`` ※ notes (伊勢原: ``※ KPI③の待機児童数は、各年度4月1日現在の数値です``)."""
    notes = notes or {}
    if caption is not None and _CAPTION_CALENDAR.search(normalize_text(caption)):
        for d in drafts:
            count_years(d, "calendar", fiscal_said=True)
    # (the name's cell as printed: the draft's name has lost its note's mark)
    printed = {id(c.provenance): c.text for c in table.cells} if notes or unnumbered else {}
    by_key = [*unnumbered, *notes.values()]  # (the notes a row's number may be named in)
    remarks: dict[int, list[Cell]] = {}  # the cells that say 暦年, by row (most tables: none)
    for c in table.cells:
        if "暦年" in c.text:
            remarks.setdefault(c.row, []).append(c)
    scoped = _rows_a_note_row_counts(table, drafts)
    for d in drafts:
        said = _UNIT_BASIS.fullmatch(normalize_text(d.unit)) if d.unit else None
        if id(d) in scoped:
            # 次の２指標は、年度…ではなく暦年（１月～１２月）で集計 in a row of the grid (寒川): the
            # rows right below it, as many as it says
            said_below = f"a note row above it says of the rows below ({scoped[id(d)]})"
            _recounted(d, "calendar", f"calendar years, as {said_below}")
        elif said is not None and said.group("unit"):
            d.unit = said.group("unit")
            count_years(d, BASES[said.group("basis")])
        elif d.indicator and _NAME_CALENDAR.search(normalize_text(d.indicator)):
            count_years(d, "calendar", fiscal_said=True)
        elif printed and (noted := _noted_basis(d, printed, notes, unnumbered)) is not None:
            mark, sentence, counted = noted
            # (暦年（1月～12月）の数値, 前年（1月～12月）の数値を記載, 各年度4月1日現在: each
            # column's year says which figure, whatever its heading says of 年度)
            before = [v.period for v in d.value_cells()]
            count_years(d, counted)
            how = _BASIS_WORDS.get(counted.partition(":")[0], "dated at that day of each year")
            if [v.period for v in d.value_cells()] != before:  # (2022年 under 翌年1月1日: kept)
                d.warnings.append(
                    f"its years were {how}, as the note {mark} its name points to says ({sentence})"
                )
        elif (grouped := _grouped_calendar(d, by_key)) is not None:
            # ※基本目標1の②、基本目標2の②及び③（再掲）は、暦年（1月～12月）の数値です。 (熊野):
            # rows numbered again under each 基本目標, named by the group's number and their own
            _recounted(d, "calendar", f"calendar years, as a note says of its row ({grouped})")
        elif (previous := _keyed_previous_year(d, by_key)) is not None:
            # ※3 No.3の実績欄（R3実績～R5実績）には、…それぞれ前年（1月～12月）の数値を記載 (合志):
            # the row's actuals hold the calendar year before each heading's (its actuals alone
            # where the note names the 実績 cells)
            sentence, actuals_only = previous
            how = f"the calendar year before each heading's, as a note says of its row ({sentence})"
            _recounted(d, "calendar_prev", how, actuals_only)
        elif (keyed := _keyed_calendar(d, by_key)) is not None:
            # ※No.1の観光入込客数は暦年（1月～12月）の値です。 (鬼北); ※以下の指標（No.3・No.4）は
            # 暦年（1月～12月）の値です。 in a row of the grid (加茂): the rows it names by number;
            # R3までは暦年 (五城目): its years up to R3 alone; a numbered note too (愛南: ※1 ①～③は
            # 暦年（1月～12月）の数値です, its mark in the rows' 備考): the numbers name the rows
            sentence, until = keyed
            before = [v.period for v in d.value_cells()]
            count_years(d, "calendar", until=until)
            # (大川: …暦年（1月～12月）の数値で、基準値は令和元年（2019年）、R5実績欄は令和4年
            # （2022年）…: the year each column holds, as the note names it)
            _years_named_by_column(d, sentence)
            if [v.period for v in d.value_cells()] != before:
                upto = f" up to {until.raw}" if until is not None else ""
                d.warnings.append(
                    f"its years{upto} were read as calendar years, as a note says of its row "
                    f"({sentence})"
                )
        elif (fiscal_grouped := _grouped_calendar(d, by_key, _FISCAL_SAID)) is not None:
            # ※基本目標1の②は年度（4月～翌年3月）の数値です。 under 2023年 (review 50): that
            # group's row, its calendar-year headings fiscal years
            _recounted(d, "fiscal", f"fiscal years, as a note says of its row ({fiscal_grouped})")
        elif (fiscal := _keyed_calendar(d, by_key, _KEYED_FISCAL)) is not None:
            # ただし、No.4は年度（4月～翌年3月）で集計 under 2021年 | 2022年 (涌谷): the row's
            # calendar-year headings are fiscal years
            _recounted(d, "fiscal", f"fiscal years, as a note says of its row ({fiscal[0]})")
        elif (dayed := _keyed_day(d, by_key)) is not None:
            # ※2 No.5は、各年度4月1日現在の登録物件数です（基準値・中間目標・目標値も同じ）。
            # (立科): the row it names by number, each year at that day
            sentence, month = dayed
            before = [v.period for v in d.value_cells()]
            count_years(d, f"month:{month}")
            if [v.period for v in d.value_cells()] != before:
                d.warnings.append(
                    f"its values were dated at month {month} of each year, as a note says of its "
                    f"row ({sentence})"
                )
        elif (quoted := _quoted_calendar(d, unnumbered)) is not None:
            # ※表中の年は年度。ただし「アスパラガス出荷量」は暦年（1月～12月）の数値 (喜茂別): the
            # row the note quotes is counted by calendar year, every column of it
            count_years(d, "calendar")
            d.warnings.append(
                "its years were read as calendar years, as the note under the table says "
                f"({quoted})"
            )
        elif remarks and (named := _row_says(d, remarks, _ROW_CALENDAR_YEAR)) is not None:
            # 実績は暦年（令和5年1月～12月）の値 beside 令和5年度実績 (紀北): the remark names the
            # calendar year the column's fiscal year holds, that column alone
            _calendar_year_named(d, named)
        elif (
            remarks and (in_row := _row_says(d, remarks, _REMARK_CALENDAR, _TO_FISCAL)) is not None
        ):
            # 算出方法・出典: …暦年（1月～12月）で集計し、各年度の欄には同じ数字の年…の数値を記載
            # (下野): the row's own remark; 各年度の欄 says the 年度 headings too
            before = [v.period for v in d.value_cells()]
            count_years(d, "calendar", fiscal_said=not _FISCAL_COLUMNS_SAID.search(in_row))
            after = [v.period for v in d.value_cells()]
            if after != before:  # (R4年：12,350 prints its calendar year already: nothing said)
                d.warnings.append(
                    f"its years were read as calendar years, as its row says ({in_row})"
                )
            elif _kept_fiscal(d):
                # (芳賀: 暦年（1月～12月）で集計 in 備考 beside 令和6年度: which year a column
                # holds, the heading's 年度 or the remark's 暦年, the page does not settle)
                d.warnings.append(
                    f"its row says its figures are counted by calendar year ({in_row}), its "
                    "headings say 年度: its years were left as the fiscal years the headings name"
                )
        elif (unread := _basis_unread(d, by_key)) is not None:
            # ②外国人入館者数については、暦年…で集計, ②は、各年度末（3月31日）現在の登録者数: a
            # note that names the row and says how its figures are counted in words no reading
            # above takes; its years stand, in doubt
            d.warnings.append(
                f"a note under the table says how its figures are counted ({unread}), in words "
                "not read: its years were left as the fiscal years its headings name"
            )
    col = basis_column(table)
    if col is None:
        return
    grid = table.grid()
    for d in drafts:
        if d.row is None or d.row >= len(grid):
            continue
        cell = grid[d.row][col]
        if cell is None or cell.empty:
            continue
        basis = basis_of(cell.text)
        if basis is None or basis == "fiscal":
            continue
        count_years(d, basis)


#: The months a calendar year spans, in brackets after it (``（1月～12月）``).
_CALENDAR_MONTHS = r"[(（]\s*1\s*月\s*[～~〜-]\s*12\s*月\s*[)）]"
#: Most characters a remark saying a row is counted by calendar year may hold (a sentence or two
#: of a 備考 or 出典 cell, not a paragraph).
_ROW_REMARK_CHARS = 120
#: A row's remark that its figures are counted by calendar year (``暦年（1月～12月）で集計``,
#: ``暦年の数値``), not one that names a calendar-year figure kept elsewhere (``暦年の来館者数は
#: 概要欄``). (A bare ``（暦年）`` closing a source, ``人口動態統計（暦年）``, re-dates no row: the
#: expectations of forms16, forms20 and forms255 keep those rows' fiscal years.)
_ROW_CALENDAR = regex.compile(
    # (嬬恋: 暦年（1月～12月）の出荷実績, what the figure counts between の and 実績; 知夫:
    # 暦年（1月～12月）の頭数です, a count the sentence ends on)
    rf"暦年\s*(?:{_CALENDAR_MONTHS})?\s*(?:で|による|の)\s*(?:[^、。,，\s]{{0,4}}?)"
    r"(?:集計|数値|値|実績|計上|数(?=\s*(?:です|である)))"
)
#: A row's remark that says so, or that is the word alone (南九州: ``暦年`` in its 備考 cell).
_REMARK_CALENDAR = regex.compile(rf"{_ROW_CALENDAR.pattern}|^\s*[(（]?\s*暦年\s*[)）]?\s*$")
#: A statement that speaks of the 年度 columns themselves (``各年度の欄には``; 土浦: ``各欄の年度は
#: 暦年に読み替える``).
_FISCAL_COLUMNS_SAID = regex.compile(r"年度の?欄|欄の年度")


#: A note row inside a grid that says the next rows, so many, are counted by calendar year
#: (寒川: ``次の２指標は、年度（４月～翌年３月）ではなく暦年（１月～１２月）で集計しています``).
_NEXT_ROWS_CALENDAR = regex.compile(
    r"(?:次|以下|下)の\s*(?P<n>[0-9]{1,2})\s*(?:つの)?(?:指標|項目)\s*は[^。]{0,30}?"
    rf"{_ROW_CALENDAR.pattern}"
)


def _rows_a_note_row_counts(table: Table, drafts: Sequence[Draft]) -> dict[int, str]:
    """The drafts (by id) a note row of the grid counts by calendar year, saying of the next
    rows, so many, that they are (``次の２指標は…暦年…で集計``), each with the note's sentence;
    none where fewer rows than it says stand below it (each of those says so in a warning)."""
    found: dict[int, str] = {}
    for c in table.cells:
        if c.colspan < 2:
            continue
        norm = normalize_text(c.text)
        m = _NEXT_ROWS_CALENDAR.search(norm)
        if m is None or _TO_FISCAL.search(norm):
            continue
        below = sorted(
            (d for d in drafts if d.row is not None and d.row > c.row), key=lambda d: d.row or 0
        )
        n = int(m.group("n"))
        sentence = sentence_around(norm, m.start(), m.end())
        if len(below) < n:
            # (次の３指標 over two rows: which rows it means is not known; their years stay)
            for d in below:
                d.warnings.append(
                    f"a note row above it says the next {n} rows are counted by calendar year, "
                    f"but {len(below)} follow: its years were left as printed ({sentence})"
                )
            continue
        for d in below[:n]:
            found.setdefault(id(d), sentence)
    return found


#: A note's sentence that quotes a row's name and says it is counted by calendar year
#: (``「アスパラガス出荷量」は暦年（1月～12月）の数値``): the quoted name.
_QUOTED_CALENDAR = regex.compile(
    rf"[「『](?P<name>[^「」『』]{{2,40}})[」』]\s*(?:のみ)?\s*は\s*、?\s*{_ROW_CALENDAR.pattern}"
)


#: A note's sentence that names rows by their numbers, in a bracket of their own or before a
#: row's name, and says they are counted by calendar year (``No.1の観光入込客数は暦年（1月～12月）の
#: 値``, ``以下の指標（No.3・No.4）は暦年…``, ``No.1～No.3は暦年…``): the numbers and the name.
#: Rows a note's sentence names by their numbers, in a bracket of their own or before a row's
#: name (``（No.3・No.4）``, ``No.1の観光入込客数``, ``No.1～No.3``).
_ROWS_NAMED = (
    rf"(?:[(（]\s*(?P<bracketed>{ROW_KEY_RUN})\s*[)）]"
    rf"|(?<![A-Za-z0-9.])(?P<keys>{ROW_KEY_RUN})"
    # (千歳: ②外国人入館者数は暦年…: a circled number's name right after it, as its heading prints)
    r"(?:(?:\s*の\s*|(?<=[\u2460-\u2473]))(?P<name>[^、。,，()（）は]{2,40}))?)"
)
#: A listed key's name in brackets before the next key or what the note says of the rows'
#: figures (``No.3（観光入込客数）及び``, ``No.5（合計特殊出生率）の数値は``).
_NAMED_IN_LIST = regex.compile(
    rf"(?P<key>{ROW_KEY})\s*[(（](?P<name>[^()（）。]{{2,40}})[)）]"
    rf"(?:(?P<joint>\s*(?:及び|および|、|,|・|と)\s*)(?={ROW_KEY})|(?=\s*の\s*(?:数値|値|実績値?)\s*は))"
)


def _nth_after(text: str, mark: str, n: int) -> int:
    """The place right after the n-th ``mark`` in ``text`` (the start of its n+1-th sentence)."""
    at = -1
    for _ in range(n):
        at = text.find(mark, at + 1)
        if at < 0:
            return len(text)
    return at + 1


#: What a note says of a numbered row in place of its name (``No.2の数値は``, ``③の実績値は``).
_OF_THE_ROW = regex.compile(r"数値|値|実績値?|各?年度?の?値")
_KEYED_CALENDAR = regex.compile(
    # (五城目: No.3・No.4は、R3までは暦年…で集計し、R4から年度…: calendar years up to a year)
    # (草加: ※No.3（観光入込客数）は、年度（4月～翌年3月）ではなく暦年…: the row's name in a
    # bracket after its number, and the basis the note sets aside)
    _ROWS_NAMED + r"(?:\s*[(（][^()（）]{2,40}[)）])?"
    r"\s*は\s*、?\s*(?:(?P<until>[^、。,，\s]{1,10}?)\s*まで\s*は?\s*、?\s*)?"
    # (柏: ※①は千葉県観光入込調査による暦年（1月～12月）の値: the survey the figures come from)
    # (知夫: ※No.4は、目標・実績とも暦年…: both lists of the row alike)
    r"(?:(?:いずれも|目標\s*[・、]\s*実績\s*とも(?:に)?)\s*、?\s*)?"
    # (神恵内: ※2 No.5は、…支所が取り扱ったウニの暦年（1月～12月）の漁獲金額（基準値・目標値を
    # 含む）。: who counts them, at length, and the sentence ending on what the row counts; 御船:
    # ※No.3は、暦年（1月～12月）の転入者数から転出者数を引いた値です。, how it is worked out)
    # (上天草: ①観光入込客数は熊本県の観光統計に合わせて暦年…で集計: the count it follows)
    r"(?:[^、。,，\s暦]{2,40}?(?:による|に基づく|に合わせて|の)\s*)?"
    r"(?:年度\s*(?:[(（][^()（）]{0,16}[)）])?\s*ではなく\s*、?\s*)?"
    rf"(?:{_ROW_CALENDAR.pattern}"
    # (守山: ※1 No.3は、…一斉調査の値であり、調査を行った年（暦年）で表示している。)
    r"|[^。]{0,60}?年\s*[(（]\s*暦年\s*[)）]\s*で\s*(?:表示|記載|集計|計上)"
    rf"|暦年\s*(?:{_CALENDAR_MONTHS})?\s*の\s*[^、。,，\s()（）]{{1,24}}?\s*"
    # (知多: ※3 No.5は暦年（1月～12月）の入館者数であり、目標も暦年で設定している。: the clause
    # ends on であり)
    r"(?:[(（][^()（）]{0,30}[)）])?\s*(?:(?:です|である)?\s*(?:。|$)|であり\s*[、,]))"
)
#: A note's sentence that names rows by their numbers as counted by fiscal year under headings
#: of calendar years (涌谷: ``数値目標は暦年…。ただし、No.4は年度（4月～翌年3月）で集計``).
_KEYED_FISCAL = regex.compile(
    _ROWS_NAMED + r"\s*は\s*、?\s*(?:いずれも\s*)?(?:各\s*)?年度\s*"
    r"(?:[(（]\s*4\s*月\s*[～~〜-]\s*翌\s*年\s*3\s*月\s*[)）])?"
    # (年度の途中で集計方法を変更 says how a count changed, no basis: nothing may stand between)
    r"\s*(?:(?:で|による|の)\s*(?:集計|数値|値|実績|計上)"
    # (川口: No.4は、各年度（4月～翌年3月）の出荷本数であり: what the row counts, whose last two
    # characters must end the row's name)
    r"|の\s*(?P<noun>[^、。,，()（）\s]{2,20}?)\s*(?:であり|です|である|[、。]|$))"
)
#: Words of a figure dated at a day or a point, no year's flow (``3月31日現在の人口``).
_DAY_WORDS = regex.compile(r"月|日|現在|時点|末")
#: What may stand right before a bare number that is no row's (``※2``, ``注1``, ``令和2``).
_NOT_A_KEY_BEFORE = regex.compile(r"[※注\p{Han}\p{Katakana}\p{Hiragana}]$")


def _keyed_calendar(
    d: Draft, notes: Sequence[str], pattern: regex.Pattern[str] = _KEYED_CALENDAR
) -> tuple[str, Period | None] | None:
    """The sentence of a note (under the table, or in a row of its own inside it) that names the
    draft's row by its number as counted by calendar year, and turns no calendar year into fiscal
    ones; a name printed after the number must be the row's, and a bare number right after a
    note's mark or a word (``※2``, ``令和2``; not ``※①``) names no row. With it, the last year
    so counted where the note gives one (``R3までは暦年``), a fiscal year; None elsewhere. With
    ``pattern`` _KEYED_FISCAL, the sentence that says the row is counted by fiscal year."""
    key = row_key(d.label, d.indicator)
    if key is None or not notes:
        return None
    name = normalize_text(d.indicator or "").replace(" ", "")
    for note in notes:
        # (栗東: No.3（観光入込客数）及びNo.5（合計特殊出生率）の数値は暦年…: each key's name in
        # brackets between the keys listed, which the list reads past)
        printed_text = normalize_text(note)
        text = _NAMED_IN_LIST.sub(r"\g<key>\g<joint>", printed_text)
        # (a key's bracketed name must be the row's: No.1（観光入込客数） names no row 移住者数)
        bracketed = {
            note_key(m.group("key")): m.group("name").replace(" ", "")
            for m in _NAMED_IN_LIST.finditer(printed_text)
        }
        if key in bracketed and bracketed[key] not in name:
            continue
        for m in pattern.finditer(text):
            printed = m.group("bracketed") or m.group("keys")
            bare = printed[0] in "0123456789"  # (※① is a note of row ①; ※2 a note's own mark)
            if m.group("keys") and bare and _NOT_A_KEY_BEFORE.search(text[: m.start("keys")]):
                continue
            if m.group("keys") and _GROUP_BEFORE.search(text[: m.start("keys")]):
                continue  # (基本目標1の②: a group's row, which _grouped_calendar reads either way)
            keys = named_keys(printed)
            noun = m.groupdict().get("noun")
            if noun and (not name.endswith(noun[-2:]) or _DAY_WORDS.search(noun)):
                # (…各年度の人口 beside 出荷本数: another row's figure; 各年度の3月31日現在の
                # 人口: a figure at a day, which _keyed_day reads, review 53)
                continue
            said = (m.group("name") or "").replace(" ", "")
            if _OF_THE_ROW.fullmatch(said):
                said = ""  # (武雄: No.2の数値は暦年…: the row's figures, no word of its name)
            if keys is None or key not in keys or (said and said not in name):
                continue
            # (quoted as printed: the k-th sentence of the note, the names left in)
            k = text.count("。", 0, m.start())
            at = 0 if k == 0 else _nth_after(printed_text, "。", k)
            sentence = sentence_around(printed_text, at, at)
            if m.groupdict().get("until"):
                until = find_period(m.group("until"))
                if until is not None and until.fiscal_year is not None:
                    return sentence, until
                continue  # (a bound that names no year: which columns it means is no guess)
            if not _TO_FISCAL.search(sentence):
                return sentence, None
    return None


#: A column a note names and the calendar year it holds (``R5実績欄は令和4年（2022年）``,
#: ``基準値は令和元年``): the column's words and the year.
_COLUMN_YEAR = regex.compile(
    r"(?:^|(?<=[、,]))\s*(?P<column>[^、,。()（）はの]{2,12}?)\s*(?:欄)?\s*は\s*"
    r"(?P<year>(?:令和|平成)\s*(?:[0-9]{1,2}|元)\s*年(?!度)|(?:19|20)[0-9]{2}\s*年(?!度))"
)


def _years_named_by_column(d: Draft, sentence: str) -> None:
    """Date each value of a draft whose column a note names with the calendar year it holds
    (``R5実績欄は令和4年（2022年）``): that year, whatever its heading says; a column the note
    does not name keeps its year."""
    named = []
    for m in _COLUMN_YEAR.finditer(normalize_text(sentence)):
        found = find_period(m.group("year"))
        if found is not None and found.year is not None:
            named.append((m.group("column").replace(" ", ""), found.year))
    if not named:
        return

    def dated(v: ValueCell) -> ValueCell:
        heading = normalize_text(v.header).replace(" ", "")
        year = next((y for column, y in named if heading.startswith(column)), None)
        if year is None or v.period is None or v.period.year == year:
            return v
        return replace(v, period=replace(v.period, fiscal_year=None, year=year, month=None))

    d.map_values(dated)


#: The words of a numbered group of rows (``基本目標1``, ``施策2``).
_GROUP_WORDS = r"基本目標|基本施策|施策|政策"
#: Rows a note names by their numbers within a numbered group of rows (熊野: ``基本目標1の②、
#: 基本目標2の②及び③（再掲）は…``, its rows numbered again under each 基本目標).
_GROUPED_KEYS = regex.compile(
    rf"(?P<group>{_GROUP_WORDS})\s*(?P<n>[0-9]{{1,2}})\s*の\s*(?P<keys>{ROW_KEY_RUN})"
)
#: A numbered group's word right before a key (``基本目標1の``②).
_GROUP_BEFORE = regex.compile(rf"(?:{_GROUP_WORDS})\s*[0-9]{{1,2}}\s*の\s*$")
#: What may stand between two groups' keys in a note's subject.
_GROUPS_JOINT = regex.compile(r"\s*(?:、|,|・|及び|および|と)?\s*")
#: A heading that opens with a numbered group's word (``基本目標1　筆の都の産業を育て…``).
_GROUP_HEADING = regex.compile(rf"\s*(?P<group>{_GROUP_WORDS})\s*(?P<n>[0-9]{{1,2}})(?![0-9])")


#: A predicate that says figures are of fiscal years (``年度（4月～翌年3月）の数値``).
_FISCAL_SAID = regex.compile(
    r"^\s*、?\s*(?:いずれも\s*)?年度\s*(?:[(（]\s*4\s*月\s*[～~〜-]\s*翌\s*年\s*3\s*月\s*[)）])?"
    r"\s*(?:で|による|の)\s*(?:集計|数値|値|実績|計上)"
)


def _recounted(d: Draft, basis: str, how: str, actuals_only: bool = False) -> None:
    """Count a draft's years (its actuals alone, with ``actuals_only``) on ``basis`` and, where
    that moved any, say so: ``its years were read as`` then ``how``."""
    before = [v.period for v in d.value_cells()]
    count_years(d, basis, actuals_only=actuals_only)
    if [v.period for v in d.value_cells()] != before:
        d.warnings.append(f"its years were read as {how}")


def _grouped_calendar(
    d: Draft, notes: Sequence[str], said: regex.Pattern[str] = _ROW_CALENDAR
) -> str | None:
    """The sentence of a note whose subject names rows by group and number alone (熊野:
    ``基本目標1の②、基本目標2の②及び③（再掲）は、暦年（1月～12月）の数値です``) and says they
    are counted by calendar year (or, with ``said`` _FISCAL_SAID, by fiscal year), where it
    names the draft's row: its number, under the heading of that group (its innermost numbered
    one); None elsewhere."""
    key = row_key(d.label, d.indicator)
    headed = (_GROUP_HEADING.match(normalize_text(h)) for h in reversed(d.section))
    group = next((m for m in headed if m is not None), None)
    if key is None or group is None or not notes:
        return None
    own = (group.group("group"), int(group.group("n")), key)
    for note in notes:
        for sentence in _BARE_MARK.sub("", normalize_text(note)).split("。"):
            subject, _, predicate = sentence.partition("は")
            if _TO_FISCAL.search(sentence) or not said.search(predicate):
                continue
            subject = regex.sub(r"[(（]\s*再掲\s*[)）]", "", subject)
            # (ただし、基本目標1の②は…: the exception's word before the subject)
            subject = regex.sub(r"^\s*(?:ただし|なお)\s*[、,]?", "", subject)
            named: set[tuple[str, int, str]] = set()
            at = 0
            for m in _GROUPED_KEYS.finditer(subject):
                keys = named_keys(m.group("keys"))
                if not _GROUPS_JOINT.fullmatch(subject[at : m.start()]) or keys is None:
                    break
                named |= {(m.group("group"), int(m.group("n")), k) for k in keys}
                at = m.end()
            else:
                # (the subject must be those groups' keys and nothing else)
                if named and _GROUPS_JOINT.fullmatch(subject[at:]) and own in named:
                    return f"{sentence.strip()}。"
    return None


def _quoted_calendar(d: Draft, notes: Sequence[str]) -> str | None:
    """The sentence of a note under the table that quotes the draft's name as counted by
    calendar year, and turns no calendar year into fiscal ones; None elsewhere."""
    if not d.indicator or not notes:
        return None
    name = normalize_text(d.indicator).replace(" ", "")
    for note in notes:
        text = normalize_text(note)
        for m in _QUOTED_CALENDAR.finditer(text):
            if m.group("name").replace(" ", "") != name:
                continue
            sentence = sentence_around(text, m.start(), m.end())
            if not _TO_FISCAL.search(sentence):
                return sentence
    return None


#: A row's remark that names the calendar year a figure covers (紀北: ``実績は暦年（令和5年1月～
#: 12月）の値``): the year.
_ROW_CALENDAR_YEAR = regex.compile(
    r"暦年\s*[(（]\s*(?P<year>(?:令和|平成|R|H)\s*(?:[0-9]{1,2}|元)|20[0-9]{2})\s*年\s*"
    r"1\s*月\s*[～~〜-]\s*12\s*月\s*[)）]"
)


#: The lists a remark naming a calendar year speaks of (``実績は暦年（…）``): the list words.
_NAMED_YEAR_LISTS = regex.compile(
    r"(?P<lists>(?:実績|目標|基準)値?(?:\s*[・、]\s*(?:実績|目標|基準)値?)*)\s*は"
)


def _calendar_year_named(d: Draft, remark: str) -> None:
    """The values of the fiscal year a row's remark names as a calendar year (``暦年（令和5年1月～
    12月）``: FY2023's column holds 2023), read as that calendar year, with a warning; a year the
    cell prints stays."""
    m = _ROW_CALENDAR_YEAR.search(remark)
    named = find_period(f"{m.group('year')}年") if m is not None else None
    if named is None or named.year is None:
        return
    year = named.year
    moved = False

    def dated(v: ValueCell) -> ValueCell:
        nonlocal moved
        p = v.period
        if p is None or p.fiscal_year != year or p.year is not None or p.month is not None:
            return v
        if _prints_its_year(v):
            return v  # (100人（R5年度）: a year the cell prints)
        moved = True
        return replace(v, period=replace(p, fiscal_year=None, year=year))

    # (実績は暦年（…）の値: the actuals alone; 目標 the targets; no list word, every value)
    said = _NAMED_YEAR_LISTS.search(remark)
    d.map_lists(said.group("lists") if said is not None else "実績目標基準", dated)
    if moved:
        d.warnings.append(
            f"its FY{year} figure was read as calendar year {year}, as its row says ({remark})"
        )
    else:
        # (実績は暦年（令和5年1月～12月）の値 beside 令和6年度実績: no column of that year)
        d.warnings.append(
            f"its row says a figure is calendar year {year} ({remark}), but no value of the lists "
            "it names stands under that year: its years were left as their headings give them"
        )


def _kept_fiscal(d: Draft) -> bool:
    """Whether a value of the draft holds a fiscal year its heading names (``令和6年度``, or
    ``年度`` over ``R6``) and its cell does not print: a year a calendar basis would have moved."""
    return any(_kept_fiscal_value(v) and _said_fiscal(v) for v in d.value_cells())


def _basis_unread(d: Draft, notes: Sequence[str]) -> str | None:
    """The sentence of a note whose subject, before its first は, names the draft's row (by its
    key, or its name as a word of its own) and whose predicate says how its figures are
    counted, by calendar year (``暦年（1～12月）の値``) or at a day of each year (清瀬: ``②は、
    各年度末（3月31日）現在の登録者数である``), turning none into fiscal years, where the row still
    has a value dated by fiscal year alone: a note no reading took, whose doubt is worth
    saying; None elsewhere."""
    if not any(_kept_fiscal_value(v) for v in d.value_cells()):
        return None
    row = row_key(d.label, d.indicator)
    # (②外国人入館者数, its label still on it: the name a note says without it)
    own = split_label(d.indicator or "").text.replace(" ", "")
    for note in notes:
        for sentence in _BARE_MARK.sub("", normalize_text(note)).split("。"):
            if _TO_FISCAL.search(sentence):
                continue
            subject, predicate, keys = _subject_keys(sentence)
            if not predicate or not _SAYS_BASIS.search(predicate):
                continue
            if (row is not None and row in keys) or (own and _names(subject.replace(" ", ""), own)):
                return f"{sentence.strip()}。"
    return None


#: A predicate that says figures are of calendar years (``暦年（1～12月）の値``, ``暦年で集計``,
#: ``暦年集計``, ``…は暦年``),
#: not a source's bracket (``…調査（暦年）による``) nor a basis set aside (``暦年ではなく年度``),
#: or that they stand at a day of each year (``各年度末（3月31日）現在``, ``各年4月1日現在``).
_SAYS_BASIS = regex.compile(
    r"暦年\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:ベース\s*)?(?:で(?!はなく)|の|による|集計|数?値|$)"
    r"|各年度?\s*(?:末|[0-9]{1,2}\s*月\s*(?:[0-9]{1,2}\s*日|末))\s*(?:[(（][^()（）]{0,12}[)）])?"
    r"\s*(?:現在|時点)"
)


def _kept_fiscal_value(v: ValueCell) -> bool:
    """Whether a value is dated by a fiscal year alone, which no cell of it prints."""
    p = v.period
    return (
        p is not None and p.fiscal_year is not None and p.month is None and not _prints_its_year(v)
    )


def _prints_its_year(v: ValueCell) -> bool:
    """Whether a value's cell prints the period it is dated by (``100人（R5年度）``): a year no
    heading or note moves."""
    said = normalize_text(v.period.raw).replace(" ", "") if v.period is not None else ""
    return bool(said) and said in normalize_text(v.value_text or v.text).replace(" ", "")


def _said_fiscal(v: ValueCell) -> bool:
    """Whether a value's period, or a heading over it, says 年度 (``R3年度``, ``年度`` over R3)."""
    said = normalize_text(v.period.raw).replace(" ", "") if v.period is not None else ""
    return "年度" in said + normalize_text(v.header)


def _subject_keys(sentence: str) -> tuple[str, str, set[str]]:
    """A note's sentence split at its first は: the subject, the predicate, and the rows the
    subject names by key (``No.5は``, ``KPI③の待機児童数は``)."""
    subject, _, predicate = sentence.partition("は")
    return subject, predicate, {note_key(k) for k in _SUBJECT_KEY.findall(subject)}


def _row_says(
    d: Draft,
    cells: Mapping[int, list[Cell]],
    said: regex.Pattern[str],
    unless: regex.Pattern[str] | None = None,
) -> str | None:
    """The text of a cell of the draft's row (``cells``: the table's cells worth asking, by row),
    not its name's nor a value's, a remark's length at most, that ``said`` finds and ``unless``
    does not (下野's 算出方法・出典: ``暦年（1月～12月）で集計し``, and no ``年度に組み替え``);
    the whole remark, whose next sentence may say the 年度 columns are read so (土浦's ``各欄の
    年度は暦年に読み替える``); None elsewhere."""
    if d.row is None:
        return None
    for text in own_remarks(d, cells.get(d.row, ())):
        if len(text) > _ROW_REMARK_CHARS or not said.search(text):
            continue
        if unless is not None and unless.search(text):
            continue
        return text.rstrip("。")
    return None


def _noted_basis(
    d: Draft, printed: Mapping[int, str], notes: Mapping[str, str], unnumbered: Sequence[str]
) -> tuple[str, str, str] | None:
    """The mark, the words and the basis of the note a row's printed name points to
    (``観光入込客数※1``: the numbered note ``※1``; ``保育所等待機児童数※``: an unnumbered ※ note
    under the table) where the note says how this row's figures are counted: by calendar year
    (``calendar``), the previous calendar year (``calendar_prev``: ``前年（1月～12月）の数値``) or
    at a day of each year (``month:N``: ``各年度4月1日現在の数値``). Its subject, before は, names
    the row, by name or by key (``KPI③の待機児童数は、``), and it turns no calendar year into
    fiscal ones (``暦年の数値を年度に組み替えて``); None elsewhere."""
    name = normalize_text(printed.get(id(d.indicator_where), "")).strip()
    mark = _NAME_MARK.search(name)
    if mark is None:
        return None
    key = note_mark(mark.group())
    if key in notes:
        bodies: Sequence[str] = [notes[key]]
    elif key == "※":  # (a bare mark: the unnumbered ※ notes under the table)
        bodies = [_BARE_MARK.sub("", normalize_text(t)) for t in unnumbered]
    else:
        return None
    own = name[: mark.start()].replace(" ", "")
    row = row_key(d.label, d.indicator)
    for body in bodies:
        text = normalize_text(body)
        subject, predicate, keys = _subject_keys(text)
        subject = subject.replace(" ", "")
        if (
            not own
            or not predicate
            # (富加: 町の人口（各年1月1日現在）※1, the note's subject 町の人口: the name
            # without the bracket closing it)
            or not (
                _names(subject, own)
                or _names(subject, without_closing_brackets(own))
                or (row is not None and row in keys)
            )
        ):
            continue
        said = _NOTE_CALENDAR.search(text)
        month = _NOTE_MONTH.search(text)
        if said is not None:
            # (…によります（観光入込客数は暦年で集計）: a は between says 暦年 of another row)
            if _TO_FISCAL.search(text) or "は" in text[len(subject) + 1 : said.start()]:
                continue
            basis = "calendar_prev" if said.group("previous") else "calendar"
        elif month is not None and _month_in_fiscal_year(month):
            said, basis = month, f"month:{int(month.group('m'))}"
        elif (ended := _NOTE_PREVIOUS_END.search(text)) is not None and not _COMPARED.search(text):
            said, basis = ended, "fiscal_prev_end"
        elif (span := _NOTE_YEAR_SPAN.search(text)) is not None and _other_year(span):
            said, basis = span, f"ending:{int(span.group('last'))}"
        else:
            continue
        # (the sentence at the match: a match that closes on 。 lies in no part split at it)
        return key, sentence_around(text, said.start(), said.end()), basis
    return None


def _keyed_previous_year(d: Draft, notes: Sequence[str]) -> tuple[str, bool] | None:
    """The sentence of a note whose subject names the draft's row by its key (合志: ``No.3の実績欄
    （R3実績～R5実績）には、``) and says each column holds the calendar year before its own
    (``それぞれ前年（1月～12月）の数値を記載``), and whether it names the actuals' cells alone
    (``実績欄``); None elsewhere."""
    row = row_key(d.label, d.indicator)
    if row is None:
        return None
    for note in notes:
        for sentence in _BARE_MARK.sub("", normalize_text(note)).split("。"):
            subject, predicate, keys = _subject_keys(sentence)
            said = _NOTE_CALENDAR.search(predicate)
            if row not in keys or said is None or not said.group("previous"):
                continue
            if _TO_FISCAL.search(sentence) or _GROUPED_KEYS.search(subject):
                continue  # (基本目標1の②の実績欄は…: a group's row, no bare key's, review 51)
            # (…R3～R5の実績欄にそれぞれ前年…: the 実績 cells named after は too, review 51; not
            # 各欄 nor 基準値、実績及び目標の各欄, every column, review 52)
            alone = "実績欄" in sentence and not regex.search(r"各欄|基準|目標", sentence)
            return f"{sentence.strip()}。", alone
    return None


def _keyed_day(d: Draft, notes: Sequence[str]) -> tuple[str, int] | None:
    """The sentence and the month of a note whose subject names the draft's row by its key alone
    (``No.5は、``, ``③は``) and says its figures stand at a day of each year (立科: ``各年度4月1日
    現在の登録物件数です``), and says what it counts, which ends the row's name as it does
    (``登録物件数``: 件数): the number and the noun both point to the row (佐久穂's bare ``No.2は
    各年度5月1日現在。`` names no figure, and dates nothing); None elsewhere."""
    row = row_key(d.label, d.indicator)
    if row is None:
        return None
    name = normalize_text(d.indicator or "").replace(" ", "")
    for note in notes:
        for sentence in _BARE_MARK.sub("", normalize_text(note)).split("。"):
            subject, predicate, keys = _subject_keys(sentence)
            bare = _SUBJECT_KEY.sub("", _NOTE_OWN_MARK.sub("", subject))
            kind = regex.match(r"\s*(成果指標|活動指標)", bare)
            if kind is not None and (kind.group(1) == "活動指標") != (d.kind is Kind.ACTIVITY):
                continue  # (活動指標②の… names another table's ②, review 52)
            # (東金: 成果指標②の数値（基準値・目標・実績）は: the kind's word before the key, and
            # what of the row after it; a bracket naming some lists alone is no such word)
            bare = _SUBJECT_WORDS.sub("", bare).strip(" 、,の")
            if row not in keys or bare or not predicate:
                continue  # (a subject that names more than keys: a name, read elsewhere)
            month = _NOTE_MONTH.search(predicate)
            if month is None or not _month_in_fiscal_year(month) or _COMPARED.search(predicate):
                continue
            counted = _COUNTED_AT.search(predicate[month.end() :])
            if counted is None or not name.endswith(counted.group("noun")[-2:]):
                continue  # (…現在の人口 beside 空き家バンクの登録物件数: another row's figure)
            return f"{sentence.strip()}。", int(month.group("m"))
    return None


#: Words a note's subject may print around a row's key and say no more than the key
#: (``成果指標``②``の数値（基準値・目標・実績）``).
_SUBJECT_WORDS = regex.compile(
    r"^\s*(?:成果指標|活動指標|指標)\s*"
    r"|の?\s*(?:数値|値)\s*(?:[(（]\s*基準値?\s*[・、]\s*目標値?\s*[・、]\s*実績値?\s*[)）])?\s*$"
)
#: A numbered note's own mark before its words (``※2``, ``注1``).
_NOTE_OWN_MARK = regex.compile(r"^\s*(?:※|注)\s*[0-9]{0,2}\s*")
#: What a note dated at a day says the row counts (``…現在の登録物件数です``): the noun.
_COUNTED_AT = regex.compile(
    r"^\s*の\s*(?P<noun>[^、。,，()（）\s]{2,20}?)\s*(?:です|である|。|$|[(（])"
)


def _names(subject: str, own: str) -> bool:
    """Whether a note's subject names the row ``own`` as a word of its own: not glued to a
    kanji or katakana before it (``年少人口`` does not name ``人口``) nor to a kanji after it
    (``人口密度``), but after ``の`` or beside another row's name (``本市の観光入込客数``,
    ``観光入込客数（延べ）``, ``観光入込客数及びつるつる温泉の入館者数``)."""
    for m in regex.finditer(regex.escape(own), subject):
        before = subject[m.start() - 1] if m.start() else ""
        after = subject[m.end() :]
        glued_before = bool(before) and regex.match(r"[\p{Han}\p{Katakana}ー]", before) is not None
        glued_after = (
            bool(after)
            and regex.match(r"\p{Han}", after) is not None
            and not after.startswith(("及び", "並びに"))
        )
        if not (glued_before or glued_after):
            return True
    return False


#: A row's key in a note's subject (``KPI③の待機児童数は``, ``No.3は``, ``③は``): a key with
#: KPI or No. before it, or a circled number (a bare number would be any figure).
_SUBJECT_KEY = regex.compile(rf"(?:KPI|No\.?)\s*(?:{ROW_KEY})|[\u2460-\u2473]")
#: An unnumbered note's mark before its words.
_BARE_MARK = regex.compile(r"^\s*※\s*")
#: A note that says each column holds the count at the end of the fiscal year before its own
#: (別府: ``各年度欄にその前年度末（3月31日）現在の数を記載``).
_NOTE_PREVIOUS_END = regex.compile(
    r"前年度末\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:現在|時点)\s*の\s*"
    r"(?:[^、。()（）]{0,12}?)(?:数|数値|値|人口)(?:を(?:記載|計上)|です|である|。|$|\s*[(（])"
)
#: Words that make a note's 前年度末 a point of comparison, not the columns' date
#: (``前年度末時点と比較して増加``, ``前年度末現在から2経営体増加``), or that date each column at
#: its own year's end.
_COMPARED = regex.compile(r"と比|比べ|から|より|各年度末")
#: A note that says a row counts a year of its own that runs into the next calendar year (南さつま:
#: ``酒造年度（7月～翌年6月）で集計``): its first and last months.
_NOTE_YEAR_SPAN = regex.compile(
    r"[(（]?\s*(?P<first>[0-9]{1,2})\s*月\s*[～~〜-]\s*翌年?\s*(?P<last>[0-9]{1,2})\s*月\s*[)）]?"
    r"\s*(?:で|の|に)\s*(?:集計|数値|値|実績|計上)"
)


def _month_in_fiscal_year(month: regex.Match[str]) -> bool:
    """Whether a note's day of each year falls in the column's fiscal year: any month, or, said
    of the next year (``翌年1月1日``), January to March only (翌年5月1日 is the next one's)."""
    m = int(month.group("m"))
    return 1 <= m <= 12 and (not month.group("next") or m <= 3)


def _other_year(span: regex.Match[str]) -> bool:
    """Whether a span of twelve months (``7月～翌年6月``) is a year neither the fiscal year (4月～
    翌年3月) nor the calendar year is."""
    first, last = int(span.group("first")), int(span.group("last"))
    return first not in (1, 4) and 1 <= last <= 12 and (last % 12) + 1 == first


#: A note that says a row's figures are counted at a day of each year (``各年度4月1日現在``;
#: 秩父別: ``各年度の欄とも翌年1月1日現在``, January of the fiscal year, in the next calendar year).
_NOTE_MONTH = regex.compile(
    # (富加: 各年度中の1月1日現在, the January inside each fiscal year)
    r"(?:各年度?|毎年度?)\s*(?:中の|の?欄(?:とも|は)、?|の)?\s*(?P<next>翌年\s*)?"
    r"(?P<m>[0-9]{1,2})\s*月\s*(?:[0-9]{1,2}\s*日|末日?)\s*(?:現在|時点)"
)


#: How a warning names each basis a note gives.
_BASIS_WORDS = {
    "calendar": "read as calendar years",
    "calendar_prev": "read as the calendar years before each heading's",
    "fiscal_prev_end": "read as the end of the fiscal year before each heading's",
    "ending": "dated by the last month of the twelve its note names",
}
#: A note's mark closing a name (``観光入込客数※1``, ``入館者数 注2``, ``待機児童数※``).
_NAME_MARK = regex.compile(rf"(?:{NOTE_MARK.pattern}|※)$")
#: A note that turns calendar years into fiscal ones (``年度に組み替え``, ``年度換算``).
_TO_FISCAL = regex.compile(r"年度に?(?:換算|組み?替え?|組替|置き?換え)")
#: A note that says figures are counted by calendar year (``暦年（1月～12月）で集計``,
#: ``暦年の数値``), or that each column holds the calendar year before its own (諏訪: ``前年
#: （1月～12月）の数値``, ``前年の数値を記載``; not ``前年の台風被害``).
_NOTE_CALENDAR = regex.compile(
    rf"暦年\s*(?:{_CALENDAR_MONTHS})?\s*(?:で|の|による)"
    rf"|(?P<previous>前年(?!度)\s*(?:{_CALENDAR_MONTHS}\s*の\s*(?:数値|値)|の(?:数値|値)を(?:記載|計上)))"
)


def count_years(
    d: Draft,
    basis: str,
    fiscal_said: bool = False,
    until: Period | None = None,
    actuals_only: bool = False,
) -> None:
    """A draft's years read from headings counted on a basis (a year its cell prints is kept;
    with ``fiscal_said``, a year its heading, or a heading over it, says is a 年度 too; with
    ``until``, a fiscal year after it keeps its basis; with ``actuals_only``, its actuals
    alone)."""

    def counted(v: ValueCell) -> ValueCell:
        if (
            until is not None
            and v.period is not None
            and (v.period.fiscal_year or 0) > (until.fiscal_year or 0)
        ):
            return v  # (R4から年度: the years after the note's bound are fiscal ones)
        if _prints_its_year(v):
            return v  # (100人（R5年度）: a year the cell prints, kept as printed; not
            # R7.8確定予定's, when its figure is due)
        if fiscal_said and _said_fiscal(v):
            return v  # (年度 over R3 | R4, or R3年度: fiscal years, whatever the name counts)
        return replace(v, period=_counted(v.period, basis))

    if actuals_only:
        d.actuals = [counted(v) for v in d.actuals]
    else:
        d.map_values(counted)
