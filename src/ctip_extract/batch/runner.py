"""`run()`: a corpus into one output, in parallel, resumable, bounded per document.

Semantics of reruns into the same OUT (see manifest.py for the files):

- OUT does not exist: a fresh run.
- OUT exists with a manifest from the same inputs: the run *updates* it.
  Input files whose content (and sidecar), pipeline version and result
  settings are unchanged keep their records without being read; new or changed
  files are extracted; files no longer found are dropped. A second run over an
  unchanged corpus extracts nothing. Error records from a timeout, the memory
  limit or a worker crash are always retried.
- A journal (`OUT.part`) left by a killed run with the same inputs is
  continued: its whole entries are kept, a partly written tail is cut off. The
  finished output is exactly that of an uninterrupted run.
- OUT holds another run's output (other inputs, or no manifest), or a journal
  of another run's inputs is present: refused unless `force`.
- `force`: everything of the previous run (output, manifest, journal) is
  discarded and the run starts over, reusing nothing.

Output order is deterministic and independent of jobs and engine: input files
in discover() order, the documents of a file (JSONL lines) in file order.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..documents import DEFAULT_MAX_BYTES, JSONL_SUFFIXES, discover
from ..errors import CtipError, OutputExistsError
from ..records import ErrorRecord
from ..writers import format_for, output_paths, write_records_atomic
from .engines import ENGINES, Task, run_dask, run_local
from .limits import Settings
from .manifest import (
    Entry,
    Journal,
    make_header,
    pipeline_version,
    read_chunk,
    read_manifest,
    same_work,
    write_manifest,
)
from .workers import DocResult, FileResult

log = logging.getLogger(__name__)

PART_ITEMS = 256  # fewest lines in a part of a JSONL file
MAX_PARTS = 32  # most parts a JSONL file is cut into


@dataclass
class RunSummary:
    """What a run did: documents, records by type, errors, reuse and time."""

    documents: int = 0  # documents with records (errors not counted)
    errors: int = 0  # documents (or files) that became an error record
    words: int = 0  # words of the documents extracted by this run
    records: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    extracted: int = 0  # documents read and extracted by this run (errors included)
    reused: int = 0  # documents whose records were kept from a previous or interrupted run
    files: int = 0

    def line(self) -> str:
        by_type = ", ".join(f"{n} {t}" for t, n in sorted(self.records.items())) or "no records"
        rate = self.words / max(self.seconds, 1e-9)
        return (f"{self.documents} documents ({self.extracted} extracted, {self.reused} reused), {by_type}; "
                f"{self.errors} errors; {self.seconds:.1f} s ({rate:,.0f} words/s)")

    def as_dict(self) -> dict[str, object]:
        return {"documents": self.documents, "extracted": self.extracted, "reused": self.reused,
                "errors": self.errors, "files": self.files, "records": dict(sorted(self.records.items())),
                "words": self.words, "seconds": round(self.seconds, 3)}


@dataclass(frozen=True)
class OutputFiles:
    """Every file a run into `out` owns."""

    out: Path
    fmt: str

    def store(self, fmt: str | None = None) -> Path:
        """The JSONL holding the finished records: OUT for jsonl, OUT.records.jsonl otherwise."""
        fmt = fmt or self.fmt
        return self.out if fmt == "jsonl" else self.out.with_name(self.out.name + ".records.jsonl")

    def _beside(self, suffix: str) -> Path:
        return self.out.with_name(self.out.name + suffix)

    @property
    def manifest(self) -> Path:
        return self._beside(".manifest.jsonl")

    @property
    def journal(self) -> Path:
        return self._beside(".part")

    @property
    def journal_manifest(self) -> Path:
        return self._beside(".part.manifest.jsonl")

    @property
    def lock(self) -> Path:
        return self._beside(".lock")

    def outputs(self) -> list[Path]:
        paths = list(output_paths(self.out, self.fmt).values())
        return paths if self.fmt == "jsonl" else [*paths, self.store()]

    def owned(self) -> set[Path]:
        """Every file this run writes, resolved (excluded from the inputs when OUT sits among them)."""
        store = self.store()
        paths = [*self.outputs(), self.manifest, self.journal, self.journal_manifest, self.lock,
                 store.with_name(store.name + ".tmp"), self.manifest.with_name(self.manifest.name + ".tmp")]
        return {p.resolve() for p in paths}

    def remove_all(self) -> None:
        for path in [*self.outputs(), self.manifest, self.journal, self.journal_manifest]:
            path.unlink(missing_ok=True)


def run(paths: Iterable[str | Path], out: str | Path, *, force: bool = False, model: str | None = None,
        pdf_backend: str = "auto", progress: bool | None = None,
        on_error: Callable[[ErrorRecord], None] | None = None, jobs: int = 1, fmt: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES, max_pages: int | None = None, timeout: float | None = None,
        max_memory_mb: int | None = None, engine: str = "local", scheduler: object = None,
        log_json: bool = False, log_stream: IO[str] | None = None) -> RunSummary:
    """Extract every document under `paths` into `out` (see the module docstring for reruns).

    jobs: local worker processes (1 without timeout/memory limit runs in this process).
    fmt: jsonl, csv or parquet (default: from the suffix of `out`, else jsonl).
    max_bytes / max_pages / timeout / max_memory_mb: per-document bounds; a document
    beyond one becomes an error record and the run goes on.
    engine: "local" or "dask" (then `scheduler`: an address, a cluster or a Client).
    log_json: one JSON object per finished document on `log_stream` (default stderr).
    """
    started = time.perf_counter()
    paths = list(paths)
    out = Path(out)
    fmt = format_for(out, fmt)
    if engine not in ENGINES:
        raise CtipError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "dask" and scheduler is None:
        raise CtipError("the dask engine needs a scheduler address (--scheduler)")
    settings = Settings(model=model, pdf_backend=pdf_backend, max_bytes=max_bytes, max_pages=max_pages,
                        timeout=timeout, max_memory_mb=max_memory_mb)
    files = OutputFiles(out, fmt)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CtipError(f"cannot create the folder of {out}: {exc.strerror or exc}") from None
    header = make_header(inputs=[str(Path(p).resolve()) for p in paths], pipeline=pipeline_version(model),
                         settings=settings.result_key(), fmt=fmt)
    summary = RunSummary()
    with _locked(files.lock):
        if force:
            files.remove_all()
        else:
            _check_same_run(files, header)
        own = files.owned()
        sources = [str(p) for p in discover(paths) if p.resolve() not in own]  # never read our own output
        summary.files = len(sources)
        journal = Journal(files.journal, files.journal_manifest, header, keep=not force)
        try:
            plan, tasks, digests, store = _plan(sources, files, header, journal, force, max_bytes)
            reporter = _Reporter(len(digests), progress, log_json, log_stream or sys.stderr, on_error,
                                 summary, started)
            try:
                for kind, entry in plan.values():
                    reporter.reused(entry)
                if tasks:
                    engine_run = (run_local(tasks, settings, jobs) if engine == "local"
                                  else run_dask(tasks, settings, scheduler))
                    with contextlib.closing(engine_run) as results:  # workers stop even on an exception
                        for result in results:
                            entry = journal.append(_chunk(result), _entry(result, *digests[result.task_id]))
                            plan[result.task_id] = ("journal", entry)
                            reporter.finished(result)
            finally:
                reporter.close()
            journal.close()
            if not _unchanged(plan, files, store):
                _assemble(plan, files, header, store)
            journal.remove()
        finally:
            journal.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _check_same_run(files: OutputFiles, header: dict[str, Any]) -> None:
    """Refuse to touch another run's output or journal (OutputExistsError)."""
    old, _, _ = read_manifest(files.manifest)
    if old is None:
        existing = [p for p in files.outputs() if p.exists()]
        if existing:
            raise OutputExistsError(f"{existing[0]} exists and has no run manifest; "
                                    "pass --force to overwrite it")
    elif old.get("inputs") != header["inputs"]:
        inputs = ", ".join(old.get("inputs") or [])
        raise OutputExistsError(f"{files.out} holds the output of another run (inputs: {inputs}); "
                                "pass --force to overwrite it or choose another --out")
    part, _, _ = read_manifest(files.journal_manifest)
    if part is not None and part.get("inputs") != header["inputs"]:
        raise OutputExistsError(f"{files.journal} is an interrupted run of other inputs; "
                                "pass --force to start over")


def _plan(sources: list[str], files: OutputFiles, header: dict[str, Any], journal: Journal, force: bool,
          max_bytes: int):
    """For each input file (or part): records to keep (from the journal or the finished store), or a task."""
    from .manifest import file_digest

    kept: dict[tuple, tuple[str, Entry]] = {}
    store: Path | None = None
    if not force:
        old, entries, _ = read_manifest(files.manifest)
        if old is not None and same_work(old, header):
            store = files.store(old.get("format") or "jsonl")
            if store.is_file():
                with open(store, "rb") as fh:
                    for entry in entries:
                        if entry.sha256 and not entry.retry and read_chunk(fh, entry) is not None:
                            kept[entry.key] = ("store", entry)
        for entry in journal.entries:
            if entry.sha256 and not entry.retry:
                kept[entry.key] = ("journal", entry)
    plan: dict[int, tuple[str, Entry]] = {}
    tasks: list[Task] = []
    digests: dict[int, tuple[str | None, tuple[int, int | None]]] = {}
    for source in sources:
        digest = file_digest(Path(source))
        for start, stop in parts(Path(source), max_bytes):
            i = len(digests)
            digests[i] = (digest, (start, stop))
            hit = kept.get((source, digest, start, stop)) if digest else None
            if hit is not None:
                plan[i] = hit
            else:
                tasks.append((i, source, start, stop))
    return plan, tasks, digests, store


def parts(path: Path, max_bytes: int) -> list[tuple[int, int | None]]:
    """Item ranges [start, stop) to run as separate tasks: a large JSONL file is cut into parts of lines.

    Each part re-reads its file to find its first line, so parts are at least
    PART_ITEMS lines and a file has at most MAX_PARTS of them. The last part is
    open-ended, so a miscount never loses a line.
    """
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return [(0, None)]
    try:
        if not path.is_file() or path.stat().st_size > max_bytes:
            return [(0, None)]
        lines = 0
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                lines += block.count(b"\n")
    except OSError:
        return [(0, None)]
    size = max(PART_ITEMS, -(-lines // MAX_PARTS))
    if lines <= size:
        return [(0, None)]
    starts = list(range(0, lines, size))
    return [(a, b) for a, b in zip(starts, starts[1:])] + [(starts[-1], None)]


def _chunk(result: FileResult) -> bytes:
    return "".join(line + "\n" for doc in result.docs for line in doc.lines).encode("utf-8")


def _entry(result: FileResult, digest: str | None, part: tuple[int, int | None]) -> Entry:
    records: Counter = Counter()
    for doc in result.docs:
        records.update(doc.counts)
    return Entry(source=result.path, sha256=digest, part=part, doc_ids=[d.doc_id for d in result.docs],
                 documents=sum(1 for d in result.docs if d.error is None),
                 errors=sum(1 for d in result.docs if d.error is not None),
                 words=sum(d.words for d in result.docs), records=dict(records),
                 retry=any(d.retry for d in result.docs))


def _unchanged(plan: dict[int, tuple[str, Entry]], files: OutputFiles, store: Path | None) -> bool:
    """True when the finished output already is this run's output (nothing new, nothing dropped)."""
    if store != files.store() or any(kind != "store" for kind, _ in plan.values()):
        return False
    if not all(path.is_file() for path in files.outputs()):
        return False
    _, entries, _ = read_manifest(files.manifest)
    return [entry for _, entry in (plan[i] for i in range(len(plan)))] == entries


def _assemble(plan: dict[int, tuple[str, Entry]], files: OutputFiles, header: dict[str, Any],
              store: Path | None) -> None:
    """Write the finished store in discover() order, the chosen format, then the manifest."""
    final = files.store()
    tmp = final.with_name(final.name + ".tmp")
    handles: dict[str, IO[bytes]] = {"journal": open(files.journal, "rb")}
    if store is not None and store.is_file():
        handles["store"] = open(store, "rb")
    entries: list[Entry] = []
    try:
        with open(tmp, "wb") as fh:
            offset = 0
            for i in range(len(plan)):
                kind, entry = plan[i]
                chunk = read_chunk(handles[kind], entry)
                if chunk is None:
                    where = handles[kind].name
                    raise CtipError(f"{entry.source}: its records in {where} changed during the run")
                fh.write(chunk)
                entries.append(Entry(**{**entry.__dict__, "offset": offset}))
                offset += len(chunk)
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        for handle in handles.values():
            handle.close()
    if files.fmt != "jsonl":
        write_records_atomic(_read_rows(tmp), files.out, files.fmt)
    os.replace(tmp, final)
    write_manifest(files.manifest, header, entries)


def _read_rows(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


class _locked:
    """An exclusive lock on OUT.lock for the length of a run (a second run into OUT is refused)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        try:
            self.fh = open(self.path, "a")
        except OSError as exc:
            where = self.path.with_suffix("")
            raise CtipError(f"cannot write beside {where}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.fh.close()
            raise CtipError(f"another run is writing {self.path.with_suffix('')}") from None

    def __exit__(self, *exc: object) -> None:
        self.path.unlink(missing_ok=True)
        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()


class _Reporter:
    """Counts into the summary; progress bar on a terminal; JSON lines with --log-json."""

    def __init__(self, total: int, progress: bool | None, log_json: bool, stream: IO[str],
                 on_error: Callable[[ErrorRecord], None] | None, summary: RunSummary,
                 started: float) -> None:
        self.summary = summary
        self.log_json = log_json
        self.stream = stream
        self.on_error = on_error
        self.run_started = started
        self.started = time.perf_counter()
        self.new_records = 0
        show = stream.isatty() if progress is None else progress
        self.bar = None
        if show:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="task", file=sys.stderr, dynamic_ncols=True,
                            desc="ctip-extract")

    def reused(self, entry: Entry) -> None:
        s = self.summary
        s.reused += len(entry.doc_ids)
        s.documents += entry.documents
        s.errors += entry.errors
        s.records.update(entry.records)
        if self.log_json:
            for doc_id in entry.doc_ids:
                self._emit({"doc_id": doc_id, "source": entry.source, "reused": True})
        self._tick()

    def finished(self, result: FileResult) -> None:
        s = self.summary
        for doc in result.docs:
            s.extracted += 1
            s.records.update(doc.counts)
            self.new_records += len(doc.lines)
            if doc.error is None:
                s.documents += 1
                s.words += doc.words
            else:
                s.errors += 1
                log.error("%s: %s", doc.source, doc.error)
                if self.on_error is not None:
                    self.on_error(ErrorRecord(doc_id=doc.doc_id, source=doc.source, reason=doc.error))
            if self.log_json:
                self._emit(_doc_event(doc))
        self._tick()

    def _emit(self, obj: dict[str, object]) -> None:
        self.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.stream.flush()

    def _tick(self) -> None:
        if self.bar is None:
            return
        rate = self.new_records / max(time.perf_counter() - self.started, 1e-9)
        self.bar.set_postfix({"records/s": f"{rate:,.0f}", "errors": self.summary.errors}, refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        self.summary.seconds = time.perf_counter() - self.run_started
        if self.log_json:
            self._emit({"summary": self.summary.as_dict()})


def _doc_event(doc: DocResult) -> dict[str, object]:
    event: dict[str, object] = {"doc_id": doc.doc_id, "source": doc.source, "reused": False,
                                "records": dict(doc.counts), "words": doc.words,
                                "seconds": round(doc.seconds, 4)}
    if doc.error is not None:
        event["error"] = doc.error
    return event
