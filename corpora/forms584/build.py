"""Build forms584: four KPI documents of 七宗町, 御浜町, 井手町 and あま市.

Writes `hichiso_geo_jimujigyo_r6.xlsx` (the workbook is the document), `mihama_mikan_kofukin_kensho_r6.html`
and the XLSX sources `source/ide_tamagawa_shuyo_seika_r6.xlsx` and `source/ama_shippo_jimujigyo_ichiran_r6.xlsx`,
which LibreOffice turns into `ide_tamagawa_shuyo_seika_r6.pdf` and `ama_shippo_jimujigyo_ichiran_r6.pdf`.
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
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


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
    wb.properties.creator = "forms584"
    wb.properties.lastModifiedBy = "forms584"
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
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=True)
        else:
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


# ---------------------------------------------------------------- 七宗町 (XLSX document, portrait)
# (No., name, unit, 基準値, R4実績, R5実績, R6計画, R6実績, R8計画（最終）)
HICHISO_ROWS = (
    (1, "企画展・特別展の開催回数", "回", "2（R3）", 2, 3, 3, 3, 4),
    (2, "ジオツアー・地質講座の開催回数", "回", "4（R3）", 8, 10, 12, 13, 15),
    (3, "日本最古の石博物館の入館者数", "人", "18,460（R元）", 13920, 15870, 17000, 16540, 20000),
    (4, "ジオツアー参加者数", "人", "96（R3）", 168, 205, 240, 252, "5年間で延べ1,200人"),
    (
        5,
        "入館者アンケートで「満足」と回答した人の割合",
        "％",
        "82.4（R3）",
        84.1,
        86.3,
        87.0,
        88.5,
        90.0,
    ),
)


def build_hichiso():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJ", (9, 5, 26, 5, 12, 9, 9, 9, 9, 13)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月25日　　七宗町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "日本最古の石博物館・ジオツーリズム推進事業"),
        ("担当課", "企画課　企画係"),
        ("関連計画", "七宗町第五次総合計画（平成28年度～令和7年度）"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "12,480千円（うち企業版ふるさと納税充当額　2,000千円）"),
        (
            "事業の概要",
            "本町は岐阜県の中南部、名古屋市から北に約50kmに位置し、面積は90.47km²、人口は2,971人（2024年10月1日推計）である。"
            "昭和45年（1970年）、飛騨川の河床の上麻生礫岩から約20億年前の片麻岩が見つかり、「日本最古の石」として日本列島の生い立ちを探る手がかりとなった。"
            "平成31年（2019年）3月により古い約25億年前の岩石が他県で見つかり、その一部も寄贈を受けて日本最古の石博物館で展示している。"
            "飛騨川の激流が岩盤を削った飛水峡の甌穴群は国の天然記念物に指定され、飛水峡は平成19年（2007年）に「日本の地質百選」に選ばれた。"
            "本事業では、博物館の企画展、地質の日（4月29日）の講演会、甌穴群や発見地を巡るジオツアーを実施し、石と地質を生かした誘客を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"事業の概要": 92})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値",
        "R4実績",
        "R5実績",
        "R6計画",
        "R6実績",
        "R8計画\n（最終）",
    )
    for col, text in zip("ABCDEFGHIJ", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    merge(ws, f"A{r}:A{r + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{r + 2}:A{r + 4}", "成果指標", box=True, h="center")
    for no, name, unit, *vals in HICHISO_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)
        ws.row_dimensions[r].height = 26
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　基準値欄の（　）内は基準とした年度である。No.3は新型コロナウイルス感染症の影響を受ける前の令和元年度、その他は事業開始前の令和3年度の値としている。",
            "※2　No.4のR8計画は、事業期間（令和4年度～令和8年度）の5年間の参加者数の合計（延べ人数）の目標である。",
            "※3　No.5は、博物館で毎年度実施している入館者アンケートの結果である。",
        ],
        "J",
        height=24,
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "ジオツアーの参加者数と入館者の満足度は計画を上回った。入館者数は前年度から670人増えたものの、計画の17,000人には届かなかった。"
            "令和7年度は、地質の日の講演会とジオツアーを組み合わせた催しを行い、町外からの誘客を強化する。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "J"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "hichiso_geo_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 井手町 (PDF, portrait)
# (記号, name, unit, R5実績, R6実績)
IDE_ACT = (
    ("ア", "山吹の補植本数", "本", 450, 620),
    ("イ", "観光ボランティアガイドの案内人数", "人", "延べ1,284", "延べ1,512"),
)
# (No., name, unit, 基準値（R2）, R4実績, R5実績, R6実績, 前年度比, R6目標, R7目標（最終）)
IDE_OUT = (
    (
        1,
        "玉川堤の観桜客数（さくらまつり期間中）",
        "千人",
        42.5,
        58.2,
        71.6,
        63.8,
        "△10.9%",
        70.0,
        75.0,
    ),
    (2, "観光案内所の利用者数", "人", 3120, 4260, 5380, 5910, "+9.9%", 5500, 6000),
    (
        3,
        "観光客アンケートで「また訪れたい」と回答した人の割合",
        "%",
        78.6,
        80.2,
        83.5,
        86.1,
        "+2.6ポイント",
        "85～90",
        90.0,
    ),
)


def build_ide():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHIJ", (5, 25, 6, 8, 8, 8, 8, 10, 8, 9)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:J1", "令和６年度　主要な施策の成果説明書", size=14, bold=True, h="center")
    merge(ws, "A2:J2", "令和7年9月　井手町　産業環境課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "観光・交流の振興"),
        ("事業名", "玉川桜・山吹景観保全・観光推進事業"),
        ("所管課", "産業環境課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和6年度　6,380千円（うち府補助金　1,500千円）"),
        ("関連計画", "第５次井手町総合計画"),
        (
            "事業の内容",
            "本町は京都府の南部に位置し、面積は18.04km²で、町域の約七割を山林が占める。人口は7,088人（2024年4月1日推計）である。"
            "町の中央を流れる玉川は日本六玉川の一つに数えられ、平成の名水百選に選ばれている。奈良時代の左大臣橘諸兄が堤に山吹を植えたと伝えられ、"
            "昭和28年（1953年）の南山城水害で堤の景観は一時失われたが、地元の尽力により復活した。現在は両岸の約1.5kmにソメイヨシノ約500本と山吹約12,000本が植えられている。"
            "本事業では、桜と山吹の保全・補植、さくらまつり期間中のライトアップ、観光案内所の運営とボランティアガイドの育成を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"事業の内容": 84})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "事業の実績", "単位", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for row in IDE_ACT:
        for col, v in zip("ABCDE", row):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="left" if col == "B" else ("center" if col in "AC" else "right"),
            )
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    heads = (
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R2）",
        "R4実績",
        "R5実績",
        "R6実績",
        "前年度比",
        "R6目標",
        "R7目標\n（最終）",
    )
    for col, text in zip("ABCDEFGHIJ", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals in IDE_OUT:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　前年度比は、R6実績をR5実績と比べた増減率（No.3は増減のポイント）であり、「△」は減少を表す。",
            "※2　No.1は、さくらまつり期間中の玉川堤の来訪者数を、町と商工会の調査をもとに推計した値である。",
            "※3　No.3のR6目標は幅を持たせて設定しており、達成の判断は下限の値で行う。",
        ],
        "J",
        height=22,
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "観光案内所の利用者数と再訪意向は目標を上回った。観桜客数は、開花が早く見頃が平日と重なったため前年度を下回り、R6目標の70.0千人に届かなかった。"
            "令和7年度は、山吹の見頃に合わせた案内を強化し、桜の時期以外の来訪を促す。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "J"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, SRC / "ide_tamagawa_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- あま市 (PDF, landscape)
# one 事務事業 a block: (No., name, 課, 事業費, activity, outcomes, 評価)
# activity: (name, unit, 5年度実績, 6年度実績); outcome: (name, unit, 5年度実績, 6年度目標, 6年度実績)
AMA_ROWS = (
    (
        1,
        "七宝焼アートヴィレッジ管理運営事業",
        "産業振興課",
        62480,
        ("七宝焼体験教室の開催回数", "回", 412, 436),
        (("七宝焼アートヴィレッジの入館者数", "千人", 52.8, 55.0, 56.1),),
        "A",
    ),
    (
        2,
        "甚目寺観音周辺にぎわい創出事業",
        "産業振興課",
        4860,
        ("観光ボランティアガイドの案内回数", "回", 96, 118),
        (
            ("甚目寺観光案内所の利用者数", "人", 8420, 9000, 8760),
            ("まち歩き参加者の満足度", "%", 90.8, 90.0, 92.4),
        ),
        "B",
    ),
)


def build_ama():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価結果一覧"
    widths = (5, 27, 10, 10, 24, 5, 8, 8, 24, 5, 8, 8, 8, 6)
    for col, w in zip("ABCDEFGHIJKLMN", widths):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:N1",
        "令和７年度　事務事業評価結果一覧表（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:N2", "令和7年8月　あま市　企画政策課", h="right")
    fields = [
        (
            "評価の対象",
            "令和6年度に実施した事務事業のうち、地域資源を生かした観光・交流に関するもの（抜粋）",
        ),
        (
            "市の概要",
            "本市は愛知県の北西部、尾張地方に位置し、平成22年（2010年）3月22日に七宝町・美和町・甚目寺町の3町が合併して県内37番目の市として誕生した。"
            "面積は27.49km²、人口は85,571人（2024年10月1日推計）で、市域のほぼ全域が海抜ゼロメートル地帯である。名古屋駅まで約15分の立地から、名古屋市のベッドタウンとして発展してきた。"
            "七宝地区では江戸時代末期から七宝焼の製造が盛んで、「尾張七宝」は国の伝統的工芸品に指定されている。甚目寺地区には、国の重要文化財5件を有し尾張四観音の一つに数えられる甚目寺観音がある。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "N"), {"市の概要": 44})
    r += 1
    put(ws, f"A{r}", "■事務事業評価結果（抜粋）", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"F{r}:N{r}",
        "評価　A：順調に成果が上がっている　B：概ね順調　C：見直しが必要",
        h="right",
    )
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ("No.", "事務事業名", "担当課", "事業費\n（千円）")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{h1}:H{h1}", "活動指標", bold=True, box=True, shade=True, h="center")
    merge(ws, f"I{h1}:M{h1}", "成果指標", bold=True, box=True, shade=True, h="center")
    merge(ws, f"N{h1}:N{h2}", "評価", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGH", ("指標名", "単位", "5年度\n実績", "6年度\n実績")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for col, text in zip("IJKLM", ("指標名", "単位", "5年度\n実績", "6年度\n目標", "6年度\n実績")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 28
    r = h2 + 1
    merge(
        ws,
        f"A{r}:N{r}",
        "施策3-2　地域資源を生かした観光・交流の振興",
        bold=True,
        box=True,
        shade=True,
    )
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, ka, cost, act, outs, grade in AMA_ROWS:
        last = r + len(outs) - 1
        for col, v, h in (
            ("A", no, "center"),
            ("B", name, "left"),
            ("C", ka, "center"),
            ("D", cost, "right"),
            ("E", act[0], "left"),
            ("F", act[1], "center"),
            ("G", act[2], "right"),
            ("H", act[3], "right"),
            ("N", grade, "center"),
        ):
            if last > r:
                merge(ws, f"{col}{r}:{col}{last}", v, box=True, h=h)
            else:
                put(ws, f"{col}{r}", v, box=True, h=h)
        for out in outs:
            for col, v in zip("IJKLM", out):
                fmt = "#,##0.0" if isinstance(v, float) else None
                put(
                    ws,
                    f"{col}{r}",
                    v,
                    box=True,
                    h="left" if col == "I" else ("center" if col == "J" else "right"),
                    fmt=fmt,
                )
            ws.row_dimensions[r].height = 30
            r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　事業費は、令和6年度の決算額である。",
            "※2　No.1の入館者数は、七宝焼ふれあい伝承館の入館者数である。",
            "※3　評価は、担当課による一次評価の結果である。",
        ],
        "N",
    )
    page(ws, landscape=True)
    save(wb, SRC / "ama_shippo_jimujigyo_ichiran_r6.xlsx")


# ---------------------------------------------------------------- 御浜町 (HTML)
# (label, name, unit, 事業開始前, 目標値, R4, R5, R6見込, 備考)
MIHAMA_ROWS = (
    (
        "①",
        "みかん就農に関する相談件数",
        "件",
        "5",
        "30",
        "27",
        "32",
        "35",
        "農業体験の申込みを含む",
    ),
    (
        "②",
        "新規就農研修の開始者数",
        "人",
        "2",
        "3年間で延べ15人",
        "9",
        "6",
        "5",
        "目標は事業期間3か年の合計",
    ),
    (
        "③",
        "町の農地バンクに登録された園地の面積",
        "ha",
        "―",
        "10.0",
        "―",
        "4.2",
        "8.6",
        "農地バンクは令和5年度に創設",
    ),
    (
        "④",
        "タウンプロモーションサイト「青を編む」の閲覧数",
        "千件",
        "―",
        "120.0",
        "86.4",
        "104.2",
        "118.5",
        "令和4年3月開設",
    ),
)


def mihama_rows():
    out = []
    for label, name, unit, *vals, note in MIHAMA_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        out.append(
            f'<tr><td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}<td class="name">{note}</td></tr>\n'
        )
    return "".join(out)


MIHAMA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和６年度） - 御浜町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyoseijoho/">行政情報</a></li>
<li><a href="/gyoseijoho/keikaku_shisaku/">計画・施策</a></li>
<li>交付金事業の効果検証（令和６年度）</li>
</ol></nav>
<main>
<h1>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和６年度）</h1>
<p class="update">更新日：2025年3月14日</p>
<p>御浜町は三重県の南部、熊野灘に面した町で、昭和33年（1958年）に阿田和町・神志山村・市木尾呂志村の1町2村が合併して誕生しました。面積は88.13km²、人口は8,079人（2020年国勢調査）です。温暖な気候を生かして一年を通して様々な柑橘が収穫され、「年中みかんのとれるまち」として知られています。</p>
<p>町では、みかん産地を持続可能なものとするため、令和3年度から「みかん、やったらええやん」を合言葉に新規就農者の確保に取り組んでおり、令和4年3月にはタウンプロモーションサイト「青を編む」を開設しました。交付金事業の最終年度である令和6年度の実績を見込値で取りまとめ、令和7年2月の御浜町地方創生推進会議で効果を検証しました。</p>
<dl>
<dt>交付対象事業の名称</dt><dd>みかん産地の担い手確保・移住促進事業</dd>
<dt>交付金の種類</dt><dd>デジタル田園都市国家構想交付金（地方創生推進タイプ）</dd>
<dt>事業期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　24,600千円（うち交付金　12,300千円）</dd>
<dt>担当課</dt><dd>企画課</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績</h2>
<p>令和6年度の実績値は、令和7年1月末までの実績をもとにした年度末の見込値です。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（令和3年度）</th><th scope="col" rowspan="2">目標値<br>（令和6年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">備考</th></tr>
<tr><th scope="col">令和4年度</th><th scope="col">令和5年度</th><th scope="col">令和6年度<br>（見込）</th></tr>
</thead>
<tbody>
"""
    + mihama_rows()
    + """</tbody>
</table>
<p>※　②の目標値は、事業期間（令和4年度～令和6年度）の3か年の合計です。</p>
<p>※　③は、令和5年度に町独自の農地バンク制度を創設したため、事業開始前と令和4年度は「―」としています。</p>
<p>※　④は、サイトの閲覧数（ページビュー）を千件単位で表しています。</p>
</main>
<footer><p>御浜町役場　企画課</p></footer>
</body>
</html>
"""
)


def build_mihama():
    (HERE / "mihama_mikan_kofukin_kensho_r6.html").write_text(MIHAMA, encoding="utf-8")


def to_pdf():
    for name in ("ide_tamagawa_shuyo_seika_r6", "ama_shippo_jimujigyo_ichiran_r6"):
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
    build_hichiso()
    build_ide()
    build_ama()
    build_mihama()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
