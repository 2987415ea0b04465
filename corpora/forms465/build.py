"""Build the forms465 documents.

Writes the workbook document waki_senryaku2_kpi_r5.xlsx (left as it is), the HTML page
kochi_tsuno_machizukuri2_seika_r5.html, and source/miyazaki_tsuno_kofukin_kensho_r5.xlsx and
source/ojika_sogo4_seika_saishu_r5.xlsx, which LibreOffice converts to one-page A4 PDFs.
XLSX and HTML are byte-stable (fixed zip and core timestamps).
Run: /work/venv/bin/python build.py [--no-pdf]
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
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
GREY = PatternFill("solid", fgColor="BFBFBF")
FIXED = "2025-06-01T00:00:00Z"


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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 1, 0, 0, 0))
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
    wb.properties.creator = "forms465"
    return wb, ws


def put(
    ws, ref, value, bold=False, size=10, box=False, fill=None, align="left", wrap=True, italic=False
):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def merged(ws, rng, value, **kw):
    put(ws, rng.split(":")[0], value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        for row in ws[rng]:
            for c in row:
                c.border = BOX
                if kw.get("fill"):
                    c.fill = kw["fill"]


def form(ws, top, key_to, last_col, fields, heights):
    """Key-value rows: the key in A (merged to key_to), the value merged up to last_col."""
    first_val = get_column_letter(ws[f"{key_to}1"].column + 1)
    for i, (key, value) in enumerate(fields):
        r = top + i
        if key_to == "A":
            put(ws, f"A{r}", key, box=True, fill=SHADE, align="center")
        else:
            merged(ws, f"A{r}:{key_to}{r}", key, box=True, fill=SHADE, align="center")
        merged(ws, f"{first_val}{r}:{last_col}{r}", value, box=True)
        ws.row_dimensions[r].height = heights[i]


def note(ws, row, last_col, text, height=15, first="A"):
    merged(ws, f"{first}{row}:{last_col}{row}", text, size=9)
    ws.row_dimensions[row].height = height


def cell(ws, ref, v, fill=None, bold=False, italic=False, size=10):
    """A grid cell: numbers right-aligned, dashes, marks and words centred."""
    text = str(v)
    align = "right" if re.match(r"^[\d０-９累,，.．]", text) else "center"
    put(ws, ref, v, box=True, align=align, fill=fill, bold=bold, italic=italic, size=size)


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


# ---------------------------------------------------------------- 和木町 (XLSX document, left as it is)
WAKI_HEAD = [
    "No.",
    "指標名",
    "単位",
    "基準値（R元）",
    "R4実績",
    "R5目標",
    "R5実績",
    "把握時点",
    "備考",
]
WAKI_GOAL1 = [
    [
        "1",
        "町内事業所の新規雇用者数",
        "人",
        42,
        38,
        46,
        47,
        "R6.3.31",
        "町内主要事業所への聞き取り",
    ],
    ["2", "創業・第二創業の件数", "件", 0, "累計3", "累計5", "累計4", "R6.3.31", "R2からの累計"],
    [
        "3",
        "観光施設の入込客数（主要3施設の計）",
        "千人",
        186.4,
        142.0,
        180.0,
        171.3,
        "R5年12月末",
        "うち書きは内訳",
    ],
    ["", "　うち蜂ヶ峯総合公園", "千人", 121.0, 95.2, "―", 112.6, "R5年12月末", ""],
    ["", "　うちその他2施設", "千人", 65.4, 46.8, "―", 58.7, "R5年12月末", ""],
]
WAKI_GOAL2 = [
    ["4", "出生数", "人", 38, "３１", 38, "２９", "R6.3.31", "住民基本台帳"],
    ["5", "地域子育て支援拠点の登録世帯数", "世帯", 210, 236, 245, 251, "R5.10.1", ""],
]


def waki_grid(ws, top, heading, rows):
    ws.row_dimensions[top].height = 20
    merged(ws, f"A{top}:I{top}", heading, bold=True, size=11)
    for i, h in enumerate(WAKI_HEAD):
        cell(ws, f"{get_column_letter(i + 1)}{top + 1}", h, fill=SHADE)
    ws.row_dimensions[top + 1].height = 20
    for r, row in enumerate(rows, start=top + 2):
        sub = row[0] == ""
        for i, v in enumerate(row):
            ref = f"{get_column_letter(i + 1)}{r}"
            if i == 1 or i == 8:
                put(ws, ref, v, box=True, size=9 if sub else 10, italic=sub)
            else:
                cell(ws, ref, v, size=9 if sub else 10, italic=sub)
            if isinstance(v, float):
                ws[ref].number_format = "0.0"
        ws.row_dimensions[r].height = 18
    return top + 2 + len(rows)


def waki():
    wb, ws = new_sheet("KPI進捗R5", [6, 36, 8, 13, 11, 11, 11, 13, 28])
    merged(
        ws,
        "A1:I1",
        "和木町第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）進捗管理表（令和５年度）",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    put(ws, "I2", "令和6年8月30日作成", align="right", size=9)
    form(
        ws,
        4,
        "A",
        "I",
        [
            ("戦略の名称", "和木町第２期まち・ひと・しごと創生総合戦略"),
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("担当課", "総務課"),
            (
                "町の概要",
                "本町は山口県の東端に位置し、面積は10.58km²（うち約50％が山林）、人口は5,927人（2023年5月31日現在）です。"
                "昭和48年の町制施行から50年を迎え、日本初の石油化学コンビナートを擁する工業の町として、蜂ヶ峯総合公園などの憩いの場づくりにも取り組んでいます。",
            ),
        ],
        [18, 18, 18, 44],
    )
    ws.column_dimensions["A"].width = 11
    end = waki_grid(ws, 9, "■基本目標１　地域の産業を支え、安定したしごとをつくる", WAKI_GOAL1)
    note(ws, end, "I", "※把握時点は、R5実績値の集計時点です（期間の値はその期間の末日）。")
    note(ws, end + 1, "I", "※No.3の「うち」の行は内訳です。ＫＰＩは主要3施設の計の値です。")
    end = waki_grid(ws, end + 3, "■基本目標２　結婚・出産・子育ての希望をかなえる", WAKI_GOAL2)
    note(ws, end, "I", "※R5目標は、戦略の中間見直し（令和4年3月）で年度ごとに設定した値です。")
    page_setup(ws, True, f"A1:I{end}")
    path = HERE / "waki_senryaku2_kpi_r5.xlsx"
    wb.save(path)
    stabilize(path)


# ---------------------------------------------------------------- 津野町 (HTML)
TSUNO_ROWS = [
    [
        "1",
        "町産材の素材生産量",
        "㎥",
        "12,400",
        "13,050",
        "12,870",
        "13,420",
        "R5：13,500<br>R6：14,000",
    ],
    ["2", "移住者数", "人", "18", "24", "31", "２９", "R6：30"],
    ["3", "町内観光施設の入込客数", "千人", "86.2", "71.5", "78.9", "84.0", "R5：82.0<br>R6：90.0"],
    ["4", "集落活動センターの設置数", "ヵ所", "4", "5", "6", "6", "R6：7"],
    ["5", "地域おこし協力隊員の任期後の定着率", "％", "50.0", "55.6", "60.0", "―", "R6：60.0"],
]


def kochi_tsuno():
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="UTF-8">',
        "<title>第2期津野町まちづくり計画 後期基本計画 成果指標の状況（令和5年度） | 津野町</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol><li><a href="/">トップページ</a></li><li><a href="/gyosei/">町政情報</a></li><li><a href="/gyosei/keikaku/">計画・施策</a></li><li>成果指標の状況（令和5年度）</li></ol></nav>',
        "<main>",
        "<h1>第2期津野町まちづくり計画 後期基本計画　成果指標の状況（令和５年度）</h1>",
        '<p class="date">更新日：2024年12月10日　担当：総務課 企画係</p>',
        "<p>津野町は高知県の中西部に位置し、面積197.85km²、人口5,794人の町です。平成27年に策定した「第2期津野町まちづくり計画」では6つの基本目標を掲げ、後期基本計画（令和2年度～令和6年度）の成果指標を毎年度検証しています。</p>",
        "<p>このページでは、基本目標2の5指標について令和5年度の状況をお知らせします。</p>",
        "<dl>",
        "<dt>計画の名称</dt><dd>第2期津野町まちづくり計画 後期基本計画</dd>",
        "<dt>計画期間</dt><dd>令和2年度～令和6年度</dd>",
        "<dt>担当課</dt><dd>総務課</dd>",
        "</dl>",
        "<h2>基本目標２　地域資源を活用した豊かなまちづくり</h2>",
        "<table>",
        "<thead>",
        '<tr><th scope="col">No.</th><th scope="col">成果指標</th><th scope="col">単位</th><th scope="col">策定時<br>（H30）</th><th scope="col">R3<br>実績</th><th scope="col">R4<br>実績</th><th scope="col">R5<br>実績</th><th scope="col">目標値</th></tr>',
        "</thead>",
        "<tbody>",
    ]
    for row in TSUNO_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in row[2:])
        out.append(f'<tr><td>{row[0]}</td><th scope="row">{row[1]}</th>{cells}</tr>')
    out += [
        "</tbody>",
        "</table>",
        '<p class="note">※目標値は、年度ごとの目標を「年度：値」の形で記載しています（R5は中間目標、R6は最終目標）。</p>',
        '<p class="note">※No.5のR5実績は、令和5年度中に任期を終えた隊員がいないため算出していません。</p>',
        "<p>お問い合わせ：総務課 企画係</p>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    (HERE / "kochi_tsuno_machizukuri2_seika_r5.html").write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 都農町 (PDF, landscape, one card per KPI)
MIYAZAKI_TSUNO_CARDS = [
    (
        "KPI①",
        "ワイン用ぶどうの町内生産量",
        "t",
        ["", "95", "105", "115"],
        ["88", "92", "108", "112"],
        "未達成",
    ),
    (
        "KPI②",
        "ワイン・果樹の返礼品による寄附額",
        "千円",
        ["", "42,000", "48,000", "55,000"],
        ["36,500", "44,800", "51,200", "57,900"],
        "達成",
    ),
    (
        "KPI③",
        "道の駅つのでの試飲・体験イベント参加者数",
        "人",
        ["", "1,200", "1,500", "1,800"],
        ["640", "910", "1,620", "1,950"],
        "達成",
    ),
    (
        "KPI④",
        "ワイナリー・果樹農家への新規就業者数（累計）",
        "人",
        ["", "2", "4", "6"],
        ["0", "1", "3", "5（見込）"],
        "未達成",
    ),
]


def tsuno_card(ws, top, left, card):
    """One KPI card: 6 rows by 5 columns starting at (top, left)."""
    label, name, unit, targets, actuals, status = card
    col = [get_column_letter(left + i) for i in range(5)]
    put(ws, f"{col[0]}{top}", label, bold=True, box=True, fill=SHADE, align="center")
    merged(ws, f"{col[1]}{top}:{col[4]}{top}", name, bold=True, box=True)
    put(ws, f"{col[0]}{top + 1}", "単位", box=True, fill=SHADE, align="center")
    merged(ws, f"{col[1]}{top + 1}:{col[4]}{top + 1}", unit, box=True)
    for i, h in enumerate(["区分", "R2（事業開始前）", "R3", "R4", "R5"]):
        cell(ws, f"{col[i]}{top + 2}", h, fill=SHADE)
    cell(ws, f"{col[0]}{top + 3}", "目標", fill=LIGHT)
    cell(ws, f"{col[0]}{top + 4}", "実績", fill=LIGHT)
    for i in range(4):
        cell(ws, f"{col[i + 1]}{top + 3}", targets[i], fill=GREY if targets[i] == "" else None)
        cell(ws, f"{col[i + 1]}{top + 4}", actuals[i])
    put(ws, f"{col[0]}{top + 5}", "達成状況（R5）", box=True, fill=SHADE, align="center", size=9)
    merged(ws, f"{col[1]}{top + 5}:{col[4]}{top + 5}", status, bold=True, box=True, align="center")
    for r in range(top, top + 6):
        ws.row_dimensions[r].height = 22


def miyazaki_tsuno():
    wb, ws = new_sheet("効果検証R5", [13, 16, 11, 11, 12, 3, 13, 16, 11, 11, 12])
    merged(
        ws,
        "A1:K1",
        "令和５年度　デジタル田園都市国家構想交付金（地方創生推進タイプ）効果検証シート",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    put(ws, "K2", "令和6年12月　都農町", align="right", size=9, wrap=False)
    form(
        ws,
        3,
        "B",
        "K",
        [
            ("交付対象事業の名称", "都農ワインと果樹を核とした「農の都」交流推進事業"),
            ("事業期間", "令和3年度～令和5年度（3か年）"),
            ("担当課", "総合政策課"),
            ("交付対象事業費", "R5：18,600千円（3か年の合計：52,300千円）"),
            (
                "町の概要",
                "都農町は宮崎県の中東部に位置し、面積102.11km²、人口9,462人（2024年11月1日推計）。2010年の口蹄疫からの復興を経て、"
                "地元産ぶどう100％の都農ワインや国の名勝・尾鈴山瀑布群を活かした交流人口の拡大に取り組んでいる。",
            ),
        ],
        [18, 18, 18, 18, 36],
    )
    ws.row_dimensions[8].height = 8
    merged(ws, "A9:K9", "■重要業績評価指標（ＫＰＩ）の推移", bold=True, size=11)
    ws.row_dimensions[9].height = 20
    note(
        ws,
        10,
        "K",
        "各表の「R2（事業開始前）」の列は事業開始前の令和2年度の実績で、基準値です（目標はありません）。",
    )
    tsuno_card(ws, 11, 1, MIYAZAKI_TSUNO_CARDS[0])
    tsuno_card(ws, 11, 7, MIYAZAKI_TSUNO_CARDS[1])
    ws.row_dimensions[17].height = 8
    tsuno_card(ws, 18, 1, MIYAZAKI_TSUNO_CARDS[2])
    tsuno_card(ws, 18, 7, MIYAZAKI_TSUNO_CARDS[3])
    note(
        ws,
        24,
        "K",
        "※KPI④のR5実績は、令和6年3月末までの就業予定者を含む見込値です。KPI④は令和3年度からの累計です。",
    )
    ws.row_dimensions[25].height = 8
    merged(ws, "A26:K26", "■総合評価", bold=True, size=11)
    merged(
        ws,
        "A27:K27",
        "4項目のうち2項目で目標を達成した。KPI①は令和5年夏の長雨の影響で収量が伸びず、目標に3t届かなかった。"
        "事業終了後も、町の一般財源により体験イベントを年2回継続する。",
        box=True,
    )
    ws.row_dimensions[27].height = 36
    page_setup(ws, True, "A1:K27")
    path = SRC / "miyazaki_tsuno_kofukin_kensho_r5.xlsx"
    wb.save(path)
    stabilize(path)
    return path


# ---------------------------------------------------------------- 小値賀町 (PDF, portrait)
OJIKA_HEAD = [
    "No.",
    "成果指標",
    "単位",
    "策定時\n（H24）",
    "中間実績\n（H30）",
    "R4実績",
    "R5実績",
    "目標値\n（H35）",
    "（参考）\n県全体\n（R5）",
    "判定",
]
OJIKA_ROWS = [
    ["1", "観光客数（延べ）", "千人", "48.6", "62.3", "41.8", "52.4", "60.0", "31,020", "○"],
    ["2", "漁業就業者数", "人", "232", "198", "176", "171", "200", "10,850", "○"],
    ["3", "移住者数（年間）", "人", "12", "31", "26", "35", "30", "―", "◎"],
    ["4", "出生数", "人", "14", "9", "8", "７", "15", "7,560", "×"],
    [
        "5",
        "高齢者のうち要介護認定を受けていない人の割合",
        "％",
        "78.4",
        "79.1",
        "78.0",
        "79.6",
        "80.0",
        "79.9",
        "○",
    ],
]


def ojika():
    wb, ws = new_sheet("成果指標R5", [5, 30, 6, 9, 9, 8, 8, 9, 10, 6])
    merged(
        ws,
        "A1:J1",
        "第４次小値賀町総合計画　成果指標の最終検証（令和５年度）",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 28
    put(ws, "J2", "令和6年9月　小値賀町", align="right", size=9, wrap=False)
    form(
        ws,
        4,
        "B",
        "J",
        [
            ("計画の名称", "第4次小値賀町総合計画"),
            ("計画期間", "平成26年度～平成35年度（10年間）"),
            ("担当課", "総務課"),
            (
                "町の概要",
                "小値賀町は五島列島の北部に位置し、小値賀島と周辺の大小17の島からなる面積25.46km²の町です。"
                "平成26年に策定した本計画は令和5年度で10年目の最終年度を迎え、成果指標の最終検証を行いました。"
                "野崎島の集落跡や、春のおぢか国際音楽フェスティバルには、島外から多くの人が訪れます。",
            ),
        ],
        [18, 18, 18, 62],
    )
    ws.column_dimensions["A"].width = 5
    ws.row_dimensions[8].height = 10
    merged(ws, "A9:J9", "２　成果指標の達成状況", bold=True, size=11)
    ws.row_dimensions[9].height = 22
    for i, h in enumerate(OJIKA_HEAD):
        cell(ws, f"{get_column_letter(i + 1)}10", h, fill=SHADE, size=9)
    ws["I10"].fill = LIGHT
    ws.row_dimensions[10].height = 44
    for r, row in enumerate(OJIKA_ROWS, start=11):
        for i, v in enumerate(row):
            ref = f"{get_column_letter(i + 1)}{r}"
            if i == 1:
                put(ws, ref, v, box=True)
            else:
                cell(ws, ref, v, fill=LIGHT if i == 8 else None)
        ws.row_dimensions[r].height = 30
    note(ws, 16, "J", "判定：◎目標達成　○目標の8割以上　×目標の8割未満")
    note(
        ws,
        17,
        "J",
        "※計画書の「平成35年度」は、改元により令和5年度にあたります。目標値（H35）は令和5年度の目標です。",
        height=26,
    )
    note(
        ws,
        18,
        "J",
        "※（参考）県全体の欄は長崎県全体の値（No.1は千人、No.2・No.4は人、No.5は％）で、本町の指標値ではありません。",
        height=26,
    )
    note(ws, 19, "J", "※No.3は各年度に転入した移住者の数（年間）です。")
    ws.row_dimensions[20].height = 10
    merged(ws, "A21:J21", "３　総括", bold=True, size=11)
    merged(
        ws,
        "A22:J22",
        "5指標のうち目標を達成したのは1指標（No.3）であった。観光客数は令和2年度に2万人台まで落ち込んだが回復しつつある。"
        "次期計画（令和6年度～令和15年度）では、漁業の担い手確保と子育て支援を重点に指標を見直した。",
        box=True,
    )
    ws.row_dimensions[22].height = 48
    page_setup(ws, False, "A1:J22")
    path = SRC / "ojika_sogo4_seika_saishu_r5.xlsx"
    wb.save(path)
    stabilize(path)
    return path


def main():
    SRC.mkdir(exist_ok=True)
    waki()
    kochi_tsuno()
    sources = [miyazaki_tsuno(), ojika()]
    if "--no-pdf" in sys.argv:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for path in sources:
            subprocess.run(
                ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(path)],
                check=True,
                capture_output=True,
            )
            shutil.move(str(Path(tmp) / (path.stem + ".pdf")), str(HERE / (path.stem + ".pdf")))


if __name__ == "__main__":
    main()
