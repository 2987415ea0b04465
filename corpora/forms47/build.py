"""Build the built documents of forms47/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/seto_kasokuka_kekka_h28.xlsx``, a sheet in the manner of 瀬戸市 (愛知県) 平成28年度
  地方創生加速化交付金に係る事業結果: key-value fields with money (交付金額, 実績額, 翌年度繰越額 in
  千円), a KPI grid with **a `5.0以上` target, a 達成率 column and a `事業の効果` column of
  legend numbers 1–4**; and from it ``seto_kasokuka_kekka_h28.pdf``;
* ``source/yurihama_juten_kadai_h26.xlsx``, a sheet in the manner of 湯梨浜町 (鳥取県) 第2次総合計画の
  進行管理及び事業評価: **counts in the headings (`〔3指標/7項目〕`, `（4項目）`)**, 実績 H23–H26 beside
  目標値 H26 | H27, a **`現状維持` target merged over both target years**, a 今後の方向性 column;
  and from it ``yurihama_juten_kadai_h26.pdf``;
* ``source/kawatana_jimujigyo_hyoka_h26.xlsx``, a sheet in the manner of 川棚町 (長崎県) 事務事業評価表:
  **平成26年度 split into 計画 | 見込 under one year**, later years 計画 only, **a KPI in 千円
  (販売額) beside a 事業費 block also in 千円**, the 評価審査会 result as a ○ row; and from it
  ``kawatana_jimujigyo_hyoka_h26.pdf``;
* ``hikone_shisaku_tasseido_h27.html``, a page in the manner of 彦根市 (滋賀県) 外部評価結果報告書
  「各施策指標による達成度一覧」: **era-less year headers (`22年度`, `25年度` …) on a 平成 report, scale
  words in the 単位 column (`万人`, `千人`)**, a 所管課 per row, a 達成度 percentage column.

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
    wb.properties.creator = "forms47/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms47/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms47_soffice_") as tmp:
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
# 瀬戸市 (愛知県): 地方創生加速化交付金に係る事業結果 — 以上の目標、達成率、事業の効果 1–4
# --------------------------------------------------------------------------------------------

# Real (city.seto.aichi.jp docs/2017102300134 and the report's copy): the report's title and date,
# the program IoTを活用した地域企業の高度化促進事業, the words 翌年度繰越額, 調査業務委託,
# 基本構想検討協議会, the 瀬戸市まち・ひと・しごと創生推進会議 as verifier. The 事業の効果 legend is
# the national 加速化交付金 wording. Made up: the fields' figures, every KPI and figure.
SETO = [
    # (No, KPI, 単位, 基準値, 目標値, 実績値, 達成率, 事業の効果)
    ("1", "IoT導入支援を受けた地域企業数", "社", 0, 10, 12, "120.0%", 1),
    ("2", "IoT導入企業の労働生産性の向上率", "％", "―", "5.0以上", 3.8, "76.0%", 2),
    ("3", "IoT関連分野での新規雇用者数", "人", 0, 15, 9, "60.0%", 2),
    ("4", "地域企業による新製品・新サービスの開発件数", "件", 2, 5, 5, "100.0%", 1),
    ("5", "IoT活用セミナーの参加者数", "人", 124, 200, 236, "118.0%", 1),
]


def seto() -> Path:
    widths = [5, 40, 7, 13, 12, 12, 10, 14]
    wb, ws = _sheet("事業結果", widths)
    _text(
        ws,
        1,
        1,
        "平成28年度 瀬戸市まち・ひと・しごと創生総合戦略にかかる事業実施結果",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "（地方創生加速化交付金に係る事業結果）", bold=True, size=11)
    _text(ws, 3, 8, "平成29年10月　瀬戸市", align="right", size=9)
    _text(ws, 5, 1, "１　事業の概要", bold=True, size=10)
    fields = [
        ("交付対象事業の名称", "IoTを活用した地域企業の高度化促進事業"),
        ("担当課", "産業課"),
        ("事業内容", "IoT導入調査業務委託、基本構想検討協議会の開催、地域企業向けセミナーの開催"),
        ("交付金額", "30,000千円"),
        ("実績額", "28,614千円"),
        ("翌年度繰越額", "0千円"),
    ]
    r = 6
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　重要業績評価指標（KPI）", bold=True, size=10)
    h = r + 2
    head = [
        "No",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（H27）",
        "目標値（H28）",
        "実績値（H28）",
        "達成率",
        "事業の効果",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, target, actual, rate, effect in SETO:
        fmt = "0.0" if unit == "％" else "#,##0"
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt, align="center" if base == "―" else "right")
        _put(ws, r, 5, target, fmt=fmt, align="right")
        _put(ws, r, 6, actual, fmt=fmt)
        _put(ws, r, 7, rate, align="right")
        _put(ws, r, 8, effect, fmt="0", align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※達成率＝実績値÷目標値（労働生産性の向上率は目標5.0％に対する割合）",
        "※事業の効果（瀬戸市まち・ひと・しごと創生推進会議による評価）",
        "　1　地方創生に非常に効果的であった　　2　地方創生に相当程度効果があった",
        "　3　地方創生に効果があった　　4　地方創生に対して効果がなかった",
        "※労働生産性の向上率の基準値「―」は、IoT導入前のため算出できないことを示します。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    r += len(notes) + 1
    _text(ws, r, 1, "３　今後の方針", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        8,
        "平成29年度以降は、地方創生推進交付金を活用し、IoT導入支援を受けた12社の取組を市内の中小企業へ横展開する。新規雇用者数は目標の6割にとどまったため、人材育成の取組と併せて雇用の拡大を図る。",
        44,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "seto_kasokuka_kekka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 湯梨浜町 (鳥取県): 第2次総合計画 重点課題の進行管理 — 見出しの件数、現状維持の目標
# --------------------------------------------------------------------------------------------

# Real (yurihama.jp soshiki/3/1361): the title 第2次湯梨浜町総合計画の進行管理及び事業評価（平成26年度
# 終了時点）, 重点課題（6分野／17指標／25項目）, 健康づくり分野〔3指標/7項目〕 and its three 指標 with
# their counts (健康づくり推進 4項目, 介護予防事業の取り組み 2項目, 母子保健事業の推進 1項目), the
# 計画期間 平成23年度～27年度, 主管課 evaluation with 今後の方向性. Made up: every 項目, figure, 主管課.
YURIHAMA = [
    (
        "健康づくり推進（4項目）",
        "健康推進課",
        [
            ("特定健康診査受診率", "％", 32.4, (35.1, 38.0, 40.2, 41.5), (55.0, 60.0), "拡充"),
            ("胃がん検診受診率", "％", 14.2, (15.0, 16.3, 17.9, 18.4), (18.0, 20.0), "継続"),
            (
                "健康づくり教室の参加者数",
                "人",
                1120,
                (1254, 1310, 1402, 1288),
                (1400, 1500),
                "見直し",
            ),
            ("ウォーキング大会の参加者数", "人", 350, (412, 398, 455, 520), (450, 500), "継続"),
        ],
    ),
    (
        "介護予防事業の取り組み（2項目）",
        "長寿福祉課",
        [
            ("介護予防教室の開催回数", "回", 96, (104, 110, 118, 120), (120, 120), "継続"),
            ("要介護認定率", "％", 18.6, (18.9, 19.2, 19.0, 19.4), ("現状維持",), "継続"),
        ],
    ),
    (
        "母子保健事業の推進（1項目）",
        "子育て支援課",
        [
            ("乳幼児健康診査の受診率", "％", 96.8, (97.5, 98.1, "―", 98.9), (100.0, 100.0), "継続"),
        ],
    ),
]


def yurihama() -> Path:
    widths = [28, 26, 6, 11, 9, 9, 9, 9, 9, 9, 12, 10]
    wb, ws = _sheet("重点課題", widths)
    _text(
        ws,
        1,
        1,
        "第2次湯梨浜町総合計画の進行管理及び事業評価（平成26年度終了時点）",
        bold=True,
        size=13,
    )
    _text(ws, 1, 12, "湯梨浜町", align="right", size=9)
    _text(ws, 2, 1, "計画期間：平成23年度～27年度　評価：主管課", size=9)
    _text(ws, 4, 1, "１．重点課題（６分野／17指標／25項目）", bold=True, size=11)
    _text(ws, 5, 1, "健康づくり分野〔3指標/7項目〕", bold=True, size=10)
    h = 6
    for c, word in ((1, "指標"), (2, "項目"), (3, "単位"), (4, "計画策定時（H22）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 8, "実績", header=True)
    for c, word in enumerate(["H23", "H24", "H25", "H26"], start=5):
        _put(ws, h + 1, c, word, header=True)
    _span(ws, h, 9, 10, "目標値", header=True)
    _put(ws, h + 1, 9, "H26", header=True)
    _put(ws, h + 1, 10, "H27", header=True)
    for c, word in ((11, "主管課"), (12, "今後の方向性")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 16
    r = h + 2
    for program, dept, items in YURIHAMA:
        start = r
        for name, unit, base, acts, targets, way in items:
            fmt = "0.0" if unit == "％" else "#,##0"
            _put(ws, r, 1, program if r == start else None, valign="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, fmt=fmt)
            for j, v in enumerate(acts):
                _put(ws, r, 5 + j, v, fmt=fmt, align="center" if v == "―" else "right")
            if len(targets) == 1:
                _span(ws, r, 9, 10, targets[0], align="center")
            else:
                for j, v in enumerate(targets):
                    _put(ws, r, 9 + j, v, fmt=fmt)
            _put(ws, r, 11, dept if r == start else None, align="center")
            _put(ws, r, 12, way, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
        if r - 1 > start:
            _merge(ws, start, 1, r - 1, 1)
            _merge(ws, start, 11, r - 1, 11)
    notes = [
        "※H25の乳幼児健康診査の受診率「―」は、集計方法の変更により数値を把握していない。",
        "※要介護認定率は、高齢化の進行の中で現状維持を目標とする。",
        "※健康づくり分野の関連事業費（H26決算）：12,480千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "yurihama_juten_kadai_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川棚町 (長崎県): 事務事業評価表 — 平成26年度の計画|見込、千円のKPI、審査会の○
# --------------------------------------------------------------------------------------------

# Real (川棚町 広報「事務事業評価を実施しました」, paperzz 6089523): 川棚町事務事業評価審査会, the
# 平成26年度 評価対象 (H27–H29 予定の事業), 番号 8 特産品販売宣伝促進事業 / 産業振興課, the result columns
# 実施すべき … その他 with ○, the コメント 引き続き実施すべきである。, the 事務事業評価表 and 評価審査表.
# Made up: the sheet's layout, fields, every indicator, figure and cost.
KAWATANA = [
    # (区分, 指標名, 単位, H25実績, H26計画, H26見込, H27計画, H28計画, H29計画)
    ("活動指標", "物産展・商談会への出展回数", "回", 6, 8, 9, 8, 10, 10),
    ("活動指標", "ふるさと納税返礼品の取扱品目数", "品目", 24, 30, 27, 35, 40, 45),
    ("成果指標", "町特産品の販売額", "千円", 18420, 21000, 22365, 23000, 25000, 27000),
    ("成果指標", "新規取引先の開拓数", "件", 4, 5, 3, 6, 6, 7),
]
KAWATANA_COST = [
    ("事業費", (3250, 3600, 3480, 3600, 3600, 3600)),
    ("うち一般財源", (1625, 1800, 1740, 1800, 1800, 1800)),
]


def kawatana() -> Path:
    widths = [10, 30, 6, 10, 10, 10, 10, 10, 10]
    wb, ws = _sheet("事務事業評価表", widths)
    _text(ws, 1, 1, "平成26年度　事務事業評価表", bold=True, size=13)
    _text(ws, 1, 9, "川棚町", align="right", size=9)
    _text(ws, 3, 1, "１　事務事業の概要", bold=True, size=10)
    fields = [
        ("番号", "8"),
        ("事務事業名", "特産品販売宣伝促進事業"),
        ("所管課", "産業振興課"),
        ("事業区分", "ソフト事業（平成27年度から平成29年度に実施予定）"),
        ("事業の目的", "町の特産品の販路を広げ、生産者の所得向上と町の知名度向上を図る。"),
    ]
    r = 4
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 9, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　活動指標・成果指標", bold=True, size=10)
    h = r + 2
    for c, word in ((1, "区分"), (2, "指標名"), (3, "単位")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 4, "平成25年度", header=True)
    _span(ws, h, 5, 6, "平成26年度", header=True)
    for c, word in ((7, "平成27年度"), (8, "平成28年度"), (9, "平成29年度")):
        _put(ws, h, c, word, header=True)
    for c, word in enumerate(["実績", "計画", "見込", "計画", "計画", "計画"], start=4):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 16
    r = h + 2
    first = {}
    for kind, name, unit, *values in KAWATANA:
        if kind not in first:
            first[kind] = r
        _put(ws, r, 1, kind if first[kind] == r else None, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(values):
            _put(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, first["活動指標"], 1, first["成果指標"] - 1, 1)
    _merge(ws, first["成果指標"], 1, r - 1, 1)
    _text(ws, r, 1, "※平成26年度の見込は、平成27年1月末現在の実績から推計した。", size=8)
    _text(ws, r + 2, 1, "３　事業費の推移（単位：千円）", bold=True, size=10)
    h = r + 3
    _span(ws, h, 1, 3, "項目", header=True)
    for c, word in enumerate(
        ["H25実績", "H26計画", "H26見込", "H27計画", "H28計画", "H29計画"], start=4
    ):
        _put(ws, h, c, word, header=True)
    r = h + 1
    for name, values in KAWATANA_COST:
        _span(ws, r, 1, 3, name)
        for j, v in enumerate(values):
            _put(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "４　評価審査会の結果", bold=True, size=10)
    h = r + 2
    results = ["実施すべき", "次年度以降へ繰越", "縮小", "統合", "再検討", "廃止", "その他"]
    _span(ws, h, 1, 2, "川棚町事務事業評価審査会", header=True)
    for c, word in enumerate(results, start=3):
        _put(ws, h, c, word, header=True, size=8)
    _span(ws, h + 1, 1, 2, "評価", align="center")
    for c, word in enumerate(results, start=3):
        _put(ws, h + 1, c, "○" if word == "実施すべき" else None, align="center")
    ws.row_dimensions[h].height = 24
    ws.row_dimensions[h + 1].height = 18
    _put(ws, h + 2, 1, "コメント", header=True)
    _span(
        ws,
        h + 2,
        2,
        9,
        "引き続き実施すべきである。販売額は増えているが、新規取引先の開拓に工夫が必要。",
    )
    ws.row_dimensions[h + 2].height = 20
    _page(ws, "portrait")
    path = SOURCE / "kawatana_jimujigyo_hyoka_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 彦根市 (滋賀県): 外部評価結果報告書 各施策指標による達成度一覧 — 元号なしの年度、単位の万人・千人
# --------------------------------------------------------------------------------------------

# Real (彦根市行政評価委員会 平成28年度 外部評価結果報告書（平成27年度実績）平成29年3月, pdfslide copy):
# the report's title, date and author, its section 7 各施策指標による達成度一覧, 施策と所管課. Made up:
# the table's layout, the 施策, every indicator, figure and 達成度, the notes.
HIKONE = [
    (
        "1-1",
        "子育て支援の充実",
        [
            ("子育て支援課", "保育所待機児童数", "人", "18", "12", "9", "14", "0", "22.2%"),
            (
                "子育て支援課",
                "地域子育て支援拠点の利用者数",
                "人",
                "21,540",
                "24,310",
                "25,882",
                "26,905",
                "28,000",
                "83.1%",
            ),
        ],
    ),
    (
        "4-2",
        "観光の振興",
        [
            (
                "観光交流課",
                "観光入込客数",
                "万人",
                "337.6",
                "366.2",
                "395.0",
                "402.8",
                "400.0",
                "104.5%",
            ),
            ("観光交流課", "外国人観光客数", "千人", "28", "45", "71", "96", "60", "212.5%"),
            (
                "文化財課",
                "彦根城の入場者数",
                "人",
                "684,512",
                "712,309",
                "752,340",
                "―",
                "800,000",
                "―",
            ),
        ],
    ),
]


def hikone_html() -> str:
    rows = []
    for no, name, items in HIKONE:
        for i, (dept, ind, unit, base, a25, a26, a27, target, rate) in enumerate(items):
            lead = f'<td rowspan="{len(items)}">{no}　{name}</td>' if i == 0 else ""
            rows.append(
                f'<tr>{lead}<td>{dept}</td><td>{ind}</td><td class="c">{unit}</td><td class="r">{base}</td><td class="r">{a25}</td><td class="r">{a26}</td><td class="r">{a27}</td><td class="r">{target}</td><td class="r">{rate}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>各施策指標による達成度一覧　彦根市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>平成28年度 外部評価結果報告書（平成27年度実績）</h1>
<p>平成29年3月　彦根市行政評価委員会</p>
<h2>7　各施策指標による達成度一覧</h2>
<p>彦根市総合計画で位置づけている施策ごとに設定した施策指標について、当初値からの推移と目標値に対する達成度を示します。</p>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">所管課</th><th rowspan="2">施策指標</th><th rowspan="2">単位</th><th rowspan="2">当初値<br>（22年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（27年度）</th><th rowspan="2">達成度</th></tr>
<tr><th>25年度</th><th>26年度</th><th>27年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※達成度＝（27年度実績値－当初値）÷（目標値－当初値）×100</p>
<p class="note">※彦根城の入場者数の27年度実績値は集計中のため「―」としています。</p>
<p class="note">※施策1-1の関連事業費（27年度決算）：1,842百万円</p>
</body>
</html>
"""


def hikone() -> Path:
    path = HERE / "hikone_shisaku_tasseido_h27.html"
    path.write_bytes(hikone_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (seto, yurihama, kawatana):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hikone().name}")


if __name__ == "__main__":
    main()
