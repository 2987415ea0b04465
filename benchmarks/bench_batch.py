"""Throughput of a batch run: the worker pool next to a plain loop over ``jpkpi.parse``.

Run from the repository root after ``pip install .``::

    python benchmarks/bench_batch.py [--copies N]

The inputs are every file under ``corpora/`` (seeds, PDFs, workbooks, HTML, CSV, the two real
PDFs), copied ``N`` times (default 4) into a temporary folder so that a run is long enough to
measure. The anchor, run in the same process, is the simplest thing a user could write: a loop
calling ``jpkpi.parse`` on each file, with no isolation, limits or progress. The batch runner
is timed with 1 and 2 workers; it also reports the peak memory of one worker. Nothing about
timing is asserted; the output is plain text.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import shutil
import tempfile
import time
from pathlib import Path

from bench_common import print_machine, print_table

import jpkpi
from jpkpi.batch import BatchSettings, find_inputs, parse_files, status_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


def copy_inputs(target: Path, copies: int) -> list[str]:
    """The corpus's supported files, copied ``copies`` times under ``target``."""
    sources = find_inputs([str(CORPORA)])
    for n in range(copies):
        for src in sources:
            dest = target / f"copy{n}" / Path(src).relative_to(CORPORA)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, dest)
    return find_inputs([str(target)])


def own_peak() -> float:
    """This process's peak resident memory in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def plain_loop(paths: list[str]) -> tuple[float, int]:
    """Seconds and records of a plain loop over jpkpi.parse in this process."""
    start = time.perf_counter()
    records = sum(len(jpkpi.parse(p).records) for p in paths)
    return time.perf_counter() - start, records


def worker_peak_mib() -> float:
    """The largest peak resident memory (VmHWM) of the live workers, in MiB (Linux only)."""
    workers = [c for c in multiprocessing.active_children() if c.name == "jpkpi-worker"]
    return max((status_bytes("VmHWM", c.pid) / 2**20 for c in workers), default=0.0)


def pool_run(paths: list[str], jobs: int) -> tuple[float, int, int, float]:
    """Seconds, records, failures and a worker's peak MiB of the batch runner, ``jobs`` workers."""
    start = time.perf_counter()
    records = failed = 0
    peak = 0.0
    for result in parse_files(paths, BatchSettings(jobs=jobs)):
        records += len(result.records)
        failed += result.error is not None
        peak = max(peak, worker_peak_mib())
    return time.perf_counter() - start, records, failed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="copies of the corpus (default 4)")
    args = parser.parse_args()
    print_machine("jpkpi batch throughput")
    with tempfile.TemporaryDirectory() as tmp:
        paths = copy_inputs(Path(tmp), args.copies)
        size = sum(Path(p).stat().st_size for p in paths)
        print(f"inputs: {len(paths)} files ({size / 1e6:.1f} MB), the corpus x{args.copies}")
        jpkpi.parse(paths[0])  # warm the dictionary, as a worker does once
        seconds, records = plain_loop(paths)
        base = len(paths) / seconds
        header = ["run", "seconds", "files/s", "records", "vs loop", "MiB"]
        body = [
            ["anchor: loop over jpkpi.parse", f"{seconds:.2f}", f"{base:.1f}", str(records),
             "1.00", f"{own_peak():.0f}"],
        ]  # fmt: skip
        problems = []
        for jobs in (1, 2):
            seconds, pooled, failed, peak = pool_run(paths, jobs)
            rate = len(paths) / seconds
            label = f"parse_files, {jobs} worker{'s' if jobs > 1 else ''}"
            body.append([label, f"{seconds:.2f}", f"{rate:.1f}", str(pooled),
                         f"{rate / base:.2f}", f"{peak:.0f}"])  # fmt: skip
            if pooled != records or failed:
                problems.append(f"  !! {label}: {pooled} records and {failed} failures, "
                                f"the loop gave {records}")  # fmt: skip
        print_table(header, body, {1, 2, 3, 4, 5})
        for problem in problems:
            print(problem)
        print("MiB: peak resident memory of this process (loop) or of the largest worker (pool)")


if __name__ == "__main__":
    main()
