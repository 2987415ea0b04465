"""What a header cell means: its role (indicator, baseline, target, actual…), read by morphology.

Headers vary in wording (``基準値``, ``現状値``, ``策定時``; ``項目``, ``項 目``, ``指標``;
``達成状況``, ``達成度``). Sudachi's normalized forms of the header's words decide the role,
so spacing, width and inflection do not matter and synonyms are one set each rather than lists
of literal strings.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from importlib import resources

import regex

from jpkpi.primitives.morphology import tokenize
from jpkpi.primitives.text import normalize_text


class Role(str, Enum):
    """The part a column plays in a KPI table."""

    INDICATOR = "indicator"
    UNIT = "unit"
    BASELINE = "baseline"
    BASE_YEAR = "base_year"
    TARGET = "target"
    TARGET_PERIOD = "target_period"
    ACTUAL = "actual"
    STATUS = "status"
    TYPE = "type"
    PROGRAM = "program"
    SUMMARY = "summary"
    SECTION = "section"
    KPI_LIST = "kpi_list"
    KIND = "kind"
    IGNORE = "ignore"


class Kind(str, Enum):
    """What a table's indicators are: goals (数値目標), KPIs, or a program's activity (事業量)."""

    GOAL = "goal"
    KPI = "kpi"
    ACTIVITY = "activity"


#: Cell texts that name a row's or table's kind when they stand alone.
KIND_WORDS: dict[str, Kind] = {
    "目標": Kind.GOAL,
    "数値目標": Kind.GOAL,
    "重点目標": Kind.GOAL,
    "基本目標の目標": Kind.GOAL,
    "KGI": Kind.GOAL,  # a key goal indicator (小千谷, 丹波): the goal's level, not a KPI
    "KPI": Kind.KPI,
    "重要業績評価指標": Kind.KPI,
    "事業量": Kind.ACTIVITY,
    "実績項目": Kind.ACTIVITY,
}

#: Longest cell read as a row's kind word (``成果``, ``活動``).
_ROW_KIND_CHARS = 4


def row_kind(text: str) -> Kind | None:
    """The kind a short cell names for its row, as its word names one before 指標 (``成果`` →
    kpi as 成果指標, ``活動`` → activity as 活動指標); None for any other text."""
    norm = normalize_text(text).replace(" ", "")
    if norm in KIND_WORDS and not {"target", "actual", "baseline"} & set(
        current_vocabulary().votes(norm)
    ):
        return KIND_WORDS[norm]  # 区分 | 数値目標 / KPI (not 目標, a row's list)
    if not _KIND_WORD.fullmatch(norm):
        return None  # KPI①, 指標1: a row's label, not a kind word
    if norm.endswith("指標"):  # 区分 | 活動指標 / 成果指標: the word with its 指標
        return header_kind(norm) if len(norm) > len("指標") else None
    if norm.endswith("目標") and len(norm) > len("目標"):
        # 区分 | 人口目標 / サブ目標 (小松): a goal, unless its word names another kind
        # (成果目標: 成果指標's, activity's 活動目標) or says when or how far (年間目標, 最終目標)
        stem = norm[: -len("目標")]
        if stem in _TARGET_QUALIFIERS:
            return None
        return header_kind(stem + "指標") or Kind.GOAL
    return header_kind(norm + "指標")


#: Words before 目標 that say when or how far a target reaches, no kind of indicator.
_TARGET_QUALIFIERS = frozenset(
    {"年間", "年度", "累計", "最終", "中間", "単年", "単年度", "当初", "前期", "後期",
     "短期", "中期", "長期", "全体", "個別", "各年度", "毎年"}
)  # fmt: skip
#: A kind word as a row prints it: a few kanji or katakana, no number.
_KIND_WORD = regex.compile(rf"[\p{{Han}}\p{{Katakana}}ー]{{1,{_ROW_KIND_CHARS}}}")


# Sets of Sudachi normalized forms; a header whose words meet a set takes the role.
_IGNORE = (
    {"具体", "事業"}, {"事業", "期間"}, {"具体", "サービス"}, {"数値", "比較"}, {"事業", "費"},
    {"交付", "金"}, {"充当"},
    # 目標値の設定理由, 目標値の根拠 (大木): why a target is what it is, prose, no list
    {"理由"}, {"根拠"},
)  # fmt: skip
_RULES: list[tuple[Role, set[str], set[str]]] = [
    # (role, any of these words, none of these words)
    (Role.KPI_LIST, {"設定"}, set()),
    (Role.STATUS, {"達成", "評価"}, {"目標", "基準", "指標", "KPI"}),
    (Role.BASE_YEAR, {"基準"}, {"値"}),
    # 事業開始前（R3） (山辺): the level before the program began, no program's name
    (Role.BASELINE, {"基準", "現状", "策定", "当初", "開始前"}, set()),
    (Role.TARGET_PERIOD, {"年月", "時期", "年次"}, set()),
    (Role.UNIT, {"単位"}, set()),
    (Role.TYPE, {"種別", "区分"}, set()),
    (Role.ACTUAL, {"実績"}, {"項目"}),
    (Role.SECTION, {"基本目標", "政策分野"}, set()),
    (Role.SUMMARY, {"概要", "内容", "目的"}, set()),
    # 取組 names the programs of a list; 取組状況, 今後の取組, 取組の成果 hold prose about them
    (Role.PROGRAM, {"取り組み"}, {"状況", "今後", "成果", "方向", "内容", "実績", "評価"}),
    (Role.PROGRAM, {"事業名", "名称", "施策", "事業"}, {"量"}),
    (Role.TARGET, {"目標", "指標値", "計画値"}, set()),
    (Role.INDICATOR, {"指標", "項目", "KPI"}, set()),
]
_KPI_LABEL = regex.compile(r"^KPI\s*[\u2460-\u2473\u3251-\u325f0-9]+$", regex.IGNORECASE)


#: How a count or a share ends (捕捉率, 件数, 金額, 高齢者の割合, 利用者, 職員), as a pattern:
#: what a second measure in brackets after a name is (``貸付件数（新規貸付件数）``), where 度 and
#: 値 end a qualifier as often (``（単年度）``, ``（推計値）``).
COUNT_END = r"(?:[率数額量者員]|割合)"
#: How the name of any measure ends (also 満足度, 指標値, 標高), as a pattern: one set for every
#: rule that asks whether words name a measure (bands' parts test keeps its own, older set).
MEASURE_END = r"(?:[率数額量者員度値高]|割合)"


#: Suffixes that turn the word before them into a person (事業 → 事業者, 評価 → 評価者): the
#: compound is a word of its own, never the heading word it starts with.
_PERSON_SUFFIXES = frozenset({"者"})


@functools.lru_cache(maxsize=1024)
def header_words(text: str) -> frozenset[str]:
    """The normalized forms of a header's words (``項 目`` → {項目}; ``指標値`` → {指標, 値, …})."""
    norm = normalize_text(text).replace(" ", "")
    tokens = [t for t in tokenize(norm, mode="A") if t.pos[0] not in {"補助記号", "助詞", "空白"}]
    words: set[str] = set()
    for k, t in enumerate(tokens):
        if k + 1 < len(tokens) and tokens[k + 1].surface in _PERSON_SUFFIXES:
            words.add(t.surface + tokens[k + 1].surface)  # 事業者 is who runs a business, no 事業
        else:
            words |= {t.normalized, t.surface}
    for compound in (
        "指標値",
        "計画値",
        "基本目標",
        "事業名",
        "年月",
        "事業量",
        "政策分野",
        "開始前",
    ):
        if compound in norm:
            words.add(compound)
    if norm.upper().startswith("KPI") or "重要業績評価指標" in norm:
        words.add("KPI")
    return frozenset(words)


@functools.lru_cache(maxsize=1024)
def header_role(text: str) -> Role | None:
    """The role a header cell names, or None when it names none (a period alone, a program)."""
    norm = normalize_text(text).replace(" ", "")
    if not norm:
        return None
    if norm in KIND_WORDS and KIND_WORDS[norm] is Kind.ACTIVITY:
        return Role.KIND
    if _KPI_LABEL.match(norm):
        return Role.INDICATOR
    if len(norm) > 24:  # a long text is a program or a note, not a column heading
        return None
    words = header_words(text)
    if any(group <= words for group in _IGNORE):
        return Role.IGNORE
    for role, anyof, noneof in _RULES:
        if words & anyof and not words & noneof:
            return role
    return None


def header_kind(text: str) -> Kind | None:
    """The kind a header announces for the columns under it (``数値目標`` → goal, ``KPI`` → kpi)."""
    norm = normalize_text(text).replace(" ", "")
    if norm in KIND_WORDS:
        return KIND_WORDS[norm]
    words = header_words(text)
    if "KPI" in words:
        return Kind.KPI
    numeric = _NUMERIC_BRACKET.search(norm)
    if numeric is not None:
        # 成果（数値）目標 (楢葉): a 数値目標, unless the word without its bracket names another
        # kind (事業量（数値）目標, 活動（数値）目標: activities)
        return header_kind(norm[: numeric.start()] + norm[numeric.end() :]) or Kind.GOAL
    if "数値目標" in norm:
        return Kind.GOAL
    if "事業量" in norm:
        return Kind.ACTIVITY
    # the kind words of the vocabulary (kind.activity: 活動指標, 対象指標 …), the strongest vote
    votes = {
        role: weight
        for role, (weight, _words) in current_vocabulary().votes(norm).items()
        if role in _KIND_ROLES
    }
    if votes:
        return _KIND_ROLES[max(sorted(votes), key=lambda r: votes[r])]
    return None


#: 数値 in brackets inside a compound ending in 目標 (``成果（数値）目標``).
_NUMERIC_BRACKET = regex.compile(r"[(（]数値[)）](?=目標)")

_KIND_ROLES = {"kind.activity": Kind.ACTIVITY, "kind.kpi": Kind.KPI, "kind.goal": Kind.GOAL}


# --- the vocabulary as data ---------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """Weighted words by role, read from ``vocabulary.txt``; a word hit is a vote, not a verdict.

    Frozen and hashable, so a caller's extended vocabulary is a new value and nothing global
    changes (``Vocabulary.default().extend({"baseline": {"前回値": 3}})``).
    """

    entries: tuple[tuple[str, str, float], ...]  # (role, word, weight)

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def default() -> Vocabulary:
        """The vocabulary packaged with jpkpi."""
        text = resources.files("jpkpi.understanding").joinpath("vocabulary.txt").read_text("utf-8")
        return Vocabulary.parse(text)

    @staticmethod
    def parse(text: str) -> Vocabulary:
        """Read ``role weight word…`` lines (``#`` starts a comment)."""
        entries: list[tuple[str, str, float]] = []
        for number, line in enumerate(text.splitlines(), start=1):
            line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if not line:
                continue
            fields = line.split()
            if len(fields) < 3:
                raise ValueError(f"vocabulary line {number}: want 'role weight word…': {line!r}")
            try:
                weight = float(fields[1])
            except ValueError:
                raise ValueError(f"vocabulary line {number}: weight {fields[1]!r}") from None
            entries.extend(
                (fields[0], normalize_text(w).replace(" ", ""), weight) for w in fields[2:]
            )
        return Vocabulary(tuple(entries))

    def extend(self, more: dict[str, dict[str, float]]) -> Vocabulary:
        """A vocabulary with more words: ``{role: {word: weight}}``; later entries add votes."""
        added = tuple(
            (role, normalize_text(word).replace(" ", ""), float(weight))
            for role, words in more.items()
            for word, weight in words.items()
        )
        return Vocabulary(self.entries + added)

    def roles(self) -> frozenset[str]:
        """Every role the vocabulary names."""
        return frozenset(r for r, _, _ in self.entries)

    def votes(self, text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
        """Each role the text's words vote for: (summed weight, the words that voted).

        A word counts once per role, and a word inside a longer word of the same role counts
        only through the longer one (``成果指標`` is not also ``指標``).
        """
        return _votes(self, normalize_text(text).replace(" ", ""))


#: A word written ``=word`` in the vocabulary votes only where it is the whole text.
WHOLE_TEXT = "="


@functools.lru_cache(maxsize=8192)
def _votes(vocabulary: Vocabulary, norm: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    hits: dict[str, list[tuple[str, float]]] = {}
    upper = norm.upper()
    for role, word, weight in vocabulary.entries:
        if not word or role == NO_SYNONYMS:
            continue
        if word.startswith(WHOLE_TEXT) and len(word) > 1:
            # =課: the word votes only as the whole text (課 | 生活環境課), not inside 課題
            if word[1:].upper() == upper:
                hits.setdefault(role, []).append((word[1:], weight))
        elif word.upper() in upper:
            hits.setdefault(role, []).append((word, weight))
    # A word inside a longer word that voted counts only through the longer one, whatever its
    # role (指標値 is a target, not also an indicator; 評価指標 is no evaluation); a kind word
    # (事業実績) describes the columns under it and hides nothing.
    longer = [w for role, found in hits.items() if not role.startswith("kind.") for w, _ in found]
    out: dict[str, tuple[float, tuple[str, ...]]] = {}
    for role, found in hits.items():
        kept = [(w, x) for w, x in found if not any(w != o and w in o for o in longer)]
        if not kept:
            continue
        best: dict[str, float] = {}
        for w, x in kept:  # words that differ only in case are one word
            best[w.upper()] = max(best.get(w.upper(), 0.0), x)
        out[role] = (sum(best.values()), tuple(sorted(best)))
    for role, (weight, words) in _synonym_votes(vocabulary, norm, hits).items():
        if role not in out:  # a synonym votes only where the words themselves did not
            out[role] = (weight, words)
    return out


#: A synonym's vote, as a share of the word's own weight: evidence, weaker than the word.
SYNONYM_WEIGHT = 0.5
#: Texts longer than this are not tokenized for synonyms (a heading is short; in a name, a
#: word's synonym is no heading).
_SYNONYM_TEXT_CHARS = 8
#: The vocabulary role of words whose synonym groups mean something else in these tables
#: (対象 shares a group with 目標, as in "aim", but heads who a program serves).
NO_SYNONYMS = "synonym.ignore"


def _synonym_votes(
    vocabulary: Vocabulary, norm: str, hits: dict[str, list[tuple[str, float]]]
) -> dict[str, tuple[float, tuple[str, ...]]]:
    """Votes of a heading's words that share a Sudachi synonym group with a vocabulary word
    (``見通し`` with 見込, ``プラン`` with 計画, ``費用`` with 経費), at half the word's weight."""
    if (
        not norm
        or len(norm) > _SYNONYM_TEXT_CHARS
        or not regex.search(r"[\p{Han}\p{Katakana}]", norm)
    ):
        return {}
    groups = _synonym_groups(vocabulary)
    if not groups:
        return {}
    out: dict[str, tuple[float, tuple[str, ...]]] = {}
    matched = [w for found in hits.values() for w, _ in found]
    unrelated = {w for role, w, _ in vocabulary.entries if role == NO_SYNONYMS}
    for token in tokenize(norm, mode="C"):
        if any(token.surface in w for w in matched) or token.surface in unrelated:
            continue  # 成果 inside 成果指標: the longer word has voted
        for group in token.synonym_groups:
            for role, word, weight in groups.get(group, ()):
                if word == token.surface or any(word in w for w, _ in hits.get(role, [])):
                    continue
                now, words = out.get(role, (0.0, ()))
                out[role] = (max(now, weight * SYNONYM_WEIGHT), (*words, f"{token.surface}~{word}"))
    return out


@functools.lru_cache(maxsize=8)
def _synonym_groups(vocabulary: Vocabulary) -> dict[int, tuple[tuple[str, str, float], ...]]:
    """Each Sudachi synonym group of the vocabulary's one-morpheme words, with their entries."""
    groups: dict[int, list[tuple[str, str, float]]] = {}
    for role, word, weight in vocabulary.entries:
        whole = word.startswith(WHOLE_TEXT)  # (a whole-text word has no synonyms to vote)
        tokens = tokenize(word, mode="C") if word and role != NO_SYNONYMS and not whole else []
        if len(tokens) != 1:
            continue
        for group in tokens[0].synonym_groups:
            groups.setdefault(group, []).append((role, word, weight))
    return {g: tuple(e) for g, e in groups.items()}


#: The vocabulary of the document being read: jpkpi.parse(..., vocabulary=...) and an adapter's
#: own words set it for the read, so nothing global changes and threads do not see each other's.
_CURRENT: contextvars.ContextVar[Vocabulary | None] = contextvars.ContextVar(
    "jpkpi_vocabulary", default=None
)


def strongest_role(votes: dict[str, tuple[float, tuple[str, ...]]]) -> str | None:
    """The role a text's words vote for most (Vocabulary.votes), the first by name among equal
    votes; None where nothing votes."""
    return max(sorted(votes), key=lambda r: votes[r][0]) if votes else None


def current_vocabulary() -> Vocabulary:
    """The vocabulary in force: the one set for this read, else the packaged one."""
    return _CURRENT.get() or Vocabulary.default()


@contextlib.contextmanager
def using_vocabulary(vocabulary: Vocabulary | None) -> Iterator[None]:
    """Within the block, the reader votes with ``vocabulary`` (None: the packaged one)."""
    token = _CURRENT.set(vocabulary)
    try:
        yield
    finally:
        _CURRENT.reset(token)


_ROLES_OF_WORDS = {
    "indicator": Role.INDICATOR,
    "unit": Role.UNIT,
    "baseline": Role.BASELINE,
    "target": Role.TARGET,
    "actual": Role.ACTUAL,
    "status": Role.STATUS,
}


#: The value lists by the vocabulary's role names.
_VALUE_LISTS = {"target": Role.TARGET, "actual": Role.ACTUAL, "baseline": Role.BASELINE}


#: A text marked as given for reference (``（参考）町の人口``, ``【参考】…``, ``参考：…``,
#: ``…（参考）``).
_FOR_REFERENCE = regex.compile(
    r"^[(（【\[［〔]\s*参考\s*[)）】\]］〕]|[(（【\[［〔]\s*参考\s*[)）】\]］〕]$|^参考\s*[:：]"
)


def for_reference(text: str) -> bool:
    """Whether a row's name or a column's heading is marked as given for reference (丸森:
    ``（参考）町の人口``; 土庄: ``（参考）香川県の目標値（R7）``): no indicator, no list of this
    indicator's values, whatever its other words say."""
    return _FOR_REFERENCE.search(normalize_text(text).strip()) is not None


def reference_word(text: str) -> bool:
    """Whether a cell says only that its row is given for reference (小海's 区分 ``参考``, beside
    活動 and 成果; 神川's ``（内訳）``, a breakdown of the indicator above, beside 数値目標 and
    KPI): the row is no indicator."""
    return _REFERENCE_WORD.fullmatch(normalize_text(text).replace(" ", "")) is not None


_REFERENCE_WORD = regex.compile(r"[(（【\[［〔]?(?:参考|内訳)[)）】\]］〕]?")


def sample_row(label: str | None, name: str | None) -> bool:
    """Whether a row is the form's filled-in example, left in the grid (新篠津: ``例`` |
    ``（記入例）○○教室の参加者数`` over the KPIs): its name opens with a bracketed 記入例 (記載例,
    見本 …), or its label says 例 and its name holds a placeholder (○○)."""
    text = normalize_text(name or "").replace(" ", "")
    if _SAMPLE_MARK.match(text):
        return True
    mark = normalize_text(label or "").replace(" ", "")
    return bool(_SAMPLE_LABEL.fullmatch(mark)) and _PLACEHOLDER.search(text) is not None


def holds_placeholder(name: str | None) -> bool:
    """Whether a name holds the blank a form's example leaves for a real one (``○○教室の開催
    回数``): a table whose every name holds one is the form's example (川南's 記入要領 sheet)."""
    return _PLACEHOLDER.search(normalize_text(name or "")) is not None


_SAMPLE_WORDS = r"(?:記入例|記載例|入力例|作成例|見本|サンプル)"
_SAMPLE_MARK = regex.compile(rf"[(（【\[［〔<＜]{_SAMPLE_WORDS}[)）】\]］〕>＞]")
_SAMPLE_LABEL = regex.compile(rf"[(（【\[［〔]?(?:例|{_SAMPLE_WORDS})[)）】\]］〕]?")
#: A name's placeholder, the blank a form's example leaves for a real name (``○○教室``).
_PLACEHOLDER = regex.compile(r"[○〇◯×]{2,}|[△□]{2,}")


#: Another body a heading names (``香川県の``, ``全国``, ``国の``): figures not the town's own.
_ANOTHER_BODY = regex.compile(
    r"(?:\p{Han}{0,3}(?:県|都|府)|北海道|全国|国)(?=の|平均|目標|値|計画|全体)|全国"
)
#: A bracket naming where a figure comes from (``（岩手県統計）``): the source, no owner.
_SOURCE_BRACKET = regex.compile(r"[(（][^()（）]*(?:統計|調査|資料|推計)[)）]")


#: Words marking a figure superseded (``改訂前の目標値``, ``変更前``, ``旧目標``).
_SUPERSEDED = regex.compile(r"(?:改訂|改定|変更|見直し|修正)前|旧(?:目標|計画|指標)")


def reference_figures(text: str) -> bool:
    """Whether a column's heading marks its figures as given for reference and not as a list of
    the indicator's own current values: another body's (``another_bodys_reference``) or ones
    superseded (三笠: ``（参考）改訂前の目標値``, the targets a revision replaced, F466-3)."""
    if another_bodys_reference(text):
        return True
    return for_reference(text) and _SUPERSEDED.search(normalize_text(text)) is not None


def another_bodys_reference(text: str) -> bool:
    """Whether a column's heading marks its figures as another body's, given for reference
    (土庄: ``（参考）香川県の目標値（R7）``): no list of the indicator's own values; the town's
    own earlier figure so marked (``（参考）H23実績``) stays its actual."""
    if not for_reference(text):
        return False
    return _ANOTHER_BODY.search(_SOURCE_BRACKET.sub("", normalize_text(text))) is not None


def remarks(text: str) -> bool:
    """Whether a heading's strongest word says its column holds remarks or references
    (備考, 参考: 小松's ``参考：社人研推計（2025年）``), never an indicator's values."""
    return (
        strongest_role(current_vocabulary().votes(normalize_text(text).replace(" ", ""))) == "note"
    )


def voted_list(text: str) -> Role | None:
    """The value list (target, actual, baseline) the vocabulary's words in ``text`` vote for
    most (``令和6年度予定`` → target), None where none votes: for a heading the header rules
    leave without a role."""
    votes = {
        role: vote
        for role, vote in current_vocabulary().votes(text).items()
        if role in _VALUE_LISTS
    }
    voted = strongest_role(votes)
    return _VALUE_LISTS[voted] if voted is not None else None


def added_role(text: str) -> Role | None:
    """The role that words a caller or adapter added to the vocabulary give a header cell (the
    row reader's own rules decide the rest); None when no added word is in it."""
    vocabulary = _CURRENT.get()
    if vocabulary is None:
        return None
    added = vocabulary.entries[len(Vocabulary.default().entries) :]
    if not added:
        return None
    votes = Vocabulary(added).votes(text)
    roles = [(w, r) for r, (w, _) in votes.items() if r in _ROLES_OF_WORDS]
    return _ROLES_OF_WORDS[max(roles)[1]] if roles else None
