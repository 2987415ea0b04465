"""Build the documents of forms398/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fudai_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 普代村 (岩手県):
  form fields with a prose paragraph of figures, a ``２　指標の推移`` grid whose ``区分`` column
  (vertical text, merged down) splits the rows into 活動指標 and 成果指標, two baseline cells struck
  through with a diagonal line beside a ``―`` baseline, and ``△`` / ``±0`` figures; and the PDF;
* ``source/higashinaruse_saisei_kpi_r6.xlsx``, a 地域再生計画 KPI達成状況報告 in the manner of
  東成瀬村 (秋田県): a two-row header with a target and an actual under each fiscal year, a name in
  half-width katakana, a ``6（見込）`` actual, ``千人`` in 単位, and a ``（参考）`` population table
  below the grid that holds no KPI; and the PDF;
* ``source/sakegawa_saisei_kensho_r5.xlsx``, a 地域再生計画 効果検証シート in the manner of 鮭川村
  (山形県): Western fiscal-year heads, no target column (each target stands in the name cell on a
  second line, ``【R7目標：25,000】``), a ``―`` for a cancelled festival, ``千円`` in 単位; and the PDF;
* ``samani_geopark_kpi_r6.html``, a 地域再生計画 KPI page in the manner of 様似町 (北海道): a
  two-row ``<thead>`` with 目標 and 実績 under each 令和 year, ranks in brackets inside one KPI's
  actual cells (``2,745（管内4位）``), full-width digits in a few cells.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms398/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms398/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=True):
    """A header cell merged down r1..r2 of one column."""
    _put(ws, r1, col, value, header=header)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    _merge(ws, r1, col, r2, col)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, c1, c2, c3, label, value, height=18):
    """A form row: a shaded label over c1..c2, its value over c2+1..c3."""
    _span(ws, row, c1, c2, label, header=True)
    _span(ws, row, c2 + 1, c3, value)
    ws.cell(row=row, column=c2 + 1).alignment = Alignment(
        horizontal="left", vertical="center", wrap_text=True
    )
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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms398_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


def _vals(ws, r, c0, vals, fill=None, fmt=None) -> None:
    for j, v in enumerate(vals):
        if isinstance(v, str):
            _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fill=fill)
        else:
            _put(ws, r, c0 + j, v, fill=fill, fmt=fmt)


def _struck(ws, r, c) -> None:
    """A blank cell struck through with a diagonal line (斜線): nothing is written in it."""
    cell = _put(ws, r, c, None)
    cell.border = Border(
        left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True
    )


# --------------------------------------------------------------------------------------------
# 普代村 (岩手県下閉伊郡): 事務事業評価シート（令和6年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 下閉伊郡の最北端, 北緯40度線上世界最東端の地, 69.66km², 2,607人 (2019年6月1日推計), the
# 人口減少対策プロジェクトチーム and its 提言書 (平成26年12月5日), 黒崎, 普代水門.
# Made up: the sheet, the 事業, its 担当課 and 上位計画, every indicator, value, money figure and note.
FD_ROWS = [
    # (区分, No., 指標名, 単位, [基準値（R3）, R5実績, R6目標, R6実績, 目標値（R7）]); None = 斜線
    ("活動指標", "1", "お試し住宅の貸出件数", "件", [None, 9, 10, 12, 12]),
    ("活動指標", "2", "空き家バンクへの新規登録物件数", "件", [None, 5, 6, 4, 6]),
    ("成果指標", "3", "移住者数", "人", [4, 7, 8, 11, 10]),
    ("成果指標", "4", "社会増減数（転入者数－転出者数）", "人", ["△38", "△21", "±0", "△24", "±0"]),
    (
        "成果指標",
        "5",
        "お試し住宅利用者のうち移住に至った割合",
        "％",
        ["―", 33.3, 40.0, 25.0, 40.0],
    ),
]


def fudai() -> Path:
    wb, ws = _sheet("評価シート", [6, 9, 34, 6, 10, 10, 9, 9, 10])
    _page(ws, "portrait")
    last = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    _text(ws, 1, 1, "令和６年度　事務事業評価シート", bold=True, size=14, align="center")
    ws.row_dimensions[1].height = 26
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    _text(ws, 2, 1, "令和7年8月　普代村", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=10)
    fields = [
        ("事務事業名", "移住・定住促進事業（お試し住宅・空き家バンク）", 18),
        ("担当課", "政策推進室", 18),
        (
            "上位計画",
            "普代村まち・ひと・しごと創生総合戦略（第2期）　基本目標２　新しいひとの流れをつくる",
            18,
        ),
        ("事業期間", "令和4年度～令和7年度（4か年）", 18),
        (
            "村の概況",
            "本村は下閉伊郡の最北端、北緯40度線上世界最東端の地に位置し、総面積は69.66km²である。"
            "人口は2,607人（2019年6月1日推計）で減少が続いており、平成26年12月5日には役場内の人口減少対策"
            "プロジェクトチームが提言書をまとめ、移住・定住の受け皿づくりを重点戦略の一つとした。",
            48,
        ),
        (
            "事業の内容",
            "黒崎地区のお試し住宅2戸（令和4年度開設）の貸出、空き家バンクへの登録と所有者・利用希望者の"
            "マッチング、首都圏の移住相談会への出展（年3回程度）を行う。",
            34,
        ),
        ("事業費（R6決算）", "6,840千円（うち一般財源 2,120千円）", 18),
    ]
    r = 4
    for label, value, h in fields:
        _field(ws, r, 1, 2, last, label, value, height=h)
        r += 1
    r += 1
    _text(ws, r, 1, "２　指標の推移", bold=True, size=10)
    h1, h2 = r + 1, r + 2
    for col, label in [
        (1, "区分"),
        (2, "No."),
        (3, "指標名"),
        (4, "単位"),
        (5, "基準値\n（R3）"),
        (6, "R5実績"),
    ]:
        _down(ws, h1, h2, col, label)
    _span(ws, h1, 7, 8, "R6", header=True)
    _put(ws, h2, 7, "目標", header=True)
    _put(ws, h2, 8, "実績", header=True)
    _down(ws, h1, h2, 9, "目標値\n（R7）")
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 16
    r = h2 + 1
    first = {}
    for kubun, no, name, unit, vals in FD_ROWS:
        first.setdefault(kubun, r)
        _put(ws, r, 1, None, header=True)
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate(vals):
            if v is None:
                _struck(ws, r, 5 + j)
            elif isinstance(v, str):
                _put(ws, r, 5 + j, v, align="center" if v == "―" else "right")
            else:
                _put(ws, r, 5 + j, v, fmt="0.0" if isinstance(v, float) else "#,##0")
        ws.row_dimensions[r].height = 30
        r += 1
    for kubun, r1 in first.items():
        r2 = r1 + sum(1 for row in FD_ROWS if row[0] == kubun) - 1
        ws.cell(row=r1, column=1, value=kubun)
        ws.cell(row=r1, column=1).alignment = Alignment(
            horizontal="center", vertical="center", textRotation=255
        )
        ws.cell(row=r1, column=1).font = Font(name=FONT, size=9, bold=True)
        _merge(ws, r1, 1, r2, 1)
    _notes(
        ws,
        r,
        [
            "※1　お試し住宅は令和4年度の開設のため、No.1・No.2の基準値欄は斜線としている。",
            "※2　No.4の「△」は転出超過（マイナス）を表す。",
            "※3　No.5の基準値は、令和3年度にお試し住宅の利用者がいないため算出できない（―）。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　評価・今後の方向性", bold=True, size=10)
    r += 1
    _span(
        ws,
        r,
        1,
        last,
        "お試し住宅の貸出は12件（うち家族連れ5件）と目標を上回ったが、移住に至ったのは3件にとどまった。"
        "空き家バンクは所有者の登録意向が低く、令和7年度は固定資産税の納税通知書に案内を同封（約1,900通）"
        "するとともに、改修費補助（上限50万円）の周知を強化する。",
    )
    ws.row_dimensions[r].height = 46
    path = SOURCE / "fudai_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東成瀬村 (秋田県雄勝郡): 地域再生計画 KPI達成状況報告（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: 秋田県の東南端, 203.69km², 約93%が山林原野, 特別豪雪地帯 (積雪2m), 2,557人 (2024年3月1日推計),
# 栗駒山荘, the mayor's words on IT産業 and young people from all over Japan.
# Made up: the plan's name and period, the 課, every KPI, value, the reference table and the notes.
HN_ROWS = [
    # (No., KPI, 単位, 基準値（R2）, [R4目標, R4実績, R5目標, R5実績, R6目標, R6実績], 達成状況)
    ("1", "移住者数", "人", 3, [5, 6, 6, 4, 7, 8], "達成"),
    ("2", "ｻﾃﾗｲﾄｵﾌｨｽ入居事業者数", "社", 0, [1, 1, 2, 2, 3, 2], "未達成"),
    ("3", "IT関連企業への村内雇用者数", "人", 2, [4, 4, 6, 5, 8, "6（見込）"], "未達成"),
    ("4", "栗駒山荘の宿泊者数", "千人", 7.4, [8.0, 8.6, 9.0, 9.3, 10.0, 9.8], "未達成"),
]
HN_REF = [
    ("総人口", ["2,629", "2,548", "2,465"]),
    ("うち65歳以上", ["1,090", "1,083", "1,071"]),
]


def higashinaruse() -> Path:
    wb, ws = _sheet("KPI", [5, 36, 7, 11, 9, 9, 9, 9, 9, 9, 10])
    _page(ws, "landscape")
    last = 11
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    _text(
        ws,
        1,
        1,
        "地域再生計画　重要業績評価指標（KPI）達成状況報告（令和６年度）",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    _text(ws, 2, 1, "令和7年6月30日　東成瀬村", align="right")
    fields = [
        ("地域再生計画の名称", "仙人の郷ひがしなるせ　しごと創生推進計画", 18),
        ("計画期間", "令和4年4月1日～令和7年3月31日（3か年）", 18),
        ("担当課", "企画課", 18),
        (
            "村の概要",
            "本村は秋田県の東南端に位置し、総面積203.69km²のうち約93%を山林原野が占める。冬は積雪が2mに及ぶ"
            "特別豪雪地帯であり、人口は2,557人（2024年3月1日推計）と減少が続いている。本計画では、村内に"
            "IT関連の仕事を興し、全国から若者を呼び込むことで人口減少の抑制を図る。",
            44,
        ),
    ]
    r = 3
    for label, value, h in fields:
        _field(ws, r, 1, 2, last, label, value, height=h)
        r += 1
    r += 1
    _text(ws, r, 1, "■ＫＰＩの達成状況", bold=True, size=10)
    h1, h2 = r + 1, r + 2
    for col, label in [(1, "No."), (2, "KPI"), (3, "単位"), (4, "基準値\n（R2）")]:
        _down(ws, h1, h2, col, label)
    for c, year in zip((5, 7, 9), ["令和4年度", "令和5年度", "令和6年度"]):
        _span(ws, h1, c, c + 1, year, header=True)
        _put(ws, h2, c, "目標", header=True)
        _put(ws, h2, c + 1, "実績", header=True)
    _down(ws, h1, h2, 11, "達成状況\n※1")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for no, name, unit, base, vals, status in HN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "0.0" if isinstance(base, float) else "#,##0"
        _put(ws, r, 4, base, fmt=fmt)
        _vals(ws, r, 5, vals, fmt=fmt)
        _put(ws, r, 11, status, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※1　達成状況は、令和6年度の目標値と実績値を比較したもの。",
            "※2　No.3の令和6年度実績は令和7年3月末時点の見込値であり、確定値は令和7年9月に公表予定。",
        ],
    )
    r += 3
    _text(ws, r, 1, "（参考）住民基本台帳人口の推移（各年度末現在）", bold=True, size=10)
    r += 1
    _span(ws, r, 1, 2, "区分", header=True)
    for k, y in enumerate(["R4年度末", "R5年度末", "R6年度末"]):
        _put(ws, r, 4 + k, y, header=True)
    _put(ws, r, 3, "単位", header=True)
    r += 1
    for label, vals in HN_REF:
        _span(ws, r, 1, 2, label)
        _put(ws, r, 3, "人", align="center")
        for k, v in enumerate(vals):
            _put(ws, r, 4 + k, v, align="right")
        r += 1
    path = SOURCE / "higashinaruse_saisei_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鮭川村 (山形県最上郡): 地域再生計画 効果検証シート（2023年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name 鮭川村まち・ひと・しごと創生推進計画, the population figures (昭和35年 8,374人,
# 平成27年 4,317人, 令和2年 4,105人 住基, 令和42年 961人 推計), 122.14km², きのこ王国まつり, 羽根沢温泉,
# 小杉の大杉 (トトロの木). Made up: the sheet, its period and 課, every KPI, value and note.
SK_ROWS = [
    # (No., name, target line, 単位, 基準値（2019年度）, [2021, 2022, 2023], 備考)
    (
        "1",
        "きのこ王国まつりの来場者数",
        "【R7目標：25,000】",
        "人",
        21300,
        ["―", 18400, 22760],
        "2021年度は新型コロナウイルス感染症の影響により開催中止",
    ),
    ("2", "羽根沢温泉の入込客数", "【R7目標：50,000】", "人", 48200, [31540, 38910, 42385], ""),
    (
        "3",
        "新規就農者数",
        "【R7目標：3】",
        "人",
        1,
        [2, 3, 2],
        "うち2023年度の1人は地域おこし協力隊から就農",
    ),
    (
        "4",
        "子育て世帯向け村営住宅の入居率",
        "【R7目標：90.0以上】",
        "％",
        78.0,
        [81.3, 85.7, 88.2],
        "2022年度に1棟4戸を増設",
    ),
    ("5", "ふるさと納税寄附額", "【R7目標：80,000】", "千円", 38400, [52100, 61850, 74230], ""),
]


def sakegawa() -> Path:
    wb, ws = _sheet("効果検証", [5, 38, 6, 11, 10, 10, 10, 24])
    _page(ws, "portrait")
    last = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    _text(ws, 1, 1, "地域再生計画　効果検証シート（2023年度）", bold=True, size=14, align="center")
    ws.row_dimensions[1].height = 26
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    _text(ws, 2, 1, "令和6年9月　鮭川村", align="right")
    fields = [
        ("地域再生計画の名称", "鮭川村まち・ひと・しごと創生推進計画", 18),
        ("計画期間", "令和3年度～令和7年度（5年間）", 18),
        ("担当課", "総務課", 18),
        (
            "村の現状",
            "本村の総人口（国勢調査）は昭和35年の8,374人から一貫して減少し、平成27年には4,317人となった。"
            "住民基本台帳では令和2年に4,105人であり、令和42年には961人まで減少すると推計されている。"
            "面積は122.14km²で、村の中央を鮭川が流れ、小杉の大杉（トトロの木）には年間を通じて観光客が訪れる。",
            48,
        ),
    ]
    r = 3
    for label, value, h in fields:
        _field(ws, r, 1, 2, last, label, value, height=h)
        r += 1
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）の実績", bold=True, size=10)
    h1, h2 = r + 1, r + 2
    for col, label in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（2019年度）"),
    ]:
        _down(ws, h1, h2, col, label)
    _span(ws, h1, 5, 7, "実績値", header=True)
    for k, y in enumerate(["2021年度", "2022年度", "2023年度"]):
        _put(ws, h2, 5 + k, y, header=True)
    _down(ws, h1, h2, 8, "備考")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for no, name, target, unit, base, vals, note in SK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, f"{name}\n{target}")
        _put(ws, r, 3, unit, align="center")
        fmt = "0.0" if isinstance(base, float) else "#,##0"
        _put(ws, r, 4, base, fmt=fmt)
        _vals(ws, r, 5, vals, fmt=fmt)
        _put(ws, r, 8, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r,
        [
            "※　各指標の目標値は、計画の最終年度（令和7年度）の値であり、指標名の下の【　】内に記載している。",
            "※　No.4は子育て世帯向け村営住宅の管理戸数に対する入居戸数の割合。",
        ],
    )
    path = SOURCE / "sakegawa_saisei_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 様似町 (北海道様似郡): 地域再生計画 KPIの達成状況（令和6年度）, a web page
# --------------------------------------------------------------------------------------------

# Real: 364.33km², 4,482人 (2017年4月), アポイ岳 (標高810m), かんらん岩, 日本ジオパーク (2008年) and
# ユネスコ世界ジオパーク (2015年), アポイ岳ジオパークビジターセンター, アポイ米, 夏秋採りイチゴ, 日高管内.
# Made up: the page, the plan's name and period, the 課, every KPI, value, rank and note.
SM_ROWS = [
    # (No., KPI, 単位, 基準値（令和3年度）, [R4目標, R4実績, R5目標, R5実績, R6目標, R6実績], 達成状況)
    (
        "1",
        "アポイ岳ジオパークビジターセンター入館者数",
        "人",
        "12,850",
        ["14,000", "13,212", "15,000", "16,480", "16,000", "17,035"],
        "達成",
    ),
    (
        "2",
        "ジオガイド付き体験プログラム参加者数",
        "人",
        "640",
        ["800", "712", "900", "958", "1,000", "１，１０４"],
        "達成",
    ),
    (
        "3",
        "ふるさと納税寄附件数<sup>※1</sup>",
        "件",
        "2,310",
        ["2,600", "2,745（管内4位）", "2,900", "3,102（管内3位）", "3,200", "3,058（管内3位）"],
        "未達成",
    ),
    (
        "4",
        "夏秋採りイチゴの出荷量",
        "t",
        "18.2",
        ["19.0", "18.6", "20.0", "20.4", "21.0", "１９．７"],
        "未達成",
    ),
]


def samani_html() -> str:
    parts = [
        """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地域再生計画 KPIの達成状況（令和6年度） | 様似町</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/keikaku/">計画・施策</a></li>
<li>地域再生計画 KPIの達成状況（令和6年度）</li>
</ol></nav>
<main>
<h1>地域再生計画「アポイ岳ジオパーク交流拡大計画」KPIの達成状況（令和6年度）</h1>
<p class="date">2025年9月12日更新　担当：まちづくり推進課</p>
<p>様似町は面積364.33km²、人口4,482人（2017年4月）の町で、町の全域が「アポイ岳ジオパーク」です。かんらん岩でできた標高810mのアポイ岳を中心に、2008年に日本ジオパーク、2015年にユネスコ世界ジオパークに認定されました。</p>
<p>地域再生計画「アポイ岳ジオパーク交流拡大計画」（計画期間：令和4年度～令和6年度）に掲げた重要業績評価指標（KPI）について、最終年度までの実績を取りまとめましたのでお知らせします。特別栽培米「アポイ米」や夏秋採りイチゴなど、町の産品を生かした取組もあわせて進めています。</p>
<h2>重要業績評価指標（KPI）の実績</h2>
<table class="kpi">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和3年度）</th><th colspan="2">令和4年度</th><th colspan="2">令和5年度</th><th colspan="2">令和6年度</th><th rowspan="2">達成状況<br>（令和6年度）</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
"""
    ]
    for no, name, unit, base, vals, status in SM_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        parts.append(
            f'<tr><td>{no}</td><th scope="row">{name}</th><td>{unit}</td><td>{base}</td>{cells}<td>{status}</td></tr>\n'
        )
    parts.append(
        """</tbody>
</table>
<p class="note">※1　No.3の実績欄の（　）内は、日高管内7町における寄附件数の順位です。</p>
<p class="note">※　達成状況は、令和6年度の目標と実績を比較したものです。</p>
<p class="contact">このページに関するお問い合わせ：まちづくり推進課</p>
</main>
</body>
</html>
"""
    )
    return "".join(parts)


def samani() -> Path:
    path = HERE / "samani_geopark_kpi_r6.html"
    path.write_text(samani_html(), encoding="utf-8", newline="\n")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fudai, higashinaruse, sakegawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {samani().name}")


if __name__ == "__main__":
    main()
