"""Build the built documents of forms180/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/izumozaki_suuchi_mokuhyo_r5.xlsx``, a 総合戦略 数値目標の検証 in the manner of 出雲崎町
  (新潟県): form fields over one grid whose 基本目標 cells are merged down the first column;
  **a target written as a five-year average (``5年平均66``) whose actual cells carry the running
  average since R2 in brackets (``59（平均62.0）``)**; **a count whose cells carry the money behind it
  in brackets (``688（2,064万円）``)**; a ◎/○/△ 評価 read through a legend; and the PDF;
* ``isumi_kpi_kensho_r5.html``, a 総合戦略 KPI 検証 page in the manner of いすみ市 (千葉県):
  ``<th rowspan>`` 施策 cells; **each year cell holds two labelled lines, ``目標：18`` over
  ``実績：22（49人）``**; **a 世帯 count with the persons in brackets (``22（49人）``)**; a rank row
  (``位``); ``万人``; an S/A/B/C 評価 defined by 達成率 bands in a legend paragraph; ``集計中``;
* ``source/minamiechizen_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 南越前町
  (福井県): form fields (施策番号, 施策名, 主管課, money, population by 地区) over a grid headed
  ``めざす値（R8）``; **``倍増`` as a target**; **counts carrying their foreign 内数 in brackets
  (``35,240（うち外国人402）``)**; ``千人``; an A/B/C 評価 with its legend; and the PDF;
* ``source/kijimadaira_kpi_shinchoku_r4.xlsx``, a 総合戦略 KPI 進捗 in the manner of 木島平村
  (長野県): ``令和3年度`` / ``令和4年度`` spanning ``目標 | 実績``; **a ``達成状況`` group with one
  ○/×/－ sub-column per year (``R3 | R4``)**; **``40未満`` as the final target**; ``―`` yearly
  targets; ``累計15``; ``百万円`` and ``千人`` in 単位; ``集計中``; and the PDF.

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
    wb.properties.creator = "forms180/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms180/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
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
    with tempfile.TemporaryDirectory(prefix="forms180_soffice_") as tmp:
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


def _fields(ws, row: int, rows, last: int) -> int:
    """Form fields: each row is (label, value) over the width, or (label, value, label, value)."""
    for item in rows:
        if len(item) == 2:
            _span(ws, row, 1, 2, item[0], header=True)
            _span(ws, row, 3, last, item[1], align="left")
        else:
            l1, v1, l2, v2 = item
            mid = 3 + (last - 3) // 2
            _span(ws, row, 1, 2, l1, header=True)
            _span(ws, row, 3, mid - 1, v1, align="left")
            _put(ws, row, mid, l2, header=True)
            _span(ws, row, mid + 1, last, v2, align="left")
        label = item[0] if len(item) == 2 else item[0] + item[2]
        ws.row_dimensions[row].height = 28 if "\n" in label else 20
        row += 1
    return row


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
    """Value cells: numbers right-aligned with a format, words and marks centred."""
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j)
        num = isinstance(v, (int, float))
        _put(ws, r, c0 + j, v, align="right" if num or _numlike(v) else "center", fmt=fmt)


def _numlike(v) -> bool:
    return isinstance(v, str) and bool(re.search(r"[0-9]", v))


# --------------------------------------------------------------------------------------------
# 出雲崎町 (新潟県三島郡): 第2期出雲崎町まち・ひと・しごと創生総合戦略 数値目標の検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (第2期出雲崎町まち・ひと・しごと創生総合戦略, as reported to the 全員協議会 of 令和2年1月): the three
# 基本目標 and their five 数値目標 with their targets (0歳から5歳児の数 160人 in 令和6年4月, 若者転入者数
# the R2–R6 five-year average 66人, 観光客数 275,000人, ふるさと納税申込件数 700件, 住み続けたいと思う人の
# 割合 70%); the population 4,113人 (2020) and 4,528人 (2015). Made up: the sheet, date, 推進委員会,
# money, every baseline, actual, average, amount, mark and note.
IZ_GOALS = [
    (
        "基本目標１\n若い世代の希望をかなえる町づくり",
        [
            ("0歳から5歳児の数", "人", 168, 158, 151, 149, 160, "△"),
            (
                "若者転入者数",
                "人",
                64,
                "59（平均62.0）",
                "71（平均65.0）",
                "67（平均65.5）",
                "5年平均66",
                "○",
            ),
        ],
    ),
    (
        "基本目標２\n様々な人が関わり、訪れ、交流する町づくり",
        [
            ("観光客数", "人", 248300, 182400, 231700, 262900, 275000, "○"),
            (
                "ふるさと納税申込件数",
                "件",
                "512（1,480万円）",
                "688（2,064万円）",
                "745（2,310万円）",
                "812（2,436万円）",
                700,
                "◎",
            ),
        ],
    ),
    (
        "基本目標３\n地域の資源を活かした魅力ある町づくり",
        [
            (
                "今後も出雲崎町に住み続けたいと思う人の割合",
                "％",
                63.5,
                "―（調査なし）",
                66.8,
                "―（調査なし）",
                70.0,
                "○",
            ),
        ],
    ),
]


def izumozaki() -> Path:
    wb, ws = _sheet("数値目標の検証", [22, 34, 6, 16, 16, 16, 16, 12, 7])
    _text(
        ws,
        1,
        1,
        "第2期出雲崎町まち・ひと・しごと創生総合戦略　数値目標の検証結果（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　出雲崎町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("町の人口", "4,113人（令和2年国勢調査）　※平成27年国勢調査では4,528人"),
            ("検証機関", "出雲崎町総合戦略推進委員会（産官学金労言の委員12名）"),
            ("関連事業費（R5決算・千円）", 38640),
        ],
        9,
    )
    _text(
        ws,
        r + 1,
        1,
        "評価　◎：最終目標を達成済み　○：最終目標は未達成だが基準値より改善　△：最終目標は未達成で基準値より後退",
        size=8,
    )
    _text(ws, r + 2, 1, "■数値目標の達成状況", bold=True, size=11)
    h = r + 3
    _head2(
        ws,
        h,
        [
            (1, "基本目標"),
            (2, "数値目標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "最終目標\n（R6）"),
            (9, "評価"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = h + 2
    for goal, rows in IZ_GOALS:
        top = r
        _put(ws, r, 1, goal, valign="center")
        for name, unit, *vals, mark in rows:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 9, mark, align="center", size=11)
            ws.row_dimensions[r].height = 34
            r += 1
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※0歳から5歳児の数は各年4月1日現在の住民基本台帳人口です。最終目標は令和6年4月1日現在の人数です。",
            "※若者転入者数の（　）内は、令和2年度からの平均値です。最終目標は令和2年度～令和6年度の5年間の平均です。",
            "※ふるさと納税申込件数の（　）内は、その年度の寄附額です。",
            "※観光客数は新潟県観光入込客統計（暦年）によります。令和3年は新型コロナウイルス感染症の影響で減少しました。",
            "※住み続けたいと思う人の割合は町民アンケート（令和元年度・令和4年度実施）によります。",
            "※5指標のうち、◎は1指標、○は3指標、△は1指標でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "izumozaki_suuchi_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# いすみ市 (千葉県): 第2期いすみ市まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 企画政策課; the 平成17年12月 merger of 夷隅町・大原町・岬町; the 住みたい田舎ベストランキング
# (宝島社『田舎暮らしの本』) 首都圏エリア総合第1位, 3年連続 in the 2019年版 (so 8年連続 in the 2024年版);
# organic rice in every 小中学校's 給食 since 平成27年. Made up: the page, its date, the 基本目標 and 施策
# wording, every other KPI, figure, grade and note.
IS_GROUPS = [
    (
        "(1)",
        "移住・定住の促進",
        [
            (
                "移住相談窓口を通じた移住者数",
                "世帯",
                "14（31人）",
                ("18", "22（49人）"),
                ("20", "19（45人）"),
                "24",
                "B",
            ),
            (
                "「住みたい田舎ベストランキング」首都圏エリア総合部門の順位",
                "位",
                "1",
                ("1", "1"),
                ("1", "1"),
                "1",
                "A",
            ),
            ("空き家バンクの成約件数", "件", "21", ("25", "27"), ("28", "20"), "30", "C"),
        ],
    ),
    (
        "(2)",
        "里山・里海の魅力を活かした交流の拡大",
        [
            ("観光入込客数", "万人", "152.8", ("140.0", "131.6"), ("145.0", "176.3"), "155.0", "S"),
            (
                "有機農業の取組面積",
                "ha",
                "22.0",
                ("30.0", "28.4"),
                ("33.0", "集計中"),
                "40.0",
                "－",
            ),
        ],
    ),
]


def isumi_html() -> str:
    rows = []
    for no, measure, inds in IS_GROUPS:
        for k, (name, unit, base, y4, y5, goal, grade) in enumerate(inds):
            head = (
                f'<th scope="rowgroup" rowspan="{len(inds)}" class="l">{no}<br>{measure}</th>'
                if k == 0
                else ""
            )
            cells = [f'<td class="num">{base}</td>']
            for tgt, act in (y4, y5):
                cells.append(f'<td class="num">目標：{tgt}<br>実績：{act}</td>')
            cells.append(f'<td class="num">{goal}</td>')
            cells.append(f'<td class="c">{grade}</td>')
            rows.append(
                f'<tr>{head}<th scope="row" class="l">{name}</th><td class="c">{unit}</td>'
                + "".join(cells)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期いすみ市まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度） - いすみ市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.legend {{ border: 1px solid #999; padding: 4px; }}
</style>
</head>
<body>
<p>トップ &gt; 市政情報 &gt; 計画・施策 &gt; 地方創生 &gt; KPIの検証結果</p>
<h1>第2期いすみ市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和5年度）</h1>
<p>掲載日：2024年9月20日　担当：企画政策課</p>
<p>いすみ市は、平成17年12月に夷隅町・大原町・岬町の3町が合併して誕生しました。平成27年からは市内の全小中学校の学校給食に有機米を使用しており、宝島社『田舎暮らしの本』の「住みたい田舎ベストランキング」では、2024年版で首都圏エリア総合部門の8年連続1位となりました。</p>
<p>第2期総合戦略に掲げた重要業績評価指標（KPI）について、令和5年度の実績を検証しました。令和4年度・令和5年度の欄には、その年度の目標値と実績値を記載しています。</p>
<p class="legend">評価の区分　S：目標値を大きく上回った（達成率120%以上）　A：目標値を達成した（達成率100%以上120%未満）　B：目標値を下回った（達成率80%以上100%未満）　C：目標値を大きく下回った（達成率80%未満）　－：評価できない</p>
<h2>基本目標２　いすみ市への新しい人の流れをつくる</h2>
<table>
<thead>
<tr><th>施策</th><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値<br>（H30）</th><th>令和4年度</th><th>令和5年度</th><th>目標値<br>（R6）</th><th>評価<br>（R5）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※移住者数の（　）内は、移住した人数です。</p>
<p>※順位は宝島社『田舎暮らしの本』の「住みたい田舎ベストランキング」（毎年2月号で発表）によります。</p>
<p>※有機農業の取組面積の令和5年度実績は、国の調査結果の公表前のため集計中です。</p>
<p>※評価は令和5年度の目標値に対する達成率によります。KPI5項目のうち、S・Aは2項目、B・Cは2項目でした。</p>
<p>※基本目標２の関連事業費（令和5年度決算）は64,380千円です。</p>
<p>お問い合わせ：いすみ市役所 企画政策課</p>
</body>
</html>
"""


def isumi() -> Path:
    path = HERE / "isumi_kpi_kensho_r5.html"
    path.write_bytes(isumi_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 南越前町 (福井県南条郡): 南越前町総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 観光まちづくり課; the population 10,002人 of the 令和2年国勢調査 by 地区 (南条 5,075人, 今庄 3,433人,
# 河野 1,494人); 今庄宿 (重要伝統的建造物群保存地区), the 北前船主の館・右近家 and 北前船主通り (河野), 花はす.
# Made up: the sheet, its numbering and date, 関係課, money, every indicator figure, grade and note.
ME_ROWS = [
    ("1", "観光入込客数", "千人", 842.6, 688.9, 760.0, 801.5, 900.0, "A"),
    (
        "2",
        "宿泊者数",
        "人",
        "38,420（うち外国人310）",
        "29,870（うち外国人95）",
        34000,
        "35,240（うち外国人402）",
        42000,
        "A",
    ),
    ("3", "今庄宿の来訪者数", "人", 18600, 24300, 28000, 31700, "倍増", "A"),
    ("4", "北前船主の館・右近家の入館者数", "人", 6240, 4110, 5500, 5020, 7000, "B"),
]


def minamiechizen() -> Path:
    wb, ws = _sheet("施策評価", [6, 30, 6, 22, 22, 10, 22, 11, 7])
    _text(ws, 1, 1, "南越前町総合計画　施策評価シート（令和5年度）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年7月　南越前町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("施策番号", "3-2", "施策名", "観光の振興"),
            ("主管課", "観光まちづくり課", "関係課", "建設整備課、商工振興課"),
            (
                "施策の目指す姿",
                "今庄宿や北前船主通り、花はすなど、山・海・里の資源を磨き、多くの人が訪れ、滞在するまち",
            ),
            ("施策に係る事業費\n（R5決算・千円）", 164820, "町の人口", "10,002人（R2国勢調査）"),
            ("地区別の人口", "南条地区 5,075人　今庄地区 3,433人　河野地区 1,494人（R2国勢調査）"),
        ],
        9,
    )
    _text(
        ws,
        r + 1,
        1,
        "評価　A：R5目標を達成　B：R5目標は未達成だが前年度より増加　C：R5目標は未達成で前年度より減少",
        size=8,
    )
    _text(ws, r + 2, 1, "１　成果指標の状況", bold=True, size=11)
    h = r + 3
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "基準値（R元）",
            "R4実績",
            "R5目標",
            "R5実績",
            "めざす値（R8）",
            "評価",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for no, name, unit, *vals, grade in ME_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※宿泊者数の（　）内は、外国人宿泊者数（内数）です。",
            "※観光入込客数は福井県観光客入込数（推計）によります（暦年）。",
            "※今庄宿の来訪者数は、国の重要伝統的建造物群保存地区である今庄宿の観光案内所等での計測値です。めざす値は「倍増」としています。",
            "※右近家は令和5年度に展示替えのため約1か月休館しました。",
            "※施策に係る事業費のうち、今庄宿の町並み保存に係る事業費は48,600千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "minamiechizen_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 木島平村 (長野県下高井郡): 第2期木島平村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real: the 第2期総合戦略 (令和2年度～令和6年度, revised 令和3年11月), the 人口ビジョン (3,600人 in 令和22年,
# 3,000人 in 令和42年), the area 99.32km², 26 集落, about 110 snow days, the 米・食味分析鑑定コンクール国際大会
# and the 木島平米ブランド研究会. Made up: the sheet, date, 基本目標 wording, money, every KPI figure, mark
# and note.
KJ_ROWS = [
    ("1", "遊休荒廃農地面積", "ha", 52.3, "―", 50.1, "―", 47.2, "40未満", "－", "－"),
    ("2", "新規就農者数", "人", 2, 3, 4, 3, 2, "累計15", "○", "×"),
    ("3", "米・食味分析鑑定コンクール国際大会の入賞数", "点", 5, 5, 7, 5, 6, 6, "○", "○"),
    ("4", "農産物直売所の売上額", "百万円", 182, 185, 191, 190, "集計中", 200, "○", "－"),
    ("5", "木島平スキー場の利用者数", "千人", 62.4, 55.0, 41.8, 58.0, 57.3, 65.0, "×", "×"),
]


def kijimadaira() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 36, 8, 10, 9, 9, 9, 9, 11, 7, 7])
    _text(
        ws,
        1,
        1,
        "第2期木島平村まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和5年8月　木島平村総務課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度（令和3年11月改訂）"),
            (
                "人口ビジョン",
                "令和22年（2040年）に3,600人、令和42年（2060年）に3,000人の人口をめざす",
            ),
            ("村の概要", "面積99.32k㎡、26の集落　積雪期間は年間約110日"),
            ("関連事業費（R4決算・千円）", 52180),
        ],
        11,
    )
    _text(
        ws,
        r + 1,
        1,
        "達成状況　○：その年度の目標を達成　×：その年度の目標に届かなかった　－：目標の設定がない、又は実績が確定していない",
        size=8,
    )
    _text(ws, r + 2, 1, "基本目標１　農業と観光を核とした稼ぐ力の向上", bold=True, size=11)
    h = r + 3
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "KPI"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (9, "目標値\n（R6）"),
        ],
        [
            (5, 6, "令和3年度", ["目標", "実績"]),
            (7, 8, "令和4年度", ["目標", "実績"]),
            (10, 11, "達成状況", ["R3", "R4"]),
        ],
    )
    r = h + 2
    for no, name, unit, *vals, m3, m4 in KJ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, m3, align="center", size=11)
        _put(ws, r, 11, m4, align="center", size=11)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※遊休荒廃農地面積は農業委員会の利用状況調査（各年12月末）によります。年度ごとの目標は設定していません。",
            "※新規就農者数の目標値は、令和2年度から令和6年度までの5年間の累計です。",
            "※入賞数は、木島平米ブランド研究会の会員による入賞の合計です。",
            "※農産物直売所の売上額の令和4年度実績は、決算の確定前のため集計中としています。",
            "※木島平スキー場の利用者数は、令和3年度は少雪と新型コロナウイルス感染症の影響により減少しました。",
            "※5指標のうち、令和4年度の目標を達成したのは1指標でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kijimadaira_kpi_shinchoku_r4.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (izumozaki, minamiechizen, kijimadaira):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {isumi().name}")


if __name__ == "__main__":
    main()
