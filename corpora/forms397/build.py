"""Build the documents of forms397/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kaita_shisaku_hyoka_r6.xlsx`` and its PDF, a 施策評価シート of the 第5次海田町総合計画 in the manner
  of 海田町 (広島県): form fields over a years-down grid (indicators across, a 単位 row under their heads)
  whose **year rows are labelled with both calendars, ``2021（R3）年度``**, and whose ``中間目標（R5）`` row
  stands between the last actual row and the ``目標値（R7）`` row;
* ``source/aizumi_keikaku_shihyo_r8.xlsx`` and its PDF, a 成果指標一覧 of the draft 第6次藍住町総合計画 in the
  manner of 藍住町 (徳島県): 基本目標 cells merged down, 現状値 cells carrying their own year
  (``20.0%（R6）``, ``3.2万人（2024年）``), one target column and **a 出典・調査時点 column full of dates and
  grades that are no values**;
* ``tomigusuku_wakudoki_kpi_r6.xlsx`` (a document itself), a 地域再生計画 KPI実績報告書 in the manner of
  豊見城市 (沖縄県): two grids on one sheet (数値目標, KPI), a 備考 column that marks R6 as 見込,
  percent cells stored as fractions, and **a target cell ``1,200→1,500`` that shows a revised target**;
* ``shime_senryaku_kpi_kensho_r6.html``, a KPI検証 page in the manner of 志免町 (福岡県): **the same two
  KPIs in two tables, one per strategy period**, the first headed in 和暦 (``H29 | H30 | R元``), the
  second in Western years (``2022年度`` …).

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
    wb.properties.creator = "forms397/build.py"
    wb.properties.lastModifiedBy = "forms397/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
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
        _put(ws, row, c, None, header=header)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9):
    cell = _span(ws, row, c1, c2, value, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = height
    return cell


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
    with tempfile.TemporaryDirectory(prefix="forms397_soffice_") as tmp:
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
# 海田町 (広島県): 第5次海田町総合計画 施策評価シート（令和6年度評価・令和5年度実績）
# Real: the plan's name, 13.79km², 29,967人 (推計人口 2023-02-01), 西国街道の宿場町. Made up: the rest.
# --------------------------------------------------------------------------------------------

KT_HEADS = [
    "①ファミリー・サポート・センター会員数",
    "②子育て応援講座の参加者数",
    "③放課後児童クラブの登録児童数",
    "④「子育てしやすい」と感じる保護者の割合",
]
KT_UNITS = ["人", "人", "人", "％"]
KT_ROWS = [
    ("基準値（R元）", [248, 410, 510, 61.5], None),
    ("2021（R3）年度", [262, 188, 530, "―"], None),
    ("2022（R4）年度", [279, 352, 556, 66.0], None),
    ("2023（R5）年度", [301, 465, 571, 68.4], None),
    ("中間目標（R5）", [290, 450, 560, 70.0], LIGHT),
    ("目標値（R7）", [320, 500, 600, 75.0], LIGHT),
]


def kaita() -> Path:
    wb, ws = _sheet("施策評価", [16, 18, 18, 18, 18])
    _text(ws, 1, 1, "令和６年度　施策評価シート（令和５年度実績）", bold=True, size=14)
    _text(ws, 2, 5, "海田町", size=10, align="right")
    form = [
        ("総合計画", "第5次海田町総合計画"),
        ("施策", "２－１　子育て支援の充実"),
        ("担当課", "こども課"),
    ]
    for i, (k, v) in enumerate(form):
        _put(ws, 3 + i, 1, k, header=True)
        _span(ws, 3 + i, 2, 5, v)
    _put(ws, 6, 1, "施策の現状", header=True)
    _para(
        ws,
        6,
        2,
        5,
        "本町は面積13.79km²のコンパクトな町で、人口は29,967人（令和5年2月1日推計）。江戸時代は西国街道の宿場町として栄えた。"
        "共働き世帯の増加に伴い、放課後の居場所や一時預かりの需要が高まっている。令和5年度は施策に関連する6事業に62,480千円を充てた。",
        48,
    )
    _text(ws, 8, 1, "■成果指標の推移", bold=True, size=11)
    _put(ws, 9, 1, "年度", header=True)
    _put(ws, 10, 1, "（単位）", header=True)
    for j, (h, u) in enumerate(zip(KT_HEADS, KT_UNITS)):
        _put(ws, 9, 2 + j, h, header=True)
        _put(ws, 10, 2 + j, u, header=True)
    ws.row_dimensions[9].height = 40
    for i, (label, vals, fill) in enumerate(KT_ROWS):
        r = 11 + i
        _put(ws, r, 1, label, header=True, fill=fill)
        for j, v in enumerate(vals):
            _put(
                ws,
                r,
                2 + j,
                v,
                align="center" if v == "―" else None,
                fill=fill,
                bold=fill is not None,
            )
        ws.row_dimensions[r].height = 18
    notes = [
        "※②のR3は新型コロナウイルス感染症対策のため、定員を半分にして実施した。",
        "※④は子育て世帯アンケートによる。R3は調査を実施していない（R4から毎年実施）。",
    ]
    for i, line in enumerate(notes):
        _text(ws, 17 + i, 1, line, size=8)
    _text(ws, 20, 1, "■施策の評価", bold=True, size=11)
    _put(ws, 21, 1, "総合評価", header=True)
    _span(ws, 21, 2, 5, "Ｂ　概ね順調（成果指標4項目中3項目が中間目標を達成）")
    _put(ws, 22, 1, "今後の方向性", header=True)
    _para(
        ws,
        22,
        2,
        5,
        "放課後児童クラブの受入枠を令和7年度までに40人分拡大する。子育てしやすいと感じる割合の向上に向け、相談窓口の周知を強化する。",
        34,
    )
    _page(ws, "portrait", "A1:E22")
    path = SOURCE / "kaita_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 藍住町 (徳島県): 第6次藍住町総合計画（案） 前期基本計画 成果指標一覧
# Real: the plan (案), 基本構想 2026–2033, 前期 2026–2029, the five 基本目標, 総合戦略と一体, パブコメ to 2月23日,
# 16.27km², 35,135人 (2024-11-01), 藍の館, 勝瑞城館跡, あいずみ藍工房. Made up: 課, indicators, figures.
# --------------------------------------------------------------------------------------------

AZ_GOALS = [
    (
        "１　ひとが育ち、力を発揮できるまち",
        [
            (
                1,
                "学校体育館の空調設備整備率",
                "20.0%（R6）",
                "100%",
                "教育委員会調べ（毎年4月1日現在）",
            ),
            (
                2,
                "「授業がわかる」と答えた児童生徒の割合",
                "82.4%（R6）",
                "85.0%",
                "全国学力・学習状況調査（小6・中3）",
            ),
        ],
    ),
    (
        "３　地域のつながりを大切にするまち",
        [(3, "自主防災組織の結成率", "88.6%（R6）", "95.0%", "危機管理課調べ（3月31日現在）")],
    ),
    (
        "４　地域資源を生かして魅力を高めるまち",
        [
            (
                4,
                "藍の館の入館者数",
                "3.2万人（2024年）",
                "4.0万人",
                "藍住町歴史館「藍の館」入館者統計（1月～12月）",
            ),
            (
                5,
                "藍染め体験の参加者数",
                "1,860人（R5年度）",
                "2,500人",
                "藍の館・あいずみ藍工房の2施設計",
            ),
        ],
    ),
]


def aizumi() -> Path:
    wb, ws = _sheet("成果指標", [24, 6, 36, 18, 14, 38])
    _text(ws, 1, 1, "第6次藍住町総合計画（案）　前期基本計画　成果指標一覧", bold=True, size=14)
    _text(ws, 2, 6, "令和8年1月　藍住町", size=10, align="right")
    form = [
        (
            "計画期間",
            "基本構想：令和8年度～令和15年度（8年間）　前期基本計画：令和8年度～令和11年度（4年間）",
        ),
        ("担当課", "企画政策課"),
    ]
    for i, (k, v) in enumerate(form):
        _put(ws, 3 + i, 1, k, header=True)
        _span(ws, 3 + i, 2, 6, v)
    _put(ws, 5, 1, "町の概要", header=True)
    _para(
        ws,
        5,
        2,
        6,
        "本町は面積16.27km²、人口35,135人（2024年11月1日推計）の町で、藍の館や勝瑞城館跡など阿波藍の歴史を伝える資源を有する。"
        "本計画は地方版総合戦略と一体的に策定するもので、パブリックコメントを2月23日まで実施している。",
        34,
    )
    _text(ws, 7, 1, "第３章　基本目標ごとの成果指標", bold=True, size=11)
    for j, h in enumerate(
        ["基本目標", "No.", "成果指標", "現状値", "目標値（R11）", "出典・調査時点"]
    ):
        _put(ws, 8, 1 + j, h, header=True)
    ws.row_dimensions[8].height = 22
    r = 9
    for goal, rows in AZ_GOALS:
        first = r
        for no, name, now, target, src in rows:
            _put(ws, r, 1, goal if r == first else None, align="left")
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, now, align="right")
            _put(ws, r, 5, target, align="right")
            _put(ws, r, 6, src)
            ws.row_dimensions[r].height = 22
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
        ws.cell(row=first, column=1).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
    _text(
        ws,
        r,
        1,
        "※現状値の（　）は調査の年度（No.4は暦年）。目標値はいずれも前期基本計画の最終年度（令和11年度）の値。",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "※基本目標２「暮らしに安心と快適さがあるまち」及び基本目標５の成果指標は別表に掲載。",
        size=8,
    )
    _page(ws, "landscape", f"A1:F{r + 1}")
    path = SOURCE / "aizumi_keikaku_shihyo_r8.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊見城市 (沖縄県): 地域再生計画 KPI実績報告書（令和6年度）
# Real: the plan's name, 19.19km², 64,561人 (令和元年5月末), 村から市 (平成14年4月1日), 年少人口 19.78% (2020)
# 日本一, 豊崎美らSUNビーチ. Made up: 課, period, every indicator and figure.
# --------------------------------------------------------------------------------------------

PCT = "0.0%"
TG_GOAL = [("市内の子育て世帯の転入超過数", "世帯", 142, 118, 96, 131, 150, "R6は見込")]
TG_KPI = [
    ("①放課後子ども教室の参加者数", "人", 4120, 5310, 6020, 6480, 6000, ""),
    ("②子ども食堂の実施箇所数", "ヵ所", 6, 9, 11, 12, 12, ""),
    ("③学習支援事業利用者の高校等進学率", "％", 0.923, 0.95, 1.0, 0.976, 1.0, "R6は見込"),
    (
        "④自然体験プログラムの参加者数",
        "人",
        780,
        1150,
        "―",
        1420,
        "1,200→1,500",
        "R5年度に目標値を上方修正",
    ),
]


def _tg_grid(ws, r: int, rows) -> int:
    for c, word in [
        (1, "指標"),
        (2, "単位"),
        (3, "基準値（H30）"),
        (7, "目標値（R6）"),
        (8, "備考"),
    ]:
        _put(ws, r, c, word, header=True)
        _put(ws, r + 1, c, None, header=True)
        _merge(ws, r, c, r + 1, c)
    _span(ws, r, 4, 6, "実績値", header=True)
    for j, w in enumerate(["R4", "R5", "R6"]):
        _put(ws, r + 1, 4 + j, w, header=True)
    r += 2
    for name, unit, *vals, note in rows:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            fmt = PCT if unit == "％" else None
            _put(ws, r, 3 + j, v, fmt=fmt, align="center" if v == "―" else "right")
        _put(ws, r, 8, note or None)
        ws.row_dimensions[r].height = 20
        r += 1
    return r


def tomigusuku() -> Path:
    wb, ws = _sheet("KPI実績報告", [34, 7, 12, 10, 10, 10, 13, 26])
    _text(ws, 1, 1, "地域再生計画　KPI実績報告書（令和6年度）", bold=True, size=14)
    form = [
        ("地域再生計画の名称", "豊見城市ワク・ドキこども未来プロジェクト"),
        ("作成主体", "沖縄県豊見城市"),
        ("担当課", "こども未来課"),
        ("計画期間", "令和元年度～令和6年度"),
    ]
    for i, (k, v) in enumerate(form):
        _put(ws, 3 + i, 1, k, header=True)
        _span(ws, 3 + i, 2, 8, v)
    _put(ws, 7, 1, "地域の現状", header=True)
    _para(
        ws,
        7,
        2,
        8,
        "本市は面積19.19km²、人口64,561人（令和元年5月末）で、平成14年4月1日に村から市へ移行した。年少人口の割合は19.78%（2020年）で全国一である。"
        "西海岸の豊崎地区には豊崎美らSUNビーチ等が立地し、子どもが自然に親しむ場として活用している。",
        46,
    )
    _text(ws, 9, 1, "１　数値目標", bold=True, size=11)
    r = _tg_grid(ws, 10, TG_GOAL)
    _text(ws, r + 1, 1, "２　重要業績評価指標（KPI）", bold=True, size=11)
    r = _tg_grid(ws, r + 2, TG_KPI)
    _text(ws, r, 1, "※④のR5は台風第6号の接近により全日程を中止した。", size=8)
    _page(ws, "landscape", f"A1:H{r}")
    path = HERE / "tomigusuku_wakudoki_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 志免町 (福岡県): 総合戦略 KPIの検証結果（web page）
# Real: 8.69km², 46,377人 (令和2年国勢調査), 旧志免鉱業所竪坑櫓 (国の重要文化財). Made up: the strategy's
# exact name and periods, 課, indicators, figures.
# --------------------------------------------------------------------------------------------

SH_TABLES = [
    (
        "（１）第１期総合戦略の最終検証（平成27年度～令和元年度）",
        ["基準値<br>（H26）", "H29", "H30", "R元", "目標値<br>（R元）"],
        [
            ("竪坑櫓見学会の参加者数", "人", ["620", "1,480", "1,730", "2,040", "1,500"], "達成"),
            ("移住・定住相談窓口の相談件数", "件", ["―", "18", "26", "31", "40"], "未達成"),
        ],
    ),
    (
        "（２）第２期総合戦略の検証（令和2年度～令和6年度）",
        ["基準値<br>（R元）", "2022年度", "2023年度", "2024年度", "目標値<br>（2024年度）"],
        [
            ("竪坑櫓見学会の参加者数", "人", ["2,040", "2,310", "2,480", "2,655", "2,500"], "達成"),
            ("移住・定住相談窓口の相談件数", "件", ["31", "41", "38", "52", "60"], "未達成"),
        ],
    ),
]


def shime_html() -> str:
    parts = []
    for title, heads, rows in SH_TABLES:
        base, y1, y2, y3, goal = heads
        thead = (
            "<thead>\n"
            f'<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">{base}</th>'
            f'<th colspan="3">実績値</th><th rowspan="2">{goal}</th><th rowspan="2">判定</th></tr>\n'
            f"<tr><th>{y1}</th><th>{y2}</th><th>{y3}</th></tr>\n"
            "</thead>"
        )
        body = "\n".join(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + f'<td class="c">{mark}</td></tr>'
            for name, unit, vals, mark in rows
        )
        parts.append(f"<h3>{title}</h3>\n<table>\n{thead}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略 KPIの検証結果（令和6年度） - 志免町</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/gyosei/">町政情報</a> &gt; <a href="/gyosei/keikaku/">計画・施策</a> &gt; 総合戦略 KPIの検証結果（令和6年度）</p>
<h1>まち・ひと・しごと創生総合戦略　KPIの検証結果（令和6年度）</h1>
<p class="date">更新日：2025年9月12日　　担当：経営企画課</p>
<p>志免町（面積8.69km²、人口46,377人（令和2年国勢調査））では、第1期総合戦略（平成27年度～令和元年度）と第2期総合戦略（令和2年度～令和6年度）に同じ指標を掲げ、毎年度、外部委員5名を含む検証会議で効果を検証してきました。第2期の最終年度となった令和6年度の検証結果を、第1期の最終検証とあわせて掲載します。</p>
<h2>基本目標２　志免町への新しい人の流れをつくる</h2>
<p>国の重要文化財である旧志免鉱業所竪坑櫓を活かした見学会と、移住・定住の相談体制の充実に取り組みました。</p>
{tables}
<p>※2020年度・2021年度は新型コロナウイルス感染症の影響により見学会を中止したため、第２期の表には2022年度以降の実績を掲載しています。</p>
<p>※判定は、目標値の年度の実績が目標値以上であれば「達成」、下回れば「未達成」としています。</p>
</body>
</html>
"""


def shime() -> Path:
    path = HERE / "shime_senryaku_kpi_kensho_r6.html"
    path.write_bytes(shime_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kaita, aizumi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tomigusuku().name}")
    print(f"wrote {shime().name}")


if __name__ == "__main__":
    main()
