"""Property tests (hypothesis) on pure functions and on the span contract of every record."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ctip_extract
from ctip_extract.documents.normalise import has_mojibake, repair_if_broken

numbers = pytest.importorskip("ctip_extract.rules.numbers")

NUMBERISH = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="0123456789,. -–$%^eEkmbn", max_size=60),
    st.tuples(st.sampled_from("0123456789"), st.integers(1, 6000)).map(lambda t: t[0] * t[1]),
    st.integers(0, 99_999).map(lambda n: f"10^{n}"),
    st.tuples(st.integers(1, 999), st.integers(1, 2000)).map(lambda t: f"{t[0]}" + ",000" * t[1]),
    st.lists(st.sampled_from(["one", "hundred", "thousand", "million", "and", "twenty", "-", "dozen", "half",
                              "a", "billion", "trillion", "zero", "nine"]), max_size=12).map(" ".join),
)


@pytest.mark.parametrize("name", ["parse_digits", "parse_number", "parse_range", "is_calendar_year", "vague_bounds"])
@settings(max_examples=150, deadline=None)
@given(text=NUMBERISH)
def test_number_parsers_never_raise(name: str, text: str) -> None:
    func = getattr(numbers, name, None)
    if func is None:
        pytest.skip(f"rules.numbers has no {name}")
    result = func(text)
    if isinstance(result, float):
        assert result == result and abs(result) != float("inf")  # finite, never NaN or inf


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.text(max_size=12), max_size=8))
def test_parse_words_never_raises(words: list[str]) -> None:
    if hasattr(numbers, "parse_words"):
        numbers.parse_words(words)


GENRE = [
    "Police", "rescued", "at least", "more than", "nearly", "42", "1,250", "three hundred", "victims", "women",
    "children", "in", "March 2017", "last year", "on June 5, 2018", "the IOM", "International Organization for "
    "Migration (IOM)", "USAID", "Cambodia", "remained on", "Tier 2", "Tier 2 Watch List", "was downgraded to",
    "Tier 3", "said", "Maria Santos", ",", ".", "\n\n", "$1.5 million", "percent", "convicted", "traffickers",
    "the government", "prosecuted", "12 suspects", "2019", "fiscal year 2016", "NGO", "(", ")", "\"", "–", "10^400",
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(GENRE), max_size=60).map(" ".join),
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(GENRE), st.text(max_size=8)), max_size=40).map(" ".join),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, published=st.sampled_from([None, "2018", "2018-06", "2018-06-28"]))
def test_every_record_span_lies_inside_the_text_and_matches_it(nlp, text: str, published: str | None) -> None:
    facts = ctip_extract.extract(text, published=published, nlp=nlp)
    if has_mojibake(text):  # repaired first, as text_document documents: offsets refer to the repair
        text = repair_if_broken(text)
    for record in facts.records:
        assert 0 <= record.start <= record.end <= len(text), record
        assert text[record.start:record.end] == record.text, record
        for mention in getattr(record, "mentions", []):
            assert 0 <= mention.start <= mention.end <= len(text)
            assert text[mention.start:mention.end] == mention.text


SECTIONS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 40), st.sampled_from(["narrative", "prosecution", "profile"]),
              st.sampled_from([None, "KHM", "NGA"])).map(lambda t: (t[0], t[0] + t[1], t[2], t[3])),
    max_size=8,
)


@given(sections=SECTIONS, char=st.integers(-2, 110))
def test_section_at_is_the_innermost_listed_section(nlp, sections, char) -> None:
    """The indexed lookup gives what a scan of the sections in their order gives."""
    from ctip_extract.components.extensions import section_at

    doc = nlp.make_doc("x")
    doc._.ctip_meta = {"sections": sections}
    label = country = None
    for start, end, sec_label, sec_country in sections:
        if start <= char < end:
            label, country = sec_label, sec_country or country
    assert section_at(doc, char) == (label, country)


WORDS = st.text(alphabet="ab-_ 1é", min_size=1, max_size=4)


@given(text=st.text(alphabet="ab-_ 1é.", max_size=40), phrases=st.lists(WORDS, max_size=5))
def test_find_whole_same_by_regex_and_by_find(text: str, phrases: list[str]) -> None:
    """Long texts are searched with one regex, short ones phrase by phrase: the two agree."""
    from ctip_extract.rules.actors import find_whole

    assert find_whole(text, phrases, by_regex=True) == find_whole(text, phrases, by_regex=False)
