# ruff: noqa: E501
"""Build the built documents of forms233/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/okinoshima_kaso_tassei_r5.xlsx``, a 過疎地域持続的発展計画 評価指標の達成状況 in the manner of
  隠岐の島町 (島根県): form fields (担当課, 計画の期間, 町の概況, 過疎対策事業債), then a grid whose
  ``評価指標【単位】`` cells **end each name in its unit in 【】** (``【人／年】``, ``【万人回】``, ``【万人】``,
  ``【千人】``, ``【人（R3からの累計）】``), no 単位 column, **a ``万人回`` row** (the 共通基準's 人回 under a
  scale word), ``令和5年度`` spanning ``目標 | 実績``, a ○/× 評価 with its legend; and the PDF;
* ``source/tano_koka_kensho_r5.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 田野町 (高知県):
  form fields (事業名, 担当課, money, 町の概況), ``KPI①``–``KPI④`` under ``事業開始前（R2） | R3実績 | R4実績 |
  令和5年度 (目標 | 実績 | 達成状況) | 最終目標（R7）``, **value cells carrying a 外数 in brackets**
  (``10（4）``, ``1,865（608）``) that a note keeps out of the KPI, **a ``人日`` (person-days) row**, ``百万円``;
  and the PDF;
* ``source/setouchi_kpi_jokyo_r5.xlsx``, a 総合戦略 KPI sheet in the manner of 瀬戸内町 (鹿児島県): a bordered
  町の概況, bold ``基本目標１　…``, one grid headed ``重要業績評価指標（KPI）及び目標値 | 基準値（R元） | R4実績 |
  R5実績 | 基準値比（R5）`` whose **KPI cells hold the name, a run of leader dots and the target with its
  year** (``①クロマグロ養殖の出荷尾数……5.2万尾/年（R7）``), **every value cell carrying its scale word and
  a per-year unit** (``4.1万尾/年``, ``9,800万円/年``, ``1.1億円/年``), no 単位 column; and the PDF;
* ``kunigami_kpi_shinchoku_r5.html``, a 総合戦略 KPI page in the manner of 国頭村 (沖縄県): breadcrumb,
  ``<h1>``, date and 担当 lines, a lead with real figures, ``<h2>基本目標2　…</h2>`` over one table whose
  **target cells are noun phrases with the number first** (``年間45万人の来訪``, ``延べ1万人の参加``,
  ``年間3件の創業``), **a target set as a share of the village's population with the level in brackets**
  (``村人口の1%（約45人）の移住``), ``令和5年度`` spanning ``目標 | 実績``, ``集計中``, 達成/未達成/― 評価.

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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms233/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms233/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms233_soffice_") as tmp:
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


def _fields(ws, r: int, rows, c_label: tuple[int, int], c_value: tuple[int, int]) -> int:
    """Bordered key-value form fields, one a row; returns the next free row."""
    for label, value, height in rows:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 隠岐の島町 (島根県隠岐郡): 過疎地域持続的発展計画 評価指標の達成状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name and period (町 site), 地域振興課, 約1万3千人, 2.28, the 伊丹 daily flight
# (泉佐野市長の視察報告), 44万9,504人 and 22万86人 in 平成29年 (山本ひろし 視察記). Made up: the sheet, every
# 評価指標 and figure, the 過疎債 amount, the notes' wording.
OK_ROWS = [
    ("1", "U・Iターン者数【人／年】", 212, 228, 236, 245, 238, 250, "×"),
    ("2", "観光入込客延べ数【万人回】", 9.8, 11.2, 15.6, 17.0, 18.3, 22.0, "○"),
    ("3", "航路・航空路の利用者数【万人】", 30.4, 33.1, 38.7, 42.0, 41.2, 45.0, "×"),
    ("4", "生活路線バスの利用者数【千人】", 64.2, 61.8, 60.5, 62.0, 63.4, 65.0, "○"),
    ("5", "新規漁業就業者数【人（R3からの累計）】", "―", 2, 5, 6, 7, 10, "○"),
]


def okinoshima() -> Path:
    wb, ws = _sheet("評価指標の達成状況", [6, 40, 11, 10, 10, 10, 10, 11, 8])
    _text(
        ws,
        1,
        1,
        "隠岐の島町過疎地域持続的発展計画　評価指標の達成状況（令和5年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和6年9月", align="right")
    r = _fields(
        ws,
        4,
        [
            ("担当課", "地域振興課", 18),
            ("計画の期間", "令和3年4月1日から令和8年3月31日まで（5年間）", 18),
            (
                "町の概況",
                "島後（隠岐の島）の全域。人口は約1万3千人、合計特殊出生率は2.28。伊丹空港とは1日1往復の定期便で結ばれている。",
                30,
            ),
            ("過疎対策事業債（R5借入額・千円）", 1286400, 18),
        ],
        (1, 2),
        (3, 9),
    )
    _text(ws, r + 1, 1, "２　評価指標の達成状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "評価指標【単位】"),
            (3, "基準値\n（R2）"),
            (4, "R3実績"),
            (5, "R4実績"),
            (8, "目標値\n（R7）"),
            (9, "評価"),
        ],
        [(6, 7, "令和5年度", ["目標", "実績"])],
    )
    r = h + 2
    for no, name, *vals, mark in OK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 3 + j, v, align="center" if v == "―" else "right", fmt=fmt)
        _put(ws, r, 9, mark, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価指標の【　】内は単位です。",
            "※「人回」は観光入込客統計に関する共通基準による単位です（1人が町内の複数の観光地点を訪れても1人回と数えます）。",
            "※No.3の平成29年は44万9,504人（うち運賃低廉化事業の利用者22万86人）。基準値（R2）は新型コロナウイルス感染症の影響を受けています。",
            "※評価：○＝令和5年度の目標を達成　×＝未達成",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "okinoshima_kaso_tassei_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 田野町 (高知県安芸郡): 地方創生推進交付金事業 効果検証シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real: 四国一小さなまち, 6.53㎢, 2,733人 (平成27年国勢調査), 約1,000人 (2060年推計), the 完全天日塩製塩体験施設
# and its 町外 fees (800円 / 400円). Made up: the 事業, 課, money, every KPI and figure, the notes' wording.
TN_ROWS = [
    (
        "KPI①　お試し就労（農業ワーキングホリデー）の受入延べ人日",
        "人日",
        0,
        84,
        156,
        200,
        212,
        "達成",
        300,
    ),
    ("KPI②　移住者数", "人", "6（1）", "8（2）", "11（3）", 12, "10（4）", "未達成", 15),
    (
        "KPI③　完全天日塩製塩体験施設の体験者数",
        "人",
        "1,240（356）",
        "1,386（420）",
        "1,702（515）",
        1800,
        "1,865（608）",
        "達成",
        2200,
    ),
    ("KPI④　ふるさと納税寄附額", "百万円", 21.4, 28.6, 35.2, 40.0, 38.9, "未達成", 50.0),
]


def tano() -> Path:
    wb, ws = _sheet("効果検証", [44, 8, 12, 11, 11, 10, 11, 10, 12])
    _text(
        ws,
        1,
        1,
        "地方創生推進交付金事業　効果検証シート（令和5年度実施分）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和6年8月　田野町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("事業名", "四国一小さなまちの「お試し」移住・交流推進事業", 18),
            ("担当課", "産業振興課", 18),
            ("事業期間", "令和3年度～令和7年度（5か年）", 18),
            ("R5事業費（千円）", "12,480（うち交付金 6,240）", 18),
            (
                "町の概況",
                "総面積6.53㎢の四国一小さなまち。人口は2,733人（平成27年国勢調査）で、2060年には約1,000人になると推計されている。",
                30,
            ),
        ],
        (1, 1),
        (2, 9),
    )
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "KPI"),
            (2, "単位"),
            (3, "事業開始前\n（R2）"),
            (4, "R3実績"),
            (5, "R4実績"),
            (9, "最終目標\n（R7）"),
        ],
        [(6, 8, "令和5年度", ["目標", "実績", "達成状況"])],
    )
    r = h + 2
    for name, unit, *vals in TN_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            col = 3 + j
            if col == 8:
                _put(ws, r, col, v, align="center", bold=True)
                continue
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, col, v, align="right", fmt=fmt)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※（　）内は外数です。KPI②は地域おこし協力隊として着任した人数、KPI③は見学のみの来場者数で、いずれもKPIの数値には含みません。",
            "※人日は、受入人数に就労日数を乗じた延べの数です（例：3人が5日間就労した場合は15人日）。",
            "※製塩体験の料金（町外の方）は大人800円、小人400円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tano_koka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 瀬戸内町 (鹿児島県大島郡): 総合戦略 重要業績評価指標（KPI）の状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the 町の概況 (56集落, the three inhabited islands, 9,874人 → 9,042人, 3,614人 in 2060, 自然減76人, 社会減9人,
# 2.01), the products (クロマグロ養殖, たんかん, パッションフルーツ, マンゴー), the 町営 フェリーかけろま and its
# 1日7往復. Made up: the sheet, the 基本目標's use, every KPI, figure and note.
ST_ROWS = [
    (
        "①クロマグロ養殖の出荷尾数",
        "5.2万尾/年（R7）",
        "4.1万尾/年",
        "4.4万尾/年",
        "4.8万尾/年",
        "117%",
    ),
    ("②たんかんの出荷量", "180t/年（R7）", "142t/年", "128t/年", "151t/年", "106%"),
    (
        "③パッションフルーツ・マンゴーの販売額",
        "1.5億円/年（R7）",
        "9,800万円/年",
        "1.1億円/年",
        "1.24億円/年",
        "127%",
    ),
    (
        "④町営定期船「フェリーかけろま」の利用者数",
        "12万人/年（R7）",
        "10.6万人/年",
        "9.8万人/年",
        "10.9万人/年",
        "103%",
    ),
    ("⑤移住相談件数", "60件/年（R7）", "38件/年", "45件/年", "52件/年", "137%"),
]
# Leader dots per KPI cell, counted once so that the targets end near the cell's right edge.
ST_DOTS = {"①": 32, "②": 37, "③": 25, "④": 24, "⑤": 39}


def _leader(name: str, target: str) -> str:
    """``name……target``: leader dots fill the cell between the name and its target."""
    return name + "…" * ST_DOTS[name[0]] + target


def setouchi() -> Path:
    wb, ws = _sheet("KPIの状況", [70, 14, 14, 14, 12])
    _text(
        ws,
        1,
        1,
        "瀬戸内町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 5, "令和6年7月　瀬戸内町", align="right")
    _span(ws, 4, 1, 5, "町の概況", header=True)
    _span(
        ws,
        5,
        1,
        5,
        "奄美大島の最南端に位置し、加計呂麻島・請島・与路島の有人3島を含む56の集落からなる。人口は平成22年の9,874人から平成27年国勢調査で9,042人に減少し、2060年には3,614人になると推計されている。令和元年は76人の自然減、9人の社会減で、合計特殊出生率は2.01。古仁屋と加計呂麻島は町営フェリーが1日7往復で結んでいる。",
        align="left",
    )
    ws.row_dimensions[5].height = 36
    _text(ws, 7, 1, "基本目標１　雇用創出による活力あふれる躍動するシマ", bold=True, size=11)
    heads = [
        "重要業績評価指標（KPI）及び目標値",
        "基準値\n（R元）",
        "R4実績",
        "R5実績",
        "基準値比\n（R5）",
    ]
    for j, word in enumerate(heads):
        _put(ws, 8, 1 + j, word, header=True)
    ws.row_dimensions[8].height = 28
    r = 9
    for name, target, *vals, ratio in ST_ROWS:
        _put(ws, r, 1, _leader(name, target))
        for j, v in enumerate(vals):
            _put(ws, r, 2 + j, v, align="right")
        _put(ws, r, 5, ratio, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPI欄の「……」の後ろは、目標値と目標年度です。",
            "※基準値比は、R5実績÷基準値です。①は町内3事業者の合計です。",
            "※令和5年度の地方創生推進交付金を充当した事業費は3,420万円でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "setouchi_kpi_jokyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 国頭村 (沖縄県国頭郡): 第2期総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 4,908人 (2015年国勢調査), 3,011人 (2045年推計), 43人 自然減 and 84人 社会減 (2018年), 1.79 (2015年), 約47万人
# (平成21年度 辺戸岬), 約12万人 (宿泊), 総務課, 森林セラピー基地, 比地大滝, やんばる. Made up: the page, 基本目標,
# every KPI, figure, 評価 and note.
KG_ROWS = [
    (
        "観光入込客数（辺戸岬・比地大滝ほか主要地点）",
        "約42万人",
        "年間45万人の来訪",
        "43.6万人",
        "年間50万人の来訪",
        "未達成",
    ),
    (
        "やんばる国立公園のエコツアー参加者数",
        "8,420人",
        "延べ1万人の参加",
        "延べ10,380人",
        "延べ1.2万人の参加",
        "達成",
    ),
    (
        "移住者数",
        "31人",
        "村人口の1%（約45人）の移住",
        "38人",
        "村人口の1.2%（約53人）の移住",
        "未達成",
    ),
    ("村内での新規創業件数", "2件", "年間3件の創業", "4件", "年間4件の創業", "達成"),
    (
        "国頭村森林セラピー基地の利用者数",
        "1,150人",
        "年間1,400人の利用",
        "集計中",
        "年間1,500人の利用",
        "―",
    ),
]


def kunigami_html() -> str:
    rows = []
    for name, base, t5, a5, t6, mark in KG_ROWS:
        rows.append(
            f'<tr><th scope="row">{name}</th><td class="num">{base}</td><td>{t5}</td>'
            f'<td class="num">{a5}</td><td>{t6}</td><td class="c">{mark}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期国頭村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - 国頭村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; まち・ひと・しごと創生総合戦略</p>
<h1>第2期国頭村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</h1>
<p>更新日：令和6年10月1日</p>
<p>担当：総務課</p>
<p>本村の人口は2015年の国勢調査で4,908人となり、2045年には3,011人になると推計されています。2018年には43人の自然減、84人の社会減となり、合計特殊出生率は1.79（2015年）です。平成21年度の辺戸岬の入込者数は約47万人、リゾート施設の宿泊は約12万人と推計されていました。総合戦略に掲げた重要業績評価指標（KPI）について、令和5年度の進捗状況を取りまとめました。</p>
<h2>基本目標2　やんばるの自然と文化を活かし、新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">基準値<br>（R元）</th><th colspan="2">令和5年度</th><th rowspan="2">最終目標<br>（R6）</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※移住者数の目標は、村の人口（住民基本台帳、令和2年4月1日現在4,452人）に対する割合で定め、（　）内にその人数を示しています。</p>
<p>※森林セラピー基地の令和5年度実績は集計中のため、評価を「―」としています。</p>
</body>
</html>
"""


def kunigami() -> Path:
    path = HERE / "kunigami_kpi_shinchoku_r5.html"
    path.write_bytes(kunigami_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (okinoshima, tano, setouchi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kunigami().name}")


if __name__ == "__main__":
    main()
