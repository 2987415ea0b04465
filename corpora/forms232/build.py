"""Build the built documents of forms232/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shirosato_kpi_chukan_r6.xlsx``, a 総合戦略 KPI 中間検証シート in the manner of 城里町 (茨城県),
  landscape, made in the fiscal year it checks (dated 令和7年2月): form fields (計画期間, the town's
  profile, 検証時点, the count of KPIs, money in 千円); an A/B/C legend that grades the year-end forecast;
  bold ``基本目標２　…`` over a two-row grid whose baseline is headed **``出発値（R元）``** and whose
  final year ``R6（最終年度）`` spans ``目標 | 12月末実績（年度末見込）``: **each current-year cell
  holds the count to the end of December and, in a labelled bracket, the year-end forecast,
  ``128.3（見込171.0）``**; ``千人`` in 単位; a ``―`` baseline; notes with numbers; and the PDF;
* ``source/urugi_kpi_shinchoku_r5.xlsx``, a 地域再生計画 KPI 進捗 sheet in the manner of 売木村 (長野県),
  landscape: form fields (地域再生計画の名称, 計画期間, population with its peak, the project, money); a
  legend for a status column headed **``達否（R5）``** (○ / × / －); bold ``■重要業績評価指標（KPI）の
  進捗`` over one grid; **合宿 counts written ``延べ1,850（38団体）``: the 延べ persons with the number of
  groups behind them in brackets, the targets ``延べ1,800`` without it**; **a final target written
  relative to the indicator's own peak year, ``ピーク時（H30：8,420人）の9割``, the bracket holding the
  peak, not the target**; ``累計50``; notes with numbers; and the PDF;
* ``source/tako_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 多古町 (千葉県),
  portrait: ``１　施策の概要`` form fields (施策番号, 施策名, 主管課, 関係課, 事業費, the town's profile);
  an A/B/C legend; bold ``２　成果指標の達成状況`` over one grid ``No. | 成果指標 | 単位 | 基準値（R元）
  | R3実績 | R4実績 | R5目標 | R5実績 | 評価 | 目標値（R7）``; **a final target written as the word
  ``全校`` with the number of schools in brackets, ``全校（4校）``**; **a triennial survey whose R5
  cell says when it will next be taken, ``―（R7調査予定）``**, beside a plain ``―``; and the PDF;
* ``kiyokawa_kpi_jisseki_r5.html``, a 総合戦略 KPI page in the manner of 清川村 (神奈川県): breadcrumb,
  ``<h1>``, date line, a lead of real figures, ``<h2>`` and **a table saved from Excel as a web page:
  ``class=xl…`` cells, ``<col>`` widths, ``<br style='mso-data-placement:same-cell;'>`` and ``x:num``
  attributes that hold the unformatted numbers (``x:num="138420"`` behind the printed ``138.4`` of a
  ``千人`` row, ``x:num="0.7381"`` behind ``73.8%``)**; **the A/B/C legend standing inside the same
  table, right of the KPI cells after an empty column, one legend line in each KPI row** under a
  header cell ``評価の基準``.

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
FIXED = dt.datetime(2026, 12, 22, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms232/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms232/build.py"
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


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


def _head2(ws, h: int, singles, groups, height=22) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "－", "") else "right")


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
                    rb"\g<1>2026-12-22T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 22, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms232_soffice_") as tmp:
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
# 城里町 (茨城県東茨城郡): 総合戦略（第2期） KPI 中間検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp 町村長随想, 2024-02-05; furusato-web.jp 茨城県央たび 城里町編): 総面積161.80km²,
# 人口17,253人, the 2005 merger of 常北町・桂村・七会村, 古内茶 (茨城三大銘茶の1つ), 健康増進施設
# 「ホロルの湯」, 「アツマーレ」 (廃校を利活用した行政機関とプロサッカーチームの複合施設; 七会町民センター),
# お試し住宅, まちづくり戦略課. Made up: the sheet, its date, period, money, every figure, target, grade, note.
SR_ROWS = [
    # No., KPI, 単位, 出発値（R元）, R4, R5, R6目標, R6 12月末実績（年度末見込）, 評価
    ("1", "ホロルの湯の利用者数", "千人", 182.4, 141.0, 158.6, 190.0, "128.3（見込171.0）", "B"),
    (
        "2",
        "七会町民センター「アツマーレ」の利用者数",
        "人",
        8640,
        15210,
        17480,
        16000,
        "14,920（見込19,600）",
        "A",
    ),
    ("3", "お試し住宅の利用世帯数（年間）", "世帯", "―", 6, 9, 10, "7（見込9）", "B"),
    ("4", "移住相談件数", "件", 24, 41, 52, 60, "44（見込58）", "B"),
    ("5", "古内茶の取扱店舗数（累計）", "店舗", 3, 8, 11, 15, "13（見込15）", "A"),
]


def shirosato() -> Path:
    wb, ws = _sheet("KPI中間検証", [5, 34, 7, 10, 10, 10, 10, 20, 9])
    _text(
        ws,
        1,
        1,
        "城里町まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）中間検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年2月　城里町まちづくり戦略課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        (
            "町の概況",
            "平成17年2月に常北町・桂村・七会村が合併して誕生。総面積161.80km²、人口17,253人。町の総面積の約6割を森林が占める。",
        ),
        ("検証時点", "令和6年12月末（年度途中のため、R6は12月末までの実績と年度末の見込で検証）"),
        ("KPIの数", "5（基本目標2）"),
        ("R6交付金対象事業費（千円）", "26,400"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 9))
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価（R6見込）　A：年度末見込がR6目標値以上　B：達成率80％以上100％未満　C：達成率80％未満　（達成率＝年度末見込÷R6目標値）",
        size=8,
    )
    r += 3
    _text(ws, r, 1, "基本目標２　城里町への新しいひとの流れをつくる", bold=True, size=11)
    r += 1
    _head2(
        ws,
        r,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "出発値\n（R元）"),
            (9, "評価\n（R6見込）"),
        ],
        [
            (5, 6, "実績値", ["R4", "R5"]),
            (7, 8, "R6（最終年度）", ["目標", "12月末実績\n（年度末見込）"]),
        ],
        height=24,
    )
    r += 2
    for no, name, unit, *vals, grade in SR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R6の「12月末実績」は令和6年4月～12月の実績、（　）内の「見込」は令和7年3月末までの見込値です。",
            "※No.3の出発値は、お試し住宅の開設（令和3年度）前のため「―」としています。",
            "※アツマーレは、廃校を活用した行政機関とプロサッカーチームの複合施設です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shirosato_kpi_chukan_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 売木村 (長野県下伊那郡): 地域再生計画 重要業績評価指標（KPI）の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1926, 売木村まち・ひと・しごと創生総合推進計画; a visit report on
# yamamurahiroshi.sakura.ne.jp): the plan's name, 1950年の1,469人 (peak), 2019年の522人, 2040年の427人
# (社人研), the 走る村―うるぎ村―プロジェクト, the 400m・6レーンの競技場, うるぎ星の森オートキャンプ場.
# Made up: the sheet, its date, 課, period, money, every figure, target, status and note.
UG_ROWS = [
    # No., KPI, 単位, 基準値（R元）, R4実績, R5目標, R5実績, 達否, 最終目標（R6）
    (
        "1",
        "陸上競技場の合宿利用者数",
        "人",
        "延べ1,240（26団体）",
        "延べ1,610（33団体）",
        "延べ1,800",
        "延べ1,850（38団体）",
        "○",
        "延べ2,000",
    ),
    (
        "2",
        "うるぎ星の森オートキャンプ場の利用者数",
        "人",
        6980,
        5410,
        6500,
        6120,
        "×",
        "ピーク時（H30：8,420人）の9割",
    ),
    ("3", "移住者数", "人", 9, 12, 10, 8, "×", "累計50"),
    ("4", "村の人口", "人", 522, 498, 490, 487, "×", 480),
    ("5", "空き家バンクの成約件数", "件", 2, 3, 3, 4, "○", 5),
]


def urugi() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 34, 6, 18, 18, 11, 18, 8, 26])
    _text(
        ws,
        1,
        1,
        "地域再生計画　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　売木村総務課", align="right")
    fields = [
        ("地域再生計画の名称", "売木村まち・ひと・しごと創生総合推進計画"),
        ("計画期間", "令和2年度～令和6年度"),
        (
            "村の人口",
            "522人（2019年）　※1950年の1,469人をピークに減少。2040年には427人と推計されている。",
        ),
        ("重点プロジェクト", "走る村―うるぎ村―プロジェクト（陸上競技場：400m・6レーン）"),
        ("関連事業費（R5決算・千円）", "31,760"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 9))
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "達否（R5）　○：R5目標を達成　×：R5目標に届かなかった　－：判定できない",
        size=8,
    )
    r += 3
    _text(ws, r, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    r += 1
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "達否\n（R5）",
        "最終目標（R6）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 26
    r += 1
    for no, name, unit, *vals, mark, final in UG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, mark, align="center", bold=True)
        _vals(ws, r, 9, [final])
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は陸上競技場を合宿で利用した延べ人数です。（　）内は利用した団体数です。",
            "※No.2の最終目標は、利用者数が最も多かった平成30年度（8,420人）の9割の水準まで回復させるものです。",
            "※No.3の最終目標は、令和2年度から令和6年度までの5年間の累計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "urugi_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 多古町 (千葉県香取郡): 第5次多古町総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (chibanippo.co.jp 2026-01-15; dic.nicovideo.jp 多古町; town.tako.chiba.jp 総合戦略): the name
# 第5次多古町総合計画, the population peak 18,201人 (1995年), 多古米 (千葉の三大銘柄米の一つ), 栗山川, the
# 1954 merger (旧多古町・久賀村・常磐村・中村). Made up: the sheet, its date, 施策, 課, money, every
# indicator, figure, target, grade and note.
TK_ROWS = [
    # No., 成果指標, 単位, 基準値（R元）, R3実績, R4実績, R5目標, R5実績, 評価, 目標値（R7）
    (
        "1",
        "学校給食における多古米・町内産野菜の使用割合",
        "％",
        38.2,
        40.1,
        41.5,
        43.0,
        42.6,
        "B",
        50.0,
    ),
    ("2", "ICTを活用した授業を毎日行っている学校数", "校", 1, 2, 3, 3, 3, "A", "全校（4校）"),
    (
        "3",
        "「学校に行くのが楽しい」と答えた児童生徒の割合",
        "％",
        82.4,
        "―",
        85.1,
        "―",
        "―（R7調査予定）",
        "－",
        88.0,
    ),
    ("4", "放課後子ども教室の登録児童数", "人", 142, 150, 158, 160, 163, "A", 170),
    (
        "5",
        "英語検定3級以上を取得した中学3年生の割合",
        "％",
        31.5,
        33.0,
        36.8,
        40.0,
        34.9,
        "C",
        45.0,
    ),
]


def tako() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 34, 5, 8, 8, 8, 8, 14, 5, 11])
    _text(ws, 1, 1, "第5次多古町総合計画　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 10, "令和6年8月", align="right")
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=11)
    fields = [
        ("施策番号", "3-1"),
        ("施策名", "未来を担う子どもの教育の充実"),
        ("主管課", "学校教育課"),
        ("関係課", "生涯学習課、子育て支援課"),
        ("施策の事業費（R5決算・千円）", "84,320"),
        (
            "町の概況",
            "昭和29年に旧多古町・久賀村・常磐村・中村が合併。人口は1995年の18,201人をピークに減少。栗山川流域は千葉の三大銘柄米の一つ「多古米」の産地。",
        ),
    ]
    r = 5
    for label, value in fields:
        _field(ws, r, label, value, (1, 3), (4, 10), height=30 if label == "町の概況" else 18)
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価　A：R5目標を達成　B：達成率90％以上　C：達成率90％未満　－：判定できない",
        size=8,
    )
    r += 3
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=11)
    r += 1
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "評価",
        "目標値\n（R7）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals, grade, final in TK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        _vals(ws, r, 10, [final])
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は使用した食材の重量に占める割合です。",
            "※No.2の目標値「全校」は、町立小中学校の全4校をいいます。",
            "※No.3は3年ごとに実施する児童生徒アンケート（R4は回答1,024人）によります。次回はR7に実施予定です。",
            "※No.5は各年度の中学3年生（R5は112人）のうち、英語検定3級以上を取得した生徒の割合です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tako_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 清川村 (神奈川県愛甲郡): 総合戦略（第2期） KPIの実績（令和5年度）, a table saved from Excel
# --------------------------------------------------------------------------------------------

# Real (kanaloco.jp 2015-03-28 and 2015-11-22; townnews.co.jp 2015-11-20; nordot.app (タウンニュース 2018);
# defzone.net 清川村): 神奈川県唯一の村, 2,868人 (推計人口, 2024年10月1日), 道の駅「清川」 opened on
# 2015-11-21 at 「清流の館」 in front of the 村役場 (県内3か所目), 年間約10万人の利用の見込み, its
# 指定管理者 from 2018-04 aiming at 年間14万人, 宮ヶ瀬ダム / 宮ヶ瀬湖, 政策推進課. Made up: the page, its
# date, the 基本目標 wording, every indicator, figure, target, grade and note.
KY_ROWS = [
    # No., KPI, 単位, [(x:num, text) 基準値（R元）, R4実績, R5目標, R5実績], 評価, 目標値（R6）, legend (letter, words)
    (
        "1",
        "道の駅「清川」の来場者数",
        "千人",
        [("112640", "112.6"), ("128910", "128.9"), ("135000", "135.0"), ("138420", "138.4")],
        "A",
        ("140000", "140.0"),
        ("A", "R5目標値を達成"),
    ),
    (
        "2",
        "宮ヶ瀬地区の観光客数",
        "千人",
        [
            ("1486215", "1,486.2"),
            ("1203480", "1,203.5"),
            ("1400000", "1,400.0"),
            ("1318690", "1,318.7"),
        ],
        "B",
        ("1500000", "1,500.0"),
        ("B", "達成率80％以上100％未満"),
    ),
    (
        "3",
        "移住相談件数",
        "件",
        [("14", "14"), ("22", "22"), ("25", "25"), ("19", "19")],
        "C",
        ("30", "30"),
        ("C", "達成率80％未満"),
    ),
    (
        "4",
        "「清川村に住み続けたい」と思う村民の割合",
        "％",
        [("0.7143", "71.4%"), (None, "―"), ("0.75", "75.0%"), ("0.7381", "73.8%")],
        "B",
        ("0.8", "80.0%"),
        ("－", "評価できない（調査なし等）"),
    ),
]


def _ky_num(num: str | None, text: str, cls: str) -> str:
    if num is None:
        return f"  <td class={cls}>{text}</td>"
    return f'  <td class={cls} align=right x:num="{num}">{text}</td>'


def kiyokawa_html() -> str:
    rows = []
    for no, name, unit, vals, grade, final, legend in KY_ROWS:
        pct = unit == "％"
        cls = "xl72" if pct else "xl71"
        cells = [
            "  <tr height=40 style='height:30.0pt'>",
            f"  <td height=40 class=xl69 style='height:30.0pt' x:num>{no}</td>",
            f"  <td class=xl70>{name}</td>",
            f"  <td class=xl69>{unit}</td>",
        ]
        for num, text in vals:
            cells.append(_ky_num(num, text, "xl73" if num is None else cls))
        cells.append(f"  <td class=xl74>{grade}</td>")
        cells.append(_ky_num(final[0], final[1], cls))
        cells.append("  <td class=xl65></td>")
        cells.append(f"  <td class=xl75>{legend[0]}</td>")
        cells.append(f"  <td class=xl76>{legend[1]}</td>")
        cells.append(" </tr>")
        rows.append("\n".join(cells))
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head>
<meta charset="utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<title>総合戦略KPIの実績（令和5年度） - 清川村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ mso-displayed-decimal-separator:"\\."; mso-displayed-thousand-separator:"\\,"; }}
td {{ padding-top:1px; padding-right:1px; padding-left:1px; mso-ignore:padding; font-size:10.0pt; vertical-align:middle; white-space:nowrap; }}
.xl65 {{ mso-style-parent:style0; }}
.xl67 {{ border:.5pt solid windowtext; background:#D9D9D9; text-align:center; white-space:normal; }}
.xl69 {{ border:.5pt solid windowtext; text-align:center; }}
.xl70 {{ border:.5pt solid windowtext; white-space:normal; }}
.xl71 {{ border:.5pt solid windowtext; mso-number-format:"\\#\\,\\#\\#0\\.0\\,"; }}
.xl72 {{ border:.5pt solid windowtext; mso-number-format:"0\\.0%"; }}
.xl73 {{ border:.5pt solid windowtext; text-align:center; }}
.xl74 {{ border:.5pt solid windowtext; text-align:center; font-weight:700; }}
.xl75 {{ border:.5pt solid windowtext; text-align:center; font-size:9.0pt; }}
.xl76 {{ border:.5pt solid windowtext; font-size:9.0pt; }}
</style>
</head>
<body>
<p>トップページ &gt; 村政情報 &gt; 計画・施策 &gt; まち・ひと・しごと創生総合戦略</p>
<h1>清川村まち・ひと・しごと創生総合戦略（第2期）KPIの実績（令和5年度）</h1>
<p>更新日：2024年11月15日　担当：政策推進課</p>
<p>清川村は神奈川県で唯一の村で、人口は2,868人（令和6年10月1日現在の推計人口）です。平成27年11月21日には、村役場前の「清流の館」を拠点に、県内で3か所目となる道の駅「清川」が開業しました。開業時には年間約10万人の利用を見込んでいましたが、平成30年4月からは民間の指定管理者が運営し、年間14万人の来場を目指しています。村の北部には宮ヶ瀬ダムによってできた宮ヶ瀬湖が広がります。</p>
<p>令和5年度の実績を、総合戦略推進会議に報告しました。表は会議資料（Excel）をそのまま掲載しています。</p>
<h2>基本目標1　清川村の魅力を活かした観光・交流をすすめる</h2>
<div id="kiyokawa_kpi_r5" align=center x:publishsource="Excel">
<table border=0 cellpadding=0 cellspacing=0 width=1096 style='border-collapse:collapse;table-layout:fixed;width:822pt'>
 <col width=40 style='width:30pt'>
 <col width=280 style='width:210pt'>
 <col width=48 style='width:36pt'>
 <col width=84 span=4 style='width:63pt'>
 <col width=48 style='width:36pt'>
 <col width=84 style='width:63pt'>
 <col width=16 style='width:12pt'>
 <col width=40 style='width:30pt'>
 <col width=180 style='width:135pt'>
 <thead>
 <tr height=44 style='height:33.0pt'>
  <td height=44 class=xl67 style='height:33.0pt'>No.</td>
  <td class=xl67>重要業績評価指標（KPI）</td>
  <td class=xl67>単位</td>
  <td class=xl67>基準値<br style='mso-data-placement:same-cell;'>（R元）</td>
  <td class=xl67>R4実績</td>
  <td class=xl67>R5目標</td>
  <td class=xl67>R5実績</td>
  <td class=xl67>評価</td>
  <td class=xl67>目標値<br style='mso-data-placement:same-cell;'>（R6）</td>
  <td class=xl65></td>
  <td colspan=2 class=xl67>評価の基準</td>
 </tr>
 </thead>
 <tbody>
{body}
 </tbody>
</table>
</div>
<p>※道の駅「清川」の来場者数は、レジ通過者数に一定の係数を掛けて算出しています。</p>
<p>※宮ヶ瀬地区の観光客数は、神奈川県入込観光客調査の村分の集計によります。</p>
<p>※「清川村に住み続けたい」と思う村民の割合は、隔年で実施する村民意識調査（令和5年度は回答642人）によります。</p>
</body>
</html>
"""


def kiyokawa() -> Path:
    path = HERE / "kiyokawa_kpi_jisseki_r5.html"
    path.write_bytes(kiyokawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shirosato, urugi, tako):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kiyokawa().name}")


if __name__ == "__main__":
    main()
