"""Where documents run: in this process, in a pool of local worker processes, or on a dask cluster.

Every engine takes tasks `(task_id, path, start, stop)` and yields one `FileResult` per
task, in completion order; the runner writes them to the journal as they come
and puts them in discover() order at the end.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import selectors
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from ..errors import CtipError
from ..pipeline import shared_pipeline
from .limits import Settings
from .workers import DocResult, FileResult, error_result, process_file, worker_main

log = logging.getLogger(__name__)

Task = tuple[int, str, int, "int | None"]  # (task id, file, first item, item to stop before)
ENGINES = ("local", "dask")
_MAX_STARTUP_FAILURES = 3
_AHEAD = 2  # tasks sent to a worker at once: the one it runs and the next, so it never waits


def run_inline(tasks: Sequence[Task], settings: Settings) -> Iterator[FileResult]:
    """Documents one after another in this process (no timeout or memory limit possible)."""
    nlp = shared_pipeline(settings.model)
    for task_id, path, start, stop in tasks:
        yield process_file(task_id, path, start, stop, settings, nlp)


# -- local processes --------------------------------------------------------------------------------------

@dataclass
class _TaskState:
    task_id: int
    path: str
    start: int = 0
    stop: int | None = None
    docs: dict[int, DocResult] = field(default_factory=dict)


@dataclass
class _Slot:
    process: mp.process.BaseProcess
    conn: object
    ready: bool = False
    # the task running first, then the ones sent ahead so that the worker never waits for the next
    tasks: deque[_TaskState] = field(default_factory=deque)
    current: tuple[int, str, str] | None = None  # (index, doc_id, source) of the document running
    deadline: float | None = None
    retiring: bool = False  # finished its task and exits (after running out of memory)

    @property
    def task(self) -> _TaskState | None:
        """The task the worker is on (or about to start)."""
        return self.tasks[0] if self.tasks else None


def _context() -> mp.context.BaseContext:
    """fork on Linux (workers inherit the loaded pipeline), else spawn.

    A process with other threads running (a dask client, a web server) is not
    forked - a lock held by another thread would stay locked in the child - and
    spawns fresh interpreters instead. tqdm's monitor thread only sleeps and is
    no obstacle.
    """
    others = [t for t in threading.enumerate()
              if t is not threading.main_thread() and type(t).__name__ != "TMonitor" and t.is_alive()]
    if sys.platform.startswith("linux") and not others:
        return mp.get_context("fork")
    return mp.get_context("spawn")


class LocalPool:
    """`jobs` worker processes, each loading the pipeline once; hung or dead workers are replaced.

    A document running longer than `settings.timeout` seconds has its worker
    killed; a worker that dies (memory limit, crash, OOM killer) is noticed by
    its process sentinel. Either way the document becomes an error record
    naming the file and the reason, the rest of its file is restarted after
    it on a fresh worker, and the run goes on.
    """

    def __init__(self, settings: Settings, jobs: int) -> None:
        self.settings = settings
        self.jobs = max(1, jobs)
        self.ctx = _context()
        self.slots: list[_Slot] = []
        self.startup_failures = 0
        # one selector for the run (multiprocessing.connection.wait builds one per call: ~1 ms a document)
        self._selector = selectors.DefaultSelector()

    def _spawn(self) -> _Slot:
        parent, child = self.ctx.Pipe(duplex=True)
        # a worker that may read a PDF's pages with processes of its own cannot be daemonic; it still
        # dies with the supervisor (worker_main asks the kernel), and its page readers with it
        daemon = (self.settings.page_workers or 1) <= 1
        process = self.ctx.Process(target=worker_main, args=(child, self.settings, os.getpid()), daemon=daemon,
                                   name="ctip-worker")
        process.start()
        child.close()
        self._selector.register(parent, selectors.EVENT_READ)
        self._selector.register(process.sentinel, selectors.EVENT_READ)
        return _Slot(process=process, conn=parent)

    def _drop(self, slot: _Slot) -> None:
        """Stop watching a worker and close its ends."""
        for obj in (slot.conn, slot.process.sentinel):
            try:
                self._selector.unregister(obj)
            except (KeyError, ValueError, OSError):
                pass
        _close(slot)

    def run(self, tasks: Sequence[Task]) -> Iterator[FileResult]:
        queue = deque(_TaskState(task_id, path, start, stop) for task_id, path, start, stop in tasks)
        if self.ctx.get_start_method() == "fork":
            shared_pipeline(self.settings.model)  # built once here, inherited by every worker
        n = min(self.jobs, max(len(queue), 1))
        if n < self.jobs and self.settings.page_workers is None:
            # fewer files than jobs (one large report): the spare cores read its pages and narratives
            self.settings = replace(self.settings, page_workers=self.jobs // n)
        self.slots = [self._spawn() for _ in range(n)]
        try:
            while queue or any(s.tasks for s in self.slots):
                for slot in self.slots:
                    while slot.ready and not slot.retiring and len(slot.tasks) < _AHEAD and queue:
                        self._assign(slot, queue.popleft())
                yield from self._step(queue)
        finally:
            self.close()

    def _assign(self, slot: _Slot, task: _TaskState) -> None:
        if not slot.tasks:  # the worker starts it now; a task sent ahead starts when the one before ends
            slot.current = None
            slot.deadline = time.monotonic() + self.settings.timeout if self.settings.timeout else None
        slot.tasks.append(task)
        slot.conn.send((task.task_id, task.path, task.start, task.stop))

    def _step(self, queue: deque[_TaskState]) -> Iterator[FileResult]:
        deadlines = [s.deadline for s in self.slots if s.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = {key.fileobj for key, _ in self._selector.select(timeout)}
        for i, slot in enumerate(list(self.slots)):
            dead = False
            exited = slot.process.sentinel in ready
            if exited or slot.conn in ready:
                try:
                    while not exited or slot.conn.poll():  # an exited worker's last messages are all read
                        done = self._handle(slot, slot.conn.recv(), queue)
                        if done is not None:
                            yield done
                        if not exited:
                            # one message a wake-up: select() returns at once while more are waiting
                            # (Connection.poll would build a selector per call)
                            break
                except (EOFError, OSError):
                    dead = True
                dead = dead or exited
            if slot.retiring and not slot.tasks:
                slot.process.join(5)
                _kill(slot.process)
                self._drop(slot)
                self.slots[i] = self._spawn()
            elif dead:
                slot.process.join(1)
                yield from self._replace(i, slot, queue, _death_reason(slot.process.exitcode, self.settings))
            elif slot.deadline is not None and time.monotonic() >= slot.deadline:
                _kill(slot.process)
                yield from self._replace(i, slot, queue, f"timed out after {self.settings.timeout:g} s")

    def _handle(self, slot: _Slot, msg: tuple, queue: deque[_TaskState]) -> FileResult | None:
        if msg[0] == "ready":
            slot.ready = True
            self.startup_failures = 0
            return None
        if msg[0] == "fatal":
            raise CtipError(f"a worker cannot build the pipeline: {msg[1]}")
        task = slot.task
        if task is None or msg[0] != task.task_id:
            return None
        kind = msg[1]
        if kind == "begin":
            slot.current = (msg[2], msg[3], msg[4])
        elif kind == "doc":
            result: DocResult = msg[2]
            task.docs[result.index] = result
            slot.current = None
            if self.settings.timeout:
                slot.deadline = time.monotonic() + self.settings.timeout
        elif kind == "end":
            slot.tasks.popleft()
            slot.current = None
            slot.deadline = None
            if msg[2]:  # the worker exits: the tasks sent ahead go back to the queue, in order
                slot.retiring = True
                queue.extendleft(reversed(slot.tasks))
                slot.tasks.clear()
            elif slot.tasks and self.settings.timeout:
                slot.deadline = time.monotonic() + self.settings.timeout
            return FileResult(task_id=task.task_id, path=task.path,
                              docs=[task.docs[k] for k in sorted(task.docs)])
        return None

    def _replace(self, i: int, slot: _Slot, queue: deque[_TaskState], reason: str) -> Iterator[FileResult]:
        """Record the running document as failed, requeue the rest of its file and the tasks sent
        ahead (not started), start a new worker."""
        task = slot.task
        queue.extendleft(reversed(list(slot.tasks)[1:]))
        if not slot.ready:
            self.startup_failures += 1
            if self.startup_failures > _MAX_STARTUP_FAILURES:
                raise CtipError(f"worker processes keep dying while loading the pipeline ({reason})")
        self._drop(slot)
        self.slots[i] = self._spawn()
        if task is None:
            return
        if slot.current is not None:
            index, doc_id, source = slot.current
            task.docs[index] = error_result(index, source, reason, doc_id=doc_id, retry=True)
            log.warning("%s: %s; worker replaced", source, reason)
            task.start = index + 1
            queue.appendleft(task)  # the rest of the file, after the failed document
            return
        # the loader failed or hung (reading the file, or between two of its documents): one error
        # closes the task - restarting after it would run the same loader into the same failure
        index = max(task.docs, default=task.start - 1) + 1
        task.docs[index] = error_result(index, task.path, reason, retry=True)
        log.warning("%s: %s; worker replaced", task.path, reason)
        yield FileResult(task_id=task.task_id, path=task.path, docs=[task.docs[k] for k in sorted(task.docs)])

    def close(self) -> None:
        for slot in self.slots:
            if slot.process.is_alive():
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
        end = time.monotonic() + 2
        for slot in self.slots:
            slot.process.join(max(0.0, end - time.monotonic()))
            if slot.process.is_alive():
                _kill(slot.process)
            self._drop(slot)
        self.slots = []


def _kill(process: mp.process.BaseProcess) -> None:
    if process.is_alive():
        process.kill()
    process.join(5)


def _close(slot: _Slot) -> None:
    try:
        slot.conn.close()
    except OSError:
        pass
    if hasattr(slot.process, "close") and not slot.process.is_alive():
        try:
            slot.process.close()
        except ValueError:
            pass


def _death_reason(exitcode: int | None, settings: Settings) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = ", probably out of memory" if -exitcode == signal.SIGKILL else ""
        return f"worker process killed by {name}{hint}"
    if settings.max_memory_mb:
        return f"worker process died (exit status {exitcode}; memory limit {settings.max_memory_mb} MB)"
    return f"worker process died (exit status {exitcode})"


def run_local(tasks: Sequence[Task], settings: Settings, jobs: int) -> Iterator[FileResult]:
    """Inline for one job without limits that need a process; else a pool of worker processes."""
    if jobs <= 1 and not settings.isolated:
        return run_inline(tasks, settings)
    return LocalPool(settings, jobs).run(tasks)


# -- dask -------------------------------------------------------------------------------------------------

def run_dask(tasks: Sequence[Task], settings: Settings, scheduler: object,
             window: int | None = None) -> Iterator[FileResult]:
    """Tasks on a dask.distributed cluster (`scheduler`: an address, a cluster or a Client).

    Workers load the pipeline once per thread. Paths must be readable on the
    workers. `timeout` and `max_memory_mb` are not enforced here: use the
    cluster's own worker memory limits.
    """
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise CtipError("the dask engine needs dask.distributed: pip install 'ctip-extract[dask]'") from None
    from .workers import dask_process_file

    own = not isinstance(scheduler, Client)
    client = Client(scheduler, set_as_default=False) if own else scheduler
    try:
        threads = sum(client.nthreads().values()) or 1
        window = window or max(8, 4 * threads)
        pending = deque(tasks)
        submitted: dict[str, Task] = {}

        def submit():
            task = pending.popleft()
            future = client.submit(dask_process_file, *task, settings, pure=False)
            submitted[future.key] = task
            return future

        if not pending:
            return
        running = as_completed([submit() for _ in range(min(window, len(pending)))], loop=client.loop)
        for future in running:
            task_id, path, start, _stop = submitted.pop(future.key)
            try:
                result: FileResult = future.result()
            except Exception as exc:  # the task failed or was lost with its worker
                reason = f"dask task failed: {type(exc).__name__}: {exc}"
                failed = error_result(start, path, reason, retry=True)
                result = FileResult(task_id=task_id, path=path, docs=[failed])
            future.release()
            yield result
            if pending:
                running.add(submit())
    finally:
        if own:
            client.close()
