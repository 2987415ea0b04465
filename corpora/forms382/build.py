"""Build forms382: two PDFs (from XLSX in source/ via LibreOffice), one HTML page and one CSV.

田子町 (PDF), 檜枝岐村 (PDF), 葛巻町 (HTML), 大潟村 (CSV). `--no-pdf` skips LibreOffice.
"""
# ruff: noqa: E501, B905

import datetime
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
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="DDDDDD")


def new_sheet(title, landscape, widths):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    return wb, ws


def put(ws, ref, text, bold=False, size=10, box=False, shade=False, align="left", wrap=True):
    c = ws[ref]
    c.value = text
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if box:
        c.border = BOX
    if shade:
        c.fill = SHADE
    return c


def grid(ws, top, rows, shade_rows=(), aligns=None):
    """Write rows of cells from row `top`; None leaves a cell empty but boxed."""
    for r, row in enumerate(rows):
        for k, (col, v) in enumerate(zip("ABCDEFGH", row)):
            ref = f"{col}{top + r}"
            al = "center" if r in shade_rows else (aligns[k] if aligns else "left")
            put(ws, ref, v, box=True, shade=r in shade_rows, align=al, bold=r in shade_rows)


def box_merge(ws, rng):
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def save(wb, path):
    wb.properties.creator = "forms382"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms382"
    wb.save(path)
    # fix the zip entries' timestamps and the core properties' dates, so that two runs give the same bytes
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rb"\g<1>2025-01-01T00:00:00Z",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def takko(path):
    wb, ws = new_sheet("調書", True, [6, 26, 30, 8, 12, 12, 12, 40])
    put(
        ws,
        "A1",
        "第六次田子町総合計画　実施計画　事業評価調書（令和6年度実績）",
        bold=True,
        size=14,
        wrap=False,
    )
    put(ws, "H2", "令和7年6月　田子町政策推進課", align="right")
    fields = [
        ("計画名", "第六次田子町総合計画（実施計画　令和6年度～令和8年度）"),
        ("担当課", "政策推進課"),
        ("計画期間", "平成28年度～令和7年度（10年間）"),
        (
            "町の概要",
            "総面積242.1km²のうち約80％を山林が占める県境の町。昭和37年に栽培が始まったにんにくは平成18年11月に東北初の地域団体商標に登録され、人口約7,300人の町の基幹産業となっている。",
        ),
    ]
    for i, (k, v) in enumerate(fields):
        r = 3 + i
        put(ws, f"A{r}", k, box=True, shade=True, align="center")
        box_merge(ws, f"A{r}:B{r}")
        put(ws, f"C{r}", v, box=True)
        box_merge(ws, f"C{r}:H{r}")
    ws.row_dimensions[6].height = 30
    put(ws, "A8", "１　事業量（活動指標）", bold=True, size=11, wrap=False)
    grid(
        ws,
        9,
        [
            ["No.", "事業名", "指標", "単位", "R4実績", "R5実績", "R6実績", "備考"],
            [
                "①",
                "にんにく産地強化事業",
                "種子用にんにくの更新面積",
                "ha",
                "10.2",
                "11.8",
                "12.4",
                "",
            ],
            ["②", "田子牛ブランド推進事業", "田子牛の出荷頭数", "頭", "218", "226", "231", ""],
            [
                "③",
                "ガーリックセンター運営事業",
                "施設利用者数",
                "人",
                "41,260",
                "44,905",
                "29,870",
                "R6実績は11月末現在（12月～3月は改修工事のため休館）",
            ],
        ],
        shade_rows=(0,),
        aligns=["center", "left", "left", "center", "right", "right", "right", "left"],
    )
    ws.row_dimensions[12].height = 30
    put(ws, "A14", "２　成果指標", bold=True, size=11, wrap=False)
    grid(
        ws,
        15,
        [
            ["No.", "指標", None, "単位", "基準値", "目標値", "実績値", None],
            [None, None, None, None, "（H27）", "（R7）", "R5", "R6"],
            ["①", "たっこにんにく販売額", None, "百万円", "1,850", "2,000", "1,912", "1,968"],
            ["②", "町の農産物直売所の売上額", None, "百万円", "96", "120", "104", "111"],
        ],
        shade_rows=(0, 1),
        aligns=["center", "left", "left", "center", "right", "right", "right", "right"],
    )
    for rng in ["A15:A16", "B15:C16", "D15:D16", "G15:H15", "B17:C17", "B18:C18"]:
        box_merge(ws, rng)
    put(
        ws,
        "A20",
        "※事業量の単位は各欄のとおり。成果指標の販売額はJA八戸田子支店調べ（税抜）。",
        wrap=False,
    )
    save(wb, path)


def hinoemata(path):
    wb, ws = new_sheet("成果指標", False, [12, 34, 10, 9, 9, 9, 10])
    put(
        ws,
        "A1",
        "檜枝岐村過疎地域持続的発展計画　成果指標の進捗状況（令和5年度）",
        bold=True,
        size=13,
        wrap=False,
    )
    put(ws, "G2", "令和6年8月　檜枝岐村企画観光課", align="right", wrap=False)
    fields = [
        ("計画名", "檜枝岐村過疎地域持続的発展計画"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "企画観光課"),
        (
            "村の現状",
            "面積390.46km²の約98％を山林が占め、役場の標高は939m。住民基本台帳人口は527人（令和3年10月末）で、東北で最も人口の少ない村である。尾瀬国立公園と会津駒ケ岳の登山口を擁し、観光業が主産業となっている。",
        ),
    ]
    for i, (k, v) in enumerate(fields):
        r = 3 + i
        put(ws, f"A{r}", k, box=True, shade=True, align="center")
        put(ws, f"B{r}", v, box=True)
        box_merge(ws, f"B{r}:G{r}")
    ws.row_dimensions[6].height = 58
    put(ws, "A8", "２　成果指標の状況", bold=True, size=11, wrap=False)
    grid(
        ws,
        9,
        [
            ["区分", "成果指標", "基準値", "実績値", None, None, "目標値"],
            [None, None, "（R元）", "R3", "R4", "R5", "（R7）"],
            ["観光・交流", "①観光客入込数（千人）", "152", "98", "121", "134", "160"],
            [None, "②会津駒ケ岳登山者数（人）", "13,420", "9,870", "11,210", "12,050", "14,000"],
            [None, "③檜枝岐歌舞伎の観覧者数（人）", "2,860", "中止", "1,940", "2,410", "3,000"],
            [
                "▽ 以下の２指標は令和4年度の計画変更で追加（基準値欄は令和３年度の値）",
                None,
                None,
                None,
                None,
                None,
                None,
            ],
            ["生活・定住", "④村営住宅の入居戸数（戸）", "31", None, "33", "35", "38"],
            [None, "⑤山人料理・裁ちそばの提供店舗数（店）", "9", None, "9", "10", "12"],
        ],
        shade_rows=(0, 1),
        aligns=["center", "left", "right", "right", "right", "right", "right"],
    )
    for rng in ["A9:A10", "B9:B10", "D9:F9", "A11:A13", "A14:G14", "A15:A16"]:
        box_merge(ws, rng)
    put(
        ws,
        "A14",
        "▽ 以下の２指標は令和4年度の計画変更で追加（基準値欄は令和３年度の値）",
        box=True,
        shade=True,
    )
    put(ws, "A18", "※③のR3は新型コロナウイルス感染症の影響により公演中止。", wrap=False)
    save(wb, path)


HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>葛巻町新エネルギービジョン 推進指標の達成状況（令和5年度） - 葛巻町</title>
</head>
<body>
<header><p class="site">北緯40度 ミルクとワインとクリーンエネルギーの町　岩手県葛巻町</p></header>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/docs/kankyo/">環境・エネルギー</a> &gt; 新エネルギービジョン 推進指標の達成状況（令和5年度）</nav>
<main>
<h1>葛巻町新エネルギービジョン　推進指標の達成状況（令和5年度）</h1>
<p class="date">公開日 2024年09月20日　担当：農林環境エネルギー課</p>
<p>本町は平成11年3月に「新エネルギービジョン」を策定し、風力・太陽光・木質バイオマスなど町の資源を生かしたエネルギーの導入を進めてきました。面積434.99km²の約86％を森林が占め、乳牛約9,000頭を飼養する町として、人口5,433人（令和6年1月1日現在）の暮らしと産業を支えるエネルギーの地産地消を目指しています。推進指標の令和5年度の状況は次のとおりです。</p>
<h2>1　再生可能エネルギーの導入</h2>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">推進指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R7）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5<br>（速報値）</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>風力発電の設備容量</td><td>kW</td><td>22,200（15基）</td><td>22,200（15基）</td><td>22,200（15基）</td><td>44,200（17基）</td><td>44,200</td></tr>
<tr><td>2</td><td>公共施設の太陽光発電設備容量</td><td>kW</td><td>420</td><td>468</td><td>485</td><td>512</td><td>600</td></tr>
<tr><td>3</td><td>木質チップの使用量</td><td>t</td><td>1,850</td><td>1,920</td><td>1,880</td><td>2,010</td><td>2,200</td></tr>
</tbody>
</table>
<h2>2　省エネルギーと環境学習</h2>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">推進指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R7）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5<br>（速報値）</th></tr>
</thead>
<tbody>
<tr><td>4</td><td>エネルギー環境学習の受入人数</td><td>人</td><td>3,200</td><td>1,150</td><td>2,480</td><td>2,970</td><td>3,500</td></tr>
<tr><td>5</td><td>公共施設の温室効果ガス排出量の削減</td><td>t-CO2</td><td>2,410</td><td>2,280</td><td>2,250</td><td>2,190</td><td>1,930</td></tr>
</tbody>
</table>
<p>※（　）内の基数は設置基数です。R5の値は速報値で、確定値は令和6年度末に公表します。</p>
<p>お問い合わせ：農林環境エネルギー課　電話0195-66-2111</p>
</main>
</body>
</html>
"""

CSV_LINES = [
    "第2期大潟村コミュニティ創生戦略　重要業績評価指標（KPI）一覧（令和5年度実績）,,,,,,,,,,",
    "担当課,総務企画課,,,,,,,,,",
    "計画期間,令和3年度～令和7年度,,,,,,,,,",
    '説明,"村は昭和39年10月1日に6世帯14人で発足し、現在の人口は約3,000人。面積170.05km²の干拓地に約1万haの水田が広がる。",,,,,,,,,',
    ",,,,,,,,,,",
    "基本目標,No.,KPI,単位,基準値,基準年度,R3実績,R4実績,R5実績,目標値,目標年度",
    "1 産業振興対策,1,農業産出額,億円,118.4,H30,112.6,121.9,127.3,120,R7",
    ",2,輸出用米の出荷量,t,350,R元,410,388,452,400,R5",
    "2 結婚・子育て支援,3,出生数,人,18,R元,15,17,14,20,R7",
    ",4,子育て支援センターの利用者数,人,２，１４０,R2,２，３１０,２，５８０,２，４６０,２，５００,R5",
    "3 移住・定住促進,5,村外からの転入者数,人,62,R2,58,71,66,70,R7",
]


def main():
    no_pdf = "--no-pdf" in sys.argv
    SOURCE.mkdir(exist_ok=True)
    takko(SOURCE / "takko_jisshi_hyoka_r6.xlsx")
    hinoemata(SOURCE / "hinoemata_kaso_seika_r5.xlsx")
    (HERE / "kuzumaki_energy_shihyo_r5.html").write_bytes(HTML.encode("utf-8"))
    (HERE / "ogata_sosei_kpi_r5.csv").write_bytes(
        ("\ufeff" + "\r\n".join(CSV_LINES) + "\r\n").encode("utf-8")
    )
    if no_pdf:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for name in ["takko_jisshi_hyoka_r6", "hinoemata_kaso_seika_r5"]:
            subprocess.run(
                [
                    "soffice",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    tmp,
                    str(SOURCE / f"{name}.xlsx"),
                ],
                check=True,
                capture_output=True,
            )
            shutil.copy(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")


if __name__ == "__main__":
    main()
