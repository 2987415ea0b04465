"""Build the documents of forms438/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shimukappu_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 占冠村
  (北海道勇払郡): 活動指標 and 成果指標 under a merged 区分 cell, **a ``算出方法・出典`` column full of
  numbers that are no values (``4月1日～翌3月31日``, ``2棟``, ``n=31``)**, an actual ``中止（感染症対策）``;
  and the portrait PDF;
* ``sai_kaso_mokuhyo_r5.html``, a 過疎地域持続的発展計画 目標の達成状況 page in the manner of 佐井村
  (青森県下北郡): **a 単位 column saying ``人`` over bare cells with the scale word ``万`` (``2.4万``)**,
  ``未集計（R6.8公表予定）``, ``約`` values and a ``中止`` year;
* ``source/ikawa_seika_shihyo_r5.xlsx``, a 総合振興計画 前期基本計画 成果指標 sheet in the manner of
  井川町 (秋田県南秋田郡): **a ``県内順位（R5）`` column (``5位／25``) that looks like values and is a
  rank**, a merged 施策 cell with its number, ``千人`` in 単位, a ``―`` in a survey's off year; and
  the landscape PDF;
* ``source/okura_kofukin_kensho_r5.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 大蔵村
  (山形県最上郡): **no 単位 column, the units only in a line above the grid
  (``（単位：人、ただしKPI③は％）``)**, **a baseline head dated at a month-end, ``事業開始前（R2.3末）``**,
  printed 達成 / 未達成; and the portrait PDF.

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
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms438/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms438/build.py"
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


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms438_soffice_") as tmp:
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
# 占冠村 (北海道勇払郡): 令和６年度 事務事業評価シート（令和５年度実施事業） 移住・定住促進事業
# --------------------------------------------------------------------------------------------

# Real (vill.shimukappu.lg.jp, mykoho): 第5次占冠村総合計画 2019(平成31)年度～2028年度, むらびと条例
# (2016(平成28)年, 第26条), 企画商工課. Made up: the sheet, the program's details, every figure.
SH_HEAD = [
    "区分",
    "No.",
    "指標名",
    "算出方法・出典",
    "単位",
    "R3実績",
    "R4実績",
    "R5計画",
    "R5実績",
    "R6計画",
]
SH_ROWS = [
    (
        "活動指標",
        "1",
        "移住相談件数",
        "窓口・電話・オンライン相談の合計（4月1日～翌3月31日）",
        "件",
        38,
        45,
        50,
        57,
        55,
    ),
    (
        "活動指標",
        "2",
        "移住体験ツアーの参加者数",
        "年2回（夏・冬）実施するツアーの参加者の合計",
        "人",
        "中止（感染症対策）",
        11,
        16,
        18,
        20,
    ),
    (
        "成果指標",
        "3",
        "移住相談を経た転入者数",
        "相談記録と住民異動届の照合（転入日が当該年度内の人数）",
        "人",
        4,
        6,
        6,
        5,
        6,
    ),
    (
        "成果指標",
        "4",
        "お試し暮らし住宅利用者の満足度",
        "お試し暮らし住宅（2棟）の利用後アンケートで「満足」「やや満足」と答えた割合（R5回答者数 n=31）",
        "％",
        88.5,
        91.2,
        90.0,
        93.5,
        90.0,
    ),
]


def shimukappu() -> Path:
    wb, ws = _sheet("評価シート", [9, 5, 22, 40, 6, 10, 10, 10, 10, 10])
    last = 10
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=14)
    _text(ws, 2, last, "作成日　令和6年7月19日", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    r = _fields(
        ws,
        5,
        last,
        [
            ("事務事業名", "移住・定住促進事業", 18),
            ("担当課", "企画商工課", 18),
            (
                "総合計画の位置付け",
                "第5次占冠村総合計画（2019（平成31）年度～2028年度）　基本目標２　住み続けたいと思える村づくり",
                18,
            ),
            ("事業期間", "平成28年度～（継続）", 18),
            (
                "事業の概要",
                "2016（平成28）年に制定した占冠村むらびと条例第26条に基づく実施計画事業。移住相談窓口の運営、お試し暮らし住宅（2棟）の貸出し、"
                "移住体験ツアー（年2回）を行う。令和5年度事業費 3,150千円（うち一般財源 1,050千円）。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　指標の状況", bold=True, size=11)
    r += 1
    for c, h in enumerate(SH_HEAD, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    first = r
    for row in SH_ROWS:
        for c, v in enumerate(row, start=1):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, fmt=fmt, align="center" if c in (1, 2, 5) else None)
        ws.row_dimensions[r].height = 40 if len(row[3]) > 30 else 30
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 3, 1)
    _text(ws, r, 1, "※No.2の令和3年度は、新型コロナウイルス感染症対策のためツアーを中止した。")
    r += 2
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 1, "総合評価", header=True)
    _span(ws, r, 3, last, "Ｂ　概ね順調")
    r += 1
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 1, "判断理由", header=True)
    _span(
        ws,
        r,
        3,
        last,
        "相談件数・ツアー参加者は計画を上回ったが、転入者は5人と計画（6人）を1人下回った。冬期の住宅確保が課題であり、令和6年度は空き家2棟の改修を検討する。",
    )
    ws.row_dimensions[r].height = 30
    _page(ws, "portrait")
    path = SOURCE / "shimukappu_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 佐井村 (青森県下北郡): 佐井村過疎地域持続的発展計画 目標の達成状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (taiofam, kotobank, tabi.jtb): 135.05km², 1,430人, 仏ヶ浦, 福浦の歌舞伎, ウニ, 定期船, 願掛岩.
# Assumed: the plan's name and period (the 過疎法 plans of 令和3年度～令和7年度). Made up: the 課, the
# page, the indicators and every figure.
SA_ROWS = [
    # 区分 (rowspan over its rows or None), name, unit, base, R3, R4, R5, target
    ("産業の振興", 2, "仏ヶ浦観光船の乗船者数", "人", "2.4万", "0.9万", "1.6万", "2.1万", "3.0万"),
    (None, 0, "ウニの水揚げ量", "t", "18.6", "15.2", "16.9", "未集計（R6.8公表予定）", "20.0"),
    ("地域間交流の促進", 2, "移住・定住相談件数", "件", "12", "15", "21", "18", "25"),
    (None, 0, "佐井村うに祭りの来場者数", "人", "約5,000", "中止", "約4,200", "約4,800", "6,000"),
    ("地域文化の振興", 1, "福浦の歌舞伎の公演回数", "回", "3", "1", "2", "3", "3"),
]


def sai_html() -> str:
    body = []
    for group, span, *cells in SA_ROWS:
        th = f'<th scope="rowgroup" rowspan="{span}">{group}</th>' if group else ""
        name, rest = cells[0], cells[1:]
        tds = "".join(f"<td>{c}</td>" for c in rest)
        body.append(f'        <tr>{th}<th scope="row">{name}</th>{tds}</tr>')
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>佐井村過疎地域持続的発展計画 目標の達成状況（令和５年度）｜佐井村</title>
</head>
<body>
<header><p class="site">青森県佐井村</p></header>
<nav aria-label="パンくずリスト">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/sonsei/">村政情報</a></li>
    <li><a href="/sonsei/keikaku/">計画・施策</a></li>
    <li>佐井村過疎地域持続的発展計画 目標の達成状況（令和５年度）</li>
  </ol>
</nav>
<main>
  <h1>佐井村過疎地域持続的発展計画　目標の達成状況（令和５年度）</h1>
  <p class="date">掲載日：2024年10月4日　担当：総合政策課</p>
  <p>佐井村は下北半島の西側、津軽海峡に面した面積135.05km²の村で、人口は1,430人です。海岸線に沿って8つの集落が、山間部に1つの集落が点在しています。国の名勝・天然記念物「仏ヶ浦」や「願掛岩」などの景勝地があり、青森港との間を定期船が結んでいます。</p>
  <p>村では、令和3年度から令和7年度までの5年間を計画期間とする過疎地域持続的発展計画を策定し、計画に定めた目標の達成状況を毎年度公表しています。</p>
  <h2>１　計画に定める目標の達成状況</h2>
  <table border="1">
    <thead>
      <tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">目標（指標）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（R元）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（R7）</th></tr>
      <tr><th scope="col">令和３年度</th><th scope="col">令和４年度</th><th scope="col">令和５年度</th></tr>
    </thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p>※うに祭りは例年6月に開催しています。令和3年度は新型コロナウイルス感染症の影響により開催を中止しました。</p>
  <p>※ウニの水揚げ量は青森県の海面漁業調査によるもので、令和5年度分は令和6年8月に公表予定です。</p>
  <div class="contact">
    <p>このページに関するお問い合わせ　総合政策課　電話：0175-38-2111</p>
  </div>
</main>
</body>
</html>
"""


def sai() -> Path:
    path = HERE / "sai_kaso_mokuhyo_r5.html"
    path.write_text(sai_html(), encoding="utf-8", newline="\n")
    print(f"wrote {path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 井川町 (秋田県南秋田郡): 第五次井川町総合振興計画 前期基本計画 成果指標の進捗状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (japanlocal.net, mykoho 広報いかわ): 第五次井川町総合振興計画 (令和3年度～令和12年度), 前期 (令和3～7年度),
# 47.95km², 4,570人, 井川 11.6km, 東西14km・南北4km, 井川さくら駅 (平成7年12月), 日本国花苑 (40ha, 200種・2,000本),
# 循環器健診 (昭和38年). Made up: the 課, the sheet, the indicators' figures and ranks.
IK_HEAD = [
    "施策",
    "No.",
    "成果指標",
    "単位",
    "現状値（R元）",
    "R4実績",
    "R5目標",
    "R5実績",
    "目標値（R7）",
    "県内順位（R5）",
    "備考",
]
IK_ROWS = [
    ("1-1 農業の振興", "1", "新規就農者数", "人", 2, 1, 3, 2, 3, "5位／25", ""),
    (
        None,
        "2",
        "日本国花苑の入園者数",
        "千人",
        62.4,
        48.1,
        60.0,
        58.3,
        70.0,
        "―",
        "さくらまつり期間を含む年間値",
    ),
    (
        "3-2 健康づくりの推進",
        "3",
        "特定健診受診率",
        "％",
        58.2,
        57.9,
        60.0,
        60.3,
        65.0,
        "3位／25",
        "循環器健診と同時実施",
    ),
    (
        None,
        "4",
        "運動習慣のある町民の割合",
        "％",
        31.5,
        "―",
        36.0,
        34.0,
        40.0,
        "―",
        "町民意識調査（隔年実施）",
    ),
]


def ikawa() -> Path:
    wb, ws = _sheet("成果指標（R5）", [16, 5, 26, 7, 11, 9, 9, 9, 11, 11, 24])
    last = 11
    _text(
        ws,
        1,
        1,
        "第五次井川町総合振興計画 前期基本計画　成果指標の進捗状況（令和５年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, last, "令和6年8月　井川町", align="right")
    r = _fields(
        ws,
        4,
        last,
        [
            ("計画の名称", "第五次井川町総合振興計画 前期基本計画", 18),
            (
                "計画期間",
                "基本構想　令和3年度～令和12年度（10年間）／前期基本計画　令和3年度～令和7年度（5年間）",
                18,
            ),
            ("担当課", "総務課", 18),
            (
                "町の概要",
                "秋田県のほぼ中央に位置し、八郎潟残存湖に注ぐ井川（全長11.6km）に沿って東西14km・南北4kmと細長く広がる。面積47.95km²、人口4,570人。"
                "平成7年12月にJR井川さくら駅が開業。全国から200種・2,000本の桜を集めた日本国花苑（約40ha）がある。",
                32,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　施策別の成果指標の状況", bold=True, size=11)
    r += 1
    for c, h in enumerate(IK_HEAD, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    starts = []
    for row in IK_ROWS:
        if row[0] is not None:
            starts.append(r)
        for c, v in enumerate(row, start=1):
            if c == 1 and v is None:
                _put(ws, r, c, None)
                continue
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, fmt=fmt, align="center" if c in (2, 4, 10) or v == "―" else None)
        ws.row_dimensions[r].height = 22
        r += 1
    for s in starts:
        _merge(ws, s, 1, s + 1, 1)
        ws.cell(row=s, column=1).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
    _text(
        ws,
        r,
        1,
        "※県内順位は、秋田県内25市町村のうちの順位（県公表資料による）。順位の公表がない指標は「―」とした。",
    )
    _text(ws, r + 1, 1, "※No.4は隔年の町民意識調査によるため、調査を行わない年度は「―」とした。")
    _page(ws, "landscape")
    path = SOURCE / "ikawa_seika_shihyo_r5.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 大蔵村 (山形県最上郡): 令和５年度 地方創生推進交付金事業 効果検証シート
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp 町村の取組, ja.wikipedia 大蔵村): 211.59km², 85%が山林, 1,084世帯・約3,300人 (2019年), 27集落,
# 肘折温泉 開湯1200有余年, 積雪3m以上, トマト県内一, 四ヶ村. Made up: the program, the 課, every figure.
OK_HEAD = [
    "KPI",
    "事業開始前（R2.3末）",
    "R3年度",
    "R4年度",
    "R5年度",
    "目標値（R5年度）",
    "達成状況",
]
OK_ROWS = [
    ("①肘折温泉の宿泊者数", 38200, 29400, 33800, 40100, 42000, "未達成"),
    ("②湯治プラン（3泊以上）の利用者数", 1150, 980, 1420, 1610, 1500, "達成"),
    ("③宿泊者のリピーター率", 41.2, 43.5, 44.0, 46.8, 45.0, "達成"),
    ("④四ヶ村の棚田ツアー参加者数", 120, 86, 164, 211, 200, "達成"),
]


def okura() -> Path:
    wb, ws = _sheet("効果検証", [14, 20, 15, 11, 11, 11, 13, 11])
    last = 8
    _text(ws, 1, 1, "令和５年度　地方創生推進交付金事業　効果検証シート", bold=True, size=14)
    _text(ws, 2, last, "令和6年6月　大蔵村", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    r = _fields(
        ws,
        5,
        last,
        [
            ("交付対象事業の名称", "湯治の里肘折温泉郷滞在型観光推進事業", 18),
            ("事業期間", "令和3年度～令和5年度（3か年）", 18),
            ("担当課", "産業振興課", 18),
            (
                "村の概要",
                "山形県最上地方の南部に位置し、総面積211.59km²の約85%が山林。27の集落に1,084世帯・約3,300人（2019年）が暮らす。"
                "月山・葉山のふもとの肘折温泉は開湯1200有余年の湯治場で、平年の積雪は3m以上に達する。トマトは県内一の生産量を誇る。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　重要業績評価指標（KPI）の実績", bold=True, size=11)
    _text(ws, r, last, "（単位：人、ただしKPI③は％）", align="right")
    r += 1
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 1, OK_HEAD[0], header=True)
    for c, h in zip(range(3, 3 + len(OK_HEAD)), OK_HEAD[1:]):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for row in OK_ROWS:
        _span(ws, r, 1, 2, row[0])
        for c, v in enumerate(row[1:], start=3):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, fmt=fmt, align="center" if c == last else None)
        ws.row_dimensions[r].height = 24
        r += 1
    _text(
        ws,
        r,
        1,
        "※各年度の実績は4月1日から翌年3月31日までの値。③は宿泊者アンケート（各年度300件程度回収）による。",
    )
    _text(ws, r + 1, 1, "※達成状況は、R5年度の実績値が目標値以上のものを「達成」とした。")
    _page(ws, "portrait")
    path = SOURCE / "okura_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    sai()
    for xlsx in (shimukappu(), ikawa(), okura()):
        if not no_pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
