"""Build the documents of forms335/ (openpyxl, LibreOffice, hand-written HTML and CSV).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ogi_kpi_kensho_r5.xlsx``, a 地域再生計画 KPI効果検証シート in the manner of 小城市 (佐賀県):
  form fields over a one-row grid ``No. | 重要業績評価指標（KPI） | 単位 | 基準値（H30年度） | R3年度実績 |
  R4年度実績 | R5年度実績 | 目標値（R5年度） | 達成状況``: **actual cells marked ``r`` (``1,631r``), a note
  saying ``r`` is a 改定値 (a revised figure)**, **a 社会増減 row signed both ways (``+91``, ``△48``,
  ``+100``)** and ``百万円`` in 単位; and the PDF (portrait);
* ``arao_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 荒尾市 (熊本県): a two-row
  ``<thead>``, **rate cells that carry their numerator and denominator under the rate
  (``78.4<br><small>（98/125人）</small>``)**, **a per-row 担当課 column with ``〃`` for "same as above"**, a
  ``―`` for a cancelled year;
* ``yufu_seika_shihyo_2023.csv``, an open-data CSV (UTF-8 with BOM, CRLF) in the manner of 由布市 (大分県):
  form lines, a heading line, then ``No.,成果指標,単位,基準年度,基準値,2021年度実績,2022年度実績,
  2023年度実績,目標値（2025年度）,備考``: **a per-row 基準年度 column standing before the baseline value**,
  **a ``372.4*`` cell re-dated to the calendar year 2023 by the 備考 of its own row**, ``万人``, ``―``;
* ``source/kobayashi_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI進捗 sheet in the manner of 小林市 (宮崎県):
  **every year header a month span, ``2021.4～2022.3`` … ``2024.4～2025.3``, with no 年度 word and no era**,
  **a year-less ``基準値`` column whose cells carry their own dates, one a calendar year (``1.84（H26年）``)**,
  基本目標 cells merged down; and the PDF (landscape).

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
    wb.properties.creator = "forms335/build.py"
    wb.properties.lastModifiedBy = "forms335/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms335_soffice_") as tmp:
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
# 小城市 (佐賀県): 地域再生計画 KPI効果検証シート（令和５年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 95.81km², 45,342人 (平成30年10月1日), 転入1,643人・転出1,552人 (平成30年度, +91,
# 15年ぶり), 羊羹のふるさと (20社以上), 清水の滝. Made up: period, 課, every KPI value, target and note.
OG_ROWS = [
    ("１", "転入者数", "人", 1643, 1588, "1,631r", 1676, 1700, "未達成"),
    (
        "２",
        "社会増減数（転入者数－転出者数）",
        "人",
        "+91",
        "△48",
        "+12",
        "+25",
        "+100",
        "未達成",
    ),
    ("３", "小城羊羹の年間出荷額", "百万円", 2150, 1980, "2,204r", 2296, 2300, "未達成"),
    ("４", "清水の滝周辺の観光入込客数", "千人", 312.5, 198.4, 265.0, 301.2, 300.0, "達成"),
]


def ogi() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 4, 30, 8, 11, 10, 10, 10, 11, 9])
    last = 10
    _text(ws, 1, 1, "小城市まち・ひと・しごと創生推進計画", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）効果検証シート（令和５年度）", bold=True, size=13)
    _text(ws, 3, last, "令和６年９月　小城市 企画政策課", align="right")
    _field(ws, 5, "地域再生計画の名称", "小城市まち・ひと・しごと創生推進計画", last, height=28)
    _field(ws, 6, "計画期間", "令和３年４月１日～令和６年３月31日（３年間）", last)
    _field(ws, 7, "担当課", "企画政策課", last)
    _field(
        ws,
        8,
        "市の現状",
        "本市は佐賀県のほぼ中央に位置し、面積は95.81km²、人口は45,342人（平成30年10月1日現在の住民基本台帳人口）。"
        "平成30年度の転入者数は1,643人、転出者数は1,552人で、社会増減は15年ぶりにプラス（91人）に転じた。"
        "「羊羹のふるさと」として市内に20社以上の製造所があり、名水百選の清水の滝には四季を通じて観光客が訪れる。",
        last,
        height=48,
    )
    _text(ws, 10, 1, "２　KPIの達成状況", bold=True, size=11)
    h = 11
    heads = [
        (1, "No."),
        (3, "重要業績評価指標（KPI）"),
        (4, "単位"),
        (5, "基準値\n（H30年度）"),
        (6, "R3年度\n実績"),
        (7, "R4年度\n実績"),
        (8, "R5年度\n実績"),
        (9, "目標値\n（R5年度）"),
        (10, "達成状況"),
    ]
    for c, word in heads:
        _put(ws, h, c, word, header=True)
    _put(ws, h, 2, None, header=True)
    _merge(ws, h, 1, h, 2)
    ws.row_dimensions[h].height = 30
    for i, (no, name, unit, base, a3, a4, a5, goal, mark) in enumerate(OG_ROWS):
        r = h + 1 + i
        _put(ws, r, 1, no, align="center")
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 10), (base, a3, a4, a5, goal)):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 10, mark, align="center")
        ws.row_dimensions[r].height = 22
    n = h + 1 + len(OG_ROWS) + 1
    for k, line in enumerate(
        [
            "※１　「r」は改定値です。前回（令和５年９月）の公表値を修正した数値で、No.1は住民基本台帳の再集計、No.3は事業者からの報告の訂正によります。",
            "※２　No.2の「+」は転入超過、「△」は転出超過を表します。",
            "※３　No.3の出荷額は、市内の羊羹製造事業者（22社）への調査によるものです（百万円未満四捨五入）。",
            "※４　達成状況は、R5年度実績と目標値（R5年度）を比較したものです。",
        ]
    ):
        _text(ws, n + k, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "ogi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 荒尾市 (熊本県): 第6次荒尾市総合計画 成果指標の進捗状況（令和5年度実績）, HTML
# --------------------------------------------------------------------------------------------

# Real: the plan, its period (令和2年度～令和7年度), 将来像, the 改訂 of 令和6年2月21日, the 柱3 wording of
# あらお未来プロジェクト, 荒尾干潟 (約9.1km, 約1,656ha, 754ha, 2012年7月), 梨 (市の花). Made up: 課, every indicator,
# figure and note.
AR_ROWS = [
    ("1", "市の支援による新規創業件数", "件", "8", ["11", "9", "14"], "15", "産業振興課"),
    (
        "2",
        "就労支援セミナー受講者の就職率",
        "％",
        "62.5<br><small>（50/80人）</small>",
        [
            "70.0<br><small>（56/80人）</small>",
            "74.4<br><small>（64/86人）</small>",
            "78.4<br><small>（98/125人）</small>",
        ],
        "80.0",
        "〃",
    ),
    ("3", "企業誘致による新規雇用者数", "人", "45", ["38", "62", "71"], "100", "〃"),
    ("4", "荒尾梨の出荷量", "t", "1,210", ["1,085", "1,142", "1,068"], "1,300", "農林水産課"),
    (
        "5",
        "荒尾干潟の観察会・体験イベント参加者数",
        "人",
        "1,320",
        ["―", "860", "1,410"],
        "1,500",
        "環境保全課",
    ),
]


def arao_html() -> str:
    body = []
    for no, name, unit, base, acts, goal, ka in AR_ROWS:
        body.append(
            f'<tr><td class="c">{no}</td><th scope="row" class="l">{name}</th><td class="c">{unit}</td>'
            f'<td class="num">{base}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in acts)
            + f'<td class="num">{goal}</td><td class="c">{ka}</td></tr>'
        )
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第6次荒尾市総合計画 成果指標の進捗状況（令和5年度実績） | 荒尾市</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
small {{ font-size: 8pt; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/shisaku/">施策・計画・方針</a> &gt; <a href="/shisei/shisaku/sogo-keikaku/">荒尾市総合計画</a> &gt; 成果指標の進捗状況</p>
<h1>第6次荒尾市総合計画　成果指標の進捗状況（令和5年度実績）</h1>
<p class="date">公開日：2024年9月27日　担当：総合政策課</p>
<p>第6次荒尾市総合計画（令和2年度～令和7年度）は、将来像を「人がつながり幸せをつくる 快適未来都市」と定め、令和6年2月21日付けで改訂しました。重点戦略「あらお未来プロジェクト」の5つの柱ごとに成果指標を設け、毎年度その進捗を公表しています。</p>
<p>本市の西に広がる荒尾干潟は、南北約9.1km、干潟面積約1,656haの単一の干潟としては国内有数の広さで、そのうち754haが2012年7月にラムサール条約湿地に登録されました。市の花である梨は、干潟とともに本市を代表する地域資源です。</p>
<h2>柱3　雇用の確保と所得の向上で安定した暮らしをつくる</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R7年度）</th><th rowspan="2">担当課</th></tr>
<tr><th>R3年度</th><th>R4年度</th><th>R5年度</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※No.2の（　）内は、就職者数／受講者数です。</p>
<p>※No.5のR3年度は、新型コロナウイルス感染症の感染拡大防止のため観察会を中止しました。</p>
<p>※担当課欄の「〃」は、上の欄と同じ課です。</p>
</body>
</html>
"""


def arao() -> Path:
    path = HERE / "arao_seika_shihyo_r5.html"
    path.write_bytes(arao_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 由布市 (大分県): 第二次由布市総合計画 後期重点戦略プラン 成果指標（2023年度実績）, open-data CSV
# --------------------------------------------------------------------------------------------

# Real: the plan's name and periods (基本構想 H28～R7, 後期 R2～R7), the 2005-10-01 merger of 挾間町・庄内町・
# 湯布院町, 319.32km², 32,280人 (2024-10-01 推計), 年間約380万人, 合計特殊出生率 1.63 (2014年度). Made up: 課, the
# 公開日, every other indicator, figure and note.
YU_LINES = [
    ["タイトル", "第二次由布市総合計画 後期重点戦略プラン 成果指標の進捗状況（2023年度実績）"],
    ["計画期間", "令和2年度～令和7年度（6年間）　※基本構想は平成28年度～令和7年度（10年間）"],
    ["担当課", "総合政策課"],
    [
        "市の概要",
        "2005年10月1日に挾間町・庄内町・湯布院町の3町が合併して誕生。面積319.32km²、人口32,280人（2024年10月1日推計）。全国屈指の温泉地である由布院温泉には年間約380万人の観光客が訪れる。",
    ],
    ["公開日", "2024-10-15"],
    [],
    ["■成果指標の進捗状況"],
    [
        "No.",
        "成果指標",
        "単位",
        "基準年度",
        "基準値",
        "2021年度実績",
        "2022年度実績",
        "2023年度実績",
        "目標値（2025年度）",
        "備考",
    ],
    [
        "1",
        "年間観光客数",
        "万人",
        "2019年度",
        "401.5",
        "248.3",
        "318.6",
        "372.4*",
        "420.0",
        "*は2023年（1月～12月）の速報値。2023年度の値は2025年3月公表予定",
    ],
    ["2", "年間宿泊客数", "万人", "2019年度", "96.2", "58.7", "79.4", "88.1", "100.0", ""],
    ["3", "移住相談件数", "件", "2020年度", "86", "112", "131", "158", "150", ""],
    [
        "4",
        "合計特殊出生率",
        "―",
        "2014年度",
        "1.63",
        "1.58",
        "1.55",
        "―",
        "1.80",
        "2023年度の値は未公表",
    ],
    [
        "5",
        "地域おこし協力隊員の任期後の市内定住率",
        "％",
        "2020年度",
        "60.0",
        "66.7",
        "71.4",
        "75.0",
        "80.0",
        "2023年度末までの任期終了者12人のうち9人が市内に定住",
    ],
]


def _csv_cell(value: str) -> str:
    if any(ch in value for ch in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def yufu() -> Path:
    text = "\r\n".join(",".join(_csv_cell(v) for v in line) for line in YU_LINES) + "\r\n"
    path = HERE / "yufu_seika_shihyo_2023.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 小林市 (宮崎県): 第2期てなんど小林総合戦略 KPIの進捗状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, 地方創生課, the three 基本目標, 562.95km², 42,139人 (2023-05-01), 70を超える湧水,
# 出の山湧水 (名水百選), 合計特殊出生率 1.84 (H26年, 国1.42, 県1.69). Assumed: the period. Made up: every other
# KPI, figure and note.
KB_YEARS = ["2021.4～2022.3", "2022.4～2023.3", "2023.4～2024.3"]
KB_GOAL_YEARS = ["2023.4～2024.3", "2024.4～2025.3"]
KB_GOALS = [
    ("1", "希望する人が安心して子どもを生み育てられる環境をつくる", 2),
    ("2", "転入・転出による人の流れを変える", 2),
    ("3", "住み続けたいと思うまちをつくる", 1),
]
KB_ROWS = [
    ("①合計特殊出生率", "―", "1.84（H26年）", [1.71, 1.69, "―"], [1.80, 1.84], "0.00"),
    (
        "②出会いイベントを通じて交際に至ったカップル数",
        "組",
        "12（H30年度）",
        [8, 15, 18],
        [20, 20],
        None,
    ),
    ("③移住相談件数", "件", "64（R元年度）", [98, 121, 143], [130, 150], None),
    ("④空き家バンクの成約件数", "件", "9（R元年度）", [14, 11, 17], [15, 18], None),
    (
        "⑤出の山湧水の観光入込客数",
        "千人",
        "182.0（R元年度）",
        [121.6, 150.3, 171.8],
        [180.0, 190.0],
        None,
    ),
]


def kobayashi() -> Path:
    wb, ws = _sheet("KPI進捗", [4, 26, 38, 7, 14, 12, 12, 12, 12, 12])
    last = 10
    _text(
        ws,
        1,
        1,
        "第2期てなんど小林総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, last, "令和6年8月　小林市 総合政策部 地方創生課", align="right")
    _field(
        ws,
        4,
        "戦略の名称",
        "第2期てなんど小林総合戦略（小林市まち・ひと・しごと創生総合戦略）",
        last,
    )
    _field(ws, 5, "計画期間", "令和２年度～令和６年度（５年間）", last)
    _field(ws, 6, "担当課", "地方創生課", last)
    _field(
        ws,
        7,
        "市の概要",
        "宮崎県の南西部に位置し、面積562.95km²、人口42,139人（2023年5月1日現在）。霧島連山の麓には70を超える湧水があり、"
        "名水百選の出の山湧水はゲンジボタルの里としても知られる。合計特殊出生率は1.84（H26年）で、国（1.42）や県（1.69）を上回っている。",
        last,
        height=34,
    )
    _text(ws, 9, 1, "■基本目標ごとのKPIの進捗状況", bold=True, size=11)
    h = 10
    for c, word in [(1, "基本目標"), (3, "KPI"), (4, "単位"), (5, "基準値")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        if c == 1:
            _put(ws, h, 2, None, header=True)
            _put(ws, h + 1, 2, None, header=True)
            _merge(ws, h, 1, h + 1, 2)
        else:
            _merge(ws, h, c, h + 1, c)
    _put(ws, h, 6, "実績値", header=True)
    _put(ws, h, 7, None, header=True)
    _put(ws, h, 8, None, header=True)
    _merge(ws, h, 6, h, 8)
    _put(ws, h, 9, "目標値", header=True)
    _put(ws, h, 10, None, header=True)
    _merge(ws, h, 9, h, 10)
    for c, word in zip(range(6, 11), KB_YEARS + KB_GOAL_YEARS):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    k = 0
    for no, goal_name, count in KB_GOALS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, goal_name)
        for j in range(1, count):
            _put(ws, r + j, 1, None)
            _put(ws, r + j, 2, None)
        if count > 1:
            _merge(ws, r, 1, r + count - 1, 1)
            _merge(ws, r, 2, r + count - 1, 2)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(row=r, column=2).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
        for j in range(count):
            name, unit, base, acts, goals, fmt = KB_ROWS[k]
            rr = r + j
            _put(ws, rr, 3, name)
            _put(ws, rr, 4, unit, align="center")
            _put(ws, rr, 5, base, align="right")
            for c, v in zip(range(6, 11), acts + goals):
                cell = _put(ws, rr, c, v, align="right")
                if fmt and isinstance(v, float):
                    cell.number_format = fmt
            ws.row_dimensions[rr].height = 30
            k += 1
        r += count
    n = r + 1
    for m, line in enumerate(
        [
            "※１　年度欄は、各年度の期間（4月1日～翌年3月31日）で表示しています。",
            "※２　基準値は、第2期戦略の策定時に把握していた直近の値で、（　）内はその時点です。",
            "※３　合計特殊出生率の2023.4～2024.3欄は、集計結果が公表されていないため「―」としています。",
        ]
    ):
        _text(ws, n + m, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "kobayashi_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ogi, kobayashi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {arao().name}")
    print(f"wrote {yufu().name}")


if __name__ == "__main__":
    main()
