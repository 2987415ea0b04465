"""Build the built documents of forms37/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tajimi_jikko_keikaku_h29.xlsx``, a sheet in the manner of 多治見市 (岐阜県) 第7次総合計画
  実行計画 評価指標の実績 (事業No. / 担当課 / 事業名 merged over their rows, **each year's cell holding
  `実績／目標` as two numbers**, a final target column, a 事業費 column in 千円), and from it
  ``tajimi_jikko_keikaku_h29.pdf``;
* ``source/tagawa_seika_shihyo_r1.xlsx``, a sheet in the manner of 田川市 (福岡県) 第5次総合計画 後期基本計画
  成果指標の進捗状況 (the A / B / C legend judged against the 現状値, a 伸び率 column, 千人, 以下), and
  from it ``tagawa_seika_shihyo_r1.pdf``;
* ``source/yomitan_shuyo_seika_r2.xlsx``, a sheet in the manner of 読谷村 (沖縄県) 主要な施策の成果に関する
  説明書 (款・項・目 and 決算額 fields, a 成果指標 grid whose actual column is dated `R3.3.31現在`, a
  最終目標 column, a prose 成果 block with numbers), and from it ``yomitan_shuyo_seika_r2.pdf``;
* ``shiso_kpi_kensho_h30.html``, a page in the manner of 宍粟市 (兵庫県) 地域創生総合戦略 KPI の検証 (one
  table per 重点戦略の柱 with a ``<caption>``, the unit in brackets at the end of the KPI name, an
  `R元見込` column, ``<sup>`` footnote marks inside value cells).

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
    wb.properties.creator = "forms37/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms37/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms37_soffice_") as tmp:
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
# 多治見市 (岐阜県): 第7次総合計画 実行計画 評価指標の実績 — 年度ごとのセルに「実績／目標」
# --------------------------------------------------------------------------------------------

# Real (多治見市 第7次総合計画のページ): the plan's name, its period (平成28～令和5年度), the 実行計画 with
# 評価指標 and 事業実績, the 事業評価委員会. Made up: the sheet, 事業, 担当課, every indicator and figure.
TAJIMI_ROWS = [
    # (事業No., 担当課, 事業名, 評価指標, 単位, H28 実績／目標, H29 実績／目標, H31目標, 事業費)
    ("3-1-01", "産業観光課", "企業誘致推進事業", "企業立地件数", "件", "3／2", "1／2", "2", 18420),
    (
        "2-4-03",
        "企画防災課",
        "移住定住促進事業",
        "移住相談件数",
        "件",
        "152／150",
        "138／160",
        "180",
        6350,
    ),
    (None, None, None, "空き家バンク成約件数", "件", "8／10", "12／12", "15", None),
    (
        "1-2-05",
        "子ども支援課",
        "子育て支援センター運営事業",
        "子育て支援センター利用者数",
        "人",
        "41,230／40,000",
        "39,874／41,000",
        "43,000",
        52116,
    ),
    (
        "3-2-02",
        "産業観光課",
        "美濃焼創業支援事業",
        "美濃焼関連の新規創業件数",
        "件",
        "―／―",
        "6／5",
        "5",
        4800,
    ),
]


def tajimi() -> Path:
    widths = [8, 11, 20, 26, 5, 14, 14, 9, 11]
    wb, ws = _sheet("評価指標", widths)
    _text(
        ws,
        1,
        1,
        "第7次多治見市総合計画　実行計画　評価指標の実績（平成29年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "平成30年7月　多治見市", align="right", size=8)
    _text(ws, 3, 1, "計画期間：平成28年度～令和5年度（前期：平成28年度～平成31年度）", size=9)
    _text(ws, 5, 1, "１　評価指標の見方", bold=True, size=10)
    _text(
        ws,
        6,
        1,
        "各年度の欄は「実績／目標」の順に記載しています（左が実績値、右が目標値）。",
        size=9,
    )
    _text(ws, 8, 1, "２　評価指標の実績", bold=True, size=10)
    h1, h2 = 9, 10
    for col, word in (
        (1, "事業No."),
        (2, "担当課"),
        (3, "事業名"),
        (4, "評価指標"),
        (5, "単位"),
        (8, "H31目標"),
        (9, "H29事業費\n（千円）"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 6, 7, "実績／目標", header=True)
    _put(ws, h2, 6, "H28", header=True)
    _put(ws, h2, 7, "H29", header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for no, dept, prog, name, unit, v28, v29, t31, cost in TAJIMI_ROWS:
        if no is None:
            for col in (1, 2, 3, 9):
                _put(ws, r, col, None)
                _merge(ws, r - 1, col, r, col)
        else:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, dept, align="center")
            _put(ws, r, 3, prog)
            _put(ws, r, 9, cost)
        _put(ws, r, 4, name)
        _put(ws, r, 5, unit, align="center")
        _put(ws, r, 6, v28, align="center")
        _put(ws, r, 7, v29, align="center")
        _put(ws, r, 8, t31, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    _text(
        ws,
        r,
        1,
        "※美濃焼関連の新規創業件数は平成29年度から設定した指標のため、平成28年度は「―」としています。",
        size=8,
    )
    _text(
        ws, r + 1, 1, "※事業費は平成29年度決算額。移住定住促進事業の事業費は2指標に共通。", size=8
    )
    _page(ws, "landscape")
    path = SOURCE / "tajimi_jikko_keikaku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 田川市 (福岡県): 第5次総合計画 後期基本計画 成果指標の進捗状況 — 現状値に対する A/B/C 判定、伸び率
# --------------------------------------------------------------------------------------------

# Real (田川市 ホームページ, 後期基本計画の進捗状況): the plan, 平成28年度～令和2年度, 38施策 / 119成果指標,
# the A / B / C legend word for word, 3 indicators not judged. Made up: the 施策, every indicator and figure.
TAGAWA_BLOCKS = [
    (
        "11　農林業の振興",
        [
            ("新規就農者数", "人", 2, 3, 1, 4, "5", "200.0%", "A"),
            ("認定農業者数", "経営体", 48, 47, 45, 44, "55", "91.7%", "C"),
        ],
    ),
    (
        "12　観光の振興",
        [
            ("観光入込客数", "千人", 312.5, 338.1, 351.6, 347.2, "380.0", "111.1%", "B"),
            ("石炭記念公園来園者数", "人", 45120, 52300, 49870, "―", "60,000", "―", "―"),
        ],
    ),
    ("25　防犯対策の推進", [("刑法犯認知件数", "件", 512, 431, 405, 398, "450以下", "77.7%", "A")]),
]


def tagawa() -> Path:
    widths = [17, 24, 7, 10, 9, 9, 9, 10, 11, 9]
    wb, ws = _sheet("進捗状況", widths)
    _text(
        ws,
        1,
        1,
        "田川市第5次総合計画（後期基本計画）　成果指標の進捗状況（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和2年9月　田川市総合政策課", align="right", size=8)
    _text(
        ws,
        3,
        1,
        "後期基本計画（平成28年度～令和2年度）の38施策に設定した119の成果指標について、令和2年度の目標値に対する進捗状況を3段階に分類し、判定しました。",
        size=9,
    )
    _text(ws, 5, 1, "「進捗状況判定」の凡例", bold=True, size=9)
    legend = [
        ("A", "目標値に対して順調に値が伸びている"),
        ("B", "目標値に対して遅れはあるが、値は伸びている"),
        ("C", "現状値から値が伸びていない、又は、現状値から値が悪化した"),
    ]
    r = 6
    for mark, text in legend:
        _put(ws, r, 1, mark, align="center")
        _span(ws, r, 2, 6, text)
        r += 1
    _text(ws, r + 1, 1, "施策別 成果指標の進捗状況", bold=True, size=10)
    h1, h2 = r + 2, r + 3
    for col, word in (
        (1, "施策"),
        (2, "成果指標"),
        (3, "単位"),
        (4, "現状値\n（H26）"),
        (8, "目標値\n（R2）"),
        (9, "伸び率\n（R元/現状値）"),
        (10, "進捗状況\n判定"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 5, 7, "実績値", header=True)
    for col, word in ((5, "H29"), (6, "H30"), (7, "R元")):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for measure, rows in TAGAWA_BLOCKS:
        first = r
        for i, (name, unit, base, a29, a30, a1, target, rate, mark) in enumerate(rows):
            fmt = "#,##0.0" if isinstance(base, float) else "#,##0"
            _put(ws, r, 1, measure if i == 0 else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for col, v in ((4, base), (5, a29), (6, a30), (7, a1)):
                _put(ws, r, col, v, fmt=fmt, align="center" if isinstance(v, str) else None)
            _put(ws, r, 8, target, align="right")
            _put(ws, r, 9, rate, align="right" if rate != "―" else "center")
            _put(ws, r, 10, mark, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
        if r - first > 1:
            _merge(ws, first, 1, r - 1, 1)
    _text(ws, r, 1, "※伸び率は、令和元年度の実績値を現状値（平成26年度）で除したもの。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※石炭記念公園来園者数の令和元年度実績は、集計方法の変更により値が確認できなかったため、判定を行っていません。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "tagawa_seika_shihyo_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 読谷村 (沖縄県): 主要な施策の成果に関する説明書 — 款・項・目、決算額、R3.3.31現在の実績、最終目標
# --------------------------------------------------------------------------------------------

# Real (読谷村ゆたさむら推進計画, 平成28年3月): the village, the plan's name and its subtitle (読谷村むら・ひと・
# しごと創生に関する施策についての基本的な計画). Made up: the 説明書 page, the 事業, fields, indicators and figures.
YOMITAN_ROWS = [
    # (成果指標, 単位, 基準値 H27, R元実績, R2目標, R2実績, 最終目標 R3)
    ("移住相談件数", "件", 24, 41, 50, 46, 60),
    ("村外からの移住世帯数", "世帯", 8, 12, 15, 17, 20),
    ("空き家活用件数（累計）", "件", 0, 3, 6, 6, 10),
    ("お試し住宅利用者数", "人", "―", 18, 30, 7, 40),
]


def yomitan() -> Path:
    widths = [30, 7, 11, 11, 11, 14, 12]
    wb, ws = _sheet("主要施策の成果", widths)
    _text(ws, 1, 1, "令和2年度　主要な施策の成果に関する説明書", bold=True, size=13)
    _text(ws, 2, 7, "読谷村", align="right")
    fields = [
        ("事業名", "移住定住促進事業"),
        ("担当課", "企画政策課"),
        ("款・項・目", "2款　総務費　1項　総務管理費　6目　企画費"),
        ("決算額", "8,742千円（うち沖縄振興特別推進交付金　6,993千円）"),
        (
            "計画上の位置付け",
            "読谷村ゆたさむら推進計画（読谷村むら・ひと・しごと創生に関する施策についての基本的な計画）",
        ),
    ]
    r = 3
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "１　事業の成果", bold=True, size=10)
    _para(
        ws,
        r + 2,
        1,
        7,
        "村外での移住相談会に2回出展し、延べ63組と面談した。空き家の改修補助を3件（補助額 計1,500千円）交付し、令和2年度末までの空き家活用件数は6件となった。お試し住宅は新型コロナウイルス感染症の影響により、令和2年4月から6月まで休止した。",
        48,
        border=True,
    )
    _text(ws, r + 4, 1, "２　成果指標", bold=True, size=10)
    h = r + 5
    for c, word in enumerate(
        [
            "成果指標",
            "単位",
            "基準値\n（H27）",
            "R元実績",
            "R2目標",
            "R2実績\n（R3.3.31現在）",
            "最終目標\n（R3）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, base, a1, t2, a2, t3 in YOMITAN_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for col, v in ((3, base), (4, a1), (5, t2), (6, a2), (7, t3)):
            _put(ws, r, col, v, align="center" if isinstance(v, str) else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r, 1, "※お試し住宅は令和元年度開設のため、基準値はありません。", size=8)
    _text(ws, r + 1, 1, "※決算額のうち委託料 5,280千円（移住相談窓口運営業務）。", size=8)
    _text(ws, r + 3, 1, "３　今後の方向性", bold=True, size=10)
    _span(ws, r + 4, 1, 7, "継続（オンライン移住相談を導入し、相談件数の回復を図る）")
    _page(ws, "portrait")
    path = SOURCE / "yomitan_shuyo_seika_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宍粟市 (兵庫県): 地域創生総合戦略 KPI の検証 — 柱ごとの表、名の末尾の（単位）、R元見込、※印つきの値
# --------------------------------------------------------------------------------------------

# Real (宍粟市地域創生総合戦略): the 戦略's name and theme 「森林から創まる地域創生」, 定住促進重点戦略 and the
# headings of its 柱 1 【住む】, 2 【働く】, 4 【まちの魅力】. Made up: the page, every KPI, figure and note.
SHISO_TABLES = [
    (
        "1 【住む】集落・地域の活性化と宍粟市への移住支援",
        [
            ("移住者数（人）", "35", "58", "64<sup>※1</sup>", "70", "100"),
            ("空き家バンク登録件数（件）", "12", "20", "26", "30", "30"),
        ],
    ),
    (
        "2 【働く】雇用の創出と就職支援",
        [
            ("市内事業所への新規就業者数（人）", "86", "92", "95", "―", "100"),
            ("企業誘致件数（件）", "0", "1", "2", "3", "5（累計）"),
        ],
    ),
    (
        "4 【まちの魅力】選ばれるまちづくり",
        [("観光入込客数（千人）", "1,520", "1,611", "1,489<sup>※2</sup>", "1,550", "1,700")],
    ),
]


def shiso_html() -> str:
    tables = []
    for caption, rows in SHISO_TABLES:
        body = "\n".join(
            f'<tr><th scope="row">{name}</th>'
            + "".join(f'<td class="r">{v}</td>' for v in values)
            + "</tr>"
            for name, *values in rows
        )
        tables.append(
            f"""<table>
<caption>{caption}</caption>
<tr><th>重要業績評価指標（KPI）</th><th>基準値（H26）</th><th>H29実績</th><th>H30実績</th><th>R元見込</th><th>目標値（R元）</th></tr>
{body}
</table>"""
        )
    joined = "\n".join(tables)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>宍粟市地域創生総合戦略 重要業績評価指標（KPI）の検証（平成30年度実績）</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0 1em; }}
caption {{ text-align: left; font-weight: bold; padding: 2px 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
th[scope="row"] {{ background: #fff; text-align: left; font-weight: normal; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>宍粟市地域創生総合戦略 重要業績評価指標（KPI）の検証（平成30年度実績）</h1>
<p>宍粟市では、「森林（もり）から創（はじ）まる地域創生」をテーマとする宍粟市地域創生総合戦略に掲げた重要業績評価指標（KPI）について、毎年度、実績を把握し、外部委員を交えて効果を検証しています。令和元年度の値は、令和元年12月時点の見込みです。</p>
<h2>定住促進重点戦略</h2>
{joined}
<p class="note">※1 平成30年度の移住者数は、転入届時のアンケートにより把握した人数です。</p>
<p class="note">※2 平成30年7月豪雨による施設の休業の影響を含みます。</p>
<p class="note">※市内事業所への新規就業者数の令和元年度見込は、ハローワークの集計が年度末となるため記載していません。</p>
<p class="note">※地方創生推進交付金を活用した平成30年度の事業費は23,400千円です。</p>
<p>問い合わせ先：宍粟市 企画部 地域創生課</p>
</body>
</html>
"""


def shiso() -> Path:
    path = HERE / "shiso_kpi_kensho_h30.html"
    path.write_bytes(shiso_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tajimi, tagawa, yomitan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shiso().name}")


if __name__ == "__main__":
    main()
