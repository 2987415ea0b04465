"""Build the documents of forms434/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/misawa_senryaku_kensho_r6.xlsx``, a 第2期総合戦略 効果検証シート in the manner of 三沢市 (青森県):
  **two tables on one sheet**, ``（１）数値目標`` headed in Western fiscal years (``基準値（2018年度）`` …) with
  a 達成状況 column, and ``（２）重要業績評価指標（KPI）`` headed in 和暦 with **the actual years newest first
  (``R6 | R5 | R4``)**; ``億円`` and ``千円`` in 単位; ``―`` for survey years without a survey; and the PDF;
* ``noboribetsu_senryaku_kpi_r5.html``, a 第2期総合戦略 KPI page in the manner of 登別市 (北海道): no 単位
  column; **each 施策 group row states the unit of the rows under it (``［単位：千人（単位を付記した指標を
  除く）］``, ``［単位：件］``)**, one name carries its own ``（人）``; a ``―`` actual; a full-width value;
* ``source/kitakami_suishin_kensho_r5.xlsx``, a 地域再生計画 効果検証シート in the manner of 北上市 (岩手県):
  ``令和N年度 (目標 | 実績)`` blocks and a 評価 column; **a note row inside the grid that makes the two
  rows under it running totals over the plan period**; a distracting ※ note; and the PDF;
* ``source/nanyo_kofukin_kensho_r5.xlsx``, a 地方創生推進交付金事業 効果検証シート in the manner of 南陽市
  (山形県): **no 単位 column, each row's unit (with its scale word, ``万人``, ``万円``) printed only in its
  baseline cell**; **an actual column dated before the year's end, ``R5実績（R6.1末）``**; A/B 評価 with a
  legend; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms434/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms434/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms434_soffice_") as tmp:
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
# 三沢市 (青森県): 第2期総合戦略 効果検証シート（令和6年度・最終検証）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, 策定 令和2年3月, period to 令和7年3月 (FY2020-FY2024), 2060年 3万人, 110の事業,
# the 第3期 (みさわ創生総合戦略, 令和7年3月), 119.39km², 37,294人 (2024年6月1日), 寺山修司記念館.
# Made up: 課, 基本目標 wording, every indicator, value and note.
MI_GOALS = [
    ("市の支援による新規雇用者数", "人", 152, 200, 214, "達成"),
    ("市内の農業産出額", "億円", 84.6, 90.0, 87.2, "未達成"),
]
MI_KPIS = [
    (1, "創業支援事業計画に基づく創業件数", "件", 8, 11, 9, 7, 10),
    (2, "ふるさと納税寄附額", "千円", 186420, 1254300, 1027800, 812650, 1000000),
    (3, "「働く場が充実している」と思う市民の割合", "％", 21.4, "―", 24.8, "―", 30.0),
]


def misawa() -> Path:
    wb, ws = _sheet("効果検証シート", [5, 34, 8, 12, 11, 11, 11, 12])
    _page(ws, "portrait")
    _text(
        ws,
        1,
        1,
        "第2期三沢市まち・ひと・しごと創生総合戦略　効果検証シート（令和６年度・最終検証）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年8月　三沢市", align="right")
    fields = [
        ("戦略の名称", "第2期三沢市まち・ひと・しごと創生総合戦略（令和2年3月策定）"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "政策調整課"),
    ]
    r = 4
    for key, val in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "市の概要", header=True)
    _para(
        ws,
        r,
        3,
        8,
        "面積119.39km²、人口37,294人（2024年6月1日推計）。寺山修司記念館のあるまち。第2期戦略では2060年の将来目標人口を3万人とし、"
        "110の事業に取り組んだ。本シートは計画期間の最終年度（令和6年度）の実績により検証したもので、第3期戦略（みさわ創生総合戦略、"
        "令和7年3月策定）に引き継ぐ。",
        48,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "■基本目標１　しごとをつくり、安心して働ける三沢", bold=True, size=11)
    r += 2
    _text(ws, r, 1, "（１）数値目標", bold=True, size=10)
    r += 1
    heads = [
        "数値目標",
        "単位",
        "基準値\n（2018年度）",
        "目標値\n（2024年度）",
        "実績値\n（2024年度）",
        "達成状況",
    ]
    _span(ws, r, 1, 2, heads[0], header=True)
    for c, h in zip(range(3, 8), heads[1:]):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 28
    for name, unit, base, tgt, act, mark in MI_GOALS:
        r += 1
        _span(ws, r, 1, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, tgt, act])
        _put(ws, r, 7, mark, align="center")
        ws.row_dimensions[r].height = 20
    r += 2
    _text(ws, r, 1, "（２）重要業績評価指標（KPI）", bold=True, size=10)
    r += 1
    _head2(
        ws,
        r,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (8, "目標値\n（R6）"),
        ],
        [(5, 7, "実績値", ["R6", "R5", "R4"])],
    )
    r += 1
    for no, name, unit, *vals in MI_KPIS:
        r += 1
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
    r += 1
    _notes(
        ws,
        r,
        [
            "※No.3は市民意識調査（隔年実施）による。令和4年度・令和6年度は調査を実施していない。",
            "※ふるさと納税寄附額は各年度の受入額（返礼品に係る経費を含む）。",
        ],
    )
    path = SOURCE / "misawa_senryaku_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 登別市 (北海道): 第2期総合戦略 KPIの検証結果（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its link to the 総合計画第3期基本計画, the 5つの基本目標 carried over from the
# 第1期 (平成27年度策定), the yearly 効果検証, 市制施行50周年 (令和2年), the 2030年 estimate under 4万人 with
# about 1万5,600人 (約4割) aged 65 or over, 登別温泉. Made up: the page, its date and グループ, 基本目標 and
# 施策 wording, every KPI, value and note.
NB_GROUPS = [
    (
        "施策（１）観光の振興　［単位：千人（単位を付記した指標を除く）］",
        [
            ("観光入込客数", "3,412", "2,600", "2,874", "3,200", "3,318", "3,600"),
            ("宿泊客延数", "1,204", "900", "1,012", "1,100", "1,083", "1,300"),
            ("観光ボランティアガイド登録者数（人）", "24", "26", "25", "28", "30", "30"),
        ],
    ),
    (
        "施策（２）移住・定住の促進　［単位：件］",
        [
            ("移住相談件数", "58", "70", "81", "75", "７２", "80"),
            ("空き家バンク成約件数", "6", "8", "―", "9", "11", "10"),
        ],
    ),
]


def noboribetsu_html() -> str:
    rows = []
    for group, inds in NB_GROUPS:
        rows.append(f'<tr class="group"><th colspan="6" scope="rowgroup">{group}</th></tr>')
        for name, *vals in inds:
            rows.append(
                f'<tr><th scope="row" class="name">{name}</th>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期登別市まち・ひと・しごと創生総合戦略 ＫＰＩの検証結果（令和５年度） | 登別市</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
nav ol {{ list-style: none; padding: 0; }}
nav li {{ display: inline; }}
nav li + li::before {{ content: " > "; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tr.group th {{ text-align: left; background: #eef3e8; }}
th.name {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<nav><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/category/shisei/">市政情報</a></li>
<li><a href="/category/shisei/keikaku/">計画・施策</a></li>
<li>第2期登別市まち・ひと・しごと創生総合戦略</li>
</ol></nav>
<h1>第2期登別市まち・ひと・しごと創生総合戦略　ＫＰＩの検証結果（令和５年度）</h1>
<p class="date">公開日 2024年09月20日　担当：総務部 企画調整グループ</p>
<p>第2期登別市まち・ひと・しごと創生総合戦略は、登別市総合計画第3期基本計画に連なるものとして、第1期（平成27年度策定）に掲げた5つの基本目標と具体施策を引き継いで策定したもので、毎年度、施策の効果を検証しています。</p>
<p>令和2年に市制施行50周年を迎えた本市ですが、国立社会保障・人口問題研究所の推計では2030年に人口が4万人を切り、そのうち約1万5,600人（約4割）が65歳以上になると見込まれています。ここでは、基本目標2に掲げた重要業績評価指標（ＫＰＩ）の令和5年度の実績をお知らせします。</p>
<h2>基本目標２　登別への新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th rowspan="2" scope="col">具体的な施策・ＫＰＩ</th><th rowspan="2" scope="col">基準値<br>（R元）</th><th colspan="2" scope="colgroup">令和4年度</th><th colspan="2" scope="colgroup">令和5年度</th><th rowspan="2" scope="col">最終目標<br>（R6）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※観光入込客数・宿泊客延数は、北海道観光入込客数調査（年度）による。</p>
<p>※空き家バンク成約件数の令和4年度実績は、制度改正に伴い集計方法を見直したため掲載していません。</p>
<p>このページに関するお問い合わせ：総務部 企画調整グループ</p>
</body>
</html>
"""


def noboribetsu() -> Path:
    path = HERE / "noboribetsu_senryaku_kpi_r5.html"
    path.write_bytes(noboribetsu_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 北上市 (岩手県): 地域再生計画 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name 第2期北上市まち・ひと・しごと創生推進計画 and its 目標 text's figures (94,321人 in 2005,
# 93,511人 in 2015, 92,339人 at 2021年3月末, 78,235人 in 2045), the 合計特殊出生率 1.28 of 令和2年; 政策企画課 is
# read from the city's URL path only. Made up: the sheet, 計画期間, every KPI, value, grade and note.
KK_ROWS = [
    (1, "市の支援による新規創業者数", "人", 12, 14, 15, 16, 13, 18, 19, "達成"),
    (2, "市内企業への新規学卒者の就職者数", "人", 318, 325, 301, 330, 334, 335, 327, "未達成"),
    None,
    (3, "移住支援金を活用した移住者数", "人", 0, 10, 8, 20, 21, 30, 33, "達成"),
    (4, "企業版ふるさと納税の寄附件数", "件", "―", 3, 2, 6, 5, 9, 8, "未達成"),
]


def kitakami() -> Path:
    wb, ws = _sheet("効果検証シート", [5, 34, 7, 12, 9, 9, 9, 9, 9, 9, 10])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "第2期北上市まち・ひと・しごと創生推進計画（地域再生計画）　効果検証シート（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年9月　北上市", align="right")
    fields = [
        ("地域再生計画の名称", "第2期北上市まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和3年4月1日～令和6年3月31日"),
        ("担当課", "政策企画課"),
    ]
    r = 4
    for key, val in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 11, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "市の現状", header=True)
    _para(
        ws,
        r,
        3,
        11,
        "本市の人口は2005年の94,321人をピークに減少に転じ、2015年は93,511人、住民基本台帳による2021年3月末の人口は92,339人となっている。"
        "令和2年の合計特殊出生率は過去最低の1.28となり、2045年には78,235人まで減少すると推計されている。",
        34,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _text(ws, r, 11, "評価　達成：目標値以上　未達成：目標値未満", size=8, align="right")
    r += 1
    _head2(
        ws,
        r,
        [(1, "No."), (2, "KPI"), (3, "単位"), (4, "事業開始前\n（R2年度）"), (11, "評価\n（R5）")],
        [
            (5, 6, "令和3年度", ["目標", "実績"]),
            (7, 8, "令和4年度", ["目標", "実績"]),
            (9, 10, "令和5年度", ["目標", "実績"]),
        ],
    )
    r += 1
    for row in KK_ROWS:
        r += 1
        if row is None:
            _span(
                ws,
                r,
                1,
                11,
                "※以下のNo.3・No.4は、目標・実績とも計画期間（R3～R5）の累計値を記載しています（事業開始前の値を除く）。",
                fill=LIGHT,
                size=8,
            )
            ws.row_dimensions[r].height = 16
            continue
        no, name, unit, *vals, mark = row
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, mark, align="center")
        ws.row_dimensions[r].height = 20
    r += 1
    _notes(
        ws,
        r,
        [
            "※No.2の令和4年度は、新型コロナウイルス感染症の影響により市内企業の採用が抑制された。",
            "※No.4の事業開始前は、制度を活用していなかったため「―」とした。",
        ],
    )
    path = SOURCE / "kitakami_suishin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南陽市 (山形県): 地方創生推進交付金事業 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 160.52km², 31,112人 (2020年3月1日), 赤湯温泉 (開湯900有余年), 4 wineries, ぶどう, 観光果樹園, the 1967
# merger of 赤湯町・宮内町・和郷村. Made up: the 事業, its period, 課, every KPI, value, grade and note.
NY_ROWS = [
    ("①赤湯温泉の宿泊者数", "15.2万人", 16.8, 18.9, 17.6, 20.0, "B"),
    ("②市内ワイナリーの見学者数", "8,420人", 9150, 10380, 11260, 11000, "A"),
    ("③ワイン・ぶどう関連商品の販売額", "3,860万円", 4120, 4475, 4390, 4500, "B"),
    ("④観光果樹園の入園者数", "4.1万人", 4.4, 4.9, 5.3, 5.0, "A"),
]


def nanyo() -> Path:
    wb, ws = _sheet("効果検証", [30, 12, 10, 10, 13, 12, 8])
    _page(ws, "portrait")
    _text(ws, 1, 1, "令和５年度　地方創生推進交付金事業　効果検証シート", bold=True, size=13)
    _text(ws, 2, 7, "令和6年3月　南陽市", align="right")
    fields = [
        ("交付対象事業の名称", "赤湯温泉とぶどう・ワインを核とした交流人口拡大事業"),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
        ("担当課", "商工観光課"),
    ]
    r = 4
    for key, val in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "市の概要", header=True)
    _para(
        ws,
        r,
        2,
        7,
        "昭和42年（1967年）に赤湯町・宮内町・和郷村が合併して市制を施行。面積160.52km²、人口31,112人（2020年3月1日推計）。"
        "開湯900有余年の赤湯温泉を有し、ぶどうの産地として市内には4軒のワイナリーがある。",
        46,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　重要業績評価指標（KPI）の実績", bold=True, size=11)
    r += 1
    heads = [
        "KPI",
        "基準値\n（R2）",
        "R3実績",
        "R4実績",
        "R5実績\n（R6.1末）",
        "目標値\n（R5）",
        "評価",
    ]
    for j, h in enumerate(heads):
        _put(ws, r, 1 + j, h, header=True)
    ws.row_dimensions[r].height = 28
    for name, base, *vals, mark in NY_ROWS:
        r += 1
        _put(ws, r, 1, name)
        _put(ws, r, 2, base, align="right")
        _vals(ws, r, 3, vals)
        _put(ws, r, 7, mark, align="center")
        ws.row_dimensions[r].height = 20
    r += 1
    _notes(
        ws,
        r,
        [
            "※単位は各KPIの基準値欄に記載（以降の欄も同じ単位）。",
            "※R5実績は、令和6年1月末時点の数値（年度途中の集計）である。",
            "※評価　A：目標値を達成　B：目標値に達していない",
        ],
    )
    path = SOURCE / "nanyo_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (misawa, kitakami, nanyo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {noboribetsu().name}")


if __name__ == "__main__":
    main()
