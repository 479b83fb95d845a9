"""The command line, run in-process through `main(argv)`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctip_extract.cli import main

ARTICLE = (
    "The US Agency for International Development (USAID) said on Monday that its program helped "
    "at least 42 victims receive compensation in September 2015. Cambodia remained on Tier 2.\n"
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.meta.json").write_text(json.dumps({"published": "2018-10-01"}), encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"text": ARTICLE, "published": "2019"}) + "\n{oops\n", encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x00\x00binary\x00")
    return folder


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_run_writes_records_and_error_records_and_exits_1_on_errors(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    status = main(["run", str(corpus), "--out", str(out), "--no-progress"])
    assert status == 1
    records = read_jsonl(out)
    errors = [r for r in records if r["type"] == "error"]
    assert {e["doc_id"] for e in errors} == {"b:2", "c"}
    assert {r["doc_id"] for r in records if r["type"] != "error"} == {"a", "b:1"}
    text = (corpus / "a.txt").read_text(encoding="utf-8")
    for rec in records:
        if rec["type"] != "error" and rec["doc_id"] == "a":
            assert text[rec["start"]:rec["end"]] == rec["text"]
    err = capsys.readouterr().err
    assert "c.txt: binary file" in err
    assert "2 documents" in err and "2 errors" in err


def test_run_refuses_to_overwrite_without_force(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    assert main(["run", str(corpus / "a.txt"), "--out", str(out), "--no-progress"]) == 2
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert "--force" in capsys.readouterr().err
    assert main(["run", str(corpus / "a.txt"), "--out", str(out), "--force", "--no-progress"]) == 0
    assert out.read_text(encoding="utf-8") != "precious\n"


def test_schema_prints_json_schema(capsys) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "Quantity" in schema["$defs"]


def test_show_prints_a_table(corpus: Path, capsys) -> None:
    assert main(["show", str(corpus / "a.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("a  (")
    for heading in ("Tier statements", "Quantities", "Actors", "Dates"):
        assert heading in out


def test_show_of_a_bad_file_is_one_clear_line(corpus: Path, capsys) -> None:
    assert main(["show", str(corpus / "c.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "c.txt" in err[0] and "binary" in err[0]
