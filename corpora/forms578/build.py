"""Build forms578: four KPI documents of 東成瀬村, 上ノ国町, 山元町 and 二本松市.

Writes `higashinaruse_gakuryoku_jimujigyo_r6.xlsx` (the workbook is the document),
`yamamoto_sogo6_seika_shihyo_r5.html` and the XLSX sources
`source/kaminokuni_katsuyama_kofukin_kensho_r6.xlsx` and
`source/nihonmatsu_kikuningyo_shuyo_seika_r6.xlsx`, which LibreOffice turns into the two PDFs.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
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
GREY = PatternFill("solid", fgColor="A6A6A6")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    box=False,
    shade=False,
    h="left",
    wrap=True,
    fmt=None,
    fill=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fill is not None:
        cell.fill = fill
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
    wb.properties.creator = "forms578"
    wb.properties.lastModifiedBy = "forms578"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 1, 9, 0, 0))
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


def notes_block(ws, r, notes, last_col):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    return r


# ---------------------------------------------------------------- 東成瀬村 (XLSX document, portrait)
HIGASHINARUSE_HEAD = (
    "区分",
    "No.",
    "指標名",
    "単位",
    "基準値\n（R元）",
    "R4実績",
    "R5実績",
    "R6目標",
    "R6見込",
    "R7目標\n（最終）",
)
# (No., name, unit, 基準値, R4実績, R5実績, R6目標, R6見込, R7目標); None = a greyed cell with no value
HIGASHINARUSE_BLOCKS = (
    (
        "対象指標",
        ((1, "村内の小・中学校の児童生徒数", "人", 163, 148, 142, None, 139, None),),
    ),
    (
        "活動指標",
        (
            (2, "村営塾の開講日数", "日", 120, 128, 132, 135, 136, 140),
            (
                3,
                "村で雇用する外国語指導助手（ALT）の授業時数",
                "時間",
                540,
                575,
                602,
                600,
                588,
                620,
            ),
        ),
    ),
    (
        "成果指標",
        (
            (4, "国内外からの教育視察の受入人数", "人", 548, 231, 402, 450, 470, 500),
            (
                5,
                "英語検定3級以上を取得した中学3年生の割合",
                "％",
                62.5,
                66.7,
                70.6,
                70.0,
                68.8,
                75.0,
            ),
        ),
    ),
)


def build_higashinaruse():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = dict(zip("ABCDEFGHIJ", (7, 5, 30, 6, 8, 8, 8, 8, 8, 9)))
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(ws, "A1:J1", "令和６年度　事務事業評価シート（中間評価）", size=14, bold=True, h="center")
    merge(ws, "A2:J2", "作成日　令和6年10月31日　　東成瀬村", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "学力向上・教育交流推進事業"),
        ("担当課", "教育委員会　教育課"),
        ("関連計画", "東成瀬村教育振興基本計画（令和3年度～令和7年度）"),
        ("事業期間", "令和3年度～令和7年度（5年間）"),
        ("事業費（R6予算）", "9,360千円（うち県補助金　1,200千円）"),
        ("評価の時点", "令和6年9月30日（R6見込は、9月末までの実績をもとにした年度末の見込み）"),
        (
            "事業の概要",
            "本村は秋田県の東南端に位置し、東は岩手県、南は宮城県に接する。面積は約204km²で、その93％が山林原野であり、東西17km、南北30kmの細長い村の中央を成瀬川が南北に流れる。"
            "県内屈指の豪雪地で、人口は2,500人余り。平成の市町村合併には加わらず、自主・自立の道を選んだ。"
            "平成19年（2007年）に始まった全国学力・学習状況調査では開始以来トップクラスの成績が続き、「学力日本一の村」「教育の村」として、韓国をはじめ国内外から年間400～600人ほどの教育関係者が視察に訪れている（平成27年は553人）。"
            "村内に学習塾はなく、小学校・中学校は各1校である。本事業では、村営塾の開設と村単独での外国語指導助手の雇用を続け、教育視察の受入れを通じて村の教育を発信する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"事業の概要": 100, "評価の時点": 24})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip("ABCDEFGHIJ", HIGASHINARUSE_HEAD):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 30
    r = head + 1
    for group, rows in HIGASHINARUSE_BLOCKS:
        first = r
        for no, name, unit, *vals in rows:
            put(ws, f"B{r}", no, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            for col, v in zip("EFGHIJ", vals):
                if v is None:
                    put(ws, f"{col}{r}", None, box=True, fill=GREY)
                else:
                    put(ws, f"{col}{r}", v, box=True, h="right")
            ws.row_dimensions[r].height = 30
            r += 1
        if r - 1 > first:
            merge(ws, f"A{first}:A{r - 1}", group, box=True, h="center")
        else:
            put(ws, f"A{first}", group, box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　R6見込は、令和6年9月末までの実績をもとにした令和6年度末の見込みである。",
            "※2　No.1は事業の対象の規模を示す指標のため、目標値を設定していない（網掛けの欄）。",
            "※3　No.4のR7目標（最終）は、令和6年度の中間見直しにより600人から500人に改めた（視察の受入れを休止した期間があったため）。",
            "※4　基準値は、新型コロナウイルス感染症の影響を受ける前の令和元年度の値である。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "村営塾と教育視察の受入れは目標を上回る見込みである。教育視察は令和4年度に受入れを再開し、令和5年度には韓国からの視察団を含めて回復が進んだ。"
            "一方、外国語指導助手の授業時数は、年度途中の交代に伴う空白期間により目標に届かない見込みであり、英語検定の取得率も前年度を下回る見込みである。令和7年度は、検定の受験機会を年2回から3回に増やす。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "J"), {"評価の理由": 44})
    page(ws, landscape=False)
    save(wb, HERE / "higashinaruse_gakuryoku_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 上ノ国町 (PDF, landscape)
# (label, name, unit, 事業開始前, then (目標, 実績) for R4, R5, R6, 達成状況, number format)
KAMINOKUNI_ROWS = (
    (
        "①",
        "勝山館跡ガイダンス施設の入館者数",
        "千人",
        8.6,
        ((9.0, 9.4), (10.0, 10.8), (11.0, 11.5)),
        "達成",
        "#,##0.0",
    ),
    (
        "②",
        "夷王山・勝山館跡ガイドツアーの参加者数",
        "人",
        120,
        ((200, 236), (300, 281), (400, 352)),
        "未達成",
        "#,##0",
    ),
    (
        "③",
        "道の駅「上ノ国もんじゅ」での歴史観光関連商品の売上額",
        "万円",
        1240,
        ((1400, 1512), (1600, 1655), (1800, 1836)),
        "達成",
        "#,##0",
    ),
    (
        "④",
        "町内宿泊施設での歴史観光客の宿泊者数",
        "人泊",
        1150,
        ((1300, 1284), (1500, 1562), (1700, (1655, "1,655（暫定値）"))),
        "未達成",
        "#,##0",
    ),
)


def build_kaminokuni():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    cols = "ABCDEFGHIJKLMN"
    for col, w in zip(cols, (5, 34, 7, 11, 8, 8, 8, 8, 8, 8, 8, 11, 8, 10)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:N1",
        "令和６年度　地方創生推進交付金事業　効果検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:N2", "令和7年8月　上ノ国町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "中世の港町・上ノ国「勝山館」歴史観光推進事業"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("総事業費", "3か年計　27,600千円（うち交付金　13,800千円）"),
        ("担当課", "商工観光課"),
        (
            "町の概要",
            "本町は北海道の南西部、日本海に面した町で、面積は547.72km²、人口は4,254人・2,353世帯（令和6年1月1日現在）である。昭和42年（1967年）3月1日に町制を施行した。"
            "15世紀ころ、夷島南部の日本海側は「上ノ国」と呼ばれ、日本海・北方交易の拠点として栄えたこの地にその名が残った。"
            "松前藩の祖・武田信広が15世紀後半に築いた勝山館は、標高159mの夷王山の中腹に長さ270m、幅100mにわたって広がる山城で、昭和52年（1977年）に国の史跡に指定され、平成29年（2017年）には続日本100名城に選ばれた。"
            "背後には600基余りの墳墓からなる夷王山墳墓群が残り、毎年6月第3土曜日・日曜日には夷王山まつりが開かれる。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "N"), {"町の概要": 62})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip(
        "ABCD", ("No.", "重要業績評価指標（KPI）", "単位", "事業開始前\n（R4.3末）")
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for (c1, c3), year in zip(
        (("E", "G"), ("H", "J"), ("K", "M")), ("令和4年度", "令和5年度", "令和6年度")
    ):
        merge(ws, f"{c1}{h1}:{c3}{h1}", year, bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHIJKLM", ("目標値", "実績値", "達成率") * 3):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"N{h1}:N{h2}", "達成状況\n（R6）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 20
    r = h2 + 1
    for label, name, unit, base, years, status, fmt in KAMINOKUNI_ROWS:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        put(ws, f"D{r}", base, box=True, h="right", fmt=fmt)
        for (ct, ca, cr), (target, actual) in zip(("EFG", "HIJ", "KLM"), years):
            put(ws, f"{ct}{r}", target, box=True, h="right", fmt=fmt)
            if isinstance(actual, tuple):
                number, text = actual
                put(ws, f"{ca}{r}", text, box=True, h="right")
            else:
                number = actual
                put(ws, f"{ca}{r}", actual, box=True, h="right", fmt=fmt)
            put(ws, f"{cr}{r}", round(number / target, 4), box=True, h="right", fmt="0.0%")
        put(ws, f"N{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 28
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　事業開始前の値は、令和4年3月末時点（令和3年度）の値である。",
            "※2　達成率は、各年度の実績値を目標値で除したものである。達成状況は、令和6年度の目標値と実績値を比べて判定した。",
            "※3　③は、道の駅の物産コーナーで販売した歴史観光関連商品（勝山館の出土品をモチーフにしたグッズ等）の売上額である。",
            "※4　④の令和6年度実績値は暫定値である（確定値は、北海道観光入込客数調査の公表後に確定する）。",
        ],
        "N",
    )
    r += 1
    put(ws, f"A{r}", "３　効果検証の結果", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の効果", "地方創生に相当程度効果があった"),
        ("今後の方針", "事業の継続（令和7年度以降は町の単独事業として実施）"),
        (
            "外部有識者の意見",
            "上ノ国町創生推進会議において、「ガイダンス施設の入館者と道の駅での売上は3か年とも目標を上回った。ガイドツアーは参加者が増えているものの目標に届いておらず、ガイドの担い手の育成と、夷王山まつりの時期に合わせた募集が必要である」との意見があった。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "N"), {"外部有識者の意見": 32})
    page(ws, landscape=True)
    save(wb, SRC / "kaminokuni_katsuyama_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 山元町 (HTML)
# 施策, then rows of (label, name, unit, 基準値, 基準年度, 2021, 2022, 2023, 目標値)
YAMAMOTO_GROUPS = (
    (
        "2-1　農業の振興",
        (
            (
                "①",
                "いちごの販売額",
                "億円",
                "32.6",
                "2019年度",
                "30.8",
                "33.4",
                "35.1",
                "36.0（2024年度）",
            ),
            ("②", "新規就農者数", "人", "6", "2019年度", "5", "7", "4", "8（2024年度）"),
        ),
    ),
    (
        "2-3　観光・交流の推進",
        (
            (
                "③",
                "観光入込客数<sup>※1</sup>",
                "千人",
                "412.3",
                "2019年度",
                "298.4",
                "351.6",
                "388.2",
                "450.0（2024年度）",
            ),
            (
                "④",
                "観光いちご園の入園者数",
                "人",
                "38,240",
                "2018年度",
                "21,560",
                "29,870",
                "33,415",
                "40,000（2024年度）",
            ),
        ),
    ),
    (
        "4-2　移住・定住の促進",
        (
            (
                "⑤",
                "住宅取得補助制度を利用した町外からの転入世帯数",
                "世帯",
                "24",
                "2020年度",
                "31",
                "36",
                "29",
                "40（2024年度）",
            ),
            (
                "⑥",
                "「これからも山元町に住み続けたい」と答えた町民の割合<sup>※2</sup>",
                "％",
                "71.4",
                "2020年度",
                "―",
                "73.2",
                "―",
                "80.0（2029年度）",
            ),
        ),
    ),
)


def yamamoto_rows():
    out = []
    for group, rows in YAMAMOTO_GROUPS:
        for i, (label, name, unit, *vals) in enumerate(rows):
            th = f'<th scope="rowgroup" rowspan="{len(rows)}">{group}</th>' if i == 0 else ""
            cells = "".join(
                f'<td class="c">{v}</td>' if v.endswith("年度") and len(v) <= 7 else f"<td>{v}</td>"
                for v in vals
            )
            out.append(
                f'<tr>{th}<td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}</tr>\n'
            )
    return "".join(out)


YAMAMOTO = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第6次山元町総合計画　前期基本計画　成果指標の状況（令和５年度） - 山元町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th[scope="rowgroup"] { text-align: left; font-weight: normal; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">町政情報</a></li>
<li><a href="/soshiki/keikaku/">計画・行政評価</a></li>
<li>成果指標の状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第6次山元町総合計画　前期基本計画　成果指標の状況（令和５年度）</h1>
<p class="update">更新日：2024年11月15日　担当：企画財政課</p>
<p>山元町は宮城県の東南端、太平洋沿岸に位置し、南は福島県新地町に接する町で、面積は64.58km²、人口は11,484人（2024年5月1日推計）です。昭和30年（1955年）2月1日に山下村と坂元村が合併して誕生し、町名は両村の名から1字ずつとっています。2011年3月11日の東日本大震災では大津波により沿岸の集落が大きな被害を受けましたが、JR常磐線は約1km内陸に移して高架とし、山下駅・坂元駅の新駅舎とともに2016年（平成28年）12月に町内区間の運転を再開しました。</p>
<p>温暖な気候を生かしたいちごは東北地方で一番の生産量を誇り、宮城県内でも有数の漁獲量を記録するホッキ貝は郷土料理「ほっきめし」として親しまれ、町のキャラクター「ホッキーくん」のモデルにもなっています。第6次山元町総合計画は、平成30年10月から7回にわたる山元町総合計画審議会の審議を経て令和元年11月18日に答申を受け、将来像を「キラリやまもと！みんなでつくる笑顔あふれるまち」と定めました。</p>
<dl>
<dt>計画の名称</dt><dd>第6次山元町総合計画</dd>
<dt>計画期間</dt><dd>基本構想　令和2年度～令和11年度（10年間）／前期基本計画　令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>施策ごとの成果指標</h2>
<p>基準値の年度は「基準年度」の欄に、目標値の年度は目標値の後ろの括弧内に記しています。実績値は各年度の値です。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値</th><th scope="col" rowspan="2">基準年度</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
"""
    + yamamoto_rows()
    + """</tbody>
</table>
<p>※1　③は、宮城県観光統計概要による町内の観光客入込数です。</p>
<p>※2　⑥は、隔年（2020年度、2022年度、2024年度…）で行う町民意識調査の結果です。調査を行わない年度は「―」としています。⑥の目標値は、基本構想の最終年度（2029年度）の値です。</p>
<h2>今後の取組</h2>
<p>観光入込客数といちご園の入園者数は、新型コロナウイルス感染症の影響から回復しつつあるものの、基準値には届いていません。2024年度は、いちご狩りと「ほっきめし」を組み合わせた周遊企画を実施するとともに、常磐線の駅周辺の住宅地への移住・定住を引き続き支援します。</p>
</main>
<footer><p>山元町役場　企画財政課</p></footer>
</body>
</html>
"""
)


def build_yamamoto():
    (HERE / "yamamoto_sogo6_seika_shihyo_r5.html").write_text(YAMAMOTO, encoding="utf-8")


# ---------------------------------------------------------------- 二本松市 (PDF, portrait)
NIHONMATSU_ACT = (
    ("ア", "首都圏等での観光PRキャラバンの実施回数", "回", 8, 12, 14),
    ("イ", "菊人形会場での多言語ガイドの実施日数", "日", 10, 24, 30),
)
# (No., name, unit, 基準値, R4実績, R5実績, R6目標, R6実績, 達成状況)
NIHONMATSU_OUT = (
    (1, "二本松の菊人形の入場者数", "千人", 62.3, 40.6, 44.9, 50.0, 48.0, "未達成"),
    (
        2,
        "霞ヶ城公園（二本松城跡）の観光入込客数",
        "千人",
        412.5,
        318.2,
        366.9,
        400.0,
        "338.5（R6.12末）",
        "―",
    ),
    (3, "市内宿泊施設の外国人宿泊者数", "人泊", 1860, 420, 1540, 2000, 2315, "達成"),
)
NIHONMATSU_COST = (
    ("事業費", 36150, 37880, 38420),
    ("うち県補助金", 3000, 3000, 3000),
    ("うち一般財源", 33150, 34880, 35420),
)


def build_nihonmatsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHIJ", (5, 30, 6, 9, 8, 8, 8, 14, 9, 2)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和６年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和7年9月　二本松市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "観光の振興"),
        ("事業名", "菊のまち二本松観光誘客事業"),
        ("所管課", "産業部　観光課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和6年度　38,420千円（うち県補助金　3,000千円）"),
        ("関連計画", "第2次二本松市観光振興計画（令和4年度～令和8年度）"),
        (
            "事業の内容",
            "本市は福島県中通りの北部に位置し、面積は344.42km²、人口は50,495人（2024年10月1日推計）である。平成17年（2005年）12月1日に旧二本松市と安達町・岩代町・東和町が合併して現在の市となった。"
            "二本松城（霞ヶ城）は日本100名城に選ばれ、「菊の城下町」として昭和30年（1955年）から霞ヶ城公園で「二本松の菊人形」を開いている。"
            "菊人形は令和元年に48日間で62,293人が訪れたが、令和2年に初めて人形の展示を見送り、令和3年まで霞ヶ城公園菊花展として開催した（令和3年は45日間で20,362人）。令和4年に3年ぶりに開いた菊人形には40,569人が訪れ、令和6年の第68回は42日間で47,974人となった。"
            "寛永20年（1643年）に始まるとされる「二本松の提灯祭り」は日本三大提灯祭りの一つで、平成31年（2019年）からは10月の第1土曜日・日曜日・月曜日に開かれている。"
            "本事業では、菊人形と提灯祭りを核に首都圏等での誘客と、外国人観光客の受入れを進める。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の内容": 118})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEF", ("記号", "項目", "単位", "R4実績", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for row in NIHONMATSU_ACT:
        for col, v in zip("ABCDEF", row):
            h = "left" if col == "B" else ("center" if col in "AC" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    head = (
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成状況",
    )
    for col, text in zip("ABCDEFGHI", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for row in NIHONMATSU_OUT:
        for col, v in zip("ABCDEFGHI", row):
            h = "left" if col == "B" else ("center" if col in "ACI" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.1は、二本松菊栄会が発表した入場者数である。",
            "※2　No.2の令和6年度実績は、令和6年12月末までの値である。年度の値は令和7年6月頃に確定するため、達成状況は確定後に判定する。",
            "※3　基準値は、新型コロナウイルス感染症の影響を受ける前の令和元年度の値である。",
        ],
        "I",
    )
    r += 1
    put(ws, f"A{r}", "（３）事業費の推移（単位：千円）", size=10, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "区分", bold=True, box=True, shade=True, h="center")
    for col, text in zip("DEF", ("R4決算", "R5決算", "R6決算")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for name, *vals in NIHONMATSU_COST:
        merge(ws, f"A{r}:C{r}", name, box=True)
        for col, v in zip("DEF", vals):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "（４）成果と今後の方向性", size=10, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "菊人形の入場者数は3年連続で増えたが、団体客の回復が遅れ、目標には届かなかった。外国人宿泊者数は、多言語ガイドと首都圏での誘客が実を結び、目標を上回った。"
        "令和7年度は、提灯祭りと菊人形の時期を結ぶ秋の周遊企画を設け、霞ヶ城公園への通年での誘客を図る。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "nihonmatsu_kikuningyo_shuyo_seika_r6.xlsx")


def to_pdf():
    for name in ("kaminokuni_katsuyama_kofukin_kensho_r6", "nihonmatsu_kikuningyo_shuyo_seika_r6"):
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
    build_higashinaruse()
    build_kaminokuni()
    build_yamamoto()
    build_nihonmatsu()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
