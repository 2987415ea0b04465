"""Build the built documents of forms251/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fuso_suchi_mokuhyo_r5.xlsx``, a 総合戦略 数値目標 sheet in the manner of 扶桑町 (愛知県):
  **every period an era-less dotted day** (``基準値（元.10.1）``, ``3.10.1`` … ``7.10.1``) on a 令和 sheet,
  and **a shaded ``（参考）愛知県`` row under one 数値目標, filled in the same year columns**; and the PDF;
* ``source/kitagata_kpi_suii_r1.xlsx``, a 総合戦略 KPI 年度別推移 in the manner of 北方町 (岐阜県):
  a years-down grid whose top header row gives each KPI an uneven span (2, 3, 1, 3) with **a ``県平均``
  column inside KPI②'s span** and **a ``達成率`` column inside KPI④'s span**, rows ``H26（基準）`` …
  ``R元（見込）``; and the PDF;
* ``source/harima_shisaku_hyoka_h30.xlsx``, a 総合計画 施策評価シート in the manner of 播磨町 (兵庫県):
  **a ``集計時点`` column (``年度``, ``年度末``, ``5月1日``, ``暦年``) that re-dates each row's bare era-year
  headers**, and a relative target with its level in brackets (``H26比10%増（57,530）``); and the PDF;
* ``katsuragi_kpi_shinchoku_r5.html``, a 総合戦略 KPI page in the manner of かつらぎ町 (和歌山県):
  **``年度`` alone in the top header cell, spanning bare Western years**, each KPI on a ``目標`` and an
  ``実績`` row with **the base-year cell merged down over both rows**; ``万人``, ``約``, ``集計中``,
  ``―（調査なし）``.

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
    wb.properties.creator = "forms251/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms251/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms251_soffice_") as tmp:
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
# 扶桑町 (愛知県丹羽郡): 総合戦略 数値目標の推移（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia 扶桑町): the area 11.19k㎡, the 推計人口 34,233人 (2020年6月1日), 名鉄犬山線 through the
# middle of the town, the 守口大根 / 守口漬, the ヒマワリ. Made up: the sheet, its date and 課, the plan period,
# every 数値目標, figure, target, the 愛知県 reference figures and the notes.
FS_ROWS = [
    ("1", "総人口", "人", 34207, 34108, 33981, 33902, 34000, 33800),
    ("2", "年少人口割合（0～14歳）", "％", 13.9, 13.6, 13.4, 13.2, 13.5, 13.5),
    ("", "（参考）愛知県", "％", 12.9, 12.6, 12.4, 12.2, "―", "―"),
    ("3", "世帯数", "世帯", 13455, 13690, 13802, 13931, 13800, 14000),
    ("4", "外国人住民数", "人", 612, 655, 731, 802, 700, 750),
]


def fuso() -> Path:
    wb, ws = _sheet("数値目標", [6, 30, 7, 13, 11, 11, 11, 11, 11])
    _text(
        ws,
        1,
        1,
        "扶桑町まち・ひと・しごと創生総合戦略　数値目標の推移（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年2月　扶桑町企画課", align="right")
    fields = [
        ("計画期間", "令和3年度～令和7年度"),
        (
            "町の概況",
            "面積11.19k㎡。名鉄犬山線が町のほぼ中央を通る名古屋市のベッドタウンで、推計人口は34,233人（2020年6月1日）。",
        ),
        ("特産品", "守口大根（守口漬）　町の花：ヒマワリ"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■数値目標の推移", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "No."), (2, "数値目標"), (3, "単位"), (4, "基準値\n（元.10.1）")],
        [
            (5, 7, "実績値", ["3.10.1", "4.10.1", "5.10.1"]),
            (8, 9, "目標値", ["5.10.1", "7.10.1"]),
        ],
    )
    r = 11
    for no, name, unit, *vals in FS_ROWS:
        ref = no == ""
        fill = LIGHT if ref else None
        _put(ws, r, 1, no, align="center", fill=fill)
        _put(ws, r, 2, name, fill=fill, size=8 if ref else 9)
        _put(ws, r, 3, unit, align="center", fill=fill)
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        for j, v in enumerate(vals):
            _put(
                ws,
                r,
                4 + j,
                v,
                align="center" if v == "―" else "right",
                fmt=fmts.get(j),
                fill=fill,
            )
        ws.row_dimensions[r].height = 18 if ref else 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※年月日は令和の年号を省略して表記しています（例：3.10.1＝令和3年10月1日）。各年10月1日現在の推計人口（あいちの人口）によります。",
            "※（参考）愛知県は県全体の値で、本町の数値目標ではありません。",
            "※本表の数値目標は4項目です。総合戦略の関連事業費（5年度決算）は38,640千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "fuso_suchi_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北方町 (岐阜県本巣郡): 北方町総合戦略 KPIの年度別推移（令和元年度見込）
# --------------------------------------------------------------------------------------------

# Real (北方町総合戦略（案）平成27年9月, expydoc; 北方町 pages): the strategy's name and its 基本目標2
# 安心してすこやかに暮らせるまちづくり, the town as the smallest in area and densest in 岐阜県, 東西約1.85km
# 南北約4.2km. Made up: the sheet, its date and 課, every KPI, figure, target, rate and note.
KG_HEAD = [
    (2, 3, "KPI①　子育て支援センター利用者数（人）", ["目標", "実績"]),
    (4, 6, "KPI②　特定健康診査受診率（％）", ["目標", "実績", "県平均"]),
    (7, 7, "KPI③　健康教室参加者数（人）", ["実績"]),
    (8, 10, "KPI④　ファミリー・サポート・センター会員数（人）", ["目標", "実績", "達成率"]),
]
KG_ROWS = [
    ("H26（基準）", "", 8412, "", 33.8, 34.6, 1120, "", 152, ""),
    ("H27", 9000, 8950, 35.0, 35.2, 35.1, 1205, 180, 176, "97.8%"),
    ("H28", 9500, 9630, 37.0, 36.1, 35.9, 1318, 200, 198, "99.0%"),
    ("H29", 10000, 10210, 39.0, 38.4, 36.8, 1290, 220, 221, "100.5%"),
    ("H30", 10500, 10380, 41.0, 39.0, 37.4, 1402, 240, 236, "98.3%"),
    ("R元（見込）", 11000, 11000, 43.0, "", "―", 1450, 260, 250, "96.2%"),
]


def kitagata() -> Path:
    wb, ws = _sheet("KPI推移", [14, 9, 9, 9, 9, 9, 11, 9, 9, 9])
    _text(ws, 1, 1, "北方町総合戦略　重要業績評価指標（KPI）の年度別推移", bold=True, size=13)
    _text(ws, 2, 10, "令和元年9月　北方町総務課", align="right")
    fields = [
        ("計画期間", "平成27年度～令和元年度（5年間）"),
        (
            "町の特徴",
            "県内で面積が最も小さく、人口密度が最も高い町（東西約1.85km、南北約4.2km）",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 10, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "基本目標２　安心してすこやかに暮らせるまちづくり", bold=True, size=11)
    _head2(ws, 8, [(1, "年度")], KG_HEAD)
    ws.row_dimensions[8].height = 34
    r = 10
    for label, *vals in KG_ROWS:
        base = label.endswith("（基準）")
        _put(ws, r, 1, label, align="center", fill=LIGHT if base else None)
        for j, v in enumerate(vals):
            c = 2 + j
            fmt = "0.0" if isinstance(v, float) else None
            fill = LIGHT if (base and v == "") else None
            _put(ws, r, c, v, align="center" if v == "―" else "right", fmt=fmt, fill=fill)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※H26（基準）は総合戦略策定時の基準値です。R元（見込）の実績は令和元年8月末時点の見込値です。",
            "※KPI②の県平均は岐阜県全体の法定報告値（参考値）で、R元は未公表のため「―」としています。KPI②のR元見込は算出していません。",
            "※達成率＝実績÷目標（KPI④のみ）。KPI③は平成29年度から教室の回数を年24回から20回に見直しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kitagata_kpi_suii_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 播磨町 (兵庫県加古郡): 第4次播磨町総合計画 施策評価シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (播磨町 平成30年度施政方針 and 総合戦略 pages, town.harima.lg.jp): 第4次播磨町総合計画, its 将来像
# まちがいきいききらめくはりま～未来につなげるみんなのまちづくり～, サポートチーム播磨事業 (学校生活支援
# サポーター in the schools). Made up: the sheet, its date, 施策, 課, money, grade, every indicator, figure,
# 集計時点, target and note.
HR_ROWS = [
    ("1", "不登校児童生徒数（小・中学校）", "人", "年度", 38, 35, 41, 36, 30),
    ("2", "学校生活支援サポーターの配置人数", "人", "5月1日", 8, 10, 11, 12, 14),
    ("3", "タブレット端末の整備台数（小・中学校）", "台", "年度末", 120, 240, 480, 720, 1200),
    (
        "4",
        "町立図書館の児童書貸出冊数",
        "冊",
        "暦年",
        52300,
        53120,
        54870,
        55410,
        "H26比10%増（57,530）",
    ),
    ("5", "学校給食における地場産物の使用割合", "％", "年度", 18.5, 20.1, 21.4, 22.8, 25.0),
]


def harima() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 6, 9, 11, 9, 9, 9, 20])
    _text(ws, 1, 1, "第4次播磨町総合計画　施策評価シート（平成30年度）", bold=True, size=13)
    _text(ws, 2, 9, "令和元年8月", align="right")
    fields = [
        ("まちの将来像", "まちがいきいききらめくはりま～未来につなげるみんなのまちづくり～"),
        ("施策名", "学校教育の充実", "主管課", "学校教育課"),
        (
            "主な事務事業",
            "サポートチーム播磨事業（学校生活支援サポーターの配置）ほか4事業",
            "施策に係る事業費（H30決算）",
            "58,240千円",
        ),
        ("施策の評価", "B（概ね順調）"),
    ]
    r = 4
    for f in fields:
        _span(ws, r, 1, 2, f[0], header=True)
        if len(f) == 2:
            _span(ws, r, 3, 9, f[1], align="left")
        else:
            _span(ws, r, 3, 5, f[1], align="left")
            _span(ws, r, 6, 7, f[2], header=True)
            _span(ws, r, 8, 9, f[3], align="left")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, 9, 1, "２　成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "集計時点"),
            (5, "基準値\n（H26）"),
            (9, "目標値（H32）"),
        ],
        [(6, 8, "実績値", ["H28", "H29", "H30"])],
    )
    r = 12
    for no, name, unit, when, *vals in HR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, when, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 5 + j, v, align="right", fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※集計時点　「年度」：4月～翌年3月の実績　「年度末」：3月31日現在　「5月1日」：各年5月1日現在（学校基本調査）　「暦年」：1月～12月の実績",
            "※H28・H29・H30・H32は、集計時点の欄に従い年度または年を表します。H32は令和2年にあたります。",
            "※No.3の目標台数は、国の整備方針（3クラスに1クラス分）に基づき算定しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "harima_shisaku_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# かつらぎ町 (和歌山県伊都郡): 総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (かつらぎ町長からのメッセージ 2019-10-14, town.katsuragi.wakayama.jp; 全国町村会 2011): 世界遺産と
# フルーツの町, 年間134万人の観光客, 丹生都比売神社, 高野山町石道, 花園村との合併 (平成17年), 人口1万7千人を
# 割り込んだ, 20～34歳の人口 約2千5百人 → 約2千人 (5年で), 年間約90人の出生, 京奈和自動車道, 国道480号
# 鍋谷峠道路. Made up: the page, its date and 課, the 基本目標 wording, every other figure and target.
KT_BLOCKS = [
    (
        "基本目標１　世界遺産とフルーツのまちの魅力でひとを呼び込む",
        [
            (
                "観光入込客数",
                "万人",
                "約134",
                ["100", "110", "125", "135"],
                ["92.4", "108.7", "121.3", ""],
            ),
            (
                "観光農園（フルーツ狩り）の利用者数",
                "人",
                "48,200",
                ["40,000", "45,000", "50,000", "52,000"],
                ["35,610", "46,020", "51,380", ""],
            ),
        ],
    ),
    (
        "基本目標２　若い世代が住み続けたいまちをつくる",
        [
            (
                "20～34歳の人口",
                "人",
                "約2,000",
                ["2,000", "2,000", "2,000", "2,000"],
                ["1,962", "1,921", "1,874", ""],
            ),
            ("出生数", "人", "約90", ["90", "90", "90", "90"], ["84", "79", "集計中", ""]),
            (
                "住み続けたいと思う町民の割合",
                "％",
                "72.5",
                ["", "", "", "80.0"],
                ["―（調査なし）", "―（調査なし）", "74.1", ""],
            ),
        ],
    ),
]

KT_HEAD = """<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">区分</th><th colspan="5">年度</th></tr>
<tr><th>2019<br>（基準）</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th></tr>
</thead>"""


def katsuragi_html() -> str:
    parts = []
    for goal, inds in KT_BLOCKS:
        rows = []
        for name, unit, base, targets, actuals in inds:
            rows.append(
                f'<tr><th scope="row" rowspan="2">{name}</th><td class="c" rowspan="2">{unit}</td><td class="c">目標</td>'
                f'<td class="num" rowspan="2">{base}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in targets)
                + "</tr>"
            )
            rows.append(
                '<tr><td class="c">実績</td>'
                + "".join(f'<td class="num">{v}</td>' for v in actuals)
                + "</tr>"
            )
        body = "\n".join(rows)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{KT_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>かつらぎ町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - かつらぎ町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th[scope="row"] {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 町政情報 &gt; 計画・施策 &gt; 総合戦略</p>
<h1>かつらぎ町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</h1>
<p>掲載日：令和6年9月12日　かつらぎ町企画公室</p>
<p>かつらぎ町は、丹生都比売神社や高野山町石道などの世界遺産と、柿・みかん・ぶどうなどの果物に恵まれた「世界遺産とフルーツの町」で、年間134万人もの観光客が訪れます。一方、平成17年に花園村と合併した当時2万人を超えていた人口は1万7千人を割り込み、20歳から34歳までの人口は5年間で約2千5百人から約2千人に減少しました。生まれる子どもは年間約90人です。</p>
<p>総合戦略に掲げた重要業績評価指標（KPI）について、令和5年度までの実績を取りまとめました。表の年度は西暦で表記しています（2019は基準年度）。</p>
{tables}
<p>※観光入込客数は和歌山県観光客動態調査によります。京奈和自動車道・国道480号鍋谷峠道路の開通により、大阪・奈良方面からの来訪が増えています。</p>
<p>※20～34歳の人口は各年度末の住民基本台帳によります。出生数の2023年度は集計中です。</p>
<p>※住み続けたいと思う町民の割合は町民意識調査（2019年度・2023年度に実施）によります。</p>
<p>※2024年度の実績は令和7年度に公表します。</p>
</body>
</html>
"""


def katsuragi() -> Path:
    path = HERE / "katsuragi_kpi_shinchoku_r5.html"
    path.write_bytes(katsuragi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fuso, kitagata, harima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {katsuragi().name}")


if __name__ == "__main__":
    main()
