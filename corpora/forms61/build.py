"""Build the built documents of forms61/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yaizu_shisaku_hyoka_h28.xlsx``, a 施策評価シート in the manner of 焼津市 (静岡県): fields (政策,
  施策名, 主管課, 施策コスト（千円）), then `基本事業 | 成果指標 | 単位 | H26実績 | H27実績 | H28実績 | H28目標 |
  近隣他市と比べて | 以前と比べて` with 基本事業 cells merged down and two 成果水準 comparison-word columns;
  and the PDF;
* ``source/shobara_ichiban_shinchoku_r1.xlsx``, a 庄原いちばんづくり 成果指標の進捗状況 in the manner of 庄原市
  (広島県): a bare `施策1`/`施策2` code column resolved by a legend under the table, an era-crossing
  `H31/R元` header, `百万円`, a 進捗 word column; and the PDF;
* ``source/amakusa_senryaku_kensho_h28.xlsx``, a 総合戦略 効果検証シート in the manner of 天草市 (熊本県):
  `指標名 | 現状値（H26） | H28実績 | 改善・悪化 | 達成度 | 目標値（H31）` with the unit in the name
  (`（千円）`), `延べ` in cells, mark and grade columns with a legend line, and a `≪成果と見直し≫` prose row
  under each indicator; and the PDF;
* ``kitanakagusuku_kpi_shinchoku_h29.html``, a KPI 進捗 page in the manner of 北中城村 (沖縄県): a revised
  target with the old value struck through (`<del>200,000</del> 230,000`), a `（見込）` actual, `千円`
  in the 単位 column and a `―`.

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
    wb.properties.creator = "forms61/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms61/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms61_soffice_") as tmp:
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
# 焼津市 (静岡県): 施策評価シート — 基本事業 merged down, H26..H28実績 | H28目標, 成果水準 comparison words
# --------------------------------------------------------------------------------------------

# Real (焼津市行政評価システム 第3章): 施策評価シート, 施策 - 基本事業 - 事務事業, 成果水準を近隣他市や以前と
# 比べる. Made up: 政策, 施策名, 主管課, cost, every 基本事業, indicator, figure and word.
YAIZU = [
    # (基本事業, [(成果指標, 単位, H26実績, H27実績, H28実績, H28目標, 近隣他市と比べて, 以前と比べて)])
    (
        "観光資源の活用",
        [
            ("観光交流客数", "千人", 5120, 5386, 5512, 5400, "やや高い", "上昇"),
            ("観光施設の入館者数", "人", 182400, 176950, 188310, 190000, "同程度", "横ばい"),
        ],
    ),
    (
        "観光情報の発信",
        [
            ("観光ホームページのアクセス数", "万件", 84.2, 91.5, 103.6, 95.0, "高い", "上昇"),
            ("観光案内所の利用者数", "人", 21430, 22870, 20950, 23000, "低い", "低下"),
        ],
    ),
    (
        "受入環境の整備",
        [
            ("外国人宿泊者数", "人", 6820, 9140, "―", 10000, "―", "―"),
        ],
    ),
]


def yaizu() -> Path:
    widths = [13, 26, 7, 10, 10, 10, 10, 10, 10]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "平成29年度　施策評価シート（平成28年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "焼津市", align="right")
    fields = [
        ("政策", "3　にぎわいと活力のあるまち"),
        ("施策名", "観光交流の促進"),
        ("主管課", "観光振興課"),
    ]
    r = 3
    for key, val in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 9, val)
        r += 1
    _span(ws, r, 1, 2, "施策コスト（千円）", header=True)
    _span(ws, r, 3, 5, "平成28年度（事業費＋人件費）", header=True)
    _span(ws, r, 6, 9, 286430)
    _text(ws, r + 2, 1, "■施策の成果指標", bold=True, size=11)
    h = r + 3
    head = [
        "基本事業",
        "成果指標",
        "単位",
        "H26実績",
        "H27実績",
        "H28実績",
        "H28目標",
        "近隣他市と比べて",
        "以前と比べて",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for basic, rows in YAIZU:
        first = r
        for name, unit, *vals, near, before in rows:
            _put(ws, r, 1, basic if r == first else None, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v, align="right" if isinstance(v, str) else None)
            _put(ws, r, 8, near, align="center")
            _put(ws, r, 9, before, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※近隣他市と比べて：静岡県中部の近隣5市の平均値と比べた成果水準です（高い・やや高い・同程度・やや低い・低い）。",
        "※以前と比べて：平成26年度実績と比べた成果水準の動きです。",
        "※外国人宿泊者数の平成28年度実績は、県の調査結果が未公表のため「―」としています。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "yaizu_shisaku_hyoka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 庄原市 (広島県): 庄原いちばんづくり 成果指標の進捗 — 施策 code column with a legend, H31/R元, 百万円
# --------------------------------------------------------------------------------------------

# Real (庄原市 「庄原いちばんづくり」 page): 第1期 平成29年度～令和2年度, 政策1:地域産業のいちばん, its 施策1 and
# 施策2 names, 比婆牛. Made up: the sheet, its date and 課, every indicator, figure, 進捗 word, note and money.
SHOBARA = [
    # (施策, 成果指標, 単位, 策定時 H27, H29, H30, H31/R元, 目標値 R2, 進捗)
    ("施策1", "新規就農者数", "人", 12, 14, 11, 15, 20, "遅れ"),
    ("施策1", "創業支援による創業件数", "件", 8, 10, 12, 9, 12, "順調"),
    ("施策1", "企業立地による新規雇用者数", "人", 35, 12, 18, 9, 40, "遅れ"),
    ("施策2", "比婆牛の年間出荷頭数", "頭", 78, 95, 112, 130, 150, "順調"),
    ("施策2", "農産物直売所の販売額", "百万円", 1042, 1068, 1091, 1110, 1150, "順調"),
    ("施策2", "庄原ブランド認定品数", "品", 24, 28, 31, 33, 40, "遅れ"),
]


def shobara() -> Path:
    widths = [8, 30, 8, 11, 9, 9, 10, 11, 8]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "庄原いちばんづくり（第1期）　成果指標の進捗状況", bold=True, size=13)
    _text(ws, 2, 1, "計画期間：平成29年度～令和2年度", size=9)
    _text(ws, 2, 9, "令和2年8月　庄原市企画課", align="right", size=9)
    _text(ws, 4, 1, "政策1　地域産業のいちばん", bold=True, size=11)
    h = 5
    top = [
        "施策",
        "成果指標",
        "単位",
        "策定時（H27）",
        "実績値",
        None,
        None,
        "目標値（R2）",
        "進捗",
    ]
    low = [None, None, None, None, "H29", "H30", "H31/R元", None, None]
    for c, word in enumerate(top, start=1):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, low[c - 1], header=True)
    for c in (1, 2, 3, 4, 8, 9):
        _merge(ws, h, c, h + 1, c)
    _merge(ws, h, 5, h, 7)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for code, name, unit, *vals, state in SHOBARA:
        _put(ws, r, 1, code, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v)
        _put(ws, r, 9, state, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "施策1：新たな可能性で切り開く“稼ぐ”地域産業の構築",
        "施策2：“食の宝庫 庄原”の強みを活かしたブランディング",
        "※進捗：令和元年度の実績値が、策定時から目標値に向けて順調に推移しているかを示します（順調・遅れ）。",
        "※H31/R元は平成31年度（令和元年度）です。",
        "※政策1に係る第1期の事業費（令和元年度まで）：14億2,600万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=9 if i < 2 else 8)
    _page(ws, "portrait")
    path = SOURCE / "shobara_ichiban_shinchoku_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 天草市 (熊本県): 総合戦略 効果検証シート — unit in the name, 延べ, 改善・悪化 and 達成度 with a legend,
# ≪成果と見直し≫ prose rows
# --------------------------------------------------------------------------------------------

# Real (天草市まち・ひと・しごと創生総合戦略, 平成27年12月): the strategy and 基本目標1's wording; the sheet's
# layout follows a 総合戦略 効果検証 資料 of another 市 (改善・悪化 / 達成度 legend, ≪成果と見直し≫).
# Made up: the sheet, 施策①, every indicator, figure, mark, grade and prose.
AMAKUSA = [
    # (指標名, 現状値 H26, H28実績, 改善・悪化, 達成度, 目標値 H31, 成果と見直し)
    (
        "有害鳥獣による農作物被害額（千円）",
        48620,
        41350,
        "○",
        "A",
        40000,
        "侵入防止柵を延長12km設置し、被害額は減少した。今後も捕獲と防護の両面から対策を続ける。",
    ),
    (
        "新規就農者数（人）",
        "延べ 21",
        "延べ 38",
        "○",
        "A",
        "延べ 60",
        "就農相談会を年3回開催した。研修受入農家の確保が課題であり、受入農家への支援を拡充する。",
    ),
    (
        "車えびの出荷量（t）",
        512,
        498,
        "×",
        "B",
        550,
        "夏場の高水温により出荷量が減少した。種苗放流の時期を見直す。",
    ),
    (
        "天草大王の出荷羽数（羽）",
        28400,
        31200,
        "○",
        "A",
        40000,
        "新規生産者2戸が加わった。首都圏での販路開拓を進める。",
    ),
    (
        "認定農業者数（経営体）",
        612,
        612,
        "△",
        "B",
        650,
        "新規認定と高齢による離脱が同数であった。法人化の支援を強化する。",
    ),
]


def amakusa() -> Path:
    widths = [34, 12, 11, 10, 9, 12]
    wb, ws = _sheet("効果検証", widths)
    _text(
        ws,
        1,
        1,
        "天草市まち・ひと・しごと創生総合戦略　平成28年度効果検証シート",
        bold=True,
        size=12,
    )
    _text(ws, 2, 6, "平成29年9月　天草市", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "改善・悪化：改善○，維持△，悪化×　　達成度：順調A，要改善B，未実施－",
        size=8,
    )
    _text(ws, 5, 1, "基本目標1　天草を支える産業の発展と安定した雇用を創出する", bold=True, size=11)
    _text(ws, 6, 1, "■施策①　農林水産業の振興", bold=True, size=10)
    h = 7
    head = ["指標名", "現状値（H26）", "H28実績", "改善・悪化", "達成度", "目標値（H31）"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for name, base, actual, mark, grade, target, prose in AMAKUSA:
        _put(ws, r, 1, name)
        for c, v in ((2, base), (3, actual), (6, target)):
            _put(ws, r, c, v, align="right" if isinstance(v, str) else None)
        _put(ws, r, 4, mark, align="center")
        _put(ws, r, 5, grade, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
        _span(ws, r, 1, 6, f"≪成果と見直し≫　{prose}", size=8)
        ws.row_dimensions[r].height = 18
        r += 1
    notes = [
        "※目標値（H31）内の「延べ」は、計画期間（平成27年度～平成31年度）の合計値です。",
        "※施策①に係る平成28年度の交付金充当事業費：1億2,480万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "amakusa_senryaku_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北中城村 (沖縄県): 総合戦略 KPI 進捗 — a struck-through old target beside the revised one, （見込）, 千円, ―
# --------------------------------------------------------------------------------------------

# Real (北中城村まち・ひと・しごと創生総合戦略, 平成28年3月): the strategy, 第4節 地域資源を活用した活気ある
# “しごとづくり”, its PDCA 進捗管理. Made up: the page, its date and 課, every KPI, figure, revision and note.
KITANAKAGUSUKU = [
    # (番号, KPI, 単位, 基準値 H26, H27実績, H28実績, H29実績, 目標値 H31 (html))
    (
        "1",
        "村内観光施設の入込客数",
        "人",
        "182,000",
        "190,450",
        "201,300",
        "218,400（見込）",
        "<del>200,000</del> 230,000",
    ),
    ("2", "村内での新規創業件数", "件", "3", "4", "2", "5", "5"),
    ("3", "地域資源を活用した特産品の開発件数", "件", "0", "1", "2", "―", "6"),
    (
        "4",
        "ふるさと納税寄附額",
        "千円",
        "1,250",
        "3,840",
        "6,120",
        "9,870",
        "<del>5,000</del> 12,000",
    ),
    ("5", "観光ボランティアガイドの登録者数", "人", "8", "10", "12", "12", "20"),
]


def kitanakagusuku_html() -> str:
    body = "\n".join(
        f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>'
        + "".join(f'<td class="r">{v}</td>' for v in vals)
        + "</tr>"
        for no, name, unit, *vals in KITANAKAGUSUKU
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>北中城村まち・ひと・しごと創生総合戦略　KPIの進捗状況（平成29年度）｜北中城村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>北中城村まち・ひと・しごと創生総合戦略　KPIの進捗状況（平成29年度）</h1>
<p>平成30年9月　北中城村企画振興課</p>
<h2>第4節　地域資源を活用した活気ある“しごとづくり”</h2>
<table>
<thead>
<tr><th>番号</th><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値（H26）</th><th>H27実績</th><th>H28実績</th><th>H29実績</th><th>目標値（H31）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※目標値の取消線は、平成29年度の見直しで上方修正する前の目標値です。</p>
<p class="note">※H29実績の（見込）は、平成30年3月末までの集計による見込値です。「―」は未集計です。</p>
<p class="note">※第4節に係る平成29年度の地方創生推進交付金事業費：12,340千円</p>
</body>
</html>
"""


def kitanakagusuku() -> Path:
    path = HERE / "kitanakagusuku_kpi_shinchoku_h29.html"
    path.write_bytes(kitanakagusuku_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yaizu, shobara, amakusa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kitanakagusuku().name}")


if __name__ == "__main__":
    main()
