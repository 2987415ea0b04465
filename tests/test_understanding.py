"""Understanding: header roles, cell classes, row alignment, programs, sections, reposts."""

from __future__ import annotations

from pathlib import Path

import pytest

import jpkpi
from jpkpi.primitives.period import Period
from jpkpi.understanding.align import RowCell, align_row
from jpkpi.understanding.cells import CellClass, classify, list_of
from jpkpi.understanding.columns import Column
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.programs import parse_program
from jpkpi.understanding.reposts import fill_reposted_names
from jpkpi.understanding.sections import (
    DocumentHeadings,
    LineKind,
    SectionPath,
    classify_line,
    heading_level,
    heading_style,
    is_heading,
)
from jpkpi.understanding.vocabulary import Kind, Role, header_role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("基準値", Role.BASELINE), ("現状値", Role.BASELINE), ("基準値 (R元)", Role.BASELINE),
        ("目標値 (R7)", Role.TARGET), ("2024年度末 目標値", Role.TARGET), ("指標値", Role.TARGET),
        ("実績値", Role.ACTUAL), ("R3（実績）", Role.ACTUAL), ("2024年度末 実績値", Role.ACTUAL),
        ("項目", Role.INDICATOR), ("項 目", Role.INDICATOR), ("指標", Role.INDICATOR),
        ("KPI（重要業績評価指標）", Role.INDICATOR), ("KPI①", Role.INDICATOR),
        ("単位", Role.UNIT), ("年月", Role.TARGET_PERIOD), ("基準年度", Role.BASE_YEAR),
        ("達成状況", Role.STATUS), ("種別", Role.TYPE), ("事業の概要", Role.SUMMARY),
        ("交付対象 事業の名称", Role.PROGRAM), ("重点施策", Role.PROGRAM), ("基本目標", Role.SECTION),
        ("具体的な事業", Role.IGNORE), ("設定したKPI", Role.KPI_LIST), ("事業量", Role.KIND),
        ("R4年度", None), ("事業者数", None), ("評価者", None), ("事業名", Role.PROGRAM),
    ],
)  # fmt: skip
def test_header_roles(text: str, role: Role | None) -> None:
    assert header_role(text) == role


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("1,665人", CellClass.QUANTITY), ("—", CellClass.MISSING), ("未計測", CellClass.MISSING),
        ("R7.3", CellClass.PERIOD), ("達成", CellClass.STATUS), ("アウトカム", CellClass.TYPE),
        ("①", CellClass.LABEL), ("事業量", CellClass.KIND), ("【水産振興課】", CellClass.DEPARTMENT),
        ("4年で15人増加", CellClass.STATEMENT), ("1.67（現状値）以上の水準維持", CellClass.STATEMENT),
        ("(目的) 沿岸漁業の振興を図る", CellClass.DESCRIPTION), ("移住者数", CellClass.TEXT),
        ("65歳以上 平均自立期間", CellClass.TEXT), ("・町内事業所説明会開催", CellClass.TEXT),
        ("【KPI達成】の場合 達成のための取組内容", CellClass.FORM_LABEL),
    ],
)  # fmt: skip
def test_cell_classes(text: str, cls: CellClass) -> None:
    assert classify(text) == cls


def _columns(*roles: Role | None) -> list[Column | None]:
    return [Column(i, r) if r else None for i, r in enumerate(roles)]


def test_a_row_shifted_as_a_whole_moves_back_together() -> None:
    columns = _columns(Role.INDICATOR, Role.BASELINE, Role.ACTUAL, Role.ACTUAL)
    cells = [
        RowCell(1, "移住者数", CellClass.TEXT),
        RowCell(2, "32人", CellClass.QUANTITY),
        RowCell(3, "4人", CellClass.QUANTITY),
    ]
    alignment = align_row(cells, [*columns, None], {})
    assert alignment.columns == (0, 1, 2) and alignment.moved


def test_an_aligned_row_stays() -> None:
    columns = _columns(Role.INDICATOR, Role.TARGET, Role.UNIT, Role.TARGET_PERIOD, Role.ACTUAL)
    cells = [
        RowCell(0, "移住者数", CellClass.TEXT),
        RowCell(1, "133", CellClass.QUANTITY),
        RowCell(2, "人", CellClass.TEXT),
        RowCell(3, "R7.3", CellClass.PERIOD),
        RowCell(4, "112", CellClass.QUANTITY),
    ]
    alignment = align_row(cells, columns, {})
    assert alignment.columns == (0, 1, 2, 3, 4) and not alignment.moved


def test_no_cell_goes_into_a_column_a_cell_merged_down_fills() -> None:
    """A row one column right of its header moves back as a whole, unless the column it would
    move into is held by a cell merged down from a row above (富良野, corpora/forms44: the 施策
    column under `(1)農業の振興`); then it stays, since the source says where its cells are."""
    columns = [*_columns(Role.INDICATOR, Role.BASELINE, Role.ACTUAL, Role.ACTUAL), None]
    cells = [
        RowCell(1, "移住者数", CellClass.TEXT),
        RowCell(2, "32人", CellClass.QUANTITY),
        RowCell(3, "4人", CellClass.QUANTITY),
    ]
    assert align_row(cells, columns, {}).columns == (0, 1, 2)
    held = align_row(cells, columns, {}, covered=frozenset({0}))
    assert 0 not in held.columns and held.columns[1:] == (2, 3)


def test_fill_rates_pull_values_to_the_columns_rows_use() -> None:
    columns = _columns(Role.INDICATOR, Role.BASELINE, Role.ACTUAL, Role.ACTUAL, Role.ACTUAL)
    cells = [
        RowCell(0, "名前", CellClass.TEXT),
        RowCell(2, "24件", CellClass.QUANTITY),
        RowCell(3, "38件", CellClass.QUANTITY),
        RowCell(4, "39件", CellClass.QUANTITY),
    ]
    fill = {1: 0.95, 2: 1.0, 3: 1.0, 4: 0.05}
    assert align_row(cells, columns, {}, fill).columns == (0, 1, 2, 3)
    assert align_row(cells, columns, {}).columns == (0, 2, 3, 4)


def test_program_lines() -> None:
    p = parse_program("12 人材確保対策事業 【商工労働観光課】 (目的) 労働力の確保 (内容) 説明会")
    assert (p.number, p.name, p.department, p.reposted) == (
        "12",
        "人材確保対策事業",
        "商工労働観光課",
        False,
    )
    p = parse_program("<p>- 人材確保対策事業（子育て支援分野）【再掲】 【こども子育て課】</p>")
    assert (p.number, p.name, p.department, p.reposted) == (
        None,
        "人材確保対策事業(子育て支援分野)",
        "こども子育て課",
        True,
    )
    p = parse_program("45 結婚新生活支援事業【新規】 【総合政策室】")
    assert (p.number, p.name) == ("45", "結婚新生活支援事業")
    assert parse_program("37/38").number == "37/38"


def test_headings_and_lines() -> None:
    assert heading_level("1 総合戦略における数値目標・重要業績評価指標の現状値") == 0  # a chapter
    assert heading_level("基本目標-1 「ひと」と「しごと」を呼び込み") == 1
    assert heading_level("基本目標Ⅰ 子育て・教育・文化を軸とした都市ブランドづくり") == 1
    assert heading_level("【デジタル田園都市国家構想交付金関連事業】") == 2
    assert heading_level("(7) 経済・雇用対策の推進") == 3
    assert heading_level("① 農林漁業の持続的な発展") == 4
    assert heading_level("1,665人") is None and heading_level("12 km") is None
    assert heading_level("※有識者会議での効果検証の対象外であることから") is None
    title = "第2期 根室市創生総合戦略(基本目標・KPI・事業)実績一覧"
    assert (
        classify_line("第2期 根室市創生総合戦略（基本目標・KPI・事業）実績一覧", title, set())
        is LineKind.NOTE
    )
    assert (
        classify_line("(5) 統合型校務支援システム導入", None, {"(5) 統合型公務支援システム導入"})
        is LineKind.PROGRAM_HEADING
    )
    assert (
        classify_line("ベニザケ養殖技術開発事業【再掲】 【水産研究所】", None, set())
        is LineKind.PROGRAM
    )


def test_headings_numbered_after_a_word_of_their_own_nest_as_the_document_orders_them() -> None:
    """``政策目標1`` and ``基本戦略①`` (鹿島), ``（ⅰ）`` and ``■施策①`` (江田島), ``Ⅰ`` and ``1``
    (丸亀) have no fixed level: the first of a style seen opens inside the headings then open,
    and its next one replaces it. Years (``平成28 年度``), exhibits (``資料2``) and an indicator's label over its
    table (``数値目標① 婚姻率``) are no such headings."""
    assert heading_style("政策目標1　鹿島のものづくりをさらに磨きあげて") == "政策目標 1"
    assert heading_style("基本戦略①　新規就農者、農業後継者への支援") == "基本戦略 ①"
    assert heading_style("（ⅲ）具体的施策・施策ごとの重要業績評価指標") == "(ⅰ)"
    assert heading_style("■施策①　農林業の振興") == "■施策 ①"
    for line in ("平成28 年度末時点", "資料2", "数値目標① 婚姻率", "① 農林漁業の持続的な発展"):
        assert heading_style(line) is None, line
    path, styles = SectionPath(), DocumentHeadings()
    for line in (
        "①地域で暮らす",
        "（ⅰ）基本目標",
        "（ⅲ）具体的施策",
        "■施策① 農林業",
        "■施策② 水産業",
    ):
        level = styles.level(line, path)
        assert level is not None, line
        path.enter(level, line)
    assert path.titles() == ["①地域で暮らす", "（ⅲ）具体的施策", "■施策② 水産業"]
    path, styles = SectionPath(), DocumentHeadings()
    for line in ("Ⅰ 心豊かな子どもが育つ", "1 「子育て」", "2 地域とともに", "Ⅳ 健康に暮らせる"):
        path.enter(styles.level(line, path) or 0, line)
        if line.startswith("2"):
            assert path.titles() == ["Ⅰ 心豊かな子どもが育つ", "2 地域とともに"]
    assert path.titles() == ["Ⅳ 健康に暮らせる"]


def test_quantities_exhibits_and_fixed_styles_are_not_reranked() -> None:
    """A word numbered before a counter is a quantity (``合計 3 件``, ``目標値 10 万人``), an
    exhibit's number a note (``図表2 推移``); the fixed styles keep their order whatever the
    document shows first (a preface ``① 計画の趣旨`` closes under chapter ``1``)."""
    for line in (
        "合計 3 件",
        "目標値 10 万人",
        "人口 5 万人を目指す",
        "図表2 推移",
        "別表1 成果指標",
    ):
        assert not is_heading(line), line
    path, styles = SectionPath(), DocumentHeadings()
    for line in ("① 計画の趣旨", "1 子育て", "(2) 保育"):
        path.enter(styles.level(line, path) or 0, line)
    assert path.titles() == ["1 子育て", "(2) 保育"]


def test_reposted_rows_take_the_names_whose_values_line_up() -> None:
    original = parse_program("4 水産研究所管理運営経費 【水産研究所】")
    repost = parse_program("水産研究所管理運営経費【再掲】 【水産研究所】")
    r3, r4 = Period(2021, None, None, "R3"), Period(2022, None, None, "R4")
    named = Draft(
        33,
        Kind.ACTIVITY,
        program=original,
        indicator="ベニザケ種苗の生残率",
        actuals=[ValueCell("20.0%", r3), ValueCell("70.0%", r4)],
    )
    nameless = Draft(
        149, Kind.ACTIVITY, program=repost, actuals=[ValueCell("20%", r3), ValueCell("70%", r4)]
    )
    other = Draft(150, Kind.ACTIVITY, program=repost, actuals=[ValueCell("91%", r3)])
    fill_reposted_names([named, nameless])
    assert nameless.indicator == "ベニザケ種苗の生残率" and "line 33" in nameless.warnings[-1]
    fill_reposted_names([named, other])
    assert other.indicator is None  # 91% does not line up with 20.0%


def test_th_cells_mark_header_rows_the_vocabulary_does_not_know() -> None:
    from jpkpi.tables.model import Cell
    from jpkpi.understanding.headers import count_header_rows

    marked = [Cell(0, 0, "場所", header=True), Cell(0, 1, "今年の目安", header=True)]
    data = [Cell(1, 0, "会議"), Cell(1, 1, "12回")]
    assert count_header_rows([marked, data]) == 1
    unmarked = [Cell(0, 0, "場所"), Cell(0, 1, "今年の目安")]
    assert count_header_rows([unmarked, data]) == 0


def test_a_list_word_alone_names_a_row_list_and_dates_a_heading(tmp_path: Path) -> None:
    """吉野 (corpora/forms45) prints each indicator over `予定` and `実績` rows; `計画` and `予定`
    alone are a target's words (the vocabulary's `=予定`), inside a longer word they are not
    (`計画期間`, `達成予定年度`). A heading `令和6年度予定` lists targets, not actuals."""
    assert [list_of(t) for t in ("予定", "計画", "実績")] == [Role.TARGET, Role.TARGET, Role.ACTUAL]
    assert list_of("計画期間") is None and list_of("達成予定年度") is None
    path = tmp_path / "yotei.csv"
    path.write_text("指標名,令和5年度実績,令和6年度予定\n参加者数,50人,60人\n", encoding="utf-8")
    record = jpkpi.parse(path).records[0].to_dict()
    assert [(o["value"], o["period"]["fiscal_year"]) for o in record["targets"]] == [(60, 2024)]
    assert [(o["value"], o["period"]["fiscal_year"]) for o in record["actuals"]] == [(50, 2023)]


@pytest.mark.parametrize("text", ["3年間計", "5か年累計", "3年平均", "4年間合計"])
def test_a_total_over_years_is_a_heading_not_a_count_of_years(text: str) -> None:
    from jpkpi.understanding.cells import CellClass, classify

    assert classify(text) is CellClass.HEADER


def test_a_ditto_mark_reads_as_the_cell_above_and_nothing_else_changes() -> None:
    from jpkpi.tables.model import Cell, Table
    from jpkpi.understanding.printed_marks import resolve_dittos

    cells = (
        Cell(0, 0, "指標"), Cell(0, 1, "目標"),
        Cell(1, 0, "企業数"), Cell(1, 1, "現状維持以上"),
        Cell(2, 0, "従業者数"), Cell(2, 1, "〃"),
        Cell(3, 0, "事業所数"), Cell(3, 1, "同上"),
    )  # fmt: skip
    table = Table(cells, 4, 2)
    resolved = resolve_dittos(table)
    assert [c.text for c in resolved.cells if c.col == 1] == ["目標"] + ["現状維持以上"] * 3
    plain = Table(cells[:4], 2, 2)
    assert resolve_dittos(plain) is plain


def test_a_year_basis_column_needs_a_basis_other_than_the_fiscal_year_and_no_other_words() -> None:
    from jpkpi.tables.model import Cell, Table
    from jpkpi.understanding.year_basis import basis_column

    def table(*rows: tuple[str, ...]) -> Table:
        cells = tuple(Cell(r, c, t) for r, row in enumerate(rows) for c, t in enumerate(row))
        return Table(cells, len(rows), len(rows[0]))

    head = ("指標", "集計", "H27")
    assert basis_column(table(head, ("観光客数", "暦年", "41.2"), ("就業者数", "年度", "3"))) == 1
    # every row counted by the fiscal year: nothing to change, no column read
    assert (
        basis_column(table(head, ("観光客数", "年度", "41.2"), ("就業者数", "年度", "3"))) is None
    )
    # 年 alone is a unit (平均寿命 | 年), no basis
    assert (
        basis_column(
            table(("指標", "単位", "H27"), ("平均寿命", "年", "81"), ("健康寿命", "年", "79"))
        )
        is None
    )


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        # (森町, 海老名: a title numbered by a space, no 3 of a unit 活力・情報発信)
        ("3　活力・情報発信", CellClass.TEXT),
        ("1　市民生活", CellClass.TEXT),
        # (a counter, a katakana unit, a scale word: quantities as before)
        ("5 事業所", CellClass.QUANTITY),
        ("5 ヘクタール", CellClass.QUANTITY),
        ("12 か所以上", CellClass.QUANTITY),
        ("3 人日以上", CellClass.QUANTITY),
    ],
)
def test_a_number_spaced_from_words_of_a_title_is_no_quantity(text: str, cls: CellClass) -> None:
    """A bare number, a space, then four or more kanji and katakana words (two kanji at least)
    that open with no counter: a numbered title."""
    assert classify(text) is cls
