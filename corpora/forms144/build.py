"""Build the built documents of forms144/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/isesaki_jigo_hyoka_r7.xlsx``, a 重点事業［事後］評価調書 in the manner of 伊勢崎市 (群馬県):
  a form block (重点施策, 重点事業名, 担当課, 事業費 in 千円), a 成果指標 grid with a bare 基準値 header
  (the year inside each cell), 目標 | 実績 | 達成率 under 令和7年度 and a 最終目標（R11）, and **a 1次～4次評価
  block (担当課長 / 担当副部局長 / 担当部局長 / 総合計画推進本部)**; and the PDF;
* ``source/oshino_senryaku_kensho_h29.xlsx``, 成果指標の検証 in the manner of 忍野村 (山梨県): a 数値目標 row
  above shaded 柱 rows, **実績 left of 目標 under 平成28年度**, 万人 with decimals, a `―` 単位, 未集計, and
  **a 中長期展望（2040年） column with `10,000程度`**; and the PDF;
* ``source/noto_kofukin_kensho_r5.xlsx``, a 地方創生推進交付金事業 効果検証シート in the manner of 能登町
  (石川県): form fields, a KPI grid with 事業開始前（R2） and 目標 | 実績 under 令和3～5年度, 千円 in 単位,
  未集計 (the 2024 earthquake), and ■/□ 推進会議 marks; and the PDF;
* ``tainai_senkogata_kekka_h27.html``, a 地方創生先行型 事業実施結果報告 page in the manner of 胎内市
  (新潟県): **事業 numbered ⑧ ⑦ ⑥ ⑤ newest first, sub-事業 in brackets and H27新規・H28継続 tags under
  the name**, units and 万人 inside the value cells, money in 円.

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
    wb.properties.creator = "forms144/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms144/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms144_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 伊勢崎市 (群馬県): 重点事業［事後］評価調書 (令和7年度実施事業)
# --------------------------------------------------------------------------------------------

# Real: 第3次伊勢崎市総合計画, 前期アクションプラン, 重点施策（目指す姿）, 重点事業[事後]評価, the 1次–4次 評価 by
# 担当課長 / 担当副部局長 / 担当部局長 / 総合計画推進本部. Made up: the 施策, 事業, 課, indicators, figures, money, grades.
ISESAKI = [
    # No., name, unit, baseline cell, R7 target, R7 actual, 達成率, R11 target
    (1, "妊娠届出時の保健師面接実施率", "％", "98.2（R5）", 100.0, 100.0, "100.0％", 100.0),
    (2, "産後ケア事業の利用者数", "人", "126（R5）", 150, 171, "114.0％", 200),
    (3, "乳幼児健康診査の受診率", "％", "96.4（R5）", 97.0, 95.8, "98.8％", 98.0),
    (4, "子育てに関する相談件数", "件", "2,310（R4）", "―", 2642, "―", 2800),
    (5, "育児に不安を感じる保護者の割合の減少", "％", "18.5（R5）", 17.0, 16.2, "104.9％", 15.0),
]


def isesaki() -> Path:
    wb, ws = _sheet("事後評価", [5, 34, 6, 13, 10, 10, 10, 13])
    _page(ws, "portrait")
    _text(ws, 1, 1, "重点事業［事後］評価調書（令和7年度実施事業）", bold=True, size=13)
    _text(ws, 2, 8, "伊勢崎市", align="right")
    _text(ws, 2, 1, "第3次伊勢崎市総合計画　前期アクションプラン", size=9)
    r = 4
    _span(ws, r, 1, 2, "重点施策（目指す姿）", header=True)
    _span(ws, r, 3, 8, "1-2　安心して子どもを産み育てられる環境が整っている")
    _span(ws, r + 1, 1, 2, "重点事業名", header=True)
    _span(ws, r + 1, 3, 5, "子育て世代包括支援事業")
    _put(ws, r + 1, 6, "担当課", header=True)
    _span(ws, r + 1, 7, 8, "こども保育課")
    _span(ws, r + 2, 1, 2, "事業費（R7決算）", header=True)
    _span(ws, r + 2, 3, 5, "48,215千円")
    _put(ws, r + 2, 6, "うち一般財源", header=True)
    _span(ws, r + 2, 7, 8, "21,430千円")
    for k in range(3):
        ws.row_dimensions[r + k].height = 20
    _text(ws, 8, 1, "1　成果指標", bold=True, size=11)
    h = 9
    _head2(
        ws,
        h,
        [(1, "No."), (2, "指標名"), (3, "単位"), (4, "基準値"), (8, "最終目標（R11）")],
        [(5, 7, "令和7年度", ["目標", "実績", "達成率"])],
    )
    for i, (no, name, unit, base, tgt, act, rate, final) in enumerate(ISESAKI):
        rr = h + 2 + i
        _put(ws, rr, 1, no, align="center", fmt="0")
        _put(ws, rr, 2, name)
        _put(ws, rr, 3, unit, align="center")
        _put(ws, rr, 4, base, align="right")
        _vals(ws, rr, 5, [tgt, act])
        _put(ws, rr, 7, rate, align="center" if rate == "―" else "right")
        _vals(ws, rr, 8, [final])
        ws.row_dimensions[rr].height = 20
    n = h + 2 + len(ISESAKI)
    _notes(
        ws,
        n,
        [
            "※基準値の（　）内は基準年度。No.4は令和7年度の目標値を設定していない。",
            "※達成率＝実績÷目標×100（No.5は目標÷実績×100）。",
        ],
    )
    j = n + 3
    _text(ws, j, 1, "2　評価", bold=True, size=11)
    heads = [
        (3, 4, "1次評価（担当課長）"),
        (5, 6, "2次評価（担当副部局長）"),
        (7, 7, "3次評価（担当部局長）"),
        (8, 8, "4次評価（総合計画推進本部）"),
    ]
    _span(ws, j + 1, 1, 2, "評価者", header=True)
    for c1, c2, word in heads:
        _span(ws, j + 1, c1, c2, word, header=True)
    ws.row_dimensions[j + 1].height = 30
    for k, (label, words) in enumerate(
        [("評価", ["A", "A", "B", "B"]), ("今後の方向性", ["拡充", "拡充", "継続", "継続"])]
    ):
        _span(ws, j + 2 + k, 1, 2, label, header=True)
        for (c1, c2, _), w in zip(heads, words, strict=True):
            _span(ws, j + 2 + k, c1, c2, w, align="center")
        ws.row_dimensions[j + 2 + k].height = 20
    _notes(ws, j + 5, ["※評価　A：順調に成果が上がっている　B：概ね順調　C：課題がある"])
    path = SOURCE / "isesaki_jigo_hyoka_r7.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 忍野村 (山梨県南都留郡): 地方創生 総合戦略 成果指標の検証 (平成28年度実績)
# --------------------------------------------------------------------------------------------

# Real: 忍野村 地方創生 総合戦略 (平成28年2月), its 成果指標の設定と検証, 将来目標（目標像）, 中長期展望（2040年）,
# 適正人口規模, 忍野村地方創生協議会, 忍野八海. Made up: the sheet, date, 柱 wording, every indicator and figure.
OSHINO = [
    (None, [("数値目標", "総人口", "人", [9336, 9462, 9538, 9450, 9500, "10,000程度"])]),
    (
        "柱1　地域の産業を活かし、安定した雇用を創出する",
        [
            ("①", "村内事業所の従業者数", "人", [8120, 8205, 8311, 8400, 8500, ""]),
            ("②", "忍野八海の観光入込客数", "万人", [138.5, 151.2, 162.0, 150.0, 160.0, ""]),
        ],
    ),
    (
        "柱2　若い世代の定住と子育ての希望をかなえる",
        [
            ("③", "転入者数", "人", [512, 498, "未集計", 530, 560, ""]),
            ("④", "合計特殊出生率", "―", [1.62, 1.58, 1.71, 1.65, 1.70, ""]),
        ],
    ),
]


def oshino() -> Path:
    wb, ws = _sheet("成果指標の検証", [10, 30, 7, 12, 11, 11, 11, 12, 16])
    _page(ws, "landscape")
    _text(ws, 1, 1, "忍野村地方創生総合戦略　成果指標の検証（平成28年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "平成29年8月　忍野村地方創生協議会　資料2", align="right")
    _text(ws, 3, 1, "将来目標（目標像）：富士の恵みと共に、誰もが住み続けたい村　おしの", size=10)
    h = 5
    _head2(
        ws,
        h,
        [
            (1, "区分"),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値（H26）"),
            (5, "H27実績"),
            (8, "目標値（H31）"),
            (9, "中長期展望（2040年）"),
        ],
        [(6, 7, "平成28年度", ["実績", "目標"])],
    )
    r = h + 2
    for heading, rows in OSHINO:
        if heading:
            _span(ws, r, 1, 9, heading, bold=True, fill=LIGHT)
            r += 1
        for no, name, unit, vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                fmt = "0.00" if name == "合計特殊出生率" else None
                if isinstance(v, float) and fmt is None:
                    fmt = "#,##0.0"
                fill = LIGHT if v == "" else None
                _put(ws, r, 4 + j, v, fmt=fmt, align="center" if v == "未集計" else None, fill=fill)
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r,
        [
            "※適正人口規模は、人口ビジョンにおいて概ね10,000人～11,000人と想定している（参考）。",
            "※転入者数の平成28年度実績は、住民基本台帳システム更新に伴い未集計。",
            "※中長期展望は2040年の展望値。網掛けは展望値を設定していない指標。",
        ],
    )
    path = SOURCE / "oshino_senryaku_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 能登町 (石川県鳳珠郡): 地方創生推進交付金事業 効果検証シート (令和5年度実施分)
# --------------------------------------------------------------------------------------------

# Real: 地方創生推進交付金 の効果検証 by 能登町創生総合戦略推進会議, 企画財政課, 第2期能登町創生総合戦略 (関係人口),
# the 令和6年能登半島地震. Made up: the 事業, its period and money, every KPI and figure, the evaluation marks.
NOTO = [
    ("移住者数", "人", [38, 45, 52, 50, 47, 55, 41]),
    ("関係人口登録者数（累計）", "人", [120, 200, 236, 280, 301, 360, 344]),
    ("空き家バンク成約件数", "件", [6, 8, 9, 10, 10, 12, "未集計"]),
    ("ふるさと納税寄附額", "千円", [152300, 180000, 211450, 230000, 268920, 280000, 312640]),
]


def noto() -> Path:
    wb, ws = _sheet("効果検証", [30, 7, 12, 10, 10, 10, 10, 10, 10])
    _page(ws, "portrait")
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和5年度実施分）", bold=True, size=13)
    _text(ws, 2, 9, "能登町創生総合戦略推進会議", align="right")
    r = 4
    _put(ws, r, 1, "交付対象事業の名称", header=True)
    _span(ws, r, 2, 9, "能登町ふるさと回帰・関係人口創出事業")
    _put(ws, r + 1, 1, "事業期間", header=True)
    _span(ws, r + 1, 2, 5, "令和3年度～令和5年度")
    _span(ws, r + 1, 6, 7, "担当課", header=True)
    _span(ws, r + 1, 8, 9, "企画財政課")
    _put(ws, r + 2, 1, "総事業費（3か年）", header=True)
    _span(ws, r + 2, 2, 5, "36,900千円")
    _span(ws, r + 2, 6, 7, "うち交付金", header=True)
    _span(ws, r + 2, 8, 9, "18,450千円")
    for k in range(3):
        ws.row_dimensions[r + k].height = 20
    _text(ws, 8, 1, "１　重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = 9
    _head2(
        ws,
        h,
        [(1, "KPI"), (2, "単位"), (3, "事業開始前（R2）")],
        [
            (4, 5, "令和3年度", ["目標", "実績"]),
            (6, 7, "令和4年度", ["目標", "実績"]),
            (8, 9, "令和5年度", ["目標", "実績"]),
        ],
    )
    for i, (name, unit, vals) in enumerate(NOTO):
        rr = h + 2 + i
        _put(ws, rr, 1, name)
        _put(ws, rr, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, rr, 3 + j, v, align="center" if v == "未集計" else "right")
        ws.row_dimensions[rr].height = 20
    n = h + 2 + len(NOTO)
    _notes(
        ws,
        n,
        [
            "※令和5年度の実績の一部は、令和6年能登半島地震の影響により未集計。",
            "※ふるさと納税寄附額には、令和6年1月以降の災害支援寄附（約4億円）を含まない。",
        ],
    )
    j = n + 3
    _text(ws, j, 1, "２　推進会議の評価", bold=True, size=11)
    _para(
        ws,
        j + 1,
        1,
        9,
        "■地方創生に相当程度効果があった　□地方創生に効果があった　□地方創生に対して効果がなかった\n"
        "今後の方針：事業の継続（関係人口の登録者を移住につなげる取組を強化する。）",
        34,
        border=True,
    )
    path = SOURCE / "noto_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 胎内市 (新潟県): 地方創生先行型に係る事業実施結果報告 (HTML)
# --------------------------------------------------------------------------------------------

# Real: the report's title, the ⑧ ⑦ ⑥ numbering printed newest first, the 事業 names with their sub-事業 in
# brackets, the H27新規・H28継続 / H27振替・H28継続 / H27新規・H28なし tags, the 事業概要 wording (不妊治療
# 15万円, 婚活イベント, 中条中核工業団地, 胎内市観光協会). Made up: the KPIs, every figure and the money.
TAINAI_ROWS = """<tr><td class="c">⑧</td><td>結婚・出産・子育て応援事業<br>（不妊治療支援事業）<br>H27振替・H28継続</td><td>特定不妊治療に要した費用について、1年度当たり1組の夫婦に対して15万円を限度に通算5年度まで助成する。</td><td>特定不妊治療費助成件数</td><td class="num">20件</td><td class="num">23件</td><td class="num">2,850,000</td></tr>
<tr><td class="c">⑦</td><td>結婚・出産・子育て応援事業<br>（若者交流事業）<br>H27新規・H28なし</td><td>出会いパーティーの企画、運営、参加者の募集、事前セミナーの開催等婚活イベントのトータルコーディネートを委託する。</td><td>カップル成立数</td><td class="num">10組</td><td class="num">7組</td><td class="num">1,980,000</td></tr>
<tr><td class="c">⑥</td><td>企業誘致促進事業<br>H27振替・H28継続</td><td>県営新潟中条中核工業団地への企業誘致を進めるため、首都圏での企業訪問と立地説明会を行う。</td><td>新規立地企業数</td><td class="num">1社</td><td class="num">1社</td><td class="num">4,120,000</td></tr>
<tr><td class="c">⑤</td><td>観光振興事業<br>H27新規・H28継続</td><td>一般社団法人胎内市観光協会が行う観光振興のための事業費に係る経費を一部負担する。</td><td>観光入込客数</td><td class="num">75万人</td><td class="num">71.8万人</td><td class="num">6,500,000</td></tr>"""


def tainai_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地方創生先行型に係る事業実施結果報告｜胎内市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; vertical-align: top; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップ &gt; 市政情報 &gt; 企画・計画 &gt; 胎内市まち・ひと・しごと創生総合戦略</p>
<h1>地方創生先行型に係る事業実施結果報告</h1>
<p>地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）を活用して平成27年度に実施した事業について、重要業績評価指標（KPI）の実績を報告します。事業名の下段は、平成27年度の区分（新規・振替）と平成28年度の扱いです。</p>
<h2>平成27年度事業の実績</h2>
<table border="1">
<tr><th>No.</th><th>事業名</th><th>事業概要</th><th>重要業績評価指標（KPI）</th><th>目標値（H28.3）</th><th>実績値（H28.3）</th><th>実績額（円）</th></tr>
{TAINAI_ROWS}
</table>
<p>※No.①～④は総合戦略策定事業等のため、KPIを設定していません。</p>
<p>問い合わせ先：総合政策課</p>
</body>
</html>
"""


def tainai() -> Path:
    path = HERE / "tainai_senkogata_kekka_h27.html"
    path.write_bytes(tainai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (isesaki, oshino, noto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tainai().name}")


if __name__ == "__main__":
    main()
