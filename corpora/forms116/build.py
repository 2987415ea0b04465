"""Build the built documents of forms116/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fukaya_kpi_shinchoku_h29.xlsx``, a 総合戦略 KPI 進捗状況調書 in the manner of 深谷市 (埼玉県):
  a 期待値 row over a 実績値 row for every KPI, the baseline's year in brackets inside its cell
  (``[H26]``), an A/B+/B/C 評価 merged over the pair, ``千人`` and ``億円`` in 単位, ``（速報値）``; and the PDF;
* ``source/fujimi_jisshikeikaku_hyoka_h29.xlsx``, a 総合計画 実施計画評価シート in the manner of 富士見町
  (長野県): 【目標】/【政策】/【施策】【111】 headings over two grids, 実施計画 cells ``01 …`` merged down,
  a 事業費 column in 千円, a target for the plan's last year only; and the PDF;
* ``source/kai_shisaku_hyoka_h29.xlsx``, a 総合計画 施策評価シート in the manner of 甲斐市 (山梨県): a
  key-value form block (基本目標, 施策, 主管課, 事業費) over a grid with ``H29`` spanning ``目標 | 実績``,
  ``千冊`` and ``冊/人`` units, a 達成状況 column; and the PDF;
* ``tsubata_machizukuri_shihyo_h30.html``, a 総合計画 まちづくり指標 page in the manner of 津幡町 (石川県):
  units in the value cells, a derived 達成率 column, a ``…の減少`` indicator, an ``H37`` target.

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms116/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms116/build.py"
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
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms116_soffice_") as tmp:
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


def _num(ws, r, c, v, fmt=None) -> None:
    if v is None:
        _put(ws, r, c, None)
    elif isinstance(v, str):
        _put(ws, r, c, v, align="center" if v.startswith("―") else "right")
    else:
        _put(ws, r, c, v, fmt=fmt or ("#,##0.0" if isinstance(v, float) else None))


def _heads(ws, h: int, words: list[str], height: float = 28) -> None:
    for c, word in enumerate(words, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = height


# --------------------------------------------------------------------------------------------
# 深谷市 (埼玉県): 深谷市まち・ひと・しごと創生総合戦略 KPI 進捗状況調書（平成29年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy (平成27年度～31年度), its 基本方針 「次世代につながるエリア価値の創出」, its tiers
# 基本目標 / 個別戦略 / 重点事業 / 基本事業, a first 基本目標 that begins 「産業の価…」, the 企画課 of
# 企画財政部. The 期待値 / 実績値 rows and the A/B+/B/C legend follow the 数値目標・KPI進捗状況調書 of
# 茨城県. Made up: the sheet, its date, the 重点事業 names, every KPI, figure and grade, the notes.
FUKAYA = [
    (
        "担い手育成・就農支援事業",
        "新規就農者数（H27～H31累計）",
        "人",
        16,
        [16, 32, 48, 64, 80],
        [19, 35, 46, None],
        "B+",
    ),
    (
        "深谷ブランド農産物販路拡大事業",
        "農業産出額",
        "億円",
        322,
        [325, 328, 331, 334, 340],
        [318, 326, None, None],
        "B+",
    ),
    (
        "観光振興事業",
        "観光入込客数",
        "千人",
        2150,
        [2200, 2250, 2300, 2350, 2400],
        [2236, 2318, "2,405\n（速報値）", None],
        "A",
    ),
    (
        "創業支援事業",
        "創業支援による創業件数",
        "件",
        21,
        [25, 30, 35, 40, 45],
        [22, 24, 17, None],
        "C",
    ),
]


def fukaya() -> Path:
    widths = [5, 20, 24, 6, 8, 9, 8, 8, 9, 8, 9, 7]
    wb, ws = _sheet("進捗状況調書", widths)
    _text(
        ws,
        1,
        1,
        "深谷市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）進捗状況調書（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 12, "平成30年9月　深谷市企画財政部企画課", align="right")
    _text(ws, 3, 1, "基本方針：次世代につながるエリア価値の創出", size=9)
    _text(ws, 5, 1, "基本目標１　産業の価値を高め、しごとをつくる", bold=True, size=11)
    h = 6
    _heads(
        ws,
        h,
        [
            "No.",
            "重点事業",
            "重要業績評価指標（KPI）",
            "単位",
            "区分",
            "基準値",
            "H27",
            "H28",
            "H29",
            "H30",
            "目標値\n（H31）",
            "評価",
        ],
    )
    r = h + 1
    for i, (prog, name, unit, base, expect, acts, grade) in enumerate(FUKAYA, start=1):
        for c, v in ((1, str(i)), (2, prog), (3, name), (4, unit)):
            _put(ws, r, c, v, align="center" if c in (1, 4) else None)
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _put(ws, r, 5, "期待値", align="center")
        _put(ws, r + 1, 5, "実績値", align="center")
        _put(ws, r, 6, f"[H26]\n{base:,}", align="right")
        _put(ws, r + 1, 6, None)
        _merge(ws, r, 6, r + 1, 6)
        for j, v in enumerate(expect):
            _num(ws, r, 7 + j, v)
        for j, v in enumerate(acts):
            _num(ws, r + 1, 7 + j, v)
        _put(ws, r + 1, 11, None)
        _put(ws, r, 12, grade, align="center")
        _put(ws, r + 1, 12, None)
        _merge(ws, r, 12, r + 1, 12)
        ws.row_dimensions[r].height = 22
        ws.row_dimensions[r + 1].height = 26
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※基準値の［　］内は基準年度です。期待値は目標値（H31）の達成に向けた各年度の目安として設定したものです。",
            "※評価　A：順調（実績値が期待値以上）、B+：概ね順調（期待値の80～99%）、B：やや遅れ（同50～79%）、C：遅れ（同50%未満）。最新の実績値で評価しています。",
            "※農業産出額のH29実績は平成31年3月公表予定のため空欄としています。",
            "※基本目標１に係る重点事業費（平成29年度決算）の合計は186,420千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "fukaya_kpi_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富士見町 (長野県諏訪郡): 第5次富士見町総合計画 実施計画評価シート（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real: the 第5次総合計画 (基本構想・基本計画 素案), 【目標1 人口の維持】, 【政策1 人口の維持を推進します】,
# 【施策1 人口維持のための支援】【111】 and 【施策2 移住者への支援】【112】 with their 実施計画名 01 / 02,
# テレワークによるまちづくり. Made up: the sheet, its date and 課, every indicator, figure and 事業費.
FUJIMI = [
    (
        "【施策1　人口維持のための支援】【111】",
        [
            (
                "01　人口の維持を図るための各種支援や情報提供を実施します",
                3260,
                [
                    ("総人口（各年4月1日現在）", "人", 15120, 14890, 14760, 14500),
                    ("空き家バンク登録件数", "件", 12, 21, 27, 40),
                ],
            ),
            (
                "02　結婚相談所を運営します",
                1180,
                [("結婚相談所を通じた成婚数", "組", 1, 2, 0, 3)],
            ),
        ],
    ),
    (
        "【施策2　移住者への支援】【112】",
        [
            (
                "01　移住者の定住促進のため就労を確保します",
                12640,
                [("テレワーク拠点を通じた移住者数", "人", 4, 11, 17, 30)],
            ),
            (
                "02　新規就農者・新規参入法人を支援します",
                8350,
                [("新規就農者数", "人", 3, 5, "―", 6)],
            ),
        ],
    ),
]


def fujimi() -> Path:
    widths = [26, 28, 6, 10, 9, 9, 10, 12]
    wb, ws = _sheet("実施計画評価", widths)
    _text(
        ws,
        1,
        1,
        "第5次富士見町総合計画　実施計画評価シート（平成29年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年8月　富士見町総務課", align="right")
    _text(ws, 4, 1, "【目標1　人口の維持】", bold=True, size=11)
    _text(ws, 5, 1, "【政策1　人口の維持を推進します】", bold=True, size=10)
    heads = [
        "実施計画",
        "成果指標",
        "単位",
        "現状値\n（H26）",
        "H28実績",
        "H29実績",
        "目標値\n（H32）",
        "事業費\n（H29決算・千円）",
    ]
    r = 7
    for heading, plans in FUJIMI:
        _text(ws, r, 1, heading, bold=True, size=10)
        _heads(ws, r + 1, heads)
        r += 2
        for plan, cost, kpis in plans:
            n = len(kpis)
            _put(ws, r, 1, plan)
            _put(ws, r, 8, cost)
            for i in range(1, n):
                _put(ws, r + i, 1, None)
                _put(ws, r + i, 8, None)
            if n > 1:
                _merge(ws, r, 1, r + n - 1, 1)
                _merge(ws, r, 8, r + n - 1, 8)
            for name, unit, base, a28, a29, t32 in kpis:
                _put(ws, r, 2, name)
                _put(ws, r, 3, unit, align="center")
                for j, v in enumerate((base, a28, a29, t32)):
                    _num(ws, r, 4 + j, v)
                ws.row_dimensions[r].height = 26
                r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※目標値は第5次総合計画の目標年度（平成32年度）の値です。",
            "※事業費は実施計画ごとの平成29年度決算額（千円）です。",
            "※新規就農者数のH29実績は、県の調査結果の公表前のため「―」としています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "fujimi_jisshikeikaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 甲斐市 (山梨県): 第2次甲斐市総合計画 施策評価シート（平成29年度）
# --------------------------------------------------------------------------------------------

# Real: the 第2次甲斐市総合計画 (平成28年3月), its 基本目標1 「まちづくりは人づくり 生涯にわたる学びのまち
# （教育・文化）」 and its 施策 3) 図書館活動の推進. Made up: the sheet, its date, 主管課, 事業費, every
# indicator, figure and 達成状況.
KAI = [
    ("図書館の年間貸出冊数", "千冊", 612, 640, 650, 633, 700, "未達成"),
    ("市民1人当たりの貸出冊数", "冊/人", 8.3, 8.6, 8.8, 8.5, 9.5, "未達成"),
    ("図書館利用者登録率", "％", 31.5, 33.0, 34.0, 34.2, 37.0, "達成"),
    ("おはなし会・読書講座の参加者数", "人", 1840, 2015, 2000, 2000, 2200, "達成"),
    ("図書館ボランティア登録者数", "人", 64, 70, 75, "―", 90, "―"),
]


def kai() -> Path:
    widths = [5, 32, 7, 10, 9, 9, 9, 10, 10]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "第2次甲斐市総合計画　施策評価シート（平成29年度）", bold=True, size=12)
    _text(ws, 2, 9, "平成30年7月　甲斐市", align="right")
    fields = [
        ("基本目標", "１　まちづくりは人づくり　生涯にわたる学びのまち（教育・文化）"),
        ("施策", "３）図書館活動の推進"),
        ("主管課", "生涯学習文化課"),
        ("施策に係る事業費（H29決算）", "98,450千円"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True, align="left")
        _span(ws, r, 3, 9, value)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r + 1, 1, "成果指標の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（H26）"), (5, "H28実績")],
        [(6, 7, "H29", ["目標", "実績"])],
    )
    for c, word in ((8, "目標値\n（H32）"), (9, "H29\n達成状況")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    r = h + 2
    for i, (name, unit, base, a28, t29, a29, t32, state) in enumerate(KAI, start=1):
        _put(ws, r, 1, str(i), align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, a28, t29, a29, t32)):
            _num(ws, r, 4 + j, v)
        _put(ws, r, 9, state, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成状況は、H29の目標と実績を比べたものです。",
            "※図書館ボランティア登録者数は隔年で登録更新を行うため、H29実績は「―」としています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kai_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 津幡町 (石川県河北郡): 第5次津幡町総合計画 まちづくり指標の達成状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: 津幡町, its 第5次津幡町総合計画 (in its third year in 平成30年度), 企画財政課, 新幹線の見える丘公園,
# 定住促進, IRいしかわ鉄道 and 津幡駅, a population of nearly 38,000. Made up: the page, its 基本目標,
# date, every indicator, figure and 達成率.
TSUBATA = [
    ("1", "新幹線の見える丘公園の来園者数", "8,200人", "14,000人", "13,900人", "99.3%", "15,000人"),
    ("2", "津幡駅の1日平均乗車人員", "5,420人", "5,550人", "5,560人", "100.2%", "5,800人"),
    ("3", "定住促進奨励金の交付件数（累計）", "0件", "120件", "131件", "109.2%", "300件"),
    ("4", "人身交通事故件数の減少", "128件", "115件", "109件", "105.5%", "90件"),
    ("5", "町の総人口（各年度末）", "37,120人", "37,600人", "37,460人", "99.6%", "38,000人"),
]


def tsubata_html() -> str:
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TSUBATA)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次津幡町総合計画 まちづくり指標の達成状況（平成30年度）｜津幡町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>第5次津幡町総合計画　まちづくり指標の達成状況（平成30年度）</h1>
<p>平成31年3月　津幡町企画財政課</p>
<p>計画策定時（平成27年度）の値、平成30年度の目標と実績、計画の目標値（平成37年度）を示します。達成率は平成30年度の実績を目標と比べたものです（減少をめざす指標は目標÷実績）。</p>
<h2>基本目標2　にぎわいと交流が生まれるまち</h2>
<table border="1">
<tr><th>No.</th><th>まちづくり指標</th><th>策定時（H27）</th><th>H30目標</th><th>H30実績</th><th>達成率</th><th>目標値（H37）</th></tr>
{rows}
</table>
<p>※定住促進奨励金の交付件数は平成28年度からの累計です。</p>
<p>※基本目標2に係る平成30年度の主な事業費は、新幹線の見える丘公園管理費6,480千円、定住促進奨励金42,300千円です。</p>
</body>
</html>
"""


def tsubata() -> Path:
    path = HERE / "tsubata_machizukuri_shihyo_h30.html"
    path.write_bytes(tsubata_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fukaya, fujimi, kai):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tsubata().name}")


if __name__ == "__main__":
    main()
