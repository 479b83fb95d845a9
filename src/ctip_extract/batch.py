"""Running a corpus: discover documents, extract, write records as each document finishes.

A document that cannot be read or processed becomes an `error` record and one
line on stderr (through logging); the run goes on.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .documents import Document, discover, iter_documents
from .errors import DocumentError
from .extract import extract_document
from .pipeline import load
from .records import ErrorRecord
from .writers import check_writable, record_line

log = logging.getLogger(__name__)


@dataclass
class RunSummary:
    """What a run did: counts and time."""

    documents: int = 0
    errors: int = 0
    words: int = 0
    records: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        by_type = ", ".join(f"{n} {t}" for t, n in sorted(self.records.items())) or "no records"
        return (f"{self.documents} documents, {by_type}; {self.errors} errors; "
                f"{self.seconds:.1f} s ({self.words / max(self.seconds, 1e-9):,.0f} words/s)")


def iter_results(paths: Iterable[str | Path], nlp: Language, *, pdf_backend: str = "auto") -> Iterator[tuple[str, list, Document | None]]:
    """(doc_id, records, document) for every document under `paths`; errors come as ErrorRecords."""
    for path in discover(paths):
        for item in iter_documents(path, pdf_backend=pdf_backend):
            if isinstance(item, DocumentError):
                yield item.doc_id or Path(item.source).stem, [error_record(item)], None
                continue
            try:
                facts = extract_document(item, nlp)
            except Exception as exc:  # a bug on one document must not end the run
                log.exception("internal error on %s", item.source)
                err = DocumentError(item.source, f"internal error: {type(exc).__name__}: {exc}", doc_id=item.doc_id)
                yield item.doc_id, [error_record(err)], None
                continue
            yield item.doc_id, list(facts.records), item


def error_record(err: DocumentError) -> ErrorRecord:
    return ErrorRecord(doc_id=err.doc_id or Path(err.source).stem, source=err.source, reason=err.reason)


def run(paths: Iterable[str | Path], out: Path, *, force: bool = False, model: str | None = None,
        pdf_backend: str = "auto", progress: bool | None = None,
        on_error: Callable[[ErrorRecord], None] | None = None) -> RunSummary:
    """Extract every document under `paths` into `out` (JSONL), one record a line."""
    check_writable(out, force=force)
    nlp = load(model)
    summary = RunSummary()
    started = time.perf_counter()
    files = list(discover(paths))
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress(len(files), show)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        last_source = None
        for doc_id, records, document in iter_results(files, nlp, pdf_backend=pdf_backend):
            for record in records:
                fh.write(record_line(record) + "\n")
                summary.records[record.type] += 1
            fh.flush()
            if document is None:
                summary.errors += 1
                err = records[0]
                log.error("%s: %s", err.source, err.reason)
                if on_error:
                    on_error(err)
            else:
                summary.documents += 1
                summary.words += document.words
            source = document.source if document else records[0].source
            if bar is not None and source.split(":")[0] != last_source:
                bar.update(1)
                bar.set_postfix(errors=summary.errors, refresh=False)
                last_source = source.split(":")[0]
    tmp.replace(out)
    if bar is not None:
        bar.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _progress(total: int, show: bool):
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)
