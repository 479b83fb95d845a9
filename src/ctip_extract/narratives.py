"""A document holding many country narratives (a whole TIP Report), read one narrative at a time.

Each narrative is a text of its own: an acronym spelt out in Botswana's narrative says nothing
about South Africa's, and "the government" is the narrative's own. So a document with two or more
narrative sections is cut at their headings into units (what comes before the first, then one unit
per narrative); each unit runs through the pipeline as a Doc of its own, in this process and, when
there are spare cores, forked workers, and the records are put back together: offsets moved into the document's
text, sentences counted over the whole document, and one Actor per `actor_id` across the units.
Tier statements are the exception: they are found once over the whole text, with the sentences the
units found, because a placement list takes each country's change and minimum-standards finding
from that country's narrative.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

from spacy.language import Language

from .components.extensions import SectionIndex
from .documents import Document
from .extract import Locator, annotate, keyed_actors, rule_meta, span_records
from .processes import default_pool_size, die_with_parent
from .records import Actor, Record, TierStatement
from .rules.tiers import find_tier_statements

# Below this many characters a document is read in one process: starting workers costs more.
PARALLEL_MIN_CHARS = 200_000
_TIER_PIPE = "ctip_tier_statements"
_FILLED = ("actor_kind", "country", "role", "affiliation")  # what a later unit may add to an actor


def narrative_units(document: Document) -> list[tuple[int, int]]:
    """The [start, end) ranges of `document.text` read apart: empty unless it has two narratives or more."""
    starts = {s.start for s in document.sections if s.label == "narrative"}
    if len(starts) < 2:
        return []
    cuts = sorted({0, *starts, len(document.text)})
    return list(zip(cuts, cuts[1:]))


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
    jobs = _units_in_processes(document, nlp, units, workers) if workers > 1 else None
    if jobs is None:
        jobs = ((i, _read_unit(document, nlp, bounds)) for i, bounds in enumerate(units))
    results = dict(jobs)
    records: list[Record] = []
    keyed: list[tuple[str, Actor]] = []
    sentence_starts: list[int] = []
    for i in sorted(results):
        found, actors, starts = results[i]
        _count_sentences_from(len(sentence_starts), [*found, *(actor for _, actor in actors)])
        records += found
        keyed += actors
        sentence_starts += starts
    records += merge_actors(keyed)
    meta = rule_meta(document)
    locate = Locator(document, sentence_starts, SectionIndex(meta["sections"]).at)
    records += _tier_statements(document, nlp, meta, locate)
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


def _read_unit(document: Document, nlp: Language, bounds: tuple[int, int]) -> tuple:
    """A unit's records other than tier statements and its keyed Actors, with offsets in `document` and
    sentences counted from the unit's first, and where its sentences start in `document.normalised`."""
    start, _end = bounds
    doc = annotate(unit_document(document, *bounds), nlp)
    base = document.to_analysis(start)
    locate = Locator.for_doc(document, doc, base)
    starts = [base + s for s in locate.sent_starts]
    return span_records(doc, locate, ("quantity", "date")), keyed_actors(doc, locate), starts


def _tier_statements(document: Document, nlp: Language, meta: dict, locate: Locator) -> list[Record]:
    """The tier statements of the whole text, as the tier component finds them in one Doc."""
    if _TIER_PIPE not in nlp.pipe_names:
        return []
    text = document.normalised
    starts = locate.sent_starts
    findings = find_tier_statements(
        text, sentences=list(zip(starts, [*starts[1:], len(text)])), kind=meta["kind"],
        published=meta["published"], report_year=meta["report_year"], sections=meta["sections"],
        rules=nlp.get_pipe(_TIER_PIPE).rules)
    records: list[Record] = []
    for f in findings:
        aligned = _token_aligned(nlp, text, f.start, f.end)
        if aligned is not None:
            fields = f.fields()
            records.append(TierStatement(**locate.provenance(*aligned, fields), **fields))
    return records


def _token_aligned(nlp: Language, text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) widened to whole tokens, as `Doc.char_span(..., alignment_mode="expand")` does.
    spaCy's tokenizer reads each space-separated chunk on its own, so the chunks around the span
    are tokenised alone, not the whole text."""
    a = text.rfind(" ", 0, start) + 1
    b = text.find(" ", end)
    b = len(text) if b < 0 else b
    span = nlp.make_doc(text[a:b]).char_span(start - a, end - a, alignment_mode="expand")
    return None if span is None else (a + span.start_char, a + span.end_char)


def _count_sentences_from(first: int, records: list[Record]) -> None:
    """Number a unit's sentences from `first` (the sentences of the units before it), in place. The
    records were built for this document and nobody holds them yet; copying each (`model_copy`) cost
    a quarter of a second, with a worker idle, over a report's 16,000 records."""
    if first:
        for record in records:
            record.__dict__["sentence"] += first


# -- worker processes ---------------------------------------------------------------------------------------

_SHARED: tuple[Document, Language, list[tuple[int, int]]] | None = None  # read by forked workers


def _units_in_processes(document: Document, nlp: Language, units: list[tuple[int, int]],
                        workers: int) -> Iterator[tuple[int, tuple]] | None:
    """(index, result) of each unit, read by `workers` processes: this one and `workers - 1` forked
    ones; None where processes cannot share the loaded pipeline (no fork)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    global _SHARED
    _SHARED = (document, nlp, units)
    # the workers take the longest units first, so that none is left with a long one at the end
    order = sorted(range(len(units)), key=lambda i: units[i][0] - units[i][1])
    pool = ProcessPoolExecutor(max_workers=workers - 1, mp_context=multiprocessing.get_context("fork"),
                               initializer=die_with_parent, initargs=(os.getpid(),))
    try:
        futures = {i: pool.submit(_unit_job, i) for i in order}
    finally:
        _SHARED = None  # the workers have their copy; the parent keeps no reference
    return _collect(pool, futures, lambda i: _read_unit(document, nlp, units[i]))


def _collect(pool: ProcessPoolExecutor, futures: dict, read: Callable[[int], tuple]) -> Iterator[tuple[int, tuple]]:
    """This process reads units too, from the shortest up, each one no worker has started (its future
    still cancellable), so its records cost no copying between processes; then the workers' results."""
    try:
        for i in reversed(futures):
            if not futures[i].cancel():
                break
            yield i, read(i)
        for i, future in futures.items():
            if not future.cancelled():
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
    if len(document.text) < PARALLEL_MIN_CHARS:
        return 1
    return default_pool_size()
