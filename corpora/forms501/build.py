"""Build forms501: four KPI documents of 十島村, 伯耆町, 東みよし町 and 西都市.

Writes `toshima_teiju_jimujigyo_r5.xlsx` (the workbook is the document), `hoki_senryaku2_kpi_shinchoku_r5.html`,
`saito_mirai_sousei_kpi_r5.csv` and the XLSX source `source/higashimiyoshi_shuyo_seika_r5.xlsx`, which LibreOffice
turns into `higashimiyoshi_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501

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
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = (2024, 9, 20, 9, 0, 0)
STAMP_ISO = b"2024-09-20T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    return cell


def boxed(ws, rng, shade=False):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade:
                cell.fill = SHADE


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))


def number_format(cell, value):
    if isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms501"
    wb.properties.lastModifiedBy = "forms501"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            info = zipfile.ZipInfo(item.filename, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


def page(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


# ---------------------------------------------------------------- 十島村 (XLSX document)
def build_toshima():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 10, "B": 5, "C": 30, "D": 7, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年9月20日　　十島村", h="right")
    fields = [
        ("事務事業名", "定住促進対策事業"),
        ("担当課", "地域振興課　定住対策室"),
        ("総合計画上の位置付け", "十島村総合振興計画　主要政策「定住促進対策の強化」"),
        ("事業期間", "平成27年度～（継続）"),
        (
            "事業の概要",
            "本村は屋久島と奄美大島の間に南北約160kmにわたって連なる有人7島・無人5島からなり、面積は101.35km²、"
            "人口は681人（令和4年4月1日現在）。平成27年（2015年）の国勢調査では人口が15.1%増加した。"
            "島との往来は村営定期船「フェリーとしま」（週2便）による。本事業では各島の定住者サポート推進委員会と連携し、"
            "定住促進住宅の整備、島体験（お試し移住）の受入れ及び友好島民制度の運用を行い、人口700人規模を目指す。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 62 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "１　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "区分", bold=True, box=True, shade=True, h="center")
    for i, text in enumerate(["R3決算", "R4決算", "R5決算", "R6予算"]):
        put(ws, f"{'DEFG'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    for label, vals in (
        ("事業費", [18240, 21560, 19870, 22400]),
        ("うち一般財源", [9120, 10780, 9935, 11200]),
    ):
        merge(ws, f"A{r}:C{r}", label, box=True)
        for i, v in enumerate(vals):
            number_format(put(ws, f"{'DEFG'[i]}{r}", v, box=True, h="right"), v)
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "R3実績",
        "R4実績",
        "R5実績",
        "R6見込",
        "R6目標",
        "R7目標",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHIJ'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    rows = [
        ("活動指標", 1, "定住促進住宅の整備戸数", "戸", 2, 3, 2, 2, 2, 2),
        (
            "活動指標",
            2,
            "島体験（お試し移住）の参加者数",
            "人",
            "中止",
            "延べ24",
            "延べ31",
            "延べ35",
            30,
            40,
        ),
        ("成果指標", 3, "移住による転入者数", "人", 38, 45, 41, 40, 40, 40),
        ("成果指標", 4, "友好島民登録者数（累計）", "人", 412, 655, 803, 900, 950, 1000),
        ("成果指標", 5, "村の人口", "人", 681, 672, 667, 670, 700, 700),
    ]
    start = r
    for kubun, no, name, unit, *vals in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            c = put(ws, f"{'EFGHIJ'[i]}{r}", v, box=True, h="right")
            number_format(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※R6見込は令和6年8月末時点の見込値。",
        "※No.2の令和3年度は新型コロナウイルス感染症の影響により受入れを中止した。「延べ」は同じ人が複数回参加した場合も数えている。",
        "※No.5は各年度末（3月31日）現在の住民基本台帳人口。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "toshima_teiju_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 東みよし町 (PDF source, landscape)
def build_higashimiyoshi():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 27, "B": 11, "C": 10, "D": 28, "E": 6, "F": 10, "G": 10, "H": 10, "I": 8, "J": 6}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　東みよし町", h="right")
    fields = [
        ("対象", "令和5年度一般会計決算（商工費・総務費のうち地方創生関係事業）"),
        ("関連計画", "第2期東みよし町まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）"),
        (
            "町の概要",
            "平成18年（2006年）3月1日に三好町と三加茂町が合併して誕生。面積122.48km²、人口13,622人（令和2年国勢調査）。"
            "吉野川の両岸を三三大橋が結び、北岸には吉野川ハイウェイオアシス、南岸には国の特別天然記念物「加茂の大クス」（樹高約26m）がある。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 32 if key == "町の概要" else 18
        r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "【評価】　A：目標を達成（達成率100％以上）　B：達成率80％以上100％未満　C：達成率80％未満　―：評価できないもの",
        size=8,
    )
    r += 2
    put(ws, f"A{r}", "■主要施策の成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "事業名",
        "担当課",
        "決算額（千円）",
        "成果指標",
        "単位",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成率",
        "評価",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHIJ'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    blocks = [
        (
            "吉野川ハイウェイオアシス交流促進事業",
            "産業観光課",
            12480,
            [
                ("吉野川ハイウェイオアシス利用者数", "千人", 1012.4, 1050.0, 1086.3, "103.5%", "A"),
                ("美濃田の渕遊覧船の乗船者数", "人", 4820, 5500, 5130, "93.3%", "B"),
            ],
        ),
        (
            "観光まちづくり推進事業",
            "産業観光課",
            8920,
            [("観光案内所利用者の満足度", "％", 88.2, "90～95", "未集計", "―", "―")],
        ),
        (
            "ふるさと納税推進事業",
            "企画課",
            46310,
            [
                ("ふるさと納税寄附額", "百万円", 182, 200, 236, "118.0%", "A"),
                ("ふるさと納税寄附件数", "件", 9870, 10000, 12415, "124.2%", "A"),
            ],
        ),
    ]
    for name, ka, money, inds in blocks:
        start = r
        for ind in inds:
            put(ws, f"D{r}", ind[0], box=True)
            put(ws, f"E{r}", ind[1], box=True, h="center")
            for i, v in enumerate(ind[2:]):
                col = "FGHIJ"[i]
                c = put(ws, f"{col}{r}", v, box=True, h="center" if col == "J" else "right")
                number_format(c, v)
            ws.row_dimensions[r].height = 22
            r += 1
        end = r - 1
        for col, val, h in (("A", name, "left"), ("B", ka, "center"), ("C", money, "right")):
            merge(ws, f"{col}{start}:{col}{end}", val, box=True, h=h)
            if isinstance(val, int):
                ws[f"{col}{start}"].number_format = "#,##0"
    notes = [
        "※満足度は観光案内所の利用者アンケートによる。令和5年度の調査は令和6年度に延期したため未集計。",
        "※達成率＝R5実績÷R5目標。目標が範囲で示されているものは下限値で算出する。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "higashimiyoshi_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 伯耆町 (HTML)
HOKI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期伯耆町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和５年度） | 伯耆町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">組織から探す</a></li>
<li><a href="/soshiki/kikaku/">企画課</a></li>
<li>第2期伯耆町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第2期伯耆町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年10月15日　担当：企画課</p>
<p>伯耆町は、平成17年（2005年）1月1日に岸本町と溝口町が合併して誕生した町です。面積は139.44km²、人口は10,696人（2020年）。中国地方の最高峰で「伯耆富士」とも呼ばれる大山（標高1,729m）の西麓に位置し、「黒ぼく」と呼ばれる土壌で白ねぎやメロンが育ち、和牛の飼育も盛んです。</p>
<p>このページでは、総合戦略に掲げた重要業績評価指標（KPI）の令和5年度までの実績を、有識者会議での検証を経て公表します。</p>
<dl>
<dt>計画の名称</dt><dd>第2期伯耆町まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>企画課</dd>
</dl>
<h2>基本目標ごとのKPIの進捗</h2>
<p>※実績値は、注記のない限り年度（4月～翌3月）の値です。「△」はマイナスを表します。</p>
<table border="1">
<thead>
<tr><th rowspan="2">基本目標</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">1　大山の恵みを活かし、安定したしごとをつくる</th><td>新規就農者数</td><td>人</td><td>6</td><td>8</td><td>5</td><td>9</td><td>10</td></tr>
<tr><td>桝水高原の観光入込客数<sup>※1</sup></td><td>千人</td><td>182.4</td><td>121.6</td><td>150.9</td><td>176.3</td><td>200.0</td></tr>
<tr><th rowspan="2" scope="rowgroup">2　伯耆町への新しいひとの流れをつくる</th><td>移住者数</td><td>人</td><td>42</td><td>51</td><td>47</td><td>58</td><td>60</td></tr>
<tr><td>社会増減数（転入者数－転出者数）</td><td>人</td><td>△48</td><td>△35</td><td>△21</td><td>△12</td><td>±0</td></tr>
<tr><th scope="rowgroup">3　安心して子どもを生み育て、健やかに暮らせるまちをつくる</th><td>65歳時点の平均自立期間<sup>※2</sup></td><td>年</td><td>男 17.9<br>女 21.0</td><td>男 18.1<br>女 21.2</td><td>男 18.0<br>女 21.4</td><td>男 18.3<br>女 21.5</td><td>男 18.5<br>女 21.5</td></tr>
</tbody>
</table>
<p class="note">※1　桝水高原の観光入込客数は、暦年（1月～12月）の値です。</p>
<p class="note">※2　平均自立期間は、65歳の人が要介護2以上にならずに過ごせる期間の平均で、男女別に示しています。</p>
</main>
<footer><p>伯耆町役場　企画課</p></footer>
</body>
</html>
"""


def build_hoki():
    (HERE / "hoki_senryaku2_kpi_shinchoku_r5.html").write_text(HOKI, encoding="utf-8")


# ---------------------------------------------------------------- 西都市 (CSV)
SAITO = [
    "タイトル,第2期さいと未来創生総合戦略 重要業績評価指標（KPI）の実績（令和5年度）",
    "公表日,2024-09-30",
    "担当課,総合政策課",
    "計画期間,令和2年度～令和6年度（5年間）",
    '市の概要,"西都市は宮崎県のほぼ中央に位置し、宮崎市街地から車で約40分。人口は29,561人（令和2年10月）。'
    "特別史跡「西都原古墳群」には319基の古墳が残り、春は桜約2千本と菜の花約30万本、秋はコスモス約300万本が咲いて、"
    '年間約100万人の観光客が訪れる。"',
    "注記,基準値欄の（　）は基準とした年度。「△」はマイナス（転出超過）。「（速報値）」は確定前の数値。",
    "",
    "■基本目標別 KPIの実績",
    "基本目標,KPI,単位,基準値,令和3年度実績,令和4年度実績,令和5年度実績,令和6年度目標,備考",
    "1 稼ぐ力を高め、安心して働けるしごとをつくる,新規就農者数,人,18（H30）,21,17,24,25,",
    '1 稼ぐ力を高め、安心して働けるしごとをつくる,西都原古墳群の観光入込客数,千人,"1,012.3（H30）",612.8,804.5,921.7（速報値）,"1,100.0",考古博物館の入館者を含む',
    "1 稼ぐ力を高め、安心して働けるしごとをつくる,企業立地件数,件,―,累計2,累計5,累計7,累計10,令和2年度からの累計",
    "2 西都への新しいひとの流れをつくる,社会増減数,人,△152（R元）,△98,△121,△87,△50,転入者数－転出者数（住民基本台帳）",
    "3 結婚・出産・子育ての希望をかなえる,合計特殊出生率,,1.71（H30）,1.68,1.62,1.59（速報値）,1.80,",
]


def build_saito():
    data = "\ufeff" + "\r\n".join(SAITO) + "\r\n"
    (HERE / "saito_mirai_sousei_kpi_r5.csv").write_bytes(data.encode("utf-8"))


def to_pdf():
    name = "higashimiyoshi_shuyo_seika_r5"
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
                str(SRC / f"{name}.xlsx"),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")


def main():
    SRC.mkdir(exist_ok=True)
    build_toshima()
    build_higashimiyoshi()
    build_hoki()
    build_saito()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
