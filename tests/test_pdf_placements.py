"""The tier placement list of a PDF report: columns read in order, every country under its tier.

The printed report sets the list as tier headings across the page with the countries in three or
four columns beneath each, alphabetical down the columns. The list pages here are made on the
fly by tools/make_tip_pdf.py; the full-size check uses the 187 narratives of ../shared/data/tip2018
and is skipped when they are absent.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from ctip_extract.documents.pdf import load_pdf
from ctip_extract.documents.pdf.layout import Fragment, Line, TextReader, breaks_before, read_page
from ctip_extract.rules.countries import lookup_country
from ctip_extract.rules.tiers import find_tier_statements, parse_tier, segment_countries

ROOT = Path(__file__).resolve().parent.parent
TIP2018 = ROOT.parent / "shared" / "data" / "tip2018"
HEADING_TIERS = {"TIER 1": "1", "TIER 2": "2", "TIER 2 WATCH LIST": "2WL", "TIER 3": "3",
                 "SPECIAL CASE": "special", "SPECIAL CASES": "special"}

# Facts only: country names on made-up tiers.
PLACEMENTS = {
    "TIER 1": ["Argentina", "Australia", "Austria", "Belgium", "Canada", "Chile", "Colombia", "Cyprus",
               "Denmark", "Estonia", "Finland", "France", "Germany", "Israel", "Italy", "Japan",
               "Lithuania", "Luxembourg", "Netherlands", "New Zealand", "Norway", "Poland", "Portugal",
               "Spain", "Sweden", "Switzerland", "Taiwan", "United Kingdom"],
    "TIER 2": ["Albania", "Armenia", "Azerbaijan", "Barbados", "Benin", "Botswana", "Brazil", "Bulgaria",
               "Burkina Faso", "Cabo Verde", "Cambodia", "Cameroon", "Costa Rica", "Croatia", "Djibouti",
               "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Ethiopia", "Ghana", "Greece",
               "Honduras", "Iceland", "India", "Indonesia", "Ireland", "Jamaica", "Jordan", "Kazakhstan",
               "Kenya", "Latvia", "Lebanon", "Malawi", "Malta", "Mexico", "Moldova", "Morocco", "Nepal",
               "Oman", "Pakistan", "Panama", "Peru", "Qatar", "Romania", "Rwanda", "Serbia",
               "Singapore", "Sri Lanka", "Thailand", "Tunisia", "Turkey", "Uganda", "Ukraine",
               "Uruguay", "Vietnam", "Zambia"],
    "TIER 2 WATCH LIST": ["Algeria", "Angola", "Bangladesh", "Bhutan", "Bosnia and Herzegovina",
                          "Central African Republic", "Chad", "Cuba", "Fiji", "Guatemala", "Guinea",
                          "Guinea-Bissau", "Haiti", "Hong Kong", "Hungary", "Iraq", "Kuwait", "Liberia",
                          "Macau", "Madagascar", "Malaysia", "Mali", "Mongolia", "Nicaragua", "Niger",
                          "Nigeria", "Saudi Arabia", "Senegal", "Sierra Leone", "South Africa", "Sudan",
                          "Togo", "Zimbabwe"],
    "TIER 3": ["Belarus", "Belize", "Bolivia", "Burma", "Burundi", "China", "Comoros",
               "Congo, Republic of the", "Equatorial Guinea", "Eritrea", "Gabon", "Iran", "Laos",
               "Mauritania", "Russia", "South Sudan", "Syria", "Venezuela"],
    "SPECIAL CASES": ["Libya", "Somalia", "Yemen"],
}


def _generator():
    spec = importlib.util.spec_from_file_location("make_tip_pdf", ROOT / "tools" / "make_tip_pdf.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("make_tip_pdf", module)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def listed_tiers(text: str) -> list[tuple[str, str]]:
    """(country code, tier) of every name in a placement list text, under the tier heading above it."""
    out, tier = [], None
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.upper() in HEADING_TIERS:
            tier = HEADING_TIERS[line.upper()]
            continue
        names = segment_countries(line) if tier else None
        if names:
            out += [(c.alpha3, tier) for _s, _e, c in names]
    return out


def expected_tiers() -> list[tuple[str, str]]:
    return [(lookup_country(n).alpha3, parse_tier(t)) for t, names in PLACEMENTS.items() for n in names]


@pytest.mark.parametrize("backend", ["pdfium", "plumber"])
@pytest.mark.parametrize("columns", [3, 4])
def test_generated_list_page_puts_every_country_under_its_tier(tmp_path, backend, columns):
    make = _generator()
    path = tmp_path / f"list{columns}.pdf"
    report = make._Report(path, make.Style(list_columns=columns))
    assert len(report.list_columns([n for names in PLACEMENTS.values() for n in names])) == columns
    report.placement_list(PLACEMENTS)
    report.finish()
    doc = load_pdf(path, backend=backend, workers=1)
    assert listed_tiers(doc.text) == expected_tiers()
    found = find_tier_statements(doc.text, kind="tip_report", report_year=2018)
    assert sorted((f.country.alpha3, f.tier) for f in found) == sorted(expected_tiers())


def _frag(x0: float, top: float, text: str, size: float = 8.0, bold: bool = False,
          width: float = 0.0) -> Fragment:
    x1 = x0 + (width or 0.5 * size * len(text))
    return Fragment(x0, top, x1, top + size, text, size, bold, bold, top + 0.8 * size)


@pytest.mark.parametrize("columns", [3, 4])
def test_read_page_reads_a_list_in_columns_under_headings_across_the_page(columns):
    """Headings centred over the page (over a column, or over a gutter) cut it into zones; each
    zone is read column after column."""
    step = 504 / columns
    fragments, top = [], 80.0
    want: list[str] = []
    for t in range(3):
        heading = f"TIER {t + 1}"
        fragments.append(_frag(306 - 25, top, heading, 11, bold=True, width=50))
        want.append(heading)
        top += 18
        names = [f"Name {t}-{k:02d}" for k in range(4 * columns + 1)]
        per = -(-len(names) // columns)
        for k, name in enumerate(names):
            col, row = divmod(k, per)
            fragments.append(_frag(54 + col * step, top + 11 * row, name))
        want += names
        top += 11 * per + 10
    page = read_page(1, 612, 792, fragments, TextReader())
    assert [ln.text for ln in page.lines] == want
    assert [ln.kind for ln in page.lines if ln.text.startswith("TIER")] == ["heading"] * 3


@pytest.mark.slow
@pytest.mark.skipif(not (TIP2018 / "INDEX.tsv").is_file(), reason="../shared/data/tip2018 not present")
def test_full_size_report_gives_every_placement(tmp_path_factory, nlp):
    """The 187 narratives laid out as the printed report (~510 pages): every narrative found with
    its country, every placement right (heading and list agree with INDEX.tsv), nothing spurious."""
    from ctip_extract.extract import extract_document

    make = _generator()
    path = tmp_path_factory.mktemp("tip") / "tip2018_full.pdf"
    make.build_report(make.read_dir(TIP2018), path)
    with (TIP2018 / "INDEX.tsv").open(encoding="utf-8") as fh:
        truth = {lookup_country(r["country"]).alpha3: HEADING_TIERS[r["tier_2018"]]
                 for r in csv.DictReader(fh, delimiter="\t")}
    doc = load_pdf(path, backend="pdfium")
    narratives = {s.country for s in doc.sections if s.label == "narrative"}
    assert narratives >= set(truth)
    nlp.max_length = max(nlp.max_length, 10_000_000)
    facts = extract_document(doc, nlp)
    tiers = [r for r in facts.records if r.type == "tier_statement"]
    spurious = [(r.country_code, r.tier, r.report_year, r.rule) for r in tiers
                if truth.get(r.country_code) != r.tier or r.report_year != 2018]
    assert spurious == []
    assert all(lookup_country(r.country).alpha3 == r.country_code for r in tiers)
    assert {r.country_code for r in tiers} == set(truth)
    assert {r.country_code for r in tiers if r.rule == "placement_list"} == set(truth)


@pytest.mark.parametrize(
    ("prev", "cur", "breaks"),
    [
        # a short list item, then one whose first word would have fitted after it: two items
        (Line("Bhutan", fill=0.3, size=8, room=110, lead=28), Line("Bosnia and Herzegovina", fill=0.9, size=8,
                                                                    room=15, lead=27), True),
        # a justified prose line that fills its column: the next line goes on with the sentence
        (Line("The government reported it investigated", fill=1.0, size=9, room=0, lead=0),
         Line("Cases of forced labor in the fishing", fill=1.0, size=9, room=0, lead=30), False),
        # a ragged line a little short of the edge: the next word did not fit there
        (Line("ministries met four times and adopted", fill=0.93, size=9, room=18, lead=20),
         Line("National guidelines on referral", fill=0.8, size=9, room=40, lead=38), False),
        # room enough, but the line goes on in lower case: not read as a list
        (Line("Congo, Democratic Republic", fill=0.7, size=8, room=60, lead=12),
         Line("of the", fill=0.2, size=8, room=90, lead=12), False),
        # lead not known (a backend without word widths): the old rules alone
        (Line("Chad", fill=0.7, size=8, room=90, lead=0),
         Line("Cuba", fill=0.7, size=8, room=90, lead=0), False),
    ],
)
def test_a_line_whose_first_word_would_have_fitted_above_starts_a_new_item(prev, cur, breaks):
    assert breaks_before(prev, cur) is breaks
