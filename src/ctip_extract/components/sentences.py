"""`ctip_sentences`: sentence boundaries that survive abbreviations such as "U.S." and "Lt. Col.".

Writes `Token.is_sent_start` for every token. A sentence ends at '.', '!' or
'?' (optionally followed by closing quotes or brackets) when the next word
can open a sentence and the period does not close a known abbreviation; a
line break always ends one (headings, list items, paragraphs).
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..rules.resources import read_word_list

_ENDERS = frozenset({".", "!", "?", "...", "\u2026"})
_CLOSERS = frozenset({'"', "'", ")", "]", "\u201d", "\u2019"})


class SentenceSplitter:
    """Rule-based sentence boundaries with an abbreviation list from models/."""

    def __init__(self, abbreviations: frozenset[str], numeric_abbreviations: frozenset[str]) -> None:
        self.abbreviations = abbreviations
        self.numeric_abbreviations = numeric_abbreviations

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        starts = [False] * n
        starts[0] = True
        for i, tok in enumerate(doc):
            if i + 1 >= n:
                break
            text = tok.text
            if "\n" in text or (tok.whitespace_ and "\n" in tok.whitespace_):
                starts[i + 1] = True
                continue
            if text not in _ENDERS:
                continue
            if text == "." and i > 0 and not doc[i - 1].whitespace_:
                before = doc[i - 1].lower_
                if before in self.abbreviations:
                    continue
                if before in self.numeric_abbreviations and doc[i + 1].text[:1].isdigit():
                    continue
            j = i + 1
            while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            if j < n and _can_open(doc[j].text):
                starts[j] = True
        # One array write: setting Token.is_sent_start token by token rescans the doc each time.
        values = numpy.where(numpy.array(starts, dtype=bool), 1, -1).astype("int64").astype("uint64").reshape(n, 1)
        doc.from_array([SENT_START], values)
        return doc


def _can_open(word: str) -> bool:
    first = word.lstrip("\"'(\u201c\u2018[")[:1]
    if not first:  # a lone opening quote or bracket
        return bool(word)
    return first.isupper() or first.isdigit()


@Language.factory(
    "ctip_sentences",
    default_config={
        "abbreviations": "lexicons/abbreviations.txt",
        "numeric_abbreviations": "lexicons/abbreviations_numeric.txt",
    },
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str, abbreviations: str, numeric_abbreviations: str) -> SentenceSplitter:
    def words(path: str) -> frozenset[str]:
        return frozenset(w.lower().rstrip(".") for w in read_word_list(path))

    return SentenceSplitter(words(abbreviations), words(numeric_abbreviations))
