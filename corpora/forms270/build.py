"""Build the built documents of forms270/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/oketo_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 置戸町 (北海道):
  form fields (基本目標, 施策, 主管課, 事業費 in 千円, 目標人口) over a 成果指標 grid whose **actual
  years are headed ``R元 | 2 | 3 | 4 | 5※``: only the first carries its era, the others are bare
  digits**, and **the last year header carries a footnote mark that a note re-dates to 令和6年1月末**;
  and the PDF;
* ``source/iwatemachi_seika_shinchoku_r5.xlsx``, a 総合計画 成果指標 進捗 in the manner of 岩手町 (岩手県):
  **running totals under growing range headers ``R3 | R3～R4 | R3～R5`` and targets ``R3～R5 | R3～R7``**,
  **a ``進捗率（期間経過率60.0%）`` column whose header holds a benchmark**; and the PDF;
* ``source/tohokumachi_kpi_jokyo_r6.xlsx``, a 地域再生計画 KPI sheet in the manner of 東北町 (青森県):
  **every period a full 和暦 day (``令和2年1月31日`` … ``令和7年3月31日見込``)**, **a 見込 cell holding a
  range ``110～120``**, ``約420`` and ``40程度``, a ``―`` 見込; and the PDF;
* ``kawamata_kpi_jisseki_r6.html``, a 地域再生計画 KPI page in the manner of 川俣町 (福島県):
  **the period as ``<tbody>`` heading rows (``令和5年度（令和6年3月31日現在）``, ``令和6年度（令和6年9月30日現在）``)
  with the same three KPIs repeated under each**, the second one a half-year.

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
    wb.properties.creator = "forms270/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms270/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms270_soffice_") as tmp:
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
# 置戸町 (北海道常呂郡): 第6次置戸町総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (伝書鳩WEB 2020-03-16): 第6次置戸町総合計画 (2020～29年度), the 基本目標 name, スマート農業の推進,
# オケクラフト, the 目標人口 2,500人 (2029年). Made up: the sheet, 施策, 課, money, every indicator and figure.
OK_ROWS = [
    ("1", "スマート農業技術の導入経営体数", "経営体", 8, 10, 13, 17, 21, 24, 30, "80.0%"),
    ("2", "新規就農者数", "人", 2, 1, 3, 2, 2, 1, 3, "33.3%"),
    (
        "3",
        "オケクラフト製品の販売額",
        "千円",
        48300,
        47120,
        39860,
        42550,
        45910,
        49740,
        52000,
        "95.7%",
    ),
    ("4", "町有林の間伐実施面積", "ha", 62, 58, 65, 60, 71, 66, 65, "101.5%"),
]


def oketo() -> Path:
    wb, ws = _sheet("施策評価", [6, 30, 8, 10, 9, 9, 9, 9, 9, 11, 9])
    _text(ws, 1, 1, "第6次置戸町総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 11, "令和6年8月　置戸町産業振興課", align="right")
    fields = [
        ("基本目標", "2　にぎわいと活気あふれる産業のまちづくり", "施策", "2-1　農林業の振興"),
        ("主管課", "産業振興課", "関係課", "企画財政課、農業委員会"),
        ("施策に係る事業費（R5決算・千円）", 64210, "目標人口（令和11年）", "2,500人"),
        ("町民満足度調査による施策の順位", "32施策中9位", "評価日", "令和6年7月18日"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 11, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "１　主な取組", bold=True, size=11)
    _para(
        ws,
        9,
        1,
        11,
        "スマート農業の推進（GPSガイダンス・自動操舵装置の導入支援）、オケクラフトの持つ多面的な機能を生かした他産業との連携、町有林の計画的な間伐を進めた。",
        30,
        border=True,
    )
    _text(ws, 11, 1, "２　成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        12,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (10, "目標値\n（R6）"),
            (11, "達成率"),
        ],
        [(5, 9, "実績値", ["R元", "2", "3", "4", "5※"])],
    )
    r = 14
    for no, name, unit, *vals, rate in OK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※5年度の値は、令和6年1月末現在の数値です（年度末の確定値は次回の評価で報告します）。",
            "※達成率＝5年度の実績値÷目標値（R6）。No.3の販売額は町内の工房・販売店での販売分（ふるさと納税返礼品分1,860千円を除く）。",
            "※施策の順位は、町民満足度調査（令和5年11月実施・回答者412人）による満足度の順位です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "oketo_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 岩手町 (岩手県岩手郡): 岩手町総合計画 前期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (morioka-koyou.net, sasakikouji.info): 岩手町総合計画 (令和3～12年度, 前期・後期5年ずつ), the 将来像,
# 13,432人・5,455世帯・360.55平方キロ (平成31年2月末), キャベツ 県内一, いわて沼宮内駅. Made up: the rest.
IW_ROWS = [
    ("1", "新規就農者数", "人", 4, 5, 11, 17, 18, 30, "56.7%"),
    ("2", "起業・創業件数", "件", 2, 3, 5, 9, 9, 15, "60.0%"),
    ("3", "移住相談件数", "件", 38, 47, 99, 160, 150, 250, "64.0%"),
    ("4", "ふるさと納税寄附件数", "件", 1204, 2650, 6462, 11508, 12000, 20000, "57.5%"),
    ("5", "企業誘致・町内企業の増設件数", "件", 0, 1, 1, 2, 3, 5, "40.0%"),
]


def iwatemachi() -> Path:
    wb, ws = _sheet("成果指標進捗", [6, 30, 7, 11, 10, 10, 10, 10, 10, 13])
    _text(
        ws,
        1,
        1,
        "岩手町総合計画　前期基本計画　成果指標の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　岩手町政策推進課", align="right")
    fields = [
        ("将来像", "わたしたちが創る　笑顔がいっぱい　いわてまち"),
        ("計画期間", "令和3年度～令和12年度（前期基本計画：令和3年度～令和7年度）"),
        (
            "町の概況",
            "人口13,432人・5,455世帯（平成31年2月末）、面積360.55平方キロ。キャベツをはじめ野菜の生産量は県内一。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 10, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■政策2　地域の資源を生かした産業を育てる", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R2）"),
            (10, "進捗率\n（期間経過率60.0%）"),
        ],
        [(5, 7, "累計実績", ["R3", "R3～R4", "R3～R5"]), (8, 9, "累計目標", ["R3～R5", "R3～R7"])],
    )
    r = 11
    for no, name, unit, *vals, rate in IW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準値は令和2年度の単年度の値、累計実績・累計目標は前期基本計画の初年度（令和3年度）からの累計です。",
            "※進捗率＝累計実績（R3～R5）÷累計目標（R3～R7）。計画期間5年のうち3年が経過したため、期間経過率は60.0%です。",
            "※No.5の増設件数には、いわて沼宮内駅周辺の空き店舗を活用した事業所の開設（令和5年度・1件）を含みます。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "iwatemachi_seika_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東北町 (青森県上北郡): 地域再生計画 重要業績評価指標（KPI）の状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (東北町 地域再生計画, furusato-funding.jp/projects/1466): 2005年の合併, 20,016人 (2005年国勢調査),
# 17,426人 (2020年1月末 住基), 11,894人 (2040年推計), 高齢化率33.8% (2015). Made up: the rest.
TH_ROWS = [
    ("KPI①", "移住・定住に関する相談件数", "件", 24, 61, 78, "110～120", 100),
    ("KPI②", "小川原湖周辺の観光入込客数", "千人", 412, 365, 398, "約420", 450),
    ("KPI③", "町内企業への新規雇用者数", "人", 0, 18, 31, "40程度", 45),
    ("KPI④", "特定健康診査受診率", "％", 41.2, 44.8, 46.1, "―", 50.0),
]


def tohokumachi() -> Path:
    wb, ws = _sheet("KPIの状況", [36, 7, 13, 12, 12, 13, 13])
    _text(ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の状況（令和6年度）", bold=True, size=13)
    _text(ws, 2, 7, "令和7年2月　東北町企画課", align="right")
    fields = [
        ("地域再生計画の名称", "東北町まち・ひと・しごと創生推進計画"),
        ("交付対象事業費（R6・千円）", 28400),
        (
            "町の概況",
            "平成17年に旧上北町と旧東北町が合併。人口は合併時（平成17年国勢調査）の20,016人から、令和2年1月末（住民基本台帳）には17,426人に減少。令和22年には11,894人と推計。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 7, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "町の概況" else 20
        r += 1
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の状況", bold=True, size=11)
    heads = [
        "KPI",
        "単位",
        "事業開始前\n（令和2年1月31日）",
        "令和5年\n3月31日",
        "令和6年\n3月31日",
        "令和7年\n3月31日見込",
        "目標値\n（令和7年3月31日）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 9, c, h, header=True)
    ws.row_dimensions[9].height = 32
    r = 10
    for label, name, unit, *vals in TH_ROWS:
        _put(ws, r, 1, f"{label}　{name}")
        _put(ws, r, 2, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 3, vals, fmts)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※令和7年3月31日の見込は、令和6年12月末までの実績から推計したものです。KPI①は推計に幅があるため範囲で示しています。",
            "※KPI④の受診率は法定報告により翌年度秋に確定するため、見込は示していません（「―」）。",
            "※令和6年度の交付金事業は3事業（移住定住促進、小川原湖観光振興、健康づくり推進）、うち交付金14,200千円。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tohokumachi_kpi_jokyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川俣町 (福島県伊達郡): 地域再生計画 KPIの実績（令和6年度上半期まで）
# --------------------------------------------------------------------------------------------

# Real (川俣町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/1595): the plan's name, 127.7平方キロ,
# 花塚山, 川俣シャモ, 27,182人 (1950), 14,452人 (2015), 12,484人 (令和3年6月1日), 出生42人 (令和元年).
# Made up: the page, date, 課 and every KPI, figure and note.
KW_KPIS = ["川俣シャモの出荷羽数", "町の移住支援制度を利用した移住者数", "道の駅川俣の来場者数"]
KW_BLOCKS = [
    (
        "令和5年度（令和6年3月31日現在）",
        [
            ("羽", "60,000", "58,420", "未達成"),
            ("人", "20", "23", "達成"),
            ("千人", "240", "251", "達成"),
        ],
    ),
    (
        "令和6年度（令和6年9月30日現在）",
        [("羽", "62,000", "29,870", "－"), ("人", "22", "9", "－"), ("千人", "250", "138", "－")],
    ),
]


def kawamata_html() -> str:
    rows = []
    for head, vals in KW_BLOCKS:
        rows.append(f'<tr><th colspan="5" class="l">{head}</th></tr>')
        for name, (unit, target, actual, mark) in zip(KW_KPIS, vals, strict=True):
            rows.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td><td class="num">{target}</td>'
                f'<td class="num">{actual}</td><td class="c">{mark}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地域再生計画のKPIの実績について - 川俣町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>地域再生計画のKPIの実績について</h1>
<p>令和6年10月15日更新　企画財政課</p>
<p>川俣町は、富士山が見える北限の山「花塚山」をはじめとする里山に囲まれた面積127.7平方キロメートルの町です。人口は1950年の27,182人をピークに減少し、2015年には14,452人、令和3年6月1日現在（住民基本台帳）では12,484人となっています。令和元年の出生数は42人でした。</p>
<p>「川俣町まち・ひと・しごと創生推進計画」（地域再生計画）に定めた重要業績評価指標（KPI）について、令和5年度の実績と令和6年度上半期（9月30日現在）の状況をお知らせします。</p>
<h2>重要業績評価指標（KPI）の実績</h2>
<table>
<thead>
<tr><th>KPI</th><th>単位</th><th>目標値</th><th>実績値</th><th>達成状況</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※令和6年度は上半期（4月～9月）の途中経過のため、達成状況は「－」としています。目標値は年度の目標です。</p>
<p>※川俣シャモは福島県ブランド認証地鶏です。出荷羽数は川俣シャモ振興会の集計によります。</p>
<p>※本計画の交付対象事業費は3か年で46,500千円です。</p>
</body>
</html>
"""


def kawamata() -> Path:
    path = HERE / "kawamata_kpi_jisseki_r6.html"
    path.write_bytes(kawamata_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (oketo, iwatemachi, tohokumachi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kawamata().name}")


if __name__ == "__main__":
    main()
