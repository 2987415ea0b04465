"""Build the built documents of forms62/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/oyama_gyokaku_shinchoku_h27.xlsx``, two 行政改革大綱実施計画 進捗状況調書 blocks in the manner of
  小山市 (栃木県): fields (取組番号, 取組項目, 担当課), era-less `27年度`…`31年度` columns, `活動計画`/`実施状況`
  rows of ● marks, per indicator a `目標値`/`実績値` row pair under a name merged down with the unit in
  brackets, and `累計・最終目標（H31）` | `累計実績` | `達成率` columns; and the PDF;
* ``source/kaga_senryaku_kpi_h28.xlsx``, a 総合戦略 KPI 進捗 in the manner of 加賀市 (石川県): headers
  `平成27年度 | 28年度` where the era is printed on the first year only, `万人`, a `―`, `累計50`, a
  備考 column; and the PDF;
* ``source/iide_senryaku_kensho_h29.xlsx``, a 総合戦略 KPI 検証シート in the manner of 飯豊町 (山形県): the
  strategy's 種 merged down as a group column, `H29目標 | H29実績 | 評価` with ◎○△× marks and their
  legend, `千円`, a `最終目標（H31）` column; and the PDF;
* ``mitsuke_senryaku_kpi_h29.html``, a KPI page in the manner of 見附市 (新潟県): indicators with a
  rowspan name split into 男性/女性 rows by a `区分` column, the other names spanning 指標 and 区分.

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
    wb.properties.creator = "forms62/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms62/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
    with tempfile.TemporaryDirectory(prefix="forms62_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 小山市 (栃木県): 行政改革大綱実施計画 進捗状況調書 — ● rows, 目標値/実績値 row pairs, era-less years
# --------------------------------------------------------------------------------------------

# Real (第6次小山市行政改革大綱実施計画 進捗状況調書 No.69): the form, 取組番号 2-4-2-004, 公共下水道普及率の向上,
# 下水道課, the indicator name and its figures (61.2 … 64.3, 62.9, 97.8%). Made up: everything else.
PCT = '0.0"%"'
OYAMA = [
    # (No., 取組番号, 取組項目, 担当課, 事業費（千円）, [(指標名, [目標 27..31], 実績 27, 最終目標, 累計実績, 達成率)])
    (
        "69",
        "2-4-2-004",
        "公共下水道普及率の向上",
        "下水道課",
        1254300,
        [
            (
                "行政人口に占める下水道公示済区域内人口の割合（％）",
                [61.2, 62.0, 62.8, 63.5, 64.3],
                62.9,
                64.3,
                62.9,
                97.8,
            ),
            ("水洗化率（％）", [85.0, 85.5, 86.0, 86.5, 87.0], 84.6, 87.0, 84.6, 97.2),
        ],
    ),
    (
        "70",
        "2-4-3-001",
        "市税等の収納率の向上",
        "収税課",
        38620,
        [
            (
                "市税収納率（現年課税分）（％）",
                [98.6, 98.7, 98.8, 98.9, 99.0],
                98.8,
                99.0,
                98.8,
                99.8,
            ),
            ("口座振替加入率（％）", [42.0, 43.0, 44.0, 45.0, 46.0], 41.5, 46.0, 41.5, 90.2),
        ],
    ),
]


def oyama() -> Path:
    widths = [7, 24, 8, 8, 8, 8, 8, 8, 11, 9, 8]
    wb, ws = _sheet("進捗状況調書", widths)
    _text(
        ws, 1, 1, "第6次小山市行政改革大綱実施計画　進捗状況調書（平成27年度）", bold=True, size=13
    )
    _text(ws, 2, 11, "小山市", align="right")
    r = 3
    for no, code, item, dept, cost, rows in OYAMA:
        r += 1
        _put(ws, r, 1, "No.", header=True)
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, "取組番号", header=True)
        _span(ws, r, 4, 5, code, align="center")
        _put(ws, r, 6, "担当課", header=True)
        _span(ws, r, 7, 8, dept, align="center")
        _put(ws, r, 9, "事業費（千円）", header=True, size=8)
        _span(ws, r, 10, 11, cost)
        r += 1
        _put(ws, r, 1, "取組項目", header=True, size=8)
        _span(ws, r, 2, 11, item)
        r += 1
        head = ["区分", "指標名", "", "27年度", "28年度", "29年度", "30年度", "31年度"]
        for c, word in enumerate(head, start=1):
            _put(ws, r, c, word, header=True, size=8)
        _merge(ws, r, 2, r, 3)
        _put(ws, r, 9, "累計・最終目標（H31）", header=True, size=8)
        _put(ws, r, 10, "累計実績", header=True, size=8)
        _put(ws, r, 11, "達成率", header=True, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
        for label, marks in (("活動計画", "●●●●●"), ("実施状況", "●    ")):
            _span(ws, r, 1, 3, label, align="center")
            for j, m in enumerate(marks):
                _put(ws, r, 4 + j, m.strip() or None, align="center")
            for c in (9, 10, 11):
                _put(ws, r, c, None)
            r += 1
        for name, targets, actual, final, cum, rate in rows:
            _put(ws, r, 1, "指標", align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, "目標値", align="center", size=8)
            for j, v in enumerate(targets):
                _put(ws, r, 4 + j, v, fmt=PCT)
            _put(ws, r, 9, final, fmt=PCT)
            _put(ws, r, 10, cum, fmt=PCT)
            _put(ws, r, 11, rate, fmt=PCT)
            _put(ws, r + 1, 1, None)
            _put(ws, r + 1, 2, None)
            _put(ws, r + 1, 3, "実績値", align="center", size=8)
            _put(ws, r + 1, 4, actual, fmt=PCT)
            for c in range(5, 12):
                _put(ws, r + 1, c, None)
            _merge(ws, r, 1, r + 1, 1)
            _merge(ws, r, 2, r + 1, 2)
            _merge(ws, r, 9, r + 1, 9)
            _merge(ws, r, 10, r + 1, 10)
            _merge(ws, r, 11, r + 1, 11)
            ws.row_dimensions[r].height = 20
            ws.row_dimensions[r + 1].height = 20
            r += 2
    notes = [
        "※年度は平成の年度です。●は年次計画（活動計画）と、その年度の実施状況を示します。",
        "※累計・最終目標は平成31年度の目標、累計実績は直近の実績、達成率は累計実績÷累計・最終目標です。",
        "※事業費は平成27年度決算額です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "oyama_gyokaku_shinchoku_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 加賀市 (石川県): 総合戦略 KPI 進捗 — era on the first year header only, 万人, ―, 累計50
# --------------------------------------------------------------------------------------------

# Real (概要版, 平成27年10月): 加賀市まち・ひと・しごと総合戦略, 平成27(2015)年度～平成31(2019)年度, 加賀温泉郷's
# 山代・山中・片山津. Made up: the sheet, its date, 基本目標2's wording, every KPI, figure, note and money.
KAGA = [
    # (No., KPI, 単位, 基準値 H26, 平成27年度, 28年度, 目標値 H31, 備考)
    ("1", "観光入込客数", "万人", 213.5, 220.4, 226.1, 250.0, "暦年（1～12月）"),
    ("2", "温泉地（山代・山中・片山津）の宿泊者数", "万人", 168.2, 171.0, 169.4, 185.0, ""),
    ("3", "外国人宿泊者数", "人", 52310, 61420, "―", 80000, "H28は県調査未公表"),
    ("4", "移住相談件数", "件", 48, 63, 71, 100, ""),
    ("5", "空き家バンク成約件数", "件", 5, 9, 12, "累計50", "H27からの累計"),
]


def kaga() -> Path:
    widths = [5, 34, 7, 11, 11, 10, 11, 17]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "加賀市まち・ひと・しごと総合戦略　重要業績評価指標（KPI）の進捗状況",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "計画期間：平成27年度～平成31年度　　平成29年8月　政策戦略部", size=9)
    _text(ws, 4, 1, "基本目標２　加賀市への新しいひとの流れをつくる", bold=True, size=11)
    h = 5
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（H26）",
        "平成27年度",
        "28年度",
        "目標値（H31）",
        "備考",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, name, unit, *vals, note in KAGA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, fmt=fmt, align="right" if isinstance(v, str) else None)
        _put(ws, r, 8, note or None, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※観光入込客数は石川県観光統計（暦年）によります。",
        "※基本目標２に係る平成28年度地方創生推進交付金事業費：24,600千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "kaga_senryaku_kpi_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飯豊町 (山形県): 総合戦略 KPI 検証シート — 種 merged down, H29目標 | H29実績 | 評価 (◎○△×), 千円
# --------------------------------------------------------------------------------------------

# Real (飯豊町まち・ひと・しごと創生総合戦略（案）, 平成27年10月): 「種をまこう」 and the five 種, among them
# 郷土をたがやす種 and 可能性をひらく種. The ◎○△× legend after いの町's 効果検証 page. Made up: the sheet, its
# date, every KPI, figure, mark, field and money.
IIDE = [
    # (種, [(KPI, 単位, 基準値 H26, H29目標, H29実績, 評価, 最終目標 H31)])
    (
        "郷土をたがやす種",
        [
            ("新規就農者数", "人", 2, 3, 4, "◎", 3),
            ("農家民宿の宿泊者数", "人", 1120, 1400, 1385, "○", 1600),
            ("町産米の直売額", "千円", 18400, 21000, 19250, "△", 25000),
        ],
    ),
    (
        "可能性をひらく種",
        [
            ("企業誘致による新規雇用者数", "人", 0, 20, 34, "◎", 50),
            ("町内での創業件数", "件", 1, 2, 0, "×", 3),
        ],
    ),
]


def iide() -> Path:
    widths = [14, 28, 7, 11, 10, 10, 7, 12]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "飯豊町まち・ひと・しごと創生総合戦略　KPI検証シート（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "飯豊町　総務企画課", align="right")
    _span(ws, 3, 1, 2, "平成29年度 総合戦略関連事業費（千円）", header=True, size=8)
    _span(ws, 3, 3, 4, 186540)
    _text(ws, 4, 1, "評価：◎目標値以上　○目標値と同等　△目標値未満　×進捗なし又は事業終了", size=8)
    h = 5
    head = ["種", "KPI", "単位", "基準値（H26）", "H29目標", "H29実績", "評価", "最終目標（H31）"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for seed, rows in IIDE:
        first = r
        for name, unit, *vals, mark, final in rows:
            _put(ws, r, 1, seed if r == first else None, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v)
            _put(ws, r, 7, mark, align="center")
            _put(ws, r, 8, final)
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※「○目標値と同等」は、目標値の95％以上100％未満です。",
        "※町内での創業件数は、平成29年度は創業支援の申請がなく「×」としました。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "iide_senryaku_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 見附市 (新潟県): KPI page — rowspan names split into 男性/女性 by a 区分 column
# --------------------------------------------------------------------------------------------

# Real (見附市 平成30年度 施政方針): スマートウエルネスみつけ, 地域コミュニティ, コミュニティバス and the
# たまり場. Made up: the page, its date, 基本目標2's wording, every KPI, figure, note and money.
MITSUKE = [
    # (指標, 区分 or None, 単位, 基準値 H26, H27, H28, H29, 目標値 H31)
    ("特定健診受診率", "男性", "％", "38.2", "39.0", "40.1", "41.5", "50.0"),
    ("特定健診受診率", "女性", "％", "45.6", "46.3", "47.8", "48.2", "55.0"),
    ("健康運動教室の参加者数", None, "人", "1,020", "1,084", "1,131", "1,176", "1,300"),
    ("地域コミュニティ組織の設立数", None, "組織", "6", "8", "9", "11", "11"),
    ("コミュニティバスの年間利用者数", None, "千人", "86.4", "88.9", "―", "91.2", "95.0"),
]


def mitsuke_html() -> str:
    lines = []
    i = 0
    while i < len(MITSUKE):
        name, part, unit, *vals = MITSUKE[i]
        cells = "".join(f'<td class="r">{v}</td>' for v in vals)
        if part is None:
            lines.append(
                f'<tr><th colspan="2" class="n">{name}</th><td class="c">{unit}</td>{cells}</tr>'
            )
            i += 1
            continue
        group = [row for row in MITSUKE if row[0] == name]
        for k, (_, part, unit, *vals) in enumerate(group):
            cells = "".join(f'<td class="r">{v}</td>' for v in vals)
            head = f'<th rowspan="{len(group)}" class="n">{name}</th>' if k == 0 else ""
            lines.append(
                f'<tr>{head}<td class="c">{part}</td><td class="c">{unit}</td>{cells}</tr>'
            )
        i += len(group)
    body = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>見附市まち・ひと・しごと創生総合戦略　KPIの状況（平成29年度）｜見附市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
thead th {{ background: #e8e8e8; font-weight: normal; }}
th.n {{ text-align: left; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>見附市まち・ひと・しごと創生総合戦略　KPIの状況（平成29年度）</h1>
<p>平成30年8月　見附市企画調整課</p>
<h2>基本目標2　健康で幸せに暮らせるまち「スマートウエルネスみつけ」</h2>
<table>
<thead>
<tr><th>指標</th><th>区分</th><th>単位</th><th>基準値（H26）</th><th>H27</th><th>H28</th><th>H29</th><th>目標値（H31）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※特定健診受診率は国民健康保険の被保険者（40～74歳）の受診率です。</p>
<p class="note">※コミュニティバスのH28は運行事業者の変更により集計していません（―）。</p>
<p class="note">※基本目標2に係る平成29年度の事業費：健康運動教室 31,200千円、コミュニティバス運行 58,900千円</p>
</body>
</html>
"""


def mitsuke() -> Path:
    path = HERE / "mitsuke_senryaku_kpi_h29.html"
    path.write_bytes(mitsuke_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (oyama, kaga, iide):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {mitsuke().name}")


if __name__ == "__main__":
    main()
