"""Build the documents of forms359/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/narashino_seika_shihyo_r5.xlsx``, a 後期基本計画 成果指標の推移 in the manner of 習志野市
  (千葉県): form fields (計画名, 計画期間, 施策, 主管課, a 施策の現状 prose with numbers) over
  ``No. | 成果指標 | 単位 | 策定時（H30） | 実績値 (令和３年度 | 令和４年度 | 令和５年度) | 令和５年度目標 |
  目標値（R7）``; **one row written in 万 throughout (``1.84万`` in a 人 row)** and **one 策定時 cell
  carrying its own year (``96.8（R元）``) under the column's H30**; a ``―`` for a survey off-year;
  and the PDF (portrait);
* ``source/toda_shisaku_shinchoku_r6.xlsx``, a 第5次総合振興計画 前期基本計画 施策指標の進捗 in the
  manner of 戸田市 (埼玉県): **bare Western years ``2021`` … ``2024`` under a spanning
  ``実績値（年度）``**, a ``中間目標（2023年度）`` column beside the final ``目標値（2025年度）``, ``千人``
  in 単位, ``集計中``, ``中止`` and ``2,350（見込）`` cells, and a ``―`` in the one year that has a
  中間目標; and the PDF (landscape);
* ``atsugi_jisshi_shihyo_r6.xlsx``, a workbook left as it is: a 第10次総合計画 第2期実施計画 事業の指標
  in the manner of 厚木市 (神奈川県), one row an indicator, **事業名 and its No. merged down over the
  事業's two indicators**, **a ``現状値（R5見込）`` baseline that is a forecast**, targets under
  ``目標値`` spanning ``令和６年度 | 令和７年度 | 令和８年度``, ``万人`` and ``千円`` in 単位, and a
  担当課 column;
* ``kiryu_senryaku_kpi_r6.html``, a 第2期総合戦略 KPI進捗 page in the manner of 桐生市 (群馬県):
  two ``<h2>`` 基本目標, **no 単位 column: a line above each table says ``（単位：件　※印を付した指標は人）``,
  and two names end with ``※``**, and **two target columns, ``当初（R6）`` and ``改定後（R9）``, after the
  strategy's three-year extension**.

These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms359/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms359/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fmt is not None:
        cell.number_format = fmt
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


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


def _field(ws, row, label, value, c_label, c1, c2, height=18):
    """A key-value form field: a shaded label cell and a merged value cell."""
    _put(ws, row, c_label, label, header=True)
    _put(ws, row, c1, value)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    ws.row_dimensions[row].height = height


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
    print(f"wrote {path.relative_to(HERE)}")


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms359_soffice_") as tmp:
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


# --------------------------------------------------------------------------- 習志野市

NARASHINO_ROWS = [
    # no, name, unit, baseline (策定時), actuals R3 R4 R5, R5 target, R7 target
    ("1", "保育所等の待機児童数", "人", 33, [12, 5, 0], 0, 0),
    (
        "2",
        "地域子育て支援センターの利用者数",
        "人",
        "1.52万",
        ["1.21万", "1.68万", "1.84万"],
        "1.80万",
        "2.00万",
    ),
    ("3", "乳幼児健康診査の受診率", "％", "96.8（R元）", [95.1, 97.0, 97.6], 97.5, 98.0),
    ("4", "子育てしやすいまちだと思う市民の割合", "％", 58.3, [59.0, "―", 61.4], 62.0, 65.0),
    ("5", "ファミリー・サポート・センターの会員数", "人", 1802, [1850, 1911, 1938], 1950, 2100),
]


def build_narashino() -> Path:
    wb, ws = _sheet("成果指標", [9, 34, 6, 11, 10, 10, 10, 11, 11])
    _text(
        ws, 1, 1, "習志野市後期基本計画　施策の成果指標の推移（令和５年度実績）", bold=True, size=13
    )
    _text(ws, 2, 9, "令和6年8月　習志野市", align="right")
    _field(ws, 4, "計画名", "習志野市後期基本計画（基本構想：平成26年度から12年間）", 1, 2, 9)
    _field(ws, 5, "計画期間", "令和2年度～令和7年度（6年間）", 1, 2, 9)
    _field(ws, 6, "施策", "2-3　子育て支援の充実", 1, 2, 4)
    _put(ws, 6, 5, "主管課", header=True)
    for c in range(6, 10):
        _put(ws, 6, c, "こども政策課" if c == 6 else None)
    _merge(ws, 6, 6, 6, 9)
    _put(ws, 7, 1, "施策の現状", header=True)
    _para(
        ws,
        7,
        2,
        9,
        "本市は昭和45年に文教住宅都市憲章を制定し、子育てと教育の環境づくりを進めてきた。"
        "令和元（2019）年度の人口推計では、本市の人口は令和7（2025）年にピークを迎え、令和23（2041）年には約17万1千人になると見込まれ、"
        "同年の年少人口割合は10.3%と推計されている。令和5年度は保育所3園を開設し、定員を180人拡大した。",
        58,
        border=True,
    )
    _text(ws, 9, 1, "３　成果指標の推移", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "策定時\n（H30）"),
        (8, "令和５年度\n目標"),
        (9, "目標値\n（R7）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 5, "実績値", header=True)
    for c in (6, 7):
        _put(ws, h, c, None, header=True)
    _merge(ws, h, 5, h, 7)
    for c, y in zip((5, 6, 7), ("令和３年度", "令和４年度", "令和５年度")):
        _put(ws, h + 1, c, y, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, base, actuals, t5, t7 in NARASHINO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 10), [base, *actuals, t5, t7]):
            _put(ws, r, c, v, fmt="0.0" if isinstance(v, float) else None, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※1　No.4は隔年で実施する市民意識調査によるため、令和４年度は調査を行っていない（―）。",
        "※2　策定時の値は平成30年度の値。ただし、値の後に年度を付したものは、その年度の値（平成30年度は調査方法の変更により欠測）。",
        "※3　No.2の値は万人単位（小数第2位まで）で表示している。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "narashino_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------- 戸田市

TODA_ROWS = [
    # no, name, unit, base 2019, actuals 2021..2024, mid target 2023, target 2025, note
    (
        "1",
        "彩湖・道満グリーンパークの年間利用者数",
        "千人",
        1024.6,
        [712.3, 865.0, 948.2, "集計中"],
        950.0,
        1100.0,
        "2021は新型コロナウイルス感染症の影響で一部施設を休止",
    ),
    (
        "2",
        "市内の緑被率",
        "％",
        16.8,
        ["―", 16.5, "―", 16.9],
        17.0,
        17.5,
        "航空写真による隔年調査（偶数年度に実施）",
    ),
    (
        "3",
        "市民1人当たりの都市公園面積",
        "㎡",
        3.02,
        [3.05, 3.08, 3.11, 3.15],
        3.10,
        3.30,
        "都市公園台帳による",
    ),
    (
        "4",
        "戸田ボートコースを活用した水辺イベントの参加者数",
        "人",
        4120,
        ["中止", 1860, 2740, "2,350（見込）"],
        3000,
        4500,
        "2024は12月末までの実績に基づく見込",
    ),
]


def _toda_fmt(v, unit):
    if not isinstance(v, float):
        return None
    return "0.00" if unit == "㎡" else "#,##0.0"


def build_toda() -> Path:
    wb, ws = _sheet("施策指標", [10, 36, 7, 12, 9, 9, 9, 12, 12, 12, 34])
    _text(
        ws,
        1,
        1,
        "戸田市第５次総合振興計画 前期基本計画　施策指標の進捗状況（令和６年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 11, "令和7年2月　戸田市", align="right")
    _field(ws, 4, "計画名", "戸田市第5次総合振興計画 前期基本計画", 1, 2, 5)
    _put(ws, 4, 6, "計画期間", header=True)
    _put(ws, 4, 7, None, header=True)
    _merge(ws, 4, 6, 4, 7)
    for c in range(8, 12):
        _put(ws, 4, c, "2021年度（令和3年度）～2025年度（令和7年度）" if c == 8 else None)
    _merge(ws, 4, 8, 4, 11)
    _field(ws, 5, "将来都市像", "『このまちで良かった』みんな輝く 未来共創のまち とだ", 1, 2, 11)
    _field(ws, 6, "施策", "4-2　水と緑を生かした憩いの空間づくり", 1, 2, 5)
    _put(ws, 6, 6, "担当課", header=True)
    _put(ws, 6, 7, None, header=True)
    _merge(ws, 6, 6, 6, 7)
    for c in range(8, 12):
        _put(ws, 6, c, "経営企画課" if c == 8 else None)
    _merge(ws, 6, 8, 6, 11)
    _put(ws, 7, 1, "市の概況", header=True)
    _para(
        ws,
        7,
        2,
        11,
        "本市は荒川を境に東京都と接し、面積は18.19km²、人口は142,149人（2024年11月1日現在推計）である。"
        "市内には戸田ボートコースや、荒川の調節池「彩湖」に沿った公園があり、"
        "毎年夏の戸田橋花火大会には多くの来場者が訪れる。",
        34,
        border=True,
    )
    _text(ws, 9, 1, "■施策指標の推移", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "No."),
        (2, "施策指標"),
        (3, "単位"),
        (4, "基準値\n（2019年度）"),
        (9, "中間目標\n（2023年度）"),
        (10, "目標値\n（2025年度）"),
        (11, "備考"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 5, "実績値（年度）", header=True)
    for c in (6, 7, 8):
        _put(ws, h, c, None, header=True)
    _merge(ws, h, 5, h, 8)
    for c, y in zip((5, 6, 7, 8), (2021, 2022, 2023, 2024)):
        _put(ws, h + 1, c, y, header=True, fmt="0")
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, base, actuals, mid, target, note in TODA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 11), [base, *actuals, mid, target]):
            _put(ws, r, c, v, fmt=_toda_fmt(v, unit), align="right")
        _put(ws, r, 11, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※実績値の欄の数字は年度（4月～翌年3月）を表す。中間目標は前期基本計画の中間年度（2023年度）の目標。",
        "※「集計中」は令和7年2月末時点で未確定のもの。「中止」はイベントを開催しなかった年度。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "toda_shisaku_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------- 厚木市

ATSUGI_JIGYO = [
    # no, 事業名, 担当課, [(指標名, 単位, 現状値, [R6, R7, R8])]
    (
        "1",
        "観光プロモーション推進事業",
        "観光振興課",
        [
            ("観光入込客数", "万人", 532.4, [540.0, 550.0, 560.0]),
            ("七沢温泉・飯山温泉の宿泊者数", "人", 98500, [100000, 103000, 106000]),
        ],
    ),
    (
        "2",
        "中心市街地にぎわい創出事業",
        "商業にぎわい課",
        [("本厚木駅周辺の休日歩行者通行量", "人／日", 41260, [42000, 43000, 44000])],
    ),
    (
        "3",
        "ふるさと納税推進事業",
        "企画政策課",
        [
            ("ふるさと納税の寄附件数", "件", 12480, [13000, 13500, 14000]),
            ("ふるさと納税の寄附額", "千円", 498200, [520000, 540000, 560000]),
        ],
    ),
]


def build_atsugi() -> Path:
    wb, ws = _sheet("事業の指標", [11, 26, 32, 8, 12, 11, 11, 11, 14])
    _text(ws, 1, 1, "第10次厚木市総合計画 第2期実施計画　事業の指標と目標値", bold=True, size=13)
    _text(ws, 2, 9, "令和6年4月　厚木市", align="right")
    _field(ws, 4, "基本計画", "第1期基本計画（令和3(2021)年度～令和8(2026)年度）", 1, 2, 9)
    _field(ws, 5, "実施計画期間", "令和6(2024)年度～令和8(2026)年度（3年間）", 1, 2, 5)
    _put(ws, 5, 6, "担当", header=True)
    for c in range(7, 10):
        _put(ws, 5, c, "企画政策課" if c == 7 else None)
    _merge(ws, 5, 7, 5, 9)
    _put(ws, 6, 1, "市の概況", header=True)
    _para(
        ws,
        6,
        2,
        9,
        "本市は神奈川県のほぼ中央に位置し、面積は93.84km²、人口は223,930人（2024年2月1日現在推計）。"
        "第1期基本計画では27の基本施策を展開し、15地区の地区別プランを定めている。"
        "西部には大山がそびえ、七沢温泉・飯山温泉などの温泉地がある。",
        34,
        border=True,
    )
    _text(ws, 8, 1, "■事業の指標", bold=True, size=11)
    h = 9
    for c, word in [
        (1, "No."),
        (2, "事業名"),
        (3, "指標名"),
        (4, "単位"),
        (5, "現状値\n（R5見込）"),
        (9, "担当課"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 6, "目標値", header=True)
    for c in (7, 8):
        _put(ws, h, c, None, header=True)
    _merge(ws, h, 6, h, 8)
    for c, y in zip((6, 7, 8), ("令和６年度", "令和７年度", "令和８年度")):
        _put(ws, h + 1, c, y, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, jigyo, ka, rows in ATSUGI_JIGYO:
        first = r
        for name, unit, base, targets in rows:
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for c, v in zip(range(5, 9), [base, *targets]):
                _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
            ws.row_dimensions[r].height = 20
            r += 1
        _put(ws, first, 1, no, align="center")
        _put(ws, first, 2, jigyo)
        _put(ws, first, 9, ka)
        for c in (1, 2, 9):
            for rr in range(first + 1, r):
                _put(ws, rr, c, None)
            if r - first > 1:
                _merge(ws, first, c, r - 1, c)
    _text(
        ws,
        r + 1,
        1,
        "※現状値は令和5年度の見込値（令和6年1月時点）。目標値は各年度の単年度の値。",
        size=8,
    )
    _page(ws, "portrait")
    path = HERE / "atsugi_jisshi_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------- 桐生市

KIRYU_GOALS = [
    (
        "基本目標１　地域の資源を活用した魅力ある雇用を創出する",
        [
            ("企業誘致件数", "3", ["2", "4", "3"], ["5", "5"]),
            ("新規創業者数※", "28", ["31", "36", "40"], ["35", "45"]),
        ],
    ),
    (
        "基本目標２　人口の市外流出に歯止めをかけ、移住・定住を促進するとともに、交流人口の拡大による地域の活性化を目指す",
        [
            ("移住相談件数", "96", ["210", "248", "265"], ["200", "300"]),
            (
                "観光入込客数※",
                "2,561,300",
                ["1,892,400", "2,210,800", "2,305,100"],
                ["2,700,000", "2,600,000"],
            ),
        ],
    ),
]

KIRYU_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期桐生市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の進捗状況（令和6年度実績）｜桐生市ホームページ</title>
<style>
body {{ font-family: "Noto Sans CJK JP", sans-serif; font-size: 15px; margin: 1em 2em; }}
.breadcrumb {{ font-size: 13px; }}
.breadcrumb li {{ display: inline; }}
.breadcrumb li + li::before {{ content: " > "; }}
.date {{ text-align: right; font-size: 13px; }}
table {{ border-collapse: collapse; margin-bottom: 0.5em; }}
th, td {{ border: 1px solid #666; padding: 4px 8px; }}
thead th {{ background: #e8eef5; }}
td.num {{ text-align: right; }}
p.tani {{ text-align: right; font-size: 13px; margin-bottom: 2px; }}
p.note {{ font-size: 13px; }}
</style>
</head>
<body>
<ul class="breadcrumb">
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・構想</a></li>
<li>第2期桐生市まち・ひと・しごと創生総合戦略 KPIの進捗状況</li>
</ul>
<main>
<h1>第2期桐生市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の進捗状況（令和6年度実績）</h1>
<p class="date">ページ番号1019359　更新日 2025年10月1日　担当：企画課</p>
<p>桐生市は面積274.45km²、人口99,582人（2024年7月1日現在推計）のまちで、奈良時代から絹織物の産地として知られ、桐生織は「西の西陣、東の桐生」と称されてきました。</p>
<p>本市は2020（令和2）年3月に「第2期桐生市まち・ひと・しごと創生総合戦略」を桐生市第六次総合計画と一体的に策定し、2024（令和6）年には計画期間を3か年延長して目標値を見直しました。総合計画では、令和9年に約99,600人の人口の維持を目指しています。各基本目標の重要業績評価指標（KPI）の進捗は次のとおりです。</p>
{tables}
<p class="note">※目標値の「当初」は策定時（令和2年3月）に定めた令和6年度の目標、「改定後」は計画期間の延長（3か年）に伴い令和6年3月に見直した令和9年度の目標です。</p>
<p class="note">※観光入込客数は群馬県観光客数・消費額調査（推計）によります。</p>
</main>
<footer><p>桐生市役所　〒376-8501 群馬県桐生市織姫町1番1号</p></footer>
</body>
</html>
"""


def _kiryu_tables() -> str:
    out = []
    for heading, kpis in KIRYU_GOALS:
        out.append(f"<h2>{heading}</h2>")
        out.append('<p class="tani">（単位：件　※印を付した指標は人）</p>')
        out.append("<table>")
        out.append("<thead>")
        out.append(
            '<tr><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">基準値<br>（H30）</th>'
            '<th scope="colgroup" colspan="3">実績値</th><th scope="colgroup" colspan="2">目標値</th></tr>'
        )
        out.append(
            '<tr><th scope="col">R4</th><th scope="col">R5</th><th scope="col">R6</th>'
            '<th scope="col">当初<br>（R6）</th><th scope="col">改定後<br>（R9）</th></tr>'
        )
        out.append("</thead>")
        out.append("<tbody>")
        for name, base, actuals, targets in kpis:
            cells = "".join(f'<td class="num">{v}</td>' for v in [base, *actuals, *targets])
            out.append(f'<tr><th scope="row">{name}</th>{cells}</tr>')
        out.append("</tbody>")
        out.append("</table>")
    return "\n".join(out)


def build_kiryu() -> Path:
    path = HERE / "kiryu_senryaku_kpi_r6.html"
    path.write_text(KIRYU_HTML.format(tables=_kiryu_tables()), encoding="utf-8", newline="\n")
    print(f"wrote {path.name}")
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    for src in (build_narashino(), build_toda()):
        if not no_pdf:
            to_pdf(src)
    build_atsugi()
    build_kiryu()


if __name__ == "__main__":
    main()
