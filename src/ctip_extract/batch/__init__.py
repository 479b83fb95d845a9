"""Running a corpus: discover documents, extract them in parallel, write records that survive a kill.

    from ctip_extract.batch import run
    summary = run(["corpus/"], Path("facts.jsonl"), jobs=2, timeout=60)

Modules: runner (run, RunSummary, rerun semantics), engines (in-process, local
worker processes, dask), workers (the work on one file), manifest (run
manifest and journal), limits (per-document bounds).
"""

from __future__ import annotations

from .limits import Settings
from .runner import OutputFiles, RunSummary, run
from .workers import DocResult, FileResult

__all__ = ["DocResult", "FileResult", "OutputFiles", "RunSummary", "Settings", "run"]
