"""The structure of a Trafficking in Persons Report, read from its text.

- report year: from running heads ("2018 TRAFFICKING IN PERSONS REPORT",
  "TRAFFICKING IN PERSONS REPORT 2018") and the cover, the most frequent;
  "JUNE 2018" beside the title gives the month of publication;
- narratives: a line "CAMBODIA: TIER 2" opens one (Section "narrative", with
  the country's alpha-3 and title "CAMBODIA") that runs to the next one;
  inside it, heading lines open "recommendations", "prosecution",
  "protection", "prevention", "profile" (and "government_efforts" in special
  cases);
- the tier placement list: "TIER 1", "TIER 2", "TIER 2 WATCH LIST", "TIER 3",
  "SPECIAL CASES" heading lines followed by country names (Section
  "tier_placements").

Every function takes the document text (headings on lines of their own, as
`cleanup.build_text` writes them) and returns plain values.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ...rules.countries import lookup_country
from ..document import Section
from .layout import NARRATIVE_HEADING

_YEAR_AFTER = re.compile(
    r"TRAFFICKING\s+IN\s+PERSONS\s+REPORT[,:]?\s+"
    r"(?:(?P<month>[A-Z][a-z]+|[A-Z]+)\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_COVER = re.compile(
    r"TRAFFICKING\s+IN\s+PERSONS\s+REPORT\s*\n+\s*(?P<month>[A-Za-z]+)\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+TRAFFICKING\s+IN\s+PERSONS\s+REPORT", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}

SUBSECTIONS = (
    ("recommendations", re.compile(r"^(?:PRIORITIZED\s+)?RECOMMENDATIONS(?:\s+FOR\s+.+?)?\s*:?$")),
    ("prosecution", re.compile(r"^PROSECUTION\s*:?$")),
    ("protection", re.compile(r"^PROTECTION\s*:?$")),
    ("prevention", re.compile(r"^PREVENTION\s*:?$")),
    ("profile", re.compile(r"^(?:HUMAN\s+)?TRAFFICKING\s+PROFILE\s*:?$")),
    ("government_efforts", re.compile(r"^GOVERNMENT\s+EFFORTS\s*:?$")),
)
_TIER_HEADING = re.compile(r"^(?:TIER 1|TIER 2|TIER 2 WATCH LIST|TIER 3|SPECIAL CASES?)$")
_PLACEMENTS_TITLE = re.compile(r"^TIER PLACEMENTS$")
_CAPS_HEADING = re.compile(r"^[^a-z]*[A-Z]{2}[^a-z]*$")
_PLACEMENT_NOISE = re.compile(r"[*\u2020\u2021\d]+$")
PLACEMENT_SPAN = 20000  # tier headings of one list stand within this many characters of each other


@dataclass(frozen=True)
class ReportFacts:
    report_year: int | None
    published: str | None  # "YYYY-MM" or "YYYY"


def report_facts(heads: Iterable[str], front_text: str) -> ReportFacts:
    """The report year (most frequent in running heads and on the cover) and the publication date."""
    years: Counter[int] = Counter()
    months: Counter[tuple[int, int]] = Counter()
    for text in [*heads, front_text]:
        for m in _YEAR_AFTER.finditer(text):
            year = int(m.group("year"))
            years[year] += 1
            month = _MONTHS.get((m.group("month") or "").lower())
            if month:
                months[(year, month)] += 1
        for m in _YEAR_BEFORE.finditer(text):
            years[int(m.group("year"))] += 1
    # The cover: "TRAFFICKING IN PERSONS REPORT" then "JUNE 2018" on the next line.
    cover = _COVER.search(front_text)
    if cover and cover.group("month").lower() in _MONTHS:
        year = int(cover.group("year"))
        years[year] += 1
        months[(year, _MONTHS[cover.group("month").lower()])] += 1
    if not years:
        return ReportFacts(None, None)
    year = years.most_common(1)[0][0]
    in_year = [(m, n) for (y, m), n in months.items() if y == year]
    if in_year:
        month = max(in_year, key=lambda t: t[1])[0]
        return ReportFacts(year, f"{year}-{month:02d}")
    return ReportFacts(year, str(year))


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped text) of each non-empty line."""
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0).strip()
        if line:
            yield m.start(), m.end(), line


def find_sections(text: str) -> list[Section]:
    """Narratives, their subsections and the tier placement list; outermost first."""
    lines = list(_lines(text))
    sections: list[Section] = []
    placements = tier_placement_list(lines)
    if placements is not None:
        sections.append(placements)
    heads = []  # (line index, country, title)
    for i, (_start, _end, line) in enumerate(lines):
        m = NARRATIVE_HEADING.match(line)
        if m:
            country = lookup_country(m.group("name"))
            if country is not None:
                heads.append((i, country.alpha3, m.group("name")))
    for n, (i, alpha3, title) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        stop = _narrative_end(lines, i, stop)
        start = lines[i][0]
        end = lines[stop - 1][1]
        sections.append(Section(start, end, "narrative", alpha3, title))
        subs = [(j, label) for j in range(i + 1, stop) for label in [_subsection(lines[j][2])] if label]
        for k, (j, label) in enumerate(subs):
            sub_stop = subs[k + 1][0] if k + 1 < len(subs) else stop
            title = lines[j][2].rstrip(":")
            sections.append(Section(lines[j][0], lines[sub_stop - 1][1], label, alpha3, title))
    sections.sort(key=lambda s: (s.start, -(s.end - s.start)))
    return sections


def _subsection(line: str) -> str | None:
    if len(line) > 80:
        return None
    for label, pattern in SUBSECTIONS:
        if pattern.match(line):
            return label
    return None


def _narrative_end(lines: list[tuple[int, int, str]], first: int, stop: int) -> int:
    """The last narrative runs to the end of the text, unless a heading of another part of the
    report follows its TRAFFICKING PROFILE."""
    in_profile = False
    for j in range(first + 1, stop):
        line = lines[j][2]
        label = _subsection(line)
        if label:
            in_profile = label == "profile"
        elif in_profile and _CAPS_HEADING.match(line) and len(line.split()) <= 12 and not line.endswith("."):
            return j
    return stop


def tier_placement_list(lines: list[tuple[int, int, str]]) -> Section | None:
    """The tier placement list: from its title (or first tier heading) to its last country name."""
    tier_idx = [i for i, (_s, _e, line) in enumerate(lines) if _TIER_HEADING.match(line)]
    if not tier_idx:
        return None
    # The first run of at least two different tier headings close together.
    for k, first in enumerate(tier_idx):
        group = [first]
        for j in tier_idx[k + 1:]:
            if lines[j][0] - lines[group[-1]][1] > PLACEMENT_SPAN:
                break
            group.append(j)
        if len({lines[j][2] for j in group}) >= 2:
            break
    else:
        return None
    begin = group[0]
    if begin > 0 and _PLACEMENTS_TITLE.match(lines[begin - 1][2]):
        begin -= 1
    last = group[-1]
    end = last
    for j in range(last + 1, len(lines)):
        name = _PLACEMENT_NOISE.sub("", lines[j][2]).strip()
        if lookup_country(name) is None:
            break
        end = j
    return Section(lines[begin][0], lines[end][1], "tier_placements", None, "TIER PLACEMENTS")
