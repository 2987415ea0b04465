# ruff: noqa: E501
"""Build the built documents of forms184/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hitachiomiya_juten_shinchoku_r6.xlsx``, a 重点事業計画 成果指標進捗管理シート in the manner of
  常陸大宮市 (茨城県): form fields (政策プロジェクト, **対象年度**, **計画期間**, money, a count of 事業) over
  a grid whose **period headers are relative years only** (``実績`` over ``前々年度 | 前年度``,
  ``当該年度`` over ``目標 | 見込``, ``目標`` over ``次年度 | 最終年度``), dated by the two form fields,
  and **a ``集計`` column of the words ``単年度`` / ``累計``**; 重点事業 cells merged down, a 担当課
  column; and the PDF;
* ``source/ogano_ganbaru_seika_h20.xlsx``, a 頑張る地方応援プログラム 成果報告書 in the manner of 小鹿野町
  (埼玉県): 様式-like form fields and a prose 概要 over **a years-down grid, the indicators across,
  each year cell merged down over its ``目標 | 実績 | 達成率`` rows**, **the era printed once, in a
  cell ``平成`` merged down the side beside all the year cells** (calendar years ``17年`` … ``21年``);
  and the PDF;
* ``source/sekikawa_kpi_kensho_r6.xlsx``, a 総合戦略 KPI 検証シート in the manner of 関川村 (新潟県):
  **a three-row header whose third row names each year column's figures ``確定値`` / ``速報値`` /
  ``見込値``**, **era-less years that cross the era change with no era printed anywhere in the run**
  (``30年度`` beside ``3年度`` … ``7年度`` on a sheet dated 令和7年), the same ``6年度`` under
  実績値 and 目標値, ``△`` values, ``千人``, ``未集計``, a 備考 column with numbers; and the PDF;
* ``hayakawa_kpi_suii_r5.html``, a 総合戦略 KPI page in the manner of 早川町 (山梨県): two ``<h2>``
  基本目標; table 1 with **a ``<caption>`` ``KPIの推移（各年度末現在）`` that dates every year header
  as a year-end**; table 2 whose ``<thead>`` names roles only and **whose every ``<tbody>`` opens
  with one row holding the 施策 and the years its columns stand for, different in each block**
  (``令和3年度`` … vs ``令和2年度調査`` …); ``950以上``, ``―（中止）``, ``千人`` with decimals.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

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
NEG = '#,##0;"△"#,##0'


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms184/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms184/build.py"
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down over rows r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
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
    with tempfile.TemporaryDirectory(prefix="forms184_soffice_") as tmp:
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


def _fmt(v) -> str | None:
    """The number format of a value cell: one decimal for floats, △ for negatives."""
    if isinstance(v, float):
        return "#,##0.0"
    if isinstance(v, int):
        return NEG
    return None


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        text = isinstance(v, str)
        _put(ws, r, c0 + j, v, align="center" if text else "right", fmt=_fmt(v))


# --------------------------------------------------------------------------------------------
# 常陸大宮市 (茨城県): 常陸大宮市重点事業計画 成果指標進捗管理シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (市長あいさつ, 施政方針 令和6・7年度, 広報 2023年1月号): the 政策プロジェクト 人口流出を防ぐダム,
# the 総合計画 基本計画 (令和4～8年度) and its 重点事業計画 (3年間、毎年度見直し), 常陸大宮駅周辺整備事業,
# the 不妊治療 全額助成 and its 9組 (令和3年度から), the オーガニックビレッジ宣言 (令和5年11月) and the
# 有機野菜 学校給食, ひたまる読書活動推進事業. Made up: the sheet, its date and 課, the money, every
# indicator, figure, 担当課 and note.
HO_ROWS = [
    (
        "1",
        "常陸大宮駅周辺整備事業",
        "常陸大宮駅の1日平均乗車人員",
        "人",
        "単年度",
        1052,
        1096,
        1150,
        1118,
        1180,
        1200,
        "都市計画課",
    ),
    (
        "2",
        "不妊治療費助成事業",
        "助成を受けて市内に転入した夫婦の数",
        "組",
        "累計",
        9,
        12,
        15,
        15,
        18,
        21,
        "健康推進課",
    ),
    (
        "3",
        "オーガニックビレッジ推進事業",
        "有機農業の取組面積",
        "ha",
        "単年度",
        6.8,
        9.4,
        12.0,
        13.1,
        15.0,
        20.0,
        "農林振興課",
    ),
    (
        "4",
        "",
        "学校給食における市内産有機野菜の使用割合（重量ベース）",
        "％",
        "単年度",
        8.5,
        14.2,
        20.0,
        19.3,
        25.0,
        30.0,
        "学校給食センター",
    ),
    (
        "5",
        "ひたまる読書活動推進事業",
        "児童生徒1人当たりの年間読書冊数",
        "冊",
        "単年度",
        38.2,
        41.5,
        45.0,
        46.0,
        48.0,
        50.0,
        "学校教育課",
    ),
]


def hitachiomiya() -> Path:
    wb, ws = _sheet("成果指標進捗管理", [5, 22, 44, 6, 8, 9, 9, 9, 9, 9, 9, 15])
    _text(ws, 1, 1, "常陸大宮市重点事業計画　成果指標進捗管理シート", bold=True, size=14)
    _text(ws, 2, 12, "令和6年10月　常陸大宮市政策推進課", align="right")
    fields = [
        ("政策プロジェクト", "人口流出を防ぐダムの構築と実践", "対象年度", "令和6年度"),
        (
            "計画期間",
            "令和6年度～令和8年度（3か年・毎年度見直し）",
            "基本計画",
            "常陸大宮市総合計画 基本計画（令和4年度～令和8年度）",
        ),
        ("重点事業費（当該年度当初・千円）", 1284300, "重点事業数", "12事業（うち本表掲載4事業）"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 4, v1, align="left")
        _span(ws, r, 5, 7, l2, header=True)
        _span(ws, r, 8, 12, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■重点事業の成果指標", bold=True, size=11)
    h = 9
    for c, word in [
        (1, "No."),
        (2, "重点事業"),
        (3, "成果指標"),
        (4, "単位"),
        (5, "集計"),
        (12, "担当課"),
    ]:
        _down(ws, h, h + 1, c, word, header=True)
    for c1, c2, word, lower in [
        (6, 7, "実績", ["前々年度", "前年度"]),
        (8, 9, "当該年度", ["目標", "見込"]),
        (10, 11, "目標", ["次年度", "最終年度"]),
    ]:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, prog, name, unit, agg, *vals, dept in HO_ROWS:
        _put(ws, r, 1, no, align="center")
        if prog:
            span = 1
            while int(no) - 1 + span < len(HO_ROWS) and HO_ROWS[int(no) - 1 + span][1] == "":
                span += 1
            _down(ws, r, r + span - 1, 2, prog)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _put(ws, r, 5, agg, align="center")
        _vals(ws, r, 6, vals)
        _put(ws, r, 12, dept, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※「前々年度」「前年度」「当該年度」「次年度」は対象年度を、「最終年度」は計画期間を基準とした年度です。",
            "※集計欄の「累計」は、助成を開始した令和3年度からの累計値、「単年度」は各年度の値です。",
            "※当該年度の見込は、令和6年9月末までの実績をもとに推計した値です。",
            "※不妊治療費の全額助成は県内で唯一の取組です（No.2）。重点事業12事業の当初予算額の合計は1,284,300千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hitachiomiya_juten_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小鹿野町 (埼玉県秩父郡): 頑張る地方応援プログラム プロジェクト成果報告書（平成20年度）
# --------------------------------------------------------------------------------------------

# Real (頑張る地方応援プログラム 様式1, 小鹿野町): the プロジェクト名 ふるさと観光交流プロジェクト, 継続, the
# period 平成19年度から平成21年度, the 概要 (花と自然, 小鹿野歌舞伎, セツブンソウ園地, 町屋や蔵の街並み修景,
# 100km圏), the 観光入込客数 1,512千人 (平成17年) and the target 1,588千人 (平成21年). Also 総合政策課
# (today's 課, 2024). Made up: the report, its date, the money, every other figure and note.
OG_HEAD = [
    "観光入込客数\n（千人）",
    "節分草園の入園者数\n（人）",
    "町並み修景整備件数\n（累計）（件）",
    "小鹿野歌舞伎公演の\n観客数（人）",
]
OG_BLOCKS = [
    ("17年", [("基準値", [1512, 21300, 0, 2150])]),
    (
        "19年",
        [
            ("目標", [1540, 22000, 4, 2300]),
            ("実績", [1548, 23410, 4, 2480]),
            ("達成率", ["100.5%", "106.4%", "100.0%", "107.8%"]),
        ],
    ),
    (
        "20年",
        [
            ("目標", [1565, 23000, 8, 2400]),
            ("実績", [1553, 19870, 7, 2610]),
            ("達成率", ["99.2%", "86.4%", "87.5%", "108.8%"]),
        ],
    ),
    ("21年", [("目標", [1588, 24000, 12, 2500])]),
]


def ogano() -> Path:
    wb, ws = _sheet("成果報告", [5, 7, 8, 15, 15, 15, 15])
    _text(
        ws,
        1,
        1,
        "頑張る地方応援プログラム　プロジェクト成果報告書（平成20年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "平成21年6月　埼玉県秩父郡小鹿野町", align="right")
    _text(ws, 4, 1, "１　プロジェクトの概要", bold=True, size=11)
    fields = [
        ("都道府県名", "埼玉県", "市町村名", "小鹿野町"),
        ("プロジェクト名", "ふるさと観光交流プロジェクト", "新規・継続の区分", "継続"),
        ("プロジェクトの期間", "平成19年度から平成21年度", "担当課", "総合政策課"),
        ("事業費（19～21年度計・千円）", 96500, "うち20年度（千円）", 31800),
    ]
    r = 5
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 3, l1, header=True)
        _span(ws, r, 4, 5, v1, align="left")
        _put(ws, r, 6, l2, header=True)
        _put(ws, r, 7, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 3, "目的・概要", header=True)
    _put(ws, r, 4, None)
    _para(
        ws,
        r,
        4,
        7,
        "花と自然環境を活かしたまちづくりと、小鹿野歌舞伎を中心とする歌舞伎によるまちづくりを進めるため、"
        "セツブンソウ園地などの観光施設を整備するとともに、町屋や蔵など歴史的な建物を残す街並みの修景整備を行う。"
        "都心から100km圏内にある立地を活かし、訪れる人が小鹿野町を「自分のふるさと」と感じられる観光交流事業を充実させる。",
        48,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　成果目標の達成状況", bold=True, size=11)
    h = r + 1
    _span(ws, h, 1, 2, "年", header=True)
    _put(ws, h, 3, "区分", header=True)
    for j, word in enumerate(OG_HEAD):
        _put(ws, h, 4 + j, word, header=True)
    ws.row_dimensions[h].height = 36
    r = h + 1
    first = r
    for year, rows in OG_BLOCKS:
        _down(ws, r, r + len(rows) - 1, 2, year, align="center")
        for label, vals in rows:
            rate = label == "達成率"
            fill = LIGHT if rate else None
            _put(ws, r, 3, label, align="center", fill=fill)
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v, align="right", fmt=_fmt(v), fill=fill, size=8 if rate else 9)
            ws.row_dimensions[r].height = 18
            r += 1
    _down(ws, first, r - 1, 1, "平成", align="center")
    _notes(
        ws,
        r + 1,
        [
            "※観光入込客数は暦年（1月～12月）の集計です。計画書の成果目標は、平成17年の1,512千人を平成21年に1,588千人とするものです。",
            "※達成率＝実績÷目標。",
            "※20年の節分草園の入園者数は、開花期（2月～3月）の降雪により減少しました。",
            "※町並み修景整備件数は、平成19年度からの補助件数の累計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ogano_ganbaru_seika_h20.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 関川村 (新潟県岩船郡): 関川村総合戦略 重要業績評価指標（KPI）の検証結果（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (関川村 ふるさと納税 寄付金の使い道, 村長随想, 施政方針): the population 5,835人 (平成27年国勢調査,
# 高齢化率39.4%), 年間30～40人程度 の出生, 桂の関温泉ゆ～む, 猫ちぐら. Made up: the sheet, the strategy's
# name and period, its date and 班, the 推進会議, every indicator, figure, count, 備考 and note.
SK_ROWS = [
    ("1", "出生数", "人", 38, 29, 31, 27, 30, 35, 35, "村内の出生は年間30～40人程度で推移"),
    (
        "2",
        "社会増減数（転入者数－転出者数）",
        "人",
        -52,
        -41,
        -38,
        -29,
        -33,
        -30,
        -25,
        "30年度は転入228人・転出280人",
    ),
    (
        "3",
        "桂の関温泉「ゆ～む」の利用者数",
        "千人",
        176,
        98,
        121,
        138,
        "未集計",
        150,
        160,
        "6年度は指定管理者の報告待ち",
    ),
    (
        "4",
        "ふるさと納税寄附件数",
        "件",
        2140,
        6820,
        8115,
        9430,
        10200,
        9000,
        10000,
        "猫ちぐら等の返礼品が好調",
    ),
    ("5", "移住相談窓口を通じた移住者数", "人", "―", 6, 9, 11, 12, 10, 12, "3年度からの新規指標"),
]


def sekikawa() -> Path:
    wb, ws = _sheet("KPI検証", [5, 34, 6, 9, 9, 9, 9, 9, 9, 9, 28])
    _text(
        ws,
        1,
        1,
        "関川村総合戦略　重要業績評価指標（KPI）の検証結果（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和7年2月　関川村総務課政策推進班", align="right")
    fields = [
        (
            "計画の名称",
            "関川村まち・ひと・しごと創生総合戦略（第2期）",
            "計画期間",
            "令和2年度～令和7年度",
        ),
        (
            "村の人口",
            "5,835人（平成27年国勢調査、高齢化率39.4％）",
            "検証機関",
            "関川村総合戦略推進会議",
        ),
        ("KPIの達成見込み（6年度）", "達成 2／未達成 2／未集計 1", "KPIの数", "5"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 7, v1, align="left")
        _span(ws, r, 8, 9, l2, header=True)
        _span(ws, r, 10, 11, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の推移", bold=True, size=11)
    h = 9
    for c, word in [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (11, "備考")]:
        _down(ws, h, h + 2, c, word, header=True)
    _put(ws, h, 4, "基準値", header=True)
    _span(ws, h, 5, 8, "実績値", header=True)
    _span(ws, h, 9, 10, "目標値", header=True)
    for j, y in enumerate(["30年度", "3年度", "4年度", "5年度", "6年度"]):
        _put(ws, h + 1, 4 + j, y, header=True)
    for j, w in enumerate(["確定値", "確定値", "確定値", "速報値", "見込値"]):
        _put(ws, h + 2, 4 + j, w, header=True, size=8)
    _down(ws, h + 1, h + 2, 9, "6年度", header=True)
    _down(ws, h + 1, h + 2, 10, "7年度", header=True)
    for k in range(3):
        ws.row_dimensions[h + k].height = 18
    r = h + 3
    for no, name, unit, *vals, note in SK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※数値の区分　確定値：統計等で確定した値　速報値：公表前の速報の値　見込値：年度途中の実績から推計した値（令和7年1月末時点）",
            "※No.2は転入者数から転出者数を差し引いた数です（△は転出超過）。",
            "※No.5は3年度からの新規指標のため、基準値はありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sekikawa_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 早川町 (山梨県南巨摩郡): 第2期早川町まち・ひと・しごと創生総合戦略 KPIの推移（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town pages, 町長随想, 2021): the 第2期総合戦略 (令和3年度～令和7年度), 総務課 企画・管財担当, the
# population 960人 (2021年3月1日, 住民基本台帳), over 10,000人 in 1960, 96% 森林, 早川山菜まつり, 赤沢宿,
# 奈良田, 雨畑硯. Made up: the page's table layout, the 基本目標 and 施策 wording, every indicator, figure,
# note and date.
HY_T1 = [
    ("町の人口", "人", "960", "991", "1,008", "962", "950以上"),
    ("空き家バンクの登録物件数", "件", "14", "17", "21", "24", "30"),
    ("地域おこし協力隊の隊員数", "人", "7", "9", "8", "10", "10"),
]
HY_T2 = [
    (
        "施策2-1　観光・交流の推進",
        ["令和3年度", "令和4年度", "令和5年度", "令和7年度"],
        [
            ("観光入込客数", "千人", "168.2", "204.5", "226.9", "250.0"),
            ("早川山菜まつりの来場者数", "人", "―（中止）", "2,800", "3,600", "4,000"),
        ],
    ),
    (
        "施策2-2　地域を支える担い手づくり",
        ["令和2年度調査", "令和4年度調査", "令和6年度調査", "令和6年度"],
        [
            (
                "「これからも早川町に住み続けたい」と思う町民の割合",
                "％",
                "68.2",
                "71.5",
                "74.0",
                "75.0",
            )
        ],
    ),
]


def _hy_rows(rows) -> str:
    return "\n".join(
        f'<tr><td>{name}</td><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, unit, *vals in rows
    )


def hayakawa_html() -> str:
    t1 = _hy_rows(HY_T1)
    bodies = []
    for measure, years, rows in HY_T2:
        head = f'<tr class="nendo"><th colspan="2" class="l">{measure}</th>' + "".join(
            f"<th>{y}</th>" for y in years
        )
        bodies.append(f"<tbody>\n{head}</tr>\n{_hy_rows(rows)}\n</tbody>")
    t2 = "\n".join(bodies)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期早川町まち・ひと・しごと創生総合戦略 KPIの推移（令和5年度実績） - 早川町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ text-align: right; font-size: 9pt; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
tr.nendo th {{ background: #eaf1dd; }}
th.l {{ text-align: left; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 人口ビジョン・第2期総合戦略</p>
<h1>第2期早川町まち・ひと・しごと創生総合戦略　KPIの推移（令和5年度実績）</h1>
<p>令和6年9月30日　早川町役場総務課（企画・管財担当）</p>
<p>早川町の人口は、ピーク時の1960（昭和35）年には10,000人を超えていましたが、2021（令和3）年3月1日には住民基本台帳で960人となりました。町土の96％を森林が占める町で、第2期総合戦略（令和3年度～令和7年度）に掲げた重要業績評価指標（KPI）の推移を次のとおりお知らせします。</p>
<h2>基本目標１　新しいひとの流れをつくり、住み続けられる町をつくる</h2>
<table>
<caption>KPIの推移（各年度末現在）</caption>
<thead>
<tr><th rowspan="2">指標名</th><th rowspan="2">単位</th><th>基準値</th><th colspan="3">実績値</th><th>目標値</th></tr>
<tr><th>令和2年度</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th><th>令和7年度</th></tr>
</thead>
<tbody>
{t1}
</tbody>
</table>
<h2>基本目標２　南アルプスの恵みを活かし、しごとと交流を生み出す</h2>
<table>
<thead>
<tr><th>指標名</th><th>単位</th><th colspan="3">実績値</th><th>目標値</th></tr>
</thead>
{t2}
</table>
<p>※令和3年度の早川山菜まつりは、新型コロナウイルス感染症の影響により中止しました。</p>
<p>※町民アンケートは2年に1度（偶数年度）実施しています。令和6年度調査は令和6年7月に実施し、回答者は412人でした。</p>
<p>お問い合わせ：早川町役場総務課（企画・管財担当）</p>
</body>
</html>
"""


def hayakawa() -> Path:
    path = HERE / "hayakawa_kpi_suii_r5.html"
    path.write_bytes(hayakawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hitachiomiya, ogano, sekikawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hayakawa().name}")


if __name__ == "__main__":
    main()
