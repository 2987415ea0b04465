"""Build forms580: four KPI documents of 松原市, 明石市, 小牧市 and 森町.

Writes `matsubara_safecom_jimujigyo_r6.xlsx` (the workbook is the document), `mori_sogo_mokuhyo_shihyo_r5.html`
and the XLSX sources `source/akashi_senryaku_kpi_shinchoku_2024.xlsx` and `source/komaki_komakiyama_shuyo_seika_r5.xlsx`,
which LibreOffice turns into `akashi_senryaku_kpi_shinchoku_2024.pdf` and `komaki_komakiyama_shuyo_seika_r5.pdf`.
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
    wb.properties.creator = "forms580"
    wb.properties.lastModifiedBy = "forms580"
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


def notes_block(ws, r, notes, last_col):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    return r


def value_cell(ws, ref, v):
    numeric = not isinstance(v, str) or (re.search(r"\d", v) and not v.startswith("※"))
    put(ws, ref, v, box=True, h="right" if numeric else "center")


# ---------------------------------------------------------------- 松原市 (XLSX document, portrait)
# (区分 or None, No., name, unit, 算出方法, base H29, R4実績, R5実績, R6実績, R6目標, R8目標, 達成状況)
MATSUBARA_ROWS = (
    (
        "活動指標",
        1,
        "セーフコミュニティ出前講座の受講者数",
        "人",
        "出前講座の受講者名簿による集計",
        2140,
        2380,
        2615,
        2702,
        2600,
        2800,
        "達成",
    ),
    (
        None,
        2,
        "高齢者転倒予防教室（元気者エクササイズ）の参加者数",
        "〃",
        "教室の参加者の実人数",
        860,
        910,
        1046,
        1118,
        1200,
        1300,
        "未達成",
    ),
    (
        "成果指標",
        3,
        "セーフコミュニティを知っている市民の割合",
        "%",
        "市民意識調査（隔年実施、回答者約1,000人）で「知っている」と回答した人の割合",
        38.5,
        44.2,
        "―",
        47.9,
        50.0,
        55.0,
        "未達成",
    ),
    (
        None,
        4,
        "地域安全マップを作成した小学校区数",
        "校区",
        "地域安全マップの作成を終えた小学校区の数",
        4,
        9,
        11,
        13,
        12,
        15,
        "達成",
    ),
    (
        None,
        5,
        "セーフコミュニティ関連行事の参加者数",
        "千人",
        "安全・安心フェスタ、防災訓練等の参加者数の合計",
        6.2,
        7.4,
        8.1,
        8.9,
        8.5,
        9.5,
        "達成",
    ),
)


def build_matsubara():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJKL", (9, 5, 24, 6, 22, 9, 8, 8, 8, 8, 9, 9)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:L1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "作成日　令和7年7月18日　　松原市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "セーフコミュニティ推進事業"),
        ("担当課", "市民協働部　市民協働課"),
        ("関連計画", "松原市第5次総合計画（平成31年度～令和8年度）"),
        ("事業期間", "平成23年度～（継続事業）"),
        ("事業費（R6決算）", "8,740千円"),
        (
            "事業の概要",
            "本市は大阪府のほぼ中央に位置し、東西約5.8km、南北約5.1km、面積16.66km²のほぼ平坦なまちで、昭和30年（1955年）2月1日に2町3村が合併して市制を施行した。"
            "平成23年（2011年）にセーフコミュニティへの取組を宣言し、「子どもの安全」「高齢者の安全」「交通安全」「犯罪の防止」「自殺予防」「災害時の安全」の6つの重点課題ごとに対策委員会を設けて、"
            "平成25年（2013年）11月16日に大阪で初めてセーフコミュニティの国際認証を取得し、平成30年（2018年）11月に再認証を受けた。"
            "平成28年の刑法犯の件数は、取組を始めた平成23年から約46%（1,257件）減少している。"
            "本事業では、対策委員会の運営、出前講座、高齢者の転倒予防教室、地域安全マップづくりを行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "L"), {"事業の概要": 84})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip(
        "ABCDEFL",
        ("区分", "No.", "指標名", "単位", "算出方法", "基準値\n（H29）", "達成状況\n（R6）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{h1}:I{h1}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"J{h1}:K{h1}", "目標", bold=True, box=True, shade=True, h="center")
    for col, text in zip("GHIJK", ("R4", "R5", "R6", "R6", "R8（最終）")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    first = r
    for kind, no, name, unit, method, *vals in MATSUBARA_ROWS:
        if kind:
            span = 2 if no == 1 else 3
            merge(ws, f"A{r}:A{r + span - 1}", kind, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        put(ws, f"E{r}", method, size=8, box=True)
        for col, v in zip("FGHIJKL", vals):
            value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 36
        r += 1
    boxed(ws, f"A{first}:A{r - 1}")
    r = notes_block(
        ws,
        r,
        [
            "※1　No.3の市民意識調査は隔年で実施しており、令和5年度は調査を行っていない。",
            "※2　達成状況は、令和6年度の実績を令和6年度の目標と比べたものである。",
        ],
        "L",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "出前講座の受講者数、地域安全マップの作成校区数、関連行事の参加者数は目標を上回った。転倒予防教室は会場の改修で一部の教室を休止したため目標に届かず、認知度も目標を下回った。令和7年度は3回目の国際認証に向けて、若い世代への情報発信を強める。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "L"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "matsubara_safecom_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 明石市 (PDF, landscape)
# (基本目標 or None, rows in its block: (区分, name, unit, 2020, 2022, 2023, 2024, 前年度比, 2025目標))
AKASHI_BLOCKS = (
    (
        "基本目標1\nひとの流れをつくり、まちのにぎわいを高める",
        (
            (
                "数値目標",
                "社会増減数（転入者数－転出者数）",
                "人",
                1418,
                1302,
                604,
                "△125",
                "―",
                1000,
            ),
            (
                "KPI",
                "明石市立天文科学館の入館者数",
                "千人",
                148.2,
                176.5,
                205.3,
                214.8,
                "4.6%",
                230.0,
            ),
            (
                "KPI",
                "魚の棚商店街の休日歩行者通行量",
                "人/日",
                8420,
                11260,
                12950,
                12310,
                "△4.9%",
                13000,
            ),
        ),
    ),
    (
        "基本目標2\n誰もが安心して住み続けられるまちをつくる",
        (
            (
                "数値目標",
                "住みやすいと思う市民の割合",
                "%",
                91.2,
                92.0,
                91.5,
                92.4,
                "0.9ポイント",
                95.0,
            ),
            (
                "KPI",
                "健康寿命",
                "年",
                "男性 80.5\n女性 84.6",
                "男性 80.7\n女性 84.8",
                "男性 80.8\n女性 84.9",
                "男性 81.0\n女性 85.1",
                "―",
                "男性 81.5\n女性 85.5",
            ),
            ("KPI", "こども食堂の設置数", "箇所", 38, 45, 49, 52, "6.1%", 50),
        ),
    ),
)


def build_akashi():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    for col, w in zip("ABCDEFGHIJ", (24, 10, 34, 8, 13, 11, 11, 11, 11, 13)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "あかしSDGs前期戦略計画（明石市まち・ひと・しごと創生総合戦略（第2期））",
        size=13,
        bold=True,
        h="center",
    )
    merge(
        ws,
        "A2:J2",
        "数値目標・重要業績評価指標（KPI）の進捗状況（2024年度実績）",
        size=12,
        bold=True,
        h="center",
    )
    merge(ws, "A3:J3", "2025年（令和7年）8月　明石市 政策局 企画・調整課", h="right")
    fields = [
        ("計画の名称", "あかしSDGs前期戦略計画（明石市まち・ひと・しごと創生総合戦略（第2期））"),
        ("計画期間", "2022年度～2025年度（4年間）"),
        ("上位計画", "あかしSDGs推進計画（明石市第6次長期総合計画）（2022年度～2030年度）"),
        ("担当課", "政策局　企画・調整課"),
        (
            "市の概要",
            "明石市は兵庫県の南部に位置し、日本標準時子午線（東経135度）が通るまちである。市域は東西15.6km、南北9.4km、面積49.42km²で、明石海峡をはさんで淡路島を望む。"
            "大正8年（1919年）11月1日に県内4番目の市として誕生し、人口は306,453人（2024年10月1日）。2020年（令和2年）7月17日に県内で初めて「SDGs未来都市」に選定された。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "A"), ("B", "J"), {"市の概要": 44})
    r += 1
    put(ws, f"A{r}", "■数値目標・KPIの進捗", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip(
        "ABCDEIJ",
        (
            "基本目標",
            "区分",
            "指標",
            "単位",
            "現状値\n（2020年度）",
            "前年度比",
            "目標値\n（2025年度）",
        ),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{h1}:H{h1}", "実績値", bold=True, box=True, shade=True, h="center")
    for col, text in zip("FGH", ("2022年度", "2023年度", "2024年度")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for goal, rows in AKASHI_BLOCKS:
        merge(ws, f"A{r}:A{r + len(rows) - 1}", goal, box=True)
        for kind, name, unit, *vals in rows:
            put(ws, f"B{r}", kind, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            for col, v in zip("EFGHIJ", vals):
                value_cell(ws, f"{col}{r}", v)
            ws.row_dimensions[r].height = 30
            r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　前年度比は、2024年度実績の2023年度実績に対する増減率（割合の指標は増減ポイント）であり、「△」は減少を示す。",
            "※2　社会増減数は、各年度の転入者数から転出者数を差し引いた数であり、「△」は転出超過を示す。",
            "※3　健康寿命は「あかし健康プラン21（第3次）」と同じ算定方法による値である。",
            "※4　魚の棚商店街の休日歩行者通行量は、休日1日当たりの通行者数である。",
        ],
        "J",
    )
    page(ws, landscape=True)
    save(wb, SRC / "akashi_senryaku_kpi_shinchoku_2024.xlsx")


# ---------------------------------------------------------------- 小牧市 (PDF, portrait)
# (No., name, unit, 基準値R元, R3実績, R4実績, R5目標, R5実績, R6目標)
KOMAKI_ROWS = (
    (1, "史跡小牧山の来訪者数", "千人", 512.4, 398.0, 455.2, 520.0, "538.6※1", 540.0),
    (
        2,
        "小牧山城史跡情報館（れきしるこまき）の入館者数",
        "人",
        41250,
        "※2",
        38900,
        45000,
        47310,
        48000,
    ),
    (
        3,
        "山頂部主郭地区の石垣の復元整備延長",
        "m",
        0,
        "累計36",
        "累計84",
        "累計130",
        "累計142",
        "累計190",
    ),
    (4, "小牧山ボランティアガイドの案内人数", "人", 6820, 2150, 4980, 6000, 5720, 6500),
)


def build_komaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策成果"
    for col, w in zip("ABCDEFGHI", (6, 30, 6, 10, 9, 9, 9, 9, 9)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "令和５年度　主要な施策の成果報告書", size=14, bold=True, h="center")
    merge(ws, "A2:I2", "令和6年9月　小牧市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事業名", "史跡小牧山整備活用事業"),
        ("所管課", "教育委員会　文化振興課"),
        ("会計区分", "一般会計　10款 教育費　5項 社会教育費　3目 文化財保護費"),
        ("決算額", "令和5年度　218,640千円（うち国庫補助金　96,500千円）"),
        ("関連計画", "小牧市まちづくり推進計画第1次基本計画（分野別計画編　文化・スポーツ）"),
        ("事業期間", "令和3年度～令和7年度（山頂部主郭地区の石垣の復元整備）"),
        (
            "事業の内容",
            "本市は名古屋市の北方約15km、濃尾平野のほぼ中央に位置し、面積62.81km²、人口149,206人（令和6年4月1日）の市である。"
            "昭和30年（1955年）1月1日に小牧町・味岡村・篠岡村の3町村が合併して市制を施行した。"
            "市のシンボルである小牧山は、永禄6年（1563年）に織田信長が初めて自ら城を築いた地であり、天正12年（1584年）の小牧・長久手の戦いでは徳川家康が本陣を置いた。昭和2年に国の史跡に指定されている。"
            "本事業では、発掘調査の成果に基づく山頂部主郭地区の石垣の復元整備と、2019年4月25日に開館した小牧山城史跡情報館（れきしるこまき）を拠点とした情報発信を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の内容": 84, "会計区分": 20})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "事業の実績", "単位", "R4実績", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    put(ws, f"A{r}", "ア", box=True, h="center")
    put(ws, f"B{r}", "発掘調査現地説明会・歴史講座の開催回数", box=True)
    put(ws, f"C{r}", "回", box=True, h="center")
    value_cell(ws, f"D{r}", 6)
    value_cell(ws, f"E{r}", 8)
    ws.row_dimensions[r].height = 24
    r += 2
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    heads = (
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6目標",
    )
    for col, text in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals in KOMAKI_ROWS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals):
            value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　令和5年度の来訪者数は速報値（令和6年5月末時点）である。",
            "※2　令和3年度は、新型コロナウイルス感染症の感染拡大防止のための臨時休館があり、入館者数を集計していない。",
            "※3　No.3は、令和3年度の工事着手からの整備延長の累計である。",
        ],
        "I",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "石垣の復元整備は計画を上回って進み、れきしるこまきの入館者数と小牧山の来訪者数も目標を達成した。ボランティアガイドの案内人数は、ガイドの人数が減ったため目標に届かなかった。令和6年度はガイドの養成講座を開き、案内体制を立て直す。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, SRC / "komaki_komakiyama_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 森町 (HTML)
MORI_GROUPS = (
    (
        "3　活力・情報発信",
        (
            (
                "11",
                "観光交流客数（千人）",
                "1,052.3",
                "861.5",
                "975.0",
                "1,018.6",
                "1,100.0以上",
                "",
            ),
            (
                "12",
                "天宮神社十二段舞楽の観覧者数（人）",
                "約2,000",
                "約1,200",
                "約1,500",
                "約1,800",
                "2,500",
                "例大祭2日間の概数",
            ),
            (
                "13",
                "町公式SNSのフォロワー数（人）",
                "1,200",
                "6,850",
                "8,120",
                "9,430",
                "10,000",
                "R3から公式Instagramを含む",
            ),
        ),
    ),
    (
        "4　産業振興",
        (
            (
                "16",
                "次郎柿の出荷量（t）",
                "1,850",
                "1,420",
                "1,510",
                "1,365",
                "1,900",
                "R5は夏の高温で生育が遅れた",
            ),
            (
                "17",
                "観光交流客数（千人）（再掲）",
                "1,052.3",
                "861.5",
                "975.0",
                "1,018.6",
                "1,100.0以上",
                "No.11の再掲",
            ),
        ),
    ),
)


def mori_rows():
    out = []
    for pillar, rows in MORI_GROUPS:
        for i, (no, name, *vals) in enumerate(rows):
            head = f'<th scope="rowgroup" rowspan="{len(rows)}">{pillar}</th>' if i == 0 else ""
            cells = "".join(f"<td>{v}</td>" for v in vals[:-1])
            out.append(
                f'<tr>{head}<td class="c">{no}</td><td class="name">{name}</td>{cells}<td class="name">{vals[-1]}</td></tr>\n'
            )
    return "".join(out)


MORI = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第9次森町総合計画　目標指標の進捗状況（令和５年度） - 森町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th[scope="rowgroup"] { text-align: left; background: #eef3ea; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/keikaku/">計画・施策</a></li>
<li>目標指標の進捗状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第9次森町総合計画　目標指標の進捗状況（令和５年度）</h1>
<p class="update">更新日：2024年10月1日</p>
<p>森町は静岡県西部の遠州に位置し、面積133.91km²、人口16,486人（2024年8月1日推計）の町です。大正12年に町を訪れた地理学者の志賀重昂が「小京都」と称えたことから「遠州の小京都」と呼ばれ、全国京都会議には静岡県で唯一参加しています。遠江国一宮の小國神社、国の重要無形民俗文化財「遠江森町の舞楽」（小國神社・天宮神社・山名神社）、次郎柿の発祥の地として知られています。</p>
<p>第9次森町総合計画では、6つの基本の柱ごとに15の施策の基本方向を定め、199の主な事業と31の目標指標を進行管理の対象としています。令和5年度の実績がまとまりましたので、基本の柱3「活力・情報発信」と基本の柱4「産業振興」の目標指標をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>第9次森町総合計画</dd>
<dt>将来像</dt><dd>住む人も訪れる人も心和らぐ森町</dd>
<dt>計画期間</dt><dd>平成28年度～平成37年度（10年間）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>目標指標の進捗</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">基本の柱</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">目標指標</th><th scope="col" rowspan="2">策定時<br>（H26）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（H37）</th><th scope="col" rowspan="2">備考</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>
</thead>
<tbody>
"""
    + mori_rows()
    + """</tbody>
</table>
<p>※　目標指標の単位は、指標名の末尾の（　）内に記載しています。</p>
<p>※　No.17は、基本の柱3のNo.11を基本の柱4にも掲げて再掲しています。</p>
</main>
<footer><p>森町役場　企画財政課</p></footer>
</body>
</html>
"""
)


def build_mori():
    (HERE / "mori_sogo_mokuhyo_shihyo_r5.html").write_text(MORI, encoding="utf-8")


def to_pdf():
    for name in ("akashi_senryaku_kpi_shinchoku_2024", "komaki_komakiyama_shuyo_seika_r5"):
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
    build_matsubara()
    build_akashi()
    build_komaki()
    build_mori()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
