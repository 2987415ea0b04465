"""Build the built documents of forms147/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shinshiro_kobetsu_mokuhyo_r1.xlsx``, 第1期総合戦略 個別目標の達成状況 in the manner of 新城市
  (愛知県): 基本目標 cells merged down, ``基準値（H26） | 実績値 (H27 … R元) | 目標値（R元） | 評価``,
  **an ``X`` (秘匿) actual**, ``△``/``±0`` numbers, 億円 and 千人 in 単位, an A/B/C 評価 column; and the PDF;
* ``source/ibaraki_shisaku_hyoka_1-1_h30.xlsx``, a 施策評価シート in the manner of 茨木市 (大阪府): a form
  block (将来像, 施策, 主担当部, 関係部, 事業費 in 千円), **和暦 headers with the Western year on a third line**
  (``平成28年度 (2016年度)``), a ``前年度比`` column; and the PDF;
* ``source/kuwana_jisshi_keikaku_shihyo_h29.xlsx``, 実施計画の指標 in the manner of 桑名市 (三重県):
  **upper headers naming 3-year 実施計画 phases** over ``H29目標 | H29実績 | 達成率`` and ``R2目標``,
  a 基本構想 ``目標（H36）``, 万人 with decimals; and the PDF;
* ``sayo_machizukuri_shihyo_h30.html``, まちづくり指標の進捗 in the manner of 佐用町 (兵庫県): spanning
  分野 rows, units and ``約``/``万人`` inside cells, ``調査中`` and ``―`` cells, two targets (前期/後期).

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
    wb.properties.creator = "forms147/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms147/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms147_soffice_") as tmp:
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


def _cellvals(ws, r, c0, vals, fmt=None) -> None:
    """Values of one row: numbers with ``fmt`` (or a default), words centred."""
    for j, v in enumerate(vals):
        if isinstance(v, str):
            _put(ws, r, c0 + j, v, align="center")
        else:
            f = fmt or ("#,##0.0" if isinstance(v, float) else "#,##0")
            _put(ws, r, c0 + j, v, fmt=f)


# --------------------------------------------------------------------------------------------
# 新城市 (愛知県): 第2期新城市まち・ひと・しごと創生総合戦略 第2章 第1期総合戦略の評価・検証
# --------------------------------------------------------------------------------------------

# Real: the 第2期 strategy (令和2年3月), its 第2章 第1期総合戦略の評価・検証 and 第1節 個別目標の達成状況
# headings, the 第1期 period (平成27年度～), 新東名 (新城IC). Made up: the grid, every figure, the grades.
NEGATIVE = '#,##0;"△"#,##0;"±"0'
SHINSHIRO = [
    # 基本目標 (None: merged into the one above), No., name, unit, H26, H27..R元, 目標 R元, 評価, fmt
    (
        "基本目標1\nしごとをつくり、安心して働けるようにする",
        1,
        "市内製造品出荷額等",
        "億円",
        [2486.3, 2520.1, 2611.8, "X", 2702.4, "―", 2600.0],
        "B",
        "#,##0.0",
    ),
    (None, 2, "新城IC周辺への企業立地件数（累計）", "件", [0, 1, 3, 4, 6, 7, 8], "B", None),
    (
        "基本目標2\n新しいひとの流れをつくる",
        3,
        "社会増減数",
        "人",
        [-312, -254, -198, -276, -140, -105, 0],
        "B",
        NEGATIVE,
    ),
    (None, 4, "観光入込客数", "千人", [1482, 1530, 1866, 1702, 1745, 1690, 1700], "B", None),
    (
        "基本目標3\n結婚・出産・子育ての希望をかなえる",
        5,
        "合計特殊出生率",
        "",
        [1.48, 1.51, 1.46, 1.52, 1.44, 1.39, 1.60],
        "C",
        "0.00",
    ),
]


def shinshiro() -> Path:
    wb, ws = _sheet("個別目標の達成状況", [32, 5, 30, 7, 10, 9, 9, 9, 9, 9, 10, 6])
    _page(ws, "landscape")
    _text(ws, 1, 1, "第2期新城市まち・ひと・しごと創生総合戦略", size=12)
    _text(ws, 1, 12, "令和2年3月　新城市", align="right")
    _text(ws, 3, 1, "第2章　第1期総合戦略の評価・検証", bold=True, size=12)
    _text(ws, 4, 1, "第1節　個別目標の達成状況", bold=True, size=11)
    _text(
        ws,
        5,
        1,
        "第1期総合戦略（平成27年度～令和元年度）で設定した個別目標（KPI）の達成状況は次のとおりです。",
    )
    h = 6
    _head2(
        ws,
        h,
        [
            (1, "基本目標"),
            (2, "No."),
            (3, "個別目標（KPI）"),
            (4, "単位"),
            (5, "基準値（H26）"),
            (11, "目標値（R元）"),
            (12, "評価"),
        ],
        [(6, 10, "実績値", ["H27", "H28", "H29", "H30", "R元"])],
    )
    start = None
    for i, (goal, no, name, unit, vals, grade, fmt) in enumerate(SHINSHIRO):
        rr = h + 2 + i
        if goal is not None:
            if start is not None and rr - 1 > start:
                _merge(ws, start, 1, rr - 1, 1)
            _put(ws, rr, 1, goal, valign="center")
            start = rr
        else:
            _put(ws, rr, 1, None)
        _put(ws, rr, 2, no, align="center")
        _put(ws, rr, 3, name)
        _put(ws, rr, 4, unit, align="center")
        _cellvals(ws, rr, 5, vals, fmt)
        _put(ws, rr, 12, grade, align="center")
        ws.row_dimensions[rr].height = 30
    last = h + 1 + len(SHINSHIRO)
    if last > start:
        _merge(ws, start, 1, last, 1)
    _notes(
        ws,
        last + 1,
        [
            "※評価　A：目標値を達成　B：基準値から改善　C：基準値から横ばい・悪化",
            "※X：事業所数が少ないため秘匿とされた値。R元の製造品出荷額等は工業統計調査の公表前のため「―」。",
            "※社会増減数の△は転出超過を示す。",
        ],
    )
    path = SOURCE / "shinshiro_kobetsu_mokuhyo_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 茨木市 (大阪府): 施策評価シート (平成30年度末時点), 施策1-1 地域福祉を推進する
# --------------------------------------------------------------------------------------------

# Real: 施策評価結果（平成30年度末時点実施施策）, 令和元年(2019年)7月, 将来像1 ともに支え合い、健やかに暮らせる
# まち, 施策1-1 地域福祉を推進する, the 和暦(西暦) style of dates. Made up: the sheet's fields, the grid, figures.
IBARAKI = [
    # label, name, unit, H26, H28, H29, H30, 目標 R5, 前年度比
    ("①", "地域で支え合う仕組みがあると思う市民の割合", "%", 32.4, 33.0, "―", 35.8, 45.0, "―"),
    ("②", "ふれあいサロンの実施か所数", "か所", 198, 214, 226, 231, 250, "+5"),
    ("③", "地区福祉委員会の見守り対象世帯数", "世帯", 5820, 6105, 6340, 6512, 7000, "+172"),
    ("④", "民生委員・児童委員の充足率", "%", 94.2, 93.1, 92.6, 91.8, 100.0, "-0.8"),
]


def ibaraki() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 32, 6, 11, 11, 11, 11, 11, 9])
    _page(ws, "portrait")
    _text(ws, 1, 1, "施策評価シート（平成30年度末時点）", bold=True, size=13)
    _text(ws, 2, 9, "令和元年(2019年)7月　茨木市", align="right")
    r = 3
    _span(ws, r, 1, 2, "将来像", header=True)
    _span(ws, r, 3, 9, "1　ともに支え合い、健やかに暮らせるまち")
    _span(ws, r + 1, 1, 2, "施策", header=True)
    _span(ws, r + 1, 3, 9, "1-1　地域福祉を推進する")
    _span(ws, r + 2, 1, 2, "主担当部", header=True)
    _span(ws, r + 2, 3, 5, "健康福祉部")
    _span(ws, r + 2, 6, 7, "関係部", header=True)
    _span(ws, r + 2, 8, 9, "市民文化部")
    _span(ws, r + 3, 1, 2, "施策に係る事業費（平成30年度決算）", header=True)
    _span(ws, r + 3, 3, 5, 1234567, fmt='#,##0"千円"')
    _span(ws, r + 3, 6, 7, "構成事務事業数", header=True)
    _span(ws, r + 3, 8, 9, 18, fmt='0"事業"')
    _text(ws, r + 5, 1, "1　施策指標の推移", bold=True, size=10)
    h = r + 6
    heads = [
        "",
        "施策指標",
        "単位",
        "基準値\n平成26年度\n(2014年度)",
        "平成28年度\n(2016年度)",
        "平成29年度\n(2017年度)",
        "平成30年度\n(2018年度)",
        "目標値\n令和5年度\n(2023年度)",
        "前年度比",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 42
    for i, (label, name, unit, *vals, diff) in enumerate(IBARAKI):
        rr = h + 1 + i
        _put(ws, rr, 1, label, align="center")
        _put(ws, rr, 2, name)
        _put(ws, rr, 3, unit, align="center")
        _cellvals(ws, rr, 4, vals)
        _put(ws, rr, 9, diff, align="center" if diff == "―" else "right")
        ws.row_dimensions[rr].height = 24
    n = h + 1 + len(IBARAKI)
    _notes(
        ws,
        n,
        [
            "※①は市民意識調査による。平成29年度は調査を実施していないため「―」。",
            "※前年度比は平成30年度の値と平成29年度の値との差。",
        ],
    )
    path = SOURCE / "ibaraki_shisaku_hyoka_1-1_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 桑名市 (三重県): 桑名市総合計画 実施計画の指標（平成29年度）
# --------------------------------------------------------------------------------------------

# Real: 桑名市総合計画 (基本構想 10年間, 平成27(2015)年度から; 実施計画は3年間単位), 全員参加型の市政.
# Made up: the ビジョン heading, 単位施策, the grid, every figure.
KUWANA = [
    # 単位施策 (None: merged), name, unit, 現状値 H25, H29目標, H29実績, H29達成率, R2目標, H36目標
    ("4-1\n観光の振興", "観光入込客数", "万人", 1046.2, 1080.0, 1112.5, "103.0%", 1120.0, 1200.0),
    (None, "外国人宿泊者数", "人", 18400, 25000, 23870, "95.5%", 30000, 40000),
    ("4-2\n商工業の振興", "企業立地件数", "件", 3, 5, 6, "120.0%", 6, 10),
    (None, "中心市街地の空き店舗数", "店舗", 42, 38, 40, "95.0%", 34, 30),
]


def kuwana() -> Path:
    wb, ws = _sheet("実施計画の指標", [14, 28, 7, 12, 10, 10, 10, 14, 14])
    _page(ws, "landscape")
    _text(ws, 1, 1, "桑名市総合計画　実施計画の指標の状況（平成29年度）", size=12)
    _text(ws, 1, 9, "桑名市", align="right")
    _text(ws, 3, 1, "ビジョン4　にぎわいと活力のあるまち", bold=True, size=12)
    h = 4
    _head2(
        ws,
        h,
        [(1, "単位施策"), (2, "指標"), (3, "単位"), (4, "現状値\n（H25）")],
        [
            (5, 7, "第1期実施計画（H27～H29）", ["H29目標", "H29実績", "達成率"]),
            (8, 8, "第2期実施計画（H30～R2）", ["R2目標"]),
            (9, 9, "基本構想", ["目標（H36）"]),
        ],
    )
    ws.row_dimensions[h].height = 30
    start = None
    for i, (prog, name, unit, *vals) in enumerate(KUWANA):
        rr = h + 2 + i
        if prog is not None:
            if start is not None and rr - 1 > start:
                _merge(ws, start, 1, rr - 1, 1)
            _put(ws, rr, 1, prog, align="center")
            start = rr
        else:
            _put(ws, rr, 1, None)
        _put(ws, rr, 2, name)
        _put(ws, rr, 3, unit, align="center")
        _cellvals(ws, rr, 4, vals)
        ws.row_dimensions[rr].height = 24
    last = h + 1 + len(KUWANA)
    _merge(ws, start, 1, last, 1)
    _notes(
        ws,
        last + 1,
        [
            "※総合計画の基本構想は平成27年度から10年間。実施計画は3年間を単位として策定する。",
            "※達成率＝H29実績÷H29目標×100（空き店舗数は目標÷実績×100）。",
        ],
    )
    path = SOURCE / "kuwana_jisshi_keikaku_shihyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 佐用町 (兵庫県佐用郡): 佐用町第2次総合計画 前期基本計画 まちづくり指標の進捗 (HTML)
# --------------------------------------------------------------------------------------------

# Real: 佐用町第2次総合計画, the merger of 平成17年10月1日 (郡内4町), the 将来像, 基本構想 平成29～38年度,
# 前期基本計画 平成29～33年度, 後期 5年間. Made up: the table, every figure, the 分野 words, the notes.
SAYO_ROWS = """<tr><th colspan="7" class="group">1　ふるさとの資源を活かした産業のまち</th></tr>
<tr><td class="c">1</td><td>認定農業者数</td><td class="num">62人</td><td class="num">65人</td><td class="num">67人</td><td class="num">70人</td><td class="num">75人</td></tr>
<tr><td class="c">2</td><td>道の駅・観光施設の入込客数</td><td class="num">約68万人</td><td class="num">71.2万人</td><td class="num">69.8万人</td><td class="num">72万人</td><td class="num">75万人</td></tr>
<tr><th colspan="7" class="group">2　安心して子どもを産み育てられるまち</th></tr>
<tr><td class="c">3</td><td>出生数</td><td class="num">98人</td><td class="num">87人</td><td class="num">調査中</td><td class="num">100人</td><td class="num">100人</td></tr>
<tr><td class="c">4</td><td>子育て支援センターの年間利用者数</td><td class="num">―</td><td class="num">4,215人</td><td class="num">4,530人</td><td class="num">4,500人</td><td class="num">5,000人</td></tr>
<tr><td class="c">5</td><td>定住促進住宅への入居世帯数（累計）</td><td class="num">12世帯</td><td class="num">18世帯</td><td class="num">23世帯</td><td class="num">30世帯</td><td class="num">50世帯</td></tr>"""


def sayo_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>佐用町第2次総合計画 まちづくり指標の進捗｜佐用町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.group {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップ &gt; 町政情報 &gt; まちづくり &gt; 政策・計画</p>
<h1>佐用町第2次総合計画　まちづくり指標の進捗</h1>
<p>本町は、平成17年10月1日に郡内4町が合併して誕生しました。第2次総合計画は、将来像「絆できらめく ひと・まち・自然 未来へつなぐ 共生の郷」の実現に向けて、平成29年度から平成38年度までの10年間のまちづくりの方向を示すものです。</p>
<p>前期基本計画（平成29年度～平成33年度）に掲げたまちづくり指標の進捗を公表します。</p>
<h2>前期基本計画のまちづくり指標</h2>
<table border="1">
<tr><th>No.</th><th>まちづくり指標</th><th>計画策定時（H27）</th><th>H29実績</th><th>H30実績</th><th>前期目標（H33）</th><th>後期目標（H38）</th></tr>
{SAYO_ROWS}
</table>
<p>※道の駅・観光施設の入込客数は暦年の値です。計画策定時の値は概数です。</p>
<p>※出生数のH30実績は調査中です。子育て支援センターは平成28年度に開設しました。</p>
<p>お問い合わせ：佐用町役場 企画担当</p>
</body>
</html>
"""


def sayo() -> Path:
    path = HERE / "sayo_machizukuri_shihyo_h30.html"
    path.write_bytes(sayo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shinshiro, ibaraki, kuwana):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sayo().name}")


if __name__ == "__main__":
    main()
