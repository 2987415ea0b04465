"""Build forms493: four KPI documents of 知夫村, 奈半利町, 小林市 and 多良木町.

Writes `nahari_nonosato_koka_kensho_r5.html`, `kobayashi_kouki_seika_shihyo_r5.csv` (the CSV is the document),
and the XLSX sources `source/chibu_akahage_jimujigyo_r5.xlsx` and `source/taragi_shuyo_seika_r5.xlsx`, which
LibreOffice turns into `chibu_akahage_jimujigyo_r5.pdf` and `taragi_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501

import csv
import datetime
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
STAMP = datetime.datetime(2024, 9, 20, 9, 0, 0)


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


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms493"
    wb.properties.lastModifiedBy = "forms493"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-20T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-09-20T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 20, 9, 0, 0))
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


def numfmt(cell, v):
    if isinstance(v, float):
        cell.number_format = "0.0"
    elif isinstance(v, int):
        cell.number_format = "#,##0"


# ---------------------------------------------------------------- 知夫村 (PDF source, portrait)
def build_chibu():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 10,
        "B": 5,
        "C": 28,
        "D": 7,
        "E": 10,
        "F": 10,
        "G": 10,
        "H": 12,
        "I": 10,
        "J": 10,
    }
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
    merge(ws, "A2:J2", "作成日　令和6年7月31日　知夫村", h="right")
    fields = [
        ("事務事業名", "赤ハゲ山牧野観光活用事業"),
        ("担当課", "地域振興課"),
        ("関連計画", "第2期知夫村まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）"),
        ("事業期間", "令和3年度～令和7年度"),
        (
            "事業の概要",
            "知夫村は隠岐諸島の最南端、知夫里島を区域とする一島一村の村で、面積は13.70km²、人口は585人（2024年5月1日推計）。"
            "島の西部にある赤ハゲ山（標高325m）一帯は黒毛和種の子牛を育てる放牧地で、牧畑の境として築かれた石垣「名垣」が約1kmにわたって残る。"
            "2004年からは牛が海を泳いで島津島へ渡る姿を観光に活かしている。本事業では放牧地の牧柵と名垣を補修し、"
            "展望台への案内と知夫赤壁（高さ約200m）を組み合わせた周遊を進める。",
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
    merge(ws, f"A{r}:D{r}", "区分", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGH", ("R3決算", "R4決算", "R5決算", "R6予算"), strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    money = [
        ("事業費", [8420, 9160, 7920, 8300]),
        ("うち一般財源", [3150, 3480, 2970, 3100]),
        ("対前年度増減", ["―", 740, "△1,240", 380]),
    ]
    for label, vals in money:
        merge(ws, f"A{r}:D{r}", label, box=True)
        for col, v in zip("EFGH", vals, strict=True):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            numfmt(c, v)
        ws.row_dimensions[r].height = 18
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
        "R5目標",
        "R5実績",
        "R6目標",
        "達成状況",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHIJ'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    rows = [
        ("活動指標", 1, "牧柵・名垣の補修延長", "m", 420, 380, 400, 415, 400, "達成"),
        ("活動指標", 2, "赤ハゲ山ガイドツアーの実施回数", "回", 12, 18, 24, 21, 24, "未達成"),
        ("成果指標", 3, "赤ハゲ山展望台の来訪者数", "千人", 3.8, 5.1, 6.0, 6.4, 6.5, "達成"),
        ("成果指標", 4, "子牛の出荷頭数", "頭", 212, 205, 220, 198, 220, "未達成"),
        (
            "成果指標",
            5,
            "村内宿泊施設の宿泊者数",
            "人泊",
            1840,
            2310,
            2600,
            "2,540（見込）",
            2700,
            "未達成",
        ),
    ]
    start = r
    for kubun, no, name, unit, *vals in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            c = put(ws, f"{'EFGHIJ'[i]}{r}", v, box=True, h="center" if i == 5 else "right")
            numfmt(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※No.4は、目標・実績とも暦年（1月～12月）の頭数です（例：R5＝令和5年1月～12月）。",
        "※No.5のR5実績は、1施設の令和6年3月分が未報告のため見込値です。",
        "※達成状況はR5目標とR5実績を比べたものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "今後の方向性", bold=True, box=True, shade=True)
    ws.merge_cells(f"A{r}:B{r}")
    boxed(ws, f"A{r}:B{r}", shade=True)
    merge(
        ws,
        f"C{r}:J{r}",
        "現状維持（展望台の来訪者は増えているが、ガイドの確保が課題。子牛の出荷は飼養農家の高齢化により減少傾向）",
        box=True,
    )
    ws.row_dimensions[r].height = 30
    page(ws, landscape=False)
    save(wb, SRC / "chibu_akahage_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 多良木町 (PDF source, landscape)
def build_taragi():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 26, "B": 12, "C": 30, "D": 8, "E": 10, "F": 11, "G": 10, "H": 9, "I": 30}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　多良木町 企画観光課", h="right")
    fields = [
        ("対象", "令和5年度一般会計決算（企画観光課所管分）"),
        ("所管課", "企画観光課"),
        (
            "町の概要",
            "多良木町は人吉盆地の東部に位置し、面積165.86km²の約8割を森林が占める。人口は約8,600人（令和6年1月1日）。"
            "鎌倉時代の永仁3年（1295年）に創建された青蓮寺阿弥陀堂は国の重要文化財で、茅葺の御堂は県内最大の規模とされる。"
            "くま川鉄道多良木駅の近くでは、ブルートレインの客車を宿泊施設「ブルートレインたらぎ」として活用してきた。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 36 if key == "町の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■主要事業の成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "事業名",
        "決算額（千円）",
        "成果指標",
        "単位",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成率",
        "備考",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHI'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    rows = [
        (
            "青蓮寺阿弥陀堂周辺整備事業",
            18640,
            "青蓮寺阿弥陀堂の見学者数",
            "人",
            3820,
            "4,000以上",
            4310,
            "107.8%",
            "",
        ),
        (None, None, "観光ボランティアガイドの案内件数", "件", 64, 70, 58, "82.9%", ""),
        (
            "くま川鉄道利用促進事業",
            9250,
            "多良木駅の1日平均乗降客数",
            "人",
            312,
            330,
            298,
            "90.3%",
            "R4実績は確定値に修正（当初公表 305）",
        ),
        (
            "移住定住促進事業",
            22470,
            "移住相談件数",
            "件",
            "―",
            60,
            73,
            "121.7%",
            "令和5年度から集計",
        ),
    ]
    start = r
    for jigyo, kessan, name, unit, *vals in rows:
        if jigyo is not None:
            put(ws, f"A{r}", jigyo, box=True)
            c = put(ws, f"B{r}", kessan, box=True, h="right")
            numfmt(c, kessan)
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            c = put(
                ws,
                f"{'EFGHI'[i]}{r}",
                v,
                box=True,
                h="left" if i == 4 else "right",
                size=8 if i == 4 else 9,
            )
            numfmt(c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    for col in "AB":
        ws.merge_cells(f"{col}{start}:{col}{start + 1}")
        boxed(ws, f"{col}{start}:{col}{start + 1}")
    put(ws, f"A{r}", "企画観光課所管　計", bold=True, box=True, shade=True, h="right")
    c = put(ws, f"B{r}", 50360, bold=True, box=True, shade=True, h="right")
    numfmt(c, 50360)
    boxed(ws, f"C{r}:I{r}", shade=True)
    ws.row_dimensions[r].height = 20
    r += 1
    notes = [
        "※達成率は、R5実績をR5目標で除したものです。",
        "※決算額は事業全体の額で、成果指標ごとの内訳ではありません。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "taragi_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 奈半利町 (HTML)
NAHARI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>地方創生推進交付金事業の効果検証結果（令和５年度） | 奈半利町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/chihososei/">地方創生</a></li>
<li>地方創生推進交付金事業の効果検証結果（令和５年度）</li>
</ol></nav>
<main>
<h1>地方創生推進交付金事業の効果検証結果（令和５年度）</h1>
<p class="date">更新日：2024年9月20日　担当：地域振興課</p>
<p>奈半利町は高知県東部、安芸郡の町で、面積は28.37km²、人口は3,034人（2020年国勢調査）です。土佐くろしお鉄道ごめん・なはり線の始発・終着駅である奈半利駅を中心に、平成28年3月には町全域を範囲とする「集落活動センターなはりの郷」が開所しました。センターは国の登録有形文化財である旧弘瀬家住宅を拠点とし、奈半利駅に隣接する物産館「無花果（いちじく）」を運営しています。</p>
<p>本町は令和2年5月からふるさと納税の受付を停止しており、センターの収入の確保と地産外商の立て直しを目的として、令和3年度から本交付金事業に取り組みました。事業の最終年度である令和5年度の実績を、外部有識者を交えた推進委員会で検証しました。</p>
<dl>
<dt>事業名</dt><dd>集落活動センター「なはりの郷」を核とした地産外商・交流拡大事業</dd>
<dt>地域再生計画の名称</dt><dd>奈半利町まち・ひと・しごと創生推進計画</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>交付対象事業費</dt><dd>令和5年度　24,600千円（うち交付金　12,300千円）</dd>
<dt>担当課</dt><dd>地域振興課</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標と実績</h2>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">事業開始前<br>（令和2年度）</th><th colspan="2">令和3年度</th><th colspan="2">令和4年度</th><th colspan="2">令和5年度</th></tr>
<tr><th>目標値</th><th>実績値</th><th>目標値</th><th>実績値</th><th>目標値</th><th>実績値</th></tr>
</thead>
<tbody>
<tr><td>①</td><td>物産館「無花果」の年間販売額</td><td>百万円</td><td>31.2</td><td>33.0</td><td>34.5</td><td>36.0</td><td>35.1</td><td>40.0</td><td>41.8</td></tr>
<tr><td>②</td><td>いちじくの通信販売出荷量</td><td>t</td><td>0.8</td><td>―</td><td>1.2</td><td>2.0</td><td>2.6</td><td>3.0</td><td>2.7</td></tr>
<tr><td>③</td><td>旧弘瀬家住宅（滞在施設）の宿泊者数</td><td>人</td><td>0</td><td>150</td><td>96</td><td>300</td><td>284</td><td>400</td><td>436</td></tr>
<tr><td>④</td><td>センターの活動に参加した住民の割合</td><td>％</td><td>22.5</td><td>25～30</td><td>24.1</td><td>25～30</td><td>27.3</td><td>30～35</td><td>31.0</td></tr>
<tr><td>⑤</td><td>センターを通じた移住者数</td><td>人</td><td>2</td><td>3</td><td>3</td><td>4</td><td>6</td><td>5</td><td>4</td></tr>
</tbody>
</table>
<p>※②の令和3年度の目標値は、通信販売の開始（令和3年7月）が事業計画の策定後であったため設定していません。</p>
<p>※④は住民アンケートによるもので、目標値は幅で定めています。</p>
<h2>事業の評価</h2>
<p>地方創生に相当程度効果があった（令和6年8月27日　奈半利町まち・ひと・しごと創生推進委員会）</p>
<p>物産館の販売額と滞在施設の宿泊者数は目標を上回った。いちじくの出荷量は、令和5年夏の長雨の影響で目標に届かなかった。</p>
</main>
<footer><p>奈半利町役場　地域振興課</p></footer>
</body>
</html>
"""


def build_nahari():
    (HERE / "nahari_nonosato_koka_kensho_r5.html").write_text(NAHARI, encoding="utf-8")


# ---------------------------------------------------------------- 小林市 (CSV document)
KOBAYASHI = [
    ["第2次小林市総合計画 後期基本計画 成果指標の進捗状況（令和5年度実績）"],
    ["計画期間", "令和4年度～令和7年度（後期基本計画4年間）"],
    ["取りまとめ", "企画政策課"],
    [
        "市の概要",
        "宮崎県の南西部に位置し、面積562.95km²、人口は約4万2千人。霧島連山のふもとに70を超える湧水地があり、"
        "「全国星空継続観察」で「星空が日本一美しい町」に5回選ばれている。",
    ],
    ["公開日", "2024-08-30"],
    [],
    ["■基本施策別 成果指標の推移"],
    [
        "基本施策",
        "No.",
        "成果指標",
        "単位",
        "基準値（R2）",
        "R4実績",
        "R5実績",
        "中間目標（R5）",
        "目標値（R7）",
        "担当課",
        "備考",
    ],
    ["1-1　農業の振興", "1", "新規就農者数", "人", "18", "21", "24", "22", "25", "農業振興課", ""],
    [
        "1-3　観光の振興",
        "2",
        "観光入込客数",
        "千人",
        "812.6",
        "905.3",
        "1,034.8（速報値）",
        "950.0",
        "1,100.0",
        "商工観光課",
        "R5実績は令和6年7月時点の速報値",
    ],
    [
        "1-5　移住・定住の促進",
        "3",
        "社会増減数",
        "人",
        "△312",
        "△198",
        "△46",
        "0",
        "50",
        "企画政策課",
        "転入者数から転出者数を引いた数",
    ],
    ["", "4", "UIJターンによる移住者数", "人", "96", "142", "171", "150", "180", "企画政策課", ""],
    [
        "4-2　中山間地域の活性化",
        "5",
        "UIJターンによる移住者数（再掲）",
        "人",
        "96",
        "142",
        "171",
        "150",
        "180",
        "企画政策課",
        "No.4の再掲",
    ],
    [],
    ["※基本施策の欄が空欄の行は、上の行と同じ基本施策です。"],
    ["※△はマイナス（転出超過）を示します。"],
]


def build_kobayashi():
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in KOBAYASHI:
        writer.writerow(row)
    (HERE / "kobayashi_kouki_seika_shihyo_r5.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))


def to_pdf():
    for name in ("chibu_akahage_jimujigyo_r5", "taragi_shuyo_seika_r5"):
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
    build_chibu()
    build_taragi()
    build_nahari()
    build_kobayashi()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
