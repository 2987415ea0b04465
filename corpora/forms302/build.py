"""Build the built documents of forms302/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/naganuma_shisaku_hyoka_r6.xlsx``, a 総合振興計画 施策評価シート in the manner of 長沼町 (北海道):
  form fields (基本施策, 施策名, 担当課, 事業費, a count of the indicators, a prose field with population
  figures) over a 成果指標 grid whose 単位 column holds **a unit with a bracketed qualifier
  (``t（玄米）``)**, **a scale word on a per-year count of trees (``千本/年``)** and **``kℓ/年``**;
  and the PDF;
* ``source/fukushimacho_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 福島町 (北海道):
  **every KPI cell holds the name over its R6 target** (``［上段：指標名　下段：目標（R6）］``), targets
  written ``年間延べ3,000人``, ``1.2～1.5万人/年``, ``180万円/隻`` and ``R2～R6の累計25件``, a
  **``万円/隻``** unit, a 状況 column of words; and the PDF;
* ``source/osaki_kpi_shinchoku_h28.xlsx``, a 地方創生総合戦略 KPI 進捗 in the manner of 大崎市 (宮城県):
  a ``区分`` column (数値目標 / KPI merged down), an H28 actual headed with its as-of day, the 単位
  column last, with **``ha/経営体``** and **``倍``** units and ``億円`` / ``千人``; and the PDF;
* ``ono_sousei_kpi_r7.html``, a 総合戦略 KPI page in the manner of 小野町 (福島県): two ``<h2>`` 基本目標,
  each over a table with a ``区分`` column, **a per-month unit ``人/月``**, ``千人/年``, ``万人`` with
  ``約``, **a name closing in a formula bracket ``（転入－転出）``** with ``△`` values, and names
  holding scale-looking numbers that are no values (``ヤマツツジ3万株``, ``夏井川千本桜``).

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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms302/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms302/build.py"
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
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms302_soffice_") as tmp:
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
# 長沼町 (北海道夕張郡): 第6期長沼町総合振興計画 施策評価シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan's name (第6期長沼町総合振興計画, R3-R10, 後期基本計画 R7-R10), the 基本施策 wording
# (4) 地域産業で活力を生み出すまち / 農林業の振興), the population figures of the 暫定版 総合戦略
# (昭和35年 18,763人, 平成27年3月末 11,439名). Made up: the sheet, the 課, the money, every indicator and figure.
NG_ROWS = [
    ("1", "特別栽培米の出荷量", "t（玄米）", 1180, 1236, 1250, 1262, 1400),
    ("2", "担い手への農地集積率", "％", 82.4, 84.0, 85.0, 84.6, 90.0),
    ("3", "植林本数（町有林・民有林）", "千本/年", 18.5, 16.2, 20.0, 21.4, 20.0),
    ("4", "木質バイオマスボイラーによる灯油代替量", "kℓ/年", 42.0, 56.5, 60.0, "―", 80.0),
]


def naganuma() -> Path:
    wb, ws = _sheet("施策評価", [6, 36, 10, 11, 10, 10, 10, 12])
    _text(ws, 1, 1, "第6期長沼町総合振興計画　施策評価シート（令和6年度実績）", bold=True, size=14)
    _text(ws, 2, 8, "令和7年8月　長沼町", align="right")
    fields = [
        ("基本施策", "4) 地域産業で活力を生み出すまち"),
        ("施策名", "農林業の振興"),
        ("担当課", "産業振興課"),
        ("施策の事業費（R6決算）", "312,480千円"),
        ("成果指標の数", "4"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True, align="left")
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "施策の現状と課題", header=True, align="left")
    _span(
        ws,
        r,
        3,
        8,
        "町の人口は昭和35年の18,763人から減少し、平成27年3月末（住民基本台帳）で11,439名となった。"
        "農家戸数の減少と1戸当たり耕作面積の拡大が続いており、担い手への農地集積と付加価値の高い農産物づくりを進める。",
        align="left",
    )
    ws.row_dimensions[r].height = 44
    r += 2
    _text(ws, r, 1, "２　成果指標", bold=True, size=11)
    r += 1
    heads = [
        "No.",
        "成果指標",
        "単位",
        "策定時（R2）",
        "R5実績",
        "R6目標",
        "R6実績",
        "最終目標（R10）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 24
    r += 1
    for no, name, unit, *vals in NG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※単位欄の「千本」は1,000本単位（18.5＝18,500本）。「t（玄米）」は玄米換算の重量。",
            "※No.4のR6実績は、ボイラー更新工事（R6.10～R7.2）のため集計していない（―）。",
            "※事業費には国・道の補助金（148,200千円）を含む。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "naganuma_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 福島町 (北海道松前郡): 総合戦略（第2期） KPI検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (観光経済新聞 【VOICE】 福島町観光協会): 横綱の里, 千代の山・千代の富士記念館, 青函トンネル記念館,
# 岩部クルーズ, the population (昭和30年 1万3428人, 令和6年1月末 3451人), イカ漁の不漁. Made up: the
# sheet, its date and 課, the 基本目標 and 施策 wording, the money, every KPI, figure and note.
FK_ROWS = [
    ("1", "岩部クルーズの乗船者数", "年間延べ3,000人", "人", "―", 1420, 2310, 2760, "順調"),
    (
        "2",
        "千代の山・千代の富士記念館及び青函トンネル記念館の入館者数",
        "1.2～1.5万人/年",
        "人/年",
        10240,
        7420,
        9860,
        11380,
        "概ね順調",
    ),
    ("3", "漁船1隻当たりの水揚金額", "180万円/隻", "万円/隻", 152, 138, 141, 149, "遅れ"),
    ("4", "空き家バンクの成約件数", "R2～R6の累計25件", "件", 3, 4, 6, 5, "概ね順調"),
]


def fukushima() -> Path:
    wb, ws = _sheet("KPI検証", [5, 40, 9, 11, 9, 9, 9, 10])
    _text(
        ws,
        1,
        1,
        "福島町まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）検証シート",
        bold=True,
        size=13,
    )
    _text(ws, 2, 1, "対象年度：令和5年度", size=10)
    _text(ws, 2, 8, "令和6年9月　福島町企画課", align="right")
    fields = [
        ("基本目標", "2　「横綱の里」の魅力を活かし、交流人口を拡大する"),
        ("具体的な施策", "観光資源の磨き上げと漁業の振興"),
        ("R5関連事業費", "46,850千円（うち交付金 23,425千円）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True, align="left")
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "町の概況", header=True, align="left")
    _span(
        ws,
        r,
        3,
        8,
        "本町は第41代横綱千代の山と第58代横綱千代の富士の出身地で「横綱の里」を掲げる。"
        "人口は昭和30年の13,428人をピークに減少し、令和6年1月末で3,451人。"
        "イカ漁の不漁が続く一方、岩部クルーズが人気を集めている。",
        align="left",
    )
    ws.row_dimensions[r].height = 44
    r += 2
    _text(ws, r, 1, "■KPIの達成状況", bold=True, size=11)
    r += 1
    heads = [
        "No.",
        "重要業績評価指標（KPI）\n［上段：指標名　下段：目標（R6）］",
        "単位",
        "基準値（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "R5の状況",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, goal, unit, *vals, state in FK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, f"{name}\n{goal}")
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, state, align="center")
        ws.row_dimensions[r].height = 34
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R5の状況　順調：R6目標を達成する見込み／概ね順調：目標の8割以上の見込み／遅れ：8割未満の見込み",
            "※No.1は令和2年度に運航を開始したため、基準値はない（―）。",
            "※No.2の目標は、年間1.2万人から1.5万人の幅で設定している。",
            "※No.3は町内漁業者の登録漁船（R5：62隻）の平均。単位欄の「万円」は1万円単位。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "fukushimacho_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大崎市 (宮城県): 宝の都（くに）・おおさき市地方創生総合戦略 KPIの進捗状況（平成29年3月31日現在）
# --------------------------------------------------------------------------------------------

# Real (city.osaki.miyagi.jp): the strategy's name, the 進捗状況 dated 平成29年3月31日現在, 数値目標 per
# 基本目標 and KPI per 施策; 鳴子温泉 (general knowledge), 大崎市観光振興ビジョン. Made up: the 基本目標
# wording, the 課, every indicator, figure and note.
OS_ROWS = [
    ("数値目標", "農業産出額", 318, 322, 330, "―", 350, "億円"),
    ("KPI", "認定農業者1経営体当たりの経営耕地面積", 11.8, 12.4, 13.0, 12.9, 15.0, "ha/経営体"),
    ("KPI", "有効求人倍率（古川公共職業安定所管内）", 1.12, 1.28, 1.20, 1.41, 1.20, "倍"),
    ("KPI", "鳴子温泉郷の宿泊者数", 512.4, 498.7, 520.0, 503.1, 560.0, "千人"),
]


def osaki() -> Path:
    wb, ws = _sheet("KPI進捗", [10, 38, 11, 10, 10, 14, 11, 10])
    _text(
        ws,
        1,
        1,
        "宝の都（くに）・おおさき市地方創生総合戦略　数値目標・重要業績評価指標（KPI）の進捗状況",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "平成29年3月31日現在　大崎市政策課", align="right")
    _para(
        ws,
        4,
        1,
        8,
        "総合戦略（平成27年度～平成31年度）の基本目標ごとの数値目標と、施策ごとの重要業績評価指標（KPI）について、"
        "平成28年度の状況を取りまとめた。KPIは全体で48指標あり、本表はそのうち基本目標1に係るものである。",
        34,
    )
    _text(ws, 6, 1, "基本目標1　地域資源を活かした産業振興で、しごとをつくる", bold=True, size=11)
    r = 7
    heads = [
        "区分",
        "指標",
        "基準値\n（H26）",
        "H27実績",
        "H28目標",
        "H28実績\n（H29.3.31現在）",
        "目標値\n（H31）",
        "単位",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    first = r
    for kind, name, *vals, unit in OS_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        fmts = {j: "0.00" for j, v in enumerate(vals) if isinstance(v, float) and v < 2}
        _vals(ws, r, 3, vals, fmts)
        _put(ws, r, 8, unit, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _merge(ws, first + 1, 1, first + 3, 1)
    _notes(
        ws,
        r + 1,
        [
            "※農業産出額は農林水産省「市町村別農業産出額（推計）」による。H28は平成30年3月公表予定のため「―」。",
            "※有効求人倍率は年度平均。H28は平成29年2月までの11か月の平均。",
            "※KPIの達成状況（H28）：達成 1　未達成 2（基本目標1の3指標）",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "osaki_kpi_shinchoku_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小野町 (福島県田村郡): おのまち創生総合戦略（令和7年度～令和11年度） 数値目標とKPI (HTML)
# --------------------------------------------------------------------------------------------

# Real (広報おのまち 令和7年5月号; 福島県市町村要覧2023): the strategy's name and period (R7-R11), the
# 基本目標 wording, the 目標人口 (令和22（2040）年 6,500人程度), 高柴山のヤマツツジ3万株 and the 1,000本 of
# 桜 along 夏井川, おのまち認定こども園. Made up: the page, its date and 課, every indicator, figure and note.
ON_BLOCKS = [
    (
        "基本目標1　全ての町民が活躍できるまちをつくる［ひと］",
        [
            ("数値目標", "社会増減数（転入－転出）", "人/年", "△52", "△30", "△20"),
            ("KPI", "子育て支援センターの利用者数（月平均）", "人/月", "68", "80", "90"),
            ("KPI", "特定健康診査の受診率", "％", "48.2", "55.0", "60.0"),
        ],
    ),
    (
        "基本目標3　新しい人の流れをつくる［人の流れ］",
        [
            ("数値目標", "観光入込客数", "千人/年", "312.5", "340.0", "360.0"),
            ("KPI", "高柴山のヤマツツジ3万株の保全活動への参加者数", "人/年", "145", "180", "200"),
            ("KPI", "夏井川千本桜の開花期の来訪者数", "万人", "約2.4", "3.0", "3.5"),
        ],
    ),
]

ON_HEAD = """<thead>
<tr><th>区分</th><th>指標</th><th>単位</th><th>現状値（R5）</th><th>目標値（R9）</th><th>目標値（R11）</th></tr>
</thead>"""


def ono_html() -> str:
    parts = []
    for goal, rows in ON_BLOCKS:
        body = "\n".join(
            f'<tr><td class="c">{kind}</td><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for kind, name, unit, *vals in rows
        )
        parts.append(f"<h2>{goal}</h2>\n<table>\n{ON_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>おのまち創生総合戦略の数値目標と重要業績評価指標（KPI） - 小野町</title>
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
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; おのまち創生総合戦略</p>
<h1>おのまち創生総合戦略（令和7年度～令和11年度）の数値目標と重要業績評価指標（KPI）</h1>
<p>掲載日：令和7年5月1日　企画政策課</p>
<p>人口ビジョンでは、令和22（2040）年の目標人口を6,500人程度としています。その達成に向けて「出生率の維持」と「転出の抑制」を図るため、4つの基本目標ごとに数値目標を、施策ごとに重要業績評価指標（KPI）を設定しました。ここでは基本目標1と基本目標3の指標を掲載します（全24指標）。</p>
{tables}
<p>※社会増減数の「△」は転出超過を表します。</p>
<p>※高柴山には約3万株のヤマツツジが群生し、夏井川沿いには約1,000本の桜が咲きます。参加者数・来訪者数は町の調べによります。</p>
<p>※夏井川千本桜の来訪者数の現状値は、駐車場の台数からの推計値です。</p>
</body>
</html>
"""


def ono() -> Path:
    path = HERE / "ono_sousei_kpi_r7.html"
    path.write_bytes(ono_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (naganuma, fukushima, osaki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ono().name}")


if __name__ == "__main__":
    main()
