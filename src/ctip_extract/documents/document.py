"""`Document`: one text with its metadata and page ranges.

Every character offset in ctip-extract refers to `Document.text`. For a text
file that is the file's own text, so a record can be checked against the file;
the rules read `Document.normalised`, a copy with quotes, dashes and spaces made
uniform one for one, ligatures spelt out ("\ufb01ve" read as "five") and
invisible characters dropped, whose offsets `to_source` and `to_analysis`
translate. Text built by a loader (HTML, JSONL, PDF) is normalised in `text`
itself.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")


@dataclass(frozen=True)
class Page:
    """A page of a paginated source: its number and its [start, end) range in `Document.text`."""

    number: int
    start: int
    end: int
    printed: str | None = None  # the page number printed on the page, when it differs


@dataclass(frozen=True)
class Section:
    """A labelled region of the text, e.g. a country narrative or its PROSECUTION part."""

    start: int
    end: int
    label: str  # "narrative", "prosecution", "protection", "prevention", "profile", "recommendations", ...
    country: str | None = None  # ISO 3166 alpha-3 of the narrative's country
    title: str | None = None


@dataclass(frozen=True)
class Document:
    """A loaded document. `text` is normalised; offsets everywhere refer to it."""

    doc_id: str
    text: str
    source: str
    published: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    title: str | None = None
    url: str | None = None
    kind: str | None = None  # "news", "tip_report", "factbook", ...
    pages: tuple[Page, ...] = ()
    sections: tuple[Section, ...] = ()
    meta: dict[str, object] = field(default_factory=dict, compare=False)
    # The rules read this copy when given: `text` with quotes, dashes, spaces and glyph
    # quirks mapped one for one, ligatures spelt out, invisible characters, running heads and glued
    # footnote marks dropped (normalise.spell_out): `expansions` holds, in text order, (offset in
    # `text`, characters added) for each character the copy writes longer, or -n for n characters
    # from that offset it drops.
    analysis_text: str | None = field(default=None, compare=False, repr=False)
    expansions: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        added = sum(n for _, n in self.expansions)
        if self.analysis_text is not None and len(self.analysis_text) != len(self.text) + added:
            raise ValueError("analysis_text must have the length of text plus its expansions")

    @property
    def normalised(self) -> str:
        """The text the rules read (offsets as in `text` unless `expansions` says otherwise)."""
        return self.analysis_text if self.analysis_text is not None else self.text

    def to_source(self, offset: int, *, end: bool = False) -> int:
        """The offset in `text` of an offset in `normalised`. Inside a spelt-out ligature a start
        falls back to the ligature and an `end` moves past it, so a span never splits it."""
        if not self.expansions:
            return offset
        i = bisect_right(self._expanded_at, offset) - 1
        if i < 0:
            return offset
        source, added = self.expansions[i]
        at = self._expanded_at[i]
        if offset < at + 1 + added or (end and offset == at):  # within the spelt-out letters, at their start,
            return source + (1 if end and offset > at else 0)  # or an end before a dropped character
        return offset - self._added_through[i]

    def to_analysis(self, offset: int) -> int:
        """The offset in `normalised` of an offset in `text`."""
        if not self.expansions:
            return offset
        i = bisect_right(self._expansion_sources, offset - 1) - 1
        if i < 0:
            return offset
        return max(offset + self._added_through[i], self._expanded_at[i])  # inside a dropped run: where it was

    @cached_property
    def _expansion_sources(self) -> list[int]:
        return [source for source, _ in self.expansions]

    @cached_property
    def _added_through(self) -> list[int]:
        """Characters added by expansions 0..i."""
        total, out = 0, []
        for _, added in self.expansions:
            total += added
            out.append(total)
        return out

    @cached_property
    def _expanded_at(self) -> list[int]:
        """Where each expanded character starts in `normalised`."""
        return [source + total - added for (source, added), total in zip(self.expansions, self._added_through)]

    def page_at(self, offset: int) -> int | None:
        """The page number holding `offset`, or None for unpaginated text."""
        if not self.pages:
            return None
        i = bisect_right(self._page_starts, offset) - 1
        return self.pages[max(i, 0)].number

    @cached_property
    def _page_starts(self) -> list[int]:
        return [p.start for p in self.pages]

    def sections_at(self, offset: int) -> list[Section]:
        """Every section containing `offset`, outermost first."""
        return [s for s in self.sections if s.start <= offset < s.end]

    def published_date(self) -> dt.date | None:
        """The publication date as a date (missing month/day read as the first)."""
        return parse_published(self.published)

    @property
    def words(self) -> int:
        return len(self.text.split())


def parse_published(value: str | None) -> dt.date | None:
    """'2018-10-01', '2018-10' or '2018' (a longer ISO timestamp is cut) to a date; None if unreadable."""
    if not value:
        return None
    m = _PUBLISHED.match(value.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def normalise_published(value: object) -> str | None:
    """Keep a publication date at the precision it was given: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
    ISO 8601 first; else an e-mail/RSS date ("Thu, 15 Jun 2023 08:00:00 GMT") or a written one
    ("June 15, 2023", "15/06/2023", "June 2023"), which must name its year: "yesterday" is no date."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if text.isdigit() and len(text) in (10, 13):  # Unix time, in seconds or milliseconds
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).strftime("%Y-%m-%d")
    if text.isdigit() and len(text) == 8:  # "20230615"
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    m = _PUBLISHED.match(text)
    if m:
        return m.group(0) if parse_published(m.group(0)) is not None else None
    if not _YEAR.search(text) or len(text) > 64:
        return None
    try:
        return email.utils.parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        pass
    return _written_date(text)


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _written_date(text: str) -> str | None:
    """A written date at its precision, with dateparser (English; the caller has checked for a year)."""
    data = _date_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.strftime({"year": "%Y", "month": "%Y-%m"}.get(data.period or "day", "%Y-%m-%d"))


@lru_cache(maxsize=1)
def _date_parser():
    from dateparser.date import DateDataParser  # imported on first use: most inputs carry ISO dates

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                      "RETURN_AS_TIMEZONE_AWARE": False})
