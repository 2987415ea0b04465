"""XLSX, HTML and CSV inputs: number formats, hidden cells, spans, nesting, encodings, errors."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Border, Side

import jpkpi
from jpkpi.errors import DocumentError
from jpkpi.sources.numfmt import format_number
from jpkpi.tables.model import Table, TextLine
from tests.conftest import ROOT, SEEDS


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (-20007, '#,##0;"△ "#,##0', "△ 20,007"),
        (20007, '#,##0;"△ "#,##0', "20,007"),
        (-5, '#,##0;[Red]"▲"#,##0', "▲5"),
        (97.4, '0.0"%"', "97.4%"),
        (0.974, "0.0%", "97.4%"),
        (4, '"R"0"年度"', "R4年度"),
        (1234567, "#,##0", "1,234,567"),
        (40501000, "#,##0,", "40,501"),
        (0, '#,##0;-#,##0;"-"', "-"),
        (1.41, '0.00"人"', "1.41人"),
        (3, "General", "3"),
        (2.5, "General", "2.5"),
        (dt.datetime(2025, 3, 31), "yyyy/mm/dd", "2025年3月31日"),
        ("なし", "General", "なし"),
        (None, "General", ""),
    ],
)
def test_number_formats_show_what_excel_shows(value: object, fmt: str, shown: str) -> None:
    assert format_number(value, fmt) == shown


def _workbook(tmp_path, build) -> str:
    book = openpyxl.Workbook()
    build(book)
    path = tmp_path / "book.xlsx"
    book.save(path)
    return str(path)


def _kpi_sheet(ws) -> None:
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    rows = [
        ["指標", "単位", "基準値", "R3（実績）", "R4（実績）"],
        ["移住者数", "人", 32, 4, 6],
        ["財政収支", "千円", -20007, 1500, None],
        ["隠した指標", "件", 1, 2, 3],
    ]
    ws["A1"] = "【テスト事業】"
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.border = box
    ws["C5"].number_format = '#,##0;"△ "#,##0'
    ws.row_dimensions[6].hidden = True
    ws.column_dimensions["F"].hidden = True
    ws["F3"] = "隠し列"


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (43191, '[$-411]ggge"年度"', "平成30年度"),  # 小牧 (corpora/forms326): a serial, 2018-04-01
        (45383, '[$-411]ggge"年度"', "令和6年度"),
        (43585, '[$-411]ggge"年度"', "平成31年度"),  # 2019-04-30, the last day of 平成
        (43586, '[$-411]ggge"年度"', "令和1年度"),  # 2019-05-01
        (45383, '[$-411]gge"."m"."d', "令6.4.1"),
        (dt.date(2021, 4, 1), '[$-411]ggge"年"m"月"', "令和3年4月"),
        (1234, "General", "1234"),  # (General has a G and an e: no era)
    ],
)
def test_era_date_formats_show_the_era(value: object, fmt: str, shown: str) -> None:
    """A date (or the serial openpyxl leaves a date as, under a format it does not know for a
    date's) shown in its Japanese era, as Excel shows it."""
    assert format_number(value, fmt) == shown


def test_era_dated_headings_of_a_1904_workbook_keep_their_years(tmp_path: Path) -> None:
    """A workbook in the 1904 date system (old Mac) with headings 2022-04-01 and 2023-04-01
    under `[$-411]ggge"年度"`: 令和4年度 and 令和5年度, as in a 1900 workbook (review 35: the
    serials had been counted from 1899 and dated FY2018)."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["指標", "単位", dt.date(2022, 4, 1), dt.date(2023, 4, 1)])
    ws.append(["観光客数", "人", 100, 120])
    ws.append(["移住者数", "人", 10, 12])
    for ref in ("C1", "D1"):
        ws[ref].number_format = '[$-411]ggge"年度"'
    path = tmp_path / "mac1904.xlsx"
    wb.save(path)
    doc = jpkpi.parse(path)
    assert [a.period.fiscal_year for a in doc.records[0].actuals] == [2022, 2023]


def test_an_era_format_with_a_time_or_a_weekday() -> None:
    """`ggge"年"m"月"d"日"(aaa)` shows the weekday; a format with hours (`ggge h:mm`) is no era
    date this reader shows (its m would be minutes): the Western date stands."""
    assert format_number(45383, '[$-411]ggge"年"m"月"d"日"(aaa)') == "令和6年4月1日(月)"
    assert format_number(dt.date(2024, 4, 1), "[$-411]ggge h:mm") == "2024年4月1日"


def test_a_workbooks_era_dated_year_headings_date_its_columns() -> None:
    """小牧 (corpora/forms326): year headings stored as 2018-04-01 … 2024-04-01 under
    `[$-411]ggge"年度"` show 平成30年度 … 令和6年度 and date the columns."""
    doc = jpkpi.parse(ROOT / "corpora" / "forms326" / "komaki_kpi_shinchoku_r5.xlsx")
    hill = next(r for r in doc.records if r.indicator == "小牧山への年間来訪者数")
    assert hill.baseline is not None and hill.baseline.period is not None
    assert hill.baseline.period.fiscal_year == 2018
    assert [a.period.fiscal_year for a in hill.actuals] == [2021, 2022, 2023]


def test_xlsx_number_formats_hidden_rows_and_sections(tmp_path) -> None:
    def build(book):
        ws = book.active
        ws.title = "KPI一覧"
        _kpi_sheet(ws)
        secret = book.create_sheet("非表示")
        secret["A1"] = "x"
        secret.sheet_state = "hidden"

    doc = jpkpi.parse(_workbook(tmp_path, build))
    names = [r.indicator for r in doc.records]
    assert names == ["移住者数", "財政収支"]
    money = doc.records[1]
    assert money.baseline.quantity.raw == "△ 20,007"
    assert money.baseline.quantity.value == -20007000 and money.unit == "円"
    assert money.section == ("KPI一覧", "テスト事業")
    assert {
        "sheet '非表示' is hidden; skipped",
        "sheet 'KPI一覧': 1 hidden rows skipped",
        "sheet 'KPI一覧': 1 hidden columns skipped",
    } <= set(doc.warnings)


def test_xlsx_merged_cells_are_spans() -> None:
    doc = jpkpi.parse(ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.xlsx")
    spans = {(c.text, c.rowspan, c.colspan) for c in doc.tables[0].cells}
    assert ("KPI（重要業績評価指標）", 1, 7) in spans and ("実績値", 1, 3) in spans
    first = doc.tables[0]
    assert first.cells[0].provenance.address == first.provenance.address
    assert first.cells[0].provenance.sheet == "KPI"
    assert len(doc.records) == 18


def test_workbook_empty_cells_are_not_made_and_stay_empty_in_their_columns(tmp_path) -> None:
    """A workbook's empty cells make no Cell (a large sheet is mostly empty cells); the grid
    holds None there, the records read as before and the audit keeps later cells in line."""
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def build(book):
        ws = book.active
        ws.title = "KPI"
        rows = [
            ["指標", "単位", "基準値", "R3（実績）", "R4（実績）"],
            ["移住者数", None, 32, None, 6],
            ["観光客数", "人", 100, 120, 130],
        ]
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                ws.cell(r, c, v).border = box

    doc = jpkpi.parse(_workbook(tmp_path, build))
    table = doc.tables[0]
    assert (table.n_rows, table.n_cols, len(table.cells)) == (3, 5, 13)
    assert table.grid()[1][1] is None and table.grid()[1][3] is None
    assert [(c.col, c.text, c.provenance.address) for c in table.rows()[1]] == [
        (0, "移住者数", "A2"),
        (2, "32", "C2"),
        (4, "6", "E2"),
    ]
    first = doc.records[0].to_dict()
    assert first["indicator"] == "移住者数" and first["baseline"]["value"] == 32
    assert [(a["period"]["fiscal_year"], a["value"]) for a in first["actuals"]] == [(2022, 6)]
    page = doc.audit_html()
    grid = page[page.index('<section class="grid"') :]
    grid = grid[: grid.index("</table>")]
    body = grid.split("<tr>")[2:]  # after the roles' row: the table's three rows
    assert [row.count("<td") for row in body] == [5, 5, 5]
    assert body[1].index(">32<") < body[1].index(">6<")


def test_xlsx_zip_bomb_is_refused(tmp_path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            chunk = b" " * (1024 * 1024)
            for _ in range(300):
                f.write(chunk)
    with pytest.raises(DocumentError, match=r"zip bomb|inflates"):
        jpkpi.parse(path)


def test_damaged_xlsx_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "broken.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<not really/>")
    path.write_bytes(buf.getvalue())
    with pytest.raises(DocumentError, match="is not a readable XLSX file"):
        jpkpi.parse(path)


NESTED = """<html><head><meta charset="utf-8"></head><body>
<h1>釧路市 KPI</h1><h2>【デジタル田園都市国家構想交付金（地方創生推進タイプ）対象事業】</h2>
<table><tr><td>レイアウト</td><td>
  <table border="1"><caption>KPI一覧</caption>
   <tr><th rowspan="2">事業名</th><th rowspan="2">指標</th><th colspan="3">指標値</th><th colspan="2">実績値</th></tr>
   <tr><th>指標値</th><th>単位</th><th>年月</th><th>R4年度</th><th>R5年度</th></tr>
   <tr><td rowspan="2"><p>テレワーク&amp;ワーケーション</p><p>推進事業</p></td><td>移住者数</td><td>133</td><td>人</td><td>R7.3</td><td>112</td><td>105</td></tr>
   <tr><td>企業数&nbsp;(社・<br>団体)</td><td>3</td><td>社</td><td>R7.3</td><td>1</td><td>1</td></tr>
  </table>
</td></tr></table></body></html>"""


def test_html_nested_tables_spans_and_markup(tmp_path) -> None:
    path = tmp_path / "page.html"
    path.write_text(NESTED, encoding="utf-8")
    doc = jpkpi.parse(path)
    inner = [t for t in doc.tables if t.n_rows == 4]
    assert len(inner) == 1
    (program_cell,) = [c for c in inner[0].cells if c.text.startswith("テレワーク")]
    assert (program_cell.text, program_cell.rowspan) == ("テレワーク&ワーケーション 推進事業", 2)
    records = doc.records
    assert [r.indicator for r in records] == ["移住者数", "企業数 (社・団体)"]
    assert records[0].program == "テレワーク&ワーケーション推進事業"
    assert records[0].section[0] == "デジタル田園都市国家構想交付金(地方創生推進タイプ)対象事業"
    assert [(o.quantity.value, o.period.fiscal_year) for o in records[0].actuals] == [
        (112, 2022),
        (105, 2023),
    ]


def test_html_ruby_readings_are_not_the_text(tmp_path) -> None:
    """宮津 (corpora/forms171) prints `<ruby>天橋立<rp>（</rp><rt>あまのはしだて</rt><rp>）</rp>
    </ruby>` in a name: the name is 天橋立…; a reading whose end tags are left out ends at the
    next ruby part, the ruby's end or the cell's, and the text after it is kept."""
    path = tmp_path / "ruby.html"
    path.write_text(
        "<table><tr><th>指標</th><th>単位</th><th>R2実績</th></tr>"
        "<tr><td><ruby>天橋立<rp>（</rp><rt>あまのはしだて</rt><rp>）</rp></ruby>の来訪者数</td>"
        "<td>人</td><td>100</td></tr>"
        "<tr><td><ruby>宮津<rt>みやづ</ruby>市の人口</td><td>人</td><td>200</td></tr>"
        "<tr><td><ruby><rb>漢</rb><rt>かん</rt></ruby>字数<ruby>X<rt>えっくす</td><td>件</td>"
        "<td>3</td></tr><tr><td>最後の指標</td><td>件</td><td>4</td></tr></table>",
        encoding="utf-8",
    )
    records = jpkpi.parse(path).records
    assert [(r.indicator, r.actuals[0].quantity.value) for r in records] == [
        ("天橋立の来訪者数", 100),
        ("宮津市の人口", 200),
        ("漢字数X", 3),
        ("最後の指標", 4),
    ]
    miyazu = jpkpi.parse(ROOT / "corpora" / "forms171" / "miyazu_kihon_mokuhyo_r2.html").records
    assert "天橋立を訪れる教育旅行の受入校数" in {r.indicator for r in miyazu}


def test_html_text_outside_tables_keeps_its_source_line(tmp_path) -> None:
    """A paragraph's text line knows the source line it starts on: a value read from it (a
    goal line) points there, as {"line": n}."""
    path = tmp_path / "lines.html"
    path.write_text(
        "<html><body>\n<p>intro</p>\n<h2>数値目標</h2>\n<ul>\n<li>総人口：2,000人（令和12年度）</li>\n"
        "</ul>\n<table><tr><th>指標</th><th>目標値（R7）</th></tr>"
        "<tr><td>移住者数</td><td>20人</td></tr></table>\n</body></html>",
        encoding="utf-8",
    )
    doc = jpkpi.parse(path)
    lines = [b for b in doc.blocks if isinstance(b, TextLine) and b.text == "intro"]
    assert [b.provenance.line for b in lines] == [2]
    # (pretty-printed: the line the text itself starts on, not its tag's)
    pretty = tmp_path / "pretty.html"
    pretty.write_text("<html><body>\n<p>\n\n  intro</p>\n</body></html>", encoding="utf-8")
    blocks = jpkpi.parse(pretty).blocks
    assert [b.provenance.line for b in blocks if isinstance(b, TextLine)] == [4]
    cell = doc.records[0].to_dict()["targets"][0]["cell"]
    assert cell == {"line": 5}


def test_html_nesting_is_bounded(tmp_path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<table><tr><td>" * 100 + "x", encoding="utf-8")
    with pytest.raises(DocumentError, match="nests tables more than"):
        jpkpi.parse(path)


def test_html_in_shift_jis_is_decoded(tmp_path) -> None:
    path = tmp_path / "sjis.html"
    page = '<meta charset="Shift_JIS"><table><tr><th>指標</th><th>R4年度</th></tr><tr><td>移住者数</td><td>112</td></tr></table>'
    path.write_bytes(page.encode("cp932"))
    (table,) = jpkpi.parse(path).tables
    assert isinstance(table, Table) and table.rows()[1][0].text == "移住者数"


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("cp932", ","), ("utf-8-sig", ","), ("utf-8", ";")]
)
def test_csv_encodings_and_delimiters(tmp_path, encoding: str, delimiter: str) -> None:
    lines = (SEEDS / "000_fb57e009c395afac.txt").read_text(encoding="utf-8").splitlines()
    out = io.StringIO()
    import csv

    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for line in lines:
        writer.writerow(line.split("\t") if line else [])
    path = tmp_path / "seed000.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    records = jpkpi.parse(path).records
    assert len(records) == 18
    assert records[1].indicator == "移住者数" and records[1].line == 11


def test_legacy_xls_workbook(tmp_path) -> None:
    pytest.importorskip("xlrd")
    path = ROOT / "tests" / "fixtures" / "xls" / "kushiro_kpi_grid.xls"
    doc = jpkpi.parse(path)
    assert len(doc.records) == 18
    migrants = doc.records[1]
    assert migrants.indicator == "移住者数" and migrants.section[0] == "KPI"
    assert [o.quantity.value for o in migrants.actuals] == [112, 105, 81]
    renamed = tmp_path / "workbook.dat"  # the kind comes from the content, not the name
    renamed.write_bytes(path.read_bytes())
    assert len(jpkpi.parse(renamed).records) == 18


def test_unknown_content_names_the_supported_kinds(tmp_path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(
        DocumentError, match=r"is not a kind of file jpkpi reads \(it reads PDF, XLSX/XLS"
    ):
        jpkpi.parse(path)


def test_large_workbooks_are_streamed_with_the_same_result(monkeypatch) -> None:
    import jpkpi.sources.xlsx as xlsx

    path = ROOT / "corpora" / "pdf" / "kamiichi_goals_grid.xlsx"
    loaded = [r.to_dict() for r in jpkpi.parse(path).records]
    monkeypatch.setattr(xlsx, "STREAMING_BYTES", 0)  # every workbook counts as large
    streamed = [r.to_dict() for r in jpkpi.parse(path).records]
    assert streamed == loaded and len(streamed) == 37


@pytest.mark.parametrize("streaming", [False, True])
def test_a_general_float_is_read_as_stored_not_as_shown(tmp_path, monkeypatch, streaming) -> None:
    """A computed float in General format shows ten significant digits (``38.93389423``) but
    holds more: the value is the stored number (scaled by the column's 千円), raw what is
    shown. A format that rounds on purpose (``0.0``) is read as shown, as is a whole number."""
    import jpkpi.sources.xlsx as xlsx

    def build(book):
        ws = book.active
        rows = [
            ["指標", "単位", "R3実績", "R4実績"],
            ["一人当たり負担額", "千円", 38.93389423076923, 16.13692480359147],
            ["平均修繕費", "千円", 1635.285714285714, 2.5],
            ["施設の利用割合", "%", 2 / 3, 12],
        ]
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                ws.cell(r, c, v)
        ws["C4"].number_format = "0.0"

    path = _workbook(tmp_path, build)
    if streaming:
        monkeypatch.setattr(xlsx, "STREAMING_UNMERGED_BYTES", 0)
    records = {r.indicator: r for r in jpkpi.parse(path).records}
    cost = records["一人当たり負担額"].actuals
    assert [str(o.quantity.value) for o in cost] == ["38933.89423076923", "16136.92480359147"]
    assert [o.quantity.raw for o in cost] == ["38.93389423", "16.1369248"]
    repair = records["平均修繕費"].actuals
    assert [str(o.quantity.value) for o in repair] == ["1635285.714285714", "2500.0"]
    assert repair[0].quantity.raw == "1635.285714"
    assert [str(o.quantity.value) for o in records["施設の利用割合"].actuals] == ["0.7", "12"]


def test_float_noise_past_excels_fifteen_digits_is_the_number_shown(tmp_path) -> None:
    """Review: 57.99999999999999 in General shows 58 and is 58 (binary noise past Excel's 15
    digits is no data), also scaled (千円: 58000) and in a status check; 0.1+0.2 is 0.3."""

    def build(book):
        ws = book.active
        rows = [
            ["指標", "単位", "目標値（R1）", "実績（R1）"],
            ["満足度", "%", 58, 57.99999999999999],
            ["負担額", "千円", 1, 0.1 + 0.2],
        ]
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                ws.cell(r, c, v)

    records = {r.indicator: r for r in jpkpi.parse(_workbook(tmp_path, build)).records}
    assert [str(o.quantity.value) for o in records["満足度"].actuals] == ["58"]
    status = records["満足度"].status
    assert status is not None and status.computed == "achieved"
    assert [str(o.quantity.value) for o in records["負担額"].actuals] == ["300.0"]


@pytest.mark.parametrize(
    ("name", "streamed"),
    [
        ("layouts/name_row_above.xlsx", True),
        ("layouts/unit_in_name.xlsx", True),
        ("layouts/years_down.xlsx", True),
        ("pdf/kamiichi_goals_grid.xlsx", False),  # it has merged ranges: loaded in full
    ],
)
def test_merge_free_workbooks_are_streamed_from_the_smaller_size(
    monkeypatch, name: str, streamed: bool
) -> None:
    """A workbook without merged ranges reads the same in either mode, so it is streamed from
    STREAMING_UNMERGED_BYTES (the 大船渡 workbook's 9.6 MB sheet loaded in full took 4.3 s)."""
    import jpkpi.sources.xlsx as xlsx

    path = ROOT / "corpora" / name
    loaded = [r.to_dict() for r in jpkpi.parse(path).records]
    modes: list[bool] = []
    load = openpyxl.load_workbook

    def spy(*args, **kwargs):
        modes.append(kwargs.get("read_only", False))
        return load(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", spy)
    monkeypatch.setattr(xlsx, "STREAMING_UNMERGED_BYTES", 0)
    again = [r.to_dict() for r in jpkpi.parse(path).records]
    assert modes == [streamed]
    assert again == loaded and loaded


def test_cells_of_large_sheets_are_compact_and_pickle() -> None:
    """A table's cells, places and lines keep their fields in slots, not a dict apiece (a
    1,000-page PDF holds hundreds of thousands), and still pickle for worker processes and
    stay frozen."""
    import dataclasses
    import pickle

    from jpkpi.tables.model import Cell, CellLine, Provenance, TextLine

    place = Provenance.sheet_cell("KPI", "B12")
    assert place == Provenance(sheet="KPI", address="B12")
    lines = (CellLine("移住者数", 10.5, 1.0, 40.0, 2.0), CellLine("（人）"))
    built = Cell.at(3, 4, "移住者数\n（人）", 2, 1, place, lines)
    assert built == Cell(3, 4, "移住者数\n（人）", 2, 1, place, lines=lines)
    for obj in (place, lines[0], built, TextLine("見出し", place, level=1)):
        assert not hasattr(obj, "__dict__"), type(obj).__name__
        again = pickle.loads(pickle.dumps(obj))
        assert again == obj and hash(again) == hash(obj)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.text = "x"  # type: ignore[misc]


def test_streamed_sheets_skip_hidden_rows_and_columns(tmp_path, monkeypatch) -> None:
    import jpkpi.sources.xlsx as xlsx

    def build(book):
        _kpi_sheet(book.active)

    path = _workbook(tmp_path, build)
    monkeypatch.setattr(xlsx, "STREAMING_BYTES", 0)
    doc = jpkpi.parse(path)
    assert [r.indicator for r in doc.records] == ["移住者数", "財政収支"]
    assert any("1 hidden rows skipped" in w for w in doc.warnings)


def test_content_free_cells_border_their_places_when_streamed(tmp_path, monkeypatch) -> None:
    """Cells that hold only a style (most of a large sheet) are read straight from the XML when
    a sheet is streamed: their borders, hidden rows and columns, and the values beside them read
    as the full load reads them."""
    import zipfile

    import jpkpi.sources.xlsx as xlsx

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def build(book):
        ws = book.active
        ws.title = "KPI"
        for r in range(1, 6):
            for c in range(1, 7):
                ws.cell(r, c).border = box  # the bordered grid, mostly empty
        ws["A1"], ws["B1"], ws["C1"] = "指標", "基準値", "目標値"
        ws["A2"], ws["B2"], ws["C2"] = "移住者数", 32, 40
        ws.cell(8, 2).border = box  # a lone bordered cell below
        ws.cell(9, 3).value = "注記"  # text without a border
        ws.row_dimensions[4].hidden = True
        ws.column_dimensions["E"].hidden = True

    path = _workbook(tmp_path, build)
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    assert xlsx._EMPTY_CELL.search(xml)  # openpyxl writes them as <c r="D1" s="1" t="n" />
    data = Path(path).read_bytes()
    (loaded,), _ = xlsx.read_xlsx(data, path)
    monkeypatch.setattr(xlsx, "STREAMING_UNMERGED_BYTES", 0)
    (streamed,), _ = xlsx.read_xlsx(data, path)
    assert streamed.texts == loaded.texts
    assert streamed.bordered == loaded.bordered
    # rows 1–3 and 5 (row 4 hidden) by columns A–D and F (E hidden), and B8 (row 7 of 8 shown)
    assert (6, 1) in streamed.bordered and len(streamed.bordered) == 4 * 5 + 1
    assert streamed.texts[(0, 0)] == "指標" and streamed.texts[(7, 2)] == "注記"


def test_text_a_page_hides_is_not_read(tmp_path: Path) -> None:
    """直島 (corpora/forms209): `<span class="sp-label">R5実績</span>1,541` under a style sheet
    that hides `.sp-label` (a responsive table's copy of its heading) is 1,541; so is a span
    hidden by `style="display:none"` or `hidden`. A rule inside `@media` hides nothing here, and
    a hidden span left open ends with its cell."""
    from jpkpi.sources.html import hidden_classes

    assert hidden_classes(
        ".sp-label { display: none; } td.note{visibility:hidden} .wide { color: red }"
        "@media (max-width: 640px) { .narrow { display: none } }"
    ) == frozenset({"sp-label", "note"})
    page = tmp_path / "hidden.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><style>.sp-label{display:none}"
        "@media (max-width:640px){.pc{display:none}}</style></head><body>"
        "<table><tr><th>指標名</th><th>単位</th><th>R4実績</th><th>R5実績</th></tr>"
        "<tr><th>転入者数</th><td><span class='sp-label'>単位</span>人</td>"
        "<td><span style='display: none'>R4実績</span>201</td>"
        "<td><span class='sp-label'>R5実績</span>214<span hidden>（速報）</span></td></tr>"
        "<tr><th>転出者数</th><td>人</td><td><span class='pc'>198</span></td>"
        "<td><span class='sp-label'>R5実績<td>187</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    doc = jpkpi.parse(page)
    got = {r.indicator: [a.quantity.value for a in r.actuals] for r in doc.records}
    assert got == {"転入者数": [201, 214], "転出者数": [198, 187]}


def test_a_definition_list_of_fields_gives_the_plans_period(tmp_path: Path) -> None:
    """吹田 (corpora/forms508): `<dl><dt>計画期間</dt><dd>令和元年度（2019年度）～令和10年度（2028年度）
    </dd></dl>` over a grid whose target column is `目標（最終年度）`: the <dl> is read as a table of
    fields, so each target is the plan's last year, FY2028. A page without one keeps its targets
    undated."""
    doc = jpkpi.parse(ROOT / "corpora" / "forms508" / "suita_sogo4_shisaku_shihyo_r5.html")
    assert doc.records and all(
        [t.period.fiscal_year for t in r.targets if t.period] == [2028] for r in doc.records
    )
    page = tmp_path / "no_dl.html"
    grid = (
        "<table><tr><th>指標名</th><th>策定時</th><th>目標（最終年度）</th></tr>"
        "<tr><td>来場者数</td><td>120人</td><td>150人</td></tr></table>"
    )
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{grid}</body></html>")
    assert [t.period for t in jpkpi.parse(page).records[0].targets] == [None]


def test_a_definition_list_of_notes_stays_notes(tmp_path: Path) -> None:
    """Review 45: `<dl><dt>（注）</dt><dd>単位は千人。</dd></dl>` under a grid is a note, not a
    table of fields: the grid's values are in 千人 (1,200 → 1,200,000 人)."""
    grid = (
        "<table><tr><th>No.</th><th>指標</th><th>基準値（R2）</th><th>R5実績</th></tr>"
        "<tr><td>1</td><td>観光入込客数</td><td>1,200</td><td>1,400</td></tr></table>"
    )
    for notes in (
        "<dl><dt>（注）</dt><dd>単位は千人。</dd></dl>",
        "<dl class='note'><dt>※</dt><dd>単位は千人</dd></dl>",
    ):
        page = tmp_path / "notes.html"
        page.write_text(
            f"<html><head><meta charset='utf-8'></head><body>{grid}{notes}</body></html>"
        )
        record = jpkpi.parse(page).records[0]
        assert record.baseline is not None
        assert (record.baseline.quantity.value, record.unit) == (1200000, "人"), notes
