"""Words per second of the rules-only pipeline on one core.

    python benchmarks/bench_pipeline.py [--words 200000] [--seed 7] [--repeat 3]

Generates synthetic news articles (make_corpus.py) until at least `--words`
words, loads the pipeline once, warms it up, then times (a) the spaCy pipeline
alone over the documents (nlp.pipe) and (b) full extraction to records
(extract_document), and (c) the issue's yardstick, a blank English pipeline
with one Matcher, over the same texts, in turn, so the figures come from the
same moments of a shared machine. Prints the best of `--repeat` timings.
Target: >= 50,000 words/s for (a) on one core.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

from make_corpus import article

from ctip_extract.documents import Document
from ctip_extract.extract import extract_document, make_doc
from ctip_extract.pipeline import load


def corpus(words: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    docs: list[Document] = []
    total = 0
    while total < words:
        a = article(rng, len(docs))
        docs.append(Document(doc_id=f"a{len(docs)}", text=a["text"], source="<bench>", published=a["published"],
                             title=a["title"], kind="news"))
        total += len(a["text"].split())
    return docs


def reference_rate(docs: list[Document], words: int) -> float:
    """Words/s of the issue's yardstick on this machine now: a blank English pipeline and one
    spaCy Matcher (three token patterns) over the same texts (about 140,000 words/s on the 2-core
    machine the target was set on). A shared machine's speed drifts; this says how fast it is."""
    import spacy
    from spacy.matcher import Matcher

    blank = spacy.blank("en")
    matcher = Matcher(blank.vocab)
    matcher.add("count", [[{"LIKE_NUM": True}, {"IS_ALPHA": True}]])
    matcher.add("tier", [[{"LOWER": "tier"}, {"LIKE_NUM": True}]])
    matcher.add("name", [[{"IS_TITLE": True, "OP": "+"}, {"LOWER": "of"}, {"IS_TITLE": True}]])
    texts = [d.text for d in docs]
    t = time.perf_counter()
    for doc in blank.pipe(texts, batch_size=64):
        matcher(doc)
    return words / (time.perf_counter() - t)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--words", type=int, default=200_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    docs = corpus(args.words, args.seed)
    words = sum(d.words for d in docs)
    started = time.perf_counter()
    nlp = load()
    load_s = time.perf_counter() - started
    for d in docs[:20]:  # warm-up: lazy tables, first-call costs
        extract_document(d, nlp)
    pipe_best = extract_best = float("inf")
    reference = 0.0
    for _ in range(args.repeat):
        reference = max(reference, reference_rate(docs, words))
        t = time.perf_counter()
        for _doc in nlp.pipe((make_doc(nlp, d) for d in docs), batch_size=64):
            pass
        pipe_best = min(pipe_best, time.perf_counter() - t)
        t = time.perf_counter()
        records = 0
        for d in docs:
            records += len(extract_document(d, nlp).records)
        extract_best = min(extract_best, time.perf_counter() - t)
    print(f"$ python {' '.join(sys.argv)}")
    print(f"corpus: {len(docs):,} articles, {words:,} words (seed {args.seed}); pipeline: {nlp.pipe_names}")
    print(f"pipeline load: {load_s:.2f} s")
    print(f"spaCy pipeline (nlp.pipe):   {words / pipe_best:10,.0f} words/s  ({pipe_best:.2f} s, best of {args.repeat})")
    print(f"extraction to records:       {words / extract_best:10,.0f} words/s  ({extract_best:.2f} s, "
          f"{records:,} records)")
    print(f"yardstick (blank English + one Matcher, same texts): {reference:10,.0f} words/s, best of "
          f"{args.repeat}; the pipeline runs at {reference / (words / pipe_best):.1f}x its time")
    print(f"target >= 50,000 words/s: {'met' if words / pipe_best >= 50_000 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
