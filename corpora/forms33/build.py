"""Build the built documents of forms33/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/minamichita_jimujigyo_h28.xlsx``, a sheet in the manner of 南知多町 (愛知県) 事務事業評価結果一覧表
  (one row per 事務事業, several 活動 / 成果 indicators stacked in one cell with their 実績値 stacked in the
  next, 事業費 in 千円, A/B/C grades), and from it ``minamichita_jimujigyo_h28.pdf``;
* ``source/yabu_senkougata_h27.xlsx``, a sheet in the manner of 養父市 (兵庫県) 地方創生先行型 事業評価シート
  (計画額 / 実績額 in 円 beside the KPI, a row without KPI, 達成状況 words), and from it
  ``yabu_senkougata_h27.pdf``;
* ``source/matsuyama_chiikisaisei_h29.xlsx``, a sheet in the manner of 松山市 (愛媛県) 地域再生計画 評価
  (units inside every value cell, one indicator switching from 人 to 万人, a range target and an 以上
  target), and from it ``matsuyama_chiikisaisei_h29.pdf``;
* ``yonabaru_kofukin_seika_h28.html``, a page in the manner of 与那原町 (沖縄県) 沖縄振興特別推進市町村交付金
  事業成果一覧 (成果目標 / 成果実績 cells holding the indicator and its value, ◎○△未繰 marks with a legend).

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
    wb.properties.creator = "forms33/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms33/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms33_soffice_") as tmp:
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
# 南知多町 (愛知県): 事務事業評価結果一覧表 — 一つのセルに複数の指標、実績値も同じく改行で並ぶ
# --------------------------------------------------------------------------------------------

# Real (the town's 平成28年度 一覧表, 27年度事業): the title, the columns (評価対象施策, 自治/法定, 評価対象事務
# 事業, 民間, 事業費（千円）, 国県補助等, 平成27年度の指標名 活動 / 成果 with 実績値, 評価 活動 / 成果 / 効率, 一次),
# 1-1 消防体制の整備 / 1-4 防火体制の整備, 消防施設整備事業 3,394, 防火意識啓発事業 604, 消火栓の設置数 4基,
# 消防車両の更新 0台, 未包括地域の解消率 100%, チラシ配布枚数 7,800枚, 広報日数 272日, the grades of row 1.
# Made up: 担当課 as one column, 町内の火災発生件数 8件, the 更新率 ``-`` pairing, row 2's grades, the notes.
MINAMI_ROWS = [
    (
        "1-1 消防体制の整備",
        "消防施設整備事業",
        3394,
        0,
        "・消火栓の設置数\n・消防車両の更新",
        "4基\n0台",
        "・未包括地域の解消率\n・消防車両の更新率",
        "100%\n-",
        ("A", "A", "-"),
        "A",
        "適切に各施設の維持管理をした。",
    ),
    (
        "1-4 防火体制の整備",
        "防火意識啓発事業",
        604,
        0,
        "・防火啓発活動におけるチラシ配布枚数\n・消防団による広報日数",
        "7,800枚\n272日",
        "・町内の火災発生件数",
        "8件",
        ("A", "B", "-"),
        "B",
        "消防団による広報・啓発活動は計画どおり実施されており、火災件数も前年より減少している。",
    ),
]


def minamichita() -> Path:
    widths = [7, 13, 5, 14, 5, 9, 7, 24, 8, 20, 7, 5, 5, 5, 6, 26]
    wb, ws = _sheet("一覧表", widths)
    _text(ws, 1, 1, "平成28年度　事務事業評価結果一覧表（27年度事業）", bold=True, size=13)
    _text(ws, 1, 16, "南知多町", align="right")
    top = [
        (1, "担当課"),
        (2, "評価対象施策"),
        (3, "自治\n/法定"),
        (4, "評価対象事務事業"),
        (5, "民間"),
        (6, "事業費\n（千円）"),
        (7, "国県\n補助等"),
        (15, "一次\n評価"),
        (16, "総合／課題"),
    ]
    for c in range(1, 17):
        _put(ws, 3, c, "", header=True)
        _put(ws, 4, c, "", header=True)
    for c, h in top:
        _put(ws, 3, c, h, header=True)
        _merge(ws, 3, c, 4, c)
    _put(ws, 3, 8, "平成27年度の指標名", header=True)
    _merge(ws, 3, 8, 3, 11)
    _put(ws, 3, 12, "評価", header=True)
    _merge(ws, 3, 12, 3, 14)
    for c, h in zip(
        range(8, 15), ["活動", "実績値", "成果", "実績値", "活動", "成果", "効率"], strict=True
    ):
        _put(ws, 4, c, h, header=True)
    ws.row_dimensions[3].height = 24
    ws.row_dimensions[4].height = 18
    r = 5
    for measure, name, cost, aid, acts, actv, outs, outv, grades, first, note in MINAMI_ROWS:
        _put(ws, r, 1, "防災安全課" if r == 5 else None, align="center")
        _put(ws, r, 2, measure)
        _put(ws, r, 3, "自", align="center")
        _put(ws, r, 4, name)
        _put(ws, r, 5, "×", align="center")
        _put(ws, r, 6, cost)
        _put(ws, r, 7, aid)
        _put(ws, r, 8, acts, valign="center")
        _put(ws, r, 9, actv, align="right")
        _put(ws, r, 10, outs)
        _put(ws, r, 11, outv, align="right")
        for i, g in enumerate(grades):
            _put(ws, r, 12 + i, g, align="center")
        _put(ws, r, 15, first, align="center")
        _put(ws, r, 16, note)
        ws.row_dimensions[r].height = 44
        r += 1
    _merge(ws, 5, 1, r - 1, 1)
    _text(
        ws,
        r + 1,
        1,
        "※事業費は平成27年度決算額（単位：千円）。民間：民間活用の可否（○可　×否）。",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※評価　A：適切　B：概ね適切　C：改善が必要　-：評価対象外",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "minamichita_jimujigyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 養父市 (兵庫県): 地方創生先行型 事業評価シート — 計画額 / 実績額 (円) と KPI が並ぶ、KPI のない行
# --------------------------------------------------------------------------------------------

# Real (the city's 先行型事業評価シート): the title, the columns No / 区分 / 交付対象事業の名称 / 事業の概要：目的 /
# 計画額 / 実績額 / 本事業における重要業績評価指標（KPI） 指標値, every 事業名 and 概要, 7,301,000 / 6,509,092,
# 1,500,000 / 1,500,000 and 助成件数 1件, 2,796,000 and 660,000 (計画額).
# Made up: the 目標値 column, the 達成状況 column, the other money and every other KPI.
YABU_ROWS = [
    (
        "1",
        "総合戦略策定事業",
        "養父市版総合戦略の策定",
        7301000,
        6509092,
        "―",
        "―",
        "―",
        "―",
    ),
    (
        "2",
        "やぶの空き家活用支援事業",
        "空き家の増加は、地域コミュニティの希薄化や地域活力の低下を招くため、空き家活用支援事業に取り組み、空き家解消とストックの有効活用、移住定住の促進を図る。",
        1500000,
        1500000,
        "助成件数",
        "3件",
        "1件",
        "未達成",
    ),
    (
        "3",
        "地域子育て支援グループ育成事業",
        "子育て世帯の身近な地域で活動する子育て支援グループの発掘及び育成支援を行い、地域で安心して産み・育てられる環境を整備する。",
        1200000,
        1043500,
        "育成グループ数",
        "2団体",
        "2団体",
        "達成",
    ),
    (
        "4",
        "一円電車創生物語事業",
        "かつて鉱山で栄えた明延集落のシンボルである一円電車を運行させることで、地域の活性化を図る。",
        2796000,
        2796000,
        "一円電車乗車人数",
        "3,000人",
        "3,412人",
        "達成",
    ),
    (
        "5",
        "市内観光交通アクセス確保事業",
        "JRの駅からの2次交通アクセスを確保するため定額タクシー事業を実施し、観光客の利便性向上を図る。",
        660000,
        412300,
        "定額タクシー利用者数",
        "500人",
        "約300人",
        "未達成",
    ),
    (
        "6",
        "特定不妊治療費助成事業",
        "子どもを望んでもできにくい夫婦に経済的支援を行い、子どもを授かる機会を提供し、出生率の向上を図る。",
        3000000,
        2550000,
        "助成件数",
        "20件",
        "17件",
        "未達成",
    ),
]


def yabu() -> Path:
    wb, ws = _sheet("評価シート", [4, 6, 18, 36, 11, 11, 16, 8, 8, 8])
    _text(
        ws,
        1,
        1,
        "地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）事業評価シート",
        bold=True,
        size=13,
    )
    _text(ws, 1, 10, "養父市", align="right")
    for c in range(1, 11):
        _put(ws, 3, c, "", header=True)
        _put(ws, 4, c, "", header=True)
    for c, h in ((1, "No"), (2, "区分"), (3, "交付対象事業の名称"), (4, "事業の概要：目的")):
        _put(ws, 3, c, h, header=True)
        _merge(ws, 3, c, 4, c)
    _put(ws, 3, 5, "事業費（円）", header=True)
    _merge(ws, 3, 5, 3, 6)
    _put(ws, 3, 7, "本事業における重要業績評価指標（KPI）（平成27年度）", header=True)
    _merge(ws, 3, 7, 3, 10)
    for c, h in zip(
        range(5, 11), ["計画額", "実績額", "指標名", "目標値", "指標値", "達成状況"], strict=True
    ):
        _put(ws, 4, c, h, header=True)
    ws.row_dimensions[3].height = 26
    r = 5
    for no, name, purpose, plan, spent, kpi, target, value, state in YABU_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, "基礎交付", align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, purpose, size=8)
        _put(ws, r, 5, plan)
        _put(ws, r, 6, spent)
        _put(ws, r, 7, kpi, align="center" if kpi == "―" else None)
        _put(ws, r, 8, target, align="right")
        _put(ws, r, 9, value, align="right")
        _put(ws, r, 10, state, align="center")
        ws.row_dimensions[r].height = 40
        r += 1
    _text(ws, r + 1, 1, "※総合戦略策定事業はKPIを設定していない。", size=8)
    _text(ws, r + 2, 1, "※指標値は平成28年3月31日現在。", size=8)
    _page(ws, "landscape")
    path = SOURCE / "yabu_senkougata_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松山市 (愛媛県): 地域再生計画の評価 — 単位は値のセルの中、途中から万人、幅のある目標と以上
# --------------------------------------------------------------------------------------------

# Real (the city's 地域再生計画): the plan's name, 作成主体 松山市, 区域 松山市の区域の一部（余土地区）.
# Made up: the evaluation sheet, 担当課, every KPI and every figure.
MATSU_ROWS = [
    ("余土地区地域交流拠点の利用者数", "0人", "18,000人", "9,850人", "1.52万人", ""),
    ("地域活動団体の登録数", "14団体", "21団体", "17団体", "19団体", ""),
    ("地域行事への住民参加率", "42.5%", "50～55%", "45.1%", "48.0%", "H29は速報値"),
    ("地域防災訓練の参加者数", "850人", "1,000人以上", "910人", "―", "H29は集計中"),
]


def matsuyama() -> Path:
    wb, ws = _sheet("評価", [30, 13, 13, 11, 11, 14])
    _text(ws, 1, 1, "地域再生計画の評価（平成29年度）", bold=True, size=13)
    _text(ws, 1, 6, "松山市", align="right")
    fields = [
        (
            "地域再生計画の名称",
            "学校跡地を生かした地域コミュニティ拠点整備計画～魅力ある地域づくりを目指して～",
        ),
        ("地域再生計画の作成主体の名称", "松山市"),
        ("地域再生計画の区域", "松山市の区域の一部（余土地区）"),
        ("担当課", "市民参画まちづくり課"),
    ]
    r = 3
    for k, v in fields:
        _put(ws, r, 1, k, header=True)
        _span(ws, r, 2, 6, v)
        r += 1
    r += 1
    _text(ws, r, 1, "２　重要業績評価指標（KPI）の達成状況", bold=True, size=10)
    r += 1
    h1 = r
    for c in range(1, 7):
        _put(ws, h1, c, "", header=True)
        _put(ws, h1 + 1, c, "", header=True)
    for c, h in ((1, "KPI"), (2, "事業開始前\n（H27）"), (3, "目標値\n（H30）"), (6, "備考")):
        _put(ws, h1, c, h, header=True)
        _merge(ws, h1, c, h1 + 1, c)
    _put(ws, h1, 4, "実績値", header=True)
    _merge(ws, h1, 4, h1, 5)
    _put(ws, h1 + 1, 4, "H28", header=True)
    _put(ws, h1 + 1, 5, "H29", header=True)
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h1 + 1].height = 20
    r = h1 + 2
    for name, base, target, a1, a2, note in MATSU_ROWS:
        _put(ws, r, 1, name)
        for c, v in zip(range(2, 6), (base, target, a1, a2), strict=True):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 6, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, r, 1, "※利用者数は平成29年度から万人単位で集計している。", size=8)
    _text(ws, r + 1, 1, "※拠点施設の整備費 48,600千円（地方創生拠点整備交付金）。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "matsuyama_chiikisaisei_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 与那原町 (沖縄県): 沖縄振興特別推進市町村交付金事業成果一覧 — 指標と値が一つのセル、◎○△未繰の凡例
# --------------------------------------------------------------------------------------------

# Real (沖縄県's 成果一覧 of the 市町村 交付金, and 与那原町創生総合戦略 アクションプラン): the title words,
# the columns 事業番号 / 事業名 / 計画期間 / 事業内容 / H28成果目標（指標） / H28成果実績（指標） / 総合評価,
# the legend. Made up: every 事業, every figure and every mark.
YONA_ROWS = [
    (
        "1-①",
        "与那原大綱曳PR事業",
        "H24～H28",
        "県内外への情報発信により、与那原大綱曳の来場者の増加を図る。",
        "・大綱曳観客数　3万人",
        "・大綱曳観客数　3.2万人",
        "◎",
    ),
    (
        "1-②",
        "観光案内所運営事業",
        "H26～H28",
        "観光案内所を運営し、来訪者への観光情報の提供を行う。",
        "・案内所利用者数　12,000人",
        "・案内所利用者数　10,480人",
        "○",
    ),
    (
        "1-③",
        "町内特産品開発支援事業",
        "H27～H29",
        "町内事業者による特産品の開発を支援する。",
        "・新商品開発数　5品目",
        "・新商品開発数　3品目",
        "△",
    ),
    (
        "2-①",
        "東浜地区防犯灯設置事業",
        "H28",
        "東浜地区の通学路に防犯灯を設置する。",
        "・防犯灯設置数　40基",
        "・防犯灯設置数　―",
        "繰",
    ),
]


def yonabaru_html() -> str:
    body = "\n".join(
        f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{span}</td><td>{what}</td><td>{t}</td><td>{a}</td><td class="c">{mark}</td></tr>'
        for no, name, span, what, t, a, mark in YONA_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成28年度沖縄振興特別推進市町村交付金事業成果一覧（与那原町）</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>平成28年度沖縄振興特別推進市町村交付金事業成果一覧</h1>
<p>市町村名：与那原町　（平成29年8月公表）</p>
<p class="note">【凡例】「達成」・・・「◎」　「概ね達成」・・・「○」　「一部達成」・・・「△」　「未達成」・・・「未」　「繰越」・・・「繰」　「廃止（中止）」・・・「−」</p>
<table>
<tr><th>事業<br>番号</th><th>事業名</th><th>計画<br>期間</th><th>事業内容</th><th>H28成果目標（指標）</th><th>H28成果実績（指標）</th><th>総合<br>評価</th></tr>
{body}
</table>
<p class="note">※2-①は入札不調により平成29年度へ繰越。</p>
<p>問い合わせ先：与那原町 企画観光課</p>
</body>
</html>
"""


def yonabaru() -> Path:
    path = HERE / "yonabaru_kofukin_seika_h28.html"
    path.write_bytes(yonabaru_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (minamichita, yabu, matsuyama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yonabaru().name}")


if __name__ == "__main__":
    main()
