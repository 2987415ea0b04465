"""Build the built documents of forms188/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kitaibaraki_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 北茨城市 (茨城県):
  form fields (施策, 主管課, a 担当 field with **an extension number ``（内線 245）``**, 事業費 in 千円) over a
  成果指標 grid whose headers write **zero-padded era years** (``基準値（R01）``, ``R03`` … ``R05``, ``R05目標``,
  ``目標値（R06）``) and which ends in **a ``把握時期`` column** (``翌年7月``, ``毎年4月``, ``隔年（次回R07）``); a
  ``達成率`` column, ``千人`` / ``千人泊``, ``―（中止）`` and ``―``; under it a small money grid of 事務事業 with a ``計`` row;
  and the PDF;
* ``source/nagatoro_kpi_kensho_r4.xlsx``, a 総合戦略 KPI 検証 sheet in the manner of 長瀞町 (埼玉県): form fields, shaded
  基本方針 rows, **a ``主な取組`` sub-row under every KPI whose text (with counts) spans the value columns**, and **a
  closing ``目標を達成したKPIの数`` row with ``2／4`` and ``3／4`` under the two 実績 columns**; and the PDF;
* ``source/tateshina_project_shinchoku_r5.xlsx``, a 重点プロジェクト 進捗管理表 in the manner of 立科町 (長野県): form
  fields, shaded プロジェクト rows, **a ``KPI設定年度`` column (``R2``, ``R4追加``) that dates no value**, ``令和5年度``
  spanning ``目標 | 実績``, and **per-KPI money columns ``R5予算額 | R5決算額 | 執行率`` (merged down where one 事業
  serves two KPIs) with a ``関連事業費　計`` row**; and the PDF;
* ``kariwa_seika_shihyo_r5.html``, a 総合計画 施策の成果指標 page in the manner of 刈羽村 (新潟県): prose full of real
  figures, an ``<h2>`` 基本目標, a ``<figure>`` with ``<figcaption>``, and one table whose ``<thead>`` opens with **form-field
  rows (``施策``, ``担当課``, ``施策の事業費``) above the column header**, ``令和5年度`` spanning ``目標 | 実績`` and **a
  ``関連事業費（R5決算・千円）（うち電源立地地域対策交付金）`` column of two numbers per cell (``38,600（24,000）``)**.

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
    wb.properties.creator = "forms188/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms188/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms188_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 北茨城市 (茨城県): 第5次北茨城市総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (茨城新聞 2023, 連載「北茨城の課題」): 商工観光課, the 2022年度 観光入込客数 約119万8千人 (R04, 1,198千人),
# the 全国あんこうサミット with 4万5千人 in 2023年2月 (R04) after two years cancelled; the plan's name and 将来都市像
# (第5次北茨城市総合計画); 五浦海岸, 平潟・大津の漁港 (環境省 page). Made up: the sheet, 施策番号, 係, 内線, money and
# every other figure.
KI_ROWS = [
    (
        "1",
        "観光入込客数",
        "千人",
        1540,
        905,
        1198,
        1263,
        1350,
        "93.6%",
        1450,
        "翌年7月（県観光客動態調査）",
    ),
    (
        "2",
        "市内宿泊施設の宿泊者数",
        "千人泊",
        212,
        131,
        168,
        185,
        180,
        "102.8%",
        200,
        "翌年7月（同上）",
    ),
    (
        "3",
        "全国あんこうサミットの来場者数",
        "人",
        45000,
        "―（中止）",
        45000,
        48500,
        50000,
        "97.0%",
        50000,
        "開催の翌月",
    ),
    (
        "4",
        "観光ボランティアガイドの案内人数",
        "人",
        1820,
        960,
        1410,
        1655,
        1600,
        "103.4%",
        1900,
        "毎年4月",
    ),
    (
        "5",
        "観光客満足度（「満足」「やや満足」の割合）",
        "％",
        72.4,
        68.9,
        "―",
        76.1,
        75.0,
        "101.5%",
        80.0,
        "隔年（次回R07）",
    ),
]

KI_JIGYO = [
    ("1", "観光PR推進事業", "商工観光課", 24310, 26880),
    ("2", "五浦海岸周辺環境整備事業", "都市建設課", 31500, 38420),
    ("3", "全国あんこうサミット開催支援事業", "商工観光課", 8000, 12600),
]


def kitaibaraki() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 8, 10, 9, 9, 9, 9, 9, 10, 24])
    _text(ws, 1, 1, "第5次北茨城市総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 11, "令和6年8月　北茨城市", align="right")
    fields = [
        ("施策", "3-2　観光の振興", "主管課", "商工観光課"),
        ("関係課", "農林水産課、生涯学習課", "担当", "観光振興係（内線 245）"),
        ("施策に係る事業費（R05決算）", "86,540千円", "構成事務事業数", "9事業"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 11, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "施策の目指す姿", header=True)
    _span(
        ws,
        r,
        3,
        11,
        "五浦海岸や平潟・大津の漁港、温泉など山と海の資源を生かし、一年を通して観光客が訪れ、滞在するまち",
        align="left",
    )
    ws.row_dimensions[r].height = 20
    _text(ws, 9, 1, "１　成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R01）"),
            (8, "R05目標"),
            (9, "達成率\n（R05）"),
            (10, "目標値\n（R06）"),
            (11, "把握時期"),
        ],
        [(5, 7, "実績値", ["R03", "R04", "R05"])],
    )
    r = 12
    for no, name, unit, *vals, when in KI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 11, when, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "２　施策を構成する主な事務事業（決算額）", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "No.", header=True)
    _put(ws, r, 2, "事務事業名", header=True)
    _span(ws, r, 3, 4, "担当課", header=True)
    _span(ws, r, 5, 6, "R04決算（千円）", header=True)
    _span(ws, r, 7, 8, "R05決算（千円）", header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, ka, v4, v5 in KI_JIGYO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _span(ws, r, 3, 4, ka, align="center")
        _span(ws, r, 5, 6, v4)
        _span(ws, r, 7, 8, v5)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 4, "計", fill=LIGHT, align="center", bold=True)
    _span(ws, r, 5, 6, sum(v[3] for v in KI_JIGYO), fill=LIGHT)
    _span(ws, r, 7, 8, sum(v[4] for v in KI_JIGYO), fill=LIGHT)
    ws.row_dimensions[r].height = 18
    _notes(
        ws,
        r + 2,
        [
            "※達成率＝R05実績÷R05目標×100。把握時期は、各年度の実績値が確定する時期です。",
            "※No.3の令和3年度（令和4年2月開催予定）は、新型コロナウイルス感染症の影響により中止しました。",
            "※No.5は隔年で実施する観光客アンケート（R05回答者数 412人）によるため、R04は「―」としています。",
            "※事業費は施策を構成する9事業の決算額の合計です。２の表は、そのうち主な3事業を掲げています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kitaibaraki_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長瀞町 (埼玉県秩父郡): 第2期総合戦略 KPIの検証結果（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (長瀞町 site; ふるさと納税 企業版 page; encyclopedia pages): the スローガン はつらつ長瀞, the 基本方針1/2 wording,
# the 効果検証委員会 as 外部検証機関, 6,838人 (推計人口 2021-03-01), 約269万人 (2016), 岩田工業団地, 関係人口(長瀞ファン).
# Made up: the sheet, its date and 資料 number, 計画期間, every KPI, figure, 取組 text and note.
NG_BLOCKS = [
    (
        "基本方針1　産業観光を軸としての地域の雇用創出",
        [
            (
                "1",
                "観光入込客数",
                "千人",
                [2550, 2000, 1684, 2200, 2231, 2700],
                "通年観光に向けた観光事業者との連携会議を3回開催。冬季誘客キャンペーン（12～2月）には延べ1,250人が参加した。",
            ),
            (
                "2",
                "町内事業所への新規就業者数",
                "人",
                [18, 20, 14, 20, 22, 25],
                "岩田工業団地の立地企業8社と合同企業説明会を開催（来場者46人、うち採用6人）。",
            ),
        ],
    ),
    (
        "基本方針2　新しい人の流れを創りだす定住・交流の活性化",
        [
            (
                "3",
                "長瀞ファン（関係人口）登録者数",
                "人",
                ["―", 500, 612, 800, 745, 1500],
                "町公式LINEで「長瀞ファン」の登録を受け付け、月2回（年24回）の情報発信を行った。",
            ),
            (
                "4",
                "空き家バンクの成約件数（累計）",
                "件",
                [3, 8, 9, 12, 12, 20],
                "空き家バンクの登録物件を15件に拡大。お試し居住を2組が利用した。",
            ),
        ],
    ),
]


def nagatoro() -> Path:
    wb, ws = _sheet("KPI検証", [5, 32, 6, 10, 9, 9, 9, 9, 10])
    _text(ws, 1, 1, "第2期長瀞町まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の検証結果（令和4年度）", bold=True, size=13)
    _text(
        ws,
        3,
        9,
        "令和5年8月　長瀞町まち・ひと・しごと創生総合戦略効果検証委員会　資料1",
        align="right",
        size=8,
    )
    fields = [
        ("スローガン", "はつらつ長瀞"),
        ("計画期間", "令和3年度～令和7年度"),
        ("町の人口", "6,838人（令和3年3月1日現在の推計人口）"),
        ("検証機関", "長瀞町まち・ひと・しごと創生総合戦略効果検証委員会（外部検証機関）"),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "■KPIの検証結果", bold=True, size=11)
    r += 1
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H30）",
        "R3目標",
        "R3実績",
        "R4目標",
        "R4実績",
        "目標値\n（R7）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for heading, rows in NG_BLOCKS:
        _span(ws, r, 1, 9, heading, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, vals, effort in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            ws.row_dimensions[r].height = 20
            r += 1
            _put(ws, r, 1, None)
            _put(ws, r, 2, "主な取組", align="right", size=8)
            _span(ws, r, 3, 9, effort, size=8)
            ws.row_dimensions[r].height = 26
            r += 1
    _span(ws, r, 1, 3, "目標を達成したKPIの数", fill=SHADE, bold=True, align="center")
    counts = ["", "", "2／4", "", "3／4", ""]
    for j, v in enumerate(counts):
        _put(ws, r, 4 + j, v, align="center", fill=SHADE, bold=True)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※「主な取組」は、各KPIに関連する令和4年度の主な取組です。",
            "※No.3の基準値は、登録制度の開始（令和2年度）前のため「―」としています。",
            "※参考：平成28年の観光入込客数は約269万人でした。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nagatoro_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 立科町 (長野県北佐久郡): 第2期総合戦略 重点プロジェクト進捗管理表（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (立科町 site and town pages): the 将来像「人と自然が輝く町」, 66.87km², 蓼科山 2,531m, 白樺高原, 女神湖, 蓼科牧場,
# 御泉水自然園, 蓼科牛, りんご, the 里山 / 高原 split. Made up: the sheet, 計画期間, 課, the projects, every KPI, figure, 事業 and
# money.
TS_BLOCKS = [
    (
        "プロジェクト1　白樺高原の通年型観光づくり",
        [
            ("1", "白樺高原エリアの観光入込客数", "千人", "R2", [1320, 1105, 1250, 1212, 1300]),
            ("2", "御泉水自然園の入園者数", "人", "R2", [21400, 17850, 20000, 20310, 22000]),
            ("3", "冬季（12月～3月）の宿泊者数", "千人泊", "R4追加", ["―", 151, 160, 158, 170]),
        ],
        [
            (0, 1, "白樺高原誘客促進事業", 18500, 17962, "97.1%"),
            (2, 2, "冬季誘客イベント事業", 6200, 5874, "94.7%"),
        ],
    ),
    (
        "プロジェクト2　蓼科の恵みを生かした農業の担い手づくり",
        [
            ("4", "新規就農者数", "人", "R2", [3, 4, 4, 5, 4]),
            ("5", "蓼科牛の飼養頭数", "頭", "R2", [410, 392, 420, 405, 430]),
        ],
        [
            (0, 0, "新規就農者支援事業", 4500, 3960, "88.0%"),
            (1, 1, "畜産振興事業", 12600, 12255, "97.3%"),
        ],
    ),
]


def tateshina() -> Path:
    wb, ws = _sheet("進捗管理", [4, 28, 7, 9, 9, 9, 8, 8, 9, 20, 10, 10, 8])
    _text(
        ws,
        1,
        1,
        "第2期立科町まち・ひと・しごと創生総合戦略　重点プロジェクト進捗管理表（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 13, "令和6年6月　立科町企画課", align="right")
    fields = [
        ("町の将来像", "人と自然が輝く町", "計画期間", "令和2年度～令和6年度"),
        ("担当課", "企画課", "関連事業費（R5決算・千円）", "40,051"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 9, l2, header=True)
        _span(ws, r, 10, 13, v2, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "町の概況", header=True)
    _span(
        ws,
        r,
        3,
        13,
        "面積66.87km²。北部の里山エリアでは稲作・りんご・蓼科牛などの農業が、南部の白樺高原では女神湖・蓼科牧場を中心とした観光が盛ん（蓼科山 標高2,531m）。",
        align="left",
    )
    ws.row_dimensions[r].height = 20
    r += 2
    _text(ws, r, 1, "■重点プロジェクトのKPIと関連事業", bold=True, size=11)
    r += 1
    _head2(
        ws,
        r,
        [
            (1, "No."),
            (2, "KPI"),
            (3, "単位"),
            (4, "KPI\n設定年度"),
            (5, "基準値\n（R元）"),
            (6, "R4実績"),
            (9, "目標値\n（R6）"),
            (10, "関連事業"),
        ],
        [
            (7, 8, "令和5年度", ["目標", "実績"]),
            (11, 13, "関連事業費（千円）", ["R5予算額", "R5決算額", "執行率"]),
        ],
    )
    r += 2
    total_b = total_s = 0
    for heading, rows, jigyo in TS_BLOCKS:
        _span(ws, r, 1, 13, heading, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        top = r
        for no, name, unit, year, vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, year, align="center")
            _vals(ws, r, 5, vals)
            ws.row_dimensions[r].height = 22
            r += 1
        for first, last, name, budget, spent, rate in jigyo:
            r1, r2 = top + first, top + last
            for c, v in ((10, name), (11, budget), (12, spent), (13, rate)):
                _put(ws, r1, c, v, align="right" if c > 10 else None)
                if r2 > r1:
                    _merge(ws, r1, c, r2, c)
            total_b += budget
            total_s += spent
    _span(ws, r, 1, 10, "関連事業費　計", fill=LIGHT, bold=True, align="right")
    _put(ws, r, 11, total_b, fill=LIGHT, bold=True)
    _put(ws, r, 12, total_s, fill=LIGHT, bold=True)
    _put(ws, r, 13, f"{total_s / total_b * 100:.1f}%", align="right", fill=LIGHT, bold=True)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※KPI設定年度は、そのKPIを総合戦略に位置付けた年度です（R2：策定時、R4追加：令和4年度の中間見直しで追加）。",
            "※No.3は令和4年度に追加したKPIのため基準値はありません（参考：R3実績 142千人泊）。",
            "※執行率＝R5決算額÷R5予算額×100。No.1とNo.2は同じ事業に関連します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tateshina_project_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 刈羽村 (新潟県刈羽郡): 施策の成果指標（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (encyclopedia pages on 刈羽村): 26.27km², 柏崎市・長岡市 as neighbours, the 柏崎刈羽原子力発電所 (5号機から7号機),
# the 2020年度 一般会計予算 (歳入約68億円, 固定資産税約20億円, 電源立地地域対策等交付金約11億円), 4,143人 (推計人口
# 2024-12-01), 柏崎市への通勤率 54.8% (平成22年国勢調査). Made up: the plan and page, 基本目標, 施策, 課, every
# indicator, figure, money and note.
KW_ROWS = [
    ("年少人口（0～14歳）の割合", "％", "12.8", "12.4", "12.6", "12.1", "12.5", "38,600（24,000）"),
    ("子育て世帯の転入世帯数", "世帯", "14", "18", "20", "23", "25", "52,400（40,000）"),
    ("若者定住住宅の入居率", "％", "86.7", "93.3", "95.0", "96.7", "100.0", "21,760（21,760）"),
    ("保育園の待機児童数", "人", "0", "0", "0", "0", "0", "8,900（―）"),
]


def kariwa_html() -> str:
    rows = "\n".join(
        f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, unit, *vals in KW_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>施策の成果指標（令和5年度実績） - 刈羽村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.6em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
thead td {{ text-align: left; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
figcaption {{ font-weight: bold; margin-bottom: 0.3em; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・行政評価 &gt; 施策の成果指標</p>
<h1>刈羽村総合計画　施策の成果指標（令和5年度実績）</h1>
<p>更新日：令和7年1月20日　総務課</p>
<p>刈羽村は面積26.27km²、柏崎市と長岡市に接する村です。村内には柏崎刈羽原子力発電所（5号機から7号機）が立地し、2020年度の一般会計予算では、歳入約68億円のうち固定資産税が約20億円、電源立地地域対策等交付金が約11億円を占めました。</p>
<p>村の人口は4,143人（令和6年12月1日現在の推計人口）で、柏崎市への通勤率は54.8%（平成22年国勢調査）です。総合計画の施策ごとに成果指標を定め、毎年度その実績を公表しています。</p>
<h2>基本目標2　子どもを育み、住み続けたい村をつくる</h2>
<figure>
<figcaption>表　施策2-1の成果指標と関連事業費</figcaption>
<table>
<thead>
<tr><th>施策</th><td colspan="7">2-1　定住の促進と子育て支援</td></tr>
<tr><th>担当課</th><td colspan="3">福祉保健課</td><th colspan="2">施策の事業費（R5決算）</th><td colspan="2">214,380千円</td></tr>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">現状値<br>（令和2年度）</th><th rowspan="2">令和4年度<br>実績</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（令和7年度）</th><th rowspan="2">関連事業費（R5決算・千円）<br>（うち電源立地地域対策交付金）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
</figure>
<p>※年少人口の割合は、各年度4月1日現在の住民基本台帳によります。</p>
<p>※関連事業費の（　）内は、電源立地地域対策交付金を充てた額（内数）です。</p>
<p>※若者定住住宅は30戸（令和6年3月末）です。</p>
</body>
</html>
"""


def kariwa() -> Path:
    path = HERE / "kariwa_seika_shihyo_r5.html"
    path.write_bytes(kariwa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kitaibaraki, nagatoro, tateshina):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kariwa().name}")


if __name__ == "__main__":
    main()
