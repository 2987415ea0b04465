"""Build the documents of forms329/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kasumigaura_kpi_shinchoku_r5.xlsx``, a 第2期総合戦略 KPI進捗状況 in the manner of かすみがうら市
  (茨城県): form fields over a grid ``No. | KPI | 単位 | 基準値（R元） | 実績値 (R2 … R5) | 目標値 (R5 | R6)``
  where **a note switches one row's counting from 暦年 (R元～R3) to 年度 (R4 on)**; ``△`` negatives,
  ``千人``, a ``―`` actual and ``約``; and the PDF;
* ``source/inzai_shisaku_hyoka_r5.xlsx``, a 施策評価シート in the manner of 印西市 (千葉県): a grid whose
  left 区分 cells split 成果指標 from 活動指標, **a baseline headed only ``基準値（第2次基本計画最終年度）``,
  dated by the form's 前計画 field (平成28年度～平成32年度)**, and a ``（参考）県平均`` column; and the PDF;
* ``inagi_seika_shihyo_r5.html``, a 長期総合計画 成果指標 page in the manner of 稲城市 (東京都): ``<th rowspan>``
  施策 cells, ``ヵ所``, ``千人``, ``32（うち新規2）`` and **an actual marked ``※訂正`` whose note gives the
  wrong figure first printed and the date of the correction**;
* ``source/honjo_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 本庄市 (埼玉県): 目標 / 実績
  row pairs under Western fiscal years (``2021年度`` …), 活動指標 and 成果指標, **a value with the reason
  for a short count in words (``７（雨天中止１回）``)**, ``―（事業開始前）``, a blank latest actual, ``累計10``
  and ``約``; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms329/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms329/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms329_soffice_") as tmp:
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


def _fields(ws, r: int, fields, last: int, tall=()) -> int:
    """Form fields: a shaded label cell and a value merged over columns 2..last."""
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, last, value, align="left")
        ws.row_dimensions[r].height = 40 if label in tall else 20
        r += 1
    return r


def _label_fields(ws, r: int, fields, c_label: int, last: int, tall=()) -> int:
    """Form fields whose label is merged over columns 1..c_label."""
    for label, value in fields:
        _span(ws, r, 1, c_label, label, header=True)
        _span(ws, r, c_label + 1, last, value, align="left")
        ws.row_dimensions[r].height = 40 if label in tall else 20
        r += 1
    return r


def _cell(ws, r, c, v, size=9):
    """A value cell: numbers right-aligned, words centred."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return _put(ws, r, c, v, align="right", size=size)
    return _put(
        ws, r, c, v, align="right" if v and v[0] in "△約0123456789７" else "center", size=size
    )


# --------------------------------------------------------------------------------------------
# かすみがうら市 (茨城県): 第2期総合戦略 KPIの進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and its first year (令和2年度), the 2005 merger of 霞ヶ浦町 and 千代田町,
# 156.60km², 40,254人 (2020-07-01), 栗・梨・れんこん, 帆引き船, the 出生率 1.80 in 2025. Made up: the sheet,
# its date, 課, 基本目標 wording, every KPI, figure and note; the period's end (令和6年度) is assumed.
KA_ROWS = [
    ("1", "観光入込客数", "千人", [1021, 512, 604, 868, 935, 1000, 1100]),
    ("2", "移住相談件数", "件", [48, 35, 52, 61, 74, 70, 80]),
    ("3", "霞ヶ浦帆引き船の観覧者数", "人", [2850, "―", 1120, 2430, 3015, 3000, 3200]),
    ("4", "転入超過数（転入者数－転出者数）", "人", ["△42", 18, "△7", 35, 51, 30, 40]),
    ("5", "市内宿泊施設の延べ宿泊者数", "人", ["約12,000", 5840, 6910, 9870, 11460, 12500, 13000]),
]


def kasumigaura() -> Path:
    wb, ws = _sheet("KPI進捗状況", [6, 34, 7, 10, 9, 9, 9, 9, 9, 9])
    _text(
        ws,
        1,
        1,
        "第2期かすみがうら市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和6年9月　かすみがうら市 政策経営課", align="right")
    fields = [
        ("戦略の名称", "第2期かすみがうら市人口ビジョン及びまち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和２年度～令和６年度（５年間）"),
        ("担当課", "政策経営課"),
        (
            "市の現状",
            "平成17年3月28日に霞ヶ浦町と千代田町が合併して誕生。面積156.60km²、人口40,254人（2020年7月1日推計）。霞ヶ浦と筑波山系に挟まれ、栗・梨・れんこんの産地として知られる。人口ビジョンでは2025年に合計特殊出生率1.80を見込む。",
        ),
    ]
    for i, (label, value) in enumerate(fields):
        r = 4 + i
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 10, value, align="left")
        ws.row_dimensions[r].height = 44 if label == "市の現状" else 20
    _text(ws, 9, 1, "基本目標２　霞ヶ浦と里山の魅力で新しいひとの流れをつくる", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (4, "基準値\n（R元）")],
        [(5, 8, "実績値", ["R2", "R3", "R4", "R5"]), (9, 10, "目標値", ["R5", "R6"])],
    )
    r = 12
    for no, name, unit, vals in KA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 11), vals):
            _cell(ws, r, c, v)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の観光入込客数は、令和3年までは暦年（1月～12月）で集計していましたが、令和4年度から年度（4月～翌3月）の",
            "　集計に改めました。No.1の基準値（R元）、R2、R3の欄は暦年の値です。",
            "※No.3のR2は、新型コロナウイルス感染症の影響により帆引き船の観光運航を中止しました。",
            "※△はマイナス（転出超過）を表します。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kasumigaura_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 印西市 (千葉県): 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 印西市総合計画 (基本構想 R3～R12, 第1次基本計画 R3～R7), the earlier 第2次基本計画 (H28～H32), 企画政策課,
# 約40km / 約15km, 利根川・印旛沼・手賀沼, 市域の約4割が田畑, 109,953人 (令和5年住民基本台帳). Made up: the 施策,
# 主管課, every indicator, figure and note.
IN_ROWS = [
    ("成果指標", "1", "認定農業者数", "経営体", [132, 135, 131, 138, 140, 150, "―"]),
    ("成果指標", "2", "担い手への農地集積率", "％", [38.2, 39.0, 40.1, 41.6, 42.0, 45.0, 28.4]),
    (
        "成果指標",
        "3",
        "農産物直売所の年間販売額",
        "千円",
        [412300, 428150, 455020, 471880, 460000, 500000, "―"],
    ),
    ("活動指標", "4", "耕作放棄地の解消面積", "ha", [3.2, 4.1, 5.6, 4.8, 6.0, 6.0, "―"]),
    ("活動指標", "5", "農業体験イベントの開催回数", "回", [6, 4, 8, 9, 8, 10, "―"]),
]


def inzai() -> Path:
    wb, ws = _sheet("施策評価シート", [6, 5, 30, 8, 14, 10, 10, 10, 10, 10, 12])
    _text(
        ws, 1, 1, "令和５年度　施策評価シート（印西市総合計画　第1次基本計画）", bold=True, size=13
    )
    _text(ws, 2, 11, "令和6年8月　印西市 企画政策課（取りまとめ）", align="right")
    fields = [
        ("計画の名称", "印西市総合計画（基本構想・第1次基本計画）"),
        (
            "計画期間",
            "基本構想　令和3年度～令和12年度（10年間）／第1次基本計画　令和3年度（2021年度）～令和7年度（2025年度）",
        ),
        ("前計画", "第2次基本計画（前総合計画の後期計画）　平成28年度～平成32年度（5か年）"),
        ("施策", "3-2　都市近郊農業の振興"),
        ("主管課", "農政課"),
        (
            "施策の現状",
            "本市は都心から約40km、成田国際空港から約15kmに位置し、利根川・印旛沼・手賀沼に囲まれている。市域の約4割は田畑で、人口は109,953人（令和5年住民基本台帳）と増加が続く一方、農業者の高齢化と担い手不足が課題となっている。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 11, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "施策の現状" else 18
        r += 1
    _text(ws, 11, 1, "２　成果指標・活動指標の推移", bold=True, size=11)
    _head2(
        ws,
        12,
        [
            (1, "区分"),
            (2, "No."),
            (3, "指標名"),
            (4, "単位"),
            (5, "基準値\n（第2次基本計画\n最終年度）"),
            (11, "（参考）\n県平均（R5）"),
        ],
        [(6, 8, "実績値", ["R3", "R4", "R5"]), (9, 10, "目標値", ["R5", "R7（最終）"])],
    )
    ws.row_dimensions[12].height = 26
    ws.row_dimensions[13].height = 26
    r = 14
    for kind, rows in (("成果指標", IN_ROWS[:3]), ("活動指標", IN_ROWS[3:])):
        _put(ws, r, 1, kind, header=True, valign="center")
        ws.cell(row=r, column=1).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True, text_rotation=255
        )
        for k in range(1, len(rows)):
            _put(ws, r + k, 1, None, header=True)
        _merge(ws, r, 1, r + len(rows) - 1, 1)
        for _, no, name, unit, vals in rows:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for j, v in enumerate(vals):
                fmt = "0.0" if unit in ("％", "ha") and isinstance(v, float) else None
                c = _cell(ws, r, 5 + j, v)
                if fmt:
                    c.number_format = fmt
            ws.cell(row=r, column=11).fill = LIGHT
            ws.row_dimensions[r].height = 26
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準値は、前計画（第2次基本計画）の最終年度の実績値です。",
            "※（参考）県平均は千葉県の公表値で、本市の目標値ではありません。",
            "※No.4は各年度に解消した面積（単年度）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "inzai_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 本庄市 (埼玉県): 事務事業評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the 総合振興計画 begun in 平成30年度 and its 将来像, 約7万8千人, 上越・北陸新幹線で約50分, 本庄早稲田駅,
# ナス・タマネギ. Made up: the 事業, 課, 事業期間, every indicator, figure and note; the plan's end (令和9年度) is assumed.
HO_ROWS = [
    (
        "活動指標",
        "1",
        "駅前マルシェの開催回数",
        "回",
        "―（事業開始前）",
        [6, 6, 8],
        [3, 6, "７（雨天中止１回）"],
        8,
    ),
    ("活動指標", "2", "駅前広場の貸出件数", "件", 9, [20, 24, 28], [12, 25, 31], 35),
    (
        "成果指標",
        "3",
        "駅周辺イベントの来場者数",
        "人",
        4100,
        [15000, 18000, 20000],
        [8420, 17350, "約21,000"],
        25000,
    ),
    (
        "成果指標",
        "4",
        "本庄早稲田駅の1日平均乗車人員",
        "人",
        2615,
        [3000, 3100, 3200],
        [2874, 3052, ""],
        3400,
    ),
    ("成果指標", "5", "駅周辺の空き店舗への新規出店数", "店舗", 0, [2, 2, 2], [1, 3, 2], "累計10"),
]


def honjo() -> Path:
    wb, ws = _sheet("事務事業評価シート", [6, 5, 26, 7, 12, 6, 10, 10, 15, 11])
    _text(ws, 1, 1, "令和５年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 10, "令和6年8月　本庄市 経済環境部 商工観光課", align="right")
    fields = [
        ("事務事業名", "本庄早稲田駅周辺にぎわい創出事業"),
        ("担当課", "商工観光課"),
        (
            "総合振興計画",
            "将来像「あなたと活かす　みんなで育む　歴史と教育のまち　本庄～世のため、後のため～」（計画期間　平成30年度～令和9年度）",
        ),
        ("事業期間", "令和3年度～令和7年度"),
        (
            "事業の概要",
            "本市は人口約7万8千人、東京から上越・北陸新幹線で約50分の本庄早稲田駅を擁する。駅前広場や空き店舗を活用し、ナスやタマネギなど市内産野菜を扱う駅前マルシェ等を開催して、駅周辺のにぎわいを創出する。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = 42 if label in ("事業の概要", "総合振興計画") else 20
        r += 1
    _text(ws, 10, 1, "２　活動指標・成果指標", bold=True, size=11)
    h = 11
    for c, word in enumerate(
        [
            "区分",
            "No.",
            "指標名",
            "単位",
            "基準値\n（2020年度）",
            "",
            "2021年度",
            "2022年度",
            "2023年度",
            "目標値\n（2025年度）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for kind in ("活動指標", "成果指標"):
        rows = [x for x in HO_ROWS if x[0] == kind]
        _put(ws, r, 1, kind, header=True)
        ws.cell(row=r, column=1).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True, text_rotation=255
        )
        for k in range(1, 2 * len(rows)):
            _put(ws, r + k, 1, None, header=True)
        _merge(ws, r, 1, r + 2 * len(rows) - 1, 1)
        for _, no, name, unit, base, tgt, act, final in rows:
            for c, v in ((2, no), (3, name), (4, unit), (5, base), (10, final)):
                if c in (2, 4):
                    _put(ws, r, c, v, align="center")
                elif c == 3:
                    _put(ws, r, c, v)
                else:
                    _cell(ws, r, c, v, size=8 if isinstance(v, str) and len(v) > 6 else 9)
                _put(ws, r + 1, c, None)
                _merge(ws, r, c, r + 1, c)
            _put(ws, r, 6, "目標", align="center", fill=LIGHT)
            _put(ws, r + 1, 6, "実績", align="center")
            for j, v in enumerate(tgt):
                _cell(ws, r, 7 + j, v)
            for j, v in enumerate(act):
                _cell(ws, r + 1, 7 + j, v, size=8 if isinstance(v, str) and len(v) > 6 else 9)
            ws.row_dimensions[r].height = 18
            ws.row_dimensions[r + 1].height = 18
            r += 2
    _notes(
        ws,
        r + 1,
        [
            "※No.4の2023年度実績は、JR東日本の公表（2024年9月頃）を待って記入します。",
            "※No.5の目標値は、2021年度から2025年度までの5年間の累計です。",
            "※No.1は2021年度から実施している事業のため、基準値はありません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "honjo_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 稲城市 (東京都): 第五次稲城市長期総合計画 施策の成果指標（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 第五次稲城市長期総合計画 (令和3年度から, 2030年を展望), 企画政策課長期総合計画担当, 明治22年の6ヵ村合併,
# 令和3年11月の市制施行50周年, 約9万人, 梨の出荷量が都内一. Made up: the page, its date, the 基本目標 and 施策
# wording, every indicator, figure and note (the 訂正 included).
IG_BLOCKS = [
    (
        "4-1　都市農業の振興",
        [
            ("梨の直売所数", "ヵ所", ["34", "33", "34", "32（うち新規2）", "35"]),
            ("市民農園の貸出区画数", "区画", ["410", "428", "430", "436", "450"]),
        ],
    ),
    (
        "4-2　観光・交流の推進",
        [
            (
                "観光案内所の利用者数",
                "人",
                ["8,650", "12,840<sup>※訂正</sup>", "13,000", "13,920", "15,000"],
            ),
            ("市内イベントの来場者数", "千人", ["112", "136", "150", "148", "170"]),
        ],
    ),
]

IG_HEAD = """<thead>
<tr><th rowspan="2" scope="col">施策</th><th rowspan="2" scope="col">成果指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">計画策定時<br>（R元）</th><th rowspan="2" scope="col">令和4年度<br>実績</th><th colspan="2" scope="colgroup">令和5年度</th><th rowspan="2" scope="col">目標値<br>（令和7年度）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>"""


def inagi_html() -> str:
    rows = []
    for measure, inds in IG_BLOCKS:
        for k, (name, unit, vals) in enumerate(inds):
            head = (
                f'<th rowspan="{len(inds)}" scope="rowgroup" class="l">{measure}</th>'
                if k == 0
                else ""
            )
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第五次稲城市長期総合計画　施策の成果指標の進捗状況（令和5年度） - 稲城市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p><a href="/">ホーム</a> &gt; <a href="/shisei/">市政の情報</a> &gt; <a href="/shisei/keikaku_hokoku/">計画・報告</a> &gt; 長期総合計画</p>
<h1>第五次稲城市長期総合計画　施策の成果指標の進捗状況（令和5年度）</h1>
<p>更新日：2024年10月1日　担当：企画政策課長期総合計画担当</p>
<p>稲城市は明治22（1889）年に6ヵ村が合併して稲城村として誕生し、令和3年11月に市制施行50周年を迎えました。人口は約9万人で、梨の出荷量は都内一を誇ります。第五次稲城市長期総合計画（令和3年度～令和12年度）の基本計画に掲げた成果指標について、令和5年度の実績を取りまとめました。</p>
<h2>基本目標4　にぎわいと活力のあるまち</h2>
<table>
{IG_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※訂正　観光案内所の利用者数の令和4年度実績は、2023年10月の掲載時に「12,480人」としていましたが、集計に誤りがあったため「12,840人」に訂正しました（2024年2月9日訂正）。</p>
<p>※梨の直売所数の令和5年度実績の（　）内は、令和5年度に新たに開設した直売所の数で、32か所に含まれます。</p>
<p>※市内イベントの来場者数は、市が後援する主なイベントの主催者発表の合計です。</p>
</body>
</html>
"""


def inagi() -> Path:
    path = HERE / "inagi_seika_shihyo_r5.html"
    path.write_bytes(inagi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kasumigaura, inzai, honjo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {inagi().name}")


if __name__ == "__main__":
    main()
