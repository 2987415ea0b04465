"""Build the built documents of forms68/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sakata_seika_shihyo_r4.xlsx``, a 成果指標の状況 in the manner of 酒田市 (山形県): two tables whose
  unit stands only in the header brackets (`R4実績（%）`, `R2実績（人）`), `減少` as a target, `累計100` under
  `目標値（R2～R6）（人）`, a `―` actual; and the PDF;
* ``source/nagareyama_kpi_hyoka_h30.xlsx``, a KPI評価表 in the manner of 流山市 (千葉県): era years in an upper
  header row, each spanning `目標 | 実績 | 評価`, a `基準値（H26）` column before them and `最終目標（H31）` after,
  `達成`/`未達成` words, `市民千人当たり` in a name; and the PDF;
* ``source/tokamachi_kpi_jisseki_r5.xlsx``, a KPI実績 table in the manner of 十日町市 (新潟県): `（非開催）` and
  `（延期）` as actuals of a triennial event, `―` before a ward opened, a bracketed hospital name after an
  indicator; and the PDF;
* ``nakasatsunai_kpi_ichiran_r7.html``, a KPI一覧 page in the manner of 中札内村 (北海道): Western fiscal years
  in the header, `△12人`, `88.6万人`, `（累計）` names, a 目標の考え方 column with numbers in prose.

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
    wb.properties.creator = "forms68/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms68/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms68_soffice_") as tmp:
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


def _notes(ws, r, lines):
    for i, line in enumerate(lines):
        _text(ws, r + i, 1, line, size=8)
    return r + len(lines)


# --------------------------------------------------------------------------------------------
# 酒田市 (山形県): 成果指標の状況 — units only in header brackets, 減少 target, 累計 target over a range
# --------------------------------------------------------------------------------------------

# Real (酒田市議会 2024-03-15): 酒田市内の医療機関への就職率 54.1% against the 総合計画's 目標値 70%; DV被害に遭った
# 割合 2.6% (計画策定時 H29) and 5.8% (R4); the KPI 酒田市内の高校から公益大への進学者数, 5年間の累計100人, R2 23人,
# R3 31人, R4 22人. Made up: the sheet, its date, every other indicator and figure, the notes.
SAKATA_SEIKA = [
    # (No., 成果指標, H29, R3, R4, R8目標)
    (1, "看護学生の酒田市内の医療機関への就職率", 61.2, 58.0, 54.1, 70.0),
    (2, "DV被害に遭った割合", 2.6, 4.9, 5.8, "減少"),
    (3, "地域活動に参加している市民の割合", 38.4, 31.2, 33.5, 45.0),
    (4, "週1回以上運動している市民の割合", 42.0, 44.7, "―", 50.0),
]
SAKATA_KPI = [
    ("酒田市内の高校から公益大への進学者数", 23, 31, 22, "累計100"),
    ("移住支援制度を利用した移住者数", 58, 71, 86, "累計350"),
]


def sakata() -> Path:
    widths = [6, 40, 13, 12, 12, 14]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws, 1, 1, "酒田市総合計画後期基本計画　成果指標の状況（令和4年度実績）", bold=True, size=12
    )
    _text(ws, 2, 6, "令和5年9月　酒田市企画部企画調整課", align="right", size=9)
    r = 4
    _text(ws, r, 1, "１　成果指標（市民意識調査等）", bold=True, size=11)
    r += 1
    head = [
        "No.",
        "成果指標",
        "計画策定時\nH29（%）",
        "R3実績（%）",
        "R4実績（%）",
        "目標値\nR8（%）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, *cells in SAKATA_SEIKA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(cells):
            _put(ws, r, 3 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "２　まち・ひと・しごと創生総合戦略　基本目標2のKPI", bold=True, size=11)
    r += 1
    head = ["KPI", "", "R2実績（人）", "R3実績（人）", "R4実績（人）", "目標値\n（R2～R6）（人）"]
    _span(ws, r, 1, 2, head[0], header=True)
    for c in range(3, 7):
        _put(ws, r, c, head[c - 1], header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for name, *cells in SAKATA_KPI:
        _span(ws, r, 1, 2, name)
        for j, v in enumerate(cells):
            _put(ws, r, 3 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※DV被害に遭った割合は、市民意識調査で「被害に遭ったことがある」と回答した市民の割合です。",
            "※No.4のR4実績は、調査方法の見直しにより比較できないため「―」としています。",
            "※総合戦略の目標値は、令和2年度から令和6年度までの5年間の累計です。",
            "※令和4年度の総合戦略関連事業費（決算）：3億2,150万円",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "sakata_seika_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 流山市 (千葉県): KPI評価表 — era years spanning 目標|実績|評価, 基準値 before and 最終目標 after
# --------------------------------------------------------------------------------------------

# Real: 流山市総合計画後期基本計画 下期実施計画・まち・ひと・しごと創生総合戦略 (平成28年度～平成31年度), 流山おおたかの森駅.
# Made up: the sheet, its date, 基本目標1's wording, every KPI, figure, word, note and money.
NAGAREYAMA = [
    # (KPI, 単位, 基準値, [(目標, 実績, 評価) H28, H29, H30], 最終目標)
    (
        "子育て世代（30～44歳）の転入超過数",
        "人",
        1120,
        [(1200, 1356, "達成"), (1250, 1421, "達成"), (1300, 1288, "未達成")],
        1400,
    ),
    (
        "市内の認可保育所定員数",
        "人",
        3950,
        [(4600, 4712, "達成"), (5300, 5421, "達成"), (6000, 5874, "未達成")],
        6500,
    ),
    (
        "流山おおたかの森駅の1日平均乗車人員",
        "人",
        27410,
        [(29000, 29870, "達成"), (30000, 31412, "達成"), (31000, "―", "―")],
        32000,
    ),
    (
        "市民千人当たりのNPO法人数",
        "団体",
        0.36,
        [(0.40, 0.41, "達成"), (0.42, 0.43, "達成"), (0.44, 0.43, "未達成")],
        0.46,
    ),
    (
        "創業支援事業による創業者数",
        "件",
        31,
        [(40, 44, "達成"), (45, 39, "未達成"), (50, 52, "達成")],
        55,
    ),
]


def nagareyama() -> Path:
    widths = [34, 6, 10] + [9, 9, 8] * 3 + [11]
    wb, ws = _sheet("KPI評価表", widths)
    _text(
        ws,
        1,
        1,
        "流山市まち・ひと・しごと創生総合戦略　KPI評価表（平成30年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 13, "令和元年7月　流山市総合政策部企画政策課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "流山市総合計画後期基本計画　下期実施計画・まち・ひと・しごと創生総合戦略（平成28年度～平成31年度）",
        size=9,
    )
    _text(ws, 5, 1, "基本目標1　子育て世代に選ばれ、住み続けたいまちをつくる", bold=True, size=11)
    h = 6
    for c, word in ((1, "KPI"), (2, "単位"), (3, "基準値\n（H26）"), (13, "最終目標\n（H31）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for k, year in enumerate(("平成28年度", "平成29年度", "平成30年度")):
        c = 4 + 3 * k
        _span(ws, h, c, c + 2, year, header=True)
        for j, word in enumerate(("目標", "実績", "評価")):
            _put(ws, h + 1, c + j, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for name, unit, base, years, final in NAGAREYAMA:
        fmt = "0.00" if isinstance(base, float) else None
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, base, fmt=fmt)
        for k, (target, actual, word) in enumerate(years):
            c = 4 + 3 * k
            _put(ws, r, c, target, fmt=fmt)
            _put(ws, r, c + 1, actual, fmt=fmt, align="right")
            _put(ws, r, c + 2, word, align="center")
        _put(ws, r, 13, final, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価は、各年度の実績が目標以上の場合を「達成」、目標未満の場合を「未達成」としています。",
            "※平成30年度の乗車人員は、鉄道事業者の公表前のため「―」としています。",
            "※基準値（H26）は、総合戦略策定時に把握した値です。",
            "※平成30年度 地方創生推進交付金対象事業費：48,720千円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nagareyama_kpi_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 十日町市 (新潟県): KPI実績 — （非開催）/（延期） actuals of a triennial event, ― before a ward opened
# --------------------------------------------------------------------------------------------

# Real (令和6年度施政方針): 県立松代病院の地域包括ケア病床（18床）の運用開始 (令和5年度), 猛暑と渇水でコシヒカリの
# 1等米比率が過去最低; 大地の芸術祭 (triennial). Made up: the sheet, its date, 基本目標2's wording, every other
# figure (R2–R5 actuals, targets), the notes.
TOKAMACHI = [
    ("大地の芸術祭の来場者数", "人", ["（非開催）", "（延期）", 571520, "（非開催）"], "―"),
    ("地域包括ケア病床数（県立松代病院）", "床", ["―", "―", "―", 18], 18),
    ("移住相談件数", "件", [168, 201, 236, 251], 250),
    ("新規就農者数", "人", [14, 11, 17, 12], 15),
    ("コシヒカリの1等米比率", "%", [93.4, 91.0, 88.6, 21.3], 90.0),
]


def tokamachi() -> Path:
    widths = [36, 7, 12, 12, 12, 12, 12]
    wb, ws = _sheet("KPI実績", widths)
    _text(
        ws,
        1,
        1,
        "十日町市まち・ひと・しごと創生総合戦略　KPI実績一覧（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和6年8月　十日町市企画政策課", align="right", size=9)
    _text(ws, 4, 1, "基本目標2　雪国の暮らしを支え、ひとの流れをつくる", bold=True, size=11)
    h = 5
    head = ["KPI", "単位", "R2実績", "R3実績", "R4実績", "R5実績", "R5目標"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for name, unit, actuals, target in TOKAMACHI:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate([*actuals, target]):
            _put(ws, r, 3 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※大地の芸術祭は3年に1度の開催です（第8回は令和3年から令和4年に延期）。非開催年度の目標は設定していません。",
            "※地域包括ケア病床は、令和5年度に県立松代病院で運用を開始しました。",
            "※コシヒカリの1等米比率は、令和5年産米の猛暑と渇水の影響により過去最低となりました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tokamachi_kpi_jisseki_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中札内村 (北海道): KPI一覧 — Western fiscal years, △, 万人, （累計） names, 目標の考え方 in prose
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 中札内村まち・ひと・しごと創生総合戦略推進計画; 広報: 第3期総合戦略 R7–R11): the five KPI names and
# targets 129人, 5人, 95万人, 210種, 35手続. Made up: the page, its date, every 現状値, the 目標の考え方 text, the money.
NAKASATSUNAI = [
    ("出生数（累計）", "24人", "129人", "5年間の累計（年平均約26人）を目標とします。"),
    ("年間社会増減数", "△12人", "5人", "転出超過から、年5人の転入超過への転換を目指します。"),
    (
        "年間観光入込客数",
        "88.6万人",
        "95万人",
        "道の駅・六花の森を核に、5年間で約6万人の増加を目指します。",
    ),
    (
        "ふるさと納税の返礼品数（累計）",
        "142種",
        "210種",
        "毎年度おおむね14種の新規登録を見込みます。",
    ),
    (
        "行政手続きのオンライン化手続数",
        "8手続",
        "35手続",
        "住民異動・税証明など27手続の追加を予定しています。",
    ),
]


def nakasatsunai_html() -> str:
    rows = "\n".join(
        f'<tr><td>{name}</td><td class="r">{base}</td><td class="r">{target}</td><td>{why}</td></tr>'
        for name, base, target, why in NAKASATSUNAI
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第3期中札内村まち・ひと・しごと創生総合戦略　KPI（数値目標）一覧｜中札内村</title>
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
<h1>第3期中札内村まち・ひと・しごと創生総合戦略　KPI（数値目標）一覧</h1>
<p>令和7年4月　中札内村企画財政課</p>
<p>令和7年度から令和11年度までの5年間の取組について、次のKPI（数値目標）を設定しました。</p>
<h2>KPI（数値目標）</h2>
<table>
<tr><th>KPI</th><th>現状値（2023年度）</th><th>目標値（2029年度）</th><th>目標の考え方</th></tr>
{rows}
</table>
<p class="note">※△はマイナス（転出超過）を表します。</p>
<p class="note">※総合戦略の推進に係る令和7年度当初予算額：2億1,340万円</p>
</body>
</html>
"""


def nakasatsunai() -> Path:
    path = HERE / "nakasatsunai_kpi_ichiran_r7.html"
    path.write_bytes(nakasatsunai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sakata, nagareyama, tokamachi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nakasatsunai().name}")


if __name__ == "__main__":
    main()
