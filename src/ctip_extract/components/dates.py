"""`ctip_dates`: calendar references, normalised to ISO 8601 at the precision of the text.

Candidate spans come from token patterns (models/patterns/dates.jsonl, spaCy
Matcher format); only those spans are normalised, by
`ctip_extract.rules.dates.DateNormaliser` (dateparser for explicit calendar
dates, rules for the rest). Relative expressions are resolved against
`doc._.ctip_meta["published"]` (and, in TIP Report text, the report year).

Writes `doc.spans["ctip_dates"]`; each span's `_.ctip` holds `value`,
`granularity`, `period_start`, `period_end`, `relative`, `anchor` and `rule`
(the pattern id). A period ("from 2003 to 2017", "2015-2018") gives one span
per end; a range written as one token ("2021\u20132026", "FY2022/23") gives
one span whose `_.ctip` holds the first end and, under `also`, the second
(spans with equal offsets would share `_.ctip`): a record for each.

Pattern file lines: {"id", "label", "pattern", "parts"?, "reject_before"?, "anchor"?, "counts_before_noun"?}.
`parts` lists [start, end) ranges of pattern-token indices that are the date
(the rest is context such as "in" or "on"); `reject_before` lists lower-case
words that may not stand right before the match ("the last year"); `counts_before_noun` marks a
list of bare numbers that a count noun after its last makes counts ("1500, 1800 and 2000 people").
Overlapping matches: a match with digits beats one without, then more date
tokens, then a longer match, then the earlier one. Matching runs only on
token windows around "trigger" tokens: the LOWER/ORTH/SHAPE values of each
pattern's `anchor` token (by default its first required token with such values).

Ranges and lists: "from April through June 2017" dates April by its end
(rule of the April span unchanged; without a publication date the start is
found by looking back from the end, rule "range-start"); a year-less range
whose ends resolve out of order ("from January 1 to August 20") moves its
start back a year; a bare day at the other end of a day range ("from 5 to 9
June", "June 5-9, 2022") is dated in that date's month (rule "day-range").
"""

from __future__ import annotations

import datetime
import json
import re
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy
from spacy.attrs import IS_PUNCT, LIKE_NUM, SENT_START
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..errors import RuleFileError
from ..rules.dates import (
    DateContext,
    DateNormaliser,
    DateWords,
    Published,
    complete_range_start,
    day_fields,
    make_calendar_parser,
    month_fields,
    order_range,
    parse_published,
    shift_month,
    shift_years,
    year_fields,
)
from ..rules.resources import model_path, read_jsonl, read_word_list
from ..rules.tables import CELL_SEPARATOR, read_tables
from .extensions import doc_meta
from .sentences import doc_text

KEY = "ctip_dates"
RANGE_START_RULE = "range-start"  # rule id of a year-less range start dated by its explicit end
DAY_RANGE_RULE = "day-range"  # rule id of a bare day number at one end of a range of days ("from 5 to 9 June")
# what may stand before a participle that still looks ahead ("will be launched on", "to be held on")
_BEFORE_A_FUTURE_PARTICIPLE = frozenset({"been", "being", "will", "would", "shall", "should", "could", "might", "must",
                                          "have", "that", "this", "their", "these", "those", "with", "from", "into"})
# a participle telling an event is followed by where, when or by whom ("arrested in Bulacan", "issued by the
# ministry"), an adjective by its noun ("more unannounced inspections")
_AFTER_A_PAST_PARTICIPLE = frozenset({"by", "in", "at", "on", "from", "during", "near", "last", "earlier", "with"})
# words opening a clause of its own, before its subject
_SUBORDINATORS = frozenset({"after", "when", "since", "because", "once", "as", "before"})
# words opening a subject after "and": "and all staff completed", "and the inspectors found"
_SUBJECT_DETERMINERS = frozenset({"all", "the", "our", "their", "its", "his", "her", "some", "many", "most", "both"})
# words between "and" and a verb that are no subject: "will be arrested and then charged on 3 March"
_ADVERBS_BEFORE_A_VERB = frozenset({"then", "also", "later", "again", "soon", "thereafter"})
_FUTURE_WINDOW = 5  # tokens before a year-less month or day searched for "next"
_SENTENCE_WINDOW = 40  # at most this far back to the sentence start for "will"
_RANGE_WORDS = frozenset({"to", "until", "till", "through", "and", "or", ",", "-", "\u2013", "\u2014"})
# words that may follow the second day of "October 5 and 6" (a lower-case word else is counted: "and 9 people");
# the quantity rule skip_date_month_day_pair skips the same
_AFTER_DAY_WORDS = frozenset({"in", "at", "on", "and", "to", "for", "with", "from", "of", "the", "this", "next",
                              "last", "when", "while", "as", "after", "before", "during", "by", "until", "but",
                              "together", "alongside", "across", "inclusive", "where", "under", "near"})
# between a bare day and a day-first date: the words of the quantity rule skip_date_day_range_month
_DAY_RANGE_WORDS = frozenset({"to", "until", "till", "through", "and", "-", "\u2013"})


_TRIGGER_ATTRS = ("LOWER", "ORTH", "SHAPE")
_FLAG_ATTRS = ("IS_LOWER", "IS_TITLE")
_UNBOUNDED = 1 << 30  # window margin of a pattern with "+" or "*" (its matches have no length limit)


_BEFORE_A_PARTICIPLE = frozenset({"be", "is", "are", "was", "were", "been", "being", "to", "will", "would", "get", "gets"})
# a table column of years: headed "Year", "Fiscal year", "Period", or by a word for when ("Application date",
# "Deadline", "From")
_YEAR_HEADERS = frozenset({"year", "years", "fiscal year", "reporting year", "period", "from", "since", "until"})
_WHEN_HEADER_WORDS = frozenset({"year", "date", "deadline"})


@dataclass(frozen=True)
class TriggerGroup:
    """The patterns whose anchor token takes one same set of values, in a Matcher of their own:
    it runs only on windows [pos - before, pos + after] around the tokens carrying those values."""

    matcher: Matcher
    attr: str  # LOWER, ORTH or SHAPE
    ids: frozenset[int]  # hashes of the values
    before: int  # most pattern tokens before the anchor
    after: int  # most pattern tokens after it
    # (IS_LOWER or IS_TITLE, value) every pattern's anchor token requires: a trigger token without it
    # anchors no match of the group ("may" the verb for a month written "May"), so it opens no window
    flags: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True)
class Triggers:
    """Hashes of the LOWER, ORTH and SHAPE values that can start matching, and the window margin:
    the Matcher runs only on token windows around tokens carrying one of these values.
    `groups` splits the patterns by anchor values, so each window runs only the patterns it can match."""

    values: dict[str, numpy.ndarray]  # uint64 hashes, per attribute
    margin: int
    groups: tuple[TriggerGroup, ...] = ()
    order: dict[int, int] = field(default_factory=dict)  # pattern key -> line order in the file

    @property
    def sets(self) -> dict[str, frozenset[int]]:
        cached = self.__dict__.get("_sets")
        if cached is None:
            cached = {attr: frozenset(ids.tolist()) for attr, ids in self.values.items()}
            object.__setattr__(self, "_sets", cached)
        return cached

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token windows around every trigger, with the widest margin (all patterns)."""
        n = len(doc)
        if n == 0:
            return []
        # set lookups over the token attribute columns: numpy.isin costs ~0.1 ms a call on short docs
        columns = doc.to_array(list(_TRIGGER_ATTRS)).T.tolist()
        sets = [self.sets[attr] for attr in _TRIGGER_ATTRS]
        hits = {pos for col, ids in zip(columns, sets) if ids for pos, value in enumerate(col) if value in ids}
        return _merge(sorted(hits), self.margin, self.margin, n)

    def matches(self, doc: Doc, array: list[list[int]] | None = None) -> list[tuple[int, int, int, list[int]]]:
        """Every Matcher match (key, start, end, alignment) in doc coordinates, ordered by start, end and
        pattern line: each group's Matcher runs on the windows around its own triggers only. `array`:
        the LOWER, ORTH, SHAPE, IS_LOWER and IS_TITLE columns of the doc (then any others), when at hand."""
        n = len(doc)
        if n == 0:
            return []
        lookup = self.__dict__.get("_lookup")
        if lookup is None:  # attr -> value hash -> indices of the groups it triggers
            lookup = {attr: {} for attr in _TRIGGER_ATTRS}
            for gi, group in enumerate(self.groups):
                for h in group.ids:
                    lookup[group.attr].setdefault(h, []).append(gi)
            object.__setattr__(self, "_lookup", lookup)
        hits: list[list[int]] = [[] for _ in self.groups]
        if array is None:
            array = doc.to_array([*_TRIGGER_ATTRS, *_FLAG_ATTRS]).T.tolist()
        flag_columns = dict(zip(_FLAG_ATTRS, array[len(_TRIGGER_ATTRS):]))
        for attr, col in zip(_TRIGGER_ATTRS, array):
            table = lookup[attr]
            present = table.keys() & set(col)  # the trigger values in this doc, found at C speed
            if not present:
                continue
            for pos in [pos for pos, value in enumerate(col) if value in present]:
                for gi in table[col[pos]]:
                    flags = self.groups[gi].flags
                    if flags and not all(flag_columns[f][pos] == v for f, v in flags):
                        continue
                    hits[gi].append(pos)
        out = []
        for group, positions in zip(self.groups, hits):
            if not positions:
                continue
            positions.sort()
            for lo, hi in _merge(positions, group.before, group.after, n):
                for key, start, end, alignment in group.matcher(doc[lo:hi], with_alignments=True):
                    out.append((key, start + lo, end + lo, alignment))
        order = self.order
        out.sort(key=lambda m: (m[1], m[2], order.get(m[0], 0)))
        return out


# a verb right after a year-less date that puts it in the past ("the cabinet on Tuesday approved"); words ending in
# "-ed" that are no verb in the past there
_IRREGULAR_PASTS = frozenset({"said", "told", "held", "met", "made", "gave", "sent", "took", "began", "left", "found",
                              "brought", "won", "signed", "saw", "became", "chose", "spoke", "wrote", "caught", "came",
                              "went", "got", "fell", "rose", "ran", "paid", "sold", "kept", "lost", "heard", "fled", "grew",
                              "knew"})
_NOT_PASTS = frozenset({"need", "speed", "breed", "bred", "embed", "proceed", "succeed", "exceed", "indeed", "hundred",
                        "united", "limited", "related", "based", "armed", "red", "bed", "fed", "led", "wed", "shed"})
def _past_verb(word: str) -> bool:
    """Whether a lower-case word is a verb in the past: "said", "arrested" (not "need", "hundred", "based")."""
    return word in _IRREGULAR_PASTS or (word.endswith("ed") and len(word) > 4 and word.isalpha() and word not in _NOT_PASTS)


_PARTS_OF_DAYS = frozenset({"mornings", "afternoons", "evenings", "nights"})  # after a weekday: a habit
_TIME_CLAUSE_OPENERS = frozenset({"when", "once", "until", "till", "before", "after", "if"})
_CLAUSE_OPENERS = frozenset({",", ";", ":", "which", "that", "who", "when", "while"})


def _merge(positions: list[int], before: int, after: int, n: int) -> list[tuple[int, int]]:
    """Merged [pos - before, pos + after + 1) windows around sorted positions, clipped to [0, n)."""
    out: list[tuple[int, int]] = []
    for pos in positions:
        lo, hi = max(pos - before, 0), min(pos + after + 1, n)
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _trigger_values(spec: dict) -> dict[str, list[str]] | None:
    """The LOWER/ORTH/SHAPE values of a required token spec, or None when it has none usable."""
    if spec.get("OP") not in (None, "+", "1"):
        return None
    for attr, key in (("LOWER", "LOWER"), ("ORTH", "ORTH"), ("ORTH", "TEXT"), ("SHAPE", "SHAPE")):
        value = spec.get(key)
        if isinstance(value, str):
            return {attr: [value]}
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            return {attr: [str(v) for v in value["IN"]]}
    return None


@dataclass(frozen=True)
class DateRule:
    """One pattern line: its id, form label, date parts and rejections."""

    id: str
    label: str
    parts: tuple[tuple[int, int], ...] | None
    reject_before: frozenset[str]
    counts_before_noun: bool = False  # a list of bare numbers: a noun after the last makes them all counts


def load_rules(patterns: str, vocab) -> tuple[Matcher, dict[int, DateRule], Triggers]:
    """A Matcher holding every pattern of the file, keyed by pattern id, and the tokens that
    trigger it; errors name file and line."""
    rows = read_jsonl(patterns, required=("id", "label", "pattern"),
                      allowed=("id", "label", "pattern", "parts", "reject_before", "anchor", "counts_before_noun"))
    trigger_values: dict[str, set[int]] = {attr: set() for attr in _TRIGGER_ATTRS}
    margin = 0
    grouped: dict[tuple[str, frozenset[int]], dict] = {}
    order: dict[int, int] = {}
    path = str(model_path(patterns))
    lines = _line_numbers(path)
    matcher = Matcher(vocab, validate=True)
    rules: dict[int, DateRule] = {}
    for row in rows:
        line = lines.get(str(row["id"]))
        pattern = row["pattern"]
        if not isinstance(pattern, list) or not pattern:
            raise RuleFileError(path, "pattern must be a non-empty list of token specs", line=line)
        parts = row.get("parts")
        if parts is not None:
            ok = isinstance(parts, list) and parts and all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(i, int) for i in p)
                and 0 <= p[0] < p[1] <= len(pattern) for p in parts)
            if not ok:
                raise RuleFileError(path, f"parts must be [start, end) ranges within the pattern, got {parts!r}",
                                    line=line)
        reject = row.get("reject_before") or []
        if not isinstance(reject, list) or not all(isinstance(w, str) for w in reject):
            raise RuleFileError(path, "reject_before must be a list of words", line=line)
        key = matcher.vocab.strings.add(str(row["id"]))
        if key in rules:
            raise RuleFileError(path, f"duplicate pattern id {row['id']!r}", line=line)
        try:
            matcher.add(str(row["id"]), [pattern])
        except (MatchPatternError, ValueError) as exc:
            raise RuleFileError(path, f"bad token pattern: {exc}", line=line) from None
        anchor = row.get("anchor")
        if anchor is None:
            found = next((v for v in (_trigger_values(t) if isinstance(t, dict) else None for t in pattern) if v), None)
        elif isinstance(anchor, int) and 0 <= anchor < len(pattern) and isinstance(pattern[anchor], dict):
            found = _trigger_values(pattern[anchor])
        else:
            found = None
        if not found:
            raise RuleFileError(path, "anchor must name a required token with LOWER, ORTH or SHAPE values"
                                      if anchor is not None else "no required token with LOWER, ORTH or SHAPE values",
                                line=line)
        for attr, values in found.items():
            ids = frozenset(vocab.strings.add(v.lower() if attr == "LOWER" else v) for v in values)
            trigger_values[attr].update(ids)
            at = anchor if anchor is not None else next(
                i for i, t in enumerate(pattern) if isinstance(t, dict) and _trigger_values(t))
            unbounded = any(isinstance(t, dict) and t.get("OP") in ("+", "*") for t in pattern)
            before, after = (_UNBOUNDED, _UNBOUNDED) if unbounded else (at, len(pattern) - 1 - at)
            spec = grouped.setdefault((attr, ids), {"patterns": [], "before": 0, "after": 0, "flags": None})
            anchor_spec = pattern[at]
            flags = {(f, anchor_spec[f]) for f in _FLAG_ATTRS if isinstance(anchor_spec.get(f), bool)}
            spec["flags"] = flags if spec["flags"] is None else spec["flags"] & flags
            spec["patterns"].append((str(row["id"]), pattern))
            spec["before"] = max(spec["before"], before)
            spec["after"] = max(spec["after"], after)
        order[key] = len(order)
        margin = max(margin, len(pattern) - 1)
        rules[key] = DateRule(str(row["id"]), str(row["label"]),
                              tuple(tuple(p) for p in parts) if parts else None,  # type: ignore[misc]
                              frozenset(w.lower() for w in reject), bool(row.get("counts_before_noun", False)))
    groups = []
    for (attr, ids), spec in grouped.items():
        group_matcher = Matcher(vocab)
        for pattern_id, pattern in spec["patterns"]:
            group_matcher.add(pattern_id, [pattern])
        groups.append(TriggerGroup(group_matcher, attr, ids, spec["before"], spec["after"],
                                   tuple(sorted(spec["flags"] or ()))))
    triggers = Triggers({attr: numpy.array(sorted(ids), dtype=numpy.uint64) for attr, ids in trigger_values.items()},
                        margin, tuple(groups), order)
    return matcher, rules, triggers


def _line_numbers(path: str) -> dict[str, int]:
    """Line of each pattern id in the file (for error messages)."""
    out: dict[str, int] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if isinstance(row, dict) and "id" in row:
                    out.setdefault(str(row["id"]), n)
    except OSError:
        pass  # read_jsonl has already reported an unreadable file
    return out


class DateFinder:
    """Matcher candidates -> normalised, non-overlapping date spans."""

    def __init__(self, matcher: Matcher, rules: dict[int, DateRule], triggers: Triggers,
                 normaliser: DateNormaliser, year_blockers: frozenset[str] = frozenset()) -> None:
        self.matcher = matcher
        self.triggers = triggers
        self.year_blockers = year_blockers
        self.rules = rules
        self.normaliser = normaliser
        self.future_cues = normaliser.words.future_cues
        self.future_sentence_cues = normaliser.words.future_sentence_cues
        strings = matcher.vocab.strings
        # the same words as LOWER hashes, compared with the token arrays without making Tokens
        self._future_ids = frozenset(strings.add(w) for w in self.future_cues)
        self._open_id, self._close_id = strings.add("("), strings.add(")")
        self._deadline_ids = frozenset(strings.add(w) for w in normaliser.words.deadline_cues)
        self._obligation_ids = frozenset(strings.add(w) for w in normaliser.words.obligation_cues)
        self._adjournment_ids = frozenset(strings.add(w) for w in normaliser.words.adjournment_cues)
        self._will_ids = frozenset(strings.add(w) for w in ("will", "shall", "'ll", "\u2019ll"))
        self._before_id = strings.add("before")
        self._would_id = strings.add("would")
        self._from_id = strings.add("from")
        self._planned_id = strings.add("planned")
        self._end_of_ids = (strings.add("the"), strings.add("end"), strings.add("of"))
        self._had = strings.add("had")
        self._due_id, self._to_id = strings.add("due"), strings.add("to")  # "due to the pandemic": a cause
        # "ahead of" dates what it names ("ahead of the World Day ... on Sunday"), not the clause after a comma ("Ahead
        # of the operation, UNODC trained ... in March"); "pending" looks ahead as a preposition ("pending a hearing on
        # September 28"), not as a state ("cases were pending in court as of December") nor before a plural ("the
        # backlog of pending cases stood at 1,350 at the end of December")
        self._ahead_id, self._of_id = strings.add("ahead"), strings.add("of")
        # (a weekday keeps looking ahead after "ahead of", whatever the clause before: "published today ahead of the
        # World Day on Sunday"; a month takes the nearer: "took part in talks ahead of the ratification in March")
        self._weekday_ids = frozenset(strings.add(w) for w in normaliser.words.weekdays)
        self._comma_id = strings.add(",")
        self._is_are_ids = frozenset(strings.add(w) for w in ("is", "are"))
        self._on_in_ids = frozenset(strings.add(w) for w in ("on", "in"))
        self._we_are_ids = frozenset(strings.add(w) for w in ("are", "am", "'re", "\u2019re", "'m", "\u2019m"))
        self._we_ids = frozenset(strings.add(w) for w in ("we", "i"))
        self._join_id, self._us_id = strings.add("join"), strings.add("us")
        self._owner_ids = frozenset(strings.add(w) for w in ("their", "his", "her", "my", "our", "your", "its", "own", "free"))
        self._cover_ids = frozenset(strings.add(w) for w in ("covering", "covers", "covered", "cover"))
        self._for_id = strings.add("for")
        self._block_id = strings.add("block")
        self._loose_year_ids = frozenset(strings.add(w) for w in ("for", "over", "on", "around"))  # before a year or a count
        self._weekday_preposition_ids = frozenset(strings.add(w) for w in ("on", "last", "this", "next", "by", "since",
                                                                           "until", "every"))
        self._set_ids = frozenset(strings.add(w) for w in ("set", "slated", "fixed", "listed", "planned", "pencilled", "penciled", "booked"))
        self._relative_ids = frozenset(strings.add(w) for w in ("which", "who"))
        self._pending_id = strings.add("pending")
        self._copula_ids = frozenset(strings.add(w) for w in ("is", "are", "was", "were", "be", "been", "remain",
                                                               "remained", "remains", "still"))
        self._hyphen_ids = frozenset(strings.add(h) for h in ("-", "\u2010", "\u2011"))  # "take-home pay": no "take"
        self._future_sentence_ids = frozenset(strings.add(w) for w in self.future_sentence_cues)
        # the cues that are verbs in the present, which a headline uses for what happened ("trial opens")
        self._present_cue_ids = frozenset(strings.add(w) for w in ("opens", "begins", "starts", "ends", "closes", "runs",
                                                                   "takes", "expires", "resumes", "continues", "lapses"))
        self._return_ids = frozenset(strings.add(w) for w in ("return", "returns"))
        self._court_id = strings.add("court")
        self._past_ids = frozenset(strings.add(w) for w in normaliser.words.past_cues)
        self._clause_break_ids = frozenset(strings.add(w) for w in normaliser.words.clause_breaks)
        self._dddd = strings.add("dddd")
        self._month_ids = frozenset(strings.add(m) for m in self.normaliser.words.months)
        self._range_ids = frozenset(strings.add(w) for w in _RANGE_WORDS)
        self._blocker_ids = frozenset(strings.add(w) for w in year_blockers)
        self._line_ids = frozenset(strings.add(w) for w in ("hotline", "helpline", "hotlines", "helplines"))
        self._article_ids = frozenset(strings.add(w) for w in ("the", "a", "an"))
        self._determiner_ids = frozenset(strings.add(w) for w in ("the", "a", "an", "this", "that", "these", "those",
                                                                  "its", "their", "his", "her"))
        self._strings = strings
        # a present tense that looks ahead: "the decision, which comes into force on September 1"
        self._into_force = (frozenset(strings.add(w) for w in ("comes", "come", "enters", "enter")), strings.add("into"),
                            strings.add("force"))
        self._reject_ids = {key: frozenset(strings.add(w) for w in rule.reject_before) for key, rule in rules.items()}

    @staticmethod
    def _near_publication(year: str, base: DateContext) -> bool:
        """Whether a year is within ten years of the publication's (any year when it is unknown)."""
        return base.published is None or abs(int(year) - base.published.year) <= 10

    def __call__(self, doc: Doc) -> Doc:
        base = DateContext.from_meta(doc_meta(doc))
        future_ctx = DateContext(base.published, base.report_year, True, base.deictic)
        deadline_ctx = DateContext(base.published, base.report_year, False, base.deictic, deadline=True)
        nearest_ctx = DateContext(base.published, base.report_year, False, base.deictic, nearest=True)
        candidates = []
        # token attribute columns, read once: no Token objects in the loops
        array = doc.to_array([*_TRIGGER_ATTRS, *_FLAG_ATTRS, IS_PUNCT, SENT_START, LIKE_NUM]).T.tolist()
        lower, _, shape, _, title, punct, sent, like_num = array
        columns = [lower, shape, punct, sent]
        doc_str = doc_text(doc)
        agenda = "\n" in doc_str and _AGENDA_HEADING.search(doc_str) is not None  # (most texts have none)
        matches = self.triggers.matches(doc, array) if len(doc) else []
        n = len(doc)
        for key, start, end, alignment in matches:
            rule = self.rules[key]
            if start > 0 and rule.reject_before and (lower[start - 1] in self._reject_ids[key] or (
                    start > 1 and self._strings[lower[start - 1]] == "."
                    and self._strings[self._strings[lower[start - 2]] + "."] in self._reject_ids[key])):
                continue  # (the abbreviation's point may stand apart: "Law No. 2005-06" as "No", ".")
            if rule.id == "month-short-range-start" and (end >= n or lower[end] not in self._month_ids):
                continue  # another month after the dash, or a name: "Jan-Erik Larsen"
            found = []
            parts = self._parts(rule, start, alignment)
            if rule.counts_before_noun and parts and parts[-1][1] < n and lower[parts[-1][1]] in self._blocker_ids:
                continue  # counts listed, the noun after the last: "arrested 1500, 1800 and 2000 people"
            for s, e in parts:
                if rule.label == "WEEKDAY" and e < n and title[e] and lower[e] not in self._month_ids \
                        and not (s > 0 and lower[s - 1] in self._weekday_preposition_ids):
                    continue  # a given name: "heard from Friday Osaro", "Sunday Okafor" (not "On Friday Judge ...")
                if rule.label == "WEEKDAY" and s > 0 and lower[s - 1] in self._owner_ids and e < n and not punct[e]:
                    continue  # a kind of day before a noun: "our Saturday legal clinic", "their Sunday service"
                if rule.label == "WEEKDAY" and e < n and self._strings[lower[e]] in _PARTS_OF_DAYS:
                    continue  # every such day: "allowed to leave only on Sunday afternoons"
                while e - s > 1 and punct[e - 1] and not (lower[e - 1] == self._close_id and self._open_id in lower[s:e]):
                    e -= 1  # an optional comma matched with no year after it: "by mid-March, 30 workers" (a
                    # bracket closed is the date's: "Tuesday (14)")
                if e - s == 1 and e < n and lower[e] in self._blocker_ids and shape[s] == self._dddd \
                        and not (s > 0 and lower[s - 1] in self._determiner_ids):
                    continue  # "to 2000 people": a count ("the 2017 convictions": the year's)
                if e - s == 1 and shape[s] == self._dddd and any(
                        lower[k] in self._line_ids for k in range(e, min(n, e + 3))
                        if all(self._strings[lower[t]].isalpha() and not title[t] for t in range(e, k))):
                    continue  # a phone line's number: "its website or the 1989 hotline", "the 1955 foreign worker hotline"
                if e - s == 1 and s > 1 and lower[s - 1] == self._open_id and lower[s - 2] in self._line_ids \
                        and shape[s] == self._dddd:
                    continue  # its number in brackets after it: "a national hotline (1818) that received ..."
                if e - s == 1 and e < n and lower[e] == self._block_id and shape[s] == self._dddd:
                    continue  # an address: "the 1900 block of Main Street"
                if e - s == 1 and e + 1 < n and shape[s] == self._dddd and doc[e].text == "-" and not doc[s].whitespace_ \
                        and doc[e + 1].text.isupper() and len(doc[e + 1]) > 2:
                    continue  # a hotline's number and word: "the 1800-DELITO hotline"
                if e - s == 1 and s > 0 and lower[s - 1] in self._loose_year_ids and shape[s] == self._dddd \
                        and not self._near_publication(doc[s].text, base):
                    continue  # "for 2025", "up 38 per cent on 2020"; "paid for 2000 meals", "over 2000 acres" (far from
                    # the story's year) are none
                deadline = self._after_deadline(lower, sent, s, e)
                ahead_of_past = bool(base.published) and self._ahead_of_after_past(columns, s)
                ctx = future_ctx if base.published and not self._covered(lower, s) and (
                    (not ahead_of_past and self._future(columns, s, e)) or deadline == "ahead"
                    or (agenda and _under_agenda_heading(doc_str, doc[s].idx) and not self._told_in_the_past(lower, sent, s, e))) else \
                    nearest_ctx if deadline == "nearest" or ahead_of_past else deadline_ctx if deadline else base
                text = doc[s:e].text
                if text == "TODAY" and s > 0 and doc[s - 1].is_title:
                    continue  # a paper's name, not the day: "Barbados TODAY", "Malta TODAY"
                fields = self.normaliser.normalise(text, ctx)
                if fields:
                    found.append((s, e, fields, text))
            if not found:
                continue
            # token texts joined by whitespace: a digit in the span text is a digit in one of its tokens
            has_digit = any(any(like_num[s:e]) or any(c.isdigit() for c in text) for s, e, _, text in found)
            n_date = sum(e - s for s, e, _, _ in found)
            candidates.append(((has_digit, n_date, end - start, -start), start, end, rule, found))
        candidates.sort(key=lambda c: c[0], reverse=True)
        taken = [False] * len(doc)
        spans = []
        for _, start, end, rule, found in candidates:
            if any(taken[start:end]):
                continue
            for i in range(start, end):
                taken[i] = True
            for s, e, fields, _ in found:
                span = Span(doc, s, e, label=rule.label)
                span._.ctip = {**fields[0], "rule": rule.id}
                if len(fields) > 1:  # "FY2022/23": more dates of the same words (one span: equal offsets share `_`)
                    span._.ctip["also"] = [{**f, "rule": rule.id} for f in fields[1:]]
                spans.append(span)
        if base.published is None:
            spans.extend(self._range_starts(doc, spans, taken, base))
        if CELL_SEPARATOR in doc_str:
            spans.extend(self._table_years(doc, doc_str, taken, base))
        spans.extend(self._day_range_partners(doc, spans, taken))
        spans.sort(key=lambda sp: (sp.start, sp.end))
        spans = _without_weekly_schedules(doc, spans)
        if " after " in doc_str:
            spans = _without_repetitions(doc, spans)
        if base.report_year is None:
            _shift_from_named_date(doc, spans)
        _of_that_year(doc, spans)
        _year_of_the_next_day(doc, spans)
        if base.published is not None and base.published.day is not None:
            _weekday_years(doc, spans, self.normaliser.words.weekdays, base.published)
            if "(" in doc_str:
                _bracketed_days(doc, spans, self.normaliser.words.weekdays, base.published)
            _near_days_ahead(doc, spans, base.published)
            if "\n" in doc_str:
                _diary_order(doc_str, spans, date(base.published.year, base.published.month or 1, base.published.day))
        if base.report_year is None and base.published is not None and base.published.month is not None:
            _years_of_named_days(spans, base.published)
        if "/" in doc_str:
            _day_first_slashes(spans)
        self._order_ranges(doc, spans, lower)
        if base.published is not None:
            # a year decades after publication is another calendar's: Nepal's "fiscal year 2076/77" (Bikram Sambat)
            spans = [sp for sp in spans if not ((m := _YEAR_IN_TEXT.match(sp._.ctip.get("value") or ""))
                                                 and int(m.group()) > base.published.year + _FAR_YEARS)]
        doc.spans[KEY] = spans
        return doc

    def _table_years(self, doc: Doc, text: str, taken: list[bool], base: DateContext) -> list[Span]:
        """The years in a table's column headed as one ("Year | Prosecutions | Convictions" over "2022 | 33 | 16")."""
        added: list[Span] = []
        for table in read_tables(text):
            columns = [c for c, title in enumerate(table.titles)
                       if title.lower() in _YEAR_HEADERS or _WHEN_HEADER_WORDS & set(title.lower().split())]
            for row in table.full_rows() if columns else ():
                for cell in (row.cells[c] for c in columns):
                    if len(cell.text) != 4 or not cell.text.isdigit():
                        continue
                    span = doc.char_span(cell.start, cell.end)
                    fields = self.normaliser.normalise(cell.text, base) if span is not None and not any(
                        taken[span.start:span.end]) else None
                    if fields:
                        span.label_ = "YEAR"
                        span._.ctip = {**fields[0], "rule": "table-year"}
                        added.append(span)
        return added

    def _range_starts(self, doc: Doc, spans: list[Span], taken: list[bool], base: DateContext) -> list[Span]:
        """Without a publication date, a year-less month or day joined by a range or list word to an
        explicit date ("from November to January 2018") takes its year from that date."""
        added: list[Span] = []
        stack = [sp for sp in spans if not sp._.ctip["relative"] and sp._.ctip["granularity"] in ("day", "month")]
        while stack:
            end_span = stack.pop()
            j = end_span.start
            while j > 0 and end_span.start - j < 2 and doc[j - 1].lower_ in _RANGE_WORDS:
                j -= 1
            if j == end_span.start:
                continue
            anchor = DateContext(parse_published(end_span._.ctip["period_end"]), base.report_year, False, False)
            for width in (2, 1):
                s = j - width
                if s < 0 or any(taken[s:j]) or not (doc[s].is_title or doc[j - 1].is_title):
                    continue
                if width == 2 and not any(c.isdigit() for c in doc[s:j].text):
                    continue
                fields = self.normaliser.normalise(doc[s:j].text, anchor)
                if len(fields) != 1 or fields[0]["granularity"] not in ("day", "month"):
                    continue
                span = Span(doc, s, j, label="DATE")
                span._.ctip = {**complete_range_start(fields[0], end_span._.ctip), "rule": RANGE_START_RULE}
                for i in range(s, j):
                    taken[i] = True
                added.append(span)
                stack.append(span)
                break
        return added

    def _day_range_partners(self, doc: Doc, spans: list[Span], taken: list[bool]) -> list[Span]:
        """A bare day number joined by a range word to a day date is the other end of the range, in the
        same month: "from 5 to 9 June" (5 June), "between 12 and 14 July 2021", "June 5-9, 2022" (9 June
        2022, and the year dates June 5 too). (The quantity rules skip the same numbers, so no count is
        read there.) Rule DAY_RANGE_RULE."""
        added: list[Span] = []
        months = self.normaliser.words.months
        n = len(doc)

        def is_day(i: int) -> bool:
            return 0 <= i < n and doc[i].text.isdigit() and len(doc[i].text) <= 2 and not taken[i]

        def is_month(i: int) -> bool:
            return 0 <= i < n and doc[i].lower_.rstrip(".") in months

        for span in spans:
            fields = span._.ctip
            if fields.get("granularity") != "day" or span.end - span.start < 2:
                continue
            day_date = date.fromisoformat(fields["period_start"])
            s, e = span.start, span.end
            if doc[s].text.isdigit() and is_month(s + 1) and is_day(s - 2) \
                    and doc[s - 1].lower_ in _DAY_RANGE_WORDS:  # "5 to 9 June"
                k, day, anchor = s - 2, int(doc[s - 2].text), fields.get("anchor")
                if not 1 <= day < day_date.day:
                    continue
                other = day_date.replace(day=day)
            elif e - s == 2 and is_month(s) and doc[s + 1].text.isdigit() and is_day(e + 1) \
                    and doc[e].text in ("-", "\u2013") and not doc[e - 1].whitespace_ \
                    and not doc[e].whitespace_:  # "June 5-9, 2022" (not "On June 5 - 9 people were hurt")
                k, day = e + 1, int(doc[e + 1].text)
                y = e + 3 if e + 2 < n and doc[e + 2].text == "," else e + 2
                if not (day_date.day < day <= monthrange(day_date.year, day_date.month)[1]):
                    continue
                if y < n and doc[y].shape_ == "dddd" and not taken[y] and fields.get("relative"):
                    year = int(doc[y].text)  # the range's year dates its start too
                    day_date = day_date.replace(year=year)
                    span._.ctip = {**day_fields(day_date), "rule": fields.get("rule")}
                    fields = span._.ctip
                anchor = fields.get("anchor")
                other = day_date.replace(day=day)
            elif e - s == 2 and e < n and is_month(s) and doc[s + 1].text.isdigit() and doc[e].lower_ in _DAY_RANGE_WORDS \
                    and is_day(e + 1) and not (e + 2 < n and doc[e + 2].is_lower and doc[e + 2].is_alpha
                                               and doc[e + 2].lower_ not in _AFTER_DAY_WORDS):
                # "on October 5 and 6 in Ulaanbaatar", "from June 5 to 9" (not "on June 5 and 9 people")
                k, day, anchor = e + 1, int(doc[e + 1].text), fields.get("anchor")
                if not (day_date.day < day <= monthrange(day_date.year, day_date.month)[1]):
                    continue
                other = day_date.replace(day=day)
            else:
                continue
            partner = Span(doc, k, k + 1, label="DATE")
            partner._.ctip = {**day_fields(other, anchor), "rule": DAY_RANGE_RULE}
            taken[k] = True
            added.append(partner)
        return added

    def _order_ranges(self, doc: Doc, spans: list[Span], lower: list[int]) -> None:
        """Ranges and lists of year-less days or months: 'from April through June 2017' takes the
        end's year; 'from January 1 to August 20' keeps its start before its end. `lower`: the
        LOWER column of the doc."""
        range_ids = self._range_ids
        for a, b in reversed(list(zip(spans, spans[1:]))):
            if not (1 <= b.start - a.end <= 2 and all(lower[i] in range_ids for i in range(a.end, b.start))):
                continue
            if a._.ctip.get("rule", "").startswith("weekday-pair"):
                continue  # "Monday or Tuesday": each the last such day, whichever comes first (no year moves)
            if a._.ctip.get("rule", "").startswith("weekday") and b._.ctip.get("rule", "").startswith("weekday"):
                # "from Monday to Friday": one week's days, the start the week before when it came out after the end
                if a._.ctip.get("value") and b._.ctip.get("value") and a._.ctip["value"] > b._.ctip["value"]:
                    a._.ctip = {**_days_earlier(a._.ctip, 7), "rule": a._.ctip["rule"]}
                continue
            fields = complete_range_start(a._.ctip, b._.ctip)
            moved = order_range(fields, b._.ctip)
            end = b._.ctip
            anchor = end.get("anchor") if moved is not fields else None
            if anchor and len(anchor) == 10 and (end.get("granularity") == "day" or (
                    end.get("granularity") == "month" and any(t.lower_ in _WILL for t in a.sent))) \
                    and fields["period_start"] <= anchor < shift_years(end, 1)["period_start"] \
                    and not self._told_in_past(a.sent, a.start, b.end):
                # a range of days or months that holds the publication date is the current one, its end ahead: "the
                # midday ban applies between June 1 and September 15" in a story of 14 August (not the year before's);
                # of months, when the sentence looks ahead: "our next digest, covering January to March, will be
                # published in May" in February (not "figures for 2022 cover January to November")
                b._.ctip = {**shift_years(end, 1), "rule": end["rule"]}
                moved = fields
            if moved is not a._.ctip:
                a._.ctip = {**moved, "rule": a._.ctip["rule"]}

    def _covered(self, lower: list[int], s: int) -> bool:
        """Whether the date at token s is the period a report covers ("we will publish our half-year report,
        covering January to June"): read as the last such period (a range holding the publication date is the
        current one, see _order_ranges), whatever future the report itself has."""
        return any(lower[k] in self._cover_ids for k in range(max(0, s - 3), s))

    def _told_in_past(self, sent: Span, start: int, end: int) -> bool:
        """Whether what is said of the dates at tokens [start, end) is past: by the clause that holds them ("the
        banned hours, which run from ... between June 1 and September 15" is present), else by the sentence
        ("Between October 3 and January 12, police raided 40 sites": a past cue or a verb in "-ed")."""
        words = self.normaliser.words

        def past(t: Token) -> bool:
            return t.lower_ in words.past_cues or (len(t) > 4 and t.lower_.endswith("ed") and t.is_lower)

        lo = next((t.i + 1 for t in reversed(sent[:start - sent.start]) if t.lower_ in _CLAUSE_OPENERS), sent.start)
        hi = next((t.i for t in sent[end - sent.start:] if t.lower_ in (",", ";", ".")), sent.end)
        clause = [t for t in sent.doc[lo:hi] if not start <= t.i < end]
        if any(t.lower_ in words.present_cues for t in clause):
            return any(past(t) for t in clause)
        before = list(sent[:start - sent.start])
        to = next((k for k in range(len(before) - 2, -1, -1) if before[k].lower_ == "to" and before[k + 1].is_lower
                   and before[k + 1].is_alpha and not before[k + 1].lower_.endswith(("ed", "ing"))
                   and before[k + 1].lower not in self._determiner_ids), None)
        if to is not None and not any(past(t) for t in before[to:]):
            return False  # an infinitive governs the dates, whatever was said before it: "had instructed units to
            # launch a campaign from November 1 to December 31"
        if any(t.lower_ in _WILL for t in sent):
            return False  # "Our next digest, covering January to March, will be published in May"
        return any(past(t) for t in sent if not start <= t.i < end)

    def _matches(self, doc: Doc) -> list[tuple[int, int, int, list[int]]]:
        """Matcher results in doc coordinates, from the windows around trigger tokens only."""
        return self.triggers.matches(doc)

    @staticmethod
    def _parts(rule: DateRule, start: int, alignment: list[int]) -> list[tuple[int, int]]:
        """Token ranges of the match that are dates, from the pattern-token alignment."""
        if rule.parts is None:
            return [(start, start + len(alignment))]
        out = []
        for lo, hi in rule.parts:
            idx = [start + i for i, a in enumerate(alignment) if lo <= a < hi]
            if idx:
                out.append((idx[0], idx[-1] + 1))
        return out

    def _after_deadline(self, lower: list[int], sent: list[int], s: int, e: int) -> str | None:
        """Whether a deadline word ("by", "until"; "before" only with an obligation) stands right before
        token s, or before "the end of" there ("by the end of December"), and no "had" near it in its
        sentence says the deadline has passed ("By the end of June, police had arrested 40"): "ahead" when
        an obligation comes before it in its sentence ("Agencies have until December 31 to comply", "must
        register by March 1"), else "deadline" ("nearest" after "before" in a plan told with "would"); None for no
        deadline. `sent`: SENT_START of every token."""
        before = s > 0 and lower[s - 1] == self._before_id  # "asked to lodge complaints before December 31"
        if s > 0 and (lower[s - 1] in self._deadline_ids or before or (lower[s - 1] == self._to_id and any(
                lower[j] in self._adjournment_ids for j in range(max(0, s - 5), s - 1)))):
            at = s - 1  # (or "to" after a remand: "remanded in custody to August 2")
        elif s > 3 and lower[s - 4] in self._deadline_ids and (lower[s - 3], lower[s - 2], lower[s - 1]) == self._end_of_ids:
            at = s - 4
        else:
            return None
        if any(lower[j] in self._adjournment_ids for j in range(max(0, at - 4), at)):
            return "ahead"  # a court's next date, even in reported speech: "said they had been remanded until November 15"
        lo, hi = max(0, at - 12), min(len(lower), e + 12)
        lo = next((k for k in range(at, lo - 1, -1) if sent[k] == 1), lo)  # this sentence's words only
        hi = next((k for k in range(e, hi) if sent[k] == 1), hi)
        if self._had in lower[lo:hi]:
            return None
        # an obligation before it, or a future after it in the sentence: "Companies that fail to meet the
        # requirements by Dec. 31 will not be renewed"
        ahead = any(w in self._obligation_ids for w in lower[lo:at]) or any(w in self._will_ids for w in lower[e:hi])
        if before:
            # ("arrested before December 31" is no deadline; one a reported plan sets is: "announced that it would
            # waive fines for workers who leave before September 30", the nearer of the last and the next)
            return "ahead" if ahead else "nearest" if self._would_id in lower[lo:at] else None
        return "ahead" if ahead else "deadline"

    def _relative_opened_before(self, lower: list[int], sent: list[int], comma: int) -> int | None:
        """Where the closed relative clause ", which ... ," or ", who ... ," that ends at the comma token `comma`
        opens (its opening comma), or None."""
        for j in range(comma - 1, max(comma - _RELATIVE_REACH, 0), -1):
            if lower[j] == self._comma_id or sent[j] == 1:
                return None
            if lower[j] in self._relative_ids and lower[j - 1] == self._comma_id:
                return j - 1
        return None

    def _headline(self, lower: list[int], punct: list[int], sent: list[int], at: int) -> bool:
        """Whether token `at` stands in a headline: a sentence of a dozen words at most, one line, with no stop."""
        first = next((k for k in range(at, -1, -1) if sent[k] == 1 or k == 0), 0)
        last = next((k for k in range(at + 1, len(lower)) if sent[k] == 1), len(lower))
        words = [w for k in range(first, last) if (w := self._strings[lower[k]]).strip()]
        return 0 < len(words) <= 14 and not any(w in (".", "!", "?") for w in words) and words[-1] != ":"

    def _told_in_the_past(self, lower: list[int], sent: list[int], start: int, end: int) -> bool:
        """Whether a sentence opening on its date goes on in the past, a heading of things to come over it or not:
        "In August, the operator Halvorsen Meridian Bulk Ltd received a 90-day ban" under "Next steps"."""
        if start < 1 or lower[start - 1] not in self._on_in_ids or not (
                sent[start - 1] == 1 or (start >= 2 and self._strings[lower[start - 2]] in ("-", "*", "\u2022"))):
            return False  # (a list item's sentence after its bullet: "- In May, officers arrested two men.")
        for k in range(end, min(end + 10, len(lower))):
            word = self._strings[lower[k]]
            if sent[k] == 1 or word in (".", ";", ":") or lower[k] in self._will_ids:
                return False
            if _past_verb(word) and not (k + 1 < len(lower) and self._strings[lower[k + 1]] == "by"):
                return True  # (not a participle: "the forum hosted by ...")
        return False

    def _past_before(self, columns: list[list[int]], i: int) -> bool:
        """Whether a verb in the past stands in the clause before token i: "took part in consultations ahead of"."""
        lower, _, punct, sent = columns[:4]
        for k in range(i - 1, max(-1, i - 13), -1):
            if punct[k]:
                return False
            if _past_verb(self._strings[lower[k]]):
                return True
            if sent[k] == 1:
                return False
        return False

    def _ahead_of_after_past(self, columns: list[list[int]], start: int) -> bool:
        """Whether a span is dated by "ahead of" after a clause in the past: "took part in consultations ahead of the
        ratification in March" (the nearer March: the event came soon after, or comes soon)."""
        lower, _, punct, sent = columns[:4]
        if lower[start] in self._weekday_ids:
            return False
        for i in range(start - 1, max(0, start - 14), -1):
            if punct[i] or sent[i] == 1:
                return False
            if lower[i] == self._of_id and lower[i - 1] == self._ahead_id:
                return self._past_before(columns, i - 1)
        return False

    def _future(self, columns: list[list[int]], start: int, end: int) -> bool:
        """For a year-less span: a near future cue ("next") among the few tokens before it, or a
        sentence cue ("will") earlier in its clause, unless a past cue ("had") comes first. `columns`: LOWER, SHAPE, IS_PUNCT and
        SENT_START (then any others) of every token (doc.to_array)."""
        lower, shape, punct, sent = columns[:4]
        if any(shape[i] == self._dddd for i in range(start, end)):
            return False
        if end < len(lower) and _past_verb(self._strings[lower[end]]):
            return False  # the verb after it is in the past: "..., will be handled ..., and the cabinet on Tuesday approved"
        if start >= 1 and lower[start - 1] in self._set_ids and end < len(lower) and lower[end] == self._for_id:
            return True  # a day a court appoints: "She fixed Oct 14 for mention", "set March 3 for sentencing"
        if start >= 2 and lower[start - 1] in self._on_in_ids and lower[start - 2] in self._is_are_ids:
            return True  # an arrangement in the present: "Our open day is on 20 January"
        if start >= 4 and lower[start - 1] in self._on_in_ids and _past_verb(self._strings[lower[start - 2]]) \
                and lower[start - 3] in self._is_are_ids and any(
                    self._strings[lower[k]] in _TIME_CLAUSE_OPENERS for k in range(max(0, start - 7), start - 3)):
            return True  # a time clause in the present passive: "faces eight to 16 years when she is sentenced in April"
        if start >= 1 and sent[start - 1] == 1 and lower[start - 1] in self._on_in_ids and any(
                lower[k] in self._will_ids for k in range(end, min(end + 4, len(lower))) if not any(punct[end:k + 1])):
            return True  # a sentence opening on its day, then "will": "On 1 November we will open a second house"
        if any(lower[k] == self._planned_id and lower[k - 1] in self._is_are_ids and 1 not in sent[k:start]
               for k in range(max(1, start - 10), start)):
            return True  # an arrangement in the present passive: "Two further trainings are planned for ... in September"
        if start >= 1 and lower[start - 1] == self._from_id and any(
                lower[k] in self._will_ids for k in range(end, min(end + 6, len(lower)))
                if 1 not in sent[end:k + 1] and self._strings[lower[k - 1]] not in (".", ";")):
            return True  # the day a rule starts: "said that from September 1, all agencies will be required to ..."
        if start >= 3 and lower[start - 1] in self._on_in_ids and _past_verb(self._strings[lower[start - 2]]) \
                and lower[start - 2] not in self._future_sentence_ids and lower[start - 2] not in self._set_ids \
                and self._strings[lower[start - 3]] not in _BEFORE_A_PARTICIPLE \
                and not (start >= 4 and self._strings[lower[start - 3]] in _ADVERBS_BEFORE_A_VERB
                         and self._strings[lower[start - 4]] in ("and", "or")):
            return False  # the verb right before it is in the past: "..., will take effect ..., the agency reported on Monday"
            # (not a participle after "be": "will be published on 28 October", "is scheduled to be sentenced in October")
        near_ids, sentence_ids = self._future_ids, self._future_sentence_ids
        verbs, into, force = self._into_force
        near = True
        skip_to = None  # a closed relative clause before the date: what it says does not date the main clause
        for i in range(start - 1, max(start - 1 - _SENTENCE_WINDOW, -1), -1):
            if skip_to is not None:
                if i > skip_to:
                    continue
                skip_to = None
            word = lower[i]
            if word == self._comma_id and (opened := self._relative_opened_before(lower, sent, i)) is not None:
                skip_to = opened  # "The plan, which runs until 2028, was announced ... on Tuesday"
                continue
            if near and word in near_ids:
                if word in self._adjournment_ids and lower[start - 1] in self._on_in_ids:
                    return False  # the day a case was put off, not the day it was put off to: "postponed in July"
                return True
            if word in sentence_ids and (self._strings[shape[i]][:1] != "X" or sent[i] == 1) \
                    and not (word == self._due_id and i + 2 < len(lower) and lower[i + 1] == self._to_id
                                              and lower[i + 2] in self._determiner_ids) \
                    and not (word == self._ahead_id and i + 1 < len(lower) and lower[i + 1] == self._of_id
                             and any(punct[k] for k in range(i + 2, start))) \
                    and not (word == self._pending_id and i > 0 and lower[i - 1] in self._copula_ids) \
                    and not (word == self._pending_id and i + 1 < len(lower)
                             and self._strings[lower[i + 1]].endswith("s")) \
                    and not (i > 0 and lower[i - 1] in self._owner_ids) \
                    and not (i > 0 and lower[i - 1] in self._article_ids) \
                    and not (i + 1 < len(lower) and lower[i + 1] in self._hyphen_ids) \
                    and not (word in self._present_cue_ids and self._headline(lower, punct, sent, start)):
                # (a headline's present tense tells what happened: "Bristol Crown Court - trial opens, 18 November")
                return True  # (but "due to the pandemic" is a cause, not a date ahead, "held against their will" and
                # "at the close of a meeting" nouns; "take-home pay" no verb; a
                # capitalised word inside a sentence is a name's: "the Due Diligence Directive")
            if word in self._return_ids and i + 2 < start and lower[i + 1] == self._to_id and lower[i + 2] == self._court_id \
                    and not (i > 0 and self._strings[lower[i - 1]] in ("not", "n't", "to", "did")):
                return True  # a court's next date in the present: "The three accused return to court on August 2"
            if word in verbs and i + 2 < len(lower) and lower[i + 1] == into and lower[i + 2] == force:
                return True
            if word == self._to_id and i > 0 and lower[i - 1] in self._is_are_ids:
                return True  # an arrangement ahead: "is to stand trial in September"
            if i > 0 and lower[i - 1] in self._we_are_ids and (w := self._strings[word]).endswith("ing") and len(w) > 5 \
                    and i > 1 and lower[i - 2] in self._we_ids:
                return True  # the writer's arrangement: "We are holding an information webinar on Thursday"
            if word == self._join_id and i + 1 < start and lower[i + 1] == self._us_id:
                return True  # the writer's invitation: "do join us for Anti-Slavery Day on 18 October"
            if word == self._for_id and i > 0 and start - i <= 2 and (
                    lower[i - 1] in self._set_ids or (i > 1 and lower[i - 2] in self._set_ids)):
                return True  # "a hearing ... has been set for July", "set sentencing for Jan. 23"
            opener = i - 3 if i >= 3 and self._strings[lower[i - 2]] == "the" else i - 2
            if opener >= 0 and self._strings[lower[opener]] in _SUBORDINATORS \
                    and self._strings[lower[i - 1]].isalpha() and _past_verb(self._strings[word]):
                return False  # a clause of its own in the past: "will spend 12 years in prison after the court
                # convicted them of human trafficking on Tuesday", "are expected to appear ... after police found 19
                # women during a raid on Saturday night"
            if i >= 1 and self._strings[lower[i - 1]] in ("that", "which", "who") and _past_verb(self._strings[word]):
                return False  # a relative clause in the past: "runs a weekly clinic that saw 300 workers between March
                # and June"
            opener = i - 3 if i >= 3 and self._strings[lower[i - 2]] in _SUBJECT_DETERMINERS else i - 2
            if opener >= 0 and self._strings[lower[opener]] == "and" and self._strings[lower[i - 1]].isalpha() \
                    and (_past_verb(w := self._strings[word]) or w in ("was", "were")) \
                    and (subject := self._strings[lower[i - 1]]) not in _BEFORE_A_FUTURE_PARTICIPLE \
                    and subject not in _ADVERBS_BEFORE_A_VERB and not subject.endswith("ly"):
                return False  # a clause of its own in the past after "and": "will run until 2026, and staff completed
                # their training on 3 January"
            if (near and word in self._past_ids) or word in self._clause_break_ids:
                return False  # "talks had resumed in November"; "..., while talks ..." starts another clause
            if i > 0 and word not in near_ids and (w := self._strings[word]).endswith("ed") and len(w) > 4 \
                    and w.isalpha() and (noun := self._strings[lower[i - 1]]).isalpha() and len(noun) > 2 \
                    and noun not in ("are", "was", "has", "had", "not", "can", "may", "get", "got") \
                    and noun not in _BEFORE_A_FUTURE_PARTICIPLE and noun not in _ADVERBS_BEFORE_A_VERB \
                    and not noun.endswith(("ly", "ed")) \
                    and i + 1 < len(lower) and self._strings[lower[i + 1]] in _AFTER_A_PAST_PARTICIPLE:
                # a participle after a noun tells a past event: "would file charges against three recruiters
                # arrested ... on Nov. 8", "will have to sign ... under a decision issued by the ministry on Sunday"
                # (not an adjective: "a database on suspected traffickers"; not a passive: "will be issued on")
                return False
            if punct[i] or start - i >= _FUTURE_WINDOW:
                near = False
            if sent[i] == 1:
                break
        return False


_WILL = frozenset({"will", "shall", "'ll", "\u2019ll"})
_RELATIVE_REACH = 25  # tokens a relative clause between commas may hold
# the working week as a schedule: "operates Monday to Friday", "open Monday through Saturday" (not dates, unless "from",
# "on", "last", "this" or "next" ties them to a week: "the trial ran from Monday to Friday")
_WEEK_STARTS = frozenset({"monday"})
_WEEK_ENDS = frozenset({"friday", "saturday", "sunday"})
_SCHEDULE_JOINERS = frozenset({"to", "through", "thru", "till", "until", "-", "\u2013"})
_WEEK_TIES = frozenset({"from", "on", "last", "this", "next", "between"})


def _days_earlier(fields: dict, days: int) -> dict:
    """A day's fields `days` earlier (value and period)."""
    day = (datetime.date.fromisoformat(fields["value"]) - datetime.timedelta(days=days)).isoformat()
    return {**fields, "value": day, "period_start": day, "period_end": day}


def _without_weekly_schedules(doc: Doc, spans: list[Span]) -> list[Span]:
    """`spans` without the two weekdays of a weekly schedule ("The hotline operates Monday to Friday")."""
    drop: set[int] = set()  # token positions of the schedule's two days
    n = len(doc)
    for a in spans:
        if a.end - a.start == 1 and a.root.lower_ in _WEEK_STARTS and a.end + 1 < n \
                and doc[a.end].lower_ in _SCHEDULE_JOINERS and doc[a.end + 1].lower_ in _WEEK_ENDS \
                and not (a.start > 0 and doc[a.start - 1].lower_ in _WEEK_TIES):
            drop.update((a.start, a.end + 1))
    return [sp for sp in spans if sp.start not in drop] if drop else spans


_REPEATED_UNITS = frozenset({"day", "week", "month", "year"})


def _without_repetitions(doc: Doc, spans: list[Span]) -> list[Span]:
    """`spans` without a unit that opens a repetition: "we will keep doing this year after year" names no year."""
    n = len(doc)
    return [sp for sp in spans if not (
        sp.end + 1 < n and (unit := doc[sp.end - 1].lower_) in _REPEATED_UNITS
        and doc[sp.end].lower_ == "after" and doc[sp.end + 1].lower_ == unit)]


# rules whose date is one unit before or after a date named earlier in the sentence
_NAMED_DATE_SHIFTS = {"relative-previous-unit": -1, "relative-unit-before": -1, "relative-following-unit": 1}


# a heading over dates to come: "Dates for your diary", "Upcoming events", "Coming up", "Save the date", "Next quarter",
# "Next steps" (not "Looking ahead", under which reports also tell what was decided: "The board approved ... on 9 February")
_AGENDA_HEADING = re.compile(r"(?im)^[ \t#*]*(?:\d{1,2}[.)][ \t]+)?(?:dates?[ \t]+for[ \t]+(?:your|the)[ \t]+diary|upcoming(?:[ \t]+\w+)?"
                             r"|coming[ \t]+up(?:[ \t]+(?:in|on|this|next|over)[ \t]+[^\n]{1,40})?"  # ("Coming up in July-September")
                             r"|(?:priorities|plans|targets|commitments)[ \t]+for[ \t]+(?:(?:19|20)\d\d(?:[/\-]\d{2,4})?"
                             r"|the[ \t]+(?:year|months)[ \t]+ahead|next[ \t]+year)"  # ("Priorities for 2023/24")
                             r"|next[ \t]+(?:quarter|month|year|steps)"
                             r"|save[ \t]+the[ \t]+dates?|what['\u2019]?s[ \t]+(?:next|on|coming(?:[ \t]+up)?)|what[ \t]+comes[ \t]+next|(?:events|key)[ \t]+(?:calendar|dates)"
                             r"|diary[ \t]+dates|forthcoming(?:[ \t]+\w+)?)[ \t:*]*$")


def _under_agenda_heading(text: str, pos: int) -> bool:
    """Whether the paragraph at `pos` stands in a section under a heading of dates to come: a year-less date
    there is ahead ("Dates for your diary / 10 December: annual meeting")."""
    if "\n" not in text:
        return False
    start = max(0, pos - 600)
    heading = None
    for m in _AGENDA_HEADING.finditer(text, start, pos):
        heading = m
    if heading is None:
        return False
    # no other heading (a short line ending without a stop, between blank lines) between it and the date
    between = text[heading.end():text.rfind("\n", 0, pos) + 1]
    return not re.search(r"\n\n[^\n.!?:;]{1,60}\n\n", between + "\n")  # (a list's items end in ";")


def _shift_from_named_date(doc: Doc, spans: list[Span]) -> None:
    """"fell by 11 per cent in 2020 compared with the previous year", "brought home in July last year ...
    arrested the following month": the unit before or after a date named earlier in the sentence, not
    before or after the publication date (spans are in text order)."""
    dropped: list[Span] = []
    for i, span in enumerate(spans):
        fields = span._.ctip
        shift = _NAMED_DATE_SHIFTS.get(fields.get("rule"))
        unit = fields.get("granularity")
        if shift is None or unit not in ("year", "month"):
            continue
        sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
        earlier = [sp for sp in reversed(spans[:i]) if sp.start >= sent_start and sp._.ctip.get("rule") not in _NAMED_DATE_SHIFTS
                   and not _dates_an_instrument(doc, sp)]
        # the nearest date before it only: "convicted under the 2015 Act in 2022-23, up from nine the previous year" is
        # the financial year's previous one (unknown here), not the Act's
        named = earlier[0] if earlier and _names_a(earlier[0]._.ctip, unit) else None
        pair = earlier[0]._.ctip if earlier and unit == "year" and "also" in earlier[0]._.ctip else None
        if pair is not None and len(pair["also"]) == 1:
            # "in the 2022-23 financial year, up from 224 the year before": the financial year before, both its
            # years, as the named one gives two ("2021-22": 2021 and 2022)
            years = [int(pair["value"][:4]) + shift, int(pair["also"][0]["value"][:4]) + shift]
            first, second = (year_fields(y, anchor=earlier[0].text) for y in years)
            span._.ctip = {**first, "rule": fields["rule"], "also": [{**second, "rule": fields["rule"]}]}
            continue
        if named is None and (shift > 0 or earlier):
            # "the following month" of a date in another sentence, "the year before" a financial year
            # ("2023-24"): not known here; with no date in its sentence "the year before" is the
            # publication's, like "the previous year"
            dropped.append(span)
        elif named is not None:
            value = named._.ctip["value"]
            if unit == "year":
                new = year_fields(int(value[:4]) + shift, anchor=named.text)
            else:
                new = month_fields(*shift_month(int(value[:4]), int(value[5:7]), shift), anchor=named.text)
            span._.ctip = {**new, "rule": fields["rule"]}
    for span in dropped:
        spans.remove(span)


_INSTRUMENTS = frozenset({"law", "act", "decree", "ordinance", "proclamation", "code", "resolution", "regulation"})


def _dates_an_instrument(doc: Doc, span: Span) -> bool:
    """Whether a year is a law's or a decree's: "Law No. 91 of 2013", "the Act of 2015" (no year an event took place
    in, for "the previous year" to count from)."""
    k = span.start
    return k >= 2 and doc[k - 1].lower_ == "of" and (doc[k - 2].like_num or doc[k - 2].lower_ in _INSTRUMENTS)


# what after a month or a day points back to a year named before: "in September that year", "on 5 June of the same year"
_THAT_YEAR = (("that", "year"), ("of", "that", "year"), ("the", "same", "year"), ("of", "the", "same", "year"))
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


_FAR_YEARS = 40  # how many years after publication a text may still name ("the 2050 target")
# words between two days of one sentence that make the second's year the first's too
_DAY_PAIR_LINKS = frozenset({"and", "to", "until", "till", "through", "-", "\u2013"})


def _year_of_the_next_day(doc: Doc, spans: list[Span]) -> None:
    """A day written without its year takes the year of the day the sentence names with one a few words on:
    "open on 1 September and close on 31 October 2025" (2025-09-01, whatever the publication date makes of
    "1 September"); a later month than the second's is the year before ("freed on 12 December and home on 3
    January 2022")."""
    for span, after in zip(spans, spans[1:]):
        fields, later = span._.ctip, after._.ctip
        if fields.get("granularity") != "day" or later.get("granularity") != "day" or "also" in fields \
                or "also" in later or _YEAR_IN_TEXT.search(span.text) or not _YEAR_IN_TEXT.search(after.text) \
                or fields.get("rule") == DAY_RANGE_RULE or not any(ch.isdigit() for ch in span.text) \
                or not 0 < after.start - span.end <= 6 \
                or (doc.has_annotation("SENT_START") and span.sent.start != after.sent.start):
            continue
        if not any(t.lower_ in _DAY_PAIR_LINKS for t in doc[span.end:after.start]):
            continue
        day, second = date.fromisoformat(fields["value"]), date.fromisoformat(later["value"])
        year = second.year - 1 if (day.month, day.day) > (second.month, second.day) else second.year
        if (named := _same_day_in(year, day)) is not None and named != day:
            span._.ctip = {**day_fields(named, anchor=after.text), "rule": fields["rule"]}


def _of_that_year(doc: Doc, spans: list[Span]) -> None:
    """A month or a day followed by "that year" takes the year of the nearest date before it that writes
    its year ("freed in January 2020. They came home in September that year": September 2020), and the
    words join its span; with no such date it stays as it was read."""
    for i, span in enumerate(spans):
        fields = span._.ctip
        if fields.get("granularity") not in ("month", "day") or "also" in fields or _YEAR_IN_TEXT.search(span.text):
            continue
        after = [t.lower_ for t in doc[span.end:span.end + 4]]
        tail = next((len(words) for words in _THAT_YEAR if tuple(after[:len(words)]) == words), 0)
        if not tail:
            continue
        named = next((sp for sp in reversed(spans[:i]) if "also" not in sp._.ctip
                      and sp._.ctip.get("granularity") in ("year", "month", "day") and _YEAR_IN_TEXT.search(sp.text)), None)
        if named is None:
            continue
        year = int(named._.ctip["value"][:4])
        value = fields["value"]
        if fields["granularity"] == "month":
            new = month_fields(year, int(value[5:7]), anchor=named.text)
        else:
            new = day_fields(date(year, int(value[5:7]), int(value[8:10])), anchor=named.text)
        longer = Span(doc, span.start, span.end + tail, label=span.label)
        longer._.ctip = {**new, "rule": fields["rule"]}
        spans[i] = longer
        first = spans[i - 1] if i else None
        if first is not None and first.end + 1 == span.start and doc[first.end].lower_ in _DAY_PAIR_LINKS \
                and first._.ctip.get("granularity") == "month" and fields["granularity"] == "month" \
                and not _YEAR_IN_TEXT.search(first.text) and "also" not in first._.ctip:
            # the range's first month too: "from March to June that year"
            first._.ctip = {**month_fields(year, int(first._.ctip["value"][5:7]), anchor=named.text),
                            "rule": first._.ctip["rule"]}


def _weekday_years(doc: Doc, spans: list[Span], weekdays: Mapping[str, int], published: Published) -> None:
    """A year-less day written with its weekday ("Sunday 28 May", "Friday, October 18") takes the year, of the
    one read and the two beside it, in which that day falls on that weekday, the nearest to publication: the
    weekday settles whether a date in a list of events is ahead or past."""
    today = date(published.year, published.month or 1, published.day or 1)
    for i, span in enumerate(spans):
        fields = span._.ctip
        if fields.get("granularity") != "day" or "also" in fields or _YEAR_IN_TEXT.search(span.text):
            continue
        k = span.start - 1 if span.start > 0 and doc[span.start - 1].is_punct and doc[span.start - 1].text == "," \
            else span.start
        words = [t.lower_ for t in (doc[span.start], *((doc[k - 1],) if k > 0 else ()))]
        weekday = next((weekdays[w] for w in words if w in weekdays), None)
        day = date.fromisoformat(fields["value"]) if weekday is not None else None
        if day is None or day.weekday() == weekday:
            continue
        fits = [d for y in (day.year - 1, day.year + 1) if (d := _same_day_in(y, day)) and d.weekday() == weekday]
        if fits:
            best = min(fits, key=lambda d: abs((d - today).days))
            span._.ctip = {**day_fields(best, anchor=fields.get("anchor")), "rule": fields["rule"]}


# what may stand before a list item's date on its line: a bullet or a number, and bold marks
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*\**[ \t]*"
                           r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?")  # (a weekday before the day)


def _diary_order(text: str, spans: list[Span], today: date) -> None:
    """A list of dated items, one a line, keeps its order: in a list of what is ahead, a year-less day or month the
    year of publication would put before the item above it takes the next year ("- Sunday 20 April — Easter" then "- 30 July — World Day" in
    a January newsletter's diary: the coming July), and a first item it would put after the item below takes the
    year before ("- January — ..." then "- 18 August — ..." in a review of the year published in January)."""
    items: list[tuple[Span, int]] = []  # the list items' dates, with their lines' starts
    for span in spans:
        line = text.rfind("\n", 0, span.start_char) + 1
        opening = _ITEM_OPENING.match(text, line)
        if opening is not None and opening.end() == span.start_char \
                and span._.ctip.get("granularity") in ("day", "month"):
            items.append((span, line))
    for (above, line_above), (below, line_below) in zip(items, items[1:]):
        if _previous_line_start(text, line_below) != line_above:
            continue
        first, second = (date.fromisoformat(sp._.ctip["period_start"]) for sp in (above, below))
        if second >= first:
            continue
        if first > today and _shiftable(below) and (later := _shifted(below, 1)) is not None \
                and date.fromisoformat(later["period_start"]) >= first:
            below._.ctip = later  # a list of what is ahead
        elif above is items[0][0] and _shiftable(above) and (earlier := _shifted(above, -1)) is not None \
                and date.fromisoformat(earlier["period_start"]) <= second:
            above._.ctip = earlier  # a list of what has been


def _shiftable(span: Span) -> bool:
    """Whether a date's year came from publication: no year written, read relative to it."""
    return bool(span._.ctip.get("relative")) and not _YEAR_IN_TEXT.search(span.text) and "also" not in span._.ctip


def _shifted(span: Span, years: int) -> dict | None:
    """A day's or month's fields `years` years on (back when negative), with its rule and anchor."""
    fields = span._.ctip
    start = date.fromisoformat(fields["period_start"])
    if fields["granularity"] == "month":
        new = month_fields(start.year + years, start.month, anchor=fields.get("anchor"))
    else:
        day = _same_day_in(start.year + years, start)
        if day is None:
            return None
        new = day_fields(day, anchor=fields.get("anchor"))
    return {**new, "rule": fields["rule"]}


def _previous_line_start(text: str, line: int) -> int:
    """The start of the last line with words before the line starting at `line`."""
    end = line - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start
        end = start - 1
    return 0


_SHIFTED_DAY = re.compile(r"\b(?:last|next|this|previous|coming)\b", re.IGNORECASE)


# before a participle, a passive in the present or the future: "The matter is listed for a hearing on April 14"
_PRESENT_PASSIVE = frozenset({"is", "are", "be", "being", "been", "'s", "remains", "remain"})


def _near_days_ahead(doc: Doc, spans: list[Span], published: Published) -> None:
    """A year-less day read as last year's when that is most of a year back, and as this year's it would be weeks
    ahead: the coming one ("set for trial on April 22" in minutes of 14 March 2019 is 2019's); a text that
    means a day that far back writes its year."""
    today = date(published.year, published.month or 1, published.day or 1)
    ends = {sp.end for sp in spans}
    for span in spans:
        fields = span._.ctip
        if fields.get("granularity") != "day" or "also" in fields or _YEAR_IN_TEXT.search(span.text) \
                or not any(ch.isdigit() for ch in span.text) or _SHIFTED_DAY.search(span.text) \
                or (fields.get("rule") == DAY_RANGE_RULE and not fields.get("relative")):
            continue  # (nor a range's first day whose other end names its year: "from 9 to 13 December 2019")
        if span.start >= 2 and doc[span.start - 1].lower_ in _RANGE_WORDS and span.start - 1 in ends:
            continue  # a range's second end goes with its first: "between November 1 and December 31"
        last = min(span.end + 6, span.sent.end if doc.has_annotation("SENT_START") else len(doc))
        first = max(0, span.start - 12, span.sent.start if doc.has_annotation("SENT_START") else 0)
        # (a long name may stand between the verb and its day: "it marked the World Day Against Trafficking in
        # Persons on July 30")
        near = [t.lower_ for t in (*doc[first:span.start], *doc[span.end:last])]
        if any(_past_verb(w) and not (k and near[k - 1] in _PRESENT_PASSIVE) for k, w in enumerate(near)):
            continue  # told as past: "Police arrested him on April 22", "Between October 3 and January 12, police raided"
        day = date.fromisoformat(fields["value"])
        ahead = _same_day_in(day.year + 1, day)
        if ahead is not None and (today - day).days > 280 and 0 < (ahead - today).days <= 75:
            span._.ctip = {**day_fields(ahead, anchor=fields.get("anchor")), "rule": fields["rule"]}


def _bracketed_days(doc: Doc, spans: list[Span], weekdays: Mapping[str, int], published: Published) -> None:
    """A weekday with its day in brackets after it ("this Tuesday (November 22)", "last Friday (18 November)"): the
    bracket's day, in the year nearest publication where it falls on that weekday, dates both."""
    today = date(published.year, published.month or 1, published.day or 1)
    for first, second in zip(spans, spans[1:]):
        said, named = first._.ctip, second._.ctip
        weekday = next((weekdays[t.lower_] for t in first if t.lower_ in weekdays), None)
        if weekday is None or said.get("granularity") != "day" or named.get("granularity") != "day" \
                or "also" in said or "also" in named or _YEAR_IN_TEXT.search(second.text) \
                or second.start != first.end + 1 or doc[first.end].text != "(" \
                or second.end >= len(doc) or doc[second.end].text != ")":
            continue
        day = date.fromisoformat(named["value"])
        fits = [d for y in (day.year - 1, day.year, day.year + 1) if (d := _same_day_in(y, day)) and d.weekday() == weekday]
        if not fits:
            continue
        best = min(fits, key=lambda d: abs((d - today).days))
        second._.ctip = {**day_fields(best, anchor=named.get("anchor")), "rule": named["rule"]}
        first._.ctip = {**said, **day_fields(best, anchor=second.text), "rule": said["rule"]}


def _years_of_named_days(spans: list[Span], published: Published) -> None:
    """A year-less day the text also names with its year takes that year when it is nearer publication than the
    one the publication date gave: "the meeting on Tuesday, 1 October 2024" ... "Confirmed witnesses for 1 October
    include" in a note of 20 September 2024 (not "12 June", two days back, beside "in force on 12 June 2020")."""
    today = date(published.year, published.month or 1, published.day or 1)
    dated: dict[tuple[int, int], set[int]] = {}
    for span in spans:
        fields = span._.ctip
        if fields.get("granularity") == "day" and _YEAR_IN_TEXT.search(span.text) and "also" not in fields:
            day = date.fromisoformat(fields["value"])
            dated.setdefault((day.month, day.day), set()).add(day.year)
    if not dated:
        return
    for span in spans:
        fields = span._.ctip
        if fields.get("granularity") != "day" or "also" in fields or _YEAR_IN_TEXT.search(span.text) \
                or fields.get("rule") == DAY_RANGE_RULE or not any(ch.isdigit() for ch in span.text):
            continue  # (a weekday, "yesterday": no day of the month written)
        day = date.fromisoformat(fields["value"])
        years = dated.get((day.month, day.day))
        if years is None or len(years) != 1 or (year := next(iter(years))) == day.year:
            continue
        named = _same_day_in(year, day)
        if named is not None and abs((named - today).days) < abs((day - today).days):
            span._.ctip = {**day_fields(named, anchor=fields.get("anchor")), "rule": fields["rule"]}


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _day_first_slashes(spans: list[Span]) -> None:
    """Read every "dd/mm/yyyy" of a text day first when one of them can only be ("DOB 14/03/1976" beside "DOB
    02/11/1988", as British releases write them), and none can only be month first."""
    slashed = [(sp, m) for sp in spans if (m := _SLASHED.fullmatch(sp.text))]
    firsts = [int(m[1]) for _, m in slashed]
    seconds = [int(m[2]) for _, m in slashed]
    if not any(f > 12 for f in firsts) or any(s > 12 for s in seconds):
        return
    for sp, m in slashed:
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if day <= 12 and day != month:
            try:
                sp._.ctip = {**day_fields(date(year, month, day)), "rule": sp._.ctip["rule"]}
            except ValueError:
                continue


def _same_day_in(year: int, day: date) -> date | None:
    """`day`'s month and day in another year (None for 29 February in a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _names_a(fields: dict, unit: str) -> bool:
    """Whether a date's fields name one calendar year or fall within one ("2020", "last year", "May 2018"),
    or name one month ("July last year", "3 May 2021")."""
    value = fields.get("value") or ""
    if "also" in fields:
        return False  # two years in one ("the 2023-24 financial year"): "the year before" is neither's
    if unit == "year":  # any date of one year or within one: "2020", "last year", "May 2018"
        return len(value) >= 4 and value[:4].isdigit() and "/" not in value
    return fields["granularity"] in ("month", "day") and len(value) >= 7 and "/" not in value


@Language.factory(
    KEY,
    default_config={"patterns": "patterns/dates.jsonl", "words": "lexicons/date_words.json",
                    "year_blockers": "lexicons/date_year_blockers.txt"},
    assigns=["doc.spans"],
)
def make_dates(nlp: Language, name: str, patterns: str, words: str, year_blockers: str) -> DateFinder:
    matcher, rules, triggers = load_rules(patterns, nlp.vocab)
    blockers = frozenset(w.lower() for w in read_word_list(year_blockers))
    normaliser = DateNormaliser(DateWords.load(words), calendar_parser=make_calendar_parser())
    return DateFinder(matcher, rules, triggers, normaliser, blockers)
