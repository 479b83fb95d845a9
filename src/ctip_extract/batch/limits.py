"""Per-document bounds and the settings a run hands to its workers.

`Settings` travels to every worker (a local process or a dask worker), so it
holds plain values only. The settings that change what a document yields
(`result_key`) are part of the run manifest: changing one redoes every
document. `timeout` and `max_memory_mb` only turn a runaway document into an
error record, and such errors are always retried on the next run.
"""

from __future__ import annotations

import resource
from dataclasses import asdict, dataclass

from ..documents import DEFAULT_MAX_BYTES
from ..errors import CtipError

PDF_BACKENDS = ("auto", "plumber", "pdfium")


@dataclass(frozen=True)
class Settings:
    """How every document of a run is read and bounded."""

    model: str | None = None
    pdf_backend: str = "auto"
    max_bytes: int = DEFAULT_MAX_BYTES
    max_pages: int | None = None
    timeout: float | None = None  # seconds per document (loading + extraction), local engine only
    max_memory_mb: int | None = None  # address space a worker may add after loading the pipeline
    # processes a worker may read one large PDF's pages, then a report's narratives, with (a run with
    # fewer files than jobs gives its spare cores to them); None: one
    page_workers: int | None = None

    def __post_init__(self) -> None:
        if self.pdf_backend not in PDF_BACKENDS:
            choices = ", ".join(PDF_BACKENDS)
            raise CtipError(f"unknown PDF backend {self.pdf_backend!r}; choose one of {choices}")
        for name in ("max_bytes", "max_pages", "timeout", "max_memory_mb"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise CtipError(f"{name} must be positive, not {value}")

    def result_key(self) -> dict[str, object]:
        """The settings that decide a document's records (stored in the manifest)."""
        data = asdict(self)
        del data["timeout"], data["max_memory_mb"], data["page_workers"]
        return data

    @property
    def isolated(self) -> bool:
        """True when documents must run in a separate process (a limit only a process can enforce)."""
        return self.timeout is not None or self.max_memory_mb is not None


def apply_memory_limit(max_memory_mb: int) -> int:
    """Cap this process's address space at its current size plus `max_memory_mb`; returns the cap in bytes.

    Called in a worker after the pipeline is loaded, so the limit bounds what
    one document may take, not the pipeline itself. Exceeding it raises
    MemoryError inside the worker (or kills it in C code); either way the
    document becomes an error record and the worker is replaced.
    """
    cap = current_address_space() + max_memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    return cap


def current_address_space() -> int:
    """Virtual memory size of this process in bytes (Linux /proc; 0 where unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * resource.getpagesize()
