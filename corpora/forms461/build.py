"""Build the forms461 documents.

Writes source/minami_nigiyakaso_kensho_r5.xlsx and source/yoron_senryaku3_kpi_r7.xlsx and converts
them to one-page A4 PDFs with LibreOffice; writes the workbook document hokuei_teitanso_kpi_r6.xlsx
(left as it is) and the HTML page kawatana_senryaku2_kpi_r5.html. XLSX and HTML are byte-stable
(fixed zip and core timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
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
    wb.properties.creator = "forms461"
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
    """A grid cell: text as typed, right-aligned unless it is a dash or a word."""
    align = "center" if v in ("", "―", "◎", "○", "△") else "right"
    put(ws, ref, v, box=True, align=align, fill=fill)


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


# ---------------------------------------------------------------- 北栄町 (XLSX document, left as it is)
def hokuei():
    wb, ws = new_sheet("KPI進捗R6", [6, 40, 13, 13, 13, 16, 14, 30])
    merged(
        ws,
        "A1:H1",
        "北栄町の地域資源を活かしたまちの活性化と低炭素化の両立構想　ＫＰＩ進捗管理表（令和６年度）",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 24
    merged(ws, "F2:H2", "令和7年6月　北栄町", align="right")
    put(ws, "A4", "１　構想の概要", bold=True, size=11, wrap=False)
    form(
        ws,
        5,
        "B",
        "H",
        [
            (
                "構想の名称",
                "北栄町の地域資源を活かしたまちの活性化と低炭素化の両立構想～風力・農業・コナンで目指す低炭素まちづくり～",
            ),
            ("担当課", "生活環境課"),
            ("計画期間", "平成28年度～令和7年度（10年間）"),
            (
                "町の概要",
                "北栄町は2005年（平成17年）10月に北条町と大栄町が合併して誕生した。町域面積は57.15㎢で、日本海沿いの北条砂丘には高さ100mの風車9基が並ぶ。青山剛昌ふるさと館を中心に、年間約69万人が町を訪れている。",
            ),
        ],
        [18, 18, 18, 44],
    )
    put(ws, "A10", "２　ＫＰＩの進捗", bold=True, size=11, wrap=False)
    head = ["No.", "指標", "基準値（H27）", "R5実績", "R6目標", "R6実績", "最終目標（R7）", "備考"]
    for i, h in enumerate(head):
        put(ws, f"{get_column_letter(i + 1)}11", h, bold=True, box=True, fill=SHADE, align="center")
    rows = [
        (
            "1",
            "観光入込客数（青山剛昌ふるさと館・コナン通り）",
            "412,300",
            "688,400",
            "690,000",
            "691,020（速報値）",
            "700,000",
            "",
        ),
        (
            "2",
            "町営風力発電所の年間発電量",
            "21,300",
            "20,410",
            "22,000",
            "18,960",
            "22,000",
            "R6は1基が7月～12月に部品交換のため停止",
        ),
        (
            "3",
            "長いも（ねばりっこ）の出荷量",
            "310",
            "―",
            "380",
            "401",
            "400",
            "R5は集計方法見直しのため公表なし",
        ),
        (
            "4",
            "住宅用太陽光発電設備の設置補助件数",
            "累計 86",
            "累計 141",
            "累計 150",
            "累計 158",
            "累計 170",
            "",
        ),
    ]
    for r, row in enumerate(rows, start=12):
        put(ws, f"A{r}", row[0], box=True, align="center")
        put(ws, f"B{r}", row[1], box=True)
        for j, v in enumerate(row[2:7]):
            cell(ws, f"{get_column_letter(j + 3)}{r}", v)
        put(ws, f"H{r}", row[7], box=True, size=9)
        ws.row_dimensions[r].height = 30
    note(ws, 16, "H", "※単位：No.1 人、No.2 千kWh、No.3 t、No.4 件")
    note(ws, 17, "H", "※No.1のR6実績は速報値（令和7年5月末集計）。")
    put(ws, "A19", "（参考）町の基礎データ", bold=True, size=11, wrap=False)
    for i, h in enumerate(["項目", "", "R4", "R5", "R6"]):
        put(ws, f"{get_column_letter(i + 1)}20", h, bold=True, box=True, fill=SHADE, align="center")
    ws.merge_cells("A20:B20")
    for r, row in enumerate(
        [
            ("人口（各年度末・人）", "14,112", "13,871", "13,640"),
            ("世帯数（各年度末・世帯）", "5,402", "5,391", "5,376"),
        ],
        start=21,
    ):
        merged(ws, f"A{r}:B{r}", row[0], box=True)
        for j, v in enumerate(row[1:]):
            cell(ws, f"{get_column_letter(j + 3)}{r}", v)
    page_setup(ws, True, "A1:H22")
    path = HERE / "hokuei_teitanso_kpi_r6.xlsx"
    wb.save(path)
    stabilize(path)
    return None


# ---------------------------------------------------------------- 美波町 (PDF, landscape)
def minami():
    wb, ws = new_sheet("効果検証R5", [34, 7, 12, 6, 13, 13, 22, 13, 13])
    merged(
        ws,
        "A1:I1",
        "令和５年度　にぎやかそ美波まち・ひと・しごと創生推進計画　効果検証シート",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 24
    merged(ws, "F2:I2", "令和6年8月　美波町", align="right")
    form(
        ws,
        4,
        "A",
        "I",
        [
            ("地域再生計画の名称", "にぎやかそ美波まち・ひと・しごと創生推進計画"),
            ("担当課", "政策推進課"),
            ("計画期間", "令和2年4月1日～令和7年3月31日"),
            (
                "町の現状",
                "本町の人口は、1980年の11,866人から2015年には7,092人となり、住民基本台帳では2020年に6,378人となった。国立社会保障・人口問題研究所の推計では、2045年には3,915人まで減少するとされている。",
            ),
        ],
        [18, 18, 18, 36],
    )
    put(ws, "A9", "■ＫＰＩの推移（上段：目標値、下段：実績値）", bold=True, size=11, wrap=False)
    head = [
        "ＫＰＩ",
        "単位",
        "基準値\n（2019年度）",
        "区分",
        "2020年度",
        "2021年度",
        "2022年度",
        "2023年度",
        "2024年度",
    ]
    for i, h in enumerate(head):
        put(ws, f"{get_column_letter(i + 1)}10", h, bold=True, box=True, fill=SHADE, align="center")
    ws.row_dimensions[10].height = 30
    kpis = [
        (
            "①サテライトオフィス進出企業数（累計）",
            "社",
            "18",
            ["20", "22", "24", "26", "28"],
            ["20", "21", "23", "25", ""],
        ),
        (
            "②移住相談件数",
            "件",
            "85",
            ["90", "95", "100", "105", "110"],
            ["78", "102", "131（うちオンライン47）", "118", ""],
        ),
        (
            "③空き家バンク成約件数",
            "件",
            "6",
            ["7", "8", "9", "10", "10"],
            ["5", "9", "12", "8", ""],
        ),
        (
            "④町内宿泊施設の延べ宿泊者数",
            "千人",
            "41.2",
            ["43.0", "45.0", "47.0", "49.0", "50.0"],
            ["30.5", "36.8", "44.9", "51.3", ""],
        ),
    ]
    r = 11
    for i, (name, unit, base, targets, actuals) in enumerate(kpis):
        merged(ws, f"A{r}:A{r + 1}", name, box=True)
        merged(ws, f"B{r}:B{r + 1}", unit, box=True, align="center")
        merged(ws, f"C{r}:C{r + 1}", base, box=True, align="right")
        put(ws, f"D{r}", "目標", box=True, align="center", fill=LIGHT)
        put(ws, f"D{r + 1}", "実績", box=True, align="center")
        for j in range(5):
            cell(ws, f"{get_column_letter(j + 5)}{r}", targets[j], fill=LIGHT)
            cell(ws, f"{get_column_letter(j + 5)}{r + 1}", actuals[j])
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
        if i == 1:
            note(
                ws,
                r,
                "I",
                "　※③は2022年度から対象を町内全域に拡大（2021年度までは日和佐地区のみ）。目標値は拡大前に設定したものを据え置いている。",
            )
            r += 1
    note(
        ws,
        r,
        "I",
        "※2024年度の実績は令和7年度の効果検証で報告する。④の宿泊者数は町内11施設への聞き取りによる。",
    )
    page_setup(ws, True, f"A1:I{r}")
    path = SRC / "minami_nigiyakaso_kensho_r5.xlsx"
    wb.save(path)
    stabilize(path)
    return path


# ---------------------------------------------------------------- 与論町 (PDF, portrait)
def yoron():
    wb, ws = new_sheet("KPI一覧", [10, 34, 7, 13, 12, 12, 12])
    merged(
        ws,
        "A1:G1",
        "第３期与論町総合戦略\n基本目標・重要業績評価指標（ＫＰＩ）一覧",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 40
    merged(ws, "E2:G2", "令和7年4月　与論町", align="right")
    put(ws, "A3", "１　戦略の概要", bold=True, size=11, wrap=False)
    form(
        ws,
        4,
        "A",
        "G",
        [
            ("計画期間", "令和7年度～令和11年度（5年間）"),
            ("担当課", "企画観光課"),
            (
                "町の概要",
                "与論町は鹿児島県の最南端、与論島1島で1町を形成する。面積20.58km²、人口4,966人（2024年5月1日推計）。干潮時にだけ現れる百合ヶ浜や、国の重要無形民俗文化財「与論十五夜踊り」で知られる。",
            ),
        ],
        [18, 18, 46],
    )
    put(ws, "A8", "２　基本目標と重要業績評価指標（ＫＰＩ）", bold=True, size=11, wrap=False)
    for ref, h in [
        ("A9", "区分"),
        ("B9", "指標名"),
        ("C9", "単位"),
        ("D9", "基準値\n（R5）"),
        ("E9", "R6見込"),
    ]:
        merged(ws, f"{ref}:{ref[0]}10", h, bold=True, box=True, fill=SHADE, align="center")
    merged(ws, "F9:G9", "目標値", bold=True, box=True, fill=SHADE, align="center")
    put(ws, "F10", "R9（中間）", bold=True, box=True, fill=SHADE, align="center")
    put(ws, "G10", "R11（最終）", bold=True, box=True, fill=SHADE, align="center")
    ws.row_dimensions[9].height = 18
    ws.row_dimensions[10].height = 18
    rows = [
        ("年間観光客数", "人", "71,200", "76,500", "82,000", "90,000"),
        ("社会増減数（転入－転出）", "人", "△18", "△5", "±0", "10"),
        ("島内宿泊施設の延べ宿泊者数", "人", "118,400", "124,000", "130,000", "140,000"),
        ("ふるさと納税の寄附件数", "件", "4,120（R4）", "５，８３０", "6,500", "7,500"),
        ("移住相談窓口を通じた移住者数", "人", "14", "―", "20", "25"),
    ]
    merged(ws, "A11:A12", "数値目標", box=True, align="center")
    merged(ws, "A13:A15", "ＫＰＩ", box=True, align="center")
    for r, row in enumerate(rows, start=11):
        put(ws, f"B{r}", row[0], box=True)
        put(ws, f"C{r}", row[1], box=True, align="center")
        for j, v in enumerate(row[2:]):
            cell(ws, f"{get_column_letter(j + 4)}{r}", v)
        ws.row_dimensions[r].height = 22
    note(
        ws,
        16,
        "G",
        "※「ふるさと納税の寄附件数」の基準値は、R5の集計が確定していないためR4の実績を用いた。",
    )
    note(
        ws,
        17,
        "G",
        "※R6見込の「―」は、移住者アンケートをR6に実施していないもの。△はマイナスを表す。",
    )
    page_setup(ws, False, "A1:G17")
    path = SRC / "yoron_senryaku3_kpi_r7.xlsx"
    wb.save(path)
    stabilize(path)
    return path


# ---------------------------------------------------------------- 川棚町 (HTML)
KAWATANA_GOALS = [
    (
        "基本目標1　地域の産業を育て、安定したしごとをつくる",
        [
            ("新規就農者数", "2人（H30）", "3人", "3人", "4人", "3人", "◎"),
            ("町内事業所の新規雇用者数", "42人（R元）", "38人", "45人", "47人", "50人", "◎"),
        ],
    ),
    (
        "基本目標2　川棚町への新しいひとの流れをつくる",
        [
            ("移住者数", "21人（H30）", "35人", "40人", "33人", "45人", "○"),
            (
                "観光入込客数",
                "31.2万人（R元）",
                "24.8万人",
                "30.0万人",
                "28.6万人",
                "32.0万人",
                "△",
            ),
            ("【再掲】新規就農者数", "2人（H30）", "3人", "3人", "4人", "3人", "◎"),
        ],
    ),
]


def kawatana():
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="UTF-8">',
        "<title>第2期川棚町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） | 川棚町</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol><li><a href="/">トップページ</a></li><li><a href="/gyousei/">町政情報</a></li><li><a href="/gyousei/keikaku/">計画・施策</a></li><li>KPIの進捗状況（令和5年度）</li></ol></nav>',
        "<main>",
        "<h1>第2期川棚町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</h1>",
        '<p class="date">2024年11月29日更新</p>',
        "<p>川棚町は長崎県の中央部、大村湾に面した面積37.25km²の町で、12,571人（2024年12月1日推計）が暮らしています。標高608mの虚空蔵山や日本の棚田百選「日向の棚田」など、豊かな自然に恵まれています。</p>",
        "<p>第2期総合戦略の4年目にあたる令和5年度の実績を取りまとめ、川棚町総合戦略推進会議（委員10名）で検証しました。</p>",
        "<dl>",
        "<dt>名称</dt><dd>第2期川棚町まち・ひと・しごと創生総合戦略</dd>",
        "<dt>計画期間</dt><dd>令和2年度～令和6年度</dd>",
        "<dt>担当課</dt><dd>企画財政課</dd>",
        "</dl>",
        "<p>進捗の記号　◎：目標達成　○：概ね順調（達成率80％以上）　△：遅れ（達成率80％未満）</p>",
    ]
    for heading, rows in KAWATANA_GOALS:
        out.append(f"<h2>{heading}</h2>")
        out.append("<table>")
        out.append("<thead>")
        out.append(
            '<tr><th scope="col">KPI</th><th scope="col">基準値</th><th scope="col">R4実績</th><th scope="col">R5目標</th><th scope="col">R5実績</th><th scope="col">目標値<br>（R6）</th><th scope="col">進捗</th></tr>'
        )
        out.append("</thead>")
        out.append("<tbody>")
        for row in rows:
            cells = "".join(f"<td>{v}</td>" for v in row[1:])
            out.append(f'<tr><th scope="row">{row[0]}</th>{cells}</tr>')
        out.append("</tbody>")
        out.append("</table>")
    out += [
        "<p>※基準値は、指標ごとに括弧内の年度の実績です。</p>",
        "<p>お問い合わせ：企画財政課 企画係</p>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    (HERE / "kawatana_senryaku2_kpi_r5.html").write_text("\n".join(out), encoding="utf-8")


def main():
    SRC.mkdir(exist_ok=True)
    hokuei()
    kawatana()
    sources = [minami(), yoron()]
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
