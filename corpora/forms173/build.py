"""Build the built documents of forms173/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/iki_kokkyo_ritou_kpi_r1.xlsx``, a 特定有人国境離島地域社会維持推進交付金 実施状況報告 in the
  manner of 壱岐市 (長崎県): form fields (money, a census population) over a KPI grid whose **actuals
  are headed ``達成値``** over month ranges (``H29.4～H30.3`` … ``H31.4～R2.3``, the fiscal years
  written across the change of era), a 担当課 column, and under it **a 雇用機会拡充事業 採択状況 grid** (採択回,
  区分, 件数, 新規雇用者数, 業種) whose ``計`` row repeats a KPI's actual; and the PDF;
* ``source/sera_shisaku_hyoka_r1.xlsx``, a 長期総合計画 施策評価シート in the manner of 世羅町 (広島県):
  form fields (施策名 with its code, 担当課, 事業費, a prose 現状 with figures) over a 成果指標 grid with
  **a ``県平均（H30）`` column of reference figures** and **cells struck through with a diagonal line**
  (indicator not yet set, or no 県平均); ``万人`` / ``千人`` in 単位; and the PDF;
* ``source/umaji_suishin_keikaku_kpi_r2.xlsx``, a 地域再生計画 KPI sheet in the manner of 馬路村
  (高知県): form fields (plan name, population, money, prose) over a KPI grid with ``申請時（R元）``,
  ``R2年度`` spanning ``目標 | 実績（対前年度）`` and ``最終目標（R6）``; **every actual cell carries its
  change from the year before in brackets** (``11,235（+385）``, ``3,046（△74）``) and **targets written
  ``11,000人突破``**; ``百万円``, ``△12``, ``±0``, ``+5``; and the PDF;
* ``ie_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 伊江村 (沖縄県): one ``<h2>``
  over **a table split in two by a page-width note, the second part introduced as ``（前表の続き）``
  with its ``<thead>`` repeated and its 分野 cell written ``教育（続き）``**; **percentages carrying the
  count behind them in brackets** (``100.0（3/3校）``, ``48.2（1,012/2,100人）``); a ``―`` actual.

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
# A cell struck through with a diagonal line (upper right to lower left), as 斜線 on a paper form.
STRUCK = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)
DIAG = object()  # marker: an empty cell struck through


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms173/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms173/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format; ``DIAG`` is an empty struck cell."""
    if value is DIAG:
        cell = ws.cell(row=row, column=col, value=None)
        cell.border = STRUCK
        cell.font = Font(name=FONT, size=size)
        return cell
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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
    with tempfile.TemporaryDirectory(prefix="forms173_soffice_") as tmp:
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
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


def _fields(
    ws, r: int, rows, c_label: tuple[int, int], c_value: tuple[int, int], heights=None
) -> int:
    """Key-value form rows: label merged over c_label, value over c_value. Returns the next row."""
    for i, (label, value) in enumerate(rows):
        _span(ws, r, c_label[0], c_label[1], label, header=True, align="left")
        fmt = "#,##0" if isinstance(value, int) else None
        _span(ws, r, c_value[0], c_value[1], value, align="left", fmt=fmt)
        ws.row_dimensions[r].height = (heights or {}).get(i, 18)
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 壱岐市 (長崎県): 特定有人国境離島地域社会維持推進交付金事業 実施状況報告（令和元年度）
# --------------------------------------------------------------------------------------------

# Real: 壱岐市 is a 特定有人国境離島地域 (壱岐島); the 雇用機会拡充事業 and its 第2次採択 of 令和元年度
# (壱岐市 8件, all 事業拡大), the 補助上限 (創業 年450万円, 事業拡大 年1,200万円), the city's 政策企画課
# and ふるさと商社, the 平成22年国勢調査 population 29,377人. Made up: the sheet, every KPI and figure,
# the 第1次 rows and every count but the 8件.
IK_ROWS = [
    ("1", "雇用機会拡充事業による新規雇用者数", "人", "―", 21, 34, 29, 30, 40, "政策企画課"),
    (
        "2",
        "島民割引運賃による航路・航空路の利用者数",
        "千人",
        158.2,
        171.5,
        176.9,
        174.3,
        180.0,
        185.0,
        "政策企画課",
    ),
    (
        "3",
        "滞在型観光促進事業による宿泊者数",
        "人泊",
        12410,
        13880,
        15260,
        16140,
        16000,
        18000,
        "観光課",
    ),
    (
        "4",
        "地域商社（ふるさと商社）による島外販売額",
        "百万円",
        "―",
        38,
        96,
        142,
        120,
        200,
        "政策企画課",
    ),
]
IK_ADOPT = [
    ("第1次", "創業", 3, 5, "飲食、宿泊"),
    ("第1次", "事業拡大", 4, 9, "水産加工、小売"),
    ("第2次", "事業拡大", 8, 15, "農業、製造、観光"),
]


def iki() -> Path:
    wb, ws = _sheet("KPI実施状況", [6, 40, 8, 11, 13, 13, 13, 11, 11, 12])
    _text(
        ws,
        1,
        1,
        "特定有人国境離島地域社会維持推進交付金事業　実施状況報告（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和2年8月　壱岐市政策企画課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("特定有人国境離島地域", "壱岐島（壱岐市）"),
            ("令和元年度　交付対象事業費（千円）", 312480),
            ("人口（平成22年国勢調査）", "29,377人"),
        ],
        (1, 2),
        (3, 6),
    )
    _text(ws, r + 1, 1, "１　重要業績評価指標（KPI）の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値（H28）"),
            (8, "目標値（R元）"),
            (9, "目標値（R3）"),
            (10, "担当課"),
        ],
        [(5, 7, "達成値", ["H29.4～H30.3", "H30.4～H31.3", "H31.4～R2.3"])],
    )
    r = h + 2
    for no, name, unit, *vals, dept in IK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
        _put(ws, r, 10, dept, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※達成値は各年度（4月～翌年3月）の実績値です。平成31年4月～令和2年3月の欄は令和元年度にあたります。",
            "※KPI4指標のうち、令和元年度の目標値を達成したものは2指標です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "２　雇用機会拡充事業の採択状況（令和元年度）", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "採択回", header=True)
    for c, w in [(3, "区分"), (4, "採択件数（件）"), (5, "新規雇用者数（人）")]:
        _put(ws, r, c, w, header=True)
    _span(ws, r, 6, 8, "主な業種", header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for rnd, kind, n, jobs, trades in IK_ADOPT:
        _span(ws, r, 1, 2, rnd, align="center")
        _put(ws, r, 3, kind, align="center")
        _put(ws, r, 4, n)
        _put(ws, r, 5, jobs)
        _span(ws, r, 6, 8, trades)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 3, "計", align="center", fill=LIGHT, bold=True)
    _put(ws, r, 4, sum(x[2] for x in IK_ADOPT), fill=LIGHT, bold=True)
    _put(ws, r, 5, sum(x[3] for x in IK_ADOPT), fill=LIGHT, bold=True)
    _span(ws, r, 6, 8, "", fill=LIGHT)
    ws.row_dimensions[r].height = 18
    _notes(
        ws,
        r + 1,
        [
            "※補助上限額は、創業が年450万円、事業拡大が年1,200万円です（国・県・市が負担）。",
            "※新規雇用者数は、令和2年3月末までに雇用した人数です（上表No.1の令和元年度実績と同じ）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "iki_kokkyo_ritou_kpi_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 世羅町 (広島県世羅郡): 世羅町長期総合計画 施策評価シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real: the 平成16年10月 merger of three towns, 観光客数 115万人程度 at the merger and 219万人 later,
# 道の駅 世羅 3位 in じゃらん 道の駅満足度ランキング2018, 6次産業. Made up: the sheet, its 施策 code,
# 課, money, every other figure, the 県平均 and the grade.
SR_ROWS = [
    ("1", "観光客数", "万人", 198.4, 212.6, 219.0, 215.3, 225.0, DIAG),
    ("2", "道の駅世羅の来場者数", "千人", 498, 612, 648, 671, 650, DIAG),
    ("3", "観光客満足度（「満足」「やや満足」の割合）", "％", DIAG, DIAG, 81.2, 83.5, 85.0, 78.9),
    ("4", "観光客1人当たり消費額", "円", 2850, 3020, 3110, 3260, 3200, 3480),
    ("5", "6次産業化に取り組む事業者数（累計）", "事業者", 11, 14, 15, 17, 18, DIAG),
]


def sera() -> Path:
    wb, ws = _sheet("施策評価", [6, 40, 8, 11, 10, 10, 10, 11, 11])
    _text(ws, 1, 1, "世羅町長期総合計画　施策評価シート（令和元年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和2年7月", align="right")
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=11)
    r = _fields(
        ws,
        5,
        [
            ("施策名", "1-3　観光の振興"),
            ("担当課", "商工観光課"),
            ("施策に係る事業費（R元決算・千円）", 98760),
            (
                "施策の現状",
                "平成16年10月の3町合併時に115万人程度であった観光客数は、道の駅世羅の開業等により219万人（H30）に増加した。\n"
                "道の駅世羅は「じゃらん 道の駅満足度ランキング2018」で全国3位となった。",
            ),
            ("施策の総合評価", "B（概ね順調）"),
        ],
        (1, 2),
        (3, 9),
        heights={3: 30},
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
            (4, "基準値（H26）"),
            (8, "目標値（R元）"),
            (9, "県平均（H30）"),
        ],
        [(5, 7, "実績値", ["H29", "H30", "R元"])],
    )
    r = h + 2
    for no, name, unit, *vals in SR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※斜線の欄は、指標の設定前（No.3は平成30年度から調査）又は県平均の公表がないものです。",
            "※県平均は広島県の観光統計等による参考値で、評価の対象としていません。",
            "※No.2は道の駅世羅のレジ通過者数を基に推計しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sera_shisaku_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 馬路村 (高知県安芸郡): 地域再生計画 重要業績評価指標（KPI）の達成状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real: the plan name 馬路村まち・ひと・しごと創生推進計画, 849人 (令和2年3月末, 住民基本台帳), 3,425人
# (昭和35年), 村土の96%が森林, 令和元年の自然減20人 and 社会減12人 (the △12 baseline), 特別村民 1万人突破
# (平成28年8月), ゆず. Made up: the sheet, period, money, every other figure and target.
UM_ROWS = [
    (
        "KPI①　特別村民登録者数（累計）",
        "人",
        10850,
        "11,000人突破",
        "11,235（+385）",
        "12,000人突破",
    ),
    ("KPI②　ゆず加工品の販売額", "百万円", 3120, 3200, "3,046（△74）", 3400),
    ("KPI③　観光施設の入込客数", "人", 48200, 50000, "31,540（△16,660）", 55000),
    ("KPI④　社会増減数", "人", "△12", "±0", "△5（+7）", "+5"),
]


def umaji() -> Path:
    wb, ws = _sheet("KPI達成状況", [36, 9, 13, 14, 18, 14])
    _text(
        ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の達成状況（令和2年度）", bold=True, size=13
    )
    _text(ws, 2, 6, "令和3年6月　馬路村", align="right")
    r = _fields(
        ws,
        4,
        [
            ("地域再生計画の名称", "馬路村まち・ひと・しごと創生推進計画"),
            ("計画期間", "令和2年度～令和6年度"),
            ("村の人口", "849人（令和2年3月末、住民基本台帳）"),
            ("令和2年度交付対象事業費（千円）", 21500),
            (
                "地域の現状",
                "村土の96%が森林。昭和35年に3,425人であった人口は減少が続き、令和元年は自然減20人、社会減12人となった。",
            ),
        ],
        (1, 1),
        (2, 6),
        heights={4: 30},
    )
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "KPI"), (2, "単位"), (3, "申請時（R元）"), (6, "最終目標（R6）")],
        [(4, 5, "R2年度", ["目標", "実績（対前年度）"])],
    )
    r = h + 2
    for name, unit, *vals in UM_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※実績欄の（　）内は、前年度（令和元年度）の実績からの増減です。△は減少を示します。",
            "※特別村民は、平成28年8月に登録者数が1万人を突破しました。",
            "※KPI③は新型コロナウイルス感染症の影響により大きく減少しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "umaji_suishin_keikaku_kpi_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊江村 (沖縄県国頭郡): 伊江村総合計画 成果指標の達成状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 伊江島 (周囲22.77km, 本部港からフェリーで約30分, 一島一村), 4,701人 (平成27年11月末), 年間13万人
# 余の観光客, 伊江島ゆり祭り, 民家体験泊, 伊江小・西小 (two primary schools), 総務課. Made up: the
# page, its date, every indicator, figure and note.
IE_HEAD = """<thead>
<tr><th>分野</th><th>成果指標</th><th>単位</th><th>基準値（R元）</th><th>R4実績</th><th>R5目標</th><th>R5実績</th><th>目標値（R7）</th></tr>
</thead>"""

IE_PART1 = """<tr><th rowspan="2" class="l">観光・交流</th><td>入域観光客数</td><td class="c">人</td><td class="num">131,240</td><td class="num">98,650</td><td class="num">120,000</td><td class="num">118,420</td><td class="num">135,000</td></tr>
<tr><td>伊江島ゆり祭り来場者数</td><td class="c">人</td><td class="num">30,500</td><td class="num">―</td><td class="num">25,000</td><td class="num">26,800</td><td class="num">32,000</td></tr>
<tr><th class="l">教育</th><td>ICTを活用した授業を毎日実施している学校の割合</td><td class="c">％</td><td class="num">33.3（1/3校）</td><td class="num">66.7（2/3校）</td><td class="num">100.0（3/3校）</td><td class="num">100.0（3/3校）</td><td class="num">100.0（3/3校）</td></tr>"""

IE_PART2 = """<tr><th class="l">教育（続き）</th><td>英語検定3級以上を取得した中学3年生の割合</td><td class="c">％</td><td class="num">35.0（14/40人）</td><td class="num">41.5（17/41人）</td><td class="num">45.0</td><td class="num">47.4（18/38人）</td><td class="num">50.0</td></tr>
<tr><th class="l">健康・福祉</th><td>特定健康診査受診率</td><td class="c">％</td><td class="num">48.2（1,012/2,100人）</td><td class="num">51.3（1,049/2,045人）</td><td class="num">55.0</td><td class="num">53.6（1,081/2,017人）</td><td class="num">60.0</td></tr>"""


def ie_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>伊江村総合計画 成果指標の達成状況（令和5年度） - 伊江村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.6em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>伊江村総合計画 成果指標の達成状況（令和5年度）</h1>
<p>令和6年9月　伊江村総務課</p>
<p>伊江島は周囲22.77km、本部港からフェリーで約30分の一島一村の村です。平成27年11月末の人口は4,701人で、年間13万人余の観光客が訪れます。総合計画に掲げた分野ごとの成果指標について、令和5年度の実績を取りまとめました。</p>
<h2>１　分野別の成果指標</h2>
<table>
{IE_HEAD}
<tbody>
{IE_PART1}
</tbody>
</table>
<p class="note">※入域観光客数は伊江村観光協会調べ（フェリー乗船者数からの推計）です。伊江島ゆり祭りは令和4年度に規模を縮小して開催し、来場者数を集計していません（―）。（　）内は、該当数／対象数です。</p>
<p>（前表の続き）</p>
<table>
{IE_HEAD}
<tbody>
{IE_PART2}
</tbody>
</table>
<p class="note">※特定健康診査受診率は法定報告の値です（令和5年度は速報値）。学校は伊江小学校、西小学校及び伊江中学校の3校です。</p>
</body>
</html>
"""


def ie() -> Path:
    path = HERE / "ie_seika_shihyo_r5.html"
    path.write_bytes(ie_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (iki, sera, umaji):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ie().name}")


if __name__ == "__main__":
    main()
