"""Build the documents of forms476/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shinshiro_chuki_seika_r6.xlsx`` and its PDF: a 総合計画 中期計画 成果指標 sheet in the manner of
  新城市 (愛知県): Western-year heads with the 和暦 on a second line, a mid-term target column beside the
  final one, a baseline cell that carries its own survey year (``68.5（2020年度）``) and a ``千人`` unit;
* ``iwata_nogyo_shisaku_hyoka_r5.xlsx``: a 施策評価シート (a workbook left as it is) in the manner of
  磐田市 (静岡県): a target cell ``毎年15`` merged over the R5 and R8 target columns, a baseline cell
  ``R3：845`` dated in the cell, an actual ``860（見込）``, a ``百万円`` unit, a 達成状況 column and a
  money table of the 施策's 事業 under the indicators;
* ``oyodo_michinoeki_jimujigyo_r6.html``: a 事務事業評価 page in the manner of 大淀町 (奈良県): year
  pairs ``目標 | 実績`` in a two-row ``<thead>``, 活動指標 / 成果指標 rows under a ``rowspan`` 区分, values
  with scale words and ``約`` (``60万``, ``約63万``), a ``千円`` unit and ``未集計``;
* ``source/minabe_kouki_seika_r5.xlsx`` and its PDF: a 長期総合計画 後期基本計画 成果指標 sheet in the
  manner of みなべ町 (和歌山県): 分野 cells merged down, ``△`` negatives with a ``±0`` target and an
  indicator set up in R4 (blank baseline and R3).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are rewritten
with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that only.
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
    wb.properties.creator = "forms476/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms476/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms476_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 瀬戸内市 (岡山県): 地域再生計画 KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 瀬戸内市太陽のまち創生推進計画, furusato-funding.jp/projects/2278): the plan's name,
# the 2004 merger of 牛窓町・邑久町・長船町, the population (約3.9万人 in 2000, 約3.8万人 in 2010, 約2.8万人
# in 2045 by 社人研), 牡蠣 and オリーブ as local products, the 錦海塩田跡地. Made up: the sheet, 課, money,
# every KPI, figure, grade and note.
SU_ROWS = [
    ("KPI①　移住相談を経た市外からの移住者数", "人", 42, 68, 75, 80, 90, "B"),
    ("KPI②　牡蠣の生産量", "t（むき身）", 1312, 1208, 1265, 1190, 1400, "C"),
    ("KPI③　オリーブ加工品の販売額", "千円", 18400, 21960, 24310, 26000, 25000, "A"),
    (
        "KPI④　錦海塩田跡地における環境学習施設の整備",
        "―",
        "―",
        "設計",
        "着工",
        "R6.10供用開始",
        "R6年度中供用開始",
        "A",
    ),
]


# --------------------------------------------------------------------------------------------
# 新城市 (愛知県): 第2次新城市総合計画 中期計画 成果指標の進捗状況（2024年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan's name and periods (基本構想 2019-2030, 中期計画 2023-2026), 企画部 企画政策課, the 2005
# merger, 499.23km² (県内2番目), 約8割 forest, 41,455人 (2024-10-01 推計), 鳳来寺山, 湯谷温泉,
# 長篠・設楽原. Made up: every indicator, figure and note.
SH_ROWS = [
    (1, "移住相談件数", "件", 86, 112, 128, 130, 150, ""),
    (2, "湯谷温泉の宿泊者数", "千人", 52.4, 61.8, 66.0, 65.0, 70.0, "観光動態調査による"),
    (
        3,
        "市民意識調査で「住み続けたい」と答えた市民の割合",
        "％",
        "68.5（2020年度）",
        "―",
        70.2,
        72.0,
        75.0,
        "市民意識調査は隔年実施（2021年度・2023年度は実施なし）",
    ),
    (4, "新城IC周辺の企業立地件数（累計）", "件", 3, 5, 6, 6, 8, "2019年度からの累計"),
    (5, "耕作放棄地の面積の抑制", "ha", 212, 205, 198, 200, 190, "農地パトロールによる"),
]


def shinshiro() -> Path:
    wb, ws = _sheet("成果指標2024", [5, 30, 6, 11, 11, 11, 11, 11, 24])
    _page(ws, "portrait")
    _text(
        ws,
        1,
        1,
        "第2次新城市総合計画 中期計画　成果指標の進捗状況（2024年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年8月　新城市 企画部 企画政策課", size=9, align="right")
    fields = [
        ("計画の名称", "第2次新城市総合計画（中期計画）"),
        (
            "計画期間",
            "基本構想　2019（平成31）年度～2030年度（12年間）／中期計画　2023年度～2026年度（4年間）",
        ),
        ("担当課", "企画部 企画政策課"),
    ]
    r = 4
    for k, v in fields:
        _span(ws, r, 1, 2, k, header=True)
        _span(ws, r, 3, 9, v)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "市の概要", header=True)
    _para(
        ws,
        r,
        3,
        9,
        "平成17年10月1日に新城市・鳳来町・作手村が合併して誕生しました。面積は499.23km²で県内2番目の広さを有し、"
        "市域の約8割を森林が占めています。人口は41,455人（2024年10月1日推計）です。鳳来寺山や湯谷温泉、"
        "長篠・設楽原の戦いの史跡など、豊かな自然と歴史に恵まれています。",
        48,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　成果指標の進捗", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (9, "備考")],
        [
            (4, 4, "策定時", ["2021年度\n（令和3年度）"]),
            (5, 6, "実績値", ["2023年度\n（令和5年度）", "2024年度\n（令和6年度）"]),
            (7, 8, "目標値", ["2024年度\n（中間目標）", "2026年度\n（最終目標）"]),
        ],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, *vals, note in SH_ROWS:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※2024年度の目標値は、中期計画の中間年度に設定した目標です。",
            "※No.2の単位は千人です（例：52.4＝52,400人）。",
            "※No.3の策定時の値は、直近の市民意識調査（2020年度）の結果です。",
        ],
    )
    path = SOURCE / "shinshiro_chuki_seika_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 磐田市 (静岡県): 令和５年度 施策評価シート（第２次磐田市総合計画 後期基本計画）
# --------------------------------------------------------------------------------------------

# Real: 第2次磐田市総合計画 and its 後期基本計画 (令和4年度～令和8年度), 163.45km², 166,684人
# (令和5年12月末日), 温室メロン, 茶, 白ねぎ, 海老芋. Made up: the 施策 number, 主管課, every indicator,
# figure, grade, 事業 and amount.
IW_ROWS = [
    (1, "温室メロンの出荷額", "百万円", 4860, 4720, 4815, 4900, 5000, "未達成", ""),
    (
        2,
        "海老芋の出荷量",
        "t",
        "R3：845",
        812,
        "860（見込）",
        850,
        880,
        "達成",
        "R2は出荷統計の集計方法変更のため欠測",
    ),
    (3, "新規就農者数", "人", 12, 15, 18, "毎年15", None, "達成", ""),
    (4, "認定農業者数", "経営体", 402, 395, 398, 410, 420, "未達成", ""),
    (5, "担い手への農地の集積率", "％", 38.2, 40.1, 41.5, 42.0, 48.0, "未達成", ""),
]


def iwata() -> Path:
    wb, ws = _sheet("施策評価R5", [5, 26, 8, 11, 10, 12, 10, 10, 10, 26])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "令和５年度　施策評価シート（第２次磐田市総合計画　後期基本計画）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "評価日：令和6年7月31日", size=9, align="right")
    fields = [
        ("施策番号", "3-2", "施策名", "農業の振興"),
        ("主管課", "産業部 農林水産課", "計画期間", "後期基本計画　令和4年度～令和8年度（5か年）"),
    ]
    r = 4
    for k1, v1, k2, v2 in fields:
        _span(ws, r, 1, 2, k1, header=True)
        _span(ws, r, 3, 4, v1)
        _span(ws, r, 5, 6, k2, header=True)
        _span(ws, r, 7, 10, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "施策の現状", header=True)
    _para(
        ws,
        r,
        3,
        10,
        "本市は面積163.45km²、人口166,684人（令和5年12月末日現在）で、温室メロン、茶、白ねぎ、海老芋など"
        "県内屈指の農業産出額を誇る。一方、基幹的農業従事者の約6割が65歳以上であり、担い手の確保と農地の集積が課題である。",
        36,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "■成果指標の状況", bold=True, size=11)
    h = r + 1
    heads = [
        "No.",
        "指標名",
        "単位",
        "基準値（R2）",
        "R4実績",
        "R5実績",
        "R5目標",
        "R8目標",
        "達成状況",
        "備考",
    ]
    for c, w in zip(range(1, len(heads) + 1), heads):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for no, name, unit, base, a4, a5, t5, t8, st, note in IW_ROWS:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, a4, a5])
        if t8 is None:
            _span(ws, r, 7, 8, t5, align="center")
        else:
            _vals(ws, r, 7, [t5, t8])
        _put(ws, r, 9, st, align="center")
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r,
        [
            "※R5実績の「（見込）」は、令和6年3月末時点の見込値です。",
            "※達成状況は、R5実績とR5目標を比較したものです。",
        ],
    )
    r += 3
    _text(ws, r, 1, "■施策を構成する主な事務事業（単位：千円）", bold=True, size=11)
    h = r + 1
    for c1, c2, w in [
        (1, 2, "事務事業名"),
        (3, 4, "担当課"),
        (5, 5, "R4決算"),
        (6, 6, "R5決算見込"),
        (7, 7, "R6予算"),
    ]:
        _span(ws, h, c1, c2, w, header=True)
    r = h + 1
    for name, ka, *money in [
        ("園芸産地強化支援事業", "農林水産課", 18240, 21300, 22000),
        ("新規就農者育成支援事業", "農林水産課", 9860, 11450, 12100),
        ("農地集積・集約化推進事業", "農地整備課", 6120, 5980, 6500),
    ]:
        _span(ws, r, 1, 2, name)
        _span(ws, r, 3, 4, ka, align="center")
        _vals(ws, r, 5, money)
        r += 1
    path = HERE / "iwata_nogyo_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大淀町 (奈良県): 令和６年度 事務事業評価シート（道の駅吉野路大淀iセンター管理運営事業）
# --------------------------------------------------------------------------------------------

# Real: 第4次大淀町総合計画, 38.10km², 15,420人 (2024-11-01 推計), 近鉄で大阪阿部野橋駅まで約1時間,
# 道の駅 吉野路大淀iセンター (年間約60万人), 大阿太高原の梨 (100年以上), 世尊寺. Made up: the sheet,
# 課, period, money, every indicator and figure.
OY_ROWS = [
    ("活動指標", "直売所への出荷登録農家数", "戸", ["180", "176", "185", "188", "190", "193"]),
    ("活動指標", "イベント開催回数", "回", ["12", "12", "12", "14", "12", "11"]),
    ("成果指標", "道の駅来場者数", "人", ["60万", "約58万", "60万", "約61万", "62万", "約63万"]),
    (
        "成果指標",
        "直売所売上額",
        "千円",
        ["185,000", "178,420", "190,000", "196,380", "200,000", "203,115"],
    ),
    (
        "成果指標",
        "大阿太高原梨の直売所販売量",
        "kg",
        ["8,000", "7,450", "8,000", "8,210", "8,500", "未集計"],
    ),
]


def oyodo_html() -> str:
    rows = []
    for i, (kubun, name, unit, vals) in enumerate(OY_ROWS):
        head = ""
        if i == 0 or OY_ROWS[i - 1][0] != kubun:
            n = sum(1 for k, *_ in OY_ROWS if k == kubun)
            head = f'<th rowspan="{n}" scope="rowgroup">{kubun}</th>'
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和６年度 事務事業評価シート（道の駅吉野路大淀iセンター管理運営事業） - 大淀町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
dl {{ display: grid; grid-template-columns: 12em auto; }}
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/hyoka/">行政評価</a></li>
<li>令和６年度 事務事業評価シート（道の駅吉野路大淀iセンター管理運営事業）</li>
</ol></nav>
<h1>令和６年度 事務事業評価シート（道の駅吉野路大淀iセンター管理運営事業）</h1>
<p>更新日：2025年9月12日　担当：まちづくり推進課</p>
<dl>
<dt>事務事業名</dt><dd>道の駅吉野路大淀iセンター管理運営事業</dd>
<dt>担当課</dt><dd>まちづくり推進課</dd>
<dt>総合計画の位置付け</dt><dd>第4次大淀町総合計画　第2章 いきいきとして活力あるまちづくりのために　6 観光</dd>
<dt>事業期間</dt><dd>令和4年度～令和8年度</dd>
</dl>
<h2>事業の概要</h2>
<p>大淀町は面積38.10km²、人口15,420人（令和6年11月1日推計）の町で、近鉄で大阪阿部野橋駅まで約1時間の距離にあります。
吉野の玄関口に位置する道の駅吉野路大淀iセンターを拠点に、100年以上の歴史を持つ大阿太高原の梨や地元農産物の販売、
世尊寺など町内の観光資源の情報発信を行います。</p>
<h2>事業費の推移（単位：千円）</h2>
<table>
<thead><tr><th>区分</th><th>令和４年度決算</th><th>令和５年度決算</th><th>令和６年度決算</th></tr></thead>
<tbody>
<tr><th scope="row">事業費</th><td class="num">42,380</td><td class="num">44,915</td><td class="num">46,020</td></tr>
<tr><th scope="row">うち一般財源</th><td class="num">28,110</td><td class="num">29,640</td><td class="num">30,275</td></tr>
</tbody>
</table>
<h2>活動指標・成果指標</h2>
<table>
<thead>
<tr><th rowspan="2">区分</th><th rowspan="2">指標名</th><th rowspan="2">単位</th><th colspan="2">令和４年度</th><th colspan="2">令和５年度</th><th colspan="2">令和６年度</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※来場者数は駐車場の入庫台数から推計した概数です。</p>
<p>※大阿太高原梨の販売量（令和６年度）は、出荷組合の精算が終わり次第掲載します。</p>
<h2>評価</h2>
<p>来場者数・売上額とも目標を上回った。今後は町内周遊につながる情報発信の強化を図る。（今後の方向性：現状維持）</p>
</body>
</html>
"""


def oyodo() -> Path:
    path = HERE / "oyodo_michinoeki_jimujigyo_r6.html"
    path.write_bytes(oyodo_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# みなべ町 (和歌山県): 第2次みなべ町長期総合計画（後期基本計画） 成果指標の推移（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 将来像 and periods (基本構想 平成29年度～令和8年度, 後期 令和4年度～令和8年度),
# 総務課, the 2004 merger of 南部町 and 南部川村, 120.28km², 12,742人 (平成27年国勢調査), 南高梅発祥の地 and
# the 梅干し output ranked first in Japan. Made up: every indicator, figure and note.
MI_GROUPS = [
    (
        "梅産業の振興",
        [
            (
                1,
                "梅の収穫量",
                "t",
                [36500, 41200, 38900, 26400, 38000],
                "R5は開花期の低温による不作",
            ),
            (2, "梅加工品の出荷額", "百万円", [6420, 6580, 6710, 6350, 7000], ""),
        ],
    ),
    (
        "子育て・定住",
        [
            (
                3,
                "社会増減数（転入－転出）",
                "人",
                ["△86", "△79", "△91", "△64", "±0"],
                "△は転出超過",
            ),
            (4, "子育て支援センターの利用者数（延べ）", "人", [4120, 3880, 4350, 4610, 5000], ""),
        ],
    ),
    (
        "防災・安全",
        [
            (
                5,
                "自主防災組織の訓練実施率",
                "％",
                ["", "", 62.5, 71.0, 100.0],
                "令和4年度から設定した指標",
            ),
        ],
    ),
]


def minabe() -> Path:
    wb, ws = _sheet("成果指標R5", [13, 5, 30, 8, 11, 10, 10, 10, 11, 26])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "第2次みなべ町長期総合計画（後期基本計画）　成果指標の推移（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　みなべ町 総務課", size=9, align="right")
    fields = [
        ("計画の名称", "第2次みなべ町長期総合計画（後期基本計画）"),
        ("将来像", "海・山・川の恵みの中で人が輝く快適なまち　みなべ町"),
        (
            "計画期間",
            "基本構想　平成29年度～令和8年度（10年間）／後期基本計画　令和4年度～令和8年度",
        ),
        ("担当課", "総務課"),
    ]
    r = 4
    for k, v in fields:
        _span(ws, r, 1, 2, k, header=True)
        _span(ws, r, 3, 10, v)
        ws.row_dimensions[r].height = 17
        r += 1
    _span(ws, r, 1, 2, "町の概要", header=True)
    _para(
        ws,
        r,
        3,
        10,
        "平成16年10月1日に南部町と南部川村が合併して誕生した町で、面積は120.28km²、人口は12,742人（平成27年国勢調査）です。"
        "南高梅発祥の地であり、梅干しの生産量は日本一を誇ります。",
        30,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　成果指標の推移", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "分野"), (2, "No."), (3, "成果指標"), (4, "単位"), (10, "備考")],
        [
            (5, 5, "基準値", ["R2年度"]),
            (6, 8, "実績値", ["R3年度", "R4年度", "R5年度"]),
            (9, 9, "目標値", ["R8年度"]),
        ],
    )
    r = h + 2
    for field, rows in MI_GROUPS:
        top = r
        for no, name, unit, vals, note in rows:
            _put(ws, r, 2, no, align="center", fmt="0")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            _vals(ws, r, 5, vals)
            _put(ws, r, 10, note, size=8)
            ws.row_dimensions[r].height = 24
            r += 1
        _put(ws, top, 1, field, align="center", fill=LIGHT)
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None, fill=LIGHT)
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r,
        [
            "※社会増減数の目標値「±0」は、転入と転出の均衡を目指すものです。",
            "※空欄は、指標の設定前のため数値がないことを示します。",
        ],
    )
    path = SOURCE / "minabe_kouki_seika_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shinshiro, minabe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {iwata().name}")
    print(f"wrote {oyodo().name}")


if __name__ == "__main__":
    main()
