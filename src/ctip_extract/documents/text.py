"""Plain text and Markdown files (with optional `X.meta.json` sidecar)."""

from __future__ import annotations

from pathlib import Path

from .decode import decode_bytes
from .document import Document
from .normalise import needs_repair, normalise_text, repair_if_broken
from .sidecar import read_sidecar


def load_text(path: Path, data: bytes) -> Document:
    """A .txt or .md file as one Document.

    Offsets equal the file's characters unless the file holds mojibake or
    invisible characters, whose repair moves them.
    """
    raw = decode_bytes(data, str(path))
    text = repair_if_broken(raw) if needs_repair(raw) else normalise_text(raw)
    meta = read_sidecar(path)
    return Document(
        doc_id=path.stem,
        text=text,
        source=str(path),
        published=meta.get("published"),  # type: ignore[arg-type]
        title=meta.get("title"),  # type: ignore[arg-type]
        url=meta.get("url"),  # type: ignore[arg-type]
        kind=meta.get("kind") or "news",  # type: ignore[arg-type]
    )
