"""Build the documents of forms307/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/iwami_kpi_kensho_r7.xlsx`` and its PDF: a 第3期地域創生総合戦略 KPI検証シート in the manner
  of 岩美町 (鳥取県), with no 単位 column: each KPI's unit stands on the name's second line
  (``［単位：千人］``, ``［単位：百万円］``), a ``集計中`` actual and a nine-month actual ``42（4月～12月）``;
* ``source/okagaki_seika_shihyo_r6.xlsx`` and its PDF: a 総合計画 成果指標の進捗 in the manner of 岡垣町
  (福岡県), 和暦 baseline and 西暦 year columns, a baseline cell re-dated by its own ``（H30）`` and a
  ``9,980※`` whose note does not re-date it;
* ``source/takanabe_seika_hyoka_r6.xlsx`` and its PDF: a 総合計画 成果指標の最終評価 in the manner of
  高鍋町 (宮崎県), each indicator on a 目標 row and a 実績 row, ``（見込）`` actuals, ``億円``, a merged
  達成/未達成 評価;
* ``kami_suishin_kpi_r5.html``: a 地域再生計画 KPI page in the manner of 香美市 (高知県) whose units
  stand only in the table's caption (``単位：人。ただし③は％、④は千円``).

The PDF steps are skipped, with a message, when ``soffice`` is not installed. These are re-typed
forms, not the municipalities' own files (README.md, SOURCES.tsv). XLSX and HTML are byte-stable:
fixed document dates, zip members rewritten with a fixed timestamp. The PDFs differ by
LibreOffice's creation date only.
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
    wb.properties.creator = "forms307/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms307/build.py"
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


def _para(ws, row, c1, c2, value, height, size=9, border=False):
    """A wrapped paragraph merged over c1..c2 (no border unless asked)."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    if border:
        for c in range(c1, c2 + 1):
            ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
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
    with tempfile.TemporaryDirectory(prefix="forms307_soffice_") as tmp:
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


def _head2(ws, h: int, singles, groups) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22


def _grid_row(ws, r, vals, c0, height=24):
    for j, v in enumerate(vals):
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right")
    ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------------------------
# 岩美町 (鳥取県岩美郡): 第3期岩美町地域創生総合戦略 KPI検証シート（令和7年度）
# --------------------------------------------------------------------------------------------

# Real (iwami.gr.jp: 町の紹介, 施政方針, 町長 年頭あいさつ): 第3期岩美町地域創生総合戦略 (策定 R6年度),
# 第11次岩美町総合計画, the 1954 merger of 9町村, 122.4km², 11,485人 (H27国調, 877人減), 浦富海岸,
# 岩井温泉. Made up: the sheet, its period and 課, every KPI, figure and note (松葉がに is a regional
# product, not taken from a source).
IW_ROWS = [
    ("1", "観光入込客数\n［単位：千人］", ["1,012.6", "1,048.3", "1,090.5", "1,080.0", "1,150.0"]),
    ("2", "松葉がに（活がに）の水揚げ額\n［単位：百万円］", ["385", "412", "455", "420", "450"]),
    (
        "3",
        "岩井温泉の宿泊者数\n［単位：人］",
        ["28,430", "27,960", "集計中\n（R8.9確定）", "30,000", "33,000"],
    ),
    ("4", "町外からの移住者数\n［単位：人］", ["38", "45", "42\n（4月～12月）", "50", "60"]),
]


def iwami() -> Path:
    wb, ws = _sheet("KPI検証", [6, 40, 13, 13, 14, 13, 13])
    _text(
        ws,
        1,
        1,
        "第3期岩美町地域創生総合戦略　重要業績評価指標（KPI）検証シート（令和7年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和8年8月　岩美町企画財政課", align="right")
    fields = [
        ("計画の名称", "第3期岩美町地域創生総合戦略"),
        ("担当課", "企画財政課"),
        ("計画期間", "令和7年度～令和11年度（5年間）"),
        (
            "町の概要",
            (
                "昭和29年に9町村が合併。総面積122.4km²。人口は11,485人（平成27年国勢調査）で、5年前の調査から"
                "877人減少。浦富海岸（山陰海岸国立公園）と岩井温泉を有する『海と山と温泉』の町。"
            ),
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 7, value, align="left")
        ws.row_dimensions[r].height = 34 if label == "町の概要" else 20
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "基準値\n（R5）")],
        [(4, 5, "実績値", ["R6", "R7"]), (6, 7, "目標値", ["R7", "R11"])],
    )
    r = 12
    for no, name, vals in IW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _grid_row(ws, r, vals, 3, height=30)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の観光入込客数は暦年ではなく年度（4月～翌年3月）の集計です。",
            "※No.3のR7実績は宿泊税の申告をもとに集計中で、令和8年9月に確定する予定です。",
            "※No.4のR7実績は令和7年4月～12月の9か月分です（1月～3月分は次回の検証で報告します）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "iwami_kpi_kensho_r7.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 岡垣町 (福岡県遠賀郡): 岡垣町第6次総合計画 前期基本計画 成果指標の進捗（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (岡垣町 page on まちの未来計画, jablog.org/Okagaki, miniwiki): the plan's name and period
# (令和3年度～令和12年度), its 将来像, 48.64km², 31,648人 (2020国調), 三里松原, うみがめもかえる町.
# Made up: the sheet, 前期 period, 課, every indicator, figure and note (びわ is a regional product).
OK_ROWS = [
    (
        "1",
        "三里松原の保全活動への参加者数",
        "人",
        ["1,850", "1,420", "1,760", "2,000", "2,030", "2,200"],
    ),
    ("2", "びわの出荷量", "t", ["（H30）38.5", "31.2", "35.8", "40.0", "36.4", "42.0"]),
    ("3", "町内観光施設の利用者数", "千人", ["612.4", "540.1", "598.7", "620.0", "633.2", "650.0"]),
    (
        "4",
        "子育て支援センターの延べ利用者数",
        "人",
        ["9,820", "8,450", "9,610", "10,000", "9,980※", "10,500"],
    ),
]


def okagaki() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 6, 11, 10, 10, 10, 10, 12])
    _text(ws, 1, 1, "岡垣町第6次総合計画（まちの未来計画）前期基本計画", bold=True, size=13)
    _text(ws, 2, 1, "成果指標の進捗状況（令和6年度）", bold=True, size=12)
    _text(ws, 3, 9, "令和7年6月　岡垣町企画政策課", align="right")
    fields = [
        ("計画期間", "令和3年度～令和12年度（前期基本計画：令和3年度～令和7年度）"),
        ("将来像", "自然と共生する　しあわせ実感都市　岡垣"),
        (
            "町の概要",
            (
                "面積48.64km²。人口31,648人（令和2年国勢調査）。"
                "北部の三里松原を中心に「うみがめもかえる町」として自然を守っています。"
            ),
        ),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 34 if label == "町の概要" else 20
        r += 1
    _text(ws, 9, 1, "基本目標２　地域資源を活かし発展するまち", bold=True, size=11)
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "策定時\n（R元）"),
            (9, "前期目標\n（2025年度）"),
        ],
        [(5, 6, "実績", ["2022年度", "2023年度"]), (7, 8, "2024年度", ["目標", "実績"])],
    )
    r = 12
    for no, name, unit, vals in OK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _grid_row(ws, r, vals, 4)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2の策定時の値は、令和元年産が寒波で不作だったため平成30年産（H30）の値としています。",
            "※No.4の2024年度実績（9,980※）は、3月に施設改修で1か月休館した期間を含む年度の合計です。",
            "※町内観光施設は、岡垣サンリーアイほか5施設（2019年度から同じ施設で集計）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "okagaki_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高鍋町 (宮崎県児湯郡): 第6次高鍋町総合計画 後期基本計画 成果指標の最終評価（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (宮崎日日新聞 via nordot, kensetsunet-pr, JAL ふるさと納税 page, 施政方針 R7): 第6次高鍋町総合計画
# (高鍋みらい戦略), 基本構想 H29～R6 (8年), 後期基本計画 4年 from R3, the 将来像, スマートウエルネスシティ,
# 43.8km² (県内で最も小さい), 21,025人, 蚊口浜, 有機農業. Made up: the sheet, 課, every figure.
TK_ROWS = [
    (
        "1",
        "ふるさと納税の寄附額",
        "億円",
        "8.6",
        ["10.0", "12.0", "15.0", "18.0"],
        ["11.2", "13.5", "14.1", "20.3（見込）"],
        "達成",
    ),
    (
        "2",
        "蚊口浜海水浴場の利用者数",
        "人",
        "―",
        ["8,000", "8,500", "9,000", "9,500"],
        ["6,420", "7,910", "9,150", "9,030"],
        "未達成",
    ),
    (
        "3",
        "有機農業に取り組む農家数",
        "戸",
        "12",
        ["14", "16", "18", "20"],
        ["13", "17", "19", "21"],
        "達成",
    ),
    (
        "4",
        "1日30分以上歩く町民の割合",
        "％",
        "38.5",
        ["40.0", "42.0", "44.0", "46.0"],
        ["39.1", "―", "43.0", "―"],
        "未達成",
    ),
    (
        "5",
        "新築住宅の着工件数",
        "件",
        "118",
        ["120", "120", "120", "120"],
        ["131", "126", "119", "124（見込）"],
        "達成",
    ),
]


def takanabe() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 7, 10, 7, 11, 11, 11, 13, 9])
    _text(
        ws,
        1,
        1,
        "第6次高鍋町総合計画　後期基本計画（高鍋みらい戦略）　成果指標の最終評価",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年3月　高鍋町政策推進課", align="right")
    fields = [
        (
            "計画期間",
            "基本構想：平成29年度～令和6年度（8年間）　後期基本計画：令和3年度～令和6年度（4年間）",
        ),
        ("将来像", "歴史と文教の城下町たかなべ　～対話でつながる豊かで美しいまちづくり～"),
        (
            "町の概要",
            (
                "面積43.8km²（宮崎県内で最も小さい町）。人口21,025人、8,678世帯。"
                "重点プロジェクト「スマートウエルネスシティ」を後期基本計画に位置付け。"
            ),
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 10, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "町の概要" else 20
        r += 1
    _text(ws, 8, 1, "２　成果指標の推移と評価", bold=True, size=11)
    h = 9
    for c, word in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "策定時\n（R2）"),
        (5, "区分"),
        (6, "R3"),
        (7, "R4"),
        (8, "R5"),
        (9, "R6"),
        (10, "評価"),
    ]:
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, targets, actuals, grade in TK_ROWS:
        for c, v in [(1, no), (2, name), (3, unit), (4, base), (10, grade)]:
            _put(
                ws,
                r,
                c,
                v,
                align="left" if c == 2 else ("right" if c == 4 and v != "―" else "center"),
                bold=(c == 10),
            )
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _put(ws, r, 5, "目標", align="center", fill=LIGHT)
        _put(ws, r + 1, 5, "実績", align="center")
        for j, v in enumerate(targets):
            _put(ws, r, 6 + j, v, align="right", fill=LIGHT)
        for j, v in enumerate(actuals):
            _put(ws, r + 1, 6 + j, v, align="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※評価は、R6の実績（見込を含む）が目標以上のとき「達成」。No.4はR6に調査がないため、R5で評価しています。",
            "※No.2の策定時（R2）は新型コロナウイルス感染症のため海水浴場を開設していません。",
            "※No.4の町民アンケートは隔年（R3・R5）の実施です。R6の見込は令和7年2月末時点です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "takanabe_seika_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 香美市 (高知県): 香美市まち・ひと・しごと創生推進計画 KPIの実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2399, zenkan.jp 本部通信): the plan's name, the 2006 merger of
# 土佐山田町・香北町・物部村, 約538km², 27,513人 (H27国調), 25,890人 (R3.1.31 住基), 龍河洞, べふ峡,
# アンパンマンミュージアム, 土佐打刃物. Made up: the page, its date and 課, every KPI, figure and note.
KM_ROWS = [
    (
        "①",
        "移住相談窓口を通じた移住者数",
        ["52", "61", "74", "88<br>（うち県外から31）", "90", "100"],
    ),
    (
        "②",
        "やなせたかし記念館（アンパンマンミュージアム）の入館者数",
        ["154,320", "98,410", "125,600", "171,250", "150,000", "160,000"],
    ),
    (
        "③",
        "学園都市構想の連携事業に参加した児童生徒の割合",
        ["62.5", "68.0", "71.4", "74.9", "72.0", "80.0"],
    ),
    ("④", "土佐打刃物の出荷額", ["285,400", "270,120", "291,800", "302,650", "300,000", "310,000"]),
    (
        "⑤",
        "龍河洞・べふ峡の観光入込客数",
        ["約212,000", "131,450", "168,900", "195,300", "200,000", "220,000"],
    ),
]

KM_HEAD = """<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">基準値<br>（令和元年度）</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>令和３年度</th><th>令和４年度</th><th>令和５年度</th><th>令和５年度</th><th>令和６年度</th></tr>
</thead>"""


def kami_html() -> str:
    rows = "\n".join(
        f"<tr><td>{label}　{name}</td>"
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for label, name, vals in KM_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>香美市まち・ひと・しごと創生推進計画 KPIの実績（令和5年度） - 香美市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ text-align: left; font-weight: bold; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>ホーム &gt; 市政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>香美市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の実績（令和5年度）</h1>
<p>更新日：2024年9月30日　担当：企画財政課</p>
<p>香美市は、平成18年3月1日に土佐山田町・香北町・物部村の2町1村が合併して誕生した、面積約538km²の市です。人口は平成27年国勢調査で27,513人、住民基本台帳では令和3年1月31日に25,890人となっています。地域再生計画「香美市まち・ひと・しごと創生推進計画」に掲げたKPIについて、令和5年度までの実績をお知らせします。</p>
<h2>1　KPIの実績</h2>
<table>
<caption>表1　KPIの実績（単位：人。ただし③は％、④は千円）</caption>
{KM_HEAD}
<tbody>
{rows}
</tbody>
</table>
<p>※②は令和3年度に新型コロナウイルス感染症の影響で臨時休館（延べ48日）があります。</p>
<p>※⑤の基準値は、龍河洞の入洞者数（令和元年）に、べふ峡の推計値を加えた概数です。</p>
<p>※①の令和5年度のうち県外からの移住者は31人（高知県内の他市町村からは57人）です。</p>
</body>
</html>
"""


def kami() -> Path:
    path = HERE / "kami_suishin_kpi_r5.html"
    path.write_bytes(kami_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (iwami, okagaki, takanabe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kami().name}")


if __name__ == "__main__":
    main()
