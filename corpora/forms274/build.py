"""Build the built documents of forms274/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hamatonbetsu_kpi_kensho_h29.xlsx``, a 総合戦略 重点プロジェクト効果検証シート in the manner
  of 浜頓別町 (北海道): form fields (プロジェクト, 担当課, 関連事業数, 事業費) over a KPI grid with **a
  ``指標の性格`` column (成果 / 活動, read through a legend line)**, **``H29実績`` split into
  ``上期（4～9月） | 下期（10～3月） | 年度計``** (merged into one cell for a rate), ``千人``, ``万円``
  and a 1–5 ``進捗度`` column with its legend; and the PDF;
* ``source/ikawa_senryaku_kpi_h30.xlsx``, a 総合戦略 KPI 進捗 in the manner of 井川町 (秋田県): form
  fields with real figures, two 基本目標 grids whose **達成状況 cells are check boxes
  (``☑達成　☐未達成``)** and **one KPI listed again under a second 基本目標, told only by a
  ``備考`` cell ``1-3と重複``**; and the PDF;
* ``source/yabuki_shisaku_hyoka_h30.xlsx``, a 総合計画 施策評価シート in the manner of 矢吹町 (福島県):
  form fields with **the plan's own item counts (``7分野・16政策・34施策・215事務事業``, ``6事業``)**,
  a 成果指標 grid (``6以上``, ``約160``, ``―``) and **a tally grid of the 事務事業 evaluations
  (``拡充 | 継続 | 改善・見直し | 縮小 | 休止・廃止 | 計`` with counts and 決算額)**; and the PDF;
* ``kiyosato_seika_shihyo_h29.html``, a 総合計画 成果指標 page in the manner of 清里町 (北海道): two
  ``<h2>`` 基本目標, each over a table whose **year headers are links to that year's report**, and
  **a ``（参考）北海道`` sub-row under 合計特殊出生率 filling the same columns**.

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
    wb.properties.creator = "forms274/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms274/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms274_soffice_") as tmp:
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
# 浜頓別町 (北海道枝幸郡): 総合戦略 重点プロジェクト効果検証シート（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (浜頓別町まち・ひと・しごと創生総合戦略（素案）, 平成28年2月): the name of the strategy and of
# its 浜頓別しごとプロジェクト. Made up: the sheet, the 課, money, every KPI, figure and grade.
HT_ROWS = [
    ("1", "成果", "観光入込客数", "千人", 158.2, 162.4, (121.8, 44.1, 165.9), 180.0, 1),
    (
        "2",
        "成果",
        "クッチャロ湖畔キャンプ場の利用者数",
        "人",
        8420,
        9115,
        (8960, 1240, 10200),
        10000,
        5,
    ),
    ("3", "成果", "ふるさと納税の寄附額", "万円", 320, 1840, (760, 2310, 3070), 3000, 5),
    ("4", "成果", "新規就業者の定着率（就業1年後）", "％", 62.5, 66.7, 71.4, 80.0, 2),
    ("5", "活動", "創業支援セミナーの開催回数", "回", 0, 4, (2, 3, 5), 6, 4),
]


def hamatonbetsu() -> Path:
    wb, ws = _sheet("効果検証", [5, 8, 34, 7, 11, 10, 11, 11, 10, 11, 8])
    _text(
        ws,
        1,
        1,
        "浜頓別町まち・ひと・しごと創生総合戦略　重点プロジェクト効果検証シート（平成29年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "平成30年8月　浜頓別町総合戦略推進委員会　資料3", align="right")
    fields = [
        ("重点プロジェクト", "浜頓別しごとプロジェクト", "担当課", "産業振興課"),
        ("関連事業数", "5事業", "関連事業費（H29決算・千円）", 38460),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 4, v1, align="left")
        _span(ws, r, 5, 7, l2, header=True)
        _span(ws, r, 8, 11, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "指標の\n性格"),
            (3, "重要業績評価指標（KPI）"),
            (4, "単位"),
            (5, "基準値\n（H26）"),
            (6, "H28実績"),
            (10, "目標値\n（H31）"),
            (11, "進捗度"),
        ],
        [(7, 9, "H29実績", ["上期\n（4～9月）", "下期\n（10～3月）", "年度計"])],
    )
    ws.row_dimensions[9].height = 28
    r = 10
    for no, kind, name, unit, base, h28, h29, goal, grade in HT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, kind, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, [base, h28])
        if isinstance(h29, tuple):
            _vals(ws, r, 7, list(h29))
        else:
            _span(ws, r, 7, 9, h29, align="center", fmt="0.0")
        _vals(ws, r, 10, [goal])
        _put(ws, r, 11, grade, align="center", fmt="0")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "指標の性格　成果：成果指標（アウトカム）　活動：活動指標（アウトプット）",
            "進捗度　5：目標値を達成　4：順調に推移（進捗率80%以上）　3：おおむね順調（60%以上）　2：やや遅れている（40%以上）　1：遅れている（40%未満）",
            "※進捗率＝（H29実績－基準値）÷（目標値－基準値）。上期・下期の区分は北海道観光入込客数調査による（上期4～9月、下期10～3月）。",
            "※No.4は就業1年後の在籍状況を年度末に確認するため、年度の値のみ記載。",
            "※関連事業費には地方創生推進交付金 19,230千円を含む。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hamatonbetsu_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 井川町 (秋田県南秋田郡): 井川町総合戦略 KPIの進捗状況（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (まち・ひと・しごと創生 井川町総合戦略, 平成28年2月; japanlocal.net; the town's Wikipedia page):
# the 基本目標 names, 4,986人 (H27国勢調査), 日本国花苑 (200種・2,000本, 40ha), JR井川さくら駅 (平成7年12月),
# 循環器健診 (昭和38年から). Made up: the sheet, its date and 課, every KPI, figure, check and note.
IK_BLOCKS = [
    (
        "基本目標１　地域の産業仕事づくり",
        [
            ("1-1", "新規就農者数（累計）", "人", "―", 6, 8, 9, 10, True, ""),
            ("1-2", "日本国花苑の観光入込客数", "千人", 48.2, 52.6, 55.0, 51.3, 60.0, False, ""),
            ("1-3", "町内への移住者数", "人", 3, 7, 8, 8, 10, True, ""),
        ],
    ),
    (
        "基本目標３　健康で住みよいまちづくり",
        [
            ("3-1", "特定健康診査受診率", "％", 48.6, 55.2, 56.0, 57.3, 60.0, True, ""),
            ("3-2", "JR井川さくら駅の1日平均乗車人員", "人", 412, 388, 420, 371, 430, False, ""),
            ("3-3", "町内への移住者数", "人", 3, 7, 8, 8, 10, True, "1-3と重複"),
        ],
    ),
]


def ikawa() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 30, 6, 10, 9, 9, 9, 10, 13, 11])
    _text(
        ws,
        1,
        1,
        "井川町総合戦略　重要業績評価指標（KPI）の進捗状況（平成30年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和元年8月　井川町総務課", align="right")
    fields = [
        ("推進期間", "平成27年度～平成31年度"),
        ("町の人口", "4,986人（平成27年国勢調査）"),
        (
            "主な地域資源",
            "日本国花苑（約40ha、200種・2,000本の桜）、JR井川さくら駅（平成7年12月開設）",
        ),
        ("健康づくり", "昭和38年から循環器健診を実施"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 10, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    head = [
        "No.",
        "KPI",
        "単位",
        "基準値\n（H26）",
        "H29実績",
        "H30目標",
        "H30実績",
        "目標値\n（H31）",
        "達成状況\n（H30）",
        "備考",
    ]
    for goal, rows in IK_BLOCKS:
        _text(ws, r, 1, goal, bold=True, size=11)
        r += 1
        for c, word in enumerate(head, start=1):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 26
        r += 1
        for no, name, unit, *vals, done, note in rows:
            vals, goal_v = vals[:4], vals[4]
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, [*vals, goal_v])
            check = "☑達成　☐未達成" if done else "☐達成　☑未達成"
            _put(ws, r, 9, check, align="center", size=8)
            _put(ws, r, 10, note, size=8)
            ws.row_dimensions[r].height = 22
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※達成状況は、H30実績がH30目標に達したものを「達成」としています。",
            "※No.3-3は基本目標３の施策にも位置付けているため、No.1-3と同じ指標を再び掲げています。",
            "※日本国花苑の観光入込客数は、さくらまつり期間（4月下旬～5月上旬）を含む年度の計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ikawa_senryaku_kpi_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 矢吹町 (福島県西白河郡): 第6次矢吹町まちづくり総合計画 施策評価シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (町長コラム 平成28年4月, town.yabuki.fukushima.jp): the plan's name, its 8 years (前期4年・後期4年),
# 7分野・16政策・34施策・215事務事業, 「未来を拓く日本三大開拓地」. Made up: the sheet, the 分野/政策/施策,
# the 課, money, every indicator, figure and tally.
YB_ROWS = [
    ("1", "認定農業者数", "経営体", 168, 171, 173, 170, 180),
    ("2", "新規就農者数（年間）", "人", 4, 5, 3, 6, "6以上"),
    ("3", "遊休農地面積", "ha", 42.6, 40.1, 38.8, 39.5, 35.0),
    ("4", "農地中間管理事業による集積面積（累計）", "ha", "―", 85, 132, "約160", 250),
]


def yabuki() -> Path:
    wb, ws = _sheet("施策評価", [6, 32, 8, 10, 11, 11, 9, 11])
    _text(
        ws, 1, 1, "第6次矢吹町まちづくり総合計画　施策評価シート（平成30年度）", bold=True, size=13
    )
    _text(ws, 2, 8, "令和元年8月", align="right")
    fields = [
        ("分野", "2　産業・しごと", "政策", "2-1　農業の振興"),
        ("施策", "2-1-1　担い手の確保・育成", "主管課", "産業振興課"),
        ("施策を構成する事務事業数", "6事業", "事業費（H30決算・千円）", 52740),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 4, v1, align="left")
        _span(ws, r, 5, 6, l2, header=True)
        _span(ws, r, 7, 8, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "計画の構成", header=True)
    _span(
        ws,
        r,
        3,
        8,
        "7分野・16政策・34施策・215事務事業（前期基本計画：平成28年度～平成31年度の4年間）",
        align="left",
    )
    ws.row_dimensions[r].height = 20
    _span(ws, r + 1, 1, 2, "町の将来像", header=True)
    _span(ws, r + 1, 3, 8, "未来を拓く日本三大開拓地", align="left")
    ws.row_dimensions[r + 1].height = 20
    r += 3
    _text(ws, r, 1, "１　成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        r + 1,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "策定時\n（H26）"),
            (8, "前期目標\n（H31）"),
        ],
        [(5, 7, "実績値", ["H28", "H29", "H30"])],
    )
    r += 3
    for no, name, unit, *vals in YB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "２　構成事務事業の評価結果", bold=True, size=11)
    r += 1
    tally = [
        ("評価区分", ["拡充", "継続", "改善・見直し", "縮小", "休止・廃止", "計"]),
        ("事務事業数", [1, 3, 1, 1, 0, 6]),
        ("H30決算額（千円）", [8420, 31560, 6300, 6460, "―", 52740]),
    ]
    for i, (label, cells) in enumerate(tally):
        _span(ws, r, 1, 2, label, header=True)
        for j, v in enumerate(cells):
            if i == 0:
                _put(ws, r, 3 + j, v, header=True)
            else:
                _put(ws, r, 3 + j, v, align="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "３　施策の評価", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        8,
        "成果指標4項目のうち、認定農業者数と遊休農地面積はH31の前期目標に向けておおむね順調に推移している。新規就農者数はH29に3人と落ち込んだが、H30は6人に回復した。定着を図るため、"
        "県の就農支援センターと連携し、相談会を年2回から4回に増やす。農地の集積は約160haとなり、H31の目標250haに向けて取組を強化する。",
        48,
        border=True,
    )
    _notes(ws, r + 3, ["※No.4のH30実績は、平成31年3月末時点の見込みを含む概数です。"])
    _page(ws, "portrait")
    path = SOURCE / "yabuki_shisaku_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 清里町 (北海道斜里郡): 第5次清里町総合計画（後期5ヵ年計画）成果指標の状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (town.kiyosato.hokkaido.jp: the 総合計画 page and the 平成26年度町政執行方針): the plan, its
# 後期5ヵ年 (H28～H32; 策定 平成23年3月), the 将来像, two of the five 目標 names (町政執行方針).
# Made up: the page, its date and 課, every indicator, figure and note.
KS_HEAD = """<thead>
<tr><th>成果指標</th><th>単位</th><th>基準値<br>（H26）</th><th><a href="/gyousei/keikaku/seika_h28.pdf">平成28年度<br>実績</a></th><th><a href="/gyousei/keikaku/seika_h29.pdf">平成29年度<br>実績</a></th><th>目標値<br>（H32）</th></tr>
</thead>"""

KS_BLOCKS = [
    (
        "目標2　豊かで活力のある産業の振興",
        [
            ("", "さくらの滝・神の子池の観光入込客数", "千人", "182.4", "201.5", "213.8", "220.0"),
            ("", "焼酎「清里」の出荷量", "kL", "96.0", "101.2", "98.7", "110.0"),
            ("", "新規就農者数（5年間累計）", "人", "―", "3", "5", "10"),
        ],
    ),
    (
        "目標5　元気で健やかに暮らせるまちづくり",
        [
            ("", "合計特殊出生率", "", "1.53", "1.49", "1.58", "1.70"),
            ("ref", "（参考）北海道", "", "1.27", "1.29", "1.29", "―"),
            ("", "特定健康診査受診率", "％", "52.4", "55.1", "57.6", "60.0"),
        ],
    ),
]


def kiyosato_html() -> str:
    parts = []
    for goal, rows in KS_BLOCKS:
        trs = []
        for kind, name, unit, *vals in rows:
            cls = ' class="ref"' if kind == "ref" else ""
            trs.append(
                f'<tr{cls}><td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
        body = "\n".join(trs)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{KS_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次清里町総合計画（後期5ヵ年計画）成果指標の状況 - 清里町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
tr.ref td {{ color: #555; font-size: 9pt; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップ &gt; 行政情報 &gt; 計画 &gt; 第5次清里町総合計画</p>
<h1>第5次清里町総合計画（後期5ヵ年計画）成果指標の状況（平成29年度）</h1>
<p>更新日：平成30年9月14日　企画政策課</p>
<p>将来像「人と自然がともに輝き躍動するまち」の実現に向け、後期5ヵ年計画（平成28年度～平成32年度）に掲げた成果指標の平成29年度の実績を公表します。第5次清里町総合計画は平成23年3月に策定し、平成27年度で前期5ヵ年の基本計画を終えました。各年度の詳しい検証結果は、表の年度をクリックするとご覧いただけます。</p>
{tables}
<p>※合計特殊出生率の基準値は平成20年～平成24年の値（1.53）です。（参考）北海道の値は北海道保健統計年報によります。</p>
<p>※新規就農者数は平成28年度からの累計です。</p>
</body>
</html>
"""


def kiyosato() -> Path:
    path = HERE / "kiyosato_seika_shihyo_h29.html"
    path.write_bytes(kiyosato_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hamatonbetsu, ikawa, yabuki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kiyosato().name}")


if __name__ == "__main__":
    main()
