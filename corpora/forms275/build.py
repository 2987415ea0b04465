"""Build the built documents of forms275/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/anpachi_kpi_kensho_r5.xlsx``, a 総合戦略 KPI検証シート in the manner of 安八町 (岐阜県):
  form fields over two 基本目標 grids whose **評価 column holds circled-digit grades ``①`` / ``②`` / ``③``**
  read through a legend line, and whose **R5 actual cells hold the value with its 達成率 on a second line**
  (``8,712`` over ``（101.3%）``, header ``実績（達成率）``); ``―``, ``100以上``, ``延べ``; and the PDF;
* ``source/kanan_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 河南町 (大阪府):
  an 活動指標 grid whose **cells carry the number of sessions in brackets** (``延べ312人（12回）``) and a
  成果指標 grid whose **rate cells carry their own fraction in brackets** (``75.0%（6/8人）``), ``万円``
  in 単位, an 評価 block; and the PDF;
* ``source/hirogawa_kpi_jokyo_r5.xlsx``, a 地域再生計画 KPI sheet in the manner of 広川町 (和歌山県):
  a ``達成状況`` column with **a year in brackets, ``達成（R4前倒し）``**, and **a KPI marked ``【追加】``**
  (added at a plan change) with a ``―（R4追加）`` baseline; and the PDF;
* ``oharu_machizukuri_shihyo_h27.html``, a 総合計画 まちづくり指標 中間検証 page in the manner of 大治町
  (愛知県): two ``<h2>`` 基本目標 tables whose **``策定時（H22）→中間値（H26）→目標値（H32）`` cells join the
  baseline, the mid-term actual and the target by arrows**, **▲ negatives inside such a chain**
  (``▲120→▲45→±0``), a ``県平均以上`` target and a revised target in ``<del>`` / ``<ins>``.

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
    wb.properties.creator = "forms275/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms275/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms275_soffice_") as tmp:
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
# 安八町 (岐阜県安八郡): 第2期まち・ひと・しごと創生総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (gifu42.net interview with the mayor): 田園工業都市, 面積18㎢, 南北約9km・東西約2km, 昭和46年
# からの都市計画. Made up: the sheet, 課, 推進会議, money, every KPI, figure, grade and note.
AP_BLOCKS = [
    (
        "基本目標１　田園工業都市の強みを活かし、働く場をつくる",
        [
            (
                "1",
                "町内事業所の従業者数",
                "人",
                "8,420",
                "8,600",
                "8,712\n（101.3%）",
                "8,700",
                "①",
            ),
            ("2", "企業立地件数（R2からの累計）", "件", "―", "4", "3\n（75.0%）", "5", "③"),
            ("3", "新規就農者数", "人", "3", "6", "5\n（83.3%）", "6", "②"),
        ],
    ),
    (
        "基本目標２　安心して子どもを産み育てられるまちをつくる",
        [
            ("4", "年間出生数", "人", "98", "100以上", "86\n（86.0%）", "100以上", "②"),
            (
                "5",
                "子育て支援センター利用者数",
                "人",
                "延べ7,850",
                "延べ8,500",
                "延べ8,915\n（104.9%）",
                "延べ9,000",
                "①",
            ),
        ],
    ),
]


def anpachi() -> Path:
    wb, ws = _sheet("KPI検証", [6, 34, 7, 12, 11, 14, 12, 8])
    _text(
        ws,
        1,
        1,
        "第2期安八町まち・ひと・しごと創生総合戦略　KPI検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年8月　安八町総務課", align="right")
    fields = [
        (
            "町の概況",
            "面積約18㎢（南北約9km・東西約2km）のコンパクトな田園工業都市。昭和46年から都市計画による土地利用の区分を進めている。",
        ),
        ("検証機関", "安八町総合戦略推進会議（委員12名）"),
        ("関連事業費（R5決算・千円）", 32180),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(
        ws,
        8,
        1,
        "評価　①：目標達成　②：概ね達成（達成率80％以上100％未満）　③：未達成（達成率80％未満）　－：評価できない",
        size=9,
    )
    r = 10
    for heading, rows in AP_BLOCKS:
        _text(ws, r, 1, heading, bold=True, size=11)
        _head2(
            ws,
            r + 1,
            [
                (1, "No."),
                (2, "重要業績評価指標（KPI）"),
                (3, "単位"),
                (4, "基準値\n（R元）"),
                (7, "目標値\n（R6）"),
                (8, "評価"),
            ],
            [(5, 6, "令和5年度", ["目標", "実績\n（達成率）"])],
        )
        ws.row_dimensions[r + 2].height = 28
        r += 3
        for no, name, unit, *vals, grade in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
            _put(ws, r, 8, grade, align="center", size=11)
            ws.row_dimensions[r].height = 30
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※「実績（達成率）」欄の括弧内は、令和5年度の目標に対する達成率です。評価は、この達成率により判定しています。",
            "※No.2の基準値は、戦略策定時に集計していないため「―」としています。No.4の達成率は86人÷100人で算出しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "anpachi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 河南町 (大阪府南河内郡): 事務事業評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.kanan.osaka.jp 町の概要; 河南町第四次総合計画 基礎調査): 25.26㎢, the 山林 share, ナス・キュウリの
# 都市近郊農業と植木, the plan's name. Made up: the 事業, 課, money, every indicator, figure and note.
KN_ACT = [
    (
        "①",
        "就農研修会の参加者数",
        "人",
        "延べ248人（10回）",
        "延べ287人（11回）",
        "延べ300人（12回）",
        "延べ312人（12回）",
    ),
    ("②", "朝市の開催回数", "回", "46", "48", "48", "47"),
]
KN_OUT = [
    (
        "①",
        "新規就農者の定着率（就農5年後）",
        "％",
        "66.7%（4/6人）",
        "71.4%（5/7人）",
        "75.0",
        "75.0%（6/8人）",
        "80.0",
    ),
    ("②", "遊休農地の再生面積（累計）", "ha", "1.8", "3.1", "3.5", "3.6", "5.0"),
    ("③", "町内農産物直売所の販売額", "万円", "4,120", "4,380", "4,500", "4,296", "4,800"),
]


def kanan() -> Path:
    wb, ws = _sheet("事務事業評価", [5, 30, 6, 15, 15, 15, 15, 10])
    _text(ws, 1, 1, "事務事業評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 8, "令和6年7月　河南町", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    fields = [
        ("事業名", "都市近郊農業振興事業", "担当課", "まち創造部　農林商工観光課"),
        (
            "総合計画の位置付け",
            "河南町第四次総合計画　産業の振興（農業）",
            "事業期間",
            "平成28年度～",
        ),
    ]
    r = 5
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 4, v1, align="left")
        _span(ws, r, 5, 5, l2, header=True)
        _span(ws, r, 6, 8, v2, align="left")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 2, "事業費（R5決算・千円）", header=True)
    _span(ws, r, 3, 8, "6,840（うち府補助金 2,100）", align="left")
    ws.row_dimensions[r].height = 20
    r += 1
    _span(ws, r, 1, 2, "事業の内容", header=True)
    _span(
        ws,
        r,
        3,
        8,
        "町域25.26㎢の過半を山林が占めるなか、ナス・キュウリなどの都市近郊農業や植木の栽培が盛んである。"
        "新規就農者への研修（年12回程度）、朝市の開催支援、遊休農地の再生（1件当たり上限30万円の補助）を行う。",
        align="left",
    )
    ws.row_dimensions[r].height = 44
    r += 2
    _text(ws, r, 1, "２　活動指標", bold=True, size=11)
    _head2(
        ws,
        r + 1,
        [(1, "No."), (2, "指標名"), (3, "単位"), (4, "R3実績"), (5, "R4実績")],
        [(6, 7, "令和5年度", ["計画", "実績"])],
    )
    r += 3
    for no, name, unit, *vals in KN_ACT:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "３　成果指標", bold=True, size=11)
    _head2(
        ws,
        r + 1,
        [
            (1, "No."),
            (2, "指標名"),
            (3, "単位"),
            (4, "基準値\n（R2）"),
            (5, "R4実績"),
            (8, "目標値\n（R7）"),
        ],
        [(6, 7, "令和5年度", ["目標", "実績"])],
    )
    r += 3
    for no, name, unit, *vals in KN_OUT:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※活動指標①の括弧内は研修会の開催回数です。成果指標①の括弧内は、定着者数／5年前の新規就農者数です。",
            "※直売所の販売額は、町内2か所の直売所の合計（税込）です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    r += 1
    for label, value in [
        ("有効性", "B（成果指標3項目中2項目で目標を達成）"),
        ("今後の方向性", "□拡充　■継続　□改善　□縮小　□廃止"),
    ]:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "kanan_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 広川町 (和歌山県有田郡): 地域再生計画 重要業績評価指標（KPI）の達成状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town facts: tabiiro.jp, wikiwand): 6,781人 (2020年国勢調査), 65.35㎢, 濱口梧陵と「稲むらの火」
# (安政元年・1854年), 日本遺産「百世の安堵」(2018年認定), 最大8mの津波. Made up: the plan's name, the sheet,
# 課, money, every KPI, figure and note.
HG_ROWS = [
    (
        "KPI①　稲むらの火の館の入館者数",
        "人",
        "9,240",
        "12,850",
        "17,630",
        "18,420",
        "16,000",
        "達成（R4前倒し）",
    ),
    ("KPI②　防災学習ツアーの受入団体数", "団体", "38", "52", "61", "58", "60", "未達成"),
    ("KPI③　町内宿泊者数", "人泊", "4,120", "3,980", "4,650", "5,210", "5,000", "達成"),
    (
        "KPI④　【追加】入館者に占める県外来館者の割合",
        "％",
        "―（R4追加）",
        "―",
        "41.2",
        "44.8",
        "45.0",
        "未達成",
    ),
]


def hirogawa() -> Path:
    wb, ws = _sheet("KPI達成状況", [40, 7, 13, 10, 10, 10, 12, 16])
    _text(
        ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の達成状況（令和5年度）", bold=True, size=13
    )
    _text(ws, 2, 8, "令和6年6月　広川町企画政策課", align="right")
    fields = [
        ("地域再生計画の名称", "「百世の安堵」を活かした防災観光まちづくり計画"),
        ("計画期間", "令和3年度～令和5年度"),
        (
            "町の概況",
            "人口6,781人（令和2年国勢調査）、面積65.35㎢。安政元年（1854年）の津波の際に濱口梧陵が稲むらに火を放ち村人を避難させた"
            "「稲むらの火」の地であり、平成30年に「百世の安堵」が日本遺産に認定された。南海トラフ巨大地震では最大8mの津波が想定されている。",
        ),
        ("交付対象事業費（R3～R5・千円）", 58200),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = 36 if label == "町の概況" else 20
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "達成状況　達成：目標値（R5）を達成　未達成：目標値（R5）に未到達　（　）内は目標値を初めて上回った年度",
        size=9,
    )
    r += 3
    _text(ws, r, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    _head2(
        ws,
        r + 1,
        [
            (1, "KPI"),
            (2, "単位"),
            (3, "事業開始前\n（R2）"),
            (7, "目標値\n（R5）"),
            (8, "達成状況"),
        ],
        [(4, 6, "実績値", ["R3", "R4", "R5"])],
    )
    r += 3
    for name, unit, *vals, state in HG_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="center" if v.startswith("―") else "right")
        _put(ws, r, 8, state, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPI④は、令和4年度の計画変更で追加した指標です（追加時の目標値45.0％）。",
            "※入館者数は、稲むらの火の館（濱口梧陵記念館・津波防災教育センター）の入館者数です。",
            "※宿泊者数は町内の宿泊施設5施設への聞き取りによる延べ宿泊者数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hirogawa_kpi_jokyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大治町 (愛知県海部郡): 第4次大治町総合計画「まちづくり指標」の中間検証
# --------------------------------------------------------------------------------------------

# Real (town.oharu.aichi.jp/gyosei/keikaku03.html, /1916.htm): the plan (平成23～32年度), its 将来像, the five
# 基本目標 words, the まちづくり指標 and their 中間見直し; 町制施行 昭和50年4月. Made up: the page, date, 課, every
# indicator, figure and note.
OH_BLOCKS = [
    (
        "基本目標「安心」",
        [
            ("1", "特定健康診査の受診率", "％", "38.5→46.2→県平均以上", "※愛知県平均（H26）41.3％"),
            (
                "2",
                "地域の子育て支援が充実していると思う住民の割合",
                "％",
                "41.0→39.6→50.0",
                "住民意識調査（H22・H26）",
            ),
        ],
    ),
    (
        "基本目標「活気」",
        [
            ("3", "社会増減数", "人", "▲120→▲45→±0", "住民基本台帳（年度中の転入数－転出数）"),
            ("4", "町内の事業所数", "事業所", "1,182→1,204→1,250", "経済センサス（H21・H26）"),
            (
                "5",
                "ボランティア登録者数",
                "人",
                "―→312→<del>400</del> <ins>350</ins>",
                "平成25年度から集計",
            ),
        ],
    ),
]

OH_HEAD = """<thead>
<tr><th>No.</th><th>まちづくり指標</th><th>単位</th><th>策定時（H22）→中間値（H26）→目標値（H32）</th><th>備考</th></tr>
</thead>"""


def oharu_html() -> str:
    parts = []
    for goal, rows in OH_BLOCKS:
        body = "\n".join(
            f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>'
            f'<td class="num">{chain}</td><td>{note}</td></tr>'
            for no, name, unit, chain, note in rows
        )
        parts.append(f"<h2>{goal}</h2>\n<table>\n{OH_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第4次大治町総合計画「まちづくり指標」の中間検証 - 大治町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
del {{ color: #666; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>第4次大治町総合計画「まちづくり指標」の中間検証</h1>
<p>更新日：平成28年3月31日　担当：企画課</p>
<p>大治町は、平成23年度から平成32年度までの10年間のまちづくりの指針として第4次大治町総合計画を策定し、将来像「笑顔あふれ みんなで育む 元気なまち おおはる」の実現に向け、「安全」・「安心」・「快適」・「活気」・「連携」の5つの基本目標を掲げています。施策の達成度を測るため、住民の皆様にわかりやすい数値目標として「まちづくり指標」を設定しています。</p>
<p>計画の中間年度にあたり、まちづくり指標の進捗状況を検証し、必要な見直しを行いました。ここでは、昭和50年4月の町制施行から40年を経た本町の主な指標（全48指標のうち5指標）を掲載します。</p>
<p>「策定時（H22）→中間値（H26）→目標値（H32）」欄は、計画策定時の値、中間年度の値、目標値を矢印でつないで示しています（▲はマイナス）。目標値を見直した指標は、見直し前の目標値を取消線で示しています。</p>
{tables}
<p>※「―」は、策定時に集計していなかったことを示します。</p>
</body>
</html>
"""


def oharu() -> Path:
    path = HERE / "oharu_machizukuri_shihyo_h27.html"
    path.write_bytes(oharu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (anpachi, kanan, hirogawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {oharu().name}")


if __name__ == "__main__":
    main()
