"""Build the built documents of forms117/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/mimasaka_senryaku_katsudo_h27.xlsx``, a 総合戦略 1年目の活動報告 in the manner of 美作市 (岡山県):
  取組 codes ``Ⅰ-1`` … with a prose column of 主な取組 holding figures; and the PDF;
* ``source/kanonji_kpi_hyoka_r5.xlsx``, a 総合戦略 KPI 評価 in the manner of 観音寺市 (香川県): ``■施策①``
  rows across the grid, units in brackets after the names, ``延べ`` in cells, ○△× and A/B/－ columns; and the PDF;
* ``source/kikai_senkogata_kensho_h27.xlsx``, a 地方創生先行型 事業実施結果報告 in the manner of 喜界町 (鹿児島県):
  one row per 事業, targets written ``20人（H29.3）`` with their month, actuals ``（H28.3現在）``; and the PDF;
* ``kumejima_kanko_shihyo_r6.html``, a 観光振興基本計画 成果指標 in the manner of 久米島町 (沖縄県): units and
  scale words in the cells (``約9万人``, ``88.5億円``), a コロナ前比 column.

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
    wb.properties.creator = "forms117/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms117/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms117_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 美作市 (岡山県): 美作市まち・ひと・しごと創生総合戦略 1年目の活動報告（重要業績評価指標）
# --------------------------------------------------------------------------------------------

# Real: the strategy, 美作市総合戦略推進会議事務局, the report's date (平成28年8月8日), the 取組 Ⅰ-1 … Ⅰ-3
# and the facts in their prose (basic agreement with (学)大阪滋慶学園 in H28.3, 360名, H30.4 開校; the
# 発達支援センター opened H28.4 in the 美作保健センター, 7園・33人 by end of May; the 人おこし事業 of NPO法人
# 山村エンタープライズ). Made up: the 基本目標 wording, Ⅰ-4, every KPI and figure, the money.
MIMASAKA = [
    (
        "Ⅰ-1",
        "看護師等養成専修学校の誘致",
        "専門学校の誘致件数",
        "件",
        (0, 1, 1, 1),
        "平成28年3月、(学)大阪滋慶学園と「専門学校と通信制高校の設置に関する基本協定書」を締結。美作市スポーツ医療看護専門学校として平成30年4月開校予定（最大生徒数360名）。",
    ),
    (
        "Ⅰ-2",
        "発達支援センター設立事業",
        "巡回相談を実施した幼稚園・保育園数",
        "園",
        (0, 5, "―", 10),
        "平成28年4月、美作保健センター内に美作市発達支援センターを開設。平成28年5月末現在で7園・33人に面接を実施。",
    ),
    (
        "Ⅰ-3",
        "「ニートや引きこもり」の自立支援組織の創設",
        "自立支援プログラムの受入者数（累計）",
        "人",
        (0, 3, 3, 30),
        "NPO法人山村エンタープライズが「人おこしシェアハウス」を拠点に「人おこし事業」を開始。",
    ),
    (
        "Ⅰ-4",
        "企業誘致の推進",
        "誘致企業による新規雇用者数",
        "人",
        (12, 20, 16, 100),
        "企業立地奨励金を3件（24,600千円）交付。",
    ),
]


def mimasaka() -> Path:
    widths = [6, 20, 24, 5, 8, 7, 7, 8, 44]
    wb, ws = _sheet("活動報告", widths)
    _text(
        ws,
        1,
        1,
        "美作市まち・ひと・しごと創生総合戦略　1年目の活動報告（重要業績評価指標）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "平成28年8月8日　美作市総合戦略推進会議事務局", align="right")
    _text(ws, 4, 1, "基本目標Ⅰ　地域で活躍するひとを育て、しごとをつくる", bold=True, size=11)
    h = 5
    heads = [
        "番号",
        "取組",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H26）",
        "H27目標",
        "H27実績",
        "目標値\n（H31）",
        "1年目の主な取組",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for code, prog, kpi, unit, vals, prose in MIMASAKA:
        _put(ws, r, 1, code, align="center")
        _put(ws, r, 2, prog)
        _put(ws, r, 3, kpi)
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 5 + j, v, align="center")
            else:
                _put(ws, r, 5 + j, v)
        _put(ws, r, 9, prose, size=8)
        ws.row_dimensions[r].height = 40
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※H27実績の「―」は、センター開設（平成28年4月）前のため実績がないことを表します。",
            "※目標値（H31）は総合戦略の最終年度の目標です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mimasaka_senryaku_katsudo_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 観音寺市 (香川県): 第2期観音寺市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の評価（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 観音寺市, its 地方創生総合戦略推進本部 and the 第2期 strategy period from R2. Made up: the sheet, its
# date, the 基本目標 and 施策 wording, every KPI, figure and mark; the legend follows the shape of a real
# 効果検証 資料 of another city (改善○/維持△/悪化×, 順調A/要改善B/未実施－, 「延べ」 note).
KANONJI = [
    (
        "■施策①　農林水産業の振興",
        [
            ("有害鳥獣による農作物被害額（千円）", 18420, 15870, "○", "A", 15000),
            ("新規就農者数（人）", "延べ 6", "延べ 19", "○", "B", "延べ 30"),
        ],
    ),
    (
        "■施策②　商工業の振興と雇用の確保",
        [
            ("創業支援による創業者数（人）", 11, 9, "×", "B", 15),
            ("市内企業合同説明会の参加者数（人）", 240, 240, "△", "B", 300),
            ("企業誘致件数（件）", 0, "－", "－", "－", "延べ 3"),
        ],
    ),
]


def kanonji() -> Path:
    widths = [40, 12, 12, 10, 9, 12]
    wb, ws = _sheet("KPI評価", widths)
    _text(
        ws,
        1,
        1,
        "第2期観音寺市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の評価（令和5年度実績）",
        bold=True,
        size=11,
    )
    _text(ws, 2, 6, "令和6年8月　観音寺市地方創生総合戦略推進本部", align="right")
    _text(ws, 3, 1, "※目標値（R6）内の「延べ」は計画期間（5年間）の合計値", size=8)
    _text(
        ws,
        4,
        1,
        "改善・悪化：改善○，維持△，悪化×，未実施－　　達成度：順調A，要改善B，未実施－",
        size=8,
    )
    _text(ws, 6, 1, "基本目標１　安定した雇用を創出する", bold=True, size=11)
    h = 7
    heads = [
        "指　標　名",
        "現状値\n（R元）",
        "実績\n（R5）",
        "改善・\n悪化",
        "達成度",
        "目標値\n（R6）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for head, rows in KANONJI:
        _span(ws, r, 1, 6, head, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for name, base, act, mark, grade, target in rows:
            _put(ws, r, 1, name)
            for c, v in ((2, base), (3, act), (6, target)):
                if isinstance(v, str):
                    _put(ws, r, c, v, align="center" if v == "－" else "right")
                else:
                    _put(ws, r, c, v)
            _put(ws, r, 4, mark, align="center")
            _put(ws, r, 5, grade, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※改善・悪化は現状値（R元）と実績（R5）の比較、達成度は目標値（R6）に向けた進み具合です。",
            "※企業誘致件数は、令和5年度に候補地の調査を行ったため実績はありません。",
            "※基本目標１に係る令和5年度の事業費（決算）は、86,310千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kanonji_kpi_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 喜界町 (鹿児島県大島郡): 地方創生先行型 事業実施結果報告（平成27年度）
# --------------------------------------------------------------------------------------------

# Real: the report's title and column words, the 事業 names and contents of rows 1–3 (喜界版総合戦略策定事業,
# オペレーター育成事業, 「あるもの再利用」による移住・定住促進事業), their KPIs 雇用者数 20人 (H29.3),
# 移住希望研究者 1人 (H29.3) / 1人, 入込客増加 500人 (H29.3) / 2,807人, 企画観光課, the サンゴ礁科学研究所
# (H27.8, 旧早町小学校), 研究員1人定住, 研究者25人来島, 入込客52,674人(H26). Made up: the date, row 1's KPI
# and figures, row 2's actual, the 充当額 column.
KIKAI = [
    (
        "1",
        "【喜界版総合戦略策定事業】\n○国の長期ビジョンと総合戦略を勘案して、近隣市町村と連携し、地域の特性を踏まえた「喜界版総合戦略」を策定する。",
        [("総合戦略の策定", "1件（H28.3）", "1件")],
        "【内容】\n○喜界町人口ビジョン及び喜界町まち・ひと・しごと創生総合戦略策定のため、各種会議の開催、人口分析業務委託等を行った。",
        9800,
    ),
    (
        "2",
        "【オペレーター育成事業】\n○喜界町では、雇用創出のためコールセンターを誘致する。誘致には、経営資源となる人材育成・確保や求職者のスキルアップが必要となるため、企業内研修を委託する。",
        [("雇用者数", "20人（H29.3）", "―")],
        "【内容】\n○現在、コールセンターの誘致に向け、条件等について交渉を行っている。",
        4500,
    ),
    (
        "3",
        "【「あるもの再利用」による移住・定住促進事業】\n○喜界町では、学校跡地施設を改修整備して、大学の研究施設を誘致する。研究施設の誘致により、交流人口拡大及び研究者等の定住促進を図る。",
        [("移住希望研究者", "1人（H29.3）", "1人"), ("入込客増加", "500人（H29.3）", "2,807人")],
        "【内容】\n○平成27年8月、サンゴ礁科学研究所が旧早町小学校に開設した。開設に伴い、施設改修費等の補助を行った。\n【効果】\n○研究員が1人定住\n○大学等の研究者が25人来島し、調査・研究活動を行った。\n○入込客52,674人(H26)→55,481人(H27)",
        21300,
    ),
]


def kikai() -> Path:
    widths = [5, 40, 16, 13, 12, 11, 42, 11]
    wb, ws = _sheet("実施結果報告", widths)
    _text(
        ws,
        1,
        1,
        "地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）に係る事業実施結果報告",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成28年6月　鹿児島県喜界町", align="right")
    h = 4
    _head2(
        ws,
        h,
        [(1, "No."), (2, "【交付金対象事業名】\n事業内容")],
        [
            (
                3,
                5,
                "本事業における重要業績評価指標（KPI）",
                ["指標", "指標値\n（目標年月）", "実績値\n（H28.3現在）"],
            )
        ],
    )
    for c, word in (
        (6, "担当課"),
        (7, "事業実施内容・効果・今後の展開"),
        (8, "交付金充当額\n（千円）"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, content, kpis, result, money in KIKAI:
        n = len(kpis)
        for c, v in ((1, no), (2, content), (6, "企画観光課"), (7, result), (8, money)):
            _put(
                ws,
                r,
                c,
                v,
                size=8 if c in (2, 7) else 9,
                align="center" if c in (1, 6) else None,
                valign="top" if c in (2, 7) else None,
            )
            for i in range(1, n):
                _put(ws, r + i, c, None)
            if n > 1:
                _merge(ws, r, c, r + n - 1, c)
        for i, (name, target, actual) in enumerate(kpis):
            _put(ws, r + i, 3, name)
            _put(ws, r + i, 4, target, align="center")
            _put(ws, r + i, 5, actual, align="center")
            ws.row_dimensions[r + i].height = 80 if n == 1 else 62
        r += n
    _notes(
        ws,
        r + 1,
        [
            "※指標値は、事業の効果が現れる時期を目標年月として設定しています。",
            "※実績値は平成28年3月末現在の数値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kikai_senkogata_kensho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 久米島町 (沖縄県島尻郡): 第3次久米島町観光振興基本計画 成果指標の状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: 久米島町, 第3次久米島町観光振興基本計画 (令和6年度策定) and its 基本理念, 入域観光客数 about 9万人 in
# R5 (about 9割 of the pre-COVID level), 久米島紬, 兼城港ターミナル and the high-speed boat due in R7.11.
# Made up: the page, its date and 課, the other indicators, every other figure.
KUMEJIMA = [
    ("1", "入域観光客数", "約9万人", "9.6万人", "12万人", "9割程度"),
    ("2", "観光消費額", "84.2億円", "88.5億円", "110億円", "―"),
    ("3", "観光客満足度（「満足」「やや満足」の割合）", "78.4%", "80.1%", "85%以上", "―"),
    ("4", "久米島紬の新規後継者数", "2人", "3人", "延べ15人", "―"),
    ("5", "観光案内所の利用者数", "―", "1,250人", "5,000人", "―"),
]


def kumejima_html() -> str:
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in KUMEJIMA)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第3次久米島町観光振興基本計画 成果指標の状況（令和6年度）｜久米島町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>第3次久米島町観光振興基本計画　成果指標の状況（令和6年度）</h1>
<p>令和7年9月　久米島町商工観光課</p>
<p>基本理念「持続可能な島の未来をつくる共創ツーリズム」の実現に向けて、計画の成果指標の状況をお知らせします。</p>
<h2>成果指標</h2>
<table border="1">
<tr><th>No.</th><th>成果指標</th><th>基準値（R5年度）</th><th>R6年度実績</th><th>目標値（R11年度）</th><th>コロナ禍以前との比較（R5）</th></tr>
{rows}
</table>
<p>※入域観光客数の基準値は概数です。コロナ禍以前（令和元年度）と比較すると9割程度まで回復しています。</p>
<p>※久米島紬の新規後継者数の目標値は、令和7年度から令和11年度までの合計です。</p>
<p>※観光案内所は兼城港ターミナルに令和6年度に設置しました（令和7年11月に民間による高速船が就航予定）。</p>
<p>※令和6年度の観光振興関連事業費（決算）は41,560千円です。</p>
</body>
</html>
"""


def kumejima() -> Path:
    path = HERE / "kumejima_kanko_shihyo_r6.html"
    path.write_bytes(kumejima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (mimasaka, kanonji, kikai):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kumejima().name}")


if __name__ == "__main__":
    main()
