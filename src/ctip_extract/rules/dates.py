"""Date normalisation: a candidate date expression to ISO 8601 record fields.

The `ctip_dates` component finds candidate spans with token patterns; this
module turns the text of one span into zero, one or two field dicts
(`value`, `granularity`, `period_start`, `period_end`, `relative`, `anchor`),
without a pipeline: `DateNormaliser().normalise("early 2015", DateContext())`.

Values keep the precision of the text:

| text | value | granularity |
|---|---|---|
| "2017", "the 2008 law" | "2017" | year |
| "September 2015" | "2015-09" | month |
| "26 August 2019" | "2019-08-26" | day |
| "early 2015", "mid-2017" | "2015" (bounds: Jan-Apr, May-Aug, Sep-Dec) | period |
| "late September 2015" | "2015-09" (bounds: days 1-10, 11-20, 21-end) | period |
| "summer 2017", "Q2 2019", "the first half of 2023" | "2017-06/2017-08" (ISO interval) | season, quarter, half |
| "FY 2017", "fiscal year 2017" (US) | "2017" (2016-10-01..2017-09-30) | period |
| "FY2022/23", "fiscal year 2017-2018" | "2022" and "2023" (one date for each calendar year) | year |
| "the 1990s" | "1990" (1990-01-01..1999-12-31) | decade |
| "last week" | "2018-09-24/2018-09-30" | week |
| "the reporting period" (TIP) | "2017-04/2018-03" | period |
| "2021\u20132026", "2023-24" in one token | "2021" and "2026" (a date for each end) | year |

Relative expressions ("June", "Aug. 26", "this year", "September this year",
"last week", "on Friday", "the previous year", "the reporting period") are
resolved against the publication date (`anchor` = the published string) or,
for the reporting period, the TIP report year (`anchor` = "report year 2018"),
and carry `relative=True`. A year-less month is the most recent such month not
after publication ("next June", "will ... in May": the first after); in TIP
Report text it is the month within the reporting period ("In June" in the
2018 report: June 2017). When the anchor is missing or
too coarse (no publication date; "last week" with a publication month only),
the expression gives no record: a Date needs a value and a guess would be
wrong as often as right.

Explicit calendar dates ("26 August 2019", "Aug. 26", "September 2015",
"20/06/2018") are read by dateparser (one parser, results cached per string);
everything dateparser gets wrong or cannot read is handled by the rules here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..errors import RuleFileError
from .resources import model_path, read_json

Fields = dict[str, Any]
MIN_YEAR, MAX_YEAR = 1800, 2099


# ---------------------------------------------------------------- words and context

@dataclass(frozen=True)
class DateWords:
    """Calendar words and the conventions for vague periods (models/lexicons/date_words.json)."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, tuple[int, int]]
    ordinals: Mapping[str, int]
    year_parts: Mapping[str, tuple[int, int]]
    month_parts: Mapping[str, tuple[int, int]]
    decade_parts: Mapping[str, tuple[int, int]]
    future_cues: frozenset[str]  # right before a year-less month or day: "next June"
    future_sentence_cues: frozenset[str]  # earlier in its sentence: "will visit in May"
    deadline_cues: frozenset[str] = frozenset()  # right before a year-less day: "remanded until June 18"
    obligation_cues: frozenset[str] = frozenset()  # before a deadline in its sentence: "have until December 31"
    adjournment_cues: frozenset[str] = frozenset()  # right before a deadline word: "remanded until November 15"
    past_cues: frozenset[str] = frozenset()  # among the few words before it: "had resumed in November"
    present_cues: frozenset[str] = frozenset()  # in the clause of a range: "the ban applies between June 1 and ..."
    clause_breaks: frozenset[str] = frozenset()  # end the search for a sentence cue: "..., while talks had ..."
    fiscal_year_start_month: int = 10
    reporting_period_start_month: int = 4

    @classmethod
    def load(cls, name: str = "lexicons/date_words.json") -> DateWords:
        data = read_json(name)
        where = str(model_path(name))
        try:
            return cls.from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise RuleFileError(where, f"bad date words: {exc}") from None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateWords:
        def numbers(key: str, low: int, high: int) -> dict[str, int]:
            out = {}
            for word, n in dict(data[key]).items():
                if not isinstance(n, int) or not low <= n <= high:
                    raise ValueError(f"{key}.{word}: {n!r} is not an integer in {low}..{high}")
                out[word.lower()] = n
            return out

        def pairs(key: str, low: int, high: int) -> dict[str, tuple[int, int]]:
            out = {}
            for word, pair in dict(data[key]).items():
                if (not isinstance(pair, list) or len(pair) != 2
                        or not all(isinstance(n, int) and low <= n <= high for n in pair)):
                    raise ValueError(f"{key}.{word}: {pair!r} is not a pair of integers in {low}..{high}")
                out[word.lower()] = (pair[0], pair[1])
            return out

        fy = data.get("fiscal_year_start_month", 10)
        rp = data.get("reporting_period_start_month", 4)
        for key, n in (("fiscal_year_start_month", fy), ("reporting_period_start_month", rp)):
            if not isinstance(n, int) or not 1 <= n <= 12:
                raise ValueError(f"{key}: {n!r} is not a month number")
        return cls(
            months=numbers("months", 1, 12),
            weekdays=numbers("weekdays", 0, 6),
            seasons=pairs("seasons", 1, 12),
            ordinals=numbers("ordinals", 1, 4),
            year_parts=pairs("year_parts", 1, 12),
            month_parts=pairs("month_parts", 1, 31),
            decade_parts=pairs("decade_parts", 0, 9),
            future_cues=frozenset(w.lower() for w in data.get("future_cues", ())),
            future_sentence_cues=frozenset(w.lower() for w in data.get("future_sentence_cues", ())),
            deadline_cues=frozenset(w.lower() for w in data.get("deadline_cues", ())),
            obligation_cues=frozenset(w.lower() for w in data.get("obligation_cues", ())),
            adjournment_cues=frozenset(w.lower() for w in data.get("adjournment_cues", ())),
            past_cues=frozenset(w.lower() for w in data.get("past_cues", ())),
            present_cues=frozenset(w.lower() for w in data.get("present_cues", ())),
            clause_breaks=frozenset(w.lower() for w in data.get("clause_breaks", ())),
            fiscal_year_start_month=fy,
            reporting_period_start_month=rp,
        )


@dataclass(frozen=True)
class Published:
    """A publication date at its own precision."""

    text: str
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.month and self.day else None


_PUBLISHED = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_published(value: str | None) -> Published | None:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (a longer ISO timestamp is cut to its date); None if unreadable."""
    if not value:
        return None
    m = _PUBLISHED.match(str(value).strip())
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    text = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")
    return Published(text, year, month, day if month else None)


@dataclass(frozen=True)
class DateContext:
    """What a span's meaning depends on beyond its text."""

    published: Published | None = None
    report_year: int | None = None  # set for TIP Report text: anchors "the reporting period"
    future: bool = False  # a cue ("next June", "will ... in May") puts a year-less month or day ahead
    deictic: bool = True  # "today", "on Friday" point at the publication day (news), not in reports
    deadline: bool = False  # "until June 18", "by June 30": the day ahead if it is near, else the last one
    nearest: bool = False  # a plan told as reported ("said it would ... before September 30"): the nearer one

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any]) -> DateContext:
        """From `doc._.ctip_meta`: TIP text when kind is 'tip_report' or a report_year is set;
        a TIP report's year defaults to its publication year."""
        published = parse_published(meta.get("published"))
        report_year = meta.get("report_year")
        tip = meta.get("kind") == "tip_report" or report_year is not None
        if tip and report_year is None and published is not None:
            report_year = published.year
        return cls(published=published, report_year=report_year if tip else None, deictic=not tip)


# ---------------------------------------------------------------- field builders

def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _weekend_fields(saturday: date, anchor: str) -> Fields:
    """The period of a weekend, from its Saturday: "last weekend", "over the weekend"."""
    sunday = saturday + timedelta(days=1)
    return _fields(f"{saturday.isoformat()}/{sunday.isoformat()}", "period", saturday, sunday, anchor=anchor)


def _fields(value: str, granularity: str, start: date, end: date, *, anchor: str | None = None) -> Fields:
    return {
        "value": value,
        "granularity": granularity,
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "relative": anchor is not None,
        "anchor": anchor,
    }


def year_fields(year: int, anchor: str | None = None) -> Fields:
    return _fields(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31), anchor=anchor)


def month_fields(year: int, month: int, anchor: str | None = None) -> Fields:
    return _fields(f"{year:04d}-{month:02d}", "month", date(year, month, 1),
                   date(year, month, _last_day(year, month)), anchor=anchor)


def day_fields(day: date, anchor: str | None = None) -> Fields:
    return _fields(day.isoformat(), "day", day, day, anchor=anchor)


def month_span_fields(year: int, first: int, last: int, granularity: str, anchor: str | None = None) -> Fields:
    """Months first..last (last < first runs into the next year) as an ISO interval 'YYYY-MM/YYYY-MM'."""
    end_year = year + 1 if last < first else year
    value = f"{year:04d}-{first:02d}/{end_year:04d}-{last:02d}"
    return _fields(value, granularity, date(year, first, 1), date(end_year, last, _last_day(end_year, last)),
                   anchor=anchor)


def fiscal_year_fields(year: int, start_month: int = 10) -> Fields:
    """A fiscal year named by the calendar year it ends in (US: FY 2017 = 2016-10-01..2017-09-30)."""
    if start_month == 1:
        return {**year_fields(year), "granularity": "period"}
    end_month = start_month - 1
    return _fields(f"{year:04d}", "period", date(year - 1, start_month, 1),
                   date(year, end_month, _last_day(year, end_month)))


def reporting_period_fields(report_year: int, offset: int = 0, start_month: int = 4) -> Fields:
    """TIP reporting period of a report year (2018: April 2017 to March 2018); offset -1 = the previous one."""
    first_year = report_year - 1 + offset
    fields = month_span_fields(first_year, start_month, (start_month - 2) % 12 + 1, "period",
                               anchor=f"report year {report_year}")
    return fields


def week_fields(day: date, anchor: str) -> Fields:
    """The week (Monday to Sunday) holding `day`, as an ISO interval '2018-09-24/2018-09-30'.

    An interval rather than ISO week notation ('2018-W39') so that the value
    starts with the year and month, like every other value.
    """
    monday = day - timedelta(days=day.isoweekday() - 1)
    sunday = monday + timedelta(days=6)
    return _fields(f"{monday.isoformat()}/{sunday.isoformat()}", "week", monday, sunday, anchor=anchor)


# ---------------------------------------------------------------- resolving against the publication date

def resolve_month(month: int, published: Published, direction: str = "past") -> int | None:
    """Year of a year-less month. past: most recent not after publication; last: most recent
    before the publication month; next: first after it; ahead: first not before it (a story of 14 June
    on flights "before the end of June": this June); this: the publication year."""
    if direction == "this":
        return published.year
    if published.month is None:
        return None
    if direction == "ahead":
        return published.year if month >= published.month else published.year + 1
    if direction == "next":
        return published.year if month > published.month else published.year + 1
    if direction == "last":
        return published.year if month < published.month else published.year - 1
    return published.year if month <= published.month else published.year - 1


SOON_DAYS = 7  # a year-less day this close ahead of publication is that day, not last year's
DEADLINE_DAYS = 45  # a year-less day after "until"/"by" this close after publication is ahead of it
DEADLINE_MONTHS = 6  # a year-less month after "by" or "by the end of" this close after publication is ahead of it


# "05/07/2024": month first in US text, day first nearly everywhere else
_SLASHED_DAY = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})")


def _day_first(m: re.Match[str], ctx: DateContext) -> date | None:
    """The day-first reading of an ambiguous "a/b/yyyy" when the publication date settles it: that reading is
    the publication day itself (a dateline: "Friday 05/07/2024" in a story of 5 July), or the month-first one
    would lie after publication and it would not ("10/03/2022" in a story of 10 March); else None (month first,
    as dateparser reads it)."""
    pub = ctx.published
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if pub is None or pub.month is None or pub.day is None or a > 12 or b > 12 or a == b:
        return None
    try:
        month_first, day_first = date(year, a, b), date(year, b, a)
    except ValueError:
        return None
    published = date(pub.year, pub.month, pub.day)
    if day_first == published or (month_first > published >= day_first):
        return day_first
    return None


def resolve_month_day(month: int, day: int, published: Published, future: bool = False) -> date | None:
    """A year-less day: the most recent not after publication (the first after it when `future`)."""
    if published.month is None:
        return None
    pub_day = published.day or _last_day(published.year, published.month)
    pub = date(published.year, published.month, pub_day)
    for year in ((published.year, published.year + 1) if future else (published.year, published.year - 1)):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February
            continue
        if (candidate > pub) if future else (candidate <= pub):
            return candidate
    return None


def resolve_weekday(weekday: int, published: Published, direction: str = "past") -> date | None:
    """past ('on Friday'): most recent not after publication; last: before it; next: after it;
    this: the first not before it."""
    pub = published.date
    if pub is None:
        return None
    if direction in ("next", "this"):
        delta = (weekday - pub.weekday()) % 7
        if direction == "next" and delta == 0:
            delta = 7
        return pub + timedelta(days=delta)
    delta = (pub.weekday() - weekday) % 7
    if direction == "last" and delta == 0:
        delta = 7
    return pub - timedelta(days=delta)


def shift_years(fields: Fields, years: int) -> Fields:
    """The same day, month or period `years` later (earlier when negative); 29 February becomes the 28th."""
    def move(iso: str) -> str:
        parts = iso.split("-")
        y = int(parts[0]) + years
        if len(parts) == 3:
            m, d = int(parts[1]), int(parts[2])
            return date(y, m, min(d, _last_day(y, m))).isoformat()
        return "-".join([f"{y:04d}", *parts[1:]])

    out = dict(fields)
    out["value"] = "/".join(move(v) for v in fields["value"].split("/"))
    for key in ("period_start", "period_end"):
        if fields.get(key):
            out[key] = move(fields[key])
    return out


def order_range(start: Fields, end: Fields) -> Fields:
    """The start of a year-less range ("from January 1 to August 20") moved a year back when
    resolving each end on its own put it after the end."""
    if (start.get("relative") and end.get("relative") and start["granularity"] in ("day", "month")
            and end["granularity"] in ("day", "month") and start["period_start"] > end["period_start"]):
        return shift_years(start, -1)
    return start


def complete_range_start(start: Fields, end: Fields) -> Fields:
    """A year-less start of a range or list takes its year from an explicit end: "from April through
    June 2017", "in November and December 2017" (the year before when its month comes later)."""
    if not (start.get("relative") and not end.get("relative") and start["granularity"] in ("day", "month")
            and end["granularity"] in ("day", "month")):
        return start
    start_md = start["period_start"][5:]
    end_year = int(end["period_start"][:4])
    year = end_year if start_md <= end["period_start"][5:] else end_year - 1
    moved = shift_years(start, year - int(start["period_start"][:4]))
    return {**moved, "relative": False, "anchor": None}


def shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    n = year * 12 + month - 1 + shift
    return n // 12, n % 12 + 1


# ---------------------------------------------------------------- the normaliser

_SHIFTS = {"this": 0, "current": 0, "last": -1, "previous": -1, "prior": -1, "preceding": -1,
           "next": 1, "following": 1, "coming": 1}
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
                         "\u2019": "'", "\u2018": "'"})
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
CalendarParser = Callable[[str], "tuple[date, str] | None"]


def clean(text: str) -> str:
    """Lower case, ASCII dashes and apostrophes, single spaces, no leading 'the'."""
    t = " ".join(text.translate(_DASHES).lower().split())
    if t.startswith("the "):
        t = t[4:]
    return t


def _year(s: str) -> int | None:
    y = int(s)
    return y if MIN_YEAR <= y <= MAX_YEAR else None


@dataclass
class DateNormaliser:
    """Text of a candidate span -> list of Date field dicts. Build once; it caches per string."""

    words: DateWords = field(default_factory=DateWords.load)
    calendar_parser: CalendarParser | None = None  # dateparser by default

    def __post_init__(self) -> None:
        w = self.words
        month = "|".join(sorted(w.months, key=len, reverse=True))
        weekday = "|".join(sorted(w.weekdays, key=len, reverse=True))
        season = "|".join(sorted(w.seasons, key=len, reverse=True))
        ordinal = "|".join(sorted(w.ordinals, key=len, reverse=True))
        ypart = "|".join(sorted(w.year_parts, key=len, reverse=True))
        mpart = "|".join(sorted(w.month_parts, key=len, reverse=True))
        dpart = "|".join(sorted(w.decade_parts, key=len, reverse=True))
        shift = "|".join(_SHIFTS)
        M = rf"(?P<month>{month})\.?"
        Y = r"(?P<year>\d{4})"
        D = r"(?P<day>\d{1,2})"
        self._handlers: list[tuple[re.Pattern[str], Callable[[re.Match[str], DateContext], list[Fields]]]] = [
            (re.compile(rf"(?:year\s+)?{Y}"), self._year),
            (re.compile(r"(?P<first>\d{4})\s*(?:-|/|to)\s*(?P<second>\d{4}|\d{2})"), self._year_range),
            (re.compile(r"(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"), self._iso_day),
            (re.compile(rf"(?:(?P<part>{dpart})\s*-?\s*)?(?P<decade>\d{{3}}0)'?s"), self._decade),
            # a fiscal year named by both its calendar years ("FY2022/23"): a date for each of them
            (re.compile(r"(?:fiscal\s+year|fy)\s*-?\s*(?P<first>\d{4})\s*[/\u2013-]\s*(?P<second>\d{4}|\d{2})"),
             self._year_range),
            (re.compile(r"(?:fiscal(?:\s+year(?:\s*\(fy\))?)?|fy)\s*-?\s*(?P<year>\d{4}|\d{2})"), self._fiscal),
            (re.compile(rf"(?P<part>{ypart})\s*-?\s*(?:of\s+)?{Y}"), self._year_part),
            (re.compile(rf"(?P<part>{ypart})\s+of\s+(?P<rel>the|this|last|next)\s+year"), self._relative_year_part),
            (re.compile(rf"(?P<part>{mpart})\s*-?\s*(?:of\s+)?{M}(?:,?\s*(?:of\s+)?{Y})?"), self._month_part),
            (re.compile(rf"(?P<part>{mpart})\s+of\s+(?P<rel>the|this|last|next)\s+month"), self._relative_month_part),
            (re.compile(rf"(?P<season>{season})\s+(?:of\s+)?{Y}"), self._season),
            (re.compile(rf"this\s+past\s+(?P<season>{season})"), self._past_season),
            # "since the spring" (the span "the spring", cleaned to "spring"): the last such season begun by
            # publication (only the "since the" pattern gives a season alone)
            (re.compile(rf"(?:the\s+)?(?P<season>{season})"), self._begun_season),
            (re.compile(rf"(?P<shift>{shift})\s+(?P<season>{season})"), self._relative_season),
            (re.compile(rf"(?P<ord>{ordinal}|last)\s+(?P<unit>quarter|half)\s+(?:of\s+)?{Y}"), self._quarter),
            (re.compile(rf"(?P<ord>{ordinal}|last)\s+(?P<unit>quarter|half)\s+of\s+(?P<rel>the|this|last|next)\s+year"),
             self._relative_quarter),
            (re.compile(rf"(?P<q>q[1-4]|h[12])\s*(?:of\s+)?{Y}"), self._quarter_code),
            (re.compile(rf"{Y}\s*(?P<q>q[1-4]|h[12])"), self._quarter_code),
            (re.compile(rf"(?:(?P<shift>{shift})\s+)?reporting\s+period"), self._reporting_period),
            (re.compile(r"year"), self._during_the_year),
            (re.compile(rf"(?:(?:earlier|later)\s+)?(?P<shift>{shift}|past)\s+(?P<unit>year|month|weekend|week)"),
             self._relative_unit),
            (re.compile(r"(?:the\s+)?(?P<unit>year|month|week)\s+(?:before|earlier)"), self._unit_before),
            (re.compile(r"(?P<word>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)"),
             self._near_day),
            (re.compile(r"(?:over|at|during)\s+the\s+weekend"), self._the_weekend),
            (re.compile(rf"(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+years?\s+ago\s+today"), self._years_ago_today),
            (re.compile(rf"(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(?P<unit>year|month|week|day|decade)s?\s+ago"),
             self._ago),
            (re.compile(rf"{D}(?:st|nd|rd|th)?\s+(?:of\s+)?{M},?\s+(?:of\s+)?(?P<shift>this|last|next)\s+year"),
             self._day_of_relative_year),
            (re.compile(rf"{M}\s+{D}(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?P<shift>this|last|next)\s+year"),
             self._day_of_relative_year),
            (re.compile(rf"{M},?\s+(?:of\s+)?(?P<shift>this|last|next)\s+year"), self._month_of_relative_year),
            (re.compile(rf"(?P<shift>this|last|next|past)\s+{M}"), self._relative_month),
            (re.compile(rf"(?P<shift>last|next)\s+week\s+(?P<weekday>{weekday})"), self._weekday_of_week),
            (re.compile(rf"(?:(?P<shift>this|last|next|past)\s+)?(?P<weekday>{weekday})\s*\(\s*(?P<day>\d{{1,2}})\s*\)"),
             self._weekday_and_day),
            (re.compile(rf"(?:(?P<shift>this|last|next|past)\s+)?(?P<weekday>{weekday})"), self._weekday),
            (re.compile(M), self._month_alone),
        ]
        self._has_year = re.compile(r"(?<!\d)\d{4}(?!\d)")
        self._has_day = re.compile(r"(?<![\d/])\d{1,2}(?:st|nd|rd|th)?(?![\d/])")
        self._is_calendar = re.compile(rf"(?<![a-z])(?:{month})\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}")
        # the common calendar forms, read without dateparser (same results; see _simple_calendar)
        self._simple_forms = [
            re.compile(rf"{D} {M},? {Y}"),  # 26 august 2019
            re.compile(rf"{M} {D},? {Y}"),  # august 26, 2019
            re.compile(rf"{M},? {Y}"),  # march 2019
            re.compile(rf"{M} {D}"),  # aug. 26
            re.compile(rf"{D} {M}"),  # 26 aug
        ]
        self._cache: dict[tuple[str, DateContext], list[Fields]] = {}
        self._calendar_cache: dict[str, tuple[date, str] | None] = {}
        self._absolute: dict[str, list[Fields]] = {}  # text -> fields that no context changes

    def __getstate__(self) -> dict[str, Any]:
        """Picklable (for process pools): the dateparser closure and the caches are rebuilt on use."""
        state = dict(self.__dict__)
        state.update(calendar_parser=None, _cache={}, _calendar_cache={}, _absolute={})
        return state

    # ------------------------------------------------------------ entry point

    def normalise(self, text: str, ctx: DateContext | None = None) -> list[Fields]:
        """Fields of every date the text denotes ([] when it is not a date or cannot be resolved)."""
        ctx = ctx or DateContext()
        key = (text, ctx)
        hit = self._cache.get(key)
        if hit is None and not _SLASHED_DAY.search(text):  # ("05/07/2024" is read in the light of its publication date)
            hit = self._absolute.get(text)
        if hit is None:
            hit = self._normalise(clean(text), ctx)
            if len(self._cache) > 50_000:
                self._cache.clear()
                self._absolute.clear()
            self._cache[key] = hit
            if hit and not any(f["relative"] for f in hit):
                # no anchor: the text alone fixed the dates ("26 August 2019"), whatever the context
                self._absolute[text] = hit
        return [dict(f) for f in hit]

    def _normalise(self, t: str, ctx: DateContext) -> list[Fields]:
        t = t.rstrip(" ,;")
        for pattern, handler in self._handlers:
            m = pattern.fullmatch(t)
            if m:
                return handler(m, ctx)
        if self._is_calendar.search(t):
            return self._calendar(t, ctx)
        return []

    # ------------------------------------------------------------ handlers

    def _year(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        y = _year(m["year"])
        return [year_fields(y)] if y else []

    def _year_range(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        first = _year(m["first"])
        second_s = m["second"]
        if first is None:
            return []
        second = int(second_s) if len(second_s) == 4 else first // 100 * 100 + int(second_s)
        # (two figures after the year name a near year, "2019-20", "2015-25"; "Law 2016-61" is a number)
        if not first < second <= first + (100 if len(second_s) == 4 else 15) or _year(str(second)) is None:
            return []
        return [year_fields(first), year_fields(second)]  # a date for each end, as a period written apart gives

    def _iso_day(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        y = _year(m["year"])
        try:
            return [day_fields(date(y, int(m["m"]), int(m["d"])))] if y else []
        except ValueError:
            return []

    def _decade(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        start = _year(m["decade"])
        if start is None:
            return []
        if m["part"]:
            a, b = self.words.decade_parts[m["part"]]
            return [_fields(f"{start:04d}", "period", date(start + a, 1, 1), date(start + b, 12, 31))]
        return [_fields(f"{start:04d}", "decade", date(start, 1, 1), date(start + 9, 12, 31))]

    def _fiscal(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        s = m["year"]
        y = _year(s) if len(s) == 4 else 2000 + int(s)
        return [fiscal_year_fields(y, self.words.fiscal_year_start_month)] if y else []

    def _year_part(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        y = _year(m["year"])
        if y is None:
            return []
        a, b = self.words.year_parts[m["part"]]
        return [_fields(f"{y:04d}", "period", date(y, a, 1), date(y, b, _last_day(y, b)))]

    def _relative_year_part(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"the end of the year", "early last year": part of the publication's year (or the one before
        or after); nothing for "the year" in a TIP Report, where it means a reporting period."""
        found = self._relative_year(m["rel"], ctx)
        if found is None:
            return []
        y, anchor = found
        a, b = self.words.year_parts[m["part"]]
        return [_fields(f"{y:04d}", "period", date(y, a, 1), date(y, b, _last_day(y, b)), anchor=anchor)]

    def _month_part(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        month = self.words.months[m["month"]]
        anchor = None
        if m["year"]:
            y = _year(m["year"])
        else:
            y, anchor = self._year_of_month(month, ctx)
        if y is None:
            return []
        a, b = self.words.month_parts[m["part"]]
        last = _last_day(y, month)
        return [_fields(f"{y:04d}-{month:02d}", "period", date(y, month, min(a, last)), date(y, month, min(b, last)),
                        anchor=anchor)]

    def _relative_month_part(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"the start of the month", "late last month": part of the publication's month (or the one
        before or after); nothing in a TIP Report, which has no month of its own to mean."""
        pub = ctx.published
        if pub is None or pub.month is None or ctx.report_year is not None:
            return []
        y, month = shift_month(pub.year, pub.month, _SHIFTS.get(m["rel"], 0))  # ("the month": this one)
        a, b = self.words.month_parts[m["part"]]
        last = _last_day(y, month)
        return [_fields(f"{y:04d}-{month:02d}", "period", date(y, month, min(a, last)), date(y, month, min(b, last)),
                        anchor=pub.text)]

    def _season(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        y = _year(m["year"])
        if y is None:
            return []
        first, last = self.words.seasons[m["season"]]
        return [month_span_fields(y, first, last, "season")]

    def _relative_season(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        pub = ctx.published
        if pub is None:
            return []
        if m["shift"] == "last" and pub.month is not None:
            return self._past_season(m, ctx)  # "last spring" in a September story: that year's spring
        first, last = self.words.seasons[m["season"]]
        y = pub.year + _SHIFTS[m["shift"]]
        return [month_span_fields(y, first, last, "season", anchor=pub.text)]

    def _past_season(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"this past summer": the last such season that ended before the publication date."""
        pub = ctx.published
        if pub is None or pub.month is None:
            return []  # a publication year alone does not say which summer is past
        first, last = self.words.seasons[m["season"]]
        y = pub.year if last >= first else pub.year - 1  # the year the season starts in
        end_year = y + 1 if last < first else y
        if (end_year, last) >= (pub.year, pub.month):
            y -= 1  # not over yet when the text was published
        return [month_span_fields(y, first, last, "season", anchor=pub.text)]

    def _begun_season(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"(since) the spring": the last such season that had begun by the publication date."""
        pub = ctx.published
        if pub is None or pub.month is None:
            return []
        first, last = self.words.seasons[m["season"]]
        y = pub.year if pub.month >= first else pub.year - 1
        return [month_span_fields(y, first, last, "season", anchor=pub.text)]

    def _quarter(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        return self._quarter_fields(_year(m["year"]), m["unit"], self._quarter_number(m))

    def _relative_quarter(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"the first half of the year", "the last quarter of last year": of the publication's year, or the
        one before or after; nothing in a TIP Report, where "the year" is a reporting period."""
        found = self._relative_year(m["rel"], ctx)
        if found is None:
            return []
        y, anchor = found
        return self._quarter_fields(y, m["unit"], self._quarter_number(m), anchor=anchor)

    @staticmethod
    def _relative_year(rel: str, ctx: DateContext) -> tuple[int, str] | None:
        """(year, anchor): the year "the/this/last/next year" names against the publication date; None
        without one, and for "the year" in a TIP Report."""
        pub = ctx.published
        if pub is None or (rel == "the" and ctx.report_year is not None):
            return None
        return pub.year + _SHIFTS.get(rel, 0), pub.text  # ("the year": this one)

    def _quarter_number(self, m: re.Match[str]) -> int:
        """Which quarter or half an ordinal names ("last" is the fourth quarter, the second half)."""
        return (4 if m["unit"] == "quarter" else 2) if m["ord"] == "last" else self.words.ordinals[m["ord"]]

    def _quarter_code(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        code = m["q"]
        unit = "quarter" if code[0] == "q" else "half"
        return self._quarter_fields(_year(m["year"]), unit, int(code[1]))

    @staticmethod
    def _quarter_fields(y: int | None, unit: str, n: int, anchor: str | None = None) -> list[Fields]:
        if y is None or (unit == "half" and n > 2):
            return []
        months = 3 if unit == "quarter" else 6
        first = (n - 1) * months + 1
        return [month_span_fields(y, first, first + months - 1, unit, anchor=anchor)]

    def _reporting_period(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        if ctx.report_year is None:
            return []
        offset = _SHIFTS[m["shift"]] if m["shift"] else 0
        return [reporting_period_fields(ctx.report_year, min(offset, 0), self.words.reporting_period_start_month)]

    def _during_the_year(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        # "during the year" in a TIP Report narrative means its reporting period
        if ctx.report_year is None:
            return []
        return [reporting_period_fields(ctx.report_year, 0, self.words.reporting_period_start_month)]

    def _unit_before(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"the year before" = "the previous year"."""
        return self._shifted_unit("previous", m["unit"], ctx)

    def _relative_unit(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        return self._shifted_unit(m["shift"], m["unit"], ctx)

    def _shifted_unit(self, word: str, unit: str, ctx: DateContext) -> list[Fields]:
        if word == "past":  # "the past year" = the last twelve months, not a calendar unit
            return []
        shift = _SHIFTS[word]
        if unit == "year" and word in ("previous", "prior", "preceding") and ctx.report_year is not None:
            # TIP Reports compare with "the previous year": the previous reporting period
            return [reporting_period_fields(ctx.report_year, -1, self.words.reporting_period_start_month)]
        pub = ctx.published
        if pub is None:
            return []
        if unit == "year":
            return [year_fields(pub.year + shift, anchor=pub.text)]
        if unit == "month":
            if pub.month is None:
                return []
            y, mo = shift_month(pub.year, pub.month, shift)
            return [month_fields(y, mo, anchor=pub.text)]
        day = pub.date
        if day is None:
            return []
        if unit == "weekend":  # "last weekend": the Saturday and Sunday of the week before publication's
            return [_weekend_fields(day - timedelta(days=day.isoweekday() - 6) + timedelta(weeks=shift), pub.text)]
        return [week_fields(day + timedelta(weeks=shift), anchor=pub.text)]

    def _the_weekend(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"over the weekend" in a story: the Saturday and Sunday nearest publication, the one before it (the one
        after it when the sentence looks ahead; a story published at the weekend is about that one)."""
        pub = ctx.published
        day = pub.date if pub else None
        if day is None or not ctx.deictic:
            return []
        assert pub is not None
        saturday = day - timedelta(days=(day.isoweekday() - 6) % 7)
        if day.isoweekday() < 6 and ctx.future:
            saturday += timedelta(weeks=1)
        return [_weekend_fields(saturday, pub.text)]

    def _near_day(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        pub = ctx.published
        day = pub.date if pub else None
        if day is None or not ctx.deictic:
            return []
        word = m["word"]
        shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0  # "this morning": today
        assert pub is not None
        return [day_fields(day + timedelta(days=shift), anchor=pub.text)]

    def _ago(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """'two years ago': the year, month, week or day that far before publication."""
        pub = ctx.published
        if pub is None:
            return []
        n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"]]
        unit = m["unit"]
        if unit == "decade":  # "a decade ago": the year ten years before
            unit, n = "year", 10 * n
        if unit == "year":
            return [year_fields(pub.year - n, anchor=pub.text)]
        if unit == "month":
            if pub.month is None:
                return []
            y, mo = shift_month(pub.year, pub.month, -n)
            return [month_fields(y, mo, anchor=pub.text)]
        day = pub.date
        if day is None:
            return []
        if unit == "week":
            return [week_fields(day - timedelta(weeks=n), anchor=pub.text)]
        return [day_fields(day - timedelta(days=n), anchor=pub.text)]

    @staticmethod
    def _years_ago_today(m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """'One year ago today': the publication's day that many years before."""
        day = ctx.published.date if ctx.published is not None else None
        if day is None:
            return []
        n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"]]
        year = day.year - n
        return [day_fields(day.replace(year=year, day=min(day.day, 28 if day.month == 2 else day.day)),
                           anchor=ctx.published.text)]

    def _month_of_relative_year(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        pub = ctx.published
        if pub is None:
            return []
        return [month_fields(pub.year + _SHIFTS[m["shift"]], self.words.months[m["month"]], anchor=pub.text)]

    def _day_of_relative_year(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"24 February last year": that day of the year the shift names from publication."""
        pub = ctx.published
        if pub is None:
            return []
        try:
            day = date(pub.year + _SHIFTS[m["shift"]], self.words.months[m["month"]], int(m["day"]))
        except ValueError:
            return []
        return [day_fields(day, anchor=pub.text)]

    def _relative_month(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        pub = ctx.published
        if pub is None:
            return []
        month = self.words.months[m["month"]]
        direction = "last" if m["shift"] == "past" else m["shift"]
        y = resolve_month(month, pub, direction)
        return [month_fields(y, month, anchor=pub.text)] if y else []

    def _weekday(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        pub = ctx.published
        if pub is None or not ctx.deictic:  # "from Saturday night until Monday" in a report is habitual
            return []
        shift = m["shift"]
        # (a weekday ahead without "next" may be the day of publication: "later on Wednesday" in Wednesday's paper)
        direction = "last" if shift in ("last", "past") else shift or ("this" if ctx.future else "past")
        weekday = self.words.weekdays[m["weekday"]]
        if direction == "past" and ctx.nearest and pub.date is not None \
                and (weekday - pub.date.weekday()) % 7 < (pub.date.weekday() - weekday) % 7:
            direction = "this"  # the nearer one: Sunday, in Friday's story
        day = resolve_weekday(weekday, pub, direction)
        return [day_fields(day, anchor=pub.text)] if day else []

    def _weekday_of_week(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"last week Thursday": that weekday in the week (Monday to Sunday) before or after publication's."""
        pub = ctx.published
        if pub is None or pub.date is None:
            return []
        monday = pub.date - timedelta(days=pub.date.weekday()) + timedelta(weeks=1 if m["shift"] == "next" else -1)
        return [day_fields(monday + timedelta(days=self.words.weekdays[m["weekday"]]), anchor=pub.text)]

    def _weekday_and_day(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        """"Tuesday (14)" (Brazilian and Sri Lankan papers): the day of that weekday and that number
        within two weeks of publication; else the weekday as it would be read alone."""
        pub = ctx.published
        if pub is None or pub.date is None:
            return []
        weekday, number = self.words.weekdays[m["weekday"]], int(m["day"])
        near = [pub.date + timedelta(days=d) for d in range(-13, 14)]
        hit = next((d for d in sorted(near, key=lambda d: abs((d - pub.date).days))
                    if d.weekday() == weekday and d.day == number), None)
        return [day_fields(hit, anchor=pub.text)] if hit is not None else self._weekday(m, ctx)

    def _month_alone(self, m: re.Match[str], ctx: DateContext) -> list[Fields]:
        month = self.words.months[m["month"]]
        y, anchor = self._year_of_month(month, ctx)
        return [month_fields(y, month, anchor=anchor)] if y else []

    def _year_of_month(self, month: int, ctx: DateContext, day: int | None = None) -> tuple[int | None, str | None]:
        """(year, anchor) of a year-less month (or day of a month). In TIP Report text, the month
        within the reporting period ("In June" of the 2018 report: June 2017); elsewhere resolved
        against the publication date."""
        if ctx.report_year is not None and not ctx.future:
            start = self.words.reporting_period_start_month
            return (ctx.report_year - 1 if month >= start else ctx.report_year), f"report year {ctx.report_year}"
        pub = ctx.published
        if pub is None:
            return None, None
        if day is not None:
            resolved = resolve_month_day(month, day, pub, ctx.future)
            if not ctx.future and pub.day is not None:
                ahead = resolve_month_day(month, day, pub, future=True)
                days = (ahead - date(pub.year, pub.month or 1, pub.day)).days if ahead is not None else None
                if days is not None and (days <= SOON_DAYS or (ctx.deadline and days <= DEADLINE_DAYS) or (
                        ctx.nearest and resolved is not None
                        and days < (date(pub.year, pub.month or 1, pub.day) - resolved).days)):
                    # a story of 4 June: "remanded until June 18" is that 18 June; a story of 29 July: "the World
                    # Day on 30 July" is the next day, not a year ago
                    resolved = ahead
            return (resolved.year if resolved else None), pub.text
        if ctx.deadline and not ctx.future and pub.month is not None \
                and 0 < (month - pub.month) % 12 <= DEADLINE_MONTHS:
            # a story of November: "by the end of December" is this December, "by the end of January" next January
            return pub.year + (month < pub.month), pub.text
        if ctx.nearest and not ctx.future and pub.month is not None \
                and 0 < (month - pub.month) % 12 < (pub.month - month) % 12:
            return resolve_month(month, pub, "ahead"), pub.text  # the nearer one: July, in a story of June
        return resolve_month(month, pub, "ahead" if ctx.future else "past"), pub.text

    def _calendar(self, t: str, ctx: DateContext) -> list[Fields]:
        """Explicit calendar dates, read by dateparser; a year-less day is resolved here."""
        if (slashed := _SLASHED_DAY.fullmatch(t)) is not None and (day_first := _day_first(slashed, ctx)) is not None:
            return [day_fields(day_first, anchor=ctx.published.text)]
        parsed = self._simple_calendar(t)
        if parsed is None:
            parsed = self.parse_calendar(t)
        if parsed is None:
            return []
        day, period = parsed
        if period != "day" and self._has_day.search(t):
            return []  # "March 32": dateparser dropped a number that is no day
        years = [int(y) for y in self._has_year.findall(t)]
        if years:
            if day.year not in years or _year(str(day.year)) is None:
                return []
            if period == "day":
                return [day_fields(day)]
            if period == "month":
                return [month_fields(day.year, day.month)]
            return [year_fields(day.year)]
        if period == "day":
            y, anchor = self._year_of_month(day.month, ctx, day.day)
            if y is None:
                return []
            try:
                return [day_fields(date(y, day.month, day.day), anchor=anchor)]
            except ValueError:  # 29 February
                return []
        if period == "month":
            y, anchor = self._year_of_month(day.month, ctx)
            return [month_fields(y, day.month, anchor=anchor)] if y else []
        return []

    def _simple_calendar(self, t: str) -> tuple[date, str] | None:
        """(date, period) of a plain day-month-year, month-day-year, month-year, month-day or day-month
        string, as dateparser reads it (same date and period); None for anything else, or an
        impossible day, or 29 February without a year (dateparser decides those). A year-less day gets
        the placeholder year 2000: `_calendar` uses only its month and day."""
        for form in self._simple_forms:
            m = form.fullmatch(t)
            if m is None:
                continue
            groups = m.groupdict()
            month = self.words.months[m["month"]]
            day_s, year_s = groups.get("day"), groups.get("year")
            if year_s is None and month == 2 and day_s is not None and int(day_s) == 29:
                return None
            try:
                found = date(int(year_s) if year_s else 2000, month, int(day_s) if day_s else 1)
            except ValueError:
                return None
            return found, ("day" if day_s else "month")
        return None

    def parse_calendar(self, t: str) -> tuple[date, str] | None:
        """(date, period) of an explicit calendar string, cached; period is 'day', 'month' or 'year'."""
        if t in self._calendar_cache:
            return self._calendar_cache[t]
        if self.calendar_parser is None:
            self.calendar_parser = make_calendar_parser()
        if (dotted := _DOTTED_DATE.fullmatch(t)) is not None:
            # "14.11.2019", "01.03.2018": day first, as the countries that write dots do (dateparser's
            # English reads 01.03.2018 as January 3)
            try:
                result: tuple[date, str] | None = (date(int(dotted[3]), int(dotted[2]), int(dotted[1])), "day")
            except ValueError:
                result = None
        else:
            result = self.calendar_parser(t)
        if len(self._calendar_cache) > 50_000:
            self._calendar_cache.clear()
        self._calendar_cache[t] = result
        return result


_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def make_calendar_parser() -> CalendarParser:
    """dateparser, English only, a month alone read as its first day (never as RELATIVE_BASE's day)."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )

    def parse(text: str) -> tuple[date, str] | None:
        data = parser.get_date_data(text)
        if data is None or data.date_obj is None:
            return None
        return data.date_obj.date(), data.period or "day"

    return parse
