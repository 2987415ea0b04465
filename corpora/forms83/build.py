"""Build the built documents of forms83/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hashimoto_ijuu_jisseki_r6.xlsx``, a 移住・定住施策の実績 sheet in the manner of 橋本市
  (和歌山県): form fields with 事業費 in 千円 above a grid ``基準値（R3） | 実績 R4 R5 R6 |
  3年間計 | 目標値（R6）``; and the PDF;
* ``source/hita_shisaku_hyoka_h30.xlsx``, a 施策評価シート in the manner of 日田市 (大分県):
  ``千人`` in the 単位 column, an ``H30見込`` column, two dated targets and a 進捗 word column;
  and the PDF;
* ``source/tosa_kpi_kensho_2019.xlsx``, a KPI table in the manner of 土佐町 (高知県): calendar
  years, ``163（累計）``, a range baseline ``20～30`` and a ``以下`` target; and the PDF;
* ``hiroshima_toshiken_kpi_2016.html``, a KPI list in the manner of 広島市 (広島広域都市圏発展
  ビジョン): values with their year in brackets, ``兆``/``億``/``万千`` scale words, ``〃``,
  ``現状維持以上`` and ``検討中`` targets, ``新`` marks.

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
    wb.properties.creator = "forms83/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms83/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms83_soffice_") as tmp:
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
# 橋本市 (和歌山県): 橋本創生総合戦略 移住・定住施策の実績（令和4年度～令和6年度）
# --------------------------------------------------------------------------------------------

# Real (a public 実績 page on the city's third term): 転入夫婦新築住宅取得補助金 R4 30件,
# R5 39件, R6 22件 (3年間計295人転入); 空き家移住応援補助金 R4 3件, R5 2件, R6 2件 (計7件);
# 返礼品 1,200品; デジタル地域通貨 利用実績 R6 2億3,800万円. Made up: every baseline and
# target, the yearly 転入者数 and 相談件数, the 返礼品 counts of R4/R5, the 事業費, date, 課.
HASHIMOTO = [
    # (No, 指標, 単位, 基準値（R3）, R4, R5, R6, 3年間計, 目標値（R6）)
    (1, "転入夫婦新築住宅取得補助金の交付件数", "件", 27, 30, 39, 22, 91, 35),
    (2, "空き家移住応援補助金の交付件数", "件", 1, 3, 2, 2, 7, 5),
    (3, "補助金を活用した転入者数", "人", 88, 102, 121, 72, 295, 110),
    (4, "ふるさと納税返礼品数", "品", 640, 850, 1020, 1200, "―", 1000),
    (5, "移住相談件数", "件", "―", 148, 176, 203, 527, 200),
]


def hashimoto() -> Path:
    widths = [5, 34, 6, 11, 9, 9, 9, 10, 11]
    wb, ws = _sheet("移住定住", widths)
    _text(
        ws,
        1,
        1,
        "橋本創生総合戦略　移住・定住施策の実績（令和4年度～令和6年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和7年6月　橋本市政策企画課", align="right", size=9)
    fields = [
        ("事業名", "移住・定住促進事業"),
        ("担当課", "政策企画課"),
        ("事業費（R6決算）", "48,250千円"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 3, key, header=True)
        _span(ws, r, 4, 9, value)
        ws.row_dimensions[r].height = 18
        r += 1
    h = r + 1
    for c, word in ((1, "No"), (2, "重要業績評価指標（KPI）"), (3, "単位"), (4, "基準値\n（R3）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績", header=True)
    for j, year in enumerate(("R4", "R5", "R6")):
        _put(ws, h + 1, 5 + j, year, header=True)
    for c, word in ((8, "3年間計"), (9, "目標値\n（R6）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *cells in HASHIMOTO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells):
            _put(ws, r, 4 + j, v, align="right" if v != "―" else "center")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※3年間計は令和4年度から令和6年度までの実績の合計です（No.4は品数のため合計しません）。",
        "※No.5は令和4年度に相談窓口を開設したため、基準値はありません（―）。",
        "※参考：プレミアム付デジタル地域通貨の利用実績は令和6年度2億3,800万円でした。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "hashimoto_ijuu_jisseki_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日田市 (大分県): 第6次日田市総合計画 施策評価シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (日田市 page on the plan): 第6次日田市総合計画, its period 平成29年度～平成39年度 (11年間),
# the 将来像 「ともにつくる一人ひとりが主役の ひた」; the 平成29年7月九州北部豪雨. Made up: the
# sheet, the 施策, every indicator and figure, the 事業費, the date and notes.
HITA = [
    # (成果指標, 単位, 計画策定時（H27）, H28実績, H29実績, H30見込, 目標値（H33）, 目標値（H39）, 進捗)
    ("観光入込客数", "千人", 4820, 4610, 4950, 5050, 5300, 5600, "順調"),
    ("宿泊客数", "千人", 702, 655, 688, 710, 750, 800, "やや遅れ"),
    ("外国人宿泊客数", "人", 38410, 45200, 61880, 70000, 60000, 80000, "順調"),
    ("旅館・ホテルの客室稼働率", "％", 52.3, 50.1, "―", 54.0, 55.0, 60.0, "やや遅れ"),
    ("観光案内所の利用者数", "人", 12500, 13100, 12800, 13400, 14000, 15000, "順調"),
]


def hita() -> Path:
    widths = [26, 6, 11, 9, 9, 9, 10, 10, 9]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "第6次日田市総合計画　施策評価シート（平成30年度）", bold=True, size=12)
    _text(ws, 2, 9, "平成30年10月　日田市企画課", align="right", size=9)
    fields = [
        ("将来像", "ともにつくる一人ひとりが主役の ひた"),
        ("施策", "3-2　観光の振興"),
        ("主管課", "観光課"),
        ("施策に係る事業費（H30予算）", "1億2,340万円"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 9, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "成果指標の状況", bold=True, size=10)
    h = r + 2
    head = [
        "成果指標",
        "単位",
        "計画策定時\n（H27）",
        "H28実績",
        "H29実績",
        "H30見込",
        "目標値\n（H33）",
        "目標値\n（H39）",
        "進捗",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *cells in HITA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            fmt = "0.0" if unit == "％" else None
            align = "center" if v == "―" or j == 6 else "right"
            _put(ws, r, 3 + j, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※H30見込は平成30年9月末までの実績から推計した年度末の見込値です。",
        "※H29の客室稼働率は平成29年7月九州北部豪雨の影響により調査を実施していません（―）。",
        "※目標値（H33）は前期基本計画、目標値（H39）は計画最終年度の目標です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "hita_shisaku_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 土佐町 (高知県土佐郡): 第2期土佐町総合戦略 KPIの設定（2019年）
# --------------------------------------------------------------------------------------------

# Real (土佐町's 地域再生計画 summary): the 2015 census 3,997人, 高齢化率 44.8% (2015), 移住者数
# 163名 over the first strategy (2014年～2019年), births 年平均20～30人, the 社人研-based
# projection 1,869人 (2060年), 住民幸福度 as the plan's idea. Made up: the sheet, the 2019
# figures, every target, the 幸福度 scores, date, 課.
TOSA = [
    # (指標, 単位, 現状値（2015年）, 2019年実績, 目標値（2024年）)
    ("総人口", "人", 3997, 3832, 3700),
    ("高齢化率", "％", 44.8, 46.1, "47.0以下"),
    ("出生数", "人/年", "20～30", 24, 28),
    ("移住者数", "人", "―", "163（累計）", 150),
    ("住民幸福度（10点満点）", "点", "―", 6.2, 6.5),
]


def tosa() -> Path:
    widths = [30, 8, 14, 14, 14]
    wb, ws = _sheet("KPI", widths)
    _text(
        ws,
        1,
        1,
        "第2期土佐町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 5, "2020年3月　土佐町企画推進課", align="right", size=9)
    _text(ws, 4, 1, "基本目標2　土佐町への新しいひとの流れをつくる", bold=True, size=11)
    h = 6
    head = ["指標", "単位", "現状値\n（2015年）", "2019年実績", "目標値\n（2024年）"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *cells in TOSA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 3 + j, v, align="right" if v != "―" else "center", fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※総人口・高齢化率の現状値は国勢調査（2015年10月1日）、2019年実績は住民基本台帳（各年1月～12月の集計ほか）。",
        "※出生数の現状値は2010年～2015年の年平均の幅です。",
        "※移住者数の2019年実績は第1期総合戦略期間（2014年～2019年）の累計、目標値は第2期（2020年～2024年）の累計です。",
        "※社人研準拠の推計では、2060年の人口は1,869人まで減少するとされています。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "tosa_kpi_kensho_2019.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 広島市 (広島県): 広島広域都市圏発展ビジョン 重要業績評価指標（KPI）の見直し
# --------------------------------------------------------------------------------------------

# Real (広島市's paper on the KPI review of the 広島広域都市圏発展ビジョン, 2016): the 都市圏像
# 《経済面》 and its words, the 施策 ⑴–⑷ names (printed here as （1）–（4）), every KPI name, 現状値 and 目標値 below
# (9兆1,400億円, 73,618社, 1,045,808人, 〃, 新, 検討中, 7.4%, 8.9%, 2.0箇所, 3,737万8千人,
# 4,100万人, 36.5%, 40%以上). Made up: the page, its date, the table's markup, the notes.
HIROSHIMA_ROWS = """<tr><th scope="rowgroup" rowspan="3">基本目標</th><td>○ 総生産</td><td class="r">9兆1,400億円（2012年度）</td><td class="r">10兆円（2020年度）</td></tr>
<tr><td>○ 企業数</td><td class="r">73,618社（2014年）</td><td class="r">現状維持以上（2020年）</td></tr>
<tr><td>○ 従業者数</td><td class="r">1,045,808人（2014年）</td><td class="c">〃</td></tr>
<tr><th scope="row">施策（1） 「ローカル経済圏」の構築に向けた仕組みを創る</th><td>新 広島広域都市圏産業振興研究会で企画立案する新規・拡充事業への参画企業数（累計）</td><td class="c">―</td><td class="r">検討中（2020年度）</td></tr>
<tr><th scope="row">施策（2） 次世代へ変革を続ける産業を支援する</th><td>新 開業率</td><td class="r">7.4%（2014年）</td><td class="r">8.9%（2020年）</td></tr>
<tr><th scope="rowgroup" rowspan="2">施策（3） 世界が注目する観光都市圏へ挑戦する</th><td>・圏域来訪観光客の訪問市町数</td><td class="r">2.0箇所（2014年）</td><td class="r">2.2箇所（2020年）</td></tr>
<tr><td>・入込観光客数</td><td class="r">3,737万8千人（2014年）</td><td class="r">4,100万人（2020年）</td></tr>
<tr><th scope="row">施策（4） 魅力ある里山・里海産業を支援する</th><td>新 学校給食における地場の農水産物の使用割合</td><td class="r">36.5%（2014年度）</td><td class="r">40%以上（2020年度）</td></tr>"""


def hiroshima_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>広島広域都市圏発展ビジョンのKPIの見直し｜広島市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
thead th {{ background: #e8e8e8; font-weight: normal; }}
tbody th {{ font-weight: normal; text-align: left; background: #f7f7f7; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>広島広域都市圏発展ビジョンの重要業績評価指標（KPI）の見直し</h1>
<p>更新日：2016年11月15日　広島市企画総務局広域都市圏推進課</p>
<p>平成28年3月の広島広域都市圏発展ビジョンの策定に併せて、目指す都市圏像ごとに重要業績評価指標（KPI）を設定しています。より適切な指標を設定し成果を検証するため、施策ごとにKPIを設定するよう見直しを行います。</p>
<h2>《経済面》ヒト・モノ・カネ・情報が巡る都市圏を創る</h2>
<table>
<thead>
<tr><th>目指す都市圏像／施策</th><th>基本目標／KPI</th><th>現状値</th><th>目標値</th></tr>
</thead>
<tbody>
{HIROSHIMA_ROWS}
</tbody>
</table>
<p class="note">※「新」は今回の見直しで新たに設定したKPIです。「〃」は上欄と同じです。</p>
<p class="note">※圏域の人口は約228万人（2015年国勢調査）です。</p>
</body>
</html>
"""


def hiroshima() -> Path:
    path = HERE / "hiroshima_toshiken_kpi_2016.html"
    path.write_bytes(hiroshima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hashimoto, hita, tosa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hiroshima().name}")


if __name__ == "__main__":
    main()
