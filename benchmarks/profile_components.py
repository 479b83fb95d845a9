"""Words per CPU second of each pipeline component (tokenizer included) on one core.

    python benchmarks/profile_components.py [--texts tip|corpus] [--docs 20] [--repeat 3]
                                            [--model NAME] [--cprofile [N]]

Texts: `news` = generated news articles (make_corpus.py, as bench_pipeline.py uses; about `--words`
words); `tip` = the first `--docs` TIP 2018 country narratives of ../shared/data/tip2018 (when that
folder exists); `corpus` = the bundled corpus/ documents, repeated until about 60,000 words.
Default: tip when available, else corpus. Times are CPU time of this process
(time.process_time), so other load on a shared machine does not count; each component's figure
is the best of `--repeat` passes; memo caches are emptied before each copy of the texts
(repeated texts would otherwise hit them). `--cprofile` also prints the N functions with the most
own time over one pass (`--only NAME`: of that step only). Target: total >= 50,000 words/s.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

from bench_pipeline import corpus as news_corpus

from ctip_extract.documents import Document, iter_documents
from ctip_extract.extract import make_doc
from ctip_extract.pipeline import load

ROOT = Path(__file__).resolve().parent.parent
TIP_DIR = ROOT.parent / "shared" / "data" / "tip2018"
CORPUS_DIR = ROOT / "corpus"
DOC_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}


def read_folder(folder: Path, limit: int | None = None) -> list[Document]:
    paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in DOC_SUFFIXES and p.name[0].islower())
    docs: list[Document] = []
    for path in paths:
        docs.extend(d for d in iter_documents(path) if isinstance(d, Document))
        if limit and len(docs) >= limit:
            return docs[:limit]
    return docs


def texts(which: str, n_docs: int, words: int = 60_000) -> tuple[str, list[Document], int]:
    """(label, documents, how many documents make one copy of the texts)."""
    if which == "news":
        docs = news_corpus(words, seed=7)
        return "generated news articles (seed 7)", docs, len(docs)
    if which == "tip":
        docs = read_folder(TIP_DIR, n_docs)
        return f"{n_docs} TIP 2018 narratives ({TIP_DIR})", docs, len(docs)
    base = read_folder(CORPUS_DIR)
    words = sum(d.words for d in base) or 1
    times = max(1, 60_000 // words)
    return f"bundled corpus x{times} ({len(base)} documents)", base * times, len(base)


def clear_caches() -> None:
    """Empty the memo caches (functools.lru_cache, maxsize > 1) of ctip_extract's modules, so that a pass
    over repeated texts is not faster than a pass over new ones; table loaders (maxsize 1) stay."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("ctip_extract.") or module is None:
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and callable(getattr(value, "cache_clear", None)) and (info().maxsize or 2) > 1:
                value.cache_clear()


def one_pass(nlp, docs: list[Document], times: dict[str, float], prof: cProfile.Profile | None = None,
             only: str | None = None, copy: int = 0) -> None:
    """Run every document through the tokenizer and each component, adding CPU time per step to
    `times`; with `prof`, profile every step (or only the step named `only`). Memo caches are
    emptied before each copy of the texts (every `copy` documents), so a copy reads as new text."""
    clock = time.process_time
    for n, document in enumerate(docs):
        if copy and n % copy == 0:
            clear_caches()
        if prof is not None and only in (None, "tokenizer"):
            prof.enable()
        t = clock()
        doc = make_doc(nlp, document)
        times["tokenizer"] += clock() - t
        for name, proc in nlp.pipeline:
            if prof is not None:
                if only in (None, name):
                    prof.enable()
                else:
                    prof.disable()
            t = clock()
            doc = proc(doc)
            times[name] += clock() - t
        if prof is not None:
            prof.disable()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--texts", choices=["news", "tip", "corpus"], default="tip" if TIP_DIR.is_dir() else "corpus")
    p.add_argument("--docs", type=int, default=20, help="TIP narratives to read (default 20)")
    p.add_argument("--words", type=int, default=60_000, help="generated news words (default 60,000)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--model", default=None, help="an installed spaCy pipeline to run before the rules")
    p.add_argument("--cprofile", type=int, nargs="?", const=30, default=0, metavar="N")
    p.add_argument("--only", default=None, metavar="COMPONENT", help="with --cprofile: profile this step only")
    args = p.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    label, docs, copy = texts(args.texts, args.docs, args.words)
    words = sum(d.words for d in docs)
    nlp = load(args.model)
    names = ["tokenizer", *nlp.pipe_names]
    one_pass(nlp, docs[:5], dict.fromkeys(names, 0.0))  # warm-up: lazy tables, first-call costs
    best = dict.fromkeys(names, float("inf"))
    for _ in range(args.repeat):
        times = dict.fromkeys(names, 0.0)
        one_pass(nlp, docs, times, copy=copy)
        for name in names:
            best[name] = min(best[name], times[name])
    print(f"$ python {' '.join(sys.argv)}")
    print(f"texts: {label}: {len(docs)} documents, {words:,} words; CPU time, best of {args.repeat}")
    for name in names:
        print(f"  {name:24s} {words / max(best[name], 1e-9):12,.0f} words/s  {best[name]:7.3f} s")
    total = sum(best.values())
    print(f"  {'total':24s} {words / total:12,.0f} words/s  {total:7.3f} s")
    print(f"target >= 50,000 words/s: {'met' if words / total >= 50_000 else 'NOT met'}")
    if args.cprofile:
        prof = cProfile.Profile()
        one_pass(nlp, docs, dict.fromkeys(names, 0.0), prof, args.only, copy)
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out)
        stats.sort_stats(os.environ.get("SORT", "tottime")).print_stats(args.cprofile)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
