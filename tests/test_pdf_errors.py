"""Bad PDFs become DocumentError with a clear reason, never a traceback (files made on the fly)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

import ctip_extract.documents.pdf as pdf_loader
from ctip_extract.documents import iter_documents
from ctip_extract.documents.pdf import load_pdf
from ctip_extract.errors import DocumentError

FIXTURE = Path(__file__).parent / "fixtures" / "pdf" / "tip_sample.pdf"
BACKENDS = ("plumber", "pdfium")


def pdf_with_objects(objects: list[str]) -> bytes:
    """A small PDF with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_encrypted(path: Path) -> None:
    c = canvas.Canvas(str(path), encrypt="a user password")
    c.drawString(72, 700, "Only for those who know the password.")
    c.showPage()
    c.save()


def make_image_only(path: Path) -> None:
    c = canvas.Canvas(str(path))
    for i in range(3):
        c.setFillGray(0.2 + 0.2 * i)
        c.rect(72, 100 + 150 * i, 400, 120, fill=1, stroke=0)  # a "scan": shapes, no text
        c.showPage()
    c.save()


def make_truncated(path: Path) -> None:
    data = FIXTURE.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def make_random(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(5000))


def make_header_then_garbage(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n" + random.Random(8).randbytes(5000))


def make_no_pages(path: Path) -> None:
    catalog, pages = "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"
    path.write_bytes(pdf_with_objects([catalog, pages]))


def make_empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (make_encrypted, "encrypted PDF: password required"),
        (make_image_only, "no text layer (scanned?): OCR is not supported"),
        (make_truncated, "not a readable PDF: "),
        (make_random, "not a readable PDF: no %PDF header"),
        (make_header_then_garbage, "not a readable PDF: "),
        (make_no_pages, "PDF has no pages"),
        (make_empty, "not a readable PDF: no %PDF header"),
    ],
)
def test_bad_pdf_reason(tmp_path, make, reason, backend):
    path = tmp_path / "bad.pdf"
    make(path)
    with pytest.raises(DocumentError) as err:
        load_pdf(path, backend=backend)
    assert err.value.reason.startswith(reason)
    assert err.value.source == str(path)
    # Through the document reader it is an error record, not an exception.
    (item,) = list(iter_documents(path, pdf_backend=backend))
    assert isinstance(item, DocumentError) and item.reason == err.value.reason


def test_too_many_pages(monkeypatch):
    monkeypatch.setattr(pdf_loader, "MAX_PAGES", 3)
    with pytest.raises(DocumentError) as err:
        load_pdf(FIXTURE)
    assert err.value.reason == "too many pages: 6 (limit 3)"


def test_unknown_backend():
    with pytest.raises(DocumentError) as err:
        load_pdf(FIXTURE, backend="ocr")
    assert err.value.reason == "unknown PDF backend 'ocr' (choose auto, plumber or pdfium)"


def test_a_pdf_with_some_text_is_read_even_if_other_pages_are_images(tmp_path):
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path))
    c.rect(72, 100, 400, 500, fill=1)
    c.showPage()
    c.drawString(72, 700, "CAMBODIA: TIER 2")
    c.drawString(72, 680, "The government made significant efforts.")
    c.showPage()
    c.save()
    doc = load_pdf(path)
    assert [p.start for p in doc.pages] == [0, 0]
    assert doc.text.startswith("CAMBODIA: TIER 2\n\nThe government made significant efforts.")
