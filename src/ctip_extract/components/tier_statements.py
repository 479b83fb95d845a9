"""`ctip_tier_statements`: a country's placement in the TIP Report.

Writes `doc.spans["ctip_tier_statements"]`: one span per statement, from a heading
("CAMBODIA: TIER 2"), a tier label ("Tier 2 Watch List - UAE is placed ..."), a tier placement
list (the countries under "TIER 1") or a sentence ("therefore Cambodia remained on Tier 2").
`span._.ctip` holds the TierStatement fields: country, country_code, tier, report_year, change,
previous_tier, standards, rule. The wording is in models/patterns/tier_statements.jsonl; the logic
in `ctip_extract.rules.tiers`. Reads `doc._.ctip_meta` (kind, published, report_year, sections).
"""

from __future__ import annotations

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..rules.countries import preload as preload_countries
from ..rules.tiers import TierRules, find_tier_statements, load_tier_rules
from .extensions import doc_meta
from .sentences import doc_text

KEY = "ctip_tier_statements"


class TierStatementFinder:
    """Finds tier statements with the rules of one patterns file."""

    def __init__(self, rules: TierRules) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        meta = doc_meta(doc)
        text = doc_text(doc)  # doc.text is built from the tokens on every access
        findings = find_tier_statements(
            text,
            sentences=lambda: sentence_bounds(doc, len(text)),
            kind=meta.get("kind"),
            published=meta.get("published"),
            report_year=meta.get("report_year"),
            sections=meta.get("sections") or (),
            rules=self.rules,
        )
        spans = []
        for f in findings:
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None:
                continue
            span._.ctip = f.fields()
            spans.append(span)
        doc.spans[KEY] = spans
        return doc


def sentence_bounds(doc: Doc, n_chars: int) -> list[tuple[int, int]] | None:
    """(start_char, end_char) of each sentence, from the token arrays (fast); None without sentences."""
    if len(doc) == 0:
        return None
    arr = doc.to_array([SENT_START, IDX])
    starts = arr[arr[:, 0] == 1, 1].tolist()
    if not starts:
        return None
    if starts[0] != 0:
        starts.insert(0, 0)
    return [(s, e) for s, e in zip(starts, [*starts[1:], n_chars])]


@Language.factory(
    KEY,
    default_config={"patterns": "patterns/tier_statements.jsonl"},
    assigns=["doc.spans"],
)
def make_tier_statements(nlp: Language, name: str, patterns: str) -> TierStatementFinder:
    preload_countries()
    return TierStatementFinder(load_tier_rules(patterns))
