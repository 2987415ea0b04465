"""Build the built documents of forms137/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/otake_jisshi_keikaku_2016.xlsx``, a 後期基本計画 実施計画 in the manner of 大竹市 (広島県):
  基準値 H26(2014) | 実績値 H27(2015) | **計画値 for each year H28(2016)…H31(2019)**, 目標 cells merged
  down, 億円 and 千人 in 単位, **a 関連する個別計画 column whose plan names carry year ranges**; and the PDF;
* ``source/minamiosumi_kpi_kensho_h28.xlsx``, a 総合戦略 KPI検証 in the manner of 南大隅町 (鹿児島県):
  H27 and H28 each spanning 目標 | 実績, 基準値（H26）, 目標値（H31）, 万人 in 単位, a 削減 KPI,
  a 担当課 column, 基本目標 rows across the grid; and the PDF;
* ``source/zentsuji_teijuu_seika_h28.xlsx``, 定住自立圏 取組の成果指標 in the manner of 善通寺市 (香川県):
  政策分野 cells merged down, 現状値（H27） | 実績値（H28） | 目標値（H33）, **a 連携する市町 column of
  partner names**, two 視点 headings; and the PDF;
* ``tomigusuku_kensho_sheet_h26.html``, a 沖縄振興特別推進交付金事業 検証シート in the manner of 豊見城市
  (沖縄県): form fields, a 予算額・執行額【単位：千円】 table with 執行率, and 活動目標 / 成果目標 tables
  with 目標 / 実績 row pairs under **era-less years (25年度 … 28年度)**.

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
    wb.properties.creator = "forms137/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms137/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms137_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 大竹市 (広島県): 後期基本計画 実施計画 平成28(2016)年度版
# --------------------------------------------------------------------------------------------

# Real: 大竹市総合計画（わがまちプラン）, its 後期基本計画 実施計画 平成28(2016)年度版 for 平成28(2016)～
# 平成31(2019)年度, 基本目標1 and its 目標1-① … 1-④ names. Made up: every indicator, figure and plan name.
OTAKE = [
    (
        "目標1-①\n工業の振興",
        "大竹市工業振興ビジョン（H27～H36）",
        [
            ("企業立地件数", "件", [1, 2, 2, 2, 2, 2]),
            ("製造品出荷額等", "億円", [2712, 2805, 2750, 2780, 2800, 2850]),
        ],
    ),
    (
        "目標1-②\nサービス業の振興",
        "大竹市観光振興計画（H28～H32）",
        [
            ("観光入込客数", "千人", [512, 498, 520, 530, 540, 550]),
        ],
    ),
    (
        "目標1-③\n1次産業の振興",
        "大竹市農業振興地域整備計画",
        [
            ("新規就農者数", "人", [1, "―", 2, 2, 2, 2]),
        ],
    ),
    (
        "目標1-④\n雇用の促進",
        "―",
        [
            ("就職面接会の参加者数", "人", [45, 52, 60, 60, 70, 70]),
        ],
    ),
]


def otake() -> Path:
    widths = [15, 26, 6, 11, 11, 10, 10, 10, 10, 26]
    wb, ws = _sheet("実施計画", widths)
    _text(
        ws,
        1,
        1,
        "大竹市総合計画（わがまちプラン）　後期基本計画　実施計画　平成28(2016)年度版",
        bold=True,
        size=12,
    )
    _text(
        ws,
        2,
        1,
        "【計画期間：平成28(2016)年度～平成31(2019)年度】　　広島県大竹市　総務部企画財政課",
    )
    _text(ws, 4, 1, "基本目標1　地域経済を活性化し，安定した雇用創出を実現する", bold=True, size=10)
    _head2(
        ws,
        5,
        [(1, "目標"), (2, "指標名"), (3, "単位"), (10, "関連する個別計画")],
        [
            (4, 4, "基準値", ["H26(2014)"]),
            (5, 5, "実績値", ["H27(2015)"]),
            (6, 9, "計画値", ["H28(2016)", "H29(2017)", "H30(2018)", "H31(2019)"]),
        ],
    )
    r = 7
    for goal, plan, rows in OTAKE:
        top = r
        for name, unit, vals in rows:
            _put(ws, r, 1, goal if r == top else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 10, plan if r == top else None, align="center" if plan == "―" else None)
            ws.row_dimensions[r].height = 26
            r += 1
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
            _merge(ws, top, 10, r - 1, 10)
    _notes(
        ws,
        r + 1,
        [
            "※計画値は各年度の単年度の値です。関連する個別計画の（　）は当該計画の計画期間です。",
            "※実施計画事業費（4年間計）：1,284,500千円（別冊「実施計画事業費一覧」参照）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "otake_jisshi_keikaku_2016.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南大隅町 (鹿児島県): 総合戦略 KPIの検証結果（平成28年度）
# --------------------------------------------------------------------------------------------

# Real: 南大隅町まち・ひと・しごと創生総合戦略 (平成27年10月), its four 基本目標 (three shown) and 佐多岬
# (九州本土最南端). Made up: the sheet, date, 課, every KPI and figure.
MINAMIOSUMI = [
    (
        "基本目標①　南大隅町への移住・定住を促進するとともに、安心して子育てができる環境を整備する",
        [
            ("1", "移住相談による移住者数", "人", [8, 10, 12, 12, 9, 15], "企画課"),
            ("2", "乳幼児健診の受診率", "％", [94.1, 95.0, 96.3, 96.0, 95.2, 98.0], "保健福祉課"),
        ],
    ),
    (
        "基本目標②　産業を育成し、安定した雇用を創出する",
        [
            (
                "3",
                "耕作放棄地面積の削減",
                "ha",
                [152.0, 148.0, 146.5, 144.0, 143.8, 135.0],
                "経済課",
            ),
        ],
    ),
    (
        "基本目標③　観光振興により交流人口を増やす",
        [
            ("4", "佐多岬の観光客数", "万人", [28.5, 30.0, 31.2, 32.0, 29.8, 36.0], "企画課"),
            ("5", "町営宿泊施設の稼働率", "％", [41.3, 45.0, "―", 48.0, 48.3, 55.0], "経済課"),
        ],
    ),
]


def minamiosumi() -> Path:
    widths = [5, 30, 6, 11, 9, 9, 9, 9, 11, 12]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "南大隅町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "平成29年8月　南大隅町 企画課")
    _text(ws, 4, 1, "２　基本目標ごとのKPIの状況", bold=True, size=10)
    _head2(
        ws,
        5,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値（H26）"),
            (9, "目標値（H31）"),
            (10, "担当課"),
        ],
        [(5, 6, "H27", ["目標", "実績"]), (7, 8, "H28", ["目標", "実績"])],
    )
    r = 7
    for goal, rows in MINAMIOSUMI:
        _span(ws, r, 1, 10, goal, fill=LIGHT, bold=True)
        r += 1
        for no, name, unit, vals, dept in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 10, dept, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※H28実績は平成29年3月31日現在の数値です。",
            "※地方創生推進交付金事業（H28）の事業費：18,642千円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "minamiosumi_kpi_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 善通寺市 (香川県): 定住自立圏形成協定に基づく取組の成果指標
# --------------------------------------------------------------------------------------------

# Real: 瀬戸内中讃定住自立圏, the 協定 with 丸亀市 of 平成24年4月19日, the partner towns 琴平町・多度津町・
# まんのう町 and the 視点 (1) 生活機能の強化 / (2) 結びつきやネットワークの強化. Made up: the sheet, date,
# 課, every indicator, figure and partner list.
ZENTSUJI = [
    (
        "（１）生活機能の強化に係る政策分野",
        [
            (
                "医療",
                [
                    (
                        "小児救急医療の受入件数",
                        "件",
                        [1846, 1902, 2000],
                        "丸亀市・琴平町・多度津町・まんのう町",
                    ),
                    ("特定健康診査の受診率", "％", [38.6, 40.1, 60.0], "丸亀市"),
                ],
            ),
            (
                "産業振興",
                [
                    ("五岳山周辺の観光客数", "千人", [412, 436, 500], "琴平町・まんのう町"),
                ],
            ),
        ],
    ),
    (
        "（２）結びつきやネットワークの強化に係る政策分野",
        [
            (
                "地域公共交通",
                [
                    (
                        "コミュニティバスの年間利用者数",
                        "人",
                        [58210, 61034, 65000],
                        "丸亀市・多度津町",
                    ),
                ],
            ),
            (
                "交流・移住",
                [
                    (
                        "圏域への移住相談件数",
                        "件",
                        ["―", 24, 50],
                        "丸亀市・琴平町・多度津町・まんのう町",
                    ),
                ],
            ),
        ],
    ),
]


def zentsuji() -> Path:
    widths = [12, 28, 6, 11, 11, 11, 24]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "瀬戸内中讃定住自立圏　定住自立圏形成協定に基づく取組の成果指標（善通寺市）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "平成29年3月　善通寺市 企画課")
    _para(
        ws,
        3,
        1,
        7,
        "平成24年4月19日に丸亀市と締結した定住自立圏形成協定に基づき、琴平町、多度津町、まんのう町とも連携して取り組む事項の成果指標です。",
        30,
    )
    r = 5
    for heading, groups in ZENTSUJI:
        _text(ws, r, 1, heading, bold=True, size=10)
        r += 1
        for c, word in enumerate(
            [
                "政策分野",
                "成果指標",
                "単位",
                "現状値（H27）",
                "実績値（H28）",
                "目標値（H33）",
                "連携する市町",
            ],
            start=1,
        ):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 22
        r += 1
        for field, rows in groups:
            top = r
            for name, unit, vals, partners in rows:
                _put(ws, r, 1, field if r == top else None, align="center")
                _put(ws, r, 2, name)
                _put(ws, r, 3, unit, align="center")
                _vals(ws, r, 4, vals)
                _put(ws, r, 7, partners)
                ws.row_dimensions[r].height = 26
                r += 1
            if r - 1 > top:
                _merge(ws, top, 1, r - 1, 1)
        r += 1
    _notes(
        ws,
        r,
        [
            "※目標値は共生ビジョンの最終年度（平成33年度）の値です。",
            "※定住自立圏推進に係る善通寺市の負担金（H28）：3,210千円",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "zentsuji_teijuu_seika_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊見城市 (沖縄県): 平成26年度沖縄振興特別推進交付金事業（市町村分）検証シート【公表用】
# --------------------------------------------------------------------------------------------

# Real: the 検証シート's title and shape (form fields, 予算額・執行額【単位：千円】, 活動目標（指標）及び
# 達成状況), 事業番号・事業名 1-② 観光振興地域環境美化強化事業, 経済建設部 道路課, 平成25～29年度, the
# 21世紀ビジョン 該当箇所, the gist of 事業内容 and the amounts 5,832 / 21,447 / 34,000. Made up: the
# indicators, their figures, the 執行済額 of 26年度 and the 成果目標 table.
TOMIGUSUKU_BUDGET = [
    ("(a)当初予算額", ["5,832", "21,447", "34,000", "―", "―"]),
    ("B.執行済額", ["5,832", "17,157", "", "", ""]),
    ("執行率（%）（B/A）", ["100.0%", "80.0%", "", "", ""]),
]
TOMIGUSUKU_ACT = [
    ("植栽桝の除草清掃延長（km）", ["12.0", "12.0", "12.0", "12.0"], ["12.0", "11.4", "", ""]),
    ("プランターの植栽管理数（基）", ["120", "180", "180", "180"], ["120", "186", "", ""]),
]
TOMIGUSUKU_OUT = [
    ("観光客の景観満足度（％）", ["―", "70.0", "72.0", "75.0"], ["65.3", "71.2", "", ""]),
    ("植栽に関する苦情件数の削減（件）", ["20", "15", "12", "10"], ["24", "13", "", ""]),
]


def _pairs(rows, head: str) -> str:
    body = []
    for name, target, actual in rows:
        body.append(
            f'<tr><td rowspan="2">{name}</td><td>目標</td>'
            + "".join(f'<td class="num">{v}</td>' for v in target)
            + "</tr>"
        )
        body.append(
            "<tr><td>実績</td>" + "".join(f'<td class="num">{v}</td>' for v in actual) + "</tr>"
        )
    rows_html = "\n".join(body)
    return f"""<table border="1">
<tr><th>{head}</th><th>区分</th><th>25年度</th><th>26年度</th><th>27年度</th><th>28年度</th></tr>
{rows_html}
</table>"""


def tomigusuku_html() -> str:
    budget = "\n".join(
        f"<tr><td>{name}</td>" + "".join(f'<td class="num">{v}</td>' for v in vals) + "</tr>"
        for name, vals in TOMIGUSUKU_BUDGET
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成26年度沖縄振興特別推進交付金事業（市町村分）検証シート【公表用】｜豊見城市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>平成26年度沖縄振興特別推進交付金事業（市町村分）検証シート【公表用】</h1>
<table border="1">
<tr><th>市町村名</th><td>豊見城市</td></tr>
<tr><th>事業番号・事業名</th><td>1-②　観光振興地域環境美化強化事業</td></tr>
<tr><th>担当部課名</th><td>経済建設部　道路課</td></tr>
<tr><th>事業実施（予定）年度</th><td>平成25～29年度</td></tr>
<tr><th>沖縄21世紀ビジョン基本計画該当箇所</th><td>第3章-1-(6)-イ　花と緑あふれる県土の形成</td></tr>
<tr><th>事業内容</th><td>魅力ある観光地づくりを図るため、豊崎・瀬長地域の市道植栽桝の除草清掃と、観光施設へ繋がる市道沿いに植栽した花木の管理を行う。</td></tr>
</table>
<h2>予算額・執行額【単位：千円】</h2>
<table border="1">
<tr><th>区分</th><th>25年度</th><th>26年度</th><th>27年度</th><th>28年度</th><th>29年度</th></tr>
{budget}
</table>
<h2>活動目標（指標）及び達成状況</h2>
{_pairs(TOMIGUSUKU_ACT, "活動目標（指標）")}
<h2>成果目標（指標）及び達成状況</h2>
{_pairs(TOMIGUSUKU_OUT, "成果目標（指標）")}
<p>達成状況説明：除草清掃は台風被害の復旧作業を優先したため目標をやや下回ったが、プランターの植栽管理は目標を上回った。</p>
</body>
</html>
"""


def tomigusuku() -> Path:
    path = HERE / "tomigusuku_kensho_sheet_h26.html"
    path.write_bytes(tomigusuku_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (otake, minamiosumi, zentsuji):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tomigusuku().name}")


if __name__ == "__main__":
    main()
