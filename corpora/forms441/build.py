"""Build the forms441 documents.

Writes source/zentsuji_sesaku_hyoka_r6.xlsx and source/uki_jimujigyo_hyoka_r5.xlsx and converts
them to one-page A4 PDFs with LibreOffice; writes the workbook document maniwa_senryaku_kpi_r5.xlsx
and the HTML page nakama_senryaku_kpi_r5.html. XLSX and HTML are byte-stable (fixed zip and core
timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
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
SHADE = PatternFill("solid", fgColor="DDDDDD")
FIXED = "2024-07-01T00:00:00Z"


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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 1, 0, 0, 0))
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
    wb.properties.creator = "forms441"
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


def grid(ws, top, left, rows, height=None, fill=None, aligns=None):
    """Write a bordered grid; None cells stay empty but bordered."""
    for r, row in enumerate(rows):
        for k, v in enumerate(row):
            ref = f"{get_column_letter(left + k)}{top + r}"
            put(ws, ref, v, box=True, fill=fill, align=(aligns or {}).get(k, "center"))
        if height:
            ws.row_dimensions[top + r].height = height


def boxmerge(ws, rng):
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def form(ws, top, last_col, fields, heights):
    """Key-value rows: the key in column A, the value merged over B..last_col."""
    for i, (key, value) in enumerate(fields):
        r = top + i
        put(ws, f"A{r}", key, box=True, fill=SHADE, align="center")
        put(ws, f"B{r}", value, box=True)
        boxmerge(ws, f"B{r}:{last_col}{r}")
        ws.row_dimensions[r].height = heights[i]


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


# ---------------------------------------------------------------- 善通寺 (PDF, portrait)
def zentsuji():
    wb, ws = new_sheet("施策評価R6", [11, 30, 7, 6, 10, 9, 9, 9, 11, 10])
    put(ws, "A1", "第6次善通寺市総合計画　施策評価シート（令和６年度実績）", bold=True, size=14)
    ws.merge_cells("A1:J1")
    put(ws, "A2", "令和7年7月　善通寺市 産業振興課", align="right")
    ws.merge_cells("A2:J2")
    form(
        ws,
        3,
        "J",
        [
            ("施策番号", "3-2"),
            ("施策名", "観光の振興"),
            ("計画", "第6次善通寺市総合計画 前期基本計画"),
            ("担当課", "産業振興課"),
            (
                "施策の現状",
                "本市は面積39.93km²、人口30,736人（令和5年3月1日現在）のまちで、1954年（昭和29年）に1町4村が合併して誕生した。総本山善通寺をはじめ四国八十八箇所の5霊場を有し、2023年には弘法大師空海の生誕1250年を迎えた。四角スイカなどの特産品と合わせ、門前町のにぎわいを市内全体の周遊につなげることが課題である。",
            ),
        ],
        [18, 18, 18, 18, 62],
    )
    put(ws, "A9", "■成果指標の推移", bold=True, size=11)
    ws.merge_cells("A9:J9")
    put(ws, "A10", "方向：↑ 数値が大きいほど良い指標　↓ 数値が小さいほど良い指標", size=9)
    ws.merge_cells("A10:J10")
    grid(
        ws,
        11,
        1,
        [
            [
                "No.",
                "成果指標",
                "単位",
                "方向",
                "策定時\n（R2）",
                "R4実績",
                "R5実績",
                "R6目標",
                "R6実績\n（速報）",
                "目標\n（R7）",
            ]
        ],
        height=32,
        fill=SHADE,
    )
    grid(
        ws,
        12,
        1,
        [
            [
                "1",
                "観光入込客数",
                "千人",
                "↑",
                "1,020",
                "1,480",
                "1,910",
                "1,800",
                "1,870",
                "2,000",
            ],
            [
                "2",
                "市内宿泊施設の延べ宿泊者数",
                "人泊",
                "↑",
                "38,200",
                "52,600",
                "61,300",
                "60,000",
                "58,900",
                "65,000",
            ],
            [
                "3",
                "観光案内所に寄せられた苦情件数",
                "件",
                "↓",
                "４６",
                "３９",
                "３１",
                "３０",
                "２７",
                "２５",
            ],
            ["4", "門前町商店街の空き店舗数", "店", "↓", "24", "22", "21", "20", "21", "18"],
        ],
        height=22,
        aligns={1: "left", 4: "right", 5: "right", 6: "right", 7: "right", 8: "right", 9: "right"},
    )
    put(
        ws,
        "A16",
        "※R6実績は速報値（令和7年6月集計）です。確定値は次年度の評価シートで報告します。",
        size=9,
    )
    ws.merge_cells("A16:J16")
    put(ws, "A17", "※観光入込客数は香川県観光客動態調査の年度集計によります。", size=9)
    ws.merge_cells("A17:J17")
    form(
        ws,
        19,
        "J",
        [
            ("施策の評価", "B（概ね順調に推移している）"),
            (
                "今後の方向性",
                "宿泊者数は目標に届かなかったため、札所めぐりと市内宿泊を組み合わせた周遊商品を造成する。空き店舗の解消に向け、出店支援を継続する。",
            ),
        ],
        [18, 34],
    )
    page_setup(ws, False, "A1:J20")
    return wb


# ---------------------------------------------------------------- 宇城 (PDF, landscape)
def uki():
    wb, ws = new_sheet("事務事業評価R5", [10, 5, 34, 7, 11, 12, 12, 12, 11, 12])
    put(ws, "A1", "令和５年度　事務事業評価シート", bold=True, size=14)
    ws.merge_cells("A1:J1")
    put(ws, "A2", "作成日　令和6年7月19日", align="right")
    ws.merge_cells("A2:J2")
    form(
        ws,
        3,
        "J",
        [
            ("事業番号", "47"),
            ("事務事業名", "三角西港利活用推進事業"),
            ("担当課", "商工観光課"),
            ("上位計画", "第2次宇城市総合計画　基本計画　観光・交流の推進"),
            ("事業期間", "平成28年度～（継続）"),
            (
                "事業の概要",
                "宇城市は2005年1月15日に5町が合併して誕生した面積約188.5km²の市で、2015年国勢調査の人口は59,756人。三角西港は平成27年7月5日に「明治日本の産業革命遺産」の構成資産として世界文化遺産に登録された。ガイドツアーや情報発信により来訪者の満足度と滞在時間を高め、県内一の生産量を誇るデコポンなど特産品の販売につなげる。令和5年度決算額8,640千円。",
            ),
        ],
        [17, 17, 17, 17, 17, 48],
    )
    put(ws, "A10", "３　指標の状況", bold=True, size=11)
    ws.merge_cells("A10:J10")
    hdr = [
        [
            "区分",
            "No.",
            "指標名",
            "単位",
            "2020年度\n（基準）",
            "実績値／目標値（上段：実績　下段：目標）",
            None,
            None,
            "目標値",
            None,
        ],
        [
            None,
            None,
            None,
            None,
            None,
            "2021年度",
            "2022年度",
            "2023年度",
            "2024年度",
            "2025年度\n（最終）",
        ],
    ]
    grid(ws, 11, 1, hdr, height=30, fill=SHADE)
    for rng in ("A11:A12", "B11:B12", "C11:C12", "D11:D12", "E11:E12", "F11:H11", "I11:J11"):
        boxmerge(ws, rng)
    rows = [
        [
            "活動指標",
            "1",
            "三角西港ガイドツアーの実施回数",
            "回",
            "96",
            "58\n100",
            "112\n110",
            "130\n120",
            "130",
            "140",
        ],
        [
            None,
            "2",
            "SNS等による情報発信件数",
            "件",
            "150",
            "182\n160",
            "205\n180",
            "198\n200",
            "220",
            "240",
        ],
        [
            "成果指標",
            "3",
            "三角西港の観光入込客数",
            "千人",
            "132",
            "148\n160",
            "171\n180",
            "203\n200",
            "215",
            "230",
        ],
        [
            None,
            "4",
            "来訪者満足度（「満足」「やや満足」の割合）",
            "％",
            "78.4",
            "80.1\n80.0",
            "82.6\n82.0",
            "81.9\n84.0",
            "86.0",
            "88.0",
        ],
        [
            None,
            "5",
            "三角・不知火地区の宿泊者数",
            "人泊",
            "21,300",
            "18,900\n22,000",
            "23,800\n23,000",
            "25,100\n24,000",
            "25,000",
            "26,000",
        ],
    ]
    grid(
        ws,
        13,
        1,
        rows,
        height=32,
        aligns={2: "left", 4: "right", 5: "right", 6: "right", 7: "right", 8: "right", 9: "right"},
    )
    boxmerge(ws, "A13:A14")
    boxmerge(ws, "A15:A17")
    put(
        ws,
        "A18",
        "※観光入込客数は年度（4月～翌3月）の集計です。満足度は来訪者アンケート（各年度約400件）によります。",
        size=9,
    )
    ws.merge_cells("A18:J18")
    form(
        ws,
        20,
        "J",
        [
            (
                "評価",
                "指標5件のうち3件で令和5年度の目標を上回った。情報発信件数は担当職員の異動により目標を下回った。",
            )
        ],
        [30],
    )
    page_setup(ws, True, "A1:J20")
    return wb


# ---------------------------------------------------------------- 真庭 (XLSX document)
def maniwa():
    wb, ws = new_sheet("KPI実績（R5）", [10, 36, 7, 11, 10, 10, 22, 10, 12, 28])
    put(
        ws,
        "A1",
        "第2期真庭市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）実績一覧（令和５年度）",
        bold=True,
        size=13,
    )
    ws.merge_cells("A1:J1")
    form(
        ws,
        3,
        "J",
        [
            (
                "戦略の名称",
                "第2期真庭市まち・ひと・しごと創生総合戦略　愛する”あなた”への贈り物 ～人に恋する 地域を愛する～",
            ),
            ("計画期間", "令和3（2021）年度～令和7（2025）年度（5年間）"),
            ("担当課", "総合政策部 総合政策課"),
            (
                "市の概要",
                "真庭市は2005年（平成17年）3月31日に9町村が合併して誕生した。面積は828km²で岡山県最大、その約8割を森林が占める。平成26年にバイオマス産業都市に選定され、木質バイオマスを軸としたまちづくりを進めている。",
            ),
        ],
        [18, 18, 18, 48],
    )
    put(ws, "A8", "■基本目標１　地域資源を生かして稼ぐ力を高める", bold=True, size=11)
    ws.merge_cells("A8:J8")
    hdr = [
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（R元）",
            "実績値",
            None,
            None,
            "目標値",
            None,
            "備考",
        ],
        [
            None,
            None,
            None,
            None,
            "2021年度",
            "2022年度",
            "2023年度",
            "2023年度",
            "2025年度\n（最終）",
            None,
        ],
    ]
    grid(ws, 9, 1, hdr, height=26, fill=SHADE)
    for rng in ("A9:A10", "B9:B10", "C9:C10", "D9:D10", "E9:G9", "H9:I9", "J9:J10"):
        boxmerge(ws, rng)
    rows = [
        ["1", "木質バイオマス発電所の燃料用木材受入量", "千t", 148, 152, 149, 155, 155, 160, None],
        [
            "2",
            "バイオマスツアー参加者数",
            "人",
            2430,
            610,
            1280,
            "2,150（うち教育旅行740）",
            2500,
            3000,
            "R3・R4は感染症対策のため受入人数を制限",
        ],
        ["3", "新規就農者数", "人", 6, 4, 7, "5（うち女性2）", 7, 8, None],
        [
            "4",
            "移住相談窓口を通じた移住者数",
            None,
            58,
            71,
            88,
            102,
            100,
            120,
            "相談窓口：真庭市移住・定住相談センター",
        ],
    ]
    grid(
        ws,
        11,
        1,
        rows,
        height=30,
        aligns={
            1: "left",
            3: "right",
            4: "right",
            5: "right",
            6: "right",
            7: "right",
            8: "right",
            9: "left",
        },
    )
    boxmerge(ws, "C13:C14")
    for r in range(11, 15):
        for col in "DEFGHI":
            c = ws[f"{col}{r}"]
            if isinstance(c.value, int):
                c.number_format = "#,##0"
    put(ws, "A15", "※「うち」は内数です。", size=9)
    ws.merge_cells("A15:J15")
    page_setup(ws, True, "A1:J15")
    return wb


# ---------------------------------------------------------------- 中間 (HTML)
NAKAMA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期中間市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - 中間市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>第2期中間市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</li>
</ol></nav>
<main>
<h1>第2期中間市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年11月8日　担当：総合政策課</p>
<p>中間市は、昭和33年（1958年）に市制を施行した面積15.96km²のまちで、市の中央を遠賀川が南北に流れています。将来都市像「元気な風がふくまち なかま」の実現に向け、令和2年度から令和6年度までの5年間を計画期間とする第2期総合戦略に取り組んでいます。</p>
<p>令和5年度は、空き家バンク物件の購入に最大25万円を助成する中古住宅購入補助金などの施策を実施しました。各KPIの実績は次のとおりです。</p>
<h2>基本目標ごとのKPIの進捗</h2>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">備考</th></tr>
<tr><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th></tr>
</thead>
<tbody>
<tr><th colspan="9" scope="rowgroup">基本目標１　地域の産業を元気にし、安心して働ける場をつくる</th></tr>
<tr><td>1</td><td>市内事業所の新規雇用者数</td><td>人</td><td>120</td><td>98</td><td>131</td><td>142</td><td>150</td><td>&nbsp;</td></tr>
<tr><td>2</td><td>ふるさと納税寄附額</td><td>千円</td><td>96,500</td><td>151,200</td><td>168,900</td><td>182,400</td><td>200,000</td><td>R5は見込値（確定値は令和6年12月公表予定）</td></tr>
<tr><th colspan="9" scope="rowgroup">基本目標２　中間市への新しいひとの流れをつくる</th></tr>
<tr><td>3</td><td>中古住宅購入補助金の交付件数</td><td>件</td><td>８</td><td>１１</td><td>１４</td><td>１２</td><td>１５</td><td>&nbsp;</td></tr>
<tr><td>4</td><td>転入者数</td><td>人</td><td>1,932</td><td>1,874</td><td>1,905</td><td>1,961</td><td>2,000</td><td>住民基本台帳（各年度末現在）</td></tr>
<tr><th colspan="9" scope="rowgroup">基本目標３　結婚・出産・子育ての希望をかなえる</th></tr>
<tr><td>5</td><td>合計特殊出生率</td><td>―</td><td>1.52</td><td>1.41</td><td>1.38</td><td>―</td><td>1.60</td><td>R5は未公表</td></tr>
</tbody>
</table>
<p>お問い合わせ：総合政策課 企画係</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("zentsuji_sesaku_hyoka_r6", zentsuji),
        ("uki_jimujigyo_hyoka_r5", uki),
    ):
        path = SRC / f"{name}.xlsx"
        make().save(path)
        stabilize(path)
        if not no_pdf:
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(
                    ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(path)],
                    check=True,
                    capture_output=True,
                )
                shutil.move(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")
    path = HERE / "maniwa_senryaku_kpi_r5.xlsx"
    maniwa().save(path)
    stabilize(path)
    (HERE / "nakama_senryaku_kpi_r5.html").write_text(NAKAMA, encoding="utf-8")


if __name__ == "__main__":
    main()
