"""From lines in reading order to one text: glyphs, hyphenation, paragraphs.

- Glyphs: every line goes through `normalise_text(keep_offsets=False)` in one
  call, so the decision that fi/fl ligatures and S-caron stand for quotes and
  dashes (a font quirk of the report) is taken once for the whole document.
  PDFium expands ligatures before we see them; for its text the quirk is
  undone on word edges instead (`repair_quote_ligatures`).
- Hyphenation: "traf-" + "ficking" is joined when the joined word occurs in
  the document; a hyphen is kept when the hyphenated form occurs
  ("anti-trafficking"), the first part is a prefix that takes one or is a
  word of the document itself ("victim-centered"); else it is dropped.
- Paragraphs: `layout.breaks_before` decides from indent, space above, how
  full the previous line is and line kinds; headings and boxes are
  paragraphs of their own. Paragraphs are separated by a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..normalise import has_mojibake, normalise_text, uses_pdf_quote_glyphs
from .layout import Line, PageFlow, breaks_before

PARAGRAPH_SEP = "\n\n"
# Prefixes written with a hyphen in report prose ("anti-trafficking", "well-paid", "co-founded").
HYPHEN_PREFIXES = frozenset(
    "anti co non multi self ex cross well so ill long short full part half high low first second third "
    "front mid large small".split()
)
# "mid- and long-term", "pre- or post-trial": a hyphen followed by one of these stays, with a space.
SUSPENDED_BEFORE = frozenset({"and", "or", "to"})
# Second halves of compounds too common to be left to the document's vocabulary.
COMPOUND_TAILS = frozenset(
    "based led related centered centred owned run funded specific sensitive informed free level term "
    "scale wide affected oriented focused driven sponsored backed appropriate friendly".split()
)
_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
_HEAD = re.compile(r"([A-Za-z]+)-$")
_TAIL = re.compile(r"^([a-z]+)")
# How English words that begin with "fi" go on ("fiber", "fiction", "field", "fifty", "fight", "file",
# "final", "fire", "fiscal", "fit", "five", "fix"); a word-initial "fi" followed by anything else was
# an opening quote.
_FI_WORD_STARTS = frozenset(
    "fib fic fid fie fif fig fil fin fir fis fit fiv fix fiz".split()
)
_FI_WORD_STARTS4 = frozenset(
    "fibe fibr fibu fich fick fict fidd fide fidg fidu fief fiel fien fier fies fift figh figm figu fila "
    "filb filc file fili fill film filo filt fina finc find fine fing fini fink finl finn fire firi firm "
    "firs fisc fish fiss fist fitf fitn fits fitt five fixa fixe fixi fixt fizz".split()
)
# ASCII characters that normalise_text rewrites (tab, carriage return; asked of it once) and the
# line break, which would split a line in two: a line with one of these is not left alone.
_ASCII_REWRITTEN = re.compile("[%s]" % re.escape("\n" + "".join(
    ch for ch in map(chr, range(128)) if normalise_text(ch, keep_offsets=False) != ch
)))
_OPEN_FI = re.compile(r"(?<![A-Za-z])fi(?=([A-Za-z0-9]))")
_CLOSE_FL = re.compile(r"(?<=[A-Za-z0-9.,;:!?)])fl(?=[\s.,;:)]|$)")


def normalise_lines(pages: Sequence[PageFlow]) -> None:
    """Normalise glyphs in every line, deciding document-wide whether fi/fl/S-caron are quotes/dashes."""
    lines = [line for page in pages for line in page.lines]
    if not lines:
        return
    # normalise_text leaves plain ASCII alone (but for a few characters, see _ASCII_REWRITTEN), and
    # its document-wide decisions (mojibake, quote glyphs) hang on other characters only: the other
    # lines are enough to take them. Most lines of English prose are plain ASCII, and skipping
    # them skips most of the work (str.translate is slow on text that is not all ASCII).
    todo = [line for line in lines if not line.text.isascii() or _ASCII_REWRITTEN.search(line.text)]
    joined = "\n".join(line.text for line in todo)
    if todo and not has_mojibake(joined):
        fixed = normalise_text(joined, keep_offsets=False).split("\n")
        if len(fixed) == len(todo):
            for line in lines:
                line.text = " ".join(line.text.split())
            for line, text in zip(todo, fixed):
                line.text = " ".join(text.split())
            return
    # Mojibake (its repair reads the whole text), a changed line structure or nothing to do:
    # every line goes through normalise_text, as one text.
    joined = "\n".join(line.text for line in lines)
    fixed = normalise_text(joined, keep_offsets=False).split("\n")
    if len(fixed) != len(lines):  # a repair changed the line structure: fall back to line by line
        quirk = uses_pdf_quote_glyphs(joined)
        fixed = [normalise_text(_quote_glyphs(line.text, quirk), keep_offsets=False) for line in lines]
    for line, text in zip(lines, fixed):
        line.text = " ".join(text.split())


def quote_quirk(pages: Sequence[PageFlow]) -> bool:
    """`uses_pdf_quote_glyphs` of the document's lines: whether fi/fl ligatures and S-caron stand
    for quotes and dashes. Only lines with such a glyph (not plain ASCII) can tell."""
    return uses_pdf_quote_glyphs("\n".join(
        line.text for page in pages for line in page.lines if not line.text.isascii()
    ))


def _quote_glyphs(text: str, quirk: bool) -> str:
    return text.replace("\ufb01", '"').replace("\ufb02", '"').replace("\u0160", "\u2014") if quirk else text


def vocabulary(lines: Iterable[Line]) -> tuple[set[str], set[str]]:
    """(words, hyphenated words) of the document, lower-cased, leaving out the ends of hyphenated
    line breaks and the first word of each line (it may be the second half of one)."""
    seen: set[str] = set()
    for line in lines:
        text = line.text
        if text.isascii():  # the same words as lower-casing each one (lower() keeps ASCII ASCII)
            tokens = _WORD.findall(text.lower())
        else:
            tokens = [token.lower() for token in _WORD.findall(text)]
        if text.endswith("-") and tokens:
            tokens.pop()
        seen.update(tokens[1:])
    hyphenated = {token for token in seen if "-" in token}
    return seen - hyphenated, hyphenated


def repair_quote_ligatures(pages: Sequence[PageFlow]) -> None:
    """Undo the quote quirk in text whose ligatures were already expanded: a word-initial "fi" that
    cannot start an English word was an opening quote, a word-final "fl" a closing one."""

    def opening(m: re.Match[str]) -> str:
        whole = _WORD.match(m.string, m.start())
        token = whole.group(0).lower() if whole else "fi"
        if token[:3] in _FI_WORD_STARTS and (len(token) == 3 or token[:4] in _FI_WORD_STARTS4):
            return "fi"
        return '"'

    after_hyphen = False
    for page in pages:
        for line in page.lines:
            if "fi" in line.text or "fl" in line.text:
                head = ""
                if after_hyphen:  # the first word ends a word split over the line break
                    cut = line.text.find(" ") + 1 or len(line.text)
                    head, line.text = line.text[:cut], line.text[cut:]
                line.text = head + _CLOSE_FL.sub('"', _OPEN_FI.sub(opening, line.text))
            after_hyphen = line.text.endswith("-")


def hyphen_glue(head_line: str, tail_line: str, words: set[str], hyphenated: set[str]) -> str:
    """What replaces the hyphen ending `head_line` when `tail_line` follows: "" (the hyphen only
    split a word), "-" (a compound) or "- " (a suspended hyphen: "mid- and long-term")."""
    head = _HEAD.search(head_line, head_line.rfind(" ") + 1)  # (the word after the last space)
    tail = _TAIL.match(tail_line)
    if not head or not tail:
        return "-"
    first, second = head.group(1), tail.group(1)
    if (first + second).lower() in words:
        return ""
    if second in SUSPENDED_BEFORE and tail_line[len(second):len(second) + 1] in (" ", ""):
        return "- "
    if f"{first}-{second}".lower() in hyphenated:
        return "-"
    low = first.lower()
    if low in HYPHEN_PREFIXES or not first.islower():
        return "-"
    # A compound joins two words ("victim-centered", "community-based"); a typesetter's break
    # seldom leaves a word on both sides ("traf-ficking", "pay-ments").
    if len(first) > 2 and low in words and (second in words or second in COMPOUND_TAILS):
        return "-"
    return ""


def build_text(pages: Sequence[PageFlow], *, expanded_ligatures: bool = False,
               quote_quirk: bool = False) -> tuple[str, list[int]]:
    """The document text and the offset where each page's text starts.

    A box across the columns (kind "aside") that the layout placed inside a running paragraph is
    held back until that paragraph ends, on this page or a later one, so no sentence is cut."""
    if expanded_ligatures and quote_quirk:
        repair_quote_ligatures(pages)
    words, hyphenated = vocabulary(line for page in pages for line in page.lines)
    text = _TextBuilder(words, hyphenated, len(pages))
    deferred: list[tuple[int, Line]] = []
    for index, page in enumerate(pages):
        for line in page.lines:
            if line.kind == "aside" and text.prev is not None and text.prev.kind == "body":
                deferred.append((index, line))
                continue
            if deferred and text.breaks_before(line, index):
                for aside_index, aside in deferred:
                    text.add(aside, aside_index)
                deferred = []
            text.add(line, index)
    for aside_index, aside in deferred:
        text.add(aside, aside_index)
    return text.result()


class _TextBuilder:
    """Appends lines with the right joiner: paragraph break, space, nothing (a split word)."""

    def __init__(self, words: set[str], hyphenated: set[str], n_pages: int) -> None:
        self.words, self.hyphenated = words, hyphenated
        self.out: list[str] = []
        self.length = 0
        self.pending: str | None = None
        self.prev: Line | None = None
        self.prev_page = -1
        self.starts = [-1] * n_pages

    def breaks_before(self, line: Line, page: int) -> bool:
        prev = self.prev
        if prev is not None and line.kind == prev.kind == "aside":
            return page != self.prev_page or line.block != prev.block
        return breaks_before(prev, line)

    def add(self, line: Line, page: int) -> None:
        pending = self.pending
        if pending is None:
            joiner = ""
        elif self.breaks_before(line, page):
            joiner = PARAGRAPH_SEP
        elif pending.endswith("-") and line.text[:1].isalnum():
            joiner = hyphen_glue(pending, line.text, self.words, self.hyphenated)
            pending = pending[:-1]
        elif pending.endswith("\u2014") or line.text.startswith("\u2014"):
            joiner = ""
        else:
            joiner = " "
        if pending is not None:
            self.out.append(pending)
            self.out.append(joiner)
            self.length += len(pending) + len(joiner)
        if self.starts[page] < 0:
            self.starts[page] = self.length
        self.pending, self.prev, self.prev_page = line.text, line, page

    def result(self) -> tuple[str, list[int]]:
        if self.pending is not None:
            self.out.append(self.pending)
            self.length += len(self.pending)
        starts = self.starts
        nxt = self.length
        for i in range(len(starts) - 1, -1, -1):  # pages without text start where the next one does
            if starts[i] < 0 or starts[i] > nxt:
                starts[i] = nxt
            nxt = starts[i]
        return "".join(self.out), starts
