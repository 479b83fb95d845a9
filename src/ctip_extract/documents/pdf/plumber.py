"""The pdfplumber backend: characters with positions and font names, read by pdfminer.

pdfplumber is what opens the file when PDFium cannot; the pages themselves are
interpreted by pdfminer (which pdfplumber is built on) with a device that keeps
each character as a plain tuple (text, box, size, font, baseline) instead of
building pdfminer's layout objects for it, and that skips paths and images:
the objects cost a third of the time and are not needed here. Pages are
walked lazily from the first one asked for, so a worker reading pages 200-231
does not load the other pages' objects, and each page is dropped when read:
memory stays flat however many pages the file has.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from .layout import SPACE_GAP, Fragment, PageFlow, TextReader, is_bold_font, read_page

NAME = "plumber"
RUN_GAP = 1.0  # a gap wider than this many ems ends a run (gutters are wider)

# (text, x0, x1, y0, y1, size, font name, baseline y), PDF coordinates (y up)
Char = tuple[str, float, float, float, float, float, str, float]


def _collector(rsrcmgr: object):  # type: ignore[no-untyped-def]
    """A pdfminer device that records the upright characters of one page as `Char` tuples."""
    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.pdffont import PDFUnicodeNotDefined

    class CharCollector(PDFLayoutAnalyzer):
        def __init__(self) -> None:
            super().__init__(rsrcmgr, pageno=1, laparams=None)  # type: ignore[arg-type]
            self.chars: list[Char] = []
            self.size: tuple[float, float] = (0.0, 0.0)

        def begin_page(self, page, ctm) -> None:  # type: ignore[no-untyped-def]
            super().begin_page(page, ctm)
            self.chars = []
            self.size = (float(self.cur_item.width), float(self.cur_item.height))

        def render_char(  # type: ignore[no-untyped-def]
                self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            adv = font.char_width(cid) * fontsize * scaling
            a, b, c, d, e, f = matrix
            if b or c:  # rotated or skewed text (side labels): not body text
                return adv
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = f"(cid:{cid})"
            if font.is_vertical():
                vx, vy = font.char_disp(cid)
                vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
                vy = (1000 - vy) * fontsize * 0.001
                bx0, by0, bx1, by1 = -vx, vy + rise + adv, -vx + fontsize, vy + rise
            else:
                descent = font.get_descent() * fontsize
                bx0, by0, bx1, by1 = 0.0, descent + rise, adv, descent + rise + fontsize
            x0, x1 = a * bx0 + e, a * bx1 + e
            y0, y1 = d * by0 + f, d * by1 + f
            if x1 < x0:
                x0, x1 = x1, x0
            if y1 < y0:
                y0, y1 = y1, y0
            size = (x1 - x0) if font.is_vertical() else (y1 - y0)
            self.chars.append((text, x0, x1, y0, y1, size, font.fontname, f))
            return adv

        def paint_path(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            return None

        def render_image(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            return None

        def receive_layout(self, ltpage) -> None:  # type: ignore[no-untyped-def]
            return None

    return CharCollector()


def page_fragments(chars: list[Char], height: float) -> list[Fragment]:
    """Runs of characters, in the order the page draws them (top-down points)."""
    runs: list[Fragment] = []
    parts: list[str] = []
    cur: Fragment | None = None
    visible = False
    last_x1 = last_base = 0.0
    bold_of: dict[str, bool] = {}
    for text, x0, x1, y0, y1, size, font, base_y in chars:
        size = size or 1.0
        base = height - base_y
        bold = bold_of.get(font)
        if bold is None:
            bold = bold_of[font] = is_bold_font(font)
        gap = x0 - last_x1
        if cur is None or abs(base - last_base) > 0.2 * size or gap > RUN_GAP * size or gap < -0.5 * size:
            if cur is not None:
                cur.text = "".join(parts)
                runs.append(cur)
            cur = Fragment(x0, height - y1, x1, height - y0, "", size, bold, bold, base)
            parts = [text]
            visible = False
        else:
            if gap > SPACE_GAP * size and not text.isspace() and not parts[-1].isspace():
                parts.append(" ")
            parts.append(text)
            if x1 > cur.x1:
                cur.x1 = x1
            if height - y1 < cur.top:
                cur.top = height - y1
            if height - y0 > cur.bottom:
                cur.bottom = height - y0
        if not text.isspace():
            if not visible:
                cur.bold_first = bold
                visible = True
            cur.bold_last = bold
        last_x1, last_base = x1, base
    if cur is not None:
        cur.text = "".join(parts)
        runs.append(cur)
    return [r for r in runs if r.text.strip()]


def read_pages(path: str, first: int, last: int) -> Iterator[PageFlow]:
    """PageFlows of pages [first, last) (0-based), each page dropped when read."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    reader = TextReader()
    with open(path, "rb") as fh:
        document = PDFDocument(PDFParser(fh))
        rsrcmgr = PDFResourceManager(caching=True)
        device = _collector(rsrcmgr)
        interpreter = PDFPageInterpreter(rsrcmgr, device)
        for index, page in enumerate(islice(PDFPage.create_pages(document), first, last), first):
            interpreter.process_page(page)
            width, height = device.size
            yield read_page(index + 1, width, height, page_fragments(device.chars, height), reader)
            device.chars = []
