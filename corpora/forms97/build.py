"""Build the built documents of forms97/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/higashishirakawa_seika_shihyo_h29.xlsx``, a 総合計画 成果指標の推移 in the manner of
  東白川村 (岐阜県加茂郡): ``No.`` merged over each ratio indicator and the ``（分子）`` /
  ``（分母）`` rows of its formula under it, H27–H29 actuals and the H30 target, ``千人`` in the
  単位 column beside a name holding ``人口千人当たり``; and the PDF;
* ``source/mihara_seika_shihyo_h28.xlsx``, a 長期総合計画 成果指標の達成状況 in the manner of
  三原市 (広島県): headers ``平成28(2016)年度`` with the Western year in brackets inside the era
  year, an H28 目標値|実績値 pair, a 達成率 column, the H31 target, ``億円`` with decimals and
  ``万人`` in the 単位 column, ``集計中``, a 担当課 column; and the PDF;
* ``source/karatsu_gyosei_hyoka_chosho_h27.xlsx``, a 行政評価調書（単位施策） in the manner of
  唐津市 (佐賀県): form fields with money above, a 数値目標 grid with ``百万円`` and ``千円`` in
  the 単位 column, ``約10`` in an actual, a 数値目標達成度 column, a 構成事業 table of 事業費 and
  優先度 under it; and the PDF;
* ``kushimoto_kpi_kensho_h29.html``, a 総合戦略 効果検証 in the manner of 串本町 (和歌山県
  東牟婁郡): 施策 cells merged down, an H29 目標|実績 pair, ``箇所`` / ``ヶ所`` units and a
  ``外部有識者の評価`` column of words (KPI達成に有効であった …).

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
    wb.properties.creator = "forms97/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms97/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms97_soffice_") as tmp:
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


def _num(ws, r, c, v) -> None:
    if isinstance(v, str):
        _put(ws, r, c, v, align="center" if v in ("―", "集計中") else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 東白川村 (岐阜県加茂郡): 東白川村第5次総合計画 基本計画 成果指標の推移（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (the plan's 概要版): the plan's name, 基本構想 H27～H34, 基本計画 H27～H30, the village's
# motto. Made up: the 基本目標 wording, every indicator, the formula rows and every figure.
HIGASHI = [
    (
        "1",
        "特定健康診査の受診率",
        "％",
        [52.4, 55.1, 57.8, 60.0],
        [("（分子）受診者数", "人", [421, 437, 452]), ("（分母）対象者数", "人", [803, 793, 782])],
    ),
    ("2", "人口千人当たり出生数", "人", [4.9, 6.2, 5.5, 6.0], []),
    ("3", "村外からの移住者数", "人", ["―", 12, 15, 20], []),
    ("4", "交流施設の年間利用者数", "千人", [38.5, 41.2, 40.7, 45.0], []),
    (
        "5",
        "村営住宅の入居率",
        "％",
        [91.7, 95.8, 100.0, 100.0],
        [("（分子）入居戸数", "戸", [22, 23, 24]), ("（分母）管理戸数", "戸", [24, 24, 24])],
    ),
]


def higashishirakawa() -> Path:
    widths = [6, 32, 7, 10, 10, 10, 13]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "東白川村第5次総合計画　基本計画　成果指標の推移（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "平成30年8月　東白川村総務課", align="right", size=9)
    _text(ws, 3, 1, "基本構想：平成27年度～平成34年度　基本計画：平成27年度～平成30年度", size=9)
    _text(ws, 5, 1, "基本目標２　健やかに安心して暮らせるむらづくり", bold=True, size=11)
    h = 6
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (7, "目標値（H30）")],
        [(4, 6, "実績値", ["H27", "H28", "H29"])],
    )
    r = h + 2
    for no, name, unit, values, subs in HIGASHI:
        first = r
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(values):
            _num(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 20
        r += 1
        for sname, sunit, svalues in subs:
            _put(ws, r, 1, None)
            _put(ws, r, 2, "　" + sname, size=8)
            _put(ws, r, 3, sunit, align="center", size=8)
            for j, v in enumerate(svalues):
                _put(ws, r, 4 + j, v, size=8)
            _put(ws, r, 7, None, fill=LIGHT)
            ws.row_dimensions[r].height = 16
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※率の指標は（分子）÷（分母）で算出しています。",
            "※移住者数は平成28年度から集計を始めたため、平成27年度は「―」としています。",
            "※平成29年度の基本目標２に係る事業費（決算）は312,540千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "higashishirakawa_seika_shihyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三原市 (広島県): みはら元気創造プラン 成果指標の達成状況（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (the plan's 基本計画 総論): みはら元気創造プラン（三原市長期総合計画 基本計画）, its period
# 平成27(2015)年度～平成31(2019)年度, the 平成NN(20NN)年度 way of writing years. Made up: the
# 基本目標 wording, the sheet, 課, every indicator and figure.
MIHARA = [
    ("製造品出荷額等", "億円", 4512.3, 4650.0, 4823.6, "103.7%", 4800.0, "商工振興課"),
    ("新規創業者数", "件", 18, 25, 21, "84.0%", 30, "商工振興課"),
    ("観光客数", "万人", 432.1, 450.0, "集計中", "―", 480.0, "観光課"),
    ("新規就農者数", "人", 6, 8, 8, "100.0%", 10, "農林水産課"),
    ("耕作放棄地面積の削減", "ha", 512, 495, 503, "―", 470, "農林水産課"),
]


def mihara() -> Path:
    widths = [28, 7, 15, 12, 12, 9, 15, 12]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "みはら元気創造プラン（三原市長期総合計画 基本計画）　成果指標の達成状況（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成29年8月　三原市経営企画課", align="right", size=9)
    _text(ws, 3, 1, "計画期間：平成27(2015)年度～平成31(2019)年度", size=9)
    _text(ws, 5, 1, "基本目標３　活力ある産業と交流のまち", bold=True, size=11)
    h = 6
    _head2(
        ws,
        h,
        [
            (1, "成果指標"),
            (2, "単位"),
            (3, "基準値\n平成25(2013)年度"),
            (6, "達成率"),
            (7, "目標値\n平成31(2019)年度"),
            (8, "担当課"),
        ],
        [(4, 5, "平成28(2016)年度", ["目標値", "実績値"])],
    )
    r = h + 2
    for name, unit, base, target, actual, rate, final, dept in MIHARA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate((base, target, actual)):
            _num(ws, r, 3 + j, v)
        _put(ws, r, 6, rate, align="center" if rate == "―" else "right")
        _num(ws, r, 7, final)
        _put(ws, r, 8, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝平成28年度実績値÷平成28年度目標値。減少を目指す指標は算出していません。",
            "※観光客数は広島県観光客数の動向の公表後に掲載します（集計中）。",
            "※製造品出荷額等は工業統計調査（暦年）によります。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mihara_seika_shihyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 唐津市 (佐賀県): 平成28年度 行政評価調書（単位施策）［平成27年度実績］
# --------------------------------------------------------------------------------------------

# Real (唐津市's 行政評価 pages and the 平成28年度行政評価（1次評価）の結果報告): 行政評価 of the
# 単位施策 of the 第2次唐津市総合計画 (106 items), the 行政評価調書 made by the 所管課, 数値目標達成度,
# the 優先度 of the 構成事業. Made up: the 単位施策, 課, money, every indicator, figure and grade.
KARATSU_FIELDS = [
    ("基本目標", "1　地域の資源を活かした産業のまち"),
    ("単位施策", "1-2-3　地場産品の販路拡大"),
    ("所管課", "農政課"),
    ("関係課", "観光課、商工振興課"),
    ("単位施策の事業費（千円）", "H27決算　58,420"),
]
KARATSU = [
    ("農産物直売所の販売額", "百万円", 1245, 1281, 1300, 1318, "101.4%", 1400),
    ("唐津ブランド認定品数", "品目", 32, 35, 40, 38, "95.0%", 50),
    ("海外向け商談会への参加事業者数", "社", 4, 6, 8, "約10", "125.0%", 12),
    ("有害鳥獣による農作物被害額の減少", "千円", 86500, 81200, 80000, 83400, "95.9%", 70000),
]
KARATSU_JIGYO = [
    ("農産物直売所支援事業", "12,300", "A"),
    ("唐津ブランド推進事業", "18,640", "A"),
    ("海外販路開拓支援事業", "9,880", "B"),
    ("有害鳥獣被害防止対策事業", "17,600", "A"),
]


def karatsu() -> Path:
    widths = [30, 8, 11, 10, 11, 11, 12, 11]
    wb, ws = _sheet("行政評価調書", widths)
    _text(ws, 1, 1, "平成28年度　行政評価調書（単位施策）　［平成27年度実績］", bold=True, size=12)
    _text(ws, 2, 8, "唐津市", align="right", size=9)
    r = 4
    for key, value in KARATSU_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "１　数値目標の達成状況", bold=True, size=10)
    h = r + 1
    for c, word in enumerate(
        (
            "指標",
            "単位",
            "基準値\n（H25）",
            "H26実績",
            "目標値\n（H27）",
            "実績値\n（H27）",
            "数値目標\n達成度",
            "目標値\n（H31）",
        ),
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *cells in KARATSU:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            _num(ws, r, 3 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※数値目標達成度＝実績値÷目標値（減少を目指す指標は目標値÷実績値）",
            "※商談会への参加事業者数は、共同出展を含むため概数です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "２　構成事業の優先度", bold=True, size=10)
    h = r + 1
    _put(ws, h, 1, "構成事業名", header=True)
    _span(ws, h, 2, 4, "H27決算額（千円）", header=True)
    _span(ws, h, 5, 8, "優先度（A：高　B：中　C：低）", header=True)
    r = h + 1
    for name, money, grade in KARATSU_JIGYO:
        _put(ws, r, 1, name)
        _span(ws, r, 2, 4, money, align="right")
        _span(ws, r, 5, 8, grade, align="center")
        ws.row_dimensions[r].height = 18
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "karatsu_gyosei_hyoka_chosho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 串本町 (和歌山県東牟婁郡): 串本町まち・ひと・しごと創生総合戦略 効果検証結果（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real (the strategy, 平成27年10月): its name, the 基本目標 安全で安心な時代に合ったまちをつくる,
# 施策① 自然災害対策の充実, 施策② 地域医療・保健・福祉の充実. The 外部有識者の評価 words are those
# of the national 効果検証 forms (総合戦略のKPI達成に有効であった …). Made up: the page, its date
# and 課, every KPI, figure and word.
KUSHIMOTO_BODY = """<h2>基本目標４　安全で安心な時代に合ったまちをつくる</h2>
<table border="1">
<tr><th rowspan="2">施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H26）</th><th colspan="2">平成29年度</th><th rowspan="2">目標値<br>（H31）</th><th rowspan="2">外部有識者の評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
<tr><td rowspan="2">施策①<br>自然災害対策の充実</td><td>津波避難タワー・避難路の整備数（累計）</td><td>箇所</td><td>12</td><td>18</td><td>17</td><td>22</td><td>KPI達成に有効であった</td></tr>
<tr><td>自主防災組織の防災訓練参加者数</td><td>人</td><td>2,850</td><td>3,200</td><td>3,415</td><td>3,500</td><td>KPI達成に非常に有効であった</td></tr>
<tr><td rowspan="2">施策②<br>地域医療・保健・福祉の充実</td><td>がん検診受診率（胃がん）</td><td>％</td><td>8.1</td><td>10.0</td><td>9.4</td><td>12.0</td><td>KPI達成に有効とは言えない</td></tr>
<tr><td>ふれあいサロンの開設数</td><td>ヶ所</td><td>14</td><td>18</td><td>18</td><td>20</td><td>KPI達成に有効であった</td></tr>
</table>"""


def kushimoto_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>串本町まち・ひと・しごと創生総合戦略　効果検証結果（平成29年度実績）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>串本町まち・ひと・しごと創生総合戦略　効果検証結果（平成29年度実績）</h1>
<p>平成30年10月　串本町総務課</p>
<p>総合戦略に掲げた重要業績評価指標（KPI）について、外部有識者で構成する串本町総合戦略推進会議において効果検証を行いました。基本目標４の結果は次のとおりです。</p>
{KUSHIMOTO_BODY}
<p>※外部有識者の評価は「KPI達成に非常に有効であった」「KPI達成に有効であった」「KPI達成に有効とは言えない」「KPI達成に有効ではなかった」の4区分です。</p>
<p>※津波避難施設整備の平成29年度事業費は184,200千円（うち地方創生推進交付金92,100千円）です。</p>
</body>
</html>
"""


def kushimoto() -> Path:
    path = HERE / "kushimoto_kpi_kensho_h29.html"
    path.write_bytes(kushimoto_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (higashishirakawa, mihara, karatsu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kushimoto().name}")


if __name__ == "__main__":
    main()
