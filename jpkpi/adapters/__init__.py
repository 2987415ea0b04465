"""Adapters: layouts that need more than the generic table reader, and the registry of them.

An adapter plugs in at the understanding stage: it gets a document's blocks (tables and text
lines, already recovered from whatever the source was) and its name, says how confident it is
that the layout is its own, and turns the blocks into records. The registry holds the built-in
adapters and every adapter installed through the ``jpkpi.adapters`` entry-point group; ``parse``
uses the most confident one, the generic reader when no adapter is more confident than it.
"""

from __future__ import annotations

import functools
import importlib.metadata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from jpkpi.errors import JpkpiError
from jpkpi.records.model import KpiRecord
from jpkpi.tables.model import Block

#: The entry-point group third-party adapters register under.
ENTRY_POINT_GROUP = "jpkpi.adapters"


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

        return [draft_to_record(d, document, self.name) for d in read_blocks(list(blocks))]


def _builtins() -> list[Adapter]:
    from jpkpi.adapters.report_form import NationalReportFormAdapter
    from jpkpi.adapters.seika_sheet import SeikaSheetAdapter

    return [GenericAdapter(), NationalReportFormAdapter(), SeikaSheetAdapter()]


@functools.lru_cache(maxsize=1)
def registry() -> dict[str, AdapterInfo]:
    """Every adapter by name: the built-ins, then those installed as entry points."""
    found: dict[str, AdapterInfo] = {a.name: AdapterInfo(a, "built-in") for a in _builtins()}
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
            adapter = loaded() if isinstance(loaded, type) else loaded
        except Exception as e:  # a broken plug-in must not break jpkpi
            raise JpkpiError(
                f"adapter {entry.name!r} ({entry.value}) cannot be loaded: {e}"
            ) from None
        if not isinstance(adapter, Adapter):
            raise JpkpiError(
                f"adapter {entry.name!r} ({entry.value}) lacks name, description, detect or read"
            )
        origin = entry.dist.name if entry.dist is not None else entry.value
        found.setdefault(adapter.name, AdapterInfo(adapter, origin))
    return found


def get(name: str) -> Adapter:
    """The adapter of that name; JpkpiError naming the known ones when there is none."""
    known = registry()
    if name not in known:
        raise JpkpiError(f"unknown adapter {name!r} (known: {', '.join(sorted(known))})")
    return known[name].adapter


def choose(blocks: Sequence[Block]) -> Adapter:
    """The most confident adapter for these blocks (the generic reader on a tie)."""
    best: Adapter = get("generic")
    best_score = best.detect(blocks)
    for info in registry().values():
        score = info.adapter.detect(blocks)
        if score > best_score:
            best, best_score = info.adapter, score
    return best
