"""Build the documents of forms388/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``toki_senryaku_kpi_r5.xlsx``, a workbook left as it is: a 第2期総合戦略 KPI進捗 sheet in the manner of
  土岐市 (岐阜県), whose **percentages are stored as fractions and shown through a ``0.0%`` number format**
  and whose baseline ``約6,000`` is **the number 6000 shown through the number format ``"約"#,##0``**;
  Western ``2021年度`` actual headers beside 和暦 target headers, a ``備考`` that marks one actual as a 見込値,
  and a full-width text value;
* ``source/yosano_suishin_kpi_r5.xlsx``, a 地域再生計画 KPI sheet in the manner of 与謝野町 (京都府):
  **one KPI laid over four rows, three 地域 rows and a ``計`` row that carries the KPI's values and targets**,
  ``反`` and ``ha`` units; and the PDF (landscape);
* ``source/ikaruga_kofukin_kensho_r5.xlsx``, a 交付金事業 効果検証シート in the manner of 斑鳩町 (奈良県):
  **no 単位 column, a ``（単位：人）`` line above the grid, and names that end in their own unit
  (``（千人）``, ``（件）``, ``（千円）``, ``（％）``) and override it**; ○/× 達成状況; and the PDF (portrait);
* ``kikugawa_saisei_kpi_kensho_r1.html``, a 地域再生計画 効果検証 page in the manner of 菊川市 (静岡県):
  a two-row ``<thead>`` of fiscal years over ``目標 | 実績``, **a ``colspan`` cell that holds an actual with the
  words ``（目標は平成30年度から設定）``**, a ``―`` actual and status.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are rewritten with a
fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that only.
"""
# ruff: noqa: E501, B905

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
    wb.properties.creator = "forms388/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms388/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms388_soffice_") as tmp:
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
# 土岐市 (岐阜県): 第2期総合戦略 KPI進捗状況（令和5年度実績）, a workbook left as it is
# --------------------------------------------------------------------------------------------

# Real: 第2期土岐市まち・ひと・しごと創生総合戦略, 将来像 人と自然と土が織りなす 交流文化都市, 総合政策課 (assumed),
# 面積116.16km², 約7割が丘陵地, 1,400年以上の焼き物の歴史, the 1955 merger of 5町3村, 陶磁器生産量日本一のまち,
# 年間600万人以上, 55,348人 (2020). Made up: the sheet, the period's years, every KPI, figure and remark.
# (name, unit, baseline, 2021, 2022, 2023, target R5, target R6, remark, number formats by column)
TOKI_PCT = "0.0%"
TOKI_ROWS = [
    (
        "美濃焼（陶磁器）の製造品出荷額",
        "億円",
        512.4,
        468.0,
        489.6,
        495.2,
        520.0,
        530.0,
        "2023年度は見込値（経済構造実態調査の公表前）",
        {},
    ),
    (
        "市内の事業所に勤める市民の割合",
        "％",
        0.584,
        0.571,
        0.566,
        0.562,
        0.6,
        0.6,
        "市民意識調査（毎年7月実施）",
        dict.fromkeys(range(6), TOKI_PCT),
    ),
    (
        "観光施設の入込客数",
        "千人",
        6000,
        4812,
        5530,
        6105,
        6200,
        6500,
        "主要観光施設10か所の合計",
        {0: '"約"#,##0'},
    ),
    ("新規創業者数", "人", 18, 21, "１９", 26, 25, 25, "創業支援事業計画による支援を受けた者", {}),
    ("企業立地件数（累計）", "件", 0, 3, 5, 8, 8, 10, "令和2年度からの累計", {}),
]


def toki() -> Path:
    wb, ws = _sheet("KPI進捗状況", [5, 34, 7, 11, 10, 10, 10, 10, 10, 30])
    _text(
        ws,
        1,
        1,
        "第2期土岐市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和6年8月　土岐市", align="right")
    fields = [
        ("担当課", "総合政策課"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("将来像", "人と自然と土が織りなす 交流文化都市"),
    ]
    for i, (k, v) in enumerate(fields):
        _span(ws, 3 + i, 1, 2, k, header=True)
        _span(ws, 3 + i, 3, 10, v)
    _span(ws, 6, 1, 2, "市の概要", header=True)
    _span(
        ws,
        6,
        3,
        10,
        "本市は昭和30年に5町3村が合併して誕生し、面積116.16km²の約7割を丘陵地が占めています。1,400年以上の焼き物の歴史をもつ美濃焼の産地として「陶磁器生産量日本一のまち」と呼ばれ、"
        "市内の集客施設には年間600万人以上が訪れます。人口は55,348人（2020年国勢調査）で、2015年から約2,500人減少しました。",
    )
    ws.row_dimensions[6].height = 42
    _text(
        ws, 8, 1, "基本目標２　土岐市の特長や強みを活かして「しごと」をつくる", bold=True, size=10
    )
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値（R元）"),
            (10, "備考"),
        ],
        [
            (5, 7, "実績値", ["2021年度", "2022年度", "2023年度"]),
            (8, 9, "目標値", ["R5（中間）", "R6（最終）"]),
        ],
    )
    for i, (name, unit, *vals, remark, fmts) in enumerate(TOKI_ROWS):
        r = 11 + i
        _put(ws, r, 1, str(i + 1), align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, (c, v) in enumerate(zip(range(4, 10), vals)):
            fmt = fmts.get(j) or ("#,##0.0" if isinstance(v, float) else "#,##0")
            _put(ws, r, c, v, fmt=fmt, align="right")
        _put(ws, r, 10, remark, size=8)
        ws.row_dimensions[r].height = 26
    _notes(
        ws,
        17,
        [
            "※実績値は各年度の値です（No.5を除く）。目標値は第2期総合戦略の策定時（令和2年3月）に設定しました。",
            "※各指標の所管課への照会により総合政策課が取りまとめました。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "toki_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 与謝野町 (京都府与謝郡): 地域再生計画 KPIの実績（令和5年度）, a PDF (landscape)
# --------------------------------------------------------------------------------------------

# Real: 企業版ふるさと納税を活用した与謝野町ひと・しごと・まち創生推進計画 (its name and 目標 text: 1975年 28,618人,
# 2015年 21,834人, 丹後ちりめん), 108.38km², 平成18年3月1日の3町合併, 企画財政課, 日本遺産 (2017), 京の豆っこ.
# Made up: the sheet, the period, every KPI, figure and note.
YOSANO_ROWS = [
    (
        "1",
        "丹後ちりめんの生産量",
        "反",
        [215400, 188200, 176950, 200000, 170300, 200000],
        "組合の検査反数",
    ),
    ("3", "移住相談窓口を通じた移住者数", "人", [24, 31, 38, 40, 43, 45], "世帯員を含む"),
    ("4", "「京の豆っこ」米の作付面積", "ha", [312.5, 318.0, 320.4, 330.0, 326.8, 335.0], ""),
]
YOSANO_SPLIT = [
    ("加悦地域", [3, 4, 2, None, 5, None]),
    ("岩滝地域", [1, 0, 2, None, 1, None]),
    ("野田川地域", [4, 5, 3, None, 6, None]),
    ("計", [8, 9, 7, 10, 12, 10]),
]


def _yosano_row(ws, r, no, name, split, unit, vals, remark, fill=None) -> None:
    _put(ws, r, 1, no, align="center")
    _put(ws, r, 2, name)
    _put(ws, r, 3, split, align="center", fill=fill, bold=split == "計")
    _put(ws, r, 4, unit, align="center")
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else "#,##0"
        _put(ws, r, 5 + j, v, fmt=fmt, align="right", fill=fill, bold=split == "計")
    _put(ws, r, 11, remark, size=8)
    ws.row_dimensions[r].height = 20


def yosano() -> Path:
    wb, ws = _sheet("KPI実績", [5, 32, 11, 6, 11, 10, 10, 10, 10, 11, 22])
    _text(
        ws,
        1,
        1,
        "令和５年度　与謝野町ひと・しごと・まち創生推進計画　重要業績評価指標（KPI）の実績",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "令和6年9月", align="right")
    _text(ws, 3, 1, "１　計画の概要", bold=True, size=10)
    fields = [
        (
            "地域再生計画の名称",
            "企業版ふるさと納税を活用した与謝野町ひと・しごと・まち創生推進計画",
        ),
        ("計画期間", "令和2年度～令和6年度"),
        ("担当課", "企画財政課"),
    ]
    for i, (k, v) in enumerate(fields):
        _span(ws, 4 + i, 1, 3, k, header=True)
        _span(ws, 4 + i, 4, 11, v)
    _span(ws, 7, 1, 3, "町の概況", header=True)
    _span(
        ws,
        7,
        4,
        11,
        "本町は平成18年3月1日に加悦町・岩滝町・野田川町の3町が合併して誕生した、面積108.38km²の町です。人口は1975年の28,618人をピークに減少し、2015年の国勢調査では21,834人となりました。"
        "約300年の歴史をもつ丹後ちりめんは2017年に日本遺産に認定されています。",
    )
    ws.row_dimensions[7].height = 36
    _text(ws, 9, 1, "２　重要業績評価指標（KPI）の推移", bold=True, size=10)
    heads = [
        "No.",
        "KPI",
        "内訳",
        "単位",
        "基準値（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値（R6）",
        "備考",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, 10, c, w, header=True)
    ws.row_dimensions[10].height = 24
    r = 11
    no, name, unit, vals, remark = YOSANO_ROWS[0]
    _yosano_row(ws, r, no, name, "", unit, vals, remark)
    r += 1
    for k, (split, vals) in enumerate(YOSANO_SPLIT):
        _yosano_row(
            ws,
            r + k,
            "2" if k == 0 else None,
            "織物業の新規就業者数" if k == 0 else None,
            split,
            "人" if k == 0 else None,
            vals,
            "内訳は参考（事業所の所在地別）" if k == 0 else "",
            fill=LIGHT if split == "計" else None,
        )
    for c in (1, 2, 4, 11):
        _merge(ws, r, c, r + 3, c)
    r += 4
    for no, name, unit, vals, remark in YOSANO_ROWS[1:]:
        _yosano_row(ws, r, no, name, "", unit, vals, remark)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2は事業所の所在地別の内訳（加悦・岩滝・野田川の各地域）と、その計を示しています。KPIの値は「計」の行の値です。",
            "※No.2の目標値は町全体（計）についてのみ設定しています。",
            "※生産量の単位「反」は、白生地の検査反数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yosano_suishin_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 斑鳩町 (奈良県生駒郡): 交付金事業 効果検証シート（令和5年度）, a PDF (portrait)
# --------------------------------------------------------------------------------------------

# Real: 法隆寺・法起寺 (世界文化遺産, 1993年12月), the 平成28年度推計観光客数 約110万人, 企業版ふるさと納税 to invite a
# 宿泊施設 to the 法隆寺門前 (2017), 竜田揚げ, 斑鳩ブランド. Made up: the plan's name, the sheet, 課, every KPI,
# figure and note.
IKARUGA_ROWS = [
    ("①", "法隆寺周辺の観光入込客数（千人）", [612, 650, 583, 800, 842, 1000, 1024], "○"),
    ("②", "町内宿泊施設の延べ宿泊者数", [4120, 4500, 3905, 6000, 6310, 12000, 9870], "×"),
    ("③", "観光案内所での外国人案内件数（件）", [1240, 1000, "―", 1500, 1186, 2500, 2730], "○"),
    (
        "④",
        "斑鳩ブランド認定品の販売額（千円）",
        [18300, 19000, 17950, 21000, 22480, 24000, 23510],
        "×",
    ),
    ("⑤", "観光客の満足度（％）", [72.5, 75.0, 74.1, 77.5, 78.0, 80.0, 80.0], "○"),
]


def ikaruga() -> Path:
    wb, ws = _sheet("効果検証", [4, 30, 10, 8, 8, 8, 8, 8, 8, 7])
    _text(ws, 1, 1, "令和５年度　地方創生推進交付金事業　効果検証シート", bold=True, size=12)
    _text(ws, 2, 10, "令和6年7月　斑鳩町", align="right")
    fields = [
        ("地域再生計画の名称", "法隆寺門前を核とした滞在型観光推進計画"),
        ("事業実施期間", "令和3年4月1日～令和6年3月31日（3か年）"),
        ("担当課", "観光産業課"),
    ]
    for i, (k, v) in enumerate(fields):
        _span(ws, 3 + i, 1, 2, k, header=True)
        _span(ws, 3 + i, 3, 10, v)
    _span(ws, 6, 1, 2, "事業の背景", header=True)
    _span(
        ws,
        6,
        3,
        10,
        "法隆寺・法起寺は1993年12月に日本で初めて世界文化遺産に登録されました。平成28年度の推計観光客数は約110万人でしたが、その多くが法隆寺だけを訪れる通過型の観光で、"
        "町内の宿泊施設は2軒にとどまっていました。このため企業版ふるさと納税も活用して門前に宿泊施設を誘致し、竜田揚げなどの食や斑鳩ブランドを生かした滞在型観光への転換を進めています。",
    )
    ws.row_dimensions[6].height = 64
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=10)
    _text(ws, 9, 10, "（単位：人）", align="right", size=8)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "KPI"), (3, "事業開始前（R3.3末）"), (10, "達成状況")],
        [
            (4, 5, "令和3年度", ["目標", "実績"]),
            (6, 7, "令和4年度", ["目標", "実績"]),
            (8, 9, "令和5年度", ["目標", "実績"]),
        ],
    )
    for i, (label, name, vals, mark) in enumerate(IKARUGA_ROWS):
        r = 12 + i
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            fmt = "#,##0.0" if isinstance(v, float) else "#,##0"
            _put(ws, r, 3 + j, v, fmt=fmt, align="center" if v == "―" else "right")
        _put(ws, r, 10, mark, align="center")
        ws.row_dimensions[r].height = 28
    _notes(
        ws,
        18,
        [
            "※単位が（　）で示されている指標は、その単位によります。",
            "※達成状況　○：令和5年度の目標値を達成　×：令和5年度の目標値に届かず",
            "※③の令和3年度は、感染症対策のため観光案内所を休止したため実績がありません。",
            "※⑤は観光客アンケート（各年度秋に実施、回答約400人）で「満足」「やや満足」と答えた人の割合です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ikaruga_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 菊川市 (静岡県): 地域再生計画の効果検証（令和元年度）, an HTML page
# --------------------------------------------------------------------------------------------

# Real: the plan 抜群な子育て環境で家族が幸せに暮らせるまち実現計画, its 認定日 (平成29年5月30日) and period (平成29年度から
# 平成31年度), the page's place (市政情報 > 地域再生計画・構造改革特区), 面積94.19km², 深蒸し茶, 牧之原台地.
# Made up: the page, its date, 課, every KPI, figure, status and note.
KIKUGAWA_ROWS = [
    (
        "KPI①　合計特殊出生率",
        "",
        "1.58",
        ["1.60", "1.55", "1.62", "1.61", "1.65", "1.59"],
        "未達成",
    ),
    ("KPI②　子育て世帯の転入者数", "人", "312", ["330", "341", "345", "352", "360", "368"], "達成"),
    (
        "KPI③　市内高校・大学卒業者の市内事業所への就職者数",
        "人",
        "85",
        ["90", "88", "95", "97", "100", "―"],
        "―",
    ),
    (
        "KPI④　ふるさと納税寄附額",
        "千円",
        "152,300",
        [
            None,
            "171,450<br>（目標は平成30年度から設定）",
            "170,000",
            "198,210",
            "180,000",
            "215,800",
        ],
        "達成",
    ),
]


def kikugawa_html() -> str:
    rows = []
    for name, unit, base, vals, status in KIKUGAWA_ROWS:
        cells = [
            f'<th scope="row" class="l">{name}</th>',
            f'<td class="c">{unit}</td>',
            f'<td class="num">{base}</td>',
        ]
        for v in vals:
            if v is None:
                continue
            if "<br>" in v:
                cells.append(f'<td class="num" colspan="2">{v}</td>')
            else:
                cells.append(f'<td class="{"c" if v == "―" else "num"}">{v}</td>')
        cells.append(f'<td class="c">{status}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地域再生計画の効果検証（令和元年度）｜菊川市</title>
<style>
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
dl.outline dt {{ float: left; width: 12em; font-weight: bold; }}
</style>
</head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/shisei/">市政情報</a></li><li><a href="/kikakuseisaku/tiikisaisei.html">地域再生計画・構造改革特区</a></li><li>地域再生計画の効果検証（令和元年度）</li></ol></nav>
<h1>地域再生計画の効果検証（令和元年度）</h1>
<p class="date">更新日：2020年9月30日　担当：企画政策課</p>
<p>菊川市は面積94.19km²、「日本一の大茶園」牧之原台地に広がる深蒸し茶発祥の地です。平成29年5月30日に認定を受けた地域再生計画に基づき、平成29年度から平成31年度（令和元年度）までの3年間、子育て・教育環境の充実と若者の呼び戻しに取り組みました。計画期間の終了にあたり、外部有識者7人による検証会議（令和2年8月）の意見を踏まえ、重要業績評価指標（KPI）の実績を取りまとめました。</p>
<dl class="outline">
<dt>地域再生計画の名称</dt><dd>抜群な子育て環境で家族が幸せに暮らせるまち実現計画</dd>
<dt>計画期間</dt><dd>平成29年度～平成31年度（令和元年度）</dd>
<dt>担当課</dt><dd>企画政策課</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績</h2>
<table>
<thead>
<tr><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">事業開始前<br>（H28年度）</th><th colspan="2" scope="colgroup">平成29年度</th><th colspan="2" scope="colgroup">平成30年度</th><th colspan="2" scope="colgroup">令和元年度<br>（平成31年度）</th><th rowspan="2" scope="col">達成状況</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※達成状況は、令和元年度の目標値と実績値を比べたものです。</p>
<p>※KPI③の令和元年度実績は、新型コロナウイルス感染症の影響で就職状況調査（例年4月実施）を行えなかったため「―」としています。</p>
<p>※KPI④は平成30年度の計画変更で目標値を設定したため、平成29年度は実績のみを記載しています。</p>
<p><a href="/kikakuseisaku/tiikisaisei.html">地域再生計画・構造改革特区のページへ戻る</a></p>
</body>
</html>
"""


def kikugawa() -> Path:
    path = HERE / "kikugawa_saisei_kpi_kensho_r1.html"
    path.write_bytes(kikugawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {toki().name}")
    for make in (yosano, ikaruga):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kikugawa().name}")


if __name__ == "__main__":
    main()
