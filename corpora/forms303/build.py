"""Build the built documents of forms303/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/owariasahi_shisaku_hyoka_r1.xlsx``, a 第五次総合計画 施策評価シート in the manner of 尾張旭市
  (愛知県): form fields (施策名, 主管課, 事業費 in 千円, the アンケート's 回答者数) over a 成果指標 grid whose
  **survey cells carry their sampling error** (``75.8（±2.2）``) and whose ◎/○/△/× ``評価`` is **judged
  against that error** (legend line above the grid); and the PDF;
* ``source/hashima_kpi_shinchoku_r1.xlsx``, a 総合戦略 KPI 進捗 in the manner of 羽島市 (岐阜県):
  **value cells ending in circled-digit footnote marks** (``8,910①`` 速報値, ``2,745②`` 見込値) and
  **grades in brackets** (``（A）``) meaning a grade given on a 見込値, both resolved by the notes; and the PDF;
* ``source/kinokawa_koka_kensho_r2.xlsx``, a 地域再生計画 効果検証シート in the manner of 紀の川市 (和歌山県):
  a 数値目標 row and four KPI rows, **a per-row ``評価基準`` column** (each row its own thresholds) beside the
  grade, and **a final target relative to the 社人研 projection** (``社人研推計＋1,000人``); and the PDF;
* ``aioi_kpi_kensho_r4.html``, a 地方創生 KPI 効果検証 page in the manner of 相生市 (兵庫県): ``rowspan``
  施策 cells, a ``令和4年度`` header spanning ``目標 | 実績``, **actual cells holding the year's count and
  the running total** (``42（累計128）``) beside **a cumulative final target** (``累計220``), and **a word
  target relative to the 連携中枢都市圏** (``播磨圏域の平均以上``), ``約`` and ``―（中止）`` cells.

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
    wb.properties.creator = "forms303/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms303/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms303_soffice_") as tmp:
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
# 尾張旭市 (愛知県): 第五次総合計画 施策評価シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real (city site): 第五次総合計画 (平成26～35年度), 施策・基本事業評価 and まちづくりアンケート, 健康都市宣言
# (平成16年8月), 元気まる測定 (from 平成14年度). Made up: the sheet, 施策, 課, money, every figure and grade.
OA_ROWS = [
    (
        "1",
        "健康だと思う市民の割合",
        "％",
        "74.1",
        "75.8（±2.2）",
        "73.9（±2.3）",
        "76.9（±2.1）",
        "80.0",
        "○",
    ),
    (
        "2",
        "定期的に運動をしている市民の割合",
        "％",
        "38.2",
        "40.1（±2.5）",
        "41.5（±2.5）",
        "39.8（±2.5）",
        "45.0",
        "△",
    ),
    ("3", "特定健康診査の受診率", "％", "43.5", "47.9", "48.6", "49.2", "60.0", "○"),
    ("4", "元気まる測定の参加者数", "人", "1,240", "1,385", "1,402", "1,356", "1,300以上", "◎"),
    (
        "5",
        "喫煙率（成人）",
        "％",
        "14.8",
        "14.1（±1.7）",
        "15.6（±1.8）",
        "17.3（±1.8）",
        "12.0",
        "×",
    ),
]


def owariasahi() -> Path:
    wb, ws = _sheet("施策評価", [6, 32, 7, 11, 13, 13, 13, 12, 8])
    _text(ws, 1, 1, "尾張旭市第五次総合計画　施策評価シート（令和元年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和2年7月", align="right")
    fields = [
        ("施策名", "健康づくりの推進", "主管課", "健康課"),
        ("施策の事業費（R元決算・千円）", 412350, "関連する計画", "第2次健康あさひ21計画"),
        ("まちづくりアンケート", "回答者数 1,512人（回収率50.4％）", "健康都市宣言", "平成16年8月"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　成果指標の状況", bold=True, size=11)
    _text(
        ws,
        9,
        1,
        "評価　◎：目標値（H35）を既に達成　○：基準値から改善（アンケート指標は標本誤差を超えて改善）　"
        "△：横ばい（アンケート指標は変化が標本誤差の範囲内）　×：基準値から悪化（同、標本誤差を超えて悪化）",
        size=8,
    )
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H24）"),
            (8, "目標値\n（H35）"),
            (9, "評価"),
        ],
        [(5, 7, "実績値", ["H29", "H30", "R元"])],
    )
    r = 12
    for no, name, unit, *vals, grade in OA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 9, grade, align="center", size=11)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※（±　）は、まちづくりアンケートによる指標（No.1、2、5）の標本誤差（信頼度95％）です。No.3は法定報告値、No.4は業務統計です。",
            "※基準値（H24）は第五次総合計画策定時の値です。目標年度の平成35年度は令和5年度にあたります。",
            "※施策を構成する基本事業は4、事務事業は23です（うち健康都市推進事業の事業費は18,240千円）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "owariasahi_shisaku_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 羽島市 (岐阜県): 羽島市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (city site): the strategy's name, its 策定 on 平成27年10月28日, its 進捗管理 by the 羽島市総合計画審議会
# together with the 羽島市第六次総合計画; 岐阜羽島駅. Made up: the sheet, 基本目標 wording, every KPI, figure,
# grade and note.
HS_ROWS = [
    ("1", "岐阜羽島駅の1日平均乗車人員", "人", "8,412", "8,803", "8,910①", "9,000", "B"),
    ("2", "転入者数", "人", "2,614", "2,702", "2,745②", "2,700", "（A）"),
    ("3", "観光入込客数", "千人", "412", "455", "468②", "500", "（B）"),
    ("4", "空き家バンク登録件数（累計）", "件", "―", "18", "27", "25", "A"),
    ("5", "市外からの移住相談件数", "件", "36", "52", "61①", "60", "A"),
]


def hashima() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 34, 8, 12, 12, 12, 13, 9])
    _text(
        ws,
        1,
        1,
        "羽島市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和2年10月　羽島市総合計画審議会　資料3", align="right")
    _text(
        ws,
        3,
        1,
        "総合戦略（平成27年10月28日策定）の進捗は、羽島市第六次総合計画と一体的に総合計画審議会で管理しています。",
        size=9,
    )
    _text(ws, 5, 1, "基本目標２　羽島市への新しいひとの流れをつくる", bold=True, size=11)
    _head2(
        ws,
        6,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (5, "H30実績"),
            (6, "R元実績"),
            (7, "目標値\n（R元）"),
            (8, "評価"),
        ],
        [],
    )
    r = 8
    for no, name, unit, *vals, grade in HS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
        _put(ws, r, 8, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "①　速報値（確定値は令和2年12月に公表予定）",
            "②　見込値（令和2年3月末までの実績から推計）",
            "評価　A：目標値を達成　B：目標値の80％以上　C：目標値の80％未満　（　）：見込値による評価（確定後に見直します）",
            "※No.4は平成28年度に空き家バンクを開設したため、基準値はありません。",
            "※基本目標２のKPIは5項目、うち4項目で前年度から増加しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hashima_kpi_shinchoku_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 紀の川市 (和歌山県): まち・ひと・しごと創生推進計画 効果検証シート（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2217 and news): the plan's name, 62,616人 (2015国勢調査), 61,502人 (2020住基),
# 40,507人 (2045推計), めっけもん広場, あら川の桃, the 基本目標 wording of the 2017 project. Made up: the sheet,
# money, every indicator, figure, criterion and grade.
KN_ROWS = [
    (
        "数値目標",
        "総人口（住民基本台帳、3月末）",
        "人",
        "62,133",
        "61,300",
        "61,502",
        "社人研推計＋1,000人",
        "A：目標以上　B：目標の99％以上　C：99％未満",
        "A",
    ),
    (
        "KPI①",
        "めっけもん広場の年間売上高",
        "億円",
        "27.4",
        "28.0",
        "29.6",
        "30.0",
        "A：目標以上　B：目標の90％以上　C：90％未満",
        "A",
    ),
    (
        "KPI②",
        "果樹（あら川の桃等）の新規就農者数",
        "人",
        "14",
        "15",
        "11",
        "15",
        "A：目標以上　B：目標の80％以上　C：80％未満",
        "C",
    ),
    (
        "KPI③",
        "子育て支援に満足している市民の割合",
        "％",
        "41.2",
        "45.0",
        "43.8",
        "50.0",
        "A：目標以上　B：目標との差2ポイント以内　C：差が2ポイント超",
        "B",
    ),
    (
        "KPI④",
        "市外からの転入者数",
        "人",
        "1,892",
        "1,950",
        "1,874",
        "2,000",
        "A：目標以上　B：基準値以上　C：基準値未満",
        "C",
    ),
]


def kinokawa() -> Path:
    wb, ws = _sheet("効果検証", [9, 30, 6, 10, 10, 10, 17, 36, 6])
    _text(ws, 1, 1, "地域再生計画　効果検証シート（令和2年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和3年8月　紀の川市", align="right")
    fields = [
        ("地域再生計画の名称", "紀の川市まち・ひと・しごと創生推進計画"),
        ("交付対象事業費（R2・千円）", 36480),
        (
            "人口の現状",
            "総人口は2000年の約7万人をピークに減少し、2015年国勢調査では62,616人。社人研推計では2045年に40,507人まで減少する見込み。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■数値目標及び重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = 9
    heads = [
        "区分",
        "指標",
        "単位",
        "基準値\n（H30）",
        "目標値\n（R2）",
        "実績値\n（R2）",
        "目標値\n（R6）",
        "評価基準",
        "評価",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for kind, name, unit, *vals, crit, grade in KN_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right", size=8 if "推計" in v else 9)
        _put(ws, r, 8, crit, size=8)
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価は、指標ごとに「評価基準」欄の基準により、実績値（R2）を目標値（R2）と比べて判定しています。",
            "※数値目標の目標値（R6）は、社人研推計（令和6年度末）に1,000人を上乗せした人口としています。",
            "※総人口の実績値は令和3年3月末、基準値は平成31年3月末の住民基本台帳人口です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kinokawa_koka_kensho_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 相生市 (兵庫県): 地方創生 KPI の効果検証（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (city site, Wikipedia, 市長 column 2015): 28,208人 / 13,143世帯 (2022-05-31), 定住・子育て施策, ペーロン祭,
# 牡蠣, the 連携中枢都市圏 with 姫路市 (協約 2015-04-05). Made up: the page, 基本目標, 施策, every KPI, figure and note.
AO_GROUPS = [
    (
        "子育て世帯の定住支援",
        [
            (
                "新婚世帯家賃補助の交付世帯数",
                "世帯",
                "40",
                "44（累計86）",
                "45",
                "42（累計128）",
                '累計220<sup><a href="#chu3">※3</a></sup>',
                "未達成",
            ),
            ("合計特殊出生率", "", "1.35", "1.29", "1.40", "1.31", "播磨圏域の平均以上", "未達成"),
            (
                "空き家バンクの成約件数",
                "件",
                "6",
                "9（累計15）",
                "10",
                "12（累計27）",
                "累計40",
                "達成",
            ),
        ],
    ),
    (
        "にぎわいと交流の創出",
        [
            (
                "相生ペーロン祭の来場者数",
                "人",
                "約70,000",
                "―（中止）",
                "70,000",
                '約55,000<sup><a href="#chu1">※1</a></sup>',
                "80,000",
                "未達成",
            ),
            (
                "相生かきの出荷量",
                "t",
                "512",
                "486",
                "520",
                '531<sup><a href="#chu2">※2</a></sup>',
                "550",
                "達成",
            ),
        ],
    ),
]


def aioi_html() -> str:
    rows = []
    for measure, inds in AO_GROUPS:
        for i, (name, unit, *vals, grade) in enumerate(inds):
            head = f'<th scope="rowgroup" rowspan="{len(inds)}">{measure}</th>' if i == 0 else ""
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}<td class="c">{grade}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地方創生KPIの効果検証（令和4年度） - 相生市</title>
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
<p>トップページ &gt; 市政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>地方創生KPIの効果検証（令和4年度）</h1>
<p>更新日：令和5年9月15日　企画総務部 企画広報課</p>
<p>相生市の人口は28,208人、13,143世帯（令和4年5月31日現在）です。市では定住・子育て施策を柱に、姫路市を中心とする播磨圏域の連携中枢都市圏（平成27年4月5日に連携協約を締結）の一員として地方創生に取り組んでいます。総合戦略の重要業績評価指標（KPI）について、令和4年度の実績を検証しました。</p>
<h2>基本目標1　結婚・出産・子育ての希望をかなえ、住み続けたいまちをつくる</h2>
<p>評価：令和4年度の目標値に対して、実績値が目標値以上であれば「達成」、目標値未満であれば「未達成」としています。</p>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30）</th><th rowspan="2">令和3年度<br>実績</th><th colspan="2">令和4年度</th><th rowspan="2">最終目標<br>（R6）</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<ol class="notes">
<li id="chu1">※1　相生ペーロン祭の来場者数は主催者発表の概数です。令和2年度・令和3年度は新型コロナウイルス感染症の影響により中止しました。</li>
<li id="chu2">※2　令和4年度の相生かきの出荷量は見込値です（令和5年3月末までの出荷実績から推計。確定値は令和5年10月に公表予定）。</li>
<li id="chu3">※3　新婚世帯家賃補助と空き家バンクの実績は、その年度の件数です。（　）内は令和2年度からの累計で、最終目標は令和2年度から令和6年度までの累計です。</li>
<li id="chu4">※4　合計特殊出生率の最終目標は、播磨圏域連携中枢都市圏（8市8町）の平均以上としています。</li>
</ol>
</body>
</html>
"""


def aioi() -> Path:
    path = HERE / "aioi_kpi_kensho_r4.html"
    path.write_bytes(aioi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (owariasahi, hashima, kinokawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {aioi().name}")


if __name__ == "__main__":
    main()
