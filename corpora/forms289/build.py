"""Build the built documents of forms289/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kawamoto_shisaku_hyoka_r6.xlsx``, a 総合計画 施策評価シート (中間評価) in the manner of
  川本町 (島根県): form fields over a 成果指標 grid whose two-row header spans unevenly, with
  **``R6年度`` spanning ``目標 | 年度末予測``** (a forecast actual) and **a ``ベンチマーク（県平均・R5）``
  column** of the prefecture's values, which are no values of the indicator; and the PDF;
* ``source/mihara_kpi_suii_r6.xlsx``, a 地方創生計画 KPI sheet in the manner of 三原村 (高知県):
  the years down the side with the KPIs across, **a row ``R6年度途中（12月末）``** (a count to the
  end of December), **two target rows for one year, ``目標（R7・当初）`` and ``目標（R7・引上げ後）``**
  (blank where unchanged) and **a ``目標との差`` row**; ``約``, ``―（中止）``; and the PDF;
* ``source/tsunagi_shinko_shihyo_r6.xlsx``, a 振興計画 指標 sheet in the manner of 津奈木町 (熊本県):
  **a ``区分`` cell ``KGI`` / ``KPI`` on every row, the two kinds interleaved**, era-less years
  (``5年度`` … ``15年度``) on a 令和7年 sheet under a top row spanning 1, 1, 3, 1, and **a
  ``目標まで残り`` column** of differences; and the PDF;
* ``shintomi_kpi_tassei_r6.html``, a 総合戦略 KPI page in the manner of 新富町 (宮崎県): two ``<h2>``
  基本目標 over tables whose year headers are **era first with the Western year in brackets after
  年度 (``R4年度（2022）``)**, ``<th colspan>`` 施策 rows, ``億円``, ``未集計`` and **a target
  ``全国平均以上``** with no number.

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
    wb.properties.creator = "forms289/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms289/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms289_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 川本町 (島根県邑智郡): 川本町総合計画 施策評価シート（令和6年度 中間評価）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp 町村長随想 2017; 平成27年12月 町長行政報告; jsapa.or.jp 2006): the population 3,450人 and
# 高齢化率44% (as of the essay), the 基本目標 wording 特色を活かした活力あふれる産業のまち, the 政策推進課.
# Made up: the sheet, the 施策, the 主管課, money, every indicator, figure, benchmark and note.
KW_ROWS = [
    ("1", "観光入込客数", "千人", 182, 151, 168, 185, 176, 200, "―"),
    ("2", "町内宿泊施設の宿泊者数", "人", 4820, 3960, 4410, 5000, 5120, 5500, "―"),
    ("3", "町内事業所の従業者数", "人", 1210, 1185, 1172, 1200, 1165, 1200, "―"),
    (
        "4",
        "観光客アンケートの満足度（「満足」の割合）",
        "％",
        71.2,
        74.5,
        76.0,
        78.0,
        78.4,
        80.0,
        72.8,
    ),
    ("5", "宿泊客1人当たり観光消費額", "円", 12400, 11800, 12900, 13000, 13250, 13500, 14850),
]


def kawamoto() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 7, 10, 9, 9, 9, 10, 11, 13])
    _text(ws, 1, 1, "川本町総合計画　施策評価シート（令和6年度　中間評価）", bold=True, size=14)
    _text(ws, 2, 10, "令和6年11月　川本町政策推進課", align="right")
    fields = [
        ("基本目標", "特色を活かした活力あふれる産業のまち", "主管課", "産業振興課"),
        ("施策名", "地域資源を活かした観光と交流の振興", "施策に係る事業費（R6予算・千円）", 58200),
        ("町の概況", "人口3,450人・高齢化率44%（H28）", "評価の時点", "令和6年9月末"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 10, v2, align="left" if isinstance(v2, str) else None)
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, 8, 1, "２　成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (9, "最終目標\n（R7）"),
            (10, "ベンチマーク\n（県平均・R5）"),
        ],
        [(5, 6, "実績値", ["R4", "R5"]), (7, 8, "R6年度", ["目標", "年度末予測"])],
    )
    r = 11
    for no, name, unit, *vals in KW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※年度末予測は、令和6年9月末までの実績（観光入込客数97千人、宿泊者数2,840人など）と前年同期比から推計した令和6年度末の見込みです。",
            "※ベンチマークは島根県全体の値（観光動態調査・県観光客満足度調査、令和5年）で、参考として掲げるものです。目標値ではありません。",
            "※No.3は経済センサス等による推計値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kawamoto_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三原村 (高知県幡多郡): 三原村地方創生計画 重要業績評価指標（KPI）の推移
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2416, 三原村地方創生計画; vill.mihara.kochi.jp/sontyou; zck.or.jp essay 5974):
# the plan's name, the population 1,506人 (R元 住基) and 高齢化率46.2% (R元9月), the ゆず, the (公財)三原村農業公社,
# 集落活動センター「やまびこ」 and the どぶろく農林文化祭 with 約1,500名. Made up: the sheet, 課, money, every figure
# (the 約1,500 is set under R5 by me), the revision and the notes.
MH_HEAD = [
    "KPI①\nゆず出荷量（t）",
    "KPI②\n集落活動センター「やまびこ」の利用者数（人）",
    "KPI③\n移住者数（人）",
    "KPI④\nどぶろく農林文化祭の来場者数（人）",
]
MH_ROWS = [
    ("R2年度（基準値）", [62, 3850, 4, "―（中止）"]),
    ("R3年度", [70, 2910, 6, "―（中止）"]),
    ("R4年度", [81, 3420, 5, 1200]),
    ("R5年度", [88, 3980, 9, "約1,500"]),
    ("R6年度途中（12月末）", [84, 3120, 7, 1650]),
    ("目標（R7・当初）", [90, 4500, 8, 2000]),
    ("目標（R7・引上げ後）", [110, "", 12, ""]),
    ("目標との差（引上げ後－R5年度）", [22, 520, 3, 500]),
]


def mihara() -> Path:
    wb, ws = _sheet("KPI推移", [26, 15, 19, 13, 17])
    _text(ws, 1, 1, "三原村地方創生計画　重要業績評価指標（KPI）の推移", bold=True, size=13)
    _text(ws, 2, 5, "令和7年2月　三原村産業振興課", align="right")
    fields = [
        ("地域再生計画の名称", "三原村地方創生計画"),
        ("村の概況", "人口1,506人（令和元年、住民基本台帳）、高齢化率46.2%（令和元年9月）"),
        ("交付対象事業費（R6・千円）", 18900),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 5, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の推移", bold=True, size=11)
    _put(ws, 9, 1, "年度", header=True)
    for j, word in enumerate(MH_HEAD):
        _put(ws, 9, 2 + j, word, header=True)
    ws.row_dimensions[9].height = 44
    r = 10
    for label, vals in MH_ROWS:
        diff = label.startswith("目標との差")
        tgt = label.startswith("目標（")
        fill = LIGHT if diff else None
        _put(ws, r, 1, label, header=True, align="left", fill=fill)
        for j, v in enumerate(vals):
            _put(
                ws,
                r,
                2 + j,
                v,
                align="center" if isinstance(v, str) and v.startswith("―") else "right",
                bold=tgt,
                fill=fill,
            )
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R6年度途中は令和6年12月末までの実績です（年度の確定値は令和7年度の推移表で公表します）。",
            "※目標（R7・引上げ後）は、令和6年8月の地方創生推進会議で見直した目標です。空欄のKPIは当初の目標から変更していません。",
            "※目標との差は、引上げ後（空欄は当初）の目標からR5年度の実績を引いた値です。",
            "※KPI④は新型コロナウイルス感染症のため、R2・R3年度は開催を中止しました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "mihara_kpi_suii_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 津奈木町 (熊本県葦北郡): 第10期津奈木町振興計画 指標の進捗状況（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (lets.kumanichi.com/sichoson2025/p026.php; chifo.life/kumamoto-tsunagi; 肥後銀行 企業版ふるさと納税 資料):
# the 第10期振興計画 (10 years from 令和6年度) and its theme, つなぎ温泉四季彩, 津奈木工業団地, 甘夏・デコポン,
# the population 4,254人 (2020) and 3,933人 (推計, 2024年8月1日). Made up: the sheet, the 基本目標, every
# indicator (3,933 aside), target and difference, the 係.
TN_ROWS = [
    ("KGI", "1", "町外からの来訪者数（交流人口）", "千人", 148.2, 161.5, 160.0, 190.0, 220.0, 28.5),
    ("KPI", "2", "つなぎ温泉四季彩の利用者数", "千人", 62.4, 58.9, 66.0, 75.0, 80.0, 16.1),
    ("KPI", "3", "つなぎ美術館の入館者数", "人", 9820, 11460, 10500, 12000, 13000, 540),
    ("KGI", "4", "転入者数", "人", 112, 126, 118, 130, 140, 4),
    ("KPI", "5", "津奈木工業団地・倉谷工業団地の立地企業数（累計）", "社", 5, 5, 6, 7, 8, 2),
    ("KPI", "6", "甘夏・デコポンの出荷量", "t", 1240, 1185, 1250, 1250, 1250, 65),
]


def tsunagi() -> Path:
    wb, ws = _sheet("指標の進捗", [7, 5, 38, 6, 10, 10, 10, 11, 11, 14])
    _text(ws, 1, 1, "第10期津奈木町振興計画　指標の進捗状況（令和6年度実績）", bold=True, size=13)
    _text(ws, 2, 10, "令和7年8月　津奈木町総務課企画係", align="right")
    fields = [
        ("計画の名称", "第10期津奈木町振興計画（令和6年度～令和15年度）"),
        ("メインテーマ", "人と自然、アートがつなぐ希望をもって住めるまち"),
        ("町の人口", "4,254人（令和2年国勢調査）、3,933人（推計人口、令和6年8月1日）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■基本目標２　人と文化が行き交う、にぎわいのあるまち", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "区分"), (2, "No."), (3, "指標名"), (4, "単位")],
        [
            (5, 5, "基準値", ["5年度"]),
            (6, 6, "実績値", ["6年度"]),
            (7, 9, "目標値", ["6年度", "10年度\n（中間）", "15年度\n（最終）"]),
            (10, 10, "目標まで残り", ["10年度目標\n－6年度実績"]),
        ],
    )
    ws.row_dimensions[10].height = 30
    r = 11
    for kubun, no, name, unit, *vals in TN_ROWS:
        kgi = kubun == "KGI"
        fill = LIGHT if kgi else None
        _put(ws, r, 1, kubun, align="center", bold=kgi, fill=fill)
        _put(ws, r, 2, no, align="center", fill=fill)
        _put(ws, r, 3, name, bold=kgi, fill=fill)
        _put(ws, r, 4, unit, align="center", fill=fill)
        for j, v in enumerate(vals):
            _put(
                ws,
                r,
                5 + j,
                v,
                align="right",
                fmt="#,##0.0" if isinstance(v, float) else None,
                fill=fill,
            )
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KGI（重要目標達成指標）は基本目標の達成度を、KPI（重要業績評価指標）は施策の進捗を測る指標です（本表はKGI 2、KPI 4）。",
            "※年度はすべて令和です。目標まで残りは、10年度（中間）の目標値から6年度の実績値を引いた値です。",
            "※No.1は観光動態調査による推計値、No.4は住民基本台帳による年度中の転入者数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tsunagi_shinko_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新富町 (宮崎県児湯郡): 第2期新富町まち・ひと・しごと創生総合戦略 KPIの達成状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/forum/22641.html): the 総合政策課, the population 16,309人 (令和4年4月1日), the farmland
# 約2,210ヘクタール, the ピーマン・胡瓜 and the 早期水稲 コシヒカリ. Made up: the page, the 基本目標 and 施策
# wording, every indicator, figure and note.
SN_BLOCKS = [
    (
        "基本目標1　農業を核に、新しい富をつくる",
        [
            (
                "(1) 施設園芸の振興",
                [
                    ("ピーマン・きゅうりの販売額", "億円", "38.2", "41.5", "40.8", "43.1", "45.0"),
                    ("新規就農者数（R2年度からの累計）", "人", "―", "18", "27", "36", "40"),
                ],
            )
        ],
    ),
    (
        "基本目標2　安心して子どもを産み育て、健やかに暮らせるまち",
        [
            (
                "(1) 健康づくりの推進",
                [("特定健康診査受診率", "％", "48.6", "51.2", "52.9", "未集計", "全国平均以上")],
            ),
            (
                "(2) 子育て支援の充実",
                [
                    ("合計特殊出生率", "―", "1.72", "1.68", "1.61", "1.59", "1.80"),
                    (
                        "子育て支援センターの利用者数",
                        "人",
                        "6,420",
                        "7,050",
                        "7,380",
                        "7,910",
                        "7,500",
                    ),
                ],
            ),
        ],
    ),
]

SN_HEAD = """<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>R元年度（2019）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>R6年度（2024）</th></tr>
<tr><th>R4年度（2022）</th><th>R5年度（2023）</th><th>R6年度（2024）</th></tr>
</thead>"""


def shintomi_html() -> str:
    parts = []
    for goal, groups in SN_BLOCKS:
        rows = []
        for measure, inds in groups:
            rows.append(f'<tr><th colspan="7" class="l">{measure}</th></tr>')
            for name, unit, *vals in inds:
                rows.append(
                    f'<tr><td>{name}</td><td class="c">{unit}</td>'
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + "</tr>"
                )
        body = "\n".join(rows)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{SN_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期新富町まち・ひと・しごと創生総合戦略 KPIの達成状況（令和6年度） - 新富町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>第2期新富町まち・ひと・しごと創生総合戦略 KPIの達成状況（令和6年度）</h1>
<p>令和7年7月1日　新富町総合政策課</p>
<p>第2期総合戦略（令和2年度～令和6年度）の最終年度にあたり、重要業績評価指標（KPI）の実績を取りまとめました。本町の人口は16,309人（令和4年4月1日現在）、農地面積は約2,210ヘクタールで、水田と畑がほぼ半分ずつです。</p>
{tables}
<p>※特定健康診査受診率の目標は「全国平均以上」としています。全国平均は令和5年度 59.9%（速報値）です。令和6年度の町の受診率は法定報告の確定前のため未集計です。</p>
<p>※販売額はJA児湯管内の新富町分の集計です。新規就農者数は令和2年度からの累計です。</p>
</body>
</html>
"""


def shintomi() -> Path:
    path = HERE / "shintomi_kpi_tassei_r6.html"
    path.write_bytes(shintomi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kawamoto, mihara, tsunagi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shintomi().name}")


if __name__ == "__main__":
    main()
