"""Build the built documents of forms149/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tamano_gyokaku_torikumi_h27.xlsx``, 行政改革大綱実施計画に基づく取組内容等 in the manner of 玉野市
  (岡山県): per 取組 a grid whose year header (H23 … H27) carries the plan rows, then **a second header row
  ``[実績] | H23実績 … H27実績見込み`` whose value rows carry no names** (they follow the plan rows by position),
  ``同上``/``同左`` text cells, and money in prose notes; and the PDF;
* ``source/ginoza_ikkatsu_seika_mokuhyo_h28.xlsx``, 沖縄振興特別推進市町村交付金事業計画 成果目標（変更） in the manner
  of 宜野座村 (沖縄県): one row per 事業 with 計画期間, 総事業費（千円）, an 活動目標 and a 成果目標 each written as
  ``name value`` in one cell, one 成果目標 as prose (前年度比5％増加させる); and the PDF;
* ``source/nishinoomote_senryaku_soan.xlsx``, a 総合戦略【素案】 page in the manner of 西之表市 (鹿児島県): a
  ``(1)数値目標`` grid and a ``(2)重要業績評価指標（KPI）`` grid whose **draft targets are placeholders ``〇〇人``**,
  kana 施策 cells merged down, ``万人`` in a cell; and the PDF;
* ``hyuga_kpi_jisseki_h29.html``, a KPI results page in the manner of 日向市 (宮崎県): **a 数値目標 table
  (基準値, 目標値) and a separate 実績 table of the same indicators** further down the page.

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
    wb.properties.creator = "forms149/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms149/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms149_soffice_") as tmp:
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
# 玉野市 (岡山県): 平成27年度 玉野市行政改革大綱実施計画に基づく取組内容等について
# --------------------------------------------------------------------------------------------

# Real: the title, 平成28年3月, 玉野市総合政策課, 【視点1】市民との協働, ①地域活動，市民活動の支援（協働推進課）
# with its plan words, both indicators and all 20 of their figures, the 補助金 prose and its money;
# ②地域の防災組織の拡充（危機管理課） with its plan words and the 加入率 targets. Made up: the 加入率 actuals,
# 出前講座の開催回数 and its figures, the 実施状況 row of block ②.
YEARS = ["H23", "H24", "H25", "H26", "H27"]
ACT_YEARS = ["H23実績", "H24実績", "H25実績", "H26実績", "H27実績見込み"]
TAMANO = [
    {
        "head": "①地域活動，市民活動の支援（協働推進課）",
        "plan": [
            "地域活動，市民活動の支援",
            "新たな補助制度の施行拡大",
            "新たな補助制度の本格実施",
            "新たな補助制度の運用",
            "同左",
        ],
        "rows": [
            ("補助金交付件数", ["30件", "50件", "70件", "100件", "100件"]),
            (
                "市民活動保険登録者数",
                ["28,000人", "30,500人", "31,000人", "31,500人", "32,000人"],
            ),
        ],
        "done": ["同上", "同上", "同上", "同上", "同上"],
        "acts": [
            ["23件", "23件", "18件", "13件", "13件"],
            ["29,507人", "29,820人", "32,302人", "35,725人", "36,789人"],
        ],
        "notes": [
            "【協働のまちづくり事業補助金】",
            "H23年度・年1回の募集　交付件数23件，交付実績4,401,202円（不採択1件）",
            "H24年度・年2回の募集　交付件数23件，交付実績4,583,233円（不採択1件，取下げ3件）",
            "H25年度・年2回の募集　交付件数18件，交付実績4,174,934円（不採択4件，取下げ4件）・制度の見直しを実施",
            "H27年度・年1回の募集　交付件数13件，交付実績見込み1,816,057円（12月末現在）",
            "【市民活動保険】・随時，保険登録受付および事業の広報を行っている。",
        ],
    },
    {
        "head": "②地域の防災組織の拡充（危機管理課）",
        "plan": [
            "出前講座，総合防災フェアの開催",
            "出前講座，総合防災訓練の実施",
            "同左",
            "同左",
            "同左",
        ],
        "rows": [
            ("自主防災組織加入率", ["55%", "58%", "61%", "64%", "67%"]),
            ("出前講座の開催回数", ["20回", "22回", "24回", "26回", "28回"]),
        ],
        "done": ["同上", "同上", "同上", "出前講座，全市一斉防災訓練の実施", "同上"],
        "acts": [
            ["56.3%", "59.1%", "62.4%", "63.8%", "66.2%"],
            ["18回", "25回", "27回", "24回", "30回"],
        ],
        "notes": [
            "※加入率＝自主防災組織の活動範囲の世帯数÷市内の総世帯数（各年度4月1日現在）。",
        ],
    },
]


def tamano() -> Path:
    wb, ws = _sheet("取組内容", [22, 17, 17, 17, 17, 17])
    _page(ws, "portrait")
    _text(ws, 1, 6, "資料②", align="right")
    _text(
        ws,
        2,
        1,
        "平成27年度　玉野市行政改革大綱実施計画に基づく取組内容等について",
        bold=True,
        size=12,
    )
    _text(ws, 3, 6, "平成28年3月　玉野市総合政策課", align="right")
    _text(ws, 5, 1, "【視点1】市民との協働", bold=True, size=11)
    r = 6
    for block in TAMANO:
        _text(ws, r, 1, block["head"], bold=True, size=10)
        r += 1
        _put(ws, r, 1, "年度", header=True)
        for j, y in enumerate(YEARS):
            _put(ws, r, 2 + j, y, header=True)
        r += 1
        _put(ws, r, 1, "実施計画の内容")
        for j, w in enumerate(block["plan"]):
            _put(ws, r, 2 + j, w, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
        for name, vals in block["rows"]:
            _put(ws, r, 1, name)
            for j, v in enumerate(vals):
                _put(ws, r, 2 + j, v, align="right")
            ws.row_dimensions[r].height = 18
            r += 1
        _put(ws, r, 1, "[実績]", header=True, valign="top")
        for j, y in enumerate(ACT_YEARS):
            _put(ws, r, 2 + j, y, header=True)
        top = r
        r += 1
        _put(ws, r, 1, None)
        for j, w in enumerate(block["done"]):
            _put(ws, r, 2 + j, w, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
        for vals in block["acts"]:
            _put(ws, r, 1, None)
            for j, v in enumerate(vals):
                _put(ws, r, 2 + j, v, align="right")
            ws.row_dimensions[r].height = 18
            r += 1
        _merge(ws, top + 1, 1, r - 1, 1)
        _notes(ws, r, block["notes"])
        r += len(block["notes"]) + 1
    path = SOURCE / "tamano_gyokaku_torikumi_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宜野座村 (沖縄県国頭郡): 平成28年度 沖縄振興特別推進市町村交付金事業計画 成果目標（変更）
# --------------------------------------------------------------------------------------------

# Real: the title of the prefecture's 成果目標（変更） list, its date 平成28年5月24日, 宜野座村 as one of its
# municipalities. Made up: every 事業, period, amount and 目標.
GINOZA = [
    # No., 事業名, 計画期間, 総事業費（千円）, 活動目標, 成果目標
    (
        1,
        "宜野座村観光振興事業",
        "H24～H33",
        18500,
        "観光イベントの開催　3回",
        "観光施設入込客数を前年度比5％増加させる",
    ),
    (
        2,
        "村内公園等環境美化事業",
        "H25～H29",
        9800,
        "公園等の除草・植栽　12か所",
        "公園利用者満足度　80％以上",
    ),
    (
        3,
        "伝統芸能継承事業",
        "H26～H30",
        4200,
        "伝統芸能講座の開催　24回",
        "講座受講者数　延べ300人",
    ),
]


def ginoza() -> Path:
    wb, ws = _sheet("成果目標", [6, 26, 12, 14, 30, 34])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "平成28年度　沖縄振興特別推進市町村交付金事業計画　成果目標（変更）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 6, "平成28年5月24日", align="right")
    _text(ws, 3, 1, "市町村名：宜野座村", size=10)
    h = 5
    for c, word in enumerate(
        [
            "No.",
            "交付対象事業等の名称",
            "計画期間",
            "総事業費（千円）",
            "H28活動目標（指標）",
            "H28成果目標（指標）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 26
    for i, (no, name, span, money, act, out) in enumerate(GINOZA):
        rr = h + 1 + i
        _put(ws, rr, 1, no, align="center")
        _put(ws, rr, 2, name)
        _put(ws, rr, 3, span, align="center")
        _put(ws, rr, 4, money)
        _put(ws, rr, 5, act)
        _put(ws, rr, 6, out)
        ws.row_dimensions[rr].height = 30
    n = h + 1 + len(GINOZA)
    _notes(
        ws,
        n,
        [
            "※総事業費は計画期間の合計額。成果目標の変更は平成28年度当初計画からの変更分を含む。",
            "※入込客数は村内観光施設3か所の年度合計（H27実績：52,400人）。",
        ],
    )
    path = SOURCE / "ginoza_ikkatsu_seika_mokuhyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西之表市 (鹿児島県): 西之表市まち・ひと・しごと創生総合戦略【素案】
# --------------------------------------------------------------------------------------------

# Real: the title with 【素案】, the undated month 平成27年　月, 鹿児島県西之表市, 種子島, the heading wording
# "的確な成果指標の設定". Made up: the 基本目標 wording, every indicator and figure.
NISHI_GOAL = [("新規就農者数", "人", 6, "〇〇")]
NISHI_KPI = [
    # 施策, KPI, 単位, 現状値, 目標値
    ("ア　農業の担い手の確保", "認定農業者数", "経営体", 148, 160),
    ("ア　農業の担い手の確保", "さとうきび収穫面積", "ha", 1085, "〇〇"),
    ("イ　水産業の振興", "漁業就業者数", "人", 96, 100),
    ("ウ　観光の振興", "観光客数", "万人", 12.3, 15.0),
]


def nishinoomote() -> Path:
    wb, ws = _sheet("素案", [24, 32, 9, 14, 14])
    _page(ws, "portrait")
    _text(ws, 1, 1, "西之表市まち・ひと・しごと創生総合戦略【素案】", bold=True, size=13)
    _text(ws, 2, 5, "平成27年　月　鹿児島県西之表市", align="right")
    _text(ws, 4, 1, "基本目標1　種子島の資源を活かし、しごとをつくる", bold=True, size=11)
    _text(ws, 5, 1, "(1)数値目標", bold=True, size=10)
    h = 6
    _span(ws, h, 1, 2, "数値目標", header=True)
    for c, word in [(3, "単位"), (4, "現状値（H26）"), (5, "目標値（H31）")]:
        _put(ws, h, c, word, header=True)
    for i, (name, unit, base, goal) in enumerate(NISHI_GOAL):
        rr = h + 1 + i
        _span(ws, rr, 1, 2, name)
        _put(ws, rr, 3, unit, align="center")
        _vals(ws, rr, 4, [base, goal])
        ws.row_dimensions[rr].height = 20
    k = h + 1 + len(NISHI_GOAL) + 1
    _text(ws, k, 1, "(2)重要業績評価指標（KPI）", bold=True, size=10)
    h2 = k + 1
    for c, word in enumerate(
        ["具体的な施策", "重要業績評価指標（KPI）", "単位", "現状値（H26）", "目標値（H31）"],
        start=1,
    ):
        _put(ws, h2, c, word, header=True)
    ws.row_dimensions[h2].height = 22
    first = {}
    for i, (measure, name, unit, base, goal) in enumerate(NISHI_KPI):
        rr = h2 + 1 + i
        if measure not in first:
            first[measure] = rr
            _put(ws, rr, 1, measure, valign="center")
        else:
            _put(ws, rr, 1, None)
        _put(ws, rr, 2, name)
        _put(ws, rr, 3, unit, align="center")
        _vals(ws, rr, 4, [base, goal], fmts={0: "#,##0.0" if isinstance(base, float) else None})
        ws.row_dimensions[rr].height = 20
    _merge(ws, first["ア　農業の担い手の確保"], 1, first["ア　農業の担い手の確保"] + 1, 1)
    n = h2 + 1 + len(NISHI_KPI)
    _notes(
        ws,
        n,
        [
            "※「〇〇」の目標値は、関係機関と調整のうえ記載します。",
            "※的確な成果指標の設定とPDCA（継続的改善）の整備により、毎年度効果を検証します。",
        ],
    )
    path = SOURCE / "nishinoomote_senryaku_soan.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日向市 (宮崎県): 元気な“日向市”未来創造戦略 重要業績指標の実績
# --------------------------------------------------------------------------------------------

# Real: 元気な“日向市” 未来創造戦略 <日向市総合戦略> (平成27年10月), 基本目標1 しごとを創りだす未来創造戦略,
# 基本目標2 豊かな自然を生かし新たな人を呼び込む未来創造戦略, 重要業績指標(KPI), the 2060 projection of about
# 40,000 people. Made up: the page, the tables, every figure.
HYUGA_GOALS = """<tr><td rowspan="2">基本目標1<br>しごとを創りだす未来創造戦略</td><td>新規雇用者数（人）</td><td class="num">85</td><td class="num">120</td></tr>
<tr><td>製造品出荷額等（億円）</td><td class="num">2,456</td><td class="num">2,600</td></tr>
<tr><td rowspan="2">基本目標2<br>豊かな自然を生かし新たな人を呼び込む未来創造戦略</td><td>観光入込客数（万人）</td><td class="num">141.2</td><td class="num">160</td></tr>
<tr><td>移住相談件数（件）</td><td class="num">38</td><td class="num">100</td></tr>"""

HYUGA_ACTUALS = """<tr><td>新規雇用者数（人）</td><td class="num">92</td><td class="num">101</td><td class="num">118</td></tr>
<tr><td>製造品出荷額等（億円）</td><td class="num">2,398</td><td class="num">2,512</td><td class="num">集計中</td></tr>
<tr><td>観光入込客数（万人）</td><td class="num">143.5</td><td class="num">150.1</td><td class="num">148.7</td></tr>
<tr><td>移住相談件数（件）</td><td class="num">52</td><td class="num">71</td><td class="num">96</td></tr>"""


def hyuga_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>元気な“日向市”未来創造戦略の実績について｜日向市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップ &gt; 市政情報 &gt; 計画・施策 &gt; 総合戦略</p>
<h1>元気な“日向市”未来創造戦略の実績について</h1>
<p>本市では、平成27年10月に「元気な“日向市” 未来創造戦略」（日向市総合戦略）を策定し、4つの基本目標ごとに数値目標を、具体的な施策ごとに重要業績指標（KPI）を定めています。</p>
<p>社会保障・人口問題研究所の推計では、本市の2060年の人口は約40,000人とされています。戦略では、この推計を上回る人口の将来展望の実現を目指しています。</p>
<h2>1.基本目標ごとの数値目標</h2>
<table border="1">
<tr><th>基本目標</th><th>数値目標</th><th>基準値（H26）</th><th>目標値（H31）</th></tr>
{HYUGA_GOALS}
</table>
<h2>2.数値目標の実績</h2>
<p>平成29年度までの実績は次のとおりです。</p>
<table border="1">
<tr><th rowspan="2">数値目標</th><th colspan="3">実績値</th></tr>
<tr><th>平成27年度</th><th>平成28年度</th><th>平成29年度</th></tr>
{HYUGA_ACTUALS}
</table>
<p>※製造品出荷額等は工業統計調査によるため、平成29年度の値は集計中です。</p>
<p>お問い合わせ：総合政策部総合政策課</p>
</body>
</html>
"""


def hyuga() -> Path:
    path = HERE / "hyuga_kpi_jisseki_h29.html"
    path.write_bytes(hyuga_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tamano, ginoza, nishinoomote):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hyuga().name}")


if __name__ == "__main__":
    main()
