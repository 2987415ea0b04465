# ruff: noqa: E501
"""Build the built documents of forms272/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kawachi_jimujigyo_hyoka_r4.xlsx``, a 事務事業評価シート in the manner of 河内町 (茨城県):
  form fields (事業費 in 万円, the 応援金 amounts in prose) over a 活動指標/成果指標 grid with
  per-year units in 単位 (``件/年``, ``人/年``), **an actual ``10（満室）``**, a final target
  ``基準（R2）から5ポイント増`` and **a shaded ``単位当たりコスト（千円/件）`` row inside the grid**;
  and the PDF;
* ``source/chonan_kpi_shinchoku_r5.xlsx``, a 地域再生計画 KPI 進捗 in the manner of 長南町 (千葉県):
  **the 目標値 columns (R5, R7) before the 基準値 and 実績値 columns**, units and scale words only at
  the end of the names (``（万人）``, ``（百万円）``, **``（kg/年）``**), a ``―`` baseline and a ``―``
  actual, a count line of the sheet's own KPIs; and the PDF;
* ``source/neba_shisaku_hyoka_r3.xlsx``, a 施策評価シート in the manner of 根羽村 (長野県):
  **each 指標 a sentence row spanning the grid (name and target in one sentence) over its own
  ``実績`` value row**, **the unit ``ｍ３`` typed in full-width letters**, ``約180万`` cells in a
  ``円`` row, a ``前年度比`` column; and the PDF;
* ``omi_kpi_jisseki_r3.html``, a 総合戦略 KPI page in the manner of 麻績村 (長野県): no 単位
  column, units at the end of the names or in the cells, **a per-group unit ``（泊/組）``**, **an
  actual ``9（5＋4）`` written as a sum with its addends**, ``年間20組以上`` and ``95.0以上``.

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
    wb.properties.creator = "forms272/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms272/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms272_soffice_") as tmp:
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
# 河内町 (茨城県稲敷郡): 事務事業評価シート（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (iju-join.jp/prefectures/ibaraki/455): the town's 子育て支援住宅 and its 支援金, 第2子50万円 and
# 第3子以降100万円. Made up: the sheet, its date, 課, 事業名, money, every indicator and figure.
KW_ROWS = [
    ("活動指標", "①応援金の支給件数", "件/年", 18, 17, 20, 16, 20),
    ("活動指標", "②子育て支援住宅の入居世帯数", "世帯", 9, "10（満室）", 10, "10（満室）", 10),
    ("成果指標", "③出生数", "人/年", 38, 33, 40, 29, 40),
    (
        "成果指標",
        "④出生数に占める第2子以降の割合",
        "％",
        47.4,
        51.5,
        50.0,
        55.2,
        "基準（R2）から\n5ポイント増",
    ),
]


def kawachi() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 32, 8, 10, 10, 10, 10, 14])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート（令和4年度実績）", bold=True, size=14)
    _text(ws, 2, 8, "令和5年8月　河内町", align="right")
    fields = [
        ("事務事業名", "子育て世帯応援事業", "担当課", "福祉課"),
        ("総合計画の施策", "子育て支援の充実", "事業費（R4決算）", "1,130万円"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 3, v1, align="left")
        _span(ws, r, 4, 5, l2, header=True)
        _span(ws, r, 6, 8, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "事業の概要", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "第2子の出生に50万円、第3子以降の出生に100万円の応援金を支給するとともに、子育て支援住宅（10戸）を運営し、子育て世帯の経済的負担を軽減する。",
    )
    ws.row_dimensions[r].height = 30
    _text(ws, 8, 1, "２　指標の推移", bold=True, size=11)
    heads = ["区分", "指標名", "単位", "R2実績", "R3実績", "R4目標", "R4実績", "目標値（R6）"]
    for c, word in enumerate(heads, start=1):
        _put(ws, 9, c, word, header=True)
    ws.row_dimensions[9].height = 22
    r = 10
    for kind, name, unit, *vals in KW_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            c = 4 + j
            if isinstance(v, str):
                _put(
                    ws,
                    r,
                    c,
                    v,
                    align="right" if v[0].isdigit() else "center",
                    size=8 if "\n" in v else 9,
                )
            else:
                _put(ws, r, c, v, align="right", fmt="0.0" if isinstance(v, float) else "#,##0")
        ws.row_dimensions[r].height = 28 if kind == "成果指標" and unit == "％" else 22
        r += 1
    _span(ws, r, 1, 2, "単位当たりコスト（千円/件）", fill=LIGHT)
    _put(ws, r, 3, "", fill=LIGHT)
    for c, v in zip(range(4, 9), [711, 724, "―", 706, "―"], strict=True):
        _put(ws, r, c, v, align="center" if v == "―" else "right", fill=LIGHT)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※単位当たりコスト＝事業費÷応援金の支給件数（参考値。指標ではありません）。",
            "※②は入居世帯数（年度末）。子育て支援住宅は全10戸で、10は満室を表します。",
            "※④の基準（R2）はR2実績の47.4％。",
        ],
    )
    r += 6
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    for k, (label, value) in enumerate(
        [("有効性", "B（概ね有効）"), ("今後の方向性", "継続（支給要件は現状どおり）")]
    ):
        _put(ws, r + 1 + k, 1, label, header=True)
        _span(ws, r + 1 + k, 2, 8, value)
        ws.row_dimensions[r + 1 + k].height = 20
    _page(ws, "landscape")
    path = SOURCE / "kawachi_jimujigyo_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長南町 (千葉県長生郡): 地域再生計画 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1760): the plan name 長南町まち・ひと・しごと創生推進計画, the
# populations 8,206人 (H27国勢調査), 7,743人 (R3.1.1住基), 4,509人 (R22推計). 笠森観音 (笠森寺) is the
# town's temple (general knowledge). Made up: the sheet, its date, 課, money, every KPI and figure.
CN_ROWS = [
    ("KPI①", "笠森観音の観光入込客数（万人）", 15.0, 16.0, 14.2, 9.8, 12.1, 13.6),
    ("KPI②", "農産物直売所の売上額（百万円）", 170, 180, 152, 161, 158, 172),
    ("KPI③", "1人当たりごみ排出量の削減（kg/年）", 268, 260, 281, 276, 270, 265),
    ("KPI④", "移住相談を経た転入者数（累計）（人）", 30, 50, "―", 12, 23, 28),
    ("KPI⑤", "合計特殊出生率", 1.20, 1.30, 1.05, 0.98, 1.12, "―"),
]


def chonan() -> Path:
    wb, ws = _sheet("KPI進捗", [8, 36, 10, 10, 11, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "長南町　地域再生計画　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年9月　長南町企画政策課", align="right")
    fields = [
        ("地域再生計画の名称", "長南町まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和3年度～令和7年度"),
        (
            "町の人口",
            "8,206人（平成27年国勢調査）、7,743人（令和3年1月1日住民基本台帳）、令和22年推計4,509人",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "No."), (2, "KPI"), (5, "基準値\n（R元）")],
        [(3, 4, "目標値", ["R5", "R7"]), (6, 8, "実績値", ["R3", "R4", "R5"])],
    )
    r = 11
    for no, name, *vals in CN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        fmts = {
            j: ("0.00" if no == "KPI⑤" else "0.0")
            for j, v in enumerate(vals)
            if isinstance(v, float)
        }
        _vals(ws, r, 3, vals, fmts)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※単位は各KPI名の末尾の（　）内のとおり。KPI③は町民1人1年当たりの量で、少ないほど良い指標です。",
            "※KPI④の基準値は、移住相談窓口の開設前のため「―」。KPI⑤のR5実績は集計中のため「―」。",
            "※KPI5項目のうち、R5目標を達成したもの　2項目（KPI②、KPI③）",
            "※関連事業費（R5決算）　2,480万円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "chonan_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 根羽村 (長野県下伊那郡): 施策評価シート（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (nebamura.jp 村長コラム 2022-02-07; happy-mountain.life/neba): 総人口855人 (2021), 自然増減△8人,
# 社会増減18人, 前年対比10人増; 森林92%; トータル林業, 根羽杉, 義務教育学校. Made up: the sheet, date, 課,
# every indicator sentence and figure.
NB_ROWS = [
    (
        "1",
        "指標１　根羽杉の素材生産量を、令和5年度に年間6,000ｍ３まで増やす。",
        "ｍ３",
        [5120, 4860, 5540],
        ["―", "94.9%", "114.0%"],
    ),
    (
        "2",
        "指標２　森林整備（間伐）面積を、令和元年度から5年間で累計600haに拡大する。",
        "ha",
        [118, 249, 375],
        ["―", "―", "―"],
    ),
    (
        "3",
        "指標３　地域内通貨の年間流通額を、令和5年度に300万円へ伸ばす。",
        "円",
        ["約180万", "約210万", "約245万"],
        ["―", "116.7%", "116.7%"],
    ),
    (
        "4",
        "指標４　義務教育学校の森林体験学習への参加率100％を維持する。",
        "％",
        [100.0, 100.0, 96.3],
        ["―", "100.0%", "96.3%"],
    ),
]


def neba() -> Path:
    wb, ws = _sheet("施策評価", [6, 10, 8, 11, 11, 11, 9, 9, 9])
    _text(ws, 1, 1, "根羽村総合振興計画　施策評価シート（令和3年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和4年6月　根羽村", align="right")
    fields = [
        ("施策名", "トータル林業による森林資源の循環"),
        ("主管課", "産業建設課"),
        (
            "村の概況",
            "令和3年（1月～12月）の総人口は855人で、自然増減△8人、社会増減18人により前年から10人増加した。森林が村の面積の92％を占め、全世帯が森林組合員である。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 32 if len(value) > 40 else 20
        r += 1
    _text(ws, 8, 1, "２　成果指標と実績", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "No."), (2, "区分"), (3, "単位")],
        [(4, 6, "実績", ["R元", "R2", "R3"]), (7, 9, "前年度比", ["R元", "R2", "R3"])],
    )
    r = 11
    for no, sentence, unit, vals, ratios in NB_ROWS:
        _put(ws, r, 1, no, align="center", valign="center")
        _put(ws, r + 1, 1, None)
        _merge(ws, r, 1, r + 1, 1)
        _span(ws, r, 2, 9, sentence, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        _put(ws, r + 1, 2, "実績", align="center")
        _put(ws, r + 1, 3, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r + 1, 4 + j, v, align="right")
            else:
                _put(
                    ws,
                    r + 1,
                    4 + j,
                    v,
                    align="right",
                    fmt="0.0" if isinstance(v, float) else "#,##0",
                )
        for j, v in enumerate(ratios):
            _put(ws, r + 1, 7 + j, v, align="center" if v == "―" else "right")
        ws.row_dimensions[r + 1].height = 20
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※指標２の実績は令和元年度からの累計面積。前年度比は単年度の値どうしの比（指標２は算出しない）。",
            "※指標３の流通額は村内取扱店からの聞き取りによる概数。",
            "※令和3年度の関連事業費は4,860万円（うち森林環境譲与税1,200万円）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "neba_shisaku_hyoka_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 麻績村 (長野県東筑摩郡): 総合戦略 KPIの実績（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (blog.goo.ne.jp/nakagawahiroji 2021-08-04, 県議会 会派現地調査 麻績村): 人口2,614人; お試し住宅
# 1泊2,000円 (最大30日); 若者定住促進住宅43戸; 移住定住促進住宅 5戸, その年さらに4戸; 入居率100%近く,
# 入居倍率2倍以上. Made up: the page, date, 課, 基本目標 wording, every KPI figure and target.
OM_ROWS = [
    ("1", "移住お試し住宅の利用組数（組）", "14", "11", "18", "15", "年間20組以上"),
    ("2", "お試し住宅の平均滞在泊数（泊/組）", "4.2", "7.8", "6.5", "5.0", "6.0"),
    ("3", "移住定住促進住宅の整備戸数（累計）（戸）", "―", "5", "9（5＋4）", "9", "15"),
    ("4", "若者定住促進住宅の入居率（％）", "97.7", "100.0", "97.7", "95.0", "95.0以上"),
    ("5", "村への転入者数", "72人", "81人", "77人", "80人", "年間80人"),
]


def omi_html() -> str:
    rows = []
    for no, name, *vals in OM_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(f'<tr><td class="c">{no}</td><td>{name}</td>{cells}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>麻績村総合戦略 KPIの実績（令和3年度） - 麻績村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 村政情報 &gt; 計画・施策 &gt; 麻績村総合戦略</p>
<h1>麻績村総合戦略 KPIの実績（令和3年度）</h1>
<p>令和4年7月　麻績村振興課</p>
<p>麻績村総合戦略（第2期）に掲げた重要業績評価指標（KPI）について、令和3年度の実績を取りまとめました。村の人口は2,614人です。移住お試し住宅は1泊2,000円（最大30日）でご利用いただけます。</p>
<h2>基本目標２　麻績村への新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">基準値<br>（H30）</th><th colspan="2">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>R2</th><th>R3</th><th>R3</th><th>R6</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※No.3のR3実績「9（5＋4）」は、令和2年度に整備した5戸と令和3年度に整備した4戸の合計です。</p>
<p>※No.4の若者定住促進住宅は全43戸。入居倍率は2倍以上となっています。</p>
<p>※No.5の基準値・実績値は住民基本台帳による年度中の転入者数です。</p>
</body>
</html>
"""


def omi() -> Path:
    path = HERE / "omi_kpi_jisseki_r3.html"
    path.write_bytes(omi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kawachi, chonan, neba):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {omi().name}")


if __name__ == "__main__":
    main()
