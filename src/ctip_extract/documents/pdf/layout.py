"""Page layout: positioned text fragments to lines in reading order.

A backend turns a page into `Fragment`s (a run of text on one baseline, or
just its box) and a `LineReader` that gives the text, size and weight of a
group of fragments. `read_page` then

1. takes running heads and page numbers out of the top and bottom bands
   (keeping the printed page number),
2. finds the gutter(s) from where the text is on the page: an x range that
   narrow runs of text never cross, with text on both sides,
3. puts every fragment in a column, or marks it as crossing the gutter
   (headings and caption boxes across both columns),
4. groups fragments into lines, and orders them: full-width headings cut the
   page into zones read one after the other; inside a zone each column is
   read top to bottom, left column first; a full-width box that is not a
   heading (a photo caption) is kept whole and put where it stands, at the
   next paragraph start, so it does not cut a sentence in two,
5. records on every line what paragraph rebuilding needs (indent, space
   above, how full the line is, a bullet) without deciding yet: the decision
   may need the previous page (`cleanup.build_text`).

Coordinates are PDF points from the top-left corner (`top` < `bottom`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter
from statistics import median
from typing import Protocol

SPACE_GAP = 0.15  # a gap wider than this many ems between two runs is a space
HEAD_BAND = 0.10  # running heads sit in the top tenth of the page ...
FOOT_BAND = 0.93  # ... page numbers and footers below 93% of its height
BAND_GAP = 0.5  # a head or foot stands clear of the body by half its height
MIN_GUTTER = 6.0  # points
MAX_COLUMNS = 4
ACROSS_RATIO = 0.75  # lines across a gutter, at most, per line of the shorter column
GUTTER_TRAFFIC = 0.15  # runs crossing a gutter, at most, as a share of those covering a column's middle
WIDE_RUN = 0.6  # a run wider than this share of the region cannot be inside one column
INDENT_EM = 0.6  # a first-line indent is at least this many ems
GAP_RATIO = 1.3  # baseline distance over the usual one that means space between paragraphs
MAX_GAP_RATIO = 3.0  # more than this many usual baseline distances: not a paragraph gap
FULL_LINE = 0.9  # a line ending before this share of the column width is short
LIST_LINE = 0.6  # two lines in a row both shorter than this are items of a list
FIT_MARGIN = 2.0  # ems: the next line's first word fits in the room left by this many ems to spare
HEADING_MAX_WORDS = 15

BULLETS = "\u2022\u25cf\u25aa\u25e6\u2023\u2043\u25a0\u25a1\uf0b7\uf0a7\u27a2"
_BULLET_START = re.compile(rf"^\s*[{BULLETS}]\s*")
_PAGE_NUMBER = re.compile(r"^\s*(\d{1,4}|[ivxlcdm]{1,8}|[IVXLCDM]{1,8})\s*$")
# "98 TRAFFICKING IN PERSONS REPORT", "BENIN 99": a page number at either end of a running head.
_NUMBERED_HEAD = re.compile(r"^(?:(?P<a>\d{1,3})\s+(?P<head>\D.*)|(?P<head2>.*\D)\s+(?P<b>\d{1,3}))$")
_TERMINAL = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")
_LOWER = re.compile(r"[a-z]")
_SPLIT_WORD = re.compile(r"[A-Za-z]-$")
_LETTERS = re.compile(r"[A-Za-z]")
# "CAMBODIA: TIER 2", "CONGO, REPUBLIC OF THE: TIER 2 WATCH LIST", "LIBYA: SPECIAL CASE"
NARRATIVE_HEADING = re.compile(
    r"^(?P<name>[A-Z][A-Z .,'()&\u00c0-\u00de-]*?[A-Z.)\u00c0-\u00de]):?\s*"
    r"(?P<tier>TIER 2 WATCH LIST|TIER [123]|SPECIAL CASE)\s*$"
)
_X0 = attrgetter("x0")
_BOLD_FONT = re.compile(r"(?i:bold|black|heavy|demi|extrab)|Bd(?![a-z])|,B$|-B$")


def is_bold_font(name: str) -> bool:
    """True for a font name that says bold ("ABCDEF+Helvetica-Bold", "VeraBd", "Arial,Bold")."""
    return bool(_BOLD_FONT.search(name.split("+", 1)[-1]))


@dataclass(slots=True)
class Fragment:
    """A run of text on one baseline (or only its box, for backends that read text later)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str = ""
    size: float = 0.0
    bold_first: bool = False  # weight of the first and last visible characters
    bold_last: bool = False
    baseline: float = 0.0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class LineInfo:
    text: str
    size: float
    bold: bool
    baseline: float


Crosses = Callable[[Fragment, float, float], bool]


class LineReader(Protocol):
    def read_line(self, fragments: Sequence[Fragment]) -> LineInfo:
        """Text, font size, weight and baseline of fragments that form one line, left to right."""

    def crosses_gap(self, fragment: Fragment, x0: float, x1: float) -> bool:
        """True if the fragment has text between x0 and x1 (False: two runs merged over a gutter)."""


class TextReader:
    """LineReader for backends whose fragments carry their text: runs joined left to right, with a
    space where they stand apart."""

    def read_line(self, fragments: Sequence[Fragment]) -> LineInfo:
        if len(fragments) == 1:  # most lines are one run
            frag = fragments[0]
            return LineInfo(frag.text, frag.size, frag.bold_first and frag.bold_last, frag.baseline)
        parts: list[str] = []
        prev: Fragment | None = None
        for frag in fragments:
            if prev is not None:
                gap = frag.x0 - prev.x1
                if gap > SPACE_GAP * max(frag.size, prev.size, 1.0) and not parts[-1].endswith(" "):
                    parts.append(" ")
            parts.append(frag.text)
            prev = frag
        first, last = fragments[0], fragments[-1]
        return LineInfo("".join(parts), first.size, first.bold_first and last.bold_last, first.baseline)

    def crosses_gap(self, fragment: Fragment, x0: float, x1: float) -> bool:
        return True  # backends cut runs at every gap wider than an em, so a run over a gutter is real


@dataclass(slots=True)
class Line:
    """One line of text in reading order, with the facts paragraph rebuilding needs."""

    text: str
    kind: str = "body"  # "body", "heading" or "aside" (a caption or box across the columns)
    bullet: bool = False  # the line began with a bullet glyph (removed from `text`)
    indented: bool = False  # starts right of its column's left edge
    space_above: bool | None = None  # more space than usual above it (None: first in its column)
    fill: float = 1.0  # where the line ends, as a share of the column width
    size: float = 0.0
    block: int = -1  # lines of one aside share a block number
    room: float = 0.0  # points left between the line's end and its column's right edge
    lead: float = 0.0  # points its first word and a space take (an estimate; 0: not known)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # pages read by a worker process come back pickled: a call with the fields as arguments takes
        # half the time of the slots dataclass's own state methods, over 60,000 lines of a report
        return (Line, (self.text, self.kind, self.bullet, self.indented, self.space_above, self.fill, self.size,
                       self.block, self.room, self.lead))


@dataclass(slots=True)
class PageFlow:
    """The text of one page, in reading order."""

    number: int  # 1-based page index
    lines: list[Line] = field(default_factory=list)
    printed: str | None = None  # the page number printed on the page
    heads: list[str] = field(default_factory=list)  # running heads and footers removed from the text
    chars: int = 0  # how much text the page has, in points of run width (0: no text layer)


def is_heading(text: str, bold: bool) -> bool:
    """A line that is a heading: bold and short, or in capitals and heading-shaped."""
    if not bold and _LOWER.search(text):
        # A heading not in bold is in capitals, and so is NARRATIVE_HEADING: this settles most
        # lines of body text at once.
        return False
    words = text.split()
    if not words or len(words) > HEADING_MAX_WORDS:
        return False
    if NARRATIVE_HEADING.match(text):
        return True
    if _BULLET_START.match(text):
        return False
    if bold:
        return not text.rstrip().endswith((".", ",", ";")) or len(words) <= 3
    return (
        len(words) <= 12
        and not text.rstrip().endswith((".", ",", ";"))
        and len(_LETTERS.findall(text)) >= 4
    )


def read_page(
    number: int, width: float, height: float, fragments: list[Fragment], reader: LineReader
) -> PageFlow:
    """The lines of one page in reading order (see the module docstring)."""
    page = PageFlow(number)
    if not fragments:
        return page
    body = _strip_bands(page, width, height, fragments, reader)
    if not body:
        return page
    rows = _rows(body)
    lone = _lone_headings(rows, reader)
    columns = find_columns(body, reader.crosses_gap, ignore=lone)
    gutters = [(columns[i][1], columns[i + 1][0]) for i in range(len(columns) - 1)]
    # A fragment belongs to a column when it stays on its side of the gutters' middles.
    middles = [(g0 + g1) / 2 for g0, g1 in gutters]
    slots = list(zip([float("-inf"), *middles], [*middles, float("inf")]))
    in_column: list[list[Fragment]] = [[] for _ in columns]
    spanning: list[Fragment] = []
    parts = [part for frag in body for part in _split_merged(frag, gutters, reader)]
    # _split_merged only adds fragments: as many parts as fragments means the same rows
    across = _across_gutters(rows if len(parts) == len(body) else _rows(parts), gutters)
    for part in parts:
        col = None if id(part) in across else _column_of(part, slots)
        if col is not None and id(part) in lone and _spans_columns(part, columns):
            col = None
        if col is None:
            spanning.append(part)
        else:
            in_column[col].append(part)
    column_lines = [_lines(frags, reader) for frags in in_column]
    span_lines = _lines(spanning, reader)
    if span_lines and len(columns) > 1:
        _attach_to_boxes(column_lines, span_lines)
    pitch = _usual_pitch(column_lines + [span_lines])
    if len(columns) == 1:
        # One column: lines crossing the (absent) gutter are ordinary lines.
        column_lines = [sorted(column_lines[0] + span_lines, key=lambda ln: ln.top)]
        span_lines = []
    limits = _column_limits(columns)
    for col, lines in enumerate(column_lines):
        if lines:
            right = max(ln.x1 for ln in lines)
            _describe(lines, min(ln.x0 for ln in lines), right, pitch, max(right, limits[col]))
            column_lines[col] = _join_headings(lines)
    page.lines = _reading_order(column_lines, _span_blocks(_join_headings(span_lines)))
    return page


# -- bands ------------------------------------------------------------------


def _strip_bands(page: PageFlow, width: float, height: float, fragments: list[Fragment],
                 reader: LineReader) -> list[Fragment]:
    """Fragments of the body; running heads, footers and page numbers go to `page`."""
    page.chars = sum(max(1, int(f.x1 - f.x0)) for f in fragments)
    head_edge = _band_edge(fragments, HEAD_BAND * height, from_top=True)
    foot_edge = _band_edge(fragments, FOOT_BAND * height, from_top=False)
    heads = [f for f in fragments if f.bottom <= head_edge]
    foots = [f for f in fragments if f.top >= foot_edge]
    rest = [f for f in fragments if f.bottom > head_edge and f.top < foot_edge]
    for band in (heads, foots):
        for line in _lines(band, reader):
            parts = []
            for frag in line.fragments:
                text = " ".join(reader.read_line([frag]).text.split())
                m = _PAGE_NUMBER.match(text)
                if m and page.printed is None:
                    page.printed = m.group(1)
                elif text:
                    parts.append(text)
            text = " ".join(parts)
            m = _NUMBERED_HEAD.match(text)
            if m and page.printed is None:
                page.printed = m.group("a") or m.group("b")
                text = m.group("head") or m.group("head2")
            if text:
                page.heads.append(text)
    return rest


def _band_edge(fragments: list[Fragment], limit: float, *, from_top: bool) -> float:
    """The y that separates a running head (footer) from the body: the widest gap between lines
    that starts inside the band [0, limit] ([limit, page end]) and is at least BAND_GAP times the
    height of the text beyond it. Returns -inf (+inf) when there is no such gap."""
    spans = sorted(((f.top, f.bottom) if from_top else (-f.bottom, -f.top)) for f in fragments)
    bound = limit if from_top else -limit
    edge, widest = float("-inf"), 0.0
    cover_end = float("-inf")
    tallest = 0.0
    for top, bottom in spans:
        gap = top - cover_end
        clear = gap >= max(BAND_GAP * tallest, 2.0)
        if cover_end > float("-inf") and cover_end <= bound and clear and gap > widest:
            edge, widest = cover_end + 0.01, gap
        if top > bound:
            break
        cover_end = max(cover_end, bottom)
        tallest = max(tallest, bottom - top)
    return edge if from_top else -edge


# -- columns ----------------------------------------------------------------


def find_columns(fragments: Sequence[Fragment], crosses: Crosses | None = None,
                 ignore: set[int] | frozenset[int] = frozenset()) -> list[tuple[float, float]]:
    """The x ranges of the text columns, left to right (one range for single-column text).

    `crosses(fragment, x0, x1)` tells whether a fragment has text between x0 and x1 (a backend
    may merge two runs over a gutter into one box); without it, every box is taken as text.
    Fragments whose id is in `ignore` (headings alone on their line, which may stand across the
    columns) do not count as traffic over a gutter."""
    x0 = min(f.x0 for f in fragments)
    x1 = max(f.x1 for f in fragments)
    return _split_region(fragments, x0, x1, MAX_COLUMNS, crosses, ignore)


def _split_region(fragments: Sequence[Fragment], x0: float, x1: float, budget: int,
                  crosses: Crosses | None, ignore: set[int] | frozenset[int] = frozenset()
                  ) -> list[tuple[float, float]]:
    gutter = _find_gutter(fragments, x0, x1, crosses, ignore) if budget > 1 else None
    if gutter is None:
        return [(x0, x1)]
    g0, g1 = gutter
    middle = (g0 + g1) / 2
    left = [f for f in fragments if f.x1 <= middle]
    right = [f for f in fragments if f.x0 >= middle]
    # The widest gutter may be any of them (a list in four columns can split 1 | 3): each side
    # may take what the other leaves of the budget.
    before = _split_region(left, x0, g0, budget - 1, crosses, ignore)
    return before + _split_region(right, g1, x1, max(1, budget - len(before)), crosses, ignore)


def _find_gutter(fragments: Sequence[Fragment], x0: float, x1: float,
                 crosses: Crosses | None = None, ignore: set[int] | frozenset[int] = frozenset()
                 ) -> tuple[float, float] | None:
    """The widest x range in the middle of [x0, x1] crossed by (almost) no narrow run, with runs
    on both sides; None when the region is one column."""
    span = x1 - x0
    if span < 4 * MIN_GUTTER:
        return None
    inside = [f for f in fragments if f.x1 > f.x0 and id(f) not in ignore]
    wide = WIDE_RUN * span
    narrow = [f for f in inside if f.x1 - f.x0 < wide]
    if len(narrow) < 4:
        return None
    origin = int(x0)
    bins = [0] * (int(x1) - origin + 3)
    last = len(bins) - 1
    for f in narrow:  # runs covering each 1-point bin, by a difference array (cut to the region: a run
        # may stick out of it)
        a, b = max(0, int(f.x0) - origin + 1), min(last, int(f.x1) - origin)
        if b > a:
            bins[a] += 1
            bins[b] -= 1
    bins = list(accumulate(bins))
    lo, hi = int(x0 + 0.2 * span) - origin, int(x1 - 0.2 * span) - origin
    if hi <= lo:
        return None
    middle = bins[lo:hi + 1]
    # A gutter bin is crossed by few runs compared with a bin inside a column: full-width lines
    # (captions, headings) cross it, column text does not.
    allowed = max(min(middle), GUTTER_TRAFFIC * median(middle))
    best: tuple[int, int] | None = None
    b = lo
    while b <= hi:
        if bins[b] <= allowed:
            start = b
            while b + 1 < len(bins) - 1 and bins[b + 1] <= allowed:
                b += 1
            if best is None or b - start > best[1] - best[0]:
                best = (start, b)
        b += 1
    if best is None:
        return None
    g0, g1 = best[0] + origin, best[1] + origin + 1
    if g1 - g0 < MIN_GUTTER:
        return None
    # Columns stand side by side (rows with text on both sides) and lines across the candidate
    # are few: a caption box or a heading, not the lines of a column the candidate would cut.
    left = [f for f in inside if f.x1 <= g0 + 1]
    right = [f for f in inside if f.x0 >= g1 - 1]
    left_rows = {_row_key(f) for f in left}
    right_rows = {_row_key(f) for f in right}
    if min(len(left_rows), len(right_rows)) < 3:
        return None
    beside: set[int] = set()
    for f in left:
        beside.update(range(int(f.top), int(f.bottom) + 1))
    side_by_side = 0  # runs on the right with text beside them on the left: two are enough
    for f in right:
        if not beside.isdisjoint(range(int(f.top), int(f.bottom) + 1)):
            side_by_side += 1
            if side_by_side == 2:
                break
    else:
        return None
    limit = ACROSS_RATIO * min(len(left_rows), len(right_rows))
    across: set[int] = set()
    for f in inside:
        if f.x0 < g0 and f.x1 > g1 and (crosses is None or crosses(f, g0 + 1, g1 - 1)):
            across.add(_row_key(f))
            if len(across) > limit:
                return None
    return float(g0), float(g1)


def _lone_headings(rows: list[list[Fragment]], reader: LineReader) -> set[int]:
    """ids of fragments that are a heading alone on their line (a row of `_rows`; "TIER 2 WATCH
    LIST" centred over a list in columns): they may cross gutters without making the columns one."""
    lone: set[int] = set()
    for row in rows:
        if len(row) == 1:
            info = reader.read_line(row)
            text = " ".join(info.text.split())
            if text and is_heading(text, info.bold):
                lone.add(id(row[0]))
    return lone


def _spans_columns(frag: Fragment, columns: list[tuple[float, float]]) -> bool:
    """A lone heading that stands across the columns: not inside any column's text, or centred on
    the whole text block away from its column's left edge (a heading over a middle column)."""
    if len(columns) < 2:
        return False
    em = max(frag.size, frag.height, 1.0)
    inside = [c for c in columns if c[0] - 1 <= frag.x0 and frag.x1 <= c[1] + 1]
    if not inside:
        return True
    block_middle = (columns[0][0] + columns[-1][1]) / 2
    centred = abs((frag.x0 + frag.x1) / 2 - block_middle) < em
    return centred and frag.x0 - inside[0][0] > em


def _row_key(frag: Fragment) -> int:
    return int((frag.top + frag.bottom) / 2 // 3)  # frag.middle, without the property call


def _column_of(frag: Fragment, columns: list[tuple[float, float]]) -> int | None:
    """The column holding a fragment, or None when it crosses a gutter."""
    for i, (lo, hi) in enumerate(columns):
        if frag.x0 >= lo and frag.x1 <= hi:
            return i
    return None


def _column_limits(columns: list[tuple[float, float]]) -> list[float]:
    """How far right each column's lines may run: up to the next column's start, less a gutter (the
    last one as far as the columns' usual pitch); a single column, no further than its text."""
    if len(columns) < 2:
        return [float("-inf")] * len(columns)
    starts = [c[0] for c in columns]
    pitch = median(b - a for a, b in zip(starts, starts[1:]))
    return [nxt - 2 * MIN_GUTTER for nxt in starts[1:]] + [starts[-1] + pitch - 2 * MIN_GUTTER]


def _across_gutters(rows: list[list[Fragment]], gutters: list[tuple[float, float]]) -> set[int]:
    """ids of fragments in lines (rows of `_rows`, sorted here left to right) that run across a
    gutter: a line with a fragment over the gutter's middle, or whose words on either side stand
    closer than the gutter is wide, and the words chained to those by ordinary spaces (backends
    that give one box a word)."""
    across: set[int] = set()
    if not gutters:
        return across
    reaches = [((g0 + g1) / 2, 0.6 * (g1 - g0)) for g0, g1 in gutters]
    for row in rows:
        if len(row) == 1:  # a run alone on its line: across only when over a gutter's middle
            f = row[0]
            if any(f.x0 < middle < f.x1 for middle, _ in reaches):
                across.add(id(f))
            continue
        row.sort(key=_X0)
        for middle, reach in reaches:
            seeds = [i for i, f in enumerate(row) if f.x0 < middle < f.x1]
            if not seeds:
                left = [i for i, f in enumerate(row) if f.x1 <= middle]
                right = [i for i, f in enumerate(row) if f.x0 >= middle]
                if left and right and row[right[0]].x0 - row[left[-1]].x1 < reach:
                    seeds = [left[-1], right[0]]
            if not seeds:
                continue
            lo, hi = min(seeds), max(seeds)
            while lo > 0 and row[lo].x0 - row[lo - 1].x1 < reach:
                lo -= 1
            while hi + 1 < len(row) and row[hi + 1].x0 - row[hi].x1 < reach:
                hi += 1
            across.update(id(f) for f in row[lo:hi + 1])
    return across


def _split_merged(frag: Fragment, gutters: list[tuple[float, float]], reader: LineReader) -> list[Fragment]:
    """A fragment crossing a gutter with nothing in it is two runs merged by the backend: split it."""
    for g0, g1 in gutters:
        if frag.x0 < g0 and frag.x1 > g1 and not reader.crosses_gap(frag, g0 + 1, g1 - 1):
            left = Fragment(frag.x0, frag.top, g0, frag.bottom)
            right = Fragment(g1, frag.top, frag.x1, frag.bottom)
            return [left, *_split_merged(right, gutters, reader)]
    return [frag]


# -- lines ------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    fragments: list[Fragment]
    x0: float
    top: float
    x1: float
    bottom: float
    text: str = ""
    size: float = 0.0
    bold: bool = False
    baseline: float = 0.0
    heading: bool = False
    bullet: bool = False
    indented: bool = False
    space_above: bool | None = None
    fill: float = 1.0
    room: float = 0.0
    lead: float = 0.0


def _rows(fragments: list[Fragment]) -> list[list[Fragment]]:
    """Fragments grouped by vertical overlap with the first fragment of a row, top to bottom."""
    rows: list[list[Fragment]] = []
    first: Fragment | None = None
    row: list[Fragment] = []
    # (f.middle, f.x0) and f.height written out: this runs for every fragment, several times a page
    for frag in sorted(fragments, key=lambda f: ((f.top + f.bottom) / 2, f.x0)):
        if first is not None:
            overlap = min(first.bottom, frag.bottom) - max(first.top, frag.top)
            if overlap >= 0.5 * min(frag.bottom - frag.top, first.bottom - first.top):
                row.append(frag)
                continue
        row = [frag]
        rows.append(row)
        first = frag
    return rows


def _lines(fragments: list[Fragment], reader: LineReader) -> list[_Line]:
    """Fragments grouped into lines (vertical overlap), each read left to right; top to bottom."""
    out = []
    for row in _rows(fragments):
        if len(row) == 1:  # most lines are one run
            f = row[0]
            line = _Line(row, f.x0, f.top, f.x1, f.bottom)
        else:
            row.sort(key=_X0)
            line = _Line(row, min(f.x0 for f in row), min(f.top for f in row), max(f.x1 for f in row),
                         max(f.bottom for f in row))
        info = reader.read_line(row)
        text = " ".join(info.text.split())
        if not text:
            continue
        line.text, line.size, line.bold, line.baseline = text, info.size, info.bold, info.baseline
        m = _BULLET_START.match(text)
        if m:
            line.bullet = True
            line.text = text[m.end():]
        line.heading = not line.bullet and is_heading(line.text, line.bold)
        if line.text:
            out.append(line)
    return out


def _attach_to_boxes(column_lines: list[list[_Line]], span_lines: list[_Line]) -> None:
    """A short last line of a caption does not cross the gutter; it still belongs to the box: a
    column line set as tight to a full-width non-heading line as its own lines, in its size."""
    boxes = [ln for ln in span_lines if not ln.heading]
    if not boxes:
        return
    moved = False
    for lines in column_lines:
        keep = []
        for line in lines:
            near = any(
                abs(line.size - box.size) < 0.3
                and -0.5 < (line.top - box.bottom if line.top > box.top else box.top - line.bottom)
                < 0.5 * max(line.size, 1.0)
                for box in boxes
            )
            if near and not line.heading:
                span_lines.append(line)
                moved = True
            else:
                keep.append(line)
        lines[:] = keep
    if moved:
        span_lines.sort(key=lambda ln: ln.top)


def _usual_pitch(groups: list[list[_Line]]) -> float:
    """The usual distance between baselines of consecutive body lines."""
    steps = []
    for lines in groups:
        for a, b in zip(lines, lines[1:]):
            if not a.heading and not b.heading:
                step = b.baseline - a.baseline
                if 0 < step < 3 * max(a.size, 1.0):
                    steps.append(step)
    if steps:
        return median(steps)
    sizes = [ln.size for lines in groups for ln in lines if ln.size]
    return 1.2 * median(sizes) if sizes else 12.0


def _describe(lines: list[_Line], left: float, right: float, pitch: float,
              limit: float | None = None) -> None:
    """Indent, space above, fill, room at the end and width of the first word of each line of a
    column, top to bottom. `limit`: how far right the column's lines may run (default `right`)."""
    width = max(right - left, 1.0)
    limit = right if limit is None else limit
    far, apart = MAX_GAP_RATIO * pitch, GAP_RATIO * pitch + 0.5
    in_bullet = False
    prev: _Line | None = None
    for line in lines:
        em = line.size or 10.0
        line.fill = (line.x1 - left) / width
        line.room = max(0.0, limit - line.x1)
        first = line.text.partition(" ")[0]
        line.lead = (line.x1 - line.x0) * len(first) / max(len(line.text), 1) + 0.3 * em
        line.indented = line.x0 - left >= INDENT_EM * em
        if prev is not None:
            step = line.baseline - prev.baseline
            # More space than usual means a new paragraph; much more means something stood between
            # the lines (a photo, a box): no telling.
            line.space_above = None if step > far else step > apart
        prev = line
        if line.bullet:
            in_bullet = True
        elif line.heading or line.space_above or not line.indented:
            in_bullet = False
        elif in_bullet:
            line.indented = False  # the hanging indent of a bullet item, not a new paragraph
        if line.heading:
            in_bullet = False


def _join_headings(lines: list[_Line]) -> list[_Line]:
    """A heading wrapped over two lines becomes one line."""
    out: list[_Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.heading
            and line.heading
            and abs(prev.size - line.size) < 0.6
            and line.top - prev.bottom < 0.8 * max(line.size, 1.0)
            # "CAMBODIA: TIER 2" is whole, unless the next line goes on with its tier ("WATCH LIST")
            and (not NARRATIVE_HEADING.match(prev.text)
                 or NARRATIVE_HEADING.match(f"{prev.text} {line.text}"))
        ):
            prev.text = f"{prev.text} {line.text}"
            prev.x1 = max(prev.x1, line.x1)
            prev.bottom = line.bottom
            prev.fill = max(prev.fill, line.fill)
            continue
        out.append(line)
    return out


def _emit(lines: list[_Line], kind: str | None = None, block: int = -1) -> list[Line]:
    # Line(text, kind, bullet, indented, space_above, fill, size, block, room, lead): positional
    # arguments, as a dataclass takes them several times faster than by keyword.
    return [
        Line(ln.text, kind or ("heading" if ln.heading else "body"), ln.bullet, ln.indented,
             ln.space_above, ln.fill, ln.size, block, ln.room, ln.lead)
        for ln in lines
    ]


# -- reading order ----------------------------------------------------------


def _span_blocks(lines: list[_Line]) -> list[list[_Line]]:
    """Spanning lines grouped into blocks of lines that follow each other closely."""
    blocks: list[list[_Line]] = []
    for line in lines:
        if blocks:
            prev = blocks[-1][-1]
            close = line.top - prev.bottom <= 0.8 * max(prev.size, line.size, 1.0)
            if close and line.heading == prev.heading:
                blocks[-1].append(line)
                continue
        blocks.append([line])
    return blocks


def _reading_order(column_lines: list[list[_Line]], blocks: list[list[_Line]]) -> list[Line]:
    """Zones cut by full-width headings, top to bottom; in a zone, column after column; asides
    (full-width blocks that are not headings) at the next paragraph start after where they stand."""
    separators = [b for b in blocks if all(ln.heading for ln in b)]
    asides = [b for b in blocks if not all(ln.heading for ln in b)]
    bounds = [float("-inf")]
    for sep in separators:
        bounds += [sep[0].top, sep[-1].bottom]
    bounds.append(float("inf"))
    out: list[Line] = []
    n_aside = 0
    column_middles = [[(ln, (ln.top + ln.bottom) / 2) for ln in lines] for lines in column_lines]
    for z in range(len(separators) + 1):
        lo, hi = bounds[2 * z], bounds[2 * z + 1]
        cols = [[ln for ln, mid in lines if lo <= mid < hi] for lines in column_middles]
        flow = _emit([ln for lines in cols for ln in lines])
        inserts: list[tuple[int, list[Line]]] = []
        for aside in asides:
            if not lo <= (aside[0].top + aside[-1].bottom) / 2 < hi:
                continue
            # In place: before the first line of the first column below it. If that cuts a
            # paragraph, cleanup.build_text holds it back to the paragraph's end.
            first = next((lines for lines in cols if lines), [])
            anchor = sum(1 for ln in first if ln.top < aside[0].top)
            inserts.append((anchor, _emit(aside, kind="aside", block=n_aside)))
            n_aside += 1
        for anchor, lines in sorted(inserts, key=lambda t: t[0], reverse=True):
            flow[anchor:anchor] = lines
        out.extend(flow)
        if z < len(separators):
            out.extend(_emit(separators[z]))
    return out


def breaks_before(prev: Line | None, line: Line) -> bool:
    """True when `line` starts a new paragraph after `prev` (None: what came before is not known)."""
    if line.kind != "body" or line.bullet:
        return True
    if prev is None:
        return line.indented or bool(line.space_above)
    if prev.kind != "body":
        return True
    if "-" in prev.text[-2:] and _SPLIT_WORD.search(prev.text):  # (the quick test first)
        return False  # a word hyphenated over the break
    if line.indented or line.space_above:
        return True
    if prev.fill < FULL_LINE and _TERMINAL.search(prev.text):
        return True
    if prev.fill < LIST_LINE and line.fill < LIST_LINE:
        return True
    # The line's first word would have fitted at the end of the one before: that one ended on
    # purpose (an item of a list set in columns, a line broken by hand), it did not wrap.
    em = max(line.size, prev.size, 1.0)
    return 0 < line.lead and prev.room > line.lead + FIT_MARGIN * em and line.text[:1].isupper()
