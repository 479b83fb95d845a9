"""The English tokenizer as the rules want it, and a cache that works on long documents.

Two changes to spaCy's English tokenizer, made by `adapt(nlp)` when the pipeline is built:

- an em dash between figures, or between a figure or closing bracket and a word, is punctuation ("in
  2017—429 for sex trafficking", "290 cases—122 sex", "(184 in 2016)—22 Lao victims", as the TIP
  Report's PDF text has it); the English rules
  split dashes between letters only. En dash ranges ("2015–2018") stay one token. So is the "Š"
  that text extracted from the 2018 report's PDF has for every em dash ("casesŠ122 sex",
  "migrantsŠmen"), where it follows a small letter, figure or bracket and no space; a name's Š
  ("Šibenik") starts a word; and a function word glued to the figure after it ("compared
  to106 alleged traffickers") is a word of its own, and so is one after a closing bracket ("(31
  percent)received"); a day's comma glued to its year ("Aug 09,2023") splits them, so does a margin's sign
  glued to its figure ("±2.8"); and East Africa's
  shilling mark after an amount ("10m/-", "40,000/-") is a suffix of its own;
- `PrimingTokenizer` fills spaCy's tokenization cache before a long text is tokenized.
  spaCy stops saving chunks to its cache for the rest of a text once it meets a special case
  ("U.S.", "Jan.", "don't"), so after the first line of a 500-page report every chunk goes
  through the affix regexes again (spaCy issue #13950): 6.3 s for the 2018 report's 480,000
  tokens against 0.5 s once its distinct chunks are cached. Caching never changes the tokens:
  each whitespace-separated chunk is tokenised on its own either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

EM_DASH_BETWEEN_FIGURES = r"(?<=[0-9)])\u2014(?=[0-9A-Za-z])|(?<=[A-Za-z])\u2014(?=[0-9])"
EXTRACTED_EM_DASH = r"(?<=[a-z0-9)])\u0160(?=[A-Za-z0-9(])"
# a sentence's last figure or bracket glued to the next sentence by PDF extraction: "first introduced in
# 2010.Venezuelan", "up to 50,000 Nakfa ($3,330).The government"
PERIOD_AFTER_FIGURE = r"(?<=[0-9)])\.(?=[A-Z][a-z]{2})|(?<=[0-9A-Za-z])\)(?=\.[A-Z][a-z]{2})"
# a closing bracket glued to the next word by PDF extraction: "only 18 (31 percent)received a sentence",
# "(five in 2016)were" (after a letter or figure, before a small letter); and before a dash, which spaCy
# splits off first and would leave the bracket on the figure: "300 baht ($9.20)—which"
BRACKET_BEFORE_WORD = r"(?<=[0-9A-Za-z%])\)(?=[a-z]{2}|[\u2014\u2013])"
# a word glued to the figure after it by PDF extraction: "compared to106 alleged traffickers" (function
# words only: "H2A", "COVID19" and "mp3" stay whole)
WORD_BEFORE_FIGURE = "|".join(rf"(?<=^{w})(?=[0-9])" for w in
                              ("to", "than", "of", "and", "from", "with", "by", "approximately", "about", "nearly"))

# a day glued by its comma to the year after it: "Aug 09,2023" (no figure with a thousands comma has four
# digits after it)
COMMA_BEFORE_YEAR = r"(?<=[0-9])(?<![0-9]{3}),(?=(?:19|20)[0-9]{2}(?![0-9]))"

# a sample's size written glued: "(n=412)" ("n", "=" and the figure apart)
SAMPLE_SIZE = r"(?<=^[nN])=(?=[0-9])"

# a margin's sign glued to its figure: "±2.8 percentage points" (the sign and the figure apart)
PLUS_MINUS = r"(?<=^\u00b1)(?=[0-9])"

# a sentence's period after a word ending in a capital after a small letter: "... Lindqvist Tools GmbH." (spaCy
# splits a period off after a small letter only)
PERIOD_AFTER_MIXED_CASE = r"(?<=[a-z][A-Z])\.$"

# East Africa's shilling mark after an amount: "a fine of 10m/-", "40,000/-" (the amount and the mark apart)
SHILLING_MARK = r"(?<=[0-9mMkKbn])/-$"

_FIGURE_FACES = ("8)", "8-)")  # emoticons among spaCy's English special cases that read as a figure and a bracket
# letters with a period among spaCy's special cases (initials) that are scales after a figure at a sentence's end:
# "$2m." would keep the period in the scale
_SCALE_LETTERS = ("m.", "k.", "b.")

# Texts shorter than this are tokenised as they come: priming costs a tokenizer call per
# distinct chunk, which pays off only when the cache would otherwise miss many times.
PRIME_MIN_CHARS = 20_000
# Distinct chunks the cache may hold (spaCy's default, 10,000, is less than one report's).
CACHE_SIZE = 200_000
# Chunks tokenised together per priming call; one special case stops the saving of the rest
# of its call, so chunks that might hold one are primed alone.
_GROUP = 256
# Characters stripped before asking whether a chunk's core could be a special case; '.' and
# apostrophes are not among them ("Jan.", "'s" are special cases).
_SAFE_AFFIXES = ',;:!?()[]{}"' + "\u201c\u201d"


class PrimingTokenizer:
    """spaCy's Tokenizer with its cache filled before long texts; everything else delegated."""

    def __init__(self, inner: Tokenizer, *, min_chars: int = PRIME_MIN_CHARS) -> None:
        self._inner = inner
        self._min_chars = min_chars
        self._primed: set[str] = set()
        self._specials = frozenset(inner.rules or {})
        inner.max_cache_size = max(inner.max_cache_size, CACHE_SIZE)

    def __call__(self, text: str) -> Doc:
        if len(text) >= self._min_chars:
            self.prime(text)
        return self._inner(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def prime(self, text: str) -> None:
        """Tokenise each distinct chunk of `text` not primed before, so that all are cached."""
        room = self._inner.max_cache_size - len(self._primed)
        fresh = [c for c in set(text.split()) if c not in self._primed][:max(room, 0)]
        if not fresh:
            return
        plain = [c for c in fresh if self._plain(c)]
        for i in range(0, len(plain), _GROUP):
            self._inner(" ".join(plain[i:i + _GROUP]))
        plain_set = set(plain)
        for chunk in fresh:
            if chunk not in plain_set:
                self._inner(chunk)
        self._primed.update(fresh)

    def _plain(self, chunk: str) -> bool:
        """True when no step of affix splitting can meet a special case (a guess that only
        costs speed when wrong: a special case in a group leaves the rest of it uncached)."""
        core = chunk.strip(_SAFE_AFFIXES)
        return core.isalnum() and core not in self._specials and chunk not in self._specials

    def __getattr__(self, name: str):
        if name.startswith("_"):  # not set yet (unpickling): no delegation, no recursion
            raise AttributeError(name)
        return getattr(self._inner, name)

    def __reduce__(self):
        return (self.__class__, (self._inner,), {"_min_chars": self._min_chars})


def adapt(nlp: Language) -> None:
    """Give `nlp` the em dash infixes and the priming cache (once)."""
    tokenizer = nlp.tokenizer
    inner = tokenizer._inner if isinstance(tokenizer, PrimingTokenizer) else tokenizer
    infixes = list(nlp.Defaults.infixes or ()) + [EM_DASH_BETWEEN_FIGURES, EXTRACTED_EM_DASH, PERIOD_AFTER_FIGURE,
                                                  BRACKET_BEFORE_WORD, WORD_BEFORE_FIGURE, COMMA_BEFORE_YEAR,
                                                  SAMPLE_SIZE, PLUS_MINUS]
    inner.infix_finditer = compile_infix_regex(infixes).finditer
    inner.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes or ()) + [SHILLING_MARK, PERIOD_AFTER_MIXED_CASE]).search
    if any(key in (inner.rules or {}) for key in _FIGURE_FACES + _SCALE_LETTERS):
        # spaCy's emoticons "8)" and "8-)" would swallow a count in brackets: "Bong (8) and Nimba (7)"
        inner.rules = {key: value for key, value in inner.rules.items() if key not in _FIGURE_FACES + _SCALE_LETTERS}
    if not isinstance(tokenizer, PrimingTokenizer):
        nlp.tokenizer = PrimingTokenizer(inner)
