"""Build the documents of forms369/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tadaoka_shisaku_hyoka_r6.xlsx``, a 総合計画 施策評価シート in the manner of 忠岡町 (大阪府):
  form fields over **two grids on one sheet**, ``（１）成果指標`` and ``（２）活動指標``, with the same
  two-row header ``No. | 指標名 | 単位 | 基準値（R元） | 実績値 (R4 | R5 | R6) | 目標値（Ｒ７） | 備考``,
  where **a 備考 cell turns one row's R6 figure into a 見込 value** and another explains two ``―``;
  and the PDF;
* ``source/inami_koki_seika_r2.xlsx``, a 長期総合計画 後期基本計画 成果指標の最終評価 in the manner of
  印南町 (和歌山県): Western-year actual columns (``2017年度`` … ``2020年度``) between ``計画策定時（H28）``
  and ``目標値（R2）``, **a 施策の柱 cell merged down over two rows**, an A/B/C 評価 with its legend,
  **a cell ``5（うちUIターン2）``** and ``約3,200``; and the PDF;
* ``source/mihama_juten_pj_r6.xlsx``, a 重点プロジェクト進捗管理表 in the manner of 御浜町 (三重県):
  ``実績値`` over full-width ``令和３年度`` … ``令和６年度`` and ``目標値`` over ``R6 | R7``, ``千人`` in 単位,
  and **a ``算出根拠`` column full of numbers that are no values** (``R2比＋40ha（年8ha植栽）``); and the PDF;
* ``aisho_kofukin_kensho_r5.html``, a 地方創生推進交付金 効果検証 page in the manner of 愛荘町 (滋賀県):
  breadcrumb, ``<h1>``, date line, a key table, a ``<thead>`` of two rows (``事業開始前（令和3年3月末）`` and
  年度 cells spanning ``目標値 | 実績値``), ``<th rowspan>`` 事業名 cells, and **the unit stated once above
  the table, ``（単位：人）``, with one row naming its own unit ``（件）``**.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
    wb.properties.creator = "forms369/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms369/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms369_soffice_") as tmp:
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


def _field(ws, row, key, value, c2, height=18):
    """A form field: a shaded key cell in column 1-2, the value merged over 3..c2."""
    _span(ws, row, 1, 2, key, header=True)
    _span(ws, row, 3, c2, value, valign="center")
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 忠岡町 (大阪府泉北郡): 第6次忠岡町総合計画 施策評価シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: 第6次忠岡町総合計画 and its period, 3.97km² (日本一面積の小さい町), 17,298人 (令和2年国勢調査),
# 町制施行 昭和14年. Made up: the 施策, 課, every indicator, figure and remark.
TD_OUTCOME = [
    (
        1,
        "子育て支援センターの年間利用者数",
        "人",
        8412,
        6950,
        7820,
        8105,
        9000,
        "年間の来所者数（月報の合計）",
    ),
    (
        2,
        "「子育てしやすいまち」と感じる保護者の割合",
        "％",
        52.3,
        "―",
        55.1,
        "―",
        60.0,
        "町民意識調査（隔年実施）のため、R4・R6は調査なし",
    ),
    (
        3,
        "乳幼児健康診査の受診率",
        "％",
        96.8,
        97.5,
        98.2,
        97.9,
        98.0,
        "R6は見込値（令和7年3月実施分を含まない）",
    ),
]
TD_ACTIVITY = [
    (1, "ファミリー・サポート・センターの提供会員数", "人", 38, 41, 45, 47, 50, "各年度末現在"),
    (2, "子育て講座・教室の開催回数", "回", 24, 30, 28, 32, 36, "R6はオンライン開催4回を含む"),
]


def _td_grid(ws, h, rows):
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "指標名"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "目標値\n（Ｒ７）"),
            (9, "備考"),
        ],
        [(5, 7, "実績値", ["R4", "R5", "R6"])],
    )
    r = h + 2
    for no, name, unit, *vals, note in rows:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    return r


def tadaoka() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 30, 6, 9, 9, 9, 9, 9, 28])
    _text(ws, 1, 1, "令和6年度　施策評価シート", bold=True, size=14)
    _text(ws, 2, 9, "令和7年5月　忠岡町", align="right")
    _field(
        ws,
        3,
        "総合計画",
        "第6次忠岡町総合計画（令和3年度～令和12年度）　基本目標２　子育て・教育",
        9,
    )
    _field(ws, 4, "施策番号・施策名", "2-1　子育て支援の充実", 9)
    _field(ws, 5, "担当課", "子育て支援課", 9)
    _field(ws, 6, "関係課", "健康づくり課、生涯学習課", 9)
    _field(
        ws,
        7,
        "施策の現状",
        "本町は面積3.97km²と日本一面積の小さい町で、令和2年国勢調査の人口は17,298人です。昭和14年の町制施行以来、"
        "大阪市中心部から鉄道で約30分の住宅地として発展してきました。令和5年度には子育て世代包括支援センターの機能を"
        "保健センターに統合し、妊娠期から18歳までの相談を一か所で受け付けています。",
        9,
        height=54,
    )
    _text(ws, 9, 1, "（１）成果指標", bold=True, size=10)
    r = _td_grid(ws, 10, TD_OUTCOME)
    _text(ws, r + 1, 1, "（２）活動指標", bold=True, size=10)
    r = _td_grid(ws, r + 2, TD_ACTIVITY)
    _text(ws, r + 1, 1, "施策の評価（担当課）", bold=True, size=10)
    _para(
        ws,
        r + 2,
        1,
        9,
        "子育て支援センターの利用者数はコロナ禍前の水準に近づいている。乳幼児健康診査の受診率は高い水準を維持しており、"
        "未受診者には個別に連絡している。次年度は講座のオンライン開催を拡充する。",
        40,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "tadaoka_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 印南町 (和歌山県日高郡): 第5次印南町長期総合計画 後期基本計画 成果指標の最終評価（令和2年度）
# --------------------------------------------------------------------------------------------

# Real: 第5次印南町長期総合計画 後期基本計画 (令和2年度が最終年度), 企画産業課, エンドウ (きぬさや・うすい),
# スイカ, 切目川・印南川, 昭和32年の合併. Made up: the sheet, its figures, grades and notes.
IN_ROWS = [
    (
        "産業振興",
        1,
        "エンドウ（きぬさや・うすい）の出荷量",
        "t",
        1250,
        1210,
        1180,
        1105,
        1060,
        1300,
        "B",
    ),
    (
        "産業振興",
        2,
        "新規就農者数（4年間の累計）",
        "人",
        "―",
        2,
        3,
        "5（うちUIターン2）",
        7,
        8,
        "B",
    ),
    (
        "観光交流",
        3,
        "町内宿泊施設の年間宿泊者数",
        "人",
        "約3,200",
        3350,
        3480,
        3290,
        "―",
        3800,
        "―",
    ),
    ("防災・安全", 4, "自主防災組織の組織率", "％", 88.5, 90.2, 93.4, 96.7, 100.0, 100.0, "A"),
]


def inami() -> Path:
    wb, ws = _sheet("成果指標", [11, 5, 34, 6, 11, 10, 10, 15, 10, 10, 8])
    _text(
        ws,
        1,
        1,
        "第5次印南町長期総合計画　後期基本計画　成果指標の最終評価（令和2年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 11, "令和3年7月　印南町企画産業課", align="right")
    _field(ws, 3, "計画期間", "平成29年度～令和2年度（4年間）", 11)
    _field(ws, 4, "担当課", "企画産業課", 11)
    _field(
        ws,
        5,
        "町の概況",
        "本町は昭和32年に切目川村・安住村と合併して現在の町域となり、切目川・印南川・王子川の流域に集落が広がる。"
        "温暖な海岸部ではエンドウ（きぬさや・うすい）やスイカ、花き栽培が盛んで、エンドウは市町村単位で全国有数の産地である。"
        "後期基本計画では4つの施策の柱に28の成果指標を設けており、本表はそのうち主なものを掲げる。",
        11,
        height=46,
    )
    _text(ws, 7, 1, "２　成果指標の達成状況", bold=True, size=11)
    h = 8
    _head2(
        ws,
        h,
        [
            (1, "施策の柱"),
            (2, "No."),
            (3, "成果指標"),
            (4, "単位"),
            (5, "計画策定時\n（H28）"),
            (10, "目標値\n（R2）"),
            (11, "評価"),
        ],
        [(6, 9, "実　績", ["2017年度", "2018年度", "2019年度", "2020年度"])],
    )
    r = h + 2
    for pillar, no, name, unit, *vals, grade in IN_ROWS:
        _put(ws, r, 1, pillar, align="center")
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals)
        _put(ws, r, 11, grade, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _merge(ws, h + 2, 1, h + 3, 1)
    _notes(
        ws,
        r,
        [
            "評価　A：目標を達成　B：目標値の80％以上　C：目標値の80％未満　―：評価不能",
            "※No.2は平成29年度からの累計。2019年度の5人のうち2人は町外からの移住者（UIターン）である。",
            "※No.3の2020年度は、新型コロナウイルス感染症の影響により宿泊施設への調査を中止したため「―」とした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "inami_koki_seika_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御浜町 (三重県南牟婁郡): 第6次御浜町総合計画 前期基本計画 重点プロジェクト進捗管理表（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第6次御浜町総合計画, its 将来像 and periods (基本構想 R3～R12, 前期 R3～R7), the 「地域経済の活性化」
# プロジェクト, みかん産地の再生 and 味一号 (54ha, 750t in 令和5年), 年中みかんのとれるまち, 宝暦6年（1756年）,
# 17.6℃ and 3,205㎜, 道の駅パーク七里御浜. Made up: 課, the other figures, targets and 算出根拠.
MH_FIELDS = [
    ("総合計画", "第6次御浜町総合計画　前期基本計画"),
    ("将来像", "一人ひとりが、幸せを実感し、「みはま」らしく輝くまち"),
    ("計画期間", "基本構想　令和3年度～令和12年度／前期基本計画　令和3年度～令和7年度"),
    ("重点プロジェクト", "「地域経済の活性化」プロジェクト（みかん産地の再生）"),
    ("担当課", "企画課"),
]
MH_ROWS = [
    (1, "味一号の栽培面積", "ha", 30, 38, 46, 54, 61, 60, 70, "R2比＋40ha（年8ha植栽）"),
    (2, "味一号の生産量", "t", 420, 510, 640, 750, 720, 800, 900, "10a当たり1.3t×70ha"),
    (3, "新規就農研修生の受入数", "人", 5, 7, 8, 9, 11, 10, 10, "年10人（単年度）"),
    (
        4,
        "道の駅パーク七里御浜の来場者数",
        "千人",
        312,
        268,
        295,
        330,
        341,
        350,
        360,
        "R元（コロナ前）実績355千人",
    ),
]


def mihama() -> Path:
    wb, ws = _sheet("進捗管理表", [5, 28, 6, 9, 9, 9, 9, 9, 8, 8, 22])
    _text(ws, 1, 1, "重点プロジェクト進捗管理表（令和6年度実績）", bold=True, size=14)
    _text(ws, 2, 11, "令和7年6月　御浜町", align="right")
    for row, (key, value) in zip(range(3, 8), MH_FIELDS):
        _field(ws, row, key, value, 11)
    _field(
        ws,
        8,
        "取組の概要",
        "「年中みかんのとれるまち」をキャッチフレーズとする本町では、宝暦6年（1756年）にみかん栽培が奨励された記録が残る。"
        "年間平均気温17.6℃、年間降水量3,205㎜の温暖多雨な気候を生かし、町オリジナル品種「味一号」への改植と"
        "新規就農者の研修受入れを進め、令和7年度を最終年度とする前期基本計画の総仕上げに取り組む。",
        11,
        height=54,
    )
    _text(ws, 10, 1, "■重点プロジェクトの成果指標", bold=True, size=11)
    h = 11
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（R2）"), (11, "算出根拠")],
        [
            (5, 8, "実績値", ["令和３年度", "令和４年度", "令和５年度", "令和６年度"]),
            (9, 10, "目標値", ["R6", "R7"]),
        ],
    )
    r = h + 2
    for no, name, unit, *vals, basis in MH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, basis, size=8)
        ws.row_dimensions[r].height = 28
        r += 1
    _notes(
        ws,
        r,
        [
            "※目標値は前期基本計画策定時（令和3年3月）に設定。R6は中間目標、R7は前期基本計画の最終目標。",
            "※生産量は各年度に出荷された量（JA取扱分）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "mihama_juten_pj_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 愛荘町 (滋賀県愛知郡): 地方創生推進交付金事業の効果検証結果（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real: 地域再生計画「愛荘町みらい創生計画」, the 2006 merger of 秦荘町・愛知川町, 21,425人 (令和2年8月末),
# 21,632人 (2040年, 社人研), 37.97km². Made up: the page, 課, 事業 names, every KPI and figure.
AS_BLOCKS = [
    (
        "あいしょうの魅力発信・移住定住促進事業",
        [
            ("①", "町外からの転入者数", 612, 630, 598, 650, 661, 670, 684),
            ("②", "移住相談窓口を通じた移住者数", 4, 8, 6, 12, 13, 16, 15),
            ("③", "空き家バンクの成約件数（件）", 2, 5, 5, 8, 9, 12, 10),
        ],
    ),
    (
        "ものづくり人材確保・定着支援事業",
        [
            ("④", "町内企業への新規就職者数", 35, 40, 38, 45, 47, 50, 52),
            ("⑤", "町内企業見学ツアーの参加者数", "―", 60, 74, 80, 95, 100, 88),
        ],
    ),
]
AS_HEAD = """<thead>
<tr><th rowspan="2">事業名</th><th rowspan="2" colspan="2">重要業績評価指標（KPI）</th><th rowspan="2">事業開始前<br>（令和3年3月末）</th><th colspan="2">令和3年度</th><th colspan="2">令和4年度</th><th colspan="2">令和5年度</th></tr>
<tr><th>目標値</th><th>実績値</th><th>目標値</th><th>実績値</th><th>目標値</th><th>実績値</th></tr>
</thead>"""


def _num(v) -> str:
    return f"{v:,}" if isinstance(v, int) else v


def aisho_html() -> str:
    rows = []
    for program, inds in AS_BLOCKS:
        for k, (label, name, *vals) in enumerate(inds):
            head = f'<th rowspan="{len(inds)}" class="l">{program}</th>' if k == 0 else ""
            rows.append(
                f'<tr>{head}<td class="c">{label}</td><td>{name}</td>'
                + "".join(f'<td class="num">{_num(v)}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地方創生推進交付金事業の効果検証結果（令和5年度） - 愛荘町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.unit {{ text-align: right; margin: 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/chosei/">町政情報</a> &gt; <a href="/chosei/chihososei/">地方創生</a> &gt; 効果検証</p>
<h1>地方創生推進交付金事業の効果検証結果（令和5年度）</h1>
<p class="date">更新日：2024年9月20日　担当：企画課</p>
<p>愛荘町は、平成18年に旧秦荘町と旧愛知川町が合併して誕生した面積37.97km²の町です。住民基本台帳による人口は21,425人（令和2年8月末）で、国立社会保障・人口問題研究所の推計でも2040年に21,632人と、県内でも人口が維持される数少ない町の一つです。地域再生計画「愛荘町みらい創生計画」に基づき実施した地方創生推進交付金事業について、令和6年8月に外部有識者3名による検証会議を開催し、重要業績評価指標（KPI）の実績を検証しました。</p>
<table class="form">
<tr><th>地域再生計画の名称</th><td>愛荘町みらい創生計画</td></tr>
<tr><th>計画期間</th><td>令和3年4月1日～令和6年3月31日</td></tr>
<tr><th>担当課</th><td>企画課</td></tr>
</table>
<h2>1　重要業績評価指標（KPI）の実績</h2>
<p class="unit">（単位：人）</p>
<table>
{AS_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※転入者数は住民基本台帳による各年度（4月～3月）の数値です。</p>
<p>※町内企業見学ツアーは令和3年度に開始したため、事業開始前の数値はありません。</p>
<h2>2　検証会議の意見</h2>
<p>転入者数と新規就職者数は目標を上回った。空き家バンクの成約件数は登録物件数（令和5年度末42件）の伸びに比べて少なく、物件情報の発信方法を見直す必要がある。</p>
</body>
</html>
"""


def aisho() -> Path:
    path = HERE / "aisho_kofukin_kensho_r5.html"
    path.write_bytes(aisho_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tadaoka, inami, mihama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {aisho().name}")


if __name__ == "__main__":
    main()
