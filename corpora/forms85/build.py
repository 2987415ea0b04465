"""Build the built documents of forms85/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shunan_jigohyoka_kume_h26.xlsx``, a 都市再生整備計画 事後評価シート (様式2-1) in the
  manner of 周南市 (山口県): form fields with 交付対象事業費 in 百万円 and a 国費率, a grid
  ``従前値 | 基準年度 | 目標値 | 目標年度 | 評価値（H26年度） | 確定 | 見込み | 目標達成度``
  whose ○ marks say whether each 評価値 is final or a forecast; and the PDF;
* ``source/toon_kpi_kensho_h28.xlsx``, a KPI 検証結果 in the manner of 東温市 (愛媛県): 具体的な
  施策 merged down, values carrying their unit (万人 with decimals, 延べ), a 達成率 column; and the PDF;
* ``source/ozu_kpi_jisseki_r6.xlsx``, a KPI 実績報告 in the manner of 大津町 (熊本県菊池郡):
  ``千人`` in the 単位 column, ``4（うち半導体関連3）`` in a value cell, a 計 row under two
  相談件数 rows; and the PDF;
* ``toyokawa_senryaku_textban_r4.html``, a テキスト版資料 in the manner of 豊川市 (愛知県): no
  table, each indicator as ``指標名：`` / ``基準値：`` / ``実績値：`` / ``目標値：`` lines, a
  ``▲`` baseline, calendar years beside fiscal years, 累計 over a range of years.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import itertools
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
    wb.properties.creator = "forms85/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms85/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms85_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 周南市 (山口県): 都市再生整備計画（第二期 久米中央地区） 事後評価シート
# --------------------------------------------------------------------------------------------

# Real (周南市's page on the 第二期 久米中央地区 事後評価): the 地区, the 第二期 plan period
# 平成22年度～平成26年度, the 久米中央土地区画整理事業, 高質空間形成施設, 地域創造支援事業, the
# 事後評価シート published for H26. Made up: every indicator and figure, the money, 国費率, date.
SHUNAN = [
    # (label, 指標, 単位, 従前値, 基準年度, 目標値, 目標年度, 評価値, 確定, 見込み, 目標達成度)
    ("指標１", "地区内の居住人口", "人", 3120, "H21", 3600, "H26", 3655, "○", "", "○"),
    ("指標２", "土地区画整理事業の整備率", "％", 62.0, "H21", 85.0, "H26", 81.3, "○", "", "△"),
    (
        "指標３",
        "地区内幹線道路の歩行者通行量",
        "人/日",
        1480,
        "H21",
        1800,
        "H26",
        1920,
        "",
        "○",
        "○",
    ),
    ("指標４", "まちづくりに対する住民満足度", "％", 34.5, "H22", 45.0, "H26", "―", "", "", "―"),
]


def shunan() -> Path:
    widths = [8, 28, 7, 9, 8, 9, 8, 11, 6, 7, 9]
    wb, ws = _sheet("様式2-1", widths)
    _text(ws, 1, 1, "様式2-1　評価結果のまとめ", bold=True, size=12)
    _text(ws, 2, 1, "都市再生整備計画　事後評価シート　久米中央地区（第二期）", bold=True, size=11)
    _text(ws, 2, 11, "平成27年3月　山口県周南市", align="right", size=9)
    fields = [
        ("都道府県名", "山口県", "市町村名", "周南市"),
        ("地区名", "久米中央地区", "面積", "58.6ha"),
        ("交付期間", "平成22～26年度", "事後評価実施時期", "平成26年度"),
        ("交付対象事業費", "1,842百万円", "国費率", "0.400"),
    ]
    r = 4
    for k1, v1, k2, v2 in fields:
        _span(ws, r, 1, 2, k1, header=True)
        _span(ws, r, 3, 5, v1)
        _span(ws, r, 6, 8, k2, header=True)
        _span(ws, r, 9, 11, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "指標の達成状況", bold=True, size=10)
    h = r + 2
    single = [
        (1, "指標"),
        (2, "指標名"),
        (3, "単位"),
        (4, "従前値"),
        (5, "基準\n年度"),
        (6, "目標値"),
        (7, "目標\n年度"),
        (8, "評価値\n（H26年度）"),
        (11, "目標\n達成度"),
    ]
    for c, word in single:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 9, 10, "評価値の種別", header=True)
    _put(ws, h + 1, 9, "確定", header=True)
    _put(ws, h + 1, 10, "見込み", header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for row in SHUNAN:
        for j, v in enumerate(row):
            c = j + 1
            if c in (4, 6, 8) and isinstance(v, (int, float)):
                fmt = "0.0" if row[2] == "％" else "#,##0"
                _put(ws, r, c, v, fmt=fmt)
            elif c == 2:
                _put(ws, r, c, v)
            else:
                _put(ws, r, c, v, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価値の種別：確定は平成26年度に計測した値、見込みは平成26年12月までの計測から推計した値です。",
            "※目標達成度：○ 目標を達成、△ 目標は未達成だが改善、× 従前値より悪化、― 評価できない。",
            "※指標４は平成26年度の住民アンケートが未実施のため、評価値を記載していません（―）。",
            "※交付対象事業費のうち基幹事業（土地区画整理事業、高質空間形成施設）は1,655百万円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shunan_jigohyoka_kume_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東温市 (愛媛県): 東温市まち・ひと・しごと創生総合戦略 KPIの検証結果（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (東温市まち・ひと・しごと創生総合戦略, 平成27年10月, and what the city is known for):
# the strategy's name and date, 坊っちゃん劇場 and 愛媛大学医学部 in the city. Made up: the
# 基本目標 wording, the 施策, every figure, the 達成率, the money note, the date and 課.
TOON = [
    # (施策, KPI, 基準値（H26）, H27実績, H28実績, 目標値（H31）, 達成率)
    ("(1) 移住・定住の促進", "移住相談窓口での相談件数", "42件", "58件", "71件", "100件", "71.0%"),
    (None, "空き家バンクの成約件数", "3件", "5件", "4件", "10件", "40.0%"),
    (
        "(2) 交流人口の拡大",
        "観光入込客数",
        "152.3万人",
        "158.1万人",
        "161.0万人",
        "170万人",
        "94.7%",
    ),
    (None, "坊っちゃん劇場の入場者数", "8.2万人", "8.5万人", "―", "10万人", "―"),
    (
        "(3) 大学と連携した地域づくり",
        "大学生の地域活動参加者数",
        "延べ120人",
        "延べ185人",
        "延べ240人",
        "延べ300人",
        "80.0%",
    ),
]


def toon() -> Path:
    widths = [20, 30, 11, 11, 11, 11, 9]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "東温市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "平成29年9月　東温市企画政策課", align="right", size=9)
    _text(ws, 4, 1, "基本目標2　東温市への新しいひとの流れをつくる", bold=True, size=11)
    h = 6
    head = [
        "具体的な施策",
        "重要業績評価指標（KPI）",
        "基準値\n（H26）",
        "H27実績",
        "H28実績",
        "目標値\n（H31）",
        "達成率\n（H28）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    starts = []
    for program, *cells in TOON:
        if program is not None:
            starts.append(r)
            _put(ws, r, 1, program, valign="center")
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, cells[0])
        for j, v in enumerate(cells[1:]):
            _put(ws, r, 3 + j, v, align="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    starts.append(r)
    for a, b in itertools.pairwise(starts):
        if b - a > 1:
            _merge(ws, a, 1, b - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、平成28年度実績を目標値（H31）で除したものです。延べ人数は平成27年度からの累計です。",
            "※坊っちゃん劇場の平成28年度入場者数は、劇場の決算確定前のため掲載していません（―）。",
            "※（参考）平成28年度の移住支援補助金の交付額は3,450千円（12件）でした。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "toon_kpi_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大津町 (熊本県菊池郡): 第2期大津町まち・ひと・しごと創生総合戦略 KPI実績報告（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (大津町's 令和6年度・令和7年度 施政方針): TSMC's plant by the town border (announced
# 令和3年10月), 企業の進出 and 宅地開発, 肥後大津駅 and the 空港アクセス鉄道. Made up: the
# report, the 基本目標 wording, every figure, the date and 課.
OZU = [
    # (No, 指標名, 単位, 基準値（R元年度）, R4年度, R5年度, R6年度, 目標値（R6年度）)
    (1, "町内への新規立地企業数", "件", 2, 3, 5, "4（うち半導体関連3）", 5),
    (2, "移住相談件数（窓口）", "件", 18, 30, 36, 41, 40),
    (3, "移住相談件数（オンライン）", "件", "―", 19, 22, 25, 30),
    (None, "計", "件", 18, 49, 58, 66, 70),
    (4, "JR肥後大津駅の1日平均乗車人員", "人", 2860, 2540, 2655, 2780, 3000),
    (5, "町内事業所の従業者数", "千人", 18.2, 19.1, 19.6, 20.4, 20.0),
]


def ozu() -> Path:
    widths = [5, 32, 7, 11, 10, 10, 18, 11]
    wb, ws = _sheet("KPI実績", widths)
    _text(
        ws,
        1,
        1,
        "第2期大津町まち・ひと・しごと創生総合戦略　KPI実績報告（令和6年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和7年8月　大津町総合政策課", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　しごとをつくり、安心して働けるまちをつくる", bold=True, size=11)
    h = 6
    for c, word in ((1, "No"), (2, "指標名"), (3, "単位"), (4, "基準値\n（R元年度）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績値", header=True)
    for j, year in enumerate(("R4年度", "R5年度", "R6年度")):
        _put(ws, h + 1, 5 + j, year, header=True)
    _put(ws, h, 8, "目標値\n（R6年度）", header=True)
    _put(ws, h + 1, 8, None, header=True)
    _merge(ws, h, 8, h + 1, 8)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *cells in OZU:
        total = no is None
        if total:
            _span(ws, r, 1, 2, name, align="center", fill=LIGHT)
        else:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center", fill=LIGHT if total else None)
        for j, v in enumerate(cells):
            fmt = "0.0" if unit == "千人" else None
            align = "center" if v == "―" else "right"
            _put(ws, r, 4 + j, v, align=align, fmt=fmt, fill=LIGHT if total else None)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の令和6年度実績のうち3件は、隣町への半導体工場の進出に関連する企業です。",
            "※No.3はオンライン相談を令和2年度に開始したため、基準値はありません（―）。",
            "※No.5は経済センサス等をもとにした各年度6月1日時点の推計値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ozu_kpi_jisseki_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊川市 (愛知県): 第2期豊川市まち・ひと・しごと創生総合戦略 効果検証（令和4年度）テキスト版資料
# --------------------------------------------------------------------------------------------

# Real (豊川市's テキスト版資料 pages): the 注意書 wording, the 第2期 strategy and its 基本目標
# names (基本目標2 ひとの流れづくり). Made up: this report, its 施策 headings, every figure.
TOYOKAWA_BODY = """<h2>基本目標2　ひとの流れづくり</h2>
<p>【数値目標】</p>
<p>指標名：社会増減数（転入者数－転出者数）</p>
<p>基準値：▲118人（平成30年）</p>
<p>実績値：214人（令和4年）</p>
<p>目標値：0人以上（令和6年）</p>
<p>【重要業績評価指標（KPI）】</p>
<h3>施策(1)　観光交流の推進</h3>
<p>指標名：観光入込客数</p>
<p>基準値：543万人（令和元年度）</p>
<p>実績値：421万人（令和4年度）</p>
<p>中間目標値：480万人（令和4年度）</p>
<p>目標値：600万人（令和6年度）</p>
<p>指標名：観光ボランティアガイドの案内人数</p>
<p>基準値：9,850人（令和元年度）</p>
<p>実績値：6,120人（令和4年度）</p>
<p>目標値：12,000人（令和6年度）</p>
<h3>施策(2)　移住・定住の促進</h3>
<p>指標名：移住相談件数</p>
<p>基準値：－</p>
<p>実績値：131件（令和2年度から令和4年度までの累計）</p>
<p>目標値：250件（令和2年度から令和6年度までの累計）</p>
<p>指標名：若者世帯住宅取得補助の交付件数</p>
<p>基準値：62件（令和元年度）</p>
<p>実績値：75件（令和4年度）</p>
<p>目標値：70件（令和6年度）</p>"""


def toyokawa_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期豊川市まち・ひと・しごと創生総合戦略 令和4年度効果検証 テキスト版資料｜豊川市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
p {{ margin: 0.15em 0; }}
h2, h3 {{ margin: 0.8em 0 0.3em; }}
</style>
</head>
<body>
<h1>第2期豊川市まち・ひと・しごと創生総合戦略　令和4年度効果検証　テキスト版資料</h1>
<p>更新日：2023年9月29日</p>
<p>注意書</p>
<p>このページは、視覚障害のある方などで、音声読み上げソフトを使って閲覧される方のために、図、表等を控えて作成したページです。省略した図、表、その他内容の詳細は、所管課へお問合せください。</p>
<p>令和5年9月　豊川市企画政策課</p>
{TOYOKAWA_BODY}
<p>※社会増減数は各年1月から12月までの住民基本台帳による値です。観光入込客数は令和4年度も新型コロナウイルス感染症の影響を受けました。</p>
<p>※令和4年度の総合戦略関連事業費は、決算額で約4億2千万円でした。</p>
</body>
</html>
"""


def toyokawa() -> Path:
    path = HERE / "toyokawa_senryaku_textban_r4.html"
    path.write_bytes(toyokawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shunan, toon, ozu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {toyokawa().name}")


if __name__ == "__main__":
    main()
