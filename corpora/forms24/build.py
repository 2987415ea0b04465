"""Build the built documents of forms24/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shibata_shisaku_hyoka_h21.xlsx``, a sheet in the manner of 新発田市 (新潟県) 「平成21年度
  事後評価結果」 (a 進捗状況 table per 基本目標 in %, then 成果指標 whose ``H21年度現状値`` is the
  year's measured value, with 進捗率 and the 最終年度 target; 施策 cells merged down their rows),
  and from it ``shibata_shisaku_hyoka_h21.pdf``;
* ``source/haboro_jimujigyo_h26.xlsx``, a sheet in the manner of 羽幌町 (北海道) 事務事業評価シート
  (key-value fields, a money table in 千円, 活動指標 / 成果指標 with an 算式 column whose text holds
  figures, and ``H25実績 | H26計画 | H26実績 | H27計画``), and from it ``haboro_jimujigyo_h26.pdf``;
* ``source/nanao_kpi_kensho_h29.xlsx``, a sheet in the manner of 七尾市 (石川県) まち・ひと・しごと
  創生総合戦略 KPI 検証 (the years stand in cells: ``基準値 | 基準年度 | 目標値 | 目標年度 | 実績値 |
  実績年度``, units in the value cells, a 関連事業費 column in 千円), and from it
  ``nanao_kpi_kensho_h29.pdf``;
* ``naka_shisaku_hyoka_h23.html``, a page in the manner of 那珂市 (茨城県) 施策評価シート (施策 2-5,
  対象 / 意図, a 対象指標 table and a 成果指標 table with a 方向性 column).

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
    wb.properties.creator = "forms24/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms24/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms24_soffice_") as tmp:
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
# 新発田市 (新潟県): 平成21年度 事後評価結果 — 現状値 is the year's measured value; 進捗率; 最終年度
# --------------------------------------------------------------------------------------------

# Real: the title words, the plan's name and period (中期基本計画 H18～H22, 4年目), the five
# 基本目標 names and their 進捗状況 percentages, the way 進捗 is computed. Made up: the 施策, the
# indicators and every figure of them, the 課 names, the notes.
SHIBATA_GOALS = [
    ("1", "市民の暮らしを守り支える安心安全のまちづくり", "29.47%"),
    ("2", "子どもから高齢者まで誰もがいきいきと輝くまちづくり", "29.32%"),
    ("3", "伝統文化の継承と豊かなこころを育む創造のまちづくり", "37.30%"),
    ("4", "豊かな市民生活を実現する産業振興によるまちづくり", "33.38%"),
    ("5", "行政の新しい波", "14.45%"),
]
SHIBATA_ROWS = [
    ("1-1　防災体制の充実", "自主防災組織の組織率", "％", 62.4, 70.0, 66.1, "48.7%", 75.0),
    ("1-1　防災体制の充実", "防災訓練参加者数", "千人", 8.2, 9.0, 9.4, "150.0%", 10.0),
    ("1-2　交通安全の推進", "交通安全教室の受講者数", "人", 5120, 5500, "―", "―", 6000),
    ("1-3　消費生活の安定", "消費生活相談の解決率", "％", 91.5, 93.0, 93.0, "100.0%", 95.0),
]


def shibata() -> Path:
    wb, ws = _sheet("施策評価", [16, 30, 7, 11, 11, 11, 10, 13])
    _text(ws, 1, 1, "平成21年度　事後評価結果（施策評価）", bold=True, size=14)
    _text(ws, 1, 8, "新発田市", size=10, align="right")
    ws.row_dimensions[1].height = 24
    _text(
        ws,
        2,
        1,
        "新発田市まちづくり総合計画中期基本計画（H18～H22）の4年目。平成21年度決算に係る評価。",
        size=9,
    )
    _text(ws, 4, 1, "１　平成21年度まちづくり進捗状況", bold=True, size=11)
    r = 5
    _put(ws, r, 1, "基本目標", header=True)
    _span(ws, r, 2, 5, "名称", header=True)
    _span(ws, r, 6, 7, "進捗状況", header=True)
    r += 1
    for no, name, pct in SHIBATA_GOALS:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 5, name)
        _span(ws, r, 6, 7, pct, align="right")
        r += 1
    _text(
        ws,
        r,
        1,
        "※進捗状況は基本目標ごとの平均の進捗率。成果指標ごとの進捗率を基本目標単位で合計し、成果指標の数で割って算出。",
        size=8,
    )
    r += 2
    _text(
        ws,
        r,
        1,
        "２　成果指標の進捗状況（基本目標1　市民の暮らしを守り支える安心安全のまちづくり）",
        bold=True,
        size=11,
    )
    r += 1
    heads = [
        "施策",
        "成果指標",
        "単位",
        "H20年度\n現状値",
        "H21年度\n目標値",
        "H21年度\n現状値",
        "進捗率",
        "H22年度目標値\n（最終年度）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    first = r
    prev = None
    for shisaku, name, unit, b, t21, a21, prog, t22 in SHIBATA_ROWS:
        _put(ws, r, 1, shisaku if shisaku != prev else None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in [(4, b), (5, t21), (6, a21), (8, t22)]:
            _put(ws, r, c, v, align="right")
        _put(ws, r, 7, prog, align="right")
        ws.row_dimensions[r].height = 20
        prev = shisaku
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    notes = [
        "※進捗率＝（H21年度現状値－H20年度現状値）÷（H21年度目標値－H20年度現状値）×100",
        "※交通安全教室の受講者数は、集計方法の見直しによりH21年度は把握していない。",
    ]
    r += 1
    for n in notes:
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "shibata_shisaku_hyoka_h21.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 羽幌町 (北海道): 事務事業評価シート — 算式 column with figures, 実績/計画 interleaved
# --------------------------------------------------------------------------------------------

# Real: that the town evaluates every 事務事業 (歳出予算の子事業) on one sheet, and the words of
# its aims (成果を重視, 住民への説明責任). Made up: the 事業, 担当課, number, money, the
# indicators and every figure of them, the evaluation words.
HABORO_FIELDS = [
    ("事務事業名", "特定健康診査事業", "事業番号", "0412"),
    ("担当課", "健康支援課", "会計区分", "国民健康保険特別会計"),
    ("総合計画の施策", "健康づくりの推進", "事業期間", "平成20年度～"),
]
HABORO_COST = [
    ("事業費", 14820, 15230, 15600),
    ("うち国・道支出金", 4210, 4380, 4500),
    ("うち一般財源", 10610, 10850, 11100),
]
HABORO_IND = [
    ("活動指標", "特定健診の受診勧奨通知数", "未受診者への個別通知", "通", 1480, 1500, 1512, 1500),
    ("活動指標", "集団健診の実施日数", "町保健福祉センターでの実施日", "日", 12, 14, 14, 14),
    (
        "成果指標",
        "特定健診受診率",
        "受診者数（1,221人）÷対象者数（3,030人）×100",
        "％",
        38.6,
        42.0,
        40.3,
        45.0,
    ),
    (
        "成果指標",
        "特定保健指導実施率",
        "指導終了者数÷指導対象者数×100",
        "％",
        18.2,
        25.0,
        "―",
        30.0,
    ),
]


def haboro() -> Path:
    wb, ws = _sheet("事務事業評価シート", [11, 24, 24, 7, 10, 10, 10, 10])
    _text(ws, 1, 1, "平成26年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 1, 8, "羽幌町", size=10, align="right")
    ws.row_dimensions[1].height = 24
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=10)
    r = 4
    for k1, v1, k2, v2 in HABORO_FIELDS:
        _put(ws, r, 1, k1, header=True)
        _span(ws, r, 2, 3, v1)
        _span(ws, r, 4, 5, k2, header=True)
        _span(ws, r, 6, 8, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "事業の目的", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "40歳から74歳までの国民健康保険被保険者に特定健康診査を行い、生活習慣病の早期発見と重症化予防を図る。",
    )
    ws.row_dimensions[r].height = 30
    r += 2
    _text(ws, r, 1, "２　事業費の推移", bold=True, size=10)
    _text(ws, r, 8, "（単位：千円）", align="right")
    r += 1
    _span(ws, r, 1, 3, "区分", header=True)
    _span(ws, r, 4, 5, "H25決算", header=True)
    _put(ws, r, 6, "H26決算", header=True)
    _span(ws, r, 7, 8, "H27予算", header=True)
    r += 1
    for name, a, b, c in HABORO_COST:
        _span(ws, r, 1, 3, name)
        _span(ws, r, 4, 5, a)
        _put(ws, r, 6, b)
        _span(ws, r, 7, 8, c)
        r += 1
    r += 1
    _text(ws, r, 1, "３　活動指標・成果指標", bold=True, size=10)
    r += 1
    heads = ["区分", "指標名", "算式・説明", "単位", "H25実績", "H26計画", "H26実績", "H27計画"]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    first = r
    for kind, name, formula, unit, a25, p26, a26, p27 in HABORO_IND:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, formula, size=8)
        _put(ws, r, 4, unit, align="center")
        for c, v in [(5, a25), (6, p26), (7, a26), (8, p27)]:
            _put(ws, r, c, v, align="right")
        ws.row_dimensions[r].height = 30
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 3, 1)
    _text(
        ws, r, 1, "※特定保健指導実施率のH26実績は、法定報告の確定前のため記載していない。", size=8
    )
    r += 2
    _text(ws, r, 1, "４　評価", bold=True, size=10)
    r += 1
    for i, h in enumerate(["必要性", "有効性", "効率性", "今後の方向性"]):
        _span(ws, r, 1 + 2 * i, 2 + 2 * i, h, header=True)
    r += 1
    for i, v in enumerate(["高い", "やや低い", "妥当", "改善して継続"]):
        _span(ws, r, 1 + 2 * i, 2 + 2 * i, v, align="center")
    r += 1
    _put(ws, r, 1, "評価の理由", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "受診率は前年度より1.7ポイント上昇したが計画には届いていない。未受診者への個別勧奨を継続し、休日健診の実施を検討する。",
    )
    ws.row_dimensions[r].height = 30
    _page(ws, "portrait")
    path = SOURCE / "haboro_jimujigyo_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 七尾市 (石川県): 総合戦略 KPI 検証 — the years stand in their own cells, units in the values
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and period (平成27年度～平成31年度), the 基本目標 Ⅰ wording, the
# population figures of the 人口ビジョン (2010年 57,900人; 2040年に総人口約41,000人; 出生率
# 2030年に1.80). Made up: the title's last words, the KPIs and every figure, the 事業費, 進捗.
NANAO_ROWS = [
    (
        "1",
        "婚活イベントによるカップル成立数（累計）",
        "12組",
        "H26",
        "60組",
        "H31",
        "38組",
        "H29",
        "順調",
        1850,
    ),
    (
        "2",
        "子育て支援センター利用者数",
        "18,420人",
        "H26",
        "20,000人",
        "H31",
        "19,105人",
        "H29",
        "順調",
        24310,
    ),
    (
        "3",
        "乳幼児健康診査の受診率",
        "96.2%",
        "H26",
        "98.0%",
        "H31",
        "97.1%",
        "H28",
        "やや遅れ",
        6420,
    ),
    ("4", "放課後児童クラブの待機児童数", "8人", "H26", "0人", "H31", "3人", "H29", "順調", 41200),
    (
        "5",
        "第3子以降保育料軽減の対象世帯数",
        "―",
        "―",
        "300世帯",
        "H31",
        "212世帯",
        "H29",
        "順調",
        38760,
    ),
]


def nanao() -> Path:
    wb, ws = _sheet("KPI検証", [5, 36, 11, 8, 11, 8, 11, 8, 9, 12])
    _text(
        ws,
        1,
        1,
        "七尾市まち・ひと・しごと創生総合戦略（平成27年度～平成31年度）　重要業績評価指標（KPI）の検証",
        bold=True,
        size=13,
    )
    _text(ws, 1, 10, "平成30年8月", size=9, align="right")
    ws.row_dimensions[1].height = 24
    _text(
        ws,
        2,
        1,
        "人口ビジョン：2010年の人口57,900人に対し、2040年に総人口約41,000人を目指す（出生率は2030年に1.80を実現）。",
        size=9,
    )
    _text(
        ws, 4, 1, "基本目標Ⅰ　若い世代が結婚・出産・子育てしやすい環境をつくる", bold=True, size=11
    )
    r = 5
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "基準値",
        "基準年度",
        "目標値",
        "目標年度",
        "実績値",
        "実績年度",
        "進捗",
        "関連事業費\n（千円）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for row in NANAO_ROWS:
        no, name, base, by, tgt, ty, act, ay, prog, cost = row
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for c, v in [(3, base), (5, tgt), (7, act)]:
            _put(ws, r, c, v, align="right")
        for c, v in [(4, by), (6, ty), (8, ay), (9, prog)]:
            _put(ws, r, c, v, align="center")
        _put(ws, r, 10, cost, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※No.3の受診率は、県の集計が1年遅れとなるため、H28の数値を記載している。",
        "※No.5は平成28年度からの新規事業のため、基準値はない。",
        "※進捗：「順調」目標達成に向け順調に推移　「やや遅れ」目標達成に向け取組の強化が必要",
    ]
    r += 1
    for n in notes:
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "nanao_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 那珂市 (茨城県): 施策評価シート — 対象 / 意図, 対象指標 and 成果指標 tables, a 方向性 column
# --------------------------------------------------------------------------------------------

# Real: the 施策 2-5 「地球にやさしい循環型社会への転換を図る」, its 対象 (市民, 事業所) and
# 意図, the indicator names 可燃ごみ排出量 / 粗大ごみ排出量 / 資源物回収量 / 不法投棄処理件数, the
# method (対象と意図で整理し、成果指標の推移を把握). Made up: the figures, the units, 方向性, 課.
NAKA_TARGET = [
    ("市の人口（4月1日現在）", "人", "56,412", "56,298", "56,105"),
    ("市内の事業所数", "事業所", "2,214", "2,198", "―"),
]
NAKA_RESULT = [
    ("可燃ごみ排出量", "t", "減らす", "13,840", "13,615", "13,702", "12,800"),
    ("粗大ごみ排出量", "t", "減らす", "612", "598", "574", "520"),
    ("資源物回収量", "t", "増やす", "2,930", "3,015", "3,088", "3,400"),
    ("不法投棄処理件数", "件", "減らす", "148", "131", "126", "100"),
]


def naka_html() -> str:
    tgt = "\n".join(
        f'<tr><th class="name">{n}</th><td>{u}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for n, u, *vals in NAKA_TARGET
    )
    res = "\n".join(
        f'<tr><th class="name">{n}</th><td>{u}</td><td>{d}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for n, u, d, *vals in NAKA_RESULT
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成23年度 施策評価シート（施策2-5）| 那珂市</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; }}
th.name {{ background: none; font-weight: normal; text-align: left; }}
td.num {{ text-align: right; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>平成23年度 施策評価シート（平成22年度実績）</h1>
<table>
<tr><th>政策</th><td>2 安全で快適な住みやすいまちづくり</td></tr>
<tr><th>施策</th><td>2-5 地球にやさしい循環型社会への転換を図る</td></tr>
<tr><th>主管課</th><td>環境課</td></tr>
</table>
<h2>1 施策の目的</h2>
<table>
<tr><th>対象（働きかける相手）</th><td>市民、事業所</td></tr>
<tr><th>意図（対象にどのようになってもらうか）</th><td>ゴミや二酸化炭素の排出量を減らすと共に、資源の有効活用を図る</td></tr>
</table>
<h2>2 指標の推移</h2>
<h3>(1) 対象指標</h3>
<table>
<tr><th>指標名</th><th>単位</th><th>平成20年度</th><th>平成21年度</th><th>平成22年度</th></tr>
{tgt}
</table>
<h3>(2) 成果指標</h3>
<table>
<tr><th rowspan="2">指標名</th><th rowspan="2">単位</th><th rowspan="2">方向性</th><th colspan="3">実績値</th><th>目標値</th></tr>
<tr><th>平成20年度</th><th>平成21年度</th><th>平成22年度</th><th>平成27年度</th></tr>
{res}
</table>
<p class="note">※方向性は、指標がどちらに動けば成果が上がったといえるかを示します。</p>
<p class="note">※市内の事業所数の平成22年度は、経済センサスの公表前のため記載していません。</p>
<h2>3 施策の評価</h2>
<p>資源物回収量は増加しているが、可燃ごみ排出量は平成22年度に増加に転じた。分別の徹底に向けた啓発を継続する。</p>
</body>
</html>
"""


def naka() -> Path:
    path = HERE / "naka_shisaku_hyoka_h23.html"
    path.write_bytes(naka_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shibata, haboro, nanao):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {naka().name}")


if __name__ == "__main__":
    main()
