"""A document holding many country narratives (a whole TIP Report), read one narrative at a time.

Each narrative is a text of its own: an acronym spelt out in Botswana's narrative says nothing
about South Africa's, and "the government" is the narrative's own. So a document with two or more
narrative sections is cut at their headings into units (what comes before the first, then one unit
per narrative); each unit runs through the pipeline as a Doc of its own, in worker processes when
there are spare cores, and the records are put back together: offsets moved into the document's
text, sentences counted over the whole document, and one Actor per `actor_id` across the units.
Tier statements are the exception: they are found once over the whole text (tokens, sentences and
the tier component only, a tenth of the pipeline's time), because a placement list takes each
country's change and minimum-standards finding from that country's narrative.
"""

from __future__ import annotations

import multiprocessing
import os
from bisect import bisect_right
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

from spacy.language import Language

from .documents import Document
from .documents.document import Page, Section
from .extract import annotate, keyed_actors, make_doc, span_records
from .processes import die_with_parent
from .records import Actor, Mention, Record

# Below this many characters a document is read in one process: starting workers costs more.
PARALLEL_MIN_CHARS = 200_000
_TIER_PIPES = ("ctip_sentences", "ctip_tier_statements")
_FILLED = ("actor_kind", "country", "role", "affiliation")  # what a later unit may add to an actor


def narrative_units(document: Document) -> list[tuple[int, int]]:
    """The [start, end) ranges of `document.text` read apart: empty unless it has two narratives or more."""
    starts = sorted({s.start for s in document.sections if s.label == "narrative" and s.start > 0})
    if len({s.start for s in document.sections if s.label == "narrative"}) < 2:
        return []
    cuts = [0, *starts, len(document.text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def unit_document(document: Document, start: int, end: int) -> Document:
    """The part [start, end) of a document as a Document of its own (offsets from 0, same metadata)."""
    pages = tuple(replace(p, start=max(p.start, start) - start, end=min(p.end, end) - start)
                  for p in document.pages if p.start < end and p.end > start)
    sections = tuple(replace(s, start=max(s.start, start) - start, end=min(s.end, end) - start)
                     for s in document.sections if s.start < end and s.end > start)
    analysis_text, expansions = None, ()
    if document.analysis_text is not None:
        analysis_text = document.analysis_text[document.to_analysis(start):document.to_analysis(end)]
        expansions = tuple((at - start, n) for at, n in document.expansions if start <= at < end)
    return replace(document, text=document.text[start:end], pages=pages, sections=sections,
                   analysis_text=analysis_text, expansions=expansions)


def extract_by_narrative(document: Document, nlp: Language, units: list[tuple[int, int]],
                         workers: int = 1) -> list[Record]:
    """The records of a document read unit by unit (see the module docstring), in text order."""
    results: dict[int, tuple[list[Record], list[tuple[str, Actor]]]] = {}
    jobs = _units_in_processes(document, nlp, units, workers) if workers > 1 else None
    whole = _tier_pass(document, nlp)  # with workers: the parent's own share, while they read the units
    if jobs is None:
        for i, bounds in enumerate(units):
            results[i] = _read_unit(document, nlp, bounds)
    else:
        results.update(jobs)
    tiers, sentence_starts = whole
    keyed: list[tuple[str, Actor]] = []
    records: list[Record] = list(tiers)
    for i in sorted(results):
        found, actors = results[i]
        records += found
        keyed += actors
    records += merge_actors(keyed)
    records = [_renumbered(r, document, sentence_starts) for r in records]
    records.sort(key=lambda r: (r.start, r.end, r.type))
    return records


def merge_actors(keyed: list[tuple[str, Actor]]) -> list[Actor]:
    """One Actor per key, from the units' Actors in text order: the first gives the span and the name,
    later ones fill what it left empty and add their names, aliases and mentions."""
    groups: dict[str, list[Actor]] = {}
    for key, actor in keyed:
        groups.setdefault(key, []).append(actor)
    merged = []
    for first, *rest in groups.values():
        if not rest:
            merged.append(first)
            continue
        update: dict[str, object] = {}
        for name in _FILLED:
            if getattr(first, name) in (None, ""):
                update[name] = next((getattr(a, name) for a in rest if getattr(a, name) not in (None, "")), None)
        aliases = list(first.aliases)
        for value in (v for a in rest for v in (a.name, *a.aliases)):
            if value != first.name and value not in aliases:
                aliases.append(value)
        mentions = [*first.mentions, *(m for a in rest for m in a.mentions)]
        merged.append(first.model_copy(update={**update, "aliases": aliases, "mentions": mentions}))
    return merged


def _read_unit(document: Document, nlp: Language, bounds: tuple[int, int]) -> tuple[list[Record], list[tuple[str, Actor]]]:
    """A unit's records other than tier statements, and its keyed Actors, with offsets in `document`."""
    start, _end = bounds
    unit = unit_document(document, *bounds)
    doc = annotate(unit, nlp)
    records = [_shifted(r, start) for r in span_records(unit, doc, ("quantity", "date"))]
    actors = [(key, _shifted(a, start)) for key, a in keyed_actors(unit, doc)]
    return records, actors


def _tier_pass(document: Document, nlp: Language) -> tuple[list[Record], list[int]]:
    """Tier statements over the whole text, and where its sentences start (in the text the rules read)."""
    doc = make_doc(nlp, document)
    for name, pipe in nlp.pipeline:
        if name in _TIER_PIPES:
            doc = pipe(doc)
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    return span_records(document, doc, ("tier_statement",)), starts


def _shifted(record: Record, by: int) -> Record:
    update: dict[str, object] = {"start": record.start + by, "end": record.end + by}
    if isinstance(record, Actor):
        update["mentions"] = [Mention(text=m.text, start=m.start + by, end=m.end + by, page=m.page)
                              for m in record.mentions]
    return record.model_copy(update=update)


def _renumbered(record: Record, document: Document, sentence_starts: list[int]) -> Record:
    sentence = max(bisect_right(sentence_starts, document.to_analysis(record.start)) - 1, 0)
    return record if sentence == record.sentence else record.model_copy(update={"sentence": sentence})


# -- worker processes ---------------------------------------------------------------------------------------

_SHARED: tuple[Document, Language, list[tuple[int, int]]] | None = None  # read by forked workers


def _units_in_processes(document: Document, nlp: Language, units: list[tuple[int, int]],
                        workers: int) -> Iterator[tuple[int, tuple]] | None:
    """(index, result) of each unit as worker processes finish them; None where processes cannot
    share the loaded pipeline (no fork)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    global _SHARED
    _SHARED = (document, nlp, units)
    # the longest units first, so that neither worker is left with a long one at the end
    order = sorted(range(len(units)), key=lambda i: units[i][0] - units[i][1])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=die_with_parent, initargs=(os.getpid(),))
    try:
        futures = [(i, pool.submit(_unit_job, i)) for i in order]
    finally:
        _SHARED = None  # the workers have their copy; the parent keeps no reference
    return _collect(pool, futures)


def _collect(pool: ProcessPoolExecutor, futures: list) -> Iterator[tuple[int, tuple]]:
    try:
        for i, future in futures:
            yield i, future.result()
    finally:
        pool.shutdown(cancel_futures=True)


def _unit_job(index: int) -> tuple[list[Record], list[tuple[str, Actor]]]:
    assert _SHARED is not None, "a unit job runs only in a worker forked by _units_in_processes"
    document, nlp, units = _SHARED
    return _read_unit(document, nlp, units[index])


def report_workers(document: Document, workers: int | None) -> int:
    """How many processes read a document's narratives: `workers` if given, else up to two for a long
    document read in the main process (a worker of a batch is told how many it may start)."""
    if workers is not None:
        return max(1, workers)
    if len(document.text) < PARALLEL_MIN_CHARS or multiprocessing.parent_process() is not None:
        return 1
    return min(2, os.cpu_count() or 1)
