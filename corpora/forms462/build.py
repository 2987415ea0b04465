"""Build the forms462 documents.

Writes source/bibai_senryaku2_kpi_r5.xlsx, source/tsugaru_sogo2_seika_h30.xlsx and
source/nagai_senryaku_kpi_h30.xlsx and converts them to one-page A4 PDFs with LibreOffice;
writes the HTML page nikaho_senryaku_kpi_h30.html. XLSX and HTML are byte-stable (fixed zip
and core timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
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
    wb.properties.creator = "forms462"
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
        merged(ws, f"A{r}:{key_to}{r}", key, box=True, fill=SHADE, align="center")
        merged(ws, f"{first_val}{r}:{last_col}{r}", value, box=True)
        ws.row_dimensions[r].height = heights[i]


def note(ws, row, last_col, text, height=15):
    merged(ws, f"A{row}:{last_col}{row}", text, size=9)
    ws.row_dimensions[row].height = height


def cell(ws, ref, v, fill=None):
    """A grid cell: text as typed, right-aligned unless it is a dash or a mark."""
    align = "center" if v in ("", "―", "※") else "right"
    put(ws, ref, v, box=True, align=align, fill=fill)


def head(ws, ref, v):
    put(ws, ref, v, box=True, fill=SHADE, align="center", bold=True, size=9)


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def save(wb, name):
    path = SRC / name
    wb.save(path)
    stabilize(path)
    return path


# ---------------------------------------------------------------- 美唄市 (PDF, landscape)
def bibai():
    wb, ws = new_sheet("KPI実績R5", [6, 30, 10, 13, 12, 12, 12, 12, 14])
    merged(
        ws,
        "A1:I1",
        "第２期美唄市まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（ＫＰＩ）実績一覧（令和５年度）",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 24
    merged(ws, "A2:I2", "令和6年9月　美唄市 総務部 企画財政課", size=9, align="right")
    form(
        ws,
        3,
        "B",
        "I",
        [
            ("戦略の名称", "第２期美唄市まち・ひと・しごと創生総合戦略"),
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("担当課", "企画財政課"),
            (
                "市の現状",
                "本市の人口は1960年の87,345人をピークに減少を続け、2015年の国勢調査では23,035人となった。市西部の宮島沼は2002年11月に"
                "ラムサール条約湿地に登録され、春には最大6万5千羽のマガンが羽を休める。日本一長い直線道路（29.2km）の南端も本市にある。",
            ),
        ],
        [18, 18, 18, 44],
    )
    merged(ws, "A8:I8", "１　数値目標（基本目標ごと）", bold=True, size=11)
    ws.row_dimensions[8].height = 20
    merged(ws, "A9:C9", "基本目標", box=True, fill=SHADE, align="center", bold=True, size=9)
    merged(ws, "D9:F9", "数値目標", box=True, fill=SHADE, align="center", bold=True, size=9)
    head(ws, "G9", "基準値（H30）")
    head(ws, "H9", "実績値（R5）")
    head(ws, "I9", "目標値（R6）")
    goals = [
        (
            "基本目標１　地域経済をけん引する産業を育て、安定した雇用を創出する",
            "市内事業所の新規雇用者数",
            "118人",
            "96人",
            "130人",
        ),
        (
            "基本目標２　美唄への新しいひとの流れをつくる",
            "社会増減数（転入－転出）",
            "△187人",
            "△142人",
            "△100人",
        ),
    ]
    for i, (goal, name, base, act, tgt) in enumerate(goals):
        r = 10 + i
        merged(ws, f"A{r}:C{r}", goal, box=True)
        merged(ws, f"D{r}:F{r}", name, box=True)
        cell(ws, f"G{r}", base)
        cell(ws, f"H{r}", act)
        cell(ws, f"I{r}", tgt)
        ws.row_dimensions[r].height = 30
    ws.row_dimensions[12].height = 10
    merged(ws, "A13:I13", "２　重要業績評価指標（ＫＰＩ）", bold=True, size=11)
    ws.row_dimensions[13].height = 20
    for col, text in (("A", "No."), ("B", "ＫＰＩ"), ("C", "単位"), ("D", "基準値（R元）")):
        merged(
            ws, f"{col}14:{col}15", text, box=True, fill=SHADE, align="center", bold=True, size=9
        )
    merged(ws, "H14:I15", "最終目標（R6）", box=True, fill=SHADE, align="center", bold=True, size=9)
    head(ws, "E14", "令和4年度")
    merged(ws, "F14:G14", "令和5年度", box=True, fill=SHADE, align="center", bold=True, size=9)
    head(ws, "E15", "実績")
    head(ws, "F15", "目標")
    head(ws, "G15", "実績")
    kpis = [
        (
            "1",
            "宮島沼水鳥・湿地センター来館者数",
            "人",
            "14,820",
            "9,655",
            "15,000",
            "12,406",
            "16,000",
        ),
        ("2", "ふるさと納税寄附件数", "件", "6,250", "21,384", "20,000", "24,910", "25,000"),
        ("3", "ハスカップ作付面積", "ha", "13.2", "12.8", "13.5", "12.9", "14.0"),
        ("4", "合計特殊出生率", "―", "1.12", "1.08", "1.20", "※", "1.25"),
    ]
    for i, (no, name, unit, base, r4, t5, a5, fin) in enumerate(kpis):
        r = 16 + i
        cell(ws, f"A{r}", no)
        ws[f"A{r}"].alignment = Alignment(horizontal="center", vertical="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, align="center")
        cell(ws, f"D{r}", base)
        cell(ws, f"E{r}", r4)
        cell(ws, f"F{r}", t5, fill=LIGHT)
        cell(ws, f"G{r}", a5)
        merged(ws, f"H{r}:I{r}", fin, box=True, fill=LIGHT, align="right")
        ws.row_dimensions[r].height = 22
    note(
        ws,
        20,
        "I",
        "※ No.4の令和5年度実績は、北海道保健統計年報の公表（令和7年3月予定）後に確定します。",
    )
    note(
        ws,
        21,
        "I",
        "※ 数値目標の社会増減数は住民基本台帳による各年度の転入者数から転出者数を引いた数（△は転出超過）。",
    )
    page_setup(ws, True, "A1:I21")
    return save(wb, "bibai_senryaku2_kpi_r5.xlsx")


# ---------------------------------------------------------------- つがる市 (PDF, portrait)
def tsugaru():
    wb, ws = new_sheet("成果指標H30", [17, 27, 8, 10, 9, 9, 9, 11])
    merged(
        ws,
        "A1:H1",
        "第２次つがる市総合計画 前期基本計画\n施策の成果指標 達成状況（平成３０年度）",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 40
    merged(ws, "A2:H2", "平成31年4月　つがる市 総務部 企画調整課", size=9, align="right")
    form(
        ws,
        3,
        "A",
        "H",
        [
            ("計画の名称", "第２次つがる市総合計画（基本構想・前期基本計画）"),
            (
                "計画期間",
                "基本構想 平成28年度～平成37年度（10年間）／前期基本計画 平成28年度～平成32年度（5年間）",
            ),
            ("将来像", "未来に希望を感じる活力あるまち"),
            ("担当課", "企画調整課"),
            (
                "市の概要",
                "平成17年2月11日、木造町・森田村・柏村・稲垣村・車力村の5町村が合併して誕生。面積253.55km²、人口30,979人。"
                "日本海に面した七里長浜と屏風山の丘陵地帯が続き、屏風山のメロンは市の代表的な農産物である。",
            ),
        ],
        [18, 30, 18, 18, 44],
    )
    ws.row_dimensions[8].height = 10
    merged(ws, "A9:H9", "■施策別の成果指標", bold=True, size=11)
    ws.row_dimensions[9].height = 20
    for col, text in (
        ("A", "施策"),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "策定時\n（２７年度）"),
        ("H", "目標値\n（３２年度）"),
    ):
        merged(
            ws, f"{col}10:{col}11", text, box=True, fill=SHADE, align="center", bold=True, size=9
        )
    merged(ws, "E10:G10", "実績値", box=True, fill=SHADE, align="center", bold=True, size=9)
    head(ws, "E11", "２８年度")
    head(ws, "F11", "２９年度")
    head(ws, "G11", "３０年度")
    ws.row_dimensions[10].height = 18
    ws.row_dimensions[11].height = 18
    rows = [
        ("移住・定住支援制度による転入者数", "人", "24", "31", "38", "45", "60"),
        ("若年層（20～39歳）の転出超過数の抑制", "人", "186", "172", "190", "158", "120"),
        ("特定健康診査受診率", "％", "38.2", "39.5", "41.0", "42.3※", "60.0"),
        ("屏風山メロン出荷額", "百万円", "1,842", "1,905", "1,768", "1,951", "2,000"),
        ("新規就農者数", "人", "１２", "９", "１４", "１１", "１５"),
    ]
    for i, (name, unit, base, a28, a29, a30, tgt) in enumerate(rows):
        r = 12 + i
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, align="center")
        for col, v in zip("DEFGH", (base, a28, a29, a30, tgt)):
            cell(ws, f"{col}{r}", v, fill=LIGHT if col == "H" else None)
        ws.row_dimensions[r].height = 30
    merged(ws, "A12:A13", "1-1　若者の定住・移住の促進", box=True)
    merged(ws, "A14:A14", "2-1　健康寿命の延伸", box=True)
    merged(ws, "A15:A16", "4-1　農業の振興", box=True)
    note(ws, 17, "H", "※ ３０年度の特定健康診査受診率は速報値（法定報告前の数値）です。")
    note(ws, 18, "H", "注）表中の年度は平成の年度です。目標値の３２年度は計画の最終年度です。")
    page_setup(ws, False, "A1:H18")
    return save(wb, "tsugaru_sogo2_seika_h30.xlsx")


# ---------------------------------------------------------------- 長井市 (PDF, portrait)
def nagai():
    wb, ws = new_sheet("KPI実績H30", [17, 27, 7, 9, 9, 9, 9, 12])
    merged(
        ws,
        "A1:H1",
        "長井市まち・ひと・しごと創生総合戦略\n重要業績評価指標（ＫＰＩ）の実績（平成30年度）",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 40
    merged(ws, "A2:H2", "令和元年8月　長井市 総合政策課", size=9, align="right")
    form(
        ws,
        3,
        "A",
        "H",
        [
            ("戦略の名称", "長井市まち・ひと・しごと創生総合戦略"),
            ("推進期間", "平成27年度～平成31年度（5年間）"),
            ("担当課", "総合政策課"),
            (
                "市の概要",
                "面積214.67km²。最上川舟運の港町として栄え、長井紬の産地でもある。人口は平成7年頃まで3万3,000人前後で推移したが、"
                "平成22年には3万人を下回り、平成27年には65歳以上の割合が30%を超えた。「水と緑と花のまち」として、さくら・つつじ・あやめの名所を有する。",
            ),
        ],
        [18, 18, 18, 44],
    )
    ws.row_dimensions[7].height = 10
    merged(ws, "A8:H8", "基本目標２　新しい人の流れをつくる取組み", bold=True, size=11)
    ws.row_dimensions[8].height = 20
    for col, text in (("A", "施策"), ("B", "ＫＰＩ"), ("C", "単位")):
        merged(ws, f"{col}9:{col}10", text, box=True, fill=SHADE, align="center", bold=True, size=9)
    merged(ws, "D9:F9", "目標値", box=True, fill=SHADE, align="center", bold=True, size=9)
    merged(ws, "G9:H9", "実績値", box=True, fill=SHADE, align="center", bold=True, size=9)
    for col, text in zip("DEFGH", ("H29", "H30", "H31", "H29", "H30")):
        head(ws, f"{col}10", text)
    rows = [
        ("①移住相談窓口を通じた移住者数", "人", "20", "22", "25", "17", "23"),
        ("②お試し住宅の利用組数", "組", "―", "12", "15", "―", "14"),
        ("③市公式ＳＮＳのフォロワー数", "人", "3,000", "4,000", "5,000", "3,412", "3,870"),
        ("④観光入込客数", "千人", "720", "740", "760", "698", "705（見込）"),
        ("⑤あやめ公園の入園者数", "人", "48,000", "50,000", "52,000", "46,310", "51,204"),
    ]
    for i, (name, unit, t29, t30, t31, a29, a30) in enumerate(rows):
        r = 11 + i
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, align="center")
        for col, v in zip("DEFGH", (t29, t30, t31, a29, a30)):
            cell(ws, f"{col}{r}", v, fill=LIGHT if col in "DEF" else None)
        ws.row_dimensions[r].height = 30
    merged(ws, "A11:A12", "(1) 移住交流事業の推進", box=True)
    merged(ws, "A13:A13", "(3) シティプロモーションの強化", box=True)
    merged(ws, "A14:A15", "(4) 観光交流の充実", box=True)
    note(
        ws,
        16,
        "H",
        "※ ②は平成30年度に開始したお試し住宅事業の指標のため、平成29年度の目標値・実績値はありません。",
        height=18,
    )
    note(
        ws,
        17,
        "H",
        "※ ④の平成30年度実績は、平成31年1月～3月分を推計して加えた見込値です（山形県観光者数調査の確定前）。",
        height=18,
    )
    page_setup(ws, False, "A1:H17")
    return save(wb, "nagai_senryaku_kpi_h30.xlsx")


# ---------------------------------------------------------------- にかほ市 (HTML)
def nikaho():
    rows = [
        (
            "1",
            "象潟・鳥海山エリアの観光入込客数（千人）",
            "1,020",
            "1,105",
            "1,120",
            "1,068（H30年1～12月）",
            "1,150",
            "14",
        ),
        ("2", "移住相談件数（件）", "18", "42", "45", "51", "50", "16"),
        ("3", "新規創業者数（人）", "3", "5", "6", "４", "8", "18"),
        ("4", "企業誘致・増設件数（件）", "累計0", "累計4", "累計5", "累計6", "累計8", "18"),
        ("5", "婚活イベントによる成婚数（組）", "2", "3", "4", "4", "5", "22"),
    ]
    body = []
    for r in rows:
        tds = "".join(f"<td>{v}</td>" for v in r[2:])
        body.append(f"      <tr><td>{r[0]}</td><td>{r[1]}</td>{tds}</tr>")
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>にかほ市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績（平成30年度） - にかほ市</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '  <li><a href="/">ホーム</a></li>',
        '  <li><a href="/shisei/">市政情報</a></li>',
        '  <li><a href="/shisei/keikaku/">計画・施策</a></li>',
        "  <li>総合戦略の実績（平成30年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>にかほ市まち・ひと・しごと創生総合戦略 重要業績評価指標（ＫＰＩ）の実績（平成３０年度）</h1>",
        '<p class="date">更新日：2019年9月27日　担当：総務部 総合政策課</p>',
        "<p>にかほ市は、2005年（平成17年）10月1日に仁賀保町・金浦町・象潟町の3町が合併して誕生しました。面積は241.13km²で、"
        "鳥海山と象潟の九十九島の景観に恵まれています。市の人口は1955年（昭和30年）の35,944人をピークに減少し、2015年（平成27年）には25,324人となりました。</p>",
        "<p>平成27年11月に策定した総合戦略（推進期間：平成27年度～平成31年度）の4年目となる平成30年度の実績を、外部有識者会議（委員8名）の意見とともに公表します。</p>",
        "<h2>基本目標２　新しいひとの流れをつくり、にかほに人を呼び込む</h2>",
        "<table>",
        "  <thead>",
        "    <tr><th>No.</th><th>重要業績評価指標（KPI）</th><th>基準値<br>（H26）</th><th>H29実績</th><th>H30目標</th><th>H30実績</th><th>目標値<br>（H31）</th><th>総合戦略の<br>掲載頁</th></tr>",
        "  </thead>",
        "  <tbody>",
        *body,
        "  </tbody>",
        "</table>",
        "<p>※ 掲載頁は「にかほ市まち・ひと・しごと創生総合戦略」（平成27年11月）本文のページ番号です。</p>",
        "<p>※ No.1のH30実績は、年度集計の確定が令和元年11月となるため、暦年（平成30年1月～12月）の数値を掲載しています。</p>",
        "<p>※ No.4は平成27年度からの累計です。</p>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    (HERE / "nikaho_senryaku_kpi_h30.html").write_text("\n".join(out), encoding="utf-8")


def main():
    SRC.mkdir(exist_ok=True)
    nikaho()
    sources = [bibai(), tsugaru(), nagai()]
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
