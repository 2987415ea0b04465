"""Build the built documents of forms293/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kaita_machizukuri_shihyo_r5.xlsx``, a 総合計画 まちづくり指標 進捗 sheet in the manner of
  海田町 (広島県): form fields over a grid whose ``評価`` column holds **star grades** (``★★★`` /
  ``★★`` / ``－``) read through a legend line, **trend arrows after the actual numbers**
  (``84.9↓``, ``30,104↑``) with their own legend, a bare ``※`` actual and a line counting the
  sheet's indicators per grade; and the PDF;
* ``source/higashimiyoshi_kpi_kensho_r5.xlsx``, a 総合戦略 KPI検証シート in the manner of 東みよし町
  (徳島県): **actual cells holding a breakdown in brackets** (``455（うち県外 137）``), **final targets
  written as a multiple of the baseline** (``基準値の1.2倍``), ``千人``, a ○/× 判定 column; and the PDF;
* ``source/mashiki_kouka_kensho_r4.xlsx``, a 地域再生計画 効果検証シート in the manner of 益城町 (熊本県):
  a 目標値 / 実績値 pair per year, an ``評価`` column of **katakana grades ア / イ / ウ** read through
  **a bordered legend grid under the table**, and **cells with two qualifiers** (``延べ約68,500``);
  and the PDF;
* ``china_kpi_shinchoku_r5.html``, a 総合戦略 KPI page in the manner of 知名町 (鹿児島県): two ``<h2>``
  基本目標 over tables whose target cells hold **a struck-through old target beside the revised one**
  (``<s>700</s> 750``), ``百万円``, and **an actual ``―（調査なし）``**.

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
    wb.properties.creator = "forms293/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms293/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms293_soffice_") as tmp:
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
# 海田町 (広島県安芸郡): 第5次海田町総合計画 まちづくり指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.kaita.lg.jp/site/chocho/122107.html): the 第5次総合計画, its slogan, the population
# 29,646人 (令和2年国勢調査 速報値), ネウボラ, the survey shares 約85% (住み続けたい) and 約80%
# (子育てがしやすい). Made up: the sheet, 課, money, every other figure, target, grade and note.
KA_ROWS = [
    ("1", "住み続けたいと思う町民の割合", "％", "約85", "86.2", "84.9↓", "87.0", "90.0", "★★"),
    (
        "2",
        "子育てがしやすいまちだと感じる子育て世代の割合",
        "％",
        "約80",
        "81.5",
        "※",
        "82.0",
        "85.0",
        "－",
    ),
    (
        "3",
        "住民基本台帳人口",
        "人",
        "29,320",
        "29,958↑",
        "30,104↑",
        "29,800",
        "30,000",
        "★★★",
    ),
    (
        "4",
        "子育て相談（ネウボラ）の延べ件数",
        "件",
        "3,245",
        "3,612↑",
        "3,504↓",
        "3,800",
        "4,000",
        "★★",
    ),
    ("5", "特定健康診査受診率", "％", "31.5", "35.8↑", "36.2↑", "36.0", "45.0", "★★★"),
]


def kaita() -> Path:
    wb, ws = _sheet("まちづくり指標", [6, 40, 7, 11, 10, 10, 10, 10, 11])
    _text(
        ws, 1, 1, "第5次海田町総合計画　まちづくり指標の進捗状況（令和5年度）", bold=True, size=14
    )
    _text(ws, 2, 9, "令和6年8月", align="right")
    fields = [
        (
            "将来像",
            "ひと・まち・みらいをつなぐ　暮らしやすさが実感できるまちかいた　～みんなの力を合わせてつくる　リバブルシティ～",
        ),
        ("担当課", "政策企画課"),
        ("町の人口", "29,646人（令和2年国勢調査速報値）"),
        ("関連事業費（R5決算・千円）", "48,210"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 9, 1, "２　まちづくり指標の進捗", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "まちづくり指標"), (3, "単位"), (4, "基準値\n（R元）"), (9, "評価")],
        [(5, 6, "実績値", ["R4", "R5"]), (7, 8, "目標値", ["R5", "R7"])],
    )
    r = 12
    for no, name, unit, *vals, grade in KA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "※" else "right")
        _put(ws, r, 9, grade, align="center", size=10)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価：★★★ 目標値（R5）を達成　★★ 目標値（R5）の80％以上　★ 目標値（R5）の80％未満　－ 実績がなく評価できない",
            "実績値の矢印：↑ 前年度より改善　↓ 前年度より悪化（矢印のないものは横ばい又は比較できないもの）",
            "※ 令和5年度は子育て世代アンケートを実施していません（令和6年度に実施予定）。住民基本台帳人口は各年度末時点です。",
            "評価の内訳：★★★ 2指標　★★ 2指標　★ 0指標　－ 1指標（計5指標）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kaita_machizukuri_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東みよし町 (徳島県三好郡): 第2期総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia 東みよし町): the area 122.48km², the 2020 census population 13,622人, the
# 吉野川ハイウェイオアシス and the 加茂の大クス. Made up: the sheet, 基本目標, KPI, figures, targets,
# 判定, money and notes.
HM_ROWS = [
    ("1", "転入者数", "人", "412", "438（うち県外 121）", "455（うち県外 137）", "450", "470", "○"),
    (
        "2",
        "移住相談を経た移住者数",
        "人",
        "24",
        "31（うち20～30歳代 18）",
        "36（うち20～30歳代 22）",
        "35",
        "40",
        "○",
    ),
    (
        "3",
        "吉野川ハイウェイオアシスの入込客数",
        "千人",
        "1,052",
        "1,128",
        "1,164",
        "1,150",
        "基準値の1.2倍",
        "○",
    ),
    (
        "4",
        "加茂の大クス観光ガイドの利用者数",
        "人",
        "860",
        "905",
        "842",
        "1,000",
        "基準値の1.5倍",
        "×",
    ),
]


def higashimiyoshi() -> Path:
    wb, ws = _sheet("KPI検証", [6, 34, 7, 10, 19, 19, 10, 13, 8])
    _text(
        ws,
        1,
        1,
        "第2期東みよし町まち・ひと・しごと創生総合戦略　KPI検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　東みよし町地方創生推進会議　資料3", align="right")
    fields = [
        ("町の概況", "面積122.48km²、人口13,622人（令和2年国勢調査）"),
        ("関連交付金事業費（R5・千円）", "18,600"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "基本目標２　東みよし町への新しいひとの流れをつくる", bold=True, size=11)
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5実績",
        "R5目標",
        "最終目標\n（R6）",
        "判定",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 8, c, h, header=True)
    ws.row_dimensions[8].height = 28
    r = 9
    for no, name, unit, *vals, mark in HM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 9, mark, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※（　）内は内数です。",
            "※判定：○ R5目標を達成　× R5目標を未達成",
            "※最終目標の「基準値の1.2倍」等は、基準値（R元）に対する倍率で目標を定めたものです。",
            "※参考：R5のふるさと納税寄附額は1億2,480万円（前年度比1.3倍）でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "higashimiyoshi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 益城町 (熊本県上益城郡): まち・ひと・しごと創生推進計画 効果検証シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2523): the plan's name 益城町まち・ひと・しごと創生推進計画, the
# 住民基本台帳 populations 34,545人 (平成27年度末) and 32,897人 (平成30年度末), the 令和元年度 自然減
# 34人 and 社会減 325人, the 熊本地震. Made up: the sheet, period, money, every KPI, figure and grade.
MS_ROWS = [
    ("KPI①", "町内での新規創業件数", "件", "6", "8", "10", "9", "12", "ア"),
    (
        "KPI②",
        "益城町総合体育館の利用者数",
        "人",
        "延べ約48,000",
        "60,000",
        "70,000",
        "延べ約55,000",
        "延べ約68,500",
        "イ",
    ),
    (
        "KPI③",
        "子育て支援センターの延べ利用者数",
        "人",
        "8,420",
        "9,000",
        "9,500",
        "8,810",
        "8,150",
        "ウ",
    ),
    ("KPI④", "自主防災組織の結成率", "％", "72.4", "78.0", "82.0", "79.5", "82.0", "ア"),
    ("KPI⑤", "待機児童数の削減", "人", "18", "10", "0", "7", "3", "イ"),
]


def mashiki() -> Path:
    wb, ws = _sheet("効果検証", [8, 32, 7, 14, 10, 10, 14, 14, 8])
    _text(ws, 1, 1, "地域再生計画　効果検証シート（令和4年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和5年8月　益城町", align="right")
    fields = [
        ("地域再生計画の名称", "益城町まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和3年度～令和7年度"),
        (
            "町の現状",
            "熊本地震の影響により、住民基本台帳人口は平成27年度末34,545人から平成30年度末32,897人に減少。令和元年度は自然減34人、社会減325人。",
        ),
        ("交付対象事業費（千円）", "31,500"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "町の現状" else 20
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "KPI"), (2, "指標"), (3, "単位"), (4, "基準値\n（R2）"), (9, "評価")],
        [(5, 6, "目標値", ["R3", "R4"]), (7, 8, "実績値", ["R3", "R4"])],
    )
    r = 12
    for label, name, unit, *vals, grade in MS_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "【評価区分】", bold=True)
    r += 1
    _put(ws, r, 1, "評価", header=True)
    _span(ws, r, 2, 5, "判定基準", header=True)
    legend = [
        ("ア", "目標値（R4）を達成"),
        ("イ", "目標値（R4）は未達成だが基準値（R2）より改善"),
        ("ウ", "基準値（R2）より悪化又は横ばい"),
    ]
    for grade, text in legend:
        r += 1
        _put(ws, r, 1, grade, align="center")
        _span(ws, r, 2, 5, text)
    _notes(
        ws,
        r + 2,
        [
            "※KPI②の利用者数は、施設の入館記録からの推計値（延べ人数）です。",
            "※KPI⑤は各年度4月1日時点の待機児童数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mashiki_kouka_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 知名町 (鹿児島県大島郡): 第2期総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (japanlocal.net/kagoshima/chinacho/465348/): 沖永良部島, the population 5,748人, the area
# 53km², the slogan 花ひらく夢ひらくまち フローラル知名, the crops and livestock (サトウキビ, 花卉,
# 子牛, 馬鈴薯). Made up: the page, 基本目標, every KPI, figure, revision and note.
CN_BLOCKS = [
    (
        "基本目標１　農業を核とした稼げるしごとをつくる",
        [
            ("花き類の出荷額", "百万円", "612", "640", "655", "<s>700</s> 750"),
            ("子牛の出荷頭数", "頭", "1,480", "1,522", "1,498", "1,600"),
            ("新規就農者数（5年間累計）", "人", "―", "9", "14", "<s>20</s> 25"),
        ],
    ),
    (
        "基本目標３　健やかに暮らせる島をつくる",
        [("健康づくり教室参加者の満足度", "％", "84.5", "―（調査なし）", "88.1", "90.0")],
    ),
]

CN_HEAD = """<thead>
<tr><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値<br>（H30）</th><th>R4実績</th><th>R5実績</th><th>目標値<br>（R6）</th></tr>
</thead>"""


def china_html() -> str:
    parts = []
    for goal, rows in CN_BLOCKS:
        body = "\n".join(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for name, unit, *vals in rows
        )
        parts.append(f"<h2>{goal}</h2>\n<table>\n{CN_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期知名町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - 知名町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
s {{ color: #666; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 総合戦略</p>
<h1>第2期知名町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</h1>
<p>令和6年10月1日更新　知名町企画振興課</p>
<p>「花ひらく夢ひらくまち フローラル知名」の実現に向け、沖永良部島の南西部（面積53km<sup>2</sup>、人口5,748人）で進めている総合戦略の重要業績評価指標（KPI）について、令和5年度の実績を取りまとめました。サトウキビ、花き、子牛、馬鈴薯を柱とする農業の振興を中心に取り組んでいます。</p>
{tables}
<p>※目標値の取消線は、令和5年度の戦略改訂前の目標値です（改訂後の目標値を右に記載しています）。</p>
<p>※新規就農者数の基準値は、戦略策定時に集計していないため「―」としています。</p>
<p>※健康づくり教室の満足度調査は、令和4年度は実施していません。</p>
</body>
</html>
"""


def china() -> Path:
    path = HERE / "china_kpi_shinchoku_r5.html"
    path.write_bytes(china_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kaita, higashimiyoshi, mashiki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {china().name}")


if __name__ == "__main__":
    main()
