"""Build the built documents of forms131/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ichinomiya_genjo_hyoka_h27.xlsx``, a 施策評価（有効性評価） 現状評価シート in the manner of 一宮市
  (愛知県): まちづくり指標 with 実績値 over H22–H26 and 目標値（H29）, **one 現状評価 grade (A 改善傾向) merged
  down beside all the indicators, judged on their trend, not on the target**, 億円 and 万人 in 単位, ``―``
  survey gaps; and the PDF;
* ``source/gotemba_unei_hoshin_h27.xlsx``, a 運営方針進捗状況シート（半期振返り） in the manner of 御殿場市
  (静岡県): an annual H27目標 beside **上半期実績 for this and the previous year (H26.9末 | H27.9末)** and a
  前年同期比 column; and the PDF;
* ``source/aridagawa_ganbaru_seika_h21.xlsx``, a 頑張る地方応援プログラム 成果指標の実績 in the manner of
  有田川町 (和歌山県): **indicator names written as survey questions**, units inside the value cells
  (立方メートル, ha, %), ``―`` for years without a survey; and the PDF;
* ``ayabe_kouki_mokuhyo_shihyo.html``, a 総合計画 後期基本計画（案） 主な目標指標 in the manner of 綾部市
  (京都府): one table per 施策 under ``<h2>``, 現況値（令和6年度） and 目標値（令和12年度）, ``ヵ所`` and
  ``万件`` inside the cells.

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
    wb.properties.creator = "forms131/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms131/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms131_soffice_") as tmp:
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


def _field(ws, row: int, c_key: int, c_end: int, key: str, value: str, height=20, key_span=1):
    """A bordered key-value form field: the key shaded, the value merged to c_end."""
    _span(ws, row, c_key, c_key + key_span - 1, key, header=True)
    _span(ws, row, c_key + key_span, c_end, value, size=9)
    ws.row_dimensions[row].height = height


def _num(ws, r: int, c: int, v, fmt=None) -> None:
    if v == "―":
        _put(ws, r, c, v, align="center")
    elif isinstance(v, float):
        _put(ws, r, c, v, fmt=fmt or "#,##0.0")
    else:
        _put(ws, r, c, v, fmt=fmt)


# --------------------------------------------------------------------------------------------
# 一宮市 (愛知県): 平成27年度 施策評価（有効性評価） 重要なまちづくりの課題に対する現状評価シート
# --------------------------------------------------------------------------------------------

# Real: 一宮市, the 第6次総合計画, the 平成27年度 施策評価（有効性評価）, its 現状評価 A:改善傾向 / B:停滞 /
# C:悪化傾向 judged from the まちづくり指標の推移 and 社会動向, 礎3 産業の振興 and たくましい産業が躍動するまち
# づくり. Made up: the sheet's layout, date, 課題 wording, 主管部, every indicator, figure, the grade and notes.
ICHINOMIYA = [
    ("製造品出荷額等", "億円", (5882.4, 5951.0, 5803.7, 6012.5, 6140.2), 6500.0),
    ("市内事業所の従業者数", "人", (142310, "―", 140958, "―", 141520), 145000),
    ("創業支援による新規創業件数", "件", (38, 41, 45, 52, 61), 70),
    ("尾州ブランドを知っている市民の割合", "％", (34.5, "―", 36.8, "―", 39.2), 50.0),
    ("一宮七夕まつりの来場者数", "万人", (128, 122, 130, 125, 118), 135),
]


def ichinomiya() -> Path:
    widths = [30, 7, 9, 9, 9, 9, 9, 10, 10]
    wb, ws = _sheet("現状評価シート", widths)
    _text(
        ws,
        1,
        1,
        "平成27年度　施策評価（有効性評価）　重要なまちづくりの課題に対する現状評価シート",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "第6次一宮市総合計画", size=9)
    _text(ws, 2, 9, "平成27年10月　一宮市", align="right")
    _text(ws, 4, 1, "礎3　産業の振興　たくましい産業が躍動するまちづくり", bold=True, size=11)
    _field(
        ws,
        5,
        1,
        9,
        "重要なまちづくりの課題",
        "地域の産業が活性化し、市民の働く場が確保されている",
        key_span=2,
    )
    _field(ws, 6, 1, 9, "主管部", "経済部", key_span=2)
    _text(ws, 8, 1, "■まちづくり指標の推移", bold=True, size=10)
    h = 9
    _head2(
        ws,
        h,
        [(1, "まちづくり指標"), (2, "単位"), (8, "目標値\n（H29）"), (9, "現状評価")],
        [(3, 7, "実績値", ["H22", "H23", "H24", "H25", "H26"])],
    )
    r = h + 2
    first = r
    for name, unit, actuals, target in ICHINOMIYA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate((*actuals, target)):
            _num(ws, r, 3 + j, v)
        _put(
            ws,
            r,
            9,
            "A\n改善傾向" if r == first else None,
            align="center",
            size=11,
            bold=r == first,
        )
        ws.row_dimensions[r].height = 24
        r += 1
    _merge(ws, first, 9, r - 1, 9)
    _notes(
        ws,
        r + 1,
        [
            "現状評価：A 改善傾向　B 停滞　C 悪化傾向（まちづくり指標の推移、行政活動を越えた社会動向などから判断）",
            "※市内事業所の従業者数は経済センサス、市民の割合は市民アンケート（隔年）によるため、調査のない年度は「―」。",
            "※礎3を構成する事務事業の事業費（平成26年度決算）は1,284,530千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ichinomiya_genjo_hyoka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御殿場市 (静岡県): 平成27年度 運営方針進捗状況シート（半期振返り）
# --------------------------------------------------------------------------------------------

# Real: 御殿場市, the 平成27年度 運営方針進捗状況シート with its 半期振返り, 農林振興課, 総合計画運営方針記載事項
# 4-1 治山・治水の推進 and its (目的) text, the 間伐 of 178ha (国県費補助 69ha, 市費 109ha), the 森林経営計画
# support for 須山地区 and 茶畑地区. Made up: the grid, every other figure, 見通し word and the money.
GOTEMBA = [
    ("1", "間伐実施面積", "ha", 178.0, 42.6, 51.3, "120.4%", "計画どおり実施見込み"),
    ("2", "森林経営計画の策定支援地区数", "地区", 2, 1, 2, "200.0%", "支援完了"),
    ("3", "公共施設における市内産材の利用件数", "件", 3, 0, 1, "―", "下半期に2件予定"),
    ("4", "準用河川の改修延長", "m", 350, 120, 95, "79.2%", "下半期に集中施工"),
    ("5", "有害鳥獣の捕獲頭数", "頭", 600, 288, 315, "109.4%", "計画どおり"),
]


def gotemba() -> Path:
    widths = [5, 28, 6, 9, 9, 9, 9, 18]
    wb, ws = _sheet("半期振返り", widths)
    _text(ws, 1, 1, "平成27年度　運営方針進捗状況シート（半期振返り）", bold=True, size=12)
    _text(ws, 2, 8, "平成27年10月　御殿場市", align="right")
    _field(ws, 3, 1, 8, "担当課", "農林振興課", key_span=2)
    _field(ws, 4, 1, 8, "施策の柱", "4-1　治山・治水の推進", key_span=2)
    _field(
        ws,
        5,
        1,
        8,
        "（目的）",
        "水害等に対する安全性と、市民が水に親しみ、生物への配慮を両立した河川環境を確保するとともに、治山治水や水源涵養・林地保全など、森林の持つ公的役割が十分発揮できる整備の推進を目指します。",
        height=40,
        key_span=2,
    )
    _text(ws, 7, 1, "■取組指標の進捗（上半期）", bold=True, size=10)
    h = 8
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "取組指標"),
            (3, "単位"),
            (4, "H27目標"),
            (7, "前年同期比"),
            (8, "年度内の見通し"),
        ],
        [(5, 6, "上半期実績", ["H26.9末", "H27.9末"])],
    )
    r = h + 2
    for no, name, unit, target, prev, now, ratio, outlook in GOTEMBA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((target, prev, now)):
            _num(ws, r, 4 + j, v)
        _put(ws, r, 7, ratio, align="center" if ratio == "―" else "right")
        _put(ws, r, 8, outlook, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※上半期実績は、各年度の4月1日から9月30日までの実績です。",
            "※間伐実施面積の目標178haは、国県費補助による間伐69haと市費による間伐109haの計です。",
            "※前年同期比は、H27.9末÷H26.9末（H26.9末が0のものは「―」）。",
            "※平成27年度当初予算（農林振興課所管分）は312,450千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "gotemba_unei_hoshin_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 有田川町 (和歌山県有田郡): 頑張る地方応援プログラム 成果指標の実績（平成21年度）
# --------------------------------------------------------------------------------------------

# Real: 有田川町, the 頑張る地方応援プログラム, the 第一次有田川町長期総合計画's 生きがいのあるまちづくりプロジェ
# クト, its 目的、概要 text and its four 成果目標 with their 平成18年度 and 平成23年度 figures (1,500→2,500立方メー
# トル, 60→70ha, 9.0→20%, 15.9→30%). Made up: the report's layout and date, every actual, notes and the money.
ARIDAGAWA = [
    (
        "間伐材の有効利用",
        (
            "1,500立方メートル",
            "1,720立方メートル",
            "1,980立方メートル",
            "2,240立方メートル",
            "2,500立方メートル",
        ),
    ),
    ("山椒園地の拡大", ("60ha", "62ha", "63ha", "65ha", "70ha")),
    ("農業や林業は、魅力ある経営が営まれていると思いますか。", ("9.0%", "―", "11.4%", "―", "20%")),
    (
        "農林業を営むうえで農林道の整備や施設の近代化が図れ十分な基盤整備が行われていると思いますか。",
        ("15.9%", "―", "18.2%", "―", "30%"),
    ),
]


def aridagawa() -> Path:
    widths = [36, 15, 15, 15, 15, 15]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "頑張る地方応援プログラム　成果指標の実績（平成21年度）", bold=True, size=12)
    _text(ws, 2, 1, "第一次有田川町長期総合計画　重点プロジェクト", size=9)
    _text(ws, 2, 6, "平成22年6月　有田川町", align="right")
    _field(ws, 4, 1, 6, "プロジェクト名", "生きがいのあるまちづくりプロジェクト")
    _field(
        ws,
        5,
        1,
        6,
        "目的、概要",
        "活力を生み出す農林業の振興\n有田川町の基幹産業である農林業を中心とした魅力あふれる産業の振興に努めるとともに、雇用機会の創出を図り、活力ある農山村づくりを目指します。",
        height=44,
    )
    _text(ws, 7, 1, "■成果指標の実績", bold=True, size=10)
    h = 8
    for c, word in enumerate(
        [
            "成果指標",
            "平成18年度\n（現状）",
            "平成19年度",
            "平成20年度",
            "平成21年度",
            "平成23年度\n（目標）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, vals in ARIDAGAWA:
        _put(ws, r, 1, name)
        for j, v in enumerate(vals):
            _put(ws, r, 2 + j, v, align="center" if v == "―" else "right", size=8)
        ws.row_dimensions[r].height = 36
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※意識調査（農林業者アンケート）は隔年実施のため、調査のない年度は「―」。",
            "※平成21年度の頑張る地方応援プログラムに係る特別交付税措置額は28,460千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "aridagawa_ganbaru_seika_h21.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 綾部市 (京都府): 第6次綾部市総合計画 後期基本計画（案） 主な目標指標
# --------------------------------------------------------------------------------------------

# Real: 綾部市, the 第6次総合計画 後期基本計画（案）, its period 令和8–12年度, the 施策 防災対策の推進 and 健全な
# 行財政運営と広域連携, and the three 防災 目標指標 with their figures (2→5ヵ所, 322→440件, 180→240件). Made up:
# the page's date and 課, the two 行財政 indicators and their figures, the note.
AYABE = [
    (
        "防災対策の推進",
        [
            ("急傾斜地崩壊対策事業・砂防対策事業新規実施箇所数（累計）", "2ヵ所", "5ヵ所"),
            ("木造住宅耐震診断補助実施数（累計）", "322件", "440件"),
            ("木造住宅改修補助件数（累計）", "180件", "240件"),
        ],
    ),
    (
        "健全な行財政運営と広域連携",
        [
            ("市税の収納率（現年度分）", "99.2%", "99.5%"),
            ("ふるさと納税の寄附件数", "1.2万件", "2万件"),
        ],
    ),
]


def ayabe_html() -> str:
    parts = []
    for head, rows in AYABE:
        body = "\n".join(
            f'<tr><td>{name}</td><td class="num">{base}</td><td class="num">{target}</td></tr>'
            for name, base, target in rows
        )
        parts.append(
            f"""<h2>{head}</h2>
<table border="1">
<tr><th>目標指標</th><th>現況値<br>（令和6年度）</th><th>目標値<br>（令和12年度）</th></tr>
{body}
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第6次綾部市総合計画 後期基本計画（案）の主な目標指標｜綾部市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>第6次綾部市総合計画 後期基本計画（案）の主な目標指標</h1>
<p>令和7年11月　綾部市企画政策課</p>
<p>後期基本計画の計画期間は、令和8年度から令和12年度までの5年間です。施策ごとの主な目標指標は次のとおりです。</p>
{tables}
<p>※（累計）の指標は、制度創設時からの累計です。</p>
<p>※後期基本計画の計画期間中の投資的経費は、約180億円を見込んでいます。</p>
</body>
</html>
"""


def ayabe() -> Path:
    path = HERE / "ayabe_kouki_mokuhyo_shihyo.html"
    path.write_bytes(ayabe_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ichinomiya, gotemba, aridagawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ayabe().name}")


if __name__ == "__main__":
    main()
