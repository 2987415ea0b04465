"""Build the built documents of forms257/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tara_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 太良町 (佐賀県):
  **half-width katakana units in the 単位 column** (``ﾄﾝ``, ``ｹｰｽ``), **a per-year money unit with
  a scale word** (``千円/年``), ``億円`` with decimals, a ``―`` baseline, a ``主な取組`` column with
  numbers; and the PDF;
* ``source/wakasa_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 若桜町 (鳥取県):
  **each 成果指標 a sentence holding its target, the target year only in the column header**
  (``成果指標と目標（令和6年度）``), **actual cells carrying ``年間`` / ``延べ`` / ``累計`` and scale
  words** (``年間4.1万人``), an A/B/C 評価 with its legend; and the PDF;
* ``source/akamura_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 赤村 (福岡県):
  **活動実績 only as prose lines, each actual followed by its target in brackets**
  (``303日（目標305日）``), **a per-day money unit with a scale word** (``千円/日``), ``百万円``, a
  ``（参考）指定管理料`` money row inside the 成果指標 grid; and the PDF;
* ``yamato_kpi_kensho_r5.html``, a 総合戦略 KPI 検証 page in the manner of 大和村 (鹿児島県):
  **units only in each table's ``<caption>``**, one caption **giving a default unit and an
  exception for one row** (``（単位：人。ただし寄附額は百万円）``), a ``令和5年度`` header spanning
  ``目標 | 実績``, ``約9``.

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
    wb.properties.creator = "forms257/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms257/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms257_soffice_") as tmp:
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


def _row(ws, r, c0, vals, size=9) -> None:
    """Value cells written as text, right-aligned (``―`` centred), so that they print as typed."""
    for j, v in enumerate(vals):
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "A", "B", "C") else "right", size=size)


def _fields(ws, r, pairs, c_label, c_value) -> int:
    """Bordered key-value form rows: label over ``c_label`` (c1, c2), value over ``c_value``."""
    for label, value, height in pairs:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 太良町 (佐賀県藤津郡): 第2期太良町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 面積74.21km², 人口7,973人・3,215世帯 (2024-03-31), 竹崎カニ, みかん, 道の駅太良 and its
# sales of about 3億円 a year (SOURCES.tsv). Made up: the sheet, 課, money, every KPI figure and note.
TR_ROWS = [
    ("1", "竹崎カニの取扱量", "ﾄﾝ", "38.6", "31.2", "29.8", "38.0", "40.0", "稚ガニ放流（年2回）"),
    (
        "2",
        "道の駅太良の販売額",
        "千円/年",
        "298,400",
        "312,560",
        "305,120",
        "320,000",
        "330,000",
        "みかん・かき等の直売",
    ),
    (
        "3",
        "贈答用みかんの出荷量",
        "ｹｰｽ",
        "12,400",
        "11,850",
        "12,960",
        "12,800",
        "13,000",
        "ふるさと納税返礼品と連携",
    ),
    (
        "4",
        "新規就業者数（漁業・農業、R2からの累計）",
        "人",
        "―",
        "6",
        "9",
        "8",
        "10",
        "就業支援金（月15万円）",
    ),
    (
        "5",
        "太良町産品のふるさと納税寄附額",
        "億円",
        "2.15",
        "3.02",
        "3.48",
        "2.80",
        "3.00",
        "返礼品 約420品目",
    ),
]


def tara() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 36, 9, 12, 11, 11, 11, 11, 24])
    _text(
        ws,
        1,
        1,
        "第2期太良町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度", 18),
            ("担当課", "企画商工課", 18),
            ("町の概況", "面積74.21km²、人口7,973人・3,215世帯（令和6年3月31日現在）", 18),
            ("関連事業費（R5決算・千円）", "52,380", 18),
        ],
        (1, 2),
        (3, 9),
    )
    _text(
        ws,
        r + 1,
        1,
        "基本目標１　有明海と多良岳の恵みを活かした稼げるしごとをつくる",
        bold=True,
        size=11,
    )
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (9, "主な取組"),
        ],
        [(5, 6, "実績値", ["R4", "R5"]), (7, 8, "目標値", ["R5", "R6"])],
    )
    r = h + 2
    for no, name, unit, *vals, note in TR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _row(ws, r, 4, vals)
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※単位欄の「ﾄﾝ」「ｹｰｽ」は出荷団体の集計表の表記のままとしています（1ｹｰｽ＝10kg）。",
            "※No.2は道の駅太良の年間販売額（税込）です。基準値は令和元年度の実績（約3億円）です。",
            "※No.4の基準値は、累計の起点（令和2年度）より前のため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tara_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 若桜町 (鳥取県八頭郡): 若桜町総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 若桜鉄道 (郡家～若桜 19.2km, 23 登録有形文化財), 氷ノ山 1,510m, わかさ氷ノ山スキー場, 山林95%,
# 人口約4,000人 (SOURCES.tsv). Made up: the sheet, 課, money, every target, figure and grade.
WK_ROWS = [
    (
        "1",
        "わかさ氷ノ山スキー場の入込客数を年間5万人に増やす",
        "年間3.2万人",
        "年間4.1万人",
        "年間4.6万人",
        "B",
    ),
    (
        "2",
        "若桜鉄道の年間輸送人員を令和元年度の水準（28.6万人）に回復させる",
        "22.4万人",
        "24.9万人",
        "26.3万人",
        "B",
    ),
    (
        "3",
        "氷ノ山の登山者数を延べ1万2千人に増やす",
        "延べ9,860人",
        "延べ10,420人",
        "延べ11,380人",
        "A",
    ),
    (
        "4",
        "町外からの移住者数を5年間（R2～R6）で累計50人とする",
        "累計21人",
        "累計30人",
        "累計38人",
        "B",
    ),
]


def wakasa() -> Path:
    wb, ws = _sheet("施策評価", [6, 46, 13, 13, 13, 8])
    _text(ws, 1, 1, "若桜町総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 6, "令和6年8月", align="right")
    r = _fields(
        ws,
        4,
        [
            ("施策名", "観光・交流の推進", 18),
            ("主管課", "産業観光課", 18),
            (
                "施策の現状",
                "若桜鉄道（郡家～若桜 19.2km）は駅舎など23施設が国の登録有形文化財となり、氷ノ山（1,510m）とともに町の観光資源となっている。町の面積の95%が山林で、人口は約4,000人。",
                44,
            ),
            ("施策に係る事業費（R5決算・千円）", "64,870", 18),
        ],
        (1, 2),
        (3, 6),
    )
    _text(ws, r + 1, 1, "２　成果指標と目標の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標と目標（令和6年度）"), (6, "評価")],
        [(3, 5, "実績", ["令和3年度", "令和4年度", "令和5年度"])],
    )
    r = h + 2
    for no, sentence, *vals, grade in WK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, sentence)
        _row(ws, r, 3, vals)
        _put(ws, r, 6, grade, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　A：目標を達成する見込み　B：概ね順調　C：遅れている（令和5年度実績による）",
            "※No.4は令和2年度からの累計です。No.2の令和元年度の水準は新型コロナウイルス感染症の影響前の値です。",
            "（参考）町全体の観光入込客数は約28万人（令和5年）でした。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "wakasa_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 赤村 (福岡県田川郡): 令和5年度 事務事業評価シート（特産物センター・源じいの森管理運営事業）
# --------------------------------------------------------------------------------------------

# Real: 赤村総合十ヶ年計画, 特産物センター and 源じいの森 (opened in the early 1990s), 人口3,131人 on
# 10月1日 of the 村制130年 year with about 47% in their 60s or older (SOURCES.tsv). Made up: the
# sheet, 課, money, every indicator, figure and note.
AK_ROWS = [
    ("特産物センターの1日当たり平均販売額", "千円/日", "315", "328", "350", "344", "360"),
    ("特産物センターの年間販売額", "百万円", "95.5", "99.8", "107.1", "104.2", "110.0"),
    ("源じいの森の宿泊者数", "人", "2,140", "2,386", "2,500", "2,612", "2,700"),
    ("（参考）指定管理料", "千円", "6,200", "6,200", "6,400", "6,400", "6,400"),
]


def akamura() -> Path:
    wb, ws = _sheet("事務事業評価", [38, 10, 11, 11, 11, 11, 11])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 7, "令和6年7月　赤村", align="right")
    r = _fields(
        ws,
        4,
        [
            ("事務事業名", "特産物センター・源じいの森管理運営事業", 18),
            ("担当課", "産業建設課", 18),
            ("総合計画の位置付け", "赤村総合十ヶ年計画　第3章　農業と交流で元気な村をつくる", 18),
            ("村の概況", "人口3,131人（令和元年10月1日）、うち60歳代以上が約47%", 18),
            ("事業費（R5決算・千円）", "18,460", 18),
        ],
        (1, 1),
        (2, 7),
    )
    _text(ws, r + 1, 1, "１　活動実績（令和5年度）", bold=True, size=11)
    _para(
        ws,
        r + 2,
        1,
        7,
        "・特産物センターの営業日数　303日（目標305日）\n"
        "・源じいの森の体験教室の開催回数　31回（目標30回）\n"
        "※両施設とも1990年代初頭の開設。休業日は年末年始と施設点検日（2日）です。",
        50,
        border=True,
    )
    _text(ws, r + 4, 1, "２　成果指標の推移", bold=True, size=11)
    h = r + 5
    for c, word in enumerate(
        ["成果指標", "単位", "R3実績", "R4実績", "R5目標", "R5実績", "R6目標"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for name, unit, *vals in AK_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _row(ws, r, 3, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1日当たり平均販売額＝年間販売額÷営業日数。（参考）欄は指標ではありません。",
            "※宿泊者数はコテージ・キャンプ場の延べ宿泊者数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "akamura_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大和村 (鹿児島県大島郡): 大和村まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 11 集落, 奄美群島国立公園 (平成29年3月7日, 58.1%), スモモ（花螺李）日本一, タンカン, マンゴー,
# パッションフルーツ, 果樹の村（フルーツビレッジ）, 出産祝金 20/30/50万円 (SOURCES.tsv). Made up: the
# page, 課, every KPI figure and note.
YM_TABLES = [
    (
        "基本目標1　果樹の村（フルーツビレッジ）で稼ぐ力を高める",
        "果樹の出荷量（単位：t）",
        [
            ("スモモ（花螺李）の出荷量", "38.2", "42.0", "40.3", "45.0"),
            ("タンカンの出荷量", "121.5", "130.0", "134.2", "135.0"),
            ("マンゴー・パッションフルーツの出荷量", "8.6", "10.0", "約9", "12.0"),
        ],
    ),
    (
        "基本目標2　結婚・出産・子育ての希望をかなえ、村の人口を守る",
        "（単位：人。ただし寄附額は百万円）",
        [
            ("出生数", "9", "12", "10", "12"),
            ("転入者数", "58", "60", "64", "60"),
            ("ふるさと納税寄附額（子育て支援分）", "18.4", "25.0", "31.6", "30.0"),
        ],
    ),
]

YM_HEAD = """<thead>
<tr><th rowspan="2">指標</th><th rowspan="2">基準値<br>（H30）</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""


def yamato_html() -> str:
    parts = []
    for goal, caption, rows in YM_TABLES:
        body = "\n".join(
            f"<tr><td>{name}</td>" + "".join(f'<td class="num">{v}</td>' for v in vals) + "</tr>"
            for name, *vals in rows
        )
        parts.append(
            f"<h2>{goal}</h2>\n<table>\n<caption>{caption}</caption>\n{YM_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>大和村まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度） - 大和村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ text-align: right; font-size: 9pt; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 総合戦略</p>
<h1>大和村まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）</h1>
<p>更新日：令和6年9月27日　企画観光課</p>
<p>大和村は奄美大島の中西部に位置し、11の集落すべてが海に面しています。平成29年3月7日に奄美群島国立公園に指定され、村内の58.1%が特別保護地区・特別地域です。スモモ（花螺李）の生産量は日本一で、出産祝金（第1子20万円、第2子30万円、第3子以降50万円）などの子育て支援にも取り組んでいます。</p>
<p>令和6年8月に開催した大和村総合戦略推進委員会（委員10名）において、令和5年度の実績を検証しました。</p>
{tables}
<p>※マンゴー・パッションフルーツの令和5年度実績は出荷団体の速報値です。</p>
<p>※ふるさと納税寄附額は、使い道に「子育て支援」を選ばれた寄附の合計です。</p>
</body>
</html>
"""


def yamato() -> Path:
    path = HERE / "yamato_kpi_kensho_r5.html"
    path.write_bytes(yamato_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tara, wakasa, akamura):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yamato().name}")


if __name__ == "__main__":
    main()
