"""Build the forms330 corpus: three one-page PDFs (from XLSX sources in source/) and one HTML page.

南足柄市 (KPI検証シート, portrait), 熊谷市 (成果指標の推移, landscape), 高崎市 (事務事業評価シート, portrait)
and 青梅市 (KPIの実績, HTML). `--no-pdf` skips LibreOffice. XLSX and HTML are byte-stable.
"""

# ruff: noqa: E501, B905

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="E7E6E6")
HEAD = PatternFill("solid", fgColor="D9E1F2")


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, fill=None, h="left", v="center", wrap=True, box=True):
    c = ws[ref]
    c.value = value
    c.font = font(size, bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    for row in ws[rng]:
        for c in row:
            if kw.get("box", True):
                c.border = BOX
            if kw.get("fill"):
                c.fill = kw["fill"]
    ws.merge_cells(rng)


def setup(ws, widths, landscape):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


def save_stable(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                    rb"\g<1>2025-01-01T00:00:00Z",
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def fields(ws, start, rows, last):
    r = start
    for key, val, height in rows:
        put(ws, f"A{r}", key, bold=True, fill=SHADE, h="center")
        ws.merge_cells(f"A{r}:B{r}")
        ws[f"B{r}"].border = BOX
        merge(ws, f"C{r}:{last}{r}", val)
        ws.row_dimensions[r].height = height
        r += 1
    return r


def minamiashigara():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    setup(
        ws,
        {"A": 5, "B": 26, "C": 6, "D": 9, "E": 9, "F": 15, "G": 9, "H": 9, "I": 7, "J": 9},
        False,
    )
    merge(
        ws,
        "A1:J1",
        "南足柄市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（平成30年度）",
        size=12,
        bold=True,
        h="center",
        box=False,
    )
    ws.row_dimensions[1].height = 30
    merge(ws, "A2:J2", "平成30年8月31日　企画課", h="right", box=False)
    r = fields(
        ws,
        4,
        [
            ("戦略の名称", "南足柄市まち・ひと・しごと創生総合戦略", 20),
            ("計画期間", "平成27年度～平成31年度（5年間）", 20),
            ("担当課", "企画課", 20),
            (
                "市の概要",
                "本市は昭和47年4月1日に市制を施行した面積77.12km²の市で、神奈川県内では最も人口の少ない市である。水の郷百選に選ばれた豊かな水と、大雄山最乗寺の杉林に代表される森林に恵まれ、富士フイルムの事業所・工場が立地している。",
                48,
            ),
        ],
        "J",
    )
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "基本目標２　南足柄市への新しいひとの流れをつくる",
        size=10,
        bold=True,
        box=False,
    )
    ws.row_dimensions[r].height = 20
    h1, h2 = r + 1, r + 2
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "基準値\n（H26）"),
        ("J", "目標値\n（H31）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, fill=HEAD, h="center")
    merge(ws, f"E{h1}:G{h1}", "実績値", bold=True, fill=HEAD, h="center")
    merge(ws, f"H{h1}:I{h1}", "平成29年度", bold=True, fill=HEAD, h="center")
    for col, text in (("E", "H27"), ("F", "H28"), ("G", "H29"), ("H", "目標"), ("I", "評価")):
        put(ws, f"{col}{h2}", text, bold=True, fill=HEAD, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    rows = [
        (1, "観光入込客数", "千人", 1285, 1302, 1347, "１，２９８", "１，３５０", "未達成", 1400),
        (
            2,
            "大雄山駅観光案内所の利用者数",
            "人",
            8420,
            8911,
            "9,360（うち県外2,105）",
            9874,
            9500,
            "達成",
            10000,
        ),
        (3, "移住相談件数", "件", 24, 31, 38, "４２", 40, "達成", 60),
        (4, "市外からの転入者数", "人", 1102, 1087, 1121, 1094, 1150, "未達成", 1200),
    ]
    r = h2 + 1
    for row in rows:
        for col, val in zip("ABCDEFGHIJ", row):
            c = put(
                ws,
                f"{col}{r}",
                val,
                h="center" if col in "ACI" else ("left" if col == "B" else "right"),
            )
            if isinstance(val, int):
                c.number_format = "#,##0"
        ws.row_dimensions[r].height = 32 if row[0] == 2 else 24
        r += 1
    r += 1
    for note in (
        "※評価は、H29実績がH29目標に達したものを「達成」、達していないものを「未達成」としています。",
        "※No.2のH28実績の括弧内は、県外からの利用者数（内数）です。",
        "※H29実績及びH29目標の一部は、各担当からの報告値をそのまま転記しています。",
    ):
        merge(ws, f"A{r}:J{r}", note, size=8, box=False)
        r += 1
    save_stable(wb, SRC / "minamiashigara_kpi_kensho_h30.xlsx")


def kumagaya():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    setup(
        ws,
        {"A": 18, "B": 22, "C": 40, "D": 6, "E": 10, "F": 9, "G": 9, "H": 9, "I": 9, "J": 10},
        True,
    )
    merge(
        ws,
        "A1:J1",
        "熊谷市総合振興計画　後期基本計画　成果指標の推移（平成28年度）",
        size=13,
        bold=True,
        h="center",
        box=False,
    )
    ws.row_dimensions[1].height = 28
    merge(ws, "A2:J2", "平成29年7月　市長公室　政策調査課", h="right", box=False)
    r = 4
    for key, val, height in (
        ("計画の名称", "熊谷市総合振興計画　後期基本計画", 18),
        ("計画期間", "平成25年度～平成29年度（5年間）", 18),
        ("将来都市像", "川と川　環境共生都市　熊谷", 18),
        ("担当課", "市長公室　政策調査課", 18),
        (
            "市の概要",
            "平成17年10月1日に熊谷市、大里町、妻沼町が合併し、新「熊谷市」が誕生した。市の紋章は、大正8年に熊谷町の紋章として一般に懸賞募集し、昭和8年4月1日の市制施行後に市の紋章として引き継がれたものである。",
            32,
        ),
    ):
        put(ws, f"A{r}", key, bold=True, fill=SHADE, h="center")
        merge(ws, f"B{r}:J{r}", val)
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    merge(ws, f"A{r}:J{r}", "２　成果指標の推移", size=11, bold=True, box=False)
    ws.row_dimensions[r].height = 20
    h1, h2 = r + 1, r + 2
    for col, text in (
        ("A", "施策"),
        ("B", "指標"),
        ("C", "算出方法"),
        ("D", "単位"),
        ("E", "策定時\n（H23）"),
        ("J", "目標値\n（H29）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, fill=HEAD, h="center")
    merge(ws, f"F{h1}:I{h1}", "実績値", bold=True, fill=HEAD, h="center")
    for col, text in zip("FGHI", ("H25", "H26", "H27", "H28")):
        put(ws, f"{col}{h2}", text, bold=True, fill=HEAD, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    groups = [
        (
            "11　交通安全の推進",
            [
                (
                    "交通事故発生件数",
                    "交通事故のうち人身事故の発生件数（暦年）（提供：熊谷警察署）",
                    "件",
                    1342,
                    1268,
                    1195,
                    1104,
                    1021,
                    1000,
                ),
                (
                    "交通安全教室の参加者数",
                    "市が行っている交通安全教室に参加した人数（年度）",
                    "人",
                    18420,
                    19105,
                    19880,
                    20216,
                    20731,
                    21000,
                ),
            ],
        ),
        (
            "12　消費者の保護",
            [
                (
                    "消費生活講座への参加者数",
                    "市が行っている消費生活講座に参加した人数（年度）",
                    "人",
                    512,
                    498,
                    560,
                    603,
                    587,
                    650,
                )
            ],
        ),
        (
            "13　消防・救急体制の充実",
            [
                (
                    "住宅火災件数",
                    "火災件数のうち住宅火災の発生件数（暦年）",
                    "件",
                    38,
                    35,
                    31,
                    29,
                    27,
                    25,
                ),
                (
                    "防火管理者の選任率",
                    "防火管理者を選任している対象物／防火管理者を選任しなければならない対象物×100（年度）",
                    "％",
                    78.4,
                    80.1,
                    81.5,
                    83.0,
                    "集計中",
                    90.0,
                ),
                (
                    "消火栓の設置数",
                    "市が設置または所有している消火栓の数（累積）",
                    "基",
                    6812,
                    6904,
                    6951,
                    7003,
                    7046,
                    7100,
                ),
            ],
        ),
    ]
    r = h2 + 1
    for name, items in groups:
        merge(ws, f"A{r}:A{r + len(items) - 1}", name, v="center")
        for item in items:
            for col, val in zip("BCDEFGHIJ", item):
                c = put(
                    ws,
                    f"{col}{r}",
                    val,
                    h="left" if col in "BC" else ("center" if col == "D" else "right"),
                    size=8 if col == "C" else 9,
                )
                if isinstance(val, float):
                    c.number_format = "0.0"
                elif isinstance(val, int):
                    c.number_format = "#,##0"
            ws.row_dimensions[r].height = 26
            r += 1
    r += 1
    for note in (
        "※算出方法に（暦年）とある指標は1月～12月の集計、（年度）とある指標は4月～翌年3月の集計です。",
        "※防火管理者の選任率のH28は、現在集計中です。",
    ):
        merge(ws, f"A{r}:J{r}", note, size=8, box=False)
        r += 1
    save_stable(wb, SRC / "kumagaya_seika_shihyo_h28.xlsx")


def takasaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    setup(
        ws,
        {"A": 6, "B": 24, "C": 6, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 11},
        False,
    )
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実績）",
        size=13,
        bold=True,
        h="center",
        box=False,
    )
    ws.row_dimensions[1].height = 28
    merge(ws, "A2:J2", "令和6年7月31日", h="right", box=False)
    r = fields(
        ws,
        4,
        [
            ("事務事業名", "高崎だるま等地場産品PR事業", 20),
            ("担当課", "観光課", 20),
            (
                "総合計画の位置付け",
                "高崎市第6次総合計画（2018年度～2027年度）　交流人口・集客人口の増加による都市づくり",
                30,
            ),
            ("評価対象年度", "令和5年度", 20),
            (
                "事業の概要",
                "日本一のだるまの産地である本市の地場産品を、首都圏を中心にPRする。本市は上越新幹線・北陸新幹線で東京から約50分の交通拠点都市であり、市民37万5千人に加え、多くの来訪者を迎えている。",
                46,
            ),
        ],
        "J",
    )
    r += 1
    merge(ws, f"A{r}:J{r}", "２　指標の推移", size=11, bold=True, box=False)
    ws.row_dimensions[r].height = 20
    h1, h2 = r + 1, r + 2
    for col, text in (
        ("A", "区分"),
        ("B", "指標名"),
        ("C", "単位"),
        ("D", "前々年度\n実績"),
        ("E", "前年度\n実績"),
        ("H", "達成率"),
        ("I", "翌年度\n目標"),
        ("J", "最終目標\n（2027年度）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, fill=HEAD, h="center")
    merge(ws, f"F{h1}:G{h1}", "評価対象年度", bold=True, fill=HEAD, h="center")
    put(ws, f"F{h2}", "目標", bold=True, fill=HEAD, h="center")
    put(ws, f"G{h2}", "実績", bold=True, fill=HEAD, h="center")
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 20
    groups = [
        (
            "活動\n指標",
            [
                ("①首都圏でのPRイベント出展回数", "回", 12, 15, 16, 18, "112.5％", 18, 20),
                ("②物産展・販売会の開催日数", "日", 20, 24, 30, 28, "93.3％", 30, 36),
            ],
        ),
        (
            "成果\n指標",
            [
                ("①高崎だるまの出荷数", "千個", 842, 865, 900, 871, "96.8％", 910, 1000),
                (
                    "②物産展・販売会での売上額",
                    "千円",
                    5120,
                    6480,
                    7000,
                    7350,
                    "105.0％",
                    7500,
                    9000,
                ),
                ("③市のPRサイトの閲覧数", "万件", 14.2, 23.5, 25.0, 26.1, "104.4％", 27.0, 30.0),
            ],
        ),
    ]
    r = h2 + 1
    for name, items in groups:
        merge(ws, f"A{r}:A{r + len(items) - 1}", name, h="center", fill=SHADE)
        for item in items:
            for col, val in zip("BCDEFGHIJ", item):
                c = put(
                    ws,
                    f"{col}{r}",
                    val,
                    h="left" if col == "B" else ("center" if col == "C" else "right"),
                )
                if isinstance(val, float):
                    c.number_format = "0.0"
                elif isinstance(val, int):
                    c.number_format = "#,##0"
            ws.row_dimensions[r].height = 26
            r += 1
    r += 1
    for note in (
        "※年度の表記は、評価対象年度（令和5年度）を基準としています。",
        "※達成率＝評価対象年度の実績÷評価対象年度の目標×100",
    ):
        merge(ws, f"A{r}:J{r}", note, size=8, box=False)
        r += 1
    save_stable(wb, SRC / "takasaki_jimujigyo_hyoka_r5.xlsx")


OME_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期青梅市まち・ひと・しごと創生総合戦略　KPIの実績（令和５年度） | 青梅市</title>
</head>
<body>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・施策</a> &gt; <a href="/shisei/keikaku/sogosenryaku/">第2期青梅市まち・ひと・しごと創生総合戦略</a> &gt; KPIの実績（令和５年度）</nav>
<main>
<h1>第2期青梅市まち・ひと・しごと創生総合戦略　KPIの実績（令和５年度）</h1>
<p class="date">更新日：2024年9月20日　担当：企画政策課</p>
<p>青梅市の人口は、2005年11月の140,922人をピークに減少に転じ、多摩26市の中でもいち早く減少局面に入りました。本戦略は令和2年度から令和6年度までの5年間を計画期間とし、3つの基本目標を掲げています。ここでは、基本目標２に掲げた重要業績評価指標（KPI）の令和5年度までの実績をお知らせします。</p>
<h2>基本目標２　青梅に暮らし、働き、訪れる人々にとって魅力あるまちを創出</h2>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和元年度）</th><th colspan="4">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>令和2年度</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th><th>令和5年度</th><th>令和6年度</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>観光入込客数</td><td>万人</td><td>215.3</td><td>142.6</td><td>158.9</td><td><del>171.2</del><br>176.8</td><td>198.4</td><td>190.0</td><td>230.0</td></tr>
<tr><td>2</td><td>市内で創業した事業者数</td><td>件</td><td>18</td><td>21</td><td>19</td><td>24</td><td>26</td><td>25</td><td>25</td></tr>
<tr><td>3</td><td>市主催イベントの来場者数</td><td>千人</td><td>120</td><td>中止</td><td>中止</td><td>96</td><td>118</td><td>125</td><td>130</td></tr>
<tr><td>4</td><td>市公式SNSのフォロワー数</td><td>人</td><td>3,200</td><td>4,850</td><td>6,120</td><td>7,400</td><td>8,950</td><td>9,000</td><td>10,000</td></tr>
</tbody>
</table>
<p class="note">※観光入込客数の令和4年度の数値は、確定値に修正しました（修正前の数値を取消線で表示しています）。</p>
<p class="note">※令和2年度及び令和3年度は、新型コロナウイルス感染症の影響により、市主催イベントを中止しました。</p>
<p class="note">※市内で創業した事業者数は、各年度に市の創業支援を受けて創業した事業者の数です。</p>
</main>
<footer><p>青梅市役所　企画政策課</p></footer>
</body>
</html>
"""


def ome():
    (HERE / "ome_kpi_jisseki_r5.html").write_bytes(OME_HTML.encode("utf-8"))


def to_pdf():
    for xlsx in sorted(SRC.glob("*.xlsx")):
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(xlsx)],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def main():
    SRC.mkdir(exist_ok=True)
    minamiashigara()
    kumagaya()
    takasaki()
    ome()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
