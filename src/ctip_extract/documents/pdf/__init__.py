"""PDF loading (placeholder until the layout-aware loader lands)."""

from __future__ import annotations

from pathlib import Path

from ...errors import DocumentError
from ..document import Document


def load_pdf(path: Path, *, backend: str = "auto") -> Document:
    raise DocumentError(str(path), "PDF input is not supported yet")
