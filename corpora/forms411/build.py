"""Build the documents of forms411/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``warabi_senryaku_jisshi_r5.html``, a 総合戦略 実施状況 page in the manner of 蕨市 (埼玉県): under each
  indicator row a ``<td colspan>`` row of 取組状況 prose with figures that are no KPI values, a 担当課
  column per row, baseline cells that carry their own year (``1,367件（平成24年）``) and a final target
  written as a change (``平成24年から10%以上削減``);
* ``source/fuefuki_seika_shinchoku_r5.xlsx`` and its PDF, a 総合計画 成果指標 sheet in the manner of
  笛吹市 (山梨県): three crop rows and a shaded total row ``果樹３品目の出荷量（計）`` that is an indicator
  of its own, a note row between the rows, ``百万円`` in the 単位 column and a 備考 column;
* ``source/chino_shisaku_hyoka_r4.xlsx`` and its PDF, a 施策評価シート in the manner of 茅野市 (長野県):
  one grid split by shaded ``＜成果指標＞`` / ``＜活動指標＞`` rows, ``千人`` and ``千件`` in 単位,
  a value with a word in brackets (``2,512（速報値）``) and a ``中止`` cell;
* ``source/manazuru_kaso_mokuhyo_r6.xlsx`` and its PDF, a 過疎地域持続的発展計画 目標指標 sheet in the
  manner of 真鶴町 (神奈川県足柄下郡): 分野 merged down, a ``R6年度※`` column that a note makes 見込値,
  a value with an inner count in brackets and ``△`` values.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
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
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms411/build.py"
    wb.properties.lastModifiedBy = "forms411/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last_col, height=None):
    _span(ws, row, 1, 2, label, header=True)
    cell = _span(ws, row, 3, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


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
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms411_soffice_") as tmp:
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
# 蕨市 (埼玉県): 改定蕨市まち・ひと・しごと創生総合戦略 実施状況（令和5年度）
# Real: the strategy and its 改定 (令和2年3月), 基本目標Ⅰ and プロジェクト (1) wording, 犯罪発生件数 1,367件
# (平成24年), 81.1% (平成26年度), 90.9% (26年度末), the 平成27年度 補助事業, 安全安心推進課, 5.11km²,
# 74,517人 (2024-04-01), the 青年祭 (1946). Made up: the period's end, 政策企画室, every other value.
# --------------------------------------------------------------------------------------------

WARABI_ROWS = [
    (
        "数値目標",
        [
            (
                "犯罪発生件数",
                "1,367件<br>（平成24年）",
                "548件",
                "1,230件",
                "601件",
                "平成24年から<br>10%以上削減",
                "安全安心推進課",
                "防犯パトロール（青色回転灯車両6台）を毎日実施し、令和5年度は防犯講習会を12回開催した（参加者 延べ486人）。",
            ),
            (
                "家庭等における災害への備え実施率（市民意識調査）",
                "81.1%<br>（平成26年度）",
                "84.0%",
                "86.0%",
                "85.2%",
                "90.0%",
                "安全安心推進課",
                "平成27年度に開始した家具転倒防止器具設置等補助事業の令和5年度の申請件数は15件、感震ブレーカー設置補助は3件であった。",
            ),
        ],
    ),
    (
        "KPI",
        [
            (
                "自主防災組織による防災訓練の実施率",
                "62.5%<br>（平成26年度）",
                "71.4%",
                "85.0%",
                "78.6%",
                "100%",
                "安全安心推進課",
                "市内56組織のうち44組織が訓練を実施した。未実施の組織には、令和6年度に出前講座（2回）を案内している。",
            ),
            (
                "防犯対策の満足度（市民意識調査）",
                "38.2%<br>（平成27年度）",
                "―",
                "45.0%",
                "46.3%",
                "50.0%",
                "安全安心推進課",
                "市民意識調査は隔年（奇数年度）の実施のため、令和4年度は調査を行っていない。防犯カメラを新たに8台設置した（累計64台）。",
            ),
            (
                "上水道の基幹管路の耐震化率",
                "90.9%<br>（平成26年度末）",
                "95.8%",
                "96.5%",
                "96.5%",
                "97.0%",
                "水道部",
                "令和5年度は基幹管路1.2kmを更新した。あわせて下水道管路長寿命化計画に基づき2路線を改築した。",
            ),
        ],
    ),
]


def warabi_html() -> str:
    rows = []
    for kubun, items in WARABI_ROWS:
        for i, (name, base, r4, t5, a5, final, ka, note) in enumerate(items):
            head = (
                f'      <th scope="rowgroup" rowspan="{2 * len(items)}">{kubun}</th>\n'
                if i == 0
                else ""
            )
            rows.append(
                "    <tr>\n"
                + head
                + f'      <th scope="row">{name}</th>\n'
                + f"      <td>{base}</td>\n      <td>{r4}</td>\n      <td>{t5}</td>\n      <td>{a5}</td>\n"
                + f"      <td>{final}</td>\n      <td>{ka}</td>\n    </tr>\n"
                + f'    <tr class="torikumi">\n      <td colspan="7">【取組状況】{note}</td>\n    </tr>\n'
            )
    body = "".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>改定蕨市まち・ひと・しごと創生総合戦略　実施状況（令和５年度）｜蕨市</title>
<style>
table {{ border-collapse: collapse; font-size: 14px; }}
th, td {{ border: 1px solid #666; padding: 4px 6px; }}
thead th {{ background: #e8eef6; }}
tr.torikumi td {{ background: #fafafa; font-size: 13px; }}
</style>
</head>
<body>
<header><p class="site-name">蕨市</p></header>
<nav class="breadcrumb">
  <ol>
    <li><a href="/">トップページ</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/vision/">計画・ビジョン</a></li>
    <li><a href="/shisei/vision/machi/">蕨市まち・ひと・しごと創生総合戦略</a></li>
    <li>実施状況（令和５年度）</li>
  </ol>
</nav>
<main>
<h1>改定蕨市まち・ひと・しごと創生総合戦略　実施状況（令和５年度）</h1>
<p class="date">更新日：2024年10月31日　担当：政策企画室</p>
<p>蕨市は、市域面積が5.11平方キロメートルと全国の市で最も狭く、人口74,517人（2024年4月1日推計）の、人口密度が全国で最も高い市です。1946年（昭和21年）に始まった「青年祭」は、成人式の発祥とされています。</p>
<p>令和2年3月に策定した改定蕨市まち・ひと・しごと創生総合戦略（計画期間：令和2年度～令和6年度）のうち、基本目標Ⅰの数値目標と重要業績評価指標（KPI）について、令和５年度の実施状況をお知らせします。各指標の下の行は、その指標に関する主な取組状況です。</p>
<h2>基本目標Ⅰ　安全で安心して暮らせるまち</h2>
<h3>（１）ほっとわらび！安全安心プロジェクト</h3>
<table>
  <thead>
    <tr>
      <th scope="col" rowspan="2">区分</th>
      <th scope="col" rowspan="2">指標</th>
      <th scope="col" rowspan="2">現状値</th>
      <th scope="col">令和４年度</th>
      <th scope="colgroup" colspan="2">令和５年度</th>
      <th scope="col" rowspan="2">目標値<br>（令和６年度）</th>
      <th scope="col" rowspan="2">担当課</th>
    </tr>
    <tr>
      <th scope="col">実績</th>
      <th scope="col">目標</th>
      <th scope="col">実績</th>
    </tr>
  </thead>
  <tbody>
{body}  </tbody>
</table>
<p>※現状値は、総合戦略の策定時に把握していた直近の値です（括弧内は、その値の年または年度）。</p>
<p>※「―」は、調査を行っていない年度です。</p>
</main>
<footer>
<p>このページに関するお問い合わせ　政策企画室　〒335-8501 埼玉県蕨市中央五丁目14番15号</p>
</footer>
</body>
</html>
"""


def warabi() -> Path:
    path = HERE / "warabi_senryaku_jisshi_r5.html"
    path.write_text(warabi_html(), encoding="utf-8", newline="\n")
    print(f"wrote {path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 笛吹市 (山梨県): 第二次笛吹市総合計画 後期基本計画 成果指標の進捗状況（令和5年度）
# Real: the plan's name, its span 2018～2025, the 将来像, the 2004 merger of 5町1村 and the 2006 編入 of 芦川村,
# 69,559人 (平成27年国勢調査), 桃・ぶどう and 石和温泉. Made up: the 後期 period, the 施策, 課, every value.
# --------------------------------------------------------------------------------------------

FUEFUKI_ROWS = [
    (
        "1",
        "桃の出荷量",
        "t",
        [31200, 30450, 29870, 27640],
        [30500, 32000],
        "2023年度は4月の降霜被害により減少",
    ),
    ("2", "ぶどうの出荷量", "t", [17800, 18260, 18920, 19380], [18600, 19000], ""),
    ("3", "すももの出荷量", "t", [2450, 2380, 2510, 2290], [2520, 2600], ""),
    (
        "",
        "果樹３品目の出荷量（計）",
        "t",
        [51450, 51090, 51300, 49310],
        [51620, 53600],
        "No.1～3の合計",
    ),
    (
        "note",
        "※No.4（農業産出額）は、2022年度公表分から推計方法が変更されている。2021年度以前の値は旧方式による推計値である。",
        "",
        [],
        [],
        "",
    ),
    (
        "4",
        "農業産出額",
        "百万円",
        [28460, 29120, 31050, 32480],
        [31500, 33000],
        "農林水産省「市町村別農業産出額（推計）」",
    ),
    ("5", "新規就農者数（年間）", "人", [18, 21, 24, 19], [22, 25], "認定新規就農者を含む"),
]


def fuefuki() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 8, 12, 10, 10, 10, 10, 10, 30])
    ws.merge_cells("A1:J1")
    _text(
        ws,
        1,
        1,
        "第二次笛吹市総合計画 後期基本計画　成果指標の進捗状況（令和５年度）",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:J2")
    _text(ws, 2, 1, "令和6年9月　笛吹市 企画課", align="right")
    _field(
        ws,
        4,
        "計画の名称",
        "第二次笛吹市総合計画（2018～2025）　将来像「ハートフルタウン笛吹～優しさあふれるまち～」",
        10,
    )
    _field(
        ws,
        5,
        "計画期間",
        "基本構想 2018年度～2025年度（8年間）／後期基本計画 2022年度～2025年度（4年間）",
        10,
    )
    _field(ws, 6, "施策", "2-1　魅力ある農業の振興", 10)
    _field(ws, 7, "担当課", "農林振興課", 10)
    _field(
        ws,
        8,
        "市の概要",
        "2004（平成16）年10月12日に石和町、御坂町、一宮町、八代町、境川村、春日居町の5町1村が合併して誕生し、2006（平成18）年8月1日に芦川村を編入した。"
        "人口は69,559人（平成27年国勢調査）。桃・ぶどうの生産量は日本一で、石和温泉をはじめとする温泉郷がある。",
        10,
        height=34,
    )
    _text(ws, 10, 1, "■成果指標の推移", bold=True, size=11)
    ws.row_dimensions[10].height = 20
    _down(ws, 11, 12, 1, "No.", header=True)
    _down(ws, 11, 12, 2, "成果指標", header=True)
    _down(ws, 11, 12, 3, "単位", header=True)
    _down(ws, 11, 12, 4, "基準値\n（2020年度）", header=True)
    _span(ws, 11, 5, 7, "実績値", header=True)
    _span(ws, 11, 8, 9, "目標値", header=True)
    _down(ws, 11, 12, 10, "備考", header=True)
    for c, y in zip(range(5, 10), ["2021年度", "2022年度", "2023年度", "2023年度", "2025年度"]):
        _put(ws, 12, c, y, header=True)
    row = 13
    for no, name, unit, vals, tgts, note in FUEFUKI_ROWS:
        if no == "note":
            _span(ws, row, 1, 10, name, size=8, fill=LIGHT)
            ws.row_dimensions[row].height = 16
            row += 1
            continue
        fill = SHADE if no == "" else None
        bold = no == ""
        _put(ws, row, 1, no, align="center", fill=fill)
        _put(ws, row, 2, name, fill=fill, bold=bold)
        _put(ws, row, 3, unit, align="center", fill=fill)
        for c, v in zip(range(4, 10), vals + tgts):
            _put(ws, row, c, v, fill=fill, bold=bold)
        _put(ws, row, 10, note, size=8, fill=fill)
        ws.row_dimensions[row].height = 20
        row += 1
    _page(ws, "landscape", f"A1:J{row}")
    path = SOURCE / "fuefuki_seika_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 茅野市 (長野県): 第5次茅野市総合計画 施策評価シート（令和3年度実績）
# Real: the plan's name, its start (平成30年度), the 将来像, 265.88km², 標高770m～1,200m, 1万戸を超える別荘, 蓼科・
# 白樺湖. Made up: the 前期 period's end, the 施策, 課, every value.
# --------------------------------------------------------------------------------------------

CHINO_ROWS = [
    ("＜成果指標＞",),
    ("①", "観光地延利用者数", "千人", 3468, 3512, 3390, 2031, 3500, "2,512（速報値）", 3600),
    ("②", "宿泊者数", "千人", 912, 935, 901, 498, 950, 603, 980),
    ("③", "観光案内所の利用者満足度", "％", 82.4, 84.0, 85.1, 86.3, 85.0, 87.2, 88.0),
    ("＜活動指標＞",),
    ("④", "首都圏での観光PRイベント開催回数", "回", 6, 7, 8, "中止", 8, 4, 8),
    ("⑤", "観光ホームページのアクセス数", "千件", 1120, 1250, 1380, 1610, 1500, 1742, 1700),
]


def chino() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 10, 9, 9, 9, 9, 13, 10])
    ws.merge_cells("A1:J1")
    _text(
        ws, 1, 1, "令和４年度　施策評価シート（令和３年度実績）", bold=True, size=14, align="center"
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:J2")
    _text(ws, 2, 1, "評価日 令和4年7月29日", align="right")
    _text(ws, 3, 1, "１　施策の概要", bold=True, size=11)
    _field(ws, 4, "施策名", "3-2　観光の振興", 10)
    _field(
        ws,
        5,
        "総合計画",
        "第5次茅野市総合計画　将来像「八ヶ岳の自然、人、技、歴史が織りなすやさしさと活力あるまち」",
        10,
        height=28,
    )
    _field(ws, 6, "計画期間", "前期基本計画　平成30年度～令和4年度（5年間）", 10)
    _field(ws, 7, "主管課", "観光まちづくり推進課", 10)
    _field(
        ws,
        8,
        "施策の現状",
        "市域は面積265.88km²、八ヶ岳西麓の標高770mから1,200mにわたる裾野に集落が広がり、その上部の蓼科・白樺湖などの観光地には1万戸を超える別荘や宿泊施設がある。"
        "令和2年度は新型コロナウイルス感染症の影響により観光客が大きく減少し、令和3年度も回復は6割程度にとどまった。",
        10,
        height=44,
    )
    _text(ws, 10, 1, "２　施策の指標", bold=True, size=11)
    ws.row_dimensions[10].height = 20
    heads = [
        "No.",
        "指標名",
        "単位",
        "基準値（H28）",
        "H30実績",
        "R元実績",
        "R2実績",
        "R3目標",
        "R3実績",
        "目標値（R4）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 11, c, h, header=True)
    ws.row_dimensions[11].height = 28
    row = 12
    for item in CHINO_ROWS:
        if len(item) == 1:
            _span(ws, row, 1, 10, item[0], bold=True, fill=LIGHT)
            row += 1
            continue
        label, name, unit, *vals = item
        _put(ws, row, 1, label, align="center")
        _put(ws, row, 2, name)
        _put(ws, row, 3, unit, align="center")
        for c, v in zip(range(4, 11), vals):
            _put(ws, row, c, v, align="right" if isinstance(v, str) else None)
        ws.row_dimensions[row].height = 20
        row += 1
    notes = [
        "※①のR3実績は速報値（令和4年6月時点）。確定値は長野県「観光地利用者統計調査」の公表後に更新する。",
        "※④のR2は新型コロナウイルス感染症の影響により全てのイベントを中止した。",
    ]
    for note in notes:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        _text(ws, row, 1, note, size=8)
        row += 1
    row += 1
    _text(ws, row, 1, "３　施策の評価", bold=True, size=11)
    row += 1
    _field(ws, row, "評価", "B（概ね順調）", 10)
    row += 1
    _field(
        ws,
        row,
        "評価の理由",
        "観光案内所の満足度とホームページのアクセス数は目標を上回ったが、利用者数・宿泊者数はコロナ禍前（R元）の7割程度にとどまる。"
        "令和4年度は県民割の活用と、首都圏でのPRイベントを年8回に戻すことで回復を図る。",
        10,
        height=40,
    )
    _page(ws, "portrait", f"A1:J{row}")
    path = SOURCE / "chino_shisaku_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 真鶴町 (神奈川県足柄下郡): 真鶴町過疎地域持続的発展計画 目標指標の進捗状況（令和6年度）
# Real: the plan's name and period (to 2026-03-31, five years), 政策推進課, the 2017 過疎 designation (the first in
# the prefecture), 7.02km², 6,949人 (2022-06-01), the 真鶴半島 and its みかん. Made up: the sheet, 分野, every value.
# --------------------------------------------------------------------------------------------

NEG = '#,##0;"△"#,##0'
MANAZURU_ROWS = [
    (
        "移住・定住",
        [
            (
                "1",
                "空き家バンクを通じた移住者数",
                "人",
                [9, 14, 18, "21（うち子育て世帯9）", 20],
                20,
            ),
            ("2", "社会増減数", "人", [-84, -61, -45, -38, -30], -20),
        ],
    ),
    (
        "産業の振興",
        [
            ("3", "町内漁港の水揚量", "t", [412, 398, 386, 401, 395], 450),
            ("4", "町内での新規創業件数（年間）", "件", [1, 3, 2, 4, 3], 3),
        ],
    ),
    ("観光の振興", [("5", "観光入込客数", "千人", [1012, 684, 801, 893, 940], 1050)]),
]


def manazuru() -> Path:
    wb, ws = _sheet("目標指標", [11, 5, 28, 6, 11, 9, 9, 19, 9, 11])
    ws.merge_cells("A1:J1")
    _text(
        ws,
        1,
        1,
        "真鶴町過疎地域持続的発展計画　目標指標の進捗状況（令和６年度）",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:J2")
    _text(ws, 2, 1, "令和7年2月　真鶴町 政策推進課", align="right")
    _field(ws, 4, "計画の名称", "真鶴町過疎地域持続的発展計画", 10)
    _field(ws, 5, "計画期間", "令和3年4月1日～令和8年3月31日（5か年）", 10)
    _field(ws, 6, "担当課", "政策推進課", 10)
    _field(
        ws,
        7,
        "町の概要",
        "箱根火山の南東、相模湾に突き出した真鶴半島とその付け根からなる面積7.02km²の町。北部の丘陵ではみかんの栽培が盛ん。"
        "人口は6,949人（2022年6月1日推計）で、2017年（平成29年）4月に神奈川県内で初めて過疎地域に指定された。",
        10,
        height=34,
    )
    _text(ws, 9, 1, "■目標指標の進捗", bold=True, size=11)
    ws.row_dimensions[9].height = 20
    _down(ws, 10, 11, 1, "分野", header=True)
    _down(ws, 10, 11, 2, "No.", header=True)
    _down(ws, 10, 11, 3, "目標指標", header=True)
    _down(ws, 10, 11, 4, "単位", header=True)
    _down(ws, 10, 11, 5, "現状値\n（R元年度）", header=True)
    _span(ws, 10, 6, 9, "実績値", header=True)
    for c, y in zip(range(6, 10), ["R3年度", "R4年度", "R5年度", "R6年度※"]):
        _put(ws, 11, c, y, header=True)
    _down(ws, 10, 11, 10, "目標値\n（R7年度）", header=True)
    row = 12
    for bunya, items in MANAZURU_ROWS:
        _down(ws, row, row + len(items) - 1, 1, bunya, align="center")
        for no, name, unit, vals, tgt in items:
            _put(ws, row, 2, no, align="center")
            _put(ws, row, 3, name)
            _put(ws, row, 4, unit, align="center")
            for c, v in zip(range(5, 10), vals):
                _put(ws, row, c, v, fmt=NEG, align="right")
            _put(ws, row, 10, tgt, fmt=NEG)
            ws.row_dimensions[row].height = 20
            row += 1
    notes = [
        "※R6年度は、令和7年1月末時点の見込値です。",
        "※No.1のR5年度の括弧内は、移住者のうち子育て世帯に属する人数です。",
        "※社会増減数の「△」は転出超過を表します。",
    ]
    for note in notes:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        _text(ws, row, 1, note, size=8)
        row += 1
    _page(ws, "portrait", f"A1:J{row - 1}")
    path = SOURCE / "manazuru_kaso_mokuhyo_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    warabi()
    for build in (fuefuki, chino, manazuru):
        xlsx = build()
        print(f"wrote source/{xlsx.name}")
        if not no_pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
