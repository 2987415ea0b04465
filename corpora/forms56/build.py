"""Build the built documents of forms56/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kitakata_action_plan_h28.xlsx``, a 総合戦略アクションプラン page in the manner of 喜多方市 (福島県):
  施策 ①–③ merged down, one 事業 a row, `目標値` without a year beside a `事業実施期間（KPIの達成期間）`
  column of ranges (`H27～H31`), `実績（H28.12末現在）`, a `H28予算額（千円）` money column, `百万円`; and the PDF;
* ``source/kanuma_suishin_kpi_r3.xlsx``, a 推進計画 KPI（成果目標）sheet in the manner of 鹿沼市 (栃木県):
  key-value fields with a 目標金額 in 円, `基準値（令和元年度） | ⇒ | 目標値（令和6年度） | 実績値…` with a
  column of `⇒` marks, units and `万円` inside the cells; and the PDF;
* ``source/nozawaonsen_kpi_kensho_h29.xlsx``, a KPI 検証シート in the manner of 野沢温泉村 (長野県):
  `実績値` over H27–H29, `目標値（H31）`, a printed `達成状況` judged against the later target, `千人泊`
  and `万円` in the 単位 column; and the PDF;
* ``betsukai_suuchi_mokuhyo_h29.html``, a 数値目標 page in the manner of 別海町 (北海道): 基本目標 cells with
  rowspan, prose targets `5年間で15件`, `5年後に333千人`, `5年後に年146人`, `千人` inside the cells.

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
    wb.properties.creator = "forms56/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms56/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms56_soffice_") as tmp:
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


def _notes(ws, r: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, r + i, 1, line, size=8)


# --------------------------------------------------------------------------------------------
# 喜多方市 (福島県): 総合戦略アクションプラン — 事業実施期間 as the target's period, H28.12末 actuals
# --------------------------------------------------------------------------------------------

# Real (dokumen.tips 喜多方市総合戦略アクションプラン 平成28年12月): the title, `(平成28年12月末現在)`,
# 基本目標1, 基本的方向(1) and its 施策 ①–③, the phrase 事業実施期間（KPIの達成期間）. Made up: the
# 事業 names, every KPI, figure, period and budget.
KITAKATA = [
    # (施策, 事業名, KPI, 単位, 基準値, 目標値, 期間, 実績, 予算額)
    (
        "①農畜産物の高品質化と生産性・収益性の向上による競争力の強化",
        "喜多方産米ブランド化推進事業",
        "特別栽培米の作付面積",
        "ha",
        412,
        500,
        "H27～H31",
        455.3,
        3200,
    ),
    (
        "①農畜産物の高品質化と生産性・収益性の向上による競争力の強化",
        "園芸作物産地化促進事業",
        "アスパラガス等園芸作物の販売額",
        "百万円",
        182,
        230,
        "H27～H31",
        "―",
        5480,
    ),
    (
        "②経営感覚のある農業経営体が中心となった農業構造の確立",
        "担い手育成総合支援事業",
        "認定農業者数",
        "経営体",
        486,
        520,
        "H27～H31",
        498,
        1850,
    ),
    (
        "②経営感覚のある農業経営体が中心となった農業構造の確立",
        "新規就農者支援事業",
        "新規就農者数（累計）",
        "人",
        "―",
        40,
        "H27～H31",
        17,
        12600,
    ),
    (
        "③低コストで効率的な森林整備の推進",
        "森林整備促進事業",
        "間伐実施面積",
        "ha",
        210,
        250,
        "H28～H30",
        96,
        24300,
    ),
]


def kitakata() -> Path:
    widths = [22, 20, 22, 7, 9, 8, 13, 12, 11]
    wb, ws = _sheet("アクションプラン", widths)
    _text(ws, 1, 1, "喜多方市総合戦略アクションプラン（平成28年12月末現在）", bold=True, size=13)
    _text(ws, 2, 9, "平成29年1月　喜多方市", align="right", size=9)
    _text(ws, 3, 1, "基本目標1　安定した雇用を創出する", bold=True, size=11)
    _text(
        ws,
        5,
        1,
        "基本的方向（1）地域の特色を活かした足腰の強い農林業を推進する",
        bold=True,
        size=10,
    )
    h = 6
    head = [
        "具体的な施策",
        "事業名",
        "KPI（重要業績評価指標）",
        "単位",
        "基準値（H26）",
        "目標値",
        "事業実施期間（KPIの達成期間）",
        "実績（H28.12末現在）",
        "H28予算額（千円）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 32
    r = h + 1
    start, prev = r, None
    for field, jigyo, name, unit, base, target, period, actual, money in KITAKATA:
        if field != prev:
            if prev is not None and r - 1 > start:
                _merge(ws, start, 1, r - 1, 1)
            start = r
            _put(ws, r, 1, field, size=8, valign="top")
            prev = field
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, jigyo, size=8)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in ((5, base), (6, target), (8, actual)):
            _put(
                ws,
                r,
                c,
                v,
                fmt="#,##0.0" if isinstance(v, float) else None,
                align="center" if isinstance(v, str) else None,
            )
        _put(ws, r, 7, period, align="center")
        _put(ws, r, 9, money)
        ws.row_dimensions[r].height = 30
        r += 1
    if r - 1 > start:
        _merge(ws, start, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※目標値は、事業実施期間の最終年度に達成すべき値です。",
            "※園芸作物の販売額は、JA集計が年度末となるため「―」としています。",
            "※予算額は、H28当初予算額と12月補正後予算額の合計です（単位：千円）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kitakata_action_plan_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鹿沼市 (栃木県): 推進計画 KPI（成果目標）— ⇒ column, 万円 in cells, 目標金額 field
# --------------------------------------------------------------------------------------------

# Real (furusato-tax.jp enterprise/270): 鹿沼市まち・ひと・しごと創生推進計画, 目標金額 6,900,000,000円, the
# six goal names, the four KPIs of 基本目標1–4 with their values (44,502,647万円⇒46,332,924万円; ―⇒10,000人;
# 29.6%⇒31%; 8.1%⇒13%). Made up: the years, the 横断的目標 KPIs and values, every 実績値, the date, the notes.
KANUMA = [
    (
        "基本目標1　稼ぐ地域をつくるとともに、安心して働けるようにする",
        "製造品出荷額等",
        "44,502,647万円",
        "46,332,924万円",
        "42,981,530万円",
        "―",
    ),
    (
        "基本目標2　鹿沼への新しいひとの流れをつくる",
        "各種SNSフォロワー数（合計）",
        "―",
        "10,000人",
        "4,812人",
        "6,935人",
    ),
    (
        "基本目標3　出会い・出産・子育ての希望をかなえる",
        "子どもがいる家庭における「子育て支援の充実」の満足度",
        "29.6%",
        "31%",
        "30.2%",
        "31.4%",
    ),
    (
        "基本目標4　ひとが集う、安心して暮らすことができる魅力的な地域をつくる",
        "コンパクトシティプラスネットワークに対する理解度",
        "8.1%",
        "13%",
        "9.5%",
        "10.8%",
    ),
    (
        "横断的目標1　多様な人材の活躍を推進する",
        "市の審議会等における女性委員の割合",
        "27.3%",
        "35%",
        "28.9%",
        "30.1%",
    ),
    (
        "横断的目標2　新しい時代の流れを力にする",
        "オンラインで申請できる行政手続の数",
        "12件",
        "100件",
        "38件",
        "64件",
    ),
]


def kanuma() -> Path:
    widths = [24, 26, 14, 3, 14, 13, 13]
    wb, ws = _sheet("KPI成果目標", widths)
    _text(
        ws, 1, 1, "鹿沼市まち・ひと・しごと創生推進計画　KPI（成果目標）の状況", bold=True, size=13
    )
    _text(ws, 2, 7, "令和4年3月　鹿沼市", align="right", size=9)
    _put(ws, 3, 1, "計画期間", header=True)
    _span(ws, 3, 2, 7, "令和2年度～令和6年度")
    _put(ws, 4, 1, "目標金額（全体）", header=True)
    _span(ws, 4, 2, 7, "6,900,000,000円")
    _text(ws, 6, 1, "■基本目標ごとのKPI（成果目標）", bold=True, size=11)
    h = 7
    for c, word in enumerate(
        [
            "基本目標",
            "KPI（成果目標）",
            "基準値（令和元年度）",
            "",
            "目標値（令和6年度）",
            "実績値（令和2年度）",
            "実績値（令和3年度）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for goal, name, base, target, a2, a3 in KANUMA:
        _put(ws, r, 1, goal, size=8)
        _put(ws, r, 2, name)
        _put(ws, r, 3, base, align="right" if base != "―" else "center")
        _put(ws, r, 4, "⇒", align="center")
        _put(ws, r, 5, target, align="right")
        _put(ws, r, 6, a2, align="right")
        _put(ws, r, 7, a3, align="right" if a3 != "―" else "center")
        ws.row_dimensions[r].height = 34
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※製造品出荷額等は経済構造実態調査等による暦年の値です。令和3年度分は未公表のため「―」。",
            "※満足度・理解度は市民意識調査（毎年度実施）の結果です。",
            "※目標金額（全体）は、推進計画に位置付けた事業の総事業費です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kanuma_suishin_kpi_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 野沢温泉村 (長野県): KPI 検証シート — 達成状況 against a later target, 千人泊 / 万円 in 単位
# --------------------------------------------------------------------------------------------

# Real (paperzz 野沢温泉村地方創生総合戦略(案), 平成28年2月24日): the strategy's name, 目標1's wording, the
# four 目標 structure. Made up: the 検証シート, every KPI, figure and 達成状況, the date and notes.
NOZAWA = [
    # (No., KPI, 単位, 基準値 H26, H27, H28, H29, 目標値 H31, 達成状況)
    ("1", "新規就農者数（年間）", "人", 2, 3, 1, 4, 3, "達成"),
    ("2", "延べ宿泊者数", "千人泊", 512.4, 530.1, 498.7, 541.0, 600.0, "未達成"),
    ("3", "外国人延べ宿泊者数", "千人泊", 68.5, 82.3, 97.6, 112.4, 100.0, "達成"),
    ("4", "村内事業所の新規雇用者数", "人", 18, 21, 25, 24, 30, "未達成"),
    ("5", "野沢菜漬等特産品の販売額", "万円", 4280, 4410, 4650, 4820, 5000, "未達成"),
]


def nozawa() -> Path:
    widths = [5, 30, 8, 11, 9, 9, 9, 11, 10]
    wb, ws = _sheet("KPI検証シート", widths)
    _text(
        ws,
        1,
        1,
        "野沢温泉村地方創生総合戦略　重要業績評価指標（KPI）検証シート（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "平成30年9月　野沢温泉村", align="right", size=9)
    _text(
        ws, 4, 1, "目標1：野沢温泉村の特性を活かした魅力ある就業機会を創出する", bold=True, size=11
    )
    h = 5
    for c, word in ((1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (4, "基準値（H26）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績値", header=True)
    for c, word in ((5, "H27"), (6, "H28"), (7, "H29")):
        _put(ws, h + 1, c, word, header=True)
    for c, word in ((8, "目標値（H31）"), (9, "達成状況")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    r = h + 2
    for no, name, unit, base, a27, a28, a29, target, status in NOZAWA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in ((4, base), (5, a27), (6, a28), (7, a29), (8, target)):
            _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, 9, status, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成状況は、H29実績値が目標値（H31）に達しているかどうかを示しています。",
            "※宿泊者数は観光協会調べ（年度集計、単位：千人泊）。",
            "※KPI関連事業費（H29決算）：18,400千円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nozawaonsen_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 別海町 (北海道): 数値目標の推移 — 基本目標 rowspan cells, prose 5年後/5年間 targets
# --------------------------------------------------------------------------------------------

# Real (expydoc 別海町総合戦略の全体像): the three basic goals' wording, the six 数値目標 and their targets
# (5年間で15件 ×2, 5年後に333千人, 5年間で15人, 5年後に年146人, 5年後に1.90), 合計特殊出生率 1.86, the
# 人口ビジョン figures in the note. Made up: the other baselines, every 実績, the date and the 課.
BETSUKAI = [
    (
        "Ⅰ　町の産業を担う次世代へ安定した雇用を創出する",
        [
            ("新規就農者数", "3件", "5年間で15件", "2件", "4件", "3件"),
            ("新規起業件数", "1件", "5年間で15件", "3件", "2件", "4件"),
        ],
    ),
    (
        "Ⅱ　魅力あふれる地域資源・地域特性を活かした新しいひとの流れを創造する",
        [
            ("観光客入込数", "296千人", "5年後に333千人", "305千人", "311千人", "298千人"),
            ("テレワーク関係移住・定住者", "―", "5年間で15人", "2人", "3人", "5人"),
        ],
    ),
    (
        "Ⅲ　若い世代が安心して結婚・妊娠・子育てできるようにする",
        [
            ("出生数", "139人", "5年後に年146人", "141人", "128人", "133人"),
            ("合計特殊出生率", "1.86", "5年後に1.90", "1.79", "1.83", "―"),
        ],
    ),
]


def betsukai_html() -> str:
    rows = []
    for goal, items in BETSUKAI:
        for i, (name, base, target, a27, a28, a29) in enumerate(items):
            lead = f'<td rowspan="{len(items)}">{goal}</td>' if i == 0 else ""
            rows.append(
                f'<tr>{lead}<td>{name}</td><td class="r">{base}</td><td class="r">{target}</td>'
                f'<td class="r">{a27}</td><td class="r">{a28}</td><td class="r">{a29}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略の数値目標の達成状況｜別海町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>別海町まち・ひと・しごと創生総合戦略　数値目標の達成状況</h1>
<p>平成30年8月　別海町 総合政策課</p>
<p>総合戦略（平成27～31年度）の4つの基本目標のうち、基本目標Ⅰ～Ⅲに掲げた数値目標の推移をお知らせします。</p>
<h2>数値目標の推移（平成27年度～平成29年度）</h2>
<table>
<thead>
<tr><th rowspan="2">基本目標</th><th rowspan="2">数値目標</th><th rowspan="2">基準値（H26）</th><th rowspan="2">目標（5年後）</th><th colspan="3">実績</th></tr>
<tr><th>平成27年度</th><th>平成28年度</th><th>平成29年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※合計特殊出生率の平成29年度は、公表前のため「―」としています。</p>
<p class="note">※人口ビジョンでは、平成72年の推計人口9,935人に対し、目標人口を11,500人以上としています。</p>
<p class="note">※基本目標Ⅳ（時代にあった地域を作り、安心なくらしを守る）の数値目標は別表のとおりです。</p>
</body>
</html>
"""


def betsukai() -> Path:
    path = HERE / "betsukai_suuchi_mokuhyo_h29.html"
    path.write_bytes(betsukai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kitakata, kanuma, nozawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {betsukai().name}")


if __name__ == "__main__":
    main()
