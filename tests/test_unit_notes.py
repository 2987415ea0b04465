"""Units a note under a table gives its rows (understanding.unit_notes), read in tables."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jpkpi.understanding.unit_notes import UnitNote, named_keys, read_unit_note, row_key
from tests.conftest import ROOT, html_page, html_table, parsed


@pytest.mark.parametrize(
    ("note", "read"),
    [
        (
            "※単位 ①回/月（月平均） ②区画 ③千人",
            UnitNote(None, {"1": "回/月", "2": "区画", "3": "千人"}),
        ),
        (
            "※単位は千人。ただし、No.3は百万円、No.4は件、No.5は％。",
            UnitNote("千人", {"3": "百万円", "4": "件", "5": "%"}),
        ),
        (
            "※単位は千人。ただし、No.3及びNo.4は百万円。",
            UnitNote("千人", {"3": "百万円", "4": "百万円"}),
        ),
        (
            "※単位は千人。ただし、No.3、No.4は百万円。",
            UnitNote("千人", {"3": "百万円", "4": "百万円"}),
        ),
        ("※単位：千人", UnitNote("千人", {})),
        (  # 比布 (corpora/forms308), a line over the grid
            "※各KPIの単位　①：人　②：t　③：千円　④：世帯",
            UnitNote(None, {"1": "人", "2": "t", "3": "千円", "4": "世帯"}),
        ),
        # a title's bracket is read only as a caption (title=True); R4 is no row's number
        ("表1　KPIの実績（単位：人。ただし③は％、④は千円）", None),
        ("（単位：千人、R4は速報値）", UnitNote("千人", {})),
        ("※単位は、前年度比です。", None),
        # 三芳 (corpora/forms345): units by a word the rows' names print
        (
            "（単位　人数：人　金額：千円　面積：ha　件数：件）",
            UnitNote(None, {}, {"人数": "人", "金額": "千円", "面積": "ha", "件数": "件"}),
        ),
        # 中種子 (corpora/forms346): （単位） in brackets, keys joined by ・
        (
            "（単位）①・②：t　③：人　④：％　⑤：人",
            UnitNote(None, {"1": "t", "2": "t", "3": "人", "4": "%", "5": "人"}),
        ),
        # 桐生 (corpora/forms359): the rows a mark sets apart, after the default unit
        ("（単位：件　※印を付した指標は人）", UnitNote("件", {}, marked_rows={"※": "人"})),
        ("（単位：件。ただし＊の項目は千円）", UnitNote("件", {}, marked_rows={"※": "千円"})),
        # pairs that give no unit: a form's fields on one line
        ("単位　期間：R3～R5　担当：企画課", None),
        ("※No.3は速報値です。", None),
    ],
)
def test_a_unit_note_is_read_into_a_default_and_units_by_number(
    note: str, read: UnitNote | None
) -> None:
    """What each note says, keys as row numbers (``No.3``, ``③`` and ``3`` alike)."""
    assert read_unit_note([note]) == read


def test_a_caption_closing_in_a_unit_note_gives_units_by_number() -> None:
    """香美 (corpora/forms307): the caption `表1　KPIの実績（単位：人。ただし③は％、④は千円）`."""
    caption = "表1　KPIの実績（単位：人。ただし③は％、④は千円）"
    assert read_unit_note([caption], title=True) == UnitNote("人", {"3": "%", "4": "千円"})


def test_numbered_notes_each_naming_a_rows_unit_are_read_together() -> None:
    """夕張 (corpora/forms316): `※1　KPI②の単位は千円（税抜）です。…` under the table gives row KPI2
    its unit; a numbered note saying a unit for no row (`※2 単位は千人`) gives no default, as it
    speaks only for what points to it; an unnumbered note's default stands beside it."""
    bodies = ["KPI②の単位は千円（税抜）です。ふるさと納税の返礼品としての出荷分は含みません。"]
    assert read_unit_note([], numbered=bodies) == UnitNote(None, {"KPI2": "千円"})
    assert read_unit_note(["※単位は人"], numbered=bodies) == UnitNote("人", {"KPI2": "千円"})
    assert read_unit_note([], numbered=["単位は千人です。"]) is None
    assert read_unit_note([], numbered=["KPI②の単位は前年度比です。"]) is None


def test_a_rows_number_is_its_label_or_a_circled_number_starting_its_name() -> None:
    """``③``, ``No.3`` and ``3`` are row 3; ``①農業体験…`` with no label is row 1; ``KPI1`` is
    no row 1 (a note's ``No.1`` numbers other rows), but a note's ``KPI①`` is its row (島本)."""
    assert [row_key("③", None), row_key("No.3", None), row_key("3", None)] == ["3", "3", "3"]
    assert row_key(None, "①農業体験・料理講座の開催回数") == "1"
    assert row_key("KPI1", None) != "1"
    assert row_key("KPI①", None) == row_key(None, "KPI① 観光ボランティア") == "KPI1"


def _rows() -> list[list[str]]:
    return [
        ["No.", "KPI", "基準値（R1）", "R5実績"],
        ["1", "観光入込客数", "248.6", "260.1"],
        ["2", "外国人宿泊者の割合（％）", "4.5", "5.1"],
        ["3", "ふるさと納税寄附額（千円）", "30", "31"],
        ["4", "移住者の満足度", "45.2%", "50.1%"],
    ]


def test_a_default_unit_under_the_table_leaves_rows_that_print_their_own(
    tmp_path: Path,
) -> None:
    """`※単位は千人` under the table: 観光入込客数 is 248,600 人; a row whose name ends in its own
    unit (`（％）`, `（千円）`) or whose values print one (`45.2%`) keeps it."""
    doc = html_page(tmp_path, "note", html_table(_rows()) + "<p>※単位は千人</p>")
    got = {r.indicator: (r.unit, r.actuals[0].quantity.value) for r in doc.records}
    assert got == {
        "観光入込客数": ("人", 260100),
        "外国人宿泊者の割合": ("%", Decimal("5.1")),
        "ふるさと納税寄附額": ("円", 31000),
        "移住者の満足度": ("%", Decimal("50.1")),
    }


def test_a_note_keyed_to_numbers_no_row_has_gives_no_row_its_units(tmp_path: Path) -> None:
    """`※単位は千人。ただし、No.7は件。` beside rows 1–4: the note speaks of another numbering;
    no row takes its units, and a document warning says so."""
    rows = _rows()[:2]
    doc = html_page(
        tmp_path, "elsewhere", html_table(rows) + "<p>※単位は千人。ただし、No.7は件。</p>"
    )
    (record,) = doc.records
    assert (record.unit, record.actuals[0].quantity.value) == (None, Decimal("260.1"))
    assert any("gives units by number (7)" in w for w in doc.warnings)


def test_units_keyed_by_name_in_a_line_over_the_grid() -> None:
    """小平 (corpora/forms343): `単位　農業産出額：百万円　ホタテ稚貝の出荷量：ｔ　新規開業件数：件
    鰊番屋まつりの来場者数：千人` over a grid with no 単位 column: each row its unit, 百万円 and 千人
    scaled; 三芳 (forms345) by the words the names end in (`人数：人　金額：千円 …`)."""
    obira = {
        r.indicator: r
        for r in parsed(ROOT / "corpora" / "forms343" / "obira_seika_shihyo_r6.pdf").records
    }
    assert [(name, r.unit) for name, r in obira.items()] == [
        ("農業産出額", "円"),
        ("ホタテ稚貝の出荷量", "t"),
        ("新規開業件数", "件"),
        ("鰊番屋まつりの来場者数", "人"),
    ]
    assert [a.quantity.value for a in obira["農業産出額"].actuals] == [
        Decimal(1910000000),
        Decimal(1876000000),
        Decimal(1958000000),
    ]
    miyoshi = parsed(ROOT / "corpora" / "forms345" / "miyoshi_shisaku_hyoka_r5.pdf").records
    assert [r.unit for r in miyoshi] == ["人", "円", "ha", "人", "件"]
    assert miyoshi[1].baseline is not None
    assert miyoshi[1].baseline.quantity.value == Decimal(52300000)


def test_a_note_that_a_named_row_is_written_in_a_unit() -> None:
    """由仁 (corpora/forms347): `※1 入園者数は千人単位で記載（開園期間…）`, a numbered note whose
    subject is a word of the row's name, for the rows that print its mark; a note of another
    kind (`入園者数は開園期間の合計`) gives none."""
    bodies = {"※1": "入園者数は千人単位で記載（開園期間4月下旬～10月の合計）。"}
    note = read_unit_note([], numbered=bodies.values(), marked=bodies)
    assert note == UnitNote(None, {}, {}, {"※1": ("入園者数", "千人")})
    assert read_unit_note([], marked={"※1": "入園者数は開園期間の合計。"}) is None


def test_a_named_rows_unit_goes_to_the_row_that_points_to_its_note(tmp_path: Path) -> None:
    """Review 37 #4: `※1 入園者数は千人単位で記載` under rows `動物園入園者数※1`, `植物園入園者数` and
    `入園者数に占める町外者の割合`: only the row that prints ※1 is in 千人; the others keep no unit
    (the ratio ends in no word of the note)."""
    header = ["指標", "単位", "基準値（R2）", "R4実績", "目標値（R6）"]
    rows = [
        ["動物園入園者数※1", "", "60.0", "62.0", "70.0"],
        ["植物園入園者数", "", "800", "850", "900"],
        ["入園者数に占める町外者の割合", "", "40", "42", "50"],
    ]
    body = html_table([header, *rows]) + "<p>※1 入園者数は千人単位で記載。</p>"
    records = {r.indicator: r for r in html_page(tmp_path, "r37_marked", body).records}
    zoo = records["動物園入園者数"]
    assert zoo.unit == "人" and zoo.baseline is not None
    assert zoo.baseline.quantity.value == Decimal(60000)
    assert records["植物園入園者数"].unit is None
    assert records["入園者数に占める町外者の割合"].unit is None


def test_units_by_word_go_to_names_that_end_in_the_word(tmp_path: Path) -> None:
    """Review 37 #3 and #5: `（単位　人数：人　金額：千円　面積：ha）` gives 耕作放棄地面積の割合 (a ratio)
    no ha, and says so for a row that ends in none of the words; `単位　No.1：人　No.2：千円` is a
    note by number, not by word."""
    header = ["指標", "基準値（R2）", "R4実績", "目標値（R6）"]
    rows = [["移住者数", "100", "120", "150"], ["耕作放棄地面積の割合", "12.5", "12.0", "10.0"]]
    body = "<p>（単位　人数：人　金額：千円　面積：ha）</p>" + html_table([header, *rows])
    records = {r.indicator: r for r in html_page(tmp_path, "r37_words", body).records}
    assert records["耕作放棄地面積の割合"].unit is None
    assert any("ends in none of them" in w for w in records["移住者数"].warnings)
    numbered = [["No.", "指標", "基準値（R2）", "R4実績", "目標値（R6）"]]
    numbered += [["1", "移住者数", "100", "120", "150"], ["2", "寄附額", "3000", "3200", "4000"]]
    body = "<p>単位　No.1：人　No.2：千円</p>" + html_table(numbered)
    by_number = {r.indicator: r for r in html_page(tmp_path, "r37_keys", body).records}
    assert [by_number["移住者数"].unit, by_number["寄附額"].unit] == ["人", "円"]


def test_a_numbered_note_gives_no_table_its_unit_but_may_key_rows_by_number() -> None:
    """`（注1）単位は千円` speaks of the rows that print （注1）, no unit of the whole table (review
    39); 南知多's `（注１）単位 No.1・No.3：千人 No.2：隻 No.4：t` names its rows by number."""
    assert read_unit_note(["（注1）単位は千円", "（注2）単位は％"]) is None
    keyed = read_unit_note(["（注１）単位 No.1・No.3：千人 No.2：隻 No.4：t"])
    assert keyed is not None and keyed.default is None
    assert keyed.by_key == {"1": "千人", "3": "千人", "2": "隻", "4": "t"}
    assert read_unit_note(["※単位は千円"]) == UnitNote("千円", {})


@pytest.mark.parametrize(
    ("keys", "rows"),
    [
        ("No.3～No.5", {"3", "4", "5"}),
        ("No.1・No.3～No.5", {"1", "3", "4", "5"}),
        ("KPI1～KPI3", {"KPI1", "KPI2", "KPI3"}),
        ("①～③", {"1", "2", "3"}),
        ("No.3・No.4", {"3", "4"}),
        ("No.1～No.30", None),
        ("KPI1～No.3", None),
    ],
)
def test_the_rows_a_note_names_by_number_and_by_run(keys: str, rows: set[str] | None) -> None:
    """A run of numbers names each row of it, with the rows listed before it (筑後's
    `No.3～No.5`); a run read only in part would re-date some of its rows alone (review 39), so
    one too long or of two kinds of ends names none."""
    assert named_keys(keys) == rows


def test_a_note_naming_kpis_by_number_gives_units_to_rows_numbered_under_a_kpi_heading(
    tmp_path: Path,
) -> None:
    """大蔵 (corpora/forms438): `（単位：人、ただしKPI③は％）` over rows ①–④ under a `KPI` heading:
    the KPI the note names is row ③ (％), the others 人; no row is labelled KPI, so the note's
    KPI③ is the table's ③."""
    rows = [
        ["KPI", "R4年度", "R5年度"],
        ["①肘折温泉の宿泊者数", "33,800", "40,100"],
        ["②湯治プランの利用者数", "1,420", "1,610"],
        ["③宿泊者のリピーター率", "44.0", "46.8"],
    ]
    doc = html_page(tmp_path, "kpi_keys", "<p>（単位：人、ただしKPI③は％）</p>" + html_table(rows))
    assert [r.unit for r in doc.records] == ["人", "人", "%"]


def test_a_note_naming_kpis_by_number_over_rows_not_headed_as_kpis_gives_no_units(
    tmp_path: Path,
) -> None:
    """The same note over rows ①–③ whose column is headed `事業名` is not read as theirs: which
    rows the note's KPI③ means is not known, and no row is given a unit by it."""
    rows = [
        ["事業名", "R4年度", "R5年度"],
        ["①肘折温泉の宿泊者数", "33,800", "40,100"],
        ["②湯治プランの利用者数", "1,420", "1,610"],
        ["③宿泊者のリピーター率", "44.0", "46.8"],
    ]
    doc = html_page(
        tmp_path, "kpi_keys_no", "<p>（単位：人、ただしKPI③は％）</p>" + html_table(rows)
    )
    assert "%" not in [r.unit for r in doc.records]


def test_a_line_saying_the_units_are_a_table_above_gives_each_row_that_tables_unit() -> None:
    """佐久穂 (corpora/forms439): `※単位は（１）の表のとおりです。` over the actuals' table, which
    prints no unit: each row takes the unit of the row of its number and name in table (１),
    scale word and all (`百万円`: 44.2 → 44,200,000 円)."""
    doc = parsed(ROOT / "corpora" / "forms439" / "sakuho_community_senryaku_kpi_r6.html")
    actuals = [r for r in doc.records if r.actuals]
    assert [r.unit for r in actuals] == ["人", "円", "集落"]
    assert [a.quantity.value for a in actuals[1].actuals] == [44200000, 52400000, 57900000]


def test_a_row_the_table_above_does_not_print_keeps_no_unit_and_says_so(tmp_path: Path) -> None:
    """A row of the second table that the first does not print (`観光客数`) takes no unit, and
    its warning says the line's table above has no row of its number and name."""
    first = html_table([["No.", "KPI", "単位", "目標値（R8）"], ["1", "移住者数", "人", "40"]])
    second = html_table(
        [
            ["No.", "KPI", "令和5年度", "令和6年度"],
            ["1", "移住者数", "35", "38"],
            ["2", "観光客数", "9", "8"],
        ]
    )
    doc = html_page(tmp_path, "units_above", first + "<p>※単位は上の表のとおり。</p>" + second)
    later = [r for r in doc.records if r.actuals]
    assert [r.unit for r in later] == ["人", None]
    assert any("no row of its number and name" in w for w in later[1].warnings)


def test_a_remark_saying_some_values_are_in_another_scale_is_said() -> None:
    """多気 (corpora/forms464): 人 in the 単位 column and the 備考 `R5年度以降の実績値は千人単位で記載`:
    the values it speaks of are read as printed (498.6), and the record says so rather than
    passing 498.6 人 off as a count."""
    doc = parsed(ROOT / "corpora" / "forms464" / "taki_digiden_kensho_r6.xlsx")
    visitors = next(r for r in doc.records if r.indicator == "連携5町の観光入込客数")
    assert any("千人" in w and "read as printed" in w for w in visitors.warnings)
    others = [r for r in doc.records if r is not visitors]
    assert not any("read as printed" in w for r in others for w in r.warnings)


def test_a_keyed_note_gives_one_years_values_the_unit_it_names() -> None:
    """津和野 (corpora/forms371): `③は令和4年度から人日（…）で計上している。令和3年度の計画・実績は
    実人数（単位：人）である。` under a grid whose unit row gives ③ 人日: ③'s FY2021 target and
    actual are in 人, its later values in 人日, and the record says so; other rows keep theirs."""
    doc = parsed(ROOT / "corpora" / "forms371" / "tsuwano_jimujigyo_hyoka_r5.pdf")
    records = {r.indicator: r.to_dict() for r in doc.records}
    trial = records["お試し勤務の利用者数"]
    assert trial["unit"] == "人日"
    assert [(t["value"], t["unit"]) for t in trial["targets"][:2]] == [(60, "人"), (80, "人日")]
    assert [(a["value"], a["unit"]) for a in trial["actuals"]] == [
        (48, "人"),
        (95, "人日"),
        (104, "人日"),
    ]
    assert any("read in 人" in w and "令和3年度の計画・実績" in w for w in trial["warnings"])
    offices = records["サテライトオフィス入居企業数"]
    assert {a["unit"] for a in offices["actuals"]} == {"社"}
    assert not offices["warnings"]


@pytest.mark.parametrize(("key", "units"), [("①", ["人", "人日"]), ("⑤", ["人日", "人日"])])
def test_a_note_on_one_years_values_reads_only_the_row_it_numbers(
    tmp_path: Path, key: str, units: list[str]
) -> None:
    """The note under a grid of one row ①: naming ① it gives the row's FY2021 actual 人; naming
    a row the table does not number (⑤) it changes nothing and warns nothing."""
    table = html_table(
        [
            ["No.", "指標名", "単位", "令和3年度実績", "令和4年度実績"],
            ["①", "利用者数", "人日", "48", "95"],
        ]
    )
    note = f"<p>※1　{key}は令和4年度から人日で計上している。令和3年度の実績は実人数（単位：人）である。</p>"
    users = html_page(tmp_path, "units_year", table + note).records[0].to_dict()
    assert [a["unit"] for a in users["actuals"]] == units
    assert bool(users["warnings"]) is (key == "①")


def test_a_caption_giving_one_unit_but_for_a_row_only() -> None:
    """いなべ (corpora/forms468): `（単位：人。③のみ件）` in the table's caption: ③ in 件, the others
    in 人."""
    note = read_unit_note(["（単位：人。③のみ件）"])
    assert note is not None
    assert (note.default, note.by_key) == ("人", {"3": "件"})
    doc = parsed(ROOT / "corpora" / "forms468" / "inabe_chiikisaisei_kpi_r4.html")
    assert [r.unit for r in doc.records] == ["人", "人", "件", "人"]


def test_a_later_sentence_with_its_own_key_gives_its_own_row_the_unit(tmp_path: Path) -> None:
    """Review 43: `※1　③は令和4年度から人日で計上している。⑤の令和3年度の実績は実人数（単位：人）である。`:
    the second sentence speaks of ⑤, so ⑤'s FY2021 actual is in 人 and ③ keeps 人日."""
    table = html_table(
        [
            ["No.", "指標名", "単位", "令和3年度実績", "令和4年度実績"],
            ["③", "体験人数", "人日", "250", "300"],
            ["⑤", "宿泊者数", "人泊", "40", "45"],
        ]
    )
    note = "<p>※1　③は令和4年度から人日で計上している。⑤の令和3年度の実績は実人数（単位：人）である。</p>"
    records = {r.label: r.to_dict() for r in html_page(tmp_path, "own_key", table + note).records}
    assert [a["unit"] for a in records["③"]["actuals"]] == ["人日", "人日"]
    assert [a["unit"] for a in records["⑤"]["actuals"]] == ["人", "人泊"]


@pytest.mark.parametrize(
    ("note", "read"),
    [
        # (宇治田原, forms195: the spaces between pairs folded away before the note is read)
        (
            "※単位ア:人イ:回ウ:回エ:千部オ:% カ:万円",
            {"ア": "人", "イ": "回", "ウ": "回", "エ": "千部", "オ": "%", "カ": "万円"},
        ),
        ("※単位　ア：人　イ：回", {"ア": "人", "イ": "回"}),
        # (marks out of order, or a katakana word's letter: no kana keys)
        ("※単位　ア：人　ウ：回", None),
        ("※単位　ア：人", None),
    ],
)
def test_a_note_keying_units_by_kana_marks(note: str, read: dict[str, str] | None) -> None:
    """A note that gives each row's unit by its kana mark, the marks in order from ア."""
    got = read_unit_note([note])
    assert (got.by_key if got is not None else None) == read


def test_a_kana_label_is_a_rows_key() -> None:
    """記号 ア names the row a kana-keyed note calls ア; a katakana word names none."""
    assert row_key("ア", "湯屋谷地区の来訪者数") == "ア"
    assert row_key("アクセス", "来訪者数") is None
