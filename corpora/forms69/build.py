"""Build the built documents of forms69/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kishiwada_kouka_kensho_h27.xlsx``, a 事業効果検証結果 table in the manner of 岸和田市 (大阪府):
  `No | プロジェクト名 | 取組名 | 実施内容 | KPI (指標内容 | 基準値 | 実績値（H27） | 目標値（年度）) |
  外部有識者の意見 | 交付金対象事業`, the target's year in brackets inside each target cell under a bare
  `目標値（年度）`, `なし` and `△3.2ポイント` baselines; and the PDF;
* ``source/imabari_senkogata_kohyo_h27.xlsx``, a 地方創生先行型 事業実施結果 個票 in the manner of 今治市
  (愛媛県): form fields, `事業開始前（現時点） | 目標値（H28.3） | 実績値（H28.3）`, then 事業効果 / 事業の評価
  fields in words; and the PDF;
* ``source/ukenson_kpi_jokyo_r5.xlsx``, a KPI達成状況 sheet in the manner of 宇検村 (鹿児島県): `基準値（R元） |
  R4実績 | R5実績 | R5目標 | 目標値（R6） | 判定`, `約1,200`, `3（見込）`, `百万円` in the 単位 column; and the PDF;
* ``togo_kpi_shinchoku_h30.html``, a KPI進捗 page in the manner of 東郷町 (愛知県): 施策 cells with rowspan,
  values with units and 億/万 in the cells, a `―`, a 進捗 word column.

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
    wb.properties.creator = "forms69/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms69/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms69_soffice_") as tmp:
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
# 岸和田市 (大阪府): 事業効果検証結果 — target years inside the target cells, なし and △ baselines
# --------------------------------------------------------------------------------------------

# Real (『岸和田市総合戦略』 H27年度事業効果検証結果): the columns, the two project names, the 取組 and
# 実施内容 wording, the KPI names, row 1's figures (なし, 90人, 8,450人 (H31)) and its opinion. Made up: the
# date, every other figure, the other opinions, the ○ marks, notes and money.
KISHIWADA_PROJECTS = [
    (
        "Leading City 岸和田プロジェクト",
        [
            (
                1,
                "自治基本条例の啓発・普及",
                "条例普及マンガの作成（市立産業高等学校の生徒による作成）",
                "講座等により条例を学習した市民の数",
                "なし",
                "90人",
                "8,450人（H31）",
                "今後の継続的な取組により、効果発現が期待される。",
                "○",
            ),
        ],
    ),
    (
        "出産・子育て支援プロジェクト",
        [
            (
                2,
                "安心して出産できる医療体制の整備",
                "市民病院における産婦人科の充実",
                "分娩数",
                "412件（H26）",
                "436件",
                "500件（H31）",
                "前年度から24件増加しており、引き続き体制の充実を図られたい。",
                "",
            ),
            (
                3,
                "健診未受診者に対する訪問",
                "乳幼児健診未受診者家庭を訪問",
                "未受診者訪問割合",
                "85.0%（H26）",
                "92.4%",
                "100%（H31）",
                "未受診の理由の把握に努められたい。",
                "○",
            ),
            (
                4,
                "子育て相談体制の充実",
                "子育て総合相談窓口の開設",
                "子育て家庭の不安や負担の軽減対策に対する市民の満足度",
                "△3.2ポイント（H26）",
                "1.5ポイント",
                "10.0ポイント（H31）",
                "満足度がプラスに転じたことは評価できる。",
                "○",
            ),
            (
                5,
                "様々なニーズに対応する保育環境の整備",
                "民間保育施設の運営支援",
                "保育所待機児童数",
                "48人（H27.4）",
                "31人",
                "0人（H30）",
                "施設整備と保育士の確保を一体で進められたい。",
                "",
            ),
        ],
    ),
]


def kishiwada() -> Path:
    widths = [5, 16, 17, 20, 22, 15, 10, 15, 26, 10]
    wb, ws = _sheet("効果検証結果", widths)
    _text(ws, 1, 1, "『岸和田市総合戦略』　H27年度事業効果検証結果", bold=True, size=13)
    _text(ws, 2, 10, "平成28年8月　岸和田市企画課", align="right", size=9)
    h = 4
    top = [
        "No",
        "プロジェクト名",
        "取組名",
        "実施内容",
        "KPI（重要業績評価指標）",
        None,
        None,
        None,
        "外部有識者の意見\n（岸和田市総合戦略に係る事業効果検証等会議における意見）",
        "地方創生先行型交付金対象事業",
    ]
    low = [
        None,
        None,
        None,
        None,
        "指標内容",
        "基準値",
        "実績値（H27）",
        "目標値（年度）",
        None,
        None,
    ]
    for c, word in enumerate(top, start=1):
        _put(ws, h, c, word, header=True, size=8)
        _put(ws, h + 1, c, low[c - 1], header=True, size=8)
    for c in (1, 2, 3, 4, 9, 10):
        _merge(ws, h, c, h + 1, c)
    _merge(ws, h, 5, h, 8)
    ws.row_dimensions[h].height = 30
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for project, rows in KISHIWADA_PROJECTS:
        first = r
        for no, measure, content, name, base, actual, target, opinion, mark in rows:
            _put(ws, r, 1, no, align="center", size=8)
            _put(ws, r, 3, measure, size=8)
            _put(ws, r, 4, content, size=8)
            _put(ws, r, 5, name, size=8)
            _put(ws, r, 6, base, align="right", size=8)
            _put(ws, r, 7, actual, align="right", size=8)
            _put(ws, r, 8, target, align="right", size=8)
            _put(ws, r, 9, opinion, size=8)
            _put(ws, r, 10, mark, align="center", size=8)
            ws.row_dimensions[r].height = 40
            r += 1
        _put(ws, first, 2, project, size=8)
        for rr in range(first + 1, r):
            _put(ws, rr, 2, None, size=8)
        if r - 1 > first:
            _merge(ws, first, 2, r - 1, 2)
    notes = [
        "※目標値欄の（　）内は目標年度です。基準値欄の（　）内は基準とした年度（時点）です。",
        "※満足度は、市民意識調査の満足率（「満足」「まあ満足」）から不満率（「不満」「やや不満」）を差し引いた数値です（△はマイナス）。",
        "※交付金対象事業欄の○は、地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）の対象事業です。",
        "※H27地方創生先行型交付金の交付額：48,562千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "kishiwada_kouka_kensho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 今治市 (愛媛県): 地方創生先行型 事業実施結果 個票 — fields, 事業開始前（現時点）, H28.3 target and actual
# --------------------------------------------------------------------------------------------

# Real (事業実施結果 個票): the title, 基本目標 1, 事業名, 総合戦略における位置づけ, 事業の目的 and the
# 個別事業の内容 with its figures (2回, 92名, 1回, 11名, 19回, 68名, 3回, 延べ130人). Made up: the date, the
# money, every KPI, figure and the 事業効果 words.
IMABARI_FIELDS = [
    ("交付対象事業名", "1.起業創業支援事業"),
    (
        "総合戦略における位置づけ",
        "具体的施策：(イ)地域の企業・産業が成長するまちづくり\n取組：②地域産業の競争力強化",
    ),
    (
        "事業の目的",
        "今治市は、産業競争力強化法に基づく創業支援事業計画の認定を受けており、認定計画に基づき行う創業支援事業の支援及び中堅・中小企業の成長に向けて、新たな販路開拓につながる企業の取組を総合的に支援する等の産業支援を行う。",
    ),
    (
        "個別事業の内容",
        "①創業者フォローアップ支援事業：創業フォローアップ支援セミナー（2回開催、92名参加）、ワンストップ相談会（1回、相談者11名）、個別相談会（19回実施、68名の相談）\n②地域産業支援事業費補助金：セミナー（計3回開催、延べ130人参加）、人材育成（高校ベンチャー留学など3事業）",
    ),
    ("交付金充当額", "9,850,000円"),
]
IMABARI = [
    # (label, KPI, 単位, 事業開始前, 目標, 実績)
    ("①", "創業フォローアップ支援セミナーの参加者数", "人", 0, 80, 92),
    ("②", "個別相談会の相談者数", "人", 0, 60, 68),
    ("③", "創業支援事業計画に基づく創業者数", "件", 42, 50, 47),
    ("④", "展示会出展助成による新規取引件数", "件", "―", 30, 22),
]


def imabari() -> Path:
    widths = [5, 30, 7, 13, 12, 12]
    wb, ws = _sheet("個票", widths)
    _text(
        ws,
        1,
        1,
        "地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）　事業実施結果　個票",
        bold=True,
        size=11,
    )
    _text(ws, 2, 6, "平成28年7月　今治市", align="right", size=9)
    _text(ws, 4, 1, "基本目標：1.だれもがこの地で元気に働けるふるさとを創る", bold=True, size=10)
    r = 5
    heights = [18, 30, 54, 66, 18]
    for (key, value), hgt in zip(IMABARI_FIELDS, heights, strict=True):
        _span(ws, r, 1, 2, key, header=True, align="left")
        _span(ws, r, 3, 6, value, valign="top" if hgt > 30 else None)
        ws.row_dimensions[r].height = hgt
        r += 1
    r += 1
    _text(ws, r, 1, "重要業績評価指標（KPI）", bold=True, size=10)
    r += 1
    head = ["", "KPI", "単位", "事業開始前\n（現時点）", "目標値\n（H28.3）", "実績値\n（H28.3）"]
    for c, word in enumerate(head, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for label, name, unit, base, target, actual in IMABARI:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        _put(ws, r, 5, target, align="right")
        _put(ws, r, 6, actual, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    for key, value in [
        ("事業効果", "地方創生に相当程度効果があった"),
        ("事業の評価", "KPI達成に有効であった"),
        ("今後の方針", "事業の継続"),
    ]:
        _span(ws, r, 1, 2, key, header=True, align="left")
        _span(ws, r, 3, 6, value)
        ws.row_dimensions[r].height = 18
        r += 1
    notes = [
        "※④の事業開始前の値は、平成27年度に新設した助成制度のため「―」としています。",
        "※③の創業者数は、創業支援事業計画に基づく支援を受けて創業した件数（平成27年度）です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "imabari_senkogata_kohyo_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宇検村 (鹿児島県): KPI達成状況 — R5目標 beside 目標値（R6）, ◎○△ 判定, 約, 見込, 百万円 in 単位
# --------------------------------------------------------------------------------------------

# Real: 宇検村まち・ひと・しごと創生総合戦略 (its name); 焼内湾 is the village's bay. Made up: the sheet,
# date, 課, 基本目標 wording, every KPI, figure, mark and note.
UKEN = [
    # (No., KPI, 単位, 基準値（R元）, R4実績, R5実績, R5目標, 目標値（R6）, 判定)
    (1, "焼内湾での体験型観光の参加者数", "人", "約1,200", 1480, 1630, 1500, 2000, "◎"),
    (2, "黒糖焼酎・特産品の出荷額", "百万円", 124, 131, 121, 140, 150, "△"),
    (3, "漁業・農業の新規就業者数", "人", 1, 2, "3（見込）", 2, 2, "◎"),
    (4, "村営住宅の入居率", "%", 96.5, 95.0, 97.2, 97.0, 98.0, "◎"),
    (5, "年少人口（0～14歳）", "人", 212, 205, 198, 210, 210, "○"),
]


def ukenson() -> Path:
    widths = [5, 30, 8, 11, 10, 10, 10, 11, 7]
    wb, ws = _sheet("KPI達成状況", widths)
    _text(
        ws,
        1,
        1,
        "宇検村まち・ひと・しごと創生総合戦略　KPI達成状況（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年9月　宇検村企画観光課", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　島の資源を活かし、安心して働けるしごとをつくる", bold=True, size=11)
    h = 5
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（R元）",
        "R4実績",
        "R5実績",
        "R5目標",
        "目標値（R6）",
        "判定",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for no, name, unit, *cells, mark in UKEN:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells):
            fmt = "0.0" if unit == "%" else None
            _put(ws, r, 4 + j, v, align="right", fmt=fmt)
        _put(ws, r, 9, mark, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※判定　◎：R5目標を達成　○：R5目標の9割以上　△：R5目標の9割未満",
        "※No.1の基準値は、新型コロナウイルス感染症の影響前の概数です。",
        "※No.3のR5実績は、令和6年3月末時点の見込みです。",
        "※No.5は各年度4月1日現在の住民基本台帳人口です。",
        "※令和5年度の総合戦略関連事業費：36,420千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "ukenson_kpi_jokyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東郷町 (愛知県): KPIの進捗状況 — 施策 rowspan, units and 億/万 in the cells, ―, 進捗 words
# --------------------------------------------------------------------------------------------

# Real (東郷町まち・ひと・しごと創生総合戦略（案）): 基本目標1 and the three 施策 (1)–(3) wording. Made up:
# the page, date, 課, every KPI, figure, 進捗 word, note and money.
TOGO = [
    (
        "(1)町の産業を活性化し、新たな産業の誘致を進める",
        [
            ("企業立地件数", "0社", "2社", "3社", "5社", "順調"),
            ("町内事業所の従業者数", "12,480人", "12,610人", "―", "13,000人", "順調"),
        ],
    ),
    (
        "(2)創業支援体制の構築",
        [
            ("創業支援による創業者数", "4件", "7件", "9件", "10件", "順調"),
        ],
    ),
    (
        "(3)地産地消による農業の活性化を目指す",
        [
            ("学校給食における町内産野菜の使用割合", "8.2%", "10.5%", "11.9%", "15.0%", "やや遅れ"),
            ("農産物直売所の販売額", "1.8億円", "2億1,300万円", "2億2,450万円", "2.5億円", "順調"),
        ],
    ),
]


def togo_html() -> str:
    lines = [
        "<table>",
        "<tr><th>具体的な施策</th><th>KPI</th><th>基準値（H26）</th><th>H29実績</th><th>H30実績</th><th>目標値（H31）</th><th>進捗</th></tr>",
    ]
    for measure, rows in TOGO:
        for i, (name, base, a29, a30, target, word) in enumerate(rows):
            head = f'<td rowspan="{len(rows)}">{measure}</td>' if i == 0 else ""
            if len(rows) == 1:
                head = f"<td>{measure}</td>"
            lines.append(
                f'<tr>{head}<td>{name}</td><td class="r">{base}</td><td class="r">{a29}</td><td class="r">{a30}</td><td class="r">{target}</td><td class="c">{word}</td></tr>'
            )
    lines.append("</table>")
    table = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>東郷町まち・ひと・しごと創生総合戦略　KPIの進捗状況（平成30年度）｜東郷町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>東郷町まち・ひと・しごと創生総合戦略　KPIの進捗状況（平成30年度）</h1>
<p>令和元年9月　東郷町経営企画課</p>
<p>総合戦略（平成27年度～平成31年度）の基本目標1に掲げる具体的な施策について、重要業績評価指標（KPI）の進捗をまとめました。</p>
<h2>基本目標1　しごとをつくり、安心して働けるようにする</h2>
{table}
<p class="note">※進捗は、H30実績の目標値（H31）に向けた進み具合を担当課が判断したものです。</p>
<p class="note">※町内事業所の従業者数のH30実績は、経済センサスの公表前のため「―」としています。</p>
<p class="note">※平成30年度の地方創生関連事業費：3,240万円</p>
</body>
</html>
"""


def togo() -> Path:
    path = HERE / "togo_kpi_shinchoku_h30.html"
    path.write_bytes(togo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kishiwada, imabari, ukenson):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {togo().name}")


if __name__ == "__main__":
    main()
