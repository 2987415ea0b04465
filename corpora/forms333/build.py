"""Build the documents of forms333/ (openpyxl, LibreOffice, hand-written HTML and CSV).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsukubamirai_seika_shihyo_r5.xlsx``, a 総合計画 成果指標の進捗状況 in the manner of つくばみらい市
  (茨城県): form fields over a grid ``No. | 成果指標 | 単位 | 基準値（R3） | 実績値 (R4年度 | R5年度) |
  増減（R5－R4） | 目標値（R8）``: **a difference column whose header names two years and whose cells
  (``＋310``, ``△7``) are no values**, and **a baseline cell dated by its own bracket, ``48.5（R2）``, under
  the ``基準値（R3）`` header**; and the PDF (landscape);
* ``yoshioka_kpi_jisseki_r6.html``, a 第2期総合戦略 KPI page in the manner of 吉岡町 (群馬県): **each KPI
  two rows, ``目標`` and ``実績`` in a ``区分`` column, with the name, 単位 and 基準値 cells spanning both
  rows (``rowspan="2"``)**, years across (``R2年度`` … ``R6年度``), **``（見込）`` inside R6 actual cells**,
  a ``―`` first-year target and ``未集計``;
* ``okegawa_seika_shihyo_2023.csv``, an open-data CSV (UTF-8 with BOM, CRLF) in the manner of 桶川市
  (埼玉県): form lines, a heading line, then ``施策番号,施策名,成果指標,現状値（2021年度）,2022年度実績,
  2023年度実績,目標値（2027年度）,所管課,備考``: **no 単位 column, every value cell carries its unit
  (``58人``, ``82.5%``, ``"32,000人"``)**, ``中止``, ``約``, ``延べ`` and a 備考 with numbers that are no values;
* ``source/tomisato_kpi_kensho_r5.xlsx``, a 第2期総合戦略 KPI検証シート in the manner of 富里市 (千葉県):
  **every period header a 年度末 (``Ｒ３年度末`` … ``Ｒ８年度末``)**, and **one actual cell merged across
  both actual columns, ``70.3（R5.8調査）``, that a note says is one survey**; and the PDF (portrait).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX, HTML and CSV files are byte-stable (fixed document dates and zip member dates).
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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# workbook helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms333/build.py"
    wb.properties.lastModifiedBy = "forms333/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, align=None, size=9, bold=False, fmt=None):
    """A bordered cell; numbers stay numbers with a number format."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last, height=18):
    """A form field: a shaded label cell and a value merged to the last column."""
    _put(ws, row, 1, label, header=True)
    _merge(ws, row, 1, row, 2)
    _put(ws, row, 3, value)
    _merge(ws, row, 3, row, last)
    ws.cell(row=row, column=3).alignment = Alignment(
        horizontal="left", vertical="center", wrap_text=True
    )
    ws.row_dimensions[row].height = height


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)",
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
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms333_soffice_") as tmp:
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
# つくばみらい市 (茨城県): 第2次総合計画 後期基本計画 成果指標の進捗状況（令和５年度実績）
# --------------------------------------------------------------------------------------------

# Real: plan name and periods (後期基本計画 2023–2026, 基本構想 2018–2027), 企画政策課, the 2006 merger of
# 伊奈町 and 谷和原村, 79.16km², 51,035人 (2020-10-01), 鬼怒川・小貝川, みらい平駅. Made up: every indicator and figure.
TM_ROWS = [
    (1, "市内事業所の従業者数", "人", 14820, 15110, 15420, "＋310", 16000),
    (2, "観光入込客数", "千人", 412, 455, 448, "△7", 500),
    (3, "新規就農者数（年間）", "人", 6, 4, 8, "＋4", 8),
    (
        4,
        "市民意識調査で「日常の買い物が便利」と答えた市民の割合",
        "％",
        "48.5（R2）",
        51.0,
        53.4,
        "＋2.4",
        60.0,
    ),
    (5, "みらい平駅の1日平均乗車人員", "人", 7890, 8412, 8906, "＋494", 9000),
]


def tsukubamirai() -> Path:
    wb, ws = _sheet("成果指標", [5, 9, 40, 7, 12, 12, 12, 14, 13])
    last = 9
    _text(
        ws,
        1,
        1,
        "第2次つくばみらい市総合計画 後期基本計画　成果指標の進捗状況（令和５年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, last, "令和6年9月　つくばみらい市 企画政策課", align="right")
    _field(ws, 4, "計画の名称", "第2次つくばみらい市総合計画　後期基本計画", last)
    _field(
        ws,
        5,
        "計画期間",
        "2023年度～2026年度（4年間）　※基本構想は2018年度～2027年度（10年間）",
        last,
    )
    _field(ws, 6, "担当課", "企画政策課", last)
    _field(
        ws,
        7,
        "市の概要",
        "平成18年3月27日に伊奈町と谷和原村が合併して誕生した市です。面積は79.16km²、人口は51,035人（2020年10月1日）。"
        "市内を鬼怒川と小貝川が流れ、2005年に開業したつくばエクスプレスのみらい平駅周辺を中心に子育て世代の転入が続いています。",
        last,
        height=34,
    )
    _text(ws, 9, 1, "■基本目標３　にぎわいと活力のあるまち", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "No."),
        (3, "成果指標"),
        (4, "単位"),
        (5, "基準値\n（R3）"),
        (8, "増減\n（R5－R4）"),
        (9, "目標値\n（R8）"),
    ]:
        _put(ws, h, c, word, header=True)
        if c == 1:
            _put(ws, h, 2, None, header=True)
            _merge(ws, h, 1, h + 1, 2)
        else:
            _put(ws, h + 1, c, None, header=True)
            _merge(ws, h, c, h + 1, c)
    _put(ws, h, 6, "実績値", header=True)
    _put(ws, h, 7, None, header=True)
    _merge(ws, h, 6, h, 7)
    _put(ws, h + 1, 6, "R4年度", header=True)
    _put(ws, h + 1, 7, "R5年度", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    for i, (no, name, unit, base, a4, a5, diff, goal) in enumerate(TM_ROWS):
        r = h + 2 + i
        _put(ws, r, 1, no, align="center", fmt="0")
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _put(ws, r, 5, base, align="right")
        _put(ws, r, 6, a4)
        _put(ws, r, 7, a5)
        _put(ws, r, 8, diff, align="right")
        _put(ws, r, 9, goal)
        ws.row_dimensions[r].height = 20
    n = h + 2 + len(TM_ROWS) + 1
    for k, line in enumerate(
        [
            "※１　増減は、令和5年度実績から令和4年度実績を差し引いた値です（△は減少）。",
            "※２　No.4の基準値は令和2年度の市民意識調査（隔年実施）の結果です。令和3年度は調査を実施していません。",
            "※３　観光入込客数は茨城県観光客動態調査による年度の数値です。",
        ]
    ):
        _text(ws, n + k, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "tsukubamirai_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 吉岡町 (群馬県): 第2期総合戦略 KPIの実績（令和6年度）, HTML
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, 20.46km², the 1955 merger of 明治村 and 駒寄村, 町制 1991, 21,479人 (2020-09),
# 道の駅よしおか温泉, 駒寄スマートIC, the neighbouring cities. Made up: 課, the period wording, every KPI and figure.
YO_YEARS = ["R2年度", "R3年度", "R4年度", "R5年度", "R6年度"]
YO_ROWS = [
    (
        "①道の駅よしおか温泉の年間利用者数",
        "千人",
        "386",
        ["390", "395", "400", "405", "410"],
        ["301", "342", "378", "398", "402（見込）"],
    ),
    (
        "②転入者数",
        "人",
        "1,402",
        ["―", "1,420", "1,440", "1,460", "1,480"],
        ["1,389", "1,455", "1,472", "1,431", "未集計"],
    ),
    ("③町内での新規創業件数", "件", "4", ["5", "5", "6", "6", "7"], ["3", "6", "5", "6", "7"]),
    (
        "④ふるさと納税の寄附件数",
        "件",
        "1,120",
        ["1,200", "1,300", "1,400", "1,500", "1,600"],
        ["1,356", "1,688", "2,041", "2,310", "2,200（見込）"],
    ),
]


def yoshioka_html() -> str:
    rows = []
    for name, unit, base, targets, actuals in YO_ROWS:
        rows.append(
            "<tbody>\n<tr>"
            f'<th rowspan="2" class="l">{name}</th><td rowspan="2" class="c">{unit}</td>'
            f'<td rowspan="2" class="num">{base}</td><th>目標</th>'
            + "".join(f'<td class="num">{v}</td>' for _year, v in zip(YO_YEARS, targets))
            + "</tr>\n<tr><th>実績</th>"
            + "".join(f'<td class="num">{v}</td>' for _year, v in zip(YO_YEARS, actuals))
            + "</tr>\n</tbody>"
        )
    head = "".join(f"<th>{y}</th>" for y in YO_YEARS)
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期吉岡町まち・ひと・しごと創生総合戦略 KPIの実績（令和6年度） - 吉岡町</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/chousei/">町政情報</a> &gt; <a href="/chousei/keikaku/">計画・施策</a> &gt; 第2期吉岡町まち・ひと・しごと創生総合戦略</p>
<h1>第2期吉岡町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和6年度）</h1>
<p class="date">最終更新日：2025年3月17日　担当：企画財政課</p>
<p>吉岡町は群馬県のほぼ中央、榛名山の南東麓から利根川にかけて広がる面積20.46km²の町です。昭和30年に明治村と駒寄村が合併して吉岡村となり、平成3年4月に町制を施行しました。前橋市・高崎市・渋川市のベッドタウンとして人口が増え、住民基本台帳人口は令和2年9月現在で21,479人となっています。第2期総合戦略（令和2年度～令和6年度の5年間）に掲げた重要業績評価指標（KPI）の実績を公表します。</p>
<h2>基本目標２　吉岡町への新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th>KPI</th><th>単位</th><th>基準値<br>（H30）</th><th>区分</th>{head}</tr>
</thead>
{body}
</table>
<p>※R6年度の「（見込）」は、令和7年2月末までの実績をもとにした年度末の見込値です。</p>
<p>※転入者数のR6年度実績は、住民基本台帳の年度集計が終わり次第掲載します。R2年度の目標値は、第2期戦略の策定が年度途中であったため設定していません。</p>
</body>
</html>
"""


def yoshioka() -> Path:
    path = HERE / "yoshioka_kpi_jisseki_r6.html"
    path.write_bytes(yoshioka_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 桶川市 (埼玉県): 第六次総合計画 前期5か年基本計画 施策の成果指標（2023年度実績）, open-data CSV
# --------------------------------------------------------------------------------------------

# Real: the plan's name, periods and 将来像, 25.35km², 約74,000人, 市制 1970 (県内31番目), 中山道6番目の宿場,
# 紅花「桶川臙脂」 and べに花ふるさと館. Made up: 課, the 政策分野 number, every indicator, figure and note.
OK_LINES = [
    ["タイトル", "桶川市第六次総合計画 前期5か年基本計画 施策の成果指標（2023年度実績）"],
    ["計画期間", "令和5年度～令和9年度（前期5か年基本計画）　※基本構想は令和5年度～令和14年度"],
    ["将来像", "学び豊かな 笑顔あふれる 幸せ未来都市おけがわ"],
    ["担当課", "企画調整課（取りまとめ）"],
    [
        "市の概要",
        "面積25.35km²、人口約74,000人。昭和45年に県内31番目の市として市制を施行。中山道6番目の宿場町として栄え、江戸時代には紅花が「桶川臙脂」と呼ばれ、最上紅花に次ぐ全国2番目の生産量を誇った。",
    ],
    ["公開日", "2024-09-30"],
    [],
    ["政策分野５　産業・経済"],
    [
        "施策番号",
        "施策名",
        "成果指標",
        "現状値（2021年度）",
        "2022年度実績",
        "2023年度実績",
        "目標値（2027年度）",
        "所管課",
        "備考",
    ],
    ["501", "農業の振興", "認定農業者数", "58人", "60人", "61人", "65人", "農政課", ""],
    [
        "501",
        "農業の振興",
        "市民農園の区画利用率",
        "82.5%",
        "88.0%",
        "91.3%",
        "95.0%",
        "農政課",
        "2022年度に30区画を増設（計150区画）",
    ],
    [
        "502",
        "商工業の振興",
        "市内の創業件数（年間）",
        "12件",
        "15件",
        "14件",
        "20件",
        "産業観光課",
        "",
    ],
    [
        "503",
        "観光の振興",
        "べに花まつりの来場者数",
        "32,000人",
        "中止",
        "41,500人",
        "50,000人",
        "産業観光課",
        "2022年度は新型コロナウイルス感染症の影響により中止（2021年度は規模を縮小し1日開催）",
    ],
    [
        "503",
        "観光の振興",
        "べに花ふるさと館の利用者数",
        "約98,000人",
        "104,230人",
        "112,870人",
        "120,000人",
        "産業観光課",
        "現状値は臨時休館（2021年4月～5月）を含む",
    ],
    [
        "504",
        "就労の支援",
        "就労相談窓口の利用者数",
        "延べ420人",
        "延べ455人",
        "延べ512人",
        "延べ600人",
        "産業観光課",
        "",
    ],
]


def _csv_cell(value: str) -> str:
    if any(ch in value for ch in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def okegawa() -> Path:
    text = "\r\n".join(",".join(_csv_cell(v) for v in line) for line in OK_LINES) + "\r\n"
    path = HERE / "okegawa_seika_shihyo_2023.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 富里市 (千葉県): 第2期総合戦略 KPI検証シート（令和５年度）
# --------------------------------------------------------------------------------------------

# Real: the first strategy (平成27年10月) and its extension, 53.91km², 成田国際空港から約4km, スイカ, 御料牧場,
# 末廣農場, 市制 (平成14年). Made up: the second strategy's period, 課, every KPI, figure and note.
TO_ROWS = [
    ("１", "認定農業者数", "経営体", 212, 215, 219, 230),
    ("２", "スイカの作付面積", "ha", 312, 305, 298, 320),
    ("３", "観光農園（スイカ・イチゴ等）の登録園数", "園", 24, 24, 26, 30),
    ("４", "工業団地等への企業立地件数", "社", 18, 19, 21, 25),
    (
        "５",
        "市民意識調査で「富里市に住み続けたい」と答えた市民の割合",
        "％",
        68.1,
        None,
        None,
        75.0,
    ),
]


def tomisato() -> Path:
    wb, ws = _sheet("KPI検証", [5, 8, 36, 8, 11, 11, 11, 11])
    last = 8
    _text(ws, 1, 1, "第2期富里市まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）検証シート（令和５年度）", bold=True, size=13)
    _text(ws, 3, last, "令和６年８月　富里市 企画課", align="right")
    _field(ws, 5, "戦略の名称", "第2期富里市まち・ひと・しごと創生総合戦略", last)
    _field(
        ws,
        6,
        "計画期間",
        "令和４年度～令和８年度（５年間）　※第１期（平成27年10月策定）は期間を延長し令和３年度まで",
        last,
    )
    _field(ws, 7, "担当課", "企画課", last)
    _field(
        ws,
        8,
        "市の概要",
        "北総台地のほぼ中央、成田国際空港から約4kmに位置する面積53.91km²の市です。"
        "スイカの産地として知られ、明治期に御料牧場が置かれた「競走馬のふるさと」でもあります。"
        "平成14年4月に市制を施行し、令和4年には末廣農場を観光交流拠点として開設しました。",
        last,
        height=46,
    )
    _text(ws, 10, 1, "基本目標１　地域の特性を活かした産業を育てる", bold=True, size=11)
    h = 11
    _put(ws, h, 1, "No.", header=True)
    for c in (2,):
        _put(ws, h, c, None, header=True)
    _put(ws, h + 1, 1, None, header=True)
    _put(ws, h + 1, 2, None, header=True)
    _merge(ws, h, 1, h + 1, 2)
    for c, word in [(3, "重要業績評価指標（KPI）"), (4, "単位")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 5, "基準値", header=True)
    _put(ws, h, 6, "実績値", header=True)
    _put(ws, h, 7, None, header=True)
    _merge(ws, h, 6, h, 7)
    _put(ws, h, 8, "目標値", header=True)
    for c, word in [(5, "Ｒ３年度末"), (6, "Ｒ４年度末"), (7, "Ｒ５年度末"), (8, "Ｒ８年度末")]:
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    for i, (no, name, unit, base, a4, a5, goal) in enumerate(TO_ROWS):
        r = h + 2 + i
        _put(ws, r, 1, no, align="center")
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _put(ws, r, 5, base)
        if a4 is None:
            _put(ws, r, 6, "70.3（R5.8調査）", align="center")
            _put(ws, r, 7, None)
            _merge(ws, r, 6, r, 7)
        else:
            _put(ws, r, 6, a4)
            _put(ws, r, 7, a5)
        _put(ws, r, 8, goal)
        ws.row_dimensions[r].height = 30 if len(name) > 18 else 20
    n = h + 2 + len(TO_ROWS) + 1
    for k, line in enumerate(
        [
            "※　各年度末（3月31日）時点の数値です。",
            "※　No.5は隔年実施の市民意識調査の結果で、令和5年8月に実施した1回の調査の値を",
            "　　R4年度末・R5年度末の欄にまたがって記載しています（令和4年度は調査を実施していません）。",
        ]
    ):
        _text(ws, n + k, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "tomisato_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsukubamirai, tomisato):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yoshioka().name}")
    print(f"wrote {okegawa().name}")


if __name__ == "__main__":
    main()
