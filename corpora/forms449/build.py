"""Build the forms449 documents.

Writes source/miyama_senryaku_kensho_h29.xlsx and source/iki_sdgs_kpi_shinchoku_r2.xlsx and converts
them to one-page A4 PDFs with LibreOffice; writes the workbook document gotsu_jimujigyo_hyoka_r5.xlsx
(left as it is) and the HTML page niihama_kofukin_kensho_r5.html. XLSX and HTML are byte-stable
(fixed zip and core timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
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
FIXED = "2024-07-01T00:00:00Z"


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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 1, 0, 0, 0))
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
    wb.properties.creator = "forms449"
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


def grid(ws, top, left, rows, height=None, fill=None, aligns=None):
    """Write a bordered grid; None cells stay empty but bordered."""
    for r, row in enumerate(rows):
        for k, v in enumerate(row):
            ref = f"{get_column_letter(left + k)}{top + r}"
            put(ws, ref, v, box=True, fill=fill, align=(aligns or {}).get(k, "center"))
        if height:
            ws.row_dimensions[top + r].height = height


def boxmerge(ws, rng):
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def form(ws, top, last_col, fields, heights, key_to="A"):
    """Key-value rows: the key in A (merged to key_to), the value merged up to last_col."""
    first_val = get_column_letter(ws[f"{key_to}1"].column + 1)
    for i, (key, value) in enumerate(fields):
        r = top + i
        put(ws, f"A{r}", key, box=True, fill=SHADE, align="center")
        if key_to != "A":
            boxmerge(ws, f"A{r}:{key_to}{r}")
        put(ws, f"{first_val}{r}", value, box=True)
        boxmerge(ws, f"{first_val}{r}:{last_col}{r}")
        ws.row_dimensions[r].height = heights[i]


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


# ---------------------------------------------------------------- みやま (PDF, portrait)
def miyama():
    wb, ws = new_sheet("H29検証", [5, 30, 8, 11, 10, 15, 10, 27])
    put(ws, "A1", "みやま市まち・ひと・しごと創生総合戦略の進捗状況について", bold=True, size=14)
    ws.merge_cells("A1:H1")
    put(ws, "A2", "（平成29年度の検証）", bold=True, size=12)
    ws.merge_cells("A2:H2")
    put(ws, "A3", "平成30年8月　みやま市 企画振興課", align="right")
    ws.merge_cells("A3:H3")
    form(
        ws,
        4,
        "H",
        [
            ("戦略の名称", "みやま市まち・ひと・しごと創生総合戦略（平成27年10月策定）"),
            ("計画期間", "平成27年度～平成31年度（5年間）"),
            ("担当課", "企画振興課"),
            (
                "市の概要",
                "本市は、平成19年1月29日に瀬高町・山川町・高田町の3町が合併して誕生しました。面積は105.21km²、人口は38,139人（平成27年国勢調査）です。有明海と矢部川に面した平野ではセロリ・なすなどの施設園芸が、山川地区ではみかんの栽培が盛んです。",
            ),
        ],
        [18, 18, 18, 58],
        key_to="B",
    )
    put(ws, "A9", "基本目標１　しごとをつくり、安心して働けるようにする", bold=True, size=11)
    ws.merge_cells("A9:H9")
    hdr = [
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "26年度\n（基準値）",
            "28年度実績",
            "29年度実績",
            "31年度目標",
            "備考",
        ]
    ]
    grid(ws, 10, 1, hdr, height=32, fill=SHADE)
    rows = [
        ["1", "新規就農者数", "人", "6", "9", "11", "累計40", "27～31年度の5年間の累計（年8人）"],
        [
            "2",
            "セロリ・なす等施設園芸の販売額",
            "百万円",
            "1,520",
            "1,585",
            "1,612",
            "1,670",
            "市内生産者分",
        ],
        ["3", "創業支援による創業者数", "人", "8", "12", "14（うち女性6）", "15", "各年度の人数"],
        [
            "4",
            "市内事業所の従業者数",
            "人",
            "12,804",
            "―",
            "―",
            "13,000",
            "経済センサスによる（28・29年度は調査なし）",
        ],
    ]
    grid(ws, 11, 1, rows, height=34, aligns={1: "left", 7: "left"})
    for r in range(11, 15):
        for col in "DEFG":
            ws[f"{col}{r}"].alignment = Alignment(
                horizontal="right", vertical="center", wrap_text=True
            )
    put(ws, "A16", "※年度は平成の年度です。31年度は総合戦略の最終年度です。", size=9)
    ws.merge_cells("A16:H16")
    put(
        ws,
        "A17",
        "※28年度は、市内の空き店舗を活用したチャレンジショップ2店舗を開設し、創業セミナー（全4回）を開催しました。",
        size=9,
    )
    ws.merge_cells("A17:H17")
    ws.row_dimensions[17].height = 26
    page_setup(ws, False, "A1:H17")
    return wb


# ---------------------------------------------------------------- 壱岐 (PDF, landscape)
def iki():
    wb, ws = new_sheet("KPI進捗2020", [8, 5, 36, 7, 13, 4, 13, 11, 11, 10])
    put(ws, "A1", "壱岐市SDGs未来都市計画　KPIの進捗状況（2020年度）", bold=True, size=14)
    ws.merge_cells("A1:J1")
    put(ws, "A2", "令和3年6月　壱岐市 企画振興部 政策企画課", align="right")
    ws.merge_cells("A2:J2")
    form(
        ws,
        3,
        "J",
        [
            ("計画の名称", "壱岐市SDGs未来都市計画（2018年6月にSDGs未来都市に選定）"),
            ("計画期間", "2018年度～2020年度（3年間）"),
            ("担当課", "政策企画課"),
            (
                "市の概要",
                "本市は、平成16年3月1日に郷ノ浦町・勝本町・芦辺町・石田町の4町が合併して誕生しました。壱岐本島と23の属島（有人島4、無人島19）からなり、総面積は139.42km²です。麦焼酎発祥の地であり、国内最大級の環濠集落「原の辻遺跡」があります。2060年に約1万8千人の人口を維持することを目指しています。",
            ),
        ],
        [18, 18, 18, 44],
        key_to="B",
    )
    put(ws, "A8", "■三側面ごとのKPIの進捗", bold=True, size=11)
    ws.merge_cells("A8:J8")
    hdr = [
        [
            "側面",
            "No.",
            "KPI",
            "単位",
            "当初値\n（2018年3月）",
            "",
            "目標値\n（2020年度）",
            "実績値",
            None,
            "達成状況",
        ],
        [None, None, None, None, None, None, None, "2019年度", "2020年度", None],
    ]
    grid(ws, 9, 1, hdr, height=22, fill=SHADE)
    for rng in (
        "A9:A10",
        "B9:B10",
        "C9:C10",
        "D9:D10",
        "E9:E10",
        "F9:F10",
        "G9:G10",
        "H9:I9",
        "J9:J10",
    ):
        boxmerge(ws, rng)
    rows = [
        ["経済", "①", "壱岐焼酎の出荷量", "kL", "2,150", "→", "2,400", "2,210", "2,080", "未達成"],
        [None, "②", "観光客延べ数", "万人", "61.5", "→", "70.0", "63.2", "38.4", "未達成"],
        ["社会", "③", "移住者数", "人", "89", "→", "120", "104", "131", "達成"],
        [None, "④", "待機児童数", "人", "12", "→", "0", "4", "0", "達成"],
        [
            "環境",
            "⑤",
            "再生可能エネルギー発電設備の導入容量",
            "kW",
            "9,800",
            "→",
            "12,000",
            "10,950",
            "11,400",
            "未達成",
        ],
    ]
    grid(ws, 11, 1, rows, height=26, aligns={2: "left"})
    for r in range(11, 16):
        for col in "EGHI":
            ws[f"{col}{r}"].alignment = Alignment(horizontal="right", vertical="center")
    for rng in ("A11:A12", "A13:A14"):
        boxmerge(ws, rng)
    for r in range(11, 16):
        ws[f"A{r}"].font = Font(name=FONT, size=11, bold=True)
    put(
        ws,
        "A17",
        "※「→」は当初値から目標値への方向を示します。達成状況は2020年度の実績値と目標値を比較したものです。",
        size=9,
    )
    ws.merge_cells("A17:J17")
    put(
        ws,
        "A18",
        "※2020年度の観光客延べ数は、新型コロナウイルス感染症の影響により大きく減少しました（2020年4月～5月は観光施設の多くが休業）。",
        size=9,
    )
    ws.merge_cells("A18:J18")
    page_setup(ws, True, "A1:J18")
    return wb


# ---------------------------------------------------------------- 江津 (XLSX document)
def gotsu():
    wb, ws = new_sheet("事務事業評価R5", [11, 5, 34, 12, 12, 12, 12, 12, 12, 13])
    put(ws, "A1", "令和５年度　事務事業評価シート", bold=True, size=14)
    ws.merge_cells("A1:J1")
    put(ws, "A2", "作成日　令和6年7月5日　江津市 商工観光課", align="right")
    ws.merge_cells("A2:J2")
    put(ws, "A3", "１　事業の概要", bold=True, size=11)
    ws.merge_cells("A3:J3")
    form(
        ws,
        4,
        "J",
        [
            ("事務事業名", "石州瓦販路拡大支援事業"),
            ("担当課", "商工観光課"),
            (
                "総合振興計画の位置付け",
                "第6次江津市総合振興計画（令和2年度～令和11年度）　基本目標1　多様な生業（なりわい）と魅力ある雇用があるまち",
            ),
            ("事業期間", "令和3年度～令和7年度"),
            (
                "事業の概要",
                "日本三大瓦の一つである石州瓦の県外への販路を広げるため、展示会・商談会への出展を支援し、販路開拓に取り組む事業者に補助（補助率1/2、上限500千円）を行う。市の面積は268.24km²、人口は21,473人（2024年3月1日推計）。令和5年度の事業費は5,840千円。",
            ),
        ],
        [20, 20, 30, 20, 48],
        key_to="C",
    )
    put(ws, "A10", "２　指標の推移", bold=True, size=11)
    ws.merge_cells("A10:J10")
    hdr = [
        [
            "区分",
            "No.",
            "指標名",
            "令和３年度",
            None,
            "令和４年度",
            None,
            "令和５年度",
            None,
            "最終目標\n（R7）",
        ],
        [None, None, None, "目標", "実績", "目標", "実績", "目標", "実績", None],
    ]
    grid(ws, 11, 1, hdr, height=22, fill=SHADE)
    for rng in ("A11:A12", "B11:B12", "C11:C12", "D11:E11", "F11:G11", "H11:I11", "J11:J12"):
        boxmerge(ws, rng)
    rows = [
        ["活動指標", 1, "展示会・商談会への出展回数", 4, 3, 5, 5, 5, 6, 5],
        [None, 2, "販路拡大補助金の交付件数", 8, 6, 8, 9, 10, 10, 10],
        ["成果指標", 3, "補助事業者の新規取引先数", 5, 4, 6, 7, 8, 7, 12],
        [None, 4, "補助事業者の県外出荷額", 120000, 98400, 130000, 131250, 140000, 126900, 150000],
        [None, 5, "新規取引先との継続取引率", 0.5, 0.429, 0.55, 0.571, 0.6, 0.625, 0.7],
    ]
    grid(ws, 13, 1, rows, height=24, aligns={2: "left"})
    formats = ['0"回"', '0"件"', '0"社"', '#,##0"千円"', "0.0%"]
    for i, fmt in enumerate(formats):
        r = 13 + i
        for col in "DEFGHIJ":
            c = ws[f"{col}{r}"]
            c.number_format = fmt
            c.alignment = Alignment(horizontal="right", vertical="center")
    for rng in ("A13:A14", "A15:A17"):
        boxmerge(ws, rng)
    put(
        ws,
        "A19",
        "※令和5年度の出展6回のうち2回はオンライン商談会。県外出荷額は補助事業者12社の合計。",
        size=9,
    )
    ws.merge_cells("A19:J19")
    put(ws, "A21", "３　評価", bold=True, size=11)
    ws.merge_cells("A21:J21")
    form(
        ws,
        22,
        "J",
        [
            ("総合評価", "B　概ね順調（今後の方向性：継続）"),
            (
                "評価の理由",
                "出展・補助は計画どおり実施できたが、県外出荷額は住宅着工の減少により前年度を下回った。",
            ),
        ],
        [20, 30],
        key_to="C",
    )
    page_setup(ws, True, "A1:J23")
    return wb


# ---------------------------------------------------------------- 新居浜 (HTML)
NIIHAMA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和５年度 地方創生推進タイプ交付金事業の効果検証 - 新居浜市</title>
</head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">トップページ</a></li><li><a href="/shisei/">市政情報</a></li><li><a href="/shisei/chihososei/">地方創生</a></li><li>令和５年度 地方創生推進タイプ交付金事業の効果検証</li></ol></nav>
<main>
<h1>令和５年度　デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証</h1>
<p class="date">更新日：2024年9月30日</p>
<p>新居浜市は、元禄4年（1691年）の別子銅山開坑により発展した、四国屈指の臨海工業都市です。平成15年4月1日に別子山村と合併し、面積は234.50km²、人口は115,824人（2022年7月31日現在）です。毎年10月の新居浜太鼓祭りには約30万人の観衆が訪れます。</p>
<p>本市では、交付金を活用した事業について、毎年度、外部有識者会議で重要業績評価指標（KPI）の達成状況を検証しています。令和5年度分は令和6年8月21日の会議で検証しました。</p>
<dl class="jigyo">
<dt>交付対象事業の名称</dt><dd>別子銅山産業遺産を核とした観光交流推進事業</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>令和5年度交付対象事業費</dt><dd>18,420千円</dd>
<dt>担当課</dt><dd>観光物産課</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績と目標</h2>
<p>各年度の欄は、左に実績値、右に目標値を「実績／目標」の順で記載しています。</p>
<table border="1">
<thead>
<tr><th scope="col">KPI</th><th scope="col">単位</th><th scope="col">事業開始前<br>（R2）</th><th scope="col">令和3年度<br>（実績／目標）</th><th scope="col">令和4年度<br>（実績／目標）</th><th scope="col">令和5年度<br>（実績／目標）</th><th scope="col">備考</th></tr>
</thead>
<tbody>
<tr><td>①別子銅山関連施設の観光入込客数</td><td>千人</td><td>268</td><td>231／290</td><td>305／310</td><td>352／330</td><td>令和3年度は新型コロナウイルス感染症の影響で3か月休館</td></tr>
<tr><td>②体験型観光プログラムの参加者数</td><td>人</td><td>1,020</td><td>1,150／1,500</td><td>1,610／1,500</td><td>2,240／2,000</td><td>令和5年度から目標値を年間2,000人に上方修正（当初1,500人）</td></tr>
<tr><td>③市内宿泊施設の延べ宿泊者数</td><td>人泊</td><td>212,400</td><td>188,900／220,000</td><td>231,700／225,000</td><td>226,800／230,000</td><td></td></tr>
<tr><td>④観光消費額</td><td>億円</td><td>82.4</td><td>70.1／85.0</td><td>88.6／87.5</td><td>未確定／90.0</td><td>令和5年度の実績は令和6年12月に確定予定</td></tr>
<tr><td>⑤事業に参画する市内事業者数</td><td>社</td><td>12</td><td>15／15</td><td>18／18</td><td>21／20</td><td></td></tr>
</tbody>
</table>
<h2>外部有識者会議の意見</h2>
<p>KPIの多くが目標値を上回っており、本事業は地方創生に相当程度効果があったと評価されました。交付金事業は令和5年度で終了しますが、令和6年度以降も市の単独事業として継続します。</p>
<p>お問い合わせ：観光物産課 観光振興係</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("miyama_senryaku_kensho_h29", miyama),
        ("iki_sdgs_kpi_shinchoku_r2", iki),
    ):
        path = SRC / f"{name}.xlsx"
        make().save(path)
        stabilize(path)
        if not no_pdf:
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(
                    ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(path)],
                    check=True,
                    capture_output=True,
                )
                shutil.move(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")
    path = HERE / "gotsu_jimujigyo_hyoka_r5.xlsx"
    gotsu().save(path)
    stabilize(path)
    (HERE / "niihama_kofukin_kensho_r5.html").write_text(NIIHAMA, encoding="utf-8")


if __name__ == "__main__":
    main()
