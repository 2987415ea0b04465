"""Build the built documents of forms222/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nishiokoppe_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証 sheet in the manner of 西興部村
  (北海道紋別郡), portrait: bordered form fields (計画期間, the village's profile with ``308.08k㎡``,
  ``約9割``, ``大正14年``, ``平成2年``, ``平成9年``, its 重点政策, 関連事業費 in 千円); an A/B/C/－ legend
  judged against the R6 target and the baseline; one grid
  ``No. | 重要業績評価指標（KPI） | 単位 | 基準値（R元） | R4実績 | R5実績 | 目標値（R6） | 評価`` with
  **a ``MWh`` unit (an SI prefix inside the unit, not a scale word)** and **R5 actual cells that carry
  ``（推計）`` after the number (``5,930（推計）``, ``1,240（推計）``), the village's own estimate for a
  month it could not count**; a ``（累計）`` name; notes with numbers; and the PDF;
* ``source/gonohe_kpi_saishu_kensho_r1.xlsx``, a 総合戦略 最終検証 sheet in the manner of 五戸町
  (青森県三戸郡), landscape: form fields with real census figures (``17,433人``, ``1,279人``,
  ``6.8%``, ``196人``, ``58人``) and 事業費 in 千円; **two grade scales: lower-case ``a | b | c`` for the
  KPIs, with a survey rule (``±3ポイント未満の変動は「現状維持」``), and upper-case ``A``–``D``
  progress words for the 数値目標**; one grid ``区分 | No. | 指標 | 単位 | 基準値（H26） | H28実績 |
  H29実績 | H30実績 | R元（H31）実績 | 目標値（H31） | 評価`` with **the last actual headed in both eras,
  ``R元（H31）実績``, beside a target headed ``目標値（H31）``**; a shaded 数値目標 row; ``百万円`` and
  ``％``; a ``―`` baseline and ``―`` in a biennial survey's off years; and the PDF;
* ``source/mikawa_shisaku_hyoka_h30.xlsx``, a 総合計画 施策評価シート in the manner of 三川町
  (山形県東田川郡), portrait: form fields (施策番号, 施策名, 担当課, 関係課, the 将来像 and the town's
  profile with ``33.22k㎡`` and ``7割``, the 施策's money in 千円); an A/B/C legend; one grid
  ``No. | 成果指標 | 単位 | 基準値（H26） | H29実績 | H30目標 | H30実績 | 目標値（R2） | 評価`` with
  **an actual that carries its breakdown as a labelled sum in brackets,
  ``382,610（温泉304,150＋交流館78,460）``**, **a rank KPI whose H30 actual marks a tie with the
  word ``タイ`` (``5位タイ``), beside ``5位以内`` / ``3位以内`` targets**, ``約9,000``; a second grid of
  事務事業 money (千円); notes with numbers; and the PDF;
* ``kagamiishi_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 鏡石町 (福島県岩瀬郡):
  breadcrumb, ``<h1>``, date line, a lead of real facts; an ``<h2>`` 基本理念 over one table with a
  two-row ``<thead>`` (``令和5年度`` spanning ``目標 | 実績``) and ``<th scope="rowgroup" rowspan>`` 施策
  cells; **a final target written as a share of the row's own baseline, ``基準値の110%``**; **a revised
  R5 target printed as ``<del>20.0</del> <ins>22.0</ins>``, graded ``B<br>（見直し前の目標ではA）``: the
  grade against the new target and, in brackets, the one the superseded target would have given**; **an actual that carries its ratio to a
  pre-pandemic year in brackets, ``56.3（R元比98%）``**; ``千人`` and ``経営体`` in 単位; A/B/C grades.

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
FIXED = dt.datetime(2026, 12, 10, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms222/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms222/build.py"
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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right")


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
                    rb"\g<1>2026-12-10T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 10, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms222_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 日吉津村 (鳥取県西伯郡): 第7次日吉津村総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (musebrass.com/2023/05/24/1497, ja.wikipedia.org 日吉津村, hiezu.jp 総合計画): 4.20k㎡, the only
# village of 鳥取県, 3,583人 (推計人口 2023年5月1日), a population that keeps growing, 財政力指数 0.57
# (2021年度), ネウボラ, 王子製紙 and the イオンモール. Made up: the 第7次 plan's sheet, its 施策, 課,
# money, every indicator, figure, target, grade and note.
HZ_ROWS = [
    ("1", "出生率", "人口千対", [9.6, 8.4, 9.2, 9.5, 10.0], "参考"),
    ("2", "乳幼児健康診査の受診率", "％", [97.3, 98.6, 100.0, 100.0, 100.0], "A"),
    (
        "3",
        "75歳未満のがんの年齢調整死亡率",
        "人口10万対",
        [84.7, 92.1, 71.3, "80.0以下", "75.0以下"],
        "参考",
    ),
    ("4", "特定健康診査の受診率", "％", [48.9, 53.4, 55.8, 57.0, 60.0], "B"),
    (
        "5",
        "国民健康保険の1人当たり医療費",
        "千円",
        [398.2, 421.5, 436.0, "430.0以下", "430.0以下"],
        "C",
    ),
]


def _grid_head(ws, h: int, head: list[str], height: float = 30) -> None:
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = height


# --------------------------------------------------------------------------------------------
# 西興部村 (北海道紋別郡): 第2期西興部村まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (ezo-ezo.fun/?p=444, vill.nishiokoppe.lg.jp 村の重点政策): 308.08k㎡, about 9 in 10 of it forest,
# the 1925 (大正14年) split from 興部村, the 鹿牧場 (平成2年), 森の美術館「木夢」(平成9年), the 重点政策
# wording, the バイオガスプラント, ホテル森夢. Made up: the 第2期 strategy's sheet, its date and 課, the
# money, every KPI, figure, grade and note.
NK_ROWS = [
    ("1", "森の美術館「木夢」の入館者数", "人", [5410, 5140, "5,930（推計）", 7000], "B"),
    ("2", "バイオガスプラントの年間発電量", "MWh", [1820, 2410, 2655, 2600], "A"),
    ("3", "エゾシカの捕獲頭数", "頭", [1050, 1186, "1,240（推計）", 1200], "A"),
    ("4", "ホテル森夢の宿泊者数", "人泊", [3210, 2460, 2980, 3500], "C"),
    ("5", "村内事業所への新規就業者数（累計）", "人", [0, 14, 19, 25], "B"),
]


def nishiokoppe() -> Path:
    wb, ws = _sheet("KPI検証", [5, 32, 7, 10, 10, 13, 10, 6])
    _text(ws, 1, 1, "第2期西興部村まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の検証結果（令和5年度）", bold=True, size=13)
    _text(ws, 3, 8, "令和6年9月　西興部村企画課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）", 18),
        (
            "村の概況",
            "面積308.08k㎡のうち約9割を森林が占める。大正14年に興部村から分村。平成2年に村営の鹿牧場を開設し、平成9年には森の美術館「木夢」が開館した。",
            30,
        ),
        ("重点政策", "1　定住人口の確保と雇用の創出「活力ある村づくり」", 18),
        ("関連事業費（R5決算・千円）", "52,760", 18),
    ]
    r = 5
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 8), height)
        r += 1
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=11)
    _text(
        ws,
        11,
        1,
        "評価：A 目標値（R6）を既に達成　B 基準値より改善（目標値は未達成）　C 基準値から横ばい又は悪化　－ 評価できない",
        size=8,
    )
    h = 12
    _grid_head(
        ws,
        h,
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（R元）",
            "R4実績",
            "R5実績",
            "目標値\n（R6）",
            "評価",
        ],
    )
    r = h + 1
    for no, name, unit, vals, grade in NK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価は、R5実績を基準値（R元）及び目標値（R6）と比べたものです。",
            "※（推計）は、集計期間の一部の実数が得られないため、村が推計した値です（木夢は4月分、エゾシカは3月分を推計）。",
            "※発電量は村内2か所のプラントの合計（売電分を含む）です。",
            "※No.5は令和2年度からの累計です。令和5年度の新規就業者5人のうち3人は村外からの移住者です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nishiokoppe_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 五戸町 (青森県三戸郡): 五戸町まち・ひと・しごと創生総合戦略 KPIの最終検証（平成27年度～令和元年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1473, expydoc.com/doc/7223983, hachinohe-toshiken-iju.com): 17,433人
# (平成27年国勢調査, 1,279人 and 6.8% fewer than 平成22年), 自然減196人 and 社会減58人 (平成28年),
# 企画振興課, あおもり倉石牛, 紅玉, ながいも, にんにく, about 15 グリーン・ツーリズム menus. Made up: the
# sheet, its date, the 基本目標 wording, money, every indicator, figure, grade and note.
GN_ROWS = [
    ("数値目標", "", "町内事業所の従業者数", "人", [5812, 5790, 5835, 5901, 5874, 6000], "B"),
    ("KPI", "1", "あおもり倉石牛の出荷頭数", "頭", [412, 430, 445, 468, 472, 460], "a"),
    ("KPI", "2", "新規就農者数（累計）", "人", ["―", 6, 11, 15, 21, 20], "a"),
    ("KPI", "3", "農産物直売所の売上額", "百万円", [186, 192, 201, 205, 196, 220], "b"),
    (
        "KPI",
        "4",
        "「町内で働き続けたい」と答えた若者の割合",
        "％",
        [41.3, "―", 40.6, "―", 39.2, 50.0],
        "b",
    ),
]


def gonohe() -> Path:
    wb, ws = _sheet("最終検証", [9, 5, 34, 8, 11, 10, 10, 10, 12, 11, 6])
    _text(
        ws,
        1,
        1,
        "五戸町まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（KPI）の最終検証（平成27年度～令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和2年8月　五戸町企画振興課", align="right")
    fields = [
        ("計画期間", "平成27年度～令和元年度（5年間）"),
        ("町の人口", "17,433人（平成27年国勢調査。平成22年から1,279人、6.8%の減少）"),
        ("人口動態", "自然減196人、社会減58人（平成28年）"),
        ("主な地域資源", "あおもり倉石牛、紅玉（りんご）、ながいも、にんにく"),
        ("関連事業費（H27～R元決算・千円）", "318,420"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 3), (4, 11), 17)
        r += 1
    _text(ws, 10, 1, "■基本目標1　地域の資源を活かし、安定した雇用を創出する", bold=True, size=11)
    _text(
        ws,
        11,
        1,
        "【KPIの評価】a：目標値（H31）を達成　b：目標値は未達成だが基準値より改善（又は現状維持）　c：基準値より悪化",
        size=8,
    )
    _text(
        ws,
        12,
        1,
        "　　※町民アンケートによる指標は、調査の誤差を考慮し、基準値から±3ポイント未満の変動は「現状維持」とします。",
        size=8,
    )
    _text(ws, 13, 1, "【数値目標の評価】A：順調　B：概ね順調　C：やや遅れ　D：遅れ", size=8)
    h = 14
    _grid_head(
        ws,
        h,
        [
            "区分",
            "No.",
            "指標",
            "単位",
            "基準値\n（H26）",
            "H28実績",
            "H29実績",
            "H30実績",
            "R元（H31）\n実績",
            "目標値\n（H31）",
            "評価",
        ],
    )
    r = h + 1
    for kind, no, name, unit, vals, grade in GN_ROWS:
        fill = LIGHT if kind == "数値目標" else None
        _put(ws, r, 1, kind, align="center", fill=fill)
        _put(ws, r, 2, no, align="center", fill=fill)
        _put(ws, r, 3, name, fill=fill, bold=kind == "数値目標")
        _put(ws, r, 4, unit, align="center", fill=fill)
        for j, v in enumerate(vals):
            if isinstance(v, float):
                _put(ws, r, 5 + j, v, fmt="0.0", fill=fill)
            elif isinstance(v, int):
                _put(ws, r, 5 + j, v, fill=fill)
            else:
                _put(ws, r, 5 + j, v, align="center", fill=fill)
        _put(ws, r, 11, grade, align="center", bold=True, fill=fill)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2は平成27年度からの累計です。基準値は集計していないため「―」としています。",
            "※No.4の町民アンケート（18～39歳）は隔年（H29・R元）の実施です。R元の回答者は412人でした。",
            "※目標値（H31）は、総合戦略策定時（平成27年10月）の表記のまま掲載しています。",
            "※グリーン・ツーリズムの体験メニューは約15種類（令和元年度）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "gonohe_kpi_saishu_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三川町 (山形県東田川郡): 第3次三川町総合計画（後期基本計画） 施策評価シート（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (mikawa-town.mykoho.jp 広報みかわ 令和元年7月15日号, zck.or.jp 33294, weblio 三川町): the 第3次
# plan (策定 平成22年度, to 令和2年度), its キャッチフレーズ and 将来像, 33.22k㎡, the second-smallest town of
# 山形県, 7割 of the town paddy, the 交流拠点「いろり火の里」. Made up: the 後期基本計画 sheet, its date,
# 施策, 課, money, every indicator, figure, grade and note.
MK_ROWS = [
    (
        "1",
        "交流拠点施設「いろり火の里」の入込客数",
        "人",
        [352400, 371980, 380000, "382,610\n（温泉304,150＋交流館78,460）", 400000],
        "A",
    ),
    ("2", "菜の花まつりの来場者数", "人", [8500, 9200, 10000, "約9,000", 12000], "B"),
    ("3", "住みよさランキングの県内順位", "位", [8, 6, "5位以内", "5位タイ", "3位以内"], "A"),
    ("4", "町外からの転入者数", "人", [210, 226, 230, 178, 250], "C"),
    ("5", "町に愛着を持っている町民の割合", "％", [71.2, 73.5, 75.0, 74.1, 80.0], "B"),
]

MK_JIGYO = [
    ("いろり火の里管理運営事業", "48,620", "産業振興課"),
    ("菜の花まつり開催支援事業", "3,200", "産業振興課"),
    ("移住・定住促進事業", "12,850", "企画調整課"),
]


def mikawa() -> Path:
    wb, ws = _sheet("施策評価", [5, 28, 6, 10, 10, 10, 25, 10, 6])
    _text(
        ws,
        1,
        1,
        "第3次三川町総合計画（後期基本計画）　施策評価シート（平成30年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和元年8月", align="right")
    _field(ws, 4, "施策番号", "3-2", (1, 2), (3, 4), 18)
    _field(ws, 4, "施策名", "交流人口の拡大と観光の振興", (5, 6), (7, 9), 18)
    _field(ws, 5, "担当課", "企画調整課", (1, 2), (3, 4), 18)
    _field(ws, 5, "関係課", "産業振興課", (5, 6), (7, 9), 18)
    _field(
        ws,
        6,
        "町の将来像",
        "みんなで創り育む「いのち、自然、豊かさ」人輝くまちみかわ（キャッチフレーズ：笑顔つながる協働のまち　ハートフルタウンみかわ）",
        (1, 2),
        (3, 9),
        28,
    )
    _field(
        ws,
        7,
        "町の概況",
        "面積33.22k㎡（県内で2番目に小さな町）。庄内平野のほぼ中央に位置し、町の面積の7割が水田である。",
        (1, 2),
        (3, 9),
        28,
    )
    _field(ws, 8, "施策の事業費（H30決算・千円）", "86,240", (1, 2), (3, 9), 18)
    _text(ws, 10, 1, "２　成果指標の達成状況", bold=True, size=11)
    _text(ws, 11, 1, "評価：A H30目標を達成　B H30目標の80%以上　C H30目標の80%未満", size=8)
    h = 12
    _grid_head(
        ws,
        h,
        [
            "No.",
            "成果指標",
            "単位",
            "基準値\n（H26）",
            "H29実績",
            "H30目標",
            "H30実績",
            "目標値\n（R2）",
            "評価",
        ],
    )
    r = h + 1
    for no, name, unit, vals, grade in MK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 34 if no == "1" else 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※No.1は温泉施設と交流館の入込客数の合計です（括弧内は施設別の内訳）。",
            "※No.2の平成30年度は荒天により会期を1日短縮したため、来場者数は概数です。",
            "※No.3は民間調査（県内35市町村）による順位です。「タイ」は他の市町村と同じ順位であることを示します。",
            "※No.5は町民アンケート（回答者612人）によります。",
        ],
    )
    r += 5
    _text(ws, r, 1, "３　施策を構成する主な事務事業", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "", header=True)
    _span(ws, r, 2, 5, "事務事業名", header=True)
    _span(ws, r, 6, 7, "H30決算額（千円）", header=True)
    _span(ws, r, 8, 9, "担当課", header=True)
    ws.row_dimensions[r].height = 18
    for k, (name, money, ka) in enumerate(MK_JIGYO, start=1):
        r += 1
        _put(ws, r, 1, str(k), align="center")
        _span(ws, r, 2, 5, name)
        _span(ws, r, 6, 7, money, align="right")
        _span(ws, r, 8, 9, ka, align="center")
        ws.row_dimensions[r].height = 18
    _page(ws, "portrait")
    path = SOURCE / "mikawa_shisaku_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鏡石町 (福島県岩瀬郡): 第6次鏡石町総合計画 前期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (kagamiishi-nk.com 009671 第6次総合計画の策定について, town.kagamiishi.fukushima.jp ごあいさつ): the
# 第6次 plan from 令和4年度, its 前期基本計画 2022–2026 taking in the 第2期 総合戦略, the 基本理念 安・健・進
# with 進's wording, まちの駅「かんかんてらす」 (grand opening 平成30年5月16日, about 37,000 visitors to
# 平成31年3月末), 田んぼアート. Made up: the page, its date and 課, the 施策, every indicator, figure,
# target, revision, grade and note.
KG_HEAD = """<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（R2）</th><th scope="col" rowspan="2">R4<br>実績</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col" rowspan="2">目標値<br>（R8）</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>"""

KG_ROWS = [
    (
        '<th scope="rowgroup" rowspan="2">3-1<br>観光・交流の推進</th>',
        "鏡石まちの駅「かんかんてらす」の来場者数",
        "千人",
        ["41.2", "52.8", "55.0", "56.3（R元比98%）", "60.0"],
        "A",
    ),
    (
        "",
        "田んぼアートの観覧者数",
        "千人",
        ["12.4", "18.9", "<del>20.0</del> <ins>22.0</ins>", "21.3", "25.0"],
        "B<br>（見直し前の目標ではA）",
    ),
    (
        '<th scope="rowgroup" rowspan="2">3-2<br>農業の振興</th>',
        "認定農業者数",
        "経営体",
        ["62", "60", "63", "61", "基準値の110%"],
        "B",
    ),
    ("", "担い手への農地の集積率", "％", ["48.5", "51.2", "52.0", "52.6", "60.0"], "A"),
    (
        '<th scope="rowgroup">3-3<br>移住・定住の促進</th>',
        "移住・定住相談件数",
        "件",
        ["24", "31", "35", "38", "50"],
        "A",
    ),
]


def kagamiishi_html() -> str:
    body = []
    for th, name, unit, vals, mark in KG_ROWS:
        cells = th + f'<td>{name}</td><td class="c">{unit}</td>'
        cells += "".join(f'<td class="num">{v}</td>' for v in vals)
        cells += f'<td class="c">{mark}</td>'
        body.append(f"<tr>{cells}</tr>")
    rows_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第6次鏡石町総合計画 前期基本計画 成果指標の進捗状況（令和5年度） - 鏡石町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; font-weight: normal; }}
tbody th {{ background: #f2f2f2; text-align: left; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
del {{ color: #666; }}
ins {{ text-decoration: none; font-weight: bold; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; 町政情報 &gt; 計画・施策 &gt; 第6次総合計画</p>
<h1>第6次鏡石町総合計画 前期基本計画 成果指標の進捗状況（令和5年度）</h1>
<p class="date">掲載日：令和6年10月1日　企画財政課</p>
<p>本町では、令和4年度からの10年間を計画期間とする「鏡石町第6次総合計画」に基づき、まちづくりを進めています。前期基本計画（2022年度～2026年度）は、「第2期鏡石町まち・ひと・しごと創生総合戦略」を統合したものです。令和5年度の成果指標の進捗状況を取りまとめましたので、お知らせします。</p>
<p>このページでは、基本理念「安」「健」「進」のうち、「進」に関する施策の成果指標を掲載しています。なお、鏡石まちの駅「かんかんてらす」は平成30年5月16日にグランドオープンし、平成31年3月末までに約37,000人が訪れました。</p>
<h2>基本理念３　「進」未来へと、ともに創る“しんか”しつづける牧場の朝のまち</h2>
<p class="note">評価：A 令和5年度の目標を達成　B 令和5年度の目標の8割以上　C 令和5年度の目標の8割未満</p>
<table>
{KG_HEAD}
<tbody>
{rows_html}
</tbody>
</table>
<p class="note">※かんかんてらすの来場者数の括弧内は、新型コロナウイルス感染症の拡大前の令和元年度（57.4千人）に対する割合です。</p>
<p class="note">※田んぼアートの令和5年度の目標は、令和4年度の実績を踏まえ、令和5年6月に20.0千人から22.0千人に見直しました。評価は見直し後の目標によります。</p>
<p class="note">※「基準値の110%」は、基準値から1割増やすことを目標とするものです。</p>
<p class="note">※農地の集積率は各年度末現在の値です。</p>
<p>このページに関するお問い合わせ　鏡石町役場 企画財政課</p>
</body>
</html>
"""


def kagamiishi() -> Path:
    path = HERE / "kagamiishi_seika_shihyo_r5.html"
    path.write_bytes(kagamiishi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nishiokoppe, gonohe, mikawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kagamiishi().name}")


if __name__ == "__main__":
    main()
