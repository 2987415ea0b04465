"""Build the built documents of forms226/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ashoro_kpi_suii_r5.xlsx``, a 総合戦略 KPI 推移 sheet in the manner of 足寄町 (北海道),
  portrait: form fields (計画期間, the town's profile, 関連事業費 in 千円); a years-down grid under
  **a two-row header whose top row groups the indicator columns by their unit: ``（単位：千人）``
  spans ①②, ``（単位：千頭）`` stands over ③ and ``（単位：人）`` spans ④⑤**, the names below
  carrying no unit; **a livestock count in ``千頭`` with one decimal (``25.9``)**; shaded
  ``R5目標`` / ``R6目標`` rows under the actual years; notes with numbers; and the PDF;
* ``source/ooma_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 大間町 (青森県),
  landscape: form fields (基本目標, the town's profile, 関連事業費, a count line of the sheet's own
  grades); an A/B/C legend; one grid ``No. | KPI | 単位 | 基準値（R元） | R3実績 | R4実績 | R5目標 |
  R5実績 | 目標値（R6） | 評価`` in which **the 単位 cell ``本（t）`` names two units: the baseline
  and actual cells hold the count of tuna with the catch's weight in brackets (``1,688（281.9）``),
  the targets the count alone**, and **a price per kilogram with a scale word, ``千円/kg``
  (``5.9``)**; notes with money; and the PDF;
* ``source/funagata_jimu_jigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 舟形町
  (山形県), portrait: form fields (事務事業名, 担当課, 総合計画上の位置付け, 事業期間, 目的, the
  town's profile); a money grid (``１　事業費の推移（単位：千円）``); ``２　活動指標`` (``R5計画``);
  ``３　成果指標`` whose name cells are target sentences, one of them **in a ``人/シーズン`` row,
  the level written ``1シーズン3万人`` with a 内数 target in brackets, ``（うち県外1.2万人）``**; a
  ``達成度`` column; ``４　評価`` fields; and the PDF;
* ``tenei_kpi_jokyo_r5.html``, a 総合戦略 KPI page in the manner of 天栄村 (福島県): a lead of real
  figures, a legend ``<p>``, ``<h2>`` over one table whose **header words are broken one character
  a line by ``<br>`` inside the word (``単<br>位``, ``評<br>価``)**; **running totals written
  ``通算10回`` … ``通算13回``** beside ``累計6``; ``▲`` values; a name holding a formula
  ``（転入者数－転出者数）``.

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
FIXED = dt.datetime(2026, 12, 19, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms226/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms226/build.py"
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


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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


def _vals(ws, r, c0, vals, fmt1="0.0", fill=None, bold=False) -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1, fill=fill, bold=bold)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v, fill=fill, bold=bold)
        else:
            _put(
                ws,
                r,
                c0 + j,
                v,
                align="center" if v in ("―", "") else "right",
                fill=fill,
                bold=bold,
            )


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
                    rb"\g<1>2026-12-19T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 19, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms226_soffice_") as tmp:
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
# 足寄町 (北海道足寄郡): 第2期足寄町まち・ひと・しごと創生総合戦略 KPIの推移（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (nlab.itmedia.co.jp 730804; jmedia.wiki Ashoro; tokyosalamander.com; mykoho.jp 広報あしょろ;
# town.ashoro.hokkaido.jp page_200): 1,408.04k㎡ (the largest town in Japan), about 83% forest,
# 6,451人 (住民基本台帳, 2022年3月), about 26,000 cattle, the 道の駅 あしょろ銀河ホール21, the
# 第2期足寄町まち・ひと・しごと創生総合戦略 and 総務課企画調整担当. Made up: the sheet, its date,
# the 基本目標 wording, money, every KPI figure, target and the other notes.
AS_ROWS = [
    ("R元（基準）", [286.5, 118.2, 25.4, 18, 3]),
    ("R2", [151.2, 72.4, 25.8, 12, 2]),
    ("R3", [174.8, 80.9, 26.1, 21, 4]),
    ("R4", [232.6, 101.3, 26.3, 26, 1]),
    ("R5", [268.4, 109.7, 25.9, 24, 3]),
    ("R5目標", [260.0, 115.0, 26.0, 25, 3]),
    ("R6目標", [290.0, 120.0, 26.0, 25, 3]),
]


def ashoro() -> Path:
    wb, ws = _sheet("KPIの推移", [15, 16, 18, 16, 15, 15])
    _text(
        ws,
        1,
        1,
        "第2期足寄町まち・ひと・しごと創生総合戦略",
        bold=True,
        size=13,
    )
    _text(ws, 2, 1, "重要業績評価指標（KPI）の推移（令和5年度実績）", bold=True, size=13)
    _text(ws, 3, 6, "令和6年9月　足寄町総務課企画調整担当", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（第2期）"),
        (
            "町の概況",
            "十勝地方の北東部に位置し、面積1,408.04k㎡は町として日本一。町域の約83％を森林が占め、酪農・畜産と林業が基幹産業。人口6,451人（令和4年3月、住民基本台帳）。",
        ),
        ("関連事業費（R5決算・千円）", "62,380"),
    ]
    r = 5
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 6), height=42 if len(value) > 40 else 20)
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "■基本目標１　足寄の大地を活かし、しごとと交流をつくる",
        bold=True,
        size=11,
    )
    h = r + 2
    _put(ws, h, 1, "年度", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    _span(ws, h, 2, 3, "（単位：千人）", header=True)
    _put(ws, h, 4, "（単位：千頭）", header=True)
    _span(ws, h, 5, 6, "（単位：人）", header=True)
    names = [
        "①観光入込客数",
        "②道の駅あしょろ銀河\nホール21の利用者数",
        "③牛の飼養頭数",
        "④移住者数",
        "⑤新規就農者数",
    ]
    for j, name in enumerate(names):
        _put(ws, h + 1, 2 + j, name, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 34
    r = h + 2
    for label, vals in AS_ROWS:
        target = label.endswith("目標")
        _put(ws, r, 1, label, header=True, bold=target)
        _vals(ws, r, 2, vals, fill=LIGHT if target else None, bold=target)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※各指標の単位は、指標名の上の欄のとおりです（千人・千頭の欄は小数第1位まで表示）。",
            "※①は北海道観光入込客数調査（年度）によります。R2・R3は新型コロナウイルス感染症の影響により大きく減少しました。",
            "※③は乳用牛と肉用牛の合計です。町内では約2万6千頭の牛が飼養されています。",
            "※⑤の第2期計画期間（R2～R6）の累計目標は15人です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ashoro_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大間町 (青森県下北郡): 大間町まち・ひと・しごと創生総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp forum 1118; town.ooma.lg.jp 大間・まぐろ町宣言; shimokita-kanko.com; pedia.3rd-in.co.jp):
# 本州最北端, about 17.5km across the 津軽海峡 to 函館市 (汐首岬), the 大間・まぐろ町宣言 of 平成26年10月25日,
# 大間まぐろ and the 一本釣り, 大間崎, the 観光入込 of 年間30万人弱 (2008). Made up: the sheet, its date, 課,
# 基本目標 wording, money, every KPI figure, weight, price, target, grade and the other notes.
OM_ROWS = [
    (
        "1",
        "大間まぐろの水揚げ本数",
        "本（t）",
        ["1,386（232.5）", "1,512（254.0）", "1,604（268.3）", 1500, "1,688（281.9）", 1600],
        "A",
    ),
    ("2", "大間まぐろの平均単価", "千円/kg", [4.8, 5.6, 6.1, 5.5, 5.9, 6.0], "A"),
    ("3", "大間崎の観光入込客数", "千人", [286.0, 163.4, 221.7, 250.0, 247.3, 300.0], "B"),
    ("4", "新規漁業就業者数", "人", [3, 2, 4, 3, 2, 3], "C"),
    ("5", "ふるさと納税の寄附額", "百万円", [52.4, 118.6, 146.2, 130.0, 162.8, 150.0], "A"),
]


def ooma() -> Path:
    wb, ws = _sheet("KPI検証シート", [5, 30, 9, 14, 14, 14, 10, 14, 11, 6])
    _text(
        ws,
        1,
        1,
        "大間町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　大間町企画経営課", align="right")
    fields = [
        ("基本目標", "１　大間まぐろと津軽海峡の恵みを活かし、しごとをつくる"),
        (
            "町の概況",
            "本州最北端の町。大間崎から津軽海峡を隔てて北海道函館市の汐首岬まで約17.5km。平成26年10月25日に「大間・まぐろ町宣言」を行った。",
        ),
        ("関連事業費（R5決算・千円）", "38,940"),
        ("KPIの達成状況（R5）", "5項目中　A：3項目　B：1項目　C：1項目"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 3), (4, 10))
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価　A：R5目標を達成　B：R5目標の8割以上　C：R5目標の8割未満",
        size=9,
    )
    _text(ws, r + 2, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = r + 3
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
        "評価",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, vals, grade in OM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の（　）内は水揚げ重量（t）です。大間漁業協同組合の水揚げ実績（年度集計）によります。",
            "※No.2は水揚げ金額÷水揚げ重量で算出しています（R5の水揚げ金額は16億6,300万円）。",
            "※No.3は大間崎周辺の観光施設の入込客数です。R3・R4は新型コロナウイルス感染症の影響を受けています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ooma_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 舟形町 (山形県最上郡): 令和5年度 事務事業評価シート 小国川鮎振興事業
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp essay 32926; iju-join.jp 舟形町; event.furusatokaiki.net; ogunigawa.or.jp): the town along
# the 小国川, 東西27.4km・南北6.5km, the 国宝「縄文の女神」(平成4年出土, 高さ45cm), the 鮎釣り 解禁日 7月1日
# and about 3万人 of anglers, the 小国川漁業協同組合 and its 稚鮎センター, まちづくり課. Made up: the sheet,
# its date, the 事業 and its 位置付け, money, every indicator, figure, target, sentence, grade and note.
FG_MONEY = [("事業費", [7920, 8310, 8640]), ("うち一般財源", [3960, 4155, 4320])]
FG_ACT = [
    ("1", "稚鮎の放流尾数", "千尾", [205, 198, 200, 212]),
    ("2", "鮎釣り教室の開催回数", "回", [4, 5, 6, 6]),
]
FG_OUT = [
    (
        "1",
        "小国川の鮎釣り解禁期間の遊漁者数を、令和7年度に1シーズン3万人（うち県外1.2万人）とする。",
        "人/シーズン",
        [25120, 28110, 28500, 27350],
        "96.0%",
    ),
    (
        "2",
        "鮎の販売額（稚鮎センター・直売所）を、令和7年度に年間1,200万円とする。",
        "千円",
        [8940, 10420, 11000, 11380],
        "103.5%",
    ),
    (
        "3",
        "鮎釣り大会・体験イベントの参加者数を、令和7年度までに延べ2,300人とする。",
        "人",
        [380, 538, 450, 486],
        "108.0%",
    ),
]


def funagata() -> Path:
    wb, ws = _sheet("事務事業評価シート", [5, 58, 11, 9, 9, 9, 9, 8])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 8, "令和6年7月31日作成　舟形町", align="right")
    fields = [
        ("事務事業名", "小国川鮎振興事業"),
        ("担当課", "まちづくり課"),
        ("総合計画上の位置付け", "基本目標２　地域の資源を活かした産業と交流のまち"),
        ("事業期間", "令和3年度～令和7年度"),
        (
            "事業の目的",
            "清流小国川の鮎を町の宝として守り育て、鮎釣りと鮎の販売を通じて交流人口の拡大を図る。小国川には毎年7月1日の解禁日から全国の釣り人が訪れる。",
        ),
        (
            "町の概況",
            "小国川の流域に沿って東西27.4km、南北6.5kmの細長い町。平成4年に出土した国宝「縄文の女神」（高さ45cm）の町。",
        ),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 8), height=30 if len(value) > 45 else 18)
        r += 1
    _text(ws, r + 1, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    h = r + 2
    for c, word in enumerate(["区分", "R3決算", "R4決算", "R5決算"], start=2):
        _put(ws, h, c, word, header=True)
    r = h + 1
    for label, vals in FG_MONEY:
        _put(ws, r, 2, label)
        _vals(ws, r, 3, vals)
        r += 1
    _text(ws, r + 1, 1, "２　活動指標", bold=True, size=11)
    h = r + 2
    for c, word in enumerate(
        ["No.", "指標名", "単位", "R3実績", "R4実績", "R5計画", "R5実績"], start=1
    ):
        _put(ws, h, c, word, header=True)
    r = h + 1
    for no, name, unit, vals in FG_ACT:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r + 1, 1, "３　成果指標", bold=True, size=11)
    h = r + 2
    heads = [
        "No.",
        "成果指標（目標）",
        "単位",
        "基準値\n（R2）",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成度",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, sentence, unit, vals, rate in FG_OUT:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, sentence)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, rate, align="right")
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r,
        [
            "※達成度＝R5実績÷R5目標。",
            "※遊漁者数は、小国川漁業協同組合の遊漁券（年券・日券）の販売枚数によります。",
        ],
    )
    r += 3
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    r += 1
    for label, value in [
        ("総合評価", "B（おおむね順調）"),
        (
            "今後の方向性",
            "継続。遊漁者の約4割が県外客であり、首都圏でのPRを強化する。",
        ),
    ]:
        _field(ws, r, label, value, (1, 2), (3, 8))
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "funagata_jimu_jigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 天栄村 (福島県岩瀬郡): 天栄村まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (abukumajiho.com 20230625_18436 and 20200919_27125; ja-wiki 天栄村; furusato.jreast.co.jp;
# tenei-trip.com): 225.52k㎡ and about 36km east to west across the 奥羽山脈, 5,183人 (2020-08-01), 羽鳥湖,
# the 道の駅 羽鳥湖高原 and 季の里天栄, 天栄米 and its golds (2008–2016 nine in a row, 2019, 2022: the 11th),
# the 有識者会議 of 2023-06-21 with the R4 figures: 観光入込 447,000 against 300,000, 新規就農者 3 (累計6,
# 目標 累計8 for R2–R6), 転入 171 and 転出 149. Made up: the page, its date, 課, 基本目標 wording, every
# other figure, the R5 column, the grades and notes.
TN_ROWS = [
    (
        "観光入込客数",
        "千人",
        ["392.0", "447.0", "300.0", "462.3", "300.0"],
        "A",
    ),
    (
        "新規就農者数（令和2年度からの累計）",
        "人",
        ["―", "累計6", "累計7", "累計7", "累計8"],
        "A",
    ),
    (
        "天栄米の国際大会金賞受賞回数",
        "回",
        ["通算10回", "通算11回", "通算12回", "通算12回", "通算13回"],
        "A",
    ),
    (
        "社会増減数（転入者数－転出者数）",
        "人",
        ["▲38", "22", "0", "▲9", "0"],
        "C",
    ),
    (
        "道の駅（羽鳥湖高原・季の里天栄）の販売額",
        "百万円",
        ["318.6", "296.4", "320.0", "311.8", "340.0"],
        "B",
    ),
]

TN_HEAD = """<thead>
<tr><th scope="col">重要業績評価指標（KPI）</th><th scope="col">単<br>位</th><th scope="col">基準値<br>（R元）</th><th scope="col">R4<br>実績</th><th scope="col">R5<br>目標</th><th scope="col">R5<br>実績</th><th scope="col">目標値<br>（R6）</th><th scope="col">評<br>価</th></tr>
</thead>"""


def tenei_html() -> str:
    body = []
    for name, unit, vals, grade in TN_ROWS:
        cells = f'<th scope="row">{name}</th><td class="c">{unit}</td>'
        cells += "".join(
            f'<td class="c">{v}</td>' if v == "―" else f'<td class="num">{v}</td>' for v in vals
        )
        cells += f'<td class="c"><strong>{grade}</strong></td>'
        body.append(f"<tr>{cells}</tr>")
    rows_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>天栄村まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の状況（令和5年度） - 天栄村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; font-weight: normal; line-height: 1.1; }}
tbody th {{ background: #f2f2f2; text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; 村政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>天栄村まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の状況（令和5年度）</h1>
<p class="date">更新日：2024年7月10日　担当：企画政策課</p>
<p>天栄村は福島県中通りの南部に位置し、奥羽山脈を挟んで東西約36km、面積225.52k㎡の村です（人口5,183人、令和2年8月1日現在）。羽鳥湖を中心とする高原の観光と、国際的なコンクールで金賞を重ねる「天栄米」の産地として知られています。</p>
<p>令和4年度の実績は、令和5年6月21日の天栄村地方創生総合戦略有識者会議で報告しました（転入者数171人、転出者数149人）。このページでは、令和5年度の実績を加えてお知らせします。</p>
<p class="legend">評価　A：R5目標を達成　B：R5目標に届かないが前年度より改善　C：R5目標に届かず前年度より悪化</p>
<h2>基本目標１　村の資源を活かし、しごとと交流をつくる</h2>
<table>
{TN_HEAD}
<tbody>
{rows_html}
</tbody>
</table>
<p class="note">※観光入込客数は、村サポーター事業やファムトリップツアーなどの効果もあり、令和4年度（44万7千人）に続いて目標（30万人）を上回りました。</p>
<p class="note">※天栄米は、米・食味分析鑑定コンクール国際大会の国際総合部門で2008年度から2016年度まで9年連続で金賞を受賞しています。「通算」はそれ以降を含めた受賞回数です。</p>
<p class="note">※社会増減数の「▲」は転出超過を表します。</p>
<p>このページに関するお問い合わせ　天栄村役場 企画政策課</p>
</body>
</html>
"""


def tenei() -> Path:
    path = HERE / "tenei_kpi_jokyo_r5.html"
    path.write_bytes(tenei_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ashoro, ooma, funagata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tenei().name}")


if __name__ == "__main__":
    main()
