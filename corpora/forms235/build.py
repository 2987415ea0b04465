# ruff: noqa: E501
"""Build the built documents of forms235/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kota_kpi_hanki_r5.xlsx``, a 総合戦略 KPI sheet in the manner of 幸田町 (愛知県): bordered form
  fields (計画期間, 町の概況, 集計時点, money), bold ``■基本目標２　…`` over **a years-down grid whose rows are
  half-year month-ends** (``4年3月末（基準）``, ``4年9月末`` … ``6年3月末``), **written without an era on a
  令和 sheet**, so that each ``3月末`` row closes the fiscal year before; the four KPIs across (``KPI①`` over
  its name and unit), shaded ``中間目標（6年3月末）`` and ``最終目標（8年3月末）`` rows and a derived
  ``直近1年の増減`` row; and the PDF;
* ``source/nagaizumi_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI 中間検証 in the manner of 長泉町 (静岡県): form
  fields (計画の名称, 計画期間, population, 検証時点, money), ``KPI | 単位 | 基準値（R2） | R4実績 | R5実績 |
  R6目標 | R6見込 | 最終目標（R7）`` whose **R6見込 cells are qualified: a range ``230～250``, a floor
  ``26,000以上``, ``約110``, a ``―``**, and **one 見込 cell holding a figure already fixed, dated in its own
  bracket, ``0（R6.4.1確定）``**; ``人（延べ）`` and ``百万円`` in 単位; and the PDF;
* ``source/tambasasayama_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 丹波篠山市
  (兵庫県): form fields (施策, 主管課, 市の概況, money), bold ``２　成果指標の推移`` over **a two-row header
  whose upper cells name the municipality each year was counted under, ``篠山市`` over ``H29 | H30（基準）``
  and ``丹波篠山市（令和元年5月1日～）`` over ``R元`` … ``R5``** (no role word over the year columns), **an
  actual year left of the base year** in that run, ``R5目標``, ``目標値（R7）``, A/B/C 評価 with its legend,
  ``中止`` cells, ``千人``; and the PDF;
* ``ide_kpi_data_r6.html``, a 総合戦略 KPI data page in the manner of 井手町 (京都府): breadcrumb, ``<h1>``,
  date and 担当 lines, a lead with real figures, ``<h2>基本目標２　…</h2>`` over **one long table with one
  value a row** (``No. | 指標名 | 区分 | 時点 | 値 | 単位 | 備考``, 区分 ``基準値`` / ``実績値`` / ``見込値`` /
  ``目標値``), **its rows ordered by 時点, so the values of one indicator are scattered**, and **every 時点 an
  ISO date** (``2024-03-31`` for a fiscal year, ``2023-12-31`` for a calendar year); a ``―`` value, a ``―``
  unit.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

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
    wb.properties.creator = "forms235/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms235/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms235_soffice_") as tmp:
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


def _fields(ws, r: int, rows, c_label: tuple[int, int], c_value: tuple[int, int]) -> int:
    """Bordered key-value form fields, one a row; returns the next free row."""
    for label, value, height in rows:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    return r


def _num(ws, r, c, v, fmt=None, fill=None, bold=False):
    """A value cell: numbers right-aligned with a format, words centred."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        f = fmt or ("#,##0.0" if isinstance(v, float) else "#,##0")
        return _put(ws, r, c, v, fmt=f, fill=fill, bold=bold)
    return _put(ws, r, c, v, align="center" if len(str(v)) <= 3 else "right", fill=fill, bold=bold)


# --------------------------------------------------------------------------------------------
# 幸田町 (愛知県額田郡): 第2期幸田町まち・ひと・しごと創生総合戦略 KPIの推移（半期ごと）
# --------------------------------------------------------------------------------------------

# Real (幸田町 site and 町村長随想 2022): the 第2期 strategy and the 第1期 period (平成27年度～令和2年度),
# 企業立地課, the only 町 among 西三河's 9市1町, the three JR 東海道本線 stations (幸田・三ヶ根・相見), the
# 土地区画整理 housing near them, 筆柿 (生産量日本一). Made up: the sheet, its date, the 第2期 period, every
# KPI, figure, target and note, the money.
KT_KPIS = [
    ("KPI①", "企業立地件数（累計）\n（件）"),
    ("KPI②", "住宅取得補助の交付件数\n（累計）（件）"),
    ("KPI③", "町公式LINEの\n友だち登録者数（人）"),
    ("KPI④", "駅周辺の土地区画整理\n事業地内の人口（人）"),
]
KT_ROWS = [
    ("4年3月末（基準）", [12, 0, "―", 2184], None),
    ("4年9月末", [13, 46, 1862, 2261], None),
    ("5年3月末", [15, 97, 3105, 2395], None),
    ("5年9月末", [15, 141, 4236, 2447], None),
    ("6年3月末", [17, 188, 5012, 2488], None),
    ("中間目標（6年3月末）", [18, 180, 5000, 2500], SHADE),
    ("最終目標（8年3月末）", [22, 300, 8000, 2800], SHADE),
    ("直近1年の増減", ["+2", "+91", "+1,907", "+93"], LIGHT),
]


def kota() -> Path:
    wb, ws = _sheet("KPIの推移", [22, 17, 17, 17, 17])
    _text(ws, 1, 1, "第2期幸田町まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の推移（半期ごと）", bold=True, size=13)
    _text(ws, 3, 5, "令和6年5月　幸田町企画部企業立地課", align="right")
    r = _fields(
        ws,
        5,
        [
            ("計画期間", "令和3年度～令和7年度（第1期：平成27年度～令和2年度）", 18),
            (
                "町の概況",
                "西三河地域9市1町で唯一の「町」。町内にJR東海道本線の3駅（幸田駅・三ヶ根駅・相見駅）があり、駅周辺では土地区画整理事業による住宅地の整備を進めている。特産の筆柿は生産量日本一。",
                44,
            ),
            ("集計時点", "各年の3月末及び9月末（住民基本台帳及び町の台帳による）", 18),
            ("関連事業費（R5決算・千円）", 52380, 18),
        ],
        (1, 1),
        (2, 5),
    )
    _text(ws, r + 1, 1, "■基本目標２　幸田町への新しいひとの流れをつくる", bold=True, size=11)
    h = r + 2
    _put(ws, h, 1, "時点", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    for j, (label, name) in enumerate(KT_KPIS):
        _put(ws, h, 2 + j, label, header=True)
        _put(ws, h + 1, 2 + j, name, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 34
    r = h + 2
    for label, vals, fill in KT_ROWS:
        _put(ws, r, 1, label, align="center", fill=fill, bold=fill is SHADE)
        for j, v in enumerate(vals):
            _num(ws, r, 2 + j, v, fill=fill, bold=fill is SHADE)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPI①は町が誘致・支援した企業の立地件数で、第1期（平成27年度）からの累計です。",
            "※KPI③は令和4年6月にアカウントを開設したため、4年3月末は「―」としています。",
            "※「直近1年の増減」は、5年3月末から6年3月末までの増減です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kota_kpi_hanki_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長泉町 (静岡県駿東郡): 長泉町まち・ひと・しごと創生推進計画 KPIの中間検証（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画「長泉町まち・ひと・しごと創生推進計画」, furusato-funding.jp/projects/2002): the plan's
# name, 43,457人 (令和2年, 住民基本台帳), 41,952人 (2040年, 社人研), 出生数 388人 (令和2年). Made up: the sheet,
# its date and 課, the plan period, the 検証時点, money, every KPI, figure, 見込 and note.
NG_ROWS = [
    ("KPI①　子育て世代（20～39歳）の転入超過数", "人", 212, 186, 241, 220, "230～250", 230),
    ("KPI②　保育所等待機児童数", "人", 14, 6, 3, 0, "0（R6.4.1確定）", 0),
    (
        "KPI③　子育て支援センターの利用者数",
        "人（延べ）",
        18420,
        21305,
        24870,
        25000,
        "26,000以上",
        26000,
    ),
    ("KPI④　町の支援による町内事業所の新規雇用者数", "人", 86, 92, 104, 120, "約110", 130),
    ("KPI⑤　ふるさと納税寄附額", "百万円", 182.4, 246.8, 311.5, 300.0, "―", 350.0),
]


def nagaizumi() -> Path:
    wb, ws = _sheet("KPI中間検証", [44, 11, 12, 11, 11, 11, 16, 13])
    _text(
        ws,
        1,
        1,
        "長泉町まち・ひと・しごと創生推進計画（地域再生計画）　重要業績評価指標（KPI）の中間検証（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年1月　長泉町企画財政課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("地域再生計画の名称", "長泉町まち・ひと・しごと創生推進計画", 18),
            ("計画期間", "令和3年4月1日～令和8年3月31日", 18),
            (
                "町の人口",
                "43,457人（令和2年、住民基本台帳）。国立社会保障・人口問題研究所の推計では2040年に41,952人。出生数は令和2年に388人。",
                30,
            ),
            ("検証時点", "令和6年12月末（令和6年度は年度途中のため、見込値により検証）", 18),
            ("交付対象事業費（R6・千円）", 36900, 18),
        ],
        (1, 1),
        (2, 8),
    )
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の状況", bold=True, size=11)
    h = r + 2
    for j, word in enumerate(
        [
            "KPI",
            "単位",
            "基準値\n（R2）",
            "R4実績",
            "R5実績",
            "R6目標",
            "R6見込",
            "最終目標\n（R7）",
        ]
    ):
        _put(ws, h, 1 + j, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *vals in NG_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            if isinstance(v, str):
                _put(ws, r, 3 + j, v, align="center" if v == "―" else "right")
            else:
                _put(ws, r, 3 + j, v, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R6見込は、令和6年12月末時点の実績をもとにした年度末の見込値です。KPI①は見込の幅を示しています。",
            "※KPI②は各年度4月1日現在の数値です。令和6年度は4月1日現在の数値が確定しているため、確定値を記載しています。",
            "※KPI⑤の令和6年度は、12月の寄附が集計できていないため見込値を算定していません。",
            "※KPI③の単位「人（延べ）」は、延べ利用者数であることを示します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nagaizumi_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 丹波篠山市 (兵庫県): 丹波篠山市総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the renaming from 篠山市 on 令和元年5月1日 (丹波新聞 2019-05-05), 39,611人 (令和2年国勢調査), the
# 丹波黒 area 557ha in 平成30年, about 20% of the nation (JA丹波ささやま), the 日本農業遺産 of 令和3年2月
# (農林水産省), デカンショ祭 on 8月15・16日 with about 7万人 (例年). Made up: the sheet, the 施策, 主管課,
# money, every other figure, target, grade and note.
TS_ROWS = [
    (
        "1",
        "丹波篠山黒大豆（丹波黒）の栽培面積",
        "ha",
        [563, 557, 548, 541, 532, 526, 519],
        550,
        550,
        "B",
    ),
    ("2", "デカンショ祭の来場者数", "千人", [72, 70, 73, "中止", "中止", 45, 68], 70, 75, "B"),
    ("3", "新規就農者数", "人", [8, 7, 9, 6, 11, 10, 12], 10, 10, "A"),
    (
        "4",
        "黒枝豆の収穫体験など農業体験の参加者数",
        "人",
        ["―", 2840, 3120, 1260, 1980, 2760, 3350],
        3200,
        3500,
        "A",
    ),
]


def tambasasayama() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 6, 8, 10, 8, 8, 8, 8, 8, 9, 10, 6])
    _text(ws, 1, 1, "丹波篠山市総合計画　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 13, "令和6年7月", align="right")
    r = _fields(
        ws,
        4,
        [
            ("施策", "3-1　農都の振興と丹波篠山ブランドの継承", 18),
            ("主管課", "農都創造部　農政課", 18),
            (
                "市の概況",
                "令和元年5月1日に篠山市から丹波篠山市に市名を変更。人口39,611人（令和2年国勢調査）。丹波黒の栽培面積は557ha（平成30年）で全国の約2割を占める日本一の産地。「丹波篠山の黒大豆栽培」は令和3年2月に日本農業遺産に認定。",
                30,
            ),
            ("施策の事業費（R5決算・千円）", 284650, 18),
        ],
        (1, 3),
        (4, 13),
    )
    _text(ws, r + 1, 1, "２　成果指標の推移", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (11, "R5目標"),
            (12, "目標値\n（R7）"),
            (13, "評価"),
        ],
        [
            (4, 5, "篠山市", ["H29", "H30\n（基準）"]),
            (6, 10, "丹波篠山市（令和元年5月1日～）", ["R元", "R2", "R3", "R4", "R5"]),
        ],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, vals, t5, t7, grade in TS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate([*vals, t5, t7]):
            _num(ws, r, 4 + j, v)
        _put(ws, r, 13, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価：A＝R5目標を達成　B＝R5目標の80％以上　C＝R5目標の80％未満",
            "※No.1は子実用の栽培面積（枝豆用を除く）。No.2は8月15日・16日の2日間の合計で、令和2年・3年は新型コロナウイルス感染症の影響で中止、令和4年は1日に縮小して開催。",
            "※H30以前は篠山市としての数値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tambasasayama_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 井手町 (京都府綴喜郡): 第2期井手町まち・ひと・しごと創生総合戦略 KPIデータ一覧
# --------------------------------------------------------------------------------------------

# Real (町 site, 第5次井手町総合計画; Wikipedia): 玉川 (平成の名水百選) and 南谷川's 源氏ボタル, 18.04km², about
# 7割 山林, 橘諸兄, 8,454人 (平成22年国勢調査). Made up: the page, its date and 課, the 基本目標 wording,
# every indicator, figure, target and note.
ID_NAMES = {
    "A": ("観光入込客数", "人"),
    "B": ("空き家バンクを通じた移住者数（累計）", "人"),
    "C": ("合計特殊出生率", "―"),
    "D": ("町内の新規創業件数", "件"),
}
# (時点, indicator, 区分, 値, 備考), in the order of the page (by 時点).
ID_ROWS = [
    ("2019-12-31", "C", "基準値", "1.21", "暦年（1月～12月）"),
    ("2020-03-31", "A", "基準値", "148,200", "玉川堤の桜まつり（4月上旬）を含む"),
    ("2020-03-31", "B", "基準値", "4", ""),
    ("2020-03-31", "D", "基準値", "2", ""),
    ("2021-03-31", "A", "実績値", "―", "新型コロナウイルス感染症の影響により調査を中止"),
    ("2021-12-31", "C", "実績値", "1.08", "暦年（1月～12月）"),
    ("2022-03-31", "A", "実績値", "96,400", ""),
    ("2022-03-31", "B", "実績値", "11", ""),
    ("2022-03-31", "D", "実績値", "3", ""),
    ("2022-12-31", "C", "実績値", "1.15", "暦年（1月～12月）"),
    ("2023-03-31", "A", "実績値", "121,800", ""),
    ("2023-03-31", "B", "実績値", "19", ""),
    ("2023-03-31", "D", "実績値", "5", ""),
    ("2023-12-31", "C", "実績値", "1.19", "暦年（1月～12月）"),
    ("2024-03-31", "A", "実績値", "139,500", ""),
    ("2024-03-31", "B", "実績値", "26", ""),
    ("2024-03-31", "D", "実績値", "4", ""),
    ("2024-12-31", "C", "目標値", "1.30", "暦年（1月～12月）"),
    ("2025-03-31", "A", "見込値", "145,000", "令和6年12月末時点の見込"),
    ("2025-03-31", "A", "目標値", "150,000", ""),
    ("2025-03-31", "B", "目標値", "30", ""),
    ("2025-03-31", "D", "見込値", "6", "令和6年12月末時点の見込"),
    ("2025-03-31", "D", "目標値", "5", ""),
]


def ide_html() -> str:
    rows = []
    for i, (when, key, kind, value, note) in enumerate(ID_ROWS, start=1):
        name, unit = ID_NAMES[key]
        rows.append(
            f'<tr><td class="c">{i}</td><td>{name}</td><td class="c">{kind}</td><td class="c">{when}</td>'
            f'<td class="num">{value}</td><td class="c">{unit}</td><td>{note}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期井手町まち・ひと・しごと創生総合戦略 KPIデータ一覧（令和6年度） - 井手町</title>
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
<p class="breadcrumb"><a href="/">トップページ</a> &gt; 町政情報 &gt; 施策・計画 &gt; 総合戦略 &gt; KPIデータ一覧</p>
<h1>第2期井手町まち・ひと・しごと創生総合戦略 KPIデータ一覧（令和6年度）</h1>
<p class="date">更新日：令和7年1月31日　担当：企画財政課</p>
<p>井手町は、京都府の南部、面積18.04km²の町で、町域の約7割を山林が占めています。平成の名水百選に選ばれた玉川や、源氏ボタルが舞う南谷川の清流に恵まれ、奈良時代の橘諸兄ゆかりの地としても知られています。人口は平成22年国勢調査で8,454人でした。</p>
<p>このページでは、総合戦略の重要業績評価指標（KPI）の数値を、1行に1つの数値で掲載しています（同じ内容をCSV形式でも公開しています）。「時点」は、年度の数値はその年度の末日、暦年の数値はその年の末日の日付で表しています。</p>
<p><a href="/data/kpi_r6.csv">KPIデータ（CSV：3KB）</a></p>
<h2>基本目標２　井手町への新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th>No.</th><th>指標名</th><th>区分</th><th>時点</th><th>値</th><th>単位</th><th>備考</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※区分の「見込値」は、年度途中の実績をもとにした年度末の見込です。</p>
<p class="note">※「―」は数値がないことを示します。</p>
</body>
</html>
"""


def ide() -> Path:
    path = HERE / "ide_kpi_data_r6.html"
    path.write_bytes(ide_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kota, nagaizumi, tambasasayama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ide().name}")


if __name__ == "__main__":
    main()
