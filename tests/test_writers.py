"""Writers: JSONL, CSV (one file per record type, nested fields JSON-encoded), Parquet (typed)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from ctip_extract.errors import CtipError, OutputExistsError
from ctip_extract.records import RECORD_TYPES, Actor, Date, ErrorRecord, Mention, Quantity, TierStatement, parse_record
from ctip_extract.writers import (
    check_writable,
    columns,
    csv_cell,
    format_for,
    output_paths,
    record_line,
    write_records,
    write_records_atomic,
)

TEXT = "IOM said at least 42 victims were helped in Cambodia."

RECORDS = [
    Quantity(doc_id="a", text="at least 42 victims", start=8, end=27, sentence=0, rule="q1", value=42.0,
             qualifier="at_least", unit="victims", unit_head="victim", category="victims"),
    Actor(doc_id="a", text="IOM", start=0, end=3, sentence=0, rule="acr", name="International Organization for Migration",
          aliases=["IOM", "the agency, \"quoted\""], actor_kind="international",
          mentions=[Mention(text="IOM", start=0, end=3), Mention(text="IOM", start=60, end=63, page=2)]),
    TierStatement(doc_id="b", text="Cambodia remained on Tier 2", start=0, end=27, sentence=0, rule="t1",
                  country="Cambodia", country_code="KHM", tier="2", change="remained", report_year=2018),
    Date(doc_id="b", text="September 2015", start=30, end=44, sentence=1, rule="d1", value="2015-09",
         granularity="month", period_start="2015-09-01", period_end="2015-09-30"),
    ErrorRecord(doc_id="c", source="in/c.txt", reason="binary file, with a comma"),
]


@pytest.mark.parametrize(
    ("out", "fmt", "expected"),
    [
        ("facts.jsonl", None, "jsonl"),
        ("facts.csv", None, "csv"),
        ("facts.PARQUET", None, "parquet"),
        ("facts", None, "jsonl"),
        ("facts.txt", "csv", "csv"),
        ("facts.csv", "jsonl", "jsonl"),
    ],
)
def test_format_for(out: str, fmt: str | None, expected: str) -> None:
    assert format_for(Path(out), fmt) == expected


def test_format_for_rejects_unknown_format() -> None:
    with pytest.raises(CtipError, match="unknown output format"):
        format_for(Path("x.jsonl"), "xlsx")


@pytest.mark.parametrize(
    ("out", "fmt", "kind", "expected"),
    [
        ("d/facts.jsonl", "jsonl", "all", "d/facts.jsonl"),
        ("d/facts.csv", "csv", "quantity", "d/facts.quantity.csv"),
        ("d/facts.csv", "csv", "error", "d/facts.error.csv"),
        ("d/facts", "parquet", "actor", "d/facts.actor.parquet"),
        ("d/facts.parquet", "parquet", "tier_statement", "d/facts.tier_statement.parquet"),
    ],
)
def test_output_paths(out: str, fmt: str, kind: str, expected: str) -> None:
    assert output_paths(Path(out), fmt)[kind] == Path(expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (3, 3),
        ("text", "text"),
        (["a", "b"], '["a","b"]'),
        ([{"text": "IOM", "start": 0}], '[{"text":"IOM","start":0}]'),
        ({"k": "é"}, '{"k":"é"}'),
    ],
)
def test_csv_cell(value, expected) -> None:
    assert csv_cell(value) == expected


def test_jsonl_lines_round_trip() -> None:
    for record in RECORDS:
        assert parse_record(json.loads(record_line(record))) == record


def test_jsonl_from_models_and_dicts_is_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_records(RECORDS, a, "jsonl")
    write_records([r.model_dump(mode="json") for r in RECORDS], b, "jsonl")
    assert a.read_bytes() == b.read_bytes()
    assert len(a.read_text(encoding="utf-8").splitlines()) == len(RECORDS)


def test_csv_one_file_per_type_with_nested_fields_json_encoded(tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    counts = write_records_atomic(RECORDS, out, "csv")
    assert counts == {"quantity": 1, "actor": 1, "tier_statement": 1, "date": 1, "error": 1}
    assert not out.exists()
    for kind in RECORD_TYPES:
        with open(tmp_path / f"facts.{kind}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert list(rows[0]) == columns(kind)
        assert all(row["schema_version"] for row in rows)
    with open(tmp_path / "facts.actor.csv", encoding="utf-8", newline="") as fh:
        actor = next(csv.DictReader(fh))
    assert json.loads(actor["aliases"]) == ["IOM", 'the agency, "quoted"']
    assert json.loads(actor["mentions"])[1] == {"text": "IOM", "start": 60, "end": 63, "page": 2}
    assert actor["role"] == ""
    with open(tmp_path / "facts.error.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.DictReader(fh))["reason"] == "binary file, with a comma"
    assert not list(tmp_path.glob("*.writing*"))


def test_csv_writes_headers_for_types_without_rows(tmp_path: Path) -> None:
    write_records(RECORDS[:1], tmp_path / "only.csv", "csv")
    with open(tmp_path / "only.date.csv", encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh)) == [columns("date")]


def test_parquet_keeps_types_and_nested_structure(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    counts = write_records_atomic(RECORDS, tmp_path / "facts.parquet", "parquet")
    assert sum(counts.values()) == len(RECORDS)
    for record in RECORDS:
        table = pq.read_table(tmp_path / f"facts.{record.type}.parquet")
        assert table.column_names == columns(record.type)
        assert table.to_pylist() == [record.model_dump(mode="json")]
    schema = pq.read_schema(tmp_path / "facts.quantity.parquet")
    assert str(schema.field("value").type) == "double"
    assert str(schema.field("start").type) == "int64"
    empty = pq.read_table(tmp_path / "facts.quantity.parquet").slice(0, 0)
    assert empty.num_rows == 0


def test_check_writable(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "out.jsonl"
    check_writable(out, force=False)
    assert out.parent.is_dir()
    out.write_text("x", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        check_writable(out, force=False)
    check_writable(out, force=True)
