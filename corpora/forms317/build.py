"""Build the documents of forms317/ (openpyxl, LibreOffice, hand-written HTML and CSV).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/suwa_juten_shihyo_r6.xlsx`` and ``suwa_juten_shihyo_r6.pdf``: a 重点指標 sheet of a
  総合計画 in the manner of 諏訪市 (長野県), portrait; one row (``製造品出荷額等※1``) whose note
  says that every column of it holds the previous calendar year's figure;
* ``fujioka_seika_shihyo_r5.csv``: an open-data download in the manner of 藤岡市 (群馬県), UTF-8
  with BOM and CRLF; form lines, a heading line, then the indicators in long format (one line per
  value: ``No,施策,成果指標,単位,年度,区分,値,備考``);
* ``kashima_senryaku_kpi_r5.html``: a 総合戦略 KPI page in the manner of 鹿嶋市 (茨城県); actual
  columns newest first and one 単位 cell shared by two rows (``rowspan``);
* ``source/isehara_genki_kpi_r6.xlsx`` and ``isehara_genki_kpi_r6.pdf``: a KPI検証シート in the
  manner of 伊勢原市 (神奈川県), landscape; a column of related 事業 with budget figures and a row
  dated to April 1 of each year by a note.

These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
XLSX, HTML and CSV are byte-stable (fixed document dates, zip members rewritten with a fixed
timestamp); the PDFs carry LibreOffice's creation date.
"""

# ruff: noqa: E501, B905

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FIXED = dt.datetime(2025, 9, 1, 9, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="DDDDDD")


def font(size: float = 9, bold: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref: str,
    value,
    *,
    size: float = 9,
    bold: bool = False,
    box: bool = False,
    shade: bool = False,
    h: str = "left",
    wrap: bool = True,
    fmt: str | None = None,
) -> None:
    """Write one cell (or the top-left cell of a merge ``A1:C1``) with its style."""
    first = ref.split(":")[0]
    ws[first] = value
    if ":" in ref:
        ws.merge_cells(ref)
    cells = ws[ref] if ":" in ref else ((ws[ref],),)
    for row in cells:
        for cell in row:
            cell.font = font(size, bold)
            cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
            if box:
                cell.border = BOX
            if shade:
                cell.fill = SHADE
            if fmt:
                cell.number_format = fmt


def new_sheet(title: str, widths: dict[str, float], landscape: bool) -> tuple[Workbook, object]:
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "forms317"
    ws = wb.active
    ws.title = title
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    return wb, ws


def save_stable(wb: Workbook, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates and a fixed dcterms:modified."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            data = zin.read(name)
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2025-09-01T09:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2025, 9, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


def to_pdf(xlsx: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.stem}.pdf not rebuilt", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory(prefix="forms317_") as tmp:
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
            capture_output=True,
        )
        shutil.copyfile(Path(tmp) / f"{xlsx.stem}.pdf", HERE / f"{xlsx.stem}.pdf")


# --------------------------------------------------------------------------- 諏訪市


def build_suwa() -> Path:
    widths = {"A": 5, "B": 30, "C": 7, "D": 10, "E": 9, "F": 9, "G": 9, "H": 9, "I": 11}
    wb, ws = new_sheet("重点指標", widths, landscape=False)
    put(
        ws,
        "A1:I1",
        "第六次諏訪市総合計画　重点指標の進捗状況（令和6年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    put(ws, "A2:I2", "令和7年8月　諏訪市 企画部 企画政策課", size=9, h="right")
    fields = [
        ("計画の名称", "第六次諏訪市総合計画（まち・ひと・しごと創生総合戦略を統合）", 18),
        ("将来像", "魅力の架け橋 高原湖畔都市　～シゼンとヒトがつながる、すわ。～", 18),
        ("計画期間", "令和4年度～令和8年度（5年間）", 18),
        ("担当課", "企画政策課", 18),
        (
            "市の概要",
            (
                "諏訪市は標高759mの諏訪湖の畔にある高原湖畔都市で、面積は109.17km²、人口は47,128人"
                "（令和6年10月1日推計）です。平成26年4月に37年ぶりに人口5万人を下回り、将来展望人口は"
                "令和22（2040）年に43,000人以上としています。"
            ),
            46,
        ),
    ]
    row = 4
    for key, text, height in fields:
        put(ws, f"A{row}:B{row}", key, box=True, shade=True, bold=True)
        put(ws, f"C{row}:I{row}", text, box=True)
        ws.row_dimensions[row].height = height
        row += 1
    row += 1
    put(ws, f"A{row}:I{row}", "重点目標２　充実した仕事創造", size=11, bold=True)
    ws.row_dimensions[row].height = 20
    h1, h2 = row + 1, row + 2
    for col, text in (("A", "No."), ("B", "重点指標"), ("C", "単位"), ("D", "現状値（R2）")):
        put(ws, f"{col}{h1}:{col}{h2}", text, box=True, shade=True, bold=True, h="center")
    put(ws, f"E{h1}:G{h1}", "実績値", box=True, shade=True, bold=True, h="center")
    put(ws, f"H{h1}:I{h1}", "目標値", box=True, shade=True, bold=True, h="center")
    for col, text in zip("EFGHI", ("R4", "R5", "R6", "R6", "最終（R8）")):
        put(ws, f"{col}{h2}", text, box=True, shade=True, bold=True, h="center")
    rows = [
        (1, "製造品出荷額等※1", "億円", 2412, 2655, 2780, 2702, 2700, 2800),
        (2, "市内事業所の新規雇用者数", "人", 412, 438, 451, "４６７", 460, 480),
        (3, "創業支援による創業件数", "件", 18, 21, 24, 19, 25, 30),
        (4, "新たに立地・増設した企業数※2", "社", "―", 3, 5, 4, 4, 5),
        (5, "上諏訪温泉の宿泊者数", "千人", 352.6, 398.1, 452.3, 471.9, 480.0, 500.0),
    ]
    r = h2 + 1
    for values in rows:
        for col, value in zip("ABCDEFGHI", values):
            if col == "B":
                put(ws, f"{col}{r}", value, box=True)
            elif isinstance(value, float):
                put(ws, f"{col}{r}", value, box=True, h="right", fmt="#,##0.0")
            elif isinstance(value, int) and col != "A":
                put(ws, f"{col}{r}", value, box=True, h="right", fmt="#,##0")
            else:
                put(ws, f"{col}{r}", value, box=True, h="center" if col in "AC" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        (
            "※1　製造品出荷額等は経済構造実態調査の公表時期の関係で、現状値・実績値・目標値の各欄に"
            "前年（1月～12月）の数値を記載しています（例：R6の欄は令和5年の数値）。"
        ),
        "※2　企業立地の集計は令和4年度から開始したため、現状値はありません。",
        (
            "※　重点指標の進捗は、毎年度の諏訪市総合計画審議会で検証しています"
            "（令和7年度は第1回審議会で報告）。"
        ),
    ]
    r += 1
    for note in notes:
        put(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    path = SOURCE / "suwa_juten_shihyo_r6.xlsx"
    save_stable(wb, path)
    return path


# --------------------------------------------------------------------------- 藤岡市


FUJIOKA_HEAD = [
    ["タイトル", "第5次藤岡市総合計画 後期基本計画 成果指標の実績（令和5年度）"],
    ["計画期間", "令和5年度～令和9年度（後期基本計画）　※基本構想は平成30年度～令和9年度"],
    ["担当課", "企画課"],
    [
        "市の概要",
        (
            "面積180.29km²、人口60,585人（令和6年10月1日推計）。平成18年1月1日に鬼石町を編入。"
            "世界遺産の構成資産である高山社跡や、道の駅「ららん藤岡」があります。"
        ),
    ],
    ["公開日", "2024-10-01"],
    [],
    ["基本目標３　地域の資源を活かした活力あるまち"],
    ["No", "施策", "成果指標", "単位", "年度", "区分", "値", "備考"],
]

FUJIOKA_ROWS = [
    (
        "1",
        "3-1 農林業の振興",
        "認定農業者数",
        "人",
        [
            ("2021", "基準値", "182", ""),
            ("2022", "実績値", "179", ""),
            ("2023", "実績値", "185", ""),
            ("2023", "目標値", "185", "中間目標"),
            ("2027", "目標値", "195", "最終目標"),
        ],
    ),
    (
        "2",
        "3-1 農林業の振興",
        "森林整備面積",
        "ha",
        [
            ("2021", "基準値", "46.2", ""),
            ("2022", "実績値", "51.0", ""),
            ("2023", "実績値", "48.7", ""),
            ("2023", "目標値", "50.0", "中間目標"),
            ("2027", "目標値", "60.0", "最終目標"),
        ],
    ),
    (
        "3",
        "3-2 商工業の振興",
        "道の駅「ららん藤岡」の来場者数",
        "千人",
        [
            ("2021", "基準値", "1,512", ""),
            ("2022", "実績値", "1,846", ""),
            ("2023", "実績値", "2,031", ""),
            ("2023", "目標値", "2,000", "中間目標"),
            ("2027", "目標値", "2,300", "最終目標"),
        ],
    ),
    (
        "4",
        "3-3 観光の振興",
        "高山社跡の見学者数",
        "人",
        [
            ("2021", "基準値", "8,420", ""),
            ("2022", "実績値", "11,305", ""),
            ("2023", "実績値", "12,880", ""),
            ("2023", "目標値", "15,000", "中間目標"),
            ("2027", "目標値", "20,000", "最終目標"),
        ],
    ),
    (
        "5",
        "3-3 観光の振興",
        "観光に満足した来訪者の割合",
        "％",
        [
            ("2021", "基準値", "62.4", "令和3年度来訪者アンケート（回答者412人）"),
            ("2022", "実績値", "－", "アンケートは隔年実施"),
            ("2023", "実績値", "64.8", ""),
            ("2023", "目標値", "65.0", "中間目標"),
            ("2027", "目標値", "70.0", "最終目標"),
        ],
    ),
]

FUJIOKA_TAIL = [
    [],
    ["注記", "年度は西暦で表示した会計年度（4月～翌年3月）です。"],
    [
        "注記",
        (
            "区分「基準値」は後期基本計画策定時（2021年度）の値、「目標値」の2023年度は中間目標、"
            "2027年度は最終目標です。"
        ),
    ],
]


def build_fujioka() -> Path:
    lines = list(FUJIOKA_HEAD)
    for no, shisaku, name, unit, values in FUJIOKA_ROWS:
        for year, role, value, note in values:
            lines.append([no, shisaku, name, unit, year, role, value, note])
    lines.extend(FUJIOKA_TAIL)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(lines)
    path = HERE / "fujioka_seika_shihyo_r5.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


# --------------------------------------------------------------------------- 鹿嶋市


KASHIMA_HEAD = """      <thead>
        <tr>
          <th rowspan="2" scope="col">No.</th>
          <th rowspan="2" scope="col">重要業績評価指標（KPI）</th>
          <th rowspan="2" scope="col">単位</th>
          <th colspan="3" scope="colgroup">実績値（新しい年度から表示）</th>
          <th colspan="2" scope="colgroup">目標値</th>
          <th rowspan="2" scope="col">基準値<br>（2020年度）</th>
        </tr>
        <tr>
          <th scope="col">2023年度</th>
          <th scope="col">2022年度</th>
          <th scope="col">2021年度</th>
          <th scope="col">2023年度</th>
          <th scope="col">2026年度</th>
        </tr>
      </thead>"""

KASHIMA = """<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <title>鹿嶋市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度）｜鹿嶋市</title>
</head>
<body>
  <nav class="breadcrumb">
    <a href="/">ホーム</a> &gt; <a href="/soshiki/">組織でさがす</a> &gt;
    <a href="/soshiki/15/">政策秘書課</a> &gt;
    <span>鹿嶋市まち・ひと・しごと創生総合戦略 KPIの進捗状況</span>
  </nav>
  <main>
    <h1>鹿嶋市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度）</h1>
    <p class="date">更新日：2024年11月20日　担当：政策秘書課</p>
    <p>鹿嶋市は、東に太平洋（鹿島灘）、西に北浦を臨み、古くから鹿島神宮の門前町として発展して
    きました。面積は106.02km<sup>2</sup>、人口は64,853人（2024年10月1日推計）です。本戦略は第四次
    鹿嶋市総合計画（2022年度～）の基本計画の施策目標を達成するための行動計画として位置づけ、
    計画期間は2022年度から2026年度までの5年間です。2023年度の実績を取りまとめましたので
    お知らせします。</p>

    <h2>基本目標２　本市への新しいひとの流れをつくる</h2>
    <table border="1">
HEAD
      <tbody>
        <tr>
          <td>1</td>
          <th scope="row">鹿島神宮周辺の観光入込客数</th>
          <td rowspan="2">千人</td>
          <td>2,415</td>
          <td>2,188</td>
          <td>1,630</td>
          <td>2,400</td>
          <td>2,800</td>
          <td>1,402</td>
        </tr>
        <tr>
          <td>2</td>
          <th scope="row">カシマサッカースタジアムの年間来場者数</th>
          <td>498.2</td>
          <td>455.0</td>
          <td>312.7</td>
          <td>520.0</td>
          <td>600.0</td>
          <td>180.5</td>
        </tr>
        <tr>
          <td>3</td>
          <th scope="row">市外からの転入者数</th>
          <td>人</td>
          <td>約3,450</td>
          <td>3,312</td>
          <td>3,208</td>
          <td>3,400</td>
          <td>3,600</td>
          <td>3,150</td>
        </tr>
        <tr>
          <td>4</td>
          <th scope="row">移住相談窓口を通じた移住者数</th>
          <td>人</td>
          <td>27</td>
          <td>19</td>
          <td>12</td>
          <td>25</td>
          <td>40</td>
          <td>―</td>
        </tr>
      </tbody>
    </table>

    <h2>基本目標４　時代に合った地域をつくり，安心なくらしを守るとともに，地域と地域を連携する</h2>
    <table border="1">
HEAD
      <tbody>
        <tr>
          <td>5</td>
          <th scope="row">刑法犯認知件数（人口千人当たり）</th>
          <td>件</td>
          <td>6.1</td>
          <td>6.4</td>
          <td>5.9</td>
          <td>6.1</td>
          <td>5.5</td>
          <td>7.2</td>
        </tr>
      </tbody>
    </table>

    <p class="note">※実績値は、新しい年度から順に左から表示しています。<br>
    ※基準値は、計画策定時（2020年度）の値です。No.4の移住相談窓口は2021年度に開設したため、
    基準値はありません。<br>
    ※No.3の2023年度は集計中のため概数です。</p>
    <p class="contact">このページに関するお問い合わせ：政策秘書課 政策推進グループ</p>
  </main>
</body>
</html>
"""


def build_kashima() -> Path:
    path = HERE / "kashima_senryaku_kpi_r5.html"
    text = KASHIMA.replace("HEAD\n", KASHIMA_HEAD + "\n")
    path.write_bytes(text.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- 伊勢原市


def build_isehara() -> Path:
    widths = {"A": 40, "B": 6, "C": 10, "D": 9, "E": 9, "F": 9, "G": 9, "H": 11, "I": 6, "J": 34}
    wb, ws = new_sheet("KPI検証", widths, landscape=True)
    put(
        ws,
        "A1:J1",
        "未来を見据えた いせはら元気創生戦略（第2期伊勢原市まち・ひと・しごと創生総合戦略）"
        "　KPI検証シート（令和6年度）",
        size=13,
        bold=True,
        h="center",
    )
    put(ws, "A2:J2", "令和7年9月　伊勢原市 企画部 経営企画課", h="right")
    fields = [
        (
            "戦略の名称",
            "未来を見据えた いせはら元気創生戦略（第2期伊勢原市まち・ひと・しごと創生総合戦略）",
            16,
        ),
        ("位置付け", "伊勢原市第6次総合計画 前期基本計画（令和5年度～令和9年度）の重点施策", 16),
        ("計画期間", "令和5年度～令和9年度", 16),
        ("担当課", "経営企画課", 16),
        (
            "市の現状",
            (
                "伊勢原市は神奈川県のほぼ中央に位置し、面積は55.56km²、そのうち山林原野が約1/3を"
                "占めます。昭和46年3月の市制施行時に45,103人だった人口は約10万2千人となり、標高1,252mの"
                "大山は日本遺産「大山詣り」の舞台として多くの参詣者を迎えています。"
            ),
            32,
        ),
    ]
    row = 4
    for key, text, height in fields:
        put(ws, f"A{row}", key, box=True, shade=True, bold=True)
        put(ws, f"B{row}:J{row}", text, box=True)
        ws.row_dimensions[row].height = height
        row += 1
    row += 1
    put(ws, f"A{row}:J{row}", "■KPIの達成状況", size=11, bold=True)
    ws.row_dimensions[row].height = 20
    h1, h2 = row + 1, row + 2
    for col, text in (
        ("A", "KPI"),
        ("B", "単位"),
        ("C", "基準値（R3）"),
        ("H", "最終目標（R9）"),
        ("I", "評価"),
        ("J", "関連する主な事業（R6予算額）"),
    ):
        put(ws, f"{col}{h1}:{col}{h2}", text, box=True, shade=True, bold=True, h="center")
    put(ws, f"D{h1}:E{h1}", "R5", box=True, shade=True, bold=True, h="center")
    put(ws, f"F{h1}:G{h1}", "R6", box=True, shade=True, bold=True, h="center")
    for col, text in zip("DEFG", ("目標", "実績", "目標", "実績")):
        put(ws, f"{col}{h2}", text, box=True, shade=True, bold=True, h="center")
    rows = [
        (
            "KPI①　大山ケーブルカーの年間利用者数",
            "千人",
            512.4,
            560.0,
            583.1,
            580.0,
            601.7,
            650.0,
            "A",
            "大山観光活性化事業（R6予算 18,400千円）",
        ),
        (
            "KPI②　日本遺産「大山詣り」関連イベントの参加者数",
            "人",
            3820,
            4500,
            4112,
            5000,
            4870,
            6000,
            "B",
            "日本遺産活用推進事業（R6予算 6,250千円）",
        ),
        (
            "KPI③　保育所等待機児童数※",
            "人",
            12,
            5,
            3,
            0,
            0,
            0,
            "A",
            "保育所等整備事業（R6予算 152,000千円）",
        ),
        (
            "KPI④　市内の新規就農者数",
            "人",
            6,
            8,
            9,
            8,
            7,
            10,
            "B",
            "新規就農者支援事業（R6予算 9,800千円）",
        ),
    ]
    r = h2 + 1
    for values in rows:
        for col, value in zip("ABCDEFGHIJ", values):
            if col in "AJ":
                put(ws, f"{col}{r}", value, box=True)
            elif isinstance(value, float):
                put(ws, f"{col}{r}", value, box=True, h="right", fmt="#,##0.0")
            elif isinstance(value, int):
                put(ws, f"{col}{r}", value, box=True, h="right", fmt="#,##0")
            else:
                put(ws, f"{col}{r}", value, box=True, h="center", bold=(col == "I"))
        ws.row_dimensions[r].height = 26
        r += 1
    notes = [
        (
            "【評価】A：目標を達成　B：目標未達成（基準値からは改善）　C：基準値を下回る"
            "（いずれもR6の目標値と実績値による）"
        ),
        "※　KPI③の待機児童数は、各年度4月1日現在の数値です（目標値・基準値も同じ）。",
        "※　関連する主な事業の予算額は、令和6年度当初予算の額です。",
    ]
    r += 1
    for note in notes:
        put(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 16
        r += 1
    path = SOURCE / "isehara_genki_kpi_r6.xlsx"
    save_stable(wb, path)
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    xlsx = [build_suwa(), build_isehara()]
    build_fujioka()
    build_kashima()
    if not no_pdf:
        for path in xlsx:
            to_pdf(path)


if __name__ == "__main__":
    main()
