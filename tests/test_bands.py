"""Lines kept in cells, and bands that stack several KPI rows split into one row each."""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment

import jpkpi
from jpkpi.primitives.text import join_lines, proves_wrap
from jpkpi.tables.model import Cell, CellLine, Provenance, Table
from jpkpi.tables.pdf_pages import page_to_blocks
from jpkpi.understanding.bands import split_bands
from tests.conftest import parsed


def _obs(observations) -> list[tuple]:
    """(value, unit, fiscal year) of each observation, the value as exact text."""
    return [
        (str(o.quantity.value), o.quantity.unit, o.period.fiscal_year if o.period else None)
        for o in observations
    ]


def test_numbers_on_two_lines_are_joined_only_where_the_grouping_proves_a_wrap() -> None:
    assert proves_wrap("5,994,61", "6")
    assert proves_wrap("5,994,", "616")
    assert not proves_wrap("3", "133")
    assert not proves_wrap("1,234", "5,678")
    assert not proves_wrap("5,994,61", "66")  # a group of four digits is no wrap
    assert join_lines(["5,994,61", "6"]) == "5,994,616"
    assert join_lines(["3", "133"]) == "3 133"
    assert (
        join_lines(["観光入込", "客数"]) == "観光入込客数"
    )  # a Japanese line wraps without a space
    assert join_lines(["ICT", "Plan"]) == "ICT Plan"
    # a program's code on a line of its own (金武: 3-1 over 農業の振興) stays apart from the name
    assert join_lines(["3-1", "農業の振興"]) == "3-1 農業の振興"
    assert join_lines(["1,234", "人"]) == "1,234人"


def _ruled_band_pdf() -> bytes:
    """A page whose table is ruled only around its header and its one band; the band stacks
    two rows (`Firms` 3, `Movers` 133) set apart by white space alone."""
    from tests.pdfgen import make_pdf

    ops = ["0.5 w"]
    for y in (760, 740, 690):  # rules: top, under the header, under the band
        ops.append(f"72 {y} m 372 {y} l S")
    for x in (72, 222, 372):
        ops.append(f"{x} 760 m {x} 690 l S")
    cells = [
        (76, 746, "Indicator"),
        (226, 746, "Target"),
        (76, 722, "Firms"),
        (226, 722, "3"),
        (76, 702, "Movers"),
        (226, 702, "133"),
    ]
    for x, y, text in cells:
        ops.append(f"BT /F1 10 Tf {x} {y} Td ({text}) Tj ET")
    return make_pdf(["\n".join(ops).encode()])


def test_a_pdf_cell_keeps_its_lines_and_never_glues_two_numbers() -> None:
    from jpkpi.sources.pdf import read_pdf

    pages, _ = read_pdf(_ruled_band_pdf(), "band.pdf")
    (table,) = [b for b in page_to_blocks(pages[0]) if isinstance(b, Table)]
    band = [c for c in table.cells if c.row == 1]
    assert [c.text for c in band] == ["Firms Movers", "3 133"]
    values = band[1]
    assert [ln.text for ln in values.lines] == ["3", "133"]
    y0, y1 = (ln.y for ln in values.lines)
    assert y0 is not None and y1 is not None and 18 < y1 - y0 < 22  # top-down baselines
    split = split_bands(table)
    assert [[c.text for c in row] for row in split.table.rows()] == [
        ["Indicator", "Target"],
        ["Firms", "3"],
        ["Movers", "133"],
    ]
    assert split.bands[0].count == 2 and not split.bands[0].warnings


def _placed(r: int, c: int, lines: list[tuple[str, float]]) -> Cell:
    """A PDF cell of a band, its lines at the given baselines."""
    return Cell(
        r,
        c,
        join_lines([t for t, _ in lines]),
        provenance=Provenance(page=3, bbox=(100.0 * c, 100.0, 100.0 * (c + 1), 200.0)),
        lines=tuple(CellLine(t, y, 100.0 * c + 2, 100.0 * c + 2 + 10 * len(t)) for t, y in lines),
    )


def test_a_name_wrapped_over_two_lines_goes_to_the_row_it_stands_beside() -> None:
    # Excel's default: each row's value at the bottom of its row, names wrapped over two lines,
    # a program printed once in the middle of the band.
    band = [
        _placed(0, 0, [("移住支援事業", 150)]),
        _placed(
            0,
            1,
            [("首都圏からの", 120), ("移住者数", 130), ("お試し住宅の", 140), ("利用件数", 150)],
        ),
        _placed(0, 2, [("人", 130), ("件", 150)]),
        _placed(0, 3, [("40", 130), ("12", 150)]),
        _placed(0, 4, [("35", 130), ("9", 150)]),
    ]
    split = split_bands(Table(tuple(band), 1, 5))
    rows = [[(c.col, c.text, c.rowspan) for c in row] for row in split.table.rows()]
    assert rows == [
        [
            (0, "移住支援事業", 2),
            (1, "首都圏からの移住者数", 1),
            (2, "人", 1),
            (3, "40", 1),
            (4, "35", 1),
        ],
        [(1, "お試し住宅の利用件数", 1), (2, "件", 1), (3, "12", 1), (4, "9", 1)],
    ]
    assert split.bands[0].warnings == ()


def test_a_blank_value_in_a_sub_row_stays_blank_and_others_keep_their_row() -> None:
    band = [
        _placed(0, 0, [("相談件数", 120), ("就業者数", 140), ("定住者数", 160)]),
        _placed(0, 1, [("80", 120), ("10", 140), ("25", 160)]),
        _placed(0, 2, [("75", 120), ("31", 160)]),  # no actual yet for 就業者数
    ]
    rows = [
        [(c.col, c.text) for c in row] for row in split_bands(Table(tuple(band), 1, 3)).table.rows()
    ]
    assert rows == [
        [(0, "相談件数"), (1, "80"), (2, "75")],
        [(0, "就業者数"), (1, "10")],
        [(0, "定住者数"), (1, "25"), (2, "31")],
    ]


def test_value_columns_that_do_not_line_up_give_a_warning_naming_the_page() -> None:
    band = [
        _placed(0, 0, [("相談件数", 120), ("就業者数", 140)]),
        _placed(0, 1, [("80", 120), ("10", 140)]),
        _placed(0, 2, [("75", 130), ("31", 131)]),  # both between the rows
    ]
    split = split_bands(Table(tuple(band), 1, 3))
    (warning,) = split.bands[0].warnings
    assert warning.startswith("page 3, table row 1: the band holds 2 rows")


def test_codes_and_running_text_do_not_make_a_band() -> None:
    # a flat export's program row: budget codes stacked in one cell, a paragraph beside them
    row = [
        Cell(0, 0, "01\n02", lines=(CellLine("01"), CellLine("02"))),
        Cell(0, 1, "0200\n2900", lines=(CellLine("0200"), CellLine("2900"))),
        Cell(
            0,
            2,
            "補助金を交付する。\n事業費は補助金。",
            lines=(CellLine("補助金を交付する。"), CellLine("事業費は補助金。")),
        ),
    ]
    assert split_bands(Table(tuple(row), 1, 3)).bands == ()


HTML_BAND = """<html><body><h2>KPIの状況</h2><table>
<tr><th>事業名</th><th>指標名</th><th>目標値（R7年度）</th><th>実績値（R5年度）</th></tr>
<tr><td>観光振興事業</td><td>観光入込客数<br>宿泊者数</td><td>120万人<br>30万人</td><td>98万人<br>21万人</td></tr>
<tr><td>移住定住促進事業</td><td>移住相談件数<br>移住者数<br>空き家バンク登録件数</td><td>80件<br>40人</td><td>75件<br>31人</td></tr>
</table></body></html>
"""


def test_html_cells_with_line_breaks_become_one_record_a_line(tmp_path) -> None:
    path = tmp_path / "band.html"
    path.write_text(HTML_BAND, encoding="utf-8")
    records = {r.indicator: r for r in jpkpi.parse(path).records}
    assert _obs(records["観光入込客数"].targets) == [("1200000", "人", 2025)]
    assert _obs(records["宿泊者数"].targets) == [("300000", "人", 2025)]
    assert _obs(records["宿泊者数"].actuals) == [("210000", "人", 2023)]
    assert records["観光入込客数"].program == "観光振興事業"
    # three names against two values: which is which cannot be told, so the band is not read
    assert set(records) == {"観光入込客数", "宿泊者数"}
    (warning,) = {w for r in records.values() for w in r.warnings}
    assert warning.startswith("table 1 row 3 col 1: the band holds 2 rows, but '移住相談件数")
    assert warning.endswith("has 3 lines; the band was not read")


def test_workbook_cells_broken_with_alt_enter(tmp_path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPI"
    ws.append(["事業名", "指標名", "単位", "基準値（R2年度）", "目標値（R7年度）"])
    ws.append(
        ["テレワーク推進事業", "施設を利用する企業数\n移住者数", "社\n人", "1\n120", "3\n133"]
    )
    for cell in ws[2]:
        cell.alignment = Alignment(wrap_text=True)
    path = tmp_path / "band.xlsx"
    wb.save(path)
    records = {r.indicator: r for r in jpkpi.parse(path).records}
    assert set(records) == {"施設を利用する企業数", "移住者数"}
    assert _obs(records["施設を利用する企業数"].targets) == [("3", "社", 2025)]
    assert _obs(records["移住者数"].targets) == [("133", "人", 2025)]
    assert records["移住者数"].baseline is not None
    assert str(records["移住者数"].baseline.quantity.value) == "120"


def test_csv_cells_with_line_breaks(tmp_path) -> None:
    path = tmp_path / "band.csv"
    path.write_text(
        "指標名,目標値（R7年度）,実績値（R5年度）\r\n"
        '"観光入込客数\n宿泊者数","120万人\n30万人","98万人\n21万人"\r\n',
        encoding="utf-8",
    )
    records = {r.indicator: r for r in jpkpi.parse(path).records}
    assert set(records) == {"観光入込客数", "宿泊者数"}
    assert _obs(records["宿泊者数"].actuals) == [("210000", "人", 2023)]


def test_jpkpi_tables_shows_each_cells_lines_and_the_bands_split(tmp_path) -> None:
    import subprocess
    import sys

    path = tmp_path / "band.html"
    path.write_text(HTML_BAND, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "jpkpi", "tables", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    at = out.index("      [2] lines:")
    assert out[at + 1 : at + 3] == ["        120万人", "        30万人"]
    assert "  row 1: a band of 2 rows, read one row each" in out
    assert "  row 2: a band of several rows left unread" in out


CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def _corpus_pdfs() -> list[Path]:
    return sorted(
        p for folder in ("pdf", "bands", "real-kpi/docs") for p in (CORPORA / folder).glob("*.pdf")
    )


def test_no_corpus_cell_glues_numbers_from_two_lines() -> None:
    """Every KPI PDF of the corpora: where one line of a cell ends in a digit and the next starts
    with one, the cell's text keeps them apart unless their grouping proves a wrap."""
    glued = []
    checked = 0
    for path in _corpus_pdfs():
        for block in parsed(path).blocks:
            if not isinstance(block, Table):
                continue
            for cell in block.cells:
                texts = [ln.text.strip() for ln in cell.lines if ln.text.strip()]
                for a, b in itertools.pairwise(texts):
                    if a[-1:].isdigit() and b[:1].isdigit():
                        checked += 1
                        if a + b in cell.text and not proves_wrap(a, b):
                            glued.append((path.name, cell.provenance.page, a, b))
    assert checked > 0  # the corpora do stack numbers in cells
    assert glued == []


def _f1(documents: Path, expected: Path) -> dict[str, float]:
    from jpkpi.eval import score_corpus

    return {name: s.f1 for name, s in score_corpus(documents, expected, parse=parsed).items()}


def test_banded_pdfs_read_as_their_seed_texts() -> None:
    """corpora/bands: the seeds' rows laid out as municipalities print them, ruled only between
    programs (expectations are the seeds' own records)."""
    scores = _f1(CORPORA / "bands", CORPORA / "bands" / "expected")
    for name in (
        "kushiro_bands_rows.pdf",
        "kushiro_bands_alt_enter.pdf",
        "nemuro_bands_alt_enter.pdf",
        "nemuro_bands_rows.pdf",  # band 49 broken by the page end (test below)
        "kamiichi_bands_split.pdf",  # KPIs listed, values blank, bands over page ends
    ):
        assert scores[name] >= 0.98, scores


def test_a_band_broken_by_the_page_end_is_read_on_both_pages() -> None:
    """nemuro_bands_rows.pdf: program 49's band has three KPI rows at the foot of page 1, with
    no rule below them, and its fourth row above the first rule of page 2 (read off the
    rendered pages). All four are program 49's, each value where it is printed."""
    doc = parsed(CORPORA / "bands" / "nemuro_bands_rows.pdf")
    band = [r for r in doc.records if r.program_no == "49"]
    assert [(r.indicator, [a.quantity.raw for a in r.actuals], r.page) for r in band] == [
        ("幼児発達相談受相率", ["92.3%", "100.0%"], 1),
        ("新生児聴覚検査受診率", ["90.0%", "99.0%"], 1),
        ("フッ素塗布受診件数 (1歳6ヵ月児)", ["45件", "51件"], 1),
        ("フッ素塗布受診件数 (2歳児)", ["44件", "40件"], 2),
    ]
    assert all(r.program == "母子保健子育て期支援事業" for r in band)
    # the page's values are not taken for a section heading
    assert all("99.0%" not in r.section for r in doc.records)


def test_a_note_under_a_ruled_table_is_not_taken_for_a_band_it_ends_in() -> None:
    """corpora/real/otoineppu_kyuyo_teiin_r5.pdf page 9: the note under the fully ruled table
    (``（注） 1 給料及び報酬の（ ）内は…``) prints a digit, but not in a column whose cells
    hold numbers: the table ends at its 備考 row."""
    doc = parsed(CORPORA / "real" / "otoineppu_kyuyo_teiin_r5.pdf")
    table = next(t for t in doc.tables if t.provenance.page == 9 and t.n_cols == 4)
    assert table.n_rows == 8
    assert table.rows()[-1][0].text == "備考"
    assert not any("注" in c.text for c in table.cells)


def test_a_band_that_lists_its_kpis_without_values_splits_at_each_listed_item() -> None:
    """A band of a sheet whose KPI values are still blank: the KPI cell lists its indicators,
    each led by ``・``, a name wrapped over lines stays one item, and a line that opens with
    ``・`` inside an open bracket goes on with its item (kamiichi's 健康増進 row)."""
    band = [
        _placed(1, 0, [("イ 健康づくりで", 390), ("生活を守る", 398)]),
        _placed(
            1,
            1,
            [
                ("・特定健診受診率", 390),
                ("・がん検診受診率", 414),
                ("・健康増進(健康教", 440),
                ("育・相談・訪問指導", 447),
                ("・健診等)", 455),
            ],
        ),
        _placed(1, 2, [("・高齢者福祉サービスの充実", 390), ("・健康づくりの推進", 414)]),
    ]
    head = [
        Cell(0, 0, "重点施策", provenance=Provenance(page=3)),
        Cell(0, 1, "重要業績評価指標 (KPI)", provenance=Provenance(page=3)),
        Cell(0, 2, "具体的な事業", provenance=Provenance(page=3)),
    ]
    split = split_bands(Table((*head, *band), 2, 3))
    names = [c.text for c in split.table.cells if c.col == 1 and c.row > 0]
    assert names == [
        "・特定健診受診率",
        "・がん検診受診率",
        "・健康増進(健康教育・相談・訪問指導・健診等)",
    ]
    program = next(c for c in split.table.cells if c.col == 0 and c.row > 0)
    assert (program.text, program.rowspan) == ("イ 健康づくりで生活を守る", 3)


def test_a_band_of_effects_written_as_paragraphs_is_not_split() -> None:
    """hanamaki_report_form.pdf: an 効果 cell lists three effects, each a paragraph of several
    lines: no KPI rows, so the band stays one row."""
    band = [
        _placed(0, 0, [("(4) 子育て相談記録", 173), ("システム導入", 181)]),
        _placed(
            0,
            1,
            [
                ("・住民サービスの向上", 173),
                ("市民が各種相談を行う際、相談員が不在", 181),
                ("でも相談経過を情報共有できる", 188),
                ("ことから窓口を変えることなく", 196),
                ("・支援アプローチの多角化", 211),
                ("相談先となる各担当課と連携して", 219),
                ("いる協議会と情報共有が図られ", 226),
                ("相談者は支援を受けられる", 234),
                ("・業務の質の効率化", 241),
                ("各種相談情報をシステムから", 249),
            ],
        ),
    ]
    split = split_bands(Table(tuple(band), 1, 2))
    assert split.table.n_rows == 1 and split.bands == ()


def test_kpis_listed_over_page_ends_keep_their_program_and_goal() -> None:
    """kamiichi_bands_split.pdf, read off the rendered pages: band イ of にぎわう上市 lists two
    KPIs at the foot of page 1 (no rule below them) and two more at the top of page 2 under
    the repeated header; page 3 holds bands ウ and エ of ささえあう上市, its goal columns blank.
    Each page's columns differ (the 具体的な事業 lists split in two or three), the header rows
    repeat: one table, and every KPI keeps its program and goal."""
    doc = parsed(CORPORA / "bands" / "kamiichi_bands_split.pdf")
    kpis = {r.indicator: r for r in doc.records if r.kind == "kpi"}
    for name, page, goal, no in [
        ("フォトゲイニング大会への県外在住者参加数", 1, "にぎわう上市", "イ"),
        ("上市ブランド商品開発数", 1, "にぎわう上市", "イ"),
        ("戦略作物作付面積", 2, "にぎわう上市", "イ"),
        ("戦略作物出荷数", 2, "にぎわう上市", "イ"),
        ("がんばるかみいち総合病院応援寄附件数", 3, "ささえあう上市", "ウ"),
        ("医療収支比率", 3, "ささえあう上市", "ウ"),
        ("上市高校生の町内事業所での就業者数の割合", 3, "ささえあう上市", "エ"),
    ]:
        record = kpis[name]
        assert (record.page, record.section, record.program_no) == (page, (goal,), no), name
    assert len(doc.tables) == 1
    # page 2's goal row, its columns a few points off page 1's and page 3's: in their columns
    goal = next(r for r in doc.records if r.kind == "goal" and r.page == 2)
    assert (goal.indicator, goal.program, goal.baseline.quantity.raw) == (
        "65歳以上平均自立期間",
        None,
        "男79.3歳女84.3歳",
    )


def _row_table(*texts: str) -> Table:
    return Table(tuple(Cell(0, i, t) for i, t in enumerate(texts)), 1, len(texts))


def test_a_cell_pairing_two_indicators_splits_its_row_at_the_mark() -> None:
    # 留萌 (forms90, F90-5): 開催回数／参加者数 over 4回／延べ612人 … is two indicators
    split = split_bands(
        _row_table(
            "芸術文化体験事業", "開催回数／参加者数", "4回／延べ612人", "5回／延べ701人", "1,240"
        )
    )
    rows = [[(c.col, c.text) for c in row if c is not None] for row in split.table.rows()]
    assert rows == [
        # (the money printed once, of no part's unit, is read for neither, and said)
        [(0, "芸術文化体験事業"), (1, "開催回数"), (2, "4回"), (3, "5回")],
        [(0, "芸術文化体験事業"), (1, "参加者数"), (2, "延べ612人"), (3, "延べ701人")],
    ]
    doc = parsed(Path(__file__).parent.parent / "corpora/forms90/rumoi_shakai_kyoiku_h28.html")
    read = {(r.program, r.indicator): r for r in doc.records}
    count = read["子どもたちの健やかな体を育てる取組", "参加者数"]
    assert count.unit == "人" and _obs(count.actuals) == [("220", "人", 2015), ("236", "人", 2016)]
    assert "cumulative" in count.targets[0].to_dict()["flags"] and _obs(count.targets) == [
        ("250", "人", 2016)
    ]
    assert _obs(read["子どもたちの健やかな体を育てる取組", "開催回数"].actuals) == [
        ("10", "回", 2015),
        ("11", "回", 2016),
    ]


def test_a_slash_that_pairs_no_names_splits_nothing() -> None:
    # a subsidy's share beside a plain name, a 実績／目標 pair under one name, dates
    for texts in (
        ("補助率", "1/2", "1/3"),
        ("創業件数", "12／15", "14／15"),
        ("開催回数／参加者数", "4回", "5回"),
        ("国／県", "R2/3", "R3/3"),
        # one indicator's breakdown: brackets left open, a stem before a category, categories
        ("健康寿命（男性／女性）", "79.5歳／83.2歳", "80.5歳／84.0歳"),
        ("平均正答率 小学校／中学校", "95%／90%", "97%／93%"),
        ("男性／女性", "70%／60%", "72%／62%"),
    ):
        assert split_bands(_row_table(*texts)).bands == (), texts


def test_paired_indicators_of_one_unit_split_and_a_value_printed_once_goes_to_its_unit() -> None:
    split = split_bands(_row_table("転入者数／転出者数", "1,200人／1,350人", "1,250人／1,300人"))
    assert [[c.text for c in row if c is not None] for row in split.table.rows()] == [
        ["転入者数", "1,200人", "1,250人"],
        ["転出者数", "1,350人", "1,300人"],
    ]
    split = split_bands(
        _row_table("移住・定住", "相談件数／移住者数", "120件／15人", "130件／18人", "20人")
    )
    assert [[c.text for c in row if c is not None] for row in split.table.rows()] == [
        ["移住・定住", "相談件数", "120件", "130件"],
        ["移住・定住", "移住者数", "15人", "18人", "20人"],
    ]


def test_a_heading_that_pairs_its_words_keeps_each_cell_one_indicators_pair() -> None:
    # 実績／目標（R5） over 70%／60%: the actual and target of the one indicator the row names
    table = Table(
        (
            Cell(0, 0, "指標名"),
            Cell(0, 1, "実績／目標（R5）"),
            Cell(0, 2, "実績／目標（R6）"),
            Cell(1, 0, "開催回数／参加者数"),
            Cell(1, 1, "4回／612人"),
            Cell(1, 2, "5回／701人"),
        ),
        2,
        3,
    )
    assert split_bands(table).bands == ()


def test_cells_printed_once_beside_paired_indicators_go_to_each() -> None:
    split = split_bands(
        _row_table("開催回数／参加者数", "回・人", "4回／612人", "5回／701人", "R7")
    )
    rows = [[c.text for c in row if c is not None] for row in split.table.rows()]
    assert rows == [
        ["開催回数", "回", "4回", "5回", "R7"],
        ["参加者数", "人", "612人", "701人", "R7"],
    ]
