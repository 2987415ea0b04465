"""Build forms365: four KPI tables re-typed in the layouts of four 関東 municipalities.

Writes source/motegi_senryaku_kensho_r6.xlsx and source/mutsuzawa_jimujigyo_hyoka_r5.xlsx (converted
to one-page PDFs with LibreOffice), the open-data CSV hachioji_shisaku_shihyo_r5.csv (UTF-8 with BOM,
CRLF) and the page yokoze_seika_shihyo_r6.html. `--no-pdf` skips LibreOffice. XLSX, CSV and HTML are
byte-stable.
"""
# ruff: noqa: E501, B905

import csv
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
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
FIXED = "2025-01-01T00:00:00Z"


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    h="left",
    v="center",
    wrap=True,
    box=False,
    fill=None,
    rotate=0,
):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, text_rotation=rotate)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def merge(ws, rng, value, **kw):
    put(ws, rng.split(":")[0], value, **kw)
    if kw.get("box"):
        for row in ws[rng]:
            for c in row:
                c.border = BOX
                if kw.get("fill"):
                    c.fill = kw["fill"]
    ws.merge_cells(rng)


def a4(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def save_stable(wb, path):
    """Save, then rewrite the zip with fixed timestamps so that two builds give the same bytes."""
    wb.properties.creator = "forms365"
    wb.properties.lastModifiedBy = "forms365"
    tmp = path.with_suffix(".tmp")
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            data = zin.read(name)
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{FIXED}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{FIXED}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    tmp.unlink()


# ---------------------------------------------------------------- 茂木町 (PDF, landscape)
def motegi():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    cols = "ABCDEFGHIJKL"
    for col, w in zip(cols, [5, 34, 7, 9, 8, 8, 8, 8, 8, 15, 9, 2]):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "第２期茂木町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）最終検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年8月　茂木町 企画課", h="right")
    fields = [
        ("戦略の名称", "第２期茂木町まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "企画課"),
        (
            "町の現状",
            "本町は栃木県の南東部、八溝山系の中にあり、面積172.71km²、南北27kmの細長い町である。ツインリンクもてぎ（現モビリティリゾートもてぎ）や道の駅もてぎなどに年間310万人が訪れる一方、2040年の推計人口は8,532人とされ、雇用の確保と移住・定住の促進を最大の目標としている。",
        ),
    ]
    r = 4
    for k, v in fields:
        merge(ws, f"A{r}:B{r}", k, bold=True, box=True, fill=HEAD_FILL)
        merge(ws, f"C{r}:K{r}", v, box=True)
        ws.row_dimensions[r].height = 40 if k == "町の現状" else 18
        r += 1
    put(ws, "A9", "■基本目標１　雇用の確保と移住・定住の促進", size=11, bold=True, wrap=False)
    merge(ws, "A10:A11", "No.", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "B10:B11", "重要業績評価指標（KPI）", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "C10:C11", "単位", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "D10:D11", "基準値\n（H30）", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "E10:I10", "実績値", box=True, fill=HEAD_FILL, h="center")
    for col, t in zip("EFGHI", ["R2", "R3", "R4", "R5", "R6"]):
        put(ws, f"{col}11", t, box=True, fill=HEAD_FILL, h="center")
    merge(ws, "J10:J11", "目標値（R6）", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "K10:K11", "達成状況", box=True, fill=HEAD_FILL, h="center")
    rows = [
        ["1", "観光入込客数", "万人", "310", "182※", "205※", "271", "289", "296", "320", "未達成"],
        [
            "2",
            "移住者数",
            "人",
            "24",
            "28",
            "31",
            "35",
            "30",
            "33",
            "5年間で150人\n（累計）",
            "達成",
        ],
        [
            "3",
            "おためし住宅の利用組数",
            "組",
            "―",
            "―\n（R3開設）",
            "6",
            "9",
            "8",
            "11",
            "10",
            "達成",
        ],
        [
            "4",
            "もてぎジョブセンターを通じた就職者数",
            "人",
            "15",
            "17",
            "21",
            "18",
            "22",
            "19",
            "25",
            "未達成",
        ],
    ]
    for i, row in enumerate(rows):
        rr = 12 + i
        for j, val in enumerate(row):
            put(ws, f"{cols[j]}{rr}", val, box=True, h=("left" if j == 1 else "center"))
        ws.row_dimensions[rr].height = 30
    put(
        ws,
        "A17",
        "※ R2・R3の観光入込客数は、ツインリンクもてぎのイベント中止・入場制限の期間を含む（集計方法は他の年度と同じ）。",
        wrap=False,
    )
    put(
        ws,
        "A18",
        "注　KPI2の目標値は5年間（R2～R6）の合計。R2～R6の実績の合計は157人。",
        wrap=False,
    )
    put(
        ws,
        "A19",
        "注　達成状況は、R6の実績値（KPI2は5年間の合計）が目標値に達したものを「達成」としている。",
        wrap=False,
    )
    a4(ws, landscape=True)
    save_stable(wb, SRC / "motegi_senryaku_kensho_r6.xlsx")


# ---------------------------------------------------------------- 睦沢町 (PDF, portrait)
def mutsuzawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    cols = "ABCDEFGHIJ"
    for col, w in zip(cols, [11, 9, 9, 9, 9, 9, 9, 9, 9, 2]):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "事務事業評価シート（令和５年度実施事業）", size=14, bold=True, h="center")
    merge(ws, "A2:I2", "令和6年7月作成　睦沢町", h="right")
    fields = [
        ("事務事業名", "健幸ポイント事業"),
        ("担当課", "健康保険課"),
        ("総合計画上の位置付け", "健康・福祉分野　「歩いて健幸になれるまちづくり」"),
        ("事業期間", "令和3年度～令和7年度"),
        (
            "事業の目的・概要",
            "健康寿命を延ばすには1日9,000歩以上歩くことが効果的とされることから、歩数や健診受診に応じてポイントを付与し、道の駅「つどいの郷むつざわ」で使える商品券と交換できるようにしている。本町の面積は35.59km²、人口は6,406人（2024年2月1日推計）で、2030年には高齢化率が47.7%に達する見込みである。",
        ),
    ]
    r = 4
    for k, v in fields:
        merge(ws, f"A{r}:B{r}", k, bold=True, box=True, fill=HEAD_FILL)
        merge(ws, f"C{r}:I{r}", v, box=True)
        ws.row_dimensions[r].height = 66 if k == "事業の目的・概要" else 20
        r += 1
    put(ws, "A10", "３　指標の推移", size=11, bold=True, wrap=False)
    merge(ws, "A11:A13", "年度", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "B11:E11", "活動指標", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "F11:I11", "成果指標", box=True, fill=HEAD_FILL, h="center")
    heads = [
        ("B12:C12", "①健幸ポイント参加登録者数（人）"),
        ("D12:E12", "②健康教室の開催回数（回）"),
        ("F12:G12", "①参加者の1日平均歩数（歩）"),
        ("H12:I12", "②参加者のうち特定健診を受診した人の割合（％）"),
    ]
    for rng, t in heads:
        merge(ws, rng, t, box=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[12].height = 44
    for col in "BDFH":
        put(ws, f"{col}13", "目標", box=True, fill=HEAD_FILL, h="center")
    for col in "CEGI":
        put(ws, f"{col}13", "実績", box=True, fill=HEAD_FILL, h="center")
    rows = [
        ["令和３年度", "600", "548", "", "―", "8,000", "7,620", "", "58.4"],
        ["４年度", "700", "702", "12", "12", "8,200", "7,980", "62.0", "61.3"],
        ["５年度", "800", "815", "12", "10", "8,500", "8,540", "65.0", "66.1"],
    ]
    for i, row in enumerate(rows):
        rr = 14 + i
        for j, val in enumerate(row):
            put(ws, f"{cols[j]}{rr}", val, box=True, h="center")
        ws.row_dimensions[rr].height = 20
    put(
        ws,
        "A17",
        "※ 令和３年度の健康教室は新型コロナウイルス感染症の影響により全回中止。",
        wrap=False,
    )
    put(
        ws,
        "A18",
        "※ 令和３年度は事業開始年度のため、活動指標②・成果指標②の目標は設定していない。",
        wrap=False,
    )
    put(ws, "A20", "４　評価", size=11, bold=True, wrap=False)
    merge(ws, "A21:B21", "事業の方向性", bold=True, box=True, fill=HEAD_FILL)
    merge(ws, "C21:I21", "拡充（令和6年度からスマートフォンアプリによる歩数登録を開始）", box=True)
    a4(ws, landscape=False)
    save_stable(wb, SRC / "mutsuzawa_jimujigyo_hyoka_r5.xlsx")


# ---------------------------------------------------------------- 八王子市 (CSV, open data)
def hachioji():
    rows = [
        ["タイトル", "八王子未来デザイン2040 施策の指標（令和5年度実績）"],
        ["計画期間", "2023年度～2030年度（8年間）"],
        ["担当課", "都市戦略部 都市戦略課"],
        [
            "市の概要",
            "面積186.38km²、人口577,292人（2024年10月1日推計）。2015年4月に東京都で初めて中核市に移行した。基本計画は37の施策で構成する。",
        ],
        ["公開日", "2024-10-31"],
        [],
        ["都市像4　安心・快適で、地域の多様性を活かしたまち"],
        [
            "施策番号",
            "施策名",
            "指標名",
            "単位",
            "基準値（2021年度）",
            "2022年度実績",
            "2023年度実績",
            "中間目標値（2026年度）",
            "目標値（2030年度）",
            "備考",
        ],
        [
            "27",
            "公共交通の充実",
            "路線バスの年間利用者数",
            "千人",
            "41,250",
            "36,820",
            "38,104",
            "40,000",
            "42,000",
            "市内を運行する路線バス事業者の報告による",
        ],
        [
            "",
            "",
            "市内循環バスの1日平均利用者数",
            "人/日",
            "1,840",
            "1,612",
            "1,705",
            "1,900",
            "2,000",
            "",
        ],
        [
            "28",
            "魅力ある景観づくり",
            "景観まちづくりに関心のある市民の割合",
            "%",
            "38.4",
            "―",
            "41.0",
            "45.0",
            "50.0",
            "市政世論調査（隔年実施、2022年度は調査なし）",
        ],
        [
            "29",
            "自然とのふれあい",
            "高尾山の年間登山者数",
            "万人",
            "約260",
            "約220",
            "約250",
            "260",
            "300",
            "京王高尾山口駅の乗降人員等から推計",
        ],
        [
            "",
            "",
            "里山保全活動への参加者数",
            "人",
            "3,210",
            "2,845",
            "3,390",
            "3,600",
            "4,000",
            "参考：2023年度の活動団体数は42団体",
        ],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    (HERE / "hachioji_shisaku_shihyo_r5.csv").write_bytes(
        b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    )


# ---------------------------------------------------------------- 横瀬町 (HTML)
YOKOZE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第6次横瀬町総合振興計画（後期基本計画）成果指標の状況（令和6年度） | 横瀬町</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/yokoze/machitukuri/">町政情報</a></li>
<li><a href="/yokoze/machitukuri/347">第6次横瀬町総合振興計画</a></li>
<li>成果指標の状況（令和6年度）</li>
</ol></nav>
<main>
<h1>第6次横瀬町総合振興計画（後期基本計画）成果指標の状況（令和6年度）</h1>
<p class="date">更新日：2025年9月30日　担当：総合政策課</p>
<p>横瀬町は、2024年3月に「第6次横瀬町総合振興計画（後期基本計画）」を策定し、「カラフルタウン」の実現に向けて7つの柱で施策に取り組んでいます。計画期間は令和6年度から令和9年度までの4年間です。</p>
<p>本町の面積は49.36km²、人口は7,467人（2024年10月1日推計）です。道の駅果樹公園あしがくぼには年間50万人を超える方が訪れています。</p>
<p>各表の「基準値」は後期基本計画策定時の値です。数値の前の「△」はマイナスを表します。</p>
<h2>１の柱　人づくり</h2>
<table class="shihyo">
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和４年度）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（令和９年度）</th></tr>
<tr><th>令和５年度</th><th>令和６年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">子育て支援に満足している保護者の割合</th><td rowspan="2">％</td><td>６８．５</td><td>７０．２</td><td>７３．１</td><td>８０．０</td></tr>
<tr><th scope="row">ICTを活用した授業が分かりやすいと答えた児童生徒の割合</th><td>７６．０</td><td>７８．４</td><td>８１．９</td><td>８５．０</td></tr>
<tr><th scope="row">社会増減数（転入者数－転出者数）</th><td>人</td><td>△４２</td><td>△１８</td><td>△２５</td><td>±０</td></tr>
</tbody>
</table>
<h2>２の柱　健康づくり</h2>
<table class="shihyo">
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和４年度）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（令和９年度）</th></tr>
<tr><th>令和５年度</th><th>令和６年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">いまの暮らしの幸福度（10点満点）</th><td>点</td><td>６．６</td><td>６．８</td><td>６．７</td><td>７．０</td></tr>
<tr><th scope="row">特定健康診査の受診率</th><td>％</td><td>４１．３</td><td>４３．０</td><td>集計中</td><td>６０．０</td></tr>
</tbody>
</table>
<p class="note">※幸福度は住民アンケート（1,000人）で「いまの暮らしにどの程度満足しているか」を0～10点で尋ねた平均点です。<br>
※特定健康診査の受診率（法定報告）は、令和7年11月に確定する予定です。</p>
</main>
</body>
</html>
"""


def yokoze():
    (HERE / "yokoze_seika_shihyo_r6.html").write_bytes(YOKOZE.encode("utf-8"))


def to_pdf(name):
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
        shutil.copyfile(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")


def main():
    SRC.mkdir(exist_ok=True)
    motegi()
    mutsuzawa()
    hachioji()
    yokoze()
    if "--no-pdf" not in sys.argv:
        to_pdf("motegi_senryaku_kensho_r6")
        to_pdf("mutsuzawa_jimujigyo_hyoka_r5")


if __name__ == "__main__":
    main()
