"""A document with many narratives (a whole TIP Report) read narrative by narrative.

The texts are written for these tests; tests/fixtures/pdf/tip_sample.pdf holds four narratives
and a placement list laid out as the printed report (see the README there).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest

from ctip_extract.documents.document import Page
from ctip_extract.documents.pdf import load_pdf
from ctip_extract.documents.text import text_document
from ctip_extract.extract import annotate, extract_document, facts_from_doc
from ctip_extract.narratives import merge_actors, narrative_units, report_workers, unit_document
from ctip_extract.records import Actor, Mention

SAMPLE = Path(__file__).parent / "fixtures" / "pdf" / "tip_sample.pdf"

TWO_NARRATIVES = """GHANA: TIER 2

The Government of Ghana does not fully meet the minimum standards for the elimination of \
trafficking but is making significant efforts to do so; therefore Ghana remained on Tier 2.

PROSECUTION

The National Police Agency (NPA) investigated 14 cases with the International Organization \
for Migration (IOM), and the ﬁrst five were ﬁled in Accra.

ZAMBIA: TIER 2

The Government of Zambia does not fully meet the minimum standards for the elimination of \
trafficking but is making significant efforts to do so.

PROSECUTION

The NPA arrested 23 suspects in Lusaka, and IOM repatriated 11 victims.
"""


@lru_cache(maxsize=None)
def sample():
    return load_pdf(SAMPLE, backend="pdfium", workers=1)


def two_narratives():
    return text_document(TWO_NARRATIVES, doc_id="two", source="two.txt", published="2018-06-28",
                         kind="tip_report")


def test_a_report_is_cut_at_its_narrative_headings():
    document = sample()
    units = narrative_units(document)
    narratives = sorted(s.start for s in document.sections if s.label == "narrative")
    assert [start for start, _ in units] == [0, *narratives]  # the front matter, then one unit each
    assert all(a[1] == b[0] for a, b in zip(units, units[1:])) and units[-1][1] == len(document.text)
    assert document.text[units[1][0]:].startswith("CAMBODIA: TIER 2")


@pytest.mark.parametrize("text", [
    "CAMBODIA: TIER 2\n\nThe government convicted 12 traffickers.",  # one narrative
    "Cambodia remained on Tier 2, and Laos remained on Tier 2 Watch List.",  # news
])
def test_a_text_with_fewer_than_two_narratives_is_read_whole(text):
    document = text_document(text, doc_id="t", source="t.txt", kind="tip_report")
    assert narrative_units(document) == []


def test_a_unit_keeps_its_text_pages_sections_and_spelt_out_ligatures():
    document = two_narratives()
    start, end = narrative_units(document)[0]
    paginated = replace(document, pages=(Page(1, 0, 300), Page(2, 300, len(document.text))))
    paged = unit_document(paginated, start, end)
    assert paged.text == document.text[start:end]
    assert paged.normalised == document.normalised[document.to_analysis(start):document.to_analysis(end)]
    assert "ﬁrst" in paged.text and "first" in paged.normalised
    assert [(p.number, p.start, p.end) for p in paged.pages] == [(1, 0, 300), (2, 300, end)]
    assert paged.sections[0].label == "narrative" and paged.sections[0].country == "GHA"
    filed = paged.normalised.index("filed")
    assert paged.text[paged.to_source(filed):paged.to_source(filed + 5, end=True)] == "ﬁled"


def test_an_acronym_spelt_out_in_one_narrative_is_not_read_into_another():
    facts = extract_document(two_narratives(), workers=1)
    suspects = next(q for q in facts.quantities if q.text == "23 suspects")
    assert suspects.actor == "NPA"  # Zambia's NPA is not Ghana's National Police Agency
    agency = next(a for a in facts.actors if a.name == "National Police Agency")
    assert agency.country == "GHA" and [m.text for m in agency.mentions] == ["National Police Agency", "NPA"]
    # read as one text, the acronym of Ghana's narrative would have named Zambia's agency
    document = two_narratives()
    whole = facts_from_doc(document, annotate(document))
    assert next(q for q in whole.quantities if q.text == "23 suspects").actor == "National Police Agency"


def test_one_body_named_in_two_narratives_is_one_actor_with_every_mention():
    document = two_narratives()
    facts = extract_document(document, workers=1)
    iom = [a for a in facts.actors if a.name == "International Organization for Migration"]
    assert len(iom) == 1
    assert [m.text for m in iom[0].mentions] == ["International Organization for Migration", "IOM", "IOM"]
    assert all(document.text[m.start:m.end] == m.text for m in iom[0].mentions)
    assert next(q for q in facts.quantities if q.text == "11 victims").actor == iom[0].name


def test_records_keep_offsets_and_sentences_of_the_whole_text():
    document = two_narratives()
    facts = extract_document(document, workers=1)
    whole = facts_from_doc(document, annotate(document))
    assert all(document.text[r.start:r.end] == r.text for r in facts.records)
    sentences = {(r.type, r.start, r.end): r.sentence for r in whole.records}
    placed = [(r.type, r.start, r.end) for r in facts.records if (r.type, r.start, r.end) in sentences]
    assert len(placed) >= 10
    assert all(sentences[k] == r.sentence for r in facts.records if (k := (r.type, r.start, r.end)) in sentences)


def test_two_processes_give_the_records_of_one():
    document = sample()
    one = extract_document(document, workers=1).records
    two = extract_document(document, workers=2).records
    assert [r.model_dump() for r in two] == [r.model_dump() for r in one]
    assert {r.page for r in one} >= {3, 4, 5}


def test_the_placement_list_takes_change_and_standards_from_the_narratives():
    facts = extract_document(sample(), workers=2)
    listed = {t.country_code: t for t in facts.tier_statements if t.rule == "placement_list"}
    assert (listed["KOR"].tier, listed["KOR"].change, listed["KOR"].standards) == ("1", "remained", "fully_meets")
    assert (listed["COD"].tier, listed["COD"].change) == ("2WL", "remained")
    assert listed["KHM"].standards == "not_fully_meets_significant_efforts"
    assert all(t.section == "tier_placements" and t.page == 3 for t in listed.values())


def _actor(name: str, start: int, **fields) -> Actor:
    return Actor(doc_id="r", text=name, start=start, end=start + len(name), sentence=0, rule="test", name=name,
                 actor_kind=fields.pop("actor_kind", "person"),
                 mentions=[Mention(text=name, start=start, end=start + len(name))], **fields)


def test_merge_actors_joins_one_key_across_units():
    first = _actor("Ama Owusu", 10, country="GHA")
    later = _actor("Owusu", 900, role="prosecutor", aliases=["A. Owusu"])
    other = _actor("Ama Owusu", 2000)
    merged = merge_actors([("p:owusu", first), ("p:owusu", later), ("p:owusu2", other)])
    assert len(merged) == 2
    joined = merged[0]
    assert (joined.name, joined.start, joined.country, joined.role) == ("Ama Owusu", 10, "GHA", "prosecutor")
    assert joined.aliases == ["Owusu", "A. Owusu"]
    assert [m.start for m in joined.mentions] == [10, 900]
    assert merged[1] is other


def test_report_workers():
    short = two_narratives()
    assert report_workers(short, None) == 1  # too short to be worth a process
    assert report_workers(short, 3) == 3
    assert report_workers(short, 0) == 1


@pytest.mark.parametrize("name", ["sample", "two"])
def test_tier_statements_are_those_of_the_whole_text(name):
    document = sample() if name == "sample" else two_narratives()
    whole = facts_from_doc(document, annotate(document)).tier_statements
    assert len(whole) >= 3
    assert [t.model_dump() for t in extract_document(document, workers=1).tier_statements] == \
        [t.model_dump() for t in whole]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Armenia was downgraded to Tier 2.77AR in June.", 26, 32),  # a page number glued to the tier
    ("Armenia was downgraded to Tier 2.77AR in June.", 0, 7),
    ("the (NCCT) said \u2014 Cambodia remained on Tier 2", 5, 7),  # inside a bracketed acronym
    ("The report\u2019s Tier 2 Watch List kept Laos.", 4, 12),
])
def test_token_aligned_widens_as_a_whole_doc_would(nlp, text, start, end):
    from ctip_extract.narratives import _token_aligned

    span = nlp.make_doc(text).char_span(start, end, alignment_mode="expand")
    assert _token_aligned(nlp, text, start, end) == (span.start_char, span.end_char)
