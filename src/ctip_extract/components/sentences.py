"""`ctip_sentences`: sentence boundaries that survive abbreviations such as "U.S." and "Lt. Col.".

Writes `Token.is_sent_start` for every token. A sentence ends at '.', '!' or
'?' (optionally followed by closing quotes or brackets) when the next word
can open a sentence and the period does not close a known abbreviation; a
line break ends one (headings, list items, paragraphs), unless it breaks a hyphenated word or wraps a sentence by
hand (the line ends on "and", "of", "the" ..., or a small word runs on into a small word).
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
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
        # token texts and trailing-space flags from the attribute arrays: no Token objects
        strings = doc.vocab.strings
        orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
        words = [strings[o] for o in orths]
        cache_text(doc, "".join([w + " " if sp else w for w, sp in zip(words, spaces)]))
        for i in range(n - 1):
            text = words[i]
            if "\n" in text:  # a token's trailing whitespace is at most one space
                if not (i > 0 and (words[i - 1].endswith("-") and words[i + 1][:1].islower()
                                   or text.count("\n") == 1 and _wrapped(words[i - 1], words[i + 1]))):
                    starts[i + 1] = True  # (not inside a word a PDF copy broke at the line end, "Fam-\nily", nor
                    # inside a sentence wrapped by hand: "Assistance and\nProtection", "the victims\nwere")
                continue
            if text not in _ENDERS:
                continue
            if text == "." and i > 0 and not spaces[i - 1]:
                before = words[i - 1].lower()
                if before in self.abbreviations:
                    continue
                if before in self.numeric_abbreviations and words[i + 1][:1].isdigit():
                    continue
            j = i + 1
            while j < n and words[j] in _CLOSERS and not spaces[j - 1]:
                j += 1
            if j < n and _can_open(words[j]):
                starts[j] = True
        # One array write: setting Token.is_sent_start token by token rescans the doc each time.
        values = numpy.where(numpy.array(starts, dtype=bool), 1, -1).astype("int64").astype("uint64").reshape(n, 1)
        doc.from_array([SENT_START], values)
        return doc


_TEXT_KEY = "ctip_text"


def cache_text(doc: Doc, text: str) -> None:
    """Keep the document text in `doc.user_data` for `doc_text` (the first component sets it)."""
    doc.user_data[_TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None or len(doc) == 0 or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        text = doc.text
        cache_text(doc, text)
    return text


# words that never end a sentence, heading or list item: a line ending on one goes on in the next
_LINKS = frozenset({"and", "or", "of", "the", "a", "an", "to", "for", "in", "on", "with", "by", "from", "at", "that"})


def _wrapped(before: str, after: str) -> bool:
    """Whether a single line break between `before` and `after` only wraps a sentence: the line ends on a link
    word, or a small word runs on into a small word ("the victims\nwere")."""
    return before in _LINKS or (before.isalpha() and before.islower() and after[:1].islower() and after.isalpha())


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
