"""Where a run's records go: one output written file by file, complete only once closed.

Each input's records are numbered on their own (``record_id``, see
:func:`jpkpi.records.output.with_record_ids`). JSON Lines and long CSV are written as each
input's records arrive (a run over thousands of
files never holds them all); a JSON array and wide CSV (whose columns depend on every record)
are written at the end; Parquet appends a row group per input. A file output is written under a
temporary name and renamed when closed, so an interrupted run never leaves a half file behind
that looks finished (``--skip-existing`` relies on this).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from typing import Any, TextIO

from jpkpi.errors import JpkpiError
from jpkpi.records.output import record_ids, write_csv, write_csv_long, write_json, write_jsonl


def partial_name(path: str) -> str:
    """Where an output is written until complete: hidden, so dataset readers skip it."""
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.partial-{os.getpid()}")


class Sink:
    """Records of a run, in order; ``close()`` finishes the output, ``abort()`` drops it."""

    def __init__(self, fmt: str, path: str | None, stream: TextIO | None = None) -> None:
        self.format = fmt
        self.path = path
        self._partial = partial_name(path) if path else None
        self._collected: list[dict[str, Any]] = []
        self._ids: list[str] = []
        self._parquet: Any = None
        self._text: TextIO | None = None
        if fmt == "parquet":
            if path is None:
                raise JpkpiError("--format parquet writes a file: give -o FILE (or -o DIR --split)")
            from jpkpi.records.arrow import ParquetSink

            self._parquet = ParquetSink(self._partial or path)
            return
        if path is None:
            self._text = stream or sys.stdout
        else:
            try:
                self._text = open(  # noqa: SIM115 - stays open until close() or abort()
                    self._partial or path, "w", encoding="utf-8", newline=""
                )
            except OSError as e:
                raise JpkpiError(f"{path}: cannot be written ({e.strerror or e})") from None
        if fmt == "csv-long":
            write_csv_long([], self._text)

    def write(self, records: list[dict[str, Any]]) -> None:
        """Add one input's records."""
        if self._parquet is not None:
            self._parquet.write(records)
        elif self.format == "jsonl":
            assert self._text is not None
            write_jsonl(records, self._text)
        elif self.format == "csv-long":
            assert self._text is not None
            write_csv_long(records, self._text, header=False)
        else:
            self._collected.extend(records)
            self._ids.extend(record_ids(records))

    def close(self) -> None:
        """Write what waited for the end, and put the file in place under its own name."""
        if self._parquet is not None:
            self._parquet.close()
        elif self._text is not None:
            buffer = io.StringIO()
            if self.format == "json":
                write_json(self._collected, buffer)
            elif self.format == "csv":
                write_csv(self._collected, buffer, ids=self._ids)
            self._text.write(buffer.getvalue())
            if self.path is None:
                self._text.flush()
            else:
                self._text.close()
        if self.path and self._partial:
            os.replace(self._partial, self.path)

    def abort(self) -> None:
        """Drop a file output that will not be finished (the run was interrupted)."""
        if self._parquet is not None:
            with contextlib.suppress(Exception):  # a half-written file goes anyway
                self._parquet.close()
        elif self._text is not None and self.path is not None:
            self._text.close()
        if self._partial and os.path.exists(self._partial):
            os.remove(self._partial)
