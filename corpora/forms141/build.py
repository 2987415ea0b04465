"""Build the built documents of forms141/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/omuta_shisaku_kensho_r2.xlsx``, a 施策評価・検証シート in the manner of 大牟田市 (福岡県):
  編 and 章 headings, a form block (施策, 主担当課), a 成果指標 grid with 実績値 H29年度…R元年度 and
  目標値 R元年度 | R3年度 under two-row headers, **a 指標達成度 column measured from the baseline
  (△ when the value fell)**, and a 構成事務事業 table with 決算額（千円） and 大変順調/順調 words; and the PDF;
* ``source/yanai_kihon_keikaku_h29.xlsx``, a 基本計画 page in the manner of 柳井市 (山口県): 節 heading,
  a ① 施策 heading with its goal line, a 現状と課題 paragraph full of figures, a target-only 成果指標 grid
  (現状値（H27） | 目標値（H33） | 目標値（H38）) with 以上 targets, and a わたしも一役 box; and the PDF;
* ``source/tarama_kpi_jisseki_h28.xlsx``, KPI等の実績 in the manner of 多良間村 (沖縄県): 基本目標 rows,
  a shaded 数値目標 row heading each block, **a 関連事業 column naming one program per row**, トン and
  千円 in 単位, H28目標 | H28実績 beside 基準値（H26） and 目標値（H31）; and the PDF;
* ``ainan_katsuseika_mokuhyo.html``, a 事業活用活性化計画目標報告書 page in the manner of 愛南町
  (愛媛県): a form table, **one 目標 (rowspan=2) over two 地区 rows**, 目標値A | 実績値B | 達成率 B/A,
  **units written as katakana words inside the cells (293.3ヘクタール, 15.4パーセント)**, per-地区
  sentences and a 事業 table with money.

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
    wb.properties.creator = "forms141/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms141/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms141_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 大竹市 (広島県): 後期基本計画 実施計画 平成28(2016)年度版
# --------------------------------------------------------------------------------------------

# Real: 大竹市総合計画（わがまちプラン）, its 後期基本計画 実施計画 平成28(2016)年度版 for 平成28(2016)～
# 平成31(2019)年度, 基本目標1 and its 目標1-① … 1-④ names. Made up: every indicator, figure and plan name.
OTAKE = [
    (
        "目標1-①\n工業の振興",
        "大竹市工業振興ビジョン（H27～H36）",
        [
            ("企業立地件数", "件", [1, 2, 2, 2, 2, 2]),
            ("製造品出荷額等", "億円", [2712, 2805, 2750, 2780, 2800, 2850]),
        ],
    ),
    (
        "目標1-②\nサービス業の振興",
        "大竹市観光振興計画（H28～H32）",
        [
            ("観光入込客数", "千人", [512, 498, 520, 530, 540, 550]),
        ],
    ),
    (
        "目標1-③\n1次産業の振興",
        "大竹市農業振興地域整備計画",
        [
            ("新規就農者数", "人", [1, "―", 2, 2, 2, 2]),
        ],
    ),
    (
        "目標1-④\n雇用の促進",
        "―",
        [
            ("就職面接会の参加者数", "人", [45, 52, 60, 60, 70, 70]),
        ],
    ),
]


# --------------------------------------------------------------------------------------------
# 大牟田市 (福岡県): 施策評価・検証シート (令和2年度評価実施・令和元年度分)
# --------------------------------------------------------------------------------------------

# Real: 大牟田市まちづくり総合プラン, 令和2年度評価実施（令和元年度分）, 第1編 / 第1章 wording, the 事務事業
# words (大変順調/順調/やや遅れ/遅れ; 継続/改善/充実/縮小/休廃止/終了). Made up: the 施策, 課, figures, money.
OMUTA = [
    # name, unit, baseline H28, actual H29, H30, R元, target R元, R3, 達成度
    ("乳幼児健康診査の受診率", "％", 96.2, 96.8, 97.1, 96.5, 98.0, 98.5, "16.7％"),
    ("地域子育て支援拠点の利用者数", "人", 21450, 22310, 23005, 23840, 23500, 25000, "116.6％"),
    ("ファミリー・サポート・センターの会員数", "人", 612, 640, 655, "―", 680, 720, "―"),
    ("子育てしやすいまちだと感じる市民の割合", "％", 58.3, "―", 60.1, 57.9, 62.0, 65.0, "△11.1％"),
    ("妊娠届出時の面接実施率", "％", 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, "―"),
]
OMUTA_JIGYO = [
    ("乳幼児健康診査事業", 38412, "順調", "継続"),
    ("地域子育て支援拠点事業", 52730, "大変順調", "充実"),
    ("ファミリー・サポート・センター事業", 6105, "やや遅れ", "改善"),
]


def omuta() -> Path:
    wb, ws = _sheet("施策評価", [34, 6, 11, 10, 10, 10, 10, 10, 12])
    _page(ws, "landscape")
    _text(ws, 1, 1, "施策評価・検証シート（令和2年度評価実施・令和元年度分）", bold=True, size=13)
    _text(ws, 2, 9, "大牟田市", align="right")
    _text(ws, 3, 1, "第1編　はぐくみ　未来を拓く人がはぐくまれています", bold=True, size=11)
    _text(ws, 4, 1, "第1章　安心して子どもを産み、育てることのできるまち", bold=True, size=10)
    r = 6
    _put(ws, r, 1, "施策", header=True)
    _span(ws, r, 2, 9, "1　安心して妊娠・出産・子育てができる支援の充実")
    _put(ws, r + 1, 1, "主担当課", header=True)
    _span(ws, r + 1, 2, 5, "子ども家庭課")
    _span(ws, r + 1, 6, 7, "関係課", header=True)
    _span(ws, r + 1, 8, 9, "健康づくり課")
    h = r + 3
    _head2(
        ws,
        h,
        [(1, "成果指標"), (2, "単位"), (3, "基準値（H28）"), (9, "指標達成度（R元）")],
        [
            (4, 6, "実績値", ["H29年度", "H30年度", "R元年度"]),
            (7, 8, "目標値", ["R元年度", "R3年度"]),
        ],
    )
    for i, (name, unit, *vals, rate) in enumerate(OMUTA):
        rr = h + 2 + i
        _put(ws, rr, 1, name)
        _put(ws, rr, 2, unit, align="center")
        _vals(ws, rr, 3, vals)
        _put(ws, rr, 9, rate, align="center" if rate == "―" else "right")
        ws.row_dimensions[rr].height = 20
    n = h + 2 + len(OMUTA)
    _notes(
        ws,
        n,
        [
            "※指標達成度＝（R元年度実績値－基準値）÷（R元年度目標値－基準値）×100。△は基準値を下回ったもの。",
            "※ファミリー・サポート・センターの会員数のR元年度実績は集計中。市民の割合は市民アンケート（H29年度は実施せず）による。",
        ],
    )
    j = n + 3
    _text(ws, j, 1, "構成事務事業の状況", bold=True, size=10)
    _put(ws, j + 1, 1, "事務事業名", header=True)
    _span(ws, j + 1, 2, 3, "決算額（千円）", header=True)
    _span(ws, j + 1, 4, 6, "実施状況と課題", header=True)
    _span(ws, j + 1, 7, 9, "今後の方向性", header=True)
    for i, (name, money, state, way) in enumerate(OMUTA_JIGYO):
        rr = j + 2 + i
        _put(ws, rr, 1, name)
        _span(ws, rr, 2, 3, money)
        _span(ws, rr, 4, 6, state, align="center")
        _span(ws, rr, 7, 9, way, align="center")
    path = SOURCE / "omuta_shisaku_kensho_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 柳井市 (山口県): 第2次柳井市総合計画 基本計画, 第1節 ① 市民の力
# --------------------------------------------------------------------------------------------

# Real: the plan, 第1節 and its title, ① 市民の力 and its goal line, the 現状と課題 facts (11 地区, 日積地区の
# 地域の夢プラン 平成21年, 平成27年 平郡東地区, わたしも一役), 2 地区 策定済み. Made up: the grid's other figures.
YANAI = [
    ("地域の夢プラン策定地区数", "地区", 2, 6, 11),
    ("自治会加入率", "％", 78.4, 80.0, 80.0),
    ("市民活動団体の登録数", "団体", "―", 40, 50),
    ("市民懇談会等への参加者数", "人", 412, "500以上", "600以上"),
]


def yanai() -> Path:
    wb, ws = _sheet("基本計画", [36, 8, 14, 14, 14])
    _page(ws, "portrait")
    _text(ws, 1, 1, "第2次柳井市総合計画　基本計画", size=9)
    _text(
        ws,
        2,
        1,
        "第1節　これからの自治体経営～「市民の力」で支えあう「市民参加」のまちづくり～",
        bold=True,
        size=11,
    )
    _text(ws, 4, 1, "①　市民の力", bold=True, size=12)
    _text(ws, 5, 1, "～市民の力を生かし、持続可能な市民主体のまちづくりを推進します～", size=10)
    _text(ws, 7, 1, "■現状と課題", bold=True, size=10)
    _para(
        ws,
        8,
        1,
        5,
        "本市には集落ごとに自治会が組織され、市内11地区には地区コミュニティ協議会があり、福祉・文化・体育・環境・広報などの分野で"
        "住民相互の交流が図られています。日積地区では平成21年に作成した「地域の夢プラン」により、平郡東地区でも平成27年に作成した"
        "プランにより、住民が主体となって地域の活性化に取り組んでいます。人口減少と少子化・高齢化が進む中、市民一人ひとりが"
        "「わたしも一役」の思いで地域の課題に取り組むことが求められています。",
        78,
    )
    h = 10
    _put(ws, h, 1, "成果指標", header=True)
    _put(ws, h, 2, "単位", header=True)
    _put(ws, h, 3, "現状値（H27）", header=True)
    _put(ws, h, 4, "目標値（H33）", header=True)
    _put(ws, h, 5, "目標値（H38）", header=True)
    ws.row_dimensions[h].height = 22
    for i, (name, unit, *vals) in enumerate(YANAI):
        rr = h + 1 + i
        _put(ws, rr, 1, name)
        _put(ws, rr, 2, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, rr, 3 + j, v, align="center" if v == "―" else "right", fmt=fmt)
        ws.row_dimensions[rr].height = 20
    n = h + 1 + len(YANAI)
    _notes(
        ws,
        n,
        [
            "※地域の夢プラン策定地区数は、市内11地区のうちプランを策定した地区の数（累計）。",
            "※市民活動団体の登録制度は平成29年度に開始するため、現状値はありません。",
        ],
    )
    k = n + 3
    _text(ws, k, 1, "■わたしも一役（市民・地域にできること）", bold=True, size=10)
    _para(
        ws,
        k + 1,
        1,
        5,
        "・自治会やコミュニティ協議会の活動に年1回以上参加しましょう。\n・地域の夢プランづくりに参加し、地域の将来を話し合いましょう。",
        34,
        border=True,
    )
    path = SOURCE / "yanai_kihon_keikaku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 多良間村 (沖縄県宮古郡): 人口ビジョン・総合戦略 KPI等の実績 (平成28年度)
# --------------------------------------------------------------------------------------------

# Real: 多良間村人口ビジョン・総合戦略 (平成28年2月), 総務財政課, 基幹産業 (さとうきび・黒糖, 新製糖工場),
# 村営塾, 定住促進住宅. Made up: the sheet, 基本目標 wording, every indicator, figure and the money.
TARAMA = [
    (
        "基本目標1　島の基幹産業を守り育て、安定したしごとをつくる",
        [
            ("数値目標", "農林水産業の新規就業者数", "人", [2, 4, 3, 5], "―"),
            (1, "さとうきび生産量", "トン", [21350, 22000, 23410, 24000], "新製糖工場整備事業"),
            (
                2,
                "黒糖販売額",
                "千円",
                [412600, 430000, 398250, 450000],
                "多良間島黒糖ブランド化推進事業",
            ),
        ],
    ),
    (
        "基本目標2　子育ての希望をかなえ、島で学び育つ環境をつくる",
        [
            ("数値目標", "出生数", "人", [14, 15, 17, 15], "―"),
            (3, "村営塾の利用者数", "人", ["―", 25, 28, 30], "村営塾運営事業"),
            (4, "定住促進住宅の入居世帯数", "世帯", [6, 10, 10, 16], "定住促進住宅整備事業"),
        ],
    ),
]


def tarama() -> Path:
    wb, ws = _sheet("KPI実績", [9, 30, 7, 12, 12, 12, 12, 30])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "多良間村人口ビジョン・総合戦略　重要業績評価指標（KPI）等の実績（平成28年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "平成29年9月　多良間村総務財政課", align="right")
    h = 4
    for c, word in enumerate(
        ["No.", "指標", "単位", "基準値（H26）", "H28目標", "H28実績", "目標値（H31）", "関連事業"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for heading, rows in TARAMA:
        _span(ws, r, 1, 8, heading, bold=True, fill=LIGHT)
        r += 1
        for no, name, unit, vals, prog in rows:
            fill = LIGHT if no == "数値目標" else None
            _put(ws, r, 1, no, align="center", fill=fill, fmt="0")
            _put(ws, r, 2, name, fill=fill)
            _put(ws, r, 3, unit, align="center", fill=fill)
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fill=fill)
            _put(ws, r, 8, prog, align="center" if prog == "―" else "left", fill=fill)
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r,
        [
            "※村営塾は平成27年度開設のため基準値なし。黒糖販売額は多良間島産黒糖の出荷額。",
            "※平成28年度の総合戦略関連事業費（決算）は 86,412千円。",
        ],
    )
    path = SOURCE / "tarama_kpi_jisseki_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 愛南町 (愛媛県南宇和郡): 事業活用活性化計画目標報告書 (愛南地区活性化計画)
# --------------------------------------------------------------------------------------------

# Real: the page's title, the form, the 区域 sentence, the four 地区, the whole 達成状況 table with its
# figures, the gist of the 大久保山 / 増田 sentences. Made up: the 愛南 / 御荘 sentences and the 事業 table.
AINAN_ROWS = """<tr><td rowspan="2">定住等の促進に資する農業用用排水施設等の機能の確保</td><td>大久保山</td><td class="num">293.3ヘクタール</td><td class="num">293.3ヘクタール</td><td class="num">100</td></tr>
<tr><td>増田</td><td class="num">4.8ヘクタール</td><td class="num">4.8ヘクタール</td><td class="num">100</td></tr>
<tr><td>交流人口の増加</td><td>愛南</td><td class="num">15.4パーセント</td><td class="num">15.6パーセント</td><td class="num">101</td></tr>
<tr><td>地域産物の販売量の増加</td><td>御荘</td><td class="num">25.2パーセント</td><td class="num">27.1パーセント</td><td class="num">107</td></tr>"""


def ainan_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>「事業活用活性化計画目標報告書」についてお知らせします｜愛南町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップ &gt; くらし &gt; 産業・ビジネス &gt; 農林業 &gt; 農業用施設</p>
<h1>「事業活用活性化計画目標報告書」についてお知らせします</h1>
<table border="1">
<tr><th>活性化計画名</th><td colspan="4">愛南地区活性化計画</td></tr>
<tr><th>計画主体名</th><th>計画主体コード</th><th>計画番号</th><th>計画期間</th><th>実施期間</th></tr>
<tr><td>愛媛県愛南町</td><td>385069</td><td>3</td><td>平成27年度～平成30年度</td><td>平成27年度～平成29年度</td></tr>
</table>
<h2>活性化計画の区域</h2>
<ul>
<li>愛南地区活性化計画は、愛南町全域から市街化・用地区域を除く23,584ヘクタールを計画区域とする。</li>
</ul>
<p>事業活用活性化目標区域は次の4地区<br>大久保山地区、増田地区、愛南地区、御荘地区</p>
<h2>1.事業活用活性化計画目標の達成状況</h2>
<table border="1">
<tr><th>事業活用活性化計画目標</th><th>地区名</th><th>目標値A</th><th>実績値B</th><th>達成率（パーセント）<br>B/A</th></tr>
{AINAN_ROWS}
</table>
<h3>大久保山地区</h3>
<p>かんがい排水施設の給水施設において、老朽化による破損や機能の低下がみられていた。給水栓や流量計等の更新整備を行うことにより、農業生産基盤の向上が図られ、目標が達成できた。</p>
<h3>増田地区</h3>
<p>農業用施設の老朽化が進行し、補修や維持管理に多大な労力を費やしていた。本事業の実施により安定的な農業用水の確保ができ、目標が達成できた。</p>
<h3>愛南地区</h3>
<p>交流施設の整備により、町外からの来訪者の割合が基準年の12.8パーセントから15.6パーセントに増加した。</p>
<h3>御荘地区</h3>
<p>直売施設の整備により、地域産物の販売量が増加し、目標を上回った。</p>
<h2>2.目標の達成のために実施した事業</h2>
<table border="1">
<tr><th>事業メニュー名</th><th>地区名</th><th>事業費（千円）</th><th>事業実施年度</th></tr>
<tr><td>農業用用排水施設</td><td>大久保山・増田</td><td class="num">48,600</td><td>平成27年度～平成28年度</td></tr>
<tr><td>地域間交流拠点</td><td>愛南</td><td class="num">31,250</td><td>平成28年度</td></tr>
<tr><td>農林水産物直売・食材供給施設</td><td>御荘</td><td class="num">22,900</td><td>平成29年度</td></tr>
</table>
</body>
</html>
"""


def ainan() -> Path:
    path = HERE / "ainan_katsuseika_mokuhyo.html"
    path.write_bytes(ainan_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (omuta, yanai, tarama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ainan().name}")


if __name__ == "__main__":
    main()
