"""Plain text and Markdown files (with optional `X.meta.json` sidecar)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .decode import decode_bytes
from .document import Document
from .normalise import has_mojibake, normalise_text, repair_if_broken, spell_out, unwrap_lines
from .pdf.structure import find_sections
from .sidecar import read_sidecar


def load_text(path: Path, data: bytes) -> Document:
    """A plain-text file as one Document (see text_document), with its sidecar's metadata."""
    return sidecar_document(path, decode_bytes(data, str(path)))


def sidecar_document(path: Path, text: str) -> Document:
    """`text`, read from the file at `path`, as a Document with the metadata of the file's sidecar."""
    meta = read_sidecar(path)
    return text_document(
        text,
        doc_id=path.stem,
        source=str(path),
        published=meta.get("published"),  # type: ignore[arg-type]
        title=meta.get("title"),  # type: ignore[arg-type]
        url=meta.get("url"),  # type: ignore[arg-type]
        kind=meta.get("kind") or "news",  # type: ignore[arg-type]
    )


def text_document(raw: str, *, doc_id: str, source: str, published: str | None = None, title: str | None = None,
                  url: str | None = None, kind: str = "news") -> Document:
    """Plain text as a Document.

    `Document.text` is `raw` itself, so offsets and record texts can be checked
    against it; the rules read a normalised copy (hard-wrapped lines joined with
    spaces, ligatures spelt out, invisible characters dropped) whose offsets the
    Document maps back. Text with mojibake is repaired instead (a repair is not
    character for character), and its offsets refer to the repaired text.
    """
    if has_mojibake(raw):  # offsets move, so keep the repaired text
        text = repair_if_broken(raw)
        analysis = unwrap_lines(text)
    else:  # the given characters, with a one-for-one normalised copy for the rules
        text = raw
        analysis = unwrap_lines(normalise_text(raw))
    analysis, expansions = spell_out(analysis)
    document = Document(
        doc_id=doc_id,
        text=text,
        analysis_text=analysis if analysis != text else None,
        expansions=expansions,
        source=source,
        published=published,
        title=title,
        url=url,
        kind=kind,
    )
    if kind != "tip_report":
        return document
    # TIP Report text (narratives copied out of the report): its narratives and their parts, as the
    # PDF loader finds them, so records carry their section and a narrative's country
    sections = tuple(replace(s, start=document.to_source(s.start), end=document.to_source(s.end, end=True))
                     for s in find_sections(analysis))
    return replace(document, sections=sections)
