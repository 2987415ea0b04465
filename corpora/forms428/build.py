"""Build the documents of forms428/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``hekinan_suishin_kpi_r5.xlsx`` (a workbook left as it is), a 地域再生計画 KPI検証シート in the manner of
  碧南市 (愛知県): form rows, a KPI grid ``No. | KPI | 単位 | 基準値（R2） | R3実績 | R4実績 | R5実績 |
  目標値（R5） | 達成状況`` with **a merged note row inside the grid** that explains a ``延べ`` cell, a
  ``▲`` baseline, a ``千人`` 単位 and a ``（速報値）`` word in a value cell;
* ``nabari_shinjidai_kpi_r6.html``, a 総合計画 KPI page in the manner of 名張市 (三重県): a two-row
  ``<thead>`` whose second year group is headed **``６年度`` without its era**, a 単位 cell shared by two
  rows (``rowspan``), full-width digits and a blank cell explained by a note;
* ``source/higashiomi_jimujigyo_hyoka_r5.xlsx`` and its PDF, a 事務事業評価シート in the manner of
  東近江市 (滋賀県): 活動指標 and 成果指標 rows in one grid with **a ``達成率`` column of percentages
  that are no values of the indicators**, and a ``千部`` 単位;
* ``source/gojo_senryaku_suchi_r5.xlsx`` and its PDF, a 総合戦略 検証シート in the manner of 五條市
  (奈良県): **two tables on one sheet** (``■数値目標`` above ``■重要業績評価指標（KPI）``), ``△``
  values, a ``―`` 単位, a ``-`` cell and **a value cell with a bracketed breakdown**
  (``28（うちテクノパーク・なら12）``).

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
    wb.properties.creator = "forms428"
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
                    data.replace(b"forms428", b""),
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


# ---------------------------------------------------------------- 碧南 (XLSX document)
def hekinan(path: Path):
    wb, ws = new_sheet("KPI検証（R5）", [6, 40, 8, 12, 11, 11, 15, 12, 11], True)
    n = 9
    put(
        ws,
        1,
        1,
        "碧南市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）検証シート（令和５年度）",
        bold=True,
        size=14,
        border=False,
        span=n,
    )
    put(ws, 2, 1, "令和6年8月　碧南市", border=False, align="right", span=n)
    form(ws, 4, "地域再生計画の名称", "碧南市まち・ひと・しごと創生推進計画", n)
    form(ws, 5, "計画期間", "令和3年4月1日～令和8年3月31日", n)
    form(ws, 6, "担当課", "企画政策課", n)
    form(
        ws,
        7,
        "市の概要",
        "本市の人口は、2008年3月31日時点の74,092人をピークに減少に転じたが、2015年度以降は再び増加し、2021年4月30日時点で72,753人となっている。一方、2030年には68,938人まで減少すると推計されており、若い世代の定住と雇用の確保が課題である。",
        n,
        height=48,
    )
    put(ws, 9, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11, border=False, span=n)
    grid_row(
        ws,
        10,
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値（R2）",
            "R3実績",
            "R4実績",
            "R5実績",
            "目標値（R5）",
            "達成状況",
        ],
        fill=SHADE,
        bold=True,
    )
    for c in range(1, n + 1):
        ws.cell(row=10, column=c).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    rows = [
        [1, "市内事業所の新規雇用者数", "人", 180, 195, 210, 232, 220, "達成"],
        [2, "社会増減数（転入者数－転出者数）", "人", "▲120", "▲85", 46, 112, 0, "達成"],
    ]
    r = 11
    for v in rows:
        grid_row(ws, r, v, fmts={c: "#,##0" for c in range(4, 9)})
        r += 1
    put(
        ws,
        r,
        1,
        "※No.3は令和4年度から集計方法を変更（延べ人数→実人数）。基準値及びR3実績は延べ人数で、「延べ」と付記している。",
        fill=LIGHT,
        span=n,
    )
    r += 1
    rows = [
        [
            3,
            "地域子育て支援センターの利用者数",
            "人",
            "延べ5,100",
            "延べ4,820",
            2950,
            3120,
            3000,
            "達成",
        ],
        [
            4,
            "碧南海浜水族館・青少年海の科学館の入館者数",
            "千人",
            280,
            312,
            345,
            338,
            350,
            "未達成",
        ],
        [5, "ふるさと納税の寄附件数", "件", 1250, 3480, 6210, "8,460（速報値）", 8000, "達成"],
    ]
    for v in rows:
        grid_row(ws, r, v, fmts={c: "#,##0" for c in range(4, 9)})
        r += 1
    put(
        ws,
        r + 1,
        1,
        "※達成状況は、R5実績が目標値（R5）以上のものを「達成」としている。No.5のR5実績は令和6年5月末時点の速報値。",
        border=False,
        span=n,
    )
    for rr in range(10, r):
        ws.row_dimensions[rr].height = 30
    save_stable(wb, path)


# ---------------------------------------------------------------- 東近江 (PDF)
def higashiomi(path: Path):
    wb, ws = new_sheet("事務事業評価シート", [9, 30, 7, 10, 10, 10, 10, 10, 9], False)
    n = 9
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
    put(ws, 2, 1, "令和6年7月作成", border=False, span=n, align="right")
    put(ws, 3, 1, "１　事業の概要", bold=True, size=11, border=False, span=n)
    form(ws, 4, "事務事業名", "近江商人・ガリ版文化観光交流推進事業", n)
    form(ws, 5, "担当課", "観光物産課", n)
    form(
        ws,
        6,
        "総合計画の位置付け",
        "第2次東近江市総合計画後期基本計画　地域資源をいかした観光の振興",
        n,
        height=30,
    )
    form(ws, 7, "事業期間", "令和3年度～令和7年度", n)
    form(
        ws,
        8,
        "事業の内容",
        "本市は平成17年2月11日に1市4町が、平成18年1月1日に2町が合併して誕生した、面積388.37km²の市である。木地師発祥の地、ガリ版発祥の地として知られ、五個荘の近江商人屋敷群などの地域資源を活用し、年4回の企画展と体験講座を開催して交流人口の拡大を図る。",
        n,
        height=62,
    )
    put(ws, 10, 1, "２　指標の状況", bold=True, size=11, border=False, span=n)
    head = [
        "区分",
        "指標名",
        "単位",
        "R3年度実績",
        "R4年度実績",
        "R5年度目標",
        "R5年度実績",
        "R6年度目標",
        "達成率",
    ]
    grid_row(ws, 11, head, fill=SHADE, bold=True)
    for c in range(1, n + 1):
        ws.cell(row=11, column=c).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    rows = [
        ["活動指標", "ガリ版体験講座の開催回数", "回", 12, 18, 24, 24, 24, "100.0%"],
        [None, "観光パンフレットの配布部数", "千部", 25, 30, 35, 32, 35, "91.4%"],
        ["成果指標", "ガリ版伝承館の入館者数", "人", 2140, 2980, 3500, 3655, 3800, "104.4%"],
        [None, "五個荘近江商人屋敷の入館者数", "人", 18200, 24500, 30000, 27300, 30000, "91.0%"],
        [None, "観光ボランティアガイドの案内件数", "件", 95, 128, 150, 162, 160, "108.0%"],
    ]
    for i, v in enumerate(rows):
        grid_row(ws, 12 + i, v, fmts={c: "#,##0" for c in range(4, 9)})
        ws.row_dimensions[12 + i].height = 28
    ws.merge_cells("A12:A13")
    ws.merge_cells("A14:A16")
    for a in ("A12", "A14"):
        ws[a].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    put(
        ws,
        18,
        1,
        "※達成率＝R5年度実績÷R5年度目標×100（小数第2位を四捨五入）。",
        border=False,
        span=n,
    )
    put(ws, 20, 1, "３　評価", bold=True, size=11, border=False, span=n)
    form(ws, 21, "事業の評価", "B　概ね順調", n)
    form(ws, 22, "今後の方向性", "継続（企画展を年4回から年5回に拡充する）", n)
    save_stable(wb, path)


# ---------------------------------------------------------------- 五條 (PDF)
def gojo(path: Path):
    wb, ws = new_sheet("数値目標・KPI", [40, 8, 12, 10, 10, 10, 28, 12], True)
    n = 8
    put(
        ws,
        1,
        1,
        "五條市まち・ひと・しごと創生総合戦略　数値目標及び重要業績評価指標（KPI）の検証（令和５年度）",
        bold=True,
        size=14,
        border=False,
        span=n,
    )
    put(ws, 2, 1, "令和6年9月　五條市総合戦略推進会議　資料1", border=False, span=n, align="right")
    form(ws, 3, "戦略の名称", "五條市まち・ひと・しごと創生総合戦略（第2期）", n)
    form(ws, 4, "計画期間", "令和2年度～令和6年度（5年間）", n)
    form(ws, 5, "担当課", "企画政策課", n)
    form(
        ws,
        6,
        "市の概要",
        "平成17年9月に五條市、西吉野村、大塔村の1市2村が合併して現在の五條市となった。日本一の柿の産地であり、2万本の梅が咲く賀名生梅林や、30を超える企業が立地する工業団地「テクノパーク・なら」がある。",
        n,
        height=34,
    )

    def table(row, heading, items):
        put(ws, row, 1, heading, bold=True, size=11, border=False, span=n)
        put(ws, row + 1, 1, "項目", bold=True, fill=SHADE, align="center")
        put(ws, row + 1, 2, "単位", bold=True, fill=SHADE, align="center")
        put(ws, row + 1, 3, "基準値（H30）", bold=True, fill=SHADE, align="center")
        put(ws, row + 1, 4, "実績値", bold=True, fill=SHADE, align="center", span=4)
        put(ws, row + 1, 8, "目標値（R6）", bold=True, fill=SHADE, align="center")
        for c, t in zip(range(4, 8), ["R2", "R3", "R4", "R5"]):
            put(ws, row + 2, c, t, bold=True, fill=SHADE, align="center")
        for c in (1, 2, 3, 8):
            put(ws, row + 2, c, None, fill=SHADE)
            ws.merge_cells(start_row=row + 1, start_column=c, end_row=row + 2, end_column=c)
        r = row + 3
        for v in items:
            grid_row(ws, r, v, fmts={c: "#,##0" for c in range(3, 9)})
            ws.row_dimensions[r].height = 24
            r += 1
        return r

    r = table(
        8,
        "■数値目標",
        [
            [
                "社会増減数（転入者数－転出者数）",
                "人",
                "△215",
                "△190",
                "△176",
                "△160",
                "△148",
                "△100",
            ],
            ["合計特殊出生率", "―", 1.21, 1.18, 1.15, 1.19, 1.12, 1.35],
        ],
    )
    r = table(
        r + 1,
        "■重要業績評価指標（KPI）",
        [
            [
                "市内工業団地等の立地企業数",
                "社",
                24,
                25,
                26,
                27,
                "28（うちテクノパーク・なら12）",
                30,
            ],
            ["起業家支援施設「大野屋」を利用した創業者数", "人", 0, 2, 4, "-", 7, 10],
            ["ふるさと納税の寄附額", "千円", 52300, 88400, 131200, 158900, 201700, 150000],
        ],
    )
    put(
        ws,
        r + 1,
        1,
        "※R4の創業者数は施設改修による休館のため集計していない。合計特殊出生率は奈良県人口動態統計による。",
        border=False,
        span=n,
    )
    save_stable(wb, path)


# ---------------------------------------------------------------- 名張 (HTML)
NABARI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>なばり新時代戦略 重要業績評価指標（KPI）の進捗状況（令和６年度）｜名張市</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・戦略</a></li>
<li>なばり新時代戦略 KPIの進捗状況（令和６年度）</li>
</ol></nav>
<main>
<h1>なばり新時代戦略 重要業績評価指標（KPI）の進捗状況（令和６年度）</h1>
<p class="date">更新日：2025年9月10日　担当：総合企画政策室</p>
<p>名張市は三重県の西部、伊賀盆地の南部に位置し、面積は129.77km²です。1980年代から大規模な住宅地の造成が進み、2000年には人口が84,291人となりましたが、その後は減少に転じています。</p>
<p>総合計画「なばり新時代戦略」では、「産業が息吹くまち」「若者が定着するまち」「だれもが暮らしやすいまち」の3つを目標に掲げ、重要業績評価指標（KPI）により毎年度の進捗を確認しています。</p>
<h2>目標２　若者が定着するまち</h2>
<table border="1">
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和3年度）</th><th colspan="2">令和５年度</th><th colspan="2">６年度</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><th scope="row">転入者数</th><td rowspan="2">人</td><td>２，３１０</td><td>２，４００</td><td>２，４５５</td><td>２，４５０</td><td>２，３８８</td></tr>
<tr><th scope="row">赤目四十八滝を含む市内観光入込客数</th><td>９８０，０００</td><td>１，０５０，０００</td><td>１，１２３，０００</td><td>１，１００，０００</td><td>１，０７６，０００</td></tr>
<tr><th scope="row">新たに市内に立地した企業の数</th><td>件</td><td>２</td><td>３</td><td>３</td><td>３</td><td>－</td></tr>
<tr><th scope="row">「名張市に住み続けたい」と思う市民の割合</th><td>％</td><td>７８．２</td><td>８０．０</td><td>７９．１</td><td>８１．０</td><td></td></tr>
</tbody>
</table>
<p>※「名張市に住み続けたい」と思う市民の割合は、隔年で実施する市民意識調査によるため、６年度の実績はありません（次回は令和７年度に調査）。</p>
<p>※新たに市内に立地した企業の数の６年度実績は、立地協定の締結状況を確認中のため「－」としています。</p>
<p>お問い合わせ：名張市 総合企画政策室　電話：0595-63-7402</p>
</main>
</body>
</html>
"""


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
    hekinan(HERE / "hekinan_suishin_kpi_r5.xlsx")
    (HERE / "nabari_shinjidai_kpi_r6.html").write_text(NABARI, encoding="utf-8")
    sources = [
        SOURCE / "higashiomi_jimujigyo_hyoka_r5.xlsx",
        SOURCE / "gojo_senryaku_suchi_r5.xlsx",
    ]
    higashiomi(sources[0])
    gojo(sources[1])
    if not no_pdf:
        for s in sources:
            pdf(s, HERE)


if __name__ == "__main__":
    main()
