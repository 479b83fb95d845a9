"""How many CIA Factbook tier ratings the pipeline reads right: country and tier (and the cited year).

    python benchmarks/factbook_tiers.py [FOLDER | CSV] [--full]

FOLDER defaults to ../shared/eval/factbook; CSV is e.g.
../shared/data/tiers/cia_factbook_tip_tier_statements_2006_2025.csv.

With the evaluation folder, each X.txt is checked against X.gold.json; with the CSV, each row that names
a tier becomes a document "COUNTRY\\ntier rating: TEXT" (kind factbook, published = the edition) and its
`tier` and `tip_report_year_cited` columns are the truth. By default only the sentence and tier
components run (fast); --full runs the whole pipeline. Prints the share right and every miss.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import ctip_extract
from ctip_extract.documents import Document, load_document
from ctip_extract.extract import annotate_many, facts_from_doc
from ctip_extract.rules.countries import lookup_country
from ctip_extract.rules.tiers import parse_tier

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "factbook"


def from_folder(folder: Path) -> Iterator[tuple[Document, dict]]:
    for path in sorted(folder.glob("*.txt")):
        gold_path = path.with_name(path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["tiers"][0]
        yield load_document(path), {"code": gold["code"], "tier": gold["tier"], "year": gold.get("year")}


def from_csv(path: Path) -> Iterator[tuple[Document, dict]]:
    with path.open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            tier = parse_tier(row.get("tier") or "")
            text = (row.get("tier_rating_text") or "").strip()
            country = lookup_country(row["country"])
            if tier is None or not text:
                continue
            doc_id = f"fb{row['factbook_edition']}-{row.get('fips_code') or i}"
            document = Document(doc_id=doc_id, text=f"{row['country']}\ntier rating: {text}\n",
                                source=str(path), published=row["factbook_edition"], kind="factbook")
            year = row.get("tip_report_year_cited") or None
            yield document, {"code": country.alpha3 if country else row["country"], "tier": tier,
                             "year": int(year) if year else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT), help="evaluation folder or Factbook CSV")
    parser.add_argument("--full", action="store_true", help="run every component, not only tier statements")
    args = parser.parse_args(argv)
    source = Path(args.source)
    if not source.exists():
        print(f"no such file or folder: {source}", file=sys.stderr)
        return 2
    items = list(from_csv(source) if source.suffix == ".csv" else from_folder(source))
    nlp = ctip_extract.load()
    if not args.full:
        nlp.select_pipes(enable=["ctip_sentences", "ctip_tier_statements"])
    started = time.perf_counter()
    right = year_right = 0
    misses = []
    docs = [d for d, _ in items]
    for (document, doc), (_, gold) in zip(annotate_many(docs, nlp), items):
        records = facts_from_doc(document, doc).tier_statements
        found = [(r.country_code, r.tier, r.report_year) for r in records]
        hits = [f for f in found if f[0] == gold["code"] and f[1] == gold["tier"]]
        wrong = [f for f in found if (f[0], f[1]) != (gold["code"], gold["tier"])]
        if hits and not wrong:
            right += 1
            if gold["year"] is None or any(f[2] == gold["year"] for f in hits):
                year_right += 1
                continue
        misses.append((document.doc_id, gold, found, document.text[:160].replace("\n", " | ")))
    seconds = time.perf_counter() - started
    n = len(items)
    print(f"{n} entries: country and tier right {right} ({right / max(n, 1):.1%}); "
          f"with the cited year too {year_right} ({year_right / max(n, 1):.1%}); {seconds:.1f} s")
    for doc_id, gold, found, text in misses:
        print(f"MISS {doc_id}: gold {gold['code']} {gold['tier']} {gold['year']}; found {found}\n     {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
