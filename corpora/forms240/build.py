"""Build the built documents of forms240/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tonosho_koka_kensho_r5.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 東庄町
  (千葉県), portrait: bordered form fields, **a ``根拠法令`` field citing the law with its number and
  article (``地域再生法（平成17年法律第24号）第5条第4項第1号``)**, **a ``実施体制`` field counting the
  staff**, a population field of real figures; a KPI grid **whose baseline is headed ``スタート値（R2）``**
  and **whose status column is headed ``達成の可否`` and holds the words ``可`` / ``否``**, read through a
  legend line; a ``―（制度開始前）`` baseline, a ``0`` actual; and the PDF;
* ``yugawara_kpi_kensho_r5.html``, a 総合戦略プラン KPI page in the manner of 湯河原町 (神奈川県):
  **each ``<h2>`` is only an image, the 基本目標 standing in its ``alt`` text**, two tables whose
  actuals are headed **``実測値``** over ``R3 | R4 | R5`` beside **``最終年度目標<br>（R6）``**,
  ``<th colspan>`` 施策 rows, a closing 関連事業費 row, ``40以上``, ``延べ`` in every cell of a row,
  ``千人``, ``―（開設前）``, A/B/C grades with their legend, a lead of real figures;
* ``source/ikusaka_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗管理表 in the manner of 生坂村 (長野県),
  landscape: form fields (計画期間, 村の概況, **a staff field ``推進体制``**); a KPI grid **headed
  ``前年度実績（R4）`` and ``直近実績（R5）``** with **a derived ``到達度`` column** (its formula in a note),
  ``組``, ``百万円``, ``千人``, a baseline ``68.2（7月～3月）``; under it **a roster grid of the
  新規就農者研修制度's intake by 研修開始年度 (組数, 人数, 村内就農, 研修中), closed by a ``合計`` row whose
  ``25`` repeats KPI No.1's R5 figure**; and the PDF;
* ``source/miho_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 美浦村 (茨城県),
  landscape: form fields in two pairs of columns, **a ``村民1人当たりコスト`` field worked out on the
  sheet's face (``62,480千円÷15,870人＝約3,937円``)**, **a ``成果向上余地`` check field (``□大　■中　□小``)**,
  a count of the sheet's own grades; a grid of shaded ``基本事業①`` / ``基本事業②`` rows **over indicators
  labelled ``①-1``, ``①-2``, ``②-1``, ``②-2``**, ``R5`` spanning ``目標 | 実績``, a ``―（中止）`` actual,
  A/B/C grades with their legend; and the PDF.

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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms240/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms240/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms240_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmt=None) -> None:
    for j, v in enumerate(vals):
        _put(ws, r, c0 + j, v, align="right" if isinstance(v, (int, float)) else "center", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 東庄町 (千葉県香取郡): 地方創生推進交付金事業 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (東庄町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/1753): the plan's name, the
# population 14,754人 (H27.4.1, 住民基本台帳) and 13,580人 (R3.4), R2 出生53人・死亡232人・自然減179人;
# 利根川 and 黒部川. 地域再生法 is 平成17年法律第24号 (its 第5条第4項第1号 is the 推進交付金's article).
# Made up: the 事業, 課, money, staff, every KPI, figure, grade and note.
TN_ROWS = [
    ("①利根川・黒部川の水辺イベント参加者数", "人", 1240, 2310, 3080, 3460, 3500, "否"),
    ("②移住・定住相談件数", "件", 18, 26, 41, 52, 45, "可"),
    ("③空き家バンクを通じた移住世帯数（累計）", "世帯", "―（制度開始前）", 3, 7, 12, 12, "可"),
    ("④町外からの新規就農者数", "人", 2, 0, 3, 2, 4, "否"),
]


def tonosho() -> Path:
    wb, ws = _sheet("効果検証", [38, 7, 12, 9, 9, 9, 12, 9])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和5年度）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年8月　東庄町まちづくり課", align="right")
    fields = [
        ("地域再生計画の名称", "東庄町まち・ひと・しごと創生推進計画", 18),
        (
            "根拠法令",
            "地域再生法（平成17年法律第24号）第5条第4項第1号（地方創生推進交付金）",
            18,
        ),
        ("交付対象事業の名称", "利根川・黒部川の水辺を活かした交流・移住促進事業", 18),
        ("事業期間", "令和3年度～令和5年度（3か年）", 18),
        (
            "交付対象事業費（千円）",
            "38,400（R3 12,600／R4 13,200／R5 12,600）　うち交付金 19,200",
            18,
        ),
        (
            "実施体制",
            "まちづくり課 職員2人（兼務・計0.6人工）、地域おこし協力隊 2人、委託先 1団体（イベント運営）",
            18,
        ),
        (
            "町の人口",
            "14,754人（平成27年4月1日、住民基本台帳）から13,580人（令和3年4月）に減少。令和2年は出生53人、死亡232人で179人の自然減。",
            30,
        ),
    ]
    r = 4
    for label, value, height in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = r + 2
    for c, word in enumerate(
        [
            "重要業績評価指標（KPI）",
            "単位",
            "スタート値\n（R2）",
            "R3実績",
            "R4実績",
            "R5実績",
            "最終年度目標\n（R5）",
            "達成の可否",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *vals, verdict in TN_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _vals(ws, r, 3, vals)
        _put(ws, r, 8, verdict, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "達成の可否　可：R5実績が最終年度目標に達した　否：R5実績が最終年度目標に達していない",
            "※スタート値は交付金事業の開始前（令和2年度）の数値です。③は令和3年度に制度を開始したため「―」としています。",
            "※R5実績は令和6年3月31日現在。③は令和3年度からの累計です。",
            "※令和5年度の交付金充当額は6,300千円。水辺イベントは4回（延べ8日間）開催しました。",
            "※令和6年7月30日の東庄町総合戦略推進委員会（委員12人）で検証しました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tonosho_koka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 湯河原町 (神奈川県足柄下郡): 第2期湯河原町まち・ひと・しごと創生総合戦略プラン KPIの検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zaigenkakuho.com 第2期…総合戦略プラン; kanaloco.jp 2018-09-12): the plan's name, the two 基本目標,
# the 施策 names 起業支援・企業誘致の推進 / 地域産業の活性化 / 関係人口の創出・拡大, ゆがわら認定産品制度 and
# 体験型農業; the 宿泊客 68万694人 (2017, about 10万人 up), 日帰り客 262万7,816人 (2017), the 1990 peaks
# 133万4千人 and 713万人. Made up: the page, its date and 課, every KPI, figure, grade, money and note.
YG_TABLES = [
    (
        "kihon1",
        "基本目標1　湯河原町にしごとをつくり、町内で就労できるようにする",
        [
            (
                "（1）起業支援・企業誘致の推進",
                [
                    (
                        "1",
                        "創業支援セミナー受講者のうち町内で創業した件数（累計）",
                        "件",
                        "―",
                        "3",
                        "7",
                        "11",
                        "15",
                        "B",
                    ),
                    (
                        "2",
                        "サテライトオフィス・コワーキングスペースの利用者数",
                        "人",
                        "―",
                        "―（開設前）",
                        "412",
                        "1,046",
                        "1,000",
                        "A",
                    ),
                ],
            ),
            (
                "（2）地域産業の活性化",
                [("3", "ゆがわら認定産品の認定数", "品目", "24", "29", "33", "38", "40以上", "B")],
            ),
        ],
        "関連事業費（R5決算）",
        "18,420千円（うち地方創生推進交付金 6,200千円）",
    ),
    (
        "kihon2",
        "基本目標2　湯河原町への新しいひとの流れをつくる",
        [
            (
                "（1）関係人口の創出・拡大",
                [
                    (
                        "4",
                        "観光を目的とした宿泊客数",
                        "千人",
                        "712.4",
                        "398.6",
                        "566.2",
                        "748.9",
                        "730.0",
                        "A",
                    ),
                    (
                        "5",
                        "体験型農業（みかん狩り・梅の収穫体験）の参加者数",
                        "人",
                        "延べ1,820",
                        "延べ640",
                        "延べ1,310",
                        "延べ2,140",
                        "延べ2,500",
                        "B",
                    ),
                ],
            )
        ],
        "関連事業費（R5決算）",
        "31,760千円（うち地方創生推進交付金 9,800千円）",
    ),
]

YG_HEAD = """<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実測値</th><th rowspan="2">最終年度目標<br>（R6）</th><th rowspan="2">評価</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>"""


def yugawara_html() -> str:
    parts = []
    for key, goal, groups, money_label, money in YG_TABLES:
        rows = []
        for measure, inds in groups:
            rows.append(f'<tr><th colspan="9" class="sesaku">{measure}</th></tr>')
            for no, name, unit, *vals, grade in inds:
                rows.append(
                    f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>'
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + f'<td class="c"><strong>{grade}</strong></td></tr>'
                )
        rows.append(
            f'<tr class="cost"><th colspan="3">{money_label}</th><td colspan="6">{money}</td></tr>'
        )
        body = "\n".join(rows)
        parts.append(
            f'<h2><img src="/material/images/group/4/kpi_{key}.png" alt="{goal}" width="720" height="44"></h2>\n'
            f'<table class="kpi">\n{YG_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>'
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期湯河原町まち・ひと・しごと創生総合戦略プラン KPIの検証結果（令和5年度） - 湯河原町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
h2 {{ margin: 1em 0 0.3em; }}
h2 img {{ display: block; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.sesaku {{ text-align: left; background: #f2f2f2; }}
tr.cost th {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/chousei/">町政情報</a> &gt; <a href="/chousei/plan/">計画・施策</a> &gt; 総合戦略プラン</p>
<h1>第2期湯河原町まち・ひと・しごと創生総合戦略プラン　KPIの検証結果（令和5年度）</h1>
<p class="date">最終更新日：2024年9月13日　担当：企画課</p>
<p>町の基幹産業である観光は、観光を目的とした宿泊客が1990年の133万4千人をピークに減少し、2017年には大型リゾート宿泊施設の開業により68万694人と前年から約10万人増えました。日帰り客は1990年の713万人がピークで、2017年は262万7,816人にとどまっています。</p>
<p>第2期湯河原町まち・ひと・しごと創生総合戦略プランに掲げた重要業績評価指標（KPI）について、令和5年度の実績を湯河原町総合戦略推進会議（令和6年8月28日開催）で検証しました。</p>
{tables}
<p>評価　A：最終年度目標に既に達している　B：基準値より改善しているが、最終年度目標に達していない　C：基準値より改善していない</p>
<p>※実測値は各年度の数値です。No.4は神奈川県入込観光客調査の町内分を年度に組み替えたものです。</p>
<p>※No.5は延べ人数です。令和3年度は新型コロナウイルス感染症の影響により受入を縮小しました。</p>
<p>※No.1・No.2の基準値は、令和元年度に事業を実施していないため「―」とし、評価は令和3年度の実測値と比べています。</p>
</body>
</html>
"""


def yugawara() -> Path:
    path = HERE / "yugawara_kpi_kensho_r5.html"
    path.write_bytes(yugawara_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 生坂村 (長野県東筑摩郡): 生坂村まち・ひと・しごと創生総合戦略 KPI進捗管理表（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp 町村長随想 2019; worldtimes interview; the 村長's blog): born 昭和32年3月31日, 人口1,800人
# ほど, 巨峰 since 昭和60年代 (山清路巨峰), the イクサカラット brand (ナガノパープル・シャインマスカット・クイーン
# ルージュ), the 農業公社's 新規就農者研修制度 (平成10年度から, 3年, 20組以上), 道の駅いくさかの郷 (2019), 生坂
# 大好き隊 (地域おこし協力隊・集落支援員), 総務課 as the 地方創生 desk. Made up: the sheet, 基本目標, staff
# counts, every KPI, figure and note, and the roster's rows.
IK_ROWS = [
    ("1", "新規就農者研修制度を修了し村内で就農した者の数（累計）", "組", 20, 23, 25, 26, "83.3%"),
    (
        "2",
        "いくさかぶどう（イクサカラット）の販売額",
        "百万円",
        182.4,
        201.6,
        214.3,
        220.0,
        "84.8%",
    ),
    ("3", "道の駅いくさかの郷の来場者数", "千人", "68.2（7月～3月）", 101.5, 108.9, 110.0, "―"),
    (
        "4",
        "生坂大好き隊（地域おこし協力隊）の任期満了後の村内定住率",
        "％",
        50.0,
        60.0,
        66.7,
        70.0,
        "83.5%",
    ),
]

IK_ROSTER = [
    ("平成10年度～平成30年度", 22, 53, 21, 0, "巨峰、ナガノパープル"),
    ("令和元年度", 1, 3, 1, 0, "シャインマスカット"),
    ("令和2年度", 2, 5, 2, 0, "ナガノパープル、クイーンルージュ"),
    ("令和3年度", 1, 2, 1, 0, "シャインマスカット"),
    ("令和4年度", 1, 3, 0, 1, "クイーンルージュ"),
    ("令和5年度", 2, 4, 0, 2, "シャインマスカット、ナガノパープル"),
]


def ikusaka() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 44, 8, 13, 12, 12, 12, 14])
    _text(
        ws,
        1,
        1,
        "生坂村まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年7月　生坂村総務課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（第2期）", 18),
        (
            "村の概況",
            "昭和32年3月31日の町村合併で誕生した、人口1,800人ほどの村。昭和60年代からの巨峰産地づくりで「山清路巨峰」のブランドを確立し、現在はナガノパープル・シャインマスカット・クイーンルージュの「イクサカラット」のブランド化を進めている。",
            42,
        ),
        (
            "推進体制",
            "総務課 地方創生担当 2人、生坂大好き隊（地域おこし協力隊 5人・集落支援員 2人）、農業公社 研修指導員 3人",
            28,
        ),
    ]
    r = 4
    for label, value, height in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "基本目標１　ぶどうを核とした農業で、しごとと新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    h = r + 2
    for c, word in enumerate(
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（R元）",
            "前年度実績\n（R4）",
            "直近実績\n（R5）",
            "目標値\n（R6）",
            "到達度",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *vals, reach in IK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "#,##0" if isinstance(vals[1], int) else "#,##0.0"
        _vals(ws, r, 4, vals, fmt=fmt)
        if isinstance(vals[0], str):
            ws.cell(row=r, column=4).alignment = Alignment(horizontal="right", vertical="center")
        _put(ws, r, 8, reach, align="right" if reach != "―" else "center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※到達度＝（直近実績－基準値）÷（目標値－基準値）×100。No.3は基準値が開業年度の7か月分（7月～3月）のため算出していません。",
            "※No.4の直近実績は、令和5年度までに任期を満了した隊員6人のうち4人が村内に定住したものです。",
        ],
    )
    r += 3
    _text(
        ws,
        r,
        1,
        "（参考）新規就農者研修制度の受入状況（平成10年度～令和5年度）",
        bold=True,
        size=10,
    )
    r += 1
    _span(ws, r, 1, 2, "研修開始年度", header=True)
    for c, word in enumerate(
        ["受入組数", "受入人数\n（家族を含む）", "研修修了・\n村内就農（組）", "研修中\n（組）"],
        start=3,
    ):
        _put(ws, r, c, word, header=True)
    _span(ws, r, 7, 8, "主な栽培品目", header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    tot = [0, 0, 0, 0]
    for label, *nums, crops in IK_ROSTER:
        _span(ws, r, 1, 2, label)
        for j, n in enumerate(nums):
            _put(ws, r, 3 + j, n, align="right")
            tot[j] += n
        _span(ws, r, 7, 8, crops)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "合計", fill=LIGHT, bold=True, align="center")
    for j, n in enumerate(tot):
        _put(ws, r, 3 + j, n, align="right", fill=LIGHT, bold=True)
    _span(ws, r, 7, 8, "", fill=LIGHT)
    ws.row_dimensions[r].height = 18
    _notes(
        ws,
        r + 1,
        [
            "※研修期間は3年間。受入人数は研修生の家族を含みます。研修中の組は令和6年度以降に修了予定です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ikusaka_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 美浦村 (茨城県稲敷郡): 美浦村総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp 町村長随想 2018; furusato.wowma.jp): 人口1万5,800人ほど (村として全国7位), 霞ケ浦 (全国
# 第2位の湖), JRA美浦トレーニング・センター (昭和53年開場), 陸平貝塚 (平成10年 国史跡, 平成16年 文化財セン
# ター, 平成20年度からの住民参加の学術調査), 「人と自然が輝くまち」. Made up: the sheet, 施策, 課, money,
# the population of R6.4.1, every indicator, figure, grade and note.
MH_BLOCKS = [
    (
        "基本事業①　陸平貝塚の保存と活用",
        [
            (
                "①-1",
                "陸平貝塚公園・文化財センターの来館者数",
                "人",
                8420,
                9850,
                10000,
                10312,
                12000,
                "A",
            ),
            (
                "①-2",
                "住民参加による学術調査・発掘体験の参加者数（延べ）",
                "人",
                312,
                268,
                350,
                262,
                400,
                "C",
            ),
        ],
    ),
    (
        "基本事業②　霞ケ浦と競走馬の里を活かした交流",
        [
            (
                "②-1",
                "トレーニング・センター見学ツアーの参加者数",
                "人",
                640,
                "―（中止）",
                700,
                684,
                800,
                "B",
            ),
            ("②-2", "霞ケ浦湖岸の体験イベント参加者数", "人", 1150, 1380, 1500, 1562, 1700, "A"),
        ],
    ),
]


def miho() -> Path:
    wb, ws = _sheet("施策評価", [7, 40, 7, 11, 10, 10, 10, 13, 11])
    _text(ws, 1, 1, "美浦村総合計画　施策評価シート（令和5年度）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年8月　美浦村", align="right")
    pairs = [
        ("施策番号", "4-2", "主管課", "生涯学習課"),
        ("施策名", "歴史・文化と自然を活かした交流の推進", "関係課", "企画財政課、経済課"),
        (
            "施策の総コスト（R5決算・千円）",
            "62,480（事業費 48,230＋人件費 14,250）",
            "村民1人当たりコスト",
            "62,480千円÷15,870人＝約3,937円",
        ),
        ("成果向上余地", "□大　■中　□小", "成果指標の評価（R5）", "A 2件／B 1件／C 1件"),
    ]
    r = 4
    for l1, v1, l2, v2 in pairs:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 2, "村の概況", header=True)
    _span(
        ws,
        r,
        3,
        9,
        "人口は1万5,800人ほどで、村としては全国7位。霞ケ浦（全国第2位の湖）に面し、昭和53年にJRA美浦トレーニング・センターが開場した。陸平貝塚は平成10年に国史跡に指定され、平成16年に文化財センターが建設された。",
        align="left",
    )
    ws.row_dimensions[r].height = 30
    r += 2
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (5, "R4実績"),
            (8, "目標値\n（R7）"),
            (9, "評価"),
        ],
        [(6, 7, "R5", ["目標", "実績"])],
    )
    r = h + 2
    for theme, inds in MH_BLOCKS:
        _span(ws, r, 1, 9, theme, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, *vals, grade in inds:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 9, grade, align="center", bold=True)
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r,
        [
            "評価　A：R5目標値を達成　B：R5目標値の80％以上　C：R5目標値の80％未満",
            "※①-2は延べ人数。令和5年度は発掘調査を9日間実施しました。",
            "※②-1の令和4年度は、見学ツアーを中止したため「―」としています。",
            "※村民1人当たりコストの人口は、令和6年4月1日現在の住民基本台帳人口です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "miho_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tonosho, ikusaka, miho):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yugawara().name}")


if __name__ == "__main__":
    main()
