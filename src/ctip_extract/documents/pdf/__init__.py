"""PDF files to `Document`s, following the layout of the printed page.

`load_pdf(path, backend="auto")` reads each page with one of two backends,
`plumber` (pdfplumber: characters with font names) or `pdfium` (pypdfium2:
text boxes, several times faster), puts its text in reading order (`layout`), joins
the pages into one text (`cleanup`) and reads the report's structure
(`structure`). Both backends give the same text on the test PDFs; "auto" is
pdfium, the faster one.

Pages are released as soon as they are read, and a long file is read by this
process and a worker process when the machine has the cores for it, so memory
stays flat as the page count grows. Unreadable files raise DocumentError with the
reason: encrypted, not a PDF, no pages, too many pages, no text layer.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ...errors import DocumentError
from ...processes import default_pool_size, die_with_parent
from ..document import Document, Page
from ..sidecar import read_sidecar
from . import cleanup, structure
from .layout import PageFlow

log = logging.getLogger(__name__)

BACKENDS = ("plumber", "pdfium")
DEFAULT_BACKEND = "pdfium"  # measured: ~4x the pages/s of pdfplumber, same text (benchmarks/bench_pdf.py)
MAX_PAGES = 5000
PARALLEL_MIN_PAGES = 64  # shorter files are read in-process
CHUNK_PAGES = 32
MIN_TEXT_CHARS = 20  # fewer visible characters in the whole file: no text layer

__all__ = ["load_pdf", "read_pdf_pages", "BACKENDS", "DEFAULT_BACKEND", "MAX_PAGES"]


def _backend(name: str):  # type: ignore[no-untyped-def]
    if name == "plumber":
        from . import plumber

        return plumber
    from . import pdfium

    return pdfium


def resolve_backend(backend: str, source: str = "<pdf>") -> str:
    """'auto' -> the default backend; an unknown name is a DocumentError naming the choices."""
    name = (backend or "auto").lower()
    if name in ("auto", "default"):
        return DEFAULT_BACKEND
    if name in ("pdfplumber",):
        return "plumber"
    if name in ("pypdfium2",):
        return "pdfium"
    if name not in BACKENDS:
        raise DocumentError(source, f"unknown PDF backend {backend!r} (choose auto, plumber or pdfium)")
    return name


def probe(path: Path) -> tuple[int, bool]:
    """(page count, whether PDFium can read the file) of a readable PDF; DocumentError for
    encrypted, broken, empty or huge files."""
    import pypdfium2 as pdfium

    source = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise DocumentError(source, f"cannot read: {exc.strerror or exc}") from None
    if b"%PDF-" not in head:
        raise DocumentError(source, "not a readable PDF: no %PDF header")
    try:
        doc = pdfium.PdfDocument(source)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise DocumentError(source, "encrypted PDF: password required") from None
        # PDFium refuses some files pdfminer reads (a document without pages among them).
        count = _pdfminer_page_count(source)
        if count is None:
            raise DocumentError(source, f"not a readable PDF: {_reason(message)}") from None
        return _check_count(source, count), False
    try:
        count = len(doc)
    finally:
        doc.close()
    return _check_count(source, count), True


def _check_count(source: str, count: int) -> int:
    if count == 0:
        raise DocumentError(source, "PDF has no pages")
    if count > MAX_PAGES:
        raise DocumentError(source, f"too many pages: {count:,} (limit {MAX_PAGES:,})")
    return count


def _pdfminer_page_count(source: str) -> int | None:
    import pdfplumber

    try:
        with pdfplumber.open(source) as pdf:
            return len(pdf.pages)
    except Exception:  # noqa: BLE001  (any failure here means the file is not readable)
        return None


def _reason(message: str) -> str:
    # "Failed to load document (PDFium: Data format error)." -> "data format error"
    inner = message.split("PDFium:", 1)[-1].strip(" ).") if "PDFium:" in message else message
    return inner[:1].lower() + inner[1:] if inner else "unknown error"


def read_pdf_pages(path: str | Path, *, backend: str = "auto", workers: int | None = None) -> list[PageFlow]:
    """Every page's lines in reading order (the layout step alone, before text assembly)."""
    path = Path(path)
    name = resolve_backend(backend, str(path))
    count, pdfium_ok = probe(path)
    name = name if pdfium_ok else "plumber"
    return list(_read(path, name, count, _workers(workers, count)))


def _workers(workers: int | None, pages: int, max_workers: int | None = None) -> int:
    if workers is not None:
        return max(1, workers)
    env = os.environ.get("CTIP_PDF_WORKERS")
    if env and env.isdigit():
        return max(1, int(env))
    if pages < PARALLEL_MIN_PAGES:
        return 1
    if max_workers is not None:  # a batch worker told how many processes it may start
        return max(1, max_workers)
    return default_pool_size()


def _read(path: Path, name: str, count: int, workers: int) -> Iterator[PageFlow]:
    """Every page in order, read by `workers` processes: this one and `workers - 1` started here."""
    source = str(path)
    if workers <= 1:
        yield from _read_chunk(name, source, 0, count)
        return
    chunks = [(i, min(i + CHUNK_PAGES, count)) for i in range(0, count, CHUNK_PAGES)]
    # page readers end with the process that started them, even when it is killed
    with ProcessPoolExecutor(max_workers=workers - 1, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        futures = [pool.submit(_read_chunk, name, source, a, b) for a, b in chunks]
        # This process reads chunks too, from the last, each one no worker has started (its future still
        # cancellable): its pages cost no copying between processes, which took a fifth of the time the
        # workers spent reading (a report of 500 pages).
        own: dict[int, list[PageFlow]] = {}
        for i in reversed(range(len(chunks))):
            if not futures[i].cancel():
                break
            own[i] = _read_chunk(name, source, *chunks[i])
        for i, future in enumerate(futures):
            yield from own.pop(i) if i in own else future.result()


def _read_chunk(name: str, source: str, first: int, last: int) -> list[PageFlow]:
    try:
        return list(_backend(name).read_pages(source, first, last))
    except DocumentError:
        raise
    except Exception as exc:  # the PDF library failed on this file's content
        raise DocumentError(source, f"not a readable PDF: {type(exc).__name__}: {exc}") from None


def load_pdf(path: str | Path, *, backend: str = "auto", workers: int | None = None,
             max_pages: int | None = None, max_workers: int | None = None) -> Document:
    """A PDF file as one Document: text in reading order, page ranges, report structure.

    `workers`: page reader processes (default: up to two for files of PARALLEL_MIN_PAGES pages or
    more, read in the main process; `max_workers` sets that bound, also in a child process).
    `max_pages` refuses longer files before any page is read (default: MAX_PAGES).
    """
    path = Path(path)
    source = str(path)
    name = resolve_backend(backend, source)
    count, pdfium_ok = probe(path)
    if max_pages is not None and count > max_pages:
        raise DocumentError(source, f"too many pages: {count:,} (limit {max_pages:,})")
    if not pdfium_ok:
        log.info("%s: PDFium cannot read this file; using pdfplumber", source)
        name = "plumber"
    pages = list(_read(path, name, count, _workers(workers, count, max_workers)))
    if sum(page.chars for page in pages) < MIN_TEXT_CHARS or not any(page.lines for page in pages):
        raise DocumentError(source, "no text layer (scanned?): OCR is not supported")
    quirk = cleanup.quote_quirk(pages)
    cleanup.normalise_lines(pages)
    text, starts = cleanup.build_text(pages, expanded_ligatures=name == "pdfium", quote_quirk=quirk)
    page_ranges = tuple(
        Page(page.number, start, starts[i + 1] if i + 1 < len(starts) else len(text), page.printed)
        for i, (page, start) in enumerate(zip(pages, starts))
    )
    heads = [head for page in pages for head in page.heads]
    front = text[: page_ranges[min(3, len(page_ranges)) - 1].end] if page_ranges else ""
    facts = structure.report_facts(heads, front)
    sections = tuple(structure.find_sections(text))
    is_report = facts.report_year is not None or any(s.label == "narrative" for s in sections)
    meta = read_sidecar(path)
    title = f"Trafficking in Persons Report {facts.report_year}" if facts.report_year else None
    return Document(
        doc_id=path.stem,
        text=text,
        source=source,
        published=meta.get("published") or facts.published,  # type: ignore[arg-type]
        title=meta.get("title") or title,  # type: ignore[arg-type]
        url=meta.get("url"),  # type: ignore[arg-type]
        kind=meta.get("kind") or ("tip_report" if is_report else None),  # type: ignore[arg-type]
        pages=page_ranges,
        sections=sections,
        meta={"report_year": facts.report_year, "pdf_backend": name, "page_count": count},
    )
