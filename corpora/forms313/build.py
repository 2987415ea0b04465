"""Build the documents of forms313/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yoshimi_mezasu_shihyo_r2.xlsx``, a 総合振興計画 めざす指標 sheet in the manner of 吉見町 (埼玉県):
  form fields over a two-row grid ``No. | めざす指標 | 単位 | 策定時（H26） | 実績値 (H28 | H30 | R2) |
  目標値（R2） | 達成状況``; **target cells that carry the earlier plan's target in brackets
  (``50.0（45.0）``), explained by a note**; a ◎/○/△ 達成状況 with its legend; and the PDF;
* ``oi_senryaku_soukatsu_r2.html``, a 総合戦略（第1期） 総括評価 page in the manner of 大井町 (神奈川県):
  two ``<h2>`` 基本目標 over tables with six actual years (平成27年度 … 令和２年度); **a ``colspan="4"``
  word cell ``令和元年4月開業`` standing in four year columns**; **a target cell holding the revised
  target and, on a second line, its revision and the original target**;
* ``source/agematsu_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI検証 sheet in the manner of 上松町 (長野県):
  ``事業開始前（R4.3末） | 2022年度 (目標 | 実績) | … | 最終目標（2026年度） | 達成状況（2024年度）``;
  **2024年度 actuals counted before the year's end (``6（R6.12末時点）``)**; and the PDF;
* ``source/hinode_senryaku_kpi_r5.xlsx``, a 総合戦略 KPI進捗状況調書 in the manner of 日の出町 (東京都):
  ``基準値（R元） | R3実績 | R4実績 | R5目標 | R5実績 | 目標値（R6）``; **two rows whose names carry a
  footnote mark ``※1`` that makes their era-year columns calendar years**; and the PDF.

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
    wb.properties.creator = "forms313/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms313/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms313_soffice_") as tmp:
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
# 吉見町 (埼玉県比企郡): 第五次吉見町総合振興計画 後期基本計画 めざす指標の達成状況（最終評価）
# --------------------------------------------------------------------------------------------

# Real: the plan, its 後期 period (H28～R2), 将来像, 総合政策課, the 1954 merger of four 村 and the
# 1972 町制, 38.64km², 18,594人 (2021-03-01), いちご (県内1位), 吉見百穴 (219基), 道の駅いちごの里よしみ.
# Made up: the sheet, its date, the 基本目標 wording, every indicator, figure, mark and note.
YS_ROWS = [
    (1, "いちご狩り観光農園の入園者数", "千人", 41.2, 44.8, 46.1, 43.5, "50.0（45.0）", "○"),
    (
        2,
        "道の駅いちごの里よしみの年間売上額",
        "千円",
        512300,
        548900,
        571200,
        603400,
        "600,000（560,000）",
        "◎",
    ),
    (3, "町内の事業所数", "事業所", 612, 598, 601, 589, "620", "△"),
    (4, "吉見百穴の入場者数", "人", 78420, 81350, 84900, 52610, "90,000（85,000）", "△"),
    (5, "「町に愛着を感じる」と答えた町民の割合", "％", 68.4, 70.2, "―", 73.9, "75.0", "○"),
]


def yoshimi() -> Path:
    wb, ws = _sheet("めざす指標", [5, 34, 8, 10, 10, 10, 10, 15, 9])
    _text(ws, 1, 1, "第五次吉見町総合振興計画　後期基本計画", bold=True, size=12)
    _text(ws, 2, 1, "めざす指標の達成状況（最終評価）", bold=True, size=14)
    _text(ws, 3, 9, "令和3年8月　吉見町", align="right")
    fields = [
        ("計画の名称", "第五次吉見町総合振興計画　後期基本計画"),
        ("将来像", "笑顔でつながる 元気なまち よしみ"),
        ("計画期間", "平成28年度～令和2年度（5年間）　※基本構想は平成23年度～令和2年度"),
        ("担当課", "総合政策課"),
        (
            "町の概要",
            (
                "本町は昭和29年に東吉見・西吉見・南吉見・北吉見の4村が合併して吉見村となり、昭和47年に町制を施行しました。"
                "面積は38.64km²、人口は18,594人（令和3年3月1日現在）です。いちごは県内第1位の生産量を誇り、"
                "国指定史跡の吉見百穴では219基の横穴が確認されています。"
            ),
        ),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 44 if label == "町の概要" else 20
        r += 1
    _text(ws, 11, 1, "■基本目標３　活力とにぎわいのあるまち", bold=True, size=11)
    _head2(
        ws,
        12,
        [
            (1, "No."),
            (2, "めざす指標"),
            (3, "単位"),
            (4, "策定時\n（H26）"),
            (8, "目標値\n（R2）"),
            (9, "達成状況"),
        ],
        [(5, 7, "実績値", ["H28", "H30", "R2"])],
    )
    r = 14
    for no, name, unit, *vals, target, mark in YS_ROWS:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, target, align="right")
        _put(ws, r, 9, mark, align="center", size=11)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "達成状況　◎：目標値を達成　○：策定時より改善したが目標値に届かず　△：策定時を下回る",
            "※目標値欄の（　）内は、前期基本計画（平成27年度まで）で定めていた目標値です。",
            "※No.5はまちづくりアンケート（満18歳以上の町民2,000人を対象に隔年実施）による。H30は実施していません。",
            "※吉見百穴は新型コロナウイルス感染症拡大防止のため、令和2年4月から6月まで休場しました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "yoshimi_mezasu_shihyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上松町 (長野県木曽郡): 地域再生計画 重要業績評価指標（KPI）の検証（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the 事業 name 上松町まち・ひと・しごと創生推進事業 (企業版ふるさと納税), its two KPIs (起業・創業件数,
# 10件 by 2026; 地域外の大学生等, 30名 by 2024), 木工スタートアップ工房, ファブラボ, 168.42km², 94% 森林,
# 69% 国有林, 4,902人 (H27.4.1), 4,123人, 赤沢自然休養林, 寝覚の床. Made up: the sheet, period, 課,
# every figure but the two real targets (10, 30), the other three KPIs and the notes.
AG_ROWS = [
    (
        "木工スタートアップ工房・インキュベーション拠点からの起業・創業件数（累計）",
        "件",
        0,
        2,
        2,
        4,
        5,
        6,
        "6（R6.12末時点）",
        10,
        "達成",
    ),
    (
        "本事業を通じて上松町へ関わる地域外の大学生等の人数",
        "人",
        0,
        10,
        12,
        20,
        18,
        30,
        "27（R6.12末時点）",
        40,
        "未達成",
    ),
    ("ファブラボ利用者数", "人", "―", 300, 284, 500, 530, 700, 655, 1000, "未達成"),
    ("町有林からの地域材搬出量", "m³", 1250, 1400, 1380, 1550, 1610, 1700, 1720, 2000, "達成"),
    ("赤沢自然休養林の入込客数", "千人", 68.3, 72.0, 75.4, 76.0, 81.2, 80.0, 79.6, 85.0, "未達成"),
]


def agematsu() -> Path:
    wb, ws = _sheet("KPI検証", [40, 7, 11, 8, 8, 8, 8, 8, 14, 11, 11])
    _text(ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の検証（令和6年度）", bold=True, size=14)
    _text(ws, 2, 11, "令和7年7月　上松町", align="right")
    fields = [
        ("事業の名称", "上松町まち・ひと・しごと創生推進事業"),
        ("区分", "地方創生応援税制（企業版ふるさと納税）活用事業"),
        ("計画期間", "令和4年4月1日～令和9年3月31日"),
        ("担当課", "産業観光課"),
        (
            "町の概要",
            (
                "総面積168.42km²のうち94%が森林で、その69%を国有林が占める。人口は4,902人（平成27年4月1日）から"
                "4,123人へと減少が続く。「森林浴発祥の地」赤沢自然休養林や、木曽川沿いの景勝地寝覚の床を有する。"
            ),
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 11, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "町の概要" else 18
        r += 1
    _text(ws, 10, 1, "■KPIの目標と実績", bold=True, size=11)
    _head2(
        ws,
        11,
        [
            (1, "KPI"),
            (2, "単位"),
            (3, "事業開始前\n（R4.3末）"),
            (10, "最終目標\n（2026年度）"),
            (11, "達成状況\n（2024年度）"),
        ],
        [
            (4, 5, "2022年度", ["目標", "実績"]),
            (6, 7, "2023年度", ["目標", "実績"]),
            (8, 9, "2024年度", ["目標", "実績"]),
        ],
    )
    r = 13
    for name, unit, *vals, status in AG_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _vals(ws, r, 3, vals)
        _put(ws, r, 11, status, align="center")
        ws.row_dimensions[r].height = 28
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※2024年度の実績のうち「（R6.12末時点）」とあるものは、令和6年12月末時点の数値です（年度末の数値は令和7年度の検証で報告します）。",
            "※起業・創業件数は2022年度からの累計。最終目標の10件は地域再生計画に定めた2026年度までの目標です。",
            "※ファブラボは2022年度に開設したため、事業開始前の数値はありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "agematsu_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日の出町 (東京都西多摩郡): 総合戦略 KPI進捗状況調書（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 日の出町まち・ひと・しごと創生総合戦略 (with the 人口ビジョン, 平成28年), the 1955 merger of
# 平井村 and 大久野村, 町制 1974-06-01, 28.07km², 16,496人 (2024-11-01), 日の出山 (902m), つるつる温泉,
# 塔婆 (over 60% of national production), 圏央道日の出IC (2002). Made up: 第2期 and its period, the 課,
# the sheet, every indicator, figure and note.
HN_ROWS = [
    (1, "観光入込客数※1", "千人", 682, 598, "６４１", 700, 715, 750),
    (2, "つるつる温泉の入館者数※1", "人", 186400, 142300, 158900, 175000, 171260, 190000),
    (3, "転入者数", "人", 702, 688, 731, 720, 745, 750),
    (4, "空き家バンクを通じた移住世帯数", "世帯", 1, 2, "３", 4, 4, 5),
    (5, "町内事業所における町民の新規雇用者数", "人", 48, 39, 44, 50, 41, 55),
]


def hinode() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 34, 7, 10, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "第2期日の出町まち・ひと・しごと創生総合戦略", bold=True, size=12)
    _text(ws, 2, 1, "重要業績評価指標（KPI）進捗状況調書（令和5年度）", bold=True, size=14)
    _text(ws, 3, 9, "令和6年12月　日の出町", align="right")
    fields = [
        ("総合戦略の名称", "第2期日の出町まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度"),
        ("担当課", "企画財政課"),
        (
            "町の概況",
            (
                "昭和30年に平井村と大久野村が合併して日の出村が誕生し、昭和49年6月1日に町制を施行した。面積は28.07km²、"
                "人口は16,496人（令和6年11月1日推計）。町名の由来となった日の出山（標高902m）の麓には「つるつる温泉」があり、"
                "塔婆の生産は全国の6割以上を占める。平成14年には圏央道日の出インターチェンジが開通した。"
            ),
        ),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 56 if label == "町の概況" else 20
        r += 1
    _text(ws, 10, 1, "基本目標２　日の出町への新しいひとの流れをつくる", bold=True, size=11)
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R6）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 11, c, word, header=True)
    ws.row_dimensions[11].height = 30
    r = 12
    for no, name, unit, *vals in HN_ROWS:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　観光入込客数及びつるつる温泉の入館者数は、暦年（1月～12月）で集計しています（R5は令和5年1月～12月）。",
            "※その他の指標は年度（4月～翌年3月）の数値です。転入者数は住民基本台帳による。",
            "※R6の実績は令和7年度に取りまとめ、第3期総合戦略の策定に活用します。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hinode_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大井町 (神奈川県足柄上郡): 大井町まち・ひと・しごと創生総合戦略（第1期）の総括評価
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its period (H27～H31) and the R2.2 改訂 extending it to R2 (6 years),
# 企画財政課, 70km圏, 6割 丘陵地, 四季の里, BIOTOPIA, みかん, 相和地域. Made up: the page, its date, the
# 基本目標 wording, every KPI, figure and note (BIOTOPIA's opening month included).
OI_HEAD = """<thead>
<tr><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（平成26年度）</th><th colspan="6" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（令和２年度）</th></tr>
<tr><th scope="col">平成27年度</th><th scope="col">平成28年度</th><th scope="col">平成29年度</th><th scope="col">平成30年度</th><th scope="col">令和元年度</th><th scope="col">令和２年度</th></tr>
</thead>"""

OI_BLOCKS = [
    (
        "基本目標１　地域資源を活かした産業をつくり、安定した雇用を創出する",
        [
            [
                "農業体験施設「四季の里」の利用者数",
                "人",
                "18,240",
                "19,050",
                "20,310",
                "21,870",
                "22,400",
                "23,150",
                "9,820",
                "25,000<br><small>（R2.2改訂で上方修正、当初22,000）</small>",
            ],
            ["町内で新たに開業した事業所数", "件", "3", "4", "2", "5", "3", "6", "4", "5"],
            [
                "BIOTOPIA（ビオトピア）の来場者数",
                "千人",
                "―",
                '<td colspan="4" class="c">令和元年4月開業</td>',
                "412",
                "286",
                "450",
            ],
        ],
    ),
    (
        "基本目標２　大井町への新しいひとの流れをつくる",
        [
            ["転入者数", "人", "812", "845", "790", "868", "901", "874", "923", "900"],
            [
                "相和地域の農家民泊等の体験型観光参加者数",
                "人",
                "約300",
                "350",
                "410",
                "520",
                "610",
                "640",
                "120",
                "700",
            ],
        ],
    ),
]


def _cell(v: str) -> str:
    if v.startswith("<td"):
        return v
    return f'<td class="num">{v}</td>'


def oi_html() -> str:
    parts = []
    for goal, rows in OI_BLOCKS:
        trs = []
        for name, unit, *vals in rows:
            trs.append(
                f'<tr><th scope="row" class="l">{name}</th><td class="c">{unit}</td>'
                + "".join(_cell(v) for v in vals)
                + "</tr>"
            )
        body = "\n".join(trs)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{OI_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>大井町まち・ひと・しごと創生総合戦略（第1期）の総括評価 - 大井町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #fff; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/soshiki/">組織で探す</a> &gt; <a href="/soshiki/4/">企画財政課</a> &gt; 大井町まち・ひと・しごと創生総合戦略（第1期）の総括評価</p>
<h1>大井町まち・ひと・しごと創生総合戦略（第1期）の総括評価</h1>
<p class="date">更新日：2021年9月15日　担当：企画財政課</p>
<p>大井町は神奈川県の南西部、東京都心から70km圏に位置し、町の6割を丘陵地が占めています。総合戦略（第1期）は平成27年度から平成31年度までの5年間を期間として策定し、令和2年2月の改訂により令和2年度までの6年間に延長しました。計画期間の終了にあたり、重要業績評価指標（KPI）の推移を取りまとめ、総括評価を行いました。</p>
{tables}
<p>※令和2年度の実績は、新型コロナウイルス感染症の影響により多くの指標で大きく減少しています。</p>
<p>※BIOTOPIA（ビオトピア）は令和元年4月に開業した施設のため、平成30年度以前の実績はありません。</p>
<p>※相和地域の体験型観光参加者数の基準値は、地元団体からの聞き取りによる概数です。</p>
</body>
</html>
"""


def oi() -> Path:
    path = HERE / "oi_senryaku_soukatsu_r2.html"
    path.write_bytes(oi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yoshimi, agematsu, hinode):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {oi().name}")


if __name__ == "__main__":
    main()
