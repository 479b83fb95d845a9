"""Organisation names from capitalised word sequences, and the governments of countries.

Pure functions of strings: the component finds the sequences, these decide
whether one names an organisation ("Ministry of Interior", "Royal Malaysia
Police", "Winrock International"), of which kind, of which country, and under
which key its mentions merge ("Interior Ministry" = "Ministry of the
Interior"). Word lists come from models/lexicons/actor_*.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .countries import Country, fold, lookup_subdivision, trie_pattern
from .countries import lookup_country as _lookup_country
from .countries import lookup_demonym as _lookup_demonym

ACTOR_KINDS = ("person", "government", "ngo", "international", "program", "company", "media", "armed_group")

# A word of running text: "U.S.", "Waziri-Azi", "People's", "Ltd.", "W.", "NAPTIP".
# letters: ASCII, Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese: "Thắng", "Nguyễn")
# a word broken at a line end by text copied out of a PDF: "Ser-\nvice", "Ser- vice" once the line is joined (not
# a hyphen left hanging before "and": "pre- and post-trial")
BROKEN_AT_LINE_END = r"-(?:[ \t]*\n[ \t]*|[ \t])(?=[a-z])(?!(?:and|or|to|nor)\b)"
# (a word broken at a line end is one word: see _word)
# company legal forms written in small letters (most with periods), which close a capitalised name: "Vertis Personal s.r.o.",
# "Balkan Staffing d.o.o.", "Agro Trade a.s.", "Harcourt & Vale Hotels plc", the Polish "Pro-Work Serwis sp. z o.o."
SMALL_LEGAL_FORMS = frozenset({"s.r.o.", "d.o.o.", "a.s.", "d.d.", "s.p.a.", "s.r.l.", "s.a.s.", "plc", "sp. z o.o.",
                               "sp.z o.o."})
SMALL_LEGAL_FORM = r"(?<![\w.])(?i:" + "|".join(map(re.escape, sorted(SMALL_LEGAL_FORMS, key=len, reverse=True))) + r")(?!\w)"
_WORD_RE = re.compile(rf"{SMALL_LEGAL_FORM}|(?:[A-Z]\.){{2,}}|[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]+"
                      rf"(?:(?:{BROKEN_AT_LINE_END}|['’&/\-\u2010\u2011])[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]+)*\.?")
_LINE_BREAK_HYPHEN = re.compile(BROKEN_AT_LINE_END)


def join_broken_words(text: str) -> str:
    """`text` with the words a line end broke joined again: "Police Ser-\nvice" -> "Police Service"."""
    return _LINE_BREAK_HYPHEN.sub("", text) if "- " in text or "-\n" in text else text
_KEEP_PERIOD = frozenset({
    "ltd.", "inc.", "co.", "corp.", "st.", "jr.", "sr.", "bhd.", "sdn.", "pty.", "pte.", "pvt.",
    # abbreviated titles and ranks, so that "Lt. Col. Maria Santos" reads as one run
    "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "hon.", "sen.", "rep.", "gov.", "amb.", "supt.", "insp.",
    "lt.", "col.", "gen.", "maj.", "capt.", "cpl.", "sgt.", "adm.", "cmdr.", "brig.", "pol.", "atty.", "engr.",
    "det.", "const.", "con.", "asst.", "dep.", "fr.", "br.",
    "ma.", "md.", "mohd.", "muhd.",  # given names written short: "Ma. Cristina Dizon", "Md. Rakibul Hasan"
})
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
# "People's Republic", "Ministry of Women's Affairs": part of a name, not an owner
_PLURAL_OWNERS = frozenset({"people", "women", "children", "men", "workers"})
# words run together by PDF extraction: "BURUNDI121to", "LISTThe", "TraffickingSmuggling"
_GLUED = re.compile(r"[A-Za-z]{3}\d|\d[A-Za-z]{2}|[A-Z]{3,}[a-z]{2}|[a-z]{4}[A-Z][a-z]{3}")
# a short brand in camel case is no text glued by extraction: "ClearLine", "ChildLine" (not "ReportsThe", "ChinaDespite")
_CAMEL_BRAND = re.compile(r"(?=.{6,11}$)[A-Z][a-z]{4,6}[A-Z][a-z]{3,5}")


@lru_cache(maxsize=65536)
def lookup_country(phrase: str) -> Country | None:
    """countries.lookup_country, remembered (names repeat across a corpus)."""
    return _lookup_country(phrase)


@lru_cache(maxsize=65536)
def lookup_demonym(phrase: str) -> Country | None:
    """countries.lookup_demonym, remembered."""
    return _lookup_demonym(phrase)


# the capital letters a name may open with: ASCII, Latin-1 ("Óscar", "Émile") and the Latin Extended-A capitals
# of European names ("Łukasz", "Şahin", "Žilina"); not "Š", which PDF copies of the TIP Report write for a dash
# the capitals a name's words may open with: ASCII, Latin-1, and every capital of Latin Extended-A and B and of
# Latin Extended Additional ("Šimková", "Ōta", "Đặng")
NAME_CAPITALS = "A-Z\u00C0-\u00D6\u00D8-\u00DE" + "".join(
    c for c in map(chr, [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
# the small letters a name's words may end with: ASCII, Latin-1, Latin Extended-A and B, and the Vietnamese
# letters of Latin Extended Additional ("Hoàng Văn Tú, 29,")
NAME_SMALL_LETTERS = "a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u1E00-\u1EFF"


class Word:
    """One word of running text with its character offsets; `possessive` when an "'s" was cut off."""

    __slots__ = ("start", "end", "text", "possessive", "lower", "capitalised")

    def __init__(self, start: int, end: int, text: str, possessive: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.possessive = possessive
        attrs = _WORD_ATTRS.get(text)
        if attrs is None:
            attrs = _word_attrs(text)
        self.lower, self.capitalised = attrs

    def __repr__(self) -> str:
        return f"Word({self.start}, {self.end}, {self.text!r}{', possessive' if self.possessive else ''})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Word) and (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))


_WORD_ATTRS: dict[str, tuple[str, bool]] = {}  # word text -> (lower, capitalised): words repeat


def _word_attrs(text: str) -> tuple[str, bool]:
    """(lower, capitalised) of a Word's text, remembered in _WORD_ATTRS."""
    lower = text.lower().replace("’", "'")
    # "BURUNDI121to": a running head glued to the text by PDF extraction is not a name (a plain
    # capitalised word, "Ministry", cannot be one: that needs a digit or a capital after the first)
    capitalised = text[:1].isupper() and (
        (text.isalpha() and text[1:].islower()) or not _GLUED.search(text) or _CAMEL_BRAND.fullmatch(text) is not None)
    if not capitalised and text[:2] in ("d'", "d\u2019") and text[2:3].isupper():
        capitalised = True  # an elided particle before a name: "Côte d'Ivoire"
    elif not capitalised and lower in SMALL_LEGAL_FORMS:
        capitalised = True  # a legal form closing a name: "Vertis Personal s.r.o."
    if len(_WORD_ATTRS) >= 200_000:  # bounded on very large runs
        _WORD_ATTRS.clear()
    attrs = _WORD_ATTRS[text] = (lower, bool(capitalised))
    return attrs


def split_words(text: str, offset: int = 0) -> list[Word]:
    """The words of a text with character offsets (plus `offset`); a possessive "'s" is cut off and
    flagged; a trailing period is kept only on initials ("W.") and company abbreviations ("Ltd.")."""
    words = []
    for m in _WORD_RE.finditer(text):
        word = _word(m.group(), m.start() + offset, m.end() + offset)
        if word is not None:
            words.append(word)
    return words


def _word(w: str, s: int, e: int) -> Word | None:
    """The Word of one match of _WORD_RE at [s, e), or None when nothing is left of it."""
    if w[:5] == "then-" and len(w) > 5 and w[5].isupper():
        w, s = w[5:], s + 5  # "the then-Ministry of Labour": the name as it was, without "then-"
    if "- " in w or "-\n" in w:
        w = join_broken_words(w)  # "Police Ser-\nvice": the word whole (its offsets span the break)
    last = w[-1]
    if last != "." and last != "s" and last != "S":  # most words: nothing to cut
        return Word(s, e, w)
    cut = _CUTS.get(w)
    if cut is None:
        cut = _cut(w)
    text, n_cut, possessive = cut
    return Word(s, e - n_cut, text, possessive) if text else None


_CUTS: dict[str, tuple[str, int, bool]] = {}  # word -> _cut(word): words repeat


def _cut(w: str) -> tuple[str, int, bool]:
    """What _word keeps of a match ending in "." or "s": (text, characters cut off the end, possessive)."""
    orig, e = w, len(w)
    if w[-1] == "." and not (len(w) == 2 and w[0].isupper()) and w.lower() not in _KEEP_PERIOD \
            and not _DOTTED.fullmatch(w) and w.lower() not in SMALL_LEGAL_FORMS:
        w, e = w[:-1], e - 1
    possessive = False
    if len(w) > 2 and w[-1] in "sS" and w[-2] in "'’" and w[:-2].lower() not in _PLURAL_OWNERS:  # ("PARLIAMENT'S")
        w, e, possessive = w[:-2], e - 2, True
    if len(_CUTS) >= 100_000:  # bounded on very large runs
        _CUTS.clear()
    cut = _CUTS[orig] = (w, len(orig) - e, possessive)
    return cut


class WordIndex:
    """The words of one whole text, found once: `between(lo, hi)` is `split_words(text[lo:hi], lo)`
    without splitting the same stretch again for every rule that looks at it. Words are made when
    first asked for and shared (they are never changed). When `lo` cuts a word of the whole text, the
    slice is split on its own, as split_words would; when `hi` does, only the cut word is."""

    def __init__(self, text: str) -> None:
        self.text = text
        bounds = [m.span() for m in _WORD_RE.finditer(text)]
        self._bounds = bounds
        # (two comprehensions: zip(*bounds) passes every pair as an argument, slow on long texts)
        self._starts: list[int] = [s for s, _ in bounds]
        self._ends: list[int] = [e for _, e in bounds]
        # the words, made when first asked for (None where nothing is left of a match)
        self._words: list[Word | None] = [None] * len(bounds)
        self._made = bytearray(len(bounds))

    def _make(self, i: int, j: int) -> None:
        """Make the words i..j-1 not made yet."""
        made, words, bounds, text = self._made, self._words, self._bounds, self.text
        for k in range(i, j):
            if not made[k]:
                s, e = bounds[k]
                w = text[s:e]
                last = w[-1]
                # most words: nothing to cut (as in _word)
                words[k] = Word(s, e, w) if last != "." and last != "s" and last != "S" and "- " not in w \
                    and "-\n" not in w \
                    else _word(w, s, e)
                made[k] = 1

    def between(self, lo: int, hi: int) -> list[Word]:
        n = len(self.text)
        lo, hi = min(max(lo, 0), n), min(max(hi, 0), n)
        if lo >= hi:
            return []
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        if i > 0 and ends[i - 1] > lo:
            return split_words(self.text[lo:hi], lo)
        if j > i and ends[j - 1] > hi:
            # the last word is cut: the words before it are the same in the slice (a match of _WORD_RE
            # that ends before `hi` never looks past it), the cut one is split on its own
            j -= 1
            if self._made.find(0, i, j) >= 0:
                self._make(i, j)
            tail = split_words(self.text[starts[j]:hi], starts[j])
            return [w for w in self._words[i:j] if w is not None] + tail
        if self._made.find(0, i, j) >= 0:
            self._make(i, j)
        return [w for w in self._words[i:j] if w is not None]


@dataclass(frozen=True)
class OrgKeyword:
    words: tuple[str, ...]
    kind: str
    head: bool
    prefix: bool
    standalone: bool = False
    opener: bool = False  # opens a name whatever follows: "Fundación Luna Nueva", "Policía Nacional"
    trade: bool = False  # names a business by its trade; in a list, only the last name holds it: "Jade Spa, ... and Foot Spa"


@dataclass
class ActorWords:
    """Word lists from models/lexicons/actor_words.json and actor_org_keywords.jsonl."""

    keywords: dict[tuple[str, ...], OrgKeyword]
    connectors: frozenset[str]
    leading_stop: frozenset[str]
    not_org_heads: frozenset[str]
    international_openers: frozenset[str]
    subnational: frozenset[str]
    speech_verbs: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    state_openers: frozenset[str] = frozenset()
    state_words: frozenset[str] = frozenset()  # "Superior Defense Institute": a state's, wherever the word is
    role_modifiers: frozenset[str] = frozenset()
    descriptors: frozenset[str] = frozenset()
    roles_not_before_names: frozenset[str] = frozenset()
    not_body_heads: frozenset[str] = frozenset()
    not_actor_names: frozenset[str] = frozenset()  # lower-case
    office_holders: frozenset[str] = frozenset()  # "Attorney General's Office": the possessive is in the name
    purpose_verbs: frozenset[str] = frozenset()  # "Strategy to Prevent Trafficking"
    topics_after_on: frozenset[str] = frozenset()  # "National Rapporteur on Trafficking in Persons"
    seats: frozenset[str] = frozenset()  # "Embassy of Ethiopia in Riyadh": the place is in the name
    generic_courts: frozenset[str] = frozenset()  # "High Court in Glasgow": a court named by these goes on with its seat
    program_heads: frozenset[str] = frozenset()  # "Wage Protection System (WPS)" is a programme
    name_openers: frozenset[str] = frozenset()  # "the New People's Army": no leading_stop inside a sentence
    regions: frozenset[str] = frozenset()  # "the East and Horn of Africa" is a place, not a body
    portfolio_words: frozenset[str] = frozenset()  # "Minister of Home Affairs Maria Lopez": "Affairs" is no name
    body_verbs: frozenset[str] = frozenset()  # "The HTU continued to ...": an acronym acting as a body
    body_modals: frozenset[str] = frozenset()  # "OAG would prosecute": a modal before the body's verb
    body_staff: frozenset[str] = frozenset()  # "ATU officers": the body they serve
    paper_heads: frozenset[str] = frozenset()  # "told the Daily Graphic": a newspaper's last word
    person_nouns: frozenset[str] = frozenset()  # "a trafficker named ...": a person's noun before "named"
    adjective_endings: tuple[str, ...] = ()  # "Scottish Government" keeps its name; "Borno State Government" does not
    topics_based: frozenset[str] = frozenset()  # "Gender-Based Violence ... Unit": a topic, not where a body is based
    force_modifiers: frozenset[str] = frozenset()  # "Border police said": a kind of force opening a sentence, no place
    document_heads: frozenset[str] = frozenset()  # "the Watch List of the US State Department": the body after "of"
    # verbs opening a recommendation or an instruction: "• Direct Ministry of Health staff to ...", "Use the ASEAN ..."
    imperative_openers: frozenset[str] = frozenset()
    campaign_groups: frozenset[str] = frozenset()  # "Youth Against Irregular Migration": people named by their cause
    people_columns: frozenset[str] = frozenset()  # a table's column of people: "Name | Organisation"
    body_columns: frozenset[str] = frozenset()  # a table's first column of bodies: "Organisation | Country | Award"
    affiliation_columns: frozenset[str] = frozenset()  # the column of the bodies they belong to
    role_columns: frozenset[str] = frozenset()  # the column of their jobs
    calendar_words: frozenset[str] = frozenset()  # month and weekday names, from the date lexicon
    weekdays: frozenset[str] = frozenset()  # the weekday names alone
    max_keyword: int = field(init=False)
    _first_words: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.max_keyword = max((len(k) for k in self.keywords), default=1)
        self._first_words = frozenset(k[0] for k in self.keywords if k)

    def opens_keyword(self, lower: str) -> bool:
        """Whether a lower-case word is the first word of an organisation keyword ("ministry")."""
        return lower in self._first_words

    def keyword_at(self, words: Sequence[Word], i: int) -> tuple[OrgKeyword, int] | None:
        """The longest keyword starting at words[i], with its length in words."""
        first = words[i]
        if not first.capitalised or (first.lower not in self._first_words
                                     and not (first.possessive and first.lower + "'s" in self._first_words)):
            return None
        for n in range(min(self.max_keyword, len(words) - i), 0, -1):
            key = tuple(w.lower + ("'s" if w.possessive and j < n - 1 else "") for j, w in enumerate(words[i:i + n]))
            kw = self.keywords.get(key)
            if kw is not None and words[i].capitalised:
                return kw, n
        return None

    def has_keyword(self, words: Sequence[Word]) -> bool:
        """Whether a keyword starts at any of the words."""
        return any(self.keyword_at(words, i) is not None for i in range(len(words)))


def build_keywords(rows: Iterable[dict]) -> dict[tuple[str, ...], OrgKeyword]:
    table = {}
    for row in rows:
        position = row.get("position", "both")
        low = row["keyword"].lower()
        words = (low,) if low in SMALL_LEGAL_FORMS else tuple(low.split())  # ("sp. z o.o." is one word)
        opener = position == "opener" or bool(row.get("opener", False))  # also a head: "Gendarmerie Nationale"
        table[words] = OrgKeyword(words, row["kind"], position in ("head", "both"),
                                  position in ("prefix", "both", "opener") or opener, bool(row.get("standalone", False)),
                                  opener=opener, trade=bool(row.get("trade", False)))
    return table


# ---------------------------------------------------------------- runs of capitalised words

_WRAPPED_GAP = re.compile(r"[ \t]*\n[ \t]*")  # a line end after a connector, in text wrapped by hand ("Assistance and\n")
_RUN_GAP = re.compile(r"[ \t\u00a0]{1,3}|[ \t]+&[ \t]+")  # (an ampersand joins two words of a name)
_LINKING = frozenset({"of", "for", "to", "on", "against"})
# Spanish, Portuguese and French names link the same way, often after an adjective or two:
# "Centro de Orientación", "Fiscalía Especializada contra la Trata", "Cellule Nationale de Lutte"
_ROMANCE_LINKING = frozenset({"de", "del", "des", "du", "da", "do", "di", "al", "contra", "contre", "para", "pour", "en",
                              "y", "e", "et"})
PORTFOLIO_BODIES = frozenset({"ministry", "ministries", "minister", "department", "secretariat", "directorate"})  # "of" a portfolio
_PLACE_HEADS = frozenset({"province", "region", "district", "county", "city", "municipality", "state", "prefecture"})
_ROMANCE_ARTICLES = frozenset({"la", "le", "les", "los", "las", "el", "o", "os", "as"})  # ("para o": Portuguese)
ARTICLES = _ROMANCE_ARTICLES | {"the"}  # what may follow a connector inside a name: "of the", "contra la"


_CONTACT_LABELS = frozenset({"tel", "telephone", "phone", "fax", "email", "e-mail", "mobile", "cell", "website", "web"})


def capitalised_runs(text: str, words: Sequence[Word], lex: ActorWords,
                     sentence_starts: frozenset[int] | set[int] = frozenset()) -> list[list[Word]]:
    """Maximal sequences of capitalised words joined by single spaces, with connectors inside
    ("Ministry of the Interior", "Department to Combat Irregular Migration", "Trafficking in Persons").
    `text` is the string the words' offsets point into; a run never crosses a sentence start."""
    runs: list[list[Word]] = []
    cur: list[Word] = []
    owner_end = 0  # words of `cur` up to a plural possessive inside it ("Council of Ministers' Decision")

    def close() -> None:
        nonlocal owner_end
        while cur and not cur[-1].capitalised:
            cur.pop()
        if cur and _OWNED_BODY_AFTER.match(text, cur[-1].end):
            _drop_owner_after_and(cur, lex)  # "the Ministry of Interior and Dubai government": two bodies
        owned = [w for w in cur[owner_end:] if w.lower.rstrip(".") not in ("no", "nos")] if cur and owner_end else []
        if owned and owned[-1].lower in lex.not_org_heads:
            # the owner is the body; what it owns is a document ("Council of Ministers' Decision No. 166"), but a body
            # whose name holds a place word is one ("Labour and Employees' State Insurance Department")
            del cur[owner_end:]
        elif cur and owner_end and len(cur) - owner_end >= 2 and lex.has_keyword(cur[:owner_end]) \
                and lex.has_keyword(_up_to_and_the(cur[owner_end:])):
            # a body and the unit it owns, each a name: "Directorate of Criminal Investigations' Anti-Human
            # Trafficking Unit" (one word owned is the name's last: "Society for Migrants' Aid")
            runs.append(cur[:owner_end])
            del cur[:owner_end]
        if cur:
            runs.append(list(cur))
        cur.clear()
        owner_end = 0

    for idx, w in enumerate(words):
        if cur and w.start in sentence_starts:
            close()
        if cur:
            prev = cur[-1]
            gap = text[prev.end + (2 if prev.possessive else 0):w.start]
            if gap in ("' ", "\u2019 ") and prev.text.endswith("s") \
                    and (len(cur) == 1 or (len(cur) == 2 and cur[0].lower == "the")  # ("The Workers' Support ...")
                         or any(c.lower in ("of", "for") for c in cur) or _keyword_ends_at(words, idx, lex)):
                # a plural possessive inside a name ("Ministry of Expatriates' Welfare", "Centre for Workers' Rights") or
                # opening it
                # ("Workers' Support and Insurance Fund")
                owner_end = len(cur)
            elif gap == ", " and prev.capitalised and w.capitalised and _portfolio_list(text, words, idx, cur, lex):
                pass  # a ministry's portfolios listed with commas: "Ministry of Commerce, Industries, Labour and Immigration"
            elif not (_RUN_GAP.fullmatch(gap) or (not prev.capitalised and _WRAPPED_GAP.fullmatch(gap))) \
                    or ("\n" in gap and text[w.end:w.end + 1] == ":") \
                    or (w.lower in _CONTACT_LABELS and text[w.end:w.end + 2].lstrip(".")[:1] == ":"):
                close()  # (a label opening the next line ends a name: "... for West and Central Africa\nTelephone:";
                # so does a contact label on a line a hard wrap joined: "... Public Information Tel.: +41 22 ...")
            elif prev.possessive and prev.lower.endswith(("men", "children", "people")) and w.capitalised \
                    and (len(cur) == 1 or (len(cur) == 2 and cur[0].lower == "the") or _keyword_ends_at(words, idx, lex)):
                owner_end = len(cur)  # a plural that takes "'s" opening a name: "Fishermen's Mission", "Children's Aid"
            elif prev.possessive and not (_held_office(w, lex) and prev.lower in lex.office_holders) \
                    and not (w.lower in _OWNED_PLACE_HEADS and w.capitalised and gap == " "):
                close()
        if cur and not cur[-1].capitalised and w.lower in lex.calendar_words:
            close()  # "State Department on Monday": a day or month after a connector is not in the name
        if cur and cur[-1].text.endswith(".") and cur[-1].lower[:-1] in _FORMS_ENDING_SENTENCES \
                and w.lower.rstrip(".") not in _FORMS_ENDING_SENTENCES:
            close()  # a legal form's period may end the sentence too: "... Fly River Timbers Ltd. Workers told ..."
        if w.capitalised and not (w.text.isupper() and len(w.text) > 1 and cur and cur[-1].text.isupper()
                                  and len(cur) > 2):
            cur.append(w)
            continue
        if cur and w.lower in lex.connectors and (_connector_ok(
                cur, w.lower, lex, words[idx + 1] if idx + 1 < len(words) else None)
                or _seated(cur, w.lower, words, idx, lex) or _named_up_to_acronym(text, words, idx, lex, cur[1] if len(cur) > 1 and cur[0].lower == "the" else cur[0])):
            cur.append(w)
            continue
        if cur and w.lower == "at" and cur[-1].capitalised and not lex.has_keyword(cur) \
                and not any(c.lower == "of" for c in cur) and _at_inside_name(words, idx, lex) \
                and not (len(cur) == 1 and cur[0].start in sentence_starts):  # ("Researchers at Lakeside College")
            # (not a title and the body it is held at: "Head of Research at ECPAT International")
            cur.append(w)  # "Freedom at Work Fund", "Safety at Sea Initiative"
            continue
        close()
    close()
    return [r for part in runs for half in _split_at_and(part, lex) for r in split_nested(half, lex)]


def _portfolio_list(text: str, words: Sequence[Word], idx: int, cur: list[Word], lex: ActorWords) -> bool:
    """Whether words[idx], after a comma, goes on a list of portfolios that a body's "of" opened and "and" closes:
    "Ministry of Commerce, Industries, Labour and Immigration" (every word of the list a portfolio's; not a list of
    bodies, "the Ministry of Labour, Interpol and UNODC", "the Ministry of Labour, Police and Customs officers")."""
    of = next((k for k, c in enumerate(cur) if c.lower in PORTFOLIO_BODIES and k + 1 < len(cur) and cur[k + 1].lower == "of"),
              None)
    if of is None:
        return False

    def portfolio(word: Word) -> bool:
        low = word.lower
        return low in lex.portfolio_words or low.removesuffix("s") in lex.portfolio_words \
            or (low.endswith("ies") and low[:-3] + "y" in lex.portfolio_words)

    if not all(portfolio(c) or c.lower in ("and", "the") for c in cur[of + 2:]):
        return False
    for k in range(idx, min(len(words) - 1, idx + 8)):
        gap = text[words[k].end:words[k + 1].start]
        if words[k].lower == "and":
            return gap == " " and portfolio(words[k + 1]) and (k + 2 >= len(words) or not (
                text[words[k + 1].end:words[k + 2].start] == " " and words[k + 2].capitalised and not portfolio(words[k + 2])))
        if not portfolio(words[k]) or gap not in (" ", ", "):
            return False
    return False


# legal forms written with a period, after which a capitalised word opens the next sentence, not more of the name
_FORMS_ENDING_SENTENCES = frozenset({"ltd", "inc", "corp", "bhd", "plc", "llc", "co", "pty", "pte", "pvt"})
# place names whose first word is a possessive: "Hawke's Bay Regional Migrant Support Trust", "St John's Wood"
_OWNED_PLACE_HEADS = frozenset({"bay", "island", "islands", "wood", "harbour", "harbor", "head", "point", "creek"})
# a lower-case body that the place before it owns: "Dubai government", "Abu Dhabi police"
_OWNED_BODY_AFTER = re.compile(r"[ \t]+(?:government|authorities|police)\b")


def _drop_owner_after_and(cur: list[Word], lex: ActorWords) -> None:
    """Cut a run's last "and" and the words after it when they hold no keyword and a lower-case body
    follows: those words own that body ("... and Dubai government"), they are no part of the name."""
    cut = max((k for k, w in enumerate(cur) if w.lower == "and"), default=0)
    if cut and all(w.capitalised for w in cur[cut + 1:]) and lex.has_keyword(cur[:cut]) \
            and not lex.has_keyword(cur[cut + 1:]) and not all(w.lower in lex.portfolio_words for w in cur[cut + 1:]):
        del cur[cut:]


def _held_office(word: Word, lex: ActorWords) -> bool:
    """Whether `word`, after an office holder's possessive, goes on with the name: "Attorney General's
    Office", "... Chambers", "Court of King's Bench", "National Investigator's Department" (a body's own keyword)."""
    if word.lower in ("office", "chambers", "bench"):
        return True  # ("Court of King's Bench")
    keyword = lex.keywords.get((word.lower,))
    return keyword is not None and keyword.head and word.capitalised


# who is trafficked, after "Trafficking in": "Trafficking in Persons", "... in Human Beings", "... in Women and Children"
_TRAFFICKED = frozenset({"persons", "person", "human", "humans", "people", "women", "children", "minors", "girls", "boys",
                         "migrants", "beings", "organs", "narcotics", "drugs", "arms", "weapons", "wildlife"})


# those a body gives help "to", inside its name
_RECIPIENTS = frozenset({"victims", "survivors", "children", "women", "migrants", "refugees"})


_PEOPLE_BEFORE_ON = frozenset({"women", "children", "workers", "migrants", "girls", "boys", "families", "youth"})


def _connector_ok(cur: list[Word], conn: str, lex: ActorWords, nxt: Word | None = None) -> bool:
    prev = cur[-1]
    if not prev.capitalised:  # two connectors: only "of the", "for the", "and the", "contra la", "van der", ...
        return (conn == "the" and prev.lower in ("of", "for", "and", "on", "against", "to")) or (
            conn in _ROMANCE_ARTICLES and prev.lower in _ROMANCE_LINKING) or (
            conn in ("der", "den", "de") and prev.lower in ("van", "von"))
    if conn == "as":  # people as what they become: "Migrants as Messengers" (not "registered in Gniezno as Pro-Work ...")
        return prev.lower.endswith("s")
    if conn == "the":  # "Committee for Implementing the National Strategy"
        return prev.lower.endswith("ing") and not prev.lower.endswith("trafficking")
    if conn == "in":
        # "Trafficking in Persons", "Anti-Trafficking in Persons", "... Trafficking and Smuggling in Persons", the title
        # "Special Agent in Charge" (not a seat after "Trafficking": "Centre for Victims of Human Trafficking in Tashkent")
        return (prev.lower.endswith(("trafficking", "smuggling")) and (nxt is None or nxt.lower in _TRAFFICKED)) \
            or prev.lower == "agent"
    if conn == "to" and prev.lower in ("related", "relating"):  # "Department for Combating Crimes Related to Trafficking"
        return nxt is not None and nxt.capitalised
    if conn == "to" and nxt is not None and (nxt.lower == "the" or lex.opens_keyword(nxt.lower)):
        return prev.lower in lex.seats  # "moved from the ... Unit to the MVD's ...": no name goes on
    if conn == "from":  # "... Protection of Children and Women from Trafficking"; not "Police from Cambodia"
        return nxt is not None and nxt.capitalised and nxt.lower in lex.topics_after_on
    if conn == "to" and nxt is not None and nxt.capitalised and nxt.lower in _RECIPIENTS:
        return True  # "Center for Rendering Assistance and Protection to Victims of Trafficking"
    if conn == "on" and prev.lower in _PEOPLE_BEFORE_ON and nxt is not None and nxt.capitalised \
            and nxt.lower not in lex.calendar_words:
        return True  # a name of who and where: "Women on Farms Project", "Children on the Edge"
    if conn in ("to", "on"):  # "Department to Combat ...", "Strategy to Prevent Trafficking", "Rapporteur on Trafficking"
        return lex.keyword_at(cur, len(cur) - 1) is not None or (nxt is not None and nxt.capitalised and (
            nxt.lower in lex.purpose_verbs if conn == "to" else nxt.lower in lex.topics_after_on))
    return True


def _at_inside_name(words: Sequence[Word], idx: int, lex: ActorWords) -> bool:
    """Whether the "at" of words[idx] stands inside a name: one capitalised word after it, then a keyword that ends
    names ("Freedom at Work Fund"), not a place ("police at Dover")."""
    if idx + 2 >= len(words) or not words[idx + 1].capitalised or not words[idx + 2].capitalised \
            or words[idx + 1].possessive:  # (an owner opens the name after it: "Researchers at King's College")
        return False
    keyword = lex.keywords.get((words[idx + 2].lower,))
    return keyword is not None and keyword.head


def _seated(cur: list[Word], conn: str, words: Sequence[Word], idx: int, lex: ActorWords) -> bool:
    """"in" or "to" and a place after a body seated there: "Consulate General in Jeddah", "OSCE
    Mission to Moldova"."""
    if conn not in ("in", "to") or idx + 1 >= len(words) or not words[idx + 1].capitalised \
            or words[idx + 1].lower in lex.calendar_words:
        return False  # (not a time: "the High Court in December")
    if conn == "in" and cur and cur[-1].lower in ("court", "tribunal") and all(w.lower in lex.generic_courts for w in cur):
        return True  # a court named by its kind alone is named by its seat too: "High Court in Glasgow"
    for k in range(len(cur) - 1, -1, -1):  # the seat, then nothing or "of" and its country
        if cur[k].lower in lex.seats or (k and f"{cur[k - 1].lower} {cur[k].lower}" in lex.seats):
            if any(w.possessive for w in cur[:k]):
                return False  # a charity's own name, not a state's mission: "Fishermen's Mission in Peterhead"
            rest = cur[k + 1:]
            return not rest or (rest[0].lower == "of" and all(w.capitalised or w.lower == "the" for w in rest[1:]))
        if not cur[k].capitalised and cur[k].lower not in ("of", "the"):
            return False
    return False


_BRACKETED_ACRONYM = re.compile(r"[ \t]*\((?:[A-Z][A-Za-z&.-]*[A-Z]|[A-Z]{2,})\)")


def _named_up_to_acronym(text: str, words: Sequence[Word], idx: int, lex: ActorWords, first: Word | None = None) -> bool:
    """A connector inside a long form the text closes with its acronym: "International Commission
    against Impunity in Guatemala (CICIG)", "Mission to Support the Fight against ... (MACCIH)". The
    capitalised words (and connectors) after it must run straight to the bracket, and the acronym hold the
    initial of the run's first word (not "a referral from the Australian Federal Police to the Philippine
    National Police ... Center (PNP-WCPC)")."""
    prev = words[idx]
    for w in words[idx + 1:idx + 12]:
        if not _RUN_GAP.fullmatch(text[prev.end:w.start]) or prev.possessive:
            return False
        if not w.capitalised and w.lower not in lex.connectors:
            return False
        if w.capitalised and (m := _BRACKETED_ACRONYM.match(text, w.end)):
            return first is None or first.text[:1].upper() in m.group().upper()
        prev = w
    return False


_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z]")


def _country_across_and(run: list[Word], i: int) -> bool:
    """Whether the "and" at run[i] is inside a country's name that follows an "of" ("Government of St.
    Vincent and the Grenadines", "Embassy of Trinidad and Tobago")."""
    of = next((k for k in range(i - 1, -1, -1) if run[k].lower == "of"), None)
    if of is None or of + 1 >= i:
        return False
    first = of + 2 if run[of + 1].lower == "the" else of + 1
    return any(lookup_country(" ".join(w.text for w in run[first:end])) is not None
               for end in range(min(len(run), i + 5), i + 1, -1))


# portfolios that follow "and the" inside a ministry's name: "... and the Fight against Poverty", "... and the Promotion
# of Women"
_PORTFOLIO_AFTER_THE = frozenset({"fight", "struggle", "promotion", "protection", "advancement"})


def _split_at_and(run: list[Word], lex: ActorWords) -> list[list[Word]]:
    """Two names joined by "and" ("the Ministry of Interior and the Ministry of Justice", "FARDC and
    Congolese National Police") are two runs; "Ministry of Labor and Social Affairs" stays one."""
    for i, w in enumerate(run):
        if w.lower != "and" or i + 1 >= len(run) or i == 0:
            continue
        j = i + 1 if run[i + 1].lower != "the" else i + 2
        if j >= len(run) or run[j].lower.removesuffix("'s") in _PLURAL_OWNERS:
            continue  # "Women and Children's Protection Center": one name
        if _country_across_and(run, i):
            continue  # "Government of St. Vincent and the Grenadines": the "and" is the country's
        if j == len(run) - 1 and run[j].lower != "and" and lookup_demonym(run[j].text) is not None \
                and lookup_country(run[j].text) is None and lex.has_keyword(run[:i]):
            return [run[:i]]  # a nationality after "and" goes with the noun after the run: "The Ministry of Foreign
            # Affairs and Kyrgyz consular officers"
        if run[i - 1].lower in lex.regions and any(w.lower in lex.regions for w in run[j:j + 2]):
            continue  # "Regional Office for Asia and the Pacific", "... for Europe and Central Asia": one region
        # (one word in capitals or with a capital inside is a name of its own: "UNICEF", "HopeNow")
        first = 1 if run[0].lower == "the" else 0  # ("The Anti-Trafficking and Migrant Smuggling Unit")
        left_whole = (i == first + 1 and ((run[first].text.isupper() and len(run[first].text) > 1)
                                          or _INNER_CAPITAL.search(run[first].text))) or lex.has_keyword(run[:i])
        right_acronym = j == len(run) - 1 and run[j].text.isupper() and len(run[j].text) > 1
        if i == first + 1 and not left_whole and run[i + 1].lower != "the" and not right_acronym \
                and lookup_country(run[first].text) is None and lookup_demonym(run[first].text) is None:
            continue  # one plain word and "and" open the name: "Counselling and Protection Centre", "Search and Rescue Unit"
        if i <= first + 3 and not left_whole and run[i - 1].lower in ("trafficking", "smuggling") \
                and run[i + 1].lower != "the" and lex.has_keyword(run[j:]):
            continue  # so does a crime: "Anti-Human Trafficking and Child Protection Unit"
        # the words up to the next "and": "... Welfare and Overseas Employment and the Police Bureau"
        right = run[j:next((k for k in range(j, len(run)) if run[k].lower == "and"), len(run))]
        if run[i + 1].lower == "the" and len(right) == 1 and not lex.has_keyword(right) and not right[0].text.isupper() \
                and any(w.lower in ("for", "of") for w in run[:i]) and lookup_country(right[0].text) is None \
                and lookup_demonym(right[0].text) is None:
            continue  # one plain word after "and the" ends the topic: "Honduran Institute for Children and the Family"
        if run[i + 1].lower == "the" and j + 1 < len(run) and run[j].lower in _PORTFOLIO_AFTER_THE \
                and run[j + 1].lower in ("against", "of", "for") and lex.has_keyword(run[:i]) and not lex.has_keyword(right):
            continue  # a portfolio after "and the": "Ministry of Solidarity and the Fight Against Poverty"
        of_at = next((k for k, w in enumerate(right) if w.lower == "of"), 0)
        if run[i + 1].lower != "the" and left_whole and 0 < of_at <= 3 and not lex.has_keyword(right[:of_at]) \
                and not any(w.lower in lex.role_nouns for w in right[:of_at]) and of_at + 2 < len(right) \
                and right[of_at + 1].lower == "the" and lex.has_keyword(right[of_at + 2:]) and not _starts_name(run, j, lex):
            # a portfolio after "and", then the body that holds the unit: "Department for Organised Crime and
            # Corruption of the National Prosecutor's Office"
            rest = right[of_at + 1:]
            rest = rest[1:] if rest and rest[0].lower == "the" else rest
            return [run[:j + of_at], *_split_at_and(rest, lex)]
        # (a keyword alone after "and" is a portfolio: "Ministry of Interior and Administration")
        if run[i + 1].lower == "the" or _starts_name(run, j, lex) \
                or (left_whole and len(right) > 1 and _names_a_body(right, lex) and not _service_portfolio(right)) \
                or (right_acronym and lex.has_keyword(run[:i])) \
                or (left_whole and len(right) == 1 and right[0] is run[-1] and run[-1].possessive
                    and lookup_country(run[-1].text) is not None):
            # (the last: an owner after "and" owns the next name: "the Immigration Department of Malaysia and
            # Malaysia's Department of Labour")
            return [run[:i], *_split_at_and(run[j:], lex)]
    return [run]


# words of a body's name that no person's name holds ("General Commissariat of National Police")
_NOT_PERSON_WORDS = frozenset({"general", "central", "supreme", "high", "chief", "regional", "special", "joint",
                               "united", "commissariat", "secretariat", "directorate", "inspectorate", "bureau"})


def _service_portfolio(words: Sequence[Word]) -> bool:
    """Two words ending in "Service(s)" after a ministry's "and" are its portfolio, not a second body:
    "Ministry of Labor and Social Services", "... and Civil Service" (but "... and State Social Services")."""
    return len(words) == 2 and words[1].lower in ("service", "services")


def _keyword_ends_at(words: Sequence[Word], i: int, lex: ActorWords) -> bool:
    """Whether an organisation keyword that may end a name opens at words[i], or one or two capitalised words after
    it, and ends the run: "(Stella Maris Seafarers') Centre", "(Farmers') Union", "(Wage Earners') Welfare Board",
    "(Missing Persons') Families Support Centre"."""
    for at in (i, i + 1, i + 2):
        if at >= len(words) or not words[at].capitalised:
            return False
        hit = lex.keyword_at(words, at)
        if hit is not None:
            end = at + hit[1]
            if end < len(words) and words[end].capitalised and lex.keyword_at(words, end) is None:
                end += 1  # a branch after the keyword: "(Workers') Union Queensland organiser ..."
            return end >= len(words) or not words[end].capitalised
    return False


def _up_to_and_the(words: Sequence[Word]) -> Sequence[Word]:
    """The words before "and the", which opens another name ("... Overseas Employment and the Police ...")."""
    cut = next((j for j in range(len(words) - 1) if words[j].lower == "and" and words[j + 1].lower == "the"), len(words))
    return words[:cut]


def _names_a_body(words: Sequence[Word], lex: ActorWords) -> bool:
    """Whether words hold a keyword where it names a body: one that opens names anywhere, one that ends
    them at the end ("... and International Cooperation" is a portfolio: "International" ends names)."""
    for i in range(len(words)):
        hit = lex.keyword_at(words, i)
        if hit is not None and (not hit[0].head or hit[0].prefix or i + hit[1] == len(words)):
            return True
    return False


def split_nested(run: list[Word], lex: ActorWords) -> list[list[Word]]:
    """A name inside another after "of (the)": "Social Action Program of the Ministry of Interior",
    "Permanent Secretary of the Ministry of Labor" -> the outer part and the inner name."""
    for i, w in enumerate(run):
        if w.lower not in ("of", "for") or i == 0:
            continue
        j = i + 2 if i + 1 < len(run) and run[i + 1].lower == "the" else i + 1
        if j >= len(run):
            continue
        # "... Policy for the Afghan National Army", "Rodrigo Maturana of the Public Ministry"
        inner_head = j == i + 2 and _ends_with_head(run[j:], lex, keyword_alone=True)
        if i == 1 and lex.keyword_at(run, 0) is not None:
            continue  # a bare keyword before "of (the)" opens the name: "Office of the Administration of Prisons"
        if _starts_name(run, j, lex) or (inner_head and (not lex.has_keyword(run[:i])
                                                         or _ends_with_head(run[:i], lex))) \
                or (j == i + 1 and i >= 2 and _ends_with_head(run[j:], lex) and not lex.has_keyword(run[:i])
                    and not any(w.lower in lex.portfolio_words or w.lower in lex.leading_stop or w.lower in lex.state_openers
                            or w.lower in lex.international_openers or w.lower in _NOT_PERSON_WORDS for w in run[:i])):
            # (a person of a body: "Priya Raman of Sandoval Raman LLP")
            return [run[:i], *split_nested(run[j:], lex)]
    return [run]


def _ends_with_head(words: Sequence[Word], lex: ActorWords, *, keyword_alone: bool = False) -> bool:
    """Whether the words end with a head keyword and name more than it (`keyword_alone`: or the keyword
    is of two words or more, a name of its own: "Public Ministry", "Coast Guard")."""
    for n in range(min(lex.max_keyword, len(words)), 0, -1):
        hit = lex.keyword_at(words, len(words) - n)
        if hit is not None and hit[1] == n and hit[0].head:
            return len(words) > n or (keyword_alone and n > 1)
    return False


def _starts_name(run: Sequence[Word], j: int, lex: ActorWords) -> bool:
    """Whether a name with a prefix keyword starts at run[j]: "Ministry of ...", "National Coalition against ..."."""
    for k in range(j, min(j + 3, len(run))):
        if not run[k].capitalised:
            return False
        hit = lex.keyword_at(run, k)
        if hit is not None:
            return hit[0].prefix and k + hit[1] < len(run) and run[k + hit[1]].lower in _LINKING
    return False


# ---------------------------------------------------------------- organisations from runs

@dataclass(frozen=True)
class OrgName:
    """An organisation named by a run of words."""

    start: int  # character offsets of the whole surface form
    end: int
    name: str  # without a leading demonym or article: "Coast Guard" for "Libyan Coast Guard"
    surface: str
    kind: str
    keyword: str
    country: str | None  # alpha-3 of a demonym / country word in the name
    government_of: str | None = None  # alpha-3 when the name is a country's government
    short: bool = False  # only the keyword ("the Coast Guard"): a later mention of a longer name


def country_prefix(words: Sequence[Word]) -> tuple[int, Country | None, bool]:
    """How many leading words name a country or give its demonym (longest first), the country,
    and whether it was a demonym ("Libyan") rather than a name ("Cambodia")."""
    for n in range(min(4, len(words)), 0, -1):
        phrase = " ".join(w.text for w in words[:n])
        if not all(w.capitalised or w.lower in ("of", "the", "and") for w in words[:n]):
            continue
        if (c := lookup_demonym(phrase)) is not None:
            return n, c, True
        if (c := lookup_country(phrase)) is not None:
            return n, c, False
    return 0, None, False


_PUBLIC_IF_STATE = frozenset({"institute", "center", "centre", "fund", "network", "board", "group", "college", "academy"})
# the kind of place a centre may be, not a body: "National Convention Center"
_VENUES = frozenset({"convention", "exhibition", "conference", "shopping", "trade", "sports", "cultural", "performing",
                     "medical", "heart", "cancer", "fitness", "visitor", "visitors", "stadium", "arts"})
_QUALIFIED_HEADS = frozenset({"court", "cabinet", "parliament", "senate", "congress", "ministry", "department",
                              "office", "government", "embassy", "consulate", "judiciary", "assembly"})


# "New York-based", "Hong Kong-registered", "State-run", "USAID-funded": where a body is or who runs or pays it
_PLACED_OR_RUN = ("-based", "-headquartered", "-registered", "-owned", "-run", "-funded", "-backed", "-led", "-listed")  # ("Bursa Malaysia-listed")
_DESCRIPTOR_MODIFIERS = frozenset({"local", "grassroots", "leading", "prominent", "small"})  # "Local NGO Chab Dai ..."


# heads of a country's formal name ("Union of Myanmar", "Federation of Bosnia and Herzegovina")
_STATE_FORMS = frozenset({"union", "federation"})


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,6}s")  # "NGOs", "CSOs"


_LIST_MARK = re.compile(r"[ \t]*(?:[\u2022*\-\u2013]|\d{1,2}[.)])?[ \t]*")


def _opens_line(text: str, start: int) -> bool:
    """Whether the word at `start` opens its line, after a list's mark at most ("• Direct ...", "3. Use ...")."""
    return _LIST_MARK.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


# words before "Action Plan" that leave it without a name of its own
_PLAN_MODIFIERS = frozenset({"the", "national", "joint", "regional", "new", "first", "second", "third", "annual",
                             "comprehensive", "federal", "state"})


def org_from_run(run: Sequence[Word], text: str, lex: ActorWords, *, sentence_initial: bool = False,
                 is_title: Callable[[Sequence[Word], int], int] | None = None) -> OrgName | None:
    """The organisation a run of capitalised words names, or None.

    `text` is the string the offsets point into; `is_title(words, i)` gives the length of a person
    title starting at words[i] (0 if none), to cut "Police" out of "Royal Police Chief Sok Phal".
    """
    words = list(run)
    # where a body is based, who runs or pays it, is no part of its name: "New York-based Human Rights Watch"
    based = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower.endswith(_PLACED_OR_RUN)
                  and words[i].lower.split("-")[0] not in lex.topics_based), None)
    if based is not None:
        words = words[based + 1:]
    if len(words) > 2 and words[-2].lower == "and" and _PLURAL_ACRONYM.fullmatch(words[-1].text):
        words = words[:-2]  # a kind of body joined after the name: "the Council of Europe and NGOs"
    if is_title is not None and words and is_title(words, 0) == len(words):
        return None  # a title alone: "chaired by the Chief Cabinet Secretary"
    if sentence_initial and len(words) > 1 and words[0].lower.endswith("ing") and text[words[-1].end:words[-1].end + 1] == ",":
        words = words[1:]  # a participle opening the sentence: "Addressing Parliament, the minister said"
        sentence_initial = False
    while words and (words[0].lower in lex.leading_stop or words[0].lower in lex.weekdays
                     or not words[0].capitalised  # ("On Friday Police arrested ...": no "Friday Police")
                     or (words[0].lower in lex.imperative_openers and len(words) > 2
                         and (sentence_initial or _opens_line(text, words[0].start)))):
        n_title = is_title(words, 0) if is_title is not None else 0
        if n_title and n_title + 1 < len(words) and words[n_title].lower == "of":
            del words[:n_title]  # a title's body: "Chief of Mission of the International Organization for Migration"
            continue
        if words[0].possessive or (len(words) > 1 and words[0].capitalised
                                   and text[words[0].end:words[1].start] in ("' ", "\u2019 ")):
            break  # an owner opening the name: "Workers' Support and Insurance Fund"
        if words[0].lower in lex.name_openers and words[0].capitalised and not sentence_initial \
                and len(words) > 1 and words[1].capitalised:
            break  # its capital is not the sentence's: "the New People's Army"
        if words[0].lower == "all" and len(words) > 2 and words[0].capitalised and _lookup_country(words[1].text):
            break  # a nationwide body, as South Asian names open: "All Pakistan Brick Kiln Owners Association"
        if len(words) > 2 and words[0].lower not in ARTICLES and country_prefix(words[:2])[::2] == (2, False):
            break  # a country's name opens it: "New Zealand Police" opening a sentence
        words.pop(0)
        # "The Attorney General's Office filed ...": the sentence's capital is on "The", so the
        # name's own capitals are written on purpose
        sentence_initial = False
    # a document or list the body keeps, before "of": "the Watch List of the US State Department", "the Annual
    # Report of the Ministry of Labour" name the body after "of"
    issued = next((i for i in range(1, min(5, len(words) - 1)) if words[i].lower == "of"
                   and words[i - 1].lower in lex.document_heads), None)
    if issued is not None:
        words = words[issued + 1:]
        if words and words[0].lower == "the":
            words = words[1:]
    # a possessive owner before the name: "Libya's Office of ...", "the MOI's Department ..."
    for i in range(len(words) - 1, -1, -1):
        if words[i].possessive and i + 1 < len(words) and not (
                _held_office(words[i + 1], lex) and words[i].lower in lex.office_holders) \
                and words[i + 1].lower not in _OWNED_PLACE_HEADS \
                and not (i == 0 and words[i].lower.endswith(("men", "children", "people"))):  # ("Fishermen's Mission")
            words = words[i + 1:]
            break
    # a place the run began with and a connector: "(chief of mission in) Laos for the International
    # Organization for Migration" names the organisation after it ("Cambodia for Children Fund" is one name)
    link = next((i for i in range(1, min(5, len(words) - 2)) if words[i].lower in ("for", "in", "to", "on")), None)
    if link is not None and words[link + 1].lower == "the" \
            and lookup_country(" ".join(w.text for w in words[:link])) is not None:
        words = words[link + 2:]
    if not words:
        return None
    # a descriptor before the name, after a demonym or alone: "Cambodian NGO Chab Dai Coalition"
    described = None
    for i in range(min(2, len(words) - 1)):
        if words[i].lower in lex.descriptors and len(words) - i > 2 and (
                i == 0 or country_prefix(words[:i])[0] == i or all(w.lower in _DESCRIPTOR_MODIFIERS for w in words[:i])):
            described = country_prefix(words[:i])[1] if i else None
            words = words[i + 1:]
            break
    found = _principal_keyword(words, lex, is_title)
    if found is None:
        return None
    kw, k, n, end = found
    while end > k + n and words[end - 1].lower in lex.connectors:
        end -= 1  # a run cut before a role noun: "OFFICE OF THE (SPOKESPERSON)"
    if end < len(words) - 1 and words[end].lower in ("of", "for") and _BRACKETED_ACRONYM.match(text, words[-1].end):
        end = len(words)  # an acronym closes the long form: "Scientific Police for Criminal Investigation (PCIC)"
    org = words[:end]
    if k >= 2 and end == k + n and org[0].lower in lex.role_nouns and all(w.lower in ("of", "the") for w in org[1:k]):
        return None  # a role and a bare keyword: "Police Colonel D.Ganbold, Head of the Division, said"
    if tuple(kw.words) == ("action", "plan") and end == k + n and all(w.lower in _PLAN_MODIFIERS for w in org[:k]):
        return None  # a plan no name of its own sets apart: "the National Action Plan" (but "... on Forced Labour")
    if k >= 1 and end == k + n and org[k - 1].lower in _ROMANCE_ARTICLES:
        return None  # an English keyword after a Spanish or French article is a place's name: "La Union"
    if len(org) > 2 and org[-1].lower.rstrip(".") in ("no", "nos") and org[-2].lower in lex.not_org_heads:
        return None  # a law by its number: "the Sri Lanka Bureau of Foreign Employment Act No. 21"
    if (org[-1].lower in lex.not_org_heads or (len(org) > 1 and f"{org[-2].lower} {org[-1].lower}" in lex.not_org_heads)) \
            and not (kw.words[0] in PORTFOLIO_BODIES and k + n < end) \
            and not (k + n == end and n > 1 and kw.words[-1] == org[-1].lower) \
            and not (k + n < end and org[k + n].lower == "in" and kw.words[-1] in ("court", "tribunal")) and not (
            k + n < end and org[k + n].lower == "of"
            and (org[-1].lower in _PLACE_HEADS or any(w.lower == "and" for w in org[k + n + 1:-1])
                 or _complement_is_country(org, k + n))):
        # "National Referral Policy", "Council of Europe Convention" (not a keyword of two words or more that
        # ends with the word: "Paltan Police Station"); but a portfolio in a list after the
        # keyword is the body's ("Ministry of Labor and Social Policy"), and so is its seat ("Court of First
        # Instance of Shirak Province", "Regional Trial Court in Angeles City")
        return None

    if is_title is not None and is_title(org, 0) == len(org):
        return None  # a person's title alone: "Chief of Mission in Nigeria, Mr. ..."
    title = is_title(org, 0) if is_title is not None else 0
    if title and org[title].lower in ("of", "in") and not _BRACKETED_ACRONYM.match(text, org[-1].end):
        # a title and where it is held: "Deputy Commissioner of Police", "Chief of Mission in Ethiopia" name
        # a post; the body after it is one only when it names one by itself
        rest = org[title + 1:]
        rest = rest[1:] if rest and rest[0].lower == "the" else rest
        return org_from_run(rest, text, lex, is_title=is_title) if rest else None
    only_keyword = len(org) == n
    if only_keyword and not (kw.standalone and not sentence_initial) and not (n > 1 and not sentence_initial):
        return None
    lead, country, demonym = country_prefix(org)
    # a demonym is dropped from the name of a body it only qualifies ("Cambodian Supreme Court",
    # "Nigerian Ministry of Foreign Affairs"), kept in forces' proper names ("Philippine National Police")
    prefix_used = end > k + n
    # ("Norwegian United Federation of Trade Unions", a union's own name, keeps it)
    body = org[lead:] if demonym and ((prefix_used and kw.kind != "ngo") or kw.words[-1] in _QUALIFIED_HEADS) else org
    if not body or len(body) == n or kw.words[-1] in lex.seats:
        body = org  # the keyword alone names nothing, and whose embassy it is is its name: "Nepali Embassy in Doha"
    while body and body[0].lower == "the":
        body = body[1:]
    name = _join(body)
    written = text[body[0].start:body[-1].end]
    if "," in written or "&" in written:  # a list of portfolios keeps its commas: "Ministry of Gender,
        name = " ".join(written.split())  # Children and ..."; "Supreme Committee for Delivery & Legacy"
    kind = kw.kind
    if kind in ("government", "ngo") and kw.words != ("international",):
        first = body[0].lower.rstrip(".")
        two = " ".join(w.lower for w in body[:2])
        if first in lex.international_openers or two in lex.international_openers or body[0].text in ("UN", "U.N."):
            kind = "international"
    if kind == "ngo" and kw.words[-1] in _PUBLIC_IF_STATE \
            and (body[0].lower in lex.state_openers or any(w.lower in lex.state_words for w in body)):
        kind = "government"  # "National Institute of Migration", "State Social Fund", "Military Institute"
    tail_country = _trailing_country(org)
    if tail_country is not None and k == 0 and kw.words[-1] in _STATE_FORMS and _complement_is_country(org, k + n):
        return None  # a country's formal name, no body: "the Union of Myanmar"
    if kw.words[-1] in _STATE_FORMS and lookup_country(name) is not None:
        return None  # so is "the Russian Federation"
    country = country or described
    code = country.alpha3 if country else (tail_country.alpha3 if tail_country else None)
    if code is None:  # "Royal Thai Police": a demonym inside the name
        for w in org[1:]:
            inner = lookup_demonym(w.text) if w.capitalised else None
            if inner is not None:
                code = inner.alpha3
                break
    government_of = None
    if kw.words == ("government",):
        if country is not None and (demonym or lead == len(org) - 1):
            government_of = country.alpha3
        elif tail_country is not None and _complement_is_country(org, k + n):
            government_of = tail_country.alpha3
    return OrgName(org[0].start, org[-1].end, name, _join(org), kind, " ".join(kw.words), code, government_of,
                   short=only_keyword and not kw.standalone and n == 1)


# the rest of a portfolio list after "Ministry of Gender": ", Children and Social Protection",
# ", Family, and Community Development", ", and Employment of the Population" (capitalised items of up
# to three words)
_ITEM_WORD = rf"[A-Z](?:[\w'\u2019]|{BROKEN_AT_LINE_END}|-)*"  # ("Fam-\nily": broken at a line end)
# (no month or weekday: "Ministry of Women, Children and Social Protection in November 2022")
_NOT_CALENDAR = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
                 r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_ITEM = rf"{_ITEM_WORD}(?:[ \t]+(?:(?:of|for|in|against)[ \t]+(?:the[ \t]+)?)?{_NOT_CALENDAR}{_ITEM_WORD}){{0,2}}"
_PORTFOLIOS = re.compile(rf"((?:,[ \t]+(?:the[ \t]+)?{_ITEM})*),?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?{_ITEM}")  # ("and the Family")


# a company's legal form after its name, maybe after the country it is registered in: "Angkor Fresh Bakery
# Co., Ltd.", "Sunrise Apparel (Cambodia) Co., Ltd.", "Golden Harvest Sdn. Bhd.", "Acme Foods Pty Ltd"
_COMPANY_TAIL = re.compile(r"(?:[ \t]+\([A-Z][\w ]{1,30}\)(?=,?[ \t]+(?:Co|Ltd|Inc|Sdn|Pty|Pte|Pvt|LLC|PLC|Corp|GmbH)\b))?"
                           r"(?:,?[ \t]+(?:Co\.|Ltd\.?|Limited|Inc\.?|LLC|Sdn\.?|Bhd\.?|Pty\.?|Pte\.?|Pvt\.?|PLC|"
                           r"Corp\.?|GmbH|Tbk\.?|B\.V\.|BV|N\.V\.|S\.L\.|SL|S\.A\.|SRL|S\.R\.L\.|S\.r\.l\.|S\.p\.A\.|SpA|Ltda\.?)"
                           r"(?![\w\-]))+")  # (Dutch, Spanish, Italian and Latin American forms too)


def with_company_tail(org: OrgName, text: str) -> OrgName:
    """A company's name with the rest of its legal form ("Co., Ltd.", "Sdn. Bhd."), which a run of
    capitalised words stops before (at the comma, the bracket or the period)."""
    if org.kind != "company":
        return org
    m = _COMPANY_TAIL.match(text, org.end)
    if m is None:
        return org
    tail = m.group()
    return replace(org, end=m.end(), name=org.name + join_broken_words(tail), surface=org.surface + tail)


# the country an office sits in, then the acronym of the whole name: "... Peacebuilding Office in the Central
# African Republic (BINUCA)"
_SEAT = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?(?P<seat>[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|of|and|the)){0,5})")
_SEAT_THEN_ACRONYM = re.compile(_SEAT.pattern + r"(?=[ \t]+\([A-Z]{3,10}\))")


# a court's seat after a comma, closing a table's cell or a line: "High Court, Mombasa |", "Law Courts, Malindi"
_SEAT_AFTER_COMMA = re.compile(r",[ \t]+[A-Z][a-z'\u2019\-]+(?=[ \t]*(?:\||\n|$))")
_OF_ENDING = re.compile(r"\bof(?:[ \t]+the)?[ \t]+$")  # "... Division of the " before a court's kind


def with_court_seat(org: OrgName, text: str, lex: ActorWords) -> OrgName:
    """A court named by its kind alone with the seat after a comma that ends a table's cell or a line: "High
    Court, Mombasa" (as Kenyan and Indian tables name courts)."""
    if org.kind != "government" or not all(w in lex.generic_courts for w in org.name.lower().split()) \
            or _OF_ENDING.search(text, max(0, org.start - 8), org.start):
        return org  # (nor the end of a longer name: "Gauteng Division of the High Court, Pretoria")
    m = _SEAT_AFTER_COMMA.match(text, org.end)
    if m is None:
        return org
    return replace(org, end=m.end(), name=org.name + m.group(), surface=org.surface + m.group())


def with_seat_before_acronym(org: OrgName, text: str) -> OrgName:
    """An office or a mission with the country it sits in, when the acronym after them names them together:
    "United Nations Integrated Peacebuilding Office in the Central African Republic (BINUCA)"; a UN agency's
    country office always ("the UNODC Country Office in Pakistan")."""
    if org.keyword.lower().split()[-1:] not in (["office"], ["mission"]):
        return org
    m = (_SEAT if org.name.endswith("Country Office") else _SEAT_THEN_ACRONYM).match(text, org.end)
    if m is None or lookup_country(m["seat"]) is None:
        return org
    tail = text[org.end:m.end()]
    return replace(org, end=m.end(), name=f"{org.name} {' '.join(tail.split())}", surface=org.surface + tail)


def with_portfolios(org: OrgName, text: str, lex: ActorWords) -> OrgName:
    """A ministry named by a list of portfolios ("Ministry of Gender, Children and Social Protection")
    takes the whole list, and so does a body whose list comes first ("the Passport, Immigration and
    Citizenship Agency"); a list of separate bodies ("Ministry of Labor, Ministry of Health and ...") or
    of other words is left alone."""
    if " and " in org.name and (m := _PORTFOLIOS_BEFORE.search(text, max(0, org.start - 80), org.start)) \
            and not _OTHER_NAMES_END.search(text, max(0, m.start() - 40), m.start()):
        chunks = [split_words(c.strip()) for c in m["items"].split(",") if c.strip()]
        if not any(lookup_country(item) or item.lower() in lex.leading_stop or item.isupper()
                   for item in re.findall(r"[A-Z][\w'’\-]*", m["items"])) \
                and not any((hit := lex.keyword_at(c, len(c) - 1)) and hit[0].head for c in chunks if c):
            # (not separate bodies listed: "the Women's Association, Youth Association, and Workers' Federation")
            head = text[m.start("items"):org.start]
            org = replace(org, start=m.start("items"), name=head + org.name, surface=head + org.surface)
    keyword = lex.keywords.get(tuple(org.keyword.split()))
    # ("Ministry of Labor and Social Affairs" is one run already; a list has a comma)
    if keyword is None or not keyword.prefix or keyword.words == ("government",) or text[org.end:org.end + 1] != ",":
        return org
    if org.name.split()[-1].lower() == keyword.words[-1]:
        return org  # the list goes on a portfolio ("Ministry of Gender, ..."), not the keyword: "Vice Unit, Indiana State Police and ..."
    m = _PORTFOLIOS.match(text, org.end)
    if m is not None and (owner := re.search(r"['\u2019]s\b", m.group())) is not None:
        # the list ends at an owner's "'s": "Ministry of Business, Innovation and Employment's Labour Inspectorate"
        m = _PORTFOLIOS.match(text, org.end, org.end + owner.start())
    if m is None:
        return org
    if re.search(r",[ \t]+the[ \t]", m.group()):
        return org  # "the" opens a list of bodies, not of portfolios: "Ministry of Interior, the Nationality ... Affairs"
    if re.search(r",[ \t]+and[ \t]+the[ \t]", m.group()) and not _ACRONYM_AFTER.match(text, m.end()):
        return org  # nor a clause after it: "the Tynchtyk Crisis Center, and the Osh regional administration paid"
    items = re.split(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]+", m.group()[1:])
    for item in filter(None, (i.strip() for i in items)):
        if item.startswith("the "):  # "..., Children and the Family"; not "..., and the National Gendarmerie"
            item = item[4:]
            # (a longer item is one only when the list's acronym follows: "Ministry of Social Action, Family
            # and the Promotion of Women (MASFAMU)")
            if " " in item and (not _ACRONYM_AFTER.match(text, m.end()) or _names_a_body(split_words(item), lex)):
                return org
        first = item.split()[0].lower()
        item_words = split_words(item)
        opens_body = lex.opens_keyword(first) and lex.keyword_at(item_words, 0) is not None
        if len(item_words) > 1 and (hit := lex.keyword_at(item_words, len(item_words) - 1)) and hit[0].head \
                and item_words[-1].lower not in lex.portfolio_words and not _service_portfolio(item_words):
            return org  # separate bodies listed: "the Women's Association, Youth Association, and Workers' Federation"
        if opens_body or lookup_country(item) is not None or lookup_demonym(item.split()[0]) is not None \
                or first in lex.leading_stop or item.isupper() or first.rstrip(".") in _PERSON_OPENERS:
            # (nor a person next: "the ... Legal Clinic of Ontario, and Professor Daniel Ochieng")
            return org  # "Ministry of Labor, Ministry of Health and ...", "..., Cambodia and Thailand", "..., and MOGCSP",
            # "toward the European Union, and Ukrainian refugees"
    tail = m.group()
    return replace(org, end=m.end(), name=org.name + tail, surface=org.surface + tail)


# capitalised portfolios of one or two words listed before a body's name, after "the" or an owner:
# "the Passport, ", "the CID's Human Trafficking, "
_PORTFOLIOS_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)[ \t]+(?P<items>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?,"
                                r"(?:[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?,)*[ \t]+)$")
# the end of another name's "for"/"of" phrase before a list: "Regional Office for Asia and the Pacific, Communication and ..."
_OTHER_NAMES_END = re.compile(r"\b(?:for|of)[ \t]+[A-Z][\w'’\-]*[ \t]+and[ \t]+$")
# honorifics and titles that open a person's name, not a portfolio ("..., and Professor Daniel Ochieng")
_PERSON_OPENERS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "professor", "judge", "justice", "senator",
                             "councillor", "ambassador", "commissioner"})
_ACRONYM_AFTER = re.compile(r"[ \t]+\([A-Z][A-Z&-]+\)")
_NUMBERED = re.compile(r"\.?[ \t]+\d{1,3}(?![\d,])")  # ". 3" after "Court of Instruction No"


def numbered_tail(name: str, text: str, end: int) -> str:
    """The number a name ending in "No" at text[:end] goes on with (". 3" of "Court of Instruction
    No. 3"), or ""."""
    m = _NUMBERED.match(text, end) if name.endswith(" No") else None
    return m.group() if m else ""


# a quoted name after a body's keyword: 'the Shelter "Safe House"', 'Resource Center for Women "Marta"'
# (after these keywords only: 'UNODC "Blue Heart"' is a campaign, not a part of the office's name)
_NAMED_IN_QUOTES = frozenset({"shelter", "center", "centre", "resource center", "resource centre", "association",
                              "foundation", "society", "house", "home"})
_QUOTED_NAME = re.compile(r"[ \t]+[\"\u201c][A-Z][^\"\u201d\n]{0,40}[\"\u201d]")


def with_label(org: OrgName, text: str) -> OrgName:
    """A body numbered after "No" takes its number ("Court of Instruction No. 3"); one named in
    quotation marks after its keyword takes the name ('Shelter "Safe House"')."""
    tail = numbered_tail(org.name, text, org.end)
    if not tail and org.keyword in _NAMED_IN_QUOTES and (m := _QUOTED_NAME.match(text, org.end)) is not None:
        tail = m.group()
    return replace(org, end=org.end + len(tail), name=org.name + tail, surface=org.surface + tail,
                   short=org.short and not tail) if tail else org


def _join(words: Sequence[Word]) -> str:
    """The words joined by single spaces, possessives restored ("Attorney General's Office")."""
    out = [words[0].text]
    for prev, w in zip(words, words[1:]):
        out.append(("'s " if prev.possessive else " ") + w.text)
    return "".join(out)


def _principal_keyword(words: Sequence[Word], lex: ActorWords,
                       is_title: Callable[[Sequence[Word], int], int] | None):
    """(keyword, index, length, end of the name) of the keyword that makes the run a name.

    A prefix keyword followed by of/for/to/on takes the rest of the run ("Ministry of Interior");
    otherwise the last head keyword ends the name, when nothing capitalised but a title follows it.
    """
    hits = []
    i = 0
    while i < len(words):
        hit = lex.keyword_at(words, i)
        if hit is not None:
            hits.append((hit[0], i, hit[1]))
            i += hit[1]
        else:
            i += 1
    for kw, i, n in hits:
        after = i + n
        if kw.prefix and after < len(words) and words[after].lower in _LINKING and after + 1 < len(words):
            return kw, i, n, len(words)
        if after + 1 < len(words) and words[after].lower in ("in", "to") and " ".join(kw.words) in lex.seats:
            return kw, i, n, len(words)  # "Embassy of Ethiopia in Riyadh"
        if after + 1 < len(words) and words[after].lower == "in" and kw.words[-1] in ("court", "tribunal") \
                and all(w.lower in lex.generic_courts for w in words[:after]):
            return kw, i, n, len(words)  # "High Court in Glasgow": a court named by its kind, then by its seat
        link = next((j for j in range(after, min(after + 3, len(words) - 1)) if not words[j].capitalised), None)
        if kw.prefix and link is not None and words[link].lower in _ROMANCE_LINKING:
            return kw, i, n, len(words)
        if kw.opener and after < len(words) and i == 0:
            return kw, i, n, len(words)
    for kw, i, n in reversed(hits):
        after = i + n
        if not kw.head and not (kw.words[-1] in _PUBLIC_IF_STATE and words[0].lower in lex.state_openers
                                and not (i and words[i - 1].lower in _VENUES)):
            continue  # (a state's centre or institute ends its name: "National Investigation Centre")
        if is_title is not None and is_title(words, i) > n and i \
                and all(w.lower in lex.portfolio_words or w.lower in lex.connectors for w in words[:i]):
            continue  # a portfolio and a title opening with the keyword: "Interior Cabinet Secretary ..."
        if after == len(words) or not words[after].capitalised:
            return kw, i, n, after
        if is_title is not None and is_title(words, after):
            return kw, i, n, after
    return None


def _trailing_country(words: Sequence[Word]) -> Country | None:
    """The country in a trailing "of (the) <Country>": "Supreme Court of Cambodia", "Government of the
    Democratic Republic of the Congo" (the first "of" that leaves a whole country name, not the last)."""
    for i in range(1, len(words) - 1):
        if words[i].lower == "of" and any(w.lower != "the" for w in words[i + 1:]):
            # ... up to where a seat follows: "Consulate General of Mexico in Toronto"
            end = next((j for j in range(i + 2, len(words)) if words[j].lower in ("in", "to")), len(words))
            found = _country_named(words[i + 1:end])
            if found is not None:
                return found
    return None


def _country_named(words: Sequence[Word]) -> Country | None:
    """The country the words name, with or without "the": "Cambodia", "the Marshall Islands"."""
    found = lookup_country(" ".join(w.text for w in words)) if words else None
    if found is None and len(words) > 1 and words[0].lower == "the":
        found = lookup_country(" ".join(w.text for w in words[1:]))
    return found


def _complement_is_country(words: Sequence[Word], after: int) -> bool:
    rest = words[after:]
    return bool(rest) and rest[0].lower == "of" and _country_named(rest[1:]) is not None


# ---------------------------------------------------------------- merging keys

_ARTICLES = re.compile(r"\b(?:the|a|an)\b")
_SPACES = re.compile(r"\s+")
_MINISTRY_OF = re.compile(r"(.+?) (ministry|department)")


@lru_cache(maxsize=65536)
def exact_key(name: str) -> str:
    """Case, accents, punctuation and articles ignored, nothing else: the key of a gazetteer name."""
    return _SPACES.sub(" ", _ARTICLES.sub(" ", fold(name))).strip()


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """The key mentions of one organisation share: case, articles, a leading demonym or country and a
    trailing "of <Country>" ignored; "Interior Ministry" = "Ministry of Interior"."""
    words = split_words(name)
    lead, country, _ = country_prefix(words)
    if lead and lead < len(words):
        words = words[lead:]
    tail = _trailing_country(words)
    if tail is not None:
        for i in range(len(words) - 1, 0, -1):
            if words[i].lower in ("in", "to") and words[i].text.islower():
                break  # a seat after the country: "Consulate General of Mexico in Toronto" is another body
            if words[i].lower == "of":
                words = words[:i]
                break
    key = fold(" ".join(w.text for w in words))
    key = _ARTICLES.sub(" ", key)
    key = _SPACES.sub(" ", key).strip()
    m = _MINISTRY_OF.fullmatch(key)
    if m and " of " not in m.group(1):
        key = f"{m.group(2)} of {m.group(1)}"
    return key


# ---------------------------------------------------------------- governments

_GOV_AFTER = re.compile(r"[ \t]+(?:[Gg]overnment|[Aa]uthorities|[Rr]egime)\b(?![ \t]+of\b)")


def government_before(words: Sequence[Word], text: str, i: int, subnational: frozenset[str]
                      ) -> tuple[int, int, Country | None, str | None] | None:
    """For "<Country|Demonym> government/authorities/regime" ending at words[i] (the country words end
    there and the head word follows in `text`): (index of the first country word, the country, the
    sub-national name such as "Borno State" when it is a local government), or None.
    The first value is the character offset where the head word ends."""
    w = words[i]
    if not w.capitalised:
        return None
    m = _GOV_AFTER.match(text, w.end + (2 if w.possessive else 0))
    if m is None:
        return None
    for n in range(min(4, i + 1), 0, -1):
        chunk = words[i - n + 1:i + 1]
        if not all(x.capitalised for x in chunk) or any(x.possessive for x in chunk[:-1]) or chunk[0].lower == "the":
            continue
        phrase = " ".join(x.text for x in chunk)
        country = lookup_demonym(phrase) or lookup_country(phrase)
        if country is not None:
            return m.end(), i - n + 1, country, None
    if w.lower in subnational and i >= 1 and words[i - 1].capitalised and m.group().strip().lower() == "government":
        return m.end(), i - 1, None, f"{words[i - 1].text} {w.text}"
    if m.group().strip().lower() == "government":  # a state or province by its ISO 3166-2 name: "Kerala government"
        for n in range(min(3, i + 1), 0, -1):
            chunk = words[i - n + 1:i + 1]
            if all(x.capitalised for x in chunk) and not any(x.possessive for x in chunk[:-1]) \
                    and chunk[0].lower != "the" and lookup_subdivision(" ".join(x.text for x in chunk)) is not None:
                return m.end(), i - n + 1, None, " ".join(x.text for x in chunk)
    return None


def government_name(country: Country) -> str:
    """"Government of Cambodia", "Government of the Philippines"."""
    return f"Government of the {country.name}" if country.the else f"Government of {country.name}"


# ---------------------------------------------------------------- whole-word occurrences

_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


# Texts from this length on are searched with one regex for all the phrases: a str.find pass per
# phrase costs more there than compiling the regex (a TIP Report has thousands of names to look for).
_REGEX_MIN_CHARS = 100_000


def find_whole(text: str, phrases: Iterable[str], *, by_regex: bool | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences (start, end, phrase) of the phrases in `text`, left to right, the
    longest phrase winning at one start, none after a word character or hyphen nor before an ASCII
    letter or digit: what the regex `(?<![\\w-])(?:longest|...|shortest)(?![A-Za-z0-9])` finds. Short
    texts are searched phrase by phrase (no regex to compile per document); `by_regex` forces a way."""
    phrases = [p for p in dict.fromkeys(phrases) if p]
    if not phrases:
        return []
    if by_regex is None:
        by_regex = len(text) >= _REGEX_MIN_CHARS and len(phrases) > 1
    if by_regex:
        regex = re.compile(r"(?<![\w-])" + trie_pattern(phrases) + r"(?![A-Za-z0-9])")
        return [(m.start(), m.end(), m.group()) for m in regex.finditer(text)]
    best: dict[int, str] = {}
    n = len(text)
    for phrase in phrases:
        size = len(phrase)
        if not size:
            continue
        i = text.find(phrase)
        while i >= 0:
            e = i + size
            if i > 0:
                c = text[i - 1]
                if c.isalnum() or c == "_" or c == "-":
                    i = text.find(phrase, i + 1)
                    continue
            if e < n and text[e] in _ASCII_ALNUM:
                i = text.find(phrase, i + 1)
                continue
            old = best.get(i)
            if old is None or len(old) < size:
                best[i] = phrase
            i = text.find(phrase, i + 1)
    out = []
    done = 0
    for i in sorted(best):
        if i < done:
            continue
        phrase = best[i]
        done = i + len(phrase)
        out.append((i, done, phrase))
    return out
