"""Report structure: report year, narratives with their countries, subsections, placement list."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from ctip_extract.documents.pdf import load_pdf
from ctip_extract.documents.pdf.structure import find_sections, report_facts
from ctip_extract.extract import extract_file

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"


@lru_cache(maxsize=None)
def loaded(name: str, backend: str = "pdfium"):
    return load_pdf(FIXTURES / f"{name}.pdf", backend=backend, workers=1)


@pytest.mark.parametrize(
    ("heads", "front", "year", "published"),
    [
        (["2018 TRAFFICKING IN PERSONS REPORT", "CAMBODIA"], "", 2018, "2018"),
        (["TRAFFICKING IN PERSONS REPORT 2021"] * 3, "", 2021, "2021"),
        (["TRAFFICKING IN PERSONS REPORT JUNE 2019"], "", 2019, "2019-06"),
        ([], "TRAFFICKING IN PERSONS REPORT\n\nJUNE 2017\n\nINTRODUCTION", 2017, "2017-06"),
        # The most frequent year wins over a stray one.
        (["2016 TRAFFICKING IN PERSONS REPORT"] * 4 + ["TRAFFICKING IN PERSONS REPORT 2015"], "", 2016,
         "2016"),
        (["ANNUAL REPORT 2018", "PAGE 4"], "A report on labor markets", None, None),
    ],
)
def test_report_facts(heads, front, year, published):
    facts = report_facts(heads, front)
    assert (facts.report_year, facts.published) == (year, published)


TEXT = """TIER PLACEMENTS

TIER 1

Norway

TIER 2

Cambodia

TIER 3

Eritrea

HOW TO READ A COUNTRY NARRATIVE

COUNTRY X: TIER 2

This sample narrative shows the parts of a narrative.

CAMBODIA: TIER 2

The government made efforts.

RECOMMENDATIONS FOR CAMBODIA:

Prosecute complicit officials.

PROSECUTION

Police investigated cases.

PROTECTION

Shelters opened.

PREVENTION

A plan was adopted.

TRAFFICKING PROFILE

Traffickers exploit workers.

ST. VINCENT AND THE GRENADINES: TIER 2

The government made efforts.

PRIORITIZED RECOMMENDATIONS:

Train police.

TRAFFICKING PROFILE

Traffickers exploit children.

RELEVANT INTERNATIONAL CONVENTIONS

A table of ratifications follows.
"""


def test_find_sections_on_text_written_for_the_test():
    sections = find_sections(TEXT)
    got = [(s.label, s.country, s.title, TEXT[s.start:s.end].split("\n")[0]) for s in sections]
    assert got == [
        ("tier_placements", None, "TIER PLACEMENTS", "TIER PLACEMENTS"),
        ("narrative", "KHM", "CAMBODIA", "CAMBODIA: TIER 2"),
        ("recommendations", "KHM", "RECOMMENDATIONS FOR CAMBODIA", "RECOMMENDATIONS FOR CAMBODIA:"),
        ("prosecution", "KHM", "PROSECUTION", "PROSECUTION"),
        ("protection", "KHM", "PROTECTION", "PROTECTION"),
        ("prevention", "KHM", "PREVENTION", "PREVENTION"),
        ("profile", "KHM", "TRAFFICKING PROFILE", "TRAFFICKING PROFILE"),
        ("narrative", "VCT", "ST. VINCENT AND THE GRENADINES", "ST. VINCENT AND THE GRENADINES: TIER 2"),
        ("recommendations", "VCT", "PRIORITIZED RECOMMENDATIONS", "PRIORITIZED RECOMMENDATIONS:"),
        ("profile", "VCT", "TRAFFICKING PROFILE", "TRAFFICKING PROFILE"),
    ]
    placements = TEXT[sections[0].start:sections[0].end]
    assert placements.endswith("Eritrea")
    # The last narrative stops at the next part of the report.
    assert TEXT[sections[7].start:sections[7].end].endswith("Traffickers exploit children.")


@pytest.mark.parametrize("backend", ["plumber", "pdfium"])
@pytest.mark.parametrize("name", ["tip_sample", "tip_quirks"])
def test_fixture_structure(name, backend):
    doc = loaded(name, backend)
    assert doc.kind == "tip_report" and doc.meta["report_year"] == 2018
    assert doc.published == ("2018-06" if name == "tip_sample" else "2018")
    narratives = [s for s in doc.sections if s.label == "narrative"]
    assert [(s.country, s.title) for s in narratives] == [
        ("KHM", "CAMBODIA"),
        ("COD", "CONGO, DEMOCRATIC REPUBLIC OF THE"),
        ("KOR", "KOREA, REPUBLIC OF"),
        ("LBY", "LIBYA"),
    ]
    for s in narratives:
        subs = [x.label for x in doc.sections if x.country == s.country and x.label != "narrative"]
        assert all(s.start <= x.start < x.end <= s.end for x in doc.sections if x.country == s.country)
        if s.country == "LBY":
            assert subs == ["government_efforts", "profile"]
        else:
            assert subs == ["recommendations", "prosecution", "protection", "prevention", "profile"]
    placements = [s for s in doc.sections if s.label == "tier_placements"]
    assert len(placements) == 1
    listed = doc.text[placements[0].start:placements[0].end]
    assert listed.startswith("TIER PLACEMENTS") and listed.endswith("Libya")
    assert "\nTIER 2 WATCH LIST\n" in listed
    # Headings stand on lines of their own, as the tier component reads them.
    assert "\nCONGO, DEMOCRATIC REPUBLIC OF THE: TIER 2 WATCH LIST\n" in doc.text


def test_sections_are_ordered_outermost_first():
    doc = loaded("tip_sample")
    keys = [(s.start, -(s.end - s.start)) for s in doc.sections]
    assert keys == sorted(keys)
    offset = doc.text.index("The government maintained law enforcement")
    assert [s.label for s in doc.sections_at(offset)] == ["narrative", "prosecution"]


def test_records_from_a_pdf_carry_their_page(nlp):
    (facts,) = extract_file(FIXTURES / "tip_sample.pdf", nlp=nlp)
    doc = loaded("tip_sample")
    for record in facts.records:
        assert record.page == doc.page_at(record.start)
