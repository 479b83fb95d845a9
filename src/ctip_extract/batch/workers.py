"""The work on one input file, wherever it runs: in-process, in a worker process, on a dask worker.

A task is (path, start, stop): the documents of one file from item `start`
up to `stop` (None: to the end). A JSONL file holds many documents and a large
one is split into parts of consecutive lines, run as separate tasks; other
files hold one document. `iter_file` yields a
`("begin", index, doc_id, source)` event when a document is loaded and a
`("doc", DocResult)` event when its records are ready, so a supervisor knows
which document was running if a worker hangs or dies, and can restart the file
after it. (Splitting a long PDF into page ranges would be another kind of task
with the same events; the runner merges results by (task, index).)
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Iterator

from spacy.language import Language

from ..documents import Document, iter_documents
from ..errors import DocumentError
from ..extract import extract_document
from ..pipeline import shared_pipeline
from ..processes import die_with_parent
from ..records import ErrorRecord
from ..writers import record_line
from .limits import Settings, apply_memory_limit

log = logging.getLogger(__name__)


@dataclass
class DocResult:
    """One document's outcome: its records as JSON lines (or one error record)."""

    index: int
    doc_id: str
    source: str
    lines: list[str]
    counts: dict[str, int]
    words: int = 0
    error: str | None = None
    seconds: float = 0.0
    retry: bool = False  # the error may not happen again (timeout, memory, crash)


@dataclass
class FileResult:
    """Every document of one input file, in item order."""

    task_id: int
    path: str
    docs: list[DocResult] = field(default_factory=list)


def error_result(index: int, source: str, reason: str, *, doc_id: str | None = None,
                 seconds: float = 0.0, retry: bool = False) -> DocResult:
    """A DocResult holding one error record naming the source and the reason."""
    record = ErrorRecord(doc_id=doc_id or Path(source.split(":")[0]).stem, source=source, reason=reason)
    return DocResult(index=index, doc_id=record.doc_id, source=source, lines=[record_line(record)],
                     counts={"error": 1}, error=reason, seconds=seconds, retry=retry)


def load_options(settings: Settings) -> dict[str, object]:
    """Keyword arguments for iter_documents."""
    return {"pdf_backend": settings.pdf_backend, "max_bytes": settings.max_bytes, "max_pages": settings.max_pages,
            "pdf_max_workers": settings.page_workers}


def iter_file(path: str, start: int, stop: int | None, settings: Settings, nlp: Language) -> Iterator[tuple]:
    """Events for the documents of `path` from item `start` to `stop` (see the module docstring)."""
    options = load_options(settings)
    items = iter_documents(Path(path), **options)  # type: ignore[arg-type]
    index = 0
    began = time.perf_counter()
    while stop is None or index < stop:
        try:
            item = next(items)
        except StopIteration:
            return
        except Exception as exc:  # MemoryError included; a loader bug must not end the run
            if index < start:
                return  # failed before this task's first item: the task owning that item reports it
            if isinstance(exc, MemoryError):
                yield "doc", error_result(index, path, _memory_reason(settings),
                                          seconds=time.perf_counter() - began, retry=True)
                return
            log.debug("loader failed on %s", path, exc_info=True)
            reason = f"internal error while reading: {type(exc).__name__}: {exc}"
            yield "doc", error_result(index, path, reason)
            return
        if index < start:
            index += 1
            continue
        if isinstance(item, DocumentError):
            yield "doc", error_result(index, item.source, item.reason, doc_id=item.doc_id,
                                      seconds=time.perf_counter() - began)
        else:
            yield "begin", index, item.doc_id, item.source
            yield "doc", extract_one(index, item, settings, nlp, began)
        index += 1
        began = time.perf_counter()


def extract_one(index: int, document: Document, settings: Settings, nlp: Language, began: float) -> DocResult:
    """The records of one loaded document, or an error result saying why there are none."""
    try:
        if settings.max_pages is not None and len(document.pages) > settings.max_pages:
            raise DocumentError(document.source, f"too many pages: {len(document.pages)} "
                                                 f"(limit {settings.max_pages})", doc_id=document.doc_id)
        if len(document.text) > nlp.max_length:
            raise DocumentError(document.source, f"text too long for the pipeline: {len(document.text):,} "
                                                 f"characters (nlp.max_length {nlp.max_length:,})",
                                doc_id=document.doc_id)
        facts = extract_document(document, nlp, workers=settings.page_workers)
        lines = [record_line(r) for r in facts.records]
        counts = Counter(r.type for r in facts.records)
    except DocumentError as exc:
        return error_result(index, exc.source, exc.reason, doc_id=document.doc_id,
                            seconds=time.perf_counter() - began)
    except MemoryError:
        return error_result(index, document.source, _memory_reason(settings), doc_id=document.doc_id,
                            seconds=time.perf_counter() - began, retry=True)
    except RecursionError:
        return error_result(index, document.source, "internal error: recursion too deep",
                            doc_id=document.doc_id, seconds=time.perf_counter() - began)
    except Exception as exc:  # a bug on one document must not end the run
        log.debug("internal error on %s", document.source, exc_info=True)
        return error_result(index, document.source, f"internal error: {type(exc).__name__}: {exc}",
                            doc_id=document.doc_id, seconds=time.perf_counter() - began)
    return DocResult(index=index, doc_id=document.doc_id, source=document.source, lines=lines,
                     counts=dict(counts), words=document.words, seconds=time.perf_counter() - began)


def _memory_reason(settings: Settings) -> str:
    limit = f" (limit {settings.max_memory_mb} MB)" if settings.max_memory_mb else ""
    return f"out of memory{limit}"


def process_file(task_id: int, path: str, start: int, stop: int | None, settings: Settings,
                 nlp: Language) -> FileResult:
    """All documents of one task, collected (the in-process and dask way)."""
    result = FileResult(task_id=task_id, path=path)
    for event in iter_file(path, start, stop, settings, nlp):
        if event[0] == "doc":
            result.docs.append(event[1])
    return result


# -- local worker processes -------------------------------------------------------------------------------

def worker_main(conn: Connection, settings: Settings, supervisor: int) -> None:
    """A worker process: load the pipeline once, then run tasks sent by the supervisor.

    Messages to the supervisor: ("ready",) once loaded, ("fatal", reason) if
    the pipeline cannot be built, then per task (task_id, "begin", ...),
    (task_id, "doc", DocResult) and (task_id, "end", retiring). A None task
    stops it. After a MemoryError the worker finishes its task, says it is
    retiring and exits, to be replaced by a fresh process.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the supervisor's to handle
    die_with_parent(supervisor)
    try:
        nlp = shared_pipeline(settings.model)
    except Exception as exc:  # reported to the supervisor, which stops the run with this reason
        conn.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    if settings.max_memory_mb is not None:
        apply_memory_limit(settings.max_memory_mb)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the supervisor is gone
        if task is None:
            return
        task_id, path, start, stop = task
        exhausted = False
        try:
            for event in iter_file(path, start, stop, settings, nlp):
                if event[0] == "doc" and event[1].retry:
                    exhausted = True
                conn.send((task_id, *event))
            conn.send((task_id, "end", exhausted))
        except (BrokenPipeError, EOFError, OSError):
            return
        if exhausted:
            return  # the supervisor starts a fresh worker in this one's place


# -- dask workers ------------------------------------------------------------------------------------------

_local = threading.local()


def dask_process_file(task_id: int, path: str, start: int, stop: int | None,
                      settings: Settings) -> FileResult:
    """A dask task: one file with a pipeline loaded once per worker thread."""
    pipelines = getattr(_local, "pipelines", None)
    if pipelines is None:
        pipelines = _local.pipelines = {}
    nlp = pipelines.get(settings.model)
    if nlp is None:
        from ..pipeline import load

        nlp = pipelines[settings.model] = load(settings.model)
    return process_file(task_id, path, start, stop, settings, nlp)
