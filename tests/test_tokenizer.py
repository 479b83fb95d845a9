"""The pipeline's tokenizer: the em dash infixes, and a primed cache that never changes the tokens."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.util import compile_infix_regex

from ctip_extract.tokenizer import EM_DASH_BETWEEN_FIGURES, EXTRACTED_EM_DASH, PrimingTokenizer

# A narrative-like paragraph with the special cases spaCy's English rules hold (abbreviations,
# contractions, months with a full stop), chunks made of a special case plus punctuation, and
# figures joined by dashes.
PARAGRAPH = (
    "The Government of Ruritania (U.S. partners included) didn't fully meet the minimum standards. "
    "On Jan. 5 the ministry said it had identified 667 victims in 2017\u2014429 for sex trafficking and "
    "238 for labor (\"forced labor\"); compared with 2015\u20132016, prosecutions rose, e.g. in "
    "the capital. Officials can't confirm whether Dr. Ana Lima's team, St. Mary's shelter or the "
    "NGO's hotline (1-800-373-7888) received them.\n\n"
)


def english_tokens(text: str) -> list[tuple[str, str]]:
    """spaCy's own English tokenizer with the same infixes, no priming."""
    nlp = spacy.blank("en")
    nlp.max_length = 10 ** 8
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        list(nlp.Defaults.infixes) + [EM_DASH_BETWEEN_FIGURES, EXTRACTED_EM_DASH]).finditer
    return [(t.text, t.whitespace_) for t in nlp.make_doc(text)]


def test_pipeline_uses_priming_tokenizer(nlp):
    assert isinstance(nlp.tokenizer, PrimingTokenizer)
    assert nlp.tokenizer.max_cache_size >= 200_000  # delegated to spaCy's Tokenizer


@pytest.mark.parametrize("text, tokens", [
    ("in 2017\u2014429 for sex trafficking", ["in", "2017", "\u2014", "429", "for", "sex", "trafficking"]),
    ("290 cases\u2014122 sex", ["290", "cases", "\u2014", "122", "sex"]),
    # a figure glued to the next sentence by PDF extraction; decimals stay whole
    ("introduced in 2010.Venezuelan authorities paid 2.5 million", ["introduced", "in", "2010", ".", "Venezuelan",
                                                                   "authorities", "paid", "2.5", "million"]),
    # ... and a bracket closing a sentence glued to the next ("($3,330).The")
    ("a fine of 50,000 Nakfa ($3,330).The court", ["a", "fine", "of", "50,000", "Nakfa", "(", "$", "3,330", ")", ".",
                                                    "The", "court"]),
    ("31 of them\u2014and 4 more", ["31", "of", "them", "\u2014", "and", "4", "more"]),
    # the 2018 report's extracted text has "\u0160" for each em dash; a name's \u0160 starts a word
    ("290 cases\u0160122 sex", ["290", "cases", "\u0160", "122", "sex"]),
    ("migrants\u0160men, women", ["migrants", "\u0160", "men", ",", "women"]),
    ("in \u0160ibenik", ["in", "\u0160ibenik"]),
    ("from 2015\u20132018", ["from", "2015\u20132018"]),
    ("the U.S. government", ["the", "U.S.", "government"]),
    # a function word glued to a figure by PDF extraction is a word of its own; codes stay whole
    ("86 victims (184 in 2016)\u201422 Lao victims", ["86", "victims", "(", "184", "in", "2016", ")", "\u2014", "22",
                                                   "Lao", "victims"]),
    ("300 baht ($9.20)\u2014which", ["300", "baht", "(", "$", "9.20", ")", "\u2014", "which"]),
    ("(12 cases)\u2014the most", ["(", "12", "cases", ")", "\u2014", "the", "most"]),
    ("compared to106 alleged traffickers", ["compared", "to", "106", "alleged", "traffickers"]),
    ("only 9 (20 percent)served time", ["only", "9", "(", "20", "percent", ")", "served", "time"]),
    ("from Bong (8) and Nimba (7)", ["from", "Bong", "(", "8", ")", "and", "Nimba", "(", "7", ")"]),
    ("the function f(x) stays", ["the", "function", "f(x", ")", "stays"]),
    ("H2A visas and COVID19", ["H2A", "visas", "and", "COVID19"]),
    # the shilling mark after an amount is a token of its own; a slash between words is not touched
    ("a fine of 10m/- each", ["a", "fine", "of", "10", "m", "/-", "each"]),
    ("paid 40,000/-.", ["paid", "40,000", "/-", "."]),
    ("officers and/or inspectors", ["officers", "and/or", "inspectors"]),
])
def test_tokens(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_priming_leaves_tokens_unchanged(nlp):
    long_text = PARAGRAPH * 120  # far above the priming threshold
    assert len(long_text) > 20_000
    tokenizer = PrimingTokenizer(spacy.blank("en").tokenizer, min_chars=0)
    tokenizer._inner.infix_finditer = nlp.tokenizer.infix_finditer
    doc = tokenizer(long_text)
    assert [(t.text, t.whitespace_) for t in doc] == english_tokens(long_text)
    assert doc.text == long_text
    # a second text shares chunks with the first: only the new ones are primed
    assert "trafficking" in tokenizer._primed
    before = len(tokenizer._primed)
    tokenizer("Ruritania trafficking Zembla")
    assert len(tokenizer._primed) == before + 1


@pytest.mark.parametrize("chunk, plain", [
    ("trafficking", True),
    ("trafficking,", True),
    ("(2017)", True),
    ("Jan.", False),     # a special case
    ("U.S.", False),
    ("(U.S.)", False),   # a special case inside punctuation
    ("don't", False),
    ("e.g.", False),
    ("2017\u2014429", False),  # not alphanumeric: primed alone
])
def test_plain_chunks(chunk, plain):
    assert PrimingTokenizer(spacy.blank("en").tokenizer)._plain(chunk) is plain


def test_short_texts_are_not_primed():
    tokenizer = PrimingTokenizer(spacy.blank("en").tokenizer)
    tokenizer("Cambodia remained on Tier 2.")
    assert not tokenizer._primed


def test_pickles(nlp):
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert isinstance(copy, PrimingTokenizer)
    assert [t.text for t in copy("in 2017\u2014429 cases")] == ["in", "2017", "\u2014", "429", "cases"]


@pytest.mark.parametrize("text, tokens", [
    ("Aug 09,2023 -", ["Aug", "09", ",", "2023", "-"]),
    ("10,000 and 123,2019", ["10,000", "and", "123,2019"]),  # a figure's thousands, and no day before a year
])
def test_a_day_glued_by_its_comma_to_a_year_splits(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize("text, tokens", [
    ("Malaysia (n=412)", ["Malaysia", "(", "n", "=", "412", ")"]),  # a sample's size
    ("owns Tools GmbH. It", ["owns", "Tools", "GmbH", ".", "It"]),  # a period after a capital after a small letter
    ("the U.S. said", ["the", "U.S.", "said"]),
])
def test_a_sample_size_and_a_period_after_a_mixed_case_word_split(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens
