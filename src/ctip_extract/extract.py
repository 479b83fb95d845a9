"""Documents through the pipeline, and spaCy annotations to records.

Components leave spans in `doc.spans["ctip_*"]` with their fields in
`span._.ctip`; this module adds provenance (doc_id, sentence, page, section)
and builds the pydantic records. Actor mentions sharing an `actor_id` become
one Actor record.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .components.extensions import SPAN_KEYS, section_at
from .documents import Document, iter_documents
from .documents.document import normalise_published
from .documents.text import text_document
from .errors import DocumentError
from .pipeline import shared_pipeline
from .records import Actor, Date, DocumentFacts, Mention, Quantity, Record, TierStatement

_RECORD_CLASSES = {"quantity": Quantity, "tier_statement": TierStatement, "date": Date}


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenised Doc carrying the document's metadata, ready for the components."""
    doc = nlp.make_doc(document.normalised)
    doc._.ctip_meta = rule_meta(document)
    return doc


def rule_meta(document: Document) -> dict:
    """What the components read of a document (`Doc._.ctip_meta`, see components/extensions.py)."""
    return {
        "doc_id": document.doc_id,
        "published": document.published,
        "kind": document.kind,
        "sections": [(document.to_analysis(s.start), document.to_analysis(s.end), s.label, s.country)
                     for s in document.sections],
        "report_year": document.meta.get("report_year"),
        "site_name": document.meta.get("site_name"),  # an HTML page's own site: named in its text, a medium
        "authors": document.meta.get("authors") or [],  # the people an HTML page names as its authors
    }


def annotate(document: Document, nlp: Language | None = None) -> Doc:
    """Run the pipeline over one document."""
    nlp = nlp or shared_pipeline()
    return nlp(make_doc(nlp, document))


def annotate_many(documents: Iterable[Document], nlp: Language, batch_size: int = 32) -> Iterator[tuple[Document, Doc]]:
    """Run the pipeline over many documents, streaming (document, doc) pairs."""
    docs = list(documents)
    for document, doc in zip(docs, nlp.pipe((make_doc(nlp, d) for d in docs), batch_size=batch_size)):
        yield document, doc


def facts_from_doc(document: Document, doc: Doc) -> DocumentFacts:
    """The DocumentFacts of an annotated Doc."""
    return document_facts(document, records_from_doc(document, doc))


def document_facts(document: Document, records: list[Record]) -> DocumentFacts:
    return DocumentFacts(doc_id=document.doc_id, source=document.source, published=document.published,
                         title=document.title, records=records)


def extract_document(document: Document, nlp: Language | None = None, *, workers: int | None = None) -> DocumentFacts:
    """Every fact in one loaded Document. One holding many country narratives (a whole TIP Report) is
    read a narrative at a time, by up to `workers` processes (default: two for a long one read in the
    main process); see narratives.py."""
    from .narratives import extract_by_narrative, narrative_units, report_workers  # it builds on this module

    nlp = nlp or shared_pipeline()
    units = narrative_units(document)
    if not units:
        return facts_from_doc(document, annotate(document, nlp))
    return document_facts(document, extract_by_narrative(document, nlp, units, report_workers(document, workers)))


def extract(text: str, *, published: str | None = None, doc_id: str | None = None,
            kind: str | None = None, nlp: Language | None = None) -> DocumentFacts:
    """Every fact in a text. `published` ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') anchors relative dates."""
    document = text_document(text, doc_id=doc_id or "text", source=doc_id or "<text>",
                             published=normalise_published(published), kind=kind or "news")
    return extract_document(document, nlp)


def extract_file(path: str | Path, *, nlp: Language | None = None, pdf_backend: str = "auto") -> list[DocumentFacts]:
    """The facts of every document in a file (one for most files, one a line for JSONL).

    Raises DocumentError when the file, or any document in it, cannot be read.
    """
    results = []
    for item in iter_documents(Path(path), pdf_backend=pdf_backend):
        if isinstance(item, DocumentError):
            raise item
        results.append(extract_document(item, nlp))
    return results


def records_from_doc(document: Document, doc: Doc) -> list[Record]:
    """Records with provenance from the `ctip_*` span groups, in text order."""
    locate = Locator.for_doc(document, doc)
    records: list[Record] = [*span_records(doc, locate), *(actor for _, actor in keyed_actors(doc, locate))]
    records.sort(key=lambda r: (r.start, r.end, r.type))
    return records


def span_records(doc: Doc, locate: Locator, kinds: Iterable[str] = tuple(_RECORD_CLASSES)) -> list[Record]:
    """The records of `kinds` other than actors (quantity, tier_statement, date), in span group order."""
    records: list[Record] = []
    for kind in kinds:
        key = SPAN_KEYS[kind]
        if key not in doc.spans:
            continue
        cls = _RECORD_CLASSES[kind]
        for span in doc.spans[key]:
            fields = dict(span._.ctip or {})
            more = fields.pop("also", ())  # other dates the same words denote ("FY2022/23": 2022 and 2023)
            for one in (fields, *more):
                records.append(cls(**locate.provenance(span.start_char, span.end_char, one, span.label_), **one))
    return records


def keyed_actors(doc: Doc, locate: Locator) -> list[tuple[str, Actor]]:
    """One Actor per `actor_id` of the actor spans, with that id (the key that joins mentions)."""
    key = SPAN_KEYS["actor"]
    if key not in doc.spans:
        return []
    return _actor_records(doc.spans[key], locate)


class Locator:
    """Sentence index, page and section of a stretch [start_char, end_char) of the text the rules read.

    `base`: where that text starts in `document.normalised` (a part of the document read as a Doc of
    its own); sentences and sections are counted in the part, offsets, text and page in the document.
    """

    def __init__(self, document: Document, sentence_starts: list[int],
                 section_of: Callable[[int], tuple[str | None, str | None]], base: int = 0) -> None:
        self.document = document
        self.sent_starts = sentence_starts
        self.section_of = section_of
        self.base = base

    @classmethod
    def for_doc(cls, document: Document, doc: Doc, base: int = 0) -> Locator:
        starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        return cls(document, starts, lambda char: section_at(doc, char), base)

    def provenance(self, start_char: int, end_char: int, fields: dict, label: str = "") -> dict:
        """The provenance fields of a record; takes `rule` and `section` out of `fields`."""
        rule = fields.pop("rule", None) or label or "unknown"
        section = fields.pop("section", None)
        if section is None:
            section = self.section_of(start_char)[0]
        text, start, end, page = self.place(start_char, end_char)
        return {
            "doc_id": self.document.doc_id,
            "text": text,
            "start": start,
            "end": end,
            "sentence": self.sentence(start_char),
            "page": page,
            "section": section,
            "rule": rule,
        }

    def place(self, start_char: int, end_char: int) -> tuple[str, int, int, int | None]:
        """The text, start, end and page in `Document.text` (the rules read the normalised copy)."""
        start = self.document.to_source(self.base + start_char)
        end = self.document.to_source(self.base + end_char, end=True)
        return self.document.text[start:end], start, end, self.document.page_at(start)

    def sentence(self, char: int) -> int:
        return max(bisect_right(self.sent_starts, char) - 1, 0)


def _actor_records(spans: Iterable[Span], locate: Locator) -> list[tuple[str, Actor]]:
    """One Actor per `actor_id`: the first mention gives the span, all give aliases and mentions."""
    groups: dict[str, list[Span]] = {}
    for span in spans:
        key = (span._.ctip or {}).get("actor_id") or span.text
        groups.setdefault(key, []).append(span)
    actors = []
    for actor_id, group in groups.items():
        group.sort(key=lambda s: s.start_char)
        first = group[0]
        fields = dict(first._.ctip or {})
        fields.pop("actor_id", None)
        fields.pop("alias", None)
        for span in group[1:]:  # later mentions may know more (a role, a country)
            for name, value in (span._.ctip or {}).items():
                if fields.get(name) in (None, "", []) and name not in ("actor_id", "rule", "aliases", "alias"):
                    fields[name] = value
        aliases: list[str] = []
        # a mention marked `alias: False` ("the government" in a TIP narrative) is a mention, not a name
        named = [s.text for s in group if (s._.ctip or {}).get("alias", True)]  # names read normalised
        for value in [*(fields.pop("aliases", None) or []), *named]:
            if value != fields.get("name") and value not in aliases:
                aliases.append(value)
        mentions = [Mention(text=text, start=start, end=end, page=page)
                    for text, start, end, page in (locate.place(s.start_char, s.end_char) for s in group)]
        provenance = locate.provenance(first.start_char, first.end_char, fields, first.label_)
        actors.append((actor_id, Actor(**provenance, aliases=aliases, mentions=mentions, **fields)))
    return actors
