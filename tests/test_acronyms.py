"""Acronym detection and expansion matching (rules/acronyms.py): tables of words -> result."""

from __future__ import annotations

import pytest

from ctip_extract.rules.acronyms import (
    acronym_letters, expansion_matches, is_acronym, long_form_start, spells, translated_long_form_start,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("NAPTIP", True),
        ("USAID", True),
        ("ISIS-WA", True),
        ("J/TIP", True),
        ("MoSVY", True),
        ("UN", True),
        ("NGOs", True),
        ("Winrock", False),
        ("A", False),
        ("Tier", False),
        ("2018", False),
        ("naptip", False),
    ],
)
def test_is_acronym(word, expected):
    assert is_acronym(word) is expected


@pytest.mark.parametrize(
    ("acronym", "letters"),
    [("U.S.A.I.D.", "USAID"), ("NGOs", "NGO"), ("ISIS-WA", "ISISWA"), ("J/TIP", "JTIP"), ("MoSVY", "MOSVY")],
)
def test_acronym_letters(acronym, letters):
    assert acronym_letters(acronym) == letters


@pytest.mark.parametrize(
    ("acronym", "before", "long_form"),
    [
        # function words may give their initial or nothing
        ("NAPTIP", "funds went to the National Agency for the Prohibition of Trafficking in Persons",
         "National Agency for the Prohibition of Trafficking in Persons"),
        ("MOS", "last year the Ministry of Security", "Ministry of Security"),
        ("NCCT", "a report by the National Committee for Counter Trafficking",
         "National Committee for Counter Trafficking"),
        ("DCIM", "the Department to Combat Irregular Migration", "Department to Combat Irregular Migration"),
        ("MEWM", "the Ministry of Equality between Women and Men", "Ministry of Equality between Women and Men"),
        ("CPAM", "a study by the Centre for Protection from Abuse and Mistreatment",
         "Centre for Protection from Abuse and Mistreatment"),
        # an all-capital word may give all its letters
        ("USAID", "a grant from the US Agency for International Development",
         "US Agency for International Development"),
        # hyphenated words give one initial a part, or only the first
        ("AHTJP", "officers of the Anti-Human Trafficking Juvenile Police", "Anti-Human Trafficking Juvenile Police"),
        ("OSCE", "the Organization for Security and Co-operation in Europe",
         "Organization for Security and Co-operation in Europe"),
        # a generic last word may give nothing
        ("CTIP", "the Cambodia Countering Trafficking-in-Persons Program", "Countering Trafficking-in-Persons Program"),
        ("NCPTF", "the Northland Child Protection Task Force", "Northland Child Protection Task Force"),
        ("NCP", "referred to the Northland Child Protection Task Force", "Northland Child Protection Task Force"),
        ("ATIP", "it set up the Anti-Trafficking in Persons Task Force", "Anti-Trafficking in Persons Task Force"),
        # the shortest tail wins: a demonym before the name is not part of it
        ("GNA", "the Libyan Government of National Accord", "Government of National Accord"),
        ("UNODC", "experts from the United Nations Office on Drugs and Crime",
         "United Nations Office on Drugs and Crime"),
        ("CJTF", "recruited by the Civilian Joint Task Force", "Civilian Joint Task Force"),
        ("IOM", "with support from the International Organization for Migration",
         "International Organization for Migration"),
        # a head before "of" may give the last letter ("International Labor Affairs Bureau")
        ("ILAB", "a grant from the Bureau of International Labor Affairs", "Bureau of International Labor Affairs"),
        ("IWAO", "staff of the Office for International Worker Affairs", "Office for International Worker Affairs"),
    ],
)
def test_long_form_start(acronym, before, long_form):
    words = before.split()
    start = long_form_start(acronym, words)
    assert start is not None
    assert " ".join(words[start:]) == long_form


@pytest.mark.parametrize(
    ("acronym", "before"),
    [
        ("IDP", "shelters for internally displaced persons"),  # lower-case: not a name
        ("TVPA", "as required by the Trafficking Victims Act"),  # a letter missing
        ("ILO", "the standards of the Inter-Agency Commission"),  # initials differ
        ("XYZ", ""),
        ("N", "the National Police"),  # one letter is no acronym
        ("LABI", "the Bureau of International Labor Affairs"),  # the head goes last or first, nowhere else
    ],
)
def test_long_form_start_none(acronym, before):
    assert long_form_start(acronym, before.split()) is None


@pytest.mark.parametrize(
    ("acronym", "before", "long_form"),
    [
        ("DGSN", "worked with the Director General of National Security", "Director General of National Security"),
        ("DNP", "raids by the National Police Directorate", "National Police Directorate"),
        ("DGSN", "The Delegate General of National Security", "Delegate General of National Security"),
        ("CNCT", "the National Committee against Child Trafficking", "National Committee against Child Trafficking"),
        ("DNP", "the National Police", None),  # a letter short
        ("SN", "the National Service", None),  # two letters: too easily a coincidence
        ("DGSN", "the director general of National Security", None),  # words in small letters
        ("EPPA", "the Agency for Placement Abroad in Private Establishments", None),  # the name goes on before
    ],
)
def test_translated_long_form_start(acronym, before, long_form):
    words = before.split()
    start = translated_long_form_start(acronym, words)
    assert (None if start is None else " ".join(words[start:])) == long_form


@pytest.mark.parametrize(
    ("letters", "words", "expected"),
    [
        ("MOI", ["Ministry", "of", "Interior"], True),
        ("MI", ["Ministry", "of", "Interior"], True),
        ("MOI", ["of", "Interior"], False),  # a long form does not start with a function word
        ("MOHR", ["Ministry", "of", "Human", "Resources"], True),
        ("MHRX", ["Ministry", "of", "Human", "Resources"], False),
        ("USAID", ["U.S.", "Agency", "for", "International", "Development"], True),
    ],
)
def test_spells(letters, words, expected):
    assert spells(letters, words) is expected


@pytest.mark.parametrize(
    ("acronym", "inside", "expected"),
    [
        ("NAPTIP", "National Agency for the Prohibition of Trafficking in Persons", True),
        ("RMP", "Royal Malaysia Police", True),
        ("RMP", "Royal Malaysia Police and immigration officers", False),
        ("ILAB", "Bureau of International Labor Affairs", True),
        ("PROTEX", "the anti-trafficking prosecutor's office", False),
    ],
)
def test_expansion_matches(acronym, inside, expected):
    assert expansion_matches(acronym, inside.split()) is expected
