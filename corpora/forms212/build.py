"""Build the built documents of forms212/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/itako_shisaku_hyoka_r6.xlsx``, a 施策評価シート in the manner of 潮来市 (茨城県):
  form fields (施策, 主管課, 関係課, 施策の事業費, 総合計画, 施策の現状 with figures); a two-row
  grid whose ``令和5年度`` spans ``目標値 | 実績値 | 達成率 | ポイント``, **a ``ポイント`` column that
  turns each 達成率 into 1–7 points by the bands of a legend line, a shaded ``取組方針の達成状況``
  row with its own 1–3 points and a shaded ``合計ポイント`` row (``21／31``)**, then the
  ``施策の成果水準`` as a form field; **an ``SDGsターゲット`` column of target numbers with a decimal
  point or a letter (``8.9``, ``11.4``, ``12.b``, ``6.6``)**; ``千人`` with decimals,
  ``―（開設前）``, ``集計中``; and the PDF;
* ``hinohara_kpi_kensho_r6.html``, a 総合戦略 KPI page in the manner of 檜原村 (東京都): a lead
  full of figures, a ``<table class="outline">`` of form fields, one KPI table with a
  ``<th colspan>`` 基本目標 row opening each ``<tbody>``, ``実績値`` spanning ``R3 | R4 | R5``,
  **a ``年間目標`` column (a yearly level with no year of its own) beside ``最終目標（R6）``
  (``累計10``, ``累計50``)**, **an ``評価`` column of emoji faces (😊 / 😐 / 😟 / －) read through a
  legend that ties them to the 年間目標**, and a ``<tfoot>`` money row;
* ``source/yasuoka_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 泰阜村
  (長野県): form fields with **``事業類型 | 4（ソフト事業・任意）``, a code digit**; a grid
  whose 区分 runs ``対象指標`` → ``活動指標`` → ``成果指標`` → **``効率性指標`` (a ``千円/人`` cost per
  participant, better when lower, whose 達成率 the sheet takes as 目標÷実績)**, a shaded
  ``（参考）受入定員`` row between the 活動指標; a money grid below; and the PDF;
* ``source/tagami_seika_shihyo_h30.xlsx``, a 総合計画 成果指標 進捗表 in the manner of 田上町
  (新潟県): shaded 施策 heading rows across the name and value columns, **an ``評価`` column that
  holds the 施策's A/B/C grade on the heading rows and ○/× on the indicator rows, and a
  ``担当課`` column filled on the heading rows only**; ``H30`` spanning **``単年度目標`` | ``実績``**;
  ``千人``; and the PDF.

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
    wb.properties.creator = "forms212/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms212/build.py"
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
    indent=0,
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
            horizontal=align or "left",
            vertical=valign or "center",
            wrap_text=True,
            indent=indent,
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down over r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
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
    with tempfile.TemporaryDirectory(prefix="forms212_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


def _val(ws, r, c, v, fmt=None, fill=None):
    """A value cell: numbers right-aligned, words and dashes centred."""
    if v is None:
        return _put(ws, r, c, "", fill=fill)
    if isinstance(v, str):
        return _put(ws, r, c, v, align="center", fill=fill)
    return _put(ws, r, c, v, fmt=fmt or ("#,##0.0" if isinstance(v, float) else None), fill=fill)


# --------------------------------------------------------------------------------------------
# 潮来市 (茨城県): 令和6年度 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 潮来市第7次総合計画 (基本構想 2019–2028年度, 前期基本計画 2019–2023年度), its 将来都市像
# 暮らしを愉しみ市民が活躍する「水の郷」, 水郷潮来あやめまつり (since 昭和27年), あやめ園 約500種100万株,
# the city's visitors 約173万人 (2019) and 約60万人 (2020), 約21万人 during the 2022 festival,
# 津軽河岸あと広場 (completed 2019-05-25) and 水郷旧家磯山邸, 産業観光課 (2016). Made up: the sheet, its
# date, 施策 number, 関係課, the money, every indicator, figure, point, SDGs target and note.
# (No., name, unit, baseline H29, R3, R4, R5 target, R5 actual, 達成率, ポイント, SDGsターゲット)
IT_ROWS = [
    ("1", "観光入込客数", "千人", 1568.2, 712.4, 1082.0, 1700.0, 1236.5, "72.7%", 4, "8.9"),
    (
        "2",
        "水郷潮来あやめまつりの来園者数",
        "千人",
        812.0,
        96.0,
        210.0,
        600.0,
        248.0,
        "41.3%",
        1,
        "8.9、11.4",
    ),
    (
        "3",
        "津軽河岸あと広場・水郷旧家磯山邸の来館者数",
        "人",
        "―（開設前）",
        14208,
        18420,
        20000,
        21305,
        "106.5%",
        7,
        "11.4",
    ),
    ("4", "ろ舟・遊覧船の乗船者数", "人", 58300, 19870, 31250, 60000, "集計中", "―", "―", "6.6"),
    (
        "5",
        "観光客の満足度（「満足」「やや満足」の割合）",
        "％",
        71.5,
        74.0,
        76.8,
        80.0,
        81.2,
        "101.5%",
        7,
        "12.b",
    ),
]


def itako() -> Path:
    wb, ws = _sheet("施策評価", [8, 36, 6, 11, 9, 9, 9, 9, 8.5, 8, 11])
    _text(ws, 1, 1, "令和6年度　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 11, "令和6年8月　潮来市", align="right")
    _text(ws, 3, 1, "１　施策の概要", bold=True, size=11)
    pairs = [
        ("施策", "4-2　観光の振興", "主管課", "産業観光課"),
        (
            "関係課",
            "都市建設課、秘書広聴課",
            "施策の事業費（R5決算）",
            "128,460千円（構成事業 5事業）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in pairs:
        _span(ws, r, 1, 1, l1, header=True)
        _span(ws, r, 2, 3, v1, align="left")
        _span(ws, r, 4, 6, l2, header=True)
        _span(ws, r, 7, 11, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "総合計画", header=True)
    _span(
        ws,
        r,
        2,
        11,
        "潮来市第7次総合計画　前期基本計画（2019年度～2023年度）　将来都市像：暮らしを愉しみ市民が活躍する「水の郷」",
        align="left",
    )
    ws.row_dimensions[r].height = 20
    r += 1
    _put(ws, r, 1, "施策の現状", header=True)
    _span(
        ws,
        r,
        2,
        11,
        "昭和27年に始まった水郷潮来あやめまつりには、あやめ園の約500種100万株を目当てに多くの観光客が訪れる。市の観光客は2019年の約173万人から2020年には約60万人に落ち込み、"
        "2022年のあやめまつり期間中も約21万人にとどまった。2019年5月に竣工した津軽河岸あと広場と水郷旧家磯山邸を拠点に、通年型観光への転換を図っている。",
        align="left",
    )
    ws.row_dimensions[r].height = 34
    r += 2
    _text(ws, r, 1, "２　成果指標の状況", bold=True, size=11)
    r += 1
    _text(
        ws,
        r,
        1,
        "ポイント：R5実績の達成率により　100%以上＝7　90%以上＝6　80%以上＝5　70%以上＝4　60%以上＝3　50%以上＝2　50%未満＝1　／　取組方針：全て達成＝3　一部未達成＝2　全て未達成＝1",
        size=8,
    )
    h = r + 1
    for c, word in (
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "基準値\n（H29）"),
        (5, "R3実績"),
        (6, "R4実績"),
        (11, "SDGs\nターゲット"),
    ):
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 7, 10, "令和5年度", header=True)
    for j, w in enumerate(["目標値", "実績値", "達成率", "ポイント"]):
        _put(ws, h + 1, 7 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals, rate, pts, sdgs in IT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "#,##0.0" if isinstance(vals[-1], float) or unit == "千人" else None
        for j, v in enumerate(vals):
            _val(ws, r, 4 + j, v, fmt=fmt if not isinstance(v, str) else None)
        _put(ws, r, 9, rate, align="right" if rate != "―" else "center")
        _put(ws, r, 10, pts, align="center")
        _put(ws, r, 11, sdgs, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "取組方針の達成状況", fill=LIGHT, bold=True)
    _span(
        ws,
        r,
        3,
        9,
        "一部未達成（ろ舟乗船場の改修工事を令和6年度に繰越）",
        fill=LIGHT,
        align="left",
    )
    _put(ws, r, 10, 2, fill=LIGHT, align="center")
    _put(ws, r, 11, "", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    r += 1
    _span(
        ws,
        r,
        1,
        9,
        "合計ポイント（満点は評価できた指標数×7＋3）",
        fill=SHADE,
        bold=True,
        align="right",
    )
    _put(ws, r, 10, "21／31", fill=SHADE, align="center", bold=True)
    _put(ws, r, 11, "", fill=SHADE)
    ws.row_dimensions[r].height = 20
    r += 2
    _span(ws, r, 1, 2, "施策の成果水準", header=True)
    _span(
        ws,
        r,
        3,
        11,
        "B　（合計ポイントの割合 67.7%）　A：80%以上　B：60%以上80%未満　C：40%以上60%未満　D：40%未満",
        align="left",
    )
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※No.1は茨城県観光客動態調査（暦年）による。No.2はあやめまつり期間中の来園者数。",
            "※No.3の施設は2019年5月開設のため基準値なし。No.4のR5実績は運航事業者からの報告待ち（令和6年9月確定予定）のため評価できない指標とした。",
            "※SDGsターゲット欄の数字は、持続可能な開発目標（SDGs）の17のゴールの下に置かれた169のターゲットの番号。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "itako_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 檜原村 (東京都): 第2期檜原村まち・ひと・しごと創生総合戦略 KPIの実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 面積105.41km², 森林93%, 1,000～1,500mの山々, 秩父多摩甲斐国立公園, 昭和25年に6,000人超, 現在
# 約1,900人, 30年後に約800人の推計, 65歳以上54%, 総務課 総務係, 移住体験住宅と地域おこし協力隊,
# 払沢の滝 (日本の滝百選), ひのはらファクトリー (2021年7月) and its じゃがいも焼酎「ひ乃はら物語」 (2022),
# 檜原 森のおもちゃ美術館 (2021年11月), about 37万人 visitors a year. Made up: the strategy's 第2期
# wording and period, the page, its date, the 推進会議, the money, every KPI, figure, target and mark.
# (No., name, unit, baseline R元, R3, R4, R5, 年間目標, 最終目標（R6）, 評価)
HN_GOALS = [
    (
        "基本目標1　森と水の恵みを活かした村のしごとをつくる",
        [
            (
                "1",
                "じゃがいも焼酎「ひ乃はら物語」の出荷本数",
                "本",
                "―",
                "―",
                "3,200",
                "4,150",
                "4,000",
                "5,000",
                "😊",
            ),
            ("2", "観光入込客数", "千人", "372.0", "286.4", "331.7", "358.9", "―", "400.0", "－"),
            ("3", "村内での新規起業・開業件数", "件", "1", "2", "1", "3", "2", "累計10", "😊"),
        ],
    ),
    (
        "基本目標2　檜原村への新しいひとの流れをつくる",
        [
            ("4", "移住相談を経た転入者数", "人", "8", "11", "9", "7", "10", "累計50", "😟"),
            (
                "5",
                "地域おこし協力隊員数（各年度末）",
                "人",
                "4",
                "6",
                "7",
                "7",
                "8",
                "10",
                "😐",
            ),
        ],
    ),
]


def hinohara_html() -> str:
    bodies = []
    for goal, rows in HN_GOALS:
        lines = [f'<tr class="goal"><th colspan="10" scope="rowgroup">{goal}</th></tr>']
        for no, name, unit, *vals, mark in rows:
            cells = f'<td class="c">{no}</td><th scope="row">{name}</th><td class="c">{unit}</td>'
            for v in vals:
                cls = "c" if v in ("―", "－") else "num"
                cells += f'<td class="{cls}">{v}</td>'
            cells += f'<td class="mark">{mark}</td>'
            lines.append(f"<tr>{cells}</tr>")
        bodies.append("<tbody>\n" + "\n".join(lines) + "\n</tbody>")
    body = "\n".join(bodies)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>重要業績評価指標（KPI）の実績（令和5年度） - 檜原村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table.outline, table.kpi {{ border-collapse: collapse; margin-bottom: 0.8em; }}
table.outline th, table.outline td, table.kpi th, table.kpi td {{ border: 1px solid #000; padding: 2px 6px; }}
table.outline th {{ background: #eeeeee; text-align: left; width: 13em; }}
table.kpi thead th, table.kpi tfoot th {{ background: #d9d9d9; }}
table.kpi tr.goal th {{ background: #e6f0e0; text-align: left; }}
table.kpi td.num {{ text-align: right; }}
table.kpi td.c, table.kpi td.mark {{ text-align: center; }}
table.kpi td.mark {{ font-size: 13pt; }}
</style>
</head>
<body>
<p class="breadcrumb">トップページ &gt; 村政情報 &gt; 計画・施策 &gt; 檜原村まち・ひと・しごと創生総合戦略</p>
<h1>第2期檜原村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和5年度）</h1>
<p class="date">更新日：令和6年10月15日　担当：総務課 総務係</p>
<p>檜原村は東京都の西に位置し、島しょ部を除き都内で唯一の村です。面積は105.41km²で、その93％を森林が占め、周囲を1,000mから1,500mの山々に囲まれ、村の大半が秩父多摩甲斐国立公園に指定されています。昭和25年には6,000人を超えていた人口は現在約1,900人となり、65歳以上の割合は54％に達し、30年後には約800人まで減少すると推計されています。</p>
<p>村では、日本の滝百選の払沢の滝をはじめとする自然に加え、令和3年7月に開設した「ひのはらファクトリー」で村産じゃがいもを使った焼酎「ひ乃はら物語」を製造し、令和3年11月には「檜原 森のおもちゃ美術館」が開館しました。総合戦略に掲げた重要業績評価指標（KPI）の令和5年度の実績は次のとおりです。</p>
<table class="outline">
<tbody>
<tr><th scope="row">計画期間</th><td>令和2年度～令和6年度（5年間）</td></tr>
<tr><th scope="row">検証</th><td>檜原村総合戦略推進会議（令和6年9月26日開催、委員9人）</td></tr>
<tr><th scope="row">KPIの数</th><td>5（基本目標1：3、基本目標2：2）</td></tr>
<tr><th scope="row">関連事業費（R5決算）</th><td>63,840千円（うちデジタル田園都市国家構想交付金 24,500千円）</td></tr>
</tbody>
</table>
<h2>KPIの実績</h2>
<p class="legend">評価：😊 R5実績が年間目標を達成　😐 年間目標の80％以上100％未満　😟 年間目標の80％未満　－ 年間目標を定めていないため評価しない</p>
<table class="kpi">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（R元）</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">年間目標</th><th rowspan="2" scope="col">最終目標<br>（R6）</th><th rowspan="2" scope="col">評価</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>
</thead>
{body}
<tfoot>
<tr><th colspan="4" scope="row">関連事業費（千円）</th><td class="num">48,210</td><td class="num">55,630</td><td class="num">63,840</td><td class="c">―</td><td class="c">―</td><td class="c">―</td></tr>
</tfoot>
</table>
<p>※年間目標は、計画期間の各年度に達成を目指す水準です。「累計」は令和2年度からの合計です。</p>
<p>※No.1は令和4年の発売以降の出荷本数（720ml換算）。No.2は東京都の観光入込客数調査（暦年）による。No.5は各年度3月31日現在の隊員数です。</p>
<p class="contact">お問い合わせ：檜原村役場 総務課 総務係</p>
</body>
</html>
"""


def hinohara() -> Path:
    path = HERE / "hinohara_kpi_kensho_r6.html"
    path.write_bytes(hinohara_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 泰阜村 (長野県): 令和6年度 事務事業評価シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real: 暮らしの学校「だいだらぼっち」 run by NPO法人グリーンウッド自然体験教育センター (opened 1986 =
# 昭和61年, 550名を超える参加者, 年間27,000人以上の関係人口), 面積64.59km². Made up: the sheet, its date,
# the 事業 name and number, 課, 事業類型, every indicator, figure, target, money and grade.
# (区分, No., name, unit, R3, R4, R5 target, R5 actual, 達成率, R6 target)
YA_ROWS = [
    ("対象指標", "1", "村立小中学校の児童生徒数（5月1日現在）", "人", 74, 71, None, 69, "―", None),
    ("活動指標", "2", "山村留学生の受入人数", "人", 16, 18, 20, 17, "85.0%", 20),
    ("活動指標", "", "（参考）受入定員", "人", 20, 20, 20, 20, "―", 20),
    ("活動指標", "3", "村民との交流行事の開催回数", "回", 12, 15, 15, 16, "106.7%", 15),
    (
        "成果指標",
        "4",
        "留学修了生・保護者の来村者数（延べ）",
        "人",
        86,
        104,
        110,
        121,
        "110.0%",
        120,
    ),
    ("効率性指標", "5", "留学生1人当たりの村の負担額", "千円/人", 412, 385, 360, 392, "91.8%", 350),
]
YA_COST = [
    ("事業費", 9792, 10430, 10364, 10800),
    ("うち国・県支出金", 3200, 3500, 3700, 3800),
    ("うち一般財源", 6592, 6930, 6664, 7000),
    ("人件費（職員0.3人）", 2460, 2490, 2520, 2550),
]


def yasuoka() -> Path:
    wb, ws = _sheet("事務事業評価", [11, 4.5, 34, 8, 8, 8, 8, 8, 8.5, 8])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施分）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年7月　泰阜村", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    pairs = [
        ("事務事業名", "山村留学推進事業", "事業番号", "2-1-03"),
        ("担当課", "総務課", "事業類型", "4（ソフト事業・任意）"),
        ("会計区分", "一般会計", "事業期間", "昭和61年度～（継続）"),
    ]
    r = 4
    for l1, v1, l2, v2 in pairs:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 3, v1, align="left")
        _span(ws, r, 4, 5, l2, header=True)
        _span(ws, r, 6, 10, v2, align="left")
        ws.row_dimensions[r].height = 19
        r += 1
    _put(ws, r, 1, "事業の内容", header=True)
    _span(
        ws,
        r,
        2,
        10,
        "NPO法人グリーンウッド自然体験教育センターが運営する暮らしの学校「だいだらぼっち」（昭和61年開校）で、全国から集まった小中学生が1年間、"
        "村の学校に通いながら共同生活を送る山村留学を支援する。これまでの参加者は550名を超え、関連する体験活動で年間27,000人以上の関係人口を生んでいる。",
        align="left",
    )
    ws.row_dimensions[r].height = 46
    r += 1
    _put(ws, r, 1, "事業類型の区分", header=True, size=8)
    _span(
        ws,
        r,
        2,
        10,
        "1 法定受託事務　2 ソフト事業（義務）　3 施設維持管理　4 ソフト事業（任意）　5 補助金・負担金　6 施設等整備",
        align="left",
        size=8,
    )
    ws.row_dimensions[r].height = 18
    r += 2
    _text(ws, r, 1, "２　指標の状況", bold=True, size=11)
    h = r + 1
    for c, word in (
        (1, "区分"),
        (2, "No."),
        (3, "指標名"),
        (4, "単位"),
        (5, "R3実績"),
        (6, "R4実績"),
        (10, "R6目標"),
    ):
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 7, 9, "令和5年度", header=True)
    for j, w in enumerate(["目標", "実績", "達成率"]):
        _put(ws, h + 1, 7 + j, w, header=True)
    ws.row_dimensions[h].height = 19
    ws.row_dimensions[h + 1].height = 19
    r = h + 2
    starts: dict[str, int] = {}
    for kind, no, name, unit, r3, r4, t5, a5, rate, t6 in YA_ROWS:
        starts.setdefault(kind, r)
        ref = name.startswith("（参考）")
        fill = LIGHT if ref else None
        _put(ws, r, 2, no, align="center", fill=fill)
        _put(ws, r, 3, name, fill=fill, size=8 if ref else 9, align="right" if ref else None)
        _put(ws, r, 4, unit, align="center", fill=fill)
        for j, v in enumerate([r3, r4, t5, a5]):
            _val(ws, r, 5 + j, v, fill=fill)
        _put(ws, r, 9, rate, align="right" if rate != "―" else "center", fill=fill)
        _val(ws, r, 10, t6, fill=fill)
        ws.row_dimensions[r].height = 19
        r += 1
    kinds = list(starts)
    for i, kind in enumerate(kinds):
        end = (starts[kinds[i + 1]] if i + 1 < len(kinds) else r) - 1
        _down(ws, starts[kind], end, 1, kind, align="center", size=8)
    _notes(
        ws,
        r,
        [
            "※達成率＝実績÷目標。ただし効率性指標（No.5）は値が小さいほど良いため、目標÷実績で算出。",
            "※（参考）受入定員は、だいだらぼっちの1年間の受入定員で、指標ではない。",
            "※No.5＝留学生の受入れに係る一般財源÷受入人数。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　事業費の推移（単位：千円）", bold=True, size=11)
    h = r + 1
    _span(ws, h, 1, 6, "区分", header=True)
    for j, w in enumerate(["R3決算", "R4決算", "R5決算", "R6予算"]):
        _put(ws, h, 7 + j, w, header=True)
    r = h + 1
    for label, *vals in YA_COST:
        _span(ws, r, 1, 6, label)
        for j, v in enumerate(vals):
            _put(ws, r, 7 + j, v)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 3, "一次評価（担当課）", header=True)
    _span(
        ws, r, 4, 10, "B　概ね順調（受入人数は定員に届かないが、修了生の来村は増加）", align="left"
    )
    ws.row_dimensions[r].height = 19
    r += 1
    _span(ws, r, 1, 3, "今後の方向性", header=True)
    _span(ws, r, 4, 10, "■継続　□拡充　□縮小　□休止・廃止", align="left")
    ws.row_dimensions[r].height = 19
    _page(ws, "portrait")
    path = SOURCE / "yasuoka_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 田上町 (新潟県): 第5次田上町総合計画 後期基本計画 成果指標の進捗状況（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real: the 第5次田上町総合計画後期基本計画 (made in 平成29年度), 人口約12,000人, 湯田上温泉 (開湯二百七十余年,
# 「薬師の湯」), 護摩堂山 (あじさい; 町の花 アジサイ), 竹林 約17ha and 竹の子, 桃・梅, the 川船河・中轌・本田上
# 工業団地, 国道403号バイパス, 羽生田駅・田上駅 and 新潟駅まで約35分, the 平成29年度 一般会計 48億3千万円.
# Made up: the sheet, its date and 課, the 施策 numbers, every indicator, figure, mark, grade and 課 name.
# ("h", 施策 text, grade, 課) or (name, unit, baseline H27, H29, H30 target, H30 actual, target R3, mark)
TA_ROWS = [
    ("h", "施策2-1　農業の振興", "B", "産業振興課"),
    ("認定農業者数", "人", 118, 121, 125, 123, 130, "×"),
    ("竹の子（孟宗竹）の出荷量", "t", 42.5, 38.1, 45.0, 46.3, 50.0, "○"),
    ("h", "施策2-3　観光の振興", "A", "産業振興課"),
    ("湯田上温泉の宿泊者数", "人", 21480, 22150, 22500, 23010, 25000, "○"),
    ("護摩堂山あじさい園の入園者数", "千人", 48.2, 51.6, 52.0, 55.8, 60.0, "○"),
    ("h", "施策3-2　企業誘致と雇用の確保", "C", "総務課"),
    ("町内工業団地の分譲率", "％", 86.4, 88.2, 92.0, 88.2, 100.0, "×"),
]


def tagami() -> Path:
    wb, ws = _sheet("成果指標", [34, 6, 9, 8.5, 9, 8.5, 9, 6, 11])
    _text(
        ws,
        1,
        1,
        "第5次田上町総合計画　後期基本計画　成果指標の進捗状況（平成30年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和元年9月　田上町総務課", align="right")
    fields = [
        ("計画期間", "平成29年度～令和3年度（後期基本計画）"),
        (
            "町の概況",
            "人口約12,000人。湯田上温泉（開湯二百七十余年、かつての「薬師の湯」）や護摩堂山のあじさい、約17haの竹林の竹の子、桃・梅を有する。"
            "JR信越本線の羽生田駅・田上駅から新潟駅まで約35分。川船河・中轌・本田上の3工業団地がある。",
        ),
        (
            "平成29年度当初予算",
            "一般会計 48億3千万円（前年度比8.8%増、うち道の駅等・地域交流会館建設事業 約4億9千万円）",
        ),
        (
            "評価の方法",
            "成果指標ごとにH30実績を単年度目標と比べ、○（達成）×（未達成）を付す。施策の行には施策全体の評価をA（順調）B（概ね順調）C（遅れている）で示す。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 9, value, align="left")
        ws.row_dimensions[r].height = 30 if len(value) > 45 else 18
        r += 1
    r += 1
    _text(ws, r, 1, "■施策別の成果指標", bold=True, size=11)
    h = r + 1
    for c, word in (
        (1, "成果指標"),
        (2, "単位"),
        (3, "基準値\n（H27）"),
        (4, "H29実績"),
        (7, "後期目標\n（R3）"),
        (8, "評価"),
        (9, "担当課"),
    ):
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 6, "H30", header=True)
    _put(ws, h + 1, 5, "単年度目標", header=True, size=8)
    _put(ws, h + 1, 6, "実績", header=True)
    ws.row_dimensions[h].height = 19
    ws.row_dimensions[h + 1].height = 19
    r = h + 2
    for row in TA_ROWS:
        if row[0] == "h":
            _, text, grade, ka = row
            _span(ws, r, 1, 7, text, fill=SHADE, bold=True)
            _put(ws, r, 8, grade, fill=SHADE, bold=True, align="center")
            _put(ws, r, 9, ka, fill=SHADE, align="center")
        else:
            name, unit, *vals, mark = row
            _put(ws, r, 1, name, indent=1)
            _put(ws, r, 2, unit, align="center")
            fmt = "#,##0.0" if any(isinstance(v, float) for v in vals) else None
            for j, v in enumerate(vals):
                _val(ws, r, 3 + j, v, fmt=fmt)
            _put(ws, r, 8, mark, align="center")
            _put(ws, r, 9, "")
        ws.row_dimensions[r].height = 19
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価欄：施策の行はA・B・C（施策全体の評価）、成果指標の行は○・×（H30単年度目標の達成状況）。担当課は施策の行に記載。",
            "※竹の子の出荷量は町内の集荷所の取扱量。湯田上温泉の宿泊者数は町内宿泊施設からの報告による延べ人数（暦年）。",
            "※工業団地の分譲率は、川船河・中轌・本田上の3工業団地の分譲済面積の割合（各年度末）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tagami_seika_shihyo_h30.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (itako, yasuoka, tagami):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hinohara().name}")


if __name__ == "__main__":
    main()
