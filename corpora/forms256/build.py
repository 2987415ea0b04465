"""Build the built documents of forms256/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hitachiota_seika_hyoka_r5.xlsx``, a 重点項目別 成果指標評価シート in the manner of 常陸太田市
  (茨城県): form fields (重点項目, 担当課, 主な取組, 事業費 in 千円) over a grid whose **actual cells carry the
  prefecture's value in brackets** (``11.2（県 10.5）``), ``延べ`` / ``約`` / ``/年`` / ``以下`` cells and an
  S/A/B/C 評価, with **a separate bordered 【評価の基準】 table counting the sheet's indicators per grade**; and the PDF;
* ``source/nogi_kpi_shinchoku_r4.xlsx``, a 総合戦略 KPI 進捗 in the manner of 野木町 (栃木県): **a final-target
  column of relative cells** (``基準値から10%増``, ``基準値＋5ポイント``, ``県内10位以内``, ``維持``), **a baseline
  cell dated in its own bracket** (``25,020（R2.10）`` under ``基準値（R元）``), a footnote mark ``868※1``, word
  grades with a legend line; and the PDF;
* ``source/yorii_shisaku_hyoka_r3.xlsx``, a 総合振興計画 施策評価シート in the manner of 寄居町 (埼玉県):
  **an 評価 header spanning ``担当課 | 審議会``, the two grades differing on two rows, a note making the
  審議会 grade final**; units written in the cells (``累計4社``, ``約12,400人``, ``12,300人/年``) except one row
  whose name carries ``（万人）``; a rowspan 施策 column; and the PDF;
* ``kiso_senryaku_kensho_r2.html``, a 総合戦略 検証結果 page in the manner of 木祖村 (長野県): **the ◎/○/△
  legend in the table's ``<caption>``**, **actual cells with a second ``<br>`` line (``（H27～R元累計）``,
  ``（R2.3.31現在）``)**, prose targets (``5年間で3人``, ``現状維持``) and a 検証結果 prose column.

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
    wb.properties.creator = "forms256/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms256/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms256_soffice_") as tmp:
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


def _row(ws, r, c0, vals, height=24, size=9) -> None:
    """Printed strings, numbers right, a lone dash centred."""
    for j, v in enumerate(vals):
        align = (
            "center"
            if v in ("―", "－") or (len(str(v)) <= 2 and not any(ch.isdigit() for ch in str(v)))
            else "right"
        )
        _put(ws, r, c0 + j, v, align=align, size=size)
    ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------------------------
# 常陸太田市 (茨城県): 重点項目別 成果指標評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (広報ひたちおおた 令和6年1月号, 市長の新年のあいさつ): the 重点項目 「健康で快適な市民生活の実現」,
# フレイル予防対策, the free 3大がん検診 for people of 65 and over, the 自動運転EVバス starting in February.
# Made up: the sheet, its date, 課, money, every indicator, figure, grade and note.
HO_ROWS = [
    (
        "1",
        "がん検診受診率（胃・肺・大腸の平均）",
        "％",
        "9.8",
        "11.2（県 10.5）",
        "13.6（県 11.0）",
        "13.0",
        "15.0",
        "104.6%",
        "A",
    ),
    (
        "2",
        "フレイル予防教室の参加者数",
        "人",
        "延べ1,240",
        "延べ1,580",
        "延べ1,912",
        "延べ1,800",
        "延べ2,000以上",
        "106.2%",
        "A",
    ),
    (
        "3",
        "自動運転EVバスの利用者数",
        "人",
        "―",
        "―",
        "約1,300",
        "1,000",
        "5,000/年",
        "130.0%",
        "S",
    ),
    (
        "4",
        "要介護認定率（65歳以上）の上昇抑制",
        "％",
        "17.8",
        "18.1",
        "18.4",
        "18.0以下",
        "18.5以下",
        "97.8%",
        "B",
    ),
]
HO_LEGEND = [
    ("S", "達成率120％以上（目標値を大きく上回った）", "1"),
    ("A", "達成率100％以上120％未満（目標値を達成した）", "2"),
    ("B", "達成率80％以上100％未満（目標値をやや下回った）", "1"),
    ("C", "達成率80％未満（目標値を大きく下回った）", "0"),
]


def hitachiota() -> Path:
    wb, ws = _sheet("成果指標評価", [6, 34, 7, 11, 15, 15, 11, 14, 10, 8])
    _text(
        ws, 1, 1, "常陸太田市　重点項目別 成果指標評価シート（令和5年度実績）", bold=True, size=14
    )
    _text(ws, 2, 10, "令和6年8月　常陸太田市政策企画課", align="right")
    fields = [
        ("重点項目", "健康で快適な市民生活の実現", "担当課", "健康づくり推進課"),
        (
            "主な取組",
            "フレイル予防対策、65歳以上の方の3大がん検診無料化、自動運転EVバスの運行",
            "関連事業費（R5決算・千円）",
            286540,
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 10, v2)
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, 7, 1, "２　成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (9, "達成率\n（R5）"),
            (10, "評価"),
        ],
        [(5, 6, "実績値", ["R4", "R5"]), (7, 8, "目標値", ["R5", "R7"])],
    )
    r = 10
    for no, name, unit, *vals in HO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _row(ws, r, 4, vals)
        r += 1
    _notes(
        ws,
        r,
        [
            "※実績値の（県　）は茨城県全体の値です（参考）。No.3は令和6年2月の運行開始のため、令和4年度以前は「―」としています。",
            "※達成率＝R5実績値÷R5目標値。No.4は値が小さいほど良い指標のため、R5目標値÷R5実績値としています。",
        ],
    )
    r += 3
    _text(ws, r, 1, "【評価の基準】", bold=True, size=9)
    r += 1
    _put(ws, r, 1, "評価", header=True)
    _span(ws, r, 2, 4, "判定基準", header=True)
    _put(ws, r, 5, "該当指標数", header=True)
    for grade, rule, count in HO_LEGEND:
        r += 1
        _put(ws, r, 1, grade, align="center")
        _span(ws, r, 2, 4, rule, align="left")
        _put(ws, r, 5, count, align="center")
    _page(ws, "landscape")
    path = SOURCE / "hitachiota_seika_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 野木町 (栃木県下都賀郡): 第2期総合戦略 KPIの進捗状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (野木町人口ビジョン・第2期総合戦略 page; 地域再生計画 at furusato-funding.jp/projects/1662;
# 平成29年度施政方針): the peak 27,080人 (平成11年), 25,020人 (令和2年10月, 栃木県毎月人口調査), the target
# of 24,000人 in 令和27年 (2045年), 野木町煉瓦窯, 健康タウンのぎ. Made up: the sheet, its date, 課, the
# 基本目標 wording, every KPI, the other figures, grades and notes.
NG_ROWS = [
    (
        "1",
        "野木町煉瓦窯の来場者数",
        "人",
        "32,400",
        "18,250",
        "26,810",
        "30,000",
        "基準値から10%増",
        "やや遅れ",
    ),
    (
        "2",
        "特定健康診査受診率",
        "％",
        "41.2",
        "39.5",
        "43.8",
        "44.0",
        "基準値＋5ポイント",
        "やや遅れ",
    ),
    (
        "3",
        "健康寿命の県内順位（男性）",
        "位",
        "14位",
        "12位",
        "9位",
        "12位以内",
        "県内10位以内",
        "順調",
    ),
    ("4", "転入者数", "人", "812", "845", "868※1", "850", "900以上", "順調"),
    ("5", "町の総人口", "人", "25,020（R2.10）", "24,873", "24,690", "24,800", "維持", "やや遅れ"),
]


def nogi() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 30, 6, 15, 11, 11, 11, 18, 10])
    _text(
        ws,
        1,
        1,
        "第2期野木町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和5年9月　野木町総合戦略推進委員会　資料3", align="right")
    _text(ws, 3, 9, "事務局：野木町政策課", align="right")
    _para(
        ws,
        5,
        1,
        9,
        "本町の人口は平成11年の27,080人をピークに減少に転じ、令和2年10月には25,020人（栃木県毎月人口調査）となりました。"
        "第2期戦略では、令和27年（2045年）に24,000人を確保することを目標に、「健康タウンのぎ」の取組と移住・定住の促進を進めています。",
        36,
    )
    _text(ws, 7, 1, "基本目標２　野木町への新しいひとの流れをつくる", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (7, "R4\n目標値"),
            (8, "目標値\n（R6）"),
            (9, "評価"),
        ],
        [(5, 6, "実績値", ["R3", "R4"])],
    )
    r = 10
    for no, name, unit, *vals in NG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _row(ws, r, 4, vals)
        ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="center")
        r += 1
    _notes(
        ws,
        r,
        [
            "評価：順調＝R4目標値を達成　やや遅れ＝R4目標値の8割以上　遅れ＝R4目標値の8割未満　―＝評価できない",
            "※1　R4の転入者数は、外国人住民を含む住民基本台帳の値です。",
            "※2　No.5の基準値は、第2期戦略策定時に把握できた直近の値（令和2年10月1日現在）です。",
            "※KPI5項目のうち「順調」は2項目（40.0％）でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nogi_kpi_shinchoku_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 寄居町 (埼玉県大里郡): 第6次寄居町総合振興計画 前期基本計画 施策評価シート（令和3年度実績）
# --------------------------------------------------------------------------------------------

# Real (第6次寄居町総合振興計画 概要版, 2017–2026年度; 日本工業経済新聞 2016-01-13 on the 総合戦略):
# the plan's name and period, 寄居スマートIC周辺への事業所誘致, 子育て支援センターの拡充（男衾地区）,
# いきいき元気パーク整備. Made up: the sheet, its date, 課, money, every indicator, figure and grade.
YR_GROUPS = [
    (
        "寄居スマートIC周辺への事業所誘致",
        [
            (
                "1",
                "スマートIC周辺の立地事業所数",
                "0社",
                "累計3社",
                "累計4社",
                "累計5社",
                "累計10社",
                "B",
                "B",
            ),
            (
                "2",
                "町内事業所の従業者数",
                "約11,800人",
                "約12,100人",
                "約12,400人",
                "12,300人",
                "13,000人程度",
                "A",
                "A",
            ),
        ],
    ),
    (
        "子育て支援センターの拡充",
        [
            (
                "3",
                "子育て支援センター利用者数（延べ）",
                "延べ8,420人",
                "延べ5,130人",
                "延べ6,870人",
                "延べ9,000人",
                "延べ10,000人",
                "B",
                "C",
            )
        ],
    ),
    (
        "いきいき元気パークの整備と活用",
        [
            (
                "4",
                "いきいき元気パークの利用者数",
                "―",
                "9,850人/年",
                "12,300人/年",
                "12,000人/年",
                "15,000人/年以上",
                "A",
                "B",
            )
        ],
    ),
    (
        "観光と交流の振興",
        [("5", "観光入込客数（万人）", "約98", "約52", "約54", "80", "120程度", "C", "C")],
    ),
]


def yorii() -> Path:
    wb, ws = _sheet("施策評価", [16, 5, 28, 12, 12, 12, 12, 14, 8, 8])
    _text(
        ws,
        1,
        1,
        "第6次寄居町総合振興計画 前期基本計画　施策評価シート（令和3年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和4年8月　寄居町総合政策課", align="right")
    fields = [
        ("計画期間", "2017年度～2026年度（平成29年度から10年間）　前期：平成29年度～令和3年度"),
        ("施策評価対象事業費（R3決算・千円）", "148,260"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "■成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        8,
        [(1, "施策"), (2, "No."), (3, "成果指標"), (4, "基準値\n（H28）")],
        [
            (5, 6, "実績値", ["R2", "R3"]),
            (7, 8, "目標値", ["R3", "R8"]),
            (9, 10, "評価", ["担当課", "審議会"]),
        ],
    )
    r = 10
    for measure, inds in YR_GROUPS:
        top = r
        for no, name, *vals in inds:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _row(ws, r, 4, vals)
            r += 1
        _put(ws, top, 1, measure, valign="center")
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None)
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r,
        [
            "評価　A：R3目標値を達成　B：R3目標値の7割以上　C：R3目標値の7割未満",
            "※担当課による自己評価の後、寄居町総合振興計画審議会が評価を行い、審議会の評価を最終評価としています。",
            "※No.4はR3目標値を上回りましたが、町民の利用割合が3割程度にとどまることから、審議会の評価をBとしました。",
            "※No.4の基準値は、施設の供用開始前のため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yorii_shisaku_hyoka_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 木祖村 (長野県木曽郡): 第1期 木祖村まち・ひと・しごと創生総合戦略 検証結果
# --------------------------------------------------------------------------------------------

# Real (木祖村 website, 第1期総合戦略検証結果 and 総合戦略 pages; 令和7年度施政方針): the 第1期 period
# (平成27年度～令和元年度, 策定 平成27年12月), the 検証委員会 of 令和2年10月21日, the heading 1.しごとづくり,
# お六櫛, 御岳白菜, 木曽和牛, やぶはら高原スキー場, 2,550人 in 2025 (第2期). Made up: every figure, grade and
# 検証 sentence in the table.
KS_ROWS = [
    (
        "1",
        "御岳白菜の出荷量",
        "1,020t",
        "1,200t",
        "約1,080t",
        "○",
        "天候不順の影響で前年度より120t減少した。",
    ),
    (
        "2",
        "お六櫛の新規就業者数",
        "0人",
        "5年間で3人",
        "3人<br>（H27～R元累計）",
        "◎",
        "地域おこし協力隊2人を含め3人が就業した。",
    ),
    ("3", "木曽和牛の飼養頭数", "185頭", "現状維持", "176頭", "○", "高齢化による廃業が2戸あった。"),
    (
        "4",
        "やぶはら高原スキー場の入込客数",
        "48,200人",
        "55,000人",
        "31,400人<br>（R2.3.31現在）",
        "△",
        "暖冬による少雪で営業日数が42日減少した。",
    ),
]


def kiso_html() -> str:
    rows = "\n".join(
        f'<tr><td class="c">{no}</td><td>{name}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in (base, target, actual))
        + f'<td class="c">{mark}</td><td>{note}</td></tr>'
        for no, name, base, target, actual, mark, note in KS_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第1期 木祖村まち・ひと・しごと創生総合戦略検証結果 - 源流の里 木祖村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ text-align: left; font-size: 9pt; padding-bottom: 2px; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 行政情報 &gt; 施策・計画 &gt; 木祖村まち・ひと・しごと創生総合戦略</p>
<h1>第1期 木祖村まち・ひと・しごと創生総合戦略検証結果</h1>
<p>更新日：令和2年11月16日　担当：総務課企画係</p>
<p>平成27年12月に策定した第1期（平成27年度から令和元年度）「木祖村まち・ひと・しごと創生総合戦略」について、令和2年10月21日に検証委員会を開催し、重要業績評価指標（KPI）の達成状況を検証しました。第2期戦略では、2025年に人口2,550人を維持することを目指しています。</p>
<h2>1.しごとづくり</h2>
<p>お六櫛・画材などの木製品加工や畜産、農林業、観光業などの地場産業を活性化し、若者が村内で働ける場所の確保を目指しました。</p>
<table>
<caption>評価　◎：目標を達成　○：目標の8割以上　△：目標の8割未満　－：評価できない</caption>
<thead>
<tr><th>No.</th><th>KPI</th><th>基準値<br>（H26）</th><th>目標値<br>（R元）</th><th>実績値<br>（R元）</th><th>評価</th><th>主な検証結果</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※No.4の実績値は令和元年度シーズンの値です（令和2年3月31日現在の集計）。</p>
</body>
</html>
"""


def kiso() -> Path:
    path = HERE / "kiso_senryaku_kensho_r2.html"
    path.write_bytes(kiso_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hitachiota, nogi, yorii):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kiso().name}")


if __name__ == "__main__":
    main()
