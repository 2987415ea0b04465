"""Build the built documents of forms132/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/okaya_suii_r4.xlsx``, a 総合計画 数値目標の推移 in the manner of 岡谷市 (長野県): 施策 cells
  merged down, **the yearly actuals R元→R2→R3→R4 written as one arrow chain in a single 推移 cell**,
  千冊 in 単位, a ``―`` inside a chain, a 進捗 column of words; and the PDF;
* ``source/moka_jimujigyo_r4.xlsx``, a 事務事業評価シート in the manner of 真岡市 (栃木県): a form
  block with 事業名, 担当課 and 事業費（千円）, an 活動指標/成果指標 区分 column, R4目標 | R4実績 | 達成率,
  **a 最終目標（R6） written as a change (``+5ポイント``) for a percentage**; and the PDF;
* ``source/minobu_kpi_kensho_r4.xlsx``, a 総合戦略 KPI効果検証 in the manner of 身延町 (山梨県): 基本目標
  bands across the grid, 実績値 R2 | R3 | R4, 千人 and 万人 in 単位, **a 進捗率 column against the
  baseline that prints △ (negative) rates**, a ``―`` actual; and the PDF;
* ``odawara_furikaeri_zenki.html``, a 総合計画 前期基本計画 振り返り in the manner of 小田原市 (神奈川県):
  a key-value block (まちづくりの目標 / 政策分野 / 施策 / 目指す姿), then one table with 詳細施策 cells
  (code and name) and 所管課 cells spanning their rows, years H23–H27 as 実績, a ``現状維持`` target and a
  ``集計中`` actual.

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
    wb.properties.creator = "forms132/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms132/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms132_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 岡谷市 (長野県): 第5次岡谷市総合計画 前期基本計画 数値目標の推移（令和4年度）
# --------------------------------------------------------------------------------------------

# Real: 岡谷市, the 第5次岡谷市総合計画 (R元–R10) and its 前期基本計画 (R元–R5, holding the 第2次総合戦略),
# the 将来都市像 and the 基本目標 「未来の担い手を育み、生涯を通じて学ぶまち」. Made up: the sheet, its date
# and 課, the 施策 numbers and names, every indicator, figure and note.
OKAYA = [
    (
        "2-1　学校教育の充実",
        [
            (
                "「授業がわかる」と答えた児童生徒の割合",
                "％",
                "82.4",
                "83.0→81.2→84.5→85.1",
                "88.0",
                "順調",
            ),
            ("不登校児童生徒の出現率", "％", "1.92", "2.05→2.31→2.64→2.58", "1.50", "遅れ"),
        ],
    ),
    (
        "2-2　生涯学習の推進",
        [
            ("市立岡谷図書館の年間貸出冊数", "千冊", "312", "305→248→271→286", "330", "遅れ"),
            ("公民館講座の受講者数", "人", "9,860", "10,120→―→4,315→6,902", "10,500", "遅れ"),
        ],
    ),
    (
        "2-3　スポーツの振興",
        [
            (
                "週1回以上運動・スポーツをする成人の割合",
                "％",
                "45.3",
                "46.8→44.1→47.9→49.2",
                "50.0",
                "順調",
            )
        ],
    ),
]


def _num(text: str):
    """A number typed as text in the sheet → a real number (kept with its format)."""
    t = text.replace(",", "")
    if "." in t:
        return float(t), "#,##0.0" if len(t.split(".")[1]) == 1 else "0.00"
    return int(t), "#,##0"


def okaya() -> Path:
    widths = [16, 32, 6, 9, 28, 9, 7]
    wb, ws = _sheet("数値目標", widths)
    _text(
        ws,
        1,
        1,
        "第5次岡谷市総合計画　前期基本計画　数値目標の推移（令和4年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和5年8月　岡谷市企画政策部企画課", align="right")
    _text(ws, 3, 1, "将来都市像　「人結び　夢と希望を紡ぐ　たくましいまち岡谷」", size=9)
    _text(ws, 5, 1, "基本目標2　未来の担い手を育み、生涯を通じて学ぶまち", bold=True, size=11)
    h = 6
    for c, word in enumerate(
        [
            "施策",
            "数値目標",
            "単位",
            "策定時\n（H29）",
            "推移\n（R元→R2→R3→R4）",
            "目標値\n（R5）",
            "進捗",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for head, rows in OKAYA:
        first = r
        for name, unit, base, chain, target, progress in rows:
            _put(ws, r, 1, head if r == first else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            value, fmt = _num(base)
            _put(ws, r, 4, value, fmt=fmt)
            _put(ws, r, 5, chain, align="center")
            value, fmt = _num(target)
            _put(ws, r, 6, value, fmt=fmt)
            _put(ws, r, 7, progress, align="center")
            ws.row_dimensions[r].height = 26
            r += 1
        if r - first > 1:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※推移は各年度の実績値を左から令和元年度、2年度、3年度、4年度の順に示しています。",
            "※令和2年度の公民館講座は、新型コロナウイルス感染症の影響により全講座を中止しました（「―」）。",
            "※進捗は、策定時から目標値に向けて推移しているものを「順調」、それ以外を「遅れ」としています。",
            "※令和4年度の基本目標2に係る事業費（決算）は1,482,360千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "okaya_suii_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 真岡市 (栃木県): 事務事業評価シート（令和4年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 真岡市, the 真岡市総合計画2020-2024 and its 事務事業評価. Made up: the 事業, its 課, the sheet, every
# indicator, figure, amount and sentence.
MOKA = [
    ("活動指標", "移住相談会・セミナーの開催回数", "回", 6, 10, 12, 13, "108.3%", 15),
    ("活動指標", "空き家バンクの新規登録件数", "件", 8, 11, 15, 9, "60.0%", 20),
    ("成果指標", "移住支援制度を利用した転入者数", "人", 24, 41, 50, 52, "104.0%", 60),
    (
        "成果指標",
        "「真岡市に住み続けたい」と思う市民の割合",
        "％",
        71.6,
        73.0,
        74.0,
        72.4,
        "97.8%",
        "+5ポイント",
    ),
    ("成果指標", "空き家バンクの成約件数", "件", 5, 7, 10, 10, "100.0%", 14),
]


def moka() -> Path:
    widths = [10, 34, 6, 9, 9, 9, 9, 9, 11]
    wb, ws = _sheet("事務事業評価", widths)
    _text(ws, 1, 1, "事務事業評価シート（令和4年度実施事業）", bold=True, size=12)
    _text(ws, 2, 9, "令和5年7月　真岡市", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    fields = [
        ("事業名", "移住・定住促進事業"),
        ("担当課", "プロジェクト推進課"),
        (
            "総合計画の位置付け",
            "真岡市総合計画2020-2024　重点プロジェクト「人口減少対策プロジェクト」",
        ),
        (
            "事業の目的",
            "移住希望者への情報発信と住まいの支援により、本市への移住・定住を促進する。",
        ),
    ]
    r = 5
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 9, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "２　事業費（千円）", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 3, "区分", header=True)
    _span(ws, r, 4, 5, "R3決算", header=True)
    _span(ws, r, 6, 7, "R4決算", header=True)
    _span(ws, r, 8, 9, "R5予算", header=True)
    r += 1
    for label, money in [("事業費", (18420, 21035, 22000)), ("うち一般財源", (9210, 10517, 11000))]:
        _span(ws, r, 1, 3, label)
        for j, v in enumerate(money):
            _span(ws, r, 4 + 2 * j, 5 + 2 * j, v)
        r += 1
    r += 1
    _text(ws, r, 1, "３　指標の状況", bold=True, size=11)
    h = r + 1
    for c, word in enumerate(
        [
            "区分",
            "指標名",
            "単位",
            "基準値\n（R元）",
            "R3実績",
            "R4目標",
            "R4実績",
            "達成率",
            "最終目標\n（R6）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for kind, name, unit, *vals, rate, final in MOKA:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, fmt="0.0" if isinstance(v, float) else None)
        _put(ws, r, 8, rate, align="right")
        _put(ws, r, 9, final, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝R4実績÷R4目標。市民の割合は市民意識調査（毎年6月実施）によります。",
            "※「+5ポイント」は基準値（R元）からの増加幅を目標とするものです。",
        ],
    )
    r += 4
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    _span(ws, r + 1, 1, 2, "総合評価", header=True)
    _span(ws, r + 1, 3, 9, "B　概ね順調（空き家バンクの新規登録が伸び悩んでいる。）")
    _page(ws, "portrait")
    path = SOURCE / "moka_jimujigyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 身延町 (山梨県南巨摩郡): 第2期身延町まち・ひと・しごと創生総合戦略 KPIの効果検証（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real: 身延町, the 第2期身延町まち・ひと・しごと創生総合戦略 (R2–R6), the 基本目標 ① 地域に根ざした雇用の創出
# を目指します and ③ 人の流れをつくり、移住・定住の促進を図ります, あけぼの大豆, 下部温泉郷, 本栖湖. Made up:
# the sheet, its date and 課, every indicator, figure and note.
MINOBU = [
    (
        "基本目標①　地域に根ざした雇用の創出を目指します",
        [
            ("1", "あけぼの大豆の出荷量", "t", 18.5, (17.2, 19.8, 21.3), 25.0, "43.1%"),
            ("2", "下部温泉郷の宿泊者数", "千人", 86.4, (41.2, 52.7, 68.9), 90.0, "△486.1%"),
        ],
    ),
    (
        "基本目標③　人の流れをつくり、移住・定住の促進を図ります",
        [
            ("3", "町の移住支援制度を利用した移住者数", "人", 12, (15, 21, 26), 30, "77.8%"),
            ("4", "空き家バンクの成約件数", "件", 4, (6, "―", 9), 10, "83.3%"),
            ("5", "本栖湖周辺の観光入込客数", "万人", 52.3, (30.1, 36.8, 44.6), 55.0, "△285.2%"),
        ],
    ),
]


def minobu() -> Path:
    widths = [5, 34, 6, 10, 9, 9, 9, 10, 10]
    wb, ws = _sheet("KPI効果検証", widths)
    _text(
        ws,
        1,
        1,
        "第2期身延町まち・ひと・しごと創生総合戦略　KPIの効果検証（令和4年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和5年9月　身延町企画課", align="right")
    _text(
        ws,
        3,
        1,
        "進捗率＝（R4実績値－基準値）÷（目標値－基準値）×100　※△はマイナス",
        size=8,
    )
    h = 5
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "目標値\n（R6）"),
            (9, "進捗率"),
        ],
        [(5, 7, "実績値", ["R2", "R3", "R4"])],
    )
    r = h + 2
    for band, rows in MINOBU:
        _span(ws, r, 1, 9, band, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
        for no, name, unit, base, actuals, target, rate in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, *actuals, target)):
                fmt = "#,##0.0" if isinstance(v, float) else None
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
            _put(ws, r, 9, rate, align="right")
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R3の空き家バンク成約件数は、集計方法の変更により「―」としています。",
            "※宿泊者数・観光入込客数は、新型コロナウイルス感染症の影響から回復途上にあります。",
            "※令和4年度の総合戦略関連事業費は87,316千円（うちデジタル田園都市国家構想交付金21,500千円）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "minobu_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小田原市 (神奈川県): 第5次小田原市総合計画「おだわらTRYプラン」前期基本計画 振り返り
# --------------------------------------------------------------------------------------------

# Real: 小田原市, the 第5次小田原市総合計画「おだわらTRYプラン」 and its 前期基本計画 (H23–H28) 振り返り,
# まちづくりの目標 1 いのちを大切にする小田原, 政策分野 1 福祉・医療, 施策 1 地域福祉の推進, its 目指す姿,
# 詳細施策 101 地域における包括的な支援体制の充実 and 福祉政策課, 地域見守り活動 (事業者との協定), the 災害時
# 要援護者管理システム (H24) and 名簿の年2回配布, ケアタウン, 26地区. Made up: the table, 詳細施策 102 and its
# 課, every indicator name as worded here, every figure and note.
ODAWARA = [
    (
        "101",
        "地域における包括的な支援体制の充実",
        "福祉政策課",
        [
            (
                "地域見守り活動の協定締結事業者数",
                "事業者",
                "12",
                ("15", "19", "24", "27", "31"),
                "30",
            ),
            ("ケアタウン推進に取り組む地区数", "地区", "3", ("4", "6", "9", "12", "14"), "26"),
            ("避難行動要支援者名簿の配布回数", "回", "―", ("―", "2", "2", "2", "2"), "現状維持"),
        ],
    ),
    (
        "102",
        "生活困窮者の自立支援",
        "生活支援課",
        [("就労支援による就労者数", "人", "45", ("52", "61", "58", "66", "集計中"), "70")],
    ),
]


def odawara_html() -> str:
    rows = []
    for code, name, dept, inds in ODAWARA:
        for i, (ind, unit, base, actuals, target) in enumerate(inds):
            head = ""
            if i == 0:
                span = len(inds)
                head = f'<td rowspan="{span}">{code}<br>{name}</td><td rowspan="{span}">{dept}</td>'
            cells = "".join(f'<td class="num">{v}</td>' for v in (base, *actuals, target))
            rows.append(f"<tr>{head}<td>{ind}</td><td>{unit}</td>{cells}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>おだわらTRYプラン 前期基本計画 振り返り（地域福祉の推進）｜小田原市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>参考資料1</p>
<h1>第5次小田原市総合計画「おだわらTRYプラン」前期基本計画 振り返り</h1>
<p>平成28年6月　小田原市企画部企画政策課</p>
<table>
<tr><th>まちづくりの目標</th><td>1 いのちを大切にする小田原</td></tr>
<tr><th>政策分野</th><td>1 福祉・医療</td></tr>
<tr><th>施策</th><td>1 地域福祉の推進</td></tr>
<tr><th>目指す姿</th><td>地域での助けあいやセーフティネットに支えられ、誰もがいきいきと安心して暮らしています。</td></tr>
</table>
<h2>成果指標の推移</h2>
<table>
<tr><th rowspan="2">詳細施策</th><th rowspan="2">所管課</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（H22）</th><th colspan="5">実績</th><th rowspan="2">前期目標値<br>（H28）</th></tr>
<tr><th>平成23年度</th><th>平成24年度</th><th>平成25年度</th><th>平成26年度</th><th>平成27年度</th></tr>
{body}
</table>
<p>※避難行動要支援者名簿は、平成24年度に構築した災害時要援護者管理システムにより年2回配布しています（策定時・平成23年度は名簿なし）。</p>
<p>※平成27年度の就労者数は集計中です。</p>
<p>※施策「地域福祉の推進」の前期（平成23～27年度）事業費の累計は約12億4千万円です。</p>
</body>
</html>
"""


def odawara() -> Path:
    path = HERE / "odawara_furikaeri_zenki.html"
    path.write_bytes(odawara_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (okaya, moka, minobu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {odawara().name}")


if __name__ == "__main__":
    main()
