"""The spaCy extension attributes ctip-extract uses, registered once, here.

- `Doc._.ctip_meta`: plain dict set before the pipeline runs: `doc_id`,
  `published` ("YYYY[-MM[-DD]]"), `kind`, `sections` (list of
  (start_char, end_char, label, country_alpha3)), `report_year` (int or None,
  set by the PDF loader from the report's cover and running heads).
- `Span._.ctip`: plain dict of record fields a component computed for a span
  in `doc.spans["ctip_*"]`, always with a `rule` key.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

SPAN_KEYS = {
    "quantity": "ctip_quantities",
    "actor": "ctip_actors",
    "tier_statement": "ctip_tier_statements",
    "date": "ctip_dates",
}


def register_extensions() -> None:
    """Register the extensions; safe to call any number of times."""
    if not Doc.has_extension("ctip_meta"):
        Doc.set_extension("ctip_meta", default=None)
    if not Span.has_extension("ctip"):
        Span.set_extension("ctip", default=None)


def doc_meta(doc: Doc) -> dict:
    """The document metadata dict, empty when none was set."""
    return doc._.ctip_meta or {}


def section_at(doc: Doc, char: int) -> tuple[str | None, str | None]:
    """(innermost section label, narrative country alpha-3) at a character offset: of the sections
    holding it, the last listed gives the label, the last listed with a country the country."""
    sections = doc_meta(doc).get("sections") or ()
    cached = doc.user_data.get(_SECTION_INDEX_KEY)
    if cached is None or cached.sections is not sections:  # a TIP Report has a thousand sections, asked
        cached = doc.user_data[_SECTION_INDEX_KEY] = SectionIndex(sections)  # about for every record
    return cached.at(char)


class SectionIndex:
    """Section boundaries and the (label, country) between each two, for `at` lookups by bisection."""

    def __init__(self, sections) -> None:
        self.sections = sections  # (start, end, label, country) tuples
        self.points = sorted({p for start, end, _, _ in sections for p in (start, end)})
        opening: dict[int, list[int]] = {}
        closing: dict[int, list[int]] = {}
        for i, (start, end, _, _) in enumerate(sections):
            if start < end:
                opening.setdefault(start, []).append(i)
                closing.setdefault(end, []).append(i)
        active: set[int] = set()
        self.values: list[tuple[str | None, str | None]] = []
        for p in self.points:  # sweep: the sections open on [p, next point)
            active.difference_update(closing.get(p, ()))
            active.update(opening.get(p, ()))
            label = sections[max(active)][2] if active else None
            with_country = [i for i in active if sections[i][3]]
            self.values.append((label, sections[max(with_country)][3] if with_country else None))

    def at(self, char: int) -> tuple[str | None, str | None]:
        i = bisect_right(self.points, char) - 1
        return self.values[i] if 0 <= i < len(self.values) else (None, None)


_SECTION_INDEX_KEY = "ctip_section_index"


register_extensions()
