"""Build forms376: three one-page PDFs (from XLSX in source/) and one HTML page.

Documents: 曽爾村 (奈良県) 交付金 KPI 実績報告, 坂祝町 (岐阜県) 総合計画 成果指標 (two grids side by side),
南知多町 (愛知県) 地域再生計画 事後評価 (目標／実績 in one cell), all PDF; 和束町 (京都府) 地域再生計画
効果検証, HTML. Run `/work/venv/bin/python build.py`; `--no-pdf` skips LibreOffice.
"""
# ruff: noqa: E501, B905

import datetime
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
SRC = os.path.join(HERE, "source")
FIXED = datetime.datetime(2024, 6, 1, 9, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)


def put(ws, ref, value, bold=False, size=9, align=LEFT, box=False, fill=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = align
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def grid(ws, first_row, last_row, first_col, last_col):
    for r in range(first_row, last_row + 1):
        for col in range(first_col, last_col + 1):
            ws.cell(row=r, column=col).border = BOX


def setup(ws, widths, landscape):
    for letter, w in widths.items():
        ws.column_dimensions[letter].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def save(wb, name):
    wb.properties.creator = "forms376"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(SRC, name)
    tmp = path + ".tmp"
    wb.save(tmp)
    # rewrite the zip with fixed member dates so that the file is byte-stable
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"<dcterms:modified([^>]*)>[^<]*<",
                    r"<dcterms:modified\1>2024-06-01T09:00:00Z<",
                    text,
                )
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.remove(tmp)
    return path


# ---------------------------------------------------------------- 曽爾村
def build_soni():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI実績"
    setup(
        ws,
        {"A": 30, "B": 7, "C": 10, "D": 6, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9},
        landscape=False,
    )
    ws.merge_cells("A1:I1")
    put(
        ws,
        "A1",
        "令和５年度　地方創生推進交付金事業　実績報告（ＫＰＩの達成状況）",
        bold=True,
        size=13,
        align=CENTER,
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:I2")
    put(ws, "A2", "令和６年６月　曽爾村総務課", size=9, align=RIGHT)
    fields = [
        ("地域再生計画の名称", "曽爾村地域イノベーション創生推進計画"),
        ("計画期間", "令和2年4月1日～令和7年3月31日（5年間）"),
        ("担当課", "総務課"),
        (
            "村の概要",
            "曽爾村の人口は1960年の4,433人をピークに減少を続け、2020年1月1日現在で1,427人となっている。"
            "村の面積は47.76km²で、ススキの名所として知られる曽爾高原には年間を通じて多くの観光客が訪れる。"
            "2030年には人口が1,000人を下回ると推計されており、仕事の場の創出が急務である。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, fill=HEAD_FILL)
        ws.merge_cells(f"B{r}:I{r}")
        put(ws, f"B{r}", val, box=True)
        grid(ws, r, r, 2, 9)
        ws.row_dimensions[r].height = 48 if key == "村の概要" else 18
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:I{r}")
    put(ws, f"A{r}", "■重要業績評価指標（ＫＰＩ）の達成状況", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ["ＫＰＩ", "単位", "基準値（R元）", "区分"]):
        ws.merge_cells(f"{col}{h1}:{col}{h2}")
        put(ws, f"{col}{h1}", text, bold=True, align=CENTER, box=True, fill=HEAD_FILL)
    ws.merge_cells(f"E{h1}:I{h1}")
    put(ws, f"E{h1}", "年度別の目標値・実績値", bold=True, align=CENTER, box=True, fill=HEAD_FILL)
    for col, text in zip("EFGHI", ["R2年度", "R3年度", "R4年度", "R5年度", "R6年度"]):
        put(ws, f"{col}{h2}", text, bold=True, align=CENTER, box=True, fill=HEAD_FILL)
    grid(ws, h1, h2, 1, 9)
    kpis = [
        (
            "①曽爾高原の観光入込客数",
            "千人",
            "482",
            ["450", "470", "500", "520", "550"],
            ["268", "301", "455", "512", None],
        ),
        ("②農林業公社による新規就業者数", "人", "0", "2", ["1", "2", "3", "2", None]),
        (
            "③耕作放棄地面積の抑制",
            "ha",
            "４１．６",
            ["41.5", "41.0", "40.5", "40.0", "39.5"],
            ["41.8", "41.2", "40.9", "39.8", None],
        ),
        (
            "④移住相談件数",
            "件",
            "12",
            ["15", "20", "25", "30", "35"],
            ["9", "18", "27", "28（速報値）", None],
        ),
    ]
    r = h2 + 1
    for name, unit, base, targets, actuals in kpis:
        for col, text, al in (("A", name, LEFT), ("B", unit, CENTER), ("C", base, RIGHT)):
            ws.merge_cells(f"{col}{r}:{col}{r + 1}")
            put(ws, f"{col}{r}", text, align=al, box=True)
        put(ws, f"D{r}", "目標", align=CENTER, box=True)
        put(ws, f"D{r + 1}", "実績", align=CENTER, box=True)
        if isinstance(targets, str):
            ws.merge_cells(f"E{r}:I{r}")
            put(ws, f"E{r}", targets, align=CENTER, box=True)
        else:
            for col, t in zip("EFGHI", targets):
                put(ws, f"{col}{r}", t, align=RIGHT, box=True)
        for col, a in zip("EFGHI", actuals):
            put(ws, f"{col}{r + 1}", a, align=RIGHT, box=True)
        grid(ws, r, r + 1, 1, 9)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    r += 1
    notes = [
        "※KPI①は、曽爾高原観光駐車場の利用台数から推計した入込客数である。",
        "※KPI②の目標値は、各年度とも同じ値（年度ごとの新規就業者数）である。",
        "※KPI③は、農業委員会の利用状況調査による各年度の耕作放棄地面積であり、値が小さいほど良い。",
        "※R6年度の実績値は、令和7年度に報告する。",
    ]
    for n in notes:
        ws.merge_cells(f"A{r}:I{r}")
        put(ws, f"A{r}", n, size=8)
        r += 1
    ws.print_area = f"A1:I{r - 1}"
    return save(wb, "soni_kofukin_kpi_r5.xlsx")


# ---------------------------------------------------------------- 坂祝町
def build_sakahogi():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths = {
        "A": 4,
        "B": 24,
        "C": 5,
        "D": 9,
        "E": 8,
        "F": 8,
        "G": 9,
        "H": 2,
        "I": 4,
        "J": 24,
        "K": 5,
        "L": 9,
        "M": 8,
        "N": 8,
        "O": 9,
    }
    setup(ws, widths, landscape=True)
    ws.merge_cells("A1:O1")
    put(
        ws,
        "A1",
        "坂祝町第６次総合計画　後期基本計画　成果指標の進捗状況（令和５年度）",
        bold=True,
        size=13,
        align=CENTER,
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:O2")
    put(ws, "A2", "令和６年７月　坂祝町企画課", align=RIGHT)
    fields = [
        (
            "計画期間",
            "基本構想　平成28年度～令和7年度（10年間）／後期基本計画　令和3年度～令和7年度（5年間）",
        ),
        ("担当課", "企画課"),
        (
            "町の概要",
            "本町は岐阜県の中南部に位置し、面積は12.87km²、人口は8,253人（平成31年1月1日現在）です。"
            "町の南部を木曽川が流れ、日本ラインの景観を望む猿啄城展望台は町のシンボルとなっています。"
            "後期基本計画では、6つの政策のもとに成果指標を設定し、毎年度その進捗を確認しています。",
        ),
    ]
    r = 4
    for key, val in fields:
        ws.merge_cells(f"A{r}:B{r}")
        put(ws, f"A{r}", key, bold=True, box=True, fill=HEAD_FILL)
        grid(ws, r, r, 1, 2)
        ws.merge_cells(f"C{r}:O{r}")
        put(ws, f"C{r}", val, box=True)
        grid(ws, r, r, 3, 15)
        ws.row_dimensions[r].height = 36 if key == "町の概要" else 18
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    put(ws, f"A{r}", "政策１　安全・安心に暮らせるまち", bold=True, size=11)
    ws.merge_cells(f"I{r}:O{r}")
    put(ws, f"I{r}", "政策２　活力と魅力あるまち", bold=True, size=11)
    r += 1
    head = ["No.", "成果指標", "単位", "策定時（R2）", "R5目標", "R5実績", "最終目標（R7）"]
    for cols in ("ABCDEFG", "IJKLMNO"):
        for col, text in zip(cols, head):
            put(ws, f"{col}{r}", text, bold=True, align=CENTER, box=True, fill=HEAD_FILL)
    ws.row_dimensions[r].height = 28
    left = [
        ("1", "自主防災訓練の参加者数", "人", "620", "700", "710", "800"),
        ("2", "特定健康診査の受診率", "％", "41.2", "45.0", "４３．８", "50.0"),
        ("3", "子育て支援センターの利用者数", "人", "3,850", "4,200", "4,350＊", "4,500"),
    ]
    right = [
        ("4", "町内事業所の従業者数", "人", "6,120", "6,200", "6,180", "6,300"),
        ("5", "猿啄城展望台の来訪者数", "人", "12,400", "14,000", "15,320＊", "15,000"),
    ]
    first = r + 1
    for i, row in enumerate(left):
        for col, text in zip("ABCDEFG", row):
            al = LEFT if col == "B" else (CENTER if col in "AC" else RIGHT)
            put(ws, f"{col}{first + i}", text, align=al, box=True)
        ws.row_dimensions[first + i].height = 20
    for i, row in enumerate(right):
        for col, text in zip("IJKLMNO", row):
            al = LEFT if col == "J" else (CENTER if col in "IK" else RIGHT)
            put(ws, f"{col}{first + i}", text, align=al, box=True)
    r = first + len(left) + 1
    notes = [
        "＊印は見込値です（令和5年度の集計が確定していないもの）。",
        "※策定時の値は、令和2年度に実施した町民アンケート（回収率52.3％）及び各課の業務統計によります。",
    ]
    for n in notes:
        ws.merge_cells(f"A{r}:O{r}")
        put(ws, f"A{r}", n, size=8)
        r += 1
    ws.print_area = f"A1:O{r - 1}"
    return save(wb, "sakahogi_seika_shihyo_r5.xlsx")


# ---------------------------------------------------------------- 南知多町
def build_minamichita():
    wb = Workbook()
    ws = wb.active
    ws.title = "事後評価"
    setup(
        ws,
        {"A": 5, "B": 28, "C": 10, "D": 12, "E": 12, "F": 12, "G": 12, "H": 12, "I": 9},
        landscape=False,
    )
    ws.merge_cells("A1:I1")
    put(ws, "A1", "地域再生計画　目標の達成状況（事後評価）", bold=True, size=13, align=CENTER)
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:I2")
    put(ws, "A2", "令和４年１２月　南知多町産業振興課", align=RIGHT)
    fields = [
        ("地域再生計画の名称", "知多半島先端のまち　活力向上計画"),
        ("作成主体", "愛知県、愛知県知多郡南知多町"),
        ("認定・計画期間", "平成29年3月認定　／　計画期間　平成29年度～令和3年度（5年間）"),
        ("担当課", "産業振興課"),
        (
            "計画の概要",
            "師崎港において、老朽化した岸壁（延長130m）の耐震化と交流拠点となる観光センターの建替えを行い、"
            "日間賀漁港及び大井漁港に浮桟橋を2基ずつ整備した。交付対象事業費は総額1,284,000千円である。",
        ),
    ]
    r = 4
    for key, val in fields:
        ws.merge_cells(f"A{r}:B{r}")
        put(ws, f"A{r}", key, bold=True, box=True, fill=HEAD_FILL)
        grid(ws, r, r, 1, 2)
        ws.merge_cells(f"C{r}:I{r}")
        put(ws, f"C{r}", val, box=True)
        grid(ws, r, r, 3, 9)
        ws.row_dimensions[r].height = 36 if key == "計画の概要" else 18
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:I{r}")
    put(ws, f"A{r}", "１　目標値（ＫＰＩ）の達成状況", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCI", ["No.", "ＫＰＩ", "基準値（H27）", "達成状況（R3）"]):
        ws.merge_cells(f"{col}{h1}:{col}{h2}")
        put(ws, f"{col}{h1}", text, bold=True, align=CENTER, box=True, fill=HEAD_FILL)
    for col, text in zip("DEFGH", ["H29", "H30", "H31（R元）", "R2", "R3"]):
        put(ws, f"{col}{h1}", text, bold=True, align=CENTER, box=True, fill=HEAD_FILL)
        put(
            ws,
            f"{col}{h2}",
            "目標／実績",
            bold=True,
            align=CENTER,
            box=True,
            fill=HEAD_FILL,
            size=8,
        )
    grid(ws, h1, h2, 1, 9)
    rows = [
        (
            "1",
            "師崎港観光センターの利用者数",
            "412",
            ["420／405", "430／398", "440／371", "450／226", "460／298"],
            "未達成",
        ),
        (
            "2",
            "浮桟橋を利用する漁船数",
            "0",
            ["0／0", "20／12", "40／38", "60／61", "80／84"],
            "達成",
        ),
        (
            "3",
            "師崎港の定期船乗降客数",
            "1,050",
            ["1,060／1,041", "1,070／1,055", "1,080／1,012", "1,090／588", "1,100／702"],
            "未達成",
        ),
        (
            "4",
            "日間賀漁港・大井漁港の水揚量",
            "3,820",
            ["3,850／3,790", "3,880／3,905", "3,910／3,702", "3,940／3,615", "3,970／3,988"],
            "達成",
        ),
    ]
    r = h2 + 1
    for no, name, base, cells, status in rows:
        put(ws, f"A{r}", no, align=CENTER, box=True)
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", base, align=RIGHT, box=True)
        for col, text in zip("DEFGH", cells):
            put(ws, f"{col}{r}", text, align=RIGHT, box=True)
        put(ws, f"I{r}", status, align=CENTER, box=True)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    notes = [
        "（注１）単位　No.1・No.3：千人　　No.2：隻　　No.4：t",
        "（注２）各年度の欄は、左が目標値、右が実績値である。",
        "（注３）R2・R3の利用者数は、新型コロナウイルス感染症の影響により大きく減少した。",
    ]
    for n in notes:
        ws.merge_cells(f"A{r}:I{r}")
        put(ws, f"A{r}", n, size=9)
        r += 1
    ws.print_area = f"A1:I{r - 1}"
    return save(wb, "minamichita_saisei_jigo_hyoka_r3.xlsx")


# ---------------------------------------------------------------- 和束町 (HTML)
WAZUKA_ROWS = [
    (
        "1",
        "茶畑景観エリアの観光入込客数",
        "人",
        "98,000",
        "104,500",
        "112,300",
        "108,900",
        "120,000",
        "○",
    ),
    ("2", "和束茶カフェの来店者数", "人", "15,200", "16,800", "18,900", "21,400", "20,000", "◎"),
    ("3", "茶摘み・製茶体験の受入農家数", "戸", "30", "34", "38", "42（うち新規5）", "40", "◎"),
    ("4", "和束茶のネット販売額", "万円", "1,250", "－", "1,480", "1,720", "2,000", "○"),
    ("5", "農家民宿等の宿泊者数", "人", "850", "920", "1,010", "930", "1,200", "△"),
]


def build_wazuka():
    body = []
    for row in WAZUKA_ROWS:
        no, name, unit, base, a28, a29, a30, target, mark = row
        body.append(
            "      <tr>\n"
            f'        <td class="c">{no}</td>\n'
            f"        <td>{name}</td>\n"
            f'        <td class="c">{unit}</td>\n'
            f'        <td class="r">{base}</td>\n'
            f'        <td class="r">{a28}</td>\n'
            f'        <td class="r">{a29}</td>\n'
            f'        <td class="r">{a30}</td>\n'
            f'        <td class="r">{target}</td>\n'
            f'        <td class="c">{mark}</td>\n'
            "      </tr>"
        )
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地域再生計画の効果検証（平成30年度） | 和束町</title>
<style>
  body {{ font-family: sans-serif; }}
  table.kpi {{ border-collapse: collapse; }}
  table.kpi th, table.kpi td {{ border: 1px solid #666; padding: 4px 6px; }}
  td.r {{ text-align: right; }}
  td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav class="breadcrumb">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/gyosei/">町政情報</a></li>
    <li><a href="/gyosei/keikaku/">計画・施策</a></li>
    <li>地域再生計画の効果検証（平成30年度）</li>
  </ol>
</nav>
<main>
<h1>地域再生計画の効果検証（平成30年度）</h1>
<p class="date">更新日：2019年9月17日　担当：産業振興課</p>
<p>和束町は京都府の南部に位置し、総面積6,493haのうち73.8％を山林が占めています。茶園面積は591.1ha（平成25年）で、京都府内の茶園面積・荒茶生産量の約4割を占める「お茶の郷」です。</p>
<p>本町では、地方創生推進交付金を活用して下記の地域再生計画に取り組んでおり、外部有識者3名による検証会議（令和元年8月22日開催）において、平成30年度の実績を検証しました。</p>
<dl class="plan">
  <dt>地域再生計画の名称</dt>
  <dd>地域資源を活かした観光振興による地域再生～見て、食して、体験して、茶源郷からのおもてなし～</dd>
  <dt>計画期間</dt>
  <dd>平成28年4月1日～平成31年3月31日</dd>
  <dt>担当課</dt>
  <dd>産業振興課</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<table class="kpi">
  <thead>
    <tr>
      <th rowspan="2">No.</th>
      <th rowspan="2">KPI</th>
      <th rowspan="2">単位</th>
      <th rowspan="2">基準値<br>（H27）</th>
      <th colspan="3">実績値</th>
      <th rowspan="2">目標値<br>（H30）</th>
      <th rowspan="2">達成<br>状況</th>
    </tr>
    <tr>
      <th>2016<br>（H28）</th>
      <th>2017<br>（H29）</th>
      <th>2018<br>（H30）</th>
    </tr>
  </thead>
  <tbody>
{chr(10).join(body)}
  </tbody>
</table>
<p class="note">達成状況　◎：目標値を達成　○：目標値の8割以上　△：目標値の8割未満</p>
<p class="note">※No.4は、平成29年度から集計を開始したため、平成28年度の実績はありません。</p>
<p class="note">※平成30年度の入込客数には、平成30年7月豪雨により府道が一時通行止め（7月6日～8月10日）となった影響が含まれています。</p>
</main>
<footer><p>和束町役場　〒619-1295 京都府相楽郡和束町釜塚字生水14番地2</p></footer>
</body>
</html>
"""
    path = os.path.join(HERE, "wazuka_kanko_kpi_h30.html")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    return path


def to_pdf(xlsx):
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                xlsx,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        name = os.path.splitext(os.path.basename(xlsx))[0] + ".pdf"
        shutil.move(os.path.join(tmp, name), os.path.join(HERE, name))


def main():
    os.makedirs(SRC, exist_ok=True)
    books = [build_soni(), build_sakahogi(), build_minamichita()]
    build_wazuka()
    if "--no-pdf" not in sys.argv:
        for b in books:
            to_pdf(b)


if __name__ == "__main__":
    main()
