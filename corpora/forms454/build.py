"""Build the forms454 documents.

Writes source/kuroishi_sogo6_shinchoku_r5.xlsx, source/onagawa_sogo2019_seika_r5.xlsx and
source/higashine_senryaku2_kpi_r6.xlsx and converts each to a one-page A4 PDF with LibreOffice;
writes the HTML page memuro_senryaku_kpi_h30.html. XLSX and HTML are byte-stable (fixed zip
and core timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
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
SHADE = PatternFill("solid", fgColor="DDDDDD")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FIXED = "2024-09-01T00:00:00Z"


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    box=True,
    fill=None,
    h="center",
    v="center",
    wrap=True,
    fmt=None,
):
    """Write one cell with the house style."""
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if box:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    if fmt is not None:
        cell.number_format = fmt
    return cell


def merge(ws, rng, value, **style):
    """Merge a range, write its top-left cell and draw the border on every cell of it."""
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, value, **style)
    if style.get("box", True):
        for row in ws[rng]:
            for cell in row:
                cell.border = BOX
                if style.get("fill") is not None:
                    cell.fill = style["fill"]


def text(ws, ref, value, size=9, bold=False, h="left", wrap=False):
    """A free text line without a border."""
    put(ws, ref, value, size=size, bold=bold, box=False, h=h, wrap=wrap)


def setup(ws, widths, landscape, heights=None):
    """Column widths and an A4 one-page print setup."""
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row, hgt in (heights or {}).items():
        ws.row_dimensions[row].height = hgt
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def save_stable(wb, out):
    """Save a workbook with fixed zip and core timestamps."""
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                txt = body.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>" + FIXED, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>" + FIXED, txt)
                body = txt.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, body)


def new_book(title):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "forms454"
    return wb, ws


# ---------------------------------------------------------------- 黒石市


def kuroishi():
    wb, ws = new_book("成果指標R5")
    text(ws, "A1", "第６次黒石市総合計画　成果指標の進捗状況（令和５年度）", size=14, bold=True)
    text(ws, "K1", "令和6年8月", h="right")
    fields = [
        ("計画の名称", "第6次黒石市総合計画"),
        ("計画期間", "2019年度～2024年度（6年間）"),
        ("基本理念", "いくつになっても住みよいまち　次世代につなぐ故郷（ふるさと）　くろいし"),
        ("取りまとめ", "企画課（各指標の担当課は表の右端の欄のとおり）"),
    ]
    for i, (k, val) in enumerate(fields, start=3):
        put(ws, f"A{i}", k, bold=True, fill=LIGHT)
        merge(ws, f"B{i}:K{i}", val, h="left")
    merge(
        ws,
        "A7:K7",
        "本計画は「自立したまち」「元気なまち」「安心なまち」の3つの目標と9つの施策で構成されています。市は毎年度、進捗状況を総合計画審議会（委員15名）に報告しており、本表は令和6年7月の第2回審議会に提出した資料のうち、目標２「元気なまち」の施策4・施策5の成果指標を抜粋したものです。",
        h="left",
        v="top",
    )
    text(ws, "A9", "２　成果指標の進捗状況（目標２　元気なまち）", size=11, bold=True)
    # two-row head
    for col, label in (("A", "施策"), ("B", "成果指標"), ("C", "単位"), ("D", "策定時\n（H29）")):
        merge(ws, f"{col}10:{col}11", label, bold=True, fill=SHADE)
    merge(ws, "E10:H10", "実績値", bold=True, fill=SHADE)
    for col, label in (("E", "2020年度"), ("F", "2021年度"), ("G", "2022年度"), ("H", "2023年度")):
        put(ws, f"{col}11", label, bold=True, fill=SHADE)
    merge(ws, "I10:J10", "目標値", bold=True, fill=SHADE)
    put(ws, "I11", "中間\n（2022年度）", bold=True, fill=SHADE)
    put(ws, "J11", "最終\n（2024年度）", bold=True, fill=SHADE)
    merge(ws, "K10:K11", "担当課", bold=True, fill=SHADE)
    rows = [
        (
            "りんご生産額",
            "億円",
            "117.0",
            "121.4",
            "108.2",
            "126.5",
            "130.8",
            "120.0",
            "125.0",
            "農林課",
        ),
        ("新規就農者数", "人", "5", "4", "6", "3", "7", "6", "6", "農林課"),
        ("認定農業者数", "経営体", "512", "505", "498", "490", "487", "510", "510", "農林課"),
        (
            "観光入込客数",
            "千人",
            "1,523",
            "―※1",
            "―※1",
            "1,102",
            "1,388",
            "1,550",
            "1,600",
            "観光課",
        ),
        (
            "中町こみせ通りの歩行者通行量（休日）",
            "人/日",
            "2,140",
            "1,560",
            "1,710",
            "1,880",
            "2,050",
            "2,200",
            "2,300",
            "商工課",
        ),
    ]
    for r, row in enumerate(rows, start=12):
        put(ws, f"B{r}", row[0], h="left")
        put(ws, f"C{r}", row[1])
        for col, val in zip("DEFGHIJ", row[2:9]):
            put(ws, f"{col}{r}", val, h="right")
        put(ws, f"K{r}", row[9])
    merge(ws, "A12:A14", "施策4\n農業の振興")
    merge(ws, "A15:A16", "施策5\n観光・交流の推進")
    text(
        ws,
        "A18",
        "※1　2020年度・2021年度は新型コロナウイルス感染症の影響により観光入込客数調査を中止したため「―」としています。",
    )
    text(
        ws,
        "A19",
        "※　りんご生産額は黒石市分の推計値です。中間目標は計画策定時（平成30年度）に設定した値で、見直しは行っていません。",
    )
    text(ws, "A20", "※　表中の年度は会計年度（4月～翌年3月）です。")
    setup(
        ws,
        [17, 36, 8, 10, 10, 10, 10, 10, 12, 12, 10],
        landscape=True,
        heights={7: 42, 10: 18, 11: 30, 12: 22, 13: 22, 14: 22, 15: 22, 16: 22},
    )
    out = SRC / "kuroishi_sogo6_shinchoku_r5.xlsx"
    save_stable(wb, out)
    return out


# ---------------------------------------------------------------- 女川町


def onagawa():
    wb, ws = new_book("成果指標")
    text(ws, "A1", "女川町総合計画2019　成果指標の進捗状況（令和5年度実績）", size=13, bold=True)
    text(ws, "I2", "令和6年9月　企画課", h="right")
    fields = [
        ("計画の名称", "女川町総合計画2019"),
        ("計画期間", "2019年度～2028年度（10年間）"),
        ("分野", "産業・交流（水産業と観光のまちづくり）"),
    ]
    for i, (k, val) in enumerate(fields, start=4):
        merge(ws, f"A{i}:B{i}", k, bold=True, fill=LIGHT)
        merge(ws, f"C{i}:I{i}", val, h="left")
    merge(
        ws,
        "A7:I7",
        "【町の概要】女川町は牡鹿半島の基部に位置する面積65.35km²の港町です。人口は平成22年国勢調査の10,051人から平成27年国勢調査では6,334人となりました。日本有数の女川漁港を擁し、銀鮭・牡蠣・ホタテの養殖や秋刀魚の水揚げで知られ、平成27年12月にはテナント型商業施設「シーパルピア女川」が開業しました。",
        h="left",
        v="top",
    )
    text(ws, "A9", "２　成果指標の状況", size=11, bold=True)
    for col, label in (("A", "No."), ("B", "成果指標"), ("C", "単位"), ("D", "現状値\n（H30）")):
        merge(ws, f"{col}10:{col}11", label, bold=True, fill=SHADE)
    merge(ws, "E10:G10", "実績値", bold=True, fill=SHADE)
    for col, label in (("E", "R3"), ("F", "R4"), ("G", "R5")):
        put(ws, f"{col}11", label, bold=True, fill=SHADE)
    merge(ws, "H10:H11", "（参考）\n宮城県\n（R5）", bold=True, fill=LIGHT)
    merge(ws, "I10:I11", "目標値\n（R10）", bold=True, fill=SHADE)
    rows = [
        ("1", "女川魚市場の水揚数量", "千t", "38.5", "29.4", "32.1", "27.6", "―", "45.0"),
        ("2", "シーパルピア女川等の観光客入込数", "千人", "480", "352", "545", "612", "―", "700"),
        ("3", "合計特殊出生率", "―", "1.21", "1.15", "1.09", "1.12", "1.07", "1.50"),
        ("4", "町民の定住意向の割合※1", "％", "71.2", "73.5", "―", "75.8", "68.0", "80.0"),
        ("5", "社会増減数（転入－転出）", "人", "△54", "△38", "△12", "7", "△2,875", "0"),
    ]
    for r, row in enumerate(rows, start=12):
        put(ws, f"A{r}", row[0])
        put(ws, f"B{r}", row[1], h="left")
        put(ws, f"C{r}", row[2])
        for col, val in zip("DEFG", row[3:7]):
            put(ws, f"{col}{r}", val, h="right")
        put(ws, f"H{r}", row[7], h="right", fill=LIGHT)
        put(ws, f"I{r}", row[8], h="right")
    text(ws, "A18", "※1　町民アンケートは隔年（奇数年度）実施のため、R4は調査を行っていません。")
    text(
        ws,
        "A19",
        "※　「（参考）宮城県」欄は県全体の値であり、本町の実績値ではありません（社会増減数は県全体の転入超過数）。",
    )
    text(ws, "A20", "※　水揚数量は女川魚市場の取扱数量（千t＝1,000トン）です。")
    setup(
        ws,
        [5, 32, 7, 10, 9, 9, 9, 11, 10],
        landscape=False,
        heights={7: 58, 10: 18, 11: 36, 12: 22, 13: 22, 14: 22, 15: 22, 16: 22},
    )
    out = SRC / "onagawa_sogo2019_seika_r5.xlsx"
    save_stable(wb, out)
    return out


# ---------------------------------------------------------------- 東根市


def higashine():
    wb, ws = new_book("KPI最終")
    text(ws, "A1", "第2期東根市まち・ひと・しごと創生総合戦略", size=12, bold=True)
    text(
        ws,
        "A2",
        "数値目標・重要業績評価指標（ＫＰＩ）の達成状況（令和６年度・最終）",
        size=12,
        bold=True,
    )
    text(ws, "I3", "令和7年6月", h="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "総合政策課"),
        (
            "市の概要",
            "面積206.94km²、人口47,747人（2021年2月1日現在）。さくらんぼ「佐藤錦」発祥の地で、樹齢1,500年以上・高さ28mの「東根の大ケヤキ」は国の特別天然記念物。1999年に山形新幹線さくらんぼ東根駅が開業。",
        ),
    ]
    for i, (k, val) in enumerate(fields, start=5):
        merge(ws, f"A{i}:B{i}", k, bold=True, fill=LIGHT)
        merge(ws, f"C{i}:I{i}", val, h="left")
    text(ws, "A9", "基本目標１　果樹王国ひがしねの「しごと」をつくる", size=11, bold=True)
    for col, label in (("A", "区分"), ("B", "指標"), ("C", "単位"), ("D", "基準値\n（H31.3末）")):
        merge(ws, f"{col}10:{col}11", label, bold=True, fill=SHADE)
    merge(ws, "E10:G10", "実績値", bold=True, fill=SHADE)
    for col, label in (("E", "R4年度末"), ("F", "R5年度末"), ("G", "R6年度末")):
        put(ws, f"{col}11", label, bold=True, fill=SHADE)
    merge(ws, "H10:H11", "目標値\n（R7.3末）", bold=True, fill=SHADE)
    merge(ws, "I10:I11", "達成\n状況", bold=True, fill=SHADE)
    rows = [
        (
            "数値目標",
            "市内事業所の従業者数",
            "人",
            "19,820",
            "20,105",
            "20,340",
            "20,512",
            "20,500",
            "達成",
            True,
        ),
        (
            "KPI①",
            "果樹の新規就農者数（令和2年度からの累計）",
            "人",
            "―",
            "12",
            "19",
            "27",
            "25",
            "達成",
            False,
        ),
        (
            "KPI②",
            "ふるさと納税寄附件数",
            "万件",
            "18.2",
            "35.6",
            "41.3",
            "38.9",
            "40.0",
            "未達成",
            False,
        ),
        (
            "KPI③",
            "山形空港の利用者数",
            "千人",
            "312",
            "１８０",
            "２６５",
            "３０１",
            "330",
            "未達成",
            False,
        ),
        (
            "KPI④",
            "工業団地への新規立地・増設件数（年度内）",
            "件",
            "2",
            "3（うち増設2）",
            "1",
            "4",
            "3",
            "達成",
            False,
        ),
    ]
    for r, row in enumerate(rows, start=12):
        fill = LIGHT if row[9] else None
        put(ws, f"A{r}", row[0], bold=row[9], fill=fill)
        put(ws, f"B{r}", row[1], h="left", bold=row[9], fill=fill)
        put(ws, f"C{r}", row[2], fill=fill)
        for col, val in zip("DEFGH", row[3:8]):
            put(ws, f"{col}{r}", val, h="right", fill=fill)
        put(ws, f"I{r}", row[8], fill=fill)
    text(
        ws,
        "A18",
        "※　基準値は第2期戦略策定時点（平成31年3月末）の数値です。KPI①は令和2年度からの累計のため基準値はありません。",
    )
    text(ws, "A19", "※　「R6年度末」は令和7年3月末時点の実績で、目標値（R7.3末）と同じ時点です。")
    text(
        ws,
        "A20",
        "※　KPI②の寄附件数は1件単位で集計し、表では万件単位（小数第1位）で表示しています。",
    )
    setup(
        ws,
        [9, 34, 6, 11, 10, 10, 10, 11, 7],
        landscape=False,
        heights={7: 46, 10: 18, 11: 30, 12: 22, 13: 30, 14: 22, 15: 22, 16: 30},
    )
    out = SRC / "higashine_senryaku2_kpi_r6.xlsx"
    save_stable(wb, out)
    return out


# ---------------------------------------------------------------- 芽室町 (HTML)

MEMURO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>芽室町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（平成30年度） | 北海道芽室町</title>
<style>
body {{ font-family: "Noto Sans CJK JP", sans-serif; max-width: 960px; margin: 0 auto; }}
nav ol {{ list-style: none; padding: 0; display: flex; gap: .5em; font-size: 90%; }}
nav li + li::before {{ content: "＞ "; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #666; padding: 4px 6px; }}
thead th {{ background: #e6efe0; }}
td.num {{ text-align: right; }}
.unit {{ font-size: 85%; color: #333; }}
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/machi/">町政情報</a></li>
<li><a href="/machi/keikaku/">計画・施策</a></li>
<li>芽室町まち・ひと・しごと創生総合戦略　KPIの進捗状況（平成30年度）</li>
</ol></nav>
<main>
<h1>芽室町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（平成30年度）</h1>
<p class="date">掲載日：令和元年9月30日　更新日：令和元年9月30日</p>
<p>芽室町は、明治19年に晩成社による開墾の鍬が入れられた町で、面積は513.76km²、人口は約18,100人です。スイートコーンの収穫量は日本一、ごぼうの収穫量は北海道一を誇ります。</p>
<p>平成27年9月に策定した総合戦略の4年目にあたる平成30年度の実績を取りまとめ、令和元年8月26日に開催した総合戦略推進委員会（委員12名）で検証を行いました。表中の年度は、総合戦略の計画期間にあわせて表記しています。</p>
<h2>１　総合戦略の概要</h2>
<dl>
<dt>戦略の名称</dt><dd>芽室町まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>平成27年度～平成31年度（5年間）</dd>
<dt>担当課</dt><dd>政策推進課</dd>
</dl>
<h2>２　重要業績評価指標（KPI）の進捗状況</h2>
<table>
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">基準値<br>（26年度）</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（31年度）</th></tr>
<tr><th scope="col">28年度</th><th scope="col">29年度</th><th scope="col">30年度</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※ 実績値の括弧内は内訳です。</p>
<p>※ ふるさと納税寄附額は、各年度の4月1日から翌年3月31日までの受入額です。</p>
<p class="contact">このページに関するお問い合わせ：政策推進課　政策推進係</p>
</main>
</body>
</html>
"""

MEMURO_ROWS = [
    ("1", "新規就農者数", "人", "8", "9", "11（うち町外から4）", "10", "10"),
    ("2", "町外からの移住者数", "人", "42", "51", "47", "58", "60"),
    ("3", "企業の新規立地件数", "件", "１", "２", "０", "２", "３"),
    (
        "4",
        "子育て支援センター利用者数（延べ）",
        "人",
        "9,850",
        "10,420",
        "11,036",
        "10,918",
        "12,000",
    ),
    ("5", "ふるさと納税寄附額", "千円", "23,400", "61,250", "98,730", "152,480", "100,000"),
]


def memuro():
    rows = []
    for no, name, unit, *vals in MEMURO_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(
            f'<tr><td>{no}</td><th scope="row">{name}<br><span class="unit">（単位：{unit}）</span></th>{cells}</tr>'
        )
    out = HERE / "memuro_senryaku_kpi_h30.html"
    out.write_text(MEMURO.format(rows="\n".join(rows)), encoding="utf-8", newline="\n")
    return out


def to_pdf(xlsx):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
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
        shutil.copy(Path(tmp) / (xlsx.stem + ".pdf"), HERE / (xlsx.stem + ".pdf"))


def main():
    SRC.mkdir(exist_ok=True)
    books = [kuroishi(), onagawa(), higashine()]
    memuro()
    if "--no-pdf" not in sys.argv:
        for book in books:
            to_pdf(book)


if __name__ == "__main__":
    main()
