"""Indicators written as labelled text lines, one field a line, outside any table.

豊川's text version of its 効果検証 (a page made for screen readers, tables left out) prints each
indicator as ``指標名：観光入込客数`` then ``基準値：543万人（令和元年度）``, ``実績値：…``,
``中間目標値：…``, ``目標値：…``. A line whose label the vocabulary takes for the indicator's name
opens a draft; the lines right after it whose labels name a list (baseline, target, actual) give
its values, each dated by its own bracket; any other line closes it. A ``【数値目標】`` or
``【…KPI】`` line before says the kind of the indicators after it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from jpkpi.primitives.period import Period, find_period
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import TextLine
from jpkpi.understanding.cells import CellClass, classify, unit_word, value_and_period
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.programs import program_heading
from jpkpi.understanding.vocabulary import Kind, Vocabulary, header_kind

#: A labelled line: a short label (maybe its period in brackets: ``基準値（令和元年度）``), a
#: colon, the field's text.
_FIELD = regex.compile(
    r"(?P<label>[^：:※＊*。、()（）]{2,10}(?:\([^()]{1,12}\))?)\s*[：:]\s*(?P<text>\S.*)"
)
#: A label that gives the indicator's unit (``単位：万人``) or its target's year (``目標年度：…``).
_UNIT_LABEL = regex.compile(r"単位")
#: A label of the year a target is due (``目標年度``, ``達成年度``, ``中間目標年次``).
TARGET_YEAR_LABEL = regex.compile(r"(?:中間)?(?:目標|達成)(?:年度|年次|時期)")
#: The roles a label may name, and the list of values each gives.
_LISTS = {"baseline": "baseline", "target": "target", "actual": "actual"}
#: The least weight of a label's vote (指標名 3, 基準値 3, 目標値 3; 内容 1 is no name's label).
_MIN_VOTE = 3.0
#: A bracket after a value naming the years it was counted over (``131件（令和2年度から令和4年度
#: までの累計）``): the value is for the last of them.
_SPANNED = regex.compile(r"(?P<value>.+?)\s*\((?P<span>[^()]*から(?P<end>[^()]*?)まで[^()]*)\)")
#: A line that says the kind of the indicators after it (``【数値目標】``,
#: ``【重要業績評価指標（KPI）】``).
_KIND_LINE = regex.compile(r"[【\[](?P<kind>[^】\]]{2,20})[】\]]")


@dataclass
class KeyedLines:
    """The reading of a run of labelled lines: the draft being filled, the kind in force."""

    kind: Kind | None = None
    current: Draft | None = None
    #: The year a ``目標年度：`` line gave the indicator being read: its final targets'.
    target_year: Period | None = None
    #: The year a ``中間目標年度：`` line gave: its 中間 targets'.
    mid_year: Period | None = None

    def read(
        self, line: TextLine, section: list[str], vocabulary: Vocabulary
    ) -> tuple[bool, Draft | None]:
        """Read one text line: whether it was a field of an indicator, so the caller reads it
        no further, and the draft whose first value it gave, if any. A program's heading
        (``施策(1) 観光交流の推進``) last among the sections is the indicators' program, not a
        section."""
        text = normalize_text(line.text)
        marked = _KIND_LINE.fullmatch(text)
        if marked is not None and header_kind(marked.group("kind")) is not None:
            self.kind, self.current = header_kind(marked.group("kind")), None
            return False, None  # (the line may still be a heading to the caller)
        if line.level is not None:
            self.current = None  # a heading ends the run; a program's heading the kind too
            if program_heading(text) is not None:
                self.kind = None
            return False, None
        m = _FIELD.fullmatch(text)
        if m is not None and self.current is not None and self._detail(m, line):
            return True, None
        role = _role(m.group("label"), vocabulary) if m is not None else None
        if m is None or role is None:
            self.current = None
            if program_heading(text) is not None:
                self.kind = None  # 施策(1) 観光交流の推進 in plain text: a heading all the same
            return False, None
        where = line.provenance
        if role == "indicator":
            name = m.group("text").strip()
            if classify(name) not in (CellClass.TEXT, CellClass.HEADER):
                self.current = None
                return False, None
            program = program_heading(section[-1]) if section else None
            d = Draft(None, self.kind or Kind.KPI, section[:-1] if program else list(section))
            d.indicator, d.indicator_where, d.page = name, where, where.page
            d.program, d.program_printed = program, program is not None
            self.current, self.target_year, self.mid_year = d, None, None
            return True, None  # (given to the caller with its first value: a name alone,
            # 指標の動き：計画策定時と比べた…, is a legend, no indicator)
        if self.current is None:
            return False, None
        opened = None if self.current.has_values() else self.current
        cell = _value_cell(m.group("text").strip(), m.group("label").strip(), line)
        if cell.period is None:  # 基準値（令和元年度）：543万人: the label's own period
            cell = replace(cell, period=find_period(m.group("label")))
        if role == "baseline":
            self.current.baseline = self.current.baseline or cell
        elif role == "target":
            year = self.mid_year if "中間" in cell.header else self.target_year
            if cell.period is None and year is not None:
                cell = replace(cell, period=year)
            self.current.targets.append(cell)
        else:
            self.current.actuals.append(cell)
        return True, opened

    def end(self) -> None:
        """Close the run in progress (a table, or anything but a line, stands between)."""
        self.current = None

    def _detail(self, m: regex.Match[str], line: TextLine) -> bool:
        """Take a line that says more of the indicator being read: its unit (``単位：万人``)
        or its target's year (``目標年度：令和6年度``, dating its undated targets)."""
        assert self.current is not None
        label, text = m.group("label").replace(" ", ""), m.group("text").strip()
        if _UNIT_LABEL.fullmatch(label) and unit_word(text):
            self.current.unit = self.current.unit or text
            return True
        if TARGET_YEAR_LABEL.fullmatch(label) and find_period(text) is not None:
            # 目標年度：令和6年度 dates the final targets, before or after it; 中間目標年度 the
            # 中間 ones
            year = find_period(text)
            mid = label.startswith("中間")
            if mid:
                self.mid_year = year
            else:
                self.target_year = year
            self.current.targets = [
                replace(t, period=year) if t.period is None and ("中間" in t.header) == mid else t
                for t in self.current.targets
            ]
            return True
        return False


def _role(label: str, vocabulary: Vocabulary) -> str | None:
    """The role a field's label names strongly: the indicator's name or a list of values."""
    votes = vocabulary.votes(label.replace(" ", ""))
    strong = {r: w for r, (w, _) in votes.items() if w >= _MIN_VOTE}
    if len(strong) != 1:
        return None
    (role,) = strong
    return role if role == "indicator" or role in _LISTS else None


def _value_cell(text: str, label: str, line: TextLine) -> ValueCell:
    """A field's value with the period its own bracket names; a span's last year for a value
    counted over years (its 累計 stays in the text, as the record's flag)."""
    dated = value_and_period(text)
    if dated is not None:
        return ValueCell(dated[0], dated[1], label, where=line.provenance)
    spanned = _SPANNED.fullmatch(text)
    end = find_period(spanned.group("end")) if spanned is not None else None
    if spanned is not None and end is not None:
        period = Period(end.fiscal_year, end.year, end.month, spanned.group("span"))
        flags = frozenset({"cumulative"}) if "累計" in spanned.group("span") else frozenset()
        return ValueCell(spanned.group("value"), period, label, flags, line.provenance)
    return ValueCell(text, None, label, where=line.provenance)
