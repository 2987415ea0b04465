"""Build the built documents of forms27/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/mishima_gyosei_hyoka_sokatsu_r1.xlsx``, a sheet in the manner of 三島市 (静岡県) 行政評価表
  「総括表」 ((1) 総合計画の位置付け, (2) 所管する施策の方向一覧, (3) 予算額・決算額 in 千円, (4) 成果指標
  with targets written ``以上`` / ``以下``, a 前年度比 column and a 目標達成度 A/B/C), and from it
  ``mishima_gyosei_hyoka_sokatsu_r1.pdf``;
* ``source/suita_jimujigyo_chosho_h26.xlsx``, a sheet in the manner of 吹田市 (大阪府) 「事務事業評価調書」
  (year headers with both era and Western year, ``平成26年度（2014年度）`` over 決算見込 / 見込, a 目標値
  column beside a 目標年度 column, 職員数), and from it ``suita_jimujigyo_chosho_h26.pdf``;
* ``source/naruto_jisshi_hyoka_r1.xlsx``, a sheet in the manner of 鳴門市 (徳島県) 「総合計画実施計画兼評価
  シート」 (years running right to left: 目標値（R3） | R1実績 | H30実績 | H29実績 | 策定時（H28）, 千人 in the
  単位 column, the words 前倒し実施 / 計画どおり / ほぼ計画どおり / 遅れている / 未達成), and from it
  ``naruto_jisshi_hyoka_r1.pdf``;
* ``kunitomi_kpi_hyoka_h28.html``, a page in the manner of 国富町 (宮崎県) 「地方創生総合戦略 重点目標及び
  KPI（重要業績成果指標）等実績評価シート」 (targets H27–H31 with units in the cells, two actual cells each
  carrying its year, ``12件 (H27)``, a second cell that repeats the H27 value, ``継続`` as a target).

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
    wb.properties.creator = "forms27/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms27/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms27_soffice_") as tmp:
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
# 三島市 (静岡県): 行政評価表 総括表 — 以上 / 以下 の目標、前年度比、目標達成度 A/B/C
# --------------------------------------------------------------------------------------------

# Real: the form's name (行政評価表 「総括表」) and its four parts (1) 総合計画の位置付け, (2) 所管する
# 施策の方向一覧, (3) 予算額・決算額, (4) 成果指標. Made up: the 施策, every indicator and figure.
MISHIMA_FIELDS = [
    ("政策", "健やかに暮らせるまち", "所属", "健康づくり課"),
    ("施策", "健康づくりの推進", "評価年度", "令和元年度"),
]
MISHIMA_WAYS = [
    ("1", "特定健康診査・がん検診の受診促進"),
    ("2", "市民の主体的な健康づくり活動の支援"),
    ("3", "高齢者の低栄養・フレイル予防"),
]
MISHIMA_MONEY = [
    ("予算額", 182450, 190310),
    ("決算額", 176982, None),
]
MISHIMA_IND = [
    ("特定健康診査受診率", "%", 42.3, "60.0以上", 45.1, 46.8, "+1.7", "B"),
    ("胃がん検診受診率", "%", 9.8, "15.0以上", 10.4, 10.1, "△0.3", "C"),
    ("健幸マイレージ参加者数", "人", 1250, "3,000", 2410, 2986, "+576", "B"),
    ("低栄養傾向（BMI20以下）の高齢者の割合", "%", 18.5, "17.0以下", 18.0, 16.9, "△1.1", "A"),
    ("自殺死亡率（人口10万人当たり）", "―", 16.2, "13.0以下", 14.8, "―", "―", "―"),
]


def mishima() -> Path:
    wb, ws = _sheet("総括表", [30, 8, 12, 12, 11, 11, 11, 11])
    _text(ws, 1, 1, "令和元年度　行政評価表（総括表）", bold=True, size=14)
    _text(ws, 1, 8, "三島市", size=10, align="right")
    ws.row_dimensions[1].height = 24
    _text(ws, 3, 1, "(1) 総合計画の位置付け", bold=True, size=10)
    r = 4
    for k1, v1, k2, v2 in MISHIMA_FIELDS:
        _put(ws, r, 1, k1, header=True)
        _span(ws, r, 2, 4, v1)
        _put(ws, r, 5, k2, header=True)
        _span(ws, r, 6, 8, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "(2) 所管する施策の方向一覧", bold=True, size=10)
    r += 1
    for no, way in MISHIMA_WAYS:
        _put(ws, r, 1, f"施策の方向 {no}", header=True)
        _span(ws, r, 2, 8, way)
        r += 1
    r += 1
    _text(ws, r, 1, "(3) 予算額・決算額", bold=True, size=10)
    _text(ws, r, 8, "（単位：千円）", align="right")
    r += 1
    _put(ws, r, 1, "区分", header=True)
    _span(ws, r, 2, 4, "平成30年度", header=True)
    _span(ws, r, 5, 8, "令和元年度", header=True)
    r += 1
    for name, a, b in MISHIMA_MONEY:
        _put(ws, r, 1, name)
        _span(ws, r, 2, 4, a)
        _span(ws, r, 5, 8, "" if b is None else b)
        r += 1
    r += 1
    _text(ws, r, 1, "(4) 成果指標", bold=True, size=10)
    r += 1
    heads = [
        "成果指標",
        "単位",
        "基準値\n（H28）",
        "目標値\n（R2）",
        "H30実績",
        "R1実績",
        "前年度比",
        "目標\n達成度",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for row in MISHIMA_IND:
        for c, v in enumerate(row, start=1):
            align = "center" if c in (2, 8) else ("right" if 3 <= c <= 7 else None)
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※前年度比は、R1実績からH30実績を差し引いたもの（△はマイナス）。",
        "※目標達成度　A：目標値を達成　B：目標値に向けて改善している　C：改善していない",
        "※自殺死亡率のR1実績は、人口動態統計の公表前のため未把握。",
    ]
    for n in notes:
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "mishima_gyosei_hyoka_sokatsu_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 吹田市 (大阪府): 事務事業評価調書 — 和暦（西暦）の年度見出し、決算見込、目標値と目標年度の列
# --------------------------------------------------------------------------------------------

# Real: the form's name and numbered parts, 交通バリアフリー道路特定事業, 道路公園部 / 道路室, 総合計画の
# 体系 安全で魅力的なまちづくり, 根拠法令, 対象 and 目標 text, the year headers 平成24年度（2012年度） …
# 平成26年度（2014年度） with 決算見込, 職員数 0.50, 事業開始年度 16, 事業費 3,838 / 5,117 / 14,352.
# Made up: the indicator table and every figure in it, the 財源 split.
SUITA_FIELDS = [
    ("事務事業名", "交通バリアフリー道路特定事業", "整理番号", "1"),
    ("担当部名", "道路公園部", "室課名", "道路室"),
    ("総合計画の体系", "安全で魅力的なまちづくり", "事業開始年度", "平成16年度"),
    (
        "根拠法令等",
        "高齢者、障害者等の移動等の円滑化の促進に関する法律、道路法",
        "区分",
        "建設事業",
    ),
]
SUITA_YEARS = ["平成24年度\n（2012年度）", "平成25年度\n（2013年度）", "平成26年度\n（2014年度）"]
SUITA_MONEY = [
    ("事業費（A）", 3838, 5117, 14352),
    ("　うち一般財源", 3838, 1036, 2490),
    ("職員数（人）", 0.5, 0.5, 0.5),
]
SUITA_IND = [
    ("活動指標", "特定経路等の整備延長（累計）", "m", 1240, 1610, 2050, 3200, "平成28年度"),
    ("活動指標", "視覚障害者誘導用ブロックの設置", "箇所", 38, 45, 52, 60, "平成27年度"),
    ("成果指標", "特定経路のバリアフリー化率", "%", 38.8, 50.3, 64.1, 100.0, "平成32年度"),
    ("成果指標", "重点整備地区内の歩道段差解消箇所数", "箇所", "―", 12, 20, 30, "平成28年度"),
]


def suita() -> Path:
    wb, ws = _sheet("事務事業評価調書", [10, 30, 7, 12, 12, 12, 10, 12])
    _text(ws, 1, 1, "事務事業評価調書", bold=True, size=14)
    _text(ws, 1, 8, "提出日　平成26年5月9日", size=9, align="right")
    ws.row_dimensions[1].height = 24
    _text(ws, 3, 1, "1 事務事業の概要", bold=True, size=10)
    r = 4
    for k1, v1, k2, v2 in SUITA_FIELDS:
        _put(ws, r, 1, k1, header=True, size=8)
        _span(ws, r, 2, 5, v1, size=8)
        _span(ws, r, 6, 7, k2, header=True, size=8)
        _put(ws, r, 8, v2, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "対象", header=True)
    _span(ws, r, 2, 8, "特定経路、生活関連経路等")
    r += 1
    _put(ws, r, 1, "目標", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "駅から周辺の主要な施設まで及びそれらの施設間の移動に利用する経路のバリアフリー化",
    )
    ws.row_dimensions[r].height = 20
    r += 2
    _text(ws, r, 1, "2 事業費と財源の内訳", bold=True, size=10)
    _text(ws, r, 8, "（単位：千円）", align="right")
    r += 1
    _span(ws, r, 1, 3, "区分", header=True)
    for i, y in enumerate(SUITA_YEARS):
        _put(ws, r, 4 + i, y, header=True, size=8)
    _span(ws, r, 7, 8, "備考", header=True)
    ws.row_dimensions[r].height = 26
    r += 1
    _span(ws, r, 1, 3, "", header=True)
    for i, w in enumerate(["決算", "決算", "決算見込"]):
        _put(ws, r, 4 + i, w, header=True, size=8)
    _span(ws, r, 7, 8, "", header=True)
    r += 1
    for name, *vals in SUITA_MONEY:
        _span(ws, r, 1, 3, name)
        for i, v in enumerate(vals):
            _put(ws, r, 4 + i, v, fmt="0.00" if isinstance(v, float) else None)
        _span(ws, r, 7, 8, "")
        r += 1
    r += 1
    _text(ws, r, 1, "3 指標", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "区分", header=True)
    _put(ws, r, 2, "指標名", header=True)
    _put(ws, r, 3, "単位", header=True)
    for i, y in enumerate(SUITA_YEARS):
        _put(ws, r, 4 + i, y, header=True, size=8)
    _put(ws, r, 7, "目標値", header=True)
    _put(ws, r, 8, "目標年度", header=True)
    ws.row_dimensions[r].height = 26
    r0 = r
    r += 1
    for c in (1, 2, 3, 7, 8):
        _put(ws, r, c, None, header=True)
        _merge(ws, r0, c, r, c)
    for i, w in enumerate(["実績", "実績", "見込"]):
        _put(ws, r, 4 + i, w, header=True, size=8)
    r += 1
    for row in SUITA_IND:
        for c, v in enumerate(row, start=1):
            align = "center" if c in (1, 3, 8) else ("right" if 4 <= c <= 7 else None)
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※平成24年度の段差解消箇所数は、調査方法の変更により把握していない。",
        "※整備延長は平成16年度からの累計。職員数は年間の従事人工。",
    ]
    for n in notes:
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "suita_jimujigyo_chosho_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鳴門市 (徳島県): 総合計画実施計画兼評価シート — 右から左へ古くなる年度、千人、進捗の言葉
# --------------------------------------------------------------------------------------------

# Real: the sheet's name (総合計画実施計画兼評価シート), 令和元年度の事務事業, the words 前倒し実施 /
# 計画どおり / ほぼ計画どおり / 遅れている / 未達成 and their meanings. Made up: the 事業, 担当課, every
# indicator and figure, the column order.
NARUTO_FIELDS = [
    ("事業名", "うずしお観光推進事業", "担当課", "観光振興課"),
    ("施策", "観光・交流の推進", "評価区分", "ほぼ計画どおり"),
]
NARUTO_IND = [
    ("観光入込客数", "千人", 3500, 3345, 3280, 3198, 3120, "計画どおり"),
    ("渦の道入場者数", "人", 400000, 366850, 371200, 360480, 352410, "遅れている"),
    ("観光ボランティアガイド案内件数", "件", 520, 534, 455, 431, 410, "前倒し実施"),
    ("外国人延べ宿泊者数", "人", 16000, "集計中", 12400, 10150, 8900, "ほぼ計画どおり"),
    ("観光案内所利用者の満足度", "%", 90.0, 80.2, 84.5, 83.0, 82.0, "未達成"),
]


def naruto() -> Path:
    wb, ws = _sheet("評価シート", [32, 7, 11, 11, 11, 11, 11, 14])
    _text(ws, 1, 1, "鳴門市総合計画実施計画兼評価シート（令和元年度）", bold=True, size=13)
    _text(ws, 1, 8, "鳴門市", size=10, align="right")
    ws.row_dimensions[1].height = 24
    r = 3
    for k1, v1, k2, v2 in NARUTO_FIELDS:
        _put(ws, r, 1, k1, header=True)
        _span(ws, r, 2, 4, v1)
        _span(ws, r, 5, 6, k2, header=True)
        _span(ws, r, 7, 8, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "事業の概要", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "鳴門の渦潮を核とした観光資源の魅力を発信し、観光案内の充実と受入環境の整備により、観光客の誘致と滞在を促進する。",
    )
    ws.row_dimensions[r].height = 30
    r += 2
    _text(ws, r, 1, "■ 成果指標の推移", bold=True, size=10)
    r += 1
    heads = [
        "指標名",
        "単位",
        "目標値\n（R3）",
        "R1実績",
        "H30実績",
        "H29実績",
        "策定時\n（H28）",
        "進捗状況",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for row in NARUTO_IND:
        for c, v in enumerate(row, start=1):
            align = "center" if c in (2, 8) else ("right" if 3 <= c <= 7 else None)
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※進捗状況　前倒し実施：次年度以降の目標を前倒しで達成したもの　計画どおり：当初の予定どおり、目標の達成に向かっているもの",
        "　ほぼ計画どおり：予定をやや下回っているが、目標の達成が見込まれるもの　遅れている：目標の達成が困難と見込まれるもの",
        "　未達成：目標を達成できなかったもの",
        "※外国人延べ宿泊者数のR1実績は、観光庁の宿泊旅行統計の確定値公表後に記載する。",
    ]
    for n in notes:
        _text(ws, r, 1, n, size=8)
        r += 1
    r += 1
    _text(ws, r, 1, "■ 事業費", bold=True, size=10)
    _text(ws, r, 8, "（単位：千円）", align="right")
    r += 1
    for c, h in enumerate(["区分", "", "H29決算", "H30決算", "R1決算", "R2予算"], start=1):
        if c == 2:
            continue
        if c == 1:
            _span(ws, r, 1, 2, h, header=True)
        else:
            _put(ws, r, c, h, header=True)
    r += 1
    _span(ws, r, 1, 2, "事業費")
    for c, v in zip(range(3, 7), [28410, 30125, 31980, 33500], strict=True):
        _put(ws, r, c, v)
    _page(ws, "portrait")
    path = SOURCE / "naruto_jisshi_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 国富町 (宮崎県): 重点目標及びKPI等実績評価シート — 単位つきの年度別目標、年を添えた実績のセル
# --------------------------------------------------------------------------------------------

# Real: the sheet's name, the figures of every row (59.8% … 72.4% and 59.8% (H27) twice; 100.0% and
# 100% (H28); 10件 and 12件 (H27), 6件 (H28); 30人 60人 90人 140人 190人 and 18人 (H27), 95人 (H28);
# 継続; 120件 and 121件 (H27), 131件 (H28)), 結婚活動支援事業費補助 and 企画政策課, 出産準備教室事業
# （マタニティクラブ） and 保健介護課, the 結婚活動 remark. Made up: which indicator name each row of
# figures carries, the other 事業 and 課, the 基本目標 heading, the remarks but one.
KUNI_ROWS = [
    (
        "重点目標",
        "",
        "",
        "町内で子育てをしたいと思う子育て世帯の割合",
        ["59.8%", "59.8%", "59.8%", "59.8%", "72.4%"],
        ["59.8% (H27)", "59.8% (H27)"],
        "子育て世帯アンケートはH27のみ実施。",
    ),
    (
        "1",
        "妊婦健康診査事業",
        "保健介護課",
        "妊婦健康診査の受診率",
        ["100.0%"] * 5,
        ["100.0% (H27)", "100% (H28)"],
        "全ての妊婦が受診している。",
    ),
    (
        "2",
        "結婚活動支援事業費補助",
        "企画政策課",
        "結婚サポートセンター登録料助成件数",
        ["10件"] * 5,
        ["12件 (H27)", "6件 (H28)"],
        "国富町在住者の登録実績は、29人程度と聞いているが、町補助金の申請者は少なかった。",
    ),
    (
        "3",
        "子育て応援券交付事業",
        "福祉課",
        "子育て応援券の交付者数（累計）",
        ["30人", "60人", "90人", "140人", "190人"],
        ["18人 (H27)", "95人 (H28)"],
        "交付対象を拡大した。",
    ),
    (
        "4",
        "出産準備教室事業（マタニティクラブ）",
        "保健介護課",
        "出産準備教室の開催",
        ["継続"] * 5,
        ["継続 (H27)", "継続 (H28)"],
        "継続して取り組むことにより事業が安定している。",
    ),
    (
        "5",
        "乳幼児健康診査事業",
        "保健介護課",
        "乳幼児健康診査の受診件数",
        ["120件"] * 5,
        ["121件 (H27)", "131件 (H28)"],
        "疾病等の早期発見や早期治療を目的として実施している。",
    ),
]


def kunitomi_html() -> str:
    rows = []
    for no, prog, dept, kpi, targets, actuals, remark in KUNI_ROWS:
        tds = "".join(f'<td class="num">{t}</td>' for t in targets)
        ads = "".join(f'<td class="num">{a}</td>' for a in actuals)
        rows.append(
            f'<tr><th>{no}</th><td>{prog}</td><td>{dept}</td><td>{kpi}</td>{tds}{ads}<td class="small">{remark}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>国富町地方創生総合戦略 重点目標及びKPI（重要業績成果指標）等実績評価シート | 国富町</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
td.num {{ text-align: right; white-space: nowrap; }}
td.small {{ font-size: 90%; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>国富町地方創生総合戦略 重点目標及びKPI（重要業績成果指標）等実績評価シート</h1>
<h2>基本目標2　若い世代の結婚・出産・子育ての希望をかなえる</h2>
<table>
<tr><th rowspan="2">No.</th><th rowspan="2">事業名</th><th rowspan="2">担当課</th><th rowspan="2">重点目標・KPI</th><th colspan="5">目標値</th><th colspan="2">実績値</th><th rowspan="2">評価・課題</th></tr>
<tr><th>H27</th><th>H28</th><th>H29</th><th>H30</th><th>H31</th><th>H27</th><th>H28</th></tr>
{body}
</table>
<p class="note">※実績値の（　）内は、実績の年度。アンケート等により把握できない年度は、直近の実績を記載している。</p>
<p class="note">※事業費は、各事業の決算書を参照のこと。</p>
<p>問い合わせ先：国富町 企画政策課</p>
</body>
</html>
"""


def kunitomi() -> Path:
    path = HERE / "kunitomi_kpi_hyoka_h28.html"
    path.write_bytes(kunitomi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (mishima, suita, naruto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kunitomi().name}")


if __name__ == "__main__":
    main()
