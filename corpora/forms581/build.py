"""Build forms581: four KPI documents of 芦屋町, 白石町, 吉野川市 and 竹田市.

Writes `ashiya_kama_jimujigyo_r6.xlsx` (the workbook is the document), `yoshinogawa_sogo_seika_shihyo_r6.html`
and the XLSX sources `source/shiroishi_nosanbutsu_kofukin_kensho_r6.xlsx` and `source/taketa_onsen_shuyo_seika_r6.xlsx`,
which LibreOffice turns into `shiroishi_nosanbutsu_kofukin_kensho_r6.pdf` and `taketa_onsen_shuyo_seika_r6.pdf`.
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
    wb.properties.creator = "forms581"
    wb.properties.lastModifiedBy = "forms581"
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


# ---------------------------------------------------------------- 芦屋町 (XLSX document, portrait)
# (No., name, unit, R4実績, R5実績, R6目標, R6実績, 達成率（R6）, R7目標)
ASHIYA_ROWS = (
    (
        1,
        "茶会・鋳物体験講座の開催回数",
        "回",
        "20（参加312人）",
        "22（参加348人）",
        24,
        "25（参加401人）",
        "104.2%",
        24,
    ),
    (2, "企画展・特別展の開催回数", "回", 3, 4, 4, 4, "100.0%", 4),
    (3, "芦屋釜の里の入園者数", "千人", 14.6, 16.2, 18.0, 17.1, "95.0%", 19.0),
    (4, "芦屋釜の里の茶席の利用者数", "人", 5820, 6410, 7000, 7260, "103.7%", 7500),
    (5, "鋳物体験講座参加者の満足度", "%", "―", 92.4, 90.0, 94.1, "104.6%", 90.0),
)
# (区分, R4決算, R5決算, R6決算, R7予算)
ASHIYA_COST = (
    ("事業費", 21340, 23110, 24860, 25200),
    ("人件費（職員2.0人）", 15600, 15800, 16000, 16200),
    ("トータルコスト", 36940, 38910, 40860, 41400),
    ("入園者1人当たりコスト（円）", 2530, 2402, 2389, 2179),
)


def build_ashiya():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJ", (9, 5, 27, 6, 13, 13, 8, 13, 9, 8)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月18日　　芦屋町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "芦屋釜文化継承・誘客推進事業"),
        ("担当課", "芦屋釜振興課"),
        ("関連計画", "第6次芦屋町総合振興計画（令和3年度～令和12年度）"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "24,860千円（うち入園料等収入　4,120千円）"),
        (
            "事業の概要",
            "本町は福岡県の北端、遠賀川の河口に位置する町で、行政面積は11.60km²であるが、航空自衛隊芦屋基地と遠賀川が町域の約3分の1を占める。人口は約13,000人（2024年9月末現在）である。"
            "南北朝時代から筑前国芦屋津で造られた茶の湯釜「芦屋釜」は、国の重要文化財に指定されている茶の湯釜9点のうち8点を占める名品であるが、江戸時代の初期に途絶えた。"
            "町は平成7年（1995年）に「芦屋釜の里」を開園し、約3千坪の日本庭園、大小2つの茶室、資料館及び芦屋釜復興工房で、芦屋釜の復興と公開に取り組んでいる。"
            "本事業では、開園記念茶会（5月3日～5日）をはじめとする茶会、鋳物体験講座及び企画展を開催し、芦屋釜の文化の継承と入園者の増加を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"事業の概要": 86})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成率\n（R6）",
        "R7目標",
    )
    for col, text in zip("ABCDEFGHIJ", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    merge(ws, f"A{r}:A{r + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{r + 2}:A{r + 4}", "成果指標", box=True, h="center")
    for no, name, unit, *vals in ASHIYA_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            put(ws, f"{col}{r}", v, box=True, h="center" if v == "―" else "right", fmt=fmt)
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.1の実績欄の（　）内は、茶会・講座への参加者数である。",
            "※2　達成率は、R6実績をR6目標で除して算出している。",
            "※3　No.5は、令和5年度から講座終了時のアンケートを実施しているため、R4実績は「―」としている。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　コストの推移", size=11, bold=True, wrap=False)
    merge(ws, f"H{r}:J{r}", "（単位：千円）", h="right")
    r += 1
    merge(ws, f"A{r}:D{r}", "区分", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGH", ("R4決算", "R5決算", "R6決算", "R7予算")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for label, *vals in ASHIYA_COST:
        merge(ws, f"A{r}:D{r}", label, box=True)
        for col, v in zip("EFGH", vals):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 18
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※4　入園者1人当たりコストは、トータルコストを入園者数（R7予算はR7目標の19.0千人）で除して算出した値（単位：円）である。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "A（順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "茶会・講座の開催回数、茶席の利用者数及び講座参加者の満足度は目標を上回った。入園者数は前年度を0.9千人上回ったものの、夏季の猛暑の影響で目標には届かなかった。令和7年度は開園30周年の記念事業を行い、町外からの誘客を強化する。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "J"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "ashiya_kama_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 白石町 (PDF, landscape)
# (label, name, unit, 事業開始前, 2022目標, 2022実績, 2023目標, 2023実績, 2024目標, 2024実績, 達成状況)
SHIROISHI_ROWS = (
    (
        "①",
        "首都圏・関西圏の量販店へのれんこんの出荷量",
        "t",
        1020,
        1080,
        1104,
        1140,
        "1,186※2",
        1200,
        1231,
        "達成",
    ),
    (
        "②",
        "ふるさと納税の農産物返礼品に係る寄附額",
        "百万円",
        412,
        450,
        468,
        500,
        523,
        550,
        541,
        "未達成",
    ),
    (
        "③",
        "玉ねぎ・れんこんを使った加工品の新商品数（累計）",
        "件",
        "―",
        None,
        None,
        3,
        4,
        6,
        7,
        "達成",
    ),
    (
        "④",
        "町内農産物直売所の売上高",
        "千円",
        186400,
        190000,
        192310,
        195000,
        198760,
        200000,
        "204,520（暫定値）",
        "達成",
    ),
)


def build_shiroishi():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    for col, w in zip("ABCDEFGHIJK", (6, 38, 8, 13, 10, 10, 10, 10, 10, 14, 12)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート（令和６年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年8月　白石町　企画財政課", h="right")
    fields = [
        ("交付対象事業の名称", "しろいし農産物ブランド力強化・販路拡大事業"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("総事業費", "3か年計　42,600千円（うち交付金　21,300千円）"),
        ("担当課", "企画財政課"),
        ("関連計画", "白石町まち・ひと・しごと創生総合戦略（第2期）"),
        (
            "町の概要",
            "本町は佐賀県の南西部、佐賀市中心部から25km圏内に位置し、平成17年（2005年）1月1日に旧白石町、旧福富町、旧有明町が合併して誕生した。面積は99.56km²、人口は22,051人（令和2年国勢調査）である。"
            "東南部は有明海に面し、干満による潮位差は約6mに及ぶ。町西方の杵島山系から東へ広がる白石平野は、中世から幾多の干拓事業で造成された土地で、農地面積は5,940ha、耕地利用率は185%に達する。"
            "玉ねぎとれんこんは佐賀県一の生産量を誇る。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "K"), {"町の概要": 44})
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip(
        "ABCD",
        ("No.", "重要業績評価指標（KPI）", "単位", "事業開始前\n（2021年度）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for cols, year in (("EF", "2022年度"), ("GH", "2023年度"), ("IJ", "2024年度")):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[0]}{h2}", "目標値", bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{h2}", "実績値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"K{h1}:K{h2}", "達成状況\n（2024年度）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for label, name, unit, *vals in SHIROISHI_ROWS:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        status = vals[-1]
        for col, v in zip("DEFGHIJ", vals[:-1]):
            if v is None:
                continue
            put(ws, f"{col}{r}", v, box=True, h="center" if v == "―" else "right")
        if vals[1] is None:
            merge(ws, f"E{r}:F{r}", "―", box=True, h="center")
        put(ws, f"K{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　KPI③は、令和5年度（2023年度）の事業計画の変更により追加した指標のため、事業開始前及び2022年度の欄は「―」としている。",
            "※2　KPI①の2023年度実績は、前年度の効果検証シートで1,168tとしていた値を、JA出荷実績の確定により1,186tに訂正したものである。",
            "※3　KPI④の2024年度実績は、直売所の決算確定前の暫定値である。",
            "※4　達成状況は、2024年度の目標値と実績値を比べたものである。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "■事業の評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("総合評価", "地方創生に相当程度効果があった"),
        ("今後の方針", "事業の継続（自主財源による実施）"),
        (
            "外部有識者の意見",
            "れんこんの大都市圏向け出荷と加工品開発は着実に成果を上げている。ふるさと納税の寄附額は目標に届かなかったため、返礼品の組み合わせと発送時期を見直されたい。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "K"), {"外部有識者の意見": 30})
    page(ws, landscape=True)
    save(wb, SRC / "shiroishi_nosanbutsu_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 竹田市 (PDF, portrait)
TAKETA_ACT = (("ア", "温泉療養パスポートの発行数", "件", 1284, 1402),)
# (No., name, unit, 基準値, R5実績, R6実績, 目標値); 基準年度 and 目標年度 are merged per pair of rows
TAKETA_OUT = (
    (1, "温泉療養保健システムの利用者数", "人", 3860, 2974, 3412, 4000),
    (2, "長湯温泉の宿泊客数", "千人", 86.4, 71.2, 79.5, 90.0),
    (3, "温泉療養保健システム利用者の平均滞在日数", "泊", "約5.5", 5.2, 5.6, 6.0),
    (4, "温泉関連の観光消費額", "万円", 38600, 42150, 45380, 45000),
)


def build_taketa():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHI", (5, 27, 6, 9, 8, 9, 9, 9, 8)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "令和６年度　主要な施策の成果説明書", size=14, bold=True, h="center")
    merge(ws, "A2:I2", "令和7年9月　竹田市　商工観光課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "観光の振興"),
        ("事業名", "温泉療養保健システム推進事業"),
        ("所管課", "商工観光課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和6年度　18,740千円（うち入湯税充当額　6,200千円）"),
        ("関連計画", "第2期竹田市地方創生TOP総合戦略（令和2年度から5か年）"),
        (
            "事業の内容",
            "本市は大分県の南西部に位置し、平成17年（2005年）4月1日に竹田市・荻町・久住町・直入町の1市3町が合併して誕生した。面積は477.53km²、人口は18,621人（2024年2月1日推計）である。岡城跡は瀧廉太郎が「荒城の月」の構想を練った地として知られる。"
            "直入地域の長湯温泉は日本有数の炭酸泉で、昭和53年（1978年）に国民保養温泉地に指定され、平成27年（2015年）5月1日には市内の温泉とあわせて「竹田温泉群」として指定地域が拡大された。"
            "本市は平成23年度から、入湯税を財源に、3泊以上の宿泊者等を対象とした温泉療養保健システムに独自に取り組んでいる。本事業では、温泉療養パスポートの発行と長期滞在型の湯治プログラムを実施する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の内容": 96})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "事業の実績", "単位", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for row in TAKETA_ACT:
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
        "基準値",
        "基準\n年度",
        "R5実績",
        "R6実績",
        "目標値",
        "目標\n年度",
    )
    for col, text in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    first = r
    for no, name, unit, base, r5, r6, goal in TAKETA_OUT:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DFGH", (base, r5, r6, goal)):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 26
        r += 1
    merge(ws, f"E{first}:E{first + 1}", "R元", box=True, h="center")
    merge(ws, f"E{first + 2}:E{first + 3}", "R2", box=True, h="center")
    merge(ws, f"I{first}:I{first + 1}", "R7", box=True, h="center")
    merge(ws, f"I{first + 2}:I{first + 3}", "R6", box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　基準年度は、No.1・No.2は新型コロナウイルス感染症の影響を受ける前の令和元年度、No.3・No.4は制度を見直した令和2年度である。",
            "※2　No.3の基準値は、宿泊施設からの報告をもとにした概数である。",
            "※3　No.4は、市内の温泉施設・宿泊施設の売上等から推計した値である。",
        ],
        "I",
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
            "温泉療養保健システムの利用者数と長湯温泉の宿泊客数は前年度を上回り、回復が続いている。観光消費額は令和6年度の目標を達成したが、平均滞在日数は目標の6.0泊に届かなかった。令和7年度は、連泊向けの湯治プログラムを拡充する。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, SRC / "taketa_onsen_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 吉野川市 (HTML)
# (label or None for a （参考） row, name, unit, 基準値, R4, R5, R6, 目標R6, 目標R7)
YOSHINOGAWA_GROUPS = (
    (
        "施策3-2　観光・交流の推進",
        (
            (
                "①",
                "観光入込客数",
                "千人",
                "1,186.4",
                "742.5",
                "905.8",
                "1,021.3",
                "1,000.0",
                "1,200.0",
            ),
            (
                "②",
                "美郷ほたる館の入館者数",
                "人",
                "8,420",
                "6,115",
                "7,032",
                "7,486",
                "8,000以上",
                "8,500以上",
            ),
            (
                None,
                "（参考）菊人形・菊花展の来場者数",
                "人",
                "48,300",
                "31,200",
                "38,650",
                "41,900",
                "",
                "",
            ),
        ),
    ),
    (
        "施策4-1　移住・定住の促進",
        (
            ("③", "移住相談件数", "件", "64", "118", "131", "142", "130～150", "150～170"),
            (
                "④",
                "「吉野川市に住み続けたい」と思う市民の割合",
                "%",
                "76.8",
                "74.5",
                "―",
                "未集計",
                "78.0",
                "80.0",
            ),
            ("⑤", "お試し住宅の利用者数", "人", "35", "48", "57", "63", "60", "70"),
        ),
    ),
)


def yoshinogawa_rows():
    out = []
    for field, rows in YOSHINOGAWA_GROUPS:
        out.append("<tbody>\n")
        out.append(f'<tr><th scope="rowgroup" colspan="9" class="group">{field}</th></tr>\n')
        for label, name, unit, *vals in rows:
            cells = "".join(f"<td>{v}</td>" for v in vals)
            cls = ' class="ref"' if label is None else ""
            out.append(
                f'<tr{cls}><td class="c">{label or ""}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}</tr>\n'
            )
        out.append("</tbody>\n")
    return "".join(out)


YOSHINOGAWA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2次吉野川市総合計画　後期基本計画　成果指標の進捗状況（令和６年度） - 吉野川市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th.group { text-align: left; background: #eef1f6; }
tr.ref td { background: #f2f2f2; color: #555; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>成果指標の進捗状況（令和６年度）</li>
</ol></nav>
<main>
<h1>第2次吉野川市総合計画　後期基本計画　成果指標の進捗状況（令和６年度）</h1>
<p class="update">更新日：2025年9月26日</p>
<p>吉野川市は、2004年（平成16年）10月1日に麻植郡の鴨島町・川島町・山川町・美郷村が合併して誕生した市で、面積は144.14km²、人口は38,772人（2020年）です。吉野川の中流南岸に位置し、南部には「阿波富士」と呼ばれる高越山（1,133m）がそびえています。美郷地区の川田川流域は「美郷のホタル及びその発生地」として国の天然記念物に指定されており、美郷は2008年（平成20年）に全国で初めて梅酒特区の認定を受けました。鴨島の菊人形・菊花展は、大正14年から続く秋の恒例行事です。</p>
<p>後期基本計画の4年目にあたる令和6年度の実績がまとまりましたので、施策ごとに成果指標の進捗状況をお知らせします。目標値は、令和6年度の年度目標と、計画の最終年度である令和7年度の目標を掲載しています。</p>
<dl>
<dt>計画の名称</dt><dd>第2次吉野川市総合計画</dd>
<dt>将来像</dt><dd>世代を越えて夢紡ぐまち－新・生活創造都市をめざして－</dd>
<dt>計画期間</dt><dd>基本構想　平成28年度～令和7年度（10年間）／後期基本計画　令和3年度～令和7年度（5年間）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>施策ごとの成果指標の進捗状況</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（R元）</th><th scope="colgroup" colspan="3">実績値</th><th scope="colgroup" colspan="2">目標値</th></tr>
<tr><th scope="col">R4</th><th scope="col">R5</th><th scope="col">R6</th><th scope="col">R6</th><th scope="col">R7<br>（最終）</th></tr>
</thead>
"""
    + yoshinogawa_rows()
    + """</table>
<p>※　②の目標値は、入館者数の下限として「以上」で設定しています。</p>
<p>※　③の目標値は、相談体制の拡充の状況に応じて幅を持たせて設定しており、達成の判断は下限の値で行います。</p>
<p>※　④は、市民意識調査の結果です。令和5年度は調査を休止したため「―」、令和6年度の調査結果は集計中のため「未集計」としています。</p>
<p>※　（参考）の行は成果指標ではなく、施策の状況を示す参考値として掲載しています。</p>
</main>
<footer><p>吉野川市役所　企画財政課</p></footer>
</body>
</html>
"""
)


def build_yoshinogawa():
    (HERE / "yoshinogawa_sogo_seika_shihyo_r6.html").write_text(YOSHINOGAWA, encoding="utf-8")


def to_pdf():
    for name in ("shiroishi_nosanbutsu_kofukin_kensho_r6", "taketa_onsen_shuyo_seika_r6"):
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
    build_ashiya()
    build_shiroishi()
    build_taketa()
    build_yoshinogawa()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
