"""Build the built documents of forms291/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/iwakura_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 岩倉市 (愛知県):
  form fields (施策番号, 施策名, 主担当課, 構成事務事業数) over a 成果指標 grid with **a
  ``目標値の考え方`` column of prose holding numbers**, **relative targets in the 目標値 cell**
  (``策定時+5ポイント``, ``維持``), ``中止`` actuals, ``約55`` in ``万人``, and **two shaded
  ``（参考）`` rows in the same year columns** (the 施策's 事業費 in 千円, and its 満足度 rank
  ``14位`` with a ``10位以内`` aim); and the PDF;
* ``source/joyo_seika_shihyo_h28.xlsx``, a 後期基本計画 成果指標 sheet in the manner of 城陽市 (京都府):
  era-less year headers (``24年度`` … ``28年度``) on a 平成29年 sheet, 施策目標 heading rows inside
  the grid, **a ``府内順位（14市中）`` column of the city's ranks** beside the values and **a
  決算額 row (千円) in the year columns closing each 施策目標 group**; ``未集計``; and the PDF;
* ``source/yamatotakada_kpi_kensho_r3.xlsx``, a 地域再生計画 KPI 効果検証シート in the manner of
  大和高田市 (奈良県): form fields with a prose 現状 box full of numbers, then per 事業 **a heading
  row that carries the 事業's 事業費 (千円) in the KPI year columns**, and per KPI three rows
  ``目標値`` / ``実績値`` / ``達成率`` with **the 基準値 merged down over the three**; and the PDF;
* ``kainan_kpi_kensho_r2.html``, a 総合戦略 KPI 検証 page in the manner of 海南市 (和歌山県): one
  ``<tbody>`` per 基本目標 opened by a ``<th colspan>`` row and **closed by a row counting the
  grades of its KPIs** (``A 1　B 0　C 1``), a ``<tfoot>`` with the overall count, **a
  ``<td colspan>`` 創生会議の意見 row between KPI rows** (``約4割``, ``約1,200万円``), values with
  units in the cell, a 担当課 column and an A/B/C 評価 column with its legend.

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
    wb.properties.creator = "forms291/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms291/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms291_soffice_") as tmp:
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
# 岩倉市 (愛知県): 第5次岩倉市総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (city.iwakura.aichi.jp/0000003821.html; 広報いわくら 2024年4月号 施政方針): the plan's name
# (第5次岩倉市総合計画, 2021–2030), the brand vegetable 「ちっチャイ菜」, the 岩倉桜まつり held in
# R6 for the first time in five years, 秘書企画課 and 行政課. Made up: the sheet, 施策, 課, figures.
IW_ROWS = [
    (
        "1",
        "市内事業所の従業者数",
        "人",
        13870,
        13620,
        13790,
        13950,
        14200,
        "策定時から約2%増（経済センサスの伸び率1.8%を参考）",
    ),
    (
        "2",
        "「ちっチャイ菜」の取扱店舗数",
        "店舗",
        12,
        15,
        18,
        21,
        25,
        "毎年2店舗程度の増加を見込む",
    ),
    (
        "3",
        "岩倉桜まつりの来場者数",
        "万人",
        "約55",
        "中止",
        "中止",
        "中止",
        "約55",
        "コロナ禍前（R元）の水準への回復",
    ),
    (
        "4",
        "商工会の会員加入率",
        "％",
        58.4,
        57.1,
        56.8,
        57.5,
        "策定時+5ポイント",
        "県内商工会の平均（63%）並みを目指す",
    ),
    (
        "5",
        "認定農業者数",
        "人",
        9,
        9,
        10,
        10,
        "維持",
        "農業者の高齢化が進む中、現状の10人程度を維持",
    ),
]
IW_REF = [
    ("（参考）施策の事業費（千円）", "", 41280, 45960, 48260, "", "R5は決算見込額"),
    (
        "（参考）市民意識調査 満足度の順位（全32施策中）",
        "18位",
        "15位",
        "14位",
        "11位",
        "10位以内",
        "市民意識調査（毎年6月）による",
    ),
]


def iwakura() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 7, 10, 10, 10, 10, 12, 34])
    _text(ws, 1, 1, "第5次岩倉市総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年8月作成", align="right")
    fields = [
        ("施策番号", "4-2", "施策名", "商工業・農業の振興"),
        ("主担当課", "商工農政課", "関係課", "秘書企画課、行政課"),
        ("構成事務事業数", "9事業", "評価者", "市民部長"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "策定時\n（R元）"),
            (8, "目標値\n（R7）"),
            (9, "目標値の考え方"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = 11
    for no, name, unit, *vals, idea in IW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, idea, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    for name, *vals, remark in IW_REF:
        _span(ws, r, 1, 3, name, fill=LIGHT, size=8)
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right", fill=LIGHT)
        _put(ws, r, 9, remark, fill=LIGHT, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1 従業者数は経済センサス及び市独自調査による各年6月1日現在の数値です。",
            "※2 岩倉桜まつりは新型コロナウイルス感染症の影響によりR2からR5まで中止しました（R6に5年ぶりに開催）。",
            "※3 目標値が「策定時+5ポイント」「維持」の指標は、目標値の考え方の欄によります。（参考）の行は成果指標ではありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "iwakura_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 城陽市 (京都府): 第3次城陽市総合計画 後期基本計画 成果指標の推移（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (第3次城陽市総合計画 後期基本計画, paperzz.com/doc/5741099): the plan's name, its period
# (平成24–28年度), the 将来像 「緑と太陽、やすらぎのまち・城陽」, 8 施策目標, JR長池駅; 企画管理部
# (城陽市議会 会議録). Made up: the sheet, the 施策目標 wording, every indicator, figure and rank.
JY_GROUPS = [
    (
        "施策目標3　都市基盤が整った快適なまち",
        [
            ("JR長池駅の1日平均乗車人員", "人", 2610, 2580, 2640, 2700, 2760, 2810, 3000, "―"),
            ("都市計画道路の整備率", "％", 58.2, 59.0, 59.6, 60.3, 61.1, 61.8, 63.0, "9位"),
        ],
        ("（施策目標3 関連事業の決算額　単位：千円）", 1284500, 1402300, 1655800, 1391200, 1520400),
    ),
    (
        "施策目標5　健やかで安心して暮らせるまち",
        [
            ("保育所待機児童数", "人", 12, 8, 5, 3, 0, 0, 0, "―"),
            ("1人1日当たりごみ排出量の削減", "g", 812, 798, 790, 781, 774, 768, 750, "4位"),
            ("特定健康診査の受診率", "％", 31.5, 33.0, 34.2, 35.8, 36.1, "未集計", 45.0, "11位"),
        ],
        ("（施策目標5 関連事業の決算額　単位：千円）", 2864100, 2910700, 3022500, 3108900, 3176300),
    ),
]


def joyo() -> Path:
    wb, ws = _sheet("成果指標", [30, 6, 10, 9, 9, 9, 9, 9, 10, 10])
    _text(
        ws,
        1,
        1,
        "第3次城陽市総合計画 後期基本計画　成果指標の推移（平成28年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "平成29年7月　城陽市企画管理部", align="right")
    _para(
        ws,
        3,
        1,
        10,
        "将来像「緑と太陽、やすらぎのまち・城陽」の実現に向け、後期基本計画（平成24年度～28年度）に掲げた8つの施策目標ごとの成果指標について、計画最終年度までの推移をまとめました。ここでは施策目標3及び5を掲載します。",
        30,
    )
    _text(ws, 5, 1, "■施策目標別 成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        6,
        [
            (1, "成果指標"),
            (2, "単位"),
            (3, "計画策定時\n（22年度）"),
            (9, "目標値\n（28年度）"),
            (10, "府内順位\n（14市中）"),
        ],
        [(4, 8, "実績値", ["24年度", "25年度", "26年度", "27年度", "28年度"])],
    )
    r = 8
    for heading, rows, money in JY_GROUPS:
        _span(ws, r, 1, 10, heading, bold=True, fill=SHADE)
        ws.row_dimensions[r].height = 20
        r += 1
        for name, unit, *vals, rank in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
            _vals(ws, r, 3, vals, fmts)
            _put(ws, r, 10, rank, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        label, *amounts = money
        _span(ws, r, 1, 3, label, fill=LIGHT, size=8)
        for j, v in enumerate(amounts):
            _put(ws, r, 4 + j, v, fill=LIGHT)
        _put(ws, r, 9, "", fill=LIGHT)
        _put(ws, r, 10, "", fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※府内順位は、27年度の数値による京都府内の市（京都市を除く14市）の中での本市の順位です（―は比較できるデータがないもの）。",
            "※特定健康診査の受診率の28年度実績は、法定報告の確定前のため未集計です。",
            "※決算額は各施策目標に位置付けた事務事業の一般会計決算額の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "joyo_seika_shihyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大和高田市 (奈良県): 地域再生計画 KPI効果検証シート（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 大和高田市まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/2166):
# the plan's name, the 2019-10-01 population 64,729人, 老年人口割合 30.7%, the 2019 出生率 1.14,
# 出生数 362人 and 自然減 430人. Made up: the sheet, 課, 事業, money and every KPI figure but 362.
YT_BLOCKS = [
    (
        "1",
        "子育て応援まちづくり事業",
        (9120, 9800, 10500),
        [
            (
                "KPI①",
                "年間出生数",
                "人",
                362,
                (370, 375, 380),
                (349, 338, ""),
                ("94.3%", "90.1%", ""),
            ),
            (
                "KPI②",
                "子育て世代包括支援センターへの相談件数",
                "件",
                1150,
                (1200, 1300, 1400),
                (1262, 1348, ""),
                ("105.2%", "103.7%", ""),
            ),
        ],
    ),
    (
        "2",
        "中心市街地にぎわい創出事業",
        (7400, 8800, 9000),
        [
            (
                "KPI③",
                "中心市街地の歩行者通行量（休日）",
                "人/日",
                4820,
                (5000, 5200, 5400),
                (3910, 4450, ""),
                ("78.2%", "85.6%", ""),
            ),
            (
                "KPI④",
                "空き店舗への新規出店数（累計）",
                "件",
                0,
                (3, 6, 9),
                (2, 5, ""),
                ("66.7%", "83.3%", ""),
            ),
        ],
    ),
]


def yamatotakada() -> Path:
    wb, ws = _sheet("KPI効果検証", [8, 30, 7, 9, 8, 11, 11, 11])
    _text(ws, 1, 1, "地域再生計画　KPI効果検証シート（令和3年度）", bold=True, size=13)
    _text(ws, 2, 8, "令和4年8月　大和高田市企画政策課", align="right")
    fields = [
        ("地域再生計画の名称", "大和高田市まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和2年4月1日～令和7年3月31日"),
        ("交付対象事業費（千円）", "18,600（令和3年度）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "地域の現状", header=True)
    _span(
        ws,
        r,
        3,
        8,
        "2019年10月1日現在の人口は64,729人、老年人口割合は30.7%。2019年の合計特殊出生率は1.14、出生数は362人、死亡数は792人で、430人の自然減となっている。",
        align="left",
        size=8,
    )
    ws.row_dimensions[r].height = 36
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    r += 1
    heads = ["No.", "事業名／KPI", "単位", "基準値\n（R元）", "区分", "R2年度", "R3年度", "R4年度"]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 26
    r += 1
    for no, name, money, kpis in YT_BLOCKS:
        _put(ws, r, 1, f"事業{no}", fill=SHADE, bold=True, align="center")
        _span(ws, r, 2, 4, name, fill=SHADE, bold=True)
        _put(ws, r, 5, "事業費\n（千円）", fill=SHADE, align="center", size=8)
        for j, v in enumerate(money):
            _put(ws, r, 6 + j, v, fill=SHADE)
        ws.row_dimensions[r].height = 24
        r += 1
        for label, kname, unit, base, tg, ac, rate in kpis:
            for k in range(3):
                for c in (1, 2, 3, 4):
                    _put(ws, r + k, c, None)
            _put(ws, r, 1, label, align="center")
            _put(ws, r, 2, kname)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base)
            for c in (1, 2, 3, 4):
                _merge(ws, r, c, r + 2, c)
            for k, (word, vals) in enumerate((("目標値", tg), ("実績値", ac), ("達成率", rate))):
                _put(ws, r + k, 5, word, align="center", size=8)
                for j, v in enumerate(vals):
                    _put(ws, r + k, 6 + j, v, align="right", size=8 if word == "達成率" else 9)
                ws.row_dimensions[r + k].height = 17
            r += 3
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝実績値÷目標値。R4年度の実績は令和5年度に検証します。",
            "※事業費の行は各事業の交付対象事業費（R4年度は予算額）で、KPIではありません。",
            "※KPI①の基準値は2019年の出生数（362人）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "yamatotakada_kpi_kensho_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 海南市 (和歌山県): まち・ひと・しごと創生総合戦略 KPIの検証結果（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画, furusato-funding.jp/projects/2209; 創生会議 news): the population 60,218人 at the
# 2005 merger and 50,848人 at 2019-03 end, the 海南市まち・ひと・しごと創生会議. Made up: the page, its
# 基本目標 wording, 課, every KPI, figure, grade, count and the 意見.
KN_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>海南市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証結果（令和2年度） - 海南市</title>
<style>
body { font-family: "IPAGothic", sans-serif; font-size: 10pt; }
table { border-collapse: collapse; margin-bottom: 0.8em; }
th, td { border: 1px solid #000; padding: 2px 6px; }
th { background: #d9d9d9; }
th.l { text-align: left; background: #f2f2f2; }
td.num { text-align: right; }
td.c { text-align: center; }
tr.note td { font-size: 9pt; }
tr.sum td { background: #f2f2f2; }
</style>
</head>
<body>
<p>ホーム &gt; 市政情報 &gt; 計画・行政評価 &gt; 地方創生</p>
<h1>海南市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証結果（令和2年度）</h1>
<p>令和3年9月30日　海南市企画財政課</p>
<p>本市の住民基本台帳人口は、合併時（2005年4月）の60,218人から2019年3月末には50,848人となりました。総合戦略に掲げたKPIの令和2年度の実績を取りまとめ、海南市まち・ひと・しごと創生会議（令和3年8月）で外部検証を行いましたので公表します。</p>
<p>評価　A：目標を達成　B：目標の8割以上　C：目標の8割未満　―：実績未確定のため評価しない</p>
<h2>１　KPIの検証結果</h2>
<table>
<thead>
<tr><th>No.</th><th>重要業績評価指標（KPI）</th><th>基準値（H30）</th><th>目標値（R2）</th><th>実績値（R2）</th><th>評価</th><th>担当課</th></tr>
</thead>
<tbody>
<tr><th colspan="7" class="l" scope="rowgroup">基本目標1　地域の特性を活かした産業の振興と雇用の創出</th></tr>
<tr><td class="c">1</td><td>市内での新規創業者数</td><td class="num">12件</td><td class="num">15件</td><td class="num">18件</td><td class="c">A</td><td>商工振興課</td></tr>
<tr><td class="c">2</td><td>紀州漆器伝統産業会館の入館者数</td><td class="num">14,200人</td><td class="num">15,000人</td><td class="num">約9,800人</td><td class="c">C</td><td>商工振興課</td></tr>
<tr class="note"><td colspan="7">【創生会議の意見】入館者数は新型コロナウイルス感染症の影響で前年度から約4割減少したが、オンライン販売（売上約1,200万円）など新たな取組を評価する。</td></tr>
<tr class="sum"><td colspan="5">基本目標1の評価（KPI 2項目）</td><td class="c">A 1　B 0　C 1</td><td></td></tr>
</tbody>
<tbody>
<tr><th colspan="7" class="l" scope="rowgroup">基本目標2　新しい人の流れをつくる</th></tr>
<tr><td class="c">3</td><td>移住相談件数</td><td class="num">36件</td><td class="num">50件</td><td class="num">41件</td><td class="c">B</td><td>企画財政課</td></tr>
<tr><td class="c">4</td><td>転出超過数の抑制</td><td class="num">412人</td><td class="num">350人</td><td class="num">298人</td><td class="c">A</td><td>企画財政課</td></tr>
<tr class="sum"><td colspan="5">基本目標2の評価（KPI 2項目）</td><td class="c">A 1　B 1　C 0</td><td></td></tr>
</tbody>
<tbody>
<tr><th colspan="7" class="l" scope="rowgroup">基本目標3　結婚・出産・子育ての希望をかなえる</th></tr>
<tr><td class="c">5</td><td>合計特殊出生率</td><td class="num">1.46</td><td class="num">1.50</td><td class="num">―（R3.12公表予定）</td><td class="c">―</td><td>子育て支援課</td></tr>
<tr class="note"><td colspan="7">【創生会議の意見】出生率は公表後に改めて検証すること。出生数（令和2年度 約250人）の推移にも注意が必要。</td></tr>
<tr><td class="c">6</td><td>地域子育て支援センターの利用者数</td><td class="num">8,450人</td><td class="num">9,000人</td><td class="num">延べ6,120人</td><td class="c">C</td><td>子育て支援課</td></tr>
<tr class="sum"><td colspan="5">基本目標3の評価（KPI 2項目）</td><td class="c">A 0　B 0　C 1　― 1</td><td></td></tr>
</tbody>
<tfoot>
<tr class="sum"><td colspan="5">全体（KPI 6項目）</td><td class="c">A 2　B 1　C 2　― 1</td><td></td></tr>
</tfoot>
</table>
<p>※基準値は平成30年度の実績です。No.4は値が小さいほど良い指標です。</p>
<p>※No.2及びNo.6の令和2年度実績は、新型コロナウイルス感染症による休館（令和2年4月～5月）の影響を受けています。</p>
</body>
</html>
"""


def kainan() -> Path:
    path = HERE / "kainan_kpi_kensho_r2.html"
    path.write_bytes(KN_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (iwakura, joyo, yamatotakada):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kainan().name}")


if __name__ == "__main__":
    main()
