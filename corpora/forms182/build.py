# ruff: noqa: E501
"""Build the built documents of forms182/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/rausu_seika_shihyo_r6.xlsx``, a 総合計画 成果指標 sheet in the manner of 羅臼町 (北海道):
  form fields (将来目標, 計画期間, 施策, 担当課, a 現状 paragraph full of fishery figures) over a grid
  with no 単位 column: **the only units are in a line beside the heading that assigns one unit to
  each kind of figure, ``（単位：数量＝t、金額＝百万円、人数＝人、割合＝％）``**, and **a ``区分``
  column whose words (``数量``, ``金額``, ``人数``, ``割合``) pick the unit out of that line**, one
  name merged over its ``数量`` and ``金額`` rows; and the PDF;
* ``source/nishimeya_kpi_kensho_r7.xlsx``, a 総合戦略 KPI 検証 sheet in the manner of 西目屋村 (青森県):
  **each KPI cell holds the name and, in brackets, its target (``（目標：令和7年度 7万人/年）``,
  ``（目標：5年間で延べ30人）``, ``（目標：現状維持）``)**, no target column, and **per-year units
  with a scale word in the 単位 column (``千人/年``)** beside ``人/年``, ``千円`` and ``人``; and the PDF;
* ``source/tanohata_senryaku_kensho_r6.xlsx``, a 総合戦略 KPI sheet in the manner of 田野畑村 (岩手県):
  one small block per KPI, **each KPI and its target stated only as the sentence in the block's
  title row (``KPI②　…乗船者数を、令和6年度に1万2千人とする。``)**, then a year row
  (``R元（基準）`` … ``R6``) and one value row whose **label carries the unit and scale
  (``実績（千人）``, ``実績（件・累計）``)**; 効果検証 rows with figures and a ``（参考）村の人口`` block in
  the same form; and the PDF;
* ``hinoemata_kanko_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 檜枝岐村 (福島県):
  **the unit of the whole table in the top-left corner cell of the ``<thead>``
  (``（単位：千人）``)**, one name ending in its own unit ``（人）``, and **provisional figures marked
  with a trailing ``p`` (``82.3p``)**, explained by a legend line above the table.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

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
FIXED = dt.datetime(2026, 12, 10, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms182/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms182/build.py"
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
                    rb"\g<1>2026-12-10T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 10, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms182_soffice_") as tmp:
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


def _fields(ws, row: int, pairs, spans) -> int:
    """Bordered label | value rows; ``spans`` gives (label c1, c2, value c1, c2) per pair slot."""
    for line in pairs:
        for (l1, l2, v1, v2), (label, value) in zip(spans[len(line)], line, strict=True):
            _span(ws, row, l1, l2, label, header=True)
            _span(ws, row, v1, v2, value, align="left")
        ws.row_dimensions[row].height = 20
        row += 1
    return row


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
# 羅臼町 (北海道目梨郡): 第8期羅臼町総合計画 成果指標の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name and its 将来目標 (町 site, 第8期羅臼町総合計画, from 令和6年度, 8 years), 産業創生課
# (町 recruiting page), the population 4,821人 (2020-09-30), 羅臼漁協's 453 組合員 with 309 in 昆布漁業
# and 190 in 刺網漁業 (浜の活力再生プラン), the 平成24年度 catch 43.2千トン and 127.7億円 (知床白書), 羅臼昆布
# at about 200t a year, the 2024 rise in 漁獲高 on 秋サケ prices and the fall of 昆布 on sea
# temperature (町長's new-year message). Made up: the sheet, its 施策, every indicator value,
# target and note.
RS_UNIT_LINE = "（単位：数量＝t、金額＝百万円、人数＝人、割合＝％）"
RS_ROWS = [
    # (No., name, [(区分, base R4, R5実績, R6目標, R6実績, 目標値R13), ...])
    (
        "1",
        "羅臼漁協の水揚げ",
        [
            ("数量", 38420, 36115, 40000, 33870, 40000),
            ("金額", 10830, 9960, 11000, 11240, 12000),
        ],
    ),
    ("2", "羅臼昆布の生産量", [("数量", 182, 165, 200, 171, 200)]),
    ("3", "観光船の乗船者数", [("人数", 24310, 27650, 26000, 29480, 30000)]),
    (
        "4",
        "漁業就業者に占める40歳未満の割合",
        [("割合", 21.4, 21.0, 22.0, 20.6, 25.0)],
    ),
]


def rausu() -> Path:
    wb, ws = _sheet("成果指標", [6, 34, 10, 14, 12, 12, 12, 13])
    _text(
        ws,
        1,
        1,
        "第8期羅臼町総合計画　基本計画　成果指標の進捗状況（令和6年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 8, "令和7年8月　羅臼町", align="right")
    spans = {2: [(1, 2, 3, 4), (5, 6, 7, 8)], 1: [(1, 2, 3, 8)]}
    r = _fields(
        ws,
        4,
        [
            [("将来目標", "ひと・まち・自然いきいき未来創造　～魚の城下町らうす～")],
            [
                ("計画期間", "令和6年度～令和13年度（8年間）"),
                ("町の人口", "4,821人（令和2年9月30日）"),
            ],
            [("施策", "1-1　海と知床を活かした産業の振興"), ("担当課", "産業創生課")],
        ],
        spans,
    )
    _span(ws, r, 1, 2, "■現状", header=True)
    _span(
        ws,
        r,
        3,
        8,
        "羅臼漁業協同組合の組合員は453名（うち昆布漁業309名、刺網漁業190名）。平成24年度の漁獲量は43.2千トン、"
        "生産額は127.7億円であったが、主要魚種の漁獲減少により水揚げは落ち込んでいる。令和6年は秋サケの単価高騰で"
        "漁獲高が前年を上回った一方、羅臼昆布（例年200t前後）は海水温の上昇により生産量が減少している。",
        align="left",
    )
    ws.row_dimensions[r].height = 44
    r += 2
    _text(ws, r, 1, "■成果指標の進捗状況", bold=True, size=11)
    _text(ws, r, 8, RS_UNIT_LINE, align="right")
    r += 1
    heads = [
        "No.",
        "成果指標",
        "区分",
        "基準値\n（R4）",
        "R5実績",
        "R6目標",
        "R6実績",
        "目標値\n（R13）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, parts in RS_ROWS:
        top = r
        for kind, *vals in parts:
            _put(ws, r, 1, no if r == top else None, align="center")
            _put(ws, r, 2, name if r == top else None)
            _put(ws, r, 3, kind, align="center")
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v)
            ws.row_dimensions[r].height = 22
            r += 1
        if r - top > 1:
            _merge(ws, top, 1, r - 1, 1)
            _merge(ws, top, 2, r - 1, 2)
    _notes(
        ws,
        r + 1,
        [
            "※水揚げは羅臼漁業協同組合の取扱実績、観光船の乗船者数は町内5社の合計です。",
            "※R6目標は前期実施計画（令和6年度～令和9年度）の年度目標、目標値（R13）は計画最終年度の目標です。",
            "※成果指標に関連する令和6年度の事業費は184,520千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "rausu_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西目屋村 (青森県中津軽郡): 第2期総合戦略 重要業績評価指標（KPI）の検証結果（令和7年度）
# --------------------------------------------------------------------------------------------

# Real: the population 1,415人 (平成27年国勢調査), the area 24,658ha of which 93.3% forest (林野庁 事例),
# 白神山地 (世界自然遺産 平成5年), 暗門の滝, 津軽ダム (平成28年10月) and its lake 津軽白神湖, the
# 水陸両用バス「津軽白神号」, the village's three 温泉 and its ジビエ from 2021年度 (村長's message;
# 津軽広域連合's page). Made up: the strategy's name and period, the sheet, every KPI, figure,
# target and note.
NM_ROWS = [
    (
        "1",
        "白神山地ビジターセンターの入館者数（目標：令和7年度 7万人/年）",
        "千人/年",
        [62.4, 41.8, 55.3, 60.1, 63.9],
    ),
    (
        "2",
        "水陸両用バス「津軽白神号」の乗車人数（目標：令和7年度 1万人/年）",
        "人/年",
        [7215, 5102, 7880, 9436, 10215],
    ),
    (
        "3",
        "ジビエ加工品の販売額（目標：令和7年度 300万円）",
        "千円",
        ["―", 1120, 1865, 2410, 2980],
    ),
    ("4", "移住・定住者数（目標：5年間で延べ30人）", "人", [3, 6, 5, 7, 8]),
    (
        "5",
        "村内3温泉施設の利用者数（目標：現状維持）",
        "千人/年",
        [118.5, 96.2, 108.4, 112.0, 115.3],
    ),
]


def nishimeya() -> Path:
    wb, ws = _sheet("KPI検証", [6, 52, 10, 12, 11, 11, 11, 11])
    _text(
        ws,
        1,
        1,
        "第2期西目屋村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和7年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和8年6月　西目屋村地方創生推進会議　資料2", align="right")
    spans = {2: [(1, 2, 3, 4), (5, 6, 7, 8)], 1: [(1, 2, 3, 8)]}
    r = _fields(
        ws,
        4,
        [
            [
                ("計画期間", "令和3年度～令和7年度（5年間）"),
                ("村の人口", "1,415人（平成27年国勢調査）"),
            ],
            [
                ("村の面積", "24,658ha（うち森林93.3％）"),
                ("世界自然遺産", "白神山地（平成5年登録）"),
            ],
            [
                (
                    "主な観光資源",
                    "暗門の滝、津軽白神湖（平成28年10月完成の津軽ダム）、水陸両用バス「津軽白神号」、3つの天然温泉",
                )
            ],
        ],
        spans,
    )
    r += 1
    _text(
        ws,
        r,
        1,
        "基本目標２　白神山地の恵みを活かし、新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    r += 1
    _head2(
        ws,
        r,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）（目標）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
        ],
        [(5, 8, "実績値", ["R4", "R5", "R6", "R7"])],
    )
    r += 2
    for no, name, unit, vals in NM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if v == "―":
                _put(ws, r, 4 + j, v, align="center")
            else:
                _put(ws, r, 4 + j, v, fmt="0.0" if isinstance(v, float) else "#,##0")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※（目標：…）は第2期総合戦略に掲げた目標です。「千人/年」は年間の人数を千人単位で示しています。",
            "※ジビエ加工品は令和3年度に販売を開始したため、基準値はありません（―）。",
            "※No.4は各年度に移住・定住支援制度を利用して転入した人数です（令和4年度～令和7年度の合計は26人）。",
            "※令和7年度の交付金対象事業費は21,430千円（うち交付金10,715千円）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nishimeya_kpi_kensho_r7.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 田野畑村 (岩手県下閉伊郡): まち・ひと・しごと創生総合戦略 KPIの推移と効果検証（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the population (3,466人 in the 2015 census, 3,165人 in 2021-05, 住民基本台帳), the end of the
# village's 復旧・復興事業 (2021-09) and the opening of the whole 三陸沿岸道路 (2021-12) (施政方針 R4),
# the 5億2,824万円 received as 金地金 (施政方針 R6), NPO法人体験村・たのはたネットワーク and its 体験学習
# and 民泊 (約20軒で80人), the サッパ船 from 机漁港 (about 1 hour) and the 北山崎 断崖クルーズ. Made up:
# the strategy's period, the sheet, every KPI sentence, figure and note.
TN_YEARS = ["R元（基準）", "R2", "R3", "R4", "R5", "R6"]
TN_BLOCKS = [
    # (title sentence, row label, values R元..R6, comment or None)
    (
        "KPI①　体験学習・教育旅行の受入人数を、令和6年度に4,000人とする。",
        "実績（人）",
        [3280, 412, 1236, 3412, 3786, 4105],
        "体験村・たのはたネットワークと連携し、令和6年度は修学旅行14校を含め4,105人を受け入れた。民泊の受入家庭は約20軒（80人）にとどまる。",
    ),
    (
        "KPI②　北山崎断崖クルーズ（観光船）の乗船者数を、令和6年度に1万2千人とする。",
        "実績（千人）",
        [11.4, 2.9, 5.6, 9.8, 10.6, 11.2],
        "三陸沿岸道路の全線開通（令和3年12月）後、個人客が回復。サッパ船（机漁港発着、約1時間）との周遊を提案する。",
    ),
    (
        "KPI③　空き家バンクの成約件数を、令和6年度までに累計で15件とする。",
        "実績（件・累計）",
        ["―", 2, 5, 7, 10, 16],
        None,
    ),
    (
        "KPI④　移住相談窓口を通じた移住者数を、5年間で延べ60人とする。",
        "実績（人）",
        [7, 8, 11, 14, 12, 16],
        "令和2年度からの5年間の合計は61人。うち子育て世帯は9世帯27人。",
    ),
]
TN_REFERENCE = (
    "（参考）村の人口（各年度末、住民基本台帳）",
    "人口（人）",
    [3268, 3190, 3121, 3054, 2986, 2921],
)


def _tn_block(ws, r: int, title: str, label: str, vals, comment, fill=LIGHT) -> int:
    _span(ws, r, 1, 7, title, bold=True, fill=fill)
    ws.row_dimensions[r].height = 20
    r += 1
    _put(ws, r, 1, "年度", header=True)
    for j, y in enumerate(TN_YEARS):
        _put(ws, r, 2 + j, y, header=True)
    ws.row_dimensions[r].height = 18
    r += 1
    _put(ws, r, 1, label, align="center")
    for j, v in enumerate(vals):
        if v == "―":
            _put(ws, r, 2 + j, v, align="center")
        else:
            _put(ws, r, 2 + j, v, fmt="0.0" if isinstance(v, float) else "#,##0")
    ws.row_dimensions[r].height = 18
    r += 1
    if comment:
        _put(ws, r, 1, "効果検証", align="center")
        _span(ws, r, 2, 7, comment, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    return r + 1


def tanohata() -> Path:
    wb, ws = _sheet("KPIの推移", [16, 12, 11, 11, 11, 11, 11])
    _text(ws, 1, 1, "田野畑村まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の推移と効果検証（令和6年度）", bold=True, size=13)
    _text(ws, 3, 7, "令和7年6月　田野畑村総合戦略推進委員会", align="right")
    _para(
        ws,
        4,
        1,
        7,
        "計画期間：令和2年度～令和6年度。村の人口は3,466人（平成27年国勢調査）から3,165人（令和3年5月、住民基本台帳）"
        "に減少した。令和3年9月に村が事業主体となる全ての復旧・復興事業が完了し、同年12月には三陸沿岸道路が全線開通した。"
        "また、金地金による5億2,824万円のご寄附をいただいた。",
        40,
        border=True,
    )
    _text(ws, 6, 1, "基本目標２　田野畑村への新しいひとの流れをつくる", bold=True, size=11)
    r = 7
    for title, label, vals, comment in TN_BLOCKS:
        r = _tn_block(ws, r, title, label, vals, comment)
    title, label, vals = TN_REFERENCE
    r = _tn_block(ws, r, title, label, vals, None, fill=None)
    _notes(
        ws,
        r,
        [
            "※KPIは第2期総合戦略に掲げた目標の文言のとおり記載しています。",
            "※実績欄の（　）内は数値の単位です。KPI③は令和2年度からの累計です。",
            "※R2・R3は新型コロナウイルス感染症の影響により、教育旅行の中止が相次ぎました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tanohata_senryaku_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 檜枝岐村 (福島県南会津郡): 檜枝岐村総合計画 観光分野の成果指標（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (全国町村会 町村の取組, 2021; 尾瀬檜枝岐温泉観光協会): 390.46km², about 98% forest, 939m, 527人 and
# 196世帯 (令和3年10月末), tourism around 尾瀬 as the main industry since the late Showa 40s,
# 檜枝岐歌舞伎 (over 270 years, 年3回, 県指定重要無形民俗文化財), 歌舞伎伝承館「千葉之家」 (平成24年9月),
# three 日帰り温泉 facilities. Made up: the plan's 施策, the page, 課, every figure, target and note.
HN_ROWS = [
    ("尾瀬国立公園入山者数（檜枝岐村側）", "98.6", "61.2", "78.5", "82.3p", "90.0", "100.0"),
    ("観光入込客数（村全体）", "312.4", "185.7", "241.0", "268.9p", "260.0", "300.0"),
    ("宿泊者数", "96.3", "52.8", "71.4", "79.2p", "80.0", "95.0"),
    ("日帰り温泉施設の利用者数", "164.2", "118.0", "139.5", "151.8p", "150.0", "165.0"),
    ("檜枝岐歌舞伎の観覧者数（人）", "3,480", "―（中止）", "2,150", "2,960", "3,000", "3,500"),
]


def hinoemata_html() -> str:
    rows = "\n".join(
        f'<tr><th scope="row">{name}</th>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, *vals in HN_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>檜枝岐村総合計画 観光分野の成果指標（令和5年度） - 檜枝岐村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
p.legend {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 檜枝岐村総合計画</p>
<h1>檜枝岐村総合計画　観光分野の成果指標（令和5年度）</h1>
<p>令和6年7月　檜枝岐村観光課</p>
<p>本村は面積390.46km²の約98％を山林が占め、役場所在地の標高は939mです。住民基本台帳人口は527人（令和3年10月末、196世帯）で、昭和40年代後半から尾瀬国立公園を中心とした観光業が村の主産業となっています。総合計画に掲げた観光分野の成果指標について、令和5年度の状況を取りまとめました。</p>
<h2>施策3-1　尾瀬と歌舞伎を活かした観光の振興</h2>
<h3>成果指標</h3>
<p class="legend">表中の数値の後の「p」は速報値を示します。</p>
<table>
<thead>
<tr><th rowspan="2">（単位：千人）</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th><th>R5</th><th>R7</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※R5の速報値は、確定値を令和6年秋に公表する予定です。</p>
<p>※檜枝岐歌舞伎は年3回の定期公演の合計で、令和3年度は新型コロナウイルス感染症のため中止しました。歌舞伎伝承館「千葉之家」（平成24年9月開館）の入館者は含みません。</p>
<p>※令和5年度の観光振興関連事業費は38,460千円です。</p>
<p>お問い合わせ：檜枝岐村観光課</p>
</body>
</html>
"""


def hinoemata() -> Path:
    path = HERE / "hinoemata_kanko_shihyo_r5.html"
    path.write_bytes(hinoemata_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (rausu, nishimeya, tanohata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hinoemata().name}")


if __name__ == "__main__":
    main()
