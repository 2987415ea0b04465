"""Build forms348: four re-typed KPI tables of four 東京都 cities (町田市, 小金井市, あきる野市, 東大和市).

Writes ``machida_seisaku_shihyo_2023.csv`` (UTF-8 with BOM, CRLF), ``koganei_seika_shihyo_r5.html``,
``source/akiruno_seika_shihyo_r5.xlsx`` and ``source/higashiyamato_seika_shihyo_r6.xlsx``, and converts the two
workbooks to one-page A4 PDFs with LibreOffice (skipped with ``--no-pdf``). CSV, HTML and XLSX are byte-stable.
"""

# ruff: noqa: E501, B905

import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "source")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
STRUCK = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalDown=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
PALE = PatternFill("solid", fgColor="F2F2F2")


# ---------------------------------------------------------------- CSV: 町田市

MACHIDA_LINES = [
    ["タイトル", "まちだ未来づくりビジョン2040　政策の成果指標（2023年度実績）"],
    ["計画名", "まちだ未来づくりビジョン2040（基本構想・基本計画）"],
    ["計画期間", "2022年度～2039年度"],
    ["担当課", "政策経営部企画政策課"],
    [
        "市の概要",
        "1958年（昭和33年）2月、東京都で9番目の市として誕生。当時の人口は6万人でしたが、現在は43万人を超えています。キャッチコピーは「なんだ かんだ まちだ」。",
    ],
    ["公開日", "2024-09-30"],
    [],
    ["■政策3　まちの魅力を高め、にぎわいをつくる"],
    ["注記", "指標ごとに「年度」「区分」「値」の3行で1組（同じ列の年度・区分・値が対応）"],
    [],
    ["指標番号", "1", "指標名", "市内の観光入込客数"],
    ["単位", "千人"],
    ["年度", "2019年（暦年）", "2022年（暦年）", "2023年（暦年）", "2030年（暦年）"],
    ["区分", "基準値", "実績値", "実績値", "目標値"],
    ["値", "5,812.4", "4,260.0", "5,105.7", "6,500.0"],
    [],
    ["指標番号", "2", "指標名", "町田市民文学館ことばらんどの来館者数"],
    ["単位", "人"],
    ["年度", "2021年度", "2022年度", "2023年度", "2023年度", "2026年度"],
    ["区分", "基準値", "実績値", "目標値", "実績値", "目標値"],
    ["値", "28,450", "31,020", "35,000", "33,870", "36,000"],
    [],
    ["指標番号", "3", "指標名", "冒険遊び場の利用者数（延べ）"],
    ["単位", "人"],
    ["年度", "2021年度", "2022年度", "2023年度", "2026年度", "2039年度"],
    ["区分", "基準値", "実績値", "実績値", "目標値", "目標値"],
    ["値", "41,300", "44,850", "－", "50,000", "60,000"],
    [],
    ["指標番号", "4", "指標名", "「まちだが好き」と答えた市民の割合"],
    ["単位", "％"],
    ["年度", "2021年度", "2023年度", "2023年度", "2026年度"],
    ["区分", "基準値", "目標値", "実績値", "目標値"],
    ["値", "78.4", "80.0", "81.2", "85.0"],
    [],
    [
        "注記",
        "指標1は暦年（1月～12月）の数値。2020年・2021年は感染症の影響が大きいため、基準年を2019年とした。",
    ],
    [
        "注記",
        "指標3の2023年度は集計方法の見直し中のため「－」。指標4は隔年の市民意識調査（回答者約2,000人）による。",
    ],
]


def csv_field(text):
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def build_machida():
    body = "".join(",".join(csv_field(f) for f in line) + "\r\n" for line in MACHIDA_LINES)
    with open(os.path.join(HERE, "machida_seisaku_shihyo_2023.csv"), "wb") as fh:
        fh.write(b"\xef\xbb\xbf" + body.encode("utf-8"))


# ---------------------------------------------------------------- HTML: 小金井市

KOGANEI_ROWS = [
    ("1", "公園・緑地の面積", "ha", "93.8", "93.5", "92.6", "95.0", "公園緑地課調べ（各年度末）"),
    (
        "2",
        "「みどりが豊か」と感じる市民の割合",
        "％",
        "72.1<br>（n=1,186）",
        "70.4<br>（n=1,242）",
        "68.9<br>（n=1,305）",
        "75.0",
        "市民意向調査",
    ),
    ("3", "ボランティアが活動する市立公園の数", "か所", "24", "22", "19", "25", "公園緑地課調べ"),
    (
        "4",
        "生け垣設置助成による生け垣の延長（累計）",
        "m",
        "1,284",
        "1,102",
        "846",
        "1,500",
        "環境政策課調べ",
    ),
    (
        "5",
        "住宅用太陽光発電設備の設置件数（累計）",
        "件",
        "1,862",
        "―※",
        "1,540",
        "2,200",
        "環境政策課調べ",
    ),
]


def build_koganei():
    rows = []
    for no, name, unit, r5, r4, base, target, src in KOGANEI_ROWS:
        rows.append(
            "      <tr>\n"
            f'        <td class="num">{no}</td>\n'
            f'        <th scope="row">{name}</th>\n'
            f"        <td>{unit}</td>\n"
            f'        <td class="num">{r5}</td>\n'
            f'        <td class="num">{r4}</td>\n'
            f'        <td class="num">{base}</td>\n'
            f'        <td class="num">{target}</td>\n'
            f"        <td>{src}</td>\n"
            "      </tr>\n"
        )
    html = (
        "<!DOCTYPE html>\n"
        '<html lang="ja">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>第5次基本構想・前期基本計画　成果指標の進捗状況（令和5年度）｜小金井市</title>\n"
        "<style>\n"
        "table { border-collapse: collapse; }\n"
        "th, td { border: 1px solid #666; padding: 4px 6px; }\n"
        "thead th { background: #e8eef6; }\n"
        "td.num { text-align: right; }\n"
        "</style>\n"
        "</head>\n"
        "<body>\n"
        '<nav class="breadcrumb">\n'
        "  <ol>\n"
        '    <li><a href="/">トップページ</a></li>\n'
        '    <li><a href="/shisei/">市政</a></li>\n'
        '    <li><a href="/shisei/keikaku/">計画・施策</a></li>\n'
        '    <li><a href="/shisei/keikaku/kihonkoso5/">第5次基本構想・前期基本計画</a></li>\n'
        "    <li>成果指標の進捗状況（令和5年度）</li>\n"
        "  </ol>\n"
        "</nav>\n"
        '<main id="content">\n'
        "<h1>第5次基本構想・前期基本計画　成果指標の進捗状況（令和5年度）</h1>\n"
        '<p class="date">更新日：2024年11月15日　担当：企画財政部企画政策課</p>\n'
        "<p>小金井市は、令和4年3月28日に第5次基本構想・前期基本計画を策定し、将来像「いかそうみどり　増やそう笑顔　つなごう人の輪　小金井市」の実現に取り組んでいます。市域は11.30km²で、都心から約25km西に位置します。策定の際に行った学生アンケートでは、「卒業後に小金井市に住みたい」と答えた人は約8パーセントでした。</p>\n"
        "<p>前期基本計画の計画期間は令和4年度から令和8年度までの5年間です。このページでは、実績値を新しい年度から順に掲載しています。</p>\n"
        "<h2>基本目標2　みどり豊かで快適に暮らせるまち</h2>\n"
        "<table>\n"
        "  <thead>\n"
        "    <tr>\n"
        '      <th rowspan="2" scope="col">No.</th>\n'
        '      <th rowspan="2" scope="col">成果指標</th>\n'
        '      <th rowspan="2" scope="col">単位</th>\n'
        '      <th colspan="2" scope="colgroup">実績値</th>\n'
        '      <th rowspan="2" scope="col">策定時<br>（R2）</th>\n'
        '      <th rowspan="2" scope="col">目標値<br>（R8）</th>\n'
        '      <th rowspan="2" scope="col">調査・出典</th>\n'
        "    </tr>\n"
        "    <tr>\n"
        '      <th scope="col">R5</th>\n'
        '      <th scope="col">R4</th>\n'
        "    </tr>\n"
        "  </thead>\n"
        "  <tbody>\n" + "".join(rows) + "  </tbody>\n"
        "</table>\n"
        '<p class="note">※No.5の令和4年度は、補助制度の再編に伴い集計していません。</p>\n'
        '<p class="note">No.2の（n=）は市民意向調査の回答者数です。</p>\n'
        "</main>\n"
        "</body>\n"
        "</html>\n"
    )
    with open(os.path.join(HERE, "koganei_seika_shihyo_r5.html"), "wb") as fh:
        fh.write(html.encode("utf-8"))


# ---------------------------------------------------------------- XLSX helpers


def put(
    ws,
    ref,
    value,
    *,
    bold=False,
    size=10,
    fill=None,
    h="left",
    v="center",
    border=BOX,
    wrap=True,
    merge=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if fill is not None:
        cell.fill = fill
    if merge:
        ws.merge_cells(f"{ref}:{merge}")
        for row in ws[f"{ref}:{merge}"]:
            for c in row:
                if border is not None:
                    c.border = border
                if fill is not None:
                    c.fill = fill
    elif border is not None:
        cell.border = border
    return cell


def setup_page(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


def save_stable(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "forms348"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:modified([^>]*)>[^<]*<",
                    rb"<dcterms:modified\1>2025-01-01T00:00:00Z<",
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ---------------------------------------------------------------- PDF: あきる野市


def build_akiruno():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    setup_page(ws, landscape=False)
    widths = {"A": 5, "B": 30, "C": 7, "D": 10, "E": 10, "F": 10, "G": 10, "H": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    put(
        ws,
        "A1",
        "あきる野市総合基本計画　施策の成果指標（令和５年度実績）",
        bold=True,
        size=14,
        h="center",
        border=None,
        merge="H1",
    )
    ws.row_dimensions[1].height = 26
    put(ws, "A2", "令和6年8月　あきる野市 企画政策課", size=9, h="right", border=None, merge="H2")
    form = [
        ("計画の名称", "あきる野市総合基本計画", 18),
        ("計画期間", "令和4年度（2022年度）～令和13年度（2031年度）（10年間）", 18),
        ("施策", "4-2　観光の振興", 18),
        ("主管課", "商工観光課", 18),
        (
            "市の概要",
            "平成7年（1995年）9月1日に秋川市と五日市町が合併して誕生。面積73.47km²、市域は東西約18km・南北約12.7km。人口78,448人（令和6年4月1日推計）。秋川渓谷や瀬音の湯など、都心から40～50km圏にある豊かな自然が観光資源です。",
            48,
        ),
    ]
    row = 4
    for label, text, height in form:
        put(ws, f"A{row}", label, bold=True, fill=PALE, merge=f"B{row}")
        put(ws, f"C{row}", text, merge=f"H{row}")
        ws.row_dimensions[row].height = height
        row += 1
    row += 1
    put(ws, f"A{row}", "２　成果指標の推移", bold=True, size=12, border=None, merge=f"H{row}")
    ws.row_dimensions[row].height = 22
    row += 1
    h1, h2 = row, row + 1
    put(ws, f"A{h1}", "No.", bold=True, fill=GREY, h="center", merge=f"A{h2}")
    put(ws, f"B{h1}", "成果指標", bold=True, fill=GREY, h="center", merge=f"B{h2}")
    put(ws, f"C{h1}", "単位", bold=True, fill=GREY, h="center", merge=f"C{h2}")
    for col, year, role in zip(
        "DEFGH",
        ["R2", "R4", "R5", "R8", "R13"],
        ["基準値", "実績値", "実績値", "中間目標", "目標値"],
    ):
        put(ws, f"{col}{h1}", year, bold=True, fill=GREY, h="center")
        put(ws, f"{col}{h2}", role, bold=True, fill=GREY, h="center")
    row = h2 + 1
    data = [
        ("1", "観光入込客数※1", "千人", "1,203.5", "1,688.0", "1,912.4", "2,000.0", "2,200.0"),
        ("2", "瀬音の湯の利用者数※1", "〃", "142.6", "228.1", "251.3", "260.0", "280.0"),
        ("3", "市内の体験型観光プログラム数※2", "件", None, "8", "１２", "15", "20"),
        ("4", "観光客の満足度※3", "％", "81.5", "―", "84.0", "85.0", "88.0"),
    ]
    for no, name, unit, *vals in data:
        put(ws, f"A{row}", no, h="center")
        put(ws, f"B{row}", name)
        put(ws, f"C{row}", unit, h="center")
        for col, val in zip("DEFGH", vals):
            cell = put(ws, f"{col}{row}", val, h="right")
            if val is None:
                cell.border = STRUCK
        ws.row_dimensions[row].height = 24
        row += 1
    notes = [
        "※1 観光入込客数・瀬音の湯の利用者数は年度（4月～翌3月）の集計です。",
        "※2 体験型観光プログラムは令和4年度から実施しているため、基準値の欄は斜線としています。",
        "※3 観光客の満足度は来訪者アンケート（隔年実施）によるもので、令和4年度は実施していません。",
        "※4 中間目標は計画期間の中間年度（令和8年度）、目標値は計画最終年度（令和13年度）の値です。",
    ]
    row += 1
    for note in notes:
        put(ws, f"A{row}", note, size=9, border=None, merge=f"H{row}")
        row += 1
    ws.print_area = f"A1:H{row}"
    save_stable(wb, os.path.join(SOURCE, "akiruno_seika_shihyo_r5.xlsx"))


# ---------------------------------------------------------------- PDF: 東大和市


def build_higashiyamato():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    setup_page(ws, landscape=True)
    widths = {"A": 5, "B": 34, "C": 8, "D": 11, "E": 10, "F": 10, "G": 14, "H": 11, "I": 14}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    put(
        ws,
        "A1",
        "東大和市総合計画「輝きプラン」第五次基本計画　施策の成果指標（令和６年度中間報告）",
        bold=True,
        size=14,
        h="center",
        border=None,
        merge="I1",
    )
    ws.row_dimensions[1].height = 26
    put(ws, "A2", "令和6年11月　東大和市 企画課", size=9, h="right", border=None, merge="I2")
    form = [
        ("計画の名称", "東大和市総合計画「輝きプラン」（第三次基本構想・第五次基本計画）", 18),
        ("将来都市像", "水と緑と笑顔が輝くまち　東大和", 18),
        ("計画期間", "第三次基本構想　令和4年度（2022年度）～令和23年度（2041年度）の20年間", 18),
        ("担当課", "企画課", 18),
        (
            "市の概要",
            "面積13.42km²。市の北部に狭山丘陵と多摩湖（村山貯水池）を擁する。人口83,901人（令和2年国勢調査）。基本構想の期間が終わる令和23年度には、現在と比べて約5,000人減少する見込みです。",
            36,
        ),
    ]
    row = 4
    for label, text, height in form:
        put(ws, f"A{row}", label, bold=True, fill=PALE, merge=f"B{row}")
        put(ws, f"C{row}", text, merge=f"I{row}")
        ws.row_dimensions[row].height = height
        row += 1
    row += 1
    put(
        ws,
        f"A{row}",
        "■基本目標３　地域の活力とにぎわいを生み出すまち",
        bold=True,
        size=12,
        border=None,
        merge=f"I{row}",
    )
    ws.row_dimensions[row].height = 22
    row += 1
    h1, h2 = row, row + 1
    put(ws, f"A{h1}", "No.", bold=True, fill=GREY, h="center", merge=f"A{h2}")
    put(ws, f"B{h1}", "成果指標", bold=True, fill=GREY, h="center", merge=f"B{h2}")
    put(ws, f"C{h1}", "単位", bold=True, fill=GREY, h="center", merge=f"C{h2}")
    put(ws, f"D{h1}", "基準値（R3）", bold=True, fill=GREY, h="center", merge=f"D{h2}")
    put(ws, f"E{h1}", "実績値", bold=True, fill=GREY, h="center", merge=f"G{h1}")
    put(ws, f"E{h2}", "R4", bold=True, fill=GREY, h="center")
    put(ws, f"F{h2}", "R5", bold=True, fill=GREY, h="center")
    put(ws, f"G{h2}", "R6（9月末）※1", bold=True, fill=GREY, h="center")
    put(ws, f"H{h1}", "目標値（R8）", bold=True, fill=GREY, h="center", merge=f"H{h2}")
    put(
        ws, f"I{h1}", "参考：多摩26市平均（R5）※2", bold=True, fill=GREY, h="center", merge=f"I{h2}"
    )
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 28
    row = h2 + 1
    data = [
        (
            "1",
            "多摩湖周辺の散策路の利用者数",
            "千人",
            "312.0",
            "338.5",
            "352.9",
            "201.4",
            "380.0",
            "―",
        ),
        ("2", "創業支援による創業者数", "人", "18", "22", "25", "11", "30", "24.6"),
        ("3", "社会増減数（転入－転出）※3", "人", "△125", "48", "△12", "63", "100", "185"),
        ("4", "市内の認定農業者数", "経営体", "27", "27", "28", "28", "30", "41.3"),
        ("5", "狭山茶の販売促進イベントの参加者数※4", "人", "―", "420", "586", "612", "700", "―"),
    ]
    for no, name, unit, *vals in data:
        put(ws, f"A{row}", no, h="center")
        put(ws, f"B{row}", name)
        put(ws, f"C{row}", unit, h="center")
        for col, val in zip("DEFGHI", vals):
            put(ws, f"{col}{row}", val, h="right", fill=PALE if col == "I" else None)
        ws.row_dimensions[row].height = 22
        row += 1
    notes = [
        "※1 R6（9月末）は令和6年9月30日現在の数値（年度途中の値）です。",
        "※2 参考欄は多摩26市（本市を含む）の平均値で、東京都の統計から算出したものです。本市の目標値・実績値ではありません。",
        "※3 △はマイナス（転出超過）を示します。",
        "※4 令和3年度は感染症の影響により中止しました。",
    ]
    row += 1
    for note in notes:
        put(ws, f"A{row}", note, size=9, border=None, merge=f"I{row}")
        row += 1
    ws.print_area = f"A1:I{row}"
    save_stable(wb, os.path.join(SOURCE, "higashiyamato_seika_shihyo_r6.xlsx"))


# ---------------------------------------------------------------- PDF conversion


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
                os.path.join(SOURCE, name + ".xlsx"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copyfile(os.path.join(tmp, name + ".pdf"), os.path.join(HERE, name + ".pdf"))


def main():
    os.makedirs(SOURCE, exist_ok=True)
    build_machida()
    build_koganei()
    build_akiruno()
    build_higashiyamato()
    if "--no-pdf" not in sys.argv[1:]:
        to_pdf("akiruno_seika_shihyo_r5")
        to_pdf("higashiyamato_seika_shihyo_r6")


if __name__ == "__main__":
    main()
