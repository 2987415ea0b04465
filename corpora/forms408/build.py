"""Build the documents of forms408/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/wanouchi_senryaku_kpi_r6.xlsx`` and its PDF, a 総合戦略 KPI進捗管理表 in the manner of 輪之内町
  (岐阜県安八郡): each year cell holds two lines, the target above and the actual below (a note over the grid
  says so), a ``千鉢`` unit and a KPI added in R5 whose R4 target is ``―``;
* ``source/inami_kofukin_kensho_r6.xlsx`` and its PDF, a 地方創生推進交付金事業 効果検証シート in the manner of
  稲美町 (兵庫県加古郡): a ``方向`` column of arrows (↑ higher is better, ↓ lower is better, legend under the
  grid) with one ↓ KPI that meets its target by staying below it, printed 達成状況 and a ``中止`` actual;
* ``ryuoh_senryaku_kpi_r5.xlsx`` (a document itself), a 総合戦略 数値目標・KPI実績 sheet in the manner of 竜王町
  (滋賀県蒲生郡): two tables on one sheet, 数値目標 with 和暦 heads and KPIs with Western fiscal-year heads whose
  基準値 / 目標値 columns carry no year (a note under the grid gives them), ``△`` / ``＋`` / ``±0`` values and a
  ``維持`` target;
* ``higashiura_senryaku_kpi_r5.html``, a 総合戦略 KPI page in the manner of 東浦町 (愛知県知多郡): a spanning
  head ``実績値（各年度3月31日現在）`` that dates every actual at its fiscal year's end, units in the names'
  brackets (``（千人）``), a range target ``98～100`` and a full-width actual.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
"""
# ruff: noqa: E501, B905

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms408/build.py"
    wb.properties.lastModifiedBy = "forms408/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last_col, height=None, label_cols=2):
    _span(ws, row, 1, label_cols, label, header=True)
    cell = _span(ws, row, label_cols + 1, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _box(ws, row, last_col, value, height):
    cell = _span(ws, row, 1, last_col, value)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms408_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 輪之内町 (岐阜県安八郡): 第２期 総合戦略 KPI進捗管理表（令和６年度）
# Real: 福束輪中 between 長良川 and 揖斐川, 22.33km², 9,654人 (R2国勢調査), the 1954 merger of 大藪町・福束村・
# 仁木村, けんがい菊 (about 3万鉢 a year), 徳川将軍家御膳米. Assumed: the strategy's name and period.
# Made up: 課, the goal, the KPIs and every value.
# --------------------------------------------------------------------------------------------

WANOUCHI_ROWS = [
    (
        1,
        "町内の主な観光施設の入込客数",
        "人",
        48200,
        ("50,000", "41,360"),
        ("52,000", "49,870"),
        ("55,000", "56,120"),
        "主な観光施設4か所の合計",
    ),
    (2, "移住相談件数", "件", 6, ("10", "12"), ("12", "9"), ("15", "17"), ""),
    (
        3,
        "けんがい菊の出荷鉢数",
        "千鉢",
        30.0,
        ("30.0", "29.4"),
        ("30.0", "30.2"),
        ("31.0", "28.7"),
        "R6は夏の高温により生育不良",
    ),
    (
        4,
        "ふるさと納税（徳川将軍家御膳米）の寄附件数",
        "件",
        "―",
        ("―", "812"),
        ("1,000", "1,164"),
        ("1,200", "1,375"),
        "R5に追加したKPI（R4は目標なし）",
    ),
    (5, "空き家バンク成約件数（累計）", "件", 3, ("8", "7"), ("11", "10"), ("14", "13"), ""),
]


def wanouchi() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [5, 14, 18, 7, 10, 10, 10, 10, 29])
    last = 9
    _text(
        ws,
        1,
        1,
        "第２期輪之内町まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和６年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和7年5月", align="right")
    _text(ws, 3, last, "輪之内町総務課", align="right")
    _field(ws, 4, "計画の名称", "第２期輪之内町まち・ひと・しごと創生総合戦略", last)
    _field(ws, 5, "計画期間", "令和2年度～令和6年度（5年間）", last)
    _field(ws, 6, "担当課", "総務課", last)
    _field(
        ws,
        7,
        "町の概要",
        "本町は長良川と揖斐川に囲まれた福束輪中の町で、面積は22.33km²、人口は9,654人（令和2年国勢調査）である。"
        "昭和29年に大藪町・福束村・仁木村が合併して発足し、令和6年に町制70周年を迎えた。"
        "特産のけんがい菊は生産組合により年間約3万鉢が育てられ、将軍家に献上された米にちなむ「徳川将軍家御膳米」とともに町の魅力として発信している。",
        last,
        height=58,
    )
    _text(ws, 9, 1, "■基本目標２　輪中の資源を生かし、新しいひとの流れをつくる", bold=True, size=11)
    _text(ws, 10, 1, "※令和４年度～令和６年度の欄は、上段に目標値、下段に実績値を記載しています。")
    r = 11
    _put(ws, r, 1, "No.", header=True)
    _span(ws, r, 2, 3, "重要業績評価指標（KPI）", header=True)
    _put(ws, r, 4, "単位", header=True)
    _put(ws, r, 5, "基準値\n（H30）", header=True)
    for c, y in zip(range(6, 9), ["令和４年度", "令和５年度", "令和６年度"]):
        _put(ws, r, c, y, header=True)
    _put(ws, r, 9, "備考", header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, base, y4, y5, y6, note in WANOUCHI_ROWS:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, unit, align="center")
        _put(ws, r, 5, base, align="right" if isinstance(base, str) else None)
        for c, (tgt, act) in zip(range(6, 9), [y4, y5, y6]):
            _put(ws, r, c, f"{tgt}\n{act}", align="right")
        _put(ws, r, 9, note)
        ws.row_dimensions[r].height = 30
        r += 1
    _text(ws, r, 1, "※基準値は平成30年度の実績値。No.5は平成30年度からの累計件数。")
    r += 1
    _text(ws, r, 1, "※けんがい菊の出荷鉢数は、町内の生産組合による出荷の実績。")
    r += 2
    _text(ws, r, 1, "■評価と今後の方向性", bold=True, size=11)
    r += 1
    _box(
        ws,
        r,
        last,
        "5つのKPIのうち3つが令和6年度の目標を達成した。観光施設の入込客数は令和4年度に落ち込んだが、令和6年度は町制70周年の記念事業により回復した。"
        "けんがい菊は生産者が4名まで減っており、担い手の確保が課題である。第3期戦略では、移住相談から空き家の紹介までを一体で支援する。",
        48,
    )
    _page(ws, "portrait", f"A1:I{r}")
    path = SOURCE / "wanouchi_senryaku_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 稲美町 (兵庫県加古郡): 令和６年度 地方創生推進交付金事業 効果検証シート
# Real: the 印南野台地, about 80 ため池 (about 4km² in all), 天満大池 (the prefecture's oldest) and 加古大池 (its
# largest), the 淡河川疏水 of 1891, the merger of 加古村・母里村・天満村 (18,847人), 企画課. Made up: plan, 事業,
# period, money, date, the KPIs and every value.
# --------------------------------------------------------------------------------------------

INAMI_ROWS = [
    (
        1,
        "ため池公園（天満大池・加古大池）の来訪者数",
        "千人",
        "↑",
        118.0,
        (125.0, 131.4),
        (135.0, 142.8),
        (145.0, 139.6),
        "未達成",
    ),
    (
        2,
        "ため池を活用した体験イベントの参加者数",
        "人",
        "↑",
        240,
        (300, "中止"),
        (350, 386),
        (400, 452),
        "達成",
    ),
    (3, "町内の耕作放棄地面積", "ha", "↓", 14.8, (14.0, 13.9), (13.0, 13.1), (12.0, 11.8), "達成"),
    (
        4,
        "農産物直売所の売上額",
        "千円",
        "↑",
        86400,
        (90000, 91250),
        (95000, 97830),
        (100000, 104120),
        "達成",
    ),
]


def inami() -> Path:
    wb, ws = _sheet("効果検証シート", [5, 34, 7, 6, 11, 10, 10, 10, 10, 10, 10, 10])
    last = 12
    _text(ws, 1, 1, "令和６年度　地方創生推進交付金事業　効果検証シート", bold=True, size=14)
    _text(ws, 2, last, "令和7年6月20日", align="right")
    _text(ws, 3, last, "稲美町", align="right")
    _field(ws, 4, "地域再生計画の名称", "稲美町ため池と田園のまち交流推進計画", last)
    _field(ws, 5, "交付対象事業の名称", "いなみ野ため池・田園交流拡大事業", last)
    _field(ws, 6, "事業期間", "令和4年度～令和6年度（3か年）", last)
    _field(ws, 7, "担当課", "企画課", last)
    _field(
        ws,
        8,
        "町の概要",
        "本町は加古川と明石川に挟まれた印南野台地に位置し、県内最古とされる天満大池、県内最大の加古大池をはじめ約80か所のため池（総面積約4km²）が点在する。"
        "1891年（明治24年）には日本初のサイフォン式水路とされる淡河川疏水が引かれた。昭和30年に加古村・母里村・天満村（合計18,847人）が合併して発足した。",
        last,
        height=44,
    )
    _field(ws, 9, "交付対象事業費", "令和6年度　21,600千円（うち交付金 10,800千円）", last)
    _text(ws, 11, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    r = 12
    _down(ws, r, r + 1, 1, "No.", header=True)
    _down(ws, r, r + 1, 2, "KPI", header=True)
    _down(ws, r, r + 1, 3, "単位", header=True)
    _down(ws, r, r + 1, 4, "方向", header=True)
    _down(ws, r, r + 1, 5, "事業開始前\n（R3）", header=True)
    for c, y in zip((6, 8, 10), ["令和4年度", "令和5年度", "令和6年度"]):
        _span(ws, r, c, c + 1, y, header=True)
        _put(ws, r + 1, c, "目標", header=True)
        _put(ws, r + 1, c + 1, "実績", header=True)
    _down(ws, r, r + 1, 12, "達成状況", header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for no, name, unit, arrow, base, y4, y5, y6, st in INAMI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, arrow, align="center")
        _put(ws, r, 5, base)
        for c, v in zip(range(6, 12), [*y4, *y5, *y6]):
            _put(ws, r, c, v, align="center" if isinstance(v, str) else None)
        _put(ws, r, 12, st, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, r, 1, "※方向　↑：数値が大きいほど良い指標　↓：数値が小さいほど良い指標")
    r += 1
    _text(ws, r, 1, "※達成状況は、令和6年度の目標と実績を「方向」に従って比べたもの。")
    r += 1
    _text(ws, r, 1, "※No.2の令和4年度は、荒天のためイベントを中止した。")
    r += 2
    _text(ws, r, 1, "■効果検証の結果（稲美町地方創生推進会議の意見）", bold=True, size=11)
    r += 1
    _box(
        ws,
        r,
        last,
        "令和7年6月5日に委員8名による会議を開催した。4つのKPIのうち3つが目標を達成し、直売所の売上額は事業開始前の約1.2倍となった。"
        "ため池公園の来訪者数は令和6年度に前年度を下回ったため、天満大池周辺の案内表示と駐車場の改善を進めること。",
        40,
    )
    _page(ws, "landscape", f"A1:L{r}")
    path = SOURCE / "inami_kofukin_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 竜王町 (滋賀県蒲生郡): 竜王町まち・ひと・しごと創生総合戦略 数値目標・KPIの実績（令和５年度）
# Real: the strategy's name and its period as the town writes it (令和3年～令和7年), the 湖東平野, 44.5km²,
# 11,789人 (R2国勢調査), 竜王IC, the 昼夜間人口比率 138.8% (県内1位), 近江牛, 滋賀竜王工業団地. Made up: 課, the
# goals' wording, the KPIs and every value.
# --------------------------------------------------------------------------------------------

RYUOH_GOALS = [
    (
        "１　しごとをつくり、安心して働けるまち",
        "町内事業所の従業者数",
        "人",
        15820,
        15640,
        15910,
        16050,
        16500,
        "",
    ),
    (
        "２　ひとの流れをつくり、住み続けたいまち",
        "社会増減数（転入－転出）",
        "人",
        "△42",
        "△18",
        "＋6",
        "△9",
        "±0",
        "△は転出超過",
    ),
]

RYUOH_KPI = [
    (1, "滋賀竜王工業団地等への企業立地件数（累計）", "件", 0, 2, 4, 5, 8, ""),
    (2, "町内観光入込客数", "千人", 4182, 3245, 3870, 4306, 4500, "大型商業施設を含む"),
    (3, "町内の近江牛出荷頭数", "頭", 1560, 1520, 1575, 1590, 1650, ""),
    (
        4,
        "竜王町に住み続けたいと思う町民の割合",
        "％",
        78.4,
        "―",
        80.1,
        "―",
        "維持",
        "町民意識調査（隔年実施）",
    ),
]


def ryuoh() -> Path:
    wb, ws = _sheet("数値目標・KPI", [6, 30, 14, 7, 11, 10, 10, 10, 11, 22])
    last = 10
    _text(
        ws,
        1,
        1,
        "竜王町まち・ひと・しごと創生総合戦略　数値目標・KPIの実績（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和6年8月　竜王町企画推進課", align="right")
    _field(ws, 3, "計画の名称", "竜王町まち・ひと・しごと創生総合戦略", last)
    _field(ws, 4, "計画期間", "令和3年～令和7年", last)
    _field(ws, 5, "担当課", "企画推進課", last)
    _field(
        ws,
        6,
        "町の概要",
        "本町は琵琶湖と鈴鹿山系の間に広がる湖東平野のほぼ中央に位置し、面積は44.5km²、人口は11,789人（令和2年国勢調査）である。"
        "名神高速道路の竜王ICを有し、大手自動車工場などの立地により昼夜間人口比率は138.8%と県内で最も高い。近江米や果樹、近江牛の産地でもある。",
        last,
        height=44,
    )
    r = 8
    _text(ws, r, 1, "１　基本目標の数値目標", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "基本目標", header=True)
    _put(ws, r, 3, "数値目標", header=True)
    _put(ws, r, 4, "単位", header=True)
    for c, h in zip(
        range(5, 10), ["基準値\n（R元）", "R3実績", "R4実績", "R5実績", "目標値\n（R7）"]
    ):
        _put(ws, r, c, h, header=True)
    _put(ws, r, 10, "備考", header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for goal, name, unit, *vals, note in RYUOH_GOALS:
        _span(ws, r, 1, 2, goal)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 10), vals):
            _put(ws, r, c, v, align="right" if isinstance(v, str) else None)
        _put(ws, r, 10, note)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    _text(ws, r, 1, "２　重要業績評価指標（KPI）", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "No.", header=True)
    _span(ws, r, 2, 3, "KPI", header=True)
    _put(ws, r, 4, "単位", header=True)
    for c, h in zip(range(5, 10), ["基準値", "2021年度", "2022年度", "2023年度", "目標値"]):
        _put(ws, r, c, h, header=True)
    _put(ws, r, 10, "備考", header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, unit, *vals, note in RYUOH_KPI:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 10), vals):
            _put(ws, r, c, v, align="right" if isinstance(v, str) else None)
        _put(ws, r, 10, note)
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, r, 1, "※２の基準値は令和元年度（2019年度）、目標値は令和7年度（2025年度）の値です。")
    r += 1
    _text(ws, r, 1, "※No.4の「―」は町民意識調査を実施していない年度です。")
    _page(ws, "portrait", f"A1:J{r}")
    path = HERE / "ryuoh_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東浦町 (愛知県知多郡): 東浦町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和５年度）
# Real: the strategy's name, 企画政策課 (the page's address), the 衣浦湾, 31.14km², the 町制 of 1948-06-01 with
# 15,677人 and 50,419人 on 2016-03-31, the ファミリーサポート事業, 巨峰 and いちご. Made up: the goals' and
# 施策' wording, the KPIs, every value and the update date.
# --------------------------------------------------------------------------------------------

HIGASHIURA_SECTIONS = [
    (
        "基本目標１　結婚・出産・子育ての希望をかなえる",
        [
            (
                "(1)",
                "子育て支援の充実",
                [
                    (
                        "ファミリー・サポート・センター提供会員数（人）",
                        "182",
                        "176",
                        "189",
                        "201",
                        "200",
                        "210",
                    ),
                    (
                        "乳幼児健康診査の受診率（％）",
                        "96.8",
                        "97.5",
                        "98.1",
                        "９８．４",
                        "98～100",
                        "98～100",
                    ),
                ],
            ),
        ],
    ),
    (
        "基本目標２　地域の産業を育て、しごとをつくる",
        [
            (
                "(2)",
                "農業の担い手の確保",
                [("認定農業者数（人）", "41", "39", "42", "44", "45", "46")],
            ),
            (
                "(3)",
                "創業・起業の支援",
                [("創業支援による創業者数（累計）（人）", "12", "21", "27", "34", "32", "36")],
            ),
        ],
    ),
]


def higashiura_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>東浦町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和５年度） | 東浦町</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/soshiki/">組織から探す</a></li>',
        '<li><a href="/soshiki/kikakuseisaku/">企画政策課</a></li>',
        '<li><a href="/soshiki/kikakuseisaku/matihitosigotosousei/">まち・ひと・しごと創生</a></li>',
        "<li>KPIの進捗状況（令和５年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>東浦町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和５年度）</h1>",
        '<p class="date">更新日：2024年9月27日　担当：企画政策課</p>',
        "<p>東浦町は知多半島の北東部、衣浦湾の最奥に位置し、面積は31.14km<sup>2</sup>です。昭和23年6月1日の町制施行時に15,677人だった人口は、"
        "平成28年3月31日現在で50,419人となりました。巨峰を中心としたブドウやイチゴの栽培が盛んで、ファミリーサポート事業など子育て支援にも力を入れています。</p>",
        "<p>東浦町まち・ひと・しごと創生総合戦略に掲げた重要業績評価指標（KPI）について、令和5年度までの実績をお知らせします。</p>",
    ]
    for heading, groups in HIGASHIURA_SECTIONS:
        out.append(f"<h2>{heading}</h2>")
        out.append('<table class="kpi" border="1">')
        out.append("<thead>")
        out.append(
            '<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th>'
            '<th scope="col" rowspan="2">基準値<br>（R元）</th><th scope="colgroup" colspan="3">実績値（各年度3月31日現在）</th>'
            '<th scope="col" rowspan="2">目標値<br>（R5）</th><th scope="col" rowspan="2">最終目標<br>（R6）</th></tr>'
        )
        out.append('<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>')
        out.append("</thead>")
        out.append("<tbody>")
        for no, name, rows in groups:
            for i, (ind, *vals) in enumerate(rows):
                cells = []
                if i == 0:
                    cells.append(f'<th scope="rowgroup" rowspan="{len(rows)}">{no}　{name}</th>')
                cells.append(f'<th scope="row">{ind}</th>')
                cells.extend(f"<td>{v}</td>" for v in vals)
                out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>")
        out.append("</table>")
    out.extend(
        [
            '<p class="note">※実績値は、各年度の3月31日現在の数値です（例：R5は令和6年3月31日現在）。</p>',
            '<p class="note">※乳幼児健康診査の受診率の目標は「98％以上100％以下」の範囲としています。</p>',
            "</main>",
            "<footer><p>東浦町役場 企画政策課</p></footer>",
            "</body>",
            "</html>",
            "",
        ]
    )
    return "\n".join(out)


def higashiura() -> Path:
    path = HERE / "higashiura_senryaku_kpi_r5.html"
    path.write_bytes(higashiura_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (wanouchi, inami):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ryuoh().name}")
    print(f"wrote {higashiura().name}")


if __name__ == "__main__":
    main()
