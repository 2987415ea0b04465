"""Build the built documents of forms30/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sakae_shisaku_hyoka_h18.xlsx``, a sheet in the manner of 栄村 (長野県) 「施策評価シート」
  (each 成果指標 as a pair of rows 栄村 / 全国平均, era-less ``15年度`` … ``18年度``, 万円 in the 単位
  column, a 指標値評価 letter and a 推移 arrow), and from it ``sakae_shisaku_hyoka_h18.pdf``;
* ``source/ishioka_jimujigyo_h26.xlsx``, a sheet in the manner of 石岡市 (茨城県) 「事務事業評価シート」
  (事業費 in 千円 with 執行率, indicators under vertical ``アウトプット`` / ``アウトカム`` labels, 目標値 |
  実績値 per year, 最終目標 with its 達成年度 in its own column), and from it ``ishioka_jimujigyo_h26.pdf``;
* ``source/suzu_kpi_jisseki_h29.xlsx``, a sheet in the manner of 珠洲市 (石川県) 総合戦略 KPI 実績
  (基本施策 rows spanning the width, 実績値 years in reverse order, a range target, ``以上``, 千人 in the
  単位 column, a 前年度比 column), and from it ``suzu_kpi_jisseki_h29.pdf``;
* ``tsuruoka_kpi_shinchoku_r3.html``, a page in the manner of 鶴岡市 (山形県) 総合計画 成果指標（KPI）の
  進捗 (indicators in columns, years down the side, 万人 in a header, ``約``, ``累計``, ``―``).

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
    wb.properties.creator = "forms30/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms30/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms30_soffice_") as tmp:
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
# 栄村 (長野県): 施策評価シート — 栄村 / 全国平均 の行の組、年号のない年度、単位欄の万円
# --------------------------------------------------------------------------------------------

# Real: 様式第1号, 施策評価シート, 分野01 【産業振興と雇用確保】 and its sentence, 0111 / 0112 and the
# two 施策 names, the four 成果指標 names and units, 村・全国別, 全国平均 / 北信5市町村, 産業建設課長,
# 264 / 250 万円, 215 / 211 ha, 56 / 65 / 46 t, 38 / 40 / 43 ha. Made up: every other figure, the
# 目標値 column, the arrows, the legend.
SAKAE_ROWS = [
    (
        "0111\n農業生産の振興",
        "C",
        [
            (
                "農家一戸当たり粗生産額（年間）",
                "万円",
                ("栄村", [272, 268, 264, 250]),
                ("全国平均", [316, 312, 309, 305]),
                300,
                "C",
                "↓",
            ),
            (
                "稲作の作付面積",
                "ha",
                ("栄村", [221, 218, 215, 211]),
                ("北信5市町村", [1236, 1221, 1210, 1198]),
                210,
                "C",
                "↓",
            ),
            (
                "山菜出荷量（JA出荷量）",
                "t",
                ("栄村", ["", 56, 65, 46]),
                ("全国平均", ["―", "―", "―", "―"]),
                60,
                "D",
                "↓",
            ),
        ],
    ),
    (
        "0112\n農業経営基盤の強化",
        "B",
        [
            (
                "「田直し」の圃場整備面積（累計）",
                "ha",
                ("栄村", [36, 38, 40, 43]),
                ("全国平均", ["―", "―", "―", "―"]),
                50,
                "B",
                "↑",
            ),
        ],
    ),
]


def sakae() -> Path:
    wb, ws = _sheet("施策評価シート", [13, 26, 6, 11, 8, 8, 8, 8, 10, 8, 6, 8])
    _page(ws, "landscape")
    _text(ws, 1, 1, "施策評価シート", bold=True, size=14)
    _text(ws, 1, 11, "（様式第1号）", size=9)
    _put(ws, 3, 1, "分野", header=True)
    _span(
        ws,
        3,
        2,
        8,
        "01　【産業振興と雇用確保】産業振興を図り経済を活性化させるとともに雇用を確保する",
    )
    _put(ws, 3, 9, "担当課", header=True)
    _span(ws, 3, 10, 12, "産業建設課")
    _put(ws, 4, 1, "評価年度", header=True)
    _span(ws, 4, 2, 8, "平成19年度（18年度の実績による評価）")
    _put(ws, 4, 9, "評価取り\nまとめ者", header=True)
    _span(ws, 4, 10, 12, "産業建設課長")
    ws.row_dimensions[3].height = 20
    ws.row_dimensions[4].height = 26
    _text(ws, 6, 1, "１　成果指標の推移", bold=True, size=11)
    heads = ["施策", "成果指標", "単位", "村・全国別"]
    for c, h in enumerate(heads, start=1):
        _put(ws, 7, c, h, header=True)
        _put(ws, 8, c, None, header=True)
        _merge(ws, 7, c, 8, c)
    _span(ws, 7, 5, 8, "指標値", header=True)
    for i, y in enumerate(["15年度", "16年度", "17年度", "18年度"]):
        _put(ws, 8, 5 + i, y, header=True)
    for c, h in [(9, "目標値\n（22年度）"), (10, "指標値\n評価"), (11, "推移"), (12, "総合評価")]:
        _put(ws, 7, c, h, header=True)
        _put(ws, 8, c, None, header=True)
        _merge(ws, 7, c, 8, c)
    ws.row_dimensions[7].height = 18
    ws.row_dimensions[8].height = 18
    row = 9
    for program, overall, inds in SAKAE_ROWS:
        top = row
        for name, unit, own, other, target, grade, arrow in inds:
            for k, (who, vals) in enumerate([own, other]):
                r = row + k
                _put(ws, r, 4, who, align="center")
                for i, v in enumerate(vals):
                    _put(ws, r, 5 + i, v, align="right" if v != "―" else "center")
                ws.row_dimensions[r].height = 18
            for c, v in [(2, name), (3, unit), (9, target), (10, grade), (11, arrow)]:
                _put(ws, row, c, v, align="center" if c != 2 else None)
                _put(ws, row + 1, c, None)
                _merge(ws, row, c, row + 1, c)
            row += 2
        _put(ws, top, 1, program, valign="center")
        _put(ws, top, 12, overall, align="center")
        for r in range(top + 1, row):
            _put(ws, r, 1, None)
            _put(ws, r, 12, None)
        _merge(ws, top, 1, row - 1, 1)
        _merge(ws, top, 12, row - 1, 12)
    row += 1
    notes = [
        "※指標値評価　A：前年度より大きく向上　B：前年度より向上　C：前年度より低下　D：前年度より大きく低下",
        "※全国平均・北信5市町村は参考値（農林業センサス等による）。山菜出荷量はJAへの出荷分のみで、JA以外への出荷は含まない。",
        "※総合評価は施策ごとの評価（A：順調　B：概ね順調　C：やや遅れ　D：遅れ）。",
    ]
    for n in notes:
        _text(ws, row, 1, n, size=8)
        row += 1
    row += 1
    _text(ws, row, 1, "２　施策の評価（注力・対応方向）", bold=True, size=11)
    _para(
        ws,
        row + 1,
        1,
        12,
        "○稲作の作付面積は減少しており、条件の悪い場所から耕作放棄がなされている。中山間地協定で辛うじて条件不利な耕作地が維持されている状態である。\n"
        "○米価が下がっている中で少量多品目生産振興を図り、独自販売を推奨して有利な流通ルートの開拓を進める。\n"
        "○山菜のブランド化の推進を図るとともに、林地や遊休農地を活用した山菜生産振興を進める。",
        66,
        border=True,
    )
    path = SOURCE / "sakae_shisaku_hyoka_h18.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 石岡市 (茨城県): 事務事業評価シート — 縦書きのアウトプット / アウトカム、年度ごとの目標値 | 実績値
# --------------------------------------------------------------------------------------------

# Real: 平成26年度事務事業評価シート, 生活環境部 / 生活環境課, 01 一般会計, 桜づつみ維持管理経費, 政策 01 …
# (都市基盤), 施策 06 公園・緑地の整備, the 事業の概要 sentence, 年間敷地内除草回数 3回 and 平成29年度, 桜づつみ
# 面積 18,590.21㎡ (実数), the 一般財源 / 予算額 / 執行率 figures. Made up: 事業No. as printed, the second
# output, the satisfaction indicator, the 目標値 of 面積, the notes, the 方向性 text.
ISHIOKA_MONEY = [
    ("一般財源", [1338, 1338, 1301, 1502, 1319, 1339]),
    ("実績額計", [1338, 1338, 1301, 1502, 1319, 1339]),
    ("予算額計", [1338, 1348, 1306, 1505, 1323, 1339]),
    ("執行率", ["100%", "99.26%", "99.62%", "99.8%", "99.7%", "100%"]),
]
ISHIOKA_IND = [
    (
        "ア\nウ\nト\nプ\nッ\nト",
        [
            ("桜づつみ面積", "実数", "㎡", [18590.21] * 6, 18590.21),
            (
                "植栽管理本数（桜・つつじ・山茶花）",
                "実数",
                "本",
                [420, 418, 420, 415, 420, 409],
                420,
            ),
        ],
    ),
    (
        "ア\nウ\nト\nカ\nム",
        [
            ("年間敷地内除草回数", "実数", "回", [3, 3, 3, 3, 3, 3], 3),
            ("桜づつみ利用者満足度", "割合", "%", [80.0, 76.5, 80.0, "―", 80.0, 81.2], "85.0以上"),
        ],
    ),
]


def ishioka() -> Path:
    wb, ws = _sheet("事務事業評価シート", [5, 26, 7, 6, 10, 10, 10, 10, 10, 10, 10, 11])
    _page(ws, "landscape")
    _text(ws, 1, 1, "平成26年度事務事業評価シート", bold=True, size=14)
    fields = [
        (3, [("担当部", "生活環境部"), ("課名", "生活環境課"), ("事業No.", "452")]),
        (4, [("事業名", "桜づつみ維持管理経費"), ("会計", "01　一般会計"), ("新規・継続", "継続")]),
        (
            5,
            [
                ("政策", "01　誰もが快適に暮らせる都市機能が充実したまちへ（都市基盤）"),
                ("施策", "06　公園・緑地の整備"),
                ("", ""),
            ],
        ),
    ]
    for r, items in fields:
        (k1, v1), (k2, v2), (k3, v3) = items
        _span(ws, r, 1, 1, k1, header=True)
        _span(ws, r, 2, 4, v1)
        _span(ws, r, 5, 5, k2, header=True)
        _span(ws, r, 6, 8, v2)
        _span(ws, r, 9, 9, k3, header=bool(k3))
        _span(ws, r, 10, 12, v3)
        ws.row_dimensions[r].height = 22
    _put(ws, 6, 1, "概要", header=True)
    _span(
        ws,
        6,
        2,
        12,
        "恋瀬川下流右岸（高浜愛嬌橋）堤防沿いに桜，つつじ，山茶花等の植栽や堤防と遊歩道・駐車場等を整備し，市民の憩いの場を確保します。",
    )
    ws.row_dimensions[6].height = 22
    _text(ws, 8, 1, "１　事業費の推移　（単位：千円）", bold=True, size=11)
    _span(ws, 9, 1, 4, "区分", header=True)
    for i, y in enumerate(["平成21年度", "平成22年度", "平成23年度", "平成24年度", "平成25年度"]):
        _put(ws, 9, 5 + i, f"{y}\n（決算額）", header=True)
    _put(ws, 9, 10, "平成26年度\n（予算額）", header=True)
    ws.row_dimensions[9].height = 26
    for k, (label, vals) in enumerate(ISHIOKA_MONEY):
        r = 10 + k
        _span(ws, r, 1, 4, label)
        for i, v in enumerate(vals):
            _put(ws, r, 5 + i, v, align="right")
    _text(ws, 15, 1, "２　指標の推移", bold=True, size=11)
    for c, h in [
        (1, "区分"),
        (2, "指標名"),
        (3, "説明等"),
        (4, "単位"),
        (11, "最終目標"),
        (12, "達成年度"),
    ]:
        _put(ws, 16, c, h, header=True)
        _put(ws, 17, c, None, header=True)
        _merge(ws, 16, c, 17, c)
    for i, y in enumerate(["平成24年度", "平成25年度", "平成26年度"]):
        _span(ws, 16, 5 + 2 * i, 6 + 2 * i, y, header=True)
        _put(ws, 17, 5 + 2 * i, "目標値", header=True)
        _put(ws, 17, 6 + 2 * i, "実績値", header=True)
    row = 18
    for label, inds in ISHIOKA_IND:
        top = row
        for name, kind, unit, vals, final in inds:
            _put(ws, row, 2, name)
            _put(ws, row, 3, kind, align="center")
            _put(ws, row, 4, unit, align="center")
            for i, v in enumerate(vals):
                fmt = "#,##0.00" if isinstance(v, float) and v > 1000 else None
                _put(ws, row, 5 + i, v, fmt=fmt, align="right" if v != "―" else "center")
            fmt = "#,##0.00" if isinstance(final, float) else None
            _put(ws, row, 11, final, fmt=fmt, align="right")
            _put(ws, row, 12, "平成29年度", align="center")
            ws.row_dimensions[row].height = 42
            row += 1
        _put(ws, top, 1, label, align="center", size=8)
        for r in range(top + 1, row):
            _put(ws, r, 1, None)
        _merge(ws, top, 1, row - 1, 1)
    _text(
        ws,
        row,
        1,
        "※利用者満足度は隔年の利用者アンケートにより把握（平成25年度は調査未実施）。桜づつみ面積は河川占有許可面積。",
        size=8,
    )
    row += 2
    _text(ws, row, 1, "３　事業の成果と今後の方向性", bold=True, size=11)
    _para(
        ws,
        row + 1,
        1,
        12,
        "利用者の安全と，機能保持のため，年3回の除草と植栽の管理を行った。平成28年3月31日まで河川占有許可を受けているため，その後の維持管理について調整が必要となります。\n"
        "今後の方向性：現状維持",
        40,
        border=True,
    )
    path = SOURCE / "ishioka_jimujigyo_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 珠洲市 (石川県): 総合戦略 KPI 実績 — 基本施策の行、新しい年度から並ぶ実績値、範囲の目標、前年度比
# --------------------------------------------------------------------------------------------

# Real: 珠洲市まち・ひと・しごと創生総合戦略, 基本目標1 だれもが活き活きと暮らせるまち, (3) 施策と重要業績
# 評価指標（KPI）, the three 基本施策 names. Made up: the table's shape, every KPI and figure, the notes.
SUZU_ROWS = [
    (
        "基本施策１　健康寿命の延伸と介護予防の充実",
        [
            (
                "①",
                "要介護認定を受けていない高齢者の割合",
                "%",
                78.4,
                "80～82",
                "82～84",
                [79.1, 78.9, 78.6],
                "+0.2pt",
                "未達成",
            ),
            (
                "②",
                "介護予防教室の参加者数",
                "人",
                3120,
                3500,
                "3,800以上",
                [3412, 3365, 3240],
                "101.4%",
                "未達成",
            ),
        ],
    ),
    (
        "基本施策２　誰もが安心して暮らせる医療・福祉の充実",
        [
            ("③", "市内で受診できる診療科目数", "科目", 14, 14, 15, [14, 14, 14], "±0", "達成"),
            ("④", "在宅医療・介護連携会議の開催回数", "回", 4, 6, 6, [6, 5, 4], "120.0%", "達成"),
        ],
    ),
    (
        "基本施策３　公民館を拠点とする地域力の強化",
        [
            (
                "⑤",
                "公民館活動への参加者数",
                "千人",
                42.5,
                44.0,
                45.0,
                [43.8, 41.9, 42.2],
                "104.5%",
                "未達成",
            ),
        ],
    ),
]


def suzu() -> Path:
    wb, ws = _sheet("KPI実績", [5, 34, 7, 10, 9, 9, 9, 9, 9, 9, 8])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "珠洲市まち・ひと・しごと創生総合戦略　KPI実績一覧（平成29年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "平成30年8月　企画財政課", size=8, align="right")
    _text(ws, 4, 1, "基本目標１　だれもが活き活きと暮らせるまち", bold=True, size=11)
    _text(ws, 5, 1, "（３）施策と重要業績評価指標（KPI）の実績", bold=True, size=10)
    for c, h in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（H26）"),
        (10, "前年度比"),
        (11, "評価"),
    ]:
        _put(ws, 6, c, h, header=True)
        _put(ws, 7, c, None, header=True)
        _merge(ws, 6, c, 7, c)
    _span(ws, 6, 5, 6, "目標値", header=True)
    _span(ws, 6, 7, 9, "実績値", header=True)
    for c, y in [(5, "H29"), (6, "H31"), (7, "H29"), (8, "H28"), (9, "H27")]:
        _put(ws, 7, c, y, header=True)
    ws.row_dimensions[6].height = 18
    ws.row_dimensions[7].height = 18
    row = 8
    for head, kpis in SUZU_ROWS:
        _span(ws, row, 1, 11, head, bold=True)
        for c in range(1, 12):
            ws.cell(row=row, column=c).fill = LIGHT
        ws.row_dimensions[row].height = 18
        row += 1
        for label, name, unit, base, t29, t31, acts, ratio, grade in kpis:
            fmt = "0.0" if isinstance(base, float) else None
            _put(ws, row, 1, label, align="center")
            _put(ws, row, 2, name)
            _put(ws, row, 3, unit, align="center")
            _put(ws, row, 4, base, fmt=fmt)
            for c, v in [(5, t29), (6, t31)]:
                _put(ws, row, c, v, fmt=fmt, align="right")
            for i, v in enumerate(acts):
                _put(ws, row, 7 + i, v, fmt=fmt)
            _put(ws, row, 10, ratio, align="right")
            _put(ws, row, 11, grade, align="center")
            ws.row_dimensions[row].height = 20
            row += 1
    notes = [
        "※前年度比は、H29実績値のH28実績値に対する比率（割合の指標はポイント差、件数が同じものは±0）。",
        "※評価は、H29目標値に対する達成状況（達成・未達成）。H31はKPIの最終目標年度。",
        "※①の目標値は幅で設定している。",
    ]
    for n in notes:
        _text(ws, row, 1, n, size=8)
        row += 1
    path = SOURCE / "suzu_kpi_jisseki_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鶴岡市 (山形県): 総合計画 成果指標（KPI）の進捗 — 指標が列、年度が行、見出しの万人、約、累計
# --------------------------------------------------------------------------------------------

# Real: 第2次鶴岡市総合計画, its catchphrase, 成果指標（KPI） set per 中項目 and judged in four steps, the four
# indicator names (移住年間件数, 教育旅行受け入れ学校数, 観光入り込み客数, 文化芸術活動の参加数). Made up: the page,
# the 中項目, the 課, the money, every figure, the notes.
TSURU_COLS = [
    "観光入り込み客数<br>（万人）",
    "移住年間件数<br>（件）",
    "教育旅行受け入れ学校数<br>（校）",
    "文化芸術活動の参加数<br>（人）",
]
TSURU_ROWS = [
    ("基準値（H29年度）", ["約696", "38", "18", "12,450"]),
    ("R1年度実績", ["702", "52", "24", "12,080"]),
    ("R2年度実績", ["398", "71", "―", "5,310"]),
    ("R3年度目標", ["720", "60", "28", "12,800"]),
    ("R3年度実績", ["452", "84", "30", "7,260"]),
    ("目標値（R5年度）", ["750", "80", "累計150", "13,500"]),
]


def tsuruoka_html() -> str:
    head = "".join(f"<th>{c}</th>" for c in TSURU_COLS)
    rows = "\n".join(
        f"<tr><th>{label}</th>" + "".join(f'<td class="num">{v}</td>' for v in vals) + "</tr>"
        for label, vals in TSURU_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次鶴岡市総合計画 成果指標（KPI）の進捗状況 | 鶴岡市</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; }}
td.num {{ text-align: right; white-space: nowrap; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>第2次鶴岡市総合計画 成果指標（KPI）の進捗状況（令和3年度）</h1>
<p>「毎日、おいしい。ここで暮らしたい」鶴岡を目指し、基本計画の中項目ごとに設定した成果指標（KPI）の達成度を、数値に基づき4段階で判定しています。</p>
<h2>1　施策の概要</h2>
<table>
<tr><th>施策（中項目）</th><td>観光・交流の振興</td></tr>
<tr><th>計画期間</th><td>令和元年度～令和10年度（前期：令和元年度～令和5年度）</td></tr>
<tr><th>担当課</th><td>観光物産課</td></tr>
<tr><th>R3年度事業費（千円）</th><td class="num">186,420</td></tr>
</table>
<h2>2　成果指標（KPI）の推移</h2>
<table>
<tr><th>区分</th>{head}</tr>
{rows}
</table>
<p class="note">※R2年度の教育旅行は、新型コロナウイルス感染症の影響により受入れを中止した。</p>
<p class="note">※教育旅行受け入れ学校数の目標値（R5年度）は、R1～R5年度の5年間の累計。</p>
<p>問い合わせ先：鶴岡市 企画部 企画調整課</p>
</body>
</html>
"""


def tsuruoka() -> Path:
    path = HERE / "tsuruoka_kpi_shinchoku_r3.html"
    path.write_bytes(tsuruoka_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sakae, ishioka, suzu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tsuruoka().name}")


if __name__ == "__main__":
    main()
