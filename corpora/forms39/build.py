"""Build the built documents of forms39/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/toba_machizukuri_shihyo_h26.xlsx``, a sheet in the manner of 鳥羽市 (三重県) 総合計画
  前期基本計画の総括 まちづくり指標達成状況 (施策目標コード, 主担当課 / 他の担当課, **a grade
  A / B / C for each year H23–H26 scored 2 / 1 / 0 and averaged in a 平均点 column**, an actual
  in italic underline where it passes the final target), and from it ``toba_machizukuri_shihyo_h26.pdf``;
* ``source/kameoka_sesaku_hyoka_h29.xlsx``, a sheet in the manner of 亀岡市 (京都府) 第4次総合計画
  後期基本計画 施策評価シート (施策 fields with 事業費 in 千円, **a 方向 column ↑ / ↓, a signed
  前年度比 column, a target written as a range `70～75`**, a 目標達成度 grade), and from it
  ``kameoka_sesaku_hyoka_h29.pdf``;
* ``source/gyokuto_jisshi_kekka_h27.xlsx``, a sheet in the manner of 玉東町 (熊本県) 地方創生先行型
  事業実施結果報告 様式2 (**one row per 指標① / ② under a merged 事業 row, the target dated by a
  目標年月 column `H28.3`**, 実績額 in 円, an 事業 without a KPI, `△2`), and from it
  ``gyokuto_jisshi_kekka_h27.pdf``;
* ``miyoshi_jimu_check_h16.html``, a page in the manner of 三次市 (広島県) The 行政チェック
  事務事業チェックシート (■ / □ check fields, **era-less year headers `14年度`**, a 活動指標 table
  and a 成果指標 table, then a 事業費 table in 千円 with the same year headers).

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
    wb.properties.creator = "forms39/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms39/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms39_soffice_") as tmp:
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
# 鳥羽市 (三重県): 総合計画 前期基本計画の総括 まちづくり指標達成状況 — 年度ごとの A/B/C と平均点
# --------------------------------------------------------------------------------------------

# Real (鳥羽市 資料-1 前期基本計画の総括): the title words, the scoring rule A:2点 B:1点 C:0点 averaged
# over the years evaluated, the 斜体下線 note, the めざすまちの姿 heading, the 施策目標 names and codes,
# the 主担当課 / 他の担当課 names and the indicator names. Made up: the pairing of codes with
# indicators, every unit, figure and grade, the date line.
TOBA_ROWS = [
    # (code, 施策目標名, 主担当課, 他の担当課, 指標名, 単位, 基準値 H22, 実績 H26, 最終目標 H27, grades, 平均点, passed)
    (
        "111",
        "地域ぐるみで子どもたちを育てる",
        "教委_生涯学習課",
        "企画財政課",
        "運動施設利用者数",
        "人",
        98450,
        104212,
        100000,
        "AABA",
        "1.75",
        True,
    ),
    (
        None,
        None,
        None,
        None,
        "総合型地域スポーツクラブ数",
        "クラブ",
        1,
        2,
        3,
        "CCBB",
        "0.50",
        False,
    ),
    (
        "114",
        "多様な個性や文化を認め合う精神を育てる",
        "市民課",
        "―",
        "人権講演会及び参加型連続講座の参加者数",
        "人",
        320,
        285,
        400,
        "BCC―",
        "0.33",
        False,
    ),
    (
        "121",
        "若者たちの出会い・家族の憩いの場をつくる",
        "企画財政課",
        "建設課",
        "子育て家族の流出人数",
        "人",
        52,
        47,
        40,
        "BBAB",
        "1.25",
        False,
    ),
    (
        "122",
        "子どもと子育て家庭をやさしく支える",
        "健康福祉課",
        "―",
        "一時預かりの実施",
        "ヵ所",
        2,
        4,
        4,
        "BAAA",
        "1.75",
        False,
    ),
]


def toba() -> Path:
    widths = [7, 22, 13, 10, 26, 6, 10, 10, 10, 5, 5, 5, 5, 7]
    wb, ws = _sheet("指標達成状況", widths)
    _text(ws, 1, 14, "資料-1", align="right", size=10, bold=True)
    _text(ws, 2, 1, "■前期基本計画の総括　まちづくり指標達成状況", bold=True, size=13)
    _text(ws, 3, 14, "平成27年10月　鳥羽市企画財政課", align="right", size=8)
    _text(
        ws,
        4,
        1,
        "指標達成状況【A：2点、B：1点、C：0点で点数化し、平均点を算出（評価されている年数で除したもの）】",
        size=9,
    )
    _text(ws, 5, 1, "※達成状況で斜体下線のものについては、最終目標の指標値を超えているもの", size=9)
    _text(ws, 7, 1, "１　学びたい・働きたい・住み続けたいという思いが育つまち", bold=True, size=10)
    h1, h2 = 8, 9
    for col, word in (
        (1, "施策目標コード"),
        (2, "施策目標名"),
        (3, "主担当課"),
        (4, "他の担当課"),
        (5, "指標名"),
        (6, "単位"),
        (7, "基準値（H22）"),
        (8, "実績値（H26）"),
        (9, "最終目標（H27）"),
        (14, "平均点"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 10, 13, "達成状況", header=True)
    for col, word in ((10, "H23"), (11, "H24"), (12, "H25"), (13, "H26")):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 20
    r = h2 + 1
    for code, goal, dept, other, name, unit, base, a26, t27, grades, mean, passed in TOBA_ROWS:
        if code is None:
            for col in (1, 2, 3, 4):
                _put(ws, r, col, None)
                _merge(ws, r - 1, col, r, col)
        else:
            _put(ws, r, 1, code, align="center")
            _put(ws, r, 2, goal)
            _put(ws, r, 3, dept, align="center")
            _put(ws, r, 4, other, align="center")
        _put(ws, r, 5, name)
        _put(ws, r, 6, unit, align="center")
        _put(ws, r, 7, base)
        cell = _put(ws, r, 8, a26)
        if passed:
            cell.font = Font(name=FONT, size=9, italic=True, underline="single")
        _put(ws, r, 9, t27)
        for i, g in enumerate(grades):
            _put(ws, r, 10 + i, g, align="center")
        _put(ws, r, 14, mean, align="right")
        ws.row_dimensions[r].height = 26
        r += 1
    _text(
        ws,
        r,
        1,
        "※平均点は、達成状況の点数の合計を評価されている年数で除したもの（小数点以下第3位を四捨五入）。",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "※人権講演会及び参加型連続講座の平成26年度は講座の再編により評価していません（「―」）。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "toba_machizukuri_shihyo_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 亀岡市 (京都府): 第4次総合計画 後期基本計画 施策評価シート — 方向、前年度比、幅のある目標
# --------------------------------------------------------------------------------------------

# Real (亀岡市 ホームページ, 後期基本計画 パブリックコメント): the plan's name 第4次亀岡市総合計画～夢ビジョン～
# 後期基本計画 (平成28年度～平成32年度) and its 定住人口 10万人 for 平成32年度. Made up: the sheet, the
# 施策, fields, every other indicator and figure.
KAMEOKA_ROWS = [
    # (No., 成果指標, 単位, 方向, 策定時 H26, H28実績, H29実績, 前年度比, H29目標, 達成度, H32目標)
    (1, "定住人口", "人", "↑", 91312, 90138, 89479, "△659", 96000, "C", 100000),
    (2, "転入者数", "人", "↑", 3120, 3256, 3301, "+45", 3300, "A", 3500),
    (3, "社会減（転出超過数）の抑制", "人", "↓", 412, 388, 355, "△33", 300, "B", 200),
    (4, "「住み続けたい」と思う市民の割合", "%", "↑", 68.2, "―", 70.4, "―", "70～75", "A", 80.0),
    (5, "空き家バンク成約件数（累計）", "件", "↑", 4, 15, 23, "+8", 25, "B", 40),
]


def kameoka() -> Path:
    widths = [5, 30, 6, 6, 11, 10, 10, 9, 10, 9, 10]
    wb, ws = _sheet("施策評価", widths)
    _text(
        ws,
        1,
        1,
        "第4次亀岡市総合計画～夢ビジョン～後期基本計画　施策評価シート（平成29年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "亀岡市", align="right", size=9)
    _text(ws, 3, 1, "１　施策の概要", bold=True, size=10)
    fields = [
        ("施策名", "1-2　定住・移住の促進"),
        ("主担当課", "企画調整課"),
        ("関係課", "都市計画課、商工観光課、子育て支援課"),
        ("施策の事業費", "平成29年度決算額　48,620千円（うち一般財源　31,205千円）"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 11, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　成果指標の推移", bold=True, size=10)
    h = r + 2
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "方向",
            "策定時（H26）",
            "H28実績",
            "H29実績",
            "前年度比",
            "H29目標",
            "目標達成度",
            "H32目標",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, way, base, a28, a29, diff, t29, grade, t32 in KAMEOKA_ROWS:
        fmt = "0.0" if unit == "%" else "#,##0"
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, way, align="center")
        for col, v in ((5, base), (6, a28), (7, a29), (9, t29), (11, t32)):
            _put(
                ws,
                r,
                col,
                v,
                fmt=fmt,
                align="right"
                if isinstance(v, str) and v != "―"
                else ("center" if v == "―" else None),
            )
        _put(ws, r, 8, diff, align="right" if diff != "―" else "center")
        _put(ws, r, 10, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, r, 1, "方向：↑ 値が大きいほど良い　↓ 値が小さいほど良い", size=8)
    _text(
        ws,
        r + 1,
        1,
        "目標達成度：A 順調　B 概ね順調　C 遅れている（H29目標に対する進み具合）",
        size=8,
    )
    _text(ws, r + 2, 1, "※前年度比は、H29実績からH28実績を差し引いたもの（△は減）。", size=8)
    _text(
        ws,
        r + 3,
        1,
        "※「住み続けたい」と思う市民の割合は、隔年で実施する市民アンケートによる（H28は調査なし）。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "kameoka_sesaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 玉東町 (熊本県): 地方創生先行型 事業実施結果報告 様式2 — 指標①②、目標年月、実績額（円）
# --------------------------------------------------------------------------------------------

# Real (様式2 of 玉東町): the form's title and subtitle, its column words, 熊本県 / 玉東町 / 43364 / 総務課,
# 事業1 玉東町総合戦略策定事業 (基礎交付, 2,673,000円, no KPI), the six indicators with their 指標値,
# 単位 and 目標年月 H28.3, the evaluation words. Made up: 事業 2–4 and their 実績額, every 実績値,
# which indicator sits under which 事業, the notes.
GYOKUTO_ROWS = [
    # (No., 事業名, 種類, 実績額, [(指標, 指標値, 単位, 目標年月, 実績値)], 評価, 今後の方針)
    (
        1,
        "玉東町総合戦略策定事業",
        "基礎交付",
        2673000,
        [("指標①", None, None, None, None, None)],
        "総合戦略のKPI達成に有効であった",
        "予定通り事業終了",
    ),
    (
        2,
        "おためし暮らし・移住定住促進事業",
        "基礎交付",
        4850000,
        [
            ("指標①", "おためし暮らし利用件数", 2, "件", "H28.3", 3),
            ("指標②", "移住希望者の雇用", 1, "人", "H28.3", 1),
        ],
        "地方創生に非常に効果的であった",
        "事業の継続",
    ),
    (
        3,
        "特産品販路拡大・雇用創出事業",
        "基礎交付",
        9120000,
        [
            ("指標①", "失業者の雇用", 3, "人", "H28.3", 2),
            ("指標②", "全国的な販路拡大", 9000, "個", "H28.3", 10450),
        ],
        "地方創生に相当程度効果があった",
        "事業の継続",
    ),
    (
        4,
        "子育て環境整備事業",
        "基礎交付",
        6300000,
        [
            ("指標①", "出生数前年比増", 3, "人", "H28.3", "△2"),
            ("指標②", "第3子以降の出生数前年比増", 1, "世帯", "H28.3", 1),
        ],
        "地方創生に効果があった",
        "事業の継続",
    ),
]


def gyokuto() -> Path:
    widths = [4, 22, 8, 12, 7, 24, 8, 6, 9, 10, 22, 11]
    wb, ws = _sheet("様式2", widths)
    _text(ws, 1, 1, "様式2", size=9)
    _text(
        ws,
        2,
        1,
        "地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）に係る事業実施結果報告",
        bold=True,
        size=12,
    )
    _text(ws, 3, 1, "（各交付対象事業の重要業績評価指標（KPI）の実績値等）", size=10)
    _span(ws, 5, 1, 2, "都道府県名", header=True)
    _span(ws, 5, 3, 4, "熊本県")
    _span(ws, 5, 5, 6, "市町村名", header=True)
    _put(ws, 5, 7, "玉東町")
    _span(ws, 5, 8, 10, "都道府県・市町村コード（5桁）", header=True)
    _put(ws, 5, 11, "43364", align="center")
    _span(ws, 6, 1, 2, "担当部局課名", header=True)
    _span(ws, 6, 3, 4, "総務課")
    h1, h2 = 8, 9
    for col, word in (
        (1, "No"),
        (2, "交付対象事業の名称"),
        (3, "交付金の種類"),
        (4, "実績額\n（単位：円）"),
        (11, "事業の評価"),
        (12, "今後の方針"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 5, 10, "本事業における重要業績評価指標（KPI）", header=True)
    for col, word in (
        (5, "指標"),
        (6, "指標名"),
        (7, "指標値"),
        (8, "単位"),
        (9, "目標年月"),
        (10, "実績値\n（H28.3時点）"),
    ):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 30
    r = h2 + 1
    for no, prog, kind, cost, kpis, grade, plan in GYOKUTO_ROWS:
        first = r
        for mark, name, target, unit, month, actual in kpis:
            _put(ws, r, 5, mark, align="center")
            _put(ws, r, 6, name)
            _put(ws, r, 7, target)
            _put(ws, r, 8, unit, align="center")
            _put(ws, r, 9, month, align="center")
            _put(ws, r, 10, actual, align="right")
            ws.row_dimensions[r].height = 22
            r += 1
        _put(ws, first, 1, no, align="center")
        _put(ws, first, 2, prog)
        _put(ws, first, 3, kind, align="center")
        _put(ws, first, 4, cost)
        _put(ws, first, 11, grade)
        _put(ws, first, 12, plan, align="center")
        if r - first > 1:
            for col in (1, 2, 3, 4, 11, 12):
                for rr in range(first + 1, r):
                    _put(ws, rr, col, None)
                _merge(ws, first, col, r - 1, col)
    _text(
        ws,
        r,
        1,
        "※No.1は総合戦略の策定事業のため、重要業績評価指標（KPI）を設定していない。",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "※出生数前年比増の実績値は、平成27年度の出生数から平成26年度の出生数を差し引いたもの（△は減）。",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※事業の評価は、外部有識者（玉東町まち・ひと・しごと創生総合戦略推進会議）の意見を踏まえたもの。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "gyokuto_jisshi_kekka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三次市 (広島県): The 行政チェック 事務事業チェックシート — ■□、元号のない年度、事業費の表
# --------------------------------------------------------------------------------------------

# Real (三次市 平成16年度 The 行政チェック事務事業チェックシート): the title, 別記様式（第7条関係）, 事務事業名
# 31.中山間地域等直接支払制度, 担当部署名, 記入年月日 16年 11月 5日, the 体系区分 words, 事業期間, the
# ■ / □ fields, the 事業概要 and 1.対象 / 2.効果 texts (shortened). Made up: the 指標 tables, every
# figure, the 事業費 table and the note.
MIYOSHI_ACTIVITY = [
    ("集落協定締結数", "協定", "118", "121", "125", "124"),
    ("集落協定説明会・研修会の開催回数", "回", "6", "8", "8", "9"),
]
MIYOSHI_OUTCOME = [
    ("協定対象農用地面積", "ha", "1,482.6", "1,503.1", "1,520.0", "1,516.4"),
    ("集落協定参加世帯数", "世帯", "2,915", "2,948", "3,000", "―"),
]
MIYOSHI_COST = [
    ("事業費", "318,420", "322,915", "326,000", "325,108"),
    ("うち一般財源", "79,605", "80,729", "81,500", "81,277"),
]


def _miyoshi_rows(rows) -> str:
    return "\n".join(
        "<tr>"
        + f'<th scope="row">{name}</th><td class="c">{unit}</td>'
        + "".join(f'<td class="r">{v}</td>' for v in values)
        + "</tr>"
        for name, unit, *values in rows
    )


def miyoshi_html() -> str:
    head = "<tr><th>指標名</th><th>単位</th><th>14年度実績</th><th>15年度実績</th><th>16年度計画</th><th>16年度実績</th></tr>"
    cost = "\n".join(
        "<tr>"
        + f'<th scope="row">{name}</th>'
        + "".join(f'<td class="r">{v}</td>' for v in values)
        + "</tr>"
        for name, *values in MIYOSHI_COST
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成16年度 The 行政チェック事務事業チェックシート（31.中山間地域等直接支払制度）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
th[scope="row"] {{ background: #fff; text-align: left; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.form {{ font-size: 85%; margin: 0; }}
p.note {{ font-size: 85%; }}
</style>
</head>
<body>
<p class="form">別記様式（第7条関係）</p>
<h1>平成16年度　The 行政チェック事務事業チェックシート</h1>
<table>
<tr><th>事務事業名</th><td>31.中山間地域等直接支払制度</td><th>担当部署名</th><td>産業部　ふるさと農林室</td></tr>
<tr><th>記入年月日</th><td>16年 11月 5日</td><th>評価区分</th><td>□事前評価　□事中評価　■事後評価</td></tr>
</table>
<h2>1 事務事業の概要</h2>
<table>
<tr><th rowspan="3">体系区分</th><th>将来像</th><td>活力に満ちた産業と広域の中心機能を持つ「中核都市」</td></tr>
<tr><th>基本施策</th><td>既存の地場産業の振興と活性化</td></tr>
<tr><th>主要施策</th><td>農林水産業の振興</td></tr>
<tr><th colspan="2">事業の種別</th><td>□法定受託事務　■任意自治事務　□義務自治事務</td></tr>
<tr><th colspan="2">事業期間</th><td>平成12年度 から 平成16年度まで</td></tr>
<tr><th colspan="2">事業概要</th><td>耕作放棄地の増加等により多面的機能の低下が懸念される中山間地域等において、農業生産活動等が継続されるよう、協定集落の対象農用地面積に対し交付金を交付し、集落での共同取組に充てる。</td></tr>
</table>
<h2>2 事務事業の内容</h2>
<p>1.対象（何を，誰を対象にしているのか）：条件の不利な1ha以上のまとまりのある農用地による集落協定参加世帯</p>
<p>2.効果（対象をどのような状態にしたいのか）：5年間の集落協定を結び、適切な農業生産活動等により、耕作放棄地の発生を防止する。</p>
<h2>3 事務事業の指標</h2>
<h3>(1) 活動指標</h3>
<table>
{head}
{_miyoshi_rows(MIYOSHI_ACTIVITY)}
</table>
<h3>(2) 成果指標</h3>
<table>
{head}
{_miyoshi_rows(MIYOSHI_OUTCOME)}
</table>
<h2>4 事業費の推移（単位：千円）</h2>
<table>
<tr><th>区分</th><th>14年度決算</th><th>15年度決算</th><th>16年度予算</th><th>16年度決算見込</th></tr>
{cost}
</table>
<p class="note">※集落協定参加世帯数の16年度実績は、協定の更新手続き中のため「―」としています。</p>
<p class="note">※交付単価は、急傾斜の田で10aあたり21,000円です。</p>
</body>
</html>
"""


def miyoshi() -> Path:
    path = HERE / "miyoshi_jimu_check_h16.html"
    path.write_bytes(miyoshi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (toba, kameoka, gyokuto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {miyoshi().name}")


if __name__ == "__main__":
    main()
