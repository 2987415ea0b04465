"""Build the built documents of forms25/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/mizunami_shisaku_hyoka_h30.xlsx``, a sheet in the manner of 瑞浪市 (岐阜県) 「施策評価調書」
  (成果指標 blocks: name and 令和5年度目標値 in one row, era-less years 25年度–30年度 across, 目標値 and
  実績値 rows, 指標説明; one empty block; a 投入コスト table in 千円), and from it
  ``mizunami_shisaku_hyoka_h30.pdf``;
* ``source/misato_jimujigyo_h29.xlsx``, a sheet in the manner of 美郷町 (島根県) 事務事業評価シート
  (事業費 in 千円, an indicator table with a 方向 column ↑/↓, an H30見込 column and 順調 / おおむね順調 /
  課題あり), and from it ``misato_jimujigyo_h29.pdf``;
* ``source/miyakojima_sogo_shinchoku_r1.xlsx``, a sheet in the manner of 宮古島市 (沖縄県) 第2次総合計画
  前期基本計画の進捗状況 (Western-year columns without the word 実績 between 基準値 and 目標値, めざす方向,
  向上 / 現状維持 / 改善が必要 against the base value, 千冊, △ values, 担当課 per row), and from it
  ``miyakojima_sogo_shinchoku_r1.pdf``;
* ``uda_suchi_mokuhyo_h29.html``, a page in the manner of 宇陀市 (奈良県) 「数値目標評価シート」 (a KPI
  table with 基準値 / 目標値 / 所管課, then a year table whose rows refer to the KPIs by label,
  ``重要業績評価指標 KPI(1)``, with 達成率 and 達成状況評価 rows).

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
    wb.properties.creator = "forms25/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms25/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms25_soffice_") as tmp:
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
# 瑞浪市 (岐阜県): 施策評価調書 — 成果指標の枠ごとに 目標値 / 実績値 の行、元号なしの年度
# --------------------------------------------------------------------------------------------

# Real: the form's headings, 大区分 / 中区分 / 小区分, 担当部局, the ①②③ 施策の内容, the first two
# indicators with their 令和5年度目標値, every 目標値 / 実績値 figure of them, 指標説明 and 関連性.
# Made up: the third indicator, the column the figures stand in, the cost table.
MIZU_FIELDS = [
    ("大区分", "健康福祉", "担当部局", "民生部"),
    ("中区分", "地域福祉・社会保障", "評価年度", "令和元年度"),
]
MIZU_AIMS = (
    "① 地域福祉に関する意識の向上を図るため、福祉情報の発信に努めます。\n"
    "② 世代間交流の促進や地域での子育て支援の充実など、支え合いの心を育てる活動を推進します。\n"
    "③ ボランティアグループや市民活動団体の活動の促進を図るため、各団体の連携や支援体制の強化を図ります。"
)
MIZU_YEARS = ["25年度", "26年度", "27年度", "28年度", "29年度", "30年度"]
MIZU_BLOCKS = [
    (
        "福祉ボランティアグループの数",
        23,
        [17, 20, 20, 20, 21, 22],
        [16, 16, 17, 18, 18, 18],
        "社会福祉協議会ボランティア連絡協議会加盟団体数",
        "ボランティア団体を増加させることにより、地域福祉の増進を図る。",
    ),
    (
        "地域の支えや社会保障が充実していることにより、安心して暮らせるまちだと感じる市民の割合",
        "71.6%",
        [67.6, 68.0, 68.4, 68.8, 69.2, 69.6],
        [67.8, 69.8, 59.6, 70.4, 68.3, 70.3],
        "「瑞浪市は、地域の支え合いや社会保障が充実しており、安心して暮らせるまちだと思いますか」の設問に対し、"
        "「そう思う」、「どちらかといえばそう思う」と回答した市民の割合",
        "市民意識調査により、施策の成果を市民の実感として把握する。",
    ),
    (
        "民生委員・児童委員による相談支援件数（件）",
        3000,
        [2600, 2650, 2700, 2750, 2800, 2850],
        ["―", 2701, 2655, 2812, 2790, 2903],
        "民生委員・児童委員活動記録による年間の相談・支援件数",
        "身近な相談相手による支援を通じて、地域の支え合いを高める。",
    ),
    ("", "", [""] * 6, [""] * 6, "", ""),
]
MIZU_COST = [
    ("事業費", 53012, 51880, 52447, 54103, 53960),
    ("うち一般財源", 41208, 40355, 40913, 42270, 41885),
    ("人件費", 18400, 18250, 18620, 18900, 19050),
]


def mizunami() -> Path:
    wb, ws = _sheet("施策評価調書", [14, 11, 11, 11, 11, 11, 11, 13])
    _text(ws, 1, 1, "令和元年度　施策評価調書（平成30年度実績）", bold=True, size=14)
    _text(ws, 1, 8, "瑞浪市", size=10, align="right")
    ws.row_dimensions[1].height = 24
    _text(ws, 3, 1, "1.施策の体系", bold=True, size=10)
    r = 4
    for k1, v1, k2, v2 in MIZU_FIELDS:
        _put(ws, r, 1, k1, header=True)
        _span(ws, r, 2, 5, v1)
        _put(ws, r, 6, k2, header=True)
        _span(ws, r, 7, 8, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "小区分", header=True)
    _span(ws, r, 2, 8, "地域福祉活動、ボランティア組織の育成・充実")
    ws.row_dimensions[r].height = 18
    r += 1
    _put(ws, r, 1, "施策の内容", header=True)
    _span(ws, r, 2, 8, MIZU_AIMS)
    ws.row_dimensions[r].height = 48
    r += 2
    _text(ws, r, 1, "2.成果指標", bold=True, size=10)
    r += 1
    for name, final, targets, actuals, expl, rel in MIZU_BLOCKS:
        _put(ws, r, 1, "成果指標名", header=True)
        _span(ws, r, 2, 6, name)
        _put(ws, r, 7, "令和5年度目標値", header=True, size=8)
        _put(ws, r, 8, final, align="right")
        ws.row_dimensions[r].height = 26
        r += 1
        _put(ws, r, 1, "年度", header=True)
        for i, y in enumerate(MIZU_YEARS):
            _put(ws, r, 2 + i, y, header=True)
        _put(ws, r, 8, "", header=True)
        r += 1
        for label, values in (("目標値", targets), ("実績値", actuals)):
            _put(ws, r, 1, label, header=True)
            for i, v in enumerate(values):
                _put(ws, r, 2 + i, v, align="right")
            _put(ws, r, 8, "")
            r += 1
        _put(ws, r, 1, "指標説明", header=True)
        _span(ws, r, 2, 8, expl, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
        _put(ws, r, 1, "指標と目的の\n関連性", header=True, size=8)
        _span(ws, r, 2, 8, rel, size=8)
        ws.row_dimensions[r].height = 22
        r += 2
    _text(ws, r, 1, "3.投入コスト", bold=True, size=10)
    _text(ws, r, 8, "単位：千円", align="right")
    r += 1
    _put(ws, r, 1, "年度", header=True)
    for i, y in enumerate(["26年度", "27年度", "28年度", "29年度", "30年度"]):
        _put(ws, r, 2 + i, y, header=True)
    _span(ws, r, 7, 8, "備考", header=True)
    r += 1
    for row in MIZU_COST:
        _put(ws, r, 1, row[0])
        for i, v in enumerate(row[1:]):
            _put(ws, r, 2 + i, v)
        _span(ws, r, 7, 8, "")
        r += 1
    _text(ws, r, 1, "※25年度の相談支援件数は集計方法の変更により把握していない。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "mizunami_shisaku_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 美郷町 (島根県): 事務事業評価シート — 方向 (↑/↓)、H30見込、順調 / おおむね順調 / 課題あり
# --------------------------------------------------------------------------------------------

# Real: 第2次長期総合計画 and its 将来像, the 総合戦略 (平成27年度策定、5年計画) and its 3年目, the
# three evaluation words and the 長期総合計画・行財政改革審議会. Made up: the 事業, 担当課, money,
# indicators and every figure.
MISATO_FIELDS = [
    ("事業名", "定住促進空き家活用事業", "担当課", "定住推進課"),
    ("計画の位置づけ", "第2次長期総合計画　重点施策", "総合戦略", "関連施策（3年目）"),
]
MISATO_COST = [
    ("事業費", 12480, 13215, 14000),
    ("うち国県支出金", 4160, 4405, 4600),
    ("一般財源", 8320, 8810, 9400),
]
MISATO_IND = [
    ("活動指標", "空き家バンク登録件数", "件", "↑", 18, 24, 30, 27, 32, "おおむね順調"),
    ("活動指標", "定住相談件数", "件", "↑", 95, 112, 120, 131, 140, "順調"),
    ("成果指標", "空き家バンクを通じた移住者数", "人", "↑", 21, 26, 30, 34, 35, "順調"),
    ("成果指標", "若年層（20～39歳）の転出超過数", "人", "↓", 48, 41, 35, 44, 40, "課題あり"),
]


def misato() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 30, 7, 7, 9, 9, 9, 9, 9, 12])
    _text(ws, 1, 1, "平成29年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 1, 10, "美郷町", size=10, align="right")
    ws.row_dimensions[1].height = 24
    _text(ws, 2, 1, "第2次長期総合計画「美しいまち・ひと・くらしがつながるみんなの美郷」", size=9)
    _text(ws, 4, 1, "1　事業の概要", bold=True, size=10)
    r = 5
    for k1, v1, k2, v2 in MISATO_FIELDS:
        _put(ws, r, 1, k1, header=True, size=8)
        _span(ws, r, 2, 4, v1)
        _span(ws, r, 5, 6, k2, header=True)
        _span(ws, r, 7, 10, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "事業の内容", header=True)
    _span(
        ws,
        r,
        2,
        10,
        "町内の空き家を調査して所有者に登録を働きかけ、空き家バンクを通じて移住希望者とのマッチングを行う。"
        "あわせて定住相談窓口を運営し、住宅改修の補助を行う。",
    )
    ws.row_dimensions[r].height = 32
    r += 2
    _text(ws, r, 1, "2　事業費の推移", bold=True, size=10)
    _text(ws, r, 10, "（単位：千円）", align="right")
    r += 1
    _span(ws, r, 1, 2, "区分", header=True)
    _span(ws, r, 3, 5, "H28決算", header=True)
    _span(ws, r, 6, 7, "H29決算", header=True)
    _span(ws, r, 8, 10, "H30予算", header=True)
    r += 1
    for name, a, b, c in MISATO_COST:
        _span(ws, r, 1, 2, name)
        _span(ws, r, 3, 5, a)
        _span(ws, r, 6, 7, b)
        _span(ws, r, 8, 10, c)
        r += 1
    r += 1
    _text(ws, r, 1, "3　活動指標・成果指標", bold=True, size=10)
    r += 1
    heads = [
        "指標区分",
        "指標名",
        "単位",
        "方向",
        "H27実績",
        "H28実績",
        "H29目標",
        "H29実績",
        "H30見込",
        "評価",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for row in MISATO_IND:
        for c, v in enumerate(row, start=1):
            align = "center" if c in (1, 3, 4, 10) else None
            _put(ws, r, c, v, align=align)
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い",
        "※H30見込は、平成30年9月末までの実績から推計したもの。",
        "※評価　順調：目標を達成　おおむね順調：目標の8割以上　課題あり：目標の8割未満",
    ]
    for n in notes:
        _text(ws, r, 1, n, size=8)
        r += 1
    r += 1
    _text(ws, r, 1, "4　今後の方向性", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "方向性", header=True)
    _span(ws, r, 2, 3, "拡充")
    _put(ws, r, 4, "理由", header=True)
    _span(
        ws,
        r,
        5,
        10,
        "移住者数は目標を上回ったが、若年層の転出超過が続いており、長期総合計画・行財政改革審議会の意見を踏まえ、"
        "若者向け住宅の確保を強化する。",
        size=8,
    )
    ws.row_dimensions[r].height = 36
    _page(ws, "portrait")
    path = SOURCE / "misato_jimujigyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宮古島市 (沖縄県): 第2次総合計画 前期基本計画 進捗状況 — 西暦の年度列、めざす方向、基準値との比較
# --------------------------------------------------------------------------------------------

# Real: the plan, its 基本理念, the 2019年度 progress report, 不登校生徒数 41人 (2015年度) and 93人
# (2019年度), ICT授業の実施 100%, the words 向上 / 現状維持 / 改善が必要. Made up: the other figures,
# the 単位, 方向 and 担当課 columns, the targets.
MIYA_ROWS = [
    ("1", "不登校生徒数", "人", "↓", 41, 68, 79, 93, 30, "改善が必要", "学校教育課"),
    (
        "2",
        "全国学力・学習状況調査の平均正答率（全国比）",
        "ポイント",
        "↑",
        "△6.2",
        "△4.8",
        "△3.9",
        "△3.1",
        "△2.0",
        "向上",
        "学校教育課",
    ),
    (
        "3",
        "ICTを活用した授業の実施率",
        "%",
        "↑",
        42.0,
        71.5,
        88.0,
        100.0,
        100.0,
        "向上",
        "学校教育課",
    ),
    (
        "4",
        "公民館講座の受講者数",
        "人",
        "↑",
        3512,
        3604,
        3498,
        3521,
        4000,
        "現状維持",
        "生涯学習振興課",
    ),
    ("5", "図書館の年間貸出冊数", "千冊", "↑", 182, 190, 201, 205, 220, "向上", "生涯学習振興課"),
]


def miyakojima() -> Path:
    wb, ws = _sheet("進捗状況", [5, 36, 8, 7, 12, 10, 10, 12, 13, 11, 14])
    _text(ws, 1, 1, "第2次宮古島市総合計画　前期基本計画　進捗状況（2019年度）", bold=True, size=14)
    ws.row_dimensions[1].height = 24
    _text(ws, 2, 1, "基本理念「心かよう夢と希望に満ちた島 宮古～みんなで創る 結いの島～」", size=9)
    _text(ws, 4, 1, "2　教育・文化・芸能", bold=True, size=11)
    r = 5
    heads = [
        "No.",
        "評価項目",
        "単位",
        "めざす\n方向",
        "基準値\n（2015年度）",
        "2017年度",
        "2018年度",
        "2019年度\n（現在値）",
        "前期目標値\n（2021年度）",
        "評価",
        "担当課",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for row in MIYA_ROWS:
        for c, v in enumerate(row, start=1):
            align = "center" if c in (1, 3, 4, 10, 11) else ("right" if 5 <= c <= 9 else None)
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "評価　向上：基準値より向上している　現状維持：基準値とほぼ横ばい　改善が必要：基準値より後退している",
        "※めざす方向　↑：増加をめざす　↓：減少をめざす　　※△はマイナスを示す（全国平均との差）。",
        "※第2章に係る2019年度の関連事業費は、1,245,300千円（決算見込）。",
    ]
    r += 1
    for n in notes:
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "miyakojima_sogo_shinchoku_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宇陀市 (奈良県): 数値目標評価シート — KPI の表と、KPI(1) / KPI(2) を名で引く年度の表
# --------------------------------------------------------------------------------------------

# Real: the sheet's name, the 基本目標 ひと wording, KPI(1) 合計特殊出生率 (0.90 → 1.40; 0.93, 1.11,
# 1.00, -), KPI(2) 人口移動（社会減） (300, 385, 245, 205; target 150; 人/年), 市民課, the 達成率 and
# letters of both, the legend, the first sentences of the 要因 text. Made up: the second 基本目標.
UDA_GOALS = [
    (
        "基本目標1「ひと」暮らしやすく交流が盛んなまちづくり",
        [
            ("KPI(1)", "合計特殊出生率", "―", "0.90", "1.40", "市民課"),
            ("KPI(2)", "人口移動（社会減）", "人/年", "300", "150", "市民課"),
        ],
        [
            ("0.90", "0.93", "1.11", "1.00", "-", ""),
            ("", "66.4%", "79.3%", "71.4%", "-", "-"),
            ("", "C", "C", "C", "X", "X"),
            ("300", "385", "245", "205", "-", ""),
            ("", "39.0%", "61.2%", "73.2%", "-", "-"),
            ("", "D", "C", "C", "X", "X"),
        ],
        "合計特殊出生率については、奈良県・全国平均と比べると厳しい数値である。一方で、人口移動（社会減）については、"
        "着実に成果があがっているため、継続して、目標達成に向けて取り組む。",
    ),
    (
        "基本目標2「しごと」地域の資源を活かした産業と雇用をつくる",
        [
            ("KPI(1)", "観光入込客数", "万人", "160.2", "200.0", "商工観光課"),
            ("KPI(2)", "市の支援による新規創業者数", "件/年", "4", "10", "商工観光課"),
        ],
        [
            ("160.2", "171.5", "176.0", "182.3", "-", ""),
            ("", "85.8%", "88.0%", "91.2%", "-", "-"),
            ("", "B", "B", "B", "X", "X"),
            ("4", "6", "9", "11", "-", ""),
            ("", "60.0%", "90.0%", "110.0%", "-", "-"),
            ("", "C", "B", "A", "X", "X"),
        ],
        "観光入込客数は、室生寺や又兵衛桜などへの誘客により増加傾向にある。創業者数は、創業支援セミナーの受講者からの"
        "創業が続いている。",
    ),
]
UDA_ROWHEADS = [
    "重要業績評価指標 KPI(1)",
    "達成率",
    "達成状況評価",
    "重要業績評価指標 KPI(2)",
    "達成率",
    "達成状況評価",
]


def uda_html() -> str:
    parts = []
    for title, kpis, rows, text in UDA_GOALS:
        kpi_rows = "\n".join(
            f'<tr><th>{k}</th><td>{n}</td><td class="c">{u}</td><td class="num">{b}</td>'
            f'<td class="num">{t}</td><td>{d}</td></tr>'
            for k, n, u, b, t, d in kpis
        )
        year_rows = "\n".join(
            f"<tr><th>{h}</th>" + "".join(f'<td class="num">{v}</td>' for v in vals) + "</tr>"
            for h, vals in zip(UDA_ROWHEADS, rows, strict=True)
        )
        parts.append(
            f"""<h2>{title}</h2>
<table>
<tr><th>KPI</th><th>指標名</th><th>単位</th><th>基準値（平成26年度）</th><th>目標値（平成31年度）</th><th>KPI所管課</th></tr>
{kpi_rows}
</table>
<table>
<tr><th>年度</th><th>策定時</th><th>H27</th><th>H28</th><th>H29</th><th>H30</th><th>H31</th></tr>
{year_rows}
</table>
<p><b>当該年度の達成状況に関する要因等</b><br>{text}</p>"""
        )
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>宇陀市まち・ひと・しごと創生総合戦略 数値目標評価シート（平成29年度実績） | 宇陀市</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>宇陀市まち・ひと・しごと創生総合戦略 数値目標評価シート（平成29年度実績）</h1>
{body}
<p class="note">達成率＝重要業績評価指標の実績値÷重要業績評価指標の目標値</p>
<p class="note">達成状況評価　A：既達成（100%以上）　B：概ね順調（80%以上100%未満）　C：努力が必要（60%以上80%未満）　D：あまり順調ではない（60%未満）　X：当該年度の実績値なし</p>
<p>問い合わせ先：宇陀市 企画課</p>
</body>
</html>
"""


def uda() -> Path:
    path = HERE / "uda_suchi_mokuhyo_h29.html"
    path.write_bytes(uda_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (mizunami, misato, miyakojima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {uda().name}")


if __name__ == "__main__":
    main()
