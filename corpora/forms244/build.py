"""Build the built documents of forms244/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ichikai_kouka_kensho_r5.xlsx``, a まち・ひと・しごと創生推進計画 効果検証シート in the manner
  of 市貝町 (栃木県): form fields (計画の名称, 担当課, 町の概況 with census figures, 記入者・記入日) over a
  **ロジックモデル grid whose 段階 column runs インプット / アクティビティ / アウトプット / 中間アウトカム /
  最終アウトカム**: the インプット rows hold the program's money (千円) and staff (人工) in the value
  columns, the アクティビティ row is prose; and **a ``差（実績－目標）`` column of signed gaps** under
  ``令和5年度``; and the PDF;
* ``source/kusatsu_shisaku_tenken_h24.xlsx``, a 観光立町推進基本計画 施策点検表 in the manner of 草津町
  (群馬県): a ◎/○/△ legend; 目標 rows spanning the grid; under each, **数値目標 rows with values and
  施策 rows ``①…`` with only 担当課 and a mark**, and **a shaded ``施策数`` row counting the 施策 by
  mark**; calendar-year headers and ``万人``; and the PDF;
* ``source/hatoyama_chukan_hyoka_r5.xlsx``, a 事務事業評価シート（中間評価） in the manner of 鳩山町
  (埼玉県): form fields (money, staff, a ranking in the 町の概況); a 成果指標 grid with **a
  ``データ元`` column full of numbers that are no values** and **a half-year actual column
  ``R5実績（4～9月）`` beside the full-year ``R5目標``**; then **a 部屋別利用状況 table with ``順位``,
  counts, shares and a ``合計`` row**; and the PDF;
* ``nakagawa_kaso_shinchoku_r1.html``, a 過疎地域自立促進計画 進捗 page in the manner of 中川村
  (長野県): one table whose 区分 ``<th rowspan>`` covers its 事業 rows and **a ``区分計`` row of money**;
  **a 事業 row with ``（指標設定なし）`` and only its 事業費**; a ``事業主体`` column; a ``R元事業費
  （千円）`` column beside the indicator values; ``千円`` and ``％`` in 単位; 累計/延べ cells and a ``－``.

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
    wb.properties.creator = "forms244/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms244/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms244_soffice_") as tmp:
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
# 雲仙市 (長崎県): 雲仙市総合計画 施策評価シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real (雲仙市 地域再生計画, furusato-funding.jp/projects/2489): 42,951人 (R2.3.31 住民基本台帳), the
# 令和元年 社会減 313人, the 2018 合計特殊出生率 1.71. Made up: the sheet, 施策, 課, money, the other figures.
UZ_ROWS = [
    ("1", "社会減の抑制（転出超過数）", "人", "30%", 452, 388, 313, 300, "95.8%"),
    ("2", "合計特殊出生率", "", "20%", 1.62, 1.71, 1.68, 1.80, "93.3%"),
    ("3", "観光客数", "千人", "30%", 5124, 5389, 5206, 5500, "94.7%"),
    ("4", "新規就農者数", "人", "20%", 18, 24, 27, 25, "108.0%"),
]


def _fields(ws, row: int, pairs, c_label: int, c_val: int, c_end: int, heights=None) -> int:
    """Bordered key-value form fields, one pair a row (label shaded, value merged to c_end)."""
    for i, (key, val) in enumerate(pairs):
        r = row + i
        _put(ws, r, c_label, key, header=True)
        if c_val > c_label + 1:
            _merge(ws, r, c_label, r, c_val - 1)
        _span(ws, r, c_val, c_end, val)
        if heights and heights.get(i):
            ws.row_dimensions[r].height = heights[i]
    return row + len(pairs)


# --------------------------------------------------------------------------------------------
# 市貝町 (栃木県芳賀郡): まち・ひと・しごと創生推進計画 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1660): the plan's name, 11,720人 (H27 国勢調査), 826人 less than
# H7, 出生数 58人 and 自然減 92人 (H30). Made up: the sheet, 課, money, staff, every indicator and figure.
IK_ROWS = [
    # 段階, name, unit, baseline, R4, R5 target, R5 actual, 差, final
    ("アウトプット", "①移住相談件数", "件", 42, 61, 70, 74, "+4", 80),
    ("アウトプット", "②お試し住宅の延べ利用日数", "日", 0, "延べ186", 200, "延べ172", "▲28", 240),
    ("中間アウトカム", "③移住者数（累計）", "人", 0, "累計31", 45, "累計42", "▲3", 60),
    ("最終アウトカム", "④社会増減数", "人", "▲61", "▲35", "▲30", "▲22", "+8", "±0"),
]


def ichikai() -> Path:
    wb, ws = _sheet("効果検証", [13, 30, 7, 11, 11, 10, 10, 12, 11])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "市貝町まち・ひと・しごと創生推進計画　効果検証シート（令和5年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和6年6月14日", align="right")
    r = _fields(
        ws,
        4,
        [
            ("地域再生計画の名称", "市貝町まち・ひと・しごと創生推進計画"),
            ("計画期間", "令和3年4月1日～令和7年3月31日"),
            ("交付対象事業", "移住・定住促進事業（移住相談・お試し住宅・空き家バンク）"),
            ("担当課", "企画振興課"),
            (
                "町の概況",
                "総人口は平成27年国勢調査で11,720人となり、平成7年と比べて826人減少した。平成30年の出生数は58人、自然減は92人である。",
            ),
            ("記入者・記入日", "企画振興課 地域創生係 主査　令和6年6月14日記入"),
        ],
        1,
        3,
        9,
        heights={4: 30},
    )
    _text(ws, r + 1, 1, "■ロジックモデルと指標の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "段階"),
            (2, "項目・指標"),
            (3, "単位"),
            (4, "基準値（R2）"),
            (5, "R4実績"),
            (9, "最終目標（R6）"),
        ],
        [(6, 8, "令和5年度", ["目標", "実績", "差（実績－目標）"])],
    )
    r = h + 2
    # インプット: money and staff of the program, laid in the value columns.
    _put(ws, r, 1, "インプット", align="center")
    _put(ws, r + 1, 1, None)
    _merge(ws, r, 1, r + 1, 1)
    _put(ws, r, 2, "交付対象事業費")
    _put(ws, r, 3, "千円", align="center")
    _vals(ws, r, 4, ["―", 18200, 20400, 19850, "▲550", 21000])
    _put(ws, r + 1, 2, "従事職員")
    _put(ws, r + 1, 3, "人工", align="center")
    _vals(ws, r + 1, 4, ["―", 0.8, 1.0, 1.0, "0.0", 1.0])
    r += 2
    _put(ws, r, 1, "アクティビティ", align="center")
    _span(
        ws,
        r,
        2,
        9,
        "移住相談会の開催（東京都内・宇都宮市、年6回程度）、お試し住宅2棟の貸出（1回最長30日）、空き家バンク登録物件の現地案内",
    )
    ws.row_dimensions[r].height = 20
    r += 1
    first = r
    for stage, name, unit, *vals in IK_ROWS:
        _put(ws, r, 1, stage, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※差（実績－目標）は令和5年度の実績値から目標値を引いたもの。▲はマイナスを表す。",
            "※インプット及びアクティビティの行は指標ではなく、投入した資源と活動の内容を示す。",
            "※移住者数は町の移住支援制度を利用して転入した人数の令和3年度からの累計。社会増減数は転入者数から転出者数を引いた数。",
        ],
    )
    path = SOURCE / "ichikai_kouka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 草津町 (群馬県吾妻郡): 観光立町推進基本計画 施策点検表（平成24年実績）
# --------------------------------------------------------------------------------------------

# Real (kankokeizai.com): the plan (平成21年3月, first year 2009, last 2013), 観光創造課, the 4 目標,
# 63 施策, the 2013 targets 330万人 / 200万人 / 5万人, the 2008 figures 173万人 (宿泊) and 1万4千人
# (外国人宿泊者); the 条例 (平成19年6月12日条例第20号, 第7条) and the 3 施策 names of 目標2 (paperzz).
# Made up: the 点検表 layout, the 観光客数 baseline, every 平成23/24 figure, the 通行量 row, marks, counts.
KS_BLOCKS = [
    (
        "1　観光立町の実現のための基本的な目標",
        [
            ("数値目標", "観光客数", "万人", 273.0, 291.6, 302.4, 330, "観光創造課", "○"),
            ("数値目標", "宿泊者数", "万人", 173.0, 168.9, 176.2, 200, "観光創造課", "△"),
        ],
        None,
    ),
    (
        "2　「魅力ある観光地の形成」に関する目標",
        [
            (
                "数値目標",
                "湯畑周辺の歩行者通行量（休日1日当たり）",
                "人",
                12400,
                13850,
                14120,
                15000,
                "観光創造課",
                "○",
            ),
            (
                "施策",
                "①国際競争力及び国内競争力の高い魅力ある観光地の形成",
                None,
                "観光創造課・建設課",
                "○",
            ),
            (
                "施策",
                "②観光資源の活用による地域の特性を生かした魅力ある観光地の形成",
                None,
                "観光創造課",
                "◎",
            ),
            ("施策", "③観光旅行者の来訪に必要な交通施設の総合的な整備", None, "建設課", "△"),
        ],
        "22項目（◎6・○11・△4・－1）",
    ),
    (
        "4　「国際観光の振興」に関する目標",
        [
            ("数値目標", "外国人宿泊者数", "万人", 1.4, 2.1, 5.2, 5, "観光創造課", "◎"),
            ("施策", "①外国人観光旅客の来訪の促進", None, "観光創造課", "◎"),
            ("施策", "②外国人観光旅客の受入れ環境の整備", None, "観光創造課・総務課", "○"),
        ],
        "8項目（◎3・○4・△1）",
    ),
]


def kusatsu() -> Path:
    wb, ws = _sheet("施策点検表", [10, 44, 7, 11, 11, 11, 11, 16, 7])
    _page(ws, "landscape")
    _text(ws, 1, 1, "草津町観光立町推進基本計画　施策点検表（平成24年実績）", bold=True, size=14)
    _text(ws, 2, 9, "平成25年6月　草津町観光創造課", align="right")
    _text(ws, 4, 1, "計画期間：平成21年～平成25年（5年間）")
    _text(ws, 5, 1, "根拠：草津町観光立町推進基本条例（平成19年6月12日条例第20号）第7条")
    _text(ws, 6, 1, "町が総合的かつ計画的に講ずべき施策：63項目（4つの目標ごとに点検）")
    _text(
        ws,
        7,
        1,
        "進捗　◎：目標を達成　○：目標は未達成だが順調　△：目標は未達成で遅れている　－：未着手",
    )
    _text(ws, 9, 1, "■数値目標と施策の点検", bold=True, size=11)
    h = 10
    heads = [
        "区分",
        "数値目標・施策",
        "単位",
        "平成20年\n（基準）",
        "平成23年\n（実績）",
        "平成24年\n（実績）",
        "平成25年\n（目標）",
        "担当課",
        "進捗",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for title, rows, count in KS_BLOCKS:
        _span(ws, r, 1, 9, title, bold=True, fill=LIGHT)
        r += 1
        for row in rows:
            kind, name = row[0], row[1]
            _put(ws, r, 1, kind, align="center")
            _put(ws, r, 2, name)
            if kind == "数値目標":
                unit, *vals, dept, mark = row[2:]
                _put(ws, r, 3, unit, align="center")
                fm = {i: "0.0" for i, v in enumerate(vals) if isinstance(v, float)}
                _vals(ws, r, 4, vals, fm)
                _put(ws, r, 8, dept, align="center")
                _put(ws, r, 9, mark, align="center")
            else:
                _span(ws, r, 3, 7, None)
                _put(ws, r, 8, row[3], align="center")
                _put(ws, r, 9, row[4], align="center")
            r += 1
        if count:
            _put(ws, r, 1, "施策数", align="center", fill=LIGHT)
            _span(ws, r, 2, 9, count, align="right", fill=LIGHT)
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※観光客数・宿泊者数・外国人宿泊者数は暦年（1～12月）の観光入込客数調査による。平成20年の宿泊者数173万人は計画策定時の数値。",
            "※歩行者通行量は毎年11月の休日1日（午前9時～午後5時）に湯畑周辺3地点で計測した合計。",
            "※施策数は目標ごとの施策の項目数と進捗の内訳。目標3及び目標4の一部の施策は別紙。",
        ],
    )
    path = SOURCE / "kusatsu_shisaku_tenken_h24.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鳩山町 (埼玉県比企郡): 事務事業評価シート（中間評価）令和5年度
# --------------------------------------------------------------------------------------------

# Real (haseko.co.jp, saitama-west.com, ja.wikipedia): 13,118人 (2023年4月1日), 面積 25.73km², the
# 幸福度ランキング 2021・2022 全国1位, 高齢化率 約47% / ニュータウン 55.5%, the 多世代活動交流センター
# (元:松栄小学校). Made up: the sheet, 課, money, staff, every indicator and figure, the room table.
HT_ROWS = [
    (
        "1",
        "センター利用者数（延べ）",
        "人",
        "利用受付簿（R4開館日245日）",
        18420,
        21305,
        23000,
        11862,
        26000,
    ),
    ("2", "多世代交流イベント参加者数", "人", "事業報告（R5は6回分）", 1240, 1512, 1600, 704, 1800),
    ("3", "介護予防教室の実参加者数", "人", "参加者名簿（65歳以上）", 96, 118, 130, 124, 150),
    ("4", "利用者満足度", "%", "利用者アンケート（R5.7、回答212人）", 86.4, 88.1, 90.0, 91.3, 90.0),
]
HT_ROOMS = [
    ("1", "多目的室（旧体育館）", 1284, "41.2%"),
    ("2", "調理実習室", 736, "23.6%"),
    ("3", "交流サロン", 655, "21.0%"),
    ("4", "会議室（旧図書室）", 442, "14.2%"),
]


def hatoyama() -> Path:
    wb, ws = _sheet("事務事業評価", [6, 28, 6, 26, 10, 10, 10, 13, 10])
    _page(ws, "portrait")
    _text(ws, 1, 1, "事務事業評価シート（中間評価）　令和5年度", bold=True, size=14)
    _text(ws, 2, 9, "令和5年11月10日", align="right")
    r = _fields(
        ws,
        4,
        [
            ("事務事業名", "多世代活動交流センター運営事業"),
            ("担当課", "長寿福祉課"),
            ("事業開始", "平成30年度（旧松栄小学校の校舎を改修して開設）"),
            ("事業費（R5予算・千円）", "24,380"),
            ("従事職員", "正規職員1人（0.5人工）・会計年度任用職員3人"),
            (
                "町の概況",
                "人口13,118人（令和5年4月1日）、面積25.73km²。高齢化率は約47%で県内一高く、鳩山ニュータウンでは55.5%。街の幸福度ランキング（2021年・2022年）で2年連続全国1位。",
            ),
        ],
        1,
        3,
        9,
        heights={5: 30},
    )
    _text(ws, r + 1, 1, "２　成果指標（令和5年9月末現在）", bold=True, size=11)
    h = r + 2
    heads = [
        "No.",
        "成果指標",
        "単位",
        "データ元",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績\n（4～9月）",
        "R7目標",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, src, *vals in HT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, src, size=8)
        _vals(ws, r, 5, vals)
        r += 1
    _notes(
        ws,
        r,
        [
            "※R5実績は4月～9月の半期分（利用者満足度は7月の調査）。通年の実績は年度末の評価で報告する。",
        ],
    )
    r += 2
    _text(ws, r, 1, "３　部屋別の利用状況（令和4年度）", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "順位", header=True)
    _span(ws, r, 2, 4, "部屋名", header=True)
    _span(ws, r, 5, 6, "利用件数（件）", header=True)
    _span(ws, r, 7, 8, "構成比", header=True)
    r += 1
    for rank, room, n, share in HT_ROOMS:
        _put(ws, r, 1, rank, align="center")
        _span(ws, r, 2, 4, room)
        _span(ws, r, 5, 6, n)
        _span(ws, r, 7, 8, share, align="right")
        r += 1
    _put(ws, r, 1, None, fill=LIGHT)
    _span(ws, r, 2, 4, "合計", fill=LIGHT, align="center")
    _span(ws, r, 5, 6, 3117, fill=LIGHT)
    _span(ws, r, 7, 8, "100.0%", align="right", fill=LIGHT)
    r += 2
    _text(ws, r, 1, "４　担当課の評価", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        9,
        "上半期の利用者数は前年同期（10,940人）を上回っており、年間目標の達成が見込まれる。介護予防教室は定員150人に対し124人が参加している。",
        32,
        border=True,
    )
    path = SOURCE / "hatoyama_chukan_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中川村 (長野県上伊那郡): 過疎地域自立促進計画 進捗状況（令和元年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (fdocument.pub, 中川村過疎地域自立促進計画): the plan's name, 平成28(2016)年度～平成32(2020)年度,
# the slogan, the 区分 names (2 産業の振興, 7 教育の振興); 4,691人 (2018年10月1日, ja wiki copy);
# 陣馬形山, 四徳, 小渋湖 (pedia). Made up: the page, its date and 課, the 事業, indicators, figures, money.
NK_BLOCKS = [
    (
        "2 産業の振興",
        [
            (
                "新規就農者支援事業",
                "村",
                "新規就農者数（累計）",
                "人",
                "0",
                "累計7",
                "累計9",
                "10",
                "8,420",
            ),
            (
                "鳥獣被害防止対策事業",
                "村・猟友会",
                "有害鳥獣による農作物被害額の削減",
                "千円",
                "6,850",
                "4,210",
                "3,980",
                "4,000",
                "5,130",
            ),
            (
                "陣馬形山キャンプ場整備事業",
                "村",
                "キャンプ場利用者数",
                "人",
                "2,150",
                "5,830",
                "6,420",
                "6,000",
                "12,600",
            ),
            (
                "観光施設維持管理事業（小渋湖・四徳）",
                "村",
                "（指標設定なし）",
                "",
                "",
                "",
                "",
                "",
                "3,240",
            ),
        ],
        "29,390",
    ),
    (
        "7 教育の振興",
        [
            (
                "学校ICT環境整備事業（中川東小・中川西小・中川中）",
                "村",
                "授業でICTを活用できる教員の割合",
                "％",
                "35.0",
                "62.5",
                "78.1",
                "80.0",
                "4,870",
            ),
            (
                "放課後子ども教室運営事業",
                "村",
                "放課後子ども教室の参加児童数",
                "人",
                "延べ1,820",
                "延べ2,105",
                "－",
                "延べ2,400",
                "1,960",
            ),
        ],
        "6,830",
    ),
]


def nakagawa_html() -> str:
    rows = []
    for area, items, total in NK_BLOCKS:
        for i, (prog, body, ind, unit, *vals) in enumerate(items):
            cells = []
            if i == 0:
                cells.append(f'<th rowspan="{len(items) + 1}" class="l">{area}</th>')
            cells.append(f"<td>{prog}</td>")
            cells.append(f'<td class="c">{body}</td>')
            cells.append(f"<td>{ind}</td>")
            cells.append(f'<td class="c">{unit}</td>')
            cells += [f'<td class="num">{v}</td>' for v in vals]
            rows.append("<tr>" + "".join(cells) + "</tr>")
        rows.append(
            f'<tr class="sub"><td colspan="8" class="r">区分計</td><td class="num">{total}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>中川村過疎地域自立促進計画の進捗状況（令和元年度） - 中川村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
td.r {{ text-align: right; }}
tr.sub td {{ background: #f2f2f2; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・財政 &gt; 過疎地域自立促進計画</p>
<h1>中川村過疎地域自立促進計画の進捗状況（令和元年度）</h1>
<p>令和2年8月25日更新　総務課 企画係</p>
<p>「一人ひとりの元気が活きる美しい村 なかがわ」をめざし、平成28(2016)年度から平成32(2020)年度までを期間とする中川村過疎地域自立促進計画に基づいて事業を進めています。計画に掲げた事業のうち、令和元年度に実施した主な事業と指標の状況をお知らせします。村の人口は4,691人（平成30年10月1日現在の推計人口）です。</p>
<h2>自立促進施策区分別の事業と指標</h2>
<table>
<thead>
<tr><th rowspan="2">自立促進施策区分</th><th rowspan="2">事業名（施設名）</th><th rowspan="2">事業主体</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>H27年度</th><th colspan="2">実績</th><th rowspan="2">目標<br>R2年度</th><th rowspan="2">R元事業費<br>（千円）</th></tr>
<tr><th>H30年度</th><th>R元年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※区分計は、表に掲げた事業のR元事業費の合計です（過疎対策事業債を含みます）。</p>
<p>※放課後子ども教室のR元年度実績は、新型コロナウイルス感染症の影響による3月の休止のため集計していません（－）。</p>
<p>※観光施設維持管理事業は施設の維持管理のため、指標を設定していません。</p>
</body>
</html>
"""


def nakagawa() -> Path:
    path = HERE / "nakagawa_kaso_shinchoku_r1.html"
    path.write_bytes(nakagawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ichikai, kusatsu, hatoyama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nakagawa().name}")


if __name__ == "__main__":
    main()
