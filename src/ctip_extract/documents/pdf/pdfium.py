"""The pypdfium2 backend: the page's text in one call, boxes from PDFium's text rectangles.

PDFium's text page already knows its characters; asking it for text inside a
box (`get_text_bounded`) or for the character at a point costs a scan of the
whole page each time (~0.4 ms), so this backend asks for the page text once
(`get_text_range`, one character a character index, PDFium's own line
breaks as "\\r\\n") and, for each of PDFium's lines, for the rectangles of its
characters (`FPDFText_CountRects` over that index range, cheap). A line whose
rectangles stand further apart than a gutter (PDFium joins text on the same
baseline across columns) is cut there, the character where it is cut found
by bisection on character boxes. Font weight, size and baseline come from
the first and last visible characters of each run.

PDFium expands ligatures itself, marks a hyphen at a line end as U+FFFE (U+0002
in some calls) and joins a hyphenated line with the next into one of its lines.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator

from .layout import Fragment, PageFlow, TextReader, is_bold_font, read_page

NAME = "pdfium"
Rect = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down)
RUN_GAP = 1.0  # rectangles further apart than this many ems are separate runs (gutters are wider)
_SEGMENT = re.compile(r"[^\r\n]+")


class _Page:
    """Character-level queries on one PDFium text page."""

    def __init__(self, textpage: object, height: float) -> None:
        import pypdfium2.raw as pdfium_c

        self.c = pdfium_c
        self.tp = textpage
        self.raw = textpage.raw  # type: ignore[attr-defined]
        self.height = height
        self.buf = ctypes.create_string_buffer(256)
        self.flags = ctypes.c_int()
        self.d = [ctypes.c_double() for _ in range(4)]
        self.refs = tuple(ctypes.byref(v) for v in self.d)  # made once: a page asks for ~250 boxes
        self.flags_ref = ctypes.byref(self.flags)
        self.bold_of: dict[bytes, bool] = {}

    def text(self) -> str:
        n = self.c.FPDFText_CountChars(self.raw)
        if n <= 0:
            return ""
        text = self.tp.get_text_range(0, n)  # type: ignore[attr-defined]
        if len(text) != n:  # characters outside the BMP: one index each, read one by one
            text = "".join(chr(self.c.FPDFText_GetUnicode(self.raw, i)) for i in range(n))
        return text

    def rects(self, start: int, count: int) -> list[Rect]:
        """(x0, top, x1, bottom), top-down, of PDFium's rectangles over characters [start, start+count)."""
        c, d, refs = self.c, self.d, self.refs
        out = []
        for i in range(c.FPDFText_CountRects(self.raw, start, count)):
            if c.FPDFText_GetRect(self.raw, i, *refs):
                left, top, right, bottom = (v.value for v in d)
                out.append((left, self.height - top, right, self.height - bottom))
        return out

    def char_center(self, index: int) -> tuple[float, float] | None:
        """(x, y) top-down of a character's box centre; None for generated characters (no box)."""
        d = self.d
        if self.c.FPDFText_GetCharBox(self.raw, index, *self.refs):
            left, right, bottom, top = (v.value for v in d)
            if right > left:
                return (left + right) / 2, self.height - (top + bottom) / 2
        return None

    def first_outside(self, text: str, start: int, end: int, rects: list[Rect]) -> int:
        """The first character in [start, end) lying in none of `rects` (the runs before it), by
        bisection: characters come in run order, so "outside all earlier runs" is monotonic."""

        def outside(index: int) -> bool | None:
            if text[index].isspace():  # spaces sit between the rectangles of words
                return None
            center = self.char_center(index)
            if center is None:
                return None
            x, y = center
            return not any(r[0] - 0.5 <= x <= r[2] + 0.5 and r[1] - 0.5 <= y <= r[3] + 0.5 for r in rects)

        lo, hi = start, end
        while lo < hi:
            mid = (lo + hi) // 2
            probe, answer = mid, outside(mid)
            while answer is None and probe + 1 < hi:  # spaces and generated characters tell nothing
                probe += 1
                answer = outside(probe)
            if answer is None or answer:
                hi = mid
            else:
                lo = probe + 1
        return lo

    def bold(self, index: int) -> bool:
        n = self.c.FPDFText_GetFontInfo(self.raw, index, self.buf, len(self.buf), self.flags_ref)
        name = self.buf.value if n else b""
        bold = self.bold_of.get(name)
        if bold is None:
            bold = is_bold_font(name.decode("latin-1")) or bool(self.flags.value & (1 << 18))
            self.bold_of[name] = bold
        return bold

    def font(self, index: int) -> tuple[float, bool, float]:
        """(size, bold, baseline) of a character."""
        c = self.c
        size = float(c.FPDFText_GetFontSize(self.raw, index))
        bold = self.bold(index)
        base = 0.0
        if c.FPDFText_GetCharOrigin(self.raw, index, self.refs[0], self.refs[1]):
            base = self.height - self.d[1].value
        return size, bold, base


def page_fragments(textpage: object, height: float) -> list[Fragment]:
    """Runs of text with their boxes, fonts and baselines, in PDFium's text order."""
    page = _Page(textpage, height)
    text = page.text()
    fragments: list[Fragment] = []
    for m in _SEGMENT.finditer(text):
        start, end = m.start(), m.end()
        if not m.group(0).strip():
            continue
        rects = page.rects(start, end - start)
        if not rects:
            continue
        # Group the rectangles into runs; cut the characters where a run ends.
        groups: list[list[Rect]] = [[rects[0]]]
        for rect in rects[1:]:
            prev = groups[-1][-1]
            em = max(prev[3] - prev[1], rect[3] - rect[1], 1.0)
            overlap = min(prev[3], rect[3]) - max(prev[1], rect[1])
            # A new run: far to the right (over a gutter), back to the left or on another line
            # (PDFium joins a hyphenated line with the next).
            if (rect[0] - prev[2] > RUN_GAP * em or rect[0] < prev[0] - 1
                    or overlap < 0.5 * min(prev[3] - prev[1], rect[3] - rect[1])):
                groups.append([rect])
            else:
                groups[-1].append(rect)
        cuts = [start]
        for k in range(1, len(groups)):
            cuts.append(page.first_outside(text, cuts[-1], end, [r for g in groups[:k] for r in g]))
        cuts.append(end)
        for group, a, b in zip(groups, cuts, cuts[1:]):
            piece = text[a:b]
            stripped = piece.strip()
            if not stripped:
                continue
            first = a + (len(piece) - len(piece.lstrip()))
            last = a + len(piece.rstrip()) - 1
            size, bold_first, base = page.font(first)
            bold_last = page.bold(last) if bold_first and last != first else bold_first
            text_of_run = piece.replace("\x02", "-").replace("\ufffe", "-")
            fragments.append(Fragment(
                min(r[0] for r in group), min(r[1] for r in group), max(r[2] for r in group),
                max(r[3] for r in group), text_of_run, size or (group[0][3] - group[0][1]),
                bold_first, bold_last, base,
            ))
    return fragments


def read_pages(path: str, first: int, last: int) -> Iterator[PageFlow]:
    """PageFlows of pages [first, last) (0-based), each page closed when done."""
    import pypdfium2 as pdfium

    reader = TextReader()
    doc = pdfium.PdfDocument(path)
    try:
        for index in range(first, min(last, len(doc))):
            page = doc[index]
            textpage = page.get_textpage()
            try:
                width, height = page.get_size()
                yield read_page(index + 1, width, height, page_fragments(textpage, height), reader)
            finally:
                textpage.close()
                page.close()
    finally:
        doc.close()
