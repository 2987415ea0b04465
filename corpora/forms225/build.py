"""Build the built documents of forms225/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/iinan_kpi_shinchoku_r3.xlsx``, a 総合戦略 KPI 進捗 sheet in the manner of 飯南町 (島根県),
  landscape: form fields (計画期間, 基本理念, the town's profile, 関連事業費 in 千円); an A/B/C legend;
  bold ``基本目標２　…`` over one grid whose **every period header is typed in full-width Latin era
  letters and digits (``起点値（Ｒ元）``, ``Ｒ２``, ``Ｒ３``, ``目標値（Ｒ６）``)**, **the baseline headed
  ``起点値``**, a two-row header whose top row spans unevenly (``実績値`` over ``Ｒ２`` only, ``Ｒ３``
  over ``目標 | 実績``), a ``担当課`` column; **a shaded row across the grid,
  ``▼令和3年3月の見直しで追加したKPI（起点値：Ｒ２）``, that re-dates the 起点値 column for the two
  rows under it** (their ``Ｒ２`` cells ``―``); notes with counts; and the PDF;
* ``source/naka_kpi_suii_r6.xlsx``, a 総合戦略 KPI 推移 sheet in the manner of 那賀町 (徳島県),
  portrait: form fields (計画期間, the town's profile, 関連事業費); a years-down grid under **a two-row
  header whose top row spans unevenly and names the counting period of the columns below it,
  ``暦年（1月～12月）`` over two KPIs and ``年度（4月～3月）`` over three**, so one row label stands for
  a calendar year in two columns and a fiscal year in three; **row labels numbered by plan year,
  ``第1年次（R2）`` … ``第5年次（R6）``, and a shaded target row ``目標（第5年次）`` dated only through
  the ordinal**; ``―（未実施）`` / ``―（中止）`` cells; notes with numbers; and the PDF;
* ``source/toho_kpi_kensho_r4.xlsx``, a 総合戦略 KPI 検証シート in the manner of 東峰村 (福岡県),
  landscape, dated 令和5年 with era-less year headers (``基準値（元年度）``, ``2年度`` … ``4年度``,
  ``4年度目標``, ``目標値（6年度）``): **each KPI on two rows told apart by a ``区分`` cell, ``速報`` over
  ``確定``, No., name, 単位, 基準値, targets and 評価 merged down over the pair; the 4年度 確定 cell
  ``未確定`` in two rows, and one 確定 that differs from its 速報 across the 4年度 target**; **a
  derived ``3か年平均（2～4年度）`` column right of the yearly actuals, merged over the pair**; an A/B/C
  legend judged on the 速報; and the PDF;
* ``hasami_kanko_shihyo_2024.html``, a 観光 成果指標 page in the manner of 波佐見町 (長崎県): a lead of
  real figures; ``<h2>`` over one table whose **two-row ``<thead>`` top row spans unevenly (1, 2, 2,
  3, 2) and names circumstances, not roles, over the calendar years: ``基準`` over ``2017年``,
  ``コロナ前`` over ``2018年 | 2019年``, ``コロナ禍`` over ``2020年 | 2021年``, ``回復期`` over
  ``2022年 | 2023年 | 2024年（速報）``, then ``目標`` over ``2021年 | 2027年``** (an old target in a
  year under コロナ禍); **a name that quotes a slogan holding a number,
  ``観光客数（「来なっせ100万人」の目標指標）``**; ``中止`` cells; ``万人``, ``千人``, ``億円`` in 単位.

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
FIXED = dt.datetime(2026, 12, 12, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms225/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms225/build.py"
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
):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(
            horizontal=align or "center", vertical=valign or "center", wrap_text=True
        )
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical=valign or "center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(
            horizontal=align or "left", vertical=valign or "center", wrap_text=True
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


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right")


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
                    rb"\g<1>2026-12-12T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 12, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms225_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 飯南町 (島根県飯石郡): 飯南町総合戦略 重要業績評価指標（KPI）の進捗状況（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (japanlocal.net 飯南町; happylibus.com 飯南町総合戦略 平成27年10月): the 生命地域宣言 and
# ``いのち彩る里 飯南町``, 242.88k㎡ of which about 90% is forest and moor, the plateau at about 450m,
# the 広島県 border in the 中国山地, 4,577人, 頓原温泉, the 第2次飯南町総合振興計画 and the wording of
# 基本目標２. Made up: the sheet, its date, 課, period, money, every KPI, figure, target, grade and note.
IN_ROWS = [
    ("1", "移住相談件数", "件", [48, 61, 65, 72, 80], "Ａ", "まちづくり推進課"),
    (
        "2",
        "町内観光施設の入込客数",
        "千人",
        [182.4, 121.6, 170.0, 138.9, 200.0],
        "Ｃ",
        "産業振興課",
    ),
    ("3", "空き家バンクの成約件数（累計）", "件", [12, 19, 24, 24, 40], "Ａ", "まちづくり推進課"),
    None,
    ("4", "ふるさと住民登録者数", "人", [135, "―", 180, 166, 300], "Ｂ", "まちづくり推進課"),
    ("5", "定住促進住宅の入居率", "％", [88.5, "―", 90.0, 91.2, 95.0], "Ａ", "建設課"),
]


def iinan() -> Path:
    wb, ws = _sheet("KPI進捗状況", [5, 32, 7, 11, 10, 10, 10, 11, 6, 16])
    _text(
        ws,
        1,
        1,
        "飯南町総合戦略　重要業績評価指標（ＫＰＩ）の進捗状況（令和3年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 10, "令和4年9月　飯南町まちづくり推進課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("基本理念", "小さな田舎（まち）からの「生命地域」宣言　～いのち彩る里 飯南町～"),
        (
            "町の概況",
            "島根県の中南部、広島県境の中国山地の脊梁部に位置し、平坦地の標高は約450ｍの高原の町。面積242.88k㎡のうち約90％を山林・原野が占める。人口4,577人。",
        ),
        ("関連事業費（Ｒ３決算・千円）", "46,820"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 10), height=30 if len(value) > 60 else 20)
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価　Ａ：Ｒ３目標を達成　Ｂ：起点値より改善（Ｒ３目標は未達成）　Ｃ：起点値から横ばい又は悪化",
        size=9,
    )
    _text(ws, r + 2, 1, "基本目標２　飯南町への新しいひとの流れをつくる", bold=True, size=11)
    h = r + 3
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（ＫＰＩ）"),
        (3, "単位"),
        (4, "起点値\n（Ｒ元）"),
        (8, "目標値\n（Ｒ６）"),
        (9, "評価"),
        (10, "担当課"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 5, "実績値", header=True)
    _put(ws, h + 1, 5, "Ｒ２", header=True)
    _span(ws, h, 6, 7, "Ｒ３", header=True)
    _put(ws, h + 1, 6, "目標", header=True)
    _put(ws, h + 1, 7, "実績", header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for row in IN_ROWS:
        if row is None:
            _span(
                ws,
                r,
                1,
                10,
                "▼令和3年3月の見直しで追加したKPI（起点値：Ｒ２）",
                fill=LIGHT,
                bold=True,
            )
            ws.row_dimensions[r].height = 18
            r += 1
            continue
        no, name, unit, vals, grade, dept = row
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        _put(ws, r, 10, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.4・No.5は、令和3年3月の戦略見直しで追加したKPIです。起点値はＲ２の実績値とし、Ｒ２の実績値欄は「―」としています。",
            "※町内観光施設の入込客数は、頓原温泉をはじめ町内6施設の入込客数の合計です。",
            "※KPI5項目のうち、Ｒ３目標を達成したものは3項目です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "iinan_kpi_shinchoku_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 那賀町 (徳島県那賀郡): 第2期那賀町まち・ひと・しごと創生総合戦略 KPIの推移（令和6年度検証）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp forum 21296 and essay 5962, go-migishita.com): the merger of 鷲敷町・相生町・上那賀町・
# 木沢村・木頭村 on 平成17年3月1日, 694.98k㎡, about 95% forest of which about 78% planted, 木頭杉 and
# 木頭ゆず, 14,360人 (昭和55年) and 8,343人 (平成27年), the 林業マスタープラン and the 那賀高校
# 森林クリエイト科. Made up: the sheet, its title wording, date, 課, money, every KPI, figure and note.
NK_ROWS = [
    ("基準（R元）", [78400, 412.0, 4, 21, "―（未実施）"]),
    ("第1年次（R2）", [71200, 386.5, 6, 18, "―（中止）"]),
    ("第2年次（R3）", [74900, 455.3, 5, 26, 8]),
    ("第3年次（R4）", [80300, 398.7, 7, 31, 12]),
    ("第4年次（R5）", [83600, 441.2, 3, 24, 15]),
    ("第5年次（R6）", [85100, 468.9, 6, 29, 14]),
    ("目標（第5年次）", [90000, 450.0, 5, 35, 15]),
]


def naka() -> Path:
    wb, ws = _sheet("KPIの推移", [21, 14, 14, 14, 14, 14])
    _text(
        ws,
        1,
        1,
        "第2期那賀町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の推移",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "（令和6年度検証）", bold=True, size=11)
    _text(ws, 3, 6, "令和7年7月　那賀町企画情報課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        (
            "町の概況",
            "平成17年3月1日、鷲敷町・相生町・上那賀町・木沢村・木頭村の5町村が合併して誕生。面積694.98k㎡の約95％が森林で、その約78％が人工林。「木頭杉」の林業と木頭ゆずの産地。",
        ),
        ("人口", "8,343人（平成27年国勢調査）※昭和55年は14,360人"),
        ("関連事業費（R6決算・千円）", "128,460"),
    ]
    r = 5
    for label, value in fields:
        _field(ws, r, label, value, (1, 1), (2, 6), height=42 if len(value) > 60 else 20)
        r += 1
    _text(ws, r + 1, 1, "■基本目標１　森林資源を活かし、しごとをつくる", bold=True, size=11)
    h = r + 2
    _put(ws, h, 1, "区分", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    _span(ws, h, 2, 3, "暦年（1月～12月）", header=True)
    _span(ws, h, 4, 6, "年度（4月～3月）", header=True)
    names = [
        "①素材生産量\n（㎥）",
        "②木頭ゆず出荷量\n（t）",
        "③新規林業就業者数\n（人）",
        "④移住者数\n（人）",
        "⑤林業就業体験の\n参加者数（人）",
    ]
    for j, name in enumerate(names):
        _put(ws, h + 1, 2 + j, name, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 36
    r = h + 2
    for label, vals in NK_ROWS:
        target = label.startswith("目標")
        _put(ws, r, 1, label, header=True, bold=target)
        for j, v in enumerate(vals):
            if isinstance(v, float):
                _put(ws, r, 2 + j, v, fmt="#,##0.0", bold=target, fill=LIGHT if target else None)
            elif isinstance(v, int):
                _put(ws, r, 2 + j, v, bold=target, fill=LIGHT if target else None)
            else:
                _put(ws, r, 2 + j, v, align="center", fill=LIGHT if target else None)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※①・②は暦年（1月～12月）、③～⑤は年度（4月～翌年3月）の集計です。",
            "※計画期間の第1年次は令和2年度（暦年の指標は令和2年）です。目標は第5年次の値です。",
            "※第5年次の新規林業就業者6人のうち4人は町外からの移住者です（④の内数）。",
            "※⑤は第2年次から実施（第1年次は新型コロナウイルス感染症の影響により中止）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "naka_kpi_suii_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東峰村 (福岡県朝倉郡): 東峰村まち・ひと・しごと創生総合戦略 KPI検証シート（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (f-chousonkai.gr.jp detail10, onejapan.media 東峰村): the merger of 小石原村 and 宝珠山村 on
# 平成17年3月28日, 51.97k㎡, 1,899人 (令和2年国勢調査), 小石原焼・高取焼, the 400 石積み棚田 and the
# 竹の棚田 (日本の棚田百選, 平成11年7月), the 日本で最も美しい村 連合 (平成24年度). Made up: the sheet,
# its date, 課, money, every KPI, figure, target, grade and note.
TH_ROWS = [
    (
        "1",
        "村内観光施設の入込客数",
        "千人",
        412.6,
        [268.1, 301.4, 352.0],
        [271.5, 305.8, "未確定"],
        [309.8, 340.0, 420.0],
        "A",
    ),
    ("2", "移住者数", "人", 9, [11, 7, 12], [11, 8, 14], [11.0, 13, 15], "B"),
    (
        "3",
        "棚田の保全活動（草刈り・石積み）の参加者数",
        "人",
        186,
        [96, 142, 205],
        [96, 142, 211],
        [149.7, 200, 250],
        "A",
    ),
    (
        "4",
        "村内宿泊施設の宿泊者数",
        "人泊",
        5120,
        [2980, 3410, 4205],
        [3015, 3466, "未確定"],
        [3562, 4500, 5500],
        "C",
    ),
]


def toho() -> Path:
    wb, ws = _sheet("KPI検証シート", [5, 30, 7, 6, 10, 9, 9, 9, 11, 10, 10, 6])
    _text(
        ws,
        1,
        1,
        "東峰村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和4年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和5年9月　東峰村企画振興課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        (
            "村の概況",
            "平成17年3月28日に小石原村と宝珠山村が合併して誕生。面積51.97k㎡、人口1,899人（令和2年国勢調査）。小石原焼・高取焼の里。竹の棚田は日本の棚田百選（平成11年7月）。",
        ),
        ("関連事業費（4年度決算・千円）", "36,480"),
        ("数値の区分", "速報：年度終了後に村で集計した値　確定：県・関係機関の統計公表後の値"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 3), (4, 12), height=30 if len(value) > 70 else 20)
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価　A：4年度目標を達成　B：基準値より改善（4年度目標は未達成）　C：基準値から横ばい又は悪化　※評価は4年度の速報値によります。",
        size=9,
    )
    _text(
        ws,
        r + 2,
        1,
        "基本目標２　東峰村の魅力を生かし、新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    h = r + 3
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "区分"),
        (5, "基準値\n（元年度）"),
        (9, "3か年平均\n（2～4年度）"),
        (10, "4年度目標"),
        (11, "目標値\n（6年度）"),
        (12, "評価"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 8, "実績値", header=True)
    for j, y in enumerate(["2年度", "3年度", "4年度"]):
        _put(ws, h + 1, 6 + j, y, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, base, prelim, final, tail, grade in TH_ROWS:
        fmt = "#,##0.0" if unit == "千人" else None
        for k, (word, vals) in enumerate([("速報", prelim), ("確定", final)]):
            rr = r + k
            _put(ws, rr, 4, word, align="center")
            for j, v in enumerate(vals):
                if isinstance(v, (int, float)):
                    _put(ws, rr, 6 + j, v, fmt=fmt or ("#,##0" if isinstance(v, int) else "0.0"))
                else:
                    _put(ws, rr, 6 + j, v, align="center")
            ws.row_dimensions[rr].height = 18
        for c, v in [(1, no), (2, name), (3, unit), (5, base), (12, grade)]:
            if isinstance(v, (int, float)):
                _put(ws, r, c, v, fmt=fmt or ("#,##0" if isinstance(v, int) else "0.0"))
            else:
                _put(ws, r, c, v, align="center" if c != 2 else None, bold=c == 12)
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        for j, v in enumerate(tail):
            c = 9 + j
            if unit == "千人" or isinstance(v, int):
                _put(ws, r, c, v, fmt=fmt or "#,##0")
            else:
                _put(ws, r, c, v, fmt="0.0")
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※3か年平均は、2～4年度の確定値（確定値のない年度は速報値）の平均です。",
            "※4年度の確定値は、令和5年12月に公表予定の県観光動態調査等により確定します（「未確定」）。",
            "※2年度・3年度の入込客数・宿泊者数は、新型コロナウイルス感染症の影響を受けています。",
            "※平成29年7月の九州北部豪雨からの復旧事業は、関連事業費に含みません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "toho_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 波佐見町 (長崎県東彼杵郡): 波佐見町の観光に関する成果指標の推移（2024年）
# --------------------------------------------------------------------------------------------

# Real (nishinippon.co.jp item 552549, zck.or.jp forum 1248, ur-net.go.jp interview20): 55.97k㎡ (山林
# 約63%), the only town of 長崎県 not facing the sea, about 13% of Japan's household tableware, 17万人台
# (1989年), the 2001 slogan 「来なっせ100万人」, 111万人 (2017年), 103.7万人 (2018年), the target of
# 120万人 by 2021, 175億円 (1991年) and 41億円 (2011年), 商工観光課. Made up: the page, its date, every
# other figure, the 2027 targets and the notes.
HS_HEAD = """<thead>
<tr><th rowspan="2" scope="col">指標</th><th rowspan="2" scope="col">単位</th><th scope="colgroup">基準</th><th colspan="2" scope="colgroup">コロナ前</th><th colspan="2" scope="colgroup">コロナ禍</th><th colspan="3" scope="colgroup">回復期</th><th colspan="2" scope="colgroup">目標</th></tr>
<tr><th scope="col">2017年</th><th scope="col">2018年</th><th scope="col">2019年</th><th scope="col">2020年</th><th scope="col">2021年</th><th scope="col">2022年</th><th scope="col">2023年</th><th scope="col">2024年<br>（速報）</th><th scope="col">2021年</th><th scope="col">2027年</th></tr>
</thead>"""

HS_ROWS = [
    (
        "観光客数（「来なっせ100万人」の目標指標）",
        "万人",
        ["111.0", "103.7", "108.9", "58.2", "61.7", "84.5", "96.3", "101.8", "120.0", "115.0"],
    ),
    (
        "宿泊客数",
        "千人",
        ["82.4", "91.6", "94.0", "51.3", "55.8", "78.2", "88.5", "92.7", "", "110.0"],
    ),
    (
        "波佐見陶器まつりの来場者数",
        "万人",
        ["28.5", "30.2", "29.8", "中止", "中止", "18.6", "26.4", "27.9", "", "30.0"],
    ),
    (
        "観光消費額",
        "億円",
        ["42.6", "45.1", "47.3", "24.8", "27.0", "38.9", "44.2", "46.5", "", "55.0"],
    ),
    (
        "外国人観光客数",
        "人",
        ["6,820", "9,410", "11,250", "320", "85", "1,460", "5,930", "8,870", "", "15,000"],
    ),
]


def hasami_html() -> str:
    body = []
    for name, unit, vals in HS_ROWS:
        cells = f'<th scope="row">{name}</th><td class="c">{unit}</td>'
        cells += "".join(
            f'<td class="c">{v}</td>' if v == "中止" else f'<td class="num">{v}</td>' for v in vals
        )
        body.append(f"<tr>{cells}</tr>")
    rows_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>波佐見町の観光に関する成果指標の推移（2024年） - 波佐見町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; font-weight: normal; }}
tbody th {{ background: #f2f2f2; text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; 観光・産業 &gt; 観光振興 &gt; 観光に関する成果指標</p>
<h1>波佐見町の観光に関する成果指標の推移（2024年）</h1>
<p class="date">更新日：2025年3月18日　担当：商工観光課</p>
<p>波佐見町は長崎県の中央北部に位置し、県内で唯一海に面していない町です（総面積55.97k㎡、うち山林約63％）。400年の伝統をもつ「やきものの町」として、全国の一般家庭で使われている日用食器の約13％を生産してきましたが、陶磁器の生産額は1991年の175億円から2011年には41億円にまで減少しました。</p>
<p>町は2001年に「来なっせ100万人」をスローガンに掲げ、官民で観光地づくりに取り組んできました。1989年に17万人台だった観光客数は、2017年に初めて100万人を超えて111万人となりました。</p>
<p>観光に関する成果指標の推移を、新型コロナウイルス感染症の影響の前後に分けてお知らせします。</p>
<h2>観光の成果指標（暦年）</h2>
<table>
{HS_HEAD}
<tbody>
{rows_html}
</tbody>
</table>
<p class="note">※観光客数・宿泊客数は長崎県観光統計（1月～12月）によります。2024年は速報値です。</p>
<p class="note">※2021年の目標は、2017年に観光客数100万人を達成したことを受けて定めた「年間120万人」です。2027年の目標は、令和6年度に見直した値です。</p>
<p class="note">※波佐見陶器まつり（毎年4月29日～5月5日）は、2020年・2021年は新型コロナウイルス感染症の影響により中止しました。</p>
<p class="note">※観光消費額は、観光客数と観光客1人当たりの消費額（2023年 約4,590円）から推計しています。</p>
<p>このページに関するお問い合わせ　波佐見町役場 商工観光課</p>
</body>
</html>
"""


def hasami() -> Path:
    path = HERE / "hasami_kanko_shihyo_2024.html"
    path.write_bytes(hasami_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (iinan, naka, toho):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hasami().name}")


if __name__ == "__main__":
    main()
