"""PDF loading benchmark on a full-size report laid out like the printed TIP Report.

    python benchmarks/bench_pdf.py [--limit N] [--rebuild] [--backends pdfium,plumber] [--no-pipeline]

Builds benchmarks/_generated/tip2018_full.pdf (git-ignored) with tools/make_tip_pdf.py from
the 187 real narratives of ../shared/data/tip2018 (~510 pages), then, for each backend, each
measurement in a fresh child process (peak RSS = the child's own peak and its workers'):

- raw: the library alone, as the backend calls it (pdfplumber: pdfminer's characters from
  `page.layout`, then `page.close()`; pypdfium2: `get_text_range()`), pages/s;
- load: `load_pdf` (layout, text, structure), pages/s, with the checks:
  * narratives: each of the 187 found as a Section with its country;
  * reading order: for each narrative, the words laid out (its paragraphs, bullet glyphs
    dropped) against the words of the narrative Section's text (caption text removed), by
    difflib.SequenceMatcher on the two word lists: matched words / words laid out, summed over
    all narratives (words recovered in the right order);
- e2e: `load_pdf` + the rule pipeline (`extract_document`), pages/s, pipeline build excluded,
  and tier placements from headings: the tier_statement at each narrative's heading against
  INDEX.tsv; "placements: N/187, spurious K": countries whose tier statements (headings,
  placement list, sentences) all give the INDEX.tsv tier for 2018, and statements that do not.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GENERATED = HERE / "_generated"
SOURCE = ROOT.parent / "shared" / "data" / "tip2018"
TIERS = {"TIER 1": "1", "TIER 2": "2", "TIER 2 WATCH LIST": "2WL", "TIER 3": "3", "SPECIAL CASE": "special"}


def build(pdf: Path, limit: int | None, rebuild: bool) -> dict:
    expected = pdf.with_suffix(".expected.json")
    if rebuild or not pdf.is_file() or not expected.is_file():
        spec = importlib.util.spec_from_file_location("make_tip_pdf", ROOT / "tools" / "make_tip_pdf.py")
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules["make_tip_pdf"] = module
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        started = time.perf_counter()
        result = module.build_report(module.read_dir(SOURCE, limit), pdf)
        from dataclasses import asdict

        expected.write_text(json.dumps(asdict(result), ensure_ascii=False), encoding="utf-8")
        print(f"built {pdf.name}: {result.pages} pages, {len(result.narratives)} narratives "
              f"in {time.perf_counter() - started:.1f} s", flush=True)
    return json.loads(expected.read_text(encoding="utf-8"))


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


# -- children ------------------------------------------------------------------


def child_raw(pdf: str, backend: str) -> dict:
    started, cpu = time.perf_counter(), time.process_time()
    chars = 0
    if backend == "plumber":
        import pdfplumber
        from pdfminer.layout import LTChar

        with pdfplumber.open(pdf) as doc:
            pages = len(doc.pages)
            for page in doc.pages:
                chars += sum(1 for obj in page.layout if isinstance(obj, LTChar))
                page.close()
    else:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(pdf)
        pages = len(doc)
        for i in range(pages):
            page = doc[i]
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        doc.close()
    return {"pages": pages, "seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "chars": chars}


def narrative_checks(doc, expected: dict) -> dict:
    from ctip_extract.documents.normalise import normalise_text

    narratives = {s.title: s for s in doc.sections if s.label == "narrative"}
    found = missing = 0
    total = matched = 0
    worst: list[tuple[float, str]] = []
    for n in expected["narratives"]:
        want = normalise_text(" ".join(n["paragraphs"]), keep_offsets=False).replace("\u2022", " ").split()
        section = narratives.get(n["country"])
        total += len(want)
        if section is None or not section.country:
            missing += 1
            continue
        found += 1
        text = doc.text[section.start:section.end]
        for caption in expected["captions"]:
            text = text.replace(caption, " ")
        got = text.replace("\u2022", " ").split()
        blocks = difflib.SequenceMatcher(None, want, got, autojunk=False).get_matching_blocks()
        m = sum(b.size for b in blocks)
        matched += m
        worst.append((m / max(len(want), 1), n["country"]))
    worst.sort()
    return {"narratives_found": found, "narratives_expected": len(expected["narratives"]),
            "reading_order": matched / max(total, 1), "worst": worst[:3]}


def child_load(pdf: str, backend: str, expected_path: str) -> dict:
    from ctip_extract.documents.pdf import load_pdf

    started, cpu = time.perf_counter(), time.process_time()
    doc = load_pdf(pdf, backend=backend)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    expected = json.loads(Path(expected_path).read_text(encoding="utf-8"))
    out = {"pages": len(doc.pages), "seconds": seconds, "cpu": cpu, "words": doc.words,
           "report_year": doc.meta.get("report_year"), "published": doc.published}
    out.update(narrative_checks(doc, expected))
    return out


def child_e2e(pdf: str, backend: str) -> dict:
    import ctip_extract
    from ctip_extract.documents.pdf import load_pdf
    from ctip_extract.extract import extract_document

    built = time.perf_counter()
    nlp = ctip_extract.load()
    # A whole report is ~3 M characters, over spaCy's default max_length (1 M, a guard for parsers
    # and NER, which the rules-only pipeline does not have).
    nlp.max_length = max(nlp.max_length, 10_000_000)
    build_seconds = time.perf_counter() - built
    started = time.perf_counter()
    doc = load_pdf(pdf, backend=backend)
    loaded = time.perf_counter() - started
    facts = extract_document(doc, nlp)
    seconds = time.perf_counter() - started
    heading_tiers: dict[str, str] = {}
    for section in doc.sections:
        if section.label != "narrative":
            continue
        line_end = doc.text.find("\n", section.start)
        for r in facts.records:
            on_heading = section.start <= r.start < line_end
            if r.type == "tier_statement" and on_heading and r.country_code == section.country:
                heading_tiers[section.country] = r.tier
    from ctip_extract.rules.countries import lookup_country

    with (SOURCE / "INDEX.tsv").open(encoding="utf-8") as fh:
        index = list(csv.DictReader(fh, delimiter="\t"))
    truth = {c.alpha3: TIERS[row["tier_2018"]] for row in index if (c := lookup_country(row["country"]))}
    right = sum(1 for code, tier in truth.items() if heading_tiers.get(code) == tier)
    # Every tier statement of the report (headings, placement list, sentences): a country is placed
    # right when it has statements and all say its INDEX.tsv tier for 2018; any other is spurious.
    tiers = [r for r in facts.records if r.type == "tier_statement"]
    spurious = [f"{r.country_code} {r.tier} {r.report_year} ({r.rule})" for r in tiers
                if truth.get(r.country_code) != r.tier or r.report_year != 2018]
    placed = {r.country_code for r in tiers} - {s.split()[0] for s in spurious}
    listed = {r.country_code for r in tiers if r.rule == "placement_list"}
    return {"pages": len(doc.pages), "seconds": seconds, "load_seconds": loaded, "words": doc.words,
            "pipeline_build_seconds": build_seconds, "records": len(facts.records),
            "tiers_right": right, "tiers_expected": len(index),
            "placements_right": len(placed & set(truth)), "spurious": spurious,
            "listed_right": len(listed & set(truth) - {s.split()[0] for s in spurious})}


def run_child(kind: str, pdf: Path, backend: str, expected: Path) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--backend", backend, "--pdf", str(pdf),
           "--expected-json", str(expected)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:] or ["failed"]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N narratives")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--backends", default="pdfium,plumber")
    parser.add_argument("--no-pipeline", action="store_true", help="skip the end-to-end run")
    parser.add_argument("--only", choices=("raw", "load", "e2e"), help="run one measurement only")
    parser.add_argument("--child", choices=("raw", "load", "e2e"), help=argparse.SUPPRESS)
    parser.add_argument("--backend", help=argparse.SUPPRESS)
    parser.add_argument("--pdf", help=argparse.SUPPRESS)
    parser.add_argument("--expected-json", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.child == "raw":
            result = child_raw(args.pdf, args.backend)
        elif args.child == "load":
            result = child_load(args.pdf, args.backend, args.expected_json)
        else:
            result = child_e2e(args.pdf, args.backend)
        result["peak_rss_mb"] = peak_rss_mb()
        print(json.dumps(result))
        return 0

    GENERATED.mkdir(parents=True, exist_ok=True)
    name = "tip2018_full" if args.limit is None else f"tip2018_{args.limit}"
    pdf = GENERATED / f"{name}.pdf"
    build(pdf, args.limit, args.rebuild)
    expected = pdf.with_suffix(".expected.json")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    for backend in args.backends.split(","):
        print(f"\n[{backend}]")
        if args.only in (None, "raw"):
            raw = run_child("raw", pdf, backend, expected)
            if "error" in raw:
                print(f"  raw failed: {raw['error']}")
            else:
                rate = raw["pages"] / raw["seconds"]
                print(f"  raw library      {raw['seconds']:7.1f} s  {rate:7.1f} pages/s"
                      f"  peak RSS {raw['peak_rss_mb']:6.0f} MB  ({raw['pages']} pages)")
        if args.only in (None, "load"):
            load = run_child("load", pdf, backend, expected)
            if "error" in load:
                print(f"  load failed: {load['error']}")
            else:
                _print_load(load)
        if args.no_pipeline or args.only not in (None, "e2e"):
            continue
        e2e = run_child("e2e", pdf, backend, expected)
        if "error" in e2e:
            print(f"  end-to-end failed: {e2e['error']}")
            continue
        print(f"  load + pipeline  {e2e['seconds']:7.1f} s  {e2e['pages'] / e2e['seconds']:7.1f} pages/s"
              f"  peak RSS {e2e['peak_rss_mb']:6.0f} MB  ({e2e['words']:,} words,"
              f" {e2e['words'] / max(e2e['seconds'] - e2e['load_seconds'], 1e-9):,.0f} words/s"
              " in the pipeline,"
              f" {e2e['records']:,} records; pipeline built in {e2e['pipeline_build_seconds']:.1f} s)")
        print(f"  tier placements from headings {e2e['tiers_right']}/{e2e['tiers_expected']} (INDEX.tsv)")
        print(f"  placements: {e2e['placements_right']}/{e2e['tiers_expected']},"
              f" spurious {len(e2e['spurious'])}"
              f" (all tier statements against INDEX.tsv; placement list {e2e['listed_right']}"
              f"/{e2e['tiers_expected']}){': ' + ', '.join(e2e['spurious'][:5]) if e2e['spurious'] else ''}")
    return 0


def _print_load(load: dict) -> None:
    print(f"  load_pdf         {load['seconds']:7.1f} s  {load['pages'] / load['seconds']:7.1f} pages/s"
          f"  peak RSS {load['peak_rss_mb']:6.0f} MB  ({load['cpu']:.1f} s CPU in the parent)")
    print(f"  narratives found {load['narratives_found']}/{load['narratives_expected']} with country;"
          f" reading order {100 * load['reading_order']:.3f}% of words;"
          f" report year {load['report_year']}, published {load['published']}")
    print(f"  lowest narratives: {', '.join(f'{c} {100 * r:.2f}%' for r, c in load['worst'])}")


if __name__ == "__main__":
    raise SystemExit(main())
