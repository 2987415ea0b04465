"""Build forms596: four KPI documents of 古座川町, 八百津町, 高石市 and 西尾市.

Writes the XLSX source `source/kozagawa_ichimaiiwa_jimujigyo_r5.xlsx`, which LibreOffice turns into
`kozagawa_ichimaiiwa_jimujigyo_r5.pdf`; `yaotsu_jindo_kofukin_kensho_r6.xlsx` (the workbook is the document);
`takaishi_shuyo_seika_shihyo_r5.csv` (UTF-8 without BOM, CRLF) and `nishio_senryaku_suchi_suii_h30.html`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). The XLSX files, the CSV and the HTML are
byte-stable (fixed zip entry dates and core properties); the PDF's creation date, /ID and /DocChecksum are
overwritten with fixed values of the same length, so it is byte-stable too on the same LibreOffice.
"""
# ruff: noqa: E501, B905

import datetime
import hashlib
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
FONT = "Noto Sans CJK JP"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
GREY = PatternFill("solid", fgColor="BFBFBF")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    box=False,
    shade=False,
    h="left",
    wrap=True,
    fmt=None,
    fill=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fill is not None:
        cell.fill = fill
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
    wb.properties.creator = "forms596"
    wb.properties.lastModifiedBy = "forms596"
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


def fields_block(ws, r, fields, last_col, tall):
    """Key (columns A:B) | value (C:last_col) rows."""
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:{last_col}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, last_col, height=15):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 古座川町 (XLSX source of the PDF, portrait)
# One grid: money rows, then each indicator on a 目標 row and a 実績 row. Era-less years (令和) in full-width
# digits; the value cells carry their units as text. The ６年度 実績 cells are blank and shaded grey.
KOZAGAWA_YEARS = ("３年度", "４年度", "５年度", "６年度")
KOZAGAWA_MONEY = (
    ("総事業費（千円）", (8420, 9180, 9650, 10200)),
    ("うち国・県支出金（千円）", (2000, 2000, 2500, 2500)),
    ("うち一般財源（千円）", (6420, 7180, 7150, 7700)),
)
# (区分, 記号, name, 目標 ３–６年度, 実績 ３–５年度)
KOZAGAWA_ROWS = (
    (
        "活動指標",
        "ア",
        "一枚岩・滝の拝ガイドウォークの開催回数",
        ("20回", "24回", "24回", "28回"),
        ("18回", "26回", "25回"),
    ),
    (
        "活動指標",
        "イ",
        "体験メニュー（カヌー・川遊び等）の造成数（累計）",
        ("3件", "5件", "7件", "9件"),
        ("3件", "6件", "7件"),
    ),
    (
        "成果指標",
        "ア",
        "一枚岩周辺の観光入込客数",
        ("3.0万人", "3.2万人", "3.4万人", "3.6万人"),
        ("2.4万人", "3.1万人", "3.5万人"),
    ),
    (
        "成果指標",
        "イ",
        "道の駅一枚岩monolithの1日平均利用者数",
        ("150人/日", "160人/日", "170人/日", "180人/日"),
        ("132人/日", "158人/日", "166人/日"),
    ),
    (
        "成果指標",
        "ウ",
        "体験メニュー参加者の満足度",
        ("80.0%", "80.0%", "85.0%", "85.0%"),
        ("78.5%", "81.2%", "集計中"),
    ),
)


def build_kozagawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価シート"
    for col, w in zip("ABCDEFGH", (9, 6, 36, 6, 10, 10, 10, 10)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:H1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "作成日　令和6年7月19日　　古座川町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "一枚岩・清流古座川観光拠点魅力向上事業"),
        ("担当課", "地域振興課"),
        (
            "総合計画上の位置付け",
            "古座川町第5次長期総合計画　基本目標（4）癒しと活力いっぱいの古座川タウン",
        ),
        ("根拠法令", "なし（町単独事業）"),
        ("対象者", "町内外からの観光客、町内の観光事業者"),
        ("事業期間", "令和3年度～令和7年度（5年間）"),
        (
            "事業の概要",
            "本町は和歌山県の南東部に位置し、面積は294.23km²で、その約96%を森林が占める。昭和31年（1956年）3月31日に高池町、明神村、小川村、三尾川村、七川村の1町4村が合併して誕生し、合併当時に1万人いた人口は2,363人（令和6年1月1日現在）となっている。"
            "町の中央を流れる古座川は、紀伊半島南部の最高峰である大塔山（標高1,121m）に源を発し、中流の相瀬には高さ約100m、幅約500mの国指定天然記念物「古座川の一枚岩」（昭和16年（1941年）12月13日指定）がそびえる。"
            "本事業では、一枚岩の対岸にある道の駅一枚岩monolithを拠点として、ガイドウォークや川遊びの体験メニューを造成・実施し、平成30年度に再び発足した古座川町観光協会と連携して交流人口の拡大を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, "H", {"事業の概要": 92, "総合計画上の位置付け": 24})
    r += 1
    put(ws, f"A{r}", "２　事業費と指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top, sub = r, r + 1
    merge(ws, f"A{top}:A{sub}", "区分", bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{top}:B{sub}", "記号", bold=True, box=True, shade=True, h="center")
    merge(ws, f"C{top}:D{sub}", "項目", bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:H{top}", "年　度", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGH", KOZAGAWA_YEARS):
        put(ws, f"{col}{sub}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 16
    ws.row_dimensions[sub].height = 16
    r = sub + 1
    first = r
    for name, vals in KOZAGAWA_MONEY:
        put(ws, f"B{r}", None, box=True)
        merge(ws, f"C{r}:D{r}", name, box=True)
        for col, v in zip("EFGH", vals):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 16
        r += 1
    merge(ws, f"A{first}:A{r - 1}", "事業費", box=True, h="center")
    groups = {}
    for kind, mark, name, targets, actuals in KOZAGAWA_ROWS:
        t, a = r, r + 1
        groups.setdefault(kind, [t, a])[1] = a
        merge(ws, f"B{t}:B{a}", mark, box=True, h="center")
        merge(ws, f"C{t}:C{a}", name, box=True)
        put(ws, f"D{t}", "目標", box=True, h="center")
        put(ws, f"D{a}", "実績", box=True, h="center")
        for col, v in zip("EFGH", targets):
            put(ws, f"{col}{t}", v, box=True, h="right")
        for col, v in zip("EFG", actuals):
            put(ws, f"{col}{a}", v, box=True, h="center" if v == "集計中" else "right")
        put(ws, f"H{a}", None, box=True, fill=GREY)
        ws.row_dimensions[t].height = 16
        ws.row_dimensions[a].height = 16
        r += 2
    for kind, (g0, g1) in groups.items():
        merge(ws, f"A{g0}:A{g1}", kind, box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　６年度の事業費は当初予算額であり、指標は目標のみを記載している。",
            "※2　成果指標アは、一枚岩駐車場の車両台数調査（4月～翌年3月）をもとに推計した年度の入込客数である。",
            "※3　成果指標ウは、体験メニュー参加者アンケートで「満足」「やや満足」と回答した人の割合である。",
        ],
        "H",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    r = fields_block(
        ws,
        r,
        [
            ("評価", "B（概ね順調）"),
            ("今後の方向性", "拡充"),
            (
                "評価の理由",
                "一枚岩周辺の入込客数は3.5万人と目標を上回り、体験メニューも7件となった。一方、道の駅の1日平均利用者数は目標に届かなかった。"
                "令和6年度は、100年ぶりの新種の桜とされるクマノザクラの開花期に合わせたガイドウォークを新たに設け、観光協会と共同で周知する。",
            ),
        ],
        "H",
        {"評価の理由": 40},
    )
    page(ws, landscape=False)
    save(wb, SRC / "kozagawa_ichimaiiwa_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 八百津町 (XLSX document)
# Each KPI: a name row merged across the grid (label, name, (単位：…)), its values on the row below.
# (name row, 事業開始前, R4 目標, R4 実績, R5 目標, R5 実績, R6 目標, R6 実績, 達成状況, number format)
YAOTSU_ROWS = (
    (
        "KPI①　杉原千畝記念館の入館者数（単位：千人）",
        (28.6, 35.0, 41.3, 45.0, 52.8, 55.0, 57.4),
        "達成",
        "#,##0.0",
    ),
    (
        "KPI②　外国人観光客向けガイドツアーの参加者数（単位：人）",
        ("―", 100, "中止", 200, 164, 300, 312),
        "達成",
        "#,##0",
    ),
    (
        "KPI③　人道の丘公園周辺での観光消費額（単位：千円）",
        (48200, 55000, 60510, 65000, 71940, 75000, "73,600（見込）"),
        "未達成",
        "#,##0",
    ),
    (
        "KPI④　平和学習で来町した学校・団体の数（単位：団体）",
        ("１８", "２０", "２２", "２５", "２４", "３０", "３１"),
        "達成",
        "@",
    ),
)


def build_yaotsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    for col, w in zip("ABCDEFGHI", (6, 11, 9, 9, 9, 9, 9, 12, 11)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和６年度　デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和7年8月　八百津町　地域振興課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "「人道のまち八百津」杉原千畝ゆかりの地 国際交流・観光推進事業"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("総事業費", "3か年計　31,800千円（うち交付金　15,900千円）"),
        ("担当課", "地域振興課"),
        (
            "町の概要",
            "本町は岐阜県の中南部に位置し、南を木曽川、北を飛騨川に挟まれ、面積128.79km²の約8割を山林が占める。明治22年（1889年）7月1日に町制を施行し、人口は9,540人（2024年4月1日推計）である。"
            "第二次世界大戦中にリトアニアで「命のビザ」を発給し、約6,000人の命を救った外交官 杉原千畝（1900～1986）の出身地であり、人道の丘公園には杉原千畝記念館がある。"
            "木曽川には、明治44年（1911年）に完成し平成10年（1998年）に国の重要文化財に指定された旧八百津発電所や、高さ98.2mの丸山ダムがある。",
        ),
    ]
    r = fields_block(ws, 5, fields, "I", {"町の概要": 80, "交付対象事業の名称": 24})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    top, sub = r, r + 1
    merge(ws, f"A{top}:A{sub}", "KPI", bold=True, box=True, shade=True, h="center")
    merge(
        ws, f"B{top}:B{sub}", "事業開始前\n（R4.3末）", bold=True, box=True, shade=True, h="center"
    )
    for cols, year in (("C:D", "令和4年度"), ("E:F", "令和5年度"), ("G:H", "令和6年度")):
        a, b = cols.split(":")
        merge(ws, f"{a}{top}:{b}{top}", year, bold=True, box=True, shade=True, h="center")
    merge(
        ws, f"I{top}:I{sub}", "達成状況\n（令和6年度）", bold=True, box=True, shade=True, h="center"
    )
    for col, text in zip("CDEFGH", ("目標値", "実績値") * 3):
        put(ws, f"{col}{sub}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[sub].height = 18
    r = sub + 1
    for name_row, vals, status, fmt in YAOTSU_ROWS:
        merge(ws, f"A{r}:I{r}", name_row, bold=True, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
        put(ws, f"A{r}", None, box=True)
        for col, v in zip("BCDEFGH", vals):
            if v in ("―", "中止"):
                put(ws, f"{col}{r}", v, box=True, h="center")
            elif isinstance(v, str):
                put(ws, f"{col}{r}", v, box=True, h="right", fmt="@")
            else:
                put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)
        put(ws, f"I{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 18
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　KPI②の令和4年度は、入国制限の影響によりガイドツアーを中止した。",
            "※2　KPI③は、町内の観光施設・飲食店へのアンケートによる推計値である。令和6年度の実績値は令和7年3月末時点の見込値である。",
            "※3　KPI④は、杉原千畝記念館で平和学習を行った学校・団体の数である。",
        ],
        "I",
    )
    r += 1
    put(ws, f"A{r}", "３　効果検証の結果", size=11, bold=True, wrap=False)
    r += 1
    r = fields_block(
        ws,
        r,
        [
            ("推進会議の評価", "地方創生に効果があった"),
            ("今後の方針", "事業の継続（令和7年度からは町単独事業として実施）"),
            (
                "主な意見",
                "記念館の入館者数は3年間で約2倍になった。2024年1月に人道の丘公園に開館したハヤブサ・ミュージアムとの周遊を進め、消費額の増加につなげてほしい。",
            ),
        ],
        "I",
        {"主な意見": 36},
    )
    page(ws, landscape=False)
    save(wb, HERE / "yaotsu_jindo_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 高石市 (CSV, UTF-8 without BOM, CRLF)
TAKAISHI_HEAD = (
    "事業名",
    "担当課",
    "決算額（千円）",
    "区分",
    "指標名",
    "単位",
    "基準値",
    "R3実績",
    "R4実績",
    "R5目標",
    "R5実績",
    "備考",
)
TAKAISHI_FORM = (
    ("タイトル", "令和５年度　主要な施策の成果に関する説明書（成果指標一覧）"),
    ("公表日", "令和6年9月27日"),
    ("会計", "一般会計"),
    ("取りまとめ", "政策推進部　総合政策課"),
    (
        "市の概要",
        "本市は大阪府の南部に位置し、西は大阪湾に面する。東西6.1km、南北4.1km、面積は11.30km²で、府内の市では藤井寺市に次いで2番目に小さい。昭和41年（1966年）に市制を施行し、人口は55,635人（令和2年国勢調査）である。"
        "南海本線とJR阪和線の羽衣・高石・富木の3駅から大阪市の中心部まで約20分、関西国際空港までは20数kmの距離にある。市域の西半分は堺泉北臨海工業地帯の埋立地で、浜寺水路沿いには「名松100選」の松林で知られる府営浜寺公園が広がる。",
    ),
    (
        "注記",
        "「施策」で始まる行は、その下の事業が属する施策を表します。事業名・担当課・決算額が空欄の行は、上の行の事業の指標です。【再掲】は、他の施策に掲載した事業を再び掲載したものです。"
        "基準値の括弧内は基準とした年度です。決算額は事業全体の額（単位：千円）です。",
    ),
)
TAKAISHI_LINES = (
    ("施策1　健幸のまちづくり",),
    (
        "健幸ポイント事業",
        "健幸づくり課",
        "18,460",
        "成果",
        "健幸ポイント事業の参加者数",
        "人",
        "2,140（R2）",
        "2,380",
        "2,650",
        "3,000",
        "2,910",
        "",
    ),
    (
        "",
        "",
        "",
        "活動",
        "健幸ウォーキング教室の開催回数",
        "回",
        "36（R2）",
        "40",
        "44",
        "48",
        "48",
        "",
    ),
    ("施策2　子どもを産み育てやすいまちづくり",),
    (
        "地域子育て支援拠点事業",
        "こども家庭課",
        "24,730",
        "成果",
        "子育て支援拠点の延べ利用者数",
        "人",
        "8,920（R2）",
        "9,450",
        "11,860",
        "12,000",
        "12,340",
        "",
    ),
    ("施策3　にぎわいと魅力のあるまちづくり",),
    (
        "ふるさと寄附推進事業",
        "総合政策課",
        "9,870",
        "成果",
        "ふるさと寄附金の受入額",
        "千円",
        "12,400（R2）",
        "15,860",
        "21,300",
        "増加",
        "27,150",
        "返礼品の地場産品を拡充",
    ),
    (
        "【再掲】健幸ポイント事業",
        "健幸づくり課",
        "",
        "成果",
        "健幸ポイント事業の参加者数",
        "人",
        "2,140（R2）",
        "2,380",
        "2,650",
        "3,000",
        "2,910",
        "浜寺公園のウォーキングコースでのポイント付与を含む",
    ),
    ("施策4　災害に強い安全・安心なまちづくり",),
    (
        "自主防災組織育成事業",
        "危機管理課",
        "3,260",
        "成果",
        "自主防災組織の結成団体数",
        "団体",
        "48（R2）",
        "50",
        "53",
        "56",
        "55",
        "",
    ),
    (
        "",
        "",
        "",
        "活動",
        "防災訓練に参加した事業所数",
        "事業所",
        "―",
        "12",
        "18",
        "20",
        "21",
        "臨海部の事業所を含む",
    ),
    ("※　R5目標の「増加」は、R4実績を上回ることを目標としたものです。",),
)


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_takaishi():
    width = len(TAKAISHI_HEAD)
    rows = [list(pair) for pair in TAKAISHI_FORM]
    rows.append([])
    rows.append(["■事業別の成果指標"])
    rows.append(list(TAKAISHI_HEAD))
    rows.extend(list(line) for line in TAKAISHI_LINES)
    lines = [",".join(csv_field(c) for c in row + [""] * (width - len(row))) for row in rows]
    text = "\r\n".join(lines) + "\r\n"
    (HERE / "takaishi_shuyo_seika_shihyo_r5.csv").write_bytes(text.encode("utf-8"))


# ---------------------------------------------------------------- 西尾市 (HTML)
# One table per 基本目標: indicators as columns (区分 row, then name row with the unit), years down the side.
NISHIO_ROW_HEADS = (
    "基準値（２６年度）",
    "２７年度",
    "２８年度",
    "２９年度",
    "３０年度（見込）",
    "目標値（３１年度）",
    "達成率（％）",
)
NISHIO_GOALS = (
    (
        "基本目標１　西尾市の特色を活かして、「雇用」を維持・拡大する",
        (
            (
                "数値目標",
                "市内事業所の従業者数（人）",
                ("78,420", "78,910", "79,350", "79,880", "80,200", "81,000", "99.0"),
            ),
            ("KPI①", "新規創業件数（件）", ("42", "45", "51", "56", "60", "60", "100.0")),
        ),
    ),
    (
        "基本目標２　地域の魅力を磨き、「交流・にぎわい」を深化する",
        (
            (
                "数値目標",
                "観光入込客数（千人）",
                ("3,215", "3,342", "3,486", "3,520", "3,610", "3,800", "95.0"),
            ),
            (
                "KPI①",
                "佐久島への渡航者数（人）",
                ("92,400", "98,700", "104,300", "101,800", "106,000", "110,000", "96.4"),
            ),
        ),
    ),
    (
        "基本目標３　次代を担う世代を積極的に支援し、地域で「子ども」を育成する",
        (("数値目標", "合計特殊出生率", ("1.62", "1.60", "1.58", "1.57", "―", "1.70", "―")),),
    ),
    (
        "基本目標４　豊かな自然や文化に囲まれた快適な暮らしができる「まち」を形成する",
        (("数値目標", "社会増減数（人）", ("△312", "△145", "△86", "48", "120", "200", "60.0")),),
    ),
)


def nishio_tables():
    out = []
    for heading, cols in NISHIO_GOALS:
        out.append(f"<h2>{heading}</h2>\n<table>\n<thead>\n")
        kinds = "".join(f'<th scope="col">{kind}</th>' for kind, _, _ in cols)
        names = "".join(f'<th scope="col">{name}</th>' for _, name, _ in cols)
        out.append(
            f'<tr><th scope="col" rowspan="2">年度</th>{kinds}</tr>\n<tr>{names}</tr>\n</thead>\n<tbody>\n'
        )
        for i, head in enumerate(NISHIO_ROW_HEADS):
            cls = ' class="rate"' if head.startswith("達成率") else ""
            cells = "".join(f"<td>{vals[i]}</td>" for _, _, vals in cols)
            out.append(f'<tr{cls}><th scope="row">{head}</th>{cells}</tr>\n')
        out.append("</tbody>\n</table>\n")
    return "".join(out)


NISHIO = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>西尾市まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（KPI）の推移（平成３０年度） - 西尾市</title>
<style>
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { border: 1px solid #333; padding: 2px 8px; }
td { text-align: right; }
thead th { background: #e8eef4; }
tbody th { text-align: left; font-weight: normal; background: #f6f6f6; }
tr.rate td, tr.rate th { color: #555; font-size: 90%; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>西尾市まち・ひと・しごと創生総合戦略　数値目標・KPIの推移（平成３０年度）</li>
</ol></nav>
<main>
<h1>西尾市まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（KPI）の推移（平成３０年度）</h1>
<p class="update">更新日：2019年3月29日</p>
<p>西尾市は、愛知県の中央部を北から南へ流れる矢作川の下流域に位置し、南は三河湾に面しています。平成23年（2011年）4月1日に幡豆郡の一色町・吉良町・幡豆町を編入し、面積は161.22km²、人口は169,352人（2017年10月1日）となりました。「三河の小京都」と呼ばれ、抹茶の一大産地として知られるほか、三河湾に浮かぶ佐久島も市域に含みます。</p>
<p>本市では、西尾市まち・ひと・しごと創生総合戦略の4つの基本目標ごとに数値目標と重要業績評価指標（KPI）を定め、毎年度その推移を公表しています。</p>
<dl>
<dt>計画の名称</dt><dd>西尾市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>平成27年度～平成31年度（5年間）</dd>
<dt>担当課</dt><dd>総合政策部　企画政策課</dd>
</dl>
"""
    + nishio_tables()
    + """<p>※　３０年度の数値は、平成31年2月末時点の見込値です。「―」は、数値が公表されていないものです。</p>
<p>※　達成率は、３０年度の数値（見込値）を目標値で割ったものです。</p>
<h2>今後の取組</h2>
<p>4つの基本目標のうち、基本目標１と基本目標２は目標の9割以上に達する見込みです。基本目標４の社会増減数は、２９年度に増加に転じました。最終年度となる３１年度は、西尾の抹茶や佐久島などの地域資源を活かした取組を進めるとともに、次期総合戦略の策定に向けて検証を行います。</p>
</main>
<footer><p>西尾市役所　総合政策部 企画政策課</p></footer>
</body>
</html>
"""
)


def build_nishio():
    (HERE / "nishio_senryaku_suchi_suii_h30.html").write_text(NISHIO, encoding="utf-8")


def to_pdf():
    for name in ("kozagawa_ichimaiiwa_jimujigyo_r5",):
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
        stabilize_pdf(HERE / f"{name}.pdf", SRC / f"{name}.xlsx")


def stabilize_pdf(pdf, source):
    """Overwrite LibreOffice's creation date, /ID and /DocChecksum with fixed values of the same length.

    Only bytes inside those values change, so the xref offsets stay valid and two builds give the same bytes.
    """
    data = pdf.read_bytes()
    fixed = hashlib.md5(source.read_bytes()).hexdigest().upper().encode()
    data = re.sub(rb"(/CreationDate\(D:)[0-9]{14}", rb"\g<1>20250901090000", data)
    data = re.sub(
        rb"(/ID \[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}>",
        rb"\g<1>" + fixed + rb"\g<2>" + fixed + rb">",
        data,
    )
    data = re.sub(rb"(/DocChecksum /)[0-9A-Fa-f]{32}", rb"\g<1>" + fixed, data)
    pdf.write_bytes(data)


def main():
    SRC.mkdir(exist_ok=True)
    build_kozagawa()
    build_yaotsu()
    build_takaishi()
    build_nishio()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
