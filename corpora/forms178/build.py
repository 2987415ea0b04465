"""Build the built documents of forms178/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/murayama_shisaku_hyoka_r6.xlsx``, a 総合計画 施策評価シート in the manner of 村山市 (山形県):
  form fields (施策番号, 施策名, 主管課, 事業費 in 千円, a grade, a prose 現状 with population figures)
  over a 成果指標 grid with **a ``目標値の設定根拠`` column of prose full of numbers**, and **the grid
  going on under a second header row (``構成事業名 | 担当課 | 事業開始 | R4決算 … R7予算``) that turns
  the same columns into money** for three 事業 rows and a ``計`` row; and the PDF;
* ``source/biei_kanko_mp_shinchoku_2023.xlsx``, a 観光マスタープラン 進捗表 in the manner of 美瑛町 (北海道):
  form fields with real figures, a three-row header in which **every period spans ``総数 | うち外国人``**
  (merged across for the row without a split), and **``（対前年度比）`` sub-rows of percentages** under two
  indicators; and the PDF;
* ``source/marumori_suishin_kensho_r5.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 丸森町
  (宮城県): form fields, **a ``事業費（千円）`` column inside every year's span, one cell merged down beside
  all four KPIs**, **targets written relative to the baseline with the level in brackets
  (``基準値から50%増（213）``)**, a shaded ``（参考）町の人口`` row; and the PDF;
* ``iitate_madei_kpi_r5.html``, a 総合戦略 KPI page in the manner of 飯舘村 (福島県): four ``<tbody>``, each
  opened by a ``<th colspan>`` 分野 row and **closed by a ``関連事業費（千円）`` row whose money stands in the
  actual columns**, **footnote marks ``<sup>※1</sup>`` inside value cells**, a ``令和2年3月31日現在``
  baseline, ``約``, ``未集計``, ``―（開校前）`` and a ``<tfoot>`` that counts the KPIs.

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
    wb.properties.creator = "forms178/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms178/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms178_soffice_") as tmp:
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
# 村山市 (山形県): 第5次村山市総合計画 施策評価シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (施政方針 H28, 地域再生計画 of 村山市, 村山市議会 minutes): the plan's name and period, the
# population 23,456人 (R2.4 住基) and the 2,115人 decrease between the 2010 and 2015 censuses, the 課
# names, 東沢バラ公園, 甑葉プラザ, 東北中央自動車道. Made up: the sheet, 施策, every figure and note.
MY_ROWS = [
    (
        "1",
        "観光入込客数",
        "万人",
        48.6,
        41.2,
        45.8,
        47.9,
        55.0,
        "H26（48.6万人）から約13%増。東北中央自動車道の開通効果（年5万人程度）を見込む",
    ),
    (
        "2",
        "東沢バラ公園の入園者数",
        "人",
        62310,
        48920,
        51460,
        53870,
        60000,
        "コロナ禍前5年間（H27～R元）の平均、約6万人への回復",
    ),
    (
        "3",
        "甑葉プラザの年間利用者数",
        "千人",
        152,
        131,
        139,
        146,
        150,
        "開館以来の最多（H24：158千人）の95%程度",
    ),
    (
        "4",
        "市内宿泊施設の延べ宿泊者数",
        "人",
        38420,
        33105,
        36880,
        "集計中",
        40000,
        "年1%程度の増加を10年間続ける",
    ),
    (
        "5",
        "観光ボランティアガイド登録者数",
        "人",
        18,
        22,
        24,
        26,
        25,
        "毎年1人程度の増（H26：18人）",
    ),
]
MY_JIGYO = [
    (
        "1",
        "観光誘客推進事業",
        "商工観光課",
        "H27",
        18420,
        19860,
        21305,
        20500,
        "観光PR、東沢バラまつり等のイベント支援",
    ),
    (
        "2",
        "東沢バラ公園管理運営事業",
        "商工観光課",
        "H27",
        27140,
        28530,
        30110,
        29800,
        "指定管理料、バラの補植",
    ),
    (
        "3",
        "甑葉プラザ管理運営事業",
        "政策推進課",
        "H27",
        31050,
        32280,
        32800,
        33100,
        "指定管理料、設備の修繕",
    ),
]


def murayama() -> Path:
    wb, ws = _sheet("施策評価", [5, 28, 11, 11, 10, 10, 10, 11, 52])
    _text(
        ws,
        1,
        1,
        "第5次村山市総合計画「次世代への“架け橋”プラン」　施策評価シート（令和6年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年8月　村山市", align="right")
    r = 4
    for l1, v1, l2, v2 in [
        ("施策番号", "3-2", "施策名", "観光・交流の振興"),
        ("主管課", "商工観光課", "関係課", "農林課、政策推進課"),
        ("施策の事業費（R6決算・千円）", 84215, "施策の評価", "C（やや遅れている）"),
    ]:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2)
        ws.row_dimensions[r].height = 19
        r += 1
    _span(ws, r, 1, 2, "施策の現状", header=True)
    _span(
        ws,
        r,
        3,
        9,
        "本市の人口は令和2年4月に23,456人（住民基本台帳）となり、平成22年から27年の国勢調査の間に2,115人減少した。"
        "東北中央自動車道の延伸で交通の便が向上しており、東沢バラ公園と甑葉プラザを核に交流人口の拡大を図る。",
        valign="top",
    )
    ws.row_dimensions[r].height = 30
    _text(ws, 9, 1, "２　成果指標の達成状況", bold=True, size=11)
    h = 10
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "基準値\n（H26）",
            "R4実績",
            "R5実績",
            "R6実績",
            "目標値\n（R6）",
            "目標値の設定根拠",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 26
    r = h + 1
    for no, name, unit, *vals, basis in MY_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="center")
            else:
                _put(ws, r, 4 + j, v, fmt=fmts.get(j))
        _put(ws, r, 9, basis, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    # The same grid goes on under a second header: the columns now hold the 構成事業's money.
    for c, word in enumerate(
        [
            "No.",
            "構成事業名",
            "担当課",
            "事業開始",
            "R4決算",
            "R5決算",
            "R6決算",
            "R7予算",
            "事業の概要（金額の単位：千円）",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, ka, start, *money, outline in MY_JIGYO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, ka, align="center", size=8)
        _put(ws, r, 4, start, align="center")
        for j, v in enumerate(money):
            _put(ws, r, 5 + j, v)
        _put(ws, r, 9, outline, size=8)
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 4, "計", fill=LIGHT, bold=True, align="center")
    for j in range(4):
        _put(ws, r, 5 + j, sum(row[4 + j] for row in MY_JIGYO), fill=LIGHT, bold=True)
    _put(ws, r, 9, "", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※目標値は第5次村山市総合計画（平成27年8月策定、計画期間H27～R6）の最終年度の値です。",
            "※No.4のR6実績は、山形県観光者数調査の公表（令和7年10月予定）後に確定します。",
            "※構成事業の金額は決算額（R7は当初予算額）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "murayama_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 美瑛町 (北海道上川郡): 美瑛町観光マスタープラン2027 評価指標の進捗状況（2023年度）
# --------------------------------------------------------------------------------------------

# Real (美瑛町 web page on the plan, 美瑛町 pages): the plan's name, 2020 → 2027 after the 2021 中間評価
# by 北海道大学 with a 町民意識調査, 80万人 (1990年度) and 179万人 (2014年度), the DMO 丘のまちびえい活性化協会
# (設立 2012-10-01), 宿泊客 about 4万人 a year. Made up: the sheet, every indicator value, target and note.
BI_ROWS = [
    # No, name, unit, base (total, foreign), 2022 (t, f), 2023 (t, f), target 2023 (t, f), target 2027 (t, f)
    (
        "1",
        "観光入込客数",
        "万人",
        (171.3, 38.5),
        (92.6, 6.4),
        (148.2, 31.0),
        (160.0, 30.0),
        (180.0, 40.0),
    ),
    ("2", "延べ宿泊者数", "千人", (41.2, 9.8), (33.5, 1.2), (44.7, 8.6), (45.0, 8.0), (60.0, 15.0)),
    ("3", "観光客1人当たりの町内消費額", "円", 4850, 5120, 5640, 5500, 7000),
]
# 2021年度 values behind the 2022 対前年度比 (given in a note).
BI_2021 = {"1": (65.4, 1.7), "2": (28.3, 0.5)}


def _pct(a: float, b: float) -> str:
    return f"{a / b * 100:.1f}%"


def biei() -> Path:
    wb, ws = _sheet("評価指標", [5, 26, 7, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9])
    _text(
        ws, 1, 1, "美瑛町観光マスタープラン2027　評価指標の進捗状況（2023年度）", bold=True, size=13
    )
    _text(ws, 2, 13, "2024年6月　美瑛町・一般財団法人丘のまちびえい活性化協会", align="right")
    r = 4
    for label, value in [
        (
            "計画の名称",
            "美瑛町観光マスタープラン2027（2021年の中間評価により「美瑛町観光マスタープラン2020」を改定）",
        ),
        ("計画期間", "2018年度～2027年度"),
        (
            "中間評価",
            "2021年　北海道大学観光学高等研究センター（観光関係団体等へのヒアリング、全町民を対象とした意識調査）",
        ),
        ("推進体制", "美瑛町、一般財団法人丘のまちびえい活性化協会（地域DMO、2012年10月1日設立）"),
        ("観光客数の推移", "1990年度 80万人 → 2014年度 179万人（北海道内有数の規模）"),
    ]:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 13, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 10, 1, "■評価指標の進捗状況", bold=True, size=11)
    h = 11
    for c, word in [(1, "No."), (2, "評価指標"), (3, "単位")]:
        _put(ws, h, c, word, header=True)
        for k in (1, 2):
            _put(ws, h + k, c, None, header=True)
        _merge(ws, h, c, h + 2, c)
    _span(ws, h, 4, 5, "基準値\n（2016年度）", header=True)
    for c in (4, 5):
        _put(ws, h + 1, c, None, header=True)
    _merge(ws, h, 4, h + 1, 5)
    _span(ws, h, 6, 9, "実績値", header=True)
    _span(ws, h, 10, 13, "目標値", header=True)
    for c1, word in [(6, "2022年度"), (8, "2023年度"), (10, "2023年度（中間）"), (12, "2027年度")]:
        _span(ws, h + 1, c1, c1 + 1, word, header=True)
    for c in range(4, 14, 2):
        _put(ws, h + 2, c, "総数", header=True)
        _put(ws, h + 2, c + 1, "うち外国人", header=True, size=8)
    for k in range(3):
        ws.row_dimensions[h + k].height = 20 if k else 26
    r = h + 3
    for no, name, unit, *vals in BI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for k, v in enumerate(vals):
            c = 4 + 2 * k
            if isinstance(v, tuple):
                _put(ws, r, c, v[0], fmt="0.0")
                _put(ws, r, c + 1, v[1], fmt="0.0")
            else:
                _put(ws, r, c, v, align="center")
                _put(ws, r, c + 1, None)
                _merge(ws, r, c, r, c + 1)
        ws.row_dimensions[r].height = 22
        r += 1
        if no in BI_2021:
            prev = BI_2021[no]
            y22, y23 = vals[1], vals[2]
            _put(ws, r, 1, "")
            _put(ws, r, 2, "（対前年度比）", align="right", size=8)
            _put(ws, r, 3, "")
            _put(ws, r, 4, "")
            _put(ws, r, 5, "")
            cells = [
                _pct(y22[0], prev[0]),
                _pct(y22[1], prev[1]),
                _pct(y23[0], y22[0]),
                _pct(y23[1], y22[1]),
            ]
            for j, text in enumerate(cells):
                _put(ws, r, 6 + j, text, align="right", size=8)
            for c in range(10, 14):
                _put(ws, r, c, "")
            ws.row_dimensions[r].height = 16
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※観光入込客数・延べ宿泊者数は北海道観光入込客数調査（年度）による。「うち外国人」は総数の内数。",
            "※対前年度比は、各年度の値を前年度の値で除したもの（2021年度：観光入込客数 総数65.4万人・うち外国人1.7万人、延べ宿泊者数 総数28.3千人・うち外国人0.5千人）。",
            "※観光客1人当たりの町内消費額は、観光客動態調査（各年度夏期）による推計で、外国人を区分していない。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "biei_kanko_mp_shinchoku_2023.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 丸森町 (宮城県伊具郡): 地方創生推進交付金事業 効果検証シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real (東北圏社会経済白書 2015 via a town councillor's blog, ファイナンス 2018年6月号, みやぎ移住ガイド,
# 全国町村会 pages): 13,984人 (2015年10月), 2町6村 (1954), 273.34km², the 子育て定住推進課, まるもり移住・
# 定住サポートセンター, the 丸森駅 移住相談 window 「じゅーぴたっ」, ローカルベンチャーツアー. Made up: the
# project, its money and period, every KPI, figure, status and note.
MM_ROWS = [
    (
        "①移住・定住サポートセンターを通じた移住者数",
        "人",
        18,
        24,
        28,
        31,
        "基準値の2倍（36）",
        "達成",
    ),
    ("②移住相談件数", "件", 142, 188, 200, 176, "基準値から50%増（213）", "未達成"),
    ("③お試し住宅の利用世帯数", "世帯", 6, 9, 10, 12, "基準値＋6世帯（12）", "達成"),
    ("④ローカルベンチャーツアー等の参加者数", "人", "―（未実施）", 14, 20, 17, "20以上", "未達成"),
]
MM_MONEY = (14820, 16350, 16830)


def marumori() -> Path:
    wb, ws = _sheet("効果検証", [38, 7, 11, 9, 12, 9, 9, 12, 17, 13, 10])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和5年度実施分）", bold=True, size=13)
    _text(ws, 1, 11, "丸森町", bold=True, size=12, align="right")
    _text(ws, 2, 11, "令和6年8月", align="right")
    r = 4
    for label, value in [
        ("事業名", "「まるもり暮らし」移住・定住促進プロジェクト"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("担当課", "子育て定住推進課"),
        ("総事業費（千円）", "48,000（うち交付金 24,000）"),
        (
            "町の概況",
            "人口13,984人（平成27年10月）。昭和29年に2町6村が合併して誕生し、総面積273.34km²の約7割を森林が占める。",
        ),
    ]:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 11, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "１　事業の概要", bold=True, size=11)
    _para(
        ws,
        r + 2,
        1,
        11,
        "まるもり移住・定住サポートセンターと丸森駅の移住相談窓口「じゅーぴたっ」を拠点に、相談から住まい・仕事の紹介までを"
        "一体で支援する。お試し住宅の運営、学生向けローカルベンチャーツアー等により、移住者と関係人口を増やす。",
        30,
        border=True,
    )
    _text(ws, r + 4, 1, "２　重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = r + 5
    _head2(
        ws,
        h,
        [(1, "KPI"), (2, "単位"), (3, "事業開始前\n（R3）"), (11, "達成状況\n（R5）")],
        [
            (4, 5, "令和4年度", ["実績", "事業費\n（千円）"]),
            (6, 8, "令和5年度", ["目標", "実績", "事業費\n（千円）"]),
            (9, 10, "令和6年度", ["目標", "事業費\n（予算・千円）"]),
        ],
    )
    ws.row_dimensions[h + 1].height = 28
    r0 = h + 2
    r = r0
    for name, unit, base, a4, t5, a5, t6, status in MM_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for c, v in [(3, base), (4, a4), (6, t5), (7, a5), (9, t6)]:
            _put(
                ws, r, c, v, align="center" if isinstance(v, str) and v.startswith("―") else "right"
            )
        _put(ws, r, 11, status, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    for c, money in zip((5, 8, 10), MM_MONEY, strict=True):
        _put(ws, r0, c, money, align="center", valign="center")
        for rr in range(r0 + 1, r):
            _put(ws, rr, c, None)
        _merge(ws, r0, c, r - 1, c)
    _put(ws, r, 1, "（参考）町の人口（各年度末・住民基本台帳）", fill=LIGHT, size=8)
    _put(ws, r, 2, "人", align="center", fill=LIGHT)
    for c, v in [
        (3, 12612),
        (4, 12311),
        (5, ""),
        (6, "―"),
        (7, 12020),
        (8, ""),
        (9, "―"),
        (10, ""),
        (11, "―"),
    ]:
        _put(ws, r, c, v, align="center" if v == "―" else "right", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※令和6年度の目標は、事業開始前（R3）の値を基に設定しています（括弧内が目標値）。",
            "※事業費は決算額（令和6年度は予算額）で、3か年の合計は48,000千円です。",
            "※（参考）欄は事業の背景となる統計で、KPIではありません。",
            "※④は令和4年度から実施しているため、事業開始前の値はありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "marumori_suishin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飯舘村 (福島県相馬郡): いいたて までいな創生総合戦略 重要業績評価指標（KPI）の状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (いいたて までいな創生総合戦略 初版 2016-03-31, いいたて までいな復興計画 第5版, 福島民友, TBS,
# 復興の現状について 2016-04-23): the strategy's name, 平成29年3月31日 (避難指示解除, 長泥 excepted), the
# school いいたて希望の里学園 (2020 spring), the four 重点分野 of the 復興計画 (教育, 暮らし, 健康・福祉・
# 高齢者, 農地保全・営農再開), いいたてクリニック, about 6,500 before and 1,506 now. Made up: the page's
# date, every KPI, value, money and note.
IT_GROUPS = [
    (
        "(1)　教育",
        [("いいたて希望の里学園の児童生徒数", "人", "―（開校前）", "98", "100", "104", "110")],
        ("―", "186,240", "192,510"),
    ),
    (
        "(2)　暮らし",
        [
            ("村内居住人口", "人", "1,372", "1,468", "1,600", "1,506<sup>※1</sup>", "1,700"),
            ("村外からの移住者数", "人", "31", "約60", "60", "約70", "80"),
        ],
        ("―", "54,380", "61,020"),
    ),
    (
        "(3)　健康・福祉・高齢者",
        [
            (
                "いいたてクリニックの受診者数（延べ）",
                "人",
                "2,140",
                "2,960",
                "3,000",
                "未集計",
                "3,200",
            )
        ],
        ("―", "38,900", "40,150"),
    ),
    (
        "(4)　農地保全・営農再開",
        [("営農再開面積", "ha", "312", "548", "600", "612<sup>※2</sup>", "700")],
        ("―", "96,700", "103,480"),
    ),
]


def iitate_html() -> str:
    bodies = []
    for heading, rows, money in IT_GROUPS:
        lines = [f'<tr><th colspan="7" class="l">{heading}</th></tr>']
        for name, unit, base, a4, t5, a5, t6 in rows:
            cells = "".join(f'<td class="num">{v}</td>' for v in (base, a4, t5, a5, t6))
            lines.append(
                f'<tr><th scope="row" class="n">{name}</th><td class="c">{unit}</td>{cells}</tr>'
            )
        base, m4, m5 = money
        lines.append(
            f'<tr class="cost"><td colspan="2">関連事業費（千円）</td><td class="num">{base}</td>'
            f'<td class="num">{m4}</td><td></td><td class="num">{m5}</td><td></td></tr>'
        )
        bodies.append("<tbody>\n" + "\n".join(lines) + "\n</tbody>")
    tbodies = "\n".join(bodies)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>いいたて までいな創生総合戦略 重要業績評価指標（KPI）の状況（令和5年度） - 飯舘村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
th.n {{ text-align: left; background: #fff; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
tr.cost td {{ background: #f7f7f7; font-size: 9pt; }}
</style>
</head>
<body>
<p class="bread">ホーム &gt; 村政情報 &gt; 計画・施策 &gt; いいたて までいな創生総合戦略</p>
<h1>いいたて までいな創生総合戦略　重要業績評価指標（KPI）の状況（令和5年度）</h1>
<p class="date">掲載日：2024年10月1日</p>
<p>本村は、平成23年3月の原子力発電所事故により全村避難となり、平成29年3月31日に長泥地区を除いて避難指示が解除されました。令和2年春には、義務教育学校「いいたて希望の里学園」が開校しています。震災前に約6,500人だった人口の回復に向け、総合戦略に掲げた重要業績評価指標（KPI）の令和5年度の状況をお知らせします。</p>
<h2>重要業績評価指標（KPI）の状況</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和2年3月31日現在）</th><th rowspan="2">令和4年度<br>実績</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（令和6年度）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
{tbodies}
<tfoot>
<tr><td colspan="7">令和5年度の目標を達成したKPI：5項目中3項目（未集計1項目）</td></tr>
</tfoot>
</table>
<p>※1　村内に実際に居住している人数（村調べ）で、住民登録人口とは異なります。</p>
<p>※2　速報値です。</p>
<p>※関連事業費は、各分野のKPIに関連する事業の決算額の合計です。</p>
<p>問い合わせ：飯舘村 総務課 企画係</p>
</body>
</html>
"""


def iitate() -> Path:
    path = HERE / "iitate_madei_kpi_r5.html"
    path.write_bytes(iitate_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (murayama, biei, marumori):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {iitate().name}")


if __name__ == "__main__":
    main()
