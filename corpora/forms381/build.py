"""Build the documents of forms381/ (openpyxl, LibreOffice, hand-written HTML and CSV).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/chikugo_shisetsu_shihyo_r5.xlsx``, a 公共施設等総合管理計画 progress sheet in the manner of
  筑後市 (福岡県): form fields over one grid whose heading says **``（各年度末現在）``** (every column is a
  year-end stock), a ``千㎡`` unit, **a note row inside the grid that re-dates the ``策定時`` column for
  the rows below it to 令和3年度末**, and a cell mixing a value and words; and the PDF;
* ``source/matsuura_suishin_kpi_r5.xlsx``, a 地域再生計画 KPI sheet in the manner of 松浦市 (長崎県): a
  two-row header with Western fiscal years (``2022年度`` over ``目標 | 実績``), ``万トン`` in 単位, a ○/×
  評価 with its legend, and **a 備考 column whose words change one row's values to running totals**
  (``目標・実績とも2020年度からの累計``) while another 備考 changes nothing; and the PDF;
* ``mima_senryaku_kpi_r1.csv``, an open-data CSV (UTF-8 with BOM, CRLF) in the manner of 美馬市 (徳島県):
  form lines, a one-cell heading line, **a two-line header exported from merged cells** (``実績値`` only
  over the first of its four year columns), 基本目標 cells left blank on the rows they also cover, and
  **a 備考 cell holding a line break**, so one record spans two file lines;
* ``asakuchi_sesaku_seika_r5.html``, a 総合計画 成果指標 page in the manner of 浅口市 (岡山県): one
  ``<table>`` per 施策 with the 施策 and 担当課 in its ``<caption>``, **the two tables' baseline headers
  naming different years** (``基準値（R2）`` and ``基準値（R元）``), a ``以下`` target and ``集計中``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
XLSX, HTML and CSV are byte-stable (fixed dates; zip members rewritten with a fixed timestamp).
"""
# ruff: noqa: E501, B905

from __future__ import annotations

import csv
import datetime as dt
import io
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
FONT = "Noto Sans CJK JP"
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms381/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms381/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9, border=False):
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    if border:
        for c in range(c1, c2 + 1):
            ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


def _field(ws, row, label, value, c2, height=18):
    """A form field: a shaded label cell and a value merged over columns 2..c2."""
    _put(ws, row, 1, label, header=True)
    _span(ws, row, 2, c2, value)
    ws.row_dimensions[row].height = height


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
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
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms381_soffice_") as tmp:
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
# 筑後市 (福岡県): 公共施設等総合管理計画 進捗管理指標の推移（令和5年度末）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its 策定 (平成29年3月) and 改訂 (令和5年3月), the reason given for it (施設 built
# for the population growth since 昭和50年), 41.78km², 48,502人 (2024年11月1日推計), 筑後船小屋駅 and the
# 九州芸文館. Made up: 課, period, every indicator, figure and note.
CH_ROWS = [
    (
        1,
        "公共建築物の延床面積",
        "千㎡",
        178.4,
        176.9,
        175.2,
        173.6,
        169.5,
        "公共施設状況調査の数値",
    ),
    (2, "延床面積の削減率（策定時比）", "％", "―", 0.8, 1.8, 2.7, 5.0, "策定時からの減少割合"),
    None,
    (3, "長寿命化改修を実施した施設数", "施設", 4, 4, 7, 11, 20, "個別施設計画に基づく改修"),
    (
        4,
        "市民一人当たりの公共建築物延床面積",
        "㎡/人",
        3.62,
        3.62,
        3.60,
        3.59,
        3.50,
        "各年度末の住民基本台帳人口で算出",
    ),
    (
        5,
        "未利用市有地の売却・貸付面積",
        "㎡",
        1250,
        1250,
        2060,
        "3,480（うち売却手続中1,920）",
        8000,
        "売買・賃貸借の契約済面積",
    ),
]
CH_NOTE = "※No.3～No.5は令和5年3月の計画改訂で追加した指標のため、「策定時」欄には令和3年度末の値を記載しています。"


def chikugo() -> Path:
    wb, ws = _sheet("進捗管理指標", [7, 30, 8, 11, 10, 10, 16, 11, 24])
    last = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    _text(
        ws,
        1,
        1,
        "筑後市公共施設等総合管理計画　進捗管理指標の推移（令和５年度末）",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    _text(ws, 2, 1, "令和6年9月　筑後市 財政課", size=9, align="right")
    _text(ws, 4, 1, "１　計画の概要", bold=True, size=10)
    _field(ws, 5, "計画の名称", "筑後市公共施設等総合管理計画", last)
    _field(
        ws, 6, "策定・改訂", "平成29年3月策定　／　令和5年3月改訂（総務省の指針改訂による）", last
    )
    _field(ws, 7, "計画期間", "平成29年度～令和18年度（20年間）", last)
    _field(ws, 8, "担当課", "財政課", last)
    _put(ws, 9, 1, "市の現状", header=True)
    _span(
        ws,
        9,
        2,
        last,
        "本市（面積41.78km²、人口48,502人（2024年11月1日推計））は、昭和50年以降の人口増加や市民ニーズに対応して公共施設等を整備拡充してきた。"
        "九州新幹線筑後船小屋駅の開業（平成23年）や九州芸文館の開館（平成25年4月）など新たな施設も加わる一方、昭和50年代に整備した施設が"
        "今後一斉に更新時期を迎えるため、延床面積を計画期間内に10％程度縮減し、更新費用を年平均約8億円抑制することを目指す。",
    )
    ws.row_dimensions[9].height = 54
    h = 11
    ws.merge_cells(start_row=h, start_column=1, end_row=h, end_column=6)
    _text(ws, h, 1, "２　進捗管理指標の推移", bold=True, size=10)
    ws.merge_cells(start_row=h, start_column=7, end_row=h, end_column=last)
    _text(ws, h, 7, "（数値は各年度末現在）", size=9, align="right")
    h = 12
    for c, w in zip(
        range(1, last + 1),
        ["No.", "指標", "単位", "策定時（H28）", "R3", "R4", "R5", "目標（R8）", "備考"],
    ):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for row in CH_ROWS:
        if row is None:
            _span(ws, r, 1, last, CH_NOTE, fill=LIGHT, size=8)
            ws.row_dimensions[r].height = 18
            r += 1
            continue
        no, name, unit, *vals, note = row
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.00" if isinstance(v, float) and no == 4 else None
            _put(ws, r, 4 + j, v, fmt=fmt, align="center" if v == "―" else None)
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "※延床面積は普通会計の公共建築物（インフラ施設を除く）。削減率は策定時（平成28年度末）の延床面積に対する割合。",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※計画期間の全体目標（延床面積10％程度の縮減）に対し、令和8年度末を中間の目標年次としている。",
        size=8,
    )
    _page(ws, "portrait")
    path = SOURCE / "chikugo_shisetsu_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松浦市 (長崎県): 第2期松浦市まち・ひと・しごと創生推進計画 KPIの実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name (地域再生計画), 政策企画課, 130.55km², 21,271人 (2020年国勢調査), 1960年の約6万人,
# アジの水揚げ量日本一 / アジフライの聖地, 鷹島海底遺跡 and the 松浦市立埋蔵文化財センター. Made up: the plan's
# period here, every KPI, figure, grade and note.
MA_ROWS = [
    (1, "松浦魚市場におけるアジの水揚げ量", "万トン", 1.62, 1.70, 1.58, 1.75, 1.81, 1.80, "○", ""),
    (
        2,
        "移住相談窓口を通じた移住者数",
        "人",
        "―",
        60,
        52,
        90,
        95,
        120,
        "○",
        "目標・実績とも2020年度からの累計",
    ),
    (
        3,
        "「アジフライの聖地」関連商品の販売額",
        "千円",
        18500,
        22000,
        20460,
        24000,
        23150,
        26000,
        "×",
        "",
    ),
    (
        4,
        "松浦市立埋蔵文化財センターの入館者数",
        "人",
        8420,
        9000,
        6905,
        9500,
        7930,
        10000,
        "×",
        "2023年度は展示室改修による休館期間（7月～9月）を含む",
    ),
]


def matsuura() -> Path:
    wb, ws = _sheet("KPI実績", [13, 34, 9, 12, 10, 10, 10, 10, 13, 8, 30])
    last = 11
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    _text(
        ws,
        1,
        1,
        "第２期松浦市まち・ひと・しごと創生推進計画　重要業績評価指標（ＫＰＩ）の実績（令和５年度）",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    _text(ws, 2, 1, "令和6年8月　松浦市 政策企画課", size=9, align="right")
    _field(ws, 4, "地域再生計画の名称", "第2期松浦市まち・ひと・しごと創生推進計画", last)
    _field(ws, 5, "計画期間", "令和2年4月1日～令和7年3月31日", last)
    _field(ws, 6, "担当課", "政策企画課", last)
    _put(ws, 7, 1, "市の概要", header=True)
    _span(
        ws,
        7,
        2,
        last,
        "本市は長崎県北部、北松浦半島の北東部に位置し、面積は130.55km²。人口は1960年の約6万人をピークに減少し、2020年国勢調査では21,271人となった。"
        "アジの水揚げ量日本一を誇り「アジフライの聖地」を宣言しているほか、鷹島海底遺跡など元寇ゆかりの歴史資源を有する。",
    )
    ws.row_dimensions[7].height = 40
    for r in (4, 5, 6, 7):
        ws.cell(row=r, column=1).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    ws.row_dimensions[4].height = 20
    h = 9
    _text(ws, h, 1, "■重要業績評価指標（KPI）の実績", bold=True, size=10)
    h = 10
    for c, w in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（2019年度）"),
        (9, "最終目標\n（2024年度）"),
        (10, "評価"),
        (11, "備考"),
    ):
        _put(ws, h, c, w, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, year in ((5, "2022年度"), (7, "2023年度")):
        _span(ws, h, c1, c1 + 1, year, header=True)
        _put(ws, h + 1, c1, "目標", header=True)
        _put(ws, h + 1, c1 + 1, "実績", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals, grade, note in MA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.00" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, fmt=fmt, align="center" if v == "―" else None)
        _put(ws, r, 10, grade, align="center")
        _put(ws, r, 11, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _text(
        ws, r + 1, 1, "評価　○：2023年度の実績が目標を達成　×：2023年度の実績が目標に未達成", size=8
    )
    _text(
        ws,
        r + 2,
        1,
        "※アジの水揚げ量は松浦魚市場の取扱量。2023年度は前年度比で約2,300トン増加した。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "matsuura_suishin_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 美馬市 (徳島県): まち・ひと・しごと創生総合戦略 KPI実績一覧（令和元年度）, open-data CSV
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and date (平成27年10月), its first two 基本目標 in their wording, 367.14km²,
# 29,069人 (2018年10月1日推計), the 2005 merger of 脇町・美馬町・穴吹町・木屋平村, うだつの町並み (重要伝統的
# 建造物群保存地区, 1988年) and the 道の駅「藍ランドうだつ」. Made up: 課, the third 基本目標's wording here,
# every KPI, figure and note.
MIMA_LINES = [
    ["美馬市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）実績一覧"],
    ["担当課", "企画政策課"],
    ["計画期間", "平成27年度～令和元年度（平成27年10月策定）"],
    [
        "市の概要",
        "2005年3月1日に脇町・美馬町・穴吹町・木屋平村の4町村が合併。面積367.14km²、人口29,069人（2018年10月1日推計）。1988年に重要伝統的建造物群保存地区に選定されたうだつの町並みがある。",
    ],
    ["公開日", "2020-09-30"],
    [],
    ["重要業績評価指標（KPI）の実績（令和元年度）"],
    [
        "基本目標",
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（H26年度）",
        "実績値",
        "",
        "",
        "",
        "目標値（R元年度）",
        "達成状況",
        "備考",
    ],
    ["", "", "", "", "", "H28年度", "H29年度", "H30年度", "R元年度", "", "", ""],
    [
        "基本目標1　本市にしごとをつくり雇用の創出や所得の増加を実現する",
        "1",
        "企業誘致・創業支援による新規雇用者数",
        "人",
        "12",
        "15",
        "14",
        "17",
        "16",
        "20",
        "未達成",
        "",
    ],
    [
        "",
        "2",
        "うだつの町並みの観光入込客数",
        "千人",
        "398.0",
        "405.2",
        "411.8",
        "402.6",
        "389.1",
        "450.0",
        "未達成",
        "R元年度は2月以降、新型コロナウイルス感染症の\n影響による減少を含む",
    ],
    [
        "基本目標2　本市への新しいひとの流れをつくる",
        "3",
        "移住相談による移住者数",
        "人",
        "8",
        "11",
        "14",
        "19",
        "23",
        "20",
        "達成",
        "",
    ],
    [
        "",
        "4",
        "道の駅「藍ランドうだつ」の販売額",
        "千円",
        "182,400",
        "190,150",
        "195,820",
        "201,300",
        "198,760",
        "200,000",
        "未達成",
        "",
    ],
    [
        "基本目標3　若い世代の結婚・出産・子育ての希望をかなえる",
        "5",
        "地域子育て支援センターの利用者数",
        "人",
        "5,820",
        "6,010",
        "-",
        "6,380",
        "6,115",
        "6,500",
        "未達成",
        "H29年度は施設改修のため集計なし",
    ],
    [],
    [
        "注記",
        "達成状況は、R元年度の実績値が目標値以上のものを「達成」、目標値未満のものを「未達成」としている。",
    ],
]


def mima() -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for line in MIMA_LINES:
        writer.writerow(line)
    path = HERE / "mima_senryaku_kpi_r1.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 浅口市 (岡山県): 第2次浅口市総合計画 後期基本計画 施策の成果指標（令和5年度実績）, HTML
# --------------------------------------------------------------------------------------------

# Real: the plan's name and span (平成29年度からの10年間), 66.46km², 33,322人 (2023年3月1日推計), 金光教の本部,
# 竹林寺山. Made up: 後期基本計画's dates, 課, 施策 numbers, every indicator, figure and note.
ASAKUCHI_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次浅口市総合計画 後期基本計画 施策の成果指標（令和5年度実績） | 浅口市</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyose/">市政情報</a></li>
<li><a href="/gyose/machi/">まちづくり</a></li>
<li>施策の成果指標（令和5年度実績）</li>
</ol></nav>
<main>
<h1>第2次浅口市総合計画 後期基本計画 施策の成果指標（令和5年度実績）</h1>
<p class="date">更新日：2024年10月4日　担当：企画財政課 企画係</p>
<p>第2次浅口市総合計画は、平成29年度から令和8年度までの10年間を計画期間とし、後期基本計画（令和4年度～令和8年度）では施策ごとに成果指標を定めています。面積66.46km²、人口33,322人（2023年3月1日推計）の本市には金光教の本部があり、竹林寺山などの観光資源を有しています。</p>
<p>ここでは、基本目標２に属する2つの施策について、令和4年度と令和5年度の実績を公表します。基準値の年度は施策ごとに異なります。</p>
<h2>基本目標２　活力とにぎわいのあるまち</h2>
<table border="1">
<caption>施策２－３　観光の振興（担当：商工観光課）</caption>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R2）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（R8）</th><th rowspan="2">備考</th></tr>
<tr><th>令和４年度</th><th>令和５年度</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>観光入込客数</td><td>千人</td><td>312.4</td><td>498.0</td><td>561.3</td><td>600.0</td><td>岡山県観光客動態調査による</td></tr>
<tr><td>2</td><td>竹林寺山周辺の観光施設の見学者数</td><td>人</td><td>2,850</td><td>3,920</td><td>4,105</td><td>4,500</td><td></td></tr>
</tbody>
</table>
<table border="1">
<caption>施策２－４　農林水産業の振興（担当：産業振興課）</caption>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（R8）</th><th rowspan="2">備考</th></tr>
<tr><th>令和４年度</th><th>令和５年度</th></tr>
</thead>
<tbody>
<tr><td>3</td><td>新規就農者数</td><td>人</td><td>3</td><td>4</td><td>2</td><td>5</td><td>各年度の人数</td></tr>
<tr><td>4</td><td>耕作放棄地の面積</td><td>ha</td><td>185.0</td><td>182.4</td><td>186.1</td><td>170.0以下</td><td>農地利用状況調査による</td></tr>
<tr><td>5</td><td>認定農業者数</td><td>経営体</td><td>96</td><td>101</td><td>集計中</td><td>110</td><td>令和6年12月に確定予定</td></tr>
</tbody>
</table>
<p>※基準値は、施策２－３は令和2年度、施策２－４は令和元年度の数値です。</p>
</main>
</body>
</html>
"""


def asakuchi() -> Path:
    path = HERE / "asakuchi_sesaku_seika_r5.html"
    path.write_bytes(ASAKUCHI_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (chikugo, matsuura):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {mima().name}")
    print(f"wrote {asakuchi().name}")


if __name__ == "__main__":
    main()
