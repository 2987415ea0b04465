"""Parsing many files at once: worker processes, a time and memory limit per file, input order.

Each file is parsed in a worker process that lives for many files (so each loads the Sudachi
dictionary once). A worker that passes the time limit is killed and replaced; one that dies
(out of memory, a crash in native code) costs only the file it held. Results come back in input
order whatever the number of workers, so the output of ``--jobs 1`` and ``--jobs 8`` is the same.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, NamedTuple

from jpkpi.budget import DEFAULT_LIMITS, DEFAULT_MEMORY_MB, DEFAULT_SECONDS, Limits
from jpkpi.errors import (
    DocumentError,
    InternalError,
    JpkpiError,
    OutOfMemoryError,
    ParseTimeoutError,
    WorkerCrashedError,
    printable_name,
)
from jpkpi.sources.detect import (
    MAX_INPUT_BYTES,
    STDIN,
    STDIN_NAME,
    SUPPORTED_SUFFIXES,
)

#: Seconds one file may take: jpkpi.parse's own default (``Limits``), enforced inside the
#: worker; a worker still running KILL_GRACE_SECONDS later (stuck in native code) is killed.
DEFAULT_TIMEOUT = DEFAULT_SECONDS
KILL_GRACE_SECONDS = 3.0
#: Memory one worker may add while parsing, in MiB: jpkpi.parse's default too, checked on the
#: resident set inside the worker and set as the worker's address-space limit (``RLIMIT_AS``),
#: which native code cannot pass either. The worker loads the Sudachi dictionary first.
DEFAULT_MEMORY_LIMIT_MB = DEFAULT_MEMORY_MB
#: Files handed out ahead of the first unfinished one, per worker: results wait in memory until
#: every earlier file is done, so a slow file must not let the rest pile up without end.
FILES_AHEAD_PER_WORKER = 8
#: Seconds between two calls of parse_files' heartbeat while files parse.
HEARTBEAT_SECONDS = 0.5


@dataclass(frozen=True)
class BatchSettings:
    """How a batch runs: workers, the per-file limits, and the adapter to force (if any)."""

    jobs: int = 1
    timeout: float | None = DEFAULT_TIMEOUT
    memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB
    adapter: str | None = None
    #: The PDF pages to read (``--pages 1,3-5``), every page when None.
    pages: str | None = None
    #: The user password of encrypted PDFs (``--password``).
    password: str | None = field(default=None, repr=False)
    #: The engine that reads PDF pages (``--pdf-reader``): None for the default.
    pdf_reader: str | None = None

    def limits(self) -> Limits:
        """The budget each file is parsed within: ``timeout`` and ``memory_limit_mb``, checked
        by the readers (the parent kills a worker past it, so no watchdog thread is needed)."""
        return Limits(self.timeout or None, self.memory_limit_mb or None, watchdog=False)


@dataclass(frozen=True)
class FileError:
    """Why one file gave no records: the error's kind, its message, and (for bugs) a traceback."""

    kind: str
    message: str
    traceback: str | None = None

    def to_dict(self, path: str) -> dict[str, str]:
        """The line ``--errors FILE`` writes for this failure."""
        return {"file": path, "kind": self.kind, "message": self.message}


@dataclass(frozen=True)
class FileResult:
    """One input's outcome: its records (as ``jpkpi.kpi/1`` dicts) and warnings, or an error."""

    path: str
    records: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: FileError | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the file parsed (it may still have no records, with a warning saying why)."""
        return self.error is None


class InputFile(NamedTuple):
    """An input as a run finds it: where to read it, its name for ``--split`` outputs, and the
    ``source`` its records carry."""

    path: str
    #: Its path below the folder named, else its file name.
    name: str
    #: Its path below the folder named, else the path as given (``<stdin>`` for ``-``).
    source: str


def find_named_inputs(inputs: Sequence[str]) -> list[InputFile]:
    """Each input file with its name for outputs and its source for records.

    Files are those named, and every supported file below each folder named, in a stable order
    (folders sorted, hidden files and folders skipped); ``-`` is standard input, named ``stdin``.
    Below a folder, name and source are the path relative to it, so ``kobe/kpi.pdf`` and
    ``ikeda/kpi.pdf`` of a national run stay apart.
    """
    found: list[InputFile] = []
    for item in inputs:
        if item == STDIN:
            found.append(InputFile(STDIN, "stdin", STDIN_NAME))
            continue
        if not os.path.isdir(item):
            found.append(InputFile(item, os.path.basename(item) or item, item))
            continue

        def unreadable(error: OSError, top: str = item) -> None:
            """A folder the walk cannot enter is an input that fails, naming it and why (it
            was skipped without a word, and the run said "0 failed")."""
            relative = os.path.relpath(error.filename, top) if error.filename else top
            found.append(InputFile(error.filename or top, relative, relative))

        for root, dirs, files in os.walk(item, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if f.lower().endswith(SUPPORTED_SUFFIXES) and not f.startswith("."):
                    path = os.path.join(root, f)
                    relative = os.path.relpath(path, item)
                    found.append(InputFile(path, relative, relative))
    return found


def find_inputs(inputs: Sequence[str]) -> list[str]:
    """Files named, and every supported file below each folder named, in a stable order."""
    return [found.path for found in find_named_inputs(inputs)]


#: How native code (Rust, C extensions, the dynamic loader) says it could not get memory.
_OUT_OF_MEMORY_MESSAGES = ("Cannot allocate memory", "failed to map segment")


def display_name(path: str) -> str:
    """How messages name an input: its path, or ``<stdin>`` for ``-``."""
    return STDIN_NAME if path == STDIN else printable_name(path)


def _error_of(path: str, exc: BaseException) -> FileError:
    """A FileError for an exception met while parsing ``path``."""
    path = display_name(path)
    if isinstance(exc, DocumentError):
        return FileError(exc.kind, str(exc), traceback.format_exc())
    if isinstance(exc, MemoryError) or any(m in str(exc) for m in _OUT_OF_MEMORY_MESSAGES):
        err: DocumentError = OutOfMemoryError(path, "needed more memory than the limit allows")
        return FileError(err.kind, str(err), traceback.format_exc())
    if isinstance(exc, JpkpiError):
        return FileError("unreadable", f"{path}: {exc}", traceback.format_exc())
    err = InternalError(
        path, f"unexpected error ({type(exc).__name__}: {exc}); please report it with the file"
    )
    return FileError(err.kind, str(err), traceback.format_exc())


def parse_file(
    path: str,
    adapter: str | None = None,
    *,
    data: bytes | None = None,
    pages: str | None = None,
    password: str | None = None,
    source: str | None = None,
    pdf_reader: str | None = None,
    limits: Limits | None = DEFAULT_LIMITS,
) -> FileResult:
    """Parse one file in this process; every failure becomes a FileError, never an exception.

    ``data`` is the content when it was read already (standard input, ``path`` ``-``, is read
    once by the parent, since a worker has no standard input of its own). ``source`` is what
    its records carry as ``source`` (default: the path, ``<stdin>`` for ``-``).
    """
    from jpkpi.document import parse

    start = time.perf_counter()
    name = STDIN_NAME if path == STDIN else os.path.basename(path)
    source = source or display_name(path)
    options: dict[str, Any] = {
        "adapter": adapter,
        "pages": pages,
        "password": password,
        "pdf_reader": pdf_reader,
        "limits": limits,
    }
    try:
        if data is None:
            doc = parse(path, source_name=source, **options)
        else:
            doc = parse(data, name=name, source_name=source, **options)
        records = [r.to_dict() for r in doc.records]
    except Exception as exc:  # a bug of ours must not cost the other inputs their records
        return FileResult(path, error=_error_of(path, exc), seconds=time.perf_counter() - start)
    return FileResult(path, records, list(doc.warnings), seconds=time.perf_counter() - start)


def status_bytes(field: str, pid: int | str = "self") -> int:
    """A size from ``/proc/PID/status`` (``VmSize``, ``VmRSS``, ``VmHWM``) in bytes; 0 if unknown.

    Linux only: elsewhere (and for a process that is gone) it answers 0, which leaves the memory
    limit at its plain value.
    """
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _limit_memory(megabytes: int | None) -> None:
    """Let this process grow by at most ``megabytes``, so a runaway file raises MemoryError.

    The bound is on growth past what the worker starts with (a forked worker starts with its
    parent's address space), so the same limit means the same headroom however it started.
    """
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no rlimits
        return
    limit = status_bytes("VmSize") + megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


#: The status a worker exits with when it ran out of memory even to report that it did.
OUT_OF_MEMORY_EXIT = 86


def _load_dictionary() -> None:
    """Load the Sudachi dictionary (about 150 MiB mapped, shared between workers) before the
    memory limit is set: the limit bounds what a file needs, whether or not the parent had
    loaded the dictionary before it forked."""
    from jpkpi.primitives.morphology import tokenize

    try:
        for mode in ("A", "C"):
            tokenize("指標", mode)
    except Exception:  # a broken dictionary is reported by the first file that needs it
        return


def read_stdin() -> bytes | FileError:
    """Standard input's bytes for input ``-`` (up to one past the size limit, so that parsing
    refuses it by size), or the FileError of why it cannot be read."""
    try:
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    except (OSError, AttributeError, ValueError) as e:  # closed, absent, or not readable
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        return FileError("unreadable", f"{STDIN_NAME}: cannot be read ({reason})")


#: The signals the parent handles (by stopping its workers): a worker ignores them, so that one
#: sent to the whole process group (Ctrl-C, a closed terminal, ``timeout``, systemd) is handled
#: once, by the parent, and never reported as a worker's crash.
PARENT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
#: The status a worker exits with when it finds, on starting, that its parent is gone.
ORPHAN_EXIT = 87
#: Seconds between a busy worker's checks that its parent lives, where the kernel cannot kill it
#: when the parent dies.
PARENT_CHECK_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _kill_on_parent_death() -> bool:
    """Ask the kernel to SIGKILL this process when its parent dies (Linux's PR_SET_PDEATHSIG);
    False where that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        status: int = ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        return status == 0  # prctl's default restype, c_int, comes back as an int
    except (OSError, AttributeError):  # no libc to load, or no prctl in it
        return False


def _parent_gone(parent_pid: int | None) -> bool:
    """Whether the process that started this worker has died: this process was handed to
    another parent, or the batch's end of the multiprocessing sentinel pipe closed."""
    if parent_pid is not None and os.getppid() != parent_pid:
        return True
    parent = multiprocessing.parent_process()
    return parent is not None and not parent.is_alive()


def _watch_parent(parent_pid: int | None) -> None:
    """Exit at once when the parent dies, watched by a thread: a worker busy with one long file
    never reads its pipe's end, and must not outlive the batch.

    The thread sleeps on multiprocessing's parent sentinel (readable when the parent is gone),
    waking every PARENT_CHECK_SECONDS to check the parent's pid too: a forked sibling may hold
    the sentinel's other end open.
    """
    parent = multiprocessing.parent_process()

    def watch() -> None:
        while not _parent_gone(parent_pid):
            if parent is not None:
                wait([parent.sentinel], timeout=PARENT_CHECK_SECONDS)
            else:
                time.sleep(PARENT_CHECK_SECONDS)
        os._exit(ORPHAN_EXIT)

    threading.Thread(target=watch, name="jpkpi-parent-watch", daemon=True).start()


def _die_with_parent(parent_pid: int | None) -> None:
    """Make sure this worker does not outlive the batch that started it, even one killed by
    SIGKILL: the kernel kills it with its parent where it can, a watching thread elsewhere.

    ``parent_pid`` is this process's parent as its starter knew it (None when a fork server
    stands between them). The parent may have died between the fork and the request to the
    kernel, which then never comes: so the parent is checked once more right after asking.

    A fork server's child is watched by a thread even on Linux: the kernel would kill it with
    the fork server, but the fork server lives until its last child is gone.
    """
    if _kill_on_parent_death():
        if _parent_gone(parent_pid):
            os._exit(ORPHAN_EXIT)
        if parent_pid is not None:
            return
    _watch_parent(parent_pid)


def _worker_loop(conn: Connection, settings: BatchSettings, parent_pid: int | None = None) -> None:
    """A worker: take (path, content or None, source) from the pipe, send back FileResults,
    until told to stop (None)."""
    for signum in PARENT_SIGNALS:  # the parent's to handle: it stops the workers
        signal.signal(signum, signal.SIG_IGN)
    _die_with_parent(parent_pid)
    import logging
    import warnings

    from jpkpi.adapters import AdapterLoadWarning

    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")  # one parser a process: numpy (via openpyxl) needs no pool
    os.dup2(2, 1)  # whatever a library prints goes to stderr, never into records on stdout
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    warnings.simplefilter("ignore", AdapterLoadWarning)  # the parent warned of broken plug-ins
    _load_dictionary()
    _limit_memory(settings.memory_limit_mb)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if task is None:
            return
        path, data, source = task
        try:
            if isinstance(data, FileError):  # standard input could not be read
                conn.send(FileResult(path, error=data))
            else:
                conn.send(
                    parse_file(
                        path,
                        settings.adapter,
                        data=data,
                        pages=settings.pages,
                        password=settings.password,
                        source=source,
                        pdf_reader=settings.pdf_reader,
                        limits=settings.limits(),
                    )
                )
        except KeyboardInterrupt:
            return
        except MemoryError:  # the result itself, or handling the error, was past the limit
            try:
                err = OutOfMemoryError(
                    display_name(path), "its records needed more memory than the limit allows"
                )
                conn.send(FileResult(path, error=FileError(err.kind, str(err))))
            except MemoryError:
                os._exit(OUT_OF_MEMORY_EXIT)  # the parent reports it as out of memory


def _context() -> multiprocessing.context.BaseContext:
    """How workers start: forked from this process while it runs one thread, else elsewhere.

    A fork is fast and needs no imports, so a worker ignores Ctrl-C from its first instruction
    and the parent alone stops the run. Forking a process with other threads can deadlock the
    child, so a threaded caller gets a fork server (spawned processes where there is none).
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform != "darwin":
        if "fork" in methods and threading.active_count() == 1:
            return multiprocessing.get_context("fork")
        if "forkserver" in methods:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["jpkpi.document"])
            return ctx
    return multiprocessing.get_context("spawn")


@dataclass
class _Worker:
    """A worker process, its end of the pipe, and the file it holds (index, path, start time)."""

    process: Any
    conn: Connection
    index: int | None = None
    path: str | None = None
    started: float = 0.0


def _start_worker(ctx: Any, settings: BatchSettings) -> _Worker:
    """Start a worker process with its pipe."""
    parent, child = ctx.Pipe()
    # a forked or spawned worker's parent is this process; a fork server's child has the server
    parent_pid = None if ctx.get_start_method() == "forkserver" else os.getpid()
    process = ctx.Process(
        target=_worker_loop,
        args=(child, settings, parent_pid),
        daemon=True,
        name="jpkpi-worker",
    )
    for stream in (sys.stdout, sys.stderr):  # a forked child must not inherit unwritten output
        with contextlib.suppress(Exception):
            stream.flush()
    process.start()
    child.close()
    return _Worker(process, parent)


def _stop(worker: _Worker) -> None:
    """Kill a worker and release its pipe."""
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(5)
    worker.conn.close()


def _death_error(path: str, exitcode: int | None, memory_limit_mb: int | None) -> FileError:
    """The FileError for a worker that died while parsing ``path``."""
    path = display_name(path)
    if exitcode == OUT_OF_MEMORY_EXIT:
        oom = OutOfMemoryError(path, "needed more memory than the limit allows")
        return FileError(oom.kind, str(oom))
    if exitcode is not None and exitcode < 0:
        how = f"was killed by signal {-exitcode}"
    else:
        how = f"exited with status {exitcode}"
    hint = f" (out of memory? the limit is {memory_limit_mb} MiB)" if memory_limit_mb else ""
    err = WorkerCrashedError(path, f"the process parsing it {how}{hint}")
    return FileError(err.kind, str(err))


def _timeout_error(path: str, timeout: float) -> FileError:
    """The FileError for a file that took longer than the time limit."""
    path = display_name(path)
    err = ParseTimeoutError(path, f"took longer than the {timeout:g} s time limit; stopped")
    return FileError(err.kind, str(err))


#: Failures after which a worker is not used again: it is dead, was killed for its time, or its
#: heap hit the memory limit (no place for the next file).
_REPLACE_AFTER = frozenset({"crashed", "timeout", "memory"})


def _outcome(w: _Worker, ready: bool, now: float, settings: BatchSettings) -> FileResult | None:
    """A busy worker's news: its result, its death, its time running out, or nothing yet."""
    path = w.path or ""
    if ready:
        try:
            result: FileResult = w.conn.recv()  # a worker sends one FileResult per file
            return result
        except (EOFError, OSError):
            w.process.join(5)
            return FileResult(
                path, error=_death_error(path, w.process.exitcode, settings.memory_limit_mb)
            )
    if settings.timeout is not None and now - w.started >= settings.timeout + KILL_GRACE_SECONDS:
        error = _timeout_error(path, settings.timeout)
        if settings.memory_limit_mb and out_of_address_space(w.process.pid):
            # Python can stall once an allocation fails at the address-space limit (seen in
            # CPython 3.11, spinning while it unwinds the MemoryError): the file needed more
            # memory than the limit, and the time ran out only because of that
            oom = OutOfMemoryError(display_name(path), "needed more memory than the limit allows")
            error = FileError(oom.kind, str(oom))
        return FileResult(path, error=error, seconds=now - w.started)
    return None


def out_of_address_space(pid: int | None, slack: int = 8 * 1024 * 1024) -> bool:
    """Whether process ``pid`` has at some point reached its address-space limit (its peak
    virtual size within ``slack`` bytes of ``RLIMIT_AS``). False where /proc cannot tell
    (not Linux, the process gone, no limit)."""
    if pid is None:
        return False
    peak = status_bytes("VmPeak", pid)
    try:
        with open(f"/proc/{pid}/limits", encoding="ascii") as f:
            row = next((line for line in f if line.startswith("Max address space")), "")
    except OSError:
        return False
    soft = row[len("Max address space") :].split()[:1]
    if not soft or not soft[0].isdigit() or not peak:
        return False
    return peak + slack >= int(soft[0])


def parse_files(
    paths: Iterable[str],
    settings: BatchSettings | None = None,
    sources: Sequence[str] | None = None,
    heartbeat: Callable[[list[tuple[str, float]]], None] | None = None,
) -> Generator[FileResult, None, None]:
    """Parse files in worker processes; yield one FileResult per path, in input order.

    A path ``-`` is standard input (read here once, before the workers start). ``sources``, one
    per path, are what each input's records carry as ``source`` (default: the paths).
    ``heartbeat`` is called at least every HEARTBEAT_SECONDS while files parse, with each file
    in work (its display name) and the monotonic time it started: a progress line redraws
    from it without a thread of its own.
    """
    from jpkpi import adapters

    settings = settings or BatchSettings()
    todo = list(paths)
    if not todo:
        return
    if sources is not None and len(sources) != len(todo):
        raise ValueError(f"{len(sources)} sources for {len(todo)} paths")
    adapters.registry()  # broken plug-ins are warned of once, here, not by every worker
    stdin = read_stdin() if STDIN in todo else None
    ctx = _context()
    n_workers = max(1, min(settings.jobs, len(todo)))
    workers = [_start_worker(ctx, settings) for _ in range(n_workers)]
    done: dict[int, FileResult] = {}
    next_task = 0
    next_out = 0
    try:
        while next_out < len(todo):
            limit = min(len(todo), next_out + FILES_AHEAD_PER_WORKER * n_workers)
            for i, w in enumerate(workers):  # hand out work, in input order
                if w.index is None and next_task < limit:
                    if not w.process.is_alive():
                        _stop(w)
                        w = workers[i] = _start_worker(ctx, settings)
                    w.index, w.path, w.started = next_task, todo[next_task], time.monotonic()
                    data = stdin if w.path == STDIN else None
                    source = sources[w.index] if sources is not None else None
                    with contextlib.suppress(OSError):  # a dead worker's pipe reads EOF below
                        w.conn.send((w.path, data, source))
                    next_task += 1
            busy = [w for w in workers if w.index is not None]
            wait_for = None
            if settings.timeout is not None and busy:
                now = time.monotonic()
                wait_for = max(
                    0.0,
                    min(w.started + settings.timeout + KILL_GRACE_SECONDS - now for w in busy),
                )
            if heartbeat is not None and busy:
                heartbeat([(display_name(w.path or ""), w.started) for w in busy])
                wait_for = (
                    HEARTBEAT_SECONDS if wait_for is None else min(wait_for, HEARTBEAT_SECONDS)
                )
            ready = set(wait([w.conn for w in busy], timeout=wait_for)) if busy else set()
            now = time.monotonic()
            for i, w in enumerate(workers):
                if w.index is None:
                    continue
                result = _outcome(w, w.conn in ready, now, settings)
                if result is None:
                    continue
                done[w.index] = result
                w.index, w.path = None, None
                if result.error is not None and result.error.kind in _REPLACE_AFTER:
                    _stop(w)
                    workers[i] = _start_worker(ctx, settings) if next_task < len(todo) else w
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:  # idle workers are told to stop; busy ones hold files no one will read: killed
        for w in workers:
            if w.index is None and w.process.is_alive():
                with contextlib.suppress(OSError):
                    w.conn.send(None)
            else:
                w.process.kill()
        deadline = time.monotonic() + 1.0
        for w in workers:
            w.process.join(max(0.0, deadline - time.monotonic()))
            _stop(w)
