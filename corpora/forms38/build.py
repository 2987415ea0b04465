"""Build the built documents of forms38/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/morioka_shisaku_hyoka_h29.xlsx``, a sheet in the manner of 盛岡市 (岩手県) 施策評価シート
  (対象 / 意図 fields, 【成果指標等の状況】 with a `指標の性格` arrow column, an undated `当初値`, a
  `H31目標値` and a bracketed `H36目標値`, 百万円 and 千円 in the 単位 column, a 役割分担 grid), and from it
  ``morioka_shisaku_hyoka_h29.pdf``;
* ``source/higashikawa_jimujigyo_ichiran_h29.xlsx``, a list in the manner of 東川町 (北海道) 事務事業評価結果
  一覧表 (**one row per 事務事業 holding its 活動指標 and its 成果指標 side by side**, values with their
  unit in the cell, 事業費 in 千円, A/B/C grades), and from it ``higashikawa_jimujigyo_ichiran_h29.pdf``;
* ``source/tomi_tokubetsu_juten_h24.xlsx``, a sheet in the manner of 東御市 (長野県) 特別重点事業評価 (事業
  fields, a 成果指標 grid with `前年度比` and a `目標達成度` A/B/C column with its legend), and from it
  ``tomi_tokubetsu_juten_h24.pdf``;
* ``yachimata_mezasone_h18.html``, a page in the manner of 八街市 (千葉県) やちまたべんちまーく
  「めざそう！ね（値）」実績値調査報告書 (`ベース（1998年度）`, `現状値（2003年度）`, bare Western years,
  `めざそう値（2008年度）`, blank cells where no figure exists).

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
    wb.properties.creator = "forms38/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms38/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms38_soffice_") as tmp:
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
# 盛岡市 (岩手県): 施策評価シート 【成果指標等の状況】 — 指標の性格 (↗/↘), 当初値, H31目標値, (H36目標値)
# --------------------------------------------------------------------------------------------

# Real (盛岡市 平成29年度行政評価結果（事後評価）, 施策21): 施策名, 対象, 意図, 評価責任者 / 作成者の職名,
# the block headings, the four 農林業 indicators with ↗ and their units, the 役割分担 rows and their
# shares, and figures seen in the extract (8,357 / 8,318 / 8,220, 8,876, (9,053); 411 / 816 / 864, (922))
# whose attachment to an indicator is a guess. Made up: the fifth indicator and every other figure.
MORIOKA_ROWS = [
    # (name, 性格, 単位, 当初値, H27, H28, H29, H31目標値, H36目標値)
    ("新規就農者数", "↗", "人", 22, 25, 19, 27, 30, "(35)"),
    ("農用地の利用集積面積", "↗", "ha", 3820, 3905, 4012, 4150, 4500, "(5,000)"),
    ("農業総生産額", "↗", "百万円", 8357, 8318, 8220, "―", 8876, "(9,053)"),
    ("林業総生産額", "↗", "百万円", 411, 816, 864, "―", 922, "(950)"),
    ("有害鳥獣による農作物被害額", "↘", "千円", 12480, 11950, 13210, 10870, 10000, "(8,000)"),
]


def morioka() -> Path:
    widths = [26, 8, 8, 9, 9, 9, 9, 10, 10]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成29年度行政評価結果（事後評価）　施策評価シート", bold=True, size=13)
    _text(ws, 2, 9, "盛岡市", align="right", size=9)
    _put(ws, 3, 1, "施策", header=True)
    _put(ws, 3, 2, 21, align="center", fmt="0")
    _span(ws, 3, 3, 9, "農林業の振興", bold=True)
    _put(ws, 4, 1, "評価責任者名", header=True)
    _span(ws, 4, 2, 4, "農林部長")
    _span(ws, 4, 5, 6, "評価シート作成者名", header=True)
    _span(ws, 4, 7, 9, "農林部次長")
    _put(ws, 5, 1, "対象\n（誰を，何を対象としているか）", header=True)
    _span(ws, 5, 2, 9, "農業者，林業者")
    _put(ws, 6, 1, "意図\n（この施策より対象をどのように変えるのか）", header=True)
    _span(
        ws,
        6,
        2,
        9,
        "安定した生産所得が得られる，新たな農業の担い手の確保が図られる，生産性の向上が図られる",
    )
    ws.row_dimensions[5].height = 30
    ws.row_dimensions[6].height = 30
    _text(ws, 8, 1, "【成果指標等の状況】", bold=True, size=10)
    h1, h2 = 9, 10
    for col, word in ((1, "成果指標名（施策）"), (2, "指標の\n性格"), (3, "単位")):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 4, 9, "施策の目標値・実績値の推移", header=True)
    for col, word in enumerate(("当初値", "H27", "H28", "H29", "H31目標値", "H36目標値"), start=4):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for name, mark, unit, *values in MORIOKA_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, mark, align="center", size=11)
        _put(ws, r, 3, unit, align="center")
        for col, v in enumerate(values, start=4):
            _put(ws, r, col, v, align="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r, 1, "※指標の性格　↗：数値が大きいほど良い指標　↘：数値が小さいほど良い指標", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※H36目標値は後期基本計画の策定時に見直すため、括弧書きの参考値としています。",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※農業総生産額・林業総生産額のH29は、統計の公表前のため「―」としています。",
        size=8,
    )
    r += 4
    _text(ws, r, 1, "【役割分担分析】", bold=True, size=10)
    h1, h2 = r + 1, r + 2
    _put(ws, h1, 1, "小施策名", header=True)
    _put(ws, h2, 1, None, header=True)
    _merge(ws, h1, 1, h2, 1)
    _span(ws, h1, 2, 6, "役割分担比重（%）", header=True)
    for col, word in enumerate(
        ("市(A)", "国・県・\n他自治体", "市民・\nNPO", "企業・\nその他", "合計"), start=2
    ):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h2].height = 26
    r = h2 + 1
    for name, *shares in (
        ("生産基盤の整備", 20, 50, 10, 20, 100),
        ("経営力・生産意欲の向上と後継者の育成", 20, 50, 10, 20, 100),
    ):
        _put(ws, r, 1, name)
        for col, v in enumerate(shares, start=2):
            _put(ws, r, col, v)
        ws.row_dimensions[r].height = 20
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "morioka_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東川町 (北海道): 事務事業評価結果一覧表 — 1行に活動指標と成果指標を並べる
# --------------------------------------------------------------------------------------------

# Real (写真文化首都 東川町まち・ひと・しごと創生総合戦略, 平成27年10月): the town, 写真文化首都, the
# 重点プロジェクト headings Ⅰ 人々が集う写真文化首都の創造 / Ⅱ 豊かな暮らしと文化を生み出すしごとづくり.
# Made up: the 一覧表, every 事業, 担当課, money, indicator, figure and grade.
HIGASHIKAWA_ROWS = [
    # (事務事業名, 担当課, 事業費, 活動指標, 実績, 成果指標, 実績, 活動, 成果, 総合)
    (
        "写真甲子園開催事業",
        "写真の町課",
        38420,
        "本戦出場校数",
        "18校",
        "初戦応募校数",
        "526校",
        "A",
        "A",
        "A",
    ),
    (
        "移住定住促進事業",
        "定住促進課",
        9870,
        "移住相談件数",
        "延べ146件",
        "移住者数（転入世帯）",
        "約60世帯",
        "B",
        "A",
        "A",
    ),
    (
        "ひがしかわ株主制度事業",
        "写真の町課",
        52310,
        "株主優待の発送件数",
        "8,412件",
        "ふるさと納税寄附額",
        "21,350万円",
        "A",
        "B",
        "B",
    ),
]


def higashikawa() -> Path:
    widths = [22, 11, 10, 18, 10, 18, 11, 6, 6, 6]
    wb, ws = _sheet("評価結果一覧", widths)
    _text(ws, 1, 1, "平成30年度　事務事業評価結果一覧表（平成29年度事業）", bold=True, size=13)
    _text(ws, 2, 10, "東川町", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "第6期東川町総合計画に位置付けた事務事業について、担当課による一次評価の結果を一覧にしました。",
        size=9,
    )
    _text(ws, 5, 1, "重点プロジェクト　Ⅰ　人々が集う写真文化首都の創造", bold=True, size=10)
    h1, h2 = 6, 7
    for col, word in ((1, "事務事業名"), (2, "担当課"), (3, "事業費\n（千円）")):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 4, 5, "活動指標", header=True)
    _span(ws, h1, 6, 7, "成果指標", header=True)
    _span(ws, h1, 8, 10, "評価", header=True)
    for col, word in (
        (4, "指標名"),
        (5, "H29実績"),
        (6, "指標名"),
        (7, "H29実績"),
        (8, "活動"),
        (9, "成果"),
        (10, "総合"),
    ):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for prog, dept, cost, act, act_v, out, out_v, g1, g2, g3 in HIGASHIKAWA_ROWS:
        _put(ws, r, 1, prog)
        _put(ws, r, 2, dept, align="center")
        _put(ws, r, 3, cost)
        _put(ws, r, 4, act)
        _put(ws, r, 5, act_v, align="right")
        _put(ws, r, 6, out)
        _put(ws, r, 7, out_v, align="right")
        for col, g in ((8, g1), (9, g2), (10, g3)):
            _put(ws, r, col, g, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _text(
        ws,
        r,
        1,
        "※評価　A：十分に達成できた　B：概ね達成できた　C：達成が不十分（活動・成果・総合の各欄）",
        size=8,
    )
    _text(
        ws, r + 1, 1, "※事業費は平成29年度決算額。ふるさと納税寄附額は平成29年度の受入額。", size=8
    )
    _page(ws, "landscape")
    path = SOURCE / "higashikawa_jimujigyo_ichiran_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東御市 (長野県): 特別重点事業評価 — 前年度比と目標達成度 (A/B/C)
# --------------------------------------------------------------------------------------------

# Real (東御市 平成25年度 特別重点事業評価の結果について, 平成25年4月): the title, its subtitle
# (平成24年度特別重点事業の評価検証), the city's description of the evaluation. Made up: the 事業, its
# fields and money, every indicator, figure, grade, legend and note.
TOMI_ROWS = [
    # (成果指標, 単位, H23実績, H24目標, H24実績, 前年度比, 目標達成度)
    ("高地トレーニング合宿利用者数（延べ）", "人泊", 6820, 7500, 7940, "116.4%", "A"),
    ("湯の丸高原の観光入込客数", "千人", 312, 330, 318, "101.9%", "B"),
    ("合宿誘致件数", "団体", 41, 45, 35, "85.4%", "C"),
    ("市営体育施設の稼働率", "％", 62.4, "65.0以上", 66.1, "＋3.7ポイント", "A"),
]


def tomi() -> Path:
    widths = [30, 7, 10, 10, 10, 12, 10]
    wb, ws = _sheet("特別重点事業評価", widths)
    _text(ws, 1, 1, "平成25年度　特別重点事業評価の結果について", bold=True, size=13)
    _text(ws, 2, 1, "（平成24年度特別重点事業の評価検証）", size=10)
    _text(ws, 2, 7, "平成25年4月　東御市", align="right", size=8)
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=10)
    fields = [
        ("事業名", "湯の丸高原高地トレーニング推進事業"),
        ("担当課", "商工観光課"),
        ("重点施策", "交流人口の拡大による地域の活性化"),
        ("H24決算額", "18,640千円（うち国・県支出金 6,200千円）"),
    ]
    r = 5
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　成果指標の達成状況", bold=True, size=10)
    h = r + 2
    for col, word in enumerate(
        ("成果指標", "単位", "H23実績", "H24目標", "H24実績", "前年度比", "目標達成度"), start=1
    ):
        _put(ws, h, col, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for name, unit, a23, t24, a24, ratio, grade in TOMI_ROWS:
        fmt = "0.0" if isinstance(a23, float) else "#,##0"
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, a23, fmt=fmt)
        _put(ws, r, 4, t24, fmt=fmt, align="right")
        _put(ws, r, 5, a24, fmt=fmt)
        _put(ws, r, 6, ratio, align="right")
        _put(ws, r, 7, grade, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(
        ws,
        r,
        1,
        "※目標達成度　A：目標を達成　B：目標の9割以上　C：目標の9割未満",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "※前年度比は H24実績÷H23実績（稼働率は差）。",
        size=8,
    )
    _text(ws, r + 3, 1, "３　評価と今後の方向性", bold=True, size=10)
    _para(
        ws,
        r + 4,
        1,
        7,
        "合宿利用者数は目標を上回ったが、誘致件数は大学の合宿地分散により減少した。平成25年度は"
        "首都圏の大学・実業団への誘致活動を強化し、冬季の利用促進を図る。（継続）",
        40,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "tomi_tokubetsu_juten_h24.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八街市 (千葉県): やちまたべんちまーく「めざそう！ね（値）」実績値調査報告書 — HTML
# --------------------------------------------------------------------------------------------

# Real (八街市総合計画2005 第1次基本計画 …実績値調査報告書): the title, the しくみ text (ベース 1998年度,
# 現状値 2003年度, めざそう値 2008年度, 空欄 where no figure exists). Made up: the two 目標 headings,
# every indicator and figure, the notes.
YACHIMATA_TABLES = [
    (
        "まちづくりの目標1　子どもたちが健やかに育つまち",
        [
            ("1", "保育園の待機児童数", "人", "12", "18", "15", "", "9", "0"),
            (
                "2",
                "子育てしやすいまちだと思う市民の割合",
                "％",
                "",
                "38.5",
                "40.2",
                "41.0",
                "39.6",
                "50.0",
            ),
            ("3", "市民一人あたりの図書館貸出冊数", "冊", "2.1", "2.6", "2.7", "2.9", "3.0", "3.5"),
        ],
    ),
    (
        "まちづくりの目標4　安全で安心して暮らせるまち",
        [
            ("4", "交通事故発生件数", "件", "402", "455", "438", "421", "397", "350"),
            ("5", "自主防災組織の結成数", "組織", "8", "21", "24", "26", "30", "40"),
        ],
    ),
]


def yachimata_html() -> str:
    blocks = []
    for heading, rows in YACHIMATA_TABLES:
        body = "\n".join(
            f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="r">{v}</td>' for v in values)
            + "</tr>"
            for no, name, unit, *values in rows
        )
        blocks.append(
            f"""<h2>{heading}</h2>
<table>
<tr><th>No.</th><th>指標</th><th>単位</th><th>ベース（1998年度）</th><th>現状値（2003年度）</th><th>2004年度</th><th>2005年度</th><th>2006年度</th><th>めざそう値（2008年度）</th></tr>
{body}
</table>"""
        )
    joined = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>やちまたべんちまーく「めざそう！ね（値）」実績値調査報告書</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0 1em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>八街市総合計画2005第1次基本計画　やちまたべんちまーく「めざそう！ね（値）」実績値調査報告書</h1>
<p>やちまたべんちまーく「めざそう！ね（値）」は、市の姿を身近でわかりやすい指標を用いて数値で表し、現状の数値と目標値とを比較することによって、市の現状やめざすべき将来像の達成度を測定するものです。</p>
<ul>
<li>ベースは、1998年度（平成10年度）の数値です。</li>
<li>現状値は、目標設定時点の2003年度（平成15年度）の数値です。</li>
<li>めざそう値は、2008年度（平成20年度）の目標値です。</li>
<li>数値等がない場合は、空欄のままです。</li>
</ul>
<p>平成19年3月　八街市 総務部 企画課</p>
{joined}
<p class="note">※保育園の待機児童数の2005年度は、集計方法の変更により数値がないため空欄としています。</p>
<p class="note">※「子育てしやすいまちだと思う市民の割合」は市民意識調査（2003年度開始）によるため、ベースは空欄です。</p>
</body>
</html>
"""


def yachimata() -> Path:
    path = HERE / "yachimata_mezasone_h18.html"
    path.write_bytes(yachimata_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (morioka, higashikawa, tomi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yachimata().name}")


if __name__ == "__main__":
    main()
