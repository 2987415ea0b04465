"""Build the built documents of forms72/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/minamisoma_jigyo_shinchoku_h26.xlsx``, a 復興計画 事業一覧 in the manner of 南相馬市 (福島県):
  事業 rows with 【…課】 in the name, a 事業量の項目 per 事業, 実績 H23–H25 and a partial year
  `H26（7月末時点）`, a `計画（H27）` column, 予算額（千円）, A–E 進捗状況評価; and the PDF;
* ``source/fukagawa_suchi_mokuhyo_r5.xlsx``, a 総合戦略 数値目標 sheet in the manner of 深川市 (北海道): a
  人口 block with 実績 / 将来展望 / 社人研推計 rows under calendar years, and a 数値目標 grid under
  Western fiscal years; and the PDF;
* ``source/nasushiobara_kpi_jiten_r1.xlsx``, a KPI一覧 in the manner of 那須塩原市 (栃木県): a 基準値 and a
  基準年 column (年, 年度 or 年月 per row), 実績値 H28–H30, `R1（見込）`, 目標値（R1）, a 時点修正 column;
  and the PDF;
* ``iizuna_kpi_shinchoku_h29.html``, a KPI progress page in the manner of 飯綱町 (長野県): baseline →
  target on the second line of the KPI cell, a 目安値 cell carrying the year, 実績値, 進捗区分 and the
  previous year's 区分.

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
    wb.properties.creator = "forms72/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms72/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
    with tempfile.TemporaryDirectory(prefix="forms72_soffice_") as tmp:
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
# 南相馬市 (福島県): 復興計画 前期実施計画の進捗状況 — 事業 rows, H26（7月末時点）, 予算額, A–E
# --------------------------------------------------------------------------------------------

# Real (南相馬市復興計画前期実施計画の進捗状況に係る各事業一覧, 平成26年7月末現在): the title, date, legend
# wording, 基本施策/施策 names, the first three 事業 names and departments, 221 か所 and 16百万. Made up: the
# other figures, the grid, the 4th 事業.
MINAMISOMA = [
    (
        "【施策】1-1-①　環境放射線モニタリングと放射線に関する情報提供",
        [
            (
                "1-1",
                "環境放射線モニタリング測定事業（緊急雇用対策）【生活環境課】",
                "モニタリング実施箇所数",
                "ヶ所",
                16000,
                [120, 198, 221, 221],
                221,
                "B",
            ),
            (
                "1-2",
                "放射線量測定器貸出事業【生活環境課】",
                "測定器貸出件数",
                "件",
                12500,
                [1820, 2410, 1960, 640],
                1500,
                "B",
            ),
        ],
    ),
    (
        "【施策】1-1-②　除染対策",
        [
            (
                "1-7",
                "市役所庁舎等の除染【財産管理課】",
                "除染実施施設数",
                "施設",
                45000,
                [3, 12, 18, 18],
                18,
                "A",
            ),
            (
                "1-8",
                "住宅除染事業【除染対策課】",
                "住宅除染完了戸数",
                "戸",
                9800000,
                ["―", 1250, 6830, 9410],
                18000,
                "D",
            ),
        ],
    ),
]


def minamisoma() -> Path:
    widths = [7, 30, 18, 6, 14, 8, 8, 8, 11, 10, 9]
    wb, ws = _sheet("事業一覧", widths)
    _text(ws, 1, 1, "南相馬市復興計画前期実施計画の進捗状況に係る各事業一覧", bold=True, size=12)
    _text(ws, 2, 11, "平成26年7月末現在　南相馬市", align="right", size=9)
    legend = [
        "「A」既に事業が完了したもの　「B」事業が概ね順調に実施されているもの　「C」計画策定時（平成26年2月改訂時）から、平成26年8月以降に実施予定のもの",
        "「D」課題等が生じ、事業の実施に支障が生じているもの　「E」その他",
    ]
    for i, line in enumerate(legend):
        _text(ws, 3 + i, 1, line, size=8)
    _text(ws, 6, 1, "【基本施策】1-1　放射性物資による汚染対策", bold=True, size=11)
    h = 7
    top = [
        "事業№",
        "事業名（市担当課）",
        "事業量の項目",
        "単位",
        "予算額（千円）\n（5年間の事業費見込み）",
        "実績（H23～H26年7月）",
        None,
        None,
        None,
        "計画\n（H27）",
        "進捗状況\n評価",
    ]
    low = [None, None, None, None, None, "H23", "H24", "H25", "H26\n（7月末時点）", None, None]
    for c in range(1, 12):
        _put(ws, h, c, top[c - 1], header=True, size=8)
        _put(ws, h + 1, c, low[c - 1], header=True, size=8)
    for c in (1, 2, 3, 4, 5, 10, 11):
        _merge(ws, h, c, h + 1, c)
    _merge(ws, h, 6, h, 9)
    ws.row_dimensions[h].height = 24
    ws.row_dimensions[h + 1].height = 24
    r = h + 2
    for measure, rows in MINAMISOMA:
        _span(ws, r, 1, 11, measure, bold=True)
        ws.cell(row=r, column=1).fill = LIGHT
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, item, unit, budget, actuals, plan, grade in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, item)
            _put(ws, r, 4, unit, align="center")
            _put(ws, r, 5, budget)
            for j, v in enumerate(actuals):
                _put(ws, r, 6 + j, v, align="right")
            _put(ws, r, 10, plan)
            _put(ws, r, 11, grade, align="center")
            ws.row_dimensions[r].height = 28
            r += 1
    notes = [
        "※H26欄は平成26年7月末時点の実績です。住宅除染完了戸数のH23欄は事業未着手のため「―」としています。",
        "※環境放射線モニタリング測定事業の実績額（千円）：H23 4,150　H24 5,392　H25 5,345（16百万）",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "minamisoma_jigyo_shinchoku_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 深川市 (北海道): 数値目標の推移 — 人口 block (実績 / 将来展望 / 社人研推計 by calendar year), 数値目標 grid
# --------------------------------------------------------------------------------------------

# Real (深川市まち・ひと・しごと創生総合戦略 page): 21,957人 (2015), 18,819人 (2023), 15,259人 in 2040 as the
# long-term aim. Made up: the sheet, date, 課, the 2020 figure, the 2025 aim, the projection, the grid.
FUKAGAWA_POP = [
    ("実績（住民基本台帳）", [21957, 20128, 18819, "", ""]),
    ("将来展望（市の目標）", ["", "", "", 18200, 15259]),
    ("社人研推計", ["", 19990, "", 17480, 12870]),
]
FUKAGAWA = [
    ("新規就農者数", "人", 6, [5, 8, 7, 9], 10),
    ("ふるさと納税寄附額", "千円", 185000, [242300, 318600, 402150, 455870], 400000),
    ("転入者数", "人", 612, [588, 601, "―", 630], 700),
]


def fukagawa() -> Path:
    widths = [22, 22, 10, 10, 10, 10, 10, 12]
    wb, ws = _sheet("数値目標", widths)
    _text(
        ws,
        1,
        1,
        "第2期深川市まち・ひと・しごと創生総合戦略　数値目標の推移（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和6年9月　深川市企画部", align="right", size=9)
    _text(ws, 4, 1, "１　人口の将来展望", bold=True, size=11)
    h = 5
    head = ["指標", "区分", "2015年", "2020年", "2023年", "2025年", "2040年"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    r = h + 1
    for label, cells in FUKAGAWA_POP:
        _put(ws, r, 2, label)
        for j, v in enumerate(cells):
            _put(ws, r, 3 + j, v)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, h + 1, 1, "総人口（人）")
    for rr in range(h + 2, r):
        _put(ws, rr, 1, None)
    _merge(ws, h + 1, 1, r - 1, 1)
    _text(ws, r, 1, "※社人研推計は国立社会保障・人口問題研究所の推計（平成30年推計）です。", size=8)
    r += 2
    _text(ws, r, 1, "２　基本目標の数値目標", bold=True, size=11)
    h2 = r + 1
    head2 = [
        "数値目標",
        "単位",
        "策定時\n（2019年度）",
        "2020年度",
        "2021年度",
        "2022年度",
        "2023年度",
        "目標値\n（2024年度）",
    ]
    for c, word in enumerate(head2, start=1):
        _put(ws, h2, c, word, header=True)
    ws.row_dimensions[h2].height = 28
    r = h2 + 1
    for name, unit, base, actuals, target in FUKAGAWA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, base)
        for j, v in enumerate(actuals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 8, target)
        ws.row_dimensions[r].height = 18
        r += 1
    notes = [
        "※転入者数の2022年度は、住民基本台帳システム更新のため集計していません。",
        "※令和5年度 地方創生推進交付金事業費：38,420千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "fukagawa_suchi_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 那須塩原市 (栃木県): KPI一覧 — 基準値 with a 基準年 column, 実績値 H28–H30, R1（見込）, 時点修正
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and its 時点修正 dates (平成29年3月・令和2年3月). Made up: everything else.
NASU = [
    (1, "観光入込客数", "万人", 1012, "H26年", [1035, 1048, 1061], 1070, 1100, "―"),
    (
        2,
        "新規企業立地件数",
        "件",
        0,
        "H26年度",
        [3, 5, 7],
        8,
        10,
        "H29.3 目標値を8件から10件に上方修正",
    ),
    (3, "移住相談件数", "件", 48, "H26年度", [95, 132, 151], 160, 150, "―"),
    (4, "保育所待機児童数", "人", 22, "H27年4月", [9, 4, 6], 3, 0, "―"),
    (
        5,
        "空き家バンク成約件数",
        "件",
        2,
        "H26年度",
        [4, 6, "―"],
        9,
        10,
        "R2.3 成約件数の集計方法を変更",
    ),
]


def nasushiobara() -> Path:
    widths = [5, 24, 7, 9, 10, 8, 8, 8, 9, 10, 26]
    wb, ws = _sheet("KPI一覧", widths)
    _text(
        ws,
        1,
        1,
        "那須塩原市まち・ひと・しごと創生総合戦略　KPI一覧（令和2年3月時点修正）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "令和2年3月　那須塩原市企画政策課", align="right", size=9)
    _text(
        ws,
        4,
        1,
        "基本目標１　那須塩原市に安定した雇用と新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    h = 5
    top = [
        "No",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値",
        "基準年",
        "実績値",
        None,
        None,
        "R1\n（見込）",
        "目標値\n（R1）",
        "時点修正",
    ]
    low = [None, None, None, None, None, "H28", "H29", "H30", None, None, None]
    for c in range(1, 12):
        _put(ws, h, c, top[c - 1], header=True)
        _put(ws, h + 1, c, low[c - 1], header=True)
    for c in (1, 2, 3, 4, 5, 9, 10, 11):
        _merge(ws, h, c, h + 1, c)
    _merge(ws, h, 6, h, 8)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, base, year, actuals, est, target, note in NASU:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        _put(ws, r, 5, year, align="center")
        for j, v in enumerate(actuals):
            _put(ws, r, 6 + j, v, align="right")
        _put(ws, r, 9, est)
        _put(ws, r, 10, target)
        _put(ws, r, 11, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※基準年の「年」は暦年、「年度」は年度、「年月」はその時点の値です。R1は令和2年2月末時点の見込値です。",
        "※No.5のH30実績は、集計方法の変更により「―」としています。",
        "※令和元年度 総合戦略関連事業費：1億2,860万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "nasushiobara_kpi_jiten_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飯綱町 (長野県): KPIの進捗状況 — 基準→目標 under the name, 目安値 with its year, 進捗区分, 前年度
# --------------------------------------------------------------------------------------------

# Real (飯綱町まち・ひと・しごと創生総合戦略, 平成27年10月): the five 事業 names. Made up: every KPI, figure,
# grade, the page, date, 課, notes and money.
IIZUNA = [
    (
        "6次産業化推進事業",
        "6次産業化による新商品開発数（件）",
        "H26年度 2→H31年度 15",
        "9",
        "H29年度",
        "11",
        "A",
        "B",
    ),
    (
        "農業後継者育成事業",
        "新規就農者数（人）",
        "H26年度 3→H31年度 20",
        "12",
        "H29年度",
        "9",
        "C",
        "B",
    ),
    (
        "出会いの場創出事業",
        "婚活イベントによる成婚数（組）",
        "H26年度 0→H31年度 10",
        "5",
        "H28年度",
        "4",
        "B",
        "A",
    ),
    (
        "テレワーク・サテライトオフィス推進事業",
        "サテライトオフィス開設数（か所）",
        "H26年度 0→H31年度 5",
        "3",
        "H29年度",
        "3",
        "A",
        "-",
    ),
    (
        "空き店舗・空き家活用促進による商工業活性化プロジェクト",
        "空き家バンク登録物件の成約件数（件）",
        "H26年度 4→H31年度 30",
        "16",
        "H29年度",
        "19",
        "A",
        "A",
    ),
]


def iizuna_html() -> str:
    lines = [
        "<table>",
        "<thead>",
        "<tr><th>事業名</th><th>重要業績評価指標（KPI）<br>基準値→目標値</th><th>目安値</th><th>実績値</th><th>進捗区分</th><th>前年度</th></tr>",
        "</thead>",
        "<tbody>",
    ]
    for prog, name, span, guide, year, actual, grade, prev in IIZUNA:
        lines.append(
            f'<tr><td>{prog}</td><td>{name}<br>{span}</td><td class="r">{guide}<br>({year})</td>'
            f'<td class="r">{actual}</td><td class="c">{grade}</td><td class="c">{prev}</td></tr>'
        )
    lines += ["</tbody>", "</table>"]
    table = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>飯綱町まち・ひと・しごと創生総合戦略の評価（対象：平成29年度）｜飯綱町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>飯綱町まち・ひと・しごと創生総合戦略の評価（対象：平成29年度）</h1>
<p>平成30年9月　飯綱町企画課</p>
<p>飯綱町まち・ひと・しごと創生総合戦略（平成27年10月策定）に掲げた事業の重要業績評価指標（KPI）について、平成29年度の進捗状況を評価しました。</p>
<h2>重要業績評価指標（KPI）の進捗状況</h2>
{table}
<p class="note">※目安値は、目標値の達成に向けて各年度に想定した値です。（　）内は目安値及び実績値の年度です。</p>
<p class="note">※進捗区分　A：実績値が目安値以上　B：目安値の80%以上　C：目安値の80%未満。前年度欄は平成28年度の進捗区分です。</p>
<p class="note">※平成29年度 地方創生推進交付金事業費：21,350千円</p>
</body>
</html>
"""


def iizuna() -> Path:
    path = HERE / "iizuna_kpi_shinchoku_h29.html"
    path.write_bytes(iizuna_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (minamisoma, fukagawa, nasushiobara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {iizuna().name}")


if __name__ == "__main__":
    main()
