"""Build the documents of forms356/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kanda_kpi_kensho_r6.xlsx`` and its PDF (portrait): a KPI検証シート in the manner of 苅田町
  (福岡県京都郡): form fields over a two-row grid ``No. | KPI | 単位 | 基準値（R元） | 実績値 (R4 | R5 |
  R6（速報）) | 目標値（R6）``; a ``万t`` and a ``千人`` row; **one row counted by calendar year (``※1``)**;
* ``source/wadomari_kpi_shinchoku_r6.xlsx`` and its PDF (landscape): a KPI進捗管理表 in the manner of 和泊町
  (鹿児島県大島郡): **a year-major two-row header** ``R4年度 (目標 | 実績) | R5年度 (…) | R6年度 (…)``
  between ``基準値（H30）`` and ``最終目標（R7）``; a ``万球`` row with decimals, ``約``, ``―``;
* ``kosa_seika_shihyo_r6.xlsx``, a workbook left as it is: 成果指標 in the manner of 甲佐町 (熊本県上益城郡)
  with **no 単位 column: units and scale live in the number formats** (``#,##0"人"``, ``0.0%`` on stored
  fractions, ``#,##0,"千円"`` on stored yen), and **a header that is role-major for R4/R5 (``実績値 (R4 |
  R5)``) and year-major for R6 (``令和６年度 (目標 | 実績)``)**;
* ``hikawa_kpi_shinchoku_r5.html``, a KPI page in the manner of 氷川町 (熊本県八代郡): **the role in a
  ``区分`` column (``目標`` / ``実績`` rows under a ``rowspan`` name)**, year columns ``令和２年度`` …
  ``令和６年度``, **year-end forecasts marked in the cell (``4,800（見込）``) in the running year's 実績 row**,
  and ``集計中``.

These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed
timestamp). The PDFs carry LibreOffice's creation date, so they differ by that only.
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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms356/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms356/build.py"
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
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms356_soffice_") as tmp:
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
# 苅田町 (福岡県京都郡): 第2期総合戦略 KPI検証シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp essay of the mayor; Wikipedia mirrors): 面積約50㎢, 人口約3万7,700人, 苅田港 and the car
# plants, 不交付団体 since FY1975, 白川米, 平尾台, 石塚山古墳 (約130m). Assumed: the strategy's name and
# period. Made up: 課, date, every KPI, figure and note.
KD_ROWS = [
    ("1", "町内製造業の従業者数", "人", [14820, 15105, 15260, 15390, 15500]),
    ("2", "苅田港の取扱貨物量", "万t", [3540.2, 3488.6, 3612.5, 3655.0, 3600.0]),
    ("3", "創業支援事業による創業件数", "件", [6, 8, 11, 7, 10]),
    ("4", "観光入込客数※1", "千人", [412, 286, 355, 398, 450]),
    ("5", "平尾台自然観察センターの利用者数", "人", [38450, 30120, 33980, 41020, 40000]),
]


def kanda() -> Path:
    wb, ws = _sheet("KPI検証シート", [5, 34, 7, 11, 10, 10, 11, 11])
    _text(ws, 1, 1, "第2期苅田町まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（ＫＰＩ）検証シート（令和６年度実績）", bold=True, size=13)
    _text(ws, 3, 8, "令和7年8月　苅田町 総合政策課", align="right")
    fields = [
        ("戦略の名称", "第2期苅田町まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "総合政策課"),
        (
            "町の現状",
            "面積約50㎢、人口約3万7,700人。臨海部の苅田港周辺に自動車関連の工場が集積し、1975年度（昭和50年度）から地方交付税の不交付団体である。町の西側には白川米の田園とカルスト台地の平尾台が広がり、役場の隣には墳丘長約130mの石塚山古墳がある。",
        ),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 52 if label == "町の現状" else 20
        r += 1
    _text(ws, 10, 1, "■基本目標１　地域の産業を活かし、安定した雇用を創出する", bold=True, size=11)
    _head2(
        ws,
        11,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "目標値\n（R6）"),
        ],
        [(5, 7, "実績値", ["R4", "R5", "R6（速報）"])],
    )
    r = 13
    for no, name, unit, vals in KD_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　観光入込客数は福岡県の観光入込客推計調査に合わせ、暦年（1月～12月）で集計しています。",
            "　　 基準値（R元）は2019年、R4～R6はそれぞれ2022年～2024年の値です。",
            "※R6（速報）は令和7年6月末時点の速報値です。確定値は次回の検証シートで報告します。",
            "※町の現状の数値は令和6年時点のものです。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kanda_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 和泊町 (鹿児島県大島郡): 総合戦略 KPI進捗管理表（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia mirror; zck.or.jp essay of the mayor, 2019): 沖永良部島の東半分, 40.39km², 5,797人
# (推計人口 2024-12-01), 越山 188.4m, 耕地面積2,350ha, 耕地率58.2%, 百合の球根栽培 since 明治, さとうきび,
# 肉用牛. Assumed: the strategy's name and period. Made up: 課, date, every KPI, figure and note.
WD_ROWS = [
    (
        "1",
        "えらぶゆり球根の出荷量",
        "万球",
        [812.4, 820.0, 798.6, 830.0, 841.2, 840.0, 836.5, 850.0],
    ),
    ("2", "さとうきびの生産量※2", "t", [38215, 39000, 35480, 39500, 40126, 40000, 41870, 41000]),
    ("3", "新規就農者数", "人", [6, 6, 8, 6, 5, 7, 9, 7]),
    ("4", "肉用子牛の出荷頭数", "頭", [1240, 1250, 1198, 1260, "約1,200", 1270, 1215, 1280]),
    ("5", "農産物加工品の新規開発件数※3", "件", ["―", "―", 2, 3, 3, 3, 4, 3]),
]


def wadomari() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [5, 32, 7, 11, 9, 9, 9, 9, 9, 9, 11])
    _text(
        ws,
        1,
        1,
        "第2期和泊町まち・ひと・しごと創生総合戦略　ＫＰＩ進捗管理表（令和６年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和7年7月　和泊町役場 企画課", align="right")
    fields = [
        ("戦略の名称", "第2期和泊町まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "企画課"),
        (
            "町の概要",
            "沖永良部島の東半分を町域とし、面積40.39km²、人口5,797人（2024年12月1日推計）。隆起サンゴ礁の平坦な島で、最高峰は越山（標高188.4m）。耕地面積2,350ha、耕地率58.2%と耕地に恵まれ、明治時代からの百合の球根栽培に、さとうきび・花き・肉用牛を組み合わせた農業が盛んである。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 11, value, align="left")
        ws.row_dimensions[r].height = 40 if label == "町の概要" else 20
        r += 1
    _text(ws, 9, 1, "基本目標１　島の農業を守り、稼ぐ力を高める", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "指標"), (3, "単位"), (4, "基準値\n（H30）"), (11, "最終目標\n（R7）")],
        [
            (c, c + 1, year, ["目標", "実績"])
            for c, year in zip((5, 7, 9), ("R4年度", "R5年度", "R6年度"))
        ],
    )
    r = 12
    for no, name, unit, vals in WD_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　各年度の「目標」は年度ごとの目標値、「実績」はその年度の実績値です。",
            "※2　さとうきびは製糖期（12月～翌年4月）ごとの集計で、各年度の欄にはその年度の12月に始まる製糖期の値を記載しています。",
            "※3　No.5は令和5年度から設定した指標のため、基準値及び令和4年度の目標はありません。",
            "※No.4のR5実績は、市場の取引記録の一部が未確定のため概数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "wadomari_kpi_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 甲佐町 (熊本県上益城郡): 第7次甲佐町総合計画 成果指標の状況（令和6年度）, a workbook left as it is
# --------------------------------------------------------------------------------------------

# Real (japanlocal.net page quoting the town; Wikipedia; kotobank): 第7次町総合計画 and its 基本理念, the
# 1955 merger of 5町村, 緑川, アユ, やな場, 麻生原のキンモクセイ, 57.93km², 10,132人 (2020). Assumed: 後期基本計画
# and its period. Made up: 課, date, every indicator, figure and note.
PERSON = '#,##0"人"'
KS_ROWS = [
    ("1", "鮎やな場の入場者数", PERSON, [18420, 12650, 15980, 18000, 17240, 20000]),
    ("2", "認定農業者数", PERSON, [142, 138, 140, 145, 146, 150]),
    ("3", "農業の振興に満足している町民の割合", "0.0%", [0.312, 0.336, 0.349, 0.36, 0.353, 0.4]),
    (
        "4",
        "ふるさと納税の寄附額",
        '#,##0,"千円"',
        [48600000, 96250000, 132480000, 120000000, 151300000, 150000000],
    ),
    ("5", "新規就農者数（年間）", PERSON, [3, 5, 4, 5, 6, 6]),
]


def kosa() -> Path:
    wb, ws = _sheet("成果指標", [5, 36, 12, 12, 12, 12, 12, 12])
    _text(
        ws,
        1,
        1,
        "第7次甲佐町総合計画 後期基本計画　成果指標の状況（令和６年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年6月　甲佐町 企画課", align="right")
    fields = [
        ("計画の名称", "第7次甲佐町総合計画 後期基本計画"),
        ("基本理念", "自然環境を活かし、文化と交流が育む暮らしやすい安全・安心なまちをつくります"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "企画課"),
        (
            "町の概要",
            "1955年（昭和30年）1月1日に甲佐町・宮内村・竜野村・乙女村・白旗村が合併して発足。面積57.93km²、人口10,132人（2020年国勢調査）。町の中央を緑川が流れ、6月～10月はアユの友釣りで賑わう。細川忠利ゆかりのやな場や麻生原のキンモクセイが知られる。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 44 if label == "町の概要" else 20
        r += 1
    _text(ws, 10, 1, "２　成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        11,
        [(1, "No."), (2, "成果指標"), (3, "基準値\n（H30）"), (8, "目標値\n（R7）")],
        [(4, 5, "実績値", ["R4", "R5"]), (6, 7, "令和６年度", ["目標", "実績"])],
    )
    r = 13
    for no, name, fmt, vals in KS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, fmt=fmt)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準値は平成30年度の値です。割合は町民アンケート（毎年度実施）によります。",
            "※寄附額は各年度の受入額（4月～翌3月）です。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "kosa_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 氷川町 (熊本県八代郡): 第2期総合戦略 KPIの進捗状況（令和5年度実績）, HTML
# --------------------------------------------------------------------------------------------

# Real (hikawacyou.hinokuni-net.jp page of the strategy; furusato-funding.jp; furu-con.jp): the strategy's
# name, 令和2年3月策定, 令和2年度～令和6年度, the 将来像, the 基本目標 wording, 33.3km², 11,094人 (2020),
# 2060年目標人口7,000人, 合計特殊出生率1.51. Made up: the date, every KPI, figure and note.
HK_YEARS = ["令和２年度", "令和３年度", "令和４年度", "令和５年度", "令和６年度"]
HK_ROWS = [
    ("出生数", "人", "78", ["80", "80", "80", "80", "80"], ["71", "69", "74", "66", ""]),
    (
        "地域子育て支援センターの延べ利用者数",
        "人",
        "4,210",
        ["4,300", "4,400", "4,500", "4,600", "4,700"],
        ["2,980", "3,650", "4,480", "4,720", "4,800（見込）"],
    ),
    (
        "婚活イベントでのカップル成立数",
        "組",
        "3",
        ["3", "3", "4", "4", "5"],
        ["0", "2", "4", "集計中", ""],
    ),
    (
        "乳幼児健康診査の受診率",
        "％",
        "95.2",
        ["96.0", "96.5", "97.0", "97.5", "98.0"],
        ["93.8", "96.1", "97.4", "98.2", "97.6（見込）"],
    ),
]


def hikawa_html() -> str:
    head = (
        '<thead>\n<tr><th scope="col">指標</th><th scope="col">単位</th><th scope="col">基準値<br>（H30年度）</th>'
        '<th scope="col">区分</th>'
        + "".join(f'<th scope="col">{y}</th>' for y in HK_YEARS)
        + "</tr>\n</thead>"
    )
    rows = []
    for name, unit, base, targets, actuals in HK_ROWS:
        lead = (
            f'<th scope="rowgroup" rowspan="2" class="l">{name}</th><td rowspan="2" class="c">{unit}</td>'
            f'<td rowspan="2" class="num">{base}</td>'
        )
        tcells = "".join(f'<td class="num">{v}</td>' for v in targets)
        acells = "".join(f'<td class="num">{v}</td>' for v in actuals)
        rows.append(f'<tr>{lead}<td class="c">目標</td>{tcells}</tr>')
        rows.append(f'<tr><td class="c">実績</td>{acells}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期氷川町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度実績） - 氷川町</title>
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
<nav><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/kihon/">基本方針・計画</a></li><li>総合戦略の進捗状況</li></ol></nav>
<h1>第2期氷川町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度実績）</h1>
<p class="date">更新日：2024年9月27日</p>
<p>本町は面積33.3平方キロメートルの小さな町で、2020年の国勢調査では人口11,094人となりました。第2期総合戦略（令和2年度～令和6年度）では、「小さなまちで、大きな幸せを感じるまち　田園都市・氷川」を将来像に掲げ、2060年の目標人口を7,000人、合計特殊出生率を1.51（2015年）から引き上げることを目指しています。</p>
<p>指標ごとに、各年度の目標と実績を上下2段で示しています。</p>
<h2>基本目標２　結婚～子育ての場として選ばれるまち</h2>
<table>
{head}
<tbody>
{body}
</tbody>
</table>
<p>※令和6年度の実績欄に「（見込）」とあるものは、令和6年8月末までの実績をもとにした年度末の見込値です。確定値は次回の公表でお知らせします。</p>
<p>※カップル成立数の令和5年度実績は、共同開催した近隣市町との集計が終わっていないため「集計中」としています。</p>
</body>
</html>
"""


def hikawa() -> Path:
    path = HERE / "hikawa_kpi_shinchoku_r5.html"
    path.write_bytes(hikawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kanda, wadomari):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kosa().name}")
    print(f"wrote {hikawa().name}")


if __name__ == "__main__":
    main()
