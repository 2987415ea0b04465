"""Build the built documents of forms205/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yoshika_kpi_suii_r6.xlsx``, a 第2期総合戦略 数値目標・KPI 推移表 in the manner of 吉賀町
  (島根県): a years-down grid with era-less row labels (``元年度`` … ``6年度``) whose role stands
  only in **a ``区分`` column of words printed vertically, one character a line, in cells merged
  down beside the year rows** (``実績`` over four years; ``基準``, ``見込`` and ``目標`` over one
  row each), and **one ``6年度`` year cell merged down over the 見込 row and the 目標 row**; a
  ``数値目標`` column beside four ``KPI`` columns (top row spans 1 and 4), ``千人``, a money
  column and a 備考 column; and the PDF;
* ``source/kitagawa_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 北川村
  (高知県): **an inverted two-row header, the fiscal years in the upper row (``令和5年度`` twice)
  and the role words in the lower row, ``実績値`` merged across three years and ``目標値`` across
  two** (``基準値`` 1, ``実績値`` 3, ``見込値`` 1, ``目標値`` 2), **a survey rate whose baseline is
  ``約6割`` in a ``％`` row**, ``千人``, ``―`` in survey off years, a 担当課 per row; and the PDF;
* ``source/saito_shisaku_hyoka_r5.xlsx``, a 施策評価シート in the manner of 西都市 (宮崎県):
  form fields (施策, 主管課, money, population), **bare Western years (``2021`` ``2022`` ``2023``,
  no 年 or 年度) under ``実績値`` on a sheet dated in 和暦**, **a target headed by a span of years,
  ``目標値（2023～2025）``**, a printed ``達成状況（2023）``, ``935（速報）``, an 出典 column; and the PDF;
* ``minamishimabara_kpi_jokyo_r5.html``, a 総合戦略 KPI page in the manner of 南島原市 (長崎県):
  two ``<h2>`` 基本目標 tables with ``<th scope="rowgroup">`` プロジェクト cells, era-less headers
  (``4年度実績``, ``目標値（6年度）``), **sort buttons in the header cells whose icon is the
  glyph pair ``▲▼``**, and **negative values written with the minus sign U+2212 (``&minus;412``)**.

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
    wb.properties.creator = "forms205/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms205/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms205_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 吉賀町 (島根県鹿足郡): 第2期吉賀町まち・ひと・しごと創生総合戦略 数値目標・KPIの年度別推移
# --------------------------------------------------------------------------------------------

# Real: the 2005 merger of 六日市町 and 柿木村, 336.50k㎡, 林野率91.6％, 高津川 水質日本一, the
# オーガニックビレッジ宣言 of 令和5年4月25日, the two hot-spring facilities ゆらら and はとの湯.
# Made up: the sheet, its date and 課, the plan period, every KPI, figure, money and note.
YS_HEAD = [
    "町の人口（各年度末）（人）",
    "KPI①　有機農業の取組面積（ha）",
    "KPI②　移住相談件数（件）",
    "KPI③　温泉施設（ゆらら・はとの湯）の利用者数（千人）",
    "KPI④　学校給食における町内産有機食材の使用割合（％）",
]
# (role, year label, values…, 関連事業費, 備考); role None = inside the merged 実績 cell.
YS_ROWS = [
    ("基準", "元年度", 6186, 38.6, 64, 128.4, 18.5, "―", ""),
    ("実績", "2年度", 6097, 40.2, 71, 92.7, 21.0, 31250, "温泉施設は新型コロナにより約2か月休館"),
    (None, "3年度", 5998, 43.5, 88, 101.3, 24.3, 33480, ""),
    (None, "4年度", 5872, 46.1, 95, 115.8, 27.9, 35120, "移住相談のうちオンライン42件"),
    (None, "5年度", 5764, 49.8, 112, 124.6, 31.2, 36840, ""),
    ("見込", "6年度", 5650, 52.0, 105, 127.0, 33.0, 38000, "令和6年8月末時点の推計"),
    ("目標", None, 5800, 55.0, 100, 140.0, 30.0, "―", ""),
]


def yoshika() -> Path:
    wb, ws = _sheet("KPI推移", [4.5, 9, 14, 14, 12, 18, 18, 12, 26])
    _text(
        ws,
        1,
        1,
        "第2期吉賀町まち・ひと・しごと創生総合戦略　数値目標・KPIの年度別推移（令和6年度検証）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　吉賀町企画課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            (
                "町の概況",
                "平成17年10月に六日市町と柿木村が合併して誕生。総面積336.50k㎡、林野率91.6％。町内を流れる高津川は国土交通省の水質調査で水質日本一に選ばれている。",
            ),
            ("有機農業の推進", "令和5年4月25日に「オーガニックビレッジ宣言」を行った。"),
            ("関連事業費（R5決算・千円）", 36840),
        ],
        (1, 3),
        (4, 9),
    )
    ws.row_dimensions[5].height = 30
    _text(ws, r + 1, 1, "■数値目標・KPIの年度別推移", bold=True, size=11)
    h = r + 2
    _down(ws, h, h + 1, 1, "区分", header=True)
    _down(ws, h, h + 1, 2, "年度", header=True)
    _put(ws, h, 3, "数値目標", header=True)
    _span(ws, h, 4, 7, "KPI", header=True)
    for j, name in enumerate(YS_HEAD):
        _put(ws, h + 1, 3 + j, name, header=True)
    _down(ws, h, h + 1, 8, "関連事業費\n（千円）", header=True)
    _down(ws, h, h + 1, 9, "備考", header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 48
    body = h + 2
    role_rows: list[tuple[str, int, int]] = []
    for i, (role, _year, *rest) in enumerate(YS_ROWS):
        row = body + i
        if role is not None:
            role_rows.append((role, row, row))
        elif role_rows:
            name, r1, _ = role_rows[-1]
            role_rows[-1] = (name, r1, row)
        *vals, money, note = rest
        _vals(ws, row, 3, vals, {0: "#,##0"})
        _put(ws, row, 8, money, align="center" if money == "―" else "right")
        _put(ws, row, 9, note, size=8)
        ws.row_dimensions[row].height = 28
    for name, r1, r2 in role_rows:
        _down(ws, r1, r2, 1, name, header=True, vertical_text=True)
    # the year cells: one per row, the last one merged down over the 見込 and 目標 rows
    for i, (_role, year, *_rest) in enumerate(YS_ROWS):
        if year is not None:
            _put(ws, body + i, 2, year, align="center")
    last = body + len(YS_ROWS) - 1
    _merge(ws, last - 1, 2, last, 2)
    _notes(
        ws,
        last + 2,
        [
            "※見込は令和6年8月末時点の推計です。町の人口は住民基本台帳（各年度末）によります。",
            "※KPI③は2施設の利用者の合計です。関連事業費は各年度の決算額（6年度は予算額）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yoshika_kpi_suii_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北川村 (高知県安芸郡): 北川村まち・ひと・しごと創生総合戦略 KPIの検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: about 95% of the village is forest, ゆず, the first export of fresh ゆず to the EU in 2012,
# 北川村「モネの庭」マルモッタン, the population of about 1,300 (2020), the 2017 exports (青果8トン、
# 果汁72トン). Made up: the sheet, date, 課, plan period, money, every KPI, figure and the survey.
KG_ROWS = [
    ("1", "ゆず（青果・果汁）の輸出量", "t", 62, 71, 85, 78, 90, 95, 100, "産業振興課"),
    (
        "2",
        "北川村「モネの庭」マルモッタンの入園者数",
        "千人",
        58.2,
        31.4,
        35.9,
        44.7,
        49.0,
        55.0,
        60.0,
        "地域振興課",
    ),
    ("3", "移住者数", "人", 9, 7, 12, 10, 14, 12, 12, "総務課"),
    (
        "4",
        "村の暮らしに満足している村民の割合",
        "％",
        "約6割",
        "―",
        64.5,
        "―",
        67.4,
        65.0,
        70.0,
        "総務課",
    ),
]


def kitagawa() -> Path:
    wb, ws = _sheet("KPI検証", [5, 32, 6, 10, 10, 10, 10, 10, 10, 10, 12])
    _text(
        ws,
        1,
        1,
        "北川村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年3月　北川村総務課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度"),
            (
                "村の概況",
                "総面積の約95％を森林が占める山村。ゆずの産地で、平成24年（2012年）には日本で初めて青果のゆずをEUへ輸出した。北川村「モネの庭」マルモッタンには県内外から多くの来園者が訪れる。",
            ),
            ("村の人口", "約1,300人（令和2年）"),
            ("関連事業費（R5予算・千円）", 42600),
        ],
        (1, 2),
        (3, 11),
    )
    ws.row_dimensions[5].height = 30
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=11)
    h = r + 2
    for c, word in ((1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (11, "担当課")):
        _down(ws, h, h + 1, c, word, header=True)
    years = [
        "令和元年度",
        "令和2年度",
        "令和3年度",
        "令和4年度",
        "令和5年度",
        "令和5年度",
        "令和6年度",
    ]
    for j, y in enumerate(years):
        _put(ws, h, 4 + j, y, header=True)
    _put(ws, h + 1, 4, "基準値", header=True)
    _span(ws, h + 1, 5, 7, "実績値", header=True)
    _put(ws, h + 1, 8, "見込値", header=True)
    _span(ws, h + 1, 9, 10, "目標値", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals, dept in KG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※令和5年度は令和6年2月末時点の見込値です。",
            "※No.1は青果と果汁の合計です（平成29年は青果8トン、果汁72トン）。",
            "※No.4は隔年の村民アンケート（回答412人）によります。基準値は令和元年度の調査で「約6割」として公表した値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kitagawa_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西都市 (宮崎県): 西都市総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 総合政策課 and 商工観光課 (2014 council record), the population 29,561人 (令和2年10月, 住民基本
# 台帳), 西都原古墳群's 319 tumuli and the 日本遺産 「古代人のモニュメント」. Made up: the sheet, the 施策
# number, 関係課, money, every indicator, figure, status and note.
SA_ROWS = [
    (
        "1",
        "観光入込客数",
        "千人",
        1052,
        612,
        788,
        "935（速報）",
        1100,
        "未達成",
        "宮崎県観光入込客統計",
    ),
    ("2", "西都原古墳群ガイドの案内件数", "件", 420, 168, 305, 468, 450, "達成", "市観光協会"),
    (
        "3",
        "市内宿泊施設の延べ宿泊者数",
        "人泊",
        48210,
        30560,
        39870,
        45130,
        50000,
        "未達成",
        "宿泊施設調査",
    ),
    (
        "4",
        "観光客満足度（「満足」と答えた人の割合）",
        "％",
        72.4,
        "―",
        75.1,
        "―",
        80.0,
        "―",
        "観光客アンケート（隔年）",
    ),
]


def saito() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 11, 9, 9, 11, 12, 10, 20])
    _text(ws, 1, 1, "西都市総合計画　施策評価シート（令和5年度）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年8月　西都市総合政策課", align="right")
    fields = [
        ("施策", "3-2　観光の振興", "主管課", "商工観光課"),
        ("関係課", "総合政策課、社会教育課", "構成事務事業数", "8事業"),
        (
            "施策の事業費（R5決算・千円）",
            74320,
            "市の人口",
            "29,561人（令和2年10月、住民基本台帳）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 10, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "施策の現状", header=True)
    _span(
        ws,
        r,
        3,
        10,
        "西都原古墳群には319基の古墳が残り、「古代人のモニュメント」として日本遺産に認定されている。観光客の回復に向け、古墳群を核とした周遊と滞在の促進に取り組む。",
        align="left",
    )
    ws.row_dimensions[r].height = 30
    r += 2
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=11)
    h = r + 1
    for c, word in (
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "基準値\n（2018）"),
        (8, "目標値\n（2023～2025）"),
        (9, "達成状況\n（2023）"),
        (10, "出典"),
    ):
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 7, "実績値", header=True)
    for j, y in enumerate(["2021", "2022", "2023"]):
        _put(ws, h + 1, 5 + j, y, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, *vals, status, src in SA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, status, align="center")
        _put(ws, r, 10, src, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※年は年度（4月～翌年3月）を表します。目標値は、実施計画の計画期間（2023～2025年度）中に達成を目指す水準です。",
            "※達成状況は、2023年度の実績を目標値と比べたものです。No.1の2023は速報値、No.4は隔年調査のため2021・2023は「―」です。",
        ],
    )
    r += 4
    _span(ws, r, 1, 2, "３　施策の評価", header=True)
    _span(
        ws,
        r,
        3,
        10,
        "B（概ね順調）　観光入込客数は回復傾向にあるが、コロナ禍前の水準には届いていない。",
        align="left",
    )
    ws.row_dimensions[r].height = 22
    _page(ws, "landscape")
    path = SOURCE / "saito_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南島原市 (長崎県): 南島原市まち・ひと・しごと創生総合戦略 KPIの達成状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 170.13km², 38,515人 (推計, 2024-10-01), 原城跡 (国指定史跡 1938, 世界文化遺産 2018-07-04),
# 有馬キリシタン遺産記念館, the goal 2060年に人口3万人を確保, the 基本目標 and プロジェクト names of the
# city's 総合戦略. Made up: the page, its date and 課, every KPI, figure and note.
MS_SORT = '<span class="sort-icon" aria-hidden="true">▲▼</span>'
MS_HEADS = [
    "基準値（元年度）",
    "4年度実績",
    "5年度目標",
    "5年度実績",
    "目標値（6年度）",
]
MS_TABLES = [
    (
        "目標1　太陽の恵みと地域資源を活かし、安定した雇用を創出する",
        [
            (
                "素麺産業活性化プロジェクト",
                [
                    (
                        "島原手延べそうめんの出荷額",
                        "百万円",
                        "8,450",
                        "7,920",
                        "8,600",
                        "8,110",
                        "8,800",
                    )
                ],
            ),
            (
                "UIターン・若者定住・企業誘致プロジェクト",
                [
                    (
                        "社会増減数",
                        "人",
                        "&minus;412",
                        "&minus;298",
                        "&minus;250",
                        "&minus;318",
                        "&minus;200",
                    )
                ],
            ),
        ],
    ),
    (
        "目標2　地域の価値を高め多様な交流により活力を生み出す",
        [
            (
                "世界遺産プロジェクト",
                [
                    (
                        "有馬キリシタン遺産記念館の入館者数",
                        "人",
                        "28,460",
                        "24,130",
                        "30,000",
                        "27,850",
                        "32,000",
                    )
                ],
            ),
            (
                "観光・交流プロジェクト",
                [
                    ("観光客数", "千人", "1,362", "1,048", "1,300", "1,215", "1,400"),
                    (
                        "体験型修学旅行（民泊）の受入人数",
                        "人",
                        "6,820",
                        "1,240",
                        "3,000",
                        "3,460",
                        "5,000",
                    ),
                ],
            ),
        ],
    ),
]


def _ms_th(word: str) -> str:
    return f'<th scope="col" aria-sort="none"><button type="button" class="sort">{word}{MS_SORT}</button></th>'


def minamishimabara_html() -> str:
    head = (
        '<tr><th scope="col">プロジェクト</th>'
        + _ms_th("重要業績評価指標（KPI）")
        + '<th scope="col">単位</th>'
        + "".join(_ms_th(w) for w in MS_HEADS)
        + "</tr>"
    )
    parts = []
    for goal, groups in MS_TABLES:
        rows = []
        for project, kpis in groups:
            for i, (name, unit, *vals) in enumerate(kpis):
                cells = ""
                if i == 0:
                    span = f' rowspan="{len(kpis)}"' if len(kpis) > 1 else ""
                    cells += f'<th scope="rowgroup"{span}>{project}</th>'
                cells += f'<td>{name}</td><td class="c">{unit}</td>'
                cells += "".join(f'<td class="num">{v}</td>' for v in vals)
                rows.append(f"<tr>{cells}</tr>")
        body = "\n".join(rows)
        parts.append(
            f'<h2>{goal}</h2>\n<table class="kpi sortable">\n<thead>\n{head}\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>'
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略 重要業績評価指標（KPI）の達成状況（令和5年度） - 南島原市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th button.sort {{ border: 0; background: none; font: inherit; cursor: pointer; }}
th .sort-icon {{ font-size: 7pt; color: #666; margin-left: 2px; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb">ホーム &gt; 市政情報 &gt; 計画・施策 &gt; 総合戦略</p>
<h1>南島原市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の達成状況（令和5年度）</h1>
<p class="date">更新日：令和6年11月15日　担当：地域づくり課</p>
<p>南島原市は島原半島の南部に位置し、面積は170.13km²、人口は38,515人（令和6年10月1日推計）です。原城跡は昭和13年に国の史跡に指定され、平成30年7月に「長崎と天草地方の潜伏キリシタン関連遺産」の構成資産として世界文化遺産に登録されました。</p>
<p>人口ビジョンでは「2060年に人口3万人を確保」することを目標に掲げ、総合戦略の基本目標ごとにプロジェクトと重要業績評価指標（KPI）を定めています。令和5年度の実績は次のとおりです。</p>
<p class="note">※表の見出しのボタン（▲▼）を押すと、その列で並べ替えができます。</p>
{tables}
<p>※社会増減数の「&minus;」は転出超過を表します。</p>
<p>※体験型修学旅行の4年度は、新型コロナウイルス感染症の影響により受入を縮小しました。</p>
<p class="contact">お問い合わせ：南島原市 地域づくり課（内線2345）</p>
</body>
</html>
"""


def minamishimabara() -> Path:
    path = HERE / "minamishimabara_kpi_jokyo_r5.html"
    path.write_bytes(minamishimabara_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yoshika, kitagawa, saito):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {minamishimabara().name}")


if __name__ == "__main__":
    main()
