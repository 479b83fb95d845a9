"""Writing records: JSONL (one record a line), CSV and Parquet (one file per record type).

Every format is written from the same stream of records (pydantic models or their
JSON dicts). CSV and Parquet need one table per record type because the types
have different fields: `--out facts.csv` writes `facts.quantity.csv`,
`facts.actor.csv`, `facts.tier_statement.csv`, `facts.date.csv` and
`facts.error.csv`, every one with its header even when it holds no rows.
In CSV, nested fields (`mentions`, `aliases`) are JSON-encoded in the cell; in
Parquet they keep their structure (list<string>, list<struct>). Parquet needs
the optional extra `parquet` (pyarrow).
"""

from __future__ import annotations

import csv
import json
import os
import types
import typing
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any, Literal, Union

from pydantic import BaseModel

from .errors import CtipError, OutputExistsError
from .records import RECORD_TYPES

FORMATS = ("jsonl", "csv", "parquet")
FORMAT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
PARQUET_BATCH_ROWS = 10_000


def record_line(record: BaseModel) -> str:
    """One record as a compact JSON line (no trailing newline)."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


def write_jsonl(records: Iterable[BaseModel], out: IO[str]) -> int:
    """Write records one a line; returns how many were written."""
    n = 0
    for record in records:
        out.write(record_line(record) + "\n")
        n += 1
    return n


def check_writable(path: Path, *, force: bool) -> None:
    """Refuse to overwrite an existing output unless `force`."""
    if path.exists() and not force:
        raise OutputExistsError(f"{path} exists; pass --force to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)


def format_for(out: Path, fmt: str | None = None) -> str:
    """The output format: `fmt` if given, else from the suffix of `out`, else jsonl."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise CtipError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    return FORMAT_SUFFIXES.get(out.suffix.lower(), "jsonl")


def output_paths(out: Path, fmt: str) -> dict[str, Path]:
    """The files a format writes for `out`: {"all": out} for JSONL, one per record type otherwise."""
    if fmt == "jsonl":
        return {"all": out}
    stem = out.name[: -len(out.suffix)] if out.suffix.lower() == f".{fmt}" else out.name
    return {kind: out.with_name(f"{stem}.{kind}.{fmt}") for kind in RECORD_TYPES}


def columns(kind: str) -> list[str]:
    """The columns of a record type's table, in the model's field order."""
    return list(RECORD_TYPES[kind].model_fields)


def _as_dict(record: BaseModel | Mapping[str, Any]) -> Mapping[str, Any]:
    return record.model_dump(mode="json") if isinstance(record, BaseModel) else record


def csv_cell(value: Any) -> Any:
    """A CSV cell: lists and objects JSON-encoded, None empty, everything else as is."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def write_csv(records: Iterable[BaseModel | Mapping[str, Any]], out: Path) -> dict[str, int]:
    """One CSV file per record type (see `output_paths`); returns rows written by type."""
    paths = output_paths(out, "csv")
    handles: dict[str, IO[str]] = {}
    writers: dict[str, Any] = {}
    counts = dict.fromkeys(paths, 0)
    try:
        for kind, path in paths.items():
            handles[kind] = open(path, "w", encoding="utf-8", newline="")
            writers[kind] = csv.writer(handles[kind])
            writers[kind].writerow(columns(kind))
        cols = {kind: columns(kind) for kind in paths}
        for record in records:
            row = _as_dict(record)
            kind = str(row["type"])
            writers[kind].writerow([csv_cell(row.get(c)) for c in cols[kind]])
            counts[kind] += 1
    finally:
        for fh in handles.values():
            fh.close()
    return counts


def write_parquet(records: Iterable[BaseModel | Mapping[str, Any]], out: Path) -> dict[str, int]:
    """One Parquet file per record type, typed from the record models; returns rows by type."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise CtipError("Parquet output needs pyarrow: pip install 'ctip-extract[parquet]'") from None
    paths = output_paths(out, "parquet")
    schemas = {kind: arrow_schema(kind) for kind in paths}
    writers = {kind: pq.ParquetWriter(str(path), schemas[kind]) for kind, path in paths.items()}
    pending: dict[str, list[Mapping[str, Any]]] = {kind: [] for kind in paths}
    counts = dict.fromkeys(paths, 0)

    def flush(kind: str) -> None:
        if pending[kind]:
            writers[kind].write_table(pa.Table.from_pylist(pending[kind], schema=schemas[kind]))
            pending[kind] = []

    try:
        for record in records:
            row = _as_dict(record)
            kind = str(row["type"])
            pending[kind].append(row)
            counts[kind] += 1
            if len(pending[kind]) >= PARQUET_BATCH_ROWS:
                flush(kind)
        for kind in paths:
            flush(kind)
    finally:
        for writer in writers.values():
            writer.close()
    return counts


def arrow_schema(kind: str) -> Any:
    """The pyarrow schema of a record type, derived from its pydantic model."""
    import pyarrow as pa

    model = RECORD_TYPES[kind]
    return pa.schema([pa.field(name, _arrow_type(f.annotation)) for name, f in model.model_fields.items()])


def _arrow_type(annotation: Any) -> Any:
    import pyarrow as pa

    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _arrow_type(args[0])
        return pa.string()
    if origin is Literal:
        return pa.string()
    if origin is list:
        (item,) = typing.get_args(annotation)
        return pa.list_(_arrow_type(item))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(n, _arrow_type(f.annotation)) for n, f in annotation.model_fields.items()])
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    return simple.get(annotation, pa.string())


def write_records(records: Iterable[BaseModel | Mapping[str, Any]], out: Path, fmt: str) -> dict[str, int]:
    """Write records in `fmt` to the file(s) of `out`; returns counts by record type ("all" for JSONL)."""
    if fmt == "jsonl":
        n = 0
        with open(out, "w", encoding="utf-8") as fh:
            for record in records:
                row = _as_dict(record)
                fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
                n += 1
        return {"all": n}
    if fmt == "csv":
        return write_csv(records, out)
    if fmt == "parquet":
        return write_parquet(records, out)
    raise CtipError(f"unknown output format {fmt!r}")


def write_records_atomic(records: Iterable[BaseModel | Mapping[str, Any]], out: Path,
                         fmt: str) -> dict[str, int]:
    """Like `write_records`, but every file appears whole or not at all (temporary files, then renames)."""
    tmp = out.with_name(out.name + ".writing")
    final = output_paths(out, fmt)
    written = output_paths(tmp, fmt)
    counts = write_records(records, tmp, fmt)
    for kind, path in written.items():
        os.replace(path, final[kind])
    return counts
