"""Build the forms395 documents.

Writes source/hanyu_senryaku_kensho_r1.xlsx, source/miura_machizukuri_shihyo_r5.xlsx and
source/kiso_pj_kpi_kanri_r5.xlsx (each converted to a one-page PDF with LibreOffice unless --no-pdf is
given) and the page katori_juten_pj_kpi_r5.html. Workbooks get fixed timestamps so that every XLSX and
HTML is byte-stable.
"""
# ruff: noqa: E501, B905

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

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FONT = "IPAexGothic"
FIXED = datetime(2024, 9, 1, 9, 0, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")
GREY_FILL = PatternFill("solid", fgColor="D9D9D9")


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
    fmt=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    if fmt is not None:
        cell.number_format = fmt
    return cell


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    if kw.get("border", True):
        for row in ws[rng]:
            for cell in row:
                cell.border = BOX
                if kw.get("fill") is not None:
                    cell.fill = kw["fill"]
    ws.merge_cells(rng)


def num_fmt(value):
    if isinstance(value, float):
        return "#,##0.0"
    if isinstance(value, int):
        return "#,##0"
    return None


def value_cell(ws, ref, value, fill=None, size=9):
    put(ws, ref, value, h="right", fmt=num_fmt(value), fill=fill, size=size)


def col(i):
    return chr(65 + i)


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


def save_stable(wb, path):
    """Save a workbook with fixed timestamps (core.xml and zip entries)."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "forms395"
    wb.properties.lastModifiedBy = "forms395"
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(
                        rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)",
                        r"\g<1>" + stamp + r"\g<2>",
                        text,
                    )
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def fields_block(ws, row, fields, last_col):
    for label, text, height in fields:
        merge(ws, f"A{row}:B{row}", label, fill=LABEL_FILL, bold=True)
        merge(ws, f"C{row}:{last_col}{row}", text)
        ws.row_dimensions[row].height = height
        row += 1
    return row


def widths(ws, sizes):
    for letter, w in zip("ABCDEFGHIJKLMNOP", sizes):
        ws.column_dimensions[letter].width = w


def title_lines(ws, last, title, date, row=1):
    merge(ws, f"A{row}:{last}{row}", title, size=13, bold=True, border=False, h="center")
    ws.row_dimensions[row].height = 24
    merge(ws, f"A{row + 1}:{last}{row + 1}", date, border=False, h="right")
    return row + 3


def heading(ws, row, last, text):
    merge(ws, f"A{row}:{last}{row}", text, size=10, bold=True, border=False)
    ws.row_dimensions[row].height = 18
    return row + 1


def note(ws, row, last, text, height=15):
    merge(ws, f"A{row}:{last}{row}", text, size=8, border=False)
    ws.row_dimensions[row].height = height
    return row + 1


# ---------------------------------------------------------------- 羽生市 (PDF, landscape)

HANYU_GOALS = [
    (
        "基本目標１　しごとをつくり安心して働けるようにする",
        [
            ("1", "北袋地区における企業立地割合", "％", 35, [41, 47, 52, 56], 60, "未達成", ""),
            (
                "2",
                "岩瀬土地区画整理地内の商業施設用地面積",
                "ha",
                0,
                [0, 4.3, 7.8, 10.2],
                10,
                "達成",
                "R元は見込値（換地処分前のため仮換地面積で計上）",
            ),
            ("3", "埼玉型ほ場整備事業の実施面積", "ha", 0, [18, 42, 66, 87], 100, "未達成", ""),
        ],
    ),
    (
        "基本目標２　結婚・出産・子育ての希望をかなえ特色ある教育を提供する",
        [
            (
                "4",
                "合計特殊出生率",
                "－",
                1.12,
                [1.15, 1.09, 1.18, 1.13],
                1.30,
                "未達成",
                "埼玉県保健統計年報",
            ),
            (
                "5",
                "20～39歳の転出超過数の抑制",
                "人",
                146,
                [98, 61, 27, "△12"],
                100,
                "達成",
                "△は転入超過（R元は12人の転入超過）",
            ),
        ],
    ),
]


def build_hanyu():
    wb = Workbook()
    ws = wb.active
    ws.title = "最終検証"
    last = "L"
    widths(ws, [5, 34, 6, 10, 9, 9, 9, 9, 10, 9, 9, 30])
    row = title_lines(
        ws,
        last,
        "羽生市まち・ひと・しごと創生総合戦略　最終検証シート（平成27年度～令和元年度）",
        "令和2年8月　羽生市企画財務部企画課",
    )
    for label, text, height in [
        ("計画の名称", "羽生市まち・ひと・しごと創生総合戦略", 16),
        (
            "計画期間",
            "平成27年度～令和元年度（5年間）　※後継の第2次戦略は令和2年4月1日～令和7年3月31日",
            16,
        ),
        ("担当課", "企画財務部企画課", 16),
        (
            "市の現状",
            "本市の人口は平成12年の57,499人をピークに減少に転じ、令和元年10月1日現在54,730人（住民基本台帳）となった。平成27年度から令和元年度にかけては、各年度261人から390人の範囲で出生数が死亡数を下回り、高齢化率は29％を超えている。",
            30,
        ),
    ]:
        merge(ws, f"A{row}:C{row}", label, fill=LABEL_FILL, bold=True)
        merge(ws, f"D{row}:{last}{row}", text)
        ws.row_dimensions[row].height = height
        row += 1
    row += 1
    for goal, rows in HANYU_GOALS:
        row = heading(ws, row, last, goal)
        for ref, text in [
            ("A", "No."),
            ("B", "重要業績評価指標（KPI）"),
            ("C", "単位"),
            ("D", "基準値\n（H26）"),
            ("I", "目標値\n（R元）"),
            ("J", "達成状況"),
            ("K", "備考"),
        ]:
            end = "L" if ref == "K" else ref
            merge(ws, f"{ref}{row}:{end}{row + 1}", text, bold=True, fill=HEAD_FILL, h="center")
        merge(ws, f"E{row}:H{row}", "実績値", bold=True, fill=HEAD_FILL, h="center")
        for i, year in enumerate(["H28", "H29", "H30", "R元"]):
            put(ws, f"{col(4 + i)}{row + 1}", year, bold=True, fill=HEAD_FILL, h="center")
        ws.row_dimensions[row].height = 16
        ws.row_dimensions[row + 1].height = 16
        row += 2
        for no, name, unit, base, acts, target, status, remark in rows:
            put(ws, f"A{row}", no, h="center")
            put(ws, f"B{row}", name)
            put(ws, f"C{row}", unit, h="center")
            value_cell(ws, f"D{row}", base)
            for i, v in enumerate(acts):
                value_cell(ws, f"{col(4 + i)}{row}", v)
            value_cell(ws, f"I{row}", target)
            put(ws, f"J{row}", status, h="center")
            merge(ws, f"K{row}:L{row}", remark, size=8)
            if isinstance(base, float):
                for ref in ["D", "E", "F", "G", "H", "I"]:
                    ws[f"{ref}{row}"].number_format = "0.00"
            ws.row_dimensions[row].height = 26
            row += 1
        row += 1
    row = note(
        ws,
        row,
        last,
        "※基準値はH26年度（戦略策定時）の値。達成状況は、R元の実績値と目標値を比べたもの。",
    )
    row = note(ws, row, last, "※No.1～3の目標値（R元）は戦略策定時（平成28年3月）に設定したもの。")
    page_setup(ws, True, f"A1:{last}{row - 1}")
    path = SOURCE / "hanyu_senryaku_kensho_r1.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 三浦市 (PDF, portrait)

MIURA_YEARS = [
    "2015（平成27）年度\n基準値",
    "2021（令和3）年度",
    "2022（令和4）年度",
    "2023（令和5）年度",
    "2025（平成37）年度\n目標値",
]
MIURA_CARDS = [
    ("指標①", "三崎漁港のマグロ類水揚量", "t", [15820, 12406, 11930, 12874, 16000]),
    ("指標②", "観光客入込数", "万人", [669.3, 398.1, 512.6, 588.4, 700.0]),
    ("指標③", "三浦海岸海水浴場の海水浴客数", "人", [251000, "開設中止", 142000, 168000, 250000]),
    (
        "指標④",
        "城ヶ島を訪れた人の満足度（「満足」「やや満足」の割合）",
        "％",
        [72.4, 74.1, 76.8, 77.5, 80.0],
    ),
]


def build_miura():
    wb = Workbook()
    ws = wb.active
    ws.title = "まちづくり指標"
    last = "F"
    widths(ws, [12, 15, 15, 15, 15, 17])
    row = title_lines(
        ws,
        last,
        "第4次三浦市総合計画　まちづくり指標の推移（令和5年度）",
        "令和6年7月　三浦市政策部政策課",
    )
    for label, text, height in [
        ("計画の名称", "第4次三浦市総合計画「三浦ニュープラン21」", 16),
        ("計画期間", "基本構想　2001（平成13）年度～2025（平成37）年度", 16),
        ("担当課", "政策部政策課", 16),
        (
            "市の概要",
            "1955（昭和30）年1月、三崎町・南下浦町・初声村が合併して誕生。面積32.05km²、人口44,132人（2017年4月1日現在）。三方を海に囲まれ、三崎漁港はマグロの水揚げで知られる。",
            42,
        ),
    ]:
        merge(ws, f"A{row}:B{row}", label, fill=LABEL_FILL, bold=True)
        merge(ws, f"C{row}:{last}{row}", text)
        ws.row_dimensions[row].height = height
        row += 1
    row += 1
    row = heading(ws, row, last, "２　もてなしの心をもつ都市をめざして～交流を育む")
    row = note(ws, row, last, "指標ごとに、基準値・各年度の実績値・目標値を示す。")
    for label, name, unit, values in MIURA_CARDS:
        put(ws, f"A{row}", label, bold=True, fill=HEAD_FILL, h="center")
        merge(ws, f"B{row}:D{row}", name, bold=True)
        put(ws, f"E{row}", "単位", bold=True, fill=LABEL_FILL, h="center")
        put(ws, f"F{row}", unit, h="center")
        ws.row_dimensions[row].height = 28 if len(name) > 22 else 18
        put(ws, f"A{row + 1}", "年度", bold=True, fill=LABEL_FILL, h="center")
        for i, year in enumerate(MIURA_YEARS):
            put(ws, f"{col(1 + i)}{row + 1}", year, size=8, bold=True, fill=LABEL_FILL, h="center")
        ws.row_dimensions[row + 1].height = 28
        put(ws, f"A{row + 2}", "値", bold=True, fill=LABEL_FILL, h="center")
        for i, v in enumerate(values):
            value_cell(ws, f"{col(1 + i)}{row + 2}", v)
            if isinstance(v, str):
                ws[f"{col(1 + i)}{row + 2}"].alignment = Alignment(
                    horizontal="center", vertical="center"
                )
        ws.row_dimensions[row + 2].height = 18
        row += 4
    row = note(
        ws,
        row,
        last,
        "※指標③の2021（令和3）年度は、新型コロナウイルス感染症の影響により海水浴場を開設しなかった。",
        15,
    )
    row = note(
        ws,
        row,
        last,
        "※目標値の年度は基本構想策定時の表記による（2025（平成37）年度は令和7年度にあたる）。",
        15,
    )
    row = note(ws, row, last, "※指標④は毎年度実施の来訪者アンケートによる。", 15)
    page_setup(ws, False, f"A1:{last}{row - 1}")
    path = SOURCE / "miura_machizukuri_shihyo_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 木曽町 (PDF, landscape)

KISO_PROJECTS = [
    (
        "1",
        "すんき産業推進プロジェクト",
        [
            ("すんき漬けの出荷量", "t", 18.2, (20.0, 21.4, "A"), (22.0, 19.6, "B"), 25.0),
            ("すんきを使った新商品の開発数", "件", 2, (5, 6, "A"), (7, 7, "A"), 10),
        ],
    ),
    (
        "2",
        "観光・DMO推進プロジェクト",
        [("観光入込客数", "千人", 1125.0, (900.0, 1018.3, "A"), (1100.0, 1072.6, "B"), 1200.0)],
    ),
    ("3", "移住・定住促進プロジェクト", [("移住者数", "人", 38, (40, 29, "C"), (45, 47, "A"), 50)]),
    (
        "7",
        "御嶽山資源活用推進プロジェクト",
        [("木曽馬の里の来場者数", "人", 31200, ("―", 28450, "－"), (32000, 33180, "A"), 35000)],
    ),
]


def build_kiso():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗管理表"
    last = "L"
    widths(ws, [24, 26, 6, 10, 9, 9, 6, 9, 9, 6, 11, 22])
    row = title_lines(
        ws,
        last,
        "木曽町まち・ひと・しごと創生総合戦略　推進プロジェクト　KPI進捗管理表（令和５年度）",
        "令和6年6月　木曽町企画財政課",
    )
    for label, text, height in [
        ("戦略の名称", "木曽町まち・ひと・しごと創生総合戦略（8つの推進プロジェクト）", 16),
        ("計画期間", "令和2年度～令和6年度", 16),
        ("担当課", "企画財政課", 16),
        (
            "町の概要",
            "平成17年11月1日、木曽福島町・日義村・開田村・三岳村の4町村が合併して誕生。面積476.03km²（総面積の約90％が山林）、人口10,584人（令和2年10月1日現在）。西に御嶽山（3,067m）がそびえ、開田高原では在来馬の木曽馬が飼育されている。",
            30,
        ),
    ]:
        put(ws, f"A{row}", label, fill=LABEL_FILL, bold=True)
        merge(ws, f"B{row}:{last}{row}", text)
        ws.row_dimensions[row].height = height
        row += 1
    row += 1
    row = heading(ws, row, last, "■推進プロジェクト別KPIの進捗")
    for ref, text in [
        ("A", "プロジェクト"),
        ("B", "KPI"),
        ("C", "単位"),
        ("D", "基準値\n（R元）"),
        ("K", "最終目標\n（R6）"),
        ("L", "備考"),
    ]:
        merge(ws, f"{ref}{row}:{ref}{row + 1}", text, bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"E{row}:G{row}", "令和４年度", bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"H{row}:J{row}", "令和５年度", bold=True, fill=HEAD_FILL, h="center")
    for i, word in enumerate(["目標", "実績", "評価", "目標", "実績", "評価"]):
        put(ws, f"{col(4 + i)}{row + 1}", word, bold=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[row].height = 16
    ws.row_dimensions[row + 1].height = 16
    row += 2
    remarks = {"木曽馬の里の来場者数": "R4は施設改修のため目標を設定せず"}
    for no, project, kpis in KISO_PROJECTS:
        first = row
        for name, unit, base, y4, y5, final in kpis:
            put(ws, f"B{row}", name)
            put(ws, f"C{row}", unit, h="center")
            value_cell(ws, f"D{row}", base)
            for i, v in enumerate([*y4, *y5]):
                if i in (2, 5) or isinstance(v, str):
                    put(ws, f"{col(4 + i)}{row}", v, h="center")
                else:
                    value_cell(ws, f"{col(4 + i)}{row}", v)
            value_cell(ws, f"K{row}", final)
            put(ws, f"L{row}", remarks.get(name, ""), size=8)
            ws.row_dimensions[row].height = 22
            row += 1
        merge(ws, f"A{first}:A{row - 1}", f"{no}　{project}")
    row = note(
        ws,
        row,
        last,
        "評価　A：目標を達成　B：目標の80％以上　C：目標の80％未満　－：目標の設定なし",
    )
    row = note(
        ws,
        row,
        last,
        "※観光入込客数は長野県観光地利用者統計調査による。プロジェクト番号は総合戦略の番号（4～6、8のプロジェクトは別表）。",
    )
    page_setup(ws, True, f"A1:{last}{row - 1}")
    path = SOURCE / "kiso_pj_kpi_kanri_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 香取市 (HTML)

KATORI_SECTIONS = [
    (
        "(1)競争力のある産業の育成と安定した雇用の実現",
        [
            ("①", "新規就農者数（人）", "14", "11", "17", "20", ""),
            (
                "②",
                "農産物直売所の販売額（千円）",
                "1,284,500",
                "1,301,220",
                "1,356,880",
                "1,400,000",
                "市内の道の駅・直売所5施設の合計",
            ),
            (
                "③",
                "観光入込客数（万人）",
                "312.5",
                "498.7",
                "571.2",
                "600.0",
                "佐原の町並み・香取神宮ほか",
            ),
        ],
    ),
    (
        "(2)移住・定住の促進と関係人口の創出・拡大",
        [
            ("④", "移住相談件数（件）", "86", "124", "151", "200", ""),
            (
                "⑤",
                "空き家バンクの成約件数（件）",
                "9",
                "累計21",
                "累計35",
                "累計60",
                "令和4年度からの累計",
            ),
        ],
    ),
]


def katori_html():
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="UTF-8">',
        "<title>重点プロジェクトのKPI進捗状況（令和５年度） - 香取市</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '<li><a href="/">トップページ</a></li>',
        '<li><a href="/government/">市政情報</a></li>',
        '<li><a href="/government/plan_policy/">計画・政策</a></li>',
        '<li><a href="/government/plan_policy/plan/zempan/sogokeikaku/">総合計画</a></li>',
        "<li>重点プロジェクトのKPI進捗状況（令和５年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>重点プロジェクト（第3期香取市まち・ひと・しごと創生総合戦略）のKPI進捗状況（令和５年度）</h1>",
        '<p class="date">更新日：2024年10月1日　担当：企画政策課</p>',
        "<p>香取市では、第2次香取市総合計画後期基本計画（令和5年度～令和9年度）の重点プロジェクトを「第3期香取市まち・ひと・しごと創生総合戦略」と位置づけ、6つのプロジェクトごとに重要業績評価指標（KPI）を設定しています。このページでは、そのうち2つのプロジェクトの令和5年度の実績をお知らせします。</p>",
        "<p>本市は千葉県の北東部に位置し、総面積は262.35km²です。香取神宮や、平成8年12月に関東で初めて重要伝統的建造物群保存地区に選定された佐原の町並みなど、歴史・文化の資源に恵まれています。</p>",
    ]
    for heading_text, rows in KATORI_SECTIONS:
        parts.append(f"<h2>{heading_text}</h2>")
        parts.append('<table class="kpi" border="1">')
        parts.append("<thead>")
        parts.append(
            '<tr><th scope="col">No.</th><th scope="col">KPI</th><th scope="col">基準値<br>（令和3年度）</th><th scope="col">令和4年度<br>実績</th><th scope="col">令和5年度<br>実績</th><th scope="col">目標値<br>（令和9年度）</th><th scope="col">備考</th></tr>'
        )
        parts.append("</thead>")
        parts.append("<tbody>")
        for label, name, base, r4, r5, target, remark in rows:
            parts.append(
                f'<tr><td>{label}</td><th scope="row">{name}</th><td>{base}</td><td>{r4}</td><td>{r5}</td><td>{target}</td><td>{remark}</td></tr>'
            )
        parts.append("</tbody>")
        parts.append("</table>")
    parts += [
        "<p>※単位は各KPI名の末尾の括弧内に示しています。</p>",
        "<p>※③の観光入込客数は千葉県観光入込調査によります。</p>",
        "<h2>お問い合わせ</h2>",
        "<p>企画政策課<br>〒287-8501 千葉県香取市佐原ロ2127</p>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def build_katori():
    path = HERE / "katori_juten_pj_kpi_r5.html"
    path.write_bytes(katori_html().encode("utf-8"))
    return path


def to_pdf(xlsx):
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
                str(xlsx),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / (xlsx.stem + ".pdf"), HERE / (xlsx.stem + ".pdf"))


def main():
    SOURCE.mkdir(exist_ok=True)
    pdf_sources = [build_hanyu(), build_miura(), build_kiso()]
    build_katori()
    if "--no-pdf" not in sys.argv:
        for xlsx in pdf_sources:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
