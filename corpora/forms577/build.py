"""Build forms577: four KPI documents of 阿南市, 須恵町, 大町町 and 姶良市.

Writes `anan_yakyu_jimujigyo_r6.xlsx` (the workbook is the document), `aira_sogo_seika_shihyo_r5.html`
and the XLSX sources `source/sue_rekishi_kofukin_kensho_r6.xlsx` and `source/omachi_tanko_shuyo_seika_r6.xlsx`,
which LibreOffice turns into `sue_rekishi_kofukin_kensho_r6.pdf` and `omachi_tanko_shuyo_seika_r6.pdf`.
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
    wb.properties.creator = "forms577"
    wb.properties.lastModifiedBy = "forms577"
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


# ---------------------------------------------------------------- 阿南市 (XLSX document, portrait)
# (No., name, unit, base R2, R4実績, R5実績, R6目標, R6実績, R7目標)
ANAN_ROWS = (
    (
        "活動指標\n（アウトプット）",
        1,
        "野球観光ツアーの参加チーム数",
        "チーム",
        4,
        18,
        24,
        26,
        29,
        30,
    ),
    (None, 2, "市主催・共催の野球大会の開催回数", "回", 3, 6, 7, 8, 7, 8),
    ("成果指標\n（アウトカム）", 3, "野球関連の宿泊者数", "千人泊", 1.2, 5.9, 6.8, 7.5, 7.9, 8.0),
    (None, 4, "JAアグリあなんスタジアムの利用者数", "人", 18420, 38760, 41250, 43000, 42180, 45000),
    (None, 5, "県外からの野球合宿の受入団体数", "団体", 3, 12, 15, 16, 18, "5年間で延べ80団体"),
)


def build_anan():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJ", (11, 5, 25, 7, 8, 8, 8, 8, 8, 15)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月25日　　阿南市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "野球のまち推進事業"),
        ("担当課", "産業部　野球のまち推進課"),
        (
            "関連計画",
            "阿南市総合計画2021▶2028～咲かせよう夢・未来計画2028～（令和3年度～令和10年度）",
        ),
        ("事業期間", "令和3年度～令和7年度（5年間）"),
        ("事業費（R6決算）", "31,480千円（うち県補助金　5,000千円）"),
        (
            "事業の概要",
            "本市は四国の最東端に位置し、面積279.25km²、人口65,676人（2024年10月1日推計）の市である。"
            "平成19年（2007年）に中堅122m・両翼100m、収容約5,000人の「JAアグリあなんスタジアム」が完成したことを機に「野球のまち阿南構想」を掲げ、"
            "平成20年（2008年）から西日本還暦野球大会を開催し、平成21年（2009年）11月には試合と市内観光を組み合わせた野球観光ツアーを始めた。"
            "平成22年（2010年）には全国で初めて「野球」の名を付けた野球のまち推進課を設置し、60歳以上のチアリーダー「ABO60」など市民と一体となったおもてなしを行っている。"
            "本事業では、野球観光ツアーと各種大会の開催、県外の大学・高校等の合宿誘致に取り組む。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"事業の概要": 84, "関連計画": 28})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCDE", ("区分", "No.", "指標名", "単位", "基準値\n（R2）")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    put(ws, f"F{h1}", "令和4年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"G{h1}", "令和5年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{h1}:I{h1}", "令和6年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"J{h1}", "令和7年度", bold=True, box=True, shade=True, h="center")
    for col, text in zip("FGHIJ", ("実績", "実績", "目標", "実績", "目標")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    first = r
    for kind, no, name, unit, *vals in ANAN_ROWS:
        if kind:
            span = 2 if no == 1 else 3
            merge(ws, f"A{r}:A{r + span - 1}", kind, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        ws.row_dimensions[r].height = 30
        r += 1
    boxed(ws, f"A{first}:A{r - 1}")
    r = notes_block(
        ws,
        r,
        [
            "※1　No.3は、市内の宿泊施設が受け入れた野球の大会・合宿・観光ツアー参加者の宿泊者数である。",
            "※2　No.4は、暦年（1月～12月）の利用者数である。",
            "※3　No.5の令和7年度目標は、事業期間（令和3年度～令和7年度）の5年間の合計である。",
            "※4　基準値は、新型コロナウイルス感染症の影響を受けた令和2年度の値である。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "A（順調）"),
        ("今後の方向性", "拡充"),
        (
            "評価の理由",
            "野球観光ツアーの参加チーム数と宿泊者数は目標を上回り、県外からの合宿受入も順調に推移した。大会の開催回数は、会場日程の都合で1大会を見送ったため目標に届かなかった。令和7年度は、秋季の大学合宿の誘致と、ツアー参加者の市内周遊の促進に取り組む。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "J"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "anan_yakyu_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 須恵町 (PDF, landscape)
SUE_KPI = (
    ("KPI①\n歴史民俗資料館の入館者数", "人"),
    ("KPI②\n須恵焼の作陶体験教室の参加者数", "人"),
    ("KPI③\n町内の観光施設・イベントの入込客数", "千人"),
    ("KPI④\n歴史ボランティアガイドの案内件数", "件"),
)
# (year label or None for the second row of a year, role, values ①–④)
SUE_ROWS = (
    ("基準値（R3年度）", None, (3412, 186, 48.2, "―")),
    ("R4年度", "目標", (3800, 220, 52.0, "―")),
    (None, "実績", (4015, 231, 50.6, "―")),
    ("R5年度", "目標", (4200, 260, 56.0, 40)),
    (None, "実績", (4387, 248, 57.3, 36)),
    ("R6年度", "目標", (4600, 300, 60.0, 60)),
    (None, "実績（見込）", (4720, 305, 58.4, 62)),
    ("達成状況（R6）", None, ("達成", "達成", "未達成", "達成")),
)


def build_sue():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    for col, w in zip("ABCDEF", (13, 12, 27, 27, 27, 27)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:F1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和６年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:F2", "令和7年8月　須恵町　まちづくり課", h="right")
    fields = [
        ("交付対象事業の名称", "須恵焼と歴史資源を活かした交流人口拡大事業"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("総事業費", "3か年計　36,900千円（うち交付金　18,450千円）"),
        ("担当課", "まちづくり課"),
        ("関連計画", "須恵町まち・ひと・しごと創生総合戦略"),
        (
            "町の概要",
            "本町は福岡市の東約10kmに位置し、町域は東西7.1km・南北4.0km、総面積16.33km²、人口26,044人の町である。昭和28年（1953年）4月1日に町制を施行した。"
            "江戸時代には福岡藩の磁器御用窯「須恵焼」が開かれ、皿山公園の中にある歴史民俗資料館は、昭和48年に町立として九州で初めて開館した資料館である。"
            "中世の山城である高鳥居城跡（標高381m）や、須恵の目薬の資料など、町の歴史を伝える資源が多い。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "F"), {"町の概要": 44})
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の推移", size=11, bold=True, wrap=False)
    r += 1
    head = r
    merge(ws, f"A{head}:B{head}", "区分", bold=True, box=True, shade=True, h="center")
    for col, (name, _unit) in zip("CDEF", SUE_KPI):
        put(ws, f"{col}{head}", name, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 32
    r = head + 1
    merge(ws, f"A{r}:B{r}", "単位", bold=True, box=True, shade=True, h="center")
    for col, (_name, unit) in zip("CDEF", SUE_KPI):
        put(ws, f"{col}{r}", unit, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 16
    r += 1
    for label, role, vals in SUE_ROWS:
        if role is None:
            merge(ws, f"A{r}:B{r}", label, box=True, h="center", bold=label.startswith("達成"))
        else:
            if label:
                merge(ws, f"A{r}:A{r + 1}", label, box=True, h="center")
            put(ws, f"B{r}", role, box=True, h="center")
        for col, v in zip("CDEF", vals):
            fmt = "#,##0.0" if col == "E" and isinstance(v, float) else None
            put(
                ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right", fmt=fmt
            )
        ws.row_dimensions[r].height = 18
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　KPI④は、令和5年度の事業計画の変更により追加した指標のため、基準値及び令和4年度の欄は「―」としている。",
            "※2　令和6年度の実績は、令和7年2月末時点の見込値である。達成状況は、令和6年度の目標と実績（見込）を比べたものである。",
            "※3　KPI③は、歴史民俗資料館、皿山公園ほか町内の観光施設及び町内イベントの入込客数の合計である。",
        ],
        "F",
    )
    r += 1
    put(ws, f"A{r}", "■事業の評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("総合評価", "地方創生に相当程度効果があった"),
        ("今後の方針", "事業の継続（自主財源による実施）"),
        (
            "外部有識者の意見",
            "資料館と作陶体験を組み合わせた誘客は着実に成果を上げている。入込客数の目標に届かなかった点については、イベントの開催時期を見直し、町外への情報発信を強化されたい。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "F"), {"外部有識者の意見": 30})
    page(ws, landscape=True)
    save(wb, SRC / "sue_rekishi_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 大町町 (PDF, portrait)
OMACHI_ACT = (("ア", "大町煉瓦館の開館日数", "日", 96, 104),)
OMACHI_OUT = (
    (1, "大町煉瓦館の来館者数", "人", 1240, 1500, 1632, 1800, 1715, "B"),
    (2, "たろめん提供店での提供食数", "千食", 18.6, 20.0, 21.4, 22.0, 22.9, "A"),
    (
        3,
        "町外からの交流イベント参加者数",
        "人",
        2850,
        "2,000～2,500",
        2416,
        "2,500～3,000",
        1930,
        "C",
    ),
    (4, "炭鉱遺産まち歩きガイドの参加者数", "人", 320, 400, 388, 450, 472, "A"),
)


def build_omachi():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHI", (5, 25, 6, 9, 11, 8, 11, 8, 8)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "令和６年度　主要な施策の成果説明書", size=14, bold=True, h="center")
    merge(ws, "A2:I2", "令和7年9月　大町町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事業名", "炭鉱遺産とたろめんを活かしたにぎわい創出事業"),
        ("所管課", "企画政策課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　2目 商工振興費"),
        ("決算額", "令和6年度　6,480千円（うち県補助金　1,500千円）"),
        ("関連計画", "大町町まち・ひと・しごと創生総合戦略（第2期）"),
        ("事業期間", "令和5年度～令和7年度（3年間）"),
        (
            "事業の内容",
            "本町は明治22年（1889年）に大町村と福母村が合併して発足し、昭和11年（1936年）に町制を施行した。面積は11.50km²で県内で最も小さく、人口は5,905人（2025年1月1日推計）である。北部には聖岳（416m）がそびえる。"
            "昭和4年に杵島炭礦株式会社が設立され、昭和16年には人口が24,000人を超えるなど炭鉱の町として栄えたが、昭和44年に閉山した。昭和2年に稼動した杵島炭鉱変電所跡は「大町煉瓦館」として平成18年から催しに使われ、炭鉱員が好んだ麺料理「たろめん」は2010年に町内8店で復活した。"
            "本事業では、煉瓦館の公開と炭鉱遺産のまち歩き、たろめんを味わう交流イベントを行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の内容": 84})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "事業の実績", "単位", "5年度\n実績", "6年度\n実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for row in OMACHI_ACT:
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
    merge(
        ws,
        f"D{r}:I{r}",
        "評価　A：目標を達成　B：目標の8割以上　C：目標の8割未満",
        size=8,
        h="right",
    )
    r += 1
    heads = (
        "No.",
        "成果指標",
        "単位",
        "基準値\n（元年度）",
        "5年度\n目標",
        "5年度\n実績",
        "6年度\n目標",
        "6年度\n実績",
        "評価\n（6年度）",
    )
    for col, text in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for row in OMACHI_OUT:
        for col, v in zip("ABCDEFGHI", row):
            h = "left" if col == "B" else ("center" if col in "ACI" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　基準値は、新型コロナウイルス感染症の影響を受ける前の令和元年度の値である。",
            "※2　No.3の目標は、会場の収容人数に応じて幅を持たせて定めており、評価は目標の下限の値と比べている。",
            "※3　No.3の6年度実績は、雨天により夏の交流イベントを縮小したため前年度を下回った。",
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
            "たろめんの提供食数とまち歩きガイドの参加者数は目標を達成した。煉瓦館の来館者数は前年度を上回ったものの目標には届かず、交流イベントの参加者数は天候の影響で大きく下回った。令和7年度は雨天時の会場を確保し、煉瓦館での催しを増やす。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, SRC / "omachi_tanko_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 姶良市 (HTML)
AIRA_GROUPS = (
    (
        "4-1　観光の振興",
        (
            (
                "①",
                "観光入込客数",
                "千人",
                "1,052.4",
                "812.6",
                "968.3",
                "1,104.7",
                "1,150.0",
                "未達成",
            ),
            (
                "②",
                "観光ボランティアガイドの案内人数",
                "人",
                "3,420",
                "1,286",
                "2,514",
                "3,672",
                "3,600",
                "達成",
            ),
        ),
    ),
    (
        "4-2　移住・定住の促進",
        (
            ("③", "空き家バンクの登録物件数", "件", "46", "58", "63", "71", "70", "達成"),
            ("④", "移住相談窓口を通じた移住者数", "人", "38", "52", "61", "未集計", "70", "未集計"),
        ),
    ),
    (
        "4-3　歴史・文化資源の活用",
        (
            (
                "⑤",
                "観光ボランティアガイドの案内人数（再掲）",
                "人",
                "3,420",
                "1,286",
                "2,514",
                "3,672",
                "3,600",
                "達成",
            ),
            (
                "⑥",
                "文化財めぐり講座の受講者の満足度",
                "%",
                "82.4",
                "85.1",
                "84.6",
                "87.8",
                "策定時から5ポイント上昇",
                "達成",
            ),
        ),
    ),
)


def aira_rows():
    out = []
    for field, rows in AIRA_GROUPS:
        for i, (label, name, unit, *vals) in enumerate(rows):
            head = f'<th scope="rowgroup" rowspan="{len(rows)}">{field}</th>' if i == 0 else ""
            cells = "".join(f"<td>{v}</td>" for v in vals[:-1])
            out.append(
                f'<tr>{head}<td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}<td class="c">{vals[-1]}</td></tr>\n'
            )
    return "".join(out)


AIRA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2次姶良市総合計画　前期基本計画　成果指標の達成状況（令和５年度） - 姶良市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th[scope="rowgroup"] { text-align: left; background: #eef1f6; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップ</a></li>
<li><a href="/gyosei/">行政・議会</a></li>
<li><a href="/gyosei/keikaku/">施策・計画</a></li>
<li>成果指標の達成状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第2次姶良市総合計画　前期基本計画　成果指標の達成状況（令和５年度）</h1>
<p class="update">更新日：2024年9月27日</p>
<p>姶良市は、2010年（平成22年）3月23日に姶良郡の加治木町・姶良町・蒲生町が合併して誕生した市で、面積は231.25km²、人口は76,590人（2021年2月1日）です。鹿児島市の北に隣接し、南東部は鹿児島湾に面しています。蒲生八幡神社の「蒲生の大楠」は樹齢約1,500年、幹回り24.22mで、昭和63年の環境庁の巨樹・巨木林調査で日本一の巨樹とされました。加治木の龍門滝は「日本の滝百選」に選ばれています。</p>
<p>前期基本計画の最終年度である令和5年度の実績がまとまりましたので、政策4の施策ごとに成果指標の達成状況をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>第2次姶良市総合計画</dd>
<dt>計画期間</dt><dd>基本構想　令和元年度～令和10年度（10年間）／前期基本計画　令和元年度～令和5年度（5年間）</dd>
<dt>掲載の範囲</dt><dd>政策4　地域の魅力を生かし、にぎわいと活力を生むまち</dd>
<dt>担当課</dt><dd>企画部　企画政策課</dd>
</dl>
<h2>施策ごとの成果指標</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">策定時<br>（平成30年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（令和5年度）</th><th scope="col" rowspan="2">達成状況</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
"""
    + aira_rows()
    + """</tbody>
</table>
<p>※　③は、各年度末（3月31日）時点で空き家バンクに登録されている物件数です。</p>
<p>※　④の令和5年度は、県の移住者調査の結果が公表されていないため未集計です。</p>
<p>※　⑤は、施策4-1の②を再掲しています。</p>
<p>※　⑥は、講座の終了時アンケートで「満足」「やや満足」と回答した人の割合です。</p>
</main>
<footer><p>姶良市役所　企画部　企画政策課</p></footer>
</body>
</html>
"""
)


def build_aira():
    (HERE / "aira_sogo_seika_shihyo_r5.html").write_text(AIRA, encoding="utf-8")


def to_pdf():
    for name in ("sue_rekishi_kofukin_kensho_r6", "omachi_tanko_shuyo_seika_r6"):
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
    build_anan()
    build_sue()
    build_omachi()
    build_aira()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
