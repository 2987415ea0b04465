"""Build the built documents of forms214/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kembuchi_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 剣淵町 (北海道):
  form fields with money and floor area, an A/B/C legend, a grid ``No. | KPI | 基準値（R元） | R3実績 |
  R4実績 | R5目標 | R5実績 | 目標値（R6） | 単位 | 評価`` whose **単位 column stands after the values**
  and holds **``千台``**, ``千人／年`` and **``冊（各年度末）``** (a count date in the unit cell), a
  ``―`` actual, and a shaded ``（参考）関連事業費（千円）`` row; and the PDF;
* ``source/kazamaura_kpi_jisseki_r5.xlsx``, a 推進計画 KPI 実績 sheet in the manner of 風間浦村 (青森県):
  a boxed paragraph of census figures, a fisheries grid with **a ``数量（t） | 金額（千円）`` pair
  under every period** (one 魚種 row, two indicators) and **a ``未設定（…）`` target merged across
  the pair**, then KPI sentences holding their target and, in a closing bracket, **their
  baseline opened by ``現状：``**, with a 進捗状況 word column; and the PDF;
* ``source/hachirogata_jimu_jigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 八郎潟町
  (秋田県): form fields, a money grid in 千円, an 活動指標 grid whose 子育てゾーン row is split into
  **``延人数`` and ``実人数`` 区分 rows under one merged name**, and a survey 成果指標 grid dated by
  **``前回調査（R2）`` and ``今回調査（R5）``** with a **``前回調査を上回る``** target; and the PDF;
* ``shimogo_kanko_shihyo_r5.html``, a 観光 数値目標・KPI page in the manner of 下郷町 (福島県):
  a lead of real visitor figures, two ``<h2>`` tables each under **a numbered title line
  ``表１　…（単位：万人）`` / ``表２　…（単位：千人）`` that is the table's only unit**, a baseline
  header **``令和元年度（コロナ前）``** with a **``コロナ前水準以上``** target, a name with its own
  unit bracket, and a ``令和5年度`` header spanning ``目標 | 実績`` with 達成 / 未達成.

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
    wb.properties.creator = "forms214/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms214/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms214_soffice_") as tmp:
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
# 剣淵町 (北海道上川郡): 総合戦略（第2期） KPIの検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp, japanlocal.net, konan.jcpweb.net, expydoc 剣淵町 文化芸術): the theme, the 絵本の館
# (平成16年, 総工費6億2,229万円, 延べ床面積1,798㎡, 約45,000冊), the 絵本の里大賞 (平成3年から, 340作品),
# 道の駅「絵本の里けんぶち」, 総務課. Made up: the sheet, 基本目標, every KPI figure, target, grade, money.
KB_ROWS = [
    ("1", "道の駅「絵本の里けんぶち」の入込台数", [318, 262, 289, 300, 307, 330], "千台", "A"),
    ("2", "絵本の館の入館者数", [52.4, 30.8, 38.6, 45.0, 44.1, 55.0], "千人／年", "B"),
    ("3", "絵本の館の蔵書冊数", [41200, 43050, 44180, 45000, 45020, 46000], "冊（各年度末）", "A"),
    ("4", "けんぶち絵本の里大賞への応募作品数", [340, 318, 326, 340, "―", 350], "点", "―"),
]


def kembuchi() -> Path:
    wb, ws = _sheet("KPI検証", [6, 36, 11, 10, 10, 10, 10, 11, 13, 7])
    _text(
        ws,
        1,
        1,
        "剣淵町まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）の検証（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年8月　剣淵町総務課", align="right")
    fields = [
        (
            "まちづくりテーマ",
            "人・夢・大地 やさしさ奏でる 絵本の里けんぶち",
            "計画期間",
            "令和2年度～令和6年度",
        ),
        (
            "絵本の館",
            "平成16年開館（総工費6億2,229万円、延べ床面積1,798㎡）、蔵書約45,000冊",
            "絵本の里大賞",
            "平成3年創設（来館者の投票で選考）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _put(ws, r, 7, l2, header=True)
        _span(ws, r, 8, 10, v2, align="left")
        ws.row_dimensions[r].height = 24
        r += 1
    _text(
        ws, 7, 1, "基本目標２　絵本の里の魅力を活かし、新しいひとの流れをつくる", bold=True, size=11
    )
    _text(
        ws,
        8,
        1,
        "評価　A：R5目標を達成　B：R5目標の8割以上　C：R5目標の8割未満　―：評価できない",
        size=8,
    )
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R6）",
        "単位",
        "評価",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 9, c, word, header=True)
    ws.row_dimensions[9].height = 30
    r = 10
    for no, name, vals, unit, grade in KB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 3, vals, fmts)
        _put(ws, r, 9, unit, align="center")
        _put(ws, r, 10, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 2, "（参考）関連事業費（千円）", fill=LIGHT)
    for c in range(3, 11):
        _put(ws, r, c, "", fill=LIGHT)
    for c, v in ((4, 18420), (5, 21050), (7, 19880)):
        _put(ws, r, c, v, align="right", fill=LIGHT)
    _put(ws, r, 9, "千円", align="center", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※No.2の単位「千人／年」は、年間の入館者数を千人単位で表したものです。",
            "※No.3は各年度末（3月31日）現在の蔵書冊数です（単位欄に記載）。",
            "※No.4のR5実績は、令和6年度の大賞選考終了後に確定するため「―」としています。",
            "※R3・R4は新型コロナウイルス感染症の影響で入込が減少しました。関連事業費は絵本の里づくり推進事業ほか3事業の決算額です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kembuchi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 風間浦村 (青森県下北郡): まち・ひと・しごと創生推進計画 KPIの実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1470 and the village's tourist pages): the plan's name, the
# population figures of the box, the three 漁協 and four 漁港, スルメイカ and キアンコウ (風間浦鮟鱇,
# 地域団体商標), 下風呂温泉郷, 元祖烏賊様レース, 地域振興課. Made up: every catch, sum, target and KPI.
KZ_FISH = [
    ("スルメイカ", [212.4, 98640, 96.8, 71230, 88.1, 69870], "未設定（資源回復後に設定）"),
    ("キアンコウ", [41.3, 36150, 38.6, 41920, 44.2, 47310], [45.0, 45000]),
]
KZ_KPI = [
    (
        "KPI①",
        "下風呂温泉郷の宿泊者数を、令和6年度に年間2万人泊とする。\n（現状：平成30年度 1万6,420人泊）",
        "14,980人泊",
        "17,350人泊",
        "順調",
    ),
    (
        "KPI②",
        "「元祖烏賊様レース」の参加者数を、令和6年度までに年間3,000人とする。\n（現状：平成30年度 2,410人）",
        "1,860人",
        "2,235人",
        "やや遅れ",
    ),
]


def kazamaura() -> Path:
    wb, ws = _sheet("KPI実績", [16, 10, 11, 10, 11, 10, 11, 10, 11])
    _text(ws, 1, 1, "風間浦村まち・ひと・しごと創生推進計画", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の実績（令和5年度）", bold=True, size=13)
    _text(ws, 3, 9, "令和6年6月　風間浦村地域振興課", align="right")
    _put(ws, 5, 1, "村の現状", header=True)
    _span(
        ws,
        5,
        2,
        9,
        "本村の人口は1960年の4,945人をピークに2020年には1,844人となり、60年間で3,101人減少した。"
        "国立社会保障・人口問題研究所の推計では2035年に1,118人となる見込みである。"
        "2017年は自然減▲35人、社会減▲27人であった。",
        align="left",
    )
    ws.row_dimensions[5].height = 44
    _text(ws, 7, 1, "１　水産業の振興（主要魚種の水揚げ）", bold=True, size=11)
    _head2(
        ws,
        8,
        [(1, "魚種")],
        [
            (2, 3, "基準値（H30）", ["数量（t）", "金額（千円）"]),
            (4, 5, "R4実績", ["数量（t）", "金額（千円）"]),
            (6, 7, "R5実績", ["数量（t）", "金額（千円）"]),
            (8, 9, "目標値（R6）", ["数量（t）", "金額（千円）"]),
        ],
    )
    r = 10
    for name, vals, target in KZ_FISH:
        _put(ws, r, 1, name)
        _vals(ws, r, 2, vals, {j: "0.0" for j in (0, 2, 4)})
        if isinstance(target, str):
            _span(ws, r, 8, 9, target, align="center", size=8)
        else:
            _vals(ws, r, 8, target, {0: "0.0"})
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        [
            "※数量・金額は村内3漁協（蛇浦・易国間・下風呂）の合計です（数量は生鮮重量）。",
            "※スルメイカは資源の減少が続いているため、目標値は資源の回復後に設定します。",
            "※キアンコウは「風間浦鮟鱇」として地域団体商標に登録され、村内4漁港で水揚げされています。",
        ],
    )
    r += 4
    _text(ws, r, 1, "２　観光・交流の振興", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "No.", header=True)
    _span(ws, r, 2, 6, "重要業績評価指標（KPI）と目標", header=True)
    _put(ws, r, 7, "R4実績", header=True)
    _put(ws, r, 8, "R5実績", header=True)
    _put(ws, r, 9, "進捗状況", header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for label, sentence, a4, a5, word in KZ_KPI:
        _put(ws, r, 1, label, align="center")
        _span(ws, r, 2, 6, sentence)
        _put(ws, r, 7, a4, align="right")
        _put(ws, r, 8, a5, align="right")
        _put(ws, r, 9, word, align="center")
        ws.row_dimensions[r].height = 40
        r += 1
    _notes(
        ws,
        r,
        [
            "※進捗状況は、目標年度（令和6年度）に向けた進み具合を担当課が判断したものです。",
            "※下風呂温泉郷の宿泊者数は村内の旅館・ホテル20軒の報告によります。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kazamaura_kpi_jisseki_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八郎潟町 (秋田県南秋田郡): 事務事業評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (akita-chosonkai.gr.jp, 八郎潟町議会だより第123号): えきまえ交流館 and its 図書館・交流・子育て
# zones, the 子育て支援センター 週6回, the town's area 17.00k㎡ (県内一小さい), 5,491人 / 2,447世帯
# (住基 R4.1). Made up: the sheet, 事業番号, 課, 位置付け, money, every indicator and figure.
HG_ACTIVITY = [
    ("1", "開館日数", None, "日", [296, 301, 300, 302]),
    ("2", "子育てゾーンの利用者数", "延人数", "人", [6840, 7215, 7500, 7982]),
    ("", "", "実人数", "人", [412, 436, 450, 441]),
]
HG_SURVEY = [
    ("1", "交流館の利用に「満足」「やや満足」と答えた人の割合", "％", [78.4, 82.1, 85.0]),
    (
        "2",
        "子育てゾーンを「また利用したい」と答えた保護者の割合",
        "％",
        [91.2, 89.6, "前回調査を上回る"],
    ),
]


def hachirogata() -> Path:
    wb, ws = _sheet("事務事業評価", [6, 34, 9, 7, 10, 10, 10, 10])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 8, "令和6年8月作成　八郎潟町", align="right")
    fields = [
        ("事業番号", "0308"),
        ("事務事業名", "えきまえ交流館管理運営事業"),
        ("担当課", "生涯学習課"),
        ("総合計画の位置付け", "基本目標３　学び合い、ふれあいのあるまちづくり"),
        (
            "事業の概要",
            "八郎潟駅前の「えきまえ交流館」（図書館ゾーン・交流ゾーン・子育てゾーン）を管理運営し、子育てゾーンでは地域子育て支援センターを週6回開設する。",
        ),
        (
            "町の概要",
            "面積17.00k㎡（県内で一番小さな町）、人口5,491人・2,447世帯（令和4年1月　住民基本台帳）",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 30 if len(value) > 40 else 18
        r += 1
    r += 1
    _text(ws, r, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    for c, word in ((1, "区分"), (5, "R3決算"), (6, "R4決算"), (7, "R5決算")):
        if c == 1:
            _span(ws, r, 1, 4, word, header=True)
        else:
            _put(ws, r, c, word, header=True)
    r += 1
    for word, vals in (("事業費", [36210, 37480, 38420]), ("うち一般財源", [28904, 29615, 30116])):
        _span(ws, r, 1, 4, word)
        _vals(ws, r, 5, vals)
        r += 1
    r += 1
    _text(ws, r, 1, "２　活動指標", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        ["No.", "指標名", "区分", "単位", "R3実績", "R4実績", "R5計画", "R5実績"], start=1
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    first = r
    for no, name, part, unit, vals in HG_ACTIVITY:
        _put(ws, r, 1, no or None, align="center")
        _put(ws, r, 2, name or None)
        _put(ws, r, 3, part, align="center")
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, first + 1, 1, first + 2, 1)
    _merge(ws, first + 1, 2, first + 2, 2)
    r += 1
    _text(ws, r, 1, "３　成果指標（利用者アンケート：3年ごとに実施）", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        ["No.", "成果指標", "単位", "前回調査\n（R2）", "今回調査\n（R5）"], start=1
    ):
        _put(ws, r, c, word, header=True)
    _span(ws, r, 6, 8, "目標値（R8）", header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, vals in HG_SURVEY:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals[:2])
        target = vals[2]
        if isinstance(target, str):
            _span(ws, r, 6, 8, target, align="center")
        else:
            _span(ws, r, 6, 8, target, align="right", fmt="0.0")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r,
        [
            "※アンケートは3年ごとに来館者を対象に実施（今回調査：令和5年10月、回答412人）。",
            "※延人数は来館のべ人数、実人数は利用登録をした保護者と子どもの人数です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "有効性", header=True)
    _span(ws, r, 3, 8, "A　成果指標はおおむね目標に近づいている", align="left")
    r += 1
    _span(ws, r, 1, 2, "今後の方向性", header=True)
    _span(ws, r, 3, 8, "■継続　□拡充　□縮小・統合　□廃止", align="left")
    _page(ws, "portrait")
    path = SOURCE / "hachirogata_jimu_jigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 下郷町 (福島県南会津郡): 観光振興の数値目標と成果指標の状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (NHK 福島 2024-05-02, his-furusato.com, iko-yo, furusato.asahi.co.jp): 大内宿 (昭和56年 重伝建),
# its 令和5年度 visitors 89万5千人余り, 約2万4千人 over 令和元年度, 塔のへつり, 大内宿雪まつり, 湯野上温泉
# (毎分3,000リットル), 森林約87％, 総合政策課企画政策係. Made up: the page, its date, every other figure.
SG_GOALS = [
    ("町全体の観光入込客数", ["182.6", "98.4", "141.3", "176.2", "190.0"]),
    ("大内宿の観光入込客数", ["87.1", "38.9", "64.7", "89.5", "コロナ前水準以上"]),
    ("外国人観光客の入込数（人）", ["12,400", "310", "2,860", "18,750", "20,000"]),
]
SG_KPIS = [
    ("KPI①　塔のへつりの観光入込客数", ["312", "300", "318", "達成", "330"]),
    ("KPI②　町内観光施設の売上額（百万円）", ["412", "430", "418", "未達成", "460"]),
]


def shimogo_html() -> str:
    goals = "\n".join(
        f'<tr><th scope="row">{name}</th>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, vals in SG_GOALS
    )
    kpis = "\n".join(
        f'<tr><th scope="row">{name}</th>'
        + "".join(f'<td class="{"c" if v in ("達成", "未達成") else "num"}">{v}</td>' for v in vals)
        + "</tr>"
        for name, vals in SG_KPIS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>観光振興の数値目標と成果指標の状況（令和5年度実績） - 下郷町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.6em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.tbl {{ margin: 0.4em 0 0.2em; font-weight: bold; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/machi/">町政情報</a> &gt; <a href="/machi/keikaku/">計画・政策</a> &gt; 観光振興</p>
<h1>観光振興の数値目標と成果指標の状況（令和5年度実績）</h1>
<p class="date">更新日：2024年7月10日　担当：総合政策課 企画政策係</p>
<p>大内宿は、昭和56年に国の重要伝統的建造物群保存地区に選定された宿場町です。令和5年度に大内宿を訪れた観光客は89万5千人余りとなり、コロナ禍前の令和元年度を約2万4千人上回りました。</p>
<p>町の面積の約87％は森林で、国の天然記念物「塔のへつり」や、毎分3,000リットルの湯量を誇る湯野上温泉など、豊かな観光資源に恵まれています。町では、観光振興の数値目標と成果指標（KPI）の状況を毎年度公表しています。</p>
<h2>1　観光の数値目標</h2>
<p class="tbl">表１　観光入込客数の推移と目標（単位：万人）</p>
<table>
<thead>
<tr><th rowspan="2">指標</th><th>基準値</th><th colspan="3">実績値</th><th>目標値</th></tr>
<tr><th>令和元年度<br>（コロナ前）</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th><th>令和7年度</th></tr>
</thead>
<tbody>
{goals}
</tbody>
</table>
<p>※外国人観光客の入込数は、表１の単位によらず人で表示しています。</p>
<p>※「コロナ前水準以上」は、令和元年度（コロナ前）の入込客数以上とすることを目標とするものです。</p>
<h2>2　観光施設の成果指標（KPI）</h2>
<p class="tbl">表２　観光施設のKPIの達成状況（単位：千人）</p>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">基準値<br>（令和元年度）</th><th colspan="2">令和5年度</th><th rowspan="2">達成状況</th><th rowspan="2">目標値<br>（令和7年度）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{kpis}
</tbody>
</table>
<p>※町内観光施設の売上額は、町の第三セクター3施設の売上額の合計（百万円）です。</p>
<p>※大内宿雪まつり（毎年2月）の来場者数は、表１の町全体の観光入込客数に含まれます。</p>
</body>
</html>
"""


def shimogo() -> Path:
    path = HERE / "shimogo_kanko_shihyo_r5.html"
    path.write_bytes(shimogo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kembuchi, kazamaura, hachirogata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shimogo().name}")


if __name__ == "__main__":
    main()
