"""Build the built documents of forms283/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/godo_kpi_hyoka_r5.xlsx``, a 総合戦略 KPI評価シート in the manner of 神戸町 (岐阜県):
  form fields with money, a bold 基本目標 over ``No. | KPI | 単位 | 基準値（R元） | R5 (目標 | 実績) |
  目標値（R6） | 評価``, **an 評価 column of circled-digit grades ``①``–``④``** read through the legend
  line (①順調 … ④遅れ) beside plain ``No.`` digits, and **a final target ``基準値から3ポイント減``**;
  and the PDF;
* ``source/kawanishi_shisaku_hyoka_r5.xlsx``, a 施策評価シート in the manner of 川西町 (奈良県):
  form fields (施策名, 担当課, 事業費, 面積 and population), **an 評価 column of one-kanji grades
  ``達`` / ``概`` / ``未``** with its legend, **value cells marked ``★`` for a record high**
  (``3,120★``, a note says so), ``約18``; and the PDF;
* ``source/arida_kpi_shinchoku_r5.xlsx``, a KPI 進捗 sheet in the manner of 有田市 (和歌山県):
  ``KPI①``-labelled names, **an 評価 column of kana grades ``イ`` / ``ロ`` / ``ハ`` / ``ニ``** with its
  legend, **a final-target cell holding a second, long-range target in a labelled bracket
  (``60.0（R20：100）``)**, ``億円`` and ``千人`` in 単位, ``約``, ``未集計``; and the PDF;
* ``fujinomiya_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 富士宮市 (静岡県):
  two ``<h2>`` 分野, each over a table; **the 評価 letters wrapped in ``<abbr title>`` whose title is
  the only legend on the page**; **a count row whose every cell carries its rate in brackets
  (``8,412（38.6%）``)**; scale words in the cells of a ``人`` row (``30.4万``, ``4万超``).

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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms283/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms283/build.py"
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
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms283_soffice_") as tmp:
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
# 神戸町 (岐阜県安八郡): 第2期総合戦略 KPI評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (gifu42.net/pa_17): 大野神戸IC (東海環状自動車道, 令和元年), ごうど中央スポーツ公園, the
# 役場 address. Made up: the sheet, its date and 課, money, every KPI, figure, grade and note.
GD_ROWS = [
    ("1", "町内事業所の従業者数", "人", "6,820", "7,000", "7,035", "7,100", "①"),
    ("2", "ごうど中央スポーツ公園の利用者数", "千人", "142.5", "150.0", "112.4", "160.0", "③"),
    ("3", "大野神戸IC周辺への企業立地件数（累計）", "件", "0", "3", "1", "5", "④"),
    (
        "4",
        "肥満傾向児の出現率（小学5年生）",
        "％",
        "12.0",
        "10.5",
        "10.8",
        "基準値から3ポイント減",
        "②",
    ),
    ("5", "結婚新生活支援補助金の交付件数", "件", "8", "12", "12", "15", "①"),
]


def godo() -> Path:
    wb, ws = _sheet("KPI評価", [6, 36, 7, 12, 10, 10, 16, 8])
    _text(
        ws,
        1,
        1,
        "第2期神戸町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）評価シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年8月　神戸町総務課", align="right")
    fields = [
        ("交付対象事業費（R5・千円）", "32,480（うち地方創生推進交付金 16,240）"),
        (
            "主な取組",
            "大野神戸IC（令和元年開通）周辺約12haの工業系市街化区域への企業誘致、スポーツ大会の誘致",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "基本目標２　地域の強みを活かしたしごとをつくる", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (7, "目標値\n（R6）"),
            (8, "評価"),
        ],
        [(5, 6, "R5", ["目標", "実績"])],
    )
    r = 10
    for no, name, unit, *vals, grade in GD_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right" if v[0].isdigit() else "center")
        _put(ws, r, 8, grade, align="center", bold=True, size=11)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　①順調：R5目標値を達成　②概ね順調：達成率80%以上100%未満　③やや遅れ：達成率50%以上80%未満　④遅れ：達成率50%未満",
            "※達成率＝R5実績÷R5目標。No.4は値が小さいほど良い指標のため、R5目標÷R5実績としています。",
            "※No.4の目標値（R6）は、基準値（R元：12.0%）から3ポイント減とするものです。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "godo_kpi_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川西町 (奈良県磯城郡): 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia 川西町 (奈良県), pedia.3rd-in.co.jp): 面積5.93km2, 推計人口7,710人 (2024年9月1日),
# 島の山古墳 (全長195m), 結崎ネブカ, 貝ボタン (国内シェア約80%), 結崎駅. Made up: the sheet, 施策, 課,
# money, every indicator, figure, grade and note.
KW_ROWS = [
    ("1", "島の山古墳の見学者数", "人", "2,150", "2,680", "3,000", "3,120★", "3,500", "達"),
    ("2", "結崎ネブカの出荷量", "t", "約18", "21.4", "24.0", "22.6", "28.0", "概"),
    ("3", "結崎駅の1日平均乗降客数", "人", "5,420", "5,610★", "5,700", "5,530", "6,000", "概"),
    ("4", "貝ボタンを活用した新商品の開発件数（累計）", "件", "2", "5", "8", "6", "12", "未"),
]


def kawanishi() -> Path:
    wb, ws = _sheet("施策評価", [6, 36, 6, 11, 10, 10, 10, 11, 7])
    _text(ws, 1, 1, "川西町総合計画　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年10月", align="right")
    fields = [
        ("施策名", "歴史・文化資源を活かした交流の推進", "担当課", "まちづくり推進課"),
        (
            "施策に係る事業費（R5決算・千円）",
            "18,930",
            "町の概況",
            "面積5.93k㎡　人口7,710人（R6.9.1推計）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, 7, 1, "２　成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "現状値\n（R2）"),
            (5, "R4実績"),
            (8, "目標値\n（R7）"),
            (9, "評価"),
        ],
        [(6, 7, "R5", ["目標", "実績"])],
    )
    r = 10
    for no, name, unit, *vals, grade in KW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 9, grade, align="center", bold=True, size=11)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　達：R5目標値を達成　概：達成率90%以上100%未満　未：達成率90%未満　－：評価できない",
            "※★は、統計を取り始めてからの過去最高値です。",
            "※No.2の現状値は、出荷組合の聞き取りによる概数です。",
            "※町内の貝ボタン生産は国内シェア約80%を占めます（町調べ）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kawanishi_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 有田市 (和歌山県): 西海岸エリア五つ星プロジェクト KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (s-mayors.info; city.arida.lg.jp 市長の活動 令和4年9月): the project's name and its five
# resources (箕島漁港, 矢櫃地区, 港町, 有田みかん海道, 地ノ島), 原産地呼称管理制度 (平成22年, 約20軒 →
# 約110軒), みかん産業 約50億円 and the aim of 100億円 by 令和20年, 面積36.92k㎡, 人口約3万1千人.
# Made up: the sheet, its date and 課, every KPI figure, grade and note.
AR_ROWS = [
    ("KPI①　箕島漁港の太刀魚水揚げ量", "t", "1,930", "1,710", "1,900", "1,785", "2,000", "ロ"),
    ("KPI②　原産地呼称管理制度の参加農家数", "軒", "98", "約110", "115", "112", "120", "ロ"),
    (
        "KPI③　市内みかん産業の規模（販売額）",
        "億円",
        "約50",
        "52.4",
        "55.0",
        "55.3",
        "60.0（R20：100）",
        "イ",
    ),
    ("KPI④　地ノ島の海水浴客数", "千人", "8.2", "6.9", "9.0", "未集計", "10.0", "ニ"),
    ("KPI⑤　矢櫃地区の体験イベント参加者数（延べ）", "人", "320", "460", "600", "410", "700", "ハ"),
]


def arida() -> Path:
    wb, ws = _sheet("KPI進捗", [40, 7, 11, 10, 10, 10, 17, 7])
    _text(
        ws,
        1,
        1,
        "有田市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年9月　有田市まち・ひと・しごと創生推進会議　資料3", align="right")
    fields = [
        ("プロジェクト名", "西海岸エリア五つ星プロジェクト（平成28年度～）"),
        ("担当課", "企画政策課"),
        (
            "市の概況",
            "面積36.92k㎡、人口約3万1千人。原産地呼称管理制度（平成22年開始）の参加農家は約20軒から始まった。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "KPI"),
            (2, "単位"),
            (3, "基準値\n（R元）"),
            (4, "R4実績"),
            (7, "目標値\n（R6）"),
            (8, "評価"),
        ],
        [(5, 6, "R5", ["目標", "実績"])],
    )
    r = 11
    for name, unit, *vals, grade in AR_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="right" if v[0].isdigit() or v[0] == "約" else "center")
        _put(ws, r, 8, grade, align="center", bold=True, size=11)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　イ：R5目標を達成　ロ：達成率80%以上100%未満　ハ：達成率80%未満　ニ：実績が未集計のため評価できない",
            "※KPI③の目標値欄の（　）内は、市が令和20年度に目指すみかん産業の規模（100億円）です。",
            "※KPI④のR5実績は、海水浴場の開設期間短縮により未集計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "arida_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富士宮市 (静岡県): 第5次富士宮市総合計画 成果指標の状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (富士宮市 施政方針 平成29・30・31年度, city.fujinomiya.lg.jp): 第5次富士宮市総合計画, the
# 将来都市像, the 分野 names (3) 産業 and (4) 健康福祉, 静岡県富士山世界遺産センター, 朝霧高原.
# Made up: the page, its date and 課, every indicator, figure and grade.
FM_BLOCKS = [
    (
        "（3）富士山の麓から創造力と活力がみなぎるまちづくり（産業）",
        [
            (
                "静岡県富士山世界遺産センターの入館者数",
                "人",
                "30.4万",
                "25万",
                "27.6万",
                "32万",
                ("目標を達成", "A"),
            ),
            (
                "朝霧高原の観光交流客数",
                "千人",
                "1,254",
                "1,100",
                "1,086",
                "1,300",
                ("目標の80%以上100%未満", "B"),
            ),
        ],
    ),
    (
        "（4）みんなの幸せと潤いを創出するまちづくり（健康福祉）",
        [
            (
                "特定健康診査の受診者数（受診率）",
                "人",
                "8,412（38.6%）",
                "9,000（42.0%）",
                "8,655（40.1%）",
                "9,500（45.0%）",
                ("目標の80%以上100%未満", "B"),
            ),
            (
                "地域子育て支援センターの利用者数（延べ）",
                "人",
                "4.2万",
                "4万",
                "4万超",
                "4.5万",
                ("目標を達成", "A"),
            ),
        ],
    ),
]

FM_HEAD = """<thead>
<tr><th>成果指標</th><th>単位</th><th>基準値<br>（R元）</th><th>R5目標</th><th>R5実績</th><th>目標値<br>（R7）</th><th>評価</th></tr>
</thead>"""


def fujinomiya_html() -> str:
    parts = []
    for heading, rows in FM_BLOCKS:
        body = []
        for name, unit, *vals, (title, grade) in rows:
            body.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + f'<td class="c"><abbr title="{title}">{grade}</abbr></td></tr>'
            )
        rows_html = "\n".join(body)
        parts.append(
            f"<h2>{heading}</h2>\n<table>\n{FM_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次富士宮市総合計画 成果指標の状況（令和5年度） - 富士宮市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
abbr {{ text-decoration: none; font-weight: bold; }}
</style>
</head>
<body>
<p>トップページ &gt; 市政情報 &gt; 計画・行政改革 &gt; 総合計画</p>
<h1>第5次富士宮市総合計画 成果指標の状況（令和5年度）</h1>
<p>更新日：2024年9月27日　企画戦略課</p>
<p>将来都市像「富士山の恵みを活かした 元気に輝く国際文化都市」の実現に向け、後期基本計画に掲げた成果指標の令和5年度の状況をお知らせします。評価の欄の記号にカーソルを合わせると、評価の意味が表示されます。</p>
{tables}
<p>※特定健康診査の受診者数の（　）内は受診率です。</p>
<p>※静岡県富士山世界遺産センターは平成29年12月に開館し、開館から約2か月半で入館者数9万人を超えました。</p>
</body>
</html>
"""


def fujinomiya() -> Path:
    path = HERE / "fujinomiya_seika_shihyo_r5.html"
    path.write_bytes(fujinomiya_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (godo, kawanishi, arida):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {fujinomiya().name}")


if __name__ == "__main__":
    main()
