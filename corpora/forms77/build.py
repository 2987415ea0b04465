"""Build the built documents of forms77/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/totsukawa_jigo_hyoka_h26.xlsx``, a 地域再生計画（道整備交付金）事後評価調書 in the manner
  of 十津川村 (奈良県): a field block, then ``指標 | 基準値 | 基準年度 | 中間評価 (中間目標値 | 年度 |
  中間実績) | 事後評価 (最終目標値 | 年度 | 最終実績)`` with units inside the cells, the target as a
  change in the name's bracket and ranged years (``H22∼24``); and the PDF;
* ``source/taketa_kpi_kensho_r2.xlsx``, a KPI効果検証 in the manner of 竹田市 (大分県): ``基準値（R1）
  | R2実績 | 目標値（R6）`` and a ``進捗状況`` column of ■/□ bars with a legend; and the PDF;
* ``source/konan_seika_shihyo_h26.xlsx``, a 成果指標の達成状況 in the manner of 香南市 (高知県):
  ``基準値（H22） | 現状値（H26） | 区分 | 中間目標（H26） | 目標値（H28）`` with a ``区分`` word column
  and a ``H27.9公表予定`` actual; and the PDF;
* ``tamaki_kpi_hyoka_h30.html``, a KPI評価 page in the manner of 玉城町 (三重県): ``基準値 | 現在値
  （H30） | 目標値（H31） | 評価`` with S/A/B/C/― grades judged against the baseline and the target,
  baselines dating themselves in brackets and units inside the cells.

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
    wb.properties.creator = "forms77/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms77/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms77_soffice_") as tmp:
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
# 十津川村 (奈良県): 地域再生計画（道整備交付金）事後評価調書
# --------------------------------------------------------------------------------------------

# Real (十津川村 事後評価調書, expydoc copy): the form's title and field words, 奈良県, 十津川村,
# 平成22年度∼平成26年度, 十津川村建設課長, the plan's name, 指標1–3 with their brackets and every
# figure of them (which figure stands in which cell is read from a flattened copy), the ② prose.
# Made up: 指標4 and its figures, the money note, the layout.
TOTSUKAWA = [
    # (指標, 基準値, 基準年度, 中間目標値, 年度, 中間実績, 最終目標値, 年度, 最終実績)
    (
        "指標1",
        "村内集落間のアクセス改善\n（緊急車両到着時間5分短縮）",
        "35分",
        "H21",
        "35分",
        "H24",
        "35分",
        "30分",
        "H26",
        "30分",
    ),
    (
        "指標2",
        "林業の振興と地域環境の改善\n（間伐・下刈面積の12%増）",
        "1,200ha",
        "H17∼21",
        "1,315ha",
        "H22∼24",
        "2,215ha",
        "1,344ha",
        "H22∼26",
        "2,749ha",
    ),
    (
        "指標3",
        "観光客の誘致\n（観光客数5%の増）",
        "641,657人",
        "H20",
        "667,323人",
        "H24",
        "693,276人",
        "673,740人",
        "H26",
        "754,459人",
    ),
    (
        "指標4",
        "村営バスの利便性向上\n（村営バス利用者数3%の増）",
        "48,210人",
        "H21",
        "49,170人",
        "H24",
        "47,385人",
        "49,660人",
        "H26",
        "46,902人",
    ),
]


def totsukawa() -> Path:
    widths = [7, 30, 11, 9, 11, 8, 11, 11, 8, 11]
    wb, ws = _sheet("事後評価", widths)
    _text(ws, 1, 1, "地域再生計画（道整備交付金）事後評価調書", bold=True, size=13)
    fields = [
        ("都道府県名", "奈良県", "事業実施主体", "十津川村"),
        ("計画期間", "平成22年度∼平成26年度", "評価責任者", "十津川村建設課長"),
    ]
    r = 3
    for k1, v1, k2, v2 in fields:
        _span(ws, r, 1, 2, k1, header=True)
        _span(ws, r, 3, 5, v1)
        _span(ws, r, 6, 7, k2, header=True)
        _span(ws, r, 8, 10, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "地域再生計画名", header=True)
    _span(ws, r, 3, 10, "十津川村『心身再生の郷づくり計画』")
    ws.row_dimensions[r].height = 18
    r += 2
    _text(ws, r, 1, "①地域再生計画に記載した数値目標の実現状況", bold=True, size=10)
    h = r + 1
    top = ["指標", None, "基準値", "基準年度", "中間評価", None, None, "事後評価", None, None]
    low = [
        None,
        None,
        None,
        None,
        "中間目標値",
        "年度",
        "中間実績",
        "最終目標値",
        "年度",
        "最終実績",
    ]
    for c in range(1, 11):
        _put(ws, h, c, top[c - 1], header=True)
        _put(ws, h + 1, c, low[c - 1], header=True)
    _merge(ws, h, 1, h + 1, 2)
    _merge(ws, h, 3, h + 1, 3)
    _merge(ws, h, 4, h + 1, 4)
    _merge(ws, h, 5, h, 7)
    _merge(ws, h, 8, h, 10)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for label, name, *cells in TOTSUKAWA:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(cells):
            year = j in (1, 3, 6)
            _put(ws, r, 3 + j, v, align="center" if year else "right")
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    _text(ws, r, 1, "②地域再生計画に記載した数値目標以外の波及効果の実現状況", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        10,
        "○林道の整備が進んだことにより、集落間のアクセスが改善された。\n"
        "○林業作業場所へのアクセスも改善され、結果として作業量も増加し、林業への新規参入にもつながった。\n"
        "○村道、林道の整備が進んだことにより、世界遺産など観光スポットへのアクセスが改善され、観光客の増加につながった。",
        52,
        size=9,
        border=True,
    )
    notes = [
        "※指標2の数値は各期間（H17∼21、H22∼24、H22∼26）の合計面積です。",
        "※道整備交付金 総事業費：12億4,300万円（平成22年度∼平成26年度）",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 3 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "totsukawa_jigo_hyoka_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 竹田市 (大分県): KPI効果検証 — 基準値（R1）, R2実績, 目標値（R6）, ■/□ 進捗状況 bars
# --------------------------------------------------------------------------------------------

# Real (竹田市 page on the strategy): 第2期竹田市地方創生TOP総合戦略 (令和2年度から5か年),
# 竹田市地方創生TOP推進会議, 竹田市ファーマーズスクール, 長湯温泉, 岡城. Made up: 基本目標1's wording,
# the sheet, every KPI, figure, bar, legend and note.
TAKETA = [
    # (No, KPI, 単位, 基準値（R1）, R2実績, 目標値（R6）, 進捗状況)
    (1, "新規就農者数", "人", 14, "延べ15", "延べ70", "■□□□□"),
    (2, "竹田市ファーマーズスクール修了生数", "人", 6, 8, 10, "■■□□□"),
    (3, "長湯温泉の宿泊客数", "千人", 98.4, 61.2, 110.0, "□□□□□"),
    (4, "岡城跡の入場者数", "人", 92315, "―", 100000, "―"),
    (5, "農産物直売所の販売額", "千円", 412600, 455300, 480000, "■■■□□"),
]


def taketa() -> Path:
    widths = [5, 34, 7, 12, 12, 12, 14]
    wb, ws = _sheet("KPI効果検証", widths)
    _text(
        ws, 1, 1, "第2期竹田市地方創生TOP総合戦略　KPI効果検証（令和2年度実績）", bold=True, size=12
    )
    _text(ws, 2, 7, "令和3年8月　竹田市地方創生TOP推進会議", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　竹田の資源を生かし、稼ぐ力を高める", bold=True, size=11)
    h = 5
    head = ["No", "KPI", "単位", "基準値\n（R1）", "R2実績", "目標値\n（R6）", "進捗状況"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *cells, bar in TAKETA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="right", fmt=fmt)
        _put(ws, r, 7, bar, align="center", size=10)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※進捗状況：基準値から目標値までの進み具合を■1つ＝20％で表示（□□□□□は基準値以下）。―は実績なし。",
        "※「延べ」は令和2年度からの累計です。",
        "※岡城跡は令和2年度、新型コロナウイルス感染症対策のため入場者数を集計していません。",
        "※令和2年度 基本目標1関連事業費：1億3,870万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "taketa_kpi_kensho_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 香南市 (高知県): 成果指標の達成状況 — 基準値（H22）, 現状値（H26）, 区分, 中間目標（H26）, 目標値（H28）
# --------------------------------------------------------------------------------------------

# Real (香南市 実施計画, expydoc copy): 第1次香南市振興計画 (基本構想 H19～H28, 後期基本計画 5年),
# 第3章 いきいき健やか人に優しいまちづくり（健康福祉）, 施策大綱 11 健康づくりの推進. Made up: the
# sheet, every indicator, figure, 区分 word and note.
KONAN = [
    # (成果指標, 単位, 基準値（H22）, 現状値（H26）, 区分, 中間目標（H26）, 目標値（H28）)
    ("特定健康診査の受診率", "%", 41.3, 45.8, "順調", 45.0, 60.0),
    ("がん検診（胃がん）の受診率", "%", 12.6, 9.8, "遅れ", 14.0, 18.0),
    ("健康づくり推進員の養成者数", "人", 120, "142", "やや遅れ", 150, "累計200"),
    ("健康づくりに取り組んでいる市民の割合", "%", 52.0, "H27.9公表予定", "―", 55.0, 60.0),
    ("介護予防教室の参加者数", "人", 2480, "約2,900", "順調", 2800, 3200),
]


def konan() -> Path:
    widths = [34, 6, 11, 14, 9, 11, 11]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "第1次香南市振興計画　後期基本計画　成果指標の達成状況（平成26年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "平成27年7月　香南市企画課", align="right", size=9)
    _text(ws, 4, 1, "第3章　いきいき健やか人に優しいまちづくり（健康福祉）", bold=True, size=11)
    h = 5
    head = [
        "成果指標",
        "単位",
        "基準値\n（H22）",
        "現状値\n（H26）",
        "区分",
        "中間目標\n（H26）",
        "目標値\n（H28）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, base, now, word, mid, final in KONAN:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for c, v in ((3, base), (4, now), (6, mid), (7, final)):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, align="right", fmt=fmt)
        _put(ws, r, 5, word, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※区分　順調：中間目標を達成　やや遅れ：中間目標の90％以上　遅れ：中間目標の90％未満　―：判定できない",
        "※健康づくりに取り組んでいる市民の割合は市民意識調査（隔年）によるもので、平成26年度の結果は平成27年9月に公表予定です。",
        "※平成26年度 施策大綱11関連決算額：3億2,150万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "konan_seika_shihyo_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 玉城町 (三重県度会郡): KPIの評価 — 基準値, 現在値（H30）, 目標値（H31）, S/A/B/C/― 評価
# --------------------------------------------------------------------------------------------

# Real (玉城町まち・ひと・しごと創生総合戦略【案】, 平成28年1月, paperzz copy): the strategy's name,
# its 4つの基本目標 and the 第5次玉城町総合計画. The S/A/B/C/― wording follows a real 5段階 legend
# of another town's 総合計画 (長与町, see SOURCES.tsv). Made up: the page, 基本目標1's wording,
# every KPI, figure and grade.
TAMAKI = [
    # (KPI, 基準値, 現在値（H30）, 目標値（H31）, 評価)
    ("町内農産物直売所の販売額", "2.84億円（H26）", "3.12億円", "3.2億円", "A"),
    ("新規就農者数", "3人（H26）", "6人", "5人", "S"),
    ("田丸城跡の観光入込客数", "21.8万人（H26）", "20.4万人", "25万人", "C"),
    ("町内事業所の従業者数", "5,830人（H25）", "5,851人", "6,000人", "B"),
    ("玉城豚の出荷頭数", "―", "42,100頭", "45,000頭", "―"),
]


def tamaki_html() -> str:
    rows = "\n".join(
        f'<tr><td>{name}</td><td class="r">{base}</td><td class="r">{now}</td><td class="r">{target}</td><td class="c">{grade}</td></tr>'
        for name, base, now, target, grade in TAMAKI
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略KPIの評価｜玉城町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>玉城町まち・ひと・しごと創生総合戦略　KPIの評価（平成30年度）</h1>
<p>更新日：2019年9月30日　玉城町総務課</p>
<p>評価は、平成30年度の現在値を基準値及び目標値と比べ、S（現在値が目標値を超えている）、A（現在値が基準値を超えている）、B（現在値が基準値と同水準である（△10％以内））、C（現在値が基準値より下落している）、―（把握できない等の理由により評価できない）の5段階で行いました。</p>
<h2>基本目標1　農と食を生かした安定した雇用を創出する</h2>
<table>
<tr><th>重要業績評価指標（KPI）</th><th>基準値</th><th>現在値（H30）</th><th>目標値（H31）</th><th>評価</th></tr>
{rows}
</table>
<p class="note">※基準値の（　）内は把握した年度です。</p>
<p class="note">※玉城豚の出荷頭数は平成30年度からの集計のため基準値がありません。平成30年度の農業振興関連事業費は4,820万円でした。</p>
</body>
</html>
"""


def tamaki() -> Path:
    path = HERE / "tamaki_kpi_hyoka_h30.html"
    path.write_bytes(tamaki_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (totsukawa, taketa, konan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tamaki().name}")


if __name__ == "__main__":
    main()
