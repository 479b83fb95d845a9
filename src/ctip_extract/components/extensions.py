"""The spaCy extension attributes ctip-extract uses, registered once, here.

- `Doc._.ctip_meta`: plain dict set before the pipeline runs: `doc_id`,
  `published` ("YYYY[-MM[-DD]]"), `kind`, `sections` (list of
  (start_char, end_char, label, country_alpha3)), `report_year` (int or None,
  set by the PDF loader from the report's cover and running heads).
- `Span._.ctip`: plain dict of record fields a component computed for a span
  in `doc.spans["ctip_*"]`, always with a `rule` key.
"""

from __future__ import annotations

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
    """(innermost section label, narrative country alpha-3) at a character offset."""
    label = country = None
    for start, end, sec_label, sec_country in doc_meta(doc).get("sections") or ():
        if start <= char < end:
            label = sec_label
            country = sec_country or country
    return label, country


register_extensions()
