"""Build the built documents of forms74/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/niigata_sogo_shihyo_r6.xlsx``, a 総合指標 progress sheet in the manner of 新潟市 (新潟県):
  a 策定時 column whose cells carry their own year (``△1,027（2021年）``, ``70.8（2022年度）``),
  ``2023年度``/``2024年度`` each spanning ``目安|実績``, a final ``目標値（2030年度）``, ``+``/``△``
  signs, ``億円`` in 単位 and ``―`` in 単位; and the PDF;
* ``source/mito_jigyo_hyoka_r1.xlsx``, an 事業評価シート in the manner of 水戸市 (茨城県): one row per
  事業 with ``基準値（H26）|目標値（R1）|実績値（R1）`` and two grade columns ``1次評価``/``2次評価``,
  ``372（速報値）`` in an actual cell, ``（万人）`` in the KPI name; and the PDF;
* ``source/takaoka_kpi_shinchoku_r3.xlsx``, a KPI progress sheet in the manner of 高岡市 (富山県): an
  ``出典`` column whose cells carry survey dates (``高岡市市民意識調査（R3.7）``), ``千人`` in 単位, a
  ``現状維持`` target, a ``70.0以上`` target and a ``―`` actual; and the PDF;
* ``kitashiobara_senryaku_kpi_r7.html``, a strategy page in the manner of 北塩原村 (福島県): two
  最上位目標 bullets (``総人口：2,289人（令和12年時点）を維持すること``) and a KPI table with units
  inside the value cells (``1,580千人``, ``年間5人``, ``75人（累計）``).

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
    wb.properties.creator = "forms74/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms74/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms74_soffice_") as tmp:
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


def _notes(ws, row, lines):
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


# --------------------------------------------------------------------------------------------
# 新潟市 (新潟県): 総合指標の進捗状況 — 策定時 cells with their own year, 年度 spanning 目安|実績
# --------------------------------------------------------------------------------------------

# Real (新潟日報 on 新潟市総合計画2030): the plan's name and period (2023–2030年度), 4 総合指標, 83 政策指標,
# 335 取組指標, 社会動態 turning to 転入超過 above its 目安ライン, 合計特殊出生率 below. Made up: every figure,
# the sheet, the other two indicators' names, date, 部, notes and money.
NIIGATA = [
    # (No, 総合指標, 単位, 策定時, 2023目安, 2023実績, 2024目安, 2024実績, 目標値, 備考)
    (
        1,
        "社会動態",
        "人",
        "△1,027（2021年）",
        "△300",
        "△412",
        "±0",
        "+153",
        "+500",
        "2024年度は転入超過（目安ラインを上回る）",
    ),
    (2, "合計特殊出生率", "―", "1.21（2021年）", "1.25", "1.17", "1.28", "1.14", "1.50", ""),
    (
        3,
        "幸せを実感している市民の割合",
        "%",
        "70.8（2022年度）",
        "71.5",
        "71.9",
        "72.0",
        "71.2",
        "76.0",
        "市民アンケート",
    ),
    (
        4,
        "市内総生産",
        "億円",
        "37,845（2020年度）",
        "38,200",
        "38,416",
        "38,500",
        "―",
        "40,000",
        "2024年度は統計未公表",
    ),
]


def niigata() -> Path:
    widths = [5, 30, 7, 18, 9, 9, 9, 9, 13, 30]
    wb, ws = _sheet("総合指標", widths)
    _text(ws, 1, 1, "新潟市総合計画2030　総合指標の進捗状況（2024年度）", bold=True, size=12)
    _text(ws, 2, 10, "令和7年8月　新潟市政策企画部", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "総合計画2030（2023～2030年度）では、総合指標4項目、政策指標83項目、取組指標335項目を設定しています。",
        size=9,
    )
    _text(ws, 5, 1, "総合指標", bold=True, size=11)
    h = 6
    top = [
        "No",
        "総合指標",
        "単位",
        "策定時",
        "2023年度",
        None,
        "2024年度",
        None,
        "目標値\n（2030年度）",
        "備考",
    ]
    low = [None, None, None, None, "目安", "実績", "目安", "実績", None, None]
    for c in range(1, 11):
        _put(ws, h, c, top[c - 1], header=True)
        _put(ws, h + 1, c, low[c - 1], header=True)
    for c in (1, 2, 3, 4, 9, 10):
        _merge(ws, h, c, h + 1, c)
    _merge(ws, h, 5, h, 6)
    _merge(ws, h, 7, h, 8)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, base, *cells, remark in NIIGATA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        for j, v in enumerate(cells):
            _put(ws, r, 5 + j, v, align="right")
        _put(ws, r, 10, remark, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目安は、2030年度の目標値の達成に向けた各年度の目安ラインです。",
            "※策定時の（　）内は、数値の年又は年度です。△は転出超過（マイナス）を示します。",
            "※2024年度 一般会計当初予算額：4,218億円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "niigata_sogo_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 水戸市 (茨城県): 事業評価シート — 基準値/目標値/実績値, 1次評価/2次評価 grades, （速報値）
# --------------------------------------------------------------------------------------------

# Real (水戸市 事業の評価について page): the strategy's name, the 1次評価 (課・部, 推進本部) and 2次評価
# with the 水戸市まち・ひと・しごと創生有識者会議, evaluation in the year after the 事業. Made up: the sheet,
# 基本目標 wording, every 事業, 課, KPI, figure, grade, opinion and note.
MITO = [
    (
        "基本目標1　水戸に安定したしごとをつくる",
        [
            (
                1,
                "企業立地促進事業",
                "産業振興課",
                "新規立地企業数（件）",
                3,
                5,
                "6",
                "A",
                "A",
                "継続して推進されたい。",
            ),
            (
                2,
                "創業支援事業",
                "産業振興課",
                "創業者数（人）",
                28,
                40,
                "35",
                "B",
                "B",
                "創業後の定着状況も把握すること。",
            ),
        ],
    ),
    (
        "基本目標2　水戸への新しいひとの流れをつくる",
        [
            (
                3,
                "観光誘客推進事業",
                "観光課",
                "観光入込客数（万人）",
                350,
                380,
                "372（速報値）",
                "B",
                "A",
                "確定値を確認すること。",
            ),
            (
                4,
                "移住・定住促進事業",
                "政策企画課",
                "移住相談件数（件）",
                45,
                100,
                "118",
                "A",
                "A",
                "",
            ),
            (
                5,
                "まちなか居住促進事業",
                "住宅政策課",
                "中心市街地の居住人口（人）",
                11520,
                12000,
                "11,804",
                "C",
                "B",
                "事業手法の見直しを検討されたい。",
            ),
        ],
    ),
]


def mito() -> Path:
    widths = [5, 22, 12, 26, 10, 10, 12, 7, 7, 28]
    wb, ws = _sheet("事業評価", widths)
    _text(
        ws,
        1,
        1,
        "水戸市まち・ひと・しごと創生総合戦略　事業評価シート（令和元年度実施事業）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和2年9月　市長公室政策企画課", align="right", size=9)
    head = [
        "No",
        "事業名",
        "担当課",
        "重要業績評価指標（KPI）",
        "基準値\n（H26）",
        "目標値\n（R1）",
        "実績値\n（R1）",
        "1次\n評価",
        "2次\n評価",
        "有識者会議の意見",
    ]
    r = 4
    for title, rows in MITO:
        _text(ws, r, 1, title, bold=True, size=11)
        r += 1
        for c, word in enumerate(head, start=1):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 28
        r += 1
        for no, prog, dept, name, base, target, actual, g1, g2, opinion in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, prog)
            _put(ws, r, 3, dept, align="center")
            _put(ws, r, 4, name)
            _put(ws, r, 5, base, align="right")
            _put(ws, r, 6, target, align="right")
            _put(ws, r, 7, actual, align="right")
            _put(ws, r, 8, g1, align="center")
            _put(ws, r, 9, g2, align="center")
            _put(ws, r, 10, opinion, size=8)
            ws.row_dimensions[r].height = 24
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※評価　A：効果があった　B：一定の効果があった　C：効果が不十分であった",
            "※1次評価は課・部で行い推進本部で決定、2次評価は有識者会議の意見を反映して決定しました。",
            "※（速報値）は令和2年8月末時点の集計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mito_jigyo_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高岡市 (富山県): KPIの進捗状況 — 出典 column with survey dates, 千人, 現状維持, 以上, ―
# --------------------------------------------------------------------------------------------

# Real: the strategy's name 第2期高岡市総合戦略「みらい・たかおか」 and its subtitle ～未来を拓く子ども、
# 挑戦する若者、きらめくまち～ (令和2年2月). Made up: the sheet, 基本目標 wording, every KPI, figure,
# 出典, note and money.
TAKAOKA = [
    (
        "基本目標1　未来を拓く子どもを育む",
        [
            (1, "合計特殊出生率", "―", 1.52, 1.47, 1.44, "1.60", "人口動態統計"),
            (
                2,
                "子育て支援センター利用者数",
                "千人",
                98.4,
                61.2,
                74.5,
                "100.0",
                "子ども・子育て課調べ",
            ),
            (
                3,
                "子育てしやすいまちだと思う市民の割合",
                "%",
                58.3,
                60.1,
                59.4,
                "70.0以上",
                "高岡市市民意識調査（R3.7）",
            ),
        ],
    ),
    (
        "基本目標2　挑戦する若者を応援する",
        [
            (
                4,
                "市内高校卒業者の県内就職率",
                "%",
                78.5,
                80.2,
                79.1,
                "現状維持",
                "富山労働局調べ（各年3月卒）",
            ),
            (5, "ものづくり体験講座の参加者数", "人", 1240, "―", 655, "1,500", "高岡市調べ"),
        ],
    ),
]


def takaoka() -> Path:
    widths = [5, 32, 6, 10, 10, 10, 12, 24]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "第2期高岡市総合戦略「みらい・たかおか」　KPIの進捗状況（令和3年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "～未来を拓く子ども、挑戦する若者、きらめくまち～", size=9)
    _text(ws, 2, 8, "令和4年8月　高岡市企画政策課", align="right", size=9)
    head = ["No", "KPI", "単位", "基準値\n（R元）", "R2", "R3", "目標値\n（R6）", "出典"]
    r = 4
    for title, rows in TAKAOKA:
        _text(ws, r, 1, title, bold=True, size=11)
        r += 1
        for c, word in enumerate(head, start=1):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 28
        r += 1
        for no, name, unit, base, a2, a3, target, source in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, a2, a3)):
                fmt = "0.00" if unit == "―" else None
                _put(ws, r, 4 + j, v, align="right", fmt=fmt)
            _put(ws, r, 7, target, align="right")
            _put(ws, r, 8, source, size=8)
            ws.row_dimensions[r].height = 24
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※R2・R3欄は各年度の実績値です。",
            "※ものづくり体験講座は、R2年度は新型コロナウイルス感染症の影響により中止しました（―）。",
            "※令和3年度 総合戦略関連事業費：8億4,300万円",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "takaoka_kpi_shinchoku_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北塩原村 (福島県): 第3期総合戦略 — 最上位目標 bullets, a KPI table with units inside the cells
# --------------------------------------------------------------------------------------------

# Real (北塩原村 お知らせ page): the strategy's name and period (令和7～11年度), the 会議 names, the four
# 基本目標, the 重点施策 words (農業・観光の振興, 移住・定住, 関係人口の創出, 子育て・保育環境, 地域コミュニティ,
# デジタル環境), 1955年 5,468人 / 2020年 2,556人, and 総人口：2,289人（令和12年時点）を維持すること.
# Made up: the 住民満足度 wording and figure, the table, every KPI and figure.
KITASHIOBARA = [
    ("仕事をつくる", "農業・観光の振興", "新規就農者数", "2人", "年間5人"),
    ("人の流れをつくる", "移住・定住の促進", "移住者数", "14人", "75人（累計）"),
    ("人の流れをつくる", "関係人口の創出", "観光入込客数", "1,580千人", "1,800千人"),
    ("結婚・出産・子育ての希望をかなえる", "子育て・保育環境の整備", "出生数", "9人", "12人"),
    (
        "魅力的な村をつくる",
        "地域コミュニティの再生",
        "地域活動に参加している村民の割合",
        "42.0%",
        "50.0%",
    ),
]


def kitashiobara_html() -> str:
    lines = [
        "<table>",
        "<tr><th>基本目標</th><th>重点施策</th><th>成果指標（KPI）</th><th>基準値（R5）</th><th>目標値（R11）</th></tr>",
    ]
    for goal, plan, name, base, target in KITASHIOBARA:
        lines.append(
            f'<tr><td>{goal}</td><td>{plan}</td><td>{name}</td><td class="r">{base}</td><td class="r">{target}</td></tr>'
        )
    lines.append("</table>")
    table = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第3期北塩原村まち・ひと・しごと創生総合戦略を策定しました｜北塩原村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>【お知らせ】「第3期北塩原村まち・ひと・しごと創生総合戦略」を策定しました</h1>
<p>更新日：令和7年4月1日　総務企画課</p>
<p>北塩原村では、1955年に5,468人だった人口が2020年には2,556人まで減少しています。令和7年度から令和11年度までを対象とした第3期総合戦略を策定しました。</p>
<h2>最上位目標（人口と満足度）</h2>
<ul>
<li>総人口：2,289人（令和12年時点）を維持すること</li>
<li>住民満足度：80%以上（令和11年度）</li>
</ul>
<h2>基本目標と成果指標（KPI）</h2>
{table}
<p class="note">※基準値は令和5年度の値です（観光入込客数は福島県観光客入込状況調査による）。</p>
<p class="note">※本戦略は、まち・ひと・しごと創生会議及び戦略推進本部会議での意見を踏まえて策定しました。令和7年度の関連予算は2億1,600万円です。</p>
</body>
</html>
"""


def kitashiobara() -> Path:
    path = HERE / "kitashiobara_senryaku_kpi_r7.html"
    path.write_bytes(kitashiobara_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (niigata, mito, takaoka):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kitashiobara().name}")


if __name__ == "__main__":
    main()
