"""Plain text and Markdown files (with optional `X.meta.json` sidecar)."""

from __future__ import annotations

from pathlib import Path

from .decode import decode_bytes
from .document import Document
from .normalise import needs_repair, normalise_text, repair_if_broken, unwrap_lines
from .pdf.structure import find_sections
from .sidecar import read_sidecar


def load_text(path: Path, data: bytes) -> Document:
    """A .txt or .md file as one Document.

    `Document.text` is the file's text, so offsets and record texts can be
    checked against the file; the rules read a normalised copy of the same
    length (hard-wrapped lines joined with spaces). A file with mojibake or invisible characters is repaired instead,
    and its offsets refer to the repaired text.
    """
    raw = decode_bytes(data, str(path))
    if needs_repair(raw):  # mojibake or invisible characters: offsets move, so keep the repaired text
        text = repair_if_broken(raw)
        analysis = unwrap_lines(text)
    else:  # the file's characters, with a one-for-one normalised copy for the rules
        text = raw
        analysis = unwrap_lines(normalise_text(raw))
    meta = read_sidecar(path)
    kind = meta.get("kind") or "news"
    # TIP Report text (narratives copied out of the report): its narratives and their parts, as the
    # PDF loader finds them, so records carry their section and a narrative's country
    sections = tuple(find_sections(analysis or text)) if kind == "tip_report" else ()
    return Document(
        doc_id=path.stem,
        text=text,
        analysis_text=analysis if analysis != text else None,
        source=str(path),
        published=meta.get("published"),  # type: ignore[arg-type]
        title=meta.get("title"),  # type: ignore[arg-type]
        url=meta.get("url"),  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        sections=sections,
    )
