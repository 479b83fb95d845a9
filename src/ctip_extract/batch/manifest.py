"""The run manifest and the journal: what lets a run skip unchanged work and survive SIGKILL.

Files beside the output OUT (for every format):

- `OUT.manifest.jsonl`: the manifest of the finished output. Line 1 is a header
  (`inputs`, `pipeline` version, result `settings`, `format`); every further line
  is one input file (or one `part` of a large JSONL file) in discover() order:
  its `source`, content `sha256` (file plus its `.meta.json` sidecar), the
  `doc_ids` it held, record counts, and where its records sit in the JSONL
  store (`offset`, `length`, `chunk_sha256`).
- `OUT.part` and `OUT.part.manifest.jsonl`: the journal of a run in progress.
  Each finished input file's records are appended to `OUT.part` in one write and
  flushed, then its entry is appended to the journal manifest. A run killed at
  any moment leaves a journal whose entries all point at complete chunks;
  anything after the last entry (a half-written chunk or line) is cut off when
  the journal is reopened.
- The JSONL store holding the finished records: OUT itself for `--format jsonl`,
  `OUT.records.jsonl` for csv and parquet (whose tables cannot be read back
  losslessly).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

MANIFEST_VERSION = 1
_SIDECAR_SUFFIX = ".meta.json"


@dataclass
class Entry:
    """One input file's place in a store: its identity, its counts and its chunk of JSONL lines."""

    source: str
    sha256: str | None
    part: tuple[int, int | None] = (0, None)  # items [start, stop) of the file; (0, None): all of it
    offset: int = 0
    length: int = 0
    chunk_sha256: str = ""
    doc_ids: list[str] = field(default_factory=list)
    documents: int = 0
    errors: int = 0
    words: int = 0
    records: dict[str, int] = field(default_factory=dict)
    retry: bool = False  # holds an error that may not happen again (timeout, memory, crash)

    def to_line(self) -> str:
        # the fields as they are (dataclasses.asdict deep-copies them: measurable at 10,000 files)
        return json.dumps(vars(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        if "part" in fields:
            fields["part"] = tuple(fields["part"])
        return cls(**fields)

    @property
    def key(self) -> tuple[str, str | None, int, int | None]:
        """What decides reuse: the same file, the same content, the same part."""
        return (self.source, self.sha256, *self.part)


def make_header(*, inputs: list[str], pipeline: str, settings: dict[str, object],
                fmt: str) -> dict[str, object]:
    return {"ctip_manifest": MANIFEST_VERSION, "inputs": inputs, "pipeline": pipeline,
            "settings": settings, "format": fmt}


def same_work(a: dict[str, Any] | None, b: dict[str, Any]) -> bool:
    """True when records made under header `a` are valid under header `b` (same pipeline and settings)."""
    return bool(a) and a.get("ctip_manifest") == MANIFEST_VERSION and a.get("pipeline") == b["pipeline"] \
        and a.get("settings") == b["settings"]


def pipeline_version(model: str | None = None) -> str:
    """Package version plus a hash of everything that decides the records.

    Hashed: every file under models/ (config, patterns, lexicons), the package's
    Python sources (a changed rule in code changes results too), the spaCy
    version and the name of an added trained pipeline. The environment variable
    CTIP_EXTRACT_PIPELINE_VERSION, when set, replaces the hash: it pins the
    version (e.g. after an edit known not to change any record, or in tests run
    while the sources are being edited) - records made before are then reused.
    """
    pinned = os.environ.get("CTIP_EXTRACT_PIPELINE_VERSION")
    if pinned:
        return f"pinned:{pinned}:{model or ''}"
    import spacy

    from .. import __version__
    from ..rules.resources import models_dir

    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{spacy.__version__}\0{model or ''}\0".encode())
    package = Path(__file__).resolve().parent.parent
    roots = [("models", models_dir().resolve()), ("src", package)]
    for label, root in roots:
        files = []
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("."))
            for name in filenames:
                if label == "src" and not name.endswith(".py"):
                    continue
                files.append(Path(dirpath) / name)
        for path in sorted(files):
            digest.update(f"{label}/{path.relative_to(root).as_posix()}\0".encode())
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"


def file_digest(path: Path) -> str | None:
    """sha256 of a file's bytes and of its `.meta.json` sidecar; None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        if not path.is_file():
            return None
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
        sidecar = path.with_name(path.stem + _SIDECAR_SUFFIX)
        if sidecar.is_file():
            digest.update(b"\0sidecar\0")
            digest.update(sidecar.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def read_manifest(path: Path) -> tuple[dict[str, Any] | None, list[Entry], int]:
    """(header, entries, bytes of the valid prefix). Reading stops at the first damaged line."""
    if not path.is_file():
        return None, [], 0
    header: dict[str, Any] | None = None
    entries: list[Entry] = []
    valid = 0
    with open(path, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break  # a line cut by a crash
            try:
                data = json.loads(raw)
                if header is None:
                    if not isinstance(data, dict) or "ctip_manifest" not in data:
                        break
                    header = data
                else:
                    entries.append(Entry.from_json(data))
            except (ValueError, TypeError):
                break
            valid += len(raw)
    return header, entries, valid


def read_chunk(fh: IO[bytes], entry: Entry) -> bytes | None:
    """The entry's chunk from an open store, or None when it is missing or altered."""
    fh.seek(entry.offset)
    data = fh.read(entry.length)
    if len(data) != entry.length or hashlib.sha256(data).hexdigest() != entry.chunk_sha256:
        return None
    return data


class Journal:
    """Append-only record chunks plus their manifest; every entry is written after its chunk is flushed."""

    def __init__(self, data_path: Path, manifest_path: Path, header: dict[str, Any], *, keep: bool) -> None:
        """Open the journal; with `keep`, continue a compatible one (cut to its last whole entry)."""
        self.data_path = data_path
        self.manifest_path = manifest_path
        self.entries: list[Entry] = []
        old_header, entries, valid = read_manifest(manifest_path) if keep else (None, [], 0)
        if keep and same_work(old_header, header) and data_path.is_file():
            end = 0
            with open(data_path, "rb") as fh:
                for entry in entries:
                    if entry.offset != end or read_chunk(fh, entry) is None:
                        break
                    self.entries.append(entry)
                    end = entry.offset + entry.length
            manifest_end = valid
            if len(self.entries) < len(entries):  # header line plus the entries kept
                manifest_end = _prefix_bytes(manifest_path, len(self.entries) + 1)
            self._data = open(data_path, "r+b")
            self._data.truncate(end)
            self._data.seek(end)
            self._manifest = open(manifest_path, "r+b")
            self._manifest.truncate(manifest_end)
            self._manifest.seek(manifest_end)
        else:
            self._data = open(data_path, "wb")
            self._manifest = open(manifest_path, "wb")
            self._manifest.write((json.dumps(header, separators=(",", ":")) + "\n").encode())
            self._manifest.flush()
        self.size = self._data.tell()

    def append(self, chunk: bytes, entry: Entry) -> Entry:
        """Write one input file's records (one write, flushed), then its manifest line."""
        entry.offset = self.size
        entry.length = len(chunk)
        entry.chunk_sha256 = hashlib.sha256(chunk).hexdigest()
        self._data.write(chunk)
        self._data.flush()
        self.size += len(chunk)
        self._manifest.write((entry.to_line() + "\n").encode("utf-8"))
        self._manifest.flush()
        self.entries.append(entry)
        return entry

    def close(self) -> None:
        for fh in (self._data, self._manifest):
            if not fh.closed:
                fh.flush()
                os.fsync(fh.fileno())
                fh.close()

    def remove(self) -> None:
        self.close()
        for path in (self.data_path, self.manifest_path):
            path.unlink(missing_ok=True)


def _prefix_bytes(path: Path, lines: int) -> int:
    """Bytes taken by the first `lines` lines of a file."""
    total = 0
    with open(path, "rb") as fh:
        for _ in range(lines):
            raw = fh.readline()
            if not raw:
                break
            total += len(raw)
    return total


def write_manifest(path: Path, header: dict[str, Any], entries: list[Entry]) -> None:
    """Write a finished manifest whole: a temporary file, fsync, rename."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(header, separators=(",", ":")) + "\n")
        for entry in entries:
            fh.write(entry.to_line() + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
