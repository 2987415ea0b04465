"""Build the built documents of forms245/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/misaki_genki_kpi_r4.xlsx``, a 地域再生計画 KPI sheet in the manner of 美咲町 (岡山県):
  form fields (plan name, 計画期間, 担当課, 事業費 in 千円, a population) over a KPI grid whose 単位
  column holds **``百人``** (a scale word over the counter), **``万円/人``** (a scaled per-head money
  unit) and **``g/人・日``** (a per-head-per-day unit joined by ``・``); a baseline dated ``R4.3末``;
  a ``令和4年度`` header spanning ``目標 | 実績``; a ``備考`` column of numbers; and the PDF;
* ``source/kihoku_kpi_shinchoku_h29.xlsx``, a 総合戦略 KPI 進捗 in the manner of 鬼北町 (愛媛県):
  **each KPI cell holds the name, its unit bracket and, after ``⇒``, its target** (``H31：年間15.0``
  in the bracket's ``千羽``, ``H31：年間240`` in **a scaled per-year money unit ``（百万円/年）``**, ``H27～H31の5年間で延べ25人``, ``H26比20%増``), era-less year headers
  (``28年度実績``) on a 平成30年 sheet, a merged 基本目標 column, ``延べ`` actuals, ``未集計``; and the PDF;
* ``source/shinkamigoto_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of
  新上五島町 (長崎県): **``延べ千人`` in 単位** (the counting word before the scale word), **``便/日``**,
  ``億円`` with two decimals, ``約…万`` cells, a ``達成率`` column and a ``（参考）`` row; and the PDF;
* ``mizukami_kpi_jokyo_r4.html``, a 推進計画 KPI page in the manner of 水上村 (熊本県): **each year
  cell holds a labelled target and actual, ``目 1,000<br>実 640``**, read through a legend line, and
  **per-year units ``人泊/年`` and ``ha/年``** in the 単位 column.

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
    wb.properties.creator = "forms245/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms245/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms245_soffice_") as tmp:
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
# 美咲町 (岡山県久米郡): 地域再生計画「美咲町元気なまちづくり計画」KPIの実績（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2295): the plan's name and the population 12,926人 (令和3年,
# 住民基本台帳). Made up: the sheet, its date, 課, 計画期間, money, every KPI, figure and note.
MS_ROWS = [
    ("1", "地域の茶の間の延べ利用者数", "百人", 42.5, 48.0, 51.3, 55.0, 60.0, "町内14か所"),
    (
        "2",
        "シルバー人材センター会員1人当たり配分金",
        "万円/人",
        21.4,
        22.0,
        20.8,
        23.0,
        24.0,
        "会員186人",
    ),
    ("3", "特定健康診査受診率", "％", 38.2, 42.0, 43.1, 45.0, "50.0以上", ""),
    ("4", "1人1日当たりのごみ排出量の削減", "g/人・日", 702, 690, 681, 680, 670, "資源ごみを除く"),
    ("5", "移住相談件数", "件/年", 24, 30, 27, 35, 40, "オンライン相談を含む"),
]


def misaki() -> Path:
    wb, ws = _sheet("KPI実績", [6, 36, 10, 13, 10, 10, 11, 13, 18])
    _text(ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の実績（令和4年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和5年9月　美咲町", align="right")
    _text(ws, 3, 1, "１　計画の概要", bold=True, size=11)
    fields = [
        ("地域再生計画の名称", "美咲町元気なまちづくり計画", "担当課", "総務企画課"),
        ("計画期間", "令和4年4月1日～令和7年3月31日", "令和4年度交付対象事業費（千円）", 38450),
        ("町の人口", "12,926人（令和3年 住民基本台帳）", "KPIの数", "5"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 8, l2, header=True)
        _put(ws, r, 9, v2, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　重要業績評価指標（KPI）の実績", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "計画開始時点\n（R4.3末）"),
            (7, "令和5年度\n目標"),
            (8, "令和6年度\n目標（最終）"),
            (9, "備考"),
        ],
        [(5, 6, "令和4年度", ["目標", "実績"])],
    )
    r = 11
    for no, name, unit, *vals, note in MS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 9, note)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※単位の「百人」は百人単位の表示です（例：42.5＝4,250人）。「万円/人」は会員1人当たりの年間配分金を万円単位で表しています。",
            "※No.4は値が小さいほど良い指標です。計画開始時点は令和4年3月末現在の値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "misaki_genki_kpi_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鬼北町 (愛媛県北宇和郡): まち・ひと・しごと創生総合戦略 KPIの進捗状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (鬼北町人口ビジョン・総合戦略概要版): the plan's name, its period H27～H31 and the
# 合計特殊出生率 1.64. 鬼北熟成雉 and 道の駅日吉夢産地 are the town's (general knowledge). Made up: the sheet, 会議 and 資料 number, 課, 基本目標 wording, every KPI and figure.
KH_BLOCKS = [
    (
        "基本目標１\n鬼北町における安定した雇用を創出する",
        [
            ("鬼北熟成雉の出荷羽数（千羽）⇒ H31：年間15.0", 8.2, 10.4, 11.9, "順調"),
            ("道の駅日吉夢産地の販売額（百万円/年）⇒ H31：年間240", 182.4, 205.6, 213.0, "順調"),
            ("新規就農者数（人）⇒ H27～H31の5年間で延べ25人", "―", "延べ6", "延べ11", "順調"),
        ],
    ),
    (
        "基本目標２\n鬼北町への新しい人の流れをつくる",
        [("町内宿泊施設の延べ宿泊者数（人泊）⇒ H26比20%増", 9850, 10420, 10880, "やや遅れ")],
    ),
    (
        "基本目標３\n若い世代の結婚・出産・子育ての希望をかなえる",
        [("合計特殊出生率 ⇒ H31：1.80", 1.64, 1.59, "未集計", "遅れ")],
    ),
]


def kihoku() -> Path:
    wb, ws = _sheet("KPI進捗", [30, 48, 12, 12, 12, 11])
    _text(
        ws,
        1,
        1,
        "鬼北町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（平成29年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 6, "平成30年9月　鬼北町総合戦略推進会議　資料3", align="right")
    _para(
        ws,
        3,
        1,
        6,
        "総合戦略（計画期間：平成27年度～平成31年度）に掲げたKPIについて、平成29年度の実績を取りまとめました。"
        "KPIの欄は「指標名（単位）⇒ 目標」の順に記載しています。事務局：企画振興課",
        30,
    )
    _text(ws, 5, 1, "■KPIの進捗状況", bold=True, size=11)
    h = 6
    for c, word in enumerate(
        [
            "基本目標",
            "重要業績評価指標（KPI）⇒ 目標",
            "26年度\n（基準値）",
            "28年度実績",
            "29年度実績",
            "進捗",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 26
    r = h + 1
    for goal, rows in KH_BLOCKS:
        top = r
        for name, *vals, progress in rows:
            _put(ws, r, 2, name)
            fmts = {
                j: ("0.00" if v in (1.64, 1.59) else "0.0")
                for j, v in enumerate(vals)
                if isinstance(v, float)
            }
            _vals(ws, r, 3, vals, fmts)
            _put(ws, r, 6, progress, align="center")
            ws.row_dimensions[r].height = 26
            r += 1
        _put(ws, top, 1, goal, valign="center")
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※進捗：順調＝目標に向け順調に推移、やや遅れ＝基準値を上回るが目標達成は困難、遅れ＝基準値を下回る。",
            "※29年度の合計特殊出生率は未集計（人口動態統計の公表待ち）。",
            "※平成29年度の地方創生推進交付金充当額は18,600千円（雉の加工・販路開拓支援ほか3事業）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kihoku_kpi_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新上五島町 (長崎県南松浦郡): 総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the population 17,503人 (令和2年国勢調査, shinkami-syakai.sakura.ne.jp), the 基本姿勢
# にぎわいを創る「交流のしま」 (public-connect.jp), 頭ヶ島 (nagasaki-iju.jp). Made up: the rest.
SK_ROWS = [
    ("観光客延べ数", "延べ千人", 452.6, 331.4, 400.0, 389.0, 460.0, "97.3%"),
    ("観光消費額", "億円", 48.20, 33.80, 40.00, 39.62, 50.00, "99.1%"),
    ("頭ヶ島天主堂の見学者数", "人", "約3.1万", "約1.8万", "2.5万", "約2.4万", "3.5万", "96.0%"),
    ("定期航路（長崎・佐世保～上五島）の便数", "便/日", 14, 12, 13, 13, 14, "100.0%"),
    ("教育旅行の民泊受入数", "人泊/年", 1820, 420, 1000, 1150, 2000, "115.0%"),
]


def shinkamigoto() -> Path:
    wb, ws = _sheet("施策評価", [34, 10, 11, 10, 10, 10, 11, 13])
    _text(ws, 1, 1, "新上五島町総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 8, "令和6年8月　新上五島町", align="right")
    fields = [
        ("基本姿勢", "にぎわいを創る「交流のしま」", "担当課", "観光商工課"),
        ("施策名", "観光の振興", "施策の事業費（R5決算・千円）", 96240),
        ("町の人口", "17,503人（令和2年国勢調査）", "評価", "B（概ね順調）"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 4, v1, align="left")
        _span(ws, r, 5, 7, l2, header=True)
        _put(ws, r, 8, v2, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■成果指標", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "指標名"),
            (2, "単位"),
            (3, "基準値\n（H30）"),
            (4, "R4実績"),
            (7, "目標値\n（R6）"),
            (8, "R5達成率\n（実績÷目標）"),
        ],
        [(5, 6, "R5", ["目標", "実績"])],
    )
    r = 11
    for name, unit, *vals, rate in SK_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmts = {
            j: ("0.00" if unit == "億円" else "#,##0.0")
            for j, v in enumerate(vals)
            if isinstance(v, float)
        }
        _vals(ws, r, 3, vals, fmts)
        _put(ws, r, 8, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _put(ws, r, 1, "（参考）町の人口（住民基本台帳・各年度4月1日現在）", fill=LIGHT, size=8)
    _put(ws, r, 2, "人", align="center", fill=LIGHT)
    for c, v in zip(range(3, 8), [19240, 17720, "", 17354, ""], strict=True):
        _put(ws, r, c, v, fill=LIGHT)
    _put(ws, r, 8, "", fill=LIGHT)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※観光客延べ数は長崎県観光統計（暦年）によります。単位「延べ千人」は延べ人数を千人単位で表示しています。",
            "※頭ヶ島天主堂の見学者数は事前連絡制の受付数からの推計値です。",
            "※（参考）欄は成果指標ではありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shinkamigoto_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 水上村 (熊本県球磨郡): まち・ひと・しごと創生推進計画 KPIの達成状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 2,232人 (H27国調) and the 合計特殊出生率 1.72 (furusato-funding.jp/projects/2530);
# 森林セラピー基地, 湯山温泉, 水上村産業推進機構 and the first 500袋 of 村産米 (zck.or.jp, 2022).
# Made up: the page, its date and 課, every indicator, every other figure and note.
MZ_ROWS = [
    ("森林セラピー基地の利用者数", "人", "820", ("1,000", "640"), ("1,100", "1,135"), "1,500"),
    ("湯山温泉の宿泊者数", "人泊/年", "5,420", ("5,600", "3,980"), ("5,800", "4,760"), "6,500"),
    ("森林整備（間伐）面積", "ha/年", "118.5", ("120.0", "124.2"), ("120.0", "―"), "120.0"),
    ("村産米の出荷袋数（給食事業者向け）", "袋", "―", ("―", "―"), ("300", "500"), "1,000"),
]


def mizukami_html() -> str:
    rows = []
    for name, unit, base, y3, y4, final in MZ_ROWS:
        cells = [f'<td class="num">{base}</td>']
        for t, a in (y3, y4):
            cells.append(f'<td class="num">目 {t}<br>実 {a}</td>')
        cells.append(f'<td class="num">{final}</td>')
        rows.append(f'<tr><td>{name}</td><td class="c">{unit}</td>{"".join(cells)}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>水上村まち・ひと・しごと創生推進計画 KPIの達成状況（令和4年度） - 水上村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>水上村まち・ひと・しごと創生推進計画　KPIの達成状況（令和4年度）</h1>
<p>令和5年10月2日更新　水上村 企画調整課</p>
<p>本村の人口は2,232人（平成27年国勢調査）で、合計特殊出生率は1.72と県平均を上回るものの、人口減少が続いています。推進計画に掲げた重要業績評価指標（KPI）の令和4年度の状況を公表します。</p>
<h2>重要業績評価指標（KPI）の状況</h2>
<p>※各年度の欄は、上段「目」が目標値、下段「実」が実績値です。</p>
<table>
<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30）</th><th colspan="2">目標値・実績値</th><th rowspan="2">最終目標<br>（R6）</th></tr>
<tr><th>令和3年度</th><th>令和4年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※森林整備面積の令和4年度実績は、県の検査前のため「―」としています。</p>
<p>※村産米は水上村産業推進機構を通じて出荷（1袋30kg）。令和3年度は出荷の実績がありません。</p>
</body>
</html>
"""


def mizukami() -> Path:
    path = HERE / "mizukami_kpi_jokyo_r4.html"
    path.write_bytes(mizukami_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (misaki, kihoku, shinkamigoto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {mizukami().name}")


if __name__ == "__main__":
    main()
