"""Build the built documents of forms129/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/mine_seika_shihyo_r5.xlsx``, a 総合計画 成果指標の状況 in the manner of 美祢市 (山口県): 施策
  cells merged down, 実績値 over R3 | R4 | R5, **目標値（R6） beside a draft 後期目標値（R11・案）**, 千円
  and 千人 in 単位, a ``―`` actual; and the PDF;
* ``source/kanoya_jisshi_keikaku_r2.xlsx``, a 総合計画 実施計画 in the manner of 鹿屋市 (鹿児島県): a
  成果指標 grid with **yearly targets only (目標値 R2 | R3 | R4)**, ①–⑤ labels, 億円 in 単位, a ``―``
  target, and a 主な事業 money grid under the same years; and the PDF;
* ``source/kitahiroshima_kpi_kensho_h29.xlsx``, a 総合戦略 KPI検証 in the manner of 北広島町 (広島県):
  H29目標 | H29実績 | 最終目標（H31） with an A/B/C 評価 tied by a legend to the H29 target, a ``△``
  actual, ``延べ`` cells, 百万円 in 単位, a 有識者 opinion column; and the PDF;
* ``sukumo_mokuhyo_shihyo_h30.html``, a 振興計画 目標指標の進捗 in the manner of 宿毛市 (高知県): one
  ``<table>`` per 施策 under ``<h2>`` 分野 / ``<h3>`` 施策 headings, **the target column headed by its
  year alone (平成32年度) under a 目標 group**, units inside the value cells, a ``調査なし`` actual.

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
    wb.properties.creator = "forms129/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms129/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms129_soffice_") as tmp:
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
# 美祢市 (山口県): 第二次美祢市総合計画 前期基本計画 成果指標の状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 美祢市, the 第二次美祢市総合計画 and its 後期計画 (案, 意見募集 R6.12.21–R7.1.20), the 施策 names
# 農業等の振興, 森林の保全・活用と林業の振興, 自然環境の保存と活用, 多様な雇用の場づくり and the 中高生に
# 対する地元企業等の魅力発信. Made up: the sheet, its date and 部, every indicator, figure and note.
MINE = [
    (
        "農業等の振興",
        [
            ("新規就農者数", "人", 4, (6, 5, 7), 6, 8),
            ("有害鳥獣による農作物被害額", "千円", 28450, (24120, 22860, 23900), 20000, 18000),
        ],
    ),
    (
        "森林の保全・活用と林業の振興",
        [("間伐実施面積", "ha", 185.0, (172.4, 190.2, 201.6), 200.0, 220.0)],
    ),
    (
        "自然環境の保存と活用",
        [("市内主要観光施設の入込客数", "千人", 812, (402, 520, 611), 850, 900)],
    ),
    (
        "多様な雇用の場づくり",
        [("中高生の地元企業見学・職場体験の参加者数", "人", 96, ("―", 118, 164), 150, 200)],
    ),
]


def mine() -> Path:
    widths = [16, 30, 6, 9, 8, 8, 8, 9, 11]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "第二次美祢市総合計画　前期基本計画　成果指標の状況（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年10月　美祢市総合政策部", align="right")
    _text(ws, 4, 1, "【前期基本計画の成果指標】", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [
            (1, "施策"),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (8, "目標値\n（R6）"),
            (9, "後期目標値\n（R11・案）"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = h + 2
    for head, rows in MINE:
        first = r
        for name, unit, base, actuals, target, later in rows:
            _put(ws, r, 1, head if r == first else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, *actuals, target, later)):
                fmt = "#,##0.0" if isinstance(v, float) else None
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
            ws.row_dimensions[r].height = 24
            r += 1
        if r - first > 1:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※後期目標値（R11・案）は、第二次美祢市総合計画後期計画（案）に掲げる目標値です。",
            "※令和3年度の職場体験は、新型コロナウイルス感染症の影響により中止しました。",
            "※令和5年度の前期基本計画関連事業費（決算）は412,680千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "mine_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鹿屋市 (鹿児島県): 第2次鹿屋市総合計画 令和2年度実施計画
# --------------------------------------------------------------------------------------------

# Real: 鹿屋市, the 第2次鹿屋市総合計画 令和2年度実施計画, its 将来像 line, 基本目標1 やってみたい仕事ができるまち
# and 基本施策(1) 活力ある農林水産業の振興. Made up: the 実施計画's layout, every indicator, figure, 事業 and
# amount.
KANOYA = [
    ("①", "農業産出額", "億円", 425.3, (430.0, 435.0, 440.0)),
    ("②", "認定農業者数", "経営体", 1052, (1060, 1070, 1080)),
    ("③", "新規就農者数", "人", 38, (40, 40, 40)),
    ("④", "畜産クラスター事業の導入件数（累計）", "件", 12, (15, 18, 21)),
    ("⑤", "森林経営計画の認定面積", "ha", 3210, (3300, "―", 3500)),
]
KANOYA_MONEY = [
    (
        "新規就農者育成総合対策事業",
        "新規就農者への経営開始資金の交付",
        "農政課",
        (48600, 45000, 45000),
    ),
    ("畜産クラスター事業", "施設整備・機械導入への補助", "畜産課", (126300, 98000, 98000)),
    ("森林環境譲与税活用事業", "森林経営管理制度による間伐等", "林務水産課", (31250, 33000, 35000)),
]


def kanoya() -> Path:
    widths = [5, 34, 8, 11, 11, 11, 11, 11]
    wb, ws = _sheet("実施計画", widths)
    _text(ws, 1, 1, "第2次鹿屋市総合計画　令和2年度実施計画", bold=True, size=12)
    _text(
        ws,
        2,
        1,
        "ひとが元気！まちが元気！「未来につながる健康都市　かのや」を目指して",
        size=9,
    )
    _text(ws, 2, 8, "令和2年4月　鹿屋市", align="right")
    _text(ws, 4, 1, "基本目標1　やってみたい仕事ができるまち", bold=True, size=11)
    _text(ws, 5, 1, "基本施策(1)　活力ある農林水産業の振興", bold=True, size=10)
    _text(ws, 7, 1, "■成果指標", bold=True, size=10)
    h = 8
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（H30）")],
        [(5, 7, "目標値", ["R2", "R3", "R4"])],
    )
    r = h + 2
    for label, name, unit, base, targets in KANOYA:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, *targets)):
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "■主な事業", bold=True, size=10)
    h = r + 1
    _put(ws, h, 1, "No.", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    _head2(
        ws,
        h,
        [(2, "事業名／事業概要"), (3, "担当課"), (4, "区分")],
        [(5, 7, "事業費（千円）", ["R2", "R3", "R4"])],
    )
    r = h + 2
    for i, (name, outline, dept, money) in enumerate(KANOYA_MONEY, start=1):
        _put(ws, r, 1, i, align="center")
        _put(ws, r, 2, f"{name}\n{outline}")
        _put(ws, r, 3, dept, align="center", size=8)
        _put(ws, r, 4, "継続", align="center")
        for j, v in enumerate(money):
            _put(ws, r, 5 + j, v)
        ws.row_dimensions[r].height = 28
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※森林経営計画の認定面積のR3目標値は、森林経営管理制度の意向調査結果を踏まえて設定します。",
            "※事業費は、令和2年度当初予算額及び令和3・4年度の見込額です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kanoya_jisshi_keikaku_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北広島町 (広島県山県郡): 北広島町まち・ひと・しごと創生総合戦略 KPIの検証（平成29年度）
# --------------------------------------------------------------------------------------------

# Real: 北広島町, its 総合戦略 (H27.10), the KPIs 北広島町への転入超過数, 自主防災組織率, 集落活性化支援地域数
# (平成27~31年度 のべ20箇所) and 集落営農法人等による耕作面積, and 北広島軟弱野菜. Made up: the sheet, its
# date, the 基本目標 wording, every figure, grade and opinion.
KITAHIROSHIMA = [
    (
        "1",
        "北広島町への転入超過数",
        "人",
        18,
        20,
        "△6",
        25,
        "C",
        "転出超過となった。若者の転出抑制策の検討が必要。",
    ),
    ("2", "自主防災組織率", "％", 62.5, 70.0, 71.3, 80.0, "A", "順調に推移している。"),
    (
        "3",
        "集落活性化支援地域数",
        "箇所",
        "―",
        "延べ12",
        "延べ13",
        "延べ20",
        "A",
        "支援地域の横展開を期待する。",
    ),
    (
        "4",
        "集落営農法人等による耕作面積",
        "ha",
        1150,
        1230,
        1198,
        1300,
        "B",
        "担い手の高齢化に留意。",
    ),
    (
        "5",
        "北広島軟弱野菜の出荷額",
        "百万円",
        320,
        340,
        352,
        360,
        "A",
        "販路拡大の成果が出ている。",
    ),
]


def kitahiroshima() -> Path:
    widths = [5, 28, 7, 9, 9, 9, 10, 6, 26]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "北広島町まち・ひと・しごと創生総合戦略　KPIの検証（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "平成30年9月　北広島町政策立案室", align="right")
    _text(
        ws,
        3,
        1,
        "評価：A　H29目標を達成　B　H29目標の8割以上　C　H29目標の8割未満",
        size=8,
    )
    _text(ws, 5, 1, "２　重要業績評価指標（KPI）の検証結果", bold=True, size=11)
    h = 6
    for c, word in enumerate(
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（H26）",
            "H29目標",
            "H29実績",
            "最終目標\n（H31）",
            "評価",
            "有識者会議の意見",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *vals, grade, opinion in KITAHIROSHIMA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
        _put(ws, r, 8, grade, align="center")
        _put(ws, r, 9, opinion, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※集落活性化支援地域数は平成27年度からの延べ数です（基準値は制度創設前のため「―」）。",
            "※△はマイナス（転出超過）を示します。",
            "※平成29年度の総合戦略関連事業費は、地方創生推進交付金を含め64,870千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kitahiroshima_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宿毛市 (高知県): 宿毛市振興計画 基本計画 目標指標の進捗状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: 宿毛市, the 宿毛市振興計画 (H23–32) and its 基本計画 (H28–32), the 将来像, the 分野 教育 with the
# 施策 学校教育 and 青少年の健全育成, the 宿毛市政策審議会. Made up: the page's date, every indicator,
# figure and note.
SUKUMO = [
    (
        "学校教育",
        [
            (
                "学校の授業がよく分かると答えた児童生徒の割合",
                "78.4%",
                "80.1%",
                "81.5%",
                "82.0%",
                "85.0%",
            ),
            ("1日1時間以上家庭学習をする中学生の割合", "52.0%", "55.3%", "54.8%", "57.6%", "65.0%"),
            ("学校図書館の児童生徒1人当たり貸出冊数", "38冊", "41冊", "45冊", "47冊", "50冊"),
        ],
    ),
    (
        "青少年の健全育成",
        [
            ("放課後子ども教室の登録児童数", "212人", "225人", "231人", "240人", "250人"),
            (
                "青少年育成市民会議の街頭補導活動回数",
                "24回",
                "24回",
                "調査なし",
                "26回",
                "30回",
            ),
        ],
    ),
]


def sukumo_html() -> str:
    parts = []
    for head, rows in SUKUMO:
        body = "\n".join(
            "<tr>"
            + f"<td>{name}</td>"
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for name, *vals in rows
        )
        parts.append(
            f"""<h3>{head}</h3>
<table border="1">
<tr><th rowspan="2">目標指標</th><th rowspan="2">現状値<br>（平成26年度）</th><th colspan="3">実績</th><th>目標</th></tr>
<tr><th>平成28年度</th><th>平成29年度</th><th>平成30年度</th><th>平成32年度</th></tr>
{body}
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>宿毛市振興計画（基本計画）目標指標の進捗状況｜宿毛市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>宿毛市振興計画（基本計画）目標指標の進捗状況（平成30年度）</h1>
<p>令和元年8月　宿毛市企画課</p>
<p>「人が輝き、自然がほほえむ元気都市“すくも”」の実現に向け、基本計画（平成28～32年度）に掲げた目標指標の進捗状況を宿毛市政策審議会に報告しました。</p>
<h2>教育</h2>
{tables}
<p>※平成29年度の街頭補導活動回数は、集計方法の見直しにより調査を行っていません。</p>
<p>※平成30年度の教育費（決算）は1,285,402千円です。</p>
</body>
</html>
"""


def sukumo() -> Path:
    path = HERE / "sukumo_mokuhyo_shihyo_h30.html"
    path.write_bytes(sukumo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (mine, kanoya, kitahiroshima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sukumo().name}")


if __name__ == "__main__":
    main()
