"""Build the built documents of forms59/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/gujo_shisaku_hyoka_h29.xlsx``, a 施策評価シート in the manner of 郡上市 (岐阜県): fields (施策名,
  担当課, 施策関連事業費（千円）), then `No. | 成果指標 | 単位 | 基準値(A)（H26） | 目標値(B)（H28） |
  実績値(C)（H28） | 差(C)-(B) | 達成率(C)/(B)` with letter-coded headers and `△` differences; and the PDF;
* ``source/unnan_seika_shihyo_h28.xlsx``, a 総合計画 成果指標の達成状況 in the manner of 雲南市 (島根県): rows
  `平成27年度` / `平成28年度` spanning the width over the same three indicators, bare `目標値 | 実績値`
  headers, a printed 達成状況; and the PDF;
* ``source/kunisaki_kouki_shihyo_h30.xlsx``, a 後期基本計画 目標指標 in the manner of 国東市 (大分県): 施策
  cells (code over name) merged down over their indicators, `百万円`/`千人`/`t` in the 単位 column,
  `目標値（H33）`; and the PDF;
* ``kamikatsu_kpi_kensho_h29.html``, a KPI 検証 page in the manner of 上勝町 (徳島県): one `<h4>` per KPI,
  its baseline in a line above a small year table (`年度 | 目標値 | 実績値 | 備考`), `2億6,820万円`, `約`,
  and a `―` actual.

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
    wb.properties.creator = "forms59/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms59/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms59_soffice_") as tmp:
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
# 郡上市 (岐阜県): 施策評価シート — 基準値(A) / 目標値(B) / 実績値(C), 差(C)-(B) with △, 達成率(C)/(B)
# --------------------------------------------------------------------------------------------

# Real (郡上市 平成29年度施政方針): 第2次郡上市総合計画 (平成28年度から), 「観光立市郡上」, 郡上おどり and
# 白鳥おどり. Made up: the sheet, 施策名, 担当課, 事業費, every indicator and figure, notes.
GUJO = [
    # (No., 成果指標, 単位, 基準値(A) H26, 目標値(B) H28, 実績値(C) H28, 差(C)-(B), 達成率)
    ("1", "観光入込客数", "千人", 5612, 5900, 6034, "134", "102.3%"),
    ("2", "外国人宿泊者数", "人", 8450, 12000, 15230, "3,230", "126.9%"),
    ("3", "郡上おどり・白鳥おどりの観覧者数", "千人", 298, 320, 305, "△15", "95.3%"),
    ("4", "観光消費額", "億円", 234.0, 250.0, 241.8, "△8.2", "96.7%"),
    ("5", "観光ボランティアガイドの登録者数", "人", 42, 50, 47, "△3", "94.0%"),
]


def gujo() -> Path:
    widths = [5, 32, 7, 13, 13, 13, 11, 12]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "平成29年度　施策評価シート（平成28年度実績）", bold=True, size=13)
    _text(ws, 2, 8, "郡上市", align="right", size=9)
    _put(ws, 3, 1, "施策名", header=True)
    _merge(ws, 3, 1, 3, 2)
    _span(ws, 3, 3, 8, "観光立市郡上の推進")
    _put(ws, 4, 1, "担当課", header=True)
    _merge(ws, 4, 1, 4, 2)
    _span(ws, 4, 3, 8, "観光課")
    _put(ws, 5, 1, "施策関連事業費（千円）", header=True)
    _merge(ws, 5, 1, 5, 2)
    _span(ws, 5, 3, 4, "平成28年度決算", header=True)
    _span(ws, 5, 5, 8, 412560)
    _text(ws, 7, 1, "■成果指標", bold=True, size=11)
    h = 8
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値(A)（H26）",
        "目標値(B)（H28）",
        "実績値(C)（H28）",
        "差(C)-(B)",
        "達成率(C)/(B)",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, name, unit, *vals, diff, rate in GUJO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v)
        _put(ws, r, 7, diff, align="right")
        _put(ws, r, 8, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※差(C)-(B)の「△」は、実績値が目標値を下回っていることを示します。",
        "※観光消費額は、岐阜県観光入込客統計調査の観光消費額単価から推計しています。",
        "※単位が千人・億円の指標は、表示単位未満を四捨五入しています。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "gujo_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 雲南市 (島根県): 総合計画 成果指標の達成状況 — year rows spanning the width over repeated indicators
# --------------------------------------------------------------------------------------------

# Real (市報うんなん 2014年3月号): 第2次雲南市総合計画 and its 策定 by 政策推進課. Made up: the sheet, 施策3-1,
# every indicator and figure, the 達成状況 words, notes.
UNNAN_ROWS = [
    # (成果指標, 単位, 計画策定時 H25, 目標値, 実績値, 達成状況)
    ("市内事業所の新規雇用者数", "人", 180, 200, 214, "達成"),
    ("農産物直売所の販売額", "万円", 43800, 46000, 45120, "未達成"),
    ("地域自主組織による新規事業数", "件", 12, 15, 17, "達成"),
]
UNNAN_ROWS_H28 = [
    ("市内事業所の新規雇用者数", "人", 180, 220, 208, "未達成"),
    ("農産物直売所の販売額", "万円", 43800, 48000, 48350, "達成"),
    ("地域自主組織による新規事業数", "件", 12, 18, 18, "達成"),
]


def unnan() -> Path:
    widths = [34, 8, 15, 12, 12, 11]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "第2次雲南市総合計画　成果指標の達成状況", bold=True, size=13)
    _text(ws, 2, 6, "平成29年8月　雲南市政策推進課", align="right", size=9)
    _text(ws, 4, 1, "施策3-1　地域産業の振興", bold=True, size=11)
    _text(ws, 5, 1, "【成果指標の推移】", bold=True, size=10)
    h = 6
    head = ["成果指標", "単位", "計画策定時（H25）", "目標値", "実績値", "達成状況"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for year, rows in (("平成27年度", UNNAN_ROWS), ("平成28年度", UNNAN_ROWS_H28)):
        cell = _span(ws, r, 1, 6, year, bold=True)
        cell.fill = LIGHT
        ws.row_dimensions[r].height = 18
        r += 1
        for name, unit, *vals, state in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r, 3 + j, v)
            _put(ws, r, 6, state, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
    notes = [
        "※目標値・実績値は各年度の値です。計画策定時の値は平成25年度の実績です。",
        "※農産物直売所の販売額は、市内主要直売所9か所の合計です。",
        "※地域産業振興関連事業費（平成28年度決算）：2億3,140万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "unnan_seika_shihyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 国東市 (大分県): 後期基本計画 目標指標 — merged 施策 cells with codes, 百万円/千人/t, H33 targets
# --------------------------------------------------------------------------------------------

# Real (第2次国東市総合計画後期基本計画): the plan, its period 2018～2021 【平成30年度】～【平成33年度】, 38施策,
# the keyword 新活力（新産業・賑わい・観光）. Made up: the grid, 施策 codes and names, every indicator and figure.
KUNISAKI = [
    # (施策 code, 施策名, [(目標指標, 単位, 現状値 H28, 目標値 H33, 備考)])
    (
        "3-1",
        "農林水産業の振興",
        [
            ("新規就農者数", "人", 6, 10, "年間の人数"),
            ("農業産出額", "百万円", 6820, 7200, "市町村別農業産出額（推計）"),
            ("漁業の水揚量", "t", 1245, 1300, "国東市内の漁港の合計"),
        ],
    ),
    (
        "3-2",
        "観光の振興",
        [
            ("観光入込客数", "千人", 1086, 1200, "大分県観光統計調査"),
            ("宿泊客数", "人", 62400, 70000, "大分県観光統計調査"),
        ],
    ),
]


def kunisaki() -> Path:
    widths = [16, 28, 8, 13, 13, 24]
    wb, ws = _sheet("目標指標", widths)
    _text(ws, 1, 1, "第2次国東市総合計画　後期基本計画（2018～2021）", bold=True, size=13)
    _text(ws, 2, 1, "【平成30年度】～【平成33年度】", size=9)
    _text(ws, 2, 6, "平成30年3月　国東市", align="right", size=9)
    _text(ws, 4, 1, "基本目標3　新活力（新産業・賑わい・観光）", bold=True, size=11)
    _text(ws, 5, 1, "■目標指標", bold=True, size=10)
    h = 6
    head = ["施策", "目標指標", "単位", "現状値（H28）", "目標値（H33）", "備考"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for code, title, rows in KUNISAKI:
        _put(ws, r, 1, f"{code}\n{title}", align="center")
        first = r
        for name, unit, base, target, note in rows:
            if r != first:
                _put(ws, r, 1, None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base)
            _put(ws, r, 5, target)
            _put(ws, r, 6, note, size=8)
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※目標値は計画期間の最終年度（平成33年度）の値です。",
        "※単位が千人・百万円の指標は、表示単位未満を四捨五入しています。",
        "※後期基本計画期間中の基本目標3に係る概算事業費：48億円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "kunisaki_kouki_shihyo_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上勝町 (徳島県): 地域創生総合戦略 KPI 検証 — one <h4> per KPI, the baseline in a line above a
# small year table, 億と万 in one value, 約, ― with a 備考
# --------------------------------------------------------------------------------------------

# Real (上勝町地域創生総合戦略, 平成27年9月): the strategy's name, 「町にしごとをつくる」, the heading
# 「(イ) 彩山（いろどりやま）を活用した産業振興」. Made up: the page, every KPI, figure and note.
KAMIKATSU = [
    # (label and name, baseline line, [(year, 目標値, 実績値, 備考)])
    (
        "KPI①　葉っぱビジネス（彩）の販売額",
        "基準値：2億6,000万円（H26年度）",
        [
            ("H27年度", "2億6,500万円", "2億6,820万円", ""),
            ("H28年度", "2億7,000万円", "2億6,310万円", "台風による出荷減"),
            ("H29年度", "2億7,500万円", "2億7,940万円", ""),
        ],
    ),
    (
        "KPI②　葉っぱビジネス（彩）の生産者数",
        "基準値：約200人（H26年度）",
        [
            ("H27年度", "200人", "198人", ""),
            ("H28年度", "200人", "201人", ""),
            ("H29年度", "200人", "196人", "現状維持を目標"),
        ],
    ),
    (
        "KPI③　上勝町への移住者数",
        "基準値：8人（H26年度）",
        [
            ("H27年度", "10人", "12人", ""),
            ("H28年度", "10人", "7人", ""),
            ("H29年度", "10人", "―", "H29年度分は集計中"),
        ],
    ),
    (
        "KPI④　ゼロ・ウェイスト関連の視察受入件数",
        "基準値：95件（H26年度）",
        [
            ("H27年度", "100件", "104件", ""),
            ("H28年度", "110件", "98件", ""),
            ("H29年度", "120件", "121件", ""),
        ],
    ),
]


def kamikatsu_html() -> str:
    blocks = []
    for name, base, rows in KAMIKATSU:
        body = "\n".join(
            f'<tr><th class="y">{year}</th><td class="r">{target}</td><td class="r">{actual}</td><td>{note}</td></tr>'
            for year, target, actual, note in rows
        )
        blocks.append(
            f"""<h4>{name}</h4>
<p class="base">{base}</p>
<table>
<thead>
<tr><th>年度</th><th>目標値</th><th>実績値</th><th>備考</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>"""
        )
    joined = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>上勝町地域創生総合戦略　平成29年度 KPI検証結果｜上勝町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.2em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
th.y {{ background: #f4f4f4; }}
td.r {{ text-align: right; }}
p.base {{ margin: 0.2em 0; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>上勝町地域創生総合戦略　平成29年度 KPI検証結果</h1>
<p>平成30年8月　上勝町企画環境課</p>
<h2>基本目標1　町にしごとをつくる</h2>
<h3>(イ)　彩山（いろどりやま）を活用した産業振興</h3>
{joined}
<p class="note">※「―」は、検証時点で実績値が確定していないものです。</p>
<p class="note">※彩山活用関連事業費（平成29年度決算）：3,860万円</p>
</body>
</html>
"""


def kamikatsu() -> Path:
    path = HERE / "kamikatsu_kpi_kensho_h29.html"
    path.write_bytes(kamikatsu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (gujo, unnan, kunisaki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kamikatsu().name}")


if __name__ == "__main__":
    main()
