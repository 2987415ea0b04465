"""Build forms358: four KPI tables re-typed in the layouts of four 九州 municipalities.

Writes source/ogori_shisaku_hyoka_r6.xlsx and source/amagi_senryaku_kensho_r6.xlsx (converted to
one-page PDFs with LibreOffice), the workbook saza_kpi_shinchoku_r5.xlsx (left as it is) and the page
asagiri_seika_shihyo_r6.html. `--no-pdf` skips LibreOffice. XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501, B905

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
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
FIXED = "2025-01-01T00:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, h="left", v="center", wrap=True, box=False, fill=None):
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
    if kw.get("box"):
        for row in ws[rng]:
            for c in row:
                c.border = BOX
                if kw.get("fill"):
                    c.fill = kw["fill"]
    ws.merge_cells(rng)


def grid(ws, top, rows, cols, fill=None, h="center"):
    """Write rows (lists of cell texts; None leaves a merged-over cell alone) starting at row top."""
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            ref = f"{cols[j]}{top + i}"
            put(ws, ref, val, box=True, fill=fill, h=("left" if j == 1 and fill is None else h))


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
    wb.properties.creator = "forms358"
    wb.properties.lastModifiedBy = "forms358"
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


# ---------------------------------------------------------------- 小郡市 (PDF, portrait)
def ogori():
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価"
    cols = "ABCDEFGHI"
    for col, w in zip(cols, [5, 30, 7, 10, 10, 10, 10, 11, 2]):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:H1",
        "第６次小郡市総合振興計画　施策評価シート（令和６年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和7年7月　小郡市 経営政策部", h="right")
    fields = [
        ("施策名", "2-3　子育て支援の充実"),
        ("担当課", "子育て支援課"),
        ("計画期間", "前期基本計画　令和4年度～令和8年度（5年間）"),
        (
            "市の概要",
            "本市は筑紫平野の北に位置し、面積は45.51km²。1972年（昭和47年）の市制施行以降、宝満川の西側を中心に住宅開発が進み、人口は59,312人（令和6年10月1日推計）となっている。福岡市・久留米市への通勤圏にあり、子育て世帯の転入が続いている。",
        ),
    ]
    r = 4
    for k, v in fields:
        merge(ws, f"A{r}:B{r}", k, bold=True, box=True, fill=HEAD_FILL)
        merge(ws, f"C{r}:H{r}", v, box=True)
        ws.row_dimensions[r].height = 48 if k == "市の概要" else 18
        r += 1
    put(ws, "A10", "２　成果指標の推移", size=11, bold=True, wrap=False)
    merge(ws, "A11:A12", "No.", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "B11:B12", "成果指標", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "C11:C12", "単位", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "D11:D12", "策定時\n（R2年度）", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "E11:G11", "実績値（新しい年度から順に表示）", box=True, fill=HEAD_FILL, h="center")
    for col, t in zip("EFG", ["R6年度", "R5年度", "R4年度"]):
        put(ws, f"{col}12", t, box=True, fill=HEAD_FILL, h="center")
    merge(ws, "H11:H12", "前期目標\n（R8年度）", box=True, fill=HEAD_FILL, h="center")
    rows = [
        ["1", "地域子育て支援センター利用者数", "千人", "18.2", "24.6", "22.1", "19.8", "25.0"],
        ["2", "保育所等待機児童数（4月1日現在）", "人", "14", "0", "3", "6", "0"],
        ["3", "放課後児童クラブ登録児童数", "人", "1,120", "1,384", "1,302", "1,245", "1,400"],
        ["4", "子育てしやすいまちだと思う市民の割合※", "％", "62.4", "68.1", "―", "65.3", "70.0"],
    ]
    grid(ws, 13, rows, "ABCDEFGH")
    for i in range(13, 17):
        ws.row_dimensions[i].height = 30
        for col in "DEFGH":
            ws[f"{col}{i}"].alignment = Alignment(horizontal="right", vertical="center")
    notes = [
        "※ 市民意識調査は隔年（偶数年度）実施のため、R5年度は調査なし。",
        "注）実績値の列は左から R6年度・R5年度・R4年度 の順（最新年度を左端に表示）。",
    ]
    for i, n in enumerate(notes):
        merge(ws, f"A{18 + i}:H{18 + i}", n, size=8)
    put(ws, "A21", "３　施策の評価", size=11, bold=True, wrap=False)
    merge(
        ws,
        "A22:H22",
        "待機児童はR6年度当初に解消した。放課後児童クラブは2か所を増設し、定員を80人拡大した。引き続き前期目標の達成に向け取り組む。",
        box=True,
    )
    ws.row_dimensions[22].height = 36
    a4(ws, landscape=False)
    ws.print_area = "A1:H22"
    save_stable(wb, SRC / "ogori_shisaku_hyoka_r6.xlsx")


# ---------------------------------------------------------------- 天城町 (PDF, landscape)
def amagi():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    widths = [5, 34, 6, 9, 9, 9, 9, 12, 9, 9, 9]
    for col, w in zip("ABCDEFGHIJK", widths):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "第２期天城町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）最終検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年8月　天城町 企画課", h="right")
    fields = [
        ("戦略の名称", "第２期天城町まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "企画課"),
        (
            "町の現状",
            "本町は徳之島の北西部を占め、面積は80.40km²。人口は1950年の13,043人をピークに減少し、5,975人（2015年国勢調査）となった。さとうきび・馬鈴薯・生産牛を基幹とする農業の町であり、400年以上続く闘牛などの伝統文化を有する。",
        ),
    ]
    r = 4
    for k, v in fields:
        merge(ws, f"A{r}:B{r}", k, bold=True, box=True, fill=HEAD_FILL)
        merge(ws, f"C{r}:K{r}", v, box=True)
        ws.row_dimensions[r].height = 34 if k == "町の現状" else 17
        r += 1
    put(ws, "A9", "■重要業績評価指標（KPI）の検証結果", size=11, bold=True, wrap=False)
    merge(ws, "A10:A11", "No.", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "B10:B11", "重要業績評価指標（KPI）", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "C10:C11", "単位", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "D10:D11", "基準値\n（2019）", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "E10:I10", "実績値（年度）", box=True, fill=HEAD_FILL, h="center")
    for col, t in zip("EFGHI", ["2020", "2021", "2022", "2023", "2024"]):
        put(ws, f"{col}11", t, box=True, fill=HEAD_FILL, h="center")
    merge(ws, "J10:J11", "目標値\n（2024）", box=True, fill=HEAD_FILL, h="center")
    merge(ws, "K10:K11", "達成状況", box=True, fill=HEAD_FILL, h="center")
    rows = [
        [
            "1",
            "移住相談窓口を通じた移住者数",
            "人",
            "―",
            "",
            "18",
            "25",
            "32（15世帯）",
            "28",
            "30",
            "未達成",
        ],
        [
            "2",
            "ふるさと納税寄附件数",
            "件",
            "1,850",
            "2,410",
            "3,120",
            "4,380",
            "5,601",
            "6,050",
            "5,000",
            "達成",
        ],
        [
            "3",
            "全島一闘牛大会の観客数",
            "人",
            "9,800",
            "―",
            "―",
            "4,200",
            "7,900",
            "8,650",
            "10,000",
            "未達成",
        ],
        [
            "4",
            "さとうきび生産量",
            "t",
            "38,200",
            "35,460",
            "39,870",
            "36,120",
            "40,310",
            "41,500",
            "40,000",
            "達成",
        ],
    ]
    grid(ws, 12, rows, "ABCDEFGHIJK")
    for i in range(12, 16):
        ws.row_dimensions[i].height = 24
        for col in "DEFGHIJ":
            ws[f"{col}{i}"].alignment = Alignment(
                horizontal="right", vertical="center", wrap_text=True
            )
    notes = [
        "注1）年度は西暦で表示（例：2023 は 2023年度＝令和5年度）。",
        "注2）No.1 は移住コンシェルジュによるワンストップ相談窓口を開設した2021年度から計測。括弧内は移住世帯数（内数ではなく参考）。",
        "注3）No.3 の2020・2021年度は新型コロナウイルス感染症のため大会中止。",
    ]
    for i, n in enumerate(notes):
        merge(ws, f"A{17 + i}:K{17 + i}", n, size=8)
    a4(ws, landscape=True)
    ws.print_area = "A1:K19"
    save_stable(wb, SRC / "amagi_senryaku_kensho_r6.xlsx")


# ---------------------------------------------------------------- 佐々町 (XLSX left as it is)
def saza():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    for col, w in zip("ABCDEFGH", [5, 40, 8, 12, 12, 12, 12, 12]):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:G1",
        "第２期佐々町まち・ひと・しごと創生総合戦略　ＫＰＩ進捗管理表（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:G2", "令和6年9月　佐々町 企画財政課", h="right")
    fields = [
        ("戦略の名称", "第２期佐々町まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和3年度～令和6年度（4年間）"),
        ("担当課", "企画財政課"),
        (
            "町の概要",
            "面積32.26km²。周囲を佐世保市に囲まれ、延長21.9kmの佐々川が町の中央を流れる。昭和16年1月に町制を施行し、平成23年に西九州自動車道佐々ICが開通した。",
        ),
    ]
    r = 4
    for k, v in fields:
        merge(ws, f"A{r}:B{r}", k, bold=True, box=True, fill=HEAD_FILL)
        merge(ws, f"C{r}:G{r}", v, box=True)
        ws.row_dimensions[r].height = 32 if k == "町の概要" else 17
        r += 1
    put(ws, "A9", "基本目標１　安定した雇用を創出し、佐々で働く", size=11, bold=True, wrap=False)
    names = [
        ("1", "新規就農者数", "人"),
        ("2", "いちご販売額", "百万円"),
        ("3", "町内事業所への就職者数（無料職業紹介所経由）", "人"),
        ("4", "創業支援による創業件数", "件"),
    ]
    put(ws, "A11", "【目標値】各年度の目標", bold=True, wrap=False)
    grid(
        ws,
        12,
        [["No.", "KPI", "単位", "R3年度", "R4年度", "R5年度", "R6年度"]],
        "ABCDEFG",
        fill=HEAD_FILL,
    )
    targets = [
        ["3", "3", "3", "3"],
        ["320", "330", "340", "350"],
        ["8", "8", "10", "10"],
        ["2", "2", "2", "2"],
    ]
    grid(ws, 13, [list(n) + t for n, t in zip(names, targets)], "ABCDEFG")
    put(ws, "A18", "【実績値】各年度の実績（基準値を含む）", bold=True, wrap=False)
    grid(
        ws,
        19,
        [["No.", "KPI", "単位", "基準値（R元年度）", "R3年度", "R4年度", "R5年度"]],
        "ABCDEFG",
        fill=HEAD_FILL,
    )
    actuals = [
        ["2", "4", "2", "3"],
        ["312", "318", "335", "329"],
        ["5", "6", "9", "11（うち町外から4）"],
        ["1", "3", "1", "2"],
    ]
    grid(ws, 20, [list(n) + a for n, a in zip(names, actuals)], "ABCDEFG")
    for rr in list(range(13, 17)) + list(range(20, 24)):
        for col in "DEFG":
            ws[f"{col}{rr}"].alignment = Alignment(
                horizontal="right", vertical="center", wrap_text=True
            )
    notes = [
        "※ 上の表は目標値、下の表は実績値。同じNo.が同じKPIを示す。",
        "※ No.3 の括弧内は、就職者のうち町外在住者の人数（内数）。",
        "※ R6年度の実績は令和7年度に取りまとめる。",
    ]
    for i, n in enumerate(notes):
        put(ws, f"A{25 + i}", n, size=8, wrap=False)
    a4(ws, landscape=False)
    save_stable(wb, HERE / "saza_kpi_shinchoku_r5.xlsx")


# ---------------------------------------------------------------- あさぎり町 (HTML)
ASAGIRI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第3次あさぎり町総合計画 前期基本計画 成果指標の状況（令和6年度実績） | あさぎり町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/q/list/10.html">町政情報</a></li>
<li><a href="/q/list/12.html">計画・施策</a></li>
<li>成果指標の状況（令和6年度実績）</li>
</ol></nav>
<main>
<h1>第3次あさぎり町総合計画 前期基本計画 成果指標の状況（令和6年度実績）</h1>
<p class="date">更新日：2025年9月12日　担当：企画政策課</p>
<p>第3次あさぎり町総合計画は、令和6年度からの8年間を計画期間とし、将来像「人が集い 支え合う 未来へつなぐ『あさぎり町』」の実現を目指しています。前期基本計画（令和6年度～令和9年度）では、4つの基本目標ごとに成果指標を定めました。</p>
<p>本町は球磨盆地の中央に位置し、面積は159.56km²です。2003年4月に5町村が合併して誕生しました。令和6年度の実績を次のとおり公表します。</p>
<h2>２　基本目標別の成果指標</h2>
<table border="1">
<thead>
<tr><th scope="col">基本目標</th><th scope="col">成果指標</th><th scope="col">単位</th><th scope="col">現状値<br>（R4）</th><th scope="col">実績値<br>（R6）</th><th scope="col">目標値</th><th scope="col">目標年度</th></tr>
</thead>
<tbody>
<tr><th scope="rowgroup" rowspan="2">(1) 魅力ある就業・産業の構築</th><td>新規就農者数</td><td>人</td><td>9</td><td>12</td><td>12</td><td>R9</td></tr>
<tr><td>認定農業者数</td><td>経営体</td><td>318</td><td>305</td><td>320</td><td>R9</td></tr>
<tr><th scope="rowgroup">(2) 魅力ある健康・福祉の構築</th><td>特定健康診査受診率</td><td>％</td><td>48.2</td><td>51.6</td><td>60.0</td><td>R9</td></tr>
<tr><th scope="rowgroup">(3) 魅力ある生活基盤の構築</th><td>総人口</td><td>人</td><td>14,520</td><td>14,134（8月末）</td><td>12,480以上</td><td>R13</td></tr>
<tr><th scope="rowgroup">(4) 魅力ある教育・文化の構築</th><td>町図書館の年間貸出冊数</td><td>冊</td><td>62,300</td><td>66,850</td><td>70,000</td><td>R9</td></tr>
</tbody>
</table>
<p>※ 目標年度は指標ごとに異なります。総人口の目標は総合計画の最終年度（R13）の値です。</p>
<p>※ 総人口の令和6年度実績は、令和6年8月末現在の推計人口です（年度末の値は未公表）。</p>
</main>
<footer><p>あさぎり町役場 企画政策課　〒868-0408 熊本県球磨郡あさぎり町免田東1199</p></footer>
</body>
</html>
"""


def asagiri():
    (HERE / "asagiri_seika_shihyo_r6.html").write_bytes(ASAGIRI.encode("utf-8"))


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
    ogori()
    amagi()
    saza()
    asagiri()
    if "--no-pdf" not in sys.argv:
        to_pdf("ogori_shisaku_hyoka_r6")
        to_pdf("amagi_senryaku_kensho_r6")


if __name__ == "__main__":
    main()
