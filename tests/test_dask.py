"""The dask engine gives the same output as a local run (LocalCluster in-process, no network)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ctip_extract.batch import run

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def fixed_pipeline_version(monkeypatch) -> None:
    import ctip_extract.batch.runner as runner

    monkeypatch.setattr(runner, "pipeline_version", lambda model=None: "0.0.0+test")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "in"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(folder), "--n", "8",
                    "--seed", "5"], check=True, capture_output=True)
    lines = [json.dumps({"text": "More than 30 workers were freed in Qatar in 2019."}), "[1, 2]", ""]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x80\x81 not UTF-8")
    return folder


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0",
                                  scheduler_port=0) as cluster:
        yield cluster


def test_dask_run_equals_local_run(corpus: Path, tmp_path: Path, cluster) -> None:
    local = run([corpus], tmp_path / "local.jsonl", jobs=1)
    remote = run([corpus], tmp_path / "dask.jsonl", engine="dask", scheduler=cluster.scheduler_address)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert (remote.documents, remote.errors, remote.records) == (local.documents, local.errors, local.records)
    assert remote.errors == 2  # wire.jsonl:2 (not an object) and bad.txt


def test_dask_rerun_reuses_a_local_run(corpus: Path, tmp_path: Path, cluster) -> None:
    out = tmp_path / "out.jsonl"
    first = run([corpus], out, jobs=1)
    again = run([corpus], out, engine="dask", scheduler=cluster.scheduler_address)
    assert again.extracted == 0 and again.reused == first.extracted


def test_dask_accepts_a_client(corpus: Path, tmp_path: Path, cluster) -> None:
    with distributed.Client(cluster, set_as_default=False) as client:
        summary = run([corpus / "wire.jsonl"], tmp_path / "out.csv", engine="dask", scheduler=client)
    assert summary.documents == 1 and summary.errors == 1
    assert (tmp_path / "out.quantity.csv").is_file()


def test_dask_worker_processes_equal_local_run(corpus: Path, tmp_path: Path) -> None:
    """Separate worker processes: tasks, settings and results cross process boundaries by pickling."""
    run([corpus], tmp_path / "local.jsonl", jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  scheduler_port=0) as cluster:
        summary = run([corpus], tmp_path / "dask.jsonl", engine="dask", scheduler=cluster.scheduler_address)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert summary.extracted == 11
