"""Build the built documents of forms159/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/minabe_kasokuka_kensho_h28.xlsx``, 地方創生加速化交付金事業 効果検証シート in the manner of
  みなべ町 (和歌山県): form fields with the real 背景 figures (3万7千トン, 66億9千万円), then one KPI grid
  whose **事業 rows span the width with the 事業費 in 円 in their last cells**, a two-row header with
  ``事業開始前 / 目標値 / 実績値`` over month-end dates (``H28.3末``), a 達成率 column and a 事業効果 cell
  merged down each block; and the PDF;
* ``source/chita_seika_shihyo_r5.xlsx``, 第6次総合計画 成果指標の推移 in the manner of 知多市 (愛知県):
  ``実績値`` over R2–R5 and ``目標値`` over ``R5（中間）`` / ``R11（最終）``, ``千人`` in 単位, a
  ``調査なし`` and a ``―`` actual; and the PDF;
* ``source/kawachinagano_senryaku_kpi_r4.xlsx``, 第2期総合戦略 数値目標・KPI の状況 in the manner of
  河内長野市 (大阪府): a 数値目標 table **dated by calendar days** (``実績（2023年1月1日）``), then a KPI
  grid with 基本目標 rows across, ``万人`` / ``千円`` in 単位, an ``R4目標`` beside the ``R4実績`` and a
  printed 達成/未達成 column; and the PDF;
* ``konan_sosei_kpi_h28.html``, a 総合戦略 進捗 page in the manner of 湖南市 (滋賀県): prose with
  figures, then a KPI table **whose units sit only in the bracket at the end of each name**
  (``（千円）`` among them) with a 主な関連施設 column and a same-year target after the actuals.

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
    wb.properties.creator = "forms159/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms159/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms159_soffice_") as tmp:
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
# みなべ町 (和歌山県日高郡): 地方創生加速化交付金事業 効果検証シート
# --------------------------------------------------------------------------------------------

# Real (みなべ町 page on 地方創生加速化交付金): the 事業 name ”うめ”を核とした健康で元気に働けるまちづくり事業,
# the sampling / スポーツ=梅=健康 / 備長炭 / うばめがし ideas, and the 背景 figures (2013年 3万7千トン, 66億9千万円,
# 約70億円, 就業人口の7割以上). Made up: the sheet, date, the second 事業's name, every KPI, figure and 事業費.
MN_BLOCKS = [
    (
        "事業1　”うめ”を核とした健康で元気に働けるまちづくり事業",
        "事業費 9,720,000円",
        "地方創生に非常に効果的であった",
        [
            ("若年層向けサンプリング調査の回答者数", "人", 0, 1000, 1184),
            ("スポーツ大会等での梅干し配布数", "個", 2000, 20000, 16500),
            ("梅干し新商品の開発数", "件", "―", 3, 3),
        ],
    ),
    (
        "事業2　紀州備長炭生産技術継承事業",
        "事業費 5,130,000円",
        "地方創生に相当程度効果があった",
        [
            ("新規製炭者数", "人", 0, 2, 1),
            ("うばめがし植栽面積", "ha", 1.5, 3.0, 3.2),
        ],
    ),
]


def minabe() -> Path:
    wb, ws = _sheet("効果検証", [34, 7, 12, 12, 12, 10, 18])
    _text(
        ws,
        1,
        1,
        "地方創生加速化交付金事業　効果検証シート（平成28年度実施事業）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "平成29年7月　みなべ町うめ課", align="right")
    _put(ws, 4, 1, "交付金の区分", header=True)
    _span(ws, 4, 2, 7, "地方創生加速化交付金（単独事業分）")
    _put(ws, 5, 1, "担当課", header=True)
    _span(ws, 5, 2, 7, "うめ課")
    _put(ws, 6, 1, "事業の背景", header=True)
    _span(
        ws,
        6,
        2,
        7,
        "みなべ町は国内最大の梅の生産量を誇り、2013年の梅の生産量は3万7千トン、産出額は66億9千万円、加工品の製造も含めると約70億円となり、地域最大の産業となっている。梅関連事業の従事者は就業人口の7割以上を占める。",
    )
    ws.row_dimensions[4].height = 18
    ws.row_dimensions[5].height = 18
    ws.row_dimensions[6].height = 44
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=10)
    _head2(
        ws,
        9,
        [(1, "指標"), (2, "単位"), (6, "達成率"), (7, "事業効果")],
        [
            (3, 3, "事業開始前", ["H28.3末"]),
            (4, 4, "目標値", ["H29.3末"]),
            (5, 5, "実績値", ["H29.3末"]),
        ],
    )
    r = 11
    for title, money, effect, rows in MN_BLOCKS:
        _span(ws, r, 1, 5, title, bold=True, fill=LIGHT)
        _span(ws, r, 6, 7, money, align="right", fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
        top = r
        for name, unit, base, target, actual in rows:
            fmt = "0.0" if isinstance(target, float) else "#,##0"
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            if base == "―":
                _put(ws, r, 3, "―", align="center")
            else:
                _put(ws, r, 3, base, fmt=fmt)
            _put(ws, r, 4, target, fmt=fmt)
            _put(ws, r, 5, actual, fmt=fmt)
            _put(ws, r, 6, round(actual / target, 3), fmt="0.0%")
            ws.row_dimensions[r].height = 20
            r += 1
        _put(ws, top, 7, effect, align="center")
        _merge(ws, top, 7, r - 1, 7)
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝実績値÷目標値。事業費は交付対象事業費（円）です。",
            "※事業開始前の「―」は、事業開始前には新商品の開発を行っていなかったため把握していないものです。",
            "※うばめがし植栽面積は、紀州備長炭の原木となるうばめがしの植栽面積（累計）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "minabe_kasokuka_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 知多市 (愛知県): 第6次知多市総合計画 成果指標の推移
# --------------------------------------------------------------------------------------------

# Real: the 第6次知多市総合計画 (令和2年度から, 10年間), 佐布里池 and 新舞子 as places of the city. Made up:
# the sheet, date, 課, 基本目標 wording, every indicator, figure and note.
CH_YEARS = ["R2", "R3", "R4", "R5"]
CH_ROWS = [
    ("佐布里池梅まつり来場者数", "人", [86000, 48200, 61500, 79800, 88300, 90000, 100000]),
    ("新舞子海水浴場の入込客数", "千人", [42.5, "―", 18.3, 30.6, 37.9, 45.0, 50.0]),
    (
        "「知多市に住み続けたい」と思う市民の割合",
        "%",
        [78.6, 79.1, "調査なし", 80.4, 81.2, 82.0, 85.0],
    ),
    ("特定健康診査受診率", "%", [47.2, 40.1, 44.8, 46.0, 50.3, 50.0, 60.0]),
    ("市民活動団体登録数", "団体", [132, 135, 141, 146, 150, 150, 170]),
]


def chita() -> Path:
    wb, ws = _sheet("成果指標", [38, 8, 11, 11, 11, 11, 11, 12, 12])
    _text(ws, 1, 1, "第6次知多市総合計画　成果指標の推移（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年8月　企画課", align="right")
    _text(ws, 4, 1, "基本目標2　にぎわいと活力があふれるまち", bold=True, size=10)
    _head2(
        ws,
        5,
        [(1, "成果指標"), (2, "単位")],
        [
            (3, 3, "基準値", ["R元"]),
            (4, 7, "実績値", CH_YEARS),
            (8, 9, "目標値", ["R5（中間）", "R11（最終）"]),
        ],
    )
    r = 7
    for name, unit, vals in CH_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmts = {j: "0.0" for j in range(7)} if unit in ("%", "千人") else None
        _vals(ws, r, 3, vals, fmts=fmts)
        if "調査なし" in vals:
            ws.cell(row=r, column=3 + vals.index("調査なし")).alignment = Alignment(
                horizontal="center", vertical="center"
            )
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R2の新舞子海水浴場は、新型コロナウイルス感染症の影響により開設しませんでした。",
            "※市民の割合は市民意識調査（令和5年度：配布3,000人、回収1,246人）によります。R3は調査を実施していません。",
            "※特定健康診査受診率のR5は速報値です。目標値（R5（中間））は計画策定時に定めた中間年の目標です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "chita_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 河内長野市 (大阪府): 第2期まち・ひと・しごと創生総合戦略 数値目標・KPI の状況
# --------------------------------------------------------------------------------------------

# Real: the 第2期まち・ひと・しごと創生総合戦略 (令和3年度から, with the 第5次総合計画後期基本計画), 政策企画課,
# 奥河内 as the city's name for its hill country. Made up: the sheet, date, 基本目標 wording, every figure.
KN_GOALS = [
    ("住民基本台帳人口", "人", [103212, 100684, 98000]),
    ("年少人口（0～14歳）の割合", "%", [10.6, 10.1, 10.0]),
]
KN_BLOCKS = [
    (
        "基本目標1　地域の資源を活かしたしごとをつくる",
        [
            ("奥河内の観光入込客数", "万人", [185.3, 170.0, 168.9, 200.0], "未達成"),
            ("創業支援による創業者数", "人", [24, 30, 31, 35], "達成"),
        ],
    ),
    (
        "基本目標2　河内長野への新しいひとの流れをつくる",
        [
            ("子育て世代（30～44歳）の転入者数", "人", [1120, 1150, 1187, 1250], "達成"),
            ("ふるさと納税寄附額", "千円", [48620, 60000, 57340, 80000], "未達成"),
        ],
    ),
]


def kawachinagano() -> Path:
    wb, ws = _sheet("KPI", [36, 8, 14, 14, 14, 14, 9])
    _text(
        ws,
        1,
        1,
        "河内長野市第2期まち・ひと・しごと創生総合戦略　数値目標・KPIの状況（令和4年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和5年9月　政策企画課", align="right")
    _text(ws, 4, 1, "１　数値目標", bold=True, size=10)
    heads = ["指標", "単位", "基準（2021年1月1日）", "実績（2023年1月1日）", "目標（2026年1月1日）"]
    for j, h in enumerate(heads):
        _put(ws, 5, 1 + j, h, header=True)
    ws.row_dimensions[5].height = 30
    r = 6
    for name, unit, vals in KN_GOALS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _vals(ws, r, 3, vals, fmts={j: "0.0" for j in range(3)} if unit == "%" else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 9, 1, "２　重要業績評価指標（KPI）", bold=True, size=10)
    heads = ["KPI", "単位", "基準値（R元）", "R4目標", "R4実績", "目標値（R7）", "評価"]
    for j, h in enumerate(heads):
        _put(ws, 10, 1 + j, h, header=True)
    ws.row_dimensions[10].height = 22
    r = 11
    for title, rows in KN_BLOCKS:
        _span(ws, r, 1, 7, title, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for name, unit, vals, grade in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            _vals(ws, r, 3, vals, fmts={j: "0.0" for j in range(4)} if unit == "万人" else None)
            _put(ws, r, 7, grade, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※数値目標は各年1月1日現在の住民基本台帳によります。",
            "※R4目標は、目標値（R7）に向けて年度ごとに設定した令和4年度の目標です。評価はR4目標に対する達成・未達成です。",
            "※関連事業費（R4決算）：奥河内観光推進事業 12,340千円、ふるさと納税推進事業 21,580千円",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kawachinagano_senryaku_kpi_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 湖南市 (滋賀県): まち・ひと・しごと創生総合戦略 平成28年度の取組状況
# --------------------------------------------------------------------------------------------

# Real (the mayor's page of 2016): the 内閣官房 まち・ひと・しごと創生本部事務局 visit, its 趣旨 (基本方針2016),
# about 10 自治体, and the places shown: 長壽寺 (国宝湖南三山・観光), 市民産業交流促進施設 (農業戦略・産業),
# 十二坊温泉 (観光), 湖南工業団地 (産業), イモ発電エネルギー教室 (地域エネルギー・教育). Made up: every
# KPI and figure, the table, the 事業費, the 課.
KO_ROWS = [
    (
        "湖南三山の観光入込客数（人）",
        "長壽寺・常楽寺・善水寺",
        ["98,400", "121,300", "134,700", "130,000", "150,000"],
    ),
    (
        "十二坊温泉の利用者数（人）",
        "十二坊温泉",
        ["214,500", "208,900", "219,600", "215,000", "230,000"],
    ),
    (
        "市民産業交流促進施設の農産物販売額（千円）",
        "市民産業交流促進施設",
        ["―", "―", "86,420", "80,000", "120,000"],
    ),
    (
        "イモ発電エネルギー教室の参加者数（人）",
        "イモ発電エネルギー教室",
        ["120", "185", "162", "200", "300"],
    ),
    ("湖南工業団地への新規立地企業数（社）", "湖南工業団地", ["0", "1", "2", "2", "5"]),
]


def konan_html() -> str:
    rows = "\n".join(
        f"<tr><td>{name}</td><td>{place}</td>"
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, place, vals in KO_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まち・ひと・しごと創生総合戦略の取組状況（平成28年度） - 湖南市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップページ &gt; 市政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>まち・ひと・しごと創生総合戦略の取組状況（平成28年度）</h1>
<h2>内閣官房まち・ひと・しごと創生本部事務局の来訪</h2>
<p>『まち・ひと・しごと創生基本方針2016』において、地方版総合戦略及び事業の取組状況の調査分析や地方公共団体との意見交換を進めていくこととされたことを受け、まち・ひと・しごと創生本部事務局が本市を訪れました。全国で10自治体ほどを訪問するもので、本市では2日間にわたり、長壽寺（国宝湖南三山・観光）、市民産業交流促進施設（農業戦略・産業）、十二坊温泉（観光）、湖南工業団地（産業）、イモ発電エネルギー教室（地域エネルギー・教育）などを視察し、意見を交換しました。</p>
<p>平成28年度の総合戦略関連事業の決算額は、合計で48,316千円でした。</p>
<h2>基本目標1　湖南市の地域資源を活かし、しごとと交流を生み出す</h2>
<table border="1">
<tr><th>重要業績評価指標（KPI）</th><th>主な関連施設・取組</th><th>平成26年度（基準値）</th><th>平成27年度（実績）</th><th>平成28年度（実績）</th><th>平成28年度（目標）</th><th>平成31年度（目標）</th></tr>
{rows}
</table>
<p>※市民産業交流促進施設は平成28年4月に開設したため、平成26年度・平成27年度の値はありません。</p>
<p>※湖南工業団地への新規立地企業数は、平成27年度からの累計です。</p>
<p>お問い合わせ：総合政策部 総合政策課</p>
</body>
</html>
"""


def konan() -> Path:
    path = HERE / "konan_sosei_kpi_h28.html"
    path.write_bytes(konan_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (minabe, chita, kawachinagano):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {konan().name}")


if __name__ == "__main__":
    main()
