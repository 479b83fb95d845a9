"""ctip-extract: typed, verifiable facts from counter-trafficking documents.

    >>> import ctip_extract
    >>> facts = ctip_extract.extract("Cambodia remained on Tier 2.", published="2018-06-28")
    >>> [r.tier for r in facts.tier_statements]
    ['2']
"""

from __future__ import annotations

__version__ = "0.1.0"

from .documents import Document, iter_documents, load_document  # noqa: E402
from .errors import CtipError, DocumentError, RuleFileError  # noqa: E402
from .extract import extract, extract_document, extract_file  # noqa: E402
from .pipeline import load  # noqa: E402
from .records import (  # noqa: E402
    SCHEMA_VERSION,
    Actor,
    Date,
    DocumentFacts,
    ErrorRecord,
    Mention,
    Quantity,
    TierStatement,
    json_schema,
)

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "CtipError",
    "Date",
    "Document",
    "DocumentError",
    "DocumentFacts",
    "ErrorRecord",
    "Mention",
    "Quantity",
    "RuleFileError",
    "TierStatement",
    "extract",
    "extract_document",
    "extract_file",
    "iter_documents",
    "json_schema",
    "load",
    "load_document",
]
