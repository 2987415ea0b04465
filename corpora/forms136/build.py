"""Build the built documents of forms136/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nagaoka_jigo_hyoka_yamamoto_h21.xlsx``, a まちづくり交付金 事後評価結果 in the manner of 長岡市
  (新潟県): **評価値 (the actuals) with a 確定/見込み column of words (見込み値/確定値)**, a ○/△
  目標達成度 with a legend, a blank 単位 cell, a second grid of その他の数値指標 without targets, and a
  事業費 list; and the PDF;
* ``source/tokorozawa_jimu_jigyo_hyoka_h30.xlsx``, a 事務事業評価シート in the manner of 所沢市 (埼玉県):
  form fields with money and a **総合評価 rank S**, a two-row header of years over 予定/実績,
  活動指標/成果指標 merged down, 千円 in 単位, a ``―`` 予定; and the PDF;
* ``source/tateyama_seika_shihyo_r2.xlsx``, a 総合計画 成果指標 list in the manner of 立山町 (富山県):
  **No. beside a 前期No. cross-reference column (3, 新, ―)**, 担当課 per row, 千人 in 単位, a
  baseline, an R2 actual and an R3 target only; and the PDF;
* ``kofu_gyokaku_torikumi_2017.html``, a 行政改革大綱 取組項目 progress page in the manner of 甲府市
  (山梨県): **■定量/□定性 marks per row, the unit in brackets after the target's name
  (百万円 included)**, 2016年度 実績 | 2017年度 目標|実績 | 2018年度 目標, a 難易度 grade column.

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
    wb.properties.creator = "forms136/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms136/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms136_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 長岡市 (新潟県): まちづくり交付金事業【山本・栖吉地区】 事後評価結果
# --------------------------------------------------------------------------------------------

# Real: 長岡市, the まちづくり交付金事業【山本・栖吉地区】, its 目標 災害に強くうるおいのあるまちづくり, H21 as
# the last year, the three 数値目標 with their 従前値 (H16), 目標値 (H21), 評価値 (H21) and 見込み値, the blank
# unit of 指標2, and the road names. Made up: date, 課, 交付期間, money, the その他の数値指標 and the marks.
NAGAOKA = [
    ("指標1：公園来園者数", "人/年", 445100, 480000, 484800, "見込み値", "○"),
    ("指標2：危険箇所復旧率", "", 20, 80, 97, "見込み値", "○"),
    ("指標3：自主防災組織の会議", "回/年", 1, 3, 5, "見込み値", "○"),
]
NAGAOKA_OTHER = [
    ("その他1：自主防災組織の組織率", "％", 62.5, 88.0, "確定値"),
    ("その他2：調整池周辺の浸水被害戸数", "戸", 14, 0, "確定値"),
]


def nagaoka() -> Path:
    widths = [30, 7, 11, 11, 11, 11, 9]
    wb, ws = _sheet("事後評価", widths)
    _text(ws, 1, 1, "まちづくり交付金事業【山本・栖吉地区】　事後評価結果", bold=True, size=12)
    _text(ws, 2, 7, "平成22年3月　長岡市都市整備部都市計画課", align="right")
    r = 4
    for key, value in (
        ("目標", "災害に強くうるおいのあるまちづくり"),
        ("交付期間", "平成17年度～平成21年度（5年間）"),
        ("交付対象事業費", "1,284,500千円（うち交付金 513,800千円）"),
    ):
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "計画段階で設定した数値目標の達成状況", bold=True, size=10)
    h = r + 1
    for c, word in enumerate(
        [
            "指標",
            "単位",
            "従前値\n（H16）",
            "目標値\n（H21）",
            "評価値\n（H21）",
            "評価値の\n確定/見込み",
            "目標\n達成度",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *vals, kind, mark in NAGAOKA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit or None, align="center")
        _vals(ws, r, 3, vals)
        _put(ws, r, 6, kind, align="center")
        _put(ws, r, 7, mark, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※目標達成度　○：目標値を達成　△：目標値を達成できなかった",
            "※見込み値は平成22年2月末時点の見込みによる値です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "その他の数値指標", bold=True, size=10)
    h = r + 1
    for c, word in enumerate(
        ["指標", "単位", "従前値\n（H16）", "評価値\n（H21）", "評価値の\n確定/見込み"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *vals, kind in NAGAOKA_OTHER:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _vals(ws, r, 3, vals)
        _put(ws, r, 5, kind, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "事業内容", bold=True, size=10)
    r += 1
    for c, word in enumerate(["区分", "事業箇所", "", "", "事業費（千円）"], start=1):
        _put(ws, r, c, word, header=True)
    _merge(ws, r, 2, r, 4)
    r += 1
    for kind, place, money in (
        ("道路", "市道山本126号線", 186400),
        ("道路", "市道山本146号線", 142750),
        ("道路", "市道東幹線52号線", 98300),
        ("公園", "調整池・親水広場", 402600),
    ):
        _put(ws, r, 1, kind, align="center")
        _span(ws, r, 2, 4, place)
        _put(ws, r, 5, money)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "nagaoka_jigo_hyoka_yamamoto_h21.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 所沢市 (埼玉県): 平成30年度 事務事業評価シート
# --------------------------------------------------------------------------------------------

# Real: 所沢市, its 行政評価 (事務事業評価, 平成30年度 641事業), the 総合評価 ranks S 目的・目標を上回っている and
# A 目的・目標に達している, the 第5次所沢市総合計画 and its 第5章 産業・経済. Made up: the 事業, 課, every
# indicator, figure and amount.
TOKOROZAWA = [
    (
        "活動指標",
        [
            ("所沢ブランド認定品のPRイベント開催回数", "回", 6, 6, 8, 9, 8),
            ("ところざわ物産展の出展事業者数", "事業者", 25, 28, 30, 27, 30),
        ],
    ),
    (
        "成果指標",
        [
            ("所沢ブランド認定品数（累計）", "品", 40, 42, 46, 51, 55),
            ("認定品の年間販売額", "千円", 120000, 118450, 125000, 131260, 130000),
            ("所沢ブランドを知っている市民の割合", "％", "―", 32.4, 35.0, 38.1, 40.0),
        ],
    ),
]


def tokorozawa() -> Path:
    widths = [9, 34, 7, 9, 9, 9, 9, 9]
    wb, ws = _sheet("事務事業評価", widths)
    _text(ws, 1, 1, "平成30年度　事務事業評価シート（平成29年度実施事業）", bold=True, size=12)
    _text(ws, 2, 8, "所沢市", align="right")
    r = 4
    for key, value in (
        ("事務事業名", "所沢ブランド推進事業"),
        ("所管課", "商業観光課"),
        ("総合計画上の位置付け", "第5次所沢市総合計画　第5章　産業・経済"),
        ("トータルコスト", "H29決算　18,462千円（事業費 11,862千円、人件費 6,600千円）"),
        ("総合評価", "S（目的・目標を上回っている）"),
    ):
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, value)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "成果・活動指標", bold=True, size=10)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "区分"), (2, "指標名"), (3, "単位")],
        [(4, 5, "H28", ["予定", "実績"]), (6, 7, "H29", ["予定", "実績"]), (8, 8, "H30", ["予定"])],
    )
    r = h + 2
    for kind, rows in TOKOROZAWA:
        first = r
        for name, unit, *vals in rows:
            _put(ws, r, 1, kind if r == first else None, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※総合評価　S：目的・目標を上回っている　A：目的・目標に達している　B：目的・目標に達していない",
            "※平成30年度は641事業の評価を行いました。",
            "※H28の「所沢ブランドを知っている市民の割合」は、同年度に調査を開始したため予定値はありません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tokorozawa_jimu_jigyo_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 立山町 (富山県中新川郡): 第9次立山町総合計画 後期基本計画 成果指標の進捗状況
# --------------------------------------------------------------------------------------------

# Real: 立山町, the 第9次立山町総合計画, its 将来像 and the 企画政策課. Made up: the 前期/後期 periods, the date,
# every indicator, No., 前期No., figure, 担当課 and note.
TATEYAMA = [
    ("1", "3", "町の人口（10月1日現在）", "人", 26312, 25274, 25500, "企画政策課"),
    ("2", "新", "立山黒部アルペンルートの町内観光入込客数", "千人", 925, 312, 1000, "商工観光課"),
    ("3", "7", "新規就農者数（5年間累計）", "人", 12, 18, 20, "農林課"),
    ("4", "11", "特定健康診査の受診率", "％", 48.6, 42.3, 60.0, "健康福祉課"),
    ("5", "―", "ふるさと納税寄附件数", "件", 1024, 4876, 3000, "企画政策課"),
]


def tateyama() -> Path:
    widths = [5, 7, 34, 6, 11, 11, 11, 11]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "第9次立山町総合計画　後期基本計画　成果指標の進捗状況（令和2年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "将来像　豊かな自然　水と緑と　人が輝く躍動のまち　立山", size=9)
    _text(ws, 2, 8, "令和3年8月　立山町企画政策課", align="right")
    _text(ws, 4, 1, "１　成果指標一覧", bold=True, size=11)
    h = 5
    for c, word in enumerate(
        [
            "No.",
            "前期No.",
            "成果指標",
            "単位",
            "現状値\n（H28）",
            "実績値\n（R2）",
            "目標値\n（R3）",
            "担当課",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, old, name, unit, *vals, dept in TATEYAMA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, old, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals)
        _put(ws, r, 8, dept, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※前期No.は前期基本計画（H24～H28）での指標番号です。「新」は後期基本計画で新たに設けた指標です。",
            "※令和2年度の観光入込客数は、新型コロナウイルス感染症の影響により大きく減少しました。",
            "※令和2年度のふるさと納税寄附額は98,650千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tateyama_seika_shihyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 甲府市 (山梨県): 甲府市行政改革大綱（2016～2018） 取組項目の進捗状況
# --------------------------------------------------------------------------------------------

# Real: 甲府市, its 行政改革大綱（2016～2018） and 取組項目シート, 取組項目 №1 コンプライアンスの徹底 (体系番号
# 1-(1)、1-(4), 人事課, 目標区分 ■定量, 不祥事事例等情報提供回数（回）, 難易度 A, 四半期に二回), and the
# ふるさと応援寄附金. Made up: the page, every other 取組項目, every figure, the 2016–2018 values of №1.
KOFU = [
    (
        "1",
        "1-(1)、1-(4)",
        "コンプライアンスの徹底",
        "人事課",
        True,
        "不祥事事例等情報提供回数（回）",
        ("8", "8", "9", "8"),
        "A",
    ),
    (
        "2",
        "2-(1)",
        "市税等の収納率の向上",
        "収納課",
        True,
        "市税の現年度分収納率（％）",
        ("98.9", "99.0", "99.1", "99.2"),
        "B",
    ),
    (
        "3",
        "2-(3)",
        "ふるさと応援寄附金の推進",
        "政策課",
        True,
        "ふるさと応援寄附金の受入額（百万円）",
        ("512", "600", "548", "700"),
        "B",
    ),
    (
        "4",
        "1-(2)",
        "職員研修の充実",
        "人事課",
        False,
        "階層別研修体系の見直し",
        ("検討", "実施", "実施", "継続"),
        "B",
    ),
    (
        "5",
        "3-(2)",
        "電子申請の拡充",
        "情報政策課",
        True,
        "電子申請が可能な手続の数（件）",
        ("45", "60", "62", "80"),
        "C",
    ),
]


def kofu_html() -> str:
    rows = []
    for no, code, name, dept, quant, goal, vals, level in KOFU:
        mark = "■定量　□定性" if quant else "□定量　■定性"
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(
            f"<tr><td>{no}</td><td>{code}</td><td>{name}</td><td>{dept}</td><td>{mark}</td>"
            f"<td>{goal}</td>{cells}<td>{level}</td></tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>甲府市行政改革大綱（2016～2018）取組項目の進捗状況（2017年度実績）｜甲府市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.5em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>甲府市行政改革大綱（2016～2018）取組項目の進捗状況（2017年度実績）</h1>
<p>更新日：2018年7月20日　総務部総務総室行政経営課</p>
<p>甲府市行政改革大綱（2016～2018）に掲げる取組項目について、取組項目シートにより2017年度の進捗状況を取りまとめました。</p>
<h2>重点取組項目の進捗状況</h2>
<table border="1">
<tr><th rowspan="2">№</th><th rowspan="2">体系番号</th><th rowspan="2">取組項目の名称</th><th rowspan="2">担当課</th><th rowspan="2">目標区分</th><th rowspan="2">目標（単位）</th><th>2016年度</th><th colspan="2">2017年度</th><th>2018年度</th><th rowspan="2">取組の<br>難易度</th></tr>
<tr><th>実績</th><th>目標</th><th>実績</th><th>目標</th></tr>
{body}
</table>
<p>※取組の難易度は、A（高い）、B（普通）、C（低い）の3段階で、取組項目シートの作成時に担当課が設定したものです。</p>
<p>※№1の目標は、不祥事事例等の情報提供を四半期に二回行うことです。</p>
<p>※2017年度の行政改革による財政効果額は412,360千円です。</p>
</body>
</html>
"""


def kofu() -> Path:
    path = HERE / "kofu_gyokaku_torikumi_2017.html"
    path.write_bytes(kofu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nagaoka, tokorozawa, tateyama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kofu().name}")


if __name__ == "__main__":
    main()
