"""Build the built documents of forms11/ (hand-written HTML, openpyxl, LibreOffice).

Run from anywhere: ``/work/venv/bin/python build.py``. It writes

* ``urakawa_senryaku_kpi_h27.html``, a page in the manner of 浦河町 (北海道)
  「浦河町地方創生総合戦略」 (数値目標 and KPI as 現状値 → 目標値, the years in a header row of
  their own, units per year such as ``人/年`` in the cells, ``2億396万円``);
* ``source/shinano_kyoten_kensho_h30.xlsx``, a sheet in the manner of 信濃町 (長野県)
  「地方創生拠点整備交付金事業 効果検証」 (two 事業 blocks, each KPI's years running down its
  rows), and from it ``shinano_kyoten_kensho_h30.pdf``;
* ``source/nishiwaki_machizukuri_shihyo_h29.xlsx``, a sheet in the manner of 西脇市 (兵庫県)
  「まちづくり指標の指標値の状況」 (the 基準 year inside the 推移 span, a 種別 column
  成果/活動, two 政策 blocks with a repeated header), and from it
  ``nishiwaki_machizukuri_shihyo_h29.pdf``;
* ``source/onna_tokkatsu_seika_h27.xlsx``, a sheet in the manner of 恩納村 (沖縄県)
  「沖縄振興特別推進交付金事業成果一覧」 (``指標：値`` lines in the target and result cells,
  two lines in one cell, a 総合評価 mark per 事業), and from it ``onna_tokkatsu_seika_h27.pdf``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
    wb.properties.creator = "forms11/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms11/build.py"
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
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
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
    with tempfile.TemporaryDirectory(prefix="forms11_soffice_") as tmp:
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
# 浦河町 (北海道日高郡): 浦河町地方創生総合戦略 — 基本目標1 の数値目標と KPI
# --------------------------------------------------------------------------------------------

URAKAWA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>浦河町地方創生総合戦略 数値目標・重要業績評価指標（KPI）一覧</title>
<style>
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { border: 1px solid #000; padding: 2px 6px; }
th { background: #d9d9d9; }
td.num { text-align: right; }
</style>
</head>
<body>
<h1>浦河町地方創生総合戦略　数値目標・重要業績評価指標（KPI）一覧</h1>
<p>平成28年1月　浦河町</p>
<p>※現状値のうち「/年」を付したものは、平成22年度から平成26年度までの5年間の平均値です。</p>
<h2>基本目標１　競争力のある産業振興による活力あるまちづくり</h2>
<h3>（１）数値目標</h3>
<table>
<thead>
<tr><th rowspan="2">指標</th><th>現状値</th><th>目標値</th></tr>
<tr><th>平成26年度</th><th>平成31年度</th></tr>
</thead>
<tbody>
<tr><td>いちご生産額</td><td class="num">2億396万円</td><td class="num">4億3,000万円</td></tr>
<tr><td>新規雇用者数</td><td class="num">―</td><td class="num">50人</td></tr>
</tbody>
</table>
<h3>（２）具体的な施策と重要業績評価指標（KPI）</h3>
<table>
<thead>
<tr><th rowspan="2">具体的な施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th>現状値</th><th>目標値</th></tr>
<tr><th>平成26年度</th><th>平成31年度</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">（１）第一次産業の振興</td><td>① 新規就農者数</td><td class="num">1.4人/年</td><td class="num">4組/年</td></tr>
<tr><td>② 給食での地場産物利用率</td><td class="num">33%/年</td><td class="num">38%/年</td></tr>
<tr><td>③ 商品開発数</td><td class="num">1.2件/年</td><td class="num">2件/年</td></tr>
<tr><td rowspan="3">（２）新たな観光産業の振興</td><td>① 地域DMOの設立</td><td class="num">0件</td><td class="num">1件</td></tr>
<tr><td>② 着地型・体験型観光による入込者数</td><td class="num">41人/年</td><td class="num">60人/年</td></tr>
<tr><td>③ 着地型・体験型観光参加者リピート率</td><td class="num">30%/年</td><td class="num">45%/年</td></tr>
</tbody>
</table>
<p>※基本目標２以降は省略。</p>
</body>
</html>
"""


def urakawa() -> Path:
    out = HERE / "urakawa_senryaku_kpi_h27.html"
    out.write_text(URAKAWA_HTML, encoding="utf-8")
    return out


# --------------------------------------------------------------------------------------------
# 信濃町 (長野県上水内郡): 地方創生拠点整備交付金事業 効果検証シート (平成30年度実績)
# --------------------------------------------------------------------------------------------

# No., 事業名称, 事業概要, 担当課, 総事業費, KPIs (label, name, baseline, [(year, target, actual, rate)]), 効果, 方針
SHINANO_JIGYO = [
    (
        "1",
        "地域と協働する野尻湖ナウマンゾウ博物館整備事業",
        "体験型の展示やカフェ、ショップなどのスペースを確保することで入館者増加を目指すとともに、住民との協働による運営で、持続した博物館運営を目的にした施設整備事業",
        "教育委員会 生涯学習課",
        "98,280千円（うち交付金 49,140千円）",
        [
            (
                "①",
                "博物館入館者数（人）",
                38420,
                [
                    ("H29年度", 40000, 41236, "103.1%"),
                    ("H30年度", 42000, 40118, "95.5%"),
                    ("H31年度", 44000, "", ""),
                ],
            ),
            (
                "②",
                "カフェ・ショップ売上高（千円）",
                "―",
                [
                    ("H29年度", 6000, 7350, "122.5%"),
                    ("H30年度", 8000, 8912, "111.4%"),
                    ("H31年度", 9000, "", ""),
                ],
            ),
            (
                "③",
                "住民ボランティア登録者数（人）",
                12,
                [
                    ("H29年度", 20, 18, "90.0%"),
                    ("H30年度", 30, 31, "103.3%"),
                    ("H31年度", 40, "", ""),
                ],
            ),
        ],
        "地方創生に相当程度効果があった",
        "事業の継続",
    ),
    (
        "2",
        "地場産品直売所を拠点にした地域振興",
        "常設の直売施設の整備により通年での農産物販売と、雪下野菜や米の高付加価値化を図ることで、農家所得向上を目的にした施設整備事業",
        "産業観光課",
        "64,800千円（うち交付金 32,400千円）",
        [
            (
                "①",
                "直売所年間販売額（千円）",
                18600,
                [
                    ("H29年度", 25000, 23870, "95.5%"),
                    ("H30年度", 30000, 31204, "104.0%"),
                    ("H31年度", 35000, "", ""),
                ],
            ),
            (
                "②",
                "雪下野菜の出荷量（t）",
                4.2,
                [
                    ("H29年度", 6.0, 5.1, "85.0%"),
                    ("H30年度", 8.0, "7.8（見込）", "97.5%"),
                    ("H31年度", 10.0, "", ""),
                ],
            ),
        ],
        "地方創生に効果があった",
        "事業の継続",
    ),
]


def shinano() -> Path:
    wb, ws = _sheet("効果検証シート", [10, 32, 18, 13, 13, 11])
    _text(
        ws,
        1,
        1,
        "地方創生拠点整備交付金事業　効果検証シート（平成30年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 6, "令和元年8月　信濃町", align="right")
    _text(ws, 3, 1, "効果検証機関：信濃町みらい創生会議")
    r = 5
    for no, name, outline, dept, cost, kpis, effect, policy in SHINANO_JIGYO:
        _put(ws, r, 1, "事業No.", header=True)
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, "交付金の種類", header=True)
        _put(ws, r, 4, "地方創生拠点整備交付金")
        _merge(ws, r, 4, r, 6)
        r += 1
        for label, value, height in [
            ("事業名称", name, 16),
            ("事業概要", outline, 30),
            ("担当課", dept, 16),
            ("総事業費", cost, 16),
        ]:
            _put(ws, r, 1, label, header=True)
            _put(ws, r, 2, value)
            _merge(ws, r, 2, r, 6)
            ws.row_dimensions[r].height = height
            r += 1
        r += 1
        _text(ws, r, 1, "重要業績評価指標（KPI）", bold=True, size=10)
        r += 1
        for c, word in enumerate(["No.", "KPI", "年度", "目標値", "実績値", "達成率"], start=1):
            _put(ws, r, c, word, header=True)
        r += 1
        for label, kpi, base, years in kpis:
            first = r
            fmt = "0.0" if isinstance(base, float) else "#,##0"
            _put(ws, r, 3, "事業開始前（H29.3）", align="center")
            _put(ws, r, 4, base, fmt=fmt, align="center")
            _merge(ws, r, 4, r, 5)
            _put(ws, r, 6, "")
            r += 1
            for year, target, actual, rate in years:
                _put(ws, r, 3, year, align="center")
                _put(ws, r, 4, target, fmt=fmt)
                _put(ws, r, 5, actual, fmt=fmt, align="right")
                _put(ws, r, 6, rate, align="right")
                r += 1
            _put(ws, first, 1, label, align="center")
            _merge(ws, first, 1, r - 1, 1)
            _put(ws, first, 2, kpi)
            _merge(ws, first, 2, r - 1, 2)
        _put(ws, r, 1, "事業の効果", header=True)
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, effect)
        _merge(ws, r, 3, r, 6)
        r += 1
        _put(ws, r, 1, "今後の方針", header=True)
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, policy)
        _merge(ws, r, 3, r, 6)
        r += 2
    _text(
        ws, r, 1, "※達成率＝実績値÷目標値。H30年度の雪下野菜の出荷量は3月末までの出荷見込みを含む。"
    )
    _page(ws, "portrait")
    out = SOURCE / "shinano_kyoten_kensho_h30.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 西脇市 (兵庫県): まちづくり指標の指標値の状況 (第1次総合計画・後期基本計画)
# --------------------------------------------------------------------------------------------

# heading, [(施策, [(No., 指標, 種別, 単位, H24..H29, 目標値(H30), 出典)])]
NISHIWAKI_BLOCKS = [
    (
        "政策３　安全で安心して暮らせるまち",
        [
            (
                "3-1 消防・救急体制の充実",
                [
                    (
                        "1",
                        "年間火災発生件数",
                        "成果",
                        "件",
                        [21, 18, 16, 19, 15, 13],
                        "15以下",
                        "消防本部調べ",
                    ),
                    (
                        "2",
                        "普通救命講習の受講者数",
                        "活動",
                        "人",
                        [612, 655, 701, 688, 734, 759],
                        800,
                        "消防本部調べ",
                    ),
                ],
            ),
            (
                "3-2 防災対策の推進",
                [
                    (
                        "3",
                        "自主防災組織の組織率",
                        "成果",
                        "％",
                        [88.6, 90.2, 91.5, 93.0, 94.4, 95.1],
                        100.0,
                        "防災安全課調べ",
                    ),
                    (
                        "4",
                        "「災害への備えをしている」と思う市民の割合",
                        "成果",
                        "％",
                        ["―", 41.3, 43.0, "―", 46.8, 47.5],
                        55.0,
                        "まちづくり市民アンケート",
                    ),
                ],
            ),
        ],
    ),
    (
        "政策４　人と環境にやさしいまち",
        [
            (
                "4-2 ごみの減量化・資源化の推進",
                [
                    (
                        "5",
                        "市民1人1日当たりのごみ排出量",
                        "成果",
                        "g",
                        [982, 975, 968, 971, 959, 948],
                        900,
                        "環境課調べ",
                    ),
                    (
                        "6",
                        "資源ごみ集団回収の実施団体数",
                        "活動",
                        "団体",
                        [96, 98, 99, 101, 100, 103],
                        110,
                        "環境課調べ",
                    ),
                ],
            ),
        ],
    ),
]

NISHIWAKI_YEARS = ["H24年度（基準）", "H25年度", "H26年度", "H27年度", "H28年度", "H29年度"]


def _nishiwaki_header(ws, r: int) -> int:
    h1, h2 = r, r + 1
    for c, word in [
        (1, "施策"),
        (2, "No."),
        (3, "まちづくり指標"),
        (4, "種別"),
        (5, "単位"),
        (12, "目標値（H30年度）"),
        (13, "指標の出典"),
    ]:
        _put(ws, h1, c, word, header=True)
        _merge(ws, h1, c, h2, c)
    _put(ws, h1, 6, "指標値の推移", header=True)
    _merge(ws, h1, 6, h1, 11)
    for c, year in enumerate(NISHIWAKI_YEARS, start=6):
        _put(ws, h2, c, year, header=True)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 26
    return h2 + 1


def nishiwaki() -> Path:
    wb, ws = _sheet("まちづくり指標", [20, 5, 30, 6, 6, 12, 8, 8, 8, 8, 8, 13, 18])
    _text(
        ws,
        1,
        1,
        "まちづくり指標の指標値の状況（第1次総合計画・後期基本計画）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 13, "西脇市 都市経営部 企画調整課", align="right")
    _text(
        ws,
        3,
        1,
        "後期基本計画（平成25年度～30年度）では、平成24年度の指標値を基準とし、その後の指標値の推移を年度ごとに比較・検証しています。",
    )
    r = 5
    for heading, groups in NISHIWAKI_BLOCKS:
        _text(ws, r, 1, heading, bold=True, size=11)
        r = _nishiwaki_header(ws, r + 1)
        for shisaku, rows in groups:
            first = r
            for no, name, kind, unit, values, target, source in rows:
                fmt = "0.0" if unit == "％" else "#,##0"
                _put(ws, r, 2, no, align="center")
                _put(ws, r, 3, name)
                _put(ws, r, 4, kind, align="center")
                _put(ws, r, 5, unit, align="center")
                for c, v in enumerate(values, start=6):
                    _put(ws, r, c, v, fmt=fmt, align="right")
                _put(ws, r, 12, target, fmt=fmt, align="right")
                _put(ws, r, 13, source)
                ws.row_dimensions[r].height = 24
                r += 1
            _put(ws, first, 1, shisaku)
            _merge(ws, first, 1, r - 1, 1)
        r += 1
    for line in [
        "※各年度は調査年度を示しており、数値は直近に把握した指標値です。測定時点、測定期間は指標の種類に応じて異なります。",
        "　（例）年間火災発生件数　平成29年度指標値 13件 → 平成28年1月～平成28年12月に発生した火災件数",
        "※種別　成果：施策の成果を表す指標　活動：成果指標を補完する活動量の指標",
        "※「―」は調査を実施していない年度",
    ]:
        _text(ws, r, 1, line)
        r += 1
    _page(ws, "landscape")
    out = SOURCE / "nishiwaki_machizukuri_shihyo_h29.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 恩納村 (沖縄県国頭郡): 平成27年度 沖縄振興特別推進交付金事業成果一覧
# --------------------------------------------------------------------------------------------

# パ, 細, 事業名, 計画期間, 事業内容, H27成果目標, H27成果実績, 総合評価
ONNA_ROWS = [
    (
        "1",
        "①",
        "ハーリー船購入支援事業",
        "H27",
        "観光資源のひとつとして盛り上がりを見せるハーリー行事を継承することにより沖縄らしい風景の観光のまちづくりによる受け入れ体制の充実を図るため、ハーリー船購入費用を支援する。",
        "ハーリー船購入費の支援：3隻",
        "ハーリー船購入費の支援：3隻",
        "◎",
    ),
    (
        "1",
        "②",
        "恩納村「みどりの回廊」整備事業",
        "H24～H28",
        "魅力ある観光地づくりを行うため、保安林に村木であるフクギを植栽することで、風による被害対策をするとともに景観づくりを行う。また海浜における漂着ゴミ等の処理などを行う。",
        "フクギ植栽本数：800本\n海浜漂着ゴミ回収量：12t",
        "フクギ植栽本数：620本\n海浜漂着ゴミ回収量：14.5t",
        "○",
    ),
    (
        "1",
        "③",
        "前兼久漁港防犯施設整備事業",
        "H27",
        "多くのダイビング客が訪れる前兼久漁港南側には照明施設がなく、夜間から早朝にかけての盗難被害が発生しているため、防犯灯及び防犯カメラを設置する。",
        "防犯灯の設置：2基\n防犯カメラの設置：1基",
        "防犯灯の設置：2基\n防犯カメラの設置：1基",
        "◎",
    ),
    (
        "1",
        "④",
        "恩納村海浜公園構内道路整備事業",
        "H27",
        "恩納村海浜公園構内道路の一部が未舗装であり、利用者の安全と利便性を確保するため、構内道路の舗装を行う。",
        "構内道路の舗装延長：320m",
        "―",
        "繰",
    ),
    (
        "1",
        "⑤",
        "恩納村美ら海花火大会事業",
        "H25～H29",
        "村の夏の一大イベントとして花火大会を開催し、村内外からの誘客を図るとともに、村内の宿泊施設・飲食店等への経済効果を高める。",
        "花火大会来場者数：30,000人",
        "花火大会来場者数：約35,000人",
        "◎",
    ),
]


def onna() -> Path:
    wb, ws = _sheet("成果一覧", [4, 4, 20, 9, 46, 24, 24, 8])
    _text(
        ws,
        1,
        1,
        "平成27年度　沖縄振興特別推進交付金事業成果一覧",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "恩納村", bold=True, size=11)
    _text(ws, 2, 8, "平成28年8月", align="right")
    _text(
        ws,
        3,
        1,
        "【凡例】「達成」・・・「◎」　「概ね達成」・・・「○」　「一部達成」・・・「△」　「未達成」・・・「未」　「繰越」・・・「繰」　「廃止（中止）」・・・「－」",
    )
    h1, h2 = 5, 6
    _put(ws, h1, 1, "事業番号", header=True)
    _merge(ws, h1, 1, h1, 2)
    _put(ws, h2, 1, "パ", header=True)
    _put(ws, h2, 2, "細", header=True)
    for c, word in [
        (3, "事業名"),
        (4, "計画期間"),
        (5, "事業内容"),
        (6, "H27成果目標（指標）"),
        (7, "H27成果実績（指標）"),
        (8, "総合評価"),
    ]:
        _put(ws, h1, c, word, header=True)
        _merge(ws, h1, c, h2, c)
    r = h2 + 1
    for pa, sai, name, period, body, target, result, grade in ONNA_ROWS:
        _put(ws, r, 1, pa, align="center")
        _put(ws, r, 2, sai, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, period, align="center")
        _put(ws, r, 5, body)
        _put(ws, r, 6, target)
        _put(ws, r, 7, result, align="center" if result == "―" else None)
        _put(ws, r, 8, grade, align="center", size=11)
        ws.row_dimensions[r].height = 52
        r += 1
    _text(
        ws,
        r,
        1,
        "※事業番号「パ」はパッケージ番号、「細」は細事業番号。成果実績は平成28年3月31日現在。",
    )
    _page(ws, "landscape")
    out = SOURCE / "onna_tokkatsu_seika_h27.xlsx"
    _save(wb, out)
    return out


def main() -> None:
    print(f"wrote {urakawa().name}")
    for make in (shinano, nishiwaki, onna):
        src = make()
        print(f"wrote source/{src.name}")
        to_pdf(src)


if __name__ == "__main__":
    main()
