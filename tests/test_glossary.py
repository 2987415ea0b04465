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
