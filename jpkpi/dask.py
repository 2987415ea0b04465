"""Parsing a national run on a Dask cluster into a Parquet dataset (``pip install 'jpkpi[dask]'``).

jpkpi does not schedule anything itself: the paths are cut into chunks, each chunk is one Dask
task that parses its files and writes one Parquet part (``part-00000.parquet`` …, numbered in
input order), and only a small summary per file comes back to the client. The folder of parts
reads as one dataset in pandas, DuckDB or Spark. Workers must see the input paths and the output
folder (a shared file system, or the same paths on every machine).

    from distributed import Client
    from jpkpi.dask import parse_to_parquet

    with Client("tcp://scheduler:8786") as client:
        summary = parse_to_parquet(paths, "/shared/kpi-dataset", client=client)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jpkpi.batch import FileResult, parse_file
from jpkpi.errors import JpkpiError
from jpkpi.records.arrow import records_to_table

#: Files parsed by one task (one Parquet part): large enough to amortise a task's overhead.
DEFAULT_FILES_PER_TASK = 16


@dataclass(frozen=True)
class FileSummary:
    """What became of one input on the cluster: its record count, or its error."""

    path: str
    records: int
    error_kind: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class RunSummary:
    """A cluster run: the dataset folder, its part files, and each input's outcome in order."""

    out_dir: str
    parts: list[str] = field(default_factory=list)
    files: list[FileSummary] = field(default_factory=list)

    @property
    def records(self) -> int:
        """Records written in all."""
        return sum(f.records for f in self.files)

    @property
    def failed(self) -> list[FileSummary]:
        """The inputs that gave an error instead of records."""
        return [f for f in self.files if f.error is not None]


def part_name(number: int) -> str:
    """The file name of a dataset part; zero-padded so name order is input order."""
    return f"part-{number:05d}.parquet"


def parse_chunk_to_parquet(
    paths: Sequence[str], out_dir: str, number: int, adapter: str | None = None
) -> list[FileSummary]:
    """One task: parse ``paths`` and write their records as one Parquet part of the dataset."""
    import pyarrow
    import pyarrow.parquet

    results: list[FileResult] = [parse_file(path, adapter) for path in paths]
    tables = [records_to_table(r.records) for r in results]
    table = pyarrow.concat_tables(tables)
    target = os.path.join(out_dir, part_name(number))
    partial = os.path.join(out_dir, f".{part_name(number)}.partial")  # hidden from readers
    pyarrow.parquet.write_table(table, partial)
    os.replace(partial, target)  # a part is there whole or not at all
    return [
        FileSummary(
            r.path,
            len(r.records),
            r.error.kind if r.error else None,
            r.error.message if r.error else None,
        )
        for r in results
    ]


def parse_to_parquet(
    paths: Sequence[str],
    out_dir: str,
    *,
    client: Any = None,
    adapter: str | None = None,
    files_per_task: int = DEFAULT_FILES_PER_TASK,
) -> RunSummary:
    """Parse ``paths`` on a Dask cluster and write their records as a Parquet dataset.

    ``client`` is a ``distributed.Client`` (default: the current one). Parts are numbered in
    input order, so reading the folder gives the records in the order ``jpkpi parse`` writes
    them. A file that fails is listed in the summary with its error and costs no other file.
    """
    try:
        from distributed import default_client
    except ImportError:
        raise JpkpiError("jpkpi.dask needs dask: pip install 'jpkpi[dask]'") from None
    if files_per_task < 1:
        raise ValueError("files_per_task must be at least 1")
    os.makedirs(out_dir, exist_ok=True)
    stale = sorted(n for n in os.listdir(out_dir) if n.startswith("part-"))
    if stale:  # they would be read as part of this run's dataset
        raise JpkpiError(
            f"{out_dir}: holds parts of an earlier run ({stale[0]} …); give an empty folder"
        )
    # distributed leaves default_client unannotated; it returns the current Client.
    client = client or default_client()  # type: ignore[no-untyped-call]
    chunks = [list(paths[i : i + files_per_task]) for i in range(0, len(paths), files_per_task)]
    futures = [
        client.submit(
            parse_chunk_to_parquet, chunk, out_dir, number, adapter, pure=False, retries=1
        )
        for number, chunk in enumerate(chunks)
    ]
    summaries = client.gather(futures)
    return RunSummary(
        out_dir,
        [os.path.join(out_dir, part_name(n)) for n in range(len(chunks))],
        [s for chunk in summaries for s in chunk],
    )
