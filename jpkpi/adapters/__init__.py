"""Adapters: layouts that need more than the generic table reader, and the registry of them.

An adapter plugs in at the understanding stage: it gets a document's blocks (tables and text
lines, already recovered from whatever the source was) and its name, says how confident it is
that the layout is its own, and turns the blocks into records. The registry holds the built-in
adapters and every adapter installed through the ``jpkpi.adapters`` entry-point group; ``parse``
uses the most confident one, the generic reader when no adapter is more confident than it.

An installed adapter that cannot be loaded (an import error, not an adapter) is skipped with an
:class:`AdapterLoadWarning`; asking for it by name is an error saying why. An exception raised
in an installed adapter's own ``detect`` or ``read`` is an :class:`~jpkpi.errors.AdapterError`
naming the adapter and the file.
"""

from __future__ import annotations

import functools
import importlib.metadata
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar, runtime_checkable

from jpkpi.errors import AdapterError, DocumentError, JpkpiError
from jpkpi.records.model import KpiRecord
from jpkpi.tables.model import Block

#: The entry-point group third-party adapters register under.
ENTRY_POINT_GROUP = "jpkpi.adapters"
#: The origin of the adapters that ship with jpkpi.
BUILT_IN = "built-in"

_T = TypeVar("_T")


class AdapterLoadWarning(UserWarning):
    """An installed adapter's entry point cannot be loaded, so the adapter is skipped."""


@runtime_checkable
class Adapter(Protocol):
    """What an adapter provides: a name, a line of description, detection and reading."""

    name: str
    description: str

    def detect(self, blocks: Sequence[Block]) -> float:
        """How sure (0 to 1) the adapter is that these blocks are its layout."""

    def read(self, blocks: Sequence[Block], document: str) -> list[KpiRecord]:
        """The records of a document in this layout."""


@dataclass(frozen=True)
class AdapterInfo:
    """A registered adapter and where it came from (``built-in`` or its distribution)."""

    adapter: Adapter
    origin: str


class GenericAdapter:
    """The generic table reader, the fallback for every layout."""

    name = "generic"
    description = "any table with KPI headings (指標, 基準値, 目標値, 実績…): the generic reader"

    def detect(self, blocks: Sequence[Block]) -> float:
        """Always a little sure: it is the fallback."""
        return 0.1

    def read(self, blocks: Sequence[Block], document: str) -> list[KpiRecord]:
        """Records by the generic reader."""
        from jpkpi.records.build import draft_to_record
        from jpkpi.understanding.reader import read_blocks

        drafts = read_blocks(blocks)
        drafts.reverse()
        records = []
        while drafts:  # each draft let go as its record is made: not both sets held at once
            records.append(draft_to_record(drafts.pop(), document, self.name))
        return records


def _builtins() -> list[Adapter]:
    from jpkpi.adapters.report_form import NationalReportFormAdapter
    from jpkpi.adapters.seika_sheet import SeikaSheetAdapter

    return [GenericAdapter(), NationalReportFormAdapter(), SeikaSheetAdapter()]


class Registry(dict[str, AdapterInfo]):
    """Adapters by name, and in ``broken`` the installed ones that could not be loaded (entry
    point name to why), so that asking for one by name can say why it is missing."""

    def __init__(self, adapters: dict[str, AdapterInfo], broken: dict[str, str]) -> None:
        super().__init__(adapters)
        self.broken = broken


def _load(entry: importlib.metadata.EntryPoint) -> Adapter | str:
    """The adapter an entry point names, or why it cannot be used."""
    try:
        loaded = entry.load()
        adapter = loaded() if isinstance(loaded, type) else loaded
    except Exception as e:  # a broken plug-in must not break jpkpi
        return f"cannot be loaded ({type(e).__name__}: {e})"
    if not isinstance(adapter, Adapter):
        return "is not an adapter (it lacks name, description, detect or read)"
    return adapter


@functools.lru_cache(maxsize=1)
def registry() -> Registry:
    """Every adapter by name: the built-ins, then those installed as entry points.

    An entry point that cannot be loaded is skipped with one AdapterLoadWarning naming it.
    """
    found: dict[str, AdapterInfo] = {a.name: AdapterInfo(a, BUILT_IN) for a in _builtins()}
    broken: dict[str, str] = {}
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        origin = entry.dist.name if entry.dist is not None else entry.value
        adapter = _load(entry)
        if isinstance(adapter, str):
            broken[entry.name] = f"adapter {entry.name!r} ({entry.value}, from {origin}) {adapter}"
            warnings.warn(f"{broken[entry.name]}; skipped", AdapterLoadWarning, stacklevel=2)
            continue
        found.setdefault(adapter.name, AdapterInfo(adapter, origin))
    return Registry(found, broken)


def get(name: str) -> Adapter:
    """The adapter of that name; JpkpiError saying why when there is none (or it is broken)."""
    known = registry()
    if name in known:
        return known[name].adapter
    if name in known.broken:
        raise JpkpiError(known.broken[name])
    raise JpkpiError(f"unknown adapter {name!r} (known: {', '.join(sorted(known))})")


def origin(adapter: Adapter) -> str:
    """Where an adapter came from: ``built-in``, its distribution, or ``unregistered``."""
    for info in registry().values():
        if info.adapter is adapter:
            return info.origin
    return "unregistered"


def _guarded(adapter: Adapter, step: str, where: str, call: Callable[[], _T]) -> _T:
    """Run an installed adapter's code; what it raises becomes an AdapterError naming the
    adapter and the file (a DocumentError it raises on purpose passes as it is)."""
    came_from = origin(adapter)
    if came_from == BUILT_IN:
        return call()  # a failure of ours is jpkpi's bug, reported as such
    try:
        return call()
    except (DocumentError, MemoryError):
        raise
    except Exception as e:
        name = getattr(adapter, "name", "?")
        raise AdapterError(
            where,
            f"adapter {name!r} (from {came_from}) failed in {step}: {type(e).__name__}: {e}"
            + ("; --adapter generic reads the file without it" if step == "detect" else ""),
        ) from e


def _score(adapter: Adapter, blocks: Sequence[Block]) -> float:
    """How sure an adapter is of these blocks, as a number."""
    return float(adapter.detect(blocks))


def choose(blocks: Sequence[Block], where: str = "<document>") -> Adapter:
    """The most confident adapter for these blocks (the generic reader on a tie); ``where``
    names the file in the error of an installed adapter whose ``detect`` fails."""
    best: Adapter = get("generic")
    best_score = best.detect(blocks)
    for info in registry().values():
        adapter = info.adapter
        score = _guarded(adapter, "detect", where, functools.partial(_score, adapter, blocks))
        if score > best_score:
            best, best_score = adapter, score
    return best


def read_with(
    adapter: Adapter, blocks: Sequence[Block], document: str, where: str | None = None
) -> list[KpiRecord]:
    """An adapter's records of a document; an installed adapter that fails (or returns what is
    not a list of KpiRecord) is an AdapterError naming it and ``where`` (the file)."""
    where = where or document

    def run() -> list[KpiRecord]:
        records = adapter.read(blocks, document)
        if not isinstance(records, list) or not all(isinstance(r, KpiRecord) for r in records):
            raise TypeError(f"read returned {type(records).__name__}, not a list of KpiRecord")
        return records

    return _guarded(adapter, "read", where, run)
