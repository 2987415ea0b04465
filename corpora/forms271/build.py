"""Build the built documents of forms271/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ginan_suishin_kensho_r3.xlsx``, a 地域再生計画 KPI 効果検証シート in the manner of 岐南町 (岐阜県):
  form fields (plan name, period, population, 記入者 with 内線) over a KPI grid whose shaded 施策 heading
  rows carry the 施策's money, **an ``算定式`` sub-row under every KPI spelling out the R3 actual from
  its parts**, a ``所管課`` column, and **a ``所管課別のKPI達成状況`` table counting the sheet's own KPIs
  by 課**; and the PDF;
* ``source/kanmaki_kpi_shinchoku_r4.xlsx``, a 総合戦略 KPI 進捗管理表 in the manner of 上牧町 (奈良県):
  **a ``重点度`` column of roman numerals (Ⅰ/Ⅱ/Ⅲ) with its legend**, a ``基準値`` column whose cells carry
  their own dates (a span, an average, a 累計, a day), **an 評価 cell holding this year's grade and last
  year's in brackets (``C（前年度B）``)**, a ``（参考）`` ranking row inside the grid; and the PDF;
* ``source/tadaoka_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 忠岡町 (大阪府):
  form fields, **one year grid holding 活動指標, 成果指標 and ``投入量`` rows (事業費, 従事職員数, a cost per
  follower) told apart only by the ``区分`` cell**, **a ``測定方法`` column of prose with numbers**,
  ``―（調査なし）``, an evaluation block; and the PDF;
* ``ichikawa_kpi_jokyo_r5.html``, a 総合戦略 KPI page in the manner of 市川町 (兵庫県): rowspanned 施策
  cells, **an actual cell spanning the R4 and R5 columns with one two-year figure (``9（R4・R5合算）``)**,
  **``次回調査（R7）`` in the actual cells of a census-based KPI**, a baseline dated in its cell, ``千人``,
  and a money row inside the ``<tbody>``.

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
    wb.properties.creator = "forms271/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms271/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms271_soffice_") as tmp:
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
# 岐南町 (岐阜県羽島郡): 岐南町まち・ひと・しごと創生推進計画 KPI効果検証シート（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 岐南町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/1963): the plan's
# name, 24,622人 (2015), 25,842人 (2019 住基), 名古屋市から約30km. Made up: the sheet, 課, money, figures.
GN_GROUPS = [
    (
        "施策１　子育て世代の定住促進　（R3事業費 12,480千円）",
        [
            (
                "1",
                "20～39歳の社会増減数",
                "人",
                62,
                80,
                115,
                "143.8%",
                100,
                "総合政策課",
                "算定式：20～39歳の転入者数 1,284人 － 同 転出者数 1,169人（R3.4.1～R4.3.31、住民基本台帳）",
            ),
            (
                "2",
                "子育て支援センター延べ利用者数",
                "人",
                18240,
                19000,
                16905,
                "89.0%",
                20000,
                "子ども家庭課",
                "算定式：親子ひろば 11,420人 ＋ 一時預かり 5,485人（開所日数 243日）",
            ),
        ],
    ),
    (
        "施策２　名古屋市から約30kmの近さを活かした就業・移住の促進　（R3事業費 8,960千円）",
        [
            (
                "3",
                "町内事業所の新規雇用者数",
                "人",
                145,
                160,
                152,
                "95.0%",
                180,
                "産業振興課",
                "算定式：事業所アンケート回答 86社の新規雇用者数の合計（120社に配布、回収率 71.7%）",
            ),
            (
                "4",
                "空き家バンク成約件数",
                "件",
                3,
                6,
                6,
                "100.0%",
                10,
                "都市整備課",
                "算定式：売買成約 4件 ＋ 賃貸成約 2件",
            ),
        ],
    ),
]
GN_BY_KA = [
    ("総合政策課", 1, 1, 0, "100.0%"),
    ("子ども家庭課", 1, 0, 1, "0.0%"),
    ("産業振興課", 1, 0, 1, "0.0%"),
    ("都市整備課", 1, 1, 0, "100.0%"),
    ("合計", 4, 2, 2, "50.0%"),
]


def ginan() -> Path:
    wb, ws = _sheet("KPI効果検証", [6, 36, 7, 12, 10, 10, 9, 12, 14])
    _text(
        ws,
        1,
        1,
        "岐南町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）効果検証シート（令和3年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和4年8月　岐南町総合政策課", align="right")
    fields = [
        ("地域再生計画の名称", "岐南町まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和2年4月1日～令和7年3月31日"),
        ("町の人口", "24,622人（平成27年国勢調査）、25,842人（令和元年 住民基本台帳）"),
        ("記入者", "総合政策課 政策推進係　主査 長屋 直樹（内線 2114）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 9, 1, "■KPIの達成状況", bold=True, size=11)
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "事業開始前\n（R元）",
        "R3目標",
        "R3実績",
        "達成率",
        "最終目標\n（R6）",
        "所管課",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, 10, c, w, header=True)
    ws.row_dimensions[10].height = 28
    r = 11
    for heading, rows in GN_GROUPS:
        _span(ws, r, 1, 9, heading, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, base, tgt, act, rate, final, ka, formula in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, [base, tgt, act])
            _put(ws, r, 7, rate, align="right")
            _vals(ws, r, 8, [final])
            _put(ws, r, 9, ka, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
            _put(ws, r, 1, "")
            _span(ws, r, 2, 9, formula, size=8)
            ws.row_dimensions[r].height = 15
            r += 1
    _notes(
        ws,
        r,
        [
            "※達成率＝R3実績÷R3目標。算定式の数値は令和3年度実績の内訳です。",
        ],
    )
    r += 2
    _text(ws, r, 1, "■所管課別のKPI達成状況（令和3年度）", bold=True, size=10)
    r += 1
    for c1, c2, w in [
        (1, 2, "所管課"),
        (3, 4, "所管KPI数"),
        (5, 5, "達成"),
        (6, 6, "未達成"),
        (7, 8, "達成率"),
    ]:
        _span(ws, r, c1, c2, w, header=True)
    r += 1
    for ka, n, ok, ng, pct in GN_BY_KA:
        total = ka == "合計"
        fill = LIGHT if total else None
        _span(ws, r, 1, 2, ka, fill=fill, bold=total)
        _span(ws, r, 3, 4, n, fill=fill)
        _put(ws, r, 5, ok, fill=fill)
        _put(ws, r, 6, ng, fill=fill)
        _span(ws, r, 7, 8, pct, align="right", fill=fill)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "ginan_suishin_kensho_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上牧町 (奈良県北葛城郡): 上牧町まち・ひと・しごと創生総合戦略 KPI進捗管理表（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 上牧町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/2189): 22,727人
# (H30), 16,236人 (R12 推計), the 合計特殊出生率 1.09 of H20～24, the 社会増減 +12 over H27～R元.
# Made up: the sheet, 課, 重点度, every other figure, target and grade.
KM_ROWS = [
    (
        "Ⅰ",
        "1",
        "合計特殊出生率",
        "―",
        "1.09（H20～24）",
        "1.15",
        "1.20",
        "1.12",
        "1.30",
        "C（前年度B）",
    ),
    ("Ⅱ", "2", "出生数", "人", "124（H30）", "108", "120", "101", "120", "C（前年度C）"),
    (
        "Ⅲ",
        "3",
        "子育て世代包括支援センターの相談件数",
        "件",
        "486（R元）",
        "612",
        "550",
        "655",
        "600",
        "A（前年度A）",
    ),
    ("Ⅱ", "4", "保育所等の待機児童数", "人", "7（R2.4.1）", "0", "0", "0", "0", "A（前年度A）"),
    (
        "Ⅰ",
        "5",
        "転入超過数（社会増減数）",
        "人",
        "12（H27～R元累計）",
        "△18",
        "10",
        "6",
        "20",
        "B（前年度C）",
    ),
]


def kanmaki() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [7, 5, 34, 6, 16, 9, 9, 9, 11, 13])
    _text(
        ws,
        1,
        1,
        "上牧町まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和4年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和5年9月　上牧町総合政策課", align="right")
    _text(
        ws,
        3,
        1,
        "町の人口：22,727人（平成30年）　将来推計：16,236人（令和12年、国立社会保障・人口問題研究所）",
        size=9,
    )
    _text(
        ws,
        4,
        1,
        "重点度　Ⅰ：戦略の柱となる指標　Ⅱ：重点的に進捗を管理する指標　Ⅲ：その他の指標",
        size=8,
    )
    _text(
        ws,
        5,
        1,
        "評価　A：R4目標を達成　B：目標未達成だが前年度より改善　C：目標未達成で前年度から横ばい・悪化　（　）内は前年度の評価",
        size=8,
    )
    _text(ws, 7, 1, "基本目標２　結婚・出産・子育ての希望をかなえる", bold=True, size=11)
    heads = [
        "重点度",
        "No.",
        "指標名",
        "単位",
        "基準値",
        "R3実績",
        "R4目標",
        "R4実績",
        "最終目標\n（R6）",
        "評価",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, 8, c, w, header=True)
    ws.row_dimensions[8].height = 28
    r = 9
    for row in KM_ROWS:
        for c, v in enumerate(row, start=1):
            align = "center" if c in (1, 2, 4, 10) else ("right" if c >= 5 else None)
            _put(ws, r, c, v, align=align)
        ws.row_dimensions[r].height = 20
        r += 1
    _span(
        ws,
        r,
        1,
        10,
        "（参考）合計特殊出生率の県内順位：39市町村中 37位（令和3年）　／　重点度Ⅰの指標：2項目",
        fill=LIGHT,
        size=8,
    )
    ws.row_dimensions[r].height = 18
    _notes(
        ws,
        r + 2,
        [
            "※基準値の（　）内は基準値の時点です。No.1は平成20～24年の平均値、No.5は平成27～令和元年度の5年間の累計です。",
            "※△はマイナス（転出超過）を表します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kanmaki_kpi_shinchoku_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 忠岡町 (大阪府泉北郡): 令和6年度 事務事業評価シート（シティプロモーション推進事業）
# --------------------------------------------------------------------------------------------

# Real (town.tadaoka.osaka.jp, wikipedia copy): 第6次忠岡町総合計画 (R3～R12) and its 将来像, 町長公室
# 経営戦略課, the area 4.03km². Made up: the 事業, its number, every figure, method and evaluation.
TD_ROWS = [
    (
        "活動指標",
        "公式SNSの投稿件数",
        "件",
        "212",
        "248",
        "260",
        "271",
        "公式X・Instagramの投稿数（2アカウント合計）を3月31日に集計",
    ),
    (
        "活動指標",
        "町外PRイベントへの出展回数",
        "回",
        "4",
        "6",
        "6",
        "5",
        "出展記録簿による（大阪市内の2会場を含む）",
    ),
    (
        "成果指標",
        "公式Instagramのフォロワー数",
        "人",
        "2,860",
        "3,940",
        "4,500",
        "4,612",
        "各年度末（3月31日）時点のフォロワー数",
    ),
    (
        "成果指標",
        "町に愛着を感じる町民の割合",
        "％",
        "41.2",
        "―（調査なし）",
        "50.0",
        "46.8",
        "町民アンケート（隔年実施、18歳以上2,000人に郵送、R6回収率38.5%）",
    ),
    (
        "投入量",
        "事業費",
        "千円",
        "5,820",
        "6,410",
        "6,800",
        "6,592",
        "R6目標欄は当初予算額、実績は決算額",
    ),
    (
        "投入量",
        "従事職員数（正職員換算）",
        "人",
        "0.6",
        "0.6",
        "0.6",
        "0.6",
        "経営戦略課職員2名の従事割合を按分",
    ),
    (
        "投入量",
        "フォロワー1人当たり事業費",
        "円",
        "2,035",
        "1,627",
        "1,511",
        "1,429",
        "事業費÷フォロワー数",
    ),
]


def tadaoka() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 28, 6, 9, 12, 9, 9, 34])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 8, "令和7年7月作成", align="right")
    fields = [
        ("事業名", "シティプロモーション推進事業"),
        ("事業番号", "01-03-015"),
        ("担当課", "町長公室経営戦略課"),
        (
            "総合計画上の位置付け",
            "第6次忠岡町総合計画（令和3年度～令和12年度）　将来像「つながる つどう 人を育む 日本一小さなまち ただおか」",
        ),
        (
            "事業の目的",
            "面積4.03km²の「日本一小さなまち」の魅力を町内外に発信し、町への愛着と来訪を増やす。",
        ),
        ("事業期間", "令和3年度～（継続）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 26 if len(value) > 40 else 18
        r += 1
    r += 1
    _text(ws, r, 1, "２　指標と投入量の推移", bold=True, size=11)
    r += 1
    heads = ["区分", "指標・項目", "単位", "R4実績", "R5実績", "R6目標", "R6実績", "測定方法"]
    for c, w in enumerate(heads, start=1):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for kind, name, unit, *vals, method in TD_ROWS:
        fill = LIGHT if kind == "投入量" else None
        _put(ws, r, 1, kind, align="center", fill=fill)
        _put(ws, r, 2, name, fill=fill)
        _put(ws, r, 3, unit, align="center", fill=fill)
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right", fill=fill)
        _put(ws, r, 8, method, size=8, fill=fill)
        ws.row_dimensions[r].height = 26
        r += 1
    r += 1
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    evals = [
        (
            "有効性",
            "成果指標2項目のうち1項目が目標を達成。フォロワー数は前年度比1.17倍に増加した。",
        ),
        ("今後の方向性", "□拡充　■継続　□改善　□縮小　□廃止"),
        ("一次評価者", "町長公室経営戦略課長"),
    ]
    for label, value in evals:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "tadaoka_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 市川町 (兵庫県神崎郡): 市川町地域創生総合戦略 KPIの状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato.jal.co.jp municipality page, ja.wikipedia): 82.67km², 11,302人, 企画政策課, 国産ゴルフ
# クラブ製造の発祥地, 清流市川, JR播但線 甘地駅. Made up: the page, 基本目標, 施策, every KPI and figure.
ICHIKAWA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>市川町地域創生総合戦略 KPIの状況（令和5年度実績） - 市川町</title>
<style>
body { font-family: "IPAGothic", sans-serif; font-size: 10pt; }
table { border-collapse: collapse; margin-bottom: 0.8em; }
th, td { border: 1px solid #000; padding: 2px 6px; }
th { background: #d9d9d9; }
td.num { text-align: right; }
td.c { text-align: center; }
tr.money td, tr.money th { background: #f2f2f2; }
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 地域創生総合戦略</p>
<h1>市川町地域創生総合戦略 KPIの状況（令和5年度実績）</h1>
<p>令和6年10月1日　企画政策課</p>
<p>市川町（面積82.67km&sup2;、人口11,302人）は、国産ゴルフクラブ製造の発祥地です。総合戦略に掲げた重要業績評価指標（KPI）の令和5年度までの状況をお知らせします。</p>
<h2>基本目標１　地域の産業を活かし、しごとをつくる</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">ゴルフクラブ製造をはじめとする地場産業の振興</td><td>町内ゴルフクラブ関連事業所数</td><td class="c">事業所</td><td class="num">38</td><td class="num">35</td><td class="num">34</td><td class="num">40</td></tr>
<tr><td>ふるさと納税寄附件数</td><td class="c">件</td><td class="num">1,820</td><td class="num">4,610</td><td class="num">6,235</td><td class="num">5,000</td></tr>
<tr><td>新規創業者数</td><td class="c">人</td><td class="num">2</td><td class="num" colspan="2">9<br>（R4・R5合算）</td><td class="num">5</td></tr>
<tr><td rowspan="2">清流市川と播但線沿線を活かした交流の推進</td><td>観光入込客数</td><td class="c">千人</td><td class="num">86.4</td><td class="num">72.1</td><td class="num">80.5</td><td class="num">100.0</td></tr>
<tr><td>町内で従業する就業者の割合（国勢調査）</td><td class="c">％</td><td class="num">43.1<br>（R2）</td><td class="c">次回調査<br>（R7）</td><td class="c">次回調査<br>（R7）</td><td class="num">45.0</td></tr>
<tr class="money"><th colspan="3">関連事業費（R5決算）</th><td colspan="4">48,620千円（うち地方創生推進交付金 18,500千円）</td></tr>
</tbody>
</table>
<p>※新規創業者数は、町の創業支援事業計画による認定件数で、令和4・5年度は合算で集計しています。</p>
<p>※町内で従業する就業者の割合は国勢調査（5年ごと）によるため、基準値は令和2年調査の値です。次回は令和7年調査で把握します。</p>
<p>※甘地駅前公園の整備（事業費 3,200千円）は令和5年度に完了しました。</p>
</body>
</html>
"""


def ichikawa() -> Path:
    path = HERE / "ichikawa_kpi_jokyo_r5.html"
    path.write_bytes(ICHIKAWA_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ginan, kanmaki, tadaoka):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ichikawa().name}")


if __name__ == "__main__":
    main()
