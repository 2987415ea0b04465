"""Build the built documents of forms207/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/chiryu_shisaku_hyoka_r1.xlsx``, a 第6次総合計画 施策評価シート in the manner of 知立市
  (愛知県): form fields (将来像, 施策, 主管課, money, population), a 施策の概要 paragraph with real
  figures, a two-row header with ``R元`` spanning ``目標 | 実績``, **an 評価 column of the kanji
  grades ``優`` / ``良`` / ``可`` / ``不可``** read through a legend line, **an actual revised in its
  own cell with the superseded figure in a labelled bracket, ``112（修正前118）``**, **stacked
  qualifiers ``延べ約240``**, ``千人``, a ``※`` footnote mark after a number, and a closing 総合評価
  field that counts the grades; and the PDF;
* ``yasu_senryaku_kpi_r5.html``, a 第2期総合戦略 KPI page in the manner of 野洲市 (滋賀県): two
  ``<h2>`` 基本目標 tables, ``令和5年度`` spanning ``目標 | 実績 | 達成率``, **a 達成率 column whose
  cells hold a ``<meter>`` element beside the printed rate**, **a ``達成`` column of ``○`` marks
  only, empty where the target was missed**, and a final target ``年間約15,000``;
* ``source/matsuzaki_kpi_kensho_r4.xlsx``, a 第2期総合戦略 KPI 検証シート in the manner of 松崎町
  (静岡県): form fields, **評価 cells carrying the run of years in brackets (``達成（2年連続）``,
  ``未達成（3年連続）``)**, **a legend that counts 95 % of the target as ``達成``**, so one printed
  ``達成`` stands over numbers that fall short, ``千人泊``, a ``―`` actual with a ``－`` grade; and the PDF;
* ``source/kimino_kpi_shinchoku_r5.xlsx``, a 第2期総合戦略（改訂版） KPI 進捗 in the manner of 紀美野町
  (和歌山県): two final-target columns (``当初目標（R6）``, ``延長後目標（R8）``), **rank cells that
  print the number of ranked bodies before the rank (``30市町村中21位``) with ``20位以内`` targets**,
  **one row whose cells pair a count and an amount under a two-unit 単位 cell ``件／万円``
  (``612／1,430``)**, ``集計中``, A/B/C grades; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms207/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms207/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(
    ws,
    row,
    col,
    value,
    header=False,
    fmt=None,
    align=None,
    size=9,
    bold=False,
    valign=None,
    fill=None,
    vertical_text=False,
):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    rotation = 255 if vertical_text else 0
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(
            horizontal=align or "center",
            vertical=valign or "center",
            wrap_text=True,
            text_rotation=rotation,
        )
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical=valign or "center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(
            horizontal=align or "left",
            vertical=valign or "center",
            wrap_text=True,
            text_rotation=rotation,
        )
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    """A bordered value merged over c1..c2 of one row."""
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down over r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.page_margins.header = ws.page_margins.footer = 0.25


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it.
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-05T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms207_soffice_") as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(xlsx),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copyfile(
            Path(tmp) / xlsx.with_suffix(".pdf").name, HERE / xlsx.with_suffix(".pdf").name
        )
    print(f"wrote {xlsx.with_suffix('.pdf').name}")


def _notes(ws, row: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


def _fields(ws, row: int, pairs, c_label: tuple[int, int], c_value: tuple[int, int], height=20):
    """Bordered form fields, one label | value pair a row."""
    for label, value in pairs:
        _span(ws, row, c_label[0], c_label[1], label, header=True)
        _span(ws, row, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[row].height = height
        row += 1
    return row


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right", fmt=fmt)


def _head2(ws, h: int, singles, groups, height=22) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _down(ws, h, h + 1, c, word, header=True)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


# --------------------------------------------------------------------------------------------
# 知立市 (愛知県): 第6次知立市総合計画 施策評価シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan (第6次知立市総合計画, 2015–2024年度) and its 将来像 『輝くまち みんなの知立』; 16.31k㎡;
# 71,992人 (2019-10-01 推計); 八橋かきつばた園 (無量寿寺), 知立の山車文楽とからくり (国指定重要無形民俗
# 文化財), the 旧東海道松並木 (約500m, 170本). Made up: the sheet, 施策, 課, money, every indicator and figure.
CH_ROWS = [
    ("1", "八橋かきつばたまつりの来場者数", "千人", 142, 128, 150, "約136", 160, "良"),
    ("2", "山車文楽とからくりの公開回数", "回", 4, 6, 6, 6, 8, "優"),
    (
        "3",
        "旧東海道松並木の保全活動への参加者数",
        "人",
        "延べ210",
        "延べ265",
        "延べ280",
        "延べ約240",
        "延べ350",
        "可",
    ),
    ("4", "観光ボランティアガイドの案内件数", "件", 86, "112（修正前118）", 120, 124, 150, "優"),
    ("5", "歴史民俗資料館の入館者数", "人", 8420, 9036, 9500, "6,210※", 10000, "不可"),
]


def chiryu() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 7, 11, 16, 9, 11, 11, 8])
    _text(ws, 1, 1, "第6次知立市総合計画　施策評価シート（令和元年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和2年8月", align="right")
    r = 4
    for label, value in (
        ("将来像", "輝くまち　みんなの知立"),
        ("施策", "2-5　歴史・文化を活かした観光交流の推進"),
        ("主管課", "経済課"),
        ("関係課", "生涯学習スポーツ課、都市計画課"),
        ("施策に係る事業費（R元決算・千円）", 48260),
        ("市の概況", "面積16.31k㎡、人口71,992人（令和元年10月1日推計）"),
    ):
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "１　施策の概要", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        9,
        "八橋かきつばた園、国指定重要無形民俗文化財「知立の山車文楽とからくり」、約500mにわたり170本の松が残る旧東海道松並木など、"
        "市の歴史・文化資源を活かして、市民と来訪者の交流を広げる。",
        30,
    )
    r += 3
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=11)
    _text(
        ws,
        r + 1,
        1,
        "評価　優：R元目標値を達成　良：達成率90%以上　可：達成率70%以上90%未満　不可：達成率70%未満　－：評価できない",
        size=8,
    )
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "策定時\n（H25）"),
            (5, "H30実績"),
            (8, "目標値\n（R6）"),
            (9, "評価"),
        ],
        [(6, 7, "R元", ["目標", "実績"])],
    )
    r = h + 2
    for no, name, unit, *vals, grade in CH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝R元実績÷R元目標。No.1のR元実績は、入場券の販売数からの推計です。",
            "※H30実績のうち、集計方法の見直しにより修正したものは、修正前の数値を（　）内に記載しています。",
            "※No.5のR元実績は、新型コロナウイルス感染症対策による臨時休館（令和2年3月）の影響を含みます。",
        ],
    )
    r += 5
    _text(ws, r, 1, "３　施策の総合評価", bold=True, size=11)
    _span(ws, r + 1, 1, 2, "総合評価", header=True)
    _span(ws, r + 1, 3, 9, "良　（成果指標5項目のうち　優2・良1・可1・不可1）", align="left")
    ws.row_dimensions[r + 1].height = 20
    _page(ws, "landscape")
    path = SOURCE / "chiryu_shisaku_hyoka_r1.xlsx"
    _save(wb, path)
    return path


def _para(ws, row, c1, c2, value, height, size=9):
    """A wrapped, bordered paragraph merged over c1..c2."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for c in range(c1, c2 + 1):
        ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


# --------------------------------------------------------------------------------------------
# 野洲市 (滋賀県): 第2期野洲市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the 2004-10 merger of 中主町 and 野洲町, 80.15k㎡, 「銅鐸のまち」 and the 銅鐸博物館 (野洲市歴史民俗
# 博物館), 50,037人 (2024-10-01 推計), a 第2期 strategy with two 基本目標 on work and on new people. Made up:
# the page, its date and 課, the 基本目標 wording, every KPI, figure, rate and mark.
YA_BLOCKS = [
    (
        "基本目標1　稼ぐ力を高め、安心して働けるまちをつくる",
        [
            ("市内事業所の新規雇用者数", "人", "182", "205", "210", "221", 105.2, "230", "○"),
            ("野洲ブランド認証品目数（累計）", "品目", "12", "19", "22", "20", 90.9, "25", ""),
        ],
    ),
    (
        "基本目標2　新しいひとの流れをつくる",
        [
            (
                "銅鐸博物館の入館者数",
                "人",
                "12,480",
                "10,920",
                "13,000",
                "11,640",
                89.5,
                "年間約15,000",
                "",
            ),
            ("転入者数（20～39歳）", "人", "1,012", "1,086", "1,050", "1,103", 105.0, "1,100", "○"),
        ],
    ),
]

YA_HEAD = """<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th rowspan="2">R4<br>実績</th><th colspan="3">令和5年度</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">達成</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th></tr>
</thead>"""


def yasu_html() -> str:
    parts = []
    for goal, rows in YA_BLOCKS:
        body = []
        for name, unit, base, r4, t5, a5, rate, final, mark in rows:
            meter = f'<meter min="0" max="120" low="80" high="100" optimum="120" value="{rate:.1f}">{rate:.1f}%</meter>'
            body.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td><td class="num">{base}</td><td class="num">{r4}</td>'
                f'<td class="num">{t5}</td><td class="num">{a5}</td><td class="rate">{meter} {rate:.1f}%</td>'
                f'<td class="num">{final}</td><td class="c">{mark}</td></tr>'
            )
        rows_html = "\n".join(body)
        parts.append(
            f"<h2>{goal}</h2>\n<table>\n{YA_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期野洲市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度） - 野洲市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
td.rate {{ white-space: nowrap; }}
meter {{ width: 4em; }}
</style>
</head>
<body>
<p>トップページ &gt; 市政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>第2期野洲市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）</h1>
<p>更新日：2024年10月15日　担当：政策推進課</p>
<p>野洲市は、平成16年10月に旧中主町と旧野洲町が合併して誕生した、面積80.15平方キロメートルのまちです（人口50,037人、2024年10月1日推計）。多数の銅鐸が出土した「銅鐸のまち」として知られています。</p>
<p>第2期総合戦略（令和2年度～令和6年度）に掲げた重要業績評価指標（KPI）について、令和5年度の実績を取りまとめました。達成率は令和5年度の目標に対する実績の割合で、バーはその大きさを示します。「達成」欄の○は、令和5年度の目標を達成したKPIです。</p>
{tables}
<p>※銅鐸博物館は、野洲市歴史民俗博物館の愛称です。令和5年度は企画展を3回開催しました。</p>
<p>※転入者数は住民基本台帳によります（各年度4月～翌年3月）。</p>
</body>
</html>
"""


def yasu() -> Path:
    path = HERE / "yasu_senryaku_kpi_r5.html"
    path.write_bytes(yasu_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 松崎町 (静岡県賀茂郡): 松崎町まち・ひと・しごと創生総合戦略（第2期） KPI検証シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real: 85.24k㎡; 「日本で最も美しい村」連合 (加盟 平成25年10月) with 石部の棚田, なまこ壁の建造物 and 塩漬けの
# 桜葉 (全国シェア約7割); the 棚田オーナー制度; 伊豆の長八美術館; 「花とロマン」; about 6千人 (令和4年). Made up:
# the sheet, its date and 課, the 基本目標 wording, every KPI, figure, grade and note.
MZ_ROWS = [
    ("1", "石部の棚田オーナー制度の契約区画数", "区画", 98, 104, 110, 112, 120, "達成（2年連続）"),
    ("2", "伊豆の長八美術館の入館者数", "人", 18412, 9870, 15000, 14460, 20000, "達成"),
    ("3", "なまこ壁建造物の保存修理件数（累計）", "件", 0, 3, 6, 4, 10, "未達成（2年連続）"),
    ("4", "移住相談窓口を通じた移住者数", "人", 11, 9, 15, 13, 18, "未達成（3年連続）"),
    ("5", "町内宿泊施設の延べ宿泊者数", "千人泊", 186, 121, 150, "―", 200, "－"),
]


def matsuzaki() -> Path:
    wb, ws = _sheet("KPI検証", [5, 36, 8, 11, 10, 9, 9, 11, 17])
    _text(
        ws,
        1,
        1,
        "松崎町まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）の検証シート（令和4年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和5年9月　松崎町企画観光課", align="right")
    r = 4
    for label, value in (
        ("計画期間", "令和2年度～令和6年度"),
        (
            "町の概況",
            "総面積85.24k㎡、人口約6千人（令和4年）。平成25年10月に「日本で最も美しい村」連合に加盟（石部の棚田・なまこ壁の建造物・塩漬けの桜葉）",
        ),
        ("関連事業費（R4決算・千円）", 31480),
    ):
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 28 if label == "町の概況" else 20
        r += 1
    r += 1
    _text(ws, r, 1, "■基本目標２　花とロマンの里に新しい人の流れをつくる", bold=True, size=11)
    _text(
        ws,
        r + 1,
        1,
        "評価　達成：R4目標値の95%以上　未達成：R4目標値の95%未満　－：実績値が未確定　※（　）内は、達成又は未達成が続いている年数です。",
        size=8,
    )
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "KPI"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (5, "R3実績"),
            (8, "目標値\n（R6）"),
            (9, "評価"),
        ],
        [(6, 7, "R4", ["目標", "実績"])],
    )
    r = h + 2
    for no, name, unit, *vals, grade in MZ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価結果：達成2項目　未達成2項目　－1項目",
            "※No.5は県の観光交流の動向調査によるもので、R4の数値は公表前のため「―」としています。",
            "※No.2のR4実績は目標値の96.4%で、評価基準（95%以上）により「達成」としています。",
            "※町の特産である塩漬けの桜葉は、全国シェアの約7割を占めています（参考）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "matsuzaki_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 紀美野町 (和歌山県海草郡): 第2期紀美野町まち・ひと・しごと創生総合戦略（改訂版） KPIの進捗状況
# --------------------------------------------------------------------------------------------

# Real: the 第2期 strategy (令和2～6年度) extended by two years to 令和8年度, 企画管財課; 128.34k㎡ with about
# 75% forest; the 2006-01-01 merger of 野上町 and 美里町; みさと天文台 (105cm telescope, renovated 2021). Made up:
# the sheet, its date, the 基本目標 wording, every KPI, figure, grade and money.
KM_ROWS = [
    ("1", "みさと天文台の来館者数", "人", 9860, 7420, 9000, 8310, 10500, 11000, "B"),
    (
        "2",
        "ふるさと納税（件数／金額）",
        "件／万円",
        "612／1,430",
        "1,180／2,740",
        "1,500／3,500",
        "1,362／3,120",
        "1,600／3,800",
        "1,800／4,500",
        "B",
    ),
    (
        "3",
        "町民1人当たり所得の県内順位",
        "位",
        "30市町村中24位",
        "30市町村中21位",
        "20位以内",
        "集計中",
        "18位以内",
        "15位以内",
        "－",
    ),
    ("4", "町の支援制度を利用した移住者数", "人", 21, 26, 28, 31, 30, 36, "A"),
]


def kimino() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 9, 15, 15, 13, 14, 14, 14, 7])
    _text(
        ws,
        1,
        1,
        "第2期紀美野町まち・ひと・しごと創生総合戦略（改訂版）　KPIの進捗状況（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和6年9月　紀美野町企画管財課", align="right")
    r = 4
    for label, value in (
        ("計画期間", "令和2年度～令和8年度（令和6年度までの計画期間を2年延長）"),
        (
            "町の概況",
            "面積128.34k㎡（うち山林約75%）。平成18年1月1日に旧野上町と旧美里町が合併して誕生",
        ),
        ("関連事業費（R5決算・千円）", 27950),
    ):
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 10, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "基本目標１　紀美野の資源を活かし、しごとをつくる", bold=True, size=11)
    _text(
        ws,
        r + 1,
        1,
        "評価　A：R5目標値を達成　B：達成率80%以上　C：達成率80%未満　－：評価できない",
        size=8,
    )
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (5, "R4実績"),
            (8, "当初目標\n（R6）"),
            (9, "延長後目標\n（R8）"),
            (10, "評価"),
        ],
        [(6, 7, "R5", ["目標", "実績"])],
    )
    r = h + 2
    for no, name, unit, *vals, grade in KM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, grade, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2は「件数／金額」の順に記載しています（金額は万円未満を四捨五入）。",
            "※No.3は和歌山県市町村民経済計算によるもので、R5の数値は集計中です。順位は数値が小さいほど上位です。",
            "※みさと天文台は令和3年度に改修工事を行い、口径105cmの望遠鏡による観望会を再開しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kimino_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (chiryu, matsuzaki, kimino):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yasu().name}")


if __name__ == "__main__":
    main()
