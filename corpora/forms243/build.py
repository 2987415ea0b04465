"""Build the built documents of forms243/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shirakawa_kpi_shinchoku_r6.xlsx``, a 総合戦略 KPI 進捗 in the manner of 白川町 (岐阜県):
  **a baseline averaged over two fiscal years across the era change** (``基準値（H30～R元平均）``),
  **the reporting year spanning ``計画 | 見込``** on a sheet made in February of that year,
  ``千㎥``, ``千人``, ``約225``, ``―（休止）``; and the PDF;
* ``source/yoshida_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 吉田町 (静岡県):
  era-less year headers (``3年度`` … ``7年度``) that carry no role, **the roles given by a shaded
  ``（数値の区分）`` row under the last indicator** (``実績 | 実績 | 実績 | 見込 | 目標``), **a
  relative target ``5年度比＋10％``**, a footnote mark on a year header (``5年度※``), a money grid;
  and the PDF;
* ``source/kamitonda_seika_shihyo_r6.xlsx``, a 総合計画 成果指標 sheet in the manner of 上富田町
  (和歌山県): **a ``最新値`` column whose cells each carry their own date on a second line**, of
  four kinds (``（R5年）``, ``（R5年度）``, ``（R6.3.31現在）``, ``（R3～R5平均）``, ``（R6見込）``),
  **a per-year growth target ``前年度比10％増（毎年度）``**, 施策 cells merged down, ``万円``; and the PDF;
* ``taga_kpi_shinchoku_r6.html``, a 総合戦略 KPI page in the manner of 多賀町 (滋賀県): **every
  period a fiscal year-end (``基準値（R2.3末）``, ``R5.3末``, ``R6.3末``) and a ``R7.3末見込``
  column**, **a target header carrying ``（以上）`` for the whole column, one cell overriding it
  with its own ``44.0以下``**, a ``―`` baseline, ``約58``.

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
    wb.properties.creator = "forms243/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms243/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms243_soffice_") as tmp:
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


def _fields(ws, r, fields, spans) -> int:
    """Bordered form fields: each row (label, value, label, value) over ``spans``."""
    (a1, a2), (b1, b2), (c1, c2), (d1, d2) = spans
    for l1, v1, l2, v2, height in fields:
        _span(ws, r, a1, a2, l1, header=True)
        if l2 is None:
            _span(ws, r, b1, d2, v1, align="left")
        else:
            _span(ws, r, b1, b2, v1, align="left")
            _span(ws, r, c1, c2, l2, header=True)
            _span(ws, r, d1, d2, v2, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 白川町 (岐阜県加茂郡): まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (town profile, www.town.shirakawa.lg.jp/profile/): 237.89k㎡, 約87% 山林, 東濃桧, 白川茶, 晩霜
# damage to the tea; 道の駅「ピアチェーレ」 (町村週報 2012); 森林文化アカデミー (gifu42.net). Made up: the
# sheet, its date, 会議 and 課, the 基本目標, every KPI, figure, target and note.
SK_ROWS = [
    (
        "1",
        "東濃ひのき素材生産量",
        "千㎥",
        18.6,
        19.2,
        20.4,
        21.0,
        20.7,
        22.0,
        "町内森林組合の取扱量",
    ),
    ("2", "白川茶の荒茶生産量", "t", 96.5, 88.2, 90.1, 95.0, 83.4, 100.0, "R6は4月の晩霜被害あり"),
    (
        "3",
        "道の駅「ピアチェーレ」の利用者数",
        "千人",
        212,
        188,
        205,
        220,
        "約225",
        230,
        "レジ通過者数",
    ),
    (
        "4",
        "森林・茶摘み体験の参加者数（延べ）",
        "人",
        640,
        "―（休止）",
        410,
        600,
        580,
        700,
        "R4は感染症対策のため休止",
    ),
    (
        "5",
        "林業新規就業者数（R2からの累計）",
        "人",
        "―",
        7,
        10,
        12,
        12,
        15,
        "森林文化アカデミー修了生2人を含む",
    ),
]


def shirakawa() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 34, 7, 13, 9, 9, 9, 9, 11, 30])
    _text(
        ws,
        1,
        1,
        "白川町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年2月　白川町総合戦略推進会議　資料1", align="right")
    _text(ws, 3, 10, "事務局：白川町企画課", align="right")
    r = _fields(
        ws,
        5,
        [
            (
                "計画期間",
                "令和2年度～令和7年度（6年間）",
                "町の概況",
                "面積237.89k㎡（うち山林約87％）。東濃桧と白川茶のまち",
                22,
            ),
            (
                "進捗の時点",
                "令和7年1月末（令和6年度は見込値）",
                "関連事業費（R6予算・千円）",
                "42,310",
                22,
            ),
        ],
        [(1, 2), (3, 5), (6, 8), (9, 10)],
    )
    _text(
        ws, r + 1, 1, "基本目標１　東濃ひのきと白川茶を活かし、稼ぐ力をつくる", bold=True, size=11
    )
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H30～R元平均）"),
            (9, "目標値\n（R7）"),
            (10, "備考"),
        ],
        [(5, 6, "実績値", ["R4", "R5"]), (7, 8, "令和6年度", ["計画", "見込"])],
    )
    r = h + 2
    for no, name, unit, *vals, note in SK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準値は、年による変動が大きいため、平成30年度と令和元年度の実績の平均値としています。",
            "※令和6年度の「見込」は、令和7年1月末までの実績をもとにした年度末の見込値です。",
            "※関連事業費は、地方創生推進交付金の対象となる3事業の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shirakawa_kpi_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 吉田町 (静岡県榛原郡): 令和5年度 事務事業評価シート
# --------------------------------------------------------------------------------------------

# Real (吉田町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/2004): the peak 30,605人 (2011年8月),
# 29,382人 (2021年4月1日), 合計特殊出生率 1.57 (2013～2017年). Made up: the sheet, 事業, 課, money, every
# indicator, figure, target and note.
YD_MONEY = [
    ("事業費", 18420, 21350, 20980, 22600),
    ("うち一般財源", 9210, 10675, 10490, 11300),
    ("人件費（0.8人工）", 6400, 6480, 6560, 6640),
]
YD_ROWS = [
    ("活動指標", "住宅取得奨励金の交付件数", "件", 42, 51, 47, 50, 55),
    ("活動指標", "子育て応援アプリの登録者数", "人", 820, 1140, 1385, 1500, 1800),
    ("成果指標", "子育て世帯の転入世帯数", "世帯", 96, 104, 88, 95, "5年度比＋10％"),
    ("成果指標", "子育て環境に満足している保護者の割合", "％", 62.4, "―", 65.8, "―", 70.0),
]


def yoshida() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 34, 7, 10, 10, 10, 10, 12])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 8, "令和6年7月　吉田町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("事業番号", "2-1-04", "担当課", "こども未来課", 20),
            ("事務事業名", "子育て世帯定住促進事業", None, None, 20),
            ("総合計画の位置付け", "基本目標2　子育て世代に選ばれるまち", None, None, 20),
            ("事業期間", "3年度～7年度", None, None, 20),
            (
                "事業の目的",
                "町の人口は2011年8月の30,605人をピークに減少に転じ、2021年4月1日には29,382人となった（住民基本台帳）。合計特殊出生率は1.57（2013～2017年）。子育て世帯の転入と定住を促し、年少人口の減少を緩やかにする。",
                None,
                None,
                44,
            ),
        ],
        [(1, 2), (3, 4), (5, 6), (7, 8)],
    )
    _text(ws, r + 1, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    h = r + 2
    _span(ws, h, 1, 2, "区分", header=True)
    money_cols = [(3, 4), (5, 5), (6, 6), (7, 8)]
    for (c1, c2), w in zip(
        money_cols, ["3年度決算", "4年度決算", "5年度決算", "6年度予算"], strict=True
    ):
        _span(ws, h, c1, c2, w, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for label, *vals in YD_MONEY:
        _span(ws, r, 1, 2, label)
        for (c1, c2), v in zip(money_cols, vals, strict=True):
            _span(ws, r, c1, c2, v, align="right", fmt="#,##0")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r + 1, 1, "２　事業の指標", bold=True, size=11)
    h = r + 2
    for c, w in enumerate(
        ["区分", "指標名", "単位", "3年度", "4年度", "5年度※", "6年度", "7年度"], start=1
    ):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for kind, name, unit, *vals in YD_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        ws.row_dimensions[r].height = 24
        r += 1
    _span(ws, r, 1, 3, "（数値の区分）", header=True)
    for c, w in enumerate(["実績", "実績", "実績", "見込", "目標"], start=4):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 1,
        [
            "※5年度の数値は、令和6年5月末時点の速報値です。",
            "※保護者アンケートは隔年（奇数年度）で実施しているため、偶数年度は「―」としています。",
            "※7年度の「5年度比＋10％」は、5年度実績（88世帯）に対する増加率を目標とするものです。",
        ],
    )
    r += 5
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r = _fields(
        ws,
        r + 1,
        [
            ("今後の方向性", "■拡充　□継続　□改善　□縮小・廃止", None, None, 20),
            (
                "評価の理由",
                "アプリ登録者は順調に増加している。転入世帯数は5年度に減少したため、町外向けの情報発信と住宅取得奨励金の周知を強化する。",
                None,
                None,
                34,
            ),
        ],
        [(1, 2), (3, 4), (5, 6), (7, 8)],
    )
    _page(ws, "portrait")
    path = SOURCE / "yoshida_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上富田町 (和歌山県西牟婁郡): 総合計画 成果指標の状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (町村週報 3057号, www.zck.or.jp/site/forum/14262.html): 57㎢, 約1万5,500人, くちくまの, 八上王子跡・
# 稲葉根王子跡 (平成28年10月 世界遺産 追加登録), 約430名 の雇用. Made up: the sheet, its date and 課, the
# 施策 wording, every indicator, figure, date and target.
KT_GROUPS = [
    (
        "1-1\n観光・交流の推進",
        [
            (
                "1",
                "口熊野の王子跡（八上・稲葉根）の来訪者数",
                "千人",
                38.4,
                "41.2\n（R5年）",
                50.0,
                "暦年・観光協会調べ",
            ),
            ("2", "観光物産施設の売上額", "万円", 7920, "約8,450\n（R5年度）", 9000, ""),
        ],
    ),
    (
        "2-3\n子育て支援の充実",
        [
            (
                "3",
                "年少人口（0～14歳）",
                "人",
                2410,
                "2,356\n（R6.3.31現在）",
                2400,
                "住民基本台帳",
            ),
            (
                "4",
                "子育て支援に満足している保護者の割合",
                "％",
                71.5,
                "74.0\n（R3～R5平均）",
                80.0,
                "保護者アンケート（毎年度）",
            ),
        ],
    ),
    (
        "4-2\n地域産業の振興",
        [
            (
                "5",
                "ふるさと納税の寄附件数",
                "件",
                1240,
                "3,105\n（R6見込）",
                "前年度比10％増\n（毎年度）",
                "R6は12月末までの件数から推計",
            ),
        ],
    ),
]


def kamitonda() -> Path:
    wb, ws = _sheet("成果指標", [14, 5, 30, 7, 11, 15, 14, 20])
    _text(
        ws, 1, 1, "上富田町総合計画　後期基本計画　成果指標の状況（令和6年度）", bold=True, size=13
    )
    _text(ws, 2, 8, "令和6年9月　上富田町総務政策課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和4年度～令和8年度（後期基本計画）", None, None, 20),
            (
                "町の概況",
                "総面積57㎢、人口約1万5,500人。古くから熊野詣の入口として「くちくまの」と呼ばれ、八上王子跡・稲葉根王子跡は平成28年10月に世界遺産「紀伊山地の霊場と参詣道」に追加登録された。",
                None,
                None,
                34,
            ),
        ],
        [(1, 2), (3, 5), (6, 6), (7, 8)],
    )
    _text(ws, r + 1, 1, "■成果指標の状況", bold=True, size=11)
    h = r + 2
    for c, w in enumerate(
        ["施策", "No.", "成果指標", "単位", "基準値\n（R元）", "最新値", "目標値\n（R8）", "備考"],
        start=1,
    ):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 26
    r = h + 1
    for measure, rows in KT_GROUPS:
        top = r
        for no, name, unit, base, latest, target, note in rows:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            _vals(ws, r, 5, [base], {0: "0.0"} if isinstance(base, float) else None)
            _put(ws, r, 6, latest, align="right")
            if isinstance(target, str):
                _put(ws, r, 7, target, align="center")
            else:
                _vals(ws, r, 7, [target], {0: "0.0"} if isinstance(target, float) else None)
            _put(ws, r, 8, note, size=8)
            ws.row_dimensions[r].height = 30
            r += 1
        _put(ws, top, 1, measure, align="left")
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None)
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※最新値は、指標ごとに把握できる直近の値です。（　）内はその値の時点を示します。",
            "※目標値は計画の最終年度（令和8年度）の値です。No.5は毎年度の目標としています。",
            "※本町は1970年代から企業誘致に取り組み、約430名の雇用を確保してきました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kamitonda_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 多賀町 (滋賀県犬上郡): まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和6年度見込）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia 多賀町; jablog.org census table; minatoku-time.com): 135.77k㎡, 多賀大社 and its two
# 神, 年間約170万人 の参拝者, 7,274人 (2020 国勢調査). Made up: the page, its date and 課, the 基本目標,
# every KPI, figure, target and note.
TG_ROWS = [
    ("1", "町の人口（住民基本台帳）", "人", "7,612", "7,326", "7,214", "7,130", "7,200"),
    ("2", "空き家バンクの登録物件数（累計）", "件", "24", "41", "52", "約58", "60"),
    ("3", "地域おこし協力隊の隊員数", "人", "3", "5", "6", "7", "6"),
    ("4", "耕作放棄地面積", "ha", "48.2", "46.0", "45.1", "44.6", "44.0以下"),
    ("5", "町外からの移住者数（R2からの累計）", "人", "―", "38", "51", "60", "60"),
]

TG_HEAD = """<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R2.3末）</th><th colspan="2">実績値</th><th rowspan="2">R7.3末<br>見込</th><th rowspan="2">目標値（R6）<br>（以上）</th></tr>
<tr><th>R5.3末</th><th>R6.3末</th></tr>
</thead>"""


def taga_html() -> str:
    rows = []
    for no, name, unit, *vals in TG_ROWS:
        rows.append(
            f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="{"c" if v == "―" else "num"}">{v}</td>' for v in vals)
            + "</tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>多賀町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和6年度見込） - 多賀町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 多賀町まち・ひと・しごと創生総合戦略</p>
<h1>多賀町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和6年度見込）</h1>
<p>更新日：令和7年2月14日　企画課</p>
<p>多賀町は面積135.77k㎡、イザナギ・イザナミの二柱を祀る多賀大社の門前町として発展してきました。多賀大社には年間約170万人の参拝者が訪れます。町の人口は7,274人（令和2年国勢調査）です。</p>
<p>各指標は、年度末（3月31日）時点の数値で把握しています。令和6年度分は、令和7年1月末の数値をもとにした年度末の見込です。</p>
<h2>基本目標２　多賀町への新しいひとの流れをつくる</h2>
<table>
{TG_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※目標値は下限値（この値以上をめざすもの）です。ただし、No.4は上限値（この値以下をめざすもの）です。</p>
<p>※No.2の見込は、登録手続中の物件を含む概数です。No.5の基準値は、令和2年度からの累計のため「―」としています。</p>
</body>
</html>
"""


def taga() -> Path:
    path = HERE / "taga_kpi_shinchoku_r6.html"
    path.write_bytes(taga_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shirakawa, yoshida, kamitonda):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {taga().name}")


if __name__ == "__main__":
    main()
