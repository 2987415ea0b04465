"""Build the documents of forms439/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hatoyama_senryaku_saishu_kensho_r3.xlsx``, a 総合戦略 KPI 最終検証シート in the manner of
  鳩山町 (埼玉県): a target head in a 平成 year that never came, ``目標値（H32）``, beside actuals that run
  on to R3, a year head ``H31/R元``, and a 達成状況 that a note judges on the R3 actual; the portrait PDF;
* ``source/kanra_suishin_kensho_r5.xlsx``, a 地域再生計画 KPI 効果検証シート in the manner of 甘楽町
  (群馬県): year heads over ``目標 | 実績`` pairs, a 備考 column that makes one row cumulative, restates
  one actual (``42※``, old value 36 in the remark) and calls one actual 速報値; the landscape PDF;
* ``sakuho_community_senryaku_kpi_r6.html``, a KPI page in the manner of 佐久穂町 (長野県): the same three
  KPIs in two tables, ``（１）KPIと目標値`` (with the 単位 column, one unit ``百万円``) and ``（２）実績値の推移``
  (no unit; a line says the units are those of table (1));
* ``source/minamiuonuma_suishin_kpi_r6.xlsx``, a 地域再生計画 KPI 進捗 sheet in the manner of 南魚沼市
  (新潟県): one block a KPI, its unit only in the block's title row (``KPI①　観光入込客数（単位：千人）``),
  rows ``目標値 | 実績値 | 達成率`` and, in one block, a ``（参考）新潟県`` row; the portrait PDF.

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)

# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms439/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms439/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _fields(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` (label over columns 1-2); returns the next free row."""
    for label, value, height in fields:
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    return r


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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    print(f"wrote source/{path.name}")


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms439_soffice_") as tmp:
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


def _notes(ws, r: int, notes: list[str], last: int) -> int:
    for note in notes:
        _text(ws, r, 1, note, size=8)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 鳩山町 (埼玉県比企郡): 鳩山町まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）最終検証シート
# --------------------------------------------------------------------------------------------

# Real (town.hatoyama.saitama.jp machi_hito_shigoto, pref.saitama super-city hatoyama, town.hatoyama
# mayor column h28_05): the strategy's name and its history (平成31年度まで, then 平成32年度 with the 第5次
# 総合計画, then 令和3年度), 政策財政課, 25.73km², 鳩山ニュータウン (入居 1974, 約5割 of the people), the
# 地方創生加速化交付金 8,000万円 and its 住宅団地アクティブ化・キックオフ事業. Made up: the sheet, the KPIs and
# every figure.
HT_ROWS = [
    # No., KPI, unit, base H26, H30, H31/R元, R2, R3, target H32, status
    (1, "空き家バンク登録物件の成約件数", "件", 3, 6, 9, 11, 14, 10, "達成"),
    (2, "転入者数", "人", 420, 398, 405, 441, 463, 500, "未達成"),
    (3, "社会増減数（転入者数－転出者数）", "人", "△61", "△38", "△25", "△12", 4, "±0", "達成"),
    (4, "子育て世帯住宅取得奨励金の交付件数", "件", "―", 5, 8, 7, 9, 10, "未達成"),
]
HT_NOTES = [
    "※1　目標値は平成27年度の策定時に定めたもので、年度は策定時の表記（平成32年度＝令和2年度）のまま掲載しています。戦略の延長後も目標値は変更していません。",
    "※2　達成状況は、延長後の計画期間の最終年度である令和3年度の実績値を目標値と比べて判定しています。",
    "※3　No.4の奨励金は平成28年度に創設した制度のため、基準値はありません。",
    "※4　社会増減数の「△」は転出超過を表します。",
]


def hatoyama() -> Path:
    wb, ws = _sheet("最終検証", [5, 30, 6, 10, 8, 9, 8, 8, 10, 9])
    last = 10
    _text(
        ws,
        1,
        1,
        "鳩山町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）最終検証シート",
        bold=True,
        size=12,
    )
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    _text(ws, 2, 1, "令和4年8月　鳩山町 政策財政課", align="right")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    r = _fields(
        ws,
        4,
        last,
        [
            ("戦略の名称", "鳩山町まち・ひと・しごと創生総合戦略", 16),
            (
                "計画期間",
                "平成27年度～令和3年度（当初は平成31年度まで。第5次鳩山町総合計画に合わせて平成32年度まで延長し、さらに1年延長）",
                28,
            ),
            ("担当課", "政策財政課", 16),
            (
                "町の概要",
                "面積25.73km²。昭和49年（1974年）に入居が始まった鳩山ニュータウンに町の人口の約5割が住む。平成28年度には地方創生加速化交付金8,000万円を受けて住宅団地アクティブ化・キックオフ事業に取り組んだ。",
                40,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■基本目標２　新しいひとの流れをつくる", bold=True, size=10)
    r += 1
    h1, h2 = r, r + 1
    for col, label in (
        (1, "No."),
        (2, "重要業績評価指標（ＫＰＩ）"),
        (3, "単位"),
        (4, "基準値\n（H26）"),
        (9, "目標値\n（H32）"),
        (10, "達成状況"),
    ):
        _put(ws, h1, col, label, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 5, 8, "実績値", header=True)
    for col, label in zip(range(5, 9), ("H30", "H31/R元", "R2", "R3")):
        _put(ws, h2, col, label, header=True)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 16
    r = h2 + 1
    for row in HT_ROWS:
        for col, value in enumerate(row, start=1):
            align = "center" if col in (1, 3, 10) else None
            if isinstance(value, str) and col in range(4, 10):
                align = "right"
            _put(ws, r, col, value, align=align)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _notes(ws, r, HT_NOTES, last)
    _page(ws, "portrait")
    path = SOURCE / "hatoyama_senryaku_saishu_kensho_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 甘楽町 (群馬県甘楽郡): 甘楽町まち・ひと・しごと創生推進計画 KPI 効果検証シート（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp projects/1681, ja.wikipedia 甘楽町, gunmaai.jp kanra): the plan's name, the
# population figures (14,660人 in 2000, 13,200人 in 2015, 13,095人 in 2020, 9,854人 in 2040, 75%), 楽山園
# (国指定名勝), 雄川堰, the 甘楽PA スマートIC, 道の駅甘楽. Made up: the period, the 課, the sheet, the KPIs
# and every figure.
KN_ROWS = [
    # KPI, unit, base R2, (R3 target, actual), (R4 ...), (R5 ...), 備考
    (
        "①楽山園の入園者数",
        "人",
        18500,
        19000,
        12300,
        20000,
        16800,
        21000,
        20400,
        "R3は4～5月に臨時休園あり",
    ),
    (
        "②道の駅甘楽の販売額",
        "千円",
        142000,
        145000,
        138600,
        150000,
        151200,
        155000,
        158420,
        "R5実績は速報値（令和6年7月時点）",
    ),
    (
        "③移住相談件数",
        "件",
        24,
        30,
        31,
        35,
        "42※",
        40,
        38,
        "※R4実績は前年度の報告値36から修正（窓口以外で受けた相談の計上漏れ）",
    ),
    (
        "④立地企業の新規雇用者数",
        "人",
        0,
        10,
        4,
        20,
        15,
        30,
        27,
        "目標値・実績値とも事業開始（R3）からの累計",
    ),
]


def kanra() -> Path:
    wb, ws = _sheet("効果検証（R5）", [30, 6, 11, 9, 9, 9, 9, 9, 9, 40])
    last = 10
    _text(
        ws,
        1,
        1,
        "甘楽町まち・ひと・しごと創生推進計画　重要業績評価指標（ＫＰＩ）効果検証シート（令和５年度）",
        bold=True,
        size=12,
    )
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    _text(ws, 2, 1, "令和6年8月　甘楽町 企画課", align="right")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    r = _fields(
        ws,
        4,
        last,
        [
            ("地域再生計画の名称", "甘楽町まち・ひと・しごと創生推進計画", 16),
            ("計画期間", "令和3年4月1日～令和6年3月31日", 16),
            ("担当課", "企画課", 16),
            (
                "町の現状",
                "町の人口は2000年の14,660人をピークに減少し、2015年国勢調査で13,200人、2020年には13,095人（住民基本台帳）となった。2040年には9,854人（2015年比75%）まで減る見込みである。城下町小幡の楽山園（国指定名勝）や雄川堰、甘楽PAのスマートICを生かして交流と移住を促す。",
                42,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（ＫＰＩ）の達成状況", bold=True, size=10)
    r += 1
    h1, h2 = r, r + 1
    for col, label in ((1, "ＫＰＩ"), (2, "単位"), (3, "事業開始前\n（R2）"), (10, "備考")):
        _put(ws, h1, col, label, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    for i, year in enumerate(("R3年度", "R4年度", "R5年度")):
        c = 4 + 2 * i
        _span(ws, h1, c, c + 1, year, header=True)
        _put(ws, h2, c, "目標", header=True)
        _put(ws, h2, c + 1, "実績", header=True)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 16
    r = h2 + 1
    for row in KN_ROWS:
        for col, value in enumerate(row, start=1):
            align = "center" if col == 2 else None
            if isinstance(value, str) and col in range(3, 10):
                align = "right"
            _put(ws, r, col, value, align=align, size=8 if col == 10 else 9)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    _notes(
        ws,
        r,
        [
            "※目標値は地域再生計画に定めた各年度の値です。評価は町の地方創生推進会議（令和6年7月開催）で行いました。"
        ],
        last,
    )
    _page(ws, "landscape")
    path = SOURCE / "kanra_suishin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 佐久穂町 (長野県南佐久郡): 佐久穂町コミュニティ創生戦略 ＫＰＩの状況（令和６年度）
# --------------------------------------------------------------------------------------------

# Real (town.sakuho.nagano.jp sogoseisakuka_2900 and _3062, zck.or.jp essay 5840): the strategy's name
# (コミュニティ創生戦略), its four まちづくり戦略 woven into the 第2次総合計画 後期基本計画 (令和4～8年度), 総合政策課
# 政策推進係, the merger of 旧佐久町 and 旧八千穂村, 千曲川, 724m to 縞枯山 2,403m, 集落支援事業. Made up: the
# page, the 戦略 heading, the KPIs and every figure.
SK_KPIS = [
    # No., KPI, unit, base R2, target R8, actuals R4, R5, R6
    ("1", "移住相談を経て町内に移住した人数", "人", "28", "40", "31", "35", "38"),
    ("2", "ふるさと納税の寄附額", "百万円", "38.5", "60.0", "44.2", "52.4", "57.9"),
    ("3", "集落支援事業に取り組む集落の数", "集落", "6", "15", "8", "11", "13"),
]


def sakuho_html() -> str:
    t1 = "\n".join(
        f'        <tr><td>{no}</td><th scope="row">{name}</th><td>{unit}</td><td>{base}</td><td>{target}</td></tr>'
        for no, name, unit, base, target, *_ in SK_KPIS
    )
    t2 = "\n".join(
        f'        <tr><td>{no}</td><th scope="row">{name}</th><td>{a4}</td><td>{a5}</td><td>{a6}</td></tr>'
        for no, name, _u, _b, _t, a4, a5, a6 in SK_KPIS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>佐久穂町コミュニティ創生戦略 ＫＰＩの状況（令和６年度）｜佐久穂町</title>
</head>
<body>
<header><p class="site">佐久穂町</p></header>
<nav aria-label="パンくずリスト">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/oshirase/machi/">町政情報</a></li>
    <li><a href="/oshirase/machi/shisakukeikaku/">施策・計画</a></li>
    <li>佐久穂町コミュニティ創生戦略 ＫＰＩの状況（令和６年度）</li>
  </ol>
</nav>
<main>
  <h1>佐久穂町コミュニティ創生戦略　ＫＰＩの状況（令和６年度）</h1>
  <p class="date">更新日：2025年9月12日　担当：総合政策課 政策推進係</p>
  <p>佐久穂町は、平成17年（2005年）に旧佐久町と旧八千穂村が合併して誕生しました。町の中央を千曲川が流れ、標高は724mから縞枯山山頂の2,403mにわたります。</p>
  <p>「佐久穂町コミュニティ創生戦略」は、第2次佐久穂町総合計画の後期基本計画（令和4年度～令和8年度）と一体で進めています。総合計画の20本の施策と4本のまちづくり戦略ごとにＫＰＩを定め、毎年度その状況を公表しています。このページでは戦略２のＫＰＩを掲載します。</p>
  <h2>戦略２　ひとが集い、暮らしを支えあうまちをつくる</h2>
  <h3>（１）ＫＰＩと目標値</h3>
  <table border="1">
    <thead>
        <tr><th scope="col">No.</th><th scope="col">ＫＰＩ</th><th scope="col">単位</th><th scope="col">基準値<br>（R2）</th><th scope="col">目標値<br>（R8）</th></tr>
    </thead>
    <tbody>
{t1}
    </tbody>
  </table>
  <h3>（２）実績値の推移</h3>
  <p>※単位は（１）の表のとおりです。</p>
  <table border="1">
    <thead>
        <tr><th scope="col">No.</th><th scope="col">ＫＰＩ</th><th scope="col">令和４年度</th><th scope="col">令和５年度</th><th scope="col">令和６年度</th></tr>
    </thead>
    <tbody>
{t2}
    </tbody>
  </table>
  <p>※No.3の集落支援事業は、集落の話の聴き手による聞き取りや地域の行事の継承などに取り組む集落を数えています。</p>
  <div class="contact">
    <p>このページに関するお問い合わせ　総合政策課 政策推進係　電話：0267-86-2553</p>
  </div>
</main>
</body>
</html>
"""


def sakuho() -> Path:
    path = HERE / "sakuho_community_senryaku_kpi_r6.html"
    path.write_text(sakuho_html(), encoding="utf-8", newline="\n")
    print(f"wrote {path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 南魚沼市 (新潟県): 南魚沼市まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の進捗状況（令和６年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp projects/1802, pref.niigata.lg.jp minamiuonuma_seibi): the plan's name, 66,118人
# (1995), 58,568人 (2015), 357人 社会減 and 461人 自然減 (2019), 54,851人 (令和2年国勢調査), 584.55km², 魚沼産
# コシヒカリ. Made up: the period, the 課, the sheet, the KPIs and every figure.
MU_BLOCKS = [
    # title, base R2, targets (R4, R5, R6, R8), actuals (R4, R5, R6), rates, reference row or None
    (
        "KPI①　観光入込客数（単位：千人）",
        3120,
        (3300, 3450, 3600, 3900),
        (2980, 3390, 3560),
        ("90.3%", "98.3%", "98.9%"),
        None,
    ),
    (
        "KPI②　移住支援制度を利用した移住者数（単位：人）",
        45,
        (50, 55, 60, 70),
        (52, 61, 58),
        ("104.0%", "110.9%", "96.7%"),
        None,
    ),
    (
        "KPI③　合計特殊出生率",
        1.50,
        (1.55, 1.58, 1.60, 1.65),
        (1.44, 1.41, 1.38),
        ("92.9%", "89.2%", "86.3%"),
        ("（参考）新潟県", 1.33, 1.27, 1.23, 1.17, "県の値（人口動態統計）"),
    ),
    (
        "KPI④　市内企業への新規学卒就職者数（単位：人）",
        180,
        (185, 190, 195, 200),
        (176, 188, 197),
        ("95.1%", "98.9%", "101.0%"),
        None,
    ),
]


def minamiuonuma() -> Path:
    wb, ws = _sheet("KPI進捗（R6）", [14, 11, 10, 10, 10, 12, 26])
    last = 7
    _text(
        ws,
        1,
        1,
        "南魚沼市まち・ひと・しごと創生推進計画　重要業績評価指標（ＫＰＩ）の進捗状況（令和６年度）",
        bold=True,
        size=11,
    )
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    _text(ws, 2, 1, "令和7年9月　南魚沼市 企画政策課", align="right")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    r = _text(ws, 4, 1, "１　計画の概要", bold=True, size=10).row + 1
    r = _fields(
        ws,
        r,
        last,
        [
            ("地域再生計画の名称", "南魚沼市まち・ひと・しごと創生推進計画", 16),
            ("計画期間", "令和4年度～令和8年度（5年間）", 16),
            ("担当課", "企画政策課", 16),
            (
                "市の現状",
                "人口は1995年の66,118人をピークに減少が続き、2015年国勢調査で58,568人、令和2年国勢調査で54,851人となった。2019年は357人の社会減、461人の自然減であった。面積は584.55km²で、魚沼産コシヒカリの中心産地である。",
                42,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　重要業績評価指標（ＫＰＩ）の進捗状況", bold=True, size=10)
    r += 1
    for col, label in enumerate(
        ("区分", "基準値（R2）", "R4", "R5", "R6", "最終目標（R8）", "備考"), start=1
    ):
        _put(ws, r, col, label, header=True)
    ws.row_dimensions[r].height = 18
    r += 1
    for title, base, targets, actuals, rates, ref in MU_BLOCKS:
        _span(ws, r, 1, last, title, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 17
        r += 1
        fmt = "0.00" if isinstance(base, float) else None
        _put(ws, r, 1, "目標値", align="center")
        _put(ws, r, 2, base, fmt=fmt)
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        for c, v in zip((3, 4, 5, 6), targets):
            _put(ws, r, c, v, fmt=fmt)
        _put(ws, r, 7, None)
        _put(ws, r + 1, 1, "実績値", align="center")
        for c, v in zip((3, 4, 5), actuals):
            _put(ws, r + 1, c, v, fmt=fmt)
        _put(ws, r + 1, 6, None)
        _put(ws, r + 1, 7, None)
        _put(ws, r + 2, 1, "達成率", align="center")
        _put(ws, r + 2, 2, None)
        for c, v in zip((3, 4, 5), rates):
            _put(ws, r + 2, c, v, align="right")
        _put(ws, r + 2, 6, None)
        _put(ws, r + 2, 7, "実績値÷目標値", size=8)
        n = 3
        if ref is not None:
            label, *vals, remark = ref
            _put(ws, r + 3, 1, label, size=8)
            for c, v in zip((2, 3, 4, 5), vals):
                _put(ws, r + 3, c, v, fmt=fmt)
            _put(ws, r + 3, 6, None)
            _put(ws, r + 3, 7, remark, size=8)
            n = 4
        for i in range(n):
            ws.row_dimensions[r + i].height = 17
        r += n
    r += 1
    _notes(
        ws,
        r,
        [
            "※基準値は計画策定時（令和2年度）の値です。達成率は小数第2位を四捨五入しています。",
            "※最終目標（R8）は計画期間の最終年度の目標値で、実績は令和9年度に公表します。",
        ],
        last,
    )
    _page(ws, "portrait")
    path = SOURCE / "minamiuonuma_suishin_kpi_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    sakuho()
    for xlsx in (hatoyama(), kanra(), minamiuonuma()):
        if not no_pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
