"""Tier statements: tier words, changes, standards, report years, and whole texts (issues 2 and 3)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from ctip_extract.errors import RuleFileError
from ctip_extract.rules.tiers import (
    change_between,
    find_standards,
    find_tier_statements,
    load_tier_rules,
    parse_tier,
    report_year_in,
    segment_countries,
    simple_sentences,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.parametrize(
    ("words", "tier"),
    [
        ("TIER 1", "1"),
        ("Tier 2", "2"),
        ("tier two", "2"),
        ("Tier II", "2"),
        ("Tier-3", "3"),
        ("Tier Three", "3"),
        ("TIER 2 WATCH LIST", "2WL"),
        ("Tier 2 Watch list", "2WL"),
        ("Tier 2 Watch-List", "2WL"),
        ("Watch List", "2WL"),
        ("SPECIAL CASE", "special"),
        ("Special Cases", "special"),
        ("Special Category", "special"),
        ("Tier 4", None),
        ("watch tower", None),
    ],
)
def test_parse_tier(words, tier):
    assert parse_tier(words) == tier


@pytest.mark.parametrize(
    ("previous", "current", "change"),
    [
        ("2", "2", "remained"),
        ("2WL", "2", "upgraded"),
        ("3", "2WL", "upgraded"),
        ("2", "1", "upgraded"),
        ("1", "2", "downgraded"),
        ("2WL", "3", "downgraded"),
        ("special", "special", "remained"),
        ("special", "3", None),
        (None, "2", None),
    ],
)
def test_change_between(previous, current, change):
    assert change_between(previous, current) == change


@pytest.mark.parametrize(
    ("sentence", "standards"),
    [
        ("The Government of Ruritania fully meets the minimum standards for the elimination of trafficking.",
         "fully_meets"),
        ("The government fully complies with the minimum standards for the elimination of trafficking.",
         "fully_meets"),
        ("The Government of Ruritania does not fully meet the minimum standards for the elimination of "
         "trafficking; however, it is making significant efforts to do so.", "not_fully_meets_significant_efforts"),
        ("The ministry did not fully meet the minimum standards for the elimination of trafficking, though it "
         "has made significant efforts to do so, the report said.", "not_fully_meets_significant_efforts"),
        ("Freedonia does not meet the minimum standards for the elimination of trafficking, but is making "
         "significant efforts to do so.", "not_fully_meets_significant_efforts"),
        ("Freedonia does not comply fully with the minimum standards for the elimination of human trafficking "
         "and is not making significant efforts to do so.", "not_fully_meets_no_significant_efforts"),
        ("The government does not fully meet the minimum standards for the elimination of trafficking and is "
         "not making significant efforts to do so; therefore it remained on Tier 3.",
         "not_fully_meets_no_significant_efforts"),
        ("The government did not meet the minimum standards in several key areas.", None),
        # plural subjects: "authorities fully meet"; "do not fully meet" alone is no "meets"
        ("Ruritanian authorities fully meet the minimum standards for the elimination of trafficking.",
         "fully_meets"),
        ("The authorities do not fully meet the minimum standards for the elimination of trafficking.", None),
        ("Officials discussed the minimum standards at a workshop.", None),
    ],
)
def test_find_standards(sentence, standards):
    found = find_standards(sentence)
    assert (found[0] if found else None) == standards


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("According to the 2017 Trafficking in Persons report, the country slipped.", 2017),
        ("The State Department's 2019 TIP Report placed it on Tier 3.", 2019),
        ("The U.S. State Department's annual Trafficking in Persons Report 2016 was released.", 2016),
        ("In its 2021 report, the department kept the country on the Watch List.", 2021),
        ("the country made modest progress in 2012 (2013)", 2013),
        ("reported more cases than in 2010 (cited in the 2011 report) (2012)", 2012),
        ("for details see https://www.state.gov/reports/2024-trafficking-in-persons-report/chad/", 2024),
        ("The report was published in June.", None),
        ("Police rescued 2018 workers in 2018.", None),
    ],
)
def test_report_year_in(text, year):
    assert report_year_in(text) == year


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("ARGENTINA  AUSTRALIA  AUSTRIA", ["ARG", "AUS", "AUT"]),
        ("COSTA RICA   CONGO, REPUBLIC OF THE   COTE D'IVOIRE", ["CRI", "COG", "CIV"]),
        ("SOUTH AFRICA SOUTH SUDAN NIGER NIGERIA", ["ZAF", "SSD", "NER", "NGA"]),
        ("Canada, Chile, Colombia and Cyprus.", ["CAN", "CHL", "COL", "CYP"]),
        ("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF   ST. VINCENT AND THE GRENADINES", ["PRK", "VCT"]),
        ("THE BAHAMAS  THE GAMBIA  CURAÇAO", ["BHS", "GMB", "CUW"]),
        ("ARGENTINA  Ministry of Labor", None),
        ("The report covers 187 countries.", None),
        ("", None),
    ],
)
def test_segment_countries(line, codes):
    found = segment_countries(line)
    assert ([c.alpha3 for _, _, c in found] if found else None) == codes
    for start, end, _ in found or ():
        assert line[start:end].strip() == line[start:end]


def test_simple_sentences_keep_abbreviations():
    text = "Dr. Reyes spoke. St. Lucia remained on Tier 2. Next line\nA heading"
    assert [text[s:e] for s, e in simple_sentences(text)] == [
        "Dr. Reyes spoke.", "St. Lucia remained on Tier 2.", "Next line", "A heading",
    ]


# (text, metadata, expected [(country code, tier, report year, change, previous tier, standards)])
NEWS = {"kind": "news", "published": "2021-07-02"}
TIP = {"kind": "tip_report", "published": "2019-06-20"}
FACTBOOK = {"kind": "factbook", "published": "2012"}
CASES = [
    # headings
    ("RURITANIA: TIER 2\n\nPROSECUTION\n", TIP, []),  # not a country
    ("CAMBODIA: TIER 2\n\nThe government increased efforts.", TIP, [("KHM", "2", 2019, None, None, None)]),
    ("LIBYA: SPECIAL CASE\n", TIP, [("LBY", "special", 2019, None, None, None)]),
    ("MALAYSIA: TIER 2 WATCH LIST\n", TIP, [("MYS", "2WL", 2019, None, None, None)]),
    ("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: TIER 3\n", TIP, [("PRK", "3", 2019, None, None, None)]),
    ("CONGO, DEMOCRATIC REPUBLIC OF THE: TIER 2 WATCH LIST\n", TIP, [("COD", "2WL", 2019, None, None, None)]),
    ("Gambia, The (Tier 2)\nThe Gambia is a source country.", TIP, [("GMB", "2", 2019, None, None, None)]),
    ("312 SENEGAL: TIER 2\n", TIP, [("SEN", "2", 2019, None, None, None)]),
    ("ESWATINI\nTier 2 Watch List\nEswatini is a source country.", TIP, [("SWZ", "2WL", 2019, None, None, None)]),
    ("Cambodia\n(Tier 2)\nCambodia is a source country.", TIP, [("KHM", "2", 2019, None, None, None)]),
    ("CAMBODIA - TIER 3\n", TIP, [("KHM", "3", 2019, None, None, None)]),
    # heading + sentences agree, change and standards attached
    ("PERU: TIER 2\n\nThe Government of Peru does not fully meet the minimum standards for the elimination of "
     "trafficking; however, it is making significant efforts to do so. The government demonstrated increasing "
     "efforts; therefore Peru remained on Tier 2.", TIP,
     [("PER", "2", 2019, "remained", "2", "not_fully_meets_significant_efforts")] * 2),
    ("CHILE: TIER 1\n\nThe Government of Chile fully meets the minimum standards for the elimination of "
     "trafficking. The government made key achievements; therefore Chile was upgraded to Tier 1.", TIP,
     [("CHL", "1", 2019, "upgraded", None, "fully_meets")] * 2),
    ("TOGO: TIER 2 WATCH LIST\n\nThe authorities prosecuted fewer cases. Therefore Togo was downgraded to "
     "Tier 2 Watch List.", TIP, [("TGO", "2WL", 2019, "downgraded", None, None)] * 2),
    ("OMAN: TIER 2\n\nThe government did not convict anyone. Therefore the government was downgraded to "
     "Tier 2.", TIP, [("OMN", "2", 2019, "downgraded", None, None)] * 2),
    # a sentence that disagrees with the heading is dropped
    ("FIJI: TIER 2\n\nFiji remained on Tier 2 Watch List for the second consecutive year.", TIP,
     [("FJI", "2", 2019, None, None, None)]),
    # sentences
    ("Guyana remained on Tier 1 for the third consecutive year.", NEWS,
     [("GUY", "1", 2021, "remained", "1", None)]),
    ("Laos is placed on the Tier 2 Watch List.", NEWS, [("LAO", "2WL", 2021, None, None, None)]),
    ("Ghana remained on Tier 2 Watch List for the second consecutive year.", NEWS,
     [("GHA", "2WL", 2021, "remained", "2WL", None)]),
    ("Somalia remains a Special Case for the twelfth consecutive year.", NEWS,
     [("SOM", "special", 2021, "remained", "special", None)]),
    ("The State Department downgraded Qatar to Tier 2 Watch List in its 2020 report.", NEWS,
     [("QAT", "2WL", 2020, "downgraded", None, None)]),
    ("Vietnam moved from Tier 2 Watch List to Tier 2 in the 2019 TIP Report.", NEWS,
     [("VNM", "2", 2019, "upgraded", "2WL", None)]),
    ("Kenya was upgraded to Tier 2 from the Tier 2 Watch List.", NEWS,
     [("KEN", "2", 2021, "upgraded", "2WL", None)]),
    ("Oman, Kuwait and Bahrain were placed on Tier 2.", NEWS,
     [("OMN", "2", 2021, None, None, None), ("KWT", "2", 2021, None, None, None),
      ("BHR", "2", 2021, None, None, None)]),
    ("Mongolia, which had spent two years on the Watch List, was upgraded to Tier 2.", NEWS,
     [("MNG", "2", 2021, "upgraded", None, None)]),
    ("Uzbekistan received an automatic downgrade to Tier 3 after three years on the Watch List.", NEWS,
     [("UZB", "3", 2021, "downgraded", "2WL", None), ("UZB", "2WL", 2020, None, None, None)]),
    ("Because it had been on the Watch List for four years, Belize was automatically downgraded to Tier 3.", NEWS,
     [("BLZ", "3", 2021, "downgraded", None, None)]),
    ("Jamaica was granted a waiver from an otherwise required downgrade to Tier 3 and remained on Tier 2 Watch "
     "List for the third consecutive year.", NEWS, [("JAM", "2WL", 2021, "remained", "2WL", None)]),
    ("The country's ranking fell: Chad was downgraded to Tier 3 in the 2025 Trafficking in Persons Report.", NEWS,
     [("TCD", "3", 2025, "downgraded", None, None)]),
    ("Thailand, which was upgraded to Tier 2 Watch List last year, hopes to move up.", NEWS,
     [("THA", "2WL", 2020, "upgraded", None, None)]),
    ("Malaysia was downgraded to Tier 3 in 2014 and upgraded to the Tier 2 Watch List in 2015.", NEWS,
     [("MYS", "3", 2014, "downgraded", None, None), ("MYS", "2WL", 2015, "upgraded", None, None)]),
    ("US downgrades Malaysia to Tier 3", NEWS, [("MYS", "3", 2021, "downgraded", None, None)]),
    ("Sri Lanka was once again placed on Tier 2.", NEWS, [("LKA", "2", 2021, "remained", "2", None)]),
    ("Although it again failed to convict officials, Sri Lanka was placed on Tier 2.", NEWS,
     [("LKA", "2", 2021, None, None, None)]),
    ("Nigeria stays on the Tier 2 watchlist this year.", NEWS, [("NGA", "2WL", 2021, "remained", "2WL", None)]),
    # two sentences that disagree about one year: the first is kept
    ("Peru was placed on Tier 2. Peru was placed on Tier 1.", NEWS, [("PER", "2", 2021, None, None, None)]),
    # hypotheticals, negations and definitions are not statements
    ("The US could downgrade Malaysia to Tier 3.", NEWS, []),
    ("Without a waiver, Nepal would have been downgraded to Tier 3.", NEWS, []),
    ("Officials fear Nepal could be downgraded to Tier 3 next year.", NEWS, []),
    ("If Nepal is downgraded to Tier 3, it may lose some assistance.", NEWS, []),
    ("Nepal was not downgraded to Tier 2 Watch List.", NEWS, []),
    ("Nepal is expected to be upgraded to Tier 1.", NEWS, []),
    ("Tier 2 countries are those whose governments do not fully meet the minimum standards.", NEWS, []),
    ("Nepal was placed on the Special Watch List in 2005.", NEWS, []),
    ("The Tier 3 ranking can bring sanctions.", NEWS, []),
    ("Nepal faces a downgrade to Tier 3.", NEWS, []),
    # news: the report year comes from the article, the standards from "the Xian government"
    ("According to the 2018 Trafficking in Persons report, the Cambodian government did not fully meet the "
     "minimum standards for the elimination of human trafficking, though it has made significant efforts.\n"
     "\"Therefore Cambodia remained in Tier 2,\" the report said.", {"kind": "news", "published": "2018-10-01"},
     [("KHM", "2", 2018, "remained", "2", "not_fully_meets_significant_efforts")]),
    # Factbook entries: label line, the country on the first line, the cited year or none
    ("Ruritania\ntier rating: Tier 2 Watch List - Ruritania\n", FACTBOOK, []),
    ("Algeria\ntier rating: Tier 3 - Algeria does not fully comply with the minimum standards for the "
     "elimination of trafficking and is not making significant efforts to do so (2014)", FACTBOOK,
     [("DZA", "3", 2014, None, None, "not_fully_meets_no_significant_efforts")]),
    ("United Arab Emirates\ntier rating: Tier 2 Watch List - UAE is placed on the Tier 2 Watch List for its "
     "failure to show increased efforts", FACTBOOK, [("ARE", "2WL", None, None, None, None)] * 2),
    ("Burma (Myanmar)\ntier rating: Tier 2 Watch List Burma did not demonstrate overall increasing efforts; "
     "therefore Burma remained on Tier 2 Watch List (2016)", FACTBOOK,
     [("MMR", "2WL", 2016, "remained", "2WL", None)] * 2),
    ("Haiti\ntier rating: Special Case; for more details, go to: "
     "https://www.state.gov/reports/2025-trafficking-in-persons-report/haiti/", FACTBOOK,
     [("HTI", "special", 2025, None, None, None)]),
    ("Korea, North\ntier rating: Tier 3 - the government does not fully comply with the minimum standards",
     FACTBOOK, [("PRK", "3", None, None, None, None)]),
    # a tier placement list (issue 3)
    ("2019 TIP REPORT\nTIER PLACEMENTS\n\nTIER 1\nARGENTINA  AUSTRALIA\nCHILE\n\nTIER 2\nALBANIA  "
     "CONGO, REPUBLIC OF THE\n\nTIER 2 WATCH LIST\nALGERIA\n\nTIER 3\nBELARUS  BURMA\n\nSPECIAL CASES\n"
     "LIBYA  YEMEN\n\nThe narratives follow.", TIP,
     [("ARG", "1", 2019, None, None, None), ("AUS", "1", 2019, None, None, None),
      ("CHL", "1", 2019, None, None, None), ("ALB", "2", 2019, None, None, None),
      ("COG", "2", 2019, None, None, None), ("DZA", "2WL", 2019, None, None, None),
      ("BLR", "3", 2019, None, None, None), ("MMR", "3", 2019, None, None, None),
      ("LBY", "special", 2019, None, None, None), ("YEM", "special", 2019, None, None, None)]),
    # a list and a narrative heading disagree: the country's own heading wins, the list entry goes
    ("TIER PLACEMENTS\n\nTIER 1\nChile\n\nTIER 2\nJordan\nKenya\n\nKENYA: TIER 2 WATCH LIST\n\n"
     "The government made efforts.", TIP,
     [("CHL", "1", 2019, None, None, None), ("JOR", "2", 2019, None, None, None),
      ("KEN", "2WL", 2019, None, None, None)]),
    ("TIER 2\nBelize\nChile\n\nCHILE: TIER 1\n\nBELIZE: TIER 2\n", TIP,
     [("BLZ", "2", 2019, None, None, None), ("CHL", "1", 2019, None, None, None),
      ("BLZ", "2", 2019, None, None, None)]),
    ("NAURU: TIER 3\n\nThe government made no efforts.\n\nTIER 2 WATCH LIST\nNauru\nPalau\n", TIP,
     [("NRU", "3", 2019, None, None, None), ("PLW", "2WL", 2019, None, None, None)]),
    ("Tier 1: Canada, Chile and Cyprus.\nTier 3: Eritrea, Iran\n", NEWS,
     [("CAN", "1", 2021, None, None, None), ("CHL", "1", 2021, None, None, None),
      ("CYP", "1", 2021, None, None, None), ("ERI", "3", 2021, None, None, None),
      ("IRN", "3", 2021, None, None, None)]),
    ("TIER 1\nThe first tier is for governments that meet the standards.", NEWS, []),
    # years spent on a tier before the statement give the previous tier (and the change, when unsaid)
    ("The State Department upgraded Thailand to Tier 2 in its report, after two years on the "
     "Tier 2 Watch List.", NEWS, [("THA", "2", 2021, "upgraded", "2WL", None), ("THA", "2WL", 2020, None, None, None)]),
    ("Laos was placed on Tier 3, after four straight years on the Watch List.", NEWS,
     [("LAO", "3", 2021, "downgraded", "2WL", None), ("LAO", "2WL", 2020, None, None, None)]),
    ("Chile stayed on Tier 1 after eight years on Tier 1.", NEWS, [("CHL", "1", 2021, "remained", "1", None)]),
    ("Observers have ranked Portugal as a Tier 1 country for seven consecutive years.", NEWS,
     [("PRT", "1", 2021, "remained", "1", None)]),
    # a second verb phrase of the same subject has its own year, not the one cited for the first ("a year
    # later" counts from it)
    ("Nepal was downgraded to the Tier 2 Watch List in the 2019 TIP report and upgraded to Tier 2 a year later.",
     NEWS, [("NPL", "2WL", 2019, "downgraded", None, None), ("NPL", "2", 2020, "upgraded", None, None)]),
    ("Ireland was downgraded to the Tier 2 Watch List in 2020. It returned to Tier 2 the following year.",
     NEWS, [("IRL", "2WL", 2020, "downgraded", None, None), ("IRL", "2", 2021, "upgraded", "2WL", None)]),
    ("Thailand was downgraded to the Tier 2 Watch List in 2021 but was upgraded back to Tier 2 the following year.",
     NEWS, [("THA", "2WL", 2021, "downgraded", None, None), ("THA", "2", 2022, "upgraded", None, None)]),
    ("Malaysia was downgraded to Tier 3 in the 2021 report, before returning to the Tier 2 Watch List in the "
     "following year's report.", NEWS,
     [("MYS", "3", 2021, "downgraded", None, None), ("MYS", "2WL", 2022, "upgraded", "3", None)]),
    ("The department kept Pakistan on Tier 2, a year after the country was upgraded from the Tier 2 Watch List.",
     {"kind": "news", "published": "2023-11-15"},
     [("PAK", "2", 2023, "remained", "2", None), ("PAK", "2", 2022, "upgraded", "2WL", None)]),
    ("Nepal was downgraded to Tier 3 in 2019 but was upgraded to Tier 2 in 2020.", NEWS,
     [("NPL", "3", 2019, "downgraded", None, None), ("NPL", "2", 2020, "upgraded", None, None)]),
    ("Nepal was downgraded to Tier 3 in 2019, then returned to Tier 2 in 2020.", NEWS,
     [("NPL", "3", 2019, "downgraded", None, None), ("NPL", "2", 2020, None, None, None)]),
    ("Burma was granted a waiver from an otherwise required downgrade to Tier 3 in the 2016 report and "
     "remained on Tier 2 Watch List.", NEWS, [("MMR", "2WL", 2016, "remained", "2WL", None)]),
    ("Ghana was placed on Tier 2. After two years in prison, the trafficker was released.", NEWS,
     [("GHA", "2", 2021, None, None, None)]),
    # an object verb with the tier right after the country; a change named after the tier
    ("The State Department ranked Nigeria Tier 2 this year.", NEWS, [("NGA", "2", 2021, None, None, None)]),
    ("The report placed Cambodia on the Tier 2 Watch List, a downgrade from Tier 2.", NEWS,
     [("KHM", "2WL", 2021, "downgraded", "2", None)]),
    ("Ghana was put on Tier 2, an upgrade from the Tier 2 Watch List.", NEWS,
     [("GHA", "2", 2021, "upgraded", "2WL", None)]),
    # a verb that does not take the country as its object
    ("Officials said Nigeria Tier 2 status was deserved.", NEWS, []),
    # "for three consecutive years" after the agent of the placement
    ("Nigeria has been ranked Tier 1 by the State Department for three consecutive years.", NEWS,
     [("NGA", "1", 2021, "remained", "1", None)]),
    # "it" after a statement and another country's name: the country of the statement
    ("Nigeria was ranked Tier 1 by the US State Department, meaning it fully meets the minimum standards for "
     "the elimination of trafficking.", NEWS, [("NGA", "1", 2021, None, None, "fully_meets")]),
    # "the country" in a news story: the one country named just before its sentence, if only one
    ("Kenya's parliament raised the fines last year. The country remained on Tier 2 in the report.", NEWS,
     [("KEN", "2", 2021, "remained", "2", None)]),
    ("Victims were moved from Nepal to Malaysia. The country remained on Tier 2 in the report.", NEWS, []),
    # a decision taken is no prospect; "in last year's report"
    ("Ministers rejected the decision to downgrade South Africa to the Tier 2 Watch List.", NEWS,
     [("ZAF", "2WL", 2021, "downgraded", None, None)]),
    ("Officials fear a move to downgrade Kenya to Tier 3.", NEWS, []),
    ("The government took note of the decision to drop Guinea-Bissau to Tier 3.", NEWS,
     [("GNB", "3", 2021, "downgraded", None, None)]),
    ("Critics urged Washington to drop Ghana to Tier 3.", NEWS, []),
    # "since": a placement in that year too (and only then, after "had been")
    ("India has sat on Tier 2 since 2011.", NEWS,
     [("IND", "2", 2021, "remained", "2", None), ("IND", "2", 2011, None, None, None)]),
    ("Nigeria had been on Tier 2 since 2004.", NEWS, [("NGA", "2", 2004, None, None, None)]),
    ("Kenya has been on the Tier 2 Watch List for four years.", NEWS, []),
    # "been on" with the reports it names (round 65): one statement a report; "the country" the one named before
    ("Uganda had been on the Tier 2 Watch List in the 2020 and 2021 reports.", NEWS,
     [("UGA", "2WL", 2020, None, None, None), ("UGA", "2WL", 2021, None, None, None)]),
    ("The 2022 report upgraded Uganda to Tier 2. The country had been on the Tier 2 Watch List in the 2020 and 2021 "
     "reports.", NEWS, [("UGA", "2", 2022, "upgraded", None, None), ("UGA", "2WL", 2020, None, None, None),
                        ("UGA", "2WL", 2021, None, None, None)]),
    ("Peru had been on Tier 2 since 2019 and remained there.", NEWS,
     [("PER", "2", 2019, None, None, None), ("PER", "2", 2021, "remained", "2", None)]),
    # a statement repeated for the countries after "as did"; a relative clause between subject and verb
    ("Colombia kept its Tier 1 ranking, as did Chile and Argentina, which the report praised.", NEWS,
     [("COL", "1", 2021, "remained", "1", None), ("CHL", "1", 2021, "remained", "1", None),
      ("ARG", "1", 2021, "remained", "1", None)]),
    ("Niger, which last year was on the Watch List, was downgraded to Tier 3.", NEWS,
     [("NER", "2WL", 2020, None, None, None), ("NER", "3", 2021, "downgraded", None, None)]),
    # a time before the verb; "moved up from ... to"
    ("Last year Oman had slipped to the Watch List from Tier 2.", NEWS, [("OMN", "2WL", 2020, "downgraded", "2", None)]),
    ("Bolivia was moved up from the Watch List to Tier 2.", NEWS, [("BOL", "2", 2021, "upgraded", "2WL", None)]),
    # a list of the countries placed on a tier; "in the 2005 Report"
    ("Among the countries on Tier 3 were China, North Korea and Eritrea.", NEWS,
     [("CHN", "3", 2021, None, None, None), ("PRK", "3", 2021, None, None, None), ("ERI", "3", 2021, None, None, None)]),
    # "in its Trafficking in Persons Report in 2018"
    ("The State Department downgraded Ireland from Tier 1 to Tier 2 in its Trafficking in Persons Report in 2018.",
     NEWS, [("IRL", "2", 2018, "downgraded", "1", None)]),
    # an acronym in brackets after a country of the list
    ("Burma, the People's Republic of China (PRC), Cuba and North Korea remained on Tier 3.", NEWS,
     [("MMR", "3", 2021, "remained", "3", None), ("CHN", "3", 2021, "remained", "3", None),
      ("CUB", "3", 2021, "remained", "3", None), ("PRK", "3", 2021, "remained", "3", None)]),
    ("Tier 2 Watch List countries include Ghana.", NEWS, [("GHA", "2WL", 2021, None, None, None)]),
    ("The report ranked 94 governments in Tier 2, with three, Libya, Somalia and Yemen, listed as special cases.", NEWS,
     [("LBY", "special", 2021, None, None, None), ("SOM", "special", 2021, None, None, None),
      ("YEM", "special", 2021, None, None, None)]),
    ("The courts treated them as special cases.", NEWS, []),
    ("Belize was placed on the Tier 2 Watch List in the 2005 Report.", NEWS, [("BLZ", "2WL", 2005, None, None, None)]),
    # an earlier year "as recently as"; a clause before the verb is no hedge ("efforts to combat ..., moved")
    ("Uzbekistan was ranked on Tier 3 as recently as 2019.", NEWS, [("UZB", "3", 2019, None, None, None)]),
    ("The report, which rates efforts to combat trafficking, moved Uzbekistan from the Tier 2 Watch List to Tier 2.",
     NEWS, [("UZB", "2", 2021, "upgraded", "2WL", None)]),
    ("The report faulted South Africa. The country had been placed on Tier 2 in last year's report.", NEWS,
     [("ZAF", "2", 2020, None, None, None)]),
    # "the country" after several countries: the one a tier was just said of
    ("The report kept Bangladesh on Tier 2, citing abuse of Rohingya from Myanmar. The country was upgraded to "
     "Tier 2 in 2020.", NEWS, [("BGD", "2", 2021, "remained", "2", None), ("BGD", "2", 2020, "upgraded", None, None)]),
    # the object form with a particle after the country gives the direction
    ("The 2018 report moved Thailand up to Tier 2 from the Tier 2 Watch List.", NEWS,
     [("THA", "2", 2018, "upgraded", "2WL", None)]),
    ("The report moved Belarus down to Tier 3.", NEWS, [("BLR", "3", 2021, "downgraded", None, None)]),
    # the year after an apposition; a second verb phrase after "before being"
    ("Thailand was downgraded to Tier 3, the lowest rank, in 2014 and stayed there in 2015, before being "
     "upgraded to the Tier 2 Watch List in 2016.", NEWS,
     [("THA", "3", 2014, "downgraded", None, None), ("THA", "2WL", 2016, "upgraded", None, None),
      ("THA", "3", 2015, "remained", "3", None)]),
    # "remained there" with its own year is the same tier again; without a year it adds nothing
    ("Zambia was downgraded to the Watch List in 2019 and remained there last year amid concerns.", NEWS,
     [("ZMB", "2WL", 2019, "downgraded", None, None), ("ZMB", "2WL", 2020, "remained", "2WL", None)]),
    ("Kenya was placed on Tier 2 in 2017 and has stayed there since.", NEWS,
     [("KEN", "2", 2017, None, None, None), ("KEN", "2", 2021, "remained", "2", None)]),
    # another country kept where the statement before put its own: that report's year, or now
    ("Qatar and Kuwait stayed on the Watch List, and Oman remained there for a second year.", NEWS,
     [("QAT", "2WL", 2021, "remained", "2WL", None), ("KWT", "2WL", 2021, "remained", "2WL", None),
      ("OMN", "2WL", 2021, "remained", "2WL", None)]),
    ("In 2019 Chad was downgraded to Tier 3, and Niger remained there.", NEWS,
     [("TCD", "3", 2019, "downgraded", None, None), ("NER", "3", 2019, "remained", "3", None)]),
    ("Chad was downgraded to Tier 3 in 2019, and Niger has stayed there since.", NEWS,
     [("TCD", "3", 2019, "downgraded", None, None), ("NER", "3", 2021, "remained", "3", None)]),
    # the move that brought the country to its tier, after it; "where it has been since"; a later clause's year
    ("Bangladesh stays on Tier 2 for the fifth consecutive year, having been upgraded from the Tier 2 Watch List "
     "in 2020.", NEWS, [("BGD", "2", 2021, "remained", "2", None), ("BGD", "2", 2020, "upgraded", "2WL", None)]),
    ("Afghanistan, under Taliban rule, remains on Tier 3, where it has been since 2020.", NEWS,
     [("AFG", "3", 2021, "remained", "3", None), ("AFG", "3", 2020, None, None, None)]),
    ("Pakistan was upgraded to Tier 2 in 2019, and this year it stayed on Tier 2.", NEWS,
     [("PAK", "2", 2019, "upgraded", None, None), ("PAK", "2", 2021, "remained", "2", None)]),
    # a history: "remained there" after a comma, "keeping that rating in ...", a year before the object form's
    # verb, "restoring it to Tier 2"
    ("Thailand was upgraded to the Tier 2 Watch List in 2016, remained there in 2017 and was upgraded to Tier 2 in "
     "2018, keeping that rating in 2019 and 2020.", NEWS,
     [("THA", "2WL", 2016, "upgraded", None, None), ("THA", "2", 2018, "upgraded", None, None),
      ("THA", "2WL", 2017, "remained", "2WL", None), ("THA", "2", 2019, "remained", "2", None),
      ("THA", "2", 2020, "remained", "2", None)]),
    ("In 2021, Washington downgraded Thailand to the Watch List again, citing a fall in prosecutions, before "
     "restoring it to Tier 2 in 2022.", NEWS,
     [("THA", "2WL", 2021, "downgraded", None, None), ("THA", "2", 2022, "upgraded", None, None)]),
    # a stretch of years on a tier without a verb: a placement in its first year and in its last
    ("After four straight years on the Tier 2 Watch List from 2010 to 2013, Thailand was downgraded to Tier 3 in "
     "2014.", NEWS, [("THA", "2WL", 2010, None, None, None), ("THA", "2WL", 2013, None, None, None),
                     ("THA", "3", 2014, "downgraded", None, None)]),
    # one statement for each report listed; a year cited in another sentence of the paragraph is not this one's
    ("Sri Lanka had been placed on Tier 2 Watch List in the 2021 and 2022 reports.", NEWS,
     [("LKA", "2WL", 2021, None, None, None), ("LKA", "2WL", 2022, None, None, None)]),
    ("AZERBAIJAN (Tier 2 Watch List)\n\nAzerbaijan is placed on Tier 2 Watch List for its failure to show "
     "increasing efforts. Azerbaijan was also placed on Tier 2 Watch List in the 2006 Report.\n",
     {"kind": "tip_report", "published": "2007-06-12"},
     [("AZE", "2WL", 2007, None, None, None), ("AZE", "2WL", 2007, None, None, None),
      ("AZE", "2WL", 2006, None, None, None)]),
    # the report cited by when it came out
    ("In the Trafficking in Persons (TIP) Report released in June last year, Haiti remained on the Tier 2 Watch "
     "List.", {"kind": "news", "published": "2024-02-08"}, [("HTI", "2WL", 2023, "remained", "2WL", None)]),
    # the report cited by the last month it came out in, before the story's date; an upgrade won
    ("Reforms helped Vietnam win an upgrade to Tier 2 in the TIP Report last June.",
     {"kind": "news", "published": "2020-02-11"}, [("VNM", "2", 2019, "upgraded", None, None)]),
    ("Reforms helped Vietnam win an upgrade to Tier 2 in the TIP Report last June.",
     {"kind": "news", "published": "2020-10-11"}, [("VNM", "2", 2020, "upgraded", None, None)]),
    # the move that brought it there, said after a long citation of the report
    ("Nepal remained on Tier 2 in the US State Department's 2023 Trafficking in Persons (TIP) Report, released last "
     "month, having been upgraded from the Tier 2 Watch List in 2021.", {"kind": "news", "published": "2023-07-12"},
     [("NPL", "2", 2023, "remained", "2", None), ("NPL", "2", 2021, "upgraded", "2WL", None)]),
    # "after being upgraded from ... in the 2019 report"; "a year after the country had been placed on"
    ("In the US State Department's 2020 Trafficking in Persons Report, released in June, Malawi remained on Tier 2, "
     "after being upgraded from the Tier 2 Watch List in the 2019 report.", {"kind": "news", "published": "2020-11-19"},
     [("MWI", "2", 2020, "remained", "2", None), ("MWI", "2", 2019, "upgraded", "2WL", None)]),
    # "and stayed there this year" after a long citation of the report
    ("Thailand was upgraded to Tier 2 in the US State Department's 2018 Trafficking in Persons Report and stayed there "
     "this year.", {"kind": "news", "published": "2019-11-08"},
     [("THA", "2", 2018, "upgraded", None, None), ("THA", "2", 2019, "remained", "2", None)]),
    # "having first been downgraded"
    ("New Zealand remained on Tier 2 in the 2024 report, having first been downgraded from Tier 1 in 2021.",
     {"kind": "news", "published": "2024-07-04"},
     [("NZL", "2", 2024, "remained", "2", None), ("NZL", "2", 2021, "downgraded", "1", None)]),
    # the report's own move said actively: "after upgrading it from", "having downgraded it from"
    ("The 2023 TIP report kept Pakistan on Tier 2 for a second year after upgrading it from the Tier 2 Watch List in "
     "2022.", {"kind": "news", "published": "2023-08-24"},
     [("PAK", "2", 2023, "remained", "2", None), ("PAK", "2", 2022, "upgraded", "2WL", None)]),
    ("In June the annual report kept Ireland on its Tier 2 Watch List for a second year, having downgraded it from "
     "Tier 1 in 2018.", {"kind": "news", "published": "2019-11-13"},
     [("IRL", "2WL", 2019, "remained", "2WL", None), ("IRL", "2WL", 2018, "downgraded", "1", None)]),
    ("In its 2024 report the State Department downgraded Togo to the Tier 2 Watch List, a year after the country had "
     "been placed on Tier 2.", {"kind": "news", "published": "2024-08-15"},
     [("TGO", "2WL", 2024, "downgraded", "2", None), ("TGO", "2", 2023, None, None, None)]),
    # "first" between the auxiliary and the verb; "The kingdom" is the country just said to keep its tier
    ("Bahrain retained its Tier 1 ranking in the report in June for the sixth consecutive year. The kingdom was first "
     "upgraded to Tier 1 in 2018.", {"kind": "news", "published": "2023-10-12"},
     [("BHR", "1", 2023, "remained", "1", None), ("BHR", "1", 2018, "upgraded", None, None)]),
    # "the city" for a city that is a country of the report
    ("A court in Hong Kong jailed the owner of an agency whose partner was blacklisted by the Consulate General of "
     "Indonesia in Hong Kong. The case comes as the city remains on the Tier 2 Watch List of the US State "
     "Department's report.", {"kind": "news", "published": "2024-03-21"},
     [("HKG", "2WL", 2023, "remained", "2WL", None)]),
    # the years spent on a tier before, one placement each
    ("In the report, published last month, Ireland remained on Tier 2 for the third consecutive year, having spent "
     "2020 and 2021 on the Tier 2 Watch List.", {"kind": "news", "published": "2024-07-18"},
     [("IRL", "2", 2024, "remained", "2", None), ("IRL", "2WL", 2020, None, None, None),
      ("IRL", "2WL", 2021, None, None, None)]),
    # the month before the report; the move as a noun after a possessive; "on being" before the verb
    ("Last July, the State Department's annual Trafficking in Persons report upgraded Kenya to Tier 2.",
     {"kind": "news", "published": "2022-06-16"}, [("KEN", "2", 2021, "upgraded", None, None)]),
    ("Embassy Welcomes Vietnam's Upgrade to Tier 2 in 2020 Report", NEWS,
     [("VNM", "2", 2020, "upgraded", None, None)]),
    ("The ambassador congratulated the Philippine government on being upgraded to Tier 1.",
     {"kind": "news", "published": "2016-07-01"}, [("PHL", "1", 2016, "upgraded", None, None)]),
    # the report cited as "last year" or by who published it when; a fall of "two places"; "only last year"
    ("Kenya remained on Tier 2 in the US State Department's Trafficking in Persons Report last year.",
     {"kind": "news", "published": "2022-03-14"}, [("KEN", "2", 2021, "remained", "2", None)]),
    ("Mexico remained in Tier 2 of the Trafficking in Persons Report published by the US State Department in June "
     "2023.", {"kind": "news", "published": "2024-03-07"}, [("MEX", "2", 2023, "remained", "2", None)]),
    ("Sudan fell two places to Tier 3.", {"kind": "news", "published": "2024-06-25"},
     [("SDN", "3", 2024, "downgraded", None, None)]),
    ("Brunei, which was upgraded to the Tier 2 Watch List only last year, is a concern.",
     {"kind": "news", "published": "2024-06-25"}, [("BRN", "2WL", 2023, "upgraded", None, None)]),
    # a report cited after a second tier in the sentence is that tier's, not the placement's (and the tier held
    # before makes the placement a downgrade)
    ("GUYANA (Tier 2 Watch List)\n\nGuyana is placed on Tier 2 Watch List, after being ranked on Tier 2 in the 2006 "
     "Report, for its failure to provide evidence of increasing efforts.\n", {"kind": "tip_report", "published": "2007-06-12"},
     [("GUY", "2WL", 2007, "downgraded", "2", None), ("GUY", "2WL", 2007, "downgraded", "2", None),
      ("GUY", "2", 2006, None, None, None), ("GUY", "2", 2006, None, None, None)]),
    # a year said right after the tier is the statement's own; "held on to its Tier 2 ranking"
    ("Cambodia was downgraded to Tier 3 last year from the Tier 2 Watch List and stayed there in the 2023 report.",
     {"kind": "news", "published": "2023-11-08"},
     [("KHM", "3", 2022, "downgraded", None, None), ("KHM", "3", 2023, "remained", "3", None)]),
    ("Advocates warned the Government after Jamaica held on to its Tier 2 ranking in the 2021 TIP Report.",
     {"kind": "news", "published": "2021-07-04"}, [("JAM", "2", 2021, "remained", "2", None)]),
    # "it" is not the report's publisher named before it; the move "a year after" is the year before's
    ("Malaysia was upgraded to Tier 2 in the US State Department's 2024 Trafficking in Persons Report, a year after "
     "it moved up from Tier 3 to the Tier 2 Watch List.", {"kind": "news", "published": "2024-07-12"},
     [("MYS", "2", 2024, "upgraded", "2WL", None), ("MYS", "2WL", 2023, "upgraded", "3", None)]),
    # adverbs between the subject and the verb
    ("Tanzania and Botswana were both ranked on Tier 2.", NEWS,
     [("TZA", "2", 2021, None, None, None), ("BWA", "2", 2021, None, None, None)]),
    # an earlier placement after "having been"; the report year as "the 2024 edition"
    ("In July, Ireland was upgraded to Tier 2 in the annual Trafficking in Persons report, having been placed on "
     "the Tier 2 Watch List in 2020.", {"kind": "news", "published": "2021-10-06"},
     [("IRL", "2", 2021, "upgraded", None, None), ("IRL", "2WL", 2020, None, None, None)]),
    ("The Philippines has kept its Tier 1 ranking in the report for nine consecutive years, most recently in the "
     "2024 edition.", {"kind": "news", "published": "2025-03-20"}, [("PHL", "1", 2024, "remained", "1", None)]),
    # a year right after the tier it came from dates the move
    ("Cambodia was downgraded to Tier 3 from the Tier 2 Watch List in 2022.", {"kind": "news", "published": "2024-07-25"},
     [("KHM", "3", 2022, "downgraded", "2WL", None)]),
    # a placement named as a noun after the country's possessive
    ("Following Vietnam's placement on Tier 3 in the 2022 TIP Report, the Prime Minister directed all provinces to "
     "act.", {"kind": "news", "published": "2024-06-24"}, [("VNM", "3", 2022, None, None, None)]),
    # the report cited after the statement: "most recently in June last year"
    ("Australia has kept its Tier 1 ranking in the annual Trafficking in Persons report, most recently in June last "
     "year, but the report urged Canberra to act.", {"kind": "news", "published": "2024-03-12"},
     [("AUS", "1", 2023, "remained", "1", None)]),
    # the tier held before, after "last year" and "after being placed on"
    ("Bahrain was upgraded to Tier 1 last year after being placed on Tier 2 in the 2017 report.",
     {"kind": "news", "published": "2019-06-22"},
     [("BHR", "1", 2018, "upgraded", "2", None), ("BHR", "2", 2017, None, None, None)]),
    # a report a relative clause on the subject cites is not the statement's; "appeared in" a tier's section
    ("Turkmenistan, which appeared in the Special Cases section of the 2008 Report, is placed on Tier 2 Watch List.",
     {"kind": "tip_report", "published": "2009-06-16"},
     [("TKM", "special", 2008, None, None, None), ("TKM", "2WL", 2009, None, None, None)]),
    # two years listed after a tier, a span of years; a move dated "a year after" the statement's
    ("Thailand was placed on Tier 3, the lowest level, in 2014 and 2015. It was ranked on Tier 2 from 2018 to 2020.",
     {"kind": "news", "published": "2022-07-21"},
     [("THA", "3", 2014, None, None, None), ("THA", "3", 2015, None, None, None),
      ("THA", "2", 2018, None, None, None), ("THA", "2", 2020, None, None, None)]),
    ("Thailand has been moved up to Tier 2, a year after it was downgraded to the Tier 2 Watch List.",
     {"kind": "news", "published": "2022-07-21"},
     [("THA", "2", 2022, "upgraded", "2WL", None), ("THA", "2WL", 2021, "downgraded", None, None)]),
    # "last year's report" dates its own statement, not one written before it
    ("Kuwait was downgraded to the Tier 2 Watch List. Last year's report had placed Kuwait on Tier 2.",
     {"kind": "news", "published": "2022-07-21"},
     [("KWT", "2WL", 2022, "downgraded", None, None), ("KWT", "2", 2021, None, None, None)]),
    # a story published before the year's report, citing none, is about the year before's (round 76)
    ("The UK has been ranked in Tier 1, the highest category, in every edition of the report.",
     {"kind": "news", "published": "2024-03-08"}, [("GBR", "1", 2023, None, None, None)]),
    # the tier kept in the year named after a statement (round 72)
    ("Pakistan was upgraded to Tier 2 in the Trafficking in Persons Report in 2022 and retained that ranking last "
     "year.", {"kind": "news", "published": "2024-03-07"},
     [("PAK", "2", 2022, "upgraded", None, None), ("PAK", "2", 2023, "remained", "2", None)]),
    # "the country" after the report's publisher is the country named before it (round 72)
    ("Libya has no functioning central government, and the US State Department's 2017 Trafficking in Persons "
     "report again classified the country as a Special Case.", {"kind": "news", "published": "2017-12-14"},
     [("LBY", "special", 2017, "remained", "special", None)]),  # ("again": it stayed a Special Case)
    # a later clause "in this year's report" is that report's, not the one the clause before cites
    ("Malta was downgraded to Tier 2 in the Trafficking in Persons report last year, and it remained on Tier 2 in "
     "this year's report.", {"kind": "news", "published": "2019-11-14"},
     [("MLT", "2", 2018, "downgraded", None, None), ("MLT", "2", 2019, "remained", "2", None)]),
    # "in both the 2017 and 2018 reports"; the country named again as "the country"; "moving from ... to"
    ("Ghana had been placed on the Tier 2 Watch List in both the 2017 and 2018 reports.",
     {"kind": "news", "published": "2019-06-21"},
     [("GHA", "2WL", 2017, None, None, None), ("GHA", "2WL", 2018, None, None, None)]),
    ("The report kept Ireland on Tier 2 for a third consecutive year, having placed the country on the Tier 2 Watch "
     "List in 2020.", {"kind": "news", "published": "2023-11-08"},
     [("IRL", "2", 2023, "remained", "2", None), ("IRL", "2WL", 2020, None, None, None)]),
    ("Nigeria was also upgraded, moving from the Tier 2 Watch List to Tier 2 after two years on the list.",
     {"kind": "news", "published": "2019-06-21"}, [("NGA", "2", 2019, "upgraded", "2WL", None)]),
    ("The State Department has moved Sierra Leone off the Tier 2 Watch List and upgraded the country to Tier 2 in its "
     "2020 report.", {"kind": "news", "published": "2020-06-27"}, [("SLE", "2", 2020, "upgraded", None, None)]),
    ("Barbados was downgraded to the Tier 2 Watch List. Last year's report had kept the island on Tier 2.",
     {"kind": "news", "published": "2025-10-03"},
     [("BRB", "2WL", 2025, "downgraded", None, None), ("BRB", "2", 2024, "remained", "2", None)]),
    # a time phrase between the auxiliary and the verb
    ("NAN recalls that Nigeria was last month upgraded to Tier 2 from Tier 2 Watch List in the 2019 report.",
     {"kind": "news", "published": "2019-07-16"}, [("NGA", "2", 2019, "upgraded", "2WL", None)]),
    # the report's own list: "kept X on its Tier 2 Watch List"
    ("In last year's Trafficking in Persons report, the State Department kept Papua New Guinea on its Tier 2 Watch "
     "List.", {"kind": "news", "published": "2021-03-02"}, [("PNG", "2WL", 2020, "remained", "2WL", None)]),
    # the move that put it where it stays, dated after "since"
    ("Belarus remained on Tier 3, where it has been placed since it was downgraded from Tier 2 Watch List in 2022.",
     {"kind": "tip_report", "published": "2024-06-24"},
     [("BLR", "3", 2024, "remained", "3", None), ("BLR", "3", 2022, "downgraded", "2WL", None)]),
    # "report" in lower case before "last year"; "The report released in June" (the last June)
    ("South Korea was downgraded to Tier 2 in the annual Trafficking in Persons report last year. The report "
     "released in June kept South Korea in Tier 2.", {"kind": "news", "published": "2023-10-17"},
     [("KOR", "2", 2022, "downgraded", None, None), ("KOR", "2", 2023, "remained", "2", None)]),
    # "last year" after the tier it came from dates the move when the clause has no year of its own
    ("The 2023 report kept Pakistan in Tier 2. Pakistan had been upgraded to Tier 2 from the Tier 2 Watch List last "
     "year.", {"kind": "news", "published": "2023-06-27"},
     [("PAK", "2", 2023, "remained", "2", None), ("PAK", "2", 2022, "upgraded", "2WL", None)]),
    ("Sudan fell two places to Tier 3 from Tier 2 last year.", {"kind": "news", "published": "2024-06-24"},
     [("SDN", "3", 2024, "downgraded", "2", None)]),
    # "the Kingdom" in a story naming another country too: the one kingdom; "the previous year" of a report named
    ("Saudi Arabia hires many workers from Bangladesh. The Kingdom was upgraded to Tier 2 in the 2020 Trafficking in "
     "Persons Report, after it had been placed in Tier 3 the previous year.", {"kind": "news", "published": "2021-03-15"},
     [("SAU", "2", 2020, "upgraded", None, None), ("SAU", "3", 2019, None, None, None)]),
    ("Oman signed a new contract law. In June, the report kept the Sultanate in Tier 2.",
     {"kind": "news", "published": "2023-08-15"}, [("OMN", "2", 2023, "remained", "2", None)]),
    # a "where" clause between a list and its verb; a list "among" the countries moved; the report's own country
    ("Myanmar and Cambodia, where most of the call centres are based, remained on Tier 3.", NEWS,
     [("MMR", "3", 2021, "remained", "3", None), ("KHM", "3", 2021, "remained", "3", None)]),
    ("The advocates asked for the same standards at home, where the United States itself retained its Tier 1 ranking.",
     NEWS, [("USA", "1", 2021, "remained", "1", None)]),
    ("Macau, Laos and Fiji were among about a dozen governments downgraded to the Tier 2 Watch List.", NEWS,
     [("MAC", "2WL", 2021, "downgraded", None, None), ("LAO", "2WL", 2021, "downgraded", None, None),
      ("FJI", "2WL", 2021, "downgraded", None, None)]),
    ("Nepal is about to be downgraded to the Tier 2 Watch List, officials fear.", NEWS, []),
    ("The United States again rated itself Tier 1.", NEWS, [("USA", "1", 2021, "remained", "1", None)]),
    # a list of objects after the verb
    ("The report kept both Serbia and Albania in Tier 2, noting gaps.", NEWS,
     [("SRB", "2", 2021, "remained", "2", None), ("ALB", "2", 2021, "remained", "2", None)]),
    ("The report placed Italy, India and Chile on Tier 2.", NEWS,
     [("ITA", "2", 2021, None, None, None), ("IND", "2", 2021, None, None, None), ("CHL", "2", 2021, None, None, None)]),
    # a second object and its tier after the first's, the verb said once (round 88)
    ("The report kept Burma and Cambodia on Tier 3 and Thailand on Tier 2.", NEWS,
     [("MMR", "3", 2021, "remained", "3", None), ("KHM", "3", 2021, "remained", "3", None),
      ("THA", "2", 2021, "remained", "2", None)]),
    ("If the report kept Burma on Tier 3 and Thailand on Tier 2, it would be unjust.", NEWS, []),
    # after 2006, "Serbia and Montenegro" is two countries
    ("Serbia and Montenegro were also placed on Tier 2.", NEWS,
     [("SRB", "2", 2021, None, None, None), ("MNE", "2", 2021, None, None, None)]),
    # "also": the report of the statement before in the sentence
    ("Thailand remained on Tier 2 in the 2019 report, and Indonesia also remained on Tier 2.", NEWS,
     [("THA", "2", 2019, "remained", "2", None), ("IDN", "2", 2019, "remained", "2", None)]),
    # an aside between the object country and its tier
    ("The 2023 report kept Burma, as Washington still calls the country, on Tier 3.",
     {"kind": "news", "published": "2024-05-06"}, [("MMR", "3", 2023, "remained", "3", None)]),
    # a move dated from the statement: "a year after downgrading it"
    ("The 2020 Trafficking in Persons Report kept Slovakia in Tier 2, a year after downgrading it from Tier 1.",
     {"kind": "news", "published": "2020-10-22"},
     [("SVK", "2", 2020, "remained", "2", None), ("SVK", "2", 2019, "downgraded", "1", None)]),
    # the report's own act, the origin after the tier (round 116)
    ("In June the State Department kept Qatar in Tier 2, a year after upgrading the country to Tier 2 from the Tier 2 "
     "Watch List.", {"kind": "news", "published": "2019-11-05"},
     [("QAT", "2", 2019, "remained", "2", None), ("QAT", "2", 2018, "upgraded", "2WL", None)]),
    # where the country spent the year before its move; a first of its kind is no hedge (round 116)
    ("Kuwait has been moved up to Tier 2 in the annual report, released on Thursday, after spending last year on the "
     "Tier 2 Watch List.", {"kind": "news", "published": "2018-06-30"},
     [("KWT", "2", 2018, "upgraded", "2WL", None), ("KWT", "2WL", 2017, None, None, None)]),
    ("Bahrain became the first Gulf state to be placed in Tier 1, while Qatar remained in Tier 2.",
     {"kind": "news", "published": "2018-06-30"},
     [("BHR", "1", 2018, None, None, None), ("QAT", "2", 2018, "remained", "2", None)]),
    # "the Kingdom" after a sentence naming only the United States is the one kingdom named before (round 119)
    ("MANAMA: Bahrain has become the first Gulf country to be placed in Tier 1. The US Embassy in Manama said the "
     "ranking reflected sustained commitment.\n\nThe Kingdom had been placed on the Tier 2 Watch List as recently as "
     "2011.", {"kind": "news", "published": "2018-06-30"},
     [("BHR", "1", 2018, None, None, None), ("BHR", "2WL", 2011, None, None, None)]),
    # a report cited later, two years older than the latest, does not date a statement before it (round 119)
    ("Malaysia has been moved up to the Tier 2 Watch List in the annual report, released on Thursday.\n\nThe State "
     "Department placed Malaysia on Tier 3 in the 2021 report.", {"kind": "news", "published": "2023-06-17"},
     [("MYS", "2WL", 2023, "upgraded", None, None), ("MYS", "3", 2021, None, None, None)]),
    # a past perfect placement dated by the one report it names
    ("The 2023 report placed Tanzania in Tier 2. The country had been on the Tier 2 Watch List in the 2020 edition of "
     "the report.", {"kind": "news", "published": "2023-08-17"},
     [("TZA", "2", 2023, None, None, None), ("TZA", "2WL", 2020, None, None, None)]),
    ("Tanzania had been on the Tier 2 Watch List in 2020.", {"kind": "news", "published": "2023-08-17"}, []),
    # "Korea" alone in a text naming South Korea and not North Korea
    ("The 2023 report kept South Korea in Tier 2. Korea was downgraded from Tier 1 to Tier 2 in last year's report.",
     {"kind": "news", "published": "2023-06-22"},
     [("KOR", "2", 2023, "remained", "2", None), ("KOR", "2", 2022, "downgraded", "1", None)]),
    ("North Korea remained on Tier 3. Korea was downgraded to Tier 2.", {"kind": "news", "published": "2023-06-22"},
     [("PRK", "3", 2023, "remained", "3", None)]),
    # "kept that ranking in the report published in July": the story's year
    ("Ireland was upgraded back to Tier 2 in 2021 and kept that ranking in the report published in July.",
     {"kind": "news", "published": "2022-11-16"},
     [("IRL", "2", 2021, "upgraded", None, None), ("IRL", "2", 2022, "remained", "2", None)]),
    # "... and kept it there in June": the story's year
    ("The State Department downgraded Cambodia to Tier 3 in its 2022 report, citing complicity, and kept it there in "
     "June.", {"kind": "news", "published": "2023-10-12"},
     [("KHM", "3", 2022, "downgraded", None, None), ("KHM", "3", 2023, "remained", "3", None)]),
    ("Country | 2020 report | 2021 report | Movement\nMalaysia | Tier 2 Watch List | Tier 3 | Downgraded\n"
     "Burma | Tier 3 | Tier 3 | No change\n", {"kind": "news", "published": "2021-07-06"},
     [("MYS", "2WL", 2020, None, None, None), ("MYS", "3", 2021, "downgraded", "2WL", None),
      ("MMR", "3", 2020, None, None, None), ("MMR", "3", 2021, "remained", "3", None)]),
    # a table's tier columns headed by their years alone, its moves in short words
    ("Country | 2021 | 2022 | Movement\nThailand | Tier 2 Watch List | Tier 2 | up\nMalaysia | Tier 3 | Tier 3 | none\n",
     {"kind": "news", "published": "2022-07-29"},
     [("THA", "2WL", 2021, None, None, None), ("THA", "2", 2022, "upgraded", "2WL", None),
      ("MYS", "3", 2021, None, None, None), ("MYS", "3", 2022, "remained", "3", None)]),
    # a move a clause of "when" dates, after the tier held "until" that year
    ("Ireland was ranked in Tier 1, the top category, until 2018, when it was downgraded to Tier 2.",
     {"kind": "news", "published": "2020-06-26"},
     [("IRL", "1", 2017, None, None, None), ("IRL", "2", 2018, "downgraded", None, None)]),
    # tiers written bare under year headers, a Watch List among them; small counts under years are no tiers
    ("How the region fared in the TIP Report (2WL: Tier 2 Watch List).\n\nCountry | 2021 | 2022\nThailand | 2WL | 2\n"
     "Malaysia | 3 | 3\n", {"kind": "news", "published": "2024-07-08"},
     [("THA", "2WL", 2021, None, None, None), ("THA", "2", 2022, None, None, None),
      ("MYS", "3", 2021, None, None, None), ("MYS", "3", 2022, None, None, None)]),
    ("Cambodia stayed on Tier 2 this year. Our counts of convictions follow.\n\nCountry | 2021 | 2022\nCambodia | 1 | 3\n"
     "Thailand | 2 | 2\n", {"kind": "news", "published": "2024-07-08"}, [("KHM", "2", 2024, "remained", "2", None)]),
    # a second object verb after "and": the "to" of the first statement is no hedge of the second
    ("In July, the State Department's report downgraded Malaysia to Tier 3 and moved Thailand down to the Tier 2 "
     "Watch List.", {"kind": "news", "published": "2021-10-06"},
     [("MYS", "3", 2021, "downgraded", None, None), ("THA", "2WL", 2021, "downgraded", None, None)]),
    # a clause of its own dated "last month", after a report cited as last year's in the clause before
    ("Thailand was upgraded to Tier 2 in last year's report, and last month Malaysia moved up to the Tier 2 Watch List.",
     {"kind": "news", "published": "2023-07-10"},
     [("THA", "2", 2022, "upgraded", None, None), ("MYS", "2WL", 2023, "upgraded", None, None)]),
    # a timeline's items, each dated by its label
    ("How Thailand got here:\n\n- June 2014: Thailand is downgraded to Tier 3 after reports on fishing boats.\n"
     "- July 2015: Thailand remains on Tier 3.\n- July 2022: Thailand returns to Tier 2.\n",
     {"kind": "news", "published": "2024-07-03"},
     [("THA", "3", 2014, "downgraded", None, None), ("THA", "3", 2015, "remained", "3", None),
      ("THA", "2", 2022, None, None, None)]),
    # a particle between the country and "from ... to": "moved Ireland down from Tier 1 to Tier 2"
    ("Last week the State Department's annual report moved Ireland down from Tier 1 to Tier 2.",
     {"kind": "news", "published": "2018-07-05"}, [("IRL", "2", 2018, "downgraded", "1", None)]),
    # a table of one country's placements, a row a report year, with no country column: the country the text is of
    ("Philippines: trafficking fact sheet\n\nTIP Report tier placements\n\nReport year | Placement | Change\n"
     "2015 | Tier 2 | No change\n2016 | Tier 1 | Upgraded\n2017 | Tier 1 | No change\n",
     {"kind": "news", "published": "2023-07-20"},
     [("PHL", "2", 2015, "remained", "2", None), ("PHL", "1", 2016, "upgraded", "2", None),
      ("PHL", "1", 2017, "remained", "1", None)]),
    # a row a report year, a column a country
    ("How three neighbours fared, as the State Department placed them.\n\nReport year | Thailand | Cambodia\n"
     "2022 | Tier 2 | Tier 3\n2023 | **Tier 1** | Tier 3\n", {"kind": "news", "published": "2024-07-03"},
     [("THA", "2", 2022, None, None, None), ("KHM", "3", 2022, None, None, None),
      ("THA", "1", 2023, None, None, None), ("KHM", "3", 2023, None, None, None)]),
    # a report cited for the same placement before is not this statement's
    ("Hungary has again been ranked in Tier 2 of the annual Trafficking in Persons (TIP) Report, released last "
     "Thursday, the same placement it received in the 2020 edition.", {"kind": "news", "published": "2021-07-05"},
     [("HUN", "2", 2021, "remained", "2", None), ("HUN", "2", 2020, None, None, None)]),
    ("Hungary remained on Tier 2, the same placement it held in 2020.", {"kind": "news", "published": "2021-07-05"},
     [("HUN", "2", 2021, "remained", "2", None), ("HUN", "2", 2020, None, None, None)]),
    # "climbed back to"; a second year after "and again"
    ("Thailand climbed back to Tier 2 in 2018.", {"kind": "news", "published": "2024-07-03"},
     [("THA", "2", 2018, "upgraded", None, None)]),
    ("Cambodia remained on Tier 3 in 2023 and again this year.", {"kind": "news", "published": "2024-07-03"},
     [("KHM", "3", 2023, "remained", "3", None), ("KHM", "3", 2024, "remained", "3", None)]),
    # a timeline's items with no subject: the country the timeline is of; two years on one label, two statements
    ("How has Malaysia's ranking moved over the past decade?\n\n2014: downgraded to Tier 3 after four years on the "
     "Watch List.\n\n2016: remained on the Tier 2 Watch List.\n\n2019 and 2020: kept on the Tier 2 Watch List.\n",
     {"kind": "news", "published": "2023-06-29"},
     [("MYS", "3", 2014, "downgraded", "2WL", None), ("MYS", "2WL", 2013, None, None, None),
      ("MYS", "2WL", 2016, "remained", "2WL", None),
      ("MYS", "2WL", 2019, "remained", "2WL", None), ("MYS", "2WL", 2020, "remained", "2WL", None)]),
]


@pytest.mark.parametrize(("text", "meta", "expected"), CASES)
def test_find_tier_statements(text, meta, expected):
    # (the placement a move started from has tests of its own: MOVED_FROM)
    found = [f for f in find_tier_statements(text, **meta) if f.rule != "moved_from"]
    got = [(f.country.alpha3, f.tier, f.report_year, f.change, f.previous_tier, f.standards) for f in found]
    assert got == expected
    for f in found:
        assert 0 <= f.start < f.end <= len(text)


MOVED_FROM = [
    # (text, published, kind, the placements moves started from: (alpha-3, tier, report year, words))
    ("Algeria and Guinea-Bissau were upgraded from Tier 3 to the Tier 2 Watch List.", "2024-06-25", "news",
     [("DZA", "3", 2023, "Algeria and Guinea-Bissau were upgraded from Tier 3"),
      ("GNB", "3", 2023, "Guinea-Bissau were upgraded from Tier 3")]),
    ("The 2019 report moved Ghana up to Tier 2 from the Tier 2 Watch List.", "2019-07-02", "news",
     [("GHA", "2WL", 2018, "Ghana up to Tier 2 from the Tier 2 Watch List")]),
    ("Sudan fell to Tier 3 from Tier 2 this year.", "2024-06-24", "news", [("SDN", "2", 2023, None)]),
    ("Bangladesh stays on Tier 2, having been upgraded from the Tier 2 Watch List in 2020.", "2023-07-12", "news",
     [("BGD", "2WL", 2019, None)]),
    # where it stood, in a relative clause: also the move's previous tier
    ("Brunei, which had been on the Tier 2 Watch List, fell to Tier 3 this year.", "2024-06-25", "news",
     [("BRN", "2WL", 2023, "Brunei, which had been on the Tier 2 Watch List,")]),
    # no "from": nothing said of the year before
    ("Peru was upgraded to Tier 1 in the 2019 report.", "2019-07-02", "news", []),
    # the year before has its own statement, which stands
    ("Chile was on Tier 2 in 2018. In 2019 it was upgraded from Tier 2 Watch List to Tier 1.", "2019-07-02", "news",
     []),
    # a Factbook entry gives the year's rating; the move is its explanation
    ("tier rating: Tier 2 Watch List - Malaysia improved from Tier 3 to the Tier 2 Watch List for 2008 (2009)",
     None, "factbook", []),
]


@pytest.mark.parametrize(("text", "published", "kind", "expected"), MOVED_FROM)
def test_the_placement_a_move_started_from(text, published, kind, expected):
    found = [f for f in find_tier_statements(text, published=published, kind=kind) if f.rule == "moved_from"]
    assert [(f.country.alpha3, f.tier, f.report_year) for f in found] == [e[:3] for e in expected]
    for f, e in zip(found, expected):
        assert f.change is None and f.previous_tier is None
        if e[3] is not None:
            assert text[f.start:f.end] == e[3]


def test_placements_in_a_table_of_rows():
    text = ("Placements in the region:\n\n"
            "Country | 2021 tier | 2022 tier | Movement | Prosecutions\n"
            "Ghana | Tier 2 | Tier 2 | remained | 31\n"
            "Senegal | Tier 2 Watch List | Tier 2 | upgraded | 19\n"
            "Ruritania | Tier 1 | Tier 1 | remained | 3\n"
            "Guinea | 2WL | 3 | downgraded | 9\n\n"
            "Prosecutions rose in 2022.")
    found = [(f.country.alpha3, f.tier, f.report_year, f.change, f.previous_tier)
             for f in find_tier_statements(text, published="2022-08-23", kind="news")]
    assert found == [("GHA", "2", 2021, None, None), ("GHA", "2", 2022, "remained", "2"),
                     ("SEN", "2WL", 2021, None, None), ("SEN", "2", 2022, "upgraded", "2WL"),
                     ("GIN", "2WL", 2021, None, None), ("GIN", "3", 2022, "downgraded", "2WL")]


def test_section_country_is_the_default_subject():
    text = "The government made no progress. Therefore the government was downgraded to Tier 3."
    found = find_tier_statements(text, kind="tip_report", report_year=2017, sections=[(0, len(text), "x", "TKM")])
    assert [(f.country.alpha3, f.tier, f.report_year, f.change) for f in found] == [("TKM", "3", 2017, "downgraded")]


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        ("TANZANIA: TIER 2\n\nTherefore Tanzania remained on Tier 2.",
         "2019-06-20", "tip_report", [("Tanzania", "TZA", "2", 2019, "remained", "2", "TANZANIA: TIER 2"),
                        ("Tanzania", "TZA", "2", 2019, "remained", "2", "Tanzania remained on Tier 2")]),
        ("The 2020 Trafficking in Persons report said Botswana was downgraded to Tier 2 Watch List.\n"
         "Officials said they would appeal.", "2020-07-01", "news",
         [("Botswana", "BWA", "2WL", 2020, "downgraded", None, "Botswana was downgraded to Tier 2 Watch List")]),
        ("Police rescued 40 people in Phnom Penh on Monday.", "2020-07-01", "news", []),
        # the report a news article cites, relative to its publication date
        ("Estonia remained on Tier 1 in last year's Trafficking in Persons Report.", "2022-05-17", "news",
         [("Estonia", "EST", "1", 2021, "remained", "1", "Estonia remained on Tier 1")]),
        ("Ruritania aside, Chile remained on Tier 1 in this year's TIP Report.", "2024-06-25", "news",
         [("Chile", "CHL", "1", 2024, "remained", "1", "Chile remained on Tier 1")]),
        # a report cited as the start of a change is the one before; the move said before the placement's verb
        ("MALAYSIA (Tier 2 Watch List)\n\nThe government made notable progress since the release of the 2009 Report; "
         "therefore, Malaysia is upgraded from Tier 3 and placed on Tier 2 Watch List.", "2010-06-14", "tip_report",
         [("Malaysia", "MYS", "2WL", 2010, "upgraded", "3", "MALAYSIA (Tier 2 Watch List)"),
          ("Malaysia", "MYS", "3", 2009, None, None, "Malaysia is upgraded from Tier 3"),
          ("Malaysia", "MYS", "2WL", 2010, "upgraded", "3",
           "Malaysia is upgraded from Tier 3 and placed on Tier 2 Watch List")]),
        # "it" after a clause citing the U.S. State Department is the country moved, not the report's publisher
        ("Cambodia was downgraded to Tier 3 in the U.S. State Department's 2022 Trafficking in Persons Report, in part "
         "because of official complicity in the scam industry, and it remained on Tier 3 in this year's report, released "
         "in June.", "2023-08-23", "news",
         [("Cambodia", "KHM", "3", 2022, "downgraded", None, "Cambodia was downgraded to Tier 3"),
          ("Cambodia", "KHM", "3", 2023, "remained", "3", "it remained on Tier 3")]),
    ],
)
def test_pipeline_records(run_text, text, published, kind, expected):
    facts = run_text(text, published=published, kind=kind)
    got = [(r.country, r.country_code, r.tier, r.report_year, r.change, r.previous_tier, r.text)
           for r in facts.tier_statements]
    assert got == expected
    for r in facts.tier_statements:
        assert text[r.start:r.end] == r.text
        assert r.rule


def test_bad_rule_file_names_the_line(tmp_path):
    good = load_tier_rules()
    assert good.verbs
    path = tmp_path / "tiers.jsonl"
    path.write_text(
        '// comment\n{"id": "t", "kind": "tier", "pattern": "tier 1"}\n\n{"id": "v", "kind": "verb", "pattern": "(x"}\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError) as err:
        load_tier_rules(str(path))
    assert "4" in str(err.value) and "tiers.jsonl" in str(err.value)
    path.write_text('{"id": "t", "kind": "colour", "pattern": "x"}\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match="unknown kind"):
        load_tier_rules(str(path))


def _tip2018_rows() -> list[dict]:
    index = SHARED / "data" / "tip2018" / "INDEX.tsv"
    if not index.exists():
        pytest.skip("../shared/data/tip2018 is not here")
    with index.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_tip2018_headings_all_right():
    """The first line of every 2018 narrative gives exactly its country and tier (INDEX.tsv is the truth)."""
    from ctip_extract.rules.countries import lookup_country

    rows = _tip2018_rows()
    assert len(rows) == 187
    wrong = []
    for row in rows:
        heading = (SHARED / "data" / "tip2018" / row["file"]).read_text(encoding="utf-8").splitlines()[0]
        found = find_tier_statements(heading, kind="tip_report", published="2018-06-28")
        want = (lookup_country(row["country"]).alpha3, parse_tier(row["tier_2018"]), 2018)
        if [(f.country.alpha3, f.tier, f.report_year) for f in found] != [want]:
            wrong.append((row["file"], heading, found))
    assert wrong == []


def test_tip2018_narratives_have_no_spurious_statements():
    """Whole narratives: every statement agrees with the heading, and a sentence confirms it."""
    from ctip_extract.rules.countries import lookup_country

    wrong = []
    for row in _tip2018_rows():
        text = (SHARED / "data" / "tip2018" / row["file"]).read_text(encoding="utf-8")
        found = find_tier_statements(text, kind="tip_report", published="2018-06-28")
        want = (lookup_country(row["country"]).alpha3, parse_tier(row["tier_2018"]), 2018)
        got = {(f.country.alpha3, f.tier, f.report_year) for f in found}
        if got != {want} or not any(f.source == "sentence" for f in found):
            wrong.append((row["file"], sorted(got)))
    assert wrong == []


def test_factbook_sample():
    """A sample of the Factbook evaluation set (the benchmark runs all of it)."""
    folder = SHARED / "eval" / "factbook"
    if not folder.exists():
        pytest.skip("../shared/eval/factbook is not here")
    docs = sorted(folder.glob("*.txt"))[::9]
    wrong = []
    for path in docs:
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))["tiers"][0]
        found = find_tier_statements(path.read_text(encoding="utf-8"), kind="factbook")
        ok = [f for f in found if f.country.alpha3 == gold["code"] and f.tier == gold["tier"]
              and gold["year"] in (None, f.report_year)]
        if not ok or len({(f.country.alpha3, f.tier) for f in found}) != 1:
            wrong.append(path.name)
    assert wrong == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a tier label defining the tier names no country the definition mentions
    ("- **Tier 1**: the government fully meets the minimum standards of the U.S. Trafficking Victims Protection Act.",
     "2024-07-10", []),
    # an earlier placement cited with its report dates neither the statements before it nor other countries' after it
    ("Trinidad and Tobago has been upgraded to Tier 1. The twin-island republic was ranked on Tier 2 in the 2018 report. "
     "Elsewhere, Guyana retained its Tier 1 ranking and Jamaica remained on Tier 2.", "2019-06-21",
     [("TTO", "1", 2019), ("TTO", "2", 2018), ("GUY", "1", 2019), ("JAM", "2", 2019)]),
])
def test_years_of_round_128(run_text, text, published, expected):
    facts = run_text(text, published=published, kind="news")
    assert [(r.country_code, r.tier, r.report_year) for r in facts.tier_statements] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "to move X up to": the infinitive after a decision
    ("Cabinet welcomed the US government's decision to move The Bahamas up to Tier 1 in its annual report.", "2018-07-03",
     [("BHS", "1", 2018, "upgraded")]),
    # a move dated back from the statement before it
    ("The 2023 TIP Report kept Cambodia on Tier 3. Cambodia had been downgraded to Tier 3 from the Tier 2 Watch List a "
     "year earlier.", "2023-09-14",
     [("KHM", "3", 2023, "remained"), ("KHM", "3", 2022, "downgraded"), ("KHM", "2WL", 2021, None)]),
])
def test_statements_of_round_129(run_text, text, published, expected):
    facts = run_text(text, published=published, kind="news")
    assert [(r.country_code, r.tier, r.report_year, r.change) for r in facts.tier_statements] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "the country" of a sentence before that names one country; "again" before the verb: remained
    ("Internationally, the Netherlands is seen as a strong performer. In June the US State Department's annual "
     "Trafficking in Persons report again placed the country in Tier 1.", "2024-10-17", [("NLD", "1", 2024, "remained")]),
    ("The report once again placed Chile in Tier 1.", "2024-07-01", [("CHL", "1", 2024, "remained")]),
])
def test_statements_of_round_131(run_text, text, published, expected):
    facts = run_text(text, published=published, kind="news")
    assert [(r.country_code, r.tier, r.report_year, r.change) for r in facts.tier_statements] == expected


@pytest.mark.parametrize(("text", "published", "kind", "expected"), [
    # a nominal "retention of its Tier N": remained
    ("He praised the Kingdom of Bahrain's retention of its Tier 1 classification in the 2020 Trafficking in Persons "
     "Report.", "2020-07-05", "news", [("BHR", "1", 2020, "remained")]),
    # the report a country came from is the year before; the move is this report's
    ("Cambodia is upgraded to Tier 2 Watch List from Tier 3, where it was placed in last year's report, in recognition "
     "of more arrests.", "2006-06-05", "tip_report", [("KHM", "2WL", 2006, "upgraded"), ("KHM", "3", 2005, None)]),
    # "the top tier" and "the lowest tier"; "the country" is not the report's publisher named before it, and "a year
    # after" dates its move a year before the report the sentence is about
    ("Malaysia dropped to the lowest tier in 2021.", "2023-06-16", "news", [("MYS", "3", 2021, "downgraded")]),
    ("The Bahamas has retained its Tier 1 ranking in the United States' annual TIP report, a year after the country "
     "was first elevated to the top tier.", "2019-06-21", "news",
     [("BHS", "1", 2019, "remained"), ("BHS", "1", 2018, "upgraded")]),
    ("Kenya stayed on Tier 2 in the 2023 report, two years after it was upgraded from the Watch List.", "2023-07-01",
     "news", [("KEN", "2", 2023, "remained"), ("KEN", "2", 2021, "upgraded")]),
    # a definition of a tier is no list of countries on it (the US of a law's name least of all)
    ("Countries in Tier 1 are those whose governments fully meet the minimum standards of the US Trafficking Victims "
     "Protection Act.", "2017-06-29", "news", []),
    # a supply chain's tiers in a table are no placements
    ("Factories by country\n\nCountry | Tier 1 factories | Tier 2 facilities\nJordan | 3 | 2\nCambodia | 7 | 1\n",
     "2021-03-15", "news", []),
])
def test_statements_of_rounds_135_to_138(run_text, text, published, kind, expected):
    facts = run_text(text, published=published, kind=kind)
    assert [(r.country_code, r.tier, r.report_year, r.change) for r in facts.tier_statements] == expected


def test_it_placed_by_the_us_government_is_the_country_named_before(run_text):
    text = "Kenya has made progress. The US government placed it on Tier 2 last year, the minister said."
    facts = run_text(text, published="2024-07-10", kind="news")
    assert [(r.country_code, r.tier, r.report_year) for r in facts.tier_statements] == [("KEN", "2", 2023)]
    facts = run_text("The US government placed it on Tier 2 last year, Kenya's minister said.", published="2024-07-10",
                     kind="news")
    assert facts.tier_statements == []


@pytest.mark.parametrize(("text", "published", "kind", "expected"), [
    # round 139: a country named after a small word that opens a longer name in the lexicon ("mainland China")
    ("Elsewhere in the region, mainland China remained on Tier 3, the lowest ranking.", "2020-06-26", "news",
     [("CHN", "3", 2020, "remained")]),
    # round 140: the report's edition by when it came out; "this year, a downgrade from its ... placement"
    ("The department upgraded Ireland to Tier 2 in its 2021 report, and Ireland remained in Tier 2 in the edition "
     "released in July this year.", "2022-11-24", "news",
     [("IRL", "2", 2021, "upgraded"), ("IRL", "2", 2022, "remained")]),
    ("The Republic of the Congo is placed on Tier 3 this year, a downgrade from its Tier 2 Watch List placement in the "
     "2012 Report.", "2013-06-19", "tip_report", [("COG", "3", 2013, "downgraded"), ("COG", "2WL", 2012, None)]),
])
def test_statements_of_rounds_139_to_142(run_text, text, published, kind, expected):
    facts = run_text(text, published=published, kind=kind)
    assert [(r.country_code, r.tier, r.report_year, r.change) for r in facts.tier_statements] == expected
