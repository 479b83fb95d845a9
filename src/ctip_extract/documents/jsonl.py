"""JSONL dumps: one article a line, each line its own Document (doc_id `stem:LINE`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import DocumentError
from .decode import decode_bytes
from .html import fragment_text
from .document import Document
from .normalise import repair_if_broken
from .sidecar import metadata_fields

TEXT_KEYS = ("text", "content", "body", "article", "html")
# markup in a text field (scraped dumps often keep it): read as HTML, not as words
_MARKUP = re.compile(r"<(?:p|br|div|span|a|b|i|em|strong|li|h[1-6])\b[^>]*>|</(?:p|div|span|a|li|h[1-6])>", re.I)


def iter_jsonl(path: Path, data: bytes) -> Iterator[Document | DocumentError]:
    """Each non-blank line as a Document, or a DocumentError naming the line and the reason."""
    raw = decode_bytes(data, str(path))
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        doc_id = f"{path.stem}:{lineno}"
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(where, f"malformed JSON line: {exc.msg} at column {exc.colno}", doc_id=doc_id)
            continue
        except RecursionError:
            yield DocumentError(where, "JSON line nested too deeply", doc_id=doc_id)
            continue
        if not isinstance(obj, dict):
            yield DocumentError(where, "JSON line is not an object", doc_id=doc_id)
            continue
        text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str)), None)
        if text is None or not text.strip():
            yield DocumentError(where, f"no text: expected one of {', '.join(TEXT_KEYS)}", doc_id=doc_id)
            continue
        if _MARKUP.search(text):
            text = fragment_text(text)
            if not text.strip():
                yield DocumentError(where, "no text: the markup holds no visible text", doc_id=doc_id)
                continue
        meta = metadata_fields(obj)
        yield Document(
            doc_id=doc_id,
            text=repair_if_broken(text),
            source=where,
            published=meta.get("published"),  # type: ignore[arg-type]
            title=meta.get("title"),  # type: ignore[arg-type]
            url=meta.get("url"),  # type: ignore[arg-type]
            kind=meta.get("kind") or "news",  # type: ignore[arg-type]
            meta={k: v for k, v in obj.items() if k not in TEXT_KEYS and isinstance(v, (str, int, float))},
        )
