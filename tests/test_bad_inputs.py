"""Malformed inputs: no crash, no hang past the limits, every failure an error record naming file and reason.

At least 500 broken files are generated into tmp_path (random bytes under
document suffixes, truncated and corrupted PDFs, wrong extensions, invalid
UTF-8, broken JSONL lines, NUL bytes, empty files, folders named like files,
unreadable files) and run through the batch runner with worker processes and
limits; a second test feeds the pathological giants (a 50 MB line, HTML nested
100,000 deep, 200,000 times "at least", numbers of 5,000 digits).
"""

from __future__ import annotations

import io
import json
import os
import random
import time
from pathlib import Path

import pytest

from ctip_extract.batch import run
from ctip_extract.cli import main

SUFFIXES = [".txt", ".html", ".jsonl", ".pdf", ".md"]
SENTENCE = "Police in Nepal rescued at least 24 women in June 2018, said the NGO Safe Passage Alliance."


@pytest.fixture(autouse=True)
def fixed_pipeline_version(monkeypatch) -> None:
    import ctip_extract.batch.runner as runner

    monkeypatch.setattr(runner, "pipeline_version", lambda model=None: "0.0.0+test")


@pytest.fixture(scope="module")
def tiny_pdf() -> bytes:
    canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas")
    buffer = io.BytesIO()
    canvas = canvas_mod.Canvas(buffer)
    canvas.drawString(72, 720, SENTENCE)
    canvas.showPage()
    canvas.drawString(72, 720, "Cambodia remained on Tier 2 Watch List.")
    canvas.save()
    return buffer.getvalue()


def generate(folder: Path, pdf: bytes, seed: int = 2026) -> tuple[list[Path], list[Path]]:
    """Write the malformed inputs; returns (every input, the inputs that must become error records)."""
    rng = random.Random(seed)
    folder.mkdir()
    every: list[Path] = []
    must_fail: list[Path] = []

    def put(name: str, data: bytes, fails: bool) -> None:
        path = folder / name
        path.write_bytes(data)
        every.append(path)
        if fails:
            must_fail.append(path)

    for i in range(320):  # random bytes under every document suffix
        suffix = SUFFIXES[i % len(SUFFIXES)]
        style = i % 3
        if style == 0:
            data = bytes(rng.getrandbits(8) for _ in range(rng.randint(16, 2048))) + b"\x00\xff"
            put(f"random-{i}{suffix}", data, fails=True)  # binary: no reader accepts it
        elif style == 1:
            data = "".join(chr(rng.randint(32, 126)) for _ in range(rng.randint(1, 600))).encode()
            put(f"printable-{i}{suffix}", data, fails=suffix in (".pdf",))
        else:
            data = "".join(chr(rng.choice([rng.randint(0x20, 0x7E), rng.randint(0xA0, 0x2FFF)]))
                           for _ in range(rng.randint(1, 300))).encode("utf-8")
            put(f"unicode-{i}{suffix}", data, fails=suffix in (".pdf",))
    for i in range(40):  # truncated PDFs
        cut = rng.randint(1, len(pdf) - 40)
        put(f"truncated-{i}.pdf", pdf[:cut], fails=False)
    for i in range(40):  # corrupted PDFs
        raw = bytearray(pdf)
        for _ in range(rng.randint(1, 30)):
            raw[rng.randrange(len(raw))] = rng.getrandbits(8)
        put(f"corrupted-{i}.pdf", bytes(raw), fails=False)
    for i, (name, data, fails) in enumerate([  # wrong extensions
        ("pdf-as.txt", pdf, True), ("pdf-as.html", pdf, True), ("pdf-as.jsonl", pdf, True), ("pdf-as.md", pdf, True),
        ("html-as.pdf", f"<html><body><p>{SENTENCE}</p></body></html>".encode(), True),
        ("text-as.pdf", SENTENCE.encode(), True), ("jsonl-as.pdf", b'{"text": "x"}\n', True),
        ("json-as.jsonl", json.dumps({"items": [{"text": SENTENCE}]}, indent=2).encode(), True),
        ("zip-as.txt", b"PK\x03\x04" + bytes(200), True), ("png-as.html", b"\x89PNG\r\n\x1a\n" + bytes(100), True),
    ] * 2):
        put(f"wrong-{i}-{name}", data, fails)
    for i in range(30):  # invalid UTF-8 inside otherwise good text
        text = SENTENCE.encode()
        at = rng.randrange(len(text))
        bad = rng.choice([b"\xff", b"\xc3\x28", b"\xe2\x82", b"\xf0\x28\x8c\xbc", b"\x80\x80"])
        put(f"badutf8-{i}{rng.choice(['.txt', '.html', '.md'])}", text[:at] + bad + text[at:], fails=True)
    for i in range(20):  # NUL bytes
        put(f"nul-{i}{SUFFIXES[i % 5]}", SENTENCE.encode()[: i * 3] + b"\x00" * (i + 1) + b"tail", fails=True)
    for suffix in SUFFIXES * 2:  # empty and whitespace-only files
        put(f"empty-{len(every)}{suffix}", rng.choice([b"", b"   \n\n\t "]), fails=True)
    jsonl_lines = ["", "   ", "{", "[]", "null", "42", '"text"', '{"text": 5}', '{"text": ""}', '{"body": null}',
                   '{"text": "ok' + "\u00e9" * 3 + '"', "[" * 100_000 + "]" * 100_000, '{"text": "' + "9" * 5000 + '"}',
                   '{"text": "at least 10^400 victims"}', json.dumps({"text": SENTENCE, "published": "not a date"})]
    for i in range(30):  # JSONL files of empty, broken, odd and good lines
        picked = [rng.choice(jsonl_lines) for _ in range(rng.randint(1, 6))] + ["{broken"]
        put(f"lines-{i}.jsonl", "\n".join(picked).encode(), fails=True)
    # folders named like files: one empty, one holding a document
    (folder / "empty-dir.txt").mkdir()
    (folder / "full-dir.html").mkdir()
    (folder / "full-dir.html" / "inner.txt").write_text(SENTENCE, encoding="utf-8")
    every.append(folder / "full-dir.html" / "inner.txt")
    if os.geteuid() != 0:  # root reads everything
        for i, suffix in enumerate([".txt", ".jsonl", ".html"]):
            put(f"unreadable-{i}{suffix}", SENTENCE.encode(), fails=True)
            (folder / f"unreadable-{i}{suffix}").chmod(0)
    return every, must_fail


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_500_malformed_inputs_become_error_records_and_the_run_goes_on(tmp_path: Path, tiny_pdf: bytes) -> None:
    every, must_fail = generate(tmp_path / "bad", tiny_pdf)
    assert len(every) >= 500
    out = tmp_path / "out.jsonl"
    started = time.perf_counter()
    summary = run([tmp_path / "bad"], out, jobs=2, timeout=20, max_memory_mb=1500)
    elapsed = time.perf_counter() - started
    records = read_records(out)
    errors = [r for r in records if r["type"] == "error"]
    assert summary.errors == len(errors) > 0
    for error in errors:
        assert error["reason"].strip(), error
        source = Path(error["source"].rsplit(":", 1)[0] if error["source"].endswith(tuple("0123456789"))
                      else error["source"])
        assert source.exists() or source.with_suffix("").exists(), error
    failed_sources = {e["source"].split(":")[0] for e in errors}
    missing = [str(p) for p in must_fail if str(p) not in failed_sources]
    assert not missing, f"no error record for {missing[:5]}"
    assert elapsed < 150


@pytest.mark.parametrize(
    ("name", "make", "allowed"),
    [
        ("line-50mb.txt", lambda: b"trafficking " * (50 * 1024 * 1024 // 12), ("file too large",)),
        ("nested.html", lambda: b"<div>" * 100_000 + SENTENCE.encode() + b"</div>" * 100_000, ("", "timed out",
                                                                                              "nested")),
        ("at-least.txt", lambda: b"at least " * 200_000, ("", "timed out", "too long")),
        ("at-least-110k.txt", lambda: b"at least " * 110_000, ("", "timed out", "too long")),
        ("numbers.txt", lambda: (f"It cost 10^400 dollars and {'7' * 5000} victims, {'1,' * 3000}000 "
                                 f"people and 1e400 cases. ").encode() * 20, ("", "timed out")),
    ],
)
def test_giant_inputs_finish_within_the_limits(tmp_path: Path, name: str, make, allowed: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    out = tmp_path / "out.jsonl"
    timeout = 5.0
    started = time.perf_counter()
    summary = run([path], out, jobs=1, timeout=timeout, max_bytes=20 * 1024 * 1024, max_memory_mb=1500)
    assert time.perf_counter() - started < timeout + 20  # worker start, stop and output included
    errors = [r for r in read_records(out) if r["type"] == "error"]
    assert summary.errors == len(errors) <= 1
    for error in errors:
        assert error["source"] == str(path)
        assert any(word and word in error["reason"] for word in allowed), error["reason"]
    if "" not in allowed:
        assert errors, "expected an error record"


def test_cli_exits_1_when_documents_failed(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02")
    assert main(["run", str(folder), "--out", str(tmp_path / "o.jsonl"), "--jobs", "2", "--no-progress"]) == 1
    assert "bad.txt" in capsys.readouterr().err
    (folder / "bad.txt").unlink()
    assert main(["run", str(folder), "--out", str(tmp_path / "p.jsonl"), "--jobs", "1", "--no-progress"]) == 0
