"""The `ctip-extract` command: a thin layer over the library.

    ctip-extract run PATH... --out FILE [--format jsonl|csv|parquet] [--jobs N] [--force] [--timeout S] ...
    ctip-extract show FILE
    ctip-extract schema
    ctip-extract evaluate GOLD_DIR

Only this module configures logging.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from . import __version__
from .errors import CtipError, OutputExistsError

log = logging.getLogger("ctip_extract")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 documents failed, 2 usage or fatal error)."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING if not args.verbose else logging.INFO,
                        format="ctip-extract: %(message)s", stream=sys.stderr, force=True)
    try:
        return int(args.func(args) or 0)
    except OutputExistsError as exc:
        print(f"ctip-extract: {exc}", file=sys.stderr)
        return 2
    except CtipError as exc:
        print(f"ctip-extract: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ctip-extract: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ctip-extract", description="Typed facts from counter-trafficking documents.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="extract facts from files and folders into JSONL, CSV or Parquet",
                       description="Rerunning into the same --out resumes an interrupted run or updates "
                                   "a finished one: unchanged files keep their records, new or changed "
                                   "files are extracted. --force discards the previous output and starts "
                                   "over.")
    r.add_argument("paths", nargs="+", type=Path, help="files or folders (searched recursively)")
    r.add_argument("--out", "-o", type=Path, required=True,
                   help="output file; csv and parquet write OUT-stem.<record type>.<format>")
    r.add_argument("--format", dest="fmt", default=None, choices=["jsonl", "csv", "parquet"],
                   help="output format (default: from the suffix of --out, else jsonl)")
    r.add_argument("--force", action="store_true",
                   help="start over: discard an existing output, its manifest and any interrupted run")
    r.add_argument("--model", default=None, help="an installed spaCy pipeline to run before the rules")
    r.add_argument("--pdf-backend", default="auto", choices=["auto", "plumber", "pdfium"])
    r.add_argument("--jobs", "-j", type=_positive_int, default=os.cpu_count() or 1,
                   help="worker processes (default: number of CPUs)")
    r.add_argument("--engine", default="local", choices=["local", "dask"])
    r.add_argument("--scheduler", default=None, help="dask scheduler address, e.g. tcp://host:8786")
    r.add_argument("--max-bytes", type=_positive_int, default=200 * 1024 * 1024,
                   help="largest input file read, in bytes (default 200 MB)")
    r.add_argument("--max-pages", type=_positive_int, default=None, help="most pages read from a PDF")
    r.add_argument("--timeout", type=float, default=300.0,
                   help="seconds a document may take before its worker is stopped (default 300; 0: none)")
    r.add_argument("--max-memory-mb", type=int, default=0,
                   help="memory a worker may add while reading one document, in MB (default 0: no limit)")
    r.add_argument("--log-json", action="store_true",
                   help="one JSON object per finished document on stderr, then a summary object")
    r.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    r.set_defaults(func=_cmd_run)

    s = sub.add_parser("show", help="one document's facts as a readable table")
    s.add_argument("path", type=Path)
    s.add_argument("--model", default=None)
    s.add_argument("--pdf-backend", default="auto", choices=["auto", "plumber", "pdfium"])
    s.set_defaults(func=_cmd_show)

    sc = sub.add_parser("schema", help="print the JSON Schema of an output record")
    sc.set_defaults(func=_cmd_schema)

    e = sub.add_parser("evaluate", help="score the pipeline on documents with *.gold.json files")
    e.add_argument("gold_dir", type=Path)
    e.add_argument("--show", action="store_true", help="list misses and extras")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--model", default=None)
    e.set_defaults(func=_cmd_evaluate)
    return p


def _cmd_run(args: argparse.Namespace) -> int:
    from .batch import run

    if args.engine == "dask" and not args.scheduler:
        raise CtipError("--engine dask needs --scheduler ADDRESS")
    summary = run(args.paths, args.out, force=args.force, model=args.model, pdf_backend=args.pdf_backend,
                  progress=False if (args.no_progress or args.log_json) else None, jobs=args.jobs,
                  fmt=args.fmt, max_bytes=args.max_bytes, max_pages=args.max_pages,
                  timeout=args.timeout or None, max_memory_mb=args.max_memory_mb or None,
                  engine=args.engine, scheduler=args.scheduler, log_json=args.log_json)
    if not args.log_json:
        print(f"ctip-extract: {summary.line()} -> {args.out}", file=sys.stderr)
    return 1 if summary.errors else 0


def _positive_int(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value}")
    return number


def _cmd_show(args: argparse.Namespace) -> int:
    from .extract import extract_file
    from .pipeline import load
    from .show import render_facts

    nlp = load(args.model)
    for facts in extract_file(args.path, nlp=nlp, pdf_backend=args.pdf_backend):
        print(render_facts(facts))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .records import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_folder, render_scores

    scores = evaluate_folder(args.gold_dir, model=args.model)
    print(json.dumps(scores.as_dict(), indent=2) if args.json else render_scores(scores, show=args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
