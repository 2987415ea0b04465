"""Build the built documents of forms297/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/waki_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 和木町 (山口県):
  form fields (施策名, 担当課, 事業費 in 万円, population and households) over a 成果指標 grid whose
  **単位 column holds per-time units with a scale word (``千人/年``, ``t/日``)** and whose target
  cells are in places **words instead of numbers (``現状値より増加``, ``現状維持``)**; and the PDF;
* ``source/kamiita_kpi_kensho_r4.xlsx``, a 地域再生計画 KPI 効果検証シート in the manner of 上板町
  (徳島県): **no 単位 column, the unit stated in the name column's header cell with an exception
  for ``※``-marked rows (``（単位：人、※印は％）``)**, and **part-of-whole cells ``4校中3校`` with a
  target ``全4校``**; and the PDF;
* ``source/kashima_jimujigyo_r5.xlsx``, a 事務事業評価シート in the manner of 嘉島町 (熊本県): each
  成果指標 written as one sentence holding its target and year, a 単位 column with
  **compound and scaled per-day units (``L/人・日``, ``千m³/日``)** whose scale differs from the
  sentence's (``万人`` beside ``年間12万人``), a 達成見込 column of marks; and the PDF;
* ``yoshinogari_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 吉野ヶ里町 (佐賀県):
  ``<th rowspan>`` 施策 cells, **every cell of one row written ``年66.1万人`` (a per-year prefix and
  a scale word)**, **a baseline cell holding its year and a ranking in one bracket
  (``1.68（H29・県内20市町中8番目）``)**, signed values and a ``約150～160人`` range.

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
    wb.properties.creator = "forms297/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms297/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms297_soffice_") as tmp:
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
# 和木町 (山口県玖珂郡): 和木町総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (和木町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/2334; 全国町村会 町村の取組):
# 6,213人 (2020年 住民基本台帳), 2,701世帯 (令和2年6月1日), 蜂ヶ峯総合公園. Made up: the sheet,
# 施策, 課, money, every indicator and figure.
WK_ROWS = [
    ("1", "蜂ヶ峯総合公園の入園者数", "千人/年", 58.2, 61.0, 63.5, 62.0, 70.0),
    ("2", "家庭系ごみ排出量の削減", "t/日", 5.12, 4.96, 4.81, 4.90, 4.70),
    ("3", "子育て世帯の転入件数", "件", 38, 41, 36, 40, "現状値より増加"),
    (
        "4",
        "学校給食を「おいしい」と答えた児童生徒の割合",
        "％",
        86.0,
        88.2,
        87.5,
        "現状維持",
        "現状維持",
    ),
    ("5", "町内事業所の従業者数", "千人", 4.52, 4.48, 4.61, 4.50, 4.60),
]


def waki() -> Path:
    wb, ws = _sheet("施策評価", [6, 40, 10, 12, 11, 11, 11, 14])
    _text(ws, 1, 1, "和木町総合計画　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 8, "令和6年7月", align="right")
    fields = [
        ("施策名", "住みたい・住み続けたいまちづくりの推進", "担当課", "総務課"),
        ("関連事業費（R5決算・万円）", 1240, "町の人口", "6,213人（2020年住民基本台帳）"),
        ("", "", "世帯数", "2,701世帯（R2.6.1現在）"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        if l1:
            _span(ws, r, 1, 2, l1, header=True)
            _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 6, l2, header=True)
        _span(ws, r, 7, 8, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　成果指標の状況", bold=True, size=11)
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5実績",
        "R5目標",
        "目標値\n（R7）",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, 9, c, w, header=True)
    ws.row_dimensions[9].height = 30
    r = 10
    for no, name, unit, *vals in WK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {}
        for j, v in enumerate(vals):
            if isinstance(v, float):
                fmts[j] = "0.00" if unit in ("t/日", "千人") else "0.0"
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="center", size=8)
            else:
                _put(ws, r, 4 + j, v, align="right", fmt=fmts.get(j))
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2は1日当たりの排出量です（年間排出量÷365日）。令和5年度の年間排出量は1,756tでした。",
            "※No.3・No.4の「現状値より増加」「現状維持」は、数値目標を定めず方向性のみを示した目標です。",
            "※No.4は毎年11月の給食アンケート（小学4年生～中学3年生、回答者約420人）によります。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "waki_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上板町 (徳島県板野郡): 上板町まち・ひと・しごと創生推進計画 KPI効果検証シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (上板町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/2354): the plan's name,
# 11,811人 (2020年9月末 住民基本台帳), 高齢化率 31.8% (2015年). Made up: the sheet, 課, money,
# every KPI and figure.
KM_ROWS = [
    ("1", "転入者数", 410, 436, 452, 450, 480),
    ("2", "※特定健康診査受診率", 38.4, 41.2, 43.0, 45.0, 50.0),
    (
        "3",
        "ICT支援員を配置した町立小・中学校数",
        "4校中1校",
        "4校中2校",
        "4校中3校",
        "4校中3校",
        "全4校",
    ),
    ("4", "※子育て支援に満足している保護者の割合", 52.0, 55.3, 54.1, 58.0, 65.0),
    ("5", "地域おこし協力隊員の任期後の定住者数（累計）", 0, 2, 3, 3, 6),
]


def kamiita() -> Path:
    wb, ws = _sheet("KPI効果検証", [6, 44, 12, 11, 11, 11, 12])
    _text(
        ws,
        1,
        1,
        "上板町まち・ひと・しごと創生推進計画　KPI効果検証シート（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和5年9月　上板町企画課", align="right")
    fields = [
        ("地域再生計画の名称", "上板町まち・ひと・しごと創生推進計画"),
        ("交付対象事業費（R4・千円）", 15300),
        ("町の現状", "人口11,811人（2020年9月末住民基本台帳）、高齢化率31.8%（2015年国勢調査）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 7, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    heads = [
        "No.",
        "重要業績評価指標（KPI）\n（単位：人、※印は％）",
        "基準値\n（H30）",
        "R3実績",
        "R4実績",
        "R4目標",
        "目標値\n（R6）",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, 9, c, w, header=True)
    ws.row_dimensions[9].height = 32
    r = 10
    for no, name, *vals in KM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 3 + j, v, align="right")
            else:
                _put(ws, r, 3 + j, v, align="right", fmt="0.0" if isinstance(v, float) else None)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.3は町立の小学校3校・中学校1校（計4校）のうち、ICT支援員を配置した学校の数です。",
            "※KPI5指標のうち、令和4年度目標を達成したものは3指標でした。",
            "※交付対象事業費のうち交付金は7,650千円（1/2）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kamiita_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 嘉島町 (熊本県上益城郡): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (嘉島町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/2522): 9,766人 (2021年
# 住民基本台帳), 合計特殊出生率 1.89. Made up: the sheet, 事業, 課, money, every indicator and figure.
KS_ROWS = [
    (
        "1",
        "一人一日当たりの生活用水使用量を令和7年度に250L以下にする",
        "L/人・日",
        268,
        262,
        255,
        "○",
    ),
    ("2", "上水道の有収水量を令和7年度に日量3,200m³にする", "千m³/日", 2.95, 3.02, 3.10, "○"),
    ("3", "浮島周辺の観光入込客数を令和7年度に年間12万人にする", "万人", 9.8, 10.6, 11.4, "◎"),
    (
        "4",
        "湧水保全活動に参加した町民数を令和7年度までに延べ1,500人にする",
        "人",
        820,
        1040,
        1265,
        "△",
    ),
]


def kashima() -> Path:
    wb, ws = _sheet("事務事業評価", [6, 52, 11, 10, 10, 10, 10])
    _text(ws, 1, 1, "嘉島町　事務事業評価シート（令和5年度実施事業）", bold=True, size=14)
    _text(ws, 2, 7, "令和6年8月", align="right")
    fields = [
        ("事務事業名", "湧水のまち環境保全推進事業"),
        ("担当課", "環境保全課"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算・千円）", 3860),
        (
            "事業の背景",
            "町の人口は9,766人（2021年住民基本台帳）と増加しているが、地下水の保全と水需要の抑制が課題である。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 7, value, align="left")
        ws.row_dimensions[r].height = 28 if label == "事業の背景" else 20
        r += 1
    _text(ws, 10, 1, "３　成果指標", bold=True, size=11)
    heads = ["No.", "指標（目標）", "単位", "R3実績", "R4実績", "R5実績", "達成見込"]
    for c, w in enumerate(heads, start=1):
        _put(ws, 11, c, w, header=True)
    ws.row_dimensions[11].height = 22
    r = 12
    for no, name, unit, *vals, mark in KS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.00" if unit == "千m³/日" else ("0.0" if isinstance(v, float) else None)
            _put(ws, r, 4 + j, v, align="right", fmt=fmt)
        _put(ws, r, 7, mark, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成見込　◎：目標年度を待たず達成見込み　○：目標年度に達成見込み　△：達成は困難な見込み",
            "※No.4の実績は事業開始（令和3年度）からの累計です。",
            "※No.2の令和5年度の年間有収水量は約113万m³でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kashima_jimujigyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 吉野ヶ里町 (佐賀県神埼郡): 第2次吉野ヶ里町総合計画 成果指標の進捗（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (吉野ヶ里町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/2466; 町長の部屋
# 2017-11-30): 第2次総合計画 (2018年度から), 16,141人 (2020年 住民基本台帳), 合計特殊出生率 1.68 (2017年,
# 県内20市町中8番目), 社会増 2人 (2019年), 出生数 年間約150～160人. Made up: the page, 基本目標, 施策,
# the other figures and every target.
YG_BLOCKS = [
    (
        "基本目標1　若い世代が住み続けたいまちをつくる",
        [
            (
                "結婚・出産・子育ての希望をかなえる",
                [
                    ("合計特殊出生率", "1.68（H29・県内20市町中8番目）", "1.62", "1.59", "1.80"),
                    ("町の出生数", "約150～160人（H28）", "141人", "136人", "150人以上"),
                ],
            )
        ],
    ),
    (
        "基本目標2　歴史を活かしたにぎわいのあるまちをつくる",
        [
            (
                "交流人口の拡大",
                [
                    (
                        "吉野ヶ里歴史公園の入園者数",
                        "年66.1万人（H28）",
                        "年58.4万人",
                        "年62.0万人",
                        "年70万人",
                    )
                ],
            ),
            ("定住の促進", [("社会増減数", "＋2人（R元）", "▲15人", "＋8人", "±0人以上")]),
        ],
    ),
]

YG_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">基準値</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（R9）</th></tr>
<tr><th>R4</th><th>R5</th></tr>
</thead>"""


def yoshinogari_html() -> str:
    parts = []
    for goal, groups in YG_BLOCKS:
        rows = []
        for measure, inds in groups:
            for k, (name, *vals) in enumerate(inds):
                head = f'<th rowspan="{len(inds)}" class="l">{measure}</th>' if k == 0 else ""
                rows.append(
                    f"<tr>{head}<td>{name}</td>"
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + "</tr>"
                )
        body = "\n".join(rows)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{YG_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次吉野ヶ里町総合計画 成果指標の進捗（令和5年度） - 吉野ヶ里町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・財政 &gt; 総合計画</p>
<h1>第2次吉野ヶ里町総合計画 成果指標の進捗（令和5年度）</h1>
<p>令和6年10月1日更新　企画課</p>
<p>第2次吉野ヶ里町総合計画（平成30年度～令和9年度）に掲げた成果指標について、令和5年度の実績を取りまとめました。町の人口は16,141人（2020年住民基本台帳）です。</p>
{tables}
<p>※合計特殊出生率の基準値（H29）は、県内20市町中8番目でした。</p>
<p>※社会増減数の「▲」は転出超過を表します。</p>
<p>※吉野ヶ里歴史公園の入園者数は、国営・県営区域の合計です。</p>
</body>
</html>
"""


def yoshinogari() -> Path:
    path = HERE / "yoshinogari_seika_shihyo_r5.html"
    path.write_bytes(yoshinogari_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (waki, kamiita, kashima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yoshinogari().name}")


if __name__ == "__main__":
    main()
