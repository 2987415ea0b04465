"""Build forms593: four KPI documents of 鏡野町, 大宜味村, 松野町 and 江北町.

Writes `kagamino_yuko_koryu_management_h27.xlsx` (the workbook is the document),
`ogimi_sogo5_seika_shihyo_r5.html`, `kohoku_shuyo_seika_shihyo_r5.csv` and the XLSX source
`source/matsuno_kagomori_kofukin_kensho_r5.xlsx`, which LibreOffice turns into
`matsuno_kagomori_kofukin_kensho_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501, B905

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
STAMP = datetime.datetime(2025, 10, 1, 9, 0, 0)
STAMP_TEXT = "2025-10-01T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
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
    wb.properties.creator = "forms593"
    wb.properties.lastModifiedBy = "forms593"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                stamp = STAMP_TEXT.encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 1, 9, 0, 0))
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


def fields_block(ws, r, fields, key_cols, val_cols, tall):
    """Key | value rows; key_cols and val_cols are column pairs such as ("A", "B")."""
    for key, val in fields:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, last_col, height=15):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 鏡野町 (XLSX document, portrait)
# 平成27年度 事後評価・決算 事務事業マネジメントシート. The years of the indicator grid are printed without
# their era (25年度 … 28年度, 平成 by the sheet's title). Each 活動 / 成果 indicator spans three rows
# 目標 / 実績 / 達成率; the 対象指標 spans 実績 / 見込, its 見込 row holding only the 28年度 cell.
NA = "―"
# (種別, [(記号, 指標名, 単位, [(区分, [25, 26, 27, 28]) ...]) ...])
KAGAMINO_GRID = (
    (
        "活動指標",
        (
            (
                "ア",
                "派遣研修への参加者数（中学生を除く一般）",
                "人",
                (
                    ("目標", (NA, 10, NA, 10)),
                    ("実績", (NA, 8, NA, None)),
                    ("達成率", (NA, "80.0%", NA, None)),
                ),
            ),
            (
                "イ",
                "受入交流事業の開催回数",
                "回",
                (
                    ("目標", (1, 1, 2, 1)),
                    ("実績", (1, 1, 2, None)),
                    ("達成率", ("100.0%", "100.0%", "100.0%", None)),
                ),
            ),
        ),
    ),
    (
        "対象指標",
        (
            (
                "ア",
                "事業実施年度における対象町民人口（20歳以上70歳未満）",
                "人",
                (
                    ("実績", (7912, 7786, 7655, None)),
                    ("見込", (None, None, None, 7530)),
                ),
            ),
        ),
    ),
    (
        "成果指標",
        (
            (
                "ア",
                "交流事業（派遣・受入）への町民参加者数",
                "人",
                (
                    ("目標", (120, 150, 200, 150)),
                    ("実績", (96, 163, 318, None)),
                    ("達成率", ("80.0%", "108.7%", "159.0%", None)),
                ),
            ),
            (
                "イ",
                "派遣参加者の満足度",
                "％",
                (
                    ("目標", (NA, 90.0, NA, 90.0)),
                    ("実績", (NA, 87.5, NA, None)),
                    ("達成率", (NA, "97.2%", NA, None)),
                ),
            ),
        ),
    ),
)


def build_kagamino():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業マネジメントシート"
    cols = "ABCDEFGHI"
    for col, w in zip(cols, (9, 5, 30, 5, 7, 9, 9, 9, 9)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "平成27年度　事後評価・決算　事務事業マネジメントシート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "作成　平成28年7月　　鏡野町", h="right")
    r = 4
    pairs = (
        (("事務事業名", "海外友好都市交流事業費"), ("事業番号", "00286")),
        (("所管課名", "まちづくり課"), ("会計", "一般会計")),
    )
    for (k1, v1), (k2, v2) in pairs:
        merge(ws, f"A{r}:B{r}", k1, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:E{r}", v1, box=True)
        put(ws, f"F{r}", k2, bold=True, box=True, shade=True, h="center")
        merge(ws, f"G{r}:I{r}", v2, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    fields = [
        ("政策名", "3　創造豊かな教育・文化の里づくり"),
        ("施策名", "10　交流の推進"),
        (
            "根拠法令等",
            "鏡野町とイヴェルドンレバン市を結ぶ友好憲章／鏡野町友好都市交流事業実施要綱",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {})
    r += 1
    put(ws, f"A{r}", "１．事務事業の概要", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("①事業期間", "単年度繰返し（平成17年度～）"),
        (
            "②今年度の事業内容",
            "スイス連邦のイヴェルドン・レ・バン市との友好交流事業。20歳以上70歳未満の町民を同市へ派遣する事業を隔年で実施している。"
            "平成27年度は派遣事業は実施せず、イヴェルドン市オーケストラメンバーによる演奏会の受け入れを実施した。",
        ),
        (
            "③開始したきっかけ",
            "平成17年度から隔年で町民の派遣を実施（平成21年度は新型インフルエンザのため事業を中止した）。",
        ),
        (
            "町の概要",
            "平成17年（2005年）3月1日に鏡野町・奥津町・上齋原村・富村の4町村が合併して現在の鏡野町が発足した。"
            "面積419.68km²、人口12,847人（平成27年国勢調査）。",
        ),
    ]
    r = fields_block(
        ws,
        r,
        fields,
        ("A", "B"),
        ("C", "I"),
        {"②今年度の事業内容": 40, "③開始したきっかけ": 28, "町の概要": 28},
    )
    r += 1
    put(ws, f"A{r}", "２．事務事業の指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = ("種別", "記号", "指標名", "単位", "区分", "25年度", "26年度", "27年度", "28年度")
    for col, text in zip(cols, head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for kind, items in KAGAMINO_GRID:
        n = sum(len(rows) for _, _, _, rows in items)
        merge(ws, f"A{r}:A{r + n - 1}", kind, bold=True, box=True, h="center")
        for mark, name, unit, rows in items:
            k = len(rows)
            merge(ws, f"B{r}:B{r + k - 1}", mark, box=True, h="center")
            merge(ws, f"C{r}:C{r + k - 1}", name, box=True)
            merge(ws, f"D{r}:D{r + k - 1}", unit, box=True, h="center")
            for label, vals in rows:
                put(ws, f"E{r}", label, box=True, h="center")
                for col, v in zip("FGHI", vals):
                    fmt = "0.0" if isinstance(v, float) else None
                    put(
                        ws,
                        f"{col}{r}",
                        v,
                        box=True,
                        shade=v is None,
                        h="center" if v == NA else "right",
                        fmt=fmt,
                    )
                ws.row_dimensions[r].height = 17
                r += 1
    r = notes_block(
        ws,
        r,
        (
            "※1　派遣は隔年で実施しているため、派遣を行わない年度は目標・実績とも「―」としている。",
            "※2　達成率＝実績÷目標×100。28年度の欄は、活動指標・成果指標は28年度の目標、対象指標は28年度の見込である。",
        ),
        "I",
    )
    r += 1
    put(ws, f"A{r}", "３．事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("FGHI", ("25年度", "26年度", "27年度", "28年度\n（予算）")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"A{r}:E{r}", "区分", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for label, vals in (
        ("事業費", (380, 2910, 560, 3050)),
        ("うち一般財源", (380, 2410, 560, 2550)),
    ):
        merge(ws, f"A{r}:E{r}", label, box=True)
        for col, v in zip("FGHI", vals):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 17
        r += 1
    r += 1
    put(ws, f"A{r}", "４．評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("今後の方向性", "現状維持"),
        (
            "評価の理由",
            "派遣年度の参加者数は目標に届かなかったが、受入年度の演奏会には多くの町民が参加し、交流事業全体の参加者数は2年続けて目標を上回った。"
            "次回の派遣に向けて募集方法を見直す。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {"評価の理由": 40})
    page(ws, landscape=False)
    save(wb, HERE / "kagamino_yuko_koryu_management_h27.xlsx")


# ---------------------------------------------------------------- 松野町 (PDF from XLSX, portrait)
# 地方創生推進交付金事業の効果検証シート. `（単位：人）` stands at the right of the grid's heading and the grid
# has no 単位 column; KPI② carries its own `（千人）` at the end of its name, and a note gives KPI④ the unit 千円.
# (No., name, 事業開始前, R3目標, R3実績, R4目標, R4実績, R5目標, R5実績, 達成状況)
MATSUNO_ROWS = (
    ("①", "河後森城跡の来訪者数", "8,420（R2）", 9000, 6815, 10000, 9960, 11000, 11540, "達成"),
    (
        "②",
        "町内観光施設の入込客数（千人）",
        "312.5（R2）",
        330.0,
        298.4,
        350.0,
        341.2,
        370.0,
        376.9,
        "達成",
    ),
    (
        "③",
        "歴史ガイド・山城体験プログラムの参加者数",
        "0（R2）",
        200,
        "中止",
        300,
        284,
        400,
        452,
        "達成",
    ),
    (
        "④",
        "道の駅「虹の森公園まつの」の特産品売上額",
        "142,600（R2）",
        150000,
        138200,
        160000,
        161050,
        170000,
        166300,
        "未達成",
    ),
)


def build_matsuno():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    cols = "ABCDEFGHIJ"
    for col, w in zip(cols, (5, 30, 11, 8, 8, 8, 8, 8, 8, 8)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和５年度　地方創生推進交付金事業の効果検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年8月　松野町ふるさと振興課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "河後森城跡を核とした「森の国」歴史観光推進事業"),
        ("交付金の種類", "地方創生推進交付金"),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
        ("総事業費", "3か年計　27,600千円（うち交付金　13,800千円）"),
        ("担当課", "ふるさと振興課"),
        (
            "町の概要",
            "愛媛県の南西部、高知県境に位置し、町土の84％を森林が占める「森の国」。人口は3,407人（令和6年3月1日）。"
            "四万十川の支流広見川が町の中心部を流れ、滑床渓谷の雪輪の滝は日本の滝百選に選ばれている。"
            "河後森城跡は標高172mの丘陵に馬蹄形に曲輪が広がる中世の山城跡で、平成9年（1997年）9月11日に国史跡に指定され、"
            "平成29年（2017年）に続日本100名城に選ばれた。",
        ),
        (
            "事業の概要",
            "河後森城跡の遊歩道・案内板の整備、歴史ガイドの養成と山城体験プログラムの造成、道の駅「虹の森公園まつの」での特産品の開発・販売を一体的に行い、"
            "滑床渓谷に集中しがちな観光客を町の中心部へ呼び込む。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"町の概要": 58, "事業の概要": 40})
    r += 1
    merge(ws, f"A{r}:G{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    merge(ws, f"H{r}:J{r}", "（単位：人）", h="right")
    r += 1
    merge(ws, f"A{r}:A{r + 1}", "No.", bold=True, box=True, shade=True, h="center")
    merge(
        ws, f"B{r}:B{r + 1}", "重要業績評価指標（KPI）", bold=True, box=True, shade=True, h="center"
    )
    merge(ws, f"C{r}:C{r + 1}", "事業開始前", bold=True, box=True, shade=True, h="center")
    for c1, c2, year in (("D", "E", "令和3年度"), ("F", "G", "令和4年度"), ("H", "I", "令和5年度")):
        merge(ws, f"{c1}{r}:{c2}{r}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{c1}{r + 1}", "目標値", bold=True, box=True, shade=True, h="center")
        put(ws, f"{c2}{r + 1}", "実績値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"J{r}:J{r + 1}", "達成状況", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for row in MATSUNO_ROWS:
        for col, v in zip(cols, row):
            if col == "B":
                put(ws, f"{col}{r}", v, box=True)
            elif col in "AJ" or (isinstance(v, str) and col != "C"):
                put(ws, f"{col}{r}", v, box=True, h="center")
            else:
                fmt = "#,##0.0" if isinstance(v, float) else None
                put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes_block(
        ws,
        r,
        (
            "※1　④の単位は千円です。",
            "※2　③の令和3年度は、新型コロナウイルス感染症の感染拡大により体験プログラムを中止しました。",
            "※3　事業開始前の欄の（　）内は、数値の年度です。達成状況は、令和5年度の目標値と実績値を比べたものです。",
        ),
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　事業の成果と今後の方針", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "3か年で城跡の遊歩道約1.2kmと案内板14基を整備し、地元の「森の国山城の会」の協力を得て歴史ガイド12人を養成した。"
        "4つのKPIのうち3つで最終年度の目標を達成した。特産品売上額は目標に届かなかったため、令和6年度以降は自主財源により"
        "城跡と道の駅を結ぶ周遊企画を継続し、交付金事業の効果の定着を図る。",
        box=True,
    )
    ws.row_dimensions[r].height = 54
    page(ws, landscape=False)
    save(wb, SRC / "matsuno_kagomori_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 大宜味村 (HTML)
# 第5次総合計画 成果指標の達成状況. Two <h2> 基本目標, each over its own table with a two-row head; 施策 cells
# span their rows. One target is a range, one is words (`現状維持`); the last 観光 actual is a 速報値
# marked with `※`; 評価 A/B/C are progress grades with a legend above the tables.
OGIMI_GROUPS = (
    (
        "基本目標1　健康で生きがいをもって暮らせる長寿の村づくり",
        (
            (
                "1-1　健康づくりの推進",
                (
                    ("特定健康診査の受診率", "％", "38.2", "41.5", "44.0", "46.3", "60.0", "B"),
                    (
                        "65歳以上で要介護認定を受けていない人の割合",
                        "％",
                        "80.6",
                        "81.2",
                        "80.9",
                        "81.5",
                        "現状維持",
                        "A",
                    ),
                ),
            ),
        ),
    ),
    (
        "基本目標3　地域の資源を活かした産業の村づくり",
        (
            (
                "3-1　農林水産業の振興",
                (
                    (
                        "シークヮーサーの出荷量",
                        "t",
                        "1,032",
                        "865",
                        "918",
                        "1,104",
                        "1,100～1,200",
                        "A",
                    ),
                    ("新規就農者数", "人", "2", "3", "2", "4", "4", "A"),
                ),
            ),
            (
                "3-2　観光・交流の推進",
                (("観光入込客数", "千人", "182.4", "96.3", "131.8", "168.5※", "200.0", "B"),),
            ),
        ),
    ),
)

OGIMI_HEAD = """<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（H27）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（R7）</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>
</thead>"""


def ogimi_tables():
    out = []
    for heading, sections in OGIMI_GROUPS:
        out.append(f"<h2>{heading}</h2>")
        out.append("<table>")
        out.append(OGIMI_HEAD)
        out.append("<tbody>")
        for shisaku, rows in sections:
            for i, (name, unit, *vals) in enumerate(rows):
                cells = []
                if i == 0:
                    span = f' rowspan="{len(rows)}"' if len(rows) > 1 else ""
                    cells.append(f'<th scope="rowgroup"{span} class="shisaku">{shisaku}</th>')
                cells.append(f'<td class="name">{name}</td>')
                cells.append(f'<td class="c">{unit}</td>')
                cells.extend(
                    f'<td class="c">{v}</td>' if v in ("A", "B", "C") else f"<td>{v}</td>"
                    for v in vals
                )
                out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>")
        out.append("</table>")
    return "\n".join(out)


OGIMI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>大宜味村第5次総合計画 成果指標の達成状況（令和５年度） - 大宜味村</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.5em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th { background: #e8f2ee; }
th.shisaku { text-align: left; font-weight: normal; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/sonsei/">村政情報</a></li>
<li><a href="/sonsei/keikaku/">計画・施策</a></li>
<li>大宜味村第5次総合計画 成果指標の達成状況（令和５年度）</li>
</ol></nav>
<main>
<h1>大宜味村第5次総合計画　成果指標の達成状況（令和５年度）</h1>
<p class="update">更新日：2024年12月16日　担当：企画観光課</p>
<p>大宜味村は沖縄本島北部の西海岸に位置し、那覇市から北へ約87km、名護市の中心部から約22kmの距離にあります。総面積は63.63km²で、その約76%を森林が占め、人口は2,937人（2024年11月1日推計）です。「長寿の里」「芭蕉布の里」「シークヮーサーの里」「ぶながやの里」として知られ、喜如嘉の芭蕉布は国の重要無形文化財に指定されています。</p>
<p>村では、将来像「教育・歴史文化の輝く健康長寿村」の実現に向けて平成28年6月に策定した大宜味村第5次総合計画の成果指標について、毎年度、実績を取りまとめています。計画期間の8年目にあたる令和5年度の実績をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>大宜味村第5次総合計画</dd>
<dt>将来像</dt><dd>教育・歴史文化の輝く健康長寿村</dd>
<dt>計画期間</dt><dd>平成28年度～令和7年度（10年間）</dd>
<dt>担当課</dt><dd>企画観光課</dd>
</dl>
<p>評価は、令和5年度の実績をもとに、計画の最終年度（令和7年度）の目標値に向けた進み具合を次の3段階で示したものです。<br>A：順調に推移　B：概ね順調　C：遅れている</p>
@TABLES@
<p>※　令和5年度の観光入込客数は速報値です。確定値は令和6年度の公表時に掲載します。</p>
<h2>今後の取組</h2>
<p>観光入込客数は、令和5年度に回復が進みましたが、目標値には届いていません。道の駅おおぎみ・やんばるの森ビジターセンターを拠点に、塩屋湾や大保ダム周辺の体験型観光を進めます。</p>
<p class="contact">お問い合わせ：大宜味村役場　企画観光課　〒905-1305　沖縄県国頭郡大宜味村大兼久157番地</p>
</main>
</body>
</html>
"""


def build_ogimi():
    text = OGIMI.replace("@TABLES@", ogimi_tables())
    (HERE / "ogimi_sogo5_seika_shihyo_r5.html").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- 江北町 (CSV, open data)
# 令和5年度 主要な施策の成果（成果指標一覧）. One line per indicator; the 款, 事業名, 担当課, 決算額 and 評価
# cells stand only on a 事業's first line (the 注記 says so). 決算額 is money of the whole 事業, 評価 a grade.
KOHOKU_LINES = (
    ("タイトル", "令和５年度　主要な施策の成果（成果指標一覧）"),
    ("公表日", "令和6年9月20日"),
    ("会計", "一般会計"),
    ("取りまとめ", "企画課"),
    (
        "町の概要",
        "江北町は佐賀県のほぼ中央に位置し、東西5.6km、南北7.2km、総面積24.88km²の町である。昭和7年（1932年）4月1日に小田村・山口村・佐留志村が合併して江北村となり、"
        "昭和27年（1952年）4月1日に町制を施行した。人口は9,470人（2024年3月1日推計）。JR長崎本線と佐世保線、国道34号と207号の分岐点にあたり、"
        "かつては長崎街道の宿場「小田宿」が置かれた。令和元年（2019年）11月には町の交流拠点「みんなの公園」が開園した。",
    ),
    (
        "注記",
        "款・事業名・担当課・決算額・評価の欄が空欄の行は、上の行と同じ事業の指標です。決算額は事業全体の令和5年度決算額（千円）です。"
        "評価は事業全体の評価（A：順調　B：概ね順調　C：改善が必要）です。「△」はマイナスを表します。",
    ),
    (),
    ("■事業別の成果指標",),
    (
        "款",
        "事業名",
        "担当課",
        "決算額（千円）",
        "区分",
        "指標名",
        "単位",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "評価",
    ),
    (
        "2款 総務費",
        "移住・定住促進事業",
        "企画課",
        "18,240",
        "活動",
        "移住相談件数",
        "件",
        "42",
        "57",
        "60",
        "64",
        "A",
    ),
    ("", "", "", "", "成果", "社会増減数（転入者数－転出者数）", "人", "△38", "△12", "0", "△5", ""),
    (
        "3款 民生費",
        "みんなの公園運営事業",
        "こども未来課",
        "24,600",
        "活動",
        "交流イベント・講座の開催回数",
        "回",
        "18",
        "24",
        "24",
        "26",
        "B",
    ),
    ("", "", "", "", "成果", "みんなの公園の来園者数", "千人", "52.4", "61.8", "65.0", "63.2", ""),
    (
        "7款 商工費",
        "小田宿まつり開催支援事業",
        "産業課",
        "3,500",
        "成果",
        "小田宿まつりの来場者数",
        "千人",
        "中止",
        "6.8",
        "8.0",
        "8.5",
        "A",
    ),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_kohoku():
    width = 12
    lines = []
    for row in KOHOKU_LINES:
        cells = list(row) + [""] * (width - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\ufeff" + "\r\n".join(lines) + "\r\n"
    (HERE / "kohoku_shuyo_seika_shihyo_r5.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in ("matsuno_kagomori_kofukin_kensho_r5",):
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
    build_kagamino()
    build_matsuno()
    build_ogimi()
    build_kohoku()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
