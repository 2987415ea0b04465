"""Build the built documents of forms197/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yame_kpi_suii_r5.xlsx``, a 第2期総合戦略 KPI 推移表 in the manner of 八女市 (福岡県):
  **a two-row header whose top row names the state of the figures, not their role** (``確定値``
  over three era-less years, ``速報値`` over one, ``着地見込`` over one, beside ``基準値`` and
  ``目標値``; no cell says 実績), **速報値 cells that carry the months they cover**
  (``188（4～12月）``), ``千人``, a ``―`` forecast, a count line and a money note; and the PDF;
* ``source/misasa_chukan_hyoka_r5.xlsx``, a 総合計画 中間評価シート in the manner of 三朝町 (鳥取県):
  form fields (基本理念, 将来像, 施策, 担当課), an A–E legend, **targets written as trend words**
  (``減少傾向へ`` / ``増加傾向へ``) beside numeric ones, **a ``対象`` column of population groups
  with ages** (``40～74歳（国保）``, ``20歳以上``, ``3歳児``), ``―（調査なし）`` graded ``E``; and the PDF;
* ``source/akiota_kpi_nendobetsu_r5.xlsx``, a 地域再生計画 KPI sheet in the manner of 安芸太田町
  (広島県): a years-down grid (``事業開始前（R元）``, era-less ``2年度`` … ``6年度（見込）``) whose
  top header row spans unevenly, **``単年度 | 累計`` sub-columns under two KPIs**, **each KPI's
  target only in its column header** (``【目標（R6）：累計100】``), a money column; and the PDF;
* ``nishimera_kpi_jisseki_r5.html``, a 総合戦略 KPI page in the manner of 西米良村 (宮崎県):
  a two-row ``<thead>`` whose top row spans unevenly (``基準値`` 1, ``実績値`` 4, ``最終年度`` 2 over
  ``目標 | 見込``), **era-less year headers whose era stands only in an ``<abbr title>``**
  (``<abbr title="平成30年度">30年度</abbr>`` beside ``令和2年度`` … ``令和6年度``), **a zero with
  its reason** (``0（受入休止）``), ``約27,000`` as a forecast, a ``―`` forecast.

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
    wb.properties.creator = "forms197/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms197/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms197_soffice_") as tmp:
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


def _field(
    ws, row: int, label: str, value, c_label: tuple[int, int], c_value: tuple[int, int], height=20
):
    """A bordered form field: a shaded label merged over c_label, its value merged over c_value."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 八女市 (福岡県): 第2期まち・ひと・しごと創生総合戦略 KPIの推移（令和5年度検証）
# --------------------------------------------------------------------------------------------

# Real: the area 482.44㎢ after the 平成22年 merger of 八女市 with 2町2村 (黒木町・立花町・矢部村・
# 星野村), 61,524人 on 2021-08-31, the 2060 projection 26,925人 (41.8% of 2015's 64,408人), the
# wording of 基本目標2, 企画財政課, 八女伝統工芸館 and the tea. Made up: the sheet, every KPI and figure.
YM_ROWS = [
    ("1", "観光入込客数", "千人", 2286, 1318, 1542, 1937, 2104, 2250, 2400),
    ("2", "移住・定住相談窓口への相談件数", "件", 164, 198, 236, 251, "188（4～12月）", 270, 250),
    ("3", "移住支援制度を利用した転入者数", "人", 41, 46, 58, 63, "49（4～12月）", 72, 80),
    ("4", "八女伝統工芸館の入館者数", "人", 41380, 14206, 22917, 30455, 35812, "―", 45000),
    ("5", "ふるさと納税の寄附件数", "件", 21460, 35872, 48115, 62309, 70148, 72000, 60000),
]


def yame() -> Path:
    wb, ws = _sheet("KPI推移", [6, 34, 7, 10, 10, 10, 10, 14, 11, 11])
    _text(
        ws,
        1,
        1,
        "第2期八女市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の推移（令和5年度検証）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　八女市企画財政課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        (
            "市の概況",
            "面積482.44㎢（平成22年2月、八女市と黒木町・立花町・矢部村・星野村の1市2町2村が合併）、人口61,524人（令和3年8月31日時点）",
        ),
        ("将来推計", "2060年に26,925人（2015年国勢調査の64,408人の41.8%）まで減少する見込み"),
        ("関連事業費（R5決算・千円）", "84,360（うちデジタル田園都市国家構想交付金 37,800）"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 10))
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "凡例：確定値＝公表済みの統計値　速報値＝集計途中の値（集計した期間を括弧内に記載）　着地見込＝令和6年8月末時点の年度末の見込み　―＝把握できないもの",
        size=8,
    )
    _text(
        ws, r + 3, 1, "基本目標２　訪れ・住み・交流する新しいひとの流れをつくる", bold=True, size=11
    )
    h = r + 4
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位")],
        [
            (4, 4, "基準値", ["元年度"]),
            (5, 7, "確定値", ["2年度", "3年度", "4年度"]),
            (8, 8, "速報値", ["5年度"]),
            (9, 9, "着地見込", ["6年度"]),
            (10, 10, "目標値", ["6年度"]),
        ],
    )
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals in YM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "着地見込で目標値に達するKPI：5項目中2項目（No.2、No.5）",
            "※No.1は福岡県観光入込客推計調査によります（確定値は翌年度の秋に公表されます）。",
            "※No.4の着地見込は、八女伝統工芸館の改修工事（令和6年10月～令和7年2月に休館予定）のため「―」としています。",
            "※ふるさと納税の寄附額は、令和5年度 28億4,600万円（速報値）でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yame_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三朝町 (鳥取県東伯郡): 第11次三朝町総合計画 中間評価シート
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its 基本理念 and 将来像, 233.52㎢, 三朝温泉 (ラジウム泉), 三佛寺投入堂 (三徳山),
# the population 8,880人 (昭和60年) and 7,024人 (平成22年). Made up: the sheet, period, 施策, 課, every
# indicator, 対象, figure, target, grade and note.
MS_ROWS = [
    ("1", "特定健康診査の受診率", "40～74歳（国保）", "％", 36.8, 43.1, 60.0, "B"),
    (
        "2",
        "メタボリックシンドローム該当者・予備群の割合",
        "40～74歳（国保）",
        "％",
        29.4,
        31.2,
        "減少傾向へ",
        "D",
    ),
    (
        "3",
        "週1回以上、温泉を健康づくりに利用している人の割合",
        "20歳以上",
        "％",
        41.6,
        46.3,
        "増加傾向へ",
        "A",
    ),
    ("4", "むし歯のない3歳児の割合", "3歳児", "％", 78.9, 88.2, 90.0, "B"),
    ("5", "成人の喫煙率", "20歳以上", "％", 16.4, "―（調査なし）", 12.0, "E"),
]


def misasa() -> Path:
    wb, ws = _sheet("中間評価", [5, 40, 15, 6, 10, 10, 11, 6])
    _text(ws, 1, 1, "第11次三朝町総合計画　中間評価シート（成果指標の状況）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年3月　三朝町健康福祉課", align="right")
    fields = [
        ("基本理念", "「まち」と「ひと」個性が交響する町づくり"),
        ("将来像", "笑顔と元気があふれ 輝く町"),
        ("計画期間", "令和元年度～令和10年度（10年間）　中間評価：令和5年度"),
        (
            "町の概要",
            "面積233.52㎢。ラジウム泉の三朝温泉と国宝 三佛寺投入堂（三徳山）の町。人口は昭和60年の8,880人から平成22年には7,024人に減少",
        ),
        ("施策", "3-1　生涯を通じた健康づくりの推進"),
        ("担当課", "健康福祉課"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 8), height=30 if label == "町の概要" else 20)
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "【評価】A：目標値に達した　B：目標値に達していないが改善傾向にある　C：変わらない（策定時から±1ポイント未満）",
        size=8,
    )
    _text(ws, r + 2, 1, "　　　　D：悪化している　E：評価困難", size=8)
    _text(ws, r + 4, 1, "■成果指標の中間評価", bold=True, size=11)
    h = r + 5
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "対象",
            "単位",
            "策定時\n（H29）",
            "中間評価時\n（R4）",
            "目標値\n（R10）",
            "評価",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, target_group, unit, *vals, grade in MS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, target_group, align="center")
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, float):
                _put(ws, r, 5 + j, v, fmt="0.0")
            else:
                _put(ws, r, 5 + j, v, align="center")
        _put(ws, r, 8, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価の内訳：A 1項目、B 2項目、C 0項目、D 1項目、E 1項目（計5項目）",
            "※中間評価時の値は、No.1・2が特定健診法定報告、No.3・5が町民健康づくりアンケート（令和4年11月実施、回答1,126人）、",
            "　No.4が3歳児健康診査によります。",
            "※No.5は、令和4年度のアンケートで喫煙の設問を設けなかったため「―（調査なし）」とし、評価をE（評価困難）としました。",
            "※「減少傾向へ」「増加傾向へ」は、策定時の値からの傾向を目標とするものです。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "misasa_chukan_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 安芸太田町 (広島県山県郡): 安芸太田町まち・ひと・しごと創生推進計画 KPIの年度別実績
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 企画課, the population 8,784人 (平成16年10月) → 5,784人 (令和元年10月1日), the
# 高齢化率 50.2%, the 平成30年 社会減 85人 and 自然減 139人, 三段峡, 森林セラピー. Made up: the sheet,
# period, every KPI, figure, target and money.
AK_HEAD = [
    "KPI①\n町の支援制度による移住者数（人）\n【目標（R6）：累計100】",
    "KPI②\n空き家バンクの成約件数（件）\n【目標（R6）：累計40】",
    "KPI③\n三段峡の観光入込客数（千人）\n【目標（R6）：300.0】",
    "KPI④\n森林セラピー体験者数（人）\n【目標（R6）：1,500】",
]
AK_ROWS = [
    ("事業開始前（R元）", 12, "―", 5, "―", 312.4, 1124, "―"),
    ("2年度", 14, 14, 6, 6, 168.9, 386, 18420),
    ("3年度", 19, 33, 8, 14, 184.2, 612, 21075),
    ("4年度", 21, 54, 7, 21, 246.7, 958, 23680),
    ("5年度", 17, 71, 9, 30, 281.5, 1243, 22914),
    ("6年度（見込）", 20, 91, 8, 38, 290.0, 1520, 24300),
]


def akiota() -> Path:
    wb, ws = _sheet("KPI年度別実績", [16, 12, 12, 12, 12, 19, 19, 12])
    _text(
        ws,
        1,
        1,
        "安芸太田町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の年度別実績",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和6年6月　安芸太田町企画課", align="right")
    fields = [
        ("地域再生計画の名称", "安芸太田町まち・ひと・しごと創生推進計画"),
        ("担当課", "企画課"),
        ("計画期間", "令和2年4月1日～令和7年3月31日"),
        (
            "町の人口",
            "平成16年10月の新町発足時 8,784人 → 令和元年10月1日 5,784人（高齢化率50.2%、県内最高）",
        ),
        ("人口動態（平成30年）", "社会減85人、自然減139人"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 8))
        r += 1
    _text(ws, r + 1, 1, "■KPIの年度別実績", bold=True, size=11)
    h = r + 2
    _put(ws, h, 1, "年度", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    for k, (c1, c2) in enumerate([(2, 3), (4, 5)]):
        _span(ws, h, c1, c2, AK_HEAD[k], header=True)
        _put(ws, h + 1, c1, "単年度", header=True)
        _put(ws, h + 1, c2, "累計", header=True)
    for k, c in enumerate([6, 7]):
        _put(ws, h, c, AK_HEAD[2 + k], header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 8, "関連事業費\n（千円）", header=True)
    _put(ws, h + 1, 8, None, header=True)
    _merge(ws, h, 8, h + 1, 8)
    ws.row_dimensions[h].height = 52
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for label, *vals in AK_ROWS:
        _put(ws, r, 1, label, align="center")
        _vals(ws, r, 2, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※累計は令和2年度からの合計です。KPI①・②の目標は、計画期間（5年間）の累計値です。",
            "※6年度（見込）は令和6年5月末時点の見込みです。",
            "※三段峡の観光入込客数は、令和2・3年度に新型コロナウイルス感染症の影響で大きく減少しました。",
            "※関連事業費は、移住・定住と観光振興の事業の決算額（6年度は予算額）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "akiota_kpi_nendobetsu_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西米良村 (宮崎県児湯郡): 第2期総合戦略 KPIの実績
# --------------------------------------------------------------------------------------------

# Real: 271.51k㎡ and 96% forest, 1,694人 (平成2年国勢調査) and 1,190人 (平成29年9月1日), the 平成8年
# turn to 交流人口の拡大, the 西米良型ワーキングホリデー制度 of 1998 (平成10年), おがわ作小屋村, ゆず,
# むら創生課. Made up: the page, its date, 基本目標, every KPI, figure and note.
NM_ROWS = [
    (
        "西米良型ワーキングホリデーの参加者数",
        "人",
        "48",
        "0（受入休止）",
        "12",
        "31",
        "44",
        "60",
        "52",
    ),
    (
        "おがわ作小屋村の利用者数",
        "人",
        "28,460",
        "9,812",
        "14,305",
        "21,774",
        "25,190",
        "30,000",
        "約27,000",
    ),
    ("移住相談を経て村内に転入した人数", "人", "6", "4", "7", "9", "8", "10", "11"),
    (
        "村内宿泊施設の延べ宿泊者数",
        "人泊",
        "6,240",
        "2,118",
        "3,406",
        "4,985",
        "5,630",
        "6,500",
        "5,900",
    ),
    ("ゆずの出荷量", "t", "38.5", "41.2", "36.9", "44.0", "39.7", "45.0", "―"),
]


def _abbr(era_year: str, shown: str) -> str:
    return f'<abbr title="{era_year}">{shown}</abbr>'


NM_HEAD = f"""<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th>基準値</th><th colspan="4">実績値</th><th colspan="2">最終年度</th></tr>
<tr><th>{_abbr("平成30年度", "30年度")}</th><th>{_abbr("令和2年度", "2年度")}</th><th>{_abbr("令和3年度", "3年度")}</th><th>{_abbr("令和4年度", "4年度")}</th><th>{_abbr("令和5年度", "5年度")}</th><th>目標（{_abbr("令和6年度", "6年度")}）</th><th>見込（{_abbr("令和6年度", "6年度")}）</th></tr>
</thead>"""


def nishimera_html() -> str:
    rows = []
    for name, unit, *vals in NM_ROWS:
        rows.append(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>西米良村まち・ひと・しごと創生総合戦略（第2期） 重要業績評価指標（KPI）の実績 - 西米良村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
abbr {{ text-decoration: none; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>西米良村まち・ひと・しごと創生総合戦略（第2期） 重要業績評価指標（KPI）の実績</h1>
<p>更新日：令和6年8月30日　担当：むら創生課</p>
<p>西米良村は宮崎県の中央西端、熊本県との県境にある面積271.51k㎡の村で、その96%を森林が占めています。平成2年の国勢調査で1,694人だった人口は、平成29年9月1日現在で1,190人となりました。村では平成8年から「交流人口の拡大」を柱とする村づくりを進め、平成10年（1998年）には全国に先駆けて「西米良型ワーキングホリデー制度」を始めました。</p>
<p>第2期総合戦略（令和2年度～令和6年度）に掲げた重要業績評価指標（KPI）について、基準値、各年度の実績値、最終年度の目標値と見込値をお示しします。</p>
<h2>基本目標２　交流から定住へ、西米良への新しいひとの流れをつくる</h2>
<table>
{NM_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※見込は令和6年7月末時点の見込みです。ゆずの出荷量は、収穫期（10～12月）の前のため「―」としています。</p>
<p>※令和2年度は、新型コロナウイルス感染症の影響により、ワーキングホリデーの受入れを休止しました（受入農家10戸）。</p>
<p>※KPI5項目のうち、見込で目標値に達するのは1項目です。</p>
<p>お問い合わせ：西米良村 むら創生課</p>
</body>
</html>
"""


def nishimera() -> Path:
    path = HERE / "nishimera_kpi_jisseki_r5.html"
    path.write_bytes(nishimera_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yame, misasa, akiota):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nishimera().name}")


if __name__ == "__main__":
    main()
