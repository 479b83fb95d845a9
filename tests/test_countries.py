"""The country lexicon: TIP Report and Factbook spellings, demonyms, codes, and mentions in text."""

from __future__ import annotations

import re

import pycountry
import pytest

from ctip_extract.rules.countries import (
    LEXICON,
    country_by_code,
    find_country_mentions,
    fold,
    lookup_country,
    lookup_demonym,
)
from ctip_extract.rules.resources import read_jsonl


@pytest.mark.parametrize(
    ("name", "code", "short"),
    [
        ("Burma", "MMR", "Burma"),
        ("Myanmar", "MMR", "Burma"),
        ("Burma (Myanmar)", "MMR", "Burma"),
        ("North Korea", "PRK", "North Korea"),
        ("Korea, Democratic People's Republic of", "PRK", "North Korea"),
        ("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "PRK", "North Korea"),
        ("Korea, North", "PRK", "North Korea"),
        ("DPRK", "PRK", "North Korea"),
        ("South Korea", "KOR", "South Korea"),
        ("Korea, Republic of", "KOR", "South Korea"),
        ("Korea, South", "KOR", "South Korea"),
        ("Congo, Republic of the", "COG", "Republic of the Congo"),
        ("Republic of the Congo", "COG", "Republic of the Congo"),
        ("Congo, Democratic Republic of the", "COD", "Democratic Republic of the Congo"),
        ("DRC", "COD", "Democratic Republic of the Congo"),
        ("Gambia, The", "GMB", "The Gambia"),
        ("THE GAMBIA", "GMB", "The Gambia"),
        ("Bahamas, The", "BHS", "The Bahamas"),
        ("Cote d'Ivoire", "CIV", "Cote d'Ivoire"),
        ("Côte d’Ivoire", "CIV", "Cote d'Ivoire"),
        ("Ivory Coast", "CIV", "Cote d'Ivoire"),
        ("Kosovo", "XKX", "Kosovo"),
        ("Macedonia", "MKD", "North Macedonia"),
        ("North Macedonia", "MKD", "North Macedonia"),
        ("Russia", "RUS", "Russia"),
        ("Russian Federation", "RUS", "Russia"),
        ("Turkey", "TUR", "Turkey"),
        ("Türkiye", "TUR", "Turkey"),
        ("Turkiye", "TUR", "Turkey"),
        ("Brunei", "BRN", "Brunei"),
        ("Laos", "LAO", "Laos"),
        ("Macau", "MAC", "Macau"),
        ("Macao", "MAC", "Macau"),
        ("Curacao", "CUW", "Curacao"),
        ("CURAÇAO", "CUW", "Curacao"),
        ("Sint Maarten", "SXM", "St. Maarten"),
        ("ST. MAARTEN", "SXM", "St. Maarten"),
        ("St. Vincent and the Grenadines", "VCT", "St. Vincent and the Grenadines"),
        ("Saint Vincent and the Grenadines", "VCT", "St. Vincent and the Grenadines"),
        ("St. Lucia", "LCA", "St. Lucia"),
        ("Saint Lucia", "LCA", "St. Lucia"),
        ("St. Kitts and Nevis", "KNA", "St. Kitts and Nevis"),
        ("Swaziland", "SWZ", "Eswatini"),
        ("Eswatini", "SWZ", "Eswatini"),
        ("UAE", "ARE", "United Arab Emirates"),
        ("United Arab Emirates", "ARE", "United Arab Emirates"),
        ("Czech Republic", "CZE", "Czech Republic"),
        ("Micronesia, Federated States of", "FSM", "Micronesia"),
        ("FSM", "FSM", "Micronesia"),
        ("Timor-Leste", "TLS", "Timor-Leste"),
        ("East Timor", "TLS", "Timor-Leste"),
        ("Taiwan", "TWN", "Taiwan"),
        ("Hong Kong", "HKG", "Hong Kong"),
        ("Vatican", "VAT", "Holy See"),
        ("Holy See", "VAT", "Holy See"),
        ("West Bank", "PSE", "Palestinian Territories"),
        ("Gaza Strip", "PSE", "Palestinian Territories"),
        ("Kyrgyz Republic", "KGZ", "Kyrgyzstan"),
        ("Cabo Verde", "CPV", "Cabo Verde"),
        ("Cape Verde", "CPV", "Cabo Verde"),
        ("Marshall Islands", "MHL", "Marshall Islands"),
        ("RMI", "MHL", "Marshall Islands"),
        ("CAR", "CAF", "Central African Republic"),
        ("Vietnam", "VNM", "Vietnam"),
        ("Viet Nam", "VNM", "Vietnam"),
        ("Syria", "SYR", "Syria"),
        ("Iran", "IRN", "Iran"),
        ("Bolivia", "BOL", "Bolivia"),
        ("Tanzania", "TZA", "Tanzania"),
        ("Moldova", "MDA", "Moldova"),
        ("Venezuela", "VEN", "Venezuela"),
        ("United States of America", "USA", "United States"),
        ("U.S.", "USA", "United States"),
        ("United Kingdom", "GBR", "United Kingdom"),
        ("Great Britain", "GBR", "United Kingdom"),
        ("Netherlands", "NLD", "Netherlands"),
        ("The Netherlands", "NLD", "Netherlands"),
        ("Philippines", "PHL", "Philippines"),
        ("Saint Helena, Ascension, and Tristan da Cunha", "SHN", "Saint Helena"),
        ("Netherlands Antilles", "ANT", "Netherlands Antilles"),
        ("Serbia and Montenegro", "SCG", "Serbia and Montenegro"),
        ("Ruritania", None, None),
        ("Korea", None, None),
        ("", None, None),
    ],
)
def test_lookup_country(name, code, short):
    country = lookup_country(name)
    assert (country.alpha3 if country else None, country.name if country else None) == (code, short)


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Cambodian", "KHM"), ("Cambodians", "KHM"), ("Khmer", "KHM"), ("Burmese", "MMR"), ("Filipino", "PHL"),
        ("Filipinos", "PHL"), ("Nigerien", "NER"), ("Nigerian", "NGA"), ("Congolese", "COD"), ("Thai", "THA"),
        ("Thais", "THA"), ("Emirati", "ARE"), ("Ivorian", "CIV"), ("Kosovar", "XKX"), ("Swazi", "SWZ"),
        ("North Korean", "PRK"), ("South Korean", "KOR"), ("Lao", "LAO"), ("Laotian", "LAO"),
        ("Malagasy", "MDG"), ("Basotho", "LSO"), ("Motswana", "BWA"), ("Timorese", "TLS"), ("Salvadoran", "SLV"),
        ("Bissau-Guinean", "GNB"), ("Guinean", "GIN"), ("Dutch", "NLD"), ("British", "GBR"), ("Swiss", "CHE"),
        ("Palestinian", "PSE"), ("Macanese", "MAC"), ("Taiwanese", "TWN"), ("Kyrgyz", "KGZ"),
        ("Korean", None), ("Ruritanian", None),
    ],
)
def test_lookup_demonym(word, code):
    country = lookup_demonym(word)
    assert (country.alpha3 if country else None) == code


@pytest.mark.parametrize(("code", "name"), [("khm", "Cambodia"), ("XKX", "Kosovo"), ("PRK", "North Korea"),
                                           ("ZZZ", None)])
def test_country_by_code(code, name):
    country = country_by_code(code)
    assert (country.name if country else None) == name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Therefore the DPRK remained on Tier 3.", [("DPRK", "PRK")]),
        ("The Government of the Democratic People's Republic of Korea (DPRK or North Korea) does not",
         [("Democratic People's Republic of Korea", "PRK"), ("DPRK", "PRK"), ("North Korea", "PRK")]),
        ("Cambodia's government and Côte d'Ivoire", [("Cambodia", "KHM"), ("Côte d'Ivoire", "CIV")]),
        ("CONGO, REPUBLIC OF THE and the Democratic Republic of the Congo",
         [("CONGO, REPUBLIC OF THE", "COG"), ("Democratic Republic of the Congo", "COD")]),
        ("Niger and Nigeria; St. Lucia", [("Niger", "NER"), ("Nigeria", "NGA"), ("St. Lucia", "LCA")]),
        ("the US and us", [("US", "USA")]),  # short names only in capitals
        ("a georgia peach and a turkey", []),  # names start with a capital
        ("287MALAYSIAoften", []),  # glued running heads are not names
        ("the Cambodian authorities", [("Cambodian", "KHM")]),  # with demonyms=True only
    ],
)
def test_find_country_mentions(text, found):
    demonyms = "Cambodian" in text
    got = [(text[m.start:m.end], m.country.alpha3) for m in find_country_mentions(text, demonyms=demonyms)]
    assert got == found


def test_lexicon_rows_are_consistent():
    rows = read_jsonl(LEXICON, required=("alpha3", "name"))
    codes = [r["alpha3"] for r in rows]
    assert len(codes) == len(set(codes)), "one row a country"
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert {c.alpha_3 for c in pycountry.countries} <= set(codes), "every ISO country has a row"
    owner: dict[str, str] = {}
    for row in rows:
        for word in [row["name"], *row.get("names", []), *row.get("demonyms", [])]:
            key = fold(word)
            assert owner.setdefault(key, row["alpha3"]) == row["alpha3"], f"{word!r} names two countries"
    for row in rows:  # the short name of a row finds that row
        assert lookup_country(row["name"]).alpha3 == row["alpha3"]
