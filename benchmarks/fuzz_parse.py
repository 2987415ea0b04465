"""Mutation fuzzing of ``jpkpi.parse`` on the bundled corpus: every input must end in a Document
or a ``jpkpi.DocumentError``, within a time and memory bound.

Each iteration takes one or two corpus files (text, CSV, HTML, PDF, XLSX, XLS), mutates them with
an RNG seeded from ``(--seed, iteration)`` (byte flips, truncation, duplicated chunks, splicing
two files, inserted tokens such as TAB, ``<td>`` or ``stream``) and parses the result in a forked
child process with an address-space limit and a timeout. Outcomes are counted: ``records``,
``no records`` (a Document with a warning), ``error:<kind>`` for each ``DocumentError`` kind, and
``BUG:<exception>``, ``timeout`` or ``died`` for anything else. A bug's bytes are saved under
``--out`` and the line printed for it replays it in-process, with the traceback:

    python benchmarks/fuzz_parse.py --replay SEED:ITERATION

Usage (from the repository root):

    python benchmarks/fuzz_parse.py --seconds 180 --seed 1
    python benchmarks/fuzz_parse.py --iterations 500 --seed 7

The summary gives the counts, and the longest time and largest peak-RSS growth of any single
input (each measured in its own child: ``VmHWM`` reset through ``/proc/self/clear_refs``). Exit
status 1 when any input was a bug, a timeout or a crash. Linux only (fork, /proc).
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing as mp
import random
import resource
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import jpkpi  # noqa: E402
from jpkpi.batch import status_bytes  # noqa: E402

#: Corpus files mutated: every bundled document but the two large real PDFs (slow to fuzz).
CORPUS_GLOBS = (
    "corpora/seeds/*.txt",
    "corpora/csv/*.csv",
    "corpora/html/*.html",
    "corpora/pdf/*.pdf",
    "corpora/pdf/*.xlsx",
    "tests/fixtures/xls/*.xls",
    "tests/fixtures/pdf/*.pdf",
)
#: Tokens an insertion mutation may write: structure of each format the corpus has.
TOKENS = (
    b"\t",
    b"\n",
    b",",
    b'"',
    b"<td>",
    b"</td>",
    b"<tr>",
    b"<table>",
    b'<td rowspan="999" colspan="999">',
    b"</table>",
    b"<div>" * 50,
    b"stream\n",
    b"endstream",
    b" obj ",
    b"endobj",
    b"/FlateDecode",
    b"/Length 99999999",
    b"xref",
    b"trailer",
    b"R5\xe5\xb9\xb4\xe5\xba\xa6",  # R5年度
    b"\xe2\x96\xb3",  # △
    b"\xe5\x8d\x83\xe5\x86\x86",  # 千円
    b"9" * 40,
    b"\x00",
    b"\xff\xfe",
)


def corpus() -> list[Path]:
    """The corpus files, sorted so a seed means the same inputs on every machine."""
    return sorted(p for pattern in CORPUS_GLOBS for p in ROOT.glob(pattern))


def mutate(files: list[Path], seed: int, iteration: int) -> tuple[str, bytes, str]:
    """The input of one iteration: its name (with the first file's suffix), bytes, and a
    description of the mutations."""
    rng = random.Random(f"{seed}:{iteration}")
    first = rng.choice(files)
    data = bytearray(first.read_bytes())
    steps = [first.name]
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(("flip", "truncate", "duplicate", "splice", "insert", "delete"))
        n = len(data)
        if op == "flip" and n:
            count = rng.choice((1, 2, 8, 64))
            for _ in range(count):
                data[rng.randrange(n)] = rng.randrange(256)
            steps.append(f"flip {count}")
        elif op == "truncate" and n:
            cut = rng.randrange(n)
            del data[cut:]
            steps.append(f"truncate at {cut}")
        elif op == "duplicate" and n:
            start = rng.randrange(n)
            chunk = data[start : start + rng.randint(1, 4096)]
            times = rng.choice((1, 2, 16, 256))
            at = rng.randrange(n + 1)
            data[at:at] = bytes(chunk) * times
            steps.append(f"duplicate {len(chunk)} bytes x{times} at {at}")
        elif op == "splice":
            other = rng.choice(files).read_bytes()
            cut, cut_other = rng.randrange(n + 1), rng.randrange(len(other) + 1)
            data = data[:cut] + other[cut_other:]
            steps.append(f"splice at {cut} with {rng.choice(files).name}[{cut_other}:]")
        elif op == "insert":
            token = rng.choice(TOKENS)
            at = rng.randrange(n + 1)
            data[at:at] = token
            steps.append(f"insert {token[:20]!r} at {at}")
        elif op == "delete" and n:
            start = rng.randrange(n)
            length = rng.randint(1, 2048)
            del data[start : start + length]
            steps.append(f"delete {length} at {start}")
    return f"fuzz{first.suffix}", bytes(data), "; ".join(steps)


def outcome_of(data: bytes, name: str, **options: Any) -> str:
    """The outcome of parsing one input (``options`` go to ``jpkpi.parse``), as counted in the
    summary (bugs raise)."""
    try:
        doc = jpkpi.parse(data, name=name, **options)
    except jpkpi.DocumentError as e:
        if not str(e).startswith(name + ": "):
            return f"BUG:message without the name ({e})"
        return f"error:{e.kind}"
    return "records" if doc.records else "no records"


def _child(data: bytes, name: str, memory: int, conn: Connection, options: dict[str, Any]) -> None:
    """Parse in the forked child, under the memory limit; send (outcome, detail, s, bytes)."""
    limit = status_bytes("VmSize") + memory
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # reset VmHWM, so the peak is this input's
    base = status_bytes("VmRSS")
    started = time.perf_counter()
    try:
        outcome, detail = outcome_of(data, name, **options), ""
    except BaseException as e:  # the point: anything that is not a DocumentError is a bug
        outcome, detail = f"BUG:{type(e).__name__}", traceback.format_exc(limit=-8)
    conn.send((outcome, detail, time.perf_counter() - started, status_bytes("VmHWM") - base))


@dataclass
class Result:
    """One input's outcome and cost."""

    outcome: str
    detail: str
    seconds: float
    peak_bytes: int


def run_isolated(data: bytes, name: str, timeout: float, memory: int, **options: Any) -> Result:
    """Parse one input in a forked child with an address-space limit and a timeout (``options``
    go to ``jpkpi.parse``)."""
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(data, name, memory, send, options))
    started = time.perf_counter()
    child.start()
    send.close()
    if receive.poll(timeout):
        try:
            result = Result(*receive.recv())
        except EOFError:
            result = Result("died", "", time.perf_counter() - started, 0)
    else:
        child.kill()
        result = Result("timeout", "", timeout, 0)
    child.join()
    if result.outcome == "died" or (result.outcome != "timeout" and child.exitcode != 0):
        result.outcome, result.detail = "died", f"exit code {child.exitcode}"
    receive.close()
    return result


def replay(files: list[Path], token: str) -> None:
    """Run one iteration in-process, printing its mutation and letting a bug raise."""
    seed, iteration = (int(x) for x in token.split(":"))
    name, data, steps = mutate(files, seed, iteration)
    print(f"{seed}:{iteration} {name} ({len(data):,} bytes): {steps}")
    print(outcome_of(data, name))


def main(argv: list[str] | None = None) -> int:
    """Fuzz for the given time or number of iterations and print the summary."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="stop after this long")
    ap.add_argument("--iterations", type=int, default=None, help="stop after this many inputs")
    ap.add_argument("--seed", type=int, default=0, help="seed of the mutations")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds one input may take")
    ap.add_argument("--memory-mb", type=int, default=2048, help="address space one input may add")
    ap.add_argument("--out", type=Path, default=Path("/tmp/jpkpi-fuzz"), help="bug inputs go here")
    ap.add_argument("--replay", metavar="SEED:ITERATION", help="re-run one input in-process")
    args = ap.parse_args(argv)
    files = corpus()
    if args.replay:
        replay(files, args.replay)
        return 0
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # damaged PDFs log a warning each
    jpkpi.parse(files[0])  # load the dictionary and caches once, before forking
    counts: Counter[str] = Counter()
    slowest = largest = (0.0, "")
    bugs = 0
    started = time.monotonic()
    iteration = 0
    print(f"fuzzing jpkpi.parse on {len(files)} corpus files, seed {args.seed}")
    while (args.iterations is None or iteration < args.iterations) and (
        args.iterations is not None or time.monotonic() - started < args.seconds
    ):
        name, data, steps = mutate(files, args.seed, iteration)
        result = run_isolated(data, name, args.timeout, args.memory_mb * 2**20)
        counts[result.outcome] += 1
        label = f"{args.seed}:{iteration} {name} ({steps})"
        slowest = max(slowest, (result.seconds, label))
        largest = max(largest, (result.peak_bytes / 2**20, label))
        if result.outcome.startswith("BUG") or result.outcome in ("timeout", "died"):
            bugs += 1
            args.out.mkdir(parents=True, exist_ok=True)
            saved = args.out / f"{args.seed}-{iteration}{Path(name).suffix}"
            saved.write_bytes(data)
            print(f"{result.outcome}: --replay {args.seed}:{iteration} ({steps}); saved {saved}")
            print(result.detail)
        iteration += 1
    elapsed = time.monotonic() - started
    print(f"\n{iteration} inputs in {elapsed:.0f} s (seed {args.seed})")
    print(f"{'outcome':<28} | {'inputs':>7}")
    print(f"{'-' * 28}-+-{'-' * 7}")
    for outcome, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{outcome:<28} | {n:>7}")
    print(f"slowest input: {slowest[0]:.2f} s, {slowest[1]}")
    print(f"largest peak RSS growth: {largest[0]:.0f} MiB, {largest[1]}")
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
