"""Build the forms468 documents.

Writes the workbook document kota_machizukuri_shihyo_r6.xlsx (left as it is), the HTML page
inabe_chiikisaisei_kpi_r4.html, and source/inagawa_jimujigyo_hyoka_r6.xlsx and
source/konan_ricchi_hyoka_shihyo_r6.xlsx, which LibreOffice converts to one-page A4 PDFs.
XLSX and HTML are byte-stable (fixed zip and core timestamps).
Run: /work/venv/bin/python build.py [--no-pdf]
"""

# ruff: noqa: E501, B905
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
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FIXED = "2025-07-01T00:00:00Z"


def stabilize(path):
    """Rewrite an XLSX with fixed timestamps so that two builds give the same bytes."""
    data = path.read_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            body = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>" + FIXED, text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>" + FIXED, text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, body)
    path.write_bytes(out.getvalue())


def new_sheet(title, widths):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for i, w in zip(range(1, len(widths) + 1), widths):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = "forms468"
    return wb, ws


def put(ws, ref, value, bold=False, size=10, box=False, fill=None, align="left", wrap=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def merged(ws, rng, value, **kw):
    put(ws, rng.split(":")[0], value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        for row in ws[rng]:
            for c in row:
                c.border = BOX
                if kw.get("fill"):
                    c.fill = kw["fill"]


def form(ws, top, key_to, last_col, fields, heights):
    """Key-value rows: the key in A (merged to key_to), the value merged up to last_col."""
    first_val = get_column_letter(ws[f"{key_to}1"].column + 1)
    for i, (key, value) in enumerate(fields):
        r = top + i
        if key_to == "A":
            put(ws, f"A{r}", key, box=True, fill=SHADE, align="center")
        else:
            merged(ws, f"A{r}:{key_to}{r}", key, box=True, fill=SHADE, align="center")
        merged(ws, f"{first_val}{r}:{last_col}{r}", value, box=True)
        ws.row_dimensions[r].height = heights[i]


def note(ws, row, last_col, text, height=15, first="A"):
    merged(ws, f"{first}{row}:{last_col}{row}", text, size=9)
    ws.row_dimensions[row].height = height


def cell(ws, ref, v, fill=None, bold=False, size=10, fmt=None):
    """A grid cell: numbers right-aligned, dashes and words centred."""
    text = str(v)
    align = "right" if re.match(r"^[\d０-９約,，.．]", text) else "center"
    c = put(ws, ref, v, box=True, align=align, fill=fill, bold=bold, size=size)
    if fmt:
        c.number_format = fmt
    elif isinstance(v, int) and v >= 1000:
        c.number_format = "#,##0"
    return c


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


# ---------------------------------------------------------------- 幸田町 (XLSX document, left as it is)
KOTA_GRID1 = [
    ["1", "町内事業所の従業者数", "人", 23410, 25120, 25380, 25610, 26000, ""],
    ["2", "企業立地件数（累計）", "件", 0, 9, 11, 14, 15, "平成28年度からの累計"],
    [
        "3",
        "観光入込客数（三ヶ根山ほか）",
        "千人",
        412,
        366,
        398,
        421,
        450,
        "R4～R6は暦年（1月～12月）の値",
    ],
]
KOTA_GRID2 = [
    ["4", "合計特殊出生率", "－", 1.78, 1.61, 1.55, "集計中", 1.80, "R6は令和7年秋に公表予定"],
    [
        "5",
        "幸田町に住み続けたいと思う町民の割合",
        "％",
        78.2,
        80.1,
        "－",
        82.4,
        85.0,
        "町民意識調査は隔年実施（R5は実施せず）",
    ],
]


def kota_grid(ws, top, heading, rows):
    ws.row_dimensions[top].height = 20
    merged(ws, f"A{top}:I{top}", heading, bold=True, size=11)
    h1, h2 = top + 1, top + 2
    for col, text in [("A", "No."), ("B", "指標名"), ("C", "単位"), ("I", "備考")]:
        merged(ws, f"{col}{h1}:{col}{h2}", text, box=True, fill=SHADE, align="center")
    cell(ws, f"D{h1}", "策定時", fill=SHADE)
    merged(ws, f"E{h1}:G{h1}", "実績値", box=True, fill=SHADE, align="center")
    cell(ws, f"H{h1}", "目標値", fill=SHADE)
    for col, text in zip("DEFGH", ["H26", "R4", "R5", "R6", "R7"]):
        cell(ws, f"{col}{h2}", text, fill=SHADE)
    ws.row_dimensions[h1].height = ws.row_dimensions[h2].height = 18
    for r, row in enumerate(rows, start=top + 3):
        for i, v in enumerate(row):
            ref = f"{get_column_letter(i + 1)}{r}"
            if i in (1, 8):
                put(ws, ref, v, box=True, size=10 if i == 1 else 9)
            elif isinstance(v, float):
                cell(ws, ref, v, fmt="0.00" if row[0] == "4" else "0.0")
            else:
                cell(ws, ref, v)
        ws.row_dimensions[r].height = 30
    return top + 3 + len(rows)


def kota():
    wb, ws = new_sheet("まちづくり指標", [6, 34, 7, 10, 10, 10, 10, 10, 30])
    merged(
        ws,
        "A1:I1",
        "第６次幸田町総合計画　まちづくり指標の進捗状況（令和６年度）",
        bold=True,
        size=14,
    )
    ws.row_dimensions[1].height = 24
    merged(ws, "A2:I2", "令和7年6月　企画部 企画政策課", align="right")
    form(
        ws,
        4,
        "B",
        "I",
        [
            ("計画名", "第６次幸田町総合計画（基本構想・基本計画）"),
            ("計画期間", "平成２８年度～令和７年度（１０年間）"),
            ("担当課", "企画部 企画政策課"),
            (
                "町の概況",
                "本町は面積56.72km²、人口42,055人（2024年9月1日推計）の町で、中部工業団地をはじめ多くの工業団地に自動車関連産業が集まり、町名の由来となった広田川が町の中央を北へ流れている。",
            ),
        ],
        [18, 18, 18, 46],
    )
    end = kota_grid(ws, 9, "■分野１　産業・雇用", KOTA_GRID1)
    end = kota_grid(ws, end + 1, "■分野２　子育て・定住", KOTA_GRID2)
    top = end + 1
    merged(ws, f"A{top}:I{top}", "（参考）町内の主な工業団地", bold=True)
    for col, text in zip(["A", "C", "E", "G"], ["団地名", "整備年", "面積（ha）", "立地企業数"]):
        nxt = get_column_letter(ws[f"{col}1"].column + 1)
        merged(ws, f"{col}{top + 1}:{nxt}{top + 1}", text, box=True, fill=SHADE, align="center")
    for r, (name, year, area, firms) in enumerate(
        [("中部工業団地", "昭和61年", 95.4, 18), ("長嶺工業団地", "平成3年", 32.1, 7)],
        start=top + 2,
    ):
        merged(ws, f"A{r}:B{r}", name, box=True)
        merged(ws, f"C{r}:D{r}", year, box=True, align="center")
        merged(ws, f"E{r}:F{r}", area, box=True, align="right")
        ws[f"E{r}"].number_format = "0.0"
        merged(ws, f"G{r}:H{r}", firms, box=True, align="right")
    note(
        ws,
        top + 4,
        "I",
        "※面積・立地企業数は令和7年3月31日現在。立地企業数は指標No.2の累計とは範囲が異なります。",
    )
    page_setup(ws, True, f"A1:I{top + 4}")
    path = HERE / "kota_machizukuri_shihyo_r6.xlsx"
    wb.save(path)
    stabilize(path)


# ---------------------------------------------------------------- いなべ市 (HTML)
INABE_ROWS = [
    (
        "①市内企業への新規就職者のうち市外からの転入者数",
        "180",
        ["190", "176", "200", "205", "<del>210</del><br>230", "231"],
    ),
    ("②移住相談窓口を通じた移住者数", "０", ["10", "6", "15", "14", "20", "21"]),
    ("③空き家バンクの成約件数", "8", ["12", "11", "16", "18", "20", "17"]),
    (
        "④主要観光地（藤原岳ほか）の観光入込客数",
        "約52,000",
        ["53,000", "31,480", "55,000", "38,900", "57,000", "49,120"],
    ),
]


def inabe():
    rows = []
    for name, base, vals in INABE_ROWS:
        tds = "".join(f"<td>{v}</td>" for v in vals)
        rows.append(f'      <tr><th scope="row">{name}</th><td>{base}</td>{tds}</tr>')
    body = "\n".join(rows)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>地域再生計画のKPI実績（令和4年度） - いなべ市</title>
<style>
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #666; padding: 4px 8px; }}
td {{ text-align: right; }}
caption {{ text-align: right; font-size: 90%; }}
</style>
</head>
<body>
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/sosei/">地方創生</a> &gt; 地域再生計画のKPI実績（令和4年度）</nav>
<main>
<h1>地域再生計画のKPI実績（令和4年度）</h1>
<p class="date">更新日：2023年9月29日</p>
<dl>
  <dt>地域再生計画の名称</dt><dd>住んでい～な！来てい～な！活力創生のまち　いなべ推進事業</dd>
  <dt>計画期間</dt><dd>2020年度～2022年度（3か年）</dd>
  <dt>担当課</dt><dd>政策課</dd>
</dl>
<p>本市の人口は2019年で45,640人であり、2010年の46,603人と比べて微減で推移していますが、国立社会保障・人口問題研究所の推計では2040年に37,192人まで減少するとされています。市内企業への就労などで毎年約2,000人以上の転入がある一方、定着が課題となっているため、本計画では移住・定住と交流人口の拡大に取り組みました。計画期間の最終年度である令和4年度の実績を公表します。</p>
<h2>重要業績評価指標（KPI）の実績</h2>
<table>
  <caption>（単位：人。③のみ件）</caption>
  <thead>
    <tr><th rowspan="2">KPI</th><th rowspan="2">事業開始前<br>（2019年度）</th><th colspan="2">2020年度</th><th colspan="2">2021年度</th><th colspan="2">2022年度</th></tr>
    <tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p>※①の2022年度目標は、令和4年度の計画変更により210人から230人に引き上げました（取消線は変更前の値です）。</p>
<p>※④の2020年度・2021年度は、新型コロナウイルス感染症の影響で一部の施設が休業しました。</p>
<p>お問い合わせ：政策課</p>
</main>
</body>
</html>
"""
    (HERE / "inabe_chiikisaisei_kpi_r4.html").write_text(html, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------- 猪名川町 (PDF, portrait)
INAGAWA_GRID = [
    ("活動指標", "①ガイドツアーの実施回数", "回", [18, 24, 30, 32, "106.7%", 30]),
    ("活動指標", "②イベントへの出展・開催数", "回", [None, 4, 5, 5, "100.0%", 6]),
    ("成果指標", "①銀山地区資料館の入館者数", "人", [9840, 12310, 14000, 13215, "94.4%", 15000]),
    (
        "成果指標",
        "②ガイドツアー参加者の満足度",
        "％",
        [91.2, 93.5, "90.0以上", 95.1, "105.7%", "90.0以上"],
    ),
]


def inagawa():
    wb, ws = new_sheet("評価シート", [9, 30, 6, 10, 10, 10, 10, 9, 10])
    merged(ws, "A1:I1", "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=14)
    ws.row_dimensions[1].height = 24
    merged(ws, "A2:I2", "作成日：令和６年８月２０日", align="right")
    form(
        ws,
        4,
        "A",
        "I",
        [
            ("事業番号", "3-2-05"),
            ("事務事業名", "多田銀銅山魅力発信事業"),
            ("担当課", "地域振興部　にぎわい創生課"),
            ("総合計画の位置付け", "第六次猪名川町総合計画　施策13　観光・交流の推進"),
            ("事業期間", "令和３年度～令和７年度"),
            (
                "事業の目的・概要",
                "本町は総面積90.33km²のうち約8割を山林が占め、人口約3万1千人の町に、国史跡の多田銀銅山と阪神地域最高峰の大野山がある。銀山地区のガイドツアーやイベント出展を通じて町内外に魅力を発信し、交流人口の増加を図る。",
            ),
        ],
        [18, 18, 18, 30, 18, 58],
    )
    merged(ws, "A11:I11", "１　事業費の推移（単位：千円）", bold=True, size=11)
    heads = [
        ("A12:C12", "区分"),
        ("D12:E12", "３年度決算"),
        ("F12:G12", "４年度決算"),
        ("H12:I12", "５年度決算"),
    ]
    for rng, text in heads:
        merged(ws, rng, text, box=True, fill=SHADE, align="center")
    for r, (label, vals) in enumerate(
        [("事業費", [4820, 5310, 5905]), ("うち一般財源", [3120, 3410, 3705])], start=13
    ):
        merged(ws, f"A{r}:C{r}", label, box=True)
        for rng, v in zip([f"D{r}:E{r}", f"F{r}:G{r}", f"H{r}:I{r}"], vals):
            merged(ws, rng, v, box=True, align="right")
            ws[rng.split(":")[0]].number_format = "#,##0"
    merged(ws, "A16:I16", "２　活動指標・成果指標", bold=True, size=11)
    ws.row_dimensions[16].height = 20
    for col, text in zip(
        "ABCDEFGHI",
        [
            "区分",
            "指標名",
            "単位",
            "３年度実績",
            "４年度実績",
            "５年度目標",
            "５年度実績",
            "達成率",
            "６年度目標",
        ],
    ):
        cell(ws, f"{col}17", text, fill=SHADE, size=9)
    ws.row_dimensions[17].height = 30
    for r, (kind, name, unit, vals) in enumerate(INAGAWA_GRID, start=18):
        put(ws, f"A{r}", kind, box=True, align="center")
        put(ws, f"B{r}", name, box=True)
        cell(ws, f"C{r}", unit)
        for col, v in zip("DEFGHI", vals):
            if v is None:
                c = put(ws, f"{col}{r}", None)
                c.border = SLASH
            elif isinstance(v, float):
                cell(ws, f"{col}{r}", v, fmt="0.0")
            else:
                cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 26
    ws.merge_cells("A18:A19")
    ws.merge_cells("A20:A21")
    note(
        ws,
        22,
        "I",
        "※達成率＝５年度実績÷５年度目標。活動指標②は令和４年度から実施（３年度欄は斜線）。",
        height=15,
    )
    merged(ws, "A24:I24", "３　評価", bold=True, size=11)
    form(
        ws,
        25,
        "A",
        "I",
        [
            ("評価", "B　概ね順調（事業の方向性：継続）"),
            (
                "評価の理由",
                "ガイドツアーは予定の30回を上回り、参加者の満足度も高い。資料館の入館者数は回復途上にあり、コロナ禍前（令和元年度）の1万5千人台への回復を目指して、6年度は大野山との周遊企画を2本追加する。",
            ),
        ],
        [20, 46],
    )
    page_setup(ws, False, "A1:I26")
    path = SRC / "inagawa_jimujigyo_hyoka_r6.xlsx"
    wb.save(path)
    stabilize(path)
    return path


# ---------------------------------------------------------------- 湖南市 (PDF, landscape)
KONAN_GRID = [
    (
        "1",
        "居住誘導区域内の人口密度",
        "人/ha",
        [48.6, 47.9, 47.7, 47.4, 47.0, 46.5],
        "住民基本台帳による",
    ),
    ("2", "居住誘導区域内に住む人口の割合", "％", [71.2, 72.0, 72.3, 72.5, 73.0, 75.0], ""),
    (
        "3",
        "JR3駅（石部・甲西・三雲）の1日平均乗車人員",
        "人",
        [6180, 5410, 5690, 5820, 6000, 6200],
        "実績値は各年度の1日平均（JR西日本公表）",
    ),
    ("4", "都市機能誘導区域内の誘導施設数", "施設", [21, 23, 23, 24, 25, 26], ""),
]


def konan():
    wb, ws = new_sheet("評価指標", [5, 38, 8, 10, 10, 10, 10, 14, 14, 30])
    merged(ws, "A1:J1", "湖南市立地適正化計画　評価指標の推移（令和６年度）", bold=True, size=14)
    ws.row_dimensions[1].height = 24
    merged(ws, "A2:J2", "令和7年5月　建設経済部 都市計画課", align="right")
    form(
        ws,
        4,
        "B",
        "J",
        [
            ("計画名", "湖南市立地適正化計画"),
            ("目標年次", "令和１７年度（２０３５年度）"),
            ("担当課", "建設経済部 都市計画課"),
            (
                "市の概要",
                "本市は滋賀県南部に位置し、面積70.40km²、人口54,607人（2021年10月1日推計）。市街地を東西に野洲川が流れ、JR草津線の石部・甲西・三雲の3駅を中心に市街地が広がる。",
            ),
        ],
        [18, 18, 18, 34],
    )
    merged(ws, "A9:J9", "２　評価指標の推移", bold=True, size=11)
    ws.row_dimensions[9].height = 20
    for col, text in [("A", "No."), ("B", "評価指標"), ("C", "単位"), ("J", "備考")]:
        merged(ws, f"{col}10:{col}11", text, box=True, fill=SHADE, align="center")
    cell(ws, "D10", "基準値", fill=SHADE)
    merged(ws, "E10:G10", "実績値（各年10月1日現在）", box=True, fill=SHADE, align="center")
    merged(ws, "H10:I10", "目標値", box=True, fill=SHADE, align="center")
    for col, text in zip(
        "DEFGHI", ["H27", "R4", "R5", "R6", "中間（２０３０年度）", "最終（２０３５年度）"]
    ):
        cell(ws, f"{col}11", text, fill=SHADE, size=9)
    ws.row_dimensions[10].height = ws.row_dimensions[11].height = 20
    for r, (no, name, unit, vals, remark) in enumerate(KONAN_GRID, start=12):
        cell(ws, f"A{r}", no)
        put(ws, f"B{r}", name, box=True)
        cell(ws, f"C{r}", unit)
        for col, v in zip("DEFGHI", vals):
            cell(ws, f"{col}{r}", v, fmt="0.0" if isinstance(v, float) else None)
        put(ws, f"J{r}", remark, box=True, size=9)
        ws.row_dimensions[r].height = 28
    note(
        ws,
        16,
        "J",
        "※基準値（H27）は計画策定時に用いた値です。実績値は各年10月1日現在の値です（No.3を除く）。",
    )
    note(
        ws,
        17,
        "J",
        "※誘導施設：病院、スーパーマーケット、子育て支援施設など、都市機能誘導区域に誘導する施設として本計画に定めるもの。",
    )
    page_setup(ws, True, "A1:J17")
    path = SRC / "konan_ricchi_hyoka_shihyo_r6.xlsx"
    wb.save(path)
    stabilize(path)
    return path


def main():
    SRC.mkdir(exist_ok=True)
    kota()
    inabe()
    sources = [inagawa(), konan()]
    if "--no-pdf" in sys.argv:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for path in sources:
            subprocess.run(
                ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(path)],
                check=True,
                capture_output=True,
            )
            shutil.move(str(Path(tmp) / (path.stem + ".pdf")), str(HERE / (path.stem + ".pdf")))


if __name__ == "__main__":
    main()
