"""Build the built documents of forms105/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nakatosa_kpi_shihanki_h29.xlsx``, a 総合戦略 KPI 四半期進捗管理表 in the manner of 中土佐町
  (高知県): a ``平成29年度`` header spanning ``年度目標 | 6月末 | 9月末 | 12月末 | 3月末``, the quarter-end
  actuals counted from April, a 達成率 column, ``千人`` and ``千円`` units, a ``―`` quarter; and the PDF;
* ``source/kurashiki_shisaku_hyoka_r2.xlsx``, a 施策評価シート in the manner of 倉敷市 (岡山県): form
  fields with money, a 達成状況 column of weather marks (☀ ☁ ☂ －) read through a legend line; and the PDF;
* ``source/ginowan_ishiki_shihyo_r2.xlsx``, 市民意識調査 成果指標 in the manner of 宜野湾市 (沖縄県):
  survey-round columns ``第1回（H29）`` / ``第2回（R元）`` with the number of answers under the year,
  a ``点`` average, a ``―`` round; and the PDF;
* ``miyakonojo_kpi_kensho_r5.html``, a 第2期総合戦略 KPI 評価検証 in the manner of 都城市 (宮崎県):
  重点プロジェクト cells merged down, a 担当課 per row, a corrected actual (``<del>`` old value),
  a ``（暫定値）`` actual, ``人口10万人当たり`` in a name, an ``以下`` target.

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
    wb.properties.creator = "forms105/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms105/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms105_soffice_") as tmp:
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
# 中土佐町 (高知県高岡郡): 総合戦略 KPI 四半期進捗管理表（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (中土佐町まち・ひと・しごと創生総合戦略, 平成28年2月): the strategy, its follow-up, 大正町市場
# (a real market). Made up: the quarterly sheet, its date and 課, the 基本目標 wording, every KPI
# and figure, the notes and money.
QUARTERS = ["6月末", "9月末", "12月末", "3月末"]
NAKATOSA = [
    (
        "1",
        "大正町市場の来場者数",
        "千人",
        182.0,
        195.0,
        [52.3, 108.7, 151.2, 198.4],
        210.0,
        "101.7%",
    ),
    ("2", "漁業への新規就業者数", "人", 2, 3, [0, 1, 1, 2], 5, "66.7%"),
    ("3", "ふるさと納税寄附件数", "件", 1820, 3000, [412, 1105, 2876, 3542], 5000, "118.1%"),
    ("4", "移住相談件数", "件", 24, 40, [9, "―", 27, 38], 50, "95.0%"),
    (
        "5",
        "有害鳥獣による農作物被害額の削減",
        "千円",
        8450,
        7500,
        [1230, 3870, 5610, 6980],
        6000,
        "107.4%",
    ),
]


def nakatosa() -> Path:
    widths = [5, 30, 7, 10, 10, 9, 9, 9, 9, 10, 9]
    wb, ws = _sheet("KPI進捗管理", widths)
    _text(
        ws,
        1,
        1,
        "中土佐町まち・ひと・しごと創生総合戦略　KPI四半期進捗管理表（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "平成30年4月　中土佐町企画課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "各四半期末の実績は、年度当初（4月1日）からその月末までの積み上げです。",
        size=9,
    )
    _text(ws, 5, 1, "基本目標１　中土佐の資源を生かしたしごとをつくる", bold=True, size=11)
    h = 6
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (4, "基準値\n（H26）")],
        [(5, 9, "平成29年度", ["年度目標", *QUARTERS])],
    )
    for c, word in ((10, "目標値\n（H31）"), (11, "達成率")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    r = h + 2
    for no, name, unit, base, target, quarters, final, rate in NAKATOSA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _num(ws, r, 4, base)
        _num(ws, r, 5, target)
        ws.cell(row=r, column=5).fill = LIGHT
        for j, v in enumerate(quarters):
            _num(ws, r, 6 + j, v)
        _num(ws, r, 10, final)
        _put(ws, r, 11, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝3月末実績÷年度目標（有害鳥獣による農作物被害額は年度目標÷3月末実績）。",
            "※移住相談件数の9月末は、相談窓口の移転に伴い集計していないため「―」としています。",
            "※基本目標１に係る平成29年度のKPI関連事業費は48,720千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nakatosa_kpi_shihanki_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 倉敷市 (岡山県): 令和2年度 施策評価シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real (倉敷市's 令和2年度施策評価結果 page): the 分野 教育・子育て, the めざすまちの姿
# 「安心とゆとりをもって子育てを楽しんでいる」 and the 施策 1-5 「安心とゆとりをもって、楽しく子育て
# できる環境を整える」. Made up: the sheet's layout, 課, money, every indicator, figure and mark, the
# weather-mark legend.
KURASHIKI_FIELDS = [
    ("分野", "教育・子育て"),
    ("めざすまちの姿", "5　安心とゆとりをもって子育てを楽しんでいる"),
    ("施策", "1-5　安心とゆとりをもって、楽しく子育てできる環境を整える"),
    ("主担当課", "子育て支援課"),
    ("施策の事業費（千円）", "令和元年度決算　2,845,310"),
]
KURASHIKI = [
    ("子育てが楽しいと感じる保護者の割合", "％", 78.4, 80.1, 82.0, 83.5, "☀", 85.0),
    ("地域子育て支援拠点の利用者数", "人", 98520, 104310, 110000, 96870, "☁", 115000),
    ("ファミリー・サポート・センターの提供会員数", "人", 812, 845, 900, 688, "☂", 950),
    ("乳幼児健康診査の受診率", "％", 95.8, 96.4, 97.0, "－", "－", 97.5),
    ("放課後児童クラブの登録児童数", "人", 5120, 5684, 5900, 5900, "☀", 6200),
]


def kurashiki() -> Path:
    widths = [34, 7, 11, 10, 10, 10, 9, 11]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "令和2年度　施策評価シート（令和元年度実績）", bold=True, size=12)
    _text(ws, 2, 8, "倉敷市", align="right", size=9)
    r = 4
    for key, value in KURASHIKI_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=10)
    _text(
        ws,
        r + 1,
        1,
        "【達成状況】☀：目標を達成　☁：未達成（達成率80％以上）　☂：未達成（達成率80％未満）　－：評価できない",
        size=8,
    )
    h = r + 2
    for c, word in enumerate(
        [
            "成果指標",
            "単位",
            "計画策定時\n（H27）",
            "H30\n実績",
            "R元\n目標",
            "R元\n実績",
            "達成\n状況",
            "目標値\n（R2）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *cells, mark, final in KURASHIKI:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            _num(ws, r, 3 + j, v)
        _put(ws, r, 7, mark, align="center", size=11)
        _num(ws, r, 8, final)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※乳幼児健康診査の受診率（R元）は、新型コロナウイルス感染症による健診延期のため集計中です。",
            "※達成率＝R元実績÷R元目標。",
        ],
    )
    r += 3
    _text(ws, r, 1, "３　施策の評価", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        8,
        "子育てが楽しいと感じる保護者の割合は目標を上回った。地域子育て支援拠点は2月以降の休館により利用者数が減少した。"
        "ファミリー・サポート・センターの提供会員は高齢化による退会が続いており、会員確保に向けた講習会を拡充する。",
        44,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "kurashiki_shisaku_hyoka_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宜野湾市 (沖縄県): 第四次宜野湾市総合計画 市民意識調査による成果指標の推移（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (宜野湾市's 資料編 of the 第四次総合計画): the plan, the 市民意識調査 of 平成27年7月 on
# 施策に関する満足度・重要度. Made up: the sheet, later survey rounds, answer counts, every
# indicator and figure, the 課 and notes.
GINOWAN_HEAD = [
    "No.",
    "成果指標",
    "単位",
    "策定時\n（H27）",
    "第1回（H29）\nn=1,214",
    "第2回（R元）\nn=1,187",
    "目標値\n（R3）",
]
GINOWAN = [
    ("1", "子育て支援に満足している市民の割合", "％", 28.4, 31.2, 33.9, 40.0),
    ("2", "道路・交通の便に満足している市民の割合", "％", 22.1, 24.8, 23.5, 30.0),
    ("3", "夜間の治安に不安を感じる市民の割合", "％", 36.7, 33.0, 31.4, 25.0),
    ("4", "普天間飛行場の跡地利用計画を知っている市民の割合", "％", 41.2, 38.7, "―", 50.0),
    ("5", "市の施策全体に対する満足度（5段階評価の平均）", "点", 3.02, 3.11, 3.18, 3.30),
]


def ginowan() -> Path:
    widths = [5, 40, 6, 10, 12, 12, 10]
    wb, ws = _sheet("成果指標の推移", widths)
    _text(
        ws,
        1,
        1,
        "第四次宜野湾市総合計画　前期基本計画　市民意識調査による成果指標の推移",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和3年3月　宜野湾市企画政策課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "市民意識調査は隔年で実施しています。各回の欄の上段は調査年度、下段（n=）は有効回答数です。",
        size=9,
    )
    _text(ws, 5, 1, "■市民意識調査による成果指標", bold=True, size=11)
    h = 6
    for c, word in enumerate(GINOWAN_HEAD, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 32
    r = h + 1
    for no, name, unit, *cells in GINOWAN:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells):
            _num(ws, r, 4 + j, v)
            if isinstance(v, float):
                ws.cell(row=r, column=4 + j).number_format = "0.00" if unit == "点" else "0.0"
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※策定時の値は平成27年7月実施の「第三次宜野湾市総合計画に関する市民意識調査」によります。",
            "※No.4は第2回調査で設問を変更したため、比較できる値がありません（「―」）。",
            "※満足度は「満足」5点～「不満」1点の平均です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ginowan_ishiki_shihyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 都城市 (宮崎県): 第2期総合戦略 重要業績評価指標（KPI）の評価検証結果（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (都城市's page on the 第2期総合戦略): the 第2次都城市総合計画, its 第2期総合戦略 (令和4–7年度),
# the 重点プロジェクト 7 「出会い・出産・子育て支援の充実」 and 8 「フレイル対策強化と健康長寿の延伸」,
# KPI checked every year. Made up: the page, every KPI, figure, 課, correction and note.
MIYAKONOJO = [
    (
        "7",
        "出会い・出産・子育て支援の充実",
        [
            (
                "婚活イベントによるカップル成立数",
                "組",
                "18",
                "24",
                "31",
                "30",
                "ふるさと産業推進課",
            ),
            (
                "子育て世代包括支援センターの相談件数",
                "件",
                "2,410",
                "2,986",
                "3,215",
                "3,500",
                "こども課",
            ),
        ],
    ),
    (
        "8",
        "フレイル対策強化と健康長寿の延伸",
        [
            (
                "人口10万人当たりの脳血管疾患による死亡者数",
                "人",
                "142.6",
                "138.9",
                "135.2（暫定値）",
                "125.0",
                "健康課",
            ),
            (
                "特定健康診査の受診率",
                "％",
                "38.2",
                "41.5",
                "<del>44.8</del> 43.9",
                "60.0",
                "保険年金課",
            ),
            ("通いの場の参加者数", "人", "1,850", "2,104", "2,390", "3,000", "介護保険課"),
            ("65歳以上の要介護認定率", "％", "19.4", "19.1", "18.8", "18.5以下", "介護保険課"),
        ],
    ),
]


def miyakonojo_html() -> str:
    rows = []
    for no, name, kpis in MIYAKONOJO:
        for i, (kpi, unit, base, r4, r5, target, dept) in enumerate(kpis):
            lead = f'<td rowspan="{len(kpis)}">{no}　{name}</td>' if i == 0 else ""
            rows.append(
                f"<tr>{lead}<td>{kpi}</td><td>{unit}</td><td>{base}</td><td>{r4}</td><td>{r5}</td><td>{target}</td><td>{dept}</td></tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期総合戦略 重要業績評価指標（KPI）の評価検証結果（令和5年度実績）｜都城市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>第2次都城市総合計画　第2期総合戦略　重要業績評価指標（KPI）の評価検証結果（令和5年度実績）</h1>
<p>令和6年9月　都城市総合政策部総合政策課</p>
<p>第2期総合戦略（令和4年度～令和7年度）の重点プロジェクトごとに設定したKPIについて、令和5年度の実績を取りまとめました。</p>
<h2>ひと・くらし分野の重点プロジェクト</h2>
<table border="1">
<tr><th>重点プロジェクト</th><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値（R2）</th><th>R4実績</th><th>R5実績</th><th>目標値（R7）</th><th>担当課</th></tr>
{body}
</table>
<p>※R5実績のうち（暫定値）と記載したものは、確定値の公表後に更新します。</p>
<p>※特定健康診査の受診率（R5）は、法定報告の確定により44.8%から43.9%に修正しました。</p>
<p>※重点プロジェクト8に係る令和5年度の関連事業費（決算）は312,480千円です。</p>
</body>
</html>
"""


def miyakonojo() -> Path:
    path = HERE / "miyakonojo_kpi_kensho_r5.html"
    path.write_bytes(miyakonojo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nakatosa, kurashiki, ginowan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {miyakonojo().name}")


if __name__ == "__main__":
    main()
