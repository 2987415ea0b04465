"""Build the built documents of forms220/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/onjuku_kpi_kensho_h30.xlsx``, a 総合戦略 KPI 検証結果 in the manner of 御宿町 (千葉県):
  form fields (the strategy, its period, the town's profile with ``県内で1位``, 事業費 in 千円, the
  推進委員会); two legend lines; a bold ``基本目標：B　…`` (the strategy's own letter) over
  ``No. | 重要業績評価指標（KPI） | 単位 | 基準値（H26） | H29実績 | H30目標 | H30実績 |
  最終目標（H31） | 評価 | 傾向``; **a KPI whose every value is the prefecture's water-quality grade
  (``AA``, ``A``), not a number, beside the A/B/C 評価 column**; **a ``傾向`` column of signs
  ``＋`` / ``±`` / ``－`` with its legend, the ``－`` a trend and not a missing value**; ``+12``
  counts, ``千人`` with ``約590``; a count line of the sheet's own grades; and the PDF;
* ``source/uenomura_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 上野村
  (群馬県): form fields (施策 ``1-2``, 担当課, the village's four slogans, population, 事業費,
  施策の総合評価); a two-row header whose ``年度別の目標・実績（右上：目標値　左下：実績値）`` spans
  ``R3年度 | R4年度 | R5年度``; **every year cell split by a diagonal line, the target in the upper
  right and the actual in the lower left**; **a final target written as a standing, not a number,
  ``県内トップクラス``**; ``18.0以下`` / ``90.0以上``; ``集計中`` in a split cell; and the PDF;
* ``source/nishikatsura_jimu_jigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 西桂町
  (山梨県): form fields (事務事業名, 事業番号, 担当課, 総合計画, 事業期間, 事業の概要 with
  ``1,785m``); ``区分`` 活動指標 / 成果指標 merged down; **every R4/R5 actual cell stamped with its
  result against the same year's target, ``1,350（未達成）``, ``1,500（達成）``** (no 評価 column);
  **a seasonal count carrying the dates it was counted over, ``2,140（達成）`` / ``（4/22～5/8）``**;
  a 事業費 table in 千円 with 人工; an 評価 block (A/B, ``B（概ね順調）``); and the PDF;
* ``nagiso_kanko_kpi_r5.html``, a 観光 KPI page in the manner of 南木曽町 (長野県): a lead of real
  figures, an A/B/C legend, two ``<h2>`` over tables with a two-row ``<thead>`` (``令和5年度``
  spanning ``目標 | 実績``); **a yearly target written relative to the previous year's actual,
  ``前年度実績＋10,000``**; **an actual carrying an annotation in brackets, ``48,215（過去最多）``**;
  the unit ``カ国・地域``; ``約33,800``; a ``―`` baseline; notes with real figures.

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
# A cell split by a line from its top-left to its bottom-right corner (右上 | 左下).
SPLIT = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalDown=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms220/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms220/build.py"
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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
    with tempfile.TemporaryDirectory(prefix="forms220_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "集計中") else "right")


# --------------------------------------------------------------------------------------------
# 御宿町 (千葉県夷隅郡): まち・ひと・しごと創生総合戦略 KPIの検証結果（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (御宿町まち・ひと・しごと創生総合戦略 平成27年10月, expydoc; 千葉大学 COC+ page; 議会会議録):
# the strategy and its date, 基本目標 B「移住促進と交流人口の増加」 (the strategy letters its goals
# A–E), 24.86k㎡, 高齢化率 48.44％ (県内1位), 社会増減 plus, 月の沙漠記念館, スクーリング宿泊体験,
# 企画財政課. Made up: the sheet, its date, money, 推進委員会, every KPI, figure, grade, sign, note.
PLUS = "+#,##0;△#,##0;0"
OJ_ROWS = [
    ("1", "移住相談件数", "件", [38, 61, 70, 74, 80], "A", "＋"),
    ("2", "社会増減数（転入－転出）", "人", [12, 25, 20, 8, 30], "C", "－"),
    ("3", "月の沙漠記念館の入館者数", "人", [9850, 10420, 11000, 10960, 12000], "B", "＋"),
    ("4", "観光入込客数", "千人", [612.4, 585.0, 650.0, "約590", 680.0], "C", "＋"),
    ("5", "海水浴場の水質判定", "―", ["AA", "AA", "AA", "A", "AA"], "C", "－"),
    ("6", "スクーリング（学校宿泊体験）の受入校数", "校", [4, 8, 8, 8, 10], "A", "±"),
]


def onjuku() -> Path:
    wb, ws = _sheet("KPI検証", [5, 36, 6, 11, 10, 10, 10, 12, 6, 6])
    _text(
        ws,
        1,
        1,
        "御宿町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成30年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和元年8月　御宿町企画財政課", align="right")
    fields = [
        ("総合戦略", "御宿町まち・ひと・しごと創生総合戦略（平成27年10月策定）"),
        ("計画期間", "平成27年度～平成31年度"),
        (
            "町の概況",
            "面積24.86k㎡。高齢化率48.44％は千葉県内で1位だが、転入数が転出数を上回り、社会増減はプラスとなっている。",
        ),
        ("関連事業費（H30決算・千円）", "37,640"),
        ("検証機関", "御宿町総合戦略推進委員会（委員10名）"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 10))
        r += 1
    _text(
        ws,
        10,
        1,
        "【評価】A：H30目標を達成　B：H30目標は未達成だが基準値より改善　C：基準値から横ばい又は悪化",
    )
    _text(ws, 11, 1, "【傾向】＋：前年度（H29）より改善　±：前年度と同程度　－：前年度より悪化")
    _text(ws, 13, 1, "基本目標：B　移住促進と交流人口の増加", bold=True, size=11)
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H26）",
        "H29実績",
        "H30目標",
        "H30実績",
        "最終目標\n（H31）",
        "評価",
        "傾向",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, 14, c, word, header=True)
    ws.row_dimensions[14].height = 30
    r = 15
    for no, name, unit, vals, grade, sign in OJ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        if no == "2":
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v, fmt=PLUS)
        elif no == "5":
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v, align="center")
        else:
            _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        _put(ws, r, 10, sign, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, r, 1, "評価の内訳　A：2指標　B：1指標　C：3指標（6指標中）", size=9)
    _notes(
        ws,
        r + 2,
        [
            "※No.2は住民基本台帳による転入者数から転出者数を引いた数です（＋は転入超過）。",
            "※No.4のH30実績は、千葉県観光入込調査による概数です。",
            "※No.5は、千葉県が遊泳期間前に行う海水浴場の水質調査の判定区分です（AA・A：適、B・C：可）。H30は町内の海水浴場がA判定でした。",
            "※傾向は、H30実績をH29実績と比べたものです（No.5はAAからAへの変化を悪化としています）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "onjuku_kpi_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上野村 (群馬県多野郡): 上野村総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (kagayaku-lg.org; nactva.gr.jp; furusato-funding.jp/projects/1677): the four slogans
# (健康水準の高い村 …), the population 1,017人 (令和6年4月, 住民基本台帳), 不二洞. Made up: the sheet,
# its 施策 number and name, 課, money, 総合評価, every indicator, figure and note.
# Split cells are (target, actual): the target stands in the upper right, the actual in the lower left.
UE_ROWS = [
    (
        "1",
        "特定健康診査の受診率",
        "％",
        "58.4",
        [("60.0", "61.2"), ("62.0", "63.5"), ("64.0", "65.8")],
        "県内トップクラス",
    ),
    (
        "2",
        "健康づくり教室の延べ参加者数",
        "人",
        "412",
        [("450", "298"), ("450", "386"), ("480", "455")],
        "500",
    ),
    (
        "3",
        "65歳以上の要介護認定率の抑制",
        "％",
        "17.8",
        [("18.0", "17.5"), ("18.0", "18.3"), ("18.0", "17.9")],
        "18.0以下",
    ),
    (
        "4",
        "むし歯のない3歳児の割合",
        "％",
        "80.0",
        [("85.0", "100.0"), ("85.0", "80.0"), ("90.0", "集計中")],
        "90.0以上",
    ),
]


def _split(ws, row, col, target: str, actual: str, width: int = 19) -> None:
    """A year cell split by a diagonal line: the target at the upper right, the actual at the lower left."""
    cell = ws.cell(row=row, column=col, value=f"{target:>{width}}\n\n{actual}")
    cell.border = SPLIT
    cell.font = Font(name=FONT, size=9)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)


def uenomura() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 10, 15, 15, 15, 15])
    _text(ws, 1, 1, "上野村総合計画　施策評価シート（令和5年度）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年8月　上野村", align="right")
    _text(ws, 3, 1, "１　施策の概要", bold=True, size=11)
    fields = [
        ("施策", "1-2　健康水準の高い村づくり", 20),
        ("担当課", "保健福祉課", 20),
        (
            "村づくりのスローガン",
            "「健康水準の高い村」「道徳水準の高い村」「知識水準の高い村」「経済的に豊かな村」",
            20,
        ),
        ("村の人口", "1,017人（令和6年4月、住民基本台帳）", 20),
        ("施策に係る事業費（R5決算・千円）", "48,260", 20),
        ("施策の総合評価", "B（概ね順調）", 20),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 3), (4, 8), height)
        r += 1
    _text(ws, 11, 1, "２　成果指標の推移", bold=True, size=11)
    _text(
        ws,
        12,
        1,
        "※R3～R5年度の欄は斜線で区切り、右上に目標値、左下に実績値を記入しています。",
        size=8,
    )
    h = 13
    for c, word in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "基準値\n（R元）"),
        (8, "最終目標\n（R7）"),
    ]:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 7, "年度別の目標・実績（右上：目標値　左下：実績値）", header=True)
    for j, word in enumerate(["R3年度", "R4年度", "R5年度"]):
        _put(ws, h + 1, 5 + j, word, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, base, pairs, final in UE_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        for j, (target, actual) in enumerate(pairs):
            _split(ws, r, 5 + j, target, actual)
        _put(ws, r, 8, final, align="center" if final == "県内トップクラス" else "right")
        ws.row_dimensions[r].height = 42
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は、村の国民健康保険加入者（40～74歳）の受診率です。最終目標は、県内市町村の中で上位の受診率を維持することとしています。",
            "※No.3は、値が低いほど良い指標です。",
            "※No.4のR5年度実績は、3歳児健診の結果を集計中です（対象児は毎年10人前後）。",
        ],
    )
    r += 5
    _field(
        ws,
        r,
        "R5年度の主な取組",
        "健康づくり教室を年24回開催（不二洞周辺のウォーキング教室を含む）。特定健診の未受診者へ個別に受診勧奨（延べ86人）。",
        (1, 3),
        (4, 8),
        30,
    )
    _page(ws, "portrait")
    path = SOURCE / "uenomura_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西桂町 (山梨県南都留郡): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (kotobank; ふるさと山梨; nishikatsuraorimono.com; citydo.com; town site): 三ツ峠山 (1,785m),
# 屏風岩, 倉見山のクマガイソウ群生地, 三ツ峠グリーンセンター, 西桂町第6次総合計画. Made up: the sheet,
# 事業名, 番号, 課, 施策, period, opening dates, money, grades, every indicator, figure and note.
NK_ROWS = [
    (
        "活動指標",
        "1",
        "登山道・遊歩道の整備延長",
        "m",
        ["1,200", "1,500", "1,350（未達成）", "1,500", "1,500（達成）", "1,500"],
    ),
    (
        "活動指標",
        "2",
        "クマガイソウ群生地の保全作業の実施回数",
        "回",
        ["8", "10", "10（達成）", "10", "12（達成）", "10"],
    ),
    (
        "成果指標",
        "3",
        "クマガイソウ群生地の見学者数",
        "人",
        [
            "1,210\n（4/29～5/9）",
            "2,000",
            "1,860（未達成）\n（4/23～5/7）",
            "2,100",
            "2,140（達成）\n（4/22～5/8）",
            "2,500",
        ],
    ),
    (
        "成果指標",
        "4",
        "三ツ峠グリーンセンターの利用者数",
        "人",
        ["8,420", "9,000", "9,310（達成）", "9,500", "9,120（未達成）", "10,000"],
    ),
    (
        "成果指標",
        "5",
        "三ツ峠登山者アンケートの満足度",
        "％",
        ["82.4", "85.0", "86.1（達成）", "85.0", "84.7（未達成）", "90.0"],
    ),
]


def nishikatsura() -> Path:
    wb, ws = _sheet("事務事業評価", [8, 4, 30, 5, 10, 8, 14, 8, 14, 8])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施事業）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年7月　西桂町", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    fields = [
        ("事務事業名", "三ツ峠・倉見山観光資源活用事業", 20),
        ("事業番号", "3-1-02", 20),
        ("担当課", "産業振興課", 20),
        ("総合計画の位置付け", "西桂町第6次総合計画　施策3-1　観光の振興", 20),
        ("事業期間", "令和3年度～令和7年度", 20),
        (
            "事業の概要",
            "三ツ峠山（標高1,785m）の登山道と屏風岩周辺の環境整備、倉見山のクマガイソウ群生地の保全と公開（例年4月下旬～5月上旬）、三ツ峠グリーンセンターの運営を行う。",
            30,
        ),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 3), (4, 10), height)
        r += 1
    _text(ws, 11, 1, "２　指標の状況", bold=True, size=11)
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "R3実績",
        "R4目標",
        "R4実績",
        "R5目標",
        "R5実績",
        "R7目標",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, 12, c, word, header=True)
    ws.row_dimensions[12].height = 22
    r = 13
    runs: dict[str, list[int]] = {}
    for kind, no, name, unit, vals in NK_ROWS:
        runs.setdefault(kind, []).append(r)
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="right")
        ws.row_dimensions[r].height = 32 if "\n" in "".join(vals) else 22
        r += 1
    for kind, rows in runs.items():
        _down(ws, rows[0], rows[-1], 1, kind, align="center")
    _notes(
        ws,
        r,
        [
            "※実績欄の（達成）（未達成）は、同じ年度の目標に対する結果です。",
            "※No.3は、クマガイソウ群生地の公開期間中の見学者数です（下段の括弧内は各年度の公開期間）。",
        ],
    )
    _text(ws, 21, 1, "３　事業費の推移（単位：千円）", bold=True, size=11)
    money = [
        ("区分", "R3決算", "R4決算", "R5決算"),
        ("事業費", 4820, 5160, 5480),
        ("うち一般財源", 3120, 3410, 3650),
        ("従事職員（人工）", 0.40, 0.40, 0.45),
    ]
    for i, (label, *vals) in enumerate(money):
        rr = 22 + i
        _span(ws, rr, 1, 3, label, header=(i == 0) or None, align="center" if i == 0 else None)
        for j, v in enumerate(vals):
            c1 = 4 + 2 * j
            if i == 0:
                _span(ws, rr, c1, c1 + 1, v, header=True)
            else:
                _span(ws, rr, c1, c1 + 1, v, fmt="0.00" if isinstance(v, float) else None)
        ws.row_dimensions[rr].height = 18
    _text(ws, 27, 1, "４　評価", bold=True, size=11)
    evals = [
        ("有効性", "A（成果指標3項目のうち1項目で目標を達成）"),
        ("効率性", "B"),
        ("総合評価", "B（概ね順調）"),
        ("今後の方向性", "継続（クマガイソウ公開期間中の駐車場整理を拡充）"),
    ]
    r = 28
    for label, value in evals:
        _field(ws, r, label, value, (1, 3), (4, 10), 18)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "nishikatsura_jimu_jigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南木曽町 (長野県木曽郡): 観光・交流の重要業績評価指標（KPI）の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (japanlocal.net (the town's site); nbs-tv.co.jp; asahi.com; utsukushii-mura.jp): 215.93k㎡, 94％
# forest, the seven 集落, 約4,100人, 妻籠宿 (重要伝統的建造物群保存地区), 桃介橋, 妻籠宿を愛する会, 36,162人
# (令和5年度12月末) and 35,971人 (2019年度同時期), 2018年度 65の国・地域 and 初めて3万人, 大学連携事業.
# Made up: the page, its date, 課, legend, every KPI, figure, target, grade and the other notes.
NG_HEAD = """<thead>
<tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30）</th><th rowspan="2">R4実績</th><th colspan="2">令和5年度</th><th rowspan="2">最終目標<br>（R6）</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""

NG_BLOCKS = [
    (
        "1　妻籠宿を中心とした観光の振興",
        [
            (
                "歩いて妻籠宿を訪れた外国人数",
                "人",
                "30,512",
                "12,480",
                "前年度実績＋10,000",
                "48,215（過去最多）",
                "50,000",
                "A",
            ),
            ("妻籠宿を訪れた外国人の国・地域数", "カ国・地域", "65", "58", "65", "71", "70", "A"),
            (
                "町内宿泊施設の延べ宿泊者数",
                "人泊",
                "41,200",
                "28,600",
                "35,000",
                "約33,800",
                "40,000",
                "B",
            ),
        ],
    ),
    (
        "2　若い世代との交流",
        [("大学連携事業で来町した学生数（延べ）", "人", "―", "86", "100", "112", "120", "A")],
    ),
]


def nagiso_html() -> str:
    parts = []
    for heading, rows in NG_BLOCKS:
        body = []
        for name, unit, *vals, grade in rows:
            body.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + f'<td class="c">{grade}</td></tr>'
            )
        rows_html = "\n".join(body)
        parts.append(
            f"<h2>{heading}</h2>\n<table>\n{NG_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>観光・交流の重要業績評価指標（KPI）の進捗状況（令和5年度） - 南木曽町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; 町政情報 &gt; 計画・行政評価 &gt; 観光・交流のKPI</p>
<h1>観光・交流の重要業績評価指標（KPI）の進捗状況（令和5年度）</h1>
<p class="date">更新日：令和6年7月10日　担当：商工観光課</p>
<p>南木曽町は木曽谷の南端に位置し、面積215.93平方キロメートルの94％を森林が占めています。木曽川とその支流をはさむ段丘に与川、北部、三留野、妻籠、蘭、広瀬、田立の7集落が広がり、約4,100人が暮らしています。国の重要伝統的建造物群保存地区の妻籠宿や、近代化遺産の桃介橋などの文化遺産を活かした観光が、町の主要な産業となっています。</p>
<p>令和5年度の観光・交流に関する重要業績評価指標（KPI）の進捗状況をお知らせします。</p>
<p class="note">【評価】A：令和5年度の目標を達成　B：目標は未達成だが前年度実績より増加　C：前年度実績から横ばい又は減少</p>
{tables}
<p class="note">※歩いて妻籠宿を訪れた外国人数は、妻籠宿を愛する会の集計によります。令和5年度は12月末で36,162人となり、コロナ禍前の2019年度の同時期（35,971人）を上回りました。</p>
<p class="note">※H30（2018年度）は65の国・地域から訪れ、初めて3万人を超えました。令和5年度の目標は、前年度実績に1万人を加えた人数としています。</p>
<p class="note">※大学連携事業は令和2年度に始めたため、基準値はありません。</p>
<p>このページに関するお問い合わせ　南木曽町役場 商工観光課</p>
</body>
</html>
"""


def nagiso() -> Path:
    path = HERE / "nagiso_kanko_kpi_r5.html"
    path.write_bytes(nagiso_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (onjuku, uenomura, nishikatsura):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nagiso().name}")


if __name__ == "__main__":
    main()
