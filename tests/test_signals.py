"""Signals to ``jpkpi parse`` as a user, ``timeout``, systemd or Kubernetes sends them: the run
stops like after Ctrl-C (workers gone, no half-written output), and no worker outlives a parent
that was killed outright (issue 14)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="workers are found through Linux's /proc"
)

SEED_001 = SEEDS / "001_2665f5b260ae9138.txt"


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started (its threads' children, from /proc)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:  # the thread or the process ended
            continue
    return found


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid``: workers, and a fork server's children if there is one."""
    found = []
    todo = _children(pid)
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(_children(child))
    return found


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its parent to reap it does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


#: ``python -c`` programs that run ``jpkpi`` as a library caller might, for ``_start_batch``.
THREADED_CALLER = (  # a caller with a thread: workers come from a fork server
    "import sys, threading; threading.Thread(target=threading.Event().wait, daemon=True).start(); "
    "from jpkpi.cli import main; sys.exit(main(sys.argv[1:]))"
)
NO_PRCTL = (  # a system without PR_SET_PDEATHSIG: workers watch their parent themselves
    "import sys, jpkpi.batch as b; b._kill_on_parent_death = lambda: False; "
    "from jpkpi.cli import main; sys.exit(main(sys.argv[1:]))"
)


def _start_batch(
    tmp_path: Path, program: str | None = None, processes: int = 2
) -> tuple[subprocess.Popen[str], list[int]]:
    """``jpkpi parse --jobs 2`` mid-run: both workers held by a file that never ends (a FIFO no
    one writes to), more files waiting; returns the process and the ``processes`` it started
    (its workers, and a fork server and its resource tracker if it uses one)."""
    inputs = []
    for name in ("hangs-1.txt", "hangs-2.txt"):  # one for each worker: both busy, none idle
        os.mkfifo(tmp_path / name)
        inputs.append(str(tmp_path / name))
    for i in range(4):
        copy = tmp_path / f"seed-{i}.txt"
        copy.write_bytes(SEED_001.read_bytes())
        inputs.append(str(copy))
    out = tmp_path / "out.jsonl"
    run = ["-m", "jpkpi"] if program is None else ["-c", program]
    proc = subprocess.Popen(
        [sys.executable, *run, "parse", "--jobs", "2", *inputs, "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, like a service's
        cwd=ROOT,
    )
    deadline = time.monotonic() + 8
    workers: list[int] = []
    while len(workers) < processes and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = [pid for pid in _descendants(proc.pid) if _alive(pid)]
    if len(workers) < processes:
        proc.kill()
        proc.wait()
        _kill_leftovers(workers)
        pytest.fail(f"the batch did not start its {processes} processes: {workers}")
    time.sleep(0.5)  # the workers are past their start, each blocked on its FIFO
    assert list(tmp_path.glob(".out.jsonl.partial-*"))  # the output is being written aside
    return proc, workers


def _assert_gone_in_3_s(workers: list[int]) -> None:
    time.sleep(3)
    assert [pid for pid in workers if _alive(pid)] == []


def _kill_leftovers(workers: list[int]) -> None:
    """Do not let a failing test leave blocked workers behind."""
    for pid in workers:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


def _outputs(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(("hangs", "seed")))


@pytest.mark.parametrize(
    ("signum", "status", "group", "program", "processes"),
    [
        (signal.SIGTERM, 143, False, None, 2),  # `kill PID`, Kubernetes
        (signal.SIGTERM, 143, True, None, 2),  # `timeout`, systemd: the whole process group
        (signal.SIGHUP, 129, False, None, 2),  # the terminal or SSH session closed
        (signal.SIGHUP, 129, True, None, 2),
        (signal.SIGTERM, 143, False, THREADED_CALLER, 4),
    ],
    ids=["SIGTERM", "SIGTERM-group", "SIGHUP", "SIGHUP-group", "SIGTERM-fork-server"],
)
def test_a_stop_signal_stops_workers_and_leaves_no_partial_output(
    tmp_path, signum, status, group, program, processes
) -> None:
    proc, workers = _start_batch(tmp_path, program, processes)
    try:
        if group:
            os.killpg(proc.pid, signum)
        else:
            os.kill(proc.pid, signum)
        assert proc.wait(timeout=5) == status
        assert proc.stderr is not None
        name = signal.Signals(signum).name
        assert proc.stderr.read() == f"jpkpi: stopped by {name}\n"  # no traceback, no crash
        assert _outputs(tmp_path) == []  # no output, no .partial file
        _assert_gone_in_3_s(workers)
    finally:
        _kill_leftovers(workers)


@pytest.mark.parametrize(
    ("program", "processes"),
    [(None, 2), (THREADED_CALLER, 4), (NO_PRCTL, 2)],
    ids=["fork", "fork-server", "no-prctl"],
)
def test_killing_the_parent_leaves_no_worker_alive(tmp_path, program, processes) -> None:
    proc, workers = _start_batch(tmp_path, program, processes)
    try:
        os.kill(proc.pid, signal.SIGKILL)  # no handler runs: the kernel must end the workers
        assert proc.wait(timeout=5) == -signal.SIGKILL
        _assert_gone_in_3_s(workers)
    finally:
        _kill_leftovers(workers)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_a_run_blocked_writing_to_a_fifo_nobody_reads(tmp_path, signum) -> None:
    """Its reader opened the FIFO and stopped reading: the parent, blocked in a write, took
    the signal and then blocked again flushing its buffer on the way out (60 s later it still
    ran). The FIFO is written unbuffered now."""
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    run = subprocess.Popen(
        [sys.executable, "-m", "jpkpi", "parse", str(SEEDS), "--jobs", "1", "-q", "-o", str(fifo)],
        stderr=subprocess.PIPE,
        text=True,
    )
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # opened, never read
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # wait until the pipe is full and the write blocks
            if Path(f"/proc/{run.pid}/wchan").read_text() == "anon_pipe_write":
                break
            time.sleep(0.05)
        else:
            pytest.fail("the run never blocked writing to the FIFO")
        run.send_signal(signum)
        try:
            run.wait(5)
        except subprocess.TimeoutExpired:
            run.kill()
            pytest.fail(f"still running 5 s after {signum.name}")
        assert run.returncode == 128 + signum
    finally:
        os.close(reader)
        if run.poll() is None:
            run.kill()
        run.wait()
