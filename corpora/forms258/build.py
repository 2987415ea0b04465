"""Build the built documents of forms258/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shintotsukawa_kaso_shinchoku_r6.xlsx``, a 過疎地域持続的発展市町村計画 成果指標の進捗状況
  in the manner of 新十津川町 (北海道): form fields (計画名, 基本理念, 事業費 in 千円, a count of the
  sheet's indicators) over a grid whose baseline is headed **``計画当初（R2）``**, whose **``現在値``
  column prints no period in its header: each cell carries its own date on a second line**
  (``（R6.3.31）``, ``（R5年度）``, ``（R5年）``, ``（R6.10.1）``), and whose **``進捗評価`` column holds
  digit grades** read through a legend; 区分 merged down; ``千人``, ``約``, a ``―`` baseline; and the PDF;
* ``source/nakadomari_kpi_kensho_r5.xlsx``, a 総合戦略 KPI検証シート in the manner of 中泊町 (青森県):
  **actual cells split by the town's two separate areas on two lines (``中里 9`` / ``小泊 4``), no
  total**, **a ``評語`` column of words (順調 / おおむね順調 / 要努力 / －) read through a legend**, a
  target ``全国平均以上`` with no number, ``千円`` and ``百万円`` in 単位; and the PDF;
* ``source/furudono_kpi_shinchoku_r4.xlsx``, a 総合戦略 KPI 進捗管理表 in the manner of 古殿町 (福島県):
  **a ``目標値`` column with no year whose cells label their own periods, one or two lines
  (``R4：3,000以上`` / ``R6：3,500以上``)**, **a ``達成評価`` column of ◎/○/△/－**, form fields holding
  money in 百万円 and a ranking; a ``―`` actual; and the PDF;
* ``kawasakimachi_senryaku_kensho_r1.html``, a 総合戦略 KPI 最終検証 page in the manner of 川崎町
  (宮城県): a ``<h2>`` 基本目標 over a table whose ``<th rowspan>`` 施策 cells **carry their 担当課 on a
  second line in 【】**, a ``令和元年度`` header spanning ``目標 | 実績``, and **a ``達成率（評価）`` column
  whose cells join the rate and the grade (``110%（A）``, ``89%（B）``)**; ``万人``, ``約``, a ``―`` baseline.

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
    wb.properties.creator = "forms258/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms258/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms258_soffice_") as tmp:
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
        text = isinstance(v, str)
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "－") else "right", fmt=fmt)
        if text and "\n" in v:
            ws.cell(row=r, column=c0 + j).alignment = Alignment(
                horizontal="right", vertical="center", wrap_text=True
            )


# --------------------------------------------------------------------------------------------
# 新十津川町 (北海道): 過疎地域持続的発展市町村計画 成果指標の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (town site, hotnews 00003885 / 00000559): the plan's name and period (令和3年度～令和7年度), the
# 総合計画's 基本理念, 中空知. The 区分 are the plan's statutory headings. Made up: the sheet, 課, money and
# every indicator, figure, date and grade.
ST_ROWS = [
    ("産業の振興", "認定農業者数", "経営体", 186, "178\n（R6.3.31）", 180, "2"),
    ("産業の振興", "新規就農者数（R3からの累計）", "人", "―", "14\n（R5年度）", 20, "－"),
    ("産業の振興", "観光入込客数", "千人", 82.4, "約96\n（R5年度）", 100, "3"),
    ("移住・定住・地域間交流の促進、人材育成", "転入者数", "人", 231, "248\n（R5年）", 240, "4"),
    (
        "移住・定住・地域間交流の促進、人材育成",
        "空き家バンク登録物件数",
        "件",
        9,
        "15\n（R6.10.1）",
        20,
        "3",
    ),
]


def shintotsukawa() -> Path:
    wb, ws = _sheet("成果指標", [22, 30, 8, 12, 13, 12, 10])
    _text(
        ws,
        1,
        1,
        "新十津川町過疎地域持続的発展市町村計画　成果指標の進捗状況（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和7年8月　新十津川町総務課", align="right")
    fields = [
        ("計画名", "新十津川町過疎地域持続的発展市町村計画（令和3年度～令和7年度）"),
        ("基本理念（総合計画）", "豊かな自然　あふれる笑顔　みんなで創る　いきいき未来"),
        ("過疎対策事業の事業費（R6決算・千円）", "318,400（12事業）"),
        ("本表の指標数", "5指標（進捗評価4：1指標、3：2指標、2：1指標、－：1指標）"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True, size=8)
        _span(ws, r, 2, 7, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 9, 1, "２　成果指標の進捗状況", bold=True, size=11)
    heads = ["区分", "成果指標", "単位", "計画当初\n（R2）", "現在値", "目標値\n（R7）", "進捗評価"]
    for c, h in enumerate(heads, start=1):
        _put(ws, 10, c, h, header=True)
    ws.row_dimensions[10].height = 28
    r = 11
    first = {}
    for area, name, unit, base, now, target, grade in ST_ROWS:
        first.setdefault(area, r)
        _put(ws, r, 1, area)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, now, target])
        _put(ws, r, 7, grade, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    last = r - 1
    starts = sorted(first.values())
    for i, s in enumerate(starts):
        e = (starts[i + 1] - 1) if i + 1 < len(starts) else last
        ws.cell(row=s, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        _merge(ws, s, 1, e, 1)
    _notes(
        ws,
        r + 1,
        [
            "進捗評価　4：目標値に到達　3：計画当初より改善（目標値に未到達）　2：計画当初と同程度（±5%以内、目標値に未到達）",
            "　　　　　1：計画当初より悪化（目標値に未到達）　－：計画当初の値がなく評価できない",
            "※現在値は、各指標について把握できる直近の値です。下段の（　）内はその時点を示します。",
            "※転入者数は住民基本台帳による暦年（1～12月）の値です。観光入込客数は北海道観光入込客数調査によります。",
            "※中空知の5市5町で連携する広域観光の取組は、令和6年度に3回実施しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shintotsukawa_kaso_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中泊町 (青森県北津軽郡): 第2期総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (町長随想 zck.or.jp 25254; Wikipedia): the two separate areas 中里 (農業) and 小泊 (漁業), the
# 2005 merger, スマート農業 (ドローン, 自動運転), the 2015 census 11,187人 (12.21%減, 県内40市町村中35位).
# Made up: the sheet, 課, 基本目標 wording, every KPI, figure and grade.
NK_ROWS = [
    (
        "1",
        "スマート農業機器（ドローン・自動操舵システム）の導入経営体数",
        "経営体",
        8,
        19,
        24,
        27,
        "順調",
        35,
    ),
    ("2", "移住者数", "人", 12, "中里　9\n小泊　4", 15, "中里　11\n小泊　3", "おおむね順調", 20),
    ("3", "ふるさと納税寄附額", "千円", 48210, 96540, 80000, 112300, "順調", 100000),
    ("4", "小泊漁港の水揚金額", "百万円", 612, 575, 650, 500, "要努力", 680),
    ("5", "合計特殊出生率", "", 1.21, 1.18, "全国平均以上", 1.25, "－", "全国平均以上"),
]


def nakadomari() -> Path:
    wb, ws = _sheet("KPI検証", [5, 40, 8, 10, 10, 12, 10, 12, 12])
    _text(
        ws,
        1,
        1,
        "第2期中泊町まち・ひと・しごと創生総合戦略　KPI検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　中泊町企画課", align="right")
    _put(ws, 4, 1, "町の概況", header=True, size=8)
    _span(
        ws,
        4,
        2,
        9,
        "平成17年に中里町と小泊村が合併して誕生し、農業の中里地域と漁業の小泊地域の2地域が飛び地となっている。"
        "平成27年国勢調査の人口は11,187人で、前回調査から12.21%減少（減少率は県内40市町村中35位）。",
        align="left",
    )
    ws.row_dimensions[4].height = 34
    _text(ws, 6, 1, "基本目標１　農業と漁業を核に、しごとをつくる", bold=True, size=11)
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "評語",
        "最終目標\n（R6）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 7, c, h, header=True)
    ws.row_dimensions[7].height = 28
    r = 8
    for no, name, unit, *vals in NK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.00" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals[:4], fmts)
        _put(ws, r, 8, vals[4], align="center")
        _vals(ws, r, 9, vals[5:])
        ws.row_dimensions[r].height = 30 if no == "2" else 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評語　順調：R5目標を達成　おおむね順調：R5目標の8割以上　要努力：R5目標の8割未満　－：目標が数値でないため評語を付さない",
            "※No.2の実績は、中里地域・小泊地域の別に計上しています。",
            "※合計特殊出生率の全国平均は1.20（令和5年）です。",
            "※評語の内訳：順調2、おおむね順調1、要努力1、－1（計5指標）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nakadomari_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 古殿町 (福島県石川郡): 第2期総合戦略 KPI進捗管理表（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (福島県市町村要覧 fksm.jp 075051; Wikipedia): the 2015 census 5,373人, 高齢化率 37.07% 県下17位,
# the R3年度重点事業 交流人口拡大事業（フルドノタイム）4百万円 and 千年の森育成事業 38百万円, the
# 笠懸流鏑馬 of 古殿八幡神社. Made up: the sheet, 課, 基本目標 wording, every KPI, figure and grade.
FD_ROWS = [
    (
        "1",
        "古殿八幡神社例大祭（笠懸・流鏑馬）の観覧者数",
        "人",
        2800,
        "―",
        2350,
        "R4：3,000以上\nR6：3,500以上",
        "△",
    ),
    (
        "2",
        "交流人口拡大事業（フルドノタイム）の参加者数",
        "人/年",
        410,
        620,
        845,
        "R4：800以上\nR6：1,000以上",
        "◎",
    ),
    ("3", "地域おこし協力隊の隊員数（各年度末）", "人", 3, 5, 6, "R4：6", "◎"),
    ("4", "移住相談件数", "件", 18, 24, 21, "R6：40", "－"),
]


def furudono() -> Path:
    wb, ws = _sheet("KPI進捗管理", [5, 40, 8, 10, 9, 9, 16, 10])
    _text(
        ws,
        1,
        1,
        "古殿町まち・ひと・しごと創生総合戦略（第2期）　KPI進捗管理表（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和5年7月　古殿町地域振興課", align="right")
    fields = [
        ("町の人口", "5,373人（平成27年国勢調査）　高齢化率 37.07%（県下17位）"),
        (
            "関連する主な事業（R3）",
            "交流人口拡大事業（フルドノタイム）4百万円、千年の森育成事業 38百万円、地域おこし協力事業 15百万円",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True, size=8)
        _merge(ws, r, 1, r, 2)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "基本目標２　古殿町への新しいひとの流れをつくる", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "KPI"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (7, "目標値"),
            (8, "達成評価"),
        ],
        [(5, 6, "実績値", ["R3", "R4"])],
    )
    r = 10
    for no, name, unit, *vals, grade in FD_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.cell(row=r, column=7).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
        _put(ws, r, 8, grade, align="center")
        ws.row_dimensions[r].height = 30 if "\n" in vals[-1] else 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "達成評価　◎：R4目標を達成　○：R4目標の8割以上　△：R4目標の8割未満　－：R4目標なし（評価対象外）",
            "※目標値の欄は、目標を定めた年度ごとに「年度：目標値」で記載しています。",
            "※No.1のR3は、新型コロナウイルス感染症の影響で例大祭の規模を縮小し観覧者数を集計していないため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "furudono_kpi_shinchoku_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川崎町 (宮城県柴田郡): 総合戦略 KPI 最終検証（平成27年度～令和元年度）
# --------------------------------------------------------------------------------------------

# Real (総合戦略 中間案 平成28年1月, paperzz 6459754; jsbs2012.jp): 基本目標2 and its 施策 names
# ((1) 移住・定住の支援, (2) 観光資源を活用したまちづくりと情報発信, (5) テレワークによる地元就労や雇用機会の
# 拡大), 地域振興課企画係, 年間約100万人 visitors, 仙台から車で30分. Made up: the page, the 担当課 of (2),
# every KPI, figure and grade.
KW_GROUPS = [
    (
        "(1)移住・定住の支援",
        "地域振興課",
        [("移住定住支援補助金を利用した転入者数", "人", "6", "18", "20", "22", "110%（A）")],
    ),
    (
        "(2)観光資源を活用したまちづくりと情報発信",
        "商工観光課",
        [
            ("観光客入込数", "万人", "96.4", "98.1", "105.0", "93.8", "89%（B）"),
            ("観光情報サイトの閲覧数", "件", "42,100", "65,300", "60,000", "約70,000", "117%（A）"),
        ],
    ),
    (
        "(5)テレワークによる地元就労や雇用機会の拡大",
        "地域振興課",
        [("コワーキングスペースの利用者数", "人", "―", "312", "500", "355", "71%（C）")],
    ),
]


def kawasaki_html() -> str:
    rows = []
    for measure, dept, inds in KW_GROUPS:
        for i, (name, unit, *vals) in enumerate(inds):
            head = (
                f'<th rowspan="{len(inds)}" scope="rowgroup" class="l">{measure}<br>【{dept}】</th>'
                if i == 0
                else ""
            )
            cells = "".join(f'<td class="{"c" if v == "―" else "num"}">{v}</td>' for v in vals[:-1])
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}<td class="c">{vals[-1]}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まち・ひと・しごと創生総合戦略 KPIの最終検証 - 川崎町</title>
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
<p>ホーム &gt; 町政情報 &gt; 地方創生 &gt; 総合戦略</p>
<h1>川崎町まち・ひと・しごと創生総合戦略　KPIの最終検証（平成27年度～令和元年度）</h1>
<p>令和2年10月1日更新　地域振興課企画係</p>
<p>総合戦略の計画期間（平成27年度～令和元年度）が終了したため、重要業績評価指標（KPI）の最終年度の実績を検証しました。川崎町は仙台市から車で約30分の距離にあり、蔵王連峰の麓の温泉郷や釜房湖などに年間約100万人の観光客が訪れています。</p>
<h2>基本目標２　川崎町への人の流れをつくり、定住性を高める</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H26）</th><th rowspan="2">H30実績</th><th colspan="2">令和元年度</th><th rowspan="2">達成率<br>（評価）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>評価　A：目標を達成（達成率100%以上）　B：達成率80%以上100%未満　C：達成率80%未満　－：評価できない</p>
<p>※達成率は、令和元年度実績÷令和元年度目標で算出し、小数点以下を四捨五入しています。</p>
<p>※コワーキングスペースは平成29年度に開設したため、基準値はありません。</p>
</body>
</html>
"""


def kawasaki() -> Path:
    path = HERE / "kawasakimachi_senryaku_kensho_r1.html"
    path.write_bytes(kawasaki_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shintotsukawa, nakadomari, furudono):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kawasaki().name}")


if __name__ == "__main__":
    main()
