"""Build the documents of forms419/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/otari_jimujigyo_hyoka_r5.xlsx`` and its PDF, a 事務事業評価シート in the manner of 小谷村 (長野県北安曇郡):
  portrait, each indicator on a 目標 row and an 実績 row, a 区分 cell merged down over the 活動指標 and the 成果指標,
  ``同左`` targets, ``千人`` in the 単位 column, a note row inside the grid that makes one actual a 見込 value;
* ``source/minano_suchi_mokuhyo_r6.xlsx`` and its PDF, a 総合戦略 数値目標 final check in the manner of 皆野町
  (埼玉県秩父郡): landscape, Western ``2020年度`` heads beside a 和暦 baseline head, ``△`` both as a minus sign in the
  values and as a grade in the 評価 column, a ``基準値比`` column of differences;
* ``chonan_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 長南町 (千葉県長生郡): a two-row
  ``<thead>``, no 単位 column, a 備考 column that gives one row its unit (``t``), one row its scale (``千円``) and one
  row calendar years (``暦年``);
* ``source/kaisei_shisaku_hyoka_r6.xlsx`` and its PDF, a 総合計画 施策評価シート (最終評価) in the manner of 開成町
  (神奈川県足柄上郡): landscape, a money table and the 成果指標 table on one sheet, heads in three notations
  (``H28``, ``2020年度``, ``R6``), ``万人`` values, ``中止`` cells and a printed 達成状況.

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
FIXED = dt.datetime(2026, 12, 9, 0, 0, 0)
STAMP = (2026, 12, 9, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms419/build.py"
    wb.properties.lastModifiedBy = "forms419/build.py"
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


def _field(ws, row, label, value, last_col, height=None, label_cols=2):
    _span(ws, row, 1, label_cols, label, header=True)
    cell = _span(ws, row, label_cols + 1, last_col, value)
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
                    rb"\g<1>2026-12-09T00:00:00Z\g<2>",
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
    with tempfile.TemporaryDirectory(prefix="forms419_soffice_") as tmp:
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
# 小谷村 (長野県北安曇郡): 事務事業評価シート（令和5年度実施分）
# Real: the 地域再生計画's name, the 3 ski areas and their names, 11 温泉 (小谷温泉・姫川温泉), 人口3,000人規模.
# Made up: the 事業, the 課, the period, the KPIs and every value.
# --------------------------------------------------------------------------------------------

OTARI_YEARS = ["令和３年度", "令和４年度", "令和５年度", "令和６年度"]
OTARI_ROWS = [
    # 区分, label, name, unit, targets, actuals
    (
        "活動指標",
        "①",
        "シャトルバス運行便数",
        "便",
        [1800, "同左", "同左", 2000],
        [1652, 1874, 1910, ""],
    ),
    (
        "活動指標",
        "②",
        "多言語案内（パンフレット・サイン）の作成数",
        "種類",
        [3, 5, 7, 8],
        [3, 4, 7, ""],
    ),
    (
        "成果指標",
        "③",
        "シャトルバス利用者数",
        "千人",
        [42.0, 45.0, 48.0, 50.0],
        [38.6, 44.1, "46.3※", ""],
    ),
    (
        "成果指標",
        "④",
        "利用者アンケートの満足度（「満足」「やや満足」の割合）",
        "％",
        [80.0, 80.0, 85.0, 85.0],
        ["―", 82.4, 86.1, ""],
    ),
]


def otari() -> Path:
    wb, ws = _sheet("評価シート", [8, 4, 30, 7, 7, 11, 11, 11, 11])
    last = 9
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施分）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年8月　小谷村", align="right")
    _field(ws, 4, "事務事業名", "二次交通（スキー場・温泉地シャトル）運行事業", last)
    _field(ws, 5, "担当課", "観光地域づくり課", last)
    _field(ws, 6, "上位計画", "第2期小谷村まち・ひと・しごと創生推進計画（地域再生計画）", last)
    _field(ws, 7, "事業期間", "令和3年度～令和6年度（4年間）", last)
    _field(
        ws,
        8,
        "事業の概要",
        "村内の3スキー場（栂池高原・白馬乗鞍温泉・白馬コルチナ）と、小谷温泉・姫川温泉をはじめとする11の温泉を結ぶシャトルバスを運行する。"
        "令和5年度は冬季112日間、車両4台で運行し、1日最大18便とした。人口3,000人規模の村で、観光客と村民の双方が使える足を確保する。",
        last,
        height=48,
    )
    _text(ws, 10, 1, "２　活動指標・成果指標", bold=True, size=11)
    r = 11
    _put(ws, r, 1, "区分", header=True)
    _span(ws, r, 2, 3, "指標名", header=True)
    _put(ws, r, 4, "単位", header=True)
    _put(ws, r, 5, "", header=True)
    for i, y in enumerate(OTARI_YEARS):
        _put(ws, r, 6 + i, y, header=True)
    r += 1
    starts = {}
    for kubun, label, name, unit, targets, actuals in OTARI_ROWS:
        starts.setdefault(kubun, r)
        _put(ws, r, 2, label, align="center")
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        _down(ws, r, r + 1, 3, name)
        _down(ws, r, r + 1, 4, unit, align="center")
        _put(ws, r, 5, "目標", align="center")
        _put(ws, r + 1, 5, "実績", align="center")
        for i, v in enumerate(targets):
            _put(ws, r, 6 + i, v, align="center" if v == "同左" else None)
        for i, v in enumerate(actuals):
            _put(ws, r + 1, 6 + i, v, align="right" if isinstance(v, str) and v else None)
        ws.row_dimensions[r].height = 16
        ws.row_dimensions[r + 1].height = 16
        r += 2
        if label == "③":
            cell = _span(
                ws,
                r,
                2,
                last,
                "※③の令和5年度実績は令和6年3月末時点の見込値です（確定値は令和6年6月に公表）。令和6年2月の大雪による運休9日間を含みます。",
                size=8,
            )
            cell.fill = LIGHT
            r += 1
    _down(ws, starts["活動指標"], starts["成果指標"] - 1, 1, "活動指標", align="center")
    _down(ws, starts["成果指標"], r - 1, 1, "成果指標", align="center")
    r += 1
    _text(
        ws,
        r,
        1,
        "※④の令和3年度はアンケート未実施のため「―」としています。目標・実績とも年度ごとの値（累計ではありません）。",
        size=8,
    )
    r += 2
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _field(
        ws,
        r,
        "総合評価",
        "B　概ね順調（利用者数は増加傾向。令和6年度は運行便数を2,000便に増便予定）",
        last,
    )
    r += 1
    _field(ws, r, "今後の方向性", "拡充（令和7年度以降は村営バスとの統合を検討）", last)
    _page(ws, "portrait", f"A1:I{r}")
    path = SOURCE / "otari_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 皆野町 (埼玉県秩父郡): 第2期皆野町まち・ひと・しごと創生総合戦略 基本目標（数値目標）の最終検証
# Real: the strategy's name, its period (2020～2024年度), its four 基本目標 and the 推進委員会's name.
# Made up: the 課, the 数値目標 and every value, the legend.
# --------------------------------------------------------------------------------------------

MINANO_ROWS = [
    # 基本目標, 数値目標, 単位, 基準値, actuals 2020..2024, target, 基準値比, 評価
    (
        "１　皆野暮らしを実現できるまち（定住・移住の促進）",
        "社会増減数（転入者数－転出者数）",
        "人",
        "△48",
        ["△41", "△35", "△52", "△29", "△22"],
        "±0",
        "＋26",
        "△",
    ),
    (
        "２　理想の子ども数をかなえるまち（出産・子育て支援）",
        "年間出生数",
        "人",
        42,
        [38, 35, 31, 33, 30],
        45,
        "△12",
        "△",
    ),
    (
        "３　みんなが活躍するまち（経済の活性化）",
        "町内事業所の従業者数",
        "人",
        3120,
        [3080, 3150, 3210, 3190, 3240],
        3200,
        "＋120",
        "◎",
    ),
    (
        "４　人がつながるまち（関係人口の創出）",
        "観光入込客数",
        "万人",
        76.2,
        [41.5, 52.8, 68.0, 74.9, 79.3],
        80.0,
        "＋3.1",
        "○",
    ),
]


def minano() -> Path:
    wb, ws = _sheet("数値目標", [26, 24, 6, 10, 9, 9, 9, 9, 9, 11, 9, 7])
    last = 12
    _text(
        ws,
        1,
        1,
        "第２期皆野町まち・ひと・しごと創生総合戦略　基本目標（数値目標）の最終検証",
        bold=True,
        size=14,
    )
    _text(
        ws, 2, 12, "令和7年8月　皆野町まち・ひと・しごと創生総合戦略推進委員会 資料2", align="right"
    )
    _field(
        ws, 4, "計画期間", "2020年（令和2年）度～2024年（令和6年）度（5年間）", last, label_cols=1
    )
    _field(ws, 5, "担当課", "企画財政課", last, label_cols=1)
    _field(
        ws,
        6,
        "検証の概要",
        "計画期間の最終年度である2024年度の実績により、4つの基本目標ごとに設定した数値目標の達成状況を検証した。"
        "推進委員会（委員15名）による審議を2回（令和7年7月・8月）行い、第3期戦略（2025年度～2029年度）の策定に反映する。",
        last,
        height=34,
        label_cols=1,
    )
    _text(ws, 8, 1, "■基本目標ごとの数値目標", bold=True, size=11)
    r = 9
    for c, h in ((1, "基本目標"), (2, "数値目標"), (3, "単位"), (4, "基準値\n（H30）")):
        _down(ws, r, r + 1, c, h, header=True)
    _span(ws, r, 5, 9, "実績値", header=True)
    for c, y in zip(range(5, 10), range(2020, 2025)):
        _put(ws, r + 1, c, f"{y}年度", header=True)
    _down(ws, r, r + 1, 10, "目標値\n（2024年度）", header=True)
    _down(ws, r, r + 1, 11, "基準値比", header=True)
    _down(ws, r, r + 1, 12, "評価", header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for goal, name, unit, base, actuals, target, diff, grade in MINANO_ROWS:
        _put(ws, r, 1, goal)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        for i, v in enumerate(actuals):
            _put(ws, r, 5 + i, v, align="right")
        _put(ws, r, 10, target, align="right")
        _put(ws, r, 11, diff, align="right")
        _put(ws, r, 12, grade, align="center", size=11)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    _text(
        ws,
        r,
        1,
        "【評価】◎：目標を達成　○：目標値の90％以上　△：目標値の90％未満　　※実績値・基準値の「△」はマイナスを表す。",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "※基準値比は2024年度実績値と基準値の差。観光入込客数は埼玉県観光入込客統計調査（年度集計）による。",
        size=8,
    )
    _page(ws, "landscape", f"A1:L{r + 1}")
    path = SOURCE / "minano_suchi_mokuhyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長南町 (千葉県長生郡): 第5次長南町総合計画 前期基本計画 成果指標の進捗状況（令和5年度）
# Real: the plan's name and period (令和3年度～令和12年度), 企画財政課, 65.51km², 6,693人 (2024-01-01 推計),
# 6つの基本方針, 笠森寺観音堂, 米・蓮根, 熊野の清水. Made up: the 基本方針's wording, 施策, indicators, values.
# --------------------------------------------------------------------------------------------

CHONAN_ROWS = [
    # 施策 (or None: same as above), rowspan, name, 策定時, R3, R4, R5, R5目標, R7目標, 備考
    ("3-1　農業の振興", 2, "新規就農者数（人）", "2", "1", "3", "2", "2", "2", "単年度の人数"),
    (
        None,
        0,
        "蓮根の出荷量",
        "38.5",
        "36.2",
        "40.1",
        "41.0",
        "42.0",
        "45.0",
        "単位はｔ。農協出荷分のみ",
    ),
    (
        "3-2　観光・交流の振興",
        2,
        "笠森観音の参拝者数（人）",
        "約62,000",
        "48,300",
        "55,900",
        "58,100",
        "60,000",
        "65,000",
        "暦年（1月～12月）の値",
    ),
    (
        None,
        0,
        "農産物直売所の販売額",
        "52,300",
        "49,800",
        "53,600",
        "55,020",
        "55,000",
        "60,000",
        "金額は千円単位",
    ),
    (
        "3-3　商工業の振興",
        1,
        "町内での創業件数（件）",
        "1",
        "2",
        "0",
        "3",
        "2",
        "3",
        "商工会の創業支援を受けた件数",
    ),
]


def chonan_html() -> str:
    rows = []
    for shisaku, span, name, base, a3, a4, a5, t5, t7, note in CHONAN_ROWS:
        cells = []
        if shisaku is not None:
            rs = f' rowspan="{span}"' if span > 1 else ""
            cells.append(f'<th scope="row"{rs}>{shisaku}</th>')
        cells.append(f"<td>{name}</td>")
        cells += [f'<td class="num">{v}</td>' for v in (base, a3, a4, a5, t5, t7)]
        cells.append(f"<td>{note}</td>")
        rows.append("      <tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次長南町総合計画 成果指標の進捗状況（令和5年度） - 長南町</title>
<style>
  body {{ font-family: "Noto Sans CJK JP", sans-serif; }}
  table {{ border-collapse: collapse; }}
  th, td {{ border: 1px solid #666; padding: 4px 6px; }}
  thead th {{ background: #e8e8e8; }}
  td.num {{ text-align: right; }}
</style>
</head>
<body>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/chosei/">町政情報</a> &gt; <a href="/chosei/keikaku/">計画・施策</a> &gt; <a href="/chosei/keikaku/sogo/">総合計画</a> &gt; 成果指標の進捗状況（令和5年度）</nav>
<main>
<h1>第5次長南町総合計画　成果指標の進捗状況（令和5年度）</h1>
<p class="date">更新日：2024年11月20日　担当：企画財政課　企画政策係</p>
<p>長南町では、令和3年度から令和12年度までの10年間を計画期間とする「第5次長南町総合計画」に基づき、6つの基本方針によりまちづくりを進めています。
面積65.51km²、人口6,693人（令和6年1月1日推計）の本町では、前期基本計画（令和3年度～令和7年度）の成果指標について毎年度進捗を確認し、町ホームページで公表しています。
このページでは、基本方針３の令和5年度の状況を掲載します（他の基本方針は各ページをご覧ください）。</p>
<h2>基本方針３　活力ある産業のまちづくり</h2>
<table>
  <thead>
    <tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">策定時<br>（R元年度）</th><th colspan="3">実績値</th><th colspan="2">目標値</th><th rowspan="2">備考</th></tr>
    <tr><th>R3年度</th><th>R4年度</th><th>R5年度</th><th>R5年度</th><th>R7年度</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p>※笠森観音（笠森寺観音堂）は国指定重要文化財です。蓮根・米は本町の特産品です。</p>
<p>※名水百選「熊野の清水」周辺の整備は基本方針５（生活環境）で扱います。</p>
<p class="contact">お問い合わせ：長南町役場 企画財政課 企画政策係　電話：0475-46-2111（代表）</p>
</main>
</body>
</html>
"""


def chonan() -> Path:
    path = HERE / "chonan_seika_shihyo_r5.html"
    path.write_text(chonan_html(), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# 開成町 (神奈川県足柄上郡): 第五次開成町総合計画 施策評価シート（最終評価）
# Real: the plan's name, its period (平成25年度から12年間), 企画政策課, 6.55km², 18,743人 (令和6年10月1日),
# 年少人口割合14.8%（令和2年国勢調査）, あじさい祭, あしがり郷瀬戸屋敷. Made up: 政策, 施策, 主管課, money, KPIs, values.
# --------------------------------------------------------------------------------------------

KAISEI_MONEY = [
    ("あじさいの里づくり事業", [3120, 2980, 4410, 5260, 5530]),
    ("瀬戸屋敷活用事業", [8740, 9120, 9480, 10250, 10600]),
    ("観光案内・情報発信事業", [1530, 1610, 2200, 2350, 2410]),
]
KAISEI_ROWS = [
    # No., name, unit, base H28, actuals 2020..2024, target R6, 達成状況
    ("1", "町全体の観光入込客数", "万人", 42.6, [18.9, 22.4, 35.0, 44.8, 47.2], 50.0, "未達成"),
    ("2", "あじさい祭の来場者数", "万人", 12.0, ["中止", "中止", 8.5, 11.6, 13.1], 13.0, "達成"),
    (
        "3",
        "あしがり郷瀬戸屋敷の入館者数",
        "人",
        21540,
        [6210, 9870, 15300, 19880, 20410],
        25000,
        "未達成",
    ),
    ("4", "観光ボランティアガイドの案内件数", "件", 48, [12, 20, 41, 57, 63], 60, "達成"),
]


def kaisei() -> Path:
    wb, ws = _sheet("施策評価", [6, 30, 7, 10, 10, 10, 10, 10, 10, 11, 10])
    last = 11
    _text(ws, 1, 1, "第五次開成町総合計画　施策評価シート（最終評価）", bold=True, size=14)
    _text(ws, 2, 11, "令和7年6月　開成町企画政策課", align="right")
    _field(ws, 4, "政策", "５　活力とにぎわいのあるまち", last)
    _field(ws, 5, "施策", "5-2　観光の振興", last)
    _field(ws, 6, "主管課", "産業振興課", last)
    _field(
        ws,
        7,
        "計画期間",
        "平成25年度～令和6年度（12年間）　※後期基本計画は平成31年度～令和6年度",
        last,
    )
    _field(
        ws,
        8,
        "町の概況",
        "総面積6.55km²と東日本でいちばん面積が小さな町であるが、人口は18,743人（令和6年10月1日現在）と増加を続け、年少人口割合は14.8%（令和2年国勢調査）で県内一高い。"
        "6月のあじさい祭と、約1,800坪の屋敷を公開するあしがり郷瀬戸屋敷が観光の柱である。",
        last,
        height=34,
    )
    _text(ws, 10, 1, "１　主な事務事業と決算額（単位：千円）", bold=True, size=11)
    r = 11
    _put(ws, r, 1, "No.", header=True)
    _span(ws, r, 2, 3, "事務事業名", header=True)
    for i, y in enumerate(["R2", "R3", "R4", "R5", "R6"]):
        _put(ws, r, 4 + i, y, header=True)
    _span(ws, r, 9, last, "備考", header=True)
    r += 1
    for i, (name, money) in enumerate(KAISEI_MONEY, start=1):
        _put(ws, r, 1, i, align="center")
        _span(ws, r, 2, 3, name)
        for j, v in enumerate(money):
            _put(ws, r, 4 + j, v)
        _span(ws, r, 9, last, "R2・R3はあじさい祭中止" if i == 1 else "")
        r += 1
    _put(ws, r, 1, "")
    _span(ws, r, 2, 3, "合計", align="center")
    for j in range(5):
        _put(ws, r, 4 + j, sum(m[1][j] for m in KAISEI_MONEY), bold=True)
    _span(ws, r, 9, last, "")
    r += 2
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=11)
    r += 1
    for c, h in ((1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（H28）")):
        _down(ws, r, r + 1, c, h, header=True)
    _span(ws, r, 5, 9, "実績値", header=True)
    for i, y in enumerate(range(2020, 2025)):
        _put(ws, r + 1, 5 + i, f"{y}年度", header=True)
    _down(ws, r, r + 1, 10, "目標値\n（R6）", header=True)
    _down(ws, r, r + 1, 11, "達成状況", header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for no, name, unit, base, actuals, target, status in KAISEI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        for i, v in enumerate(actuals):
            _put(ws, r, 5 + i, v, align="center" if v == "中止" else None)
        _put(ws, r, 10, target)
        _put(ws, r, 11, status, align="center")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(
        ws,
        r,
        1,
        "※No.2のあじさい祭は、2020年度・2021年度は新型コロナウイルス感染症の影響により中止した。",
        size=8,
    )
    _text(ws, r + 1, 1, "※達成状況は2024年度（令和6年度）の実績値と目標値を比べたもの。", size=8)
    _page(ws, "landscape", f"A1:K{r + 1}")
    path = SOURCE / "kaisei_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (otari, minano, kaisei):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {chonan().name}")


if __name__ == "__main__":
    main()
