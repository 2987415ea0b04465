"""Build the documents of forms331/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``tottori_juten_shihyo_r5.html``, a 総合計画 重点施策 成果指標 page in the manner of 鳥取市 (鳥取県): a grid
  with **no 単位 column, the units standing in a separate 「指標の定義と単位」 table under it** (one of them
  ``千人``), and **a baseline struck through and replaced by a re-tabulated value (``<del>52.3</del> 48.6※``)**;
* ``source/koshi_kpi_kensho_r5.xlsx``, a 地域再生計画 KPI効果検証シート in the manner of 合志市 (熊本県): full-width
  ``令和３年度実績`` headers, **a 単位 ``千円`` row whose final target cell carries its own ``5.2億円``**, a
  ``累計8`` target and **a 備考 column full of numbers that are no values**; and the PDF;
* ``source/bungoono_seika_shihyo_r5.xlsx``, a 総合計画 後期基本計画 成果指標 sheet in the manner of 豊後大野市
  (大分県): 施策 cells merged down with **the 主管課 in 【】 inside the cell**, ``千人``, ``約``, and **a
  合計特殊出生率 row whose cells carry their own three-year averaging window (``1.52（R3～R5平均）``)**; and the PDF;
* ``source/kijo_seika_kensho_r5.xlsx``, a 総合計画 成果指標の最終検証 sheet in the manner of 木城町 (宮崎県):
  Western fiscal years under a 令和 title, merged 基本目標 cells, a ○/△/× 判定 column read through its legend,
  and **a row whose cells say ``15地区中12地区`` (value 12)**; and the PDF.

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
    wb.properties.creator = "forms331/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms331/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms331_soffice_") as tmp:
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
# 鳥取市 (鳥取県): 第11次鳥取市総合計画 重点施策の成果指標（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its 基本計画 period (令和3年度～令和7年度), 第2期鳥取市総合戦略 as its 重点施策, the office
# 地方創生・デジタル化推進室, 765.31km², the move to 中核市 (平成30年4月), 17万7,621人 in 令和12年 (人口ビジョン,
# 令和3年3月改訂), 鳥取砂丘. Made up: the page, its date, every indicator, figure and note.
TT_ROWS = [
    ("1", "鳥取砂丘の観光入込客数", ["1,163", "566", "782", "1,000", "1,004", "1,300"]),
    ("2", "移住者数", ["431", "520", "611", "600", "658", "700"]),
    ("3", "新規就農者数", ["18", "21", "15", "22", "24", "25"]),
    (
        "4",
        "子育てしやすいまちだと思う市民の割合",
        ["<del>52.3</del><br>48.6※", "49.1", "51.8", "55.0", "53.0", "60.0"],
    ),
    ("5", "ふるさと納税の寄附件数", ["25,430", "41,200", "58,900", "60,000", "73,560", "80,000"]),
]
TT_DEFS = [
    (
        "1",
        "鳥取砂丘の観光入込客数",
        "鳥取砂丘及び砂丘周辺の観光施設を訪れた観光客の年度の延べ人数",
        "千人",
    ),
    ("2", "移住者数", "市の移住相談窓口や支援制度を利用して市外から転入した人数", "人"),
    ("3", "新規就農者数", "市内で新たに農業経営を始めた人数（49歳以下）", "人"),
    (
        "4",
        "子育てしやすいまちだと思う市民の割合",
        "市民意識調査で「そう思う」「ややそう思う」と答えた人の割合",
        "％",
    ),
    ("5", "ふるさと納税の寄附件数", "鳥取市ふるさと納税の年度の寄附件数", "件"),
]


def tottori_html() -> str:
    rows = "\n".join(
        f'<tr><td class="c">{no}</td><td>{name}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for no, name, vals in TT_ROWS
    )
    defs = "\n".join(
        f'<tr><td class="c">{no}</td><td>{name}</td><td>{text}</td><td class="c">{unit}</td></tr>'
        for no, name, text, unit in TT_DEFS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第11次鳥取市総合計画　重点施策の成果指標の状況（令和5年度） - 鳥取市</title>
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
<p><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・施策</a> &gt; 第11次鳥取市総合計画</p>
<h1>第11次鳥取市総合計画　重点施策の成果指標の状況（令和5年度）</h1>
<p>登録日：2024年9月27日　担当：地方創生・デジタル化推進室</p>
<p>鳥取市は面積765.31km²の県東部の中心都市で、平成30年4月に中核市へ移行しました。鳥取市人口ビジョン（令和3年3月改訂）では、令和12年（2030年）の人口を17万7,621人と見込んでいます。第11次鳥取市総合計画の基本計画（令和3年度～令和7年度）では、第2期鳥取市総合戦略を重点施策と位置付けており、その成果指標の令和5年度の状況をお知らせします。</p>
<h2>重点施策の成果指標（第2期鳥取市総合戦略）</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">基準値<br>（R元）</th><th colspan="2">実績値</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（R7）</th></tr>
<tr><th>R3</th><th>R4</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※No.4の基準値は、令和4年度の市民意識調査からWeb回答を併用したことに合わせ、令和元年度の調査結果を同じ方法で再集計した値（48.6）に改めました。当初公表した値（52.3）は取り消し線で示しています。</p>
<h3>指標の定義と単位</h3>
<table>
<thead>
<tr><th>No.</th><th>成果指標</th><th>定義</th><th>単位</th></tr>
</thead>
<tbody>
{defs}
</tbody>
</table>
<p>このページに関するお問い合わせ：地方創生・デジタル化推進室</p>
</body>
</html>
"""


def tottori() -> Path:
    path = HERE / "tottori_juten_shihyo_r5.html"
    path.write_bytes(tottori_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 合志市 (熊本県): 地域再生計画 KPI効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name (合志市まち・ひと・しごと創生推進計画), 62,707人 (2020年4月), 70,578人 in 2030, the 2006-02-27
# merger of 合志町 and 西合志町, 53.19km², 熊本市's commuter belt, セミコンテクノパーク, スイカ. Made up: the sheet,
# its date, the period's dates, 課, every KPI, figure and note.
KO_ROWS = [
    (
        "1",
        "市内企業への新規雇用者数",
        "人",
        [120, 138, 171, 170, 182, 200],
        "うち市外からの転入者64人（R5）",
    ),
    (
        "2",
        "セミコンテクノパーク周辺の新規立地企業数",
        "社",
        [2, 1, 0, 2, 3, "累計8"],
        "R5の3社のうち2社は半導体関連",
    ),
    (
        "3",
        "20～39歳の転入者数",
        "人",
        [1480, 1512, 1466, 1540, 1521, 1600],
        "同年代の転出者数1,392人（R5）",
    ),
    (
        "4",
        "スイカの出荷額",
        "千円",
        [486300, 471250, 502800, 500000, "―", "5.2億円"],
        "R5実績は令和6年12月確定",
    ),
]


def koshi() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 24, 6, 10, 10, 10, 10, 10, 11, 22])
    _text(
        ws,
        1,
        1,
        "地域再生計画　重要業績評価指標（KPI）効果検証シート（令和５年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和6年9月　合志市 政策企画課", align="right")
    fields = [
        ("地域再生計画の名称", "合志市まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和３年４月１日～令和８年３月31日"),
        ("担当課", "政策企画課"),
        (
            "市の現状",
            "平成18年2月27日に合志町と西合志町が合併して誕生した面積53.19km²の市。熊本市に隣接する住宅都市として人口が増え続け、2020年4月の人口は62,707人、2030年には70,578人となる見込みである。北部は黒ボク土の畑作地帯でスイカの産地、セミコンテクノパーク周辺には半導体関連企業が集積している。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 10, value, align="left")
        ws.row_dimensions[r].height = 56 if label == "市の現状" else 20
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元年度）",
        "令和３年度\n実績",
        "令和４年度\n実績",
        "令和５年度\n目標",
        "令和５年度\n実績",
        "最終目標\n（令和７年度）",
        "備考",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 10, c, h, header=True)
    ws.row_dimensions[10].height = 30
    r = 11
    for no, name, unit, vals, note in KO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 10), vals):
            _cell(ws, r, c, v)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2の最終目標は、令和3年度から令和7年度までの5年間の立地企業数の累計です。",
            "※No.4の最終目標は、金額の大きさから億円単位で設定しています。",
            "※備考欄の数値は参考として記載しているもので、KPIではありません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "koshi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊後大野市 (大分県): 第2次豊後大野市総合計画 後期基本計画 成果指標の推移（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its period (平成28年度～令和7年度) and that of the 後期基本計画 (令和3年度～令和7年度), the
# 将来像 「人も自然もシアワセなまち」, the 2005-03-31 merger of 5町2村, 603.14km², 「大分の野菜畑」, 日本ジオパーク and
# ユネスコエコパーク, 原尻の滝. Made up: the sheet, its date, the 施策, 課, every indicator, figure and note.
BO_BLOCKS = [
    (
        "2-1　農業の振興\n【農業振興課】",
        [
            ("1", "新規就農者数", "人", [14, 17, 12, 19, 20]),
            ("2", "有機農業の取組面積", "ha", [38.5, 41.2, 44.0, 47.3, 55.0]),
        ],
    ),
    (
        "3-2　観光の振興\n【商工観光課】",
        [
            ("3", "原尻の滝の観光入込客数", "千人", [312, 198, 245, 287, 350]),
            ("4", "ジオパーク拠点施設の来館者数", "人", [21540, 12806, 16330, "約19,000", 25000]),
        ],
    ),
    (
        "4-1　子育て支援の充実\n【子育て支援課】",
        [
            (
                "5",
                "合計特殊出生率",
                "―",
                [
                    "1.61（H29～R元平均）",
                    "1.55（R元～R3平均）",
                    "1.49（R2～R4平均）",
                    "1.52（R3～R5平均）",
                    1.80,
                ],
            ),
        ],
    ),
]


def bungoono() -> Path:
    wb, ws = _sheet("成果指標", [20, 5, 30, 6, 17, 17, 17, 17, 12])
    _text(
        ws,
        1,
        1,
        "第2次豊後大野市総合計画　後期基本計画　成果指標の推移（令和５年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年8月　豊後大野市 まちづくり推進課", align="right")
    fields = [
        ("計画の名称", "第2次豊後大野市総合計画"),
        ("計画期間", "平成28年度～令和7年度（10年間）　※後期基本計画は令和3年度～令和7年度"),
        ("将来像", "人も自然もシアワセなまち"),
        (
            "市の概要",
            "平成17年3月31日に大野郡の5町2村が合併して誕生。面積603.14km²。大野川の中・上流域に広がる県内屈指の畑作地帯で「大分の野菜畑」と呼ばれ、九州で唯一、日本ジオパークとユネスコエコパークの両方に認定されている。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 9, value, align="left")
        ws.row_dimensions[r].height = 40 if label == "市の概要" else 20
        r += 1
    _text(ws, 9, 1, "２　成果指標の推移", bold=True, size=11)
    heads = [
        "施策",
        "No.",
        "成果指標",
        "単位",
        "基準値（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "目標値（R7）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 10, c, h, header=True)
    ws.row_dimensions[10].height = 22
    r = 11
    for measure, inds in BO_BLOCKS:
        top = r
        for no, name, unit, vals in inds:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for c, v in zip(range(5, 10), vals):
                _cell(ws, r, c, v, size=9)
                if isinstance(v, float):
                    ws.cell(row=r, column=c).number_format = (
                        "0.0" if c < 9 or unit != "―" else "0.00"
                    )
            ws.row_dimensions[r].height = 26
            r += 1
        _put(ws, top, 1, measure, valign="center")
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※施策欄の【　】は、施策を主に担当する課です。",
            "※No.5の合計特殊出生率は、各欄の年度を最終年とする3年間の平均値で、（　）内はその平均の期間です。",
            "※No.4のR5実績は、令和6年2月末までの実績に3月分の見込みを加えた概数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "bungoono_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 木城町 (宮崎県): 第五次木城町総合計画 後期基本計画 成果指標の最終検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, the 後期基本計画's period (2019年度～2023年度), the 将来像 and the names of 基本目標 1 and 4,
# 145.96km², 約84% 山林原野, 4,516人 (令和6年10月末), 小丸川, 尾鈴山. Made up: the sheet, its date, 課, every
# indicator, figure, mark and note.
KJ_BLOCKS = [
    (
        "1　個性が光る産業のまち",
        [
            ("認定農業者数", "人", [62, 60, 61, 63, 58, 70], "×"),
            ("町内観光施設の入込客数", "人", [48200, 21350, 30420, 41880, 52160, 50000], "○"),
        ],
    ),
    (
        "4　快適で安全に暮らせるまち",
        [
            (
                "自主防災組織の結成地区数",
                "地区",
                [
                    "15地区中9地区",
                    "15地区中11地区",
                    "15地区中12地区",
                    "15地区中12地区",
                    "15地区中13地区",
                    "15地区中15地区",
                ],
                "△",
            ),
            ("町営住宅の入居率", "％", [88.5, 91.2, 93.0, 92.4, 94.1, 95.0], "△"),
        ],
    ),
]


def kijo() -> Path:
    wb, ws = _sheet("成果指標", [16, 22, 6, 12, 12, 12, 12, 12, 12, 7])
    _text(
        ws,
        1,
        1,
        "第五次木城町総合計画　後期基本計画　成果指標の最終検証（令和５年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和6年11月　木城町 総務財政課", align="right")
    fields = [
        ("計画の名称", "第五次木城町総合計画　後期基本計画"),
        ("計画期間", "2019年度～2023年度（5年間）"),
        ("将来像", "みんなで創る　明日に向けて翔くまち　木城"),
        ("担当課", "総務財政課"),
        (
            "町の概要",
            "宮崎県のほぼ中央、小丸川の流域に位置し、面積145.96km²の約84％を山林原野が占める。北西には尾鈴山がそびえる。人口は4,516人（令和6年10月末現在）。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 10, value, align="left")
        ws.row_dimensions[r].height = 36 if label == "町の概要" else 20
        r += 1
    _text(ws, 10, 1, "３　成果指標の最終検証", bold=True, size=11)
    _text(
        ws,
        11,
        1,
        "判定　○：目標を達成　△：計画策定時より改善したが目標に届かない　×：計画策定時を下回った",
        size=8,
    )
    _head2(
        ws,
        12,
        [(1, "基本目標"), (2, "成果指標"), (3, "単位"), (10, "判定")],
        [
            (4, 4, "計画策定時", ["2017年度"]),
            (5, 8, "実績値", ["2020年度", "2021年度", "2022年度", "2023年度"]),
            (9, 9, "目標値", ["2023年度"]),
        ],
    )
    r = 14
    for goal, inds in KJ_BLOCKS:
        top = r
        for name, unit, vals, mark in inds:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in zip(range(4, 10), vals):
                _cell(ws, r, c, v, size=8 if isinstance(v, str) else 9)
            _put(ws, r, 10, mark, align="center", size=11)
            ws.row_dimensions[r].height = 28
            r += 1
        _put(ws, top, 1, goal)
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※判定は、2023年度の実績値を目標値及び計画策定時の値と比べたものです。",
            "※自主防災組織の結成地区数は、町内15地区のうち自主防災組織を結成している地区の数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kijo_seika_kensho_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {tottori().name}")
    for make in (koshi, bungoono, kijo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)


if __name__ == "__main__":
    main()
