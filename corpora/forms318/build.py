"""Build the documents of forms318/ (openpyxl, LibreOffice, hand-written HTML and CSV).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/toyota_juten_shisaku_2023.xlsx`` and ``toyota_juten_shisaku_2023.pdf``: a 重点施策
  進捗管理シート of a 総合計画 in the manner of 豊田市 (愛知県), landscape; a ``うち…`` sub-row
  with values of its own under one indicator, and one indicator whose cells are fractions
  (``19／28``: count over total);
* ``source/katsuragi_kpi_kensho_r5.xlsx`` and ``katsuragi_kpi_kensho_r5.pdf``: a KPI効果検証シート
  in the manner of 葛城市 (奈良県), portrait; a 基準値 column with no year, each row's base year
  printed on the name cell's second line (``［基準年度：H30］``), and one target cell carrying its
  own year (``1,250（R8）``) under ``目標値（R6）``;
* ``takatsuki_seika_shihyo_r5.html``: a 成果指標 page in the manner of 高槻市 (大阪府); a word
  target with a reference figure in the same cell, and a note giving an old-method figure;
* ``amagasaki_shisaku_seika_r3.csv``: an open-data download in the manner of 尼崎市 (兵庫県), UTF-8
  with BOM and CRLF; form lines, a heading line, then one line per indicator, two of whose
  quoted cells hold a line break (so a record spans two file lines).

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
    wb.properties.creator = "forms318"
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
    with tempfile.TemporaryDirectory(prefix="forms318_") as tmp:
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


def data_cell(ws, ref: str, value, *, shade: bool = False, bold: bool = False) -> None:
    """A bordered value cell: numbers right-aligned with a thousands separator, text centred."""
    if isinstance(value, float):
        put(ws, ref, value, box=True, h="right", fmt="#,##0.0", shade=shade, bold=bold)
    elif isinstance(value, int):
        put(ws, ref, value, box=True, h="right", fmt="#,##0", shade=shade, bold=bold)
    else:
        put(ws, ref, value, box=True, h="center", shade=shade, bold=bold)


def fields_block(ws, row: int, fields, last_col: str) -> int:
    """Key-value form fields: the label in A:B (shaded), the value in C:last_col. Returns the next row."""
    for label, value, height in fields:
        put(ws, f"A{row}:B{row}", label, box=True, shade=True, bold=True)
        put(ws, f"C{row}:{last_col}{row}", value, box=True)
        ws.row_dimensions[row].height = height
        row += 1
    return row


# --------------------------------------------------------------------------- 豊田市

TOYOTA_ROWS = [
    # No., name, unit, 策定時, 2021, 2022, 2023 実績, 2023 目標, 2024 目標
    ("1", "観光入込客数", "千人", 8512, 5106, 6874, 7935, 7800, 8600),
    ("2", "移住・定住施策による転入者数", "人", 142, 168, 185, 203, 190, 200),
    ("", "　うち山村地域（旭・足助・稲武・小原・下山）への移住者数", "人", 61, 72, 80, 78, 85, 90),
    (
        "3",
        "地域計画を策定した地域自治区数※1",
        "地区",
        "8／28",
        "12／28",
        "15／28",
        "19／28",
        "18／28",
        "28／28",
    ),
    ("4", "モモ・ナシの出荷額", "百万円", 3120, 2980, 3250, 3310, 3300, 3400),
]


def build_toyota() -> Path:
    widths = {"A": 6, "B": 46, "C": 8, "D": 12, "E": 11, "F": 11, "G": 11, "H": 11, "I": 13}
    wb, ws = new_sheet("重点施策3", widths, landscape=True)
    put(
        ws,
        "A1:I1",
        "第8次豊田市総合計画 後期実践計画　重点施策の進捗管理シート（2023年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    ws.row_dimensions[1].height = 24
    put(ws, "A2:I2", "2024年8月　豊田市 企画政策部 企画課", h="right")
    fields = [
        ("計画の名称", "第8次豊田市総合計画 後期実践計画", 16),
        (
            "計画期間",
            "2021年度～2024年度（4年間）　※基本構想は2017年度～2024年度（2040年を展望）",
            16,
        ),
        ("重点施策", "重点施策3　暮らしてよし・訪れてよしの魅力創出", 16),
        ("担当課", "企画課", 16),
        (
            "市の概要",
            "平成17年4月に7市町村が合併し、面積918.47km²の愛知県最大の市となった。人口は約42万人で、市域の約7割を"
            "森林が占める。モモ・ナシは生産量県内第1位で、香嵐渓や旭高原など山村地域の観光資源にも恵まれている。",
            30,
        ),
    ]
    row = fields_block(ws, 4, fields, "I")
    row += 1
    put(ws, f"A{row}:I{row}", "２　重点施策の指標の推移", size=11, bold=True)
    ws.row_dimensions[row].height = 18
    h1, h2 = row + 1, row + 2
    for col, text in (("A", "No."), ("B", "指標"), ("C", "単位"), ("D", "策定時\n（2019年度）")):
        put(ws, f"{col}{h1}:{col}{h2}", text, box=True, shade=True, bold=True, h="center")
    put(ws, f"E{h1}:G{h1}", "実績値", box=True, shade=True, bold=True, h="center")
    put(ws, f"H{h1}:I{h1}", "目標値", box=True, shade=True, bold=True, h="center")
    for col, text in zip(
        "EFGHI", ("2021年度", "2022年度", "2023年度", "2023年度", "2024年度（最終）")
    ):
        put(ws, f"{col}{h2}", text, box=True, shade=True, bold=True, h="center")
    row = h2 + 1
    for no, name, unit, *values in TOYOTA_ROWS:
        put(ws, f"A{row}", no, box=True, h="center")
        put(ws, f"B{row}", name, box=True, size=8.5 if name.startswith("　") else 9)
        put(ws, f"C{row}", unit, box=True, h="center")
        for col, value in zip("DEFGHI", values):
            data_cell(ws, f"{col}{row}", value)
        ws.row_dimensions[row].height = 20
        row += 1
    notes = [
        "※1　No.3の値は「地域計画を策定した地域自治区の数／市内の地域自治区の総数（28地区）」を示しています。",
        "※2　「うち」で始まる行は、すぐ上の指標（No.2）の内数です。",
        "※3　観光入込客数は愛知県観光レクリエーション利用者統計（暦年ではなく年度で集計）によります。",
    ]
    row += 1
    for note in notes:
        put(ws, f"A{row}:I{row}", note, size=8.5)
        row += 1
    path = SOURCE / "toyota_juten_shisaku_2023.xlsx"
    save_stable(wb, path)
    return path


# --------------------------------------------------------------------------- 葛城市

KATSURAGI_ROWS = [
    # No., name, base year, unit, 基準値, R3実績, R4実績, R5目標, R5実績, 目標値（R6）
    ("1", "道の駅かつらぎの利用者数", "R元", "千人", 612, 530, 655, 680, 701, 700),
    ("2", "當麻寺周辺の観光入込客数", "H30", "千人", 405.2, 250.8, 318.4, 390.0, 372.5, 420.0),
    ("3", "二輪菊の出荷本数", "R元", "万本", 1210, 1150, 1120, 1200, 1135, "1,250（R8）"),
    ("4", "市公式SNSのフォロワー数", "R2", "人", 2840, 4120, 5930, 6000, 7480, 8000),
]


def build_katsuragi() -> Path:
    widths = {"A": 5, "B": 32, "C": 7, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9, "I": 11}
    wb, ws = new_sheet("KPI効果検証", widths, landscape=False)
    put(ws, "A1:I1", "第2期葛城市総合戦略", size=13, bold=True, h="center")
    put(
        ws,
        "A2:I2",
        "重要業績評価指標（KPI）効果検証シート（令和5年度）",
        size=13,
        bold=True,
        h="center",
    )
    put(ws, "A3:I3", "令和6年9月　葛城市 企画部 企画政策課", h="right")
    fields = [
        ("戦略の名称", "第2期葛城市総合戦略", 16),
        ("計画期間", "令和２年度～令和６年度（５年間）", 16),
        ("担当課", "企画政策課", 16),
        (
            "市の概要",
            "2004年10月1日に新庄町と當麻町が合併して誕生。面積33.72km²、人口37,352人（2019年8月1日）。"
            "葛城山から二上山に延びる山並みの東麓に位置し、當麻寺は国宝8件を所蔵する。二輪菊は日本最大の産地である。",
            40,
        ),
    ]
    row = fields_block(ws, 5, fields, "I")
    row += 1
    put(
        ws,
        f"A{row}:I{row}",
        "基本目標２　葛城市の魅力を発信し、人を呼び込む（集客）",
        size=11,
        bold=True,
    )
    ws.row_dimensions[row].height = 18
    row += 1
    heads = (
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R6）",
    )
    for col, text in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{row}", text, box=True, shade=True, bold=True, h="center")
    ws.row_dimensions[row].height = 28
    row += 1
    for no, name, base_year, unit, *values in KATSURAGI_ROWS:
        put(ws, f"A{row}", no, box=True, h="center")
        put(ws, f"B{row}", f"{name}\n［基準年度：{base_year}］", box=True)
        put(ws, f"C{row}", unit, box=True, h="center")
        for col, value in zip("DEFGHI", values):
            data_cell(ws, f"{col}{row}", value)
        ws.row_dimensions[row].height = 30
        row += 1
    notes = [
        "※　基準値の年度は指標ごとに異なるため、指標名の下の［　］内に記載しています。",
        "※　No.3の目標値は、奈良県の花き振興の計画にあわせて令和８年度の値としています。",
        "※　千人・万本の欄は、単位未満を四捨五入しています。",
    ]
    row += 1
    for note in notes:
        put(ws, f"A{row}:I{row}", note, size=8.5)
        row += 1
    path = SOURCE / "katsuragi_kpi_kensho_r5.xlsx"
    save_stable(wb, path)
    return path


# --------------------------------------------------------------------------- 高槻市

TAKATSUKI = """<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <title>第6次高槻市総合計画 成果指標の進捗状況（令和５年度）｜高槻市</title>
</head>
<body>
  <nav class="breadcrumb">
    <a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt;
    <a href="/shisei/seisaku/">政策</a> &gt; <a href="/shisei/seisaku/keikaku/">総合計画</a> &gt;
    <span>成果指標の進捗状況（令和５年度）</span>
  </nav>
  <main>
    <h1>第6次高槻市総合計画 成果指標の進捗状況（令和５年度）</h1>
    <p class="date">更新日：2024年10月1日　担当：総合戦略部 みらい創生室</p>
    <p>高槻市は大阪と京都のほぼ中間（大阪から21.2km、京都から21.6km）に位置し、面積は105.29km<sup>2</sup>、
    人口は347,624人（2020年4月1日推計）です。第6次高槻市総合計画は、令和2（2020）年度までの第5次総合計画に続く
    まちづくりの指針として、令和3（2021）年度から取組を進めています。</p>
    <p>基本計画（前期：令和3年度～令和7年度）に掲げた成果指標のうち、健康・にぎわい分野の令和５年度の実績を
    お知らせします。</p>

    <h2>２　成果指標の状況（健康・にぎわい分野）</h2>
    <table border="1">
      <thead>
        <tr>
          <th rowspan="2" scope="col">No.</th>
          <th rowspan="2" scope="col">成果指標</th>
          <th rowspan="2" scope="col">単位</th>
          <th rowspan="2" scope="col">基準値<br>（令和元年度）</th>
          <th colspan="3" scope="colgroup">実績値</th>
          <th rowspan="2" scope="col">目標値<br>（令和７年度）</th>
        </tr>
        <tr>
          <th scope="col">令和３年度</th>
          <th scope="col">令和４年度</th>
          <th scope="col">令和５年度</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>1</td>
          <th scope="row">特定健康診査の受診率（国民健康保険）</th>
          <td>％</td>
          <td>38.6</td>
          <td>35.2</td>
          <td>37.9</td>
          <td>39.4</td>
          <td>全国平均以上<br><small>（参考：令和４年度の全国平均 37.5％）</small></td>
        </tr>
        <tr>
          <td>2</td>
          <th scope="row">安満遺跡公園の来園者数</th>
          <td>千人</td>
          <td>1,050</td>
          <td>1,620</td>
          <td>1,880</td>
          <td>1,945</td>
          <td>2,000</td>
        </tr>
        <tr>
          <td>3</td>
          <th scope="row">摂津峡周辺の観光入込客数</th>
          <td>千人</td>
          <td>420</td>
          <td>312</td>
          <td>365</td>
          <td>398</td>
          <td>450</td>
        </tr>
        <tr>
          <td>4</td>
          <th scope="row">「高槻に住み続けたい」と思う市民の割合<sup>※1</sup></th>
          <td>％</td>
          <td>84.1</td>
          <td>85.0</td>
          <td>83.6</td>
          <td>86.2</td>
          <td>88.0</td>
        </tr>
      </tbody>
    </table>
    <p class="note">※1　市民意識調査は、令和４年度から郵送調査にWeb回答を併用しています。郵送回答のみで集計した場合の
    令和４年度の値は81.9％です。<br>
    ※　No.1の目標は、全国平均（市町村国保）以上の受診率を保つことです。全国平均は毎年度公表される値を用います。</p>
  </main>
  <footer>
    <p>このページに関するお問い合わせ　総合戦略部 みらい創生室</p>
  </footer>
</body>
</html>
"""


def build_takatsuki() -> Path:
    path = HERE / "takatsuki_seika_shihyo_r5.html"
    path.write_bytes(TAKATSUKI.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- 尼崎市

AMAGASAKI_LINES = [
    ["尼崎市総合計画 後期まちづくり基本計画 施策評価 成果指標一覧（令和3年度実績）"],
    ["担当課", "政策推進課"],
    ["計画期間", "平成30年度～平成34年度（後期まちづくり基本計画・5年間）"],
    [
        "市の概要",
        "人口は昭和46年の55万4千人をピークに減少傾向にありましたが、平成30年・令和元年は2年連続で人口が増加しました。平成30年度には城内地区に尼崎城が再建されました。",
    ],
    ["公開日", "2022-09-30"],
    [],
    ["■施策の成果指標"],
    [
        "施策番号",
        "施策名",
        "No.",
        "成果指標",
        "単位",
        "策定時（H28）",
        "H30実績",
        "H31実績",
        "R2実績",
        "R3目標",
        "R3実績",
        "目標値（H34）",
        "備考",
    ],
    [
        "01",
        "地域コミュニティ・学び",
        "1",
        "市民意識調査で「尼崎に住み続けたい」と\n答えた市民の割合",
        "%",
        "79.4",
        "80.2",
        "81.0",
        "82.5",
        "83.0",
        "81.7",
        "85.0",
        "",
    ],
    [
        "02",
        "子ども・子育て支援",
        "2",
        "ファミリー世帯の転入超過数",
        "世帯",
        "312",
        "405",
        "521",
        "488",
        "520",
        "560",
        "600",
        "",
    ],
    [
        "04",
        "地域の魅力・シティプロモーション",
        "3",
        "尼崎城の入館者数",
        "人",
        "―",
        "―",
        "142,300",
        "58,910",
        "100,000",
        "71,240",
        "150,000",
        "H31年度から集計\nR2年度は臨時休館あり",
    ],
    [
        "05",
        "地域経済の活性化",
        "4",
        "市内での新規開業件数",
        "件",
        "210",
        "228",
        "241",
        "199",
        "230",
        "236",
        "250",
        "",
    ],
    [
        "06",
        "健康支援",
        "5",
        "胃がん検診の受診率",
        "%",
        "8.2",
        "8.9",
        "9.4",
        "7.1",
        "10.0",
        "8.6",
        "12.0",
        "",
    ],
    [],
    [
        "注記",
        "H31実績は平成31年度（令和元年度）の実績、目標値（H34）は計画最終年度である令和4年度の目標です。",
    ],
]


def build_amagasaki() -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(AMAGASAKI_LINES)
    path = HERE / "amagasaki_shisaku_seika_r3.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    xlsx = [build_toyota(), build_katsuragi()]
    build_takatsuki()
    build_amagasaki()
    if not no_pdf:
        for path in xlsx:
            to_pdf(path)


if __name__ == "__main__":
    main()
