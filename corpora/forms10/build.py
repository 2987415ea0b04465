"""Build the built documents of forms10/ (hand-written HTML, openpyxl, LibreOffice).

Run from anywhere: ``/work/venv/bin/python build.py``. It writes

* ``source/shizukuishi_shisaku_hyoka_h27.xlsx``, a sheet in the manner of 雫石町
  「平成27年度 施策評価結果」 (each indicator on two rows: targets above, actuals below, told
  apart only by a legend in the header), and from it ``shizukuishi_shisaku_hyoka_h27.pdf``;
* ``tama_suchi_mokuhyo_h27.html``, a page in the manner of 多摩市 「総合戦略の数値目標の評価」
  (values that carry their own year, a 20%-rule 達成度 column and ①②③ committee grades);
* ``source/fuji_shisaku_shihyo_h27.xlsx``, a sheet in the manner of 富士市
  「代表的な施策指標の進捗率と実績」 (a count table above the list, 中間目標値 and 最終目標値,
  進捗率, 更新数値なし / 事業終了), and from it ``fuji_shisaku_shihyo_h27.pdf``;
* ``source/seiyo_kofukin_jisseki_h30.xlsx``, a sheet in the manner of 西予市
  「地方創生推進交付金事業 平成30年度実績報告」 (a money table, then the KPIs side by side in
  columns with row labels down the left), and from it ``seiyo_kofukin_jisseki_h30.pdf``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX files are byte-stable: fixed document dates, and the zip members are rewritten with a
fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that only.
"""

# The data below are the forms' Japanese cells; splitting them would hurt reading.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms10/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms10/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal="right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _page(ws, orientation: str, header: str = "", footer: str = "") -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if header:
        ws.oddHeader.left.text = header
        ws.oddHeader.left.font = FONT
        ws.oddHeader.left.size = 9
    if footer:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.font = FONT
        ws.oddFooter.center.size = 9


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
    with tempfile.TemporaryDirectory(prefix="forms10_soffice_") as tmp:
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
# 雫石町 (岩手県): 平成27年度 施策評価結果 (第二次雫石町総合計画前期基本計画の総括)
# --------------------------------------------------------------------------------------------

# No., name, unit, 策定時, targets H23..H27, actuals H23..H27, 達成度
SHIZUKUISHI_ROWS = [
    (
        "1",
        "観光入込客数",
        "千人",
        2510,
        [2550, 2600, 2650, 2700, 2750],
        [2486, 2605, 2588, 2702, 2731],
        "B",
    ),
    (
        "2",
        "外国人観光客宿泊者数",
        "人泊",
        3120,
        [3300, 3500, 3700, 3900, 4100],
        [2950, 3410, 3980, 4520, 5106],
        "A",
    ),
    (
        "3",
        "観光ボランティアガイド登録者数",
        "人",
        18,
        ["―", "―", 25, 28, 30],
        [18, 21, 24, 27, ""],
        "C",
    ),
    (
        "4",
        "観光案内所利用者の満足度",
        "％",
        72.4,
        [74.0, 75.0, 76.0, 78.0, "80～85"],
        ["―", 76.1, "―", 79.5, "―"],
        "A",
    ),
    (
        "5",
        "農産物直売所の年間販売額",
        "百万円",
        412,
        [420, 430, 440, 450, 460],
        [418, 436, 429, 447, 471],
        "A",
    ),
    (
        "6",
        "観光施設に寄せられる苦情件数の削減",
        "件",
        26,
        [24, 22, 20, 18, 15],
        [25, 19, 21, 16, 17],
        "B",
    ),
]


def shizukuishi() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 30, 7, 15, 9, 9, 9, 9, 9, 8])
    _text(
        ws,
        1,
        1,
        "平成27年度　施策評価シート（第二次雫石町総合計画前期基本計画の総括）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "平成28年9月　雫石町", align="right")
    r = 4
    for label, no, value in [
        ("施策大綱", "4", "産業力を高め合い　活力みなぎるまち"),
        ("基本施策", "4-2", "観光の振興と交流の拡大"),
        ("施策", "4-2-1", "観光資源の活用と受入体制の充実"),
    ]:
        _put(ws, r, 1, label, header=True)
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, no, align="center")
        _put(ws, r, 4, value)
        _merge(ws, r, 4, r, 10)
        r += 1
    _put(ws, r, 1, "主管課", header=True)
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 3, "商工観光課")
    _merge(ws, r, 3, r, 5)
    _put(ws, r, 6, "関係課", header=True)
    _put(ws, r, 7, "農林課、地域づくり推進課")
    _merge(ws, r, 7, r, 10)
    r += 1
    _put(ws, r, 1, "施策の目的", header=True)
    _merge(ws, r, 1, r, 2)
    _put(
        ws,
        r,
        3,
        "町の豊かな自然や温泉、農産物などの地域資源を活かし、観光客を受け入れる体制を整えることで、交流人口を拡大し地域経済の活性化を図る。",
    )
    _merge(ws, r, 3, r, 10)
    ws.row_dimensions[r].height = 28
    r += 2
    _text(ws, r, 1, "１　施策の成果指標の推移", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    for c, word in [
        (1, "No."),
        (2, "成果指標名"),
        (3, "単位"),
        (4, "策定時（H21年度）"),
        (10, "達成度"),
    ]:
        _put(ws, h1, c, word, header=True)
        _merge(ws, h1, c, h2, c)
    _put(ws, h1, 5, "年度別の推移（上段：目標値　下段：実績値）", header=True)
    _merge(ws, h1, 5, h1, 9)
    for c, year in enumerate(["H23年度", "H24年度", "H25年度", "H26年度", "H27年度"], start=5):
        _put(ws, h2, c, year, header=True)
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 16
    r = h2 + 1
    for no, name, unit, base, targets, actuals, grade in SHIZUKUISHI_ROWS:
        fmt = "0.0" if unit == "％" else "#,##0"
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt)
        _put(ws, r, 10, grade, align="center")
        for row, values in ((r, targets), (r + 1, actuals)):
            for c, v in enumerate(values, start=5):
                _put(ws, row, c, v, fmt=fmt, align="right")
            ws.row_dimensions[row].height = 15
        for c in (1, 2, 3, 4, 10):
            _merge(ws, r, c, r + 1, c)
        r += 2
    _text(ws, r, 1, "達成度　A：順調　B：概ね順調　C：遅れている")
    _text(
        ws,
        r + 1,
        1,
        "※「―」は目標値を設定していない年度又は調査を実施していない年度。空欄は未集計（平成28年10月確定予定）。",
    )
    r += 3
    _text(ws, r, 1, "２　施策の評価", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "成果と課題", header=True)
    _merge(ws, r, 1, r, 2)
    _put(
        ws,
        r,
        3,
        "観光入込客数は平成27年度に273万人となり、策定時から約22万人増加したが、目標には届かなかった。外国人観光客宿泊者数は5年間で1.6倍となった。一方、ボランティアガイドの登録者は伸び悩んでおり、養成講座の開催回数を年2回から4回に増やすなどの対策が必要である。",
    )
    _merge(ws, r, 3, r, 10)
    ws.row_dimensions[r].height = 54
    r += 1
    _put(ws, r, 1, "施策評価判定", header=True)
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 3, "B", align="center")
    _put(ws, r, 4, "（A：順調に推移している　B：概ね順調に推移している　C：推移が遅れている）")
    _merge(ws, r, 4, r, 10)
    _page(ws, "portrait")
    out = SOURCE / "shizukuishi_shisaku_hyoka_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 多摩市 (東京都): 総合戦略 数値目標の評価 (平成27年度実績) — hand-written HTML
# --------------------------------------------------------------------------------------------

TAMA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>数値目標の評価（平成27年度実績）｜多摩市</title>
<style>
table { border-collapse: collapse; font-size: 90%; margin-bottom: 1em; }
th, td { border: 1px solid #000; padding: 2px 6px; vertical-align: middle; }
th { background: #d9d9d9; }
td.num { text-align: right; }
</style>
</head>
<body>
<h1>多摩市まち・ひと・しごと創生総合戦略　数値目標の評価（平成27年度実績）</h1>
<p>各基本目標で掲げた数値目標の現状値、目標値、そして平成27年度の実績値を勘案し、下記の基準により評価を行った。</p>
<p>※平成27年度は1年目なので、目標値に対し20%に達しているかどうかで判断する（現状値から目標値までの差の20%に対する達成度）。</p>
<p>委員会の評価　①目標値の達成に向けて、着実に進んでいる。（達成度100%以上）　②目標値の達成に向けて、概ね進んでいる。（60%以上～100%未満）　③目標値の達成に向けて、改善や工夫が必要と思われる。（60%未満）</p>
<h2>基本目標１　多摩市で働き、活躍できるしごとをつくる</h2>
<table>
<thead>
<tr>
<th rowspan="2">数値目標</th>
<th rowspan="2">現状値</th>
<th rowspan="2">目標値<br>（平成31年度）</th>
<th colspan="2">平成27年度</th>
<th rowspan="2">委員会の評価</th>
</tr>
<tr>
<th>実績値</th>
<th>目標値の20%に対する達成度</th>
</tr>
</thead>
<tbody>
<tr>
<td>市内の事業所従業者数</td>
<td class="num">68,512人（平成24年）</td>
<td class="num">70,000人</td>
<td class="num">69,130人</td>
<td class="num">207.7%</td>
<td>①</td>
</tr>
<tr>
<td>創業支援による創業件数</td>
<td class="num">12件（平成26年度）</td>
<td class="num">累計100件</td>
<td class="num">18件</td>
<td class="num">90.0%</td>
<td>②</td>
</tr>
<tr>
<td>女性（25～44歳）の就業率</td>
<td class="num">68.2%（平成22年）</td>
<td class="num">72.0%</td>
<td class="num">―</td>
<td class="num">―</td>
<td>―</td>
</tr>
</tbody>
</table>
<h2>基本目標２　若い世代の結婚・出産・子育ての希望をかなえる</h2>
<table>
<thead>
<tr>
<th rowspan="2">数値目標</th>
<th rowspan="2">現状値</th>
<th rowspan="2">目標値<br>（平成31年度）</th>
<th colspan="2">平成27年度</th>
<th rowspan="2">委員会の評価</th>
</tr>
<tr>
<th>実績値</th>
<th>目標値の20%に対する達成度</th>
</tr>
</thead>
<tbody>
<tr>
<td>合計特殊出生率</td>
<td class="num">1.12（平成25年）</td>
<td class="num">1.30</td>
<td class="num">1.15</td>
<td class="num">83.3%</td>
<td>②</td>
</tr>
<tr>
<td>社会増減数（転入者数－転出者数）</td>
<td class="num">△312人（平成26年）</td>
<td class="num">±0人</td>
<td class="num">△158人</td>
<td class="num">246.8%</td>
<td>①</td>
</tr>
<tr>
<td>子育て支援に満足している市民の割合</td>
<td class="num">45.3%（平成26年度）</td>
<td class="num">55～60%</td>
<td class="num">47.5%</td>
<td class="num">113.4%</td>
<td>①</td>
</tr>
</tbody>
</table>
<p>※女性（25～44歳）の就業率は国勢調査（5年ごと）により把握するため、平成27年度の実績値は平成29年度に確定する。</p>
<p>資料6　多摩市まち・ひと・しごと創生総合戦略検討委員会</p>
</body>
</html>
"""


def tama() -> Path:
    out = HERE / "tama_suchi_mokuhyo_h27.html"
    out.write_text(TAMA_HTML, encoding="utf-8")
    return out


# --------------------------------------------------------------------------------------------
# 富士市 (静岡県): 第五次富士市総合計画 前期基本計画の達成状況 — 代表的な施策指標
# --------------------------------------------------------------------------------------------

FUJI_COUNTS = [
    ("80%以上", 57, "うち100%以上が32指標"),
    ("50%以上80%未満", 12, ""),
    ("50%未満", 6, ""),
    ("20%未満", 0, ""),
    ("その他", 3, "更新数値なし、事業終了など"),
    ("合計", 78, ""),
]

# 施策（節）, 指標, 単位, 策定時, 中間目標, H27実績, 進捗率, 最終目標, 備考
FUJI_ROWS = [
    (
        "2-1 健康づくり",
        [("特定健康診査の受診率", "％", 38.2, "50.0以上", 44.6, "54.2%", "60.0以上", "")],
    ),
    (
        "2-4 地域福祉",
        [
            (
                "生きがいと創造の事業講座数",
                "講座",
                42,
                45,
                "―",
                "―",
                48,
                "事業終了につき、評価せず",
            ),
            (
                "生きがいと創造の事業会員数",
                "人",
                1310,
                1400,
                "―",
                "―",
                1500,
                "事業終了につき、評価せず",
            ),
        ],
    ),
    (
        "3-3 商業・流通",
        [
            (
                "年間商品販売額",
                "億円",
                9870,
                10000,
                "更新数値なし",
                "―",
                10200,
                "商業統計調査の廃止により更新数値なし",
            ),
            ("中心市街地の歩行者通行量（休日）", "人", 28400, 30000, 27150, "△78.1%", 32000, ""),
        ],
    ),
    (
        "3-4 観光",
        [
            ("観光交流客数", "万人", 1024, 1150, 1196, "136.5%", 1250, ""),
            (
                "市内宿泊施設の外国人宿泊者数",
                "人",
                8300,
                12000,
                19840,
                "311.9%",
                15000,
                "最終目標値を上回った",
            ),
        ],
    ),
]


def fuji() -> Path:
    wb, ws = _sheet("施策指標", [16, 32, 7, 11, 12, 12, 10, 12, 28])
    _text(
        ws,
        1,
        1,
        "【第五次富士市総合計画 前期基本計画】代表的な施策指標の進捗率と実績",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "富士市総務部企画課", align="right")
    r = 4
    _text(ws, r, 1, "１　施策指標の進捗率（平成27年度末）", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "進捗率（中間目標値に対して）", header=True)
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 3, "該当施策指標の数", header=True)
    _merge(ws, r, 3, r, 4)
    _put(ws, r, 5, "備考", header=True)
    _merge(ws, r, 5, r, 6)
    r += 1
    for band, count, note in FUJI_COUNTS:
        _put(ws, r, 1, band)
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, count)
        _merge(ws, r, 3, r, 4)
        _put(ws, r, 5, note)
        _merge(ws, r, 5, r, 6)
        r += 1
    _text(
        ws,
        r,
        1,
        "●進捗率の計算　進捗率＝（H27実績値－策定時の値）÷（中間目標値－策定時の値）×100　※策定時より後退した場合は△で表示",
    )
    r += 2
    _text(ws, r, 1, "２　代表的な施策指標の実績", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        [
            "施策（節）",
            "施策指標",
            "単位",
            "策定時（H21）",
            "中間目標値（H27）",
            "H27実績値",
            "進捗率",
            "最終目標値（H32）",
            "備考",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for program, rows in FUJI_ROWS:
        first = r
        for name, unit, *values, note in rows:
            fmt = "0.0" if unit == "％" else "#,##0"
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in enumerate(values, start=4):
                _put(ws, r, c, v, fmt=fmt, align="right")
            _put(ws, r, 9, note)
            ws.row_dimensions[r].height = 24
            r += 1
        _put(ws, first, 1, program)
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _text(
        ws,
        r,
        1,
        "※単位の「万人」「億円」は表示単位。年間商品販売額の策定時は平成19年商業統計調査の値。",
    )
    _page(ws, "landscape")
    out = SOURCE / "fuji_shisaku_shihyo_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 西予市 (愛媛県): 平成30年度 地方創生推進交付金事業 実績報告
# --------------------------------------------------------------------------------------------

SEIYO_JIGYO = [
    ("創業支援実践事業", "新規創業に関するセミナー及び講演会の開催", "経済振興課", 0, 0),
    (
        "経済振興資金供給モデル事業",
        "創業希望者を金融機関と連携して資金面で支援",
        "経済振興課",
        10000000,
        5000000,
    ),
    (
        "南予地区官民連携事業承継推進事業",
        "事業承継を希望する事業者と後継希望者のマッチングを支援",
        "経済振興課",
        6190000,
        3095000,
    ),
]

SEIYO_KPI = [
    (
        "KPI",
        [
            "市の支援による創業件数",
            "創業セミナーの受講者数",
            "事業承継マッチングの成立件数",
            "制度融資を活用した創業者による新規雇用者数",
            "事業承継に関する相談件数",
        ],
    ),
    ("単位", ["件", "人", "件", "人", "件"]),
    ("事業開始前（H30.3）", [4, 35, 0, "―", 12]),
    ("H30年度目標値", [6, 50, 2, 5, 20]),
    ("H30年度実績値", [7, 62, 1, 6, 31]),
    ("R2年度目標値（最終）", ["累計20", 60, "累計8", "累計20", "累計80"]),
    ("達成状況（H30）", ["達成", "達成", "未達成", "達成", "達成"]),
]


def seiyo() -> Path:
    wb, ws = _sheet("実績報告", [20, 15, 15, 15, 15, 15])
    _text(ws, 1, 1, "平成30年度　地方創生推進交付金事業　実績報告", bold=True, size=13)
    _text(ws, 2, 6, "令和元年7月24日　西予市総務企画部まちづくり推進課", align="right")
    r = 4
    for label, value in [
        ("交付対象事業の名称", "せいよ創業・事業承継支援による地域経済循環推進事業"),
        ("事業実施期間", "平成30年度～令和2年度（3か年）"),
        ("交付金充当額（H30）", "¥8,095,000"),
    ]:
        _put(ws, r, 1, label, header=True)
        _put(ws, r, 2, value)
        _merge(ws, r, 2, r, 6)
        r += 1
    r += 1
    _text(ws, r, 1, "１　目指す将来像", bold=True, size=11)
    r += 1
    _put(
        ws,
        r,
        1,
        "市内での創業と円滑な事業承継を官民一体で支え、地域の商店や事業所が次の世代へ引き継がれることで、雇用の場が維持され、若者が地元で働き続けられるまちを目指す。",
    )
    _merge(ws, r, 1, r, 6)
    ws.row_dimensions[r].height = 30
    r += 2
    _text(ws, r, 1, "２　事業の概要", bold=True, size=11)
    r += 1
    for c, word in [
        (1, "事務事業名"),
        (2, "事業概要"),
        (4, "事業担当課"),
        (5, "事業費"),
        (6, "交付金充当"),
    ]:
        _put(ws, r, c, word, header=True)
    _merge(ws, r, 2, r, 3)
    r += 1
    for name, outline, dept, cost, grant in SEIYO_JIGYO:
        _put(ws, r, 1, name)
        _put(ws, r, 2, outline)
        _merge(ws, r, 2, r, 3)
        _put(ws, r, 4, dept, align="center")
        _put(ws, r, 5, cost, fmt='"¥"#,##0')
        _put(ws, r, 6, grant, fmt='"¥"#,##0')
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    _text(ws, r, 1, "３　重要業績評価指標（KPI）", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "項目", header=True)
    for c, label in enumerate(["KPI①", "KPI②", "KPI③", "KPI④", "KPI⑤"], start=2):
        _put(ws, r, c, label, header=True)
    r += 1
    for label, values in SEIYO_KPI:
        _put(ws, r, 1, label, header=True)
        for c, v in enumerate(values, start=2):
            align = "left" if label == "KPI" else "center" if isinstance(v, str) else "right"
            _put(ws, r, c, v, align=align)
        ws.row_dimensions[r].height = 42 if label == "KPI" else 16
        r += 1
    _text(ws, r, 1, "※R2年度目標値の「累計」は平成30年度から令和2年度までの3か年の合計。")
    r += 2
    _text(ws, r, 1, "４　事業の評価", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "事業の効果", header=True)
    _put(ws, r, 2, "地方創生に相当程度効果があった")
    _merge(ws, r, 2, r, 6)
    r += 1
    _put(ws, r, 1, "今後の方針", header=True)
    _put(ws, r, 2, "事業の継続")
    _merge(ws, r, 2, r, 6)
    r += 2
    _text(ws, r, 1, "５　事業担当課", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "経済振興課")
    _merge(ws, r, 1, r, 6)
    r += 2
    _text(ws, r, 1, "６　昨年度の外部有識者からの意見に対する回答", bold=True, size=11)
    r += 1
    _put(
        ws,
        r,
        1,
        "（意見）事業承継は時間を要するため、早い段階からの掘り起こしが必要。\n（回答）商工会と連携し、平成30年度は市内の事業者120者に意向調査を行い、31件の相談につなげた。",
    )
    _merge(ws, r, 1, r, 6)
    ws.row_dimensions[r].height = 32
    _page(ws, "portrait")
    out = SOURCE / "seiyo_kofukin_jisseki_h30.xlsx"
    _save(wb, out)
    return out


def main() -> None:
    print(f"wrote {tama().name}")
    for make in (shizukuishi, fuji, seiyo):
        src = make()
        print(f"wrote source/{src.name}")
        to_pdf(src)


if __name__ == "__main__":
    main()
