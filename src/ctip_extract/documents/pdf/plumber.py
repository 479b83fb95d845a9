"""The pdfplumber backend: characters with positions and font names.

Reads `page.layout` (pdfminer's characters, without pdfplumber turning each
into a dict of every attribute, which costs ~40% of the time) and releases
each page with `page.close()` when done, so memory stays flat however many
pages the file has.
"""

from __future__ import annotations

from collections.abc import Iterator

from .layout import SPACE_GAP, Fragment, PageFlow, TextReader, is_bold_font, read_page

NAME = "plumber"
RUN_GAP = 1.0  # a gap wider than this many ems ends a run (gutters are wider)


def page_fragments(layout: object) -> list[Fragment]:
    """Runs of characters of a pdfminer LTPage, in the order the page draws them (top-down points)."""
    left, top_y = layout.x0, layout.y1  # type: ignore[attr-defined]
    runs: list[Fragment] = []
    chars: list[str] = []
    cur: Fragment | None = None
    visible = False
    last_x1 = last_base = 0.0
    bold_of: dict[str, bool] = {}
    for ch in _chars(layout):
        matrix = ch.matrix
        if matrix[1] or matrix[2]:  # rotated or skewed text (side labels): not body text
            continue
        text = ch.get_text()
        size = ch.size or 1.0
        base = top_y - matrix[5]
        x0, x1 = ch.x0 - left, ch.x1 - left
        font = ch.fontname
        bold = bold_of.get(font)
        if bold is None:
            bold = bold_of[font] = is_bold_font(font)
        gap = x0 - last_x1
        if cur is None or abs(base - last_base) > 0.2 * size or gap > RUN_GAP * size or gap < -0.5 * size:
            if cur is not None:
                cur.text = "".join(chars)
                runs.append(cur)
            cur = Fragment(x0, top_y - ch.y1, x1, top_y - ch.y0, "", size, bold, bold, base)
            chars = [text]
            visible = False
        else:
            if gap > SPACE_GAP * size and not text.isspace() and not chars[-1].isspace():
                chars.append(" ")
            chars.append(text)
            cur.x1 = max(cur.x1, x1)
            cur.top = min(cur.top, top_y - ch.y1)
            cur.bottom = max(cur.bottom, top_y - ch.y0)
        if not text.isspace():
            if not visible:
                cur.bold_first = bold
                visible = True
            cur.bold_last = bold
        last_x1, last_base = x1, base
    if cur is not None:
        cur.text = "".join(chars)
        runs.append(cur)
    return [r for r in runs if r.text.strip()]


def _chars(obj: object) -> Iterator:
    from pdfminer.layout import LTChar, LTContainer

    for item in obj:  # type: ignore[attr-defined]
        if isinstance(item, LTChar):
            yield item
        elif isinstance(item, LTContainer):
            yield from _chars(item)


def read_pages(path: str, first: int, last: int) -> Iterator[PageFlow]:
    """PageFlows of pages [first, last) (0-based), each page released when done."""
    import pdfplumber

    reader = TextReader()
    with pdfplumber.open(path) as pdf:
        pages = pdf.pages
        for index in range(first, min(last, len(pages))):
            page = pages[index]
            try:
                layout = page.layout
                fragments = page_fragments(layout)
                yield read_page(index + 1, float(layout.width), float(layout.height), fragments, reader)
            finally:
                page.close()
