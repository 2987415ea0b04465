"""Build the built documents of forms273/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tabuse_kpi_kensho_h30.xlsx``, a 総合戦略 KPI検証シート in the manner of 田布施町 (山口県):
  form fields (計画期間, 推進体制, 交付金事業費 in 千円, KPI数) over a grid with a ``めざす方向``
  column of arrows, two-row ``実績値`` / ``目標値`` headers, **a ``進捗状況`` column of bar glyphs
  (``■■■■□``) read through a legend line**, and **a relative target ``H26比▲10%``**; and the PDF;
* ``source/ayagawa_kpi_jisseki_r5.xlsx``, a 第2期総合戦略 KPI実績 in the manner of 綾川町 (香川県):
  prose with population figures, ``令和5年度`` spanning ``目標 | 実績``, **values marked ``†``
  (速報値)**, **count-of-total cells ``8園中6園``**, and an ``評価（R5）`` column of circled
  letters (``Ⓐ``, ``Ⓑ``) with its legend; and the PDF;
* ``source/niyodogawa_seika_shihyo_r5.xlsx``, a まちづくり計画 成果指標 sheet in the manner of
  仁淀川町 (高知県): two 方針 headings, each over its own grid, **actual cells broken down by
  旧村 with the total in brackets (``池川2・吾北1・仁淀2（計5）``)**, and **two grade columns,
  ``所管課評価`` and ``委員会評価``, that disagree in one row**; and the PDF;
* ``nagomi_kpi_shinchoku_r6.html``, a 総合戦略 KPI page in the manner of 和水町 (熊本県): a legend
  paragraph above the table, **status marks in tortoise-shell brackets (``〔◎〕``, ``〔○〕``,
  ``〔△〕``)**, units inside the cells, **``46件（申請ベース）``** and **``―（未実施）``** cells.

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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms273/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms273/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms273_soffice_") as tmp:
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
# 田布施町 (山口県): 総合戦略 KPI検証シート（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (田布施町 総合戦略 概要版, paperzz.com/doc/5946377): the plan's name, 計画期間 H27～H31,
# 田布施町総合戦略推進本部, 田布施町地方創生検討委員会 (成果検証). Made up: the sheet, the 基本目標
# wording, every KPI, figure, bar and note.
TB_ROWS = [
    ("1", "田布施町への転入者数", "人", "↗", 612, 598, 634, 640, 650, "■■■■□"),
    ("2", "町内事業所の新規雇用者数（H27からの累計）", "人", "↗", "―", 42, 61, 60, 75, "■■■■□"),
    ("3", "空き家バンク成約件数", "件", "↗", 3, 9, 14, 10, 12, "■■■■■"),
    ("4", "町外への転出者数", "人", "↘", 705, 688, 671, 680, "H26比▲10%", "■■■■□"),
    ("5", "合計特殊出生率", "―", "↗", 1.41, 1.46, 1.52, 1.50, 1.60, "■■■■□"),
]


def tabuse() -> Path:
    wb, ws = _sheet("KPI検証シート", [5, 34, 6, 7, 10, 9, 9, 9, 11, 12])
    _text(
        ws,
        1,
        1,
        "田布施町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（平成30年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和元年8月", align="right")
    _text(ws, 3, 1, "令和元年度第1回田布施町地方創生検討委員会　資料3", size=9)
    _span(ws, 5, 1, 2, "計画期間", header=True)
    _span(ws, 5, 3, 5, "平成27年度～平成31年度", align="left")
    _span(ws, 5, 6, 7, "推進体制", header=True)
    _span(ws, 5, 8, 10, "田布施町総合戦略推進本部", align="left")
    _span(ws, 6, 1, 2, "基本目標1に係る交付金事業費（千円）", header=True)
    _span(ws, 6, 3, 5, 8640, align="left")
    _span(ws, 6, 6, 7, "KPI数", header=True)
    _span(ws, 6, 8, 10, "5項目", align="left")
    _text(ws, 8, 1, "基本目標1　しごとをつくり、安心して働けるまち", bold=True, size=10)
    h = 9
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "めざす方向"),
            (5, "基準値（H26）"),
            (10, "進捗状況"),
        ],
        [(6, 7, "実績値", ["H29", "H30"]), (8, 9, "目標値", ["H30", "H31"])],
    )
    r = h + 2
    for no, name, unit, way, *vals, bar in TB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, way, align="center", size=11)
        fmts = {j: "0.00" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 5, vals, fmts)
        _put(ws, r, 10, bar, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "進捗状況：■1つが目標値（H31）に対する達成率20％分（■■■■■＝100％以上、■■■■□＝80％以上100％未満、■■■□□＝60％以上80％未満）。",
            "めざす方向：↗ 増やす指標　↘ 減らす指標",
            "※No.4の目標値（H31）は、平成26年度の705人から10％減らすことを目標とする。",
            "※合計特殊出生率は山口県の人口動態統計による。平成30年は概数。",
            "進捗状況の内訳：■■■■■ 1項目、■■■■□ 4項目（全5項目）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tabuse_kpi_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 綾川町 (香川県): 第2期総合戦略 KPIの実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2367, nactva.gr.jp 町村議会クイックNavi, 会議録 expydoc 8393433):
# 24,072人 (令和元年), 23,319人 (令和5年4月 住基), the 基本目標 wording, 若者定住促進補助金 (綾上地区
# 上限200万円), 総務課 as the 創生会議's 事務局. Made up: the sheet, every KPI and figure.
AY_ROWS = [
    ("合計特殊出生率", "―", 1.41, 1.36, 1.45, "1.33†", 1.50, "Ⓑ"),
    ("出生数", "人", 146, 128, 140, "121†", 145, "Ⓑ"),
    ("一時預かり事業を実施する保育施設数", "園", "8園中4園", "8園中5園", 6, "8園中6園", 7, "Ⓐ"),
    ("子育て支援センターの延べ利用者数", "人", 5820, 6104, 6300, 6412, 6500, "Ⓐ"),
    ("「子育てしやすいまち」と思う保護者の割合", "％", 62.4, "―", 65.0, "66.8†", 70.0, "Ⓐ"),
]


def ayagawa() -> Path:
    wb, ws = _sheet("KPI実績", [36, 6, 11, 10, 10, 10, 12, 10])
    _text(
        ws,
        1,
        1,
        "第2期綾川町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和6年8月", align="right")
    _text(ws, 3, 1, "綾川町まち・ひと・しごと創生会議　資料2（事務局：総務課）", size=9)
    _para(
        ws,
        4,
        1,
        8,
        "本町の人口は、令和元年には24,072人となり、令和5年4月の住民基本台帳人口は23,319人と減少が続いています。第2期総合戦略では、4つの基本目標のもとで15のKPIを設定しており、本資料はそのうち基本目標3の5項目の実績です。",
        34,
    )
    _text(ws, 6, 1, "基本目標3　結婚・出産・子育てが楽しいまちへ", bold=True, size=10)
    h = 7
    _head2(
        ws,
        h,
        [
            (1, "KPI"),
            (2, "単位"),
            (3, "基準値（R元）"),
            (4, "R4実績"),
            (7, "R6目標（最終）"),
            (8, "評価（R5）"),
        ],
        [(5, 6, "令和5年度", ["目標", "実績"])],
    )
    r = h + 2
    for name, unit, *vals, grade in AY_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmts = {j: "0.00" for j, v in enumerate(vals) if isinstance(v, float) and v < 10}
        _vals(ws, r, 3, vals, fmts)
        _put(ws, r, 8, grade, align="center", size=11)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価（R5）：Ⓐ 令和5年度目標を達成　Ⓑ 目標の8割以上　Ⓒ 目標の8割未満",
            "†：速報値（確定値は令和6年11月に公表予定）",
            "※一時預かり事業の施設数は、町内の保育所・認定こども園（8園）のうち事業を実施する園の数。",
            "※保護者アンケートは隔年で実施しているため、R4は「―」。",
            "※関連事業：在宅育児支援、若者定住促進補助金（綾上地区での住宅取得は上限200万円）",
            "評価の内訳：Ⓐ 3項目　Ⓑ 2項目　Ⓒ 0項目",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ayagawa_kpi_jisseki_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 仁淀川町 (高知県): まちづくり計画 施策の成果指標 進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.niyodogawa.lg.jp/tyoutyou): the 基本理念, the 方針 (5) and (7), 5か所の水力発電所,
# 林業・茶業; the 旧村 names 池川・吾北・仁淀 (the 2005 merger). Made up: the sheet, the 委員会,
# every indicator, figure, grade and note.
NY_BLOCKS = [
    (
        "方針（5）　地域の個性を活かした産業づくり",
        [
            ("①", "茶の生産量（荒茶）", "t", 21.4, 18.6, 22.0, 23.0, "B", "B"),
            ("②", "林業新規就業者数", "人", 3, "池川2・吾北1・仁淀2（計5）", 4, 5, "A", "A"),
        ],
    ),
    (
        "方針（7）　移住促進による地域づくり",
        [
            ("③", "移住者数", "人", 28, "池川9・吾北14・仁淀8（計31）", 30, 35, "A", "A"),
            ("④", "空き家改修による移住者向け住宅の戸数（累計）", "戸", 6, 11, 12, 16, "A", "B"),
        ],
    ),
]


def niyodogawa() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 6, 11, 19, 11, 11, 10, 10])
    _text(
        ws,
        1,
        1,
        "仁淀川町まちづくり計画　施策の成果指標 進捗状況（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年7月", align="right")
    _span(ws, 4, 1, 2, "基本理念", header=True)
    _span(ws, 4, 3, 9, "ひとりひとりが輝き 誇りが持てる あたたかいまち", align="left")
    _span(ws, 5, 1, 2, "町の概況", header=True)
    _span(
        ws,
        5,
        3,
        9,
        "町内には5か所の水力発電所があり、林業・茶業が基幹産業。8つの方針のうち2方針の指標を掲載。",
        align="left",
    )
    r = 7
    for heading, rows in NY_BLOCKS:
        _text(ws, r, 1, heading, bold=True, size=10)
        _head2(
            ws,
            r + 1,
            [
                (1, ""),
                (2, "成果指標"),
                (3, "単位"),
                (4, "現状値（R元）"),
                (5, "実績値（R5）"),
                (6, "目標値（R5）"),
                (7, "目標値（R7）"),
            ],
            [(8, 9, "評価", ["所管課評価", "委員会評価"])],
        )
        r += 3
        for label, name, unit, *vals, g1, g2 in rows:
            _put(ws, r, 1, label, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 8, g1, align="center")
            _put(ws, r, 9, g2, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "評価：A 目標（R5）を達成　B 目標の8割以上　C 目標の8割未満",
            "　所管課評価は担当課による自己評価、委員会評価は仁淀川町まちづくり計画推進委員会による評価。",
            "※②③の実績値は旧村（池川・吾北・仁淀）別の内訳と、（　）内に町全体の計を示す。",
            "※方針（5）の関連事業費（R5決算）42,380千円。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "niyodogawa_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 和水町 (熊本県): 第2期総合戦略 KPIの進捗状況（令和6年度）, hand-written HTML
# --------------------------------------------------------------------------------------------

# Real (広報なごみ 2024年7月号 on mykoho.jp): まちづくり7つの政策, the policy 子育て支援・教育環境の
# 充実, 給食費の無償化 from R5, 出生祝金, 中学生海外短期留学事業, and the 〔◎〕〔○〕〔△〕 legend.
# Made up: the page, its date and 課, the 基本目標 number, every KPI and figure.
NG_ROWS = [
    ("出生祝金の申請件数", "52件", "41件", "46件（申請ベース）", "40件", "〔◎〕"),
    ("放課後児童クラブの利用児童数", "118人", "131人", "137人", "130人", "〔◎〕"),
    (
        "タブレットを活用した家庭学習の実施率（小中学校）",
        "42.0％",
        "68.5％",
        "74.2％",
        "80.0％",
        "〔○〕",
    ),
    ("中学生海外短期留学の参加者数", "―（未実施）", "―（未実施）", "―（未実施）", "10人", "〔△〕"),
]


def nagomi_html() -> str:
    rows = "\n".join(
        f"<tr><td>{name}</td>"
        + "".join(f'<td class="num">{v}</td>' for v in vals[:-1])
        + f'<td class="c">{vals[-1]}</td></tr>'
        for name, *vals in NG_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期和水町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和6年度） - 和水町</title>
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
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>第2期和水町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和6年度）</h1>
<p>令和7年6月30日更新　和水町まちづくり推進課</p>
<p>町では「まちづくり7つの政策」と総合戦略を一体的に進めています。令和5年度からは町内小中学校の学校給食費を無償化しました。ここでは、基本目標2に掲げた4つのKPIの令和6年度の進捗状況をお知らせします。</p>
<p>進捗状況　〔◎〕達成　〔○〕目標達成に向けて進行中　〔△〕事業実施に向けて検討中</p>
<h2>基本目標2　子育て支援・教育環境の充実</h2>
<table>
<thead>
<tr><th>重要業績評価指標（KPI）</th><th>基準値（R元）</th><th>R5実績</th><th>R6実績</th><th>目標値（R6）</th><th>進捗状況</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※出生祝金は令和5年度に拡充しました。件数は申請のあった件数です（交付件数とは異なります）。</p>
<p>※中学生海外短期留学は、姉妹都市との調整を含め事業実施に向けて検討中です。</p>
<p>〔◎〕2項目　〔○〕1項目　〔△〕1項目</p>
</body>
</html>
"""


def nagomi() -> Path:
    path = HERE / "nagomi_kpi_shinchoku_r6.html"
    path.write_bytes(nagomi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tabuse, ayagawa, niyodogawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nagomi().name}")


if __name__ == "__main__":
    main()
