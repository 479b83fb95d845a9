"""Tier placements of the TIP Report: tier words, changes, the minimum-standards finding, and the
tier statements of a text.

Everything here is a function of strings. The wording comes from
models/patterns/tier_statements.jsonl (read once by `load_tier_rules`); each row has an `id`, a
`kind` and a `pattern` (a Python regular expression, matched case-insensitively, in which
`{TIER}` stands for any tier words). The kinds:

- `tier`: tier words ("Tier 2 Watch List", "TIER 1", "Special Case"); `parse_tier` reads them.
- `heading`: a line "CAMBODIA: TIER 2" (groups `country`, `tier`).
- `label`: a tier label opening a line, "Tier 2 Watch List - UAE is placed ..." (group `tier`).
- `list_heading`: a line "TIER 2 WATCH LIST" (or "Tier 1: Argentina, Chile") heading a placement list.
- `verb`: the words right before the tier words in a sentence ("remained on", "was downgraded to");
  `change` says what they mean.
- `object_verb`: a verb whose object is the country ("downgraded Malaysia to Tier 3").
- `from_verb`: the verb of "moved from Tier 3 to Tier 2 Watch List".
- `continuation`: words right after the tier words: "for the second consecutive year" (remained),
  "from Tier 2" (group `tier`: the previous tier).
- `gap`: what may stand between the subject and the verb (auxiliaries, adverbs).
- `hedge`: words in that gap that make the sentence hypothetical or negative ("would", "could", "not").
- `condition`: words before the subject that do the same ("if", "unless").
- `again`: gap words that turn a neutral verb into "remained" ("was again placed on Tier 2").
- `subject`: words standing for the document's country ("the government", "it").
- `subject_suffix`: what may follow a country name in a subject ("'s government", "(DPRK)").
- `standards`: the minimum-standards finding (first match wins), with its `standards` value.
- `report_year`: the report a statement belongs to ("the 2018 TIP Report", "(2014)"; group `year`).
- `sentence_report_year`: a report cited loosely enough to date only the statements of its own sentence
  ("last year's report had placed Kuwait on Tier 2"; groups `ago`/`now`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..errors import RuleFileError
from .countries import (KOREA_ALONE, Country, CountryMention, country_by_code, find_country_mentions,
                        korea_alone_means_south, lookup_country, official_name)
from .resources import model_path, read_jsonl
from .tables import CELL_SEPARATOR, Row, Table, read_tables

PATTERNS = "patterns/tier_statements.jsonl"

TIERS = ("1", "2", "2WL", "3", "special")
CHANGES = ("remained", "upgraded", "downgraded")
STANDARDS = ("fully_meets", "not_fully_meets_significant_efforts", "not_fully_meets_no_significant_efforts")
_RANK = {"1": 4, "2": 3, "2WL": 2, "3": 1}
_KINDS = ("tier", "heading", "label", "list_heading", "verb", "object_verb", "from_verb", "continuation",
          "gap", "hedge", "condition", "again", "subject", "subject_suffix", "standards", "report_year",
          "sentence_report_year")
_SINGLE = ("heading", "label", "list_heading", "gap", "subject", "subject_suffix")
_NUMBERS = {"1": "1", "one": "1", "i": "1", "2": "2", "two": "2", "ii": "2",
            "3": "3", "three": "3", "iii": "3"}


# ---------------------------------------------------------------- tier words

def parse_tier(words: str) -> str | None:
    """"Tier 2 Watch List" -> "2WL", "TIER 1" -> "1", "Tier Three" -> "3", "Special Case" -> "special", "the top
    tier" -> "1"."""
    s = re.sub(r"[\s\-\u2013_]+", " ", words.casefold()).strip(" .:;,()")
    if re.fullmatch(r"special (?:cases?|category)", s):
        return "special"
    if re.fullmatch(r"(?:tier (?:2|two|ii) ?)?watch ?list|tier 2 ?wl", s):
        return "2WL"
    if s in ("top tier", "highest tier"):
        return "1"
    if s in ("lowest tier", "bottom tier"):
        return "3"
    m = re.fullmatch(r"tier ?(1|2|3|one|two|three|i|ii|iii)", s)
    return _NUMBERS[m.group(1)] if m else None


def tier_rank(tier: str | None) -> int | None:
    """Higher is better: Tier 1 = 4 ... Tier 3 = 1; Special Case and None have no rank."""
    return _RANK.get(tier or "")


def change_between(previous: str | None, current: str | None) -> str | None:
    """"remained", "upgraded" or "downgraded" from two tiers; None when either has no rank."""
    if previous is not None and previous == current:
        return "remained"
    a, b = tier_rank(previous), tier_rank(current)
    if a is None or b is None:
        return None
    return "upgraded" if b > a else "downgraded"


# ---------------------------------------------------------------- rules

@dataclass(frozen=True)
class Rule:
    id: str
    regex: re.Pattern[str]
    change: str | None = None
    standards: str | None = None


@dataclass(frozen=True)
class TierRules:
    """The compiled rules of one patterns file."""

    tier_words: re.Pattern[str]  # any tier words
    heading: Rule
    label: Rule
    list_heading: Rule
    verbs: tuple[Rule, ...]  # each anchored at the end of the text before the tier words
    object_verbs: tuple[Rule, ...]
    from_verbs: tuple[Rule, ...]
    continuations: tuple[Rule, ...]
    gap: re.Pattern[str]
    hedges: tuple[Rule, ...]
    conditions: tuple[Rule, ...]
    again: tuple[Rule, ...]
    subject: re.Pattern[str]  # anchored at the end of the text before the verb
    subject_any: re.Pattern[str]
    subject_suffix: re.Pattern[str]
    standards: tuple[Rule, ...]
    report_years: tuple[Rule, ...]
    # citations that date only the sentence they are in ("last year's report" names no report for the rest)
    sentence_report_years: tuple[Rule, ...]
    from_to: re.Pattern[str]


def _row_lines(path: str) -> list[int]:
    """Line numbers of the rule rows (the lines read_jsonl keeps), for error messages."""
    lines = model_path(path).read_text(encoding="utf-8").splitlines()
    return [i for i, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("//")]


@lru_cache(maxsize=8)
def load_tier_rules(path: str = PATTERNS) -> TierRules:
    """Read and compile a tier patterns file; a bad row raises RuleFileError with its line."""
    rows = read_jsonl(path, required=("id", "kind", "pattern"),
                      allowed=("id", "kind", "pattern", "change", "standards", "headings", "note"))
    lines = _row_lines(path)
    where = str(model_path(path))

    def fail(i: int, msg: str) -> RuleFileError:
        return RuleFileError(where, msg, line=lines[i] if i < len(lines) else None)

    for i, row in enumerate(rows):
        if row["kind"] not in _KINDS:
            raise fail(i, f"unknown kind {row['kind']!r}; allowed: {', '.join(_KINDS)}")
        if row.get("change") not in (None, *CHANGES):
            raise fail(i, f"change must be one of {', '.join(CHANGES)} or null")
        if row["kind"] == "standards" and row.get("standards") not in STANDARDS:
            raise fail(i, f"standards must be one of {', '.join(STANDARDS)}")
    tier_rows = [(i, r) for i, r in enumerate(rows) if r["kind"] == "tier"]
    if not tier_rows:
        raise RuleFileError(where, "no rule of kind 'tier'")
    any_tier = "(?:" + "|".join(f"(?:{r['pattern']})" for _, r in tier_rows) + ")"
    full_tier = "(?:" + "|".join(f"(?:{r['pattern']})" for _, r in tier_rows if r.get("headings", True)) + ")"

    def compile_row(i: int, row: dict, suffix: str = "", prefix: str = "") -> Rule:
        tiers = full_tier if row["kind"] in ("heading", "label", "list_heading") else any_tier
        source = prefix + "(?:" + row["pattern"].replace("{TIER}", tiers) + ")" + suffix
        try:
            regex = re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise fail(i, f"bad pattern for rule {row['id']!r}: {exc}") from None
        return Rule(row["id"], regex, row.get("change"), row.get("standards"))

    def of(kind: str, suffix: str = "", prefix: str = "") -> tuple[Rule, ...]:
        return tuple(compile_row(i, r, suffix, prefix) for i, r in enumerate(rows) if r["kind"] == kind)

    def single(kind: str) -> Rule:
        found = of(kind)
        if len(found) != 1:
            raise RuleFileError(where, f"exactly one rule of kind {kind!r} is needed, found {len(found)}")
        return found[0]

    for i, row in enumerate(rows):  # every pattern compiles on its own, or the error names its line
        compile_row(i, row)
    # a verb ends right before the tier words, maybe with an article in between
    verb_end = r"(?:\s+(?:the|a|an|its|their))?\s+$"
    word_start = r"(?<![\w'-])"
    return TierRules(
        tier_words=re.compile(any_tier, re.IGNORECASE),
        heading=single("heading"),
        label=single("label"),
        list_heading=single("list_heading"),
        verbs=of("verb", verb_end, word_start),
        object_verbs=of("object_verb", r"(?:\s+the)?\s*$", word_start),
        from_verbs=of("from_verb", r"\s*$", word_start),
        continuations=of("continuation"),
        gap=single("gap").regex,
        hedges=of("hedge"),
        conditions=of("condition"),
        again=of("again"),
        subject=re.compile(single("subject").regex.pattern + r"[\s,]*$", re.IGNORECASE),
        subject_any=single("subject").regex,
        subject_suffix=single("subject_suffix").regex,
        standards=of("standards"),
        report_years=of("report_year"),
        sentence_report_years=of("sentence_report_year"),
        from_to=re.compile(
            r"\bfrom\s+(?:the\s+|its\s+)?(?P<tier>" + any_tier + r")(?:\s+status)?\s+to" + verb_end, re.IGNORECASE
        ),
    )


# ---------------------------------------------------------------- standards

def find_standards(sentence: str, rules: TierRules | None = None) -> tuple[str, int, int] | None:
    """The minimum-standards finding of a sentence: (value, start, end of the wording), or None."""
    rules = rules or load_tier_rules()
    for rule in rules.standards:
        m = rule.regex.search(sentence)
        if m:
            return rule.standards or "", m.start(), m.end()
    return None


def report_year_in(text: str, rules: TierRules | None = None, published_year: int | None = None) -> int | None:
    """The year of the TIP Report a text cites ("the 2018 TIP Report", "(2014)" at the end,
    "last year's report" given the publication year), or None.
    The rules are tried in file order (most trusted first); within a rule the first mention wins."""
    rules = rules or load_tier_rules()
    for rule in rules.report_years + rules.sentence_report_years:
        for m in rule.regex.finditer(text):
            if rule.id != "cited_year" and (_SINCE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                                            or _SAME_AS_BEFORE.search(text, max(0, m.start() - 60), m.start())):
                continue  # a report cited as the start of a change is the one before: "progress since the release of
                # the 2009 Report; therefore, Malaysia is upgraded"; so is one cited for the same placement: "ranked in
                # Tier 2 again, the same placement it received in the 2020 edition", "..., as in the 2020 report"
            year = _cited_year(m, published_year)
            if year is not None:
                return year
    return None


_SINCE_BEFORE = re.compile(r"\bsince\b[^.;,]{0,30}$")
# the same tier cited right after a statement for an earlier report: ", the same placement it received in the 2020 report"
_SAME_PLACEMENT_CITED = re.compile(r"\s*,\s*(?:the\s+)?same\s+(?:placement|ranking|rating|tier|position)\s+(?:it|as)\b"
                                   r"[^.;,]{0,30}?\bin\s+(?:the\s+|its\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[\-\u2013/]\d)")
_SAME_AS_BEFORE = re.compile(r"\bsame\s+(?:placement|ranking|rating|tier|position|spot|level)\b[^.;]{0,40}$"
                             r"|\bas\s+(?:it\s+(?:was|did)\s+)?in\s+$")


def _cited_year(m: re.Match[str], published_year: int | None) -> int | None:
    """The year a report-year match names: a written year, or one relative to publication."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("labelled"):
        return int(groups["labelled"])
    if published_year is None:
        return None
    if groups.get("ago"):
        return published_year - 1
    if groups.get("now"):
        return int(published_year)
    if groups.get("recent"):  # "last month Malaysia moved up ...": the publication's year (January's last month is
        published_month = getattr(published_year, "month", None)  # December's)
        january = published_month == 1 and groups["recent"].lower().startswith("last month")
        return int(published_year) - 1 if january else int(published_year)
    if groups.get("last_month"):  # "the TIP Report last June": the last such month before publication
        month = _MONTHS.index(groups["last_month"].lower()) + 1
        published_month = getattr(published_year, "month", None)
        return published_year - 1 if published_month is None or month >= published_month else int(published_year)
    return None


# English month names, as the report-year patterns write them (not the locale's: calendar.month_name follows it)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


# ---------------------------------------------------------------- statements

@dataclass
class TierFinding:
    """One tier statement found in a text (offsets are character offsets in that text)."""

    start: int
    end: int
    country: Country
    tier: str
    rule: str
    source: str  # "heading", "label", "list" or "sentence"
    change: str | None = None
    previous_tier: str | None = None
    report_year: int | None = None
    standards: str | None = None
    explicit_change: bool = False  # the change came from a verb, not from "for the second consecutive year"
    local_year: int | None = field(default=None, repr=False)
    # a second verb phrase of an earlier statement's subject: the years cited around belong to that one
    second_phrase: bool = field(default=False, repr=False)
    # a move dated from another statement: "moved up to Tier 2, a year after it was downgraded to ..." is
    # `years_before` years before `dated_from`'s report
    dated_from: TierFinding | None = field(default=None, repr=False)
    years_before: int = field(default=0, repr=False)

    def fields(self) -> dict:
        """The record fields (see records.TierStatement), with the rule id."""
        return {
            "country": self.country.name,
            "country_code": self.country.alpha3,
            "tier": self.tier,
            "report_year": self.report_year,
            "change": self.change,
            "previous_tier": self.previous_tier,
            "standards": self.standards,
            "rule": self.rule,
        }


# A narrative's own heading is local and unambiguous: it beats a placement list that a broken
# reading order (or a misprint) put under the wrong tier; the loser is dropped in `_merge`.
_PRIORITY = {"heading": 3, "label": 2, "list": 2, "sentence": 1}


def tier_mentions(text: str, rules: TierRules | None = None) -> list[re.Match[str]]:
    """Every run of tier words in a text, left to right (a fast literal scan, then the tier rules)."""
    rules = rules or load_tier_rules()
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lowered: use the slow path
        return list(rules.tier_words.finditer(text))
    out = []
    end = 0
    for m in _TIER_START.finditer(lower):
        if m.start() < end:
            continue
        t = rules.tier_words.match(text, m.start())
        if t:
            out.append(t)
            end = t.end()
    return out


_TIER_START = re.compile(r"(?:top|highest|lowest|bottom)[ \t\n]+tier|tier|watch|special")


def find_tier_statements(
    text: str,
    *,
    sentences: list[tuple[int, int]] | Callable[[], list[tuple[int, int]] | None] | None = None,
    kind: str | None = None,
    published: str | None = None,
    report_year: int | None = None,
    sections: list[tuple[int, int, str | None, str | None]] | tuple = (),
    rules: TierRules | None = None,
) -> list[TierFinding]:
    """Every tier statement of a text, with report year, change and standards resolved.

    `sentences` are (start, end) offsets, or a function giving them (called only when the text has
    tier words; a simple splitter is used when None); `kind`,
    `published`, `report_year` and `sections` are the document's metadata (see
    components/extensions.py). Statements about one country and report year agree: a heading,
    label or list outranks a sentence, and disagreeing ones are dropped.
    """
    rules = rules or load_tier_rules()
    mentions = tier_mentions(text, rules)
    if not mentions:
        return []
    if callable(sentences):
        sentences = sentences()
    if sentences is None:
        sentences = simple_sentences(text)
    scan = _Scan(text, rules, sections, _year_of(published))
    korea = KOREA_ALONE.set(korea_alone_means_south(text))
    try:
        findings = scan.lines()
        findings += scan.sentences(sentences, mentions)
    finally:
        KOREA_ALONE.reset(korea)
    if not findings:
        return []
    _moves_said_before(findings, text)
    _resolve_years(findings, text, rules, kind=kind, published=published, report_year=report_year)
    for f in findings:
        if f.dated_from is not None:
            base = f.dated_from.report_year
            f.report_year = base - f.years_before if base is not None else None
    findings = [f for f in findings if f.dated_from is None or f.report_year is not None]
    findings = _merge(findings)
    if kind != "factbook":  # (an entry gives the year's rating; where it came from is its explanation)
        findings += _placements_moved_from(findings, text)
    _attach_standards(findings, scan, sentences)
    findings.sort(key=lambda f: (f.start, f.end))
    return findings


_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:st|mr|mrs|ms|dr|no|nos|vs|gen|lt|col|sgt|jr|sr|ft|mt|[a-z])\.$", re.IGNORECASE
)


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets when no pipeline gave any: a line break or '.', '!', '?' before a capital."""
    bounds = []
    start = 0
    for m in re.finditer(r"\n|(?<=[.!?])[\"'\u201d)]?\s+(?=[\"'\u201c(]?[A-Z0-9])", text):
        if text[m.start()] != "\n" and _ABBREVIATION.search(text, max(0, m.start() - 6), m.start()):
            continue
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


class _Scan:
    """The line- and sentence-level passes over one text."""

    def __init__(self, text: str, rules: TierRules, sections, published_year: int | None = None) -> None:
        self.text = text
        self.rules = rules
        self.published_year = published_year
        self.sections = [
            (s, e, label, country_by_code(c) if c else None) for s, e, label, c in sections or ()
        ]
        self.strong: list[tuple[int, Country]] = []  # headings: "CAMBODIA: TIER 2"
        self.weak: list[tuple[int, Country]] = []  # lines that are only a country name
        self.taken: list[tuple[int, int]] = []  # tier words already read from a heading, label or list
        self.last_said: tuple[int, Country] | None = None  # (end, country) of the last sentence statement

    # ---------------- lines: headings, labels, placement lists
    def lines(self) -> list[TierFinding]:
        text, rules = self.text, self.rules
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        out: list[TierFinding] = []
        used: set[int] = set()
        if CELL_SEPARATOR in text:
            out += self._tables(lines, used)
        for i, (ls, le) in enumerate(lines):
            if i in used:
                continue
            line = text[ls:le]
            if "tier" not in line.casefold() and "special" not in line.casefold():
                country = _country_line(line)
                if country is not None:
                    self.weak.append((ls, country))
                continue
            m = rules.heading.regex.match(line)
            if m:
                country = lookup_country(m.group("country").strip())
                tier = parse_tier(m.group("tier"))
                if country is not None and tier is not None:
                    s = ls + len(line) - len(line.lstrip())
                    end = ls + len(line.rstrip())
                    out.append(TierFinding(s, end, country, tier, rules.heading.id, "heading"))
                    self.strong.append((ls, country))
                    self.taken.append((ls, le))
                    continue
            m = rules.list_heading.regex.match(line)
            if m and parse_tier(m.group("tier")):
                tier = parse_tier(m.group("tier")) or ""
                listed, consumed = self._placement_list(lines, i, m)
                if listed:
                    out += listed
                    used.update(consumed)
                    self.taken.append((ls, le))
                    continue
                if m.group("rest") is None:
                    prev = self._previous_country_line(lines, i, used)
                    if prev is not None:  # "CAMBODIA" then "Tier 2" on the next line
                        ps, pe, country = prev
                        out.append(TierFinding(ps, pe, country, tier, "heading_two_lines", "heading"))
                        self.strong.append((ps, country))
                        self.taken.append((ls, le))
                    continue
            m = rules.label.regex.match(line)
            if m and (line[m.end():].strip() or m.groupdict().get("prefix")):
                tier = parse_tier(m.group("tier"))
                if tier is not None:
                    finding = self._label(ls, le, m, tier)
                    if finding is not None:
                        out.append(finding)
                        self.taken.append((ls + m.start("tier"), ls + m.end("tier")))
        return out

    def _tables(self, lines: list[tuple[int, int]], used: set[int]) -> list[TierFinding]:
        """Placements in a table, a row a line of cells between " | ", under a header naming its tier columns
        ("Country | 2021 tier | 2022 tier | Movement | Prosecutions"): a placement per country and tier column,
        the year from the column's header (else the document's), the move from a "Movement" or "Change" column
        (the latest year's, from the column before it)."""
        out: list[TierFinding] = []
        line_of = {ls: i for i, (ls, _) in enumerate(lines)}
        for table in read_tables(self.text):
            header = table.titles
            tiers = [(c, _TABLE_YEAR.search(h)) for c, h in enumerate(header)
                     if ("tier" in h.casefold() and not _SUPPLY_TIER.search(h) and _mostly_tiers(table, c))
                     or (_TABLE_YEAR.search(h) and _tiers_below(table, c))]  # ("Country | 2021 | 2022", "2020 report")
            # (not a supply chain's: "Tier 1 factories | Tier 2 facilities" counts factories)
            if not tiers and _TIER_WORD.search(self.text, max(0, table.header.start - 3000), table.header.start):
                # the tiers written bare under year headers, after a text about tiers: "Thailand | 2WL | 2 | 2" (a Watch
                # List among them: a column of small counts has none)
                rows = table.full_rows()
                if rows and all(lookup_country(row.cells[0].text) is not None for row in rows):
                    tiers = [(c, _TABLE_YEAR.search(h)) for c, h in enumerate(header)
                             if _TABLE_YEAR.fullmatch(h.strip(" *")) and _bare_tiers_below(rows, c)]
                if not any("WL" in row.cells[c].text.upper() for row in rows for c, _ in tiers):
                    tiers = []
            if not tiers:
                out += self._yearly_table(table, line_of, used)
                continue
            moves = next((c for c, h in enumerate(header) if h.casefold() in _MOVE_HEADERS), None)
            who = next((c for c, h in enumerate(header) if h.casefold() in ("country", "government")), 0)
            for row in table.full_rows():
                cells = row.cells
                if (country := lookup_country(cells[who].text)) is None:
                    continue
                placed = []
                for c, year in tiers:
                    cell = cells[c]
                    tier = _cell_tier(cell.text)
                    if tier is not None:
                        placed.append(TierFinding(cell.start, cell.end, country, tier, "table", "list",
                                                  local_year=int(year.group()) if year else None))
                if moves is not None and placed:
                    move = cells[moves].text.casefold().strip()
                    move = _MOVE_WORDS.get(move, move)  # ("up", "down", "none")
                    last = max(placed, key=lambda f: f.local_year or 0)
                    if move in ("remained", "upgraded", "downgraded"):
                        last.change, last.explicit_change = move, True
                        earlier = [f for f in placed if f is not last]
                        last.previous_tier = earlier[-1].tier if earlier else (last.tier if move == "remained" else None)
                out += placed
                used.add(line_of[row.start])
                self.taken.append((row.start, row.end))
        return out

    def _yearly_table(self, table: Table, line_of: dict[int, int], used: set[int]) -> list[TierFinding]:
        """One country's placements, a row a report year, in a table with no country column ("Report year |
        Placement | Change" under a fact sheet's title naming the country): the country named most before it."""
        header = [h.casefold() for h in table.titles]
        year_col = next((c for c, h in enumerate(header) if "year" in h or h in ("report", "edition")), None)
        tier_col = next((c for c in range(len(header)) if c != year_col and _tiers_below(table, c)), None)
        if year_col is None or tier_col is None or any(h in ("country", "government") for h in header):
            return []
        # a column a country, its title the country's name: "Report year | Thailand | Cambodia | Malaysia"
        by_column = [(c, country) for c, h in enumerate(table.titles)
                     if c != year_col and (country := lookup_country(h.strip(" *"))) is not None and _tiers_below(table, c)]
        if by_column:
            return self._country_columns(table, year_col, by_column, line_of, used)
        counts: dict[str, int] = {}
        named: dict[str, Country] = {}
        for mention in _subject_mentions(self.text[:table.header.start]):
            counts[mention.country.alpha3] = counts.get(mention.country.alpha3, 0) + 1
            named[mention.country.alpha3] = mention.country
        if not counts:
            return []
        country = named[max(counts, key=counts.__getitem__)]
        moves = next((c for c, h in enumerate(header) if h in _MOVE_HEADERS), None)
        out: list[TierFinding] = []
        for row in table.full_rows():
            cells = row.cells
            year = _TABLE_YEAR.fullmatch(cells[year_col].text.strip(" *"))
            tier = _cell_tier(cells[tier_col].text)
            if year is None or tier is None:
                continue
            found = TierFinding(cells[tier_col].start, cells[tier_col].end, country, tier, "table", "list",
                                local_year=int(year.group()))
            if moves is not None:
                move = cells[moves].text.casefold().strip(" *")
                move = _MOVE_WORDS.get(move, move)
                if move in ("remained", "upgraded", "downgraded"):
                    found.change, found.explicit_change = move, True
                    found.previous_tier = out[-1].tier if out else (tier if move == "remained" else None)
            out.append(found)
            used.add(line_of[row.start])
            self.taken.append((row.start, row.end))
        return out

    def _country_columns(self, table: Table, year_col: int, columns: list[tuple[int, Country]],
                         line_of: dict[int, int], used: set[int]) -> list[TierFinding]:
        """Placements in a table with a row a report year and a column a country: a placement per cell."""
        out: list[TierFinding] = []
        for row in table.full_rows():
            cells = row.cells
            year = _TABLE_YEAR.fullmatch(cells[year_col].text.strip(" *"))
            if year is None:
                continue
            for c, country in columns:
                if (tier := _cell_tier(cells[c].text)) is not None:
                    out.append(TierFinding(cells[c].start, cells[c].end, country, tier, "table", "list",
                                           local_year=int(year.group())))
            used.add(line_of[row.start])
            self.taken.append((row.start, row.end))
        return out

    def _placement_list(self, lines, i, m) -> tuple[list[TierFinding], set[int]]:
        """Countries listed under a tier heading, one or more a line, until a line that is not a list."""
        tier = parse_tier(m.group("tier")) or ""
        ls = lines[i][0]
        found: list[TierFinding] = []
        consumed: set[int] = set()
        if m.group("rest"):
            names = segment_countries(m.group("rest"))
            if not names:
                return [], set()
            base = ls + m.start("rest")
            found += [TierFinding(base + s, base + e, c, tier, "placement_list", "list") for s, e, c in names]
        for j in range(i + 1, len(lines)):
            js, je = lines[j]
            line = self.text[js:je]
            if not line.strip():
                continue
            names = segment_countries(line)
            if not names:
                break
            found += [TierFinding(js + s, js + e, c, tier, "placement_list", "list") for s, e, c in names]
            consumed.add(j)
            self.taken.append((js, je))
        return found, consumed

    def _previous_country_line(self, lines, i, used) -> tuple[int, int, Country] | None:
        for j in range(i - 1, max(i - 3, -1), -1):
            if j in used:
                return None
            js, je = lines[j]
            line = self.text[js:je]
            if not line.strip():
                continue
            country = _country_line(line)
            if country is None:
                return None
            s = js + len(line) - len(line.lstrip())
            return s, js + len(line.rstrip()), country
        return None

    def _label(self, ls: int, le: int, m: re.Match, tier: str) -> TierFinding | None:
        country = self.default_country(ls)
        if country is None:  # the country named right after the label (not one a definition names further on: "Tier
            # 1: the government fully meets the minimum standards of the U.S. Trafficking Victims Protection Act")
            rest_start = ls + m.end()
            rest = self.text[rest_start:min(le, rest_start + 120)]
            mentions = find_country_mentions(rest)
            if mentions and not rest[:mentions[0].start].strip(" *_-\u2013\u2014:"):
                country = mentions[0].country
        if country is None:
            return None
        start, end = ls + m.start("tier"), ls + m.end("tier")
        return TierFinding(start, end, country, tier, self.rules.label.id, "label")

    def default_country(self, offset: int) -> Country | None:
        """The country a narrative at `offset` is about: its section, its heading, or the first line."""
        for s, e, _label, country in self.sections:
            if s <= offset < e and country is not None:
                return country
        for anchors in (self.strong, self.weak):
            if not anchors:
                continue
            i = bisect_right([a for a, _ in anchors], offset) - 1
            if i >= 0:
                return anchors[i][1]
            if anchors is self.strong:
                return None
        return None

    # ---------------- sentences
    def sentences(self, bounds: list[tuple[int, int]], mentions: list[re.Match[str]]) -> list[TierFinding]:
        starts = [s for s, _ in bounds]
        out: list[TierFinding] = []
        taken = sorted(self.taken)
        last: tuple[int, int] | None = None  # (sentence, end of the last statement found in it)
        dated: list[tuple[int, int]] = []  # moves a follow-up rule dated from a statement: not read again
        for m in mentions:
            if _inside(taken, m.start()) or any(a <= m.start() < b for a, b in dated):
                continue
            tier = parse_tier(m.group())
            if tier is None:
                continue
            k = bisect_right(starts, m.start()) - 1
            if k < 0:
                continue
            s_start, s_end = bounds[k]
            # where the last statement found in this sentence ends (a second verb phrase comes after it)
            earlier = [f for f in out if f.source == "sentence" and s_start <= f.start < m.start()]
            found = self._sentence(m, tier, s_start, max(s_end, m.end()), last[1] if last and last[0] == k else None)
            if found and not earlier and k > 0:
                # (or the sentence before, about the same country: "... was downgraded to the Watch List in 2020.
                # It returned to Tier 2 the following year")
                p_start, p_end = bounds[k - 1]
                earlier = [f for f in out if f.source == "sentence" and p_start <= f.start < p_end
                           and f.country == found[0].country]
            if found and earlier:
                # "downgraded to the Watch List in 2021 but was upgraded back to Tier 2 the following year": dated
                # from the statement before it in the sentence
                later = _YEARS_LATER.match(self.text, found[0].end, s_end)
                if later is None and (sooner := _YEARS_EARLIER.match(self.text, found[0].end, s_end)) is not None:
                    # "... kept Cambodia on Tier 3. Cambodia had been downgraded to Tier 3 from the Tier 2 Watch List a
                    # year earlier": the report before the statement before
                    for f in found:
                        f.dated_from, f.years_before = earlier[-1], _SMALL_NUMBERS.get((sooner["n"] or "a").lower(), 1)
                if later is not None:
                    before = earlier[-1]
                    for f in found:
                        f.dated_from, f.years_before = before, -_SMALL_NUMBERS.get((later["n"] or "a").lower(), 1)
                        if f.change is None and f.tier in _TIER_RANK and before.tier in _TIER_RANK \
                                and f.tier != before.tier:
                            # "It returned to Tier 2 the following year" after the Watch List: a move up
                            f.change = "upgraded" if _TIER_RANK[f.tier] < _TIER_RANK[before.tier] else "downgraded"
                            f.previous_tier = before.tier
            if found:
                last = (k, max(f.end for f in found))
                self.last_said = (last[1], max(found, key=lambda f: f.end).country)
                found += self._since(found, s_end)  # (first: it may date the statement "remained there" follows)
                found += self._moved_since(found, s_end) + self._moved_before(found, s_end) + self._spent_before(found, s_end)
                dated += [(f.start, f.end) for f in found if f.rule in ("moved_since", "moved_before")]
                found += self._remained_there(found, s_end) + self._as_did(found, s_end) + self._having_been(found, s_end)
                found += self._years_spent(found, s_end)
                found += self._ranked_before(found, s_end)
                found += self._keeping(found, s_end)
            out += found
        return out

    def _as_did(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """Countries the statement is repeated for: "Colombia kept its Tier 1 ranking, as did Chile and
        Argentina" (up to a relative clause: "..., as did Senegal and Mali, which the report said ...")."""
        f = found[-1]
        m = _AS_DID.match(self.text, f.end, s_end)
        if m is None or f.source != "sentence":
            return []
        names = _RELATIVE_TAIL.split(m["list"], maxsplit=1)[0]
        base = m.start("list")
        return [replace(f, start=base + c.start, end=base + c.end, country=c.country, rule=f.rule + "_as_did")
                for c in find_country_mentions(names) if c.country.alpha3 != f.country.alpha3]

    def _years_on(self, pre: str, after: str, m: re.Match, tier: str, s_start: int) -> list[TierFinding]:
        """A stretch of years on a tier, with no verb: "After four straight years on the Tier 2 Watch List
        from 2010 to 2013, Thailand was downgraded ..." (a placement in the first year and in the last),
        said of the country the clause goes on about, else of the one named before in the sentence."""
        if not _YEARS_ON.search(pre):
            return []
        span = _FROM_YEAR_TO_YEAR.match(after)
        if span is None:
            return []
        rest = self.text[m.end() + span.end():m.end() + span.end() + 120]
        named = find_country_mentions(rest[:rest.find(".")] if "." in rest else rest)
        if not named:
            named = find_country_mentions(self.text[s_start:m.start()])[-1:]
        if not named:
            return []
        country = named[0].country
        # (each its own span, running to its year: two records on one span would share their fields)
        return [TierFinding(m.start(), m.end() + span.end(group), country, tier, "years_on", "sentence",
                            local_year=int(span[group])) for group in ("first", "last")]

    def _keeping(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """The tier kept in the years named after a statement: "... was upgraded to Tier 2 in 2018, keeping
        that rating in 2019 and 2020" (one statement a year, each a tier that remained)."""
        f = max(found, key=lambda x: x.end)
        m = _KEEPING.match(self.text, f.end, s_end)
        if m is None and f.source == "sentence" and (r := _RETAINED.match(self.text, f.end, s_end)) is not None:
            # "... was upgraded to Tier 2 in 2022 and retained that ranking last year"
            year = _cited_year(r, self.published_year)
            if year is None:
                return []
            return [TierFinding(r.start("verb"), r.end(), f.country, f.tier, "keeping", "sentence", change="remained",
                                previous_tier=f.tier, explicit_change=True, local_year=year, second_phrase=True)]
        if m is None or f.source != "sentence":
            return []
        base = m.start("years")
        return [TierFinding(m.start(), base + y.end(), f.country, f.tier, "keeping", "sentence", change="remained",
                            previous_tier=f.tier, explicit_change=True, local_year=int(y.group()), second_phrase=True)
                for y in re.finditer(r"(?:19|20)\d\d", m["years"])]

    def _having_been(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """The move that brought a statement's country to its tier, said after it: "Bangladesh stays on
        Tier 2 ..., having been upgraded from the Tier 2 Watch List in 2020" (Tier 2 in 2020, upgraded), "...,
        after being upgraded from the Tier 2 Watch List in the 2019 report"."""
        f = found[-1]
        m = _HAVING_BEEN.match(self.text, f.end, s_end)
        if m is None or f.source != "sentence":
            return []
        previous = parse_tier(m["tier"])
        change = change_between(previous, f.tier) if previous else None
        if change is None:
            return []
        if m["n"] and not m["year"]:  # "kept Slovakia in Tier 2, a year after downgrading it from Tier 1"
            return [TierFinding(m.start("verb"), m.end(), f.country, f.tier, "having_been", "sentence", change=change,
                                previous_tier=previous, explicit_change=True, second_phrase=True,
                                dated_from=f, years_before=_SMALL_NUMBERS[m["n"].lower()])]
        return [TierFinding(m.start("verb"), m.end(), f.country, f.tier, "having_been", "sentence", change=change,
                            previous_tier=previous, explicit_change=True,
                            local_year=int(m["year"]) if m["year"] else None, second_phrase=True)]

    def _years_spent(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """The years a statement's country spent on a tier before, said after it: "Ireland remained on Tier 2 ...,
        having spent 2020 and 2021 on the Tier 2 Watch List" (a placement in each of those reports)."""
        f = found[-1]
        m = _YEARS_SPENT.match(self.text, f.end, s_end)
        if m is None or f.source != "sentence" or (tier := parse_tier(m["tier"])) is None:
            return []
        # (each from its year to the tier: "2020 and 2021 on the Tier 2 Watch List", "2021 on the Tier 2 Watch List")
        return [TierFinding(m.start("years") + y.start(), m.end("tier"), f.country, tier, "years_spent", "sentence",
                            local_year=int(y.group()), second_phrase=True)
                for y in re.finditer(r"(?:19|20)\d\d", m["years"])]

    def _ranked_before(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """The tier a statement's country held before, said after it: "Togo is placed on Tier 2 Watch List,
        after having been ranked Tier 2 in the 2004 Report" (a downgrade now; Tier 2 in 2004, the year that
        report's words cite, which is not the statement's)."""
        f = found[-1]
        m = _RANKED_BEFORE.match(self.text, f.end, s_end)
        if m is None or f.source != "sentence":
            return []
        previous = parse_tier(m["tier"])
        if previous is None:
            return []
        f.previous_tier, f.change, f.explicit_change = previous, change_between(previous, f.tier), True
        year = int(m["year"]) if m["year"] else None
        if year is not None and f.local_year == year:
            f.local_year = None
        if year is None:
            return []
        return [TierFinding(m.start("tier"), m.end(), f.country, previous, "ranked_before", "sentence",
                            local_year=year, second_phrase=True)]

    def _since(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """A placement dated by "since" right after the tier words: "had been on Tier 2 since 2004" was a
        placement in 2004; "has sat on Tier 2 since 2011" is one in 2011 and one now (the present perfect
        runs to the report of the day: the statement as found, with the year it would have had)."""
        out = []
        for f in found:
            m = _SINCE_YEAR.match(self.text, f.end, s_end)
            if m is None or f.source != "sentence" or f.local_year is not None:
                continue
            start_year = int(m["year"])
            if _PAST_PERFECT.search(self.text, max(f.start, f.end - 120), f.end):
                f.local_year = start_year  # "had been on Tier 2 since 2004": not a placement of the day
                f.change = f.previous_tier = None
            else:
                out.append(replace(f, end=m.end(), local_year=start_year, change=None, previous_tier=None,
                                   explicit_change=False, rule=f.rule + "_since"))
        return out

    def _year_before_verb(self, clause_start: int, subjects: list[tuple[int, Country]], verb_start: int) -> int | None:
        """A time said before the verb: "Last year Oman had slipped to ...", "In 2014, Thailand was ...",
        "Niger, which last year was on the Watch List" (not one inside a relative clause the verb's
        subject carries: "Niger, which last year was ..., was downgraded to Tier 3")."""
        text = self.text
        first = subjects[0][0] if subjects else verb_start
        lead = text[clause_start:first] if first >= clause_start else ""
        gap = _CLOSED_RELATIVE.sub(",", text[max(first, clause_start):verb_start])
        for part in (gap, lead):
            m = _TIME_BEFORE_VERB.search(part)
            if m is not None:
                return _cited_year(m, self.published_year)
        return None

    def _year_cited_after(self, start: int, s_end: int) -> int | None:
        """The report year a continuation cites in text[start:s_end] ("... in 2017", "last year"), the
        last one found, as for a statement's own; None if none."""
        after = self.text[start:s_end]
        year = None
        for rule in self.rules.continuations:
            c = rule.regex.search(after)
            if c is not None and (cited := _cited_year(c, self.published_year)) is not None:
                year = cited
        return year

    def _moved_before(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """An earlier move of the statement's country, dated from it: "moved up to Tier 2, a year after it
        was downgraded to the Tier 2 Watch List" (a downgrade in the report a year before)."""
        out = []
        for f in found:
            if f.source != "sentence":
                continue
            m = _YEARS_AFTER_MOVE.match(self.text, f.end, s_end)
            if m is None:
                continue
            tier = parse_tier(m["tier"])
            if tier is None:
                continue
            verb = (m["verb"] or m["acting"]).lower()
            change = "downgraded" if verb.startswith(("down", "moved down")) else "upgraded" if verb.startswith(
                ("up", "moved up")) else None
            origin = m["origin"] or m["origin_after"]
            previous = parse_tier(origin) if origin else None  # "moved up from Tier 3 to the Watch List"
            if m["prep"].lower() == "from":  # "kept on Tier 2, a year after the country was upgraded from the Watch List"
                if change is None or tier == f.tier:
                    continue
                tier, previous = f.tier, tier
            out.append(TierFinding(m.start("verb" if m["verb"] else "acting"), m.end(), f.country, tier, "moved_before", "sentence",
                                   change=change, previous_tier=previous, explicit_change=change is not None,
                                   dated_from=f, years_before=_SMALL_NUMBERS[m["n"].lower()]))
            if f.previous_tier is None and f.change in ("upgraded", "downgraded") and tier != f.tier:
                f.previous_tier = tier  # where the statement's move came from
        return out

    def _spent_before(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """Where a country spent the year before a move: "moved up to Tier 2 ..., after spending last year on the
        Tier 2 Watch List" (the Watch List in the report a year before; of "after two years on Tier 3", the last)."""
        out = []
        for f in found:
            if f.source != "sentence" or f.change not in ("upgraded", "downgraded"):
                continue
            m = _SPENT_BEFORE.match(self.text, f.end, s_end)
            tier = parse_tier(m["tier"]) if m is not None else None
            if tier is None or tier == f.tier:
                continue
            out.append(TierFinding(m.start("tier"), m.end("tier"), f.country, tier, "spent_before", "sentence",
                                   dated_from=f, years_before=1))  # (the year before at least: one statement a span)
            if f.previous_tier is None:
                f.previous_tier = tier
        return out

    def _moved_since(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """The move that put a country where the statement keeps it, dated: "remained on Tier 3, where it has
        been placed since it was downgraded from Tier 2 Watch List in 2022" (a downgrade to Tier 3 in 2022)."""
        out = []
        for f in found:
            if f.source != "sentence":
                continue
            m = _MOVED_SINCE.search(self.text, f.end, s_end)
            if m is None or tier_mentions(self.text[f.end:m.start()], self.rules):
                continue
            previous = parse_tier(m["tier"])
            if previous is None or previous == f.tier:
                continue
            change = "downgraded" if m["verb"].lower().startswith("down") else "upgraded"
            out.append(TierFinding(m.start("verb"), m.end(), f.country, f.tier, "moved_since", "sentence",
                                   change=change, previous_tier=previous, explicit_change=True,
                                   local_year=int(m["year"])))
        return out

    def _remained_there(self, found: list[TierFinding], s_end: int) -> list[TierFinding]:
        """A second verb phrase that keeps the subjects where the statement put them: "Zambia was
        downgraded to the Watch List in 2019 and remained there last year" (the year cited after it)."""
        end = max(f.end for f in found)
        m = _REMAINED_THERE.match(self.text, end, s_end)
        if m is None:
            return self._another_there(found, end, s_end)
        year = self._year_cited_after(m.end(), s_end)
        if year is None and not any(f.local_year is not None for f in found):
            return []  # "and remained there" after an undated statement adds nothing to it
        # (after a dated one, "Peru had been on Tier 2 since 2019 and remained there", it is the report
        # of the day: second_phrase gives the publication's year)
        return [TierFinding(m.start("verb"), m.end(), f.country, f.tier, "remained_there", "sentence",
                            change="remained", previous_tier=f.tier, explicit_change=True, local_year=year,
                            second_phrase=True)
                for f in found if f.source == "sentence"]

    def _another_there(self, found: list[TierFinding], end: int, s_end: int) -> list[TierFinding]:
        """Another country kept on the tier just named: "Qatar and Kuwait stayed on the Watch List, and
        Oman remained there for a second year" (the report of the statement before, unless one is cited)."""
        m = _ANOTHER_THERE.match(self.text, end, s_end)
        if m is None:
            return []
        countries = find_country_mentions(m["subject"])
        if len(countries) != 1 or countries[0].end != len(m["subject"]):
            return []
        last = max(found, key=lambda f: f.end)
        if last.source != "sentence":
            return []
        year = self._year_cited_after(m.end(), s_end)
        if year is None and not m["now"]:  # ("has stayed there", "remains there": the report of the day)
            year = last.local_year
        base = m.start("subject")
        return [TierFinding(base + countries[0].start, m.end(), countries[0].country, last.tier, "remained_there",
                            "sentence", change="remained", previous_tier=last.tier, explicit_change=True,
                            local_year=year)]

    def _listed_countries(self, pre: str, after: str, start: int, end: int, tier: str) -> list[TierFinding]:
        """"Among the countries on Tier 3 were China, Russia and Iran", "Tier 3 countries include ...",
        "Libya, Somalia and Yemen, listed as special cases": one statement for each country of the list."""
        m = _LISTED_AFTER.match(after) if _LISTED_BEFORE.search(pre) else None
        if m is not None and _DEFINITION.match(m["list"]):
            return []  # a definition, no list: "Countries in Tier 1 are those whose governments fully meet ... the US
            # Trafficking Victims Protection Act"
        if m is not None:
            base = end + m.start("list")
        else:  # "with three, Libya, Somalia and Yemen, listed as special cases"
            m = _LISTED_AS.search(pre)
            if m is None:
                return []
            base = start - len(pre) + m.start("list")
        found = find_country_mentions(m["list"])
        if base < start and len(found) < 2:
            return []  # one country "listed as" a tier is a sentence like any other
        return [TierFinding(base + c.start, base + c.end, c.country, tier, "listed_countries", "sentence")
                for c in found]

    def _sentence(self, m: re.Match, tier: str, s_start: int, s_end: int,
                  statement_before: int | None = None) -> list[TierFinding]:
        text, rules = self.text, self.rules
        clause_start = max(s_start, text.rfind(";", s_start, m.start()) + 1)
        pre = text[clause_start:m.start()]
        after = text[m.end():s_end]
        previous = None
        change = None
        explicit = False
        rule_id = None
        verb_start = None
        subjects: list[tuple[int, Country]] = []
        listed = self._listed_countries(pre, after, m.start(), m.end(), tier)
        if listed:
            return listed
        span = self._years_on(pre, after, m, tier, s_start)
        if span:
            return span
        ft = rules.from_to.search(pre)
        if ft:  # "moved from Tier 3 to Tier 2 Watch List"
            previous = parse_tier(ft.group("tier"))
            head = pre[:ft.start()]
            for rule in rules.from_verbs:
                v = rule.regex.search(head)
                if v:
                    rule_id, verb_start = rule.id, clause_start + v.start()
                    change = rule.change or change_between(previous, tier)
                    explicit = change is not None
                    break
            if rule_id is None:  # "downgraded Malaysia from Tier 2 to Tier 3"
                subjects, rule_id, change = self._object_form(head, clause_start)
                if rule_id:
                    change = change or change_between(previous, tier)
                    explicit = change is not None
        else:
            for rule in rules.verbs:
                v = rule.regex.search(pre)
                if v:
                    rule_id, verb_start, change = rule.id, clause_start + v.start(), rule.change
                    explicit = change is not None
                    break
            if rule_id is None:
                subjects, rule_id, change = self._object_form(pre, clause_start)
                explicit = change is not None
        if rule_id is None or (rule_id == "been_on" and not _SINCE_YEAR.match(text, m.end())
                               and not _reports_listed(after, self.published_year) and not _ONE_REPORT_CITED.match(after)):
            return []  # ("had been on the Tier 2 Watch List in the 2020 and 2021 reports", "... in the 2020 edition of
            # the report" name their reports)
        if verb_start is not None:
            subjects = self._subjects(clause_start, verb_start, s_start)
            if subjects is None:
                return []
            before = text[clause_start:verb_start]
            g = rules.gap.search(before)
            if change is None and g and any(a.regex.search(before[g.start():]) for a in rules.again):
                change = "remained"  # "was again placed on Tier 2"
        if not subjects:
            return []
        year_after = None
        for rule in rules.continuations:
            c = rule.regex.search(after)
            if not c:
                continue
            groups = c.groupdict()
            if not groups.get("tier") and _SAME_AS_BEFORE.search(after, max(0, c.start() - 60), c.start()):
                continue  # the report of the placement before: "..., the same placement it received in the 2020 edition"
            cited = _cited_year(c, self.published_year)
            if groups.get("ago") and groups["ago"].startswith("the") \
                    and (named := report_year_in(text[s_start:m.start()], rules, self.published_year)) is not None:
                cited = named - 1  # "upgraded ... in the 2020 report, after it had been placed in Tier 3 the previous year"
            if cited is not None and _UNTIL_WHEN.match(after, c.start()):
                cited -= 1  # "ranked in Tier 1 until 2018, when it was downgraded": the last year on Tier 1 was before
            if cited is not None:
                year_after = cited
            elif groups.get("tier"):
                previous = previous or parse_tier(c.group("tier"))
                if change is None:
                    change = change_between(previous, tier)
                # a year right after the tier it came from is the move's: "downgraded to Tier 3 from the Tier 2
                # Watch List in 2022"
                # ("last year" there dates a move told in the past perfect, "had been upgraded to Tier 2 from the Tier
                # 2 Watch List last year", unless the clause has a year of its own; "fell to Tier 3 from Tier 2 last
                # year", in a story of this year's report, dates the tier it came from)
                for again in rules.continuations:
                    y = again.regex.search(after[c.end():])
                    if y and y.groupdict().get("year"):
                        year_after = year_after or int(y.group("year"))
                        break
                    if y and year_after is None and (y.groupdict().get("ago") or y.groupdict().get("now")) \
                            and _PAST_PERFECT.search(text, s_start, m.end()) \
                            and report_year_in(text[s_start:m.end()] + after[:c.start()], rules,
                                               self.published_year) is None:
                        year_after = _cited_year(y, self.published_year)
                        break
            elif rule.change and change is None:
                change = rule.change
        if change == "remained" and previous is None:
            previous = tier
        # a second verb phrase of an earlier statement's subject ("Nepal was downgraded to the Watch List
        # in the 2019 report and upgraded to Tier 2 a year later"): the report cited before is the earlier one's
        # (a tier named without a statement, as in a waiver's "otherwise required downgrade to Tier 3", is not)
        second = (verb_start is not None and statement_before is not None
                  and subjects[-1][0] < statement_before <= verb_start)
        scope = verb_start if second else s_start
        if not second and statement_before is not None and statement_before < subjects[0][0]:
            # a later clause of the sentence with a subject of its own: "... upgraded to Tier 2 in 2022, and
            # this year it stayed on Tier 2" (its years, not the earlier clause's)
            scope = clause_start = max(scope, clause_start, text.rfind(",", statement_before, subjects[0][0]) + 1)
        # (a year said right after the tier is this statement's own: "downgraded to Tier 3 last year from the
        # Watch List and stayed there in the 2023 report")
        # (a report cited after another tier said later in the sentence is that one's: "Guyana is placed on Tier 2
        # Watch List, after being ranked on Tier 2 in the 2006 Report")
        # (but not the tier it came from: "downgraded to Tier 3 from the Tier 2 Watch List in 2022" is 2022's)
        # (nor a report the tier it came from is placed in: "upgraded to Tier 2 Watch List from Tier 3, where it
        # was placed in last year's report" is this year's)
        later_tier = next((t.start() if not _FROM_BEFORE.fullmatch(text, m.end(), m.end() + t.start())
                           else t.end() for t in tier_mentions(text[m.end():s_end], rules)
                           if not _FROM_BEFORE.fullmatch(text, m.end(), m.end() + t.start())
                           or _WHERE_PLACED.match(text, m.end() + t.end())), None)
        cited_end = m.end() + later_tier if later_tier is not None else s_end
        cited = text[scope:cited_end]
        if verb_start is not None and subjects and scope <= subjects[0][0]:
            # (not a report a relative clause on the subject cites: "Turkmenistan, which appeared in the Special
            # Cases section of the 2008 Report, is placed on Tier 2 Watch List")
            rel = _CLOSED_RELATIVE.search(text, subjects[0][0], verb_start)
            if rel is not None and rel.end() <= cited_end:
                cited = text[scope:rel.start()] + "," + text[rel.end():cited_end]
        local_year = year_after or report_year_in(cited, rules, self.published_year)
        if local_year is None and subjects and (when := _YEAR_THEN_WHEN.search(text, max(0, subjects[0][0] - 40),
                                                                                 subjects[0][0])) is not None:
            local_year = int(when["year"])  # "ranked in Tier 1 until 2018, when it was downgraded to Tier 2": 2018's
        if local_year is None and verb_start is not None and not second:
            local_year = self._year_before_verb(clause_start, subjects, verb_start)
        elif local_year is None and verb_start is None and subjects:  # "In 2021, Washington downgraded Thailand ..."
            local_year = self._year_before_verb(clause_start, [], subjects[0][0])
        if subjects and year_after is None \
                and (ago := _YEARS_AFTER_IT.search(text, max(s_start, subjects[0][0] - 40), subjects[0][0])) is not None:
            # "retained its Tier 1 ranking in the ... report, a year after the country was first elevated to the top
            # tier": the move a year before the report the sentence is about
            base = report_year_in(text[s_start:ago.start()], rules, self.published_year) or self.published_year
            if base is not None:
                local_year = base - _NUMBERS_OF_YEARS[ago["n"].lower()]
        # "placed on Tier 2 Watch List in the 2021 and 2022 reports": one statement for each report,
        # each span running to its year (two records on one span would share their fields in spaCy)
        years = [(year, m.end() + end) for year, end in _reports_listed(after, self.published_year)] \
            or [(local_year, m.end())]
        found = [
            TierFinding(start, end, country, tier, rule_id, "sentence", change=change,
                        previous_tier=previous, explicit_change=explicit, local_year=year,
                        second_phrase=second)
            for year, end in years for start, country in subjects
        ]
        if len(found) == 1 and (label := _TIMELINE_LABEL.fullmatch(text, clause_start, subjects[0][0])) \
                and label["second"]:
            # "2019 and 2020: kept on the Tier 2 Watch List": a statement for each year (the first one's span
            # opening on its year, so the two spans differ)
            found.append(replace(found[0], start=label.start("first"), local_year=int(label["first"])))
        if len(found) == 1 and (same := _SAME_PLACEMENT_CITED.search(after)) is not None \
                and int(same["year"]) != found[0].local_year and not _ANOTHER_TIER.search(after, 0, same.start()):
            # "remained on Tier 2, the same placement it received in the 2020 report": that report's placement too
            # (after the report the statement cites: "ranked in Tier 2 of the ... Report, released last Thursday, the
            # same placement it received in the 2020 edition")
            found.append(replace(found[0], end=m.end() + same.end("year"), local_year=int(same["year"]), change=None,
                                 previous_tier=None, explicit_change=False))
        return found

    def _one_country_before(self, offset: int) -> Country | None:
        """The one country the sentences just before `offset` name, the report's publisher aside; None if none or
        several."""
        named = {c.country.alpha3: c.country for c in _subject_mentions(self.text[max(0, offset - _LOOK_BACK):offset])
                 if c.country.alpha3 != "USA"}
        return next(iter(named.values())) if len(named) == 1 else None

    def _object_form(self, pre: str, offset: int) -> tuple[list[tuple[int, Country]], str | None, str | None]:
        """"downgraded Malaysia to Tier 3": the country between the verb and the preposition; with no
        preposition ("ranked Nigeria Tier 2") the verb must stand right before the country."""
        # (the list may be the report's own: "kept Papua New Guinea on its Tier 2 Watch List")
        tail = re.search(r"\s+(?:(?P<particle>up|down|back)\s+)?(?:to|on|in|at|as|onto|into)(?:\s+(?:the|a|an|its|their))?\s+$",
                         pre)
        bare = tail is None
        if bare:  # (a particle may still stand after the country: "moved Ireland down from Tier 1 to Tier 2")
            tail = re.search(r"\s+(?:(?P<particle>up|down|back)\s+)?$", pre)
            if not tail:
                return [], None, None
        # (not the report's publisher: "the US State Department's 2017 ... report again classified the country as")
        mentions = [c for c in find_country_mentions(pre[:tail.start()]) if not _PUBLISHER_AFTER.match(pre, c.end)]
        named = _THE_COUNTRY_END.search(pre, 0, tail.start())
        said = mentions[-1].country if mentions else self.last_said[1] if self.last_said is not None else None
        if named is not None and said is None:
            # "The Netherlands is seen as a strong performer. In June the ... report again placed the country in Tier 1"
            said = self._one_country_before(offset)
        if named is not None and (form := _FORM_OF_STATE.search(named.group())) is not None:
            # "kept the Sultanate in Tier 2": the one sultanate the text has named, not the last country ("the US
            # State Department's report kept the Sultanate ...")
            said = _one_state_named(self.text[:offset + named.start()], form.group())
            if said is None:
                return [], None, None
        if named is not None and said is not None and (not mentions or mentions[-1].end <= named.start()):
            # "kept Ireland on Tier 2 ..., having placed the country on the Tier 2 Watch List in 2020"; "moved
            # Sierra Leone off the Watch List and upgraded the country to Tier 2" (the country named before)
            country, start = said, named.start()
        elif not mentions:
            return [], None, None
        elif (target := pre[mentions[-1].end:tail.start()].strip(" ,")) and pre[tail.start() - 3:tail.start()] == " it":
            # "downgraded Thailand to the Watch List again ... before restoring it to Tier 2": the country before
            country, start = mentions[-1].country, tail.start() - 2
            if country.alpha3 == "USA":
                # "The US government placed it on Tier 2": not the placer, the one country the sentences before name
                country = self._one_country_before(offset)
                if country is None:
                    return [], None, None
        elif target and not _ASIDE.fullmatch(pre, mentions[-1].end, tail.start()):
            return [], None, None
        else:  # (an aside may stand after the country: "kept Burma, as Washington still calls the country, on Tier 3")
            country, start = mentions[-1].country, mentions[-1].start
        listed = [(start, country)]
        if mentions and start == mentions[-1].start:
            for d in reversed(mentions[:-1]):  # a list of objects: "kept (both) Serbia and North Macedonia in Tier 2"
                if not _LIST_GAP.fullmatch(pre, d.end, listed[-1][0]):
                    break
                listed.append((d.start, d.country))
            start = listed[-1][0]
        before = pre[:start]
        if len(listed) > 1 and (both := re.search(r"\bboth\s+$", before)) is not None:
            before = before[:both.start()]
        for rule in self.rules.object_verbs:
            v = rule.regex.search(before)  # anchored at the end: the verb stands right before the country
            if v:
                window = before[max(0, v.start() - 40):v.start()]
                window = window[max(window.rfind(","), window.rfind(";")) + 1:]  # this clause's words only
                if (placed := tier_mentions(window, self.rules)):
                    window = window[placed[-1].end():]  # nor the statement before: "downgraded Malaysia to Tier 3 and"
                # "the decision to downgrade South Africa to ...": a decision taken, not a prospect
                window = _DECIDED.sub("", window)
                if self._hedged(window) or self._conditional(before[:v.start()]):
                    return [], None, None
                # "moved Thailand up to Tier 2": the particle after the country gives the direction
                change = rule.change or {"up": "upgraded", "down": "downgraded"}.get(tail.groupdict().get("particle") or "")
                if change is None and any(a.regex.search(before[max(0, v.start() - 16):v.start()]) for a in self.rules.again):
                    change = "remained"  # "the report again placed the country in Tier 1"
                return [(offset + at, named_country) for at, named_country in reversed(listed)], rule.id, change
        parallel = _PARALLEL_OBJECT.search(before)
        if parallel is not None:  # "kept Burma on Tier 3 and Thailand on Tier 2": the verb of the object before
            _, rule_id, change = self._object_form(before[:parallel.start("tier")], offset)
            if rule_id is not None:
                return [(offset + at, named_country) for at, named_country in reversed(listed)], rule_id, change
        return [], None, None

    def _subjects(self, clause_start: int, verb_start: int, s_start: int) -> list[tuple[int, Country]] | None:
        """The countries a verb is said of: the name right before it (with coordinated names), or the
        document's country for "the government"/"it"; None when hedged or when there is no subject."""
        text, rules = self.text, self.rules
        before = text[clause_start:verb_start]
        g = rules.gap.search(before)
        gap_start = g.start() if g else len(before)
        if self._hedged(before[gap_start:]):
            return None
        region = before[:gap_start]
        rel = _RELATIVE_CLAUSE.search(region)
        if rel is not None:  # "Niger, which last year was on the Watch List, was downgraded ...": Niger
            region = region[:rel.start()]
        mentions = _subject_mentions(region, self.published_year)
        gs = rules.subject.search(region)
        for c in reversed(mentions if gs is None else ()):  # a country name right before the verb
            if rules.subject_suffix.search(region[c.end:]):
                if self._conditional(region[:c.start]):
                    return None
                chosen = [c]
                for d in reversed([x for x in mentions if x.end <= c.start
                                   and not (region[x.start - 1:x.start] == "(" and region[x.end:x.end + 1] == ")")]):
                    between = region[d.end:chosen[-1].start]
                    if not _LIST_GAP.fullmatch(between):
                        break
                    chosen.append(d)
                return [(clause_start + x.start, x.country) for x in reversed(chosen)]
        joined = re.search(r"(?:\band|\bbut|\bthen|\bbefore|\bafter|,)\s*$", region) or re.match(r"\s*,", before[gap_start:])
        if gs is None and joined:
            # a second verb phrase: "Burma was granted a waiver ... and remained on Tier 2 Watch List",
            # "... in 2014, before being upgraded to the Tier 2 Watch List in 2016"
            generic = list(rules.subject_any.finditer(region))
            last_name = mentions[-1] if mentions else None
            if last_name is not None and (not generic or last_name.start > generic[-1].start()):
                if self._conditional(region[:last_name.start]):
                    return None
                return [(clause_start + last_name.start, last_name.country)]
            if not generic:
                return None
            gs = generic[-1]
        if gs is None and (label := _TIMELINE_LABEL.fullmatch(region)) is not None:
            # a timeline's item with no subject, its label a year or two: "2014: downgraded to Tier 3", "2019 and
            # 2020: kept on the Tier 2 Watch List" (the country the timeline is of)
            country = self._implied_country(clause_start, s_start, clause_start + label.end(), "")
            return [(clause_start + label.end(), country)] if country is not None else None
        if gs is None or self._conditional(region[:gs.start()]):
            return None
        country = self._implied_country(clause_start, s_start, clause_start + gs.start(), gs.group(), region, gs)
        return [(clause_start + gs.start(), country)] if country is not None else None

    def _implied_country(self, clause_start: int, s_start: int, subject_start: int, subject: str,
                         region: str = "", gs: re.Match[str] | None = None) -> Country | None:
        """The country a statement without a name is of ("it", "the government", a timeline's item): the
        narrative's, else the last named in its sentence, else the one named in the sentences just before."""
        text = self.text
        country = self.default_country(clause_start)
        if country is None:  # no narrative country: the last country named before, in this sentence
            # (not the report's publisher: "... in the United States' annual Trafficking in Persons (TIP) report, a
            # year after the country was first elevated to the top tier")
            earlier = [c for c in _subject_mentions(text[s_start:subject_start])
                       if not (c.country.alpha3 == "USA" and _REPORT_OWNER_AFTER.match(text, s_start + c.end))]
            if earlier:
                country = earlier[-1].country
            else:  # or the one country named in the sentences just before ("Kenya's parliament ... The country")
                window = text[max(0, s_start - _LOOK_BACK):s_start]
                mentions = _subject_mentions(window)
                named = {c.country.alpha3: c.country for c in mentions}
                if len(named) > 1:  # several: the one a tier was just said of ("kept Bangladesh on Tier 2")
                    named = {c.country.alpha3: c.country for c in mentions
                             if _TIER_AFTER.match(window, c.end)}
                if len(named) != 1 and self.last_said is not None and s_start - self.last_said[0] < _STORY_REACH:
                    # "... It stayed on Tier 3 in 2015, the same year ... Myanmar ... The kingdom was upgraded":
                    # the country of the statements just made, when no other has a tier said of it
                    named = {self.last_said[1].alpha3: self.last_said[1]}
                if len(named) != 1 and "city" in subject.lower():
                    # "the city remains on the Tier 2 Watch List": the one city that is a country of the report named
                    # before (Hong Kong, Macau, Singapore), whatever other country the story names
                    cities = {c.country.alpha3: c.country for c in _subject_mentions(text[:s_start])
                              if c.country.alpha3 in _CITY_COUNTRIES}
                    named = cities if len(cities) == 1 else named
                if gs is not None and (form := _FORM_OF_STATE.search(region, gs.start(), gs.end())) is not None \
                        and (len(named) != 1 or form.group().lower() not in
                             official_name(next(iter(named))).lower()):
                    # "The Kingdom was upgraded" in a story that also names Bangladesh, or whose sentence before names
                    # only the United States ("the US Embassy in Manama said ..."): the one kingdom named before
                    state = _one_state_named(text[:s_start], form.group())
                    named = {state.alpha3: state} if state is not None else {}
                if len(named) != 1:
                    return None
                country = next(iter(named.values()))
        return country

    def _hedged(self, gap: str) -> bool:
        gap = _FIRST_TO_BE.sub(" ", gap)  # (a first of its kind is no hedge: "became the first Gulf state to be placed")
        return any(h.regex.search(gap) for h in self.rules.hedges)

    def _conditional(self, before_subject: str) -> bool:
        return any(h.regex.search(before_subject) for h in self.rules.conditions)


_FIRST_TO_BE = re.compile(r"\b(?:became|becomes|become)\s+the\s+(?:first|second|third|only|latest)\b[^,;.]*?\bto\s+be\b",
                          re.IGNORECASE)
# the end of an object's placement, then "and" and the next object: "kept Burma on Tier 3 and (Thailand on Tier 2)"
_PARALLEL_OBJECT = re.compile(r"\b(?:on|in|to|at|onto|into)\s+(?:the\s+)?(?P<tier>Tier\s+(?:1|2|3|One|Two|Three)"
                              r"(?:\s+Watch\s+List)?)\s*,?\s+and\s+$")


_ALSO = re.compile(r"[^,;.]{0,60}?\balso\b")  # "Indonesia also remained": the same report as the statement before
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d]?\s+[A-Z]|\n")


def _one_state_named(before: str, form: str) -> Country | None:
    """The one country named in `before` whose official name holds `form` ("kingdom", "sultanate"), else None."""
    states = {c.country.alpha3: c.country for c in _subject_mentions(before)
              if form.lower() in official_name(c.country.alpha3).lower()}
    return next(iter(states.values())) if len(states) == 1 else None


# an aside between commas or in brackets after an object country
_ASIDE = re.compile(r"\s*\([^()\n]{1,60}\)\s*|,[^,;.()\n]{1,80},\s*")
# the countries of the report that are cities, which a story may call "the city"
_CITY_COUNTRIES = frozenset({"HKG", "MAC", "SGP"})
# a generic subject that names a form of state: "the Kingdom", "the Republic"
_FORM_OF_STATE = re.compile(r"kingdom|republic|sultanate|emirate|principality", re.I)
# how far back (characters) "the country" may look for the one country named before its sentence
_LOOK_BACK = 300
# how far back (characters) the country of the last tier statement stands in for "the country"
_STORY_REACH = 1200
# "the countries on Tier 3 were ...", "(the) Tier 3 countries include ..."
_LISTED_BEFORE = re.compile(r"\b(?:countries|nations|governments)\s+(?:on|in|ranked\s+(?:on|in)|placed\s+on)\s+(?:the\s+)?$"
                            r"|^\s*(?:the\s+)?$", re.I)
_LISTED_AFTER = re.compile(r"\s*(?:(?<=\s)(?:countries|nations|governments)\s+)?(?:were|are|include[sd]?|including)\s+"
                           r"(?P<list>[^.;]+)")
_DEFINITION = re.compile(r"(?:those|the\s+ones|ones|countries|governments)\s+(?:whose|that|which|who|where)\b", re.IGNORECASE)
_LISTED_AS = re.compile(r"(?P<list>(?:[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)*(?:,[ \t]*|[ \t]+and[ \t]+))+"
                        r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)*),?[ \t]+(?:were[ \t]+|are[ \t]+)?"
                        r"(?:listed|classed|classified|designated)[ \t]+as[ \t]+(?:an?[ \t]+)?$")
_DECIDED = re.compile(r"\b(?:decision|decided|moved|chose)\s+to\s*$", re.I)
_TIER_AFTER = re.compile(r"[^.;]{0,25}?\b(?:tier|watch\s+list)\b", re.I)  # "Bangladesh on Tier 2"


def _subject_mentions(text: str, published_year: int | None = None) -> list[CountryMention]:
    """Country names, and demonyms followed by "government"/"authorities", in a text (after 2006, "Serbia and
    Montenegro" is two countries: the union dissolved that year)."""
    out = []
    for c in find_country_mentions(text, demonyms=True):
        if c.country.alpha3 == "SCG" and published_year is not None and published_year > 2006 \
                and (pair := _SERBIA_AND_MONTENEGRO.fullmatch(text, c.start, c.end)) is not None:
            out.extend(CountryMention(a, b, lookup_country(name), False)  # (the spans are the text's own)
                       for name, a, b in (("Serbia", *pair.span(1)), ("Montenegro", *pair.span(2))))
            continue
        if _PUBLISHER_AFTER.match(text, c.end):
            continue  # the report's publisher, not a country placed: "the US State Department's 2024 ... Report"
        if c.demonym:
            m = re.match(r"\s+(?:government|authorities|administration)\b", text[c.end:], re.IGNORECASE)
            if not m:
                continue
            c = CountryMention(c.start, c.end + m.end(), c.country, True)
        out.append(c)
    return out


_SERBIA_AND_MONTENEGRO = re.compile(r"(Serbia)\s+(?:and|&)\s+(Montenegro)")
_PUBLISHER_AFTER = re.compile(r"\.?\s*(?:State[ \t]+Department|Department[ \t]+of[ \t]+State)\b")
_AS_DID = re.compile(r"[^.;]{0,60}?,[ \t]*as[ \t]+(?:did|were|was|had|have|do|does)[ \t]+(?P<list>[^.;]{2,200})")
_RELATIVE_TAIL = re.compile(r",\s*(?:which|who|whose|where|while|but|though|although)\b")
_SINCE_YEAR = re.compile(r"(?:,[ \t]*where[ \t]+it[ \t]+has[ \t]+(?:been|stayed|remained|sat))?[ \t]+since[ \t]+"
                         r"(?P<year>(?:19|20)\d\d)\b")  # ("remains on Tier 3, where it has been since 2020")
# "four straight years on the Tier 2 Watch List from 2010 to 2013": a stretch of years on a tier
_YEARS_ON = re.compile(r"\b(?:years?|reports?|stint|spell)\s+(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_YEAR_TO_YEAR = re.compile(r"\s+(?:from|between)\s+(?P<first>(?:19|20)\d\d)\s+(?:to|and|until|through)\s+"
                                r"(?P<last>(?:19|20)\d\d)\b")
# "..., keeping that rating in 2019 and 2020": the tier again in each year named
_KEEPING = re.compile(r"[ \t]*,?[^.;]{0,40}?,[ \t]*keeping[ \t]+(?:that|the|its|this)[ \t]+(?:rating|ranking|tier|place|"
                      r"position|status)[ \t]+(?:in|for)[ \t]+(?P<years>(?:19|20)\d\d(?:[ \t]*(?:,|and|,[ \t]*and)[ \t]*"
                      r"(?:19|20)\d\d)*)", re.IGNORECASE)
# "... and retained that ranking last year": the tier kept in the year named after a statement
_RETAINED = re.compile(r"[^.;]{0,120}?\b(?:and|but)[ \t]+(?:has[ \t]+|had[ \t]+)?(?P<verb>retained|kept|maintained|held)[ \t]+"
                       r"(?:that|the|its|this)[ \t]+(?:rating|ranking|tier|place|position|status|placement)[ \t]+"
                       r"(?:(?:in|for)[ \t]+(?:the[ \t]+)?(?P<year>(?:19|20)\d\d)\b|(?P<ago>last[ \t]+year)|(?P<now>this[ \t]+year"
                       # ("... and kept that ranking in the report published in July": the story's year)
                       r"|in[ \t]+the[ \t]+(?:latest[ \t]+|new[ \t]+)?report[ \t]+(?:published|released|issued)[ \t]+"
                       r"(?:in|on|last|this)[ \t]+[A-Z][a-z]+))", re.IGNORECASE)
# "..., having been upgraded from the Tier 2 Watch List in 2020": a move to the statement's tier, then
_HAVING_BEEN = re.compile(r"[ \t]*,?[^.;]{0,120}?\b(?:(?P<n>a|one|two|three)[ \t]+years?[ \t]+(?=after[ \t]))?(?:having[ \t]+(?:first[ \t]+)?been[ \t]+|after[ \t]+(?:first[ \t]+)?being[ \t]+|after[ \t]+it[ \t]+was[ \t]+|having[ \t]+(?=\w+ed[ \t]+it\b)"
                          # the report's own move, said actively: "kept Pakistan on Tier 2 after upgrading it from ..."
                          r"|after[ \t]+(?=\w+ing[ \t]))(?P<verb>upgraded|downgraded|moved[ \t]+up|moved[ \t]+down"
                          r"|(?:upgrading|downgrading|upgraded|downgraded)[ \t]+(?:it|the[ \t]+country)|mov(?:ing|ed)[ \t]+it[ \t]+(?:up|down))[ \t]+from[ \t]+(?:the[ \t]+)?(?P<tier>Tier[ \t]+(?:1|2|3|one|two|three)"
                          r"(?:[ \t]+Watch[ \t]+List)?|(?:Tier[ \t]+2[ \t]+)?Watch[ \t]+List)"
                          # ("... in 2020", "... in the 2019 report")
                          r"(?:[ \t]+in[ \t]+(?:the[ \t]+|its[ \t]+)?(?P<year>(?:19|20)\d\d)(?![ \t]*-))?", re.IGNORECASE)
# "..., having spent 2020 and 2021 on the Tier 2 Watch List": the years, then the tier
_YEARS_SPENT = re.compile(r"[^.;]{0,120}?\bhaving[ \t]+spent[ \t]+(?P<years>(?:19|20)\d\d(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)"
                          r"(?:19|20)\d\d)*)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?P<tier>Tier[ \t]+(?:1|2|3|one|two|three)"
                          r"(?:[ \t]+Watch[ \t]+List)?|(?:Tier[ \t]+2[ \t]+)?Watch[ \t]+List)", re.IGNORECASE)
# "..., after having been ranked Tier 2 in the 2004 Report": the tier before the statement's, and when
_RANKED_BEFORE = re.compile(r"(?:[ \t]+(?:last|this)[ \t]+year)?[ \t]*,?[ \t]*"  # ("upgraded to Tier 1 last year after ...")
                            r"(?:(?:after[ \t]+having|having|after)[ \t]+been|after[ \t]+being)[ \t]+(?:ranked|placed|rated|listed)"
                            r"[ \t]+(?:on[ \t]+|as[ \t]+|at[ \t]+|in[ \t]+)?(?:the[ \t]+)?(?P<tier>Tier[ \t]+(?:1|2|3|one|two|three)"
                            r"(?:[ \t]+Watch[ \t]+List)?|(?:Tier[ \t]+2[ \t]+)?Watch[ \t]+List)"
                            r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?(?P<year>(?:19|20)\d\d)(?:[ \t]+(?:TIP|Trafficking[ \t]+in[ \t]+"
                            r"Persons))?[ \t]+Report)?", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\s*,?\s*from\s+(?:the\s+|its\s+)?", re.IGNORECASE)  # the words before a previous tier
# a relative clause on the tier a country came from: "from Tier 3, where it was placed in last year's report"
_WHERE_PLACED = re.compile(r"\s*,?\s+where\s+it\s+(?:was|had\s+been|sat|stood)\b", re.IGNORECASE)
_SUPPLY_TIER = re.compile(r"\btier[ \t]*[1-4][ \t]+[a-z]", re.IGNORECASE)  # "Tier 1 factories", "Tier 2 suppliers"
# the words after the United States that make it the report's publisher: "the United States' annual TIP report"
_REPORT_OWNER_AFTER = re.compile(r"(?:['\u2019]s?|[ \t]+State[ \t]+Department)[^.;]{0,50}?\b(?:report|TIP)\b", re.IGNORECASE)
# a clause dated back from the one before it: "..., a year after the country was ...", "two years after it was ..."
_YEARS_AFTER_IT = re.compile(r"\b(?P<n>a|one|two|three)[ \t]+years?[ \t]+after[ \t]+$", re.IGNORECASE)
_NUMBERS_OF_YEARS = {"a": 1, "one": 1, "two": 2, "three": 3}
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been|sat|stayed|remained)\b", re.IGNORECASE)
# a relative clause closing the words before a verb ("Niger, which last year was on the Watch List"), and
# one set off by commas inside them
# between two countries of a list of subjects, an acronym in brackets may follow the first: "Burma, the
# People's Republic of China (PRC), Cuba and North Korea remained on Tier 3"
_LIST_GAP = re.compile(r"(?:\s*\([A-Z][A-Za-z.]{1,9}\))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?")
# a table's tier column named by its year ("2022 tier", "Tier (2021)"); its move column
_TABLE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a year a clause of "when" dates, right before its subject: "... until 2018, when it was downgraded"
_YEAR_THEN_WHEN = re.compile(r"\b(?:until|in|by|till)\s+(?P<year>(?:19|20)\d\d),?\s+when\s+$", re.IGNORECASE)
_UNTIL_WHEN = re.compile(r"[\s,]*(?:[^,.;]{0,40},\s*)?(?:until|till)\s+(?:the\s+)?(?:19|20)\d\d,?\s+when\b", re.IGNORECASE)
_MOVE_HEADERS = frozenset({"movement", "change", "move", "trend", "direction"})
_MOVE_WORDS = {"up": "upgraded", "upgrade": "upgraded", "down": "downgraded", "downgrade": "downgraded",
               "none": "remained", "no change": "remained", "unchanged": "remained", "same": "remained"}


_TIER_WORD = re.compile(r"\bTier\b|\bTIP\b|Trafficking in Persons")
_ANOTHER_TIER = re.compile(r"\bTier\b|\bWatch\s+List\b", re.IGNORECASE)
_BARE_TIER_CELL = re.compile(r"[123]|2[ -]?WL|WL|SC|Special[ \t]+Cases?", re.IGNORECASE)


def _bare_tiers_below(rows: list[Row], column: int) -> bool:
    """Whether every cell of a column of a table's rows is a tier written bare ("1", "2WL", "3")."""
    return len(rows) >= 2 and all(_BARE_TIER_CELL.fullmatch(row.cells[column].text.strip(" *")) for row in rows)


def _cell_tier(text: str) -> str | None:
    """The tier a table's cell names, its words written whole or bare, maybe bold: "Tier 2 Watch List", "2", "**Tier 1**"."""
    words = text.strip(" *")
    return parse_tier(words if words.casefold().startswith(("tier", "special", "watch")) else f"tier {words}")


def _mostly_tiers(table: Table, column: int) -> bool:
    """Whether most filled cells of a column read as tiers (a column of counts under "Tier 1" reads as none)."""
    cells = [row.cells[column].text.strip(" *") for row in table.full_rows() if column < len(row.cells)]
    filled = [c for c in cells if c and c.casefold() not in ("n/a", "-", "\u2013", "\u2014")]
    return bool(filled) and 2 * sum(_cell_tier(c) is not None for c in filled) > len(filled)


def _tiers_below(table: Table, column: int) -> bool:
    """Whether most cells of a table's column name a tier ("Tier 2 Watch List" under a header "2021")."""
    cells = [row.cells[column].text.casefold().strip(" *") for row in table.full_rows()]  # (bold: "**Tier 1**")
    return bool(cells) and sum(c.startswith(("tier", "special", "watch")) for c in cells) * 2 > len(cells)

# a relative clause between a subject and its verb ("Niger, which last year was on the Watch List, was ...",
# "Myanmar and Cambodia, where many compounds are based, remained"); "which" may be the subject itself
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,?\s*$|,\s*where\b[^,;]*,\s*$")
_THE_COUNTRY_END = re.compile(r"\bthe\s+(?:country|nation|island|kingdom|republic|territory|archipelago|sultanate|emirate)$",
                              re.I)  # the object named again: "placed the country on"
_TIER_RANK = {"1": 0, "2": 1, "2WL": 2, "3": 3}  # better first
# a move dated back from the statement before it: "had been downgraded to Tier 3 from the Tier 2 Watch List a year earlier"
_YEARS_EARLIER = re.compile(r"(?:\s+from\s+(?:the\s+)?[^,.;]{1,40}?)?\s+(?:(?P<n>a|one|two|three|four|five)\s+years?\s+(?:earlier|before)"
                            r"|the\s+(?:previous|preceding)\s+year|the\s+year\s+before)\b", re.IGNORECASE)
# a move dated from the statement before it in the sentence: "... the following year", "... a year later",
# "... in the following year's report"
_YEARS_LATER = re.compile(r"\s+(?:(?:in\s+)?the\s+(?:following|next)\s+year(?:['\u2019]s)?|"
                          r"(?P<n>a|one|two|three|four|five)\s+years?\s+later)\b",
                          re.IGNORECASE)
# "..., a year after it was downgraded to the Tier 2 Watch List", "two years after being placed on Tier 3"
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_MOVE_TIERS = r"(?:tier[\s-]*(?:2|two)[\s-]*watch[\s-]*list|watch[\s-]*list|tier[\s-]*(?:1|2|3|one|two|three)|special\s+cases?)"
# (or the report's act: "a year after upgrading the country to Tier 2 from the Tier 2 Watch List")
_YEARS_AFTER_MOVE = re.compile(r"[^.;]{0,120}?,\s*(?P<n>a|one|two|three|four|five)\s+years?\s+after\s+(?:(?:(?:it|the\s+country)\s+"
                               r"(?:(?:was|had\s+been|has\s+been)\s+)?|"
                               r"being\s+|having\s+been\s+)(?P<verb>(?:down|up)graded|placed|ranked|moved\s+(?:up|down))|"
                               r"(?P<acting>(?:down|up)grading|placing|moving)\s+(?:it|the\s+country|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
                               r"(?:\s+(?:up|down))?)\s+"
                               rf"(?:from\s+(?:the\s+)?(?P<origin>{_MOVE_TIERS})\s+)?"
                               rf"(?P<prep>to|on|onto|in|into|from)\s+(?:the\s+)?(?P<tier>{_MOVE_TIERS})\b"
                               rf"(?:\s+from\s+(?:the\s+)?(?P<origin_after>{_MOVE_TIERS})\b)?", re.IGNORECASE)
# "..., after spending last year on the Tier 2 Watch List", "after two years on Tier 3"
_SPENT_BEFORE = re.compile(r"[^.;]{0,160}?,?\s+after\s+(?:spending\s+|having\s+spent\s+|it\s+spent\s+)?"
                           r"(?:last\s+year|the\s+previous\s+year|(?:the\s+(?:past|previous|last)\s+)?(?:a|one|two|three|four|five)"
                           r"\s+(?:consecutive\s+|straight\s+)?years?)\s+(?:on|in)\s+(?:the\s+)?"
                           rf"(?P<tier>{_MOVE_TIERS})\b", re.IGNORECASE)
# "..., where it has been placed since it was downgraded from Tier 2 Watch List in 2022", "since its upgrade
# from Tier 2 in 2019", "since being downgraded from the Watch List in 2022"
_MOVED_SINCE = re.compile(r"\bsince\s+(?:it\s+was\s+|being\s+|its\s+)(?P<verb>(?:down|up)grade[ds]?)\s+from\s+(?:the\s+)?"
                          r"(?P<tier>tier[\s-]*(?:2|two)[\s-]*watch[\s-]*list|watch[\s-]*list|tier[\s-]*(?:1|2|3|one|two|three)"
                          r"|special\s+cases?)\s+in\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_CLOSED_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,")
# a timeline's label with nothing after it but the verb: "2014: ", "2019 and 2020: ", "June 2014: "
_TIMELINE_LABEL = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?(?P<first>(?:19|20)\d\d)(?:\s*(?:and|&|,)\s*(?P<second>(?:19|20)\d\d))?\s*:\s*")
# a time before the verb of a tier statement
_TIME_BEFORE_VERB = re.compile(r"\b(?:(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b|(?P<ago>last\s+year|a\s+year\s+(?:ago|earlier))"
                               r"(?!['\u2019])|(?P<now>this\s+year)(?!['\u2019])"
                               r"|(?P<recent>(?:last|this|earlier\s+this)\s+(?:month|week))(?!['\u2019])"
                               # a timeline's label before the subject: "- June 2014: Thailand is downgraded to Tier 3"
                               r"|\b(?P<labelled>(?:19|20)\d\d)\s*:\s*$)", re.IGNORECASE)
# "in the 2021 and 2022 reports", "in the 2017, 2018, and 2019 TIP Reports", right after the tier words
# (an apposition on the tier may come first: "placed on Tier 3, the lowest level, in 2014 and 2015")
_REPORTS_LISTED = re.compile(r"^[\s,]*(?:the\s+[\w\s\-]{1,30}?,\s*)?(?:(?:in|for)\s+(?:both\s+)?(?:the\s+)?"
                             r"(?P<years>(?:(?:19|20)\d\d\s*,?\s*)+and\s+(?:19|20)\d\d)(?!\s*[\-\u2013/]?\d)"
                             r"(?:\s+(?:TIP\s+|Trafficking\s+in\s+Persons\s+)?reports\b)?"
                             r"|from\s+(?P<span>(?:19|20)\d\d\s+(?:to|through|until)\s+(?:19|20)\d\d)\b"
                             # "in 2023 and again this year", "in 2022 and again in 2023"
                             r"|in\s+(?P<again>(?:19|20)\d\d\s+and\s+again\s+(?:in\s+(?:19|20)\d\d|(?P<now>this\s+year)))\b)",
                             re.IGNORECASE)


# one report named right after a tier: "in the 2020 edition of the report", "in the 2019 TIP Report"
_ONE_REPORT_CITED = re.compile(r"[ \t]*in[ \t]+(?:the[ \t]+|its[ \t]+)?(?:19|20)\d\d[ \t]+(?:TIP[ \t]+|Trafficking[ \t]+in[ \t]+"
                               r"Persons[ \t]+)?(?:report|edition)\b", re.IGNORECASE)


def _reports_listed(after: str, published_year: int | None) -> list[tuple[int, int]]:
    """The report years listed right after a tier ("in the 2021 and 2022 reports", "in 2014 and 2015", "in
    2023 and again this year"), or the first and last of a span ("from 2018 to 2020"; a year between has no
    words of its own for a span to end at), each with where it ends in `after`; [] if none."""
    m = _REPORTS_LISTED.match(after)
    if m is None:
        return []
    group = "years" if m["years"] else "span" if m["span"] else "again"
    years = [(int(y.group()), y.end()) for y in re.finditer(r"(?:19|20)\d\d", after[:m.end(group)])]
    if m["now"]:
        years = years + [(published_year, m.end("now"))] if published_year is not None else []
    return years


# "... and remained there", "... but has stayed there": the place is the tier just named
_REMAINED_THERE = re.compile(r"[^.;]{0,120}?(?:\b(?:and|but|then)\s+|,\s*)(?:has\s+|had\s+|was\s+)?(?P<verb>(?:remained|stayed|"
                             r"remains|stays|was\s+kept|has\s+been|had\s+been|kept\s+(?:it|them|the\s+country))\s+there)\b",
                             re.IGNORECASE)  # ("... and kept it there in June": the report that kept it)


# "..., and Oman remained there": another country kept where the statement before put its own
_ANOTHER_THERE = re.compile(r"[^.;]{0,60}?\b(?:and|but|while|whereas)\s+(?:the\s+)?"
                            r"(?P<subject>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s+(?:also\s+)?"
                            r"(?P<verb>(?:had\s+)?(?:remained|stayed|been)|was\s+kept|(?P<now>has\s+(?:remained|stayed|been)|remains|stays))"
                            r"\s+there\b")


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _country_line(line: str) -> Country | None:
    s = line.strip()
    if not s or len(s) > 60 or not (s[0].isupper() or s[0].isdigit()):
        return None
    s = re.sub(r"^\d{1,4}\s*", "", s)
    return lookup_country(s)


def segment_countries(line: str) -> list[tuple[int, int, Country]] | None:
    """A line that is nothing but country names ("ARGENTINA  AUSTRALIA  COSTA RICA", "Chad, Cuba,
    Congo, Republic of the") as (start, end, country) triples; None when anything else is on it."""
    words = [m for m in re.finditer(r"[^\s,;\u2022\u00b7*|/]+", line)]
    if not words:
        return None
    out: list[tuple[int, int, Country]] = []
    i = 0
    while i < len(words):
        if re.fullmatch(r"\d{1,3}|and|&", words[i].group(), re.IGNORECASE) and out:
            i += 1  # footnote numbers and the "and" of a written list
            continue
        for j in range(min(len(words), i + 7) - 1, i - 1, -1):
            surface = line[words[i].start():words[j].end()]
            if not (surface[0].isupper() or surface[0].isdigit()):
                continue
            country = lookup_country(surface)
            if country is not None:
                out.append((words[i].start(), words[j].end(), country))
                i = j + 1
                break
        else:
            return None
    return out or None


# ---------------------------------------------------------------- years, merging, standards

class _PublishedYear(int):
    """The publication year, carrying its month when the date has one (for "the report last June")."""

    month: int | None = None


def _year_of(published: str | None) -> int | None:
    m = re.match(r"\s*(\d{4})(?:-(\d{2}))?", published or "")
    if not m:
        return None
    year = _PublishedYear(int(m.group(1)))
    year.month = int(m.group(2)) if m.group(2) else None
    return year


def _plain_year(published: str | None) -> int | None:
    """The publication year as a plain int (a record's report year)."""
    year = _year_of(published)
    return None if year is None else int(year)


# the month the report is released by (mid-June to mid-July in 2018-2024): a story of the months before it that
# cites no report is about the year before's
_RELEASE_MONTH = 6


def _same_sentence(text: str, a: int, b: int) -> bool:
    """Whether text[a] and text[b] stand in one sentence (no stop or line end between them)."""
    lo, hi = min(a, b), max(a, b)
    return ". " not in text[lo:hi] and "\n" not in text[lo:hi]


def _other_tier_in_sentence(text: str, pos: int, f: TierFinding, rules: TierRules) -> bool:
    """Whether the sentence holding text[pos], not the statement's own, names only tiers other than the statement's
    (one that names its tier too may be about it: "... upgraded from the Tier 2 Watch List to Tier 2 in the 2021
    ... Report")."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    if start <= f.start:
        return False
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    tiers = {parse_tier(t.group()) for t in tier_mentions(sentence, rules)} - {None}
    return bool(tiers) and f.tier not in tiers


def _latest_report_year(published: str | None) -> int | None:
    """The report a story that cites none is about: the publication year's, or the year before's when the story
    came out before that year's report ("The UK has been ranked in Tier 1 ..." in March 2024: the 2023 report)."""
    year = _plain_year(published)
    if year is None or published is None or len(published) < 7:
        return year
    return year - 1 if int(published[5:7]) < _RELEASE_MONTH else year


def _resolve_years(
    findings: list[TierFinding], text: str, rules: TierRules, *, kind, published, report_year
) -> None:
    """The report year of each statement: cited with it (in its sentence, or on a heading's or a
    list's line); the document's; cited in the text (news); the publication year (not for the
    Factbook, whose uncited entries stay None)."""
    doc_mentions: list[tuple[int, int, bool]] | None = None
    history: list[TierFinding] | None = None  # statements of a country's earlier placement (see below)
    line_years: dict[int, int | None] = {}
    last: TierFinding | None = None  # the statement before
    for f in findings:
        year = f.local_year
        if year is None and last is not None and last.local_year is not None and last.end <= f.start \
                and not _SENTENCE_BREAK.search(text, last.end, f.start) and _ALSO.match(text, f.start, f.end):
            year = last.local_year  # "..., remained there in last year's edition, and Indonesia also remained on Tier 2"
        last = f
        if year is None and f.second_phrase and kind not in ("tip_report", "factbook"):
            year = _plain_year(published)  # not the year cited for the statement before it
        # a sentence's own citation is its local_year; a Factbook entry (one line) cites its year at the end
        if year is None and (f.source != "sentence" or kind == "factbook"):
            ls = text.rfind("\n", 0, f.start) + 1
            if ls not in line_years:
                le = text.find("\n", f.start)
                line_years[ls] = report_year_in(text[ls:le if le >= 0 else len(text)], rules, _year_of(published))
            year = line_years[ls]
        if year is None:
            year = report_year
        if year is None and kind not in ("tip_report", "factbook"):
            if doc_mentions is None:
                cited = (
                    (m.start(), _cited_year(m, _year_of(published)), bool(m.groupdict().get("ago")))
                    for rule in rules.report_years
                    for m in rule.regex.finditer(text)
                    if not _SAME_AS_BEFORE.search(text, max(0, m.start() - 60), m.start())  # (the placement before)
                )
                doc_mentions = sorted((start, y, ago) for start, y, ago in cited if y is not None)
            if doc_mentions:
                # (not a report cited for an earlier placement of another country, one the text has just given this
                # year's placement of: "... upgraded to Tier 1. The country was ranked on Tier 2 in the 2018 report. ...
                # Jamaica remained on Tier 2" is this year's)
                if history is None:
                    history = [g for g in findings if g.source == "sentence" and g.local_year is not None and any(
                        h.country.alpha3 == g.country.alpha3 and h.start < g.start and h.local_year != g.local_year
                        and h.tier != g.tier for h in findings)]
                before = [y for s, y, _ in doc_mentions if s <= f.start and not any(
                    g.country.alpha3 != f.country.alpha3 and g.local_year == y and g.end <= f.start
                    and _same_sentence(text, g.start, s) for g in history)]
                # (a report cited later as last year's is not the one a statement before it is about, nor one older
                # than the year before the latest at publication: "has been moved up ... The State Department placed
                # Malaysia on Tier 3 in the 2021 report" in a story of June 2023 is about the 2023 report)
                latest = _latest_report_year(published) if published else None
                # (nor one cited for another tier in a sentence of its own: "... has been upgraded to Tier 1. The
                # twin-island republic was ranked on Tier 2 in the 2018 report")
                after = [y for s, y, ago in doc_mentions if s > f.start and not ago and (latest is None or y >= latest - 1)
                         and not _other_tier_in_sentence(text, s, f, rules)]
                year = before[-1] if before else after[0] if after else None
        if year is None and kind != "factbook":
            year = _latest_report_year(published)
        f.report_year = year


# the tier a move started from, inside the move's words: "from Tier 3", "from the Tier 2 Watch List"
_MOVED_FROM = re.compile(r"\bfrom[ \t]+(?:the[ \t]+)?(?:[^,;.]{0,40}?[ \t])??(?P<tier>Tier[ \t]+(?:[123]|One|Two|Three)\b"
                         r"(?:[ \t]+Watch[ \t]+List)?|Watch[ \t]+List|Special[ \t]+Case)", re.IGNORECASE)


# a move said before the placement's own verb: "Malaysia is upgraded from Tier 3 and placed on Tier 2 Watch List"
_MOVE_BEFORE_PLACEMENT = re.compile(r"\b(?P<verb>up|down)graded[ \t]+from[ \t]+(?:the[ \t]+)?(?P<tier>Tier[ \t]+(?:[123]|One|Two|Three)\b"
                                    r"(?:[ \t]+Watch[ \t]+List)?|Watch[ \t]+List)[ \t]+and[ \t]+", re.IGNORECASE)


def _moves_said_before(findings: list[TierFinding], text: str) -> None:
    """A sentence placement without a change, whose words say the move first ("is upgraded from Tier 3 and placed on
    Tier 2 Watch List"): upgraded or downgraded, from that tier, when the two tiers agree with the verb."""
    for f in findings:
        if f.source != "sentence" or f.change is not None:
            continue
        m = _MOVE_BEFORE_PLACEMENT.search(text, f.start, f.end)
        previous = parse_tier(m["tier"]) if m is not None else None
        change = change_between(previous, f.tier) if previous is not None else None
        if change is not None and change == m["verb"].lower() + "graded":
            f.change, f.previous_tier, f.explicit_change = change, previous, True


# where a moved country stood before, in a relative clause: ", which had been on the Tier 2 Watch List,"
_WHICH_HAD_BEEN = re.compile(r",\s*(?:which|that)\s+(?:had\s+been|was)\s+(?:placed\s+|ranked\s+|listed\s+|rated\s+)?"
                             r"(?:on|in|at)?\s*(?:the\s+)?(?P<tier>Tier\s+(?:[123]|One|Two|Three)\b(?:\s+Watch\s+List)?"
                             r"|Watch\s+List)\s*,", re.IGNORECASE)


def _placements_moved_from(findings: list[TierFinding], text: str) -> list[TierFinding]:
    """The placement a move names as its start ("Algeria was upgraded from Tier 3 to the Tier 2 Watch List" in the
    2024 report: Tier 3 in 2023; "Brunei, which had been on the Tier 2 Watch List, fell to Tier 3", which also gives
    the move its previous tier), when no statement gives that country's tier for that year; its words run from
    the move's first word to the end of the phrase naming the earlier tier (not the move's own words: statements
    with the same words would share one record's fields)."""
    have = {(f.country.alpha3, f.report_year) for f in findings}
    out: list[TierFinding] = []
    for f in findings:
        if f.source != "sentence" or f.change not in ("upgraded", "downgraded") or f.report_year is None:
            continue
        m = _WHICH_HAD_BEEN.search(text, f.start, f.end) if f.previous_tier is None else None
        if m is not None and change_between(parse_tier(m["tier"]), f.tier) == f.change:
            f.previous_tier = parse_tier(m["tier"])
        else:
            m = _MOVED_FROM.search(text, f.start, min(len(text), f.end + 80))  # (or after it: "to Tier 2 from Tier 1")
        if m is None or f.previous_tier is None or parse_tier(m["tier"]) != f.previous_tier or m.end() == f.end \
                or any(c in text[f.end:m.start()] for c in ".;\n") or (f.country.alpha3, f.report_year - 1) in have:
            continue
        have.add((f.country.alpha3, f.report_year - 1))
        out.append(replace(f, end=m.end(), tier=f.previous_tier, report_year=f.report_year - 1, change=None,
                           previous_tier=None, rule="moved_from", explicit_change=False))
    return out


def _merge(findings: list[TierFinding]) -> list[TierFinding]:
    """One story per (country, report year): the best-placed tier wins, the others agree or go."""
    groups: dict[tuple[str, int | None], list[TierFinding]] = {}
    for f in sorted(findings, key=lambda f: f.start):
        groups.setdefault((f.country.alpha3, f.report_year), []).append(f)
    out: list[TierFinding] = []
    for group in groups.values():
        best = max(_PRIORITY[f.source] for f in group)
        tier = next(f.tier for f in group if _PRIORITY[f.source] == best)
        kept = [f for f in group if f.tier == tier]
        change = next((f.change for f in kept if f.explicit_change and f.change), None)
        change = change or next((f.change for f in kept if f.change), None)
        previous = next((f.previous_tier for f in kept if f.previous_tier and f.change == change), None)
        if change == "remained":
            previous = tier
        out += [replace(f, change=change, previous_tier=previous) for f in kept]
    return out


def _attach_standards(findings: list[TierFinding], scan: _Scan, bounds: list[tuple[int, int]]) -> None:
    """The minimum-standards finding of each country that has a tier statement in the text."""
    text, rules = scan.text, scan.rules
    by_country: dict[str, str] = {}
    countries = {f.country.alpha3 for f in findings}
    starts = [s for s, _ in bounds]
    for m in re.finditer(r"minimum\s+standards", text, re.IGNORECASE):
        k = bisect_right(starts, m.start()) - 1
        if k < 0:
            continue
        s_start, s_end = bounds[k]
        found = find_standards(text[s_start:s_end], rules)
        if found is None:
            continue
        value, fs, _fe = found
        country = _standards_subject(scan, s_start, s_start + fs, countries)
        if country is not None and country.alpha3 not in by_country:
            by_country[country.alpha3] = value
    for f in findings:
        f.standards = by_country.get(f.country.alpha3)


def _standards_subject(scan: _Scan, s_start: int, at: int, countries: set[str]) -> Country | None:
    region = scan.text[s_start:at]
    mentions = _subject_mentions(region)
    for c in reversed(mentions):
        if scan.rules.subject_suffix.search(region[c.end:]) or re.fullmatch(r"[\s,]*", region[c.end:]):
            return c.country
    if scan.default_country(s_start) is None and scan.rules.subject.search(region.rstrip(" ,")):
        # "Nigeria has been ranked Tier 1 by the U.S. State Department ..., meaning it fully meets": "it" is
        # the last country named before that has a tier statement
        for c in reversed(mentions):
            if c.country.alpha3 in countries:
                return c.country
    g = scan.rules.gap.search(region)
    head = region[:g.start()] if g else region
    if scan.rules.subject.search(head.rstrip(" ,")):
        country = scan.default_country(s_start)
        if country is not None:
            return country
        if mentions:
            return mentions[-1].country
    if len(countries) == 1 and not mentions:
        return country_by_code(next(iter(countries)))
    return None
