"""Build the built documents of forms194/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/suttu_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 寿都町 (北海道):
  **a 決裁欄 stamp grid (``課長 | 係長 | 担当`` over empty stamp cells) at the top right, beside
  the title**, form fields (事務事業名, 事業番号, 担当課, 担当係, 予算科目, 事業期間, the town's
  population) over one grid of 活動指標 and 成果指標 rows with an ``算出方法`` column and two
  ``コスト`` rows (事業費, 寄附1件当たり経費) in the same grid, under a two-row header whose
  ``R5年度`` spans **sub-headers numbered with circled digits, ``①目標 | ②実績 | ③達成率（②÷①）``**
  (the rows' own labels are ①②③ too), then a 必要性 / 有効性 / 効率性 grid of ``■``/``□`` check
  marks with reasons full of numbers; and the PDF;
* ``source/fujisato_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 効果検証シート in the manner of 藤里町
  (秋田県): form fields (将来像, 計画期間, 町の概要, KPIの数) over a grid with **a ``（欠番）`` row,
  No.3, dashes across** (a note says the KPI was merged into No.4), **final targets that carry
  their revision in brackets, ``22（R4見直し）``** (a note gives the old values), **a ``重点`` column
  of ``◎`` marks that flag the 重点KPI (not an achievement)** beside an A/B/C 評価, and shaded 施策
  rows that carry the count of their KPIs and their money in brackets; and the PDF;
* ``source/mamurogawa_shisaku_hyoka_r2.xlsx``, a 総合計画 施策評価シート in the manner of 真室川町
  (山形県): form fields (基本目標, 施策, 主管課, 関係課, 事業費, 町の概況 with census figures) over a
  grid whose **period headers abbreviate the era to one kanji (``基準値（平27）``, ``平30実績``,
  ``令元実績``, ``令2実績（達成率）``, ``目標値（令2）``)**, whose last actual holds its 達成率 in
  brackets (``131（93.6%）``), and **a ``地区別内訳（令2実績）`` column group (``真室川 | 安楽城 |
  及位 | 釜淵``) right of the target**, closed by a shaded 平均達成率 row; and the PDF;
* ``katsurao_seika_shihyo_r5.html``, a 振興計画 成果指標 page in the manner of 葛尾村 (福島県): a
  計画の概要 key-value table with real figures, then two ``<h2>`` 基本目標 each over a table with
  ``R5年度`` spanning ``目標 | 実績`` and a per-row 担当課 column: **a whole KPI row struck through
  (``<s>`` in every cell), abolished at the plan's revision**, and **one 目標値（R9） cell merged
  down over two KPIs (``rowspan="2"``, ``2指標の合計 600``), the target of their sum**.

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
    wb.properties.creator = "forms194/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms194/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
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
    with tempfile.TemporaryDirectory(prefix="forms194_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], size: int = 8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _head2(ws, h: int, singles, groups, height: float = 22) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


def _vals(ws, r, c0, vals, fmts=None, fill=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        word = isinstance(v, str) and not v.endswith("%")
        _put(ws, r, c0 + j, v, align="center" if word else "right", fmt=fmt, fill=fill)


def _fields(ws, r: int, rows, spans) -> int:
    """Bordered form fields: each row a list of (label, value); ``spans`` gives the columns."""
    for pairs in rows:
        for (label, value), (l1, l2, v1, v2) in zip(pairs, spans, strict=False):
            _span(ws, r, l1, l2, label, header=True)
            _span(ws, r, v1, v2, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 寿都町 (北海道寿都郡): 事務事業評価シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real (town.suttu.lg.jp, windjournal.jp/?p=121585, minatoku-time.com): 第8次寿都町総合振興計画, the
# population 2,647人 (2024-09-30) and 95.25㎢, 寿かき, 生炊きしらす佃煮, ほっけの飯寿し. Made up: the
# sheet, its number, 課 and 係, 予算科目, every indicator, figure, check mark and reason.
ST_ROWS = [
    (
        "活動指標",
        [
            (
                "①",
                "返礼品の登録品目数",
                "年度末時点で登録している返礼品の数（定期便は1品目、寄附のみのコースは除く）",
                "品目",
                142,
                168,
                180,
                187,
                200,
            ),
            (
                "②",
                "寄附受付ポータルサイト数",
                "寄附を受け付けている民間ポータルサイトの数（町HPからの直接申込を除く）",
                "サイト",
                4,
                4,
                6,
                6,
                6,
            ),
        ],
    ),
    (
        "成果指標",
        [
            (
                "①",
                "寄附件数",
                "4月1日～3月31日に受け付けた寄附の件数（同じ人の2回目以降の寄附も1件と数える）",
                "件",
                18420,
                21365,
                24000,
                22918,
                26000,
            ),
            (
                "②",
                "寄附額",
                "4月1日～3月31日に受け付けた寄附金の合計額（返礼品・送料等の経費を含む）",
                "千円",
                412380,
                486125,
                540000,
                551760,
                600000,
            ),
            (
                "③",
                "リピーター率",
                "前年度にも寄附した寄附者数÷当該年度の寄附者数×100",
                "％",
                18.2,
                21.4,
                25.0,
                23.9,
                27.0,
            ),
        ],
    ),
    (
        "コスト",
        [
            (
                "",
                "事業費（決算）",
                "返礼品調達費＋送料＋ポータルサイト手数料＋委託料等（人件費を除く）",
                "千円",
                198340,
                231870,
                "―",
                268512,
                "―",
            ),
            (
                "",
                "寄附1件当たり経費",
                "事業費（決算）÷寄附件数",
                "円",
                10768,
                10853,
                "―",
                11716,
                "―",
            ),
        ],
    ),
]

ST_EVAL = [
    (
        "必要性",
        "■高い　□普通　□低い",
        "自主財源の確保と特産品のPRに欠かせない。令和5年度の寄附額は5億5千万円を超えた。",
    ),
    (
        "有効性",
        "□高い　■普通　□低い",
        "成果指標3項目のうちR5目標を達成したのは寄附額の1項目。寄附件数は目標を1,082件下回った。",
    ),
    (
        "効率性",
        "□高い　■普通　□低い",
        "寄附1件当たり経費は前年度より863円増えた。経費は寄附額の48.7％で、国の基準（5割以下）の範囲内。",
    ),
    (
        "今後の方向性",
        "□拡充　■継続　□改善　□縮小・廃止",
        "定期便と町内ツアー（R5は2回、参加者延べ34人）を組み合わせ、リピーター率27％（R6目標）をめざす。",
    ),
]


def suttu() -> Path:
    wb, ws = _sheet("事務事業評価", [7, 4.5, 19, 27, 6, 8.5, 8.5, 8.5, 8.5, 10, 8.5])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施分）", bold=True, size=13)
    _text(ws, 2, 1, "作成日：令和6年10月31日　寿都町", size=9)
    # the 決裁欄: a label merged down, three titles, and an empty stamp row
    _put(ws, 1, 8, "決裁欄", header=True)
    _put(ws, 2, 8, None, header=True)
    _put(ws, 3, 8, None, header=True)
    _merge(ws, 1, 8, 3, 8)
    for c, title in ((9, "課長"), (10, "係長"), (11, "担当")):
        _put(ws, 1, c, title, header=True)
        _put(ws, 2, c, None)
        _put(ws, 3, c, None)
        _merge(ws, 2, c, 3, c)
    ws.row_dimensions[1].height = 18
    ws.row_dimensions[2].height = 18
    ws.row_dimensions[3].height = 18
    r = 5
    half = [(1, 2, 3, 4), (5, 6, 7, 11)]
    whole = [(1, 2, 3, 11)]
    r = _fields(
        ws,
        r,
        [
            [("事務事業名", "ふるさと納税推進事業"), ("事業番号", "2-3-05")],
            [("担当課", "企画課"), ("担当係", "地域振興係")],
            [("予算科目", "2款 1項 6目 企画費"), ("事業期間", "平成20年度～（継続）")],
        ],
        half,
    )
    r = _fields(
        ws,
        r,
        [
            [
                (
                    "総合振興計画の位置付け",
                    "第8次寿都町総合振興計画　2-3 自主財源の確保と健全な行財政運営",
                )
            ],
            [
                (
                    "事業の目的",
                    "ふるさと納税により町外の方から寄附を募り、自主財源を確保するとともに、寿かき・しらす等の特産品を全国にPRする。",
                )
            ],
            [
                (
                    "令和5年度の主な取組",
                    "寿かき・生炊きしらす佃煮・ほっけの飯寿しの定期便を返礼品に加え（登録品目 19品目増）、受付サイトを4サイトから6サイトに拡大した。",
                )
            ],
            [("町の人口・面積", "2,647人（令和6年9月30日現在）・95.25㎢")],
        ],
        whole,
    )
    ws.row_dimensions[r - 4].height = 26
    ws.row_dimensions[r - 3].height = 30
    ws.row_dimensions[r - 2].height = 30
    r += 1
    _text(ws, r, 1, "２　指標の推移", bold=True, size=11)
    r += 1
    _head2(
        ws,
        r,
        [
            (1, "区分"),
            (2, "No."),
            (3, "指標名"),
            (4, "算出方法"),
            (5, "単位"),
            (6, "R3実績"),
            (7, "R4実績"),
            (11, "R6目標"),
        ],
        [(8, 10, "R5年度", ["①目標", "②実績", "③達成率\n（②÷①）"])],
        height=18,
    )
    ws.row_dimensions[r + 1].height = 26
    r += 2
    for kind, rows in ST_ROWS:
        cost = kind == "コスト"
        fill = LIGHT if cost else None
        top = r
        for no, name, how, unit, *vals in rows:
            _put(ws, r, 1, kind if r == top else None, align="center", fill=fill)
            _put(ws, r, 2, no, align="center", fill=fill)
            _put(ws, r, 3, name, fill=fill)
            _put(ws, r, 4, how, size=8, fill=fill)
            _put(ws, r, 5, unit, align="center", fill=fill)
            r3, r4, t5, a5, t6 = vals
            rate = "―" if cost else f"{a5 / t5 * 100:.1f}%"
            row = [r3, r4, t5, a5, rate, t6]
            fmts = {j: "0.0" for j, v in enumerate(row) if isinstance(v, float)}
            _vals(ws, r, 6, row, fmts, fill=fill)
            ws.row_dimensions[r].height = 30
            r += 1
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r,
        [
            "※③達成率＝②実績÷①目標×100（小数点第2位を四捨五入）。コストの行は達成率を算定しない。",
            "※R5の寄附件数は、大口の法人寄附が減ったことなどにより目標を下回った。",
            "※リピーター率は、寄附者管理システムで名寄せした数値（令和3年度から集計）。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "評価項目", header=True)
    _span(ws, r, 3, 4, "評価", header=True)
    _span(ws, r, 5, 11, "評価の理由", header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for item, marks, why in ST_EVAL:
        _span(ws, r, 1, 2, item, header=True)
        _span(ws, r, 3, 4, marks, align="center")
        _span(ws, r, 5, 11, why, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "suttu_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 藤里町 (秋田県山本郡): 総合戦略 重要業績評価指標（KPI）の効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/forum/16616.html, town.fujisato.akita.jp/town/c608/c609/1274,
# wantedly.com/projects/1895454): 約282㎢, 約9割が森林, the 秋田県側 白神山地 遺産地域 in the town,
# 3,359人・1,215世帯 (平成27年国勢調査), 白神まいたけ and the 白神ブランド, the 将来像 持続可能な町・ふじさと.
# Made up: the sheet, its date and 資料 number, the 計画期間, the 施策, money, every KPI, figure and grade.
FJ_BLOCKS = [
    (
        "施策１　白神ブランドの確立と農林業の振興（KPI 2件・関連事業費 R5決算 18,420千円）",
        [
            ("1", "◎", "白神ブランド認証品目数", "品目", 12, 15, 17, 18, 19, "A", "22（R4見直し）"),
            ("2", "", "白神まいたけの出荷量", "t", 48.2, 51.6, 50.3, 55.0, 46.8, "B", 60.0),
        ],
    ),
    (
        "施策２　白神山地を活かした交流人口の拡大（KPI 1件・関連事業費 R5決算 31,060千円）",
        [
            ("3", "", "（欠番）", "―", "―", "―", "―", "―", "―", "―", "―"),
            (
                "4",
                "◎",
                "白神山地を訪れる観光客数",
                "千人",
                86.4,
                71.2,
                79.8,
                85.0,
                88.1,
                "A",
                "95.0（R4見直し）",
            ),
        ],
    ),
    (
        "施策３　移住・定住と子育ての支援（KPI 2件・関連事業費 R5決算 42,700千円）",
        [
            ("5", "◎", "移住者数", "人", 6, 9, 11, 12, 8, "C", 15),
            ("6", "", "出生数", "人", 11, 9, 8, 12, 10, "B", 12),
        ],
    ),
]


def fujisato() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 5, 32, 6, 11, 9, 9, 9, 9, 6, 11])
    _text(
        ws,
        1,
        1,
        "藤里町総合戦略　重要業績評価指標（KPI）の効果検証シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年9月　藤里町総合戦略推進会議　資料3", align="right")
    r = _fields(
        ws,
        4,
        [
            [("将来像", "持続可能な町・ふじさと")],
            [("計画期間", "令和3年度～令和7年度（5年間）")],
            [
                (
                    "町の概要",
                    "面積 約282㎢（約9割が森林。白神山地世界遺産地域の秋田県側はすべて町内）　人口 3,359人・1,215世帯（平成27年国勢調査）",
                )
            ],
            [("KPIの数", "5（うち重点KPI 3）　※No.3は欠番")],
        ],
        [(1, 2, 3, 11)],
    )
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _text(
        ws,
        r + 1,
        1,
        "評価　A：R5目標を達成　B：R5目標の80％以上100％未満　C：R5目標の80％未満　―：評価できない　　　重点　◎：重点KPI（推進会議で重点的に検証するKPI）",
        size=8,
    )
    r += 2
    heads = [
        "No.",
        "重点",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "評価",
        "最終目標\n（R7）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 26
    r += 1
    for measure, rows in FJ_BLOCKS:
        _span(ws, r, 1, 11, measure, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
        for no, mark, name, unit, *vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, mark, align="center", bold=True, size=11)
            _put(ws, r, 3, name, align="center" if name == "（欠番）" else None)
            _put(ws, r, 4, unit, align="center")
            fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
            for j, v in enumerate(vals):
                if j == 5:
                    _put(ws, r, 5 + j, v, align="center", bold=True)
                elif isinstance(v, str) and v != "―":
                    _put(ws, r, 5 + j, v, align="right")
                else:
                    _vals(ws, r, 5 + j, [v], {0: fmts.get(j)})
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.3（白神山地ガイドの利用者数）は、令和4年度の見直しでNo.4に統合したため欠番としています（番号は策定時のまま）。",
            "※施策欄の（　）内は、その施策に属するKPIの数と関連事業費（令和5年度決算）です。",
            "※最終目標欄の（R4見直し）は、令和4年度の見直しで変更した目標値です（変更前：No.1 20品目、No.4 100.0千人）。",
            "※観光客数は、町内の観光施設・登山口の入込数の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "fujisato_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 真室川町 (山形県最上郡): 第5次真室川町総合計画後期基本計画 施策評価シート（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (town.mamurogawa.yamagata.jp 平成31年度・令和3年度 施政方針, mamuro-kurashi.jp/about): the plan,
# the 基本目標 いきいきと働き個性を創るまちづくり, 米プラス園芸・米プラス畜産, 7,203人 (令和2年国勢調査),
# the 1955 peak 17,118人, 689人 under 15, 高齢化率41.7%. The 地区 names are the town's station and
# former-village names (general knowledge). Made up: the sheet, 施策, 課, money, every figure.
MM_ROWS = [
    ("1", "認定農業者数", "経営体", 142, 136, 133, "131（93.6%）", 140, [78, 21, 14, 18]),
    (
        "2",
        "新規就農者数（平成28年度からの累計）",
        "人",
        "―",
        14,
        17,
        "21（105.0%）",
        20,
        [12, 3, 2, 4],
    ),
    ("3", "園芸作物の販売額", "百万円", 312, 338, 352, "361（103.1%）", 350, [198, 71, 40, 52]),
    (
        "4",
        "担い手への農地集積率",
        "％",
        58.4,
        62.1,
        63.5,
        "64.2（91.7%）",
        70.0,
        [66.8, 61.3, 57.9, 63.0],
    ),
]


def mamurogawa() -> Path:
    wb, ws = _sheet("施策評価", [5, 32, 7, 10, 9, 9, 13, 10, 8, 8, 8, 8])
    _text(
        ws,
        1,
        1,
        "第5次真室川町総合計画後期基本計画　施策評価シート（令和2年度・計画最終年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和3年12月　真室川町", align="right")
    whole = [(1, 2, 3, 12)]
    half = [(1, 2, 3, 7), (8, 9, 10, 12)]
    r = _fields(ws, 4, [[("基本目標", "1　いきいきと働き個性を創るまちづくり")]], whole)
    r = _fields(
        ws,
        r,
        [
            [("施策", "1-2　農業の振興"), ("主管課", "産業振興課")],
            [("施策の事業費（令2決算・千円）", 96480), ("関係課", "農業委員会事務局")],
        ],
        half,
    )
    r = _fields(
        ws,
        r,
        [
            [
                (
                    "施策の目指す姿",
                    "米プラス園芸、米プラス畜産の取組が広がり、担い手が安定した農業経営を続けている。",
                )
            ],
            [
                (
                    "町の概況",
                    "人口7,203人（令和2年国勢調査。昭和30年の17,118人をピークに減少）、15歳未満人口689人、高齢化率41.7％",
                )
            ],
        ],
        whole,
    )
    r += 1
    _text(ws, r, 1, "２　成果指標の状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（平27）"),
            (5, "平30実績"),
            (6, "令元実績"),
            (7, "令2実績\n（達成率）"),
            (8, "目標値\n（令2）"),
        ],
        [(9, 12, "地区別内訳（令2実績）", ["真室川", "安楽城", "及位", "釜淵"])],
    )
    r = h + 2
    for no, name, unit, *vals, parts in MM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 7, vals[3], align="right")
        pf = {j: "0.0" for j, v in enumerate(parts) if isinstance(v, float)}
        _vals(ws, r, 9, parts, pf)
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 6, "施策の平均達成率（成果指標4項目の達成率の平均）", fill=LIGHT, bold=True)
    _put(ws, r, 7, "98.4%", align="right", fill=LIGHT, bold=True)
    for c in range(8, 13):
        _put(ws, r, c, "", fill=LIGHT)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※達成率＝令2実績÷目標値（令2）×100（小数点第2位を四捨五入）。表中の年度は、平＝平成、令＝令和の略です。",
            "※地区別内訳は、町内4地区（真室川・安楽城・及位・釜淵）ごとの令2実績です。No.4は各地区の集積率です。",
            "※No.2は平成28年度からの累計のため、基準値（平27）は「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mamurogawa_shisaku_hyoka_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 葛尾村 (福島県双葉郡): 第五次葛尾村振興計画 成果指標の状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (katsurao.org, katsuden-co.jp/about/55.html): 第五次葛尾村振興計画 and its 将来像, the 基本目標
# 自然と共存するむら and 支え合い・助け合うむら, 1,305人 / 帰村者326人 / 新規転入162人 (2023-02-01), the
# 2016-06 and 2022-06 解除, 胡蝶蘭 (2018-), エゴマ (じゅうねん), あぜりあ (2018). Made up: the page, date,
# 課, 計画期間, numbering, every other figure, the abolished KPI and the joint target.
KT_HEAD = """<thead>
<tr><th rowspan="2">指標名</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R4）</th><th colspan="2">R5年度</th><th rowspan="2">目標値<br>（R9）</th><th rowspan="2">担当課</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""

KT_TABLE1 = """<tbody>
<tr><td>営農再開面積（水稲）</td><td class="c">ha</td><td class="num">61.5</td><td class="num">70.0</td><td class="num">73.2</td><td class="num">100.0</td><td>産業振興課</td></tr>
<tr><td>畜産再開戸数</td><td class="c">戸</td><td class="num">14</td><td class="num">16</td><td class="num">15</td><td class="num">25</td><td>産業振興課</td></tr>
<tr><td>胡蝶蘭の出荷本数</td><td class="c">千本</td><td class="num">38.4</td><td class="num">45.0</td><td class="num">47.9</td><td class="num">80.0</td><td>産業振興課</td></tr>
<tr class="haishi"><td><s>エゴマの作付面積</s></td><td class="c"><s>ha</s></td><td class="num"><s>3.2</s></td><td class="num"><s>4.0</s></td><td class="num"><s>2.6</s></td><td class="num"><s>8.0</s></td><td><s>産業振興課</s></td></tr>
</tbody>"""

KT_TABLE2 = """<tbody>
<tr><td>帰村者数</td><td class="c">人</td><td class="num">326</td><td class="num">340</td><td class="num">338</td><td class="num" rowspan="2">2指標の合計<br>600</td><td>住民生活課</td></tr>
<tr><td>新規転入者数（避難指示解除後の累計）</td><td class="c">人</td><td class="num">162</td><td class="num">180</td><td class="num">187</td><td>地域振興課</td></tr>
<tr><td>復興交流館「あぜりあ」の利用者数</td><td class="c">人</td><td class="num">18,240</td><td class="num">20,000</td><td class="num">19,315</td><td class="num">25,000</td><td>地域振興課</td></tr>
</tbody>"""


def katsurao_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第五次葛尾村振興計画 成果指標の状況（令和5年度） - 葛尾村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
table.gaiyo th {{ text-align: left; width: 8em; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
tr.haishi td {{ color: #808080; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 第五次葛尾村振興計画</p>
<h1>第五次葛尾村振興計画　成果指標の状況（令和5年度）</h1>
<p>更新日：2024年9月20日　葛尾村地域振興課</p>
<p>村制施行100年を迎えた令和5年度は、第五次葛尾村振興計画のスタートの年です。計画に掲げた成果指標について、令和5年度の実績を取りまとめました。</p>
<h2>計画の概要</h2>
<table class="gaiyo">
<tbody>
<tr><th>村の将来像</th><td>自然 人 温もりをむすぶ 結いのむら かつらお</td></tr>
<tr><th>計画期間</th><td>令和5年度～令和14年度（前期基本計画：令和5年度～令和9年度）</td></tr>
<tr><th>村の状況</th><td>平成28年6月に帰還困難区域を除き避難指示が解除され、令和4年6月には野行地区の特定復興再生拠点区域の避難指示も解除されました。人口1,305人のうち帰村者は326人、避難指示解除後の新規転入者は162人です（令和5年2月1日現在）。</td></tr>
</tbody>
</table>
<h2>基本目標1　自然と共存するむら</h2>
<table class="kpi">
{KT_HEAD}
{KT_TABLE1}
</table>
<p>※取消線の指標（エゴマの作付面積）は、令和6年3月の計画の一部改定で廃止しました。令和5年度の数値は参考として掲げています。</p>
<h2>基本目標2　支え合い・助け合うむら</h2>
<table class="kpi">
{KT_HEAD}
{KT_TABLE2}
</table>
<p>※帰村者数と新規転入者数の目標値（R9）は、2つの指標の合計（村内に住む人の数）の目標として600人を設定しています。</p>
<p>※基準値（R4）の帰村者数・新規転入者数は令和5年2月1日現在の数値です。</p>
</body>
</html>
"""


def katsurao() -> Path:
    path = HERE / "katsurao_seika_shihyo_r5.html"
    path.write_bytes(katsurao_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (suttu, fujisato, mamurogawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {katsurao().name}")


if __name__ == "__main__":
    main()
