"""Build the built documents of forms292/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sugito_shisaku_hyoka_r1.xlsx``, a 総合振興計画 施策評価シート in the manner of 杉戸町 (埼玉県):
  form fields (施策名, 主管課, 関係課, 事業費 ``1億2,460万円``) over a 成果指標 grid headed
  ``（単位は各欄に記載）`` with **no 単位 column: every value cell carries its unit and scale word**
  (``1,052億円``, ``18.6万人/年``, ``累計12社``, ``年5件以上``), a ``主な取組`` column with numbers in its
  text, and a shaded count row (``目標達成 2指標／4指標中``); and the PDF;
* ``aikawa_senryaku_suchi_h29.html``, a 総合戦略 数値目標 page in the manner of 愛川町 (神奈川県):
  a 西暦 ``更新日`` line over 和暦 tables; **each 数値目標 cell holds the name and, on a second line,
  its target with its year (``目標：7件（平成31年度までの累計）``, ``目標：年間1.2万人（平成31年度）``)**,
  no target column; ``rowspan`` 基本目標 cells, a ``担当課`` column, ``―`` and ``未集計``;
* ``source/ookuwa_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 大桑村 (長野県):
  units with scale words in the names (``（千人）``, ``（万円）``, ``（件/年）``, ``（ha）``), **each year's
  cell holding its own ``目標　52.0`` / ``実績　41.6`` lines**, and **a per-row money column
  ``関連事業費（R5決算・千円）`` with a 合計 row**; and the PDF;
* ``source/nagara_kouka_kensho_r5.xlsx``, a 交付金事業 効果検証シート in the manner of 長柄町 (千葉県):
  form fields with a ranking in prose (``県内54市町村中52位``), a baseline headed
  ``事業開始前（R4.3末）``, **a ``千回`` scale unit in the 単位 column with an ``約30`` actual**, ``延べ58``,
  and **word targets in the final column (``R4比で倍増``, ``現状維持``)**; and the PDF.

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
    wb.properties.creator = "forms292/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms292/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms292_soffice_") as tmp:
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


def _fields(ws, r, rows, last):
    """Key-value form rows: (label, value) pairs over columns 1..last (two pairs a row)."""
    for row in rows:
        if len(row) == 4:
            l1, v1, l2, v2 = row
            mid = (last + 1) // 2
            _put(ws, r, 1, l1, header=True)
            _span(ws, r, 2, mid, v1, align="left")
            _span(ws, r, mid + 1, mid + 1, l2, header=True)
            _span(ws, r, mid + 2, last, v2, align="left")
            ws.row_dimensions[r].height = 20
        else:
            label, value, height = row
            _put(ws, r, 1, label, header=True)
            _span(ws, r, 2, last, value, align="left")
            ws.row_dimensions[r].height = height
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 杉戸町 (埼玉県北葛飾郡): 第5次杉戸町総合振興計画 施策評価シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real (杉戸町議会 令和元年12月, comons.me; town page8931): the plan name 第5次杉戸町総合振興計画 (last
# year R2), 政策財政課, 商工観光課, 杉戸屏風深輪産業団地, 宿場まつり and 新グルメ, the population under
# 4万5千人. Made up: the sheet, its date, every figure, target, note and the 事業費.
SG_ROWS = [
    (
        "1",
        "杉戸屏風深輪産業団地の立地企業数",
        "0社",
        "9社",
        "11社",
        "累計12社",
        "企業誘致活動（延べ45社を訪問）",
    ),
    (
        "2",
        "町内事業所の製造品出荷額等",
        "1,052億円",
        "1,118億円",
        "1,096億円",
        "1,200億円",
        "工業統計調査による",
    ),
    (
        "3",
        "杉戸宿周辺の観光入込客数",
        "18.6万人/年",
        "21.4万人/年",
        "22.9万人/年",
        "22万人/年",
        "宿場まつり、新グルメの開発（3品）",
    ),
    ("4", "創業支援による起業件数", "3件", "4件", "6件", "年5件以上", "創業塾の開催（受講者28人）"),
]


def sugito() -> Path:
    wb, ws = _sheet("施策評価", [6, 32, 12, 12, 12, 12, 30])
    _text(ws, 1, 1, "第5次杉戸町総合振興計画　施策評価シート（令和元年度実績）", bold=True, size=14)
    _text(ws, 2, 7, "令和2年8月　杉戸町政策財政課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("施策名", "4-1　商工業の振興", "主管課", "商工観光課"),
            ("関係課", "政策財政課", "施策の事業費（R元決算）", "1億2,460万円"),
            (
                "施策の現状",
                "杉戸屏風深輪産業団地への企業立地が進み、町内の雇用の場が広がっている。一方、町の人口は令和元年中に4万5千人を割り込み、商店の後継者不足が続いている。",
                34,
            ),
        ],
        7,
    )
    _text(ws, r + 1, 1, "２　成果指標の状況（単位は各欄に記載）", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "基準値\n（H27）"),
            (6, "目標値\n（R元）"),
            (7, "主な取組（R元）"),
        ],
        [(4, 5, "実績値", ["H30", "R元"])],
    )
    r = h + 2
    for no, name, *vals, work in SG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="right")
        _put(ws, r, 7, work, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _span(ws, r, 1, 5, "成果指標の達成状況（R元目標に対する実績）", fill=LIGHT, bold=True)
    _span(ws, r, 6, 7, "目標達成　2指標／4指標中", fill=LIGHT, bold=True, align="left")
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※観光入込客数は、宿場まつり等のイベント来場者を含む延べ人数です。",
            "※製造品出荷額等は工業統計調査（従業者4人以上の事業所）によります。",
            "※施策の事業費は、本施策に位置付けた7事業の決算額の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sugito_shisaku_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 愛川町 (神奈川県愛甲郡): まち・ひと・しごと創生総合戦略 数値目標の進捗状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (town page 13813; タウンニュース 2016-03-11): the 人口ビジョン (2040年に約35,000人), 4つの基本目標 (1 and
# 2 as worded there), and the targets 就農者営農定着10件, 企業誘致7件, 起業5件, 転入者数 年間900人 (2019年まで).
# Made up: the page, its date, the baselines and actuals, 基本目標3's wording and KPI, the 課.
AK_GOALS = [
    (
        "1",
        "地域における安定した雇用を創出する",
        [
            (
                "就農者の営農定着件数",
                "目標：10件（平成31年度までの累計）",
                "2件",
                "5件",
                "7件",
                "農政課",
            ),
            ("企業誘致件数", "目標：7件（平成31年度までの累計）", "―", "2件", "4件", "商工観光課"),
            (
                "創業支援施策を通じた起業件数",
                "目標：5件（平成31年度までの累計）",
                "―",
                "1件",
                "3件",
                "商工観光課",
            ),
        ],
    ),
    (
        "2",
        "地域への新しいひとの流れをつくる",
        [
            (
                "生産年齢人口（16～64歳）の転入者数",
                "目標：年間900人（平成31年度）",
                "812人",
                "865人",
                "未集計",
                "企画政策課",
            )
        ],
    ),
    (
        "3",
        "若い世代の結婚・出産・子育ての希望をかなえる",
        [
            (
                "子育て支援センターの利用者数",
                "目標：年間1.2万人（平成31年度）",
                "9,870人",
                "10,412人",
                "11,056人",
                "子育て支援課",
            )
        ],
    ),
]


def aikawa_html() -> str:
    rows = []
    for no, goal, inds in AK_GOALS:
        for i, (name, target, *vals, dept) in enumerate(inds):
            span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
            head = f'<th{span} class="l">{no}　{goal}</th>' if i == 0 else ""
            rows.append(
                f"<tr>{head}<td>{name}<br>{target}</td>"
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + f'<td class="c">{dept}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>愛川町まち・ひと・しごと創生総合戦略 数値目標の進捗状況（平成29年度） - 愛川町</title>
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
<p>トップページ &gt; 組織でさがす &gt; 企画政策課 &gt; 計画</p>
<h1>愛川町まち・ひと・しごと創生総合戦略 数値目標の進捗状況（平成29年度）</h1>
<p>更新日：2018年07月10日</p>
<p>町では、人口ビジョンで2040年の人口を約35,000人と展望し、総合戦略の4つの基本目標ごとに数値目標を定めています。平成29年度までの実績を取りまとめましたので、お知らせします。</p>
<h2>基本目標ごとの数値目標</h2>
<table>
<thead>
<tr><th rowspan="2">基本目標</th><th rowspan="2">数値目標（目標値・目標年次）</th><th rowspan="2">策定時<br>（平成26年度）</th><th colspan="2">実績値</th><th rowspan="2">担当課</th></tr>
<tr><th>平成28年度</th><th>平成29年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※企業誘致件数及び起業件数は、総合戦略の策定後に始めた取組のため、策定時の値はありません（「―」）。</p>
<p>※平成29年度の転入者数は、住民基本台帳人口移動報告の公表後に掲載します。</p>
<p>※基本目標4「安心して暮らせる地域をつくる」の数値目標は、平成31年度の町民意識調査で測定するため掲載していません。</p>
<p>このページに関するお問い合わせ：企画政策課 企画政策班</p>
</body>
</html>
"""


def aikawa() -> Path:
    path = HERE / "aikawa_senryaku_suchi_h29.html"
    path.write_text(aikawa_html(), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# 大桑村 (長野県木曽郡): まち・ひと・しごと創生総合戦略（第2期） KPI検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia via wonilvalve.com): the population 3,088人 (推計人口 2024-10-01), the area 234.47km², 96% 山林,
# 須原宿・野尻宿. Made up: the sheet, its date, the 課, every KPI, figure and money.
OK_ROWS = [
    (
        "1",
        "須原宿・野尻宿の観光入込客数（千人）",
        "48.2",
        ("52.0", "41.6"),
        ("54.0", "50.3"),
        "56.0",
        3120,
    ),
    (
        "2",
        "ふるさと納税寄附額（万円）",
        "1,230",
        ("1,500", "1,862"),
        ("1,800", "2,415"),
        "2,000",
        4870,
    ),
    ("3", "移住相談件数（件/年）", "12", ("15", "18"), ("18", "16"), "20", 650),
    ("4", "間伐等の森林整備面積（ha）", "85.0", ("90.0", "92.5"), ("90.0", "88.1"), "90.0", 21400),
]


def ookuwa() -> Path:
    wb, ws = _sheet("KPI検証", [5, 34, 11, 13, 13, 11, 14])
    _text(
        ws,
        1,
        1,
        "大桑村まち・ひと・しごと創生総合戦略（第2期）　KPI検証シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和6年11月", align="right")
    r = _fields(
        ws,
        4,
        [
            ("所管課", "総務課", "検証", "大桑村総合戦略推進委員会"),
            ("村の概況", "人口3,088人（令和6年10月1日推計）、面積234.47km²（うち山林約96％）", 20),
        ],
        7,
    )
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=11)
    h = r + 2
    heads = [
        "No.",
        "重要業績評価指標（単位）",
        "基準値\n（R元）",
        "R4年度",
        "R5年度",
        "最終目標\n（R6）",
        "関連事業費\n（R5決算・千円）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, base, y4, y5, final, money in OK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, base, align="right")
        for c, (t, a) in ((4, y4), (5, y5)):
            _put(ws, r, c, f"目標　{t}\n実績　{a}", align="right")
        _put(ws, r, 6, final, align="right")
        _put(ws, r, 7, money)
        ws.row_dimensions[r].height = 30
        r += 1
    _span(ws, r, 1, 6, "関連事業費　合計", fill=LIGHT, bold=True, align="right")
    _put(ws, r, 7, sum(row[-1] for row in OK_ROWS), fill=LIGHT, bold=True)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※R4年度・R5年度の欄は、上段が目標、下段が実績です。",
            "※関連事業費は、各KPIに関連する事業の令和5年度決算額（千円）であり、KPIの値ではありません。",
            "※ふるさと納税寄附額は寄附受入額の合計です（返礼品等の経費を含む）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ookuwa_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長柄町 (千葉県長生郡): 令和5年度 地方創生推進交付金事業 効果検証シート
# --------------------------------------------------------------------------------------------

# Real (pedia.3rd-in.co.jp / kampuspedia 長柄町; 広報ながら 令和6年4月19日号 via mykoho.jp): the 平成27年
# 国勢調査 population 7,337人, 8.69%減, 県下54市町村中52位, the 移住定住推進事業 and 空き家・空き地バンク, 茂原長柄
# スマートインターチェンジ. Made up: the sheet, its date, 課, money, every KPI, figure and target.
NG_ROWS = [
    ("KPI①　空き家・空き地バンク成約件数", "件", "4", "6", "7", "R4比で倍増"),
    ("KPI②　移住相談会等への参加者数", "人", "36", "50", "延べ58", "80"),
    ("KPI③　町外からの転入者数", "人/年", "318", "", "296", "現状維持"),
    ("KPI④　町公式SNSの閲覧数", "千回", "12.5", "25", "約30", "40"),
]


def nagara() -> Path:
    wb, ws = _sheet("効果検証", [36, 8, 14, 12, 12, 16])
    _text(ws, 1, 1, "令和5年度　地方創生推進交付金事業　効果検証シート", bold=True, size=13)
    _text(ws, 2, 6, "令和6年8月　長柄町企画財政課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("事業名", "長柄町移住定住推進事業", 20),
            ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）", 20),
            ("事業費（R5・千円）", "8,640（うち交付金4,320）", 20),
            (
                "町の概況",
                "平成27年国勢調査の人口は7,337人で、前回調査から8.69％減少し、増減率は県内54市町村中52位であった。茂原長柄スマートインターチェンジを活かし、移住・定住を促進する。",
                34,
            ),
        ],
        6,
    )
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    h = r + 2
    heads = [
        "KPI",
        "単位",
        "事業開始前\n（R4.3末）",
        "R5年度\n目標",
        "R5年度\n実績",
        "最終目標\n（R7年度）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *vals in NG_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    r = _fields(
        ws,
        r + 1,
        [
            (
                "総合評価",
                "地方創生に相当程度効果があった（長柄町総合戦略推進会議　委員8名中6名）",
                20,
            )
        ],
        6,
    )
    _notes(
        ws,
        r + 1,
        [
            "※KPI③は最終目標のみ設定しています。「現状維持」は、事業開始前の水準を保つことを指します。",
            "※KPI④は、町公式Instagram及びFacebookの投稿閲覧数の年間合計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nagara_kouka_kensho_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sugito, ookuwa, nagara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {aikawa().name}")


if __name__ == "__main__":
    main()
