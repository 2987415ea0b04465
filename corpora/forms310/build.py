"""Build the forms310 documents from scratch.

Writes four re-typed KPI tables (none is a municipality's own file):

* ``source/inazawa_shisaku_seika_r6.xlsx`` -> ``inazawa_shisaku_seika_r6.pdf`` (稲沢市, landscape)
* ``source/hannan_senryaku_kpi_r5.xlsx`` -> ``hannan_senryaku_kpi_r5.pdf`` (阪南市, portrait)
* ``yamatokoriyama_seika_shihyo_r5.xlsx`` (大和郡山市, a two-sheet workbook, left as XLSX)
* ``itami_shisaku_hyoka_r5.html`` (伊丹市, an HTML page)

Run ``/work/venv/bin/python build.py``; ``--no-pdf`` skips the LibreOffice conversion.
XLSX and HTML are byte-stable: workbook timestamps and zip entry dates are fixed.
"""

# ruff: noqa: B905

import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FONT = "Noto Sans CJK JP"
FIXED = datetime(2024, 9, 1, 9, 0, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
FIELD_FILL = PatternFill("solid", fgColor="EDEDED")
GROUP_FILL = PatternFill("solid", fgColor="FFF2CC")


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    fill=None,
    border=True,
    h="left",
    v="center",
    wrap=True,
    rotation=0,
    fmt=None,
):
    """Write one cell with the sheet's usual look."""
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, text_rotation=rotation)
    if border:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    if fmt is not None:
        cell.number_format = fmt
    return cell


def box_range(ws, rng, fill=None):
    """Border every cell of a range (merged cells keep their outline in LibreOffice)."""
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if fill is not None:
                cell.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    box_range(ws, rng, kw.get("fill"))
    ws.merge_cells(rng)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def page(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False


def save_stable(wb, path):
    """Save a workbook with fixed timestamps, so two builds give the same bytes."""
    wb.properties.creator = "forms310"
    wb.properties.lastModifiedBy = "forms310"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            data = src.read(name)
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rf"\g<1>{stamp}\2", text
                )
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- 稲沢市 (PDF, landscape)


def build_inazawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価シート"
    widths(
        ws, {"A": 6, "B": 5, "C": 38, "D": 8, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11, "J": 12}
    )
    put(
        ws,
        "A1",
        "令和6年度　施策評価シート（成果指標の推移）",
        size=14,
        bold=True,
        border=False,
        wrap=False,
    )
    put(ws, "J1", "令和7年8月　稲沢市", border=False, h="right", wrap=False)
    fields = [
        ("計画の名称", "稲沢市ステージアッププラン（第6次稲沢市総合計画）　アクション編（後期）"),
        (
            "計画期間",
            (
                "ビジョン編・プラン編：2018（平成30）年度～2027（令和9）年度　"
                "アクション編（後期）：2023（令和5）年度～2027（令和9）年度"
            ),
        ),
        ("施策", "農業の振興"),
        ("主管課", "農務課"),
        (
            "施策の現状",
            (
                "本市は平成17年4月1日に祖父江町・平和町と合併し、面積79.35km²、人口131,458人"
                "（令和6年11月1日推計）の市となりました。植木・苗木の産地として全国的に知られる"
                "一方、農業者の高齢化が進み、担い手の確保と農地の集積が課題となっています。"
            ),
        ),
    ]
    row = 3
    for key, text in fields:
        merge(ws, f"A{row}:C{row}", key, fill=FIELD_FILL, bold=True)
        merge(ws, f"D{row}:J{row}", text)
        ws.row_dimensions[row].height = 34 if key in ("施策の現状", "計画期間") else 18
        row += 1
    row += 1
    put(ws, f"A{row}", "２　成果指標の推移", size=11, bold=True, border=False, wrap=False)
    h1, h2 = row + 1, row + 2
    for col, text in (
        ("A", "基本事業"),
        ("B", "No."),
        ("C", "成果指標"),
        ("D", "単位"),
        ("E", "策定時（R3）"),
        ("I", "R6目標"),
        ("J", "目標値（R9）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, fill=HEAD_FILL, bold=True, h="center")
    merge(ws, f"F{h1}:H{h1}", "実績値", fill=HEAD_FILL, bold=True, h="center")
    for col, text in (("F", "R4"), ("G", "R5"), ("H", "R6")):
        put(ws, f"{col}{h2}", text, fill=HEAD_FILL, bold=True, h="center")
    rows = [
        ("1", "植木・苗木の生産額", "百万円", "3,420", "3,385", "3,512", "3,498", "3,500", "3,700"),
        (
            "2",
            "植木・園芸イベントの来場者数",
            "千人",
            "48.2",
            "51.0",
            "55.3",
            "57.9",
            "55.0",
            "60.0",
        ),
        ("3", "認定農業者数", "経営体", "112", "110", "114", "116", "118", "125"),
        ("4", "担い手への農地集積率", "％", "38.5", "40.1", "41.8", "43.6", "43.0", "48.0"),
        (
            "5",
            "地元産の農産物を意識して購入する市民の割合",
            "％",
            "62.4",
            None,
            None,
            None,
            "64.0",
            "68.0",
        ),
    ]
    first = h2 + 1
    for i, r in enumerate(rows):
        rr = first + i
        ws.row_dimensions[rr].height = 50
        put(ws, f"B{rr}", r[0], h="center")
        put(ws, f"C{rr}", r[1])
        put(ws, f"D{rr}", r[2], h="center")
        for col, val in zip("EFGHIJ", r[3:]):
            if val is not None:
                put(ws, f"{col}{rr}", val, h="right")
    last = first + len(rows) - 1
    merge(ws, f"F{last}:H{last}", "調査なし（市民意識調査は5年ごと・次回R8）", h="center")
    merge(
        ws,
        f"A{first}:A{first + 1}",
        "植木・苗木の振興",
        fill=GROUP_FILL,
        bold=True,
        h="center",
        rotation=255,
        size=8,
    )
    merge(
        ws,
        f"A{first + 2}:A{last}",
        "農業経営の安定",
        fill=GROUP_FILL,
        bold=True,
        h="center",
        rotation=255,
        size=8,
    )
    notes = [
        "※No.1は市内の植木・苗木の出荷額（市推計）。",
        "※No.2は植木まつり・苗木市等の来場者数の合計。R4は規模を縮小して開催した。",
        "※No.5は市民意識調査（5年ごと、直近はR3に3,000人を対象に実施）による。",
    ]
    row = last + 1
    for text in notes:
        put(ws, f"A{row}", text, size=8, border=False, wrap=False)
        row += 1
    row += 1
    put(ws, f"A{row}", "３　施策の評価", size=11, bold=True, border=False, wrap=False)
    row += 1
    merge(ws, f"A{row}:C{row}", "評価", fill=FIELD_FILL, bold=True)
    merge(ws, f"D{row}:J{row}", "B（おおむね順調に推移している）")
    row += 1
    merge(ws, f"A{row}:C{row}", "評価の理由", fill=FIELD_FILL, bold=True)
    merge(
        ws,
        f"D{row}:J{row}",
        "生産額は前年度並みで推移し、イベント来場者数は目標を上回った。"
        "認定農業者数は増加しているものの目標には届いていない。",
    )
    ws.row_dimensions[row].height = 30
    page(ws, True, f"A1:J{row}")
    path = SOURCE / "inazawa_shisaku_seika_r6.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 阪南市 (PDF, portrait)


def build_hannan():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    widths(ws, {"A": 5, "B": 34, "C": 7, "D": 10, "E": 10, "F": 10, "G": 10, "H": 10})
    put(ws, "A1", "第2期阪南市総合戦略", size=12, bold=True, border=False, wrap=False)
    put(
        ws,
        "A2",
        "重要業績評価指標（KPI）の進捗状況（令和5年度実績）",
        size=14,
        bold=True,
        border=False,
        wrap=False,
    )
    put(ws, "H3", "令和6年9月　阪南市", border=False, h="right", wrap=False)
    fields = [
        ("戦略の名称", "第2期阪南市総合戦略"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "政策推進課"),
        (
            "人口の状況",
            (
                "本市の人口は、平成14年の60,015人（住民基本台帳）をピークに減少に転じ、"
                "令和2年には53,874人となりました。令和元年には306人の社会減となっており、"
                "人口ビジョンでは令和42（2060）年に約44,000人を確保することを将来展望として"
                "います。"
            ),
        ),
    ]
    row = 5
    for key, text in fields:
        merge(ws, f"A{row}:B{row}", key, fill=FIELD_FILL, bold=True)
        merge(ws, f"C{row}:H{row}", text)
        ws.row_dimensions[row].height = 58 if key == "人口の状況" else 18
        row += 1
    row += 1
    put(
        ws,
        f"A{row}",
        "基本目標２　はんなんの魅力を発信し、新しいひとの流れをつくる",
        size=11,
        bold=True,
        border=False,
        wrap=False,
    )
    row += 1
    put(
        ws,
        f"A{row}",
        "※目標値は、いずれも計画最終年度（令和7年度）の値です。",
        size=9,
        border=False,
        wrap=False,
    )
    head = row + 1
    for col, text in zip(
        "ABCDEFGH",
        (
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値（R元）",
            "R3実績",
            "R4実績",
            "R5実績",
            "目標値",
        ),
    ):
        put(ws, f"{col}{head}", text, fill=HEAD_FILL, bold=True, h="center")
    ws.row_dimensions[head].height = 30
    rows = [
        ("1", "社会増減数（転入者数－転出者数）", "人", "△306", "△185", "△122", "△64", "±0"),
        ("2", "阪南スカイタウンへの転入世帯数", "世帯", "142", "150", "163", "１７１", "180"),
        ("3", "観光施設・イベントの来訪者数", "千人", "312.5", "205.0", "288.4", "336.9", "350.0"),
        ("4", "市公式SNSのフォロワー数", "人", "4,850", "7,920", "9,315", "11,460", "12,000"),
    ]
    for i, r in enumerate(rows):
        rr = head + 1 + i
        ws.row_dimensions[rr].height = 30
        put(ws, f"A{rr}", r[0], h="center")
        put(ws, f"B{rr}", r[1])
        put(ws, f"C{rr}", r[2], h="center")
        for col, val in zip("DEFGH", r[3:]):
            put(ws, f"{col}{rr}", val, h="right")
    row = head + len(rows) + 1
    notes = [
        "※No.1は住民基本台帳人口移動による各年度の数値。△は転出超過を示す。",
        "※No.3の令和3年度は、新型コロナウイルス感染症の影響により主要イベントを中止した。",
        "※No.4はLINE・Instagram・Xのフォロワー数の合計。",
    ]
    for text in notes:
        put(ws, f"A{row}", text, size=8, border=False, wrap=False)
        row += 1
    row += 1
    put(ws, f"A{row}", "【評価・今後の方向性】", size=10, bold=True, border=False, wrap=False)
    row += 1
    merge(
        ws,
        f"A{row}:H{row}",
        "転出超過は縮小傾向にあり、阪南スカイタウンへの転入も堅調に推移して"
        "いる。来訪者数は令和5年度に基準値を上回った。引き続き、SNS等による"
        "情報発信と移住・定住の促進に取り組む。",
    )
    ws.row_dimensions[row].height = 44
    page(ws, False, f"A1:H{row}")
    path = SOURCE / "hannan_senryaku_kpi_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 大和郡山市 (XLSX, two sheets)


def build_yamatokoriyama():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI一覧"
    widths(ws, {"A": 5, "B": 36, "C": 8, "D": 13, "E": 12, "F": 12})
    put(
        ws,
        "A1",
        "大和郡山市第4次総合計画　後期基本計画　成果指標の実績（令和5年度）",
        size=13,
        bold=True,
        border=False,
        wrap=False,
    )
    put(ws, "F2", "令和6年8月", border=False, h="right", wrap=False)
    fields = [
        ("将来像", "あふれる夢と希望と誇り　暮らしてみたくなる　元気城下町"),
        ("計画期間", "平成28年度～令和7年度（後期基本計画：令和3年度～令和7年度）"),
        ("担当課", "政策推進課"),
        (
            "市の概要",
            (
                "面積42.69km²、人口80,637人（令和6年11月1日推計）。"
                "享保9年（1724年）に始まったとされる金魚の養殖は全国有数の規模で、"
                "全国金魚すくい選手権大会の開催地でもあります。"
            ),
        ),
    ]
    row = 3
    for key, text in fields:
        merge(ws, f"A{row}:B{row}", key, fill=FIELD_FILL, bold=True)
        merge(ws, f"C{row}:F{row}", text)
        ws.row_dimensions[row].height = 45 if key == "市の概要" else 18
        row += 1
    row += 1
    put(ws, f"A{row}", "１　成果指標と目標値", size=11, bold=True, border=False, wrap=False)
    h1, h2 = row + 1, row + 2
    for col, text in (("A", "No."), ("B", "成果指標"), ("C", "単位"), ("D", "基準値（R元）")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, fill=HEAD_FILL, bold=True, h="center")
    merge(ws, f"E{h1}:F{h1}", "目標値", fill=HEAD_FILL, bold=True, h="center")
    put(ws, f"E{h2}", "R5", fill=HEAD_FILL, bold=True, h="center")
    put(ws, f"F{h2}", "R7", fill=HEAD_FILL, bold=True, h="center")
    kpis = [
        (1, "金魚の年間出荷数", "万匹", 5820, 5900, 6000),
        (2, "郡山城跡の観光入込客数", "千人", 412, 450, 480),
        (3, "市内の新規就農者数", "人", 6, 8, 10),
        (4, "子育て支援センターの利用者数", "人", 28450, 30000, 32000),
    ]
    for i, k in enumerate(kpis):
        rr = h2 + 1 + i
        put(ws, f"A{rr}", k[0], h="center")
        put(ws, f"B{rr}", k[1])
        put(ws, f"C{rr}", k[2], h="center")
        for col, val in zip("DEF", k[3:]):
            put(ws, f"{col}{rr}", val, h="right", fmt="#,##0")
    row = h2 + len(kpis) + 1
    put(
        ws,
        f"A{row}",
        "※各年度の実績値は、シート「実績」に成果指標のNo.順に記載しています。",
        size=8,
        border=False,
        wrap=False,
    )
    put(
        ws,
        f"A{row + 1}",
        "※No.1は市内養殖業者からの聞き取りによる（大和郡山市調べ）。",
        size=8,
        border=False,
        wrap=False,
    )

    ws2 = wb.create_sheet("実績")
    widths(ws2, {"A": 5, "B": 36, "C": 12, "D": 12, "E": 12})
    put(ws2, "A1", "２　成果指標の実績", size=11, bold=True, border=False, wrap=False)
    put(
        ws2,
        "A2",
        "（単位は、シート「KPI一覧」の単位欄によります）",
        size=9,
        border=False,
        wrap=False,
    )
    for col, text in zip("ABCDE", ("No.", "成果指標", "R3実績", "R4実績", "R5実績")):
        put(ws2, f"{col}3", text, fill=HEAD_FILL, bold=True, h="center")
    actuals = [
        (1, "金魚の年間出荷数", 5410, 5655, 5702),
        (2, "郡山城跡の観光入込客数", 298, 367, 455),
        (3, "市内の新規就農者数", 7, 5, 9),
        (4, "子育て支援センターの利用者数", 21930, 25118, 27640),
    ]
    for i, a in enumerate(actuals):
        rr = 4 + i
        put(ws2, f"A{rr}", a[0], h="center")
        put(ws2, f"B{rr}", a[1])
        for col, val in zip("CDE", a[2:]):
            put(ws2, f"{col}{rr}", val, h="right", fmt="#,##0")
    put(ws2, "A9", "※No.2のR3は、お城まつりの中止により減少。", size=8, border=False, wrap=False)
    path = HERE / "yamatokoriyama_seika_shihyo_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 伊丹市 (HTML)

ITAMI_ROWS = [
    (
        "1",
        "中心市街地の休日歩行者通行量",
        "人",
        "38,420",
        "29,115",
        "33,870",
        "36,240",
        "＋2,370",
        "37,000",
        "40,000",
    ),
    ("2", "伊丹まちなかバル参加店舗数", "店舗", "112", "中止", "98", "121", "＋23", "115", "120"),
    (
        "3",
        "伊丹スカイパークの来園者数",
        "千人",
        "1,052",
        "968",
        "1,105",
        "1,148",
        "＋43",
        "1,100",
        "1,150",
    ),
    ("4", "市内の新規創業件数", "件", "54", "61", "58", "57", "△1", "65", "70"),
    (
        "5",
        "清酒・地場産品PRイベントの来場者数",
        "人",
        "18,600",
        "4,230",
        "12,940",
        "17,880",
        "＋4,940",
        "16,000",
        "19,000",
    ),
]


def build_itami():
    years = ("令和3年度<br>（2021年度）", "令和4年度<br>（2022年度）", "令和5年度<br>（2023年度）")
    targets = ("令和5年度<br>（2023年度）", "令和6年度<br>（2024年度）")
    body = []
    for r in ITAMI_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in r[3:])
        body.append(
            f'      <tr><td class="no">{r[0]}</td><th scope="row">{r[1]}</th>'
            f'<td class="unit">{r[2]}</td>{cells}</tr>'
        )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="UTF-8">',
        "<title>施策評価（令和5年度実績）にぎわいと地域産業の活性化｜伊丹市</title>",
        (
            "<style>table{border-collapse:collapse}th,td{border:1px solid #666;padding:4px 6px}"
            "thead th{background:#e4ecf7}td.num{text-align:right}</style>"
        ),
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '  <li><a href="/">トップページ</a></li>',
        '  <li><a href="/SOSIKI/">市政情報</a></li>',
        '  <li><a href="/SOSIKI/SOGOSEISAKU/">計画・行政評価</a></li>',
        '  <li><a href="/SOSIKI/SOGOSEISAKU/SEISAKU/keikakuhyouka/">行政評価</a></li>',
        "  <li>施策評価（令和5年度実績）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>施策評価（令和5年度実績）　3-2　にぎわいと地域産業の活性化</h1>",
        '<p class="date">更新日：2024年9月30日</p>',
        (
            "<p>第6次伊丹市総合計画（令和3年度～令和10年度）の前期実施計画（令和3年度～令和6年度）"
            "に基づき、実施施策ごとに成果指標の達成状況を振り返り、事業の改善や見直しに役立てています。"
            "本市は面積25.00km<sup>2</sup>、人口198,138人（令和2年国勢調査）のまちで、"
            "清酒発祥の地として日本遺産「伊丹諸白」と「灘の生一本」のストーリーを構成しています。</p>"
        ),
        '<table class="shisaku">',
        "  <tbody>",
        "    <tr><th>実施施策</th><td>3-2　にぎわいと地域産業の活性化</td></tr>",
        "    <tr><th>主担当課</th><td>産業振興室</td></tr>",
        "    <tr><th>評価</th><td>B（概ね順調）</td></tr>",
        "  </tbody>",
        "</table>",
        "<h2>1　成果指標の達成状況</h2>",
        '<table class="seika">',
        "  <thead>",
        (
            '    <tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th>'
            '<th rowspan="2">基準値<br>（令和元年度）</th><th colspan="3">実績値</th>'
            '<th rowspan="2">前年度差</th><th colspan="2">目標値</th></tr>'
        ),
        "    <tr>" + "".join(f"<th>{y}</th>" for y in years + targets) + "</tr>",
        "  </thead>",
        "  <tbody>",
        *body,
        "  </tbody>",
        "</table>",
        "<p>※前年度差は、令和5年度実績と令和4年度実績の差です（単位は各指標の単位欄のとおり）。</p>",
        "<p>※No.2の令和3年度は、新型コロナウイルス感染症の影響により開催を中止しました。</p>",
        "<p>※No.3は伊丹スカイパークの駐車場利用台数等からの推計値です。</p>",
        "<h2>2　施策の評価と今後の方向性</h2>",
        (
            "<p>歩行者通行量は回復傾向にあるものの基準値には届いていません。まちなかバルやイベントの"
            "来場者は感染症拡大前の水準に戻りつつあります。</p>"
        ),
        '<p class="contact">この記事に関するお問い合わせ先：総合政策部政策室</p>',
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    path = HERE / "itami_shisaku_hyoka_r5.html"
    path.write_bytes("\n".join(lines).encode("utf-8"))
    return path


def to_pdf(xlsx):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(xlsx)],
            check=True,
            capture_output=True,
        )
        shutil.move(str(Path(tmp) / (xlsx.stem + ".pdf")), HERE / (xlsx.stem + ".pdf"))


def main():
    SOURCE.mkdir(exist_ok=True)
    pdf_sources = [build_inazawa(), build_hannan()]
    build_yamatokoriyama()
    build_itami()
    if "--no-pdf" not in sys.argv:
        for xlsx in pdf_sources:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
