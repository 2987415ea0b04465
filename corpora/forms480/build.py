"""Build the documents of forms480/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``mizunami_sogo6_shihyo_saishu_r5.xlsx`` (a workbook left as it is): a 総合計画 まちづくりの指標 sheet in
  the manner of 瑞浪市 (岐阜県): every indicator on a pair of rows ``目標`` / ``実績`` (区分 column), the name,
  unit and 策定時 value merged over the pair, years across with an era-joined ``H31・R元`` head, targets
  only in H30 and R5, ``中止``, ``集計中`` and ``―`` cells;
* ``source/tamaki_jimujigyo_tamarujo_r6.xlsx`` and its PDF: a 事務事業評価シート in the manner of 玉城町
  (三重県): year pairs ``目標 | 実績`` with the last actual dated ``実績（R6.3末）``, a ``千人`` unit, ``箇所``,
  and an actual ``83.5（旧方式 80.2）`` whose bracket is an old-method reference figure;
* ``seika_citypro_kpi_kensho_r4.html``: a 交付金 効果検証 page in the manner of 精華町 (京都府): one small
  years-down ``<table>`` per KPI under its ``<h3>``, the unit only in the ``<caption>`` (``千件``, ``万円``),
  the baseline merged over both value columns, a cumulative KPI with a ``（参考）単年度実績`` column;
* ``source/kumatori_sogo4_zenki_seika_r4.xlsx`` and its PDF: a 総合計画 前期基本計画 成果指標 sheet in the
  manner of 熊取町 (大阪府): two grids side by side under two 基本目標 headings, units in the names'
  brackets, a ``達成率`` column that holds no values, full-width digits in the right grid, ``約`` and ``―``.

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms480/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms480/build.py"
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


def _field(ws, row, label, c_label, c1, c2, value, height=18):
    """A form field: a shaded label cell and a bordered value merged over c1..c2."""
    _span(ws, row, c_label, c1 - 1, label, header=True)
    _span(ws, row, c1, c2, value)
    ws.cell(row=row, column=c1).alignment = Alignment(
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
    with tempfile.TemporaryDirectory(prefix="forms480_soffice_") as tmp:
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


def _val(ws, r, c, v, fill=None):
    """A value cell: numbers right-aligned, words centred."""
    if isinstance(v, str) and v:
        return _put(ws, r, c, v, align="center" if len(v) <= 4 else "right", fill=fill)
    return _put(ws, r, c, v, fill=fill)


# --------------------------------------------------------------------------------------------
# 瑞浪市 (岐阜県): 第6次瑞浪市総合計画 まちづくりの指標 最終実績一覧（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (city page 1002913, tononews 2022-04-28, 意見募集 page 1002658): the plan's name, its period
# (平成26年度～平成35年度 = 令和5年度), the 基本計画 review from 平成31年度, the 将来都市像, 企画政策課, the
# 重点方針『3プラス1』, the 第7次 plan (令和6年度～令和15年度) and its 審議会 of 24 members.
# Made up: the sheet, every indicator, figure and note.
MZ_YEARS = ["H30", "H31・R元", "R2", "R3", "R4", "R5"]
MZ_ROWS = [
    # (No., 指標名, 単位, 策定時, targets by year index, actuals by year)
    (1, "転入者数", "人", 1180, {0: 1250, 5: 1300}, [1205, 1190, 1102, 1148, 1221, 1236]),
    (2, "観光入込客数", "千人", 1520, {0: 1600, 5: 1700}, [1588, 1612, 824, 951, 1310, 1496]),
    (
        3,
        "地域の防災訓練への参加者数",
        "人",
        4210,
        {0: 4800, 5: 5200},
        [4655, 4920, "中止", "中止", 3870, 5310],
    ),
    (
        4,
        "特定健康診査の受診率",
        "％",
        38.5,
        {0: 45.0, 5: 60.0},
        [44.1, 45.3, 39.8, 42.6, 44.9, "集計中"],
    ),
    (
        5,
        "「瑞浪市に愛着を感じる」市民の割合",
        "％",
        72.0,
        {0: 75.0, 5: 80.0},
        [74.2, "―", 76.8, "―", 78.5, "―"],
    ),
]


def mizunami() -> Path:
    wb, ws = _sheet("まちづくりの指標", [5, 30, 7, 6, 10, 9, 9, 9, 9, 9, 9])
    _text(
        ws,
        1,
        1,
        "第6次瑞浪市総合計画　まちづくりの指標　最終実績一覧（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年7月　瑞浪市", align="right")
    _text(ws, 4, 1, "１　計画の概要", bold=True, size=10)
    _field(ws, 5, "計画の名称", 1, 4, 11, "第6次瑞浪市総合計画")
    _field(
        ws, 6, "将来都市像", 1, 4, 11, "幸せ実感都市　みずなみ　～共に暮らし　共に育ち　共に創る～"
    )
    _field(
        ws,
        7,
        "計画期間",
        1,
        4,
        11,
        "平成26年度～平成35年度（令和5年度）の10年間　※基本計画は平成31年度に見直し",
    )
    _field(ws, 8, "担当課", 1, 4, 11, "企画政策課")
    _para(
        ws,
        9,
        1,
        11,
        "本計画は平成26年度から10年間のまちづくりの指針として、重点方針『3プラス1』のもとに施策を進めてきました。"
        "計画期間の終了にあたり、基本構想に掲げた5つのまちづくりの指標の最終実績を取りまとめ、"
        "令和6年度からの第7次瑞浪市総合計画（令和6年度～令和15年度）の策定に活用しました"
        "（第7次計画は委員24人の総合計画審議会で審議）。",
        46,
        border=True,
    )
    _text(ws, 11, 1, "２　まちづくりの指標の推移", bold=True, size=10)
    h = 12
    heads = ["No.", "指標名", "単位", "区分", "策定時（H24）", *MZ_YEARS]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, name, unit, base, targets, actuals in MZ_ROWS:
        for c, v in ((1, no), (2, name), (3, unit), (5, base)):
            _put(
                ws,
                r,
                c,
                v,
                align="center" if c in (1, 3) else None,
                fmt="#,##0.0" if isinstance(v, float) else None,
            )
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _put(ws, r, 4, "目標", align="center", fill=LIGHT)
        _put(ws, r + 1, 4, "実績", align="center")
        row_targets = [targets.get(j, "") for j in range(len(MZ_YEARS))]
        for j, (target, actual) in enumerate(zip(row_targets, actuals)):
            _val(ws, r, 6 + j, target, fill=LIGHT)
            _val(ws, r + 1, 6 + j, actual)
        ws.row_dimensions[r].height = 17
        ws.row_dimensions[r + 1].height = 17
        r += 2
    notes = [
        "※「目標」欄は中間目標（H30）と最終目標（R5）のみ設定しています。空欄は目標を設定していない年度です。",
        "※No.3のR2・R3は新型コロナウイルス感染症の影響により訓練を中止しました。",
        "※No.4のR5実績は法定報告の確定前のため集計中です（令和6年11月確定予定）。",
        "※No.5は市民意識調査（隔年実施）によるもので、調査を実施していない年度は「―」としています。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    ws.print_area = f"A1:K{r + len(notes)}"
    _page(ws, "portrait")
    path = HERE / "mizunami_sogo6_shihyo_saishu_r5.xlsx"
    _save(wb, path)
    print(f"wrote {path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 玉城町 (三重県): 令和6年度 事務事業評価シート（令和5年度実施分）田丸城跡保存活用事業
# --------------------------------------------------------------------------------------------

# Real (kizuna.town.tamaki.mie.jp 町の姿, kotobank, kampuspedia): 田丸城 built by 北畠親房 in 延元元年
# (1336年), the town formed on 昭和30年4月10日, 40.91km², 15,041人 (2020年国勢調査), the 富士見門 moved
# back to the castle site, 第5次玉城町総合計画 (named in the 総合戦略【案】). Made up: the sheet, the
# 課, the money, every indicator, figure and note.
TM_ROWS = [
    (
        "活動指標",
        "①",
        "城跡案内ボランティアによるガイド回数",
        "回",
        [120, 64, 150, 138, 150, 162],
        180,
    ),
    ("活動指標", "②", "石垣・園路の修繕", "箇所", [3, 3, 3, 2, 4, 4], 4),
    (
        "成果指標",
        "③",
        "城山公園（田丸城跡）の来訪者数",
        "千人",
        [40.0, 31.5, 45.0, 42.8, 50.0, 53.1],
        60.0,
    ),
    (
        "成果指標",
        "④",
        "来訪者アンケートの満足度（「満足」「やや満足」の割合）",
        "％",
        [80.0, 78.6, 80.0, 79.9, 82.0, "83.5（旧方式 80.2）"],
        85.0,
    ),
]


def tamaki() -> Path:
    wb, ws = _sheet("事務事業評価R6", [8, 4, 30, 6, 8, 8, 8, 8, 8, 12, 9])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施分）", bold=True, size=13)
    _text(ws, 2, 11, "玉城町", align="right")
    _field(ws, 4, "事務事業名", 1, 4, 11, "田丸城跡保存活用事業")
    _field(ws, 5, "担当課", 1, 4, 11, "生涯学習課")
    _field(
        ws, 6, "総合計画の位置付け", 1, 4, 11, "第5次玉城町総合計画　歴史と文化を活かしたまちづくり"
    )
    _field(ws, 7, "事業期間", 1, 4, 11, "令和3年度～令和7年度")
    _para(
        ws,
        8,
        1,
        11,
        "【事業の概要】田丸城は延元元年（1336年）に北畠親房が築いたと伝えられ、石垣や堀が残る城跡は町の象徴である。"
        "昭和30年4月10日の町発足以来、役場や学校が城跡に置かれてきた。面積40.91km²、人口15,041人（2020年国勢調査）の町の"
        "観光拠点として、富士見門を含む遺構の保存と、ボランティアガイドによる案内を行う。",
        46,
        border=True,
    )
    _text(ws, 10, 1, "１　事業費の推移（単位：千円）", bold=True, size=10)
    for c, word in enumerate(["区分", "", "", "", "R3決算", "R4決算", "R5決算", "R6予算"], start=1):
        if c in (2, 3, 4):
            continue
        _put(ws, 11, c, word, header=True)
    _merge(ws, 11, 1, 11, 4)
    for i, (label, vals) in enumerate(
        [("事業費", [3820, 4150, 5210, 4980]), ("うち一般財源", [2910, 3060, 3870, 3740])]
    ):
        _span(ws, 12 + i, 1, 4, label)
        for j, v in enumerate(vals):
            _put(ws, 12 + i, 5 + j, v)
    _text(ws, 15, 1, "２　指標の推移", bold=True, size=10)
    h = 16
    for c, word in [(1, "区分"), (3, "指標名"), (4, "単位")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
    _merge(ws, h, 1, h + 1, 2)
    _merge(ws, h, 3, h + 1, 3)
    _merge(ws, h, 4, h + 1, 4)
    for k, year in enumerate(["R3", "R4", "R5"]):
        c = 5 + 2 * k
        _span(ws, h, c, c + 1, year, header=True)
        _put(ws, h + 1, c, "目標", header=True)
        _put(ws, h + 1, c + 1, "実績（R6.3末）" if year == "R5" else "実績", header=True)
    _put(ws, h, 11, "R7目標", header=True)
    _put(ws, h + 1, 11, None, header=True)
    _merge(ws, h, 11, h + 1, 11)
    ws.column_dimensions["J"].width = 16
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    start = r
    for _kind, label, name, unit, vals, goal in TM_ROWS:
        _put(ws, r, 2, label, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate(vals):
            _val(ws, r, 5 + j, v)
        _put(ws, r, 11, goal)
        ws.row_dimensions[r].height = 30 if len(name) > 16 else 20
        r += 1
    for k, kind in enumerate(["活動指標", "成果指標"]):
        _put(ws, start + 2 * k, 1, kind, align="center")
        _put(ws, start + 2 * k + 1, 1, None)
        _merge(ws, start + 2 * k, 1, start + 2 * k + 1, 1)
    notes = [
        "※R5実績は令和6年3月末現在の値です。",
        "※④はR5から来訪者アンケートの方式を変更しました（紙の回収票→二次元コードによるWeb回答）。",
        "　 R5実績の括弧内は、旧方式（紙の回収票のみ）で集計した場合の参考値です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    r += len(notes) + 1
    _text(ws, r, 1, "３　評価", bold=True, size=10)
    _field(ws, r + 1, "総合評価", 1, 4, 11, "B　（概ね順調）")
    _para(
        ws,
        r + 2,
        1,
        11,
        "【評価の理由】来訪者数はR5に目標を上回った。ガイド回数も回復しており、今後は石垣の修繕を計画的に進める。",
        30,
        border=True,
    )
    ws.print_area = f"A1:K{r + 2}"
    _page(ws, "portrait")
    path = SOURCE / "tamaki_jimujigyo_tamarujo_r6.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 精華町 (京都府): 地方創生推進交付金事業の効果検証（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2099, ja.wikipedia 精華町): the 地域再生計画's aim (シティプロモーション,
# "精華町の魅力発信", 学研都市), the population figures (1980年 15,334人, 2005年 34,236人, 2020年2月 37,302人,
# 2060年 31,165人 by 社人研), 25.68km², 国立国会図書館関西館, エビイモ. Assumed: the plan's exact name,
# period. Made up: the 課, the page, every KPI, figure and note.
SK_KPIS = [
    (
        "KPI①",
        "町公式ホームページ・SNSの年間閲覧数",
        "（単位：千件）",
        ["年度", "目標値", "実績値"],
        ("事業開始前（令和元年度）", "412"),
        [("令和2年度", "450", "478"), ("令和3年度", "500", "521"), ("令和4年度", "550", "536")],
    ),
    (
        "KPI②",
        "町外からの転入者数",
        "（単位：人）",
        ["年度", "目標値", "実績値"],
        ("事業開始前（令和元年度）", "1,862"),
        [
            ("令和2年度", "1,900", "1,788"),
            ("令和3年度", "1,950", "1,915"),
            ("令和4年度", "2,000", "2,034"),
        ],
    ),
    (
        "KPI③",
        "ふるさと納税の寄附件数",
        "（単位：件）　※目標値・実績値は令和2年度からの累計",
        ["年度", "目標値（累計）", "実績値（累計）", "（参考）単年度実績"],
        ("事業開始前（令和元年度）", "0"),
        [
            ("令和2年度", "300", "284", "284"),
            ("令和3年度", "700", "735", "451"),
            ("令和4年度", "1,200", "1,302", "567"),
        ],
    ),
    (
        "KPI④",
        "ふるさと納税の寄附額",
        "（単位：万円）",
        ["年度", "目標値", "実績値"],
        ("事業開始前（令和元年度）", "320"),
        [("令和2年度", "500", "468"), ("令和3年度", "700", "812"), ("令和4年度", "900", "1,046")],
    ),
]


def seika_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>地方創生推進交付金事業の効果検証（令和４年度）｜精華町</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '<li><a href="/">トップページ</a></li>',
        '<li><a href="/kakuka/">組織からさがす</a></li>',
        '<li><a href="/kakuka/kikaku/">総務部　企画調整課</a></li>',
        "<li>地方創生推進交付金事業の効果検証（令和４年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>地方創生推進交付金事業の効果検証（令和４年度）</h1>",
        '<p class="date">更新日：2023年9月29日　担当：企画調整課</p>',
        "<p>本町の総人口は1980年の15,334人から2005年の34,236人へと急増し、2020年2月現在37,302人となっていますが、"
        "国立社会保障・人口問題研究所の推計では2060年に31,165人まで減少するとされています。"
        "面積25.68km²の町に国立国会図書館関西館などが立地する学研都市の魅力を町内外へ発信するため、"
        "地域再生計画に基づくシティプロモーションに取り組んでいます。</p>",
        "<dl>",
        "<dt>地域再生計画の名称</dt><dd>学研都市精華町の魅力発信シティプロモーション推進計画</dd>",
        "<dt>事業期間</dt><dd>令和2年度～令和4年度（3か年）</dd>",
        "<dt>担当課</dt><dd>企画調整課</dd>",
        "</dl>",
        "<h2>重要業績評価指標（KPI）の実績</h2>",
        "<p>各KPIの単位は表の上に記載しています。事業開始前の値は目標・実績の区別がないため、両欄をまとめて記載しています。</p>",
    ]
    for label, name, caption, heads, base, rows in SK_KPIS:
        out.append(f"<h3>{label}　{name}</h3>")
        out.append("<table>")
        out.append(f"<caption>{caption}</caption>")
        out.append(
            "<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in heads) + "</tr></thead>"
        )
        out.append("<tbody>")
        span = len(heads) - 1
        out.append(f'<tr><th scope="row">{base[0]}</th><td colspan="{span}">{base[1]}</td></tr>')
        for row in rows:
            out.append(
                f'<tr><th scope="row">{row[0]}</th>'
                + "".join(f"<td>{v}</td>" for v in row[1:])
                + "</tr>"
            )
        out.append("</tbody>")
        out.append("</table>")
    out += [
        "<h2>外部有識者の意見</h2>",
        "<p>KPI①～④のうち3項目で令和4年度の目標を達成しており、事業は地方創生に効果があったと認められる。"
        "エビイモなど特産品の返礼品化も寄附額の伸びにつながった。</p>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def seika() -> Path:
    path = HERE / "seika_citypro_kpi_kensho_r4.html"
    path.write_text(seika_html(), encoding="utf-8")
    print(f"wrote {path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 熊取町 (大阪府): 熊取町第4次総合計画 前期基本計画 成果指標の検証（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (town pages 4426, 4516, くまとり創生戦略 H27.10): the plan's name, the 第3次 plan ending in 平成29年,
# the first 総合計画 of 昭和60年, 町制施行 昭和26年, the 京都大学原子炉実験所 (昭和38年), 熊取駅 made a 快速
# stop in 昭和39年, "トカイナカ", 企画財政経営課（政策企画グループ）, the 目標人口 37,000人 in 令和27年.
# Assumed: the 第4次 plan's periods. Made up: the 基本目標 wording, every indicator, figure and note.
KT_HEAD = [
    "No.",
    "成果指標",
    "基準値（H28）",
    "H30",
    "R元",
    "R2",
    "R3",
    "R4",
    "目標値（R4）",
    "達成率",
]
KT_LEFT = [
    (
        "1",
        "自主防災組織の結成率（％）",
        "78.2",
        "80.5",
        "82.1",
        "83.0",
        "84.6",
        "86.3",
        "85.0",
        "101.5%",
    ),
    ("2", "刑法犯認知件数の減少（件）", "312", "288", "261", "204", "198", "215", "250", "116.3%"),
    (
        "3",
        "地域の見守り活動への参加者数（人）",
        "約1,200",
        "1,260",
        "1,310",
        "―",
        "980",
        "1,240",
        "1,500",
        "82.7%",
    ),
]
KT_RIGHT = [
    ("４", "待機児童数（人）", "１２", "８", "５", "３", "０", "０", "０", "―"),
    (
        "５",
        "「学校に行くのが楽しい」と答えた児童の割合（％）",
        "８５．４",
        "８６．０",
        "８７．２",
        "―",
        "８６．１",
        "８８．０",
        "９０．０",
        "97.8%",
    ),
]


def _kt_grid(ws, top, c0, heading, rows):
    _text(ws, top, c0, heading, bold=True, size=10)
    h = top + 1
    for j, word in enumerate(KT_HEAD):
        _put(ws, h, c0 + j, word, header=True)
    ws.row_dimensions[h].height = 30
    for i, row in enumerate(rows):
        r = h + 1 + i
        for j, v in enumerate(row):
            if j == 1:
                _put(ws, r, c0 + j, v)
            elif j == 0:
                _put(ws, r, c0 + j, v, align="center")
            else:
                _put(
                    ws,
                    r,
                    c0 + j,
                    v,
                    align="center" if v == "―" else "right",
                    fill=LIGHT if j == 9 else None,
                )
        ws.row_dimensions[r].height = 30


def kumatori() -> Path:
    widths = [4, 27, 8, 6, 6, 6, 6, 6, 8, 7, 2, 4, 27, 8, 6, 6, 6, 6, 6, 8, 7]
    wb, ws = _sheet("成果指標の検証", widths)
    _text(
        ws,
        1,
        1,
        "熊取町第4次総合計画　前期基本計画　成果指標の検証（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 21, "令和5年8月　熊取町", align="right")
    _field(ws, 4, "計画の名称", 1, 3, 10, "熊取町第4次総合計画")
    _field(ws, 4, "担当", 12, 14, 21, "企画財政経営課（政策企画グループ）")
    _field(
        ws,
        5,
        "計画期間",
        1,
        3,
        21,
        "基本構想　平成30年度～令和9年度（10年間）／前期基本計画　平成30年度～令和4年度（5年間）",
    )
    _para(
        ws,
        6,
        1,
        21,
        "【町の概要】本町は昭和26年の町制施行以来、昭和38年の京都大学原子炉実験所の設置、昭和39年の熊取駅の快速停車駅化を契機に人口が急増し、"
        "大都市近郊の住宅都市として発展してきました。昭和60年に最初の総合計画を策定し、第4次総合計画では“トカイナカ”の住環境を活かした"
        "まちづくりを進めています。第2期総合戦略では令和27年（2045年）の目標人口を37,000人としています。",
        44,
        border=True,
    )
    _text(ws, 8, 1, "■前期基本計画の成果指標（目標年度：令和4年度）", bold=True, size=10)
    _kt_grid(ws, 9, 1, "基本目標１　安全・安心に暮らせるまち", KT_LEFT)
    _kt_grid(ws, 9, 12, "基本目標２　子どもが健やかに育つまち", KT_RIGHT)
    r = 9 + 2 + len(KT_LEFT) + 1
    notes = [
        "※達成率は、目標値に対するR4実績の割合です（No.2は件数の減少を目標とするため、目標値÷実績値で算出しています）。No.4は目標値が０のため算出していません。",
        "※No.3の基準値は地区ごとの集計を合算した概数です。R2は新型コロナウイルス感染症の影響により活動を休止したため「―」としています。",
        "※No.5は全国学力・学習状況調査の児童質問紙によるものです（R2は調査中止）。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    ws.print_area = f"A1:U{r + len(notes) - 1}"
    _page(ws, "landscape")
    path = SOURCE / "kumatori_sogo4_zenki_seika_r4.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    mizunami()
    seika()
    for make in (tamaki, kumatori):
        path = make()
        if pdf:
            to_pdf(path)


if __name__ == "__main__":
    main()
