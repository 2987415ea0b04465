"""A document's own definitions of heading words (understanding/glossary.py)."""

from __future__ import annotations

from jpkpi.understanding.glossary import DEFINED_WEIGHT, defined_words
from jpkpi.understanding.vocabulary import Vocabulary


def test_a_heading_word_defined_as_a_list_is_added_for_that_list() -> None:
    """新ひだか (corpora/forms320): `下の表の「KPI値」は、戦略の最終年度（令和6年度）に達成を目指す
    目標値です` makes KPI値 a target's word."""
    text = "下の表の「KPI値」は、戦略の最終年度（令和6年度）に達成を目指す目標値です。"
    assert defined_words([text], Vocabulary.default()) == {"target": {"KPI値": DEFINED_WEIGHT}}


def test_words_the_vocabulary_already_reads_as_values_are_not_redefined() -> None:
    """高浜 (corpora/forms200): `「R6目標（最終）」は…目標です` is a target already; 藤井寺
    (corpora/forms306): `「改定後（R5.3）」欄は、…令和6年度の目標値です` is a revised target the
    revision rules read; a quoted name that is no definition (`「ブルーフラッグ」を取得`) adds
    nothing."""
    texts = [
        "「R5目標」は各年度の目標のうち令和5年度の値、「R6目標（最終）」は計画期間の最終年度の目標です。",
        "「改定後（R5.3）」欄は、令和5年3月の中間見直しで変更した令和6年度の目標値です。",
        "国際環境認証「ブルーフラッグ」を取得しました。",
    ]
    assert defined_words(texts, Vocabulary.default()) == {}


def test_a_column_a_note_defines_votes_only_as_a_whole_heading() -> None:
    """大津 (corpora/forms322): `※R3～R5欄は各年度の実績値、R6欄は…（令和6年度）の目標値です。`: the
    heading R6 (or R6※, carrying the note's mark) is a target's, and only as a whole heading (R6実績
    stays an actual's); the range R3～R5 defines no one heading."""
    text = "※R3～R5欄は各年度の実績値、R6欄は第2期実行計画の最終年度（令和6年度）の目標値です。"
    words = defined_words([text], Vocabulary.default())
    assert words == {"target": {"=R6": DEFINED_WEIGHT, "=R6※": DEFINED_WEIGHT}}
    extended = Vocabulary.default().extend(words)
    assert "target" in extended.votes("R6※")
    assert "target" not in extended.votes("R6実績")


def test_each_clause_defines_its_own_column() -> None:
    """`※R5欄は実績値、R6欄は目標値です。` (or two sentences): R5 an actual's heading, R6 a target's,
    never R5 a target's by reading past the clause; a comparison (`前年度の実績値と比べた目標値`)
    and a ratio (`実績値を目標値で割った値`) define nothing."""
    want = {
        "actual": {"=R5": DEFINED_WEIGHT, "=R5※": DEFINED_WEIGHT},
        "target": {"=R6": DEFINED_WEIGHT, "=R6※": DEFINED_WEIGHT},
    }
    vocabulary = Vocabulary.default()
    assert defined_words(["※R5欄は実績値、R6欄は目標値です。"], vocabulary) == want
    assert defined_words(["※R5欄は実績値です。R6欄は目標値です。"], vocabulary) == want
    assert defined_words(["「進捗」は、前年度の実績値と比べた目標値です。"], vocabulary) == {}
    assert defined_words(["「達成率」は、実績値を目標値で割った値です。"], vocabulary) == {}


def test_a_note_listing_several_lists_defines_no_column() -> None:
    """`※R6欄は、上段が実績値、下段が目標値です。`, `…の実績値、または目標値を記載`, `…前年度実績値、当該年度
    目標値の順に記載`: the column holds two lists, so none is its list (review 35: R6 was read as
    an actual's heading)."""
    vocabulary = Vocabulary.default()
    for text in (
        "※R6欄は、上段が実績値、下段が目標値です。",
        "※R6欄は、令和6年度の実績値、または目標値を記載しています。",
        "※R6欄は、前年度実績値、当該年度目標値の順に記載しています。",
    ):
        assert defined_words([text], vocabulary) == {}, text


def test_a_numbered_note_defines_its_column_as_forecasts() -> None:
    """島牧 (corpora/forms344): heading `R6※1`, note `※1　R6欄は令和7年3月末時点の見込値です（確定値は…）`:
    R6※1, the heading that points to the note, is an estimate's heading, only as a whole heading;
    a bare R6 (under 目標値, review 37) points to no note and stays as it was."""
    text = "※1　R6欄は令和7年3月末時点の見込値です（確定値は令和7年9月頃に公表予定）。"
    words = defined_words([text], Vocabulary.default())
    assert words == {"estimate": {"=R6※1": DEFINED_WEIGHT}}
    extended = Vocabulary.default().extend(words)
    assert "estimate" in extended.votes("R6※1")
    assert "estimate" not in extended.votes("R6")
    assert "estimate" not in extended.votes("R6実績")
