"""Bytes to text, refusing binary and undecodable input with a reason."""

from __future__ import annotations

from ..errors import DocumentError

_CONTROL_OK = {"\n", "\r", "\t", "\f"}


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; raise DocumentError otherwise."""
    if not data.strip():
        raise DocumentError(source, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(source, f"not valid UTF-16: {exc.reason} at byte {exc.start}") from None
    if b"\x00" in data[:65536]:
        raise DocumentError(source, "binary file (NUL bytes): not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            source, f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} ({exc.reason})"
        ) from None
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > max(8, len(sample) // 100):
        raise DocumentError(source, f"binary file ({controls} control characters): not a text document")
    if not text.strip():
        raise DocumentError(source, "empty file (whitespace only)")
    return text
