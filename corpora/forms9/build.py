"""Build the built documents of forms9/ (hand-written HTML, openpyxl, LibreOffice).

Run from anywhere: ``/work/venv/bin/python build.py``. It writes

* ``makkari_senkogata_kensho_h27.html``, a page in the manner of 真狩村
  「地方創生先行型の効果検証結果」 (one 事業 a block of rows, its KPIs stacked under merged
  cells, a 交付額（千円） money column);
* ``source/nanto_shisaku_management_h27.xlsx``, a sheet in the manner of 南砺市
  「施策マネジメントシート」 (indicator names in one table, their numbers in another, joined by a
  letter), and from it ``nanto_shisaku_management_h27.pdf``;
* ``source/gotsu_kpi_hyoka_r3.xlsx``, a sheet in the manner of 江津市
  「江津市版総合戦略【R3年度評価】」 (units inside the name cell, Western years, a page header
  and footer), and from it ``gotsu_kpi_hyoka_r3.pdf``;
* ``source/kikuyo_kofukin_kpi_h29.xlsx``, a sheet in the manner of 菊陽町
  「H29末KPI実績値（交付金事業）」 (yearly increments with 目標 / 実績 pairs), and from it
  ``kikuyo_kofukin_kpi_h29.pdf``.

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
    wb.properties.creator = "forms9/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms9/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms9_soffice_") as tmp:
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
# 真狩村 (北海道): 地方創生先行型 効果検証結果 (平成27年度実施事業) — hand-written HTML
# --------------------------------------------------------------------------------------------

MAKKARI_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地方創生先行型の効果検証結果｜真狩村</title>
<style>
table { border-collapse: collapse; font-size: 90%; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; }
th { background: #d9d9d9; }
</style>
</head>
<body>
<h1>地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）の効果検証結果</h1>
<p>真狩村（平成27年度実施事業）</p>
<table>
<thead>
<tr>
<th rowspan="2">No.</th>
<th rowspan="2">交付対象事業の名称</th>
<th rowspan="2">事業概要</th>
<th rowspan="2">交付額<br>（千円）</th>
<th colspan="3">本事業における重要業績評価指標（KPI）</th>
<th rowspan="2">評価及び今後の方針</th>
<th rowspan="2">推進会議<br>の評価</th>
</tr>
<tr>
<th>指標</th>
<th>指標値</th>
<th>実績値</th>
</tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td>真狩村総合戦略策定業務</td>
<td>○「真狩村総合戦略」の策定に係る各種調査の実施<br>○外部有識者を含む「真狩村地方創生推進会議」の運営補助等</td>
<td>3,000</td>
<td>―</td>
<td>―</td>
<td>―</td>
<td>平成27年10月に総合戦略を策定した。今後は毎年度、推進会議においてKPIの検証を行う。</td>
<td>効果があった</td>
</tr>
<tr>
<td rowspan="2">2</td>
<td rowspan="2">真狩村における食品加工業の振興による地域活性化方策検討業務</td>
<td rowspan="2">○食品加工の試行的取組及び市場調査の実施<br>○新たな食品加工業の創出に向けた事業計画の策定<br>○協議会の運営補助等</td>
<td rowspan="2">5,400</td>
<td>事業立ち上げに向けた民間企業との商談件数</td>
<td>3件</td>
<td>17件</td>
<td rowspan="2">農産加工品の製品化に向けた商談・テスト販売を実施できたことから、十分に効果はあった。今後は民間事業者と積極的に協議を行い、試作した4品目の製品化を目指す。</td>
<td rowspan="2">非常に効果的であった</td>
</tr>
<tr>
<td>製品開発等の取組件数</td>
<td>2件</td>
<td>2件</td>
</tr>
<tr>
<td rowspan="2">3</td>
<td rowspan="2">高校生パティシエによる村活性化プロジェクト事業</td>
<td rowspan="2">○道の駅における高校生カフェの運営<br>〇地場農産物を活用した野菜スィーツの試作・販売の実施</td>
<td rowspan="2">7,833</td>
<td>道の駅観光客入込数増加</td>
<td>7,946人</td>
<td>8,305人</td>
<td rowspan="2">夏休み期間の土日・祝日に計12日間カフェを営業し、延べ1,520人が来店した。売上げは目標に届かなかったが、次年度も継続して実施する。</td>
<td rowspan="2">効果があった</td>
</tr>
<tr>
<td>カフェ売上げ</td>
<td>200万円</td>
<td>約186万円</td>
</tr>
<tr>
<td>4</td>
<td>温泉熱等地域資源の有効活用に関わる事業化検討調査事業</td>
<td>○源泉の現況調査の実施<br>○再エネ導入に向けた勉強会の開催<br>○道内外の先進地視察の実施<br>○再エネ活用に向けた事業計画の策定</td>
<td>4,860</td>
<td>再エネ活用に向けた事業計画の策定件数</td>
<td>1件</td>
<td>1件</td>
<td>勉強会を3回開催し、事業計画を策定した。平成29年度の事業化に向けて検討を進める。</td>
<td>効果があった</td>
</tr>
<tr>
<td>5</td>
<td>国内外観光客誘致促進事業</td>
<td>○観光PR用パンフレット等の作成<br>○道の駅レジシステムの更新<br>○移動型公衆無線LAN装置の購入<br>○冬季宿泊アンケートの実施</td>
<td>6,215</td>
<td>冬季（12月～3月）の宿泊者数</td>
<td>1,500人</td>
<td>―</td>
<td>冬季宿泊アンケートは平成28年3月末まで実施しており、宿泊者数は集計後に報告する。</td>
<td>効果があった</td>
</tr>
<tr>
<td>6</td>
<td>子育て環境向上事業</td>
<td>○中学生までの医療費無料化の実施<br>○65歳未満のインフルエンザワクチン接種費用減免の実施<br>○幼児向け遊具等の更新</td>
<td>9,120</td>
<td>年間出生数</td>
<td>10人</td>
<td>8人</td>
<td>医療費無料化の対象を中学生まで拡大し、子育て世帯の負担軽減を図った。</td>
<td>効果があった</td>
</tr>
</tbody>
</table>
<p>※交付額は千円未満を切り捨てて表示している。</p>
</body>
</html>
"""


def makkari() -> Path:
    out = HERE / "makkari_senkogata_kensho_h27.html"
    out.write_text(MAKKARI_HTML, encoding="utf-8")
    return out


# --------------------------------------------------------------------------------------------
# 南砺市 (富山県): 施策マネジメントシート (平成27年度事後評価)
# --------------------------------------------------------------------------------------------

NANTO_TAISHO = [("A", "福野、福光、井波、城端、井口区域の面積", "k㎡"), ("B", "森林面積", "k㎡")]
NANTO_SEIKA = [
    ("A", "自然環境（散居村景観含む）美しく保たれると思う市民の割合", "％"),
    ("B", "散居景観保全協定の締結数", "件"),
    ("C", "不法投棄件数", "件"),
    ("D", "森づくり活動の参加数", "人"),
    ("E", "市内河川BOD基準達成率", "％"),
]
# 区分, 記号, 単位, 当初値(H22), 前年度実績(H26), 当年度実績(H27), 目標値(H28), 達成見込み
NANTO_VALUES = [
    ("対象指標", "A", "k㎡", 215.8, 215.8, 215.8, "", ""),
    ("対象指標", "B", "k㎡", 535.2, 534.6, 534.6, "", ""),
    ("成果指標", "A", "％", 52.3, 58.1, 60.4, "65.0%以上", "△"),
    ("成果指標", "B", "件", 12, 18, 19, 25, "△"),
    ("成果指標", "C", "件", 48, 36, 41, "30件以下", "×"),
    ("成果指標", "D", "人", 1250, 1630, 1712, 2000, "○"),
    ("成果指標", "E", "％", 92.9, 95.2, "―", 100.0, "○"),
]


def nanto() -> Path:
    wb, ws = _sheet("施策マネジメントシート1", [11, 6, 6, 30, 11, 11, 11, 11, 10])
    _text(ws, 1, 1, "施策マネジメントシート1", bold=True, size=14)
    _text(ws, 1, 9, "平成27年度事後評価", align="right")
    r = 3
    _put(ws, r, 1, "総合計画\n体系", header=True)
    _merge(ws, r, 1, r + 1, 1)
    _put(ws, r, 2, "政策No.", header=True)
    _merge(ws, r, 2, r, 3)
    _put(ws, r, 4, "1")
    _put(ws, r, 5, "自然に優しい住みよいまちづくり")
    _merge(ws, r, 5, r, 9)
    _put(ws, r + 1, 2, "施策No.", header=True)
    _merge(ws, r + 1, 2, r + 1, 3)
    _put(ws, r + 1, 4, "1")
    _put(ws, r + 1, 5, "自然環境の保全と活用")
    _merge(ws, r + 1, 5, r + 1, 9)
    r += 2
    for label, value in [
        ("施策統括課", "農林課"),
        ("関係課名", "エコビレッジ推進課、建設課"),
        ("作成日", "平成28年7月31日"),
        (
            "関係する計画",
            "・南砺市エコビレッジ構想（H25.3）\n・南砺市桜ケ池エコビレッジ再生可能エネルギー導入基本計画（H25.3）",
        ),
        (
            "目指すべき姿",
            "・南砺の豊かな水と緑を守り育むため、行政と市民が連携して活動を進めます。\n・散居村景観や自然環境、生活環境を保全し、人と自然が共生できる安全で安らぎのあるまちをつくります。",
        ),
    ]:
        _put(ws, r, 1, label, header=True)
        _merge(ws, r, 1, r, 3)
        _put(ws, r, 4, value)
        _merge(ws, r, 4, r, 9)
        ws.row_dimensions[r].height = 30 if "\n" in value else 16
        r += 1
    r += 1
    _text(ws, r, 1, "1　施策の目的と指標", bold=True, size=11)
    r += 1
    for head, body in [
        (
            "① 対象（誰、何を対象としているのか）",
            "散居村景観（福野、福光、井波、城端、井口）\n自然環境（山林）\n生活環境",
        ),
        (
            "② 意図（この施策によって対象をどう変えるのか）",
            "散居村景観が保全され、活用される\n自然環境が保全され、活用される\n生活環境が保全される",
        ),
    ]:
        _put(ws, r, 1, head, header=True, align="left")
        _merge(ws, r, 1, r, 4)
        _put(ws, r, 5, body)
        _merge(ws, r, 5, r, 9)
        ws.row_dimensions[r].height = 40
        r += 1
    for head, rows in [
        ("③ 対象指標名（対象の大きさを表す指標）＊数字は記入しない", NANTO_TAISHO),
        ("④ 成果指標名（意図の達成度を表す指標）＊数字は記入しない", NANTO_SEIKA),
    ]:
        _put(ws, r, 1, head, header=True, align="left")
        _merge(ws, r, 1, r, 7)
        _put(ws, r, 8, "単位", header=True)
        _merge(ws, r, 8, r, 9)
        r += 1
        for letter, name, unit in rows:
            _put(ws, r, 1, letter, align="center")
            _put(ws, r, 2, name)
            _merge(ws, r, 2, r, 7)
            _put(ws, r, 8, unit, align="center")
            _merge(ws, r, 8, r, 9)
            r += 1
    _put(ws, r, 1, "成果指標設定の考え方\n（成果指標設定の理由）", header=True)
    _merge(ws, r, 1, r, 3)
    _put(
        ws,
        r,
        4,
        "A：自然環境が美しく保たれていると感じる市民の割合で、施策の成果を総合的に測る。\nB：散居景観の保全に取り組む地区の広がりを測る。\nC：不法投棄は少ないほどよい。\nD：市民が森づくりに関わった延べ人数。\nE：市内の河川の水質を測る（環境基準の達成地点の割合）。",
    )
    _merge(ws, r, 4, r, 9)
    ws.row_dimensions[r].height = 66
    r += 1
    _put(ws, r, 1, "成果指標の測定企画\n（実際にどのように実績値を把握するか）", header=True)
    _merge(ws, r, 1, r, 3)
    _put(
        ws,
        r,
        4,
        "A：市民意識調査（毎年6月、20歳以上の市民2,000人）\nB・D：担当課の集計（年度末）　C：不法投棄通報件数（年度末）\nE：県の公共用水域水質測定結果（市内12地点）",
    )
    _merge(ws, r, 4, r, 9)
    ws.row_dimensions[r].height = 42
    r += 2
    _text(ws, r, 1, "2　指標の推移", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        [
            "区分",
            "記号",
            "単位",
            "",
            "当初値\n（H22）",
            "前年度実績\n（H26）",
            "当年度実績\n（H27）",
            "目標値\n（H28）",
            "達成見込み",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    first = r + 1
    r += 1
    for kubun, letter, unit, base, prev, cur, target, outlook in NANTO_VALUES:
        _put(ws, r, 1, kubun, align="center")
        _put(ws, r, 2, letter, align="center")
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, "")
        for c, v in [(5, base), (6, prev), (7, cur), (8, target)]:
            _put(ws, r, c, v, align="right")
        _put(ws, r, 9, outlook, align="center")
        r += 1
    # 区分 cells merge over their rows; the empty 4th column is the sheet's spacer.
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, r - 1, 1)
    _merge(ws, first - 1, 3, first - 1, 4)
    for rr in range(first, r):
        _merge(ws, rr, 3, rr, 4)
    _text(
        ws,
        r,
        1,
        "※達成見込み　○：目標を達成できる見込み　△：努力すれば達成できる見込み　×：達成は困難",
    )
    _page(ws, "portrait")
    out = SOURCE / "nanto_shisaku_management_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 江津市 (島根県): 江津市版総合戦略【R3年度評価】 KPI評価
# --------------------------------------------------------------------------------------------

# No., name, unit line, 基準値(2019), 2020 目標値, 2020 実績値, 目標値(2024), KPI評価, 担当課
GOTSU_TABLES = [
    (
        "基本目標１　江津で働く場をつくる",
        [
            ("1", "企業立地に伴う新規雇用者数", "（単位：人）", 38, 20, 24, 100, "A", "商工観光課"),
            ("2", "新規就農者数", "（単位：人）", 5, 3, 4, 15, "A", "農林水産課"),
            (
                "3",
                "市内高校生の地元就職率",
                "（単位：％）",
                18.2,
                "20.0以上",
                17.5,
                "25.0以上",
                "C",
                "商工観光課",
            ),
            ("4", "ワーケーション受入件数", "（単位：件）", "―", "―", "―", "―", "―", "政策企画課"),
        ],
        "※No.1・No.2の目標値は2020年度からの累計。No.4は2021年度からの新規KPIのため実績なし。",
    ),
    (
        "基本目標２　江津への新しいひとの流れをつくる",
        [
            ("1", "UIターン者数", "（単位：人）", 102, 110, 96, 130, "B", "政策企画課"),
            ("2", "空き家バンクの成約件数", "（単位：件）", 21, 25, 31, 30, "A", "政策企画課"),
            ("3", "【再掲】新規就農者数", "（単位：人）", 5, 3, 4, 15, "A", "農林水産課"),
        ],
        "",
    ),
]


def gotsu() -> Path:
    wb, ws = _sheet("KPI評価", [6, 40, 13, 12, 12, 13, 10, 14])
    _text(
        ws, 1, 1, "第2期江津市版総合戦略　令和3年度KPI評価（令和2年度の取組）", bold=True, size=13
    )
    _text(ws, 2, 8, "令和3年度", align="right")
    _text(
        ws,
        3,
        1,
        "KPI評価　A：目標を達成　B：目標の80%以上　C：目標の50%以上80%未満　D：目標の50%未満　―：評価できない",
    )
    r = 5
    for heading, rows, note in GOTSU_TABLES:
        _text(ws, r, 1, heading, bold=True, size=11)
        h1, h2 = r + 1, r + 2
        for c, word in [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "基準値\n（2019年度）"),
            (6, "目標値\n（2024年度）"),
            (7, "KPI評価"),
            (8, "担当課"),
        ]:
            _put(ws, h1, c, word, header=True)
            _merge(ws, h1, c, h2, c)
        _put(ws, h1, 4, "2020年度", header=True)
        _merge(ws, h1, 4, h1, 5)
        _put(ws, h2, 4, "目標値", header=True)
        _put(ws, h2, 5, "実績値", header=True)
        ws.row_dimensions[h1].height = 16
        ws.row_dimensions[h2].height = 18
        r = h2 + 1
        for no, name, unit, base, t20, a20, t24, grade, dept in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, f"{name}\n{unit}")
            for c, v in [(3, base), (4, t20), (5, a20), (6, t24)]:
                _put(ws, r, c, v, align="right")
            _put(ws, r, 7, grade, align="center")
            _put(ws, r, 8, dept, align="center")
            ws.row_dimensions[r].height = 28
            r += 1
        if note:
            _put(ws, r, 1, note)
            _merge(ws, r, 1, r, 8)
            r += 1
        r += 1
    _page(ws, "landscape", header="江津市版総合戦略【R3年度評価】", footer="- 12 -")
    out = SOURCE / "gotsu_kpi_hyoka_r3.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 菊陽町 (熊本県): 地方創生推進交付金事業 KPI実績値（平成29年度末）
# --------------------------------------------------------------------------------------------

# program no., program, [(KPI, 単位, 事業開始前, H28 目標, H28 実績, H29 目標, H29 実績, H30 目標, H30 実績, 累計 目標, 累計 実績)]
KIKUYO_PROGRAMS = [
    (
        "1",
        "菊陽町産農産物ブランド化推進事業",
        [
            ("ブランド認証品目数", "品目", 0, 2, 2, 2, 3, 2, "", 6, 5),
            (
                "ふるさと納税寄附額",
                "千円",
                45000,
                5000,
                6120,
                5000,
                "△1,850",
                5000,
                "",
                15000,
                4270,
            ),
        ],
    ),
    (
        "2",
        "企業誘致・創業支援事業",
        [
            ("町内での創業件数", "件", "―", 3, 4, 3, "3（見込）", 3, "", 9, 7),
            ("誘致企業等での新規雇用者数", "人", 0, 10, 8, 15, 17, 20, "", 45, 25),
        ],
    ),
]


def kikuyo() -> Path:
    wb, ws = _sheet("交付金事業KPI", [5, 24, 24, 7, 12, 9, 9, 9, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "地方創生推進交付金事業　KPI実績値（平成29年度末）", bold=True, size=13)
    _text(ws, 2, 13, "平成30年5月28日　推進会議資料", align="right")
    _text(ws, 4, 1, "１　地方創生推進交付金事業のKPI実績", bold=True, size=11)
    h1, h2 = 5, 6
    for c, word in [
        (1, "No."),
        (2, "事業名"),
        (3, "KPI"),
        (4, "単位"),
        (5, "事業開始前\n（現時点）"),
    ]:
        _put(ws, h1, c, word, header=True)
        _merge(ws, h1, c, h2, c)
    for c, word in [
        (6, "平成28年度増加分\n（1年目）"),
        (8, "平成29年度増加分\n（2年目）"),
        (10, "平成30年度増加分\n（3年目）"),
        (12, "KPI増加分の累計"),
    ]:
        _put(ws, h1, c, word, header=True)
        _merge(ws, h1, c, h1, c + 1)
        _put(ws, h2, c, "目標", header=True)
        _put(ws, h2, c + 1, "実績", header=True)
    ws.row_dimensions[h1].height = 28
    ws.row_dimensions[h2].height = 16
    r = h2 + 1
    for no, program, rows in KIKUYO_PROGRAMS:
        first = r
        for name, unit, *values in rows:
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for c, v in enumerate(values, start=5):
                _put(ws, r, c, v, align="right")
            ws.row_dimensions[r].height = 24
            r += 1
        _put(ws, first, 1, no, align="center")
        _merge(ws, first, 1, r - 1, 1)
        _put(ws, first, 2, program)
        _merge(ws, first, 2, r - 1, 2)
    _text(
        ws,
        r,
        1,
        "※各年度の欄は前年度末からの増加分。平成30年度の実績は平成31年5月に報告する。（見込）は平成30年3月末時点の見込み。",
    )
    _page(ws, "landscape")
    out = SOURCE / "kikuyo_kofukin_kpi_h29.xlsx"
    _save(wb, out)
    return out


def main() -> None:
    print(f"wrote {makkari().name}")
    for make in (nanto, gotsu, kikuyo):
        src = make()
        print(f"wrote source/{src.name}")
        to_pdf(src)


if __name__ == "__main__":
    main()
