"""Units a note under a table gives its rows: by the rows' numbers (宮代: ``※単位 ①回/月（月平均）
②区画 ③千人``), or one unit for all but the rows it names (八百津: ``※単位は千人。ただし、No.3は
百万円、No.4は件``).

A note is read only when every number it names is one of the table's row numbers (①…, No.3,
3): a note whose keys match no row of the table (KPI1 labels beside ``No.3は…``) gives no row a
unit, and says so. A row that prints a unit of its own, in its name (``…の割合（％）``) or in its
values (``45.2%``), keeps it: the note speaks for the rows that print none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import regex

from jpkpi.primitives.period import FISCAL_YEAR_TEXT, find_period
from jpkpi.primitives.text import fold_width, normalize_text, sentence_around, unbracketed
from jpkpi.understanding.cells import (
    FIGURE_REMARK,
    KANA_ORDER,
    MARKED_BY,
    qualified_unit,
    unit_word,
)
from jpkpi.understanding.drafts import Draft, ValueCell, with_own_unit
from jpkpi.understanding.sections import NOTE_OPENER

#: The circled numbers ① … ⑳, each standing for its number.
_CIRCLED = {chr(0x2460 + k): str(k + 1) for k in range(20)}
#: A row's key: a circled number, or a number, alone or after No. or KPI (``KPI②``).
ROW_KEY = r"(?:(?:KPI|No\.?)\s*)?(?:[\u2460-\u2473]|[0-9]{1,3})"
_KEY = ROW_KEY
#: Keys listed together (``No.3及びNo.4``, ``①、②``; circled numbers side by side, 金沢's ``①②⑤``).
ROW_KEYS = (
    rf"{ROW_KEY}(?:\s*(?:、|,|・|及び|および|と)\s*{ROW_KEY}|(?<=[\u2460-\u2473])[\u2460-\u2473])*"
)
#: Keys listed together, the last of them maybe the start of a run (``No.3～No.5``).
ROW_KEY_RUN = rf"{ROW_KEYS}(?:\s*[～~〜]\s*{ROW_KEY})?"
#: Most rows a run of numbers (``No.3～No.5``) may name.
MAX_RUN = 20
#: The start of a unit note: a note's mark (``※``, 南知多's ``（注１）``), 単位 (or 各KPIの単位,
#: 指標の単位, 中種子's bracketed （単位）), then a colon, は, or the first key.
_NOTE = regex.compile(
    # (飯山: 表中の数値の単位は「人」です。ただし、KPI③は「件」…: what the unit is of, first)
    rf"(?P<opener>{NOTE_OPENER})?\s*(?:表中の(?:数値|値)の|各?(?:KPI|指標|項目)の)?"
    r"(?:単位|[(（]\s*単位\s*[)）])\s*"
    r"(?:[:：]|は)?\s*(?P<body>.+)"
)
#: A note in brackets closing a longer line, a table's title (香美: ``表1　KPIの実績（単位：人。
#: ただし③は％、④は千円）``), maybe of what it gives the unit of first (大紀's caption:
#: ``（金額の単位：千円）``).
_CLOSING_NOTE = regex.compile(
    # (呉: （単位：千人。ただし、指標名の後に（ ）で単位を示したものはその単位による。）: a short
    # bracket inside)
    r"[(（]\s*(?P<note>(?P<of>[^()（）]{0,8}?)単位(?:[^()（）]|[(（][^()（）]{0,4}[)）])*?)\s*[)）]\s*$"
)
#: The unit for the rows no key names, first in the note (``千人。ただし、``).
_DEFAULT = regex.compile(
    r"(?P<unit>[^\s。、,()（）\u2460-\u2473]{1,6})\s*(?:[。、,]\s*|$)(?:ただし\s*[、,]?\s*)?"
)
#: A word of a row's name and the unit of the rows that print it (大和: ``ただし寄附額は百万円``).
_WORD_KEYED = regex.compile(
    r"(?:^|[、,。]\s*|ただし\s*[、,]?\s*)(?P<word>[^\s、,。()（）0-9\u2460-\u2473]{2,12}?)\s*は\s*"
    r"(?P<unit>[^\s、,。()（）\u2460-\u2473]{1,6})"
)
#: The rows a mark sets apart and their unit (桐生: ``※印を付した指標は人``, ``＊の項目は千円``),
#: right after the default unit (``件※印を…``: the space between folded away): the mark and the
#: unit.
_MARK_KEYED = regex.compile(
    r"(?:[、,。]?\s*ただし\s*[、,]?\s*)?(?P<mark>※\s*[0-9]{0,2}|[*＊])\s*印?"
    rf"{MARKED_BY}(?:指標|項目|KPI|もの|行)は\s*"
    r"(?P<unit>[^\s、,。()（）\u2460-\u2473]{1,6})"
)
#: Keys and the unit they share (``No.3及びNo.4は百万円``, ``①回/月``, ``②区画``, ``③：千円``;
#: いなべ: ``③のみ件``).
_KEYED = regex.compile(
    rf"(?<![A-Za-z0-9])(?P<keys>{ROW_KEYS})\s*(?:(?:のみ|だけ)\s*)?(?:(?:は|[:：])\s*)?"
    r"(?P<unit>[^\s、,。()（）\u2460-\u2473]{1,6})"
)
#: A note whose subject is rows' unit, keyed (夕張: ``※1　KPI②の単位は千円（税抜）です。``): the
#: unit ends where a bracket, a stop or a copula starts.
_SUBJECT_KEYED = regex.compile(
    # (能勢: ※③の単位は「件」、④の単位は「千人」です。: a clause a row, the units quoted)
    rf"(?:^|(?<=[、,]\s*))(?:※\s*[0-9]{{0,2}}\s*)?(?P<keys>{ROW_KEYS})\s*の\s*単位\s*(?:は|[:：])\s*"
    r"(?P<unit>[^\s、,。()（）\u2460-\u2473]{1,6}?)(?:です|である|とする|となる)?(?=[\s、,。()（）]|$)"
)


#: A note whose subject is rows, keyed, and one clause of which gives their unit (伊豆: ``※①は
#: 暦年（1月～12月）の値で、単位は万人です（基準値・目標値も同じ）。``): the keys and the unit.
_KEYED_SUBJECT_CLAUSE = regex.compile(
    rf"^(?:※\s*[0-9]{{0,2}}\s*)?(?P<keys>{ROW_KEYS})\s*は[^。]*?[、,]\s*単位\s*(?:は|[:：])\s*"
    r"(?P<unit>[^\s、,。()（）\u2460-\u2473]{1,6}?)(?:です|である|とする|となる)?(?=[\s、,。()（）]|$)"
)


#: A unit quoted in a note (``「千人」``): the unit.
_QUOTED_UNIT = regex.compile(r"[「『]([^「」『』\s]{1,6})[」』]")


#: A note whose subject is the unit of a row named by the words its name ends in, maybe after
#: the row's number (日之影: ``※③観光消費額の単位は千円です。``): the words and the unit.
_SUBJECT_NAMED = regex.compile(
    rf"^(?:※\s*[0-9]{{0,2}}\s*)?(?P<keys>{ROW_KEYS})?\s*"
    r"(?P<word>[^\s、,。()（）※0-9\u2460-\u2473]{2,16}?)\s*の\s*単位\s*(?:は|[:：])\s*"
    # (the sentence ends with the unit: 千人（R5実績のみ）, 千人、R4までは人 qualify it, read not)
    r"(?P<unit>[^\s、,。()（）\u2460-\u2473]{1,6}?)(?:です|である|とする|となる)?\s*(?:。|$)"
)
#: Words that name every row, not one (``各指標の単位は``): a default's note, read as such.
_EVERY_ROW = regex.compile(r"各?(?:KPI|指標|項目|数値|値)")


#: A note that a row, named by a word of its name, is written in a unit (由仁: ``※1 入園者数は千人
#: 単位で記載``): the word and the unit.
_SUBJECT_WORD_IN_UNIT = regex.compile(
    r"^(?:※\s*[0-9]{0,2}\s*)?(?P<word>[^\s、,。()（）※0-9]{2,16}?)\s*は\s*、?\s*"
    r"(?P<unit>[^\s、,。()（）]{1,6}?)\s*単位\s*で\s*(?:記載|表示|計上|集計)"
)


#: An unnumbered note whose subject, a word the rows' names end in, states its unit in brackets
#: (大網白里: ``※ 満足度（単位：点）は、…の平均点です``): the word and the unit.
_SUBJECT_WORD_UNIT = regex.compile(
    r"^(?:※\s*)?(?P<word>[^\s、,。()（）※0-9]{2,16}?)\s*[(（]\s*単位\s*[:：]\s*"
    r"(?P<unit>[^\s、,。()（）]{1,6})\s*[)）]\s*は"
)


@dataclass(frozen=True)
class UnitNote:
    """What a unit note says: the unit of each key it names, and the unit of the other rows."""

    default: str | None
    by_key: dict[str, str] = field(default_factory=dict)
    #: Words of rows' names and their unit (``寄附額`` → 百万円): a row whose name prints the
    #: word takes the unit.
    by_word: dict[str, str] = field(default_factory=dict)
    #: A numbered note's word and unit, by the note's mark (由仁: ``※1`` → 入園者数, 千人): only a
    #: row that prints the mark takes it.
    by_mark: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: The unit of the rows whose name prints a mark, by the mark (桐生: ``（単位：件　※印を付した
    #: 指標は人）``: ``※`` → 人).
    marked_rows: dict[str, str] = field(default_factory=dict)

    def unit_of(self, key: str | None, name: str | None) -> str | None:
        """The unit the note gives a row known by ``key`` and named ``name``: its key's, else the
        unit of the longest word its name ends in, else the default."""
        if key is not None and key in self.by_key:
            return self.by_key[key]
        words = [w for w in self.by_word if names_by_word(name, w)]
        # (the longest: 新規開業件数 over 件数)
        return self.by_word[max(words, key=len)] if words else self.default


def names_by_word(name: str | None, word: str) -> bool:
    """Whether a row's name ends in a note's word (``参加人数`` in 人数, brackets and marks after
    it aside), and is no ratio (``耕作放棄地面積の割合`` ends in 割合, not 面積)."""
    text = _NAME_TAIL.sub("", normalize_text(name or "")).replace(" ", "")
    if word.replace(" ", "") == MONEY_WORD:
        # (金額の単位は千円, 胎内 and 大紀: every amount, 寄附額 and 販売額, not a 金額 alone)
        return text.endswith("額") and not _RATIO_END.search(text)
    return text.endswith(word.replace(" ", "")) and not _RATIO_END.search(text)


#: The word a note gives the unit of every amount by (``金額の単位は千円``).
MONEY_WORD = "金額"


#: What may close a name after its word: brackets, a note's mark.
_NAME_TAIL = regex.compile(r"(?:\s*(?:[(（][^()（）]*[)）]|※\s*[0-9]{0,2}|\*))+$")
#: A name of a ratio, whose unit no count's word gives.
_RATIO_END = regex.compile(r"(?:率|比|割合)$")


def row_key(label: str | None, name: str | None) -> str | None:
    """The number a row is known by in a note: its label (``3``, ``No.3``, ``③``), else a
    circled number starting its name (``①農業体験…``); a row labelled ``KPI②`` (or whose name
    opens so) is ``KPI2``, known only to a note that names KPIs (島本: ``ただしKPI②は千円``), as a
    note's ``No.3`` numbers other rows than a table's KPI1 … (八百津)."""
    text = normalize_text(label or "").replace(" ", "")
    if text.startswith("KPI"):
        return note_key(text)
    text = text.removeprefix("No.").removeprefix("No").removeprefix("NO.")
    if regex.fullmatch(r"[0-9]+", text):
        return str(int(text))
    if text in _CIRCLED:
        return _CIRCLED[text]
    if len(text) == 1 and text in KANA_ORDER:
        return text  # (宇治田原: 記号 ア, known to a note by its kana, ※単位 ア：人)
    if text:
        return None
    led = _NAME_KEY.match(normalize_text(name or ""))
    return note_key(led.group("key")) if led is not None else None


#: A key that opens a row's name: a circled number, or KPI and a number (not a bare number: 3世代).
_NAME_KEY = regex.compile(r"(?P<key>[\u2460-\u2473]|KPI\s*(?:[\u2460-\u2473]|[0-9]{1,3}))")


def named_keys(keys: str) -> set[str] | None:
    """The rows a note names by number (``ROW_KEY_RUN``), as ``row_key`` gives a row's: each it
    lists, and each of a run (``No.3～No.5``: 3, 4 and 5; ``No.1・No.3～No.5``: 1, 3, 4 and 5;
    ``KPI1～KPI3``: KPI1, KPI2 and KPI3); None for a run that cannot be read whole (ends of two
    kinds, more than ``MAX_RUN`` rows), which names no row for sure."""
    run = regex.fullmatch(rf"(?P<keys>{ROW_KEYS})\s*[～~〜]\s*(?P<last>{ROW_KEY})", keys.strip())
    if run is None:
        return {note_key(k) for k in regex.findall(ROW_KEY, keys)}
    listed = regex.findall(ROW_KEY, run.group("keys"))
    first, last = note_key(listed[-1]), note_key(run.group("last"))
    prefix = "KPI" if first.startswith("KPI") else ""
    a, b = first.removeprefix("KPI"), last.removeprefix("KPI")
    if last.startswith("KPI") != bool(prefix) or not (a.isdigit() and b.isdigit()):
        return None
    if not 0 < int(b) - int(a) <= MAX_RUN:
        return None
    return {note_key(k) for k in listed} | {f"{prefix}{k}" for k in range(int(a), int(b) + 1)}


def note_key(text: str) -> str:
    """A note's key as a row's: ``No.3``, ``3`` and ``③`` are all ``3``; ``KPI③`` and ``KPI3``
    are ``KPI3``."""
    stripped = text.strip()
    kpi = stripped.startswith("KPI")
    bare = regex.sub(r"^(?:KPI|No\.?)\s*", "", stripped)
    if bare in _CIRCLED:
        bare = _CIRCLED[bare]
    elif regex.fullmatch(r"[0-9]+", bare):
        bare = str(int(bare))
    return f"KPI{bare}" if kpi else bare


def read_unit_note(
    texts: Iterable[str],
    title: bool = False,
    numbered: Iterable[str] = (),
    marked: Mapping[str, str] | None = None,
) -> UnitNote | None:
    """The first note among ``texts`` (the notes under a table) that gives units, read; with
    ``title``, also a note closing a table's title or caption (``表1　KPIの実績（単位：…）``), which
    under a table would be the next table's. Notes naming one row's unit each (``※1　KPI②の単位は
    千円``), among ``texts`` or the bodies of the ``numbered`` notes, are read together and speak
    over the first note's; a numbered note gives no other unit (it speaks for what points to it):
    one of ``marked`` (each note's text by its mark) saying a word of a row's name is written in
    a unit (``※1 入園者数は千人単位で記載``) gives it to the rows that print its mark."""
    texts = list(texts)
    subject: dict[str, str] = {}
    for text in (*texts, *numbered):
        said = _QUOTED_UNIT.sub(r"\1", normalize_text(text).strip())
        clause = _KEYED_SUBJECT_CLAUSE.match(said)
        for s in [*_SUBJECT_KEYED.finditer(said), *([clause] if clause else [])]:
            if unit_word(s.group("unit")):
                for key in regex.findall(_KEY, s.group("keys")):
                    subject[note_key(key)] = s.group("unit")
        for key, unit in _besides_keyed(text).items():
            subject.setdefault(key, unit)
    worded: dict[str, str] = {}
    for text in texts:
        norm = normalize_text(text).strip()
        w = _SUBJECT_WORD_UNIT.match(norm)
        if w is not None and unit_word(w.group("unit")):
            worded[w.group("word")] = w.group("unit")
        closing = _CLOSING_NOTE.search(norm) if title else None
        # (大紀: ■目標の達成状況 （金額の単位：千円）, the caption's closing bracket)
        for said in (norm, *([closing.group("note")] if closing else [])):
            n = _SUBJECT_NAMED.match(said)
            if n is None or not unit_word(n.group("unit")) or _EVERY_ROW.fullmatch(n.group("word")):
                continue
            if n.group("keys"):
                # (※②観光客数の単位は千人: the row numbered ②, not every row of that name)
                for key in regex.findall(_KEY, n.group("keys")):
                    subject.setdefault(note_key(key), n.group("unit"))
            else:
                worded.setdefault(n.group("word"), n.group("unit"))
    by_mark: dict[str, tuple[str, str]] = {}
    for mark, body in (marked or {}).items():
        w = _SUBJECT_WORD_IN_UNIT.match(normalize_text(body).strip())
        if w is not None and unit_word(w.group("unit")):
            by_mark[mark] = (w.group("word"), w.group("unit"))
    note = _first_unit_note(texts, title)
    if not subject and not by_mark and not worded:
        return note
    if note is None:
        return UnitNote(None, subject, worded, by_mark)
    return UnitNote(
        note.default,
        {**note.by_key, **subject},
        {**note.by_word, **worded},
        by_mark,
        note.marked_rows,
    )


#: A note's default unit, quoted, before ほか (``表の右上に示す「人」のほか、``): the unit.
_BESIDES = regex.compile(
    r"[^、。]*?[「『](?P<unit>[^「」『』\s]{1,6})[」』]\s*の?\s*ほか\s*[、,]?\s*"
)
#: A copula closing a clause (``です``, ``である``), which no unit ends in.
_COPULA = regex.compile(r"(?:です|である)(?=\s*(?:[。、,]|$))")


def _besides_keyed(text: str) -> dict[str, str]:
    """The units a note gives rows by key beside the table's own (貝塚: ``※1 単位は表の右上に示す
    「人」のほか、No.③は「件」、No.④は「％」です。``): ③ is 件, ④ is ％; the table's unit stands
    for the rest, as the table states it."""
    norm = _LEADING_MARK.sub("", normalize_text(text).strip())
    if not norm.startswith("単位は"):
        return {}
    besides = _BESIDES.match(norm, len("単位は"))
    if besides is None or not qualified_unit(besides.group("unit")):
        return {}
    rest = _COPULA.sub("", _QUOTED_UNIT.sub(r"\1", norm[besides.end() :]))
    return _units_by_key(rest, unit_word)


def _units_by_key(body: str, takes: Callable[[str], bool]) -> dict[str, str]:
    """The unit each key of a note's body gets (``No.3及びNo.4は百万円``, ``③は件``), where
    ``takes`` accepts it as a unit; a later key's unit speaks over an earlier one's."""
    out: dict[str, str] = {}
    for k in _KEYED.finditer(body):
        if takes(k.group("unit")):
            for key in regex.findall(_KEY, k.group("keys")):
                out[note_key(key)] = k.group("unit")
    return out


#: A note's own mark before its words (``※1``, ``※``).
_LEADING_MARK = regex.compile(r"^(?:※|\*|＊)\s*[0-9]{0,2}\s*")


#: Words of a unit note that refer to units stated elsewhere (``上表と同じ``, ``前表のとおり``).
_UNITS_ELSEWHERE = regex.compile(r"表|上記|前掲|とおり|通り|同じ|同様")


def _first_unit_note(texts: Sequence[str], title: bool) -> UnitNote | None:
    """The first of ``texts`` that is a unit note (``※単位は…``, ``単位：①…``), read."""
    for text in texts:
        # (（単位：人。ただしKPI②は千円）: the note in brackets of its own, a line above a grid)
        norm = normalize_text(text).strip()
        m = _NOTE.fullmatch(unbracketed(norm))
        closing = _CLOSING_NOTE.search(norm) if m is None and title else None
        if closing is not None and not closing.group("of"):
            m = _NOTE.fullmatch(closing.group("note"))
        if m is None:
            continue
        # (飯山: 「人」です。ただし、KPI③は「件」: the units quoted, a copula after each)
        body = _COPULA.sub("", _QUOTED_UNIT.sub(r"\1", m.group("body")))
        kana = _kana_units(text)
        if kana is not None:
            return UnitNote(None, kana)
        listed = _word_units(text)
        if listed is not None:
            if len(listed) >= 2:
                return UnitNote(None, {}, listed)
            continue
        # (※印を付した指標は人: the rows the mark sets apart, read before any word is)
        marked = {
            regex.sub(r"\s+", "", m.group("mark")).replace("*", "※").replace("＊", "※"): m.group(
                "unit"
            )
            for m in _MARK_KEYED.finditer(body)
            if unit_word(m.group("unit"))
        }
        body = _MARK_KEYED.sub("", body) if marked else body
        default = None
        if not regex.match(_KEY, body):
            if regex.search(r"[0-9]", m.group("opener") or ""):
                # (（注1）単位は千円: the note of the rows that print its mark, no table's unit;
                # 南知多's （注１）単位 No.1・No.3：千人 … names its rows by number)
                continue
            head = _DEFAULT.match(body.strip())
            if head is None or not qualified_unit(head.group("unit")):
                continue
            if _UNITS_ELSEWHERE.search(head.group("unit")):
                continue  # (※単位は上表と同じ: the units of another table, named there)
            default, body = head.group("unit"), body.strip()[head.end() :]
        # (②：速報値 says what the figure is, not its unit)
        by_key = _units_by_key(
            body, lambda unit: qualified_unit(unit) and not FIGURE_REMARK.search(unit)
        )
        by_word = {
            w.group("word"): w.group("unit")
            for w in _WORD_KEYED.finditer(body)
            if unit_word(w.group("unit")) and regex.fullmatch(_KEY, w.group("word")) is None
        }
        if default is not None or by_key or by_word:
            return UnitNote(default, by_key, by_word, marked_rows=marked)
    return None


#: A row's kana mark before a colon (``ア：``), not a katakana word's last letter.
_KANA_KEY = regex.compile(rf"(?<![\p{{Katakana}}ー])(?P<kana>[{KANA_ORDER}])\s*[:：]")


def _kana_units(text: str) -> dict[str, str] | None:
    """The units a note gives rows by their kana marks (宇治田原: ``※単位　ア：人　イ：回　…
    カ：万円`` under a grid whose 記号 column marks its rows ア … カ), where the note is nothing
    but such pairs, the kana in their order from ア, each unit up to the next mark a unit (the
    note may come with the spaces between pairs folded away: ``ア:人イ:回``); None for any other
    note."""
    m = _NOTE.fullmatch(unbracketed(normalize_text(text).strip()))
    body = m.group("body") if m is not None else ""
    keys = list(_KANA_KEY.finditer(body))
    marks = "".join(k.group("kana") for k in keys)
    if len(keys) < 2 or body[: keys[0].start()].strip() or marks != KANA_ORDER[: len(keys)]:
        return None
    units: dict[str, str] = {}
    for k, end in zip(keys, [*(k.start() for k in keys[1:]), len(body)], strict=True):
        unit = body[k.end() : end].strip(" 、,・")
        if not qualified_unit(unit):
            return None
        units[k.group("kana")] = unit
    return units


def _word_units(text: str) -> dict[str, str] | None:
    """The units a note lists by words of the rows' names, each after a colon (三芳: ``（単位
    人数：人　金額：千円　面積：ha）``; 小平: ``単位　農業産出額：百万円　新規開業件数：件``), where
    the note is nothing but such pairs apart by spaces or commas; None for any other note. (Read
    before spaces between Japanese words are folded away: they part the pairs.)"""
    spaced = fold_width(text).strip()
    m = _NOTE.fullmatch(unbracketed(spaced))
    if m is None or not _WORD_UNIT_LIST.fullmatch(m.group("body").strip()):
        return None
    if any(
        regex.fullmatch(_KEY, w.group("word").strip()) for w in _WORD_UNIT.finditer(m.group("body"))
    ):
        return None  # (単位　No.1：人　No.2：千円: rows by number, read as keys)
    return {
        w.group("word"): normalize_text(w.group("unit"))
        for w in _WORD_UNIT.finditer(m.group("body"))
        if qualified_unit(w.group("unit"))
    }


#: A word of rows' names and its unit after a colon (``人数：人``, ``ホタテ稚貝の出荷量：ｔ``).
_WORD_UNIT = regex.compile(
    r"(?P<word>[^\s、,。:()\u2460-\u2473]{2,24})\s*:\s*(?P<unit>[^\s、,。:()]{1,6})"
)
#: A note that is nothing but such pairs, two or more, apart by spaces or commas.
_WORD_UNIT_LIST = regex.compile(
    rf"{_WORD_UNIT.pattern}(?:(?:\s+|\s*[、,・]\s*){_WORD_UNIT.pattern})+"
)


def unmatched_keys(note: UnitNote, keys: Sequence[str | None]) -> list[str]:
    """The keys a note names that no row of the table is known by."""
    known = {k for k in keys if k is not None}
    return sorted(k for k in note.by_key if k not in known)


__all__ = [
    "MAX_RUN",
    "ROW_KEY",
    "ROW_KEYS",
    "ROW_KEY_RUN",
    "UnitNote",
    "named_keys",
    "names_by_word",
    "note_key",
    "read_unit_note",
    "row_key",
    "unmatched_keys",
    "year_units_noted",
]


#: A note on numbered rows (津和野: ``※1　③は令和4年度から人日（…）で計上している。令和3年度の
#: 計画・実績は実人数（単位：人）である。``): the rows first, then what it says of them.
_ROWS_NOTED = regex.compile(rf"^(?:{NOTE_OPENER})?\s*[0-9]{{0,2}}\s*(?P<keys>{ROW_KEYS})\s*[はの]")
#: Keys opening a sentence, the rows it speaks of (``⑤の令和3年度の実績は…``).
_SENTENCE_KEYS = regex.compile(rf"^(?:{NOTE_OPENER})?\s*(?P<keys>{ROW_KEYS})\s*[はの]")
#: One year's lists counted in another unit than the row's: the year, the lists (計画・実績), then
#: the unit in brackets (``（単位：人）``).
_YEAR_IN_UNIT = regex.compile(
    rf"(?P<year>{FISCAL_YEAR_TEXT})\s*の?\s*"
    r"(?P<lists>(?:計画|目標|実績)値?(?:\s*(?:・|、|及び|および)\s*(?:計画|目標|実績)値?)*)\s*は"
    r"[^。]{0,20}?[(（]\s*単位\s*[:：]\s*(?P<unit>[^)）\s]{1,6})\s*[)）]"
)


def year_units_noted(drafts: Iterable[Draft], texts: Iterable[str]) -> None:
    """Give one year's values of the rows a note numbers the unit the note says they were counted
    in (津和野: ``③は令和4年度から人日…。令和3年度の計画・実績は実人数（単位：人）``: ③'s FY2021
    target and actual in 人), the row's unit kept for its other values; not converted (no factor
    is given), and said in a warning. A value that prints its own unit keeps it."""
    for text in texts:
        norm = normalize_text(text).strip()
        rows = _ROWS_NOTED.match(norm)
        keys = named_keys(rows.group("keys")) if rows is not None else None
        if not keys:
            continue
        for said in _YEAR_IN_UNIT.finditer(norm):
            year = find_period(said.group("year"))
            unit = said.group("unit")
            if year is None or year.fiscal_year is None or not qualified_unit(unit):
                continue
            # (③は…。⑤の令和3年度の実績は…（単位：人）: a sentence that opens with keys of its
            # own speaks of those rows)
            sentence = sentence_around(norm, *said.span())
            own = _SENTENCE_KEYS.match(sentence)
            named = (named_keys(own.group("keys")) or set()) if own is not None else keys
            lists = said.group("lists")
            for d in drafts:
                if row_key(d.label, d.indicator) not in named:
                    continue
                changed: list[str] = []
                if "計画" in lists or "目標" in lists:
                    d.targets = _in_unit(d.targets, year.fiscal_year, unit, changed)
                if "実績" in lists:
                    d.actuals = _in_unit(d.actuals, year.fiscal_year, unit, changed)
                if changed:
                    d.warnings.append(
                        f"its values {', '.join(repr(t) for t in changed)} were read in {unit}, "
                        f"not its unit, as a note says ({sentence})"
                    )


#: A note that a row, quoted by name, printed its values up to a year in one unit (桜井:
#: ``数値目標「観光入込客数」は、令和3年度までの値を人単位で、令和4年度からの値と目標値を千人単位で
#: 掲載``): the name, the last year and that unit.
_QUOTED_UNTIL_IN_UNIT = regex.compile(
    r"[「『](?P<name>[^「」『』]{2,30})[」』]\s*は\s*、?\s*"
    rf"(?P<year>{FISCAL_YEAR_TEXT})\s*まで\s*の?\s*(?:値|数値|実績値?)?\s*を?\s*"
    r"(?P<unit>[^\s、。,，()（）]{1,4}?)\s*単位\s*で"
)


def quoted_units_until(drafts: Iterable[Draft], texts: Iterable[str]) -> None:
    """Read the values of a row a note quotes by name, up to the year it names, in the unit it
    says they were printed in (桜井: 人 up to 令和3年度, 千人 from then on as the 単位 cell says):
    1,046,300 as 1,046,300 人, not ×1,000; said in a warning."""
    for text in texts:
        norm = normalize_text(text)
        for m in _QUOTED_UNTIL_IN_UNIT.finditer(norm):
            year = find_period(m.group("year"))
            unit = m.group("unit")
            if year is None or year.fiscal_year is None or not qualified_unit(unit):
                continue
            name = m.group("name").replace(" ", "")
            for d in drafts:
                if normalize_text(d.indicator or "").replace(" ", "") != name:
                    continue
                changed: list[str] = []
                last = year.fiscal_year

                def in_unit(
                    v: ValueCell, last: int = last, unit: str = unit, changed: list[str] = changed
                ) -> ValueCell:
                    p = v.period
                    if p is None or p.fiscal_year is None or p.fiscal_year > last:
                        return v
                    new = with_own_unit(v, unit)
                    if new is not v:
                        changed.append(normalize_text(v.text))
                    return new

                d.map_values(in_unit)
                if changed:
                    d.warnings.append(
                        f"its values {', '.join(repr(t) for t in changed)} were read in {unit}, "
                        f"not its unit, as a note says ({sentence_around(norm, *m.span())})"
                    )


def _in_unit(values: list[ValueCell], year: int, unit: str, changed: list[str]) -> list[ValueCell]:
    """The values, those of the fiscal year read in the unit (their texts added to changed)."""
    out = []
    for v in values:
        if v.period is not None and v.period.fiscal_year == year:
            new = with_own_unit(v, unit)
            if new is not v:
                changed.append(normalize_text(v.text))
            v = new
        out.append(v)
    return out
