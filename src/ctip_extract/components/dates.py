"""`ctip_dates`: placeholder component (to be filled in)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import SPAN_KEYS

KEY = "ctip_dates"


class Placeholder:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[KEY] = []
        return doc


@Language.factory(KEY, default_config={}, assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> Placeholder:
    return Placeholder()
