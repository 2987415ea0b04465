"""Program (事業) lines: ``12 人材確保対策事業 【商工労働観光課】 (目的)… (内容)…``.

A program line carries the program's own number, its name, its department (``【…課】``), a
``【再掲】`` mark when it repeats one listed earlier, and its purpose and content.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from jpkpi.primitives.text import normalize_text, split_label
from jpkpi.understanding.cells import DEPARTMENT_NAME, department_of, strip_departments
from jpkpi.understanding.vocabulary import Role, header_role

_REPOSTED = regex.compile(r"[【\[［(（]\s*[★☆※*＊]?\s*再掲\s*[】\]］)）]")
_NEW = regex.compile(r"[【\[［(（]\s*新規\s*[】\]］)）]")
_NUMBER_ONLY = regex.compile(r"^(?:[0-9]{1,3}(?:\s*[/~～\-][0-9]{1,3})?|[(（][0-9]{1,3}[)）])$")
_PURPOSE = regex.compile(r"[(（]\s*(?:目的|内容)\s*[)）]")


@dataclass(frozen=True)
class Program:
    """A program as a record names it: name, number, department, repost mark and description."""

    name: str | None
    number: str | None = None
    department: str | None = None
    reposted: bool = False
    summary: str | None = None


def parse_program(text: str) -> Program:
    """Read a program cell or line into its parts; the name keeps ``[民間等]`` as printed."""
    if _NUMBER_ONLY.match(normalize_text(text)):
        return Program(None, normalize_text(text).replace(" ", ""))
    # The number or label is split off first, while the space after it is still there.
    labelled = split_label(text)
    norm = labelled.text
    reposted = bool(_REPOSTED.search(norm))
    department = department_of(norm)
    body = _NEW.sub(" ", _REPOSTED.sub(" ", strip_departments(norm)))
    summary = None
    m = _PURPOSE.search(body)
    if m:
        summary = normalize_text(body[m.start() :]) or None
        body = body[: m.start()]
    name = normalize_text(_ITEM_COUNT.sub("", _PAGE_REFERENCE.sub("", body))) or None
    closing = _DEPARTMENT_CLOSING.search(name or "") if department is None else None
    if (
        name
        and closing is not None
        and DEPARTMENT_NAME.fullmatch(closing.group("dept"))
        # (a 課 or 室 alone: 図書館整備事業（新図書館）, 文化振興事業（市民会館） name a place,
        # review 53)
        and closing.group("dept").endswith(("課", "室"))
    ):
        # 「さくらのまち日立」観光交流推進事業（観光物産課） under 事業名（担当課） (日立)
        department = closing.group("dept")
        name = name[: closing.start()].strip() or None
    return Program(name, labelled.number or labelled.label, department, reposted, summary)


#: A department in round brackets closing a program's name (``…推進事業（観光物産課）``).
_DEPARTMENT_CLOSING = regex.compile(r"[(（]\s*(?P<dept>[^()（）]+?)\s*[)）]$")


#: A page reference after a program's name, where a plan's list points to its page
#: (``健康・医療 P35``, ``（p.41）``).
_PAGE_REFERENCE = regex.compile(r"(?:\s+|[(（])[PpＰｐ]\.?\s*[0-9０-９]{1,4}[)）]?\s*$")


#: A program's number as it prints it before its name (``6-1``, ``3.2``, ``12``).
PROGRAM_NUMBER = r"[0-9]{1,3}(?:[-‐－.][0-9]{1,3}){0,3}"
#: A heading across a table that is a program's: a word, its number, its name (北上:
#: ``施策6-1　市民参画と協働の推進`` over that 施策's indicators; 広島: ``施策（1） 「…」を創る``).
_NUMBERED_HEADING = regex.compile(
    rf"(?P<word>\p{{Han}}{{1,4}}?)\s*(?P<no>{PROGRAM_NUMBER}|\([0-9]{{1,3}}\))\s+"
    r"(?P<name>\S.{0,40})"
)
#: A name that prints its number first, a space between (``3-2 農業の振興``, ``12 観光振興``),
#: its name no counted thing (``100 円バス運行事業``, ``3 世代同居支援事業``: a number in the name).
NUMBERED_NAME = regex.compile(rf"(?P<no>{PROGRAM_NUMBER})\s+(?P<name>\D\S.*)")


#: Starts of a name that make the number before it a count (100 円バス, 3 世代同居, 5 人の会).
_COUNTED_STARTS = ("円", "世代", "人の", "歳", "か所", "ヶ所", "年間", "日間", "校区")


def numbered_name(text: str) -> tuple[str, str] | None:
    """A program's number and name where its text prints the number first (``3-2 農業の振興``),
    None where what follows the number counts it (``100 円バス``, ``3 世代同居支援事業``)."""
    m = NUMBERED_NAME.fullmatch(normalize_text(text))
    if m is None:
        return None
    name = m.group("name")
    if name[0] in "十百千万億" or name.startswith(_COUNTED_STARTS):
        return None
    return m.group("no"), name


def program_heading(text: str, *, policy_only: bool = False) -> Program | None:
    """The program a heading across a table names, where its word is one the vocabulary gives
    programs (施策, 事業): the number and name of the rows below it, no section of the
    document; None for any other heading. ``policy_only``: a policy's alone, its word naming no
    事業 (``施策2-1 観光・交流の推進``), whose rows measure outcomes rather than 事業量."""
    m = _NUMBERED_HEADING.fullmatch(normalize_text(text))
    if m is None or header_role(m.group("word")) is not Role.PROGRAM:
        return None
    if policy_only and "事業" in m.group("word"):
        return None
    return Program(normalize_text(m.group("name")), m.group("no"))


#: A count of the indicators a program heads, after its name (湯梨浜: ``健康づくり推進（4項目）``).
_ITEM_COUNT = regex.compile(r"\s*[(（]\s*[0-9]{1,3}\s*(?:項目|指標)\s*[)）]\s*$")


def strip_repost_mark(text: str) -> tuple[str, bool]:
    """A text without its 【再掲】 mark, and whether it had one (an indicator listed again)."""
    stripped = _REPOSTED.sub("", text)
    return normalize_text(stripped), stripped != text


def merge_programs(first: Program, more: Program) -> Program:
    """A program whose line continues on the next line or cell (department, description)."""
    summary = " ".join(s for s in (first.summary, more.summary or more.name) if s) or None
    return Program(
        first.name or more.name,
        first.number or more.number,
        first.department or more.department,
        first.reposted or more.reposted,
        summary,
    )


def looks_like_program(text: str) -> bool:
    """Whether a line of text names a program: a department marker, 再掲, or (目的)/(内容)."""
    norm = normalize_text(text)
    if _REPOSTED.search(norm) or _PURPOSE.match(norm.lstrip("- ")):
        return True
    return department_of(norm) is not None and len(norm) >= 6
