"""Build the built documents of forms174/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/utashinai_senryaku_kensho_r5.xlsx``, a 総合戦略 KPI 効果検証シート in the manner of 歌志内市
  (北海道): form fields (計画期間, 目指すべき姿, a census population, 事業費 in 千円) over one KPI grid
  whose **``評価（R4→R5）`` cells hold last year's and this year's grade joined by an arrow**
  (``C→B``, ``―→A``) under a legend, with **a rank KPI whose cells carry the number of ranked
  bodies (``148（179市町村中）``) and whose targets are ``140以内``**, ``約18.6`` in 万人, ``累計``
  cells, ``集計中``; and the PDF;
* ``source/takko_senryaku_kpi_h30.xlsx``, a 総合戦略 KPI 検証シート in the manner of 田子町 (青森県):
  **``評価（達成率）`` cells holding the grade and the rate (``A（104.9%）``)** and **a final-target
  column headed ``目標水準（H31）`` mixing numbers with ``現状維持`` and ``基準値以上``**, ``百万円``,
  ``千人``, a 削減 indicator; and the PDF;
* ``source/fudai_kpi_hyoka_r4.xlsx``, a 総合戦略 KPI 評価シート in the manner of 普代村 (岩手県):
  **two grade columns side by side, ``担当課評価 | 推進会議評価``, that differ on two rows**, and
  **targets written ``10,000前後`` / ``35.0前後``** (a note gives the band), a ``―（中止）`` actual,
  ``千人``; and the PDF;
* ``samegawa_zenki_seika_shihyo_r2.html``, a 振興計画 成果指標 page in the manner of 鮫川村 (福島県):
  one table with ``rowspan`` 施策 cells and ``実績値`` spanning ``H30 | R元 | R2``, **running totals
  that carry their span in the cell (``42（H27～R2累計）``)** and **rates that carry the prefecture
  rank in brackets (``61.8（県内5位）``)**, ``万円``, a ``―`` baseline.

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
    wb.properties.creator = "forms174/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms174/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms174_soffice_") as tmp:
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


def _fields(ws, r: int, rows, spans) -> int:
    """Key-value form rows: each row is (label, value, label, value); spans give the four column ranges."""
    for l1, v1, l2, v2 in rows:
        (a1, a2), (b1, b2), (c1, c2), (d1, d2) = spans
        _span(ws, r, a1, a2, l1, header=True)
        _span(ws, r, b1, b2, v1, align="left")
        _span(ws, r, c1, c2, l2, header=True)
        _span(ws, r, d1, d2, v2, align="left")
        ws.row_dimensions[r].height = 26
        r += 1
    return r


def _head1(ws, r: int, words) -> None:
    for c, w in enumerate(words, start=1):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = 30


# --------------------------------------------------------------------------------------------
# 歌志内市 (北海道): 第2期歌志内市まち・ひと・しごと創生総合戦略 効果検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (広報うたしない 2024年4月, mykoho.jp; japanlocal.net): the strategy (第2期, 令和2～6年度), its
# 目指すべき姿, 戦略の柱1's wording, 新規創業・誘致数 (3社 over five years, 5社 reached), the R4 観光入込客数
# 約18万6千人, 雲海の里 かもい岳, 歌志内ワイン, the population 2,989人. Made up: the sheet, its date, the
# money, the other KPIs, every other figure, grade and note.
UT_ROWS = [
    ("1", "新規創業・誘致数", "社", "―", "累計4", "累計2", "累計5", "A→A", "累計3"),
    ("2", "観光入込客数", "万人", 24.1, "約18.6", 22.0, 20.3, "C→B", 25.0),
    ("3", "食関連分野の新規雇用者数", "人", "―", "累計3", "累計4", "累計3", "B→C", "累計5"),
    (
        "4",
        "一人当たり市町村民所得の全道順位",
        "位",
        "156（179市町村中）",
        "148（179市町村中）",
        "140以内",
        "140（179市町村中）",
        "B→A",
        "130以内",
    ),
    ("5", "コミュニティビジネスの支援件数", "件", 0, 1, 2, 2, "―→A", 3),
    ("6", "市内事業所の従業者数", "人", 612, 598, 600, "集計中", "B→―", 600),
]


def utashinai() -> Path:
    wb, ws = _sheet("効果検証", [6, 34, 7, 17, 17, 11, 17, 12, 11])
    _text(
        ws,
        1,
        1,
        "第2期歌志内市まち・ひと・しごと創生総合戦略　効果検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　歌志内市まち・ひと・しごと創生推進会議　資料1", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度（5年間）", "人口（令和2年国勢調査）", "2,989人"),
            (
                "目指すべき姿",
                "オンリーワンの子育て・教育と人づくりを大切にするまち",
                "交付金対象事業費（R5決算・千円）",
                14380,
            ),
        ],
        [(1, 2), (3, 5), (6, 7), (8, 9)],
    )
    _text(
        ws,
        r + 1,
        1,
        "評価：A 目標値を達成　B 目標値の8割以上　C 目標値の8割未満　― 評価できない（「R4→R5」は前年度の評価→今年度の評価）",
        size=9,
    )
    _text(
        ws,
        r + 3,
        1,
        "戦略の柱１　歌志内ならではの魅力ある産業をつくり、雇用を確保する",
        bold=True,
        size=11,
    )
    h = r + 4
    _head1(
        ws,
        h,
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（R元）",
            "R4実績",
            "R5目標",
            "R5実績",
            "評価\n（R4→R5）",
            "最終目標\n（R6）",
        ],
    )
    r = h + 1
    for no, name, unit, *vals, grade, final in UT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, grade, align="center")
        _vals(ws, r, 9, [final])
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価欄は前年度（R4）の評価と今年度（R5）の評価を「→」で示しています。No.5はR5から評価の対象としたため、R4の評価は「―」です。",
            "※No.1・No.3は令和2年度からの累計です。No.2のR4実績は概数（約18万6千人）で、R5には「雲海の里 かもい岳」の来場者を含みます。",
            "※No.4は北海道「市町村民経済計算」による179市町村中の順位で、数値が小さいほど上位です（目標は「○位以内」）。",
            "※No.6のR5実績は、経済センサスの公表前のため集計中です。",
            "※R5評価の内訳：A 3項目、B 1項目、C 1項目、― 1項目（全6項目）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "utashinai_senryaku_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 田子町 (青森県三戸郡): 田子町まち・ひと・しごと創生総合戦略 KPI検証シート（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (主要事業一覧 H28.1, paperzz; town pages; ameblo 田子町商工会; petitavi): the strategy and its
# period (平成27～31年度), 基本目標 `魅力あふれるしごとづくり`, 136事業 (新規36・拡充22・継続78), the
# 第六次田子町総合計画's 将来像, 政策推進課, にんにく since 昭和37年, the 平成18年11月 地域団体商標, 田子牛,
# the ガーリックセンター. Made up: the sheet, its date, the money, every KPI figure, grade and note.
TK_ROWS = [
    ("1", "にんにく販売額", "百万円", 2150, 2380, 2300, 2412, "A（104.9%）", 2500),
    ("2", "田子牛の出荷頭数", "頭", 1120, 1085, 1100, 1063, "B（96.6%）", "現状維持"),
    ("3", "耕作放棄地面積の削減", "ha", 186, 178, 175, 171, "A（102.3%）", 160),
    ("4", "ガーリックセンター来館者数", "千人", 58.2, 61.4, 62.0, 48.9, "C（78.9%）", 65.0),
    ("5", "町内事業所の新規雇用者数", "人", 12, 15, 15, 15, "A（100.0%）", "基準値以上"),
]


def takko() -> Path:
    wb, ws = _sheet("KPI検証", [6, 32, 8, 12, 12, 12, 12, 15, 14])
    _text(
        ws,
        1,
        1,
        "田子町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（平成30年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和元年7月　田子町政策推進課", align="right")
    r = _fields(
        ws,
        4,
        [
            (
                "計画期間",
                "平成27年度～平成31年度（5年間）",
                "総合戦略関連事業費（H30決算・千円）",
                98740,
            ),
            (
                "町の将来像",
                "人が輝き まちが輝く 活力と笑顔あふれるまち（第六次田子町総合計画）",
                "主要事業数",
                "136事業（新規36・拡充22・継続78）",
            ),
        ],
        [(1, 2), (3, 5), (6, 7), (8, 9)],
    )
    _text(
        ws,
        r + 1,
        1,
        "評価：A 達成率100%以上　B 達成率80%以上100%未満　C 達成率80%未満（括弧内はH30の達成率）",
        size=9,
    )
    _text(ws, r + 3, 1, "基本目標１　魅力あふれるしごとづくり", bold=True, size=11)
    h = r + 4
    _head1(
        ws,
        h,
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（H26）",
            "H29実績",
            "H30目標",
            "H30実績",
            "評価\n（達成率）",
            "目標水準\n（H31）",
        ],
    )
    r = h + 1
    for no, name, unit, *vals, grade, level in TK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, grade, align="center")
        _put(
            ws,
            r,
            9,
            level,
            align="center" if isinstance(level, str) else "right",
            fmt="#,##0.0" if isinstance(level, float) else None,
        )
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝H30実績÷H30目標。No.3は値が小さいほど良い指標のため、H30目標÷H30実績としています。",
            "※目標水準欄の「現状維持」「基準値以上」は、平成31年度に確保を目指す水準を示します。",
            "※主要事業数は総合戦略附属資料「主要事業一覧」（平成28年1月）の登載事業数です。",
            "※にんにくの栽培は昭和37年に始まり、「たっこにんにく」は平成18年11月に地域団体商標として登録されました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "takko_senryaku_kpi_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 普代村 (岩手県下閉伊郡): まち・ひと・しごと創生総合戦略 KPI評価シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (vill.fudai.iwate.jp; iwate-sc.jp; smout.jp): the population 2,607人 (平成27年国勢調査), 6,966ha and
# 森林率83.7, 北緯40度, すき昆布, 黒崎, ほうれんそう, the ふだいまるごと海産まつり. Made up: the sheet, its
# date, the 基本目標 wording, the 推進会議, the money, every KPI figure, grade and note.
FD_ROWS = [
    ("1", "すき昆布の生産量", "t", 38.5, 35.2, 40.0, 36.8, "B", "B", 42.0),
    ("2", "新規漁業就業者数", "人", 2, 3, 3, 4, "A", "A", 3),
    (
        "3",
        "ふだいまるごと海産まつり来場者数",
        "人",
        12000,
        "―（中止）",
        "10,000前後",
        8500,
        "B",
        "C",
        "12,000前後",
    ),
    ("4", "黒崎園地の観光入込客数", "千人", 41.3, 28.6, "35.0前後", 36.2, "A", "A", "40.0前後"),
    ("5", "ほうれんそう出荷量", "t", 210, 196, 200, 159, "C", "B", 210),
]


def fudai() -> Path:
    wb, ws = _sheet("KPI評価", [6, 32, 6, 11, 11, 12, 11, 10, 10, 12])
    _text(
        ws,
        1,
        1,
        "普代村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）評価シート（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和5年9月　普代村総合戦略推進会議", align="right")
    r = _fields(
        ws,
        4,
        [
            (
                "村の概要",
                "人口 2,607人（平成27年国勢調査）　総面積 6,966ha（森林率83.7％）",
                "交付金対象事業費（R4・千円）",
                21900,
            ),
        ],
        [(1, 2), (3, 6), (7, 8), (9, 10)],
    )
    _text(
        ws,
        r + 1,
        1,
        "評価：A 目標を達成　B 目標の80%以上　C 目標の80%未満（担当課評価＝各担当課による一次評価、推進会議評価＝推進会議による二次評価）",
        size=9,
    )
    _text(
        ws,
        r + 3,
        1,
        "基本目標１　北緯40度の海と山の恵みを活かしたしごとづくり",
        bold=True,
        size=11,
    )
    h = r + 4
    _head1(
        ws,
        h,
        [
            "No.",
            "KPI",
            "単位",
            "基準値\n（R元）",
            "R3実績",
            "R4目標",
            "R4実績",
            "担当課\n評価",
            "推進会議\n評価",
            "最終目標\n（R6）",
        ],
    )
    r = h + 1
    for no, name, unit, *vals, own, board, final in FD_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, own, align="center")
        _put(ws, r, 9, board, align="center", bold=True)
        _vals(ws, r, 10, [final])
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※推進会議評価を最終の評価とします。No.5は夏季の低温による不作を考慮し、推進会議評価をBとしました。",
            "※「前後」とした目標値は、目標値の±10%の範囲に達したものを「A」とします（10,000前後：9,000～11,000人）。",
            "※No.3のR3実績は、ふだいまるごと海産まつりが中止となったため「―（中止）」としています。",
            "※No.2は各年度の新規就業者数です（累計ではありません）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "fudai_kpi_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鮫川村 (福島県東白川郡): 第4次鮫川村振興計画 前期基本計画 成果指標の状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (vill.samegawa.fukushima.jp; jimototaberu.net; zck.or.jp): the 第4次 plan and its 基本理念, the 第3次's
# 基本理念, the 後期基本計画 adopted in 令和2年12月, まめで達者な村づくり (平成16年度～), 手・まめ・館, 企画調整課,
# the 人口ビジョン figures (8,256人, 2,460人, 約3,090人). Made up: the page, its date, the 施策 numbers and
# every indicator figure and note.
SG_GROUPS = [
    (
        "1-1",
        "農業の振興",
        [
            ("大豆の作付面積", "ha", "31.5", "33.2", "34.0", "32.6", "35.0"),
            ("「手・まめ・館」の販売額", "万円", "8,420", "9,150", "9,380", "8,760", "9,500"),
        ],
    ),
    (
        "2-1",
        "健康づくりの推進",
        [
            (
                "特定健康診査受診率",
                "％",
                "52.3",
                "58.1（県内12位）",
                "60.4（県内7位）",
                "61.8（県内5位）",
                "60.0",
            )
        ],
    ),
    (
        "3-1",
        "移住・定住の促進",
        [
            (
                "移住・定住者数",
                "人",
                "―",
                "28（H27～H30累計）",
                "35（H27～R元累計）",
                "42（H27～R2累計）",
                "40（累計）",
            )
        ],
    ),
]

SG_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H26）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R2）</th></tr>
<tr><th>H30</th><th>R元</th><th>R2</th></tr>
</thead>"""


def samegawa_html() -> str:
    rows = []
    for no, measure, inds in SG_GROUPS:
        for k, (name, unit, *vals) in enumerate(inds):
            head = (
                ""
                if k
                else f'<th scope="row" class="l">{no}<br>{measure}</th>'
                if len(inds) == 1
                else f'<th scope="rowgroup" rowspan="{len(inds)}" class="l">{no}<br>{measure}</th>'
            )
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第4次鮫川村振興計画 前期基本計画 成果指標の状況（令和2年度） - 鮫川村</title>
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
<p>ホーム &gt; くらし・村政 &gt; 村政情報 &gt; 事業・計画</p>
<h1>第4次鮫川村振興計画 前期基本計画 成果指標の状況（令和2年度）</h1>
<p>令和3年9月　鮫川村企画調整課</p>
<p>第4次鮫川村振興計画は、第3次振興計画の基本理念「まめな暮らしが育む環境を生かしたやすらぎとふれあいの村の実現」を継承し、「つながりで支え輝く村づくり」を基本理念としています。令和2年12月の後期基本計画の策定にあたり、前期基本計画に掲げた成果指標の令和2年度までの状況を取りまとめました。</p>
<p>村の人口は1960年の8,256人をピークに減少が続き、何も対策を講じない場合、2040年には2,460人まで減少すると推計されています。人口ビジョンでは、2040年に約3,090人の人口を維持することを目標としています。</p>
<h2>２　前期基本計画の成果指標</h2>
<table>
{SG_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※移住・定住者数は、平成27年度からの累計です。</p>
<p>※特定健康診査受診率の括弧内は、福島県内59市町村中の順位です（法定報告値）。</p>
<p>※「手・まめ・館」の販売額は、直売所・食堂・豆腐加工所の合計です。平成16年度から「まめで達者な村づくり」に取り組んでいます。</p>
</body>
</html>
"""


def samegawa() -> Path:
    path = HERE / "samegawa_zenki_seika_shihyo_r2.html"
    path.write_bytes(samegawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (utashinai, takko, fudai):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {samegawa().name}")


if __name__ == "__main__":
    main()
