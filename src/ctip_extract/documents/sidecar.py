"""`X.meta.json` sidecars: publication date, title, url and kind of a text document."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import DocumentError
from .document import normalise_published

SIDECAR_SUFFIX = ".meta.json"
KNOWN_KEYS = ("published", "title", "url", "kind")
# where dumps and feeds keep the publication date, first found wins
PUBLISHED_KEYS = ("published", "date", "published_at", "publishedAt", "datePublished", "date_published",
                  "publication_date", "pub_date", "pubDate", "pubdate")


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, object]:
    """The metadata beside `path`, or {} when there is none. A broken sidecar is an error."""
    meta_path = sidecar_path(path)
    if not meta_path.is_file():
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DocumentError(str(meta_path), f"unreadable metadata sidecar: {exc}") from None
    if not isinstance(data, dict):
        raise DocumentError(str(meta_path), "metadata sidecar must hold a JSON object")
    return metadata_fields(data)


def metadata_fields(data: dict[str, object]) -> dict[str, object]:
    """Pick the known metadata keys (accepting common synonyms) and normalise `published`."""
    out: dict[str, object] = {}
    published = next(
        (data[k] for k in PUBLISHED_KEYS if data.get(k)),
        None,
    )
    if published is not None:
        out["published"] = normalise_published(published)
    for key in ("title", "url", "kind"):
        if isinstance(data.get(key), str):
            out[key] = data[key]
    if isinstance(out.get("kind"), str):
        out["kind"] = normalise_kind(out["kind"])  # type: ignore[arg-type]
    return out


# what people write for the kinds the rules know: "tip", "TIP Report", "tip-report" are the TIP Report
_KINDS = {"tip": "tip_report", "tip report": "tip_report", "tip_report": "tip_report",
          "trafficking in persons report": "tip_report", "report": "tip_report",
          "news": "news", "article": "news", "press release": "news", "factbook": "factbook"}


def normalise_kind(kind: str) -> str:
    """A sidecar's `kind` in the words the rules know ("TIP Report" -> "tip_report"); others as given."""
    key = " ".join(kind.replace("-", " ").replace("_", " ").lower().split())
    return _KINDS.get(key, kind)
