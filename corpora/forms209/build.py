"""Build the built documents of forms209/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kudamatsu_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 下松市
  (山口県): form fields (事務事業名, 事業番号, 担当課 …); a grid whose years span
  ``計画値 | 実績値``, the reporting year ``計画値 | 実績値 | 計画比``, with ``活動指標`` and
  ``成果指標`` rows and then **``コスト`` rows in the same columns** (事業費, うち一般財源,
  従事職員数, 観光客1人当たり事業費), **the ``計画比`` column** (実績÷計画; for the コスト rows the
  執行率); **one R6 計画値 cell holding the old value struck through by the font (取消線) and the
  revised value after it**; ``千人`` with decimals, ``人泊``; and the PDF;
* ``naoshima_kpi_kensho_r6.html``, a 総合戦略 KPI 検証 page in the manner of 直島町 (香川県): a
  ``<dl>`` of form fields, one table whose ``<tbody>`` groups open with a ``<th colspan>``
  基本目標 row, **every body cell led by a ``<span class="sp-label">`` copy of its column
  header (shown only on narrow screens by the CSS)**, and **the header row repeated in a
  ``<tfoot>``**; ``千人`` in the 単位 column;
* ``source/himeshima_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗管理表 in the manner of 姫島村
  (大分県): **an outline in the one ``項目`` column: 基本目標 rows (bold), 施策 rows (indented
  once) and KPI rows (indented twice, ``・``), the heading rows neither spanning nor shaded,
  their value cells empty**, and **a ``関連事業費`` column filled only on the heading rows**
  (施策 money, the 基本目標 rows their sums); ``未集計``, ``3位以内`` for a rank, ``千人``; and
  the PDF;
* ``source/akune_kpi_hyoka_r5.xlsx``, a 総合戦略 KPI 評価シート in the manner of 阿久根市
  (鹿児島県): form fields (地域再生計画の名称, money, the city's profile); **a ``国の柱`` column of
  circled digits (``①``, ``②``, ``④``) naming the national strategy's pillars, beside the
  sheet's own plain ``No.``**, and **an ``SDGs`` column of goal numbers joined by ``・``
  (``2・12``, ``8・11・14``, ``14``)**; a printed 達成状況, ``百万円`` and ``千人`` in 単位, a
  担当課 per row; and the PDF.

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
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
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
    wb.properties.creator = "forms209/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms209/build.py"
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
    indent=0,
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
            horizontal=align or "left",
            vertical=valign or "center",
            wrap_text=True,
            indent=indent,
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down over r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
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
    with tempfile.TemporaryDirectory(prefix="forms209_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 下松市 (山口県): 令和6年度 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 笠戸大橋 (1970-11), 「みなとオアシスくだまつ☆笠戸島」 (registered 2019-08-25), 国民宿舎大城,
# はなぐり海水浴場, 夕日岬, 笠戸ひらめ, 笠戸のとらふぐ, the 第2期下松市まち・ひと・しごと創生総合戦略
# (令和2年3月, R2–R6). Made up: the sheet, its number, 課, 施策, every indicator, figure and the money.
# (No., name, unit, R3 plan, R3 actual, R4 plan, R4 actual, R5 plan, R5 actual, 計画比, R6 plan)
KU_ACTIVITY = [
    ("1", "周遊イベントの開催回数", "回", 6, 4, 8, 8, 10, 11, "110.0%", 12),
    ("2", "観光PR動画の配信本数", "本", 4, 4, 6, 7, 8, 8, "100.0%", 10),
]
KU_OUTCOME = [
    ("3", "笠戸島の観光客数", "千人", 310.0, 288.4, 330.0, 341.2, 350.0, 362.7, "103.6%", None),
    (
        "4",
        "国民宿舎大城の宿泊者数",
        "人泊",
        14000,
        11860,
        15000,
        13942,
        16000,
        14318,
        "89.5%",
        "未定",
    ),
    ("5", "周遊イベント参加者の満足度", "％", 80.0, 84.3, 82.0, 81.5, 84.0, 86.1, "102.5%", 85.0),
]
KU_COST = [
    ("事業費", "千円", 15200, 14870, 17400, 16932, 19000, 18640, "98.1%", 20500),
    ("うち一般財源", "千円", 9100, 8870, 10400, 9932, 11000, 10640, "96.7%", 12100),
    ("従事職員数", "人", 1.2, 1.2, 1.2, 1.3, 1.5, 1.5, "100.0%", 1.5),
    ("観光客1人当たり事業費", "円/人", 49.0, 51.6, 52.7, 49.6, 54.3, 51.4, "―", 53.9),
]


def _ku_row(ws, r, no, name, unit, vals, ratio, r6, fmt=None):
    _put(ws, r, 2, no, align="center")
    _put(ws, r, 3, name)
    _put(ws, r, 4, unit, align="center")
    for j, v in enumerate(vals):
        _put(ws, r, 5 + j, v, fmt=fmt)
    _put(ws, r, 11, ratio, align="center" if ratio == "―" else "right")
    if r6 is not None:
        _put(ws, r, 12, r6, fmt=fmt, align="center" if r6 == "未定" else None)
    ws.row_dimensions[r].height = 20


def kudamatsu() -> Path:
    wb, ws = _sheet("事務事業評価", [7, 4.5, 28, 7, 9, 9, 9, 9, 9, 9, 8.5, 12])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施事業）", bold=True, size=14)
    _text(ws, 2, 12, "令和6年8月　下松市", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    fields = [
        ("事務事業名", "笠戸島観光振興事業", "事業番号", "3-2-07"),
        ("担当課", "産業観光課", "会計区分", "一般会計"),
        (
            "事業期間",
            "令和2年度～令和6年度",
            "総合計画の位置付け",
            "基本目標3　活力ある産業のまち　／　施策3-2　観光の振興",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 4, v1, align="left")
        _span(ws, r, 5, 7, l2, header=True)
        _span(ws, r, 8, 12, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "根拠計画", header=True)
    _span(
        ws,
        r,
        3,
        12,
        "第2期下松市まち・ひと・しごと創生総合戦略（令和2年3月策定、計画期間：令和2年度～令和6年度）",
        align="left",
    )
    ws.row_dimensions[r].height = 20
    r += 1
    _span(ws, r, 1, 2, "事業の内容", header=True)
    _span(
        ws,
        r,
        3,
        12,
        "笠戸大橋（昭和45年11月完成）で本土と結ばれた笠戸島の観光振興のため、令和元年8月25日に登録された「みなとオアシスくだまつ☆笠戸島」を拠点に、"
        "国民宿舎大城・はなぐり海水浴場・夕日岬を巡る周遊イベントを開催し、笠戸ひらめ・笠戸のとらふぐを動画とSNSで発信する。",
        align="left",
    )
    ws.row_dimensions[r].height = 34
    r += 2
    _text(ws, r, 1, "２　指標と事業費の推移", bold=True, size=11)
    h = r + 1
    for c, word in ((1, "区分"), (2, "No."), (3, "指標名"), (4, "単位")):
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 6, "R3年度", header=True)
    _span(ws, h, 7, 8, "R4年度", header=True)
    _span(ws, h, 9, 11, "R5年度", header=True)
    _put(ws, h, 12, "R6年度", header=True)
    for j, w in enumerate(
        ["計画値", "実績値", "計画値", "実績値", "計画値", "実績値", "計画比", "計画値"]
    ):
        _put(ws, h + 1, 5 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    start = r
    for no, name, unit, *vals, ratio, r6 in KU_ACTIVITY:
        _ku_row(ws, r, no, name, unit, vals, ratio, r6)
        r += 1
    _down(ws, start, r - 1, 1, "活動指標", align="center")
    start = r
    for no, name, unit, *vals, ratio, r6 in KU_OUTCOME:
        fmt = "0.0" if isinstance(vals[0], float) else None
        _ku_row(ws, r, no, name, unit, vals, ratio, r6, fmt=fmt)
        if r6 is None:
            # the revised R6 plan: the old value struck through, the new one after it
            rich = CellRichText(
                [
                    TextBlock(InlineFont(rFont=FONT, sz=9, strike=True), "370.0"),
                    TextBlock(InlineFont(rFont=FONT, sz=9), " 380.0"),
                ]
            )
            cell = _put(ws, r, 12, "", align="right")
            cell.value = rich
        r += 1
    _down(ws, start, r - 1, 1, "成果指標", align="center")
    start = r
    for name, unit, *vals, ratio, r6 in KU_COST:
        _ku_row(
            ws,
            r,
            "",
            name,
            unit,
            vals,
            ratio,
            r6,
            fmt="#,##0.0" if isinstance(vals[0], float) else None,
        )
        r += 1
    _down(ws, start, r - 1, 1, "コスト", align="center")
    _notes(
        ws,
        r + 1,
        [
            "※計画比＝実績値÷計画値。コスト欄の「計画値」は当初予算額、「実績値」は決算額、「計画比」は執行率（決算額÷予算額）。",
            "※観光客1人当たり事業費＝事業費÷笠戸島の観光客数。従事職員数は正規職員の年間従事割合の合計。",
            "※No.3のR6計画値は、R5実績を踏まえ令和6年4月に上方修正した（取消線は修正前の値）。",
            "※No.4のR6計画値は、国民宿舎大城の経営改善に向けた中長期計画を策定中のため未定。",
            "※No.3は島内観光施設・イベントの入込客数（延べ）の合計。No.5は周遊イベント参加者アンケート（R5回答368人）による。",
        ],
    )
    r += 7
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 3, "一次評価（担当課）", header=True)
    _span(
        ws,
        r,
        4,
        12,
        "A　計画どおり進んでいる（宿泊者数は計画を下回るが、観光客数は2年連続で増加）",
        align="left",
    )
    ws.row_dimensions[r].height = 20
    r += 1
    _span(ws, r, 1, 3, "今後の方向性", header=True)
    _span(ws, r, 4, 12, "■継続　□拡充　□縮小　□休止・廃止", align="left")
    ws.row_dimensions[r].height = 20
    _page(ws, "landscape")
    path = SOURCE / "kudamatsu_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 直島町 (香川県): 直島町まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 高松市の北約13km, 玉野市の南約3km, 大小27の島々, 直島 3,277人 / 1,491世帯 (平成22年国勢調査),
# 地中美術館 (2004), the town bus at a flat 100円, 約1万人 (1990) and 約72万人 (2016, 瀬戸内国際芸術祭)
# visitors, the strategy's 基本目標 wording. Made up: the page, its date and 課, the plan period, the
# 推進会議, the money, every KPI and figure.
NA_HEADS = ["単位", "基準値（H30）", "R4実績", "R5目標", "R5実績", "目標値（R6）"]
NA_GOALS = [
    (
        "基本目標1　直島町における安定した雇用を創出する",
        [
            ("1", "町内事業所の従業者数", "人", "1,582", "1,506", "1,600", "1,541", "1,600"),
            ("2", "観光入込客数", "千人", "568.0", "503.6", "600.0", "612.4", "650.0"),
            ("3", "町営バスの利用者数", "千人", "182.4", "141.0", "180.0", "176.3", "190.0"),
        ],
    ),
    (
        "基本目標2　直島町への新しいひとの流れを創出する",
        [
            ("4", "移住相談件数", "件", "26", "41", "40", "38", "45"),
            ("5", "転入者数", "人", "214", "198", "220", "231", "230"),
        ],
    ),
]


def _na_head_row() -> str:
    cells = '<th scope="col">No.</th><th scope="col">重要業績評価指標（KPI）</th>'
    for w in NA_HEADS:
        w = w.replace("（", "<br>（") if w.startswith(("基準値", "目標値")) else w
        cells += f'<th scope="col">{w}</th>'
    return f"<tr>{cells}</tr>"


def naoshima_html() -> str:
    head = _na_head_row()
    bodies = []
    for goal, rows in NA_GOALS:
        lines = [f'<tr class="goal"><th colspan="8" scope="rowgroup">{goal}</th></tr>']
        for no, name, unit, *vals in rows:
            cells = f'<td class="c"><span class="sp-label">No.</span>{no}</td>'
            cells += f'<th scope="row">{name}</th>'
            cells += f'<td class="c"><span class="sp-label">単位</span>{unit}</td>'
            for word, v in zip(NA_HEADS[1:], vals, strict=True):
                cells += f'<td class="num"><span class="sp-label">{word}</span>{v}</td>'
            lines.append(f"<tr>{cells}</tr>")
        bodies.append("<tbody>\n" + "\n".join(lines) + "\n</tbody>")
    body = "\n".join(bodies)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>総合戦略 重要業績評価指標（KPI）の検証結果（令和5年度実績） - 直島町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table.kpi {{ border-collapse: collapse; margin-bottom: 0.8em; }}
table.kpi th, table.kpi td {{ border: 1px solid #000; padding: 2px 6px; }}
table.kpi thead th, table.kpi tfoot th {{ background: #d9d9d9; }}
table.kpi tr.goal th {{ background: #eef3e2; text-align: left; }}
table.kpi td.num {{ text-align: right; }}
table.kpi td.c {{ text-align: center; }}
.sp-label {{ display: none; }}
dl.plan-info {{ display: grid; grid-template-columns: 14em auto; }}
dl.plan-info dt {{ font-weight: bold; }}
@media screen and (max-width: 640px) {{
  table.kpi thead, table.kpi tfoot {{ display: none; }}
  table.kpi tr, table.kpi th, table.kpi td {{ display: block; }}
  .sp-label {{ display: inline-block; min-width: 8em; margin-right: 0.5em; font-weight: bold; }}
}}
</style>
</head>
<body>
<p class="breadcrumb">トップページ &gt; 町政情報 &gt; 計画・施策 &gt; 直島町まち・ひと・しごと創生総合戦略</p>
<h1>直島町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和5年度実績）</h1>
<p class="date">更新日：令和6年11月1日　担当：総務課 企画係</p>
<p>直島町は、高松市の北約13km、岡山県玉野市の南約3kmの瀬戸内海に位置し、直島を中心とする大小27の島々からなる町です。直島の人口は3,277人、1,491世帯（平成22年国勢調査）でした。地中美術館（平成16年開館）などのアートの取組により、1990年に約1万人だった観光客は、瀬戸内国際芸術祭が開かれた2016年には約72万人に達しました。</p>
<p>町では、総合戦略に掲げた重要業績評価指標（KPI）の令和5年度の実績を取りまとめ、直島町総合戦略推進会議において検証を行いました。</p>
<dl class="plan-info">
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>検証機関</dt><dd>直島町総合戦略推進会議（委員12人、令和6年10月8日開催）</dd>
<dt>KPIの数</dt><dd>5（基本目標1：3、基本目標2：2）</dd>
<dt>関連事業費（令和5年度決算）</dt><dd>48,320千円（うち地方創生推進交付金 21,600千円）</dd>
</dl>
<h2>重要業績評価指標（KPI）の状況</h2>
<p class="note">※スマートフォンでご覧の場合は、各欄の見出しを数値の前に表示しています。</p>
<table class="kpi">
<thead>
{head}
</thead>
{body}
<tfoot>
{head}
</tfoot>
</table>
<p>※観光入込客数は、町内の主な観光施設・港の利用者数をもとにした推計値です。町営バス（運賃は1乗車100円）の利用者数は乗車人員の延べ数です。</p>
<p>※転入者数は住民基本台帳による各年度の転入者数です。</p>
<p class="contact">お問い合わせ：直島町役場 総務課 企画係</p>
</body>
</html>
"""


def naoshima() -> Path:
    path = HERE / "naoshima_kpi_kensho_r6.html"
    path.write_bytes(naoshima_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 姫島村 (大分県): 姫島村まち・ひと・しごと創生総合戦略 KPI進捗管理表（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 国東半島の北約5km, 周囲17km, 面積6.99km², 人口約1,800人 (2022), the 村営フェリー to 伊美港
# (12便, 11便 in 12月～3月, 約20分), 車えび養殖 (since 昭和35年), 「姫島の黒曜石産地」 (国の天然記念物,
# 平成19年), the 要介護認定率 11.6% (2015), 総務課. Made up: the sheet, its date, the 基本目標 and 施策
# wording, every KPI, figure and the money.
# (level, text, unit, baseline, R4, R5 target, R5 actual, R6 target, money)
HI_ROWS = [
    (
        0,
        "基本目標1　車えび・水産業と観光で島のしごとをつくる",
        None,
        None,
        None,
        None,
        None,
        None,
        41230,
    ),
    (1, "施策1-1　水産業の振興", None, None, None, None, None, None, 26800),
    (2, "・車えびの生産量", "t", 118.5, 104.2, 120.0, "未集計", 125.0, None),
    (2, "・新規漁業就業者数（累計）", "人", 0, 3, 4, 4, 5, None),
    (1, "施策1-2　観光・交流の推進", None, None, None, None, None, None, 14430),
    (2, "・観光客数", "千人", 38.6, 31.2, 40.0, 36.9, 42.0, None),
    (0, "基本目標2　健康で安心して暮らせる島をつくる", None, None, None, None, None, None, 21250),
    (1, "施策2-1　健康づくりと地域包括ケアの推進", None, None, None, None, None, None, 21250),
    (2, "・要介護認定率", "％", 13.2, 14.1, 13.5, 13.8, 13.5, None),
    (2, "・要介護認定率の県内順位（低い順）", "位", 1, 3, "3位以内", 2, "3位以内", None),
]


def himeshima() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [44, 6, 10, 9, 9, 9, 10, 13])
    _text(
        ws,
        1,
        1,
        "姫島村まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年6月　姫島村総務課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度"),
        (
            "村の概況",
            "国東半島の北約5kmの海上に浮かぶ一島一村の離島。周囲17km、面積6.99km²、人口約1,800人。村営フェリーが国東市の伊美港との間を1日12便（12月～3月は11便）、約20分で結ぶ。",
        ),
        (
            "主な産業",
            "沿岸漁業と車えび養殖（昭和35年開始）。観音崎一帯は「姫島の黒曜石産地」として平成19年に国の天然記念物に指定されている。",
        ),
        ("関連事業費（R5決算・千円）", "62,480"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = 30 if len(value) > 40 else 18
        r += 1
    r += 1
    _text(ws, r, 1, "■KPIの進捗状況", bold=True, size=11)
    h = r + 1
    for j, w in enumerate(
        [
            "項目",
            "単位",
            "基準値\n（R元）",
            "R4実績",
            "R5目標",
            "R5実績",
            "目標値\n（R6）",
            "関連事業費\n（R5決算・千円）",
        ]
    ):
        _put(ws, h, 1 + j, w, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for level, text, unit, *vals, money in HI_ROWS:
        _put(ws, r, 1, text, bold=(level == 0), indent=level * 2)
        _put(ws, r, 2, unit or "", align="center")
        for j, v in enumerate(vals):
            if v is None:
                _put(ws, r, 3 + j, "")
            elif isinstance(v, str):
                _put(ws, r, 3 + j, v, align="right" if "位" in v else "center")
            else:
                _put(ws, r, 3 + j, v)
        _put(ws, r, 8, money if money is not None else "")
        ws.row_dimensions[r].height = 19
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※・印の項目がKPI。関連事業費は施策ごとのR5決算額で、基本目標の行はその合計。",
            "※車えびの生産量は姫島車えび養殖株式会社の出荷量。R5実績は出荷の集計が終わっていないため未集計。",
            "※要介護認定率は各年度末現在。本村の要介護認定率は平成27年に11.6％と、全国でも低い水準にある。",
            "※県内順位は、大分県内18市町村の要介護認定率を低い順に並べた順位。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "himeshima_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 阿久根市 (鹿児島県): 阿久根市まち・ひと・しごと創生総合戦略 KPI評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 笑顔あふれる阿久根市まち・ひと・しごと創生推進計画 (地域再生計画), 高松川河口の阿久根港,
# 134.28km², 約40kmの海岸線, 阿久根大島 (沖合約2km), 牛之浜海岸 (県文化財 2014), 41,180人 (昭和30年
# 国勢調査), 19,270人 (2020年度), 水産林務課 and 商工観光課 (2012), にぎわい交流館阿久根駅 (opened
# 2014-05, 肥薩おれんじ鉄道). Made up: the sheet, its date, the other 課, every KPI, figure and status.
# (No., 柱, name, unit, baseline, R4, R5 target, R5 actual, status, R6 target, SDGs, 課)
AK_ROWS = [
    ("1", "①", "市内漁港の水揚額", "百万円", 1862, 1734, 1900, 1811, "未達成", 1950, "14"),
    ("2", "①", "ボンタンの出荷量", "t", 820, 765, 830, 842, "達成", 850, "2・12"),
    ("3", "②", "観光入込客数", "千人", 612.4, 548.0, 600.0, 603.5, "達成", 620.0, "8・11・14"),
    (
        "4",
        "④",
        "にぎわい交流館阿久根駅の利用者数",
        "人",
        58200,
        49870,
        56000,
        53140,
        "未達成",
        60000,
        "11",
    ),
    ("5", "①", "創業・第二創業の件数（累計）", "件", 4, 15, 18, 19, "達成", 22, "8・9"),
]


def akune() -> Path:
    wb, ws = _sheet("KPI評価", [4.5, 6, 32, 7.5, 9, 9, 9, 9, 8.5, 9, 10])
    _text(
        ws,
        1,
        1,
        "阿久根市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）評価シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年9月　阿久根市企画調整課", align="right")
    r = 4
    _span(ws, r, 1, 3, "地域再生計画の名称", header=True)
    _span(ws, r, 4, 11, "笑顔あふれる阿久根市まち・ひと・しごと創生推進計画", align="left")
    ws.row_dimensions[r].height = 18
    r += 1
    _span(ws, r, 1, 3, "計画期間", header=True)
    _span(ws, r, 4, 6, "令和2年度～令和6年度", align="left")
    _span(ws, r, 7, 9, "交付対象事業費（R5決算・千円）", header=True)
    _span(ws, r, 10, 11, 28460, align="left")
    ws.row_dimensions[r].height = 18
    r += 1
    _span(ws, r, 1, 3, "担当課", header=True)
    _span(ws, r, 4, 11, "水産林務課（No.1）、農政課（No.2）、商工観光課（No.3～5）", align="left")
    ws.row_dimensions[r].height = 18
    r += 1
    _span(ws, r, 1, 3, "市の概況", header=True)
    _span(
        ws,
        r,
        4,
        11,
        "鹿児島県北西部、高松川河口の阿久根港を中心に栄えたまち。面積134.28km²。東シナ海に面した約40kmの海岸線と、沖合約2kmの阿久根大島を有する。"
        "牛之浜海岸は平成26年に県の文化財に指定された。人口は昭和30年国勢調査の41,180人から減少を続け、2020年度は19,270人。",
        align="left",
    )
    ws.row_dimensions[r].height = 42
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    r += 1
    _text(
        ws,
        r,
        1,
        "国の柱：①地方に仕事をつくる　②人の流れをつくる　③結婚・出産・子育ての希望をかなえる　④魅力的な地域をつくる（デジタル田園都市国家構想総合戦略の4つの柱）",
        size=8,
    )
    r += 1
    _text(ws, r, 1, "SDGs：KPIに関連する持続可能な開発目標（SDGs）のゴールの番号", size=8)
    h = r + 1
    for j, w in enumerate(
        [
            "No.",
            "国の柱",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（R元）",
            "R4実績",
            "R5目標",
            "R5実績",
            "達成状況",
            "目標値\n（R6）",
            "SDGs",
        ]
    ):
        _put(ws, h, 1 + j, w, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, pillar, name, unit, *vals, status, r6, sdgs in AK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, pillar, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals)
        _put(ws, r, 9, status, align="center")
        _vals(ws, r, 10, [r6])
        _put(ws, r, 11, sdgs, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成状況は、R5実績をR5目標と比べたもの。No.3の観光入込客数は鹿児島県観光統計（暦年）による。",
            "※にぎわい交流館阿久根駅は平成26年5月開館（肥薩おれんじ鉄道阿久根駅）。No.5は市の創業支援補助金を活用した創業・第二創業の件数（令和2年度からの累計）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "akune_kpi_hyoka_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kudamatsu, himeshima, akune):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {naoshima().name}")


if __name__ == "__main__":
    main()
