"""The batch runner: parallel = sequential output, reruns reuse work, bounds per document, formats, logs.

These tests assert runner behaviour (counts, identical outputs, error records),
not what the rules extract: the components change while this is written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import ctip_extract.batch.workers as workers
from ctip_extract.batch import RunSummary, Settings, run
from ctip_extract.cli import main
from ctip_extract.documents import Document, Page, discover
from ctip_extract.errors import CtipError, OutputExistsError

ROOT = Path(__file__).resolve().parent.parent
MAKE_CORPUS = ROOT / "benchmarks" / "make_corpus.py"
N_ARTICLES = 10
N_DOCS = N_ARTICLES + 5  # + wire.jsonl (3 good, 1 broken) + empty.txt
ARTICLE = "Police in Ghana rescued at least 12 children in March 2017, the IOM said.\n"


@pytest.fixture(autouse=True)
def fixed_pipeline_version(monkeypatch) -> None:
    """The real version hashes the package sources, which others edit while these tests run."""
    import ctip_extract.batch.runner as runner

    monkeypatch.setattr(runner, "pipeline_version", lambda model=None: "0.0.0+test")


def make_corpus(folder: Path, n: int, seed: int = 3) -> Path:
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(folder), "--n", str(n), "--seed", str(seed)],
                   check=True, capture_output=True)
    return folder


@pytest.fixture(scope="module")
def base_corpus(tmp_path_factory) -> Path:
    folder = make_corpus(tmp_path_factory.mktemp("corpus") / "in", N_ARTICLES)
    lines = [json.dumps({"text": ARTICLE.replace("12", str(n)), "published": "2019-05-01"}) for n in (3, 4, 5)]
    (folder / "wire.jsonl").write_text("\n".join(lines[:2]) + "\n{broken\n\n" + lines[2] + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture()
def corpus(base_corpus: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(base_corpus, folder)
    return folder


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def doc_order(records: list[dict]) -> list[str]:
    seen: list[str] = []
    for r in records:
        key = r.get("source", r["doc_id"]) if r["type"] == "error" else r["doc_id"]
        key = Path(key.split(":")[0]).stem if r["type"] == "error" else key.split(":")[0]
        if not seen or seen[-1] != key:
            seen.append(key)
    return seen


def test_parallel_run_writes_exactly_the_sequential_output(corpus: Path, tmp_path: Path) -> None:
    one = run([corpus], tmp_path / "one.jsonl", jobs=1)
    two = run([corpus], tmp_path / "two.jsonl", jobs=2, timeout=60)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert (one.documents, one.errors, one.records) == (two.documents, two.errors, two.records)
    assert one.documents == N_ARTICLES + 3 and one.errors == 2  # wire.jsonl:3 and empty.txt
    assert one.extracted == N_DOCS and one.reused == 0
    # discover() order of files, JSONL lines in line order
    stems = [p.stem for p in discover([corpus])]
    order = doc_order(lines(tmp_path / "two.jsonl"))
    assert order == [s for s in stems if s in order]
    wire = [r["doc_id"] for r in lines(tmp_path / "two.jsonl") if r["doc_id"].startswith("wire:")]
    assert wire == sorted(wire, key=lambda d: int(d.split(":")[1]))
    assert not list(tmp_path.glob("*.part*")) and not list(tmp_path.glob("*.lock"))


def test_second_run_over_unchanged_corpus_does_no_work(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out.jsonl"
    first = run([corpus], out, jobs=2, timeout=60)
    before = out.read_bytes()

    def no_extraction(*args, **kwargs):
        raise AssertionError("a document was extracted again")

    monkeypatch.setattr(workers, "extract_document", no_extraction)
    second = run([corpus], out, jobs=2, timeout=60)
    assert second.extracted == 0
    assert second.reused == first.extracted == N_DOCS
    assert (second.documents, second.errors, second.records) == (first.documents, first.errors, first.records)
    assert out.read_bytes() == before


def test_rerun_redoes_changed_and_new_files_and_drops_removed_ones(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run([corpus], out, jobs=1)
    files = sorted(corpus.rglob("article-*.txt"))
    files[0].write_text(ARTICLE, encoding="utf-8")  # changed
    files[1].unlink()  # removed
    (corpus / "000" / "zz-new.txt").write_text(ARTICLE.replace("Ghana", "Kenya"), encoding="utf-8")
    (corpus / "000" / f"{files[2].stem}.meta.json").write_text('{"published": "2001-01-01"}', encoding="utf-8")
    summary = run([corpus], out, jobs=2, timeout=60)
    assert summary.extracted == 3  # changed, new, changed sidecar
    assert summary.reused == N_DOCS - 1 - 2
    fresh = tmp_path / "fresh.jsonl"
    run([corpus], fresh, jobs=1)
    assert out.read_bytes() == fresh.read_bytes()


def test_a_changed_pipeline_redoes_everything(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out.jsonl"
    run([corpus], out, jobs=1)
    import ctip_extract.batch.runner as runner

    monkeypatch.setattr(runner, "pipeline_version", lambda model=None: "0.0.0+other")
    assert run([corpus], out, jobs=1).extracted == N_DOCS


def test_output_of_other_inputs_is_refused_without_force(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run([corpus], out, jobs=1)
    before = out.read_bytes()
    other = sorted(corpus.rglob("*.txt"))[0]
    with pytest.raises(OutputExistsError, match="another run"):
        run([other], out, jobs=1)
    assert out.read_bytes() == before
    summary = run([other], out, jobs=1, force=True)
    assert summary.reused == 0 and summary.extracted == 1


def test_a_file_without_manifest_is_never_overwritten(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="--force"):
        run([corpus], out)
    assert out.read_text(encoding="utf-8") == "precious\n"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_csv_and_parquet_hold_the_same_records_as_jsonl(corpus: Path, tmp_path: Path, fmt: str) -> None:
    summary = run([corpus], tmp_path / "facts.jsonl", jobs=1)
    other = run([corpus], tmp_path / f"facts.{fmt}", jobs=1)
    assert other.records == summary.records
    by_type: dict[str, int] = {}
    for record in lines(tmp_path / "facts.jsonl"):
        by_type[record["type"]] = by_type.get(record["type"], 0) + 1
    for kind in ("quantity", "actor", "tier_statement", "date", "error"):
        path = tmp_path / f"facts.{kind}.{fmt}"
        if fmt == "csv":
            with open(path, encoding="utf-8", newline="") as fh:
                assert len(list(csv.reader(fh))) - 1 == by_type.get(kind, 0)
        else:
            import pyarrow.parquet as pq

            assert pq.read_table(path).num_rows == by_type.get(kind, 0)
    # the JSONL store beside csv/parquet lets a rerun reuse everything
    assert run([corpus], tmp_path / f"facts.{fmt}", jobs=1).extracted == 0


def test_log_json_one_object_per_finished_document(corpus: Path, tmp_path: Path) -> None:
    stream = io.StringIO()
    run([corpus], tmp_path / "out.jsonl", jobs=2, timeout=60, log_json=True, log_stream=stream)
    events = [json.loads(line) for line in stream.getvalue().splitlines()]
    docs, summary = events[:-1], events[-1]["summary"]
    assert len(docs) == N_DOCS and summary["documents"] == N_DOCS - 2 and summary["errors"] == 2
    assert {d["doc_id"] for d in docs if "error" in d} == {"wire:3", "empty"}
    assert all(not d["reused"] for d in docs)


# -- bounds: a runaway document is stopped in its worker, the run goes on --------------------------------

def _misbehaving(real):
    def extract(document, nlp, **options):
        if "HANG" in document.text:
            time.sleep(120)
        if "CRASH" in document.text:
            os._exit(7)
        if "HOG" in document.text:
            hog = bytearray(3_000 * 1024 * 1024)
            return hog
        return real(document, nlp, **options)

    return extract


@pytest.fixture()
def trouble(tmp_path: Path, monkeypatch) -> Path:
    """A JSONL file whose 2nd line hangs, crashes or eats memory, between good files."""
    import multiprocessing

    import ctip_extract.batch.engines as engines

    monkeypatch.setattr(workers, "extract_document", _misbehaving(workers.extract_document))
    # forked workers inherit the patched function (spawned ones would import the real one)
    monkeypatch.setattr(engines, "_context", lambda: multiprocessing.get_context("fork"))
    folder = tmp_path / "trouble"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "z.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def _wire(folder: Path, word: str) -> None:
    texts = [ARTICLE, f"{word} {ARTICLE}", ARTICLE.replace("Ghana", "Nepal")]
    (folder / "m.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")


@pytest.mark.parametrize(
    ("word", "options", "reason"),
    [
        ("HANG", {"timeout": 1.5}, "timed out after 1.5 s"),
        ("CRASH", {"timeout": 60}, "worker process died (exit status 7)"),
        ("HOG", {"timeout": 60, "max_memory_mb": 400}, "out of memory (limit 400 MB)"),
    ],
)
@pytest.mark.parametrize("jobs", [1, 2])  # one worker: the file sent to it ahead of the runaway is run after all
def test_runaway_document_becomes_error_and_the_file_goes_on(trouble: Path, tmp_path: Path, word: str,
                                                            options: dict, reason: str, jobs: int) -> None:
    _wire(trouble, word)
    started = time.perf_counter()
    summary = run([trouble], tmp_path / "out.jsonl", jobs=jobs, **options)
    assert time.perf_counter() - started < 30
    records = lines(tmp_path / "out.jsonl")
    errors = [r for r in records if r["type"] == "error"]
    assert errors == [{"schema_version": errors[0]["schema_version"], "type": "error", "doc_id": "m:2",
                       "source": f"{trouble / 'm.jsonl'}:2", "reason": reason}]
    assert summary.errors == 1 and summary.documents == 4  # a, m:1, m:3, z
    assert doc_order(records) == ["a", "m", "z"]
    manifest = lines(tmp_path / "out.jsonl.manifest.jsonl")
    assert [e["retry"] for e in manifest[1:]] == [False, True, False]


def test_error_from_a_limit_is_retried_on_the_next_run(trouble: Path, tmp_path: Path, monkeypatch) -> None:
    _wire(trouble, "HANG")
    out = tmp_path / "out.jsonl"
    run([trouble], out, jobs=2, timeout=1)
    monkeypatch.setattr(workers, "extract_document", _plain)
    summary = run([trouble], out, jobs=2, timeout=30)
    assert summary.extracted == 3 and summary.reused == 2 and summary.errors == 0


def _plain(document, nlp, **options):
    from ctip_extract.extract import extract_document

    return extract_document(document, nlp, **options)


def test_pipeline_version_is_stable_and_names_the_package_version() -> None:
    from ctip_extract import __version__
    from ctip_extract.batch.manifest import pipeline_version

    first = pipeline_version()
    assert first.startswith(f"{__version__}+") and len(first.split("+")[1]) == 16
    assert pipeline_version("some_model") != first


def test_max_bytes_limit_is_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE * 100, encoding="utf-8")
    summary = run([tmp_path / "big.txt"], tmp_path / "out.jsonl", max_bytes=1000)
    (error,) = lines(tmp_path / "out.jsonl")
    assert error["type"] == "error" and "file too large" in error["reason"] and "limit 1,000" in error["reason"]
    assert summary.errors == 1


def test_max_pages_limit_is_an_error_record(nlp) -> None:
    pages = tuple(Page(number=i + 1, start=i * 10, end=i * 10 + 10) for i in range(3))
    document = Document(doc_id="r", text="x" * 30, source="r.pdf", pages=pages)
    result = workers.extract_one(0, document, Settings(max_pages=2), nlp, time.perf_counter())
    assert result.error == "too many pages: 3 (limit 2)"
    assert json.loads(result.lines[0])["source"] == "r.pdf"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"engine": "spark"}, "unknown engine"),
        ({"engine": "dask"}, "needs a scheduler"),
        ({"timeout": -1}, "must be positive"),
        ({"pdf_backend": "ocr"}, "unknown PDF backend"),
        ({"fmt": "xml"}, "unknown output format"),
    ],
)
def test_bad_run_options_are_refused(tmp_path: Path, options: dict, message: str) -> None:
    with pytest.raises(CtipError, match=message):
        run([tmp_path], tmp_path / "out.jsonl", **options)


def test_summary_line_names_extracted_reused_and_errors() -> None:
    summary = RunSummary(documents=5, errors=1, extracted=2, reused=4, seconds=2.0, words=100)
    summary.records.update({"date": 3, "error": 1})
    assert summary.line().startswith("5 documents (2 extracted, 4 reused), 3 date, 1 error; 1 errors; 2.0 s")


def test_cli_run_with_jobs_format_and_exit_status(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "facts.csv"
    assert main(["run", str(corpus), "--out", str(out), "--jobs", "2", "--no-progress", "--timeout", "60"]) == 1
    assert (tmp_path / "facts.quantity.csv").is_file() and (tmp_path / "facts.error.csv").is_file()
    assert f"{N_DOCS} extracted, 0 reused" in capsys.readouterr().err
    assert main(["run", str(corpus), "--out", str(out), "--jobs", "2", "--no-progress"]) == 1
    assert f"0 extracted, {N_DOCS} reused" in capsys.readouterr().err
    assert main(["run", str(corpus), "--out", str(out), "--engine", "dask"]) == 2


# -- large JSONL files are cut into parts of lines ----------------------------------------------------------

@pytest.mark.parametrize(
    ("lines", "part_items", "max_parts", "expected"),
    [
        (10, 256, 32, [(0, None)]),
        (256, 256, 32, [(0, None)]),
        (600, 256, 32, [(0, 256), (256, 512), (512, None)]),
        (1000, 10, 4, [(0, 250), (250, 500), (500, 750), (750, None)]),
    ],
)
def test_parts_of_a_jsonl_file(tmp_path: Path, monkeypatch, lines: int, part_items: int, max_parts: int,
                               expected: list) -> None:
    import ctip_extract.batch.runner as runner

    monkeypatch.setattr(runner, "PART_ITEMS", part_items)
    monkeypatch.setattr(runner, "MAX_PARTS", max_parts)
    path = tmp_path / "dump.jsonl"
    path.write_text('{"text": "x"}\n' * lines, encoding="utf-8")
    assert runner.parts(path, 10**9) == expected
    assert runner.parts(tmp_path / "dump.txt", 10**9) == [(0, None)]
    assert runner.parts(path, 100) == [(0, None)]  # beyond max_bytes: one task, one error


def test_split_jsonl_gives_the_same_output_and_resumes_by_part(tmp_path: Path, monkeypatch) -> None:
    import ctip_extract.batch.runner as runner

    texts = [f"Officers freed {n} workers in Peru in May 2015." if n % 7 else "{bad" for n in range(1, 181)]
    rows = [t if t == "{bad" else json.dumps({"text": t}) for t in texts]
    rows.insert(50, "")  # a blank line shifts line numbers, not items
    rows.insert(90, json.dumps({"text": "Line\u2028separator inside"}, ensure_ascii=False))
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    whole = run([dump], tmp_path / "whole.jsonl", jobs=1)
    monkeypatch.setattr(runner, "PART_ITEMS", 40)
    split = run([dump], tmp_path / "split.jsonl", jobs=2, timeout=60)
    assert (tmp_path / "split.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()
    assert (split.documents, split.errors) == (whole.documents, whole.errors)
    manifest = lines(tmp_path / "split.jsonl.manifest.jsonl")
    assert [tuple(e["part"]) for e in manifest[1:]] == [(0, 40), (40, 80), (80, 120), (120, 160), (160, None)]
    assert run([dump], tmp_path / "split.jsonl", jobs=2, timeout=60).extracted == 0


def test_spawned_workers_give_the_same_output(tmp_path: Path, monkeypatch) -> None:
    """The start method used when the supervisor has other threads running (no fork)."""
    import multiprocessing

    import ctip_extract.batch.engines as engines

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"d{i}.txt").write_text(ARTICLE.replace("12", str(10 + i)), encoding="utf-8")
    run([folder], tmp_path / "fork.jsonl", jobs=2, timeout=60)
    monkeypatch.setattr(engines, "_context", lambda: multiprocessing.get_context("spawn"))
    run([folder], tmp_path / "spawn.jsonl", jobs=2, timeout=120)
    assert (tmp_path / "spawn.jsonl").read_bytes() == (tmp_path / "fork.jsonl").read_bytes()


def test_output_inside_the_corpus_is_not_read_back(corpus: Path) -> None:
    out = corpus / "facts.jsonl"
    first = run([corpus], out, jobs=1)
    again = run([corpus], out, jobs=1)
    assert again.extracted == 0 and again.reused == first.extracted == N_DOCS


# -- one large PDF: the spare jobs read its pages -------------------------------------------------------

def _large_report(tmp_path: Path) -> Path:
    """A 69-page report laid out by tools/make_tip_pdf.py from the fixture narratives (written for the
    tests), long enough for page readers (PARALLEL_MIN_PAGES)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_tip_pdf", ROOT / "tools" / "make_tip_pdf.py")
    make = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("make_tip_pdf", make)
    spec.loader.exec_module(make)  # type: ignore[union-attr]
    narratives = make.parse_narratives((ROOT / "tests" / "fixtures" / "pdf" / "narratives.txt").read_text())
    folder = tmp_path / "report"
    folder.mkdir()
    result = make.build_report(narratives * 30, folder / "report.pdf")
    from ctip_extract.documents.pdf import PARALLEL_MIN_PAGES

    assert result.pages >= PARALLEL_MIN_PAGES
    return folder / "report.pdf"


def test_a_single_large_pdf_gets_the_spare_jobs_for_its_pages(tmp_path: Path) -> None:
    from ctip_extract.batch.engines import LocalPool

    pdf = _large_report(tmp_path)
    one = run([pdf], tmp_path / "one.jsonl", jobs=1, timeout=120)
    two = run([pdf], tmp_path / "two.jsonl", jobs=2, timeout=120)
    assert one.errors == two.errors == 0 and one.records == two.records
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    pool = LocalPool(Settings(timeout=120), jobs=2)
    results = list(pool.run([(0, str(pdf), 0, None)]))
    assert pool.settings.page_workers == 2  # one file, two jobs: its worker reads pages with two processes
    assert [d.error for d in results[0].docs] == [None] and results[0].docs[0].counts["tier_statement"] > 0
    many = LocalPool(Settings(timeout=120), jobs=2)
    list(many.run([(0, str(pdf), 0, None), (1, str(pdf), 0, None)]))
    assert many.settings.page_workers is None  # as many files as jobs: one process a file


@pytest.mark.parametrize(("workers", "pages", "max_workers", "expected"), [
    (None, 10, 2, 1),  # a short file is read in-process
    (None, 100, 2, 2),  # a batch worker may use its spare jobs
    (None, 100, 1, 1),
    (3, 10, None, 3),  # asked for explicitly
])
def test_page_reader_count(workers, pages, max_workers, expected, monkeypatch) -> None:
    from ctip_extract.documents.pdf import _workers

    monkeypatch.delenv("CTIP_PDF_WORKERS", raising=False)
    assert _workers(workers, pages, max_workers) == expected
