"""Build the documents of forms306/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/obu_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI進捗管理シート in the manner of 大府市 (愛知県):
  form fields over a ``No. | KPI | 単位 | 基準値（H30） | 実績値 (R3 | R4 | R5) | R5目標 | 目標値（R6）``
  grid whose names and one 単位 cell are **half-width katakana as output by a legacy system**
  (``ﾌｧﾐﾘｰ･ｻﾎﾟｰﾄ･ｾﾝﾀｰ提供会員数``), a note saying so, and a full-width ``３６１``; and the PDF;
* ``source/sanda_seika_shihyo_r5.xlsx``, a 総合計画 成果指標の進捗 in the manner of 三田市 (兵庫県):
  **a target column headed ``目標値（R6→R7）``, the target year moved by a one-year extension that a
  note explains**, ``千円`` values, an ``R5目標``; and the PDF;
* ``source/kashihara_kpi_jokyo_r5.xlsx``, a 総合戦略 KPIの状況 in the manner of 橿原市 (奈良県):
  **value cells written with kanji scale words inside the number (``412万3,000``, ``138億2,000万``)**,
  an ``R5（見込）`` column; and the PDF;
* ``fujiidera_kpi_kensho_r4.html``, a 総合戦略 KPI効果検証 page in the manner of 藤井寺市 (大阪府):
  two ``<h2>`` 基本目標 over a two-row ``<thead>`` whose **``目標値（R6）`` spans ``当初 | 改定後（R5.3）``,
  the revised target replacing the original where one is printed** (a note says so).

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
    wb.properties.creator = "forms306/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms306/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms306_soffice_") as tmp:
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
# 瀬戸内市 (岡山県): 地域再生計画 KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 瀬戸内市太陽のまち創生推進計画, furusato-funding.jp/projects/2278): the plan's name,
# the 2004 merger of 牛窓町・邑久町・長船町, the population (約3.9万人 in 2000, 約3.8万人 in 2010, 約2.8万人
# in 2045 by 社人研), 牡蠣 and オリーブ as local products, the 錦海塩田跡地. Made up: the sheet, 課, money,
# every KPI, figure, grade and note.
SU_ROWS = [
    ("KPI①　移住相談を経た市外からの移住者数", "人", 42, 68, 75, 80, 90, "B"),
    ("KPI②　牡蠣の生産量", "t（むき身）", 1312, 1208, 1265, 1190, 1400, "C"),
    ("KPI③　オリーブ加工品の販売額", "千円", 18400, 21960, 24310, 26000, 25000, "A"),
    (
        "KPI④　錦海塩田跡地における環境学習施設の整備",
        "―",
        "―",
        "設計",
        "着工",
        "R6.10供用開始",
        "R6年度中供用開始",
        "A",
    ),
]


def _form(ws, r: int, fields, last: int) -> int:
    """Bordered form fields: a shaded label in column 1, the value merged over 2..last."""
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, last, value, align="left")
        ws.row_dimensions[r].height = 30 if len(value) > 60 else 20
        r += 1
    return r


def _row(ws, r: int, cells, c0: int = 1, height: float = 22) -> None:
    for j, v in enumerate(cells):
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            fmt = "#,##0.0" if isinstance(v, float) else None
            if isinstance(v, float) and v < 10:
                fmt = "0.00"
            _put(ws, r, c0 + j, v, fmt=fmt)
        elif j == 0 or (j == 1 and c0 == 1 and len(str(v)) > 3):
            _put(ws, r, c0 + j, v, align="center" if len(str(v)) <= 2 else "left")
        else:
            _put(
                ws, r, c0 + j, v, align="right" if any(ch.isdigit() for ch in str(v)) else "center"
            )
    ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------------------------
# 大府市 (愛知県): 第2次大府市まち・ひと・しごと創生総合戦略 KPI進捗管理シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 面積33.66km², 48,540人 (昭和45年12月末), 92,670人 (令和2年3月末), the 計画人口
# 100,000人 (令和12年度), ウェルネスバレー. Made up: period, 課, 基本目標 wording, every KPI and figure.
OB_ROWS = [
    ("1", "ﾌｧﾐﾘｰ･ｻﾎﾟｰﾄ･ｾﾝﾀｰ提供会員数", "人", 312, 335, 348, "３６１", 370, 400),
    ("2", "子育て支援ｾﾝﾀｰ延べ利用者数", "人", 48210, 31560, 39880, 44120, 45000, 50000),
    ("3", "健康づくりﾎﾟｲﾝﾄ事業の参加者数", "人", 2150, 2840, 3310, 3605, 3300, 3500),
    ("4", "ｳｪﾙﾈｽﾊﾞﾚｰ関連の新規立地企業・団体数", "社･団体", 0, 4, 6, 7, 8, 10),
]


def obu() -> Path:
    wb, ws = _sheet("KPI進捗管理", [11, 34, 9, 11, 10, 10, 10, 10, 11])
    _text(ws, 1, 1, "第2次大府市まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）進捗管理シート（令和5年度）", bold=True, size=13)
    _text(ws, 3, 9, "令和6年8月　企画政策課", align="right")
    r = _form(
        ws,
        5,
        [
            ("総合戦略の名称", "第2次大府市まち・ひと・しごと創生総合戦略"),
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("担当課", "企画政策課"),
            (
                "市の概況",
                "面積33.66km²。市制施行時（昭和45年12月末）に48,540人であった人口は、令和2年3月末には92,670人と2倍近くに増加しました。第6次大府市総合計画では、令和12年度の計画人口を100,000人としています。",
            ),
        ],
        9,
    )
    _text(
        ws,
        r + 1,
        1,
        "■基本目標２　健康で安心して子どもを産み育てられるまちをつくる",
        bold=True,
        size=11,
    )
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (8, "R5目標"),
            (9, "目標値\n（R6）"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = h + 2
    for cells in OB_ROWS:
        _row(ws, r, cells)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※ 指標名・単位の半角カナは、進捗管理システムからの出力のまま掲載しています。",
            "※ 基準値は平成30年度の実績です。R3の子育て支援センター延べ利用者数は、臨時休館（5～6月）の影響を含みます。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "obu_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三田市 (兵庫県): 第5次三田市総合計画 成果指標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its 将来像 and three 視点 (共生・再生・共創), 210.32km², 104,950人 (2024年5月推計),
# 32,673人 at the 1958 市制, 10万人 in 1996, 北摂三田テクノパーク. Made up: periods, 課, every figure.
SD_ROWS = [
    ("1", "三田市に住み続けたいと思う市民の割合", "％", 78.4, 79.1, 80.2, 80.6, 81.0, 85.0),
    ("2", "市内農産物直売所の売上額", "千円", 512300, 548200, 561900, 575400, 570000, 600000),
    ("3", "デマンド型交通の利用者数", "人", 4210, 6880, 8150, 9020, 9500, 12000),
    ("4", "北摂三田テクノパーク等の立地企業数", "社", 61, 63, 64, 66, 65, 70),
    ("5", "合計特殊出生率", "―", 1.21, 1.18, 1.15, 1.13, 1.30, 1.40),
]


def sanda() -> Path:
    wb, ws = _sheet("成果指標", [16, 36, 8, 12, 12, 12, 12, 12, 14])
    _text(ws, 1, 1, "第5次三田市総合計画　成果指標の進捗状況（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年8月　経営企画課", align="right")
    r = _form(
        ws,
        4,
        [
            ("将来像", "「ひと」×「まち」×「さと」が織りなす未来都市 三田"),
            ("まちづくりの視点", "共生　再生　共創"),
            ("前期基本計画の期間", "令和3年度～令和7年度（1年延長後）"),
            ("担当課", "経営企画課"),
            (
                "市の概況",
                "面積210.32km²。昭和33年の市制施行時に32,673人であった人口は、ニュータウン開発により平成8年に10万人を突破し、現在は104,950人（2024年5月推計）です。",
            ),
        ],
        9,
    )
    _text(ws, r + 1, 1, "２　成果指標の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "R5目標"),
            (9, "目標値\n（R6→R7）"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = h + 2
    for cells in SD_ROWS:
        _row(ws, r, cells)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※ 目標値（R6→R7）：前期基本計画の期間を1年延長したことに伴い、目標年度を令和6年度から令和7年度に変更しました（目標値は変更していません）。",
            "※ No.1は市民意識調査（毎年度、無作為抽出3,000人）による。No.5は兵庫県保健統計年報による値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sanda_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 橿原市 (奈良県): 橿原市まち・ひと・しごと創生総合戦略（第2期） KPIの状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and 基本理念 「みんな 活躍するまち・かしはら」, 39.56km², 約12万人, the 大和三山,
# 昭和31年2月11日 (奈良県で5番目の市), the 主な取り組み wording used for the heading. Made up: 第2期,
# its period, 課, every KPI and figure.
KS_ROWS = [
    ("①", "観光入込客数", "人", "412万3,000", "268万5,400", "351万2,000", "398万", "420万"),
    ("②", "観光消費額", "円", "138億2,000万", "81億4,500万", "112億", "129億6,000万", "145億"),
    ("③", "市内宿泊者数", "人", "18万6,200", "9万4,100", "14万2,800", "17万", "20万"),
    ("④", "空き家バンクを通じた移住世帯数", "世帯", "5", "8", "１１", "13", "15"),
    ("⑤", "市公式SNSのフォロワー数", "人", "1万2,350", "2万8,900", "3万6,420", "4万1,000", "4万"),
]


def kashihara() -> Path:
    wb, ws = _sheet("KPIの状況", [10, 32, 7, 14, 14, 14, 14, 14])
    _text(ws, 1, 1, "橿原市まち・ひと・しごと創生総合戦略（第2期）", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の状況（令和5年度）", bold=True, size=13)
    _text(ws, 3, 8, "令和6年2月　企画政策課", align="right")
    r = _form(
        ws,
        5,
        [
            ("基本理念", "みんな 活躍するまち・かしはら"),
            ("計画期間", "令和2年度～令和6年度"),
            ("担当課", "企画政策課"),
            (
                "市の概況",
                "大和三山（畝傍山・天香久山・耳成山）を擁する面積39.56km²の市。昭和31年2月11日に奈良県で5番目の市として誕生し、人口約12万人の県下第二の都市です。",
            ),
        ],
        8,
    )
    _text(
        ws,
        r + 1,
        1,
        "基本目標２　「橿原」の魅力を広く発信し、新たな人の流れを増やす",
        bold=True,
        size=11,
    )
    h = r + 2
    ws.merge_cells(start_row=h, start_column=1, end_row=h, end_column=1)
    _head2(
        ws,
        h,
        [(1, ""), (2, "KPI"), (3, "単位"), (4, "基準値\n（H30）"), (8, "目標値\n（R6）")],
        [(5, 7, "実績値", ["R3", "R4", "R5（見込）"])],
    )
    r = h + 2
    for cells in KS_ROWS:
        _row(ws, r, cells)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※ 数値は「万」「億」を付して表記しています（例：412万3,000人＝4,123,000人、138億2,000万円＝13,820,000,000円）。",
            "※ R5（見込）は令和6年1月末までの実績をもとにした年度末の見込値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kashihara_kpi_jokyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 藤井寺市 (大阪府): 藤井寺市まち・ひと・しごと創生総合戦略 KPIの効果検証（令和4年度実績）, HTML
# --------------------------------------------------------------------------------------------

# Real: 8.89km² (5th smallest city), 百舌鳥・古市古墳群 (世界文化遺産, 令和元年度), 63,446人 (2022-01-31),
# 政策推進課 (総合計画), the 基本目標1 wording. Made up: 第2期, period, the page, every KPI and figure.
FJ_BLOCKS = [
    (
        "基本目標1　藤井寺市で結婚・出産・子育ての希望をかなえる",
        [
            ("市内の出生数", "人", "412", "401", "440", "389", "450", "400"),
            (
                "子育て世代包括支援センターの相談件数",
                "件",
                "1,206",
                "1,488",
                "1,400",
                "1,652",
                "1,500",
                "1,800",
            ),
            ("妊婦健康診査の受診率", "％", "96.2", "97.0", "97.5", "97.8", "98.5", ""),
        ],
    ),
    (
        "基本目標2　藤井寺の魅力を高め、新しい人の流れをつくる",
        [
            (
                "古市古墳群関連施設の来訪者数",
                "人",
                "98,500",
                "112,300",
                "110,000",
                "156,800",
                "120,000",
                "180,000",
            ),
            ("転入者数", "人", "2,190", "2,310", "2,300", "2,402", "2,350", ""),
        ],
    ),
]

FJ_HEAD = """<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th rowspan="2">R3実績</th><th rowspan="2">R4目標</th><th rowspan="2">R4実績</th><th colspan="2">目標値（R6）</th></tr>
<tr><th>当初</th><th>改定後<br>（R5.3）</th></tr>
</thead>"""


def fujiidera_html() -> str:
    parts = []
    for goal, rows in FJ_BLOCKS:
        body = "\n".join(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for name, unit, *vals in rows
        )
        parts.append(f"<h2>{goal}</h2>\n<table>\n{FJ_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>藤井寺市まち・ひと・しごと創生総合戦略 KPIの効果検証（令和4年度実績） - 藤井寺市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・施策</a> &gt; 地方創生</p>
<h1>藤井寺市まち・ひと・しごと創生総合戦略（第2期）　KPIの効果検証（令和4年度実績）</h1>
<p>更新日：2023年9月20日　担当：政策企画部 政策推進課</p>
<p>藤井寺市は面積8.89km²と全国の市で5番目に小さな市です。令和元年度には「百舌鳥・古市古墳群」が世界文化遺産に登録されました。推計人口は63,446人（2022年1月31日現在）です。第2期総合戦略（令和2年度～令和6年度）の重要業績評価指標（KPI）について、令和4年度の実績を外部有識者会議（令和5年8月）で検証しました。</p>
{tables}
<p>※「改定後（R5.3）」欄は、令和5年3月の中間見直しで変更した令和6年度の目標値です。改定後の欄が空欄の指標は、当初の目標値を継続しています。</p>
<p>※妊婦健康診査の受診率は、母子健康手帳交付者のうち1回以上受診した人の割合です。</p>
</body>
</html>
"""


def fujiidera() -> Path:
    path = HERE / "fujiidera_kpi_kensho_r4.html"
    path.write_bytes(fujiidera_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (obu, sanda, kashihara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {fujiidera().name}")


if __name__ == "__main__":
    main()
