"""Build the built documents of forms120/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nagawa_sosei_jigyo_h28.xlsx``, a 地方創生関連事業一覧 in the manner of 長和町 (長野県): one row
  per 事業 with 担当係, 事業費 and 主な経費 in 千円, KPIs written with their targets in one cell
  (``H26：19件→H31：14件``, ``450件``, ``3,000人/年``); and the PDF;
* ``source/choshi_kpi_kensho_r5.xlsx``, a 総合戦略 KPI検証シート in the manner of 銚子市 (千葉県): a grid per
  基本目標 with a 単位 column holding scale words (``千t``, ``万人``), R5目標 / R5実績 / 達成率 / 達成状況 and a
  final R6 target; and the PDF;
* ``source/sakado_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 坂戸市 (埼玉県): form
  fields, then 対象指標 / 活動指標 / 成果指標 rows with 予定 / 実績 and a 単位コスト column; and the PDF;
* ``sakura_machizukuri_hokoku_r6.html``, a まちづくり報告書 in the manner of さくら市 (栃木県): 施策 and
  基本事業 cells spanning their 成果指標 rows, ``（隔年調査）`` in an actual cell, a ``―`` unit.

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms120/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms120/build.py"
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
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms120_soffice_") as tmp:
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
# 長和町 (長野県小県郡): 平成28年度における地方創生関連事業一覧（28.6.3現在）
# --------------------------------------------------------------------------------------------

# Real: the list's title and date, the 協議会 line, the column words, 事業 1, 2, 4, 5 with their 担当係,
# money of 1, 2 and 5 (99 / 418 / 9,474 千円 and their 主な経費), contents, 長和町 as 事業主体, the KPIs of
# rows 2, 3 and 4 with their figures, the prose of rows 2 and 4. Made up: row 3's money, content and prose,
# row 5's figures (95万人, 100万人) and the end of its prose, row 1's prose.
NAGAWA = [
    (
        1,
        "公共交通事業",
        "総務係",
        99,
        "委員報酬：99",
        "時代に対応した公共交通網の検討",
        "",
        "地域公共交通会議において、町営バス路線の見直しを検討する。",
    ),
    (
        2,
        "国際交流事業",
        "総務係",
        418,
        "実行委員会報酬：218、事務用備品：200",
        "イギリスブレックランド地方との国際交流事業の推進",
        "英国セットフォード町との交流人数（年間）\nH31：20人",
        "イギリスセットフォード町との姉妹都市提携に向けて、現在は双方の実行委員会の交流活動を活発に進めていく段階で、28年度は、「長和青少年黒耀石大使」の派遣と「Brecks-Nagawa国際交流実行委員会来町」事業を行う。",
    ),
    (
        3,
        "空き家活用移住促進事業",
        "まちづくり政策係",
        5380,
        "業務委託料：4,800、改修補助金：580",
        "空き家の把握と活用による移住・定住の促進",
        "地図情報システムを活用した空き家マッピング件数　450件\n空き家を利用した特産品等展示販売施設の利用者数　3,000人/年\n空き家コーディネーター組織設立数　1団体",
        "6月末までに区長を通じて空き家調査を行い、秋に所有者への意向調査（約120件）を実施する。",
    ),
    (
        4,
        "子どもたちの交通安全対策事業",
        "生活環境係",
        12000,
        "工事請負費：12,000",
        "通学路の歩道整備による交通安全対策",
        "交通事故発生件数（年間）\nH26：19件→H31：14件",
        "平成30年度までに、要望路線の工事完了を目指す。今年度事業は夏頃発注予定。和田地区（街道線）、長久保地区（町裏線）2箇所",
    ),
    (
        5,
        "アートをテーマとした構想事業",
        "まち・ひと・しごと創生係",
        9474,
        "構想事業委託料：9,474",
        "アートによるまちづくり事業の検討",
        "（数値目標）\n長和町の観光客数（年間）\nH26：95万人→H31：100万人",
        "平成28年6月に女子美術大学と連携に向けた協議を開始し、年度内に構想を取りまとめる。",
    ),
]


def nagawa() -> Path:
    widths = [5, 16, 12, 9, 17, 22, 10, 36, 36]
    wb, ws = _sheet("事業一覧", widths)
    _text(ws, 1, 1, "平成28年度における地方創生関連事業一覧（28.6.3現在）", bold=True, size=12)
    _text(ws, 2, 9, "【平成28年6月24日　第6回長和町地方創生推進協議会資料】", align="right")
    h = 4
    heads = [
        "番号",
        "事業名",
        "担当係",
        "事業費\n（千円）",
        "主な経費（千円）",
        "事業内容",
        "事業主体\n（関連団体）",
        "重要業績評価指標（KPI）",
        "現在の進捗状況と今後の見込",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, kakari, money, keihi, naiyo, kpi, prose in NAGAWA:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, kakari, align="center")
        _put(ws, r, 4, money)
        _put(ws, r, 5, keihi, size=8)
        _put(ws, r, 6, naiyo, size=8)
        _put(ws, r, 7, "長和町", align="center")
        _put(ws, r, 8, kpi, size=8)
        _put(ws, r, 9, prose, size=8)
        ws.row_dimensions[r].height = 58
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※事業費は平成28年度当初予算額です。",
            "※重要業績評価指標（KPI）の欄が空欄の事業は、指標を設定していない事業です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nagawa_sosei_jigyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 銚子市 (千葉県): 第2期銚子市しごと・ひと・まち創生総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name (しごと・ひと・まち, in that order), its 第2期 and 4 基本目標 (two shown, real
# wording), the 総合戦略検証委員会, the 洋上風力発電 project. Made up: the sheet, its date, every KPI,
# figure and word in it, the notes and money.
CHOSHI = [
    (
        "基本目標１　稼げる地域をつくり、安心して働けるようにする",
        [
            ("銚子漁港の水揚量", "千t", 273, 250, 238, "95.2%", "未達成", 280),
            ("市の支援による創業件数", "件", 8, "―", 12, "―", "―", 10),
            ("洋上風力発電関連の雇用者数", "人", "―", 10, 14, "140.0%", "達成", 30),
        ],
    ),
    (
        "基本目標２　新しいつながりを築き、ひとの流れをつくる",
        [
            ("観光入込客数", "万人", 295.3, 250.0, 262.1, "104.8%", "達成", 300.0),
            ("社会減（転出超過数）の抑制", "人", 548, 450, 472, "95.3%", "未達成", 400),
        ],
    ),
]


def choshi() -> Path:
    widths = [34, 7, 11, 9, 9, 9, 9, 11]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "第2期銚子市しごと・ひと・まち創生総合戦略　KPI検証シート（令和5年度実績）",
        bold=True,
        size=11,
    )
    _text(ws, 2, 8, "令和6年8月　銚子市総合戦略検証委員会資料", align="right")
    heads = [
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H30）",
        "R5目標",
        "R5実績",
        "達成率",
        "達成状況",
        "最終目標\n（R6）",
    ]
    r = 4
    for head, rows in CHOSHI:
        _text(ws, r, 1, head, bold=True, size=10)
        r += 1
        for c, word in enumerate(heads, start=1):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 28
        r += 1
        for name, unit, base, tgt, act, rate, word, final in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for c, v in ((3, base), (4, tgt), (5, act), (8, final)):
                if isinstance(v, str):
                    _put(ws, r, c, v, align="center")
                elif unit == "万人":
                    _put(ws, r, c, v, fmt="#,##0.0")
                else:
                    _put(ws, r, c, v)
            _put(ws, r, 6, rate, align="right")
            _put(ws, r, 7, word, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※達成率及び達成状況は、R5目標に対するものです。社会減の抑制は、実績がR5目標以下の場合に達成としています。",
            "※R5目標が「―」の指標は、年度別の目標を設定していない指標です。",
            "※基本目標１・２に係る令和5年度の関連事業費（決算）は、128,450千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "choshi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 坂戸市 (埼玉県): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 坂戸市's 事務事業評価 of the projects of its 実施計画 under the 第6次坂戸市総合振興計画, run by 政策企画課;
# the words 対象指標 / 活動指標 / 成果指標, 予定 / 実績 and 単位コスト follow a real 事務事業評価表 of
# another municipality. Made up: the 事業, its number, every field, indicator, figure and word.
SAKADO_FIELDS = [
    ("事務事業名", "移住・定住促進事業", "事業番号", "2-3-05"),
    ("担当課", "政策企画課", "施策", "2-3　魅力ある地域づくりの推進"),
    ("事業期間", "令和3年度～令和7年度", "事業費（千円）", "R5決算　3,860"),
]
SAKADO = [
    ("対象指標", "市外からの転入者数（人）", 3412, "", 3298, "", ""),
    ("活動指標", "移住相談会の開催回数（回）", 6, 8, 9, 428889, 8),
    ("活動指標", "空き家バンク登録件数（件）", 14, 20, 17, "―", 20),
    ("成果指標", "相談を経た移住者数（人）", 11, 15, 19, 203158, 20),
    ("成果指標", "移住者の1年後定着率（%）", 92.0, 90.0, 88.5, "―", 90.0),
]


def sakado() -> Path:
    widths = [10, 34, 10, 10, 10, 13, 10]
    wb, ws = _sheet("事務事業評価", widths)
    _text(ws, 1, 1, "事務事業評価シート（令和5年度実施事業）", bold=True, size=12)
    _text(ws, 2, 7, "第6次坂戸市総合振興計画　坂戸市", align="right")
    _text(ws, 4, 1, "1　事業の概要", bold=True, size=10)
    r = 5
    for k1, v1, k2, v2 in SAKADO_FIELDS:
        _put(ws, r, 1, k1, header=True)
        _put(ws, r, 2, v1)
        _span(ws, r, 3, 4, k2, header=True)
        _span(ws, r, 5, 7, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "2　指標の状況", bold=True, size=10)
    r += 1
    heads = [
        "種別",
        "指標名（単位）",
        "R4実績",
        "R5予定",
        "R5実績",
        "単位コスト\n（R5・円）",
        "R6予定",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for kind, name, *vals in SAKADO:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            c = 3 + j
            if isinstance(v, str):
                _put(ws, r, c, v, align="center")
            elif isinstance(v, float):
                _put(ws, r, c, v, fmt="0.0")
            else:
                _put(ws, r, c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※単位コストは、事業費（人件費を含む）を指標の実績で除したものです。",
            "※対象指標は事業の対象の大きさを表すもので、予定値は設定していません。",
        ],
    )
    r += 3
    _text(ws, r, 1, "3　評価", bold=True, size=10)
    r += 1
    for k, v in (
        ("総合評価", "B（概ね順調）"),
        ("今後の方向性", "継続（相談会の開催方法を見直し、定着支援を強化する）"),
    ):
        _put(ws, r, 1, k, header=True)
        _span(ws, r, 2, 7, v)
        ws.row_dimensions[r].height = 20
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "sakado_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# さくら市 (栃木県): まちづくり報告書（施策・基本事業評価）令和6年度実績
# --------------------------------------------------------------------------------------------

# Real: 第2次さくら市総合計画後期基本計画 (R3–R7), its 施策 and 基本事業 each with 成果指標, the
# 「施策・基本事業評価」 and its publication as 「まちづくり報告書」. Made up: the 施策 number and name, the
# 基本事業, every indicator, figure and word, the date, the 課 and the notes.
SAKURA = [
    (
        "施策12<br>子育て支援の充実",
        [
            (
                "子育てしやすいまちだと思う市民の割合",
                "%",
                "61.2",
                "64.0",
                "（隔年調査）",
                "66.3",
                "70.0",
                "向上",
            ),
            ("合計特殊出生率", "―", "1.38", "1.31", "1.27", "1.22", "1.45", "低下"),
        ],
    ),
    (
        "基本事業12-1<br>妊娠・出産期の支援",
        [("乳児家庭全戸訪問の実施率", "%", "97.5", "98.9", "100.0", "99.2", "100", "向上")],
    ),
    (
        "基本事業12-2<br>保育サービスの充実",
        [
            ("保育所等待機児童数（4月1日現在）", "人", "12", "3", "0", "0", "0", "向上"),
            (
                "放課後児童クラブの登録児童数",
                "人",
                "1,024",
                "1,118",
                "1,163",
                "1,207",
                "1,250",
                "向上",
            ),
        ],
    ),
]


def sakura_html() -> str:
    rows = []
    for head, items in SAKURA:
        for i, item in enumerate(items):
            cells = "".join(f"<td>{c}</td>" for c in item)
            lead = f'<th rowspan="{len(items)}">{head}</th>' if i == 0 else ""
            rows.append(f"<tr>{lead}{cells}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和7年度まちづくり報告書（施策12）｜さくら市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>令和7年度まちづくり報告書（第2次さくら市総合計画後期基本計画　施策・基本事業評価）</h1>
<p>令和7年8月　さくら市総合政策課</p>
<p>施策と基本事業のそれぞれに設定した成果指標の令和6年度までの状況をお知らせします。</p>
<h2>施策12　子育て支援の充実</h2>
<table border="1">
<thead>
<tr><th rowspan="2">区分</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">R2<br>（策定時）</th><th colspan="3">実績値</th><th rowspan="2">R7目標</th><th rowspan="2">策定時との比較</th></tr>
<tr><th>R4</th><th>R5</th><th>R6</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※「子育てしやすいまちだと思う市民の割合」は市民意識調査（隔年実施）によるため、令和5年度は調査を行っていません。</p>
<p>※策定時との比較は、R6の値をR2（策定時）の値と比べたものです。</p>
<p>※施策12の令和6年度事業費（決算）は1,286,400千円です。</p>
</body>
</html>
"""


def sakura() -> Path:
    path = HERE / "sakura_machizukuri_hokoku_r6.html"
    path.write_bytes(sakura_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nagawa, choshi, sakado):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sakura().name}")


if __name__ == "__main__":
    main()
