"""Build the built documents of forms203/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yaotsu_senryaku_kpi_r6.xlsx``, a まちづくり戦略 KPI 進捗 in the manner of 八百津町 (岐阜県):
  **no target column: each KPI cell holds the name and, after a full-width space, its target as a
  change with a scale word** (``3万人増加``, ``5,000万円増額``, ``5ポイント上昇``), and **no unit
  anywhere in the grid: a note under it gives the default unit and the exceptions by No.**
  (``※単位は千人。ただし、No.3は百万円、No.4は件、No.5は％。``); an A/B/C 進捗 with a legend; and the PDF;
* ``source/kawakami_kpi_kensho_r6.xlsx``, a 総合戦略 KPI 効果検証シート in the manner of 川上村 (奈良県):
  **value cells that carry their own scale word in rows whose 単位 cell has another** (``2万人`` in a
  ``千人`` row, ``1億2,360万円`` in a ``百万円`` row), and **a range target with the scale word written
  once, after the upper bound** (``4～5万人``); ``千㎥``; A/B/C grades; and the PDF;
* ``source/yuasa_senryaku_kpi_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 湯浅町 (和歌山県):
  **units written as squared CJK characters in the 単位 column** (``㎘``, ``㌧``, ``千㌧``), and **a
  shaded ``（参考）和歌山県`` sub-row under a KPI, with the prefecture's figures in the KPI's columns**;
  printed 達成/未達成; and the PDF;
* ``izunokuni_shisaku_hyoka_r5.html``, a 総合計画 施策評価 page in the manner of 伊豆の国市 (静岡県):
  **each indicator's values written as lines inside one cell under its name, every line
  ``年度　値`` with the role in brackets after the value** (``R2年度　5.5万人（基準値）``), the
  unbracketed lines being actuals, and **``（現状値）`` marking the latest actual (a lead paragraph says
  so) beside a ``（基準値）`` of an earlier year**; relative targets (``基準値より1割増``); grade lines
  ``【評価：B】`` in the cell; a ``（参考）`` money block in the same cell.

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
FIXED = dt.datetime(2026, 12, 9, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms203/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms203/build.py"
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
                    rb"\g<1>2026-12-09T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 9, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms203_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _head(ws, r: int, words: list[str], height=30) -> None:
    for c, w in enumerate(words, start=1):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = height


def _num(ws, r, c, v, fmt=None, **kw):
    """A value cell: numbers right-aligned with a format, words as printed."""
    if isinstance(v, (int, float)):
        if fmt is None:
            fmt = "#,##0" if isinstance(v, int) else "0.0"
        return _put(ws, r, c, v, fmt=fmt, **kw)
    align = "center" if v in ("―", "") else "right"
    return _put(ws, r, c, v, align=kw.pop("align", align), **kw)


# --------------------------------------------------------------------------------------------
# 八百津町 (岐阜県加茂郡): 第3期まちづくり戦略 KPIの進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (広報やおつ, mykoho.jp/article/215058/9252238/…): the 第6次八百津町総合計画 and the 第3期八百津町
# まち・ひと・しごと創生総合戦略 (まちづくり戦略), the 将来像, the 基本方針 (3); 杉原千畝記念館 and 人道の丘公園
# (the town's 人道 theme); 9,644人 (2023-10-01 推計), 128.79km², 約8割が山林 (Wikipedia). Made up: the sheet,
# its date, 戦略 heading, period, money, every KPI, figure, change target, grade and note.
YT_ROWS = [
    ("1", "観光入込客数（年間）　3万人増加", 248.6, 262.1, 270.4, "B"),
    ("2", "杉原千畝記念館の入館者数（年間）　5千人増加", 31.2, 34.8, 37.6, "A"),
    ("3", "ふるさと納税の寄附額　5,000万円増額", 186, 214, 229, "B"),
    ("4", "空き家バンクの成約件数（年間）　5件増加", 7, 9, 6, "C"),
    ("5", "「八百津町に住み続けたい」と思う町民の割合　5ポイント上昇", 71.4, "―", 73.8, "B"),
]


def yaotsu() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 62, 13, 12, 12, 11])
    _text(
        ws,
        1,
        1,
        "第3期八百津町まち・ひと・しごと創生総合戦略（まちづくり戦略）　重要業績評価指標（KPI）の進捗状況（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 6, "令和7年8月　八百津町まちづくり戦略推進会議　資料2", align="right")
    fields = [
        (
            "町の将来像",
            "安らぎとにぎわいが織りなす　やおつらしさを育むまち　～Smiles for Well-Being～",
        ),
        ("計画期間", "令和6年度～令和10年度（第6次八百津町総合計画の前期と一体）"),
        ("関連する基本方針", "（3）地域らしい産業と活力あるまちづくり　ほか"),
        ("町の概況", "人口9,644人（令和5年10月1日推計）、面積128.79km²（約8割が山林）"),
        ("関連事業費（R6決算・千円）", "84,260（うち地方創生推進交付金 31,500）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 6, f"{label}：{value}", align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "【進捗】A：目標の増減に到達　B：基準値より改善（目標には未到達）　C：基準値から横ばい又は悪化",
        size=8,
    )
    h = r + 3
    _text(
        ws,
        h - 1,
        1,
        "まちづくり戦略２　やおつの魅力を活かし、人の流れとにぎわいをつくる",
        bold=True,
        size=11,
    )
    _head(ws, h, ["No.", "KPI（目標）", "基準値\n（R4）", "R5実績", "R6実績", "進捗\n（R6）"])
    r = h + 1
    for no, kpi, base, r5, r6, grade in YT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, kpi)
        fmt = "0.0" if isinstance(base, float) else None
        for c, v in ((3, base), (4, r5), (5, r6)):
            _num(ws, r, c, v, fmt=fmt if isinstance(v, (int, float)) else None)
        _put(ws, r, 6, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        [
            "※単位は千人。ただし、No.3は百万円、No.4は件、No.5は％。",
            "※目標は、いずれも基準値（R4）から計画最終年度（R10）までの増減です。",
            "※No.2の記念館は、令和4年度に展示改修のため約3か月休館しました。",
            "※No.5は町民アンケート（隔年実施、回答1,126人）によるため、R5は「―」としています。",
            "※令和6年度の進捗：A 1項目、B 3項目、C 1項目",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yaotsu_senryaku_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川上村 (奈良県吉野郡): 総合戦略（第2期） KPIの効果検証シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia; kankyo-s.co.jp/kawakami.html; env.go.jp ecotourism page; farmbiz.jp): 269.26km², 約95%が森林,
# 吉野川（紀の川）の源流, 川上宣言 (平成8年), 大滝ダム竣工 (平成25年3月), 1,029人 (2024-12-01 推計), 森と水の源流館,
# 吉野林業 (約500年), 水源地の森 740ha (平成14年), 定住促進課, 第5次川上村総合計画 and its theme. Made up: the sheet, period,
# money, every KPI, figure, target, grade and note.
KW_ROWS = [
    ("1", "森と水の源流館の来館者数", "千人", 18.4, 15.2, 16.9, "2万人", "B"),
    ("2", "吉野杉・吉野桧の素材生産量", "千㎥", 12.6, 10.8, 11.5, 15.0, "C"),
    ("3", "村内観光施設の入込客数", "人", 38420, 41260, 39600, "4～5万人", "B"),
    ("4", "ふるさと納税の寄附額", "百万円", 28.6, 41.2, "1億2,360万円", 50.0, "A"),
    ("5", "移住者数（年間）", "人", 24, 31, 28, 30, "B"),
]


def kawakami() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 30, 8, 10, 10, 13, 11, 6])
    _text(ws, 1, 1, "川上村まち・ひと・しごと創生総合戦略（第2期）", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の効果検証シート（令和6年度実績）", bold=True, size=13)
    _text(ws, 3, 8, "令和7年8月　川上村", align="right")
    fields = [
        ("基本目標", "水源地の村の資源を活かし、しごとと新しい人の流れをつくる"),
        ("担当課", "定住促進課"),
        ("計画期間", "令和2年度～令和6年度"),
        (
            "村の概況",
            "面積269.26km²（約95%が森林）。吉野川（紀の川）の源流の村として平成8年に「川上宣言」を発信し、"
            "大滝ダムは平成25年3月に竣工。人口1,029人（令和6年12月1日推計）。",
        ),
        ("交付金対象事業費\n（R6決算・千円）", "21,480（うち地方創生推進交付金 10,740）"),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 30 if "\n" in label or label == "村の概況" else 20
        r += 1
    _text(ws, r + 1, 1, "【評価】A：目標値を達成　B：目標値の8割以上　C：目標値の8割未満", size=8)
    _text(ws, r + 2, 1, "■重要業績評価指標（KPI）の状況", bold=True, size=11)
    h = r + 3
    _head(
        ws,
        h,
        ["No.", "KPI", "単位", "基準値\n（R元）", "R5実績", "R6実績", "目標値\n（R6）", "評価"],
    )
    r = h + 1
    for no, kpi, unit, *vals, grade in KW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, kpi)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _num(ws, r, 4 + j, v)
        _put(ws, r, 8, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        [
            "※No.1の目標値は、第5次川上村総合計画の目標（年間2万人）をそのまま記載しています。",
            "※No.3の目標値は「4万人から5万人」の幅で設定しており、下限の4万人に対して評価しています。",
            "※No.4の令和6年度実績は、返礼品の拡充により前年度の約3.0倍となりました。",
            "※吉野林業は約500年の歴史をもち、村は平成14年に源流部の原生林740haを「水源地の森」として取得しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kawakami_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 湯浅町 (和歌山県有田郡): 総合戦略（第2期） KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.yuasa.wakayama.jp/soshiki/3/3518.html; gururinkansai.com; sparkle.travel; Wikipedia): the
# 推進会議's name, 20.80km², 醤油醸造発祥の地, the 重伝建 (平成18年選定, 東西約400m・南北約280m), the 日本遺産
# 「最初の一滴 醤油醸造の発祥の地 紀州湯浅」 (平成29年), 92軒 in 文化年間, 三宝柑 (町の花). Made up: the sheet,
# date, period, 基本目標 wording, every KPI, figure, target, status, the 和歌山県 figures and the notes.
YU_GRIDS = [
    (
        "基本目標１　地域の資源を活かした「しごと」をつくる",
        [
            ("1", "醤油の出荷量（町内醸造元の合計）", "㎘", 1480, 1352, 1550, 1396, "未達成", 1600),
            ("2", "しらすの水揚量", "㌧", 412, 356, 415, 431, "達成", 420),
            ("3", "みかん・三宝柑の出荷量", "千㌧", 4.8, 4.2, 4.9, 4.5, "未達成", 5.0),
        ],
    ),
    (
        "基本目標３　若い世代の結婚・出産・子育ての希望をかなえる",
        [
            ("4", "合計特殊出生率", "―", 1.38, 1.29, 1.45, 1.33, "未達成", 1.50),
            ("", "（参考）和歌山県", "", 1.48, 1.39, "―", 1.37, "", "―"),
        ],
    ),
]


def yuasa() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 32, 7, 11, 10, 10, 10, 10, 11])
    _text(
        ws,
        1,
        1,
        "湯浅町まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　湯浅町まち・ひと・しごと創生推進会議　資料2", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度"),
        (
            "町の概況",
            "面積20.80km²。醤油醸造発祥の地とされ、湯浅伝統的建造物群保存地区（平成18年選定、東西約400m・南北約280m）と"
            "日本遺産「最初の一滴 醤油醸造の発祥の地 紀州湯浅」（平成29年認定）をもつ。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "町の概況" else 18
        r += 1
    _text(ws, r + 1, 1, "【達成状況】達成：R5目標値以上　未達成：R5目標値未満", size=8)
    r += 3
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H30）",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況",
        "目標値\n（R6）",
    ]
    for title, rows in YU_GRIDS:
        _text(ws, r, 1, title, bold=True, size=11)
        _head(ws, r + 1, head)
        r += 2
        for no, kpi, unit, *vals, status, final in rows:
            ref = no == ""
            fill = LIGHT if ref else None
            _put(ws, r, 1, no, align="center", fill=fill)
            _put(ws, r, 2, kpi, align="right" if ref else None, size=8 if ref else 9, fill=fill)
            _put(ws, r, 3, unit, align="center", fill=fill)
            for j, v in enumerate(vals):
                fmt = "0.00" if isinstance(v, float) and unit in ("―", "") else None
                _num(ws, r, 4 + j, v, fmt=fmt, fill=fill, size=8 if ref else 9)
            _put(ws, r, 8, status, align="center", fill=fill)
            fmt = "0.00" if isinstance(final, float) and unit in ("―", "") else None
            _num(ws, r, 9, final, fmt=fmt, fill=fill, size=8 if ref else 9)
            ws.row_dimensions[r].height = 18 if ref else 22
            r += 1
        r += 1
    _notes(
        ws,
        r - 1,
        [
            "※単位の「㎘」はキロリットル、「㌧」はトンです。しらすの水揚量は湯浅湾内の2漁協の合計です。",
            "※（参考）和歌山県の行は本町との比較のために掲載しているもので、KPIではありません。",
            "※町内の醤油醸造業者は、文化年間には92軒を数えました（現在の町内醸造元は5軒）。",
        ],
    )
    # IPAGothic has ㌧ but no ㎘: set the whole sheet in Noto Sans CJK JP, so that no glyph
    # falls back to another font (the text layer then keeps every character in place).
    for row in ws.iter_rows():
        for cell in row:
            cell.font = Font(name="Noto Sans CJK JP", size=cell.font.sz, bold=cell.font.b)
    _page(ws, "landscape")
    path = SOURCE / "yuasa_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊豆の国市 (静岡県): 第2次総合計画 後期基本計画 施策評価（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (at-s.com 882196; sankei 180412; asahi ASJ465TNZJ46; expydoc 11042478): the 第2次伊豆の国市総合計画, its 将来像,
# 韮山反射炉 (世界文化遺産 2015年7月, 2015年度 72万6,114人, 2020年度 5万4,641人 → `5.5万人`), the former 20万人 target,
# the city's 大河ドラマ推進事業, いちご (the city's 特産品). Made up: the page, date, 基本目標, 施策 numbers and names,
# every other figure, target, grade, comment and money.
IZ_ROWS = [
    (
        "2-1",
        "世界遺産を核とした観光の振興",
        "反射炉ガイダンスセンターの運営<br>世界遺産登録10周年に向けた誘客（R5決算 2,140万円）",
        [
            [
                "韮山反射炉の入場者数",
                "R2年度　5.5万人（基準値）",
                "R3年度　6.1万人",
                "R4年度　83,420人",
                "R5年度　9.4万人（現状値）",
                "R8年度　20万人（目標値）",
                "【評価：B】",
            ],
            [
                "（参考）反射炉関連事業費",
                "R4年度　1億2,400万円",
                "R5年度　9,860万円",
            ],
        ],
        "登録年度（平成27年度）の72万6,114人から減少が続いたが、R5年度は前年度比約1.1万人増。修学旅行の受入れが回復した。",
    ),
    (
        "2-2",
        "温泉と食による誘客の推進",
        "伊豆長岡温泉の誘客宣伝<br>大河ドラマ推進事業の成果の継承",
        [
            [
                "伊豆長岡温泉の観光交流客数",
                "R2年度　148万人（基準値）",
                "R3年度　163万人",
                "R4年度　205万人",
                "R5年度　231万人（現状値）",
                "R8年度　260万人（目標値）",
                "【評価：B】",
            ],
            [
                "観光消費額（市内宿泊・飲食・土産）",
                "R元年度　118.4億円（基準値）",
                "R5年度　96.2億円（現状値）",
                "R8年度　基準値より1割増（目標値）",
                "【評価：C】",
            ],
        ],
        "交流客数は回復基調。消費額は宿泊単価の上昇があったものの、日帰り客の割合が約6割に高まり基準値を下回った。",
    ),
    (
        "2-3",
        "農業の振興と6次産業化",
        "いちご狩り農園のPR支援<br>遊休農地の再生（R5 4.2ha）",
        [
            [
                "いちご狩り入園者数",
                "R2年度　2.1万人（基準値）",
                "R3年度　2.6万人",
                "R4年度　3.0万人",
                "R5年度　3.6万人（現状値）",
                "R8年度　3.5万人（目標値）",
                "【評価：A】",
            ],
            [
                "耕作放棄地の面積",
                "R2年度　86.4ha（基準値）",
                "R5年度　81.0ha（現状値）",
                "R8年度　基準値より2割減（目標値）",
                "【評価：B】",
            ],
        ],
        "入園者数はR5年度に目標値を上回った。耕作放棄地は3年間で5.4ha減少したが、目標の達成には年間約4haの解消が必要。",
    ),
]


def izunokuni_html() -> str:
    rows = []
    for no, name, work, blocks, comment in IZ_ROWS:
        cell = "\n".join("<p>" + "<br>".join(lines) + "</p>" for lines in blocks)
        rows.append(
            f'<tr>\n<th scope="row">{no}<br>{name}</th>\n<td>{work}</td>\n<td class="ind">\n{cell}\n</td>\n<td>{comment}</td>\n</tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次伊豆の国市総合計画 後期基本計画 施策評価（令和5年度実績） - 伊豆の国市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 3px 6px; vertical-align: top; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ background: #f2f2f2; text-align: left; font-weight: normal; }}
td.ind {{ min-width: 20em; }}
td.ind p {{ margin: 0 0 0.6em 0; }}
</style>
</head>
<body>
<p class="breadcrumb">ホーム &gt; 市政情報 &gt; 計画・施策 &gt; 総合計画 &gt; 施策評価</p>
<h1>第2次伊豆の国市総合計画 後期基本計画 施策評価（令和5年度実績）</h1>
<p>更新日：令和6年9月30日</p>
<p>将来像「ほんわり湯の国、美（うま）し国、歴史文化薫る国、未来を拓く伊豆の国」の実現に向け、後期基本計画（令和4年度～令和8年度）の施策ごとに成果指標の推移を取りまとめました。韮山反射炉は平成27年7月に「明治日本の産業革命遺産」の構成資産として世界文化遺産に登録され、登録年度には72万6,114人が訪れました。</p>
<p>成果指標欄の各行は「年度　値」を示します。（基準値）は後期基本計画策定時の値、（現状値）は評価時点で確認できる最新の実績値、（目標値）は令和8年度に目指す値で、括弧のない行は各年度の実績値です。（参考）は成果指標ではありません。</p>
<p>評価：A 目標値を達成　B 基準値より改善（目標値には未到達）　C 基準値から横ばい又は悪化　－ 評価できない</p>
<h2>基本目標2　歴史・文化と地域資源を活かしたにぎわいのまち</h2>
<table>
<thead>
<tr><th>施策</th><th>主な取組</th><th>成果指標の推移<br>※（基準値）（現状値）（目標値）</th><th>評価に関するコメント</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※観光交流客数は静岡県観光交流の動向調査による市内分の推計値です。</p>
<p>※施策評価は、市の行政評価委員会（委員7人）の意見を踏まえて確定しました。</p>
</body>
</html>
"""


def izunokuni() -> Path:
    path = HERE / "izunokuni_shisaku_hyoka_r5.html"
    path.write_bytes(izunokuni_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yaotsu, kawakami, yuasa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {izunokuni().name}")


if __name__ == "__main__":
    main()
