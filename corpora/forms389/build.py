"""Build the forms389 documents.

Writes source/sera_kaso_shihyo_r5.xlsx and source/kumakogen_jimujigyo_r5.xlsx (converted to PDF with
LibreOffice unless --no-pdf is given), the workbook kamimine_shisaku_seika_r5.xlsx and the page
morotsuka_sogo_seika_r5.html. Workbooks get fixed timestamps so that every XLSX and HTML is byte-stable.
"""
# ruff: noqa: E501, B905

import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FONT = "IPAexGothic"
FIXED = datetime(2024, 8, 1, 9, 0, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    fill=None,
    border=True,
    h="left",
    v="center",
    wrap=True,
    fmt=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    if fmt is not None:
        cell.number_format = fmt
    return cell


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    if kw.get("border", True):
        for row in ws[rng]:
            for cell in row:
                cell.border = BOX
    ws.merge_cells(rng)


def num_fmt(value):
    if isinstance(value, float):
        return "#,##0.0"
    if isinstance(value, int):
        return "#,##0"
    return None


def value_cell(ws, ref, value, fill=None):
    put(ws, ref, value, h="right", fmt=num_fmt(value), fill=fill)


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


def save_stable(wb, path):
    """Save a workbook with fixed timestamps (core.xml and zip entries)."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "forms389"
    wb.properties.lastModifiedBy = "forms389"
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                    r"\g<1>" + stamp + r"\g<2>",
                    text,
                )
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    r"\g<1>" + stamp + r"\g<2>",
                    text,
                )
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 8, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- 世羅町 (PDF, landscape)


def build_sera():
    wb = Workbook()
    ws = wb.active
    ws.title = "目標指標"
    widths = {"A": 5, "B": 30, "C": 6, "D": 12, "E": 12, "F": 12, "G": 12, "H": 12, "I": 40}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "世羅町過疎地域持続的発展計画　目標指標の進捗状況（令和５年度）",
        size=14,
        bold=True,
        border=False,
        h="center",
    )
    ws.row_dimensions[1].height = 26
    merge(ws, "A2:I2", "令和6年8月　世羅町 企画課", border=False, h="right")
    merge(ws, "A3:I3", "１　計画の概要", size=11, bold=True, border=False)
    fields = [
        ("計画の名称", "世羅町過疎地域持続的発展計画"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "企画課"),
        (
            "町の概要",
            "平成16年に甲山町・世羅町・世羅西町の3町が合併して誕生。面積278.14km²、標高350～450mの「世羅台地」に位置し、芦田川水系と江の川水系の分水嶺がある。梨・ぶどう・トマト・松茸などの産地で、6次産業化が進む。人口13,923人（2024年10月1日推計）。",
        ),
    ]
    row = 4
    for label, text in fields:
        merge(ws, f"A{row}:B{row}", label, fill=LABEL_FILL, bold=True)
        merge(ws, f"C{row}:I{row}", text)
        ws.row_dimensions[row].height = 34 if label == "町の概要" else 18
        row += 1
    row += 1
    merge(ws, f"A{row}:I{row}", "２　目標指標の推移", size=11, bold=True, border=False)
    row += 1
    head = ["No.", "目標指標", "単位", "R2（基準）", "R3", "R4", "R5（見込）", "R7（目標）", "備考"]
    for i, text in enumerate(head):
        put(ws, f"{chr(65 + i)}{row}", text, bold=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[row].height = 20
    row += 1
    rows = [
        (
            1,
            "観光農園等の入込客数",
            "人",
            852410,
            903225,
            1046880,
            1120000,
            1200000,
            "梨狩り・ぶどう狩り等8園の合計",
        ),
        (2, "新規就農者数", "人", 4, 6, 3, 5, 30, "目標値はR3～R7の5年間の累計"),
        (3, "空き家バンク登録件数", "件", 12, 15, 19, 22, "＋15", "目標値はR2（基準）からの増加数"),
        (4, "特定健康診査受診率", "％", 41.2, 43.0, 44.8, 46.1, 60.0, ""),
        (
            5,
            "ふるさと納税寄附件数",
            "件",
            3105,
            "―",
            5870,
            6400,
            8000,
            "R3は返礼品の見直し期間中で集計方法が異なるため掲載せず",
        ),
    ]
    for rec in rows:
        put(ws, f"A{row}", rec[0], h="center")
        put(ws, f"B{row}", rec[1])
        put(ws, f"C{row}", rec[2], h="center")
        for i, val in enumerate(rec[3:8]):
            value_cell(ws, f"{chr(68 + i)}{row}", val)
        put(ws, f"I{row}", rec[8], size=8)
        ws.row_dimensions[row].height = 24
        row += 1
    notes = [
        "※R2（基準）は計画策定時の値、R5（見込）は令和6年3月末時点の見込値、R7（目標）は計画最終年度の目標値です。",
        "※特定健康診査受診率は国民健康保険被保険者（40～74歳）の法定報告値です。",
    ]
    for text in notes:
        merge(ws, f"A{row}:I{row}", text, size=8, border=False)
        row += 1
    page_setup(ws, True, f"A1:I{row - 1}")
    path = SOURCE / "sera_kaso_shihyo_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 久万高原町 (PDF, portrait)


def build_kumakogen():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    widths = {"A": 9, "B": 5, "C": 24, "D": 7, "E": 12, "F": 10, "G": 9, "H": 9, "I": 22}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws, "A1:I1", "令和５年度　事務事業評価シート", size=14, bold=True, border=False, h="center"
    )
    ws.row_dimensions[1].height = 26
    merge(ws, "A2:I2", "作成日 令和6年6月28日", border=False, h="right")
    merge(ws, "A3:I3", "１　事業の概要", size=11, bold=True, border=False)
    fields = [
        ("事務事業名", "四国カルスト・面河渓誘客推進事業", 18),
        ("担当課", "観光商工課", 18),
        ("上位計画", "久万高原町まち・ひと・しごと創生推進計画", 18),
        ("事業期間", "令和3年度～令和7年度", 18),
        (
            "町の概況",
            "平成16年8月に久万町・面河村・美川村・柳谷村の1町3村が合併して誕生。総面積583.69km²は県内最大で、町域の約9割を山林が占める。松山市から三坂峠（720m）を越えて約34km。人口6,381人（2024年10月1日推計）。",
            46,
        ),
        (
            "事業の内容",
            "名勝「面河渓」と四国カルストを巡る体験ツアーを年20回程度催行し、動画・SNSで県内外へ発信する。事業費（R5決算）4,860千円（うち一般財源2,430千円）。",
            34,
        ),
    ]
    row = 4
    for label, text, height in fields:
        merge(ws, f"A{row}:B{row}", label, fill=LABEL_FILL, bold=True)
        merge(ws, f"C{row}:I{row}", text)
        ws.row_dimensions[row].height = height
        row += 1
    row += 1
    merge(ws, f"A{row}:I{row}", "２　指標の推移", size=11, bold=True, border=False)
    row += 1
    head = ["区分", "No.", "指標名", "単位", "R3実績", "R4実績", "R5計画", "R5実績", "備考"]
    for i, text in enumerate(head):
        put(ws, f"{chr(65 + i)}{row}", text, bold=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[row].height = 20
    row += 1
    groups = [
        (
            "活動指標",
            [
                (
                    1,
                    "体験ツアー催行回数",
                    "回",
                    "6（10回中止）",
                    18,
                    20,
                    17,
                    "R3は新型コロナウイルス感染症の影響による中止を含む",
                ),
                (2, "観光PR動画・SNS投稿数", "件", 48, 95, 100, 112, ""),
            ],
        ),
        (
            "成果指標",
            [
                (1, "観光入込客数", "千人", 598.3, 655.1, 700.0, 712.6, "暦年（1月～12月）の値"),
                (
                    2,
                    "ツアー参加者満足度",
                    "％",
                    88.5,
                    91.2,
                    90.0,
                    89.4,
                    "参加者アンケートで「満足」「やや満足」と答えた割合",
                ),
            ],
        ),
    ]
    for name, recs in groups:
        merge(ws, f"A{row}:A{row + len(recs) - 1}", name, h="center", bold=True)
        for rec in recs:
            put(ws, f"B{row}", rec[0], h="center")
            put(ws, f"C{row}", rec[1])
            put(ws, f"D{row}", rec[2], h="center")
            for i, val in enumerate(rec[3:7]):
                value_cell(ws, f"{chr(69 + i)}{row}", val)
            put(ws, f"I{row}", rec[7], size=8)
            ws.row_dimensions[row].height = 30
            row += 1
    row += 1
    merge(ws, f"A{row}:I{row}", "３　評価", size=11, bold=True, border=False)
    row += 1
    merge(ws, f"A{row}:B{row}", "総合評価", fill=LABEL_FILL, bold=True)
    merge(
        ws,
        f"C{row}:I{row}",
        "B　概ね順調（入込客数は計画を上回ったが、ツアー催行回数は天候不良により計画に届かなかった）",
    )
    ws.row_dimensions[row].height = 30
    row += 1
    merge(ws, f"A{row}:B{row}", "今後の方向性", fill=LABEL_FILL, bold=True)
    merge(ws, f"C{row}:I{row}", "継続（雨天時の代替コースを設け、催行回数の確保に努める）")
    ws.row_dimensions[row].height = 22
    page_setup(ws, False, f"A1:I{row}")
    path = SOURCE / "kumakogen_jimujigyo_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 上峰町 (XLSX document)


def build_kamimine():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths = {"A": 5, "B": 34, "C": 6, "D": 12, "E": 12, "F": 12, "G": 12, "H": 12, "I": 30}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    put(
        ws,
        "A1",
        "上峰町総合計画 後期基本計画　施策の成果指標（令和５年度実績）",
        size=13,
        bold=True,
        border=False,
        wrap=False,
    )
    put(ws, "A2", "令和6年9月　上峰町 企画課", border=False, wrap=False)
    fields = [
        ("担当課", "企画課"),
        ("計画期間", "令和3年度～令和7年度（後期基本計画）"),
        (
            "町の概要",
            "人口9,283人（2015年国勢調査）、9,286人（2020年国勢調査）。町の北部の鎮西山（標高202m）からは佐賀平野・有明海・雲仙を望む。米多浮立（佐賀県重要無形民俗文化財）は2年に一度奉納される。",
        ),
    ]
    row = 4
    for label, text in fields:
        merge(ws, f"A{row}:B{row}", label, fill=LABEL_FILL, bold=True)
        merge(ws, f"C{row}:I{row}", text)
        ws.row_dimensions[row].height = 32 if label == "町の概要" else 16
        row += 1
    row += 1
    put(
        ws,
        f"A{row}",
        "■施策３　子育て・地域づくりの成果指標",
        size=11,
        bold=True,
        border=False,
        wrap=False,
    )
    row += 1
    top, sub = row, row + 1
    merge(ws, f"A{top}:A{sub}", "No.", bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"B{top}:B{sub}", "成果指標", bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"C{top}:C{sub}", "単位", bold=True, fill=HEAD_FILL, h="center")
    put(ws, f"D{top}", "基準値", bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"E{top}:G{top}", "実績値", bold=True, fill=HEAD_FILL, h="center")
    put(ws, f"H{top}", "目標値", bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"I{top}:I{sub}", "備考", bold=True, fill=HEAD_FILL, h="center")
    for col, text in zip(
        "DEFGH",
        ["2020年度（R2）", "2021年度（R3）", "2022年度（R4）", "2023年度（R5）", "2025年度（R7）"],
    ):
        put(ws, f"{col}{sub}", text, bold=True, fill=HEAD_FILL, h="center")
    row = sub + 1

    def line(no, name, unit, vals, note):
        nonlocal row
        put(ws, f"A{row}", no, h="center")
        put(ws, f"B{row}", name)
        put(ws, f"C{row}", unit, h="center")
        for col, val in zip("DEFGH", vals):
            if val is None:
                put(ws, f"{col}{row}", None)
            else:
                value_cell(ws, f"{col}{row}", val)
        put(ws, f"I{row}", note, size=8)
        row += 1

    line(1, "保育所等待機児童数（4月1日現在）", "人", [3, 2, 0, 0, 0], "")
    line(2, "放課後児童クラブ登録児童数", "人", [212, 231, 245, "２５８", 260], "")
    merge(
        ws,
        f"A{row}:I{row}",
        "※No.3・No.4は町民意識調査（隔年実施）の結果です。令和4年度は調査を実施していません。",
        size=8,
        fill=LABEL_FILL,
    )
    row += 1
    line(3, "子育てしやすいまちだと思う町民の割合", "％", [58.2, 61.5, None, 63.0, 70.0], "")
    line(4, "地域の行事に参加している町民の割合", "％", [44.6, 40.3, None, 42.8, 50.0], "")
    line(
        5,
        "ふるさと学館の利用者数",
        "人",
        [18420, 20115, 39870, 61245, 100000],
        "実績値・目標値ともR3からの累計（基準値はR2単年度）",
    )
    merge(
        ws,
        f"A{row}:I{row}",
        "出典：上峰町町民意識調査、こども課・生涯学習課調べ",
        size=8,
        border=False,
    )
    path = HERE / "kamimine_shisaku_seika_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 諸塚村 (HTML)

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第6次諸塚村総合計画 施策の成果指標（令和5年度実績） | 諸塚村</title>
</head>
<body>
<header><p class="site">宮崎県 諸塚村</p></header>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/sonsei/">村政情報</a></li>
<li><a href="/sonsei/keikaku/">計画・施策</a></li>
<li>施策の成果指標（令和5年度実績）</li>
</ol></nav>
<main>
<h1>第６次諸塚村総合計画　施策の成果指標（令和５年度実績）</h1>
<p class="date">更新日：2024年10月18日　担当：企画課</p>
<p>本村は総面積18,756haのうち17,141ha（91.93%）を森林が占める山村です。人口は昭和35年の8,048人をピークに減少し、令和3年1月には1,584人となりました。林業・椎茸・茶・畜産を組み合わせた複合経営に村ぐるみで取り組み、昭和63年には第27回農林水産祭むらづくり部門で天皇杯を受賞しています。</p>
<p>第６次諸塚村総合計画（令和3年度～令和7年度）の基本目標ごとに、施策の成果指標の実績を公表します。</p>
<h2>基本目標２　森とともに生きる産業のむら</h2>
<table border="1">
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（R2）</th><th colspan="2">令和4年度</th><th colspan="2">令和5年度</th><th rowspan="2">最終目標<br>（R7）</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><th scope="row" rowspan="2">2-1　林業・椎茸の振興</th><td>乾椎茸の生産量</td><td>t</td><td>48.6</td><td>50.0</td><td>46.2</td><td>51.0</td><td>44.9</td><td>55.0</td></tr>
<tr><td>森林認証材の出荷量</td><td>㎥</td><td>21,300</td><td>22,000</td><td>22,480</td><td>22,500</td><td>23,105</td><td>25,000</td></tr>
<tr><th scope="row" rowspan="2">2-2　交流・体験の推進</th><td>池の窪グリーンパーク利用者数</td><td>人</td><td>8,120</td><td>9,000</td><td>休園※1</td><td>9,500</td><td>10,230</td><td>11,000</td></tr>
<tr><td>自治公民館単位の防災訓練実施率</td><td>％</td><td>77.8</td><td>88.9</td><td>94.4（17/18館）</td><td>100.0</td><td>100.0（18/18館）</td><td>100.0</td></tr>
</tbody>
</table>
<p class="note">※1　池の窪グリーンパークは、令和4年9月の台風第14号による被害のため、令和4年度は全期間休園しました。</p>
<p class="note">※　防災訓練実施率の（　）内は、訓練を実施した自治公民館の数／村内の自治公民館の数です。</p>
</main>
<footer><p>諸塚村役場　企画課</p></footer>
</body>
</html>
"""


def build_morotsuka():
    path = HERE / "morotsuka_sogo_seika_r5.html"
    path.write_bytes(HTML.encode("utf-8"))
    return path


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
    SOURCE.mkdir(exist_ok=True)
    pdf_sources = [build_sera(), build_kumakogen()]
    build_kamimine()
    build_morotsuka()
    if "--no-pdf" not in sys.argv:
        for xlsx in pdf_sources:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
