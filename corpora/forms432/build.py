"""Build the documents of forms432/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``kaizu_senryaku_kpi_r5.xlsx`` (a workbook left as it is), a 総合戦略 KPI進捗管理表 in the manner of
  海津市 (岐阜県): a two-row head ``No. | KPI | 単位 | 基準値 | 基準年度 | 実績値 (R3 | R4 | R5) | 目標値（R6）``
  in which **each baseline takes its year from the 基準年度 cell beside it** (``H30``, ``Ｒ元``, ``R2``, ``H27``),
  a ``千人`` 単位, ``▲`` values and a ``―`` cell explained by a note;
* ``kosai_shisaku_seika_h30.html``, a 総合計画 施策評価 page in the manner of 湖西市 (静岡県): a long table
  ``成果指標 | 単位 | 年度 | 目標値 | 実績値 | 達成率`` with each indicator's years running down its rows, **the
  era written only in the first year row** (``平成28年度``, ``29年度``, ``30年度``) and a Western final row
  ``2020年度（最終）``;
* ``source/kyotango_kenko_jimujigyo_r5.xlsx`` and its PDF, a 事務事業評価シート in the manner of 京丹後市
  (京都府): 活動指標 / 成果指標 rows, ``延べ`` cells and **a ``（参考）府内順位（R5）`` column of ranks that are
  no values of the indicators**;
* ``source/sumoto_akarenga_kensho_r5.xlsx`` and its PDF, a 拠点整備交付金 効果検証シート in the manner of
  洲本市 (兵庫県): a two-row head of year groups (目標値 | 実績値), ``千人`` and ``百万円`` units, ``開業前`` words
  and **an unlabelled, shaded ``（参考）`` total row of two KPIs with no targets**.

These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
XLSX and HTML are byte-stable (fixed document dates; zip members rewritten with a fixed timestamp).
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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def new_sheet(title, widths, landscape):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    wb.properties.creator = "forms432"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb, ws


def put(
    ws,
    row,
    col,
    value,
    *,
    bold=False,
    size=10,
    border=True,
    fill=None,
    align="left",
    wrap=True,
    span=1,
    fmt=None,
):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if fmt:
        cell.number_format = fmt
    for c in range(col, col + span):
        if border:
            ws.cell(row=row, column=c).border = BORDER
        if fill:
            ws.cell(row=row, column=c).fill = fill
    if span > 1:
        ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)
    return cell


def grid_row(ws, row, values, *, fill=None, bold=False, fmts=None):
    for i, v in enumerate(values, 1):
        align = "left" if i <= 2 or (isinstance(v, str) and len(v) > 6) else "center"
        if isinstance(v, (int, float)):
            align = "right"
        if i == 3 and isinstance(v, str) and len(v) <= 3:
            align = "center"
        fmt = (
            "0.00" if isinstance(v, float) else (fmts or {}).get(i) if isinstance(v, int) else None
        )
        put(ws, row, i, v, fill=fill, bold=bold, align=align, fmt=fmt)


def save_stable(wb, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:modified([^>]*)>[^<]*<",
                    rb"<dcterms:modified\1>2026-12-05T00:00:00Z<",
                    data.replace(b"forms432", b""),
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 5, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    tmp.unlink()


def form(ws, row, key, value, ncol, *, height=None):
    put(ws, row, 1, key, bold=True, fill=LIGHT, span=2)
    put(ws, row, 3, value, span=ncol - 2)
    if height:
        ws.row_dimensions[row].height = height


def head_cell(ws, r1, c1, text, *, r2=None, c2=None):
    """A shaded, bold, centred header cell, merged over r1..r2 x c1..c2."""
    r2 = r2 or r1
    c2 = c2 or c1
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
            ws.cell(row=r, column=c).fill = SHADE
    put(ws, r1, c1, text, bold=True, fill=SHADE, align="center", size=9)
    if r2 > r1 or c2 > c1:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def cells(ws, row, values, *, start=1, fill=None, fmt="#,##0", size=10):
    for i, v in enumerate(values, start):
        if v is None:
            put(ws, row, i, None, fill=fill, size=size)
            continue
        align = "right" if isinstance(v, (int, float)) else "center"
        if isinstance(v, str) and len(v) > 7:
            align = "left"
        f = "0.0" if isinstance(v, float) else fmt if isinstance(v, int) else None
        put(ws, row, i, v, fill=fill, align=align, fmt=f, size=size)


# ---------------------------------------------------------------- 海津 (XLSX document)
def kaizu(path: Path):
    wb, ws = new_sheet("KPI進捗（R5）", [6, 38, 8, 10, 9, 10, 10, 10, 12], True)
    n = 9
    put(
        ws,
        1,
        1,
        "第2期海津市創生総合戦略　重要業績評価指標（KPI）進捗管理表（令和５年度）",
        bold=True,
        size=14,
        border=False,
        span=n,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    put(ws, 2, 1, "令和6年8月　海津市 企画課", border=False, span=n, align="right")
    form(ws, 3, "計画の名称", "第2期海津市創生総合戦略", n)
    form(ws, 4, "計画期間", "令和2年度～令和6年度（5年間）", n)
    form(ws, 5, "担当課", "企画課", n)
    form(
        ws,
        6,
        "市の現状",
        "本市の総人口は1995年の41,694人をピークに減少に転じ、2015年の国勢調査では35,206人となった。"
        "本市の推計では2040年に22,031人まで減少する見込みである。市域112.03km²の大部分は海抜ゼロメートル地帯にあり、"
        "揖斐川・長良川・木曽川の三川と堤防に囲まれている。",
        n,
        height=48,
    )
    put(
        ws,
        8,
        1,
        "■基本目標１　地域の特性を生かした産業を育て、安定した雇用をつくる",
        bold=True,
        size=11,
        border=False,
        span=n,
    )
    head_cell(ws, 9, 1, "No.", r2=10)
    head_cell(ws, 9, 2, "重要業績評価指標（KPI）", r2=10)
    head_cell(ws, 9, 3, "単位", r2=10)
    head_cell(ws, 9, 4, "基準値", r2=10)
    head_cell(ws, 9, 5, "基準年度", r2=10)
    head_cell(ws, 9, 6, "実績値", c2=8)
    for c, t in zip(range(6, 9), ["R3", "R4", "R5"]):
        head_cell(ws, 10, c, t)
    head_cell(ws, 9, 9, "目標値（R6）", r2=10)
    rows = [
        [1, "市内事業所の新規雇用者数", "人", 152, "H30", 138, 160, 171, 180],
        [2, "認定農業者数", "経営体", 96, "Ｒ元", 98, 101, 103, 110],
        [3, "観光入込客数（国営木曽三川公園を含む）", "千人", 1842, "H30", 1203, 1588, 1790, 2000],
        [4, "園芸作物（トマト・いちご等）の新規就農者数", "人", 3, "R2", 2, 4, 5, 5],
        [5, "社会増減数", "人", "▲312", "H27", "▲251", "▲198", "―", "▲150"],
    ]
    for i, r in enumerate(rows, 11):
        cells(ws, i, r)
        ws.cell(row=i, column=1).alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(row=i, column=2).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
        ws.row_dimensions[i].height = 22
    put(
        ws,
        17,
        1,
        "※基準値は、指標ごとに基準年度欄の年度の値です（策定時に把握できた直近の値）。",
        border=False,
        span=n,
        size=9,
    )
    put(
        ws,
        18,
        1,
        "※No.5のR5は、住民基本台帳人口移動報告の公表（令和6年10月予定）後に記入します。",
        border=False,
        span=n,
        size=9,
    )
    put(
        ws,
        19,
        1,
        "※No.3の観光入込客数は、岐阜県観光入込客統計調査によります。",
        border=False,
        span=n,
        size=9,
    )
    ws.print_area = "A1:I19"
    save_stable(wb, path)


# ---------------------------------------------------------------- 湖西 (HTML document)
def kosai_rows():
    blocks = [
        (
            "①観光交流客数",
            "千人",
            [
                ("平成28年度", "1,850", "1,802", "97.4%"),
                ("29年度", "1,900", "1,911", "100.6%"),
                ("30年度", "1,950", "1,874", "96.1%"),
                ("2020年度（最終）", "2,100", "", ""),
            ],
        ),
        (
            "②浜名湖体験プログラム参加者数",
            "人",
            [
                ("平成28年度", "3,200", "3,356", "104.9%"),
                ("29年度", "3,400", "3,512", "103.3%"),
                ("30年度", "3,600", "3,695", "102.6%"),
                ("2020年度（最終）", "4,000", "", ""),
            ],
        ),
        (
            "③観光ボランティアガイド登録者数",
            "人",
            [
                ("平成28年度", "40", "38", "95.0%"),
                ("29年度", "42", "41", "97.6%"),
                ("30年度", "45", "－", "－"),
                ("2020年度（最終）", "50", "", ""),
            ],
        ),
        (
            "④湖西市の観光に満足した来訪者の割合",
            "％",
            [
                ("平成28年度", "70.0", "68.4", "97.7%"),
                ("29年度", "72.0", "72.5", "100.7%"),
                ("30年度", "74.0", "75.1", "101.5%"),
                ("2020年度（最終）", "80.0", "", ""),
            ],
        ),
    ]
    out = []
    for name, unit, years in blocks:
        for i, (y, t, a, p) in enumerate(years):
            tds = f'<td class="year">{y}</td><td class="num">{t}</td><td class="num">{a}</td><td class="num">{p}</td>'
            if i == 0:
                out.append(
                    f'        <tr><th scope="row" rowspan="4">{name}</th><td class="unit" rowspan="4">{unit}</td>{tds}</tr>'
                )
            else:
                out.append(f"        <tr>{tds}</tr>")
    return "\n".join(out)


KOSAI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>平成30年度 施策評価結果（成果指標の推移） - 湖西市</title>
<style>
  body {{ font-family: "Noto Sans CJK JP", sans-serif; margin: 1em 2em; }}
  table {{ border-collapse: collapse; margin: 0.5em 0; }}
  th, td {{ border: 1px solid #666; padding: 4px 8px; }}
  thead th {{ background: #dde6f0; }}
  td.num {{ text-align: right; }}
  td.unit, td.year {{ text-align: center; }}
  nav ol {{ list-style: none; padding: 0; }}
  nav li {{ display: inline; }}
  nav li + li::before {{ content: " > "; }}
  p.date {{ text-align: right; }}
</style>
</head>
<body>
<nav aria-label="パンくずリスト">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/keikaku/">計画・施策</a></li>
    <li><a href="/shisei/keikaku/sogo/">総合計画</a></li>
    <li>平成30年度 施策評価結果（成果指標の推移）</li>
  </ol>
</nav>
<main>
  <h1>平成３０年度 施策評価結果（成果指標の推移）</h1>
  <p class="date">更新日：2019年8月30日　担当：企画部 企画政策課</p>
  <p>本市は、平成22年3月23日に旧湖西市と新居町が合併して誕生しました。浜名湖、遠州灘、湖西連峰の豊かな自然に恵まれ、
  将来像「市民協働で創る　市民が誇れる湖西市」の実現に向けて、新・湖西市総合計画（2011年度～2020年度）を推進しています。</p>
  <p>後期基本計画（2016年度～2020年度）の3年目にあたる平成30年度の施策評価では、市民2,000人を対象とした市民意識調査（回収率45.3%）の結果も踏まえ、
  各施策の成果指標の目標値と実績値を比較しました。ここでは観光・交流分野の成果指標を掲載します。</p>
  <h2>施策２－３　観光・交流の推進</h2>
  <table>
    <thead>
      <tr><th scope="col">成果指標</th><th scope="col">単位</th><th scope="col">年度</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">達成率</th></tr>
    </thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p>※達成率は、実績値÷目標値×100で算出しています。</p>
  <p>※③の平成30年度実績は、登録制度の見直し（平成31年4月に新制度へ移行）のため集計していません。</p>
  <p>※④は、市内の主な観光施設で実施した来訪者アンケート（各年度おおむね500人）によります。</p>
  <p>このページに関するお問い合わせ：企画部 企画政策課　電話：053-576-4530</p>
</main>
</body>
</html>
"""


# ---------------------------------------------------------------- 京丹後 (PDF)
def kyotango(path: Path):
    wb, ws = new_sheet("事務事業評価シート", [9, 36, 7, 10, 10, 10, 10, 12], False)
    n = 8
    put(
        ws,
        1,
        1,
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        bold=True,
        size=14,
        border=False,
        span=n,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    put(ws, 2, 1, "令和6年7月作成　京丹後市", border=False, span=n, align="right")
    put(ws, 3, 1, "１　事業の概要", bold=True, size=11, border=False, span=n)
    form(ws, 4, "事務事業名", "健康長寿のまちづくり推進事業", n)
    form(ws, 5, "担当課", "健康推進課", n)
    form(ws, 6, "総合計画の位置付け", "健康・福祉分野「生涯を通じた健康づくりの推進」", n)
    form(ws, 7, "事業期間", "令和3年度～令和7年度", n)
    form(
        ws,
        8,
        "事業の概要",
        "本市は100歳以上の長寿者の割合が全国平均の約2.5倍と高く（2013年2月時点で60人）、2008年11月には「健康大長寿のさとづくり全国交流会」を初めて開催した。"
        "2016年3月には京都府立医科大学と共同で長寿研究の拠点を市立弥栄病院内に設置している。"
        "本事業では、食習慣調査の結果を市民に還元するとともに、市内6地域で健康講座を開催し、特定健康診査の受診を勧奨する。",
        n,
        height=78,
    )
    put(ws, 10, 1, "２　指標の状況", bold=True, size=11, border=False, span=n)
    head_cell(ws, 11, 1, "区分", r2=12)
    head_cell(ws, 11, 2, "指標名", r2=12)
    head_cell(ws, 11, 3, "単位", r2=12)
    head_cell(ws, 11, 4, "R3実績", r2=12)
    head_cell(ws, 11, 5, "R4実績", r2=12)
    head_cell(ws, 11, 6, "令和５年度", c2=7)
    head_cell(ws, 12, 6, "目標")
    head_cell(ws, 12, 7, "実績")
    head_cell(ws, 11, 8, "（参考）\n府内順位\n（R5）", r2=12)
    ws.row_dimensions[11].height = 20
    ws.row_dimensions[12].height = 20
    rows = [
        ["ア　健康講座の開催回数", "回", 18, 22, 24, 24, "―"],
        ["イ　食習慣調査の回答者数", "人", 1126, 1304, 1500, 1387, "―"],
        ["ウ　特定健康診査の受診率", "％", 46.8, 49.1, 52.0, 52.4, "3位"],
        ["エ　65歳以上で要介護認定を受けていない人の割合", "％", 80.2, 80.5, 81.0, 80.6, "5位"],
        ["オ　健康講座の参加者数", "人", "延べ1,020", "延べ1,385", "延べ1,500", "延べ1,612", "―"],
    ]
    for i, r in enumerate(rows, 13):
        cells(ws, i, r, start=2)
        ws.cell(row=i, column=2).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
        ws.row_dimensions[i].height = 30
    for r1, r2, t in [(13, 14, "活動指標"), (15, 17, "成果指標")]:
        put(ws, r1, 1, t, align="center")
        for r in range(r1, r2 + 1):
            ws.cell(row=r, column=1).border = BORDER
        ws.merge_cells(start_row=r1, start_column=1, end_row=r2, end_column=1)
    put(
        ws,
        18,
        1,
        "※府内順位は、京都府内26市町村の中での順位（参考値）です。ウは法定報告、エは介護保険事業状況報告によります。",
        border=False,
        span=n,
        size=9,
    )
    put(
        ws,
        19,
        1,
        "※オの参加者数は、各回の参加者を合計した延べ人数です。",
        border=False,
        span=n,
        size=9,
    )
    put(ws, 21, 1, "３　評価", bold=True, size=11, border=False, span=n)
    form(ws, 22, "評価", "B　概ね順調", n)
    form(
        ws,
        23,
        "評価の理由",
        "健康講座は計画どおり24回開催し、延べ参加者数も目標を上回った。受診率は府内3位となったが、食習慣調査の回答者数は目標に届かなかった。"
        "令和6年度は講座を年2回から年3回に増やす地域を設け、調査票のWeb回答を導入する。",
        n,
        height=48,
    )
    ws.print_area = "A1:H23"
    save_stable(wb, path)


# ---------------------------------------------------------------- 洲本 (PDF)
def sumoto(path: Path):
    wb, ws = new_sheet("効果検証シート", [40, 8, 12, 9, 9, 9, 9, 9, 9, 9], True)
    n = 10
    put(
        ws,
        1,
        1,
        "地方創生拠点整備交付金事業　効果検証シート（令和５年度）",
        bold=True,
        size=14,
        border=False,
        span=n,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    put(ws, 2, 1, "令和6年9月　洲本市", border=False, span=n, align="right")
    form(ws, 3, "地域再生計画の名称", "洲本市中心市街地にぎわい創出拠点整備計画", n)
    form(ws, 4, "交付対象事業の名称", "洲本市赤レンガ建物リノベーション事業", n)
    form(ws, 5, "計画期間", "令和2年4月1日～令和6年3月31日", n)
    form(ws, 6, "担当課", "商工観光課", n)
    form(
        ws,
        7,
        "市の現状",
        "本市は淡路島の中央部に位置し、面積182.38km²、人口39,390人（2024年8月1日推計）。2006年2月11日に旧五色町と合併した。"
        "市中心部に残る赤レンガ建物を改修し、飲食・物販とイベントの拠点とする本事業は、令和2年3月に工事請負契約を締結し、令和4年4月23日に開業した。",
        n,
        height=48,
    )
    put(ws, 9, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11, border=False, span=n)
    head_cell(ws, 10, 1, "KPI", r2=11)
    head_cell(ws, 10, 2, "単位", r2=11)
    head_cell(ws, 10, 3, "事業開始前\n（R元年度）", r2=11)
    for c, t in zip([4, 6, 8], ["令和3年度", "令和4年度", "令和5年度"]):
        head_cell(ws, 10, c, t, c2=c + 1)
        head_cell(ws, 11, c, "目標値")
        head_cell(ws, 11, c + 1, "実績値")
    head_cell(ws, 10, 10, "評価\n（R5）", r2=11)
    ws.row_dimensions[10].height = 22
    ws.row_dimensions[11].height = 22
    rows = [
        [
            "KPI①　赤レンガ建物の来館者数",
            "千人",
            "―",
            30.0,
            "開業前",
            60.0,
            48.3,
            80.0,
            85.6,
            "達成",
        ],
        ["KPI②　施設内の飲食・物販売上額", "百万円", "―", 20, "開業前", 45, 38, 60, 57, "未達成"],
        [
            "KPI③　施設を活用したイベントの参加者数",
            "人",
            1200,
            2000,
            1850,
            3000,
            3420,
            4000,
            4115,
            "達成",
        ],
        ["KPI④　中心市街地の新規出店数（累計）", "件", 0, 3, 2, 6, 5, 9, 9, "達成"],
    ]
    for i, r in enumerate(rows, 12):
        cells(ws, i, r)
        ws.cell(row=i, column=1).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
        ws.row_dimensions[i].height = 24
    cells(
        ws,
        13 + 3,
        [
            "（参考）来館者数とイベント参加者数の合計（①＋③）",
            "千人",
            "―",
            "―",
            "開業前",
            "―",
            51.7,
            "―",
            89.7,
            "―",
        ],
        fill=LIGHT,
    )
    ws.cell(row=16, column=1).alignment = Alignment(
        horizontal="left", vertical="center", wrap_text=True, indent=1
    )
    ws.row_dimensions[16].height = 24
    put(
        ws,
        17,
        1,
        "※KPI①・②の令和3年度は、施設の開業（令和4年4月23日）前のため実績はありません。事業開始前の「―」は施設がなかったことを示します。",
        border=False,
        span=n,
        size=9,
    )
    put(
        ws,
        18,
        1,
        "※（参考）欄は①と③を千人単位で合計したもので、目標値は設定していません。評価は令和5年度の目標値に対する達成の有無です。",
        border=False,
        span=n,
        size=9,
    )
    put(
        ws,
        19,
        1,
        "※交付対象事業費　412,600千円（うち交付金 206,300千円）",
        border=False,
        span=n,
        size=9,
    )
    ws.print_area = "A1:J19"
    save_stable(wb, path)


def pdf(xlsx: Path, outdir: Path):
    if not shutil.which("soffice"):
        print("soffice not found; PDF skipped:", xlsx.name)
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(xlsx),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / (xlsx.stem + ".pdf"), outdir / (xlsx.stem + ".pdf"))


def main():
    no_pdf = "--no-pdf" in sys.argv
    kaizu(HERE / "kaizu_senryaku_kpi_r5.xlsx")
    (HERE / "kosai_shisaku_seika_h30.html").write_text(
        KOSAI.format(rows=kosai_rows()), encoding="utf-8"
    )
    sources = [
        SOURCE / "kyotango_kenko_jimujigyo_r5.xlsx",
        SOURCE / "sumoto_akarenga_kensho_r5.xlsx",
    ]
    kyotango(sources[0])
    sumoto(sources[1])
    if not no_pdf:
        for s in sources:
            pdf(s, HERE)


if __name__ == "__main__":
    main()
