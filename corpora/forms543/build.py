"""Build forms543: four KPI documents of 鶴ヶ島市, 筑西市, 八街市 and 清瀬市.

Writes `tsurugashima_amagoi_jimujigyo_r6.xlsx` (the workbook is the document), `chikusei_sousei2_kpi_kensho_r5.html`
and the XLSX sources `source/yachimata_sousei2_kpi_shinchoku_r5.xlsx` (landscape) and
`source/kiyose_toshinogyo_shuyo_seika_r5.xlsx` (portrait), which LibreOffice turns into the PDFs of the same names
(one A4 page each). Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501

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
LIGHT = PatternFill("solid", fgColor="EDEDED")
STAMP = (2025, 8, 4, 9, 0, 0)
STAMP_ISO = b"2025-08-04T09:00:00Z"
PDFS = ["yachimata_sousei2_kpi_shinchoku_r5", "kiyose_toshinogyo_shuyo_seika_r5"]


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade is not None:
        cell.fill = shade
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, shade=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade is not None:
                cell.fill = shade


def merge(ws, rng, value, **kw):
    first, last = rng.split(":")
    put(ws, first, value, **kw)
    if first != last:
        ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms543"
    wb.properties.lastModifiedBy = "forms543"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            info = zipfile.ZipInfo(item.filename, date_time=STAMP)
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


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def form_rows(ws, r, rows, key_cols, val_cols, tall=None):
    tall = tall or {}
    for key, val in rows:
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=SHADE)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span, first="A", size=8):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=size)
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


def value_cell(ws, ref, v, fmt=None, shade=None):
    """A value cell: numbers (and text that starts with a digit) right, dashes and words centred."""
    if v is None:
        return put(ws, ref, None, box=True, shade=shade)
    if isinstance(v, str) and not v[0].isdigit() and not v.startswith(("約", "延べ", "累計")):
        return put(ws, ref, v, box=True, h="center", shade=shade)
    return put(ws, ref, v, box=True, h="right", fmt=fmt, shade=shade)


# ---------------------------------------------------------------- 鶴ヶ島市 (XLSX document, 事務事業評価シート)
# (区分, No., 指標名, 単位, 基準値（R元）, R4実績, R5実績, R6目標, R6実績, R8目標（最終）)
# No.3 is counted in the years the 雨乞 is held only: its baseline is dated by its own bracket.
TSURU_ROWS = [
    ("活動指標", 1, "龍蛇づくり講習会の開催回数", "回", 4, 2, 3, 6, 6, 6),
    (
        "活動指標",
        2,
        "竹切り・麦わら準備作業への参加者数",
        "人",
        "延べ386",
        "延べ214",
        "延べ298",
        "延べ800",
        "延べ912",
        "延べ400",
    ),
    ("成果指標", 3, "脚折雨乞の見物客数", "千人", "52.0（H28）", "―", "―", 60.0, "約65.0", "―"),
    ("成果指標", 4, "雨乞用の大麦の作付面積", "a", 42.0, 45.0, 48.0, 50.0, 47.5, 55.0),
    (
        "成果指標",
        5,
        "市民意識調査で脚折雨乞を「見たことがある」と答えた市民の割合",
        "％",
        61.3,
        "―",
        62.8,
        66.0,
        69.4,
        70.0,
    ),
]


def build_tsurugashima():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 7,
            "B": 4.5,
            "C": 30,
            "D": 5,
            "E": 10.5,
            "F": 8.5,
            "G": 8.5,
            "H": 8.5,
            "I": 8.5,
            "J": 9.5,
        },
    )
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月18日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "脚折雨乞行事継承支援事業"),
        ("担当課", "教育委員会　生涯学習スポーツ課"),
        ("関連計画", "第6次鶴ヶ島市総合計画　前期基本計画（令和2年度～令和6年度）"),
        ("事業期間", "令和3年度～令和8年度"),
        ("事業費（R6決算）", "6,240千円（うち一般財源　4,990千円）"),
        (
            "事業の概要",
            "本市の面積は17.65km²、人口は70,104人（2024年12月1日推計）。脚折地区に江戸時代から伝わる「脚折雨乞」は、竹と麦わらで"
            "作った長さ約36m、重さ約3tの龍蛇を約300人で担ぎ、白鬚神社から約2km離れた雷電池まで練り歩く行事である。昭和39年（1964年）を最後に途絶えたが、"
            "昭和50年（1975年）に地元住民が脚折雨乞行事保存会を結成し、翌51年に復活させた。現在は4年に1度、夏季オリンピックの開催年に行われている。"
            "令和2年（2020年）は新型コロナウイルス感染症の影響で中止となり、令和6年（2024年）8月4日に8年ぶりに開催した。市は保存会が行う龍蛇の製作と"
            "伝承活動を支援している。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "J"), {"事業の概要": 80})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "R8目標\n（最終）",
    ]
    for col, text in zip("ABCDEFGHIJ", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    first = {}
    for kubun, no, name, unit, *vals in TSURU_ROWS:
        first.setdefault(kubun, r)
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals, strict=True):
            fmt = "0.0" if isinstance(v, float) else None
            value_cell(ws, f"{col}{r}", v, fmt=fmt)
        ws.row_dimensions[r].height = 30 if no == 5 else 22
        r += 1
    ends = {"活動指標": first["成果指標"] - 1, "成果指標": r - 1}
    for kubun, start in first.items():
        merge(ws, f"A{start}:A{ends[kubun]}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　No.3は雨乞を行う年度にのみ計測する。基準値は、令和元年度に行事がなかったため、前回開催した平成28年度の値を記載した。",
            "※2　No.3のR4・R5は行事を行っていないため「―」とした。次回の開催は令和10年度の予定であり、R8目標は設定していない。",
            "※3　No.3のR6実績は、主催者（脚折雨乞行事保存会）発表の概数である。",
            "※4　No.5の市民意識調査は、令和4年度は実施していない。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("総合評価", "A（順調に進んでいる）"),
            (
                "今後の方向性",
                "継続（8年ぶりの開催を終え、令和10年度の次回開催に向けて、大麦の作付けと龍蛇づくり講習会を続け、担い手の若返りを図る。）",
            ),
        ],
        ("A", "C"),
        ("D", "J"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "tsurugashima_amagoi_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 筑西市 (HTML, 総合戦略 KPI 効果検証)
# (label, KPI, 単位, 基準値（R元年度）, 実績値 R3年度, R4年度, R5年度, 目標値 R5年度, R8年度（最終）, 達成状況（R5年度）)
CHIKUSEI_TABLES = [
    (
        "基本目標2　筑西市における安定した雇用を創出する",
        [
            ("①", "工業団地への企業立地件数（累計）", "件", "4", "6", "7", "9", "8", "12", "達成"),
            ("②", "新規就農者数", "人", "21", "18", "24", "19", "25", "25", "未達成"),
        ],
    ),
    (
        "基本目標3　筑西市への新しい人の流れをつくる",
        [
            (
                "①",
                "道の駅グランテラス筑西の来場者数",
                "千人",
                "986.2<sup>※1</sup>",
                "1,021.6",
                "1,102.3",
                "1,186.0",
                "1,150.0",
                "1,200.0",
                "達成",
            ),
            (
                "②",
                "観光入込客数",
                "千人",
                "2,846.5",
                "1,962.4",
                "2,384.1",
                "2,701.8",
                "2,800.0",
                "3,000.0",
                "未達成",
            ),
            (
                "③",
                "移住相談窓口の相談件数",
                "件",
                "―<sup>※2</sup>",
                "",
                "46",
                "58",
                "50",
                "80",
                "達成",
            ),
        ],
    ),
]


def build_chikusei():
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>令和５年度　第2期筑西市まち・ひと・しごと創生総合戦略の効果検証結果｜筑西市</title>",
        "<style>",
        "body { font-family: 'Noto Sans CJK JP', sans-serif; max-width: 980px; margin: 0 auto; }",
        "table { border-collapse: collapse; margin: 0.5em 0 1em; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; }",
        "thead th { background: #e6efe6; }",
        "tbody th { background: #f5f5f5; text-align: left; font-weight: normal; }",
        "td { text-align: right; }",
        "td.c { text-align: center; }",
        ".notes { font-size: 0.9em; }",
        "</style>",
        "</head>",
        "<body>",
        '<nav aria-label="パンくずリスト"><ol>',
        '<li><a href="/">トップページ</a></li>',
        '<li><a href="/gyousei/">市政情報</a></li>',
        '<li><a href="/gyousei/measures/">施策・計画</a></li>',
        '<li><a href="/gyousei/measures/sousei/">地方創生</a></li>',
        "<li>令和５年度　第2期筑西市まち・ひと・しごと創生総合戦略の効果検証結果</li>",
        "</ol></nav>",
        "<main>",
        "<h1>令和５年度　第2期筑西市まち・ひと・しごと創生総合戦略の効果検証結果</h1>",
        '<p class="date">更新日：2024年11月22日　担当：企画部　企画政策課</p>',
        "<p>筑西市は茨城県の西部、東京都心から北へ約70kmに位置し、面積は205.30km²、人口は97,749人（2024年3月1日推計）です。平成17年（2005年）3月28日に"
        "下館市と真壁郡関城町・明野町・協和町の1市3町が合併して誕生しました。梨の生産量は県内1位で、こだますいかなどの産地としても知られています。</p>",
        "<p>令和元年（2019年）7月11日には、国道50号下館バイパス沿いに県内14番目の道の駅「グランテラス筑西」が開業しました。敷地は約4.7ヘクタールで、"
        "来場者は令和6年（2024年）1月28日に累計500万人に達しました。</p>",
        "<dl>",
        "<dt>計画の名称</dt><dd>第2期筑西市まち・ひと・しごと創生人口ビジョン・総合戦略</dd>",
        "<dt>計画期間</dt><dd>令和2年度～令和8年度（令和6年9月27日の改訂で2年間延長）</dd>",
        "<dt>担当課</dt><dd>企画部　企画政策課</dd>",
        "</dl>",
        "<p>令和5年度の取組について、基本目標ごとに設定した重要業績評価指標（KPI）の達成状況に基づき効果検証を行い、筑西市まち・ひと・しごと創生有識者会議の"
        "意見を踏まえ、筑西市まち・ひと・しごと創生本部会議で決定しました。KPIは令和4年9月9日の改訂で見直しています。最終目標は、計画期間の延長に合わせて"
        "令和8年度の値としました。達成状況は、令和5年度の目標値と実績値を比べたものです。</p>",
    ]
    for h2, rows in CHIKUSEI_TABLES:
        out.append(f"<h2>{h2}</h2>")
        out.append("<table>")
        out.append("<thead>")
        out.append(
            '<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th>'
            '<th rowspan="2">基準値<br>（R元年度）</th><th colspan="3">実績値</th><th colspan="2">目標値</th>'
            '<th rowspan="2">達成状況<br>（R5年度）</th></tr>'
        )
        out.append(
            "<tr><th>R3年度</th><th>R4年度</th><th>R5年度</th><th>R5年度</th><th>R8年度<br>（最終）</th></tr>"
        )
        out.append("</thead>")
        out.append("<tbody>")
        for label, name, unit, *vals, status in rows:
            cells = "".join(
                f'<td class="c">{v}</td>' if v == "" or v.startswith("―") else f"<td>{v}</td>"
                for v in vals
            )
            out.append(
                f'<tr><td class="c">{label}</td><th scope="row">{name}</th><td class="c">{unit}</td>{cells}'
                f'<td class="c">{status}</td></tr>'
            )
        out.append("</tbody>")
        out.append("</table>")
    out += [
        '<div class="notes">',
        "<p>※1　道の駅グランテラス筑西は令和元年7月11日に開業したため、基本目標3の①の基準値は令和元年度（7月11日から3月31日まで）の来場者数です。</p>",
        "<p>※2　基本目標3の③は、令和4年9月9日の改訂で追加したKPIです。基準値はなく、令和3年度は集計していません。</p>",
        "</div>",
        "<h2>検証の結果</h2>",
        "<p>5つのKPIのうち3つで令和5年度の目標値を達成しました。道の駅グランテラス筑西の来場者数は開業以来の最多となり、野外ステージでのイベントが"
        "集客につながりました。観光入込客数は新型コロナウイルス感染症の影響から回復しつつありますが、令和元年度の95％にとどまっています。"
        "令和6年度は、下館祇園まつりなど市内の催しと道の駅を結ぶ周遊の取組を進めます。</p>",
        "</main>",
        "</body>",
        "</html>",
    ]
    (HERE / "chikusei_sousei2_kpi_kensho_r5.html").write_text(
        "\n".join(out) + "\n", encoding="utf-8"
    )


# ---------------------------------------------------------------- 八街市 (XLSX source of a landscape PDF, 総合戦略 KPI)
# Two grids side by side. Left (基本目標1): (No., KPI, 単位, 基準値（R元年度）, R4年度 目標, 実績, R5年度 目標, 実績, 目標値（R6年度）).
# Right (基本目標2): the same, with 4月1日 heads: 基準値（R2.4.1）, R5.4.1 目標, 実績, R6.4.1 目標, 実績, 目標値（R7.4.1）.
YACHI_LEFT = [
    ("①", "新規就農者数", "人", 14, 16, 12, 17, 18, 20),
    ("②", "ふるさと納税寄附額", "百万円", 86.4, 150.0, 212.8, 200.0, 186.5, 250.0),
    (
        "③",
        "八街産落花生を使った推奨特産品の認定数",
        "品目",
        "累計12",
        "累計18",
        "累計17",
        "累計21",
        "累計22",
        "累計25",
    ),
]
YACHI_RIGHT = [
    ("①", "保育所等の利用定員数", "人", 1520, 1600, 1615, 1640, 1640, 1680),
    ("②", "放課後児童クラブの登録児童数", "人", 842, 900, 876, 920, 931, 950),
]


def yachi_grid(ws, r, cols, title, base_head, years, goal_head, rows):
    c = cols
    put(ws, f"{c[0]}{r}", title, size=10, bold=True, wrap=False)
    top, low = r + 1, r + 2
    for col, text in (
        (c[0], "No."),
        (c[1], "重要業績評価指標（KPI）"),
        (c[2], "単位"),
        (c[3], base_head),
        (c[8], goal_head),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"{c[4]}{top}:{c[5]}{top}", years[0], bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"{c[6]}{top}:{c[7]}{top}", years[1], bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip(c[4:8], ["目標", "実績", "目標", "実績"], strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    r = low + 1
    for label, name, unit, *vals in rows:
        put(ws, f"{c[0]}{r}", label, box=True, h="center")
        put(ws, f"{c[1]}{r}", name, box=True)
        put(ws, f"{c[2]}{r}", unit, box=True, h="center")
        for col, v in zip(c[3:9], vals, strict=True):
            value_cell(ws, f"{col}{r}", v, fmt="#,##0.0" if isinstance(v, float) else None)
        r += 1
    return r


def build_yachimata():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗状況"
    widths(
        ws,
        {
            "A": 4,
            "B": 21,
            "C": 7,
            "D": 10,
            "E": 7.5,
            "F": 7.5,
            "G": 7.5,
            "H": 7.5,
            "I": 10,
            "J": 2,
            "K": 4,
            "L": 21,
            "M": 5,
            "N": 10,
            "O": 7.5,
            "P": 7.5,
            "Q": 7.5,
            "R": 7.5,
            "S": 10,
        },
    )
    merge(
        ws,
        "A1:S1",
        "第2期八街市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:S2", "令和6年10月　八街市", h="right")
    rows = [
        ("計画の名称", "第2期八街市まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "総務部　企画政策課"),
        (
            "市の概要",
            "本市は千葉県北部のほぼ中央に位置し、東京都心から50km圏、成田国際空港から10km圏にある。面積は74.94km²、人口は65,441人（2024年10月1日推計）。"
            "明治5年（1872年）11月2日、小金・佐倉両牧の開墾で8番目の入植地となったことから「八街」と名付けられ、平成4年（1992年）4月1日に千葉県で30番目の市と"
            "なった。落花生の生産量は日本一で、約179ヘクタールの防風保安林と「落花ぼっち」の景観は「ちば文化的景観」に選ばれている。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "S"), {"市の概要": 44})
    r += 1
    end_l = yachi_grid(
        ws,
        r,
        "ABCDEFGHI",
        "■基本目標1　落花生と農業の力でしごとをつくる",
        "基準値\n（R元年度）",
        ("R4年度", "R5年度"),
        "目標値\n（R6年度）",
        YACHI_LEFT,
    )
    end_r = yachi_grid(
        ws,
        r,
        "KLMNOPQRS",
        "■基本目標2　子育て世代に選ばれるまちをつくる",
        "基準値\n（R2.4.1）",
        ("R5.4.1", "R6.4.1"),
        "目標値\n（R7.4.1）",
        YACHI_RIGHT,
    )
    ws.row_dimensions[r].height = 20
    ws.row_dimensions[r + 1].height = 18
    ws.row_dimensions[r + 2].height = 18
    for i in range(r + 3, max(end_l, end_r)):
        ws.row_dimensions[i].height = 26
    r = max(end_l, end_r)
    r = notes(
        ws,
        r,
        [
            "※1　基本目標1の②は、各年度（4月～3月）に受け入れた寄附額である。",
            "※2　基本目標1の③は、市が推奨特産品に認定した落花生の加工品の品目数の累計である。",
            "※3　基本目標2のKPIは、各年4月1日現在の値である（保育課・子育て支援課調べ）。",
        ],
        "S",
    )
    r += 1
    put(ws, f"A{r}", "■検証の結果", size=10, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:S{r}",
        "令和6年8月27日に開いた八街市まち・ひと・しごと創生推進会議（委員12人）で検証を行った。5つのKPIのうち4つで目標を達成した。ふるさと納税寄附額は、"
        "返礼品の落花生の受付を早めに締め切ったことから前年度を下回ったため、令和6年度は返礼品を約40品目増やす。保育所等の利用定員は、令和6年4月に小規模保育事業所を"
        "1か所開設したことで目標に達した。",
        box=True,
    )
    ws.row_dimensions[r].height = 36
    page(ws, landscape=True)
    save(wb, SRC / "yachimata_sousei2_kpi_shinchoku_r5.xlsx")


# ---------------------------------------------------------------- 清瀬市 (XLSX source of a portrait PDF, 主要な施策の成果)
# (No., 項目, 単位, R3実績, R4実績, R5実績)
KIYOSE_JISSEKI = [
    ("ア", "ひまわりフェスティバル会場での市内産農産物の販売額", "千円", "中止", "中止", 2486),
    ("イ", "援農ボランティア養成講座の修了者数", "人", 18, 22, 27),
]
# years down: (区分, ①, ②, ③)
KIYOSE_HEAD = [
    "区分",
    "①市内農産物直売所の\n利用者数（千人）",
    "②援農ボランティアの\n登録者数（人）",
    "③市民農園の\n区画利用率（％）",
]
KIYOSE_ROWS = [
    ("基準値（R元）", 186.2, 64, 91.8),
    ("R3実績", 201.5, 71, "―"),
    ("R4実績", 214.8, 78, 97.0),
    ("R5目標", 220.0, 90, 98.0),
    ("R5実績", 226.3, 86, 96.4),
    ("目標値（R7）", 240.0, 100, 98.0),
]


def build_kiyose():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, {"A": 5, "B": 15, "C": 19, "D": 7, "E": 16, "F": 13, "G": 13})
    merge(
        ws,
        "A1:G1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:G2", "令和6年9月　清瀬市", h="right")
    rows = [
        ("事業名", "都市農業・農ある風景推進事業"),
        ("所管課", "産業振興課"),
        ("会計区分", "一般会計　6款 農林業費　1項 農業費"),
        ("決算額", "令和5年度　21,380千円（うち都支出金　8,600千円）"),
        ("関連計画", "第4次清瀬市長期総合計画"),
        (
            "事業の内容",
            "本市の面積は10.23km²、人口は76,343人（2024年10月1日推計）。農地所有者が緑肥として育てるひまわりを活かした「清瀬ひまわり"
            "フェスティバル」は、平成20年（2008年）から清瀬市農ある風景を守る会と市が共同で開いており、約2万4,000㎡の畑に都内最大級の約10万本が咲く。平成30年"
            "（2018年）には過去最大の約15万人が来場した。令和2年から4年までは新型コロナウイルス感染症の影響で3年続けて中止となったが、令和5年（2023年）7月に"
            "4年ぶりに第13回を開き、9日間で約3万7,000人が来場した。あわせて、援農ボランティアの養成、農産物直売所の支援、市民農園の運営を行っている。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "G"), {"事業の内容": 80})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"B{r}:C{r}", "項目", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("ADEFG", ["No.", "単位", "R3実績", "R4実績", "R5実績"], strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for label, name, unit, *vals in KIYOSE_JISSEKI:
        put(ws, f"A{r}", label, box=True, h="center")
        merge(ws, f"B{r}:C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFG", vals, strict=True):
            value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 26
        r += 1
    r = notes(
        ws, r, ["※1　アのR3・R4は、ひまわりフェスティバルが中止となったため「中止」とした。"], "G"
    )
    r += 1
    put(ws, f"A{r}", "（２）成果指標（年度別の推移）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:B{r}", KIYOSE_HEAD[0], bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"C{r}:D{r}", KIYOSE_HEAD[1], bold=True, box=True, shade=SHADE, h="center")
    put(ws, f"E{r}", KIYOSE_HEAD[2], bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"F{r}:G{r}", KIYOSE_HEAD[3], bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 32
    r += 1
    for label, v1, v2, v3 in KIYOSE_ROWS:
        shade = LIGHT if label.startswith(("R5目標", "目標値")) else None
        merge(ws, f"A{r}:B{r}", label, box=True, h="center", shade=shade)
        merge(ws, f"C{r}:D{r}", v1, box=True, h="right", fmt="#,##0.0", shade=shade)
        value_cell(ws, f"E{r}", v2, shade=shade)
        if isinstance(v3, str):
            merge(ws, f"F{r}:G{r}", v3, box=True, h="center", shade=shade)
        else:
            merge(ws, f"F{r}:G{r}", v3, box=True, h="right", fmt="0.0", shade=shade)
        ws.row_dimensions[r].height = 18
        r += 1
    r = notes(
        ws,
        r,
        [
            "※2　①は、市内の農産物直売所（JA直売所を含む）の年間利用者数である。",
            "※3　②は、各年度末（3月31日）現在の登録者数である。",
            "※4　③の令和3年度は、市民農園の区画の再編工事を行ったため、利用率を算出していない。",
        ],
        "G",
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:G{r}",
        "4年ぶりに開いたひまわりフェスティバルの会場で市内産農産物を販売し、直売所の利用者数は目標を上回った。援農ボランティアの登録者は86人で、目標の90人に"
        "届かなかった。令和6年度は、養成講座を年2回から3回に増やし、修了者が市内の農家で活動できるよう、受入れ農家とのマッチングを進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "kiyose_toshinogyo_shuyo_seika_r5.xlsx")


def to_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        for name in PDFS:
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
    build_tsurugashima()
    build_chikusei()
    build_yachimata()
    build_kiyose()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
