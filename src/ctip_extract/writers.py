"""Writing records: JSONL, one record a line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from pydantic import BaseModel

from .errors import OutputExistsError


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
