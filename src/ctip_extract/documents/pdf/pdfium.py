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
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from .layout import Fragment, PageFlow, TextReader, is_bold_font, read_page

NAME = "pdfium"
Rect = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down)
RUN_GAP = 1.0  # rectangles further apart than this many ems are separate runs (gutters are wider)
_SEGMENT = re.compile(r"[^\r\n]+")


# The functions `_Page` calls without argument checks, with the arguments it passes: "*" a pointer
# (the text page handle, a byref(), the buffer), "i" a C int, "P" void*, "L" unsigned long.
_UNCHECKED = (
    ("FPDFText_CountRects", "*ii"), ("FPDFText_GetRect", "*i****"), ("FPDFText_GetCharBox", "*i****"),
    ("FPDFText_GetFontSize", "*i"), ("FPDFText_GetFontInfo", "*iPL*"), ("FPDFText_GetCharOrigin", "*i**"),
)


@cache
def _unchecked() -> tuple[Callable[..., Any], ...]:
    """The PDFium functions that run for every line and character, without ctypes' argument checks.

    pypdfium2.raw declares every function's argument types, and ctypes converts each argument
    through them at every call; for these small queries (a character's box, a rectangle) that
    is most of the cost (measured: ~4 us a call, ~1.3 us unchecked). The same C functions with
    no argument types declared take their arguments as given, so `_Page` passes each one exactly
    what C expects: ints for C ints, the text page handle, byref()s of c_double and c_int, the
    string buffer and a c_ulong. A function whose declared arguments are not those (another
    pypdfium2) is kept as declared."""
    import pypdfium2.raw as pdfium_c

    def unchecked(name: str, signature: str) -> Callable[..., Any]:
        func = getattr(pdfium_c, name)
        declared = "".join(t._type_ if isinstance(t._type_, str) else "*" for t in func.argtypes or ())
        address = ctypes.cast(func, ctypes.c_void_p).value
        if declared != signature or address is None:
            return func  # type: ignore[no-any-return]
        bare = ctypes.CFUNCTYPE(func.restype)(address)
        bare.argtypes = None  # type: ignore[assignment]
        return bare

    return tuple(unchecked(name, signature) for name, signature in _UNCHECKED)


class _Page:
    """Character-level queries on one PDFium text page.

    A page makes a few hundred calls into PDFium, so the ctypes functions, the output buffers and
    their byref()s are looked up and made once here, not at every call."""

    def __init__(self, textpage: object, height: float) -> None:
        import pypdfium2.raw as pdfium_c

        self.c = pdfium_c
        self.tp = textpage
        self.raw = textpage.raw  # type: ignore[attr-defined]
        self.height = height
        self.buf = ctypes.create_string_buffer(256)
        self.buf_len = ctypes.c_ulong(len(self.buf))
        self.flags = ctypes.c_int()
        self.d = [ctypes.c_double() for _ in range(4)]
        self.refs = tuple(ctypes.byref(v) for v in self.d)
        self.flags_ref = ctypes.byref(self.flags)
        self.bold_of: dict[bytes, bool] = {}
        (self._count_rects, self._get_rect, self._char_box, self._font_size, self._font_info,
         self._char_origin) = _unchecked()

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
        raw, height, get_rect = self.raw, self.height, self._get_rect
        left, top, right, bottom = self.d
        r0, r1, r2, r3 = self.refs
        out = []
        for i in range(self._count_rects(raw, start, count)):
            if get_rect(raw, i, r0, r1, r2, r3):
                out.append((left.value, height - top.value, right.value, height - bottom.value))
        return out

    def first_outside(self, text: str, start: int, end: int, boxes: list[Rect]) -> int:
        """The first character in [start, end) lying in none of `boxes` (the runs before it, each
        widened by half a point), by bisection: characters come in run order, so "outside all
        earlier runs" is monotonic."""
        raw, height, char_box = self.raw, self.height, self._char_box
        left, right, bottom, top = self.d  # FPDFText_GetCharBox's order
        r0, r1, r2, r3 = self.refs

        def outside(index: int) -> bool | None:
            """Whether the centre of the character's box is outside all boxes; None for a space or
            a generated character (no box): they tell nothing."""
            if text[index].isspace() or not char_box(raw, index, r0, r1, r2, r3):
                return None
            x0, x1 = left.value, right.value
            if not x1 > x0:
                return None
            x, y = (x0 + x1) / 2, height - (top.value + bottom.value) / 2
            for b0, b1, b2, b3 in boxes:
                if b0 <= x <= b2 and b1 <= y <= b3:
                    return False
            return True

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
        n = self._font_info(self.raw, index, self.buf, self.buf_len, self.flags_ref)
        name = self.buf.value if n else b""
        bold = self.bold_of.get(name)
        if bold is None:
            bold = is_bold_font(name.decode("latin-1")) or bool(self.flags.value & (1 << 18))
            self.bold_of[name] = bold
        return bold

    def font(self, index: int) -> tuple[float, bool, float]:
        """(size, bold, baseline) of a character."""
        size = float(self._font_size(self.raw, index))
        bold = self.bold(index)
        base = 0.0
        if self._char_origin(self.raw, index, self.refs[0], self.refs[1]):
            base = self.height - self.d[1].value
        return size, bold, base


def _new_run(prev: Rect, rect: Rect) -> bool:
    """True when `rect` starts a new run after `prev`: far to the right (over a gutter), back to
    the left or on another line (PDFium joins a hyphenated line with the next)."""
    em = max(prev[3] - prev[1], rect[3] - rect[1], 1.0)
    overlap = min(prev[3], rect[3]) - max(prev[1], rect[1])
    return (rect[0] - prev[2] > RUN_GAP * em or rect[0] < prev[0] - 1
            or overlap < 0.5 * min(prev[3] - prev[1], rect[3] - rect[1]))


def page_fragments(textpage: object, height: float) -> list[Fragment]:
    """Runs of text with their boxes, fonts and baselines, in PDFium's text order."""
    page = _Page(textpage, height)
    text = page.text()
    fragments: list[Fragment] = []
    for m in _SEGMENT.finditer(text):
        start, end = m.span()
        if m.group(0).isspace():
            continue
        rects = page.rects(start, end - start)
        if not rects:
            continue
        if len(rects) == 1:
            runs: list[tuple[int, int, list[Rect]]] = [(start, end, rects)]
        else:
            # Group the rectangles into runs (run k is rects[bounds[k]:bounds[k + 1]]); cut the
            # characters where a run ends.
            bounds = [0]
            bounds += [i for i in range(1, len(rects)) if _new_run(rects[i - 1], rects[i])]
            bounds.append(len(rects))
            cuts = [start]
            if len(bounds) > 2:
                boxes = [(r[0] - 0.5, r[1] - 0.5, r[2] + 0.5, r[3] + 0.5) for r in rects]
                for k in range(1, len(bounds) - 1):
                    cuts.append(page.first_outside(text, cuts[-1], end, boxes[:bounds[k]]))
            cuts.append(end)
            runs = [(cuts[k], cuts[k + 1], rects[bounds[k]:bounds[k + 1]]) for k in range(len(bounds) - 1)]
        for a, b, group in runs:
            piece = text[a:b]
            lead = len(piece) - len(piece.lstrip())
            if lead == len(piece):  # nothing but spaces
                continue
            if len(group) == 1:
                x0, top, x1, bottom = group[0]
            else:
                x0, top = min(r[0] for r in group), min(r[1] for r in group)
                x1, bottom = max(r[2] for r in group), max(r[3] for r in group)
            first = a + lead
            last = a + len(piece.rstrip()) - 1
            size, bold_first, base = page.font(first)
            bold_last = page.bold(last) if bold_first and last != first else bold_first
            text_of_run = piece.replace("\x02", "-").replace("\ufffe", "-")
            fragments.append(Fragment(
                x0, top, x1, bottom, text_of_run, size or (group[0][3] - group[0][1]),
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
