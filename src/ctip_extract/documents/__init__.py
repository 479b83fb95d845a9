"""Files to `Document`s. Knows nothing of spaCy.

`iter_documents(path)` yields a Document for each document in a file (a JSONL
file holds many) or a DocumentError saying why one could not be read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import DocumentError
from .document import Document, Page, Section, parse_published
from .html import load_html
from .jsonl import iter_jsonl
from .markdown import load_markdown
from .text import load_text

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
PDF_SUFFIXES = frozenset({".pdf"})
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | PDF_SUFFIXES
# Files that sit beside documents without being documents.
NOT_DOCUMENTS = (".meta.json", ".gold.json")
DEFAULT_MAX_BYTES = 200 * 1024 * 1024

__all__ = [
    "Document",
    "Page",
    "Section",
    "parse_published",
    "discover",
    "iter_documents",
    "load_document",
    "is_document",
]


def is_document(path: Path) -> bool:
    """True for a file whose suffix names a document kind we read (sidecars excluded)."""
    name = path.name.lower()
    if name.startswith(".") or name.endswith(NOT_DOCUMENTS):
        return False
    return path.suffix.lower() in DOCUMENT_SUFFIXES


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Document files among `paths`, folders searched recursively, in sorted order.

    A path named explicitly is yielded even with an unknown suffix, so that it
    becomes an error record rather than being skipped in silence.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_document(p))
        else:
            yield path


def iter_documents(
    path: str | os.PathLike[str], *, pdf_backend: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES, max_pages: int | None = None,
    pdf_max_workers: int | None = None,
) -> Iterator[Document | DocumentError]:
    """The documents in one file, or the reasons they cannot be read (limits: bytes, PDF pages).
    `pdf_max_workers`: processes a large PDF's pages may be read with (see load_pdf's `max_workers`)."""
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if not path.exists():
            raise DocumentError(source, "no such file")
        if not path.is_file():
            raise DocumentError(source, "not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(source, f"file too large: {size:,} bytes (limit {max_bytes:,})")
        if suffix in PDF_SUFFIXES:
            from .pdf import load_pdf  # pdf libraries load only when a PDF is read

            yield load_pdf(path, backend=pdf_backend, max_pages=max_pages, max_workers=pdf_max_workers)
            return
        if suffix not in DOCUMENT_SUFFIXES:
            raise DocumentError(source, f"unsupported file type {suffix or '(no suffix)'!r}")
        data = _read_bytes(path)
        if suffix in JSONL_SUFFIXES:
            yield from iter_jsonl(path, data)
        elif suffix in HTML_SUFFIXES:
            yield load_html(path, data)
        elif suffix in MARKDOWN_SUFFIXES:
            yield load_markdown(path, data)
        else:
            yield load_text(path, data)
    except DocumentError as exc:
        yield exc
    except RecursionError:
        yield DocumentError(source, "document structure nested too deeply")
    except MemoryError:
        yield DocumentError(source, "out of memory while reading")


def load_document(path: str | Path, **options: object) -> Document:
    """The single document in `path`; raises DocumentError if it cannot be read."""
    results = list(iter_documents(Path(path), **options))  # type: ignore[arg-type]
    for item in results:
        if isinstance(item, DocumentError):
            raise item
    if len(results) != 1:
        raise DocumentError(str(path), f"holds {len(results)} documents; use iter_documents")
    return results[0]  # type: ignore[return-value]


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise DocumentError(str(path), "permission denied") from None
    except OSError as exc:
        raise DocumentError(str(path), f"cannot read: {exc.strerror or exc}") from None
